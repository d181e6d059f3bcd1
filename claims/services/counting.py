"""Quantities and their counts: reports, independent origins and circular reporting (DESIGN.md, "Provenance
analysis"), stored once per quantity and kept by the write path from per-origin tallies.

Locks, always taken in this order by every writer, so that concurrent writers queue and never deadlock:
claims (their rows, in id order) → the sources their hops cite (a source's save, which may lock the whole
source row, locks its readers' claims first) → the counts lock (shared; exclusive to change actor roots) →
quantities (advisory locks on their keys, in hash order) → the change feed's lock. On SQLite, IMMEDIATE transactions
serialise writers instead.
"""

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from django.db import connection
from django.db.models import Count, Q, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from ..models import QUANTITY_COUNTS, Claim, Quantity, QuantityTally, Status

# Any constant: the key of the PostgreSQL advisory lock under which claim writers read actor roots (shared)
# and a change of acts-on-behalf-of rewrites the origins (exclusive).
COUNTS_LOCK = 7_301_227
QUANTITY_LOCKS = 7_301_228  # the first key of the advisory locks on quantities; the second is a key's hash
QUANTITY_LOCK_BUCKETS = 1_024  # the number of quantity locks: the most one transaction takes
ID_BATCH = 900  # keys per statement: SQLite allows 999 parameters in older builds
NO_ONE = 0  # a tally's origin for unattributed claims, its outlet for claims without a chain


class Key(NamedTuple):
    """What makes two claims count the same thing (DESIGN.md, "Quantity"): the incident, or for a cumulative
    toll (no incident) the conflict, area and last day counted; then metric, population, group and sides."""

    conflict: int
    incident: int | None
    metric: str
    population: str
    group: str
    sides: str
    ends_on: dt.date | None
    area: str

    def text(self) -> str:
        """Return the key as Quantity.key stores it (the area last: it is the one free text)."""
        parts = [*self[:6], self.ends_on.isoformat() if self.ends_on else "", self.area]
        return "|".join("" if part is None else str(part) for part in parts)

    def series(self) -> str:
        """Return the key without the last day counted (Quantity.series)."""
        return self._replace(ends_on=None).text()

    @classmethod
    def of(
        cls, *, conflict, incident, metric, population, group, sides: str, area, period_end, as_of, stated_on
    ):
        """Return the key of a claim with these values. A cumulative toll's last day counted is its period's
        end, else its as-of date, else the day it was stated; its area is folded (case, spacing)."""
        if incident is not None:
            return cls(
                int(conflict), int(incident), str(metric), str(population), str(group), sides, None, ""
            )
        return cls(
            int(conflict),
            None,
            str(metric),
            str(population),
            str(group),
            sides,
            period_end or as_of or stated_on,
            fold_area(area),
        )


def fold_area(area: str) -> str:
    """Return an area as a quantity's key holds it: "Donetsk  Oblast" and "donetsk oblast" are one area."""
    return " ".join(str(area or "").casefold().split())[:200]


Tally = tuple[int, int, int]  # quantity id, origin id, outlet id


def take_counts_lock(*, exclusive: bool = False) -> None:
    """Hold the counts lock until the transaction ends: shared to read actor roots, exclusive to change them."""
    if connection.vendor != "postgresql":
        return
    function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {function}(%s)", [COUNTS_LOCK])


def lock_quantities(keys: Iterable[Key]) -> dict[Key, int]:
    """Lock these quantities until the transaction ends, creating the missing ones; return {key: id}.

    Queries: the locks (PostgreSQL), the quantities, and when some are missing, their creation and a second
    read. The locks are advisory locks on the keys, taken in one fixed order, so that two writers never wait
    for each other in a circle, even over a quantity neither has created yet (row locks could not cover that:
    a row being inserted is locked by its inserter in whatever order it inserts).
    """
    keys = set(keys)
    if not keys:
        return {}
    lock_quantity_keys(key.text() for key in keys)
    found = existing(keys)
    missing = sorted(keys - set(found), key=Key.text)
    if missing:
        create_quantities(missing)
        found |= existing(set(missing))
    return found


def lock_quantity_keys(texts: Iterable[str]) -> None:
    """Take the advisory locks of the quantities with these keys (Quantity.key), in hash order, until the
    transaction ends (PostgreSQL; SQLite's IMMEDIATE transaction serialises writers already)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        # unnest() yields the sorted hashes in order, and each row's lock is taken as it is read.
        cursor.execute(
            "SELECT count(pg_advisory_xact_lock(%s, k)) FROM unnest(%s::int[]) AS k",
            [QUANTITY_LOCKS, sorted({key_hash(text) for text in texts})],
        )


NEW_QUANTITY: dict[
    str, int | bool | str
] = {  # what a quantity starts with besides its key: no counts, no estimate
    "published_reports": 0,
    "published_origins": 0,
    "published_circular": False,
    "newsroom_reports": 0,
    "newsroom_origins": 0,
    "newsroom_circular": False,
    "derived_grade": "",
    "grade": "",
    "grade_override": "",
    "grade_override_reason": "",
    "explanation": "",
    "basis": "[]",
    "estimate_version": 0,
}


def create_quantities(keys: list[Key]) -> None:
    """Insert quantities with these keys, skipping those another writer inserted meanwhile. One statement
    (Django's bulk_create sends a batch per few dozen rows on SQLite, whose statements take few parameters)."""
    table, quote = connection.ops.quote_name(Quantity._meta.db_table), connection.ops.quote_name
    columns = [
        "conflict_id", "incident_id", "metric", "population", "group", "sides_key", "area", "ends_on", "key",
        "series", "updated_at", *NEW_QUANTITY,
    ]  # fmt: skip
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    rows: list[tuple[Any, ...]] = [
        (
            key.conflict,
            key.incident,
            key.metric,
            key.population,
            key.group,
            key.sides,
            key.area,
            connection.ops.adapt_datefield_value(key.ends_on),
            key.text(),
            key.series(),
            now,
            *NEW_QUANTITY.values(),
        )
        for key in keys
    ]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} ({', '.join(map(quote, columns))})"
            f" VALUES ({', '.join(['%s'] * len(columns))}) ON CONFLICT (key) DO NOTHING",
            rows,
        )


def key_hash(text: str) -> int:
    """Return the number of a quantity's lock, from its key text: one of QUANTITY_LOCK_BUCKETS.

    From the key's text (Key.text()), not a tuple's repr(): a choice may come as Population.ALL or as "all",
    which are equal keys and must take the same lock. Folded into a bounded number of locks: a transaction
    holds at most that many, however many quantities an import touches (PostgreSQL keeps every lock a
    transaction holds in a shared table of max_locks_per_transaction × max_connections slots, 6,400 by
    default); two quantities that share a lock only queue their writers.
    """
    digest = hashlib.blake2b(text.encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") % QUANTITY_LOCK_BUCKETS


def existing(keys: set[Key]) -> dict[Key, int]:
    """Return {key: id} of the quantities with these keys. One query per ID_BATCH keys (SQLite caps a
    statement's parameters)."""
    texts = {key.text(): key for key in keys}
    found: dict[Key, int] = {}
    names = list(texts)
    for start in range(0, len(names), ID_BATCH):
        rows = Quantity.objects.filter(key__in=names[start : start + ID_BATCH]).values_list("key", "pk")
        found |= {texts[text]: pk for text, pk in rows}
    return found


def contribution(status: str) -> tuple[int, int]:
    """Return what a claim in `status` adds to its tally: (published, newsroom)."""
    return int(status == Status.PUBLISHED), int(Status(status).is_counted)


def apply_tallies(deltas: Mapping[Tally, list[int]]) -> tuple[set[int], set[int], set[int]]:
    """Add [published, newsroom] to each (quantity, origin, outlet) tally; return the quantities changed,
    those where a tally went down (it may now be empty), and those whose published tallies changed (what
    partners see of them changed, even where their totals did not). Queries once (none when nothing changes).
    Run with the quantities locked."""
    rows = [
        (*tally, published, newsroom)
        for tally, (published, newsroom) in deltas.items()
        if published or newsroom
    ]
    if not rows:
        return set(), set(), set()
    table = connection.ops.quote_name(QuantityTally._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (quantity_id, origin, outlet, published, newsroom) VALUES (%s, %s, %s, %s, %s)"
            " ON CONFLICT (quantity_id, origin, outlet) DO UPDATE SET"
            f" published = {table}.published + excluded.published,"
            f" newsroom = {table}.newsroom + excluded.newsroom",
            rows,
        )
    return (
        {row[0] for row in rows},
        {row[0] for row in rows if row[3] < 0 or row[4] < 0},
        {row[0] for row in rows if row[3]},
    )


def counts_from(origins: Iterable[tuple[int, int, int]]) -> tuple[int, int, bool]:
    """Return (reports, independent origins, circular reporting) from (origin, claims, outlets) per origin.

    Unattributed claims are reports, not origins. Circular reporting: one origin's reports reached us through
    more than one last outlet (no chain counting as an outlet of its own).
    """
    reports, independent, circular = 0, 0, False
    for origin, claims, outlets in origins:
        reports += claims
        if origin != NO_ONE and claims > 0:
            independent += 1
            circular = circular or outlets > 1
    return reports, independent, circular


def recount_quantities(
    ids: Iterable[int], emptied: Iterable[int] = (), touched: Iterable[int] = ()
) -> set[int]:
    """Recompute the stored counts of these quantities from their tallies; return the ids of those whose
    published counts (what partners see) changed, or whose published tallies did (`touched`: a report moved
    from one origin to another leaves the totals as they were, not the origins partners see). Queries, whatever the number of quantities and claims: the
    tallies summed per origin, the stored counts, an UPDATE statement for those whose published counts changed
    and one for those whose newsroom counts alone did (their rows sent together), and the removal of the empty
    tallies of the quantities in `emptied` (where a tally went down). `updated_at`, which partners see, moves
    only with the published counts."""
    ids = set(ids)
    if not ids:
        return set()
    published: dict[int, list] = {pk: [] for pk in ids}
    newsroom: dict[int, list] = {pk: [] for pk in ids}
    per_origin = (
        QuantityTally.objects.filter(quantity_id__in=ids)
        .order_by()
        .values("quantity_id", "origin")
        .annotate(
            in_published=Sum("published"),
            published_outlets=Count("pk", filter=Q(published__gt=0)),
            in_newsroom=Sum("newsroom"),
            newsroom_outlets=Count("pk", filter=Q(newsroom__gt=0)),
        )
        .values_list(
            "quantity_id", "origin", "in_published", "published_outlets", "in_newsroom", "newsroom_outlets"
        )
    )
    for quantity, origin, in_published, published_outlets, in_newsroom, newsroom_outlets in per_origin:
        published[quantity].append((origin, in_published, published_outlets))
        newsroom[quantity].append((origin, in_newsroom, newsroom_outlets))
    stored = {
        row[0]: row[1:] for row in Quantity.objects.filter(pk__in=ids).values_list("pk", *QUANTITY_COUNTS)
    }
    seen, unseen, announced = [], [], set()
    touched = set(touched)
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    for pk in sorted(ids):
        value = (*counts_from(published[pk]), *counts_from(newsroom[pk]))
        if stored.get(pk) == value and pk not in touched:
            continue
        if stored.get(pk, ())[:3] != value[:3] or pk in touched:
            seen.append((*value, now, pk))
            announced.add(pk)
        else:  # only the newsroom's counts: partners' quantity, updated_at included, stays as it was
            unseen.append((*value, pk))
    # One statement each for all of them, their rows sent together (Django's bulk_update builds a CASE per
    # column and row: seconds for a thousand quantities).
    table, quote = connection.ops.quote_name(Quantity._meta.db_table), connection.ops.quote_name
    with connection.cursor() as cursor:
        for rows, names in ((seen, (*QUANTITY_COUNTS, "updated_at")), (unseen, QUANTITY_COUNTS)):
            if rows:
                columns = ", ".join(f"{quote(name)} = %s" for name in names)
                cursor.executemany(f"UPDATE {table} SET {columns} WHERE id = %s", rows)
    if emptied := set(emptied) & ids:
        QuantityTally.objects.filter(quantity_id__in=emptied, published=0, newsroom=0).delete()
    return announced


def expected_tallies(quantity_ids: Iterable[int] | None = None) -> dict[Tally, tuple[int, int]]:
    """Return the tallies counted from scratch from the claims (of these quantities, or of all). One query."""
    claims = Claim.objects.order_by()
    if quantity_ids is not None:
        claims = claims.filter(quantity_id__in=list(quantity_ids))
    rows = (
        claims.values(
            "quantity_id",
            origin=Coalesce("originator__root", "originator", Value(NO_ONE)),
            outlet=Coalesce("last_reporter", Value(NO_ONE)),
        )
        .annotate(
            published=Count("pk", filter=Q(status=Status.PUBLISHED)),
            newsroom=Count("pk", filter=~Q(status__in=[Status.REJECTED, Status.RETRACTED])),
        )
        .values_list("quantity_id", "origin", "outlet", "published", "newsroom")
    )
    return {(q, o, out): (p, n) for q, o, out, p, n in rows if p or n}


def rebuild_tallies(quantity_ids: Iterable[int]) -> set[int]:
    """Count the tallies of these quantities again from their claims, then their counts; return the ids whose
    published counts changed. For changes that move many claims at once (an actor's new root)."""
    ids = set(quantity_ids)
    if not ids:
        return set()
    QuantityTally.objects.filter(quantity_id__in=ids).delete()
    QuantityTally.objects.bulk_create(
        QuantityTally(quantity_id=q, origin=o, outlet=out, published=p, newsroom=n)
        for (q, o, out), (p, n) in expected_tallies(ids).items()
    )
    return recount_quantities(ids)


def counting_problems() -> list[str]:
    """Return how the stored tallies and counts differ from a recount from scratch (none, normally)."""
    problems = []
    stored = {
        (q, o, out): (p, n)
        for q, o, out, p, n in QuantityTally.objects.values_list(
            "quantity_id", "origin", "outlet", "published", "newsroom"
        )
        if p or n
    }
    expected = expected_tallies()
    for tally in sorted(stored.keys() | expected.keys()):
        if stored.get(tally) != expected.get(tally):
            problems.append(f"tally {tally}: stored {stored.get(tally)}, counted {expected.get(tally)}")
    by_origin: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0]))
    for (quantity, origin, _outlet), (in_published, in_newsroom) in expected.items():
        entry = by_origin[quantity][origin]
        entry[0] += in_published
        entry[1] += in_published > 0
        entry[2] += in_newsroom
        entry[3] += in_newsroom > 0
    for pk, *counts in Quantity.objects.values_list("pk", *QUANTITY_COUNTS):
        origins = by_origin.get(pk, {})
        value = (
            *counts_from((origin, e[0], e[1]) for origin, e in origins.items()),
            *counts_from((origin, e[2], e[3]) for origin, e in origins.items()),
        )
        if tuple(counts) != value:
            problems.append(f"quantity {pk}: stored {tuple(counts)}, counted {value}")
    return problems

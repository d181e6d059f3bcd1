"""The one write path of claims (DESIGN.md, "The claim is one aggregate").

save_claims() writes claims with their chains and sides, records a version of each, refreshes what is derived
from them (quantity, quote check, last reporter, the quantity's tallies and counts) and announces to partners
what they see changed, in one transaction. Every writer calls it: the admin's form, review transitions and
bulk actions, extraction, the importer, the demo loader. Nothing else writes a claim, a hop or a side
(Claim.save() and AttributionHop.save() refuse to), and no signal runs behind it.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import cast

import orjson
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from ..models import (
    AttributionHop,
    ChangeAction,
    Claim,
    ClaimVersion,
    Group,
    QuoteCheck,
    ReviewEvent,
    Source,
    Status,
    sides_key,
)
from ..parsing import normalise_for_quoting, quote_found_in
from .aggregate import ClaimWrite, Stored
from .counting import (
    NO_ONE,
    Key,
    apply_tallies,
    contribution,
    lock_quantities,
    recount_quantities,
    take_counts_lock,
)
from .estimating import estimate_reason, refresh_estimates
from .feed import feed_lock, quantity_actions, record_feed_entries
from .sql import Table, take_ids

# A write of more claims than this (an import) takes the counts lock exclusively: other writers wait, and
# thousands of quantities need no lock each.
BULK = 500
SOURCES_AT_ONCE = 200  # source texts in memory at a time for the quote check (each may be long)
# What the quote check reads: when none of these changes, the stored check stands.
QUOTED_PARTS = ("quote", "phrase", "qualifier", "low", "best", "high", "chain")
HOP_COLUMNS = ("claim_id", "position", "actor_id", "relation", "source_id", "date", "words")
VERSION_COLUMNS = ("claim_id", "number", "at", "by_id", "reason", "record", "changed")
EVENT_COLUMNS = ("claim_id", "by_id", "at", "from_status", "to_status", "note")
MOMENTS = {
    claim_field.attname
    for claim_field in Claim._meta.concrete_fields
    if claim_field.get_internal_type() == "DateTimeField"
}


@dataclass
class Announcements:
    """What partners are to be told of writes made in several calls of one transaction (an import's batches):
    told once, at the end, with announce()."""

    claims: dict[int, str] = field(default_factory=dict)
    quantities: set[int] = field(default_factory=set)

    def announce(self) -> None:
        """Write the feed's entries: each claim's last action, each quantity's state now (and its incident's)."""
        record_feed_entries(claims=self.claims, quantities=quantity_actions(self.quantities))


def save_claims(writes: Sequence[ClaimWrite], *, announcements: Announcements | None = None) -> list[int]:
    """Write these claims, each with its chain, sides and a new version, in one transaction; return their ids.

    Stored claims must be locked (aggregate.lock_claims()) by the transaction that planned their writes, and
    are written only when editable or moved by review (the planners refuse the rest). The partners' feed is
    written here too, unless `announcements` collects it for the caller to write once, later in the same
    transaction. Queries, whatever the size of the tables: the counts lock; the originators' roots; the
    quantities' locks (and their creation); the source texts; per new batch, ids and the rows of claims, hops,
    sides and versions; per stored claim, its UPDATE (and its chain and sides when they change); the tallies
    and the quantities' counts; the published parts of stored claims entering or leaving the published set;
    the feed.
    """
    everything = list(writes)
    for w in everything:
        w.freeze()
    # A save that changes nothing (an editor pressed Save again) makes no version and moves nothing.
    writes = [w for w in everything if w.stored is None or w.event is not None or w.changed()]
    if not writes:
        return [cast(int, w.pk) for w in everything]
    now = timezone.now()
    with transaction.atomic(savepoint=False):
        take_counts_lock(exclusive=len(writes) > BULK)
        roots = roots_of(
            {w.values["originator_id"] for w in writes} | {w.stored.originator_id for w in writes if w.stored}
        )
        keys = [quantity_key(w) for w in writes]
        stored_keys = [record_key(w.stored.record) for w in writes if w.stored]
        quantities = (
            lock_quantities({*keys, *stored_keys}) if len(writes) <= BULK else lock_new(keys, stored_keys)
        )
        checks = quote_checks(writes)
        for w, key, check in zip(writes, keys, checks, strict=True):
            w.values |= {
                "quantity_id": quantities[key],
                "last_reporter_id": w.chain[-1].actor_id if w.chain else None,
                "quote_check": check,
            }
        new, stored = [w for w in writes if w.pk is None], [w for w in writes if w.pk is not None]
        with connection.cursor() as cursor:
            insert_new(cursor, new, now)
            update_stored(cursor, stored, now)
            insert_versions_and_events(cursor, writes, now)
        deltas: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
        for w in writes:
            if w.stored:
                old = (
                    w.stored.quantity_id,
                    origin(roots, w.stored.originator_id),
                    w.stored.last_reporter_id or NO_ONE,
                )
                for i, n in enumerate(contribution(w.stored.status)):
                    deltas[old][i] -= n
            new_key = (
                w.values["quantity_id"],
                origin(roots, w.values["originator_id"]),
                w.values["last_reporter_id"] or NO_ONE,
            )
            for i, n in enumerate(contribution(w.values["status"])):
                deltas[new_key][i] += n
        announced = recount_quantities(*apply_tallies(deltas))
        # A quantity whose published claims changed may have another estimate, even where its tallies did not
        # move (a correction published from the origin and outlet of the claim it retracts).
        republished: set[int] = set()
        for w in entering_or_leaving(writes):
            republished |= {w.values["quantity_id"], *([w.stored.quantity_id] if w.stored else [])}
        announced |= refresh_estimates(announced | republished, reason=estimate_reason(writes))
        if announcements is None and entering_or_leaving(writes):
            feed_lock()  # a part published by a writer now committing is found, and rendered after it
        claims = parts_shown_anew(writes) | feed_actions(writes)
        if announcements is None:
            record_feed_entries(claims=claims, quantities=quantity_actions(announced))
        else:
            announcements.claims |= claims
            announcements.quantities |= announced
    return [cast(int, w.pk) for w in everything]  # all set by now


def quantity_key(write: ClaimWrite) -> Key:
    values = write.values
    return Key.of(
        conflict=values["conflict_id"],
        incident=values["incident_id"],
        metric=values["metric"],
        population=values["population"],
        group=values["group"],
        sides=sides_key(write.sides),
        area=values["area"],
        period_end=values["period_end"],
        as_of=values["as_of"],
        stated_on=values["stated_on"],
    )


def record_key(record: dict) -> Key:
    def day(name: str) -> dt.date | None:
        return dt.date.fromisoformat(record[name]) if record.get(name) else None

    return Key.of(
        conflict=record["conflict"],
        incident=record.get("incident"),
        metric=record["metric"],
        population=record["population"],
        group=record.get("group") or Group.ALL,
        sides=sides_key(record["sides"]),
        area=record.get("area", ""),
        period_end=day("period_end"),
        as_of=day("as_of"),
        stated_on=day("stated_on"),
    )


def lock_new(keys: list[Key], stored_keys: list[Key]) -> dict[Key, int]:
    """Return the ids of these quantities, creating the missing ones, for a bulk write holding the counts
    lock exclusively (no other writer of counts runs meanwhile)."""
    from .counting import existing

    found = existing({*keys, *stored_keys})
    missing = {*keys, *stored_keys} - set(found)
    if missing:
        return lock_quantities(missing) | found
    return found


def roots_of(actor_ids: Iterable[int | None]) -> dict[int, int]:
    """Return {actor id: its root's id, or its own}. One query (none without actors). Read under the counts
    lock, which a change of roots takes exclusively."""
    from ..models import Actor

    ids = {pk for pk in actor_ids if pk is not None}
    if not ids:
        return {}
    return {pk: root or pk for pk, root in Actor.objects.filter(pk__in=ids).values_list("pk", "root_id")}


def origin(roots: dict[int, int], originator_id: int | None) -> int:
    return NO_ONE if originator_id is None else roots[originator_id]


def quote_checks(writes: Sequence[ClaimWrite]) -> list[str]:
    """Return each write's quote check against the text of the last source its chain captured.

    Each text is read and folded once, however many claims quote it; a write that changes nothing the check
    reads keeps the stored one. Queries once per SOURCES_AT_ONCE sources.
    """
    checks: list[str | None] = []
    readers: dict[int, list[int]] = defaultdict(list)
    for index, w in enumerate(writes):
        if w.stored is not None and not set(QUOTED_PARTS) & set(w.changed()):
            checks.append(w.stored.quote_check)
            continue
        sources = [hop.source_id for hop in w.chain if hop.source_id is not None]
        checks.append(QuoteCheck.NO_SNAPSHOT if not sources else None)
        if sources:
            readers[sources[-1]].append(index)
    ids = sorted(readers)
    for start in range(0, len(ids), SOURCES_AT_ONCE):
        texts = Source.objects.filter(pk__in=ids[start : start + SOURCES_AT_ONCE]).exclude(text="")
        for source, text in texts.values_list("pk", "text"):
            folded = normalise_for_quoting(text)
            for index in readers.pop(source):
                values = writes[index].values
                numbers = Claim.figure_numbers(
                    cast(
                        Claim, SimpleNamespace(**{b: values[b] for b in ("qualifier", "low", "best", "high")})
                    )
                )
                found = quote_found_in(values["quote"], values["phrase"], numbers, folded)
                checks[index] = QuoteCheck.VERIFIED if found else QuoteCheck.NOT_FOUND
    for indexes in readers.values():  # sources without text
        for index in indexes:
            checks[index] = QuoteCheck.NO_SNAPSHOT
    return cast(list[str], checks)


def insert_new(cursor, writes: list[ClaimWrite], now) -> None:
    """Insert new claims with their chains and sides, ids taken beforehand."""
    if not writes:
        return
    names = list(writes[0].values)
    if any(w.values.keys() != writes[0].values.keys() for w in writes):
        raise ValueError("New claims written together must give the same fields.")
    ids = take_ids(cursor, Claim, len(writes))
    for w, pk in zip(writes, ids, strict=True):
        w.pk = pk
        w.values["version"] = 1
    for w in writes:
        if w.total is not None:  # a total written with it: its id is known only now
            assert w.total.pk is not None
            w.values["breakdown_of_id"] = w.total.pk
            w.freeze()  # its version records the link
    adapt = connection.ops.adapt_datetimefield_value
    rows = [w.values for w in writes]
    columns = []
    for name in names:
        column = [values[name] for values in rows]
        if name in MOMENTS:  # aware times, as the database takes them (SQLite: naive UTC text)
            column = [adapt(value) for value in column]
        columns.append(column)
    Table(Claim, ("id", *names, "version"), now).insert(cursor, ids, *columns, [1] * len(writes))
    insert_chains_and_sides(cursor, writes, now)


def update_stored(cursor, writes: list[ClaimWrite], now) -> None:
    """Update stored claims: the columns that change, the derived ones, the version; chains and sides that
    change are replaced. One UPDATE per claim, plus two statements per chain or set of sides replaced."""
    if not writes:
        return
    for w in writes:
        assert w.stored is not None and w.pk is not None
        w.values["version"] = w.stored.version + 1
        Claim.objects.filter(pk=w.pk).update(**w.values, updated_at=now)
    replaced_chains = [w for w in writes if "chain" in w.changed()]
    replaced_sides = [w for w in writes if "sides" in w.changed()]
    if replaced_chains:
        AttributionHop.objects.filter(claim_id__in=[w.pk for w in replaced_chains]).delete()
    if replaced_sides:
        Claim.sides.through.objects.filter(claim_id__in=[w.pk for w in replaced_sides]).delete()
    insert_chains_and_sides(cursor, replaced_chains, now, sides_of=replaced_sides)


def insert_chains_and_sides(
    cursor, writes: list[ClaimWrite], now, sides_of: list[ClaimWrite] | None = None
) -> None:
    hops = [(w.pk, position, *hop) for w in writes for position, hop in enumerate(w.chain)]
    if hops:
        Table(AttributionHop, HOP_COLUMNS, now).insert(cursor, *zip(*hops, strict=True))
    sides = [
        (w.pk, actor) for w in (writes if sides_of is None else sides_of) for actor in sorted(set(w.sides))
    ]
    if sides:
        Table(Claim.sides.through, ("claim_id", "actor_id"), now).insert(cursor, *zip(*sides, strict=True))


def insert_versions_and_events(cursor, writes: list[ClaimWrite], now) -> None:
    # JSON text, which both engines take for a JSON column (COPY reads text too): orjson writes it ten times
    # faster than Django's field, which matters for an import's hundred thousand versions.
    at = connection.ops.adapt_datetimefield_value(now)
    versions = [
        (
            w.pk,
            w.values["version"],
            at,
            w.by_id,
            w.reason,
            orjson.dumps(w.record()).decode(),
            orjson.dumps(w.changed()).decode(),
        )
        for w in writes
    ]
    Table(ClaimVersion, VERSION_COLUMNS, now).insert(cursor, *zip(*versions, strict=True))
    events = [(w.pk, w.by_id, at, *w.event) for w in writes if w.event is not None]
    if events:
        Table(ReviewEvent, EVENT_COLUMNS, now).insert(cursor, *zip(*events, strict=True))


def entering_or_leaving(writes: Sequence[ClaimWrite]) -> list[ClaimWrite]:
    """Return the writes of claims that enter or leave the published set."""
    return [
        w
        for w in writes
        if (w.values["status"] == Status.PUBLISHED)
        != (w.stored is not None and w.stored.status == Status.PUBLISHED)
    ]


def parts_shown_anew(writes: Sequence[ClaimWrite]) -> dict[int, str]:
    """Return a feed action for each published part of a stored claim that enters or leaves the published set:
    a part shows its total's id only while the total is published, so partners receive the part again. Queries
    once when there are such claims (a new claim has no parts yet)."""
    totals = [w.pk for w in entering_or_leaving(writes) if w.stored is not None]
    if not totals:
        return {}
    # A later figure shows the earlier one it supersedes once that one is published, and after its retraction.
    parts = (
        Claim.objects.published()
        .filter(Q(breakdown_of__in=totals) | Q(supersedes__in=totals))
        .values_list("pk", flat=True)
    )
    return dict.fromkeys(parts, ChangeAction.UPSERT)


def feed_actions(writes: Sequence[ClaimWrite]) -> dict[int, str]:
    """Return the feed action of each write partners see: a published claim is sent (again), a claim that
    leaves the published set is deleted (a retraction's tombstone)."""
    actions: dict[int, str] = {}
    for w in writes:
        if w.values["status"] == Status.PUBLISHED:
            actions[cast(int, w.pk)] = ChangeAction.UPSERT
        elif w.stored is not None and w.stored.status == Status.PUBLISHED:
            actions[cast(int, w.pk)] = ChangeAction.DELETE
    return actions


def latest_stored(claims: Sequence[Claim]) -> dict[int, Stored]:
    """Return the stored state of these (locked) claims from their latest versions, which record their chains
    and sides: one query, however many claims. A claim without a version is read from its tables."""
    from .aggregate import stored_state

    records = dict(
        ClaimVersion.objects.filter(
            claim__in=[claim.pk for claim in claims], number=F("claim__version")
        ).values_list("claim_id", "record")
    )
    state = {}
    for claim in claims:
        if claim.pk not in records:
            continue
        state[claim.pk] = Stored.of(claim, records[claim.pk])
    missing = [claim for claim in claims if claim.pk not in state]
    if missing:
        state |= stored_state(missing)
    return state

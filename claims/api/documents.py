"""Each published claim's partner JSON and CSV row, and the JSON of each estimate and incident partners see,
rendered once when a change commits and stored with the record.

A page is then the stored bytes of its records joined together, read by one indexed query: no model instances,
no dicts, no per-record rendering at read time. What a claim's document says is defined once, by
ClaimSerializer, which the schema is generated from; an estimate's and an incident's by claims/api/fast.py (which
tests compare with QuantitySerializer and IncidentSerializer). Written here:

- `json`: the record's JSON as the API writes it (orjson, compact, U+2028 and U+2029 escaped as DRF escapes
  them), except that its `url`s (a claim's, an estimate's, an incident's and its estimates') are relative to the
  site's root (`/api/v1/claims/7/`, whatever path the site is served under): a request's scheme, host and path
  prefix are put in front with one replace over the page (`absolute()`). A record's own `url`s are the only
  members that can hold a relative address: a source's `url` is always absolute, and a quote's `"` are escaped
  inside the JSON string, so the text `"url":"/api/v1/` appears nowhere else.
- `csv` (claims only): the claim's CSV row (claims/api/renderers.py's columns) after its `id` and `url` cells,
  which the page writes in front of it (a quote may hold any text, so no replace is safe there).

Documents are written by services.record_feed_entries, the single place every change partners can see passes
through (the change feed records the same changes), in the transaction that makes the change and while it
holds the feed's lock: a record's document is rendered from what is committed, in commit order. Each upsert the
feed records carries a copy of its record's document (FeedDocument), so that a feed page is one range of rows. A
record that partners no longer see loses its document. A reader that finds a record partners see without a
document (a database restored from an older backup, or upgraded across migration 0036, say) renders that one
at read time, so the answer is always right; `manage.py render_documents --all` renders every document again
and the command alone compares them with a fresh render.
"""

from __future__ import annotations

import contextlib
import csv
import io
import posixpath
from collections.abc import Callable, Iterable, Sequence

import orjson
from django.db import connection, transaction
from django.db.models import F, Func, TextField
from django.urls import get_script_prefix, reverse, set_script_prefix
from rest_framework.renderers import JSONRenderer

from claims.models import (
    Claim,
    ClaimDocument,
    FeedDocument,
    FeedEntry,
    Incident,
    IncidentDocument,
    Quantity,
    QuantityDocument,
)

from ..spreadsheets import spreadsheet_safe
from .renderers import CSV_COLUMNS, JAVASCRIPT_LINE_ENDS, flat_claim
from .serializers import ClaimSerializer

# Claims rendered per batch: five queries a batch (the old documents removed, rows, sides, chains, the insert), a
# few MB of rows in memory.
DOCUMENT_BATCH = 1_000
# The lists whose records have stored documents: their addresses share a path (api_path()).
DOCUMENT_LISTS = ("api:claim-list", "api:estimate-list", "api:incident-list")
CSV_TAIL_COLUMNS = CSV_COLUMNS[2:]  # after `id` and `url`, which the page writes
_ENCODER_DEFAULT = JSONRenderer.encoder_class().default


def claims_path() -> str:
    """Return the address of the claims list under this request's script prefix (the site's path, "/" unless
    it is served under one such as /tracker/), which a claim's `url` extends with "<id>/"."""
    return reverse("api:claim-list")


@contextlib.contextmanager
def at_the_root():
    """Render as if the site were served at "/": stored documents hold the same relative `url` whether a
    change committed in a request under a sub-path, in a command or in the task worker."""
    prefix = get_script_prefix()
    set_script_prefix("/")
    try:
        yield
    finally:
        set_script_prefix(prefix)


def stored_path() -> str:
    """Return the relative address of the claims list as stored documents write it."""
    with at_the_root():
        return reverse("api:claim-list")


def json_bytes(data) -> bytes:
    """Return data as the API's ORJSONRenderer writes it on its compact path."""
    rendered = orjson.dumps(data, default=_ENCODER_DEFAULT, option=orjson.OPT_PASSTHROUGH_DATETIME)
    if JAVASCRIPT_LINE_ENDS.search(rendered):
        rendered = rendered.replace("\u2028".encode(), b"\\u2028").replace("\u2029".encode(), b"\\u2029")
    return rendered


def csv_tail(claim: dict) -> bytes:
    """Return the claim's CSV row after its `id` and `url` cells: a leading comma, the cells, CRLF."""
    out = io.StringIO()
    flat = flat_claim(claim)
    csv.writer(out).writerow([""] + [spreadsheet_safe(flat.get(column)) for column in CSV_TAIL_COLUMNS])
    return out.getvalue().encode()


def render(claim_ids: Iterable[int]) -> dict[int, tuple[bytes, bytes]]:
    """Return {id: (json, csv)} of those of these claims that are published, rendered now from the database by
    ClaimSerializer, the one definition of a claim's partner JSON (the schema is generated from it). Three
    queries (none without ids): the claims with their conflict, originator and its root; their sides; their
    chains with actors, sources and publishers. Call it with at most DOCUMENT_BATCH ids."""
    ids = list(claim_ids)
    if not ids:
        return {}
    claims = Claim.objects.for_partners().filter(pk__in=ids).order_by("pk")
    # No request: the claim's `url` is its relative address, made absolute as it is read (absolute()).
    with at_the_root():
        data = ClaimSerializer(claims, many=True, context={"request": None}).data
        return {claim["id"]: (json_bytes(claim), csv_tail(claim)) for claim in data}


def render_quantities(quantity_ids: Iterable[int]) -> dict[int, bytes]:
    """Return {id: JSON} of those of these quantities that partners see, as /estimates/ writes them
    (claims/api/fast.py builds them; tests compare it with QuantitySerializer). Three queries (none without ids):
    the rows, their tallies among published claims, the actors they name."""
    from .fast import partner_quantities, quantity_rows

    ids = list(quantity_ids)
    if not ids:
        return {}
    rows = quantity_rows(Quantity.objects.visible_to_partners().filter(pk__in=ids).order_by("pk"))
    with at_the_root():
        return {quantity["id"]: json_bytes(quantity) for quantity in partner_quantities(rows, None)}


def render_incidents(incident_ids: Iterable[int]) -> dict[int, bytes]:
    """Return {id: JSON} of those of these incidents that partners see, with their estimates, as /incidents/
    writes them. Three queries (none without ids): the rows, their estimates, the sides those name."""
    from .fast import incident_rows, partner_incidents

    ids = list(incident_ids)
    if not ids:
        return {}
    rows = incident_rows(Incident.objects.visible_to_partners().filter(pk__in=ids).order_by("pk"))
    with at_the_root():
        return {incident["id"]: json_bytes(incident) for incident in partner_incidents(rows, None)}


def store(claim_ids: Iterable[int], keep_old: bool = False) -> tuple[dict[int, bytes], set[int]]:
    """Render again the documents of these claims, and drop those of claims no longer published; return the
    documents replaced (with keep_old) and the ids of the claims rendered, those partners see. Run inside the
    transaction that changed them, holding the feed's lock (services.record_feed_entries does). Five queries per
    DOCUMENT_BATCH claims: the old documents' removal, the rows, sides and chains, the insert.

    With keep_old, the documents replaced are {id: JSON}, as the removal returns them (no query more): the
    webhooks send claim.corrected only when a claim's JSON changed."""
    return replace_documents(
        ClaimDocument,
        claim_ids,
        lambda batch: [(pk, body, row) for pk, (body, row) in render(batch).items()],
        keep_old=keep_old,
    )


def store_quantities(quantity_ids: Iterable[int]) -> set[int]:
    """store() for quantities: render again the documents of these quantities, and drop those of quantities
    partners no longer see; return the ids of those rendered. Up to five queries per DOCUMENT_BATCH: the removal,
    render_quantities', the insert."""
    return replace_documents(
        QuantityDocument, quantity_ids, lambda batch: list(render_quantities(batch).items())
    )[1]


def store_incidents(incident_ids: Iterable[int]) -> set[int]:
    """store() for incidents; returns the ids of those rendered. Up to five queries per DOCUMENT_BATCH (the
    removal, render_incidents', the insert)."""
    return replace_documents(
        IncidentDocument, incident_ids, lambda batch: list(render_incidents(batch).items())
    )[1]


def replace_documents(
    model, ids: Iterable[int], rendered_rows: Callable[[list[int]], list[tuple]], keep_old: bool = False
) -> tuple[dict[int, bytes], set[int]]:
    """Delete the stored documents of these ids and insert the rows rendered_rows() returns for them (key, then
    the model's other columns in order), DOCUMENT_BATCH ids at a time. Return the documents deleted ({id: JSON},
    as the removal returns them; only with keep_old) and the ids of the rows inserted."""
    ids = sorted(set(ids))
    table = connection.ops.quote_name(model._meta.db_table)
    key = model._meta.pk.column
    columns = ", ".join(connection.ops.quote_name(f.column) for f in model._meta.concrete_fields)
    old: dict[int, bytes] = {}
    inserted: set[int] = set()
    with connection.cursor() as cursor:
        for start in range(0, len(ids), DOCUMENT_BATCH):
            batch = ids[start : start + DOCUMENT_BATCH]
            marks = ", ".join(["%s"] * len(batch))
            if keep_old:  # (SQLite has DELETE ... RETURNING since 3.35, PostgreSQL for ever)
                cursor.execute(f"DELETE FROM {table} WHERE {key} IN ({marks}) RETURNING {key}, json", batch)
                old |= {pk: bytes(body) for pk, body in cursor.fetchall()}
            else:
                cursor.execute(f"DELETE FROM {table} WHERE {key} IN ({marks})", batch)
            rows = rendered_rows(batch)
            inserted |= {row[0] for row in rows}
            if rows:
                row_marks = "(" + ", ".join(["%s"] * len(rows[0])) + ")"
                cursor.execute(
                    f"INSERT INTO {table} ({columns}) VALUES " + ", ".join([row_marks] * len(rows)),
                    [value for row in rows for value in row],
                )
    return old, inserted


def api_path() -> str:
    """Return the path the partner lists share ("/api/v1/"), under this request's script prefix: every `url` a
    stored document holds (a claim's, an estimate's, an incident's and its estimates') starts with it."""
    return posixpath.commonpath([reverse(name) for name in DOCUMENT_LISTS]).rstrip("/") + "/"


def absolute(body: bytes, request) -> bytes:
    """Return stored JSON with its relative `url`s made absolute for this request (under its script prefix);
    without a request, as stored."""
    return absolute_all([body], request)[0]


def absolute_all(bodies: list[bytes], request) -> list[bytes]:
    """Return absolute() of each of these stored JSON documents, working out the addresses once (reversing
    them for every document of a feed page was a third of its time)."""
    if request is None:
        return bodies
    with at_the_root():
        stored = api_path()
    mark = b'"url":"' + stored.encode()
    replacement = b'"url":"' + request.build_absolute_uri(api_path()).encode()
    return [body.replace(mark, replacement) for body in bodies]


# What renders the documents of each kind of record at read time, when one has none yet.
RENDERERS: dict[str, Callable[[list[int]], dict[int, bytes]]] = {
    "quantity": render_quantities,
    "incident": render_incidents,
}


class StoredText(Func):
    """A stored document's column, read as text on PostgreSQL: psycopg receives a bytea in hex, twice its size,
    and decodes it (measured on a feed page of 1,000 documents, 1.5 MB: 22.6 ms as bytea, 10.1 ms as text).
    SQLite hands the bytes as they are."""

    arity = 1
    output_field = TextField()

    def as_sql(self, compiler, connection, **extra_context):
        return compiler.compile(self.source_expressions[0])

    def as_postgresql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"convert_from({sql}, 'UTF8')", params


def columns(*names: str) -> dict[str, StoredText]:
    """Return the stored documents' columns ("json", "csv") to read with .values("id", **columns(...)), as
    documents_of() takes them."""
    return {name: StoredText(F(f"document__{name}")) for name in names}


def documents_of(rows: Sequence[dict], column: str, kind: str = "claim") -> list[tuple[int, bytes]]:
    """Return (id, stored `column`) for the rows ({"id", column}, read with columns(): a claim's "json" or
    "csv", an estimate's or incident's "json") in their order, rendering at read time those that have none (three
    queries when some are missing, none otherwise). A record that has none and that partners no longer see when
    it is rendered (a claim retracted a moment ago) is left out, as the next read would leave it out."""
    missing = [row["id"] for row in rows if row[column] is None]
    fresh: dict[int, bytes] = {}
    if missing and kind == "claim":
        fresh = {pk: rendered[0 if column == "json" else 1] for pk, rendered in render(missing).items()}
    elif missing:
        fresh = RENDERERS[kind](missing)
    found = []
    for row in rows:
        body = row[column] if row[column] is not None else fresh.get(row["id"])
        if body is not None:
            # Text from PostgreSQL; psycopg's bytes or SQLite's: a memoryview would not join.
            found.append((row["id"], body.encode() if isinstance(body, str) else bytes(body)))
    return found


def json_array(rows: Sequence[dict], request, kind: str = "claim") -> bytes:
    """Return the JSON array of the rows' records (claims, or another kind), in their order, with absolute
    `url`s."""
    return absolute(b"[" + b",".join(body for _, body in documents_of(rows, "json", kind)) + b"]", request)


def csv_rows(rows: Sequence[dict], request) -> bytes:
    """Return the CSV rows (no header) of the rows' claims, in their order."""
    base = (request.build_absolute_uri(claims_path()) if request is not None else stored_path()).encode()
    return b"".join(b"%d,%s%d/%s" % (pk, base, pk, body) for pk, body in documents_of(rows, "csv"))


def csv_header() -> bytes:
    out = io.StringIO()
    csv.writer(out).writerow(CSV_COLUMNS)
    return out.getvalue().encode()


def shown(kind: str):
    """Return the records of this kind that partners see, which have documents: published claims, quantities
    with published reports, incidents with one of those."""
    if kind == "claim":
        return Claim.objects.published()
    return (Quantity if kind == "quantity" else Incident).objects.visible_to_partners()


DOCUMENT_MODELS = {"claim": ClaimDocument, "quantity": QuantityDocument, "incident": IncidentDocument}
KINDS = tuple(DOCUMENT_MODELS)


def fresh_documents(kind: str, ids: list[int]) -> dict[int, bytes | tuple[bytes, bytes]]:
    """Return a fresh render of these records' documents: a claim's (json, csv), another's json."""
    if kind == "claim":
        return dict(render(ids))
    return dict(RENDERERS[kind](ids))


def stored_documents(kind: str, ids: list[int]) -> dict[int, bytes | tuple[bytes, bytes]]:
    """Return the stored documents of these records, as fresh_documents() writes them."""
    model = DOCUMENT_MODELS[kind]
    key = model._meta.pk.attname
    if kind == "claim":
        return {
            pk: (bytes(body), bytes(row))
            for pk, body, row in model._default_manager.filter(pk__in=ids).values_list(key, "json", "csv")
        }
    return {
        pk: bytes(body) for pk, body in model._default_manager.filter(pk__in=ids).values_list(key, "json")
    }


def check(batch_size: int = DOCUMENT_BATCH, kind: str = "claim") -> tuple[int, list[int]]:
    """Return how many records of this kind partners see (published claims, by default) were compared, and the
    ids of those whose stored document differs from a fresh render (or is missing), plus those of records
    partners do not see that still have one."""
    wrong: list[int] = []
    compared = 0
    last = 0
    while True:
        ids = list(shown(kind).filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:batch_size])
        if not ids:
            break
        last = ids[-1]
        fresh, stored = fresh_documents(kind, ids), stored_documents(kind, ids)
        compared += len(ids)
        wrong += [pk for pk in ids if stored.get(pk) != fresh.get(pk)]
    model = DOCUMENT_MODELS[kind]
    key = model._meta.pk.name
    wrong += list(
        model._default_manager.exclude(**{f"{key}__in": shown(kind).values("pk")})
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    return compared, wrong


def check_all(batch_size: int = DOCUMENT_BATCH) -> dict[str, tuple[int, list[int]]]:
    """Return check() of every kind of record with documents, the ids of records whose feed entry carries
    another document than theirs (check_feed()) added to their kind's."""
    checked = {kind: check(batch_size, kind) for kind in KINDS}
    for kind, ids in check_feed().items():
        compared, wrong = checked[kind]
        checked[kind] = (compared, wrong + sorted(set(ids) - set(wrong)))
    return checked


def check_feed() -> dict[str, list[int]]:
    """Return, for each kind, the ids of records whose feed entry does not carry their stored document: an
    upsert carrying none or another, a delete carrying one. One query per kind."""
    entries = connection.ops.quote_name(FeedEntry._meta.db_table)
    carried = connection.ops.quote_name(FeedDocument._meta.db_table)
    wrong: dict[str, list[int]] = {}
    with connection.cursor() as cursor:
        for kind, model in DOCUMENT_MODELS.items():
            stored, column = connection.ops.quote_name(model._meta.db_table), f"{kind}_id"
            cursor.execute(
                f"SELECT f.{column} FROM {entries} f LEFT JOIN {carried} c ON c.entry_id = f.seq"
                f" LEFT JOIN {stored} d ON d.{column} = f.{column} WHERE f.{column} IS NOT NULL AND ("
                "(f.action = 'upsert' AND (c.json IS NULL OR d.json IS NULL OR c.json <> d.json))"
                " OR (f.action <> 'upsert' AND c.entry_id IS NOT NULL)) ORDER BY 1"
            )
            wrong[kind] = [pk for (pk,) in cursor.fetchall()]
    return wrong


def carry_all() -> None:
    """Have every upsert in the feed carry its record's stored document, as record_feed_entries writes them:
    after render_all(), or on a database whose entries predate migration 0036. Three statements per kind."""
    entries = connection.ops.quote_name(FeedEntry._meta.db_table)
    carried = connection.ops.quote_name(FeedDocument._meta.db_table)
    with connection.cursor() as cursor:
        for kind, model in DOCUMENT_MODELS.items():
            stored, column = connection.ops.quote_name(model._meta.db_table), f"{kind}_id"
            cursor.execute(
                f"DELETE FROM {carried} WHERE entry_id IN (SELECT seq FROM {entries} WHERE {column} IS NOT NULL)"
            )
            cursor.execute(
                f"INSERT INTO {carried} (entry_id, json) SELECT f.seq, d.json FROM {entries} f"
                f" JOIN {stored} d ON d.{column} = f.{column} WHERE f.action = 'upsert'"
            )


STORES: dict[str, Callable[[list[int]], object]] = {
    "claim": store,
    "quantity": store_quantities,
    "incident": store_incidents,
}


def render_all(batch_size: int = DOCUMENT_BATCH) -> dict[str, int]:
    """Render every document again (and drop those of records partners do not see), and have the feed's entries
    carry them; return how many of each kind were rendered."""
    from claims.services.feed import feed_lock

    rendered = dict.fromkeys(KINDS, 0)
    for kind in KINDS:
        model = DOCUMENT_MODELS[kind]
        model._default_manager.exclude(**{f"{model._meta.pk.name}__in": shown(kind).values("pk")}).delete()
        last = 0
        while True:
            ids = list(
                shown(kind).filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:batch_size]
            )
            if not ids:
                break
            last = ids[-1]
            with transaction.atomic():
                feed_lock()
                STORES[kind](ids)
            rendered[kind] += len(ids)
    with transaction.atomic():
        feed_lock()
        carry_all()
    return rendered


def repair(
    claim_ids: Iterable[int] = (), quantity_ids: Iterable[int] = (), incident_ids: Iterable[int] = ()
) -> None:
    """Render these records' documents again, and write their feed entries again: an upsert carrying the fresh
    document for those partners see, a delete for those they no longer see (a partner who synced a stale
    document gets the right one). Records partners never saw (no entry) only lose their documents."""
    from claims.models import ChangeAction
    from claims.services.feed import feed_lock, record_feed_entries

    wanted = {"claim": set(claim_ids), "quantity": set(quantity_ids), "incident": set(incident_ids)}
    with transaction.atomic():
        feed_lock()
        listed = {
            kind: set(shown(kind).filter(pk__in=ids).values_list("pk", flat=True))
            | set(FeedEntry.objects.filter(**{f"{kind}__in": ids}).values_list(f"{kind}_id", flat=True))
            for kind, ids in wanted.items()
        }
        # The actions are those the records render to: record_feed_entries writes a delete for the hidden.
        record_feed_entries(
            claims=dict.fromkeys(listed["claim"], ChangeAction.UPSERT),
            quantities=dict.fromkeys(listed["quantity"], ChangeAction.UPSERT),
            incidents=dict.fromkeys(listed["incident"], ChangeAction.UPSERT),
        )
        for kind, ids in wanted.items():
            STORES[kind](list(ids - listed[kind]))

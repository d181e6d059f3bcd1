"""Each published claim's partner JSON and CSV row, rendered once when a change commits and stored with it.

A page of claims is then the stored bytes of its claims joined together, read by one indexed query: no model
instances, no dicts, no per-claim rendering at read time. What a document says is defined once, by
ClaimSerializer, which the schema is generated from, and written here:

- `json`: the claim's JSON as the API writes it (orjson, compact, U+2028 and U+2029 escaped as DRF escapes
  them), except that its `url` is relative to the site's root (`/api/v1/claims/7/`, whatever path the site is
  served under): a request's scheme, host and path prefix are put in front with one replace over the page
  (`absolute()`). A claim's own `url` is the only member that can hold the
  relative address: a source's `url` is always absolute, and a quote's `"` are escaped inside the JSON string,
  so the text `"url":"/api/v1/claims/` appears nowhere else.
- `csv`: the claim's CSV row (claims/api/renderers.py's columns) after its `id` and `url` cells, which the
  page writes in front of it (a quote may hold any text, so no replace is safe there).

Documents are written by services.record_feed_entries, the single place every change partners can see passes
through (the change feed records the same changes), in the transaction that makes the change and while it
holds the feed's lock: a claim's document is rendered from what is committed, in commit order. A claim that
leaves the published set loses its document. A reader that finds a published claim without a document (a
database restored from an older backup, say) renders that one at read time, so the answer is always right;
`manage.py render_documents` renders every document again and `--check` compares them with a fresh render.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterable, Sequence

import orjson
from django.db import connection, transaction
from django.urls import get_script_prefix, reverse, set_script_prefix
from rest_framework.renderers import JSONRenderer

from claims.models import Claim, ClaimDocument

from ..spreadsheets import spreadsheet_safe
from .renderers import CSV_COLUMNS, JAVASCRIPT_LINE_ENDS, flat_claim
from .serializers import ClaimSerializer

# Claims rendered per batch: five queries a batch (the old documents removed, rows, sides, chains, the insert), a
# few MB of rows in memory.
DOCUMENT_BATCH = 1_000
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


def store(claim_ids: Iterable[int], keep_old: bool = False) -> dict[int, bytes]:
    """Render again the documents of these claims, and drop those of claims no longer published. Run inside
    the transaction that changed them, holding the feed's lock (services.record_feed_entries does). Five
    queries per DOCUMENT_BATCH claims: the old documents' removal, the rows, sides and chains, the insert.

    With keep_old, return {id: JSON} of the documents replaced, as the removal returns them (no query more): the
    webhooks send claim.corrected only when a claim's JSON changed."""
    ids = sorted(set(claim_ids))
    table = connection.ops.quote_name(ClaimDocument._meta.db_table)
    old: dict[int, bytes] = {}
    with connection.cursor() as cursor:
        for start in range(0, len(ids), DOCUMENT_BATCH):
            batch = ids[start : start + DOCUMENT_BATCH]
            marks = ", ".join(["%s"] * len(batch))
            if keep_old:  # (SQLite has DELETE ... RETURNING since 3.35, PostgreSQL for ever)
                cursor.execute(
                    f"DELETE FROM {table} WHERE claim_id IN ({marks}) RETURNING claim_id, json", batch
                )
                old |= {pk: bytes(body) for pk, body in cursor.fetchall()}
            else:
                cursor.execute(f"DELETE FROM {table} WHERE claim_id IN ({marks})", batch)
            rendered = render(batch)
            if rendered:
                cursor.execute(
                    f"INSERT INTO {table} (claim_id, json, csv) VALUES "
                    + ", ".join(["(%s, %s, %s)"] * len(rendered)),
                    [value for pk, (body, row) in rendered.items() for value in (pk, body, row)],
                )
    return old


def absolute(body: bytes, request) -> bytes:
    """Return stored JSON with its claims' relative `url`s made absolute for this request (under its script
    prefix); without a request, as stored."""
    return absolute_all([body], request)[0]


def absolute_all(bodies: list[bytes], request) -> list[bytes]:
    """Return absolute() of each of these stored JSON documents, working out the addresses once (reversing
    them for every document of a feed page was a third of its time)."""
    if request is None:
        return bodies
    mark = b'"url":"' + stored_path().encode()
    replacement = b'"url":"' + request.build_absolute_uri(claims_path()).encode()
    return [body.replace(mark, replacement) for body in bodies]


def documents_of(rows: Sequence[dict], column: str) -> list[tuple[int, bytes]]:
    """Return (id, stored `column`) for the rows ({"id", "document__<column>"}, "json" or "csv"), in their
    order, rendering at read time those that have none (three queries when some are missing, none otherwise).
    A claim that has none and is no longer published when it is rendered (retracted a moment ago) is left
    out, as the next read would leave it out."""
    key = f"document__{column}"
    missing = [row["id"] for row in rows if row[key] is None]
    fresh = render(missing) if missing else {}
    index = 0 if column == "json" else 1
    found = []
    for row in rows:
        body = row[key] if row[key] is not None else fresh.get(row["id"], (None, None))[index]
        if body is not None:
            found.append(
                (row["id"], bytes(body))
            )  # psycopg hands bytea as bytes; a memoryview would not join
    return found


def json_array(rows: Sequence[dict], request) -> bytes:
    """Return the JSON array of the rows' claims, in their order, with absolute `url`s."""
    return absolute(b"[" + b",".join(body for _, body in documents_of(rows, "json")) + b"]", request)


def csv_rows(rows: Sequence[dict], request) -> bytes:
    """Return the CSV rows (no header) of the rows' claims, in their order."""
    base = (request.build_absolute_uri(claims_path()) if request is not None else stored_path()).encode()
    return b"".join(b"%d,%s%d/%s" % (pk, base, pk, body) for pk, body in documents_of(rows, "csv"))


def csv_header() -> bytes:
    out = io.StringIO()
    csv.writer(out).writerow(CSV_COLUMNS)
    return out.getvalue().encode()


def check(batch_size: int = DOCUMENT_BATCH) -> tuple[int, list[int]]:
    """Return how many published claims were compared and the ids of those whose stored document differs from
    a fresh render (or is missing), plus those of unpublished claims that still have one."""
    wrong: list[int] = []
    compared = 0
    last = 0
    while True:
        ids = list(
            Claim.objects.published()
            .filter(pk__gt=last)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if not ids:
            break
        last = ids[-1]
        fresh = render(ids)
        stored = {
            pk: (bytes(body), bytes(row))
            for pk, body, row in ClaimDocument.objects.filter(claim_id__in=ids).values_list(
                "claim_id", "json", "csv"
            )
        }
        compared += len(ids)
        wrong += [pk for pk in ids if stored.get(pk) != fresh.get(pk)]
    wrong += list(
        ClaimDocument.objects.exclude(claim__status="published")
        .order_by("claim_id")
        .values_list("claim_id", flat=True)
    )
    return compared, wrong


def render_all(batch_size: int = DOCUMENT_BATCH) -> int:
    """Render every published claim's document again (and drop the others'); return how many were rendered."""
    from claims.services.feed import feed_lock

    rendered = 0
    ClaimDocument.objects.exclude(claim__status="published").delete()
    last = 0
    while True:
        ids = list(
            Claim.objects.published()
            .filter(pk__gt=last)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if not ids:
            return rendered
        last = ids[-1]
        with transaction.atomic():
            feed_lock()
            store(ids)
        rendered += len(ids)


def repair(claim_ids: Iterable[int]) -> None:
    """Render these claims' documents again, and send the published ones to partners again through the feed:
    a partner who synced a stale document gets the right one. Documents of unpublished claims are dropped."""
    from claims.models import ChangeAction
    from claims.services.feed import feed_lock, record_feed_entries

    ids = list(claim_ids)
    with transaction.atomic():
        feed_lock()
        published = list(Claim.objects.published().filter(pk__in=ids).values_list("pk", flat=True))
        record_feed_entries(claims=dict.fromkeys(published, ChangeAction.UPSERT))  # stores their documents
        store(set(ids) - set(published))

"""The partners' change feed: one entry per committed change of what a partner sees (a claim, a quantity, an
incident), written with the stored documents partners read (claims/api/documents.py)."""

from collections.abc import Iterable, Mapping

from django.db import connection, transaction
from django.db.models import Max, Q
from django.utils import timezone

from ..api import documents
from ..models import ChangeAction, Claim, FeedDocument, FeedEntry, Incident, Quantity, WebhookEventType
from ..webhooks import record_claim_events, subscribed

# Any constant: the key of the PostgreSQL advisory lock that serialises writers of the change feed.
FEED_LOCK = 7_301_226
ID_BATCH = 5_000  # ids per statement: SQLite caps query parameters


def record_feed_entries(
    *,
    claims: Mapping[int, str] | None = None,
    quantities: Mapping[int, str] | None = None,
    incidents: Mapping[int, str] | None = None,
) -> None:
    """Append feed entries ({id: action}) for these claims, quantities and incidents, replacing their older
    entries. Run inside the transaction that made the change. A quantity's incident is announced with it:
    partners see an incident while one of its quantities has published reports, with its estimates.

    A reader that has seen entry n must never later find a new entry below n. Sequence numbers are handed out
    at insert but become visible at commit, so writers are serialised until they commit: on PostgreSQL with a
    transaction-scoped advisory lock, on SQLite by the IMMEDIATE transaction itself. Sequence order is then
    commit order. Each record keeps only its latest entry, so a full sync reads one entry per record.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("record_feed_entries must run inside the transaction that made the change")
    claims, quantities = dict(claims or {}), dict(quantities or {})
    incidents = incident_actions(quantities) | dict(incidents or {})
    if not claims and not quantities and not incidents:
        return
    at = connection.ops.adapt_datetimefield_value(timezone.now())
    feed_lock()
    # Webhooks (claims.webhooks): the subscriptions wanting each kind of event (one query when claims changed).
    wanted = subscribed() if claims else {}
    # The stored documents are rendered while the lock is held: from what is committed, in commit order.
    # The documents replaced are kept when a correction is wanted: it is sent only if a claim's JSON changed.
    previous, shown = documents.store(claims, keep_old=WebhookEventType.CLAIM_CORRECTED in wanted)
    claims = actions_as_rendered(claims, shown)
    # Estimates' and incidents' JSON, as the claims' (an incident's shows its estimates).
    quantities = actions_as_rendered(quantities, documents.store_quantities(quantities))
    incidents = actions_as_rendered(incidents, documents.store_incidents(incidents))
    with connection.cursor() as cursor:
        # Webhooks: read before the entries are replaced, since they say what was published.
        record_claim_events(claims, wanted, previous)
        for kind, entries in (("claim", claims), ("quantity", quantities), ("incident", incidents)):
            ids = list(entries)
            for start in range(0, len(ids), ID_BATCH):
                replace_entries(cursor, kind, ids[start : start + ID_BATCH], entries, at)


def actions_as_rendered(entries: Mapping[int, str], rendered: set[int]) -> dict[int, str]:
    """Return each record's feed action as its document was rendered under the feed's lock: an upsert for those
    partners see, a delete for the others. A caller works out its actions before it holds the lock, and a
    writer committing meanwhile may have published or retracted what they show (an incident edited as its last
    figure is retracted, say): the entry then follows what partners see, as the document does."""
    return {pk: ChangeAction.UPSERT if pk in rendered else ChangeAction.DELETE for pk in entries}


def replace_entries(cursor, kind: str, batch: list[int], entries: Mapping[int, str], at) -> None:
    """Replace these records' feed entries with new ones, numbered in the order given, each upsert carrying
    its record's stored document (copied by the database: FeedDocument). Two statements on PostgreSQL, four on
    SQLite, which has no writes in WITH."""
    table = connection.ops.quote_name(FeedEntry._meta.db_table)
    carried = connection.ops.quote_name(FeedDocument._meta.db_table)
    stored = connection.ops.quote_name(documents.DOCUMENT_MODELS[kind]._meta.db_table)
    column = f"{kind}_id"
    if connection.vendor == "postgresql":
        cursor.execute(
            f"WITH gone AS (DELETE FROM {table} WHERE {column} = ANY(%s) RETURNING seq)"
            f" DELETE FROM {carried} WHERE entry_id IN (SELECT seq FROM gone)",
            [batch],
        )
        # Numbered in the order given: unnest() yields the ids in order.
        cursor.execute(
            f"WITH new AS (INSERT INTO {table} ({column}, action, at) SELECT u.id, u.action, %s"
            " FROM unnest(%s::bigint[], %s::text[]) WITH ORDINALITY AS u(id, action, n) ORDER BY u.n"
            f" RETURNING seq, {column}, action)"
            f" INSERT INTO {carried} (entry_id, json) SELECT new.seq, d.json FROM new"
            f" JOIN {stored} d ON d.{column} = new.{column} WHERE new.action = 'upsert'",
            [at, batch, [entries[pk] for pk in batch]],
        )
        return
    marks = ", ".join(["%s"] * len(batch))
    cursor.execute(
        f"DELETE FROM {carried} WHERE entry_id IN (SELECT seq FROM {table} WHERE {column} IN ({marks}))",
        batch,
    )
    cursor.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", batch)
    cursor.executemany(
        f"INSERT INTO {table} ({column}, action, at) VALUES (%s, %s, %s)",
        [(pk, entries[pk], at) for pk in batch],
    )
    cursor.execute(
        f"INSERT INTO {carried} (entry_id, json) SELECT f.seq, d.json FROM {table} f"
        f" JOIN {stored} d ON d.{column} = f.{column} WHERE f.{column} IN ({marks}) AND f.action = 'upsert'",
        batch,
    )


def feed_lock() -> None:
    """Wait for the feed's writers before this transaction to commit, and hold them off until it commits (on
    PostgreSQL; SQLite's IMMEDIATE transactions are serialised already). A transaction may take it more than
    once: take it before reading which claims a change shows in, so that none published meanwhile is missed."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [FEED_LOCK])


def record_claim_changes(claim_ids: Iterable[int], action: str) -> None:
    """Append feed entries with one action for these claims. Run inside a transaction."""
    record_feed_entries(claims=dict.fromkeys(claim_ids, action))


def quantity_actions(quantity_ids: Iterable[int]) -> dict[int, str]:
    """Return each quantity's feed action: upsert while partners see it (it has published reports), else
    delete. One query."""
    ids = list(quantity_ids)
    if not ids:
        return {}
    shown = set(Quantity.objects.filter(pk__in=ids, published_reports__gt=0).values_list("pk", flat=True))
    return {pk: ChangeAction.UPSERT if pk in shown else ChangeAction.DELETE for pk in ids}


def incident_actions(quantity_ids: Iterable[int]) -> dict[int, str]:
    """Return the feed action of the incidents of these quantities: upsert while one of the incident's
    quantities has published reports, else delete. One query (none without quantities)."""
    ids = list(quantity_ids)
    if not ids:
        return {}
    incidents = Quantity.objects.filter(pk__in=ids, incident__isnull=False).values("incident_id")
    shown = (
        Quantity.objects.filter(incident__in=incidents)
        .order_by()
        .values("incident_id")
        .annotate(reports=Max("published_reports"))
        .values_list("incident_id", "reports")
    )
    return {pk: ChangeAction.UPSERT if reports else ChangeAction.DELETE for pk, reports in shown}


def announce_incidents(incident_ids: Iterable[int]) -> None:
    """Give partners a fresh copy of these incidents, those they see. Run inside a transaction."""
    feed_lock()  # an incident a writer now committing shows to partners is found, and rendered after it
    shown = (
        Incident.objects.visible_to_partners().filter(pk__in=list(incident_ids)).values_list("pk", flat=True)
    )
    record_feed_entries(incidents=dict.fromkeys(shown, ChangeAction.UPSERT))


def announce_claims_referring_to(*, actors=(), sources=(), conflicts=()) -> None:
    """Give partners a fresh copy of every published claim whose JSON shows one of these records, and of
    every quantity it shows (a quantity names its conflict and its sides). Run inside a transaction."""
    feed_lock()  # a claim published by a writer now committing is found, and rendered after its change
    claims = Claim.objects.published().referring_to(actors=actors, sources=sources, conflicts=conflicts)
    shown_quantities = Quantity.objects.filter(published_reports__gt=0).referring_to(
        actors=actors, conflicts=conflicts
    )
    # An incident shows its conflict and its alleged perpetrator.
    incidents = Incident.objects.visible_to_partners().filter(
        Q(perpetrator__in=list(actors)) | Q(conflict__in=list(conflicts))
    )
    record_feed_entries(
        claims=dict.fromkeys(claims.values_list("pk", flat=True), ChangeAction.UPSERT),
        quantities=dict.fromkeys(shown_quantities.values_list("pk", flat=True), ChangeAction.UPSERT),
        incidents=dict.fromkeys(incidents.values_list("pk", flat=True), ChangeAction.UPSERT),
    )

"""Webhooks (issue 18): partners are sent events about published claims by POST, instead of polling the feed.

Events are recorded in the transaction that changes the claims, from the same {claim id: action} that the change
feed records (services.feed.record_feed_entries calls record_claim_events), so they are exactly the changes the
feed shows, at the same moment:

- `claim.published`: an "upsert" of a claim whose latest feed entry was not one (it was not in the published set);
- `claim.corrected`: an "upsert" of a claim already published whose partner JSON changed (an actor renamed, a
  source's title, its breakdown's total published...): its stored document before and after differ;
- `claim.retracted`: a "delete" of a claim that was published. A claim never published leaves no event.

Each event keeps the claim's partner JSON (claims.api.fast) or its tombstone as it was then; one delivery per
subscribed partner's subscription is queued with it, and the task worker POSTs them after commit, signed as the
Standard Webhooks specification says (standardwebhooks.com), retrying failures on WEBHOOK_RETRY_DELAYS. Each POST
resolves its host once, refuses private addresses, and connects to the addresses it checked (PinnedBackend).
"""

from __future__ import annotations

import base64
import contextlib
import ipaddress
import json
import logging
import secrets
import socket
import threading
import time
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast
from urllib.parse import urlsplit

import httpcore
import httpx
import orjson
from django.conf import settings
from django.db import connection, transaction
from django.db.models import Exists, Field, OuterRef, Q
from django.utils import timezone
from django_tasks import task
from standardwebhooks.webhooks import Webhook

from .capture.fetching import _public
from .models import (
    ChangeAction,
    Claim,
    DeliveryState,
    FeedEntry,
    PartnerKey,
    Status,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEvent,
    WebhookEventType,
    WebhookSubscription,
)

logger = logging.getLogger(__name__)

EVENT_TYPES = [choice.value for choice in WebhookEventType]
ID_BATCH = 5_000  # claim ids per statement, as the feed batches them: SQLite caps query parameters
EXCERPT_CHARS = 1_000  # of a receiver's answer, kept in the delivery log
MAX_URL_LENGTH = 2_000
USER_AGENT = "CasualtyProvenanceTracker-Webhooks/1.0"


class WebhookUrlError(ValueError):
    """An address a subscription may not have, with a message its author can act on. `public` is what the partner
    is shown of it, when the message (kept for staff) says what an internal name resolves to."""

    def __init__(self, message: str, public: str | None = None) -> None:
        super().__init__(message)
        self.public = public or message


# --- Secrets --------------------------------------------------------------------------------------------------


def new_secret() -> str:
    """Return a new signing secret in the Standard Webhooks form: whsec_ and the base64 of 32 random bytes."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def rotate_secret(subscription: WebhookSubscription) -> str:
    """Give the subscription a new secret and return it. The old one still signs deliveries, beside the new one,
    for WEBHOOK_PREVIOUS_SECRET_HOURS: a receiver that has not switched yet still verifies them."""
    subscription.previous_secret = subscription.secret
    subscription.previous_secret_until = timezone.now() + timedelta(
        hours=settings.WEBHOOK_PREVIOUS_SECRET_HOURS
    )
    subscription.secret = new_secret()
    subscription.save(update_fields=["secret", "previous_secret", "previous_secret_until", "updated_at"])
    return subscription.secret


def signature(subscription: WebhookSubscription, msg_id: str, at: datetime, body: bytes) -> str:
    """Return the webhook-signature header: "v1,<base64 HMAC-SHA256>" with the secret, and a second one with the
    previous secret while it is still honoured (the specification's space-separated list)."""
    signatures = [Webhook(subscription.secret).sign(msg_id, at, body)]
    if subscription.previous_secret and (subscription.previous_secret_until or at) > at:
        signatures.append(Webhook(subscription.previous_secret).sign(msg_id, at, body))
    return " ".join(signatures)


# --- Addresses ------------------------------------------------------------------------------------------------


def check_url(url: str) -> str:
    """Return a subscription's address if it may have it, else raise WebhookUrlError: http or https, a host, and
    no private, loopback or link-local address written as such (names are resolved and checked when sent)."""
    if len(url) > MAX_URL_LENGTH:
        raise WebhookUrlError(f"The address is {len(url):,} characters long; at most {MAX_URL_LENGTH:,}.")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is no number or out of range
    except ValueError as error:
        raise WebhookUrlError(f"“{url[:200]}” is not an address ({error}).") from None
    if parts.scheme not in ("http", "https"):
        raise WebhookUrlError(
            f"Only http and https addresses can receive webhooks, not “{parts.scheme or url}”."
        )
    host = parts.hostname
    if not host:
        raise WebhookUrlError(f"“{url[:200]}” names no host.")
    if settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
        return url
    # As a resolver reads it ("a.ｌｏｃａｌｈｏｓｔ.": full-width letters folded, the root's final dot dropped),
    # and as the POST will name it (httpx encodes an international name with IDNA 2008).
    names = {unicodedata.normalize("NFKC", host).lower().rstrip(".")}
    with contextlib.suppress(WebhookUrlError):
        names.add(connected_host(url)[0].rstrip("."))
    for name in sorted(names):
        address: ipaddress.IPv4Address | ipaddress.IPv6Address | None = None
        if name == "localhost" or name.endswith(".localhost"):
            address = ipaddress.IPv4Address("127.0.0.1")
        else:
            with contextlib.suppress(ValueError):  # a name, resolved and checked when sent
                address = ipaddress.ip_address(name.split("%")[0])
        if address is not None and not _public(address):
            raise WebhookUrlError(private_message(name, address))
    return url


def private_message(host: str, address) -> str:
    return (
        f"“{host}” is a private, loopback or link-local address ({address}): webhooks are sent only to public "
        "addresses. Set WEBHOOK_ALLOW_PRIVATE_ADDRESSES=1 to send them within an intranet."
    )


def private_name_message(host: str) -> str:
    """Why a name was refused, without the address it resolved to: the partner reads the delivery log, and must
    not learn what the server's internal names resolve to (the admin's log shows staff the address)."""
    return (
        f"“{host}” resolves to a private, loopback or link-local address: webhooks are sent only to public "
        "addresses."
    )


def connected_host(url: str) -> tuple[str, int]:
    """Return the host name httpx connects to for this address, in ASCII (an international name encoded as httpx
    encodes it, IDNA 2008: "straße" is "xn--strae-oqa", where Python's "idna" codec says "strasse"), and the
    port. Checking any other spelling of the name would check another DNS name than the one connected to."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise WebhookUrlError(f"“{url[:200]}” is not an address ({error}).") from None
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    return parsed.raw_host.decode("ascii").lower(), port


def refuse_private_host(url: str) -> tuple[str, list[str]]:
    """Resolve the host the POST connects to, once, and return it with its addresses; refuse it if any is a
    private, loopback or link-local address: a webhook must not become a way to POST into the server's own
    network. The POST then connects to these very addresses (PinnedBackend): a name resolved a second time could
    answer otherwise (DNS rebinding). One DNS lookup."""
    check_url(url)
    host, port = connected_host(url)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError) as error:
        raise WebhookUrlError(f"The host “{host}” could not be found ({error}).") from None
    addresses: list[str] = []
    for info in infos:
        written = str(info[4][0])
        address = ipaddress.ip_address(written.split("%")[0])
        if not _public(address) and not settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
            raise WebhookUrlError(private_message(host, address), public=private_name_message(host))
        if written not in addresses:
            addresses.append(written)
    if not addresses:
        raise WebhookUrlError(f"The host “{host}” could not be found (no address).")
    return host, addresses


class PinnedBackend(httpcore.SyncBackend):
    """httpcore's network backend, connecting to one host only and at the addresses it was checked at: the Host
    header and TLS's server name stay the host's name (httpcore takes them from the URL)."""

    def __init__(self, host: str, addresses: list[str]) -> None:
        self.host, self.addresses = host, addresses

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options=None,
    ) -> httpcore.NetworkStream:
        if host.lower() != self.host:
            raise httpcore.ConnectError(f"Only “{self.host}” may be connected to, not “{host}”.")
        error: Exception = httpcore.ConnectError(f"“{self.host}” has no address.")
        for address in self.addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as failed:
                error = failed
        raise error


def pinned_transport(host: str, addresses: list[str]) -> httpx.HTTPTransport:
    """An httpx transport whose connections go to these addresses only. httpx 0.29 does not take a network
    backend (encode/httpx#3180), so its connection pool is given one: the pool hands it every connection."""
    transport = httpx.HTTPTransport(retries=0)
    pool = transport._pool
    if not isinstance(pool, httpcore.ConnectionPool) or not hasattr(pool, "_network_backend"):
        raise RuntimeError("httpx's transport changed: webhooks cannot pin the address they checked.")
    pool._network_backend = PinnedBackend(host, addresses)
    return transport


def refuse_private_peer(response: httpx.Response, url: str) -> None:
    """Refuse an answer from a private address (a second guard: the connection goes to the checked addresses)."""
    if settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
        return
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if peer:
        address = ipaddress.ip_address(str(peer[0]).split("%")[0])
        if not _public(address):
            host = urlsplit(url).hostname or ""
            raise WebhookUrlError(private_message(host, address), public=private_name_message(host))


# --- Recording events, in the write's transaction -------------------------------------------------------------


class BaseUrl:
    """Stands for a request where stored documents' URLs are made absolute: the site's WEBHOOK_BASE_URL."""

    def build_absolute_uri(self, path: str) -> str:
        return settings.WEBHOOK_BASE_URL + path


def subscribed() -> dict[str, list[int]]:
    """Return the ids of the subscriptions that want each kind of event: active ones of partners with a key that
    is neither revoked nor expired (revoking a partner's keys cuts its webhooks too). One query."""
    usable_keys = PartnerKey.objects.filter(partner=OuterRef("partner"), revoked=False).filter(
        Q(expiry_date__isnull=True) | Q(expiry_date__gt=timezone.now())
    )
    wanted: dict[str, list[int]] = {kind: [] for kind in EVENT_TYPES}
    for pk, events in (
        WebhookSubscription.objects.filter(active=True)
        .filter(Exists(usable_keys))
        .values_list("pk", "events")
    ):
        for kind in set(events or ()) & set(EVENT_TYPES):
            wanted[kind].append(pk)
    return {kind: ids for kind, ids in wanted.items() if ids}


def record_claim_events(
    claims: Mapping[int, str], wanted: dict[str, list[int]], previous: Mapping[int, bytes]
) -> None:
    """Record the webhook events of these feed actions ({claim id: "upsert" or "delete"}) and queue their
    deliveries to the subscriptions `wanted` (subscribed()); run inside the transaction, before the feed replaces
    these claims' entries (their latest entry says whether each claim was published), once their stored
    documents are rendered again: `previous` holds those replaced ({id: JSON}), and a published claim whose JSON
    is the same is no correction.

    No query when no subscription wants any event. Otherwise a fixed number per ID_BATCH claims, whatever the
    number of subscriptions: their latest feed entries, the claims' stored documents, the tombstones, the
    events (one statement), then every delivery at once."""
    if not claims or not wanted:
        return
    batch, at = uuid.uuid4(), timezone.now()
    recorded = False
    ids = list(claims)
    for start in range(0, len(ids), ID_BATCH):
        chunk = ids[start : start + ID_BATCH]
        recorded |= record_chunk({pk: claims[pk] for pk in chunk}, wanted, previous, batch, at)
    if not recorded:
        return
    queue_deliveries(batch, wanted, at)
    transaction.on_commit(lambda: dispatch_deliveries.enqueue(str(batch)))


def record_chunk(
    claims: dict[int, str],
    wanted: dict[str, list[int]],
    previous: Mapping[int, bytes],
    batch: uuid.UUID,
    at: datetime,
) -> bool:
    """Record the events of up to ID_BATCH claims; return whether there were any."""
    from .api import documents
    from .api.fast import iso_time

    was_shown = set(
        FeedEntry.objects.filter(claim__in=list(claims), action=ChangeAction.UPSERT).values_list(
            "claim_id", flat=True
        )
    )
    kinds: dict[int, str] = {}
    for pk, action in claims.items():
        if action == ChangeAction.UPSERT:
            kinds[pk] = (
                WebhookEventType.CLAIM_CORRECTED if pk in was_shown else WebhookEventType.CLAIM_PUBLISHED
            )
        elif pk in was_shown:
            kinds[pk] = WebhookEventType.CLAIM_RETRACTED
    kinds = {pk: kind for pk, kind in kinds.items() if kind in wanted}
    data: dict[int, dict] = {}
    shown = [pk for pk, kind in kinds.items() if kind != WebhookEventType.CLAIM_RETRACTED]
    if shown:
        # Only what is published now is rendered: an "upsert" of anything else is never described.
        # The documents services.record_feed_entries has just stored: what the API serves from now on.
        rows = list(
            Claim.objects.published()
            .filter(pk__in=shown)
            .order_by()
            .values("id", **documents.columns("json"))
        )
        found = [
            (pk, body)
            for pk, body in documents.documents_of(rows, "json")
            # A correction is a change of the claim's JSON: one written again as it was is no event.
            if not (kinds[pk] == WebhookEventType.CLAIM_CORRECTED and previous.get(pk) == body)
        ]
        bodies = documents.absolute_all([body for _, body in found], BaseUrl())
        data |= {pk: orjson.loads(body) for (pk, _), body in zip(found, bodies, strict=True)}
    gone = [pk for pk, kind in kinds.items() if kind == WebhookEventType.CLAIM_RETRACTED]
    if gone:
        zone = timezone.get_current_timezone()
        for row in Claim.objects.filter(pk__in=gone, status=Status.RETRACTED).values(
            "id", "retracted_at", "retraction_reason"
        ):
            # The tombstone as /api/v1/claims/{id}/ answers it with its 410.
            data[row["id"]] = {
                "id": row["id"],
                "url": f"{BaseUrl().build_absolute_uri(claim_list_path())}{row['id']}/",
                "status": Status.RETRACTED.value,
                "retracted_at": iso_time(row["retracted_at"], zone),
                "retraction_reason": row["retraction_reason"],
            }
    events = [(kinds[pk], pk, data[pk]) for pk in claims if pk in kinds and pk in data]
    if not events:
        return False

    def prepared(name: str, value) -> Any:
        return cast(Field, WebhookEvent._meta.get_field(name)).get_db_prep_save(value, connection)

    table = connection.ops.quote_name(WebhookEvent._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (type, claim_id, at, data, batch) VALUES (%s, %s, %s, %s, %s)",
            [
                (kind, pk, prepared("at", at), prepared("data", body), prepared("batch", batch))
                for kind, pk, body in events
            ],
        )
    return True


def claim_list_path() -> str:
    from django.urls import reverse

    return reverse("api:claim-list")


def queue_deliveries(batch: uuid.UUID, wanted: dict[str, list[int]], at: datetime) -> None:
    """Insert a pending delivery of each event of the batch to each subscription that wants its kind. One query,
    however many events and subscriptions."""
    deliveries = connection.ops.quote_name(WebhookDelivery._meta.db_table)
    events = connection.ops.quote_name(WebhookEvent._meta.db_table)
    subscriptions = connection.ops.quote_name(WebhookSubscription._meta.db_table)
    conditions: list[str] = []
    parameters: list[Any] = []
    for kind, ids in wanted.items():
        conditions.append(f"(e.type = %s AND s.id IN ({', '.join(['%s'] * len(ids))}))")
        parameters += [kind, *ids]
    batch_value = cast(Field, WebhookEvent._meta.get_field("batch")).get_db_prep_save(batch, connection)
    at_value = connection.ops.adapt_datetimefield_value(at)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {deliveries}"
            " (subscription_id, event_id, state, tries, created_at, state_changed_at, message_id)"
            f" SELECT s.id, e.id, %s, 0, %s, %s, {random_message_id_sql()}"
            f" FROM {events} e CROSS JOIN {subscriptions} s"
            f" WHERE e.batch = %s AND ({' OR '.join(conditions)}) ORDER BY e.id, s.id",
            [DeliveryState.PENDING.value, at_value, at_value, batch_value, *parameters],
        )


def random_message_id_sql() -> str:
    """SQL for a new delivery's webhook-id, as models.new_message_id makes one: msg_ and 32 random hexadecimal
    digits, drawn for each row of the INSERT."""
    if connection.vendor == "postgresql":
        return "'msg_' || replace(gen_random_uuid()::text, '-', '')"
    if connection.vendor == "sqlite":
        return "'msg_' || lower(hex(randomblob(16)))"
    raise NotImplementedError(f"Webhook message ids on {connection.vendor}")


# --- Sending, in the task worker ------------------------------------------------------------------------------


@task()
def dispatch_deliveries(batch: str) -> int:
    """Queue one task per delivery of a write's events: each is sent, and retried, on its own."""
    ids = list(
        WebhookDelivery.objects.filter(event__batch=batch, state=DeliveryState.PENDING)
        .order_by("id")
        .values_list("pk", flat=True)
    )
    for pk in ids:
        deliver_webhook.enqueue(pk)
    return len(ids)


LOST_MARGIN_SECONDS = 60


def lost_since() -> datetime:
    """A delivery pending or sending since before this was lost with its task or worker: a POST is given up at
    WEBHOOK_TIMEOUT_SECONDS (and its thread a second later), so nothing is still sending it; a replay sends it."""
    return timezone.now() - timedelta(seconds=settings.WEBHOOK_TIMEOUT_SECONDS + 1 + LOST_MARGIN_SECONDS)


NOT_PUBLISHED = (
    "Not sent: the claim is no longer published, and partners are never sent an unpublished claim's JSON "
    "(its claim.retracted event says it left)."
)


@task()
def deliver_webhook(delivery_id: int, replay: bool = False, retry: int | None = None) -> str:
    """POST one delivery; record the attempt; on failure, queue the next retry or mark it failed. `retry` is the
    number of tries a retry was queued after: a replay restarts the schedule, and the retry it replaced must not
    send the delivery once more."""
    now = timezone.now()
    # Only one worker sends a delivery at a time: the one whose compare-and-set moves it to "sending".
    if retry is not None:
        takeable = Q(state=DeliveryState.RETRYING, tries=retry)
    elif replay:
        takeable = Q(state=DeliveryState.PENDING)
    else:  # (a retry queued before retries said their place in the schedule is taken too)
        takeable = Q(state__in=[DeliveryState.PENDING, DeliveryState.RETRYING])
    taken = WebhookDelivery.objects.filter(takeable, pk=delivery_id).update(
        state=DeliveryState.SENDING, state_changed_at=now
    )
    if not taken:
        return "already taken"
    delivery = (
        WebhookDelivery.objects.select_related("event", "subscription")
        .annotate(claim_published=Exists(Claim.objects.published().filter(pk=OuterRef("event__claim_id"))))
        .get(pk=delivery_id)
    )
    subscription = delivery.subscription
    refusal = None
    if not subscription.active or not subscription_usable(subscription):
        refusal = "Not sent: the subscription is paused, or its partner has no valid API key."
    elif (
        (replay or delivery.tries)
        and delivery.event.type != WebhookEventType.CLAIM_RETRACTED
        and not delivery.claim_published
    ):
        # The first attempt is sent as the event happened, as the feed showed it; a retry or a replay once the
        # claim has left the published set would hand its JSON to a partner that never had it.
        refusal = NOT_PUBLISHED
    if refusal:
        WebhookDelivery.objects.filter(pk=delivery_id).update(
            state=DeliveryState.FAILED, next_attempt_at=None
        )
        WebhookAttempt.objects.create(delivery=delivery, at=timezone.now(), error=refusal, replay=replay)
        return "not sent"
    attempt = send(delivery)
    attempt.replay = replay
    attempt.save()
    tries = delivery.tries + 1
    if attempt.succeeded:
        WebhookDelivery.objects.filter(pk=delivery_id).update(
            state=DeliveryState.SUCCEEDED, tries=tries, next_attempt_at=None
        )
        return "succeeded"
    delays = settings.WEBHOOK_RETRY_DELAYS
    if tries > len(delays):
        WebhookDelivery.objects.filter(pk=delivery_id).update(
            state=DeliveryState.FAILED, tries=tries, next_attempt_at=None
        )
        return "failed"
    due = timezone.now() + timedelta(seconds=delays[tries - 1])
    WebhookDelivery.objects.filter(pk=delivery_id).update(
        state=DeliveryState.RETRYING, tries=tries, next_attempt_at=due
    )
    if deliver_webhook.get_backend().supports_defer:
        deliver_webhook.using(run_after=due).enqueue(delivery_id, retry=tries)
    # (A backend that cannot wait, as the test suite's, leaves it "retrying": a replay sends it.)
    return "will retry"


def subscription_usable(subscription: WebhookSubscription) -> bool:
    return (
        PartnerKey.objects.filter(partner_id=subscription.partner_id, revoked=False)
        .filter(Q(expiry_date__isnull=True) | Q(expiry_date__gt=timezone.now()))
        .exists()
    )


@dataclass
class Replayed:
    """What replay() did with each delivery asked for."""

    queued: list[int]  # to be sent again now (already queued ones included: each is sent once)
    busy: list[int]  # being sent at this moment: left alone
    unpublished: list[int]  # about a claim no longer published: its JSON is not sent again


def replay(delivery_ids: list[int]) -> Replayed:
    """Send these deliveries again now, each with a fresh retry schedule: one being sent at this moment is left
    alone, one already queued (by an earlier replay) is sent once, not once per replay, and one carrying the
    JSON of a claim no longer published is not sent. A delivery pending or sending for longer than a POST can
    take was lost with its worker: it is queued again. Two queries, then a task each after commit."""
    lost = lost_since()
    result = Replayed([], [], [])
    with transaction.atomic():
        rows = (
            WebhookDelivery.objects.filter(pk__in=delivery_ids)
            .select_for_update(of=("self",))
            .annotate(
                claim_published=Exists(Claim.objects.published().filter(pk=OuterRef("event__claim_id")))
            )
            .order_by("id")
            .values_list("pk", "state", "state_changed_at", "event__type", "claim_published")
        )
        fresh: list[int] = []
        for pk, state, since, kind, published in rows:
            recent = since is not None and since > lost
            if state == DeliveryState.SENDING and recent:
                result.busy.append(pk)
            elif kind != WebhookEventType.CLAIM_RETRACTED and not published:
                result.unpublished.append(pk)
            else:
                result.queued.append(pk)
                if not (state == DeliveryState.PENDING and recent):  # (else its task is queued already)
                    fresh.append(pk)
        if fresh:
            WebhookDelivery.objects.filter(pk__in=fresh).update(
                state=DeliveryState.PENDING, tries=0, next_attempt_at=None, state_changed_at=timezone.now()
            )

    def queue() -> None:
        for pk in fresh:
            deliver_webhook.enqueue(pk, replay=True)

    transaction.on_commit(queue)
    return result


def body_of(event: WebhookEvent) -> bytes:
    """Return the JSON body of an event's deliveries: {type, timestamp, data}, as the specification shapes it."""
    from .api.fast import iso_time

    document = {"type": event.type, "timestamp": iso_time(event.at, UTC), "data": event.data}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def send(delivery: WebhookDelivery) -> WebhookAttempt:
    """POST the delivery once and return the attempt (unsaved): its answer, or why there was none.

    The POST runs in a thread of its own and is given up at WEBHOOK_TIMEOUT_SECONDS, whatever the receiver does:
    one that trickles its answer a byte at a time would otherwise hold the worker."""
    subscription, event = delivery.subscription, delivery.event
    body = body_of(event)
    started, at = time.monotonic(), timezone.now()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "webhook-id": delivery.message_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": signature(subscription, delivery.message_id, at, body),
    }
    outcome: dict[str, object] = {}
    limit = settings.WEBHOOK_TIMEOUT_SECONDS

    def run() -> None:
        try:
            outcome["answer"] = post(subscription.url, headers, body, started + limit)
        except Exception as error:  # (recorded as the attempt's error)
            outcome["error"] = error

    worker = threading.Thread(target=run, name="webhook-post", daemon=True)
    worker.start()
    worker.join(limit + 1)
    attempt = WebhookAttempt(delivery=delivery, at=at)
    if worker.is_alive():
        attempt.error = timeout_message()
    elif "error" in outcome:
        attempt.error = describe(outcome["error"], subscription.url)
        if isinstance(outcome["error"], WebhookUrlError) and outcome["error"].public != attempt.error:
            attempt.public_error = outcome["error"].public
    else:
        status_code, excerpt = cast(tuple[int, str], outcome["answer"])
        attempt.status_code, attempt.response_excerpt = status_code, excerpt
        if not attempt.succeeded:
            attempt.error = f"The receiver answered {status_code}: only a 2xx is a success."
    attempt.duration_ms = int((time.monotonic() - started) * 1000)
    return attempt


def post(url: str, headers: dict, body: bytes, deadline: float) -> tuple[int, str]:
    """POST once, never following a redirect; return the status and the start of the answer's body."""
    host, addresses = refuse_private_host(url)
    timeout = httpx.Timeout(max(deadline - time.monotonic(), 0.1))
    with (
        httpx.Client(
            follow_redirects=False,
            timeout=timeout,
            trust_env=False,
            transport=pinned_transport(host, addresses),
        ) as client,
        client.stream("POST", url, headers=headers, content=body) as response,
    ):
        refuse_private_peer(response, url)
        kept = b""
        for chunk in response.iter_raw():
            kept += chunk
            if len(kept) >= 4 * EXCERPT_CHARS or time.monotonic() > deadline:
                break  # the rest is not read: the log keeps an excerpt
        # (PostgreSQL keeps no NUL character in text.)
        text = kept.decode("utf-8", errors="replace").replace("\x00", "")
        return response.status_code, text[:EXCERPT_CHARS]


def timeout_message() -> str:
    return f"No answer within {settings.WEBHOOK_TIMEOUT_SECONDS} seconds (WEBHOOK_TIMEOUT_SECONDS)."


def describe(error: object, url: str) -> str:
    """Say why an attempt got no answer, for the delivery log."""
    if isinstance(error, httpx.TimeoutException):
        return timeout_message()
    if isinstance(error, WebhookUrlError):
        return str(error)
    if isinstance(error, httpx.HTTPError | ValueError | UnicodeError | OSError):
        return f"“{url[:300]}” could not be reached: {error or type(error).__name__}."
    logger.error("Webhook delivery failed unexpectedly: %r", error)
    return "An unexpected error stopped the attempt; it is in the server's log."

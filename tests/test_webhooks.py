"""Webhooks (issue 18): partners subscribe to events about published claims and are sent them, signed as the
Standard Webhooks specification says, by the task worker, to a local receiver on 127.0.0.1. Retries, replays,
the delivery log, the private-address refusal, forged and other partners' requests, and the query budgets."""

import base64
import hashlib
import hmac
import json
import socket
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from standardwebhooks.webhooks import Webhook

from claims import services, webhooks
from claims.models import (
    DeliveryState,
    Partner,
    PartnerKey,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEvent,
    WebhookSubscription,
)
from claims.services import correct_claim, transition_claim, transition_claims
from tests.capture_server import run_worker
from tests.factories import rewrite

pytestmark = pytest.mark.django_db

EVENTS = ["claim.published", "claim.corrected", "claim.retracted"]


class Receiver:
    """A webhook receiver on 127.0.0.1: records every POST; answers `status`, after `delay` seconds."""

    def __init__(self) -> None:
        self.received: list[dict] = []
        self.status, self.delay = 200, 0.0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.received.append({"path": self.path, "headers": dict(self.headers), "body": body})
                time.sleep(receiver.delay)
                answer = b"thanks" if receiver.status < 300 else b"broken \x00" + b"x" * 5000
                try:
                    self.send_response(receiver.status)
                    self.send_header("Content-Length", str(len(answer)))
                    self.end_headers()
                    self.wfile.write(answer)
                except OSError:
                    pass  # the sender gave up waiting

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str = "/hooks") -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def bodies(self) -> list[dict]:
        return [json.loads(request["body"]) for request in self.received]


@pytest.fixture
def receiver(settings):
    settings.WEBHOOK_BASE_URL = (
        "http://testserver"  # the API's test client's address: payloads equal its JSON
    )
    running = Receiver()
    running.thread.start()
    yield running
    running.httpd.shutdown()
    running.httpd.server_close()


@pytest.fixture
def partner(api_key):
    return PartnerKey.objects.get_from_key(api_key).partner


def subscribe(partner, url, events=EVENTS, **fields) -> WebhookSubscription:
    return WebhookSubscription.objects.create(
        partner=partner, url=url, events=list(events), secret=webhooks.new_secret(), **fields
    )


def other_partner() -> tuple[Partner, str]:
    other = Partner.objects.create(name="Other Newsroom")
    _, key = PartnerKey.objects.create_key(partner=other, name="theirs")
    return other, key


def verified(request: dict, secret: str) -> dict:
    """Verify a received request with the standardwebhooks package and return its body."""
    return Webhook(secret).verify(request["body"], request["headers"])


# --- Signatures and events ------------------------------------------------------------------------------------


def test_a_publication_is_sent_signed_with_the_claims_partner_json(
    api, partner, receiver, claim_in, django_capture_on_commit_callbacks
):
    subscription = subscribe(partner, receiver.url())
    with django_capture_on_commit_callbacks(execute=True):
        claim = claim_in("published")
    [request] = receiver.received
    body = verified(request, subscription.secret)
    assert body["type"] == "claim.published"
    assert body["data"] == api.get(f"/api/v1/claims/{claim.pk}/").json()  # what the API answers, exactly
    delivery = WebhookDelivery.objects.get()
    assert request["headers"]["webhook-id"] == delivery.message_id  # opaque: msg_ and random digits
    assert abs(int(request["headers"]["webhook-timestamp"]) - time.time()) < 30
    assert request["headers"]["Content-Type"] == "application/json"
    # The signature as the specification defines it, computed here without the package.
    key = base64.b64decode(subscription.secret.removeprefix("whsec_"))
    signed = (
        f"{request['headers']['webhook-id']}.{request['headers']['webhook-timestamp']}.".encode()
        + request["body"]
    )
    expected = "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    assert request["headers"]["webhook-signature"] == expected
    assert delivery.state == DeliveryState.SUCCEEDED
    [attempt] = delivery.attempts.all()
    assert (attempt.status_code, attempt.response_excerpt, attempt.error) == (200, "thanks", "")


def test_a_tampered_body_or_another_secret_does_not_verify(
    partner, receiver, claim_in, django_capture_on_commit_callbacks
):
    subscription = subscribe(partner, receiver.url())
    with django_capture_on_commit_callbacks(execute=True):
        claim_in("published")
    [request] = receiver.received
    with pytest.raises(Exception, match="signature"):
        Webhook(subscription.secret).verify(
            request["body"].replace(b"published", b"retracted"), request["headers"]
        )
    with pytest.raises(Exception, match="signature"):
        Webhook(webhooks.new_secret()).verify(request["body"], request["headers"])


def test_a_change_to_a_published_claim_is_a_correction_and_a_retraction_sends_its_tombstone(
    api, partner, receiver, claim_in, reviewer, django_capture_on_commit_callbacks
):
    subscription = subscribe(partner, receiver.url())
    with django_capture_on_commit_callbacks(execute=True):
        claim = claim_in("published")
        originator = claim.originator
        originator.name = "Ministry of Health (renamed)"
        services.save_actor(originator)
        transition_claim(claim, "retract", by=reviewer, note="The ministry withdrew it.")
    published, corrected, retracted = (verified(r, subscription.secret) for r in receiver.received)
    assert [published["type"], corrected["type"], retracted["type"]] == EVENTS
    assert corrected["data"]["originator"]["name"] == "Ministry of Health (renamed)"
    gone = api.get(f"/api/v1/claims/{claim.pk}/")
    assert gone.status_code == 410 and retracted["data"] == gone.json()
    assert retracted["data"]["retraction_reason"] == "The ministry withdrew it."


def test_a_correction_is_the_old_claims_retraction_and_the_corrections_publication(
    partner, receiver, claim_in, editor, second_reviewer, django_capture_on_commit_callbacks
):
    published = claim_in("published")
    subscription = subscribe(partner, receiver.url())
    with django_capture_on_commit_callbacks(execute=True):
        correction = correct_claim(published, by=editor)
        correction = rewrite(correction, by=editor, low=13, best=13, high=13, reason="13, per the statement.")
        for action in ("submit", "verify"):
            transition_claim(correction, action, by=editor if action == "submit" else second_reviewer)
        services.publish_claim(correction, by=second_reviewer, rating="corroborated", note="Checked again.")
    sent = {
        (body["type"], body["data"]["id"]): body["data"]
        for body in map(json.loads, (r["body"] for r in receiver.received))
    }
    assert set(sent) == {("claim.retracted", published.pk), ("claim.published", correction.pk)}
    assert sent["claim.published", correction.pk]["corrects"] == published.pk
    assert sent["claim.retracted", published.pk]["retraction_reason"].startswith(
        f"Corrected by claim #{correction.pk}"
    )
    assert all(verified(r, subscription.secret) for r in receiver.received)


def test_nothing_unpublished_is_ever_sent(
    partner, receiver, claim_in, editor, reviewer, django_capture_on_commit_callbacks
):
    subscribe(partner, receiver.url())
    with django_capture_on_commit_callbacks(execute=True):
        for status in ("draft", "in_review", "verified", "rejected"):
            claim_in(status)
        draft = claim_in("draft")
        rewrite(draft, by=editor, low=3, best=3, high=3, reason="A draft's edit.")
        published = claim_in("published")
        correct_claim(published, by=editor)  # a draft correction: nothing yet
    assert [body["type"] for body in receiver.bodies()] == ["claim.published"]
    assert [body["data"]["id"] for body in receiver.bodies()] == [published.pk]
    assert WebhookEvent.objects.count() == 1


def test_events_go_only_to_the_kinds_subscribed_active_subscriptions_and_partners_with_a_valid_key(
    partner, receiver, claim_in, reviewer, django_capture_on_commit_callbacks
):
    retractions = subscribe(partner, receiver.url("/retractions"), events=["claim.retracted"])
    subscribe(partner, receiver.url("/paused"), active=False)
    revoked, _ = other_partner()
    PartnerKey.objects.filter(partner=revoked).update(revoked=True)
    subscribe(revoked, receiver.url("/revoked"))
    expired = Partner.objects.create(name="Expired")
    PartnerKey.objects.create_key(partner=expired, name="old", expiry_date=timezone.now() - timedelta(days=1))
    subscribe(expired, receiver.url("/expired"))
    with django_capture_on_commit_callbacks(execute=True):
        claim = claim_in("published")
        transition_claim(claim, "retract", by=reviewer, note="Withdrawn.")
    assert [(r["path"], json.loads(r["body"])["type"]) for r in receiver.received] == [
        ("/retractions", "claim.retracted")
    ]
    assert WebhookDelivery.objects.get().subscription == retractions


# --- Retries, timeouts, replays ---------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_failing_receiver_is_retried_with_backoff_then_the_delivery_fails(
    partner, receiver, claim_in, database_tasks, settings
):
    receiver.status = 500
    subscribe(partner, receiver.url())
    claim_in("published")
    run_worker()
    delivery = WebhookDelivery.objects.get()
    for tries, delay in enumerate(settings.WEBHOOK_RETRY_DELAYS, start=1):
        delivery.refresh_from_db()
        assert (delivery.state, delivery.tries) == (DeliveryState.RETRYING, tries)
        [queued] = DBTaskResult.objects.filter(status="READY")
        expected = timezone.now() + timedelta(seconds=delay)
        assert abs((queued.run_after - expected).total_seconds()) < 30  # 1 min, 5 min, 30 min, 2 h, 5 h
        assert abs((delivery.next_attempt_at - queued.run_after).total_seconds()) < 1
        run_worker()
        assert len(receiver.received) == tries  # not before its time
        DBTaskResult.objects.filter(pk=queued.pk).update(run_after=timezone.now())  # its time has come
        run_worker()
    delivery.refresh_from_db()
    assert (delivery.state, delivery.tries, delivery.next_attempt_at) == (DeliveryState.FAILED, 6, None)
    assert not DBTaskResult.objects.filter(status="READY").exists()
    attempts = list(delivery.attempts.all())
    assert len(attempts) == len(receiver.received) == 6
    assert {r["headers"]["webhook-id"] for r in receiver.received} == {delivery.message_id}  # one message
    first = attempts[0]
    assert first.status_code == 500 and first.error == "The receiver answered 500: only a 2xx is a success."
    assert len(first.response_excerpt) == webhooks.EXCERPT_CHARS and "\x00" not in first.response_excerpt


@pytest.mark.django_db(transaction=True)
def test_a_retry_that_succeeds_ends_the_schedule(partner, receiver, claim_in, database_tasks):
    receiver.status = 503
    subscribe(partner, receiver.url())
    claim_in("published")
    run_worker()
    receiver.status = 204
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    run_worker()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.tries) == (DeliveryState.SUCCEEDED, 2)
    assert [a.status_code for a in delivery.attempts.all()] == [503, 204]
    assert not DBTaskResult.objects.filter(status="READY").exists()


def test_a_receiver_that_does_not_answer_in_time_is_a_failed_attempt(
    partner, receiver, claim_in, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_TIMEOUT_SECONDS = 1
    receiver.delay = 3
    subscribe(partner, receiver.url())
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        claim_in("published")
    assert time.monotonic() - started < 2.8  # given up at the timeout, not when the receiver answered
    delivery = WebhookDelivery.objects.get()
    [attempt] = delivery.attempts.all()
    assert attempt.status_code is None and "No answer within 1 seconds" in attempt.error
    assert 900 <= attempt.duration_ms < 2500
    # The test suite's task backend cannot wait: the retry is left due, for a replay.
    assert delivery.state == DeliveryState.RETRYING and delivery.next_attempt_at > timezone.now()


def test_a_redirect_is_not_followed(partner, receiver, claim_in, django_capture_on_commit_callbacks):
    receiver.status = 307
    subscribe(partner, receiver.url())
    with django_capture_on_commit_callbacks(execute=True):
        claim_in("published")
    assert len(receiver.received) == 1
    assert WebhookAttempt.objects.get().status_code == 307


def test_a_partner_replays_its_delivery(api, partner, receiver, claim_in, django_capture_on_commit_callbacks):
    subscription = subscribe(partner, receiver.url())
    receiver.status = 500
    with django_capture_on_commit_callbacks(execute=True):
        claim_in("published")
    delivery = WebhookDelivery.objects.get()
    receiver.status = 200
    url = f"/api/v1/webhooks/{subscription.pk}/deliveries/{delivery.pk}/replay/"
    with django_capture_on_commit_callbacks(execute=True):
        answer = api.post(url)
    assert answer.status_code == 202 and answer.json()["id"] == delivery.pk
    first, again = receiver.received
    assert first["body"] == again["body"] and first["headers"]["webhook-id"] == again["headers"]["webhook-id"]
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.SUCCEEDED
    assert [(a.status_code, a.replay) for a in delivery.attempts.all()] == [(500, False), (200, True)]
    log = api.get(f"/api/v1/webhooks/{subscription.pk}/deliveries/").json()
    [shown] = log["results"]
    assert (shown["type"], shown["state"], shown["message_id"]) == (
        "claim.published",
        "succeeded",
        delivery.message_id,
    )
    assert [a["status_code"] for a in shown["attempts"]] == [500, 200]


# --- Addresses ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/hooks",
        "http://localhost/hooks",
        "http://10.1.2.3/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://a.localhost./",
    ],
)
def test_a_private_address_is_refused_at_subscription(api, settings, url):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    answer = api.post("/api/v1/webhooks/", {"url": url, "events": EVENTS}, content_type="application/json")
    assert answer.status_code == 400, answer.content
    assert "url" in answer.json()
    assert not WebhookSubscription.objects.exists()
    with pytest.raises(webhooks.WebhookUrlError, match="private, loopback or link-local"):
        webhooks.check_url(url)


@pytest.mark.parametrize(
    "url", ["ftp://example.org/", "example.org/hooks", "https://", "http://example.org:99999/", "x" * 3000]
)
def test_an_address_that_is_no_http_address_is_refused(api, url):
    answer = api.post("/api/v1/webhooks/", {"url": url, "events": EVENTS}, content_type="application/json")
    assert answer.status_code == 400 and "url" in answer.json()


def test_a_name_that_resolves_to_a_private_address_is_refused_when_sent(
    partner, receiver, claim_in, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    subscription = subscribe(partner, "http://hooks.example.org/in")
    monkeypatch.setattr(
        socket, "getaddrinfo", lambda *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", 80))]
    )
    with django_capture_on_commit_callbacks(execute=True):
        claim_in("published")
    [attempt] = WebhookAttempt.objects.filter(delivery__subscription=subscription)
    assert (
        attempt.status_code is None and "private, loopback or link-local address (10.0.0.7)" in attempt.error
    )
    assert receiver.received == []


def test_the_receivers_own_address_is_refused_when_private_addresses_are_not_allowed(
    partner, receiver, claim_in, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    subscribe(partner, receiver.url())  # (made before the setting, as an operator may turn it off later)
    with django_capture_on_commit_callbacks(execute=True):
        claim_in("published")
    assert receiver.received == []
    assert "127.0.0.1" in WebhookAttempt.objects.get().error


# --- The API: subscribing, and what one partner may do with another's -------------------------------------------


def test_a_partner_subscribes_lists_changes_and_deletes_its_subscriptions(api, partner):
    answer = api.post(
        "/api/v1/webhooks/",
        {"url": "https://hooks.example.org/claims", "events": ["claim.retracted", "claim.published"]},
        content_type="application/json",
    )
    assert answer.status_code == 201, answer.content
    created = answer.json()
    secret = created.pop("secret")
    assert secret.startswith("whsec_") and len(base64.b64decode(secret.removeprefix("whsec_"))) >= 24
    assert created["events"] == ["claim.published", "claim.retracted"] and created["active"] is True
    subscription = WebhookSubscription.objects.get()
    assert (subscription.partner, subscription.secret) == (partner, secret)
    detail = f"/api/v1/webhooks/{subscription.pk}/"
    assert "secret" not in api.get(detail).json()
    assert [s["id"] for s in api.get("/api/v1/webhooks/").json()["results"]] == [subscription.pk]
    changed = api.patch(
        detail, {"active": False, "events": ["claim.corrected"]}, content_type="application/json"
    )
    assert changed.status_code == 200 and changed.json()["events"] == ["claim.corrected"]
    subscription.refresh_from_db()
    assert (subscription.active, subscription.events) == (False, ["claim.corrected"])
    rotated = api.post(f"{detail}rotate-secret/").json()["secret"]
    subscription.refresh_from_db()
    assert rotated == subscription.secret != secret and subscription.previous_secret == secret
    assert api.delete(detail).status_code == 204
    assert not WebhookSubscription.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "https://example.org/h", "events": []}, "events"),
        ({"url": "https://example.org/h", "events": ["claim.deleted"]}, "events"),
        ({"url": "https://example.org/h", "events": ["claim.published", "claim.published"]}, "events"),
        ({"url": "https://example.org/h", "events": "claim.published"}, "events"),
        ({"events": EVENTS}, "url"),
        ({"url": 5, "events": EVENTS}, "url"),
        ({"url": "https://example.org/h", "events": EVENTS, "active": "maybe"}, "active"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(api, body, field):
    answer = api.post("/api/v1/webhooks/", body, content_type="application/json")
    assert answer.status_code == 400 and field in answer.json()
    assert api.post("/api/v1/webhooks/", "{not json", content_type="application/json").status_code == 400


def test_after_rotation_deliveries_carry_both_signatures_for_a_while(
    api, partner, receiver, claim_in, django_capture_on_commit_callbacks
):
    subscription = subscribe(partner, receiver.url())
    old = subscription.secret
    new = api.post(f"/api/v1/webhooks/{subscription.pk}/rotate-secret/").json()["secret"]
    with django_capture_on_commit_callbacks(execute=True):
        claim_in("published")
    [request] = receiver.received
    assert len(request["headers"]["webhook-signature"].split(" ")) == 2
    assert verified(request, old) == verified(request, new)
    WebhookSubscription.objects.update(previous_secret_until=timezone.now() - timedelta(seconds=1))
    with django_capture_on_commit_callbacks(execute=True):
        claim_in("published")
    assert len(receiver.received[1]["headers"]["webhook-signature"].split(" ")) == 1
    with pytest.raises(Exception, match="signature"):
        verified(receiver.received[1], old)


def test_another_partners_subscriptions_and_deliveries_answer_404(
    api, partner, receiver, claim_in, django_capture_on_commit_callbacks
):
    theirs_partner, their_key = other_partner()
    theirs = subscribe(theirs_partner, receiver.url("/theirs"))
    mine = subscribe(partner, receiver.url("/mine"))
    with django_capture_on_commit_callbacks(execute=True):
        claim_in("published")
    their_delivery = WebhookDelivery.objects.get(subscription=theirs)
    assert [s["id"] for s in api.get("/api/v1/webhooks/").json()["results"]] == [mine.pk]
    base = f"/api/v1/webhooks/{theirs.pk}/"
    for answer in (
        api.get(base),
        api.patch(base, {"url": "https://attacker.example.org/"}, content_type="application/json"),
        api.delete(base),
        api.post(f"{base}rotate-secret/"),
        api.get(f"{base}deliveries/"),
        api.post(f"{base}deliveries/{their_delivery.pk}/replay/"),
        # Their delivery through my subscription's address.
        api.post(f"/api/v1/webhooks/{mine.pk}/deliveries/{their_delivery.pk}/replay/"),
    ):
        assert answer.status_code == 404, answer.content
        assert "detail" in answer.json()
    theirs.refresh_from_db()
    assert theirs.url == receiver.url("/theirs") and theirs.secret != ""
    assert len(receiver.received) == 2  # nothing replayed
    their_view = api.get("/api/v1/webhooks/", HTTP_AUTHORIZATION=f"Api-Key {their_key}").json()
    assert [s["id"] for s in their_view["results"]] == [theirs.pk]


def test_only_a_partner_key_reaches_the_webhooks(api, admin_user):
    from django.test import Client

    staff = Client()
    assert staff.get("/api/v1/webhooks/").status_code == 401
    staff.force_login(admin_user)  # staff read the API, but subscriptions are a partner's
    answer = staff.get("/api/v1/webhooks/")
    assert answer.status_code == 403 and "API key" in answer.json()["detail"]
    assert api.put("/api/v1/webhooks/", {}, content_type="application/json").status_code == 405


# --- Query budgets ----------------------------------------------------------------------------------------------


def publish_counting(claim, by) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        transition_claim(claim, "publish", by=by, note="Checked.")
    return [q["sql"] for q in captured]


def test_the_write_path_costs_one_query_without_subscriptions_and_a_fixed_number_with_any(
    partner, claim_in, second_reviewer, receiver
):
    transition_claim(claim_in("verified"), "publish", by=second_reviewer)  # the permission caches are warm
    none = publish_counting(claim_in("verified"), second_reviewer)
    assert sum("claims_webhooksubscription" in sql for sql in none) == 1  # the only query webhooks add
    assert not any("claims_webhookevent" in sql for sql in none)
    subscribe(partner, receiver.url())
    one = publish_counting(claim_in("verified"), second_reviewer)
    for n in range(10):
        subscribe(Partner.objects.create(name=f"P{n}"), receiver.url(f"/{n}"))
        PartnerKey.objects.create_key(partner=Partner.objects.get(name=f"P{n}"), name="k")
    many = publish_counting(claim_in("verified"), second_reviewer)
    added = [sql for sql in one if sql not in none]
    # With subscriptions: the subscriptions (already counted), the claims' latest feed entries, the claims'
    # partner JSON (their documents, stored a moment before), the events (one statement), their deliveries.
    assert len(one) == len(none) + 4, "\n".join(added)
    assert len(many) == len(one)
    assert WebhookDelivery.objects.count() == 1 + 11


def test_publishing_many_claims_costs_the_same_webhook_queries_as_publishing_two(
    partner, claim_in, second_reviewer, receiver
):
    claims = [claim_in("verified") for _ in range(17)]
    transition_claims(claims[:1], "publish", by=second_reviewer)  # the permission caches are warm

    def counted(batch):
        with CaptureQueriesContext(connection) as captured:
            transition_claims(batch, "publish", by=second_reviewer)
        return len(captured)

    without = counted(claims[1:3]), counted(claims[3:9])
    for n in range(3):
        subscribe(partner, receiver.url(f"/{n}"))
    with_three = counted(claims[9:11]), counted(claims[11:17])
    # The same four queries for 2 claims and for 6, as in test_the_write_path_costs_one_query_...
    assert [w - n for w, n in zip(with_three, without, strict=True)] == [4, 4]
    assert WebhookEvent.objects.filter(type="claim.published").count() == 8
    assert WebhookDelivery.objects.count() == 8 * 3


def test_the_webhook_lists_cost_a_fixed_number_of_queries(
    api, partner, receiver, claim_in, django_assert_num_queries
):
    subscriptions = [subscribe(partner, receiver.url(f"/{n}")) for n in range(2)]
    # 1 the key, 2 the page of subscriptions.
    with django_assert_num_queries(2):
        assert len(api.get("/api/v1/webhooks/").json()["results"]) == 2
    subscriptions += [subscribe(partner, receiver.url(f"/{n}")) for n in range(2, 12)]
    with django_assert_num_queries(2):
        assert len(api.get("/api/v1/webhooks/").json()["results"]) == 12
    mine = subscriptions[0]
    claim_in("published")  # (no worker runs: the deliveries stay pending)
    # 1 the key, 2 the subscription, 3 the page of deliveries with their events, 4 their attempts.
    with django_assert_num_queries(4):
        assert len(api.get(f"/api/v1/webhooks/{mine.pk}/deliveries/").json()["results"]) == 1
    for _ in range(5):
        claim_in("published")
    with django_assert_num_queries(4):
        assert len(api.get(f"/api/v1/webhooks/{mine.pk}/deliveries/?page_size=3").json()["results"]) == 3
    with django_assert_num_queries(4):
        assert len(api.get(f"/api/v1/webhooks/{mine.pk}/deliveries/").json()["results"]) == 6


# --- The admin ----------------------------------------------------------------------------------------------


def test_staff_with_the_permission_subscribe_a_partner_and_see_the_secret_once(admin_client, partner):
    add = reverse("admin:claims_webhooksubscription_add")
    answer = admin_client.post(
        add,
        {
            "partner": partner.pk,
            "url": "https://hooks.example.org/in",
            "events": ["claim.published"],
            "active": "on",
        },
        follow=True,
    )
    subscription = WebhookSubscription.objects.get()
    assert subscription.secret.startswith("whsec_") and subscription.secret in answer.content.decode()
    page = admin_client.get(
        reverse("admin:claims_webhooksubscription_change", args=[subscription.pk])
    ).content.decode()
    assert subscription.secret not in page


def test_the_admin_refuses_a_private_address_on_the_field(admin_client, partner, settings):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    answer = admin_client.post(
        reverse("admin:claims_webhooksubscription_add"),
        {"partner": partner.pk, "url": "http://169.254.169.254/", "events": ["claim.published"]},
    )
    assert answer.status_code == 200
    assert "private, loopback or link-local" in str(answer.context["adminform"].form.errors["url"])
    assert not WebhookSubscription.objects.exists()


def test_editors_without_the_permission_cannot_subscribe_read_or_replay(
    editor_client, partner, receiver, claim_in, django_capture_on_commit_callbacks
):
    subscription = subscribe(partner, receiver.url())
    with django_capture_on_commit_callbacks(execute=True):
        claim_in("published")
    delivery = WebhookDelivery.objects.get()
    add = editor_client.post(
        reverse("admin:claims_webhooksubscription_add"),
        {"partner": partner.pk, "url": "https://attacker.example.org/", "events": EVENTS},
    )
    assert add.status_code == 403
    changelist = reverse("admin:claims_webhookdelivery_changelist")
    with django_capture_on_commit_callbacks(execute=True):
        forged = editor_client.post(
            changelist, {"action": "replay_deliveries", "_selected_action": [delivery.pk]}
        )
    assert forged.status_code == 403
    assert len(receiver.received) == 1 and WebhookSubscription.objects.get() == subscription


def test_a_staff_member_who_may_only_view_deliveries_cannot_replay_them(
    client, django_user_model, partner, receiver, claim_in, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user("viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_webhookdelivery"))
    client.force_login(viewer)
    subscribe(partner, receiver.url())
    with django_capture_on_commit_callbacks(execute=True):
        claim_in("published")
    delivery = WebhookDelivery.objects.get()
    changelist = reverse("admin:claims_webhookdelivery_changelist")
    assert client.get(changelist).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        client.post(changelist, {"action": "replay_deliveries", "_selected_action": [delivery.pk]})
    assert len(receiver.received) == 1 and delivery.attempts.count() == 1


def test_an_editor_with_the_permission_replays_a_delivery_from_the_admin(
    admin_client, partner, receiver, claim_in, django_capture_on_commit_callbacks
):
    subscription = subscribe(partner, receiver.url())
    with django_capture_on_commit_callbacks(execute=True):
        claim_in("published")
    delivery = WebhookDelivery.objects.get()
    page = admin_client.get(
        reverse("admin:claims_webhooksubscription_change", args=[subscription.pk])
    ).content.decode()
    assert f"?subscription__id__exact={subscription.pk}" in page and "claim.published" in page
    changelist = reverse("admin:claims_webhookdelivery_changelist")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(changelist, {"action": "replay_deliveries", "_selected_action": [delivery.pk]})
    assert len(receiver.received) == 2
    assert [a.replay for a in delivery.attempts.all()] == [False, True]
    detail = admin_client.get(
        reverse("admin:claims_webhookdelivery_change", args=[delivery.pk])
    ).content.decode()
    assert "thanks" in detail and "claim.published" in detail


def test_the_admin_lists_cost_a_fixed_number_of_queries(admin_client, partner, receiver, claim_in):
    def count(url) -> int:
        admin_client.get(url)  # warm
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get(url).status_code == 200
        return len(captured)

    subscriptions = reverse("admin:claims_webhooksubscription_changelist")
    deliveries = reverse("admin:claims_webhookdelivery_changelist")
    subscription = subscribe(partner, receiver.url())
    change = reverse("admin:claims_webhooksubscription_change", args=[subscription.pk])
    claim_in("published")
    few = (count(subscriptions), count(deliveries), count(change))
    for n in range(8):
        subscribe(partner, receiver.url(f"/{n}"))
        claim_in("published")
    assert (count(subscriptions), count(deliveries), count(change)) == few

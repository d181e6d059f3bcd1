"""Webhooks (issue 18): tests from a hostile review of the partner features, which failed on the code as reviewed
and now hold. Each docstring says what the review found; the test states the behaviour that stands now."""

import contextlib
import json
import socket
from datetime import timedelta

import httpcore
import pytest
from django.urls import reverse

from claims.models import WebhookAttempt, WebhookDelivery
from claims.services import transition_claim
from tests.test_webhooks import EVENTS, Receiver, subscribe

pytestmark = pytest.mark.django_db


@pytest.fixture
def receiver(settings):
    """A webhook receiver on 127.0.0.1 (tests/test_webhooks.py's), recording every POST."""
    settings.WEBHOOK_BASE_URL = "http://testserver"
    running = Receiver()
    running.thread.start()
    yield running
    running.httpd.shutdown()
    running.httpd.server_close()


@pytest.fixture
def partner(api_key):
    from claims.models import PartnerKey

    return PartnerKey.objects.get_from_key(api_key).partner


@pytest.fixture(autouse=True)
def no_internet(monkeypatch):
    """Refuse any connection the sender opens to an address off this machine: the fakes below make names resolve
    to a public address, and nothing in the suite may reach the internet."""
    connect = httpcore.SyncBackend.connect_tcp

    def loopback_only(self, host, port, *args, **kwargs):
        if host not in ("127.0.0.1", "::1", "localhost"):
            raise httpcore.ConnectError(f"no network in the tests ({host})")
        return connect(self, host, port, *args, **kwargs)

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", loopback_only)


REAL_GETADDRINFO = socket.getaddrinfo
PUBLIC = "93.184.216.34"  # an address on the internet (never connected to: the tests refuse the connection)


def fake_dns(monkeypatch, answers):
    """Make getaddrinfo answer `answers(name, call_number)` (an IPv4 address) for names it lists, as a resolver
    under an attacker's control would; every other name resolves as usual. Python's socket module encodes a
    non-ASCII name with its "idna" codec before resolving it, as the real getaddrinfo does."""
    calls: dict[str, int] = {}

    def getaddrinfo(host, port, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else host
        if any(ord(c) > 127 for c in name):
            name = name.encode("idna").decode()
        address = answers(name, calls.get(name, 0))
        calls[name] = calls.get(name, 0) + 1
        if address is None:
            return REAL_GETADDRINFO(host, port, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(port or 80)))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return calls


# --- Addresses: what is checked is what is connected to, and partners learn nothing of the internal network ----------


def test_a_name_rebound_to_loopback_after_the_check_is_never_posted_to(
    partner, receiver, claim_in, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """DNS rebinding: refuse_private_host() resolves the name and checks it, then httpx resolves it again to
    connect. A name whose first answer is public and whose second is 127.0.0.1 gets the signed POST, body and all,
    delivered to the loopback service; refuse_private_peer() only notices once the receiver has answered, after
    the request was sent. The connection must go to the address that was checked."""
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    port = receiver.httpd.server_address[1]
    calls = fake_dns(
        monkeypatch,
        lambda name, n: (PUBLIC if n == 0 else "127.0.0.1") if name == "rebind.example.org" else None,
    )
    # The connection the sender opens is recorded and refused here: nothing in the suite reaches the internet.
    connected: list[str] = []

    def connect_tcp(self, host, port, *args, **kwargs):
        connected.append(host)
        raise httpcore.ConnectError(f"no network in the tests ({host})")

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", connect_tcp)
    subscribe(partner, f"http://rebind.example.org:{port}/internal-admin/reset")
    with django_capture_on_commit_callbacks(execute=True):
        claim_in("published")
    assert calls["rebind.example.org"] == 1  # checked once...
    assert connected == [PUBLIC]  # ...and connected to the address checked
    [attempt] = WebhookAttempt.objects.all()
    assert not attempt.succeeded
    assert receiver.received == [], "the POST reached the loopback service before the peer was checked"


def test_an_international_name_is_checked_as_the_same_name_that_is_connected_to(
    admin_client, partner, receiver, claim_in, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """The check resolves the host through Python's socket module, whose "idna" codec is IDNA 2003 (it maps
    "straße" to "strasse"); httpx connects to the host encoded with IDNA 2008 ("xn--strae-oqa"). They are two
    different DNS names: whoever controls the second points it at a private address while the first stays
    public. The admin's form accepts such an address (the API's pattern refuses non-ASCII hosts)."""
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    port = receiver.httpd.server_address[1]
    fake_dns(
        monkeypatch,
        lambda name, n: {"strasse.example.org": PUBLIC, "xn--strae-oqa.example.org": "127.0.0.1"}.get(name),
    )
    answer = admin_client.post(
        reverse("admin:claims_webhooksubscription_add"),
        {
            "partner": partner.pk,
            "url": f"http://straße.example.org:{port}/in",
            "events": EVENTS,
            "active": "on",
        },
    )
    assert answer.status_code == 302, answer.content  # accepted
    with django_capture_on_commit_callbacks(execute=True):
        claim_in("published")
    assert receiver.received == [], "the POST went to 127.0.0.1 through the name the check never resolved"


def test_the_delivery_log_does_not_tell_a_partner_what_internal_names_resolve_to(
    api, partner, claim_in, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """A partner may subscribe any name; when it resolves to a private address the attempt's error, which the
    partner reads over the API, quotes the private address. Subscribing db.corp.internal, vault.corp.internal...
    maps the server's internal network and DNS for an outsider. The partner should learn that the address was
    refused, not the server's internal addresses."""
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    fake_dns(monkeypatch, lambda name, n: "10.20.30.40" if name == "db.corp.internal" else None)
    made = api.post(
        "/api/v1/webhooks/",
        {"url": "http://db.corp.internal/", "events": ["claim.published"]},
        content_type="application/json",
    )
    assert made.status_code == 201, made.content  # a name: accepted, checked when sent
    with django_capture_on_commit_callbacks(execute=True):
        claim_in("published")
    log = api.get(f"/api/v1/webhooks/{made.json()['id']}/deliveries/")
    assert log.status_code == 200
    assert "10.20.30.40" not in log.content.decode(), log.json()["results"][0]["attempts"][0]["error"]


# --- Events and replays ----------------------------------------------------------------------------------------------


def test_claim_corrected_is_sent_only_when_the_claims_json_changed(
    api, partner, receiver, claim_in, reviewer, second_reviewer, django_capture_on_commit_callbacks
):
    """docs/api.md: claim.corrected is sent when "a published claim's JSON changed while it stays published".
    Retracting the claim another one supersedes sends the superseding claim a claim.corrected whose data is
    byte for byte the JSON it already had (`supersedes` still names the retracted claim, as it may): an event
    about nothing, which a receiver acting on corrections (re-checking, notifying its readers) acts on."""
    subscribe(partner, receiver.url())
    older = claim_in("verified")
    newer = claim_in("published", supersedes=older, originator=older.originator, conflict=older.conflict)
    transition_claim(older, "publish", by=second_reviewer, note="Checked.")
    before = api.get(f"/api/v1/claims/{newer.pk}/").json()
    start = len(receiver.received)
    with django_capture_on_commit_callbacks(execute=True):
        transition_claim(older, "retract", by=reviewer, note="Withdrawn by the ministry.")
    assert api.get(f"/api/v1/claims/{newer.pk}/").json() == before  # the newer claim's JSON is unchanged
    sent = [json.loads(r["body"]) for r in receiver.received[start:]]
    assert [(b["type"], b["data"]["id"]) for b in sent] == [("claim.retracted", older.pk)], [
        (b["type"], b["data"]["id"], b["data"] == before) for b in sent
    ]


def test_a_replay_does_not_send_a_retracted_claims_full_json(
    api, partner, receiver, claim_in, reviewer, django_capture_on_commit_callbacks
):
    """A claim.published delivery keeps the claim's JSON as it was when published. After the claim is retracted
    (its figure withdrawn), the partner replays that delivery, as often as it likes, and is POSTed the retracted
    claim's full JSON: figure, chain, sources. A partner whose receiver was down (or answered 500 on purpose) never
    had it, and gets it after the retraction. Partners never see an unpublished claim: a replay of an event about a
    claim no longer published must not carry its JSON."""
    receiver.status = 500
    subscription = subscribe(partner, receiver.url(), events=["claim.published"])
    with django_capture_on_commit_callbacks(execute=True):
        claim = claim_in("published")
    delivery = WebhookDelivery.objects.get()
    transition_claim(claim, "retract", by=reviewer, note="Withdrawn: the figure was fabricated.")
    assert api.get(f"/api/v1/claims/{claim.pk}/").status_code == 410  # the API shows only its tombstone
    receiver.status = 200
    with django_capture_on_commit_callbacks(execute=True):
        answer = api.post(f"/api/v1/webhooks/{subscription.pk}/deliveries/{delivery.pk}/replay/")
    sent = json.loads(receiver.received[-1]["body"]) if answer.status_code == 202 else {"data": {}}
    assert "chain" not in sent["data"] and "best" not in json.dumps(sent["data"]), (
        "the retracted claim's full JSON was sent after its retraction"
    )


@pytest.mark.django_db(transaction=True)
def test_replaying_a_delivery_again_and_again_does_not_multiply_posts_nor_skip_the_retry_schedule(
    api, partner, receiver, claim_in, database_tasks
):
    """replay() only leaves alone a delivery being sent at this moment: one still pending from the previous replay
    is reset and queued again, so each POST queues one more task. The worker then takes them one after the other
    (a "retrying" delivery is takeable), and a receiver that fails is POSTed back to back, once per replay, instead
    of once and then on the 1 minute / 5 minutes... schedule. A partner turns its key's request budget into as
    many outgoing POSTs, to any public address it names."""
    from django_tasks_db.models import DBTaskResult

    from tests.capture_server import run_worker

    receiver.status = 500
    subscription = subscribe(partner, receiver.url(), events=["claim.published"])
    claim_in("published")
    run_worker()  # the first attempt fails; its retry waits a minute
    assert len(receiver.received) == 1
    delivery = WebhookDelivery.objects.get()
    url = f"/api/v1/webhooks/{subscription.pk}/deliveries/{delivery.pk}/replay/"
    before = DBTaskResult.objects.filter(status="READY").count()  # the retry, due in a minute
    answers = [api.post(url).status_code for _ in range(10)]
    assert answers == [202] * 10
    queued = DBTaskResult.objects.filter(status="READY").count() - before
    run_worker()
    sent = len(receiver.received) - 1
    assert (queued, sent) == (1, 1), (
        f"{queued} tasks queued and {sent} POSTs sent back to back for one delivery"
    )


def test_a_delivery_whose_worker_died_while_sending_can_be_replayed(
    api, partner, receiver, claim_in, monkeypatch, django_capture_on_commit_callbacks
):
    """deliver_webhook() moves a delivery to "sending" before the POST and out of it after. A worker killed in
    between (a deploy, the OOM killer, up to WEBHOOK_TIMEOUT_SECONDS a delivery) leaves it "sending" for ever:
    nothing retries it, and every replay, by the partner or by staff, is refused with 409 "being sent at this
    moment", though nothing is."""
    from claims import webhooks

    subscription = subscribe(partner, receiver.url())

    def killed(delivery):
        raise SystemExit("the worker was stopped mid-POST")

    monkeypatch.setattr(webhooks, "send", killed)
    # (The worker's task is lost with it.)
    with django_capture_on_commit_callbacks(execute=True), contextlib.suppress(SystemExit):
        claim_in("published")
    monkeypatch.undo()
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == "sending"
    url = f"/api/v1/webhooks/{subscription.pk}/deliveries/{delivery.pk}/replay/"
    assert api.post(url).status_code == 409  # a worker may still be sending it, for a while
    # Longer than any POST may take (WEBHOOK_TIMEOUT_SECONDS) passes: nothing can be sending it any more.
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        state_changed_at=webhooks.lost_since() - timedelta(1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        answer = api.post(url)
    assert answer.status_code == 202, answer.json()


def test_message_ids_do_not_count_other_partners_subscriptions(
    api, partner, receiver, claim_in, django_capture_on_commit_callbacks
):
    """webhook-id is msg_<delivery id>, a sequence shared by every partner, and a write inserts one delivery per
    subscription in a row: the gap between the ids of two consecutive events a partner receives is the number of
    subscriptions other partners hold for that kind of event. Partners must not learn of each other's
    subscriptions."""
    from claims.models import Partner, PartnerKey

    subscribe(partner, receiver.url("/mine"), events=["claim.published"])

    def gap() -> int | None:
        start = len(receiver.received)
        with django_capture_on_commit_callbacks(execute=True):
            claim_in("published")
            claim_in("published")
        mine = [r for r in receiver.received[start:] if r["path"] == "/mine"]
        first, second = (r["headers"]["webhook-id"].removeprefix("msg_") for r in mine)
        assert first != second
        if not (first.isdigit() and second.isdigit()):
            return None  # opaque ids: there is nothing to count
        return int(second) - int(first)

    alone = gap()
    rival = Partner.objects.create(name="Rival Newsroom")
    PartnerKey.objects.create_key(partner=rival, name="theirs")
    for n in range(3):
        subscribe(rival, receiver.url(f"/rival-{n}"), events=["claim.published"])
    assert gap() == alone, "the gap between my message ids counts the rival's subscriptions"


# --- The API's bad input ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["post", "patch"])
def test_deeply_nested_json_is_a_400_not_a_500(api, partner, method):
    """The webhooks are the partner API's first endpoints that read a body. DRF's JSONParser catches ValueError
    only: a body of 100,000 nested arrays (200 kB, far under DATA_UPLOAD_MAX_MEMORY_SIZE) raises RecursionError in
    json.loads, an internal server error with a traceback in the log, on every POST and PATCH, from any key."""
    subscription = subscribe(partner, "https://hooks.example.org/in")
    api.raise_request_exception = False
    url = "/api/v1/webhooks/" if method == "post" else f"/api/v1/webhooks/{subscription.pk}/"
    body = '{"url": "https://hooks.example.org/in", "events": ' + "[" * 100_000 + "]" * 100_000 + "}"
    answer = getattr(api, method)(url, body, content_type="application/json")
    assert answer.status_code == 400, answer.status_code
    assert "detail" in answer.json()


def test_an_oversized_body_is_refused_in_json(api, partner, settings):
    """The API answers bad input with a JSON message (RefuseNulBytes does, for /api/). A subscription body over
    DATA_UPLOAD_MAX_MEMORY_SIZE is answered by handler400 in text/plain, about "the form sent" and a source's
    text: a client parsing the API's errors as JSON fails on it."""
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000
    body = json.dumps({"url": "https://hooks.example.org/in", "events": EVENTS, "note": "x" * 200_000})
    answer = api.post("/api/v1/webhooks/", body, content_type="application/json")
    assert answer.status_code == 413
    assert answer["Content-Type"].startswith("application/json"), answer["Content-Type"]


def test_the_delivery_log_refuses_a_filter_it_does_not_have(api, partner, claim_in):
    """Every other list answers an unknown parameter with a 400 naming it (the releases list too). The webhook lists
    ignore them: ?state=failed answers every delivery, succeeded ones included, and a partner replaying "the failed
    ones" from that answer replays them all."""
    subscription = subscribe(partner, "https://hooks.example.org/in")
    claim_in("published")
    for url in (
        f"/api/v1/webhooks/{subscription.pk}/deliveries/?state=failed",
        "/api/v1/webhooks/?active=false",
    ):
        answer = api.get(url)
        assert answer.status_code == 400, (url, answer.status_code)


# --- The admin -------------------------------------------------------------------------------------------------------


def test_staff_who_may_only_view_subscriptions_cannot_recover_their_signing_secrets(
    client, django_user_model, partner
):
    """A subscription's secret is "shown this once" and never on its page. But the subscription changelist accepts
    any lookup on the model's own fields in its query string (Django's lookup_allowed() allows every local field),
    `secret` included: ?secret__regex=^whsec_[...] is an oracle. A staff member with nothing but the view permission
    reads every partner's secret in a few hundred GETs, then signs forged deliveries that partners verify."""
    import re
    from urllib.parse import urlencode

    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user("viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_webhooksubscription"))
    client.force_login(viewer)
    subscription = subscribe(partner, "https://hooks.example.org/in")
    changelist = reverse("admin:claims_webhooksubscription_changelist")

    class Refused(Exception):
        pass

    def matches(pattern: str) -> bool:
        answer = client.get(f"{changelist}?{urlencode({'secret__regex': pattern})}")
        if answer.status_code == 400:  # the lookup is refused: there is no oracle to ask
            raise Refused
        assert answer.status_code == 200, answer.status_code
        return answer.context["cl"].result_count == 1

    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
    recovered = "whsec_"
    with contextlib.suppress(Refused):
        while not matches("^" + re.escape(recovered) + "$"):
            candidates = alphabet
            while len(candidates) > 1:  # a binary search: about 6 requests a character
                half = candidates[: len(candidates) // 2]
                inside = "".join("\\" + c if c in "+/" else c for c in half)
                candidates = (
                    half if matches("^" + re.escape(recovered) + f"[{inside}]") else candidates[len(half) :]
                )
            recovered += candidates
            assert len(recovered) <= len(subscription.secret)
    assert recovered != subscription.secret, "a view-only staff member read the partner's signing secret"


def test_a_forged_partner_id_on_the_subscription_form_is_a_form_error_not_a_500(admin_client, partner):
    """Every other admin form with autocomplete fields uses SafeAutocompleteMixin (claims/admin/common.py), so a
    forged id is a form error. WebhookSubscriptionAdmin's `partner` is a plain autocomplete: an id beyond the
    integer range fails validation, then the widget looks it up to draw the form again, and SQLite raises
    OverflowError: a 500 with a traceback. (SQLite only: PostgreSQL's backend answers the lookup with nothing.)"""
    admin_client.raise_request_exception = False
    answer = admin_client.post(
        reverse("admin:claims_webhooksubscription_add"),
        {"partner": "99999999999999999999999", "url": "https://hooks.example.org/in", "events": EVENTS},
    )
    assert answer.status_code == 200, answer.status_code
    assert "partner" in answer.context["adminform"].form.errors

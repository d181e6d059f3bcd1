"""verify_webhook against the Standard Webhooks specification: the reference libraries' published vector, and
vectors computed here with hmac and base64 directly (not with the client's own signing code)."""

import base64
import hashlib
import hmac
import json
import time

import pytest
from casualty_client import WebhookVerificationError, sign_webhook, verify_webhook

# The vector of standard-webhooks/standard-webhooks, libraries/python/tests/test_webhooks.py (test_sign_function),
# which every reference library signs the same way.
SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
SPEC_TIMESTAMP = 1614265330
SPEC_BODY = '{"test": 2432232314}'
SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

NOW = 1_800_000_000
KEY = bytes(range(32))  # a 32-byte secret, as a server would draw at random
SECRET = "whsec_" + base64.b64encode(KEY).decode()
BODY = json.dumps(
    {"type": "claim.published", "data": {"id": 12, "phrase": "≈ 70 tués"}}, ensure_ascii=False
).encode()


def signature(key: bytes, msg_id: str, timestamp: int, body: bytes) -> str:
    """The specification's v1 signature, written out from its text."""
    signed = msg_id.encode() + b"." + str(timestamp).encode() + b"." + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def headers(msg_id: str = "msg_1", timestamp: int = NOW, body: bytes = BODY, key: bytes = KEY) -> dict:
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature(key, msg_id, timestamp, body),
    }


def test_the_specifications_published_vector_verifies():
    sent = {
        "webhook-id": SPEC_ID,
        "webhook-timestamp": str(SPEC_TIMESTAMP),
        "webhook-signature": SPEC_SIGNATURE,
    }
    assert verify_webhook(SPEC_SECRET, sent, SPEC_BODY, now=SPEC_TIMESTAMP) == {"test": 2432232314}
    assert verify_webhook(SPEC_SECRET, sent, SPEC_BODY.encode(), now=SPEC_TIMESTAMP + 300) == {
        "test": 2432232314
    }
    # The reference libraries also take the secret without its prefix.
    assert verify_webhook(SPEC_SECRET.removeprefix("whsec_"), sent, SPEC_BODY, now=SPEC_TIMESTAMP)


def test_sign_webhook_reproduces_the_published_signature():
    assert sign_webhook(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY) == SPEC_SIGNATURE


def test_a_computed_vector_verifies_with_headers_in_any_case():
    sent = {name.title(): value for name, value in headers().items()}  # Webhook-Id, as frameworks spell them
    assert verify_webhook(SECRET, sent, BODY, now=NOW) == json.loads(BODY)


def test_any_one_matching_signature_of_several_is_enough():
    """While the sender rotates its secret it signs with the old and the new one, and may add signatures of
    other schemes (v1a); any v1 that matches is enough, and entries this verifier cannot read are skipped."""
    sent = headers()
    old = signature(b"an older secret of 24 bytes", "msg_1", NOW, BODY)
    sent["webhook-signature"] = f"v1a,c2lnbmVk {old} garbage v1,not*base64 {sent['webhook-signature']}"
    assert verify_webhook(SECRET, sent, BODY, now=NOW)["data"]["id"] == 12


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda h, b: (h, b.replace(b"12", b"13")), id="body altered"),
        pytest.param(lambda h, b: (h, b + b" "), id="body re-serialised with a space"),
        pytest.param(lambda h, b: ({**h, "webhook-id": "msg_2"}, b), id="id changed"),
        pytest.param(lambda h, b: ({**h, "webhook-timestamp": str(NOW - 1)}, b), id="timestamp changed"),
        pytest.param(
            lambda h, b: ({**h, "webhook-signature": h["webhook-signature"][3:]}, b), id="no version"
        ),
        pytest.param(
            lambda h, b: ({**h, "webhook-signature": "v2" + h["webhook-signature"][2:]}, b),
            id="other version",
        ),
        pytest.param(lambda h, b: (headers(key=b"another secret entirely!"), b), id="other secret"),
    ],
)
def test_anything_changed_is_refused(change):
    sent, body = change(headers(), BODY)
    with pytest.raises(WebhookVerificationError):
        verify_webhook(SECRET, sent, body, now=NOW)


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_a_missing_header_is_refused(missing):
    sent = headers()
    del sent[missing]
    with pytest.raises(WebhookVerificationError, match="Missing header"):
        verify_webhook(SECRET, sent, BODY, now=NOW)


@pytest.mark.parametrize("offset", [-300, 300, 0])
def test_a_timestamp_within_five_minutes_is_accepted(offset):
    assert verify_webhook(SECRET, headers(timestamp=NOW + offset), BODY, now=NOW)


@pytest.mark.parametrize("offset", [-301, 301, -86_400])
def test_a_timestamp_more_than_five_minutes_off_is_refused_even_well_signed(offset):
    with pytest.raises(WebhookVerificationError, match="from now"):
        verify_webhook(SECRET, headers(timestamp=NOW + offset), BODY, now=NOW)


@pytest.mark.parametrize("timestamp", ["1800000000.5", "-5", "", "soon", "１８００"])
def test_a_timestamp_that_is_not_unix_seconds_is_refused(timestamp):
    sent = headers()
    sent["webhook-timestamp"] = timestamp
    with pytest.raises(WebhookVerificationError):
        verify_webhook(SECRET, sent, BODY, now=NOW)


def test_the_clock_is_used_when_now_is_not_given():
    current = int(time.time())
    assert verify_webhook(SECRET, headers(timestamp=current), BODY)
    with pytest.raises(WebhookVerificationError, match="from now"):
        verify_webhook(SECRET, headers(timestamp=current - 3600), BODY)


@pytest.mark.parametrize("secret", ["whsec_", "whsec_not base64!", ""])
def test_a_secret_that_is_not_base64_is_a_programming_error(secret):
    with pytest.raises(ValueError):
        verify_webhook(secret, headers(), BODY, now=NOW)

"""Checking that a webhook really comes from the tracker, as the Standard Webhooks specification defines it
(https://www.standardwebhooks.com, "Verifying webhook authenticity").

A delivery carries three headers: `webhook-id` (the message's id, the same on every retry), `webhook-timestamp`
(Unix seconds of this attempt) and `webhook-signature` (space-separated `v1,<base64>` signatures, several while
the sender rotates its secret). Each v1 signature is the HMAC-SHA256 of `{id}.{timestamp}.{body}`, keyed with the
bytes that the secret's base64 encodes after its `whsec_` prefix. Signing the id and the time with the body, and
refusing times far from now, keeps an attacker from replaying an old delivery or grafting a body onto another's
headers.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from typing import Any

from .errors import WebhookVerificationError

SECRET_PREFIX = "whsec_"
# The specification's tolerance, and its reference libraries': a clock five minutes off still verifies.
TOLERANCE_SECONDS = 5 * 60


def secret_key(secret: str | bytes) -> bytes:
    """Return the HMAC key of a `whsec_...` secret: its base64 part, decoded.

    Raw bytes are taken as the key itself. Padding is optional, as the reference libraries allow, since
    secrets are often copied without their trailing `=`.
    """
    if isinstance(secret, bytes):
        key = secret
    else:
        encoded = secret.strip().removeprefix(SECRET_PREFIX)
        try:
            key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
        except binascii.Error as exc:
            raise ValueError("A webhook secret is `whsec_` followed by base64.") from exc
    if not key:
        raise ValueError("The webhook secret is empty.")
    return key


def sign_webhook(secret: str | bytes, msg_id: str, timestamp: int, body: bytes | str) -> str:
    """Return the `v1,<base64>` signature of a delivery: for testing your own endpoint with made-up deliveries."""
    return "v1," + base64.b64encode(_digest(secret_key(secret), msg_id, str(timestamp), body)).decode("ascii")


def _digest(key: bytes, msg_id: str, timestamp: str, body: bytes | str) -> bytes:
    payload = body.encode("utf-8") if isinstance(body, str) else body
    signed = f"{msg_id}.{timestamp}.".encode() + payload
    return hmac.new(key, signed, hashlib.sha256).digest()


def verify_webhook(
    secret: str | bytes,
    headers: Mapping[str, str],
    body: bytes | str,
    *,
    tolerance: float = TOLERANCE_SECONDS,
    now: float | None = None,
) -> Any:
    """Check a delivery and return its body as JSON (a dict for the tracker's events); raise
    WebhookVerificationError if it cannot be trusted.

    Pass the body exactly as received (the request's raw bytes): JSON parsed and written out again differs by a
    space or an escape, and its signature no longer matches. `headers` may be any mapping (a dict, Django's
    request.headers, httpx's or Flask's); names are matched without regard to case. `now` (Unix seconds)
    defaults to the clock; it is there to check recorded deliveries.
    """
    key = secret_key(secret)
    lowered = {name.lower(): value for name, value in headers.items()}
    msg_id = lowered.get("webhook-id")
    timestamp = lowered.get("webhook-timestamp")
    signatures = lowered.get("webhook-signature")
    if not (msg_id and timestamp and signatures):
        raise WebhookVerificationError(
            "Missing header: a delivery has webhook-id, webhook-timestamp and webhook-signature."
        )
    timestamp = timestamp.strip()
    if not (timestamp.isascii() and timestamp.isdigit()):
        raise WebhookVerificationError(f"webhook-timestamp is not Unix seconds: {timestamp[:40]!r}.")
    now = time.time() if now is None else now
    if abs(now - int(timestamp)) > tolerance:
        # Refused before the signature is checked: a replayed delivery is refused whatever it carries.
        raise WebhookVerificationError(
            f"webhook-timestamp is {int(now - int(timestamp))} s from now, more than the {tolerance:g} s allowed."
        )
    expected = _digest(key, msg_id, timestamp, body)
    for versioned in signatures.split():
        version, _, encoded = versioned.partition(",")
        if version != "v1":  # v1a (asymmetric) and versions yet to come are for other verifiers
            continue
        try:
            given = base64.b64decode(encoded, validate=True)
        except binascii.Error:
            continue
        if hmac.compare_digest(expected, given):  # constant time: no signing oracle by timing
            return json.loads(body)
    raise WebhookVerificationError("No signature matches this secret: the delivery is forged or altered.")

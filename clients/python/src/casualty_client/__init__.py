"""Python client for the casualty-figure provenance tracker's partner API.

from casualty_client import Client

with Client("https://tracker.example.org", key) as api:
    for claim in api.claims(conflict="nagorno-karabakh-2020", metric="killed"):
        ...
    api.sync("tracker.sqlite3")
"""

from .client import Client, __version__
from .errors import (
    APIError,
    AuthenticationFailed,
    BadRequest,
    ClientError,
    ConnectionFailed,
    DeprecatedEndpoint,
    NotFound,
    PermissionDenied,
    RateLimited,
    RequestTimeout,
    Retracted,
    ServerError,
    UnknownFilterError,
    WebhookVerificationError,
)
from .frames import claims_frame, estimates_frame, incidents_frame

# The sync function itself is Client.sync: exported here it would hide the module casualty_client.sync.
from .sync import SyncResult, last_seq, load
from .webhooks import sign_webhook, verify_webhook

__all__ = [
    "APIError",
    "AuthenticationFailed",
    "BadRequest",
    "Client",
    "ClientError",
    "ConnectionFailed",
    "DeprecatedEndpoint",
    "NotFound",
    "PermissionDenied",
    "RateLimited",
    "RequestTimeout",
    "Retracted",
    "ServerError",
    "SyncResult",
    "UnknownFilterError",
    "WebhookVerificationError",
    "__version__",
    "claims_frame",
    "estimates_frame",
    "incidents_frame",
    "last_seq",
    "load",
    "sign_webhook",
    "verify_webhook",
]

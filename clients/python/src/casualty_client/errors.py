"""What can go wrong when reading the API, as exceptions a caller can tell apart.

Every exception the client raises on purpose derives from ClientError, so a script can catch that one name;
each answer of the API that is an error becomes an APIError subclass carrying the status and the API's own
message, because the API's messages name the parameter or the key at fault and are worth showing as they are.
"""

from __future__ import annotations

from typing import Any


class ClientError(Exception):
    """Anything the client refuses or cannot complete."""


class UnknownFilterError(ClientError, TypeError):
    """A filter the endpoint does not have, refused before any request is sent.

    It is also a TypeError, as an unexpected keyword argument is in Python, so code that treats it as a
    programming mistake catches it the usual way.
    """


class RequestTimeout(ClientError):
    """The server did not answer within the client's timeout."""


class ConnectionFailed(ClientError):
    """The server could not be reached at all (refused, reset, name not found)."""


class APIError(ClientError):
    """The API answered with an error status.

    `message` is the API's explanation (its `detail`, or each refused parameter with its reason); `body` is the
    decoded JSON answer, or None if there was none.
    """

    def __init__(self, status: int, message: str, body: Any = None, url: str = "") -> None:
        super().__init__(f"{status}: {message}" if message else str(status))
        self.status = status
        self.message = message
        self.body = body
        self.url = url


class BadRequest(APIError):
    """400: a filter value, page size or cursor the API cannot honour.

    `errors` maps each refused parameter to the API's reasons, so a program can say which one was wrong.
    """

    @property
    def errors(self) -> dict[str, list[str]]:
        if not isinstance(self.body, dict):
            return {}
        return {
            name: [str(reason) for reason in (value if isinstance(value, list) else [value])]
            for name, value in self.body.items()
        }


class AuthenticationFailed(APIError):
    """401: no key, or a key that is unknown, revoked or expired. Retrying will not help."""


class PermissionDenied(APIError):
    """403: the key is valid but may not read this."""


class NotFound(APIError):
    """404: no such record, or one partners may not see (the API answers both the same way)."""


class Retracted(APIError):
    """410: the claim was published and then retracted; `tombstone` says when and why."""

    @property
    def tombstone(self) -> dict[str, Any]:
        return self.body if isinstance(self.body, dict) else {}


class RateLimited(APIError):
    """429 still, after the client waited as told as many times as it was allowed to.

    `retry_after` is the wait the API asked for last, in seconds (None if it gave none).
    """

    def __init__(
        self, status: int, message: str, body: Any = None, url: str = "", retry_after: float | None = None
    ) -> None:
        super().__init__(status, message, body, url)
        self.retry_after = retry_after


class ServerError(APIError):
    """5xx: the server failed; the request may succeed later."""


class WebhookVerificationError(ClientError):
    """A webhook whose headers are missing or malformed, whose timestamp is too far from now, or whose
    signature does not match the secret: it must not be trusted."""


class DeprecatedEndpoint(UserWarning):
    """The API said that what was just read is deprecated (its Deprecation and Sunset headers, docs/api.md
    "Versioning"): a warning, once per address, so that a script's owner hears of it before the sunset day."""

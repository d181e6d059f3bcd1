"""The partner API over HTTP: filtered lists followed page by page, single records, and the change feed.

The API is documented in the tracker's docs/api.md; this module turns its conventions (cursor pages with a
`next` link, 400s naming the parameter, 410 tombstones, 429 with Retry-After) into plain Python: iterators of
dicts and exceptions from casualty_client.errors.
"""

from __future__ import annotations

import decimal
import email.utils
import operator
import time
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import httpx

from . import errors

if TYPE_CHECKING:
    from .sync import SyncResult

__version__ = "0.1.0"

# The filters each list accepts, as docs/api.md lists them. They are checked here so that a misspelt name fails
# at once, before any request, instead of costing a request (and a throttle slot) to learn it from a 400.
CLAIM_FILTERS = frozenset(
    {
        "conflict",
        "metric",
        "population",
        "originator",
        "side",
        "rating",
        "stated_after",
        "stated_before",
        "updated_after",
        "q",
    }
)
ESTIMATE_FILTERS = frozenset(
    {"conflict", "incident", "metric", "population", "group", "grade", "from", "to", "place", "bbox"}
)
INCIDENT_FILTERS = frozenset({"conflict", "kind", "from", "to", "place", "bbox", "grade"})

DEFAULT_PAGE_SIZE = 100
# The API reads a larger page size as this one; asking for it saves requests on a full pull.
MAX_PAGE_SIZE = 1000


def api_root(base_url: str) -> str:
    """Return the API's root URL, ending in /api/v1/, from the site's address or the API's own.

    Partners are given either form ("https://tracker.example.org" or ".../api/v1/"), so both are accepted.
    """
    url = base_url.strip().rstrip("/")
    if not url.endswith("/api/v1"):
        url += "/api/v1"
    return url + "/"


def api_message(body: Any, fallback: str = "") -> str:
    """Return the API's explanation of an error in one line.

    DRF answers either {"detail": "..."} or, for refused parameters, {"name": ["reason", ...]} (sometimes with
    a plain string as the reason); both are kept word for word because they name what to fix.
    """
    if isinstance(body, dict):
        detail = body.get("detail")
        if isinstance(detail, str):
            return detail
        parts = []
        for name, value in body.items():
            reasons = value if isinstance(value, list) else [value]
            parts.append(f"{name}: {' '.join(str(reason) for reason in reasons)}")
        return "; ".join(parts) or fallback
    if isinstance(body, list):
        return " ".join(str(item) for item in body) or fallback
    return fallback


def seconds_from_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Return the wait a Retry-After header asks for, in seconds, or None if it says nothing usable.

    HTTP allows either a number of seconds (what this API sends) or a date, which proxies in front of it may
    send instead.
    """
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # an HTTP date is always in GMT, whether or not it says so
        return None
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


def query_value(name: str, value: Any) -> str:
    """Write a filter's value as the API reads it: dates in ISO 8601, a bounding box as four plain decimals."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if name == "bbox" and isinstance(value, Sequence) and not isinstance(value, str):
        return ",".join(plain_decimal(number) for number in value)
    return str(value)


def plain_decimal(number: Any) -> str:
    """Write a number without an exponent: the API refuses `1e-05` in a bounding box, as people never write it."""
    text = str(number)
    if "e" in text.lower():
        text = format(decimal.Decimal(text), "f")
    return text


class Client:
    """A partner's connection to the API.

    `base_url` is the tracker's address (with or without /api/v1/); `key` the partner API key the newsroom
    issued. A 429 is waited out as its Retry-After says, at most `max_retries` times in a row and never for
    longer than `max_wait` seconds at once; past either bound it is raised as RateLimited, since a script that
    silently sleeps for minutes looks hung. `timeout` is per request, in seconds.

    Use it as a context manager, or call close(), to release its connections.
    """

    def __init__(
        self,
        base_url: str,
        key: str,
        *,
        timeout: float = 30.0,
        max_retries: int = 3,
        max_wait: float = 120.0,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not key:
            raise ValueError("An API key is required: ask the newsroom for one.")
        self.base_url = api_root(base_url)
        self.timeout = timeout
        self.max_retries = max_retries
        self.max_wait = max_wait
        self._sleep = sleep
        self._warned: set[str] = set()
        self._http = httpx.Client(
            base_url=self.base_url,
            headers={
                "Authorization": f"Api-Key {key}",
                "Accept": "application/json",
                "User-Agent": f"casualty-tracker-client/{__version__} httpx/{httpx.__version__}",
            },
            timeout=timeout,
            transport=transport,
        )

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # --- lists ---------------------------------------------------------------------------------------------

    def claims(self, *, page_size: int = DEFAULT_PAGE_SIZE, **filters: Any) -> Iterator[dict[str, Any]]:
        """Iterate over published claims, oldest id first, with docs/api.md's claim filters
        (conflict, metric, population, originator, side, rating, stated_after, stated_before, updated_after,
        q). Dates may be given as date or datetime objects."""
        return self._list("claims/", CLAIM_FILTERS, page_size, filters)

    def estimates(self, *, page_size: int = DEFAULT_PAGE_SIZE, **filters: Any) -> Iterator[dict[str, Any]]:
        """Iterate over estimates (what published claims count in common), with their filters (conflict,
        incident, metric, population, group, grade, from_, to, place, bbox)."""
        return self._list("estimates/", ESTIMATE_FILTERS, page_size, filters)

    def incidents(self, *, page_size: int = DEFAULT_PAGE_SIZE, **filters: Any) -> Iterator[dict[str, Any]]:
        """Iterate over incidents that published claims are about, with their filters (conflict, kind, from_,
        to, place, bbox, grade). `bbox` may be a sequence of four numbers."""
        return self._list("incidents/", INCIDENT_FILTERS, page_size, filters)

    def _list(
        self, path: str, allowed: frozenset[str], page_size: int, filters: Mapping[str, Any]
    ) -> Iterator[dict[str, Any]]:
        # Checked now, not when the caller first advances the iterator: a typo surfaces where it was made.
        params = self._query(allowed, filters)
        params["page_size"] = str(operator.index(page_size))
        return self._follow(path, params)

    def _follow(self, path: str, params: dict[str, str]) -> Iterator[dict[str, Any]]:
        url: str | None = path
        query: dict[str, str] | None = params
        while url:
            page = self._json(url, query)
            yield from page["results"]
            # `next` carries the cursor, the page size and the filters: follow it as given, as the API asks.
            url, query = page.get("next"), None

    @staticmethod
    def _query(allowed: frozenset[str], filters: Mapping[str, Any]) -> dict[str, str]:
        params: dict[str, str] = {}
        unknown = []
        for given, value in filters.items():
            # `from` is a Python keyword, so it is written from_ (PEP 8's convention); any name may be.
            name = given[:-1] if given.endswith("_") and given[:-1] in allowed else given
            if name not in allowed:
                unknown.append(given)
            elif value is not None:  # None means "no such filter", which keeps callers' code simple
                params[name] = query_value(name, value)
        if unknown:
            raise errors.UnknownFilterError(
                f"Unknown filter(s) {', '.join(sorted(unknown))}: this list takes "
                f"{', '.join(sorted(allowed))} (and page_size)."
            )
        return params

    # --- single records --------------------------------------------------------------------------------

    def claim(self, claim_id: int) -> dict[str, Any]:
        """Return one published claim; raise Retracted (with its tombstone) if it was retracted, NotFound if
        partners cannot see it."""
        return self._json(f"claims/{operator.index(claim_id)}/")

    def estimate(self, estimate_id: int) -> dict[str, Any]:
        return self._json(f"estimates/{operator.index(estimate_id)}/")

    def incident(self, incident_id: int) -> dict[str, Any]:
        return self._json(f"incidents/{operator.index(incident_id)}/")

    # --- the change feed -------------------------------------------------------------------------------

    def changes_page(self, after: int = 0, page_size: int = MAX_PAGE_SIZE) -> dict[str, Any]:
        """Return one page of the change feed: the changes after `after`, with `last_seq` and `has_more`."""
        params = {"after": str(operator.index(after)), "page_size": str(operator.index(page_size))}
        return self._json("changes/", params)

    def changes(self, after: int = 0, page_size: int = MAX_PAGE_SIZE) -> Iterator[dict[str, Any]]:
        """Iterate over every change after `after`, oldest first, up to the present."""
        while True:
            page = self.changes_page(after, page_size)
            yield from page["results"]
            after = page["last_seq"]
            if not page["has_more"]:
                return

    def sync(self, path: str | Path, *, page_size: int = MAX_PAGE_SIZE) -> SyncResult:
        """Bring the SQLite copy at `path` up to date from the change feed (see casualty_client.sync)."""
        from .sync import sync

        return sync(self, path, page_size=page_size)

    # --- one request, with its errors and waits ---------------------------------------------------------

    def _json(self, url: str, params: Mapping[str, str] | None = None) -> dict[str, Any]:
        """GET `url` and return its JSON object: every answer of the API in this client's use is one."""
        found: dict[str, Any] = self._get(url, params).json()
        return found

    def _get(self, url: str, params: Mapping[str, str] | None = None) -> httpx.Response:
        waits = 0
        while True:
            try:
                response = self._http.get(url, params=params)
            except httpx.TimeoutException as exc:
                raise errors.RequestTimeout(
                    f"No answer from {self.base_url} within {self.timeout} s."
                ) from exc
            except httpx.TransportError as exc:
                raise errors.ConnectionFailed(f"Could not reach {self.base_url}: {exc}") from exc
            if response.status_code != 429:
                break
            wait = seconds_from_retry_after(response.headers.get("Retry-After"))
            if wait is None:  # a 429 from something in front of the API: back off 1, 2, 4... seconds
                wait = float(2**waits)
            if waits >= self.max_retries or wait > self.max_wait:
                raise error_for(response, retry_after=wait)
            self._sleep(wait)
            waits += 1
        if "Deprecation" in response.headers:
            self._warn_deprecated(response)
        if response.is_error:
            raise error_for(response)
        return response

    def _warn_deprecated(self, response: httpx.Response) -> None:
        """Warn, once per path, that the API has scheduled what it just answered to go (RFC 9745, RFC 8594)."""
        path = response.request.url.path
        if path in self._warned:
            return
        self._warned.add(path)
        since = response.headers["Deprecation"]
        if since.startswith("@") and since[1:].isdigit():
            since = datetime.fromtimestamp(int(since[1:]), tz=UTC).date().isoformat()
        sunset = response.headers.get("Sunset")
        successor = next(
            (
                link.link
                for link in links(response.headers.get("Link", ""))
                if link.rel == "successor-version"
            ),
            None,
        )
        warnings.warn(
            f"{path} is deprecated since {since}"
            + (f" and goes after {sunset}" if sunset else "")
            + (f": use {successor} instead." if successor else "."),
            errors.DeprecatedEndpoint,
            stacklevel=4,
        )


ERRORS: dict[int, type[errors.APIError]] = {
    400: errors.BadRequest,
    401: errors.AuthenticationFailed,
    403: errors.PermissionDenied,
    404: errors.NotFound,
    410: errors.Retracted,
}


def error_for(response: httpx.Response, retry_after: float | None = None) -> errors.APIError:
    """Return the exception for an error answer, with the API's message and its JSON body."""
    try:
        body = response.json()
    except ValueError:  # a proxy's HTML page, or nothing: keep its first words
        body = None
    fallback = response.text.strip()[:200] or response.reason_phrase
    message = api_message(body, fallback)
    url = str(response.request.url)
    status = response.status_code
    if status == 429:
        return errors.RateLimited(status, message, body, url, retry_after=retry_after)
    if status >= 500:
        return errors.ServerError(status, message, body, url)
    return ERRORS.get(status, errors.APIError)(status, message, body, url)


class Link(NamedTuple):
    link: str
    rel: str


def links(header: str) -> list[Link]:
    """Return the `<url>; rel="..."` entries of a Link header (RFC 8288), as far as this client needs them."""
    found = []
    for part in header.split(","):
        url, _, params = part.strip().partition(";")
        rel = next(
            (value.strip().strip('"') for key, _, value in (p.partition("=") for p in params.split(";"))
             if key.strip() == "rel"),
            "",
        )  # fmt: skip
        if url.startswith("<") and url.endswith(">"):
            found.append(Link(url[1:-1], rel))
    return found

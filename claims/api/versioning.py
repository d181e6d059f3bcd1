"""Warning partners before a breaking change: Deprecation (RFC 9745) and Sunset (RFC 8594) headers on every
answer of an endpoint scheduled to change or go, with a link to what replaces it (docs/api.md, "Versioning").

"Every answer" means errors too: the endpoint's own (DeprecatedMixin), the API's catch-all 404 for an address
under the old name that no route takes (deprecation_for_path), and the 304 ConditionalGetMiddleware makes of
any of them (provenance/conditional.py keeps these headers on it)."""

import datetime as dt
from calendar import timegm
from dataclasses import dataclass

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.http import http_date

# The headers a deprecation adds, which a 304 keeps.
HEADERS = ("Deprecation", "Sunset", "Link")


def midnight_utc(day: dt.date) -> int:
    return timegm(day.timetuple())


@dataclass(frozen=True)
class Deprecation:
    """An endpoint scheduled to go: `prefix` is its address under /api/v1/, `deprecated_on` and `sunset_on` name
    settings (dates, read from YYYY-MM-DD: provenance/settings.py refuses to start on a malformed one), and
    `basename` and `successor` are the URL basenames of the old and the new endpoint: the old one's list, detail
    or action is succeeded by the new one's of the same name and arguments."""

    prefix: str
    deprecated_on: str
    sunset_on: str
    basename: str
    successor: str

    def successor_path(self, url_name: str | None = None, kwargs: dict | None = None) -> str:
        """Return the address that replaces the old one named `url_name` (the new list when there is none)."""
        if url_name and url_name.startswith(f"{self.basename}-"):
            try:
                return reverse(
                    f"api:{self.successor}-{url_name.removeprefix(self.basename + '-')}", kwargs=kwargs
                )
            except NoReverseMatch:
                pass
        return reverse(f"api:{self.successor}-list")

    def mark(self, response, request, successor: str) -> None:
        """Add the deprecation's headers to `response`, its successor link after any link already there."""
        response["Deprecation"] = f"@{midnight_utc(getattr(settings, self.deprecated_on))}"
        response["Sunset"] = http_date(midnight_utc(getattr(settings, self.sunset_on)))
        link = f'<{request.build_absolute_uri(successor)}>; rel="successor-version"'
        # The page's own link (rel="next") stays first.
        response["Link"] = f"{response['Link']}, {link}" if response.has_header("Link") else link


QUANTITIES = Deprecation(
    prefix="quantities",
    deprecated_on="API_QUANTITIES_DEPRECATED_ON",
    sunset_on="API_QUANTITIES_SUNSET_ON",
    basename="quantity",
    successor="estimate",
)
DEPRECATED = (QUANTITIES,)


def deprecation_for_path(path: str) -> Deprecation | None:
    """Return the deprecation of the endpoint an address under /api/v1/ (`path`, without that prefix) is under."""
    for deprecation in DEPRECATED:
        if path == deprecation.prefix or path.startswith(f"{deprecation.prefix}/"):
            return deprecation
    return None


class DeprecatedMixin:
    """Mix into a view whose answers all carry a deprecation (`deprecation`); each names the successor of its own
    address (/quantities/5/ is succeeded by /estimates/5/)."""

    deprecation: Deprecation

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)  # type: ignore[misc]
        match = getattr(request, "resolver_match", None)
        successor = self.deprecation.successor_path(
            match.url_name if match else None, match.kwargs if match else None
        )
        self.deprecation.mark(response, request, successor)
        return response

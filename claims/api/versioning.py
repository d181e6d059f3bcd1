"""Warning partners before a breaking change: Deprecation (RFC 9745) and Sunset (RFC 8594) headers on every
answer of an endpoint scheduled to change or go, with a link to what replaces it (docs/api.md, "Versioning")."""

import datetime as dt
from calendar import timegm

from django.conf import settings
from django.urls import reverse
from django.utils.http import http_date


def midnight_utc(day: dt.date) -> int:
    return timegm(day.timetuple())


class DeprecatedMixin:
    """Mix into a view whose answers all carry the deprecation: `deprecated_on` and `sunset_on` name settings
    (dates, read from YYYY-MM-DD: provenance/settings.py refuses to start on a malformed one), `successor` the
    URL name of what replaces it."""

    deprecated_on: str
    sunset_on: str
    successor: str

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)  # type: ignore[misc]
        response["Deprecation"] = f"@{midnight_utc(getattr(settings, self.deprecated_on))}"
        response["Sunset"] = http_date(midnight_utc(getattr(settings, self.sunset_on)))
        successor = f'<{request.build_absolute_uri(reverse(self.successor))}>; rel="successor-version"'
        # The page's own link (rel="next") stays first.
        response["Link"] = f"{response['Link']}, {successor}" if response.has_header("Link") else successor
        return response

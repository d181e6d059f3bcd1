"""Partners are warned before a breaking change: the deprecated /api/v1/quantities/ says when it goes, and
where to go instead, on every answer (issue 18)."""

import datetime as dt
import subprocess
import sys
from email.utils import parsedate_to_datetime

from tests.test_deployment import ROOT, production_env

QUANTITIES = "/api/v1/quantities/"


def test_the_old_name_of_the_estimates_carries_deprecation_and_sunset(api, claim_in, settings):
    settings.API_QUANTITIES_DEPRECATED_ON = dt.date(2026, 12, 3)
    settings.API_QUANTITIES_SUNSET_ON = dt.date(2027, 6, 30)
    claim = claim_in("published")
    detail = f"{QUANTITIES}{claim.quantity_id}/"
    for address, successor in (
        (QUANTITIES, "/api/v1/estimates/"),
        (detail, f"/api/v1/estimates/{claim.quantity_id}/"),  # each address names its own successor
        (f"{QUANTITIES}?metric=kiled", "/api/v1/estimates/"),
    ):
        response = api.get(address)
        assert response.status_code in (200, 400)
        assert response["Deprecation"] == "@1796256000"  # 2026-12-03T00:00:00Z (RFC 9745)
        sunset = parsedate_to_datetime(response["Sunset"])  # an HTTP date (RFC 8594)
        assert (sunset.year, sunset.month, sunset.day, sunset.hour) == (2027, 6, 30, 0)
        assert response["Link"].endswith(f'<http://testserver{successor}>; rel="successor-version"')
    estimates = api.get("/api/v1/estimates/")
    assert not estimates.has_header("Deprecation") and not estimates.has_header("Sunset")


def test_a_page_keeps_its_next_link_first(api, claim_in):
    for _ in range(2):
        claim_in("published")
    response = api.get(QUANTITIES, {"page_size": 1})
    next_link, successor = response["Link"].split(", ")
    assert next_link.endswith('rel="next"') and "cursor=" in next_link
    assert successor.endswith('rel="successor-version"')


def test_a_malformed_date_setting_stops_the_server_saying_which():
    env = production_env(DJANGO_SETTINGS_MODULE="provenance.settings", API_QUANTITIES_SUNSET_ON="30/06/2027")
    script = "import django; django.setup()"
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode != 0
    assert "API_QUANTITIES_SUNSET_ON must be a day written YYYY-MM-DD, got “30/06/2027”." in result.stderr

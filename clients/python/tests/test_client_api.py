"""The client against the live API: lists with filters and pages, single claims and tombstones, errors, the
throttle's 429, timeouts."""

import datetime as dt
import threading
import time
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from casualty_client import (
    AuthenticationFailed,
    BadRequest,
    Client,
    ConnectionFailed,
    DeprecatedEndpoint,
    NotFound,
    RateLimited,
    RequestTimeout,
    Retracted,
    UnknownFilterError,
)
from casualty_client.client import CLAIM_FILTERS, ESTIMATE_FILTERS, INCIDENT_FILTERS, api_root

from claims.api.auth import PartnerKeyThrottle
from claims.api.filters import ClaimFilter, EstimateFilter, IncidentFilter
from claims.services import retract_claim
from tests.factories import ClaimFactory, ConflictFactory, user_in


@pytest.fixture
def two_conflicts(db):
    """Five published figures of killed in one conflict, two of wounded in another, and a draft: what
    filters tell apart."""
    north, south = ConflictFactory(slug="north"), ConflictFactory(slug="south")
    killed = [
        ClaimFactory(
            status="published", conflict=north, low=n, best=n, high=n, stated_on=dt.date(2020, 10, n)
        )
        for n in range(1, 6)
    ]
    wounded = [
        ClaimFactory(status="published", conflict=south, metric="wounded", stated_on=dt.date(2020, 11, n))
        for n in range(1, 3)
    ]
    draft = ClaimFactory(conflict=north)
    return {"killed": killed, "wounded": wounded, "draft": draft}


def test_claims_follow_every_page_with_the_filters_and_page_size(api, recording, two_conflicts):
    found = list(api.claims(conflict="north", metric="killed", page_size=2))
    assert [claim["id"] for claim in found] == [claim.pk for claim in two_conflicts["killed"]]
    assert all(claim["conflict"]["slug"] == "north" and claim["metric"] == "killed" for claim in found)
    assert len(recording.urls) == 3  # pages of 2, 2 and 1
    assert all(url.params["page_size"] == "2" for url in recording.urls)
    assert recording.urls[0].params["conflict"] == "north"


def test_dates_and_none_are_written_as_the_api_reads_them(api, recording, two_conflicts):
    found = list(
        api.claims(stated_after=dt.date(2020, 10, 4), stated_before=dt.date(2020, 11, 1), rating=None)
    )
    assert [claim["id"] for claim in found] == [claim.pk for claim in two_conflicts["killed"][3:]] + [
        two_conflicts["wounded"][0].pk
    ]
    assert dict(recording.urls[0].params) == {
        "stated_after": "2020-10-04",
        "stated_before": "2020-11-01",
        "page_size": "100",
    }


def test_an_unknown_filter_is_refused_before_any_request(api, recording):
    with pytest.raises(UnknownFilterError, match="metrics") as refused:
        api.claims(metrics="killed")
    assert isinstance(refused.value, TypeError)
    assert "metric" in str(refused.value).split(": ")[1]  # it lists the filters there are
    with pytest.raises(UnknownFilterError):
        api.incidents(metric="killed")  # a claims filter, not an incidents one
    assert recording.urls == []


def test_a_bad_filter_value_raises_the_apis_message_naming_the_parameter(api, two_conflicts):
    with pytest.raises(BadRequest) as refused:
        list(api.claims(metric="kiled"))
    assert refused.value.status == 400
    assert "kiled is not one of the available choices" in refused.value.message
    assert list(refused.value.errors) == ["metric"]
    with pytest.raises(BadRequest, match="conflict"):
        list(api.claims(conflict="nowhere"))


def test_a_wrong_key_raises_authentication_failed_with_the_apis_message(make_client, two_conflicts):
    client = make_client(key="abcdefgh.not-a-key")
    with pytest.raises(AuthenticationFailed) as refused:
        list(client.claims())
    assert refused.value.status == 401
    assert refused.value.message == "This API key is unknown or has been revoked."


def test_one_claim_is_the_lists_json(api, two_conflicts):
    wanted = two_conflicts["wounded"][1]
    listed = next(claim for claim in api.claims(conflict="south") if claim["id"] == wanted.pk)
    assert api.claim(wanted.pk) == listed


def test_a_retracted_claim_raises_retracted_with_its_tombstone(api, two_conflicts):
    claim = two_conflicts["killed"][0]
    retract_claim(claim, by=user_in("Reviewers", "client-reviewer"), reason="Withdrawn by its originator.")
    with pytest.raises(Retracted) as gone:
        api.claim(claim.pk)
    assert gone.value.status == 410
    assert gone.value.tombstone["id"] == claim.pk
    assert gone.value.tombstone["status"] == "retracted"
    assert gone.value.tombstone["retraction_reason"] == "Withdrawn by its originator."
    with pytest.raises(NotFound):
        api.claim(two_conflicts["draft"].pk)  # a draft does not exist for partners


def test_estimates_and_incidents_of_the_demo_with_their_filters(api, demo):
    incidents = list(api.incidents(page_size=1))
    assert incidents and all(
        incident["conflict"]["slug"] == "nagorno-karabakh-2020" for incident in incidents
    )
    located = next(incident for incident in incidents if incident["latitude"] is not None)
    lat, lon = located["latitude"], located["longitude"]
    box = (lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01)
    assert located["id"] in [incident["id"] for incident in api.incidents(bbox=box)]
    assert [incident["id"] for incident in api.incidents(bbox=(lon + 1, lat + 1, lon + 2, lat + 2))] == []
    day = dt.date.fromisoformat(located["started_on"])
    in_window = [incident["id"] for incident in api.incidents(from_=day, to=day)]
    assert located["id"] in in_window

    estimates = list(api.estimates(page_size=2))
    assert {estimate["id"] for estimate in estimates} >= {e["id"] for e in located["estimates"]}
    assert all(e["incident"] == located["id"] for e in api.estimates(incident=located["id"]))
    assert api.estimate(estimates[0]["id"]) == estimates[0]
    assert api.incident(located["id"]) == located


def test_the_clients_filters_are_the_apis(db):
    """The client checks names itself, so its lists must be exactly the API's, or it would refuse a filter the
    API has (or send one it refuses)."""
    assert set(ClaimFilter.base_filters) == CLAIM_FILTERS
    assert set(EstimateFilter.base_filters) == ESTIMATE_FILTERS
    assert set(IncidentFilter.base_filters) == INCIDENT_FILTERS


@pytest.mark.parametrize(
    "given",
    ["https://tracker.example.org", "https://tracker.example.org/", "https://tracker.example.org/api/v1/"],
)
def test_the_site_or_the_api_address_may_be_given(given):
    assert api_root(given) == "https://tracker.example.org/api/v1/"


# --- 429: waiting as the API says, within bounds ------------------------------------------------------------


def test_a_429_is_waited_out_as_retry_after_says_then_the_request_is_sent_again():
    answers = [
        httpx.Response(429, headers={"Retry-After": "7"}, json={"detail": "Request was throttled."}),
        httpx.Response(200, json={"results": [{"id": 1}], "next": None, "previous": None}),
    ]
    sent, slept = [], []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answers[len(sent) - 1]

    with Client(
        "https://tracker.example.org", "k.k", transport=httpx.MockTransport(handler), sleep=slept.append
    ) as client:
        assert list(client.claims()) == [{"id": 1}]
    assert slept == [7.0]
    assert len(sent) == 2 and sent[0].url == sent[1].url


def test_the_live_throttle_is_waited_out_a_few_times_then_raised(make_client, monkeypatch, two_conflicts):
    monkeypatch.setattr(PartnerKeyThrottle, "THROTTLE_RATES", {"partner": "3/minute"})
    slept: list[float] = []
    client = make_client(max_retries=2, sleep=slept.append)
    for _ in range(3):
        client.claim(two_conflicts["killed"][0].pk)
    with pytest.raises(RateLimited) as limited:
        client.claim(two_conflicts["killed"][0].pk)
    assert limited.value.status == 429
    assert "throttled" in limited.value.message.lower()
    assert len(slept) == 2 and all(0 < wait <= 65 for wait in slept)  # the API's own Retry-After, each time
    # The wait asked for only shrinks as time passes (by a second when a whole second ticks over meanwhile).
    assert 0 < limited.value.retry_after <= slept[1] <= slept[0]


def test_a_wait_longer_than_max_wait_is_raised_at_once():
    slept: list[float] = []
    transport = httpx.MockTransport(lambda request: httpx.Response(429, headers={"Retry-After": "3600"}))
    client = Client(
        "https://tracker.example.org", "k.k", transport=transport, max_wait=60, sleep=slept.append
    )
    with client, pytest.raises(RateLimited) as limited:
        client.claim(1)
    assert slept == [] and limited.value.retry_after == 3600


# --- the network -----------------------------------------------------------------------------------------


class Slow(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(1)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args) -> None:  # keep the test output clean
        pass


def test_a_server_slower_than_the_timeout_raises_request_timeout():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with Client(f"http://127.0.0.1:{server.server_port}", "k.k", timeout=0.2) as client:
            started = time.monotonic()
            with pytest.raises(RequestTimeout):
                client.claim(1)
            assert time.monotonic() - started < 0.9
    finally:
        server.shutdown()
        server.server_close()


def test_no_server_raises_connection_failed():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    port = server.server_port
    server.server_close()  # the port is now closed: connections to it are refused
    with Client(f"http://127.0.0.1:{port}", "k.k", timeout=2) as client, pytest.raises(ConnectionFailed):
        client.claim(1)


def test_a_deprecated_address_warns_once_with_its_sunset_and_successor(api, two_conflicts):
    quantities = f"{api.base_url}quantities/" if api.base_url.endswith("/") else f"{api.base_url}/quantities/"
    with pytest.warns(DeprecatedEndpoint) as caught:
        api._json(quantities)
        api._json(quantities)
    assert len(caught) == 1
    message = str(caught[0].message)
    assert "/api/v1/quantities/ is deprecated since 2026-12-03 and goes after" in message
    assert message.endswith(f"use {api.base_url.rstrip('/')}/estimates/ instead.")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        api._json(quantities.replace("quantities", "estimates"))  # no warning for what is current

"""The read path serves stored documents that are exactly what the serializers write: lists, detail, feed, CSV
and JSON-LD (issue 18)."""

import datetime as dt
import json

import pytest
from rest_framework.renderers import JSONRenderer
from rest_framework.test import APIRequestFactory

from claims.api.documents import render_all
from claims.api.renderers import ClaimCSVRenderer, ClaimReviewJSONLDRenderer, ORJSONRenderer
from claims.api.serializers import ClaimSerializer
from claims.importing import Importer
from claims.models import Claim, FeedEntry, Qualifier
from tests.factories import ActorFactory, ClaimFactory, ConflictFactory, SourceFactory

pytestmark = pytest.mark.django_db

CLAIMS = "/api/v1/claims/"
CHANGES = "/api/v1/changes/"

# A figure each qualifier allows, as (phrase, low, best, high); the database refuses any other bounds.
FIGURES = {
    Qualifier.EXACT: ("12 soldiers", 12, 12, 12),
    Qualifier.APPROXIMATE: ("about 300", None, 300, None),
    Qualifier.AT_LEAST: ("at least 40", 40, None, None),
    Qualifier.MORE_THAN: ("more than 100", 101, None, None),
    Qualifier.AT_MOST: ("as many as 5,000", None, None, 5000),
    Qualifier.FEWER_THAN: ("fewer than 10", None, None, 9),
    Qualifier.RANGE: ("between 2,000 and 3,000", 2000, None, 3000),
    Qualifier.VAGUE: ("dozens", 12, None, None),
    Qualifier.UNQUANTIFIED: ("casualties", None, None, None),
}


@pytest.fixture
def varied_claims():
    """Published claims of every shape partners can meet, and unpublished ones they must not.

    The published ones arrive as a trusted import of earlier records does, which may bring claims without a
    chain or a captured source (review would not let those through); a few fields are then varied in place,
    only to give the renderers every kind of value.
    """
    karabakh = ConflictFactory(name="Second Nagorno-Karabakh war", slug="nk-2020")
    armenia = ActorFactory(name="Հայաստանի կառավարություն", kind="government")
    azerbaijan = ActorFactory(name="Azərbaycan Respublikası", kind="government")
    russia = ActorFactory(name="Правительство России", kind="government")
    putin = ActorFactory(name="Vladimir Putin", kind="individual", acts_on_behalf_of=russia)
    ministry = ActorFactory(name="Azerbaijani MoD", kind="ministry", acts_on_behalf_of=azerbaijan)
    tass = ActorFactory(name="TASS", kind="news_agency")
    outlet = ActorFactory(name="RFE/RL", kind="news_outlet")
    karabakh.parties.add(armenia, azerbaijan)
    report = SourceFactory(
        publisher=outlet,
        title="“Karabakh” — 5,000 deaths 🕊",
        archive_url="https://web.archive.org/web/2020/https://www.rferl.org/a/x.html",
    )
    undated = SourceFactory(publisher=tass, published_on=None)
    published_at = dt.datetime(2020, 11, 6, 9, 12, 0, 123456, tzinfo=dt.UTC)

    def chain_of(n, originator):
        # Chains: none (claims[0]), one hop without a source, several hops with and without sources.
        if n == 0:
            return []
        if n == 1:
            return [{"actor": ministry.name, "relation": "stated"}]
        return [
            {"actor": (originator or putin).name, "relation": "stated", "words": "близко к 5000"},
            {"actor": tass.name, "relation": "relayed", "source": undated.url},
            {"actor": outlet.name, "relation": "published", "source": report.url, "date": "2020-11-05"},
        ]

    def sides_of(n):
        # Sides: none, one, two and three; partners read them in name order, whatever order they were given in.
        return (
            [[], [], [armenia.name], [russia.name, azerbaijan.name, armenia.name]][n]
            if n < 4
            else [
                russia.name,
                azerbaijan.name,
            ]
        )

    rows = []
    for n, (qualifier, (phrase, low, best, high)) in enumerate(FIGURES.items()):
        # every third claim names nobody; the others alternate between an interested party and not
        originator = [None, ministry, russia][n % 3]
        if n == 1:
            originator = ministry
        rows.append(
            {
                "external_id": f"varied-{n}", "conflict": karabakh.slug, "metric": "killed", "phrase": phrase,
                "qualifier": qualifier, "low": low, "best": best, "high": high,
                "originator": originator.name if originator else None, "status": "published",
                "rating": ["single_source", "", "contested"][n % 3], "sides": sides_of(n),
                "quote": f'He said "{phrase}"\u2028line two\\ with a tab\tand a \x1f control',
                "chain": chain_of(n, originator), "stated_on": "2020-10-01",
            }
        )  # fmt: skip
    # The same origin through another outlet: circular reporting, with reports and origins above one.
    rows.append(
        {
            "external_id": "varied-echo", "conflict": karabakh.slug, "metric": "killed", "phrase": "12 soldiers",
            "qualifier": "exact", "low": 12, "best": 12, "high": 12, "originator": putin.name, "status": "published",
            "rating": "single_source", "sides": [russia.name, azerbaijan.name], "quote": "12 soldiers.",
            "chain": [
                {"actor": putin.name, "relation": "stated"},
                {"actor": tass.name, "relation": "published", "source": undated.url},
            ],
        }
    )  # fmt: skip
    Importer(trusted=True).run((line, row, None) for line, row in enumerate(rows, start=1))
    claims = list(Claim.objects.filter(external_id__startswith="varied-").order_by("pk"))
    for n, claim in enumerate(claims):  # the echo, last, keeps the first day
        Claim.objects.filter(pk=claim.pk).update(
            published_at=published_at + dt.timedelta(days=n % len(FIGURES))
        )
    whole_second = dt.datetime(2021, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    Claim.objects.filter(pk=claims[0].pk).update(published_at=whole_second, updated_at=whole_second)
    Claim.objects.filter(pk=claims[1].pk).update(
        area="Ստեփանակերտ",
        period_start=dt.date(2020, 9, 27),
        period_end=dt.date(2020, 11, 9),
        as_of=dt.date(2020, 11, 10),
        stated_on=None,
        supersedes=claims[0],
        convention="literal",
        population="civilian",
        metric="wounded",
    )

    hidden = [
        ClaimFactory(conflict=karabakh, status=status, originator=russia)
        for status in ("draft", "in_review", "verified", "rejected")
    ]
    hidden.append(ClaimFactory(status="retracted", retraction_reason="Withdrawn.", originator=russia))
    # Parts of a breakdown: of a published total, which partners see named, and of a hidden one, which they
    # must not.
    Claim.objects.filter(pk=claims[2].pk).update(breakdown_of=claims[0])
    Claim.objects.filter(pk=claims[3].pk).update(breakdown_of=hidden[0])
    # The UPDATEs above go around the write path, as a hand-made change to the database would: render the
    # stored documents again, as an operator would then (manage.py render_documents).
    render_all()
    return claims, hidden


def request_for(path: str = CLAIMS):
    return APIRequestFactory().get(path)


def serialized(request) -> list[dict]:
    """Return every published claim as ClaimSerializer writes it, by id: the reference for the fast path."""
    claims = Claim.objects.for_partners().order_by("id")
    data = ClaimSerializer(claims, many=True, context={"request": request}).data
    return json.loads(json.dumps(data))


@pytest.mark.parametrize("time_zone", ["UTC", "Asia/Yerevan"])
def test_stored_documents_equal_what_the_serializer_writes(api, varied_claims, settings, time_zone):
    settings.TIME_ZONE = time_zone  # DRF writes times in the current zone: documents are rendered in it
    render_all()  # as an operator does after changing TIME_ZONE (docs/deployment.md)
    expected = serialized(request_for())
    assert len(expected) == len(varied_claims[0])
    assert api.get(CLAIMS).json()["results"] == expected


def test_the_dataset_shows_every_shape(varied_claims):
    claims = serialized(request_for())
    assert {claim["figure"]["qualifier"] for claim in claims} == set(Qualifier)
    assert any(claim["originator"] is None for claim in claims)
    assert any(claim["interested_party"] for claim in claims)
    assert any(claim["origin"] != claim["originator"] for claim in claims)  # a root speaks through another
    assert {len(claim["sides"]) for claim in claims} == {0, 1, 2, 3}
    assert {len(claim["chain"]) for claim in claims} == {0, 1, 2, 3}
    hops = [hop for claim in claims for hop in claim["chain"]]
    assert {hop["source"] is None for hop in hops} == {True, False}
    assert any(claim["supersedes"] for claim in claims)
    assert [claim["breakdown_of"] for claim in claims if claim["breakdown_of"]] == [claims[0]["id"]]
    times = {claim["published_at"] for claim in claims}
    assert "2020-11-06T09:12:00.123456Z" in times
    assert "2021-01-02T03:04:05Z" in times  # no fraction of a second when there is none


@pytest.mark.parametrize("page_size", [2, 5, 1000])
def test_claims_list_pages_equal_the_serializer(api, varied_claims, page_size):
    shown, url = [], f"{CLAIMS}?page_size={page_size}"
    while url:
        page = api.get(url).json()
        shown += page["results"]
        url = page["next"]
    assert shown == serialized(request_for())


def test_claims_list_is_byte_for_byte_what_drf_wrote(api, varied_claims):
    response = api.get(CLAIMS)
    assert response["Content-Type"] == "application/json"
    page = {"next": None, "previous": None, "results": serialized(request_for())}
    assert response.content == JSONRenderer().render(page)


def test_previous_pages_and_filters_go_through_the_fast_path(api, varied_claims):
    expected = serialized(request_for())
    second = api.get(api.get(f"{CLAIMS}?page_size=4").json()["next"]).json()
    assert second["results"] == expected[4:8]
    first = api.get(second["previous"]).json()
    assert first["results"] == expected[:4]
    wounded = api.get(CLAIMS, {"metric": "wounded"}).json()["results"]
    assert wounded == [claim for claim in expected if claim["metric"] == "wounded"]


def test_each_claims_detail_equals_its_list_entry(api, varied_claims):
    for claim in api.get(CLAIMS).json()["results"]:
        assert api.get(f"{CLAIMS}{claim['id']}/").json() == claim


def test_feed_entries_carry_what_the_serializer_and_the_lists_write(api, varied_claims):
    published, hidden = varied_claims
    FeedEntry.objects.all().delete()  # publishing made entries: replace them with a feed of every kind
    quantity = published[-1].quantity
    FeedEntry.objects.bulk_create(
        [
            *(FeedEntry(claim=claim, action="upsert") for claim in published[:-1]),
            FeedEntry(claim=hidden[0], action="upsert"),  # no longer published: shown as a delete
            FeedEntry(claim=hidden[-1], action="delete"),
            FeedEntry(quantity=quantity, action="upsert"),
            FeedEntry(
                quantity=hidden[-1].quantity, action="upsert"
            ),  # no published claim counts it: a delete
            FeedEntry(claim=published[-1], action="upsert"),
        ]
    )
    shown, url = [], f"{CHANGES}?page_size=3"
    while url:
        page = api.get(url).json()
        shown += page["results"]
        url = page["next"] if page["has_more"] else None
    expected = {claim["id"]: claim for claim in serialized(request_for(CHANGES))}
    assert [(c["type"], c["action"]) for c in shown[-5:]] == [
        ("claim", "delete"),
        ("claim", "delete"),
        ("quantity", "upsert"),
        ("quantity", "delete"),
        ("claim", "upsert"),
    ]
    for change in shown:
        if change["type"] == "claim":
            assert change["claim"] == expected.get(change["id"]) and change["quantity"] is None
        elif change["action"] == "upsert":
            assert change["quantity"] == api.get(f"/api/v1/quantities/{change['id']}/").json()
    assert api.get(f"/api/v1/quantities/{hidden[-1].quantity_id}/").status_code == 404


@pytest.mark.parametrize(
    ("format", "renderer"), [("csv", ClaimCSVRenderer()), ("jsonld", ClaimReviewJSONLDRenderer())]
)
def test_csv_and_jsonld_lists_are_unchanged(api, varied_claims, format, renderer):
    response = api.get(CLAIMS, {"format": format})
    assert response.status_code == 200
    assert response.content == renderer.render({"results": serialized(request_for())})


def test_orjson_renderer_writes_drfs_bytes_and_lets_drf_pretty_print(varied_claims):
    data = {
        "results": serialized(request_for()),
        "count": 1,
        "when": dt.datetime(2020, 1, 2, 3, 4, 5, 678901),
    }
    assert ORJSONRenderer().render(data) == JSONRenderer().render(data)
    assert b"\\u2028" in ORJSONRenderer().render(data)
    indented = ORJSONRenderer().render(data, "application/json; indent=4")
    assert indented == JSONRenderer().render(data, "application/json; indent=4")
    assert ORJSONRenderer().render(None) == b""
    assert ORJSONRenderer().render({1: "one"}) == JSONRenderer().render({1: "one"}) == b'{"1":"one"}'


def test_staff_browse_the_fast_list_as_html(client, editor, varied_claims):
    client.force_login(editor)
    response = client.get(CLAIMS, HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert "Ստեփանակերտ" in response.content.decode()

"""The partner API's incidents and estimates: only what rests on published claims, filters that refuse what
they cannot honour, every format, the change feed, and a fixed number of queries per page."""

import csv
import datetime as dt
import io

import pytest
from pyld import jsonld

from claims import services
from claims.api.renderers import ESTIMATE_CSV_COLUMNS, INCIDENT_CSV_COLUMNS
from claims.importing import Importer
from claims.models import Claim, FeedEntry, Incident, Quantity
from claims.services import (
    correct_claim,
    override_grade,
    publish_claim,
    retract_claim,
    submit_claim,
    verify_claim,
)
from tests.factories import ActorFactory, ClaimFactory, ConflictFactory, SourceFactory, rewrite
from tests.test_api_formats import offline_loader
from tests.test_feed import listed

pytestmark = pytest.mark.django_db

INCIDENTS = "/api/v1/incidents/"
ESTIMATES = "/api/v1/estimates/"
CHANGES = "/api/v1/changes/"
HIDDEN_NAME = "Perpetrator-only-in-drafts"


def ids(response) -> list[int]:
    return [record["id"] for record in response.json()["results"]]


def incident(conflict, name: str, **fields) -> Incident:
    defaults = {"kind": "shelling", "started_on": dt.date(2020, 10, 4), "place": name}
    return Incident.objects.create(conflict=conflict, name=name, **{**defaults, **fields})


@pytest.fixture
def war():
    """Incidents of one war as partners may meet them, and one they must not.

    - Martuni (coordinates, a one-day date): the UN's and a rights group's figures, and Azerbaijan's own:
      Azerbaijan, the alleged perpetrator, is shown (its published figure shows it).
    - Shushi (no coordinates, a week's window): one published figure; its alleged perpetrator, an armed group no
      claim names, is shown with it: the allegation is part of the incident partners see.
    - Hadrut (coordinates): only a draft and a verified claim: hidden, with everything about it, its alleged
      perpetrator (named otherwise by drafts only) included.
    - A war-wide cumulative toll, no incident.
    """
    conflict = ConflictFactory(name="Second Nagorno-Karabakh war", slug="nk-2020")
    other_war = ConflictFactory(name="Another war", slug="other")
    armenia = ActorFactory(name="Government of Armenia", kind="government")
    azerbaijan = ActorFactory(name="Government of Azerbaijan", kind="government")
    conflict.parties.add(armenia, azerbaijan)
    un = ActorFactory(name="UN monitoring mission", kind="international_organisation")
    rights = ActorFactory(name="Rights group", kind="ngo")
    secret = ActorFactory(name=HIDDEN_NAME, kind="armed_group")
    raiders = ActorFactory(name="Shushi raiders", kind="armed_group")

    martuni = incident(
        conflict, "Shelling of Martuni", admin1="Khojavend", latitude=39.79, longitude=47.11,
        place_precision="near", perpetrator=azerbaijan, description="Shelling of the town centre.",
    )  # fmt: skip
    shushi = incident(
        conflict, "Strike on Shushi", kind="air_strike", started_on=dt.date(2020, 10, 5),
        ended_on=dt.date(2020, 10, 11), date_precision="week", admin1="Shusha", perpetrator=raiders,
    )  # fmt: skip
    hadrut = incident(
        conflict, "Hadrut", latitude=39.52, longitude=47.03, place_precision="exact", perpetrator=secret
    )
    elsewhere = incident(other_war, "Elsewhere", started_on=dt.date(2021, 5, 1), latitude=10.0, longitude=10.0,
                         place_precision="exact")  # fmt: skip

    def published(about, originator, low, best, high, qualifier="range", **fields):
        return ClaimFactory(
            conflict=about.conflict if about else conflict, incident=about, originator=originator,
            population="civilian", phrase=f"{low} to {high}", qualifier=qualifier, low=low, best=best, high=high,
            status="published", sides=[armenia], **fields,
        )  # fmt: skip

    claims = {
        "un": published(martuni, un, 13, None, 46),
        "rights": published(martuni, rights, 15, None, 40),
        "perpetrator": published(martuni, azerbaijan, 2, None, 5),
        "shushi": published(shushi, rights, 3, 3, 3, qualifier="exact"),
        "elsewhere": published(elsewhere, un, 1, 1, 1, qualifier="exact"),
        "toll": published(
            None,
            un,
            2000,
            2000,
            2000,
            qualifier="exact",
            area="Nagorno-Karabakh",
            period_end=dt.date(2020, 11, 9),
        ),
        "draft": ClaimFactory(conflict=conflict, incident=hadrut, originator=secret, sides=[secret]),
        "verified": ClaimFactory(conflict=conflict, incident=hadrut, originator=secret, status="verified"),
        "shushi_draft": ClaimFactory(conflict=conflict, incident=shushi, originator=secret, sides=[secret]),
    }
    return {
        "conflict": conflict,
        "martuni": martuni,
        "shushi": shushi,
        "hadrut": hadrut,
        "elsewhere": elsewhere,
        "claims": claims,
        "armenia": armenia,
        "azerbaijan": azerbaijan,
        "secret": secret,
        "raiders": raiders,
    }


# --- incidents: what partners see ----------------------------------------------------------------------------


def test_incidents_list_only_those_published_claims_are_about(api, war):
    assert ids(api.get(INCIDENTS)) == sorted([war["martuni"].pk, war["shushi"].pk, war["elsewhere"].pk])


def test_an_incident_has_the_contracted_fields_and_its_estimates(api, war):
    martuni = war["martuni"]
    data = api.get(f"{INCIDENTS}{martuni.pk}/").json()
    quantity = Quantity.objects.get(incident=martuni)
    assert data == {
        "id": martuni.pk,
        "url": f"http://testserver{INCIDENTS}{martuni.pk}/",
        "conflict": {"slug": "nk-2020", "name": "Second Nagorno-Karabakh war"},
        "name": "Shelling of Martuni",
        "kind": "shelling",
        "started_on": "2020-10-04",
        "ended_on": None,
        "date_precision": "day",
        "place": "Shelling of Martuni",
        "admin1": "Khojavend",
        "admin2": "",
        "latitude": 39.79,
        "longitude": 47.11,
        "place_precision": "near",
        "perpetrator": {"id": war["azerbaijan"].pk, "name": "Government of Azerbaijan", "kind": "government"},
        "description": "Shelling of the town centre.",
        "assessment": "open",
        "estimates": [
            {
                "id": quantity.pk,
                "url": f"http://testserver{ESTIMATES}{quantity.pk}/",
                "metric": "killed",
                "population": "civilian",
                "group": "all",
                "sides": [{"id": war["armenia"].pk, "name": "Government of Armenia", "kind": "government"}],
                "reports": 3,
                "independent_origins": 3,
                "estimate": {
                    "low": 13, "best": None, "high": 46, "low_claim": war["claims"]["un"].pk,
                    "best_claim": None, "high_claim": war["claims"]["un"].pk,
                },
                "grade": "confirmed",  # the perpetrator gave a figure of its own
                "explanation": quantity.explanation,
            }
        ],
        "updated_at": data["updated_at"],
    }  # fmt: skip
    assert "claim" in quantity.explanation and data["updated_at"].endswith("Z")


def test_a_hidden_incident_answers_404_in_every_format_and_leaks_nothing(api, war):
    hadrut = war["hadrut"]
    for suffix in ("", "?format=csv", "?format=geojson"):
        response = api.get(f"{INCIDENTS}{hadrut.pk}/{suffix}")
        assert (response.status_code, response["Content-Type"]) == (404, "application/json"), suffix
    for url in (INCIDENTS, f"{INCIDENTS}?format=csv", f"{INCIDENTS}?format=geojson", ESTIMATES, CHANGES):
        body = api.get(url).content.decode()
        assert "Hadrut" not in body and HIDDEN_NAME not in body, url
    assert api.get(f"{INCIDENTS}?place=hadrut").json()["results"] == []
    assert api.get(f"{INCIDENTS}?bbox=47.0,39.5,47.05,39.55").json()["results"] == []
    assert api.get(f"{INCIDENTS}{2**70}/").status_code == 404


def test_an_incident_partners_see_names_its_perpetrator_and_a_hidden_one_names_nobody(api, war):
    shushi = api.get(f"{INCIDENTS}{war['shushi'].pk}/").json()
    raiders = war["raiders"]
    assert shushi["perpetrator"] == {"id": raiders.pk, "name": "Shushi raiders", "kind": "armed_group"}
    assert shushi["place_precision"] is None and shushi["latitude"] is None
    assert api.get(f"/api/v1/actors/{raiders.pk}/").status_code == 200  # the actors list keeps the same rule
    assert api.get(f"/api/v1/actors/{war['secret'].pk}/").status_code == 404  # Hadrut's, hidden with it


def test_an_incident_whose_last_published_claim_is_retracted_disappears(api, war, reviewer):
    retract_claim(war["claims"]["shushi"], by=reviewer, reason="Withdrawn.")
    assert api.get(f"{INCIDENTS}{war['shushi'].pk}/").status_code == 404
    assert war["shushi"].pk not in ids(api.get(INCIDENTS))


# --- incidents: filters --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("conflict=nk-2020", ["martuni", "shushi"]),
        ("conflict=other", ["elsewhere"]),
        ("kind=air_strike", ["shushi"]),
        ("from=2020-10-05", ["shushi", "elsewhere"]),  # Shushi's week overlaps it, Martuni's day does not
        ("to=2020-10-04", ["martuni"]),
        ("from=2020-10-08&to=2020-10-09", ["shushi"]),  # inside Shushi's window
        ("from=2020-10-04&to=2020-10-04", ["martuni"]),
        ("place=khojavend", ["martuni"]),  # admin1, case-insensitive
        ("place=SHUSHI", ["shushi"]),
        ("bbox=47.0,39.7,47.2,39.9", ["martuni"]),
        ("bbox=-180,-90,180,90", ["martuni", "elsewhere"]),  # only incidents with coordinates
        ("bbox=170,-90,20,90", ["elsewhere"]),  # crosses the antimeridian: 170°E eastwards to 20°E
        ("grade=confirmed", ["martuni"]),
        ("grade=weak", ["shushi", "elsewhere"]),
        ("grade=fair", []),
        ("conflict=nk-2020&grade=weak&place=shu", ["shushi"]),
    ],
)
def test_incident_filters_select_what_they_say(api, war, query, expected):
    response = api.get(f"{INCIDENTS}?{query}")
    assert response.status_code == 200, response.content
    assert ids(response) == sorted(war[name].pk for name in expected)


@pytest.mark.parametrize(
    ("query", "parameter", "words"),
    [
        ("bbox=1,2,3", "bbox", "min_lon,min_lat,max_lon,max_lat"),
        ("bbox=1,2,3,4,5", "bbox", "got 5"),
        ("bbox=a,b,c,d", "bbox", "not a number"),
        ("bbox=1%25s,2,3,4", "bbox", "not a number"),  # a "%" in the value, which django-filter %-formats
        ("bbox=1,2,3,nan", "bbox", "not a number"),
        ("bbox=1,2,3,1e400", "bbox", "finite"),
        ("bbox=1_0,2,3,4", "bbox", "not a number"),
        ("bbox=1,2,3,inf", "bbox", "not a number"),
        ("bbox=-200,0,10,10", "bbox", "Longitudes"),
        ("bbox=0,-91,10,10", "bbox", "Latitudes"),
        ("bbox=0,40,10,30", "bbox", "min_lat"),
        ("bbox=", "bbox", "Give a value"),
        ("from=2020-13-01", "from", ""),
        ("to=yesterday", "to", ""),
        ("from=2020-10-10&to=2020-10-01", "to", "ends before it starts"),
        ("grade=excellent", "grade", ""),
        ("kind=earthquake", "kind", ""),
        ("conflict=no-such-war", "conflict", ""),
        ("incident=1", "incident", "Unknown"),
        ("cursor=garbage", "cursor", ""),
        ("page_size=0", "page_size", ""),
    ],
)
def test_bad_incident_parameters_are_400_naming_the_parameter(api, war, query, parameter, words):
    response = api.get(f"{INCIDENTS}?{query}")
    assert (response.status_code, response["Content-Type"]) == (400, "application/json")
    assert parameter in response.json()
    assert words in str(response.json()[parameter])


def test_incident_pages_cover_every_incident_once(api, war):
    seen, url = [], f"{INCIDENTS}?page_size=1"
    while url:
        page = api.get(url).json()
        seen += [record["id"] for record in page["results"]]
        url = page["next"]
    assert seen == ids(api.get(INCIDENTS))


# --- incidents: formats --------------------------------------------------------------------------------------


def test_geojson_is_a_feature_collection_of_the_incidents_with_coordinates(api, war):
    listed_json = api.get(INCIDENTS).json()["results"]
    response = api.get(INCIDENTS, {"format": "geojson"})
    assert response["Content-Type"] == "application/geo+json"
    document = response.json()
    assert document["type"] == "FeatureCollection" and document["next"] is None
    with_coordinates = [incident for incident in listed_json if incident["latitude"] is not None]
    assert [feature["id"] for feature in document["features"]] == [i["id"] for i in with_coordinates]
    martuni = document["features"][0]
    assert martuni["type"] == "Feature"
    assert martuni["geometry"] == {"type": "Point", "coordinates": [47.11, 39.79]}  # longitude first
    assert martuni["properties"] == with_coordinates[0]


def test_geojson_detail_is_a_feature_and_pages_link_on(api, war):
    feature = api.get(f"{INCIDENTS}{war['shushi'].pk}/", {"format": "geojson"}).json()
    assert feature == {
        "type": "Feature",
        "id": war["shushi"].pk,
        "geometry": None,  # no coordinates: a Feature without a place on the map
        "properties": api.get(f"{INCIDENTS}{war['shushi'].pk}/").json(),
    }
    page = api.get(INCIDENTS, {"format": "geojson", "page_size": 1}).json()
    assert "format=geojson" in page["next"]


def test_errors_are_json_whatever_the_format(api, war):
    for format in ("csv", "geojson"):
        response = api.get(INCIDENTS, {"format": format, "bbox": "x"})
        assert (response.status_code, response["Content-Type"]) == (400, "application/json")


def test_incidents_csv_has_one_flat_row_per_incident_and_no_formulas(api, war):
    incident = war["martuni"]
    incident.description = '=HYPERLINK("http://evil")'
    services.save_incident(incident)
    response = api.get(INCIDENTS, {"format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert list(rows[0]) == INCIDENT_CSV_COLUMNS and len(rows) == 3
    martuni = next(row for row in rows if row["id"] == str(war["martuni"].pk))
    quantity = Quantity.objects.get(incident=war["martuni"])
    assert martuni["conflict"] == "nk-2020" and martuni["perpetrator"] == "Government of Azerbaijan"
    assert martuni["description"].startswith("'=")
    assert martuni["estimates"] == f"killed, civilian: 13–46, confirmed (#{quantity.pk})"
    shushi = next(row for row in rows if row["id"] == str(war["shushi"].pk))
    raiders = war["raiders"]
    assert (shushi["perpetrator"], shushi["perpetrator_id"], shushi["latitude"]) == (
        "Shushi raiders",
        str(raiders.pk),
        "",
    )


# --- estimates -----------------------------------------------------------------------------------------------


def test_estimates_are_the_quantities_under_their_new_name(api, war):
    estimates = listed(api, "estimates")
    assert estimates == listed(api, "quantities")
    assert set(estimates) == set(Quantity.objects.visible_to_partners().values_list("pk", flat=True))
    for pk, estimate in estimates.items():
        assert api.get(f"/api/v1/quantities/{pk}/").json() == estimate == api.get(f"{ESTIMATES}{pk}/").json()


def test_an_estimate_has_its_bounds_grade_explanation_and_basis(api, war):
    claims = war["claims"]
    quantity = Quantity.objects.get(incident=war["martuni"])
    data = api.get(f"{ESTIMATES}{quantity.pk}/").json()
    assert set(data) == {
        "id", "url", "conflict", "incident", "metric", "population", "group", "sides", "area", "ends_on",
        "series", "reports", "independent_origins", "circular_reporting", "origins", "estimate", "grade",
        "derived_grade", "grade_override_reason", "explanation", "basis", "updated_at",
    }  # fmt: skip
    assert (data["incident"], data["area"], data["ends_on"], data["series"]) == (
        war["martuni"].pk,
        "",
        None,
        quantity.series,
    )
    assert data["estimate"] == {
        "low": 13, "best": None, "high": 46,
        "low_claim": claims["un"].pk, "best_claim": None, "high_claim": claims["un"].pk,
    }  # fmt: skip
    assert (data["grade"], data["derived_grade"], data["grade_override_reason"]) == (
        "confirmed",
        "confirmed",
        None,
    )
    assert data["explanation"] == quantity.explanation
    by_claim = {entry["claim"]: entry for entry in data["basis"]}
    assert set(by_claim) == {claims[name].pk for name in ("un", "rights", "perpetrator")}
    assert by_claim[claims["un"].pk]["sets"] == ["low", "high"]
    assert by_claim[claims["un"].pk]["origin"]["name"] == "UN monitoring mission"
    perpetrator = by_claim[claims["perpetrator"].pk]
    assert perpetrator["interested_party"] is True and perpetrator["sets"] == []


def test_a_cumulative_tolls_estimate_names_its_area_and_last_day(api, war):
    toll = war["claims"]["toll"]
    data = api.get(f"{ESTIMATES}{toll.quantity_id}/").json()
    assert (data["incident"], data["area"], data["ends_on"]) == (None, "nagorno-karabakh", "2020-11-09")
    assert data["estimate"]["best"] == 2000 and data["grade"] == "weak"


def test_a_reviewers_grade_shows_with_its_reason(api, war, reviewer):
    quantity = Quantity.objects.get(incident=war["martuni"])
    override_grade(
        quantity, grade="contested", reason="The two counts cover different streets.", by_id=reviewer.pk
    )
    data = api.get(f"{ESTIMATES}{quantity.pk}/").json()
    assert (data["grade"], data["derived_grade"]) == ("contested", "confirmed")
    assert data["grade_override_reason"] == "The two counts cover different streets."
    assert api.get(f"{INCIDENTS}{war['martuni'].pk}/").json()["estimates"][0]["grade"] == "contested"
    override_grade(quantity, grade="", reason="", by_id=reviewer.pk)
    assert api.get(f"{ESTIMATES}{quantity.pk}/").json()["grade_override_reason"] is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("conflict=other", ["elsewhere"]),
        ("grade=confirmed", ["martuni"]),
        ("from=2020-10-05", ["shushi", "elsewhere", "toll"]),
        ("to=2020-10-31", ["martuni", "shushi"]),  # the toll counts to 2020-11-09
        ("from=2020-11-09&to=2020-11-09", ["toll"]),
        ("place=khojavend", ["martuni"]),
        ("place=karabakh", ["toll"]),  # a cumulative toll's area
        ("bbox=47.0,39.7,47.2,39.9", ["martuni"]),
        ("metric=killed&population=civilian&group=all&conflict=nk-2020", ["martuni", "shushi", "toll"]),
        ("population=military", []),
    ],
)
def test_estimate_filters_select_what_they_say(api, war, query, expected):
    claim_of = {"martuni": "un", "shushi": "shushi", "elsewhere": "elsewhere", "toll": "toll"}
    quantity_of = {name: war["claims"][claim].quantity_id for name, claim in claim_of.items()}
    response = api.get(f"{ESTIMATES}?{query}")
    assert response.status_code == 200, response.content
    assert ids(response) == sorted(quantity_of[name] for name in expected)


def test_the_incident_filter_selects_its_estimates_and_a_hidden_incident_is_an_unknown_one(api, war):
    martuni = Quantity.objects.get(incident=war["martuni"])
    assert ids(api.get(ESTIMATES, {"incident": war["martuni"].pk})) == [martuni.pk]
    hidden = api.get(ESTIMATES, {"incident": war["hadrut"].pk})
    unknown = api.get(ESTIMATES, {"incident": 999_999})
    assert hidden.status_code == unknown.status_code == 400
    assert hidden.json() == unknown.json() and "incident" in hidden.json()
    assert api.get(ESTIMATES, {"incident": "1" * 30}).status_code == 400


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("grade=great", "grade"),
        ("group=babies", "group"),
        ("incident=abc", "incident"),
        ("bbox=1,2", "bbox"),
        ("from=2020-10-10&to=2020-10-01", "to"),
        ("kind=shelling", "kind"),  # an incident's filter, not an estimate's
        ("metric=", "metric"),
    ],
)
def test_bad_estimate_parameters_are_400_naming_the_parameter(api, war, query, parameter):
    for endpoint in (ESTIMATES, "/api/v1/quantities/"):
        response = api.get(f"{endpoint}?{query}")
        assert response.status_code == 400 and parameter in response.json(), endpoint


def test_estimates_csv_has_the_bounds_and_their_claims_as_columns(api, war):
    response = api.get(ESTIMATES, {"format": "csv", "incident": war["martuni"].pk})
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert list(rows[0]) == ESTIMATE_CSV_COLUMNS and len(rows) == 1
    un = str(war["claims"]["un"].pk)
    assert (rows[0]["low"], rows[0]["best"], rows[0]["high"]) == ("13", "", "46")
    assert (rows[0]["low_claim"], rows[0]["high_claim"], rows[0]["grade"]) == (un, un, "confirmed")
    assert rows[0]["sides"] == "Government of Armenia" and rows[0]["conflict"] == "nk-2020"


def test_estimate_jsonld_is_an_observation_based_on_claimreviews_that_expands(api, war):
    quantity = Quantity.objects.get(incident=war["martuni"])
    response = api.get(f"{ESTIMATES}{quantity.pk}/", {"format": "jsonld"})
    assert response["Content-Type"].startswith("application/ld+json")
    document = response.json()
    assert document["@type"] == "Observation"
    assert document["value"] == {
        "@type": "QuantitativeValue", "minValue": 13, "value": None, "maxValue": 46, "unitText": "people",
    }  # fmt: skip
    assert document["observationAbout"]["@id"] == f"http://testserver{INCIDENTS}{war['martuni'].pk}/"
    claim_ids = {
        f"http://testserver/api/v1/claims/{war['claims'][n].pk}/" for n in ("un", "rights", "perpetrator")
    }
    assert {based["@id"] for based in document["isBasedOn"]} == claim_ids  # the @ids of their ClaimReviews
    expanded = jsonld.expand(document, {"documentLoader": offline_loader})[0]
    assert expanded["@type"] == ["https://schema.org/Observation"]
    value = expanded["https://schema.org/value"][0]
    assert value["https://schema.org/maxValue"][0]["@value"] == 46
    assert len(expanded["https://schema.org/isBasedOn"]) == 3
    graph = api.get(ESTIMATES, {"format": "jsonld"}).json()
    assert len(jsonld.expand(graph, {"documentLoader": offline_loader})) == len(listed(api, "estimates"))


def test_an_estimates_basis_names_only_published_claims(api, war, reviewer):
    """A retracted figure leaves the estimate, its bounds and its basis: partners never see its id there."""
    claims = war["claims"]
    retract_claim(claims["un"], by=reviewer, reason="Withdrawn.")
    data = api.get(f"{ESTIMATES}{claims['rights'].quantity_id}/").json()
    published = set(Claim.objects.published().values_list("pk", flat=True))
    assert {entry["claim"] for entry in data["basis"]} <= published
    assert {data["estimate"][f"{bound}_claim"] for bound in ("low", "best", "high")} - {None} <= published
    assert data["estimate"]["low"] == 15


def test_a_published_correction_replaces_the_figure_it_corrects_in_the_estimate(api, war, editor, reviewer):
    """Publishing a correction retracts the corrected claim in the same write; the quantity's counts may not
    move (one report out, one in, the same origin), and the estimate must still follow."""
    claims = war["claims"]
    correction = correct_claim(claims["un"], by=editor)
    correction = rewrite(correction, by=editor, low=20, high=50, phrase="20 to 50", reason="Misread.")
    submit_claim(correction, by=editor)
    verify_claim(correction, by=reviewer)
    publish_claim(correction, by=reviewer, rating="corroborated")
    data = api.get(f"{ESTIMATES}{claims['rights'].quantity_id}/").json()
    published = set(Claim.objects.published().values_list("pk", flat=True))
    assert claims["un"].pk not in published
    assert {entry["claim"] for entry in data["basis"]} <= published
    assert data["estimate"]["high_claim"] == correction.pk and data["estimate"]["high"] == 50


# --- the change feed -----------------------------------------------------------------------------------------


def follow(api, after: int = 0) -> tuple[int, dict]:
    """Apply the feed from `after` to a copy kept per type; return the last seq and the copy."""
    copy: dict[str, dict] = {"claim": {}, "quantity": {}, "incident": {}}
    last, url = after, f"{CHANGES}?after={after}&page_size=2"
    while True:
        page = api.get(url).json()
        for change in page["results"]:
            assert set(change) == {"seq", "type", "id", "action", "claim", "quantity", "incident"}
            assert [change[kind] is not None for kind in copy].count(True) == (change["action"] == "upsert")
            if change["action"] == "upsert":
                copy[change["type"]][change["id"]] = change[change["type"]]
            else:
                copy[change["type"]].pop(change["id"], None)
        last, url = page["last_seq"], page["next"]
        if not page["has_more"]:
            return last, copy


def test_following_the_feed_reproduces_incidents_and_estimates(api, war, reviewer):
    _, copy = follow(api)
    assert copy["incident"] == listed(api, "incidents") and len(copy["incident"]) == 3
    assert copy["quantity"] == listed(api, "estimates")
    assert copy["claim"] == listed(api, "claims")


def test_the_feed_sends_an_incidents_tombstone_when_it_leaves_the_published_set(api, war, reviewer):
    last, _ = follow(api)
    retract_claim(war["claims"]["shushi"], by=reviewer, reason="Withdrawn.")
    page = api.get(CHANGES, {"after": last}).json()["results"]
    incident = [change for change in page if change["type"] == "incident"]
    assert incident == [
        {
            "seq": incident[0]["seq"],
            "type": "incident",
            "id": war["shushi"].pk,
            "action": "delete",
            "claim": None,
            "quantity": None,
            "incident": None,
        }
    ]


def test_a_new_figure_sends_the_incident_with_its_new_estimate(api, war):
    last, _ = follow(api)
    ClaimFactory(
        conflict=war["conflict"], incident=war["shushi"], population="civilian", originator=ActorFactory(),
        phrase="30 killed", low=30, best=30, high=30, status="published",
        sides=list(Claim.objects.get(pk=war["claims"]["shushi"].pk).sides.all()),
    )  # fmt: skip
    changes = api.get(CHANGES, {"after": last}).json()["results"]
    sent = {change["type"]: change for change in changes}
    assert set(sent) == {"claim", "quantity", "incident"}
    assert sent["incident"]["incident"] == api.get(f"{INCIDENTS}{war['shushi'].pk}/").json()
    assert sent["incident"]["incident"]["estimates"][0]["estimate"]["high"] == 30
    assert sent["quantity"]["quantity"]["estimate"]["high"] == 30


def test_the_feed_never_describes_a_hidden_incident(api, war):
    FeedEntry.objects.create(incident=war["hadrut"], action="upsert")
    entry = api.get(CHANGES).json()["results"][-1]
    assert (entry["type"], entry["id"], entry["action"], entry["incident"]) == (
        "incident",
        war["hadrut"].pk,
        "delete",
        None,
    )


# --- a fixed number of queries, whatever the page size -------------------------------------------------------


def publish_incidents(count: int) -> None:
    """Create `count` incidents with coordinates, each with two published figures, quickly: a trusted import."""
    conflict, outlet = ConflictFactory(), ActorFactory(kind="news_outlet")
    originators = [ActorFactory(), ActorFactory()]
    source = SourceFactory(publisher=outlet)
    incidents = Incident.objects.bulk_create(
        Incident(conflict=conflict, name=f"Incident {n}", kind="shelling", started_on=dt.date(2020, 10, 1),
                 place=f"Village {n}", latitude=39.0 + n / 1000, longitude=46.0, place_precision="exact",
                 perpetrator=originators[0])
        for n in range(count)
    )  # fmt: skip
    rows = [
        {
            "external_id": f"incident-{conflict.slug}-{n}-{i}", "conflict": conflict.slug, "incident": incident.pk,
            "metric": "killed", "phrase": f"{n} killed", "qualifier": "exact", "low": n, "best": n, "high": n,
            "originator": originator.name, "quote": f"{n} killed.", "status": "published",
            "rating": "single_source", "sides": [originators[1].name],
            "chain": [
                {"actor": originator.name, "relation": "stated"},
                {"actor": outlet.name, "relation": "published", "source": source.url},
            ],
        }
        for n, incident in enumerate(incidents)
        for i, originator in enumerate(originators)
    ]  # fmt: skip
    Importer(trusted=True).run((line, row, None) for line, row in enumerate(rows, start=1))


@pytest.mark.parametrize("page_size", [5, 60])
@pytest.mark.parametrize("format", ["json", "csv", "geojson"])
def test_query_count_per_incidents_page_does_not_grow_with_page_size(
    api, django_assert_num_queries, page_size, format
):
    publish_incidents(60)
    # 1 key lookup, 2 the page of incidents partners see with their stored documents (claims/api/documents.py)
    with django_assert_num_queries(2):
        response = api.get(INCIDENTS, {"page_size": page_size, "format": format})
    assert response.status_code == 200
    if format == "json":
        assert len(response.json()["results"]) == page_size
        assert all(len(incident["estimates"]) == 1 for incident in response.json()["results"])


@pytest.mark.parametrize("page_size", [5, 60])
@pytest.mark.parametrize("format", ["json", "csv", "jsonld"])
def test_query_count_per_estimates_page_does_not_grow_with_page_size(
    api, django_assert_num_queries, page_size, format
):
    publish_incidents(60)
    # 1 key lookup, 2 the page of quantities partners see with their stored documents
    with django_assert_num_queries(2):
        response = api.get(ESTIMATES, {"page_size": page_size, "format": format})
    assert response.status_code == 200
    if format == "json":
        assert len(response.json()["results"]) == page_size


@pytest.mark.parametrize(
    "query", ["bbox=45,38,47,40&from=2020-09-01&to=2020-12-31&place=village&grade=confirmed&kind=shelling"]
)
def test_query_count_of_a_filtered_incidents_page_is_the_same(api, django_assert_num_queries, query):
    publish_incidents(30)
    with django_assert_num_queries(2):  # as above: the filters are conditions of the page's query
        response = api.get(f"{INCIDENTS}?{query}&page_size=20")
    assert len(response.json()["results"]) == 20


@pytest.mark.parametrize("page_size", [6, 30])
def test_query_count_of_a_feed_page_with_incidents_does_not_grow(api, django_assert_num_queries, page_size):
    publish_incidents(30)  # the import's feed: the claims, then the quantities and the incidents
    FeedEntry.objects.filter(claim__isnull=False).delete()  # pages of quantities and incidents only
    entries = list(FeedEntry.objects.order_by("seq").values_list("seq", "incident_id"))
    first_incident = next(n for n, (_, incident) in enumerate(entries) if incident is not None)
    after = entries[first_incident - 4][0]  # each page: three quantities, then incidents
    # 1 key lookup, 2 the changes with the documents they carry and whether partners see their records
    with django_assert_num_queries(2):
        response = api.get(CHANGES, {"page_size": page_size, "after": after})
    kinds = [change["type"] for change in response.json()["results"]]
    assert len(kinds) == page_size and set(kinds) == {"quantity", "incident"}


# --- the schema ----------------------------------------------------------------------------------------------


def test_the_schema_describes_incidents_estimates_and_their_parameters(client):
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    paths = schema["paths"]
    for path in (
        "/api/v1/incidents/",
        "/api/v1/incidents/{id}/",
        "/api/v1/estimates/",
        "/api/v1/estimates/{id}/",
    ):
        assert "get" in paths[path], path
    incident_parameters = {p["name"] for p in paths["/api/v1/incidents/"]["get"]["parameters"]}
    assert {
        "conflict",
        "from",
        "to",
        "place",
        "bbox",
        "grade",
        "kind",
        "cursor",
        "page_size",
    } <= incident_parameters
    estimate_parameters = {p["name"] for p in paths["/api/v1/estimates/"]["get"]["parameters"]}
    assert {"conflict", "incident", "grade", "from", "to", "place", "bbox", "metric", "population"} <= (
        estimate_parameters
    )
    assert paths["/api/v1/quantities/"]["get"]["deprecated"] is True
    assert "application/geo+json" in paths["/api/v1/incidents/"]["get"]["responses"]["200"]["content"]
    change = schema["components"]["schemas"]["Change"]["properties"]
    assert "incident" in change


@pytest.mark.parametrize(
    "url",
    [
        f"{INCIDENTS}?format=csv",
        f"{INCIDENTS}?format=geojson",
        f"{ESTIMATES}?format=csv",
        f"{ESTIMATES}?format=jsonld",
        "/api/v1/claims/?format=jsonld",
        "/api/v1/claims/?format=csv",
    ],
)
def test_options_answers_in_json_whatever_the_format(api, url):
    response = api.options(url)
    assert (response.status_code, response["Content-Type"]) == (200, "application/json")
    assert "name" in response.json()


@pytest.mark.parametrize("endpoint", ["incidents", "estimates"])
@pytest.mark.parametrize("position", ["abc", "%00", "1" * 30, "-1"])
def test_a_forged_cursor_position_is_a_400(api, war, endpoint, position):
    import base64

    cursor = base64.b64encode(f"p={position}".encode()).decode()
    response = api.get(f"/api/v1/{endpoint}/", {"cursor": cursor})
    assert response.status_code == 400 and "cursor" in response.json()


@pytest.mark.parametrize("url", [INCIDENTS, ESTIMATES, f"{INCIDENTS}?from=2020-10-01&bbox=40,30,50,45"])
def test_staff_browse_incidents_and_estimates_as_html(client, editor, war, url):
    client.force_login(editor)
    response = client.get(url, HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert "Shelling of Martuni" in response.content.decode() or "estimates" in url
    assert HIDDEN_NAME not in response.content.decode()


def test_the_feed_follows_a_perpetrator_renamed(api, war):
    last, copy = follow(api)
    raiders = war["raiders"]
    raiders.name = "Shushi raiding party"
    services.save_actor(raiders)
    _, changes = follow(api, after=last)
    assert changes["incident"][war["shushi"].pk]["perpetrator"]["name"] == "Shushi raiding party"
    copy["incident"] |= changes["incident"]
    assert copy["incident"] == listed(api, "incidents")

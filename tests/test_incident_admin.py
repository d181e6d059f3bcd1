"""The admin of incidents and estimates: the claim form's incident, the incident list and page, the estimates
with the reviewer's grade override, the map of incidents and its GeoJSON, and the comparison chart's series."""

import datetime as dt
import re

import pytest
from django.contrib.auth.models import Group
from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import reverse

from claims import services
from claims.admin import incidents as incident_admin
from claims.models import Claim, EstimateVersion, Incident, Quantity
from tests.factories import ActorFactory, ConflictFactory
from tests.test_admin import claim_form_data
from tests.test_security import assert_no_inline_code_without_the_nonce, policy

pytestmark = pytest.mark.django_db


def test_editors_and_reviewers_record_incidents_as_they_record_claims():
    for name in ("Editors", "Reviewers"):
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert {"add_incident", "change_incident", "view_incident"} <= codenames
        assert "delete_incident" not in codenames  # nothing is hard-deleted by editors


def make_incident(conflict, number: int = 0, **fields) -> Incident:
    incident = Incident(
        conflict=conflict,
        name=fields.pop("name", f"Shelling of the market {number}"),
        kind=fields.pop("kind", "shelling"),
        started_on=fields.pop("started_on", dt.date(2020, 10, 4)),
        place=fields.pop("place", f"Town {number}"),
        **fields,
    )
    services.save_incident(incident)
    return incident


@pytest.fixture
def shelling(claim_in):
    """An incident with three published accounts from independent origins (one of them a party to the
    conflict) and one in review, and the war-wide toll as another quantity."""
    conflict = ConflictFactory(slug="nk-2020")
    government = ActorFactory(name="Government of Azerbaijan", kind="government")
    conflict.parties.add(government)
    army = ActorFactory(name="Defence Army", kind="military")
    incident = make_incident(
        conflict,
        name="Shelling of Martuni",
        place="Martuni",
        admin1="Martuni Province",
        latitude=39.78,
        longitude=46.93,
        place_precision="near",
        perpetrator=army,
    )
    ministry = ActorFactory(name="Ministry of Health", kind="ministry", acts_on_behalf_of=government)
    mission = ActorFactory(name="Monitoring Mission", kind="international_organisation")
    watch = ActorFactory(name="Rights Watch", kind="ngo")

    def account(status, originator, day, **figure):
        return claim_in(
            status,
            conflict=conflict,
            incident=incident,
            originator=originator,
            stated_on=dt.date(2020, 10, day),
            sides=[],
            **figure,
        )

    return {
        "incident": incident,
        "conflict": conflict,
        "party": account("published", ministry, 5, phrase="at least 46 killed", qualifier="at_least", low=46, best=46, high=None),
        "mission": account("published", mission, 6, phrase="between 13 and 21 killed", qualifier="range", low=13, best=None, high=21),
        "watch": account("published", watch, 7, phrase="about 20 killed", qualifier="approximate", low=None, best=20, high=None),
        "draft": account("in_review", ministry, 8, phrase="52 killed", qualifier="exact", low=52, best=52, high=52),
        "toll": claim_in("published", conflict=conflict, originator=mission, stated_on=dt.date(2020, 10, 9), sides=[]),
    }  # fmt: skip


def quantity_of(claim) -> Quantity:
    return Quantity.objects.get(pk=Claim.objects.get(pk=claim.pk).quantity_id)


# The claim form -----------------------------------------------------------------------------------------------


def test_claim_form_asks_what_incident_and_group_in_what_is_counted(editor_client):
    response = editor_client.get(reverse("admin:claims_claim_add"))
    fieldsets = {fieldset.name: fieldset for fieldset in response.context["adminform"]}
    counted = [line for line in fieldsets["What is counted"]]
    # A read-only field (the claim's parts) is a dict of its name and label, not a form field.
    names = [getattr(field.field, "name", None) or field.field["name"] for line in counted for field in line]
    assert names[:5] == ["conflict", "incident", "metric", "population", "group"]
    form = response.context["adminform"].form
    assert "must belong to the claim's conflict" in form.fields["incident"].help_text
    assert 'data-field-name="incident"' in response.content.decode()  # typed into: an autocomplete


def test_claim_form_refuses_an_incident_of_another_conflict_on_the_incident_field(editor_client):
    conflict, other = ConflictFactory(), ConflictFactory()
    elsewhere = make_incident(other)
    data = claim_form_data(conflict, ActorFactory(), incident=elsewhere.pk, group="all")
    response = editor_client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "belongs to another conflict" in " ".join(errors["incident"])
    assert not Claim.objects.exists()


def test_claim_form_records_the_incident_and_group(editor_client):
    conflict = ConflictFactory()
    incident = make_incident(conflict)
    data = claim_form_data(conflict, ActorFactory(), incident=incident.pk, group="children")
    response = editor_client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    claim = Claim.objects.select_related("quantity").get()
    assert (claim.incident_id, claim.group) == (incident.pk, "children")
    assert (claim.quantity.incident_id, claim.quantity.group) == (incident.pk, "children")


# Incidents ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 12])
def test_incident_list_query_count_is_fixed_whatever_the_page_size(
    editor_client, django_assert_num_queries, count
):
    conflict, army = ConflictFactory(), ActorFactory(name="Army")
    for number in range(count):
        make_incident(conflict, number, perpetrator=army)
    url = reverse("admin:claims_incident_changelist")
    editor_client.get(url)  # warm the content-type cache, as any running server has
    # 1 session, 2 user, 3-4 the user's and groups' permissions, 5 the capped count of the filtered rows,
    # 6 the page's incidents with their conflicts and perpetrators, 7 the conflicts of the conflict filter
    with django_assert_num_queries(7):
        response = editor_client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count('class="field-when"') == count


def test_incident_list_searches_names_places_and_administrative_areas(editor_client):
    conflict = ConflictFactory()
    make_incident(conflict, 1, admin1="Martuni Province")
    make_incident(conflict, 2, admin2="Shushi District")
    make_incident(conflict, 3)
    url = reverse("admin:claims_incident_changelist")
    for term, expected in [("martuni", ["Town 1"]), ("shushi", ["Town 2"]), ("market 3", ["Town 3"])]:
        html = editor_client.get(url, {"q": term}).content.decode()
        assert [town for town in ("Town 1", "Town 2", "Town 3") if town in html] == expected, term


def test_incident_form_saves_through_the_service_and_keeps_history(editor_client, monkeypatch):
    calls = []
    save = services.save_incident
    monkeypatch.setattr(
        services, "save_incident", lambda incident, **kw: calls.append(kw) or save(incident, **kw)
    )
    conflict = ConflictFactory()
    incident = make_incident(conflict)
    url = reverse("admin:claims_incident_change", args=[incident.pk])
    data = {
        "conflict": conflict.pk,
        "name": "Shelling of the market",
        "kind": "air_strike",
        "assessment": "assessed",
        "started_on": "2020-10-04",
        "date_precision": "day",
        "place": "Town 0",
        "latitude": "39.8",
        "longitude": "46.9",
        "place_precision": "near",
    }
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert calls and calls[-1]["by_id"] is not None
    incident.refresh_from_db()
    assert (incident.kind, incident.latitude) == ("air_strike", 39.8)
    assert incident.history.count() == 2
    # A rule of the model, reported on the field to change.
    response = editor_client.post(url, data | {"place_precision": ""})
    assert "Say how precisely" in " ".join(response.context["adminform"].form.errors["place_precision"])


def test_incident_page_shows_every_claim_side_by_side_under_its_estimate(editor_client, shelling):
    response = editor_client.get(reverse("admin:claims_incident_claims", args=[shelling["incident"].pk]))
    assert response.status_code == 200
    html = response.content.decode()
    shown = {int(pk) for pk in re.findall(r'class="account[^"]*" data-claim="(\d+)"', html)}
    assert shown == {shelling[k].pk for k in ("party", "mission", "watch", "draft")}  # not the war's toll
    quantity = quantity_of(shelling["mission"])
    assert quantity.estimate_text() in html and quantity.explanation in html
    assert f'grade-{quantity.grade}"' in html
    # The basis names which claim set which bound; the party's figure is shown and sets none.
    basis = html[html.index('class="basis"') :]
    assert re.search(rf"#{shelling['mission'].pk}</a></td>.*?<td>low, high</td>", basis, re.S)
    assert "a party to the conflict: shown, never sets a bound alone" in basis
    # Each claim: its originator, chain, interested party, quote check and status.
    assert "Ministry of Health" in html and "(stated) →" in html and 'class="party">yes<' in html
    assert "in review" in html and "no text snapshot" in html
    timeline = html[html.index('id="timeline"') :]
    assert timeline.index("2020-10-05") < timeline.index("2020-10-08")
    assert_no_inline_code_without_the_nonce(response)


@pytest.mark.parametrize("extra", [0, 6])
def test_incident_page_query_count_is_fixed_whatever_the_number_of_claims(
    editor_client, shelling, claim_in, django_assert_num_queries, extra
):
    incident = shelling["incident"]
    for day in range(extra):
        claim_in("draft", conflict=incident.conflict, incident=incident, stated_on=dt.date(2020, 11, day + 1))
    url = reverse("admin:claims_incident_claims", args=[incident.pk])
    editor_client.get(url)
    # 1 session, 2 user, 3 the incident, 4-5 the user's and groups' permissions, 6 its quantities (with who
    # overrode a grade), 7 its claims with conflict, originator, root and interested party, 8 their sides,
    # 9 their conflict's parties, 10 their chains with actors
    with django_assert_num_queries(10):
        response = editor_client.get(url)
    assert len(re.findall(r'class="account[^"]*" data-claim=', response.content.decode())) == 4 + extra


def test_incident_page_of_a_missing_incident_is_404(editor_client):
    assert editor_client.get(reverse("admin:claims_incident_claims", args=[999])).status_code == 404
    assert editor_client.get("/admin/claims/incident/abc/claims/").status_code == 404


# Estimates ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("extra", [0, 8])
def test_estimates_list_query_count_is_fixed_whatever_the_page_size(
    editor_client, shelling, claim_in, django_assert_num_queries, extra
):
    side = ActorFactory(name="Armenia")
    for day in range(extra + 1):
        claim_in("published", conflict=shelling["conflict"], as_of=dt.date(2020, 11, day + 1), sides=[side])
    url = reverse("admin:claims_quantity_changelist")
    editor_client.get(url)
    # 1 session, 2 user, 3-4 the user's and groups' permissions, 5 the capped count, 6 the page's quantities
    # with their incidents, 7 the names of their sides, 8 the conflicts of the conflict filter
    with django_assert_num_queries(8):
        response = editor_client.get(url)
    html = response.content.decode()
    assert response.context["title"] == "Estimates"
    assert quantity_of(shelling["mission"]).estimate_text() in html
    assert "sides: Armenia" in html and "sides not stated" in html


def test_estimates_list_filters_by_grade(editor_client, shelling):
    grade = quantity_of(shelling["mission"]).grade
    response = editor_client.get(reverse("admin:claims_quantity_changelist"), {"grade__exact": grade})
    assert [q.grade for q in response.context["cl"].result_list] and all(
        q.grade == grade for q in response.context["cl"].result_list
    )


def test_estimate_page_explains_its_basis_and_history_and_offers_reviewers_the_override(
    editor, reviewer_client, shelling, django_assert_num_queries
):
    quantity = quantity_of(shelling["mission"])
    url = reverse("admin:claims_quantity_change", args=[quantity.pk])
    reviewer_client.get(url)
    # 1 session, 2 user, 3 the quantity with its incident, conflict and who overrode its grade, 4-5 the user's
    # and groups' permissions, 6 the claims of its basis with their originators, 7 its history. Its sides'
    # names would be one more; this quantity counts no side.
    with django_assert_num_queries(7):
        response = reviewer_client.get(url)
    html = response.content.decode()
    assert quantity.explanation in html and 'id="grade-override"' in html
    assert html.count("<tr>") >= quantity.estimate_version  # one row per version
    assert_no_inline_code_without_the_nonce(response)
    editor_client = Client()
    editor_client.force_login(editor)
    page = editor_client.get(url).content.decode()
    assert quantity.explanation in page and 'id="grade-override"' not in page


def test_reviewer_overrides_the_grade_with_a_reason_and_lifts_it(reviewer_client, reviewer, shelling):
    quantity = quantity_of(shelling["mission"])
    url = reverse("admin:claims_quantity_change", args=[quantity.pk])
    versions = EstimateVersion.objects.filter(quantity=quantity).count()
    response = reviewer_client.post(url, {"grade": "discounted", "reason": "The mission withdrew its count."})
    assert response.status_code == 302
    quantity.refresh_from_db()
    assert (quantity.grade, quantity.grade_override, quantity.grade_overridden_by) == (
        "discounted",
        "discounted",
        reviewer,
    )
    assert EstimateVersion.objects.filter(quantity=quantity).count() == versions + 1
    response = reviewer_client.post(url, {"grade": "", "reason": ""})
    assert response.status_code == 302
    quantity.refresh_from_db()
    assert (quantity.grade, quantity.grade_override) == (quantity.derived_grade, "")


def test_an_override_without_a_reason_is_a_form_error_and_changes_nothing(reviewer_client, shelling):
    quantity = quantity_of(shelling["mission"])
    url = reverse("admin:claims_quantity_change", args=[quantity.pk])
    response = reviewer_client.post(url, {"grade": "confirmed", "reason": "   "})
    assert response.status_code == 200
    assert "Say why the reviewer's grade replaces the rule's." in response.context["form"].errors["reason"]
    assert Quantity.objects.get(pk=quantity.pk).grade_override == ""


@pytest.mark.parametrize("data", [{"grade": "confirmed", "reason": "I say so."}, {"grade": "nonsense"}, {}])
def test_an_editor_cannot_override_a_grade_even_by_a_forged_post(editor_client, shelling, data):
    quantity = quantity_of(shelling["mission"])
    response = editor_client.post(reverse("admin:claims_quantity_change", args=[quantity.pk]), data)
    assert response.status_code == 403
    assert Quantity.objects.get(pk=quantity.pk).grade_override == ""


def test_estimates_are_neither_added_changed_nor_deleted_in_the_admin(reviewer_client, shelling):
    quantity = quantity_of(shelling["mission"])
    assert reviewer_client.get(reverse("admin:claims_quantity_add")).status_code == 403
    assert (
        reviewer_client.post(reverse("admin:claims_quantity_delete", args=[quantity.pk])).status_code == 403
    )
    response = reviewer_client.post(
        reverse("admin:claims_quantity_change", args=[quantity.pk]), {"grade": "x"}
    )
    assert response.status_code == 200 and "grade" in response.context["form"].errors


# The map ------------------------------------------------------------------------------------------------------


def test_map_page_ships_leaflet_and_no_inline_code_and_says_it_has_no_tiles(editor_client, shelling):
    response = editor_client.get(reverse("admin:claims_incident_map"), {"conflict": shelling["conflict"].pk})
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/claims/leaflet/leaflet.js" in html and "/static/claims/incident_map.js" in html
    assert "No map tiles are configured" in html and 'data-tiles=""' in html
    assert f"map.geojson?conflict={shelling['conflict'].pk}" in html
    assert_no_inline_code_without_the_nonce(response)
    assert policy(response)["img-src"] == ["'self'", "data:"]
    for name in ("leaflet.js", "leaflet.css", "LICENSE", "images/marker-icon.png"):
        assert finders.find(f"claims/leaflet/{name}"), name


def test_map_page_loads_tiles_from_the_configured_server_only(editor_client, settings):
    settings.MAP_TILES_URL = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    response = editor_client.get(reverse("admin:claims_incident_map"))
    assert 'data-tiles="https://{s}.tiles.example.org/{z}/{x}/{y}.png"' in response.content.decode()
    assert "https://*.tiles.example.org" in policy(response)["img-src"]
    # Other pages keep the policy as it is.
    assert policy(editor_client.get(reverse("admin:claims_incident_changelist")))["img-src"] == [
        "'self'",
        "data:",
    ]


@pytest.mark.parametrize("count", [1, 6])
def test_map_geojson_holds_the_conflicts_incidents_with_coordinates_in_one_query(
    editor_client, django_assert_num_queries, count
):
    conflict, other = ConflictFactory(), ConflictFactory()
    for number in range(count):
        make_incident(conflict, number, latitude=40 + number / 10, longitude=46.5, place_precision="exact")
    make_incident(conflict, 99)  # no coordinates: not on the map
    make_incident(other, 98, latitude=1, longitude=2, place_precision="country")
    url = reverse("admin:claims_incident_geojson")
    editor_client.get(url)
    # 1 session, 2 user, 3-4 the user's and groups' permissions, 5 the incidents
    with django_assert_num_queries(5):
        response = editor_client.get(url, {"conflict": conflict.pk})
    data = response.json()
    assert response["Content-Type"] == "application/geo+json"
    assert (data["type"], len(data["features"]), data["truncated"]) == ("FeatureCollection", count, False)
    feature = data["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [46.5, 40 + (count - 1) / 10]}
    assert feature["properties"]["url"] == reverse("admin:claims_incident_claims", args=[feature["id"]])


def test_map_geojson_is_bounded_and_says_so(editor_client, monkeypatch):
    monkeypatch.setattr(incident_admin, "MAP_FEATURES", 2)
    conflict = ConflictFactory()
    for number in range(3):
        make_incident(conflict, number, latitude=40, longitude=46, place_precision="exact")
    data = editor_client.get(reverse("admin:claims_incident_geojson")).json()
    assert (len(data["features"]), data["truncated"], data["limit"]) == (2, True, 2)


@pytest.mark.parametrize("conflict", ["abc", "-1", "9" * 30])
def test_map_geojson_refuses_a_conflict_that_is_not_an_id(editor_client, conflict):
    response = editor_client.get(reverse("admin:claims_incident_geojson"), {"conflict": conflict})
    assert response.status_code == 400


def test_map_and_geojson_need_the_view_permission(client, django_user_model):
    user = django_user_model.objects.create_user("stranger", password="x", is_staff=True)
    client.force_login(user)
    assert client.get(reverse("admin:claims_incident_map")).status_code == 403
    assert client.get(reverse("admin:claims_incident_geojson")).status_code == 403


# The comparison chart -----------------------------------------------------------------------------------------


def test_comparison_draws_a_cumulative_toll_as_one_series_per_origin_over_its_as_of_dates(
    editor_client, claim_in
):
    conflict, mission = ConflictFactory(), ActorFactory(name="Monitoring Mission")
    for day, number in [(1, 40), (10, 900), (20, 1650)]:
        claim_in(
            "published", conflict=conflict, originator=mission, sides=[], as_of=dt.date(2020, 10, day),
            stated_on=dt.date(2020, 10, day), phrase=f"at least {number} killed", qualifier="at_least",
            low=number, best=number, high=None,
        )  # fmt: skip
    incident = make_incident(conflict)
    claim_in("published", conflict=conflict, incident=incident, originator=mission, sides=[])
    assert Quantity.objects.filter(conflict=conflict).count() == 4  # three as-of dates and the incident
    html = editor_client.get(reverse("admin:claims_conflict_compare", args=[conflict.pk])).content.decode()
    assert html.count('<svg class="comparison"') == 2  # one panel per series: the toll, the incident
    assert "3 reports,\n      1 origin" in html
    # 40 to 1,650 on one axis: logarithmic, and the chart says so; the incident's panel is linear.
    assert "Logarithmic scale" in html and "Linear scale" in html
    assert "date the toll is as of" in html and "date stated" in html

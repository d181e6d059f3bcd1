import datetime as dt
import io

import pytest
from django.core import serializers
from django.core.management import call_command
from django.http import HttpRequest

from claims.models import (
    Actor,
    AttributionHop,
    Claim,
    Conflict,
    EstimateVersion,
    FeedEntry,
    Incident,
    Quantity,
    Source,
    Status,
)
from claims.services import counting_problems

pytestmark = pytest.mark.django_db

MODELS = [Conflict, Actor, Source, Incident, Claim, AttributionHop]
# What the write path derives from them: none of it may move when the demo is loaded again.
DERIVED = [Quantity, EstimateVersion, FeedEntry]


def snapshot() -> str:
    """Return every demo row, with every field, as JSON."""
    from django.contrib.auth import get_user_model

    rows = [obj for model in [*MODELS, *DERIVED, get_user_model()] for obj in model.objects.order_by("pk")]
    return serializers.serialize("json", rows)


def load_demo() -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_load_demo_twice_changes_nothing():
    load_demo()
    first = snapshot()
    output = load_demo()
    assert snapshot() == first
    assert "0 created" in output


def test_demo_has_the_worked_example_and_every_review_status():
    output = load_demo()
    assert set(Claim.objects.values_list("status", flat=True)) == set(Status.values)
    russia = Claim.objects.get(phrase="as many as 5,000 deaths on both sides")
    assert (russia.qualifier, russia.low, russia.best, russia.high) == ("at_most", None, None, 5000)
    assert russia.originator.name == "Government of Russia"
    chain = [(hop.actor.name, hop.relation) for hop in russia.chain.all()]
    assert chain == [
        ("Vladimir Putin", "stated"),
        ("TASS", "relayed"),
        ("Interfax", "relayed"),
        ("Radio Free Europe/Radio Liberty", "published"),
    ]
    assert russia.chain.get(position=0).actor.acts_on_behalf_of == russia.originator
    assert Claim.objects.with_figure_labels().get(pk=russia.pk).figure_text() == "≤ 5,000 killed, all sides"
    assert Claim.objects.get(phrase="no casualties were reported").high == 0
    assert Claim.objects.get(phrase="a large number of bodies").qualifier == "unquantified"
    assert "password 'demo-editor-2020'" in output


def test_demo_claims_pass_model_validation():
    load_demo()
    for model in MODELS:
        for obj in model.objects.all():
            obj.full_clean()


def test_demo_users_can_log_in_and_open_the_admin(client):
    load_demo()
    # django-axes checks every login against its lockouts, which needs the request (as the admin's form passes).
    assert client.login(request=HttpRequest(), username="editor", password="demo-editor-2020")
    assert client.get("/admin/claims/claim/").status_code == 200


def test_demo_records_are_versioned_with_their_author_and_each_review():
    load_demo()
    for claim in Claim.objects.all():
        versions = list(claim.versions.order_by("number"))
        assert versions[0].by.username == "editor" and len(versions[0].record["chain"]) == claim.chain.count()
        assert claim.review_events.count() == len(versions) - 1  # each later version is a review step
        assert claim.version == versions[-1].number
    assert counting_problems() == []


def test_loading_the_demo_again_after_editing_it_adds_nothing():
    from claims.models import Claim
    from tests.factories import rewrite

    load_demo()
    edited = Claim.objects.filter(status="draft").first()
    rewrite(edited, phrase=edited.phrase + " (edited)")
    count = Claim.objects.count()
    load_demo()
    assert Claim.objects.count() == count


def test_demo_has_the_worked_examples_incidents():
    load_demo()
    shelling = Incident.objects.get(name="Shelling of Martuni and Shushi")
    assert (shelling.kind, shelling.place, shelling.admin1, shelling.place_precision) == (
        "shelling",
        "Martuni and Shushi",
        "Nagorno-Karabakh",
        "province",
    )
    assert 39.7 < shelling.latitude < 39.8 and 46.7 < shelling.longitude < 47.2  # between the two towns
    assert shelling.perpetrator.name == "Armed Forces of Azerbaijan"
    assert shelling.perpetrator.root.name == "Government of Azerbaijan"
    zero = Claim.objects.get(phrase="no casualties were reported")
    assert (zero.incident, zero.quantity.incident, zero.best) == (shelling, shelling, 0)
    bodies = Claim.objects.get(phrase="a large number of bodies")
    assert bodies.incident.kind == "ground_fighting" and bodies.quantity.incident == bodies.incident
    assert bodies.originator.name == "Nagorno-Karabakh Defence Army"
    assert Incident.objects.count() == 2 and Incident.objects.visible_to_partners().count() == 2


def test_every_demo_incident_quantity_has_an_estimate_with_its_grade_and_history():
    load_demo()
    quantities = Quantity.objects.filter(incident__isnull=False)
    assert quantities.count() == 2
    for quantity in quantities:
        assert quantity.published_reports > 0
        assert quantity.grade and quantity.explanation and quantity.basis
        assert quantity.estimate_versions.count() == quantity.estimate_version >= 1
    # Only parties to the conflict gave figures of the shelling: shown, counted for the grade, setting no bound.
    shelling = quantities.get(incident__name="Shelling of Martuni and Shushi")
    assert (shelling.estimate_low, shelling.estimate_best, shelling.estimate_high) == (None, None, None)
    assert "parties to the conflict" in shelling.explanation.lower()


def test_demo_war_wide_tolls_are_cumulative_and_give_estimates_of_several_grades():
    load_demo()
    russia = Claim.objects.get(phrase="as many as 5,000 deaths on both sides")
    toll = russia.quantity
    assert russia.incident is None and toll.incident is None
    assert (toll.area, toll.ends_on) == (
        "",
        dt.date(2020, 10, 22),
    )  # the whole conflict, as of Putin's estimate
    # Putin's estimate through RFE/RL and through Ukrinform: two reports, one origin, one voice in the estimate.
    assert (toll.published_reports, toll.published_origins) == (2, 1)
    assert (toll.estimate_high, toll.grade) == (5000, "weak")
    assert Claim.objects.get(pk=toll.high_claim_id).originator.name == "Government of Russia"
    thousands = Claim.objects.get(phrase="thousands of people")
    assert thousands.incident is None and thousands.quantity.ends_on == dt.date(2020, 11, 5)
    grades = set(Quantity.objects.exclude(grade="").values_list("grade", flat=True))
    assert {"weak", "discounted"} <= grades
    # Armenia's two figures for Azerbaijani military losses and Azerbaijan's own: one series of as-of dates.
    phrases = [
        "several thousand Azerbaijani troops had been killed",
        "at least 5,000 Azerbaijani servicemen had been killed",
        "2,783 servicemen had been killed",
    ]
    series = Quantity.objects.filter(claims__phrase__in=phrases).values_list("series", "ends_on")
    assert len({key for key, _ in series}) == 1
    assert sorted(day for _, day in series) == [
        dt.date(2020, 10, 20),
        dt.date(2020, 11, 1),
        dt.date(2020, 11, 10),
    ]

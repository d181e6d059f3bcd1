import io

import pytest
from django.core import serializers
from django.core.management import call_command
from django.http import HttpRequest

from claims.models import Actor, AttributionHop, Claim, Conflict, Source, Status
from claims.services import counting_problems

pytestmark = pytest.mark.django_db

MODELS = [Conflict, Actor, Source, Claim, AttributionHop]


def snapshot() -> str:
    """Return every demo row, with every field, as JSON."""
    from django.contrib.auth import get_user_model

    rows = [obj for model in [*MODELS, get_user_model()] for obj in model.objects.order_by("pk")]
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

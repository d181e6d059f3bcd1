"""Incidents: their rules in the database, and the incident extraction proposes for a source's figures."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims import services
from claims.models import Incident
from claims.parsing import extract_figures
from tests.factories import ConflictFactory, SourceFactory, user_in

pytestmark = pytest.mark.django_db

DAY = dt.date(2020, 10, 10)

VIOLATIONS = [
    ("window_ends_after_start", {"ended_on": DAY - dt.timedelta(days=1)}, "ended_on"),
    ("latitude_in_range", {"latitude": 91.0, "longitude": 0.0, "place_precision": "exact"}, "latitude"),
    ("longitude_in_range", {"latitude": 0.0, "longitude": -181.0, "place_precision": "exact"}, "longitude"),
    ("coordinates_together", {"latitude": 39.8}, "longitude"),
    ("coordinates_have_precision", {"latitude": 39.8, "longitude": 47.1}, "place_precision"),
    ("kind_known", {"kind": "skirmish"}, "kind"),
    ("date_precision_known", {"date_precision": "year"}, "date_precision"),
    ("place_precision_known", {"place_precision": "street"}, "place_precision"),
    ("assessment_known", {"assessment": "done"}, "assessment"),
]


def incident(conflict, **fields):
    return Incident(conflict=conflict, name="Market shelling", started_on=DAY, place="Martuni", **fields)


@pytest.mark.parametrize(("rule", "fields", "field"), VIOLATIONS)
def test_each_incident_rule_is_a_form_error_and_a_database_constraint(rule, fields, field):
    conflict = ConflictFactory()
    with pytest.raises(ValidationError) as refused:
        incident(conflict, **fields).full_clean()
    assert field in refused.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        Incident.objects.bulk_create([incident(conflict, **fields)])
    assert f"claims_incident_{rule}" in {c.name for c in Incident._meta.constraints}


def test_every_incident_constraint_has_a_violation_case():
    assert {f"claims_incident_{rule}" for rule, _, _ in VIOLATIONS} == {
        c.name for c in Incident._meta.constraints
    }


@pytest.mark.parametrize(
    ("place", "published_on", "proposed"),
    [
        ("Martuni", DAY + dt.timedelta(days=1), True),
        ("Martuni and Shushi", DAY + dt.timedelta(days=3), True),  # one of the places it joins
        ("Martuni", DAY + dt.timedelta(days=30), False),  # reported a month later: another event
        ("Martuni", DAY - dt.timedelta(days=1), False),  # published before it happened
        ("Stepanakert", DAY + dt.timedelta(days=1), False),  # the text names another place
        ("Mart", DAY + dt.timedelta(days=1), False),  # a word, not part of one
    ],
)
def test_extraction_proposes_the_incident_whose_date_and_place_match(place, published_on, proposed):
    conflict = ConflictFactory()
    shelling = incident(conflict)
    shelling.place = place
    services.save_incident(shelling)
    source = SourceFactory(
        published_on=published_on, text="Shelling of Martuni killed 4 civilians, officials said."
    )
    assert services.proposed_incident(source, conflict) == (shelling if proposed else None)


def test_extracted_drafts_are_about_the_incident_chosen(editor):
    conflict = ConflictFactory()
    shelling = incident(conflict)
    services.save_incident(shelling)
    source = SourceFactory(published_on=DAY, text="Shelling of Martuni killed 4 civilians, officials said.")
    readings = [
        (candidate, candidate.figure.metric or "killed") for candidate in extract_figures(source.text)
    ]
    [claim] = services.create_draft_claims(
        source, readings, conflict=conflict, by=user_in("Editors", "extractor"), incident=shelling
    )
    assert claim.incident == shelling and claim.quantity.incident == shelling


def test_an_incident_keeps_its_conflict_once_a_claim_is_about_it(editor_client):
    from django.urls import reverse

    from tests.conftest import admin_form_data
    from tests.factories import ClaimFactory

    conflict, other = ConflictFactory(), ConflictFactory()
    shelling = incident(conflict)
    services.save_incident(shelling)
    url = reverse("admin:claims_incident_change", args=[shelling.pk])
    data = admin_form_data(editor_client.get(url)) | {"conflict": str(other.pk)}
    assert editor_client.post(url, data).status_code == 302  # no claim about it yet: it may move
    ClaimFactory(conflict=other, incident=shelling)
    data["conflict"] = str(conflict.pk)
    refused = editor_client.post(url, data)
    assert "keeps its conflict" in str(refused.context["adminform"].form.errors["conflict"])
    shelling.conflict = conflict
    with pytest.raises(ValidationError):
        services.save_incident(shelling)  # the service refuses too, whoever calls it
    assert Incident.objects.get(pk=shelling.pk).conflict == other


def test_junk_ids_on_history_pages_are_not_found(editor_client):
    for url in (
        "/admin/claims/incident/abc/history/",
        "/admin/claims/actor/1.0/history/",
        "/admin/claims/source/x/history/1/",
    ):
        assert editor_client.get(url).status_code == 404

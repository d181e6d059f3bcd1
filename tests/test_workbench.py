"""The admin as a daily workbench (issue 19), as the server draws it: plausible figures, what a refused form's
page says the claim reads as, the claim page's order and folds, ISO dates, and the review beside Save."""

import datetime as dt
import re

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims.models import Claim, Metric
from tests.factories import ActorFactory, ConflictFactory
from tests.forms import admin_form_data
from tests.test_admin import claim_form_data

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"high": "50000000"},
            "high",
            "50,000,000 is more than any count of people killed this tracker accepts (10,000,000, the "
            "PLAUSIBILITY_LIMITS setting)",
        ),
        ({"metric": "displaced", "high": "50000000"}, None, None),  # displacement runs to tens of millions
        (
            {"metric": "", "high": "300000000"},
            "high",
            "300,000,000 is more than any count of people this tracker accepts (200,000,000",
        ),
        # Past the database's largest number: what the tracker accepts, not 9223372036854775807.
        (
            {"high": "99999999999999999999"},
            "high",
            "99,999,999,999,999,999,999 is more than any count of people killed this tracker accepts (10,000,000",
        ),
        # Read from the phrase: refused on the phrase, before any bound is filled in.
        (
            {"phrase": "as many as 90000000 deaths", "qualifier": "", "high": ""},
            "phrase",
            "The phrase reads as 90,000,000 is more than any count of people killed",
        ),
    ],
)
def test_an_implausible_figure_is_refused_with_the_limit_it_passed(editor_client, overrides, field, message):
    data = claim_form_data(ConflictFactory(), ActorFactory(), **overrides)
    response = editor_client.post(reverse("admin:claims_claim_add"), data)
    if field is None:
        assert response.status_code == 302
        assert Claim.objects.get().high == int(overrides["high"])
        return
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert message in " ".join(errors[field]), errors
    assert "9223372036854775807" not in response.content.decode()
    assert not Claim.objects.exists()


def test_the_limits_are_a_setting(editor_client, settings):
    settings.PLAUSIBILITY_LIMITS = {**settings.PLAUSIBILITY_LIMITS, "killed": 1000}
    response = editor_client.post(
        reverse("admin:claims_claim_add"), claim_form_data(ConflictFactory(), ActorFactory())
    )
    assert "5,000 is more than any count of people killed this tracker accepts (1,000" in " ".join(
        response.context["adminform"].form.errors["high"]
    )


def test_every_metric_has_a_plausibility_limit_of_its_own():
    # provenance/settings.py cannot import the models: a metric added to Metric needs its limit there too.
    assert set(django_settings.PLAUSIBILITY_LIMITS) == set(Metric.values)


def test_the_model_refuses_an_implausible_figure_whoever_writes_it(claim_with_chain):
    claim = claim_with_chain()
    claim.low = claim.best = claim.high = 12_000_000
    with pytest.raises(ValidationError) as refused:
        claim.clean()
    assert set(refused.value.message_dict) == {"low", "best", "high"}


def test_a_refused_edit_shows_what_the_saved_claim_reads_as_not_the_refused_values(
    editor_client, claim_with_chain
):
    claim = claim_with_chain(phrase="between 50 and 60 killed", qualifier="range", low=50, best=None, high=60)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = admin_form_data(editor_client.get(url)) | {"low": "60", "high": "50"}
    response = editor_client.post(url, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "The low bound cannot be greater than the high bound." in page
    assert "60–50" not in page
    assert response.context["subtitle"] == str(Claim.objects.get(pk=claim.pk))
    reading = re.search(r'field-figure_reading.*?<div class="readonly">(.*?)</div>', page, re.S)
    assert reading is not None and reading.group(1).startswith("50–60 killed")
    # What the editor typed is still in the form, for them to correct.
    assert 'name="low" value="60"' in page and 'name="high" value="50"' in page


def test_the_claim_page_reads_figure_counted_who_said_it_then_the_chain(editor_client, claim_with_chain):
    claim = claim_with_chain(hops=2, stated_on=dt.date(2024, 6, 2))
    page = editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    order = [
        page.index(text)
        for text in (
            ">The figure</h2>",
            ">What is counted</h2>",
            ">Who said it, and when</h2>",
            'id="chain-group"',
            ">Provenance</h2>",
        )
    ]
    assert order == sorted(order)
    # Folded until they hold something: the notes and the record.
    assert re.search(r"<details><summary>\s*<h2[^>]*>Rating, revisions and notes</h2>", page)
    assert re.search(r"<details><summary>\s*<h2[^>]*>Record</h2>", page)
    # ISO dates, shown and typed.
    assert 'value="2024-06-02"' in page


def test_a_claim_with_a_note_shows_its_notes_unfolded(editor_client, claim_with_chain):
    claim = claim_with_chain(internal_note="Ask the ministry for its method.")
    page = editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert not re.search(r"<details><summary>\s*<h2[^>]*>Rating, revisions and notes</h2>", page)
    assert "Ask the ministry for its method." in page


def test_the_review_controls_beside_save_belong_to_the_review_form(editor_client, claim_with_chain, editor):
    claim = claim_with_chain(created_by=editor)
    page = editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    start = page.index('id="claim_form"')
    claim_form = page[start : page.index("</form>", start)]
    # Inside the claim's form, beside its Save, but sent by the review form: never with the claim's fields.
    assert (
        '<button type="submit" class="button" name="action" value="submit" form="review-form">' in claim_form
    )
    assert 'name="note" rows="2" form="review-form"' in claim_form
    assert claim_form.index('id="review-panel"') < claim_form.index('name="_save"')
    review_form = page[page.index('id="review-form"') :]
    assert f'action="{reverse("admin:claims_claim_review", args=[claim.pk])}"' in page
    assert f'name="version" value="{claim.version}"' in review_form[: review_form.index("</form>")]


def test_the_claim_list_shows_short_provenance_and_conflict_columns(editor_client, claim_with_chain):
    conflict = ConflictFactory(name="A conflict whose name runs well past the width of its column")
    claim_with_chain(conflict=conflict)
    page = editor_client.get(reverse("admin:claims_claim_changelist")).content.decode()
    assert '<td class="field-reports">1 / 1</td>' in page
    shown = re.search(rf'<td class="field-conflict_name"><span title="{conflict.name}">([^<]+)</span>', page)
    assert shown is not None and shown.group(1) == "A conflict whose name runs…"

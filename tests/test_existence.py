"""What a partner can learn is what published claims show: a record only drafts refer to answers every filter,
form and detail URL exactly as a record that does not exist (issue 14)."""

import pytest

from tests.factories import ActorFactory, ConflictFactory

CLAIMS = "/api/v1/claims/"
HIDDEN_NAME = "Zebra Hidden Ministry"
HIDDEN_SLUG = "zebra-hidden-war"


@pytest.fixture
def hidden_and_shown(claim_in):
    """A published claim, and a draft whose conflict, originator and side nothing published refers to."""
    shown = claim_in("published")
    hidden_actor = ActorFactory(name=HIDDEN_NAME)
    hidden_conflict = ConflictFactory(slug=HIDDEN_SLUG, name="Zebra Hidden War")
    draft = claim_in("draft", conflict=hidden_conflict, originator=hidden_actor, sides=[hidden_actor])
    return shown, draft, hidden_actor, hidden_conflict


def answer(response):
    return response.status_code, response.content


@pytest.mark.parametrize(
    ("path", "parameter", "value"),
    [
        (CLAIMS, "conflict", "slug"),
        (CLAIMS, "originator", "id"),
        (CLAIMS, "side", "id"),
        ("/api/v1/incidents/", "conflict", "slug"),
        ("/api/v1/estimates/", "conflict", "slug"),
    ],
)
def test_a_hidden_record_filters_as_an_unknown_one(api, hidden_and_shown, path, parameter, value):
    _, _, hidden_actor, hidden_conflict = hidden_and_shown
    hidden = hidden_conflict.slug if value == "slug" else str(hidden_actor.pk)
    unknown = "no-such-war" if value == "slug" else "987654321"
    hidden_response = api.get(path, {parameter: hidden})
    unknown_response = api.get(path, {parameter: unknown})
    assert hidden_response.status_code == 400
    assert answer(hidden_response) == answer(unknown_response)
    assert "shown to partners" in hidden_response.json()[parameter][0]


def test_a_shown_record_still_filters(api, hidden_and_shown):
    shown, *_ = hidden_and_shown
    for parameter, value in (
        ("conflict", shown.conflict.slug),
        ("originator", shown.originator_id),
        ("side", shown.sides.get().pk),
    ):
        response = api.get(CLAIMS, {parameter: value})
        assert response.status_code == 200, response.content
        assert [c["id"] for c in response.json()["results"]] == [shown.pk]


@pytest.mark.parametrize("path", [CLAIMS, "/api/v1/incidents/", "/api/v1/estimates/"])
def test_the_browsable_filter_form_lists_no_records(api, hidden_and_shown, path):
    response = api.get(path, {"format": "api"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Filters" in page  # the form is there ...
    assert HIDDEN_NAME not in page and HIDDEN_SLUG not in page  # ... and names nothing unpublished
    assert '<select name="conflict"' not in page and '<select name="originator"' not in page


def test_detail_urls_of_hidden_records_answer_as_unknown_ones(api, hidden_and_shown):
    _, draft, hidden_actor, hidden_conflict = hidden_and_shown
    for hidden, unknown in (
        (f"{CLAIMS}{draft.pk}/", f"{CLAIMS}987654321/"),
        (f"/api/v1/actors/{hidden_actor.pk}/", "/api/v1/actors/987654321/"),
        (f"/api/v1/conflicts/{hidden_conflict.slug}/", "/api/v1/conflicts/no-such-war/"),
        (f"/api/v1/conflicts/{hidden_conflict.slug}/figures/", "/api/v1/conflicts/no-such-war/figures/"),
    ):
        assert answer(api.get(hidden)) == answer(api.get(unknown)), hidden
        assert api.get(hidden).status_code == 404

"""What a hostile review of the workbench found, held to: the claim page, the plausibility limits, the extraction
worksheet and the review queue, as an editor or reviewer who tries to break them meets them."""

import re

import pytest
from django.urls import reverse

from claims import services
from claims.models import Claim, Rating
from claims.services import submit_claim
from tests.factories import ActorFactory, ConflictFactory, SourceFactory, relay
from tests.forms import admin_form_data
from tests.test_admin import claim_form_data
from tests.test_extract_admin import as_posted, extract_url

pytestmark = pytest.mark.django_db

QUEUE = "/admin/claims/reviewqueue/"


def positions_in_page_order(page: str) -> list[str]:
    """Return the chain rows' position values in the order the page draws the rows."""
    return re.findall(r'name="chain-\d+-position" value="(\d*)"', page)


def test_a_refused_save_gives_the_chain_back_with_the_positions_the_editor_set(
    editor_client, claim_with_chain
):
    # The editor inserts a relay after hop 0 (the page numbers it 1 and the outlet 2), and leaves the phrase
    # empty by mistake. Were the refused page's rows numbered again in their drawn order, saving again would put
    # the relay after the outlet that published it.
    claim = claim_with_chain(hops=2)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = admin_form_data(editor_client.get(url))
    assert data["chain-TOTAL_FORMS"] == "3"  # two hops and the blank row
    relay_actor = ActorFactory(name="A relaying agency")
    data |= {
        "phrase": "",
        "chain-1-position": "2",
        "chain-2-position": "1",
        "chain-2-actor": relay_actor.pk,
        "chain-2-relation": "relayed",
    }
    response = editor_client.post(url, data)
    assert response.status_code == 200
    # Django draws the rows in the forms' order; each carries the position the page gave it, which the page's
    # script orders the rows by before it numbers them again (the browser probe of the same name).
    assert positions_in_page_order(response.content.decode()) == ["0", "2", "1"]
    assert 'name="chain-2-actor"' in response.content.decode()


def test_the_suggested_rating_counts_no_unreviewed_draft_as_a_second_origin(
    client, claim_with_chain, editor, reviewer
):
    # A claim in review, one origin. Someone else's untouched draft of the same quantity, from another actor,
    # corroborates nothing: verifying with a "corroborated" preselected would tell partners so.
    conflict = ConflictFactory()
    in_review = claim_with_chain(created_by=editor, conflict=conflict, sides=[])
    submit_claim(in_review, by=editor)
    draft = claim_with_chain(created_by=editor, conflict=conflict, sides=[])
    assert draft.quantity_id == Claim.objects.get(pk=in_review.pk).quantity_id
    client.force_login(reviewer)
    response = client.get(reverse("admin:claims_claim_change", args=[in_review.pk]))
    suggestion = response.context["suggested_rating"]
    assert suggestion.rating == Rating.SINGLE_SOURCE, suggestion.reason


def test_the_review_queue_leaves_out_claims_the_reviewer_may_not_verify(
    client, claim_with_chain, editor, reviewer
):
    # The reviewer edited the figure before it was submitted: the four-eyes rule keeps them from verifying it,
    # so their work list leaves it out, as its page offers no Verify button.
    claim = claim_with_chain(created_by=editor)
    services.save_claim(
        Claim.objects.get(pk=claim.pk),
        chain=[services.Hop(claim.originator_id, "stated"), *[relay()]],
        by=reviewer,
        reason="Fixed the chain",
    )
    submit_claim(Claim.objects.get(pk=claim.pk), by=editor)
    client.force_login(reviewer)
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert 'value="verify"' not in page  # the rule holds on the claim's page
    queued = [row.pk for row in client.get(QUEUE).context["cl"].result_list]
    assert claim.pk not in queued


def test_an_implausible_figure_on_the_worksheet_is_refused_on_its_row_and_said_once(editor_client):
    source = SourceFactory(
        text="The ministry said 50 million people were killed in the war. Another 12 soldiers were killed, "
        "the army said."
    )
    page = editor_client.get(extract_url(source))
    phrases = [row["candidate"].phrase for row in page.context["rows"]]
    assert phrases == ["50 million people were killed", "12 soldiers were killed"]
    data = as_posted(page, conflict=ConflictFactory().pk, pick_0="on", pick_1="on")
    response = editor_client.post(extract_url(source), data)
    assert response.status_code == 200
    assert not Claim.objects.exists()
    # Said once (not once per bound: low, best, high), on the row, not above the table.
    errors = response.context["form"].non_field_errors()
    assert len(errors) <= 1, list(errors)
    assert response.context["rows_with_errors"] == [1]


def test_a_figure_past_the_databases_limit_is_told_the_limit_of_its_metric(editor_client):
    # The killed's limit, 10,000,000, not the largest of all (200,000,000): an editor told that one would type
    # 150,000,000 next and be refused again, with another limit.
    data = claim_form_data(ConflictFactory(), ActorFactory(), high="99999999999999999999")
    response = editor_client.post(reverse("admin:claims_claim_add"), data)
    message = " ".join(response.context["adminform"].form.errors["high"])
    assert "200,000,000" not in message
    assert "10,000,000" in message

"""A published figure never changes: it is corrected by a new claim that goes through review again and, once
published, retracts the one it corrects. Partners receive the retraction's tombstone and the correction."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from claims import services
from claims.models import Claim, FeedEntry
from claims.services import ReviewError, correct_claim
from tests.conftest import admin_form_data
from tests.factories import ActorFactory, rewrite
from tests.test_feed import sync

pytestmark = pytest.mark.django_db


def test_a_correction_is_a_draft_copy_of_the_claim_with_its_chain_and_sides(claim_in, editor):
    published = claim_in("published", area="Martuni")
    correction = correct_claim(published, by=editor, reason="The ministry's figure was 13, not 12.")
    assert (correction.status, correction.corrects_id, correction.created_by) == (
        "draft",
        published.pk,
        editor,
    )
    assert (correction.area, correction.phrase, correction.quantity_id) == (
        "Martuni",
        published.phrase,
        published.quantity_id,
    )
    assert correction.rating == "" and correction.verified_by is None and correction.published_at is None
    hops = ["actor_id", "relation", "source_id", "date", "words"]
    assert list(correction.chain.values_list(*hops)) == list(published.chain.values_list(*hops))
    assert set(correction.sides.all()) == set(published.sides.all())
    version = correction.versions.get()
    assert (version.by, version.reason) == (editor, "The ministry's figure was 13, not 12.")
    published.refresh_from_db()
    assert published.status == "published"  # untouched until the correction is published


def test_publishing_the_correction_retracts_the_claim_it_corrects_and_tells_partners(
    api, claim_in, editor, reviewer, second_reviewer
):
    published = claim_in("published")
    state, quantities = {}, {}
    last, _ = sync(api, state, quantities=quantities)
    correction = correct_claim(published, by=editor)
    correction = rewrite(correction, by=editor, low=13, best=13, high=13, reason="13, per the statement.")
    for action, by in [("submit", editor), ("verify", second_reviewer)]:
        services.transition_claim(correction, action, by=by)
    services.publish_claim(correction, by=second_reviewer, rating="corroborated", note="Checked again.")

    published.refresh_from_db()
    assert (published.status, published.retraction_reason) == (
        "retracted",
        f"Corrected by claim #{correction.pk}.",  # not the reviewer's note: that stays in the review log
    )
    assert published.review_events.last().by == second_reviewer
    sync(api, state, after=last, quantities=quantities)
    assert set(state) == {correction.pk}  # the old claim left, its correction arrived
    assert state[correction.pk]["corrects"] == published.pk
    assert api.get(f"/api/v1/claims/{published.pk}/").status_code == 410
    [quantity] = quantities.values()
    assert quantity["reports"] == 1  # one published report of the quantity, not two
    assert services.counting_problems() == []


def test_a_correction_is_refused_unless_the_claim_is_published_and_none_is_under_way(claim_in, editor):
    with pytest.raises(ReviewError, match="Only a published claim"):
        correct_claim(claim_in("verified"), by=editor)
    published = claim_in("published")
    first = correct_claim(published, by=editor)
    with pytest.raises(ReviewError, match=f"Claim #{first.pk} already corrects this claim"):
        correct_claim(published, by=editor)


def test_a_correction_of_a_claim_retracted_meanwhile_cannot_be_published(claim_in, editor, reviewer):
    published = claim_in("published")
    correction = correct_claim(published, by=editor)
    services.submit_claim(correction, by=editor)
    services.verify_claim(correction, by=reviewer)
    services.retract_claim(published, by=reviewer, reason="Withdrawn by the ministry.")
    with pytest.raises(ReviewError, match="no longer published"):
        services.publish_claim(correction, by=reviewer, rating="corroborated")
    correction.refresh_from_db()
    assert correction.status == "verified"


def test_editors_correct_a_published_claim_from_its_page(editor_client, claim_in):
    published = claim_in("published")
    page = editor_client.get(reverse("admin:claims_claim_change", args=[published.pk]))
    assert "Correct this claim" in page.content.decode()
    response = editor_client.post(
        reverse("admin:claims_claim_correct", args=[published.pk]), {"reason": "Misread the date."}
    )
    correction = Claim.objects.get(corrects=published)
    assert response["Location"] == reverse("admin:claims_claim_change", args=[correction.pk])
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any(f"a correction of #{published.pk}" in m for m in messages)
    draft_page = editor_client.get(response["Location"]).content.decode()
    assert "This claim corrects" in draft_page and f"#{published.pk}" in draft_page
    # The draft is editable like any other, chain included.
    data = admin_form_data(editor_client.get(response["Location"]))
    data["stated_on"] = "2020-10-02"
    assert editor_client.post(response["Location"], data).status_code == 302
    assert str(Claim.objects.get(pk=correction.pk).stated_on) == "2020-10-02"


def test_the_correction_url_refuses_gets_drafts_and_users_who_cannot_add(
    editor_client, client, claim_in, django_user_model
):
    published, draft = claim_in("published"), claim_in("draft")
    url = reverse("admin:claims_claim_correct", args=[published.pk])
    assert editor_client.get(url).status_code == 405
    response = editor_client.post(reverse("admin:claims_claim_correct", args=[draft.pk]), follow=True)
    assert any("Only a published claim" in str(m) for m in get_messages(response.wsgi_request))
    client.force_login(django_user_model.objects.create_user("visitor", is_staff=True))
    assert client.post(url).status_code in (403, 404)
    assert not Claim.objects.filter(corrects__isnull=False).exists()
    assert not FeedEntry.objects.filter(claim__corrects__isnull=False).exists()


def test_a_correction_from_another_origin_announces_its_quantity_whose_totals_stay_the_same(
    claim_in, editor, second_reviewer
):
    published = claim_in("published", sides=[])
    other = services.aggregate.Hop(ActorFactory(name="TASS", kind="news_agency").pk, "stated")
    correction = correct_claim(published, by=editor)
    chain = [
        other,
        *[services.aggregate.hop_from_record(hop) for hop in correction.versions.get().record["chain"]][1:],
    ]
    correction = rewrite(correction, by=editor, originator_id=other.actor_id, chain=chain)
    for action, by in [("submit", editor), ("verify", second_reviewer)]:
        services.transition_claim(correction, action, by=by)
    before = FeedEntry.objects.get(quantity_id=published.quantity_id).seq
    services.publish_claim(correction, by=second_reviewer, rating="corroborated")
    # One report from one origin before and after: the same totals, but another origin, which partners see.
    entry = FeedEntry.objects.get(quantity_id=published.quantity_id)
    assert entry.seq > before and entry.action == "upsert"
    assert services.counting_problems() == []

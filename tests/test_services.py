import threading
import time

import pytest
from django.db import connection

from claims import services
from claims.models import Claim, ReviewEvent, Status
from claims.services import PATH_TO_STATUS, TRANSITIONS, ReviewError, figure_authors, transition_claim
from tests.factories import ActorFactory, ClaimFactory, rewrite

pytestmark = pytest.mark.django_db

LEGAL = [(rule.source, action) for action, rule in TRANSITIONS.items()]
ILLEGAL = [
    (status, action) for status in Status.values for action in TRANSITIONS if (status, action) not in LEGAL
]


def actor_for(action, editor, reviewer):
    return editor if action == "submit" else reviewer


@pytest.mark.parametrize(("status", "action"), LEGAL)
def test_every_legal_transition_moves_the_claim_and_logs_one_event(
    claim_in, editor, reviewer, status, action
):
    claim = claim_in(status)
    events_before = claim.review_events.count()
    by = actor_for(action, editor, reviewer)
    event = transition_claim(claim, action, by=by, note="Checked against the source.")
    claim.refresh_from_db()
    assert claim.status == TRANSITIONS[action].target
    assert (event.by, event.from_status, event.to_status, event.note) == (
        by,
        status,
        TRANSITIONS[action].target,
        "Checked against the source.",
    )
    assert claim.review_events.count() == events_before + 1


@pytest.mark.parametrize(("status", "action"), ILLEGAL)
def test_every_illegal_transition_is_refused_and_changes_nothing(claim_in, editor, reviewer, status, action):
    claim = claim_in(status)
    events_before, version_before = claim.review_events.count(), claim.version
    with pytest.raises(ReviewError, match=f"This claim is {Status(status).label}"):
        transition_claim(claim, action, by=actor_for(action, editor, reviewer), note="a note")
    claim.refresh_from_db()
    assert (claim.status, claim.version) == (status, version_before)
    assert claim.review_events.count() == events_before


@pytest.mark.parametrize(("status", "action"), [(s, a) for s, a in LEGAL if TRANSITIONS[a].reviewers_only])
def test_editor_cannot_take_a_reviewer_action(claim_in, editor, status, action):
    claim = claim_in(status)
    with pytest.raises(ReviewError, match="Only reviewers"):
        transition_claim(claim, action, by=editor, note="a note")
    claim.refresh_from_db()
    assert claim.status == status


@pytest.mark.parametrize("action", ["request_changes", "reject", "retract"])
def test_returning_rejecting_and_retracting_need_a_note(claim_in, reviewer, action):
    claim = claim_in(TRANSITIONS[action].source)
    with pytest.raises(ReviewError, match="write a note"):
        transition_claim(claim, action, by=reviewer, note="   ")
    claim.refresh_from_db()
    assert claim.status == TRANSITIONS[action].source


def test_retraction_keeps_its_reason(claim_in, reviewer):
    claim = claim_in("published")
    services.retract_claim(claim, by=reviewer, reason="The ministry withdrew the figure.")
    assert (claim.status, claim.retraction_reason) == ("retracted", "The ministry withdrew the figure.")


def test_reviewer_cannot_verify_own_claim(claim_with_chain, reviewer):
    claim = claim_with_chain(created_by=reviewer)
    services.submit_claim(claim, by=reviewer)
    with pytest.raises(ReviewError, match="four-eyes"):
        services.verify_claim(claim, by=reviewer)
    assert Claim.objects.get(pk=claim.pk).status == "in_review"


def test_reviewer_cannot_publish_a_claim_they_wrote(claim_with_chain, reviewer, second_reviewer):
    claim = claim_with_chain(created_by=reviewer, rating="confirmed")
    services.submit_claim(claim, by=reviewer)
    services.verify_claim(claim, by=second_reviewer)
    with pytest.raises(ReviewError, match="four-eyes"):
        services.publish_claim(claim, by=reviewer)
    services.publish_claim(claim, by=second_reviewer)
    assert (claim.status, claim.published_by, claim.verified_by) == (
        "published",
        second_reviewer,
        second_reviewer,
    )


def test_reviewer_who_edited_the_figure_cannot_verify_it(claim_in, reviewer, second_reviewer):
    claim = claim_in("in_review")
    claim = rewrite(claim, by=reviewer, low=13, best=13, high=13)
    assert reviewer.pk in figure_authors(claim)
    with pytest.raises(ReviewError, match="four-eyes"):
        services.verify_claim(claim, by=reviewer)
    services.verify_claim(claim, by=second_reviewer)
    assert claim.status == "verified"


def test_reviewer_who_only_rated_or_annotated_may_still_verify(claim_in, reviewer):
    claim = claim_in("in_review")
    claim = rewrite(claim, by=reviewer, rating="contested", internal_note="Both sides dispute it.")
    services.verify_claim(claim, by=reviewer)
    assert claim.status == "verified"


def test_publishing_needs_a_rating(claim_in, reviewer, second_reviewer):
    claim = claim_in("verified")
    Claim.objects.filter(pk=claim.pk).update(rating="")
    with pytest.raises(ReviewError, match="Rate the claim"):
        services.publish_claim(claim, by=second_reviewer)
    services.publish_claim(claim, by=second_reviewer, rating="single_source")
    assert (claim.status, claim.rating) == ("published", "single_source")


def test_published_claim_records_who_and_when(claim_in, reviewer):
    claim = claim_in("published")
    assert (
        claim.published_by == reviewer and claim.published_at is not None and claim.submitted_at is not None
    )


def test_transitions_are_recorded_as_versions_with_the_reviewer(claim_in, reviewer):
    claim = claim_in("verified")
    latest = claim.versions.latest("number")
    assert (latest.number, latest.record["status"], latest.by, latest.reason, latest.changed) == (
        claim.version,
        "verified",
        reviewer,
        "Verify: verify in a test",
        ["status", "verified_by"],
    )


def test_unknown_action_is_refused(claim_in, reviewer):
    with pytest.raises(ReviewError, match="Unknown review action"):
        transition_claim(claim_in("draft"), "approve", by=reviewer)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks across connections: PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_verifications_have_exactly_one_winner(
    claim_in, reviewer, second_reviewer, monkeypatch
):
    claim = claim_in("in_review")
    original = services.figure_authors

    def slow_figure_authors(current):
        time.sleep(0.3)  # hold the row lock long enough for the other reviewer to arrive
        return original(current)

    monkeypatch.setattr(services, "figure_authors", slow_figure_authors)
    start, outcomes = threading.Barrier(2), []

    def verify(user):
        try:
            start.wait()
            transition_claim(Claim.objects.get(pk=claim.pk), "verify", by=user)
            outcomes.append("verified")
        except ReviewError as refusal:
            outcomes.append(str(refusal))
        finally:
            connection.close()

    threads = [threading.Thread(target=verify, args=(user,)) for user in (reviewer, second_reviewer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes)[1] == "verified"
    assert "This claim is verified" in sorted(outcomes)[0]
    assert ReviewEvent.objects.filter(claim=claim, to_status="verified").count() == 1


def test_paths_to_status_reach_every_status():
    assert set(PATH_TO_STATUS) == set(Status.values)


def test_claim_factory_claims_start_as_drafts():
    assert ClaimFactory().status == "draft"


def test_a_claim_recorded_before_the_chain_rules_cannot_be_submitted_or_verified_until_fixed(
    claim_in, editor, reviewer
):
    from claims.models import AttributionHop

    draft, in_review = claim_in("draft"), claim_in("in_review")
    stranger = ActorFactory(name="Someone else")
    for claim in (draft, in_review):  # as an old database may hold them: hop 0 is not the originator
        AttributionHop.objects.filter(claim=claim, position=0).update(actor=stranger)
        version = claim.versions.latest("number")
        version.record["chain"][0]["actor"] = stranger.pk
        type(version).objects.filter(pk=version.pk).update(record=version.record)
    with pytest.raises(ReviewError, match="Hop 0 is the originator's own statement"):
        services.submit_claim(draft, by=editor)
    with pytest.raises(ReviewError, match="Hop 0 is the originator's own statement"):
        services.verify_claim(in_review, by=reviewer)

import threading
import time

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from claims import services
from claims.models import Claim, FeedEntry
from claims.services import record_claim_changes, retract_claim
from tests.test_api import publish_in_bulk

pytestmark = pytest.mark.django_db

CHANGES = "/api/v1/changes/"


def sync(api, state: dict, after: int = 0, page_size: int = 100, quantities=None) -> tuple[int, list[int]]:
    """Follow `next` from `after`, applying each change to `state` (claims by id) and to `quantities`;
    return the last seq and the seqs seen."""
    quantities = {} if quantities is None else quantities
    seen, url = [], f"{CHANGES}?after={after}&page_size={page_size}"
    while True:
        page = api.get(url).json()
        for change in page["results"]:
            seen.append(change["seq"])
            kept = state if change["type"] == "claim" else quantities
            if change["action"] == "upsert":
                kept[change["id"]] = change[change["type"]]
            else:
                kept.pop(change["id"], None)
        url = page["next"]
        if not page["has_more"]:
            return page["last_seq"], seen


def listed(api, endpoint: str) -> dict:
    """Return what a list of the API shows now, by id."""
    shown, url = {}, f"/api/v1/{endpoint}/?page_size=1000"
    while url:
        page = api.get(url).json()
        shown |= {item["id"]: item for item in page["results"]}
        url = page["next"]
    return shown


def published_now(api) -> dict:
    """Return what the claims list shows now, by id."""
    return listed(api, "claims")


def test_following_the_feed_from_nothing_reproduces_the_published_set(api, claim_in, reviewer):
    claims = [claim_in("published") for _ in range(4)]
    claim_in("verified"), claim_in("draft"), claim_in("rejected")
    retract_claim(claims[0], by=reviewer, reason="Withdrawn by its originator.")
    claims[1].originator.name = "Renamed ministry"
    services.save_actor(claims[1].originator)  # a name partners see changed: the claim is sent again

    state, quantities = {}, {}
    _, seen = sync(api, state, page_size=2, quantities=quantities)
    assert state == published_now(api)
    assert quantities == listed(api, "quantities") and len(quantities) == 3
    assert set(state) == {claim.pk for claim in claims[1:]}
    assert state[claims[1].pk]["originator"]["name"] == "Renamed ministry"
    assert len(seen) == len(set(seen)) and seen == sorted(seen)


def test_incremental_sync_picks_up_publications_retractions_and_edits(api, claim_in, reviewer):
    first = claim_in("published")
    state = {}
    last, _ = sync(api, state)
    assert set(state) == {first.pk}

    second = claim_in("published")
    retract_claim(first, by=reviewer, reason="Superseded by a revised figure.")
    last, seen = sync(api, state, after=last)
    assert set(state) == {second.pk} and len(seen) == 4  # each claim, and each claim's own quantity

    last, seen = sync(api, state, after=last)
    assert seen == []  # nothing new: nothing repeated
    assert state == published_now(api)


def test_feed_of_2000_claims_with_one_timestamp_misses_and_repeats_nothing(api):
    publish_in_bulk(2000)
    with transaction.atomic():
        record_claim_changes(Claim.objects.values_list("pk", flat=True), "upsert")
    moment = timezone.now()
    Claim.objects.update(updated_at=moment)
    FeedEntry.objects.update(at=moment)
    state, quantities = {}, {}
    _, seen = sync(api, state, page_size=150, quantities=quantities)
    assert len(seen) == len(set(seen)) == 2001  # the claims, and their one quantity
    assert set(state) == set(Claim.objects.values_list("pk", flat=True))
    assert [quantity["reports"] for quantity in quantities.values()] == [2000]


def test_a_claim_keeps_only_its_latest_entry(api, claim_in, reviewer):
    claim = claim_in("published")
    retract_claim(claim, by=reviewer, reason="Withdrawn.")
    assert list(FeedEntry.objects.filter(claim=claim).values_list("action", flat=True)) == ["delete"]
    with pytest.raises(IntegrityError), transaction.atomic():  # and the database holds to it
        FeedEntry.objects.create(claim=claim, action="upsert")


def test_an_upsert_never_shows_a_claim_that_is_no_longer_published(api, claim_in):
    claim = claim_in("published")
    Claim.objects.filter(pk=claim.pk).update(status="draft")  # a path that forgot the feed
    change = api.get(CHANGES).json()["results"][0]
    assert (change["id"], change["action"], change["claim"]) == (claim.pk, "delete", None)


def test_edits_of_records_only_drafts_show_make_no_changes(api, claim_in):
    draft = claim_in("draft")
    draft.originator.name = "Renamed"
    services.save_actor(draft.originator)
    assert not FeedEntry.objects.exists()


@pytest.mark.parametrize(
    ("query", "parameter"),
    [("after=abc", "after"), ("after=-1", "after"), ("since=3", "since"), ("page_size=x", "page_size")],
)
def test_bad_feed_parameters_are_400(api, query, parameter):
    response = api.get(f"{CHANGES}?{query}")
    assert response.status_code == 400
    assert parameter in response.json()


@pytest.mark.django_db(transaction=True)
def test_record_claim_changes_refuses_to_run_outside_a_transaction(claim_in):
    with pytest.raises(RuntimeError, match="inside the transaction"):
        record_claim_changes([claim_in("draft").pk], "upsert")


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent commits need two PostgreSQL connections"
)
@pytest.mark.django_db(transaction=True)
def test_feed_never_skips_a_change_when_transactions_commit_out_of_order(api, claim_in):
    slow, fast = claim_in("verified"), claim_in("verified")
    state = {}
    last, _ = sync(api, state)
    slow_wrote, release_slow = threading.Event(), threading.Event()

    def publish(claim, wrote=None, wait_for=None):
        try:
            if wait_for is not None:
                wait_for.wait(5)
            with transaction.atomic():
                Claim.objects.filter(pk=claim.pk).update(status="published")
                record_claim_changes([claim.pk], "upsert")
                if wrote is not None:
                    wrote.set()
                    release_slow.wait(5)  # hold the transaction open: it commits last
        finally:
            connection.close()

    slow_writer = threading.Thread(target=publish, args=(slow, slow_wrote))
    fast_writer = threading.Thread(target=publish, args=(fast, None, slow_wrote))
    slow_writer.start()
    fast_writer.start()
    time.sleep(0.5)  # the fast writer has had every chance to commit its later change first
    last, seen_meanwhile = sync(api, state, after=last)
    release_slow.set()
    slow_writer.join()
    fast_writer.join()
    last, seen_after = sync(api, state, after=last)
    assert set(state) == {slow.pk, fast.pk}, (seen_meanwhile, seen_after)
    assert len(seen_meanwhile + seen_after) == len(set(seen_meanwhile + seen_after))


def test_an_edit_shown_by_many_published_claims_reaches_the_feed_for_each(api, monkeypatch):
    monkeypatch.setattr(services.feed, "ID_BATCH", 7)  # several batches without thousands of rows
    publish_in_bulk(30)
    originator = Claim.objects.first().originator
    originator.name = "Renamed"
    services.save_actor(originator)
    assert FeedEntry.objects.filter(action="upsert", claim__isnull=False).count() == 30
    assert FeedEntry.objects.filter(action="upsert", quantity__isnull=False).count() == 1  # names its side
    state = {}
    sync(api, state, page_size=8)
    assert {claim["originator"]["name"] for claim in state.values()} == {"Renamed"}


def test_an_actor_put_back_under_a_principal_reaches_partners_through_its_agents_claims(
    api, claim_in, reviewer
):
    from tests.factories import ActorFactory

    government = ActorFactory(name="Government of Armenia", kind="government")
    ministry = ActorFactory(name="Ministry of Defence", acts_on_behalf_of=government)
    spokeswoman = ActorFactory(name="Spokeswoman", kind="individual", acts_on_behalf_of=ministry)
    claim = claim_in("published", originator=spokeswoman)
    claim.conflict.parties.add(government)
    with transaction.atomic():  # as the conflict's admin page does once its parties are saved
        services.announce_claims_referring_to(conflicts=[claim.conflict])
    state, quantities = {}, {}
    last, _ = sync(api, state, quantities=quantities)
    assert (
        state[claim.pk]["origin"]["name"] == "Government of Armenia" and state[claim.pk]["interested_party"]
    )
    for principal in (None, government):  # the ministry speaks for nobody, then for the government again
        ministry.acts_on_behalf_of = principal
        services.save_actor(ministry)
        last, _ = sync(api, state, after=last, quantities=quantities)
        assert state == published_now(api) and quantities == listed(api, "quantities")
    assert state[claim.pk]["origin"]["name"] == "Government of Armenia"


def test_drafts_do_not_move_what_partners_see_of_a_quantity(api, claim_in, editor):
    from tests.factories import ClaimFactory

    published = claim_in("published")
    url = f"/api/v1/quantities/{published.quantity_id}/"
    first = api.get(url)
    ClaimFactory(conflict=published.conflict, originator=published.originator, created_by=editor)  # a draft
    again = api.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304  # the same counts, the same updated_at: newsroom work stays unseen

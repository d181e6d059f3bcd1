"""Each published claim's partner JSON and CSV are rendered when a change commits and stored (issue 18): the API
serves the stored bytes, which always equal a fresh render, whatever the newsroom changed."""

import datetime as dt

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction

from claims import services
from claims.api.documents import check
from claims.models import Claim, ClaimDocument, FeedEntry
from claims.services import correct_claim, retract_claim, transition_claim
from tests.factories import ActorFactory, SourceFactory, review_into
from tests.factories import rewrite as save_anew
from tests.test_api import publish_in_bulk
from tests.test_breakdowns import PART, TOTAL

CLAIMS = "/api/v1/claims/"


def assert_fresh():
    compared, wrong = check()
    assert wrong == []
    assert compared == Claim.objects.published().count()


@pytest.mark.django_db
def test_the_demo_data_is_stored_as_rendered():
    call_command("load_demo")
    assert ClaimDocument.objects.count() == Claim.objects.published().count() > 0
    assert_fresh()


def test_every_kind_of_change_leaves_the_stored_documents_fresh(claim_in, reviewer, editor):
    """A seeded set, changed the ways editors and reviewers change it; after each change every stored document
    equals a fresh render, and unpublished claims have none."""
    publish_in_bulk(30)  # an import of published claims
    assert_fresh()
    first = claim_in("published")
    total = claim_in("published", conflict=first.conflict, metric="killed", **TOTAL)
    claim_in("published", conflict=first.conflict, metric="killed", breakdown_of=total, **PART)
    assert_fresh()
    # Someone shown in the claims is renamed; a source's title changes; the conflict is renamed.
    actor = first.originator
    actor.name = "Ministry of Health (renamed)"
    services.save_actor(actor)
    assert_fresh()
    hop_source = first.chain.exclude(source=None).first().source
    hop_source.title = "A corrected headline"
    services.save_source(hop_source)
    assert_fresh()
    conflict = first.conflict
    conflict.name = "A war, renamed"
    services.save_conflict(conflict)
    assert_fresh()
    # An originator is put under a principal: its claims' origin changes.
    principal = ActorFactory(name="Government", kind="government")
    actor.acts_on_behalf_of = principal
    services.save_actor(actor)
    assert_fresh()
    # A breakdown whose total is retracted, then a correction published.
    retract_claim(total, by=reviewer, reason="Withdrawn by its originator.")
    assert_fresh()
    correction = correct_claim(first, by=editor, reason="The ministry revised it.")
    review_into(correction, "published")
    assert_fresh()
    assert not ClaimDocument.objects.exclude(claim__status="published").exists()


def test_a_later_figure_names_the_earlier_one_once_that_is_published(claim_in, editor, reviewer):
    """`supersedes` names an earlier claim only once partners may see it: publishing the earlier one renders
    the later one again, and the feed sends it again."""
    earlier = claim_in("verified")
    later = claim_in("draft", conflict=earlier.conflict, originator=earlier.originator)
    later = save_anew(later, by=editor, supersedes=earlier)
    review_into(later, "published")
    assert_fresh()
    before = FeedEntry.objects.get(claim=later).seq
    transition_claim(earlier, "publish", by=reviewer)
    assert FeedEntry.objects.get(claim=later).seq > before
    assert_fresh()


def test_the_api_serves_the_stored_bytes(api, claim_in):
    claim = claim_in("published")
    stored = ClaimDocument.objects.get(pk=claim.pk)
    # A document written by hand (as no writer would) is what every read shows: nothing renders it again.
    forged = bytes(stored.json).replace(b'"status":"published"', b'"status":"stored"')
    ClaimDocument.objects.filter(pk=claim.pk).update(json=forged)
    assert api.get(CLAIMS).json()["results"][0]["status"] == "stored"
    assert api.get(f"{CLAIMS}{claim.pk}/").json()["status"] == "stored"
    assert api.get("/api/v1/changes/").json()["results"][0]["claim"]["status"] == "stored"
    assert api.get(f"{CLAIMS}{claim.pk}/").json()["url"] == f"http://testserver{CLAIMS}{claim.pk}/"


def test_a_claim_without_a_document_is_rendered_as_it_is_read(api, claim_in):
    claims = [claim_in("published") for _ in range(3)]
    pages = [api.get(address).content for address in (CLAIMS, f"{CLAIMS}?format=csv", "/api/v1/changes/")]
    ClaimDocument.objects.filter(pk=claims[1].pk).delete()
    again = [api.get(address).content for address in (CLAIMS, f"{CLAIMS}?format=csv", "/api/v1/changes/")]
    assert again == pages
    assert (
        api.get(f"{CLAIMS}{claims[1].pk}/?format=csv")
        .content.splitlines()[1]
        .startswith(f"{claims[1].pk},http://testserver{CLAIMS}{claims[1].pk}/,".encode())
    )


def test_the_command_checks_and_fixes_stale_documents(claim_in, capsys):
    claims = [claim_in("published") for _ in range(3)]
    call_command("render_documents")
    assert "all 3 published claims equal a fresh render" in capsys.readouterr().out
    # Changes made around the write path (a hand-made UPDATE) leave two documents stale.
    Claim.objects.filter(pk=claims[0].pk).update(quote="Edited in the database.")
    Claim.objects.filter(pk=claims[2].pk).update(stated_on=dt.date(2020, 1, 2))
    with pytest.raises(
        CommandError, match=rf"2 stored documents differ .*claims {claims[0].pk}, {claims[2].pk}"
    ):
        call_command("render_documents")
    before = FeedEntry.objects.order_by("-seq").first().seq
    call_command("render_documents", "--fix")
    assert "Rendered again: 2 documents" in capsys.readouterr().out
    assert_fresh()
    # Partners who synced the stale documents receive the fresh ones.
    assert set(FeedEntry.objects.filter(seq__gt=before).values_list("claim_id", flat=True)) == {
        claims[0].pk,
        claims[2].pk,
    }
    ClaimDocument.objects.all().delete()
    call_command("render_documents", "--all")
    assert "all 3 published claims" in capsys.readouterr().out
    assert_fresh()


def test_a_retracted_claim_loses_its_document(claim_in, reviewer):
    claim = claim_in("published")
    assert ClaimDocument.objects.filter(pk=claim.pk).exists()
    retract_claim(claim, by=reviewer, reason="Wrong.")
    assert not ClaimDocument.objects.filter(pk=claim.pk).exists()


def test_documents_are_rendered_in_the_write_transaction(claim_in, reviewer):
    """A write that fails after rendering leaves the previous documents: they commit with the change or not."""
    claim = claim_in("published")
    before = bytes(ClaimDocument.objects.get(pk=claim.pk).json)
    source = SourceFactory()
    with pytest.raises(RuntimeError), transaction.atomic():
        source.title = "Never committed"
        services.save_source(source)
        actor = claim.originator
        actor.name = "Never committed either"
        services.save_actor(actor)
        raise RuntimeError
    assert bytes(ClaimDocument.objects.get(pk=claim.pk).json) == before

"""Each published claim's partner JSON and CSV, and the JSON of each estimate and incident partners see, are
rendered when a change commits and stored (issue 18): the API serves the stored bytes, which always equal a fresh
render, whatever the newsroom changed."""

import datetime as dt

import orjson
import pytest
from django.core.management import CommandError, call_command
from django.db import transaction

from claims import services
from claims.api.documents import check_all, shown
from claims.models import (
    Claim,
    ClaimDocument,
    FeedDocument,
    FeedEntry,
    Incident,
    IncidentDocument,
    Quantity,
    QuantityDocument,
)
from claims.services import correct_claim, retract_claim, transition_claim
from tests.factories import ActorFactory, SourceFactory, review_into
from tests.factories import rewrite as save_anew
from tests.test_api import publish_in_bulk
from tests.test_api_incidents import publish_incidents
from tests.test_breakdowns import PART, TOTAL
from tests.test_documents_hostile import under_prefix

CLAIMS = "/api/v1/claims/"


def assert_fresh():
    """Every stored document (claims', estimates', incidents') equals a fresh render; records partners do not
    see have none."""
    for kind, (compared, wrong) in check_all().items():
        assert wrong == [], kind
        assert compared == shown(kind).count(), kind


@pytest.mark.django_db
def test_the_demo_data_is_stored_as_rendered():
    call_command("load_demo")
    assert ClaimDocument.objects.count() == Claim.objects.published().count() > 0
    assert QuantityDocument.objects.count() == Quantity.objects.visible_to_partners().count() > 0
    assert IncidentDocument.objects.count() == Incident.objects.visible_to_partners().count()
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


def test_every_kind_of_change_leaves_the_documents_of_estimates_and_incidents_fresh(reviewer, editor):
    """Incidents with estimates, changed the ways the newsroom changes them; after each change the estimates'
    and incidents' stored documents equal a fresh render, and those partners no longer see have none."""
    publish_incidents(4)  # an import: two published figures about each of four incidents
    assert_fresh()
    assert IncidentDocument.objects.count() == 4 and QuantityDocument.objects.count() == 4
    incident = Incident.objects.order_by("pk").first()
    # An incident's own fields, then its alleged perpetrator (its estimates are recomputed).
    incident.name, incident.place = "Shelling of the market", "Market square"
    services.save_incident(incident, by_id=editor.pk)
    assert_fresh()
    incident.perpetrator = ActorFactory(name="Another armed group", kind="armed_group")
    services.save_incident(incident, by_id=editor.pk)
    assert_fresh()
    # A reviewer sets a grade, then lifts it.
    quantity = Quantity.objects.get(incident=incident)
    services.override_grade(quantity, grade="confirmed", reason="Seen on site.", by_id=reviewer.pk)
    assert_fresh()
    services.override_grade(quantity, grade="", reason="", by_id=reviewer.pk)
    assert_fresh()
    # A side and an origin are renamed; the conflict is renamed.
    claim = Claim.objects.filter(incident=incident).order_by("pk").first()
    side = claim.sides.first()
    side.name = "A renamed side"
    services.save_actor(side)
    assert_fresh()
    origin = claim.originator
    origin.name = "A renamed ministry"
    services.save_actor(origin)
    assert_fresh()
    conflict = incident.conflict
    conflict.name = "A renamed war"
    services.save_conflict(conflict)
    assert_fresh()
    # An originator is put under a principal: the estimate's origins change.
    origin.acts_on_behalf_of = ActorFactory(name="A government", kind="government")
    services.save_actor(origin)
    assert_fresh()
    # A correction of one account is published (the account it corrects is retracted); then every figure about
    # the incident is retracted: partners no longer see the incident nor its estimate, which lose their documents.
    review_into(correct_claim(claim, by=editor, reason="The ministry revised it."), "published")
    assert_fresh()
    for figure in Claim.objects.filter(incident=incident, status="published"):
        retract_claim(figure, by=reviewer, reason="Withdrawn.")
    assert_fresh()
    assert not IncidentDocument.objects.filter(pk=incident.pk).exists()
    assert not QuantityDocument.objects.filter(quantity__incident=incident).exists()
    assert IncidentDocument.objects.count() == 3


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
    FeedDocument.objects.filter(entry__claim=claim).update(json=forged)  # the copy its feed entry carries
    assert api.get(CLAIMS).json()["results"][0]["status"] == "stored"
    assert api.get(f"{CLAIMS}{claim.pk}/").json()["status"] == "stored"
    assert api.get("/api/v1/changes/").json()["results"][0]["claim"]["status"] == "stored"
    assert api.get(f"{CLAIMS}{claim.pk}/").json()["url"] == f"http://testserver{CLAIMS}{claim.pk}/"


def test_a_claim_without_a_document_is_rendered_as_it_is_read(api, claim_in):
    claims = [claim_in("published") for _ in range(3)]
    pages = [api.get(address).content for address in (CLAIMS, f"{CLAIMS}?format=csv", "/api/v1/changes/")]
    ClaimDocument.objects.filter(pk=claims[1].pk).delete()
    FeedDocument.objects.filter(entry__claim=claims[1]).delete()
    again = [api.get(address).content for address in (CLAIMS, f"{CLAIMS}?format=csv", "/api/v1/changes/")]
    assert again == pages
    assert (
        api.get(f"{CLAIMS}{claims[1].pk}/?format=csv")
        .content.splitlines()[1]
        .startswith(f"{claims[1].pk},http://testserver{CLAIMS}{claims[1].pk}/,".encode())
    )


def test_estimates_and_incidents_without_documents_are_rendered_as_they_are_read(api):
    """A database upgraded across migration 0036 has no documents of estimates and incidents until
    `render_documents --all`: every page, detail, format and the feed answer as they will once rendered, on a
    site served under a sub-path too."""
    publish_incidents(3)  # no request: rendered at the root
    incident = Incident.objects.order_by("pk").first()
    quantity = Quantity.objects.get(incident=incident)
    addresses = [
        "/api/v1/estimates/",
        "/api/v1/estimates/?format=csv",
        "/api/v1/estimates/?format=jsonld",
        f"/api/v1/estimates/{quantity.pk}/",
        "/api/v1/incidents/",
        "/api/v1/incidents/?format=geojson",
        f"/api/v1/incidents/{incident.pk}/",
        "/api/v1/changes/",
    ]
    with under_prefix():  # the site served under /tracker/
        pages = [api.get(address).content for address in addresses]
        assert b'"url":"http://testserver/tracker/api/v1/estimates/' in pages[-1]
        assert b'"url":"http://testserver/tracker/api/v1/incidents/' in pages[-1]
        QuantityDocument.objects.filter(pk=quantity.pk).delete()
        IncidentDocument.objects.filter(pk=incident.pk).delete()
        assert [api.get(address).content for address in addresses] == pages
        QuantityDocument.objects.all().delete()
        IncidentDocument.objects.all().delete()
        assert [api.get(address).content for address in addresses] == pages
        FeedDocument.objects.all().delete()  # entries written before they carried documents
        assert [api.get(address).content for address in addresses] == pages


def test_the_command_checks_and_fixes_stale_documents(claim_in, capsys):
    claims = [claim_in("published") for _ in range(3)]
    call_command("render_documents")
    assert (
        "Every stored document equals a fresh render: 3 published claims, 3 estimates and 0 incidents"
        in capsys.readouterr().out
    )
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
    assert "Rendered every document again: 3 published claims, 3 estimates" in capsys.readouterr().out
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


def test_the_feed_carries_what_each_record_answers_now(api, reviewer):
    """A feed page is the stored documents joined with the entries' members: each upsert carries what its
    record's own address answers, under its type's name; a delete carries nothing. Pretty JSON is the same page."""
    publish_incidents(2)
    retract_claim(Claim.objects.order_by("pk").first(), by=reviewer, reason="Withdrawn.")  # a delete
    compact = api.get("/api/v1/changes/")
    page = compact.json()
    addresses = {"claim": CLAIMS, "quantity": "/api/v1/estimates/", "incident": "/api/v1/incidents/"}
    for change in page["results"]:
        kind = change["type"]
        now = api.get(f"{addresses[kind]}{change['id']}/")
        expected = now.json() if change["action"] == "upsert" else None
        assert (change["action"] == "upsert") == (now.status_code == 200)
        assert {name: change[name] for name in addresses} == {
            name: expected if name == kind else None for name in addresses
        }
    assert {change["type"] for change in page["results"]} == {"claim", "quantity", "incident"}
    assert [change["action"] for change in page["results"]].count("delete") == 1
    assert list(page["results"][0]) == ["seq", "type", "id", "action", "claim", "quantity", "incident"]
    pretty = api.get("/api/v1/changes/", HTTP_ACCEPT="application/json; indent=2")
    assert b"\n" in pretty.content and b"\n" not in compact.content
    assert orjson.dumps(orjson.loads(pretty.content)) == compact.content


def test_the_command_finds_and_fixes_a_feed_entry_carrying_another_document(claim_in, capsys):
    """The copy a feed entry carries is checked against its record's document: one written by hand is found,
    and --fix writes the entry again with the right one."""
    claims = [claim_in("published") for _ in range(2)]
    FeedDocument.objects.filter(entry__claim=claims[1]).update(json=b'{"id":0}')
    with pytest.raises(CommandError, match=rf"1 stored document differs .*claims {claims[1].pk}\b"):
        call_command("render_documents")
    call_command("render_documents", "--fix")
    assert "Rendered again: 1 document (claims" in capsys.readouterr().out
    assert_fresh()
    carried = FeedDocument.objects.get(entry__claim=claims[1])
    assert bytes(carried.json) == bytes(ClaimDocument.objects.get(pk=claims[1].pk).json)
    # Entries written before they carried documents (an upgrade): --all has every upsert carry its record's.
    FeedDocument.objects.all().delete()
    assert check_all()["claim"][1] == sorted(claim.pk for claim in claims)
    call_command("render_documents", "--all")
    assert FeedDocument.objects.count() == FeedEntry.objects.filter(action="upsert").count() > 0
    assert_fresh()

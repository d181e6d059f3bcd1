"""Reviewed claims are the record: no request a user can forge through the admin changes them, their chains
or their sides. Each forged request is refused (403, 404, 405, or the page with a message) and never 500."""

import pytest
from django.urls import reverse

from claims.models import (
    AttributionHop,
    Claim,
    ClaimVersion,
    FeedEntry,
    Quantity,
    QuantityTally,
    ReviewEvent,
    Status,
)
from claims.services import REVIEW_PERMISSION, TRANSITIONS
from tests.conftest import admin_form_data
from tests.factories import ActorFactory, SourceFactory

pytestmark = pytest.mark.django_db

REVIEWED = [Status.VERIFIED, Status.PUBLISHED, Status.REJECTED, Status.RETRACTED]
REFUSED = {302, 403, 404, 405}


def snapshot() -> dict:
    """Every row a forged request could change, as values."""
    return {
        model.__name__: list(model.objects.order_by("pk").values())
        for model in (
            Claim,
            AttributionHop,
            Claim.sides.through,
            ClaimVersion,
            FeedEntry,
            ReviewEvent,
            Quantity,
        )
    } | {"tallies": list(QuantityTally.objects.order_by("pk").values())}


@pytest.fixture
def root(django_user_model):
    return django_user_model.objects.create_superuser("root", password="root-password")


@pytest.fixture
def users(editor, reviewer, second_reviewer, root):
    return {"editor": editor, "reviewer": reviewer, "second_reviewer": second_reviewer, "root": root}


@pytest.fixture
def reviewed(claim_in, editor, reviewer):
    """One claim in each reviewed state, with a two-hop chain and a side; the page data of a draft to forge from."""
    return {status: claim_in(status) for status in REVIEWED}


def forged_edits(claim, data) -> list[dict]:
    """Return POST bodies that would change the claim, its chain or its sides if they were accepted."""
    chain = {k: v for k, v in data.items() if k.startswith("chain-")}
    hop_ids = sorted(k for k in chain if k.endswith("-id"))
    edits = [
        data | {"high": "999", "best": "999", "low": "999"},
        data | {"phrase": "Forged", "status": "draft", "rating": "false"},
        data | {"sides": [str(ActorFactory().pk)]},
        data | {"chain-0-words": "forged words", "chain-0-actor": str(ActorFactory().pk)},
        data | {"chain-1-DELETE": "on"},
        data | {"chain-TOTAL_FORMS": str(int(data["chain-TOTAL_FORMS"]) + 1),
                f"chain-{data['chain-TOTAL_FORMS']}-position": "2",
                f"chain-{data['chain-TOTAL_FORMS']}-actor": str(ActorFactory().pk),
                f"chain-{data['chain-TOTAL_FORMS']}-relation": "relayed",
                f"chain-{data['chain-TOTAL_FORMS']}-source": str(SourceFactory().pk)},
        data | {"loaded_version": "1", "keep_mine": "99:high,low,best", "high": "7", "low": "7", "best": "7"},
    ]  # fmt: skip
    assert hop_ids  # the chain's rows are in the forged data
    return edits


def page_data_of(client, claim) -> dict:
    """The form a draft's page would post, pointed at `claim`: what a forger would send for a reviewed claim."""
    data = admin_form_data(client.get(reverse("admin:claims_claim_change", args=[claim.pk])))
    if "phrase" not in data:  # a read-only page has no form: forge one from the claim's own values
        data = {
            "phrase": claim.phrase, "qualifier": claim.qualifier, "low": claim.low or "", "best": claim.best or "",
            "high": claim.high or "", "convention": claim.convention, "conflict": claim.conflict_id,
            "metric": claim.metric, "population": claim.population, "originator": claim.originator_id or "",
            "stated_on": claim.stated_on.isoformat() if claim.stated_on else "", "quote": claim.quote,
            "loaded_version": claim.version, "chain-TOTAL_FORMS": "2", "chain-INITIAL_FORMS": "2",
            "chain-MIN_NUM_FORMS": "0", "chain-MAX_NUM_FORMS": "1000",
        }  # fmt: skip
        for position, hop in enumerate(claim.chain.order_by("position")):
            data |= {
                f"chain-{position}-id": hop.pk, f"chain-{position}-claim": claim.pk,
                f"chain-{position}-position": position, f"chain-{position}-actor": hop.actor_id,
                f"chain-{position}-relation": hop.relation, f"chain-{position}-source": hop.source_id or "",
            }  # fmt: skip
    return {key: value for key, value in data.items()}


@pytest.mark.parametrize("who", ["editor", "reviewer", "second_reviewer", "root"])
@pytest.mark.parametrize("status", REVIEWED)
def test_forged_edits_of_a_reviewed_claim_change_nothing(client, users, reviewed, who, status):
    claim = reviewed[status]
    client.force_login(users[who])
    data = page_data_of(client, claim)
    before = snapshot()
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    for body in forged_edits(claim, data):
        for extra in ({}, {"_continue": "1"}, {"_saveasnew": "1"}, {"_addanother": "1"}):
            response = client.post(url, body | extra)
            assert response.status_code in REFUSED | {200}, response.status_code
            if response.status_code == 200:  # the page again, with the refusal on it
                assert "errornote" in response.content.decode() or "errorlist" in response.content.decode()
    assert snapshot() == before


@pytest.mark.parametrize("who", ["editor", "reviewer", "root"])
def test_forged_hop_pages_change_no_chain(client, users, reviewed, who):
    client.force_login(users[who])
    before = snapshot()
    for claim in reviewed.values():
        hop = claim.chain.first()
        body = {
            "claim": claim.pk,
            "position": 5,
            "actor": ActorFactory().pk,
            "relation": "relayed",
            "words": "x",
        }
        responses = [
            client.post(reverse("admin:claims_attributionhop_add"), body),
            client.post(reverse("admin:claims_attributionhop_change", args=[hop.pk]), body),
            client.post(reverse("admin:claims_attributionhop_change", args=[hop.pk]), body | {"claim": reviewed[Status.PUBLISHED].pk}),
            client.post(reverse("admin:claims_attributionhop_delete", args=[hop.pk]), {"post": "yes"}),
            client.post(
                reverse("admin:claims_attributionhop_changelist"),
                {"action": "delete_selected", "_selected_action": [hop.pk], "post": "yes"},
            ),
        ]  # fmt: skip
        assert all(r.status_code in REFUSED | {200} for r in responses), [r.status_code for r in responses]
    assert snapshot() == before


@pytest.mark.parametrize("who", ["editor", "reviewer", "second_reviewer", "root"])
def test_forged_actions_on_reviewed_claims_change_nothing(client, users, reviewed, who):
    client.force_login(users[who])
    before = snapshot()
    changelist = reverse("admin:claims_claim_changelist")
    ids = [claim.pk for claim in reviewed.values()]
    not_verified = [claim.pk for status, claim in reviewed.items() if status != Status.VERIFIED]
    for action, selected in [
        ("submit_selected", ids),
        ("verify_selected", ids),
        (
            "publish_selected",
            not_verified if who != "editor" else ids,
        ),  # publishing a verified claim is review
        ("delete_selected", ids),
        ("no_such_action", ids),
    ]:
        response = client.post(changelist, {"action": action, "_selected_action": selected, "post": "yes"})
        assert response.status_code in REFUSED | {200}
    for claim in reviewed.values():
        review = reverse("admin:claims_claim_review", args=[claim.pk])
        # Every action the workflow does not allow from this status (or to this user), and some that do not exist.
        legal = {
            action
            for action, rule in TRANSITIONS.items()
            if rule.source == claim.status
            and (users[who].has_perm(REVIEW_PERMISSION) or not rule.reviewers_only)
        }
        for action in [*(set(TRANSITIONS) - legal), "approve", "", "publish\x00"]:
            response = client.post(
                review, {"action": action, "note": "forged", "rating": "false", "version": claim.version}
            )
            assert response.status_code in REFUSED
        assert (
            client.post(reverse("admin:claims_claim_delete", args=[claim.pk]), {"post": "yes"}).status_code
            in REFUSED
        )
        history = reverse("admin:claims_claim_history", args=[claim.pk])
        assert client.post(history, {"anything": "1"}).status_code in REFUSED | {200}
        assert client.post(f"{history}1/", {"anything": "1"}).status_code in REFUSED  # no revert page
    assert snapshot() == before


def test_forged_fields_of_a_new_claim_are_not_taken(editor_client, claim_in, editor, reviewer):
    published = claim_in("published")
    data = page_data_of(editor_client, claim_in("draft"))
    new = {k: v for k, v in data.items() if not k.endswith(("-id", "-claim"))}
    new |= {"chain-INITIAL_FORMS": "0", "loaded_version": ""}
    forged = new | {
        "status": "published", "verified_by": reviewer.pk, "published_by": reviewer.pk, "corrects": published.pk,
        "quantity": published.quantity_id, "version": "40", "quote_check": "verified", "external_id": "x",
    }  # fmt: skip
    response = editor_client.post(reverse("admin:claims_claim_add"), forged)
    assert response.status_code == 302
    claim = Claim.objects.latest("pk")
    assert (claim.status, claim.verified_by, claim.published_by, claim.corrects, claim.version) == (
        "draft",
        None,
        None,
        None,
        1,
    )
    assert claim.external_id is None and claim.created_by == editor


def test_the_import_adds_only_drafts_for_editors(editor_client, known):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.test_import import jsonl, row

    before = snapshot()
    response = editor_client.post(
        "/admin/claims/claim/import/",
        {"file": SimpleUploadedFile("claims.jsonl", jsonl(row(1, status="published", rating="confirmed")))},
    )
    assert response.status_code == 200 and "is not allowed here" in response.content.decode()
    confirm = editor_client.post(
        "/admin/claims/claim/import/",
        {"encoded": "eyJzdGF0dXMiOiAicHVibGlzaGVkIn0=", "name": "claims.jsonl", "confirm": "1"},
    )
    assert confirm.status_code == 200
    assert snapshot() == before

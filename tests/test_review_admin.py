import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from claims.models import Claim
from claims.services import Hop, submit_claim
from tests.conftest import admin_form_data
from tests.factories import ActorFactory, relay

pytestmark = pytest.mark.django_db


def change_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


def review_url(claim):
    return reverse("admin:claims_claim_review", args=[claim.pk])


def buttons(response) -> list[str]:
    return [t.label for t in response.context["review_actions"]]


def messages_of(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.mark.parametrize(
    ("status", "who", "expected"),
    [
        ("draft", "editor", ["Submit for review"]),
        ("in_review", "editor", []),
        ("in_review", "reviewer", ["Request changes", "Reject", "Verify"]),
        ("verified", "reviewer", ["Publish"]),
        ("published", "reviewer", ["Retract"]),
        ("published", "editor", []),
        ("rejected", "reviewer", []),
    ],
)
def test_review_panel_shows_only_the_buttons_the_user_may_press(
    client, claim_in, editor, second_reviewer, status, who, expected
):
    claim = claim_in(status)
    # second_reviewer never touched the claim, unlike the fixture's reviewer who verified it.
    client.force_login({"editor": editor, "reviewer": second_reviewer}[who])
    response = client.get(change_url(claim))
    assert response.status_code == 200
    assert buttons(response) == expected


def test_review_panel_hides_verify_from_the_author_and_says_why(client, claim_with_chain, reviewer):
    claim = claim_with_chain(created_by=reviewer)
    submit_claim(claim, by=reviewer)
    client.force_login(reviewer)
    response = client.get(change_url(claim))
    assert buttons(response) == ["Request changes", "Reject"]
    assert "another reviewer must verify" in response.content.decode()


def test_reviewer_verifies_from_the_panel_with_a_note_and_rating(client, claim_in, second_reviewer):
    claim = claim_in("in_review")
    client.force_login(second_reviewer)
    response = client.post(
        review_url(claim),
        {"action": "verify", "note": "Matches TASS.", "rating": "confirmed", "version": claim.version},
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.rating, claim.verified_by) == ("verified", "confirmed", second_reviewer)
    assert claim.review_events.last().note == "Matches TASS."
    page = client.get(change_url(claim))
    assert "Matches TASS." in page.content.decode()


@pytest.mark.parametrize("action", ["verify", "publish", "reject", "retract"])
def test_editor_cannot_reach_reviewer_actions_by_url(editor_client, claim_in, action):
    claim = claim_in("in_review")
    response = editor_client.post(
        review_url(claim), {"action": action, "note": "x", "version": claim.version}
    )
    assert response.status_code == 403
    assert Claim.objects.get(pk=claim.pk).status == "in_review"


def test_review_url_accepts_only_post(reviewer_client, claim_in):
    assert reviewer_client.get(review_url(claim_in("in_review"))).status_code == 405


def test_refused_transition_is_a_message_not_an_error_page(client, claim_in, second_reviewer):
    claim = claim_in("published")
    client.force_login(second_reviewer)
    response = client.post(
        review_url(claim), {"action": "retract", "note": "", "version": claim.version}, follow=True
    )
    assert response.status_code == 200
    assert "Retract: write a note saying why." in messages_of(response)
    assert Claim.objects.get(pk=claim.pk).status == "published"


def test_editor_has_no_bulk_verify_and_posting_it_does_nothing(editor_client, claim_in):
    claim = claim_in("in_review")
    changelist = reverse("admin:claims_claim_changelist")
    actions = [
        value for value, _ in editor_client.get(changelist).context["action_form"].fields["action"].choices
    ]
    assert "submit_selected" in actions and "verify_selected" not in actions
    editor_client.post(changelist, {"action": "verify_selected", "_selected_action": [claim.pk]})
    assert Claim.objects.get(pk=claim.pk).status == "in_review"


def test_bulk_verify_applies_four_eyes_claim_by_claim(
    client, claim_in, claim_with_chain, reviewer, second_reviewer
):
    others = claim_in("in_review")
    own = claim_with_chain(created_by=second_reviewer)
    submit_claim(own, by=second_reviewer)
    client.force_login(second_reviewer)
    response = client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "verify_selected", "_selected_action": [others.pk, own.pk]},
        follow=True,
    )
    others.refresh_from_db()
    own.refresh_from_db()
    assert (others.status, own.status) == ("verified", "in_review")
    text = " ".join(messages_of(response))
    assert "Verify: 1 claim(s) done." in text and "four-eyes" in text
    # The bulk action went through the service: the version and the review log record the reviewer.
    assert others.versions.latest("number").by == second_reviewer
    assert others.review_events.last().by == second_reviewer


def test_status_cannot_be_set_through_the_form(editor_client, claim_in):
    claim = claim_in("draft")
    data = admin_form_data(editor_client.get(change_url(claim)))
    data["status"] = "published"
    response = editor_client.post(change_url(claim), data)
    assert response.status_code == 302
    assert Claim.objects.get(pk=claim.pk).status == "draft"


@pytest.mark.parametrize("status", ["verified", "published", "rejected", "retracted"])
def test_reviewed_claims_are_read_only(client, claim_in, second_reviewer, status):
    claim = claim_in(status)
    client.force_login(second_reviewer)
    response = client.get(change_url(claim))
    assert response.status_code == 200
    assert not response.context["has_change_permission"]
    assert response.context["inline_admin_formsets"][0].has_change_permission is False
    assert client.post(change_url(claim), {"high": "1"}).status_code == 403


def test_nobody_can_delete_a_claim(client, claim_in, django_user_model):
    claim = claim_in("draft")
    client.force_login(django_user_model.objects.create_superuser("root", password="x"))
    assert (
        client.post(reverse("admin:claims_claim_delete", args=[claim.pk]), {"post": "yes"}).status_code == 403
    )
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_admin_save_and_chain_edit_make_one_version_with_the_editor_and_the_reason(
    editor_client, claim_in, editor
):
    claim = claim_in("draft")
    data = admin_form_data(editor_client.get(change_url(claim)))
    data["high"] = data["best"] = data["low"] = "14"
    data["chain-0-words"] = "fourteen soldiers"
    data["change_reason"] = "The ministry's statement says fourteen."
    response = editor_client.post(change_url(claim), data)
    assert response.status_code == 302
    latest = claim.versions.latest("number")
    assert (latest.number, latest.by, latest.reason) == (2, editor, "The ministry's statement says fourteen.")
    assert latest.changed == ["low", "best", "high", "chain"]
    assert (latest.record["high"], latest.record["chain"][0]["words"]) == (14, "fourteen soldiers")
    assert Claim.objects.get(pk=claim.pk).version == 2


def test_history_page_shows_each_version_with_labels_side_by_side(
    editor_client, claim_in, django_assert_max_num_queries
):
    claim = claim_in("in_review")
    data = admin_form_data(editor_client.get(change_url(claim)))
    data["high"] = data["best"] = data["low"] = "14"
    data["chain-1-words"] = "fourteen soldiers"
    data["change_reason"] = "Corrected from the source."
    editor_client.post(change_url(claim), data)
    url = reverse("admin:claims_claim_history", args=[claim.pk])
    editor_client.get(url)
    # 1 session, 2 user, 3-5 the claim with its sides and its conflict's parties, 6-7 permissions, 8 the
    # versions with their authors, 9-11 the names of the conflicts, actors and sources they refer to (and of
    # users, once a reviewer is named).
    with django_assert_max_num_queries(11):
        response = editor_client.get(url)
    page = response.content.decode()
    versions = response.context["versions"]
    assert [v.number for v in versions] == [3, 2, 1]
    latest = versions[0]
    assert (latest.by, latest.reason) == ("editor", "Corrected from the source.")
    assert [(c.label, c.before, c.after) for c in latest.changes][:3] == [
        ("Low", "12", "14"),
        ("Best", "12", "14"),
        ("High", "12", "14"),
    ]
    chain = latest.changes[3]
    assert chain.label == "Attribution chain" and "fourteen soldiers" in chain.after
    assert "fourteen soldiers" not in chain.before and claim.originator.name in chain.before
    submitted = versions[1]
    first = submitted.changes[0]
    assert (first.label, first.before, first.after) == ("Status", "draft", "in review")
    assert "in_review" not in page and "None" not in page  # labels, not codes
    assert "Submit for review: submit in a test" in page


def test_a_stale_save_merges_what_only_the_other_editor_changed(client, claim_in, editor, second_reviewer):
    claim = claim_in("in_review")
    client.force_login(editor)
    stale = admin_form_data(client.get(change_url(claim)))

    # Meanwhile a reviewer annotates it and names its sides.
    other = admin_form_data(client.get(change_url(claim)))
    other["internal_note"] = "Checked against the ministry's site."
    other["sides"] = [str(claim.originator.pk), str(ActorFactory().pk)]
    client.force_login(second_reviewer)
    assert client.post(change_url(claim), other).status_code == 302

    client.force_login(editor)
    stale["area"] = "Martuni"
    assert client.post(change_url(claim), stale).status_code == 302
    claim.refresh_from_db()
    assert (claim.area, claim.internal_note, claim.sides.count()) == (
        "Martuni",
        "Checked against the ministry's site.",  # not reverted by a save that did not touch it
        2,
    )


def test_a_stale_save_that_changes_the_same_field_is_refused_with_both_values(
    client, claim_in, editor, second_reviewer
):
    claim = claim_in("in_review")
    client.force_login(editor)
    stale = admin_form_data(client.get(change_url(claim)))

    # Meanwhile a reviewer corrects the figure and annotates the claim.
    other = admin_form_data(client.get(change_url(claim)))
    other["high"] = other["best"] = other["low"] = "15"
    other["internal_note"] = "Fifteen, per the second statement."
    client.force_login(second_reviewer)
    assert client.post(change_url(claim), other).status_code == 302

    client.force_login(editor)
    stale["phrase"] = "as many as 16 soldiers"
    stale["qualifier"], stale["low"], stale["best"], stale["high"] = "at_most", "", "", "16"
    response = client.post(change_url(claim), stale)
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "Someone else saved this claim" in " ".join(form.non_field_errors())
    assert "second_reviewer" in " ".join(form.non_field_errors())
    assert "to “15”; yours is “16”" in " ".join(form.errors["high"])
    assert "to “15”; yours is (empty)" in " ".join(form.errors["low"])
    assert "phrase" not in form.errors  # only the editor changed it: no conflict there
    assert 'value="as many as 16 soldiers"' in response.content.decode()  # the editor's typing is kept
    claim.refresh_from_db()
    assert (claim.high, claim.phrase) == (15, "12 soldiers were killed")  # the reviewer's save is kept

    # Having seen the other values, the editor saves the re-rendered form again: theirs are kept where they
    # conflicted, and the reviewer's note, which the editor never touched, stays.
    again = admin_form_data(response)
    assert client.post(change_url(claim), again).status_code == 302
    claim.refresh_from_db()
    assert (claim.high, claim.phrase, claim.internal_note) == (
        16,
        "as many as 16 soldiers",
        "Fifteen, per the second statement.",
    )


def test_a_reviewer_never_verifies_a_version_they_did_not_read(client, claim_in, editor, second_reviewer):
    claim = claim_in("in_review")
    client.force_login(second_reviewer)
    page = client.get(change_url(claim))
    read = page.context["original"].version
    assert f'name="version" value="{read}"' in page.content.decode()
    # Meanwhile the editor changes the figure: the claim is in review, so still editable.
    client.force_login(editor)
    data = admin_form_data(client.get(change_url(claim)))
    data["high"] = data["best"] = data["low"] = "1000"
    assert client.post(change_url(claim), data).status_code == 302
    client.force_login(second_reviewer)
    response = client.post(review_url(claim), {"action": "verify", "version": read}, follow=True)
    assert "This claim was changed since you opened it" in " ".join(messages_of(response))
    assert Claim.objects.get(pk=claim.pk).status == "in_review"
    again = client.post(review_url(claim), {"action": "verify"}, follow=True)  # a form without its version
    assert "does not say which version" in " ".join(messages_of(again))
    current = Claim.objects.get(pk=claim.pk).version
    client.post(review_url(claim), {"action": "verify", "version": current})
    assert Claim.objects.get(pk=claim.pk).status == "verified"


def test_a_stale_save_merges_with_another_editors_chain_edit(client, claim_in, editor, second_reviewer):
    claim = claim_in("in_review")
    client.force_login(editor)
    stale = admin_form_data(client.get(change_url(claim)))
    other = admin_form_data(client.get(change_url(claim)))
    other["chain-1-words"] = "twelve, said the agency"
    client.force_login(second_reviewer)
    assert client.post(change_url(claim), other).status_code == 302  # the chain is written anew, new hop ids

    client.force_login(editor)
    stale["internal_note"] = "Ask the desk about the date."
    assert client.post(change_url(claim), stale).status_code == 302  # its hop ids are gone: still merged
    claim = Claim.objects.get(pk=claim.pk)
    assert claim.internal_note == "Ask the desk about the date."
    assert claim.chain.get(position=1).words == "twelve, said the agency"


def test_two_stale_chain_edits_are_a_conflict_naming_both_chains(client, claim_in, editor, second_reviewer):
    claim = claim_in("in_review")
    client.force_login(editor)
    stale = admin_form_data(client.get(change_url(claim)))
    other = admin_form_data(client.get(change_url(claim)))
    other["chain-1-words"] = "theirs"
    client.force_login(second_reviewer)
    client.post(change_url(claim), other)
    client.force_login(editor)
    stale["chain-1-words"] = "mine"
    response = client.post(change_url(claim), stale)
    assert response.status_code == 200
    errors = " ".join(response.context["inline_admin_formsets"][0].formset.non_form_errors())
    assert "“theirs”" in errors and "“mine”" in errors
    again = client.post(change_url(claim), admin_form_data(response))
    assert again.status_code == 302 and claim.chain.get(position=1).words == "mine"


def test_a_save_that_says_no_version_is_refused_not_applied_over_others(client, claim_in, editor):
    claim = claim_in("draft")
    client.force_login(editor)
    data = admin_form_data(client.get(change_url(claim)))
    data["loaded_version"] = ""
    data["area"] = "Shushi"
    response = client.post(change_url(claim), data)
    assert response.status_code == 200
    assert "does not say which version" in " ".join(response.context["adminform"].form.non_field_errors())
    assert Claim.objects.get(pk=claim.pk).area == ""


def test_a_save_that_changes_nothing_makes_no_version(editor_client, claim_in):
    claim = claim_in("draft")
    before = (claim.version, Claim.objects.get(pk=claim.pk).updated_at)
    data = admin_form_data(editor_client.get(change_url(claim)))
    assert editor_client.post(change_url(claim), data).status_code == 302
    after = Claim.objects.get(pk=claim.pk)
    assert (after.version, after.updated_at) == before and after.versions.count() == before[0]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("loaded_version", "0"),
        ("loaded_version", "50"),
        ("loaded_version", "9" * 30),
        ("chain-0-actor", "abc"),
        ("chain-0-actor", "9" * 30),
        ("chain-1-source", "9" * 30),
        ("conflict", "9" * 30),
        ("originator", "abc"),
        ("supersedes", "x"),
        ("supersedes", "9" * 30),
        ("sides", ["abc"]),
        ("sides", ["9" * 30]),
        ("chain-0-id", "abc"),
    ],
)
def test_junk_in_the_claim_form_is_a_form_error_not_a_500(editor_client, claim_in, field, value):
    claim = claim_in("draft")
    data = admin_form_data(editor_client.get(change_url(claim)))
    before = Claim.objects.filter(pk=claim.pk).values().get()
    response = editor_client.post(change_url(claim), data | {field: value})
    assert response.status_code in (200, 302)
    if field == "chain-0-id":  # an unknown row is read as a row like any other: the same chain
        assert response.status_code == 302
    else:
        assert response.status_code == 200 and "errornote" in response.content.decode()
        assert Claim.objects.filter(pk=claim.pk).values().get() == before


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"action": "verify", "rating": "bogus"}, "is not a rating"),
        ({"action": "verify", "rating": "confirmed "}, "is not a rating"),
        ({"action": "request_changes", "note": "Check\x00 it"}, "null character"),
    ],
)
def test_junk_in_a_review_is_a_message_not_a_500(client, claim_in, second_reviewer, body, message):
    claim = claim_in("in_review")
    client.force_login(second_reviewer)
    response = client.post(review_url(claim), body | {"version": claim.version}, follow=True)
    assert response.status_code == 200 and message in " ".join(messages_of(response))
    assert Claim.objects.get(pk=claim.pk).status == "in_review"


def test_junk_ids_in_a_bulk_action_are_left_out(client, claim_in, second_reviewer):
    claim = claim_in("in_review")
    client.force_login(second_reviewer)
    response = client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "verify_selected", "_selected_action": ["abc", "9" * 30, str(claim.pk)]},
        follow=True,
    )
    assert response.status_code == 200
    assert Claim.objects.get(pk=claim.pk).status == "verified"


def test_an_actor_cannot_stop_speaking_for_the_originator_of_a_reviewed_chain(editor_client, claim_in):
    """A published claim's hop 0 is a spokesperson speaking for its originator; moving the spokesperson to
    another principal would leave the record's chain breaking its own rule."""
    government = ActorFactory(name="Government", kind="government")
    spokesperson = ActorFactory(name="Spokesperson", kind="individual", acts_on_behalf_of=government)
    published = claim_in(
        "published",
        originator=government,
        chain=[Hop(spokesperson.pk, "stated"), relay(relation="published")],
    )
    url = reverse("admin:claims_actor_change", args=[spokesperson.pk])
    data = admin_form_data(editor_client.get(url)) | {"acts_on_behalf_of": ""}
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert f"Reviewed claims #{published.pk}" in str(
        response.context["adminform"].form.errors["acts_on_behalf_of"]
    )
    spokesperson.refresh_from_db()
    assert spokesperson.acts_on_behalf_of == government
    data["acts_on_behalf_of"] = str(government.pk)
    data["description"] = "Still the government's spokesperson."
    assert editor_client.post(url, data).status_code == 302  # other edits of it are fine

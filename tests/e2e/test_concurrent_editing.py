"""Two editors in two browsers on one draft: what only one changed is merged; where both changed the same
field, the later save is refused with both values, keeps its input, and a deliberate second save keeps it."""

from playwright.sync_api import expect

from claims.models import Claim
from tests.e2e.conftest import messages, submit


def test_a_second_editors_stale_save_is_merged_or_refused_field_by_field_and_keeps_their_input(
    log_in, page_errors, editor, second_editor, claim_with_chain
):
    claim = claim_with_chain(hops=3, created_by=editor)
    change_url = f"/admin/claims/claim/{claim.pk}/change/"
    first, second = log_in(editor), log_in(second_editor)
    first.goto(change_url)
    second.goto(change_url)

    first.fill("#id_area", "Martuni")
    first.fill("#id_as_of", "2020-10-30")
    submit(first, "input[name=_continue]")
    expect(messages(first)).to_contain_text("was changed successfully")

    second.fill("#id_area", "Shushi")
    second.click("summary:has-text('Rating, revisions and notes')")  # folded while it holds nothing
    second.fill("#id_internal_note", "Check against the ministry's evening briefing.")
    submit(second, "input[name=_continue]")
    refusal = second.locator(".errorlist.nonfield")
    expect(refusal).to_contain_text("Someone else saved this claim while you were editing it")
    expect(refusal).to_contain_text("editor at ")
    expect(second.locator(".field-area .errorlist")).to_contain_text("to “Martuni”; yours is “Shushi”")
    expect(second.locator("#id_area")).to_have_value("Shushi")
    # Sent back refused, the form shows the note the editor typed, its section open.
    expect(second.locator("#id_internal_note")).to_be_visible()
    expect(second.locator("#id_internal_note")).to_have_value(
        "Check against the ministry's evening briefing."
    )
    claim.refresh_from_db()
    assert (claim.area, claim.internal_note) == ("Martuni", "")

    # Having read what changed, the second editor saves again on purpose: their area is kept, their note
    # added, and the date the first editor set, which the second never touched, stays.
    submit(second, "input[name=_continue]")
    expect(messages(second)).to_contain_text("was changed successfully")
    claim = Claim.objects.get(pk=claim.pk)
    assert (claim.area, claim.internal_note) == ("Shushi", "Check against the ministry's evening briefing.")
    assert str(claim.as_of) == "2020-10-30"
    assert claim.chain.count() == 3
    assert page_errors == []

"""The admin at a laptop's size (1366x768, issue 19): the claim list's columns and the chain's every column
within the window, the chain reordered and a relay inserted by its buttons, and the review beside Save."""

from playwright.sync_api import expect

from claims.models import Relation
from tests.e2e.conftest import LAPTOP, choose_autocomplete, fits_width, messages, submit
from tests.factories import ActorFactory, ConflictFactory, SourceFactory, relay


def chain_of(claim) -> list[tuple[int, str, str]]:
    return [(hop.position, hop.actor.name, hop.relation) for hop in claim.chain.select_related("actor")]


def test_the_claim_list_shows_status_and_conflict_without_scrolling_sideways(
    log_in, page_errors, editor, claim_with_chain
):
    conflict = ConflictFactory(name="Second Nagorno-Karabakh war (2020), with a long name to wrap")
    claim_with_chain(conflict=conflict, created_by=editor, phrase="at least 46 people were killed")
    page = log_in(editor, viewport=LAPTOP)
    page.goto("/admin/claims/claim/")
    expect(page.locator("#result_list tbody tr")).to_have_count(1)
    columns = (
        "#result_list th.column-status, #result_list th.column-rating, #result_list th.column-conflict_name"
    )
    expect(page.locator(columns)).to_have_count(3)
    assert fits_width(page, columns)
    assert fits_width(page, "#result_list td")
    # Nothing scrolls sideways, neither the page nor the list's own box.
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    assert page.evaluate("(r => r.scrollWidth <= r.clientWidth)(document.querySelector('.results'))")
    # The navigation sidebar starts closed at this width: the claims have it.
    expect(page.locator("#main")).not_to_have_class("main shifted")
    assert page_errors == []


def test_every_column_of_the_chain_fits_a_laptop(log_in, page_errors, editor, claim_with_chain):
    claim = claim_with_chain(hops=3, created_by=editor)
    page = log_in(editor, viewport=LAPTOP)
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    cells = "#chain-group th, #chain-group tr.form-row:not(.empty-form) td"
    expect(page.locator("#chain-group th.column-words")).to_be_visible()
    assert fits_width(page, cells)
    assert fits_width(page, "#chain-group tr.form-row:not(.empty-form) td.delete input")
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    # The chain follows who said it, before the provenance and the review's fields.
    order = page.evaluate(
        "[...document.querySelectorAll('#claim_form fieldset h2, #chain-group h2')].map(h => h.textContent.trim())"
    )
    assert (
        order.index("Who said it, and when")
        < order.index("Attribution chain (hop 0: the originator's statement; last hop: the source you read)")
        < order.index("Provenance")
    )
    assert page_errors == []


def test_an_editor_reorders_the_chain_and_inserts_a_relay_with_its_buttons(
    log_in, page_errors, editor, claim_with_chain
):
    ministry = ActorFactory(name="Ministry of Health", kind="ministry")
    daily, wire = ActorFactory(name="Example Daily"), ActorFactory(name="Example Wire", kind="news_agency")
    radio = ActorFactory(name="Example Radio", kind="news_outlet")
    ActorFactory(name="Example Agency", kind="news_agency")
    chain = [
        relay(ministry, Relation.STATED, source=None),
        relay(daily, Relation.RELAYED, source=None),
        relay(wire, Relation.RELAYED, source=None),
        relay(radio, Relation.PUBLISHED, source=SourceFactory()),
    ]
    claim = claim_with_chain(chain=chain, originator=ministry, created_by=editor)
    page = log_in(editor, viewport=LAPTOP)
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    rows = page.locator("#chain-group tr.form-row:not(.empty-form)")

    def shown() -> list[tuple[str, str]]:
        """Each row's form and the position the page gave it, in the rows' order."""
        pairs = rows.evaluate_all(
            "rows => rows.map(r => [r.id, r.querySelector('td.field-position input').value])"
        )
        return [tuple(pair) for pair in pairs]

    # Numbered by the page, not typed; the blank row left for a new hop gets no number.
    expect(rows.first.locator("td.field-position input")).to_have_attribute("readonly", "")
    assert shown() == [
        ("chain-0", "0"),
        ("chain-1", "1"),
        ("chain-2", "2"),
        ("chain-3", "3"),
        ("chain-4", ""),
    ]

    # The wire relayed the ministry before the daily did: the daily's hop goes down one.
    page.click("#chain-1 button.chain-down")
    assert shown()[:4] == [("chain-0", "0"), ("chain-2", "1"), ("chain-1", "2"), ("chain-3", "3")]
    # The review waits for the save: a reorder is an unsaved change.
    expect(page.locator("#review-panel button[value=submit]")).to_be_disabled()
    expect(page.locator("#review-panel .unsaved-warning")).to_be_visible()

    # An agency relayed the ministry first: inserted after hop 0, it becomes hop 1, and the rest move down.
    page.click("#chain-0 button.chain-insert")
    new_id = rows.nth(1).get_attribute("id")
    assert new_id == "chain-5"
    choose_autocomplete(page, f"id_{new_id}-actor", "Example Agency")
    page.select_option(f"#id_{new_id}-relation", "relayed")
    assert [position for _, position in shown()] == ["0", "1", "2", "3", "4", ""]
    assert fits_width(page, "#chain-group tr.form-row:not(.empty-form) td")
    submit(page, "input[name=_continue]")
    expect(messages(page)).to_contain_text("was changed successfully")
    assert chain_of(claim) == [
        (0, "Ministry of Health", "stated"),
        (1, "Example Agency", "relayed"),
        (2, "Example Wire", "relayed"),
        (3, "Example Daily", "relayed"),
        (4, "Example Radio", "published"),
    ]

    # Saved, the review beside Save is enabled again, and submits the saved claim.
    expect(page.locator("#review-panel button[value=submit]")).to_be_enabled()
    expect(page.locator("#review-panel .unsaved-warning")).to_be_hidden()
    assert fits_width(page, "#review-panel button, .submit-row input")
    submit(page, "#review-panel button[value=submit]")
    expect(messages(page)).to_contain_text("Submit for review: the claim is now in review.")
    assert page_errors == []

"""What a hostile review of the workbench found, held to in a browser at a laptop's size."""

from playwright.sync_api import expect

from claims.models import Relation
from claims.services import submit_claim
from tests.e2e.conftest import LAPTOP, choose_autocomplete, fits_width, messages, submit
from tests.factories import ActorFactory, SourceFactory, relay


def chain_of(claim) -> list[tuple[int, str, str]]:
    return [(hop.position, hop.actor.name, hop.relation) for hop in claim.chain.select_related("actor")]


def test_a_relay_inserted_before_a_refused_save_stays_where_the_editor_put_it(
    log_in, page_errors, editor, claim_with_chain
):
    ministry = ActorFactory(name="Ministry of Health", kind="ministry")
    radio = ActorFactory(name="Example Radio", kind="news_outlet")
    ActorFactory(name="Example Agency", kind="news_agency")
    chain = [relay(ministry, Relation.STATED, source=None), relay(radio, Relation.PUBLISHED, SourceFactory())]
    claim = claim_with_chain(chain=chain, originator=ministry, created_by=editor)
    page = log_in(editor, viewport=LAPTOP)
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    page.click("#chain-0 button.chain-insert")
    rows = page.locator("#chain-group tr.form-row:not(.empty-form)")
    new_id = rows.nth(1).get_attribute("id")
    choose_autocomplete(page, f"id_{new_id}-actor", "Example Agency")
    page.select_option(f"#id_{new_id}-relation", "relayed")
    page.fill("#id_phrase", "")  # a slip, refused by the server
    submit(page, "input[name=_continue]")
    expect(page.locator(".errornote")).to_be_visible()
    page.fill("#id_phrase", "12 soldiers were killed")
    submit(page, "input[name=_continue]")
    expect(messages(page)).to_contain_text("was changed successfully")
    # The refused page draws the relay last (the forms' order): numbered in that order, the chain would be saved
    # with the agency relaying after the radio that published it.
    assert chain_of(claim) == [
        (0, "Ministry of Health", "stated"),
        (1, "Example Agency", "relayed"),
        (2, "Example Radio", "published"),
    ]
    assert page_errors == []


def test_after_a_refused_save_the_review_buttons_wait_for_the_unsaved_edits(
    log_in, page_errors, editor, claim_with_chain
):
    claim = claim_with_chain(created_by=editor)
    page = log_in(editor, viewport=LAPTOP)
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    page.fill("#id_phrase", "")
    page.fill("#id_change_reason", "Corrected after calling the ministry")
    submit(page, "input[name=_save]")
    expect(page.locator(".errornote")).to_be_visible()
    # The page holds the editor's unsaved edits; "Submit for review" would send the saved claim and drop them.
    expect(page.locator("#id_change_reason")).to_have_value("Corrected after calling the ministry")
    expect(page.locator("#review-panel button[value=submit]")).to_be_disabled()
    expect(page.locator("#review-panel .unsaved-warning")).to_be_visible()
    assert page_errors == []


def test_enter_on_a_queue_filter_heading_opens_no_claim(
    log_in, page_errors, editor, reviewer, claim_with_chain
):
    claim = claim_with_chain(created_by=editor)
    submit_claim(claim, by=editor)
    page = log_in(reviewer, viewport=LAPTOP)
    page.goto("/admin/claims/reviewqueue/")
    page.keyboard.press("j")  # a row highlighted
    heading = page.locator("#changelist-filter details summary").first
    heading.focus()
    page.keyboard.press("Enter")  # folds the filter, as Enter on a focused control does
    page.wait_for_timeout(500)
    assert page.url.endswith("/admin/claims/reviewqueue/"), page.url
    assert page_errors == []


def test_the_hop_list_and_the_review_log_fit_a_laptop(log_in, page_errors, editor, reviewer, claim_in):
    # Names as long as the demo's: "Prosecutor General's Office of Azerbaijan", a source titled as news is.
    prosecutor = ActorFactory(name="Prosecutor General's Office of Azerbaijan", kind="government")
    source = SourceFactory(title="Azerbaijan reports civilian toll of Karabakh shelling")
    reuters = ActorFactory(name="Reuters", kind="news_agency")
    chain = [relay(prosecutor, Relation.STATED, source=None), relay(reuters, Relation.PUBLISHED, source)]
    claim_in("published", originator=prosecutor, chain=chain, phrase="about 90 civilians had been killed")
    page = log_in(reviewer, viewport=LAPTOP)
    for url in ("/admin/claims/attributionhop/", "/admin/claims/reviewevent/"):
        page.goto(url)
        expect(page.locator("#result_list tbody tr").first).to_be_visible()
        assert fits_width(page, "#result_list th, #result_list td"), url
        assert page.evaluate("(r => r.scrollWidth <= r.clientWidth)(document.querySelector('.results'))"), url
    assert page_errors == []

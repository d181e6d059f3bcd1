"""The review queue on a laptop: it fits the window, the keyboard moves through it and opens a claim, whose review
panel comes with the suggested rating chosen."""

import datetime as dt
import re

from playwright.sync_api import expect

from claims.services import submit_claim
from tests.e2e.conftest import LAPTOP, fits_width
from tests.factories import ActorFactory, ClaimFactory, ConflictFactory, relay

ROW = "#result_list tbody tr"


def test_a_reviewer_works_through_the_queue_from_the_keyboard(log_in, page_errors, editor, reviewer):
    conflict = ConflictFactory(name="Second Nagorno-Karabakh war (2020)", slug="nagorno-karabakh-2020")
    azerbaijan = ActorFactory(name="Government of Azerbaijan", kind="government")
    armenia = ActorFactory(name="Government of Armenia", kind="government")
    conflict.parties.add(azerbaijan, armenia)
    names = [
        "Ministry of Defence of Azerbaijan",
        "Nagorno-Karabakh Human Rights Ombudsman",
        "Prosecutor General's Office of Azerbaijan",
        "International Committee of the Red Cross",
    ]
    outlet = ActorFactory(name="Radio Free Europe/Radio Liberty", kind="news_outlet")
    claims = []
    # Tolls as of different days are different quantities, but for the last two: two origins of one figure.
    for n, (name, day) in enumerate(zip(names, [1, 2, 3, 3], strict=True)):
        originator = ActorFactory(name=name)
        claim = ClaimFactory(
            conflict=conflict,
            originator=originator,
            created_by=editor,
            phrase=f"as many as {5000 + n:,} deaths on both sides",
            qualifier="at_most",
            low=None,
            best=None,
            high=5000 + n,
            sides=[azerbaijan, armenia],
            stated_on=dt.date(2020, 10, day),
            chain=[
                relay(originator, "stated", source=None),
                relay(outlet, "published"),
            ],
        )
        submit_claim(claim, by=editor)
        claims.append(claim)

    page = log_in(reviewer, viewport=LAPTOP)
    page.goto("/admin/claims/reviewqueue/")
    expect(page.locator(ROW)).to_have_count(len(claims))
    expect(page.locator("#queue-keys")).to_contain_text("move between claims")
    assert fits_width(page, "#content, #changelist, #result_list, #changelist-filter, #toolbar")
    # Nor does the table scroll sideways inside its own box, as the admin's tables do when too wide.
    assert page.evaluate(
        "[...document.querySelectorAll('#changelist .results, html')].every((e) => e.scrollWidth <= e.clientWidth)"
    )

    rows = page.locator(ROW)
    page.keyboard.press("j")
    expect(rows.nth(0)).to_have_class(re.compile("queue-current"))
    page.keyboard.press("j")
    page.keyboard.press("ArrowDown")
    expect(rows.nth(2)).to_have_class(re.compile("queue-current"))
    expect(page.locator(f"{ROW}.queue-current")).to_have_count(1)
    page.keyboard.press("k")
    expect(rows.nth(1)).to_have_class(re.compile("queue-current"))

    # "/" goes to the search box, where j and k are letters like any other.
    page.keyboard.press("/")
    expect(page.locator("#searchbar")).to_be_focused()
    page.keyboard.type("jk")
    expect(page.locator("#searchbar")).to_have_value("jk")
    expect(rows.nth(1)).to_have_class(re.compile("queue-current"))
    page.keyboard.press("Escape")
    expect(page.locator("#searchbar")).not_to_be_focused()
    page.keyboard.press("ArrowUp")
    expect(rows.nth(0)).to_have_class(re.compile("queue-current"))
    page.keyboard.press("j")

    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(f"/admin/claims/claim/{claims[1].pk}/change/")
    # One origin for its quantity: single source, chosen for the reviewer, who may choose another.
    expect(page.locator("#review-rating")).to_have_value("single_source")
    expect(page.locator("#review-rating option:checked")).to_have_text("single source (suggested)")
    expect(page.locator("#rating-suggestion")).to_contain_text(
        "Suggested from the provenance: one independent origin."
    )
    assert fits_width(page, "#review-panel")
    # Left as preselected, the flag says so; once the reviewer touches the select, the rating is theirs.
    flag = page.locator("input[name=rating_suggested]")
    expect(flag).to_have_value("single_source")
    page.select_option("#review-rating", "corroborated")
    page.select_option("#review-rating", "single_source")
    expect(flag).to_have_value("")

    page.goto("/admin/claims/reviewqueue/")
    expect(page.locator(ROW)).to_have_count(len(claims))
    page.keyboard.press("j")
    with page.expect_navigation():
        page.keyboard.press("o")
    assert page.url.endswith(f"/admin/claims/claim/{claims[0].pk}/change/")
    assert page_errors == []

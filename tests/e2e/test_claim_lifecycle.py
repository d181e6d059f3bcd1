"""A claim's whole life in the browser: pasted source → extracted draft → three-hop chain → review → partner API."""

import re

from playwright.sync_api import expect

from claims.management.commands.load_demo import RFERL_TEXT
from claims.models import Claim
from tests.e2e.conftest import choose_autocomplete, get_json, messages, submit
from tests.factories import ActorFactory, ConflictFactory

PHRASE = "as many as 5,000 deaths"


def test_a_pasted_source_becomes_a_published_claim_that_partners_receive(
    log_in, page_errors, live_server, editor, reviewer, api_key
):
    conflict = ConflictFactory(name="Second Nagorno-Karabakh war (2020)", slug="nagorno-karabakh-2020")
    russia = ActorFactory(name="Government of Russia", kind="government", aliases="Russia\nKremlin")
    ActorFactory(name="TASS", kind="news_agency")
    ActorFactory(name="Radio Free Europe/Radio Liberty", kind="news_outlet", aliases="RFE/RL")

    # The editor pastes the article's text into a new source.
    page = log_in(editor)
    page.goto("/admin/claims/source/add/")
    page.fill("#id_url", "https://www.rferl.org/a/nagorno-karabakh-shushi/30932001.html?utm_source=feed")
    page.fill("#id_title", "Fighting rages near Shushi")
    choose_autocomplete(page, "id_publisher", "Radio Free Europe/Radio Liberty")
    page.fill("#id_published_on", "2020-11-05")
    page.fill("#id_language", "en")
    page.fill("#id_text", RFERL_TEXT)
    submit(page, "input[name=_continue]")
    expect(messages(page)).to_contain_text("was added successfully")

    # ... extracts the figures found in it, and keeps Russia's estimate.
    page.click("text=Extract claims")
    expect(page.locator("h1")).to_contain_text("Extract claims from “Fighting rages near Shushi”")
    row = page.locator("#extract tbody tr", has=page.locator("mark", has_text=PHRASE))
    expect(row.locator(".figure")).to_have_text("≤ 5,000 (at most)")
    expect(row).to_contain_text("→ Government of Russia")
    row.locator("input[type=checkbox]").check()
    page.select_option("#id_conflict", label=conflict.name)
    submit(page, "#extract input[type=submit]")
    expect(messages(page)).to_contain_text("Created 1 draft claim(s)")

    # ... opens the draft and completes its chain: Russia stated it, TASS relayed it, RFE/RL published it.
    page.click("#result_list .field-figure a")
    expect(page.locator("#review-panel h2")).to_have_text("Review: this claim is draft")
    expect(page.locator("#id_phrase")).to_have_value(PHRASE)
    # TASS's relay goes between the two: inserted after hop 0, numbered by the page.
    page.click("#chain-0 button.chain-insert")
    choose_autocomplete(page, "id_chain-3-actor", "TASS")
    page.select_option("#id_chain-3-relation", "relayed")
    page.fill("#id_chain-3-date", "2020-11-05")
    submit(page, "input[name=_continue]")
    expect(messages(page)).to_contain_text("was changed successfully")
    claim = Claim.objects.get()
    chain = [(hop.position, hop.actor.name, hop.relation) for hop in claim.chain.select_related("actor")]
    assert chain == [
        (0, "Government of Russia", "stated"),
        (1, "TASS", "relayed"),
        (2, "Radio Free Europe/Radio Liberty", "published"),
    ]
    assert (claim.originator, claim.qualifier, claim.high, claim.created_by) == (
        russia,
        "at_most",
        5000,
        editor,
    )

    # ... and submits it. An editor cannot verify, and a claim in review is not yet the partners' business.
    submit(page, "#review-panel button[value=submit]")
    expect(messages(page)).to_contain_text("Submit for review: the claim is now in review.")
    expect(page.locator("#review-panel button")).to_have_count(0)
    assert get_json(live_server, "/api/v1/claims/", api_key)["results"] == []

    # A reviewer, who did not write it, finds it in the queue, verifies and publishes it.
    page = log_in(reviewer)
    page.goto("/admin/claims/reviewqueue/")
    page.click(f"#result_list a[href$='/claims/claim/{claim.pk}/change/']")
    expect(page.locator("#review-panel h2")).to_have_text("Review: this claim is in review")
    page.select_option("#review-rating", "single_source")
    page.fill("#review-note", "Checked against the RFE/RL article and TASS.")
    submit(page, "#review-panel button[value=verify]")
    expect(messages(page)).to_contain_text("Verify: the claim is now verified.")
    submit(page, "#review-panel button[value=publish]")
    expect(messages(page)).to_contain_text("Publish: the claim is now published.")
    expect(page.locator("#review-panel h2")).to_have_text(
        "Review: this claim is published, rated single source"
    )
    log = page.locator("#review-panel tbody tr")
    expect(log).to_have_count(3)
    when = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d")
    expect(log.nth(0).locator("td")).to_have_text([when, "editor", "draft", "in review", ""])
    expect(log.nth(1).locator("td")).to_have_text(
        [when, "reviewer", "in review", "verified", "Checked against the RFE/RL article and TASS."]
    )
    expect(log.nth(2).locator("td")).to_have_text([when, "reviewer", "verified", "published", ""])

    # The partner's key now sees it in the list, chain included, and in the change feed.
    listed = get_json(live_server, "/api/v1/claims/", api_key)["results"]
    assert [c["id"] for c in listed] == [claim.pk]
    assert listed[0]["figure"]["phrase"] == PHRASE
    assert listed[0]["figure"]["high"] == 5000
    assert [(hop["position"], hop["actor"]["name"]) for hop in listed[0]["chain"]] == [
        (0, "Government of Russia"),
        (1, "TASS"),
        (2, "Radio Free Europe/Radio Liberty"),
    ]
    assert "internal_note" not in listed[0]
    feed = get_json(live_server, "/api/v1/changes/", api_key)
    assert [(c["type"], c["id"], c["action"]) for c in feed["results"]] == [
        ("claim", claim.pk, "upsert"),
        ("quantity", claim.quantity_id, "upsert"),  # its counts: 1 report, 1 independent origin
    ]
    assert feed["results"][0]["claim"]["status"] == "published"
    assert feed["results"][1]["quantity"]["reports"] == 1
    assert feed["has_more"] is False
    assert page_errors == []  # no script failed, and the content-security policy refused nothing

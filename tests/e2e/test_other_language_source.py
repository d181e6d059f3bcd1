"""A source in Russian, end to end in the browser (issue 16): pasted with its language left empty, read in
Russian, its figure proposed with the ministry that stated it and a reading in English, then drafted, reviewed,
published and served to partners with the phrase and quote as written."""

from playwright.sync_api import expect

from claims.models import Claim, Source
from tests.e2e.conftest import choose_autocomplete, get_json, messages, submit
from tests.factories import ActorFactory, ConflictFactory
from tests.test_multilingual import TASS_TEXT

PHRASE = "1 177 военнослужащих"


def test_a_russian_source_becomes_a_published_claim_read_in_english(
    log_in, page_errors, live_server, editor, reviewer, api_key
):
    conflict = ConflictFactory(name="Second Nagorno-Karabakh war (2020)", slug="nagorno-karabakh-2020")
    armenia = ActorFactory(
        name="Ministry of Defence of Armenia", kind="government", aliases="Минобороны Армении"
    )
    ActorFactory(name="TASS", kind="news_agency", aliases="ТАСС")

    page = log_in(editor)
    page.goto("/admin/claims/source/add/")
    page.fill("#id_url", "https://tass.ru/mezhdunarodnaya-panorama/9999999")
    page.fill("#id_title", "Путин: в Карабахе погибли около пяти тысяч человек")
    choose_autocomplete(page, "id_publisher", "TASS")
    page.fill("#id_published_on", "2020-11-05")
    page.fill("#id_text", TASS_TEXT)  # the language is left empty
    submit(page, "input[name=_continue]")
    expect(messages(page)).to_contain_text("was added successfully")
    assert Source.objects.get().language == "ru"
    expect(page.locator("#id_language")).to_have_value("ru")

    page.click("text=Extract claims")
    expect(page.locator("#content-main > p").first).to_contain_text("read in Russian")
    row = page.locator("#extract tbody tr", has=page.locator("mark", has_text=PHRASE))
    expect(row.locator(".figure")).to_have_text("1,177 (exact), military")
    expect(row).to_contain_text("→ Ministry of Defence of Armenia")
    page.screenshot(path="/tmp/e2e-extract-ru.png", full_page=True)
    row.locator("input[type=checkbox]").check()
    page.select_option("#id_conflict", label=conflict.name)
    submit(page, "#extract input[type=submit]")
    expect(messages(page)).to_contain_text("Created 1 draft claim(s)")

    claim = Claim.objects.get()
    assert (claim.phrase, claim.qualifier, claim.best, claim.metric, claim.population) == (
        PHRASE,
        "exact",
        1177,
        "killed",
        "military",
    )
    assert claim.originator == armenia
    assert claim.quote.startswith("По данным Минобороны Армении")
    assert claim.quote_check == "verified"

    page.click("#result_list .field-figure a")
    expect(page.locator("#id_phrase")).to_have_value(PHRASE)
    submit(page, "#review-panel button[value=submit]")
    expect(messages(page)).to_contain_text("the claim is now in review")

    page = log_in(reviewer)
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    page.select_option("#review-rating", "single_source")
    submit(page, "#review-panel button[value=verify]")
    expect(messages(page)).to_contain_text("the claim is now verified")
    submit(page, "#review-panel button[value=publish]")
    expect(messages(page)).to_contain_text("the claim is now published")

    listed = get_json(live_server, "/api/v1/claims/", api_key)["results"]
    assert [c["id"] for c in listed] == [claim.pk]
    assert listed[0]["figure"]["phrase"] == PHRASE
    assert listed[0]["figure"]["best"] == 1177
    assert listed[0]["quote"] == claim.quote
    assert page_errors == []

"""A source captured from a page served locally, end to end in the browser (issue 17): captured from its URL into
a new source, captured again after the page was edited (the change shown), its figure extracted, drafted,
reviewed, published and served to partners."""

import pytest
from playwright.sync_api import expect

from claims.models import Capture, Claim, Source
from tests.capture_server import CaptureServer
from tests.e2e.conftest import get_json, messages, submit
from tests.factories import ActorFactory, ConflictFactory

PHRASE = "At least 40 civilians were killed"


@pytest.fixture
def server(settings):
    settings.CAPTURE_ALLOW_PRIVATE_ADDRESSES = True  # the page is served on 127.0.0.1
    with CaptureServer() as running:
        yield running


def test_a_page_captured_from_its_url_becomes_a_published_claim(
    log_in, page_errors, live_server, editor, reviewer, api_key, server
):
    conflict = ConflictFactory(name="Example war", slug="example-war")
    ActorFactory(name="Regional health ministry", kind="ministry", aliases="the regional health ministry")
    page = log_in(editor)
    page.goto("/admin/claims/source/")
    page.click("text=Capture from a URL")
    page.fill("#id_url", server.url("/article?utm_source=newsletter"))
    submit(page, "#capture-form input[type=submit]")
    expect(messages(page)).to_contain_text("New source created. Captured")
    source = Source.objects.get()
    assert source.url == server.url("/article") and source.language == "en"
    expect(page.locator("#id_title")).to_have_value("Strike on market kills 40")
    expect(page.locator("#captures tbody tr")).to_have_count(1)

    # The publisher edits the page; a capture from the source's page notices it.
    status, headers, body = server.pages["/article"]
    server.pages["/article"] = (status, headers, body.replace(b"112 people", b"118 people"))
    submit(page, "text=Capture from its URL")
    expect(messages(page)).to_contain_text("filled text")
    expect(page.locator("#captures tbody tr")).to_have_count(2)
    page.click("#captures a.changed")
    expect(page.locator("table.diff")).to_contain_text("118")
    page.screenshot(path="/tmp/e2e-capture-diff.png", full_page=True)

    page.goto(f"/admin/claims/source/{source.pk}/change/")
    page.click("text=Extract claims")
    row = page.locator("#extract tbody tr", has=page.locator("mark", has_text=PHRASE))
    expect(row.locator(".figure")).to_contain_text("40")
    row.locator("input[type=checkbox]").check()
    page.select_option("#id_conflict", label=conflict.name)
    submit(page, "#extract input[type=submit]")
    expect(messages(page)).to_contain_text("Created 1 draft claim(s)")
    claim = Claim.objects.get()
    assert (claim.qualifier, claim.low, claim.metric, claim.population) == (
        "at_least",
        40,
        "killed",
        "civilian",
    )
    assert claim.quote_check == "verified"

    page.click("#result_list .field-figure a")
    submit(page, "#review-panel button[value=submit]")
    expect(messages(page)).to_contain_text("the claim is now in review")
    page = log_in(reviewer)
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    page.select_option("#review-rating", "single_source")
    submit(page, "#review-panel button[value=verify]")
    submit(page, "#review-panel button[value=publish]")
    expect(messages(page)).to_contain_text("the claim is now published")

    listed = get_json(live_server, "/api/v1/claims/", api_key)["results"]
    assert [c["id"] for c in listed] == [claim.pk]
    assert listed[0]["figure"]["phrase"] == PHRASE
    assert Capture.objects.filter(source=source).count() == 2
    assert page_errors == []

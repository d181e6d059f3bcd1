"""What a hostile review of the public pages found, held to in a browser: what a newsroom's reader meets."""

import html
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import LAPTOP, fits_width
from tests.e2e.test_public_pages import PHONE, newsroom  # noqa: F401 - the fixture
from tests.factories import ActorFactory, ClaimFactory, relay
from tests.test_public_pages import war  # noqa: F401 - the fixture
from tests.test_public_pages_hostile import publish_origins


def test_an_embedded_chart_still_shows_when_the_reader_comes_back_to_the_article(
    open_session,
    page_errors,
    live_server,
    newsroom,  # noqa: F811
    war,  # noqa: F811
):
    """The embed is served `Cache-Control: no-cache` with an ETag, so a browser that saw it once asks again with
    If-None-Match; a 304 with the default policy, `frame-ancestors 'none'`, would be merged by Chromium into the
    answer it keeps, which would then refuse to show the chart in the article."""
    page = open_session(LAPTOP)
    article = newsroom(f'<h1>Karabakh</h1><iframe src="{live_server.url}/conflicts/nk-2020/embed/"></iframe>')
    page.goto(article)
    expect(page.frame_locator("iframe").locator("svg.comparison")).to_have_count(2)
    # The reader follows a link and comes back, or opens the article again: the browser revalidates the embed.
    page.goto(live_server.url + "/conflicts/")
    page.goto(article)
    page.wait_for_timeout(1000)
    page.screenshot(path="/tmp/attack-public-embed-revisited.png")
    assert page_errors == []
    expect(page.frame_locator("iframe").locator("svg.comparison")).to_have_count(2)


def test_a_telegram_channel_as_originator_reads_whole_in_the_legend_on_a_phone(
    open_session,
    page_errors,
    war,  # noqa: F811
):
    """Originators are often channels named by their address. A name without spaces must still wrap in the
    chart's legend, which `.chart { overflow: hidden }` would otherwise cut ("..._official_chann"), and must not
    push a 1366 px page sideways."""
    channel = ActorFactory(name="https://t.me/ombudsman_ukraine_official_channel", kind="news_outlet")
    ClaimFactory(
        conflict=war["conflict"], incident=war["martuni"], originator=channel, population="civilian",
        sides=[war["claims"]["un"].sides.get()], status="published",
        chain=[{"actor": channel, "relation": "stated"}, relay(ActorFactory(), "published")],
    )  # fmt: skip
    page = open_session(PHONE)
    page.goto(f"/conflicts/nk-2020/incidents/{war['martuni'].pk}/")
    page.screenshot(path="/tmp/attack-public-channel-phone.png", full_page=True)
    assert fits_width(page, "main *")
    clipped = page.evaluate(
        "[...document.querySelectorAll('.chart')].filter((e) => e.scrollWidth > e.clientWidth).length"
    )
    assert clipped == 0, "an origin's name is cut off in the chart's legend"
    assert page_errors == []


@pytest.mark.parametrize("column", [680, 375])
def test_the_snippets_height_holds_the_whole_embed(
    open_session,
    page_errors,
    live_server,
    newsroom,  # noqa: F811
    war,  # noqa: F811
    client,
    column,
):
    """The snippet's height allows for the legend: with ten origins it wraps, and a frame sized for the chart
    alone would scroll and cut off the credit line (the link to every figure's source)."""
    publish_origins(war, 8)
    page_html = client.get("/conflicts/nk-2020/").content.decode()
    snippet = html.unescape(
        re.search(r'<textarea class="snippet"[^>]*>(.*?)</textarea>', page_html, re.S).group(1)
    )
    snippet = snippet.replace("http://testserver", live_server.url)
    page = open_session({"width": column + 40, "height": 900})
    page.goto(newsroom(f'<div style="max-width:{column}px">{snippet}</div>'))
    expect(page.frame_locator("iframe").locator("svg.comparison")).to_have_count(2)
    frame = page.frames[1]
    page.screenshot(path=f"/tmp/attack-public-embed-{column}.png", full_page=True)
    content, shown = frame.evaluate(
        "[document.documentElement.scrollHeight, document.documentElement.clientHeight]"
    )
    assert content <= shown, f"the embed is {content} px tall in a frame of {shown} px"
    assert page_errors == []

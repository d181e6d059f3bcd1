"""The public pages in a browser, logged in as nobody, at a laptop's size: a conflict's chart, an incident's page,
and the embed inside another site's article."""

import re
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import LAPTOP, fits_width
from tests.test_public_pages import SECRET_NOTE, war  # noqa: F401 - the fixture

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def newsroom() -> Iterator[Callable[[str], str]]:
    """Return a function that publishes an article (its body's HTML) on another site, and returns its address.

    A server of its own on 127.0.0.1 (the live server is localhost: another origin). Served by the browser
    itself (page.route) the article would count as a page from the internet, which Chromium forbids to frame
    one on this machine (local network access checks)."""
    articles: list[bytes] = []

    class Article(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(articles[-1])

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Article)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def publish(body: str) -> str:
        articles.append(f"<!doctype html><title>Article</title>{body}".encode())
        return f"http://127.0.0.1:{server.server_port}/2020/11/karabakh.html"

    yield publish
    server.shutdown()
    thread.join()


def test_a_reader_opens_a_conflict_follows_to_an_incident_and_embeds_its_chart(
    open_session,
    page_errors,
    live_server,
    newsroom,
    war,  # noqa: F811
):
    page = open_session(LAPTOP)
    page.goto("/conflicts/")
    page.click("text=Second Nagorno-Karabakh war")
    expect(page.locator("h1")).to_have_text("Second Nagorno-Karabakh war")
    expect(page.locator("svg.comparison")).to_have_count(2)
    expect(page.locator("svg.comparison").first).to_be_visible()
    chain = page.locator("#claim-{} ol.chain".format(war["claims"]["un"].pk))
    expect(chain).to_contain_text("UN monitoring mission stated")
    expect(chain.locator("a")).to_have_count(2)  # the agency's and the outlet's documents
    expect(page.locator("body")).not_to_contain_text(SECRET_NOTE)
    assert fits_width(page, "main *")
    page.screenshot(path="/tmp/public-conflict.png", full_page=True)

    # The reader copies the embed code; it points at this site's embed, absolutely.
    snippet = page.locator("textarea.snippet").input_value()
    assert re.fullmatch(
        rf'<iframe src="{re.escape(live_server.url)}/conflicts/nk-2020/embed/" .*></iframe>', snippet
    )
    page.click("button.copy")
    expect(page.locator("button.copy")).to_have_text("Copied")

    page.click("ul.incidents a:text-is('Shelling of Martuni')")
    expect(page.locator("h1")).to_have_text("Shelling of Martuni")
    expect(page.locator("svg.comparison")).to_have_count(1)
    expect(page.locator("dl.facts")).to_contain_text("Government of Azerbaijan")
    assert fits_width(page, "main *")
    page.screenshot(path="/tmp/public-incident.png", full_page=True)
    incident_snippet = page.locator("textarea.snippet").input_value()

    # A newsroom's article on another site shows the incident's chart in the iframe it was given.
    page.goto(newsroom(f"<h1>Shelling in Martuni</h1><p>Text of the article.</p>{incident_snippet}"))
    frame = page.frame_locator("iframe")
    expect(frame.locator("svg.comparison")).to_have_count(1)
    expect(frame.locator(".credit a")).to_have_attribute("target", "_blank")
    page.screenshot(path="/tmp/public-embed.png", full_page=True)
    assert page_errors == []


def test_the_pages_read_well_on_a_phone(open_session, page_errors, war):  # noqa: F811
    page = open_session(PHONE)
    page.goto("/conflicts/nk-2020/")
    expect(page.locator("svg.comparison").first).to_be_visible()
    assert fits_width(page, "main *")
    page.screenshot(path="/tmp/public-phone.png", full_page=True)
    assert page_errors == []


def test_another_site_cannot_frame_the_full_page(open_session, page_errors, live_server, newsroom, war):  # noqa: F811
    page = open_session(LAPTOP)
    page.goto(newsroom(f'<iframe src="{live_server.url}/conflicts/nk-2020/"></iframe>'))
    # The browser refuses the frame and says why (the CSP refusal is what page_errors collects): it leaves an
    # error page where the conflict's page would be.
    for _ in range(100):
        if any("frame-ancestors 'none'" in error for error in page_errors):
            break
        page.wait_for_timeout(100)
    assert any("frame-ancestors 'none'" in error for error in page_errors), page_errors
    expect(page.frame_locator("iframe").locator("h1", has_text="Second Nagorno-Karabakh war")).to_have_count(
        0
    )

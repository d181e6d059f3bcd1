"""Browser tests: Debian's /usr/bin/chromium, headless, driven by Playwright against pytest-django's live server.

No browser is ever downloaded. Without /usr/bin/chromium these tests skip, unless E2E_REQUIRED=1 (set by
.ci/run), where a missing browser is a failure.
"""

import json
import os
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.conftest import make_user

CHROMIUM = Path("/usr/bin/chromium")
# Without the networking switches Chromium's own connections are refused on locked-down machines.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Generous: two cores are shared with the rest of the suite. Waits end as soon as the page is ready.
TIMEOUT_MS = 20_000
# The admin is laid out for a laptop first (issue 19); the desktop size is the wide screen's.
LAPTOP = {"width": 1366, "height": 768}
DESKTOP = {"width": 1920, "height": 1080}


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    """Start one headless Chromium for all the browser tests, or skip (fail under E2E_REQUIRED=1) without it."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run browser tests"
        if os.environ.get("E2E_REQUIRED") == "1":
            pytest.fail(f"E2E_REQUIRED=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    expect.set_options(timeout=TIMEOUT_MS)
    with pytest.MonkeyPatch.context() as patch:
        # Playwright's sync API keeps an event loop running in this thread for as long as it is started, and
        # Django's ORM refuses to run under one. The tests never touch the ORM while a browser call is
        # waiting, so allow it exactly while Playwright runs, and not for the rest of the suite.
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()


@pytest.fixture
def second_editor(django_user_model):
    return make_user(django_user_model, "second_editor", "Editors")


@pytest.fixture
def page_errors() -> list[str]:
    """Collect what the pages' scripts and the content-security policy refused, for a test to assert on."""
    return []


@pytest.fixture
def open_session(browser, live_server, page_errors):
    """Return a function that opens a fresh browser session, logged in as nobody, whose script errors and CSP
    refusals go to `page_errors`."""
    contexts = []

    def on_console(message) -> None:
        if message.type == "error" and "Content Security Policy" in message.text:
            page_errors.append(message.text)

    def open_page(viewport: dict | None = None) -> Page:
        context = browser.new_context(
            base_url=live_server.url, viewport=viewport or {"width": 1280, "height": 900}
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.on("console", on_console)
        page.on("pageerror", lambda error: page_errors.append(f"{error.name}: {error.message}"))
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def log_in(open_session):
    """Return a function that opens a fresh browser session and logs `user` in through the admin's login form."""

    def log_in_as(user, viewport: dict | None = None) -> Page:
        page = open_session(viewport)
        page.goto("/admin/login/?next=/admin/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", f"{user.username}-password")  # tests.conftest.make_user's password
        with page.expect_navigation():
            page.click("input[type=submit]")
        expect(page.locator("#user-tools strong")).to_have_text(user.username)
        return page

    return log_in_as


def fits_width(page: Page, selector: str) -> bool:
    """Whether every element the selector matches ends within the window, without scrolling sideways."""
    return page.evaluate(
        """(selector) => {
            const width = document.documentElement.clientWidth;
            return [...document.querySelectorAll(selector)].every((e) => e.getBoundingClientRect().right <= width);
        }""",
        selector,
    )


def submit(page: Page, selector: str) -> None:
    """Press a submit button and wait for the page the server answers with."""
    with page.expect_navigation():
        page.click(selector)


def choose_autocomplete(page: Page, select_id: str, text: str) -> None:
    """Choose the option labelled `text` in an admin autocomplete (select2) widget, by typing as a person does."""
    page.click(f"#{select_id} + .select2 .select2-selection")
    page.fill(".select2-container--open .select2-search__field", text)
    page.click(f".select2-container--open .select2-results__option:text-is('{text}')")
    expect(page.locator(f"#{select_id} option:checked")).to_have_text(text)


def messages(page: Page):
    return page.locator("ul.messagelist")


def get_json(live_server, path: str, key: str) -> dict:
    """Fetch an API page as a partner does, with its key."""
    request = urllib.request.Request(live_server.url + path, headers={"Authorization": f"Api-Key {key}"})
    with urllib.request.urlopen(request, timeout=TIMEOUT_MS / 1000) as response:
        assert response.status == 200
        return json.load(response)

"""Screenshot the key admin pages and the API's docs on the demo data, into docs/screenshots/.

Run by hand: python bench/screenshots.py   (needs Debian's chromium: apt-get install chromium)
It serves a fresh SQLite demo database on a free loopback port, drives /usr/bin/chromium headless with
Playwright (never a downloaded browser), logs in through the admin's login form, and stops the server when
done. Pages are 1280 px wide; long pages are cut (at MAX_HEIGHT at most) to keep the PNGs small.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
# The same switches as the browser tests (tests/e2e/conftest.py): without the networking ones Chromium's
# own connections are refused on locked-down machines.
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
WIDTH, MAX_HEIGHT = 1280, 2800


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def manage(env, *args) -> str:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        env = os.environ | {"DEBUG": "1", "DATABASE_URL": f"sqlite:///{tmp}/demo.sqlite3"}
        manage(env, "migrate", "--no-input")
        manage(env, "load_demo")
        ids = manage(
            env, "shell", "-c",
            "from claims.models import Claim, Conflict, Source;"
            "print(Conflict.objects.get().pk, Claim.objects.get(phrase__startswith='as many as 5,000').pk,"
            " Claim.objects.get(phrase='more than 100 were still missing').pk,"
            " Source.objects.get(title__startswith='Fighting').pk)",
        ).split()[-4:]  # fmt: skip
        conflict, claim, in_review, source = ids
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"{base}/admin/login/", timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            # file name: (path, who is logged in (None: nobody), what to wait for, height cut at (None: whole page))
            pages = {
                "claim-list.png": ("/admin/claims/claim/", "editor", "#result_list", None),
                "claim-change.png": (
                    f"/admin/claims/claim/{claim}/change/",
                    "reviewer",
                    "#chain-group",
                    None,
                ),
                "extract-claims.png": (f"/admin/claims/source/{source}/extract/", "editor", "#extract", None),
                # Every version of the published claim, each beside the one before it.
                "claim-history.png": (
                    f"/admin/claims/claim/{claim}/history/",
                    "reviewer",
                    ".claim-version",
                    1600,
                ),
                "review-queue.png": ("/admin/claims/reviewqueue/", "reviewer", "#result_list", None),
                # The top of a claim in review: the panel with the actions this reviewer may take, and the figure.
                "review-panel.png": (
                    f"/admin/claims/claim/{in_review}/change/",
                    "reviewer",
                    "#review-panel",
                    1000,
                ),
                "comparison.png": (
                    f"/admin/claims/conflict/{conflict}/compare/",
                    "reviewer",
                    "#content-main",
                    None,
                ),
                # The endpoints; the schemas below them are folded anyway.
                "api-docs.png": ("/api/v1/docs/", None, ".swagger-ui .opblock-tag", 1250),
            }
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                contexts = {}
                for user in ("editor", "reviewer", None):
                    context = browser.new_context(viewport={"width": WIDTH, "height": 900})
                    # The admin's navigation sidebar starts closed, as its toggle leaves it: pages get the width.
                    context.add_init_script("localStorage.setItem('django.admin.navSidebarIsOpen', 'false')")
                    if user is not None:
                        page = context.new_page()
                        page.goto(f"{base}/admin/login/")
                        page.fill("#id_username", user)
                        page.fill("#id_password", f"demo-{user}-2020")
                        with page.expect_navigation():
                            page.click("input[type=submit]")
                        page.close()
                    contexts[user] = context
                for name, (path, user, ready, cut_at) in pages.items():
                    page = contexts[user].new_page()
                    page.goto(base + path, wait_until="networkidle")
                    page.wait_for_selector(ready)
                    height = min(page.evaluate("document.documentElement.scrollHeight"), cut_at or MAX_HEIGHT)
                    page.screenshot(
                        path=OUT / name,
                        full_page=True,
                        clip={"x": 0, "y": 0, "width": WIDTH, "height": height},
                        animations="disabled",
                        caret="hide",
                    )
                    page.close()
                    print(f"{OUT / name}  {(OUT / name).stat().st_size // 1024} KiB")
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()

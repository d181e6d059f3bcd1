"""Screenshot the key admin pages on the demo data, into docs/screenshots/.

Run by hand: python bench/screenshots.py   (needs Debian's chromium: apt-get install chromium)
It serves a fresh SQLite demo database on a free loopback port, drives /usr/bin/chromium headless with
Playwright (never a downloaded browser), and stops the server when done.
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
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


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
            " Source.objects.get(title__startswith='Fighting').pk)",
        ).split()[-3:]  # fmt: skip
        conflict, claim, source = ids
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
            pages = {
                "comparison.png": (f"/admin/claims/conflict/{conflict}/compare/", "reviewer"),
                "claim-change.png": (f"/admin/claims/claim/{claim}/change/", "reviewer"),
                "claim-list.png": ("/admin/claims/claim/", "editor"),
                "extract-claims.png": (f"/admin/claims/source/{source}/extract/", "editor"),
                "review-queue.png": ("/admin/claims/reviewqueue/", "reviewer"),
            }
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                for name, (path, user) in pages.items():
                    page = browser.new_page(viewport={"width": 1280, "height": 900})
                    page.goto(f"{base}/admin/login/")
                    page.fill("#id_username", user)
                    page.fill("#id_password", f"demo-{user}-2020")
                    page.click("input[type=submit]")
                    page.goto(base + path)
                    page.screenshot(path=OUT / name, full_page=True)
                    page.close()
                    print(f"{OUT / name}")
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()

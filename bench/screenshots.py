"""Screenshot the key admin pages, the public pages and the API's docs on the demo data, into docs/screenshots/,
at a laptop's size and a desktop's.

Run by hand: python bench/screenshots.py   (needs Debian's chromium: apt-get install chromium)
It serves a fresh SQLite demo database on a free loopback port, drives /usr/bin/chromium headless with
Playwright (never a downloaded browser), logs in through the admin's login form, and stops the server when
done. docs/screenshots/laptop/ holds each page at 1366x768, the admin's first target, the whole page down to
MAX_HEIGHT; docs/screenshots/desktop/ holds what a 1920x1080 screen shows first. It prints, for each page and
size, whether the page scrolls sideways: it must not.
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
# An invented conflict with incidents, figures and a cumulative toll, added to the demo for the incident page,
# the estimate page and the map: every actor, place and figure in it is fictitious. Run by `manage.py shell`.
ILLUSTRATION = r'''
import datetime as dt

from django.contrib.auth.models import Group, Permission, User

from claims import services
from claims.models import Actor, Claim, Conflict, Incident, Source
from claims.services import PATH_TO_STATUS, Hop

users = {name: User.objects.get(username=name) for name in ("editor", "reviewer")}
conflict, _ = Conflict.objects.get_or_create(
    slug="example-illustration",
    defaults={"name": "Example conflict (illustration)", "started_on": dt.date(2021, 3, 1),
              "description": "Invented for the screenshots: every actor, place and figure here is fictitious."},
)


def actor(name, kind, party=False, acts_for=None):
    found, _ = Actor.objects.get_or_create(name=name, defaults={"kind": kind, "acts_on_behalf_of": acts_for})
    if party:
        found.party_to.add(conflict)
    return found


eastland = actor("Republic of Eastland", "government", party=True)
health = actor("Eastland Ministry of Health", "ministry", acts_for=eastland)
front = actor("Western Liberation Front", "armed_group", party=True)
mission = actor("Example Monitoring Mission", "international_organisation")
watchers = actor("Example Rights Watch", "ngo")
wire = actor("Example Wire", "news_agency")
daily = actor("Example Daily", "news_outlet")
article, _ = Source.objects.get_or_create(
    url="https://news.example.org/northtown-market",
    defaults={"title": "Market shelled in Northtown", "publisher": daily, "published_on": dt.date(2021, 4, 14),
              "language": "en",
              "text": "The health ministry said at least 46 people were killed when shells hit the central market. "
                      "The monitoring mission said between 13 and 21 civilians were killed."},
)
if article.pk and not article.text_sha256:
    services.save_source(article)


def incident(name, kind, day, place, admin1, lat, lon, precision, **extra):
    found = Incident.objects.filter(conflict=conflict, name=name).first()
    if found is None:
        found = Incident(conflict=conflict, name=name, kind=kind, started_on=day, place=place, admin1=admin1,
                         latitude=lat, longitude=lon, place_precision=precision, **extra)
        services.save_incident(found)
    return found


market = incident("Shelling of the central market, Northtown", "shelling", dt.date(2021, 4, 12), "Northtown",
                  "North Province", 10.52, 20.21, "exact", perpetrator=front,
                  description="Shells hit the covered market at midday (an invented example).")
bridge = incident("Air strike on the Southtown bridge", "air_strike", dt.date(2021, 5, 2), "Southtown",
                  "South Province", 9.81, 20.95, "near", assessment="assessed")
incident("Drone strike near Westfield", "drone_strike", dt.date(2021, 4, 19), "Westfield", "West Province",
         10.93, 19.42, "district", date_precision="week", ended_on=dt.date(2021, 4, 25))
incident("Clashes in East Province", "ground_fighting", dt.date(2021, 4, 1), "East Province", "East Province",
         10.2, 21.6, "province", date_precision="month", ended_on=dt.date(2021, 4, 30), assessment="closed")


def page(speaker, day):
    """Return the speaker's own statement of that day, as a captured source."""
    slug = speaker.name.lower().replace(" ", "-")
    found, _ = Source.objects.get_or_create(
        url=f"https://statements.example.org/{slug}/{day.isoformat()}",
        defaults={"title": f"Statement by {speaker.name}", "publisher": speaker, "published_on": day,
                  "language": "en"},
    )
    return found


def claim(phrase, quote, originator, day, chain, status="published", rating="corroborated", **fields):
    if Claim.objects.filter(conflict=conflict, phrase=phrase, originator=originator).exists():
        return
    if chain[-1].source_id is None:  # the speaker's own statement, read where it was published
        last = chain[-1]
        chain = [*chain[:-1], Hop(last.actor_id, "published" if len(chain) > 1 else last.relation,
                                  page(originator, day).pk, last.date, last.words)]
    values = {"metric": "killed", "population": "civilian", "qualifier": "", **fields}
    made = services.save_claim(
        Claim(conflict=conflict, created_by=users["editor"], phrase=phrase, quote=quote, originator=originator,
              stated_on=day, **values),
        chain=chain, sides=[], by=users["editor"], reason="Recorded for the screenshots",
    )
    for action, who in PATH_TO_STATUS[status]:
        services.transition_claim(made, action, by=users[who], note="Illustration.",
                                  rating=rating if who == "reviewer" else "")


published = [Hop(wire.pk, "relayed", None, None, ""), Hop(daily.pk, "published", article.pk, None, "")]
claim("at least 46 people were killed", "The health ministry said at least 46 people were killed when shells hit "
      "the central market.", health, dt.date(2021, 4, 12), [Hop(health.pk, "stated", None, None, ""), *published],
      incident=market, population="all", qualifier="at_least", low=46, best=46)
claim("between 13 and 21 civilians were killed", "The monitoring mission said between 13 and 21 civilians were "
      "killed.", mission, dt.date(2021, 4, 14), [Hop(mission.pk, "stated", None, None, ""),
                                                Hop(daily.pk, "published", article.pk, None, "")],
      incident=market, population="all", qualifier="range", low=13, high=21)
claim("about 20 civilians killed", "Rights Watch counted about 20 civilians killed in the market.", watchers,
      dt.date(2021, 4, 15), [Hop(watchers.pk, "stated", None, None, "")], incident=market, population="all",
      qualifier="approximate", best=20)
claim("52 killed", "The ministry later put the toll at 52 killed.", health, dt.date(2021, 4, 16),
      [Hop(health.pk, "stated", None, None, ""), Hop(wire.pk, "published", None, None, "")],
      status="in_review", incident=market, population="all", qualifier="exact", low=52, best=52, high=52)
claim("more than 80 wounded", "More than 80 were wounded, the ministry said.", health, dt.date(2021, 4, 12),
      [Hop(health.pk, "stated", None, None, ""), *published], incident=market, population="all",
      metric="wounded", qualifier="more_than", low=81)
claim("seven people were killed", "Seven people died when the bridge was hit, the mission said.", mission,
      dt.date(2021, 5, 3), [Hop(mission.pk, "stated", None, None, "")], incident=bridge, population="all",
      qualifier="exact", low=7, best=7, high=7)
# A cumulative toll of the war, successive as-of dates: one series per origin on the comparison chart.
for phrase, day, low in [("at least 40 civilians killed", dt.date(2021, 3, 10), 40),
                         ("at least 900 civilians killed", dt.date(2021, 4, 10), 900),
                         ("at least 1,650 civilians killed", dt.date(2021, 5, 10), 1650)]:
    claim(phrase, f"The mission has recorded {phrase} since March.", mission, day,
          [Hop(mission.pk, "stated", None, None, "")], qualifier="at_least", low=low, best=low, as_of=day)
claim("2,000 civilians killed", "The government says 2,000 civilians have been killed.", eastland,
      dt.date(2021, 5, 1), [Hop(eastland.pk, "stated", None, None, "")], qualifier="exact", low=2000, best=2000,
      high=2000, as_of=dt.date(2021, 5, 1))
killed = Claim.objects.get(conflict=conflict, phrase="between 13 and 21 civilians were killed").quantity_id
print(conflict.pk, market.pk, killed)
'''
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
# name: (width, height, whole page down to MAX_HEIGHT, or the first screen only)
# Pages shown only in part: the elements whose box, with a margin, the screenshot holds.
REGIONS = {"review-panel.png": "#chain-group, #review-panel, .submit-row"}
SIZES = {"laptop": (1366, 768, True), "desktop": (1920, 1080, False)}
MAX_HEIGHT = 2400


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
            " Claim.objects.filter(status='in_review').order_by('pk').first().pk,"
            " Source.objects.get(title__startswith='Fighting').pk,"
            " Claim.objects.filter(status='draft').order_by('pk').first().pk, Conflict.objects.get().slug)",
        ).split()[-6:]  # fmt: skip
        conflict, claim, in_review, source, draft, slug = ids
        example, incident, estimate = manage(env, "shell", "-c", ILLUSTRATION).split()[-3:]
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
                # A draft as its editor sees it: the figure, what is counted, who said it, the chain editor, and
                # the review beside Save.
                "claim-edit.png": (f"/admin/claims/claim/{draft}/change/", "editor", "#chain-group", 3000),
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
                # The foot of a claim in review: the actions this reviewer may take, with the rating the
                # provenance suggests, beside Save (REGIONS).
                "review-panel.png": (
                    f"/admin/claims/claim/{in_review}/change/",
                    "reviewer",
                    "#review-panel",
                    None,
                ),
                "comparison.png": (
                    f"/admin/claims/conflict/{conflict}/compare/",
                    "reviewer",
                    "#content-main",
                    None,
                ),
                # Every claim of one incident side by side, under each quantity's estimate, grade and basis.
                "incident.png": (f"/admin/claims/incident/{incident}/claims/", "editor", "#timeline", None),
                # An estimate's explanation, basis and history, and the reviewer's grade override.
                "estimate.png": (
                    f"/admin/claims/quantity/{estimate}/change/",
                    "reviewer",
                    "#grade-override",
                    None,
                ),
                # No tiles configured (the default): the points, named, on a plain grid.
                "incident-map.png": (
                    f"/admin/claims/incident/map/?conflict={example}",
                    "editor",
                    ".leaflet-tooltip",
                    900,
                ),
                "comparison-series.png": (
                    f"/admin/claims/conflict/{example}/compare/",
                    "editor",
                    "#content-main",
                    1300,
                ),
                # The endpoints; the schemas below them are folded anyway.
                "api-docs.png": ("/api/v1/docs/", None, ".swagger-ui .opblock-tag", 1250),
                # What readers see without logging in, and the chart a newsroom embeds.
                "public-conflict.png": (f"/conflicts/{slug}/", None, "svg", None),
                "public-incident.png": (
                    f"/conflicts/example-illustration/incidents/{incident}/",
                    None,
                    "svg",
                    None,
                ),
                "public-embed.png": (f"/conflicts/{slug}/embed/", None, "svg", None),
            }
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                for size, (width, height, whole) in SIZES.items():
                    (OUT / size).mkdir(exist_ok=True)
                    contexts = {}
                    for user in ("editor", "reviewer", None):
                        context = browser.new_context(viewport={"width": width, "height": height})
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
                        sideways = page.evaluate(
                            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                        )
                        page_height = page.evaluate("document.documentElement.scrollHeight")
                        cut = min(page_height, cut_at or MAX_HEIGHT) if whole else height
                        clip = {"x": 0, "y": 0, "width": width, "height": cut}
                        if name in REGIONS:
                            top, bottom = page.evaluate(
                                """(selector) => {
                                    const boxes = [...document.querySelectorAll(selector)]
                                        .map((e) => e.getBoundingClientRect());
                                    return [Math.min(...boxes.map((b) => b.top)) + window.scrollY,
                                            Math.max(...boxes.map((b) => b.bottom)) + window.scrollY];
                                }""",
                                REGIONS[name],
                            )
                            clip = {
                                "x": 0,
                                "y": max(0, top - 20),
                                "width": width,
                                "height": bottom - top + 40,
                            }
                        target = OUT / size / name
                        page.screenshot(
                            path=target,
                            full_page=True,
                            clip=clip,
                            animations="disabled",
                            caret="hide",
                        )
                        page.close()
                        scrolls = f"scrolls {sideways} px sideways" if sideways > 0 else "fits the width"
                        print(f"{target}  {target.stat().st_size // 1024} KiB  {scrolls}")
                    for context in contexts.values():
                        context.close()
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()

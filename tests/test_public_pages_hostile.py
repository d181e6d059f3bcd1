"""What a hostile review of the public pages found, held to: each test says what a reader or a newsroom would
meet otherwise."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim
from claims.services import save_conflict
from tests.factories import ActorFactory, ClaimFactory, relay
from tests.test_public_pages import page_of, war  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


def publish_origins(scene: dict, count: int) -> None:
    """Publish `count` more figures of the shelling of Martuni, each from an origin of its own."""
    for n in range(count):
        origin = ActorFactory(name=f"Regional administration {n}")
        ClaimFactory(
            conflict=scene["conflict"], incident=scene["martuni"], originator=origin, population="civilian",
            sides=[scene["claims"]["un"].sides.get()], status="published", stated_on=dt.date(2020, 10, 7 + n),
            chain=[{"actor": origin, "relation": "stated"}, relay(ActorFactory(), "published")],
        )  # fmt: skip


def test_the_embeds_304_still_lets_other_sites_frame_it(client, war):  # noqa: F811
    """A 304 built afresh by the conditional-GET middleware would lose the embed's `_csp_replace` and get the
    default `frame-ancestors 'none'`. Browsers merge a 304's headers into the answer they
    keep (Chromium keeps X-Frame-Options from the 200, not CSP): the article's chart is refused from its second
    load on (tests/e2e/test_public_pages_hostile.py shows it in Chromium)."""
    url = "/conflicts/nk-2020/embed/"
    first = client.get(url)
    assert "frame-ancestors *" in first["Content-Security-Policy"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert "frame-ancestors 'none'" not in again["Content-Security-Policy"]
    assert "frame-ancestors *" in again["Content-Security-Policy"]


def test_junk_query_parameters_are_served_from_the_cache(client, war):  # noqa: F811
    """Were the whole query string in the cache key, every link shared with a tracking parameter
    (?utm_source=..., ?fbclid=...) would render the page afresh and store one more copy for a day, and anyone
    could make every request a full render and fill the cache (which the throttle's counters share on Redis or
    in memory) with `?x=1`, `?x=2`... The pages read no parameter but `page`."""
    url = "/conflicts/nk-2020/"
    cached = page_of(client, url)
    with CaptureQueriesContext(connection) as captured:
        shared = page_of(client, url + "?utm_source=newsletter&fbclid=IwAR0abc")
    assert shared == cached
    # The feed's latest entry only, as for the page without parameters.
    assert len(captured) == 1, [query["sql"] for query in captured]


def test_an_embed_placed_in_an_article_survives_a_renamed_slug(client, war):  # noqa: F811
    """The snippet newsrooms paste holds the conflict's slug; an editor who corrects the slug (a rename the
    admin allows at any time) must not turn every embed already published in articles into a 404."""
    conflict = war["conflict"]
    conflict.slug = "second-karabakh-war"
    save_conflict(conflict)
    response = client.get("/conflicts/nk-2020/embed/")
    assert response.status_code in (301, 308)
    assert response["Location"].endswith("/conflicts/second-karabakh-war/embed/")


def test_each_origin_has_a_colour_of_its_own(client, war):  # noqa: F811
    """The page says "Each colour is one origin": past the palette's nine colours, a tenth origin drawn in the
    first one's blue would have a reader take two origins for one."""
    publish_origins(war, 8)  # with the UN mission and Azerbaijan: ten origins of the Martuni figures
    page = page_of(client, f"/conflicts/nk-2020/incidents/{war['martuni'].pk}/")
    assert "Each colour is one origin" in page_of(client, "/conflicts/nk-2020/")
    legend = page.split('<p class="legend">', 1)[1].split("</p>", 1)[0]
    colours = re.findall(r'fill="(#[0-9a-f]{6})"', legend)
    assert len(colours) == 10
    assert len(set(colours)) == 10, colours


def test_a_tolls_area_reads_as_the_editor_wrote_it(client, war):  # noqa: F811
    """The quantity keeps its area folded to lower case (to match "Nagorno-Karabakh" with "nagorno-karabakh"):
    the panel shows the claim's area as written, not that key."""
    page = page_of(client, "/conflicts/nk-2020/")
    assert "cumulative toll, nagorno-karabakh" not in page
    assert "cumulative toll, Nagorno-Karabakh" in page


def test_an_embed_whose_charts_leave_figures_out_says_so(client, war, monkeypatch):  # noqa: F811
    """Past CLAIMS_SHOWN claims the charts are drawn from the newest only (a daily toll over two years is past
    300): the embed, the chart an article shows, says how many it leaves out, as the conflict's page does under
    its list, rather than start its time axis later without a word."""
    from claims import public

    publish_origins(war, 3)
    monkeypatch.setattr(public, "CLAIMS_SHOWN", 2)
    embed = page_of(client, f"/conflicts/nk-2020/incidents/{war['martuni'].pk}/embed/")
    drawn = embed.count('<g class="mark"')
    note = re.search(
        r"The charts draw the newest published figures: (\d+) older ones? (?:is|are) not shown\.", embed
    )
    assert note is not None
    published = Claim.objects.filter(incident=war["martuni"], status="published").count()
    assert int(note.group(1)) == published - 2 and 0 < drawn <= 2


def test_a_deploy_that_changes_how_pages_are_drawn_renders_them_afresh(client, war, monkeypatch):  # noqa: F811
    """The production cache is the database's, which outlives a deploy: a page drawn by the old code (before a
    fix, or a leak closed) must not be served by the new."""
    from claims import public

    url = "/conflicts/nk-2020/"
    client.get(url)
    with CaptureQueriesContext(connection) as cached:
        client.get(url)
    monkeypatch.setattr(public, "code_version", lambda: "after-a-deploy")
    with CaptureQueriesContext(connection) as drawn_again:
        client.get(url)
    assert len(cached) == 1
    assert len(drawn_again) > 1

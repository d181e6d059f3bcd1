"""The public pages (claims/public.py): published claims only, 404s for the rest, cached until a change
partners can see, a fixed number of queries, framing refused except by the embeds."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import public
from claims.models import Incident
from claims.services import retract_claim
from tests.factories import (
    ActorFactory,
    ClaimFactory,
    ConflictFactory,
    SourceFactory,
    relay,
    review_into,
    rewrite,
)

pytestmark = pytest.mark.django_db

SECRET_NOTE = "Reviewer's aside: check with the desk"
HIDDEN = "Only-in-drafts armed group"


def incident(conflict, name: str, **fields) -> Incident:
    defaults = {"kind": "shelling", "started_on": dt.date(2020, 10, 4), "place": name}
    return Incident.objects.create(conflict=conflict, name=name, **{**defaults, **fields})


@pytest.fixture
def war():
    """A war with a shelled town (two published figures, one of a party, relayed through an agency), a
    cumulative toll, a hidden incident only a draft is about, and a conflict only a draft refers to."""
    conflict = ConflictFactory(
        name="Second Nagorno-Karabakh war", slug="nk-2020", description="The 2020 war."
    )
    armenia = ActorFactory(name="Government of Armenia", kind="government")
    azerbaijan = ActorFactory(name="Government of Azerbaijan", kind="government")
    conflict.parties.add(armenia, azerbaijan)
    un = ActorFactory(name="UN monitoring mission", kind="international_organisation")
    agency = ActorFactory(name="TASS", kind="news_agency")
    outlet = ActorFactory(name="RFE/RL", kind="news_outlet")
    hidden = ActorFactory(name=HIDDEN, kind="armed_group")
    martuni = incident(
        conflict, "Shelling of Martuni", perpetrator=azerbaijan, description="The town centre."
    )
    hadrut = incident(conflict, "Hadrut raid")
    source = SourceFactory(url="https://www.rferl.org/a/karabakh/30932000.html", title="Karabakh report",
                           publisher=outlet)  # fmt: skip
    chain = [
        {"actor": un, "relation": "stated"},
        {"actor": agency, "relation": "relayed", "source": SourceFactory(publisher=agency)},
        {"actor": outlet, "relation": "published", "source": source},
    ]
    claims = {
        "un": ClaimFactory(
            conflict=conflict,
            incident=martuni,
            originator=un,
            phrase="between 13 and 46 civilians",
            qualifier="range",
            low=13,
            best=None,
            high=46,
            population="civilian",
            sides=[armenia],
            chain=chain,
            status="published",
            internal_note=SECRET_NOTE,
            stated_on=dt.date(2020, 10, 5),
        ),
        "party": ClaimFactory(
            conflict=conflict,
            incident=martuni,
            originator=azerbaijan,
            phrase="5 civilians",
            qualifier="exact",
            low=5,
            best=5,
            high=5,
            population="civilian",
            sides=[armenia],
            status="published",
            stated_on=dt.date(2020, 10, 6),
        ),
        "toll": ClaimFactory(
            conflict=conflict,
            originator=un,
            phrase="about 5,000 deaths",
            qualifier="approximate",
            low=None,
            best=5000,
            high=None,
            area="Nagorno-Karabakh",
            period_end=dt.date(2020, 11, 9),
            status="published",
        ),
        "draft": ClaimFactory(
            conflict=conflict,
            incident=hadrut,
            originator=hidden,
            sides=[hidden],
            phrase="77 fighters",
            low=77,
            best=77,
            high=77,
            chain=[{"actor": hidden, "relation": "stated"}, relay(outlet, "published")],
        ),
        "hidden_war": ClaimFactory(conflict=ConflictFactory(name="Secret war", slug="secret-war")),
    }
    return {"conflict": conflict, "martuni": martuni, "hadrut": hadrut, "claims": claims}


def page_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def incident_url(incident, embed: bool = False) -> str:
    return f"/conflicts/{incident.conflict.slug}/incidents/{incident.pk}/" + ("embed/" if embed else "")


def test_index_lists_only_conflicts_with_published_claims(client, war):
    page = page_of(client, "/conflicts/")
    assert 'href="/conflicts/nk-2020/"' in page
    assert "Secret war" not in page and "secret-war" not in page


def test_conflict_page_shows_published_claims_with_their_chains_estimates_and_charts(client, war):
    page = page_of(client, "/conflicts/nk-2020/")
    # The figure, its originator, the day stated, and the chain down to the source read, linked.
    assert "13–46 killed" in page and "between 13 and 46 civilians" in page
    assert "UN monitoring mission" in page and "stated 2020-10-05" in page
    assert re.search(r"UN monitoring mission <span class=\"relation\">stated</span></li>\s*<li>TASS", page)
    assert (
        '<a href="https://www.rferl.org/a/karabakh/30932000.html" rel="nofollow noopener noreferrer"' in page
    )
    # The party's figure says so; the quantities' estimates and grades; one chart per series.
    assert "party to the conflict" in page
    assert '<td class="figure">13–46</td>' in page and '<td class="figure">5,000</td>' in page
    assert page.count('<svg class="comparison"') == 2
    # Its incidents partners see, and none other.
    assert f'href="{incident_url(war["martuni"])}"' in page
    assert "Hadrut" not in page


def test_public_pages_never_show_drafts_internal_notes_or_reviewers(client, war):
    pages = [
        page_of(client, url)
        for url in (
            "/conflicts/",
            "/conflicts/nk-2020/",
            "/conflicts/nk-2020/embed/",
            incident_url(war["martuni"]),
            incident_url(war["martuni"], embed=True),
        )
    ]
    for page in pages:
        for secret in (
            SECRET_NOTE,
            HIDDEN,
            "77 fighters",
            "Hadrut",
            "factory-reviewer",
            "factory-editor",
            "draft",
        ):
            assert secret not in page


def test_incident_page_shows_what_is_known_of_it_and_its_claims(client, war):
    page = page_of(client, incident_url(war["martuni"]))
    assert "<h1>Shelling of Martuni</h1>" in page and "The town centre." in page
    assert "<dt>Alleged perpetrator</dt><dd>Government of Azerbaijan</dd>" in page
    assert "13–46 killed" in page and "5 killed" in page and "≈ 5,000" not in page  # the toll is not of it
    assert page.count('<svg class="comparison"') == 1
    assert 'href="/conflicts/nk-2020/"' in page  # back to its conflict


@pytest.mark.parametrize(
    "url",
    [
        "/conflicts/secret-war/",  # only a draft refers to it
        "/conflicts/secret-war/embed/",
        "/conflicts/never-recorded/",
        "/conflicts/never-recorded/embed/",
        "/conflicts/nk-2020/incidents/{hadrut}/",  # only a draft is about it
        "/conflicts/nk-2020/incidents/{hadrut}/embed/",
        "/conflicts/secret-war/incidents/{martuni}/",  # not this conflict's
        "/conflicts/nk-2020/incidents/999999/",
        "/conflicts/nk-2020/incidents/abc/",
        "/conflicts/nk-2020/incidents/0/",
        "/conflicts/nk-2020/incidents/-1/",
        "/conflicts/nk-2020/incidents/1e3/",
        "/conflicts/nk-2020/incidents/99999999999999999999999999/",
        "/conflicts/nk-2020/incidents/%D9%A3/",  # an Arabic-Indic digit: a digit to isdigit(), not an id
        "/conflicts/nk-2020/?page=abc",
        "/conflicts/nk-2020/?page=0",
        "/conflicts/nk-2020/?page=-1",
        "/conflicts/nk-2020/?page=99",
        "/conflicts/nk-2020/?page=99999999999999999999999999",
        "/conflicts/?page=abc",
        "/conflicts/%C3%A9t%C3%A9/",
        "/conflicts/" + "x" * 300 + "/",
    ],
)
def test_junk_and_hidden_records_answer_404_as_unknown_ones(client, war, url):
    response = client.get(url.format(hadrut=war["hadrut"].pk, martuni=war["martuni"].pk))
    assert response.status_code == 404
    # Word for word what a conflict never recorded answers: nothing says the hidden one exists.
    assert response.content == client.get("/conflicts/never-recorded/").content


def test_public_pages_refuse_writes(client, war):
    assert client.post("/conflicts/nk-2020/").status_code == 405
    assert client.head("/conflicts/nk-2020/").status_code == 200


def test_a_publication_and_a_retraction_show_at_once(client, war, django_assert_num_queries):
    url = "/conflicts/nk-2020/"
    before = page_of(client, url)
    # Served from the cache: one query, the change feed's latest entry.
    with django_assert_num_queries(1):
        assert page_of(client, url) == before
    claims = war["claims"]
    review_into(claims["draft"], "published")
    after_publication = page_of(client, url)
    assert "77 fighters" in after_publication and "Hadrut raid" in after_publication
    retract_claim(claims["un"], by=claims["un"].published_by, reason="The mission withdrew its figure.")
    after_retraction = page_of(client, url)
    assert "between 13 and 46 civilians" not in after_retraction
    embed = page_of(client, "/conflicts/nk-2020/embed/")
    assert "between 13 and 46 civilians" not in embed and "77 fighters" in embed


def test_an_edit_partners_see_shows_at_once_but_a_draft_changes_nothing(client, war):
    url = incident_url(war["martuni"])
    page_of(client, url)
    version = public.published_version()
    rewrite(war["claims"]["draft"], phrase="78 fighters", low=78, best=78, high=78)
    assert public.published_version() == version  # a draft's change costs the cache nothing
    war["conflict"].name = "The 2020 war"
    from claims.services import save_conflict

    save_conflict(war["conflict"])
    assert "The 2020 war" in page_of(client, url)


def test_conditional_get_answers_304(client, war):
    response = client.get("/conflicts/nk-2020/")
    assert response["Cache-Control"] == "public, no-cache"
    again = client.get("/conflicts/nk-2020/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def more_claims(war, count: int) -> None:
    """Publish `count` more claims: some about the incident, some about new incidents, each relayed."""
    for n in range(count):
        about = (
            war["martuni"]
            if n % 2
            else incident(war["conflict"], f"Strike {n}", started_on=dt.date(2020, 10, n + 1))
        )
        ClaimFactory(
            conflict=war["conflict"], incident=about, originator=ActorFactory(), population="civilian",
            sides=[ActorFactory()] if n % 3 == 0 else [], status="published", chain=None,
        )  # fmt: skip


@pytest.mark.parametrize(
    "url, queries",
    [
        # The feed's latest entry (the cache key); the conflicts; their count.
        ("/conflicts/", 3),
        # The feed's latest entry; the conflict; the series' count and the page's series; their quantities;
        # the claims, their sides, their chains, the conflict's parties; the incidents and their count.
        ("/conflicts/nk-2020/", 11),
        # The feed's latest entry; the conflict; its first series; their quantities; the claims, sides, chains,
        # parties.
        ("/conflicts/nk-2020/embed/", 8),
        # The feed's latest entry; the incident with its conflict and perpetrator; its quantities; the claims,
        # their sides, their chains, the conflict's parties.
        ("incident", 7),
        ("incident-embed", 7),
    ],
)
def test_each_page_reads_a_fixed_number_of_queries(client, war, url, queries):
    urls = {
        "incident": incident_url(war["martuni"]),
        "incident-embed": incident_url(war["martuni"], embed=True),
    }
    url = urls.get(url, url)
    for round_ in range(2):
        if round_:
            more_claims(war, 6)
        from django.core.cache import cache

        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        assert len(captured) == queries, [q["sql"] for q in captured]


def test_long_lists_are_capped_with_a_note(client, war, monkeypatch):
    more_claims(war, 4)  # two about Martuni, two about new incidents
    monkeypatch.setattr(public, "CLAIMS_SHOWN", 2)
    monkeypatch.setattr(public, "INCIDENTS_SHOWN", 1)
    page = page_of(client, "/conflicts/nk-2020/")
    assert page.count('<li class="claim"') == 2
    assert "more published claims of these figures are not listed here" in page
    assert "2 more incidents, older, not listed here." in page
    incident_page = page_of(client, incident_url(war["martuni"]))
    assert "2 more published claims about this incident are not listed here" in incident_page


def test_figures_are_paginated_by_series(client, war, monkeypatch):
    monkeypatch.setattr(public, "SERIES_PER_PAGE", 1)
    first, second = page_of(client, "/conflicts/nk-2020/"), page_of(client, "/conflicts/nk-2020/?page=2")
    assert "Page 1 of 2" in first and 'href="?page=2"' in first
    assert "between 13 and 46 civilians" in first and "about 5,000 deaths" not in first
    assert "about 5,000 deaths" in second and "between 13 and 46 civilians" not in second


def test_only_the_embeds_may_be_framed_by_other_sites(client, war):
    for url in ("/conflicts/", "/conflicts/nk-2020/", incident_url(war["martuni"])):
        response = client.get(url)
        assert response["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    for url in ("/conflicts/nk-2020/embed/", incident_url(war["martuni"], embed=True)):
        for _ in range(2):  # rendered, then from the cache
            response = client.get(url)
            assert "X-Frame-Options" not in response
            assert "frame-ancestors *;" in response["Content-Security-Policy"] + ";"


def test_the_embeds_framers_are_a_setting(client, war, settings):
    settings.EMBED_FRAME_ANCESTORS = ["https://*.example-news.org"]
    response = client.get("/conflicts/nk-2020/embed/")
    assert "frame-ancestors https://*.example-news.org" in response["Content-Security-Policy"]


@pytest.mark.parametrize("page", ["conflict", "incident"])
def test_each_page_offers_an_iframe_snippet_with_the_embeds_absolute_address(client, war, page):
    url = "/conflicts/nk-2020/" if page == "conflict" else incident_url(war["martuni"])
    html = page_of(client, url)
    snippet = re.search(r'<textarea class="snippet"[^>]*>(.*?)</textarea>', html, re.S)
    assert snippet is not None
    from html import unescape

    code = unescape(snippet.group(1))
    src = re.fullmatch(r'<iframe src="(http://testserver(/[^"]+))" title="[^"]+" width="100%" height="\d+" '
                       r'loading="lazy" style="border:0"></iframe>', code)  # fmt: skip
    assert src is not None, code
    assert src.group(2) == url + "embed/"
    assert client.get(src.group(2)).status_code == 200


def test_the_snippet_follows_the_host_the_page_was_asked_on(client, war, settings):
    settings.ALLOWED_HOSTS = ["testserver", "tracker.example.org"]
    assert "http://testserver/conflicts/nk-2020/embed/" in page_of(client, "/conflicts/nk-2020/")
    other = client.get("/conflicts/nk-2020/", HTTP_HOST="tracker.example.org").content.decode()
    assert (
        "http://tracker.example.org/conflicts/nk-2020/embed/" in other
    )  # not the cached page of another host


@pytest.mark.parametrize(
    "address, linked",
    [
        ("https://www.rferl.org/a/1.html", True),
        ("http://example.org/", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("data:text/html,<b>x</b>", False),
        ("//example.org/", False),
        ("", False),
        ("http://[::1", False),
    ],
)
def test_only_web_addresses_become_links(address, linked):
    from claims.templatetags.public_pages import web_address

    assert web_address(address) == (address if linked else "")


def test_admins_view_site_link_leads_to_the_public_pages(editor_client):
    assert '<a href="/conflicts/">View site</a>' in editor_client.get("/admin/").content.decode()

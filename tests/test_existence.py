"""What a partner can learn is what published claims show: a record only drafts refer to answers every filter,
form and detail URL exactly as a record that does not exist (issue 14)."""

import datetime as dt
import difflib
import re

import pytest

from claims.models import Claim, Incident, Relation, Status
from claims.services import Hop
from tests.factories import ActorFactory, ClaimFactory, ConflictFactory, SourceFactory, relay

CLAIMS = "/api/v1/claims/"
HIDDEN_NAME = "Zebra Hidden Ministry"
HIDDEN_SLUG = "zebra-hidden-war"


@pytest.fixture
def hidden_and_shown(claim_in):
    """A published claim, and a draft whose conflict, originator and side nothing published refers to."""
    shown = claim_in("published")
    hidden_actor = ActorFactory(name=HIDDEN_NAME)
    hidden_conflict = ConflictFactory(slug=HIDDEN_SLUG, name="Zebra Hidden War")
    draft = claim_in("draft", conflict=hidden_conflict, originator=hidden_actor, sides=[hidden_actor])
    return shown, draft, hidden_actor, hidden_conflict


def answer(response):
    return response.status_code, response.content


@pytest.mark.parametrize(
    ("path", "parameter", "value"),
    [
        (CLAIMS, "conflict", "slug"),
        (CLAIMS, "originator", "id"),
        (CLAIMS, "side", "id"),
        ("/api/v1/incidents/", "conflict", "slug"),
        ("/api/v1/estimates/", "conflict", "slug"),
    ],
)
def test_a_hidden_record_filters_as_an_unknown_one(api, hidden_and_shown, path, parameter, value):
    _, _, hidden_actor, hidden_conflict = hidden_and_shown
    hidden = hidden_conflict.slug if value == "slug" else str(hidden_actor.pk)
    unknown = "no-such-war" if value == "slug" else "987654321"
    hidden_response = api.get(path, {parameter: hidden})
    unknown_response = api.get(path, {parameter: unknown})
    assert hidden_response.status_code == 400
    assert answer(hidden_response) == answer(unknown_response)
    assert "shown to partners" in hidden_response.json()[parameter][0]


def test_a_shown_record_still_filters(api, hidden_and_shown):
    shown, *_ = hidden_and_shown
    for parameter, value in (
        ("conflict", shown.conflict.slug),
        ("originator", shown.originator_id),
        ("side", shown.sides.get().pk),
    ):
        response = api.get(CLAIMS, {parameter: value})
        assert response.status_code == 200, response.content
        assert [c["id"] for c in response.json()["results"]] == [shown.pk]


@pytest.mark.parametrize("path", [CLAIMS, "/api/v1/incidents/", "/api/v1/estimates/"])
def test_the_browsable_filter_form_lists_no_records(api, hidden_and_shown, path):
    response = api.get(path, {"format": "api"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Filters" in page  # the form is there ...
    assert HIDDEN_NAME not in page and HIDDEN_SLUG not in page  # ... and names nothing unpublished
    assert '<select name="conflict"' not in page and '<select name="originator"' not in page


def test_detail_urls_of_hidden_records_answer_as_unknown_ones(api, hidden_and_shown):
    _, draft, hidden_actor, hidden_conflict = hidden_and_shown
    for hidden, unknown in (
        (f"{CLAIMS}{draft.pk}/", f"{CLAIMS}987654321/"),
        (f"/api/v1/actors/{hidden_actor.pk}/", "/api/v1/actors/987654321/"),
        (f"/api/v1/conflicts/{hidden_conflict.slug}/", "/api/v1/conflicts/no-such-war/"),
        (f"/api/v1/conflicts/{hidden_conflict.slug}/figures/", "/api/v1/conflicts/no-such-war/figures/"),
    ):
        assert answer(api.get(hidden)) == answer(api.get(unknown)), hidden
        assert api.get(hidden).status_code == 404


# --- a database with drafts answers partners exactly as one without them -----------------------------------


def published_world():
    """Published claims about incidents and a war-wide toll, with chains through outlets, and a retraction."""
    war = ConflictFactory(name="Second Nagorno-Karabakh war", slug="nk-2020")
    armenia = ActorFactory(name="Government of Armenia", kind="government")
    un = ActorFactory(name="UN monitoring mission", kind="international_organisation")
    outlet = ActorFactory(name="Wire agency", kind="news_outlet")
    source = SourceFactory(publisher=outlet, title="Shelling report", url="https://wire.example.org/shelling")
    martuni = Incident.objects.create(
        conflict=war, name="Shelling of Martuni", kind="shelling", started_on=dt.date(2020, 10, 4),
        place="Martuni", latitude=39.79, longitude=47.11, place_precision="near", perpetrator=armenia,
    )  # fmt: skip
    chain = [Hop(un.pk, Relation.STATED), relay(outlet, Relation.PUBLISHED, source=source)]
    common = {"conflict": war, "originator": un, "sides": [armenia], "status": Status.PUBLISHED}
    ClaimFactory(incident=martuni, population="civilian", chain=chain, **common)
    ClaimFactory(phrase="2,000 killed", low=2000, best=2000, high=2000, area="Nagorno-Karabakh",
                 period_end=dt.date(2020, 11, 9), chain=chain, **common)  # fmt: skip
    ClaimFactory(
        phrase="9 killed", low=9, best=9, high=9, chain=chain, **{**common, "status": Status.RETRACTED}
    )
    return {"war": war, "armenia": armenia, "un": un, "outlet": outlet, "source": source, "martuni": martuni}


def add_drafts_sharing_names(world):
    """Claims in every status short of published, in the same war, quantities and incident, by the same
    actors, and records of the same names that only they refer to."""
    war, un, martuni = world["war"], world["un"], world["martuni"]
    twin_un = ActorFactory(name="UN monitoring mission in Geneva", kind="international_organisation")
    twin_war = ConflictFactory(name="Second Nagorno-Karabakh war, northern front", slug="nk-2020-north")
    twin_source = SourceFactory(publisher=world["outlet"], title="Shelling report",
                                url="https://wire.example.org/shelling-twin")  # fmt: skip
    twin_martuni = Incident.objects.create(
        conflict=war, name="Shelling of Martuni", kind="shelling", started_on=dt.date(2020, 10, 4),
        place="Martuni", latitude=39.79, longitude=47.11, place_precision="near", perpetrator=twin_un,
    )  # fmt: skip
    for status in (Status.DRAFT, Status.IN_REVIEW, Status.VERIFIED, Status.REJECTED):
        same = {"conflict": war, "sides": [world["armenia"]], "status": status}
        ClaimFactory(incident=martuni, population="civilian", originator=un, low=40, best=40, high=40, **same)
        ClaimFactory(phrase="2,000 killed", low=3000, best=3000, high=3000, area="Nagorno-Karabakh",
                     period_end=dt.date(2020, 11, 9), originator=twin_un, **same)  # fmt: skip
        ClaimFactory(
            conflict=twin_war, incident=None, originator=twin_un, sides=[twin_un], status=status,
            chain=[Hop(twin_un.pk, Relation.STATED), relay(world["outlet"], Relation.PUBLISHED,
                                                          source=twin_source)],
        )  # fmt: skip
        ClaimFactory(conflict=war, incident=twin_martuni, originator=un, status=status)


def partner_view(api, world) -> dict:
    """Everything a partner can ask about what it knows: every list in every format, every record, the feed."""
    answers = {}

    def ask(url: str, **headers) -> None:
        response = api.get(url, **headers)
        # The browsable page's per-response secrets (CSP nonce, CSRF token) are not data.
        body = re.sub(rb'(nonce=|"csrfToken": |csrfmiddlewaretoken" value=)"[^"]*"', rb"\1", response.content)
        answers[url, tuple(headers.items())] = (response.status_code, response.get("Content-Type"), body)

    lists = {
        "claims": ["json", "csv", "jsonld", "api"],
        "estimates": ["json", "csv", "jsonld"],
        "quantities": ["json"],
        "incidents": ["json", "csv", "geojson"],
        "actors": ["json"],
        "sources": ["json"],
        "conflicts": ["json"],
    }
    for name, formats in lists.items():
        for format_ in formats:
            ask(f"/api/v1/{name}/?format={format_}")
        for record in api.get(f"/api/v1/{name}/").json()["results"]:
            ask(f"/api/v1/{name}/{record.get('slug') or record['id']}/")
    slug = world["war"].slug
    ask(f"/api/v1/conflicts/{slug}/figures/")
    for query in (
        f"conflict={slug}", f"originator={world['un'].pk}", f"side={world['armenia'].pk}",
        "q=killed", "metric=killed", f"conflict={slug}&page_size=1",
    ):  # fmt: skip
        ask(f"{CLAIMS}?{query}")
    ask(f"/api/v1/incidents/?conflict={slug}&place=Martuni")
    ask(f"/api/v1/estimates/?incident={world['martuni'].pk}")
    for claim in Claim.objects.visible_to_partners():
        ask(f"{CLAIMS}{claim.pk}/")
        ask(f"{CLAIMS}{claim.pk}/provenance/")
    url = "/api/v1/changes/?after="
    while url:  # the whole feed, page by page
        ask(url)
        url = api.get(url).json().get("next")
    return answers


def first_difference(before, after) -> str:
    """Return the lines of an answer that changed, for the failure message."""
    lines = difflib.unified_diff(
        before[2].decode(errors="replace").splitlines(), after[2].decode(errors="replace").splitlines(), n=0
    )
    return "\n".join([f"status {before[0]} -> {after[0]}", *list(lines)[:40]])


def test_partners_get_the_same_answers_with_and_without_drafts(api):
    """The published records share names with drafts of every status (an actor, a conflict, a source, an
    incident) and the drafts count in the same quantities: no byte of any answer changes."""
    world = published_world()
    before = partner_view(api, world)
    add_drafts_sharing_names(world)
    after = partner_view(api, world)
    assert after.keys() == before.keys()
    changed = [key for key in before if before[key] != after[key]]
    assert changed == [], first_difference(before[changed[0]], after[changed[0]])
    assert len(before) > 30  # it looked at every list, record and page of the feed

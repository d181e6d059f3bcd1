import datetime as dt
import re

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from claims import services
from claims.models import Claim
from tests.factories import ActorFactory, ConflictFactory, SourceFactory, relay

pytestmark = pytest.mark.django_db


@pytest.fixture
def relayed_figure(claim_in):
    """One Russian figure published through two outlets, and an Azerbaijani one: 3 reports, 2 origins. All
    three are the war's toll as of 25 October (one quantity), stated on different days."""
    conflict = ConflictFactory(slug="nk-2020")
    russia = ActorFactory(name="Russia", kind="government")
    putin = ActorFactory(name="Putin", acts_on_behalf_of=russia)
    azerbaijan = ActorFactory(name="Azerbaijan", kind="government")
    conflict.parties.add(azerbaijan)
    ministry = ActorFactory(name="Azerbaijani MoD", acts_on_behalf_of=azerbaijan)

    def claim(status, originator, day, outlet, **fields):
        chain = [
            relay(originator, "stated", source=None),
            relay(ActorFactory(name=outlet, kind="news_outlet")),
        ]
        return claim_in(
            status,
            conflict=conflict,
            originator=originator,
            stated_on=dt.date(2020, 10, day),
            as_of=fields.pop("as_of", dt.date(2020, 10, 25)),
            chain=chain,
            sides=[azerbaijan],
            **fields,
        )

    return {
        "tass": claim("published", russia, 22, "TASS"),
        "ukrinform": claim("published", putin, 23, "Ukrinform", low=4000, best=4000, high=4000),
        "ministry": claim("in_review", ministry, 25, "APA", low=3000, best=3000, high=3000),
        "conflict": conflict,
    }


def test_changelist_shows_reports_origins_and_circular_reporting(editor_client, relayed_figure):
    response = editor_client.get(reverse("admin:claims_claim_changelist"))
    html = response.content.decode()
    # Reports / independent origins, in the list's narrow column; the claim's page says them in full.
    assert html.count('<td class="field-reports">3 / 2') == 3
    assert html.count("⟲</strong>") == 2  # TASS and Ukrinform carry the same origin's figure


def test_claim_page_lists_the_origins_other_figures_and_suggests_what_it_revises(
    editor_client, relayed_figure
):
    later = relayed_figure["ukrinform"]
    page = editor_client.get(reverse("admin:claims_claim_change", args=[later.pk])).content.decode()
    earlier = relayed_figure["tass"]
    assert f'href="/admin/claims/claim/{earlier.pk}/change/"' in page
    assert "Suggestion: this may revise" in page and f"#{earlier.pk}" in page
    same_day = relayed_figure["tass"]
    page = editor_client.get(reverse("admin:claims_claim_change", args=[same_day.pk])).content.decode()
    assert "Suggestion" not in page  # nothing earlier than the first figure
    Claim.objects.filter(pk=later.pk).update(supersedes=earlier)
    page = editor_client.get(reverse("admin:claims_claim_change", args=[later.pk])).content.decode()
    assert "Suggestion" not in page and "this claim supersedes it" in page


def test_reviewer_is_warned_before_verifying_a_claim_whose_quote_is_not_found(
    client, claim_in, second_reviewer
):
    claim = claim_in("in_review")
    hop = claim.chain.exclude(source=None).first()
    hop.source.text = "A text that says something else entirely."
    services.save_source(hop.source)
    assert Claim.objects.get(pk=claim.pk).quote_check == "not_found"
    client.force_login(second_reviewer)
    url = reverse("admin:claims_claim_review", args=[claim.pk])
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert "verify anyway" in page

    response = client.post(url, {"action": "verify", "version": claim.version}, follow=True)
    assert any("Not verified" in str(m) for m in get_messages(response.wsgi_request))
    assert Claim.objects.get(pk=claim.pk).status == "in_review"

    bulk = client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "verify_selected", "_selected_action": [claim.pk]},
    )
    assert bulk.status_code == 302 and Claim.objects.get(pk=claim.pk).status == "in_review"

    client.post(url, {"action": "verify", "quote_override": "1", "version": claim.version})
    assert Claim.objects.get(pk=claim.pk).status == "verified"


def compare_url(conflict):
    return reverse("admin:claims_conflict_compare", args=[conflict.pk])


def test_comparison_page_draws_one_mark_per_claim(editor_client, relayed_figure):
    conflict = relayed_figure["conflict"]
    response = editor_client.get(compare_url(conflict))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('<svg class="comparison"') == 1
    marks = re.findall(r'class="mark" data-claim="(\d+)"', html)
    expected = {relayed_figure[k].pk for k in ("tass", "ukrinform", "ministry")}
    assert sorted(map(int, marks)) == sorted(expected)
    assert "3 reports,\n      2 origins" in html
    assert "(party to the conflict)" in html  # the Azerbaijani ministry's series


@pytest.mark.parametrize("extra", [0, 12])
def test_comparison_page_query_count_is_fixed(
    editor_client, relayed_figure, claim_in, django_assert_num_queries, extra
):
    conflict = relayed_figure["conflict"]
    for day in range(extra):
        claim_in("draft", conflict=conflict, stated_on=dt.date(2020, 11, day + 1))
    editor_client.get(compare_url(conflict))
    # 1 session, 2 user, 3 the conflict, 4-5 permissions, 6 the claims with originators and roots,
    # 7 their sides, 8 the conflict's parties
    with django_assert_num_queries(8):
        response = editor_client.get(compare_url(conflict))
    assert response.status_code == 200


def test_api_claims_name_their_quantity_whose_counts_are_among_published_claims(api, relayed_figure):
    data = api.get(f"/api/v1/claims/{relayed_figure['tass'].pk}/").json()
    assert data["quote_check"] in {"verified", "not_found", "no_snapshot"}
    assert data["origin"]["name"] == "Russia"
    quantity = api.get(f"/api/v1/quantities/{data['quantity']}/").json()
    # The ministry's claim is in review: partners' counts include published claims only.
    assert (quantity["reports"], quantity["independent_origins"], quantity["circular_reporting"]) == (
        2,
        1,
        True,
    )
    [russia] = quantity["origins"]
    assert (russia["origin"]["name"], russia["reports"], russia["outlets"], russia["circular_reporting"]) == (
        "Russia",
        2,
        2,
        True,
    )
    assert [side["name"] for side in quantity["sides"]] == ["Azerbaijan"]


def test_api_figures_of_a_conflict_are_its_published_series(api, relayed_figure):
    response = api.get("/api/v1/conflicts/nk-2020/figures/")
    assert response.status_code == 200
    [quantity] = response.json()
    assert quantity["metric"] == "killed"
    [series] = quantity["series"]
    assert series["origin"]["name"] == "Russia" and series["interested_party"] is False
    assert [e["id"] for e in series["estimates"]] == [
        relayed_figure["tass"].pk,
        relayed_figure["ukrinform"].pk,
    ]
    assert api.get("/api/v1/conflicts/no-such-war/figures/").status_code == 404


def test_quote_check_of_an_extracted_claim_is_verified(editor_client, editor):
    from claims.parsing import extract_figures
    from claims.services import create_draft_claims

    text = "The ministry said 12\u00a0000 people had fled the town, the agency reported."
    source = SourceFactory(text=text)
    [candidate] = extract_figures(text)
    [claim] = create_draft_claims(source, [(candidate, "displaced")], conflict=ConflictFactory(), by=editor)
    assert Claim.objects.get(pk=claim.pk).quote_check == "verified"


def test_recording_a_later_figure_from_the_same_origin_suggests_what_it_revises(editor_client):
    from tests.factories import ClaimFactory
    from tests.test_admin import claim_form_data

    ministry = ActorFactory(name="Ministry")
    conflict = ConflictFactory()
    earlier = ClaimFactory(conflict=conflict, originator=ministry, stated_on=dt.date(2020, 10, 1))
    data = claim_form_data(conflict, ministry, stated_on="2020-11-01")
    response = editor_client.post(reverse("admin:claims_claim_add"), data, follow=True)
    text = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert f">#{earlier.pk}</a>" in text and "set <em>Supersedes</em>" in text

    data = claim_form_data(conflict, ministry, stated_on="2020-09-01")  # nothing earlier than this one
    response = editor_client.post(reverse("admin:claims_claim_add"), data, follow=True)
    assert "This may revise" not in " ".join(str(m) for m in get_messages(response.wsgi_request))

"""The review queue (claims/admin/review.py) and the rating suggested from the provenance analysis (claims/rating.py)."""

import datetime as dt
import re

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from claims import services
from claims.models import Claim, Grade, Rating
from claims.rating import suggest_rating
from claims.services import submit_claim
from tests.factories import ActorFactory, ClaimFactory, ConflictFactory, SourceFactory, relay

pytestmark = pytest.mark.django_db

QUEUE = "/admin/claims/reviewqueue/"


def change_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


@pytest.mark.parametrize(
    ("attributed", "origins", "circular", "grade", "expected"),
    [
        (False, 0, False, "", None),  # unattributed: no origin to count
        (False, 3, False, Grade.CONTESTED, None),  # whatever the others say
        (True, 1, False, "", Rating.SINGLE_SOURCE),
        (True, 0, False, "", Rating.SINGLE_SOURCE),  # a rejected claim no longer counts itself
        (True, 1, True, "", Rating.SINGLE_SOURCE),  # echoes of one origin confirm nothing
        (True, 1, True, Grade.WEAK, Rating.SINGLE_SOURCE),
        (True, 2, False, "", Rating.CORROBORATED),
        (True, 2, True, "", Rating.CORROBORATED),  # one origin echoed, another independent: still two
        (True, 5, False, Grade.FAIR, Rating.CORROBORATED),
        (True, 2, False, Grade.CONTESTED, Rating.CONTESTED),  # the published origins disagree
        (True, 2, True, Grade.CONTESTED, Rating.CONTESTED),
        (True, 3, False, Grade.CONFIRMED, Rating.CORROBORATED),  # confirming is the reviewer's call
        (True, 2, False, Grade.DISCOUNTED, Rating.CORROBORATED),
    ],
)
def test_suggested_rating_follows_the_provenance_rule(attributed, origins, circular, grade, expected):
    suggestion = suggest_rating(
        attributed=attributed, independent_origins=origins, circular_reporting=circular, grade=grade
    )
    assert (suggestion.rating if suggestion else None) == expected
    if circular and expected == Rating.SINGLE_SOURCE:
        assert "circular" in suggestion.reason


def test_the_rule_never_suggests_a_verdict_only_a_reading_can_give():
    suggested = {
        suggestion.rating
        for attributed in (True, False)
        for origins in range(4)
        for circular in (True, False)
        for grade in ["", *Grade.values]
        if (
            suggestion := suggest_rating(
                attributed=attributed, independent_origins=origins, circular_reporting=circular, grade=grade
            )
        )
    }
    assert suggested == {Rating.SINGLE_SOURCE, Rating.CORROBORATED, Rating.CONTESTED}


def in_review(editor, **fields):
    """Return a claim written by `editor`, counting the civilians killed (no sides named), sent for review."""
    fields.setdefault("originator", ActorFactory())
    chain = fields.pop("chain", None) or [
        relay(fields["originator"], "stated", source=None),
        relay(relation="published"),
    ]
    claim = ClaimFactory(created_by=editor, population="civilian", chain=chain, **fields)
    submit_claim(claim, by=editor)
    return claim


@pytest.fixture
def queue(editor):
    """Claims in review of each kind the queue tells apart, oldest first."""
    conflict = ConflictFactory(name="Karabakh war")
    ministry = ActorFactory(name="Ministry of Health")
    government = ActorFactory(name="Government of Russia", kind="government")
    monitors = ActorFactory(name="Monitoring Mission", kind="international_organisation")
    claims = {
        "single": in_review(editor, conflict=conflict, originator=ministry, metric="killed"),
        # The government's figure, read in two outlets (one published): two reports of one origin, circular.
        "echoed": in_review(editor, conflict=conflict, originator=government, metric="wounded"),
    }
    ClaimFactory(
        conflict=conflict, originator=government, metric="wounded", population="civilian", created_by=editor,
        status="published",
    )  # fmt: skip
    # Two origins for the missing: the monitors' published figure corroborates the ministry's (a draft would
    # corroborate nothing: tests/test_workbench_hostile.py).
    claims["corroborated"] = in_review(editor, conflict=conflict, originator=ministry, metric="missing")
    ClaimFactory(
        conflict=conflict, originator=monitors, metric="missing", population="civilian", created_by=editor,
        status="published",
    )  # fmt: skip
    # Published figures for the displaced that disagree tenfold: the estimate is contested.
    for originator, figure in ((ministry, 100), (monitors, 1000)):
        ClaimFactory(
            conflict=conflict, originator=originator, metric="displaced", population="civilian",
            low=figure, best=figure, high=figure, status="published",
        )  # fmt: skip
    claims["contested"] = in_review(
        editor, conflict=conflict, originator=government, metric="displaced", low=500, best=500, high=500
    )
    claims["unattributed"] = in_review(
        editor, conflict=conflict, originator=None, metric="captured", chain=[relay(relation="published")]
    )
    # Submitted 5, 4, ... 1 days ago, in the order above.
    now = timezone.now()
    for days, claim in zip(range(len(claims), 0, -1), claims.values(), strict=True):
        Claim.objects.filter(pk=claim.pk).update(submitted_at=now - dt.timedelta(days=days, hours=2))
    return claims


def rows(response) -> list[int]:
    return [claim.pk for claim in response.context["cl"].result_list]


def row_html(page: str, claim) -> str:
    """Return the queue's table row that links to the claim."""
    [row] = [
        row for row in re.findall(r"<tr>.*?</tr>", page, re.S) if f"/claims/claim/{claim.pk}/change/" in row
    ]
    return row


def cell(row: str, field: str) -> str:
    """Return the text of one column's cell, tags stripped."""
    [html] = re.findall(rf'<td class="field-{field}[^"]*">(.*?)</td>', row, re.S)
    return re.sub(r"<[^>]+>", "", html).strip()


def test_the_queue_shows_what_a_reviewer_weighs_for_each_claim(client, queue, second_reviewer):
    client.force_login(second_reviewer)
    response = client.get(QUEUE)
    assert rows(response) == [claim.pk for claim in queue.values()]  # oldest submission first
    page = response.content.decode()
    expected = {
        # name: (reports / origins, suggested rating, age)
        "single": ("1 / 1", "single source", "5\xa0days"),
        "echoed": ("2 / 1 ⟲", "single source", "4\xa0days"),
        "corroborated": ("2 / 2", "corroborated", "3\xa0days"),
        "contested": ("3 / 3", "contested", "2\xa0days"),
        "unattributed": ("1 / 0", "—", "1\xa0day"),
    }
    for name, (origins, suggested, age) in expected.items():
        row = row_html(page, queue[name])
        assert (cell(row, "origins"), cell(row, "suggestion"), cell(row, "age")) == (origins, suggested, age)
        assert cell(row, "conflict") == "Karabakh war" and cell(row, "author") == "editor"
        assert cell(row, "quote_checked") == "no snapshot"  # the factory's sources have no text
    echoed = row_html(page, queue["echoed"])
    assert cell(echoed, "originator") == "Government of Russia"
    assert 'title="one origin, echoed by several outlets (circular reporting)"' in echoed
    submitted = timezone.localtime(Claim.objects.get(pk=queue["single"].pk).submitted_at)
    assert f'title="submitted {submitted:%Y-%m-%d %H:%M}"' in row_html(page, queue["single"])  # ISO dates


def test_the_quote_check_column_flags_a_quote_not_found(client, editor, second_reviewer):
    claim = in_review(editor)
    source = claim.chain.exclude(source=None).get().source
    source.text = "A text that says something else entirely."
    services.save_source(source)
    client.force_login(second_reviewer)
    row = row_html(client.get(QUEUE).content.decode(), claim)
    assert cell(row, "quote_checked") == "✗ not found" and 'class="quote-not-found"' in row
    response = client.get(QUEUE, {"quote_check__exact": "verified"})
    assert rows(response) == []
    assert rows(client.get(QUEUE, {"quote_check__exact": "not_found"})) == [claim.pk]


def test_the_age_column_sorts_by_submission(client, queue, second_reviewer):
    client.force_login(second_reviewer)
    columns = client.get(QUEUE).context["cl"].list_display
    age = columns.index("age")
    assert rows(client.get(QUEUE, {"o": str(age)})) == [claim.pk for claim in reversed(queue.values())]
    assert rows(client.get(QUEUE, {"o": f"-{age}"})) == [claim.pk for claim in queue.values()]


def test_search_finds_claims_by_phrase_quote_originator_and_source(client, editor, second_reviewer):
    source = SourceFactory(url="https://news.example.org/market-shelling", title="Shelling of the market")
    police = ActorFactory(name="Regional Police")
    by_source = in_review(
        editor, originator=police, phrase="nine people were killed", quote="Nine died, the agency said.",
        low=9, best=9, high=9, chain=[relay(police, "stated", source=None), relay(relation="published", source=source)],
    )  # fmt: skip
    by_phrase = in_review(
        editor, phrase="at least 40 civilians killed", qualifier="at_least", low=40, best=40, high=None
    )
    by_originator = in_review(editor, originator=ActorFactory(name="Rights Watchers"))
    client.force_login(second_reviewer)
    for query, expected in [
        ("civilians", [by_phrase]),
        ("agency said", [by_source]),  # in the quote
        ("watchers", [by_originator]),
        ("market-shelling", [by_source]),  # the source's URL
        ("shelling market", [by_source]),  # every word, in the title
        ('"the market"', [by_source]),
        ('"market the"', []),  # a quoted phrase stays whole
        ("nobody", []),
    ]:
        assert rows(client.get(QUEUE, {"q": query})) == [claim.pk for claim in expected], query


def test_editors_have_no_review_queue(client, editor, reviewer):
    client.force_login(editor)
    assert client.get(QUEUE).status_code == 403
    assert "Claims awaiting review" not in client.get(reverse("admin:index")).content.decode()
    client.force_login(reviewer)
    assert "Claims awaiting review" in client.get(reverse("admin:index")).content.decode()


def test_the_queue_leaves_out_the_reviewers_own_claims_and_other_statuses(
    client, claim_in, claim_with_chain, second_reviewer
):
    first, second = claim_in("in_review"), claim_in("in_review")
    claim_in("draft")
    own = claim_with_chain(created_by=second_reviewer)
    submit_claim(own, by=second_reviewer)
    client.force_login(second_reviewer)
    response = client.get(QUEUE)
    assert rows(response) == [first.pk, second.pk]
    assert change_url(first) in response.content.decode()


@pytest.mark.parametrize("size", [3, 25])
@pytest.mark.parametrize("search", ["", "killed"])
def test_review_queue_query_count_does_not_grow(
    client, claim_with_chain, editor, second_reviewer, django_assert_num_queries, size, search
):
    for _ in range(size):
        submit_claim(claim_with_chain(created_by=editor, originator=ActorFactory()), by=editor)
    client.force_login(second_reviewer)
    client.get(QUEUE)  # warm the content-type cache, as any running server has
    # 1 session, 2 user, 3-4 permissions, 5 conflicts for the filter, 6 the (capped) count, 7 the page with
    # conflict, originator, author, the quantity's counts and grade and the circular-reporting subquery (the
    # search, when there is one, is subqueries of the same two queries), 8 sides, 9 conflict parties
    with django_assert_num_queries(9):
        response = client.get(QUEUE, {"q": search} if search else {})
    assert len(response.context["cl"].result_list) == size
    assert response.content.decode().count('class="field-suggestion"') == size


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "   "},
        {"q": '"'},
        {"q": "'unbalanced"},
        {"q": "\"\" ''"},
        {"q": "%_\\"},
        {"o": "abc"},
        {"o": "99"},
        {"o": "-"},
        {"o": "1.2.x.-7"},
        {"o": "7.7.-7"},
        {"p": "abc"},
        {"p": "999"},
        {"p": "-1"},
        {"conflict__id__exact": "abc"},
        {"conflict__id__exact": "9" * 30},
        {"quote_check__exact": "junk"},
        {"metric__exact": "<script>alert(1)</script>"},
        {"status__exact": "published"},  # not a filter of the queue: it shows claims in review only
        {"created_by": "1"},
        {"nonsense": "1"},
        {"all": "yes"},
    ],
)
def test_junk_parameters_never_make_a_500(client, claim_in, second_reviewer, params):
    claim = claim_in("in_review")
    published = claim_in("published")
    client.force_login(second_reviewer)
    response = client.get(QUEUE, params, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert "<script>alert(1)</script>" not in page
    assert change_url(published) not in page  # nothing outside the queue, whatever was asked
    if params in ({"q": ""}, {"o": "abc"}, {"p": "abc"}):
        assert rows(response) == [claim.pk]


def review_select(page: str) -> str:
    [select] = re.findall(r'<select id="review-rating".*?</select>', page, re.S)
    return select


def test_the_claim_page_preselects_the_suggested_rating_and_says_so(client, queue, second_reviewer):
    client.force_login(second_reviewer)
    page = client.get(change_url(queue["corroborated"])).content.decode()
    select = review_select(page)
    assert '<option value="corroborated" selected>corroborated (suggested)</option>' in select
    assert select.count("selected") == 1
    assert "Suggested from the provenance: 2 independent origins." in page

    unattributed = client.get(change_url(queue["unattributed"])).content.decode()
    assert "suggested" not in review_select(unattributed) and 'id="rating-suggestion"' not in unattributed
    assert '<option value="">(keep: none)</option>' in review_select(unattributed)


def test_a_rating_already_given_is_kept_rather_than_the_suggestion(client, claim_in, second_reviewer):
    claim = claim_in("in_review")  # rated corroborated, one origin
    client.force_login(second_reviewer)
    select = review_select(client.get(change_url(claim)).content.decode())
    assert '<option value="single_source">single source (suggested)</option>' in select
    assert " selected" not in select  # "(keep: corroborated)", the first option, is what is sent


def test_verifying_with_the_preselected_suggestion_rates_the_claim(client, queue, second_reviewer):
    claim = queue["echoed"]
    client.force_login(second_reviewer)
    client.post(
        reverse("admin:claims_claim_review", args=[claim.pk]),
        {"action": "verify", "rating": "single_source", "version": claim.version},
    )
    claim.refresh_from_db()
    assert (claim.status, claim.rating) == ("verified", "single_source")


def test_the_reviewers_choice_wins_over_the_suggestion(client, queue, second_reviewer):
    claim = queue["echoed"]
    client.force_login(second_reviewer)
    client.post(
        reverse("admin:claims_claim_review", args=[claim.pk]),
        {"action": "verify", "rating": "contested", "version": claim.version},
    )
    claim.refresh_from_db()
    assert (claim.status, claim.rating) == ("verified", "contested")


@pytest.mark.parametrize(
    ("action", "posted", "flag", "stored"),
    [
        ("request_changes", "single_source", "single_source", ""),  # the untouched preselection
        ("reject", "single_source", "single_source", ""),
        ("reject", "false", "", "false"),  # chosen by the reviewer: the page's script cleared the flag
        ("reject", "single_source", "", "single_source"),  # the suggestion itself, chosen on purpose
    ],
)
def test_sending_a_claim_back_does_not_rate_it_with_the_untouched_suggestion(
    client, queue, second_reviewer, action, posted, flag, stored
):
    claim = queue["single"]
    client.force_login(second_reviewer)
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert '<input type="hidden" name="rating_suggested" value="single_source" form="review-form">' in page
    response = client.post(
        reverse("admin:claims_claim_review", args=[claim.pk]),
        {
            "action": action,
            "rating": posted,
            "rating_suggested": flag,
            "note": "Check the source.",
            "version": claim.version,
        },
        follow=True,
    )
    assert response.status_code == 200
    assert not [m for m in get_messages(response.wsgi_request) if m.level_tag == "error"]
    claim.refresh_from_db()
    assert claim.status != "in_review" and claim.rating == stored

"""Consolidated estimates and grades: the rule on its own (claims.estimates), the quantity on both levels, and
the estimate as the write path keeps it, with its history and a reviewer's override."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims import services
from claims.estimates import CONTESTED_GAP, CONTESTED_RATIO, Figure, consolidate
from claims.models import EstimateVersion, FeedEntry, Incident, Quantity, Status
from claims.services import counting_problems
from tests.conftest import admin_form_data
from tests.factories import ActorFactory, ClaimFactory, ConflictFactory, rewrite

DAY = dt.date(2020, 10, 10)


TEN = object()


def figure(claim, origin, low=TEN, best=TEN, high=TEN, **fields):
    """Return a figure (10 killed unless told otherwise)."""
    low, best, high = (10 if value is TEN else value for value in (low, best, high))
    return Figure(
        claim=claim,
        origin=origin,
        stated_on=fields.pop("stated_on", DAY),
        low=low,
        best=best,
        high=high,
        **fields,
    )


# --- The rule ----------------------------------------------------------------------------------------------------

BOUNDS = [
    # (figures, (low, low claim), (best, best claim), (high, high claim))
    pytest.param(
        [figure(1, 10, 40, 40, 40)], (40, 1), (40, 1), (40, 1), id="one exact figure sets every bound"
    ),
    pytest.param(
        [figure(1, 10, 13, 13, 13), figure(2, 20, 20, 20, 20), figure(3, 30, 46, 46, 46)],
        (13, 1),
        (20, 2),
        (46, 3),
        id="low the smallest, high the largest, best the median",
    ),
    pytest.param(
        [figure(1, 10, 10, 10, 10), figure(2, 20, 30, 30, 30)],
        (10, 1),
        (10, 1),
        (30, 2),
        id="an even number of bests: the lower middle one",
    ),
    pytest.param(
        [figure(1, 10, 100, None, None), figure(2, 20, None, None, 5000)],
        (100, 1),
        (None, None),
        (5000, 2),
        id="'at least' and 'as many as' give a bound each and no best",
    ),
    pytest.param(
        [figure(1, 10, None, 300, None)],
        (300, 1),
        (300, 1),
        (300, 1),
        id="an approximate figure: its best is its lower and upper value",
    ),
    pytest.param(
        [figure(1, 10, None, None, None, stated_on=DAY), figure(2, 10, None, None, None)],
        (None, None),
        (None, None),
        (None, None),
        id="unquantified figures give no bound",
    ),
    pytest.param(
        [figure(1, 10, 13, None, None), figure(2, 20, None, None, 3)],
        (3, 2),
        (None, None),
        (13, 1),
        id="'more than 12' against 'up to 3': the bounds span every value given",
    ),
    pytest.param(
        [figure(1, 10, 20, 20, 20), figure(5, 20, 20, 20, 20)],
        (20, 1),
        (20, 1),
        (20, 1),
        id="ties go to the earliest claim",
    ),
]


@pytest.mark.parametrize(("figures", "low", "best", "high"), BOUNDS)
def test_each_bound_is_set_by_the_claim_the_rule_names(figures, low, best, high):
    estimate = consolidate(figures)
    assert (estimate.low, estimate.low_claim) == low
    assert (estimate.best, estimate.best_claim) == best
    assert (estimate.high, estimate.high_claim) == high


def test_an_origin_counts_once_with_its_latest_figure():
    earlier = figure(1, 10, 100, 100, 100, stated_on=dt.date(2020, 10, 1))
    relay_of_earlier = figure(2, 10, 100, 100, 100, stated_on=dt.date(2020, 10, 1))
    revised = figure(3, 10, 150, 150, 150, stated_on=dt.date(2020, 10, 5))
    estimate = consolidate([revised, earlier, relay_of_earlier])
    assert (estimate.low, estimate.high, estimate.low_claim) == (150, 150, 3)
    assert [entry["claim"] for entry in estimate.basis] == [3]
    assert estimate.grade == "weak"  # three reports, one origin


def test_unattributed_and_discredited_figures_are_shown_never_counted():
    counted = figure(1, 10, 40, 40, 40)
    unattributed = figure(2, None, 9000, 9000, 9000)
    discredited = figure(3, 20, 5, 5, 5, rating="false")
    estimate = consolidate([counted, unattributed, discredited])
    assert (estimate.low, estimate.high) == (40, 40)
    why = {entry["claim"]: entry["why"] for entry in estimate.basis}
    assert why[2].startswith("unattributed") and why[3] == "rated false: not counted" and why[1] == "counted"


def test_an_interested_partys_figure_never_sets_a_bound_alone():
    neutral = figure(1, 10, 20, 20, 20)
    party = figure(2, 20, 400, 400, 400, interested=True)
    estimate = consolidate([neutral, party])
    assert (estimate.low, estimate.best, estimate.high) == (20, 20, 20)
    assert [e["sets"] for e in estimate.basis] == [["low", "best", "high"], []]
    # Where a party and a non-party give the same value, the bound names the non-party's claim.
    same = consolidate([figure(1, 20, 30, 30, 30, interested=True), figure(2, 10, 30, 30, 30)])
    assert (same.low_claim, same.best_claim, same.high_claim) == (2, 2, 2)
    # Only parties: shown, no bounds.
    alone = consolidate(
        [figure(1, 20, 30, 30, 30, interested=True), figure(2, 30, 50, 50, 50, interested=True)]
    )
    assert (alone.low, alone.best, alone.high) == (None, None, None)
    assert "No bounds" in alone.explanation and alone.grade == "weak"


GRADES = [
    pytest.param([], "", id="no published figure: no grade"),
    pytest.param([figure(1, None)], "weak", id="unattributed only: weak"),
    pytest.param([figure(1, 10)], "weak", id="one origin: weak"),
    pytest.param(
        [figure(1, 10), figure(2, 20, 12, 12, 12)], "fair", id="two credible origins that agree: fair"
    ),
    pytest.param(
        [figure(1, 10, 10, 10, 10), figure(2, 20, 25, 25, 25)],
        "contested",
        id="more than the ratio apart: contested",
    ),
    pytest.param(
        [figure(1, 10, 1, 1, 1), figure(2, 20, 3, 3, 3)],
        "fair",
        id="three times as many but within the gap: not a dispute",
    ),
    pytest.param(
        [figure(1, 10, 0, 0, 0), figure(2, 20, 40, 40, 40)],
        "contested",
        id="'no casualties' against forty: contested",
    ),
    pytest.param(
        [figure(1, 10, rating="false"), figure(2, 20, rating="unsupported")],
        "discounted",
        id="every origin discredited: discounted",
    ),
    pytest.param(
        [figure(1, 10, 10, 10, 10), figure(2, 20, 40, 40, 40, responsible=True, interested=True)],
        "confirmed",
        id="the party held responsible gives a figure: confirmed",
    ),
    pytest.param(
        [figure(1, 10, 10, 10, 10), figure(2, 20, 0, 0, 0, responsible=True, interested=True)],
        "contested",
        id="the party held responsible denies any harm: not confirmed",
    ),
    pytest.param(
        [figure(1, 20, interested=True), figure(2, 30, 12, 12, 12, interested=True)],
        "weak",
        id="parties only: weak",
    ),
]


@pytest.mark.parametrize(("figures", "grade"), GRADES)
def test_each_grade_follows_its_rule(figures, grade):
    assert consolidate(figures).grade == grade


def test_the_contested_thresholds_are_the_documented_ones():
    assert CONTESTED_RATIO == 2.0 and CONTESTED_GAP == 2
    edge = [figure(1, 10, 10, 10, 10), figure(2, 20, 20, 20, 20)]  # exactly twice: not more than
    assert consolidate(edge).grade == "fair"


def test_the_explanation_names_the_claims_that_set_the_bounds():
    estimate = consolidate([figure(7, 10, 13, 13, 13, origin_name="OHCHR"), figure(9, 20, 46, 46, 46)])
    assert "low 13 (claim 7)" in estimate.explanation and "high 46 (claim 9)" in estimate.explanation
    assert "Grade contested" in estimate.explanation and "OHCHR" in estimate.explanation


# --- The quantity on both levels --------------------------------------------------------------------------------


@pytest.fixture
def claim_in(claim_in):
    """Claims of one incident or toll differ only by origin here: their sides are not stated."""

    def make(status, **fields):
        return claim_in(status, sides=[], **fields)

    return make


@pytest.fixture
def war(db):
    conflict = ConflictFactory(slug="nk-2020")
    azerbaijan = ActorFactory(name="Azerbaijan", kind="government")
    conflict.parties.add(azerbaijan)
    return conflict, azerbaijan


def market_shelling(conflict, **fields):
    incident = Incident(conflict=conflict, name="Market shelling", started_on=DAY, place="Martuni", **fields)
    services.save_incident(incident)
    return incident


def test_claims_of_one_incident_share_a_quantity_and_a_war_wide_toll_does_not(war):
    conflict, _ = war
    incident = market_shelling(conflict)
    forty = ClaimFactory(conflict=conflict, incident=incident, stated_on=DAY)
    echo = ClaimFactory(conflict=conflict, incident=incident, stated_on=DAY + dt.timedelta(days=2))
    toll = ClaimFactory(conflict=conflict, low=10000, best=None, high=None, qualifier="vague", stated_on=DAY)
    assert forty.quantity_id == echo.quantity_id != toll.quantity_id
    assert forty.quantity.incident == incident and toll.quantity.incident is None


def test_cumulative_tolls_are_one_quantity_per_area_and_last_day_counted(war):
    conflict, _ = war
    as_of = dt.date(2020, 10, 25)
    a = ClaimFactory(conflict=conflict, area="Donetsk  Oblast", as_of=as_of, stated_on=dt.date(2020, 10, 26))
    b = ClaimFactory(
        conflict=conflict, area="donetsk oblast", period_end=as_of, stated_on=dt.date(2020, 10, 27)
    )
    other_day = ClaimFactory(conflict=conflict, area="Donetsk Oblast", as_of=dt.date(2020, 10, 30))
    other_area = ClaimFactory(conflict=conflict, area="Luhansk Oblast", as_of=as_of)
    children = ClaimFactory(conflict=conflict, area="Donetsk Oblast", as_of=as_of, group="children")
    assert a.quantity_id == b.quantity_id
    assert len({a.quantity_id, other_day.quantity_id, other_area.quantity_id, children.quantity_id}) == 4
    # Successive as-of dates of one toll are one series (the comparison chart's line per originator).
    assert a.quantity.series == other_day.quantity.series != other_area.quantity.series
    # Without an as-of date or a period, the day it was stated is the day counted to.
    undated = ClaimFactory(conflict=conflict, area="Donetsk Oblast", stated_on=as_of)
    assert undated.quantity_id == a.quantity_id


def test_a_claim_cannot_be_about_another_conflicts_incident(war):
    conflict, _ = war
    elsewhere = market_shelling(ConflictFactory(slug="elsewhere"))
    with pytest.raises(ValidationError) as refused:
        ClaimFactory(conflict=conflict, incident=elsewhere)
    assert "another conflict" in str(refused.value.message_dict["incident"])


def test_moving_a_draft_to_an_incident_moves_its_tallies(war):
    conflict, _ = war
    incident = market_shelling(conflict)
    claim = ClaimFactory(conflict=conflict)
    before = claim.quantity_id
    moved = rewrite(claim, incident=incident)
    assert moved.quantity_id != before and moved.quantity.incident_id == incident.pk
    assert counting_problems() == []


# --- Kept by the write path ---------------------------------------------------------------------------------------


def test_publishing_and_retracting_recompute_the_estimate_with_its_history(war, claim_in, second_reviewer):
    conflict, azerbaijan = war
    incident = market_shelling(conflict)
    un = ActorFactory(name="UN OHCHR", kind="international_organisation")
    ngo = ActorFactory(name="Airwars", kind="ngo")
    ministry = ActorFactory(name="Azerbaijani MoD", acts_on_behalf_of=azerbaijan)
    first = claim_in(
        "published", conflict=conflict, incident=incident, originator=un, low=13, best=13, high=13
    )
    quantity = Quantity.objects.get(pk=first.quantity_id)
    assert (quantity.estimate_low, quantity.estimate_high, quantity.grade) == (13, 13, "weak")
    second = claim_in(
        "published", conflict=conflict, incident=incident, originator=ngo, low=20, best=20, high=20
    )
    party = claim_in(
        "published", conflict=conflict, incident=incident, originator=ministry, low=0, best=0, high=0
    )
    draft = claim_in(
        "draft", conflict=conflict, incident=incident, originator=ActorFactory(), low=900, best=900, high=900
    )
    quantity.refresh_from_db()
    assert first.quantity_id == second.quantity_id == party.quantity_id == draft.quantity_id
    # The party's "no casualties" is shown, never a bound; drafts are never read.
    assert (quantity.estimate_low, quantity.estimate_best, quantity.estimate_high) == (13, 13, 20)
    assert (quantity.low_claim_id, quantity.high_claim_id) == (first.pk, second.pk)
    assert quantity.grade == "contested"  # 0 against 13 and 20
    assert {entry["claim"] for entry in quantity.basis} == {first.pk, second.pk, party.pk}
    services.transition_claim(party, "retract", by=second_reviewer, note="The ministry withdrew it.")
    quantity.refresh_from_db()
    assert quantity.grade == "fair"
    versions = list(EstimateVersion.objects.filter(quantity=quantity).values_list("number", "grade", "high"))
    assert versions == [(1, "weak", 13), (2, "fair", 20), (3, "contested", 20), (4, "fair", 20)]
    assert quantity.estimate_version == 4
    assert "published → retracted" in EstimateVersion.objects.get(quantity=quantity, number=4).reason


def test_the_perpetrators_own_figure_confirms_and_a_new_perpetrator_regrades(war, claim_in):
    conflict, azerbaijan = war
    incident = market_shelling(conflict)
    ministry = ActorFactory(name="Azerbaijani MoD", acts_on_behalf_of=azerbaijan)
    claim = claim_in("published", conflict=conflict, incident=incident, originator=ministry)
    quantity = Quantity.objects.get(pk=claim.quantity_id)
    assert quantity.grade == "weak"
    incident.perpetrator = azerbaijan
    services.save_incident(incident)  # its minister speaks for it: the responsible party acknowledges
    quantity.refresh_from_db()
    assert quantity.grade == "confirmed"
    assert FeedEntry.objects.filter(quantity=quantity).exists()
    assert FeedEntry.objects.filter(incident=incident, action="upsert").exists()


def test_a_reviewers_grade_overrides_the_rule_and_is_kept_when_the_rule_changes(war, claim_in, reviewer):
    conflict, _ = war
    incident = market_shelling(conflict)
    claim = claim_in("published", conflict=conflict, incident=incident)
    quantity = Quantity.objects.get(pk=claim.quantity_id)
    with pytest.raises(ValueError):
        services.override_grade(quantity, grade="discounted", reason="  ", by_id=reviewer.pk)
    assert services.override_grade(quantity, grade="discounted", reason="A staged video.", by_id=reviewer.pk)
    quantity.refresh_from_db()
    assert (quantity.grade, quantity.derived_grade, quantity.grade_overridden_by) == (
        "discounted",
        "weak",
        reviewer,
    )
    claim_in("published", conflict=conflict, incident=incident, low=12, best=12, high=12)
    quantity.refresh_from_db()
    assert (quantity.grade, quantity.derived_grade) == ("discounted", "fair")  # the override stands
    assert services.override_grade(quantity, grade="", reason="", by_id=reviewer.pk)
    quantity.refresh_from_db()
    assert (quantity.grade, quantity.grade_override, quantity.grade_override_reason) == ("fair", "", "")
    reasons = list(EstimateVersion.objects.filter(quantity=quantity).values_list("grade", flat=True))
    assert reasons == ["weak", "discounted", "discounted", "fair"]


def test_an_actor_becoming_a_party_regrades_its_figures(war, claim_in):
    conflict, azerbaijan = war
    incident = market_shelling(conflict)
    outlet = ActorFactory(name="Defence outlet", kind="news_outlet")
    claim = claim_in("published", conflict=conflict, incident=incident, originator=outlet)
    quantity = Quantity.objects.get(pk=claim.quantity_id)
    assert quantity.estimate_low == 12
    outlet.acts_on_behalf_of = azerbaijan  # it turns out to speak for a party
    services.save_actor(outlet)
    quantity.refresh_from_db()
    assert quantity.estimate_low is None and quantity.basis[0]["interested_party"] is True


def test_stored_estimates_equal_a_recomputation_from_scratch(war, claim_in):
    conflict, _ = war
    incident = market_shelling(conflict)
    for n in (5, 7, 30):
        claim_in("published", conflict=conflict, incident=incident, low=n, best=n, high=n)
    claim_in("verified", conflict=conflict, incident=incident, low=99, best=99, high=99)
    for quantity in Quantity.objects.filter(published_reports__gt=0):
        figures = services.estimating.figures_of([quantity.pk])[quantity.pk]
        estimate = consolidate(figures)
        stored = (
            quantity.estimate_low,
            quantity.estimate_best,
            quantity.estimate_high,
            quantity.derived_grade,
        )
        assert stored == (estimate.low, estimate.best, estimate.high, estimate.grade)
    assert Status.VERIFIED  # the verified figure was not read: 99 sets no bound
    assert Quantity.objects.get(incident=incident).estimate_high == 30


def test_an_actor_made_a_party_in_the_admin_no_longer_sets_a_bound(war, claim_in, editor_client):
    conflict, _ = war
    incident = market_shelling(conflict)
    monitor = ActorFactory(name="A monitor", kind="ngo")
    claim = claim_in("published", conflict=conflict, incident=incident, originator=monitor)
    page = editor_client.get(reverse("admin:claims_actor_change", args=[monitor.pk]))
    data = admin_form_data(page) | {"party_to": [str(conflict.pk)]}
    assert (
        editor_client.post(reverse("admin:claims_actor_change", args=[monitor.pk]), data).status_code == 302
    )
    quantity = Quantity.objects.get(pk=claim.quantity_id)
    assert quantity.estimate_low is None and quantity.basis[0]["interested_party"] is True
    assert EstimateVersion.objects.filter(quantity=quantity).count() == 2


def test_renaming_an_origin_rewrites_the_explanation_that_names_it(war, claim_in):
    conflict, _ = war
    monitor = ActorFactory(name="A monitor", kind="ngo")
    other = ActorFactory(name="Another monitor", kind="ngo")
    incident = market_shelling(conflict)
    claim_in("published", conflict=conflict, incident=incident, originator=monitor, low=4, best=4, high=4)
    claim = claim_in(
        "published", conflict=conflict, incident=incident, originator=other, low=40, best=40, high=40
    )
    assert "A monitor says 4" in Quantity.objects.get(pk=claim.quantity_id).explanation
    monitor.name = "The Monitoring Mission"
    services.save_actor(monitor)
    quantity = Quantity.objects.get(pk=claim.quantity_id)
    assert "The Monitoring Mission says 4" in quantity.explanation and "A monitor" not in quantity.explanation
    assert FeedEntry.objects.filter(quantity=quantity).exists()


def test_a_perpetrator_that_comes_to_speak_for_an_origin_confirms_its_figure(war, claim_in):
    conflict, azerbaijan = war
    forces = ActorFactory(name="Armed forces", kind="military")
    incident = market_shelling(conflict, perpetrator=forces)
    claim_in(
        "published",
        conflict=conflict,
        incident=incident,
        originator=ActorFactory(kind="ngo"),
        low=10,
        best=None,
        high=None,
        qualifier="at_least",
    )
    claim = claim_in(
        "published", conflict=conflict, incident=incident, originator=azerbaijan, low=5, best=5, high=5
    )
    assert Quantity.objects.get(pk=claim.quantity_id).grade == "fair"
    forces.acts_on_behalf_of = azerbaijan  # the forces turn out to be the government's
    services.save_actor(forces)
    assert Quantity.objects.get(pk=claim.quantity_id).grade == "confirmed"
    assert services.estimating.estimate_problems() == []

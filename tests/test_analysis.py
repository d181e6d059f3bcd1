import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import services
from claims.models import Claim, FeedEntry, QuantityTally
from claims.parsing import normalise_for_quoting, quote_found
from claims.services import counting_problems, publish_claim, retract_claim
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


@pytest.fixture
def karabakh():
    """The worked example's cast: parties, a mediator, its president, agencies and outlets."""
    conflict = ConflictFactory(name="Second Nagorno-Karabakh war", slug="nk-2020")
    cast = {
        "azerbaijan": ActorFactory(name="Azerbaijan", kind="government"),
        "armenia": ActorFactory(name="Armenia", kind="government"),
        "russia": ActorFactory(name="Russia", kind="government"),
    }
    cast["putin"] = ActorFactory(name="Putin", kind="individual", acts_on_behalf_of=cast["russia"])
    cast["az_mod"] = ActorFactory(name="Azerbaijani MoD", acts_on_behalf_of=cast["azerbaijan"])
    cast["spokesperson"] = ActorFactory(
        name="MoD spokesperson", kind="individual", acts_on_behalf_of=cast["az_mod"]
    )
    for name in ("TASS", "Interfax", "RFE/RL", "Ukrainska Pravda", "APA"):
        cast[name] = ActorFactory(name=name, kind="news_outlet")
    conflict.parties.add(cast["azerbaijan"], cast["armenia"])
    return conflict, cast


def report(conflict, cast, originator, chain, *, sides=("azerbaijan", "armenia"), **fields):
    """Record a claim of the killed (on both sides, by default), with a chain of (actor, relation) hops; the
    last hop is read in a source that outlet published."""
    hops = [relay(cast[actor], relation, source=None) for actor, relation in chain]
    if hops:
        last = cast[chain[-1][0]]
        hops[-1] = relay(last, chain[-1][1], source=SourceFactory(publisher=last))
    return ClaimFactory(
        conflict=conflict,
        originator=cast[originator] if originator else None,
        chain=hops,
        sides=[cast[side] for side in sides],
        **fields,
    )


def counts(claim) -> tuple:
    row = Claim.objects.with_origin_counts().get(pk=claim.pk)
    return row.reports, row.independent_origins, row.circular_reporting


def test_origins_and_circular_reporting_in_the_worked_example(karabakh):
    conflict, cast = karabakh
    rferl = report(
        conflict, cast, "russia",
        [("putin", "stated"), ("TASS", "relayed"), ("Interfax", "relayed"), ("RFE/RL", "published")],
    )  # fmt: skip
    assert counts(rferl) == (1, 1, False)  # relayed by two agencies and an outlet: still one origin

    ukrainian = report(conflict, cast, "putin", [("putin", "stated"), ("Ukrainska Pravda", "published")])
    assert counts(rferl) == (2, 1, True)  # the same Putin figure through another outlet: circular
    assert counts(ukrainian) == (2, 1, True)

    ministry = report(conflict, cast, "az_mod", [("az_mod", "stated"), ("APA", "published")])
    assert counts(rferl) == (3, 2, True)
    assert counts(ministry) == (3, 2, False)

    spokesperson = report(conflict, cast, "spokesperson", [("spokesperson", "stated"), ("APA", "published")])
    assert counts(spokesperson) == (4, 2, False)  # speaks for the ministry: no new origin, same outlet


def test_other_quantities_are_not_compared(karabakh):
    conflict, cast = karabakh
    killed = report(conflict, cast, "russia", [("putin", "stated"), ("RFE/RL", "published")])
    report(conflict, cast, "az_mod", [("az_mod", "stated")], metric="wounded")
    report(conflict, cast, "az_mod", [("az_mod", "stated")], population="civilian")
    report(conflict, cast, "az_mod", [("az_mod", "stated")], sides=["azerbaijan"])
    assert counts(killed) == (1, 1, False)
    assert len({claim.quantity_id for claim in Claim.objects.all()}) == 4


def test_rejected_and_retracted_claims_do_not_count(karabakh):
    conflict, cast = karabakh
    kept = report(conflict, cast, "russia", [("putin", "stated"), ("RFE/RL", "published")])
    report(conflict, cast, "az_mod", [("az_mod", "stated")], status="rejected")
    assert counts(kept) == (1, 1, False)


def test_unattributed_reports_count_as_reports_not_origins(karabakh):
    conflict, cast = karabakh
    attributed = report(conflict, cast, "russia", [("putin", "stated"), ("RFE/RL", "published")])
    anonymous = report(conflict, cast, None, [("RFE/RL", "published")])
    assert counts(attributed) == (2, 1, False)
    assert counts(anonymous) == (2, 1, False)


def test_interested_party_is_a_party_or_speaks_for_one(karabakh):
    conflict, cast = karabakh
    rows = {
        name: Claim.objects.with_interested_party()
        .get(pk=report(conflict, cast, name, []).pk)
        .interested_party
        for name in ("russia", "putin", "az_mod", "spokesperson", "armenia")
    }
    assert rows == {"russia": False, "putin": False, "az_mod": True, "spokesperson": True, "armenia": True}


def test_the_quantity_follows_the_sides(karabakh):
    conflict, cast = karabakh
    claim = report(conflict, cast, "az_mod", [("az_mod", "stated")], sides=["armenia", "azerbaijan"])
    both = ",".join(map(str, sorted([cast["armenia"].pk, cast["azerbaijan"].pk])))
    assert claim.quantity.sides_key == both
    claim = rewrite(claim, sides=[cast["azerbaijan"]])
    assert claim.quantity.sides_key == str(cast["azerbaijan"].pk)
    claim = rewrite(claim, sides=[cast["azerbaijan"], cast["armenia"]])
    assert claim.quantity.sides_key == both


# --- stored counts: once per quantity, kept by the write path ---------------------------------------------


def stored_and_computed() -> tuple[dict, dict]:
    """Return, for each claim, its quantity's stored counts (and its own circular flag, from the tallies) next
    to what with_origin_counts() computes from the claims with a subquery per row: among published claims
    for published ones, among all but rejected and retracted ones for those. They must always be equal."""
    stored, computed = {}, {}
    published = Claim.objects.published()
    for kind, claims, among in [
        ("published", published, published),
        ("newsroom", Claim.objects.counted(), None),
    ]:
        for claim in claims.with_stored_counts(kind):
            stored[claim.pk, kind] = (
                claim.reports,
                claim.independent_origins,
                bool(claim.circular_reporting),
            )
        for claim in claims.with_origin_counts(among=among):
            computed[claim.pk, kind] = (
                claim.reports,
                claim.independent_origins,
                bool(claim.circular_reporting),
            )
    return stored, computed


def assert_counts_hold():
    stored, computed = stored_and_computed()
    assert stored == computed
    assert counting_problems() == []


def shown(claim) -> tuple:
    """Return what partners see of the claim's quantity: its reports, origins and circular reporting."""
    quantity = Claim.objects.select_related("quantity").get(pk=claim.pk).quantity
    return quantity.published_reports, quantity.published_origins, quantity.published_circular


def test_stored_counts_follow_the_worked_example_as_claims_are_published(karabakh):
    conflict, cast = karabakh
    rferl = report(
        conflict, cast, "russia", [("putin", "stated"), ("RFE/RL", "published")], status="published"
    )
    assert shown(rferl) == (1, 1, False)
    ukrainian = report(
        conflict, cast, "putin", [("putin", "stated"), ("Ukrainska Pravda", "published")], status="published"
    )
    report(conflict, cast, "az_mod", [("az_mod", "stated"), ("APA", "published")], status="published")
    draft = report(conflict, cast, "spokesperson", [("spokesperson", "stated"), ("TASS", "published")])
    assert shown(rferl) == shown(ukrainian) == (3, 2, True)
    assert draft.quantity_id == rferl.quantity_id and shown(draft) == (3, 2, True)  # the draft is not counted
    assert_counts_hold()


def test_publishing_and_retracting_update_the_quantity_once_not_the_peers(
    karabakh, editor, reviewer, second_reviewer
):
    conflict, cast = karabakh
    old = report(conflict, cast, "russia", [("putin", "stated"), ("RFE/RL", "published")], status="published")
    new = report(
        conflict, cast, "putin", [("putin", "stated"), ("Ukrainska Pravda", "published")],
        status="verified", created_by=editor, rating="single_source",
    )  # fmt: skip
    old_entry = FeedEntry.objects.get(claim=old).seq
    quantity_entry = FeedEntry.objects.get(quantity=old.quantity).seq
    old_row = Claim.objects.filter(pk=old.pk).values_list("updated_at", "version").get()

    with CaptureQueriesContext(connection) as publishing:
        publish_claim(new, by=reviewer)
    assert shown(old) == shown(new) == (2, 1, True)  # the same figure through another outlet: circular
    assert FeedEntry.objects.get(claim=old).seq == old_entry  # the peer's row and entry are untouched
    assert Claim.objects.filter(pk=old.pk).values_list("updated_at", "version").get() == old_row
    assert (
        FeedEntry.objects.get(quantity=old.quantity).seq > quantity_entry
    )  # its quantity is announced, once
    rewritten = [q["sql"] for q in publishing if q["sql"].startswith('UPDATE "claims_claim"')]
    assert len(rewritten) == 1 and f'"id" = {new.pk}' in rewritten[0]  # the published claim's row alone

    retract_claim(new, by=reviewer, reason="Misattributed.")
    assert shown(old) == (1, 1, False)
    assert_counts_hold()


def test_stored_counts_follow_a_new_root_a_new_last_outlet_new_sides_and_a_rejection(
    karabakh, editor, reviewer
):
    conflict, cast = karabakh
    putin = report(conflict, cast, "putin", [("putin", "stated"), ("TASS", "published")], status="published")
    ministry = report(
        conflict, cast, "az_mod", [("az_mod", "stated"), ("APA", "published")], status="published"
    )
    assert shown(putin) == (2, 2, False)

    cast["russia"].acts_on_behalf_of = cast["azerbaijan"]  # now one origin, through two outlets
    services.save_actor(cast["russia"])
    assert shown(putin) == shown(ministry) == (2, 1, True)
    assert_counts_hold()

    # Drafts count for the newsroom: they may change their chain and sides.
    draft = report(conflict, cast, "putin", [("putin", "stated"), ("TASS", "published")])
    newsroom = Claim.objects.with_newsroom_counts()
    assert (newsroom.get(pk=draft.pk).reports, newsroom.get(pk=draft.pk).circular_reporting) == (3, True)
    draft = rewrite(
        draft, chain=[relay(cast["putin"], "stated", source=None), relay(cast["APA"], "published")]
    )
    assert newsroom.get(pk=draft.pk).last_reporter == cast["APA"]
    assert_counts_hold()
    draft = rewrite(draft, sides=[cast["armenia"]])  # another quantity now
    assert newsroom.get(pk=draft.pk).reports == 1 and newsroom.get(pk=putin.pk).reports == 2
    assert_counts_hold()
    services.submit_claim(draft, by=editor)
    services.reject_claim(draft, by=reviewer, note="Not what the source says.")
    assert newsroom.get(pk=putin.pk).reports == 2 and not QuantityTally.objects.filter(
        quantity=draft.quantity
    )
    assert_counts_hold()


def test_newsroom_counts_follow_drafts_and_their_quantity(karabakh, editor, reviewer):
    conflict, cast = karabakh
    published = report(
        conflict, cast, "russia", [("putin", "stated"), ("TASS", "published")], status="published"
    )
    draft = report(conflict, cast, "az_mod", [("az_mod", "stated"), ("APA", "published")], created_by=editor)
    newsroom = Claim.objects.with_newsroom_counts()
    assert (newsroom.get(pk=published.pk).reports, newsroom.get(pk=published.pk).independent_origins) == (
        2,
        2,
    )
    assert shown(published) == (1, 1, False)  # partners do not see the draft

    draft = rewrite(draft, metric="wounded")  # another quantity now
    assert newsroom.get(pk=published.pk).reports == 1
    assert newsroom.get(pk=draft.pk).reports == 1
    draft = rewrite(draft, metric="killed")
    assert newsroom.get(pk=published.pk).reports == 2
    assert_counts_hold()


def test_a_claim_without_a_chain_is_its_own_outlet(karabakh):
    conflict, cast = karabakh
    chained = report(conflict, cast, "russia", [("putin", "stated"), ("TASS", "published")])
    bare = report(conflict, cast, "putin", [])
    newsroom = Claim.objects.with_newsroom_counts()
    assert [newsroom.get(pk=c.pk).circular_reporting for c in (chained, bare)] == [True, True]
    assert counts(chained)[2] and counts(bare)[2]  # the computed counts agree
    assert_counts_hold()


def test_a_claim_needs_a_chain_read_in_a_source_before_review(karabakh, editor):
    conflict, cast = karabakh
    bare = report(conflict, cast, "putin", [], created_by=editor)
    with pytest.raises(services.ReviewError, match="Not ready for review: Add its attribution chain"):
        services.submit_claim(bare, by=editor)
    unread = ClaimFactory(conflict=conflict, originator=cast["putin"], created_by=editor)  # hop 0, no source
    with pytest.raises(services.ReviewError, match="Name the source read"):
        services.submit_claim(unread, by=editor)
    assert review_into(
        report(conflict, cast, "putin", [("putin", "stated"), ("TASS", "published")]), "published"
    )


# --- quote checks -----------------------------------------------------------------------------------------

SNAPSHOT = (
    "Moscow\u00a0—\u00a0Russia has estimated\u00a0as many as 5\u00a0000 deaths on both sides, "
    "the Kremlin said. \u201cWe are  deeply concerned,\u201d\nits spokesman\u2019s statement read."
)


@pytest.mark.parametrize(
    ("quote", "phrase", "numbers", "found"),
    [
        (
            "Russia has estimated as many as 5,000 deaths on both sides",
            "as many as 5,000 deaths",
            {5000},
            True,
        ),
        ("russia HAS estimated as many as 5000 deaths", "as many as 5000 deaths", {5000}, True),
        ('"We are deeply concerned," its spokesman\'s statement read.', "", set(), False),
        ('"We are deeply concerned," its spokesman\'s statement read.', "nothing", {5000}, True),
        ("Russia has estimated as many as 6,000 deaths", "as many as 6,000 deaths", {6000}, False),
        ("Russia has estimated", "as many as 7,000", {7000}, False),  # quote found, figure not
        ("", "as many as 5,000 deaths", {5000}, False),
    ],
)
def test_quote_check_folds_spaces_quotes_case_and_thousands_separators(quote, phrase, numbers, found):
    assert quote_found(quote, phrase, numbers, SNAPSHOT) is found


def test_normalisation_keeps_decimals_and_reads_grouped_digits():
    assert (
        normalise_for_quoting("1,200,000 and 2.5 million and 5 000\u202f000")
        == "1200000 and 2.5 million and 5000000"
    )


def test_quote_check_is_stored_and_follows_the_source_text(karabakh):
    conflict, cast = karabakh
    source = SourceFactory(publisher=cast["RFE/RL"], text="")
    claim = ClaimFactory(
        conflict=conflict, quote="Russia has estimated as many as 5,000 deaths on both sides.",
        phrase="as many as 5,000 deaths", qualifier="at_most", low=None, best=None, high=5000, originator=None,
        chain=[],
    )  # fmt: skip
    assert Claim.objects.get(pk=claim.pk).quote_check == "no_snapshot"
    claim = rewrite(claim, chain=[relay(cast["RFE/RL"], "published", source=source)])
    assert Claim.objects.get(pk=claim.pk).quote_check == "no_snapshot"
    source.text = SNAPSHOT
    services.save_source(source)
    assert Claim.objects.get(pk=claim.pk).quote_check == "not_found"  # the snapshot has no final period
    rewrite(claim, quote="Russia has estimated as many as 5,000 deaths on both sides")
    assert Claim.objects.get(pk=claim.pk).quote_check == "verified"


def test_last_reporter_follows_the_chain(karabakh):
    conflict, cast = karabakh
    claim = report(conflict, cast, "russia", [("putin", "stated"), ("TASS", "relayed")])
    assert Claim.objects.get(pk=claim.pk).last_reporter == cast["TASS"]
    chain = [
        relay(cast["putin"], "stated", source=None),
        relay(cast["TASS"]),
        relay(cast["RFE/RL"], "published"),
    ]
    claim = rewrite(claim, chain=chain)
    assert Claim.objects.get(pk=claim.pk).last_reporter == cast["RFE/RL"]
    claim = rewrite(claim, chain=chain[:2])
    assert Claim.objects.get(pk=claim.pk).last_reporter == cast["TASS"]
    claim = rewrite(claim, chain=[])
    assert Claim.objects.get(pk=claim.pk).last_reporter is None
    assert_counts_hold()


@pytest.mark.parametrize("readers", [3, 15])
def test_saving_a_source_rechecks_its_claims_in_a_fixed_number_of_queries(karabakh, readers):
    conflict, cast = karabakh
    source = SourceFactory(publisher=cast["RFE/RL"], text="")
    for n in range(readers):
        ClaimFactory(
            conflict=conflict,
            quote=f"Report {n}: 12 soldiers were killed.",
            originator=None,
            chain=[relay(cast["RFE/RL"], "published", source=source)],
        )
    source.text = "Report 0: 12 soldiers were killed."
    with CaptureQueriesContext(connection) as queries:
        services.save_source(source)
    # 1 the claims read in it, 2 their locks (before the source's row: the order claim writers take), 3 the
    # source, 4 its history row, 5 their chains, 6 their sides,
    # 7 the texts, then one UPDATE per distinct new check: 8 "not_found", 9 "verified"; 10-12 the published
    # claims and quantities that show the source (none here), after the feed's lock on PostgreSQL (so that a
    # claim published meanwhile is found). Never one query per claim.
    assert len(queries) == 12 + (connection.vendor == "postgresql"), [q["sql"][:80] for q in queries]
    checks = sorted(Claim.objects.filter(conflict=conflict).values_list("quote_check", flat=True))
    assert checks.count("verified") == 1 and checks.count("not_found") == readers - 1


def test_publication_checks_the_chain_again_and_review_needs_the_last_hop_read_in_a_source(
    karabakh, editor, reviewer
):
    conflict, cast = karabakh
    verified = report(
        conflict, cast, "az_mod", [("az_mod", "stated"), ("APA", "published")], status="verified"
    )
    cast["az_mod"].acts_on_behalf_of = None
    services.save_actor(cast["az_mod"])
    spokesperson_claim = report(
        conflict, cast, "spokesperson", [("spokesperson", "stated"), ("APA", "published")], status="verified"
    )
    cast["spokesperson"].acts_on_behalf_of = cast["armenia"]  # no longer speaks for the ministry it quoted
    services.save_actor(cast["spokesperson"])
    services.publish_claim(verified, by=reviewer, rating="corroborated")  # the ministry states its own figure
    assert Claim.objects.get(pk=verified.pk).status == "published"
    from claims.models import AttributionHop

    AttributionHop.objects.filter(claim=spokesperson_claim, position=0).update(actor=cast["az_mod"])
    version = spokesperson_claim.versions.latest("number")
    version.record["chain"][0]["actor"] = cast["az_mod"].pk
    type(version).objects.filter(pk=version.pk).update(record=version.record)
    with pytest.raises(services.ReviewError, match="Hop 0 is the originator's own statement"):
        services.publish_claim(spokesperson_claim, by=reviewer, rating="corroborated")
    # A chain read in a source that does not end with it is not ready for review.
    relayed_last = ClaimFactory(
        conflict=conflict,
        originator=cast["putin"],
        created_by=editor,
        chain=[relay(cast["putin"], "stated"), relay(cast["TASS"], "relayed", source=None)],
    )
    with pytest.raises(services.ReviewError, match="the chain's last hop is the captured document"):
        services.submit_claim(relayed_last, by=editor)

import pytest

from claims.models import NEWSROOM_COUNTS, PUBLISHED_COUNTS, QUANTITY_COUNTS, Claim, ClaimChange
from claims.parsing import normalise_for_quoting, quote_found
from claims.services import publish_claim, retract_claim, store_counts_of
from tests.factories import ActorFactory, ClaimFactory, ConflictFactory, HopFactory, SourceFactory

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


def report(conflict, cast, originator, chain, **fields):
    """Record a claim of the killed on both sides, with a chain of (actor, relation) hops."""
    claim = ClaimFactory(conflict=conflict, originator=cast[originator], **fields)
    claim.sides.add(cast["azerbaijan"], cast["armenia"])
    for position, (actor, relation) in enumerate(chain):
        HopFactory(claim=claim, position=position, actor=cast[actor], relation=relation, source=None)
    return claim


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
    one_side = ClaimFactory(conflict=conflict, originator=cast["az_mod"])
    one_side.sides.add(cast["azerbaijan"])
    assert counts(killed) == (1, 1, False)


def test_rejected_and_retracted_claims_do_not_count(karabakh):
    conflict, cast = karabakh
    kept = report(conflict, cast, "russia", [("putin", "stated"), ("RFE/RL", "published")])
    report(conflict, cast, "az_mod", [("az_mod", "stated")], status="rejected")
    assert counts(kept) == (1, 1, False)


def test_unattributed_reports_count_as_reports_not_origins(karabakh):
    conflict, cast = karabakh
    attributed = report(conflict, cast, "russia", [("putin", "stated"), ("RFE/RL", "published")])
    anonymous = ClaimFactory(conflict=conflict, originator=None)
    anonymous.sides.add(cast["azerbaijan"], cast["armenia"])
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


def test_sides_key_follows_the_sides(karabakh):
    conflict, cast = karabakh
    claim = ClaimFactory(conflict=conflict)
    claim.sides.add(cast["armenia"], cast["azerbaijan"])
    both = ",".join(map(str, sorted([cast["armenia"].pk, cast["azerbaijan"].pk])))
    assert Claim.objects.get(pk=claim.pk).sides_key == both
    claim.sides.remove(cast["armenia"])
    assert Claim.objects.get(pk=claim.pk).sides_key == str(cast["azerbaijan"].pk)
    cast["armenia"].losses_counted.add(claim)  # from the other end of the relation
    assert Claim.objects.get(pk=claim.pk).sides_key == both


# --- stored counts, as partners see them ------------------------------------------------------------------


def stored_and_computed() -> tuple[dict, dict]:
    """Return every claim's stored counts, and the counts with_origin_counts() computes: among published claims
    (for published claims only) and among all but rejected and retracted ones (for those only). The stored
    ones must always equal the computed ones."""
    published = Claim.objects.published()
    computed = {pk: [0, 0, False, 0, 0, False] for pk in Claim.objects.values_list("pk", flat=True)}
    for offset, claims in [(0, published.with_origin_counts(among=published)), (3, Claim.objects.counted())]:
        for claim in claims.with_origin_counts() if offset else claims:
            counts = (claim.reports, claim.independent_origins, bool(claim.circular_reporting))
            computed[claim.pk][offset : offset + 3] = counts
    stored = {pk: list(counts) for pk, *counts in Claim.objects.values_list("pk", *QUANTITY_COUNTS)}
    return stored, computed


def stored(claim) -> tuple:
    return Claim.objects.values_list("published_reports", "published_origins", "published_circular").get(
        pk=claim.pk
    )


def test_stored_counts_follow_the_worked_example_as_claims_are_published(karabakh):
    conflict, cast = karabakh
    rferl = report(
        conflict, cast, "russia", [("putin", "stated"), ("RFE/RL", "published")], status="published"
    )
    assert stored(rferl) == (1, 1, False)
    ukrainian = report(
        conflict, cast, "putin", [("putin", "stated"), ("Ukrainska Pravda", "published")], status="published"
    )
    report(conflict, cast, "az_mod", [("az_mod", "stated"), ("APA", "published")], status="published")
    draft = report(conflict, cast, "spokesperson", [("spokesperson", "stated"), ("TASS", "published")])
    assert stored(rferl) == stored(ukrainian) == (3, 2, True)
    assert stored(draft) == (0, 0, False)  # drafts count nothing, and are not counted
    assert stored_and_computed()[0] == stored_and_computed()[1]


def test_publishing_and_retracting_update_the_peers_and_send_them_to_partners(
    karabakh, editor, reviewer, second_reviewer
):
    conflict, cast = karabakh
    old = report(conflict, cast, "russia", [("putin", "stated"), ("RFE/RL", "published")], status="published")
    new = report(
        conflict, cast, "putin", [("putin", "stated"), ("Ukrainska Pravda", "published")],
        status="verified", created_by=editor, verified_by=second_reviewer, rating="unverifiable",
    )  # fmt: skip
    old_entry = ClaimChange.objects.get(claim=old).seq

    publish_claim(new, by=reviewer)
    assert stored(old) == stored(new) == (2, 1, True)  # the same figure through another outlet: circular
    assert ClaimChange.objects.get(claim=old).seq > old_entry  # partners get the old claim's new counts

    retract_claim(new, by=reviewer, reason="Misattributed.")
    assert stored(old) == (1, 1, False)
    assert stored(new) == (0, 0, False)
    assert stored_and_computed()[0] == stored_and_computed()[1]


def test_stored_counts_follow_a_new_root_a_new_last_outlet_new_sides_and_deletion(karabakh):
    conflict, cast = karabakh
    putin = report(conflict, cast, "putin", [("putin", "stated"), ("TASS", "published")], status="published")
    ministry = report(
        conflict, cast, "az_mod", [("az_mod", "stated"), ("APA", "published")], status="published"
    )
    assert stored(putin) == (2, 2, False)

    cast["russia"].acts_on_behalf_of = cast["azerbaijan"]  # now one origin, through two outlets
    cast["russia"].save()
    assert stored(putin) == stored(ministry) == (2, 1, True)

    putin.chain.get(actor=cast["TASS"]).delete()
    HopFactory(claim=putin, position=5, actor=cast["APA"], relation="published", source=None)
    assert stored(putin) == stored(ministry) == (2, 1, False)  # the same outlet: no longer circular

    putin.sides.remove(cast["armenia"])  # another quantity now
    assert stored(putin) == stored(ministry) == (1, 1, False)
    assert stored_and_computed()[0] == stored_and_computed()[1]

    ministry.chain.all().delete()
    ministry.delete()
    putin.sides.add(cast["armenia"])
    assert stored(putin) == (1, 1, False)
    assert stored_and_computed()[0] == stored_and_computed()[1]


def test_newsroom_counts_follow_drafts_and_rejections(karabakh, editor, reviewer):
    conflict, cast = karabakh
    published = report(
        conflict, cast, "russia", [("putin", "stated"), ("TASS", "published")], status="published"
    )
    draft = report(conflict, cast, "az_mod", [("az_mod", "stated"), ("APA", "published")])
    newsroom = Claim.objects.with_newsroom_counts()
    assert (newsroom.get(pk=published.pk).reports, newsroom.get(pk=published.pk).independent_origins) == (
        2,
        2,
    )
    assert stored(published) == (1, 1, False)  # partners do not see the draft

    draft = Claim.objects.get(pk=draft.pk)
    draft.metric = "wounded"  # another quantity now
    draft.save()
    assert newsroom.get(pk=published.pk).reports == 1
    assert newsroom.get(pk=draft.pk).reports == 1
    draft.metric = "killed"
    draft.save()
    assert newsroom.get(pk=published.pk).reports == 2
    draft.status = "rejected"
    draft.save()
    assert newsroom.get(pk=published.pk).reports == 1  # rejected claims count nothing
    assert stored_and_computed()[0] == stored_and_computed()[1]


def test_the_migrations_fill_of_the_counts_gives_what_refreshing_keeps(karabakh):
    conflict, cast = karabakh
    report(conflict, cast, "russia", [("putin", "stated"), ("TASS", "published")], status="published")
    report(conflict, cast, "putin", [("putin", "stated"), ("APA", "published")], status="published")
    report(conflict, cast, "az_mod", [("az_mod", "stated")])
    report(conflict, cast, "armenia", [("armenia", "stated")], status="rejected")
    Claim.objects.update(**dict.fromkeys(QUANTITY_COUNTS, 0))  # as just after the columns were added
    store_counts_of(Claim.objects.published(), PUBLISHED_COUNTS)
    store_counts_of(Claim.objects.counted(), NEWSROOM_COUNTS)
    stored, computed = stored_and_computed()
    assert stored == computed
    assert sorted(counts[0] for counts in stored.values()) == [0, 0, 2, 2]  # two published, circular
    assert sorted(counts[3] for counts in stored.values()) == [0, 3, 3, 3]  # the rejected one counts nothing


def test_a_claim_without_a_chain_is_its_own_outlet(karabakh):
    conflict, cast = karabakh
    chained = report(
        conflict, cast, "russia", [("putin", "stated"), ("TASS", "published")], status="published"
    )
    bare = report(conflict, cast, "putin", [], status="published")
    assert stored(chained) == stored(bare) == (2, 1, True)
    assert counts(chained)[2] and counts(bare)[2]  # the computed counts agree
    assert stored_and_computed()[0] == stored_and_computed()[1]


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
        phrase="as many as 5,000 deaths", qualifier="at_most", low=None, best=None, high=5000,
    )  # fmt: skip
    assert Claim.objects.get(pk=claim.pk).quote_check == "no_snapshot"
    HopFactory(claim=claim, position=0, actor=cast["RFE/RL"], relation="published", source=source)
    assert Claim.objects.get(pk=claim.pk).quote_check == "no_snapshot"
    source.text = SNAPSHOT
    source.save()
    assert Claim.objects.get(pk=claim.pk).quote_check == "not_found"  # the snapshot has no final period
    claim.quote = "Russia has estimated as many as 5,000 deaths on both sides"
    claim.save()
    assert Claim.objects.get(pk=claim.pk).quote_check == "verified"


def test_last_reporter_follows_the_chain(karabakh):
    conflict, cast = karabakh
    claim = report(conflict, cast, "russia", [("putin", "stated"), ("TASS", "relayed")])
    assert Claim.objects.get(pk=claim.pk).last_reporter == cast["TASS"]
    last = HopFactory(claim=claim, position=2, actor=cast["RFE/RL"], relation="published", source=None)
    assert Claim.objects.get(pk=claim.pk).last_reporter == cast["RFE/RL"]
    last.delete()
    assert Claim.objects.get(pk=claim.pk).last_reporter == cast["TASS"]
    claim.chain.all().delete()  # a bulk delete sends post_delete per hop too
    assert Claim.objects.get(pk=claim.pk).last_reporter is None


@pytest.mark.parametrize("readers", [3, 15])
def test_saving_a_source_rechecks_its_claims_in_a_fixed_number_of_queries(karabakh, readers):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    conflict, cast = karabakh
    source = SourceFactory(publisher=cast["RFE/RL"], text="")
    for n in range(readers):
        claim = ClaimFactory(conflict=conflict, quote=f"Report {n}: 12 soldiers were killed.")
        HopFactory(claim=claim, position=0, actor=cast["RFE/RL"], relation="published", source=source)
    source.text = "Report 0: 12 soldiers were killed."
    with CaptureQueriesContext(connection) as queries:
        source.save()
    # 1 the source, 2 its history row, 3-5 the published claims that show it (in a savepoint: none here),
    # 6 the claims read in it, 7 their chains, 8 their figures, then one UPDATE per distinct value of each
    # derived field: 9 last_reporter, 10 quote_check "not_found", 11 quote_check "verified". Never one per claim.
    assert len(queries) == 11
    checks = sorted(Claim.objects.filter(conflict=conflict).values_list("quote_check", flat=True))
    assert checks.count("verified") == 1 and checks.count("not_found") == readers - 1

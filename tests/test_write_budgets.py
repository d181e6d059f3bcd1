"""Every write costs a fixed number of queries, whatever the size of the tables and the length of the chain:
the admin's save of a claim, each review transition, bulk publication (a fixed number per claim) and the
import (a fixed number per batch). The expected queries are listed with each count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import importing, services
from claims.services import transition_claim, transition_claims, writing
from tests.conftest import admin_form_data
from tests.test_import import jsonl, row, run

pytestmark = pytest.mark.django_db

# PostgreSQL takes advisory locks where SQLite's IMMEDIATE transaction already holds the only write lock: the
# counts lock (shared) and the quantities' locks on every write; the feed's lock when the feed is written, taken
# once before reading which published parts a claim entering or leaving the published set shows in, and again
# (a no-op, but a query) where the feed's entries are written.
ON_POSTGRESQL = connection.vendor == "postgresql"


def locks(*, feed: bool) -> int:
    return (2 + 2 * feed) if ON_POSTGRESQL else 0


def carried(kinds: int) -> int:
    """The statements that have feed entries carry their records' documents, per kind of record the feed is
    written for: folded into the entries' own DELETE and INSERT on PostgreSQL (writes in WITH), which SQLite
    lacks: there, a DELETE and an INSERT more."""
    return 0 if ON_POSTGRESQL else 2 * kinds


def count(call) -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as captured:
        call()
    return len(captured), [q["sql"][:70] for q in captured]


def change_page(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


@pytest.mark.parametrize("hops", [3, 6])
def test_saving_a_claim_and_its_chain_in_the_admin_costs_a_fixed_number_of_queries(
    editor_client, claim_with_chain, editor, hops, monkeypatch
):
    claim = claim_with_chain(hops=hops, created_by=editor)
    source = claim.chain.last().source
    source.text = "The ministry said 14 soldiers were killed."
    services.save_source(source)
    data = admin_form_data(editor_client.get(change_page(claim)))
    data["high"] = data["best"] = data["low"] = "14"
    data[f"chain-{hops - 1}-words"] = "fourteen"
    checked = []
    monkeypatch.setattr(writing, "quote_found_in", lambda *args: checked.append(args) or True)
    queries, sql = count(lambda: editor_client.post(change_page(claim), data))
    # 1 session, 2 user, 3 savepoint, 4 the claim with conflict and originator, 5-6 permissions; the form:
    # 7 the claim's sides, 8 the sides posted, 9 the claim's row lock, 10 its latest version; the chain: 11
    # its hops, 12 their actors, 13 their sources; 14 the parts the claim is the total of (its figure changed).
    # The write: 15 the originators' roots, 16 the quantity, 17 the source text, 18 the claim's UPDATE, 19-20
    # its chain replaced, 21 its version. Then 22 the claim and 23 the same origin's figures (for the "may
    # revise" hint), 24 the admin's log entry, 25 release.
    assert queries == 25 + locks(feed=False), "\n".join(sql)
    assert queries <= 30  # the budget
    assert len(checked) == 1  # the quote was checked once, against the source the chain now ends with


def test_recording_a_new_claim_with_a_three_hop_chain_costs_a_fixed_number_of_queries(
    editor_client, claim_with_chain, editor
):
    model = claim_with_chain(hops=3, created_by=editor)  # a claim to copy the form from
    data = admin_form_data(editor_client.get(change_page(model)))
    new = {k: v for k, v in data.items() if not k.startswith("chain-") or not k.endswith(("-id", "-claim"))}
    new |= {"chain-INITIAL_FORMS": "0", "chain-TOTAL_FORMS": "3", "loaded_version": ""}
    add = reverse("admin:claims_claim_add")
    editor_client.get(add)
    queries, sql = count(lambda: editor_client.post(add, new))
    # 1 session, 2 user, 3 savepoint, 4-5 permissions; the form: 6 its conflict, 7 originator, 8 sides; the
    # chain: 9 its actors, 10 sources. The write: 11 the roots, 12 the quantity, 13 the source text, 14 an
    # id, 15 the claim, 16 its chain, 17 its sides, 18 its version, 19 its quantity's tally, 20 the tallies
    # summed per origin, 21 the stored counts, 22 their UPDATE. 23 the claim and 24 the same origin's latest
    # earlier figure, 25 the log entry, 26 release.
    assert queries == 26 + locks(feed=False), "\n".join(sql)
    assert queries <= 30


@pytest.mark.parametrize(
    ("status", "action", "expected", "feed"),
    [
        # 1 savepoint, 2 the claim's lock, 3 its latest version, 4 the roots, 5 the quantity, 6 the UPDATE,
        # 7 its version, 8 its review event, 9 release; 10-11 the claim and its event, read back. Submitting
        # checks no authors; verifying reads them (+1).
        ("draft", "submit", 11, False),
        ("in_review", "verify", 12, False),
        # Publishing and retracting also change what partners see: the claims it corrects (publish only),
        # the tally, the tallies summed per origin, the stored counts and their UPDATE, the empty tallies
        # removed (retract only: a tally went down); the estimate: the quantity's published figures, its
        # stored estimate, its UPDATE and its new version; the published parts of the claim (which show it
        # only while it is published); the quantities partners see, their incidents; the claim's stored
        # partner document (the old one removed, then, when it is published: its row, sides and chain read
        # and the new one inserted; retracted: its row found unpublished); the quantity's stored document
        # likewise (removed; published: its row, tallies and the actors it names read, the new one
        # inserted; retracted: its row found no longer shown); whether a webhook subscription wants events
        # (1); and the feed's entries for the claim and its quantity (2 each).
        ("verified", "publish", 39, True),
        ("published", "retract", 32, True),
    ],
)
def test_each_review_transition_costs_a_fixed_number_of_queries(
    claim_in, editor, second_reviewer, status, action, expected, feed
):
    claim = claim_in(status)
    by = editor if action == "submit" else second_reviewer
    transition_claim(claim_in(status), action, by=by, note="Checked.")  # the permission caches are warm
    queries, sql = count(lambda: transition_claim(claim, action, by=by, note="Checked."))
    assert queries == expected + locks(feed=feed) + carried(2 * feed), "\n".join(
        sql
    )  # the claim's, quantity's


def test_publishing_in_bulk_costs_one_query_more_per_claim(claim_in, second_reviewer):
    claims = [claim_in("verified") for _ in range(7)]
    transition_claims(claims[:1], "publish", by=second_reviewer)  # the permission caches are warm
    two, _ = count(lambda: transition_claims(claims[1:3], "publish", by=second_reviewer))
    four, sql = count(lambda: transition_claims(claims[3:], "publish", by=second_reviewer))
    assert four - two == 2  # each claim's UPDATE; everything else is one query for all of them
    assert two == 38 + locks(feed=True) + carried(2), "\n".join(
        sql
    )  # the publish above: documents, webhooks' query


# Rows of many quantities (metric, population, sides) from two origins through three outlets.
SPREAD = [
    {"metric": metric, "population": population, "sides": sides, "originator": origin, "chain": chain}
    for metric in ("killed", "wounded", "missing")
    for population in ("all", "civilian")
    for sides in (["Armenia"], ["Armenia", "Azerbaijan"])
    for origin, chain in [
        ("Russia", [{"actor": "Russia", "relation": "stated"}, {"actor": "TASS", "relation": "published"}]),
        ("Russia", [{"actor": "Russia", "relation": "stated"}, {"actor": "RFE/RL", "relation": "published"}]),
        ("Armenia", [{"actor": "Armenia", "relation": "stated"}]),
    ]
]


def spread_rows(start: int, count: int) -> list[dict]:
    return [
        row(n, status="published", rating="confirmed", **SPREAD[n % len(SPREAD)])
        for n in range(start, start + count)
    ]


def test_an_import_costs_a_fixed_number_of_queries_per_batch(known, monkeypatch):
    run(
        jsonl(*spread_rows(0, len(SPREAD))), trusted=True
    )  # its quantities exist: the imports only count in them
    monkeypatch.setattr(importing, "BATCH", 40)
    one, _ = count(lambda: run(jsonl(*spread_rows(100, 40)), trusted=True))
    two, _ = count(lambda: run(jsonl(*spread_rows(200, 80)), trusted=True))
    three, sql = count(lambda: run(jsonl(*spread_rows(300, 120)), trusted=True))
    assert two - one == three - two > 0, "\n".join(sql)  # a fixed number per batch...
    # ...whatever the number of rows, and of quantities (12) and tallies they touch: per batch, the roots,
    # quantities, ids, the claims, hops, sides and versions, the tallies, their sums per origin, the stored
    # counts and their UPDATE, the estimates' figures, stored estimates, their UPDATE and versions, and a
    # lookup of the rows' external ids (per 40 here). The feed is written once for the whole import: partners
    # are told of it once.
    assert two - one == 16 + (2 if ON_POSTGRESQL else 0), "\n".join(sql)


def test_equal_quantity_keys_take_the_same_lock_whatever_their_types():
    from claims.models import Metric, Population
    from claims.services.counting import Key, key_hash

    # A claim made in code carries its defaults as choices (Population.ALL); a form gives plain text ("all").
    def key(metric, population):
        return Key(3, None, metric, population, "all", "1,2", None, "donetsk").text()

    assert key_hash(key(Metric.KILLED, Population.ALL)) == key_hash(key("killed", "all"))
    assert key_hash(key("killed", "all")) != key_hash(key("killed", "civilian"))

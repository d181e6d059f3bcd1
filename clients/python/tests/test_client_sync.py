"""client.sync(path): a local SQLite copy of the published set, from the change feed of the live API."""

import json
import sqlite3

import pandas as pd
import pytest
from casualty_client import ClientError, ConnectionFailed, claims_frame, estimates_frame, last_seq, load

from claims.models import FeedEntry
from claims.services import retract_claim
from tests.factories import ClaimFactory, user_in


def by_id(records) -> dict:
    return {record["id"]: record for record in records}


def assert_copy_is_the_published_set(api, path) -> None:
    """The copy holds exactly what the API's lists show now, record for record, JSON for JSON."""
    assert by_id(load(path, "claims")) == by_id(api.claims(page_size=1000))
    assert by_id(load(path, "estimates")) == by_id(api.estimates(page_size=1000))
    assert by_id(load(path, "incidents")) == by_id(api.incidents(page_size=1000))


def test_a_sync_from_scratch_copies_the_published_set_with_its_columns(api, demo, tmp_path):
    path = tmp_path / "copy.sqlite3"
    result = api.sync(path, page_size=7)

    assert result.started_from == 0
    assert result.last_seq == last_seq(path) == FeedEntry.objects.order_by("-seq").first().seq
    assert result.pages > 1 and result.upserts > 0
    assert_copy_is_the_published_set(api, path)

    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    claim = next(api.claims(metric="killed"))
    row = db.execute("SELECT * FROM claims WHERE id = ?", [claim["id"]]).fetchone()
    assert json.loads(row["json"]) == claim
    assert (row["conflict"], row["metric"], row["high"], row["originator"], row["quantity_id"]) == (
        claim["conflict"]["slug"],
        "killed",
        claim["figure"]["high"],
        claim["originator"]["name"],
        claim["quantity"],
    )
    joined = db.execute(
        "SELECT count(*) FROM claims JOIN estimates ON estimates.id = claims.quantity_id"
    ).fetchone()[0]
    assert (
        joined == db.execute("SELECT count(*) FROM claims").fetchone()[0]
    )  # every claim's estimate is there
    located = db.execute("SELECT * FROM incidents WHERE latitude IS NOT NULL").fetchone()
    assert located["kind"] and located["conflict"] == "nagorno-karabakh-2020"
    db.close()


def test_an_interrupted_sync_resumes_where_it_stopped_losing_nothing(
    make_client, failing_at, recording, demo, tmp_path
):
    path = tmp_path / "copy.sqlite3"
    with pytest.raises(ConnectionFailed):
        # Two pages of five arrive, then the third request is cut off.
        make_client(transport=failing_at(3)).sync(path, page_size=5)

    # The two pages are kept, applied, with the position of the second page's last entry.
    entries = list(FeedEntry.objects.order_by("seq"))
    assert last_seq(path) == entries[9].seq
    first_ten = make_client().changes_page(after=0, page_size=10)["results"]
    expected: dict[str, dict] = {"claims": {}, "estimates": {}, "incidents": {}}
    for entry in first_ten:
        table = expected[{"claim": "claims", "quantity": "estimates", "incident": "incidents"}[entry["type"]]]
        if entry["action"] == "upsert":
            table[entry["id"]] = entry[entry["type"]]
        else:
            table.pop(entry["id"], None)
    assert {table: by_id(load(path, table)) for table in expected} == expected

    client = make_client(transport=recording)
    result = client.sync(path, page_size=5)
    assert result.started_from == entries[9].seq
    assert recording.urls[0].params["after"] == str(entries[9].seq)
    assert result.upserts + result.deletes == len(entries) - 10  # each remaining change once, none repeated
    assert_copy_is_the_published_set(client, path)


def test_a_page_another_process_overtook_is_dropped_not_applied(make_client, recording_with, demo, tmp_path):
    """Two syncs of one file at once (two cron jobs): while one waits for its second page, the other brings the
    file fully up to date. The late page is older than the file, so it is dropped, and the run goes on from
    the other's position instead of writing old records and an old position over newer ones."""
    path = tmp_path / "copy.sqlite3"
    other = make_client()
    slow = recording_with({2: lambda request: other.sync(path, page_size=1000)})
    result = make_client(transport=slow).sync(path, page_size=5)

    entries = list(FeedEntry.objects.order_by("seq"))
    newest = entries[-1].seq
    assert [url.params["after"] for url in slow.urls] == ["0", str(entries[4].seq), str(newest)]
    assert result.changes == 5  # the first page's; the second page arrived too late to count
    assert result.pages == 2 and result.last_seq == last_seq(path) == newest
    assert_copy_is_the_published_set(other, path)


def test_incremental_syncs_pick_up_a_publication_and_a_retraction(api, tmp_path):
    first = ClaimFactory(status="published")
    path = tmp_path / "copy.sqlite3"
    api.sync(path)
    assert set(by_id(load(path))) == {first.pk}

    second = ClaimFactory(status="published", metric="wounded")
    result = api.sync(path)
    assert result.upserts == 2 and result.deletes == 0  # the claim, and the quantity it counts
    assert set(by_id(load(path))) == {first.pk, second.pk}
    assert_copy_is_the_published_set(api, path)

    retract_claim(first, by=user_in("Reviewers", "client-reviewer"), reason="Withdrawn by its originator.")
    result = api.sync(path)
    assert result.deletes == 2  # the claim, and its quantity, which no published claim counts any more
    assert set(by_id(load(path))) == {second.pk}
    assert_copy_is_the_published_set(api, path)

    result = api.sync(path)  # up to date: one request, nothing applied
    assert (result.pages, result.changes, result.started_from) == (1, 0, result.last_seq)


def test_a_copy_of_another_server_is_refused(api, make_client, tmp_path):
    path = tmp_path / "copy.sqlite3"
    api.sync(path)
    elsewhere = make_client()
    elsewhere.base_url = "https://other.example.org/api/v1/"
    with pytest.raises(ClientError, match="sync into a new file"):
        elsewhere.sync(path)


def test_the_synced_claims_load_as_a_flat_dataframe(api, demo, tmp_path):
    path = tmp_path / "copy.sqlite3"
    api.sync(path)
    claims = claims_frame(path)
    published = by_id(api.claims())
    assert sorted(claims.index) == sorted(published)

    some_id = next(iter(published))
    claim, row = published[some_id], claims.loc[some_id]
    assert row["figure_phrase"] == claim["figure"]["phrase"]
    assert row["conflict_slug"] == claim["conflict"]["slug"]
    assert row["originator_name"] == claim["originator"]["name"]
    assert row["chain"] == claim["chain"]  # lists stay whole, in their cell
    assert row["chain_text"].startswith(claim["chain"][0]["actor"]["name"] + " (")
    assert pd.api.types.is_datetime64_any_dtype(claims["stated_on"])
    assert str(claims["published_at"].dt.tz) == "UTC"
    # Days as researchers filter them: the claims stated in October 2020, as the API's filters count them.
    october = claims[(claims["stated_on"] >= "2020-10-01") & (claims["stated_on"] <= "2020-10-31")]
    in_api = api.claims(stated_after="2020-10-01", stated_before="2020-10-31")
    assert sorted(october.index) == sorted(claim["id"] for claim in in_api)

    estimates = estimates_frame(path)
    assert set(claims["quantity"]) <= set(estimates.index)  # every claim's estimate, to join on
    assert "estimate_low" in estimates.columns

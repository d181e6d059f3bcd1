"""Findings of a hostile review of the releases, the deprecation headers and the review workflow (issue 18).

Each test failed on the code as reviewed and holds now; its docstring says what was wrong."""

import json

import orjson
import pytest
from django.urls import reverse

from claims import releases
from claims.models import Status
from claims.services import transition_claim
from tests.test_webhooks import Receiver, subscribe

pytestmark = pytest.mark.django_db

POSTGRESQL_ONLY = pytest.mark.skipif(
    __import__("django.db").db.connection.vendor != "postgresql",
    reason="PostgreSQL's triggers; run with DATABASE_URL=postgres://...",
)


@pytest.fixture
def receiver(settings):
    """A webhook receiver on 127.0.0.1 (tests/test_webhooks.py's), recording every POST."""
    settings.WEBHOOK_BASE_URL = "http://testserver"
    running = Receiver()
    running.thread.start()
    yield running
    running.httpd.shutdown()
    running.httpd.server_close()


@pytest.fixture
def partner(api_key):
    from claims.models import PartnerKey

    return PartnerKey.objects.get_from_key(api_key).partner


# --- Releases -----------------------------------------------------------------------------------------------------


def test_a_releases_records_and_changelog_do_not_depend_on_the_admin_address_it_was_cut_from(
    api, reviewer_client, claim_in, settings
):
    """With PUBLIC_BASE_URL unset, a release's URLs were written with the address of the admin it was cut from,
    and a record's digest hashed them: two reviewers cutting from two of the site's names (the public one and an
    internal one, both in ALLOWED_HOSTS) produced a changelog in which every claim and estimate "changed" though
    nothing did, and a release whose URLs named the internal host for ever. Unset, the URLs are paths."""
    settings.PUBLIC_BASE_URL = ""
    settings.ALLOWED_HOSTS = ["testserver", "admin.internal.example"]
    claim = claim_in(Status.PUBLISHED)
    claim_in(Status.PUBLISHED)
    cut = reverse("admin:claims_release_cut")
    assert reviewer_client.post(cut).status_code == 302
    assert reviewer_client.post(cut, HTTP_HOST="admin.internal.example").status_code == 302
    response = api.get("/api/v1/releases/2/changelog/")
    log = orjson.loads(b"".join(response.streaming_content))
    assert log["claims"]["changed"] == [] and log["estimates"]["changed"] == [], log
    jsonl = b"".join(api.get("/api/v1/releases/2/jsonl/").streaming_content)
    assert b"admin.internal.example" not in jsonl
    records = [orjson.loads(line) for line in jsonl.splitlines()]
    assert records[1]["claim"]["url"] == f"/api/v1/claims/{claim.pk}/"


def test_setting_or_moving_the_public_address_changes_no_record(api, claim_in, settings):
    """A record's digest hashes its URLs as paths: the site's address in front of them is not what it says, so
    configuring PUBLIC_BASE_URL, or moving the site to another address, does not call every record changed."""
    claim = claim_in(Status.PUBLISHED)
    releases.cut("")
    releases.cut("https://provenance.example.org/")
    second = releases.cut("https://tracker.example.net/data/")
    assert second.changes["claims"] == {"added": 0, "changed": 0, "removed": 0}
    assert second.changes["estimates"] == {"added": 0, "changed": 0, "removed": 0}
    jsonl = b"".join(api.get("/api/v1/releases/3/jsonl/").streaming_content)
    record = orjson.loads(jsonl.splitlines()[1])
    # The base URL's own path is kept: a site served under /data/.
    assert record["claim"]["url"] == f"https://tracker.example.net/data/api/v1/claims/{claim.pk}/"


def test_a_not_modified_release_file_sends_no_content_length(api, claim_in):
    """A 304 to If-None-Match said Content-Length: 0 (CommonMiddleware measured the empty 304 after
    ConditionalGetMiddleware made it). RFC 9110 section 8.6: a server MUST NOT send Content-Length in a 304 unless
    it equals the length a 200 would have had; a cache or client that merges the 304's headers into the stored
    download records the file as 0 bytes long."""
    claim_in("published")
    releases.cut("http://testserver/")
    full = api.get("/api/v1/releases/1/jsonl/")
    size = len(b"".join(full.streaming_content))
    again = api.get("/api/v1/releases/1/jsonl/", HTTP_IF_NONE_MATCH=full["ETag"])
    assert again.status_code == 304
    assert not again.has_header("Content-Length") or int(again["Content-Length"]) == size, again[
        "Content-Length"
    ]
    listed = api.get("/api/v1/claims/")
    assert api.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=listed["ETag"]).get("Content-Length") is None


@POSTGRESQL_ONLY
@pytest.mark.django_db(transaction=True)  # the release committed, as a cut's is
def test_the_database_refuses_to_truncate_a_releases_bytes(claim_in):
    """docs/editing-and-review.md: "nothing changes or deletes a release ... (the database refuses it too)". On
    PostgreSQL migration 0032's triggers are row-level BEFORE UPDATE OR DELETE: TRUNCATE fired no row trigger, so
    one statement emptied every release's files while their SHA-256 stayed listed."""
    from django.db import DatabaseError, connection, transaction

    from claims.models import ReleaseChunk

    claim_in("published")
    releases.cut("http://testserver/")
    for table in ("claims_releasechunk", "claims_releasefile", "claims_release"):
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(f"TRUNCATE {table} CASCADE")
                emptied = True
                raise RuntimeError("roll back")  # leave the database as it was
        except DatabaseError as refused:
            emptied = False
            assert "A release never changes" in str(refused)
        except RuntimeError:
            pass
        assert not emptied, f"TRUNCATE emptied {table}"
    assert ReleaseChunk.objects.exists()


@POSTGRESQL_ONLY
@pytest.mark.django_db(transaction=True)
def test_flush_still_empties_a_database_holding_releases(claim_in):
    """`manage.py flush` empties the whole database on purpose (and the test database between transactional
    tests): it alone may TRUNCATE the release tables, and a TRUNCATE after it is refused again."""
    from django.core.management import call_command
    from django.db import DatabaseError, connection, transaction

    from claims.models import Release

    claim_in("published")
    releases.cut("http://testserver/")
    call_command("flush", interactive=False, verbosity=0)
    assert not Release.objects.exists()
    with (
        pytest.raises(DatabaseError, match="A release never changes"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("TRUNCATE claims_releasechunk")


# --- Deprecation ----------------------------------------------------------------------------------------------


def test_an_unknown_address_under_the_deprecated_quantities_carries_the_deprecation(api, claim_in):
    """docs/api.md: the deprecated endpoint answers "on every request (errors included)" with Deprecation, Sunset
    and a successor Link. An address under /api/v1/quantities/ whose id is not digits was answered by the API's
    catch-all 404 without them: a client probing the old name was not warned."""
    claim_in("published")
    assert api.get("/api/v1/quantities/").has_header("Deprecation")
    answer = api.get("/api/v1/quantities/abc/")
    assert answer.status_code == 404
    assert answer.has_header("Deprecation") and answer.has_header("Sunset"), dict(answer.items())
    assert answer["Link"] == '<http://testserver/api/v1/estimates/>; rel="successor-version"'
    assert not api.get("/api/v1/nothing-here/").has_header("Deprecation")


def test_a_not_modified_answer_of_the_deprecated_endpoint_still_warns(api, claim_in):
    """On "every request": a client that polls /api/v1/quantities/ with If-None-Match (as a sync does) gets 304s,
    and ConditionalGetMiddleware's 304 kept only Cache-Control, ETag, Vary and the like: no Deprecation, Sunset
    nor successor Link. Such a client was never warned until the sunset day, when the endpoint answers 404."""
    claim_in("published")
    first = api.get("/api/v1/quantities/")
    assert first.has_header("Deprecation") and first.has_header("ETag")
    again = api.get("/api/v1/quantities/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.has_header("Deprecation") and again.has_header("Sunset"), dict(again.items())
    assert again["Link"] == first["Link"]


def test_a_deprecated_detail_names_its_own_successor(api, claim_in):
    """docs/api.md: Link: <...>; rel="successor-version" names "what replaces it". For /api/v1/quantities/5/ that
    is /api/v1/estimates/5/; the header named the estimates list for every address under the old name."""
    claim = claim_in("published")
    answer = api.get(f"/api/v1/quantities/{claim.quantity_id}/")
    assert answer.status_code == 200
    assert f"/api/v1/estimates/{claim.quantity_id}/>" in answer["Link"], answer["Link"]


# --- Corrections --------------------------------------------------------------------------------------------------


def test_the_review_log_note_of_a_corrections_publication_is_not_sent_to_partners(
    api, partner, receiver, claim_in, editor, second_reviewer, django_capture_on_commit_callbacks
):
    """The claim page's review panel asks for a "Note for the review log" (the log staff read: who, when, from,
    to, note). Publishing a correction copied that note into the old claim's retraction_reason, which every
    subscribed partner is POSTed in the claim.retracted event (and the API's 410 shows), though docs/api.md
    promises "drafts, reviews and notes never leave the newsroom". The reason is now fixed: "Corrected by claim
    #N."; the note stays in the review log."""
    from claims import services
    from claims.services import correct_claim
    from tests.factories import rewrite

    published = claim_in("published")
    subscribe(partner, receiver.url(), events=["claim.retracted"])
    correction = correct_claim(published, by=editor)
    correction = rewrite(correction, by=editor, low=13, best=13, high=13, reason="13, per the statement.")
    for action in ("submit", "verify"):
        transition_claim(correction, action, by=editor if action == "submit" else second_reviewer)
    note = "Internal: our ministry contact J. Doe admitted the first figure was a guess."
    with django_capture_on_commit_callbacks(execute=True):
        services.publish_claim(correction, by=second_reviewer, rating="corroborated", note=note)
    [retracted] = [json.loads(r["body"]) for r in receiver.received]
    assert retracted["data"]["retraction_reason"] == f"Corrected by claim #{correction.pk}."
    assert api.get(f"/api/v1/claims/{published.pk}/").json()["retraction_reason"] == (
        f"Corrected by claim #{correction.pk}."
    )
    assert correction.review_events.last().note == note  # the review log keeps it

"""Releases of the dataset (issue 18): cut in the worker, never changed, with an exact changelog, files whose bytes
match their SHA-256 and what the API served, and nothing partners may not see."""

import csv
import hashlib
import io

import orjson
import pytest
from django.db import DatabaseError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims import releases, services
from claims.api.documents import render_all
from claims.models import (
    Actor,
    Claim,
    Incident,
    Release,
    ReleaseChanged,
    ReleaseChunk,
    ReleaseCut,
    ReleaseFile,
    Status,
)
from tests.capture_server import run_worker
from tests.factories import ActorFactory, ConflictFactory, review_into

BASE = "http://testserver/"
CUT = reverse("admin:claims_release_cut")
LIST = reverse("admin:claims_release_changelist")


def download(api, number: int, name: str):
    """Return the response and the bytes of one of a release's files."""
    response = api.get(f"/api/v1/releases/{number}/{name}/")
    assert response.status_code == 200, response.content
    return response, b"".join(response.streaming_content)


def lines_of(data: bytes) -> list[dict]:
    return [orjson.loads(line) for line in data.splitlines()]


def changelog(api, number: int) -> dict:
    return orjson.loads(download(api, number, "changelog")[1])


# Cutting ---------------------------------------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_reviewer_cuts_a_release_which_the_worker_renders(
    reviewer_client, claim_in, database_tasks, settings
):
    from django_tasks_db.models import DBTaskResult

    settings.PUBLIC_BASE_URL = BASE
    published = claim_in(Status.PUBLISHED)
    response = reviewer_client.post(CUT)
    assert response.status_code == 302
    cut = ReleaseCut.objects.get()
    assert cut.state == "queued" and cut.base_url == BASE and DBTaskResult.objects.count() == 1
    assert not Release.objects.exists()
    page = reviewer_client.get(LIST)
    assert b"Latest cuts" in page.content and b"queued" in page.content

    run_worker()

    cut.refresh_from_db()
    assert cut.state == "done" and cut.finished_at is not None, cut.message
    assert cut.release.number == 1
    assert cut.release.counts == {"claims": 1, "incidents": 0, "estimates": 1}
    assert "Release 1: 1 claims" in cut.message
    page = reviewer_client.get(LIST)
    assert b"done" in page.content and reverse("api:release-jsonl", args=[1]).encode() in page.content
    records = lines_of(download(reviewer_client, 1, "jsonl")[1])
    assert [(r["type"], r.get("id")) for r in records] == [
        ("release", None),
        ("claim", published.pk),
        ("estimate", published.quantity_id),
    ]


def test_only_reviewers_cut_releases(client, editor_client, editor, reviewer, database_tasks):
    assert editor_client.post(CUT).status_code == 403  # a forged POST: editors may read, not cut
    assert editor_client.get(LIST).status_code == 200
    assert b"Cut a release" not in editor_client.get(LIST).content
    client.force_login(reviewer)
    assert client.get(CUT).status_code == 405
    assert not ReleaseCut.objects.exists()
    client.logout()
    assert client.post(CUT).status_code == 302  # to the login page
    assert not ReleaseCut.objects.exists()


def test_pressing_cut_twice_queues_one_cut(reviewer_client, database_tasks):
    reviewer_client.post(CUT)
    response = reviewer_client.post(CUT, follow=True)
    assert "already queued" in response.content.decode()
    assert ReleaseCut.objects.count() == 1


def test_the_immediate_backend_cuts_at_once_and_the_next_cut_is_numbered_next(reviewer_client, claim_in):
    claim_in(Status.PUBLISHED)
    reviewer_client.post(CUT)
    reviewer_client.post(CUT)
    assert list(Release.objects.values_list("number", "previous")) == [(2, 1), (1, None)]
    assert list(ReleaseCut.objects.values_list("state", flat=True)) == ["done", "done"]


# Never changed ---------------------------------------------------------------------------------------------------------


def test_a_release_refuses_every_change_and_deletion(reviewer_client, claim_in):
    claim_in(Status.PUBLISHED)
    release = releases.cut(BASE)
    file = release.files.get(kind="jsonl")
    chunk = ReleaseChunk.objects.filter(release=release).first()
    for record in (release, file, chunk):
        with pytest.raises(ReleaseChanged):
            record.save()
        with pytest.raises(ReleaseChanged):
            record.delete()
        with pytest.raises(ReleaseChanged):
            type(record).objects.filter(pk=record.pk).update(pk=record.pk)
        with pytest.raises(ReleaseChanged):
            type(record).objects.filter(pk=record.pk).delete()
    # The database refuses too, whatever bypasses the models.
    for table, column, value in (
        ("claims_release", "counts", "{}"),
        ("claims_releasefile", "sha256", "0" * 64),
        ("claims_releasechunk", "data", b"forged"),
    ):
        with (
            pytest.raises(DatabaseError, match="never changes"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(f"UPDATE {table} SET {column} = %s", [value])
    if connection.vendor == "postgresql":
        with (
            pytest.raises(DatabaseError, match="never changes"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute("DELETE FROM claims_releasechunk")
    # The admin has no change or delete: forged POSTs are refused.
    change = reverse("admin:claims_release_change", args=[release.number])
    delete = reverse("admin:claims_release_delete", args=[release.number])
    assert reviewer_client.post(change, {"counts": "{}"}).status_code == 403
    assert reviewer_client.post(delete, {"post": "yes"}).status_code == 403
    assert reviewer_client.get(change).status_code == 200  # it may be read
    unchanged = Release.objects.get()
    assert unchanged.counts == release.counts
    assert b"".join(releases.chunks_of(1, "jsonl", file.chunks)) == b"".join(
        releases.chunks_of(1, "jsonl", ReleaseFile.objects.get(pk=file.pk).chunks)
    )
    assert releases.cut(BASE).number == 2


# The changelog ---------------------------------------------------------------------------------------------------------


def ids(log: dict, kind: str) -> dict:
    return {change: sorted(log[kind][change]) for change in ("added", "changed", "removed")}


def test_the_changelog_follows_publication_correction_and_retraction(api, claim_in, editor, reviewer):
    kept = claim_in(Status.PUBLISHED, conflict=ConflictFactory(slug="one"))
    corrected = claim_in(Status.PUBLISHED, conflict=ConflictFactory(slug="two"))
    retracted = claim_in(Status.PUBLISHED, conflict=ConflictFactory(slug="three"))
    renamed = claim_in(Status.PUBLISHED, conflict=ConflictFactory(slug="four"))
    draft = claim_in(Status.DRAFT, conflict=ConflictFactory(slug="five"))
    first = releases.cut(BASE)
    log = changelog(api, 1)
    assert ids(log, "claims") == {
        "added": sorted([kept.pk, corrected.pk, retracted.pk, renamed.pk]),
        "changed": [],
        "removed": [],
    }
    assert first.changes["claims"] == {"added": 4, "changed": 0, "removed": 0}

    correction = services.correct_claim(Claim.objects.get(pk=corrected.pk), by=editor, reason="A typo")
    review_into(correction, Status.PUBLISHED)  # retracts the corrected claim
    services.retract_claim(Claim.objects.get(pk=retracted.pk), by=reviewer, reason="Withdrawn")
    actor = Actor.objects.get(pk=renamed.originator_id)
    actor.name = "Renamed ministry"
    services.save_actor(actor)
    newly = claim_in(Status.PUBLISHED, conflict=ConflictFactory(slug="six"))
    second = releases.cut(BASE)

    log = changelog(api, 2)
    assert log["release"] == 2 and log["previous"] == 1
    assert ids(log, "claims") == {
        "added": sorted([correction.pk, newly.pk]),
        "changed": [renamed.pk],
        "removed": sorted([corrected.pk, retracted.pk]),
    }
    assert second.changes["claims"] == {"added": 2, "changed": 1, "removed": 2}
    assert draft.pk not in log["claims"]["added"]
    # The retracted claim's estimate left the published set; the corrected one's stays, counting its correction.
    assert ids(log, "estimates")["removed"] == [retracted.quantity_id]
    assert corrected.quantity_id not in log["estimates"]["removed"]
    assert newly.quantity_id in log["estimates"]["added"]

    # Nothing changed: an empty changelog.
    releases.cut(BASE)
    assert second.changes != Release.objects.get(number=3).changes
    assert all(not any(changes.values()) for changes in Release.objects.get(number=3).changes.values())


def test_a_claim_retracted_then_republished_unchanged_is_no_change(api, claim_in):
    claim = claim_in(Status.PUBLISHED)
    releases.cut(BASE)
    # Taken out of the published set and put back as it was: written twice, published anew, saying the same.
    Claim.objects.filter(pk=claim.pk).update(
        status=Status.RETRACTED,
        retraction_reason="Checking",
        retracted_at=timezone.now(),
        updated_at=timezone.now(),
    )
    Claim.objects.filter(pk=claim.pk).update(
        status=Status.PUBLISHED,
        retraction_reason="",
        retracted_at=None,
        published_at=timezone.now(),
        updated_at=timezone.now(),
    )
    render_all()  # the UPDATEs go around the write path: render as `manage.py render_documents` does
    second = releases.cut(BASE)
    assert second.changes["claims"] == {"added": 0, "changed": 0, "removed": 0}
    # …but one that says something else is a change.
    Claim.objects.filter(pk=claim.pk).update(quote="The ministry said 13 soldiers were killed.")
    render_all()
    assert releases.cut(BASE).changes["claims"] == {"added": 0, "changed": 1, "removed": 0}
    assert changelog(api, 3)["claims"]["changed"] == [claim.pk]


def test_an_incident_and_its_estimate_leave_the_release_with_their_last_published_claim(
    api, claim_in, reviewer
):
    from claims.models import IncidentKind

    conflict = ConflictFactory(slug="incident-war")
    incident = Incident.objects.create(
        conflict=conflict, name="Shelling", kind=IncidentKind.SHELLING, started_on="2020-10-01", place="Town"
    )
    claim = claim_in(Status.PUBLISHED, conflict=conflict, incident=incident)
    first = releases.cut(BASE)
    assert first.counts == {"claims": 1, "incidents": 1, "estimates": 1}
    services.retract_claim(Claim.objects.get(pk=claim.pk), by=reviewer, reason="Wrong")
    releases.cut(BASE)
    log = changelog(api, 2)
    assert ids(log, "claims")["removed"] == [claim.pk]
    assert ids(log, "incidents")["removed"] == [incident.pk]
    assert ids(log, "estimates")["removed"] == [claim.quantity_id]


# The files -------------------------------------------------------------------------------------------------------------


def test_downloads_are_what_the_api_served_and_match_their_sha256(
    api, claim_in, claim_with_chain, monkeypatch
):
    monkeypatch.setattr(releases, "CHUNK_BYTES", 700)  # files of several chunks
    published = [claim_in(Status.PUBLISHED, conflict=ConflictFactory(slug=f"war-{n}")) for n in range(3)]
    hidden_actor = ActorFactory(name="Known only to drafts")
    hidden = [
        claim_in(Status.DRAFT, originator=hidden_actor),
        claim_in(Status.IN_REVIEW),
        claim_in(Status.VERIFIED),
        claim_in(Status.RETRACTED),
        claim_in(Status.REJECTED),
    ]
    served = {claim.pk: api.get(f"/api/v1/claims/{claim.pk}/").json() for claim in published}
    served_csv = api.get("/api/v1/claims/", {"format": "csv"}).content
    estimates = api.get("/api/v1/estimates/").json()["results"]
    release = releases.cut(BASE)

    detail = api.get("/api/v1/releases/1/").json()
    assert detail["number"] == 1 and detail["previous"] is None
    assert detail["counts"] == {"claims": 3, "incidents": 0, "estimates": 3}
    assert detail["changes"]["claims"] == {"added": 3, "changed": 0, "removed": 0}
    assert set(detail["files"]) == {"jsonl", "csv", "changelog"}
    assert "by" not in str(detail) and "cut" not in detail  # who cut it is internal
    for name, described in detail["files"].items():
        response, data = download(api, 1, name)
        assert hashlib.sha256(data).hexdigest() == described["sha256"]
        assert int(response["Content-Length"]) == len(data) == described["size"]
        assert response["ETag"] == f'"{described["sha256"]}"'
        assert response["Repr-Digest"].startswith("sha-256=:")
        assert described["url"] == f"http://testserver/api/v1/releases/1/{name}/"
        # A client holding the file is told so without its bytes.
        assert api.get(described["url"], HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    assert ReleaseFile.objects.get(release=release, kind="jsonl").chunks > 1

    _, data = download(api, 1, "jsonl")
    records = lines_of(data)
    assert records[0] == {
        "type": "release",
        "number": 1,
        "created_at": detail["created_at"],
        "previous": None,
    }
    claims = {r["id"]: r["claim"] for r in records if r["type"] == "claim"}
    assert claims == served
    assert [r["estimate"] for r in records if r["type"] == "estimate"] == sorted(
        estimates, key=lambda e: e["id"]
    )
    assert download(api, 1, "csv")[1] == served_csv
    assert next(csv.DictReader(io.StringIO(served_csv.decode())))["id"] == str(published[0].pk)
    # Nothing unpublished, nor the name of an actor only unpublished claims show.
    every_file = b"".join(download(api, 1, name)[1] for name in ("jsonl", "csv", "changelog"))
    assert not {claim.pk for claim in hidden} & set(claims)
    assert b"Known only to drafts" not in every_file


# The API ---------------------------------------------------------------------------------------------------------------


def test_the_releases_list_newest_first_in_a_fixed_number_of_queries(
    api, claim_in, django_assert_num_queries
):
    claim_in(Status.PUBLISHED)
    releases.cut(BASE)
    with django_assert_num_queries(3):  # the key, the releases, their files
        one = api.get("/api/v1/releases/").json()
    releases.cut(BASE)
    releases.cut(BASE)
    with django_assert_num_queries(3):
        page = api.get("/api/v1/releases/", {"page_size": 2}).json()
    assert [r["number"] for r in one["results"]] == [1]
    assert [r["number"] for r in page["results"]] == [3, 2]
    rest = api.get(page["next"]).json()
    assert [r["number"] for r in rest["results"]] == [1]
    assert rest["results"][0] == one["results"][0]


@pytest.mark.parametrize(
    "address", ["/api/v1/releases/2/", "/api/v1/releases/0/", "/api/v1/releases/2/jsonl/"]
)
def test_a_release_not_cut_is_a_json_404(api, address):
    response = api.get(address)
    assert response.status_code == 404 and "detail" in response.json()


def test_releases_refuse_unknown_parameters_and_keyless_requests(api, client, db):
    assert api.get("/api/v1/releases/", {"number": "1"}).status_code == 400
    assert api.get("/api/v1/releases/99999999999999999999/").status_code == 404
    client.defaults.pop("HTTP_AUTHORIZATION", None)
    assert client.get("/api/v1/releases/").status_code == 401


def test_only_finished_releases_are_listed(api, claim_in, reviewer, database_tasks):
    claim_in(Status.PUBLISHED)
    releases.request_cut(by=reviewer, base_url=BASE)  # queued, not run
    assert api.get("/api/v1/releases/").json()["results"] == []


# Queries while cutting ---------------------------------------------------------------------------------------------------


def test_a_cut_reads_each_batch_in_a_fixed_number_of_queries(settings, claim_in):
    settings.RELEASE_BATCH_SIZE = 2

    def claim_queries() -> list[str]:
        with CaptureQueriesContext(connection) as context:
            releases.cut(BASE)
        return [q["sql"] for q in context.captured_queries]

    releases.cut(BASE)  # each measured cut compares with a previous release (a digests file of one chunk)
    claim_in(Status.PUBLISHED)
    small = claim_queries()
    for n in range(4):
        claim_in(Status.PUBLISHED, conflict=ConflictFactory(slug=f"batch-{n}"))
    large = claim_queries()
    # 5 claims in batches of 2 is 3 batches, where 1 was 1: two more batches of claims and two more of estimates,
    # a query each (their stored documents).
    assert len(large) - len(small) == 2 * 1 + 2 * 1
    reads = [sql for sql in large if 'FROM "claims_claim"' in sql and "claims_claim_sides" not in sql]
    assert len([sql for sql in reads if "LIMIT 2" in sql]) == 3

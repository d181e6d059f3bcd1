"""Releases of the dataset (issue 18): numbered snapshots of what partners see, which never change once cut.

A release holds every published claim, incident and estimate as the partner API renders them (claims.api.fast),
at one instant: the cut reads inside one transaction, a consistent snapshot (REPEATABLE READ on PostgreSQL,
which does not hold back writers; on SQLite the transaction's write lock, which makes editors' saves wait for the
length of the cut: SQLite installations are small). It renders in batches of RELEASE_BATCH_SIZE records, a fixed
number of queries a batch, and writes its files into ReleaseChunks of about a megabyte as it goes, so that no
more than a batch and a chunk are ever in memory, whatever the number of claims.

Files: `jsonl` (a header line, then one line per record: {"type": "claim", "id": 7, "claim": {...}}), `csv` (the
claims, in the API's CSV columns), `changelog` (the ids added, changed and removed since the previous release)
and `digests` (internal: each record's hash, for the next changelog).

How the changelog is computed: each release keeps, per record, its type, its id and the first 16 bytes of the
SHA-256 of its rendered JSON (the `digests` file, 25 bytes a record, in the order the records were rendered:
by type, then by id). The next cut renders its records in that same order and walks the previous digests beside
them, one merge pass: an id only in the new release was added, one only in the old was removed, one in both
with another hash changed. Hashing what was rendered, rather than reading the change feed's sequence numbers, is
exact: the feed announces a record whenever it was written (a claim retracted then republished, an actor
renamed and renamed back), which is no change if partners see the same JSON; and a feed entry says nothing
about a record announced twice between releases. The hash leaves out the times a record was last written and
published (`updated_at`, `published_at`), which such a round trip moves without changing what the record says,
and the site address in front of its URLs (PUBLIC_BASE_URL, set or moved, is not a change of every record).

Records' URLs start with PUBLIC_BASE_URL, the address partners reach the site at; without it they are paths
(/api/v1/claims/7/). Never the address of the admin a reviewer cut from: a site may answer at several, an
internal one among them, and a release keeps what it was written with for ever.
"""

from __future__ import annotations

import hashlib
import logging
import struct
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import orjson
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django_tasks import task

from .api import documents
from .api.fast import (
    iso_time,
)
from .api.renderers import ClaimCSVRenderer, ORJSONRenderer
from .models import (
    CaptureState,
    Claim,
    Incident,
    Quantity,
    Release,
    ReleaseChunk,
    ReleaseCut,
    ReleaseFile,
    ReleaseFileKind,
)

logger = logging.getLogger(__name__)

# Any constant: the key of the PostgreSQL advisory lock that lets one cut run at a time.
RELEASE_LOCK = 7_301_227
CHUNK_BYTES = 1024 * 1024  # bytes a chunk row holds, the last of a file fewer
# Fields a record's hash leaves out: when it was last written and published, not what it says.
UNHASHED = ("updated_at", "published_at")
# The types of record a release holds, in the order it renders them, with their one-byte code in the digests.
TYPES = {"claim": b"c", "incident": b"i", "estimate": b"e"}
PLURAL = {"claim": "claims", "incident": "incidents", "estimate": "estimates"}
DIGEST = struct.Struct(">cQ16s")  # type code, id, first 16 bytes of the SHA-256: 25 bytes a record
CHANGES = ("added", "changed", "removed")


class SiteAddress:
    """Stands for a request where the renderers need one only to make the records' URLs absolute: a cut runs in
    the worker, with no request, and writes the addresses partners reach the API at. The records are rendered as
    at the site's root (documents.at_the_root()), so a location is a path such as /api/v1/claims/7/, which goes
    after the whole base URL, its own path (a site served under /tracker/) included."""

    def __init__(self, base_url: str) -> None:
        self.base = base_url.rstrip("/")

    def build_absolute_uri(self, location: str) -> str:
        return self.base + location


def release_base_url() -> str:
    """Return the address a release's records' URLs are written with: PUBLIC_BASE_URL, the address partners reach
    the site at, or "" when it is unset, which writes them as paths (/api/v1/claims/7/), as webhook bodies do
    without WEBHOOK_BASE_URL. Never the address of the admin page a reviewer cut it from: the site may have
    several (an internal one among them), and a release, which never changes, would name it for ever."""
    base = settings.PUBLIC_BASE_URL.strip()
    return base.rstrip("/") + "/" if base else ""


# Rendering, a batch at a time ------------------------------------------------------------------------------------


def batch_size() -> int:
    return max(1, settings.RELEASE_BATCH_SIZE)


def claim_batch(after: int, size: int, request) -> list[dict]:
    """Return the partner JSON of the next published claims by id: their stored documents (claims/api/
    documents.py), what the API serves. One query (three more for claims without one)."""
    rows = list(
        Claim.objects.published()
        .filter(pk__gt=after)
        .order_by("pk")
        .values("id", **documents.columns("json"))[:size]
    )
    return orjson.loads(documents.json_array(rows, request)) if rows else []


def incident_batch(after: int, size: int, request) -> list[dict]:
    """Return the partner JSON of the next incidents partners see, by id: their stored documents, as claims'.
    One query (three more for incidents without one)."""
    rows = list(
        Incident.objects.visible_to_partners()
        .filter(pk__gt=after)
        .order_by("pk")
        .values("id", **documents.columns("json"))[:size]
    )
    return orjson.loads(documents.json_array(rows, request, "incident")) if rows else []


def estimate_batch(after: int, size: int, request) -> list[dict]:
    """Return the partner JSON of the next estimates partners see, by id: their stored documents, as claims'.
    One query (three more for estimates without one)."""
    rows = list(
        Quantity.objects.visible_to_partners()
        .filter(pk__gt=after)
        .order_by("pk")
        .values("id", **documents.columns("json"))[:size]
    )
    return orjson.loads(documents.json_array(rows, request, "quantity")) if rows else []


BATCHES: dict[str, Callable[[int, int, object], list[dict]]] = {
    "claim": claim_batch,
    "incident": incident_batch,
    "estimate": estimate_batch,
}


def records(kind: str, request) -> Iterator[list[dict]]:
    """Yield the partner JSON of every record of a type partners see, a batch at a time, by id."""
    size, after = batch_size(), 0
    while True:
        batch = BATCHES[kind](after, size, request)
        if batch:
            yield batch
        if len(batch) < size:
            return
        after = batch[-1]["id"]


def relative(value, base: str):
    """Return a record's JSON with every URL under `base` (no trailing "/") made a path from the site's root."""
    if isinstance(value, str):
        return value[len(base) :] if value.startswith(base + "/") else value
    if isinstance(value, dict):
        return {name: relative(item, base) for name, item in value.items()}
    if isinstance(value, list):
        return [relative(item, base) for item in value]
    return value


def record_digest(record: dict, base_url: str = "") -> bytes:
    """Return the first 16 bytes of the SHA-256 of what a record says (its JSON, keys sorted, UNHASHED left out),
    with its URLs under `base_url` made paths: the address the site is reached at is not what the record says, so
    a release written with another (PUBLIC_BASE_URL set, or changed) does not call every record changed."""
    said = {name: value for name, value in record.items() if name not in UNHASHED}
    base = base_url.rstrip("/")
    if base:
        said = relative(said, base)
    return hashlib.sha256(orjson.dumps(said, option=orjson.OPT_SORT_KEYS)).digest()[:16]


# Files, a chunk at a time ----------------------------------------------------------------------------------------


class ChunkWriter:
    """Write one file of a release into chunk rows of CHUNK_BYTES as its bytes come, hashing them on the way."""

    def __init__(self, number: int, kind: str) -> None:
        self.number, self.kind = number, kind
        self.buffer = bytearray()
        self.sha256 = hashlib.sha256()
        self.size = self.chunks = 0

    def write(self, data: bytes) -> None:
        self.sha256.update(data)
        self.size += len(data)
        self.buffer += data
        while len(self.buffer) >= CHUNK_BYTES:
            self.store(bytes(self.buffer[:CHUNK_BYTES]))
            del self.buffer[:CHUNK_BYTES]

    def store(self, data: bytes) -> None:
        ReleaseChunk.objects.create(release_id=self.number, kind=self.kind, number=self.chunks, data=data)
        self.chunks += 1

    def close(self) -> ReleaseFile:
        """Store what is left and return the file's row, unsaved (its release is written first)."""
        if self.buffer or not self.chunks:
            self.store(bytes(self.buffer))
            self.buffer.clear()
        return ReleaseFile(
            release_id=self.number,
            kind=self.kind,
            size=self.size,
            sha256=self.sha256.hexdigest(),
            chunks=self.chunks,
        )


def chunks_of(number: int, kind: str, count: int) -> Iterator[bytes]:
    """Yield a release file's bytes, a chunk at a time: one query a chunk, never the whole file in memory."""
    for place in range(count):
        data = (
            ReleaseChunk.objects.filter(release_id=number, kind=kind, number=place)
            .values_list("data", flat=True)
            .get()
        )
        yield bytes(data)


def previous_digests(release: Release | None) -> Iterator[tuple[bytes, int, bytes]]:
    """Yield (type code, id, digest) of each record of a release, in the order it was rendered."""
    if release is None:
        return
    stored = release.files.get(kind=ReleaseFileKind.DIGESTS)
    rest = b""
    for data in chunks_of(release.number, ReleaseFileKind.DIGESTS, stored.chunks):
        rest += data
        whole = len(rest) - len(rest) % DIGEST.size
        yield from DIGEST.iter_unpack(rest[:whole])
        rest = rest[whole:]


@dataclass
class Changelog:
    """What changed since the previous release: ids by type and change, as compact arrays of 64-bit ids."""

    ids: dict[str, dict[str, array]] = field(
        default_factory=lambda: {kind: {change: array("q") for change in CHANGES} for kind in TYPES}
    )

    def summary(self) -> dict:
        return {
            PLURAL[kind]: {change: len(ids) for change, ids in changes.items()}
            for kind, changes in self.ids.items()
        }

    def write(self, out: ChunkWriter, number: int, previous: int | None) -> None:
        """Write the changelog as one JSON object, its id lists in slices: never a million ids as one string."""
        out.write(orjson.dumps({"release": number, "previous": previous})[:-1])
        for kind, changes in self.ids.items():
            out.write(b',"' + PLURAL[kind].encode() + b'":{')
            for place, (change, ids) in enumerate(changes.items()):
                out.write((b"," if place else b"") + b'"' + change.encode() + b'":[')
                for start in range(0, len(ids), 10_000):
                    out.write(
                        (b"," if start else b"") + ",".join(map(str, ids[start : start + 10_000])).encode()
                    )
                out.write(b"]")
            out.write(b"}")
        out.write(b"}")


class Comparison:
    """Walk the previous release's digests beside the new records, both by type then id (one merge pass)."""

    def __init__(self, previous: Iterator[tuple[bytes, int, bytes]], changelog: Changelog) -> None:
        self.previous, self.changelog = previous, changelog
        self.waiting = next(self.previous, None)

    def see(self, kind: str, pk: int, digest: bytes) -> None:
        code, ids = TYPES[kind], self.changelog.ids[kind]
        self.removed_before(kind, pk)
        if self.waiting is not None and self.waiting[0] == code and self.waiting[1] == pk:
            if self.waiting[2] != digest:
                ids["changed"].append(pk)
            self.waiting = next(self.previous, None)
        else:
            ids["added"].append(pk)

    def removed_before(self, kind: str, pk: int | None) -> None:
        """Count as removed the previous records of types before `kind`, and of `kind` below `pk` (all, for None)."""
        order = list(TYPES)
        while self.waiting is not None:
            code, old, _ = self.waiting
            old_kind = next(name for name, value in TYPES.items() if value == code)
            if order.index(old_kind) > order.index(kind) or (
                old_kind == kind and pk is not None and old >= pk
            ):
                return
            self.changelog.ids[old_kind]["removed"].append(old)
            self.waiting = next(self.previous, None)


# Cutting ------------------------------------------------------------------------------------------------------------


@contextmanager
def one_cut_at_a_time():
    """Let one cut run at a time: on PostgreSQL with a session advisory lock, taken before the cut's transaction
    so that its snapshot sees the release the previous cut committed; on SQLite the cut's IMMEDIATE transaction
    already serialises every writer."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [RELEASE_LOCK])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [RELEASE_LOCK])


def cut(base_url: str) -> Release:
    """Render every record partners see into a new release, with its changelog; return it once it is written.

    Queries: a fixed few, then at most three a batch of records, and one insert a chunk of about a megabyte.
    """
    with one_cut_at_a_time():
        outermost = not connection.in_atomic_block
        with transaction.atomic():
            if outermost and connection.vendor == "postgresql":
                # One snapshot for the whole cut: a claim published meanwhile is in neither the claims nor the
                # estimates, not in one and not the other.
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            return write_release(base_url)


def write_release(base_url: str) -> Release:
    """Write the next release, in the transaction the caller holds."""
    previous = Release.objects.order_by("-number").first()
    number = previous.number + 1 if previous else 1
    created_at = timezone.now()
    request = SiteAddress(base_url)
    jsonl, csv_file, digests = (
        ChunkWriter(number, ReleaseFileKind.JSONL),
        ChunkWriter(number, ReleaseFileKind.CSV),
        ChunkWriter(number, ReleaseFileKind.DIGESTS),
    )
    header = {
        "type": "release",
        "number": number,
        "created_at": iso_time(created_at, timezone.get_current_timezone()),
        "previous": previous.number if previous else None,
    }
    renderer, csv_renderer = ORJSONRenderer(), ClaimCSVRenderer()
    jsonl.write(renderer.render(header) + b"\n")
    csv_header = csv_renderer.render([])
    csv_file.write(csv_header)
    changelog = Changelog()
    comparison = Comparison(previous_digests(previous), changelog)
    counts = dict.fromkeys(PLURAL.values(), 0)
    # Rendered as at the site's root whatever script prefix the cut runs under (an admin request under a
    # sub-path, with the immediate task backend): SiteAddress puts the whole base URL in front of the paths.
    with documents.at_the_root():
        for kind in TYPES:
            for batch in records(kind, request):
                counts[PLURAL[kind]] += len(batch)
                lines = []
                for record in batch:
                    lines.append(renderer.render({"type": kind, "id": record["id"], kind: record}))
                    digest = record_digest(record, base_url)
                    comparison.see(kind, record["id"], digest)
                    digests.write(DIGEST.pack(TYPES[kind], record["id"], digest))
                jsonl.write(b"\n".join(lines) + b"\n")
                if kind == "claim":
                    csv_file.write(csv_renderer.render(batch)[len(csv_header) :])
            comparison.removed_before(kind, None)
    changes = ChunkWriter(number, ReleaseFileKind.CHANGELOG)
    changelog.write(changes, number, previous.number if previous else None)
    release = Release.objects.create(
        number=number,
        created_at=created_at,
        previous=previous.number if previous else None,
        base_url=base_url,
        counts=counts,
        changes=changelog.summary(),
    )
    ReleaseFile.objects.bulk_create([writer.close() for writer in (jsonl, csv_file, changes, digests)])
    return release


# The background task ----------------------------------------------------------------------------------------------


class CutRefused(Exception):
    """A cut the rules refuse (one is already queued); the message says why."""


def request_cut(*, by, base_url: str) -> ReleaseCut:
    """Queue a cut for the task worker and return it. Raises CutRefused when one is already queued."""
    from django.db import IntegrityError

    try:
        with transaction.atomic():
            queued = ReleaseCut.objects.create(
                requested_by=by, requested_at=timezone.now(), base_url=base_url
            )
            # Queued in this transaction: the database backend's row commits (or not) with the cut's, so a
            # worker never sees one without the other; the immediate backend (tests) runs it here.
            cut_release.enqueue(queued.pk)
    except IntegrityError:
        raise CutRefused("A release is already queued to be cut: wait for it to finish.") from None
    return queued


@task()
def cut_release(cut_id: int) -> str:
    """Cut the release a ReleaseCut asks for, and record how it went on the cut."""
    # Only one worker runs a cut: the one whose compare-and-set moves it from queued to running.
    started = ReleaseCut.objects.filter(pk=cut_id, state=CaptureState.QUEUED).update(
        state=CaptureState.RUNNING
    )
    if not started:
        return "already taken"
    base_url = ReleaseCut.objects.values_list("base_url", flat=True).get(pk=cut_id)
    try:
        release = cut(base_url)
    except Exception:
        logger.exception("Release cut %s failed", cut_id)
        finish(cut_id, CaptureState.FAILED, "An unexpected error stopped the cut; it is in the server's log.")
        raise
    counts = ", ".join(f"{count:,} {name}" for name, count in release.counts.items())
    finish(cut_id, CaptureState.DONE, f"Release {release.number}: {counts}.", release=release)
    return "done"


def finish(cut_id: int, state: str, message: str, release: Release | None = None) -> None:
    ReleaseCut.objects.filter(pk=cut_id).update(
        state=state, message=message, finished_at=timezone.now(), release=release
    )

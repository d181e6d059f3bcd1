"""Capture a source's document and fill the source from it (issue 17).

The network is read before any transaction opens; the capture is stored and its source filled in one. A field the
editor corrected (it differs from what the previous capture read) is kept; the others follow the document.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone

from ..capture import CaptureError, Fetched, extract, fetch
from ..capture.extracting import Extracted, ExtractionError
from ..capture.fetching import refuse_private_literal
from ..models import (
    Actor,
    ActorKind,
    Capture,
    CaptureKind,
    CaptureRequest,
    CaptureState,
    Source,
    normalise_url,
)
from .editing import save_source

# A source's address: at most Source.url's 2,000 characters, and as many bytes (PostgreSQL's unique index on it holds
# at most about 2,700 bytes a row: 2,000 characters of Chinese would not fit).
MAX_URL_LENGTH = 2_000
MAX_URL_BYTES = 2_000
# What a capture fills in its source, in the order the admin lists them.
FILLED_FIELDS = ("title", "published_on", "language", "text")
FIELD_NAMES = {"title": "title", "published_on": "publication date", "language": "language", "text": "text"}


@dataclass
class CaptureResult:
    """A stored capture, its source, and what the capture changed in the source or left as the editor had it."""

    source: Source
    capture: Capture
    created_source: bool = False
    filled: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """Return one line saying what was stored and filled."""
        parts = [f"Captured {self.capture.size:,} bytes (SHA-256 {self.capture.sha256[:12]}…)"]
        if self.filled:
            parts.append("filled " + ", ".join(FIELD_NAMES[name] for name in self.filled))
        if self.kept:
            parts.append("kept your " + ", ".join(FIELD_NAMES[name] for name in self.kept))
        return "; ".join(parts) + "." + "".join(f" {note}" for note in self.notes)


def check_capturable(url: str) -> str:
    """Return a URL an editor typed, stripped; raise CaptureError when it is no http(s) address."""
    url = url.strip()
    try:
        URLValidator(schemes=["http", "https"])(url)
        if urlsplit(url).port == 0:  # (a port past 65535 raises ValueError; port 0 is no port to fetch)
            raise ValueError
    except (ValidationError, ValueError):
        raise CaptureError(f"“{url[:200]}” is not an http or https address.") from None
    stored = normalise_url(url)
    if len(stored) > MAX_URL_LENGTH or len(stored.encode()) > MAX_URL_BYTES:
        raise CaptureError(
            f"The address is {len(stored):,} characters long once written as a source keeps it (its query "
            f"encoded); a source's address holds at most {MAX_URL_LENGTH:,}."
        )
    refuse_private_literal(url)
    return url


def capture_source(source: Source, *, user=None) -> CaptureResult:
    """Fetch a source's URL and store what it answered as a new capture of it, filling the source."""
    fetched = fetch(check_capturable(source.url))
    return _store(source, fetched=fetched, user=user)


def request_capture(source: Source, *, user=None) -> CaptureRequest:
    """Queue a capture of a source from its URL for the task worker; return the request, whose state the admin
    shows (the one already queued, if any: pressing the button twice queues one capture)."""
    return _queue(source, user)[0]


PENDING_STATES = [CaptureState.QUEUED, CaptureState.RUNNING]


def _fail_lost_requests(source: Source, now) -> None:
    """Fail the source's fetches no worker finished within CAPTURE_REQUEST_STALE_MINUTES (no worker ran, or it
    died), so that the source can be captured again and the editor sees why (one UPDATE). An upload waits however
    long the queue is: its file is the editor's, and nothing else waits for it."""
    CaptureRequest.objects.filter(
        source=source,
        kind=CaptureKind.FETCHED,
        state__in=PENDING_STATES,
        requested_at__lt=now - timedelta(minutes=settings.CAPTURE_REQUEST_STALE_MINUTES),
    ).update(
        state=CaptureState.FAILED,
        finished_at=now,
        message=f"No worker finished this capture within {settings.CAPTURE_REQUEST_STALE_MINUTES} minutes: is "
        "`manage.py db_worker` running? Capture it again.",
    )


def _queue(source: Source, user=None) -> tuple[CaptureRequest, bool]:
    """Return the source's pending capture request, or a new one queued, and whether it is new. Queries: the lost
    requests failed (an UPDATE), the pending one, else an INSERT and the task's."""
    now = timezone.now()
    _fail_lost_requests(source, now)
    pending_fetches = CaptureRequest.objects.filter(
        source=source, state__in=PENDING_STATES, kind=CaptureKind.FETCHED
    )
    pending = pending_fetches.first()
    if pending is not None:
        return pending, False
    try:
        with transaction.atomic():
            request = CaptureRequest.objects.create(
                source=source,
                requested_by=user if user is not None and user.is_authenticated else None,
                requested_at=now,
            )
    except IntegrityError:  # queued by someone else a moment ago (one pending fetch a source: a constraint)
        return pending_fetches.get(), False
    _enqueue(request)
    return request, True


def _enqueue(request: CaptureRequest) -> None:
    from ..tasks import capture_requested

    # Queued in this transaction: the database backend's row commits (or not) with the request's, so a worker never
    # sees one without the other; the immediate backend (tests) runs it here, where the request's row is visible.
    capture_requested.enqueue(request.pk)


def request_upload(
    source: Source, *, body: bytes, filename: str, content_type: str = "", user=None
) -> CaptureRequest:
    """Queue an uploaded copy of a source's document for the task worker, which reads its text and stores it as a
    capture (reading a long PDF or page takes seconds: not in the editor's request). Raise CaptureError for a file
    that is empty or too large. Queries: the lost requests failed, the INSERT and the task's."""
    _check_upload(body)
    digest = hashlib.sha256(body).hexdigest()
    stored_as = _store_bytes(body, digest)  # where the capture will keep them: written once
    _fail_lost_requests(source, timezone.now())
    with transaction.atomic():
        request = CaptureRequest.objects.create(
            source=source,
            kind=CaptureKind.UPLOADED,
            filename=filename[:255],
            content_type=content_type[:200],
            upload=b"" if stored_as else body,
            upload_name=stored_as,
            requested_by=user if user is not None and user.is_authenticated else None,
            requested_at=timezone.now(),
        )
        _enqueue(request)
    return request


def run_request(request: CaptureRequest) -> CaptureResult:
    """Do what a capture request asks: fetch the source's URL, or store its uploaded file (the worker's task)."""
    if request.kind == CaptureKind.UPLOADED:
        body = bytes(request.upload)
        if request.upload_name:
            from django.core.files.storage import storages

            with storages["captures"].open(request.upload_name, "rb") as stored:
                body = stored.read()
        return capture_upload(
            request.source,
            body=body,
            filename=request.filename,
            content_type=request.content_type,
            user=request.requested_by,
        )
    return capture_source(request.source, user=request.requested_by)


def request_due_recaptures(now=None) -> list[CaptureRequest]:
    """Queue a capture of every source whose recapture interval has passed since its last capture request (or
    that was never captured); return the requests queued (a source already waiting is not queued again).
    Queries: the intervals in use, the sources due, then request_capture's for each."""
    now = now or timezone.now()
    scheduled = Source.objects.filter(recapture_every_days__isnull=False)
    # One condition per interval in use (a handful: daily, weekly...), so that the cut-off is a plain timestamp on
    # every engine (SQLite cannot multiply an interval by a column).
    intervals = sorted({days for days in scheduled.values_list("recapture_every_days", flat=True) if days})
    if not intervals:
        return []
    last_requested = (
        CaptureRequest.objects.filter(source=OuterRef("pk"))
        .order_by("-requested_at")
        .values("requested_at")[:1]
    )
    passed = Q()
    for days in intervals:
        passed |= Q(recapture_every_days=days, last_requested__lte=now - timedelta(days=days))
    due = (
        scheduled.annotate(last_requested=Subquery(last_requested))
        .filter(Q(last_requested__isnull=True) | passed)
        .order_by("pk")
    )
    queued = [_queue(source) for source in due]
    return [request for request, new in queued if new]


def _publisher_of(url: str, publisher: Actor | None) -> Actor:
    """Return the publisher given, else the actor named as the URL's host, created as a news outlet if need be."""
    if publisher is not None:
        return publisher
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return (
        Actor.objects.filter(name__iexact=host).first()
        or Actor.objects.get_or_create(
            name=host[:200],  # (two captures of one new site at once: one actor)
            defaults={"kind": ActorKind.NEWS_OUTLET, "description": "Created by a capture of its page."},
        )[0]
    )


def request_capture_of_url(
    url: str, *, user=None, publisher: Actor | None = None
) -> tuple[Source, CaptureRequest, bool]:
    """Queue a capture of the document at a URL for the task worker, into the source of that URL, created now
    when there is none (titled by its address until the capture reads its title; its publisher as capture_url
    finds it). Return the source, the request, and whether the source is new. Raise CaptureError for an address
    that is not http(s)."""
    url = check_capturable(url)
    source = Source.objects.filter(url=normalise_url(url)).first()
    created = source is None
    if source is None:
        source = Source(url=url, publisher=_publisher_of(url, publisher), title=normalise_url(url)[:500])
        try:
            with transaction.atomic():
                save_source(source)
        except IntegrityError:  # created by someone else a moment ago: capture into theirs
            source, created = Source.objects.get(url=normalise_url(url)), False
        except (ValidationError, DatabaseError) as error:
            messages = getattr(error, "messages", None) or [
                "The database refused this address as a source's."
            ]
            raise CaptureError(" ".join(messages)) from None
    return source, request_capture(source, user=user), created


def capture_url(url: str, *, user=None, publisher: Actor | None = None) -> CaptureResult:
    """Capture the document at a URL into the source of that URL, creating the source when there is none (its
    publisher: the one given, else the actor named as the site's host, created as a news outlet if need be)."""
    url = check_capturable(url)
    fetched = fetch(url)
    source = Source.objects.filter(url=normalise_url(url)).first()
    created = source is None
    if source is None:
        source = Source(url=url, publisher=_publisher_of(fetched.final_url or url, publisher), title="")
    try:
        with transaction.atomic():
            result = _store(source, fetched=fetched, user=user)
    except IntegrityError:
        if not created:
            raise
        # Captured at the same moment by someone else, who created the source first: add this capture to it.
        source = Source.objects.get(url=normalise_url(url))
        created = False
        result = _store(source, fetched=fetched, user=user)
    result.created_source = created
    return result


def capture_upload(
    source: Source, *, body: bytes, filename: str, content_type: str = "", user=None
) -> CaptureResult:
    """Store an uploaded copy of a source's document (a PDF situation report, a saved HTML page) as a capture."""
    _check_upload(body)
    return _store(source, body=body, filename=filename[:255], content_type=content_type, user=user)


def _check_upload(body: bytes) -> None:
    if len(body) > settings.CAPTURE_MAX_BYTES:
        raise CaptureError(
            f"The file has {len(body):,} bytes; at most {settings.CAPTURE_MAX_BYTES:,} are accepted "
            "(CAPTURE_MAX_BYTES)."
        )
    if not body:
        raise CaptureError("The file is empty.")


def _store(
    source: Source,
    *,
    fetched: Fetched | None = None,
    body: bytes = b"",
    filename: str = "",
    content_type: str = "",
    user=None,
) -> CaptureResult:
    if fetched is not None:
        body, content_type = fetched.body, fetched.content_type
    notes = []
    try:
        extracted = extract(
            body, content_type=content_type, charset=fetched.charset if fetched else None, filename=filename
        )
    except ExtractionError as error:
        extracted, notes = Extracted("", ""), [str(error)]
    answered_well = fetched is None or 200 <= fetched.status < 300
    if not answered_well:
        assert fetched is not None
        notes.append(
            f"The server answered {fetched.status} {fetched.reason[:100]}: the answer is stored as evidence, and the "
            "source's fields were left as they were."
        )
    digest = hashlib.sha256(body).hexdigest()
    stored_as = _store_bytes(body, digest)  # before the transaction: a file written for nothing costs nothing
    with transaction.atomic():
        if source.pk:
            # The source as it is now, not as it was before the fetch: an editor may have saved it meanwhile
            # (a background capture waits for its server for up to CAPTURE_TIMEOUT_SECONDS).
            source = Source.objects.get(pk=source.pk)
        previous = (
            Capture.objects.filter(source=source).defer("body").order_by("-captured_at", "-pk").first()
            if source.pk
            else None
        )
        filled, kept = _fill(source, extracted, previous, notes) if answered_well else ([], [])
        if not source.title:
            source.title = (fetched.final_url if fetched else filename)[:500] or "Untitled document"
        captured_at = fetched.fetched_at if fetched else datetime.now(UTC)
        source.retrieved_at = captured_at
        save_source(source)  # quotes read in it are checked again; partners receive fresh copies
        capture = Capture.objects.create(
            source=source,
            kind=CaptureKind.FETCHED if fetched else CaptureKind.UPLOADED,
            requested_url=fetched.requested_url if fetched else "",
            final_url=fetched.final_url if fetched else "",
            redirects=fetched.redirects if fetched else [],
            filename=filename,
            status_code=fetched.status if fetched else None,
            reason=fetched.reason[:100] if fetched else "",
            headers=[list(pair) for pair in fetched.headers] if fetched else [],
            content_type=content_type[:200],
            body=b"" if stored_as else body,
            body_name=stored_as,
            size=len(body),
            sha256=digest,
            captured_at=captured_at,
            captured_by=user if user is not None and user.is_authenticated else None,
            text=extracted.text,
            text_sha256=hashlib.sha256(extracted.text.encode()).hexdigest() if extracted.text else "",
            title=extracted.title,
            published_on=extracted.published_on,
            language=extracted.language,
        )
    return CaptureResult(source, capture, filled=filled, kept=kept, notes=notes)


def _store_bytes(body: bytes, digest: str) -> str:
    """Keep a capture's bytes in the capture storage when one is configured (CAPTURE_STORAGE_*): named by their
    SHA-256, so that one document captured twice is stored once. Return the name, or "" to keep them in the
    database."""
    if "captures" not in settings.STORAGES:
        return ""
    from django.core.files.base import ContentFile
    from django.core.files.storage import storages

    storage = storages["captures"]
    name = f"captures/{digest[:2]}/{digest}"
    if not storage.exists(name):
        name = storage.save(name, ContentFile(body))
    return name


def _fill(
    source: Source, extracted: Extracted, previous: Capture | None, notes: list[str]
) -> tuple[list, list]:
    """Fill a source's fields from a capture: those that are empty or still hold what the previous capture read;
    one the editor corrected is kept. Return the names filled and the names kept."""
    filled, kept = [], []
    for name in FILLED_FIELDS:
        new = getattr(extracted, name)
        if new in ("", None):
            continue
        current = getattr(source, name)
        before = getattr(previous, name) if previous is not None else None
        if name == "text" and len(new) > settings.SOURCE_TEXT_MAX_CHARS:
            notes.append(
                f"The document's text has {len(new):,} characters, more than a source keeps "
                f"({settings.SOURCE_TEXT_MAX_CHARS:,}): it is in the capture; paste the part that holds the figures."
            )
            continue
        if (
            current in ("", None)
            or _same(current, before)
            or (name == "title" and _placeholder(source, current))
        ):
            if not _same(current, new):
                if name == "text" and current and previous is not None:
                    notes.append(
                        f"The text changed since the capture of {previous.captured_at:%Y-%m-%d %H:%M} UTC: "
                        "quotes were checked again against the new text."
                    )
                setattr(source, name, new)
                filled.append(name)
        elif not _same(current, new):
            kept.append(name)
    return filled, kept


def _placeholder(source: Source, title: str) -> bool:
    """Say whether a source's title is only an address, as a source created for a capture is titled until the
    capture reads the document's own title (its address as first typed, when the editor corrected it since)."""
    title = title.strip()
    return title == normalise_url(source.url)[:500] or (
        title.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in title)
    )


def _same(value, other) -> bool:
    """Say whether two values of a field are the same, for texts whatever their line endings and the spaces
    that end them: a browser sends a textarea's line breaks as CRLF, and a saved form is no correction."""
    if isinstance(value, str) and isinstance(other, str):
        return " ".join(value.split()) == " ".join(other.split())
    return value == other

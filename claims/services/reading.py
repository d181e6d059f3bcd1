"""Read the figures of a long source text in the background (issue 17).

Reading a text takes about 1.4 s per 100,000 characters: a text longer than EXTRACT_INLINE_MAX_CHARS is read by
the task worker, and the extraction page lists what it found, page by page. A reading is kept for the text, the
language and the publication date it was read with: when any of them changes, the text is read again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import asdict
from datetime import timedelta
from functools import cache
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from .. import parsing
from ..models import CaptureState, Source, TextReading
from ..parsing import Candidate, Figure, extract_figures

logger = logging.getLogger(__name__)

PENDING = [CaptureState.QUEUED, CaptureState.RUNNING]
_DATES = ("as_of", "period_start", "period_end")


# How a reading's figures are stored: each sentence once, the figures naming theirs by position (a list of many
# figures in one long sentence would otherwise store the sentence once a figure). Part of the reader's version.
STORED_FORMAT = "sentences-once/1"


class StaleReading(Exception):
    """A stored reading that this version of the code cannot read back."""


@cache
def reader_version() -> str:
    """Return a name for this version of the reader: the SHA-256 of claims/parsing's files, cut short. A reading
    made by another version is read again (an upgrade may read the same text otherwise, or store other fields)."""
    digest = hashlib.sha256(STORED_FORMAT.encode())
    for path in sorted(Path(parsing.__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def read_in_background(source: Source) -> bool:
    """Say whether a source's text is long enough to be read by the worker rather than in the editor's request."""
    return len(source.text) > settings.EXTRACT_INLINE_MAX_CHARS


def candidate_to_json(candidate: Candidate) -> dict:
    """Return a candidate as JSON can hold it (dates as ISO strings)."""
    data = asdict(candidate)
    for name in _DATES:
        if data[name] is not None:
            data[name] = data[name].isoformat()
    return data


def candidate_from_json(data: dict) -> Candidate:
    """Return the candidate that candidate_to_json wrote; raise ValueError for one whose fields are not of their
    kinds (stored by another version, or edited)."""
    values = dict(data)
    values["figure"] = Figure(**values["figure"])
    for name in _DATES:
        if values.get(name):
            values[name] = dt.date.fromisoformat(values[name])
    candidate = Candidate(**values)
    figure = candidate.figure
    if not (
        isinstance(candidate.start, int)
        and isinstance(candidate.end, int)
        and isinstance(candidate.phrase, str)
        and isinstance(candidate.sentence, str)
        and isinstance(candidate.originator, str | None)
        and isinstance(candidate.part_of, int | None)
        and all(isinstance(bound, int | None) for bound in (figure.low, figure.best, figure.high))
        and all(isinstance(word, str | None) for word in (figure.qualifier, figure.metric, figure.population))
    ):
        raise ValueError("a stored figure whose fields are not of their kinds")
    return candidate


def stored_candidates(candidates: list[Candidate]) -> dict:
    """Return a reading's figures as a TextReading stores them: each sentence once (STORED_FORMAT)."""
    sentences: dict[str, int] = {}
    items = []
    for candidate in candidates:
        data = candidate_to_json(candidate)
        data["sentence"] = sentences.setdefault(data["sentence"], len(sentences))
        items.append(data)
    return {"format": STORED_FORMAT, "sentences": list(sentences), "figures": items}


def candidates_from_stored(stored) -> list[Candidate]:
    """Return the figures stored_candidates wrote; raise ValueError (or TypeError, KeyError...) for another shape."""
    if not isinstance(stored, dict) or stored.get("format") != STORED_FORMAT:
        raise ValueError("a reading stored in another format")
    sentences = stored["sentences"]
    result = []
    for data in stored["figures"]:
        values = dict(data)
        index = values["sentence"]
        if not isinstance(index, int) or not 0 <= index < len(sentences):
            raise ValueError("a figure naming no stored sentence")
        values["sentence"] = sentences[index]
        result.append(candidate_from_json(values))
    return result


def reading_of(source: Source, language: str, *, user=None, again: bool = False) -> TextReading:
    """Return the latest reading of the source's text as it is now (its text, the language and the publication
    date), queuing one for the worker when there is none, or when `again` is asked after one failed. A reading
    queued for an older version of the text and not yet done is returned as it is (one pending a source): the
    text as it is now is queued when that one ends. Queries: the lost readings failed, the matching one, else an
    INSERT and the task's."""
    now = timezone.now()
    TextReading.objects.filter(
        source=source,
        state__in=PENDING,
        requested_at__lt=now - timedelta(minutes=settings.CAPTURE_REQUEST_STALE_MINUTES),
    ).update(
        state=CaptureState.FAILED,
        finished_at=now,
        message=f"No worker finished reading this text within {settings.CAPTURE_REQUEST_STALE_MINUTES} minutes: "
        "is `manage.py db_worker` running?",
    )
    wanted = {
        "text_sha256": source.text_sha256,
        "language": language,
        "published_on": source.published_on,
        "reader": reader_version(),
    }
    latest = TextReading.objects.filter(source=source, **wanted).defer("candidates").first()
    if latest is not None and not (again and latest.state == CaptureState.FAILED):
        return latest
    # What was read of the source's earlier texts, or by an earlier reader, is of no more use, nor what failed
    # (the reading queued now replaces it): not kept.
    TextReading.objects.filter(source=source).filter(
        ~Q(**wanted) & Q(state__in=[CaptureState.DONE, CaptureState.FAILED]) | Q(state=CaptureState.FAILED)
    ).delete()
    try:
        with transaction.atomic():
            reading = TextReading.objects.create(
                source=source,
                **wanted,
                requested_by=user if user is not None and user.is_authenticated else None,
                requested_at=now,
            )
            from ..tasks import read_text

            read_text.enqueue(reading.pk)  # (committed with the reading's row, as capture requests are)
    except IntegrityError:  # another reading of this source is pending
        return TextReading.objects.defer("candidates").get(source=source, state__in=PENDING)
    return TextReading.objects.defer("candidates").get(pk=reading.pk)  # as the immediate backend left it


def candidates_of(reading: TextReading) -> list[Candidate]:
    """Return the figures a finished reading found, in the order of the text; raise StaleReading, having failed
    the reading, when they cannot be read back (another version of the code stored them)."""
    stored = TextReading.objects.filter(pk=reading.pk).values_list("candidates", flat=True).first()
    try:
        return candidates_from_stored(stored)
    except (TypeError, KeyError, ValueError, AttributeError, IndexError):
        _finish(
            reading.pk,
            CaptureState.FAILED,
            "What was stored of this reading cannot be read back: read it again.",
        )
        raise StaleReading from None


def run_reading(reading_id: int) -> str:
    """Read the text of a queued reading and store what it found (the worker's task); return how it ended."""
    started = TextReading.objects.filter(pk=reading_id, state=CaptureState.QUEUED).update(
        state=CaptureState.RUNNING
    )
    if not started:
        return "already taken"
    reading = TextReading.objects.defer("candidates").select_related("source").get(pk=reading_id)
    source = reading.source
    if source.text_sha256 != reading.text_sha256:
        _finish(reading_id, CaptureState.FAILED, "The text changed before it was read: reload the page.")
        return "failed"
    try:
        candidates = extract_figures(
            source.text, published_on=reading.published_on, language=reading.language
        )
    except Exception:
        logger.exception("Reading %s failed unexpectedly", reading_id)
        _finish(
            reading_id,
            CaptureState.FAILED,
            "An unexpected error stopped the reading; it is in the server's log.",
        )
        raise
    found = f"{len(candidates):,} figure(s) found in {len(source.text):,} characters."
    _finish(reading_id, CaptureState.DONE, found, stored_candidates(candidates))
    return "done"


def _finish(reading_id: int, state: str, message: str, candidates: dict | None = None) -> None:
    TextReading.objects.filter(pk=reading_id).update(
        state=state, message=message, finished_at=timezone.now(), candidates=candidates or []
    )

"""Work done in the background by the task worker (`manage.py db_worker`; docs/deployment.md)."""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .capture import CaptureError
from .models import CaptureRequest, CaptureState

logger = logging.getLogger(__name__)


@task()
def capture_requested(request_id: int) -> str:
    """Capture the source of a CaptureRequest from its URL, or store its uploaded file, and record how it went on
    the request."""
    from .services import run_request  # (services import the tasks they queue)

    # Only one worker runs a request: the one whose compare-and-set moves it from queued to running.
    started = CaptureRequest.objects.filter(pk=request_id, state=CaptureState.QUEUED).update(
        state=CaptureState.RUNNING
    )
    if not started:
        return "already taken"
    request = CaptureRequest.objects.select_related("source", "requested_by").get(pk=request_id)
    try:
        result = run_request(request)
    except CaptureError as error:
        _finish(request_id, CaptureState.FAILED, str(error))
        return "failed"
    except Exception:
        logger.exception("Capture request %s failed unexpectedly", request_id)
        _finish(
            request_id,
            CaptureState.FAILED,
            "An unexpected error stopped the capture; it is in the server's log.",
        )
        raise
    _finish(request_id, CaptureState.DONE, result.summary(), capture_id=result.capture.pk)
    return "done"


def _finish(request_id: int, state: str, message: str, capture_id: int | None = None) -> None:
    with transaction.atomic():
        # An upload's bytes are the capture's now (or were refused): the request keeps its name and type only.
        CaptureRequest.objects.filter(pk=request_id).update(
            state=state,
            message=message,
            finished_at=timezone.now(),
            capture_id=capture_id,
            upload=b"",
            upload_name="",
        )


@task()
def read_text(reading_id: int) -> str:
    """Read the figures of a long source text for its extraction page (a TextReading)."""
    from .services.reading import run_reading

    return run_reading(reading_id)

"""Captures run in the background (issue 17): queued by the admin, run by the task worker, progress and errors
shown on the source's page."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from claims import services
from claims.models import Capture, CaptureRequest, CaptureState, Source
from claims.services import capturing
from tests.capture_server import ARTICLE, REPORT_PDF, run_worker
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db


# The worker takes its tasks in transactions of its own, as in production: no test transaction around it.
@pytest.mark.django_db(transaction=True)
def test_a_capture_is_queued_then_run_by_the_worker(editor_client, server, database_tasks):
    source = SourceFactory(url=server.url("/article"), title="", text="")
    change = reverse("admin:claims_source_change", args=[source.pk])
    response = editor_client.post(reverse("admin:claims_source_capture", args=[source.pk]), follow=True)
    html = response.content.decode()
    assert "the worker reads it in the background" in html
    assert "Capture requests not done" in html and "Waiting for the worker" in html
    assert not Capture.objects.exists() and not server.requests  # nothing fetched in the editor's request
    run_worker()
    request = CaptureRequest.objects.get()
    assert request.state == CaptureState.DONE and request.finished_at is not None
    assert request.capture == Capture.objects.get() and request.message.startswith("Captured")
    page = editor_client.get(change).content.decode()
    assert "Capture requests not done" not in page and "WARC</a>" in page
    source.refresh_from_db()
    assert source.title == "Strike on market kills 40"


@pytest.mark.django_db(transaction=True)
def test_pressing_twice_queues_one_capture(editor_client, server, database_tasks):
    source = SourceFactory(url=server.url("/article"))
    for _ in range(2):
        editor_client.post(reverse("admin:claims_source_capture", args=[source.pk]))
    assert CaptureRequest.objects.count() == 1
    run_worker()
    assert Capture.objects.count() == 1 and len(server.requests) == 1


def test_a_failed_capture_shows_why_on_the_source_page(editor_client, settings):
    settings.CAPTURE_ALLOW_PRIVATE_ADDRESSES = False
    source = SourceFactory(url="http://192.168.0.10/report")
    editor_client.post(reverse("admin:claims_source_capture", args=[source.pk]))
    request = CaptureRequest.objects.get()
    assert request.state == CaptureState.FAILED and "private, loopback or link-local" in request.message
    page = editor_client.get(reverse("admin:claims_source_change", args=[source.pk])).content.decode()
    assert "Capture requests not done" in page and "private, loopback or link-local" in page


def test_an_unexpected_error_is_recorded_and_logged(editor_client, server, monkeypatch, caplog):
    def broken(source, *, user=None):
        raise RuntimeError("disk full")

    monkeypatch.setattr(capturing, "capture_source", broken)
    source = SourceFactory(url=server.url("/article"))
    response = editor_client.post(reverse("admin:claims_source_capture", args=[source.pk]), follow=True)
    assert response.status_code == 200
    request = CaptureRequest.objects.get()
    assert request.state == CaptureState.FAILED and "unexpected error" in request.message
    assert "disk full" not in request.message  # the details are for the server's log, not the page
    assert any("disk full" in (record.exc_text or "") or record.exc_info for record in caplog.records)


def test_a_request_already_taken_by_a_worker_is_not_run_twice(server):
    from claims.tasks import capture_requested

    source = SourceFactory(url=server.url("/article"))
    request = services.request_capture(source)  # runs at once (the suite's immediate backend)
    assert CaptureRequest.objects.get(pk=request.pk).state == CaptureState.DONE
    assert capture_requested.call(request.pk) == "already taken"
    assert Capture.objects.count() == 1


def test_sources_are_recaptured_on_their_schedule(server):
    from datetime import timedelta

    from django.utils import timezone

    weekly = SourceFactory(url=server.url("/article"), recapture_every_days=7)
    SourceFactory(url=server.url("/russian"))  # no schedule: captured only when asked
    daily = SourceFactory(url=server.url("/report.pdf"), recapture_every_days=1)
    now = timezone.now()
    assert {r.source for r in services.request_due_recaptures(now)} == {weekly, daily}  # never captured: due
    assert services.request_due_recaptures(now) == []  # just requested
    assert {r.source for r in services.request_due_recaptures(now + timedelta(days=1, minutes=1))} == {daily}
    assert {r.source for r in services.request_due_recaptures(now + timedelta(days=8))} == {weekly, daily}
    assert (
        Capture.objects.filter(source=weekly).count() == 2
        and Capture.objects.filter(source=daily).count() == 3
    )


def test_the_recapture_command_says_how_many_it_queued(server):
    SourceFactory(url=server.url("/article"), recapture_every_days=3)
    out = io.StringIO()
    call_command("recapture_due", stdout=out)
    assert out.getvalue().strip() == "1 recapture(s) queued."
    call_command("recapture_due", stdout=out)
    assert out.getvalue().splitlines()[-1] == "0 recapture(s) queued."


@pytest.mark.parametrize("days", [0, -3])
def test_a_recapture_interval_under_a_day_is_refused_on_the_field(editor_client, days):
    from tests.forms import admin_form_data

    source = SourceFactory()
    url = reverse("admin:claims_source_change", args=[source.pk])
    data = admin_form_data(editor_client.get(url))
    data["recapture_every_days"] = str(days)
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["recapture_every_days"]


def test_a_lost_request_is_failed_and_a_new_capture_queued(server, settings):
    from datetime import timedelta

    from django.utils import timezone

    source = SourceFactory(url=server.url("/article"), recapture_every_days=1)
    lost = CaptureRequest.objects.create(
        source=source, requested_at=timezone.now() - timedelta(hours=2), state=CaptureState.RUNNING
    )
    assert services.request_capture(source).pk != lost.pk
    lost.refresh_from_db()
    assert lost.state == CaptureState.FAILED and "is `manage.py db_worker` running?" in lost.message
    assert Capture.objects.count() == 1


def test_one_capture_of_a_source_is_pending_at_a_time():
    from django.db import IntegrityError, transaction
    from django.utils import timezone

    source = SourceFactory()
    CaptureRequest.objects.create(source=source, requested_at=timezone.now())
    with pytest.raises(IntegrityError), transaction.atomic():
        CaptureRequest.objects.create(source=source, requested_at=timezone.now(), state=CaptureState.RUNNING)


@pytest.mark.django_db(transaction=True)
def test_an_upload_is_stored_at_once_and_read_by_the_worker(editor_client, database_tasks):
    source = SourceFactory(title="Ministry bulletin", text="")
    upload = SimpleUploadedFile("sitrep.pdf", REPORT_PDF, content_type="application/pdf")
    response = editor_client.post(
        reverse("admin:claims_source_upload", args=[source.pk]), {"document": upload}, follow=True
    )
    html = response.content.decode()
    assert "The capture of “sitrep.pdf” is queued" in html and "the uploaded file “sitrep.pdf”" in html
    request = CaptureRequest.objects.get()
    assert (request.kind, request.filename, bytes(request.upload)) == ("uploaded", "sitrep.pdf", REPORT_PDF)
    assert not Capture.objects.exists()  # its text is read by the worker, not in the editor's request
    run_worker()
    request.refresh_from_db()
    capture = Capture.objects.get()
    assert request.state == CaptureState.DONE and request.capture == capture
    assert bytes(request.upload) == b""  # the capture holds the bytes now, once
    assert (capture.kind, capture.filename, bytes(capture.body)) == ("uploaded", "sitrep.pdf", REPORT_PDF)
    source.refresh_from_db()
    assert "At least 12 people were killed" in source.text


@pytest.mark.django_db(transaction=True)
def test_uploads_queue_beside_a_pending_fetch(editor_client, server, database_tasks):
    source = SourceFactory(url=server.url("/article"), title="", text="")
    editor_client.post(reverse("admin:claims_source_capture", args=[source.pk]))
    for name in ("one.pdf", "two.html"):
        editor_client.post(
            reverse("admin:claims_source_upload", args=[source.pk]),
            {"document": SimpleUploadedFile(name, REPORT_PDF if name.endswith("pdf") else ARTICLE.encode())},
        )
    assert CaptureRequest.objects.filter(state=CaptureState.QUEUED).count() == 3
    run_worker()
    assert sorted(Capture.objects.values_list("kind", flat=True)) == ["fetched", "uploaded", "uploaded"]
    assert not CaptureRequest.objects.exclude(state=CaptureState.DONE).exists()


@pytest.mark.django_db(transaction=True)
def test_an_upload_waits_in_the_capture_storage_when_one_is_set(
    editor_client, database_tasks, settings, tmp_path
):
    settings.STORAGES = {
        **settings.STORAGES,
        "captures": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        },
    }
    source = SourceFactory(text="")
    upload = SimpleUploadedFile("sitrep.pdf", REPORT_PDF, content_type="application/pdf")
    editor_client.post(reverse("admin:claims_source_upload", args=[source.pk]), {"document": upload})
    request = CaptureRequest.objects.get()
    assert bytes(request.upload) == b"" and (tmp_path / request.upload_name).read_bytes() == REPORT_PDF
    run_worker()
    capture = Capture.objects.get()
    assert capture.body_name == request.upload_name and capture.content() == REPORT_PDF


def test_an_upload_waits_however_long_the_queue_is(editor, editor_client, settings):
    from datetime import timedelta

    from django.utils import timezone

    source = SourceFactory()
    waiting = CaptureRequest.objects.create(
        source=source,
        kind="uploaded",
        filename="a.pdf",
        upload=REPORT_PDF,
        requested_at=timezone.now() - timedelta(minutes=settings.CAPTURE_REQUEST_STALE_MINUTES + 1),
    )
    lost_fetch = CaptureRequest.objects.create(
        source=source,
        requested_at=timezone.now() - timedelta(minutes=settings.CAPTURE_REQUEST_STALE_MINUTES + 1),
    )
    page = editor_client.get(reverse("admin:claims_source_change", args=[source.pk])).content.decode()
    assert "Still waiting after 60 minutes" in page  # said where the editor looks, nothing changed yet
    services.request_upload(source, body=b"<p>Two killed.</p>", filename="b.html", user=editor)
    waiting.refresh_from_db()
    lost_fetch.refresh_from_db()
    assert (
        waiting.state == CaptureState.QUEUED and bytes(waiting.upload) == REPORT_PDF
    )  # the editor's file kept
    assert lost_fetch.state == CaptureState.FAILED and "db_worker" in lost_fetch.message


@pytest.mark.django_db(transaction=True)
def test_a_new_source_is_created_at_once_and_captured_by_the_worker(editor_client, server, database_tasks):
    url = server.url("/article") + "?utm_source=x"
    response = editor_client.post(reverse("admin:claims_source_capture_new"), {"url": url}, follow=True)
    html = response.content.decode()
    assert "New source created." in html and "is queued" in html
    source = Source.objects.get()
    assert source.title == source.url == server.url("/article")  # titled by its address until captured
    assert not server.requests  # nothing fetched in the editor's request
    run_worker()
    source.refresh_from_db()
    assert source.title == "Strike on market kills 40" and Capture.objects.get().source == source
    # A title the editor wrote is kept by the next capture.
    source.title = "Market strike (ministry figures)"
    source.save()
    editor_client.post(reverse("admin:claims_source_capture_new"), {"url": url})
    run_worker()
    source.refresh_from_db()
    assert source.title == "Market strike (ministry figures)" and Capture.objects.count() == 2


@pytest.mark.parametrize("url", ["http://localhost:8000/admin/", "http://[::1]/", "http://10.0.0.1/x"])
def test_an_address_written_as_private_is_refused_before_anything_is_queued(editor_client, settings, url):
    settings.CAPTURE_ALLOW_PRIVATE_ADDRESSES = False
    response = editor_client.post(reverse("admin:claims_source_capture_new"), {"url": url})
    assert "private, loopback or link-local" in " ".join(response.context["form"].errors["url"])
    assert not Source.objects.exists() and not CaptureRequest.objects.exists()

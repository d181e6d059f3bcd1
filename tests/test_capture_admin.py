"""Capturing from the admin (issue 17): buttons, upload, a new source from a URL, downloads; forged requests."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from warcio.archiveiterator import ArchiveIterator

from claims import services
from claims.models import Capture, Source
from tests.capture_server import ARTICLE, REPORT_PDF
from tests.factories import ActorFactory, SourceFactory
from tests.test_admin import count_queries

pytestmark = pytest.mark.django_db


def test_an_editor_captures_a_source_from_its_page(editor_client, server):
    source = SourceFactory(url=server.url("/article"), title="Market", text="")
    page = editor_client.get(reverse("admin:claims_source_change", args=[source.pk]))
    assert "Capture from its URL" in page.content.decode()
    response = editor_client.post(reverse("admin:claims_source_capture", args=[source.pk]), follow=True)
    assert "Captured 1," in response.content.decode() or "Captured" in response.content.decode()
    capture = Capture.objects.get()
    assert capture.source == source and capture.captured_by.username == "editor"
    html = response.content.decode()
    assert "Captures (newest first)" in html and capture.sha256[:16] in html


def test_a_get_of_the_capture_address_captures_nothing(editor_client, server):
    source = SourceFactory(url=server.url("/article"))
    response = editor_client.get(reverse("admin:claims_source_capture", args=[source.pk]))
    assert response.status_code == 302 and not Capture.objects.exists() and not server.requests


def test_a_refused_capture_says_why_and_stores_nothing(editor_client, settings):
    settings.CAPTURE_ALLOW_PRIVATE_ADDRESSES = False
    source = SourceFactory(url="http://10.1.2.3/internal")
    response = editor_client.post(reverse("admin:claims_source_capture", args=[source.pk]), follow=True)
    assert "Nothing was captured" in response.content.decode()
    assert "private, loopback or link-local" in response.content.decode()
    assert not Capture.objects.exists()


@pytest.mark.parametrize("name", ["capture", "upload"])
def test_someone_who_may_not_change_sources_cannot_capture(client, django_user_model, server, name):
    user = django_user_model.objects.create_user("viewer", password="x", is_staff=True)
    client.force_login(user)
    source = SourceFactory(url=server.url("/article"))
    response = client.post(reverse(f"admin:claims_source_{name}", args=[source.pk]), {})
    assert response.status_code in (403, 404)
    assert not Capture.objects.exists() and not server.requests


def test_an_anonymous_post_is_sent_to_the_login_page(client, server):
    source = SourceFactory(url=server.url("/article"))
    response = client.post(reverse("admin:claims_source_capture", args=[source.pk]))
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not server.requests


def test_an_editor_uploads_a_pdf(editor_client):
    source = SourceFactory(title="Ministry bulletin", text="")
    url = reverse("admin:claims_source_upload", args=[source.pk])
    assert editor_client.get(url).status_code == 200
    upload = SimpleUploadedFile("sitrep.pdf", REPORT_PDF, content_type="application/pdf")
    response = editor_client.post(url, {"document": upload})
    assert response.status_code == 302
    capture = Capture.objects.get()
    assert (capture.kind, capture.filename, bytes(capture.body)) == ("uploaded", "sitrep.pdf", REPORT_PDF)
    source.refresh_from_db()
    assert "At least 12 people were killed" in source.text and source.title == "Ministry bulletin"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({}, "This field is required."),
        ({"document": "not a file"}, "This field is required."),
        ({"document": SimpleUploadedFile("empty.pdf", b"")}, "The submitted file is empty."),
    ],
)
def test_a_bad_upload_gets_a_form_error(editor_client, data, error):
    source = SourceFactory()
    response = editor_client.post(reverse("admin:claims_source_upload", args=[source.pk]), data)
    assert response.status_code == 200
    assert error in response.context["form"].errors["document"]
    assert not Capture.objects.exists()


def test_an_oversized_upload_is_refused(editor_client, settings):
    settings.CAPTURE_MAX_BYTES = 100
    source = SourceFactory()
    upload = SimpleUploadedFile("big.pdf", REPORT_PDF, content_type="application/pdf")
    response = editor_client.post(
        reverse("admin:claims_source_upload", args=[source.pk]), {"document": upload}
    )
    assert "at most 100 are accepted" in " ".join(response.context["form"].errors["document"])
    assert not Capture.objects.exists()


def test_a_new_source_is_captured_from_its_url(editor_client, server):
    listing = editor_client.get(reverse("admin:claims_source_changelist"))
    assert "Capture from a URL" in listing.content.decode()
    url = reverse("admin:claims_source_capture_new")
    form = editor_client.get(url)
    assert form.status_code == 200 and 'data-ajax--url="/admin/autocomplete/"' in form.content.decode()
    response = editor_client.post(url, {"url": server.url("/article?utm_medium=social")})
    source = Source.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{source.pk}/change/")
    assert source.url == server.url("/article") and source.title == "Strike on market kills 40"
    publisher = ActorFactory(name="Example News")
    editor_client.post(url, {"url": server.url("/article"), "publisher": publisher.pk})
    assert Source.objects.count() == 1 and Capture.objects.count() == 2  # one source per document


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("javascript:alert(1)", "not an http or https address"),
        ("http://169.254.169.254/latest/meta-data/", "private, loopback or link-local"),
        ("x" * 3000, "Ensure this value has at most 2000 characters"),
    ],
)
def test_a_bad_url_gets_a_form_error(editor_client, settings, url, message):
    settings.CAPTURE_ALLOW_PRIVATE_ADDRESSES = False
    response = editor_client.post(reverse("admin:claims_source_capture_new"), {"url": url})
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors["url"])
    assert not Source.objects.exists()


def test_a_capture_downloads_as_a_warc_file_and_as_its_bytes(editor_client, server):
    services.capture_source(SourceFactory(url=server.url("/old")))
    capture = Capture.objects.get()
    warc = editor_client.get(reverse("admin:claims_source_capture_warc", args=[capture.pk]))
    assert warc["Content-Type"] == "application/warc" and "attachment" in warc["Content-Disposition"]
    records = [(r.rec_type, r.content_stream().read()) for r in ArchiveIterator(io.BytesIO(warc.content))]
    assert records[0] == ("response", ARTICLE.encode())
    body = editor_client.get(reverse("admin:claims_source_capture_body", args=[capture.pk]))
    assert body.content == ARTICLE.encode()
    # Never rendered in the admin's origin, where the page's scripts would run as the editor.
    assert body["Content-Type"] == "application/octet-stream" and body["Content-Security-Policy"] == "sandbox"
    assert (
        editor_client.get(reverse("admin:claims_source_capture_warc", args=[capture.pk + 99])).status_code
        == 404
    )


def test_the_source_page_costs_the_same_whatever_its_captures(editor_client, editor, reviewer, server):
    source = SourceFactory(url=server.url("/article"))
    services.capture_source(source, user=editor)
    url = reverse("admin:claims_source_change", args=[source.pk])
    one, _ = count_queries(editor_client, url)
    for user in (editor, reviewer, None, reviewer):
        services.capture_source(source, user=user)
    five, response = count_queries(editor_client, url)
    assert one == five
    html = response.content.decode()
    assert html.count("WARC</a>") == 5 and "by reviewer" in html


def test_a_page_edited_after_capture_shows_what_changed_and_which_quotes_it_lost(editor_client, server):
    from claims.models import Relation
    from tests.factories import ClaimFactory, relay

    source = SourceFactory(url=server.url("/article"), title="", text="")
    services.capture_source(source)
    source.refresh_from_db()
    ministry = ActorFactory(kind="ministry")
    claim = ClaimFactory(
        originator=ministry,
        chain=[
            relay(ministry, Relation.STATED, source=None),
            relay(source.publisher, Relation.PUBLISHED, source=source),
        ],
        quote="At least 40 civilians were killed when a missile struck the central market on Sunday morning",
        phrase="At least 40 civilians were killed",
    )
    status, headers, body = server.pages["/article"]
    edited = body.replace(b"At least 40 civilians", b"At least 41 civilians").replace(
        b"Rescue teams", b"&lt;script&gt;alert(1)&lt;/script&gt; Rescue teams"
    )
    server.pages["/article"] = (status, headers, edited)
    services.capture_source(source)
    page = editor_client.get(reverse("admin:claims_source_change", args=[source.pk])).content.decode()
    assert page.count("Text changed: compare") == 1  # the newer capture, against the one before
    latest = Capture.objects.order_by("-captured_at", "-pk").first()
    diff = editor_client.get(reverse("admin:claims_source_capture_diff", args=[latest.pk]))
    html = diff.content.decode()
    assert diff.status_code == 200 and "41" in html and 'class="diff_chg"' in html
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html  # the page's text, escaped
    rows = {row["claim"].pk: (row["before"], row["after"]) for row in diff.context["quotes"]}
    assert rows == {claim.pk: (True, False)}  # found in what was first published, not in the page as edited
    first = Capture.objects.order_by("captured_at", "pk").first()
    assert editor_client.get(reverse("admin:claims_source_capture_diff", args=[first.pk])).status_code == 404


def test_a_recapture_of_the_same_text_is_not_flagged(editor_client, server):
    source = SourceFactory(url=server.url("/article"))
    services.capture_source(source)
    services.capture_source(source)
    page = editor_client.get(reverse("admin:claims_source_change", args=[source.pk])).content.decode()
    assert "Text changed" not in page


def test_captures_can_be_kept_in_a_directory_instead_of_the_database(
    editor_client, server, settings, tmp_path
):
    settings.STORAGES = {
        **settings.STORAGES,
        "captures": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        },
    }
    source = SourceFactory(url=server.url("/article"))
    services.capture_source(source)
    services.capture_source(source)  # the same document again: stored once, by its SHA-256
    first, second = Capture.objects.order_by("pk")
    assert (
        bytes(first.body) == b""
        and first.body_name == second.body_name == f"captures/{first.sha256[:2]}/{first.sha256}"
    )
    assert (tmp_path / first.body_name).read_bytes() == ARTICLE.encode()
    assert len(list((tmp_path / "captures").rglob("*"))) == 2  # one folder, one file
    body = editor_client.get(reverse("admin:claims_source_capture_body", args=[first.pk]))
    assert body.content == ARTICLE.encode()
    warc = editor_client.get(reverse("admin:claims_source_capture_warc", args=[first.pk]))
    records = [r.content_stream().read() for r in ArchiveIterator(io.BytesIO(warc.content))]
    assert records[:1] == [ARTICLE.encode()]


@pytest.mark.parametrize("publisher", ["abc", "99999999999999999999999", "-1"])
def test_junk_in_the_new_source_form_gets_a_form_error(editor_client, publisher):
    response = editor_client.post(
        reverse("admin:claims_source_capture_new"), {"url": "https://example.org/", "publisher": publisher}
    )
    assert response.status_code == 200 and response.context["form"].errors["publisher"]
    assert not Source.objects.exists()


def test_the_comparison_of_long_texts_stays_quick(editor_client):
    import time

    source = SourceFactory()
    old = "\n".join(f"Line {n} says {n * 7} people were hurt in district {n % 13}." for n in range(6000))
    new = "\n".join(
        f"Line {n} says {n * 7 + (n % 3)} people were hurt in district {n % 11}." for n in range(6000)
    )
    services.capture_upload(source, body=old.encode(), filename="a.txt", content_type="text/plain")
    services.capture_upload(
        source, body=new.encode() + b"\x01\x00", filename="b.txt", content_type="text/plain"
    )
    latest = Capture.objects.order_by("-pk").first()
    started = time.monotonic()
    response = editor_client.get(reverse("admin:claims_source_capture_diff", args=[latest.pk]))
    assert response.status_code == 200 and "Only the first 3000 lines" in response.content.decode()
    assert time.monotonic() - started < 30  # (seconds, on a busy machine; the quadratic layout took minutes)

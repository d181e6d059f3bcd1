"""Capturing a source from its URL or an uploaded file (issue 17), against a local server: never the internet."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import date

import pytest
from warcio.archiveiterator import ArchiveIterator

from claims import services
from claims.capture import CaptureError, fetch, warc_record
from claims.models import Capture, Claim, QuoteCheck, Relation, Source
from tests.capture_server import ARTICLE, REPORT_PDF, CaptureServer
from tests.factories import ActorFactory, ClaimFactory, SourceFactory, relay

pytestmark = pytest.mark.django_db


@pytest.fixture
def server():
    with CaptureServer() as running:
        yield running


@pytest.fixture
def private_allowed(settings):
    settings.CAPTURE_ALLOW_PRIVATE_ADDRESSES = True  # the local server is on 127.0.0.1


def warc_of(capture: Capture) -> bytes:
    return warc_record(
        url=capture.final_url,
        fetched_at=capture.captured_at,
        body=bytes(capture.body),
        status=capture.status_code,
        reason=capture.reason,
        headers=capture.headers,
        redirects=capture.redirects,
    )


def test_a_page_is_stored_with_its_hash_and_fills_its_source(server, private_allowed, editor):
    source = SourceFactory(url=server.url("/article"), title="", text="", language="", published_on=None)
    result = services.capture_source(source, user=editor)
    capture = Capture.objects.get()
    assert bytes(capture.body) == ARTICLE.encode()
    assert capture.sha256 == hashlib.sha256(ARTICLE.encode()).hexdigest() and capture.size == len(
        ARTICLE.encode()
    )
    assert (capture.status_code, capture.content_type, capture.captured_by) == (200, "text/html", editor)
    assert ["Content-Type", "text/html; charset=utf-8"] in capture.headers
    source.refresh_from_db()
    assert source.title == "Strike on market kills 40"
    assert source.published_on == date(2024, 6, 2)
    assert source.language == "en"
    assert "At least 40 civilians were killed" in source.text
    assert "All rights reserved" not in source.text  # the page's furniture is not its text
    assert source.retrieved_at == capture.captured_at
    assert result.filled == ["title", "published_on", "language", "text"] and not result.kept
    assert server.requests[0][1]["User-Agent"].startswith("CasualtyProvenanceTracker/")


def test_the_warc_record_is_readable_by_warcio(server, private_allowed):
    services.capture_source(SourceFactory(url=server.url("/old")))
    records = [
        (
            record.rec_type,
            record.rec_headers.get_header("WARC-Target-URI"),
            record.http_headers.get_statuscode() if record.http_headers else None,
            record.content_stream().read(),
        )
        for record in ArchiveIterator(io.BytesIO(warc_of(Capture.objects.get())))
    ]
    (kind, uri, status, payload), (second_kind, _, _, redirects) = records
    assert (kind, uri, status) == ("response", server.url("/article?utm_source=x"), "200")
    assert payload == ARTICLE.encode()
    assert second_kind == "metadata" and b'"status": 301' in redirects


def test_redirects_are_followed_and_recorded(server, private_allowed):
    services.capture_source(SourceFactory(url=server.url("/old")))
    capture = Capture.objects.get()
    assert capture.requested_url == server.url("/old")
    assert capture.final_url == server.url("/article?utm_source=x")
    assert [(hop["status"], hop["location"]) for hop in capture.redirects] == [
        (301, "/moved"),
        (302, "/article?utm_source=x"),
    ]


def test_a_url_is_captured_into_one_source_per_document(server, private_allowed):
    first = services.capture_url(server.url("/article?utm_source=newsletter#top"))
    assert first.created_source
    assert first.source.url == server.url("/article")  # normalised: one source per document
    assert first.source.publisher.name == "127.0.0.1"  # the site's host, created as a news outlet
    again = services.capture_url(server.url("/article"))
    assert not again.created_source and again.source.pk == first.source.pk
    assert Source.objects.count() == 1 and Capture.objects.count() == 2


def test_a_pdf_is_read_for_its_text_title_and_date(server, private_allowed):
    source = SourceFactory(url=server.url("/report.pdf"), title="", text="", published_on=None, language="")
    services.capture_source(source)
    source.refresh_from_db()
    assert "At least 12 people were killed and 30 injured" in source.text
    assert (source.title, source.published_on, source.language) == (
        "Situation report 12",
        date(2024, 6, 3),
        "en",
    )
    assert bytes(Capture.objects.get().body) == REPORT_PDF


def test_an_uploaded_pdf_is_stored_as_a_resource(editor):
    source = SourceFactory(title="Report", text="")
    services.capture_upload(
        source, body=REPORT_PDF, filename="sitrep.pdf", content_type="application/pdf", user=editor
    )
    capture = Capture.objects.get()
    assert (capture.kind, capture.filename, capture.final_url) == ("uploaded", "sitrep.pdf", "")
    warc = warc_record(
        url="urn:upload:sitrep.pdf",
        fetched_at=capture.captured_at,
        body=bytes(capture.body),
        content_type=capture.content_type,
    )
    assert [(r.rec_type, r.content_stream().read()) for r in ArchiveIterator(io.BytesIO(warc))] == [
        ("resource", REPORT_PDF)
    ]
    source.refresh_from_db()
    assert source.title == "Report"  # the editor's title is kept
    assert "At least 12 people were killed" in source.text


def test_a_gzipped_page_is_stored_as_the_document_it_holds(server, private_allowed):
    services.capture_source(SourceFactory(url=server.url("/gzip")))
    assert bytes(Capture.objects.get().body) == ARTICLE.encode()


def test_a_page_in_another_charset_is_read_in_it(server, private_allowed):
    source = SourceFactory(url=server.url("/russian"), title="", text="", language="")
    services.capture_source(source)
    source.refresh_from_db()
    assert (
        "ранены 11 человек" in source.text and source.language == "ru" and source.title == "Обстрел Белгорода"
    )


@pytest.mark.parametrize(
    ("path", "limits", "message"),
    [
        ("/big", {}, "larger than the capture limit"),
        ("/big-undeclared", {"CAPTURE_MAX_BYTES": 1024 * 1024}, "larger than the capture limit (more than"),
        ("/slow", {"CAPTURE_TIMEOUT_SECONDS": 1}, "did not send the whole document within 1 seconds"),
        ("/loop", {"CAPTURE_MAX_REDIRECTS": 3}, "redirected more than 3 times"),
        ("/junk-redirect", {}, "could not be fetched"),
    ],
)
def test_what_cannot_be_captured_is_refused_with_a_message(
    server, private_allowed, settings, path, limits, message
):
    for name, value in limits.items():
        setattr(settings, name, value)
    source = SourceFactory(url=server.url(path), text="Kept as it was.")
    with pytest.raises(CaptureError, match=re.escape(message)):
        services.capture_source(source)
    assert not Capture.objects.exists()
    source.refresh_from_db()
    assert source.text == "Kept as it was."


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/",
        "http://localhost/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://192.168.1.1/admin",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
    ],
)
def test_private_loopback_and_link_local_addresses_are_refused(url):
    with pytest.raises(CaptureError, match="private, loopback or link-local"):
        fetch(url)


def test_the_local_server_itself_is_refused_unless_allowed(server, settings):
    with pytest.raises(CaptureError, match="CAPTURE_ALLOW_PRIVATE_ADDRESSES=1"):
        fetch(server.url("/article"))
    assert not server.requests  # refused before any connection
    settings.CAPTURE_ALLOW_PRIVATE_ADDRESSES = True
    assert fetch(server.url("/article")).status == 200


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "not a url", ""]
)
def test_only_web_addresses_are_captured(url):
    with pytest.raises(CaptureError, match="not an http or https address"):
        services.capture_url(url)


def test_a_page_without_text_is_stored_and_says_so(server, private_allowed):
    source = SourceFactory(url=server.url("/scripts-only"), text="Typed by the editor.")
    result = services.capture_source(source)
    assert Capture.objects.count() == 1
    assert any("No text could be read" in note for note in result.notes)
    source.refresh_from_db()
    assert source.text == "Typed by the editor."


def test_an_error_page_is_stored_with_a_warning(server, private_allowed):
    result = services.capture_source(SourceFactory(url=server.url("/missing")))
    assert Capture.objects.get().status_code == 404
    assert any("answered 404" in note for note in result.notes)


def test_a_recapture_keeps_the_editors_corrections_and_checks_quotes_again(server, private_allowed):
    source = SourceFactory(url=server.url("/article"), title="", text="", language="", published_on=None)
    services.capture_source(source)
    source.refresh_from_db()
    source.title = "Market strike (corrected title)"
    services.save_source(source)
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
    assert Claim.objects.get(pk=claim.pk).quote_check == QuoteCheck.VERIFIED
    status, headers, body = server.pages["/article"]
    server.pages["/article"] = (
        status,
        headers,
        body.replace(b"At least 40 civilians", b"At least 41 civilians"),
    )
    result = services.capture_source(source)
    source.refresh_from_db()
    assert source.title == "Market strike (corrected title)" and result.kept == ["title"]
    assert "At least 41 civilians" in source.text and result.filled == ["text"]
    assert any("text changed since the capture of" in note for note in result.notes)
    assert Claim.objects.get(pk=claim.pk).quote_check == QuoteCheck.NOT_FOUND
    assert Capture.objects.filter(source=source).count() == 2


def test_the_capture_command_stores_each_url_and_prints_what_it_stored(server, private_allowed, tmp_path):
    from django.core.management import call_command

    listed = tmp_path / "urls.txt"
    listed.write_text(f"# reports\n{server.url('/report.pdf')}\n")
    out = io.StringIO()
    call_command("capture", server.url("/article"), "--from-file", str(listed), stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and "new source" in lines[0] and "Strike on market kills 40" in lines[0]
    assert "Situation report 12" in lines[1]
    assert Source.objects.count() == 2 and Capture.objects.count() == 2


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ([], "Give at least one URL"),
        (["--publisher", "Nobody", "http://example.org/"], "No actor is named “Nobody”"),
        (["--from-file", "/nonexistent/urls.txt"], "could not be read"),
        (["ftp://example.org/a"], "1 of 1 address(es) could not be captured"),
    ],
)
def test_the_capture_command_refuses_in_one_line(arguments, message):
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match=re.escape(message)):
        call_command("capture", *arguments, stdout=io.StringIO(), stderr=io.StringIO())
    assert not Capture.objects.exists()


def test_a_name_that_resolves_to_a_public_address_but_connects_to_a_private_one_is_refused(
    server, monkeypatch
):
    # A DNS answer that changes between the check and the connection ("rebinding"): the peer is checked too.
    from claims.capture import fetching

    monkeypatch.setattr(fetching, "_refuse_private", lambda url: None)  # the name's check passed
    with pytest.raises(CaptureError, match="answered from a private, loopback or link-local address"):
        fetch(server.url("/article"))


# --- What a hostile review found (issue 17) ---------------------------------------------------------------------


def flate_pdf(unpacked: int) -> bytes:
    """Return a PDF whose one stream unpacks to `unpacked` bytes from a few hundred kilobytes."""
    import zlib

    stream = zlib.compress(b" " * unpacked, 9)
    pdf = bytearray(b"%PDF-1.4\n")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(pdf)


@pytest.mark.parametrize(
    "body",
    [
        REPORT_PDF.replace(b"/Subtype /Type1", b"/Subtype /Type0 /DescendantFonts 5"),  # AssertionError
        REPORT_PDF.replace(b"/Length ", b"/Filter /LZWDecode /Length "),  # IndexError
        REPORT_PDF.replace(b"/Length ", b"/Filter /RunLengthDecode /Length "),  # StopIteration
        b"%PDF-1.4\nnothing else",
    ],
)
def test_a_broken_pdf_is_stored_with_a_note_not_a_500(body, editor):
    from claims.capture.extracting import ExtractionError, extract

    with pytest.raises(ExtractionError, match="could not be read"):
        extract(body, content_type="application/pdf")
    result = services.capture_upload(SourceFactory(text="Typed."), body=body, filename="x.pdf", user=editor)
    assert result.capture.size == len(body) and any("could not be read" in note for note in result.notes)


def test_a_pdf_that_unpacks_to_gigabytes_is_read_within_limits(settings):
    from claims.capture.extracting import ExtractionError, extract

    settings.CAPTURE_PDF_MEMORY_MB = 256  # a small worker's limit; 200 MB of spaces unpack from ~200 KB
    with pytest.raises(ExtractionError, match="within 256 MB of memory"):
        extract(flate_pdf(400 * 1024 * 1024), content_type="application/pdf")


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "image/png"),
        (
            b"PK\x03\x04" + bytes(200),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
    ],
)
def test_a_file_with_no_readable_text_is_stored_and_fills_nothing(body, content_type):
    source = SourceFactory(text="Typed by the editor.")
    result = services.capture_upload(source, body=body, filename="file", content_type=content_type)
    assert any("cannot read text from" in note for note in result.notes)
    source.refresh_from_db()
    assert source.text == "Typed by the editor." and bytes(result.capture.body) == body


def test_nul_characters_never_reach_a_text(editor):
    source = SourceFactory(text="")
    services.capture_upload(
        source, body=b"Twelve\x00 were killed.", filename="a.txt", content_type="text/plain"
    )
    source.refresh_from_db()
    assert "\x00" not in source.text  # (the text is stored without them on PostgreSQL too)


def test_an_address_longer_than_a_source_holds_is_refused(server, private_allowed):
    with pytest.raises(CaptureError, match="at most 2,000"):
        fetch(server.url("/" + "a" * 2100))


@pytest.mark.parametrize(
    "address",
    ["::7f00:1", "::ffff:0:7f00:1", "64:ff9b::a00:1", "2002:a00:1::", "fec0::1", "::ffff:10.0.0.1"],
)
def test_an_ipv6_address_carrying_a_private_ipv4_one_is_refused(address):
    with pytest.raises(CaptureError, match="private, loopback or link-local"):
        fetch(f"http://[{address}]/")


def test_a_recapture_that_gets_an_error_page_leaves_the_source_as_it_was(server, private_allowed):
    source = SourceFactory(url=server.url("/article"), title="", text="")
    services.capture_source(source)
    server.pages["/article"] = (
        503,
        [("Content-Type", "text/html")],
        b"<html><title>Down</title><p>Down.</p></html>",
    )
    result = services.capture_source(source)
    source.refresh_from_db()
    assert source.title == "Strike on market kills 40" and "40 civilians" in source.text
    assert result.capture.status_code == 503 and any("left as they were" in note for note in result.notes)


def test_a_text_saved_by_a_browser_with_crlf_still_follows_the_page(server, private_allowed):
    source = SourceFactory(url=server.url("/article"), title="", text="")
    services.capture_source(source)
    source.refresh_from_db()
    source.text = source.text.replace("\n", "\r\n")  # what a textarea posts back
    services.save_source(source)
    status, headers, body = server.pages["/article"]
    server.pages["/article"] = (status, headers, body.replace(b"112 people", b"118 people"))
    result = services.capture_source(source)
    assert "text" in result.filled and "text" not in result.kept


def test_an_editors_save_during_a_capture_is_not_overwritten(server, private_allowed, monkeypatch):
    from claims.services import capturing

    source = SourceFactory(url=server.url("/article"), title="", text="")
    real_fetch = capturing.fetch

    def fetch_while_the_editor_saves(url):
        fetched = real_fetch(url)
        Source.objects.filter(pk=source.pk).update(title="Typed while the page was fetched")
        return fetched

    monkeypatch.setattr(capturing, "fetch", fetch_while_the_editor_saves)
    result = services.capture_source(source)
    source.refresh_from_db()
    assert source.title == "Typed while the page was fetched" and "title" in result.kept


def test_a_truncated_or_multi_member_gzip_body_is_read_as_it_is():
    import gzip
    import zlib

    from claims.capture.fetching import _decoded

    whole = gzip.compress(b"first ") + gzip.compress(b"second")
    assert _decoded(whole, "gzip", 1000) == b"first second"
    with pytest.raises(CaptureError, match="cut short"):
        _decoded(gzip.compress(ARTICLE.encode())[:200], "gzip", 10_000)
    raw_deflate = zlib.compressobj(wbits=-15)
    assert _decoded(raw_deflate.compress(b"raw") + raw_deflate.flush(), "deflate", 1000) == b"raw"


def test_a_server_that_trickles_its_headers_is_given_up_at_the_deadline(settings):
    import socket
    import threading
    import time

    settings.CAPTURE_ALLOW_PRIVATE_ADDRESSES = True
    settings.CAPTURE_TIMEOUT_SECONDS = 1
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def trickle():
        connection, _ = listener.accept()
        connection.recv(4096)
        connection.sendall(b"HTTP/1.1 200 OK\r\n")
        while not stop.is_set():  # a header line every half second, for ever
            try:
                connection.sendall(b"X-Slow: a\r\n")
            except OSError:
                break
            time.sleep(0.5)
        connection.close()

    threading.Thread(target=trickle, daemon=True).start()
    started = time.monotonic()
    with pytest.raises(CaptureError, match="within 1 seconds"):
        fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/")
    assert time.monotonic() - started < 3
    stop.set()
    listener.close()

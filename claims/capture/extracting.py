"""Read a captured document's main text, title, publication date and language (HTML by trafilatura and htmldate,
PDF by pdfminer.six, plain text as it is). Nothing here reaches the network."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..parsing import detect_language


@dataclass
class Extracted:
    """What a document says about itself; any field may be empty when the document does not say."""

    kind: str  # "html", "pdf" or "text"
    text: str
    title: str = ""
    published_on: date | None = None
    language: str = ""


class ExtractionError(ValueError):
    """A document whose text could not be read."""


_HTML_TYPES = ("text/html", "application/xhtml+xml")
_LANG_RE = re.compile(rb"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


_TEXT_TYPES = ("text/plain", "text/markdown", "text/csv", "")


def kind_of(content_type: str, body: bytes, filename: str = "") -> str:
    """Return "pdf", "html", "text" or "other": by the media type, else by the first bytes or the file's name. A
    file of another kind (an image, an office document) holds no text the reader can take."""
    head = body[:1024].lstrip().lower()
    if content_type == "application/pdf" or body.startswith(b"%PDF-") or filename.lower().endswith(".pdf"):
        return "pdf"
    if (
        content_type in _HTML_TYPES
        or head.startswith((b"<!doctype html", b"<html"))
        or filename.lower().endswith((".html", ".htm"))
    ):
        return "html"
    if (content_type in _TEXT_TYPES or content_type.startswith("text/")) and b"\x00" not in body[:8192]:
        return "text"
    return "other"


def extract(
    body: bytes, *, content_type: str = "", charset: str | None = None, filename: str = ""
) -> Extracted:
    """Return the main text and metadata of a document. Raise ExtractionError when it holds no readable text."""
    kind = kind_of(content_type, body, filename)
    if kind == "other":
        raise ExtractionError(
            f"The file is {content_type or 'of a kind'} captures cannot read text from (only PDF, HTML and plain "
            "text): it is stored as it is. Paste the text into the source's Text field."
        )
    if kind == "pdf":
        extracted = _extract_pdf(body)
    elif kind == "html":
        extracted = _extract_html(body, charset)
    else:
        extracted = Extracted("text", _decode(body, charset).strip())
    # No NUL character goes further: PostgreSQL cannot store one in a text, and no page's text holds one.
    extracted.text = extracted.text.replace("\x00", "")
    extracted.title = extracted.title.replace("\x00", "")
    if not extracted.text.strip():
        raise ExtractionError(
            "No text could be read from the document (a scanned PDF, or a page that builds its text with "
            "scripts?). Paste the text into the source's Text field instead."
        )
    extracted.language = detect_language(extracted.text) or extracted.language
    return extracted


def _decode(body: bytes, charset: str | None) -> str:
    for encoding in (charset, "utf-8"):
        if encoding:
            try:
                return body.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return body.decode("cp1252", errors="replace")


def _extract_html(body: bytes, charset: str | None) -> Extracted:
    import htmldate
    import trafilatura

    html = _decode(body, charset)
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True) or ""
    metadata = trafilatura.extract_metadata(html)
    title = (metadata.title if metadata and metadata.title else "") or _plain_title(html)
    published = None
    if "<" in html:  # (htmldate fetches a string that is a URL: never give it one)
        found = htmldate.find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
        published = date.fromisoformat(found) if found else None
    language = _LANG_RE.search(body[:4096])
    return Extracted(
        "html",
        text.strip(),
        " ".join(title.split())[:500],
        published,
        language.group(1).decode().lower() if language else "",
    )


def _plain_title(html: str) -> str:
    import html as entities

    match = _TITLE_RE.search(html[:100_000])
    return entities.unescape(match.group(1)) if match else ""


def _extract_pdf(body: bytes) -> Extracted:
    """Read a PDF in a process of its own (claims/capture/pdftext.py), within CAPTURE_PDF_MEMORY_MB of memory and
    CAPTURE_PDF_SECONDS of CPU: a few kilobytes may unpack to gigabytes."""
    from django.conf import settings

    memory, seconds = settings.CAPTURE_PDF_MEMORY_MB * 1024 * 1024, settings.CAPTURE_PDF_SECONDS
    try:
        done = subprocess.run(
            [sys.executable, str(Path(__file__).with_name("pdftext.py")), str(memory), str(seconds)],
            input=body,
            capture_output=True,
            timeout=seconds + 5,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ExtractionError(f"The PDF's text could not be read within {seconds} seconds.") from None
    if done.returncode != 0:
        last = (done.stderr.decode(errors="replace").strip().splitlines() or ["it stopped"])[-1]
        kind = last.split(":")[0][:80]
        if "MemoryError" in last or done.returncode < 0:
            raise ExtractionError(
                f"The PDF's text could not be read within {settings.CAPTURE_PDF_MEMORY_MB} MB of memory and "
                f"{seconds} seconds (a file that unpacks to far more than it weighs?)."
            )
        raise ExtractionError(f"The PDF could not be read ({kind}).")
    read = json.loads(done.stdout)
    text, title, created = read["text"], read["title"], read["created"]
    published = None
    match = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", created)
    if match:
        try:
            published = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            published = None
    if not title:
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Extracted("pdf", text.strip(), " ".join(title.split())[:500], published)

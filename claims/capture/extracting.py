"""Read a captured document's main text, title, publication date and language (HTML by trafilatura and htmldate,
PDF by pdfminer.six, plain text as it is). Nothing here reaches the network."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date

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


def kind_of(content_type: str, body: bytes, filename: str = "") -> str:
    """Return "pdf", "html" or "text": by the media type, else by the first bytes or the file's name."""
    head = body[:1024].lstrip().lower()
    if content_type == "application/pdf" or body.startswith(b"%PDF-") or filename.lower().endswith(".pdf"):
        return "pdf"
    if (
        content_type in _HTML_TYPES
        or head.startswith((b"<!doctype html", b"<html"))
        or filename.lower().endswith((".html", ".htm"))
    ):
        return "html"
    return "text"


def extract(
    body: bytes, *, content_type: str = "", charset: str | None = None, filename: str = ""
) -> Extracted:
    """Return the main text and metadata of a document. Raise ExtractionError when it holds no readable text."""
    kind = kind_of(content_type, body, filename)
    if kind == "pdf":
        extracted = _extract_pdf(body)
    elif kind == "html":
        extracted = _extract_html(body, charset)
    else:
        extracted = Extracted("text", _decode(body, charset).strip())
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
    from pdfminer.high_level import extract_text
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError
    from pdfminer.psexceptions import PSException

    try:
        text = extract_text(io.BytesIO(body))
        document = PDFDocument(PDFParser(io.BytesIO(body)))
    except (PDFSyntaxError, PSException, ValueError, TypeError, KeyError) as error:
        raise ExtractionError(f"The PDF could not be read ({error or type(error).__name__}).") from None
    info = document.info[0] if document.info else {}
    title = _pdf_string(info.get("Title"))
    created = _pdf_string(info.get("CreationDate"))
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


def _pdf_string(value) -> str:
    from pdfminer.pdftypes import resolve1

    value = resolve1(value)
    if isinstance(value, bytes):
        if value.startswith(b"\xfe\xff"):
            return value[2:].decode("utf-16-be", errors="replace")
        return value.decode("latin-1", errors="replace")
    return str(value) if value else ""

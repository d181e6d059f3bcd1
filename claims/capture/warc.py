"""A capture as a WARC file (ISO 28500, by warcio), for archives and for anyone who wants to check a capture."""

from __future__ import annotations

import io
import json
from datetime import datetime

from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

# Headers of the transfer, not of the document: the stored body is the document as decoded.
_TRANSFER_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def warc_record(
    *,
    url: str,
    fetched_at: datetime,
    body: bytes,
    status: int | None = None,
    reason: str = "",
    headers: list | None = None,
    content_type: str = "",
    redirects: list | None = None,
) -> bytes:
    """Return a gzipped WARC file holding a capture: a response record for a fetched page (its status and headers,
    less the transfer's own, and its body), or a resource record for an uploaded file; then a metadata record of
    the redirects followed, if any."""
    output = io.BytesIO()
    writer = WARCWriter(output, gzip=True)
    warc_date = fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    if status is not None:
        kept = [(name, value) for name, value in (headers or []) if name.lower() not in _TRANSFER_HEADERS]
        kept.append(("Content-Length", str(len(body))))
        http_headers = StatusAndHeaders(f"{status} {reason}".strip(), kept, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": warc_date},
        )
    else:
        record = writer.create_warc_record(
            url,
            "resource",
            payload=io.BytesIO(body),
            length=len(body),
            warc_content_type=content_type or "application/octet-stream",
            warc_headers_dict={"WARC-Date": warc_date},
        )
    writer.write_record(record)
    if redirects:
        payload = json.dumps({"redirects": redirects}, ensure_ascii=False).encode()
        writer.write_record(
            writer.create_warc_record(
                url,
                "metadata",
                payload=io.BytesIO(payload),
                length=len(payload),
                warc_content_type="application/json",
                warc_headers_dict={
                    "WARC-Date": warc_date,
                    "WARC-Concurrent-To": record.rec_headers["WARC-Record-ID"],
                },
            )
        )
    return output.getvalue()

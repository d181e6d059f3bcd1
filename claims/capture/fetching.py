"""Fetch a document over HTTP as a capture needs it: every hop checked, size and time bounded, nothing hidden."""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx
from django.conf import settings


class CaptureError(Exception):
    """A document that could not be captured, with a message an editor can act on."""


@dataclass
class Fetched:
    """What a server answered, as it answered it."""

    requested_url: str
    final_url: str
    status: int
    reason: str
    http_version: str
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: datetime
    redirects: list[dict] = field(default_factory=list)  # each hop: {"url", "status", "location"}

    @property
    def content_type(self) -> str:
        """Return the media type the server gave, without its parameters ("text/html")."""
        value = next((v for k, v in self.headers if k.lower() == "content-type"), "")
        return value.split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """Return the character set the server named, if any."""
        value = next((v for k, v in self.headers if k.lower() == "content-type"), "")
        for parameter in value.split(";")[1:]:
            name, _, given = parameter.partition("=")
            if name.strip().lower() == "charset" and given.strip():
                return given.strip().strip('"')
        return None


_REDIRECTS = (301, 302, 303, 307, 308)


def _refuse_private(url: str) -> None:
    """Refuse a URL whose host is, or resolves to, a private, loopback, link-local or otherwise internal address.

    Resolves the host once (one DNS lookup)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise CaptureError(f"Only http and https addresses can be captured, not “{parts.scheme or url}”.")
    host = parts.hostname
    if not host:
        raise CaptureError(f"“{url}” names no host.")
    if settings.CAPTURE_ALLOW_PRIVATE_ADDRESSES:
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError) as error:
        raise CaptureError(f"The host “{host}” could not be found ({error}).") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            raise CaptureError(
                f"“{host}” is a private, loopback or link-local address ({address}): captures read only public "
                "pages. Set CAPTURE_ALLOW_PRIVATE_ADDRESSES=1 to capture an intranet's pages."
            )


def _refuse_private_peer(response: httpx.Response, url: str) -> None:
    """Refuse a response from a private address even when the name resolved to a public one a moment before (a
    DNS answer that changed between the check and the connection): nothing of its body is read."""
    if settings.CAPTURE_ALLOW_PRIVATE_ADDRESSES:
        return
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer:
        return
    address = ipaddress.ip_address(str(peer[0]).split("%")[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if not address.is_global or address.is_multicast:
        raise CaptureError(
            f"“{urlsplit(url).hostname}” answered from a private, loopback or link-local address ({address}): "
            "captures read only public pages."
        )


def fetch(url: str, *, client: httpx.Client | None = None) -> Fetched:
    """Fetch a URL, following redirects one hop at a time (each hop's host is checked and recorded), reading at
    most CAPTURE_MAX_BYTES within CAPTURE_TIMEOUT_SECONDS in all. Raise CaptureError with a message on refusal."""
    limit = settings.CAPTURE_MAX_BYTES
    deadline = time.monotonic() + settings.CAPTURE_TIMEOUT_SECONDS
    timeout = httpx.Timeout(settings.CAPTURE_TIMEOUT_SECONDS)
    own_client = client is None
    client = client or httpx.Client(
        follow_redirects=False,
        timeout=timeout,
        headers={
            "User-Agent": settings.CAPTURE_USER_AGENT,
            "Accept": "text/html,application/pdf;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "gzip, deflate",  # (what _decoded() undoes)
        },
        trust_env=False,  # no proxy from the environment: what is fetched is what the address serves
    )
    redirects: list[dict] = []
    current = url
    try:
        for _ in range(settings.CAPTURE_MAX_REDIRECTS + 1):
            _refuse_private(current)
            try:
                with client.stream("GET", current) as response:
                    _refuse_private_peer(response, current)
                    if response.status_code in _REDIRECTS and response.headers.get("location"):
                        location = response.headers["location"]
                        redirects.append(
                            {"url": current, "status": response.status_code, "location": location}
                        )
                        current = urljoin(current, location)
                        continue
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > limit:
                        raise CaptureError(_too_large(int(declared), limit))
                    chunks, size = [], 0
                    for chunk in response.iter_raw():
                        size += len(chunk)
                        if size > limit:
                            raise CaptureError(_too_large(size, limit, more=True))
                        if time.monotonic() > deadline:
                            raise CaptureError(_too_slow())
                        chunks.append(chunk)
                    body = _decoded(b"".join(chunks), response.headers.get("content-encoding", ""), limit)
                    return Fetched(
                        requested_url=url,
                        final_url=current,
                        status=response.status_code,
                        reason=response.reason_phrase,
                        http_version=response.http_version,
                        headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.headers.raw],
                        body=body,
                        fetched_at=datetime.now(UTC),
                        redirects=redirects,
                    )
            except httpx.TimeoutException:
                raise CaptureError(_too_slow()) from None
            except (httpx.HTTPError, httpx.InvalidURL, ValueError, UnicodeError) as error:
                # (also a redirect to an address no client can follow, a host name IDNA cannot encode)
                raise CaptureError(
                    f"“{current[:300]}” could not be fetched: {error or type(error).__name__}."
                ) from None
        raise CaptureError(f"“{url}” redirected more than {settings.CAPTURE_MAX_REDIRECTS} times.")
    finally:
        if own_client:
            client.close()


def _decoded(raw: bytes, encoding: str, limit: int) -> bytes:
    """Return a body as the document holds it, undoing the transfer's gzip or deflate (bounded: no zip bomb)."""
    import zlib

    encoding = encoding.strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        decompressor = zlib.decompressobj(wbits=47 if encoding != "deflate" else 15)
        try:
            body = decompressor.decompress(raw, limit + 1)
        except zlib.error as error:
            raise CaptureError(f"The server's {encoding} body could not be read ({error}).") from None
        if len(body) > limit or decompressor.unconsumed_tail:
            raise CaptureError(_too_large(len(body), limit, more=True))
        return body
    if encoding and encoding != "identity":
        raise CaptureError(f"The server sent its body as “{encoding}”, which captures cannot read.")
    return raw


def _too_large(size: int, limit: int, more: bool = False) -> str:
    return (
        f"The document is larger than the capture limit ({'more than ' if more else ''}{size:,} bytes; at most "
        f"{limit:,}, CAPTURE_MAX_BYTES). Upload the part that holds the figures instead."
    )


def _too_slow() -> str:
    return (
        f"The server did not send the whole document within {settings.CAPTURE_TIMEOUT_SECONDS} seconds "
        "(CAPTURE_TIMEOUT_SECONDS). Try again later, or upload a saved copy."
    )

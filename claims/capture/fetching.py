"""Fetch a document over HTTP as a capture needs it: every hop checked, size and time bounded, nothing hidden."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import cast
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
MAX_URL_LENGTH = 2000  # Source.url's and Capture.final_url's length


_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # IPv4 addresses as an IPv6-only network reaches them
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")  # the deprecated "::a.b.c.d" form
_IPV4_TRANSLATED = ipaddress.ip_network("::ffff:0:0:0/96")  # SIIT's "::ffff:0:a.b.c.d"
_SITE_LOCAL = ipaddress.ip_network("fec0::/10")


def _public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Return whether an address is a public one, and so is every IPv4 address it carries (mapped, 6to4, Teredo,
    NAT64 or IPv4-compatible: "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:a00:1::")."""
    if address.is_multicast or not address.is_global:
        return False
    if isinstance(address, ipaddress.IPv6Address):
        if address in _SITE_LOCAL:
            return False
        carried: list[ipaddress.IPv4Address] = [a for a in (address.ipv4_mapped, address.sixtofour) if a]
        if address.teredo:
            carried += list(address.teredo)
        if any(address in network for network in (_NAT64, _IPV4_COMPATIBLE, _IPV4_TRANSLATED)):
            carried.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
        return all(_public(embedded) for embedded in carried)
    return True


def refuse_private_literal(url: str) -> None:
    """Refuse at once, without a DNS lookup, a URL whose host is written as a private, loopback or link-local
    address ("http://169.254.169.254/", "http://[::1]/", "localhost"): an editor's form says so before anything is
    queued. Names are resolved and checked when fetched."""
    if settings.CAPTURE_ALLOW_PRIVATE_ADDRESSES:
        return
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return  # (refused with its reason when fetched)
    # As a resolver reads it: full-width letters folded, the root's final dot dropped ("a.ｌｏｃａｌｈｏｓｔ.").
    host = unicodedata.normalize("NFKC", host).lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        address: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.IPv4Address("127.0.0.1")
    else:
        try:
            address = ipaddress.ip_address(host.split("%")[0])
        except ValueError:
            return
    if not _public(address):
        raise CaptureError(
            f"“{host}” is a private, loopback or link-local address ({address}): captures read only public "
            "pages. Set CAPTURE_ALLOW_PRIVATE_ADDRESSES=1 to capture an intranet's pages."
        )


def _refuse_private(url: str) -> None:
    """Refuse a URL whose host is, or resolves to, a private, loopback, link-local or otherwise internal address.

    Resolves the host once (one DNS lookup)."""
    if len(url) > MAX_URL_LENGTH:
        raise CaptureError(
            f"The address is {len(url):,} characters long; a source's address holds at most {MAX_URL_LENGTH:,}."
        )
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
        if not _public(address):
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
    if not _public(address):
        raise CaptureError(
            f"“{urlsplit(url).hostname}” answered from a private, loopback or link-local address ({address}): "
            "captures read only public pages."
        )


def fetch(url: str, *, client: httpx.Client | None = None) -> Fetched:
    """Fetch a URL, following redirects one hop at a time (each hop's host is checked and recorded), reading at
    most CAPTURE_MAX_BYTES within CAPTURE_TIMEOUT_SECONDS in all. Raise CaptureError with a message on refusal.

    The fetch runs in a thread of its own and is given up at the deadline, whatever the server does: a server
    that trickles its headers a byte at a time resets a socket's timeout with each byte, and would otherwise hold
    the web or task worker that waits for it."""
    outcome: dict[str, object] = {}
    deadline = time.monotonic() + settings.CAPTURE_TIMEOUT_SECONDS

    def run() -> None:
        try:
            outcome["fetched"] = _fetch(url, client, deadline)
        except Exception as error:  # (handed to the caller, which raises it)
            outcome["error"] = error

    worker = threading.Thread(target=run, name="capture-fetch", daemon=True)
    worker.start()
    worker.join(settings.CAPTURE_TIMEOUT_SECONDS + 1)
    if worker.is_alive():
        raise CaptureError(_too_slow())  # (the thread ends with its socket's own timeout)
    if "error" in outcome:
        raise cast(Exception, outcome["error"])
    return cast(Fetched, outcome["fetched"])


def _fetch(url: str, client: httpx.Client | None, deadline: float) -> Fetched:
    limit = settings.CAPTURE_MAX_BYTES
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
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise CaptureError(_too_slow())  # (a slow chain of redirects)
                with client.stream("GET", current, timeout=httpx.Timeout(remaining)) as response:
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
    """Return a body as the document holds it, undoing the transfer's gzip or deflate (bounded: no zip bomb). A
    body cut short is refused; gzip of several members is read whole; deflate is read with or without its zlib
    header, as servers send both."""
    import zlib

    encoding = encoding.strip().lower()
    if not encoding or encoding == "identity":
        return raw
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise CaptureError(f"The server sent its body as “{encoding[:40]}”, which captures cannot read.")
    windows = (47,) if encoding != "deflate" else (15, -15)
    for attempt, wbits in enumerate(windows):
        pieces, size, rest = [], 0, raw
        try:
            while rest:
                decompressor = zlib.decompressobj(wbits=wbits)
                piece = decompressor.decompress(rest, limit + 1 - size)
                size += len(piece)
                if size > limit or decompressor.unconsumed_tail:
                    raise CaptureError(_too_large(size, limit, more=True))
                if not decompressor.eof:
                    raise CaptureError(
                        f"The server's {encoding} body ends before its end: the document was cut short. Try again."
                    )
                pieces.append(piece)
                rest = decompressor.unused_data if wbits == 47 else b""  # (gzip members follow one another)
        except zlib.error as error:
            if attempt + 1 < len(windows):
                continue
            raise CaptureError(f"The server's {encoding} body could not be read ({error}).") from None
        return b"".join(pieces)
    raise CaptureError(f"The server's {encoding} body could not be read.")  # (not reached)


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

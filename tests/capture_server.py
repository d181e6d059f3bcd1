"""A local HTTP server for capture tests (issue 17): real-style pages, a redirect chain, a PDF, an oversized and
a slow response, gzip. Nothing in the suite reaches the internet."""

from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Strike on market kills 40 – Example News</title>
<meta property="article:published_time" content="2024-06-02T08:30:00+00:00">
<meta property="og:site_name" content="Example News"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Strike on market kills 40</h1>
<p>At least 40 civilians were killed when a missile struck the central market on Sunday morning, the regional
health ministry said.</p>
<p>Another 112 people were wounded, including 15 children, according to the ministry's statement issued in the
afternoon. Rescue teams were still searching the rubble in the evening.</p>
<p>The ministry of defence of the other side said it had struck a military depot and denied hitting the market.</p>
</article><footer>© 2024 Example News. All rights reserved.</footer></body></html>"""

RUSSIAN = """<!doctype html>
<html lang="ru"><head><meta charset="windows-1251"><title>Обстрел Белгорода</title>
<meta property="article:published_time" content="2024-09-01T10:00:00+03:00"></head>
<body><article><h1>Обстрел Белгорода</h1>
<p>При дневном обстреле Белгорода и области были ранены 11 человек, сообщил губернатор.</p>
<p>Еще три мирных жителя получили ранения при обстреле Шебекино.</p></article></body></html>"""


def pdf_with_text(lines: list[str], title: str = "Situation report 12") -> bytes:
    """Return a small valid PDF whose page shows the lines (Helvetica, ASCII), with a title and a date."""
    content = (
        "BT /F1 12 Tf 72 720 Td 16 TL "
        + " ".join(
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for line in lines
        )
        + " ET"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({title}) /CreationDate (D:20240603120000Z) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


REPORT_PDF = pdf_with_text(
    ["Situation report 12, 3 June 2024.", "At least 12 people were killed and 30 injured in the shelling."]
)


class CaptureServer:
    """Serve the pages above from a thread; `pages` may be changed between requests (a page edited after capture)."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, list[tuple[str, str]], bytes]] = {
            "/article": (200, [("Content-Type", "text/html; charset=utf-8")], ARTICLE.encode()),
            "/russian": (
                200,
                [("Content-Type", "text/html; charset=windows-1251")],
                RUSSIAN.encode("cp1251"),
            ),
            "/report.pdf": (200, [("Content-Type", "application/pdf")], REPORT_PDF),
            "/old": (301, [("Location", "/moved")], b""),
            "/moved": (302, [("Location", "/article?utm_source=x")], b""),
            "/loop": (302, [("Location", "/loop")], b""),
            "/junk-redirect": (302, [("Location", "http://exa mple.org:99999/\u0000x")], b""),
            "/missing": (
                404,
                [("Content-Type", "text/html")],
                b"<html><body><p>Not found.</p></body></html>",
            ),
            "/scripts-only": (
                200,
                [("Content-Type", "text/html")],
                b"<html><body><script>x()</script></body></html>",
            ),
        }
        self.requests: list[tuple[str, dict]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                server.requests.append((self.path, dict(self.headers)))
                path = self.path.split("?")[0]
                if path == "/big":  # declares its size
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", str(50 * 1024 * 1024))
                    self.end_headers()
                    return
                if path == "/big-undeclared":  # says nothing of its size and never ends
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Connection", "close")
                    self.end_headers()
                    try:
                        for _ in range(10_000):
                            self.wfile.write(b"x" * 65536)
                    except OSError:
                        pass
                    return
                if path == "/slow":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Connection", "close")
                    self.end_headers()
                    try:
                        for _ in range(50):
                            self.wfile.write(b"slow ")
                            self.wfile.flush()
                            time.sleep(0.1)
                    except OSError:
                        pass
                    return
                if path == "/gzip":
                    body = gzip.compress(ARTICLE.encode())
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Encoding", "gzip")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                status, headers, body = server.pages.get(path, (404, [("Content-Type", "text/plain")], b"no"))
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        """Return the address of a path on this server."""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def __enter__(self) -> CaptureServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# --- Helpers of the tests of background capture work -------------------------------------------------------------


def run_worker() -> None:
    """Run `manage.py db_worker` over the tasks queued in the database until none is left, as production runs them."""
    import io

    from django.core.management import call_command

    call_command(
        "db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0, stdout=io.StringIO()
    )


def storage_in(settings, directory) -> None:
    """Keep captures' bytes as files in `directory` (CAPTURE_STORAGE_DIRECTORY), for this test."""
    settings.STORAGES = {
        **settings.STORAGES,
        "captures": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": directory},
        },
    }


def no_storage(settings) -> None:
    """Keep captures' bytes in the database (no capture storage), for this test."""
    settings.STORAGES = {name: value for name, value in settings.STORAGES.items() if name != "captures"}

"""A local HTTP server on 127.0.0.1 that serves good and bad pages, for the web tests.

Every route is bounded in bytes and time: nothing here can run on after a test.
No test touches the internet.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ministers split over harbour plan - The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta name="author" content="Ana Lopes">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<script>var tracking = "“utf-8” /news";</script>
<style>body { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies. <a href="/accept">Accept all cookies</a></div>
<main><article class="article-body">
<h1>Ministers split over harbour plan</h1>
<p>The government's plan to rebuild the old harbour has split the cabinet, with two ministers saying in
private that the cost has been badly underestimated.</p>
<p>"We cannot ask the town to pay twice for the same quay," the finance minister, Maria Soto, told reporters
on Tuesday. Her office later said the remark was not aimed at the transport ministry.</p>
<h2>A long history of delays</h2>
<p>The harbour project was first announced in 2015 and has been delayed three times since then, according
to documents seen by this newspaper.</p>
<blockquote><p>The quay is the town's front door, and it is falling apart.</p></blockquote>
<ul><li>Phase one: the north quay, due in 2026.</li><li>Phase two: the ferry terminal, due in 2028.</li></ul>
<p>Will the council agree to share the cost? Its members meet on Friday to decide whether to back the plan.</p>
<p>Sign up for our free daily newsletter to get the news delivered to your inbox.</p>
</article></main>
<aside class="related"><h3>Related stories</h3>
<ul><li><a href="/a">Harbour fire</a></li><li><a href="/b">Ferry strike</a></li></ul></aside>
<footer><p>© 2024 The Harbour Gazette. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""

MENUS_ONLY_HTML = """<!doctype html><html><head><title>Home</title><script>var x = 1;</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav>
<script>document.write("hello")</script></body></html>"""

# Windows-1251 Russian text, declared only in the page's own <meta>.
CYRILLIC_TEXT = "Правительство объявило о новом плане реконструкции старой гавани города."
CYRILLIC_HTML = (
    "<!DOCTYPE html><html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
    "<title>Гавань</title></head><body><article>"
    + "".join(f"<p>{CYRILLIC_TEXT} Абзац номер {i}, в котором говорится о планах министров.</p>" for i in range(4))
    + "</article></body></html>"
).encode("cp1251")

PLAIN_TEXT = "A plain text served over HTTP.\n\nIt has two paragraphs, read as text, not as a web page.\n"
# A mailing-list post or an RFC-like file: paragraphs hard-wrapped at 60 columns.
WRAPPED_TEXT = ("Notes from the harbour meeting\n\n"
                "The harbour board met on Tuesday evening in the old customs\n"
                "house and agreed to dredge the eastern channel before the\n"
                "autumn storms arrive, after a long debate about the cost.\n\n"
                "The vote was close: four of the nine members wanted to wait\n"
                "for the new survey of the seabed before spending anything.\n")


def _gzip_bomb(size: int) -> bytes:
    """`size` zero bytes, gzipped (about a thousandth of it)."""
    chunk = b"\0" * (1 << 20)
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    parts = []
    for _ in range(size // len(chunk)):
        parts.append(z.compress(chunk))
    parts.append(z.flush())
    return b"".join(parts)


class _State:
    def __init__(self) -> None:
        self.version = 1
        self.stop = threading.Event()
        self.bomb: bytes | None = None


class _Handler(BaseHTTPRequestHandler):
    state: _State
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        path = self.path.split("?")[0]
        st = self.state
        try:
            if path == "/article":
                self._send(200, ARTICLE_HTML.encode("utf-8"))
            elif path == "/versioned":
                extra = "" if st.version == 1 else "<p>An update: the council backed the plan on Friday night.</p>"
                self._send(200, ARTICLE_HTML.replace("<blockquote>", extra + "<blockquote>").encode("utf-8"))
            elif path == "/cyrillic":
                self._send(200, CYRILLIC_HTML, "text/html")
            elif path == "/plain":
                self._send(200, PLAIN_TEXT.encode("utf-8"), "text/plain; charset=utf-8")
            elif path == "/wrapped":
                self._send(200, WRAPPED_TEXT.encode("utf-8"), "text/plain; charset=utf-8")
            elif path == "/menus":
                self._send(200, MENUS_ONLY_HTML.encode("utf-8"))
            elif path == "/404":
                self._send(404, b"<html><body>not here</body></html>")
            elif path == "/500":
                self._send(500, b"<html><body>broken</body></html>")
            elif path == "/loop":
                self._send(302, b"", headers={"Location": "/loop"})
            elif path.startswith("/hops/"):
                n = int(path.rsplit("/", 1)[1])
                self._send(302, b"", headers={"Location": f"/hops/{n - 1}" if n > 0 else "/article"})
            elif path == "/to-ftp":
                self._send(301, b"", headers={"Location": "ftp://127.0.0.1/file"})
            elif path == "/to-file":
                self._send(301, b"", headers={"Location": "file:///etc/passwd"})
            elif path == "/pdf":
                self._send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf")
            elif path == "/image":
                self._send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
            elif path == "/octet":
                self._send(200, b"\0\x01\x02binary" * 100, "")
            elif path == "/silent":
                st.stop.wait(5)  # says nothing; the client must give up first
            elif path == "/trickle":  # a byte now and then: never silent, never done
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                for _ in range(100):
                    if st.stop.wait(0.1):
                        break
                    self.wfile.write(b"<")
                    self.wfile.flush()
            elif path == "/declared-huge":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(200 * 1024 * 1024))
                self.end_headers()
                self._stream(200 * 1024 * 1024)
            elif path == "/endless":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(b"<!doctype html><html><body>")
                self._stream(300 * 1024 * 1024)
            elif path == "/gzip-bomb":
                assert st.bomb is not None
                self._send(200, st.bomb, "text/html", headers={"Content-Encoding": "gzip"})
            elif path == "/brotli":
                self._send(200, b"\x0b\x02\x80hello\x03", "text/html", headers={"Content-Encoding": "br"})
            else:
                self._send(404, b"no such page")
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _stream(self, total: int) -> None:
        """Up to `total` bytes, stopping when the client hangs up or the test ends."""
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        deadline = time.monotonic() + 30
        sent = 0
        while sent < total and not self.state.stop.is_set() and time.monotonic() < deadline:
            self.wfile.write(chunk)
            sent += len(chunk)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client hanging up mid-body is what the tests do on purpose


@contextmanager
def serve(bomb_size: int = 0) -> Iterator[tuple[str, _State]]:
    """A server on 127.0.0.1 (a free port): yields its base URL and its state."""
    state = _State()
    if bomb_size:
        state.bomb = _gzip_bomb(bomb_size)
    handler = type("Handler", (_Handler,), {"state": state})
    server = _QuietServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", state
    finally:
        state.stop.set()
        server.shutdown()
        server.server_close()

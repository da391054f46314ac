"""URL -> the page's bytes, fetched with care: http/https only, at most 5 redirects,
a deadline, a size cap applied while the body streams, compressed bodies inflated
in bounded steps (a gzip bomb stops at the cap instead of filling memory).

httpx is imported only when a URL is actually fetched.
"""

from __future__ import annotations

import os
import threading
import time
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import urldefrag, urljoin, urlsplit

if TYPE_CHECKING:
    import httpx

from briefterm.core.text import printable
from briefterm.core.types import DocumentError
from briefterm.core.urls import is_url, url_key

__all__ = ["MAX_REDIRECTS", "Page", "check_url", "fetch", "is_url", "timeout_seconds", "url_key"]

MAX_REDIRECTS = 5
DEFAULT_TIMEOUT = 9.0  # plus the grace below: given up on within 10 s, as promised
TIMEOUT_ENV = "BRIEFTERM_FETCH_TIMEOUT"
_SCHEMES = ("http", "https")
_CHUNK = 64 * 1024
# How long past the deadline the worker may take to give up by itself before it is left behind.
_GRACE_S = 0.5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# What a reader can open: a web page or a text; anything else (PDF, images, archives) is refused.
_PAGE_TYPES = ("text/", "application/xhtml+xml", "application/xml")


@dataclass(frozen=True)
class Page:
    """A fetched page: its bytes as served (after content decoding) and what the server said."""

    url: str  # where the body came from, after redirects
    data: bytes
    media_type: str  # e.g. "text/html"; "" when the server gave none
    charset: str | None  # the Content-Type header's charset, if any
    fetched: str  # ISO 8601, UTC


def timeout_seconds() -> float:
    """The whole fetch's budget: 9 s, or $BRIEFTERM_FETCH_TIMEOUT (tests make it short)."""
    raw = os.environ.get(TIMEOUT_ENV)
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        raise DocumentError(f"{TIMEOUT_ENV} must be a number of seconds, not {raw!r}") from None
    if not 0 < value <= 600:
        raise DocumentError(f"{TIMEOUT_ENV} must be between 0 and 600 seconds, not {raw!r}")
    return value


def check_url(url: str) -> None:
    """Refuse what cannot be fetched before any network use."""
    if any(c.isspace() or not c.isprintable() for c in url):
        raise DocumentError(f"{_shown(url)}: not a valid URL (it holds white space or control characters)")
    try:
        parts = urlsplit(url)
    except ValueError:
        raise DocumentError(f"{_shown(url)}: not a valid URL") from None
    if parts.scheme.lower() not in _SCHEMES:
        raise DocumentError(f"{_shown(url)}: only http:// and https:// URLs can be opened")
    if not parts.hostname:
        raise DocumentError(f"{_shown(url)}: the URL names no host")
    try:
        parts.port  # noqa: B018  (raises on a bad port)
    except ValueError:
        raise DocumentError(f"{_shown(url)}: the URL's port is not valid") from None


def fetch(url: str, limit: int, timeout: float | None = None) -> Page:
    """GET `url`, following at most 5 redirects, within `timeout` seconds overall and `limit` bytes.

    The fetch runs in a worker thread that the caller stops waiting for at the deadline:
    the name lookup (which no socket timeout covers) cannot hold it up either."""
    check_url(url)
    budget = timeout_seconds() if timeout is None else timeout
    outcome: list[Page | BaseException] = []

    def work() -> None:
        try:
            outcome.append(_fetch(url, limit, budget))
        except BaseException as e:  # handed to the caller's thread
            outcome.append(e)

    worker = threading.Thread(target=work, name="briefterm-fetch", daemon=True)
    worker.start()
    worker.join(budget + _GRACE_S)
    if not outcome:
        raise _timed_out(url, budget)
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _fetch(url: str, limit: int, budget: float) -> Page:
    import httpx

    deadline = time.monotonic() + budget
    current = urldefrag(url)[0]  # a #fragment is the reader's, never the server's
    try:
        with httpx.Client(
            follow_redirects=False,
            trust_env=True,  # proxies and CA bundles from the environment, as curl
            headers={
                "User-Agent": "briefterm (terminal news reader)",
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
                "Accept-Encoding": "gzip, deflate",
            },
        ) as client:
            for _hop in range(MAX_REDIRECTS + 1):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise _timed_out(url, budget)
                t = httpx.Timeout(remaining, connect=min(remaining, budget / 2), read=min(remaining, budget / 2))
                with client.stream("GET", current, timeout=t) as response:
                    if response.status_code in _REDIRECTS and "location" in response.headers:
                        target = urldefrag(urljoin(current, response.headers["location"]))[0]
                        if urlsplit(target).scheme.lower() not in _SCHEMES:
                            raise DocumentError(f"{_shown(url)}: redirected to a URL that is not http or https")
                        current = target
                        continue
                    return _read(response, url, current, limit, deadline, budget)
            raise DocumentError(f"{_shown(url)}: too many redirects (more than {MAX_REDIRECTS})")
    except httpx.TimeoutException:
        raise _timed_out(url, budget) from None
    except httpx.HTTPError as e:
        raise DocumentError(f"{_shown(url)}: {_network_reason(e)}") from None
    except httpx.InvalidURL:
        raise DocumentError(f"{_shown(url)}: not a valid URL") from None
    except UnicodeError:
        raise DocumentError(f"{_shown(url)}: the URL's host name is not valid") from None
    except (OSError, ValueError) as e:
        raise DocumentError(f"{_shown(url)}: cannot fetch ({_one_line(str(e)) or type(e).__name__})") from None


def _read(response: httpx.Response, url: str, final: str, limit: int, deadline: float, budget: float) -> Page:
    status = response.status_code
    if status >= 400:
        raise DocumentError(f"{_shown(url)}: the server answered {status} {_one_line(response.reason_phrase)}".rstrip())
    if status != 200 and status != 203:
        raise DocumentError(f"{_shown(url)}: the server answered {status}, not a page")
    media_type, charset = _content_type(response.headers.get("content-type", ""))
    if media_type and not media_type.startswith(_PAGE_TYPES):
        raise DocumentError(f"{_shown(url)}: serves {_one_line(media_type)}, not a web page or a text")
    declared = response.headers.get("content-length", "")
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if declared.isascii() and declared.isdigit() and encoding in ("", "identity") and int(declared) > limit:
        raise _too_large(url, limit)
    inflater = _Inflater(encoding, url)
    body = bytearray()
    for chunk in response.iter_raw(_CHUNK):
        body += inflater.feed(chunk, limit - len(body))
        if len(body) > limit:
            raise _too_large(url, limit)
        if time.monotonic() > deadline:
            raise _timed_out(url, budget)
    body += inflater.flush(limit - len(body))
    if len(body) > limit:
        raise _too_large(url, limit)
    fetched = datetime.now(UTC).replace(microsecond=0).isoformat()
    return Page(url=final, data=bytes(body), media_type=media_type, charset=charset, fetched=fetched)


class _Inflater:
    """gzip / deflate inflated in steps of at most `room` bytes of output, so a bomb
    stops at the size cap instead of filling memory."""

    def __init__(self, encoding: str, url: str) -> None:
        self._z: zlib._Decompress | None
        if encoding in ("", "identity"):
            self._z = None
        elif encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()
        else:
            raise DocumentError(f"{_shown(url)}: the server sent an unsupported encoding ({_one_line(encoding)})")
        self._url = url

    def feed(self, data: bytes, room: int) -> bytes:
        """The output of `data`, at most `room` bytes plus one (one more means: over the cap)."""
        if self._z is None:
            return data
        out = bytearray()
        try:
            out += self._z.decompress(data, max(room, 0) + 1)
            while self._z.unconsumed_tail and len(out) <= room:
                out += self._z.decompress(self._z.unconsumed_tail, room + 1 - len(out))
        except zlib.error:
            raise DocumentError(f"{_shown(self._url)}: the server sent a corrupt compressed body") from None
        return bytes(out)

    def flush(self, room: int) -> bytes:
        if self._z is None:
            return b""
        return self.feed(b"", room)


def _content_type(value: str) -> tuple[str, str | None]:
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return media.strip().lower(), charset


def _network_reason(e: Exception) -> str:
    text = _one_line(str(e))
    low = text.lower()
    if "name or service not known" in low or "nodename nor servname" in low or "name resolution" in low \
            or "no address associated" in low or "getaddrinfo" in low:
        return "cannot find the host (DNS lookup failed)"
    if "connection refused" in low:
        return "cannot connect (connection refused)"
    if "unreachable" in low:
        return "cannot connect (network unreachable)"
    if "ssl" in low or "certificate" in low:
        return f"secure connection failed ({text[:160]})"
    return f"cannot fetch ({text[:160] or type(e).__name__})"


def _timed_out(url: str, budget: float) -> DocumentError:
    return DocumentError(f"{_shown(url)}: no answer within {budget:g} s (timed out)")


def _too_large(url: str, limit: int) -> DocumentError:
    size = f"{limit / (1024 * 1024):g} MB" if limit >= 1024 * 1024 else f"{limit} bytes"
    return DocumentError(f"{_shown(url)}: larger than the size limit of {size}")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shown(url: str) -> str:
    return printable(url)

"""URLs as DOC: telling one from a path, and the key a URL document's notes are filed under."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

_URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,30}://")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_url(source: str) -> bool:
    """`scheme://...`, any scheme (so that `ftp://` and `file://` are refused as URLs, not as missing files)."""
    return _URL_RE.match(source) is not None


def url_key(url: str) -> str:
    """The URL as given, with scheme and host lower-cased and the default port and any
    #fragment dropped (the contract's key for a URL document's notes)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # "http://[::1": no key to make, the URL as given is one
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{userinfo}@{netloc}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))

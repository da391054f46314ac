"""Web pages -> Document: tell HTML from text, decode it as the page says, extract
its article (sources/article.py) and lay the article's blocks out as the text.

A saved page (`.html`, `.htm`, or content that starts like HTML) and a URL
(fetched once by sources/fetch.py, then read from its snapshot) end up here.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from briefterm.core.text import clean, normalise_newlines, printable, sanitise
from briefterm.core.types import Block, Document, DocumentError, PassageKind

if TYPE_CHECKING:
    from briefterm.store.snapshots import Snapshot

HTML_SUFFIXES = (".html", ".htm")
# A page with more tags than this (after scripts and styles are dropped) is refused:
# extraction time grows with the tags, and no article page comes near it.
MAX_TAGS = 80_000
# Nor more markup than this (the HTML parser does not read a text run over 10 MB anyway).
MAX_MARKUP_CHARS = 20_000_000
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"
# After a BOM, white space, comments and an XML declaration: does it open like HTML?
_LEAD_RE = re.compile(rb"(?:\s+|<!--.*?-->|<\?xml[^>]{0,200}\?>)*", re.DOTALL)
_HTML_START_RE = re.compile(rb"<!doctype\s+html\b|<html[\s>]", re.IGNORECASE)
_META_CHARSET_RE = re.compile(
    rb"<meta\s[^>]{0,400}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", re.IGNORECASE
)
_CHARSET_SCAN_BYTES = 32 * 1024
# As browsers read them (WHATWG): these labels mean windows-1252; a page cannot say UTF-16 in its own text.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                    "ascii": "cp1252", "iso8859-1": "cp1252", "utf-16": "utf-8", "utf-16le": "utf-8",
                    "utf-16be": "utf-8", "x-user-defined": "cp1252"}
# Elements whose content is never text to read: dropped before parsing (linear scan).
_INERT_OPEN_RE = re.compile(r"<(script|style|svg|template|iframe)\b[^>]*>|<!--", re.IGNORECASE)
_INERT_CLOSE_RE = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE)
                   for name in ("script", "style", "svg", "template", "iframe")}


def looks_like_html(data: bytes, name: str = "") -> bool:
    """A `.html`/`.htm` name, or content that starts, after a BOM, white space and
    comments, with `<!doctype html` or `<html`. A text that merely holds a tag is not HTML."""
    if name.lower().endswith(HTML_SUFFIXES):
        return True
    head = data[:8192]
    if head.startswith(_UTF16_BOMS):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    elif head.startswith(_UTF8_BOM):
        head = head[3:]
    lead = _LEAD_RE.match(head)
    return _HTML_START_RE.match(head, lead.end() if lead else 0) is not None


def decode_html(data: bytes, declared: str | None = None, shown: str = "page") -> tuple[str, list[str]]:
    """The page's text: a BOM first, then the server's charset, then the page's own
    `<meta charset>`, then UTF-8, then windows-1252 (with a warning)."""
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            raise DocumentError(f"{shown}: not decodable (broken UTF-16)") from None
    if data.startswith(_UTF8_BOM):
        return data[3:].decode("utf-8", "replace"), []
    if b"\x00" in data[:65536]:
        raise DocumentError(f"{shown}: binary file (holds NUL bytes), not a web page")
    warnings: list[str] = []
    failed: list[str] = []
    tried: set[str] = set()
    for label, origin in ((declared, "the server"), (_meta_charset(data), "the page"), ("utf-8", "")):
        if not label:
            continue
        codec = _codec(label)
        if codec is None:
            warnings.append(f"{origin} names an unknown charset ({printable(label)[:40]}): ignored")
            continue
        if codec in tried:
            continue
        tried.add(codec)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            failed.append(printable(label)[:40])
            continue
        if failed:
            warnings.append(f"not valid {' or '.join(failed)}: decoded as {codec}")
        return text, warnings
    return data.decode("cp1252", "replace"), [*warnings, f"not valid {' or '.join(failed)}: decoded as cp1252"]


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET_RE.search(data, 0, _CHARSET_SCAN_BYTES)
    return m.group(1).decode("ascii") if m else None


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def strip_inert(html: str) -> str:
    """`html` without its scripts, styles, SVG, templates, iframes and comments (but the
    JSON-LD scripts, which hold the page's metadata): one linear pass, so a huge page
    costs the extractor only its text-bearing markup."""
    out: list[str] = []
    pos = 0
    while True:
        m = _INERT_OPEN_RE.search(html, pos)
        if m is None:
            out.append(html[pos:])
            break
        name = (m.group(1) or "").lower()
        if name == "script" and "ld+json" in m.group(0).lower():
            close = _INERT_CLOSE_RE["script"].search(html, m.end())
            end = close.end() if close else len(html)
            out.append(html[pos:end])
            pos = end
            continue
        out.append(html[pos:m.start()])
        if name:
            close = _INERT_CLOSE_RE[name].search(html, m.end())
            pos = close.end() if close else len(html)
        else:
            close_at = html.find("-->", m.end())
            pos = close_at + 3 if close_at >= 0 else len(html)
    return "".join(out)


def page_document(
    data: bytes,
    source: str,
    *,
    path: Path | None = None,
    declared_charset: str | None = None,
    url: str | None = None,
    warnings: list[str] | None = None,
) -> Document:
    """A web page's bytes -> the Document of its article, or DocumentError (one line)."""
    shown = printable(source)
    html, decode_warnings = decode_html(data, declared_charset, shown)
    html = strip_inert(html)
    if len(html) > MAX_MARKUP_CHARS:
        raise DocumentError(f"{shown}: too large a web page to find its article in ({len(html) / 1e6:.0f} MB "
                            f"of markup besides scripts; at most {MAX_MARKUP_CHARS / 1e6:.0f} MB)")
    tags = html.count("<")
    if tags > MAX_TAGS:
        raise DocumentError(f"{shown}: too large a web page to find its article in "
                            f"({tags:,} tags; at most {MAX_TAGS:,})")
    from briefterm.sources.article import extract_article

    try:
        article = extract_article(html, url)
    except (RecursionError, MemoryError):
        raise DocumentError(f"{shown}: this page's HTML is too deeply nested to read") from None
    except Exception as e:  # the extractor failing on hostile markup is bad input, not our crash
        raise DocumentError(f"{shown}: cannot read this page's HTML ({type(e).__name__})") from None
    if not article.has_article():
        words = article.article_words()
        found = "nothing" if not words else f"only {words} words"
        raise DocumentError(f"{shown}: no article found in this page ({found} outside menus and scripts)")
    all_warnings = [*(warnings or []), *decode_warnings, *article.warnings]
    text, blocks, removed = _layout(article.blocks)
    if removed:
        all_warnings.append(f"removed {removed} control or bidi-override character(s)")
    title = clean(article.title or "").strip() or _fallback_title(path, url or source)
    return Document(
        text=text,
        source=source,
        title=" ".join(title.split())[:300],
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        warnings=all_warnings,
        path=path,
        blocks=blocks,
        site=_field(article.site),
        author=_field(article.author),
        published=article.published,
        url=_field(url or article.url),
    )


def _layout(parts: list[tuple[PassageKind, str]]) -> tuple[str, list[Block], int]:
    """The blocks' texts joined by blank lines, each block's span, characters removed."""
    pieces: list[str] = []
    blocks: list[Block] = []
    removed = 0
    pos = 0
    for kind, raw in parts:
        text, gone = sanitise(normalise_newlines(raw))
        removed += gone
        text = text.strip()
        if not text:
            continue
        if pieces:
            pieces.append("\n\n")
            pos += 2
        pieces.append(text)
        blocks.append(Block(pos, pos + len(text), kind))
        pos += len(text)
    return "".join(pieces), blocks, removed


def _field(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(clean(value).split())
    return value or None


def _fallback_title(path: Path | None, source: str) -> str:
    if path is not None:
        return path.stem.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    host = urlsplit(source).hostname
    return host or "web page"


def load_url(source: str, *, limit: int, refresh: bool = False) -> Document:
    """A URL's Document: from its snapshot when one is kept (offline, and the notes stay on
    the text they were written on), else (or with `refresh`) fetched and kept."""
    from briefterm.sources.fetch import check_url, fetch, url_key
    from briefterm.store import snapshots
    from briefterm.store.atomic import StoreError

    check_url(source)
    key = url_key(source)
    warnings: list[str] = []
    snapshot = None if refresh else snapshots.load(key)
    if snapshot is None:
        page = fetch(source, limit)
        snapshot = snapshots.Snapshot(key=key, url=page.url, data=page.data, media_type=page.media_type,
                                      charset=page.charset, fetched=page.fetched)
        try:
            snapshots.save(snapshot)
        except StoreError as e:
            warnings.append(f"the page is not kept for reading offline: {e}")
    return url_document(snapshot, source, warnings)


def url_document(snapshot: Snapshot, source: str, warnings: list[str]) -> Document:
    """A fetched page as a Document: its article if it is HTML, else its text."""
    media = snapshot.media_type
    is_html = media in ("text/html", "application/xhtml+xml") or looks_like_html(snapshot.data)
    if is_html:
        return page_document(snapshot.data, source, declared_charset=snapshot.charset, url=snapshot.url,
                             warnings=warnings)
    from briefterm.sources.dispatch import build
    from briefterm.sources.document import decode

    shown = printable(source)
    codec = _codec(snapshot.charset) if snapshot.charset else None
    try:
        text, more = (snapshot.data.decode(codec), []) if codec else decode(snapshot.data, shown)
    except UnicodeDecodeError:
        text, more = decode(snapshot.data, shown)
    # Text served over HTTP is read as a file's would be: Markdown rendered, hard wraps reflowed.
    document = build(text, source, warnings=[*warnings, *more], name=_fallback_title(None, snapshot.url))
    document.url = snapshot.url
    return document

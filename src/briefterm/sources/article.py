"""A web page's article: trafilatura finds it, a few general rules tidy what it found.

trafilatura (the reference extractor of the published article-extraction benchmarks)
is run in its fast mode (its own rules, without the readability/justext fallback,
which on our measurements swapped good extractions for whole-page text more often
than it rescued a missed article); the fallback runs only when the fast pass finds
next to nothing. On top of it, rules that hold for any news page:

- the headline (a leading h1, or a first heading repeating the page's title) is the
  document's title, not its first passage;
- an article split into sibling containers of the same kind (`div.chunk` x 5), of
  which the extractor took only the first, is read whole;
- a short paragraph that is a newsletter pitch, a "Read more:" / "Related:" link, a
  "Follow us" line or a copyright notice is boilerplate (kept, styled as such).

lxml and trafilatura are imported only here, and only when a page is opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from briefterm.core.types import PassageKind
from briefterm.sources.byline import clean_authors

# Fewer words and characters of article than these: the page holds no article (a menu,
# a cookie wall). Both, so that a short article in a script without spaces still counts.
MIN_ARTICLE_WORDS = 15
MIN_ARTICLE_CHARS = 150
# The fast pass found less text than this: let trafilatura's fallback have a go.
_FALLBACK_BELOW_CHARS = 250
_SPACE_RE = re.compile(r"[^\S\n]+")
_WORD_RE = re.compile(r"\w+")
_PROMO_MAX_CHARS = 300
_PROMO_START_RE = re.compile(
    r"(?:e-?mail \S+(?: \S+){0,3} at \S+@|read (?:more|also|next)\b|related(?: stories| articles| content)?:"
    r"|see also\b|also read\b|more from\b|click here\b|sign up\b|subscribe\b|follow (?:us|him|her|me) (?:on|at)\b"
    r"|get .{0,60}delivered\b|tell us what\b|share this\b|comments?$|copyright\s*(?:©|\(c\)|\d{4})|©"
    r"|all rights reserved"
    r"|\(c\) )",
    re.IGNORECASE,
)
_PROMO_ANYWHERE_RE = re.compile(
    r"\b(?:sign up|subscribe)\b.{0,80}\bnewsletters?\b|\bnewsletters?\b.{0,80}\b(?:sign up|subscribe)\b"
    r"|\bfollow us on\b"
    # credit lines at an article's foot: "X contributed to this report", "Reporting by X; Editing by Y"
    r"|\bcontributed (?:to )?(?:this )?report(?:ing)?\b|^_{2,}|^(?:additional )?(?:reporting|writing|editing) by\b"
    r"|^reach (?:the )?(?:reporter|writer|author)s?\b",
    re.IGNORECASE,
)
# Twin containers: each must add this much paragraph text, mostly not link text.
_TWIN_MIN_CHARS = 150
_TWIN_MAX_LINK_SHARE = 0.3
_TWIN_PARAGRAPH_MIN_CHARS = 40
# Between two chunks of one article: only siblings with less text than this (an ad slot).
_FILLER_MAX_CHARS = 100


@dataclass
class Article:
    """What the page says: its blocks in reading order, with their kinds, and its metadata."""

    blocks: list[tuple[PassageKind, str]] = field(default_factory=list)
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    warnings: list[str] = field(default_factory=list)
    starts_with_h1: bool = False  # the extractor's first block is the page's h1

    def article_words(self) -> int:
        return sum(len(_WORD_RE.findall(text)) for kind, text in self.blocks if kind != "boilerplate")

    def has_article(self) -> bool:
        chars = sum(len(text) for kind, text in self.blocks if kind != "boilerplate")
        return self.article_words() >= MIN_ARTICLE_WORDS or chars >= MIN_ARTICLE_CHARS


def extract_article(html: str, url: str | None = None) -> Article:
    """The article of `html` (already decoded): blocks, title, site, author, date."""
    article = _trafilatura(html, url, fast=True)
    if sum(len(t) for _, t in article.blocks) < _FALLBACK_BELOW_CHARS:
        fuller = _trafilatura(html, url, fast=False)
        if sum(len(t) for _, t in fuller.blocks) > sum(len(t) for _, t in article.blocks):
            fuller.warnings.append("the article was hard to find: extracted with the fallback extractors")
            article = fuller
    _take_headline(article)
    article.title = _without_site(article.title, article.site, url)
    _read_twins(html, article, url)
    article.blocks = [(_promo_kind(kind, text), text) for kind, text in article.blocks]
    return article


def _trafilatura(html: str, url: str | None, *, fast: bool) -> Article:
    import trafilatura

    doc: Any = trafilatura.bare_extraction(
        html, url=url, fast=fast, include_comments=False, include_tables=True, with_metadata=True
    )
    if doc is None or getattr(doc, "body", None) is None:
        return Article()
    article = Article(
        blocks=_blocks(doc.body),
        title=_meta(doc.title),
        site=_meta(doc.sitename),
        author=clean_authors(_meta(doc.author), _meta(doc.sitename)),
        published=_date(doc.date),
        url=_meta(doc.url),
    )
    first = doc.body[0] if len(doc.body) else None
    article.starts_with_h1 = first is not None and first.tag == "head" and first.get("rend") == "h1"
    return article


def _meta(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date(value: Any) -> str | None:
    return value[:10] if isinstance(value, str) and _DATE_RE.match(value) else None


def _blocks(body: Any) -> list[tuple[PassageKind, str]]:
    """trafilatura's XML body (p, head, list/item, quote, table/row/cell, code) as kinds and texts."""
    out: list[tuple[PassageKind, str]] = []
    for el in body:
        tag = el.tag
        kind: PassageKind = "body"
        if tag == "head":
            kind, text = "heading", _text(el).replace("\n", " ")
        elif tag == "list":
            kind, text = "list", "\n".join(_list_lines(el))
        elif tag == "quote":
            kind, text = "excerpt", _text(el)
        elif tag == "table":
            rows = (" | ".join(c for c in (_text(cell).replace("\n", " ") for cell in row.iter("cell")) if c)
                    for row in el.iter("row"))
            text = "\n".join(r for r in rows if r)
        elif tag == "code":
            kind, text = "boilerplate", _text(el)
        elif tag == "graphic":
            continue
        else:
            text = _text(el)
        if text:
            out.append((kind, text))
    return out


def _list_lines(lst: Any, depth: int = 0) -> list[str]:
    """A list's items, one a line, "• " marked; a nested list's indented beneath its item."""
    lines: list[str] = []
    for item in lst:
        if item.tag != "item":
            continue
        nested = [child for child in item if child.tag == "list"]
        own = _text(item, skip=nested).replace("\n", " ")
        if own:
            lines.append("  " * depth + ("• " if depth == 0 else "◦ ") + own)
        if depth < 8:
            for sub in nested:
                lines += _list_lines(sub, depth + 1)
    return lines


def _text(el: Any, skip: list[Any] | None = None) -> str:
    """An element's text with <lb/> as a line break, runs of spaces collapsed, blank lines
    dropped; the subtrees in `skip` left out (their tails kept)."""
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(el, False)]
    while stack:  # iterative: a deeply nested page must not exhaust the recursion limit
        node, closing = stack.pop()
        if closing:
            if node is not el and node.tail:
                parts.append(node.tail)
            continue
        stack.append((node, True))
        if skip and any(node is s for s in skip):
            continue
        if node.tag == "lb":
            parts.append("\n")
            continue
        if node.text:
            parts.append(node.text)
        stack.extend((child, False) for child in reversed(node))
    lines = (_SPACE_RE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(text)]


def _is_run_of(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return bool(short) and any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _take_headline(article: Article) -> None:
    """A leading h1, or a first heading whose words are the title's (or hold them), is the
    headline: it becomes the title and leaves the passages."""
    if not article.blocks or article.blocks[0][0] != "heading":
        return
    first = article.blocks[0][1]
    heading, title = _words(first), _words(article.title or "")
    if article.site and heading == _words(article.site):  # the masthead, not a headline
        del article.blocks[0]
    elif article.starts_with_h1 or _is_run_of(heading, title) or _is_run_of(title, heading):
        article.title = first
        del article.blocks[0]


_TITLE_SEPARATOR_RE = re.compile(r"\s+[-|–—:·•»]\s+")


def _without_site(title: str | None, site: str | None, url: str | None) -> str | None:
    """"Headline - Site", "Site | Headline": the headline alone, when one part names the site."""
    if not title:
        return title
    seps = list(_TITLE_SEPARATOR_RE.finditer(title))
    if not seps:
        return title
    names = {_norm(site or "")}
    from urllib.parse import urlsplit

    host = (urlsplit(url or "").hostname or "").lower().removeprefix("www.")
    if host:
        names |= {_norm(host), _norm(host.rsplit(".", 1)[0])}
    names.discard("")
    if _norm(title[seps[-1].end():]) in names:
        return title[:seps[-1].start()]
    if _norm(title[:seps[0].start()]) in names:
        return title[seps[0].end():]
    return title


def _promo_kind(kind: PassageKind, text: str) -> PassageKind:
    if kind not in ("body", "heading") or len(text) > _PROMO_MAX_CHARS:
        return kind
    if _PROMO_START_RE.match(text) or _PROMO_ANYWHERE_RE.search(text):
        return "boilerplate"
    return kind


def _norm(text: str) -> str:
    return " ".join(_WORD_RE.findall(text)).lower()


def _read_twins(html: str, article: Article, url: str | None) -> None:
    """When the article's container has twins (siblings with the same tag and class)
    that hold paragraphs the extractor left out, read each twin and take them all."""
    twins = _twin_containers(html, article.blocks)
    if not twins:
        return
    import lxml.html

    blocks: list[tuple[PassageKind, str]] = []
    for twin in twins:
        page = "<html><body><article>" + lxml.html.tostring(twin, encoding="unicode") + "</article></body></html>"
        blocks += _trafilatura(page, url, fast=True).blocks
    kept = {_norm(text) for _, text in blocks}
    old = [_norm(text) for kind, text in article.blocks if kind == "body"]
    if old and sum(o in kept for o in old) >= 0.9 * len(old) and len(blocks) > len(article.blocks):
        article.blocks = blocks


def _twin_containers(html: str, blocks: list[tuple[PassageKind, str]]) -> list[Any]:
    import lxml.html
    from lxml import etree

    paragraphs = [_norm(text) for kind, text in blocks if kind == "body" and len(text) >= 80]
    if not paragraphs:
        return []
    extracted = _norm("\n".join(text for _, text in blocks))
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    start = next((p for p in tree.iter("p") if _norm(p.text_content()) == paragraphs[0]), None)
    if start is None:
        return []
    # The widest container whose paragraphs the extractor all took.
    container = None
    node = start.getparent()
    while node is not None and node.tag not in ("body", "html"):
        texts = (p.text_content() for p in node.iter("p"))
        if all(_norm(t) in extracted for t in texts if len(t.strip()) >= _TWIN_PARAGRAPH_MIN_CHARS):
            container, node = node, node.getparent()
        else:
            break
    if container is None or not container.get("class") or container.getparent() is None:
        return []
    twins = _contiguous_twins(container)
    if len(twins) < 2:
        return []
    return twins if any(_adds_text(twin, extracted) for twin in twins if twin is not container) else []


def _contiguous_twins(container: Any) -> list[Any]:
    """The run of `container`'s siblings with its tag and class, around it, that only
    text-free siblings (ads, spacers, images) interrupt: the article's other chunks."""
    siblings = list(container.getparent())
    at = siblings.index(container)

    def twin(el: Any) -> bool:
        return bool(el.tag == container.tag and el.get("class") == container.get("class"))

    def filler(el: Any) -> bool:
        return not isinstance(el.tag, str) or len(el.text_content().strip()) < _FILLER_MAX_CHARS

    first = last = at
    i = at - 1
    while i >= 0 and (twin(siblings[i]) or filler(siblings[i])):
        first = i if twin(siblings[i]) else first
        i -= 1
    i = at + 1
    while i < len(siblings) and (twin(siblings[i]) or filler(siblings[i])):
        last = i if twin(siblings[i]) else last
        i += 1
    return [el for el in siblings[first:last + 1] if twin(el)]


def _adds_text(twin: Any, extracted: str) -> bool:
    paragraphs = [p for p in twin.iter("p")
                  if len(p.text_content().strip()) >= _TWIN_PARAGRAPH_MIN_CHARS
                  and _norm(p.text_content()) not in extracted]
    chars = sum(len(p.text_content()) for p in paragraphs)
    links = sum(len(a.text_content()) for p in paragraphs for a in p.iter("a"))
    return chars >= _TWIN_MIN_CHARS and links < _TWIN_MAX_LINK_SHARE * chars

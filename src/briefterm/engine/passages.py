"""Split normalised text into passages: body, heading, excerpt, list, boilerplate.

A passage is a blank-line paragraph, except that Markdown headings stand alone
and a run of list items is one `list` passage. Then two passes over the
paragraphs mark set-off quoted material (`excerpt`) and page furniture
(`boilerplate`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefterm.core.types import Block, Document, Passage, PassageKind

_BLOCK_RE = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
_HEADING_RE = re.compile(r"#{1,6}[ \t]+\S")
_LIST_ITEM_RE = re.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+\S")
_QUOTE_LINE_RE = re.compile(r"[ \t]*>")
_SENTENCE_END = (".", "!", "?", "…", "”", '"', "’", "'", ":", ";", ",", ")")
_ELLIPSIS = ("…", "...")
_CLOSING_MARKS = "”\"’'"
_ELLIPSIS_START_RE = re.compile(r"^\s*[“\"‘']?(?:…|\.\.\.)")

# Page furniture: a short block made only of lines like these.
_FURNITURE_RE = re.compile(
    r"^\s*(?:you (?:might|may) (?:also )?like|learn more about|more from"
    r"|related(?: articles| stories| links| posts| coverage)?\b"
    r"|read (?:more|next|also)\b|recommended(?: for you| stories)?|share (?:this|on)\b|share$|tweet$|email$|print$"
    r"|subscribe\b|sign up\b|follow us\b|click here\b|advertisement$|sponsored\b|promoted\b|newsletter\b"
    r"|all rights reserved|copyright\b|©|cookie|comments?$|\d+ comments?\b|leave a comment|popular\b|trending\b"
    r"|(?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram)$)",
    re.IGNORECASE,
)
_FURNITURE_MAX_CHARS = 400
_FURNITURE_MAX_LINE = 80


def document_passages(document: Document) -> list[Passage]:
    """The document's passages: the source's blocks when it knew them (a web page,
    Markdown), else the plain text split by blank lines."""
    if document.blocks is None:
        return split_passages(document.text)
    return blocks_to_passages(document.text, document.blocks)


def blocks_to_passages(text: str, blocks: Sequence[Block]) -> list[Passage]:
    """One passage per non-empty block, kinds as the source gave them."""
    passages: list[Passage] = []
    for block in blocks:
        start, end = trim_span(text, block.start, block.end)
        if start < end:
            passages.append(Passage(len(passages) + 1, block.kind, start, end, text[start:end]))
    return passages


def split_passages(text: str) -> list[Passage]:
    """Passages of `text` in order, disjoint, each `text` the exact slice."""
    spans: list[tuple[int, int, PassageKind]] = []
    for m in _BLOCK_RE.finditer(text):
        spans.extend(_split_block(text, m.start(), m.end()))
    kinds = _refine_kinds(text, spans)
    passages = []
    for i, ((start, end, _), kind) in enumerate(zip(spans, kinds, strict=True), 1):
        start, end = trim_span(text, start, end)
        passages.append(Passage(i, kind, start, end, text[start:end]))  # (keywords cost a third more)
    return passages


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`, `end` moved inwards past whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int, PassageKind]]:
    """One blank-line block into headings, list runs and paragraphs."""
    if text.find("\n", start, end) < 0:  # the common case: a one-line paragraph
        return [(start, end, _line_kind(text[start:end]))]
    lines: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        lines.append((pos, stop))
        pos = stop + 1
    out: list[tuple[int, int, PassageKind]] = []
    for ls, le in lines:
        line = text[ls:le]
        kind = _line_kind(line)
        if kind == "body" and out and out[-1][2] == "list" and line[:1] in " \t":
            kind = "list"  # an indented continuation of a list item
        if out and kind != "heading" and out[-1][2] == kind:
            out[-1] = (out[-1][0], le, kind)
        else:
            out.append((ls, le, kind))
    return out


def _line_kind(line: str) -> PassageKind:
    if _HEADING_RE.match(line):
        return "heading"
    return "list" if _LIST_ITEM_RE.match(line) else "body"


def _refine_kinds(text: str, spans: list[tuple[int, int, PassageKind]]) -> list[PassageKind]:
    kinds = [k for _, _, k in spans]
    paras = [text[s:e].strip() for s, e, _ in spans]
    for i, para in enumerate(paras):
        if kinds[i] != "body":
            continue
        # (a stripped paragraph's first line can only be quoted if it opens with ">")
        if para.startswith(">") and all(_QUOTE_LINE_RE.match(line) for line in para.split("\n")):
            kinds[i] = "excerpt"
        elif i == 0 and _is_headline(para) or _is_subheading(paras, kinds, i):
            kinds[i] = "heading"
    _mark_furniture(paras, kinds)
    _mark_excerpts(paras, kinds)
    return kinds


def _is_headline(para: str) -> bool:
    """A short single line without sentence punctuation (a trailing quote mark aside)."""
    bare = para.rstrip("”\"’'")
    return "\n" not in para and len(para) <= 150 and not bare.endswith(_SENTENCE_END)


_SUBHEADING_MAX_WORDS = 8


def _is_subheading(paras: Sequence[str], kinds: Sequence[PassageKind], i: int) -> bool:
    """A short capitalised line without punctuation between two longer body paragraphs
    ("Farmers push back"): a subheading, not a paragraph of the body."""
    para = paras[i]
    if not 0 < i < len(paras) - 1 or kinds[i - 1] != "body" or kinds[i + 1] != "body":
        return False
    if not para[:1].isupper() or not _is_headline(para) or len(para.split()) > _SUBHEADING_MAX_WORDS:
        return False
    if any(ch.isdigit() or ch in ",;:\"“”()" for ch in para):
        return False
    return min(len(paras[i - 1]), len(paras[i + 1])) > 2 * len(para)


def _clipped(paras: Sequence[str], i: int) -> bool:
    """Ends in an ellipsis that the next paragraph does not pick up: a clipped quotation."""
    if not _ends_in_ellipsis(paras[i]):
        return False
    return i + 1 >= len(paras) or not _ELLIPSIS_START_RE.match(paras[i + 1])


def _ends_in_ellipsis(para: str) -> bool:
    """"…" or "..." at the end, a closing mark and white space aside (looked at from the end:
    a regex search for it tried every offset of the paragraph)."""
    tail = para.rstrip()
    return tail.endswith(_ELLIPSIS) or (tail[-1:] in _CLOSING_MARKS and tail[:-1].endswith(_ELLIPSIS))


_EXCERPT_MAX_RUN = 6


def _mark_excerpts(paras: Sequence[str], kinds: list[PassageKind]) -> None:
    """Set-off quotation: paragraphs after an intro ending in ':' up to the next such intro,
    when the run is short and some paragraph in it is clipped with an ellipsis."""
    i = 0
    while i < len(paras):
        if not (kinds[i] == "body" and paras[i].endswith(":")):
            i += 1
            continue
        j = i + 1
        while j < len(paras) and kinds[j] == "body" and not paras[j].endswith(":"):
            j += 1
        run = range(i + 1, j)
        if 0 < len(run) <= _EXCERPT_MAX_RUN and any(_clipped(paras, k) for k in run):
            for k in run:
                kinds[k] = "excerpt"
        i = j


def _mark_furniture(paras: Sequence[str], kinds: list[PassageKind]) -> None:
    for i, para in enumerate(paras):
        if len(para) > _FURNITURE_MAX_CHARS:
            continue
        if "\n" not in para:  # the common case: one line (stripped), not split
            lines = [para] if para else []
        else:
            lines = [line for line in para.split("\n") if line.strip()]
        if any(len(line) > _FURNITURE_MAX_LINE for line in lines):
            continue  # prose, not a link or button label
        if lines and all(_FURNITURE_RE.match(line.lstrip("#>*-• \t")) for line in lines):
            kinds[i] = "boilerplate"
        elif i == len(paras) - 1 and lines and _FURNITURE_RE.match(lines[0]) and len(lines) <= 4:
            kinds[i] = "boilerplate"

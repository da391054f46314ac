"""Decoded text to a Document, by what the text is: Markdown or plain text.

`document.load` refuses what is not a document and decodes it; this module
decides how to read the text: Markdown (`.md`, `.markdown`, or piped text that
opens like Markdown) through `markdown.py`, anything else as plain text,
reflowed by `plain.py`. The Markdown parser is imported only for Markdown.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from briefterm.core.text import clean, normalise_newlines
from briefterm.core.types import Document
from briefterm.sources import plain

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})
# Piped text is Markdown when it opens with an ATX heading or a front matter and
# holds some other Markdown syntax (a fence, a link, emphasis, a list).
_OPENS_LIKE_MARKDOWN_RE = re.compile(r"\s*(?:#{1,6}[ \t]+\S|---[ \t]*\n)")
_MARKDOWN_SYNTAX_RE = re.compile(r"^(?:```|~~~|[-*+][ \t]+\S|#{1,6}[ \t])|\]\(|\*\*\S|__\S|`[^`\n]+`", re.MULTILINE)


def is_markdown(source: str, text: str) -> bool:
    """Markdown by the file's extension; piped text by how it opens."""
    if source == "-":
        head = text[:20_000]
        return bool(_OPENS_LIKE_MARKDOWN_RE.match(head)) and len(_MARKDOWN_SYNTAX_RE.findall(head)) >= 2
    return Path(source).suffix.lower() in MARKDOWN_SUFFIXES


def build(
    raw: str,
    source: str,
    *,
    warnings: list[str] | None = None,
    path: Path | None = None,
    name: str | None = None,
    utf8: bytes | None = None,
) -> Document:
    """A Document from decoded text: Markdown rendered, plain text reflowed. `utf8`: the UTF-8 of
    `raw`, where the caller has it (see `from_text`)."""
    from briefterm.sources.document import from_text

    warnings = list(warnings or [])
    text = normalise_newlines(raw)
    if is_markdown(source, text):
        return markdown_document(text, source, warnings=warnings, path=path, name=name)
    reflowed = plain.reflow(text)
    document = from_text(reflowed, source, warnings=warnings, path=path, name=name,
                         utf8=utf8 if reflowed is raw else None)
    title = plain.headline(document.text)
    if title is not None:
        document.title = title
    return document


def markdown_document(
    text: str, source: str, *, warnings: list[str], path: Path | None, name: str | None
) -> Document:
    from briefterm.sources.document import guess_title
    from briefterm.sources.markdown import render

    rendered = render(text)
    if rendered.removed:
        warnings.append(f"removed {rendered.removed} control or bidi-override character(s)")
    title = clean(rendered.title) if rendered.title else guess_title(rendered.text, name or source)
    return Document(
        text=rendered.text,
        source=source,
        title=title[:200],
        sha256=hashlib.sha256(rendered.text.encode("utf-8", "surrogatepass")).hexdigest(),
        warnings=warnings,
        path=path,
        blocks=rendered.blocks,
        emphasis=rendered.emphasis,
    )

"""A web page's byline under the header: author, site and date, dim, as plain text (never markup)."""

from __future__ import annotations

from collections.abc import Iterator

from textual.content import Content
from textual.widgets import Static

from briefterm.core.text import clean
from briefterm.core.types import Document


def byline_text(document: Document) -> str:
    """"By A. Writer · The Site · 2024-05-01"; empty when the document knows none of them (a plain text)."""
    author, site, published = (clean(x or "").strip() for x in (document.author, document.site, document.published))
    return " · ".join(part for part in (f"By {author}" if author else "", site, published) if part)


def byline(document: Document) -> Iterator[Static]:
    """The byline line, when there is one to show."""
    text = byline_text(document)
    if text:
        yield Static(Content(text), id="byline", markup=False)

"""Quotes pane: speaker — text, with direct speech and scare quotes told apart.

Tags (explained in the help, `?`): said = direct speech, reported = indirect
speech (shown without quotation marks: its words are the writer's), term = a word
or phrase the author puts in scare quotes.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from briefterm.core.text import clean
from briefterm.core.types import Quote
from briefterm.ui.widgets.side_list import SideItem, SideList

KIND_TAGS = {"direct": ("said", "bold"), "scare": ("term", "italic"), "indirect": ("reported", "")}
_TAG_WIDTH = max(len(tag) for tag, _ in KIND_TAGS.values()) + 2


def quote_text(quote: Quote) -> Text:
    tag, tag_style = KIND_TAGS.get(quote.kind, (quote.kind, ""))
    text = Text.assemble((tag.ljust(_TAG_WIDTH), f"dim {tag_style}".strip()))
    if quote.kind != "scare":
        text.append(clean(quote.speaker_name or "unattributed"), "bold" if quote.speaker_name else "dim italic")
        text.append(" — ")
    if quote.kind == "indirect":  # reported speech is not verbatim: no quotation marks
        text.append(clean(quote.text))
    else:
        text.append(f"“{clean(quote.text)}”", "italic" if quote.kind == "scare" else "")
    return text


def quote_item(quote: Quote) -> SideItem:
    # As quote_text lays it out (without building it): a speaker and " — " unless scare
    # quotes, quotation marks unless reported speech.
    speaker = 0 if quote.kind == "scare" else len(quote.speaker_name or "unattributed") + 3
    length = _TAG_WIDTH + speaker + (0 if quote.kind == "indirect" else 2) + len(quote.text)
    return SideItem(lambda: quote_text(quote), frozenset({quote.passage}), str(quote.passage),
                    length=length, lines=1 + quote.text.count("\n"))


def in_document_order(quotes: Sequence[Quote]) -> list[Quote]:
    """Quotations in document order, then indirect speech ("reported") as a group of its own."""
    return sorted(quotes, key=lambda q: (q.kind == "indirect", q.start))


def quotes_pane(*, id: str = "quotes") -> SideList[Quote]:  # noqa: A002 - Textual's name for it
    """Every quotation in document order."""
    return SideList(quote_item, in_document_order, empty_text="No quotations found.", id=id)

"""Property tests: glosses and quote corrections follow their words through any edit
around them, and are dropped (never put elsewhere) when their words are gone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefterm.brief.apply import apply_corrections, glosses_at
from briefterm.brief.model import Brief, Correction, GlossEntry, Place, QuoteEntry, TextAnchor
from briefterm.core.types import Quote
from briefterm.engine.analyse import Analysis
from briefterm.engine.passage_index import passage_at
from briefterm.engine.passages import split_passages
from briefterm.sources.document import from_text
from tests.notes.test_notes_properties import _edits, _noted


def _glossed(before: str, quote: str, after: str, with_context: bool) -> Brief:
    text = before + quote + after
    start = len(before)
    anchor = TextAnchor(quote, text[max(0, start - 32) : start] if with_context else "",
                        text[start + len(quote) : start + len(quote) + 32] if with_context else "")
    return Brief(glosses=[GlossEntry("the gloss", Place(None, anchor))])


def _kept(before: str, after: str, data: st.DataObject) -> tuple[str, str]:
    new_before, new_after = data.draw(_edits(before)), data.draw(_edits(after))
    if new_before and not new_before[-1].isspace():
        new_before += " "
    if new_after and not new_after[0].isspace():
        new_after = " " + new_after
    return new_before, new_after


@settings(max_examples=150, deadline=None)
@given(_noted(), st.booleans(), st.data())
def test_a_gloss_stays_on_the_passage_holding_its_words(
    noted: tuple[str, str, str], with_context: bool, data: st.DataObject
) -> None:
    before, quote, after = noted
    brief = _glossed(before, quote, after, with_context)
    new_before, new_after = _kept(before, after, data)
    text = new_before + quote + new_after
    passages = split_passages(text)
    here = passage_at(passages, len(new_before))
    assert here is not None
    assert glosses_at(brief, text, passages) == {here.index: "the gloss"}


@settings(max_examples=150, deadline=None)
@given(_noted(), st.booleans(), st.data())
def test_a_gloss_whose_words_are_deleted_is_dropped(
    noted: tuple[str, str, str], with_context: bool, data: st.DataObject
) -> None:
    before, quote, after = noted
    brief = _glossed(before, quote, after, with_context)
    text = data.draw(_edits(before)) + data.draw(_edits(after))
    assert glosses_at(brief, text, split_passages(text)) == {}


def _analysis_with_quote(text: str, start: int, end: int) -> Analysis:
    document = from_text(text)
    passages = split_passages(document.text)
    holder = passage_at(passages, start)
    quotes = [Quote(text[start:end], "direct", None, None, None, holder.index if holder else 1, start, end)]
    return Analysis(document, passages, [], quotes, [])


@settings(max_examples=150, deadline=None)
@given(_noted(), st.data())
def test_a_quote_correction_follows_its_quote(noted: tuple[str, str, str], data: st.DataObject) -> None:
    before, quote, after = noted
    old = before + quote + after
    s = len(before)
    entry = QuoteEntry(anchor=TextAnchor(quote, old[max(0, s - 32) : s], old[s + len(quote) : s + len(quote) + 32]),
                       kind="scare")
    correction = Correction("c1", "2026-01-01T00:00:00.000Z", quote=entry)
    new_before, new_after = _kept(before, after, data)
    text = new_before + quote + new_after
    analysis = _analysis_with_quote(text, len(new_before), len(new_before) + len(quote))
    assert apply_corrections(analysis, [correction]) == []
    assert analysis.quotes[0].kind == "scare" and analysis.quotes[0].corrected
    assert apply_corrections(analysis, [correction]) == [] and analysis.quotes[0].kind == "scare"
    # Its words gone: the correction lands on no other quote.
    gone = new_before + new_after
    if gone.strip():
        other = _analysis_with_quote(gone, 0, len(gone))
        warnings = apply_corrections(other, [correction])
        assert other.quotes[0].kind == "direct" and len(warnings) == 1

"""The brief's typed entries: checked on load, anchored to text, following edits."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefterm.brief.curated import BriefError, find_brief, load_brief
from briefterm.brief.model import GlossEntry, Place, TextAnchor
from briefterm.engine.analyse import analyse
from briefterm.sources.document import from_text, load
from tests.conftest import SEED


def _write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "doc.brief.yaml"
    path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize("content, entry, problem", [
    ("actors:\n  - match: Putin\n    type: wizard\n", "actors entry 1 (Putin)", "'type' must be one of"),
    ("quotes:\n  - kind: direct\n", "quotes entry 1", "needs a 'quote'"),
    ("glosses:\n  - text: no place\n", "glosses entry 1 (no place)", "needs a 'quote' or a 'passage'"),
    ("questions:\n  - text: Why?\n    passage: two\n", "questions entry 1 (Why?)", "'passage' must be a whole"),
    ("actors:\n  - name: Nobody\n", "actors entry 1", "'match' is missing"),
])
def test_a_malformed_entry_is_one_line_naming_file_and_entry(
    tmp_path: Path, content: str, entry: str, problem: str
) -> None:
    path = _write(tmp_path, content)
    with pytest.raises(BriefError) as e:
        load_brief(path)
    message = str(e.value)
    assert "\n" not in message
    assert message.startswith(str(path)) and entry in message and problem in message


def test_an_unknown_key_is_a_warning_naming_the_entry(tmp_path: Path) -> None:
    path = _write(tmp_path, "colour: red\nactors:\n  - match: Putin\n    nickname: Vlad\n")
    brief = load_brief(path)
    assert [a.match for a in brief.actors] == ["Putin"]
    assert brief.warnings == [f"{path}: unknown key 'colour' ignored",
                              f"{path}: actors entry 1 (Putin): unknown key 'nickname' ignored"]


def test_glosses_by_passage_number_still_load(tmp_path: Path) -> None:
    brief = load_brief(_write(tmp_path, "glosses: {1: one, 3: three}\n"))
    assert brief.glosses == [GlossEntry("one", Place(1)), GlossEntry("three", Place(3))]


def test_anchored_entries_load(tmp_path: Path) -> None:
    brief = load_brief(_write(tmp_path, (
        "glosses:\n  - quote: the bridge\n    prefix: 'said '\n    suffix: ' would'\n    text: About it\n"
        "quotes:\n  - quote: we will win\n    speaker: null\n    kind: scare\n")))
    assert brief.glosses == [GlossEntry("About it", Place(None, TextAnchor("the bridge", "said ", " would")))]
    (q,) = brief.quotes
    assert (q.anchor, q.speaker, q.kind) == (TextAnchor("we will win"), "", "scare")


DOC = "Intro line here.\n\nThe mayor said the bridge would close.\n\nTraders fear a slow summer ahead."


def _brief_on(tmp_path: Path, content: str):  # type: ignore[no-untyped-def]
    return load_brief(_write(tmp_path, content))


def test_an_anchored_gloss_follows_its_passage_when_paragraphs_are_inserted(tmp_path: Path) -> None:
    brief = _brief_on(tmp_path, "glosses:\n  - quote: The mayor said\n    text: On the bridge\n")
    edited = "New one.\n\nNew two.\n\n" + DOC
    analysis = analyse(from_text(edited), brief)
    assert [p.gloss for p in analysis.passages] == [None, None, None, "On the bridge", None]
    assert analysis.brief_warnings == []


def test_a_gloss_whose_words_are_gone_is_dropped_with_a_warning_not_misplaced(tmp_path: Path) -> None:
    brief = _brief_on(tmp_path, "glosses:\n  - quote: The mayor said\n    passage: 2\n    text: On the bridge\n")
    edited = DOC.replace("The mayor said the bridge would close.", "Officials published a plan.")
    analysis = analyse(from_text(edited), brief)
    assert all(p.gloss is None for p in analysis.passages)
    assert analysis.brief_warnings == ["gloss on “The mayor said” dropped: its text is no longer in the document"]


def test_an_anchored_quote_entry_changes_the_quote_it_is_on(tmp_path: Path) -> None:
    text = "Intro.\n\nSmith said “we will win the vote.” Jones said “never.”"
    brief = _brief_on(tmp_path, "quotes:\n  - quote: we will win\n    kind: scare\n    speaker: null\n")
    analysis = analyse(from_text(text), brief)
    by_text = {q.text: q for q in analysis.quotes}
    assert by_text["we will win the vote."].kind == "scare" and by_text["we will win the vote."].speaker is None
    assert by_text["never."].kind == "direct"


def _seed_with_two_paragraphs_above_the_third() -> str:
    text = load(str(SEED)).text
    passages = analyse(load(str(SEED))).passages
    at = passages[2].start
    return text[:at] + "An inserted paragraph.\n\nAnother inserted one.\n\n" + text[at:]


def test_acceptance_two_paragraphs_above_the_seeds_third_keep_every_gloss_on_its_passage() -> None:
    brief = find_brief(SEED)
    assert brief is not None
    before = analyse(load(str(SEED)), brief)
    after = analyse(from_text(_seed_with_two_paragraphs_above_the_third()), brief)
    glosses_before = {p.text: p.gloss for p in before.passages}
    glosses_after = {p.text: p.gloss for p in after.passages if p.gloss}
    assert glosses_after == {t: g for t, g in glosses_before.items() if g}
    assert len(glosses_after) == len(brief.glosses) and after.brief_warnings == []
    curated = {q.text: q.passage for q in after.questions if q.origin == "curated"}
    assert all(p is not None and after.passages[p - 1].text in glosses_after for p in curated.values())


def test_the_seeds_brief_is_anchored() -> None:
    brief = find_brief(SEED)
    assert brief is not None and brief.warnings == []
    assert all(g.place.anchor is not None and g.place.passage is None for g in brief.glosses)
    assert all(q.place is not None and q.place.anchor is not None for q in brief.questions)
    assert all(q.anchor is not None and q.match is None for q in brief.quotes)

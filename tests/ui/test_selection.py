"""The keyboard selection's logic: sentences and words of one passage."""

from __future__ import annotations

from briefterm.engine.passages import split_passages
from briefterm.ui.reader.selection import Selection

TEXT = "Intro.\n\nThe talks stalled. Why would Russia agree? Nobody knows."


def _sel() -> Selection:
    return Selection(TEXT, split_passages(TEXT)[1])


def test_it_starts_on_the_first_sentence_and_walks_sentences() -> None:
    s = _sel()
    assert s.words_selected == "The talks stalled."
    assert s.sentence(1) and s.words_selected == "Why would Russia agree?"
    assert s.sentence(1) and s.words_selected == "Nobody knows."
    assert not s.sentence(1) and s.words_selected == "Nobody knows."
    assert s.sentence(-1) and s.sentence(-1) and s.words_selected == "The talks stalled."
    assert not s.sentence(-1)


def test_words_move_the_end_and_the_start_but_never_cross() -> None:
    s = _sel()
    s.sentence(1)
    assert s.move_end(1) and s.words_selected == "Why would Russia agree? Nobody"
    assert s.move_end(-1) and s.move_end(-1) and s.words_selected == "Why would Russia"
    assert s.move_start(1) and s.words_selected == "would Russia"
    assert s.move_start(-1) and s.move_start(-1) and s.words_selected == "stalled. Why would Russia"
    assert s.move_start(1) and s.move_start(1) and s.move_start(1) and s.words_selected == "Russia"
    assert not s.move_start(1) and not s.move_end(-1) and s.words_selected == "Russia"


def test_it_never_leaves_its_passage() -> None:
    s = _sel()
    for _ in range(20):
        s.move_end(1)
        s.move_start(-1)
    assert s.words_selected == "The talks stalled. Why would Russia agree? Nobody knows."

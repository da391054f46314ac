"""Sentence spans (model/sentences.py), which quotes and questions are built on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefterm.engine.sentences import sentence_spans


def split(text: str, protected: list[tuple[int, int]] | None = None) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, 0, len(text), protected or [])]


def test_plain_sentences() -> None:
    assert split("The pier closed. It reopened! Why? Nobody knows…") == [
        "The pier closed.",
        "It reopened!",
        "Why?",
        "Nobody knows…",
    ]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "Mr. Roe met Gen. Poe and J. R. Smith in the U.S. Senate on Jan. 5. They talked."
    assert split(text) == ["Mr. Roe met Gen. Poe and J. R. Smith in the U.S. Senate on Jan. 5.", "They talked."]


def test_a_lower_case_word_after_the_mark_goes_on_with_the_sentence() -> None:
    assert split("“Why?” she asked. …and then it rained.") == ["“Why?” she asked. …and then it rained."]


def test_a_quoted_question_goes_on_with_the_name_and_verb_of_its_asker() -> None:
    assert split("“Who came?” Dahl asked. “Why?” Mr. Dahl said. “No!” Then he left.") == [
        "“Who came?” Dahl asked.", "“Why?” Mr. Dahl said.", "“No!”", "Then he left."]


def test_closing_marks_stay_with_their_sentence() -> None:
    assert split("He said “no.” Then he left.") == ["He said “no.”", "Then he left."]


def test_no_boundary_inside_a_protected_span() -> None:
    text = "“It was hard. We lost,” she said. Then she left."
    assert split(text, [(0, 22)]) == ["“It was hard. We lost,” she said.", "Then she left."]


def test_markdown_line_starts_are_boundaries() -> None:
    assert split("Points\n- one\n- two") == ["Points", "- one", "- two"]


def test_a_range_inside_the_text() -> None:
    text = "Skip this. Keep this. And this."
    assert [text[s:e] for s, e in sentence_spans(text, 11, len(text))] == ["Keep this.", "And this."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab A.?!…“”\"'\n ,MrU.S")), max_size=200))
def test_spans_are_ordered_trimmed_and_inside(text: str) -> None:
    spans = sentence_spans(text, 0, len(text))
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        prev = e
    # Everything that is not whitespace is in some sentence.
    covered = "".join(text[s:e] for s, e in spans)
    assert covered.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")

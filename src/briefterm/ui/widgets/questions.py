"""Questions pane: the author's explicit questions and the brief's curated ones."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from briefterm.core.text import clean
from briefterm.core.types import Question
from briefterm.ui.widgets.side_list import SideItem, SideList

ORIGIN_TAGS = {"explicit": ("asked", "bold"), "curated": ("curated", "italic"), "note": ("note", "")}
_TAG_WIDTH = max(len(tag) for tag, _ in ORIGIN_TAGS.values()) + 1
NO_PASSAGE = "–"


def question_text(question: Question) -> Text:
    tag, tag_style = ORIGIN_TAGS.get(question.origin, (question.origin, ""))
    return Text.assemble((tag.ljust(_TAG_WIDTH), f"dim {tag_style}".strip()), clean(question.text))


def question_item(question: Question) -> SideItem:
    passages = frozenset({question.passage}) if question.passage is not None else frozenset()
    label = str(question.passage) if question.passage is not None else NO_PASSAGE
    return SideItem(lambda: question_text(question), passages, label,
                    length=_TAG_WIDTH + len(question.text), lines=1 + question.text.count("\n"))


def reading_order(questions: Sequence[Question]) -> list[Question]:
    """By passage, as the text reads (curated ones among them); those about no passage last."""
    def key(q: Question) -> tuple[bool, int, bool, int]:
        return (q.passage is None, q.passage or 0, q.start is None, q.start or 0)

    return sorted(questions, key=key)


def questions_pane(*, id: str = "questions") -> SideList[Question]:  # noqa: A002 - Textual's name for it
    """Open questions: explicit (asked in the text) and curated (from the brief)."""
    return SideList(question_item, reading_order, empty_text="No questions found.", id=id)

"""Reading the quotations in parts: a reading that starts at a fresh start finds what the
reading of the whole text finds there, so the parts may be read at once on several cores; and
the parts' voices, heard in turn (the first before the second is read), are the whole's."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefterm.engine.actors.find import find_actors
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.passages import document_passages, split_passages
from briefterm.engine.quotes.find import read_quotes
from briefterm.engine.quotes.marks import fresh_start
from briefterm.engine.quotes.voices import VoiceResolver, voiced_quotes
from briefterm.sources.document import load

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DOCS = sorted(FIXTURES.glob("*/docs/*.txt"))


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_a_reading_in_two_parts_is_the_reading_of_the_whole(path: Path) -> None:
    document = load(str(path))
    text = document.text
    index = PassageIndex(document_passages(document))
    actors = find_actors(text, index)
    whole = voiced_quotes(read_quotes(text, index), text, index, actors)
    assert whole
    starts = 0
    k = fresh_start(text, index, 1)
    while k:
        voicer = VoiceResolver(text, index, actors)
        voicer.hear(read_quotes(text, index, 0, k))
        voicer.hear(read_quotes(text, index, k))
        assert voicer.quotes() == whole, f"split before passage {k}"
        starts += 1
        k = fresh_start(text, index, k + 1)
    assert starts


def test_no_fresh_start_after_a_passage_with_a_quotation() -> None:
    text = "Roe said: “We will stay.”\n\nShe left on Monday.\n\nThe pier closed.\n\n“It is over,” he said."
    index = PassageIndex(split_passages(text))
    assert fresh_start(text, index, 1) == 2  # not 1: the passage before it holds a quotation
    assert fresh_start(text, index, 3) == 3
    assert fresh_start(text, index, 4) == 0  # past the last passage


def test_a_quotation_running_over_passages_is_no_place_to_start() -> None:
    text = "“We stayed all night.\n\n“Then we left,” Roe said.\n\nThe pier closed.\n\nIt reopened."
    index = PassageIndex(split_passages(text))
    assert fresh_start(text, index, 1) == 3  # the first passage's quotation runs on into the second

"""The curated brief: parsing, refusing, merging over the engine's result."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefterm.brief.curated import Brief, BriefError, brief_path, find_brief, load_brief
from briefterm.brief.model import ActorEntry, GlossEntry, Place, QuestionEntry, QuoteEntry
from briefterm.core.types import Actor, Mention, Quote
from briefterm.engine.analyse import analyse
from briefterm.sources.document import from_text, load
from tests.conftest import SEED


def test_brief_path_replaces_the_extension() -> None:
    assert brief_path(Path("/x/doc.txt")) == Path("/x/doc.brief.yaml")
    assert brief_path(Path("/x/doc.md")) == Path("/x/doc.brief.yaml")


def test_missing_brief_is_none(tmp_path: Path) -> None:
    assert find_brief(tmp_path / "doc.txt") is None
    assert find_brief(None) is None


@pytest.mark.parametrize("content, fragment", [("glosses: [x", "YAML"), ("- a list", "mapping"),
                                               ("glosses: {a: b}", "glosses entry 'a'")])
def test_broken_brief_is_refused_in_one_line(tmp_path: Path, content: str, fragment: str) -> None:
    path = tmp_path / "doc.brief.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BriefError, match=fragment):
        load_brief(path)


def test_yaml_tags_are_not_executed(tmp_path: Path) -> None:
    path = tmp_path / "doc.brief.yaml"
    path.write_text("title: !!python/object/apply:os.system ['echo hacked']", encoding="utf-8")
    with pytest.raises(BriefError):
        load_brief(path)


def test_apply_glosses_actor_fixes_quotes_and_questions() -> None:
    document = from_text("Intro here.\n\nSmith said “we will win.”")
    analysis = analyse(document)
    smith = Actor(id="smith", name="Smith", type="group", mentions=[Mention(2, 13, 18, "Smith")])
    other = Actor(id="junk", name="Junk", type="person")
    analysis.actors = [smith, other]
    analysis.quotes = [Quote("we will win.", "scare", "junk", None, None, 2, 26, 38)]
    brief = Brief(
        title="Better title",
        glosses=[GlossEntry("Smith is confident.", Place(2)), GlossEntry("no such passage", Place(9))],
        actors=[ActorEntry("smith", name="Jane Smith", type="person", description="A general")],
        drop_actors=["Junk"],
        quotes=[QuoteEntry(match="we will", kind="direct", speaker="Jane Smith")],
        questions=[QuestionEntry("Will Smith win?", Place(2), ("Smith",)),
                   QuestionEntry("Whole-text question?", Place(99))],
    )
    warnings = brief.apply(analysis)
    assert warnings == ["gloss on passage 9 dropped: its text is no longer in the document"]
    assert analysis.document.title == "Better title"
    assert [p.gloss for p in analysis.passages] == [None, "Smith is confident."]
    assert [a.id for a in analysis.actors] == ["smith"]
    assert (smith.name, smith.type, smith.description) == ("Jane Smith", "person", "A general")
    assert smith.aliases == ["Smith"]
    q = analysis.quotes[0]
    assert (q.kind, q.speaker, q.speaker_name) == ("direct", "smith", "Jane Smith")
    curated = [x for x in analysis.questions if x.origin == "curated"]
    assert [(x.passage, x.actors) for x in curated] == [(2, ["smith"]), (None, [])]


def test_seed_brief_has_glosses_and_five_curated_questions() -> None:
    brief = find_brief(SEED)
    assert brief is not None
    analysis = analyse(load(str(SEED)), brief)
    content = [p for p in analysis.passages if p.kind != "boilerplate"]
    assert all(p.gloss for p in content)
    curated = [q.text for q in analysis.questions if q.origin == "curated"]
    assert len(curated) >= 5
    assert any("European Union" in q for q in curated)
    assert any("Article 5" in q for q in curated)
    assert any("Crimea" in q and "Donbas" in q for q in curated)


def test_brief_strings_lose_control_characters_and_escapes(tmp_path: Path) -> None:
    path = tmp_path / "doc.brief.yaml"
    path.write_text('title: "Red \\x1b[31malert\\x07"\nglosses: {1: "a\\u202eb"}\n'
                    'questions: [{text: "Why\\x1b]8;;http://x\\x07?"}]\n', encoding="utf-8")
    brief = load_brief(path)
    assert brief.title == "Red alert"
    assert brief.glosses == [GlossEntry("ab", Place(1))]
    assert brief.questions[0].text == "Why?"


def test_brief_matches_a_surname_to_the_one_actor_named_in_full() -> None:
    document = from_text("Intro.\n\nAntony Blinken and Jane Blinken met.")
    analysis = analyse(document)
    analysis.actors = [Actor(id="antony-blinken", name="Antony Blinken", type="person"),
                       Actor(id="jake-sullivan", name="Jake Sullivan", type="person")]
    Brief(actors=[ActorEntry("Blinken", description="Secretary of State"),
                  ActorEntry("Sullivan", description="Adviser")]).apply(analysis)
    assert [a.description for a in analysis.actors] == ["Secretary of State", "Adviser"]
    analysis.actors.append(Actor(id="jane-blinken", name="Jane Blinken", type="person"))
    Brief(actors=[ActorEntry("Blinken", description="ambiguous")]).apply(analysis)
    assert "ambiguous" not in [a.description for a in analysis.actors]


def test_every_actor_entry_of_the_seed_brief_finds_its_actor() -> None:
    from briefterm.brief.apply import find_actor

    brief = find_brief(SEED)
    assert brief is not None
    engine = analyse(load(str(SEED)))
    missing = [e.match for e in brief.actors if find_actor(engine.actors, e.match) is None]
    assert missing == []

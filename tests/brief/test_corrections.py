"""The reader's corrections: applied after the brief, idempotent, kept in the notes file."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml

from briefterm.brief.apply import apply_corrections
from briefterm.brief.model import ActorEntry, Correction, QuoteEntry, TextAnchor
from briefterm.core.types import Actor, Mention, Quote
from briefterm.engine.analyse import Analysis, analyse
from briefterm.engine.passages import document_passages
from briefterm.sources.document import from_text, load
from briefterm.store.notes_store import DocumentNotes, NotesStore
from tests.cli.test_cli import SCHEMA, run
from tests.conftest import SEED

TEXT = "Intro.\n\nSmith said “we will win.” Smith Corp agreed. Jones said “never.”"


def _analysis() -> Analysis:
    analysis = analyse(from_text(TEXT))
    smith = Actor("smith", "Smith", "group", mentions=[Mention(2, 8, 13, "Smith")])
    corp = Actor("smith-corp", "Smith Corp", "organization", mentions=[Mention(2, 34, 44, "Smith Corp")])
    jones = Actor("jones", "Jones", "person", mentions=[Mention(2, 53, 58, "Jones")])
    analysis.actors = [smith, corp, jones]
    w, n = TEXT.index("we will win."), TEXT.index("never.")
    analysis.quotes = [Quote("we will win.", "direct", "smith", "Smith", "said", 2, w, w + 12),
                       Quote("never.", "direct", None, None, "said", 2, n, n + 6)]
    return analysis


def _c(n: int, actor: ActorEntry | None = None, quote: QuoteEntry | None = None) -> Correction:
    return Correction(f"c{n}", f"2026-01-01T00:00:0{n}.000Z", actor=actor, quote=quote)


def _state(a: Analysis) -> object:
    return [vars(x) for x in a.actors], [vars(q) for q in a.quotes]


def test_a_renamed_actor_keeps_its_id_and_is_marked_corrected() -> None:
    a = _analysis()
    apply_corrections(a, [_c(1, ActorEntry("smith", name="Jane Smith", type="person"))])
    smith = a.actor("smith")
    assert smith is not None and (smith.name, smith.type, smith.aliases, smith.corrected) == (
        "Jane Smith", "person", ["Smith"], True)
    assert a.actor("jones") is not None and not a.actor("jones").corrected  # type: ignore[union-attr]


def test_applying_corrections_twice_changes_nothing() -> None:
    corrections = [
        _c(1, ActorEntry("smith", name="Jane Smith")),
        _c(2, ActorEntry("smith-corp", merge_into="smith")),
        _c(3, quote=QuoteEntry(anchor=TextAnchor("never."), speaker="Jane Smith", kind="indirect")),
        _c(4, ActorEntry("jones", not_actor=True)),
    ]
    a = _analysis()
    apply_corrections(a, corrections)
    once = _state(a)
    assert apply_corrections(a, corrections) == [
        "correction “smith-corp merged into smith” no longer fits: its actor or quote is gone",
        "correction “jones is not an actor” no longer fits: its actor or quote is gone",
    ]
    assert _state(a) == once


def test_merge_moves_mentions_aliases_and_speech_to_the_target() -> None:
    a = _analysis()
    a.quotes[1].speaker = "smith-corp"
    apply_corrections(a, [_c(1, ActorEntry("Smith Corp", merge_into="smith"))])
    assert [x.id for x in a.actors] == ["smith", "jones"]
    smith = a.actors[0]
    assert smith.aliases == ["Smith Corp"] and [m.text for m in smith.mentions] == ["Smith", "Smith Corp"]
    assert a.quotes[1].speaker == "smith" and smith.corrected


def test_not_an_actor_removes_it_and_its_speech() -> None:
    a = _analysis()
    apply_corrections(a, [_c(1, ActorEntry("smith", not_actor=True))])
    assert [x.id for x in a.actors] == ["smith-corp", "jones"] and a.quotes[0].speaker is None


def test_a_typed_speaker_name_that_is_an_alias_links_to_the_actor() -> None:
    a = _analysis()
    apply_corrections(a, [_c(1, ActorEntry("smith", name="Jane Smith")),
                          _c(2, quote=QuoteEntry(anchor=TextAnchor("never."), speaker="smith"))])
    assert (a.quotes[1].speaker, a.quotes[1].speaker_name, a.quotes[1].corrected) == ("smith", "Jane Smith", True)
    apply_corrections(a, [_c(3, quote=QuoteEntry(anchor=TextAnchor("never."), speaker="a bystander"))])
    assert (a.quotes[1].speaker, a.quotes[1].speaker_name) == (None, "a bystander")


def test_corrections_win_over_the_brief() -> None:
    from briefterm.brief.curated import find_brief

    document = load(str(SEED))
    brief = find_brief(SEED)
    fix = _c(1, ActorEntry("vladimir-putin", name="V. V. Putin"))
    analysis = analyse(document, brief, corrections=[fix])
    putin = analysis.actor("vladimir-putin")
    assert putin is not None and putin.name == "V. V. Putin" and putin.description == "President of Russia"
    data = analysis.to_dict()
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    marked = [x["id"] for x in data["actors"] if x.get("corrected")]
    assert marked == ["vladimir-putin"]


# --- kept in the notes file --------------------------------------------------------

OLD_FILE = """version: 1
document: {source: story.txt}
notes:
- id: n1
  passage: 2
  body: an old note
  status: anchored
  created: '2025-01-01T00:00:00.000Z'
  updated: '2025-01-01T00:00:00.000Z'
  anchor: {exact: Smith said, prefix: "Intro.\\n\\n", suffix: ' “we will win.”', start: 8, end: 18}
  whole_passage: false
deleted: []
"""


def test_a_notes_file_written_before_corrections_still_loads_and_keeps_its_notes(tmp_path: Path) -> None:
    path = tmp_path / "n.yaml"
    path.write_text(OLD_FILE, encoding="utf-8")
    document = from_text(TEXT)
    notes = DocumentNotes.open(document, document_passages(document), path, strict=True)
    assert [(n.id, n.status, n.passage) for n in notes.notes] == [("n1", "anchored", 2)]
    assert notes.corrections == []
    notes.correct(_c(1, ActorEntry("smith", name="Jane Smith")))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [n["id"] for n in data["notes"]] == ["n1"]
    assert data["corrections"] == [{"id": "c1", "made": "2026-01-01T00:00:01.000Z",
                                    "actor": {"match": "smith", "name": "Jane Smith"}}]


def test_corrections_keep_their_order_and_undo_takes_back_the_latest_after_a_reload(tmp_path: Path) -> None:
    path = tmp_path / "n.yaml"
    first, second = NotesStore(path), NotesStore(path)  # two processes
    first.add_correction(_c(1, ActorEntry("smith", name="A")))
    second.add_correction(_c(2, ActorEntry("smith", name="B")))
    assert [c.id for c in NotesStore(path).load_corrections()] == ["c1", "c2"]
    undone, left = NotesStore(path).undo_correction()
    assert undone is not None and undone.id == "c2" and [c.id for c in left] == ["c1"]
    first.add_correction(_c(2, ActorEntry("smith", name="B")))  # a retried save of the undone one
    assert [c.id for c in NotesStore(path).load_corrections()] == ["c1"]
    NotesStore(path).undo_correction()
    assert NotesStore(path).undo_correction() == (None, [])


def test_analyze_and_export_show_corrections_and_no_brief_shows_the_engine(tmp_path: Path) -> None:
    notes = tmp_path / "n.yaml"
    NotesStore(notes).add_correction(_c(1, ActorEntry("vladimir-putin", name="Putin the Renamed")))
    names = lambda *a: [x["name"] for x in json.loads(run(*a).stdout)["actors"]]  # noqa: E731
    assert "Putin the Renamed" in names("analyze", str(SEED), "--notes", str(notes))
    assert "Putin the Renamed" in names("export", str(SEED), "--notes", str(notes), "--format", "json")
    engine = names("analyze", str(SEED), "--notes", str(notes), "--no-brief")
    assert "Putin the Renamed" not in engine and "Vladimir Putin" in engine
    brief = yaml.safe_load(run("export", str(SEED), "--notes", str(notes), "--format", "brief").stdout)
    putin = [a for a in brief["actors"] if a["match"] == "Putin"]
    assert putin == [{"match": "Putin", "name": "Putin the Renamed", "type": "person",
                      "description": "President of Russia"}]
    assert all("quote" in g for g in brief["glosses"])

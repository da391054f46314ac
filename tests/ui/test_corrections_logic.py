"""The reader's corrections controller: saved in the notes file, applied, undone (also
by a new controller: after a relaunch), and off with --no-brief."""

from __future__ import annotations

from pathlib import Path

from briefterm.brief.model import ActorEntry
from briefterm.engine.analyse import analyse
from briefterm.sources.document import load
from briefterm.ui.reader.corrections import Corrections
from tests.conftest import SEED


def test_save_apply_and_undo_across_a_relaunch(tmp_path: Path) -> None:
    notes = str(tmp_path / "n.yaml")
    document = load(str(SEED))
    Corrections(document, notes).save(ActorEntry("vladimir-putin", name="V. Putin"))
    analysis = analyse(document)
    assert Corrections(document, notes).apply(analysis) == []
    putin = analysis.actor("vladimir-putin")
    assert putin is not None and putin.name == "V. Putin" and putin.corrected
    relaunched = Corrections(document, notes)
    undone = relaunched.undo()
    assert undone is not None and undone.actor == ActorEntry("vladimir-putin", name="V. Putin")
    assert relaunched.load() == [] and relaunched.undo() is None


def test_off_with_no_brief(tmp_path: Path) -> None:
    notes = str(tmp_path / "n.yaml")
    document = load(str(SEED))
    Corrections(document, notes).save(ActorEntry("vladimir-putin", name="V. Putin"))
    off = Corrections(document, notes, enabled=False)
    analysis = analyse(document)
    assert off.load() == [] and off.apply(analysis) == []
    assert analysis.actor("vladimir-putin").name == "Vladimir Putin"  # type: ignore[union-attr]

"""The brief beside a document is read after the reader's first paint (YAML is not on
the way to the first screen): its title and glosses then show; a broken brief is one
warning and the document is shown with the engine's findings alone."""

from __future__ import annotations

from pathlib import Path

from briefterm.sources.document import load
from briefterm.ui.app import BriefApp

from .fakes import TEXT, GatedAnalyser, fake_analysis
from .helpers import recorded_notifications, screen_text, settled, until_shown

BRIEF = """\
title: The council and the river
glosses:
- quote: Berg said the town could not wait
  text: The mayor will not wait for the agency.
"""


def _document(tmp_path: Path, brief: str | None) -> Path:
    path = tmp_path / "ostby.txt"
    path.write_text(TEXT, encoding="utf-8")
    if brief is not None:
        (tmp_path / "ostby.brief.yaml").write_text(brief, encoding="utf-8")
    return path


async def test_the_brief_beside_the_document_shows_its_title_and_glosses_before_the_analysis(
        tmp_path: Path) -> None:
    gate = GatedAnalyser()
    app = BriefApp(load(str(_document(tmp_path, BRIEF))), None, analyser=gate, find_brief=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_shown(pilot, "The council and the river")
        await until_shown(pilot, "The mayor will not wait for the agency.")
        assert app.reader.analysis is None
        gate.release.set()
        await settled(pilot)
        assert app.reader.brief is not None and app.reader.brief.title == "The council and the river"
        assert "The council and the river" in screen_text(app).splitlines()[0]


async def test_a_broken_brief_is_one_warning_and_the_document_still_shows(tmp_path: Path) -> None:
    app = BriefApp(load(str(_document(tmp_path, "glosses: [unclosed"))), None, analyser=fake_analysis,
                   find_brief=True)
    async with app.run_test(size=(120, 40)) as pilot:
        said = recorded_notifications(app)
        await settled(pilot)
        assert app.reader.brief is None and app.reader.analysis is not None
        assert any("ostby.brief.yaml: not valid YAML" in message for message in said), said
        assert "The river deal at Ostby" in screen_text(app)


async def test_without_find_brief_the_brief_beside_is_not_read(tmp_path: Path) -> None:
    """`--no-brief`: the engine alone, even with a brief next to the document."""
    app = BriefApp(load(str(_document(tmp_path, BRIEF))), None, analyser=fake_analysis, no_brief=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.reader.brief is None
        assert "The council and the river" not in screen_text(app)

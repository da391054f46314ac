"""keymap.yaml: binding id -> keys, read after the first paint; a bad file is one warning."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.widgets import ContentSwitcher

from briefterm.ui.app import BriefApp
from briefterm.ui.keymap import binding_ids, parse_keymap, read_keymap, without_clashes

from .fakes import document, fake_analysis
from .helpers import recorded_notifications, screen_text, settled, until


def make_app() -> BriefApp:
    return BriefApp(document(), None, analyser=fake_analysis)


def write_keymap(text: str) -> Path:
    folder = Path(os.environ["BRIEFTERM_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "keymap.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_key_or_a_list_of_keys() -> None:
    assert parse_keymap("next: x\nprevious: [y, up]\n") == {"next": "x", "previous": "y,up"}
    assert parse_keymap("") == {}


@pytest.mark.parametrize("text", ["next: [x", "- x\n- y\n", "next: 3\n", "next: []\n", "next: 'a,b'\n"])
def test_nonsense_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "keymap.yaml"
    path.write_text(text, encoding="utf-8")
    keymap, warning = read_keymap(path, binding_ids())
    assert keymap == {}
    assert warning is not None and "\n" not in warning and "default keys kept" in warning


def test_no_file_is_no_warning(tmp_path: Path) -> None:
    assert read_keymap(tmp_path / "keymap.yaml", binding_ids()) == ({}, None)


def test_unknown_ids_are_named_and_the_rest_applies(tmp_path: Path) -> None:
    path = tmp_path / "keymap.yaml"
    path.write_text("next: x\nnot_a_binding: z\n", encoding="utf-8")
    keymap, warning = read_keymap(path, binding_ids())
    assert keymap == {"next": "x"}
    assert warning is not None and "not_a_binding" in warning


def test_a_key_another_reader_binding_keeps_is_refused_and_named() -> None:
    keymap, warning = without_clashes({"next": "a", "previous": "z"})
    assert keymap == {"previous": "z"}  # `a` adds a note: next keeps j / down
    assert warning is not None and "note_add" in warning and "next" in warning and "\n" not in warning


def test_keys_swapped_between_two_bindings_are_no_clash() -> None:
    assert without_clashes({"next": "k", "previous": "j"}) == ({"next": "k", "previous": "j"}, None)


async def test_next_remapped_to_x_moves_down_and_help_says_x() -> None:
    write_keymap("next: x\n")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await until(pilot, lambda: app.keymap == {"next": "x"}, "the keymap loaded")
        pane = app.reader.passage_pane
        await pilot.press("x")
        assert pane.cursor == 1
        await pilot.press("j")  # remapped away
        assert pane.cursor == 1
        await pilot.press("1", "x")  # the side panes move with it too
        assert app.reader.actors_pane.cursor == 1
        await pilot.press("question_mark")
        await until(pilot, lambda: "Next passage" in screen_text(app), "help")
        row = next(line for line in screen_text(app).splitlines() if "Next passage" in line)
        assert row.split("│")[1].split()[:3] == ["x", "Next", "passage"] and " next " in row


@pytest.mark.parametrize(("text", "named"), [
    ("next: [x\n", "keymap.yaml"),  # not YAML: one warning, the defaults stay
    ("next: a\n", "note_add"),  # a key another binding keeps: named, and next keeps j
])
async def test_a_bad_keymap_line_is_one_warning_and_j_still_moves(text: str, named: str) -> None:
    write_keymap(text)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        said = recorded_notifications(app)
        await settled(pilot)
        await until(pilot, lambda: bool(said), "the warning")
        assert len(said) == 1 and named in said[0] and "\n" not in said[0]
        await pilot.press("j")
        await until(pilot, lambda: app.reader.passage_pane.cursor == 1, "j still moves down")


async def test_g_and_G_in_a_side_pane_go_to_its_first_and_last_item() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("2")
        assert app.reader.query_one(ContentSwitcher).current == "quotes"
        quotes = app.reader.quotes_pane
        await pilot.press("G")
        assert quotes.cursor == len(quotes.values) - 1
        await pilot.press("g")
        assert quotes.cursor == 0
        assert app.reader.passage_pane.cursor == 0  # the passages stayed where they were

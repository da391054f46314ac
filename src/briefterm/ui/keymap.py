"""Keys, declared once: the BINDINGS lists (every binding with an id) and the user's keymap.yaml.

Help (`?`), the footer, the command palette and every hint that names a key
read the bindings from here, so a key is typed in one place only. Users remap
keys in `keymap.yaml` in the config directory (`$BRIEFTERM_CONFIG_DIR`, else
`platformdirs.user_config_dir("briefterm")`), as posting does::

    next: x              # binding id -> a key
    previous: [y, up]    # ... or a list of keys

A file that cannot be read or makes no sense is a one-line warning and the
default keys stay. It is read after the first paint (it is never needed sooner).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from textual.app import App
from textual.binding import Binding, BindingType

KEYMAP_FILE = "keymap.yaml"

# Named keys read better spelled out in a help text than as the footer's symbols.
SPELLED = {"enter": "enter", "escape": "escape", "space": "space", "pagedown": "page down",
           "pageup": "page up", "home": "home", "end": "end", "tab": "tab", "shift+tab": "shift+tab"}


def bindings(entries: Iterable[BindingType]) -> list[Binding]:
    return [entry if isinstance(entry, Binding) else Binding(*entry) for entry in entries]


def places() -> list[tuple[str, list[Binding]]]:
    """(title, bindings) for each place keys work, read from the classes' BINDINGS."""
    from briefterm.ui.app import BriefApp
    from briefterm.ui.screens.confirm import ConfirmScreen
    from briefterm.ui.screens.correct import CorrectionForm
    from briefterm.ui.screens.draft_offer import DraftOffer
    from briefterm.ui.screens.help import HelpScreen
    from briefterm.ui.screens.library import LibraryScreen
    from briefterm.ui.screens.note_editor import NoteEditor
    from briefterm.ui.screens.reader import ReaderScreen
    from briefterm.ui.widgets.notes import NotesPane
    from briefterm.ui.widgets.search_bar import SearchBar
    from briefterm.ui.widgets.side_list import SideList
    from briefterm.ui.widgets.virtual_list import VirtualList

    sections = [
        ("Moving (passages, and items in a side pane)", bindings(VirtualList.BINDINGS)),
        ("Reading", bindings(ReaderScreen.BINDINGS)),
        ("In a side pane", bindings(SideList.BINDINGS)),
        ("In the Notes pane", bindings(NotesPane.BINDINGS)),
        ("While typing a search", bindings(SearchBar.BINDINGS)),
        ("In the library (o)", bindings(LibraryScreen.BINDINGS)),
        ("Writing a note", bindings(NoteEditor.BINDINGS)),
        ("Correcting an actor or a quote (c)", bindings(CorrectionForm.BINDINGS)),
        ("Offered a draft from last time", bindings(DraftOffer.BINDINGS)),
        ("Asked to confirm", bindings(ConfirmScreen.BINDINGS)),
        ("In this help", bindings(HelpScreen.BINDINGS)),
        ("Everywhere", bindings(BriefApp.BINDINGS)),
    ]
    # A binding shared by several places (the Notes pane moves as the other lists do) is listed once.
    seen: set[str | None] = set()
    out: list[tuple[str, list[Binding]]] = []
    for title, group in sections:
        fresh = [b for b in group if b.id not in seen]
        seen.update(b.id for b in fresh)
        if fresh:
            out.append((title, fresh))
    return out


def binding_ids() -> set[str]:
    return {b.id for _, group in places() for b in group if b.id}


def default_keys(binding_id: str) -> list[str]:
    for _, group in places():
        for b in group:
            if b.id == binding_id:
                return split_keys(b.key)
    raise KeyError(binding_id)


def split_keys(keys: str) -> list[str]:
    return [k.strip() for k in keys.split(",") if k.strip()]


def user_keymap(app: App[object]) -> Mapping[str, str]:
    """The keymap read from keymap.yaml (binding id -> comma-separated keys)."""
    from briefterm.ui.app import BriefApp

    return app.keymap if isinstance(app, BriefApp) else {}


def keys_of(app: App[object], binding: Binding) -> list[str]:
    """The keys a binding answers to now: the user's keymap, else its own."""
    keymap = user_keymap(app)
    if binding.id is not None and binding.id in keymap:
        return split_keys(keymap[binding.id])
    return split_keys(binding.key)


def key_display(app: App[object], key: str) -> str:
    """A key as a person types it: `x`, `ctrl+s`, `page down`, `↓`."""
    if len(key) == 1 or "+" in key:
        return key
    return SPELLED.get(key) or app.get_key_display(Binding(key, ""))


def key_names(app: App[object], binding: Binding) -> str:
    """`j / ↓` for a binding of "j,down"."""
    return " / ".join(key_display(app, k) for k in keys_of(app, binding))


def key_for(app: App[object], binding_id: str) -> str:
    """The first key of a binding, for a hint ("press 4"), honouring the keymap."""
    keymap = user_keymap(app)
    keys = split_keys(keymap[binding_id]) if binding_id in keymap else default_keys(binding_id)
    return key_display(app, keys[0]) if keys else binding_id


# ----- keymap.yaml


class KeymapError(ValueError):
    pass


def keymap_path() -> Path:
    from briefterm.store.paths import config_dir

    return config_dir() / KEYMAP_FILE


def read_keymap(path: Path, known: set[str]) -> tuple[dict[str, str], str | None]:
    """The keymap in `path` (binding id -> comma-separated keys) and a one-line warning, if any.

    No file: no keymap, no warning. A file that cannot be read or parsed: no
    keymap and a warning. Unknown binding ids: the rest applies, and a warning names them.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError) as error:
        return {}, f"{path}: cannot be read ({type(error).__name__}); default keys kept"
    try:
        keymap = parse_keymap(raw)
    except KeymapError as error:
        return {}, f"{path}: {error}; default keys kept"
    unknown = sorted(set(keymap) - known)
    if unknown:
        for binding_id in unknown:
            del keymap[binding_id]
        names = ", ".join(unknown)
        return keymap, f"{path}: no binding with the id {names} (press ? for the ids); the rest applies"
    return keymap, None


# The places whose keys all work at once on the reader: a key may mean one thing there.
_READER_PLACES = ("Moving", "Reading", "In a side pane", "In the Notes pane", "Everywhere")


def without_clashes(keymap: dict[str, str]) -> tuple[dict[str, str], str | None]:
    """The keymap without the entries that give a binding a key another reader binding
    keeps ("next: a" while `a` adds a note), and a one-line warning naming them."""
    owners: dict[str, set[str]] = {}
    for title, group in places():
        if title.startswith(_READER_PLACES):
            for b in group:
                for key in split_keys(keymap[b.id]) if b.id in keymap else split_keys(b.key):
                    owners.setdefault(key, set()).add(str(b.id))
    said: list[str] = []
    kept = dict(keymap)
    for binding_id, keys in keymap.items():
        for key in split_keys(keys):
            others = sorted(owners.get(key, set()) - {binding_id} - set(keymap))
            if others:
                said.append(f"{key} is {others[0]}'s key, so {binding_id} keeps its own")
                kept.pop(binding_id, None)
                break
    return kept, "; ".join(said) if said else None


def parse_keymap(raw: str) -> dict[str, str]:
    from briefterm.core.yaml_text import YAMLError, error_line, load_yaml

    try:
        data = load_yaml(raw)
    except YAMLError as error:
        raise KeymapError(f"not valid YAML{error_line(error)}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise KeymapError("expected 'binding_id: key' lines")
    keymap: dict[str, str] = {}
    for binding_id, value in data.items():
        keys = [value] if isinstance(value, str) else value
        if not isinstance(binding_id, str) or not isinstance(keys, list) or not keys:
            raise KeymapError(f"{binding_id!r}: expected a key or a list of keys")
        if not all(isinstance(k, str) and k.strip() and "," not in k for k in keys):
            raise KeymapError(f"{binding_id!r}: a key must be a name such as x, ctrl+x or f2")
        keymap[binding_id] = ",".join(k.strip() for k in keys)
    return keymap

"""A curated brief: YAML next to a document, merged over what the engine found.

The format is in `format.py`, the typed entries in `model.py`, the merge in
`apply.py`. Loading checks every entry: a malformed one is a BriefError (one
line naming the file and the entry), an unknown key a warning (`Brief.warnings`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from briefterm.brief import format as fmt
from briefterm.brief.model import Brief, GlossEntry, Place
from briefterm.core.text import clean, printable

__all__ = ["Brief", "BriefError", "brief_path", "find_brief", "load_brief", "parse_brief"]

_TOP_KEYS = frozenset({"title", "glosses", "actors", "drop_actors", "quotes", "questions"})


class BriefError(Exception):
    """A brief that cannot be used; the message is one line for the user."""


def brief_path(document_path: Path) -> Path:
    """The brief beside a document: `.brief.yaml` in place of its extension."""
    return document_path.with_name(document_path.stem + ".brief.yaml")


def load_brief(path: Path) -> Brief:
    """Parse a brief file, or raise BriefError with a one-line message."""
    from briefterm.core.yaml_text import YAMLError, error_line, load_yaml  # only with a brief: 20 ms

    shown = printable(os.fspath(path))
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise BriefError(f"{shown}: cannot read the brief ({e.__class__.__name__})") from None
    except YAMLError as e:
        raise BriefError(f"{shown}: not valid YAML{error_line(e)}") from None
    return parse_brief(raw, shown)


def parse_brief(raw: object, shown: str) -> Brief:
    """A Brief from parsed YAML; BriefError names the file (`shown`) and the entry."""
    if raw is None:
        return Brief(source=shown)
    raw = _clean(raw)
    if not isinstance(raw, dict):
        raise BriefError(f"{shown}: a brief must be a mapping")
    try:
        return _brief(raw, shown)
    except fmt.EntryError as e:
        raise BriefError(f"{shown}: {e}") from None


def _brief(raw: Mapping[str, object], shown: str) -> Brief:
    warnings = [f"unknown key '{k}' ignored" for k in fmt.unknown_keys(raw, _TOP_KEYS)]
    glosses, w_glosses = _glosses(raw.get("glosses"))
    actors, w_actors = fmt.entries(raw.get("actors"), "actors", fmt.actor_from, fmt.ACTOR_KEYS)
    quotes, w_quotes = fmt.entries(raw.get("quotes"), "quotes", fmt.quote_from, fmt.QUOTE_KEYS)
    questions, w_questions = fmt.entries(raw.get("questions"), "questions", fmt.question_from, fmt.QUESTION_KEYS)
    drop = raw.get("drop_actors") or []
    if not isinstance(drop, list) or not all(isinstance(d, str | int) for d in drop):
        raise fmt.EntryError("'drop_actors' must be a list of names")
    title = raw.get("title")
    if title is not None and not isinstance(title, str | int | float):
        raise fmt.EntryError("'title' must be text")
    warnings += w_glosses + w_actors + w_quotes + w_questions
    return Brief(
        title=str(title) if title else None,
        glosses=glosses,
        actors=actors,
        drop_actors=[str(d) for d in drop],
        quotes=quotes,
        questions=questions,
        source=shown,
        warnings=[f"{shown}: {w}" for w in warnings],
    )


def _glosses(raw: object) -> tuple[list[GlossEntry], list[str]]:
    """The anchored list, or the old mapping of passage number -> text."""
    if isinstance(raw, dict):
        out: list[GlossEntry] = []
        for key, value in raw.items():
            if isinstance(key, bool) or not isinstance(key, int):
                raise fmt.EntryError(f"glosses entry {key!r}: a passage number must be a whole number")
            if value is None or value == "":
                continue
            if not isinstance(value, str | int | float):
                raise fmt.EntryError(f"glosses entry {key}: the gloss must be text")
            out.append(GlossEntry(str(value), Place(passage=key)))
        return out, []
    return fmt.entries(raw, "glosses", fmt.gloss_from, fmt.GLOSS_KEYS)


def _clean(value: object) -> object:
    """Every string of a parsed brief without control characters or escape sequences
    (YAML's "\\x1b" escapes produce them after parsing)."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    return value


def find_brief(document_path: Path | None) -> Brief | None:
    """The brief beside a document if there is one (BriefError if it is broken)."""
    if document_path is None:
        return None
    path = brief_path(document_path)
    return load_brief(path) if path.is_file() else None

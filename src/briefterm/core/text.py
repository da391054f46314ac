"""The one text cleaner: what must never reach a terminal or a file.

Every text from outside (a document, a brief, a note as typed, a message that
quotes a path) passes through here. `clean` removes terminal control
characters, escape sequences and bidi overrides; `sanitise` does the same and
counts what it removed (a document's warning says so); `printable` escapes
instead of removing, for error lines that must show a path as it is.
"""

from __future__ import annotations

import os
import re

# ESC sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other two-byte escapes.
# Each alternative is a single character class run: linear on any input.
_ESCAPE_RE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
)
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BIDI_RE = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_STRIP_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
# The same characters one by one: looking for each with `in` is twice as fast as the class's
# scan, and most texts hold none of them.
_STRIPPED = tuple(map(chr, [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F),
                            *range(0x2066, 0x206A), 0xFEFF]))


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text  # the common case, found by one fast scan instead of two copies
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sanitise(text: str) -> tuple[str, int]:
    """Remove ANSI/OSC escapes, C0 (but tab, newline) and C1 controls, bidi overrides;
    return the text and how many characters went."""
    before = len(text)
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPE_RE.sub("", text)
    if any(c in text for c in _STRIPPED):
        text = _STRIP_RE.sub("", text)
    return text, before - len(text)


def clean(text: str) -> str:
    """`text` fit for a terminal and a UTF-8 file: newlines normalised, undecodable
    bytes replaced, control characters, escape sequences and bidi overrides removed."""
    if not text:
        return text
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return sanitise(normalise_newlines(text))[0]


def printable(value: object) -> str:
    """A path or text fit for an error line: control characters and bad bytes escaped."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "backslashreplace")
    s = os.fsdecode(value) if isinstance(value, os.PathLike) else str(value)
    s = s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if CONTROL_RE.search(s) or _BIDI_RE.search(s) or "\n" in s or "\t" in s:  # one line, always
        return repr(s)
    return s

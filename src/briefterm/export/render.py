"""Renderings of an analysis for people and tools: Markdown, JSON, YAML."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

import orjson

from briefterm.engine.analyse import Analysis
from briefterm.notes.note import Note, note_to_dict

_MD_SPECIAL_RE = re.compile(r"([\\`*_{}\[\]<>#|])")


def md_escape(text: str) -> str:
    """Text safe inside Markdown: no accidental emphasis, links, HTML or headings."""
    return _MD_SPECIAL_RE.sub(r"\\\1", text)


def blockquote(text: str) -> str:
    return "\n".join("> " + md_escape(line) if line.strip() else ">" for line in text.split("\n"))


_INDENT_MAX_CHARS = 1_000_000


def json_bytes(data: dict[str, Any]) -> bytes:
    """UTF-8 JSON (a dataclass in `data` as the dict of its fields), indented for a person's
    eyes; compact for large documents (a third fewer bytes to write). orjson encodes the 10 MB
    of a 3 MB document's analysis in 0.03 s where json took 0.2 s; json still writes what
    orjson refuses (lone surrogates, which `surrogateescape` turns back into the bytes of an
    undecodable file name)."""
    indent = _indented(data)
    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 if indent else 0) + b"\n"
    except orjson.JSONEncodeError:
        if not indent:
            return _compact(data) + b"\n"
        text = json.dumps(data, ensure_ascii=False, indent=2, default=vars) + "\n"
        return text.encode("utf-8", "surrogateescape")


_PIECE_ITEMS = 2_000  # list items encoded at a time in a large document's JSON


def _indented(data: dict[str, Any]) -> bool:
    """Is the JSON of `data` indented (a document small enough for a person to read it)?"""
    return bool(data.get("document", {}).get("chars", 0) < _INDENT_MAX_CHARS)


def json_pieces(data: dict[str, Any]) -> Iterator[bytes | memoryview]:
    """`json_bytes(data)` as pieces (bytes-like) that written one after another are the same
    bytes, made one at a time as they are asked for. A large document's lists are encoded a few
    thousand items at a time: a writer that writes each piece before asking for the next holds
    one piece at a time, and the memory of the last is used again for the next (each fresh page
    costs the kernel a fault: one 10 MB buffer took 7,000 of them)."""
    if _indented(data):
        yield json_bytes(data)
        return
    yield b"{"
    for i, (key, value) in enumerate(data.items()):
        yield b"," + _compact(key) + b":" if i else _compact(key) + b":"
        if not isinstance(value, list) or len(value) <= _PIECE_ITEMS:
            yield _compact(value)
            continue
        yield b"["
        for at in range(0, len(value), _PIECE_ITEMS):
            if at:
                yield b","
            yield memoryview(_compact(value[at : at + _PIECE_ITEMS]))[1:-1]  # without its brackets
        yield b"]"
    yield b"}\n"


def _compact(value: object) -> bytes:
    """Compact JSON of `value`: orjson's, or json's (the same text) for what orjson refuses."""
    try:
        return orjson.dumps(value)
    except orjson.JSONEncodeError:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=vars)
        return text.encode("utf-8", "surrogateescape")


def to_json(data: dict[str, Any]) -> str:
    """`json_bytes` as text."""
    return json_bytes(data).decode("utf-8", "surrogateescape")


def to_yaml(data: dict[str, Any]) -> str:
    from briefterm.core.yaml_text import dump_yaml

    return dump_yaml(data)


def byline(analysis: Analysis) -> list[str]:
    """A web page's author, site, date and address, as one line (none for a plain text)."""
    doc = analysis.document
    parts = [f"By {md_escape(doc.author)}" if doc.author else "", md_escape(doc.site or ""), doc.published or "",
             f"<{doc.url}>" if doc.url and " " not in doc.url and ">" not in doc.url else ""]
    line = " · ".join(p for p in parts if p)
    return [line, ""] if line else []


def analysis_markdown(analysis: Analysis) -> str:
    """A readable brief: passages with glosses, then actors, quotes and questions."""
    doc = analysis.document
    out = [f"# {md_escape(doc.title)}", "", f"Source: `{doc.source}`", "", *byline(analysis)]
    if doc.warnings:
        out += [f"*Warning: {md_escape(w)}*" for w in doc.warnings] + [""]
    out += ["## Passages", ""]
    for p in analysis.passages:
        label = f"**{p.index}.**" + ("" if p.kind == "body" else f" *({p.kind})*")
        if p.gloss:
            label += f" {md_escape(p.gloss)}"
        out += [label, "", blockquote(p.text), ""]
    out += actors_markdown(analysis) + quotes_markdown(analysis) + questions_markdown(analysis)
    return "\n".join(out).rstrip() + "\n"


def actors_markdown(analysis: Analysis) -> list[str]:
    out = ["## Actors", ""]
    for a in analysis.actors:
        line = f"- **{md_escape(a.name)}** ({a.type}, {len(a.mentions)} mention"
        line += "s)" if len(a.mentions) != 1 else ")"
        if a.description:
            line += f": {md_escape(a.description)}"
        if a.aliases:
            line += f" — also {', '.join(md_escape(x) for x in a.aliases)}"
        out.append(line)
    return out + ([] if analysis.actors else ["*None found.*"]) + [""]


def quotes_markdown(analysis: Analysis) -> list[str]:
    out = ["## Quotes", ""]
    for q in analysis.quotes:
        speaker = analysis.actor(q.speaker) if q.speaker else None
        who = q.speaker_name or (speaker.name if speaker else None)
        head = f"- [{q.passage}] " + (f"**{md_escape(who)}**" if who else "*unattributed*")
        kind = "" if q.kind == "direct" else f" *({q.kind})*"
        out.append(f"{head}{kind}: “{md_escape(q.text)}”")
    return out + ([] if analysis.quotes else ["*None found.*"]) + [""]


def questions_markdown(analysis: Analysis) -> list[str]:
    out = ["## Open questions", ""]
    for q in analysis.questions:
        where = f"[{q.passage}] " if q.passage else ""
        out.append(f"- {where}{md_escape(q.text)}" + (" *(curated)*" if q.origin == "curated" else ""))
    return out + ([] if analysis.questions else ["*None found.*"]) + [""]


# --- the brief plus the reader's notes (`briefterm export`) ----------------------


def export_dict(analysis: Analysis, notes: Sequence[Note]) -> dict[str, Any]:
    """The analysis plus `notes`, each once, as `export --format json` prints it."""
    data = analysis.to_dict()
    seen: set[str] = set()
    data["notes"] = []
    for note in notes:
        if note.id not in seen:
            seen.add(note.id)
            data["notes"].append(note_to_dict(note))
    return data


def export_markdown(analysis: Analysis, notes: Sequence[Note]) -> str:
    """Title and source; each passage with notes, quoted, its notes beneath; the
    orphaned notes with the text they were attached to; actors, quotes, questions."""
    doc = analysis.document
    out = [f"# {md_escape(doc.title)}", "", f"Source: {_code_span(doc.source)}", "", *byline(analysis)]
    if doc.warnings:
        out += [f"*Warning: {md_escape(w)}*" for w in doc.warnings] + [""]
    placed = [n for n in notes if not n.orphaned]
    orphans = [n for n in notes if n.orphaned]
    out += ["## Notes", ""]
    if not notes:
        out += ["*No notes yet.*", ""]
    by_passage: dict[int, list[Note]] = {}
    for note in placed:
        by_passage.setdefault(note.passage or 0, []).append(note)
    passages = {p.index: p for p in analysis.passages}
    for number in sorted(by_passage):
        passage = passages.get(number)
        heading = f"### Passage {number}"
        if passage is not None and passage.gloss:
            heading += f": {md_escape(passage.gloss)}"
        out += [heading, ""]
        if passage is not None:
            out += [blockquote(passage.text), ""]
        for note in sorted(by_passage[number], key=lambda n: (n.anchor.start, n.created)):
            out += _note_markdown(note) + [""]
    if orphans:
        out += ["## Orphaned notes", "", "*The text these notes were attached to is no longer in the document.*", ""]
        for note in orphans:
            where = f"was on passage {note.passage}" if note.passage is not None else "passage unknown"
            out += [f"#### Note {_short_id(note)} ({where})", "", blockquote(note.anchor.exact), ""]
            out += _body_markdown(note) + [""]
    out += actors_markdown(analysis) + quotes_markdown(analysis) + questions_markdown(analysis)
    return "\n".join(out).rstrip() + "\n"


def _note_markdown(note: Note) -> list[str]:
    """A note as a list item: what it is on, when, its status if moved, then its body."""
    when = note.updated[:10] if note.updated else ""
    meta = ", ".join(x for x in (when, "moved" if note.status == "moved" else "") if x)
    head = "- **Note**"
    if not note.whole_passage:
        head += f" on “{md_escape(_one_line(note.anchor.exact))}”"
    if meta:
        head += f" *({meta})*"
    body = _body_markdown(note)
    return [head, ""] + ["  " + line if line else "" for line in body]


_HTML_TAG_RE = re.compile(r"<(?=[A-Za-z/!?])")


def _body_markdown(note: Note) -> list[str]:
    """The body as the reader wrote it: their own Markdown, lists and line breaks
    kept; only raw HTML is escaped, so a pasted `<script>` stays text."""
    lines = [_HTML_TAG_RE.sub(r"\\<", line.rstrip()) for line in note.body.strip("\n").split("\n")]
    return lines if any(line.strip() for line in lines) else ["*(empty note)*"]


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 200 else text[:199] + "…"


def _short_id(note: Note) -> str:
    return note.id[:8]


def _code_span(text: str) -> str:
    """`text` as a Markdown code span, whatever backticks it holds."""
    run = max((len(m.group()) for m in re.finditer(r"`+", text)), default=0)
    fence = "`" * (run + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"

"""Renderings of an analysis for people and tools: Markdown, JSON, YAML."""

from __future__ import annotations

import json
import re
from typing import Any

from briefterm.model.analysis import Analysis

_MD_SPECIAL_RE = re.compile(r"([\\`*_{}\[\]<>#|])")


def md_escape(text: str) -> str:
    """Text safe inside Markdown: no accidental emphasis, links, HTML or headings."""
    return _MD_SPECIAL_RE.sub(r"\\\1", text)


def blockquote(text: str) -> str:
    return "\n".join("> " + md_escape(line) if line.strip() else ">" for line in text.split("\n"))


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_yaml(data: dict[str, Any]) -> str:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return str(yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100))


def analysis_markdown(analysis: Analysis) -> str:
    """A readable brief: passages with glosses, then actors, quotes and questions."""
    doc = analysis.document
    out = [f"# {md_escape(doc.title)}", "", f"Source: `{doc.source}`", ""]
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

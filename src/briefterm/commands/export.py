"""`briefterm export`: the brief plus notes as Markdown, JSON, W3C annotations, or a brief file."""

from __future__ import annotations

from briefterm.commands.analysis import Shown


def export_text(shown: Shown, fmt: str) -> str:
    from briefterm.export.render import export_dict, export_markdown, to_json

    analysis, notes = shown.analysis, shown.notes.notes
    if fmt == "json":
        return to_json(export_dict(analysis, notes))
    if fmt == "w3c":
        from briefterm.export.w3c import to_w3c_json

        return to_w3c_json(analysis.document, notes)
    if fmt == "brief":
        return brief_text(shown)
    return export_markdown(analysis, notes)


def brief_text(shown: Shown) -> str:
    """The curated brief with the reader's corrections merged in, anchored."""
    from briefterm.brief.dump import brief_yaml, merged
    from briefterm.brief.model import Brief

    brief = shown.brief or Brief()
    corrections = [] if shown.no_brief else shown.notes.corrections
    return brief_yaml(merged(brief, corrections, shown.analysis))

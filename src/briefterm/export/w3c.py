"""Notes as a W3C Web Annotation collection (JSON-LD, the Web Annotation Data Model).

Each note is an `Annotation` (id `urn:briefterm:note:<note id>`, stable across
exports) whose body is a `TextualBody` (the note as written, Markdown) and whose
target is the document with a `TextQuoteSelector` (exact, prefix, suffix) and a
`TextPositionSelector` (start, end) on the document's normalised text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from briefterm.core.types import Document
from briefterm.notes.note import Note

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def document_iri(document: Document) -> str:
    """The target's source: the page's URL, the file's URI, else the text's hash."""
    if document.url:
        return document.url
    if document.source.startswith(("http://", "https://")):
        return document.source
    if document.path is not None:
        return Path(document.path).resolve().as_uri()
    return f"urn:sha256:{document.sha256}"


def annotation(note: Note, source: str) -> dict[str, object]:
    a = note.anchor
    return {
        "id": f"urn:briefterm:note:{note.id}",
        "type": "Annotation",
        "motivation": "commenting",
        "created": note.created,
        "modified": note.updated,
        "body": {"type": "TextualBody", "value": note.body, "format": "text/markdown", "purpose": "commenting"},
        "target": {
            "source": source,
            "selector": [
                {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            ],
        },
    }


def w3c_collection(document: Document, notes: Sequence[Note]) -> dict[str, object]:
    source = document_iri(document)
    collection_id = f"urn:briefterm:notes:{document.sha256}"
    items = [annotation(n, source) for n in notes]
    return {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": f"briefterm notes on {document.title}",
        "total": len(items),
        "first": {
            "id": f"{collection_id}:page:0",
            "type": "AnnotationPage",
            "partOf": collection_id,
            "startIndex": 0,
            "items": items,
        },
    }


def to_w3c_json(document: Document, notes: Sequence[Note]) -> str:
    return json.dumps(w3c_collection(document, notes), ensure_ascii=False, indent=2) + "\n"

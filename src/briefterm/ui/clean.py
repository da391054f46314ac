"""Text from outside the document (a brief, the engine's names) made safe to show.

The document's own text is sanitised when it is loaded; a brief's glosses,
titles, names and questions are not, and Rich passes ESC through to the
terminal. Everything shown that did not come straight from the document's
text goes through `shown`.
"""

from __future__ import annotations

from briefterm.model.document import sanitise


def shown(text: str) -> str:
    """`text` without control characters, escape sequences or bidi overrides."""
    return sanitise(text)[0] if text else text

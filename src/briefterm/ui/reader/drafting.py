"""A draft left from last time, offered back when the document's notes open.

"Draft from 14:02: 'why would Russia…' — enter to continue, d to discard":
`enter` opens it in the note editor (on the note it was editing, the words it
was anchored to, or its passage), `d` throws it away, `escape` keeps it for
next time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefterm.store.drafts import Draft, discard_draft, load_draft

if TYPE_CHECKING:
    from briefterm.ui.widgets.notes import NotesPane


def offer_draft(pane: NotesPane) -> None:
    book = pane.book
    if book is None:
        return
    draft = load_draft(book.path)
    if draft is None:
        return
    from briefterm.ui.screens.draft_offer import Answer, DraftOffer

    def answered(answer: Answer | None) -> None:
        if answer == "discard":
            discard_draft(book.path)
            pane.app.notify("Draft discarded.", title="Notes", markup=False)
        elif answer == "continue":
            resume(pane, draft)

    pane.app.push_screen(DraftOffer(draft), answered)


def resume(pane: NotesPane, draft: Draft) -> None:
    """Open the editor on the draft, where it was being written."""
    book = pane.book
    if book is None:
        return
    n = len(book.passages)
    if draft.note_id is not None and book.get(draft.note_id) is not None:
        pane.edit_note(draft.note_id, body=draft.body)
    elif (draft.start is not None and draft.end is not None and 1 <= draft.passage <= n
          and book.text[draft.start : draft.end].strip() == (draft.quote or "")):
        pane.add_note_at(draft.passage, draft.start, draft.end, body=draft.body)
    else:
        pane.add_note(min(max(draft.passage, 1), n) if n else 1, body=draft.body, quote=draft.quote or "")

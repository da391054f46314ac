"""How a quotation's speaker is shown: one person the same way throughout, by the actor's full
name ("Mr. Roe", "Roe" and "the Vermont senator" are Jane Roe); anyone else as the text names them."""

from __future__ import annotations

from briefterm.engine.lexicon.words import lexicon
from briefterm.engine.quotes.roles import role_words
from briefterm.engine.quotes.speaker_words import name_tail
from briefterm.engine.quotes.speakers import Speaker


def one_word(words: list[str]) -> bool:
    """A phrase of one word, "the" aside (lower case): "Roe", "the Spaniard", "the senator"."""
    return len(words) == 1 or len(words) == 2 and words[0] == "the"


def shown_name(speaker: Speaker | None) -> str | None:
    """One person is named the same way throughout: by the actor's full name ("Mr. Roe" and
    "Roe" are Jane Roe); anyone else as the text names them."""
    if speaker is None:
        return None
    actor = speaker.actor
    if actor is not None and actor.type == "person":
        if speaker.name.endswith(" " + actor.name):
            return actor.name  # "U.S. District Judge Rob Kline" -> "Rob Kline"
        full = set(actor.name.lower().replace(".", " ").split())
        tail = name_tail(speaker.name)
        if tail and all(w in full for w in tail):
            return actor.name  # "the Ledger's Tom Poe", "Sen. Roe" -> "Tom Poe", "Jane Roe"
        titles = lexicon().titles
        words = [w for w in speaker.name.lower().replace(".", " ").split() if w not in titles]
        if words and all(w in full for w in words):
            return actor.name  # "Roe", "Mr. Roe" -> "Jane Roe"; a pronoun keeps the actor's name too
        if speaker.name.lower() in lexicon().pronouns or role_words(speaker.name) \
                or one_word(speaker.name.lower().split()) or speaker.name.lower().split()[-1] in lexicon().offices:
            return actor.name  # "he", "the Vermont senator", "a Labour MP" resolved to a person
    return speaker.name

"""A person's role as the text gives it, kept short.

Three places hold it, tried in this order for each of the first mentions:
- an apposition after the name: "Lavrov, the Russia foreign minister, ...";
- words before the name: "Kremlin spokesperson Dmitry Peskov", "Ukrainian President ...";
- a phrase set off before it: "the chief prosecutor, Ann Lowe".
A phrase counts only if it holds a role noun (minister, spokesperson, adviser, ...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefterm.engine.actors.occurrence import Occurrence
from briefterm.engine.lexicon.gazetteer import Gazetteer
from briefterm.engine.lexicon.words import lexicon

_APPOSITION_RE = re.compile(
    r",[ \t]+((?:the |a |an |The )?[^,.;:()\[\]\"“”‘\n]{2,100}?)(?=,|\.(?:\s|$)|;|\)|$| \(| said\b| says\b| told\b)"
)
_WORD_RE = re.compile(r"[\w][\w'’.-]*|[^\w\s]")
# the end of the previous sentence: a stop after a lower-case word ("U.S. President" goes on)
_LAST_SENTENCE_RE = re.compile(
    r"(?:(?<=[a-z0-9”\")’'])[.!?]\s+|\n)(?!.*(?:(?<=[a-z0-9”\")’'])[.!?]\s|\n))", re.S)
_CUT_WORDS = frozenset({"who", "which", "that", "whose", "whom", "where", "when", "said", "says",
                        "told", "has", "had", "have", "is", "was", "were", "are", "will", "would",
                        "and", "but", "to", "in"})
_LEAD_OK = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_LINKS = lexicon().prepositions | {"to", "and"}  # words a description is cut at, or may not end on
_MAX_WORDS = 9
_SAMPLES = 6


def describe(text: str, occs: Sequence[Occurrence], gaz: Gazetteer) -> str | None:
    """The role of the person named by `occs` (document order), or None."""
    for o in sorted(occs, key=lambda o: o.start)[:_SAMPLES]:
        found = (_apposition(text, o.end, gaz) or _premodifier(text, o.start, gaz)
                 or _pre_apposition(text, o.start, gaz))
        if found:
            return found
    return None


def _has_role(words: Sequence[str], gaz: Gazetteer) -> bool:
    roles = lexicon().roles
    for w in words:
        low = w.lower().rstrip(".,")
        if low in roles or (low.endswith(("'s", "’s")) and low[:-2] in roles):
            return True
    return False


def _apposition(text: str, end: int, gaz: Gazetteer) -> str | None:
    m = _APPOSITION_RE.match(text, end, min(len(text), end + 110))
    if not m:
        return None
    phrase = m.group(1).strip()
    words = phrase.split()
    if not words or words[0][:1].isdigit() or words[0].lower() in _CUT_WORDS:
        return None
    # cut at a participle or a relative clause: "an adviser to X participating in ...",
    # "a student activist released from prison"
    role_seen = False
    for i, w in enumerate(words):
        low = w.lower()
        if i and (low in ("who", "which", "whose", "where", "when") or role_seen and (
                low.endswith(("ing", "ed")) and w[:1].islower() and len(low) > 5
                and words[i - 1].lower() not in _LINKS)):
            words = words[:i]
            break
        role_seen = role_seen or _has_role([w], gaz)
    while words and words[-1].lower() in _LINKS | _LEAD_OK:
        words = words[:-1]
    # a second apposition joined by "and": "a dairy farmer from X and a spokesman for Y"
    for i in range(2, len(words) - 1):
        if words[i] == "and" and words[i + 1].lower() in ("a", "an", "the") \
                and _has_role(words[:i], gaz):
            words = words[:i]
            break
    if len(words) > _MAX_WORDS:
        # too long: keep it up to a preposition ("... at the Nepalese embassy | in New Delhi"),
        # never inside a name ("Union | of Industry Workers")
        cuts = [i for i in range(2, _MAX_WORDS + 1) if words[i].lower() in _LINKS
                and not (words[i - 1][:1].isupper() and words[i + 1][:1].isupper())]
        words = words[: cuts[-1]] if cuts else []
    if not words or not _has_role(words[:6], gaz):
        return None
    return " ".join(words)


def _premodifier(text: str, start: int, gaz: Gazetteer) -> str | None:
    """Role words right before the name, in the same clause: 'Kremlin spokesperson'."""
    window = text[max(0, start - 80) : start]
    m = _LAST_SENTENCE_RE.search(window)
    tokens: list[str] = _WORD_RE.findall(window[m.end() :] if m else window)
    if not m and start - 80 > 0 and tokens:
        tokens = tokens[1:]  # the first word may be cut
    roles, titles = lexicon().roles, lexicon().titles
    kept: list[str] = []
    for tok in reversed(tokens):
        low = tok.lower()
        if not tok[:1].isalnum():
            break
        if tok.endswith(".") and len(tok) > 2 and low[:-1] not in lexicon().abbreviations:
            break  # the end of the sentence before: "... John Paul II. German Chancellor"
        if tok[:1].isupper() or low in roles or low in ("of", "for") and kept:
            kept.append(tok)
            continue
        if low == "to" and kept and kept[-1][:1].islower():
            return None  # "meant to anchor Philae": a verb, not a role
        break
    kept.reverse()
    while kept and kept[0].lower() in ("of", "for"):
        kept = kept[1:]
    # "his wife Ann Lowe", "the mayor Tom Vane": keep the determiner of a bare role
    lead = len(tokens) - len(kept) - 1
    if kept and kept[0][:1].islower() and lead >= 0 and tokens[lead].lower() in _LEAD_OK:
        kept.insert(0, tokens[lead])
    # a title alone before the name ("Mr", "Gen.") is not a role worth showing
    if not kept or all(k.lower() in lexicon().honorifics for k in kept):
        return None
    if not any(k.lower() in roles or k.lower() in titles for k in kept):
        return None
    while kept and kept[-1].lower() in lexicon().honorifics:
        kept = kept[:-1]
    if not kept or len(kept) > _MAX_WORDS:
        return None
    return " ".join(kept)


def _pre_apposition(text: str, start: int, gaz: Gazetteer) -> str | None:
    """'the chief prosecutor, Ann Lowe' / "Norway's Prime Minister, Eva Lund"."""
    head = text[max(0, start - 100) : start]
    if not head.endswith(", "):
        return None
    clause = re.split(r"[.;:!?()\[\]\"“”]|, ", head[:-2])[-1].strip()
    words = clause.split()
    if not words or len(words) > 12:
        return None
    # the nearest determiner (or possessive) before the name that still opens a role
    for i in range(len(words) - 1, -1, -1):
        low = words[i].lower()
        if (low in _LEAD_OK or low.endswith(("'s", "’s"))) and _has_role(words[i:], gaz):
            if i and low.endswith(("'s", "’s")) and words[i - 1].lower() in ("the", "a", "an"):
                i -= 1  # "The fund's mission chief"
            phrase = words[i:]
            return " ".join(phrase) if len(phrase) <= _MAX_WORDS else None
    return None

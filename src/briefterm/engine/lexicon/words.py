"""The one typed lexicon: every word list of the engine, defined once in `data/words.yaml`
(what a capitalised word is, who speaks), `data/speech_verbs.yaml` (reporting verbs) and
`data/given_names.tsv`, read once per process into a frozen `Lexicon` of typed fields.

Lists are lower case. Names of people, places and bodies are not here: they are the
gazetteer's (`gazetteer.py`) or the text's own.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from typing import Any, cast

from briefterm.engine.lexicon.datafiles import load_data
from briefterm.engine.lexicon.given_names import given_names


@dataclass(frozen=True, slots=True)
class Lexicon:
    # What a capitalised word is (the actors pass).
    stopwords: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    not_actors: frozenset[str]
    event_heads: frozenset[str]
    event_starts: frozenset[str]
    org_words: frozenset[str]
    org_heads: frozenset[str]  # org_words and the last word of a two-word one: "the Geological Survey of X"
    company_suffixes: frozenset[str]  # "Cobb Point Holdings LLC": "Cobb Point" is the firm
    leading_org_words: frozenset[str]
    place_words: frozenset[str]
    leading_place_words: frozenset[str]
    geographic_heads: frozenset[str]  # "the Tarvena plateau": kept after a name
    campus_heads: frozenset[str]  # "University of X at Y": a name that goes on after "at"
    bodies: frozenset[str]
    party_adjectives: frozenset[str]  # "Democratic Senate candidates": a party's members, no body
    chambers: frozenset[str]
    natural_features: frozenset[str]  # "Hawke's Bay": a possessive that names a place
    person_next: frozenset[str]  # "the Reagan administration", "Clinton aides": a person's name before
    local_offices: frozenset[str]  # "the mayor of X": X is a place
    portfolio_offices: frozenset[str]  # "Minister of A and B": A and B is the portfolio
    not_to_place: frozenset[str]  # "according to X": no motion to a place
    employee_roles: frozenset[str]  # "a spokesman for X": X is a body
    body_voices: frozenset[str]  # "an official at X" speaks for X; "a nurse at X" for herself
    published_in: frozenset[str]  # "published in X": a publication
    stake_words: frozenset[str]  # "shares in X": a company
    strong_locative: frozenset[str]  # "in X", "across X": a place for sure
    compass: frozenset[str]
    non_person_starts: frozenset[str]
    org_cues: frozenset[str]
    member_nouns: frozenset[str]
    place_cues: frozenset[str]
    thing_cues: frozenset[str]
    group_cues: frozenset[str]  # "the band X": a group even when X opens with a given name
    work_cues: frozenset[str]  # "the novel X": a work, no actor, even when X opens with a given name
    locative: frozenset[str]
    naming_verbs: frozenset[str]
    honorifics: frozenset[str]
    title_words: frozenset[str]
    title_modifiers: frozenset[str]
    titles: frozenset[str]  # title_words | honorifics: what may stand before a name
    roles: frozenset[str]
    possessive_nouns: frozenset[str]
    subject_verbs: frozenset[str]  # one-word speech verbs | actor_verbs: their subject is an actor
    abbreviations: frozenset[str]
    state_titles: frozenset[str]  # "Del.": a state after a city's comma, a title before a name
    number_abbreviations: frozenset[str]  # "No.": an abbreviation before a number only
    bare_infinitive_verbs: frozenset[str]  # "let X ask": X is an object
    # Who speaks (the quotes pass).
    speech: frozenset[str]
    indirect: frozenset[str]
    addressee: frozenset[str]
    naming: frozenset[str]
    named_things: frozenset[str]
    evaluative: frozenset[str]
    source_before: tuple[tuple[str, ...], ...]  # multi-word phrases as word tuples
    statement_nouns: frozenset[str]
    issuing_verbs: frozenset[str]  # "posted a message", "put out a statement"
    judgment_nouns: frozenset[str]
    court_words: frozenset[str]
    public_bodies: frozenset[str]  # "the company" is none of these: a court, a ministry, a union
    regulator_nouns: frozenset[str]  # "the regulator", "the watchdog": a body that oversees others
    regulator_heads: frozenset[str]  # and the words its name holds: "… Authority", "… Commission"
    pronouns: dict[str, str]
    determiners: frozenset[str]
    connectors: frozenset[str]
    auxiliaries: frozenset[str]
    prepositions: frozenset[str]
    name_prepositions: frozenset[str]  # "Without" in "Doctors Without Borders"
    facility_nouns: frozenset[str]  # "mine" in "the Birlik mine"
    advocate_plurals: frozenset[str]  # "Americans" in "Americans for Prosperity"
    fellowship_plurals: frozenset[str]  # "Sisters" in "Sisters of Mercy"
    numbered_labels: frozenset[str]  # "District" in "House District 23"
    stop: frozenset[str]
    function_caps: frozenset[str]
    adverbs: frozenset[str]
    irregular_past: frozenset[str]  # "put", "gave": past forms a subject phrase ends before
    np_after_stop: frozenset[str]
    affiliations: frozenset[str]
    offices: frozenset[str]  # a subset of roles: "the Vermont senator" points back to a person
    person_nouns: frozenset[str]
    collective_nouns: frozenset[str]  # "the management", "the family": people who speak as one
    not_agents: frozenset[str]  # "answer", "letter": the ending of "trader", but a thing
    quantifiers: frozenset[str]  # "most of the patients": many people, never "he" or "she"
    title_abbreviations: dict[str, str]
    kind_nouns: dict[str, tuple[str, ...]]
    female_nouns: frozenset[str]
    male_nouns: frozenset[str]
    # Given names by gender (lower case), for "he"/"she".
    female: frozenset[str]
    male: frozenset[str]


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    """The list `key` of a data file, lower case; a list that YAML misread fails loudly."""
    out: set[str] = set()
    for w in data.get(key) or []:
        if not isinstance(w, str | int) or isinstance(w, bool):
            raise ValueError(f"word list {key}: {w!r} is not a word (quote it in the YAML)")
        out.add(str(w).lower())
    return frozenset(out)


# Fields made from other lists rather than read under their own name.
_DERIVED = frozenset({"titles", "subject_verbs", "female", "male", "org_heads"})


@cache
def lexicon() -> Lexicon:
    """The lexicon, read once per process (a few milliseconds). Every `frozenset[str]` field is
    the list of that name in words.yaml or speech_verbs.yaml; a list missing from both fails."""
    verbs = load_data("speech_verbs.yaml")
    w = load_data("words.yaml")
    names = given_names()
    lists = {f.name: _words(w if f.name in w else verbs, f.name) for f in fields(Lexicon)
             if f.type == "frozenset[str]" and f.name not in _DERIVED}
    missing = [name for name in lists if name not in w and name not in verbs]
    if missing:
        raise ValueError(f"word lists missing from the data: {', '.join(missing)}")
    return Lexicon(
        **cast(dict[str, Any], lists),
        titles=lists["title_words"] | lists["honorifics"],
        org_heads=lists["org_words"] | {x.rpartition(" ")[2] for x in lists["org_words"]},
        subject_verbs=frozenset(v for v in lists["speech"] if " " not in v) | _words(w, "actor_verbs"),
        source_before=tuple(tuple(str(p).lower().split()) for p in verbs.get("source_before") or []),
        pronouns={str(k).lower(): str(v) for k, v in (w.get("pronouns") or {}).items()},
        title_abbreviations={str(k).lower(): str(v).lower()
                             for k, v in (w.get("title_abbreviations") or {}).items()},
        kind_nouns={str(k).lower(): tuple(str(t) for t in v) for k, v in (w.get("kind_nouns") or {}).items()},
        female=names.female,
        male=names.male,
    )

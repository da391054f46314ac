"""Acceptance on the seed: the principal actors, each once and correctly typed."""

from __future__ import annotations

from briefterm.core.types import Actor
from briefterm.engine.actors.find import find_actors
from briefterm.engine.passage_index import PassageIndex
from briefterm.engine.passages import split_passages

# (a form the text uses, the type) for the actors the seed must yield, each exactly once
EXPECTED = [
    ("Russia", "country"), ("Ukraine", "country"), ("Lavrov", "person"),
    ("Zelensky", "person"), ("Putin", "person"), ("Peskov", "person"),
    ("Podolyak", "person"), ("Blinken", "person"), ("Sullivan", "person"),
    ("NATO", "organization"), ("EU", "organization"), ("United States", "country"),
    ("Financial Times", "organization"),
]
# Other actors the seed really names (places and people), allowed but not required.
ALSO_REAL = {"Crimea", "Donbas", "Kyiv", "George Washington", "Moscow", "Kremlin"}


def _forms(actor: Actor) -> set[str]:
    forms = {actor.name, *actor.aliases}
    return forms | {w for f in forms for w in f.split()}


def test_seed_principal_actors_once_each_typed(seed_text: str) -> None:
    actors = find_actors(seed_text, PassageIndex(split_passages(seed_text)))
    for form, kind in EXPECTED:
        matching = [a for a in actors if form in _forms(a)]
        assert len(matching) == 1, (form, [a.name for a in matching])
        assert matching[0].type == kind, (form, matching[0].type)


def test_seed_metonyms_merge_into_russia(seed_text: str) -> None:
    actors = find_actors(seed_text, PassageIndex(split_passages(seed_text)))
    russia = next(a for a in actors if a.name == "Russia")
    assert {"Moscow", "Kremlin", "Russian"} <= set(russia.aliases)


def test_seed_actors_are_real(seed_text: str) -> None:
    actors = find_actors(seed_text, PassageIndex(split_passages(seed_text)))
    real = [a for a in actors
            if any(form in _forms(a) for form, _ in EXPECTED) or _forms(a) & ALSO_REAL]
    assert len(real) >= 0.9 * len(actors), [a.name for a in actors if a not in real]
    for junk in ("Article", "Article 5", "S-300", "Revolutionary War", "Telegram", "NATOism",
                 "Meanwhile", "Paradoxically", "Sounds", "Although", "The", "Exit"):
        assert all(junk not in {a.name, *a.aliases} for a in actors), junk


def test_seed_descriptions(seed_text: str) -> None:
    actors = {a.name: a for a in find_actors(seed_text, PassageIndex(split_passages(seed_text)))}
    assert actors["Dmitry Peskov"].description == "Kremlin spokesperson"
    assert actors["Lavrov"].description == "the Russia foreign minister"
    assert actors["Mykhailo Podolyak"].description == (
        "an adviser to Ukrainian President Volodymyr Zelensky")

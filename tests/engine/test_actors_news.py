"""Actors as news names them: error kinds seen on unseen articles, on sentences of our own."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.sources.document import from_text


def actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in analyse(from_text(text), None).actors}


def test_pro_or_anti_before_a_name_is_no_mention_of_it() -> None:
    found = actors("Protesters gathered outside the pro-Eastland party's office in Corran on Monday.")
    assert "Eastland" not in found and found.get("Corran") == "place"


def test_a_single_unknown_name_saying_something_is_a_person() -> None:
    assert actors("Valdoro said the deal was done.") == {"Valdoro": "person"}


def test_an_acronym_saying_something_stays_a_body() -> None:
    assert actors("HWA said the water was safe.") == {"HWA": "organization"}


def test_initials_inside_a_name_make_no_organisation() -> None:
    found = actors("Fans of J. R. Tolland met Mary K. Ferris in Corran.")
    assert found.get("J. R. Tolland") == "person" and found.get("Mary K. Ferris") == "person"

"""A page's author line: the writers, without their agency, job title or the site."""

from __future__ import annotations

import pytest

from briefterm.sources.byline import clean_authors


@pytest.mark.parametrize(("raw", "site", "expected"), [
    ("JANE ROE; MARK DOE; ERIC POE Associated Press", "Daily Example", "Jane Roe; Mark Doe; Eric Poe"),
    ("Sam Poe News reporter", "Example News", "Sam Poe"),
    ("Ann Lee; Bo Kim; Reuters", None, "Ann Lee; Bo Kim"),
    ("Example Times; Ann Lee", "Example Times", "Ann Lee"),
    ("By Ann Lee", None, "Ann Lee"),
    ("Ann Lee, Staff Writer", None, "Ann Lee"),
    ("Ann Lee; Ann Lee", None, "Ann Lee"),
])
def test_the_writers_are_kept_and_the_rest_taken_off(raw: str, site: str | None, expected: str) -> None:
    assert clean_authors(raw, site) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("Associated Press", "Associated Press"),  # an agency alone is who wrote it
    ("Newsroom Staff", "Newsroom Staff"),
    ("Sam Writer", "Sam Writer"),  # a two-word name is a name, not a job
    ("Ursula von Adler", "Ursula von Adler"),
    ("", None),
    (None, None),
])
def test_what_is_only_a_name_stays_as_written(raw: str | None, expected: str | None) -> None:
    assert clean_authors(raw) == expected


def test_the_site_alone_is_no_author() -> None:
    assert clean_authors("Example Times", "example times") is None

"""The compiled word lists: their headers say where they come from, and they load fast."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from briefterm.engine.lexicon.given_names import parse_given_names


def _raw(name: str) -> str:
    return resources.files("briefterm.data").joinpath(name).read_text(encoding="utf-8")


def test_compiled_files_name_their_source_version_and_licence() -> None:
    for name, source, licence in (("given_names.tsv", "Faker", "MIT"), ("places.tsv", "GeoNames", "CC BY 4.0")):
        header = "".join(line for line in _raw(name).splitlines(keepends=True) if line.startswith("#"))
        assert source in header and licence in header and "scripts/build_lexicon.py" in header


def test_given_names_load_and_carry_gender() -> None:
    names = parse_given_names(_raw("given_names.tsv"))
    assert len(names.names) > 10_000
    assert "maria" in names.female and "peter" in names.male
    assert "Major" not in names.names and "Houston" not in names.names  # words and big places left out


def test_parse_reads_the_three_genders() -> None:
    names = parse_given_names("# header\nAna\tf\nIvo\tm\nAlex\tu\n")
    assert names.names == {"Ana", "Ivo", "Alex"} and names.female == {"ana"} and names.male == {"ivo"}


def test_one_typed_lexicon_and_no_list_looked_up_by_name() -> None:
    from dataclasses import fields

    from briefterm.engine.lexicon.gazetteer import Gazetteer
    from briefterm.engine.lexicon.words import Lexicon, lexicon

    lex = lexicon()
    assert lexicon() is lex  # loaded once
    assert not hasattr(Gazetteer, "words") and not hasattr(Gazetteer, "has")
    empty = [f.name for f in fields(Lexicon) if not getattr(lex, f.name)]
    assert empty == []
    assert lex.honorifics <= lex.titles and lex.title_words <= lex.titles
    assert {"said", "told", "met"} <= lex.subject_verbs and "said" in lex.speech
    assert {"democrat", "republican"} <= lex.affiliations and "minn" not in lex.abbreviations


def test_each_word_list_is_defined_once_in_the_data() -> None:
    import yaml

    words = yaml.safe_load(_raw("words.yaml"))
    verbs = yaml.safe_load(_raw("speech_verbs.yaml"))
    assert not set(words) & set(verbs)
    names = [n.name for n in resources.files("briefterm.data").iterdir() if n.name.endswith(".yaml")]
    assert sorted(names) == ["countries.yaml", "entities.yaml", "speech_verbs.yaml", "words.yaml"]


def test_a_word_yaml_misreads_is_refused() -> None:
    from briefterm.engine.lexicon.words import _words

    with pytest.raises(ValueError, match="is not a word"):
        _words({"connectors": ["of", True]}, "connectors")


def test_the_lexicon_loads_in_milliseconds() -> None:
    import time

    from briefterm.engine.lexicon.datafiles import load_data
    from briefterm.engine.lexicon.given_names import given_names
    from briefterm.engine.lexicon.words import lexicon

    best = 1.0
    for _ in range(3):
        for cached in (load_data, given_names, lexicon):
            cached.cache_clear()
        t = time.perf_counter()
        lexicon()
        best = min(best, time.perf_counter() - t)
    assert best < 0.3  # every list and the given names; ~50 ms on a quiet machine


def test_offices_are_roles() -> None:
    from briefterm.engine.lexicon.words import lexicon

    assert lexicon().offices <= lexicon().roles


def test_geographic_heads_are_place_words() -> None:
    from briefterm.engine.lexicon.words import lexicon

    assert lexicon().geographic_heads <= lexicon().place_words


def test_the_data_cache_keeps_a_parse_until_the_file_changes(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from briefterm.engine.lexicon import datafiles

    monkeypatch.setenv(datafiles.CACHE_DIR_ENV, str(tmp_path))
    parsed: list[bytes] = []

    def parse(raw: bytes) -> dict[str, list[str]]:
        parsed.append(raw)
        return {"words": raw.decode().split()}

    for _ in range(2):
        assert datafiles.cached("x.yaml", b"a b", parse) == {"words": ["a", "b"]}
    assert datafiles.cached("x.yaml", b"a c", parse) == {"words": ["a", "c"]}
    assert parsed == [b"a b", b"a c"]


@pytest.mark.parametrize("name", ["countries.yaml", "entities.yaml", "words.yaml", "speech_verbs.yaml"])
def test_a_data_file_from_the_cache_is_its_yaml(name: str) -> None:
    from briefterm.core.yaml_text import load_yaml
    from briefterm.engine.lexicon.datafiles import load_data

    load_data.cache_clear()
    load_data(name)  # parsed, and kept in the (test's) cache
    load_data.cache_clear()
    assert load_data(name) == load_yaml(_raw(name))


def test_an_alternation_tries_the_longest_word_first() -> None:
    import re

    from briefterm.engine.lexicon.speech import alternation

    pattern = re.compile(f"(?:{alternation(['state', 'stated', 'op-ed'])})")
    assert pattern.match("stated").group() == "stated"
    assert pattern.match("op-ed") is not None

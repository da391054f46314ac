"""The compiled word lists: their headers say where they come from, and they load fast."""

from __future__ import annotations

from importlib import resources

from briefterm.engine.lexicon.given_names import parse_given_names


def _raw(name: str) -> str:
    return resources.files("briefterm.data").joinpath(name).read_text(encoding="utf-8")


def test_compiled_files_name_their_source_version_and_licence() -> None:
    for name, source, licence in (("given_names.tsv", "Faker", "MIT"),):
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

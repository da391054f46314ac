"""Words the source marked as code are not actors."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.sources.dispatch import build


def test_an_identifier_in_code_is_no_actor_but_a_name_in_prose_stays() -> None:
    text = ("# Budget\n\nMayor Ana Ruiz said the `NASDAQ` feed and the `YAML` export were late. "
            "The NATO summit was not.\n\nRuiz asked about `NATO` too.\n")
    with_code = analyse(build(text, "doc.md"))
    names = {a.name: len(a.mentions) for a in with_code.actors}
    assert "NASDAQ" not in names and "YAML" not in names
    assert names.get("NATO") == 1 and "Ana Ruiz" in names
    for actor in with_code.actors:
        for m in actor.mentions:
            assert with_code.document.text[m.start : m.end] == m.text

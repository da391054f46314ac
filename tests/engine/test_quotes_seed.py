"""The seed's quotations and questions: the acceptance list of the foundation issue.

Decisions, passage by passage (numbers as on screen):
- 2: “no” / “no, unless…” — the author's framing of Ukraine's position: scare.
- 4: “neutrality” — a term the author questions: scare.
- 5: “No foreign bases but …” — the author's paraphrase of the offer, not anyone's
  words (no reporting verb): scare. “denazify and demilitarize” — Russia's
  ambition as the author puts it; scare is the safe reading.
- 7: “can only be Ukrainian.” — "a Ukrainian official rejected the model, saying":
  direct, the unnamed official.
- 8: “legally verified security guarantees,” and “no other models or options.” —
  Podolyak "said in a Telegram post that …", "adding …": direct, Podolyak.
- 9: “absolute security guarantees, …” (Podolyak said) and “depend on bureaucratic
  structures” ("He also added that …", he = Podolyak): direct.
- 10: “security guarantees” — "vaguely worded" is no reporting verb: scare.
- 12: “irreversible” and “this can’t happen again, …” — the complement of
  "Antony Blinken said … that": direct, Blinken.
- 13: “significant progress” — "According to the Financial Times": direct, the FT.
- 20: “threatening” — inside the author's own question: scare.
"""

from __future__ import annotations

from briefterm.core.types import Quote
from briefterm.engine.analyse import analyse
from briefterm.sources.document import load
from tests.conftest import SEED


def _seed_quotes() -> tuple[list[Quote], dict[str, str]]:
    analysis = analyse(load(str(SEED)))
    names = {a.id: a.name for a in analysis.actors}
    return analysis.quotes, names


def _speaker(q: Quote, names: dict[str, str]) -> str:
    """The actor's name when the speaker is an actor, else the name as the text gives it."""
    return names.get(q.speaker or "", "") or (q.speaker_name or "")


def test_seed_direct_quotes_and_their_speakers() -> None:
    quotes, names = _seed_quotes()
    got = [(q.text, _speaker(q, names)) for q in quotes if q.kind == "direct"]
    assert [t for t, _ in got] == [
        "can only be Ukrainian.",
        "legally verified security guarantees,",
        "no other models or options.",
        "absolute security guarantees, which would mean that the signatories of guarantees do not stand aside"
        " in the event of an attack on Ukraine, as it is today.",
        "depend on bureaucratic structures",
        "irreversible",
        "this can’t happen again, that Russia won’t pick up and do exactly what it’s doing in a year or two"
        " years or three years.",
        "significant progress",
    ]
    speakers = [s for _, s in got]
    assert speakers[0] == "a Ukrainian official"
    assert all("Podolyak" in s for s in speakers[1:5])
    assert speakers[5:7] == ["Antony Blinken", "Antony Blinken"]
    assert "Financial Times" in speakers[7]


def test_seed_scare_quotes_are_not_speech() -> None:
    quotes, _ = _seed_quotes()
    scare = [q.text for q in quotes if q.kind == "scare"]
    assert scare == [
        "no",
        "no, unless…",
        "neutrality",
        "No foreign bases but Ukraine gets to keep Zelensky and its military",
        "denazify and demilitarize",
        "security guarantees",
        "threatening",
    ]


def test_seed_questions() -> None:
    analysis = analyse(load(str(SEED)))
    assert [q.text for q in analysis.questions] == [
        "What does “neutrality” mean?",
        "Does it mean something more?",
        "Will Russia tolerate equipping Ukraine with the S-300, a defensive weapon, or is that “threatening” to"
        " Russia insofar as it would make the next attempt to grind Ukraine under its boot too difficult?",
        "Will Ukraine’s pledge of neutrality prevent it from joining the EU?",
    ]
    assert all(q.origin == "explicit" for q in analysis.questions)
    text = analysis.document.text
    assert all(text[q.start : q.end] == q.text for q in analysis.questions if q.start is not None)

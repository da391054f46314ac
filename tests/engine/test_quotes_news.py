"""Quotations as US and international news print them: the error kinds seen on news the
engine had not read, each on sentences of our own."""

from __future__ import annotations

from briefterm.core.types import ActorType

from .test_quotes_helpers import direct, quotes_of

PEOPLE: dict[str, tuple[ActorType, list[str]]] = {
    "Jane Roe": ("person", ["Roe"]),
    "Tom Poe": ("person", ["Poe"]),
    "Eastport": ("place", []),
}


# --- credit lines ------------------------------------------------------------------------------------


def test_a_dash_and_a_name_after_a_quotation_credit_it() -> None:
    text = (
        "Readers told us what they want from the council:\n\n"
        "“Buses that come on time.” ― Marta Ruiz\n"
        "“Rents I can pay.” — Paolo de Luca, student\n"
        "”Cleaner streets, and soon.”\u00a0― Ines Varga.\n"
    )
    assert direct(quotes_of(text)) == [
        ("Buses that come on time.", "Marta Ruiz"),
        ("Rents I can pay.", "Paolo de Luca"),
        ("Cleaner streets, and soon.", "Ines Varga"),
    ]


def test_a_dash_inside_a_sentence_is_no_credit() -> None:
    text = "The “quiet plan” — Eastport Council’s own — was shelved in May."
    assert direct(quotes_of(text, PEOPLE)) == []

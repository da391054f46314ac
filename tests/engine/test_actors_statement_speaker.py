"""'the statement said' points to whoever made the statement, not the nearest actor."""

from __future__ import annotations

from briefterm.engine.analyse import analyse
from briefterm.sources.document import from_text


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in analyse(from_text(text), None).to_dict()["quotes"] if q["kind"] == "direct"]


def test_statement_points_to_the_person_who_issued_it() -> None:
    text = ("Mayor Ilse Vark said in a statement on Monday that the bridge would reopen. "
            "Engineers from Holm Construction inspected it.\n\n"
            "\"The bridge is sound,\" the statement said.")
    assert speakers(text) == ["ilse-vark"]


def test_statement_points_to_the_body_not_a_later_person() -> None:
    text = ("The Tarn Valley Water Board said in a statement that the reservoir was safe, "
            "after Mayor Ilse Vark asked.\n\n"
            "\"There is no danger to residents,\" the statement added.")
    assert speakers(text) == ["tarn-valley-water-board"]


def test_statement_opening_the_sentence() -> None:
    text = ("In a statement, the Tarn Valley Water Board said the reservoir was safe.\n\n"
            "Ilse Vark, the mayor, welcomed it. "
            "\"There is no danger to residents,\" the statement said.")
    assert speakers(text) == ["tarn-valley-water-board"]


def test_the_statement_without_an_issuer_falls_back_to_the_nearest_body() -> None:
    text = ("The Tarn Valley Water Board met on Monday.\n\n"
            "\"There is no danger to residents,\" the statement said.")
    assert speakers(text) == ["tarn-valley-water-board"]


def test_a_report_speaks_for_the_body_named_after_by() -> None:
    text = ("The Harbour Agency had “no reliable way of knowing,” according to a report released in May "
            "by the Westmark Audit Office, an arm of the assembly.")
    assert speakers(text) == ["westmark-audit-office"]


def test_the_body_described_by_the_words_of_its_name_speaks() -> None:
    text = ("The Nordic Court of Labour Rights ruled on Tuesday. The strike was of “legitimate public "
            "interest,” the Nordic court said.")
    assert speakers(text) == ["nordic-court-of-labour-rights"]

"""Session 20: superscript (and caret) markers whose separators were lost (``²³`` for ``²,³``)
cite each entry their digits name, where the reference list has those entries and no entry
of the glued number."""

from __future__ import annotations

import pytest

import newsclaims
from newsclaims import parse_markers


def _answer(marks: str, entries: int, *, caret: bool = False) -> str:
    sources = "\n".join(
        f"{n}. Reuters — Chipmaker report number {n}, Oct {n}, 2025" for n in range(1, entries + 1)
    )
    return (
        "Nvidia's market value passed $5 trillion on Wednesday.¹ Its shares rose 4.5% after "
        f"the chief executive spoke of $500 billion in bookings.{'^' if caret else ''}{marks}\n\n"
        f"Sources:\n{sources}\n"
    )


@pytest.mark.parametrize(
    ("marks", "entries", "labels", "dangles"),
    [
        ("²³", 4, ("2", "3"), False),
        ("¹²³", 3, ("1", "2", "3"), False),
        ("³⁴", 5, ("3", "4"), False),
        # The list has an entry of the number: it is that entry.
        ("¹²", 12, ("12",), False),
        # A digit the list has no entry of (``⁰``), or one given twice: not split.
        ("¹⁰", 3, ("10",), True),
        ("²²", 3, ("22",), True),
    ],
)
def test_glued_superscripts_cite_the_entries_their_digits_name(
    marks: str, entries: int, labels: tuple[str, ...], dangles: bool
) -> None:
    doc = newsclaims.parse(_answer(marks, entries))
    assert doc.claims[1].citations == labels
    dangling = [f for f in doc.findings if f.kind == "dangling_marker"]
    assert bool(dangling) == dangles


def test_glued_caret_numbers_cite_each_entry() -> None:
    doc = newsclaims.parse(_answer("23", 3, caret=True))
    assert doc.claims[1].citations == ("2", "3")


def test_without_a_reference_list_the_number_stands() -> None:
    markers = parse_markers("Shares rose 4.5% on Wednesday.²³")
    assert [m.labels for m in markers] == [("23",)]
    markers = parse_markers("Shares rose 4.5% on Wednesday.²³", known_labels=["1", "2", "3"])
    assert [m.labels for m in markers] == [("2", "3")]

"""Session 20: numbers in parentheses glued to a sentence's full stop (``... gesunken.(1) Die
...``), as some summaries cite their numbered sources, are markers and end the sentence; a
spaced one that opens a list's item (``. (1) A levy``) is not read so."""

from __future__ import annotations

import pytest

import newsclaims

REFS = (
    "\n\nSources:\n(1) Destatis, Pressemitteilung Nr. 412, 30. Oktober 2025\n"
    "(2) Handelsblatt – Arbeitsmarkt: Zahl der Arbeitslosen sinkt – 30.10.2025\n"
    "(3) Bundesagentur für Arbeit, Monatsbericht Oktober 2025\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Die Zahl der Arbeitslosen ist im Oktober gesunken.(1) Die Quote sank auf 6,2 "
            "Prozent.(1)(2) Die Agentur sprach von einer saisonüblichen Entwicklung.(3)",
            [("1",), ("1", "2"), ("3",)],
        ),
        (
            "Unemployment fell by 32,000 in October.(2) The rate held at 6.2%.(1, 3) The agency "
            "called it “a seasonal pattern.”(3)",
            [("2",), ("1", "3"), ("3",)],
        ),
        (
            "Le chômage a reculé en octobre !(1) Le taux est resté à 6,2 %.(2–3)",
            [("1",), ("2", "3")],
        ),
    ],
)
def test_glued_parenthesised_numbers_cite_their_sentence(
    body: str, expected: list[tuple[str, ...]]
) -> None:
    doc = newsclaims.parse(body + REFS)
    assert [c.citations for c in doc.claims] == expected
    assert not [f for f in doc.findings if f.kind in ("unused_citation", "dangling_marker")]
    for claim in doc.claims:
        assert "(" not in claim.text[-4:]


def test_glued_parentheses_end_a_sentence() -> None:
    text = "Die Zahl ist gesunken.(1) Die Quote sank.(1)(2) Sie sprach von einer Entwicklung.(3)"
    assert newsclaims.split_sentences(text) == [
        "Die Zahl ist gesunken.(1)",
        "Die Quote sank.(1)(2)",
        "Sie sprach von einer Entwicklung.(3)",
    ]


def test_a_spaced_item_number_after_a_full_stop_is_no_marker() -> None:
    text = (
        "The plan has three parts, the minister said on Monday. (1) A levy on imports of "
        "steel. (2) A cap on prices for households. (3) A fund for the regions." + REFS
    )
    doc = newsclaims.parse(text)
    assert not any(m.labels for m in doc.markers)

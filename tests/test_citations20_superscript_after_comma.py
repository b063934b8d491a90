"""Session 20: a superscript marker after a comma cites the clause before it (``... this
year,³ slightly more ...``), as ``[3]`` there does; the second of a run (``¹,²``) is read
with the first."""

from __future__ import annotations

import pytest

import newsclaims
from newsclaims import parse_markers


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The automaker expects tariffs to cut profit by 1.45 trillion yen this year,³ "
            "slightly more than it had forecast.",
            [("3",)],
        ),
        (
            "Der Konzern rechnet mit Belastungen von 1,45 Billionen Yen,² mehr als erwartet.",
            [("2",)],
        ),
        ("El paro bajó al 10,45%,¹ según el INE, su nivel más bajo desde 2008.²", [("1",), ("2",)]),
        ("Prices rose.¹,² Then they fell.¹, ³ Again.", [("1", "2"), ("1", "3")]),
    ],
)
def test_a_superscript_after_a_comma_is_a_marker(text: str, labels: list[tuple[str, ...]]) -> None:
    assert [m.labels for m in parse_markers(text)] == labels


def test_the_clause_cited_after_a_comma_links_its_claim() -> None:
    text = (
        "Toyota raised its annual profit forecast on Wednesday.¹ The automaker now expects "
        "tariffs to cut profit by 1.45 trillion yen this year,² slightly more than in August."
        "\n\nSources:\n¹ Reuters, Nov 5, 2025\n² Bloomberg, Nov 5, 2025\n"
    )
    doc = newsclaims.parse(text)
    assert [c.citations for c in doc.claims] == [("1",), ("2",)]
    assert not [f for f in doc.findings if f.kind in ("uncited_claim", "unused_citation")]

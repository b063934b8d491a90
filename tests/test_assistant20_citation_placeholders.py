"""Session 20: the citation placeholders a chat assistant's answer leaves when copied as text
(``citeturn0news12``, with or without its private-use characters, ``【turn0news12】``) are
removed, with the spaces before them: they cite nothing, and made a paragraph a headline."""

from __future__ import annotations

import pytest

import newsclaims

PLACEHOLDERS = [
    " citeturn0news12",
    " \ue200cite\ue202turn0news12\ue201",
    " \ue200cite\ue202turn0search3\ue202turn0news15\ue201",
    " citeturn0search3turn0news15",
    " 【turn0news12】",
]


@pytest.mark.parametrize("mark", PLACEHOLDERS)
def test_placeholders_go_and_the_sentences_stay(mark: str) -> None:
    raw = (
        f"Nvidia reported third-quarter revenue of $57 billion, up 62% from a year earlier.{mark} "
        f"Data center revenue reached $51.2 billion.{mark}\n\n"
        f'Chief executive Jensen Huang said demand was "off the charts."{mark}\n'
    )
    doc = newsclaims.parse(raw)
    assert [r.reason for r in doc.removals] == ["assistant citation placeholder"] * 3
    assert [r.text for r in doc.removals] == [mark] * 3
    assert "turn0" not in doc.text
    assert [s.kind for s in doc.sections] == ["body"]
    assert [c.text for c in doc.claims] == [
        "Nvidia reported third-quarter revenue of $57 billion, up 62% from a year earlier.",
        "Data center revenue reached $51.2 billion.",
        'Chief executive Jensen Huang said demand was "off the charts."',
    ]


def test_a_placeholder_before_the_full_stop_goes_with_its_space() -> None:
    doc = newsclaims.parse(
        "Brent crude fell below $60 a barrel on Thursday citeturn0news3. It was the first "
        "time since May that prices had dropped so far, traders said."
    )
    assert doc.text.startswith("Brent crude fell below $60 a barrel on Thursday. It was")


@pytest.mark.parametrize(
    "text",
    [
        "The company will turn 10 next year, and its founder said it would return to profit.",
        "Output rose in turn, as the fund predicted in its turn2 report on Monday, analysts said.",
    ],
)
def test_words_like_turn_are_no_placeholder(text: str) -> None:
    assert newsclaims.parse(text).removals == ()

"""A dateline that opens a paragraph is no part of the claim after it."""

from __future__ import annotations

import pytest

import newsclaims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "WASHINGTON (AP) — The Senate passed the bill on Tuesday.",
            "The Senate passed the bill on Tuesday.",
        ),
        ("LONDON, Nov 12 (Reuters) - Britain's economy grew 0.1%.", "Britain's economy grew 0.1%."),
        (
            "SIOUX FALLS, S.D. – People across the state are talking about it.",
            "People across the state are talking about it.",
        ),
        (
            "MANILA (Philippine Daily Inquirer/ANN) - The Senate passed the bill.",
            "The Senate passed the bill.",
        ),
        (
            "PUTRAJAYA, Oct 9 (Bernama): The funding deal was signed on Thursday.",
            "The funding deal was signed on Thursday.",
        ),
        ('NEW YORK — "We won," Mayor Eric Adams said.', '"We won," Mayor Eric Adams said.'),
        ("SEOUL - Exports rose 4% in October.", "Exports rose 4% in October."),
    ],
)
def test_a_dateline_is_left_out_of_the_claim(text: str, claim: str) -> None:
    doc = newsclaims.parse(f"The week in brief\n\n{text} Officials gave no details.")
    first = doc.claims[1]
    assert first.text == claim
    assert doc.text[first.span.start : first.span.end] == claim


@pytest.mark.parametrize(
    "text",
    [
        "NATO — the alliance of 32 countries — met on Tuesday.",
        "The U.S. economy grew 2.8% in the third quarter.",
        "MUMBAI: Heavy rain flooded the city on Monday.",
    ],
)
def test_what_is_no_dateline_stays_in_the_claim(text: str) -> None:
    doc = newsclaims.parse(f"The week in brief\n\n{text} Officials gave no details.")
    assert doc.claims[1].text == text


def test_a_transcript_label_in_capitals_stays_its_speaker() -> None:
    text = (
        "Briefing\n\n"
        "MR. LEE: Good afternoon. We will take questions.\n"
        "REPORTER: Is the deal done?\n"
        "MR. LEE: Not yet. We expect it next week.\n"
        "REPORTER: When will it be signed?\n"
        "MR. LEE: Soon.\n"
    )
    doc = newsclaims.parse(text)
    turns = [c for c in doc.claims if c.text.startswith("MR. LEE")]
    assert turns and all(c.kind == "quote" and c.speaker for c in turns)

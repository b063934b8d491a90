"""Session 20: a quote whose sentence opens with a bold topic label, as AI answers write their
bullets (``**Outlook**: Powell said ... "..."``), claims without the label, as a statement
does; a label that names the speaker stays."""

from __future__ import annotations

import pytest

import newsclaims


def _quotes(text: str) -> list[newsclaims.Claim]:
    return [c for c in newsclaims.parse(text).claims if c.kind == "quote"]


@pytest.mark.parametrize(
    ("item", "claim"),
    [
        (
            '- **Outlook**: Chair Jerome Powell said a December cut was "not a foregone '
            'conclusion." [4]',
            'Chair Jerome Powell said a December cut was "not a foregone conclusion."',
        ),
        (
            '* **Reaction:** "This is a good day for workers," said union leader Shawn Fain.',
            '"This is a good day for workers," said union leader Shawn Fain.',
        ),
        (
            "**Ausblick**: Bundesbankpräsident Joachim Nagel sagte, die Lage sei „ernst“.",
            "Bundesbankpräsident Joachim Nagel sagte, die Lage sei „ernst“.",
        ),
    ],
)
def test_a_topic_label_is_no_part_of_a_quote(item: str, claim: str) -> None:
    text = (
        "The Federal Reserve cut its benchmark rate by a quarter point on Wednesday, its "
        f"second cut this year, officials said.\n\n{item}\n"
    )
    quotes = _quotes(text)
    assert [q.text for q in quotes] == [claim]
    assert quotes[0].span.slice(newsclaims.parse(text).text) == claim


def test_a_label_that_names_the_speaker_stays() -> None:
    text = (
        "The senator spoke after the vote on Tuesday evening in Washington, aides said.\n\n"
        '**Ann Lee**: "We will keep fighting for this bill," she said.\n'
    )
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0].text.startswith("**Ann Lee**")

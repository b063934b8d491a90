"""Session 15: check-worthiness of questions, opinion framings and labelled analysis."""

from __future__ import annotations

import pytest

import newsclaims
from newsclaims.default_plugins._checkworthy import checkworthy


@pytest.mark.parametrize(
    "text",
    [
        "Q: Will rates fall this year?",
        "Why did the bank raise rates in March?",
        "Is the economy heading for a recession in 2025?",
        "Can Labour win back Scotland?",
        "What happens to the 40,000 workers now?",
        # Framed judgements.
        "The truth is that nobody in Westminster wants to take on the planning system.",
        "The problem is that Brussels moves too slowly.",
        "The irony is that Republicans designed the rule themselves.",
        # Headlines labelled as analysis or opinion.
        "Analysis: Why the Fed is in no hurry to cut",
        "Opinion: Europe must stop relying on Washington",
        "Comment: The BBC has lost its way",
    ],
)
def test_questions_framings_and_labelled_analysis_are_not_checkworthy(text: str) -> None:
    assert checkworthy(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Britain built 300,000 homes a year in the 1960s.",
        "The Federal Reserve left rates unchanged on Wednesday.",
        "The problem was first reported by Reuters in March.",
        "Analysis: Fed holds rates at 5.25% for a sixth meeting",  # a number anchors it
        "Truth Social shares fell after the listing.",
    ],
)
def test_facts_stay_checkworthy(text: str) -> None:
    assert checkworthy(text) is True


def test_a_quoted_question_keeps_its_speaker_and_stays_checkworthy() -> None:
    doc = newsclaims.parse('"Will you resign?" the reporter asked Ann Lee.')
    assert [(c.speaker, c.checkworthy) for c in doc.claims] == [("the reporter", True)]


def test_an_interview_question_is_not_checkworthy() -> None:
    text = (
        "Interview: the new head of the central bank\n\n"
        "The central bank's new governor took office this month.\n\n"
        "Q: Will rates fall this year?\n\n"
        "A: Not before inflation is back at target in 2026.\n"
    )
    claims = {c.text: c.checkworthy for c in newsclaims.parse(text).claims}
    assert claims["Q: Will rates fall this year?"] is False
    assert claims["A: Not before inflation is back at target in 2026."] is True

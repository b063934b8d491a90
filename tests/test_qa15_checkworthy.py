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
        # An analyst's markers.
        "The move is a clear sign that Beijing is losing patience with Washington.",
        "In other words, the Fed is flying blind.",
        "Make no mistake: this is a turning point for Europe.",
        "The message to Moscow is unmistakable.",
        "Whatever happens next, the damage to Starmer is done.",
        "That is a mistake, and Labour will pay for it.",
        "Put simply, Britain cannot afford this.",
        "The bigger question is whether Berlin will follow.",
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
        "Officials in Kyiv will sign that agreement on Friday.",
        "The question was put to Sunak in parliament.",
        "Ukraine and Russia will sign a deal in Istanbul.",
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

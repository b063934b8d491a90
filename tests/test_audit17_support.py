"""The support checker on summary points that change a fact in a way the earlier rules missed:
a direction said by the words around a figure, a figure with its multiplier in words, a
rounded count read as a year, a hold read as no move, a share in words, the clause a name
belongs to, and how messages quote initialisms."""

from __future__ import annotations

import pytest

import newsclaims

#: A second body sentence, so that word weights are those of an article.
OTHER = "The company gave no forecast for the rest of the year."


def _check(claim: str, body: str) -> newsclaims.Support:
    return newsclaims.check_support(claim, (body, OTHER))


@pytest.mark.parametrize(
    ("claim", "body", "said", "shown"),
    [
        (
            "Shares in Acme closed up 2.1% on Tuesday.",
            "Shares in Acme closed down 2.1% on Tuesday after the results.",
            "up",
            "down",
        ),
        (
            "The FTSE 100 ended 0.4% higher on Friday.",
            "The FTSE 100 ended 0.4% lower on Friday, dragged down by miners.",
            "higher",
            "lower",
        ),
        (
            "Le Monde said Renault shares were down 3% at midday.",
            "Renault shares were up 3% at midday in Paris, Le Monde said.",
            "down",
            "up",
        ),
        (
            "Wall Street stocks closed higher on Wednesday.",
            "Wall Street stocks closed sharply lower on Wednesday after a volatile session.",
            "higher",
            "lower",
        ),
        (
            "Unemployment ticked up in March, the statistics office said.",
            "Unemployment ticked down in March, the statistics office said on Thursday.",
            "up",
            "down",
        ),
        (
            "The rand fell 1.2% against the dollar.",
            "The rand was up 1.2% against the dollar by late afternoon in Johannesburg.",
            "fell",
            "up",
        ),
    ],
)
def test_a_figure_moved_the_other_way_by_the_words_around_it_is_unsupported(
    claim: str, body: str, said: str, shown: str
) -> None:
    verdict = _check(claim, body)
    assert not verdict.supported
    assert verdict.reason == f"it says '{said}' where the closest body sentence says '{shown}'"


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        (
            "Shares in Acme closed down 2.1% on Tuesday.",
            "Shares in Acme closed down 2.1% on Tuesday after the results.",
        ),
        # Phrasal verbs and bounds move no figure.
        (
            "The bank signed up 2,000 customers in its first month.",
            "The bank signed up 2,000 customers in its first month, after fees fell.",
        ),
        (
            "The army shot down 3 drones overnight.",
            "The army shot down 3 drones overnight as attacks on the capital increased.",
        ),
        (
            "Prices will rise by up to 5% next year.",
            "Prices will rise by up to 5% next year, the regulator said.",
        ),
        (
            "Enrolment in 3 higher education colleges rose this year.",
            "Enrolment in 3 higher education colleges rose this year, the ministry said.",
        ),
        (
            "Acme shares rose 4% on Monday.",
            "Acme shares rose 4% on Monday, up from a low of 120 pence last week.",
        ),
    ],
)
def test_words_that_move_no_figure_leave_the_point_supported(claim: str, body: str) -> None:
    verdict = _check(claim, body)
    assert verdict.supported, verdict.reason

"""A figure whose thousands are set apart by spaces (``45 000``, as French, German, Nordic and
Slavic papers and SI style write them) is one figure: a summary point that writes it
``45,000`` over a body that writes ``45 000`` (or the reverse) is supported, and a changed one
is still reported."""

from __future__ import annotations

import pytest

import newsclaims
from newsclaims.default_plugins._audit_text import numbers

# The separators: a space, a no-break space, a narrow no-break space and a thin space.
_SPACES = [" ", "\u00a0", "\u202f", "\u2009"]


def _unsupported(text: str) -> list[str]:
    doc = newsclaims.parse(text)
    return [f.message for f in doc.findings if f.kind == "unsupported_claim"]


def _summary(body_figure: str, point_figure: str) -> str:
    return (
        "Jobseekers fall again\n\n"
        f"The number of jobseekers fell by {body_figure} in the third quarter, the statistics "
        "office said on Thursday. The unemployment rate now stands at 7.1% of the workforce.\n\n"
        "Key points\n"
        f"1. Jobseekers fell by {point_figure} in the third quarter.\n"
        "2. The unemployment rate is 7.1%.\n"
    )


@pytest.mark.parametrize("space", _SPACES)
@pytest.mark.parametrize("spaced_side", ["body", "point"])
def test_a_figure_in_spaced_thousands_is_the_same_figure_with_commas(
    space: str, spaced_side: str
) -> None:
    spaced, commas = f"45{space}000", "45,000"
    body, point = (spaced, commas) if spaced_side == "body" else (commas, spaced)
    assert _unsupported(_summary(body, point)) == []


@pytest.mark.parametrize("space", _SPACES)
def test_a_changed_figure_in_spaced_thousands_is_still_reported(space: str) -> None:
    (message,) = _unsupported(_summary(f"45{space}000", "54,000"))
    assert "54000" in message and "45000" in message
    (message,) = _unsupported(_summary("45,000", f"54{space}000"))
    assert "54000" in message and "45000" in message


def test_a_french_summary_in_spaced_thousands_and_decimal_commas() -> None:
    text = (
        "Le chômage recule au troisième trimestre\n\n"
        "Le nombre de demandeurs d'emploi a reculé de 45\u202f000 au troisième trimestre, a "
        "annoncé l'Insee jeudi. Les dépenses d'indemnisation atteignent 1 234 567,5 euros.\n\n"
        "Points clés :\n"
        "1. Le nombre de demandeurs d'emploi a reculé de 45 000 au troisième trimestre.\n"
        "2. Les dépenses d'indemnisation atteignent 1 234 567,5 euros.\n"
    )
    assert _unsupported(text) == []
    changed = text.replace("a reculé de 45 000", "a reculé de 46 000")
    assert changed != text and len(_unsupported(changed)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45 000 jobs", {45000.0}),
        ("1 234 567,5 euros", {1234567.5}),
        ("1\u00a0000\u00a0000 people", {1000000.0}),
        # Four digits are no first group: a year before a count stays two figures.
        ("In 2019 200 people", {2019.0, 200.0}),
        # A group glued to letters is a model's name, not thousands.
        ("the A320 200 series", {320.0, 200.0}),
        # A fourth digit in a group ends the reading: a telephone number stays its parts.
        ("call 020 7946 0000", {20.0, 7946.0, 0.0}),
        # Groups of other sizes are no thousands.
        ("scores of 12 34 and 5 6789", {12.0, 34.0, 5.0, 6789.0}),
    ],
)
def test_what_reads_as_one_spaced_figure(text: str, expected: set[float]) -> None:
    assert set(numbers(text)[0]) == expected

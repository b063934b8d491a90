"""Session 20: a short line cited with a superscript or caret marker after its full stop is the
article's, as one cited with ``[4]`` is; and a list whose entries superscript labels open is
no menu."""

from __future__ import annotations

import pytest

import newsclaims

NVIDIA = (
    "Nvidia's market value surpassed $5 trillion on Wednesday, making it the first company to "
    "reach that milestone.¹ The chipmaker's shares rose as much as 4.5% after CEO Jensen Huang "
    "said the company had $500 billion in bookings for its AI chips through 2026.²³\n\n"
    "{last}\n\n"
    "---\n"
    '¹ Reuters, "Nvidia becomes first company to hit $5 trillion", Oct 29, 2025\n'
    "² CNBC — Nvidia's Huang says $500 billion in bookings\n"
    "³ Bloomberg, Oct 28, 2025\n"
    "⁴ Financial Times: Is the AI boom a bubble?\n"
)
LAST_LINES = [
    "The rally comes amid concerns about an AI bubble.⁴",
    "The rally comes amid concerns about an AI bubble.^4",
    "Analysts called the surge “a bubble in the making.”⁴",
    "Not all investors agree.⁴ ⁵",
    "Der Anstieg nährt Sorgen vor einer KI-Blase.⁴",
]


@pytest.mark.parametrize("last", LAST_LINES)
def test_a_short_line_cited_after_its_full_stop_stays(last: str) -> None:
    doc = newsclaims.parse(NVIDIA.format(last=last))
    assert doc.removals == ()
    assert last.rstrip("⁴⁵ ^").rstrip("4") in doc.body
    assert [s.kind for s in doc.sections] == ["body", "references"]


MENU = (
    "Home\nWorld\nBusiness\nMarkets\nTech\n\n"
    "Nvidia's market value surpassed $5 trillion on Wednesday, making it the first company to "
    "reach that milestone, as its shares rose 3% in early trading in New York.\n\n"
    "{line}\nPrivacy\nTerms\n"
)


@pytest.mark.parametrize("line", ["Area 40 m²", "Formula E=mc²", "Users 10^6", "Plan x^2"])
def test_a_menu_line_with_an_exponent_is_still_the_menus(line: str) -> None:
    # A superscript or caret that follows no sentence's end is an exponent, no marker.
    doc = newsclaims.parse(MENU.format(line=line))
    assert line not in doc.text
    assert "trillion" in doc.text

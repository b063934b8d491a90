"""Regression tests for the second review of session 15's page cleaner rules: each case is
one the first round of fixes got wrong (article text lost, boilerplate kept)."""

from __future__ import annotations

import pytest

from newsclaims.default_plugins.cleaning import page_removals

from .test_cleaning_unfamiliar import clean

HAMAS = (
    "Hamas says it will study new ceasefire proposal",
    "Hamas said on Tuesday it would study a new ceasefire proposal presented by Egyptian and "
    "Qatari mediators, as Israeli strikes killed at least 30 people across the Gaza Strip "
    "overnight, according to local health officials.",
    "The proposal would see a six-week pause in fighting and the release of some hostages held "
    "in Gaza in exchange for Palestinian prisoners, two officials familiar with the talks said.",
)
HAMAS_ABOUT = (
    "About Hamas",
    "Hamas is a Palestinian Islamist group that has governed the Gaza Strip since 2007. It is "
    "designated a terrorist organisation by the United States, the European Union and others.",
)


@pytest.mark.parametrize("label", ["Media coverage", "In the press", "Press freedom"])
def test_an_explainers_about_section_over_a_label_holding_a_contacts_word_stays(
    label: str,
) -> None:
    page = (*HAMAS, *HAMAS_ABOUT, label, "Key dates", "October 7, 2023: Hamas-led attack on Israel")
    body = clean("\n".join(page)).body
    for line in HAMAS_ABOUT:
        assert line in body


ACME = (
    "Acme Robotics raises $40 million to expand warehouse automation",
    "SAN FRANCISCO, March 3, 2026 /PRNewswire/ -- Acme Robotics, a maker of autonomous "
    "warehouse robots, today announced it has raised $40 million in Series B funding led by "
    "Northgate Ventures.",
    "The company said it would use the funds to double its engineering staff and open an "
    "office in Austin, Texas, later this year.",
    '"Warehouses are under enormous pressure to move faster," said Dana Cho, chief executive '
    "of Acme Robotics.",
)
ACME_ABOUT = (
    "About Acme Robotics",
    "Acme Robotics builds autonomous mobile robots that move goods in warehouses and "
    "factories. Founded in 2019, the company is based in San Francisco.",
)


@pytest.mark.parametrize(
    "label", ["For further information:", "Ansprechpartner:", "Media contact:", "Pressekontakt"]
)
def test_a_releases_about_section_over_a_contacts_label_goes(label: str) -> None:
    page = (*ACME, *ACME_ABOUT, label, "Jordan Lee", "+1 415 555 0199")
    body = clean("\n".join(page)).body
    assert ACME[-1] in body
    for line in ACME_ABOUT:
        assert line not in body

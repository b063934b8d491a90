"""Regression tests for the review of session 15's page cleaner rules: each case is one the
rules got wrong (a crash, article text lost, boilerplate kept)."""

from __future__ import annotations

from newsclaims.default_plugins.cleaning import page_removals

from .test_cleaning_unfamiliar import FOOTER, MENU, clean


def test_a_quotation_mark_alone_on_its_line_is_no_crash() -> None:
    page = (
        *MENU,
        "Shop workers deserve better than this",
        "By Karen Mills",
        "Across the country, shop workers are being threatened, spat at and assaulted on a "
        "scale that would have been unthinkable ten years ago.",
        "Our survey of 4,000 members found that nine in ten had been verbally abused in the "
        "past year, and one in eight had been physically attacked while at work.",
        "“",
        "Our members are exhausted.",
        "”",
        "— Karen Mills, union president",
        "The government promised a new offence of assaulting a retail worker two years ago, "
        "and it is time ministers kept that promise before more people are hurt.",
        *FOOTER,
    )
    page_removals("\n".join(page))  # (no IndexError)
    body = clean("\n".join(page)).body
    assert "The government promised a new offence" in body

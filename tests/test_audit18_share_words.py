"""A summary point's share in words is compared with the body's share, in words or figures,
within a tolerance: ``about half of the routes`` for ``two-thirds of the routes`` (or ``a
third``, ``a quarter``, ``three in four``, ``75%``) is unsupported, ``nearly half`` for
``48%`` is not. Only more or less than half was compared, so any fraction passed."""

from __future__ import annotations

import pytest

import newsclaims
from newsclaims.default_plugins.support import _share, share_tolerance

PM = newsclaims.make_plugin_manager(entry_points=False)


def _flagged(body: str, points: list[str]) -> dict[str, str]:
    text = body + "\n\nKey points:\n" + "".join(f"- {p}\n" for p in points)
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [c.text for c in doc.claims if c.kind == "key_point"] == points
    return {
        doc.claims[f.claim].text: f.message
        for f in doc.findings
        if f.kind == "unsupported_claim" and f.claim is not None
    }


ROUTES = "{share} of the regional routes will close next year, the rail operator said on Monday."
SUBSIDY = "The state subsidy ends in June."


def _point(share: str) -> str:
    """A key point that gives the share of the routes (``Three in four regional routes``)."""
    of = "" if " in " in share else " of the"
    return f"{share}{of} regional routes will close next year."


@pytest.mark.parametrize(
    ("body_share", "point_share"),
    [
        ("Two-thirds", "About half"),
        ("A third", "About half"),
        ("A quarter", "Roughly half"),
        ("Three in four", "About half"),
        ("Some 75%", "About half"),
        ("A third", "Two-thirds"),
        ("Two thirds", "A third"),
        ("Nearly half", "More than half"),
        ("A third", "Most"),
        ("One in ten", "A quarter"),
        ("Nine out of ten", "Three-quarters"),
        ("Half", "One in four"),
    ],
)
def test_a_share_in_words_that_is_not_the_bodys_is_unsupported(
    body_share: str, point_share: str
) -> None:
    body = (
        ROUTES.format(share=body_share) + "\n"
        "Passenger numbers have fallen since the pandemic, and the state subsidy ends in June.\n"
    )
    point = _point(point_share)
    flagged = _flagged(body, [point, SUBSIDY])
    assert list(flagged) == [point]
    quoted = point_share + (" of" if point_share == "Most" else "")
    assert f"it says '{quoted}' where the closest body sentence " in flagged[point]


@pytest.mark.parametrize(
    ("body_share", "point_share"),
    [
        ("48%", "Nearly half"),
        ("Nearly half", "Nearly half"),
        ("Nearly half", "Less than half"),
        ("52%", "About half"),
        ("41%", "Around half"),
        ("31%", "About a third"),
        ("A quarter", "One in four"),
        ("Two-thirds", "More than half"),
        ("Three in four", "Most"),
        ("68%", "Two-thirds"),
        ("Half", "Half"),
    ],
)
def test_a_share_in_words_that_rounds_the_bodys_is_supported(
    body_share: str, point_share: str
) -> None:
    body = (
        ROUTES.format(share=body_share) + "\n"
        "Passenger numbers have fallen since the pandemic, and the state subsidy ends in June.\n"
    )
    assert _flagged(body, [_point(point_share), SUBSIDY]) == {}


def test_articles_with_shares_in_words() -> None:
    survey = (
        "Nearly two-thirds of German households now pay for at least one streaming service, "
        "according to a Bitkom survey published on Wednesday. A quarter of respondents said "
        "they had cancelled a subscription in the past year because of rising prices. The "
        "survey of 1,004 adults was carried out in March."
    )
    faithful = [
        "About two-thirds of German households pay for a streaming service.",
        "A quarter of respondents cancelled a subscription in the past year.",
    ]
    altered = [
        "About half of German households pay for a streaming service.",
        "A third of respondents cancelled a subscription in the past year.",
    ]
    flagged = _flagged(survey, faithful + altered)
    assert sorted(flagged) == sorted(altered)
    assert (
        "says 'About half' where the closest body sentence says 'Nearly two-thirds'"
        in (flagged[altered[0]])
    )


def test_other_halves_and_quarters_are_no_shares() -> None:
    body = (
        "Retail sales in Brazil rose 5% in the second half of the year, the statistics agency "
        "said. Sales of appliances fell by half over the same quarter, and fuel sales rose 3%.\n"
        "The central bank left its benchmark rate at 10.5% in the first quarter of the year."
    )
    points = [
        "Retail sales rose 5% in the second half of the year.",
        "Appliance sales fell by half.",
        "The central bank left its rate at 10.5% in the first quarter of the year.",
    ]
    assert _flagged(body, points) == {}


@pytest.mark.parametrize(
    ("claim", "evidence", "flagged"),
    [
        # the same noun must follow: a share of other things is no answer
        ("About half of the voters backed him.", "Turnout was 75%, officials said.", False),
        ("About half of the nurses struck.", "A third of the doctors joined them.", False),
        ("About half of the nurses struck.", "A third of the nurses struck on Friday.", True),
        # several shares in the evidence: which one is meant is not known
        ("About half of the shops shut.", "A third of the shops shut and 70% cut hours.", False),
        # a claim with a figure is compared as numbers elsewhere
        ("About half, 50%, of the shops shut.", "A third of the shops shut.", False),
        # fractions that are no shares
        ("Five in three of the shops shut.", "A third of the shops shut.", False),
        ("Half a million shops shut.", "A third of the shops shut.", False),
        # bounds
        ("At least a third of the shops shut.", "A third of the shops shut.", False),
        ("More than a third of the shops shut.", "A third of the shops shut.", True),
        ("Just over a quarter of the shops shut.", "Some 27% of the shops shut.", False),
        ("Just over a quarter of the shops shut.", "Some 24% of the shops shut.", True),
        ("Under a fifth of the shops shut.", "Some 15% of the shops shut.", False),
        ("Under a fifth of the shops shut.", "Two-fifths of the shops shut.", True),
        ("One in 10 shops shut.", "Some 11% of the shops shut.", False),
        ("One in 10 shops shut.", "Some 30% of the shops shut.", True),
        ("A minority of the shops shut.", "A majority of the shops shut.", True),
    ],
)
def test_share_rule(claim: str, evidence: str, flagged: bool) -> None:
    assert (_share(claim, evidence) is not None) is flagged


def test_the_tolerance() -> None:
    assert share_tolerance(50) == 10
    assert share_tolerance(25) == 5 and share_tolerance(75) == 5
    assert share_tolerance(10) == 5 and share_tolerance(90) == 5
    assert round(share_tolerance(100 / 3), 2) == 6.67


@pytest.mark.parametrize(
    "share",
    [
        "HALF OF THE",
        "Two-Thirds of the",
        "three quarters of the",
        "A Fifth of the",
        "one tenth of the",
        "Nine Out Of Ten",
        "Seven in 10",
        "The Majority of the",
        "Most of the",
        "A Minority of the",
    ],
)
def test_the_hints_before_the_search_miss_no_share(share: str) -> None:
    # Speed: the search for a share in words runs only on a claim holding one of these words.
    from newsclaims.default_plugins import support

    claim = f"{share} clinics reopened on Monday."
    assert support._SHARE_IN_WORDS.search(claim)
    assert any(hint in claim.lower() for hint in support._SHARE_HINTS)
    figure = "97%" if "minority" in claim.lower() else "3%"
    assert _share(claim, f"Some {figure} of the clinics reopened on Monday.") is not None


def test_a_claim_without_hints_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclaims.default_plugins import support

    class Refused:
        def finditer(self, text: str) -> None:
            raise AssertionError(text)

    monkeypatch.setattr(support, "_SHARE_IN_WORDS", Refused())
    assert _share("The clinics reopened on Monday.", "Half of the clinics reopened.") is None

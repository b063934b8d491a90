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


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        (
            "About 3 thousand people attended the rally.",
            "Police said 3,000 people attended the rally in the capital.",
        ),
        (
            "The city has 3.5 million residents, the census found.",
            "The city has 3,500,000 residents, the census found.",
        ),
        (
            "The deal is worth $1.5 billion, the company said.",
            "The deal is worth $1,500 million, the company said on Monday.",
        ),
        (
            "Some 12,000 people fled the town, officials said.",
            "Some 12 thousand people fled the town on Sunday, officials said.",
        ),
        # Rounded, with its multiplier.
        (
            "The firm will hire 3 thousand workers across Europe next year.",
            "The firm will hire 2,980 workers across Europe next year.",
        ),
        (
            "Die Stadt hat 2 Millionen Einwohner, 1.2 million more than in 1950.",
            "Die Stadt hat 2 Millionen Einwohner, 1,190,000 more than in 1950.",
        ),
    ],
)
def test_a_figure_with_its_multiplier_in_words_is_the_figure_it_makes(
    claim: str, body: str
) -> None:
    verdict = _check(claim, body)
    assert verdict.supported, verdict.reason


@pytest.mark.parametrize(
    ("claim", "body", "reason"),
    [
        (
            "The firm will hire 4 thousand workers across Europe next year.",
            "The firm will hire 3,000 workers across Europe next year.",
            "it says 4 thousand where the closest body sentence says 3000",
        ),
        (
            "Some 13,000 people fled the town, officials said.",
            "Some 12 thousand people fled the town on Sunday, officials said.",
            "it says 13000 where the closest body sentence says 12 thousand",
        ),
        (
            "Toyota lost 3 million yen on the sale, it said.",
            "Toyota lost 2,800,000 yen on the sale, it said.",
            "it says 3 million where the closest body sentence says 2800000",
        ),
    ],
)
def test_a_figure_with_its_multiplier_in_words_that_differs_is_unsupported(
    claim: str, body: str, reason: str
) -> None:
    verdict = _check(claim, body)
    assert not verdict.supported
    assert verdict.reason == reason


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        (
            "Police said about 2000 people gathered in the square on Sunday.",
            "Police said 1,980 people gathered in the square on Sunday.",
        ),
        (
            "Nearly 2000 protesters gathered outside parliament in Nairobi.",
            "Police said 1,950 protesters gathered outside parliament in Nairobi.",
        ),
        (
            "More than 1900 homes were destroyed by the fire.",
            "The fire destroyed 1,974 homes, officials said.",
        ),
        (
            "Around 1800 children were evacuated from the flooded valley on Friday.",
            "In all 1,830 children were evacuated from the flooded valley on Friday, they said.",
        ),
    ],
)
def test_four_digits_that_count_a_plural_noun_are_no_year(claim: str, body: str) -> None:
    verdict = _check(claim, body)
    assert verdict.supported, verdict.reason


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        (
            "The carmaker was founded in about 2000 in Japan.",
            "The carmaker was founded in 1998 in Japan, the company said.",
        ),
        ("Turnout was at about 2000 levels.", "Turnout was at 1998 levels, the commission said."),
        (
            "The party won about 2000 elections.",
            "The party won the 1998 elections, the commission said.",
        ),
    ],
)
def test_four_digits_that_name_a_year_stay_a_year(claim: str, body: str) -> None:
    verdict = _check(claim, body)
    assert not verdict.supported
    assert verdict.reason == "it says 2000 where the closest body sentence says 1998"


@pytest.mark.parametrize(
    ("claim", "body", "said", "shown"),
    [
        (
            "The central bank held rates at its meeting on Thursday.",
            "The central bank raised rates at its meeting on Thursday.",
            "held",
            "raised",
        ),
        (
            "The Bank of England held interest rates on Thursday.",
            "The Bank of England cut interest rates on Thursday by a quarter point.",
            "held",
            "cut",
        ),
        (
            "The Reserve Bank kept its cash rate unchanged at 4.35%.",
            "The Reserve Bank lowered its cash rate to 4.1% from 4.35% on Tuesday.",
            "unchanged",
            "lowered",
        ),
        (
            "Inflation in Brazil held steady at 4% in May.",
            "Inflation in Brazil rose to 4% in May, the statistics office IBGE said.",
            "steady",
            "rose",
        ),
        # The mirror case: a rate held in the body, where the point moves it.
        (
            "The Riksbank raised its policy rate to 2.5%.",
            "The Riksbank held its policy rate at 2.5% on Wednesday.",
            "raised",
            "held",
        ),
    ],
)
def test_a_point_that_says_nothing_moved_where_the_body_moves_it_is_unsupported(
    claim: str, body: str, said: str, shown: str
) -> None:
    verdict = _check(claim, body)
    assert not verdict.supported
    assert verdict.reason == f"it says '{said}' where the closest body sentence says '{shown}'"


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        (
            "The Fed held rates steady on Wednesday.",
            "The Fed held rates steady on Wednesday as bond yields rose.",
        ),
        (
            "The central bank held rates at 5.25%.",
            "The central bank held rates at 5.25%, after raising them 11 times.",
        ),
        (
            "The ECB kept rates on hold at its meeting in Frankfurt.",
            "The ECB kept rates on hold at its meeting in Frankfurt; the euro fell 0.3%.",
        ),
        (
            "Opec kept output unchanged at its meeting in Vienna.",
            "Opec kept output unchanged at its meeting in Vienna, and oil prices rose 2%.",
        ),
        (
            "The governors held talks on interest rates in Basel.",
            "The governors held talks on interest rates in Basel as bond yields climbed.",
        ),
        (
            "The bank did not hold rates, the governor said.",
            "The bank raised rates, the governor said.",
        ),
    ],
)
def test_a_point_that_says_nothing_moved_where_something_else_moved_is_supported(
    claim: str, body: str
) -> None:
    verdict = _check(claim, body)
    assert verdict.supported, verdict.reason


@pytest.mark.parametrize(
    ("claim", "body", "shown"),
    [
        (
            "Nintendo shares rose on Monday.",
            "Sony shares rose on Monday while Nintendo fell.",
            "fell",
        ),
        (
            "Nintendo shares rose in Tokyo.",
            "Shares of Sony rose in Tokyo, while Nintendo fell.",
            "fell",
        ),
        (
            "Nintendo rose in Tokyo.",
            "Sony and Toyota rose in Tokyo trading, but Nintendo fell.",
            "fell",
        ),
        (
            "Exports to Vietnam fell in the first quarter.",
            "Exports to Thailand fell in the first quarter, whereas Vietnam grew.",
            "grew",
        ),
    ],
)
def test_the_clause_that_holds_the_points_name_is_compared(
    claim: str, body: str, shown: str
) -> None:
    # The other clause shared more of the point's words (its nouns, its date), and its move
    # was compared.
    verdict = _check(claim, body)
    assert not verdict.supported
    said = "fell" if shown == "grew" else "rose"
    assert verdict.reason == f"it says '{said}' where the closest body sentence says '{shown}'"


@pytest.mark.parametrize(
    "claim",
    [
        "Sony shares rose on Monday.",
        "Nintendo shares fell on Monday.",
        "Shares of Sony rose on Monday, while Nintendo fell.",
    ],
)
def test_a_point_that_moves_as_its_names_clause_does_is_supported(claim: str) -> None:
    verdict = _check(claim, "Sony shares rose on Monday while Nintendo fell.")
    assert verdict.supported, verdict.reason


@pytest.mark.parametrize(
    ("claim", "body", "reason"),
    [
        (
            "Analysts at J.P. Morgan raised their price target for Nvidia to $215.",
            "Analysts at Goldman Sachs raised their price target for Nvidia to $215 on Monday.",
            "it says 'J.P. Morgan' where the closest body sentence says 'Goldman Sachs'",
        ),
        (
            "Analysts at Goldman Sachs raised their price target for Nvidia to $215.",
            "Analysts at J.P. Morgan raised their price target for Nvidia to $215 on Monday.",
            "it says 'Goldman Sachs' where the closest body sentence says 'J.P. Morgan'",
        ),
        (
            "The U.K. envoy met Zelensky in Kyiv on Monday.",
            "The U.S. envoy met Zelensky in Kyiv on Monday.",
            "it says 'U.K.' where the closest body sentence says 'U.S.'",
        ),
        (
            "Officials from the U.N. met Zelensky in Kyiv on Monday with J.P. Morgan bankers.",
            "Officials met Zelensky in Kyiv on Monday, the U.N. said in a statement.",
            "'J.P. Morgan' is not mentioned in or near the closest body sentence",
        ),
    ],
)
def test_a_message_quotes_an_initialism_as_written(claim: str, body: str, reason: str) -> None:
    # The initialisms were quoted as the checker reads them, their full stops made spaces
    # ('JP   Morgan', 'US').
    verdict = _check(claim, body)
    assert not verdict.supported
    assert verdict.reason == reason

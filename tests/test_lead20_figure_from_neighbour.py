"""A headline or summary point that takes its figure from the sentence next to the one that
gives its subject is supported; a figure that neither gives is still reported."""

from __future__ import annotations

import pytest

import newsclaims

_BODY_EN = (
    "The number of jobseekers fell by 45,000 in the third quarter, the statistics office said "
    "on Thursday. The unemployment rate now stands at {rate}% of the workforce."
)
_BODY_FR = (
    "Le nombre de chômeurs a reculé de 45 000 au troisième trimestre, a annoncé jeudi l'Insee. "
    "Le taux de chômage s'établit désormais à {rate} % de la population active."
)


def _unsupported(text: str) -> list[str]:
    doc = newsclaims.parse(text)
    return [f.message for f in doc.findings if f.kind == "unsupported_claim"]


@pytest.mark.parametrize(
    ("headline", "body", "rate"),
    [
        ("Unemployment falls to 7.1% in third quarter", _BODY_EN, "7.1"),
        ("Le chômage recule à 7,1 % au troisième trimestre", _BODY_FR, "7,1"),
    ],
)
def test_a_headline_with_the_figure_of_the_next_sentence_is_supported(
    headline: str, body: str, rate: str
) -> None:
    assert _unsupported(f"{headline}\n\n{body.format(rate=rate)}") == []


@pytest.mark.parametrize(
    ("headline", "body", "rate"),
    [
        ("Unemployment falls to 7.4% in third quarter", _BODY_EN, "7.1"),
        ("Le chômage recule à 7,4 % au troisième trimestre", _BODY_FR, "7,1"),
    ],
)
def test_a_figure_neither_sentence_gives_is_still_reported(
    headline: str, body: str, rate: str
) -> None:
    (message,) = _unsupported(f"{headline}\n\n{body.format(rate=rate)}")
    assert "7.4" in message


def test_a_key_point_with_the_figure_of_the_next_sentence_is_supported() -> None:
    text = (
        "Shipping costs\n\n"
        "Freight rates on the main Asia-Europe route rose again in October, brokers said. "
        "A 40-foot container now costs $4,850 to ship from Shanghai to Rotterdam. "
        "Carriers blame the longer route around Africa.\n\n"
        "Key points\n"
        "1. Freight rates on the Asia-Europe route rose to $4,850 a container in October.\n"
        "2. Carriers blame the longer route around Africa.\n"
    )
    assert _unsupported(text) == []
    altered = text.replace("rose to $4,850", "rose to $5,850")
    assert len(_unsupported(altered)) == 1


def test_a_headline_takes_its_figure_from_any_paragraph() -> None:
    text = (
        "Port strike enters third week as 12,000 workers walk out\n\n"
        "The port strike entered its third week on Monday as dockworkers stayed out. "
        "The union and the port operators met on Sunday without agreement. "
        "Shipping lines have diverted vessels to neighbouring countries. "
        "Exporters of fruit say their produce is rotting on the quays. "
        "The union says 12,000 workers have now joined the walkout. "
        "The government has called for talks to resume."
    )
    assert _unsupported(text) == []
    assert len(_unsupported(text.replace("as 12,000", "as 15,000"))) == 1


def test_an_ordinal_in_digits_is_no_figure_the_article_must_give() -> None:
    text = (
        "The 7th Light Festival opens in Amsterdam\n\n"
        "The seventh Light Festival opens in Amsterdam on Thursday with 20 artworks along the "
        "canals. The festival runs until January."
    )
    assert _unsupported(text) == []


def test_a_figure_of_a_summary_point_the_article_never_gives_is_reported() -> None:
    text = (
        "Airline results\n\n"
        "The airline carried more passengers than ever in the summer, its chief executive said. "
        "Fuel costs fell and ticket prices held up. Profit rose to 412 million euros.\n\n"
        "Key points\n"
        "1. The airline carried a record 18 million passengers in the summer.\n"
        "2. Profit rose to 412 million euros.\n"
    )
    (message,) = _unsupported(text)
    assert "18" in message and "does not give" in message


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        (
            "One in five adults in the region now smokes daily.",
            "20% of adults in the region smoke daily.",
        ),
        (
            "Roughly half of the votes have been counted.",
            "About 50% of the votes have been counted.",
        ),
        ("Three quarters of the staff joined the strike.", "75% of the staff joined the strike."),
    ],
)
def test_a_percentage_for_a_fraction_in_words_is_the_article_s_figure(
    sentence: str, point: str
) -> None:
    text = (
        f"Report\n\n{sentence} Officials gave no reason.\n\n"
        f"Key points\n1. {point}\n2. Officials gave no reason.\n"
    )
    assert _unsupported(text) == []

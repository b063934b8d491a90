"""Speakers the quote rules missed (session 18); no speaker is invented where unsure."""

from __future__ import annotations

import pytest

import newsclaims


def _last(text: str) -> tuple[str, str | None, str | None]:
    c = newsclaims.parse(text).claims[-1]
    return c.kind, c.speaker, c.verb


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        (
            '"Vamos investir mais em refino", disse o CEO da Petrobras Jean Paul Prates.',
            "Jean Paul Prates",
            "disse",
        ),
        (
            '"O país precisa de mais refinarias", afirmou o presidente da Petrobras Jean Paul '
            "Prates em Brasília.",
            "Jean Paul Prates",
            "afirmou",
        ),
        (
            '"A inflação vai cair", disse o presidente do Banco Central Roberto Campos Neto.',
            "Roberto Campos Neto",
            "disse",
        ),
        (
            "«Vamos a producir más crudo», dijo el director general de Pemex Octavio Romero "
            "Oropeza.",
            "Octavio Romero Oropeza",
            "dijo",
        ),
        (
            "«La red está preparada», aseguró el CEO de Iberdrola Ignacio Sánchez Galán en Madrid.",
            "Ignacio Sánchez Galán",
            "aseguró",
        ),
        (
            "« Nous allons investir », a déclaré le PDG de TotalEnergies Patrick Pouyanné.",
            "Patrick Pouyanné",
            "déclaré",
        ),
        (
            "« Le marché européen est difficile », a estimé le PDG de Renault Luca de Meo.",
            "Luca de Meo",
            "estimé",
        ),
        (
            "„Wir investieren weiter“, sagte der Chef von Siemens Roland Busch.",
            "Roland Busch",
            "sagte",
        ),
        # (What worked before still does.)
        (
            "«Vamos a invertir más», dijo el presidente de Pemex, Octavio Romero.",
            "Octavio Romero",
            "dijo",
        ),
        (
            "« C'est un effort », a déclaré le ministre du Travail Olivier Dussopt.",
            "Olivier Dussopt",
            "déclaré",
        ),
        ("«Es urgente», dijo Ana de la Reguera.", "Ana de la Reguera", "dijo"),
    ],
)
def test_a_title_and_what_it_is_of_before_a_name_in_other_languages(
    text: str, speaker: str, verb: str
) -> None:
    assert _last(text) == ("quote", speaker, verb)


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        ('"The deal is close," sources in the ministry said.', "sources in the ministry", "said"),
        ('"The deal is close," said sources in the ministry.', "sources in the ministry", "said"),
        (
            '"We will not pay," sources in the finance ministry told Reuters.',
            "sources in the finance ministry",
            "told",
        ),
        (
            '"No decision has been made," an official in the foreign ministry said on Monday.',
            "an official in the foreign ministry",
            "said",
        ),
        (
            'Sources in the ministry said the deal was "close to being signed this week".',
            "Sources in the ministry",
            "said",
        ),
        (
            'Sources close to the talks said the deal was "close to being signed this week".',
            "Sources close to the talks",
            "said",
        ),
        (
            '"Talks resume Monday," sources close to the talks said.',
            "sources close to the talks",
            "said",
        ),
        (
            '"Talks resume Monday," a person familiar with the matter said.',
            "a person familiar with the matter",
            "said",
        ),
        (
            '"Talks resume Monday," people with knowledge of the plan said.',
            "people with knowledge of the plan",
            "said",
        ),
        (
            '"Talks resume Monday," said two people familiar with the matter.',
            "two people familiar with the matter",
            "said",
        ),
        # (A role's "in" is no part of it: when or where it spoke.)
        ('"We are ready," said the minister in an interview.', "the minister", "said"),
        ('"We are ready," the minister said in an interview.', "the minister", "said"),
    ],
)
def test_unnamed_sources_are_the_description_as_written(text: str, speaker: str, verb: str) -> None:
    assert _last(text) == ("quote", speaker, verb)


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        ("„Die Lage ist ernst“, heißt es aus dem Ministerium.", "aus dem Ministerium", "heißt es"),
        ("„Wir warten ab“, hieß es aus Regierungskreisen.", "aus Regierungskreisen", "hieß es"),
        (
            "„Wir warten ab“, hieß es am Montag aus Regierungskreisen in Berlin.",
            "aus Regierungskreisen in Berlin",
            "hieß es",
        ),
        (
            '"Das ist kein Thema", heißt es aus dem Auswärtigen Amt.',
            "aus dem Auswärtigen Amt",
            "heißt es",
        ),
        (
            "„Die Lage ist ernst“, sagten Quellen aus dem Ministerium am Montag.",
            "Quellen aus dem Ministerium",
            "sagten",
        ),
        (
            "„Die Lage ist ernst“, sagte eine Quelle aus dem Ministerium gegenüber Reuters.",
            "eine Quelle aus dem Ministerium",
            "sagte",
        ),
        (
            "«La situación es grave», dijeron fuentes del Gobierno a EFE.",
            "fuentes del Gobierno",
            "dijeron",
        ),
        ("«A situação é grave», disse uma fonte do Planalto.", "uma fonte do Planalto", "disse"),
        (
            "« La situation est grave », a indiqué une source proche du dossier.",
            "une source proche du dossier",
            "indiqué",
        ),
    ],
)
def test_sources_and_heisst_es_aus_in_other_languages(text: str, speaker: str, verb: str) -> None:
    assert _last(text) == ("quote", speaker, verb)


def test_heisst_es_with_no_source_names_no_one() -> None:
    assert _last("„Die Lage ist ernst“, heißt es in dem Bericht.")[1] is None

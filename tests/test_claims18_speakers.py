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

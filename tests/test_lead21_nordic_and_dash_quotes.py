"""Quotes in Swedish, Norwegian, Danish and Finnish (reporting verbs, ``enligt``/``ifølge``,
Swedish and Finnish ``”...”``), quotations that a dash opens with no quote marks (the
Scandinavian, Finnish, Russian and Polish style) and indefinite pronouns, which name no
speaker."""

from __future__ import annotations

import pytest

import newsclaims


def _claims(text: str) -> list[tuple[str, str, str | None]]:
    doc = newsclaims.parse(text)
    return [(c.kind, c.text, c.speaker) for c in doc.claims]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Vi sänker räntan", säger Erik Thedéen till TT.', "Erik Thedéen"),
        ('"Vi sänker räntan", säger Thedéen till TT.', "Thedéen"),
        ("”Vi sänker räntan”, sade riksbankschefen Erik Thedéen.", "Erik Thedéen"),
        ('"Det er en god dag," siger Mette Frederiksen.', "Mette Frederiksen"),
        ('"Det er en god dag", sier statsminister Jonas Gahr Støre til NTB.', "Jonas Gahr Støre"),
        ("”Tämä on hyvä päivä”, sanoi pääministeri Petteri Orpo.", "Petteri Orpo"),
        ('"Räntan sänks", enligt Riksbanken.', "Riksbanken"),
        ('"Renten settes ned", ifølge Norges Bank.', "Norges Bank"),
    ],
)
def test_nordic_reporting_verbs_after_a_quotation_name_its_speaker(text: str, speaker: str) -> None:
    ((kind, _, found),) = _claims(text)
    assert (kind, found) == ("quote", speaker)


_SWEDISH = """Riksbanken sänker räntan till 1,75 procent

Riksbanken sänker styrräntan med 0,25 procentenheter till 1,75 procent, meddelade banken på \
onsdagen. Det är den åttonde sänkningen sedan maj förra året.

– Inflationen är nu nära målet och vi ser att ekonomin behöver stöd, säger riksbankschefen \
Erik Thedéen vid en presskonferens.

Beslutet var väntat av de flesta bedömare.

– Vi utesluter inte fler sänkningar. Men mycket beror på hur inflationen utvecklas, säger \
Thedéen.

– Det här är ett klokt beslut, säger Annika Winsth, chefsekonom på Nordea, till TT.

Nästa penningpolitiska besked kommer i december.
"""


def test_paragraphs_of_quotation_opened_with_a_dash_are_quotes_not_key_points() -> None:
    doc = newsclaims.parse(_SWEDISH)
    assert [s.kind for s in doc.sections] == ["headline", "body"]
    quotes = [(c.text, c.speaker) for c in doc.claims if c.kind == "quote"]
    assert quotes == [
        (
            "Inflationen är nu nära målet och vi ser att ekonomin behöver stöd, säger "
            "riksbankschefen Erik Thedéen vid en presskonferens.",
            "Erik Thedéen",
        ),
        ("Vi utesluter inte fler sänkningar.", "Thedéen"),
        ("Men mycket beror på hur inflationen utvecklas, säger Thedéen.", "Thedéen"),
        (
            "Det här är ett klokt beslut, säger Annika Winsth, chefsekonom på Nordea, till TT.",
            "Annika Winsth",
        ),
    ]
    assert not [f for f in doc.findings if f.kind == "unsupported_claim"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "— Мы не планируем повышать налоги, — сказал министр финансов Антон Силуанов.",
            "Антон Силуанов",
        ),
        ("- Det er en god dag, siger Mette Frederiksen.", "Mette Frederiksen"),
        ("Intro.\n– Det er en god dag, sier Jonas Gahr Støre.", "Jonas Gahr Støre"),
    ],
)
def test_a_dash_and_a_reporting_verb_in_another_language_make_a_quote(
    text: str, speaker: str
) -> None:
    assert _claims(text)[-1][0::2] == ("quote", speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Intro line here.\n– Sales rose 5% in the quarter.\n– Costs fell 2% in the quarter.",
        "Intro line here.\n- Sales rose, said the company.\n- Costs fell, it said.",
    ],
)
def test_an_english_list_opened_with_dashes_stays_as_it_was(text: str) -> None:
    assert all(c.kind != "quote" for c in newsclaims.parse(text).claims)


@pytest.mark.parametrize(
    "text",
    [
        "Another reportedly said: “Bird flu is here.”",
        "Another said: ”Bird flu is here.”",
        '"It is over," one said.',
        'Others said: "No."',
    ],
)
def test_an_indefinite_pronoun_names_no_speaker(text: str) -> None:
    ((kind, _, speaker),) = _claims(text)
    assert (kind, speaker) == ("quote", None)


def test_a_numbered_group_keeps_its_speaker() -> None:
    assert _claims('"It is over," one resident said.')[0][2] == "one resident"

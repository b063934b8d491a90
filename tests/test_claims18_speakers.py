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


def _speaker(text: str) -> str | None:
    return newsclaims.parse(text).claims[-1].speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'John Lewis reported a 4% drop in sales on Tuesday. "Sales fell 4%," it said.',
            "John Lewis",
        ),
        (
            'John Lewis reported a 4% drop in sales on Tuesday.\n\n"Trading was hard," it said.',
            "John Lewis",
        ),
        (
            "Marks & Spencer cut its profit forecast on Wednesday. "
            '"Trading has been tough," the retailer said.',
            "Marks & Spencer",
        ),
        (
            'Deutsche Bank set aside €1.2bn for legal costs. "We remain confident," the bank said.',
            "Deutsche Bank",
        ),
        (
            "Deutsche Bank set aside €1.2bn for legal costs. Its shares fell 2%.\n\n"
            '"We remain confident," the bank said.',
            "Deutsche Bank",
        ),
        (
            "Rolls-Royce Holdings won a contract worth $2bn on Monday. Analysts expect more "
            'orders. "This is a milestone," it said.',
            "Rolls-Royce Holdings",
        ),
        (
            'Tesco said profits fell. "Trading was tough," the company said.',
            "Tesco",
        ),
        (
            "Shares in HSBC rose after the results. HSBC raised its dividend by 10%. "
            '"We are confident," it said.',
            "HSBC",
        ),
    ],
)
def test_it_and_the_company_stand_for_the_one_organisation_named_before(
    text: str, speaker: str
) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # A person, or a thing that speaks, or two organisations: whom "it" means is unsure.
        'Ann Lee published the report on Monday. "Sales fell 4%," it said.',
        'Jane Smith resigned on Monday. "We thank her for her service," the company said.',
        'Jane Smith resigned on Monday. "We are grateful," it said.',
        'John Lewis said sales rose in the six weeks to January. "We are pleased," it said.',
        'Mr John Lewis opened a shop in 1864. "It was small," it said.',
        'Tesco and Sainsbury both reported weaker sales. "Trading was tough," it said.',
        'Tesco and Sainsbury both reported weaker sales. "Trading was tough," the company said.',
        'Tesco bought Booker for £3.7bn. "The deal makes sense," it said.',
        'Regulators fined the bank £20m. "We accept the decision," it said.',
        'Shares fell 3% on Monday. "We regret the decision," it said.',
        "Tesco cut 2,000 jobs on Monday. Sainsbury's shares rose 2%. "
        '"We regret the decision," it said.',
        'Ryanair carried 18 million passengers in July. "Demand remains strong," it said.',
        'Smith said he expected a recovery. "We are pleased," the company said.',
        '"We are pleased," said the chief executive. "Sales rose," the company said.',
    ],
)
def test_it_and_the_company_stay_unresolved_where_unsure(text: str) -> None:
    assert _speaker(text) in (None, "the company")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jane Smith, the chief economist at ING, expects rates to fall. Inflation eased to "
            '2.1% last month. "The worst is over," she told the Guardian.',
            "Jane Smith",
        ),
        (
            "Jane Smith, the chief economist at ING, expects rates to fall.\n\nInflation eased "
            'to 2.1% last month.\n\n"The worst is over," she told the Guardian.',
            "Jane Smith",
        ),
        (
            "Tom Brown said the central bank would cut rates. Inflation eased to 2.1% last "
            'month. "We are nearly there," he said.',
            "Tom Brown",
        ),
        (
            "Maria Santos, 67, had lived in the valley for decades. The river rose overnight. "
            '"We lost everything," she said.',
            "Maria Santos",
        ),
        (
            '"We won," said Ann Lee.\n\nThe match ended late.\n\n"We were lucky," she said.',
            "Ann Lee",
        ),
    ],
)
def test_he_or_she_looks_back_past_sentences_that_name_no_one(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Two people could be meant, or someone is named between, or it is too far back.
        "Jane Smith, the chief economist at ING, expects rates to fall. Tom Brown disagrees. "
        '"The worst is over," she told the Guardian.',
        "Jane Smith, the chief economist at ING, expects rates to fall. Mary Jones, a "
        'strategist, disagrees. Inflation eased last month. "The worst is over," she said.',
        "Jane Smith, the chief economist at ING, expects rates to fall. The governor "
        'disagrees. "The worst is over," she told the Guardian.',
        "Jane Smith said rates would fall. Inflation eased to 2.1% last month. Wages rose. "
        '"The worst is over," she said.',
        'Jane Smith said rates would fall. He disagreed with the forecast. "It is over," she said.',
        'Jane Smith said rates would fall. Smith has a good record. "It is over," he said.',
        'Tom Brown said rates would fall. Inflation eased last month. "It is over," she said.',
        # (People in the plural that open the sentence before: no "she".)
        'Jane Smith said rates would fall. Analysts said the cut was overdue. "No," she said.',
        'Economists said the cut was overdue. "It was time," he said.',
    ],
)
def test_he_or_she_stays_unresolved_where_two_could_be_meant(text: str) -> None:
    assert _speaker(text) is None


def test_a_surname_written_inside_a_sentence_still_speaks_for_he() -> None:
    text = 'Tom Jones is a farmer. Jones said the rain came late. "We lost it all," he said.'
    assert _speaker(text) == "Jones"


def test_a_day_before_a_paragraph_break_is_no_one_else() -> None:
    text = 'Tesco reported a 4% drop in sales on Tuesday.\n\n"Sales fell 4%," it said.'
    assert _speaker(text) == "Tesco"

"""German quotation marks and pronouns before a reporting verb in other languages.

German writes quotations as „...“ and, in magazines and books, as »...« (Swedish and Danish
»...»); a sentence may end inside them (``Sie sagte: „Wir schaffen das.“ Dann ...``). And a
pronoun before a verb (``Sie sagte: „...“``, ``Elle a déclaré : « ... »``) names no speaker.
"""

from __future__ import annotations

import pytest

import newsclaims
from newsclaims.default_plugins.sentences import split


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sie sagte: „Wir schaffen das.“ Dann ging sie.",
            ["Sie sagte: „Wir schaffen das.“", "Dann ging sie."],
        ),
        (
            "Krämer sagte: »Der Rückgang kommt schneller.« Die EZB dürfte die Zinsen senken.",
            ["Krämer sagte: »Der Rückgang kommt schneller.«", "Die EZB dürfte die Zinsen senken."],
        ),
        (
            "Er meinte: ‚Das geht nicht.‘ Danach schwieg er.",
            ["Er meinte: ‚Das geht nicht.‘", "Danach schwieg er."],
        ),
        (
            "Er sagte: „Wir kommen …“ Dann ging er.",
            ["Er sagte: „Wir kommen …“", "Dann ging er."],
        ),
        (
            "Sie sagte: „Wir schaffen das.“\nDann ging sie.",
            ["Sie sagte: „Wir schaffen das.“", "Dann ging sie."],
        ),
        # A quotation that opens the next sentence with "»" belongs to it.
        (
            "Die EZB senkt. »Wir warten«, sagte er.",
            ["Die EZB senkt.", "»Wir warten«, sagte er."],
        ),
        # French closing guillemets after a space still close the sentence before.
        (
            "Il a dit : « Nous partons. » Puis il est sorti.",
            ["Il a dit : « Nous partons. »", "Puis il est sorti."],
        ),
        (
            "Han sa: »Vi går.» Sedan gick han.",
            ["Han sa: »Vi går.»", "Sedan gick han."],
        ),
    ],
)
def test_a_sentence_ends_inside_german_and_nordic_quotation_marks(
    text: str, expected: list[str]
) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "quoted"),
    [
        (
            "»Der Rückgang kommt schneller als erwartet«, sagte Commerzbank-Chefvolkswirt "
            "Jörg Krämer. Die EZB dürfte ihre Zinsen senken.",
            "Jörg Krämer",
            "»Der Rückgang kommt schneller als erwartet«",
        ),
        (
            "Die Lage ist ernst. »Wir warten«, sagte Bundestrainer Julian Nagelsmann am Montag.",
            "Julian Nagelsmann",
            "»Wir warten«",
        ),
        (
            "Jörg Krämer sagte: »Der Rückgang kommt schneller als erwartet.« Die EZB dürfte "
            "die Zinsen senken.",
            "Jörg Krämer",
            "»Der Rückgang kommt schneller als erwartet.«",
        ),
        (
            "»Das ist ein Fehler«, sagte ING-Analystin Petra Brandt. Die Börse schloss fester.",
            "Petra Brandt",
            "»Das ist ein Fehler«",
        ),
    ],
)
def test_guillemets_pointing_inwards_quote_their_speaker(
    text: str, speaker: str, quoted: str
) -> None:
    doc = newsclaims.parse(text)
    quotes = [c for c in doc.claims if c.kind == "quote"]
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker
    assert quoted in quotes[0].text
    # The sentence after the quotation is a statement of its own, not part of a quotation
    # left open.
    assert all(c.kind != "quote" or c is quotes[0] for c in doc.claims)
    assert len(doc.claims) == 2


def test_a_word_in_guillemets_pointing_inwards_is_no_quote_of_the_sentence_after() -> None:
    doc = newsclaims.parse(
        "Der Minister nannte den Plan »unausgegoren«. Die Opposition kündigte Widerstand an."
    )
    assert [c.kind for c in doc.claims] == ["statement", "statement"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Sitzung dauerte lange. Sie sagte: „Wir schaffen das.“",
        "Die Sitzung dauerte lange. Er sagte: »Wir schaffen das.«",
        "La réunion a duré. Elle a déclaré : « Nous partons. »",
        "La reunión fue larga. Ella dijo: «Nos vamos».",
        "La riunione è durata a lungo. Lei ha detto: «Andiamo via».",
    ],
)
def test_a_pronoun_before_the_verb_is_no_speaker(text: str) -> None:
    quote = next(c for c in newsclaims.parse(text).claims if c.kind == "quote")
    assert quote.speaker is None


def test_a_pronoun_before_the_verb_follows_the_speaker_of_the_quotation_before() -> None:
    doc = newsclaims.parse("„Wir kommen“, sagte Olaf Scholz. Er sagte: „Wir schaffen das.“")
    assert [c.speaker for c in doc.claims] == ["Olaf Scholz", "Olaf Scholz"]


def test_a_name_that_is_also_a_pronoun_elsewhere_stays_a_name() -> None:
    quote = newsclaims.parse("Ella Müller sagte: „Wir sparen.“").claims[0]
    assert quote.speaker == "Ella Müller"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'El secretario de Estado, Borja Suárez, aseguró que "el empleo crece con calidad".',
            "Borja Suárez",
        ),
        ('Pedro Gil dijo: "Nos vamos mañana".', "Pedro Gil"),
        ('O ministro Fernando Haddad afirmou que "o déficit vai cair".', "Fernando Haddad"),
        ('Le ministre Bruno Le Maire a déclaré : "Nous partons."', "Bruno Le Maire"),
        ('Finanzminister Lindner sagte: "Wir sparen."', "Lindner"),
        ("Jörg Krämer sagte: “Die Zinsen sinken.”", "Jörg Krämer"),
    ],
)
def test_a_quotation_in_straight_or_curly_marks_after_a_verb_in_another_language(
    text: str, speaker: str
) -> None:
    quote = newsclaims.parse(text).claims[0]
    assert quote.kind == "quote"
    assert quote.speaker == speaker


def test_a_pronoun_before_a_verb_in_another_language_with_straight_marks_is_no_speaker() -> None:
    quote = newsclaims.parse('La reunión fue larga. Ella dijo: "Nos vamos".').claims[1]
    assert quote.kind == "quote"
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir sparen“, sagte Bundeskanzler Scholz.", "Scholz"),
        ("„Wir sparen“, sagte Finanzministerin Anna Wolf am Mittwoch.", "Anna Wolf"),
    ],
)
def test_a_german_role_before_a_surname_alone_is_no_part_of_the_speaker(
    text: str, speaker: str
) -> None:
    assert newsclaims.parse(text).claims[0].speaker == speaker

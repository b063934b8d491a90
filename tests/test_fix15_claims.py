"""Session 15 review: regressions in the session's sentence and quote rules."""

from __future__ import annotations

import time

import pytest

import newsclaims
from newsclaims.default_plugins.sentences import split


def sentences(text: str) -> list[str]:
    return [span.slice(text) for span in split(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Umsatz stieg. Im 3. Quartal fiel er.",
            ["Der Umsatz stieg.", "Im 3. Quartal fiel er."],
        ),
        (
            "Er kam. Beim 2. Versuch klappte es. Zum 3. Mal gewann er.",
            ["Er kam.", "Beim 2. Versuch klappte es.", "Zum 3. Mal gewann er."],
        ),
        (
            "Sie fuhr ab.\nVom 3. Tag an regnete es.",
            ["Sie fuhr ab.", "Vom 3. Tag an regnete es."],
        ),
        ('"I am 12. Sarah is 10," she said.', ['"I am 12.', 'Sarah is 10," she said.']),
    ],
)
def test_german_ordinal_after_an_article_inside_a_text(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_german_ordinal_rule_reads_few_characters() -> None:
    def cost(n: int) -> float:
        text = "Bericht. " + "Am 3. Tag fiel der Kurs. " * n
        t0 = time.perf_counter()
        split(text)
        return time.perf_counter() - t0

    cost(200)
    small, large = cost(2000), cost(16000)
    assert large < small * 8 * 3


def speakers(text: str) -> list[tuple[str, str | None]]:
    doc = newsclaims.parse(text)
    return [(c.kind, c.speaker) for c in doc.claims]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"No vamos a ceder", aseguró Pedro Sánchez y Europa tomó nota.', "Pedro Sánchez"),
        (
            '"Ce n\'est pas fini", a dit Marine Le Pen et Jordan Bardella a ajouté que le '
            "parti ferait appel.",
            "Marine Le Pen",
        ),
        ('"Wir schaffen das", sagte Merkel und Scholz nickte.', "Merkel"),
        # Where the clause ends after the names, or after a plural verb, both speak.
        ('"Wir schaffen das", sagte Merkel und Scholz.', "Merkel und Scholz"),
        ('"Vamos a ganar", dijo Ana Ruiz y Pedro Gil en Madrid.', "Ana Ruiz y Pedro Gil"),
    ],
)
def test_two_names_joined_in_another_language_end_the_clause(text: str, speaker: str) -> None:
    assert speakers(text)[0] == ("quote", speaker)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The story was first reported by the Sun. May said she had not seen it.",
            ["The story was first reported by the Sun.", "May said she had not seen it."],
        ),
        (
            "He told the Sun. June Sarpong, the presenter, later denied it.",
            ["He told the Sun.", "June Sarpong, the presenter, later denied it."],
        ),
        (
            "The rally was on Sun. May Smith spoke first.",
            ["The rally was on Sun.", "May Smith spoke first."],
        ),
        ("It opens Sat. May 14 at noon. Come.", ["It opens Sat. May 14 at noon.", "Come."]),
    ],
)
def test_a_short_day_goes_on_only_before_a_date(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


EXPLAINER = """Explainer: the new tax

Q: What is the levy?
A: The levy is a 2% charge on sales of more than $1 million.

Q: Who pays it?
A: Retailers with more than 50 staff pay it from April.
"""


def test_an_explainers_labelled_answers_stay_statements() -> None:
    claims = {c.text: c.kind for c in newsclaims.parse(EXPLAINER).claims}
    assert claims, claims
    assert claims["A: Retailers with more than 50 staff pay it from April."] == "statement"
    assert "quote" not in claims.values(), claims


@pytest.mark.parametrize(
    "text",
    [
        '"The Last of Us": Season Two\n\nThe series returns in April.',
        '"Best Actor in a Leading Role": Cillian Murphy',
        '"Game of Thrones": Winterfell',
        '"Song of the Year": Billie Eilish',
    ],
)
def test_a_title_in_title_case_is_not_signed_after_a_colon(text: str) -> None:
    assert all(sp is None for _, sp in speakers(text)), speakers(text)


def test_words_said_are_signed_after_a_colon() -> None:
    assert speakers('"Out of the frying pan": Starmer')[0] == ("quote", "Starmer")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Prices rose," according to a report from last week.', "a report from last week"),
        ('"Prices rose," according to an analysis from Tuesday.', "an analysis from Tuesday"),
        ('"Prices rose," according to a survey from January.', "a survey from January"),
        ('"Prices rose," according to data from the previous quarter.', None),
        ('"Prices rose," according to a statement from Siemens.', "Siemens"),
        ('"Prices rose," according to a report from the central bank.', "the central bank"),
    ],
)
def test_according_to_a_document_from_a_date_names_no_issuer(
    text: str, speaker: str | None
) -> None:
    assert speakers(text)[0][0] == "quote"
    if speaker is not None:
        assert speakers(text)[0][1] == speaker
    else:
        assert speakers(text)[0][1] != "the previous quarter"


def test_a_quoted_subheading_is_not_the_previous_speakers() -> None:
    text = (
        "The river burst its banks on Monday.\n\n"
        '"We had no warning," said Ann Lee, who runs a bakery.\n\n'
        '"A perfect storm"\n\n'
        "The council had cut the flood budget by 40% in 2022."
    )
    claims = {c.text: c.speaker for c in newsclaims.parse(text).claims}
    assert claims['"A perfect storm"'] is None


def test_a_quoted_sentence_after_a_speaker_still_continues_their_words() -> None:
    text = (
        "The river burst its banks on Monday.\n\n"
        '"We had no warning," said Ann Lee, who runs a bakery.\n\n'
        '"The water rose in minutes."'
    )
    claims = {c.text: c.speaker for c in newsclaims.parse(text).claims}
    assert claims['"The water rose in minutes."'] == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The minister was contradicted by his own party, saying the plan was "unworkable".',
            None,
        ),
        (
            'The mayor was challenged by the family, saying the inquiry was "a whitewash".',
            None,
        ),
        (
            "The bank was hit by a wave of withdrawals on Tuesday, saying: "
            '"We have more than enough capital."',
            "The bank",
        ),
    ],
)
def test_a_passive_clause_keeps_its_subject_only_after_a_speechless_agent(
    text: str, speaker: str | None
) -> None:
    assert speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "A protester outside the courthouse held a sign that read Justice for Tyre.",
        "The battle of Midway was the turning point of the war in the Pacific.",
    ],
)
def test_a_sign_held_and_a_turning_point_in_history_stay_checkworthy(text: str) -> None:
    assert [c.checkworthy for c in newsclaims.parse(text).claims] == [True]


def test_what_something_is_a_sign_of_is_analysis() -> None:
    text = "The drop was a sign that Beijing is losing patience with Washington."
    assert [c.checkworthy for c in newsclaims.parse(text).claims] == [False]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Charles Schwab reported record inflows on Monday. Schwab said clients added "
            '$40 billion. "Demand remained strong," it said.',
            "Schwab",
        ),
        (
            "Ann Lee, the chief executive, spoke on Monday. Lee said costs rose. "
            '"Demand remained strong," it said.',
            None,
        ),
    ],
)
def test_it_stands_for_a_firm_named_after_a_person(text: str, speaker: str | None) -> None:
    assert speakers(text)[-1] == ("quote", speaker)


def test_a_label_over_its_number_is_no_wrapped_line() -> None:
    assert sentences("Votes for\n12,345\nVotes against\n6,789") == [
        "Votes for",
        "12,345",
        "Votes against",
        "6,789",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"This is reckless," Tom Hale told the Guardian. "We warned them," he said.',
            "Tom Hale",
        ),
        (
            '"This is reckless," Tom Hale told the Financial Times. "We warned them," he said.',
            "Tom Hale",
        ),
        ('"You must act," Tom Hale told the President. "We warned them," he said.', None),
    ],
)
def test_a_pronoun_after_telling_a_newspaper_stands_for_the_speaker(
    text: str, speaker: str | None
) -> None:
    assert speakers(text)[-1] == ("quote", speaker)

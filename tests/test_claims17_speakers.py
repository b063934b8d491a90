"""Speakers the quote rules missed (session 17); no speaker is invented where unsure."""

from __future__ import annotations

import pytest

import newsclaims


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(c.kind, c.speaker) for c in newsclaims.parse(text).claims]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Inflation is expected to fall back towards the target": Bank of England.',
            "Bank of England",
        ),
        (
            '"We need more nurses on every ward": Royal College of Nursing',
            "Royal College of Nursing",
        ),
        ("Prices held.\n„Die Zinsen bleiben vorerst hoch“: Bank of Japan", "Bank of Japan"),
        (
            '"We are not going anywhere": University of the Arts London.',
            "University of the Arts London",
        ),
    ],
)
def test_a_quotation_signed_after_a_colon_by_an_organisation_of_two_names(
    text: str, speaker: str
) -> None:
    assert _speakers(text)[-1] == ("quote", speaker)


@pytest.mark.parametrize(
    "text",
    [
        '"The Lord of the Rings": Return of the King',  # a title, not words said
        '"Inflation is expected to fall back": Analysis of the week.',  # no name ends it
    ],
)
def test_a_colon_after_a_title_names_no_speaker(text: str) -> None:
    assert all(speaker is None for _, speaker in _speakers(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Global growth will slow," according to a report by the International Monetary Fund.',
            "the International Monetary Fund",
        ),
        ('"Global growth will slow," according to a new report by the IMF.', "the IMF"),
        (
            'According to a new statement by the Bank of England, "inflation will ease."',
            "the Bank of England",
        ),
        (
            '"Demand is weakening," according to an annual survey by the Federal Reserve Bank of '
            "New York.",
            "the Federal Reserve Bank of New York",
        ),
    ],
)
def test_according_to_a_document_by_its_issuer(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == ("quote", speaker)


def test_a_document_only_commissioned_by_someone_is_not_theirs() -> None:
    text = '"Global growth will slow," according to a report commissioned by the IMF.'
    assert all(speaker is None for _, speaker in _speakers(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"El acuerdo está muy cerca", han señalado fuentes del Gobierno.', "fuentes del Gobierno"),
        (
            "«El acuerdo está muy cerca», dijeron fuentes del Ministerio de Hacienda.",
            "fuentes del Ministerio de Hacienda",
        ),
        (
            "«El acuerdo está muy cerca», dijeron fuentes cercanas a la negociación.",
            "fuentes cercanas a la negociación",  # (as "sources close to the talks": session 18)
        ),
        ("«O acordo está próximo», disseram fontes do Planalto.", "fontes do Planalto"),
        (
            "«L'accord est proche», ont indiqué des sources gouvernementales.",
            "des sources gouvernementales",
        ),
        ('"The talks are going well," said sources.', "sources"),  # (the English convention)
    ],
)
def test_unnamed_sources_speak_in_other_languages_as_in_english(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == ("quote", speaker)


@pytest.mark.parametrize(
    "text",
    [
        "«El acuerdo está muy cerca», dijeron varios presentes.",  # no sources word: no one
        "«El acuerdo está muy cerca», señaló.",
    ],
)
def test_other_unnamed_subjects_still_name_no_one(text: str) -> None:
    assert _speakers(text)[-1][1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tesco said sales rose 4 percent in the six weeks to January. "
            '"We are pleased with the performance of our stores," it said.',
            "Tesco",
        ),
        (
            "The John Lewis Partnership said sales rose 4 percent in the year to December. "
            '"We are pleased with the performance of our shops," it said.',
            "The John Lewis Partnership",
        ),
        (
            'Ann Lee said prices had risen since March. "It will not fail," she said.',
            "Ann Lee",
        ),
        (
            'Ann Lee said the plan was approved on May 3. "It will not fail," she said.',
            "Ann Lee",
        ),
    ],
)
def test_a_month_after_the_verb_is_no_one_a_pronoun_may_stand_for(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == ("quote", speaker)


@pytest.mark.parametrize(
    "text",
    [
        'Ann Lee said May disagreed. "It will not fail," she said.',  # May: maybe someone
        'Ann Lee said Tom Roe disagreed. "It will not fail," she said.',
        # A firm named like a person is not followed by "it" (whom "it" stands for is unsure).
        'John Lewis said sales rose in the six weeks to January. "We are pleased," it said.',
    ],
)
def test_someone_else_named_still_leaves_the_pronoun_unresolved(text: str) -> None:
    assert _speakers(text)[-1][1] is None

"""Dutch quotations: ``"...", zei premier Dick Schoof``, ``"...", aldus X``, ``volgens X``,
``X zei: "..."``; a pronoun after the verb (``zei hij``) follows the speaker before."""

from __future__ import annotations

import pytest

import newsclaims


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We moeten verantwoordelijkheid nemen", zei premier Dick Schoof maandag.', "Dick Schoof"),
        (
            '"Dit is een verkeerde keuze", aldus GroenLinks-PvdA-leider Frans Timmermans.',
            "Frans Timmermans",
        ),
        (
            '"De begroting is op orde", verklaarde minister van Financiën Eelco Heinen.',
            "Eelco Heinen",
        ),
        ('"Het is te laat", zei Frans van Dijk.', "Frans van Dijk"),
        ('Minister Eelco Heinen zei: "De begroting is op orde."', "Eelco Heinen"),
        ('"Het is te laat", zei het ministerie in een verklaring.', "het ministerie"),
        ('"Het is te laat", zei een woordvoerder van het ministerie.', "een woordvoerder"),
    ],
)
def test_a_dutch_reporting_verb_gives_the_speaker(text: str, speaker: str) -> None:
    (quote,) = newsclaims.parse(text).claims
    assert quote.kind == "quote"
    assert quote.speaker == speaker


def test_a_dutch_pronoun_after_the_verb_follows_the_speaker_before() -> None:
    doc = newsclaims.parse(
        '"Dit is een verkeerde keuze", aldus Frans Timmermans. "We komen terug", zei hij.'
    )
    assert [c.speaker for c in doc.claims] == ["Frans Timmermans", "Frans Timmermans"]


@pytest.mark.parametrize(
    "text",
    ['"Wij zijn tegen", zeiden ze.', 'Het debat duurde lang. "We komen terug", zei hij.'],
)
def test_a_dutch_pronoun_with_no_speaker_before_names_no_one(text: str) -> None:
    quote = next(c for c in newsclaims.parse(text).claims if c.kind == "quote")
    assert quote.speaker is None

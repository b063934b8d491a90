"""German attributions: ``so`` and a name after a quotation in straight or curly marks (``"...",
so Merkel.``), and whom the speaker told or whose the role is (``sagte Merkel dem ZDF``,
``gegenüber dem Spiegel``, ``der Chef der Deutschen Bank, Christian Sewing``), which is no
speaker."""

from __future__ import annotations

import pytest

import newsclaims


def _quotes(text: str) -> list[tuple[str, str | None]]:
    doc = newsclaims.parse(text)
    return [(c.kind, c.speaker) for c in doc.claims]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Wir schaffen das", so Merkel.', "Merkel"),
        ("“Die Lage ist ernst”, so Bundeskanzler Olaf Scholz.", "Olaf Scholz"),
        ('"Die Zinsen bleiben hoch", so Bundesbank-Präsident Joachim Nagel [2].', "Joachim Nagel"),
        ('"Wir bleiben", so Merkel weiter.', "Merkel"),
        ('"Wir bleiben", so Merkel am Montag.', "Merkel"),
        ('"Das ist falsch", so die Ministerin.', "die Ministerin"),
    ],
)
def test_so_and_a_name_after_straight_or_curly_marks_is_a_german_attribution(
    text: str, speaker: str
) -> None:
    assert _quotes(text) == [("quote", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        '"We need cash," so the company sold its plant.',
        '"We need cash", so Congress acted.',
        '"It was late", so Anna went home.',
    ],
)
def test_english_so_with_a_clause_after_a_quotation_names_no_speaker(text: str) -> None:
    assert _quotes(text) == [("statement", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir bleiben“, sagte Merkel gegenüber dem Spiegel.", "Merkel"),
        ('"Wir bleiben", so Merkel gegenüber dem Spiegel.', "Merkel"),
        ("„Wir bleiben“, sagte Merkel dem ZDF.", "Merkel"),
        ("„Wir bleiben“, sagte Merkel der Zeitung „Die Welt“.", "Merkel"),
        ("„Wir bleiben“, sagte Merkel im Interview mit der FAZ.", "Merkel"),
        ("„Wir bleiben“, sagte der Chef der Deutschen Bank, Christian Sewing.", "Christian Sewing"),
        # Particles of names stay the name's.
        ("„Wir bleiben“, sagte Ursula von der Leyen.", "Ursula von der Leyen"),
        ('"We stay," zei Jan Van der Berg.', "Jan Van der Berg"),
        ("«Seguimos», dijo Ana de la Reguera.", "Ana de la Reguera"),
    ],
)
def test_whom_a_german_speaker_told_is_no_speaker(text: str, speaker: str) -> None:
    assert _quotes(text) == [("quote", speaker)]

"""Session 15: sentence boundaries around short days, degrees and wrapped lines that open with
a number."""

from __future__ import annotations

import pytest

from newsclaims.default_plugins.sentences import split


def sentences(text: str) -> list[str]:
    return [span.slice(text) for span in split(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The storm is expected to arrive Fri. Jan. 10 and last the weekend. Stay home.",
            ["The storm is expected to arrive Fri. Jan. 10 and last the weekend.", "Stay home."],
        ),
        (
            "The hearing is set for Tue. Feb. 4 in Albany. Residents may attend.",
            ["The hearing is set for Tue. Feb. 4 in Albany.", "Residents may attend."],
        ),
        (
            "Polls close at 8 p.m. on Thurs. 6 May across England. Counting starts at once.",
            ["Polls close at 8 p.m. on Thurs. 6 May across England.", "Counting starts at once."],
        ),
        (
            "Doors open Sat. March 3 at noon. Tickets are free.",
            ["Doors open Sat. March 3 at noon.", "Tickets are free."],
        ),
        # A short day before anything but a date ends its sentence; a word in lower case is no day.
        (
            "The vote was held Wed. Turnout was low.",
            ["The vote was held Wed.", "Turnout was low."],
        ),
        ("The cat sat. Nobody moved.", ["The cat sat.", "Nobody moved."]),
        (
            "Temperatures reached 40 deg. C in Seville on Sunday. Hospitals were on alert.",
            ["Temperatures reached 40 deg. C in Seville on Sunday.", "Hospitals were on alert."],
        ),
        (
            "It was 38 deg. F at dawn. Roads froze.",
            ["It was 38 deg. F at dawn.", "Roads froze."],
        ),
        (
            "The oven runs at 450 deg. Fahrenheit for an hour. Bakers say it works.",
            ["The oven runs at 450 deg. Fahrenheit for an hour.", "Bakers say it works."],
        ),
        (
            "The water was 12 deg. Swimmers stayed out.",
            ["The water was 12 deg.", "Swimmers stayed out."],
        ),
    ],
)
def test_short_days_and_degrees(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council approved the budget, which includes funding for\n"
            "2,000 new homes and a bridge. The vote was close.",
            [
                "The council approved the budget, which includes funding for\n"
                "2,000 new homes and a bridge.",
                "The vote was close.",
            ],
        ),
        (
            "The company said revenue rose to\n12 billion euros in the quarter. Shares rose.",
            ["The company said revenue rose to\n12 billion euros in the quarter.", "Shares rose."],
        ),
        (
            "Ministers set aside nearly\n$4.5 billion for the scheme. Critics objected.",
            ["Ministers set aside nearly\n$4.5 billion for the scheme.", "Critics objected."],
        ),
        (
            "Unemployment fell in March and\n40,000 jobs were added, the agency said.",
            ["Unemployment fell in March and\n40,000 jobs were added, the agency said."],
        ),
    ],
)
def test_a_wrapped_line_may_open_with_a_number(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Key figures\n2,000 homes were built.",  # a heading, then a line of its own
        "Results for\n\n2024 are in.",  # a blank line ends a paragraph
        "The plan has three parts for\n1. Schools get more money.",  # a list item
        "Funding went to\n2) hospitals and clinics.",
        "By Jane Doe\n12 March 2024",  # a byline, then a date
        "Prices rose sharply.\n2,000 people marched.",
    ],
)
def test_a_line_that_opens_with_a_number_stays_apart_elsewhere(text: str) -> None:
    assert len(sentences(text)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Sra. López dimitió ayer. Nadie reaccionó.",
            ["La Sra. López dimitió ayer.", "Nadie reaccionó."],
        ),
        (
            "La Dra. Pérez confirmó el caso. Hay dos más.",
            ["La Dra. Pérez confirmó el caso.", "Hay dos más."],
        ),
        (
            "Il dott. Bianchi ha parlato. La sala applaudiva.",
            ["Il dott. Bianchi ha parlato.", "La sala applaudiva."],
        ),
        (
            "Il sig. Rossi ha lasciato Roma. La polizia indaga.",
            ["Il sig. Rossi ha lasciato Roma.", "La polizia indaga."],
        ),
        (
            "Los precios subieron en EE. UU. durante el mes. La Fed no actuó.",
            ["Los precios subieron en EE. UU. durante el mes.", "La Fed no actuó."],
        ),
        (
            "Der 1. FC Köln gewann am Samstag. Die Fans feierten.",
            ["Der 1. FC Köln gewann am Samstag.", "Die Fans feierten."],
        ),
        (
            "Im 2. Quartal sank der Umsatz. Die Aktie fiel.",
            ["Im 2. Quartal sank der Umsatz.", "Die Aktie fiel."],
        ),
        ("Er kam zum 3. Mal. Alle jubelten.", ["Er kam zum 3. Mal.", "Alle jubelten."]),
        (
            "Er wohnt in der Hauptstr. 5 in Berlin. Nachbarn bestätigten das.",
            ["Er wohnt in der Hauptstr. 5 in Berlin.", "Nachbarn bestätigten das."],
        ),
        # A day of the month that ends its sentence, and English numbers, still end one.
        ("Sie kam am 5. Die Tür war zu.", ["Sie kam am 5.", "Die Tür war zu."]),
        (
            "He finished 5. The race was won by Kipchoge.",
            ["He finished 5.", "The race was won by Kipchoge."],
        ),
    ],
)
def test_european_titles_ordinals_and_streets(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected

"""Session 20: a reference list under a sources heading in Polish, Dutch, Swedish, Danish or
Norwegian, Finnish, Turkish, Russian or Ukrainian is one, heading and all; and dates in Dutch
and Polish (``12 maart 2025``, ``5 listopada 2025``) are an entry's date."""

from __future__ import annotations

import pytest

import newsclaims
from newsclaims import parse_entry_body

BODY = (
    "Inflation fell to 2.8% in October [1]. The central bank cut rates by 25 basis points [2].\n\n"
)
# Entries of names alone: numbered so, under no heading, they are a list of the article's.
ENTRIES = "1. Statistics Office\n2. Central Bank\n"


@pytest.mark.parametrize(
    "heading", ["Źródła:", "Bronnen", "Källor:", "Kilder:", "Lähteet", "Kaynaklar:", "Источники:"]
)
def test_a_sources_heading_in_other_languages_heads_a_reference_list(heading: str) -> None:
    doc = newsclaims.parse(BODY + f"{heading}\n{ENTRIES}")
    refs = [s for s in doc.sections if s.kind == "references"]
    assert len(refs) == 1
    assert refs[0].span.slice(doc.text).startswith(heading)
    assert [c.publisher or c.title for c in doc.citations] == ["Statistics Office", "Central Bank"]
    assert [c.citations for c in doc.claims] == [("1",), ("2",)]


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ("Reuters, 5 listopada 2025", (None, "Reuters", "5 listopada 2025")),
        (
            "GUS – Szybki szacunek wskaźnika cen – 31 października 2025",
            ("Szybki szacunek wskaźnika cen", "GUS", "31 października 2025"),
        ),
        (
            "NOS – Inflatie daalt verder – 12 maart 2025",
            ("Inflatie daalt verder", "NOS", "12 maart 2025"),
        ),
        (
            'De Telegraaf, "Kabinet valt", 3 mei 2025',
            ("Kabinet valt", "De Telegraaf", "3 mei 2025"),
        ),
    ],
)
def test_dutch_and_polish_dates_are_dates(body: str, fields: tuple[str | None, ...]) -> None:
    got = parse_entry_body(body)
    assert (got["title"], got["publisher"], got["date"]) == fields

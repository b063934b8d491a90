"""Session 20: a sources line that numbers its names (``Learn more: 1. microsoft.com 2.
cnbc.com 3. reuters.com``, as a chat assistant ends its answers) is a reference list, each
name the entry of its number."""

from __future__ import annotations

import pytest

import newsclaims

BODY = (
    "Microsoft reported revenue of $77.7 billion for its fiscal first quarter, up 18%.¹ Azure "
    "revenue grew 40%.² Capital spending reached $34.9 billion.³\n\n"
)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Learn more: 1. microsoft.com 2. cnbc.com 3. reuters.com",
            ["microsoft.com", "cnbc.com", "reuters.com"],
        ),
        ("Sources: 1. Reuters 2. CNBC 3. The Verge", ["Reuters", "CNBC", "The Verge"]),
        (
            "**Learn more:** 1. microsoft.com, 2. cnbc.com, 3. reuters.com",
            ["microsoft.com", "cnbc.com", "reuters.com"],
        ),
    ],
)
def test_a_numbered_sources_line_is_a_reference_list(line: str, names: list[str]) -> None:
    doc = newsclaims.parse(BODY + line)
    assert [s.kind for s in doc.sections] == ["body", "references"]
    assert [(c.label, c.publisher) for c in doc.citations] == [
        (str(n), name) for n, name in enumerate(names, 1)
    ]
    assert [c.citations for c in doc.claims] == [("1",), ("2",), ("3",)]
    assert doc.findings == ()


@pytest.mark.parametrize(
    "line",
    [
        # Numbers that do not count up from 1, or items that are no names.
        "Learn more: 2. microsoft.com 3. cnbc.com",
        "Learn more: 1. how the cloud grew 2. what comes next",
    ],
)
def test_other_numbered_lines_are_no_reference_list(line: str) -> None:
    doc = newsclaims.parse(BODY + line)
    assert "references" not in [s.kind for s in doc.sections]

"""A first line that is the document's given title is its headline, whatever its shape."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclaims

BODY = (
    "The central bank raised its main interest rate by a quarter point on Thursday, the third "
    "increase this year.\nOfficials said inflation remained too high and further increases "
    "could follow in the coming months.\n"
)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Inflation", "Inflation"),  # one word: too short for a headline's shape
        ("The bank raised rates again.", "The bank raised rates again."),  # a sentence's end
        ("Rates rise", "Rates rise | Daily Courier"),  # the site's name after the title
        ("Zinsen steigen erneut an.", "Zinsen steigen erneut an. – Tagesblatt"),
        ("Inflación:", "Inflación:"),
    ],
)
def test_the_given_title_is_the_headline_claim_once(line: str, title: str) -> None:
    doc = newsclaims.parse(f"{line}\n{BODY}", title=title)
    assert [s.kind for s in doc.sections] == ["headline", "body"]
    texts = [(c.kind, c.text) for c in doc.claims]
    assert texts[0] == ("headline", line)
    assert [t for t in texts if t[1] == line] == [("headline", line)]
    assert doc.title == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Inflation", "Inflation rises again"),  # not the title: a subheading-like first line
        ("The bank raised rates again.", "Rates rise"),
        ("Rates rise", "Rates rise further"),  # (a title that only starts with the line)
    ],
)
def test_a_first_line_that_is_not_the_title_is_judged_by_its_shape(line: str, title: str) -> None:
    doc = newsclaims.parse(f"{line}\n{BODY}", title=title)
    assert doc.sections[0].kind == "body"


def test_an_html_pages_title_is_its_headline_claim_once(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>Inflation</title></head>"
        "<body><article><h1>Inflation</h1>"
        "<p>The central bank raised its main interest rate by a quarter point on Thursday, "
        "the third increase this year.</p><p>Officials said inflation remained too high and "
        "further increases could follow in the coming months.</p></article></body></html>",
        encoding="utf-8",
    )
    doc = newsclaims.parse_file(page)
    assert doc.title == "Inflation"
    assert [(c.kind, c.text) for c in doc.claims if c.text == "Inflation"] == [
        ("headline", "Inflation")
    ]

"""A first line that ends with a citation marker whose entry opens a later line cites: it is
body text, not a headline, whatever the marker style (a plugin's too)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

import newsclaims
from newsclaims import BracketMarkers, Citation, Span, hookimpl


class _AngleReferences:
    """``⟨1⟩ https://example.org/a``: an entry per line."""

    def format(self, entries: Any) -> str:
        return "\n".join(f"⟨{e.label}⟩ {e.url}" for e in entries)

    def parse(self, text: str) -> Iterator[Citation]:
        for m in re.finditer(r"^⟨(\d+)⟩ (\S+)$", text, re.MULTILINE):
            yield Citation(label=m.group(1), url=m.group(2), span=Span(m.start(), m.end()))


class _Angle:
    newsclaims_name = "angle-outlet"

    @hookimpl
    def newsclaims_register_marker_styles(self, register: Any) -> None:
        register("angle", BracketMarkers(open="⟨", close="⟩"))

    @hookimpl
    def newsclaims_register_reference_styles(self, register: Any) -> None:
        register("angle", _AngleReferences())


@pytest.mark.parametrize(
    "text",
    [
        "The unemployment rate fell to 3.9 percent in March ⟨1⟩\n⟨1⟩ https://example.org/a",
        "Exports to China rose for a third month⟨2⟩\n\n⟨2⟩ https://stats.example.com/t2",
        "Il tasso di disoccupazione è sceso al 7,2% ⟨1⟩\n  ⟨1⟩ https://istat.example.it/x",
        "Unemployment falls to 3.9 percent in March (1)\n(1) https://bls.example.gov/empsit",
        "Die Inflation lag im Mai bei 2,4 Prozent <3>\n<3> https://destatis.example.de/p",
        "Rents rose 6 percent in the capital {1, 2}\n{1} https://a.example\n{2} https://b.example",
    ],
)
def test_a_cited_first_line_is_no_headline(text: str) -> None:
    doc = newsclaims.parse(text)
    assert "headline" not in [s.kind for s in doc.sections]
    assert doc.claims[0].kind == "statement"
    assert doc.title is None


def test_a_plugins_marker_on_the_first_line_cites_its_entry() -> None:
    pm = newsclaims.make_plugin_manager(entry_points=False, plugins=[_Angle()])
    doc = newsclaims.parse(
        "The unemployment rate fell to 3.9 percent in March ⟨1⟩\n⟨1⟩ https://example.org/a",
        plugin_manager=pm,
    )
    assert [c.kind for c in doc.claims] == ["statement"]
    assert doc.claims[0].citations == ("1",)
    assert [(c.label, c.url) for c in doc.citations] == [("1", "https://example.org/a")]


@pytest.mark.parametrize(
    "text",
    [
        # A number in brackets that no later line opens is the headline's own.
        "Rocky returns to the ring (1976)\nThe film opened in cinemas across the country.",
        "Markets rally as rates fall (2)\nShares rose on Monday after the central bank cut.",
        "Stocks slide on Wall Street <live>\nShares fell on Monday (1) as yields rose.",
    ],
)
def test_a_headline_ending_in_brackets_is_still_one(text: str) -> None:
    doc = newsclaims.parse(text)
    assert doc.sections[0].kind == "headline"

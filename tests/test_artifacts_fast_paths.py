"""The artifact auditor skips a pattern only for texts where the pattern finds nothing."""

from __future__ import annotations

import itertools

from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsclaims
from newsclaims.default_plugins import audit_artifacts

_PIECES = [
    *"aZ &<>;#/\n",
    *("&amp;", "&#8217;", "&#x2019;", "&nbsp", "<br>", "</p>", "<B >", "<div class=x>"),
    *("Ã©", "â€™", "Â", "é", "’", "ô€", "word", "The "),
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300)
@given(_TEXTS | st.text())
def test_a_skipped_pattern_would_have_found_nothing(text: str) -> None:
    if text.isascii():
        assert audit_artifacts._MOJIBAKE.search(text) is None
    if "&" not in text:
        assert audit_artifacts._ENTITY.search(text) is None
    if "<" not in text:
        assert audit_artifacts._TAG.search(text) is None


def test_entities_tags_and_mojibake_are_still_found() -> None:
    doc = newsclaims.parse(
        "Caf\u00c3\u00a9 owners said &amp; more.<br>\n\nIt rained in Paris today."
    )
    messages = [f.message for f in doc.findings if f.kind == "artifact"]
    assert any(m.startswith("mojibake") for m in messages)
    assert any(m.startswith("HTML entity &amp;") for m in messages)
    assert any(m.startswith("HTML tag '<br>'") for m in messages)


_FURNITURE_PIECES = [
    *("Advertisement", "ADVERTISEMENT", "Skip ", "Read more", "Also read", ": ", ":", " "),
    *("Subscribe to our ", "Sign up for the ", "daily ", "newsletter", "newsletters", "."),
    *("Continue reading", " the main story", "Prices rose.", "\u201d ", "\n", "\n\n", "\t"),
    *("The Mayor", "x", "a.", "(AP)", "advertisement", "Read More: "),
]
_FURNITURE_TEXTS = st.lists(st.sampled_from(_FURNITURE_PIECES), max_size=30).map("".join)


def _plain_furniture(doc: newsclaims.Document) -> list[tuple[newsclaims.Span, str]]:
    """``_furniture`` as it was: the pattern searched through every body section whole."""
    found = []
    for section in doc.sections:
        if section.kind == "body":
            for m in audit_artifacts._FURNITURE.finditer(
                doc.text, section.span.start, section.span.end
            ):
                what = m.group().rstrip()
                found.append(
                    (
                        newsclaims.Span(m.start(), m.start() + len(what)),
                        f"page furniture left in the text: {what!r}",
                    )
                )
    return found


@settings(max_examples=400, deadline=None)
@given(_FURNITURE_TEXTS, st.lists(st.integers(0, 400), max_size=6))
# (A body that starts inside a line, after the start of the furniture on it; and one that ends
# inside a line, before the furniture's end.)
@example("Advertisement The x.\nRead more: y\nz", [5])
@example("Advertisement The x.\nRead more: y", [])
@example("Prices rose. Advertisement The x.\nRead more: the story", [5, 14, 30, 40])
def test_furniture_is_found_on_the_lines_holding_its_keys_as_in_the_whole_body(
    text: str, cuts: list[int]
) -> None:
    # Body sections of every shape: the text cut into sections at arbitrary points.
    points = sorted({c for c in cuts if 0 < c < len(text)})
    bounds = [0, *points, len(text)]
    sections = [
        newsclaims.Section("body" if k % 2 == 0 else "references", newsclaims.Span(a, b))
        for k, (a, b) in enumerate(itertools.pairwise(bounds))
        if b > a
    ]
    doc = newsclaims.Document(raw=text, text=text, sections=tuple(sections))
    assert list(audit_artifacts._furniture(doc)) == _plain_furniture(doc)

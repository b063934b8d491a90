"""Citations round-trip: format then parse gives back the labels, the entries, the sentences."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims import (
    Citation,
    Claim,
    Marker,
    Span,
    format_markers,
    format_references,
    parse_markers,
    parse_references,
)
from newsclaims._pipeline import link_markers
from newsclaims.testing import (
    BUILTIN_MARKER_STYLES,
    BUILTIN_REFERENCE_STYLES,
    cited_prose,
    manager_with,
    reference_entries,
    styled_labels,
    texts,
)

PM = manager_with()
FIELDS = ("label", "title", "url", "publisher", "date")


def fields(entries: Sequence[Citation]) -> list[tuple[str | None, ...]]:
    return [tuple(getattr(c, f) for f in FIELDS) for c in entries]


def labels_of(markers: Sequence[Marker]) -> tuple[str, ...]:
    return tuple(label for m in markers for label in m.labels)


def check_markers_round_trip(style: str, labels: tuple[str, ...]) -> None:
    text = format_markers(labels, style=style, plugin_manager=PM)
    alone = parse_markers(text, styles=[style], plugin_manager=PM)
    assert labels_of(alone) == labels
    # Every style together reads it the same, inside a sentence too.
    sentence = f"Prices rose{'' if style in ('superscript', 'caret') else ' '}{text}."
    found = parse_markers(sentence, plugin_manager=PM)
    assert labels_of(found) == labels
    assert all(m.span.slice(sentence) in text for m in found)
    if not labels:
        assert [m.style for m in found] == ["citation_needed"]


def check_references_round_trip(style: str, entries: tuple[Citation, ...]) -> None:
    text = format_references(entries, style=style, plugin_manager=PM)
    for styles in ([style], None):
        parsed = parse_references(text, styles=styles, plugin_manager=PM)
        assert fields(parsed) == fields(entries), text
        for c in parsed:
            assert c.span is not None and c.span.slice(text) == c.raw


def check_prose(text: str, expected: list[tuple[Span, tuple[str, ...], int]]) -> None:
    markers = parse_markers(text, plugin_manager=PM)
    got = []
    for span, _labels, _needed in expected:
        inside = [m for m in markers if span.contains(m.span)]
        got.append((span, labels_of(inside), sum(1 for m in inside if not m.labels)))
    assert got == expected
    assert sum(len(e[1]) + e[2] for e in expected) == sum(max(len(m.labels), 1) for m in markers)
    # Linked to claims that end at the sentence's last word or full stop, as extractors cut them.
    claims = []
    for span, _labels, _needed in expected:
        inside = [m for m in markers if span.contains(m.span)]
        end = inside[0].span.start if inside and inside[0].span.start > span.start else span.end
        while text[end - 1] == " ":
            end -= 1
        claims.append(Claim(text=text[span.start : end], span=Span(span.start, end)))
    linked = link_markers(text, claims, markers)
    assert [c.citations for c in linked] == [tuple(dict.fromkeys(e[1])) for e in expected]


@given(styled_labels())
def test_markers_round_trip_in_every_style(case: tuple[str, tuple[str, ...]]) -> None:
    check_markers_round_trip(*case)


@given(reference_entries())
def test_reference_lists_keep_every_field(case: tuple[str, tuple[Citation, ...]]) -> None:
    check_references_round_trip(*case)


@given(cited_prose())
def test_markers_between_sentences_are_found_on_their_sentence(
    case: tuple[str, list[tuple[Span, tuple[str, ...], int]]],
) -> None:
    check_prose(*case)


@pytest.mark.parametrize("style", BUILTIN_MARKER_STYLES)
def test_each_marker_style_is_registered_and_round_trips(style: str) -> None:
    labels = () if style == "citation_needed" else ("1", "2", "3", "7")
    check_markers_round_trip(style, labels)


@pytest.mark.parametrize("style", BUILTIN_REFERENCE_STYLES)
def test_each_reference_style_round_trips(style: str) -> None:
    entries = (
        Citation(
            label="1",
            title="Japan to provide radars",
            url="https://example.com/a",
            publisher="The Japan News",
            date="April 2, 2025",
        ),
        Citation(label="2", title="Ishiba to visit Vietnam", url="https://example.org/b"),
    )
    check_references_round_trip(style, entries)


# Deeper runs of the same properties for `make fuzz`: fresh random rounds until a quarter of
# NEWSCLAIMS_FUZZ_SECONDS has gone, shared between the three properties.
@pytest.mark.fuzz
def test_fuzz_citation_round_trips() -> None:
    budget = float(os.environ.get("NEWSCLAIMS_FUZZ_SECONDS", "600")) / 4 / 3
    deep = settings(max_examples=2000, database=None)
    rounds = [
        deep(given(styled_labels())(lambda case: check_markers_round_trip(*case))),
        deep(given(reference_entries())(lambda case: check_references_round_trip(*case))),
        deep(given(cited_prose())(lambda case: check_prose(*case))),
    ]
    for run in rounds:
        deadline = time.monotonic() + budget
        run()
        while time.monotonic() < deadline:
            run()


_MARKUP = st.lists(
    st.sampled_from(
        [*'[]^()【】、,;-– .\n:"“”#*', *"0123456789", *"¹²³⁴⁰⁻˒", "https://a.b/c", "ab", "Cd"]
    ),
    max_size=120,
).map("".join)


@given(st.one_of(texts(), _MARKUP))
def test_any_text_parses_without_error_and_spans_hold(text: str) -> None:
    for m in parse_markers(text, plugin_manager=PM):
        assert 0 <= m.span.start < m.span.end <= len(text)
    for c in parse_references(text, plugin_manager=PM):
        assert c.span is not None and c.span.slice(text) == c.raw
        assert c.raw.strip() == c.raw and c.raw

"""Paths rewritten so that a long document costs linear time: each gives what the plain code
it replaced gave (kept here as the reference). The time itself is measured by
``make bench BENCH=scaling``, never by a test."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

import newsclaims
from newsclaims import Span
from newsclaims.default_plugins import audit_citations, citations, claims

_PIECES = st.sampled_from(["a", "B", " ", "\t", "\n", ":", "\u00a0", "x.", "\r\n", "é"])
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


def _lead_in_reference(text: str, end: int) -> bool:
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    return not rest.strip() and text[:end].rstrip().endswith(":")


@given(_TEXTS, st.integers(0, 30))
def test_lead_in_reads_back_as_the_copy_did(text: str, end: int) -> None:
    end = min(end, len(text))
    assert audit_citations._lead_in(text, end) == _lead_in_reference(text, end)


@given(_TEXTS, st.lists(st.tuples(st.integers(0, 30), st.integers(0, 10)), max_size=4))
def test_lists_blanked_at_once_as_one_by_one(text: str, cuts: list[tuple[int, int]]) -> None:
    spans: list[Span] = []
    at = 0
    for gap, size in cuts:
        start = min(len(text), at + gap)
        end = min(len(text), start + size)
        spans.append(Span(start, end))
        at = end
    expected = text
    for span in spans:
        blank = regex.sub(r"[^\n]", " ", expected[span.start : span.end])
        expected = expected[: span.start] + blank + expected[span.end :]
    assert citations._blanked(text, spans) == expected


def test_restates_counts_the_words_of_a_long_text_the_same() -> None:
    quote = '"The new bridge will carry ten thousand cars a day across the river"'
    body = "The new bridge will carry ten thousand cars a day across the river, she said.\n"
    filler = "Traffic was light on Monday morning in the town centre.\n" * 40
    doc = newsclaims.parse(f"{body}{filler}{quote}\n")
    start = doc.text.rindex(quote)
    short = claims._restates(doc, start, start + len(quote))
    previous = claims._FIND_TEXT
    try:
        claims._FIND_TEXT = 0  # the long text's way: the whole text's words counted at once
        claims._lowered.cache_clear()
        assert claims._restates(doc, start, start + len(quote)) == short is True
    finally:
        claims._FIND_TEXT = previous

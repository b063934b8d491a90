"""Properties of lossless cleaning: merging, applying and rebuilding removals."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclaims import Removal, Span
from newsclaims._text import apply_removals, merge_removals, paragraph_spans, rebuild_raw
from newsclaims.testing import removal_sets, texts


@st.composite
def raw_and_removals(draw: st.DrawFn) -> tuple[str, list[Removal]]:
    raw = draw(texts())
    return raw, draw(removal_sets(raw))


@given(raw_and_removals())
def test_raw_rebuilds_exactly_from_text_and_removals(case: tuple[str, list[Removal]]) -> None:
    raw, removals = case
    merged = merge_removals(raw, removals)
    text = apply_removals(raw, merged)
    assert rebuild_raw(text, merged) == raw


@given(raw_and_removals())
def test_merged_removals_are_sorted_disjoint_and_cover_the_union(
    case: tuple[str, list[Removal]],
) -> None:
    raw, removals = case
    merged = merge_removals(raw, removals)
    covered = set()
    for r in removals:
        covered.update(range(r.span.start, r.span.end))
    got: set[int] = set()
    end = 0
    for r in merged:
        assert r.span.start >= end and len(r.span) > 0
        assert r.text == raw[r.span.start : r.span.end]
        got.update(range(r.span.start, r.span.end))
        end = r.span.end
    assert got == covered


@given(raw_and_removals(), st.randoms())
def test_merge_does_not_depend_on_order(case: tuple[str, list[Removal]], rnd) -> None:  # type: ignore[no-untyped-def]
    raw, removals = case
    shuffled = list(removals)
    rnd.shuffle(shuffled)
    assert merge_removals(raw, shuffled) == merge_removals(raw, removals)


def test_overlap_goes_to_the_earlier_start_and_the_rest_is_kept() -> None:
    raw = "0123456789"
    merged = merge_removals(
        raw,
        [
            Removal(span=Span(4, 8), reason="caption", plugin="b"),
            Removal(span=Span(2, 6), reason="nav", plugin="a"),
        ],
    )
    assert [(r.span.start, r.span.end, r.plugin, r.reason, r.text) for r in merged] == [
        (2, 6, "a", "nav", "2345"),
        (6, 8, "b", "caption", "67"),
    ]


def test_touching_removals_of_one_reason_are_joined() -> None:
    merged = merge_removals(
        "abcdef",
        [
            Removal(span=Span(0, 2), reason="nav", plugin="a"),
            Removal(span=Span(2, 4), reason="nav", plugin="a"),
        ],
    )
    assert [(r.span.start, r.span.end) for r in merged] == [(0, 4)]


def test_paragraph_spans_trim_and_skip_blank_lines() -> None:
    text = "  one \r\n\n two\n   \nthree"
    assert [s.slice(text) for s in paragraph_spans(text)] == ["one", "two", "three"]

"""The pipeline's test that a splitter's spans are all trimmed, and its spans shifted in C
(a fast path), are the plain loop's."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclaims import Span
from newsclaims._pipeline import _all_trimmed, _shifted

_PARTS = st.text(alphabet="ab \n\t\u00a0.", min_size=1, max_size=30)


@st.composite
def _spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    part = draw(_PARTS)
    cuts = sorted(draw(st.lists(st.integers(0, len(part)), max_size=8)))
    pairs = list(zip(cuts[::2], cuts[1::2], strict=False))
    return part, pairs


@given(_spans())
def test_all_trimmed_is_the_plain_test(case: tuple[str, list[tuple[int, int]]]) -> None:
    part, pairs = case
    plain = all(a < b and not part[a].isspace() and not part[b - 1].isspace() for a, b in pairs)
    starts, ends = [a for a, _ in pairs], [b for _, b in pairs]
    assert _all_trimmed(part, starts, ends) == plain


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=8), st.integers(0, 99))
def test_shifted_spans_are_the_plain_spans(pairs: list[tuple[int, int]], offset: int) -> None:
    pairs = [(min(a, b), max(a, b)) for a, b in pairs]
    starts, ends = [a for a, _ in pairs], [b for _, b in pairs]
    shifted = _shifted(starts, ends, offset)
    assert shifted == [Span(a + offset, b + offset) for a, b in pairs]
    assert all(type(s) is Span for s in shifted)

"""The page cleaner's shortcuts give what the plain line-by-line computations give."""

from __future__ import annotations

from itertools import accumulate, chain

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.default_plugins import cleaning
from newsclaims.default_plugins._lines import Lines

# A line is prose, kept, a footer or none of these, with a word count (mostly small, so that
# runs of a few prose lines end exactly where a gap's cost meets their gain).
_LINE = st.tuples(
    st.sampled_from(["prose", "kept", "footer", "other", "other"]),
    st.one_of(st.integers(1, 40), st.integers(1, 260)),
)


def _plain_block(
    words: list[int], prose: list[bool], kept: list[bool], footer: list[bool]
) -> tuple[int, int]:
    """The densest block as first written: Kadane over every line, then the core."""
    gains = [-cleaning.PENALTY] * len(words)
    for i in range(len(words)):
        if prose[i]:
            gains[i] = min(words[i], cleaning.MAX_GAIN)
        elif kept[i]:
            gains[i] = 0
        elif footer[i]:
            gains[i] = -5 * cleaning.PENALTY
    sums = list(accumulate(gains))
    lowest = accumulate(chain((0,), sums[:-1]), min)
    totals = [s - low for s, low in zip(sums, lowest, strict=True)]
    last = totals.index(max(totals))
    if totals[last] <= 0:
        return -1, -1
    first = last
    while first > 0 and totals[first - 1] > 0:
        first -= 1
    parts: list[list[int]] = [[]]
    gap = 0
    for i in range(first, last + 1):
        if prose[i] or kept[i]:
            if gap >= cleaning.SPLIT_RUN and parts[-1]:
                parts.append([])
            parts[-1].append(i)
            gap = 0
        else:
            gap += 1
    weights = [sum(min(words[i], cleaning.MAX_GAIN) for i in p if prose[i]) for p in parts]
    core = max(range(len(parts)), key=lambda p: (weights[p], -p))
    lo = hi = core
    while lo > 0 and cleaning._substantial(parts[lo - 1], words, prose):
        lo -= 1
    while hi + 1 < len(parts) and cleaning._substantial(parts[hi + 1], words, prose):
        hi += 1
    return parts[lo][0], parts[hi][-1]


@settings(max_examples=400)
@given(st.lists(_LINE, min_size=1, max_size=60))
def test_block_over_runs_of_lines_is_the_block_over_every_line(
    spec: list[tuple[str, int]],
) -> None:
    # Each line holds its word count in words; a footer line holds a copyright footer.
    raw = "\n".join(
        "© 2024 The Paper" if kind == "footer" else " ".join(["w"] * n) for kind, n in spec
    )
    lines = Lines(raw)
    words = [4 if kind == "footer" else n for kind, n in spec]
    assert lines.words == words
    prose = [kind == "prose" for kind, _ in spec]
    kept = [kind == "kept" for kind, _ in spec]
    footer = [kind == "footer" for kind, _ in spec]
    footers = [i for i, f in enumerate(footer) if f]
    assert cleaning._article_block(lines, prose, kept, footers) == _plain_block(
        words, prose, kept, footer
    )


@given(st.integers(0, 10**6), st.integers(0, 10**6), st.text(max_size=20))
def test_unchecked_removal_is_the_checked_one(a: int, b: int, reason: str) -> None:
    from newsclaims import Removal, Span
    from newsclaims.default_plugins._construct import removal, span

    start, end = min(a, b), max(a, b)
    made = removal(start, end, reason)
    expected = Removal(span=Span(start, end), reason=reason)
    assert made == expected and hash(made) == hash(expected)
    assert span(start, end) == Span(start, end)


@given(st.lists(st.text(st.sampled_from("ab -–—."), max_size=90), min_size=1, max_size=12))
def test_lines_with_a_dash_near_the_end_are_found_at_once(texts: list[str]) -> None:
    text = [t.strip() or "x" for t in texts]
    for first in range(len(text)):
        for last in range(first, len(text)):
            expected = [k for k in range(first, last + 1) if cleaning._dash_near_end(text[k])]
            assert cleaning._dashed(text, first, last) == expected


_PIECES = st.sampled_from(
    [
        *("Photo: AFP", "(Photo: VNA)", "- Reuters Photo", "Read also:", "More", "© 2024"),
        *("Copyright", "All Rights Reserved", "cookies", "SUBSCRIBE", "Share", "Tweet"),
        *("newsletter", "Facebook", "He said.", "The talks", "went on", "in Manila", "İstanbul"),
        *("word", "word", "word", "word", "word", "word", "word", "word", ".", "!", "”"),
    ]
)


@given(
    st.lists(
        st.tuples(st.lists(_PIECES, min_size=1, max_size=40).map(" ".join), st.booleans()),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from(["", "the talks went on"]),
)
def test_reason_candidates_hold_every_line_with_a_reason(
    spec: list[tuple[str, bool]], head: str
) -> None:
    # The cheap search for candidates must miss no line that _reason would remove.
    lines = Lines("\n".join(t for t, _ in spec))
    prose = [p for _, p in spec]
    kept = [False] * len(spec)
    last = len(spec) - 1
    found = set(cleaning._reason_candidates(lines, prose, kept, 0, last, head))
    for i in range(len(spec)):
        if cleaning._reason(lines.text[i], lines.words[i], prose[i], head) is not None:
            assert i in found, lines.text[i]

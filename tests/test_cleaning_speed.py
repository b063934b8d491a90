"""The page cleaner's session-7 speed paths against plain reference implementations: keys
probed with ``in`` before ``find``, the dashes of a trailing credit looked for inline."""

from __future__ import annotations

from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.default_plugins import cleaning

_PIECES = [
    *("said. - Reuters", "the plan – AFP", "— THE STAR", "cookie", "Subscribe", "photo", "-"),
    *("The plan was approved on Monday.", "word", "é", "Σ", "İ", " ", "  ", "\t", "\n"),
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _plain_uncredited(text: str) -> str:
    at = cleaning._credit_start(text) if cleaning._dash_near_end(text) else -1
    return text if at < 0 else text[:at]


@given(_TEXTS.filter(bool))
@settings(max_examples=300, deadline=None)
def test_uncredited_matches_plain(text: str) -> None:
    assert cleaning._uncredited(text) == _plain_uncredited(text)


@given(st.lists(_TEXTS, min_size=1, max_size=8), st.sampled_from([True, False]))
@settings(max_examples=300, deadline=None)
def test_parts_holding_matches_plain(parts: list[str], lower: bool) -> None:
    parts = [p.replace("\n", " ") for p in parts]
    keys = ("cookie", "subscri", "photo", "- ", "ai", "é")
    got = cleaning._parts_holding(parts, keys, lower=lower)
    low = [p.lower() for p in parts] if lower else parts
    if lower and len("\n".join(low)) != len("\n".join(parts)):
        assert got == set(range(len(parts)))
    else:
        assert got == {k for k, p in enumerate(low) if any(key in p for key in keys)}


@given(_TEXTS)
@settings(max_examples=200, deadline=None)
def test_segments_with_matches_find(text: str) -> None:
    starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    keys = ("cookie", "- ", "é", "\t")
    without = cleaning._segments_with(text, keys, starts, 0, len(text))
    plain = set()
    for key in keys:
        at = text.find(key)
        while at >= 0:
            plain.add(bisect_right(starts, at) - 1)
            at = text.find(key, at + 1)
    assert without == plain


_CAPTION_PIECES = [
    *("Photo: ", "(Photo: AFP)", "[Photo/VNA]", " - AFP/VNA Photo", "Image caption ", "pic", "by"),
    *("PHOTO", "foto", "credit", "ảnh", "(", ")", "[", "]", ":", "/", "|", " - ", "—", "."),
    *("The plan was approved.", "Reuters", "word", "é", "İ", " ", "  ", "\t", "\x1c", "\xa0"),
]


@given(
    st.lists(st.sampled_from(_CAPTION_PIECES), min_size=1, max_size=20).map("".join),
    st.integers(min_value=0, max_value=200),
)
@settings(max_examples=500, deadline=None)
def test_caption_parts_match_the_one_pattern(text: str, tail: int) -> None:
    tail = min(tail, len(text))
    start = tail == 0 and cleaning._CAPTION_START.match(text) is not None
    parts = start or any(p.search(text, tail) is not None for p in cleaning._CAPTION_ENDS)
    assert parts == (cleaning._CAPTION.search(text, tail) is not None)

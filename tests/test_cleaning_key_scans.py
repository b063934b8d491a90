"""The page cleaner's key scans and list search against plain reference implementations: the
keys of the joined parts picked before any part's start is worked out, the numbered lists
found from the lines' first characters."""

from __future__ import annotations

from itertools import compress, count, repeat

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.default_plugins import cleaning
from newsclaims.default_plugins._lines import Lines

_PIECES = [
    *("cookie", "Subscribe", "photo", "- ", "1. ", "1) ", "2. ", "3) ", "1", "Most read"),
    *("The plan was approved on Monday.", "word", "é", "Σ", "İ", " ", "\t", "\n", "\n\n"),
    *("[1]", "Q: ", "A: ", "Why?", "Yes."),
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _plain_parts_holding(parts: list[str], keys: tuple[str, ...], lower: bool) -> set[int]:
    low = [p.lower() for p in parts] if lower else parts
    if lower and len("\n".join(low)) != len("\n".join(parts)):
        return set(range(len(parts)))
    return {k for k, p in enumerate(low) if any(key in p for key in keys)}


@given(st.lists(_TEXTS, min_size=1, max_size=8), st.sampled_from([True, False]))
@settings(max_examples=300, deadline=None)
def test_parts_holding_is_the_plain_search(parts: list[str], lower: bool) -> None:
    parts = [p.replace("\n", " ") for p in parts]
    for keys in (("cookie", "subscri", "photo", "- ", "é"), ("absent",), ()):
        assert cleaning._parts_holding(parts, keys, lower=lower) == _plain_parts_holding(
            parts, keys, lower
        )


def _plain_protected(lines: Lines) -> list[bool]:
    """``cleaning._protected`` as it was, each line's start read with ``startswith``."""
    text = lines.text
    n = len(text)
    kept = [False] * n
    for i in cleaning._lines_with(lines, ["["]):
        if cleaning._MARKER.search(text[i]) is not None:
            kept[i] = True
    for i in compress(count(), map(str.startswith, text, repeat(cleaning._FIRST_ITEMS))):
        if kept[i]:
            continue
        m = cleaning._NUMBERED.match(text[i])
        if m is None or m.group(1) != "1":
            continue
        j, expected = i, 1
        while j < n:
            mj = cleaning._NUMBERED.match(text[j])
            if mj is None or int(mj.group(1)) != expected:
                break
            j, expected = j + 1, expected + 1
        if j - i >= 2 and not (i > 0 and cleaning._teaser_heading(text[i - 1])):
            for k in range(i, j):
                kept[k] = True
    cleaning._protect_interviews(lines, kept)
    return kept


@given(_TEXTS)
@settings(max_examples=300, deadline=None)
def test_protected_lines_are_the_plain_ones(text: str) -> None:
    lines = Lines(text)
    assert cleaning._protected(lines) == _plain_protected(Lines(text))


def test_call_firsts_hold_every_call_start() -> None:
    for call in cleaning._CALL_STARTS:
        assert call[0] in cleaning._CALL_FIRSTS
    for call in cleaning._JOIN_STARTS:
        assert call[0] in cleaning._JOIN_FIRSTS


def test_kicker_firsts_hold_every_ascii_start_of_a_label() -> None:
    # Every ASCII character in place of each label's first letter: the pattern matches only
    # where the character is in the set the pre-test reads.
    for code in range(128):
        c = chr(code)
        for label in cleaning._KICKERS:
            for tail in (": x", " - x", ""):
                if cleaning._KICKER.match(c + label[1:] + tail) is not None:
                    assert c in cleaning._KICKER_FIRSTS


@given(st.sampled_from(cleaning._KICKERS), st.text(max_size=3), st.sampled_from([": a", ""]))
@settings(max_examples=300, deadline=None)
def test_kicker_firsts_hold_every_label_start(label: str, before: str, after: str) -> None:
    for line in (label + after, label.upper() + after, label.title() + after, before + label):
        if line and cleaning._KICKER.match(line) is not None:
            assert line[0] in cleaning._KICKER_FIRSTS or line[0] > "\x7f"

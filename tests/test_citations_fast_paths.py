"""The marker styles skip a text only when their pattern finds nothing in it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclaims._citations as impl

# Superscripts, the letters that share their low byte in UTF-16, brackets and marker text.
_TEXTS = st.text(alphabet="ab1 .,²³¹⁰⁴⁵⁹⁻ⁱ⁲⁺ptuvwxy—“[]^【】citation needed", max_size=40)


@settings(max_examples=300)
@given(_TEXTS | st.text())
def test_the_superscript_scan_finds_what_the_characters_find(text: str) -> None:
    plain = not text.isascii() and any(ch in text for ch in impl._SUP_FIRST)
    assert impl._may_have_superscripts(text) is plain


@settings(max_examples=300)
@given(_TEXTS | st.text())
def test_a_text_without_the_opening_character_has_no_marker_of_the_style(text: str) -> None:
    if "[" not in text:
        assert impl._bracket_pattern("[", "]").search(text) is None
        assert impl._FOOTNOTE.search(text) is None
        assert impl._FOOTNOTE_CARET.search(text) is None
        assert impl._CITATION_NEEDED.search(text) is None
    if "【" not in text:
        assert impl._bracket_pattern("【", "】").search(text) is None


@settings(max_examples=300)
@given(st.text(alphabet="ab1 \n[]^():-*", max_size=40) | st.text())
def test_a_text_without_a_bracket_has_no_footnote_or_link_entry(text: str) -> None:
    if "[" not in text:
        assert impl._FOOTNOTE_DEF.search(text) is None
    if "]" not in text:
        assert impl._LINK_LINE.search(text) is None


def test_markers_of_every_style_are_still_found() -> None:
    text = "It rose [1]. It fell.² Noted[^a]. Also [^b^]. Then 【3】. Odd [citation needed]."
    found = {m.style for m in impl.parse_markers(text)}
    assert {"brackets", "superscript", "footnote", "citation_needed"} <= found

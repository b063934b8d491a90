"""The numbered reference styles share one scan of a text for the three kinds of label."""

from __future__ import annotations

import itertools
import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclaims._citations as impl

# Labels of every kind, indentation, line breaks, digits of other scripts, superscripts, an
# inline sources heading and entry text.
_TEXTS = st.text(alphabet="[]().1234０٣¹²⁰ \t\nab-*•", max_size=60) | st.lists(
    st.sampled_from(["Sources:", "[1]", "¹", "² ", " ", "\n", "a", "**", "1."]), max_size=12
).map("".join)


def _per_kind(kind: str, text: str) -> list[tuple[int, int, str]]:
    """The labels of one kind, found as before: one scan of the text per kind."""
    pattern = impl._NUMBERED[kind]
    after_break = re.compile("\n" + pattern.pattern)
    first = pattern.match(text)
    matches = itertools.chain(() if first is None else (first,), after_break.finditer(text))
    out = []
    for m in matches:
        at, label = m.start("n"), m["n"]
        if kind == "superscript":
            label = "".join(str(unicodedata.digit(c)) for c in label)
            if label.startswith("0"):
                continue
        elif at > 0 and text[at - 1] in "[(":
            at -= 1
        out.append((at, m.end(), label))
    return out


@settings(max_examples=500)
@given(_TEXTS | st.text())
def test_one_scan_finds_what_each_kind_finds_alone(text: str) -> None:
    for kind in impl._NUMBERED:
        assert list(impl._line_labels(kind, text)) == _per_kind(kind, text)


def test_a_text_is_scanned_once_for_every_kind() -> None:
    text = "Sources\n[1] One\n2. Two\n (3) Three\n4) Four"
    first = impl._labelled_lines(text)
    assert impl._labelled_lines(text) is first
    assert first["brackets"] == ((8, 12, "1"),)
    assert [label for _, _, label in first["dot"]] == ["2"]
    assert [label for _, _, label in first["paren"]] == ["3", "4"]
    assert impl._labelled_lines(text + "\n") is not first  # another text, another scan

"""The line measures' session-7 speed paths against plain reference implementations: where
each line begins, the first characters of the lines, the language sample chained in C."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.default_plugins import _lines
from newsclaims.default_plugins._lines import Lines

# Lines of words, blank lines and white space of every kind str.strip reads.
_PIECES = [
    *("The plan was approved on Monday.", "Sign up", "word", "é", "Σ", "İ", "日本語の文"),
    *("der Plan und die Stadt", "le plan et la ville", "- Reuters", "¹ Title", "1. "),
    *(" ", "  ", "\t", "\r", "\x0b", "\x0c", "\x1c", "\xa0", "\u2028", "\n", "\n", "\n\n"),
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@given(_TEXTS)
@settings(max_examples=300, deadline=None)
def test_cuts_are_where_the_lines_begin(text: str) -> None:
    lines = Lines(text)
    at, cuts = 0, []
    for part in text.split("\n"):
        if part.strip():
            cuts.append(at)
        at += len(part) + 1
    assert lines.cut == cuts
    assert lines.next == [*cuts[1:], len(text)]
    for i, line in enumerate(lines.text):
        assert text[lines.start(i) : lines.start(i) + len(line)] == line


@given(_TEXTS)
@settings(max_examples=300, deadline=None)
def test_firsts_are_the_first_characters(text: str) -> None:
    lines = Lines(text)
    assert lines.firsts() == "".join(t[0] for t in lines.text)
    assert lines.edges() == (lines.firsts(), "".join(t[-1] for t in lines.text))


def test_language_read_from_the_longer_lines_only() -> None:
    long_en = "the cat and the dog were in the house with all of them at the end"
    short_de = "der die und"
    text = "\n".join([short_de] * 30 + [long_en + "."] * 30)
    lines = Lines(text)
    lines.measure()
    assert lines.language == "en"
    sample = _lines._sample(lines.text, lines.candidates)
    flat = [w for toks in sample if len(toks) >= _lines._SAMPLE_LINE_WORDS for w in toks]
    assert _lines._language(flat) == lines.language

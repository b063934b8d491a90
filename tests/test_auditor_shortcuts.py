"""The auditors' per-document fast paths give what the plain ways give.

Each fast path is compared with a plain reference implementation kept here, on generated text
that includes the characters where the shortcuts could go wrong.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclaims
from newsclaims.default_plugins import _audit_text, audit_artifacts
from newsclaims.default_plugins._audit_text import Index, keys_by_words

_MOJIBAKE_PIECES = [
    *"aZ é’“”–—…€™•\u0080\u00bf\u00c2\u00c3\u00f4\u00f5\u0152\u0178\u0192\u02c6\u02dc\u2030",
    *("Ã©", "â€™", "Ã‰", "Ã¼", "ô€", "Â", "Â ", "Ã\u0081", "\U0001f600", "\ud800", "\n"),
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_MOJIBAKE_PIECES), max_size=30).map("".join) | st.text())
def test_the_mojibake_bytes_are_in_every_text_the_pattern_matches(text: str) -> None:
    if audit_artifacts._MOJIBAKE.search(text) is not None:
        assert audit_artifacts._MOJIBAKE_BYTES.search(_audit_text.utf8(text)) is not None


def test_every_continuation_character_starts_with_a_gate_byte() -> None:
    leads = {chr(c) for c in range(0xC2, 0xF5)}
    conts = {chr(c) for c in range(0x110000) if audit_artifacts._MOJIBAKE.fullmatch("Ã" + chr(c))}
    assert {c.encode()[:2] for c in leads} == {bytes((0xC3, b)) for b in range(0x82, 0xB5)}
    assert {c.encode()[0] for c in conts} <= set(b"\xc2\xc5\xc6\xcb\xe2")


_LINE_PIECES = [
    *"ab,.;!?”’)]»…:\"'\n\n\n \t\u00a0\u2028\x1c\x85",
    "word",
    "said",
    "Word",
    ". The",
    "2024",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=150).map("".join))
def test_open_line_ends_are_the_lines_not_ended(text: str) -> None:
    """The search for line ends finds every line break after a character that does not end a
    paragraph (the lines _cuts reads)."""
    found = [m.start() for m in audit_artifacts._OPEN_END.finditer(text)]
    plain = [
        i
        for i, c in enumerate(text)
        if c == "\n" and i > 0 and text[i - 1] != "\n" and text[i - 1] not in audit_artifacts._ENDED
    ]
    assert found == plain


_KEY_PIECES = [
    *"aAsZ019 ,.'’-–—/()\n\t\u00a0\x1c\u3000",
    *("the", "The", "it's", "John’s", "U.S.", "1,000.5", "well-known", "U.S.-led", "rav4"),
    *("votes", "Voted", "news", "éclair", "İstanbul", "Straße", " and ", ". ", "said"),
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_KEY_PIECES), max_size=80).map("".join), st.booleans())
def test_claim_keys_are_the_keys_word_by_word(text: str, cold: bool) -> None:
    """The claims' keys, found in one pipeline per document, are those of each claim's words,
    whether the memo knows the tokens or not."""
    doc = newsclaims.parse(text)
    if cold:
        _audit_text._token_key.clear()
        _audit_text._several_keys.clear()
    assert Index(doc).claim_keys == [keys_by_words(c.text) for c in doc.claims]
    assert Index(doc).claim_keys == [keys_by_words(c.text) for c in doc.claims]  # memo warm


_FACT_PIECES = [
    *"aAsZ019 ,.'’-\n\u00a0",
    *("two", "Two", "ten", "eleven", "1,000", "1,000.5", "3,5", "12.5", "2024", "the", "said"),
    *("May", "may", "March", "Paris", "Éric", "İstanbul", "ǅ", "Σ", "John’s", "second", "²"),
    *("th", "st", "TH", "nd", "7th", "21st", "３rd", "s"),  # (ordinals in digits: no figures)
    *("sT", "Th", "th'a", "th’s", "thँ"),  # (a suffix that is no word of its own)
    *(" 000", "\u202f000", "\u2009123", "45"),  # (thousands set apart by spaces)
]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_FACT_PIECES), max_size=40).map("".join) | st.text())
def test_numbers_and_words_are_those_of_the_facts(text: str) -> None:
    found = _audit_text.facts(text)
    assert _audit_text.numbers(text) == (found.numbers, found.digits)
    assert _audit_text.normed_words(text) == found.words


def test_an_ascii_capital_is_one_of_a_to_z() -> None:
    for c in map(chr, range(128)):
        assert ("A" <= c <= "Z") == (_audit_text._CAPITAL.match(c) is not None)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_FACT_PIECES), max_size=40).map("".join) | st.text())
def test_a_word_of_letters_and_digits_is_normed_by_lower_casing(text: str) -> None:
    # (ASCII only: norm() writes other scripts' digits in ASCII, "𝟎" and "٢" as "0" and "2".)
    for w in _audit_text._WORD.findall(text):
        if w.isascii() and w.isalnum():
            assert w.lower() == _audit_text.norm(w)

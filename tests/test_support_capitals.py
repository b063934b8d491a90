"""The support checker's capitalised words (of text outside ASCII found from the capitals
alone; of the candidates, worked out for the words asked about only) and the claims' keys (from
their own text) are those of the plain ways, kept here as the references."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.default_plugins import _audit_text, support

_NO_MARKS = [
    *"aAbBsSzZ019 ,.'’-–—“”‘\"()\n\t\u00a0\u2003\x1c\x1f\u3000!?:;",
    *"éÉüÜßİıſΣσςКкд이다²½ǅ",
    "The",
    "it's",
    "John’s",
    "O’Neill",
    "U.S.",
    "1,000.5",
    "Élysée",
    "d’Ivoire",
    "’Tis",
]
_MARKS = [*_NO_MARKS, "\u0301", "\u0307", "e\u0301", "’\u0301"]


def _plain(text: str) -> set[str]:
    return {
        _audit_text.norm(w)
        for w, _, _, initial in _audit_text.tokens(text)
        if not initial and _audit_text._CAPITAL.match(w)
    }


@settings(max_examples=800)
@given(st.lists(st.sampled_from(_NO_MARKS), max_size=40).map("".join))
def test_capitalised_words_of_text_without_marks(text: str) -> None:
    assert _audit_text.capitalised_words([text]) == _plain(text)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_MARKS), max_size=30).map("".join))
def test_capitalised_words_of_text_with_marks(text: str) -> None:
    assert _audit_text.capitalised_words([text]) == _plain(text)


def test_a_capital_after_a_mark_inside_a_word_opens_none() -> None:
    # "ab\u0301Cd" is one word (its letters and marks): no capital opens a word mid-sentence.
    text = "Then ab\u0301Cd went."
    assert _audit_text.capitalised_words([text]) == _plain(text) == set()


_KEY_TEXTS = st.lists(
    st.sampled_from([*_NO_MARKS, "\u0301", "al-Assad", "U.S.-led", "(AP)", "x/y", "—", "-"]),
    max_size=40,
).map("".join)


@settings(max_examples=300)
@given(_KEY_TEXTS)
def test_keys_of_a_text_not_separated_are_its_keys(text: str) -> None:
    """The claims' keys are read from their own text, which :func:`separated` never saw."""
    assert _audit_text.split_keys(text) == _audit_text.keys_by_words(text)
    assert _audit_text.split_keys(text) == _audit_text.keys(text)


# The support checker asks whether a word is capitalised mid-sentence in the candidates, and
# reads only the candidates whose case-folded text holds the word.

_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_case_folding_folds_a_lower_cased_character_as_the_character() -> None:
    assert all(c.lower().casefold() == c.casefold() for c in _ALL)
    assert not any(("'" in c.casefold() or "’" in c.casefold()) for c in _ALL if c not in "'’")


@settings(max_examples=300)
@given(
    st.lists(st.lists(st.sampled_from(_MARKS), max_size=20).map("".join), max_size=5),
    st.lists(st.lists(st.sampled_from(_MARKS), max_size=20).map("".join), max_size=2),
)
def test_words_asked_about_are_the_capitalised_words(texts: list[str], claim: list[str]) -> None:
    plain = _audit_text.capitalised_words(texts) | _audit_text.capitalised_words(claim)
    asked = support._Capitalised(tuple(texts)).plus(_audit_text.capitalised_words(claim))
    words = {_audit_text.norm(w) for t in texts + claim for w, _, _, _ in _audit_text.tokens(t)}
    for word in sorted(words | plain | {"the", "x", ""}):
        assert (word in asked) == (word in plain), word


def test_words_asked_about_with_apostrophes_and_folded_letters() -> None:
    texts = ("Then O’Neill and STRAẞE met.", "Later ΟΔΟΣ. and John’s İstanbul.", "No names.")
    asked = support._Capitalised(texts).plus(frozenset({"smith"}))
    plain = _audit_text.capitalised_words(texts) | {"smith"}
    assert {"o'neill", "straße", "οδος", "john", "i̇stanbul", "smith"} <= plain
    for word in sorted(plain | {"then", "names", "later", "met"}):
        assert (word in asked) == (word in plain), word

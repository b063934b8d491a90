"""The claim tokens the extractor records for the auditors give what splitting again gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclaims
from newsclaims import Document
from newsclaims.default_plugins import _audit_text, _claim_tokens
from newsclaims.default_plugins._audit_text import Index, keys_by_words, token_keys
from newsclaims.default_plugins._checkworthy import checkworthy
from newsclaims.testing import documents

# Characters that make words or break them, and tokens that hold punctuation or several words.
_PIECES = [
    *"aAsSzZ019 ,.'’-–—“”‘\"()\n\t\u00a0\x1c\u3000!?:;/",
    *"éÉßİıΣσКк\u0301²½",
    *("the", "The", "it's", "John’s", "U.S.", "U.S.-China", "1,000.5"),
    *("(AP)", "said,", "year-old", "rav4"),
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300)
@given(_TEXTS)
def test_keys_of_the_tokens_are_the_keys_word_by_word(text: str) -> None:
    assert token_keys(text.split()) == keys_by_words(text)
    assert token_keys(text.split()) == keys_by_words(text)  # again, from the memo


@settings(max_examples=300)
@given(_TEXTS)
def test_checkworthy_with_its_tokens_is_checkworthy(text: str) -> None:
    for speaker in (None, "Smith"):
        want = checkworthy(text, speaker=speaker)
        assert checkworthy(text, speaker=speaker, tokens=text.split()) is want


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=8).map("\n\n".join))
def test_the_recorded_tokens_are_the_claims_tokens(text: str) -> None:
    doc = newsclaims.parse(text)
    known = _claim_tokens.recorded(doc.text)
    for claim in doc.claims:
        assert known[claim.text] == claim.text.split()
    _audit_text._last = None
    assert Index(doc).claim_keys == [keys_by_words(c.text) for c in doc.claims]


@settings(max_examples=100, deadline=None)
@given(documents())
def test_claim_keys_of_a_document_nothing_was_recorded_for(doc: Document) -> None:
    _claim_tokens.record("another text", {})
    assert _claim_tokens.recorded(doc.text) == {}
    assert Index(doc).claim_keys == [keys_by_words(c.text) for c in doc.claims]


def test_tokens_are_recorded_for_one_document_only() -> None:
    one = newsclaims.parse("A first text about a thing. It rained in Paris.")
    assert _claim_tokens.recorded(one.text)["It rained in Paris."] == [
        "It",
        "rained",
        "in",
        "Paris.",
    ]
    two = newsclaims.parse("A second text about a thing.")
    assert _claim_tokens.recorded(one.text) == {}
    assert list(_claim_tokens.recorded(two.text)) == ["A second text about a thing."]
    # A copy of the text is another string: nothing is recorded for it.
    assert _claim_tokens.recorded("".join(list(two.text))) == {}

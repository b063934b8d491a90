"""The keys of claims and sentences found from tokens another component split (fast
paths) are the plain word-by-word keys.

Each fast path is compared with a plain reference (:func:`keys_by_words`, the word pattern run
over the text) on generated text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims import Claim, Document, Span
from newsclaims._memo import SPLITS, clear_text_caches, split
from newsclaims.default_plugins import _audit_text
from newsclaims.default_plugins._audit_text import Index, keys_by_words, text_keys, tokens_keys
from newsclaims.default_plugins._checkworthy import checkworthy

from .test_audit_fast_paths import _PIECES as _FAST_PATH_PIECES

# The fast-path tests' pieces, and tokens that hold several words' keys or unspaced runs.
_PIECES = [*_FAST_PATH_PIECES, "al-Assad", "政策金利", "U.S.-led"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300)
@given(_TEXTS)
def test_tokens_keys_are_the_keys_word_by_word(text: str) -> None:
    assert tokens_keys(text.split()) == keys_by_words(text)
    assert tokens_keys(tuple(text.split())) == keys_by_words(text)  # again, from the memo


@settings(max_examples=200)
@given(_TEXTS)
def test_keys_of_tokens_with_several_words_survive_a_cleared_memo(text: str) -> None:
    tokens_keys(text.split())
    _audit_text._several_keys.clear()  # as if another thread had just cleared it
    assert tokens_keys(text.split()) == keys_by_words(text)
    _audit_text._token_key.clear()
    assert tokens_keys(text.split()) == keys_by_words(text)


@settings(max_examples=200)
@given(_TEXTS)
def test_split_is_str_split(text: str) -> None:
    assert split(text) == tuple(text.split())
    assert split(text) == tuple(text.split())  # again, remembered


@settings(max_examples=100)
@given(st.lists(_TEXTS.filter(str.strip), min_size=1, max_size=8), st.booleans())
def test_claim_keys_are_the_plain_keys(texts: list[str], split_first: bool) -> None:
    # The claims' keys are the same whether or not the claims extractor split their texts
    # first (as its check-worthiness test does), and whether or not the support checker keyed
    # some of them.
    clear_text_caches()
    text = "\n".join(texts)
    claims = []
    at = 0
    for t in texts:
        claims.append(Claim(text=t, span=Span(at, at + len(t))))
        at += len(t) + 1
    if split_first:
        for t in texts:
            checkworthy(t)
        text_keys(texts[0])
    doc = Document(raw=text, text=text, claims=tuple(claims))
    assert Index(doc).claim_keys == [keys_by_words(t) for t in texts]
    assert [text_keys(t) for t in texts] == [keys_by_words(t) for t in texts]


def test_split_memo_is_bounded() -> None:
    clear_text_caches()
    for i in range(5000):
        split(f"word {i}")
    assert 0 < len(SPLITS) <= 1 << 12
    assert split("word 4999") == ("word", "4999")

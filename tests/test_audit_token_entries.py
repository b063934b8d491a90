"""The keys of tokens looked up all at once (an itemgetter of the tokens, whose entries also
find the tokens that hold several words' keys) are the plain word-by-word keys, for no token,
one token and many, with the memo warm, cold or cleared in between."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.default_plugins import _audit_text
from newsclaims.default_plugins._audit_text import keys_by_words, tokens_keys

_TOKENS = st.lists(
    st.sampled_from(
        ["al-Assad", "U.S.-led", "rav4", "votes", "the", "政策金利", "1,000.5", "John’s", "a"]
    ),
    max_size=6,
)


@pytest.mark.parametrize(
    "tokens",
    [[], ["al-Assad"], ["votes"], ["the"], ["U.S.-led", "talks"], ["al-Assad", "al-Assad"]],
)
def test_few_tokens(tokens: list[str]) -> None:
    text = " ".join(tokens)
    _audit_text._token_key.clear()
    _audit_text._several_keys.clear()
    assert tokens_keys(tokens) == keys_by_words(text)  # learnt
    assert tokens_keys(tokens) == keys_by_words(text)  # from the memo
    assert tokens_keys(tuple(tokens)) == keys_by_words(text)


@settings(max_examples=200)
@given(_TOKENS, st.booleans())
def test_tokens_keys_looked_up_at_once(tokens: list[str], clear_several: bool) -> None:
    text = " ".join(tokens)
    tokens_keys(tokens)
    if clear_several:
        _audit_text._several_keys.clear()  # as if another thread had just cleared it
    assert tokens_keys(tokens) == keys_by_words(text)

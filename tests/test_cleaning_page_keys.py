"""The page-like test's key search against the plain one: the keys written in capitals are
looked for only in a text that holds the capital each is paired with, which gives the same
answer as a search for every key."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.default_plugins import cleaning

# The keys, their pieces and near misses, in both cases, with other text around them.
_PIECES = [
    *cleaning._PAGE_KEYS,
    *("COPYRIGHT", "ALL RIGHTS RESERVED", "COOKIES", "SUBSCRIBE", "NEWSLETTER", "Copyright"),
    *("OPYRIGHt", "IGHTS RESERVEd", "OOKIe", "UBSCRi", "EWSLETTEr", "Y", "V", "K", "R", "L"),
    *("The plan was approved on Monday.", "\n", " ", "’", "©"),
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join) | st.text(
    alphabet="OPYRIGHTSEVDKUBCWLopyrightsevdkubcwl ©\n", max_size=40
)


def _plain(raw: str) -> bool:
    return any(key in raw for key in cleaning._PAGE_KEYS)


def _fast(raw: str) -> bool:
    return any(map(raw.__contains__, cleaning._PAGE_LOWER_KEYS)) or any(
        capital in raw and key in raw for capital, key in cleaning._PAGE_CAPITAL_KEYS
    )


def test_the_keys_are_split_whole() -> None:
    capitals = [key for _, key in cleaning._PAGE_CAPITAL_KEYS]
    assert sorted((*cleaning._PAGE_LOWER_KEYS, *capitals)) == sorted(cleaning._PAGE_KEYS)
    assert all(capital in key for capital, key in cleaning._PAGE_CAPITAL_KEYS)


@given(_TEXTS)
@settings(max_examples=500, deadline=None)
def test_page_keys_found_as_by_the_plain_search(raw: str) -> None:
    assert _fast(raw) == _plain(raw)


@given(_TEXTS)
@settings(max_examples=300, deadline=None)
def test_page_like_agrees_on_texts_with_a_key(raw: str) -> None:
    # A text that holds a key is a page whatever its lines: the fast path must say so.
    text = raw + "\nThe plan was approved on Monday by the city council.\n"
    lines = cleaning.Lines(text)
    if _plain(text):
        assert cleaning._page_like(lines, [False] * len(lines), [])

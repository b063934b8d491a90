"""The keys cache the support checker and the duplicate auditor share (session 8's speed round):
the same keys as the plain word-by-word implementation, whichever component asks first."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsclaims
from newsclaims._memo import clear_text_caches
from newsclaims.default_plugins._audit_text import index, keys, keys_by_words, text_keys
from newsclaims.default_plugins.support import _prepare

_TEXT = st.text(alphabet=st.sampled_from("ab Cé’'.,-–\n1 2 the said votes voted"), max_size=80)


@given(_TEXT)
def test_text_keys_are_the_keys_by_words(text: str) -> None:
    clear_text_caches()
    assert text_keys(text) == keys_by_words(text) == keys(text)
    assert text_keys(text) == keys_by_words(text)  # (cached)


def test_claim_keys_and_candidates_share_keys() -> None:
    clear_text_caches()
    text = (
        "Rates rose in May.\n\n"
        "The central bank raised its main rate to 5% on Tuesday, its officials said.\n\n"
        "Markets fell after the central bank raised its main rate to 5% on Tuesday."
    )
    doc = newsclaims.parse(text)
    claim_keys = index(doc).claim_keys
    assert claim_keys == [keys_by_words(c.text) for c in doc.claims]
    prepared = _prepare(tuple(c.text for c in doc.claims))
    assert list(prepared.keys) == claim_keys


def test_text_keys_memo_is_emptied_with_the_text_caches() -> None:
    from newsclaims.default_plugins import _audit_text

    text_keys("Prices rose sharply in May.")
    assert _audit_text._TEXT_KEYS
    clear_text_caches()
    assert not _audit_text._TEXT_KEYS

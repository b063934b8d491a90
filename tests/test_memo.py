"""The caches of per-sentence and per-text results: shared within a parse, emptied on demand."""

from __future__ import annotations

import newsclaims
from newsclaims._memo import _CACHES, clear_text_caches
from newsclaims.default_plugins import claims, support
from newsclaims.testing import manager_with

TEXT = (
    "Key points:\n"
    "1. Prices rose 5% in May.\n"
    "2. The mayor resigned.\n\n"
    "Prices rose 3% in May, the office said. The mayor resigned on Friday.\n\n"
    '"We have won the vote today in the city," Smith said.\n'
)


def test_the_text_caches_are_registered() -> None:
    for cache in (support._sentence, support._prepare, claims._word_counts, claims._turn_labels):
        assert cache in _CACHES


def test_clearing_empties_them_and_changes_no_result() -> None:
    pm = manager_with()
    first = newsclaims.parse(TEXT, plugin_manager=pm)
    assert sum(cache.cache_info().currsize for cache in _CACHES) > 0
    clear_text_caches()
    assert [cache.cache_info().currsize for cache in _CACHES] == [0] * len(_CACHES)
    again = newsclaims.parse(TEXT, plugin_manager=pm)
    assert again.to_json() == first.to_json()

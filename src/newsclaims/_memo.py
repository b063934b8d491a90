"""Caches of what the built-in plugins work out from one sentence or one document's text.

They share work between the components of one parse (auditors ask about the same sentences once
per claim). Across parses they only help where texts repeat, which a corpus of new documents
seldom does but a benchmark that parses the same documents round after round always does: it
empties them with :func:`clear_text_caches` before each round, so that its figures are those of
documents never seen. (Memos of single words, such as the audit's word keys, are kept: over a
corpus the vocabulary of news repeats, and a long run works with them warm.)
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_CACHES: list[functools._lru_cache_wrapper[Any]] = []


def text_cache(maxsize: int) -> Callable[[Callable[..., T]], functools._lru_cache_wrapper[T]]:
    """``functools.lru_cache(maxsize)``, registered for :func:`clear_text_caches`."""

    def decorate(func: Callable[..., T]) -> functools._lru_cache_wrapper[T]:
        cached = functools.lru_cache(maxsize=maxsize)(func)
        _CACHES.append(cached)
        return cached

    return decorate


def clear_text_caches() -> None:
    """Empty every cache made with :func:`text_cache`."""
    for cache in _CACHES:
        cache.cache_clear()

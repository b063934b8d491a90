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


_DICTS: list[dict[Any, Any]] = []


def text_dict() -> dict[Any, Any]:
    """A plain dict for a cache that its owner fills and bounds itself, registered for
    :func:`clear_text_caches`. (Asking it costs a ``get`` in C, where asking an
    ``lru_cache`` that misses costs several times more: for a cache that most calls miss.)"""
    found: dict[Any, Any] = {}
    _DICTS.append(found)
    return found


#: The white-space tokens (``str.split()``) of texts that a component split, for the others to
#: reuse (see :func:`split`).
SPLITS: dict[str, tuple[str, ...]] = text_dict()
_SPLITS_SIZE = 1 << 12


def split(text: str) -> tuple[str, ...]:
    """``text.split()``, remembered for the other components of the document: the claims
    extractor splits most claims to find their words, the duplicate auditor splits the same
    texts to key them. What it saves is more than the split: a string hashes once and keeps its
    hash, so the words another component looks up again are not hashed again.

    (A tuple: once the garbage collector has seen that it holds strings only, it stops
    tracking it, so the tokens kept here do not make its full collections longer.)
    """
    found = SPLITS.get(text)
    if found is None:
        if len(SPLITS) >= _SPLITS_SIZE:
            SPLITS.clear()
        found = SPLITS[text] = tuple(text.split())
    return found


def clear_text_caches() -> None:
    """Empty every cache made with :func:`text_cache` or :func:`text_dict`."""
    for cache in _CACHES:
        cache.cache_clear()
    for found in _DICTS:
        found.clear()

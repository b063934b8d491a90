"""Word lists for the built-in rules, written as white-space separated text."""

from __future__ import annotations

__all__ = ["words"]


def words(text: str) -> frozenset[str]:
    """Return the white-space separated words of ``text`` as a set."""
    return frozenset(text.split())

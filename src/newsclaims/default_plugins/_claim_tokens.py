"""The white-space tokens of each claim's text, split once per document for the built-in plugins.

Check-worthiness (in the claim extractor) and the alignment keys (in the auditors) both read a
claim word by word. The extractor records the tokens it split for a document; an auditor of the
same document takes them instead of splitting each claim again, and the tokens come with their
hashes already worked out by the extractor's set lookups. Nothing depends on the other plugin
having run: tokens not recorded (another extractor's claims) are split where they are needed.
"""

from __future__ import annotations

__all__ = ["record", "recorded", "tokens_of"]

# The text of the last document recorded and its claims' tokens, swapped together in one
# assignment (so a thread never pairs one document's text with another's tokens). Only the last
# document is kept: the auditors of a parse run right after its extractor.
_last: tuple[str, dict[str, list[str]]] = ("", {})


def record(doc_text: str, tokens: dict[str, list[str]]) -> None:
    """Record ``tokens`` (claim text -> ``text.split()``, never changed afterwards) for the
    document whose text is ``doc_text``."""
    global _last
    _last = (doc_text, tokens)


def recorded(doc_text: str) -> dict[str, list[str]]:
    """The tokens recorded for the document whose text is ``doc_text`` (this very string),
    else an empty dict. Callers must not change it."""
    text, tokens = _last
    # Identity, not equality: a cheap test, and the recorded text is held, so no other string
    # can take its place. (Every entry is right for any document anyway: it is text.split().)
    return tokens if text is doc_text else {}


def tokens_of(text: str, known: dict[str, list[str]]) -> list[str]:
    """``text.split()``, from ``known`` if it holds them."""
    found = known.get(text)
    return text.split() if found is None else found

"""Lossless text operations: merging removals, applying them, rebuilding the raw text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsclaims._model import Removal, Span

__all__ = ["apply_removals", "merge_removals", "paragraph_spans", "rebuild_raw"]


def merge_removals(raw: str, removals: Iterable[Removal]) -> tuple[Removal, ...]:
    """Merge removals from any number of cleaners into sorted, disjoint removals.

    Overlaps are resolved deterministically, whatever order the cleaners ran in: removals are
    sorted by (start, longest first, plugin, reason), and each character belongs to the first
    removal in that order that covers it; the later ones keep only what is left to them.
    Touching removals with the same plugin and reason are joined. Empty removals are dropped.
    Each result carries the removed characters in ``text``.
    """
    ordered = sorted(
        (r for r in removals if len(r.span)),
        key=lambda r: (r.span.start, -r.span.end, r.plugin, r.reason),
    )
    merged: list[Removal] = []
    covered = 0  # everything before this offset already belongs to a removal
    for r in ordered:
        start = max(r.span.start, covered)
        if start >= r.span.end:
            continue
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.span.end == start
            and prev.plugin == r.plugin
            and prev.reason == r.reason
        ):
            merged[-1] = Removal(
                span=Span(prev.span.start, r.span.end),
                reason=r.reason,
                plugin=r.plugin,
                text=raw[prev.span.start : r.span.end],
            )
        else:
            merged.append(
                Removal(
                    span=Span(start, r.span.end),
                    reason=r.reason,
                    plugin=r.plugin,
                    text=raw[start : r.span.end],
                )
            )
        covered = r.span.end
    return tuple(merged)


def apply_removals(raw: str, removals: Sequence[Removal]) -> str:
    """Return ``raw`` without the characters of sorted, disjoint ``removals``."""
    parts: list[str] = []
    pos = 0
    for r in removals:
        parts.append(raw[pos : r.span.start])
        pos = r.span.end
    parts.append(raw[pos:])
    return "".join(parts)


def rebuild_raw(text: str, removals: Sequence[Removal]) -> str:
    """Rebuild the raw text from the cleaned text and the removals that produced it."""
    parts: list[str] = []
    raw_pos = 0  # position in the raw text being rebuilt
    text_pos = 0
    for r in removals:
        keep = r.span.start - raw_pos
        parts.append(text[text_pos : text_pos + keep])
        parts.append(r.text)
        text_pos += keep
        raw_pos = r.span.end
    parts.append(text[text_pos:])
    return "".join(parts)


def paragraph_spans(text: str, span: Span | None = None) -> list[Span]:
    """Return the spans of the non-blank lines of ``text`` (within ``span``), trimmed of space.

    A line ends with LF, CRLF or a lone CR (old Mac files and some scrapes use CR alone).
    """
    start = 0 if span is None else span.start
    stop = len(text) if span is None else span.end
    out: list[Span] = []
    pos = start
    for brk in _LINE_BREAK.finditer(text, start, stop):
        _add_trimmed(text, pos, brk.start(), out)
        pos = brk.end()
    _add_trimmed(text, pos, stop, out)
    return out


_LINE_BREAK = re.compile(r"\r\n?|\n")


def _add_trimmed(text: str, a: int, b: int, out: list[Span]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        out.append(Span(a, b))

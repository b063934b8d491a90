"""Built-in plugin ``newsclaims.keypoints``: labels summary lists as ``key_points`` sections.

A key-points list is a run of at least two consecutive list items (lines that start with a
number such as ``1.`` or ``2)``, or with a bullet such as ``•``, ``-`` or ``*``), optionally
under a heading line such as "Key points" or "Highlights". Key points are full sentences: at
least two thirds of the items must end with a full stop, question or exclamation mark (before
any closing quote or citation marker) and have at least five words. That tells them apart from
reference lists, whose entries are titles without a final stop, and the list is never taken
under a heading such as "Sources" or "References", nor when its items carry URLs or start with
a bracketed label (``- [1] Title``). A citation marker that ends an item (``... on Monday [1].``)
is what AI-written key points carry, and does not make the item a reference entry. The section
covers the heading (if any) and the items.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclaims import Document, Register, Section, Sectioner, Span, hookimpl

_ITEM = regex.compile(r"^[^\S\n]*(?:\d{1,3}[.)]\)?|[•\-*–—▪◦‣●⁃])[^\S\n]+\S", regex.MULTILINE)
# Any list item at all, found fast: the scan looks for line breaks only.
_ANY_ITEM = regex.compile(r"\n[^\S\n]*(?:\d{1,3}[.)]|[•\-*–—▪◦‣●⁃])[^\S\n]+\S")
_LINE = regex.compile(r"[^\n]+")
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’)\]]*(?:[ ]?\[\d+(?:[,;\-–][ ]?\d+)*\])*[ \t]*$")
# (Markdown emphasis and heading marks around a heading are allowed: ``**Highlights**``.)
_KEY_HEADING = regex.compile(
    r"(?:[^\S\n]|[#*_])*(?i:key (?:points|takeaways|facts|findings)|takeaways|highlights|summary|"
    r"in brief|at a glance|what (?:we|you) (?:know|need to know)|the big picture|tl;?dr)"
    r"(?:[^\S\n]|[*_:])*$"
)
_REF_HEADING = regex.compile(
    r"(?:[^\S\n]|[#*_])*(?i:sources?|references?|bibliography|further reading|read (?:more|also)|"
    r"related(?: (?:articles|stories|links))?|see also|links|notes|citations?)(?:[^\S\n]|[*_:])*$"
)
_REFERENCE_LIKE = regex.compile(r"https?://|www\.|\(\d{4}\)|doi:|(?i:retrieved)")
# An item whose text starts with a bracketed label is a reference entry (``1. [1] Title``); a
# marker elsewhere in it cites a source for what the item says.
_LABEL_FIRST = regex.compile(r"[^\S\n]*(?:\d{1,3}[.)]\)?|[•\-*–—▪◦‣●⁃])[^\S\n]+\[\d+\]")


def key_points(doc: Document) -> Iterator[Section]:
    """Yield a ``key_points`` section for every summary list of full sentences in ``doc``."""
    for span in key_point_list_spans(doc.text):
        yield Section("key_points", span)


def key_point_list_spans(text: str) -> Iterator[Span]:
    """Yield the span of every key-points list of ``text`` (with its heading), in order.

    The page cleaner keeps these lines, so that the list and its heading reach the sectioner.
    """
    if _ANY_ITEM.search(text) is None and _ITEM.match(text) is None:
        return
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    i = 0
    while i < len(lines):
        if _ITEM.match(text, *lines[i]) is None:
            i += 1
            continue
        j = i
        while j < len(lines) and _ITEM.match(text, *lines[j]) is not None:
            j += 1
        items = lines[i:j]
        heading = lines[i - 1] if i > 0 else None
        if _is_key_point_list(text, items, heading):
            start = items[0][0]
            if heading is not None and _KEY_HEADING.match(text, *heading) is not None:
                start = heading[0]
            yield Span(start, items[-1][1])
        i = j


def _is_key_point_list(
    text: str, items: list[tuple[int, int]], heading: tuple[int, int] | None
) -> bool:
    if len(items) < 2:
        return False
    if heading is not None and _REF_HEADING.match(text, *heading) is not None:
        return False
    sentences = 0
    for start, end in items:
        line = text[start:end]
        if _REFERENCE_LIKE.search(line) is not None or _LABEL_FIRST.match(line) is not None:
            return False
        if _SENTENCE_END.search(line) is not None and len(line.split()) >= 6:
            sentences += 1
    return 3 * sentences >= 2 * len(items)


@hookimpl(trylast=True)
def newsclaims_register_sectioners(register: Register[Sectioner]) -> None:
    register("key-points", key_points)

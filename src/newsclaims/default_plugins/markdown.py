"""Built-in plugin ``newsclaims.markdown``: the Markdown marks of headings in AI-written text.

Chat assistants and AI search tools write their answers in Markdown: the title as ``# Title``
or ``**Title**``, subheadings as ``## Outlook``, a list's heading as ``**Key points:**``. The
marks are not the article's words. The cleaner ``markdown`` removes them, each with its reason
and losslessly like every removal, so that the headline sectioner sees ``Title`` and no claim
starts with ``#``.

Only the marks of a whole line go:

- ``markdown heading mark``: the run of one to six ``#`` at a line's start with the spaces after
  it (up to three spaces may come before it), and a closing run of ``#`` at the line's end;
- ``markdown emphasis of a heading``: the ``**`` or ``__`` pair around a whole line (a colon may
  follow the closing pair: ``**Key points**:``).

Inside a line, the marks of Markdown's inline syntax go too, so that claims read as the words
they are (``exports fell **12%**`` is ``exports fell 12%``):

- ``markdown emphasis``: a ``**`` pair around words inside a line (the opening pair after a
  space, a bracket or a quote and before a word; the closing pair after a word and before a
  space or punctuation: ``F**k`` and ``***`` are no pairs). A pair that opens its line or
  list item stays where it labels the line: a colon ends it or follows it after a comma, a
  bracket or a dash (``- **Ann Lee**, a senator: "..."``, ``**Costs:** ...``), and the claims
  extractor reads a bold name there as a speaker's; bold words that open a sentence lose their
  marks (``**Inflation rose 3%** in May.``). (``__``, rare in AI answers, stays inside a line:
  ``__init__`` is a name.)
- ``markdown link mark``: the ``[`` and the ``](https://...)`` of a link in the running prose
  (``the ministry [said on Friday](https://...) that``), which keeps its words. A link that
  cites a source (``([Reuters](https://...))``, a link after a sentence's end: see the
  citation parser), a link on a number (``[1](https://...)``, a marker), a link in a reference
  list or a sources line (``Sources: [Reuters](https://...), ...``) or that opens its line
  with few words after it (a list of links: ``- [Title](url) - Reuters``) and an image
  (``![...](...)``) keep their marks.

List bullets stay, and a hashtag (``#MeToo``: no space after the mark) is no heading. A line may
end with ``\\n`` or ``\\r\\n``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import repeat

from newsclaims import Cleaner, Document, Register, Removal, Span, hookimpl
from newsclaims.default_plugins.citations import cited_link_starts, prose_links
from newsclaims.default_plugins.references import (
    plain_list_spans,
    reference_list_spans,
    url_line_spans,
)

__all__ = ["heading_words", "line_matches", "markdown_removals", "newsclaims_register_cleaners"]

# (A line may open with a byte-order mark, which the cleaner ``bom`` removes: ``\ufeff?``.)
_HEADING = re.compile(
    r"^\ufeff?[ \t]{0,3}(#{1,6}[ \t]+)(?=\S)(?:.*?\S)??([ \t]+#+)?[ \t]*\r?$", re.M
)
_EMPHASIS = re.compile(r"^\ufeff?[ \t]*(\*\*|__)(?=[^\s*_])(?:.*?[^\s*_])\1:?[ \t]*\r?$", re.M)
_HEADING_MARK = "markdown heading mark"
_EMPHASIS_MARK = "markdown emphasis of a heading"
_INLINE_EMPHASIS = "markdown emphasis"
_LINK_MARK = "markdown link mark"
# What may stand before an opening pair and after a closing one: the start or end of the line,
# white space, brackets, quotes and punctuation (not a word's character, nor the mark's).
_OPEN_AFTER = frozenset(" \t\r\n([{\"'“‘«—–-/")
_CLOSE_BEFORE = frozenset(" \t\r\n)]}\"'”’».,;:!?—–-/")


@hookimpl(trylast=True)
def newsclaims_register_cleaners(register: Register[Cleaner]) -> None:
    """Register the cleaner ``markdown``."""
    register("markdown", clean_markdown)


def clean_markdown(doc: Document) -> list[Removal]:
    """Return the removals of the Markdown marks of the headings of ``doc.raw``."""
    return markdown_removals(doc.raw)


def markdown_removals(raw: str) -> list[Removal]:
    """The removals of the heading marks and the emphasis around whole lines of ``raw``, in
    text order."""
    out: list[Removal] = []
    for m in line_matches(raw, ("#",), _HEADING):
        out.append(_removal(m.start(1), m.end(1), _HEADING_MARK))
        if m.group(2) is not None:
            out.append(_removal(m.start(2), m.end(2), _HEADING_MARK))
    whole: set[int] = set()  # the marks of pairs around whole lines
    for m in line_matches(raw, ("**", "__"), _EMPHASIS):
        mark = len(m.group(1))
        close = raw.rindex(m.group(1), m.start(1) + mark, m.end())
        if raw.find(m.group(1), m.start(1) + mark, close) >= 0:
            continue  # pairs inside the line, not one around it: ``**Bold** and **more**``
        out.append(_removal(m.start(1), m.start(1) + mark, _EMPHASIS_MARK))
        out.append(_removal(close, close + mark, _EMPHASIS_MARK))
        whole.update((m.start(1), close))
    # (Speed: a character is looked for first, in C with memchr, many times faster than a
    # two-character search, and most texts have none.)
    if "*" in raw and "**" in raw:
        for start, close in _inline_pairs(raw, "**"):
            # (Bold words that open a line or a list item label it, a speaker's name among
            # others (``- **Ann Lee**, a senator: "..."``): the claims extractor reads them by
            # their marks.)
            # (Nor is a mark of the pair around a whole line one of an inline pair: ``**[**[**``.)
            if (
                start not in whole
                and close not in whole
                and (not _opens_line(raw, start) or not _labels(raw, close))
            ):
                out.append(_removal(start, start + 2, _INLINE_EMPHASIS))
                out.append(_removal(close, close + 2, _INLINE_EMPHASIS))
    if "]" in raw and "](" in raw:
        out.extend(_link_marks(raw))
    out.sort(key=lambda r: r.span.start)
    return out


def _labels(raw: str, close: int) -> bool:
    """Whether the bold words that open a line, closed by the pair at ``close``, label what
    follows: a colon ends them (``**Costs:** ...``, ``**Note**: ...``) or follows them on their
    line after a comma, a bracket or a dash (``**Ann Lee**, a senator: "..."``, ``**Ann Lee**
    (D-Mass.): "..."``). Bold words that open a sentence and go on in it label nothing:
    ``**Inflation rose to 3.2%** in March.``, ``**Ann Lee** said: "..."``."""
    if raw[close - 1] == ":":
        return True
    end = raw.find("\n", close, close + _LABEL_TAIL)
    tail = raw[close + 2 : close + _LABEL_TAIL if end < 0 else end]
    # (A colon after a verb is no label's: ``**Ann Lee** said: "..."`` reads as a sentence.)
    return tail[:1] == ":" or (
        tail.startswith((",", " (", " —", " –", " - ")) and (": " in tail or tail.endswith(":"))
    )


#: How far after the bold words that open a line a colon makes them a label (characters).
_LABEL_TAIL = 80


def _inline_pairs(raw: str, pair: str) -> Iterator[tuple[int, int]]:
    """The starts of the opening and closing ``pair`` of each emphasis inside a line, left to
    right: an opening pair is closed by the next closing pair on its line.

    (One left-to-right pass with ``str.find``: linear in the text, however many pairs.)
    """
    opened, line_end = -1, -1
    at = raw.find(pair)
    while at >= 0:
        end = at + 2
        before = raw[at - 1] if at else " "
        after = raw[end] if end < len(raw) else "\n"
        if at > line_end:
            opened = -1  # (a pair never closes on another line)
        if before == pair[0] or after == pair[0]:
            # A run of three marks or more (``***``, ``****``): no pair of this kind.
            while end < len(raw) and raw[end] == pair[0]:
                end += 1
            opened = -1
        elif opened >= 0 and not before.isspace() and after in _CLOSE_BEFORE:
            yield opened, at
            opened = -1
        elif before in _OPEN_AFTER and not after.isspace():
            opened = at  # (an earlier pair that did not close is no mark)
            line_end = raw.find("\n", at)
            if line_end < 0:
                line_end = len(raw)
        at = raw.find(pair, end)


def _link_marks(raw: str) -> Iterator[Removal]:
    """The removals of the marks of the links in the running prose of ``raw`` (see the module's
    docstring): ``[`` before the link's words, ``](url)`` after them."""
    links = prose_links(raw)
    if not links:
        return
    cited = cited_link_starts(raw, links)
    # (A sources line of links, ``Sources: [Reuters](https://...), [AP](https://...)``, too.)
    lists = [*reference_list_spans(raw), *plain_list_spans(raw), *url_line_spans(raw)]
    for m in links:
        start, end = m.span()
        if start in cited or any(s.start <= start < s.end for s in lists):
            continue
        if _opens_line(raw, start):
            # A link that opens its line is an entry of a list of links (``- [Title](url) -
            # Reuters``), unless a sentence goes on after it.
            line_end = raw.find("\n", end)
            tail = raw[end : line_end if 0 <= line_end < end + _TAIL_CHARS else end + _TAIL_CHARS]
            if len(tail.split()) < _SENTENCE_TAIL_WORDS:
                continue
        yield _removal(start, start + 1, _LINK_MARK)
        yield _removal(m.end("text"), end, _LINK_MARK)


def _opens_line(raw: str, at: int) -> bool:
    """Whether a mark or link at ``at`` opens its line: nothing before it on its line but white
    space, a bullet or an item's number (``_ITEM_LEAD`` characters at most, the only ones read:
    a long line is not read back to its start for each of its marks)."""
    lead = raw[max(0, at - _ITEM_LEAD - 1) : at]
    brk = lead.rfind("\n")
    if brk < 0 and at > _ITEM_LEAD:
        return False  # (the line starts further back)
    words = lead[brk + 1 :].split()
    return not words or (len(words) == 1 and (words[0] in _BULLETS or words[0][:-1].isdigit()))


_BULLETS = frozenset("-*+•·▪◦‣●")
#: The most characters a bullet or an item's number with its spaces takes before a link.
_ITEM_LEAD = 8
#: After a link that opens its line, this many words make a sentence, not an entry's tail.
_SENTENCE_TAIL_WORDS = 6
_TAIL_CHARS = 100


def line_matches(raw: str, marks: tuple[str, ...], pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """``pattern.finditer(raw)``, for a pattern that matches at a line's start a line that
    opens with one of ``marks`` (after spaces and tabs): only those lines are tried.

    Speed: the marks are found with ``str.find`` (in C), and most texts have none, instead of
    the pattern being tried at every line. Each line is looked at once per mark.
    """
    starts = set()
    for mark in marks:
        if mark[0] not in raw:
            continue  # (one character found by memchr: far faster than a two-character find)
        at = raw.find(mark)
        while at >= 0:
            line = raw.rfind("\n", 0, at) + 1
            if not raw[line:at].strip(" \t\ufeff"):
                starts.add(line)
            end = raw.find("\n", at)
            if end < 0:
                break
            at = raw.find(mark, end)
    return [m for m in map(pattern.match, repeat(raw), sorted(starts)) if m is not None]


def heading_words(line: str) -> str:
    """The words of a line that is a Markdown heading (``# Title``, ``**Title**``), without the
    marks this cleaner removes; ``""`` for any other line."""
    m = _HEADING.fullmatch(line)
    if m is not None:
        return line[m.end(1) : m.start(2) if m.group(2) is not None else len(line)].strip()
    m = _EMPHASIS.fullmatch(line)
    if m is not None:
        mark = m.group(1)
        return line[m.end(1) : line.rindex(mark, m.end(1))].strip()
    return ""


def _removal(start: int, end: int, reason: str) -> Removal:
    return Removal(span=Span(start, end), reason=reason)

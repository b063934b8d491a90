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

Emphasis inside a sentence and list bullets stay, and a hashtag (``#MeToo``: no space after the
mark) is no heading. A line may end with ``\\n`` or ``\\r\\n``.
"""

from __future__ import annotations

import re
from itertools import repeat

from newsclaims import Cleaner, Document, Register, Removal, Span, hookimpl

__all__ = ["heading_words", "line_matches", "markdown_removals", "newsclaims_register_cleaners"]

# (A line may open with a byte-order mark, which the cleaner ``bom`` removes: ``\ufeff?``.)
_HEADING = re.compile(
    r"^\ufeff?[ \t]{0,3}(#{1,6}[ \t]+)(?=\S)(?:.*?\S)??([ \t]+#+)?[ \t]*\r?$", re.M
)
_EMPHASIS = re.compile(r"^\ufeff?[ \t]*(\*\*|__)(?=[^\s*_])(?:.*?[^\s*_])\1:?[ \t]*\r?$", re.M)
_HEADING_MARK = "markdown heading mark"
_EMPHASIS_MARK = "markdown emphasis of a heading"


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
    for m in line_matches(raw, ("**", "__"), _EMPHASIS):
        mark = len(m.group(1))
        close = raw.rindex(m.group(1), m.start(1) + mark, m.end())
        out.append(_removal(m.start(1), m.start(1) + mark, _EMPHASIS_MARK))
        out.append(_removal(close, close + mark, _EMPHASIS_MARK))
    out.sort(key=lambda r: r.span.start)
    return out


def line_matches(raw: str, marks: tuple[str, ...], pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """``pattern.finditer(raw)``, for a pattern that matches at a line's start a line that
    opens with one of ``marks`` (after spaces and tabs): only those lines are tried.

    Speed: the marks are found with ``str.find`` (in C), and most texts have none, instead of
    the pattern being tried at every line. Each line is looked at once per mark.
    """
    starts = set()
    for mark in marks:
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

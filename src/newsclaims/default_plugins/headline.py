"""Built-in plugin ``newsclaims.headline``: label the headline as a ``headline`` section.

The headline is the first line of the cleaned text when it reads like one: a short line of
three to thirty words (in Chinese or Japanese, two characters a word) that does not end like a
sentence (also inside a closing quote mark: ``... "after the vote."``), a list item or a
citation marker whose entry opens a later line (``... in March ⟨1⟩`` over ``⟨1⟩ https://...``,
in any style, a plugin's too: a sentence that cites is body text), followed by more text, and
that is no byline or date stamp (``By Jane Doe``, ``Updated Oct 21, 2025, 06:18 PM``,
``Published 3 hours ago``).
A first line that is the title the caller (or a loader: an HTML page's ``<title>``) gave is the
headline whatever its shape (``Inflation``, ``The bank raised rates again.``), also when the
title adds the site's name after a separator (``Inflation | Daily News``): it is no sentence of
the body. The core then sets :attr:`Document.title` from it (unless the caller gave a title).
The page cleaner (``newsclaims.cleaning``) keeps one copy of a page's headline at the top and
removes the others, so this works on full-page scrapes as on plain articles.
"""

from __future__ import annotations

import re

from newsclaims import Document, Register, Section, Sectioner, Span, hookimpl
from newsclaims.default_plugins._lines import headline_like, line_words

__all__ = ["headline_section", "newsclaims_register_sectioners"]

#: How a lede that ends in a quotation ends: ``... trial would start "after the SONA."``.
_SENTENCE_ENDS = ('."', ".”", ".'", ".’")


@hookimpl(trylast=True)
def newsclaims_register_sectioners(register: Register[Sectioner]) -> None:
    """Register the sectioner ``headline``."""
    register("headline", headline_section)


def headline_section(doc: Document) -> list[Section]:
    """Return the ``headline`` section of ``doc.text``, if its first line is a headline."""
    text = doc.text
    start = len(text) - len(text.lstrip())
    if start == len(text):
        return []
    newline = text.find("\n", start)
    # (Old Mac text breaks its lines with a carriage return alone: CRLF breaks are cleaned.)
    cr = text.find("\r", start, len(text) if newline < 0 else newline)
    if cr >= 0:
        newline = cr
    if newline < 0 or not text[newline:].strip():
        return []  # a headline alone is not a headline of anything
    line = text[start:newline].rstrip()
    if doc.title is not None and _is_title(line, doc.title):
        return [Section("headline", Span(start, start + len(line)))]
    if line.endswith(_SENTENCE_ENDS) or not headline_like(line, line_words(line)):
        return []  # (a full stop inside the closing quote mark ends a sentence: a lede's)
    if line[-1] in _CLOSING and line[-2:-1].isdigit() and _cites(line, text, newline):
        return []
    return [Section("headline", Span(start, start + len(line)))]


#: What separates a page's title from the site's name: ``Inflation | Daily News``.
_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


def _is_title(line: str, title: str) -> bool:
    """Tell whether ``line`` is the document's given ``title``, alone or before the site's name
    (white space compared as single spaces)."""
    line = " ".join(line.split())
    title = " ".join(title.split())
    return title == line or (
        title.startswith(line) and title[len(line) : len(line) + 4].startswith(_SITE_SEPARATORS)
    )


#: The closing brackets a citation marker may end with in some style, a plugin's too: ``⟨1⟩``,
#: ``<2>``, ``{3}``, ``(4)`` (``]`` and ``】`` end no headline already).
_CLOSING = frozenset(")>}⟩〉》〕〗〙〛｝⟧⟫")
#: A marker at a line's end: an opening bracket, numbers, the closing bracket.
_END_MARKER = re.compile(r"([^\w\s])(\d{1,4})(?:[ ]?[,;–-][ ]?\d{1,4})*[^\w\s]$")


def _cites(line: str, text: str, newline: int) -> bool:
    """Tell whether ``line`` ends with a citation marker whose entry opens a later line of
    ``text``: ``... fell in March ⟨1⟩`` over ``⟨1⟩ https://example.org/a`` (a sentence that
    cites, whatever the marker style, not a headline)."""
    m = _END_MARKER.search(line, max(0, len(line) - 24))
    if m is None:
        return False
    label = f"{m.group(1)}{m.group(2)}{line[-1]}"
    return re.search(rf"^[ \t]*{re.escape(label)}", text[newline:], re.MULTILINE) is not None

"""newsclaims plugin for Reuters wire copy.

newsclaims finds this module through the entry point ``reuters`` in the ``newsclaims`` group.
It answers one decision hook and registers two cleaners:

- :func:`newsclaims_identify_source` names the source ``"Reuters"`` when a paragraph opens with
  a Reuters dateline (``LONDON (Reuters) -``, ``(Reuters) -``) or the URL is on reuters.com;
- the cleaner ``dateline`` removes the credit from such datelines and keeps the place;
- the cleaner ``trailer`` removes what follows the story: the credit lines
  (``Reporting by ...; Editing by ...``, ``Writing by ...``), the standards footer, and the
  story notes (``(This story has been corrected ...)``) wherever they stand.

Cleaners never edit text: they return :class:`newsclaims.Removal` items (a span of the raw text
and a reason), and the core takes them out losslessly. The module imports only public names
from :mod:`newsclaims`, as every third-party plugin must.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from newsclaims import Cleaner, Document, Register, Removal, Span, hookimpl

__all__ = [
    "SOURCE",
    "newsclaims_identify_source",
    "newsclaims_register_cleaners",
    "remove_dateline_credits",
    "remove_trailer",
]

#: The name this plugin gives the source (:attr:`newsclaims.Document.source`).
SOURCE = "Reuters"
#: The plugin's name when it is registered by hand (as the tests do) rather than by its entry
#: point, so that removals and error messages name it ``reuters`` either way.
newsclaims_name = "reuters"

# A dateline opens a line: an optional place in capitals (LONDON, NEW YORK/TOKYO, SÃO PAULO,
# optionally followed by a date such as ", March 3", or ", 12 mar" and ", 12. März" as the
# Spanish, Portuguese and German services write it), then the credit in parentheses, then a
# dash. Every part is bounded by the line, and no two runs of spaces touch, so matching takes
# time linear in the text.
_DATELINE = re.compile(
    r"^[ \t]*"
    r"(?:(?P<place>[A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ.'’/-]|[ \t](?=[A-ZÀ-ÖØ-Þ]))*"
    r"(?:,[ \t]*(?:[A-Z][a-z]+\.?[ \t]+\d{1,2}|\d{1,2}\.?[ \t]+[^\W\d_]{3,10}\.?))?)"
    r"[ \t]*)?"
    r"(?P<credit>\((?:Thomson[ \t]+)?Reuters(?:[ \t]+[A-Z][A-Za-z]+)?\))"
    r"(?P<dash>[ \t]*[-–—][ \t]*)",
    re.MULTILINE,
)

# Credit lines: "Reporting by A in B; Additional reporting by C; Editing by D", "Writing by E",
# possibly in parentheses. No sentence punctuation, except the full stop after an initial.
_CREDIT = re.compile(
    r"\(?(?:(?:Additional|Further)[ \t]+)?"
    r"(?:Reporting|Writing|Editing|Compiled|Graphics|Research|Production)"
    r"(?:[ \t]+and[ \t]+(?:writing|editing|reporting))?[ \t]+by[ \t]"
    r"(?:[^.!?\n]|(?<=\b[A-Z])\.)*\)?"
)
# Notes Reuters adds when it changes a story, in parentheses on a line of their own.
_NOTE = re.compile(
    r"\((?:This|The)[ \t]+(?:story|article|version)[ \t]+(?:has[ \t]+been|was|is)[ \t]+"
    r"(?:corrected|refiled|updated|changed|amended)\b[^\n]*\)"
)
_STANDARDS = re.compile(r"Our Standards:[ \t]*The Thomson Reuters Trust Principles\.?")

_LINE = re.compile(r"[^\n]*(?:\n|$)")


def _is_reuters(doc: Document) -> bool:
    return doc.source == SOURCE or _DATELINE.search(doc.raw) is not None


@hookimpl
def newsclaims_identify_source(raw: str, url: str | None) -> str | None:
    """Name the source ``"Reuters"`` for a story with a Reuters dateline or a reuters.com URL."""
    if url is not None:
        host = (urlsplit(url).hostname or "").lower()
        if host == "reuters.com" or host.endswith(".reuters.com"):
            return SOURCE
    if _DATELINE.search(raw) is not None:
        return SOURCE
    return None


def remove_dateline_credits(doc: Document) -> Iterator[Removal]:
    """Remove the credit of every Reuters dateline, keeping the place.

    ``LONDON (Reuters) - The pound`` becomes ``LONDON - The pound``; a dateline without a place,
    ``(Reuters) - The pound``, goes entirely, leaving ``The pound``.
    """
    for m in _DATELINE.finditer(doc.raw):
        if m.group("place"):
            span = Span(m.end("place"), m.end("credit"))
        else:
            span = Span(m.start("credit"), m.end("dash"))
        yield Removal(span=span, reason="Reuters credit in the dateline")


def _line_reason(line: str) -> str | None:
    stripped = line.strip()
    if _CREDIT.fullmatch(stripped):
        return "reporting and editing credits"
    if _NOTE.fullmatch(stripped):
        return "note on a corrected or refiled story"
    if _STANDARDS.fullmatch(stripped):
        return "Reuters standards footer"
    return None


def remove_trailer(doc: Document) -> Iterator[Removal]:
    """Remove the credit lines and notes after the story, and story notes anywhere.

    Only lines at the very end (after the last line of the story, blank lines aside) are taken
    as credits, so a sentence in the body that happens to start "Reporting by" stays. A note on
    a corrected or refiled story is removed wherever it stands, as it often opens the story.
    Only stories from Reuters are touched.
    """
    if not _is_reuters(doc):
        return
    lines = [(m.start(), m.end()) for m in _LINE.finditer(doc.raw) if m.end() > m.start()]
    in_trailer = True
    found: list[Removal] = []
    for start, end in reversed(lines):
        line = doc.raw[start:end]
        if not line.strip():
            continue
        reason = _line_reason(line)
        if reason is None:
            in_trailer = False
            continue
        if in_trailer or reason.startswith("note"):
            found.append(Removal(span=Span(start, end), reason=reason))
    yield from reversed(found)


@hookimpl
def newsclaims_register_cleaners(register: Register[Cleaner]) -> None:
    """Register the cleaners ``dateline`` and ``trailer``."""
    register("dateline", remove_dateline_credits)
    register("trailer", remove_trailer)

"""Built-in plugin ``newsclaims.linebreaks``: Windows line breaks (CRLF) read as plain ones, and
a byte-order mark taken off the start.

Text saved on Windows, and much text served over HTTP, ends its lines with ``\\r\\n``. The
cleaner ``crlf`` removes the ``\\r`` of each such line break, with the reason ``carriage
return``, so that the sectioners, the splitter, the citation parsers and the claim extractor
all see ``\\n`` line breaks and find the same headline, key points, reference list and claims
as in the same text with plain line breaks. Like every removal it is lossless: the raw text,
carriage returns and all, rebuilds from the cleaned text and the removals, and offsets map back
to it. (Cleaners read the raw text: each of them reads lines with either kind of break.)

A carriage return that is not followed by ``\\n`` is left alone: it may be the only thing that
separates two lines (old Mac text), and removing it would join them.

Windows editors also start a UTF-8 file with a byte-order mark (U+FEFF), which marks the
encoding and is no part of the text; read as UTF-8, it stays at the start of the text and would
open the first claim. The cleaner ``bom`` removes it there, with the reason ``byte-order mark``
(a U+FEFF further on, a zero-width no-break space, is left to the text).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from newsclaims import Cleaner, Document, Register, Removal, Span, hookimpl

__all__ = ["bom_removals", "crlf_removals", "lf_view", "newsclaims_register_cleaners"]

REASON = "carriage return"
BOM_REASON = "byte-order mark"


@hookimpl(trylast=True)
def newsclaims_register_cleaners(register: Register[Cleaner]) -> None:
    """Register the cleaners ``crlf`` and ``bom``."""
    register("crlf", clean_crlf)
    register("bom", clean_bom)


def clean_crlf(doc: Document) -> list[Removal]:
    """Return the removals of the carriage returns of the CRLF line breaks of ``doc.raw``."""
    return crlf_removals(doc.raw)


def crlf_removals(raw: str) -> list[Removal]:
    """The removals of the ``\\r`` of every ``\\r\\n`` in ``raw``, in text order."""
    return [Removal(span=Span(at, at + 1), reason=REASON) for at in _carriage_returns(raw)]


def clean_bom(doc: Document) -> list[Removal]:
    """Return the removal of the byte-order mark that starts ``doc.raw``, if one does."""
    return bom_removals(doc.raw)


def bom_removals(raw: str) -> list[Removal]:
    """The removal of a byte-order mark (U+FEFF) at the start of ``raw``; none elsewhere."""
    return [Removal(span=Span(0, 1), reason=BOM_REASON)] if raw.startswith("\ufeff") else []


def _carriage_returns(raw: str) -> list[int]:
    """Where the ``\\r`` of each ``\\r\\n`` of ``raw`` stands, in order."""
    out: list[int] = []
    if "\r" not in raw:
        return out  # (one character is found by memchr, many times faster than two; most
        # text has none)
    at = raw.find("\r\n")
    while at >= 0:
        out.append(at)
        at = raw.find("\r\n", at + 2)
    return out


def lf_view(raw: str) -> tuple[str, Callable[[int], int]]:
    """``raw`` with its CRLF breaks made LF, and the function that maps an offset of that text
    back to ``raw``: for a cleaner that reads lines whose breaks must be ``\\n`` alone.

    An offset at a line break maps to the carriage return before it, so a removal that ends
    at a line's end leaves the carriage return to ``crlf``, and one that takes the line break
    takes both characters.
    """
    # Where the line feed of each CRLF stands in the LF text.
    shifted = [at - k for k, at in enumerate(_carriage_returns(raw))]
    if not shifted:
        return raw, int
    return raw.replace("\r\n", "\n"), lambda offset: offset + bisect_left(shifted, offset)

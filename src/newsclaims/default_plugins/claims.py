"""Built-in plugin ``newsclaims.claims``: every body sentence is a statement claim.

The claim is the sentence without the citation markers that trail it, so that its text reads as
prose; the core links those markers to it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from newsclaims import Claim, ClaimExtractor, Document, Register, Span, hookimpl


def extract(doc: Document) -> Iterator[Claim]:
    """Yield one statement claim per sentence of the body sections."""
    marker_starts = [m.span.start for m in doc.markers]
    for span in doc.sentences:
        section = doc.section_at(span.start)
        if section is None or section.kind != "body":
            continue
        end = _strip_trailing_markers(doc, span, marker_starts)
        if end > span.start:
            claim_span = Span(span.start, end)
            yield Claim(text=claim_span.slice(doc.text), span=claim_span, kind="statement")


def _strip_trailing_markers(doc: Document, span: Span, starts: list[int]) -> int:
    end = span.end
    i = bisect.bisect_left(starts, span.end) - 1
    while i >= 0:
        m = doc.markers[i]
        if m.span.end < span.start or doc.text[m.span.end : end].strip():
            break
        end = m.span.start
        i -= 1
    while end > span.start and doc.text[end - 1].isspace():
        end -= 1
    return end


@hookimpl(trylast=True)
def newsclaims_register_claim_extractors(register: Register[ClaimExtractor]) -> None:
    register("statements", extract)

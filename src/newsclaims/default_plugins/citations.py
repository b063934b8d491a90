"""Built-in plugin ``newsclaims.citations``: numbered inline markers such as ``[1, 2]``."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclaims import Citation, CitationParser, Document, Marker, Register, Span, hookimpl

_MARKER = regex.compile(r"\[(\d{1,4}(?:\s*[,;]\s*\d{1,4})*)\]")


def parse_markers(doc: Document) -> Iterator[Marker | Citation]:
    """Yield every bracketed numeric marker outside the reference list."""
    for section in doc.sections:
        if section.kind == "references":
            continue
        for m in _MARKER.finditer(doc.text, section.span.start, section.span.end):
            labels = tuple(regex.split(r"\s*[,;]\s*", m.group(1)))
            yield Marker(span=Span(m.start(), m.end()), labels=labels, style="brackets")


@hookimpl(trylast=True)
def newsclaims_register_citation_parsers(register: Register[CitationParser]) -> None:
    register("markers", parse_markers)

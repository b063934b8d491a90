"""Built-in plugin ``newsclaims.citations``: the built-in citation styles and citation parser.

It registers every built-in marker style (``[1, 2]``, ``[1][2]``, ``[1-3]``, ``¹``, ``[^1]``,
``【1】``, ``[citation needed]``...) and reference style (``[1] ...`` lines or run together,
``1. ...``, ``1) ...``, ``¹ ...``, Markdown footnote definitions and links), and the parser
that reads the entries of the ``references`` sections and the markers of all other text.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from newsclaims import (
    BracketMarkers,
    Citation,
    CitationNeeded,
    CitationParser,
    Document,
    FootnoteMarkers,
    FootnoteReferences,
    MarkdownLinkReferences,
    Marker,
    MarkerStyle,
    NumberedReferences,
    ReferenceStyle,
    Register,
    Span,
    SuperscriptMarkers,
    hookimpl,
    parse_entry_body,
    parse_markers,
    parse_references,
)
from newsclaims.default_plugins.references import plain_entries

#: The built-in marker styles, by name, in the order they are registered.
MARKER_STYLES: dict[str, MarkerStyle] = {
    "brackets": BracketMarkers(),
    "brackets_compact": BracketMarkers(separator=","),
    "brackets_semicolon": BracketMarkers(separator="; "),
    "brackets_each": BracketMarkers(each=True),
    "brackets_range": BracketMarkers(dash="-"),
    "brackets_en_dash": BracketMarkers(dash="–"),
    "superscript": SuperscriptMarkers(),
    "footnote": FootnoteMarkers(),
    "footnote_caret": FootnoteMarkers(caret=True),
    "fullwidth": BracketMarkers(open="【", close="】", separator="、"),
    "citation_needed": CitationNeeded(),
}

#: The built-in reference-list styles, by name, in the order they are registered.
REFERENCE_STYLES: dict[str, ReferenceStyle] = {
    "brackets": NumberedReferences(),
    "run_together": NumberedReferences(run_together=True),
    "numbered": NumberedReferences(kind="dot"),
    "numbered_paren": NumberedReferences(kind="paren"),
    "superscript": NumberedReferences(kind="superscript"),
    "footnotes": FootnoteReferences(),
    "markdown_links": MarkdownLinkReferences(),
}


_BULLET = regex.compile(r"^[-*•▪◦‣●]\s+")


def parse_citations(doc: Document) -> Iterator[Marker | Citation]:
    """Yield the entries of the ``references`` sections, then the markers of all other text.

    A section that no reference style reads is a list of unnumbered source lines under a
    sources heading (``Sources`` then ``Reuters - Title`` lines): each line is an entry,
    labelled ``1``, ``2``... in order, as Markdown link entries are."""
    labels: list[str] = []
    text = doc.text
    for section in doc.sections_of("references"):
        offset = section.span.start
        entries = parse_references(section.span.slice(doc.text))
        for entry in entries:
            assert entry.span is not None  # parse_references always sets it
            labels.append(entry.label)
            yield attrs.evolve(entry, span=Span(entry.span.start + offset, entry.span.end + offset))
        if not entries:
            # Unnumbered lines under a sources heading: labelled 1, 2... in order.
            for n, (start, end) in enumerate(plain_entries(text, section.span.start), 1):
                labels.append(str(n))
                body = _BULLET.sub("", text[start:end])
                yield Citation(
                    label=str(n),
                    raw=text[start:end],
                    span=Span(start, end),
                    **parse_entry_body(body),
                )
        # Blank the list out (same length, so offsets stay) before looking for markers.
        start, end = section.span.start, section.span.end
        text = text[:start] + regex.sub(r"[^\n]", " ", text[start:end]) + text[end:]
    yield from parse_markers(text, known_labels=labels)


@hookimpl(trylast=True)
def newsclaims_register_marker_styles(register: Register[MarkerStyle]) -> None:
    for name, style in MARKER_STYLES.items():
        register(name, style)


@hookimpl(trylast=True)
def newsclaims_register_reference_styles(register: Register[ReferenceStyle]) -> None:
    for name, style in REFERENCE_STYLES.items():
        register(name, style)


@hookimpl(trylast=True)
def newsclaims_register_citation_parsers(register: Register[CitationParser]) -> None:
    register("markers", parse_citations)

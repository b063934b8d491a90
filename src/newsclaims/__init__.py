"""newsclaims: turn news text into structured, auditable claims.

>>> import newsclaims
>>> doc = newsclaims.parse("The council approved the budget on Monday [1]. It takes effect in May.")
>>> [(c.text, c.citations) for c in doc.claims]
[('The council approved the budget on Monday [1].', ('1',)), ('It takes effect in May.', ())]
"""

from __future__ import annotations

from newsclaims._batch import Failure, load_records, parse_many
from newsclaims._citations import (
    BracketMarkers,
    CitationNeeded,
    FootnoteMarkers,
    FootnoteReferences,
    MarkdownLinkReferences,
    NumberedReferences,
    SuperscriptMarkers,
    format_entry_body,
    format_markers,
    format_references,
    marker_styles,
    parse_entry_body,
    parse_markers,
    parse_references,
    reference_styles,
)
from newsclaims._components import (
    Auditor,
    CitationParser,
    ClaimExtractor,
    Cleaner,
    Loader,
    MarkerStyle,
    Record,
    ReferenceStyle,
    Register,
    Sectioner,
    SentenceSplitter,
    Support,
    SupportChecker,
)
from newsclaims._guard import GuardedPattern, compile_regex
from newsclaims._inputs import open_input
from newsclaims._model import (
    CLAIM_KINDS,
    SECTION_KINDS,
    SEVERITIES,
    Citation,
    Claim,
    Document,
    Finding,
    Marker,
    Removal,
    Section,
    Span,
)
from newsclaims._pipeline import check_support, parse, split_sentences
from newsclaims._plugins import hookimpl, make_plugin_manager
from newsclaims._read import parse_file, read_text
from newsclaims._report import render_index, render_report
from newsclaims._serialize import SCHEMA_VERSION
from newsclaims.errors import (
    InputError,
    NewsclaimsError,
    PluginError,
    PluginLoadError,
    RegexTimeoutError,
    SchemaError,
)

__version__ = "0.1.0"

__all__ = [
    "CLAIM_KINDS",
    "SCHEMA_VERSION",
    "SECTION_KINDS",
    "SEVERITIES",
    "Auditor",
    "BracketMarkers",
    "Citation",
    "CitationNeeded",
    "CitationParser",
    "Claim",
    "ClaimExtractor",
    "Cleaner",
    "Document",
    "Failure",
    "Finding",
    "FootnoteMarkers",
    "FootnoteReferences",
    "GuardedPattern",
    "InputError",
    "Loader",
    "MarkdownLinkReferences",
    "Marker",
    "MarkerStyle",
    "NewsclaimsError",
    "NumberedReferences",
    "PluginError",
    "PluginLoadError",
    "Record",
    "ReferenceStyle",
    "RegexTimeoutError",
    "Register",
    "Removal",
    "SchemaError",
    "Section",
    "Sectioner",
    "SentenceSplitter",
    "Span",
    "SuperscriptMarkers",
    "Support",
    "SupportChecker",
    "__version__",
    "check_support",
    "compile_regex",
    "format_entry_body",
    "format_markers",
    "format_references",
    "hookimpl",
    "load_records",
    "make_plugin_manager",
    "marker_styles",
    "open_input",
    "parse",
    "parse_entry_body",
    "parse_file",
    "parse_many",
    "parse_markers",
    "parse_references",
    "read_text",
    "reference_styles",
    "render_index",
    "render_report",
    "split_sentences",
]

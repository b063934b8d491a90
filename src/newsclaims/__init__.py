"""newsclaims: turn news text into structured, auditable claims.

>>> import newsclaims
>>> doc = newsclaims.parse("The council approved the budget on Monday [1]. It takes effect in May.")
>>> [(c.text, c.citations) for c in doc.claims]
[('The council approved the budget on Monday [1].', ('1',)), ('It takes effect in May.', ())]
"""

from __future__ import annotations

from newsclaims._batch import Failure, load_records, parse_many
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
from newsclaims._pipeline import parse, split_sentences
from newsclaims._plugins import hookimpl, make_plugin_manager
from newsclaims._read import parse_file, read_text
from newsclaims._serialize import SCHEMA_VERSION
from newsclaims.errors import (
    InputError,
    NewsclaimsError,
    PluginError,
    PluginLoadError,
    SchemaError,
)

__version__ = "0.1.0"

__all__ = [
    "CLAIM_KINDS",
    "SCHEMA_VERSION",
    "SECTION_KINDS",
    "SEVERITIES",
    "Auditor",
    "Citation",
    "CitationParser",
    "Claim",
    "ClaimExtractor",
    "Cleaner",
    "Document",
    "Failure",
    "Finding",
    "InputError",
    "Loader",
    "Marker",
    "MarkerStyle",
    "NewsclaimsError",
    "PluginError",
    "PluginLoadError",
    "Record",
    "ReferenceStyle",
    "Register",
    "Removal",
    "SchemaError",
    "Section",
    "Sectioner",
    "SentenceSplitter",
    "Span",
    "Support",
    "SupportChecker",
    "__version__",
    "hookimpl",
    "load_records",
    "make_plugin_manager",
    "open_input",
    "parse",
    "parse_file",
    "parse_many",
    "read_text",
    "split_sentences",
]

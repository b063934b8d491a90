"""Fuzzing the whole pipeline, with every installed plugin, for its invariants.

``make test`` runs the property for the ``default`` hypothesis profile (about 200 examples);
``make fuzz`` runs it again and again for ``NEWSCLAIMS_FUZZ_SECONDS`` and prints how many
examples it tried. The invariants, for any text:

- ``parse`` returns a document, or raises :class:`InputError` for text with a lone surrogate;
  nothing else (a built-in or installed plugin that fails on odd text is a bug it finds);
- every span lies in its text and claims are the text at their spans;
- the raw text rebuilds exactly from the cleaned text and the removals;
- the output is deterministic, valid against ``schema/v1.json`` and round-trips.
"""

from __future__ import annotations

import json
import os
import time
from functools import cache
from typing import Any

import jsonschema
import pluggy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclaims
from newsclaims import Document, InputError
from newsclaims._serialize import load_schema
from newsclaims._text import rebuild_raw
from newsclaims.testing import article_texts, texts

VALIDATOR = jsonschema.Draft202012Validator(load_schema())

# Pieces that have broken text tools before: markers, dots, abbreviations, quotes, unclosed
# brackets, every line end, bidi and zero-width controls, NUL, combining marks, astral
# characters, and a lone surrogate now and then.
_PIECES = [
    "[1]",
    "[12, 3]",
    "[",
    "]",
    "(",
    ".",
    "...",
    "…",
    "Mr. ",
    "U.S. ",
    "a.m. ",
    '"',
    "“",
    "”",
    "'",
    "’",
    "\n",
    "\r",
    "\r\n",
    "\n\n",
    "\u2028",
    "\u0085",
    "\t",
    " ",
    "\u00a0",
    "\x00",
    "\x1b",
    "\u200b",
    "\u200f",
    "\u202e",
    "\ufeff",
    "e\u0301",
    "🙂",
    "𝐀",
    "A",
    "The",
    "1",
    "2024",
    "said",
    "قال",
    "שר",
    "東京",
    "¹",
    "^1",
    "[^1]",
    "http://x.y/z",
    "\ud800",
]


@st.composite
def hostile_texts(draw: st.DrawFn) -> str:
    """Article text, random text and runs of awkward pieces, spliced together."""
    parts = draw(
        st.lists(
            st.one_of(
                article_texts(max_paragraphs=3),
                texts(max_size=200),
                st.text(max_size=80),
                st.tuples(st.sampled_from(_PIECES), st.integers(1, 60)).map(lambda t: t[0] * t[1]),
            ),
            max_size=6,
        )
    )
    return "".join(parts)


@cache
def _manager() -> pluggy.PluginManager:
    # Every installed plugin (those under plugins/ are installed by `make test`) and the
    # built-ins: the fuzzing covers what users run.
    return newsclaims.make_plugin_manager()


EXAMPLES = [0]
#: Seconds each component may take on one fuzzed text (they take milliseconds).
TIME_LIMIT = 2.0


def check_invariants(raw: str) -> None:
    EXAMPLES[0] += 1
    pm = _manager()
    try:
        # The time limit turns a hang (an endless loop in a plugin) into a failing example.
        doc = newsclaims.parse(raw, plugin_manager=pm, id="fuzz", time_limit=TIME_LIMIT)
    except InputError:
        assert any("\ud800" <= ch <= "\udfff" for ch in raw)
        return
    assert doc.raw == raw
    assert rebuild_raw(doc.text, doc.removals) == raw
    for r in doc.removals:
        assert r.span.slice(raw) == r.text
    n = len(doc.text)
    for span in [
        *doc.sentences,
        *(s.span for s in doc.sections),
        *(m.span for m in doc.markers),
        *(c.span for c in doc.citations if c.span is not None),
        *(f.span for f in doc.findings if f.span is not None),
    ]:
        assert 0 <= span.start <= span.end <= n
    for claim in doc.claims:
        assert claim.span.slice(doc.text) == claim.text
    out = doc.to_json()
    out.encode("utf-8")
    data = json.loads(out)
    VALIDATOR.validate(data)
    assert Document.from_dict(data) == doc
    again = newsclaims.parse(raw, plugin_manager=pm, id="fuzz", time_limit=TIME_LIMIT)
    assert again.to_json() == out


@given(hostile_texts())
def test_the_pipeline_keeps_its_invariants_on_hostile_text(raw: str) -> None:
    check_invariants(raw)


_STAGES = [
    "newsclaims_register_cleaners",
    "newsclaims_register_sectioners",
    "newsclaims_register_citation_parsers",
    "newsclaims_register_claim_extractors",
    "newsclaims_register_auditors",
]


def _failing(hook: str, how: str) -> object:
    """A plugin whose one component, for ``hook``, fails in the way ``how``."""

    def component(doc: Document) -> object:
        if how == "raise":
            raise RuntimeError("fuzzed failure")
        if how == "type":
            return [object()]
        return [newsclaims.Span(0, len(doc.raw) + len(doc.text) + 1)]  # outside any text

    def register_it(register: Any) -> None:
        register("fuzzed", component)

    register_it.__name__ = hook
    return type("Failing", (), {hook: staticmethod(newsclaims.hookimpl(register_it))})


@given(hostile_texts(), st.sampled_from(_STAGES), st.sampled_from(["raise", "type", "span"]))
@settings(max_examples=50)
def test_keep_going_keeps_any_document_whatever_fails(raw: str, hook: str, how: str) -> None:
    if any("\ud800" <= ch <= "\udfff" for ch in raw):
        return
    pm = newsclaims.make_plugin_manager(entry_points=False, plugins=[_failing(hook, how)])
    doc = newsclaims.parse(raw, plugin_manager=pm, keep_going=True)
    assert doc.raw == raw and rebuild_raw(doc.text, doc.removals) == raw
    (failure,) = [f for f in doc.findings if f.kind == "plugin_error"]
    assert failure.plugin == "Failing" and "'fuzzed' failed" in failure.message
    VALIDATOR.validate(json.loads(doc.to_json()))


FUZZ_SECONDS = os.environ.get("NEWSCLAIMS_FUZZ_SECONDS")


@pytest.mark.fuzz
@pytest.mark.skipif(not FUZZ_SECONDS, reason="set NEWSCLAIMS_FUZZ_SECONDS (make fuzz)")
def test_fuzz_the_pipeline_for_a_while(capsys: pytest.CaptureFixture[str]) -> None:
    """Run the property in rounds of fresh random examples until the time is up.

    It takes three quarters of ``NEWSCLAIMS_FUZZ_SECONDS``; the citation round trips take the
    rest (tests/test_citations_roundtrip.py), so that `make fuzz` keeps to the time it is given.
    """
    seconds = 0.75 * float(FUZZ_SECONDS or 0)
    deadline = time.monotonic() + seconds
    start = EXAMPLES[0]
    rounds = 0
    fuzz = settings(
        max_examples=500,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )(given(hostile_texts())(check_invariants))
    try:
        while time.monotonic() < deadline:
            fuzz()
            rounds += 1
    finally:
        with capsys.disabled():
            print(
                f"\nnewsclaims fuzz: {EXAMPLES[0] - start} examples tried "
                f"({rounds} rounds of 500) in {seconds:.0f} s"
            )

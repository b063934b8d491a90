"""The pipeline: plugins change the output, failures name their plugin, output is stable."""

from __future__ import annotations

import random
from collections.abc import Iterable

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclaims
from newsclaims import Claim, Document, Finding, PluginError, Removal, Section, Span, hookimpl
from newsclaims.testing import article_texts, documents, manager_with, run_cleaner


class DropFirstLine:
    """A cleaner plugin of a few lines: removes the first line as navigation."""

    @hookimpl
    def newsclaims_register_cleaners(self, register):  # type: ignore[no-untyped-def]
        def cleaner(doc: Document) -> Iterable[Removal]:
            end = doc.raw.find("\n") + 1
            return [Removal(span=Span(0, end), reason="site navigation")] if end else []

        register("first-line", cleaner)


class Explodes:
    @hookimpl
    def newsclaims_register_auditors(self, register):  # type: ignore[no-untyped-def]
        def auditor(doc: Document) -> Iterable[Finding]:
            raise ZeroDivisionError("boom")

        register("kaboom", auditor)


def test_a_small_plugin_changes_the_output() -> None:
    raw = "Skip to content\nThe mayor resigned on Friday. She gave no reason."
    # Without the built-in page cleaner and headline, which would take the skip link.
    pm = newsclaims.make_plugin_manager(
        entry_points=False, disable=["newsclaims.cleaning", "newsclaims.headline"]
    )
    plain = newsclaims.parse(raw, plugin_manager=pm)
    cleaned = newsclaims.parse(raw, plugin_manager=manager_with(DropFirstLine()))
    assert plain.claims[0].text == "Skip to content"
    assert [c.text for c in cleaned.claims] == [
        "The mayor resigned on Friday.",
        "She gave no reason.",
    ]
    (removal,) = cleaned.removals
    assert removal.plugin == "DropFirstLine" or removal.plugin.startswith("DropFirstLine")
    assert removal.reason == "site navigation"
    assert removal.text == "Skip to content\n"


def test_a_raising_plugin_is_named_with_its_component() -> None:
    pm = newsclaims.make_plugin_manager(entry_points=False, plugins=[Explodes()])
    with pytest.raises(PluginError) as info:
        newsclaims.parse("One claim.", plugin_manager=pm, id="doc-7")
    err = info.value
    assert err.component == "kaboom"
    assert err.hook == "newsclaims_register_auditors"
    assert err.document == "doc-7"
    assert "auditor 'kaboom' failed on document 'doc-7': ZeroDivisionError: boom" in str(err)
    assert isinstance(err.__cause__, ZeroDivisionError)


def test_keep_going_records_the_failure_and_keeps_the_document() -> None:
    pm = manager_with(Explodes())
    doc = newsclaims.parse("One claim. Another claim.", plugin_manager=pm, keep_going=True)
    assert [c.text for c in doc.claims] == ["One claim.", "Another claim."]
    (failure,) = [f for f in doc.findings if f.kind == "plugin_error"]
    assert failure.severity == "error" and "kaboom" in failure.message


@pytest.mark.parametrize(
    ("returned", "message"),
    [
        (["not a removal"], "returned str, expected Removal"),
        ([Removal(span=Span(0, 99), reason="x")], "outside the raw text"),
    ],
)
def test_invalid_cleaner_output_is_a_plugin_error(returned: list[object], message: str) -> None:
    class Bad:
        @hookimpl
        def newsclaims_register_cleaners(self, register):  # type: ignore[no-untyped-def]
            register("bad", lambda doc: returned)

    with pytest.raises(PluginError, match=message) as info:
        newsclaims.parse("short text", plugin_manager=manager_with(Bad()))
    assert info.value.component == "bad"


def test_extractor_claim_with_wrong_text_is_rejected() -> None:
    class Liar:
        @hookimpl
        def newsclaims_register_claim_extractors(self, register):  # type: ignore[no-untyped-def]
            register("liar", lambda doc: [Claim(text="xyz", span=Span(0, 3))])

    with pytest.raises(PluginError, match="not the text at 0:3"):
        newsclaims.parse("abcdef", plugin_manager=manager_with(Liar()))


def test_sections_fill_body_and_headline_becomes_title() -> None:
    class Headline:
        @hookimpl
        def newsclaims_register_sectioners(self, register):  # type: ignore[no-untyped-def]
            register("first-line", lambda doc: [Section("headline", Span(0, doc.text.find("\n")))])

    doc = newsclaims.parse("Mayor quits\nThe mayor quit.", plugin_manager=manager_with(Headline()))
    assert doc.title == "Mayor quits"
    assert [(s.kind, s.span.slice(doc.text)) for s in doc.sections] == [
        ("headline", "Mayor quits"),
        ("body", "The mayor quit."),
    ]
    assert doc.body == "The mayor quit."


def test_source_comes_from_the_identify_hook_unless_given() -> None:
    class Ident:
        @hookimpl
        def newsclaims_identify_source(self, raw: str) -> str | None:
            return "The Gazette" if "Gazette" in raw else None

    pm = manager_with(Ident())
    assert newsclaims.parse("By the Gazette.", plugin_manager=pm).source == "The Gazette"
    assert newsclaims.parse("By the Gazette.", plugin_manager=pm, source="X").source == "X"
    assert newsclaims.parse("Nothing here.", plugin_manager=pm).source is None


def test_markers_after_the_full_stop_link_to_their_claim(ai_summary: str) -> None:
    doc = newsclaims.parse("It rained. [1][2] Then it snowed [3]. Nobody knew why.")
    assert [(c.text, c.citations) for c in doc.claims] == [
        ("It rained.", ("1", "2")),
        ("Then it snowed [3].", ("3",)),
        ("Nobody knew why.", ()),
    ]
    assert [c.label for c in doc.citations] == ["1", "2", "3"]
    assert all(c.title is None for c in doc.citations)


def test_ai_sample_claims_carry_their_markers(ai_summary: str) -> None:
    doc = newsclaims.parse(ai_summary)
    for claim in doc.claims:
        inside = [m for m in doc.markers if claim.span.contains(m.span)]
        for m in inside:
            assert set(m.labels) <= set(claim.citations)
    said = next(c for c in doc.claims if "Takashi said [1]" in c.text)
    assert said.citations == ("1",)
    assert {c.label for c in doc.citations} == {"1", "2"}


@given(documents())
def test_every_span_slices_its_text(doc: Document) -> None:
    for claim in doc.claims:
        assert doc.text[claim.span.start : claim.span.end] == claim.text
    for span in [*doc.sentences, *(s.span for s in doc.sections), *(m.span for m in doc.markers)]:
        assert 0 <= span.start <= span.end <= len(doc.text)
    for r in doc.removals:
        assert doc.raw[r.span.start : r.span.end] == r.text


@given(documents())
def test_raw_rebuilds_from_a_parsed_document(doc: Document) -> None:
    from newsclaims._text import rebuild_raw

    assert rebuild_raw(doc.text, doc.removals) == doc.raw


@given(article_texts())
def test_output_is_byte_identical_across_runs(raw: str) -> None:
    first = newsclaims.parse(raw, plugin_manager=manager_with()).to_json()
    second = newsclaims.parse(raw, plugin_manager=manager_with()).to_json()
    assert first == second


class Audit:
    @hookimpl
    def newsclaims_register_auditors(self, register):  # type: ignore[no-untyped-def]
        register(
            "short",
            lambda doc: [
                Finding(kind="short", message="short claim", claim=i, severity="note")
                for i, c in enumerate(doc.claims)
                if len(c.text) < 30
            ],
        )


class CutDigits:
    @hookimpl
    def newsclaims_register_cleaners(self, register):  # type: ignore[no-untyped-def]
        register(
            "digits",
            lambda doc: [
                Removal(span=Span(i, i + 1), reason="digit")
                for i, ch in enumerate(doc.raw)
                if ch.isdigit()
            ],
        )


@given(article_texts())
def test_output_does_not_depend_on_registration_order(raw: str) -> None:
    plugins = [DropFirstLine(), Audit(), CutDigits()]
    outputs = set()
    for seed in range(3):
        order = list(plugins)
        random.Random(seed).shuffle(order)
        pm = newsclaims.make_plugin_manager(entry_points=False, plugins=order)
        outputs.add(newsclaims.parse(raw, plugin_manager=pm).to_json())
    assert len(outputs) == 1


def test_split_sentences_uses_the_registered_splitter() -> None:
    assert newsclaims.split_sentences("Ferdinand Marcos Jr. agreed. It was done.") == [
        "Ferdinand Marcos Jr. agreed.",
        "It was done.",
    ]

    class Lines:
        @hookimpl
        def newsclaims_register_sentence_splitters(self, register):  # type: ignore[no-untyped-def]
            register("whole", lambda text: [Span(0, len(text))])

    assert newsclaims.split_sentences("A. B.", plugin_manager=manager_with(Lines())) == ["A. B."]


def test_parse_rejects_non_text() -> None:
    with pytest.raises(newsclaims.InputError, match="expected text as str"):
        newsclaims.parse(b"bytes")  # type: ignore[arg-type]


def test_run_cleaner_helper() -> None:
    doc = run_cleaner(lambda d: [Removal(span=Span(0, 4), reason="x")], "abcdefg")
    assert doc.text == "efg"


@given(documents())
def test_a_parsed_document_passes_every_validator(doc: Document) -> None:
    # parse() builds documents without re-running the validators (each stage checks its
    # plugins' output instead); the finished document must pass them all the same.
    rebuilt = attrs.evolve(doc)
    assert rebuilt == doc
    assert rebuilt.to_raw(len(doc.text)) == doc.to_raw(len(doc.text))


@given(
    st.lists(
        st.tuples(st.integers(0, 30), st.integers(0, 5), st.sampled_from(["statement", "quote"])),
        max_size=12,
    )
)
def test_resolving_claims_sorts_and_drops_duplicates(keys: list[tuple[int, int, str]]) -> None:
    from newsclaims._pipeline import _resolve_claims

    text = "x" * 40
    claims = [Claim(text=text[a : a + n], span=Span(a, a + n), kind=k) for a, n, k in keys]
    expected: dict[tuple[int, int, str], Claim] = {}
    for c in sorted(claims, key=lambda c: (c.span.start, c.span.end, c.kind)):
        expected.setdefault((c.span.start, c.span.end, c.kind), c)
    got = _resolve_claims(claims)
    assert got == list(expected.values())
    assert all(g is e for g, e in zip(got, expected.values(), strict=True))


def test_a_bad_claim_among_good_ones_is_named() -> None:
    class OneBad:
        @hookimpl
        def newsclaims_register_claim_extractors(self, register):  # type: ignore[no-untyped-def]
            register(
                "one-bad",
                lambda doc: [
                    Claim(text="abc", span=Span(0, 3)),
                    Claim(text="xyz", span=Span(3, 6)),
                    Claim(text="gh", span=Span(6, 8)),
                ],
            )

    with pytest.raises(PluginError, match="not the text at 3:6") as info:
        newsclaims.parse("abcdefgh", plugin_manager=manager_with(OneBad()))
    assert info.value.component == "one-bad"
    with pytest.raises(PluginError, match="claim span 6:9 outside the text"):

        class Beyond:
            @hookimpl
            def newsclaims_register_claim_extractors(self, register):  # type: ignore[no-untyped-def]
                register("beyond", lambda doc: [Claim(text="ghi", span=Span(6, 9))])

        newsclaims.parse("abcdefgh", plugin_manager=manager_with(Beyond()))


@pytest.mark.parametrize(
    ("spans", "message"),
    [
        ([Span(0, 5), Span(3, 9)], "overlapping or unordered span 3:9"),
        ([Span(0, 5), Span(5, 99)], "span 5:99 outside the section text"),
        ([Span(0, 5), "x"], "returned str, expected Span"),
    ],
)
def test_a_bad_sentence_span_is_named(spans: list[object], message: str) -> None:
    class Splitter:
        @hookimpl(tryfirst=True)
        def newsclaims_register_sentence_splitters(self, register):  # type: ignore[no-untyped-def]
            register("bad-splitter", lambda text: spans)

    with pytest.raises(PluginError, match=message) as info:
        newsclaims.parse("First one. Second.", plugin_manager=manager_with(Splitter()))
    assert info.value.component == "bad-splitter"
    doc = newsclaims.parse(
        "First one. Second.", plugin_manager=manager_with(Splitter()), keep_going=True
    )
    assert any(f.kind == "plugin_error" for f in doc.findings)

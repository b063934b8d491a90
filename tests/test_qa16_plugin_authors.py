"""A third-party plugin's mistakes fail at once, naming the plugin and saying what to do.

Each case is a mistake a plugin author makes from the docs: a hook without its marker, an
argument the hook does not pass, a style registered as a class, spans counted from doc.raw
or from a sentence's start, labels as numbers, a misspelt section kind.
"""

from __future__ import annotations

import re
import types
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclaims
import newsclaims.testing
from newsclaims import Claim, Marker, PluginError, Removal, Section, Span, hookimpl
from newsclaims.testing import cited_prose, manager_with

ARTICLE = (
    "Skip to content\nMenu\n"
    "The council approved S$5 billion for new rail lines on Monday, the minister said.\n"
    "Commuters had complained about breakdowns for years, officials said.\n"
)


class _Unmarked:
    newsclaims_name = "unmarked"

    def newsclaims_register_cleaners(self, register: Any) -> None:
        register("ads", lambda doc: [])


def _unmarked_module() -> types.ModuleType:
    module = types.ModuleType("nc_outlet_unmarked")

    def newsclaims_identify_source(raw: str) -> str:
        return "The Outlet"

    module.newsclaims_identify_source = newsclaims_identify_source  # type: ignore[attr-defined]
    return module


@pytest.mark.parametrize(
    ("plugin", "hook"),
    [
        (_Unmarked(), "newsclaims_register_cleaners"),
        (_unmarked_module(), "newsclaims_identify_source"),
    ],
)
def test_a_hook_without_its_marker_is_refused_not_ignored(plugin: object, hook: str) -> None:
    with pytest.raises(PluginError, match=rf"defines {hook}\(\) without the @newsclaims.hookimpl"):
        manager_with(plugin)


class _WrongArgument:
    newsclaims_name = "outlet"

    @hookimpl
    def newsclaims_register_cleaners(self, reg: Any) -> None:
        pass


class _SourceFromText:
    newsclaims_name = "outlet-source"

    @hookimpl
    def newsclaims_identify_source(self, text: str) -> str | None:
        return None


@pytest.mark.parametrize(
    ("plugin", "message"),
    [
        (
            _WrongArgument(),
            "takes 'reg', which the hook does not pass: its arguments are 'register'",
        ),
        (
            _SourceFromText(),
            "takes 'text', which the hook does not pass: its arguments are 'raw', 'url'",
        ),
    ],
)
def test_an_argument_the_hook_lacks_is_a_plugin_error_naming_the_arguments(
    plugin: object, message: str
) -> None:
    # (It was pluggy's own PluginValidationError, no NewsclaimsError, from plugins=.)
    with pytest.raises(PluginError, match=re.escape(message)) as info:
        manager_with(plugin)
    assert info.value.plugin == newsclaims_name(plugin)


def newsclaims_name(plugin: object) -> str:
    name: str = plugin.newsclaims_name  # type: ignore[attr-defined]
    return name


class _Angle:
    def format(self, labels: Any) -> str:
        return "".join(f"<{label}>" for label in labels)

    def parse(self, text: str) -> Iterator[Marker]:
        for m in re.finditer(r"<(\d+)>", text):
            yield Marker(span=Span(m.start(), m.end()), labels=(m.group(1),))


class _ParseOnly:
    def parse(self, text: str) -> Iterator[Marker]:
        yield from ()


class _Loader:
    def can_load(self, path: str, head: bytes) -> bool:
        return path.endswith(".outlet")

    def load(self, path: str, fields: Any) -> Iterator[newsclaims.Record]:
        yield newsclaims.Record(text="Prices rose.")


def _registering(hook: str, name: str, component: object) -> object:
    class Plugin:
        newsclaims_name = "outlet"

    def register_it(self: object, register: Any) -> None:
        register(name, component)

    setattr(Plugin, hook, hookimpl(register_it))
    return Plugin()


@pytest.mark.parametrize(
    ("hook", "component", "message"),
    [
        ("newsclaims_register_marker_styles", _Angle, "registered the class _Angle"),
        ("newsclaims_register_reference_styles", _Angle, "register _Angle()"),
        ("newsclaims_register_loaders", _Loader, "registered the class _Loader"),
        ("newsclaims_register_marker_styles", _ParseOnly(), "has no format() method"),
        ("newsclaims_register_loaders", _Angle(), "has no can_load() or load() method"),
        ("newsclaims_register_cleaners", "ad-lines", "'ad-lines', which is not callable"),
        ("newsclaims_register_auditors", None, "None, which is not callable"),
    ],
)
def test_a_component_that_cannot_work_is_refused_when_registered(
    hook: str, component: object, message: str
) -> None:
    pm = manager_with(_registering(hook, "mine", component))
    with pytest.raises(PluginError, match=re.escape(message)) as info:
        newsclaims._plugins.components(pm, hook)
    assert (info.value.plugin, info.value.component) == ("outlet", "mine")


def test_a_style_missing_format_fails_on_parsing_not_only_on_writing() -> None:
    # (It parsed every text, and failed only once format_markers() was called.)
    pm = manager_with(_registering("newsclaims_register_marker_styles", "angle", _ParseOnly()))
    with pytest.raises(PluginError, match=r"plugin 'outlet' marker style 'angle'.*no format"):
        newsclaims.parse("Prices rose.<1> Rents fell.<2>", plugin_manager=pm)


def test_the_name_and_component_swapped_says_the_name_comes_first() -> None:
    class Swapped:
        newsclaims_name = "swapped"

        @hookimpl
        def newsclaims_register_auditors(self, register: Any) -> None:
            register(lambda doc: [], "shouting")

    pm = manager_with(Swapped())
    with pytest.raises(PluginError, match=re.escape("register takes the name first")):
        newsclaims.parse("Prices rose.", plugin_manager=pm)


def test_good_components_are_still_registered() -> None:
    plugins = [
        _registering("newsclaims_register_marker_styles", "angle", _Angle()),
        _registering("newsclaims_register_loaders", "outlet", _Loader()),
    ]
    pm = newsclaims.make_plugin_manager(entry_points=False, plugins=plugins)
    assert newsclaims.format_markers(["1", "2"], style="angle", plugin_manager=pm) == "<1><2>"
    assert "angle" in newsclaims.marker_styles(plugin_manager=pm)


def _extractor(extract: Any) -> object:
    class Plugin:
        newsclaims_name = "outlet-claims"

        @hookimpl
        def newsclaims_register_claim_extractors(self, register: Any) -> None:
            register("money", extract)

    return Plugin()


def _from_raw(doc: newsclaims.Document) -> Iterator[Claim]:
    i = doc.raw.index("Commuters")
    yield Claim(text=doc.raw[i : i + 9], span=Span(i, i + 9), kind="x")


def _within_sentence(doc: newsclaims.Document) -> Iterator[Claim]:
    for sentence in doc.sentences:
        text = sentence.slice(doc.text)
        i = text.find("officials")
        if i >= 0:
            yield Claim(text=text[i : i + 9], span=Span(i, i + 9), kind="x")


def _past_the_end(doc: newsclaims.Document) -> Iterator[Claim]:
    i = doc.raw.rindex("officials said.")
    yield Claim(text=doc.raw[i : i + 15], span=Span(i, i + 15), kind="x")


@pytest.mark.parametrize(
    ("extract", "hint"),
    [
        (_from_raw, "that is its place in doc.raw: spans index doc.text"),
        (_past_the_end, "that is its place in doc.raw: spans index doc.text"),
        (_within_sentence, "add the section's or sentence's start"),
    ],
)
def test_a_claim_span_counted_from_elsewhere_says_where_it_was_counted(
    extract: Any, hint: str
) -> None:
    pm = manager_with(_extractor(extract))
    with pytest.raises(PluginError, match=re.escape(hint)) as info:
        newsclaims.parse(ARTICLE, plugin_manager=pm, id="st-1")
    assert str(info.value).startswith(
        "plugin 'outlet-claims' claim extractor 'money' failed on document 'st-1': returned a claim"
    )


def test_a_claim_at_a_wrong_place_it_does_not_stand_anywhere_gets_no_hint() -> None:
    def invented(doc: newsclaims.Document) -> Iterator[Claim]:
        yield Claim(text="Nothing of the sort", span=Span(0, 19))

    with pytest.raises(PluginError, match=r"is not the text at 0:19$"):
        newsclaims.parse(ARTICLE, plugin_manager=manager_with(_extractor(invented)))


class _NumberLabels:
    newsclaims_name = "numbers"

    @hookimpl
    def newsclaims_register_citation_parsers(self, register: Any) -> None:
        register("numbers", lambda doc: [Marker(span=Span(0, 3), labels=(1,))])


class _NumberStyle(_Angle):
    def parse(self, text: str) -> Iterator[Marker]:
        for m in re.finditer(r"<(\d+)>", text):
            yield Marker(span=Span(m.start(), m.end()), labels=(int(m.group(1)),))


@pytest.mark.parametrize(
    ("plugin", "who"),
    [
        (_NumberLabels(), "plugin 'numbers' citation parser 'numbers'"),
        (
            _registering("newsclaims_register_marker_styles", "angle", _NumberStyle()),
            "plugin 'outlet' marker style 'angle'",
        ),
    ],
)
def test_labels_given_as_numbers_name_the_plugin(plugin: object, who: str) -> None:
    # (An int label was a bare TypeError from the core, or blamed on newsclaims.citations.)
    with pytest.raises(PluginError, match=re.escape(who) + r".*labels are strings, such as '1'"):
        newsclaims.parse("Prices rose.<1> Rents fell.<2>", plugin_manager=manager_with(plugin))


@pytest.mark.parametrize(
    ("kind", "meant"),
    [
        ("reference", "references"),
        ("Body", "body"),
        ("key-points", "key_points"),
        ("Key Points", "key_points"),
        ("headlines", "headline"),
        ("captions", "caption"),
    ],
)
def test_a_misspelt_section_kind_is_refused(kind: str, meant: str) -> None:
    class Sections:
        newsclaims_name = "outlet-sections"

        @hookimpl
        def newsclaims_register_sectioners(self, register: Any) -> None:
            register("boxes", lambda doc: [Section(kind, Span(0, 5))])

    with pytest.raises(PluginError, match=f"kind {kind!r}: the built-in kind is {meant!r}"):
        newsclaims.parse(ARTICLE, plugin_manager=manager_with(Sections()))


@pytest.mark.parametrize("kind", ["sidebar", "byline", "correction", "references"])
def test_other_section_kinds_are_the_plugins_own(kind: str) -> None:
    class Sections:
        newsclaims_name = "outlet-sections"

        @hookimpl
        def newsclaims_register_sectioners(self, register: Any) -> None:
            register("boxes", lambda doc: [Section(kind, Span(0, 5))])

    doc = newsclaims.parse(
        "Ahead of the vote, prices rose.", plugin_manager=manager_with(Sections())
    )
    assert doc.sections[0].kind == kind


def test_an_empty_source_name_is_refused() -> None:
    class Outlet:
        newsclaims_name = "outlet-source"

        @hookimpl
        def newsclaims_identify_source(self, raw: str) -> str | None:
            m = re.search(r"^Source: *(.*)$", raw, re.M)
            return m.group(1) if m else None

    pm = manager_with(Outlet())
    assert newsclaims.parse("Source: AFP\nPrices rose.", plugin_manager=pm).source == "AFP"
    with pytest.raises(PluginError, match="returned an empty name: return None when"):
        newsclaims.parse("Source:\nPrices rose.", plugin_manager=pm)


def test_a_cleaner_plugin_written_as_the_docs_show_still_works() -> None:
    class Promos:
        newsclaims_name = "outlet-promos"

        @hookimpl
        def newsclaims_register_cleaners(self, register: Any) -> None:
            register("promo", self.clean)

        def clean(self, doc: newsclaims.Document) -> Iterator[Removal]:
            for m in re.finditer(r"^Read more at \S+\n", doc.raw, re.M):
                yield Removal(span=Span(m.start(), m.end()), reason="promo")

    raw = "Prices rose 3% in May, the bank said.\nRead more at outlet.example\nRents fell.\n"
    doc = newsclaims.parse(raw, plugin_manager=manager_with(Promos()))
    assert "Read more" not in doc.text
    # (Alone, its own reason; with the built-ins, the page cleaner may take the line first.)
    doc = newsclaims.testing.run_cleaner(Promos().clean, raw)
    assert [(r.plugin, r.reason, r.text) for r in doc.removals] == [
        ("test", "promo", "Read more at outlet.example\n")
    ]


UNMARKED_MODULE = """
import newsclaims

newsclaims_name = "author"

def newsclaims_register_cleaners(register):
    register("nothing", lambda doc: [])
"""


def test_an_installed_plugin_without_its_markers_cannot_be_loaded(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    info = tmp_path / "author_dist-2.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: author-dist\nVersion: 2.0\n")
    (info / "entry_points.txt").write_text("[newsclaims]\nauthor = author_unmarked\n")
    (tmp_path / "author_unmarked.py").write_text(UNMARKED_MODULE)
    monkeypatch.delitem(sys.modules, "author_unmarked", raising=False)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("NEWSCLAIMS_LOAD_PLUGINS", raising=False)
    with pytest.raises(newsclaims.PluginLoadError, match=r"without the @newsclaims\.hookimpl"):
        newsclaims.make_plugin_manager()


def test_the_docs_entry_points_name_instances_where_hooks_are_methods() -> None:
    # (add-a-marker-style.md pointed its entry point at the class AnswerEnginePlugin, which
    # cannot be loaded: its hook is a method.)
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    pages = [*sorted((root / "docs").rglob("*.md")), root / "README.md"]
    checked = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for value in re.findall(r'^[\w-]+ = "[\w.]+:(\w+)"', text, re.M):
            checked += 1
            cls = re.search(rf"^class {value}\b.*?(?=^\S)", text, re.M | re.S)
            methods = cls is not None and re.search(r"def newsclaims_\w+\(self", cls.group())
            assert not methods, f"{page.name}: the entry point names the class {value}"
    assert checked >= 2


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_cited_prose_writes_a_plugins_own_style(data: st.DataObject) -> None:
    # (It wrote markers with the built-in plugins alone: "unknown marker style 'angle'".)
    pm = manager_with(_registering("newsclaims_register_marker_styles", "angle", _Angle()))
    text, expected = data.draw(cited_prose("angle", plugin_manager=pm))
    written = [label for _span, labels, _needed in expected for label in labels]
    found = newsclaims.parse_markers(text, plugin_manager=pm)
    assert [label for m in found for label in m.labels] == written
    assert all(m.style == "angle" for m in found)

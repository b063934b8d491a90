"""Public functions given an argument of the wrong type say so in one line: the parameter,
what was given and what is wanted (they failed with an AttributeError of internals, or took
a string as its characters)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

import newsclaims
from newsclaims import Citation, Document

TEXT = "The ministry said exports rose 4% in March [1].\n\nSources\n[1] Trade figures, Reuters"


@pytest.fixture(scope="module")
def doc() -> Document:
    return newsclaims.parse(TEXT, plugin_manager=newsclaims.make_plugin_manager(entry_points=False))


def _one_line_type_error(call: Callable[[], Any], param: str, given: str, wanted: str) -> None:
    with pytest.raises(TypeError) as info:
        call()
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(param + " must be "), message
    assert given in message, message
    assert re.search(wanted, message), message


@pytest.mark.parametrize("value", ["abc", "newsclaims_ann", b"ab", newsclaims, 3])
def test_make_plugin_manager_refuses_plugins_that_are_no_list(value: object) -> None:
    _one_line_type_error(
        lambda: newsclaims.make_plugin_manager(entry_points=False, plugins=value),  # type: ignore[arg-type]
        "plugins",
        type(value).__name__,
        "iterable of plugin objects",
    )


def test_make_plugin_manager_takes_any_iterable_of_plugins() -> None:
    class Plugin:
        newsclaims_name = "one-plugin"

    pm = newsclaims.make_plugin_manager(entry_points=False, plugins=(p for p in [Plugin()]))
    assert pm.has_plugin("one-plugin")


@pytest.mark.parametrize("value", ["ann", 7])
def test_make_plugin_manager_refuses_disable_that_is_no_list(value: object) -> None:
    _one_line_type_error(
        lambda: newsclaims.make_plugin_manager(entry_points=False, disable=value),  # type: ignore[arg-type]
        "disable",
        repr(value),
        "iterable of plugin names",
    )


def test_make_plugin_manager_refuses_a_name_to_disable_that_is_no_string() -> None:
    _one_line_type_error(
        lambda: newsclaims.make_plugin_manager(entry_points=False, disable=["ann", 1]),  # type: ignore[list-item]
        "each name in disable",
        "1 (an int)",
        "a str",
    )


@pytest.mark.parametrize("value", ["<p>text</p>", {"raw": "x"}, None])
def test_render_report_refuses_what_is_no_document(value: object) -> None:
    _one_line_type_error(
        lambda: newsclaims.render_report(value),  # type: ignore[arg-type]
        "doc",
        type(value).__name__,
        "a Document",
    )


def test_render_report_refuses_a_title_that_is_no_string(doc: Document) -> None:
    _one_line_type_error(
        lambda: newsclaims.render_report(doc, title=5),  # type: ignore[arg-type]
        "title",
        "5 (an int)",
        "a str",
    )


def test_render_index_refuses_documents_without_their_links(doc: Document) -> None:
    _one_line_type_error(
        lambda: newsclaims.render_index(doc),  # type: ignore[arg-type]
        "pages",
        "(a Document)",
        r"\(href, Document\) pairs",
    )
    _one_line_type_error(
        lambda: newsclaims.render_index([doc]),  # type: ignore[list-item]
        "each of pages",
        "(a Document)",
        r"\(href, Document\) pair",
    )
    _one_line_type_error(
        lambda: newsclaims.render_index("index.html"),  # type: ignore[arg-type]
        "pages",
        "'index.html' (a str)",
        "pairs",
    )
    page = newsclaims.render_index([["a.html", doc], ("b.html", doc)])  # type: ignore[list-item]
    assert 'href="a.html"' in page and 'href="b.html"' in page


WRONG_MANAGERS = ["x", {"plugins": []}, 0]


@pytest.mark.parametrize("pm", WRONG_MANAGERS)
@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda pm: newsclaims.parse(TEXT, plugin_manager=pm), id="parse"),
        pytest.param(
            lambda pm: newsclaims.parse(TEXT, source="Reuters", plugin_manager=pm), id="parse-src"
        ),
        pytest.param(lambda pm: newsclaims.split_sentences("A. B.", plugin_manager=pm), id="split"),
        pytest.param(
            lambda pm: newsclaims.check_support("a", ["a"], plugin_manager=pm), id="support"
        ),
        pytest.param(lambda pm: newsclaims.format_markers(["1"], plugin_manager=pm), id="fmt"),
        pytest.param(lambda pm: newsclaims.parse_markers("a [1].", plugin_manager=pm), id="pm"),
        pytest.param(lambda pm: newsclaims.marker_styles(plugin_manager=pm), id="markers"),
        pytest.param(lambda pm: newsclaims.reference_styles(plugin_manager=pm), id="refs"),
        pytest.param(
            lambda pm: newsclaims.parse_references("[1] A", plugin_manager=pm), id="parse-refs"
        ),
    ],
)
def test_a_plugin_manager_that_is_none_is_named(call: Callable[[Any], Any], pm: object) -> None:
    _one_line_type_error(
        lambda: call(pm), "plugin_manager", type(pm).__name__, "make_plugin_manager"
    )


def test_parse_file_names_a_wrong_plugin_manager(tmp_path: Any) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    _one_line_type_error(
        lambda: newsclaims.parse_file(path, plugin_manager="default"),  # type: ignore[arg-type]
        "plugin_manager",
        "'default' (a str)",
        "plugin manager",
    )


def test_a_style_that_is_no_style_is_named() -> None:
    _one_line_type_error(
        lambda: newsclaims.format_markers(["1"], style=2),  # type: ignore[arg-type]
        "style",
        "2 (an int)",
        "MarkerStyle",
    )
    _one_line_type_error(
        lambda: newsclaims.format_references([], style=None),  # type: ignore[arg-type]
        "style",
        "None",
        "ReferenceStyle",
    )


def test_format_references_refuses_what_is_no_list_of_citations() -> None:
    entry = Citation(label="1", title="Budget statement", publisher="Treasury")
    assert newsclaims.format_references([entry]).startswith("[1] ")
    _one_line_type_error(
        lambda: newsclaims.format_references(entry),  # type: ignore[arg-type]
        "entries",
        "(a Citation)",
        "iterable of Citation",
    )
    _one_line_type_error(
        lambda: newsclaims.format_references("[1] Budget statement"),  # type: ignore[arg-type]
        "entries",
        "(a str)",
        "iterable of Citation",
    )
    _one_line_type_error(
        lambda: newsclaims.format_references([entry, {"label": "2"}]),  # type: ignore[list-item]
        "each of entries",
        "(a dict)",
        "a Citation",
    )


def test_entry_bodies_name_a_wrong_argument() -> None:
    entry = Citation(label="1", title="Budget statement")
    _one_line_type_error(
        lambda: newsclaims.parse_entry_body(entry),  # type: ignore[arg-type]
        "body",
        "(a Citation)",
        "a str",
    )
    _one_line_type_error(
        lambda: newsclaims.format_entry_body("Budget statement"),  # type: ignore[arg-type]
        "entry",
        "(a str)",
        "a Citation",
    )


@pytest.mark.parametrize("func", [newsclaims.parse_markers, newsclaims.parse_references])
def test_parsing_markers_or_references_of_bytes_is_refused(func: Callable[..., Any]) -> None:
    _one_line_type_error(lambda: func(b"Rates rose [1]."), "text", "(a bytes)", "a str")


def test_known_labels_given_as_one_string_are_refused() -> None:
    # (``"12"`` was taken as the labels '1' and '2'.)
    _one_line_type_error(
        lambda: newsclaims.parse_markers("Rates rose [2].", known_labels="12"),
        "known_labels",
        "'12' (a str)",
        "collection of labels",
    )
    markers = newsclaims.parse_markers("Rates rose [2].", known_labels=["12"])
    assert [m.labels for m in markers] == [("2",)]

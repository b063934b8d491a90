"""The marker and reference styles that read a text, worked out once per plugin manager
(a fast path), find what the styles named one by one find."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclaims
from newsclaims import marker_styles, parse_markers, parse_references, reference_styles

# Markers of every built-in style, reference lines, years and prose between them.
_PIECES = [
    *("It rose", "[1]", "[2, 3]", "[2019]", "¹", "²³", "[^1]", "^1", "【1】", "[citation needed]"),
    *("[1]: https://example.com", "1. Title", "\n", " ", ".", "a", "(1)", "Sources:"),
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)
_PM = newsclaims.make_plugin_manager(entry_points=False)


@settings(max_examples=200)
@given(_TEXTS)
def test_what_the_registered_styles_find_is_what_the_styles_named_find(text: str) -> None:
    for styles, parse in ((marker_styles, parse_markers), (reference_styles, parse_references)):
        named = list(styles(plugin_manager=_PM))
        expected = parse(text, styles=named, plugin_manager=_PM)
        assert parse(text, plugin_manager=_PM) == expected
        assert parse(text, plugin_manager=_PM) == expected  # again, from the cache


def test_a_new_plugin_changes_the_styles_that_read() -> None:
    pm = newsclaims.make_plugin_manager(entry_points=False)
    assert parse_markers("It rose [1].", plugin_manager=pm)

    class _Plugin:
        @newsclaims.hookimpl
        def newsclaims_register_marker_styles(self, register: Callable[..., None]) -> None:
            register("angles", _Angles())

    class _Angles:
        reads = ("angles",)

        def format(self, labels: Sequence[str]) -> str:
            return "".join(f"<{label}>" for label in labels)

        def parse(self, text: str) -> Iterator[newsclaims.Marker]:
            at = text.find("<1>")
            if at >= 0:
                yield newsclaims.Marker(span=newsclaims.Span(at, at + 3), labels=("1",))

    pm.register(_Plugin(), name="angles")
    found = parse_markers("It rose <1>.", plugin_manager=pm)
    assert [m.style for m in found] == ["angles"]

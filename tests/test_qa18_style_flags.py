"""The boolean fields of the public marker and reference styles take ``True`` or ``False``
only: any object was taken for its truth, so ``BracketMarkers(each="no")`` wrote ``[1][2]``
and ``NumberedReferences(run_together="false")`` ran its entries together. A one-line
``TypeError`` names the class and the field, as the functions' flags do."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import newsclaims
from newsclaims import (
    BracketMarkers,
    Citation,
    FootnoteMarkers,
    NumberedReferences,
    SuperscriptMarkers,
)

FLAGS: list[tuple[Callable[..., Any], str]] = [
    (BracketMarkers, "each"),
    (FootnoteMarkers, "caret"),
    (SuperscriptMarkers, "caret"),
    (NumberedReferences, "run_together"),
]
#: Stand-ins for a bool, as configuration files and command lines give them.
NOT_FLAGS = ["no", "false", "True", "", 1, 0, None, 1.0, [], ["yes"]]


@pytest.mark.parametrize(("style", "field"), FLAGS)
@pytest.mark.parametrize("value", NOT_FLAGS)
def test_a_flag_that_is_no_bool_is_refused(
    style: Callable[..., Any], field: str, value: object
) -> None:
    with pytest.raises(TypeError) as info:
        style(**{field: value})
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{style.__name__}.{field} must be True or False, got "), message
    assert re.search(rf"\(an? {type(value).__name__}\)$", message), message


@pytest.mark.parametrize(("style", "field"), FLAGS)
def test_a_flag_set_later_through_evolve_is_checked_too(
    style: Callable[..., Any], field: str
) -> None:
    with pytest.raises(TypeError, match=rf"^{style.__name__}\.{field} must be True or False"):
        attrs.evolve(style(), **{field: "yes"})


def test_bools_are_taken_and_still_choose_the_writing() -> None:
    assert BracketMarkers().format(["1", "2"]) == "[1, 2]"
    assert BracketMarkers(each=True).format(["1", "2"]) == "[1][2]"
    assert BracketMarkers(each=False).format(["1", "2"]) == "[1, 2]"
    assert FootnoteMarkers(caret=True).format(["1"]) == "[^1^]"
    assert FootnoteMarkers(caret=False).format(["1"]) == "[^1]"
    assert SuperscriptMarkers(caret=True).format(["1", "2"]) == "^1,2"
    assert SuperscriptMarkers(caret=False).format(["1", "2"]) == "¹,²"
    entries = [Citation(label="1", title="Budget vote"), Citation(label="2", title="Fare rise")]
    together = NumberedReferences(run_together=True).format(entries)
    apart = NumberedReferences(run_together=False).format(entries)
    assert "\n" not in together and "\n" in apart
    # a subclass is named as itself
    Mine = attrs.frozen(type("Mine", (BracketMarkers,), {}))
    with pytest.raises(TypeError, match=r"^Mine\.each must be True or False"):
        Mine(each=1)


def test_the_registered_styles_still_build() -> None:
    pm = newsclaims.make_plugin_manager(entry_points=False)
    doc = newsclaims.parse("Fares rise in May [1].\n\nSources:\n[1] Fare rise", plugin_manager=pm)
    assert [c.label for c in doc.citations] == ["1"]

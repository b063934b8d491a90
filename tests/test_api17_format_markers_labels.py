"""format_markers refuses labels given as one string, as the model does (``"12"`` was written
as the two labels ``[1, 2]``), and labels that are not strings, with the model's messages."""

from __future__ import annotations

import re

import pytest

import newsclaims
from newsclaims import Marker, Span


def _model_message(labels: object) -> str:
    with pytest.raises(TypeError) as info:
        Marker(span=Span(0, 4), labels=labels)  # type: ignore[arg-type]
    return str(info.value)


@pytest.mark.parametrize("labels", ["12", "1", "a", "12-14", ""])
@pytest.mark.parametrize("style", ["brackets", "brackets_range", "superscript", "footnote"])
def test_labels_as_one_string_are_refused_with_the_models_message(labels: str, style: str) -> None:
    with pytest.raises(TypeError, match=re.escape(_model_message(labels))):
        newsclaims.format_markers(labels, style=style)


@pytest.mark.parametrize("labels", [[1, 2], ["1", 2], (3,)])
def test_labels_that_are_no_strings_are_refused_with_the_models_message(labels: object) -> None:
    with pytest.raises(TypeError, match=re.escape(_model_message(labels))):
        newsclaims.format_markers(labels)  # type: ignore[arg-type]


def test_labels_as_a_list_or_generator_still_format() -> None:
    assert newsclaims.format_markers(["12"]) == "[12]"
    assert newsclaims.format_markers(["1", "2"]) == "[1, 2]"
    assert newsclaims.format_markers(str(n) for n in (1, 2, 3)) == "[1, 2, 3]"  # type: ignore[arg-type]
    assert newsclaims.format_markers((), style="citation_needed") == "[citation needed]"

"""Span takes any integral offsets (what implements ``__index__``: numpy integers, an
``IntEnum``) and stores them as plain ``int``; bools and floats are refused."""

from __future__ import annotations

import enum
import json

import pytest

import newsclaims
from newsclaims import Document, Span


class Offset:
    """An integral number from some other library: it has ``__index__`` and nothing else."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value


class Column(enum.IntEnum):
    START = 4
    END = 9


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (Offset(1), Offset(3), (1, 3)),
        (Offset(0), 7, (0, 7)),
        (2, Offset(2), (2, 2)),
        (Column.START, Column.END, (4, 9)),
    ],
)
def test_integral_offsets_are_stored_as_plain_ints(
    start: object, end: object, expected: object
) -> None:
    span = Span(start, end)  # type: ignore[arg-type]
    assert (span.start, span.end) == expected
    assert type(span.start) is int and type(span.end) is int
    assert span == Span(*expected)  # type: ignore[misc]
    assert hash(span) == hash(Span(*expected))  # type: ignore[misc]
    assert repr(span) == f"Span(start={expected[0]}, end={expected[1]})"  # type: ignore[index]


def test_numpy_integers_are_taken() -> None:
    np = pytest.importorskip("numpy")
    text = "Output grew 3.1% in the third quarter, the agency said."
    starts = np.array([0, 12], dtype=np.int64)
    ends = np.array([11, 37], dtype=np.int32)
    spans = [Span(s, e) for s, e in zip(starts, ends, strict=True)]
    assert [(s.start, s.end) for s in spans] == [(0, 11), (12, 37)]
    assert all(type(s.start) is int and type(s.end) is int for s in spans)
    assert Span(np.uint8(3), np.int16(5)) == Span(3, 5)
    doc = Document(raw=text, text=text, sentences=spans)
    assert json.loads(doc.to_json())["sentences"][1] == {"start": 12, "end": 37}
    with pytest.raises(TypeError, match="'start' must be <class 'int'>"):
        Span(np.True_, 3)
    with pytest.raises(TypeError, match="'end' must be <class 'int'>"):
        Span(0, np.float64(3.0))
    with pytest.raises(ValueError, match="start must be >= 0"):
        Span(np.int64(-1), 2)


@pytest.mark.parametrize(
    ("start", "end", "name"),
    [(True, 3, "start"), (0, False, "end"), (1.0, 3, "start"), (1, 3.0, "end"), ("1", 3, "start")],
)
def test_bools_floats_and_strings_are_refused(start: object, end: object, name: str) -> None:
    with pytest.raises(TypeError, match=f"'{name}' must be <class 'int'>"):
        Span(start, end)  # type: ignore[arg-type]


def test_an_index_that_is_no_int_is_refused() -> None:
    class Odd:
        def __index__(self) -> object:
            return 2.5

    with pytest.raises(TypeError):
        Span(Odd(), 3)  # type: ignore[arg-type]


def test_integral_offsets_are_checked_as_ints_are() -> None:
    with pytest.raises(ValueError, match="span start 5 is after its end 2"):
        Span(Offset(5), Offset(2))
    with pytest.raises(ValueError, match="end must be >= 0"):
        Span(0, Offset(-3))


def test_a_plugin_may_return_numpy_like_offsets() -> None:
    class Splitter:
        newsclaims_name = "index-splitter"

        @newsclaims.hookimpl
        def newsclaims_register_sentence_splitters(self, register: newsclaims.Register) -> None:  # type: ignore[type-arg]
            def split(text: str) -> list[Span]:
                cut = text.index(".") + 1
                return [Span(Offset(0), Offset(cut)), Span(Offset(cut + 1), Offset(len(text)))]

            register("by-index", split)

    pm = newsclaims.make_plugin_manager(entry_points=False, plugins=[Splitter()])
    text = "Rain is due on Friday. Schools will stay open."
    assert newsclaims.split_sentences(text, plugin_manager=pm) == [
        "Rain is due on Friday.",
        "Schools will stay open.",
    ]

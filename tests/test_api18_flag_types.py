"""The boolean keyword parameters of the public functions take ``True`` or ``False`` only: any
object was taken for its truth, so ``keep_going="no"`` kept going and ``entry_points="false"``
loaded the installed plugins. A one-line ``TypeError`` names the parameter."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsclaims

TEXT = "The regional bank raised its rate to 4.5% on Tuesday [1].\n\n[1] Bank statement"

#: Truthy and falsy stand-ins for a bool, as configuration files and command lines give them.
NOT_FLAGS = ["no", "false", "", 1, 0, None, 1.0, [], ["yes"]]


def _one_line_type_error(call: Callable[[], Any], param: str, value: object) -> None:
    with pytest.raises(TypeError) as info:
        call()
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{param} must be True or False, got "), message
    assert re.search(rf"\(an? {type(value).__name__}\)$", message), message


@pytest.fixture(scope="module")
def pm() -> Any:
    return newsclaims.make_plugin_manager(entry_points=False)


@pytest.mark.parametrize("value", NOT_FLAGS)
def test_parse_refuses_a_keep_going_that_is_no_bool(pm: Any, value: object) -> None:
    _one_line_type_error(
        lambda: newsclaims.parse(TEXT, plugin_manager=pm, keep_going=value),  # type: ignore[arg-type]
        "keep_going",
        value,
    )


@pytest.mark.parametrize("value", ["yes", 0])
def test_parse_file_passes_keep_going_on_to_parse(tmp_path: Path, pm: Any, value: object) -> None:
    path = tmp_path / "brief.txt"
    path.write_text("Le conseil a voté le budget lundi. Il entre en vigueur en mai.\n")
    _one_line_type_error(
        lambda: newsclaims.parse_file(path, plugin_manager=pm, keep_going=value),
        "keep_going",
        value,
    )


@pytest.mark.parametrize("param", ["keep_going", "entry_points"])
@pytest.mark.parametrize("value", ["no", 1, None])
def test_parse_many_refuses_at_once(tmp_path: Path, param: str, value: object) -> None:
    # at the call, not when the first result is asked for
    _one_line_type_error(
        lambda: newsclaims.parse_many([tmp_path / "none.txt"], **{param: value}),
        param,
        value,
    )


@pytest.mark.parametrize("value", ["true", 1])
def test_load_records_refuses_a_keep_going_that_is_no_bool(tmp_path: Path, value: object) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "r1", "text": "Turnout was 61%, the commission said."}\n')
    _one_line_type_error(
        lambda: list(newsclaims.load_records([path], keep_going=value)),  # type: ignore[arg-type]
        "keep_going",
        value,
    )


@pytest.mark.parametrize("value", ["no", 1, None])
def test_load_records_refuses_at_once(tmp_path: Path, value: object) -> None:
    # (At the call, as parse_many does: it was a generator, so a bad flag was refused only
    # when the first record was asked for, far from the line that gave it.)
    _one_line_type_error(
        lambda: newsclaims.load_records([tmp_path / "none.jsonl"], keep_going=value),  # type: ignore[arg-type]
        "keep_going",
        value,
    )
    with pytest.raises(TypeError, match="not one str"):
        newsclaims.load_records(str(tmp_path / "none.jsonl"))  # type: ignore[arg-type]


def test_load_records_still_reads_lazily(tmp_path: Path) -> None:
    import inspect

    # (A missing file is an error of the iteration, as before: only the arguments are
    # checked at the call.)
    records = newsclaims.load_records([tmp_path / "missing.jsonl"])
    assert inspect.isgenerator(records)
    with pytest.raises(newsclaims.InputError):
        next(records)


@pytest.mark.parametrize("param", ["entry_points", "defaults"])
@pytest.mark.parametrize("value", ["False", 0, None])
def test_make_plugin_manager_refuses_flags_that_are_no_bool(param: str, value: object) -> None:
    _one_line_type_error(
        lambda: newsclaims.make_plugin_manager(**{param: value}),
        param,
        value,
    )


def test_dask_parse_bag_refuses_flags_that_are_no_bool(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    from newsclaims.dask import parse_bag

    _one_line_type_error(lambda: parse_bag([tmp_path], keep_going="no"), "keep_going", "no")  # type: ignore[arg-type]
    _one_line_type_error(lambda: parse_bag([tmp_path], entry_points=1), "entry_points", 1)  # type: ignore[arg-type]


def test_bools_are_taken(pm: Any, tmp_path: Path) -> None:
    from newsclaims.errors import check_flags

    for flag in (True, False):
        assert newsclaims.parse(TEXT, plugin_manager=pm, keep_going=flag).claims
        newsclaims.make_plugin_manager(entry_points=flag, defaults=flag)
    check_flags(a=True, b=False)
    with pytest.raises(TypeError, match=r"^b must be True or False, got 'x' "):
        check_flags(a=True, b="x", c=2)

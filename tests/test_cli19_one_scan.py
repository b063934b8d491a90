"""A command scans the installed entry points once: the check of ``--disable`` scanned them
twice and the plugin manager again, and a run without ``--disable`` scanned them three times.
Each scan reads the metadata of every installed distribution (tens of milliseconds in a large
environment), for every run of the command."""

from __future__ import annotations

import io
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from newsclaims.cli import main

ARTICLE = (
    "The city council approved the budget on Tuesday, the mayor said [1].\n\n"
    "[1] Council minutes, 4 March\n"
)


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    calls: list[object] = []
    scan = metadata.entry_points

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs.get("group"))
        return scan(*args, **kwargs)

    monkeypatch.setattr(metadata, "entry_points", counted)
    return calls


@pytest.mark.parametrize("disable", [[], ["--disable", "newsclaims.headline"]])
@pytest.mark.parametrize("command", [["extract"], ["clean"], ["audit"], ["report", "-o"]])
def test_a_command_scans_the_entry_points_once(
    tmp_path: Path, scans: list[object], command: list[str], disable: list[str]
) -> None:
    path = tmp_path / "council.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    argv = [*disable, *command]
    if command[-1] == "-o":
        argv.append(str(tmp_path / "pages"))
    status = main([*argv, str(path)], out=io.StringIO())
    assert status in (0, 1)  # (audit's status says whether it found anything)
    assert scans == ["newsclaims"]


def test_a_misspelt_disable_name_is_still_refused(tmp_path: Path, scans: list[object]) -> None:
    path = tmp_path / "council.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["--disable", "newsclaims.headlines", "extract", str(path)]) == 2
    assert scans == ["newsclaims"]  # (refused before any plugin manager is built)

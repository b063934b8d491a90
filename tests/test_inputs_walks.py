"""Directories and patterns read each file once: a symbolic link to a parent directory made
a walk go round (every file read 40 times, then "Too many levels of symbolic links"), one to a
sibling (``latest -> 2024-05``) read its files twice, and ``corpus/**``, which matches the
directories under ``corpus`` as well as their files, read a file once per directory above it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import newsclaims
from newsclaims._inputs import expand_inputs

STORIES = {
    "2024-05/harbour.txt": "Dredging of the harbour resumes on May 3, the port said.\n",
    "2024-05/council/budget.txt": "The council approved a budget of 4.2 million, it said.\n",
    "2024-06/rates.md": "The central bank held rates at 4.5% on Thursday.\n",
    "index.txt": "Archive of the metro desk.\n",
}


def corpus(root: Path) -> Path:
    for name, text in STORIES.items():
        path = root / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "corpus"


def expanded(*inputs: str | Path) -> list[str]:
    return [os.path.relpath(p) for p in expand_inputs([str(i) for i in inputs])]


ALL = [
    "corpus/2024-05/council/budget.txt",
    "corpus/2024-05/harbour.txt",
    "corpus/2024-06/rates.md",
    "corpus/index.txt",
]


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return corpus(tmp_path)


@pytest.mark.parametrize(
    "pattern",
    ["corpus/**", "corpus/**/", "corpus/**/*", "corpus/*", "corpus/*/", "corpus/**/*.txt"],
)
def test_a_pattern_gives_each_file_once(here: Path, pattern: str) -> None:
    found = expanded(pattern)
    assert len(found) == len(set(found))
    wanted = [p for p in ALL if p.endswith(".txt")] if pattern.endswith(".txt") else ALL
    if pattern == "corpus/*/":  # (directories alone: their files, not corpus/index.txt)
        wanted = [p for p in ALL if p != "corpus/index.txt"]
    assert sorted(found) == sorted(wanted)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_links_to_directories_do_not_repeat_or_loop(here: Path) -> None:
    (here / "2024-05" / "council" / "up").symlink_to("../..")  # a loop
    (here / "latest").symlink_to("2024-06")  # a sibling, under a later name
    assert expanded("corpus") == ALL
    assert expanded("corpus/**") == ALL
    docs = list(newsclaims.parse_many(["corpus"]))
    assert [d.id for d in docs] == [os.path.join(*p.split("/")) for p in ALL]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_a_linked_directory_alone_is_still_read(here: Path, tmp_path: Path) -> None:
    # (The corpus is a link to where the files are: the link is followed.)
    (tmp_path / "mirror").mkdir()
    (tmp_path / "mirror" / "june").symlink_to(here / "2024-06")
    assert expanded("mirror") == ["mirror/june/rates.md"]
    # Named twice on the command line, a directory is read twice, as asked.
    assert expanded("corpus/2024-06", "mirror") == [
        "corpus/2024-06/rates.md",
        "mirror/june/rates.md",
    ]

"""Gzip-compressed plain text (``story.txt.gz``, a ``.gz`` of any other name, on stdin): read
as the text it holds, as the other formats' ``.gz`` files are (it was declined by every loader,
"no loader reads this input", although the command's help says ``.gz`` is read); a cut-off or
broken one is an error that names it."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsclaims
from newsclaims.cli import main

STORIES = {
    "wire.txt.gz": "BRUSSELS (Reuters) - EU ministers agreed on Monday to cut fees by 5%.\n",
    "notes.md.gz": "# Budget\n\nThe council approved the budget, the mayor said on Tuesday.\n",
    "feed-2024-05-01.gz": "Le Sénat a adopté le texte mardi, a indiqué son président.\r\n",
}


def run(argv: list[str], status: int = 0) -> str:
    out = io.StringIO()
    assert main(argv, out=out) == status
    return out.getvalue()


@pytest.mark.parametrize("name", sorted(STORIES))
def test_gzip_text_is_read_as_its_text(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(STORIES[name].encode("utf-8")))
    doc = json.loads(run(["extract", str(path)]))
    assert (doc["id"], doc["raw"]) == (str(path), STORIES[name])
    assert newsclaims.read_text(path) == STORIES[name]
    assert newsclaims.parse_file(path).raw == STORIES[name]
    assert run(["clean", str(path)]) == newsclaims.parse_file(path).body + "\n"
    assert "in 1 file" in run(["audit", str(path)])


def test_gzip_text_on_stdin_and_in_a_legacy_encoding(tmp_path: Path) -> None:
    text = "Die Straße bleibt gesperrt, teilte die Stadt mit.\n"
    done = subprocess.run(
        [sys.executable, "-m", "newsclaims", "extract", "--encoding", "latin-1", "-"],
        input=gzip.compress(text.encode("latin-1")),
        capture_output=True,
        check=True,
    )
    assert json.loads(done.stdout)["raw"] == text


def test_a_cut_off_or_broken_gzip_text_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = gzip.compress(("The port reopened on Tuesday. " * 50).encode())
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    broken = tmp_path / "broken.txt.gz"
    broken.write_bytes(whole[:10] + b"\xff" * 40)
    run(["extract", str(cut)], status=2)
    assert capsys.readouterr().err == (
        f"newsclaims: error: {cut}: the compressed data ends early: the file is cut short "
        "(a cut-off download?)\n"
    )
    run(["extract", str(broken)], status=2)
    err = capsys.readouterr().err
    assert err.startswith(f"newsclaims: error: {broken}: cannot decompress it as gzip: ")
    assert err.count("\n") == 1

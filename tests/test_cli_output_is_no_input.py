"""A run never reads what it writes: ``extract corpus/ -o corpus/out.jsonl`` read its own output
as it grew, without end (1.4 GB in ten minutes of a 30-file corpus), and ``report corpus/ -o
corpus/pages`` reported on its own pages. The output is skipped among the inputs with one line
on stderr; an output file also named as an input is refused before it is emptied."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsclaims.cli import main

STORIES = [
    "Exports rose 12% in March, the customs office said on Friday, beating forecasts.",
    "«No habrá recortes», dijo la ministra el martes ante el Congreso.",
    "Die Mieten stiegen um 4 %, teilte das Statistikamt am Montag mit.",
]


def corpus(root: Path, n: int = 40) -> Path:
    root.mkdir()
    for i in range(n):
        (root / f"story{i:02}.txt").write_text(STORIES[i % 3] + f" ({i})\n" * 3, "utf-8")
    return root


def test_extract_into_its_own_input_directory_ends(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "corpus")
    out = docs / "zz-out.jsonl"  # (sorted after the stories: read once they are written)
    cmd = [sys.executable, "-m", "newsclaims", "extract", str(docs), "-o", str(out)]
    env = {**os.environ, "NEWSCLAIMS_LOAD_PLUGINS": ""}
    for _ in range(2):  # (the second run meets the first one's output too)
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        assert done.stderr == f"newsclaims: skipped {out}: it is this run's output\n"
        ids = [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()]
        assert ids == [str(docs / f"story{i:02}.txt") for i in range(40)]


def test_an_output_named_as_an_input_is_refused_before_it_is_emptied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": STORIES[0]}) + "\n", "utf-8")
    before = feed.read_bytes()
    assert main(["extract", str(feed), "-o", str(feed)], out=io.StringIO()) == 2
    assert feed.read_bytes() == before
    assert capsys.readouterr().err == (
        f"newsclaims: error: {feed}: is both an input and the output (-o): it would be emptied "
        "before it is read\n"
    )


def test_report_into_its_own_input_directory_skips_its_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = corpus(tmp_path / "corpus", n=4)
    pages = docs / "pages"
    for _ in range(2):
        assert main(["report", str(docs), "-o", str(pages)], out=io.StringIO()) == 0
        assert sorted(p.name for p in pages.iterdir()) == [
            "index.html",
            "story00.html",
            "story01.html",
            "story02.html",
            "story03.html",
        ]
    # (The first run met its pages' directory empty; the second met the first one's pages.)
    err = capsys.readouterr().err
    assert err == f"newsclaims: skipped {pages}: it is this run's output\n"

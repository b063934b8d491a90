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
    assert err == f"newsclaims: skipped the pages in {pages}: they are this run's output\n"


@pytest.mark.parametrize("where", [".", "sub"])
def test_report_into_the_directory_of_a_named_input_reads_it(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    # (``cd dir && report a.txt -o .`` skipped a.txt as "this run's output": no page, status 0.)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    name = os.path.join(where, "a.txt")
    Path(name).write_text(STORIES[0], "utf-8")
    for _ in range(2):  # (the second run meets the first one's page beside the input)
        assert main(["report", name, "-o", where], out=io.StringIO()) == 0
        assert sorted(p.name for p in Path(where).glob("*.*")) == ["a.html", "a.txt"]
    assert capsys.readouterr().err == ""
    # A directory that holds its pages: the input is read, the page skipped.
    assert main(["report", where, "-o", where], out=io.StringIO()) == 0
    assert sorted(p.name for p in Path(where).glob("*.*")) == ["a.html", "a.txt"]
    assert "skipped the pages in" in capsys.readouterr().err


def test_a_named_page_in_the_output_directory_is_read_and_not_written_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("story.html").write_text(f"<html><body><p>{STORIES[0]}</p></body></html>", "utf-8")
    before = Path("story.html").read_bytes()
    assert main(["report", "story.html", "-o", "."], out=io.StringIO()) == 0
    assert Path("story.html").read_bytes() == before
    assert STORIES[0] in Path("story-2.html").read_text("utf-8")


def test_a_run_that_met_nothing_but_its_output_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = corpus(tmp_path / "corpus", n=1)
    assert main(["report", str(docs), "-o", str(docs)], out=io.StringIO()) == 0
    (docs / "story00.txt").unlink()
    capsys.readouterr()
    assert main(["report", str(docs), "-o", str(docs)], out=io.StringIO()) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"newsclaims: skipped the pages in {docs}: they are this run's output",
        f"newsclaims: error: {docs}: the inputs hold no document but this run's output (-o), "
        "which is not read",
    ]
    out = docs / "out.jsonl"
    out.write_text("", "utf-8")
    assert main(["extract", str(docs / "*.jsonl"), "-o", str(out)], out=io.StringIO()) == 2
    assert "the inputs hold no document but this run's output" in capsys.readouterr().err

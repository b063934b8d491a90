"""Output that cannot be written (a full disk, a lost share) and directories that cannot be
listed: one line naming what failed, status 2, never a bare traceback (both were one)."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsclaims.cli import main

ROOT = Path(__file__).resolve().parent.parent
AI = str(ROOT / "examples" / "ai_summary_japan_philippines.txt")


class FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize(
    "argv",
    [["extract", "--format", "text", AI], ["clean", AI], ["audit", AI], ["plugins"]],
    ids=["extract", "clean", "audit", "plugins"],
)
def test_a_full_output_is_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv, out=FullDisk()) == 2
    assert capsys.readouterr().err == (
        "newsclaims: error: cannot write the output (<stdout>): No space left on device\n"
    )


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_dev_full_as_stdout_or_output_file() -> None:
    env = {**os.environ, "NEWSCLAIMS_LOAD_PLUGINS": ""}
    cmd = [sys.executable, "-m", "newsclaims", "extract", AI]
    with open("/dev/full", "w") as full:
        done = subprocess.run(cmd, stdout=full, stderr=subprocess.PIPE, text=True, env=env)
    assert done.returncode == 2
    assert done.stderr == (
        "newsclaims: error: cannot write the output (<stdout>): No space left on device\n"
    )  # (no traceback, and no second error as Python exits)
    done = subprocess.run([*cmd, "-o", "/dev/full"], capture_output=True, text=True, env=env)
    assert (done.returncode, done.stderr) == (
        2,
        "newsclaims: error: cannot write the output (/dev/full): No space left on device\n",
    )


def test_a_directory_that_cannot_be_listed_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("Prices rose.\n", "utf-8")

    def refuse(path: str) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)

    monkeypatch.setattr("newsclaims._inputs.os.scandir", refuse)
    assert main(["extract", str(locked)], out=io.StringIO()) == 2
    assert capsys.readouterr().err == (
        f"newsclaims: error: {locked}: cannot list the directory: Permission denied\n"
    )


@pytest.mark.parametrize("name", ["story.txt", "out", "pages.jsonl"])
def test_a_report_into_a_file_that_is_no_directory_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    # (It was "cannot create the output directory: [Errno 17] File exists: '...'".)
    taken = tmp_path / name
    taken.write_text("Kept as it is.\n", "utf-8")
    assert main(["report", AI, "-o", str(taken)], out=io.StringIO()) == 2
    assert capsys.readouterr().err == (
        f"newsclaims: error: {taken}: is a file, not a directory: -o names the directory of "
        "the pages (or a .html file for the page of one document)\n"
    )
    assert taken.read_text("utf-8") == "Kept as it is.\n"
    # (A directory that cannot be made says why, once: "[Errno 20] Not a directory" was
    # written out with its path a second time.)
    assert main(["report", AI, "-o", str(taken / "pages")], out=io.StringIO()) == 2
    assert capsys.readouterr().err == (
        f"newsclaims: error: {taken / 'pages'}: cannot create the output directory: "
        "Not a directory\n"
    )

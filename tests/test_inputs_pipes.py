"""Inputs that can be read once only: a named pipe, a shell's ``<(curl ...)`` (``/dev/fd/63``),
``/dev/stdin`` on a pipe. Their first bytes, read to choose a loader, were gone when the loader
opened the path again: the story lost its first 4096 bytes (all of a short one), and the run
said it had read it, status 0."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

import newsclaims
from newsclaims.cli import main

T = TypeVar("T")

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX's")

STORY = (
    "Harbour dredging to resume in May\n\n"
    "By Tomás Ferreira\n\n"
    "Dredging of the inner harbour will resume on May 3, the port authority said on Monday.\n"
    '"We expect the work to take eleven weeks," said Ana Lima, the authority\'s chief engineer.\n'
    "Container traffic fell 4.1% last year, according to the national statistics institute.\n"
)

PAGE = (
    "<!DOCTYPE html><html lang='de'><head><meta charset='windows-1252'>"
    "<title>Stadtrat beschließt Haushalt</title></head><body><article>"
    "<h1>Stadtrat beschließt Haushalt</h1>"
    + "<p>Der Stadtrat hat am Dienstag einen Haushalt von 4,2 Millionen Euro beschlossen, "
    "teilte die Verwaltung mit. „Das ist ein guter Tag“, sagte Bürgermeisterin Lena Ruß.</p>"
    * 3
    + "</article></body></html>"
)


def within(func: Callable[[], T], seconds: float = 20) -> T:
    """``func()``, failing the test if it takes longer than ``seconds`` (before the fix, the
    second opening of a named pipe whose writer was done waited for a writer, for ever)."""
    done: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            done.append(func())
        except BaseException as exc:  # (raised again in the test's thread)
            errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if errors:
        raise errors[0]
    assert done, f"still reading the pipe after {seconds} s"
    return done[0]


@pytest.fixture
def pipe(tmp_path: Path) -> Iterator[object]:
    """A function that makes a named pipe a thread writes ``data`` into (in ``parts``, a pause
    between them, as a download writes)."""
    threads: list[threading.Thread] = []

    def make(data: bytes, name: str = "feed", parts: int = 1) -> str:
        path = tmp_path / name
        os.mkfifo(path)
        size = -(-len(data) // parts)

        def write() -> None:
            with open(path, "wb") as fh:
                for i in range(0, len(data), size):
                    fh.write(data[i : i + size])
                    fh.flush()
                    time.sleep(0.05)

        thread = threading.Thread(target=write, daemon=True)
        thread.start()
        threads.append(thread)
        return str(path)

    yield make
    for thread in threads:
        thread.join(timeout=5)


def test_a_text_on_a_pipe_is_read_whole(pipe) -> None:
    path = pipe(STORY.encode())
    (doc,) = within(lambda: list(newsclaims.parse_many([path])))
    assert doc.raw == STORY
    assert doc.id == path


def test_an_html_page_on_a_pipe_is_read_as_a_page_in_its_own_encoding(pipe) -> None:
    # (Its opening comes in two writes: the first alone does not say it is a page.)
    path = pipe(PAGE.encode("cp1252"), parts=5)
    (doc,) = within(lambda: list(newsclaims.parse_many([path])))
    assert doc.title == "Stadtrat beschließt Haushalt"
    assert "„Das ist ein guter Tag“, sagte Bürgermeisterin Lena Ruß." in doc.text


def test_gzip_and_json_lines_on_pipes(pipe) -> None:
    first = pipe(gzip.compress(STORY.encode()), name="story.gz")
    texts = ["Prices rose 3% in March, the office said.", "Rain is due."]
    lines = "".join(json.dumps({"id": f"n{i}", "text": t}) + "\n" for i, t in enumerate(texts))
    second = pipe(lines.encode(), name="records")
    docs = within(lambda: list(newsclaims.parse_many([first, second])))
    assert [d.id for d in docs] == [first, "n0", "n1"]
    assert docs[0].raw == STORY
    assert docs[2].raw == "Rain is due."


def test_the_cli_reads_pipes_with_workers_and_as_one_document(pipe, capsys) -> None:
    text, page = pipe(STORY.encode(), name="a"), pipe(PAGE.encode("cp1252"), name="b")
    out = io.StringIO()
    args = ["extract", "--workers", "2", "--format", "jsonl", text, page]
    assert within(lambda: main(args, out=out)) == 0
    docs = [newsclaims.Document.from_dict(json.loads(line)) for line in out.getvalue().splitlines()]
    assert docs[0].raw == STORY
    assert docs[1].title == "Stadtrat beschließt Haushalt"

    out = io.StringIO()
    page = pipe(PAGE.encode("cp1252"), name="c")
    assert within(lambda: main(["clean", page], out=out)) == 0
    assert "<" not in out.getvalue()  # the page's text, not its markup
    assert "Bürgermeisterin Lena Ruß" in out.getvalue()

    out = io.StringIO()
    text = pipe(STORY.encode(), name="d")
    assert within(lambda: main(["clean", text], out=out)) == 0
    assert "Dredging of the inner harbour" in out.getvalue()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/dev/fd paths")
def test_a_shells_process_substitution_path(tmp_path: Path) -> None:
    read, write = os.pipe()
    os.write(write, STORY.encode())
    os.close(write)
    try:
        (doc,) = newsclaims.parse_many([f"/dev/fd/{read}"])
    finally:
        os.close(read)
    assert doc.raw == STORY

"""Inputs that hold no document: an empty JSON Lines file or web archive, a JSON list ``[]``,
an archive of requests and images alone. The run gave no output and status 0, without a word:
a script took it for done. The library still yields nothing for them; the command line names
each on stderr, and a run that read no document at all is an error (status 2)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsclaims
from newsclaims._batch import stream
from newsclaims.cli import main

STORY = {"id": "kw-1", "text": "The central bank raised its main rate to 4.5% on Thursday."}


def _archive_without_pages(path: Path) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/", "request", payload=io.BytesIO(b""), http_headers=http
            )
        )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n"),
                http_headers=image,
            )
        )


def _empty_inputs(tmp_path: Path) -> list[Path]:
    made = []
    for name, data in [
        ("day-01.jsonl", b""),
        ("day-02.ndjson", b"\n\n"),
        ("list.json", b"[]\n"),
        ("nested-list.json", b"  [ ]"),
        ("crawl.warc", b""),
        ("crawl2.warc.gz", b""),
    ]:
        (tmp_path / name).write_bytes(data)
        made.append(tmp_path / name)
    _archive_without_pages(tmp_path / "images.warc.gz")
    made.append(tmp_path / "images.warc.gz")
    return made


def test_the_library_yields_nothing_and_tells_the_caller_of_each(tmp_path: Path) -> None:
    empty = _empty_inputs(tmp_path)
    story = tmp_path / "story.jsonl"
    story.write_text(json.dumps(STORY) + "\n", "utf-8")
    assert list(newsclaims.parse_many(empty)) == []
    assert list(newsclaims.parse_many(empty, keep_going=True)) == []
    assert list(newsclaims.load_records(empty, keep_going=True)) == []
    told: list[str] = []
    docs = list(stream([tmp_path], on_empty=told.append))
    assert [d.id for d in docs] == ["kw-1"]
    assert sorted(told) == sorted(str(p) for p in empty)


def test_several_workers_tell_it_too(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("", "utf-8")
    (tmp_path / "b.txt").write_text("Officials said the bridge would reopen in May.\n", "utf-8")
    told: list[str] = []
    docs = list(stream([tmp_path], workers=2, on_empty=told.append))
    assert len(docs) == 1 and told == [str(tmp_path / "a.jsonl")]


@pytest.mark.parametrize("command", ["extract", "audit", "report"])
def test_a_run_that_reads_no_document_says_so_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    empty = _empty_inputs(tmp_path)
    args = [command, *map(str, empty[:2])]
    if command == "report":
        args += ["-o", str(tmp_path / "pages")]
    assert main(args, out=io.StringIO()) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"newsclaims: {empty[0]}: holds no document",
        f"newsclaims: {empty[1]}: holds no document",
        "newsclaims: error: no document was read: the inputs named above hold none",
    ]


def test_one_empty_input_among_others_is_named_and_the_run_succeeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-empty.jsonl").write_text("", "utf-8")
    (tmp_path / "b-story.json").write_text(json.dumps(STORY), "utf-8")
    out = io.StringIO()
    assert main(["extract", "--format", "jsonl", str(tmp_path)], out=out) == 0
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["kw-1"]
    err = capsys.readouterr().err
    assert err == f"newsclaims: {tmp_path / 'a-empty.jsonl'}: holds no document\n"
    out = io.StringIO()
    assert main(["extract", "-o", str(tmp_path / "out.jsonl"), str(tmp_path)], out=out) == 0


def test_standard_input_of_an_empty_list(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    data = io.BufferedReader(io.BytesIO(b"[]\n"))  # (told JSON by its first bytes)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(data))
    assert main(["extract", "-"], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsclaims: <stdin>: holds no document\n")

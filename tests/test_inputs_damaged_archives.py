"""A damaged web archive is bad input: an error naming the file and the last record read,
after the records before the damage, never a crash of the built-in loader nor nothing at all.

warcio stops at a record it cannot parse (``ArchiveLoadFailed``), fails with its own
``AttributeError`` on a response without a target URI, and reads a header cut short as a
record with no type; the first two were "plugin 'newsclaims.loaders' loader 'warc' failed",
the last an archive of no documents and status 0.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsclaims
from newsclaims.cli import main

STORIES = [
    "The port reopened on Tuesday after a week-long strike, the dock workers' union said.",
    "Der Hafen wurde am Dienstag nach einem einwöchigen Streik wieder geöffnet, teilte die "
    "Gewerkschaft mit.",
    "El puerto reabrió el martes tras una huelga de una semana, informó el sindicato.",
]


def archive() -> tuple[bytes, list[str]]:
    """An uncompressed WARC of three text responses; returns it and the records' ids."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    ids = []
    for n, story in enumerate(STORIES):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/plain; charset=utf-8")], protocol="HTTP/1.1"
        )
        rec = writer.create_warc_record(
            f"https://port.example/{n}",
            "response",
            payload=io.BytesIO(story.encode()),
            http_headers=headers,
        )
        writer.write_record(rec)
        ids.append(rec.rec_headers.get_header("WARC-Record-ID").strip("<>"))
    return out.getvalue(), ids


def damage_third_record(data: bytes, how: str) -> bytes:
    start = data.index(b"WARC/1", data.index(b"WARC/1", 10) + 10)
    if how == "garbage":  # its first line overwritten
        return data[:start] + b"GARBAGE LINE\r\n" + data[data.index(b"\r\n", start) + 2 :]
    # its WARC-Target-URI lost: warcio fails reading the HTTP headers
    target = data.index(b"WARC-Target-URI", start)
    return data[:target] + data[data.index(b"\r\n", target) + 2 :]


@pytest.mark.parametrize("how", ["garbage", "no target"])
def test_the_records_before_the_damage_are_read_then_the_file_is_named(
    tmp_path: Path, how: str
) -> None:
    data, ids = archive()
    path = tmp_path / "crawl.warc"
    path.write_bytes(damage_third_record(data, how))
    out = list(newsclaims.parse_many([path], keep_going=True))
    assert [type(o).__name__ for o in out] == ["Document", "Document", "Failure"]
    assert [o.raw for o in out[:2]] == STORIES[:2]  # type: ignore[union-attr]
    failure = out[2]
    assert isinstance(failure, newsclaims.Failure) and failure.type == "InputError"
    assert failure.message.startswith(f"{path}: damaged web archive after record {ids[1]}: ")
    with pytest.raises(newsclaims.InputError, match="damaged web archive"):
        list(newsclaims.parse_many([path]))


@pytest.mark.parametrize(
    "data",
    [
        b"WARC/1.0\r\nWARC-Type: resp",
        b"WARC/1.0\r\nbroken",
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9\r\n",
    ],
)
def test_an_archive_cut_in_its_first_header_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    path = tmp_path / "cut.warc"
    path.write_bytes(data)
    assert main(["extract", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsclaims: error: {path}: damaged web archive at its start")
    assert err.count("\n") == 1 and "plugin" not in err

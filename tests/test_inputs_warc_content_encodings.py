"""Responses in a web archive compressed as warcio cannot decompress (``Content-Encoding: br``
without the ``brotli`` package, ``zstd``): warcio passes their bytes on as they are, and the
page was "no article text found in the HTML", a text response its compressed bytes as text.
The record's error now says what the bytes are and what to install."""

from __future__ import annotations

import gzip
import importlib.util
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsclaims

PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Hafenstreik beendet</title></head>"
    "<body><article><h1>Hafenstreik beendet</h1>"
    + "<p>Die Hafenarbeiter kehrten am Montag nach neun Tagen Streik zurück, teilte die "
    "Gewerkschaft mit. „Wir haben gewonnen“, sagte Ana Lima.</p>" * 4 + "</article></body></html>"
).encode()
TEXT = b"Dock workers returned on Monday after a nine-day strike, the union said.\n"
#: Bytes no decompressor reads (what a zstd or Brotli stream is to warcio without one).
PACKED = b"(\xb5/\xfd\x04\x00\x11\x00\x00\x8b\x02\x80\x1f\x8bcompressed\x00\x01"


def warc(path: Path, responses: list[tuple[str, bytes, list[tuple[str, str]]]]) -> list[str]:
    ids = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for name, body, headers in responses:
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                f"https://news.example/{name}",
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
            )
            writer.write_record(rec)
            ids.append(rec.rec_headers.get_header("WARC-Record-ID").strip("<>"))
    return ids


HTML = ("Content-Type", "text/html; charset=utf-8")


@pytest.mark.parametrize(
    ("coding", "headers", "body", "said"),
    [
        ("zstd", [HTML], PACKED, "which warcio cannot decompress"),
        ("gzip, zstd", [("Content-Type", "text/plain")], PACKED, "cannot decompress"),
        ("x-custom", [], PACKED, "cannot decompress"),  # (no type: it may be a page)
        pytest.param(
            "br",
            [HTML],
            PACKED,
            "which warcio reads with Brotli: pip install brotli",
            marks=pytest.mark.skipif(
                importlib.util.find_spec("brotli") is not None, reason="brotli is installed"
            ),
        ),
    ],
    ids=["zstd", "gzip-zstd", "no-type", "br"],
)
def test_a_response_warcio_cannot_decompress_is_named(
    tmp_path: Path, coding: str, headers: list[tuple[str, str]], body: bytes, said: str
) -> None:
    path = tmp_path / "crawl.warc.gz"
    ids = warc(
        path,
        [
            ("plain", PAGE, [HTML]),
            ("packed", body, [*headers, ("Content-Encoding", coding)]),
            (
                "gzipped",
                gzip.compress(TEXT),
                [("Content-Type", "text/plain"), ("Content-Encoding", "gzip")],
            ),
            ("identity", TEXT, [("Content-Type", "text/plain"), ("Content-Encoding", "identity")]),
        ],
    )
    records = list(newsclaims.load_records([path], keep_going=True))
    assert [r.id for r in records] == ids
    assert [r.error is None for r in records] == [True, False, True, True]
    error = records[1].error
    assert error is not None
    assert error.startswith(f"{path}: record {ids[1]} (https://news.example/packed): ")
    assert f"the page is compressed as {coding!r} (its Content-Encoding), " in error
    assert error.endswith(said)
    assert records[0].title == "Hafenstreik beendet"
    assert records[2].text == records[3].text == TEXT.decode()


def test_an_image_warcio_cannot_decompress_is_skipped_as_before(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    image = [("Content-Type", "image/webp"), ("Content-Encoding", "zstd")]
    ids = warc(path, [("a.webp", PACKED, image), ("story", PAGE, [HTML])])
    assert [r.id for r in newsclaims.load_records([path])] == ids[1:]

"""JSON and JSON Lines files saved as UTF-16 or UTF-32 with a byte-order mark (Windows tools'
"Unicode") are read in it, as text files are: the mark says so without doubt. They were refused
("cannot decode as utf-8: invalid start byte"), and one with no telling name was read as a text
article of JSON source.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import newsclaims
from newsclaims._inputs import loader_for

RECORDS = [
    {"id": "a", "text": "The council approved the budget on Tuesday, the clerk said."},
    {"id": "b", "text": "Zürich's airport handled 31 million passengers in 2024, up 8%."},
    {"id": "c", "text": "Le Conseil d'État a rejeté le recours, a indiqué l'avocat."},
]
WIDE = ["utf-16", "utf-16-be", "utf-32", "utf-32-be"]


def _marked(text: str, codec: str) -> bytes:
    """``text`` in ``codec`` with its byte-order mark (Python's ``utf-16`` writes one)."""
    mark = "" if codec in ("utf-16", "utf-32") else "\ufeff"
    return (mark + text).encode(codec)


def _texts(path: Path) -> list[str]:
    records = list(newsclaims.load_records([path]))
    assert [r.error for r in records] == [None] * len(records)
    return [r.text for r in records]


@pytest.mark.parametrize("codec", WIDE)
def test_json_lines_with_a_wide_mark(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes(_marked("".join(json.dumps(r) + "\n" for r in RECORDS), codec))
    assert _texts(path) == [r["text"] for r in RECORDS]


@pytest.mark.parametrize("codec", WIDE)
def test_a_json_list_with_a_wide_mark(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "news.json"
    path.write_bytes(_marked(json.dumps(RECORDS, ensure_ascii=False, indent=2), codec))
    assert _texts(path) == [r["text"] for r in RECORDS]


def test_compressed_json_lines_with_a_wide_mark(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl.gz"
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)
    path.write_bytes(gzip.compress(_marked(text, "utf-16")))
    assert _texts(path) == [r["text"] for r in RECORDS]


@pytest.mark.parametrize("codec", ["utf-16", "utf-32-be"])
@pytest.mark.parametrize("layout", ["lines", "list"])
def test_json_with_no_telling_name_is_told_through_the_mark(
    tmp_path: Path, codec: str, layout: str
) -> None:
    # (A file named for no format is told by its first bytes, the mark's text as UTF-8's.)
    if layout == "lines":
        text = "".join(json.dumps(r) + "\n" for r in RECORDS)
    else:
        text = json.dumps(RECORDS)
    path = tmp_path / "export"
    path.write_bytes(_marked(text, codec))
    assert _texts(path) == [r["text"] for r in RECORDS]


def test_utf8_with_its_mark_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + "".join(json.dumps(r) + "\n" for r in RECORDS).encode())
    assert _texts(path) == [r["text"] for r in RECORDS]


def test_an_encoding_named_is_not_overruled_by_a_mark(tmp_path: Path) -> None:
    path = tmp_path / "news.json"
    path.write_bytes(_marked(json.dumps(RECORDS), "utf-16"))
    records = list(newsclaims.load_records([path], encoding="cp1252", keep_going=True))
    assert len(records) == 1 and records[0].error is not None


def test_the_loader_is_chosen_by_the_marked_text(tmp_path: Path) -> None:
    path = tmp_path / "export"
    path.write_bytes(_marked(json.dumps(RECORDS[0]) + "\n", "utf-32"))
    pm = newsclaims.make_plugin_manager(entry_points=False)
    loader = loader_for(pm, str(path))
    assert type(loader.func).__name__ == "JsonLinesLoader"

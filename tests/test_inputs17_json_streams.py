"""Several JSON objects one after the other, each written over several lines: read as a stream
of documents whatever the name (``.json``, ``.jsonl``, none), including objects whose first
line holds their first field (``{"id": "a1",``), as some writers lay them out: under a JSON
Lines name every line of such a file was an error of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclaims

STORIES = [
    {"id": "dw-1", "text": "Die Regierung sagte am Montag, sie plane eine Reform.", "url": "u1"},
    {"id": "lm-2", "text": "Le ministre a déclaré que les impôts augmenteraient.", "title": "T"},
    {"id": "ap-3", "text": "Police said three people were arrested on Friday."},
]


def _indented(objs: list[dict[str, str]]) -> str:
    return "".join(json.dumps(o, indent=2, ensure_ascii=False) + "\n" for o in objs)


def _glued(objs: list[dict[str, str]]) -> str:
    return "".join(json.dumps(o, indent="\t", ensure_ascii=False) for o in objs) + "\n"


def _first_field_on_first_line(objs: list[dict[str, str]]) -> str:
    out = []
    for o in objs:
        fields = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in o.items()]
        out.append("{" + ",\n ".join(fields) + "}\n")
    return "".join(out)


LAYOUTS = {
    "indented": _indented,
    "glued": _glued,
    "first-field": _first_field_on_first_line,
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("name", ["dump.json", "dump.jsonl", "dump.ndjson", "dump"])
def test_objects_over_several_lines_are_each_a_document(
    tmp_path: Path, layout: str, name: str
) -> None:
    path = tmp_path / name
    path.write_text(LAYOUTS[layout](STORIES), "utf-8")
    records = list(newsclaims.load_records([path]))
    assert [(r.id, r.text, r.error) for r in records] == [
        (s["id"], s["text"], None) for s in STORIES
    ]
    assert records[0].url == "u1" and records[1].title == "T"


def test_a_line_cut_short_is_still_an_error_of_its_own(tmp_path: Path) -> None:
    # (A JSON Lines file whose first record lost its end, then whole records: each whole one
    # is read, and the cut one is named.)
    path = tmp_path / "cut.jsonl"
    whole = [json.dumps(s) for s in STORIES[1:]]
    path.write_text('{"id": "dw-1", "text": "Die Regierung sagte,\n' + "\n".join(whole), "utf-8")
    records = list(newsclaims.load_records([path], keep_going=True))
    assert records[0].error is not None and f"{path}:1" in records[0].error
    assert [r.id for r in records[1:]] == ["lm-2", "ap-3"]
    path.write_text('{"id": "dw-1", "text":\n' + "\n".join(whole), "utf-8")
    records = list(newsclaims.load_records([path], keep_going=True))
    assert records[0].error is not None and f"{path}:1" in records[0].error
    assert [r.id for r in records[1:]] == ["lm-2", "ap-3"]

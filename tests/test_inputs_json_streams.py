"""JSON files of several values, and lists on one line of JSON Lines.

- JSON Lines under a ``.json`` name, as ``mongoexport`` writes by default and many dumps are
  named: the file was read as one document, and the whole of it was one error,
  ``dump.json:2: invalid JSON (column 1): Extra data``.
- A list of records on one line of JSON Lines (``jq -c . list.json > list.jsonl``): it was one
  error, ``expected a JSON object, got list``, every record in it unread.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

import newsclaims
from newsclaims.cli import main

STORIES = [
    {
        "_id": {"$oid": "65f1c0a2e4b0d1a2b3c4d5e6"},
        "headline": "Port strike ends after nine days",
        "body": "Dock workers returned on Monday after a nine-day strike, the union said.",
        "meta": {"link": "https://news.example/port-strike"},
    },
    {
        "_id": {"$oid": "65f1c0a2e4b0d1a2b3c4d5e7"},
        "headline": "Inflation slows to 2.9%",
        "body": "Inflation slowed to 2.9% in May, the statistics office said on Friday.",
        "meta": {"link": "https://news.example/inflation"},
    },
    {
        "_id": {"$oid": "65f1c0a2e4b0d1a2b3c4d5e8"},
        "headline": "Mairie : le budget adopté",
        "body": "Le conseil municipal a adopté mardi un budget de 4,2 millions d'euros.",
        "meta": {"link": "https://news.example/fr/budget"},
    },
]
FIELDS = {"text": "body", "id": "_id.$oid", "title": "headline", "url": "meta.link"}
IDS = [s["_id"]["$oid"] for s in STORIES]  # type: ignore[index]


def lines(newline: str = "\n", bom: bool = False) -> str:
    text = newline.join(json.dumps(s, ensure_ascii=False) for s in STORIES) + newline
    return ("\ufeff" if bom else "") + text


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("articles.json", lines().encode()),  # mongoexport's default
        ("articles.json", lines("\r\n", bom=True).encode()),  # a Windows tool's
        ("articles.json.gz", gzip.compress(lines().encode())),
        ("articles.JSON", lines().encode("utf-16")),
        # jq '.[]' output, indented objects in a row:
        ("articles.json", "".join(json.dumps(s, indent=2) + "\n" for s in STORIES).encode()),
    ],
)
def test_json_lines_under_a_json_name_are_read_each_a_document(
    tmp_path: Path, name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    encoding = "utf-16" if name.endswith("JSON") else None
    records = list(newsclaims.load_records([path], fields=FIELDS, encoding=encoding))
    assert [(r.id, r.error) for r in records] == [(i, None) for i in IDS]
    assert [r.title for r in records] == [s["headline"] for s in STORIES]
    assert records[1].url == "https://news.example/inflation"
    assert records[2].text == STORIES[2]["body"]


def test_a_broken_line_of_json_lines_under_a_json_name_is_its_own_error(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    text = lines().splitlines(keepends=True)
    path.write_text(text[0] + '{"body": "Broken" "headline": "x"}\n' + text[2], "utf-8")
    records = list(newsclaims.load_records([path], fields=FIELDS, keep_going=True))
    assert [r.id for r in records] == [IDS[0], f"{path}:2", IDS[2]]
    assert records[1].error == f"{path}:2: invalid JSON (column 19): Expecting ',' delimiter"
    with pytest.raises(newsclaims.InputError, match=r"dump\.json:2: invalid JSON"):
        list(newsclaims.load_records([path], fields=FIELDS))


def test_one_json_document_and_its_errors_are_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(STORIES, indent=2), "utf-8")
    assert [r.id for r in newsclaims.load_records([path], fields=FIELDS)] == IDS
    path.write_text('[{"body": "One."},\n {"body": "Two."]\n', "utf-8")
    with pytest.raises(newsclaims.InputError, match=r"one\.json:2: invalid JSON \(column 17\)"):
        list(newsclaims.load_records([path], fields=FIELDS))


def test_the_cli_reads_a_json_lines_dump_named_json(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(lines(), "utf-8")
    out = io.StringIO()
    args = ["extract", "--format", "jsonl", "--text-field", "body", "--id-field", "_id.$oid"]
    assert main([*args, str(path)], out=out) == 0
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == IDS


def test_a_list_on_one_line_of_json_lines_gives_its_items(tmp_path: Path) -> None:
    path = tmp_path / "list.jsonl"
    one_line = json.dumps(STORIES[:2], ensure_ascii=False)
    path.write_text(one_line + "\n" + json.dumps(STORIES[2]) + "\n[]\n", "utf-8")
    records = list(newsclaims.load_records([path], fields={**FIELDS, "id": "none"}))
    assert [(r.id, r.error) for r in records] == [
        (f"{path}:1:0", None),
        (f"{path}:1:1", None),
        (f"{path}:2", None),
    ]
    assert records[1].title == "Inflation slows to 2.9%"
    # (An item that is no record is the error of its line and item.)
    path.write_text('{"body": "One."}\n[{"body": "Two."}, "three"]\n', "utf-8")
    records = list(newsclaims.load_records([path], fields=FIELDS, keep_going=True))
    assert [r.error for r in records] == [
        None,
        None,
        f"{path}:2: item 1: expected a JSON object, got str",
    ]

"""A JSON Lines file whose records are one to a line until one is written over several lines
(indented, as ``json.dumps(indent=2)`` or ``jq .`` writes it, appended to a dump): each line
of that record was an error of its own (``invalid JSON (column 1)``), so a strict run stopped
there and ``--keep-going`` counted one record as four failures. The record is read whole,
its id the line it opens on; a line that is no JSON is still an error naming its line."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

import newsclaims
from newsclaims.cli import main

RECORDS = [
    {"id": "bbc-1", "text": "The council approved the budget on Tuesday, officials said."},
    {"id": "lemonde-2", "text": "Le gouvernement a annoncé une réforme des retraites lundi."},
    {
        "id": "folha-3",
        "text": "O Banco Central manteve a taxa de juros em 10,5%, segundo o comunicado.",
        "url": "https://folha.example/3",
        "meta": {"section": "economia", "tags": ["juros", "bc"]},
    },
    {"id": "nhk-4", "text": "The port reopened after the typhoon passed, the agency said."},
    {"id": "dw-5", "text": "Die Regierung plant neue Regeln für Mieten, sagte die Ministerin."},
]


def _compact(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def _written(layout: str, pretty_at: int) -> str:
    """The records one to a line, the one at ``pretty_at`` laid out as ``layout`` says."""
    lines = []
    for i, record in enumerate(RECORDS):
        if i != pretty_at:
            lines.append(_compact(record))
        elif layout == "indent2":
            lines.append(json.dumps(record, ensure_ascii=False, indent=2))
        elif layout == "tabs":
            lines.append(json.dumps(record, ensure_ascii=False, indent="\t"))
        elif layout == "fields-per-line":  # (closed on its last field's line)
            items = [f"{json.dumps(k)}: {json.dumps(v)}" for k, v in record.items()]
            lines.append("{" + ",\n ".join(items) + "}")
        elif layout == "list":  # (a list of two, over several lines)
            lines.append(json.dumps([record, {"text": "A second item."}], indent=2))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("layout", ["indent2", "tabs", "fields-per-line"])
@pytest.mark.parametrize("pretty_at", [1, 2, 4])
def test_a_record_over_several_lines_among_one_line_records_is_read(
    tmp_path: Path, layout: str, pretty_at: int
) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(_written(layout, pretty_at), "utf-8")
    records = list(newsclaims.load_records([path]))
    assert [r.error for r in records] == [None] * len(RECORDS)
    assert [r.id for r in records] == [r["id"] for r in RECORDS]
    assert [r.text for r in records] == [r["text"] for r in RECORDS]
    assert [d.id for d in newsclaims.parse_many([path])] == [r["id"] for r in RECORDS]


def test_its_default_id_is_the_line_it_opens_on(tmp_path: Path) -> None:
    rows = [{k: v for k, v in r.items() if k != "id"} for r in RECORDS]
    text = "\r\n".join(
        [_compact(rows[0]), json.dumps(rows[1], indent=2).replace("\n", "\r\n")]
        + [_compact(r) for r in rows[2:]]
    )  # (CRLF line ends, and no line end after the last)
    path = tmp_path / "dump.jsonl"
    path.write_bytes(text.encode("utf-8"))
    records = list(newsclaims.load_records([path]))
    assert [r.id for r in records] == [f"{path}:{n}" for n in (1, 2, 5, 6, 7)]
    assert records[1].text == rows[1]["text"]


def test_a_list_over_several_lines_gives_its_items(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(_written("list", 2), "utf-8")
    records = list(newsclaims.load_records([path]))
    assert [r.error for r in records] == [None] * (len(RECORDS) + 1)
    assert records[2].id == "folha-3" and records[3].text == "A second item."
    assert records[3].id == f"{path}:3:1"


def test_a_nested_field_of_such_a_record_is_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(_written("indent2", 2), "utf-8")
    records = list(newsclaims.load_records([path], fields={"title": "meta.section"}))
    assert records[2].title == "economia" and records[2].url == "https://folha.example/3"


def test_the_command_line_reads_every_record(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(_written("indent2", 2), "utf-8")
    out = io.StringIO()
    assert main(["extract", "--format", "jsonl", str(path)], out=out) == 0
    ids = [json.loads(line)["id"] for line in out.getvalue().splitlines()]
    assert ids == [r["id"] for r in RECORDS]


def test_a_line_cut_short_is_still_an_error_of_its_line(tmp_path: Path) -> None:
    # (A record whose line ends early, then whole records: the next record does not close
    # it, so it is the error of its own line and the records after it are read.)
    lines = [_compact(r) for r in RECORDS]
    lines[1] = lines[1][:30]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    records = list(newsclaims.load_records([path], keep_going=True))
    assert [r.error is None for r in records] == [True, False, True, True, True]
    assert records[1].id == f"{path}:2"
    assert records[1].error is not None and f"{path}:2: invalid JSON" in records[1].error
    with pytest.raises(newsclaims.InputError, match=r"dump\.jsonl:2: invalid JSON"):
        list(newsclaims.parse_many([path]))


def test_a_record_the_end_of_the_file_cuts_short_is_an_error_not_a_loss(tmp_path: Path) -> None:
    text = _written("indent2", 4)
    text = text[: text.rindex('"text"')]  # (cut inside the last record)
    path = tmp_path / "dump.jsonl"
    path.write_text(text, "utf-8")
    records = list(newsclaims.load_records([path], keep_going=True))
    assert [r.id for r in records[:4]] == [r["id"] for r in RECORDS[:4]]
    assert all(r.error is None for r in records[:4])
    assert records[4].id == f"{path}:5" and records[4].error is not None
    with pytest.raises(newsclaims.InputError, match=r"dump\.jsonl:5: invalid JSON"):
        list(newsclaims.parse_many([path]))


def test_an_undecodable_line_inside_such_a_record_is_named(tmp_path: Path) -> None:
    text = _written("indent2", 2).replace("comunicado", "comunica\udcffdo")
    path = tmp_path / "dump.jsonl"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    records = list(newsclaims.load_records([path], keep_going=True))
    errors = [r.error for r in records if r.error is not None]
    assert any(f"{path}:5" in e and "cannot decode" in e for e in errors)
    assert [r.id for r in records if r.error is None][-2:] == ["nhk-4", "dw-5"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_such_a_record_is_read_in_any_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(_written("indent2", 2).encode(encoding))
    records = list(newsclaims.load_records([path], encoding=encoding))
    assert [r.text for r in records] == [r["text"] for r in RECORDS]


def _comma_first(record_id: str, count: int) -> str:
    """A record written comma first, each of its quotes an object on a line of its own that
    ends with ``}``, as some writers lay out long lists."""
    lines = [
        "{" + f'"id": "{record_id}", "text": "The minister answered questions for an hour.",',
        ' "quotes": [',
        '  {"n": 0, "said": "We will not raise taxes {this year}."}',
    ]
    for n in range(1, count):
        lines.append(f'  , {{"n": {n}, "said": "Point {n} [of {count}] stands."}}')
    lines.append(" ]}")
    return "\n".join(lines)


@pytest.mark.parametrize("count", [50, 400])
def test_a_record_of_many_lines_ending_in_a_brace_is_parsed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    # (Each line that ends with "}" was tried with all those above it: the work grew with the
    # square of the record's length, 400 lines parsed 80,000 lines' worth.)
    body = _comma_first("ap-7", count)
    path = tmp_path / "dump.jsonl"
    path.write_text(
        "\n".join([_compact(RECORDS[0]), body, _compact(RECORDS[3])]) + "\n", encoding="utf-8"
    )
    parsed: list[int] = []
    loads = json.loads

    def counted(text: Any, *args: Any, **kwargs: Any) -> Any:
        parsed.append(len(text))
        return loads(text, *args, **kwargs)

    monkeypatch.setattr(json, "loads", counted)
    records = list(newsclaims.load_records([path]))
    assert [r.id for r in records] == ["bbc-1", "ap-7", "nhk-4"]
    assert all(r.error is None for r in records)
    # (The record's first line alone, then the record whole: twice its size, at most.)
    assert sum(parsed) <= 2 * len(body) + 4 * len(_compact(RECORDS[0]))
    assert len(parsed) <= 5


def test_brackets_and_quotes_inside_strings_do_not_end_a_record(tmp_path: Path) -> None:
    record = {
        "id": "reuters-8",
        "text": 'He said: "the {deal} is done]" and left }',
        "meta": {"note": 'a \\" quote and a } brace', "n": [1, 2]},
    }
    path = tmp_path / "dump.jsonl"
    pretty = json.dumps(record, ensure_ascii=False, indent=2)
    path.write_text(f"{_compact(RECORDS[1])}\n{pretty}\n{_compact(RECORDS[4])}\n", encoding="utf-8")
    records = list(newsclaims.load_records([path]))
    assert [r.id for r in records] == ["lemonde-2", "reuters-8", "dw-5"]
    assert records[1].text == record["text"]

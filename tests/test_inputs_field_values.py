"""What a record's fields may hold: text, never a lone surrogate, never another type.

JSON decodes an escape such as ``"\\ud800"`` without its pair to a lone surrogate, which no
encoder writes: in the text it was refused under the document's id as if that were a file, and
in the title, URL or id it crashed ``extract --format text`` and ``report`` with a traceback.
A plugin's loader that builds a record of the wrong types (an id read as a number, text left as
bytes) is that loader's failure, named with it.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

import newsclaims
from newsclaims.cli import main

GOOD = "The council approved the budget on Monday, officials said."


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text", "Prices rose \\ud800 in May, the office said."),
        ("title", "Budget \\udc00 passes"),
        ("url", "https://news.example/\\uDFFF"),
        ("date", "2024-05-0\\ud83d"),  # (an emoji's first half, its second lost)
        ("source", "\\ud800Wire"),
    ],
)
def test_a_json_lines_field_with_a_lone_surrogate_is_an_error_of_its_line(
    tmp_path: Path, field: str, value: str
) -> None:
    record = {"id": "s1", "text": GOOD, "title": "Budget passes"}
    bad = json.dumps({**record, field: "@"}).replace("@", value)
    path = write_lines(
        tmp_path / "feed.jsonl", [json.dumps({**record, "id": "s0"}), bad, json.dumps(record)]
    )
    out = list(newsclaims.parse_many([path], keep_going=True))
    assert [type(o).__name__ for o in out] == ["Document", "Failure", "Document"]
    failure = out[1]
    assert isinstance(failure, newsclaims.Failure)
    assert failure.id == "s1" and failure.path == str(path)
    assert failure.message.startswith(f"{path}:2: the '{field}' field has a lone surrogate")


def test_an_id_with_a_lone_surrogate_is_named_by_its_line(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "feed.jsonl", ['{"id": "a\\ud800", "text": "' + GOOD + '"}'])
    (failure,) = newsclaims.parse_many([path], keep_going=True)
    assert isinstance(failure, newsclaims.Failure)
    assert failure.id == f"{path}:1"  # (its own id is no text)
    assert "'id' field has a lone surrogate U+D800" in failure.message


def test_a_json_list_item_with_a_lone_surrogate_is_named(tmp_path: Path) -> None:
    path = tmp_path / "items.json"
    path.write_text(
        f'[{{"id": "a", "text": "{GOOD}"}}, {{"id": "b", "text": "{GOOD}", "title": "x\\udc80"}}]',
        encoding="utf-8",
    )
    out = list(newsclaims.parse_many([path], keep_going=True))
    assert isinstance(out[0], newsclaims.Document) and isinstance(out[1], newsclaims.Failure)
    assert "item 1: the 'title' field has a lone surrogate" in out[1].message


def test_a_surrogate_pair_escaped_is_text(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "feed.jsonl",
        ['{"id": "e", "title": "Fans \\ud83c\\udf89 celebrate", "text": "' + GOOD + '"}'],
    )
    (doc,) = newsclaims.parse_many([path])
    assert isinstance(doc, newsclaims.Document) and doc.title == "Fans 🎉 celebrate"


@pytest.mark.parametrize("command", ["extract", "report", "audit"])
def test_the_cli_names_the_line_and_writes_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    path = write_lines(
        tmp_path / "feed.jsonl",
        [
            '{"id": "bad", "title": "Storm \\ud800 hits", "text": "' + GOOD + '"}',
            json.dumps({"id": "good", "title": "Storm hits", "text": GOOD}),
        ],
    )
    args = [command, str(path), "--keep-going"]
    if command == "extract":
        args += ["--format", "text"]
    if command == "report":
        args += ["-o", str(tmp_path / "pages")]
    status = main(args)
    err = capsys.readouterr().err
    assert status in (1, 2) and "Traceback" not in err
    assert f"{path}:1: the 'title' field has a lone surrogate" in err


@pytest.mark.parametrize("field", ["url", "title", "source", "date"])
def test_parse_refuses_a_field_with_a_lone_surrogate(field: str) -> None:
    with pytest.raises(newsclaims.InputError, match=f"lone surrogate U\\+DC80 .* of the {field}"):
        newsclaims.parse(GOOD, **{field: "x\udc80"})


def test_a_file_whose_name_is_not_utf8_is_read_and_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its name's undecodable byte is a surrogate as Python decodes it, and its id: the id may
    # hold one (a title may not). The report could not write its page (UnicodeEncodeError, a
    # traceback), and the readable output wrote the surrogate to the terminal.
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9-march\xe9.txt")
    (folder / name).write_text(GOOD + "\n", "utf-8")
    (doc,) = newsclaims.parse_many([folder])
    assert isinstance(doc, newsclaims.Document) and doc.id == str(folder / name)
    assert main(["extract", str(folder), "--format", "text"]) == 0
    assert "caf\\udce9-march\\udce9.txt: 1 claims" in capsys.readouterr().out
    assert main(["audit", str(folder)]) == 0
    assert main(["report", str(folder), "-o", str(tmp_path / "page.html")]) == 0
    page = (tmp_path / "page.html").read_text("utf-8")
    assert "caf\ufffd-march\ufffd.txt" in page


class _SloppyLoader:
    """A plugin's loader for ``.csv`` files that builds its records wrongly."""

    def __init__(self, **fields: object) -> None:
        self.fields = fields

    def can_load(self, path: str, head: bytes) -> bool:
        return path.endswith(".csv")

    def load(self, path: str, fields: Mapping[str, str]) -> Iterator[newsclaims.Record]:
        yield newsclaims.Record(text=GOOD, id="row-1", path=path)
        yield newsclaims.Record(**{"text": GOOD, "path": path, **self.fields})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"id": 7}, "a Record's 'id' must be str or None, got int 7"),
        ({"text": b"raw bytes"}, "a Record's 'text' must be str, got bytes b'raw bytes'"),
        ({"text": None}, "a Record's 'text' must be str, got NoneType None"),
        ({"title": ["a", "b"]}, "a Record's 'title' must be str or None, got list"),
        ({"date": 20240501}, "a Record's 'date' must be str or None, got int"),
    ],
)
def test_a_plugin_loader_building_a_record_of_wrong_types_is_named(
    tmp_path: Path, fields: dict[str, object], message: str
) -> None:
    class Plugin:
        @newsclaims.hookimpl
        def newsclaims_register_loaders(self, register: newsclaims.Register) -> None:  # type: ignore[type-arg]
            register("csv", _SloppyLoader(**fields))

    path = tmp_path / "rows.csv"
    path.write_text("id,text\n", encoding="utf-8")
    pm = newsclaims.make_plugin_manager(entry_points=False)
    pm.register(Plugin(), name="csv-rows")
    with pytest.raises(newsclaims.PluginError) as info:
        list(newsclaims.parse_many([path], plugin_manager=pm))
    assert info.value.plugin == "csv-rows" and info.value.component == "csv"
    assert message in str(info.value)
    out = list(newsclaims.parse_many([path], plugin_manager=pm, keep_going=True))
    assert isinstance(out[0], newsclaims.Document) and out[0].id == "row-1"
    assert isinstance(out[1], newsclaims.Failure) and out[1].id == str(path)
    assert message in out[1].message
    json.loads(out[1].to_json())  # an error record whose id is a string


@pytest.mark.parametrize(
    ("dump", "hint"),
    [
        (  # a news API's answer: the articles in a list beside the status
            {
                "status": "ok",
                "totalResults": 2,
                "articles": [
                    {"title": "Budget passes", "content": GOOD},
                    {"title": "Bridge to reopen", "content": "The bridge reopens in May."},
                ],
            },
            "its 'articles' is a list of 2 objects, the documents perhaps: read them as JSON "
            "Lines, jq -c '.articles[]' FILE > DOCS.jsonl",
        ),
        (
            {"page": 1, "search-results": [{"headline": "x", "body": GOOD}]},
            """its 'search-results' is a list of 1 object, the documents perhaps: read them as """
            """JSON Lines, jq -c '.["search-results"][]' FILE > DOCS.jsonl""",
        ),
    ],
)
def test_a_dump_holding_its_documents_in_a_list_says_so(
    tmp_path: Path, dump: dict[str, object], hint: str
) -> None:
    # (The error named the object's other fields, "it has status", as if one were the text.)
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(dump), "utf-8")
    with pytest.raises(newsclaims.InputError) as info:
        list(newsclaims.load_records([path]))
    assert str(info.value) == f"{path}: no text field 'text' ({hint})"


@pytest.mark.parametrize(
    "record",
    [
        {"id": "n1", "headline": "Budget passes", "body": GOOD, "authors": [{"name": "Jane Roe"}]},
        {"id": "n2", "body": "...", "tags": [{"id": 7}, {"id": 8}]},  # (objects of no text)
    ],
)
def test_an_article_with_a_list_of_objects_is_no_dump_in_its_error(
    tmp_path: Path, record: dict[str, object]
) -> None:
    # (The hint pointed at its authors, jq -c '.authors[]': its body is the text meant.)
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record) + "\n", "utf-8")
    (failed,) = newsclaims.load_records([path], keep_going=True)
    assert failed.error is not None and "jq" not in failed.error
    names = ", ".join(k for k, v in record.items() if isinstance(v, str))
    assert failed.error.endswith(
        f"(it has {names}; choose with --text-field, or fields= in Python)"
    )


@pytest.mark.parametrize("bracket", ["[", '{"a":'])
def test_json_nested_too_deeply_is_an_error_of_its_line(tmp_path: Path, bracket: str) -> None:
    # (json's RecursionError was a crash of the built-in loader: the lines after it unread.)
    closing = "]" if bracket == "[" else "}"
    deep = bracket * 100_000 + "1" + closing * 100_000
    path = write_lines(
        tmp_path / "feed.jsonl",
        [
            json.dumps({"id": "a", "text": GOOD}),
            '{"id": "deep", "extra": ' + deep + ', "text": "x"}',
            json.dumps({"id": "c", "text": GOOD}),
        ],
    )
    out = list(newsclaims.parse_many([path], keep_going=True))
    assert [type(o).__name__ for o in out] == ["Document", "Failure", "Document"]
    assert out[1].message.startswith(f"{path}:2: JSON nested too deeply to read")  # type: ignore[union-attr]
    whole = tmp_path / "deep.json"
    whole.write_text(deep, "utf-8")
    with pytest.raises(newsclaims.InputError, match="JSON nested too deeply"):
        list(newsclaims.load_records([whole]))


def test_parse_file_reads_a_page_or_a_record_as_parse_many_does(tmp_path: Path) -> None:
    # (It read every file as text: a page's markup and a record's JSON were parsed as prose,
    # ``<!DOCTYPE html><html><head>...`` a claim.)
    page = tmp_path / "story.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Budget passes</title></head><body><article>"
        f"<h1>Budget passes</h1><p>{GOOD}</p><p>The vote was 31 to 12, the clerk said.</p>"
        "</article></body></html>",
        "utf-8",
    )
    doc = newsclaims.parse_file(page)
    assert (doc.id, doc.title) == (str(page), "Budget passes")
    assert GOOD in doc.text and "<" not in doc.text
    record = tmp_path / "one.jsonl"
    record.write_text(json.dumps({"id": "r1", "url": "https://x.example", "text": GOOD}) + "\n")
    doc = newsclaims.parse_file(record, title="Given")
    assert (doc.id, doc.url, doc.title, doc.raw) == ("r1", "https://x.example", "Given", GOOD)
    assert newsclaims.parse_file(record, id="mine").id == "mine"


@pytest.mark.parametrize(
    ("lines", "error"),
    [
        ([{"text": GOOD}, {"text": GOOD}], "holds several documents, and parse_file reads one"),
        ([], "holds no document, and parse_file reads one"),
        ([{"id": "x", "text": 5}], "one.jsonl:1: a non-string (int) text field 'text'"),
    ],
)
def test_parse_file_of_no_document_or_several_says_so(
    tmp_path: Path, lines: list[dict[str, object]], error: str
) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    with pytest.raises(newsclaims.InputError) as info:
        newsclaims.parse_file(path)
    assert str(info.value).startswith(f"{path}") and error in str(info.value)
    assert info.value.path == str(path)


UPDATED = "[Updated 9:40 a.m.] The council approved the budget on Monday, officials said."
NOTE = "{Editor's note: corrected.} " + GOOD


@pytest.mark.parametrize("text", [UPDATED, NOTE, "\n  " + UPDATED])
def test_parse_file_reads_text_opening_with_a_bracket_as_text(tmp_path: Path, text: str) -> None:
    # (A file of no known name and standard input were told JSON by their [ or {, and the
    # text refused: "invalid JSON". A .txt file, and the JSON loaders' own names, as before.)
    for name in ("story", "story.txt"):
        path = tmp_path / name
        path.write_text(text, "utf-8")
        doc = newsclaims.parse_file(path)
        assert (doc.id, doc.raw) == (str(path), text)


def test_parse_file_reads_standard_input_opening_with_a_bracket_as_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(UPDATED.encode())), "utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    doc = newsclaims.parse_file("-")
    assert (doc.id, doc.raw) == ("-", UPDATED)


def test_parse_file_reads_a_record_whose_text_has_another_name(tmp_path: Path) -> None:
    # (Its error said "fields= in Python", which parse_file passed on to parse: a TypeError.)
    record = {"id": "n1", "headline": "Budget passes", "body": GOOD}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record) + "\n", "utf-8")
    with pytest.raises(newsclaims.InputError, match="fields= in Python"):
        newsclaims.parse_file(path)
    fields = {"text": "body", "title": "headline"}
    doc = newsclaims.parse_file(path, fields=fields)
    assert (doc.id, doc.title, doc.raw) == ("n1", "Budget passes", GOOD)
    # (A record of no JSON name is one when fields says it is.)
    bare = tmp_path / "record"
    bare.write_text(json.dumps(record), "utf-8")
    assert newsclaims.parse_file(bare).raw == json.dumps(record)
    assert newsclaims.parse_file(bare, fields=fields).raw == GOOD

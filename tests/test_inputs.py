"""Inputs: loaders for text, JSON, JSON Lines, HTML and WARC/WET; directories and globs."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsclaims
from newsclaims._serialize import load_schema
from newsclaims.testing import manager_with

VALIDATOR = jsonschema.Draft202012Validator(load_schema())

PARAGRAPHS = [
    "The city council approved the new transit budget on Monday after a long debate.",
    "Mayor Ana Ruiz said the plan would add forty buses and extend night service to the "
    "eastern districts, which have waited years for better connections to the centre.",
    "Opponents argued that the fare increase in the same budget would hurt commuters with low "
    "incomes, and they promised to bring the question back to the council in the autumn.",
    "The budget takes effect in May, and the first new buses are expected before winter.",
]


def html_page(title: str, url: str, date: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<!DOCTYPE html><html><head>"
        f"<title>{title} | The Daily Example</title>"
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:url" content="{url}">'
        f'<meta property="article:published_time" content="{date}">'
        "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>Copyright The Daily Example</footer></body></html>"
    )


def write_warc(path: Path, *, wet: bool) -> list[str]:
    """Write a small gzipped WARC (HTML responses) or WET (text conversions); return ids."""
    ids = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for n in (1, 2):
            url = f"https://news.example/story-{n}"
            if wet:
                text = f"Story {n}\n" + "\n".join(PARAGRAPHS)
                rec = writer.create_warc_record(
                    url,
                    "conversion",
                    payload=io.BytesIO(text.encode("utf-8")),
                    warc_content_type="text/plain",
                )
            else:
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                page = html_page(f"Story number {n}", url, f"2024-03-0{n}")
                rec = writer.create_warc_record(
                    url, "response", payload=io.BytesIO(page.encode()), http_headers=headers
                )
                request = writer.create_warc_record(
                    url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
                )
                writer.write_record(request)
            ids.append(rec.rec_headers.get_header("WARC-Record-ID").strip("<>"))
            writer.write_record(rec)
        if not wet:  # a failed fetch and an image: both skipped
            for status, ctype in (("404 Not Found", "text/html"), ("200 OK", "image/png")):
                headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
                writer.write_record(
                    writer.create_warc_record(
                        "https://news.example/x",
                        "response",
                        payload=io.BytesIO(b"\x89PNG"),
                        http_headers=headers,
                    )
                )
    return ids


def test_wet_records_become_documents_with_their_ids(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.wet.gz"
    ids = write_warc(path, wet=True)
    docs = list(newsclaims.parse_many([path]))
    assert [d.id for d in docs] == ids
    assert [d.url for d in docs] == ["https://news.example/story-1", "https://news.example/story-2"]
    assert docs[1].raw.startswith("Story 2\nThe city council approved")
    assert all(isinstance(d, newsclaims.Document) and d.claims for d in docs)


def test_warc_html_responses_go_through_trafilatura(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    ids = write_warc(path, wet=False)
    records = list(newsclaims.load_records([path]))
    assert [r.id for r in records] == ids  # request, 404 and image records skipped
    assert [r.title for r in records] == ["Story number 1", "Story number 2"]
    assert [r.date for r in records] == ["2024-03-01", "2024-03-02"]
    assert "forty buses" in records[0].text
    assert "Copyright" not in records[0].text and "Home" not in records[0].text


def test_warc_is_recognised_by_its_first_bytes(tmp_path: Path) -> None:
    path = tmp_path / "crawl.bin"
    write_warc(path, wet=True)
    assert len(list(newsclaims.load_records([path]))) == 2


def test_html_page_fills_title_date_url(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    page = html_page("Council passes transit budget", "https://news.example/budget", "2024-05-02")
    path.write_bytes(gzip.compress(page.encode("utf-8")))
    (doc,) = newsclaims.parse_many([path])
    assert isinstance(doc, newsclaims.Document)
    assert (doc.id, doc.title, doc.url, doc.date) == (
        str(path),
        "Council passes transit budget",
        "https://news.example/budget",
        "2024-05-02",
    )
    assert "forty buses" in doc.text and "Copyright" not in doc.text


@pytest.mark.parametrize("compressed", [True, False])
def test_a_cut_off_archive_is_an_error_after_its_whole_records(
    tmp_path: Path, compressed: bool
) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, wet=True)  # (a gzip member per record)
    packed = whole.read_bytes()
    data = gzip.decompress(packed)
    cut = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    # The file stops in the middle of the last record, as a download cut off does.
    end = data.rindex(b"which have waited years")
    cut.write_bytes(packed[:-60] if compressed else data[:end])
    out = list(newsclaims.parse_many([cut], keep_going=True))
    assert isinstance(out[0], newsclaims.Document)  # the whole first record is still read
    assert isinstance(out[-1], newsclaims.Failure)
    assert str(cut) in out[-1].message and "cut" in out[-1].message
    if not compressed:  # the record the file ends in is named
        assert "https://news.example/story-2" in out[-1].message
    with pytest.raises(newsclaims.InputError, match="cut"):
        list(newsclaims.parse_many([cut]))


def _cited_page(notes: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Tea dryers</title></head><body><article>"
        "<h1>Tea farmers turn to solar dryers</h1>"
        f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
        "<p>Forty-two factories installed the dryers with loans from the bank."
        '<sup id="m1"><a href="#fn1">1</a></sup> Tea earned 180 billion shillings in 2025.'
        '<sup><a href="#fn2">[2]</a></sup> See <a href="/tea">our tea page</a> and '
        '<a href="#comments">12</a> comments.</p>'
        f"<p>{PARAGRAPHS[2]}</p>{notes}"
        "<h2>Related</h2><ul><li><a href='https://x.example/a'>Coffee prices climb</a></li>"
        "<li><a href='https://x.example/b'>Rains return</a></li></ul>"
        '</article><section id="comments"><p>12 comments</p></section></body></html>'
    )


@pytest.mark.parametrize(
    "notes",
    [
        # A footnote list that the markers link to, with links back to them.
        '<h2>Notes</h2><ol><li id="fn1"><a href="#m1">^</a> African Development Bank, '
        '<a href="https://afdb.example/tea">"Solar drying"</a>, 2025.</li>'
        '<li id="fn2"><a href="#m2">2</a> Central Bank, <a href="https://cbk.example/r">'
        "Remittances survey</a>, 2026.</li></ol>",
        # Paragraphs under a Sources heading, numbered in their text.
        '<h3>Sources:</h3><p id="fn1">1. African Development Bank, <a href="https://afdb.'
        'example/tea">"Solar drying"</a>, 2025.</p><p id="fn2">2. Central Bank, <a href="'
        'https://cbk.example/r">Remittances survey</a>, 2026.</p>',
        # Notes after a rule, each with a numbered link back.
        '<hr><p id="fn1"><a href="#m1">1.</a> African Development Bank, <a href="https://afdb.'
        'example/tea">"Solar drying"</a>, 2025.</p><p id="fn2"><a href="#m2">2.</a> Central '
        'Bank, <a href="https://cbk.example/r">Remittances survey</a>, 2026.</p>',
    ],
)
def test_html_footnotes_and_sources_keep_their_labels_and_addresses(
    tmp_path: Path, notes: str
) -> None:
    # trafilatura's text glued a footnote's number to the word before it ("bank.1"), dropped
    # the list's numbers and the sources' addresses: the reference list was titles alone, which
    # the cleaner took for a list of links, and no claim cited anything.
    path = tmp_path / "tea.html"
    path.write_text(_cited_page(notes), encoding="utf-8")
    (doc,) = newsclaims.parse_many([path])
    assert isinstance(doc, newsclaims.Document)
    assert "loans from the bank.[1] Tea earned 180 billion shillings in 2025.[2]" in doc.raw
    assert [(c.label, c.url) for c in doc.citations] == [
        ("1", "https://afdb.example/tea"),
        ("2", "https://cbk.example/r"),
    ]
    cited = {c.text: c.citations for c in doc.claims if c.citations}
    assert cited == {
        "Forty-two factories installed the dryers with loans from the bank.": ("1",),
        "Tea earned 180 billion shillings in 2025.": ("2",),
    }
    # Links elsewhere keep their text alone: a relative one, a count, a list of related stories.
    assert "See our tea page and 12 comments." in doc.raw
    assert "x.example" not in doc.raw and "^" not in doc.raw


def test_a_footnote_link_after_an_element_and_a_space_follows_words() -> None:
    import lxml.html

    from newsclaims.default_plugins.loaders import _follows_words

    page = lxml.html.fromstring(
        '<p>The bank <em>said</em> <sup><a href="#fn1">1</a></sup> it would lend.</p>'
    )
    (link,) = page.iter("a")
    assert _follows_words(link)
    alone = lxml.html.fromstring('<p><sup><a href="#fn1">1</a></sup></p>')
    assert not _follows_words(next(alone.iter("a")))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_wide_pages_bytes_are_probed_as_utf8(codec: str) -> None:
    from newsclaims.default_plugins.loaders import _probe

    # (UTF-32's little-endian mark opens as UTF-16's: such a page was read as UTF-16.)
    assert _probe("\ufeff<p>Tea</p>".encode(codec)) == b"<p>Tea</p>"


def test_html_without_trafilatura_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "page.html"
    path.write_text(html_page("T", "https://x.example/", "2024-01-01"), encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(newsclaims.InputError, match=r"newsclaims\[html\]") as info:
        list(newsclaims.load_records([path]))
    assert str(path) in str(info.value)


def test_jsonl_fields_are_configurable_and_nested(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    rows = [
        {"body": "The council met. It voted.", "uid": 7, "meta": {"link": "https://a.example"}},
        {"body": "A second story.", "headline": "Second"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    fields = {"text": "body", "id": "uid", "url": "meta.link", "title": "headline"}
    docs = list(newsclaims.parse_many([path], fields=fields))
    assert [(d.id, d.url, d.title) for d in docs] == [
        ("7", "https://a.example", None),
        (f"{path}:2", None, "Second"),
    ]
    assert docs[0].raw == "The council met. It voted."


def test_json_file_of_a_list(tmp_path: Path) -> None:
    path = tmp_path / "stories.json"
    path.write_text(json.dumps([{"text": "One."}, {"text": "Two.", "id": "b"}]), "utf-8")
    assert [r.id for r in newsclaims.load_records([path])] == [f"{path}:0", "b"]


def test_json_errors_name_the_item_or_line(tmp_path: Path) -> None:
    # A bad item of a list was named by the file alone; a broken file's line was in json's own
    # words, and a JSON Lines line was "line 1" whatever line of the file it was.
    path = tmp_path / "stories.json"
    path.write_text(json.dumps([{"text": "One."}, "oops", {"body": "x"}]), "utf-8")
    errors = [r.error for r in newsclaims.load_records([path], keep_going=True)]
    assert errors == [
        None,
        f"{path}: item 1: expected a JSON object, got str",
        # (A dump keeps its text as "body" or "content" as often as "text": the names it has.)
        f"{path}: item 2: no text field 'text' (it has body; choose with --text-field, or "
        "fields= in Python)",
    ]
    path.write_text('{"text": "One.",\n "id": 3,\n}', "utf-8")
    with pytest.raises(newsclaims.InputError) as info:
        list(newsclaims.load_records([path]))
    assert str(info.value) == f"{path}:3: invalid JSON (column 1): Expecting property name " + (
        "enclosed in double quotes"
    )
    path.write_text("", "utf-8")
    with pytest.raises(newsclaims.InputError, match="the file is empty, not JSON"):
        list(newsclaims.load_records([path]))
    lines = tmp_path / "rows.jsonl"
    lines.write_text('{"text": "One."}\n{"text": "Two', "utf-8")
    (_, bad) = newsclaims.load_records([lines], keep_going=True)
    assert bad.error == f"{lines}:2: invalid JSON (column 10): Unterminated string starting at"


@pytest.mark.parametrize("name", ["export.json", "export.jsonl", "export"])
def test_json_saved_with_a_byte_order_mark_is_read(tmp_path: Path, name: str) -> None:
    # Windows tools (PowerShell 5's Out-File, Excel's "UTF-8" CSV-to-JSON exports) open the
    # file with a byte-order mark; json.loads refuses one. (No suffix: told by its first bytes.)
    path = tmp_path / name
    rows = [{"id": "a", "text": "The mayor said the plan works."}, {"id": "b", "text": "Two."}]
    body = json.dumps(rows) if name.endswith(".json") else "\n".join(map(json.dumps, rows))
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    records = list(newsclaims.load_records([path]))
    assert [(r.id, r.text, r.error) for r in records] == [
        ("a", "The mayor said the plan works.", None),
        ("b", "Two.", None),
    ]


@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_json_lines_files_joined_each_with_its_byte_order_mark_are_read(
    tmp_path: Path, codec: str
) -> None:
    # (``cat a.jsonl b.jsonl``, each saved with a mark: the second file's first line opened
    # with one, "invalid JSON: Unexpected UTF-8 BOM", in Python's words.)
    parts = [
        [{"id": "a1", "text": "The mayor said the plan works."}, {"id": "a2", "text": "Two."}],
        [{"id": "b1", "text": "Police said the road reopened."}],
        [{"id": "c1", "text": "Le maire a dit que le plan fonctionne."}],
    ]
    joined = b"".join(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode(codec)
        if codec == "utf-16"
        else b"\xef\xbb\xbf" + "".join(json.dumps(row) + "\n" for row in rows).encode(codec)
        for rows in parts
    )
    path = tmp_path / "joined.jsonl"
    path.write_bytes(joined)
    records = list(newsclaims.load_records([path], encoding=codec))
    assert [(r.id, r.error) for r in records] == [
        ("a1", None),
        ("a2", None),
        ("b1", None),
        ("c1", None),
    ]
    assert records[3].text == "Le maire a dit que le plan fonctionne."


def test_bad_lines_are_kept_with_their_ids_when_keeping_going(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(
        b'{"text": "Good one."}\n{not json\n{"title": "no text"}\n\xff\n{"text": "Last."}\n'
    )
    out = list(newsclaims.parse_many([path, tmp_path / "missing.txt"], keep_going=True))
    assert [type(o).__name__ for o in out] == [
        "Document",
        "Failure",
        "Failure",
        "Failure",
        "Document",
        "Failure",
    ]
    assert [o.id for o in out] == [f"{path}:{n}" for n in range(1, 6)] + [
        str(tmp_path / "missing.txt")
    ]
    assert f"{path}:2: invalid JSON" in out[1].message  # type: ignore[union-attr]
    assert "no text field 'text'" in out[2].message  # type: ignore[union-attr]
    for o in out:
        VALIDATOR.validate(o.to_dict())
    with pytest.raises(newsclaims.InputError, match=r"dump\.jsonl:2: invalid JSON"):
        list(newsclaims.parse_many([path]))
    records = list(newsclaims.load_records([path], keep_going=True))
    assert [r.error is None for r in records] == [True, False, False, False, True]
    with pytest.raises(newsclaims.InputError, match=r"dump\.jsonl:2: invalid JSON"):
        list(newsclaims.load_records([path]))


def test_error_record_validates_and_is_not_a_document() -> None:
    failure = newsclaims.Failure(id="x", type="InputError", message="x: bad", path="x")
    VALIDATOR.validate(failure.to_dict())
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate({"schema_version": 1, "id": "x"})
    with pytest.raises(newsclaims.SchemaError):
        newsclaims.Document.from_dict(failure.to_dict())


def test_directories_and_globs_expand_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b/2.txt", "b/1.txt", "a.txt", ".hidden/x.txt", "c.md"):
        (tmp_path / name).write_text(f"Story {name}.", encoding="utf-8")
    ids = [r.id for r in newsclaims.load_records([tmp_path])]
    assert ids == [str(tmp_path / n) for n in ("a.txt", "b/1.txt", "b/2.txt", "c.md")]
    ids = [r.id for r in newsclaims.load_records([str(tmp_path / "**" / "*.txt")])]
    assert ids == [str(tmp_path / n) for n in ("a.txt", "b/1.txt", "b/2.txt")]
    with pytest.raises(newsclaims.InputError, match="no file matches"):
        list(newsclaims.load_records([str(tmp_path / "*.nothing")]))
    # A directory with nothing to read is an error too, not a run that reads nothing.
    (tmp_path / "none" / ".git").mkdir(parents=True)
    with pytest.raises(newsclaims.InputError, match=r"none: the directory holds no files"):
        list(newsclaims.load_records([tmp_path / "b", tmp_path / "none"]))
    # So is a pattern that matches such directories alone (it read nothing, with status 0).
    with pytest.raises(newsclaims.InputError, match=r"non\*: no file matches"):
        list(newsclaims.load_records([str(tmp_path / "non*")]))


def test_records_can_be_given_directly() -> None:
    record = newsclaims.Record(text="Prices rose. Wages did not.", id="r1", source="Wire")
    (doc,) = newsclaims.parse_many([record])
    assert isinstance(doc, newsclaims.Document)
    assert (doc.id, doc.source, len(doc.claims)) == ("r1", "Wire", 2)


class _Boom:
    @newsclaims.hookimpl
    def newsclaims_register_cleaners(self, register: newsclaims.Register[object]) -> None:
        def cleaner(doc: newsclaims.Document) -> list[newsclaims.Removal]:
            if "explode" in doc.raw:
                raise RuntimeError("boom")
            return []

        register("boom", cleaner)

    @newsclaims.hookimpl
    def newsclaims_identify_source(self, raw: str, url: str | None) -> str | None:
        if "unidentifiable" in raw:
            raise ValueError("cannot tell")
        return None


def test_plugin_failures_are_kept_per_document() -> None:
    pm = manager_with(_Boom())
    records = [
        newsclaims.Record(text="Fine text.", id="a"),
        newsclaims.Record(text="Please explode.", id="b"),
        newsclaims.Record(text="unidentifiable text.", id="c"),
        newsclaims.Record(text="Fine again.", id="d"),
    ]
    out = list(newsclaims.parse_many(records, keep_going=True, plugin_manager=pm))
    assert [o.id for o in out] == ["a", "b", "c", "d"]
    assert isinstance(out[1], newsclaims.Document)
    assert [f.kind for f in out[1].findings] == ["plugin_error"]
    # A failing source identifier is recorded like any other component (issue 9).
    assert isinstance(out[2], newsclaims.Document)
    assert "cannot tell" in out[2].findings[0].message
    with pytest.raises(newsclaims.PluginError, match="document 'b'"):
        list(newsclaims.parse_many(records, plugin_manager=pm))


class _CsvLoader:
    """A third-party loader: one record per line, ``id,text``."""

    def can_load(self, path: str, head: bytes) -> bool:
        return path.endswith(".csv")

    def load(self, path: str, fields: object) -> list[newsclaims.Record]:
        with newsclaims.open_input(path) as fh:
            lines = fh.read().decode().splitlines()
        return [newsclaims.Record(text=t, id=i) for i, t in (x.split(",", 1) for x in lines)]


class _CsvPlugin:
    @newsclaims.hookimpl
    def newsclaims_register_loaders(self, register: newsclaims.Register[object]) -> None:
        register("csv", _CsvLoader())


def test_a_plugin_loader_is_tried_first(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("x1,The mayor spoke.\nx2,It rained.\n", encoding="utf-8")
    pm = manager_with(_CsvPlugin())
    assert isinstance(_CsvLoader(), newsclaims.Loader)
    docs = list(newsclaims.parse_many([path], plugin_manager=pm))
    assert [(d.id, d.raw) for d in docs] == [("x1", "The mayor spoke."), ("x2", "It rained.")]
    with pytest.raises(newsclaims.InputError, match="no loader reads"):
        list(newsclaims.parse_many([path], plugin_manager=manager_with(defaults=False)))


def test_unreadable_archive_records_and_empty_pages_are_failures(tmp_path: Path) -> None:
    path = tmp_path / "bad.wet"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        for payload in (b"Good text.", b"Bad \xff byte."):
            writer.write_record(
                writer.create_warc_record(
                    "https://x.example/",
                    "conversion",
                    payload=io.BytesIO(payload),
                    warc_content_type="text/plain",
                )
            )
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>T</title></head><body></body></html>", "utf-8")
    out = list(newsclaims.parse_many([path, empty], keep_going=True))
    assert [type(o).__name__ for o in out] == ["Document", "Failure", "Failure"]
    assert "cannot decode as utf-8" in out[1].message  # type: ignore[union-attr]
    assert "(https://x.example/): cannot" in out[1].message  # type: ignore[union-attr]
    assert out[1].id is not None and out[1].id.startswith("urn:uuid:")
    assert out[2].message == f"{empty}: no article text found in the HTML"  # type: ignore[union-attr]


ROWS = [
    {"id": "a", "text": "The mayor said the plan works.", "title": "Plan"},
    {"id": "b", "text": "Police said the road reopened.", "url": "https://x.example/b"},
]


@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
@pytest.mark.parametrize(("document", "ids"), [(ROWS, ["a", "b"]), (ROWS[1], ["b"])])
def test_one_json_document_over_several_lines_is_read_as_json(
    tmp_path: Path, codec: str, document: object, ids: list[str]
) -> None:
    # (An indented JSON document, as jq or an editor writes it, saved as .jsonl: every line of
    # it was an error of its own, "invalid JSON (column 1): Expecting value".)
    path = tmp_path / "stories.jsonl"
    path.write_bytes(("\n" + json.dumps(document, indent=2, ensure_ascii=False)).encode(codec))
    records = list(newsclaims.load_records([path], encoding=codec))
    assert [(r.id, r.error) for r in records] == [(i, None) for i in ids]
    assert records[-1].url == "https://x.example/b"


def test_one_json_object_over_several_lines_on_stdin_is_read_as_json() -> None:
    # (Told by its first bytes, ``{``, as JSON Lines: ``curl ... | jq . | newsclaims extract -``.)
    done = subprocess.run(
        [sys.executable, "-m", "newsclaims", "extract", "--format", "jsonl", "-"],
        input=json.dumps(ROWS[0], indent=4).encode(),
        capture_output=True,
        check=True,
    )
    (doc,) = (json.loads(line) for line in done.stdout.decode().splitlines())
    assert (doc["id"], doc["title"], doc["raw"]) == ("a", "Plan", ROWS[0]["text"])


def test_a_broken_json_document_over_several_lines_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "stories.jsonl"
    broken = '\n[\n  {"id": "a", "text": "One."},\n  {"id": "b" "text": "Two."}\n]\n'
    path.write_text(broken, "utf-8")
    with pytest.raises(newsclaims.InputError) as info:
        list(newsclaims.load_records([path]))
    # (The line where the value starts, and the line and column at fault.)
    message = "invalid JSON (line 4, column 14): Expecting ',' delimiter"
    assert str(info.value) == f"{path}:2: {message}"
    # (A broken first line of JSON Lines is still that line's error alone.)
    path.write_text('{"id": "a", "text": \n{"id": "b", "text": "Two."}\n', "utf-8")
    records = list(newsclaims.load_records([path], keep_going=True))
    assert [r.error is None for r in records] == [False, True]


@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_indented_json_objects_in_a_row_are_read_each_a_document(
    tmp_path: Path, codec: str
) -> None:
    # (An indented object and one-line records after it, or jq's .[] output, several indented
    # objects: the file was one document, and every record in it one "Extra data" error.)
    third = {"id": "c", "text": "The bridge reopens in May, officials said."}
    path = tmp_path / "stories.jsonl"
    mixed = json.dumps(ROWS[0], indent=2) + "\n" + json.dumps(ROWS[1]) + "\n\n"
    path.write_bytes((mixed + json.dumps(third) + "\n").encode(codec))
    records = list(newsclaims.load_records([path], encoding=codec))
    assert [(r.id, r.error) for r in records] == [("a", None), ("b", None), ("c", None)]
    assert records[1].url == "https://x.example/b" and records[0].title == "Plan"
    jq = "".join(json.dumps({"text": row["text"]}, indent=2) + "\n" for row in ROWS)
    path.write_bytes(jq.encode(codec))
    records = list(newsclaims.load_records([path], encoding=codec))
    assert [(r.id, r.text) for r in records] == [
        (f"{path}:1", ROWS[0]["text"]),
        (f"{path}:4", ROWS[1]["text"]),
    ]


def test_a_broken_value_among_indented_ones_is_the_error_of_its_first_line(
    tmp_path: Path,
) -> None:
    # (Reading goes on at the next line that opens a value: the records after it are read.)
    path = tmp_path / "stories.jsonl"
    broken = '{\n  "id": "a",\n  "text" "One."\n}\n' + "\ufeff" + json.dumps(ROWS[1]) + "\n"
    path.write_text(broken + json.dumps(ROWS[0], indent=2) + "\n", "utf-8")
    records = list(newsclaims.load_records([path], keep_going=True))
    assert [(r.id, r.error) for r in records] == [
        (f"{path}:1", f"{path}:1: invalid JSON (line 3, column 10): Expecting ':' delimiter"),
        ("b", None),
        ("a", None),
    ]


def _unclosed_page(tag: str, paragraphs: int, lang: str) -> str:
    lines = {
        "en": "Paragraph {i}: the council met on Monday, officials said, and the vote was close.",
        "de": "Absatz {i}: Der Stadtrat tagte am Montag, sagten Beamte, die Abstimmung war knapp.",
        "es": "Párrafo {i}: el consejo se reunió el lunes, dijeron fuentes oficiales, y votó.",
    }[lang]
    body = "".join(f"<{tag}><p>{lines.format(i=i)}</p>" for i in range(paragraphs))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Council</title>'
        f"</head><body><article><h1>Council votes</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("tag", "paragraphs", "lang"),
    [("div", 300, "en"), ("font", 600, "de"), ("blockquote", 280, "es"), ("span", 1000, "en")],
)
def test_a_page_whose_paragraphs_leave_tags_open_keeps_every_paragraph(
    tmp_path: Path, tag: str, paragraphs: int, lang: str
) -> None:
    # Each paragraph leaves a tag open, as broken pages do: libxml2 stops nesting at 256
    # elements, and every paragraph after the 250th or so was dropped without a word.
    path = tmp_path / "page.html"
    path.write_text(_unclosed_page(tag, paragraphs, lang), encoding="utf-8")
    (record,) = newsclaims.load_records([path])
    assert record.error is None
    word = {"en": "Paragraph", "de": "Absatz", "es": "Párrafo"}[lang]
    assert [f"{word} {i}:" in record.text for i in range(paragraphs)] == [True] * paragraphs


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_a_deep_page_not_in_utf8_is_parsed_again_in_its_own_encoding(
    tmp_path: Path, encoding: str
) -> None:
    # A page too deep for libxml2 is parsed again: its bytes were read as UTF-8 there, and a
    # Windows-1252 page saying nothing of its encoding lost every accented letter, a UTF-16
    # page (with its byte-order mark) its whole text.
    body = "".join(
        f"<div><p>Paragraph {i}: Café owners in Zürich said prices rose “sharply” in week {i}.</p>"
        for i in range(320)
    )
    page = f"<html><head><title>Cafés</title></head><body><article>{body}</article></body></html>"
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding))  # (Python's UTF-16 writes the mark)
    (record,) = newsclaims.load_records([path])
    assert record.error is None
    assert "\ufffd" not in record.text
    assert [f"{i}: Café owners in Zürich" in record.text for i in range(320)] == [True] * 320

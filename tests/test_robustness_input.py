"""Hostile input: every odd text gets a clear InputError or a correct, lossless document."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

import newsclaims
from newsclaims import Document, InputError
from newsclaims._serialize import load_schema
from newsclaims._text import paragraph_spans, rebuild_raw
from newsclaims.cli import main
from newsclaims.testing import manager_with

VALIDATOR = jsonschema.Draft202012Validator(load_schema())


def check(doc: Document, raw: str) -> None:
    """The invariants every parsed document keeps, whatever its text."""
    assert doc.raw == raw
    assert rebuild_raw(doc.text, doc.removals) == raw
    for claim in doc.claims:
        assert claim.span.slice(doc.text) == claim.text
    for span in [*doc.sentences, *(s.span for s in doc.sections), *(m.span for m in doc.markers)]:
        assert 0 <= span.start <= span.end <= len(doc.text)
    out = doc.to_json()
    out.encode("utf-8")  # writable as UTF-8
    data = json.loads(out)
    VALIDATOR.validate(data)
    assert Document.from_dict(data) == doc


def parse(raw: str) -> Document:
    doc = newsclaims.parse(raw, plugin_manager=manager_with())
    check(doc, raw)
    return doc


@pytest.mark.parametrize("raw", ["", " ", "\n", "\r\n\r\n", " \t\n\u00a0\u3000\u2028\r "])
def test_empty_and_blank_text_give_an_empty_document(raw: str) -> None:
    doc = parse(raw)
    assert doc.claims == () and doc.sentences == () and doc.sections == ()


def test_nul_and_control_characters_are_kept_as_text() -> None:
    raw = "The vote\x00 passed. Shares\x1b[31m fell 3%.\x07\x7f Markets\x0bclosed.\x0c"
    doc = parse(raw)
    assert "".join(c.text for c in doc.claims).count("\x00") == 1
    assert json.loads(doc.to_json())["raw"] == raw


@pytest.mark.parametrize("bad", ["\ud800", "\udfff", "\udcff", "\ud83d\ude00"])
def test_a_lone_surrogate_is_an_input_error_naming_where(bad: str) -> None:
    raw = f"First line.\nSecond {bad} line."
    with pytest.raises(InputError, match=r"lone surrogate U\+D[0-9A-F]{3} at character 19") as e:
        newsclaims.parse(raw, id="feed-9")
    assert e.value.path == "feed-9" and e.value.line == 2
    with pytest.raises(InputError, match="lone surrogate"):
        newsclaims.split_sentences(raw)


def test_a_hand_built_document_with_a_surrogate_still_serializes() -> None:
    doc = Document(raw="bad \udcff", text="bad \udcff")
    out = doc.to_json()
    assert out.isascii() and "\\udcff" in out
    assert Document.from_dict(json.loads(out)) == doc


def test_mixed_scripts_and_astral_characters_keep_exact_offsets() -> None:
    raw = (
        "東京で会議が開かれた。 The minister 🙂 said prices rose 3.5% [1]. "
        "Президент заявил об этом. Ο υπουργός μίλησε. 𝐁𝐨𝐥𝐝 text arrived.\n"
        "e\u0301 combining marks, \u200dzero\u200b width joiners."
    )
    doc = parse(raw)
    assert any("🙂" in c.text for c in doc.claims)
    assert any("Президент" in c.text for c in doc.claims)


def test_right_to_left_text_and_bidi_controls_are_kept() -> None:
    raw = (
        "قال الوزير إن الأسعار ارتفعت. \u200fوأضاف أن الحكومة ستتدخل.\n"
        "השר אמר כי המחירים עלו [2]. \u202bembedded \u202c text\u2067 isolate\u2069."
    )
    doc = parse(raw)
    assert doc.claims
    assert "\u202b" in doc.text and "\u2069" in doc.text


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r"])
def test_every_line_end_is_kept_in_raw_and_splits_paragraphs(sep: str, tmp_path: Path) -> None:
    raw = sep.join(["Headline here", "", "First paragraph. It ends.", "Second one."]) + sep
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    assert newsclaims.read_text(path) == raw
    doc = newsclaims.parse_file(path, plugin_manager=manager_with())
    check(doc, raw)
    assert [s.slice(raw) for s in paragraph_spans(raw)] == [
        "Headline here",
        "First paragraph. It ends.",
        "Second one.",
    ]


def test_mixed_line_ends_are_each_one_break() -> None:
    raw = "a\r\nb\rc\nd\r\r\ne"
    assert [s.slice(raw) for s in paragraph_spans(raw)] == ["a", "b", "c", "d", "e"]
    assert [s.slice(raw) for s in paragraph_spans(raw, newsclaims.Span(2, 8))] == ["b", "c", "d"]


def test_a_byte_order_mark_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffThe text.".encode())
    assert newsclaims.read_text(path) == "\ufeffThe text."
    assert newsclaims.read_text(path, encoding="utf-8-sig") == "The text."


def test_invalid_utf8_is_an_input_error_naming_file_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"First line.\r\nSecond\rthird caf\xe9 line.\n")
    with pytest.raises(InputError) as e:
        newsclaims.read_text(path)
    assert (e.value.path, e.value.line, e.value.offset) == (str(path), 3, 29)
    assert f"{path}:3 (byte 29): cannot decode as utf-8" in str(e.value)
    assert "errors='replace'" in str(e.value)


@pytest.mark.parametrize(
    ("errors", "expected"), [("replace", "caf\ufffd!"), ("backslashreplace", "caf\\xe9!")]
)
def test_errors_choice_marks_bad_bytes_visibly(errors: str, expected: str, tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"caf\xe9!")
    assert newsclaims.read_text(path, errors=errors) == expected
    assert newsclaims.parse_file(path, errors=errors, plugin_manager=manager_with()).raw == expected
    assert newsclaims.read_text(path, encoding="latin-1") == "café!"


@pytest.mark.parametrize("errors", ["ignore", "surrogateescape", "nonsense"])
def test_lossy_or_unknown_errors_choices_are_refused(errors: str, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"caf\xe9")
    with pytest.raises(InputError, match="errors must be one of 'strict', 'replace'"):
        newsclaims.read_text(path, errors=errors)


def test_an_unknown_encoding_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"text")
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        newsclaims.read_text(path, encoding="klingon")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        b"\x7fELF\x02\x01\x01\x00",
        b"Plain start\nthen a NUL\x00 byte",
    ],
)
def test_binary_files_are_refused_clearly(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "file.bin"
    path.write_bytes(data)
    with pytest.raises(InputError, match="looks like a binary file") as e:
        newsclaims.read_text(path)
    assert e.value.path == str(path) and e.value.offset == data.index(b"\x00")


def test_utf16_text_is_not_mistaken_for_binary(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("The vote passed.\r\n".encode("utf-16"))
    assert newsclaims.read_text(path, encoding="utf-16") == "The vote passed.\r\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_wide_byte_order_mark_is_read_by_default(codec: str, tmp_path: Path) -> None:
    # (Notepad's "Unicode" files: read as UTF-8, their NUL bytes made them "binary".)
    path = tmp_path / "notes.txt"
    path.write_bytes("\ufeffThe vote passed.\r\nIt was close.".encode(codec))
    assert newsclaims.read_text(path) == "\ufeffThe vote passed.\r\nIt was close."
    doc = newsclaims.parse_file(path, plugin_manager=manager_with())
    assert doc.body == "The vote passed.\nIt was close."  # (the mark and CR removed)
    with pytest.raises(InputError):  # an encoding asked for by name is kept
        newsclaims.read_text(path, encoding="ascii")


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="No such file"):
        newsclaims.read_text(tmp_path / "missing.txt")


def test_not_a_string_is_an_input_error() -> None:
    with pytest.raises(InputError, match="expected text as str, got bytes"):
        newsclaims.parse(b"bytes")  # type: ignore[arg-type]


def test_the_cli_reports_bad_files_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "image.txt"  # a text file's name, a binary file's bytes
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"ok\ncaf\xe9")
    cases = [
        (binary, r"looks like a binary file"),
        (latin, r":2 \(byte 6\)"),
    ]
    for path, expected in cases:
        assert main(["extract", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and str(path) in err and re.search(expected, err)


def test_the_cli_writes_control_characters_as_valid_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "odd.txt"
    raw = "Bell\x07 rang. NUL\x01 here.\rCR line.\r\n"
    path.write_bytes(raw.encode("utf-8"))
    assert main(["extract", "--format", "jsonl", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    VALIDATOR.validate(data)
    assert data["raw"] == raw


def test_a_few_megabytes_parse_losslessly(ai_summary: str) -> None:
    raw = (ai_summary + "\r\n") * (3_000_000 // len(ai_summary))
    doc = newsclaims.parse(raw, plugin_manager=manager_with())
    assert doc.raw == raw and rebuild_raw(doc.text, doc.removals) == raw
    assert len(doc.claims) > 1000


def test_every_line_end_splits_sentences_alike() -> None:
    lines = ["Mayor quits", "The mayor quit on Friday. She gave no reason.", "- a list item"]
    pm = manager_with()
    expected = newsclaims.split_sentences("\n".join(lines), plugin_manager=pm)
    for sep in ["\r\n", "\r"]:
        assert newsclaims.split_sentences(sep.join(lines), plugin_manager=pm) == expected
    assert "Mayor quits" in expected

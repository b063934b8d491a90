"""Inputs in another encoding than UTF-8 (old Windows and Unix exports): refused with an error
that names the file, line and byte and says how to name the encoding; read exactly with
``--encoding`` (``encoding=`` in Python). Nothing is guessed: a guess would mis-decode some
files without a word."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

import newsclaims
from newsclaims.cli import main

FRENCH = "Le maire a déclaré « non » au projet, a annoncé l’équipe municipale vendredi.\n"
GERMAN = "Die Straße bleibt gesperrt, teilte die Stadt mit. Über 300 Anwohner sind betroffen.\n"
SPANISH = "El precio subió un 4 %, según el Banco de España. “Es una señal”, dijo un analista.\n"


def run(argv: list[str], status: int = 0) -> str:
    out = io.StringIO()
    assert main(argv, out=out) == status
    return out.getvalue()


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(FRENCH, "cp1252"), (GERMAN, "latin-1"), (SPANISH, "cp1252")],
    ids=["french-cp1252", "german-latin-1", "spanish-cp1252"],
)
def test_a_legacy_file_is_named_and_read_with_encoding(
    tmp_path: Path, text: str, encoding: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(("Ligne une.\n" + text).encode(encoding))
    run(["extract", str(path)], status=2)
    err = capsys.readouterr().err
    assert err.startswith(f"newsclaims: error: {path}:2 (byte ")
    assert "cannot decode as utf-8" in err and "--encoding" in err
    assert "Traceback" not in err and err.count("\n") == 1
    data = json.loads(run(["extract", "--encoding", encoding, str(path)]))
    assert data["raw"] == "Ligne une.\n" + text  # exactly, every accent and quotation mark
    assert run(["clean", "--encoding", encoding, str(path)]) == data["body"] + "\n"
    assert "in 1 file" in run(["audit", "--encoding", encoding, str(path)])


def test_encoding_reaches_json_lines_json_stdin_and_workers(tmp_path: Path) -> None:
    rows = [{"id": f"r{n}", "text": f"{SPANISH.strip()} ({n})"} for n in range(3)]
    lines = tmp_path / "feed.jsonl"
    lines.write_bytes(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("cp1252")
    )
    array = tmp_path / "feed.json"
    array.write_bytes(json.dumps(rows, ensure_ascii=False).encode("cp1252"))
    text = tmp_path / "a.txt"
    text.write_bytes(FRENCH.encode("cp1252"))
    argv = ["extract", "--encoding", "cp1252", "--format", "jsonl"]
    for workers in ("1", "2"):
        out = run([*argv, "--workers", workers, str(lines), str(array), str(text)])
        docs = [json.loads(line) for line in out.splitlines()]
        assert [d["raw"] for d in docs] == [r["text"] for r in rows * 2] + [FRENCH]
    done = subprocess.run(
        [sys.executable, "-m", "newsclaims", *argv, "-"],
        input=lines.read_bytes(),
        capture_output=True,
        check=True,
    )
    assert [json.loads(x)["raw"] for x in done.stdout.decode().splitlines()] == [
        r["text"] for r in rows
    ]


def test_a_legacy_json_lines_line_names_its_line_and_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = tmp_path / "feed.jsonl"
    good = json.dumps({"text": "Prices rose."}) + "\n"
    lines.write_bytes(
        good.encode() + json.dumps({"text": GERMAN}, ensure_ascii=False).encode("latin-1")
    )
    out = run(["extract", "--keep-going", "--format", "jsonl", str(lines)], status=2)
    error = json.loads(out.splitlines()[1])["error"]["message"]
    assert error.startswith(f"{lines}:2: cannot decode as utf-8: ")
    assert "--encoding" in error


def test_utf16_json_lines_with_its_encoding(tmp_path: Path) -> None:
    lines = tmp_path / "feed.jsonl"
    body = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\r\n" for t in (FRENCH, GERMAN))
    lines.write_bytes(body.encode("utf-16"))
    out = run(["extract", "--encoding", "utf-16", "--format", "jsonl", str(lines)])
    assert [json.loads(x)["raw"] for x in out.splitlines()] == [FRENCH, GERMAN]


@pytest.mark.parametrize("codec", ["utf-16", "utf-32-be"])
def test_a_bad_unit_in_utf16_json_lines_names_its_line(tmp_path: Path, codec: str) -> None:
    # (It was a crash of the built-in loader: the wrapper decoding ahead raised it.)
    lines = tmp_path / "feed.jsonl"
    good = json.dumps({"text": FRENCH}, ensure_ascii=False) + "\n"
    bad = b"\x00\xd8" if codec == "utf-16" else b"\x00\x11\x00\x00"
    rest = ("\n" + good).encode("utf-16-le" if codec == "utf-16" else codec)
    lines.write_bytes(good.encode(codec) + bad + rest)
    argv = ["extract", "--encoding", codec, "--keep-going", "--format", "jsonl", str(lines)]
    docs = [json.loads(x) for x in run(argv, status=2).splitlines()]
    assert [d.get("raw") for d in docs] == [FRENCH, None, FRENCH]
    assert docs[1]["error"]["type"] == "InputError"
    assert docs[1]["error"]["message"].startswith(f"{lines}:2: cannot decode as {codec}: ")
    assert "--encoding" in docs[1]["error"]["message"]


def test_report_takes_encoding(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(FRENCH.encode("cp1252"))
    page = tmp_path / "old.html"
    run(["report", "--encoding", "cp1252", str(path), "-o", str(page)])
    assert "déclaré « non »" in page.read_text("utf-8")


def test_an_unknown_encoding_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["extract", "--encoding", "latin-9x", "x.txt"])
    assert stopped.value.code == 2
    assert "argument --encoding: unknown encoding 'latin-9x'" in capsys.readouterr().err


class Upper:
    """A third-party loader whose ``load`` takes no ``encoding``: called without it."""

    newsclaims_name = "upper"

    def can_load(self, path: str, head: bytes) -> bool:
        return path.endswith(".up")

    def load(self, path: str, fields: Mapping[str, str]) -> Iterator[newsclaims.Record]:
        yield newsclaims.Record(text=Path(path).read_text("utf-8").upper(), id=path)

    @newsclaims.hookimpl
    def newsclaims_register_loaders(self, register):  # type: ignore[no-untyped-def]
        register("upper", self)


def test_parse_many_passes_encoding_to_loaders_that_take_it(tmp_path: Path) -> None:
    old = tmp_path / "a.txt"
    old.write_bytes(GERMAN.encode("latin-1"))
    up = tmp_path / "b.up"
    up.write_text("Rates rose.", "utf-8")
    pm = newsclaims.make_plugin_manager(entry_points=False, plugins=[Upper()])
    docs = list(newsclaims.parse_many([old, up], encoding="latin-1", plugin_manager=pm))
    assert [d.raw for d in docs] == [GERMAN, "RATES ROSE."]  # type: ignore[union-attr]
    records = list(newsclaims.load_records([old], encoding="latin-1", plugin_manager=pm))
    assert records[0].text == GERMAN


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [FRENCH, GERMAN, SPANISH + "Costó 5 € por persona.\n"])
def test_wide_text_without_its_mark_is_named_and_read_with_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], codec: str, text: str
) -> None:
    # (It was "a binary file; newsclaims reads text files only", which said nothing of what
    # to do with a text a tool saved as "Unicode" without the byte-order mark.)
    path = tmp_path / "export.txt"
    path.write_bytes(text.encode(codec))
    run(["extract", str(path)], status=2)
    err = capsys.readouterr().err
    assert f"looks like {codec} text without its byte-order mark" in err
    assert f"--encoding {codec}" in err
    assert json.loads(run(["extract", "--encoding", codec, str(path)]))["raw"] == text


def test_a_binary_file_is_still_binary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x04\x00\x00\x00\x03\x00" * 8)
    run(["extract", str(path)], status=2)
    assert "looks like a binary file" in capsys.readouterr().err

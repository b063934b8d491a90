"""The command line: outputs, errors on one line, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from newsclaims._serialize import load_schema
from newsclaims.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
AI = str(EXAMPLES / "ai_summary_japan_philippines.txt")
SCRAPED = str(EXAMPLES / "scraped_ann_gsomia.txt")
VALIDATOR = jsonschema.Draft202012Validator(load_schema())


def run(*argv: str) -> str:
    out = io.StringIO()
    assert main(list(argv), out=out) == 0
    return out.getvalue()


def test_extract_json_validates() -> None:
    data = json.loads(run("extract", AI))
    VALIDATOR.validate(data)
    assert data["id"] == AI
    assert any(c["citations"] == ["1"] for c in data["claims"])


def test_extract_jsonl_of_several_files_validates() -> None:
    lines = run("extract", "--format", "jsonl", AI, SCRAPED).splitlines()
    assert len(lines) == 2
    for line in lines:
        VALIDATOR.validate(json.loads(line))


def test_extract_of_several_files_defaults_to_json_lines() -> None:
    lines = run("extract", AI, SCRAPED).splitlines()
    assert [json.loads(line)["id"] for line in lines] == [AI, SCRAPED]


def test_extract_json_of_several_files_is_a_list() -> None:
    data = json.loads(run("extract", "--format", "json", AI, SCRAPED))
    assert isinstance(data, list) and len(data) == 2
    for item in data:
        VALIDATOR.validate(item)


def test_extract_text_lists_claims_with_markers() -> None:
    text = run("extract", "--format", "text", AI)
    assert text.splitlines()[0].endswith("claims, 2 citations")
    assert "Takashi said [1]. -- Takashi  [1]" in text


def test_extract_text_names_a_link_by_its_publisher(tmp_path: Path) -> None:
    # A link citation's label is its URL; the line shows the link's text instead.
    path = tmp_path / "links.txt"
    path.write_text("Exports fell, data showed ([Reuters](https://www.reuters.com/a/b/)).\n")
    text = run("extract", "--format", "text", str(path))
    assert text.splitlines()[1].endswith(")).  [Reuters]")
    # A reference entry with a title and a publisher shows both.
    path.write_text("Exports fell [1].\n\n[1] Reuters - Exports fall - https://reuters.com/a/b\n")
    text = run("extract", "--format", "text", str(path))
    assert text.splitlines()[1].endswith("[1] Exports fall (Reuters)")
    # An entry that is a URL alone shows its site.
    path.write_text("Exports fell [1].\n\n[1] https://www.reuters.com/a/b\n")
    text = run("extract", "--format", "text", str(path))
    assert text.splitlines()[1].endswith("[1] reuters.com")


def test_clean_prints_body_and_show_removed_lists_blocks() -> None:
    assert "Ishiba" in run("clean", SCRAPED)
    assert run("clean", "--show-removed", SCRAPED).rstrip().endswith("characters")


def test_plugins_lists_builtins_with_components() -> None:
    text = run("plugins")
    assert "newsclaims.sentences (newsclaims " in text
    assert "sentence_splitters:rules" in text
    data = json.loads(run("plugins", "--format", "json"))
    assert {p["name"] for p in data} >= {"newsclaims.claims", "newsclaims.citations"}


def test_disable_removes_a_plugin() -> None:
    data = json.loads(run("--disable", "newsclaims.claims", "extract", AI))
    assert data["claims"] == []


def test_disable_of_an_unknown_plugin_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    # A misspelt name would otherwise leave the plugin running, with nothing to say so.
    assert main(["--disable", "newsclaims.clean", "extract", AI]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsclaims: error: --disable newsclaims.clean: no plugin has this name")
    assert "newsclaims.cleaning" in err  # the names there are
    assert err.count("\n") == 1


def test_missing_file_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "no/such/file.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("newsclaims: error: no/such/file.txt: ")
    assert "Traceback" not in err


def test_undecodable_file_names_line_and_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"first line\nsecond \xff line\n")
    assert main(["extract", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:2 (byte 18): cannot decode as utf-8" in err
    assert "save it as utf-8" in err  # what a command-line user can do about it


def test_traceback_flag_shows_the_chain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--traceback", "extract", str(tmp_path / "missing.txt")]) == 2
    assert "Traceback" in capsys.readouterr().err


def test_stdin_and_installed_script() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsclaims", "extract", "--format", "text", "-"],
        input="It rained [1]. It stopped.",
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(statement) It rained [1].  [1]" in proc.stdout


def test_version() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsclaims", "--version"], capture_output=True, text=True
    )
    assert proc.returncode == 0 and proc.stdout.startswith("newsclaims 0.")


def test_inputs_a_loader_reads_are_audited_document_by_document(tmp_path: Path) -> None:
    # A JSON Lines file holds two documents: each is named by its id, with positions in its
    # own text (what the loader made of it), not in the file's lines.
    refs = "\n\n[1] Town Herald\n[2] City News"
    records = [
        {"id": "a-1", "text": "Taxes rise [1]. Rents fall [2]." + refs},
        {"id": "b-2", "text": "The mayor quit [2].\nShe resigned [7]." + refs},
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    out = run("audit", str(path))
    assert "b-2:2:14: error dangling_marker: marker [7] has no entry" in out
    assert not any(line.startswith(("a-1:", f"{path}:")) for line in out.splitlines())
    assert "b-2:4:1: note unused_citation: reference [1]" in out
    assert out.splitlines()[-1] == "2 findings in 2 documents (1 error, 0 warnings, 1 note)"
    # A directory is read the same way.
    out = run("audit", str(tmp_path))
    assert "b-2:2:14: error dangling_marker" in out


def test_documents_with_an_opaque_urn_id_are_shown_by_their_url(tmp_path: Path) -> None:
    # A web archive's records have ids such as urn:uuid:...: the readable outputs and the report's
    # page names use the page's URL, which says which page it is; a plain id is kept.
    records = [
        {
            "id": "urn:uuid:0b1d",
            "url": "https://news.example/council-vote",
            "text": "Taxes rise [3].\n\n[1] Town Herald\n[2] City News",
        },
        {
            "id": "b-2",
            "url": "https://news.example/other",
            "text": "Rents fall [4].\n\n[1] Town Herald\n[2] City News",
        },
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    audit = run("audit", str(path))
    assert "https://news.example/council-vote:1:12: error dangling_marker" in audit
    assert "b-2:1:12: error dangling_marker" in audit and "urn:uuid" not in audit
    extract = run("extract", "--format", "text", str(path))
    assert extract.startswith("https://news.example/council-vote: 1 claims")
    assert "\nb-2: 1 claims" in extract
    out = tmp_path / "pages"
    run("report", "-o", str(out), str(path))
    assert sorted(p.name for p in out.iterdir()) == ["b-2.html", "council-vote.html", "index.html"]


def test_clean_reads_a_one_document_input_through_its_loader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = {"id": "r-1", "text": "Skip to content\nHome\nNews\nThe mayor quit on Friday [1]."}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record) + "\n", "utf-8")
    # The record's text is cleaned, not the file's JSON.
    assert run("clean", str(path)).endswith("The mayor quit on Friday [1].\n")
    assert "{" not in run("clean", str(path))
    path.write_text((json.dumps(record) + "\n") * 2, "utf-8")
    assert main(["clean", str(path)], out=io.StringIO()) == 2
    assert "holds several documents" in capsys.readouterr().err


def test_clean_and_audit_read_a_page_or_records_on_stdin_as_extract_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Standard input was read as plain text by these two: an HTML page was cleaned and audited
    # with its markup (every tag an artifact), a JSON Lines dump as JSON.
    def stdin(data: str) -> None:
        buffer = io.BufferedReader(io.BytesIO(data.encode("utf-8")))  # type: ignore[arg-type]
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(buffer, encoding="utf-8"))

    story = "The ferry resumed on Friday after repairs, the operator said in a statement."
    page = (
        "<!DOCTYPE html><html><head><title>Ferry resumes</title></head><body>"
        f"<article><h1>Ferry resumes</h1><p>{story}</p><p>Tickets cost 12 euros.</p></article>"
        "</body></html>"
    )
    stdin(page)
    body = run("clean", "-")
    assert story in body and "<" not in body
    stdin(page)
    assert run("audit", "-").endswith("in 1 document (0 errors, 0 warnings, 0 notes)\n")
    text = "Rents fell [4].\n\n[1] Town Herald\n[2] City News"
    stdin(json.dumps({"id": "r-9", "text": text}) + "\n")
    assert run("audit", "-").startswith("r-9:1:12: error dangling_marker")
    stdin(text)  # plain text is still read as it is, named <stdin>
    assert run("audit", "-").startswith("<stdin>:1:12: error dangling_marker")
    assert run("clean", "-") == "\n"  # (stdin was read: nothing is left)


def test_an_output_that_cannot_be_written_and_a_bad_worker_count_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Both were a bare traceback with status 1, or an error about "<input>".
    missing = tmp_path / "no" / "out.jsonl"
    assert main(["extract", AI, "-o", str(missing)]) == 2
    assert capsys.readouterr().err == (
        f"newsclaims: error: {missing}: cannot write the output: No such file or directory\n"
    )
    assert main(["extract", AI, "-o", str(tmp_path)]) == 2
    assert "cannot write the output: Is a directory" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["extract", "--workers", "0", AI])
    assert info.value.code == 2
    assert "argument --workers: must be a whole number of at least 1, not '0'" in (
        capsys.readouterr().err
    )


def test_an_unreadable_draft_fails_a_keep_going_gate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # (The audit's own tests use a few plugins alone: this one needs the loaders.)
    # A directory's drafts are read as extract reads them; with --keep-going one that cannot be
    # decoded was skipped with a line on stderr, and the gate passed with status 0.
    (tmp_path / "a.txt").write_text("The council approved the budget on Monday [1].\n", "utf-8")
    (tmp_path / "b.txt").write_bytes("Le maire a dit « non ».\n".encode("cp1252"))
    out = io.StringIO()
    code = main(["audit", "--keep-going", "--fail-on", "error", str(tmp_path)], out=out)
    assert code == 2  # a.txt is still audited:
    assert out.getvalue().endswith("in 1 document (0 errors, 0 warnings, 0 notes)\n")
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"newsclaims: skipped {tmp_path / 'b.txt'}: InputError: ")
    assert err[1] == "newsclaims: error: 1 input could not be audited (each named above)"

"""Batch runs: order with worker processes, keep-going, the extract command over many inputs."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import newsclaims
from newsclaims._cli.extract import Progress
from newsclaims._serialize import load_schema
from newsclaims.cli import main

ROOT = Path(__file__).resolve().parent.parent
AI = str(ROOT / "examples" / "ai_summary_japan_philippines.txt")
VALIDATOR = jsonschema.Draft202012Validator(load_schema())


def corpus(tmp_path: Path) -> list[str]:
    """A directory of text files, a JSON Lines file with a bad line, and a missing file."""
    (tmp_path / "docs").mkdir()
    for n in range(12):
        (tmp_path / "docs" / f"{n:02}.txt").write_text(
            f"Story {n}. The council voted {n} times [1].\n\n[1] Minutes {n}\n", encoding="utf-8"
        )
    lines = [json.dumps({"text": f"Line {n} said prices rose.", "id": f"j{n}"}) for n in range(40)]
    lines[17] = "{broken"
    (tmp_path / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(tmp_path / "docs"), str(tmp_path / "dump.jsonl"), str(tmp_path / "gone.txt")]


def test_two_workers_give_the_same_results_in_the_same_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("newsclaims._batch.CHUNK_ITEMS", 5)  # many chunks in flight
    inputs = corpus(tmp_path)
    one = [r.to_json() for r in newsclaims.parse_many(inputs, keep_going=True)]
    two = [r.to_json() for r in newsclaims.parse_many(inputs, keep_going=True, workers=2)]
    assert two == one
    assert len(one) == 12 + 40 + 1  # an output for every input, none lost
    ids = [json.loads(x)["id"] for x in one]
    assert ids[:2] == [str(tmp_path / "docs" / "00.txt"), str(tmp_path / "docs" / "01.txt")]
    assert ids[12 + 17] == f"{tmp_path / 'dump.jsonl'}:18"
    assert "error" in json.loads(one[12 + 17]) and "error" in json.loads(one[-1])
    with pytest.raises(newsclaims.InputError, match=r"dump\.jsonl:18"):
        got = []
        for r in newsclaims.parse_many(inputs, workers=2):
            got.append(r.id)
    assert got == ids[: 12 + 17]  # everything before the failure was delivered, in order


def test_workers_start_from_a_fork_server_with_newsclaims_imported() -> None:
    import multiprocessing

    from newsclaims._batch import _context

    context = _context()
    if "forkserver" in multiprocessing.get_all_start_methods():
        assert context.get_start_method() == "forkserver"
        # (the preload list is the fork server's own state; it names the modules it imports)
        from multiprocessing import forkserver

        preload = forkserver._forkserver._preload_modules  # type: ignore[attr-defined]
        assert "newsclaims._batch" in preload
        assert "newsclaims.default_plugins.cleaning" in preload
        # An application's own preload list is kept.
        try:
            multiprocessing.get_context("forkserver").set_forkserver_preload(["json"])
            _context()
            after = forkserver._forkserver._preload_modules  # type: ignore[attr-defined]
            assert after[0] == "json" and "newsclaims._batch" in after
        finally:
            forkserver._forkserver._preload_modules = preload  # type: ignore[attr-defined]
    else:
        assert context.get_start_method() == "spawn"


def run(*argv: str, status: int = 0) -> str:
    out = io.StringIO()
    assert main(list(argv), out=out) == status
    return out.getvalue()


def test_extract_many_inputs_keep_going_to_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    # Every input gives its output, and the two that failed make the status 2 (it was 0: a
    # script took a run with unreadable inputs for a clean one).
    assert run("extract", "--keep-going", "-o", str(out), *inputs, status=2) == ""
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == 53
    for row in rows:
        VALIDATOR.validate(row)
    assert sum("error" in r for r in rows) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"newsclaims: failed: {tmp_path / 'dump.jsonl'}:18: InputError: invalid JSON "
        "(column 2): Expecting property name enclosed in double quotes",
        f"newsclaims: failed: {tmp_path / 'gone.txt'}: InputError: No such file or directory",
        "newsclaims: error: 2 of 53 documents failed (each named above); the others were processed",
    ]


def test_extract_stops_at_an_unreadable_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", AI, "no/such.txt"]) == 2
    assert capsys.readouterr().err.startswith("newsclaims: error: no/such.txt: ")


def test_extract_jsonl_fields_and_text_format(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"body": "Rates rose [1].", "key": "k1"}) + "\n", "utf-8")
    data = json.loads(run("extract", "--text-field", "body", "--id-field", "key", str(path)))
    assert (data["id"], data["raw"]) == ("k1", "Rates rose [1].")
    text = run(
        "extract",
        "--keep-going",
        "--format",
        "text",
        "--text-field",
        "body",
        "--id-field",
        "key",
        str(path),
        str(tmp_path / "x"),
        status=2,
    )
    assert text.splitlines()[0] == "k1: 1 claims, 1 citations"
    assert text.splitlines()[-1].startswith(f"error: {tmp_path / 'x'}: ")


def test_extract_reads_json_lines_from_stdin() -> None:
    rows = "".join(json.dumps({"text": f"Doc {n} rose.", "id": str(n)}) + "\n" for n in range(3))
    done = subprocess.run(
        [sys.executable, "-m", "newsclaims", "extract", "--format", "jsonl", "-"],
        input=rows.encode(),
        capture_output=True,
        check=True,
    )
    assert [json.loads(x)["id"] for x in done.stdout.decode().splitlines()] == ["0", "1", "2"]
    assert done.stderr == b""  # not a terminal: no progress bar


def test_progress_shows_documents_rate_and_eta() -> None:
    err = io.StringIO()
    progress = Progress(err, total=4_000_000, enabled=True, every=0.0)
    progress.started -= 2.0
    progress.update(10, 1_000_000)
    line = progress.line(progress.started + 2.0)
    assert line.startswith("10 docs  0.50 MB/s  [######")
    assert line.endswith("25%  ETA 00:00:06")
    progress.close()
    assert err.getvalue().startswith("\r10 docs") and err.getvalue().endswith("\n")
    quiet = io.StringIO()
    Progress(quiet, total=0, enabled=False).update(1, 1)
    assert quiet.getvalue() == ""


def test_errors_cross_process_boundaries_with_their_fields() -> None:
    import pickle

    from newsclaims._batch import _Raised

    err = newsclaims.PluginError("ValueError: x", plugin="p", hook="h", component="c", document="d")
    back = pickle.loads(pickle.dumps(_Raised.of(err))).rebuild()
    assert type(back) is newsclaims.PluginError and back is not err
    assert (str(back), back.plugin, back.component, back.document) == (str(err), "p", "c", "d")
    assert _Raised.of(err).rebuild() is err  # in the same process: the original, with its cause


def test_parse_many_passes_its_time_limit_to_each_document(tmp_path: Path) -> None:
    import time as _time

    from newsclaims import Record
    from newsclaims.testing import manager_with

    class Slow:
        newsclaims_name = "Slow"

        @newsclaims.hookimpl
        def newsclaims_register_auditors(self, register: Any) -> None:
            def stall(doc: newsclaims.Document) -> list[newsclaims.Finding]:
                _time.sleep(30)
                return []

            register("stall", stall)

    records = [Record(text=f"Story {n} was told on Monday.", id=f"r{n}") for n in range(2)]
    started = _time.monotonic()
    docs = list(
        newsclaims.parse_many(
            records, plugin_manager=manager_with(Slow()), keep_going=True, time_limit=0.2
        )
    )
    assert _time.monotonic() - started < 10
    assert [d.id for d in docs] == ["r0", "r1"]
    for doc in docs:
        assert isinstance(doc, newsclaims.Document)
        assert [f.kind for f in doc.findings] == ["plugin_error"]
        assert "time limit of 0.2 s" in doc.findings[0].message


class _FailingPlugin:
    """A third party's plugin whose cleaner raises, or whose registration hook does."""

    newsclaims_name = "acme-promos"

    def __init__(self, *, at_registration: bool) -> None:
        self.at_registration = at_registration

    @newsclaims.hookimpl
    def newsclaims_register_cleaners(self, register: Any) -> None:
        if self.at_registration:
            raise RuntimeError("no promo list configured")

        def promos(text: str) -> list[newsclaims.Removal]:
            raise ValueError("bad offsets")

        register("promos", promos)


def test_keep_going_names_a_failing_plugin_and_keeps_the_document(tmp_path: Path) -> None:
    from newsclaims._cli.extract import format_claims
    from newsclaims.testing import manager_with

    path = tmp_path / "story.txt"
    path.write_text("The port reopened on Monday, officials said.", encoding="utf-8")
    pm = manager_with(_FailingPlugin(at_registration=False))
    (doc,) = newsclaims.parse_many([path], plugin_manager=pm, keep_going=True)
    assert isinstance(doc, newsclaims.Document) and doc.claims
    # The readable list says so too: it showed the claims as if nothing had failed.
    text = format_claims(doc).splitlines()
    assert text[1] == (
        f"  error: plugin 'acme-promos' cleaner 'promos' failed on document '{path}': "
        "ValueError: bad offsets"
    )
    # A registration hook that fails is about no document: it stops the run, as parse does;
    # recorded as every document's failure, the run read nothing and ended with status 0.
    pm = manager_with(_FailingPlugin(at_registration=True))
    with pytest.raises(newsclaims.PluginError, match=r"acme-promos.*no promo list"):
        list(newsclaims.parse_many([path, path], plugin_manager=pm, keep_going=True))

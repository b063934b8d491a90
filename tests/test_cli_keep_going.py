"""``--keep-going`` on the command line: everything is written, and a failed document still
makes the status 2 and is named on stderr (the status was 0: a script or CI job took a run with
unreadable inputs and documents a plugin failed on for a clean one)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsclaims.cli import main

FAILING = """
import newsclaims


def fail_on_marked(doc):
    if "{{FAIL}}" in doc.raw:
        raise RuntimeError("cannot handle this page")
    return []


@newsclaims.hookimpl
def newsclaims_register_cleaners(register):
    register("fragile", fail_on_marked)
"""


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An installed third-party plugin ``fragile`` (entry point of distribution
    ``fragile-dist``) whose cleaner fails on a text holding ``{{FAIL}}``."""
    root = tmp_path / "site"
    info = root / "fragile_dist-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fragile-dist\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[newsclaims]\nfragile = fragile_plugin\n")
    (root / "fragile_plugin.py").write_text(FAILING)
    monkeypatch.syspath_prepend(str(root))
    monkeypatch.delenv("NEWSCLAIMS_LOAD_PLUGINS", raising=False)
    return tmp_path


def inputs(tmp_path: Path) -> list[str]:
    """A good article, one the plugin fails on, and JSON Lines with a bad line."""
    good = tmp_path / "good.txt"
    good.write_text("Exports rose 4% in March, the ministry said on Friday.\n", "utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("La inflación bajó al 3,1% en mayo. {{FAIL}}\n", "utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "f1", "text": "Rents fell 2% in Berlin, the survey showed."})
        + "\n{not json\n",
        "utf-8",
    )
    return [str(good), str(bad), str(feed)]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text"])
def test_extract_keep_going_writes_everything_and_fails(
    site: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = io.StringIO()
    assert main(["extract", "--keep-going", "--format", fmt, *inputs(site)], out=out) == 2
    written = out.getvalue()
    assert "Exports rose 4%" in written and "Rents fell 2%" in written
    assert "La inflación" in written  # the document the plugin failed on is not dropped
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        f"newsclaims: plugin 'fragile' cleaner 'fragile' failed on document '{site / 'bad.txt'}': "
        "RuntimeError: cannot handle this page"
    )
    assert err[1].startswith(f"newsclaims: failed: {site / 'feed.jsonl'}:2: InputError: invalid")
    assert err[2:] == [
        "newsclaims: error: 2 of 4 documents failed (each named above); the others were processed"
    ]


def test_extract_keep_going_without_failures_is_status_0(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = inputs(site)[0]
    assert main(["extract", "--keep-going", "--format", "jsonl", good], out=io.StringIO()) == 0
    assert capsys.readouterr().err == ""


def test_extract_keep_going_with_workers_fails_on_an_unreadable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, _, feed = inputs(tmp_path)
    (tmp_path / "old.txt").write_bytes("Le maire a dit « non ».\n".encode("cp1252"))
    out = io.StringIO()
    argv = ["extract", "--keep-going", "--workers", "2", "--format", "jsonl"]
    assert main([*argv, good, str(tmp_path / "old.txt"), feed], out=out) == 2
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [("error" in r) for r in rows] == [False, True, False, True]
    err = capsys.readouterr().err
    assert f"newsclaims: failed: {tmp_path / 'old.txt'}: InputError: " in err
    assert err.endswith(
        "error: 2 of 4 documents failed (each named above); the others were processed\n"
    )


def test_report_and_audit_keep_going_fail_on_a_plugin_failure(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, bad, _ = inputs(site)
    pages = site / "pages"
    assert main(["report", "--keep-going", good, bad, "-o", str(pages)], out=io.StringIO()) == 2
    assert sorted(p.name for p in pages.iterdir()) == ["bad.html", "good.html", "index.html"]
    assert capsys.readouterr().err.endswith(
        "1 of 2 documents failed (each named above); the others were processed\n"
    )
    out = io.StringIO()
    assert main(["audit", "--keep-going", good, bad], out=out) == 2
    assert "plugin_error" in out.getvalue()  # reported, and the gate does not pass
    assert capsys.readouterr().err.endswith(
        "error: 1 document could not be fully audited: a plugin failed (its plugin_error "
        "finding is in the report)\n"
    )


def test_a_failure_over_the_progress_bar_starts_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, _, feed = inputs(tmp_path)
    argv = ["extract", "--keep-going", "--progress", "always", "-o", str(tmp_path / "o")]
    assert main([*argv, good, feed], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert f"\r\x1b[Knewsclaims: failed: {feed}:2: InputError: " in err

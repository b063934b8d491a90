"""``newsclaims audit``: the report, JSON output, positions in the raw file and exit codes."""

from __future__ import annotations

import argparse
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pluggy
import pytest

import newsclaims
from newsclaims import Citation, Claim, Document, Marker, Removal, Section, Span, hookimpl
from newsclaims._plugins import default_plugins
from newsclaims.cli import main

_SOURCE = re.compile(r"^Source (\d+): (.+)$", re.M)


class Sources:
    """Drops a first ``Skip to content`` line and reads ``Sources:`` lines as reference entries."""

    @hookimpl
    def newsclaims_register_cleaners(self, register):  # type: ignore[no-untyped-def]
        def cleaner(doc: Document) -> Iterator[Removal]:
            if doc.raw.startswith("Skip to content\n"):
                yield Removal(span=Span(0, 16), reason="navigation")

        register("skip", cleaner)

    @hookimpl
    def newsclaims_register_sectioners(self, register):  # type: ignore[no-untyped-def]
        def sectioner(doc: Document) -> Iterator[Section]:
            for m in _SOURCE.finditer(doc.text):
                yield Section("references", Span(m.start(), m.end()))

        register("sources", sectioner)

    @hookimpl
    def newsclaims_register_citation_parsers(self, register):  # type: ignore[no-untyped-def]
        def parser(doc: Document) -> Iterator[Marker | Citation]:
            for m in _SOURCE.finditer(doc.text):
                span = Span(m.start(), m.end())
                yield Citation(label=m.group(1), title=m.group(2), raw=m.group(), span=span)

        register("sources", parser)

    @hookimpl
    def newsclaims_register_claim_extractors(self, register):  # type: ignore[no-untyped-def]
        def extractor(doc: Document) -> Iterator[Claim]:
            for s in doc.sentences:
                section = doc.section_at(s.start)
                if section is not None and section.kind == "body":
                    yield Claim(text=s.slice(doc.text), span=s, checkworthy=True)

        register("sentences", extractor)


#: The built-in plugins used: the others (page cleaning, claim extraction...) are left out so
#: that the tests see exactly the sections and claims given here.
BUILT_INS = {
    "newsclaims.sentences",
    "newsclaims.citations",
    "newsclaims.audit_citations",
    "newsclaims.audit_support",
    "newsclaims.audit_artifacts",
    "newsclaims.support",
}


ARTICLE = (
    "Skip to content\n"
    "The council approved the budget on Monday [1].\n"
    "Taxes rise in May. The mayor resigned [7].\n"
    "Source 1: Council approves budget\n"
)


@pytest.fixture(autouse=True)
def _plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    def manager(args: argparse.Namespace) -> pluggy.PluginManager:
        names = [m.replace(".default_plugins", "") for m in default_plugins()]
        return newsclaims.make_plugin_manager(
            entry_points=False,
            plugins=[Sources()],
            disable=[*args.disable, *(n for n in names if n not in BUILT_INS)],
        )

    monkeypatch.setattr("newsclaims._cli.audit.manager", manager)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["audit", *argv], out=out)
    return code, out.getvalue()


def test_the_report_gives_raw_positions_severity_kind_message_and_claim(article: Path) -> None:
    code, out = run(str(article))
    assert code == 0
    lines = out.splitlines()
    # Line numbers count the raw file, including the removed "Skip to content" line.
    assert f"{article}:3:1: warning uncited_claim: " in out
    i = lines.index(next(line for line in lines if line.startswith(f"{article}:3:1:")))
    assert lines[i + 1] == "    Taxes rise in May."
    assert f"{article}:3:39: error dangling_marker: marker [7] has no entry" in out
    assert lines[-1] == "2 findings in 1 file (1 error, 1 warning, 0 notes)"
    assert re.fullmatch(r".+:\d+:\d+: (error|warning|note) \w+: .+", lines[0])


def test_json_lists_the_findings_with_files_and_positions(article: Path) -> None:
    code, out = run("--format", "json", str(article))
    assert code == 0
    rows = json.loads(out)
    assert [(r["kind"], r["severity"], r["line"], r["column"]) for r in rows] == [
        ("uncited_claim", "warning", 3, 1),
        ("dangling_marker", "error", 3, 39),
    ]
    dangling = rows[1]
    assert dangling["citation"] == "7" and dangling["text"] == "[7]"
    assert dangling["claim_text"] == "The mayor resigned [7]."
    assert dangling["evidence"] is None and dangling["score"] is None
    assert dangling["plugin"] == "newsclaims.audit_citations" and dangling["file"] == str(article)


@pytest.mark.parametrize(
    ("fail_on", "code"), [(None, 0), ("error", 1), ("warning", 1), ("note", 1)]
)
def test_fail_on_sets_the_exit_code(article: Path, fail_on: str | None, code: int) -> None:
    args = [str(article)] + (["--fail-on", fail_on] if fail_on else [])
    assert run(*args)[0] == code


def test_a_clean_article_passes_even_the_strictest_gate(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text("The council approved the budget on Monday [1]. Taxes rise [1].\n", "utf-8")
    code, out = run("--fail-on", "note", str(path))
    assert (code, out) == (0, "0 findings in 1 file (0 errors, 0 warnings, 0 notes)\n")


def test_warnings_do_not_fail_a_gate_on_errors(tmp_path: Path) -> None:
    path = tmp_path / "warn.txt"
    path.write_text("The council approved the budget on Monday [1]. Taxes rise.\n", "utf-8")
    assert run("--fail-on", "error", str(path))[0] == 0
    assert run("--fail-on", "warning", str(path))[0] == 1


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(str(tmp_path / "missing.txt"))[0] == 2
    assert "missing.txt" in capsys.readouterr().err


def test_audit_is_a_command() -> None:
    assert "audit" in newsclaims.cli.COMMANDS

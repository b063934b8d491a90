"""``newsclaims audit``: the audit findings of articles, as a report or JSON, with an exit code.

The report has one line per finding, ``FILE:LINE:COLUMN: SEVERITY KIND: MESSAGE``, with the
line and column of the finding in the raw file, then the claim (or the flagged text) indented.
Inputs that a loader other than the plain-text one reads (HTML, JSON Lines, WARC...) and
directories are read as ``newsclaims extract`` reads them: each document is named by its id,
and its positions count in the text the loader made of it.
``--fail-on SEVERITY`` exits with status 1 when any finding is at least that severe, so the
command can gate publication in CI or a pre-commit hook.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from typing import Any, TextIO

import newsclaims
from newsclaims._batch import stream
from newsclaims._cli import (
    add_encoding_argument,
    manager,
    parsed,
    printable,
    read_by_loader,
    shown_name,
)
from newsclaims._cli.extract import EmptyInputs
from newsclaims.errors import NewsclaimsError

#: Exit status when a finding reaches ``--fail-on``.
EXIT_FINDINGS = 1


def add_command(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "audit",
        help="report uncited, dangling, unsupported and garbled claims",
        description="Audit articles: report uncited claims, dangling and unused citations, "
        "summary points the article does not support, duplicates and scraping damage.",
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a text file, or - for stdin; HTML, JSON, JSON Lines and WARC files and "
        "directories are read as by extract, their positions in the text the loader made",
    )
    add_encoding_argument(p)
    p.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: one line per finding, FILE:LINE:COLUMN: SEVERITY KIND: MESSAGE, then the "
        "claim; json: a list of findings with their files and positions (default: text)",
    )
    p.add_argument(
        "--fail-on",
        choices=newsclaims.SEVERITIES,
        default=None,
        metavar="SEVERITY",
        help="exit with status 1 if any finding is at least this severe "
        f"({', '.join(newsclaims.SEVERITIES)}); without it the status is 0 whatever is found",
    )
    p.add_argument(
        "--keep-going",
        action="store_true",
        help="report a failing plugin as a plugin_error finding instead of stopping, and skip "
        "an unreadable document with a line on stderr (either makes the status 2)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    pm = manager(args)
    rows: list[dict[str, Any]] = []
    audited, loaded, incomplete = 0, False, 0
    skipped: list[newsclaims.Failure] = []
    empty = EmptyInputs()
    for path in args.files:
        docs: Iterable[newsclaims.Document]
        if read_by_loader(pm, path):
            loaded = True
            docs = parsed(
                stream(
                    [path],
                    plugin_manager=pm,
                    keep_going=args.keep_going,
                    encoding=args.encoding,
                    on_empty=empty,
                ),
                skipped,
            )
        else:
            doc = newsclaims.parse_file(
                path,
                plugin_manager=pm,
                keep_going=args.keep_going,
                encoding=args.encoding or "utf-8",
            )
            docs = [doc]
        for doc in docs:
            if any(f.kind == "plugin_error" for f in doc.findings):
                incomplete += 1
            audited += 1
            name = shown_name(doc) or path
            name = "<stdin>" if name == "-" else name  # (a text's or a page's id is its path)
            found = finding_rows(doc, name)
            rows.extend(sorted(found, key=lambda r: (r["line"], r["column"])))
    if args.format == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        # (Counted in documents where a file may hold several, or none.)
        out.write(format_report(rows, audited, "document" if loaded else "file"))
    empty.check(audited + len(skipped))
    if skipped:
        # An input that could not be read was not audited: the run must not pass as clean (a
        # CI gate passed a draft it could not decode), however it goes on (as make -k does).
        raise NewsclaimsError(
            f"{len(skipped)} input{'s' if len(skipped) != 1 else ''} could not be audited "
            "(each named above)"
        )
    if incomplete:
        # A plugin failed on these (its plugin_error finding is in the report): an auditor that
        # did not run found nothing, and the gate must not pass them as clean either.
        raise NewsclaimsError(
            f"{incomplete} document{'s' if incomplete != 1 else ''} could not be fully audited: "
            "a plugin failed (its plugin_error finding is in the report)"
        )
    if args.fail_on is not None:
        rank = newsclaims.SEVERITIES.index(args.fail_on)
        if any(newsclaims.SEVERITIES.index(r["severity"]) <= rank for r in rows):
            return EXIT_FINDINGS
    return 0


def _line_column(raw: str, offset: int) -> tuple[int, int]:
    line = raw.count("\n", 0, offset) + 1
    return line, offset - (raw.rfind("\n", 0, offset) + 1) + 1


def finding_rows(doc: newsclaims.Document, path: str) -> list[dict[str, Any]]:
    """Describe each finding of ``doc`` with its position in the raw file and its claim.

    The rows are in the document's order of findings; the report sorts them by position.
    """
    rows = []
    for f in doc.findings:
        claim = doc.claims[f.claim] if f.claim is not None else None
        span = f.span if f.span is not None else (claim.span if claim is not None else None)
        start = doc.to_raw(span.start) if span is not None else 0
        line, column = _line_column(doc.raw, start)
        evidence = None
        if f.evidence is not None:
            e_line, e_column = _line_column(doc.raw, doc.to_raw(f.evidence.start))
            evidence = {
                "text": f.evidence.slice(doc.text),
                "line": e_line,
                "column": e_column,
            }
        rows.append(
            {
                "file": path,
                "line": line,
                "column": column,
                "severity": f.severity,
                "kind": f.kind,
                "message": f.message,
                "plugin": f.plugin,
                "claim": f.claim,
                "claim_text": claim.text if claim is not None else None,
                "text": f.span.slice(doc.text) if f.span is not None else None,
                "citation": f.citation,
                "evidence": evidence,
                "score": f.score,
            }
        )
    return rows


def format_report(rows: list[dict[str, Any]], files: int, noun: str = "file") -> str:
    """Return the readable report of finding rows, with a closing count of ``files`` (of
    ``noun``, the things audited)."""
    lines = []
    for r in rows:
        lines.append(f"{r['file']}:{r['line']}:{r['column']}: {r['severity']} {r['kind']}: ")
        lines[-1] = printable(lines[-1] + r["message"])
        claim, text = r["claim_text"], r["text"]
        if claim is not None and (text is None or text in claim):
            lines.append("    " + _flat(claim))
        else:
            if text:
                lines.append("    " + _flat(text))
            if claim is not None:
                lines.append("    claim: " + _flat(claim))
        if r["evidence"] is not None:
            e = r["evidence"]
            lines.append(f"    closest in the article (line {e['line']}): {_flat(e['text'])}")
    counts = Counter(r["severity"] for r in rows)
    summary = ", ".join(
        f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in newsclaims.SEVERITIES
    )
    lines.append(
        f"{len(rows)} finding{'s' if len(rows) != 1 else ''} in {files} "
        f"{noun}{'s' if files != 1 else ''} ({summary})"
    )
    return "\n".join(lines) + "\n"


def _flat(text: str) -> str:
    return printable(" ".join(text.split()))

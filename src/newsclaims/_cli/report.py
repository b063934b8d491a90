"""``newsclaims report``: an annotated HTML page per document, and an index of several."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any, TextIO

import newsclaims
from newsclaims._cli import manager
from newsclaims.errors import InputError


def add_command(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "report",
        help="write an annotated HTML page per document (and an index of several)",
        description="Write a self-contained HTML page per document: the raw text with the "
        "removed spans, sections, claims, markers and findings marked. For several files, "
        "index.html lists them with their counts, most findings first.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="a text file, or - for stdin")
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help="the directory to write the pages to (created if missing)",
    )
    p.add_argument(
        "--keep-going",
        action="store_true",
        help="record a failing plugin in the report as a finding instead of stopping",
    )
    p.set_defaults(func=run)


def page_names(paths: list[str]) -> list[str]:
    """One distinct ``.html`` file name per input path, made from its file name."""
    names: list[str] = []
    taken = {"index.html"}
    for path in paths:
        stem = "stdin" if path == "-" else Path(path).stem or "document"
        name, n = f"{stem}.html", 1
        while name in taken:
            n += 1
            name = f"{stem}-{n}.html"
        taken.add(name)
        names.append(name)
    return names


def run(args: argparse.Namespace, out: TextIO) -> int:
    pm = manager(args)
    docs = [
        newsclaims.parse_file(path, plugin_manager=pm, keep_going=args.keep_going)
        for path in args.files
    ]
    target = Path(args.output)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the output directory: {exc}", path=args.output) from exc
    pages = list(zip(page_names(args.files), docs, strict=True))
    written = [_write(target / name, newsclaims.render_report(doc)) for name, doc in pages]
    if len(pages) > 1:
        written.append(_write(target / "index.html", newsclaims.render_index(pages)))
    for path in written:
        out.write(f"{path}\n")
    return 0


def _write(path: Path, page: str) -> str:
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the report: {exc}", path=os.fspath(path)) from exc
    return os.fspath(path)

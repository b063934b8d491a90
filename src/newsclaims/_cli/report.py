"""``newsclaims report``: an annotated HTML page per document, and an index of several.

Inputs are what ``newsclaims extract`` reads (files of any loader's format, directories, glob
patterns, ``-``). Each page is named after its document's id.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path, PurePath
from typing import Any, TextIO

import newsclaims
from newsclaims._batch import stream
from newsclaims._cli import (
    Failed,
    SkipOutput,
    add_encoding_argument,
    add_inputs_argument,
    check_not_an_input,
    parsed,
    shown_name,
)
from newsclaims._cli.extract import EmptyInputs
from newsclaims.errors import InputError

#: The endings of the names of files of one document, left out of its page's name.
_INPUT_SUFFIXES = (".txt", ".text", ".md", ".rst", ".html", ".htm", ".xhtml")
_KEEP = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
#: The names Windows keeps for devices, with any ending (``con.html`` is the console).
_DEVICES = frozenset(
    ("con", "prn", "aux", "nul", *(f"{port}{n}" for port in ("com", "lpt") for n in range(10)))
)


def add_command(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "report",
        help="write an annotated HTML page per document (and an index of several)",
        description="Write a self-contained HTML page per document: the raw text with the "
        "removed spans, sections, claims, markers and findings marked. For several documents, "
        "index.html lists them with their counts, most findings first.",
    )
    add_inputs_argument(p)
    add_encoding_argument(p)
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help="the directory to write the pages to (created if missing); for one document, "
        "a file name ending in .html writes its page there",
    )
    p.add_argument(
        "--keep-going",
        action="store_true",
        help="record a failing plugin in the report as a finding, and skip an unreadable "
        "input with a line on stderr, instead of stopping; the status is then 2 if any "
        "document failed",
    )
    p.set_defaults(func=run)


def page_name(doc_id: str | None, taken: set[str]) -> str:
    """A new ``.html`` file name for a document, made from the last part of its id (less the
    ending of a text or HTML file's name, ``.gz`` too: ``page.html.gz`` gives ``page.html``).

    Characters other than ASCII letters, digits, ``-``, ``_`` and ``.`` become ``_``; a name
    already in ``taken`` gets a number; the name is added to ``taken``. Names are compared
    in lower case, as the file systems of macOS and Windows compare them (``Storm.html`` was
    written over ``storm.html`` there, and a document ``Index`` over the index), and a device's
    name of Windows (``con``, ``nul``, ``com1``...) before its first dot gets a ``_``
    (``con.v2`` gives ``con_.v2.html``: Windows takes a device's name with any endings for it).
    """
    base = PurePath(doc_id.replace("\\", "/")).name if doc_id else ""
    stem = base
    for suffix in (".gz", *_INPUT_SUFFIXES):  # (``page.html.gz``: both go)
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    stem = "".join(ch if ch in _KEEP else "_" for ch in stem).strip(".")[:80] or "document"
    first, dot, rest = stem.partition(".")
    if first.lower() in _DEVICES:  # (``con.v2.html`` is the console: the ``_`` goes before a dot)
        stem = f"{first}_{dot}{rest}"
    name, n = f"{stem}.html", 1
    while name.lower() in taken:
        n += 1
        name = f"{stem}-{n}.html"
    taken.add(name.lower())
    return name


def run(args: argparse.Namespace, out: TextIO) -> int:
    target = Path(args.output)
    if target.suffix.lower() in (".html", ".htm") and not target.is_dir():
        return _run_one(args, target, out)
    if target.exists() and not target.is_dir():
        # (It was "cannot create the output directory: [Errno 17] File exists: ...".)
        raise InputError(
            "is a file, not a directory: -o names the directory of the pages (or a .html "
            "file for the page of one document)",
            path=args.output,
        )
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        message = f"cannot create the output directory: {exc.strerror or exc}"
        raise InputError(message, path=args.output) from exc
    # (A page is not written over an input file named in the directory: ``a.html -o .``.)
    taken = {"index.html", *_named_in(args.files, target)}
    pages: list[tuple[str, newsclaims.Document]] = []
    failed = Failed()
    skips = SkipOutput()
    empty = EmptyInputs()
    for result in parsed(
        _results(args, target, skips, empty),
        failed=failed,
    ):
        name = page_name(shown_name(result), taken)
        out.write(_write(target / name, newsclaims.render_report(result)) + "\n")
        pages.append((name, result))
    if len(pages) > 1:
        out.write(_write(target / "index.html", newsclaims.render_index(pages)) + "\n")
    skips.check(failed.documents, args.output)
    empty.check(failed.documents)
    failed.check()
    return 0


def _run_one(args: argparse.Namespace, target: Path, out: TextIO) -> int:
    """Write the page of the one document the inputs hold to ``target``, a file."""
    found: newsclaims.Document | None = None
    check_not_an_input(args.files, str(target))
    failed = Failed()
    skips = SkipOutput()
    empty = EmptyInputs()
    for result in parsed(
        _results(args, target, skips, empty),
        failed=failed,
    ):
        if found is not None:
            raise InputError(
                "names one page (a .html file), but the inputs hold several documents: "
                "give a directory for their pages",
                path=args.output,
            )
        found = result
    if found is not None:
        if not target.parent.is_dir():
            raise InputError("cannot write the report: no such directory", path=args.output)
        out.write(_write(target, newsclaims.render_report(found)) + "\n")
    skips.check(failed.documents, args.output)
    empty.check(failed.documents)
    failed.check()
    return 0


def _results(args: argparse.Namespace, target: Path, skips: SkipOutput, empty: EmptyInputs) -> Any:
    """The documents of the inputs, less the pages this run writes (``target``); ``empty`` is
    told the inputs that hold none."""
    return stream(
        args.files,
        keep_going=args.keep_going,
        disable=args.disable,
        scanned=getattr(args, "scanned_entry_points", None),
        encoding=args.encoding,
        output=target,
        on_skip=skips,
        on_empty=empty,
    )


def _named_in(inputs: list[str], target: Path) -> set[str]:
    """The names of the ``.html`` files named as inputs that lie in the directory ``target``,
    in lower case (see :func:`page_name`)."""
    where = os.path.realpath(target)
    return {
        os.path.basename(real).lower()
        for name in inputs
        if name.lower().endswith(".html") and os.path.isfile(name)
        for real in (os.path.realpath(name),)
        if os.path.dirname(real) == where
    }


def _write(path: Path, page: str) -> str:
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the report: {exc}", path=os.fspath(path)) from exc
    return os.fspath(path)

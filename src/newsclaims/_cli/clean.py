"""``newsclaims clean``: the cleaned article body, or what was removed and why."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

import newsclaims
from newsclaims._cli import manager


def add_command(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("clean", help="print the cleaned article body")
    p.add_argument("file", metavar="FILE", help="a text file, or - for stdin")
    p.add_argument(
        "--show-removed",
        action="store_true",
        help="list each removed block with the plugin and reason instead",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    doc = newsclaims.parse_file(args.file, plugin_manager=manager(args))
    if not args.show_removed:
        out.write(doc.body + "\n")
        return 0
    for r in doc.removals:
        start = doc.raw.count("\n", 0, r.span.start) + 1
        end = doc.raw.count("\n", 0, max(r.span.start, r.span.end - 1)) + 1
        lines = f"line {start}" if start == end else f"lines {start}-{end}"
        out.write(f"{lines}: {r.plugin}: {r.reason}\n")
        for text_line in r.text.strip("\n").splitlines() or [""]:
            out.write(f"    - {text_line}\n")
    removed = sum(len(r.span) for r in doc.removals)
    out.write(f"{len(doc.removals)} removed blocks, {removed} of {len(doc.raw)} characters\n")
    return 0

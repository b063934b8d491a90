"""``newsclaims clean``: the cleaned article body, or what was removed and why."""

from __future__ import annotations

import argparse
from collections import Counter
from itertools import islice
from typing import Any, TextIO

import newsclaims
from newsclaims._cli import add_encoding_argument, manager, parsed, printable, read_by_loader
from newsclaims.errors import InputError

#: Removed lines longer than this are shortened in the listing.
WIDTH = 100
#: A removed block shows at most this many of its lines.
MAX_LINES = 8


def add_command(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("clean", help="print the cleaned article body")
    p.add_argument(
        "file",
        metavar="FILE",
        help="a text file, or - for stdin; an HTML page or another input of one document that "
        "extract reads is read as extract reads it",
    )
    add_encoding_argument(p)
    p.add_argument(
        "--show-removed",
        action="store_true",
        help="list each removed block with its lines, the plugin and the reason instead",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    pm = manager(args)
    if read_by_loader(pm, args.file):
        # (Two documents at most are parsed: a second one is enough to refuse the input.)
        results = newsclaims.parse_many([args.file], plugin_manager=pm, encoding=args.encoding)
        docs = list(islice(parsed(results), 2))
        if len(docs) != 1:
            held = "no document" if not docs else "several documents"
            raise InputError(
                f"holds {held}, and clean reads one (newsclaims extract reads any number)",
                path=args.file,
            )
        doc = docs[0]
    else:
        doc = newsclaims.parse_file(args.file, plugin_manager=pm, encoding=args.encoding or "utf-8")
    if not args.show_removed:
        out.write(doc.body + "\n")
        return 0
    write_removed(doc, out)
    return 0


def write_removed(doc: newsclaims.Document, out: TextIO) -> None:
    """List each removal: its raw lines, reason and plugin, and the removed text.

    A removal that takes only part of a line (a credit after the last sentence) says so and
    shows the rest of the line with the removed part in brackets. A removal of white space
    alone has nothing to show: it is counted in the summary, not listed.
    """
    raw = doc.raw
    for r in doc.removals:
        if not r.text.strip():
            continue  # white space alone (the carriage returns of CRLF breaks): only counted
        # Report the lines of the removed text itself, not the blank lines it swallowed.
        start = r.span.start + len(r.text) - len(r.text.lstrip())
        end = max(start, r.span.start + len(r.text.rstrip()))
        first = raw.count("\n", 0, start) + 1
        last = raw.count("\n", 0, max(start, end - 1)) + 1
        where = f"line {first}" if first == last else f"lines {first}-{last}"
        line_start = raw.rfind("\n", 0, r.span.start) + 1
        line_end = raw.find("\n", r.span.end)
        line_end = len(raw) if line_end < 0 else line_end
        before = raw[line_start : r.span.start]
        after = raw[r.span.end : line_end] if not r.text.endswith("\n") else ""
        partial = bool(before.strip() or after.strip())
        part = " (part of a line)" if partial else ""
        out.write(f"{where}: {printable(r.reason)} [{r.plugin}]{part}\n")
        if partial:
            out.write(f"    {printable(_marked(before.lstrip(), r.text, after.rstrip()))}\n")
            continue
        shown_lines = [line.strip() for line in r.text.splitlines() if line.strip()]
        for text_line in shown_lines[:MAX_LINES]:
            out.write(f"    {printable(_shorten(text_line))}\n")
        if len(shown_lines) > MAX_LINES:
            out.write(f"    … and {len(shown_lines) - MAX_LINES} more lines\n")
    by_plugin = Counter(r.plugin for r in doc.removals)
    for plugin, count in sorted(by_plugin.items()):
        reasons = Counter(r.reason for r in doc.removals if r.plugin == plugin)
        listed = ", ".join(f"{reason} {n}" for reason, n in sorted(reasons.items()))
        out.write(f"{plugin}: {count} removed ({listed})\n")
    removed = sum(len(r.span) for r in doc.removals)
    share = f"{100 * removed / len(raw):.1f}% of the text, " if raw else ""
    out.write(f"{len(doc.removals)} removed blocks, {share}{removed} of {len(raw)} characters\n")


def _shorten(text: str) -> str:
    return text if len(text) <= WIDTH else text[: WIDTH - 1] + "…"


def _marked(before: str, removed: str, after: str) -> str:
    """The line with its removed part in brackets, shortened around that part so that it shows
    (a dateline's credit at the start of a long paragraph as well as a credit at its end)."""
    marked = f"⟦{_shorten(removed)}⟧"
    room = max(WIDTH - len(marked), 2)
    if len(before) + len(after) <= room:
        return before + marked + after
    keep_after = min(len(after), max(room // 2, room - len(before)))
    keep_before = room - keep_after
    if len(before) > keep_before:
        before = "…" + before[len(before) - keep_before + 1 :]
    if len(after) > keep_after:
        after = after[: keep_after - 1] + "…" if keep_after > 1 else "…"
    return before + marked + after

"""The ``newsclaims`` command line: a thin layer over the public API.

Errors print one line on stderr and exit with status 2; ``--traceback`` shows the whole chain.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import TextIO

import pluggy

import newsclaims
from newsclaims._plugins import plugin_info
from newsclaims.errors import NewsclaimsError

__all__ = ["build_parser", "main"]

EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the ``newsclaims`` command (the CLI reference is made from it)."""
    parser = argparse.ArgumentParser(
        prog="newsclaims",
        description="Turn news text into structured, auditable claims.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {newsclaims.__version__}")
    parser.add_argument(
        "--disable",
        metavar="NAME",
        action="append",
        default=[],
        help="do not load the plugin NAME (repeatable; see 'newsclaims plugins')",
    )
    parser.add_argument(
        "--traceback", action="store_true", help="show the full traceback of an error"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("extract", help="extract claims and citations from articles")
    p.add_argument("files", nargs="+", metavar="FILE", help="a text file, or - for stdin")
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        default="json",
        help="json: one indented document (or a list); jsonl: one document per line; "
        "text: a readable list of claims (default: json)",
    )
    p.add_argument(
        "--keep-going",
        action="store_true",
        help="record a failing plugin in the output as a finding instead of stopping",
    )
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("clean", help="print the cleaned article body")
    p.add_argument("file", metavar="FILE", help="a text file, or - for stdin")
    p.add_argument(
        "--show-removed",
        action="store_true",
        help="list each removed block with the plugin and reason instead",
    )
    p.set_defaults(func=_cmd_clean)

    p = sub.add_parser("plugins", help="list the plugins with their hooks and components")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=_cmd_plugins)
    return parser


def _manager(args: argparse.Namespace) -> pluggy.PluginManager:
    return newsclaims.make_plugin_manager(disable=args.disable)


def _cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    pm = _manager(args)
    docs = [
        newsclaims.parse_file(path, plugin_manager=pm, keep_going=args.keep_going)
        for path in args.files
    ]
    if args.format == "jsonl":
        for doc in docs:
            out.write(doc.to_json() + "\n")
    elif args.format == "json":
        data = docs[0].to_dict() if len(docs) == 1 else [d.to_dict() for d in docs]
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        for doc in docs:
            out.write(format_claims(doc))
    return 0


def format_claims(doc: newsclaims.Document) -> str:
    """Return a readable list of a document's claims with their citations."""
    lines = [
        f"{doc.id or '<text>'}: {len(doc.claims)} claims, {len(doc.citations)} citations"
        + (f" -- {doc.title}" if doc.title else "")
    ]
    by_label = {c.label: c for c in doc.citations}
    for i, claim in enumerate(doc.claims, 1):
        extra = ""
        if claim.speaker:
            extra += f" -- {claim.speaker}"
        if claim.citations:
            refs = []
            for label in claim.citations:
                c = by_label.get(label)
                refs.append(f"[{label}]" + (f" {c.title}" if c and c.title else ""))
            extra += "  " + "; ".join(refs)
        lines.append(f"{i:3}. ({claim.kind}) {claim.text}{extra}")
    return "\n".join(lines) + "\n"


def _cmd_clean(args: argparse.Namespace, out: TextIO) -> int:
    doc = newsclaims.parse_file(args.file, plugin_manager=_manager(args))
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
    out.write(
        f"{len(doc.removals)} removed blocks, {sum(len(r.span) for r in doc.removals)} "
        f"of {len(doc.raw)} characters\n"
    )
    return 0


def _cmd_plugins(args: argparse.Namespace, out: TextIO) -> int:
    info = plugin_info(_manager(args))
    if args.format == "json":
        out.write(json.dumps(info, indent=2) + "\n")
        return 0
    for p in info:
        out.write(f"{p['name']} ({p['distribution']} {p['version']})\n")
        out.write(f"    hooks: {', '.join(p['hooks'])}\n")
        if p["components"]:
            out.write(f"    components: {', '.join(p['components'])}\n")
    return 0


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    out = out if out is not None else sys.stdout
    func: Callable[[argparse.Namespace, TextIO], int] = args.func
    try:
        return func(args, out)
    except NewsclaimsError as exc:
        if args.traceback:
            traceback.print_exc()
        print(f"newsclaims: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("newsclaims: interrupted", file=sys.stderr)
        return 130


def main_exit() -> None:
    """Entry point of the ``newsclaims`` script."""
    sys.exit(main())

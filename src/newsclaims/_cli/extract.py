"""``newsclaims extract``: claims and citations of articles, as JSON, JSON Lines or text."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

import newsclaims
from newsclaims._cli import manager


def add_command(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "extract", help="extract claims and citations from articles"
    )
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
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    pm = manager(args)
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

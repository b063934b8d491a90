"""``newsclaims plugins``: the plugins with their distributions, hooks and components."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from newsclaims._cli import manager
from newsclaims._plugins import plugin_info


def add_command(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "plugins", help="list the plugins with their hooks and components"
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    info = plugin_info(manager(args))
    if args.format == "json":
        out.write(json.dumps(info, indent=2) + "\n")
        return 0
    for p in info:
        out.write(f"{p['name']} ({p['distribution']} {p['version']})\n")
        out.write(f"    hooks: {', '.join(p['hooks'])}\n")
        if p["components"]:
            out.write(f"    components: {', '.join(p['components'])}\n")
    return 0

"""``newsclaims plugins``: the plugins with their distributions, hooks and components.

A plugin that cannot be loaded, or whose registration hook fails, is listed with its error
after the others, and the status is then 2: this is the command a user runs to find out what
is wrong, so one broken plugin must not hide the list (it stopped the command with the error
alone).
"""

from __future__ import annotations

import argparse
import json
from importlib import metadata
from typing import Any, TextIO

from newsclaims._cli import manager, printable
from newsclaims._plugins import ENTRY_POINT_GROUP, plugin_info
from newsclaims.errors import NewsclaimsError, PluginError, PluginLoadError


def add_command(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "plugins",
        help="list the plugins with their hooks and components",
        description="List the plugins with their distributions, hooks and components; a "
        "plugin that cannot be loaded is listed with its error (and the status is 2).",
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run)


def _working(args: argparse.Namespace) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The descriptions of the plugins that work, and of those that do not, with their error.

    Each broken one is left out in turn (as ``--disable`` would), so that the rest are listed.
    """
    broken: list[dict[str, Any]] = []
    disabled = list(args.disable)
    while True:
        error: NewsclaimsError
        try:
            return plugin_info(manager(argparse.Namespace(disable=disabled))), broken
        except PluginLoadError as exc:
            name, error, dist = exc.entry_point, exc, exc.distribution
        except PluginError as exc:
            if exc.plugin in disabled or exc.plugin is None:
                raise
            name, error, dist = exc.plugin, exc, _distribution(exc.plugin)
        if name in disabled:
            raise error
        disabled.append(name)
        broken.append({"name": name, "distribution": dist, "error": str(error)})


def _distribution(name: str) -> str:
    """The distribution of an installed plugin, found by its entry point's name."""
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name and ep.dist is not None:
            return str(ep.dist.name)
    return "?"


def run(args: argparse.Namespace, out: TextIO) -> int:
    info, broken = _working(args)
    if args.format == "json":
        out.write(json.dumps(info + broken, indent=2) + "\n")
    else:
        for p in info:
            out.write(f"{p['name']} ({p['distribution']} {p['version']})\n")
            out.write(f"    hooks: {', '.join(p['hooks'])}\n")
            if p["components"]:
                out.write(f"    components: {', '.join(p['components'])}\n")
        for p in broken:
            error = printable(p["error"])  # (pluggy's messages run over several lines)
            out.write(f"{p['name']} ({p['distribution']}): BROKEN\n    error: {error}\n")
    if broken:
        names = ", ".join(p["name"] for p in broken)
        raise NewsclaimsError(
            f"{len(broken)} plugin{'s' if len(broken) != 1 else ''} could not be loaded: "
            f"{names} (each listed with its error; --disable NAME runs without it)"
        )
    return 0

"""The subcommands of the ``newsclaims`` command, one module each (see ``newsclaims.cli``)."""

from __future__ import annotations

import argparse

import pluggy

import newsclaims


def manager(args: argparse.Namespace) -> pluggy.PluginManager:
    """The plugin manager for a command, without the plugins named by ``--disable``."""
    return newsclaims.make_plugin_manager(disable=args.disable)


def add_inputs_argument(parser: argparse.ArgumentParser) -> None:
    """Add the ``INPUT...`` argument of the commands that read any input ``parse_many`` reads."""
    parser.add_argument(
        "files",
        nargs="+",
        metavar="INPUT",
        help="a file (text, JSON, JSON Lines, HTML, WARC/WET; .gz too), a directory, a glob "
        "pattern, or - for stdin",
    )

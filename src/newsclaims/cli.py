"""The ``newsclaims`` command line: a thin layer over the public API.

Errors print one line on stderr and exit with status 2; ``--traceback`` shows the whole chain.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import TextIO

import newsclaims
from newsclaims._cli import check_disabled, printable
from newsclaims.errors import NewsclaimsError

__all__ = ["COMMANDS", "build_parser", "main"]

EXIT_USAGE = 2

#: The subcommands, each a module ``newsclaims._cli.<name>`` with ``add_command(subparsers)``.
COMMANDS = ("extract", "clean", "plugins", "audit", "report")


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
        help="do not load the plugin NAME, or the plugins of the installed distribution NAME "
        "(repeatable; see 'newsclaims plugins')",
    )
    parser.add_argument(
        "--traceback", action="store_true", help="show the full traceback of an error"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    for name in COMMANDS:
        importlib.import_module(f"newsclaims._cli.{name}").add_command(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    out = out if out is not None else sys.stdout
    func: Callable[[argparse.Namespace, TextIO], int] = args.func
    try:
        args.scanned_entry_points = check_disabled(args.disable)
        status = func(args, out)
        out.flush()  # (a full disk says so now, not as Python exits)
        return status
    except NewsclaimsError as exc:
        if args.traceback:
            traceback.print_exc()
        print(f"newsclaims: error: {printable(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        _drop_output(out)
        return 0
    except OSError as exc:
        # Reading errors are InputErrors and plugins' are PluginErrors: one with no file name
        # is the output's (a full disk, a lost network share), a bare traceback until now.
        if args.traceback:
            traceback.print_exc()
        if exc.filename is not None:
            message = f"{exc.filename}: {exc.strerror or exc}"
        else:
            where = getattr(args, "output", None) or "<stdout>"
            message = f"cannot write the output ({where}): {exc.strerror or exc}"
            _drop_output(out)
        print(f"newsclaims: error: {message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("newsclaims: interrupted", file=sys.stderr)
        return 130


def _drop_output(out: TextIO) -> None:
    """Send what is left in the buffer of standard output nowhere, once writing it failed:
    Python would try again as it exits, and print a second error (the output is lost
    either way)."""
    if out is not sys.stdout:
        return
    try:
        fd = out.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def main_exit() -> None:
    """Entry point of the ``newsclaims`` script."""
    sys.exit(main())

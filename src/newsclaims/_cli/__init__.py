"""The subcommands of the ``newsclaims`` command, one module each (see ``newsclaims.cli``)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from importlib import metadata

import pluggy

import newsclaims
from newsclaims._inputs import loader_for
from newsclaims._plugins import ENTRY_POINT_GROUP, default_plugins
from newsclaims.errors import InputError, NewsclaimsError


def manager(args: argparse.Namespace) -> pluggy.PluginManager:
    """The plugin manager for a command, without the plugins named by ``--disable``."""
    return newsclaims.make_plugin_manager(disable=args.disable)


def check_disabled(names: Iterable[str]) -> None:
    """Refuse a ``--disable`` name that is no plugin's: a misspelt name would otherwise leave
    the plugin it meant running, with nothing to say so.

    :raises NewsclaimsError: naming the unknown plugin and the names there are.
    """
    known = {name.replace(".default_plugins", "") for name in default_plugins()}
    known.update(ep.name for ep in metadata.entry_points(group=ENTRY_POINT_GROUP))
    for name in names:
        if name not in known:
            raise NewsclaimsError(
                f"--disable {name}: no plugin has this name; the plugins are "
                f"{', '.join(sorted(known))} (see 'newsclaims plugins')"
            )


def add_inputs_argument(parser: argparse.ArgumentParser) -> None:
    """Add the ``INPUT...`` argument of the commands that read any input ``parse_many`` reads."""
    parser.add_argument(
        "files",
        nargs="+",
        metavar="INPUT",
        help="a file (text, JSON, JSON Lines, HTML, WARC/WET; .gz too), a directory, a glob "
        "pattern, or - for stdin",
    )


def parsed(
    results: Iterable[newsclaims.Document | newsclaims.Failure],
    skipped: list[newsclaims.Failure] | None = None,
) -> Iterator[newsclaims.Document]:
    """The documents of ``parse_many`` results; a failure (with ``--keep-going``) is skipped with
    a line on stderr that names it, and added to ``skipped`` if given."""
    for result in results:
        if isinstance(result, newsclaims.Failure):
            where = result.id or result.path or "<input>"
            print(f"newsclaims: skipped {where}: {result.type}: {result.message}", file=sys.stderr)
            if skipped is not None:
                skipped.append(result)
        else:
            yield result


def shown_name(doc: newsclaims.Document) -> str | None:
    """The name a person knows a document by, for the commands' readable output: its id, or
    its URL where the id is an opaque URN that a loader made (a web archive's
    ``WARC-Record-ID``, ``urn:uuid:...``), which says nothing of which page it is."""
    if doc.id is not None and doc.id.lower().startswith("urn:") and doc.url:
        return doc.url
    return doc.id


def read_by_loader(pm: pluggy.PluginManager, path: str) -> bool:
    """Whether ``path`` is a directory or a file that a loader other than ``text`` reads (an
    HTML page, JSON Lines, a web archive): the commands that read one text file read it as
    ``parse_many`` does, not as text. Standard input (``-``) is told by its first bytes, as
    ``extract`` tells it (they are peeked at, not consumed)."""
    if os.path.isdir(path):
        return True
    if path != "-" and not os.path.isfile(path):
        return False  # (parse_file says what is wrong with it)
    try:
        return loader_for(pm, path).name != "text"
    except InputError:
        return False  # no loader takes it: read as text, as parse_file does

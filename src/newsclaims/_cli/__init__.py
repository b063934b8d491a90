"""The subcommands of the ``newsclaims`` command, one module each (see ``newsclaims.cli``)."""

from __future__ import annotations

import argparse
import codecs
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from importlib import metadata

import pluggy

import newsclaims
from newsclaims._inputs import loader_for
from newsclaims._plugins import (
    build_plugin_manager,
    default_plugins,
    distribution_key,
    plugins_by_distribution,
    scan_entry_points,
)
from newsclaims.errors import InputError, NewsclaimsError


def manager(args: argparse.Namespace) -> pluggy.PluginManager:
    """The plugin manager for a command, without the plugins named by ``--disable`` (with the
    entry points :func:`check_disabled` scanned, if it did: each scan reads the metadata of
    every installed distribution)."""
    scanned = getattr(args, "scanned_entry_points", None)
    return build_plugin_manager(disable=args.disable, scanned=scanned)


def check_disabled(names: Iterable[str]) -> list[metadata.EntryPoint] | None:
    """Refuse a ``--disable`` name that is neither a plugin's nor that of a distribution that
    installs plugins (which stands for all of them): a misspelt name would otherwise leave the
    plugin it meant running, with nothing to say so.

    :returns: the installed entry points, scanned to check the names (``None``: no names,
        nothing scanned), for :func:`manager` to use.
    :raises NewsclaimsError: naming the unknown name, the plugins and the distributions.
    """
    names = list(names)
    if not names:
        return None
    scanned = scan_entry_points()
    known = {name.replace(".default_plugins", "") for name in default_plugins()}
    known.update(ep.name for ep in scanned)
    distributions = plugins_by_distribution(scanned)
    for name in names:
        if name not in known and distribution_key(name) not in distributions:
            raise NewsclaimsError(
                f"--disable {name}: no plugin has this name, nor a distribution that "
                f"installs plugins; the plugins are {', '.join(sorted(known))}; the "
                "distributions that install plugins are "
                f"{', '.join(sorted(distributions)) or 'none'} (see 'newsclaims plugins')"
            )
    return scanned


def add_inputs_argument(parser: argparse.ArgumentParser) -> None:
    """Add the ``INPUT...`` argument of the commands that read any input ``parse_many`` reads."""
    parser.add_argument(
        "files",
        nargs="+",
        metavar="INPUT",
        help="a file (text, JSON, JSON Lines, HTML, WARC/WET; .gz too), a directory, a glob "
        "pattern, or - for stdin",
    )


def add_encoding_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--encoding``: the encoding of inputs whose format does not say it."""
    parser.add_argument(
        "--encoding",
        type=_encoding,
        default=None,
        metavar="NAME",
        help="the encoding of text, JSON and JSON Lines inputs, such as cp1252 or latin-1 for "
        "old Windows and Unix files (default: UTF-8, or UTF-16/32 with a byte-order mark); "
        "HTML pages and web archives say their own",
    )


def _encoding(value: str) -> str:
    """An encoding Python knows, for argparse: a usage error names the option otherwise."""
    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None
    return value


class SkipOutput:
    """The ``on_skip`` of a run: says on stderr that inputs are skipped because the run writes
    them, and remembers it for :meth:`check`."""

    def __init__(self) -> None:
        self.skipped = False

    def __call__(self, path: str) -> None:
        self.skipped = True
        if os.path.isdir(path):
            print(
                f"newsclaims: skipped the pages in {path}: they are this run's output",
                file=sys.stderr,
            )
        else:
            print(f"newsclaims: skipped {path}: it is this run's output", file=sys.stderr)

    def check(self, results: int, output: str) -> None:
        """Refuse a run that read no document because it skipped its own output: it had done
        nothing, and its status said it was done.

        :raises InputError: naming the output.
        """
        if self.skipped and not results:
            raise InputError(
                "the inputs hold no document but this run's output (-o), which is not read",
                path=output,
            )


def check_not_an_input(inputs: Iterable[str], output: str) -> None:
    """Refuse an output file that is also named as an input: opening it for writing would
    empty it before it is read.

    :raises InputError: naming the file.
    """
    if not os.path.isfile(output):
        return
    for name in inputs:
        if name != "-" and os.path.isfile(name) and os.path.samefile(name, output):
            raise InputError(
                "is both an input and the output (-o): it would be emptied before it is read",
                path=name,
            )


def parsed(
    results: Iterable[newsclaims.Document | newsclaims.Failure],
    skipped: list[newsclaims.Failure] | None = None,
    failed: Failed | None = None,
) -> Iterator[newsclaims.Document]:
    """The documents of ``parse_many`` results; a failure (with ``--keep-going``) is skipped with
    a line on stderr that names it, and added to ``skipped`` if given. ``failed`` counts the
    documents and the failures, a document a plugin failed on included."""
    for result in results:
        if failed is not None:
            failed.count(result, name=False)
        if isinstance(result, newsclaims.Failure):
            print(f"newsclaims: skipped {printable(_named(result))}", file=sys.stderr)
            if skipped is not None:
                skipped.append(result)
        else:
            yield result


#: Line breaks and tabs, which a line of readable output shows as a space.
_BREAKS = re.compile("[\t\n\x0b\x0c\r\x85\u2028\u2029]+")
#: What a terminal acts on rather than shows: C0 and C1 control characters (the escape
#: sequences that clear a screen, set a window's title or colour the rest of a CI log) and the
#: bidirectional embeddings, overrides and isolates, which show text in another order than it
#: has; and lone surrogates, the undecodable bytes of a file's name as Python decodes them,
#: which a terminal of strict UTF-8 cannot be sent.
_UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` as one line of a terminal's output: line breaks and tabs as a space, control
    characters as their escapes (``\\x1b``), so that a document's text is shown and never acts
    on the terminal (the readable output of ``extract``, ``audit`` and ``clean``, and errors).
    """
    if text.isprintable():
        return text
    text = _BREAKS.sub(" ", text)
    return _UNSHOWN.sub(lambda m: ascii(m.group())[1:-1], text)


def _named(failure: newsclaims.Failure) -> str:
    """``WHERE: TYPE: MESSAGE``, the input named once (an input error's message opens with it)."""
    where = failure.id or failure.path or "<input>"
    return f"{where}: {failure.type}: {failure.message.removeprefix(where + ': ')}"


class Failed:
    """The documents of a ``--keep-going`` run and those that failed: an input or record that
    could not be read, or a document a plugin failed on (its ``plugin_error`` findings). The run
    writes all it can, then :meth:`check` makes its status 2, as ``make -k`` does: a batch
    whose documents failed must not pass as done (status 0 made a script or CI job take a run
    with unreadable files and incomplete documents for a clean one)."""

    def __init__(self, *, over_progress: bool = False) -> None:
        self.documents = 0
        self.failures = 0
        # (A line on stderr over a progress bar clears it first, not to be glued to its end.)
        self._start = "\r\x1b[K" if over_progress else ""

    def count(self, result: newsclaims.Document | newsclaims.Failure, *, name: bool = True) -> None:
        """Count one result; a failure is named on stderr (one that could not be read only with
        ``name``: :func:`parsed` names it as it skips it)."""
        self.documents += 1
        if isinstance(result, newsclaims.Failure):
            self.failures += 1
            if name:
                named = printable(_named(result))
                print(f"{self._start}newsclaims: failed: {named}", file=sys.stderr)
            return
        self._plugin_errors([f.message for f in result.findings if f.kind == "plugin_error"])

    def count_json(self, line: str) -> None:
        """Count one result written as JSON. Only a line that may be a failure is decoded: a
        quote within a string is escaped, so these bare fields are the record's own."""
        if '"error": {"type": ' not in line and '"plugin_error"' not in line:
            self.documents += 1
            return
        data = json.loads(line)
        if "error" in data and "raw" not in data:  # an error record (see Failure.to_dict)
            error = data["error"]
            failure = newsclaims.Failure(
                id=data.get("id"), type=error["type"], message=error["message"], path=data["path"]
            )
            self.count(failure)
            return
        self.documents += 1
        findings = data.get("findings") or ()
        self._plugin_errors([f["message"] for f in findings if f["kind"] == "plugin_error"])

    def _plugin_errors(self, errors: list[str]) -> None:
        if errors:
            self.failures += 1
            for message in errors:
                print(f"{self._start}newsclaims: {printable(message)}", file=sys.stderr)

    def check(self) -> None:
        """Raise if any document failed: the command's status is then 2.

        :raises NewsclaimsError: saying how many of how many documents failed.
        """
        if self.failures:
            raise NewsclaimsError(
                f"{self.failures} of {self.documents} document"
                f"{'s' if self.documents != 1 else ''} failed (each named above); the others "
                "were processed"
            )


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
    if path != "-" and not os.path.exists(path):
        return False  # (parse_file says what is wrong with it)
    try:
        return loader_for(pm, path).name != "text"
    except InputError:
        return False  # no loader takes it: read as text, as parse_file does

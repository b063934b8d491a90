"""``newsclaims extract``: claims and citations of articles, as JSON, JSON Lines or text.

Inputs are files of any format a loader reads (text, JSON, JSON Lines, HTML, WARC/WET),
directories, glob patterns and ``-``. One document is written as indented JSON, more as JSON
Lines, unless ``--format`` says otherwise. A progress bar goes to stderr when it is a terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from typing import Any, TextIO
from urllib.parse import urlsplit

import newsclaims
from newsclaims._batch import stream
from newsclaims._cli import (
    Failed,
    SkipOutput,
    add_encoding_argument,
    add_inputs_argument,
    check_not_an_input,
    printable,
    shown_name,
)
from newsclaims._inputs import expand_inputs, input_size

FIELDS = ("text", "id", "url", "title", "date", "source")


def add_command(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "extract", help="extract claims and citations from articles"
    )
    add_inputs_argument(p)
    add_encoding_argument(p)
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        default=None,
        help="json: indented JSON (a list for several documents); jsonl: one document per line; "
        "text: a readable list of claims (default: json for one document, else jsonl)",
    )
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    p.add_argument(
        "--workers",
        type=_positive,
        default=1,
        metavar="N",
        help="parse in N processes (default: 1)",
    )
    p.add_argument(
        "--keep-going",
        action="store_true",
        help="record a failing plugin as a finding, and an unreadable input as an error "
        "record, instead of stopping; the status is then 2 if any document failed",
    )
    p.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="show a progress bar on stderr (auto: when stderr is a terminal)",
    )
    for field in FIELDS:
        p.add_argument(
            f"--{field}-field",
            metavar="NAME",
            help=f"the JSON field holding the {field} (default: {field}; a.b looks inside)",
        )
    p.set_defaults(func=run)


def _positive(value: str) -> int:
    """A count of at least one, for argparse: a usage error names the option otherwise (it was
    an input error of no input, ``<input>: --workers must be ...``)."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return number


def run(args: argparse.Namespace, out: TextIO) -> int:
    fields = {f: getattr(args, f"{f}_field") for f in FIELDS if getattr(args, f"{f}_field")}
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    progress = Progress(sys.stderr, total=_total(args.files) if show else 0, enabled=show)
    skips = SkipOutput()
    empty = EmptyInputs(over_progress=show)
    results = stream(
        args.files,
        workers=args.workers,
        keep_going=args.keep_going,
        fields=fields,
        disable=args.disable,
        scanned=getattr(args, "scanned_entry_points", None),
        as_json=args.format != "text",
        on_progress=progress.update,
        encoding=args.encoding,
        output=args.output,
        on_skip=skips,
        on_empty=empty,
    )
    failed = Failed(over_progress=show)
    if args.keep_going:
        results = _counted(results, failed, as_json=args.format != "text")
    else:
        results = _numbered(results, failed)
    if args.output is None:
        _write(args.format, results, out)
    else:
        check_not_an_input(args.files, args.output)
        try:
            fh = open(args.output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as exc:  # (a missing directory, a directory's name: a bare traceback)
            message = f"cannot write the output: {exc.strerror or exc}"
            raise newsclaims.InputError(message, path=args.output) from exc
        with fh:
            _write(args.format, results, fh)
    progress.close()
    if args.output is not None:
        skips.check(failed.documents, args.output)
    empty.check(failed.documents)
    failed.check()
    return 0


class EmptyInputs:
    """The ``on_empty`` of a run: names on stderr each input that holds no document (an empty
    JSON Lines file or web archive, a JSON list ``[]``), and makes a run that read no document
    at all an error (see :meth:`check`). Such a run wrote nothing, and its status 0 said it
    was done."""

    def __init__(self, *, over_progress: bool = False) -> None:
        self.inputs = 0
        # (A line on stderr over a progress bar clears it first, not to be glued to its end.)
        self._start = "\r\x1b[K" if over_progress else ""

    def __call__(self, path: str) -> None:
        self.inputs += 1
        name = "<stdin>" if path == "-" else path
        print(f"{self._start}newsclaims: {printable(name)}: holds no document", file=sys.stderr)

    def check(self, results: int) -> None:
        """Refuse a run whose inputs held no document at all (each named already); one with
        some documents is done, the empty inputs named.

        :raises NewsclaimsError: when ``results`` (documents and failures) is 0.
        """
        if self.inputs and not results:
            several = self.inputs != 1
            raise newsclaims.NewsclaimsError(
                f"no document was read: the input{'s' if several else ''} named above "
                f"hold{'' if several else 's'} none"
            )


def _counted(results: Iterator[Any], failed: Failed, *, as_json: bool) -> Iterator[Any]:
    """The results, each counted by ``failed`` as it goes by."""
    for result in results:
        if as_json:
            failed.count_json(result)
        else:
            failed.count(result)
        yield result


def _numbered(results: Iterator[Any], failed: Failed) -> Iterator[Any]:
    """The results, counted in ``failed.documents`` as they go by."""
    for result in results:
        failed.documents += 1
        yield result


def _total(inputs: list[str]) -> int:
    try:
        return sum(input_size(p) for p in expand_inputs(inputs))
    except newsclaims.NewsclaimsError:
        return 0


def _write(fmt: str | None, results: Iterator[Any], out: TextIO) -> None:
    if fmt == "text":
        for result in results:
            out.write(format_claims(result))
        return
    if fmt == "jsonl":
        for line in results:
            out.write(line + "\n")
        return
    first = next(results, None)
    second = next(results, None)
    if fmt is None and second is None:
        if first is not None:
            out.write(_indent(first) + "\n")
        return
    if fmt is None:  # several documents: JSON Lines
        for line in _chain(first, second, results):
            out.write(line + "\n")
        return
    if second is None:  # --format json, one document: the object itself
        out.write((_indent(first) if first is not None else "[]") + "\n")
        return
    out.write("[\n")
    sep = ""
    for line in _chain(first, second, results):
        out.write(sep + "  " + _indent(line).replace("\n", "\n  "))
        sep = ",\n"
    out.write("\n]\n")


def _chain(first: Any, second: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield second
    yield from rest


def _indent(line: str) -> str:
    return json.dumps(json.loads(line), ensure_ascii=False, indent=2)


class Progress:
    """A one-line progress bar: documents, MB/s and, when the input size is known, ETA."""

    def __init__(self, err: TextIO, *, total: int, enabled: bool, every: float = 0.2) -> None:
        self.err = err
        self.total = total
        self.enabled = enabled
        self.every = every
        self.docs = 0
        self.done = 0
        self.started = time.monotonic()
        self.shown = 0.0

    def update(self, docs: int, nbytes: int) -> None:
        """Count ``docs`` more documents and ``nbytes`` more input bytes; redraw now and then."""
        self.docs += docs
        self.done += nbytes
        now = time.monotonic()
        if self.enabled and now - self.shown >= self.every:
            self.shown = now
            self.err.write("\r" + self.line(now) + "\x1b[K")
            self.err.flush()

    def line(self, now: float) -> str:
        """The text of the bar at time ``now``."""
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        text = f"{self.docs} docs  {rate / 1e6:.2f} MB/s"
        if self.total > 0:
            frac = min(self.done / self.total, 1.0)
            width = 24
            fill = int(frac * width)
            eta = (self.total - self.done) / rate if rate > 0 else None
            eta_text = "?" if eta is None else time.strftime("%H:%M:%S", time.gmtime(eta))
            text += f"  [{'#' * fill}{'.' * (width - fill)}] {frac:4.0%}  ETA {eta_text}"
        return text

    def close(self) -> None:
        """Draw the final state and end the line."""
        if self.enabled:
            self.err.write("\r" + self.line(time.monotonic()) + "\x1b[K\n")
            self.err.flush()


def format_claims(doc: newsclaims.Document | newsclaims.Failure) -> str:
    """Return a readable list of a document's claims with their citations."""
    if isinstance(doc, newsclaims.Failure):
        return f"error: {printable(doc.message)}\n"
    lines = [
        f"{shown_name(doc) or '<text>'}: {len(doc.claims)} claims, {len(doc.citations)} citations"
        + (f" -- {doc.title}" if doc.title else "")
    ]
    # A plugin that failed under --keep-going: the list may lack what it would have found,
    # and the text is the only output a reader looks at (the JSON holds it as a finding).
    lines.extend(f"  error: {f.message}" for f in doc.findings if f.kind == "plugin_error")
    by_label = {c.label: c for c in doc.citations}
    for i, claim in enumerate(doc.claims, 1):
        extra = ""
        if claim.speaker:
            extra += f" -- {claim.speaker}"
        if claim.citations:
            refs = []
            for label in claim.citations:
                refs.append(_reference(label, by_label.get(label)))
            extra += "  " + "; ".join(refs)
        lines.append(f"{i:3}. ({claim.kind}) {claim.text}{extra}")
    # (One line each, shown and never acted on: a document's text may hold escape sequences.)
    return "\n".join(printable(line) for line in lines) + "\n"


def _reference(label: str, citation: newsclaims.Citation | None) -> str:
    """One citation of a claim: ``[1] title (publisher)``, or either alone, since who published
    a source matters to a reader as much as what it is called. A link (``[Reuters](https://...)``)
    is labelled by its URL, which says less than the link's own text: it shows as ``[Reuters]``,
    as the reader saw it, with its URL only when it has no name."""
    if citation is None:
        return f"[{label}]"
    title, publisher = citation.title, citation.publisher
    if label == citation.url and (title or publisher):
        return f"[{publisher or title}]"
    if title and publisher:
        return f"[{label}] {title} ({publisher})"
    name = title or publisher or _host(citation.url)
    return f"[{label}]" + (f" {name}" if name else "")


def _host(url: str | None) -> str | None:
    """The site of an entry that is a URL alone, as a reader names it (``reuters.com`` of
    ``https://www.reuters.com/world/...``), or ``None``."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    return host.removeprefix("www.") if host else None

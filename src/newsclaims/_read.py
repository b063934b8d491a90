"""Reading input files: decoding with errors that name the file, line and byte."""

from __future__ import annotations

import codecs
import gzip
import os
import sys
import zlib
from collections.abc import Mapping
from typing import Any

import pluggy

from newsclaims._model import Document
from newsclaims._pipeline import parse
from newsclaims.errors import InputError

__all__ = ["decode", "decode_hint", "marked_encoding", "parse_file", "read_text"]


#: The ``errors=`` choices: fail, or mark each undecodable byte visibly in the text.
#: (``"ignore"`` would drop data silently; ``"surrogateescape"`` makes text that cannot be
#: written out as UTF-8 or JSON, so :func:`parse` refuses it.)
ERRORS = ("strict", "replace", "backslashreplace")
#: How many leading bytes are searched for a NUL byte, the sign of a binary file (as git does).
BINARY_SNIFF = 8000


def _line_of(data: bytes, offset: int) -> int:
    """The 1-based line of byte ``offset``; a line ends with LF, CRLF or a lone CR."""
    head = data[:offset]
    return head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1


#: The byte-order marks of UTF-32 and UTF-16 and the codecs that keep them (as U+FEFF, which
#: the cleaner ``bom`` removes, as it does UTF-8's). UTF-32's come first: its little-endian
#: mark begins with UTF-16's.
WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def marked_encoding(data: bytes, encoding: str) -> str:
    """The encoding to read ``data`` in: UTF-16 or UTF-32 where a UTF-8 read (the default) meets
    their byte-order mark, as Windows tools write "Unicode" text. The mark says so without
    doubt, and read as UTF-8 the file's NUL bytes made it "binary"; an encoding asked for by
    name is left alone. ``data`` need only be the file's first four bytes (the JSON and JSON
    Lines loaders ask too: they refused such a file as undecodable UTF-8)."""
    if data[:2] not in (b"\xff\xfe", b"\xfe\xff", b"\x00\x00"):
        return encoding
    try:
        if codecs.lookup(encoding).name not in ("utf-8", "utf-8-sig"):
            return encoding
    except LookupError:
        return encoding  # (_check_binary names it)
    for bom, wide in WIDE_BOMS:
        if data.startswith(bom):
            return wide
    return encoding


def _wide_without_mark(head: bytes) -> str | None:
    """The UTF-16 or UTF-32 encoding a file's first bytes have the pattern of, with no
    byte-order mark: Latin letters with a NUL byte beside each (``O\\0f\\0f\\0``), as some
    tools write "Unicode" text. Only the error names it: the file was "binary", and
    "newsclaims reads text files only" said nothing of what to do."""
    head = head[: len(head) - len(head) % 4]
    if len(head) < 16:
        return None
    columns = [head[i::4] for i in range(4)]

    def nul(i: int) -> bool:  # (a letter beyond Latin-1 here and there, "€", is no NUL)
        return columns[i].count(0) >= len(columns[i]) * 9 // 10

    def letters(i: int) -> bool:  # (printable Latin-1 or white space: a binary header is not)
        shown = sum(1 for b in columns[i] if b in b"\t\n\r" or 0x20 <= b < 0x7F or b >= 0xA0)
        return shown >= len(columns[i]) * 9 // 10

    if nul(1) and nul(2) and nul(3) and letters(0):
        return "utf-32-le"
    if nul(0) and nul(1) and nul(2) and letters(3):
        return "utf-32-be"
    if nul(1) and nul(3) and letters(0) and letters(2):
        return "utf-16-le"
    if nul(0) and nul(2) and letters(1) and letters(3):
        return "utf-16-be"
    return None


def _check_binary(data: bytes, *, path: str, encoding: str) -> None:
    try:
        wide = codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    except LookupError as exc:
        raise InputError(f"unknown encoding {encoding!r}", path=path) from exc
    if wide:
        return  # every ASCII character has NUL bytes in UTF-16 and UTF-32
    nul = data.find(b"\0", 0, BINARY_SNIFF)
    if nul >= 0:
        unmarked = _wide_without_mark(data[:BINARY_SNIFF])
        if unmarked is not None:
            raise InputError(
                f"looks like {unmarked} text without its byte-order mark (a NUL byte beside "
                f"each letter): read it with --encoding {unmarked} (encoding={unmarked!r} in "
                "Python)",
                path=path,
                line=_line_of(data, nul),
                offset=nul,
            )
        raise InputError(
            f"looks like a binary file, not text (a NUL byte among the first {BINARY_SNIFF} "
            "bytes); newsclaims reads text files only",
            path=path,
            line=_line_of(data, nul),
            offset=nul,
        )


def decode_hint(encoding: str) -> str:
    """What to do about bytes that cannot be decoded as ``encoding``: name the file's own
    encoding (a UTF-8 reading of an old Windows export fails on its first accent), save it as
    ``encoding``, or mark each bad byte. Read as some other encoding by guess, the text would
    be wrong without a word, so nothing is guessed."""
    return (
        "if the file is in another encoding, name it (--encoding cp1252, say; in Python "
        f"encoding=, or errors='replace' to mark the bad bytes), or save it as {encoding}"
    )


def decode(data: bytes, *, path: str, encoding: str = "utf-8", errors: str = "strict") -> str:
    """Decode bytes exactly, line ends included; refuse binary data.

    Data that opens with a UTF-16 or UTF-32 byte-order mark is read in that encoding when
    ``encoding`` is UTF-8 (the default); the mark is kept as U+FEFF, as UTF-8's is.

    :param errors: ``"strict"`` (undecodable bytes raise), ``"replace"`` (each becomes
        U+FFFD) or ``"backslashreplace"`` (each becomes ``\\xNN``): see :data:`ERRORS`.
    :raises InputError: the data looks binary, a byte cannot be decoded (the message names
        path, line and byte offset), or ``encoding`` or ``errors`` is unknown.
    """
    if errors not in ERRORS:
        choices = ", ".join(repr(e) for e in ERRORS)
        raise InputError(f"errors must be one of {choices}, not {errors!r}", path=path)
    encoding = marked_encoding(data, encoding)
    _check_binary(data, path=path, encoding=encoding)
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"cannot decode as {encoding}: {exc.reason}; {decode_hint(encoding)}",
            path=path,
            line=_line_of(data, exc.start),
            offset=exc.start,
        ) from exc
    except LookupError as exc:
        raise InputError(str(exc), path=path) from exc


def read_text(
    path: str | os.PathLike[str], *, encoding: str = "utf-8", errors: str = "strict"
) -> str:
    """Read a text file (``"-"`` is standard input) exactly as it is, line ends included.

    A gzip-compressed file (``story.txt.gz``, told by its first bytes) is decompressed.

    :raises InputError: the file cannot be read, decompressed or decoded; the message names
        the file, and for a decoding error the line and byte offset.
    """
    name = os.fspath(path)
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
            name = "<stdin>"
        else:
            from newsclaims._inputs import take_sniffed

            with take_sniffed(name) or open(name, "rb") as fh:
                data = fh.read()
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path=name) from exc
    if data[:2] == GZIP_MAGIC:  # (no text opens so: 0x8b is no first byte in UTF-8)
        data = _gunzip(data, name)
    return decode(data, path=name, encoding=encoding, errors=errors)


GZIP_MAGIC = b"\x1f\x8b"


def _gunzip(data: bytes, path: str) -> bytes:
    """Decompress a gzip file's bytes.

    :raises InputError: the data is cut short or is no valid gzip data.
    """
    try:
        return gzip.decompress(data)
    except EOFError as exc:
        message = "the compressed data ends early: the file is cut short (a cut-off download?)"
        raise InputError(message, path=path) from exc
    except (OSError, zlib.error) as exc:
        raise InputError(f"cannot decompress it as gzip: {exc}", path=path) from exc


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    fields: Mapping[str, str] | None = None,
    plugin_manager: pluggy.PluginManager | None = None,
    **options: Any,
) -> Document:
    """Read a file and :func:`parse` its document; the document's id is the path unless given.

    A text file is read as text. A file that a loader reads as something else (an HTML page,
    a JSON or JSON Lines file, a web archive) is read as :func:`parse_many` reads it: the
    page's main text, the record's text field, with their id, URL, title and date; it must
    hold one document (``parse_many`` reads any number).

    A JSON or JSON Lines file is told by its name (``.json``, ``.jsonl``...): a text of
    another name, or from standard input, that opens with ``[`` or ``{`` is text (``[Updated
    9:40 a.m.] The council ...``), unless ``fields`` is given.

    :param path: the file to read, or ``"-"`` for standard input.
    :param encoding: the file's encoding (of a text, JSON or JSON Lines file).
    :param errors: what to do with undecodable bytes of a text file (``"strict"`` raises
        :class:`InputError`, ``"replace"`` puts U+FFFD in their place, ``"backslashreplace"``
        writes ``\\xNN``).
    :param fields: for a JSON or JSON Lines record, the fields that hold ``text``, ``id``,
        ``url``, ``title``, ``date`` and ``source``, as for :func:`parse_many` (default: those
        names); ``{"text": "body"}`` reads the text from ``body``.
    :param options: passed on to :func:`parse` (``source``, ``url``, ``title``, ``keep_going``...).
    :raises InputError: the file cannot be read, or holds no document or several.
    """
    name = os.fspath(path)
    record = _one_record(name, encoding, plugin_manager, fields)
    if record is None:
        text = read_text(path, encoding=encoding, errors=errors)
        options.setdefault("id", name)
        return parse(text, plugin_manager=plugin_manager, **options)
    # (An HTML page or a JSON Lines file was parsed as the text of its markup or its JSON.)
    for key in ("id", "url", "title", "source", "date"):
        if getattr(record, key) is not None:
            options.setdefault(key, getattr(record, key))
    options.setdefault("id", name)
    return parse(record.text, plugin_manager=plugin_manager, **options)


def _one_record(
    name: str,
    encoding: str,
    pm: pluggy.PluginManager | None,
    fields: Mapping[str, str] | None,
) -> Any:
    """The one record of a file that a loader other than ``text`` reads, or ``None`` for a
    text file (and for a path that is no file: :func:`read_text` says what is wrong).

    :raises InputError: the file cannot be read, or holds no document or several.
    """
    from newsclaims._inputs import iter_records, loader_for, sniff
    from newsclaims._pipeline import default_manager

    if name != "-" and not os.path.isfile(name):
        return None
    pm = pm if pm is not None else default_manager()
    try:
        loader = loader_for(pm, name)
    except InputError:
        return None  # (no loader takes it: read as text)
    if loader.name == "text":
        return None
    if fields is None and _json_opening(sniff(name)) and not _by_name(loader, name):
        # (A loader that took it for its first bytes alone: JSON's [ or { opens prose too,
        # "[Updated 9:40 a.m.] The council ...", which was refused as invalid JSON.)
        return None
    records = iter_records(pm, name, fields=fields, loader=loader, encoding=encoding)
    found = [record for record, _ in zip(records, range(2), strict=False)]
    if len(found) != 1:
        held = "no document" if not found else "several documents"
        raise InputError(
            f"holds {held}, and parse_file reads one (newsclaims.parse_many reads any number)",
            path=name,
        )
    if found[0].error is not None:
        from newsclaims._batch import _input_error

        raise _input_error(found[0].error, name)  # (its message names the file and line)
    return found[0]


def _json_opening(head: bytes) -> bool:
    """Whether an input opens as JSON does, with ``[`` or ``{`` (past a UTF-8 byte-order mark
    and white space)."""
    return head.removeprefix(codecs.BOM_UTF8).lstrip()[:1] in (b"[", b"{")


def _by_name(loader: Any, name: str) -> bool:
    """Whether a loader takes an input by its name, whatever its first bytes."""
    try:
        return bool(loader.func.can_load(name, b""))
    except Exception:  # (loader_for has called it: a loader that fails so is none to trust)
        return False

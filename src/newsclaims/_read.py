"""Reading input files: decoding with errors that name the file, line and byte."""

from __future__ import annotations

import os
import sys
from typing import Any

import pluggy

from newsclaims._model import Document
from newsclaims._pipeline import parse
from newsclaims.errors import InputError

__all__ = ["decode", "parse_file", "read_text"]


def decode(data: bytes, *, path: str, encoding: str = "utf-8", errors: str = "strict") -> str:
    """Decode bytes; an undecodable byte raises :class:`InputError` naming path, line and byte."""
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"cannot decode as {encoding}: {exc.reason} (pass errors='replace' to read it anyway)",
            path=path,
            line=line,
            offset=exc.start,
        ) from exc
    except LookupError as exc:
        raise InputError(str(exc), path=path) from exc


def read_text(
    path: str | os.PathLike[str], *, encoding: str = "utf-8", errors: str = "strict"
) -> str:
    """Read a text file (``"-"`` is standard input) exactly as it is, line ends included.

    :raises InputError: the file cannot be read or decoded; the message names the file, and
        for a decoding error the line and byte offset.
    """
    name = os.fspath(path)
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
            name = "<stdin>"
        else:
            with open(name, "rb") as fh:
                data = fh.read()
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path=name) from exc
    return decode(data, path=name, encoding=encoding, errors=errors)


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    plugin_manager: pluggy.PluginManager | None = None,
    **options: Any,
) -> Document:
    """Read a text file and :func:`parse` it; the document's id is the path unless given.

    :param path: the file to read, or ``"-"`` for standard input.
    :param encoding: the file's encoding.
    :param errors: what to do with undecodable bytes (``"strict"`` raises :class:`InputError`,
        ``"replace"`` puts U+FFFD in their place).
    :param options: passed on to :func:`parse` (``source``, ``url``, ``title``, ``keep_going``...).
    """
    text = read_text(path, encoding=encoding, errors=errors)
    options.setdefault("id", os.fspath(path))
    return parse(text, plugin_manager=plugin_manager, **options)

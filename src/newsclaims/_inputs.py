"""Finding and opening inputs: files, directories, globs and ``-``; choosing their loader."""

from __future__ import annotations

import contextlib
import functools
import glob
import gzip
import inspect
import io
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

import pluggy

from newsclaims._components import Loader, Record
from newsclaims._plugins import Component, components
from newsclaims.errors import InputError, NewsclaimsError, PluginError

__all__ = [
    "DEFAULT_FIELDS",
    "expand_inputs",
    "input_size",
    "iter_records",
    "loader_for",
    "open_input",
    "peek",
    "sniff",
]

#: Where structured records (JSON, JSON Lines) keep each part of a document, by default.
DEFAULT_FIELDS: Mapping[str, str] = {
    "text": "text",
    "id": "id",
    "url": "url",
    "title": "title",
    "date": "date",
    "source": "source",
}

_HEAD = 4096
_GZIP_MAGIC = b"\x1f\x8b"
_GLOB_CHARS = frozenset("*?[")


def open_input(path: str | os.PathLike[str]) -> IO[bytes]:
    """Open an input for reading bytes: ``"-"`` is standard input; gzip is decompressed.

    The caller closes the result (closing it never closes standard input itself).

    :raises InputError: the file cannot be opened.
    """
    name = os.fspath(path)
    raw: IO[bytes]
    sniffed = take_sniffed(name)
    if name == "-":
        raw = io.BufferedReader(_StdinRaw(sys.stdin.buffer))
    elif sniffed is not None:
        raw = sniffed
    else:
        try:
            raw = open(name, "rb")  # noqa: SIM115 - returned to the caller, who closes it
        except OSError as exc:
            raise InputError(exc.strerror or str(exc), path=name) from exc
    if peek(raw, 2)[:2] == _GZIP_MAGIC:
        return _GzipInput(raw, name)  # type: ignore[return-value]
    return raw


class _GzipInput(gzip.GzipFile):
    """A gzip input whose damage is an :class:`InputError` naming the file: a ``.jsonl.gz``
    or ``.json.gz`` cut short raised ``EOFError``, which was reported as a crash of the
    loader (``plugin 'newsclaims.loaders' loader 'jsonl' failed``), where a ``.txt.gz`` said
    "the compressed data ends early"."""

    def __init__(self, raw: IO[bytes], path: str) -> None:
        super().__init__(fileobj=raw, mode="rb")
        self._path = path

    def _damaged(self, exc: Exception) -> InputError:
        if isinstance(exc, EOFError):
            message = "the compressed data ends early: the file is cut short (a cut-off download?)"
            return InputError(message, path=self._path)
        return InputError(f"cannot decompress it as gzip: {exc}", path=self._path)

    # (A try in each, no context manager: readline is called once a line.)
    def read(self, size: int | None = -1) -> bytes:
        try:
            return super().read(size)
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise self._damaged(exc) from exc

    def read1(self, size: int = -1) -> bytes:
        try:
            return super().read1(size)
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise self._damaged(exc) from exc

    def readline(self, size: int | None = -1) -> bytes:
        try:
            return super().readline(size)
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise self._damaged(exc) from exc

    def peek(self, n: int) -> bytes:
        try:
            return super().peek(n)
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise self._damaged(exc) from exc


class _StdinRaw(io.RawIOBase):
    """Standard input as a raw stream that closing does not close."""

    def __init__(self, stream: Any) -> None:
        super().__init__()
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n: int = self._stream.readinto(buffer)
        return n


def peek(stream: Any, size: int) -> bytes:
    """Up to ``size`` of the next bytes of ``stream``, left to be read (``b""`` where it cannot
    be peeked at)."""
    method = getattr(stream, "peek", None)
    if method is None:
        return b""
    data: bytes = method(size)
    return data[:size]


#: Inputs that can be read once only, opened by :func:`sniff`, by path: a named pipe, a
#: shell's ``<(curl ...)`` (``/dev/fd/63``), ``/dev/stdin`` on a pipe. Their first bytes, read
#: to tell their format, are given back by :func:`open_input` and ``read_text``, which take
#: the stream from here (reopened, the pipe gave what followed them: a story without its
#: opening, or nothing at all, and the run said it had read it).
_SNIFFED: dict[str, IO[bytes]] = {}


def take_sniffed(path: str) -> IO[bytes] | None:
    """The stream of an input that can be read once only, as :func:`sniff` left it (its first
    bytes still to read), or ``None``; the caller closes it."""
    return _SNIFFED.pop(path, None) if _SNIFFED else None


def reads_once(path: str) -> bool:
    """Whether an input can be read once only (standard input, a pipe :func:`sniff` opened):
    it is read in this process, never opened again in another."""
    return path == "-" or path in _SNIFFED


def sniff(path: str) -> bytes:
    """The first bytes of an input (decompressed if it is gzip), without consuming stdin or
    a pipe (see :data:`_SNIFFED`)."""
    if path == "-":
        head = peek(sys.stdin.buffer, _HEAD)
    elif path in _SNIFFED:
        head = peek(_SNIFFED[path], _HEAD)
    else:
        try:
            fh = open(path, "rb", buffering=0)  # noqa: SIM115 - a pipe's is kept open
            try:
                if stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                    head = fh.read(_HEAD) or b""
                else:  # (a pipe: what is read here is gone from it)
                    head = _read_head(fh)
                    _SNIFFED[path] = io.BufferedReader(_Replayed(head, fh))
            finally:
                if path not in _SNIFFED:
                    fh.close()
        except OSError as exc:
            raise InputError(exc.strerror or str(exc), path=path) from exc
    if head[:2] == _GZIP_MAGIC:
        with contextlib.suppress(zlib.error):
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, _HEAD)
    return head


def _read_head(fh: Any) -> bytes:
    """The first :data:`_HEAD` bytes of a pipe, however few each read gives (a download
    writes as it goes), or all it holds."""
    head = b""
    while len(head) < _HEAD:
        chunk = fh.read(_HEAD - len(head))
        if not chunk:
            break
        head += chunk
    return head


class _Replayed(io.RawIOBase):
    """A pipe (an unbuffered file, which closing closes) whose first bytes, ``head``, were
    read already: they are read again first."""

    def __init__(self, head: bytes, raw: Any) -> None:
        super().__init__()
        self._head = head
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        read: int = self._raw.readinto(buffer)
        return read

    def close(self) -> None:
        self._raw.close()
        super().close()


def check_input_list(inputs: object) -> None:
    """Refuse one path given where a list of inputs is wanted: iterated, ``"news.txt"`` would
    name the files ``n``, ``e``, ``w``... and ``"/data"`` the root directory, all of it."""
    if isinstance(inputs, (str, bytes, os.PathLike)):
        raise TypeError(
            f"inputs must be a list of paths or records, not one {type(inputs).__name__} "
            f"({inputs!r}): write [{inputs!r}]"
        )


def expand_inputs(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Yield the files an input list names, in order.

    A directory gives its files recursively in sorted order (hidden ones skipped; a directory
    met again through a symbolic link, ``latest -> 2024-05`` or a link to a parent, is read
    once); a pattern with ``*``, ``?`` or ``[`` that is not an existing file gives its sorted
    matches, each file once (``**`` crosses directories: ``corpus/**`` matches the directories
    under ``corpus`` as well as their files); ``"-"`` and every other name are yielded as they
    are.

    :raises InputError: a pattern matches no file (nor a directory that holds one), or a
        directory holds none (a run that reads nothing would otherwise end as if it had read
        everything).
    :raises TypeError: ``inputs`` is one path (a string), not a list of them.
    """
    check_input_list(inputs)
    for item in inputs:
        name = os.fspath(item)
        if name != "-" and os.path.isdir(name):
            files = _walk(name)
            first = next(files, None)
            if first is None:
                raise InputError("the directory holds no files (hidden ones skipped)", path=name)
            yield first
            yield from files
        elif name != "-" and not os.path.exists(name) and _GLOB_CHARS & set(name):
            matches = sorted(glob.glob(name, recursive=True))
            found: set[str] = set()  # (``a/**`` matches a/, a/b and a/b/c.txt: c.txt once)
            walked: dict[tuple[int, int], str] = {}
            for match in matches:
                if os.path.isdir(match):
                    matched: Iterable[str] = _walk(match, walked)
                elif _first_visit(os.path.dirname(match) or os.curdir, walked):
                    matched = (match,)
                else:  # (``**`` follows links to directories, as a walk does, round a loop too)
                    continue
                for file in matched:
                    if file not in found:
                        found.add(file)
                        yield file
            if not found:  # (nothing, or empty directories alone, as a bare directory)
                raise InputError("no file matches this pattern", path=name)
        else:
            yield name


def _walk(top: str, walked: dict[tuple[int, int], str] | None = None) -> Iterator[str]:
    """The files under ``top`` in sorted order of their paths, hidden ones skipped.

    A directory met again (``walked`` holds each directory's first path by its device and
    inode) is not read again: a symbolic link to a parent directory made the walk go round
    until the path was too long (every file read 40 times, then an error), and one to a
    sibling read its files twice.

    :raises InputError: a directory cannot be listed (no permission).
    """
    walked = {} if walked is None else walked
    try:
        with os.scandir(top) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
        first = _first_visit(top, walked, again=False)
    except OSError as exc:
        raise InputError(f"cannot list the directory: {exc.strerror or exc}", path=top) from exc
    if not first:
        return
    for entry in entries:
        if entry.is_dir():
            yield from _walk(entry.path, walked)
        else:
            yield entry.path


def _first_visit(directory: str, walked: dict[tuple[int, int], str], *, again: bool = True) -> bool:
    """Whether ``directory`` is met for the first time, by its device and inode, and record
    it; with ``again``, meeting it under the path it was first met by counts as the first time
    (a pattern's matches of one directory's files).

    :raises OSError: it cannot be read.
    """
    info = os.stat(directory)
    if not info.st_ino:  # (a file system with no inode numbers says 0 for every directory)
        return True
    key = (info.st_dev, info.st_ino)
    path = os.path.normpath(directory)
    if key not in walked:
        walked[key] = path
        return True
    return again and walked[key] == path


def input_size(path: str) -> int:
    """The size of an input file in bytes (0 for standard input or a missing file)."""
    try:
        return 0 if path == "-" else os.path.getsize(path)
    except OSError:
        return 0


def loader_for(pm: pluggy.PluginManager, path: str) -> Component[Loader]:
    """Return the first registered loader, in hook call order, that accepts ``path``.

    :raises InputError: the input cannot be read, or no loader accepts it.
    """
    head = sniff(path)
    loaders: list[Component[Loader]] = components(pm, "newsclaims_register_loaders")
    for comp in loaders:
        try:
            accepted = comp.func.can_load(path, head)
        except Exception as exc:
            raise _loader_error(comp, f"{type(exc).__name__}: {exc}", path) from exc
        if accepted:
            return comp
    names = ", ".join(c.name for c in loaders) or "none is registered"
    raise InputError(f"no loader reads this input (loaders: {names})", path=path)


def iter_records(
    pm: pluggy.PluginManager,
    path: str,
    *,
    fields: Mapping[str, str] | None = None,
    loader: Component[Loader] | None = None,
    encoding: str | None = None,
) -> Iterator[Record]:
    """Yield the records of one input through its loader.

    A loader may yield a record with ``error`` set for a part it could not read (a bad JSON
    line) and go on; an exception ends the input and is raised here, naming the loader.

    :param loader: the loader, if :func:`loader_for` already chose it.
    :param encoding: the input's encoding, for a loader that takes one (see ``Loader``); by
        default each loader's own (UTF-8 for text and JSON).
    :raises InputError: the input cannot be read.
    :raises PluginError: the loader failed with an unexpected exception.
    """
    comp = loader if loader is not None else loader_for(pm, path)
    merged = {**DEFAULT_FIELDS, **(fields or {})}
    load: Any = comp.func.load
    if encoding is not None and _takes_encoding(load):
        load = functools.partial(load, encoding=encoding)
    try:
        for record in load(path, merged):
            if not isinstance(record, Record):
                raise _loader_error(comp, f"yielded {type(record).__name__}, expected Record", path)
            yield record
    except NewsclaimsError:
        raise
    except Exception as exc:
        raise _loader_error(comp, f"{type(exc).__name__}: {exc}", path) from exc


def _takes_encoding(load: Any) -> bool:
    """Whether a loader's ``load`` takes the keyword argument ``encoding``."""
    try:
        params = inspect.signature(load).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.name == "encoding" or p.kind is p.VAR_KEYWORD for p in params)


def _loader_error(comp: Component[Loader], message: str, path: str) -> PluginError:
    return PluginError(
        message, plugin=comp.plugin, hook=comp.hook, component=comp.name, document=path
    )

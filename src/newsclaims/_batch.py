"""Batch runs: many inputs through the loaders and the pipeline, in order, in bounded memory.

The main process expands the inputs and reads records; worker processes (each with its own
plugin manager) parse them in chunks. At most a few chunks per worker are in flight, so memory
stays flat however long the corpus is, and results are yielded in input order.
"""

from __future__ import annotations

import collections
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from importlib import metadata
from typing import Any

import attrs
import pluggy

from newsclaims._components import Record
from newsclaims._inputs import (
    check_input_list,
    expand_inputs,
    input_size,
    iter_records,
    loader_for,
    reads_once,
)
from newsclaims._model import Document
from newsclaims._pipeline import parse
from newsclaims._plugins import build_plugin_manager, default_plugins, make_plugin_manager
from newsclaims._serialize import SCHEMA_VERSION, dumps
from newsclaims.errors import InputError, NewsclaimsError, PluginError, check_flags

__all__ = ["Failure", "load_records", "parse_many", "stream"]

#: How many items (records or one-document inputs) go to a worker at once, at most.
CHUNK_ITEMS = 16
#: ... and how many characters or input bytes, at most.
CHUNK_SIZE = 1 << 20
#: Chunks in flight per worker: enough to keep workers busy, few enough to bound memory.
IN_FLIGHT = 3


@attrs.frozen(kw_only=True)
class Failure:
    """An input or record that could not be read or parsed in a ``keep_going`` batch run.

    Written as an error record: ``{"schema_version": 1, "id": ..., "path": ...,
    "error": {"type": ..., "message": ...}}`` (see ``schema/v1.json``).
    """

    id: str | None
    type: str
    message: str
    path: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready error record."""
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "path": self.path,
            "error": {"type": self.type, "message": self.message},
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """Return the error record as JSON text."""
        return dumps(self.to_dict(), indent=indent)


@attrs.frozen
class _Raised:
    """An exception carried back from a worker process (ours have keyword-only arguments)."""

    cls: type[BaseException]
    message: str
    state: dict[str, Any]
    original: BaseException | None = attrs.field(default=None, eq=False)

    @classmethod
    def of(cls, exc: BaseException) -> _Raised:
        return cls(type(exc), str(exc), dict(getattr(exc, "__dict__", {})), exc)

    def __reduce__(self) -> tuple[Any, ...]:
        # Across processes the exception itself (with its traceback and cause) stays behind.
        return (_Raised, (self.cls, self.message, self.state))

    def rebuild(self) -> BaseException:
        """The exception: the original one in the same process, else an equal one."""
        if self.original is not None:
            return self.original
        exc = self.cls.__new__(self.cls)
        BaseException.__init__(exc, self.message)
        exc.__dict__.update(self.state)
        return exc


def _input_error(message: str, path: str | None) -> InputError:
    """An :class:`InputError` whose message already names the file."""
    return _Raised(InputError, message, {"path": path, "line": None, "offset": None}).rebuild()  # type: ignore[return-value]


# An item of work: ("path", path) for an input a worker loads itself, ("record", Record), or
# ("failure", Failure) for an input that could not be read.
_Item = tuple[str, Any]


@attrs.frozen
class _Options:
    keep_going: bool
    fields: Mapping[str, str] | None
    disable: tuple[str, ...]
    entry_points: bool
    as_json: bool
    time_limit: float | None = None
    encoding: str | None = None


def _failure(exc: BaseException, doc_id: str | None, path: str | None) -> Failure:
    return Failure(id=doc_id, type=type(exc).__name__, message=str(exc), path=path)


def _parse_record(pm: pluggy.PluginManager, record: Record, opts: _Options) -> Any:
    if record.error is not None:
        if not opts.keep_going:
            return _Raised.of(_input_error(record.error, record.path))
        return Failure(id=record.id, type="InputError", message=record.error, path=record.path)
    try:
        return parse(
            record.text,
            id=record.id,
            url=record.url,
            title=record.title,
            source=record.source,
            date=record.date,
            plugin_manager=pm,
            keep_going=opts.keep_going,
            time_limit=opts.time_limit,
        )
    except Exception as exc:
        if not opts.keep_going or _not_about_a_document(exc):
            return _Raised.of(exc) if isinstance(exc, NewsclaimsError) else exc
        return _failure(exc, record.id, record.path)


def _not_about_a_document(exc: Exception) -> bool:
    """Whether ``exc`` is a plugin's failure that no document caused: its registration hook
    failed. It is raised even with ``keep_going``, as :func:`parse` raises it: recorded as
    every document's failure, it made a run that read nothing end with status 0."""
    return isinstance(exc, PluginError) and exc.component is None and exc.document is None


def _run_chunk(pm: pluggy.PluginManager, chunk: Sequence[_Item], opts: _Options) -> list[Any]:
    """Parse one chunk of items; failures come back as values, never raised across processes."""
    out: list[Any] = []
    for kind, value in chunk:
        if kind == "failure":
            out.append(value)
        elif kind == "record":
            out.append(_parse_record(pm, value, opts))
        else:
            try:
                records = list(iter_records(pm, value, fields=opts.fields, encoding=opts.encoding))
            except Exception as exc:
                if not opts.keep_going:
                    out.append(_Raised.of(exc) if isinstance(exc, NewsclaimsError) else exc)
                else:
                    out.append(_failure(exc, value, value))
                continue
            out.extend(_parse_record(pm, r, opts) for r in records)
    if opts.as_json:
        return [o.to_json() if isinstance(o, (Document, Failure)) else o for o in out]
    return out


_WORKER: tuple[pluggy.PluginManager, _Options] | None = None


def _init_worker(opts: _Options) -> None:
    global _WORKER
    pm = make_plugin_manager(entry_points=opts.entry_points, disable=opts.disable)
    _WORKER = (pm, opts)


def _work(chunk: Sequence[_Item]) -> list[Any]:
    assert _WORKER is not None, "worker not initialized"
    return _run_chunk(_WORKER[0], chunk, _WORKER[1])


def _context() -> multiprocessing.context.BaseContext:
    """How worker processes start: from a fork server that has imported newsclaims (fast, and
    safe with threads), where the platform has one; else fresh interpreters (``spawn``)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # Each worker then starts with the modules and the built-in plugins already imported. The
    # application's own preload list, if it set one, is kept (the list is global).
    from multiprocessing import forkserver

    preload = list(getattr(forkserver._forkserver, "_preload_modules", None) or [])
    wanted = [m for m in ("newsclaims._batch", *default_plugins()) if m not in preload]
    if wanted:
        context.set_forkserver_preload([*preload, *wanted])
    return context


class _Outputs:
    """What a run writes, so that it is not read as one of its inputs: a directory's run writing
    into that directory read its own output as it grew, without end (``extract corpus/ -o
    corpus/out.jsonl``), or a report's pages as pages to report on (``report corpus/ -o
    corpus/pages``).

    The output is a file, or a directory the run writes ``.html`` pages into: its ``.html``
    files (not those of the directories under it) are then the output. Only files met in a
    directory's walk or a pattern's matches are skipped; a file named as an input is read (the
    directory may hold the inputs too: ``report a.txt -o .``).
    """

    def __init__(self, path: str | os.PathLike[str], on_skip: Callable[[str], None]) -> None:
        self._path = os.fspath(path)
        self._real = os.path.realpath(path)
        self._pages = os.path.isdir(self._real)
        self._on_skip: Callable[[str], None] | None = on_skip

    def holds(self, path: str) -> bool:
        """Whether ``path`` (a file found in a walk) is the output or one of its pages; the
        first time, ``on_skip`` is told the output's path (once, however many pages)."""
        if self._pages:
            if not path.lower().endswith(".html"):
                return False
            real = os.path.realpath(path)
            if os.path.dirname(real) != self._real:
                return False
        elif os.path.realpath(path) != self._real:
            return False
        if self._on_skip is not None:
            self._on_skip(self._path)
            self._on_skip = None
        return True


def _items(
    pm: pluggy.PluginManager,
    inputs: Iterable[str | os.PathLike[str] | Record],
    opts: _Options,
    workers: int,
    outputs: _Outputs | None = None,
    on_empty: Callable[[str], None] | None = None,
) -> Iterator[tuple[_Item, int]]:
    """Yield the items of work with the input bytes each one finishes, in input order.

    :param outputs: what the run writes, skipped among the inputs.
    :param on_empty: told the path of each input that its loader read whole and found no
        record in (an empty JSON Lines file or web archive, a JSON list ``[]``).
    """

    def paths() -> Iterator[str | Record]:
        if outputs is None:
            yield from expanded()
            return
        for item in inputs:  # (one at a time: a file named as an input is never skipped)
            if isinstance(item, Record):
                yield item
                continue
            name = os.fspath(item)
            for path in expand_inputs((name,)):
                if path == name or not outputs.holds(path):
                    yield path

    def expanded() -> Iterator[str | Record]:
        pending: list[str | os.PathLike[str]] = []
        for item in inputs:
            if isinstance(item, Record):
                yield from expand_inputs(pending)
                pending.clear()
                yield item
            else:
                pending.append(item)
        yield from expand_inputs(pending)

    try:
        for entry in paths():
            if isinstance(entry, Record):
                yield ("record", entry), 0
                continue
            path, size = entry, input_size(entry)
            counted = 0  # input bytes reported so far: each record's text, up to the size
            try:
                comp = loader_for(pm, path)
                if (
                    workers > 1
                    and not reads_once(path)
                    and getattr(comp.func, "one_per_input", False)
                ):
                    yield ("path", path), size
                    continue
                records = iter_records(
                    pm, path, fields=opts.fields, loader=comp, encoding=opts.encoding
                )
                found = False
                for record in records:
                    found = True
                    step = min(len(record.text), size - counted)
                    counted += step
                    yield ("record", record), step
                if not found and on_empty is not None:
                    on_empty(path)
            except NewsclaimsError as exc:
                if not opts.keep_going:
                    raise
                yield ("failure", _failure(exc, path, path)), size - counted
                continue
            yield ("failure", None), size - counted  # marks the input done, for progress
    except InputError as exc:  # a pattern that matches nothing
        if not opts.keep_going:
            raise
        yield ("failure", _failure(exc, exc.path, exc.path)), 0


def _chunks(items: Iterator[tuple[_Item, int]]) -> Iterator[tuple[list[_Item], int]]:
    chunk: list[_Item] = []
    done = size = 0
    try:
        for (kind, value), nbytes in items:
            done += nbytes
            if kind == "failure" and value is None:
                continue
            chunk.append((kind, value))
            size += len(value.text) if kind == "record" else nbytes
            if len(chunk) >= CHUNK_ITEMS or size >= CHUNK_SIZE:
                yield chunk, done
                chunk, done, size = [], 0, 0
    except NewsclaimsError:
        if chunk:  # what was read before the error is still delivered, then it is raised
            yield chunk, done
        raise
    if chunk or done:
        yield chunk, done


def stream(
    inputs: Iterable[str | os.PathLike[str] | Record],
    *,
    workers: int = 1,
    keep_going: bool = False,
    fields: Mapping[str, str] | None = None,
    plugin_manager: pluggy.PluginManager | None = None,
    disable: Iterable[str] = (),
    entry_points: bool = True,
    as_json: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
    time_limit: float | None = None,
    encoding: str | None = None,
    output: str | os.PathLike[str] | None = None,
    on_skip: Callable[[str], None] = lambda path: None,
    on_empty: Callable[[str], None] | None = None,
    scanned: list[metadata.EntryPoint] | None = None,
) -> Iterator[Any]:
    """Run a batch and yield each output in input order (see :func:`parse_many`).

    With ``as_json`` the outputs are JSON texts. ``on_progress(documents, input_bytes)`` is
    called after each chunk with the counts it adds. A file found in a directory or by a
    pattern that is ``output`` (the file the caller writes to), or a ``.html`` file in it (the
    directory the caller writes its pages to), is skipped, and ``on_skip`` told ``output``.
    ``on_empty`` is told each input that holds no document (an empty JSON Lines file or web
    archive, a JSON list ``[]``), which gives no result: the caller says so (the command line
    on stderr), as it says what was skipped.
    ``scanned``: the installed entry points, where the caller scanned them already (the
    command line, to check ``--disable``), for this process's plugin manager.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if plugin_manager is not None and workers > 1:
        raise ValueError(
            "plugin_manager cannot be sent to worker processes; pass disable= and install "
            "plugins as entry points, or use workers=1"
        )
    opts = _Options(keep_going, fields, tuple(disable), entry_points, as_json, time_limit, encoding)
    pm = plugin_manager or build_plugin_manager(
        entry_points=entry_points, disable=opts.disable, scanned=scanned
    )
    outputs = None if output is None else _Outputs(output, on_skip)
    chunks = _chunks(_items(pm, inputs, opts, workers, outputs, on_empty))

    def emit(results: list[Any], nbytes: int) -> Iterator[Any]:
        for result in results:
            if isinstance(result, _Raised):
                raise result.rebuild()
            if isinstance(result, BaseException):
                raise result
            yield result
        if on_progress is not None:
            on_progress(len(results), nbytes)

    if workers == 1:
        for chunk, nbytes in chunks:
            yield from emit(_run_chunk(pm, chunk, opts), nbytes)
        return

    with ProcessPoolExecutor(workers, _context(), initializer=_init_worker, initargs=(opts,)) as ex:
        window: collections.deque[tuple[Future[list[Any]], int]] = collections.deque()
        error: NewsclaimsError | None = None
        try:
            while True:
                try:
                    chunk, nbytes = next(chunks)
                except StopIteration:
                    break
                except NewsclaimsError as exc:
                    error = exc  # deliver what precedes it first
                    break
                window.append((ex.submit(_work, chunk), nbytes))
                while len(window) >= workers * IN_FLIGHT:
                    future, done = window.popleft()
                    yield from emit(future.result(), done)
            while window:
                future, done = window.popleft()
                yield from emit(future.result(), done)
        finally:
            for future, _ in window:  # stopped early: do not wait for the rest
                future.cancel()
        if error is not None:
            raise error


def parse_many(
    inputs: Iterable[str | os.PathLike[str] | Record],
    *,
    workers: int = 1,
    keep_going: bool = False,
    fields: Mapping[str, str] | None = None,
    plugin_manager: pluggy.PluginManager | None = None,
    disable: Iterable[str] = (),
    entry_points: bool = True,
    time_limit: float | None = None,
    encoding: str | None = None,
) -> Iterator[Document | Failure]:
    """Parse many inputs and yield one result per document, in input order.

    Inputs are paths (files of any format a loader reads: text, JSON, JSON Lines, HTML,
    WARC/WET; directories; glob patterns; ``"-"`` for standard input) or
    :class:`Record` objects. Memory stays bounded however many documents there are.

    :param workers: processes that parse in parallel; each builds its own plugin manager
        from the installed plugins, less those in ``disable``.
    :param keep_going: instead of raising, yield a :class:`Failure` for an input or record
        that cannot be read or parsed (named by its id), and record failing plugins as
        ``plugin_error`` findings; every input then gives at least one result, except one
        that holds no document (an empty JSON Lines file or web archive, a JSON list ``[]``):
        it gives none, with or without ``keep_going`` (the command line names it on stderr).
    :param fields: for structured records (JSON Lines...), the fields that hold ``text``,
        ``id``, ``url``, ``title``, ``date`` and ``source`` (default: those names).
    :param plugin_manager: the plugins to use (only with ``workers=1``).
    :param disable: names of plugins not to load.
    :param entry_points: load the plugins installed as entry points.
    :param time_limit: the seconds each plugin component may run on a document, as for
        :func:`parse` (default: ``NEWSCLAIMS_TIME_LIMIT``, else no limit).
    :param encoding: the encoding of the inputs whose format does not say it (text, JSON,
        JSON Lines; default UTF-8, and UTF-16 or UTF-32 text with its byte-order mark), such
        as ``"cp1252"`` for old Windows files. HTML pages and web archives say their own.
    :raises InputError: an input cannot be read (unless ``keep_going``).
    :raises PluginError: a plugin failed (unless ``keep_going``).
    :raises TypeError: ``inputs`` is one path (a string), not a list of them, or
        ``keep_going`` or ``entry_points`` is not ``True`` or ``False`` (at once).

    >>> import newsclaims
    >>> docs = list(newsclaims.parse_many(["examples/ai_summary_japan_philippines.txt"]))
    >>> docs[0].id, len(docs[0].claims) > 0
    ('examples/ai_summary_japan_philippines.txt', True)
    """
    check_input_list(inputs)  # (here, not when the first result is asked for)
    check_flags(keep_going=keep_going, entry_points=entry_points)
    return stream(
        inputs,
        workers=workers,
        keep_going=keep_going,
        fields=fields,
        plugin_manager=plugin_manager,
        disable=disable,
        entry_points=entry_points,
        time_limit=time_limit,
        encoding=encoding,
    )


def load_records(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    fields: Mapping[str, str] | None = None,
    keep_going: bool = False,
    plugin_manager: pluggy.PluginManager | None = None,
    encoding: str | None = None,
) -> Iterator[Record]:
    """Yield the records the loaders read from inputs (files, directories, globs, ``"-"``).

    :param fields: see :func:`parse_many`.
    :param keep_going: yield a record with ``error`` set for an input or part of one that
        cannot be read, instead of raising :class:`InputError`.
    :param plugin_manager: the plugins whose loaders to use (default: all installed).
    :param encoding: see :func:`parse_many`.
    :raises TypeError: ``inputs`` is one path (a string), not a list of them, or
        ``keep_going`` is not ``True`` or ``False`` (at once, as :func:`parse_many` does,
        not when the first record is asked for).
    """
    check_input_list(inputs)
    check_flags(keep_going=keep_going)
    return _load_records(
        inputs,
        fields=fields,
        keep_going=keep_going,
        plugin_manager=plugin_manager,
        encoding=encoding,
    )


def _load_records(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    fields: Mapping[str, str] | None,
    keep_going: bool,
    plugin_manager: pluggy.PluginManager | None,
    encoding: str | None,
) -> Iterator[Record]:
    """The records of :func:`load_records`, its arguments checked."""
    pm = plugin_manager or make_plugin_manager()
    opts = _Options(keep_going, fields, (), True, False, encoding=encoding)
    for item, _ in _items(pm, inputs, opts, 1):
        kind, value = item
        if kind == "record":
            if value.error is not None and not keep_going:
                raise _input_error(value.error, value.path)
            yield value
        elif value is not None:
            yield Record(text="", id=value.id, path=value.path, error=value.message)

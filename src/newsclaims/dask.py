"""Corpus runs on Dask: a ``dask.bag`` of parsed documents, written as JSON Lines or Parquet.

Needs the ``newsclaims[dask]`` extra. The same code runs on a ``distributed.LocalCluster`` and
on a real cluster: only the scheduler address the ``Client`` connects to changes. The inputs
must be readable at the same paths on every worker (a shared file system).

    >>> from newsclaims.dask import parse_bag
    >>> bag = parse_bag(["examples"], files_per_partition=1)
    >>> [d["id"] for d in bag.compute(scheduler="sync")]
    ['examples/ai_summary_japan_philippines.txt', 'examples/scraped_ann_gsomia.txt']
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pluggy

from newsclaims._batch import Failure, _Options, _Raised, _run_chunk
from newsclaims._inputs import expand_inputs
from newsclaims._model import Document
from newsclaims._plugins import make_plugin_manager
from newsclaims.errors import check_flags

__all__ = ["ROW_COLUMNS", "parse_bag", "to_row", "write_jsonl", "write_parquet"]

#: The columns of a Parquet row (see :func:`to_row`).
ROW_COLUMNS = (
    "id",
    "source",
    "title",
    "url",
    "date",
    "body",
    "claims",
    "citations",
    "findings",
    "error",
    "document",
)


def _dask() -> Any:
    try:
        import dask.bag
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("newsclaims.dask needs: pip install 'newsclaims[dask]'") from exc
    return dask


@functools.lru_cache(maxsize=4)
def _manager(disable: tuple[str, ...], entry_points: bool) -> pluggy.PluginManager:
    """One plugin manager per worker process and configuration, built on first use."""
    return make_plugin_manager(entry_points=entry_points, disable=disable)


def _parse_partition(paths: Iterable[str], opts: _Options) -> list[dict[str, Any]]:
    pm = _manager(opts.disable, opts.entry_points)
    results = _run_chunk(pm, [("path", p) for p in paths], opts)
    out = []
    for result in results:
        if isinstance(result, _Raised):  # a failure without keep_going
            raise result.rebuild()
        if isinstance(result, BaseException):
            raise result
        assert isinstance(result, (Document, Failure))
        out.append(result.to_dict())
    return out


def parse_bag(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    fields: Mapping[str, str] | None = None,
    keep_going: bool = True,
    disable: Iterable[str] = (),
    entry_points: bool = True,
    files_per_partition: int = 64,
    time_limit: float | None = None,
    encoding: str | None = None,
) -> Any:
    """Return a ``dask.bag.Bag`` of the parsed documents of ``inputs``, as JSON-ready dicts.

    The inputs (files, directories, globs) are expanded here; each partition then loads and
    parses ``files_per_partition`` files on a worker, which builds its plugin manager once.
    A file may hold many documents (JSON Lines, WARC): the bag has one item per document,
    in input order. With ``keep_going`` (the default on a cluster) an unreadable input or
    record becomes an error record (see :class:`newsclaims.Failure`) instead of failing the job.

    A partition holds the documents of its files in memory: for archives with thousands of
    documents per file (WARC, JSON Lines), use ``files_per_partition=1``.

    :param fields: see :func:`newsclaims.parse_many`.
    :param disable: names of plugins the workers do not load.
    :param time_limit: the seconds each plugin component may run on a document, as for
        :func:`newsclaims.parse` (default: the workers' ``NEWSCLAIMS_TIME_LIMIT``, else none).
    :param encoding: see :func:`newsclaims.parse_many`.
    :raises TypeError: ``keep_going`` or ``entry_points`` is not ``True`` or ``False``.
    """
    check_flags(keep_going=keep_going, entry_points=entry_points)
    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be at least 1, got {files_per_partition}")
    dask = _dask()
    paths = list(expand_inputs(inputs))
    opts = _Options(
        keep_going,
        dict(fields or {}),
        tuple(disable),
        entry_points,
        False,
        time_limit,
        encoding,
    )
    nparts = max(1, -(-len(paths) // files_per_partition))
    bag = dask.bag.from_sequence(paths, npartitions=nparts)
    return bag.map_partitions(_parse_partition, opts)


def to_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """Flatten a document (or error record) dict to a table row of :data:`ROW_COLUMNS`.

    Scalars stay columns; ``claims``, ``citations`` and ``findings`` become JSON text, and
    ``document`` holds the whole record as JSON, so nothing is lost.
    """
    error = record.get("error")
    return {
        "id": record.get("id"),
        "source": record.get("source"),
        "title": record.get("title"),
        "url": record.get("url"),
        "date": record.get("date"),
        "body": record.get("body"),
        "claims": _json_or_none(record.get("claims")),
        "citations": _json_or_none(record.get("citations")),
        "findings": _json_or_none(record.get("findings")),
        "error": None if error is None else error.get("message"),
        "document": json.dumps(record, ensure_ascii=False),
    }


def _json_or_none(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def write_jsonl(bag: Any, directory: str | os.PathLike[str]) -> list[str]:
    """Write the bag as JSON Lines, one ``part.N.jsonl`` file per partition; return their paths."""
    from newsclaims._serialize import dumps

    os.makedirs(directory, exist_ok=True)
    pattern = os.path.join(os.fspath(directory), "part.*.jsonl")
    names = [
        os.path.join(os.fspath(directory), f"part.{i:05}.jsonl") for i in range(bag.npartitions)
    ]
    bag.map(dumps).to_textfiles(pattern, name_function=lambda i: f"{i:05}", encoding="utf-8")
    return names


def _write_parquet_part(rows: Sequence[Mapping[str, Any]], path: str) -> str:
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    schema = pa.schema([(name, pa.string()) for name in ROW_COLUMNS])
    table = pa.Table.from_pylist([to_row(r) for r in rows], schema=schema)
    pq.write_table(table, path)
    return path


def write_parquet(bag: Any, directory: str | os.PathLike[str]) -> list[str]:
    """Write the bag as Parquet, one ``part.N.parquet`` file per partition (columns:
    :data:`ROW_COLUMNS`, all strings); return their paths. Needs ``pyarrow`` on the workers.
    """
    dask = _dask()
    os.makedirs(directory, exist_ok=True)
    parts = bag.to_delayed()
    tasks = [
        dask.delayed(_write_parquet_part)(
            part, os.path.join(os.fspath(directory), f"part.{i:05}.parquet")
        )
        for i, part in enumerate(parts)
    ]
    return list(dask.compute(*tasks))

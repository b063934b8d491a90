"""Run a corpus through newsclaims on a Dask cluster and write JSON Lines or Parquet.

    python examples/dask_corpus.py CORPUS... --out results/ [--format parquet]
        [--scheduler tcp://scheduler:8786] [--workers 4]

Without ``--scheduler`` it starts a ``distributed.LocalCluster`` on this machine; with one,
the same code runs on that cluster (the inputs must be at the same paths on every worker).
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator, Sequence

from distributed import Client, LocalCluster

from newsclaims.dask import parse_bag, write_jsonl, write_parquet


@contextlib.contextmanager
def connect(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a new local cluster of ``workers``."""
    if scheduler is not None:
        with Client(scheduler) as client:
            yield client
        return
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, Client(cluster) as client:
        yield client


def run(
    inputs: Sequence[str],
    out: str,
    *,
    fmt: str = "jsonl",
    scheduler: str | None = None,
    workers: int = 2,
    files_per_partition: int = 64,
) -> list[str]:
    """Parse ``inputs`` on the cluster and write the results under ``out``; return the files."""
    with connect(scheduler, workers):
        bag = parse_bag(inputs, keep_going=True, files_per_partition=files_per_partition)
        write = write_parquet if fmt == "parquet" else write_jsonl
        return write(bag, out)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="files, directories or glob patterns")
    parser.add_argument("--out", required=True, help="the directory to write part files to")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    parser.add_argument("--scheduler", help="a running cluster's scheduler address")
    parser.add_argument("--workers", type=int, default=2, help="local workers (no --scheduler)")
    args = parser.parse_args(argv)
    files = run(
        args.inputs, args.out, fmt=args.format, scheduler=args.scheduler, workers=args.workers
    )
    print(f"wrote {len(files)} files to {args.out}")


if __name__ == "__main__":
    main()

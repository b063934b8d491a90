"""Corpus runs: throughput per core, scaling with workers, memory over corpus size, HTML loading.

- Throughput on the aeb-dev page scrapes (a directory of .txt files) and on a synthetic JSON
  Lines corpus made of those pages, as ``newsclaims extract`` runs it (loading, parsing and
  JSON output), in input MB/s and documents/s.
- Scaling: a synthetic corpus of 40x the pages with 1 and 2 worker processes, interleaved, best
  of three each (target: 2 workers >= 1.8x one; the load average shows how busy the machine's
  cores are with other work). One worker parses in the calling process; two are processes
  forked from a fork server, which is started before timing (once per process).
- Peak memory (RSS of a subprocess running ``newsclaims extract``) for the synthetic corpus and
  for ten times as many documents (target: flat within 20%).
- HTML: the aeb-dev pages (html/*.html.gz) through newsclaims' HTML loader (trafilatura with
  metadata, gunzip and file reading included) against ``trafilatura.extract`` on the same bytes.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import AEB, best_time, table

import newsclaims
from newsclaims._batch import stream

#: Copies of the aeb-dev pages in the synthetic corpus (1x); the memory run also uses 10x.
COPIES = 10
#: Copies of the aeb-dev pages in the corpus that workers are timed on.
SCALING_COPIES = 40


def _synthetic(path: Path, copies: int) -> int:
    """Write ``copies`` x the aeb-dev pages as JSON Lines; return the number of documents."""
    pages = sorted((AEB / "pages").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in pages]
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for copy in range(copies):
            for page, text in zip(pages, texts, strict=True):
                fh.write(json.dumps({"id": f"{page.stem}/{copy}", "text": text}) + "\n")
                n += 1
    return n


def _run(inputs: list[str], workers: int) -> int:
    count = 0
    for _ in stream(inputs, workers=workers, as_json=True):
        count += 1
    return count


def _cpu_seconds() -> float:
    """User + system CPU time of this process and its finished children."""
    import resource

    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


# The peak RSS of the process itself: Linux's VmHWM (ru_maxrss would also count the pages of
# the bench process it was forked from, which exec does not reset), else ru_maxrss.
_MEMORY = """
import os, resource, sys
from newsclaims.cli import main
status = main(["extract", "--format", "jsonl", "-o", os.devnull, sys.argv[1]])
try:
    with open("/proc/self/status") as fh:
        peak = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak)
sys.exit(status)
"""


def _peak_rss_mb(path: Path) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _MEMORY, str(path)], capture_output=True, text=True, check=True
    )
    return int(done.stdout.split()[-1]) / 1024


def main() -> None:
    rows: list[list[object]] = []
    pages_dir = str(AEB / "pages")
    pages_mb = sum(p.stat().st_size for p in (AEB / "pages").glob("*.txt")) / 1e6
    n_pages = len(list((AEB / "pages").glob("*.txt")))
    cpu = _cpu_seconds()
    t = best_time(lambda: _run([pages_dir], 1))
    cpu = (_cpu_seconds() - cpu) / 3
    rows.append(
        [
            "aeb-dev pages (91 .txt files), 1 worker",
            n_pages,
            pages_mb,
            t,
            cpu,
            n_pages / t,
            pages_mb / t,
        ]
    )

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n = _synthetic(corpus, COPIES)
        mb = corpus.stat().st_size / 1e6
        cpu = _cpu_seconds()
        t = best_time(lambda: _run([str(corpus)], 1), repeat=2)
        cpu = (_cpu_seconds() - cpu) / 2
        rows.append([f"synthetic JSONL ({COPIES}x pages), 1 worker", n, mb, t, cpu, n / t, mb / t])

        # Scaling, on a corpus large enough for a run to last seconds. The fork server that
        # starts the workers is started once per process: a tiny run starts it before timing.
        scaling = Path(tmp) / "scaling.jsonl"
        n_scaling = _synthetic(scaling, SCALING_COPIES)
        mb_scaling = scaling.stat().st_size / 1e6
        _run([str(AEB / "pages")], 2)
        times: dict[int, float] = {1: float("inf"), 2: float("inf")}
        cpus: dict[int, float] = {1: float("inf"), 2: float("inf")}
        for _ in range(3):  # interleaved, best of three each: the machine may be shared
            for workers in (1, 2):
                cpu = _cpu_seconds()
                times[workers] = min(
                    times[workers], best_time(lambda w=workers: _run([str(scaling)], w), repeat=1)
                )
                cpus[workers] = min(cpus[workers], _cpu_seconds() - cpu)
        for workers in (1, 2):
            t = times[workers]
            rows.append(
                [
                    f"synthetic JSONL ({SCALING_COPIES}x pages), {workers} worker"
                    + ("s" if workers > 1 else ""),
                    n_scaling,
                    mb_scaling,
                    t,
                    # The workers are the fork server's children: their CPU time is not ours.
                    cpus[workers] if workers == 1 else "-",
                    n_scaling / t,
                    mb_scaling / t,
                ]
            )
        print(
            "Throughput (loading, parsing and JSON output; best of runs; "
            f"{os.cpu_count()} cores on this machine)\n"
        )
        table(["corpus", "documents", "MB", "seconds", "CPU s", "docs/s", "MB/s"], rows)
        print(f"\nScaling: 2 workers = {times[1] / times[2]:.2f}x one worker (target >= 1.8x)")
        print("(CPU s: this process and the children it waited for; not the workers.)")
        print(f"Load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")

        big = Path(tmp) / "corpus10.jsonl"
        n10 = _synthetic(big, COPIES * 10)
        rss1, rss10 = _peak_rss_mb(corpus), _peak_rss_mb(big)
        table(
            ["corpus (newsclaims extract, 1 worker)", "documents", "MB", "peak RSS MB"],
            [
                ["1x", n, mb, rss1],
                ["10x", n10, big.stat().st_size / 1e6, rss10],
                ["10x / 1x", "", "", rss10 / rss1],
            ],
        )
        print("\n(target: peak RSS of 10x within 20% of 1x)\n")

    _html()


def _html() -> None:
    import trafilatura

    paths = sorted((AEB / "html").glob("*.html.gz"))
    pages = [gzip.decompress(p.read_bytes()) for p in paths]
    mb = sum(len(p) for p in pages) / 1e6

    def peer(metadata: bool) -> None:
        for page in pages:
            trafilatura.extract(page, with_metadata=metadata)

    records: list[newsclaims.Record] = []

    def ours() -> None:
        records[:] = newsclaims.load_records([str(p) for p in paths], keep_going=True)

    # The machine is shared: interleave the three and keep each one's best of three rounds.
    t_peer = t_meta = t_ours = float("inf")
    for _ in range(3):
        t_peer = min(t_peer, best_time(lambda: peer(False), repeat=1))
        t_meta = min(t_meta, best_time(lambda: peer(True), repeat=1))
        t_ours = min(t_ours, best_time(ours, repeat=1))
    titled = sum(1 for r in records if r.title)
    dated = sum(1 for r in records if r.date)
    print(f"HTML loading: {len(paths)} pages, {mb:.1f} MB of HTML\n")
    table(
        ["what", "seconds", "MB/s", "vs extract(with_metadata=True)"],
        [
            [
                "trafilatura 2.3.1 extract() on the decompressed HTML",
                t_peer,
                mb / t_peer,
                t_peer / t_meta,
            ],
            ["trafilatura 2.3.1 extract(with_metadata=True)", t_meta, mb / t_meta, 1.0],
            [
                "newsclaims HTML loader (read, gunzip, text + metadata)",
                t_ours,
                mb / t_ours,
                t_ours / t_meta,
            ],
        ],
    )
    print(
        f"\nMetadata from the pages: title on {titled}/{len(paths)}, date on {dated}/{len(paths)}"
    )


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"\n({time.perf_counter() - started:.1f} s)")

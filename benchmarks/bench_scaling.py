"""Scaling: parse time grows linearly with the text, up to a 100 MB document.

The text is every aeb-dev page (real scraped news pages) joined, then repeated 1, 2, 4 and 8
times; each size is parsed with the built-in plugins and the best of three times is reported
with its ratio to 1x (linear time means a ratio close to the size factor). The page cleaner
keeps one article of a page, so it is measured both ways: with it (the defaults) and without
it, when every sentence of the text becomes a claim. Then one document of 100 MB is parsed,
both ways, in a fresh process, which reports the time and its peak memory (max RSS).
Set ``NEWSCLAIMS_BENCH_BIG_MB`` to change (or, with 0, skip) the big document.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from _common import AEB, ROOT, best_time, table

import newsclaims


def corpus() -> str:
    """Every aeb-dev page, joined by blank lines (the samples, repeated, if it is missing)."""
    pages = sorted((AEB / "pages").glob("*.txt"))
    if not pages:
        pages = sorted((ROOT / "examples").glob("*.txt"))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in pages)
    return text * (500_000 // len(text) + 1) if len(text) < 500_000 else text


_BIG = textwrap.dedent(
    """
    import json, resource, sys, time
    import newsclaims
    base = open(sys.argv[1], encoding="utf-8").read()
    size = int(sys.argv[2])
    text = (base * (size // len(base) + 1))[:size]
    pm = newsclaims.make_plugin_manager(entry_points=False, disable=sys.argv[3:])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    doc = newsclaims.parse(text, plugin_manager=pm)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert doc.raw == text
    print(json.dumps({"seconds": elapsed, "peak_kb": peak, "before_kb": before,
                      "claims": len(doc.claims), "chars": len(text)}))
    """
)


#: The two ways of parsing: the defaults, and without the page cleaner.
WAYS = {"defaults": (), "no page cleaner": ("newsclaims.cleaning",)}


def big_document(base_path: str, megabytes: int, disable: tuple[str, ...]) -> dict[str, float]:
    """Parse a ``megabytes`` MB document in a fresh process; its time and peak memory."""
    out = subprocess.run(
        [sys.executable, "-c", _BIG, base_path, str(megabytes * 1_000_000), *disable],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, float] = json.loads(out.splitlines()[-1])
    return result


def main() -> None:
    base = corpus()
    rows = []
    for way, disable in WAYS.items():
        pm = newsclaims.make_plugin_manager(entry_points=False, disable=disable)
        newsclaims.parse(base, plugin_manager=pm)  # warm up: imports, caches
        first = 0.0
        for factor in (1, 2, 4, 8):
            text = base * factor
            seconds = best_time(lambda text=text, pm=pm: newsclaims.parse(text, plugin_manager=pm))
            first = first or seconds
            rows.append(
                [
                    way,
                    f"{factor}x",
                    f"{len(text) / 1e6:.2f}",
                    seconds,
                    f"{seconds / first:.2f}",
                    f"{len(text) / seconds / 1e6:.2f}",
                ]
            )
    table(["plugins", "text", "MB (chars/1e6)", "parse s (best of 3)", "time vs 1x", "MB/s"], rows)

    megabytes = int(os.environ.get("NEWSCLAIMS_BENCH_BIG_MB", "100"))
    if megabytes <= 0:
        return
    path = ROOT / ".bench_scaling_base.txt"
    path.write_text(base, encoding="utf-8")
    big_rows = []
    try:
        for way, disable in WAYS.items():
            big = big_document(str(path), megabytes, disable)
            big_rows.append(
                [
                    f"{megabytes} MB",
                    way,
                    int(big["chars"]),
                    int(big["claims"]),
                    big["seconds"],
                    f"{big['chars'] / big['seconds'] / 1e6:.2f}",
                    f"{big['peak_kb'] / 1024:.0f}",
                    f"{big['before_kb'] / 1024:.0f}",
                ]
            )
    finally:
        path.unlink()
    print()
    header = ["document", "plugins", "chars", "claims", "parse s", "MB/s", "peak RSS MB"]
    table([*header, "RSS with the text built MB"], big_rows)

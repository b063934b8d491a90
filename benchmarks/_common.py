"""Helpers shared by the benchmarks: the evaluation data, timing, and table printing."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the repository (CI); from a worktree, the machine's /work/shared.
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").is_dir() else Path("/work/shared")
AEB = SHARED / "data" / "aeb-dev"
GOLDEN = SHARED / "data" / "golden-rules" / "golden_rules_en.json"


def aeb_pages() -> dict[str, str]:
    """The full-page text scrapes of aeb-dev, by page id (sorted)."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((AEB / "pages").glob("*.txt"))}


def aeb_truth() -> dict[str, dict[str, str]]:
    """The hand-annotated article bodies of aeb-dev."""
    data: dict[str, dict[str, str]] = json.loads((AEB / "ground-truth.json").read_text("utf-8"))
    return data


def best_time(
    func: Callable[[], object], *, repeat: int = 3, clock: Callable[[], float] = time.perf_counter
) -> float:
    """The best time of ``repeat`` calls, in seconds: wall-clock, or CPU time with
    ``clock=time.process_time``."""
    best = float("inf")
    for _ in range(repeat):
        started = clock()
        func()
        best = min(best, clock() - started)
    return best


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print a Markdown table."""
    cells = [[str(c) for c in header]] + [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"  # noqa: E731
    print(line(cells[0]))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in cells[1:]:
        print(line(r))


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if value < 10 else f"{value:.1f}"
    return str(value)

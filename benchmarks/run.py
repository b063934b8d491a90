"""Run the benchmarks: ``python benchmarks/run.py [NAME...]``.

Each ``benchmarks/bench_<name>.py`` has a ``main() -> None`` that measures newsclaims and its
peers in the same run and prints a table. With names, only those run.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    names = sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    wanted = argv or names
    unknown = sorted(set(wanted) - set(names))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; have: {', '.join(names)}")
        return 2
    for name in wanted:
        print(f"\n## {name}\n", flush=True)
        started = time.perf_counter()
        importlib.import_module(f"bench_{name}").main()
        print(f"\n({name}: {time.perf_counter() - started:.1f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

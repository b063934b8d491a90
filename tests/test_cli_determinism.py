"""The same inputs give byte-identical output whatever the hash seed and the number of worker
processes: sets and dicts must never decide an order that reaches the output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus(tmp_path: Path) -> list[str]:
    """Articles of several kinds: a scrape, an AI summary, wire copy, JSON Lines records."""
    feed = tmp_path / "feed.jsonl"
    rows = [
        {
            "id": "de",
            "text": "Die Stadt sagte am Montag, die Mieten seien um 4 % gestiegen [1].\n\n"
            "[1] Mietspiegel 2025, Stadt Köln",
        },
        {
            "id": "es",
            "text": "«No habrá recortes», dijo la ministra el martes. Los sindicatos "
            "respondieron que el paro subió un 2 %.\n",
        },
        {
            "id": "en",
            "text": "Key points\n- Exports rose 12%\n- Imports fell\n\nExports rose 12% "
            "in March, customs data showed, while imports fell for a third month.\n",
        },
    ]
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return [
        str(ROOT / "examples" / "*.txt"),
        str(ROOT / "plugins" / "newsclaims-reuters" / "tests" / "wire_story.txt"),
        str(feed),
    ]


def extract(inputs: list[str], seed: str, *extra: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed, "NEWSCLAIMS_LOAD_PLUGINS": ""}
    done = subprocess.run(
        [sys.executable, "-m", "newsclaims", "extract", "--format", "jsonl", *extra, *inputs],
        capture_output=True,
        check=True,
        env=env,
    )
    return done.stdout


def test_output_is_byte_identical_across_hash_seeds_and_workers(tmp_path: Path) -> None:
    inputs = corpus(tmp_path)
    first = extract(inputs, "0")
    assert first.count(b"\n") == 6  # (the two examples, the wire story, three records)
    assert extract(inputs, "4242", "--workers", "2") == first

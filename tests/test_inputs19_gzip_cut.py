"""A JSON Lines, JSON or HTML input compressed with gzip and cut short (a download that
stopped) or damaged is an input error naming the file, as a ``.txt.gz`` one is: gzip's
``EOFError`` was reported as a crash of the loader (``plugin 'newsclaims.loaders' loader
'jsonl' failed on document ...: EOFError: Compressed file ended before the end-of-stream
marker was reached``), with a traceback's worth of blame on the plugin."""

from __future__ import annotations

import gzip
import io
import json
import random
from pathlib import Path

import pytest

import newsclaims
from newsclaims.cli import main

CUT = "the compressed data ends early: the file is cut short (a cut-off download?)"
WORDS = [
    "council",
    "budget",
    "minister",
    "port",
    "storm",
    "rates",
    "inflation",
    "election",
    "court",
    "ruling",
    "strike",
    "hospital",
    "bridge",
    "tariff",
    "exports",
    "harvest",
    "drought",
    "flood",
    "police",
    "mayor",
    "senate",
]


def _records(count: int) -> str:
    """JSON Lines of varied records (varied, so that the compressed file is long enough to
    cut inside it)."""
    rng = random.Random(19)
    lines = []
    for n in range(count):
        words = " ".join(rng.choice(WORDS) for _ in range(40))
        lines.append(json.dumps({"id": f"wire-{n}", "text": f"Report {n}: {words}."}))
    return "\n".join(lines) + "\n"


def _page() -> str:
    rng = random.Random(7)
    paragraphs = "".join(
        f"<p>{' '.join(rng.choice(WORDS) for _ in range(60)).capitalize()}.</p>" for _ in range(80)
    )
    return f"<!DOCTYPE html><html><head><title>Storm</title></head><body><article>{paragraphs}"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("wire.jsonl.gz", _records(400)),
        ("dump.json.gz", json.dumps(json.loads("[" + _records(300).replace("\n", ",")[:-1] + "]"))),
        ("storm.html.gz", _page() + "</article></body></html>"),
    ],
)
def test_a_cut_off_gzip_input_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: str
) -> None:
    whole = gzip.compress(data.encode("utf-8"))
    path = tmp_path / name
    path.write_bytes(whole[: len(whole) * 2 // 3])
    with pytest.raises(newsclaims.InputError, match="ends early") as info:
        list(newsclaims.load_records([path]))
    assert not isinstance(info.value, newsclaims.PluginError)
    assert main(["extract", str(path)], out=io.StringIO()) == 2
    assert capsys.readouterr().err == f"newsclaims: error: {path}: {CUT}\n"


def test_the_records_before_the_cut_are_still_read(tmp_path: Path) -> None:
    whole = gzip.compress(_records(400).encode("utf-8"))
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    records = list(newsclaims.load_records([path], keep_going=True))
    assert records[0].id == "wire-0" and records[0].error is None
    assert len(records) > 10
    assert records[-1].error is not None and CUT in records[-1].error
    assert "loader 'jsonl' failed" not in records[-1].error


def test_a_damaged_gzip_json_is_an_input_error(tmp_path: Path) -> None:
    whole = gzip.compress(_records(50).encode("utf-8"))
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(whole[:10] + b"\xff" * 60 + whole[70:])
    with pytest.raises(newsclaims.InputError, match="cannot decompress it as gzip") as info:
        list(newsclaims.load_records([path]))
    assert not isinstance(info.value, newsclaims.PluginError)

"""The Dask recipe: a LocalCluster of two worker processes gives what a plain loop gives."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclaims

distributed = pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")

from newsclaims.dask import ROW_COLUMNS, parse_bag  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _example() -> object:
    spec = importlib.util.spec_from_file_location(
        "dask_corpus", ROOT / "examples" / "dask_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as local:
        yield local


def _corpus(tmp_path: Path) -> list[str]:
    for n in range(7):
        (tmp_path / f"{n}.txt").write_text(
            f"Story {n}. Rates rose [1].\n\n[1] Source {n}\n", "utf-8"
        )
    rows = [json.dumps({"text": f"Row {n} fell.", "id": f"r{n}"}) for n in range(5)]
    (tmp_path / "rows.jsonl").write_text("\n".join([*rows, "{bad"]) + "\n", "utf-8")
    return [str(tmp_path / "*.txt"), str(tmp_path / "rows.jsonl"), str(tmp_path / "gone.txt")]


def test_local_cluster_gives_the_same_output_as_a_loop(tmp_path: Path, cluster: object) -> None:
    (tmp_path / "in").mkdir()
    inputs = _corpus(tmp_path / "in")
    loop = [r.to_dict() for r in newsclaims.parse_many(inputs, keep_going=True)]
    assert len(loop) == 7 + 6 + 1
    address = cluster.scheduler_address  # type: ignore[attr-defined]
    with distributed.Client(address):
        got = parse_bag(inputs, files_per_partition=3).compute()
    assert got == loop

    example = _example()
    files = example.run(inputs, str(tmp_path / "jsonl"), scheduler=address)  # type: ignore[attr-defined]
    lines = [json.loads(x) for f in files for x in Path(f).read_text("utf-8").splitlines()]
    assert lines == loop
    files = example.run(  # type: ignore[attr-defined]
        inputs, str(tmp_path / "pq"), fmt="parquet", scheduler=address, files_per_partition=4
    )
    assert len(files) == 3
    table = [row for f in files for row in pq.read_table(f).to_pylist()]
    assert [json.loads(row["document"]) for row in table] == loop
    assert list(table[0]) == list(ROW_COLUMNS)
    assert [row["error"] is not None for row in table].count(True) == 2


def test_parse_bag_passes_its_time_limit_to_each_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from newsclaims.default_plugins import cleaning

    def stall(doc: newsclaims.Document) -> list[newsclaims.Removal]:
        time.sleep(30)
        return []

    # The synchronous scheduler runs the partitions here, so the workers' plugins see the patch.
    monkeypatch.setattr(cleaning, "clean_page", stall)
    (tmp_path / "a.txt").write_text("Rates rose on Monday.\n", "utf-8")
    started = time.monotonic()
    got = parse_bag([str(tmp_path / "a.txt")], time_limit=0.2).compute(scheduler="synchronous")
    assert time.monotonic() - started < 10
    [finding] = got[0]["findings"]
    assert finding["kind"] == "plugin_error" and "time limit of 0.2 s" in finding["message"]


def test_parse_bag_reads_in_the_named_encoding(tmp_path: Path) -> None:
    text = "Le maire a déclaré « non » au projet vendredi.\n"
    (tmp_path / "old.txt").write_bytes(text.encode("cp1252"))
    bag = parse_bag([str(tmp_path / "old.txt")], encoding="cp1252")
    (doc,) = bag.compute(scheduler="sync")
    assert doc["raw"] == text

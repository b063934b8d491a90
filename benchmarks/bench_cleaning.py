"""Page cleaning on aeb-dev: newsclaims (text only) against jusText and trafilatura, and speed.

Every page's full text scrape (pages/*.txt) is cleaned by the generic cleaner; the article body
(``Document.body``) is scored with the benchmark's own metric (shared/tools/score_cleaning.py)
against the hand-annotated bodies. In the same run: the whole page (nothing removed), jusText
on the same text (each line a ``<p>``, English stop list) and trafilatura ``extract()`` on the
same pages' HTML. Speed is the cleaning stage alone (the built-in cleaner on the raw text), in
CPU time.
"""

from __future__ import annotations

import gzip
import html
import importlib.util
import sys
import time
from collections.abc import Callable
from types import ModuleType

from _common import AEB, SHARED, aeb_pages, aeb_truth, best_time, table

import newsclaims
from newsclaims.default_plugins.cleaning import page_removals
from newsclaims.testing import manager_with

SCORER = SHARED / "tools" / "score_cleaning.py"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_cleaning", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _newsclaims(pages: dict[str, str]) -> dict[str, str]:
    pm = manager_with()
    return {k: newsclaims.parse(text, plugin_manager=pm).body for k, text in pages.items()}


def _justext(pages: dict[str, str]) -> dict[str, str]:
    import justext

    stoplist = justext.get_stoplist("English")
    out = {}
    for k, text in pages.items():
        doc = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines())
        paragraphs = justext.justext(f"<html><body>{doc}</body></html>", stoplist)
        out[k] = "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    return out


def _trafilatura(pages: dict[str, str]) -> dict[str, str]:
    import trafilatura

    out = {}
    for k in pages:
        page = gzip.decompress((AEB / "html" / f"{k}.html.gz").read_bytes()).decode("utf-8")
        out[k] = trafilatura.extract(page) or ""
    return out


def main() -> None:
    scorer = _scorer()
    pages, truth = aeb_pages(), aeb_truth()
    runs: list[tuple[str, str, Callable[[dict[str, str]], dict[str, str]]]] = [
        ("nothing removed (whole page)", "pages/*.txt", lambda p: dict(p)),
        ("newsclaims generic cleaner", "pages/*.txt", _newsclaims),
        ("jusText 3.0.2, English, each line a <p>", "pages/*.txt", _justext),
        ("trafilatura 2.3.1 extract()", "html/*.html.gz", _trafilatura),
    ]
    rows = []
    for name, source, run in runs:
        bodies = run(pages)
        s = scorer.score(truth, {k: {"articleBody": v} for k, v in bodies.items()})
        rows.append([name, source, s["f1"], s["precision"], s["recall"]])
    print(f"aeb-dev: {len(pages)} pages\n")
    table(["article body from", "input", "F1", "precision", "recall"], rows)

    speed = []
    for name, texts in [
        ("newsclaims generic cleaner (page_removals), pages", list(pages.values())),
        # The same cleaner on text that is already clean: most of it takes the short path.
        ("the same, on the pages' article bodies", [t["articleBody"] for t in truth.values()]),
    ]:
        size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        # Best CPU time of this process over many rounds: the machine may be shared.
        seconds = best_time(
            lambda texts=texts: [page_removals(t) for t in texts],  # type: ignore[misc]
            repeat=15,
            clock=time.process_time,
        )
        speed.append([name, size, seconds, size / seconds])
    print()
    table(["cleaning speed (one core)", "MB", "seconds", "MB/s"], speed)


if __name__ == "__main__":
    sys.exit(main())

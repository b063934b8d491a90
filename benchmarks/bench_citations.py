"""Citations: how fast markers and reference lists are read, and what they cost in `parse`.

Measured on the aeb-dev full-page scrapes (real news pages, most of them without citations,
so the figures also show how rarely prose is mistaken for markers or reference lists) and on
a synthetic AI-style summary with a marker after every sentence.
"""

from __future__ import annotations

from _common import aeb_pages, best_time, table

import newsclaims
from newsclaims.testing import manager_with

SUMMARY = (
    "\n".join(
        f"The ministry said prices rose {n}% in May, according to officials [{n % 7 + 1}]."
        for n in range(2000)
    )
    + "\n\nSources\n"
    + "\n".join(f"[{n}] Prices rose in May - Reuters, April {n}, 2025" for n in range(1, 8))
)


def main() -> None:
    pages = aeb_pages()
    corpus = list(pages.values())
    pm = manager_with()
    without = newsclaims.make_plugin_manager(
        entry_points=False, disable=["newsclaims.citations", "newsclaims.references"]
    )
    docs = [newsclaims.parse(t, plugin_manager=pm) for t in corpus]
    markers = sum(len(d.markers) for d in docs)
    lists = sum(len(d.sections_of("references")) for d in docs)
    entries = sum(1 for d in docs for c in d.citations if c.span is not None)

    functions = {
        "parse_markers": lambda text, pm: newsclaims.parse_markers(text, plugin_manager=pm),
        "parse_references": lambda text, pm: newsclaims.parse_references(text, plugin_manager=pm),
        "parse, all built-ins": lambda text, pm: newsclaims.parse(text, plugin_manager=pm),
    }
    cases = [
        ("parse_markers", "aeb-dev pages", corpus, pm),
        ("parse_references", "aeb-dev pages", corpus, pm),
        ("parse, all built-ins", "aeb-dev pages", corpus, pm),
        ("parse, all built-ins", "aeb-dev pages, without citations/references", corpus, without),
        ("parse_markers", "cited summary", [SUMMARY], pm),
        ("parse, all built-ins", "cited summary", [SUMMARY], pm),
    ]
    rows = []
    for name, on, texts, manager in cases:
        func = functions[name]
        mb = sum(len(t) for t in texts) / 1e6
        seconds = best_time(lambda f=func, ts=texts, m=manager: [f(t, m) for t in ts])
        rows.append([name, on, f"{mb:.2f}", mb / seconds])
    table(["what", "on", "MB", "MB/s"], rows)
    summary = newsclaims.parse(SUMMARY, plugin_manager=pm)
    linked = sum(1 for c in summary.claims if c.citations)
    print()
    table(
        ["corpus", "documents", "markers", "reference lists", "entries", "claims cited"],
        [
            ["aeb-dev pages", len(corpus), markers, lists, entries, "-"],
            [
                "cited summary",
                1,
                len(summary.markers),
                len(summary.sections_of("references")),
                sum(1 for c in summary.citations if c.span is not None),
                f"{linked}/{len(summary.claims)}",
            ],
        ],
    )

"""How long the HTML report takes to render, next to the parse it shows, and how big it is.

The sample articles one by one, then every aeb-dev page scrape together (when the shared data
is there). Rendering should cost a small fraction of parsing.
"""

from __future__ import annotations

from _common import ROOT, aeb_pages, best_time, table

import newsclaims


def _row(name: str, raws: list[str]) -> list[object]:
    pm = newsclaims.make_plugin_manager(entry_points=False)
    docs = [newsclaims.parse(raw, plugin_manager=pm) for raw in raws]
    parse_s = best_time(lambda: [newsclaims.parse(raw, plugin_manager=pm) for raw in raws])
    render_s = best_time(lambda: [newsclaims.render_report(doc) for doc in docs])
    chars = sum(len(raw) for raw in raws)
    size = sum(len(newsclaims.render_report(doc).encode("utf-8")) for doc in docs)
    notes = sum(
        len(d.removals) + len(d.sections) + len(d.claims) + len(d.markers) + len(d.findings)
        for d in docs
    )
    return [
        name,
        len(docs),
        chars,
        notes,
        parse_s * 1000,
        render_s * 1000,
        chars / render_s / 1e6,
        size / 1024,
    ]


def main() -> None:
    rows = [
        _row(path.name, [path.read_text(encoding="utf-8")])
        for path in sorted((ROOT / "examples").glob("*.txt"))
    ]
    pages = aeb_pages()
    if pages:
        rows.append(_row("aeb-dev pages (all)", list(pages.values())))
    table(
        [
            "input",
            "docs",
            "raw chars",
            "annotations",
            "parse ms",
            "render ms",
            "render M chars/s",
            "HTML KiB",
        ],
        rows,
    )

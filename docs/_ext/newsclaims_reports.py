"""Sphinx extension: the HTML report of each sample article, made at docs build time.

When an HTML build finishes, :func:`write_reports` parses every ``examples/*.txt`` with the
installed plugins and writes its report, plus an index of them, to ``_reports/`` in the output.
The ``newsclaims-reports`` directive puts the list of links to them into a page, relative to
that page, so the links work wherever the site is served from. Other builders get the list as
plain text.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

import newsclaims

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = ROOT / "examples"
FOLDER = "_reports"


def samples() -> list[Path]:
    """The sample articles, in name order."""
    return sorted(EXAMPLES.glob("*.txt"))


def write_reports(outdir: Path) -> list[Path]:
    """Write the report of each sample article and an index to ``outdir/_reports``."""
    target = outdir / FOLDER
    target.mkdir(parents=True, exist_ok=True)
    pages = []
    for path in samples():
        doc = newsclaims.parse_file(path, id=f"examples/{path.name}")
        pages.append((f"{path.stem}.html", doc))
    written = []
    for name, doc in pages:
        written.append(target / name)
        written[-1].write_text(newsclaims.render_report(doc), encoding="utf-8")
    index = target / "index.html"
    index.write_text(
        newsclaims.render_index(pages, title="Reports of the sample articles"), encoding="utf-8"
    )
    return [*written, index]


class ReportsDirective(SphinxDirective):
    """``newsclaims-reports``: a list of links to the sample articles' reports."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        builder = self.env.app.builder
        html = builder.format == "html"
        here = posixpath.dirname(builder.get_target_uri(self.env.docname)) if html else ""
        items = nodes.bullet_list()
        entries = [(f"{p.stem}.html", p.name) for p in samples()]
        entries.append(("index.html", "all samples, with their counts"))
        for page, label in entries:
            para = nodes.paragraph()
            if html:
                uri = posixpath.relpath(f"{FOLDER}/{page}", here or ".")
                para += nodes.reference("", label, refuri=uri, internal=False)
            else:
                para += nodes.Text(label)
            items += nodes.list_item("", para)
        return [items]


def _finished(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        write_reports(Path(app.outdir))


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directive and the report writer."""
    app.add_directive("newsclaims-reports", ReportsDirective)
    app.connect("build-finished", _finished)
    return {"version": newsclaims.__version__, "parallel_read_safe": True}

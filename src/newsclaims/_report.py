"""Self-contained HTML reports of documents: the raw text annotated with everything found in it.

:func:`render_report` shows one document: its raw text with the removed spans faded and
labelled, the sections marked, the claims highlighted by kind, the markers linked to their
reference entries and back, and panels listing the findings, the citations and the removals.
:func:`render_index` lists several reports with their counts.

The page needs no server and no network: CSS and JavaScript are inline. Each line of the raw
text, the title and each panel item takes its direction from its own first letter
(``unicode-bidi: plaintext``), so a line in Arabic or Hebrew reads right to left with its
markers at its end, in a page of either direction. Every annotation is an
element that covers exactly the raw characters of its span (text spans are mapped to the raw
text with :meth:`Document.raw_span`). The HTML is built by walking the boundary offsets of all
annotations over the raw text; where two annotations cross, the inner one is closed and
reopened, so the elements nest properly. All the fragments of one annotation share a
``data-nc`` key; the first carries the ``id``. Elements that are not document text (the
back-links after a reference entry) have the class ``nc-ui``.
"""

from __future__ import annotations

import bisect
import html
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

import attrs

from newsclaims._model import Citation, Document, Finding, Span
from newsclaims.errors import wrong_type

__all__ = ["render_index", "render_report"]

# Layers, outermost first: where two annotations have the same span, the lower layer wraps.
_SECTION, _ENTRY, _CLAIM, _FINDING, _EVIDENCE, _MARKER, _REMOVAL = range(7)


@attrs.frozen
class _Element:
    """One annotation: the raw span it covers and how its element looks."""

    start: int
    end: int
    layer: int
    key: str
    tag: str
    attrs: tuple[tuple[str, str], ...]


def _esc(value: object) -> str:
    # (HTML has no NUL: a parser drops it, and the element holding it showed one character
    # less than its span. U+2400, the symbol for NUL, shows it in its place.)
    return html.escape(str(value), quote=True).replace("\x00", "\u2400")


def _attrs(pairs: Iterable[tuple[str, str]]) -> str:
    return "".join(f' {name}="{_esc(value)}"' for name, value in pairs)


def _token(value: str) -> str:
    """A CSS class token made from a kind: lower case letters, digits, ``-`` and ``_`` only."""
    out = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "-" for ch in value)
    return out.lower() or "-"


def _open(el: _Element, *, first: bool) -> str:
    pairs = list(el.attrs)
    pairs.append(("data-nc", el.key))
    if first:
        pairs[:0] = [("id", el.key), ("tabindex", "-1")]
    else:
        pairs.append(("data-nc-part", "more"))
    return f"<{el.tag}{_attrs(pairs)}>"


def _weave(raw: str, elements: Sequence[_Element], inserts: Sequence[tuple[int, str]]) -> str:
    """Return ``raw`` as escaped HTML with every element around exactly its span.

    ``inserts`` are HTML snippets placed at raw offsets, after the elements ending there.
    """
    opens = sorted(elements, key=lambda e: (e.start, -e.end, e.layer, e.key))
    after: dict[int, list[str]] = {}
    for pos, snippet in inserts:
        after.setdefault(pos, []).append(snippet)
    bounds = sorted({0, len(raw), *after, *(e.start for e in opens), *(e.end for e in opens)})
    out: list[str] = []
    stack: list[_Element] = []
    i = 0
    for n, pos in enumerate(bounds):
        ending = [k for k, e in enumerate(stack) if e.end == pos]
        if ending:
            low = ending[0]
            for e in reversed(stack[low:]):
                out.append(f"</{e.tag}>")
            reopen = sorted(
                (e for e in stack[low:] if e.end != pos), key=lambda e: (-e.end, e.layer, e.key)
            )
            del stack[low:]
            for e in reopen:
                out.append(_open(e, first=False))
                stack.append(e)
        if not any(s.tag == "a" for s in stack):  # links may not nest: the panel has them too
            out.extend(after.get(pos, ()))
        while i < len(opens) and opens[i].start == pos:
            e = opens[i]
            i += 1
            if e.tag == "a" and any(s.tag == "a" for s in stack):
                e = attrs.evolve(e, tag="span")  # a link inside a link: keep it, unlinked
            out.append(_open(e, first=True))
            if e.start == e.end:
                out.append(f"</{e.tag}>")
            else:
                stack.append(e)
        if n + 1 < len(bounds):
            # A character reference keeps a CR that HTML parsing would turn into a LF.
            out.append(_esc(raw[pos : bounds[n + 1]]).replace("\r", "&#13;"))
    return "".join(out)


def _cite_ids(doc: Document) -> dict[str, int]:
    return {c.label: i for i, c in enumerate(doc.citations)}


#: A citation's label longer than this is no number or key to show in brackets.
_LABEL_CHARS = 16


def _named(c: Citation) -> bool:
    """Whether a citation is known by its name, not its label: a source cited by a link or a
    domain, whose label is its URL or its name (no ``[https://...]`` in the page for it)."""
    return c.label in (c.url, c.publisher) or len(c.label) > _LABEL_CHARS


def _label_names(doc: Document, labels: Iterable[str], cite_ids: dict[str, int]) -> str:
    """How the page names the sources of ``labels``: ``[1] [2]``, or ``Reuters`` for a source
    known by its name (see :func:`_named`)."""
    names = []
    for label in labels:
        at = cite_ids.get(label)
        c = doc.citations[at] if at is not None else None
        if c is not None and _named(c):
            names.append(c.publisher or c.title or label)
        else:
            names.append(f"[{label}]")
    return " ".join(names)


def _safe_url(url: str) -> str | None:
    """The URL if it is a web address a link may point to (never ``javascript:`` and such)."""
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _finding_targets(
    doc: Document, cite_ids: dict[str, int], index: int, finding: Finding
) -> list[str]:
    """The ``data-nc`` keys a finding points at: its claim, span, evidence, citation."""
    keys: list[str] = []
    if finding.claim is not None:
        keys.append(f"nc-claim-{finding.claim}")
    if finding.span is not None:
        keys.append(f"nc-fspan-{index}")
    if finding.evidence is not None:
        keys.append(f"nc-fev-{index}")
    if finding.citation is not None:
        cite = cite_ids.get(finding.citation)
        if cite is not None:
            entry = doc.citations[cite].span is not None
            keys.append(f"nc-entry-{cite}" if entry else f"nc-cite-{cite}")
    return keys


def _describe_finding(f: Finding) -> str:
    return f"{f.severity} {f.kind}: {f.message}"


def _citers(doc: Document) -> dict[str, list[int]]:
    """For each label, the indices of the markers that cite it."""
    out: dict[str, list[int]] = {}
    for i, m in enumerate(doc.markers):
        for label in dict.fromkeys(m.labels):
            out.setdefault(label, []).append(i)
    return out


#: A removal of this many characters or fewer inside a line is a mark (see :func:`_elements`).
_MARK_CHARS = 3


def _elements(doc: Document) -> tuple[list[_Element], list[tuple[int, str]]]:
    """Every annotation of ``doc`` as an element over the raw text, and the back-links."""
    raw_span = doc.raw_span
    cite_ids = _cite_ids(doc)
    citers = _citers(doc)
    entries = {c.label for c in doc.citations if c.span is not None}
    els: list[_Element] = []
    inserts: list[tuple[int, str]] = []

    def add(span: Span, layer: int, key: str, tag: str, *pairs: tuple[str, str]) -> None:
        s = raw_span(span)
        els.append(_Element(s.start, s.end, layer, key, tag, tuple(pairs)))

    for i, sec in enumerate(doc.sections):
        label = sec.kind.replace("_", " ")
        add(
            sec.span,
            _SECTION,
            f"nc-section-{i}",
            "span",
            ("class", f"nc-sec nc-sec-{_token(sec.kind)}"),
            ("data-kind", sec.kind),
            ("data-label", label),
        )
    labelled: set[tuple[int, str]] = set()  # (line number, label) of the badges shown
    breaks = _line_breaks(doc.raw) if doc.removals else []
    for i, r in enumerate(doc.removals):
        label = f"{r.plugin or 'unknown plugin'}: {r.reason}"
        # A mark removed inside a line (``**``, ``# ``, a link's ``](url)``) is shown struck
        # through with its label on hover, no badge: a badge for each of a line's marks buries
        # its words. A removal's first badge on its line stays, and so do longer removals'.
        cut = r.text
        line = _line_of(breaks, r.span.start)
        quiet = "\n" not in cut and (len(cut) <= _MARK_CHARS or (line, label) in labelled)
        labelled.add((line, label))
        els.append(
            _Element(
                r.span.start,
                r.span.end,
                _REMOVAL,
                f"nc-removal-{i}",
                "span",
                (
                    ("class", "nc-removed nc-quiet" if quiet else "nc-removed"),
                    ("data-label", label),
                    ("title", f"Removed by {label}"),
                ),
            )
        )
    flagged: dict[int, list[str]] = {}
    for f in doc.findings:
        if f.claim is not None:
            flagged.setdefault(f.claim, []).append(_describe_finding(f))
    for i, c in enumerate(doc.claims):
        tips = [f"Claim {i + 1}: {c.kind.replace('_', ' ')}"]
        pairs = [("data-kind", c.kind)]
        if c.speaker:
            tips.append(f"speaker: {c.speaker}" + (f" ({c.verb})" if c.verb else ""))
            pairs.append(("data-speaker", c.speaker))
        if c.citations:
            tips.append("cites " + _label_names(doc, c.citations, cite_ids))
        if c.checkworthy is False:
            tips.append("analysis or opinion")
        tips.extend(flagged.get(i, ()))
        classes = f"nc-claim nc-kind-{_token(c.kind)}"
        if i % 2:
            classes += " nc-alt"  # neighbouring claims of one kind in two shades
        if i in flagged:
            classes += " nc-flagged"
        if c.checkworthy is False:
            classes += " nc-opinion"
        add(
            c.span,
            _CLAIM,
            f"nc-claim-{i}",
            "mark",
            ("class", classes),
            ("title", " · ".join(tips)),
            *pairs,
        )
    for i, f in enumerate(doc.findings):
        desc = _describe_finding(f)
        if f.span is not None:
            add(
                f.span,
                _FINDING,
                f"nc-fspan-{i}",
                "span",
                ("class", f"nc-fspan nc-sev-{_token(f.severity)}"),
                ("title", desc),
            )
        if f.evidence is not None:
            add(
                f.evidence,
                _EVIDENCE,
                f"nc-fev-{i}",
                "span",
                ("class", "nc-evidence"),
                ("title", f"Evidence for: {desc}"),
            )
    for i, cit in enumerate(doc.citations):
        if cit.span is None:
            continue
        cited = citers.get(cit.label, [])
        classes = "nc-entry" if cited else "nc-entry nc-unused"
        name = _label_names(doc, (cit.label,), cite_ids)
        tip = f"Reference entry {name}" + ("" if cited else ": no marker cites it")
        add(cit.span, _ENTRY, f"nc-entry-{i}", "span", ("class", classes), ("title", tip))
        for k in cited:
            inserts.append(
                (
                    raw_span(cit.span).end,
                    f'<a class="nc-ui nc-back" href="#nc-marker-{k}" data-nc-target='
                    f'"nc-marker-{k}" aria-label="Back to marker {k + 1}">↩{k + 1}</a>',
                )
            )
    for i, mk in enumerate(doc.markers):
        missing = [label for label in mk.labels if label not in entries]
        first = mk.labels[0] if mk.labels else ""
        cite = cite_ids.get(first)
        if cite is None:
            target = "nc-citations"
        elif doc.citations[cite].span is not None:
            target = f"nc-entry-{cite}"
        else:
            target = f"nc-cite-{cite}"
        names = _label_names(doc, mk.labels, cite_ids)
        if missing:
            gone = " ".join(f"[{label}]" for label in missing)
            tip = f"Marker {i + 1} cites {names}; no reference entry for {gone}"
        else:
            tip = f"Marker {i + 1} cites {names}"
        add(
            mk.span,
            _MARKER,
            f"nc-marker-{i}",
            "a",
            ("class", "nc-marker nc-dangling" if missing else "nc-marker"),
            ("href", f"#{target}"),
            ("data-nc-target", target),
            ("title", tip),
        )
    return els, inserts


def _line_breaks(raw: str) -> list[int]:
    """The offset of each line break in ``raw``, for :func:`_line_of`."""
    return [m.start() for m in re.finditer("\n", raw)]


def _line_of(breaks: list[int], offset: int) -> int:
    """The number (from 1) of the line of ``offset``, given ``_line_breaks(raw)``: counting
    the breaks before each of a document's removals took time quadratic in its length."""
    return bisect.bisect_left(breaks, offset) + 1


def _findings_panel(doc: Document) -> str:
    items: list[str] = []
    cite_ids = _cite_ids(doc)
    for i, f in enumerate(doc.findings):
        targets = _finding_targets(doc, cite_ids, i, f)
        what = (
            f'<span class="nc-sev nc-sev-{_token(f.severity)}">{_esc(f.severity)}</span> '
            f'<span class="nc-fkind">{_esc(f.kind)}</span>'
        )
        message = _esc(f.message)
        if targets:
            message = (
                f'<a class="nc-finding-link" href="#{_esc(targets[0])}" '
                f'data-nc-target="{_esc(" ".join(targets))}">{message}</a>'
            )
        message = f'<span class="nc-msg">{message}</span>'
        extra = []
        if f.claim is not None:
            extra.append(f"claim {f.claim + 1}")
        if f.citation is not None:
            extra.append(f"citation [{_esc(f.citation)}]")
        if f.score is not None:
            extra.append(f"score {f.score:.2f}")
        if f.plugin:
            extra.append(_esc(f.plugin))
        if not targets:
            extra.append("whole document")
        about = (
            f.span
            if f.span is not None
            else doc.claims[f.claim].span
            if f.claim is not None
            else None
        )
        quote = (
            f'<span class="nc-excerpt">{_esc(_excerpt(about.slice(doc.text)))}</span>'
            if about
            else ""
        )
        items.append(
            f'<li id="nc-finding-{i}" class="nc-finding nc-sev-{_token(f.severity)}">{what}'
            f'{message}{quote}<span class="nc-small">{" · ".join(extra)}</span></li>'
        )
    kinds = Counter(f.kind for f in doc.findings)
    intro = (
        '<p class="nc-small">'
        + " · ".join(f"{_esc(k)} {n}" for k, n in sorted(kinds.items()))
        + "</p>"
        if kinds
        else ""
    )
    return _panel("nc-findings", f"Findings ({len(doc.findings)})", items, "No findings.", intro)


def _excerpt(text: str, limit: int = 90) -> str:
    """The text on one line, cut at a word boundary to about ``limit`` characters."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    return line[:limit].rsplit(" ", 1)[0] + "…"


def _citations_panel(doc: Document) -> str:
    citers = _citers(doc)
    items: list[str] = []
    for i, c in enumerate(doc.citations):
        parts = [] if _named(c) else [f'<span class="nc-label">[{_esc(c.label)}]</span>']
        if c.title:
            parts.append(_esc(c.title))
        for extra in (c.publisher, c.date):
            if extra:
                parts.append(f'<span class="nc-small">{_esc(extra)}</span>')
        if c.url:
            safe = _safe_url(c.url)
            parts.append(
                f'<a class="nc-url" href="{_esc(safe)}" rel="noreferrer">{_esc(c.url)}</a>'
                if safe
                else f'<span class="nc-url">{_esc(c.url)}</span>'
            )
        status = []
        if c.span is not None:
            status.append(f'<a href="#nc-entry-{i}" data-nc-target="nc-entry-{i}">entry</a>')
        else:
            status.append('<span class="nc-warn">no reference entry (dangling)</span>')
        cited = citers.get(c.label, [])
        if cited:
            links = " ".join(
                f'<a href="#nc-marker-{m}" data-nc-target="nc-marker-{m}" '
                f'aria-label="marker {m + 1}">↩{m + 1}</a>'
                for m in cited
            )
            status.append(f"cited by {links}")
        else:
            status.append('<span class="nc-warn">not cited (unused)</span>')
        classes = "nc-cite"
        if c.span is None:
            classes += " nc-dangling"
        if not cited:
            classes += " nc-unused"
        items.append(
            f'<li id="nc-cite-{i}" data-nc="nc-cite-{i}" tabindex="-1" class="{classes}">'
            f'{" ".join(parts)}<br><span class="nc-small">{" · ".join(status)}</span></li>'
        )
    return _panel("nc-citations", f"Citations ({len(doc.citations)})", items, "No citations.")


def _removals_panel(doc: Document) -> str:
    items = []
    breaks = _line_breaks(doc.raw) if doc.removals else []
    for i, r in enumerate(doc.removals):
        start = _line_of(breaks, r.span.start)
        end = _line_of(breaks, max(r.span.start, r.span.end - 1))
        lines = f"line {start}" if start == end else f"lines {start}–{end}"
        items.append(
            f'<li><a href="#nc-removal-{i}" data-nc-target="nc-removal-{i}">{lines}</a> '
            f'<span class="nc-small">{_esc(r.plugin)}</span>: {_esc(r.reason)}</li>'
        )
    removed = sum(len(r.span) for r in doc.removals)
    intro = f'<p class="nc-small">{removed} of {len(doc.raw)} characters</p>'
    return _panel(
        "nc-removed", f"Removed text ({len(doc.removals)})", items, "Nothing removed.", intro
    )


def _panel(id_: str, heading: str, items: Sequence[str], empty: str, intro: str = "") -> str:
    """A panel: a labelled section with a heading and a numbered list (or a line if empty)."""
    body = f"<ol>{''.join(items)}</ol>" if items else f'<p class="nc-none">{_esc(empty)}</p>'
    return (
        f'<section id="{id_}" aria-labelledby="{id_}-h">'
        f'<h2 id="{id_}-h">{_esc(heading)}</h2>{intro}{body}</section>'
    )


def _legend(doc: Document) -> str:
    kinds = Counter(c.kind for c in doc.claims)
    rows = [
        f'<li><mark class="nc-claim nc-kind-{_token(k)}">{_esc(k.replace("_", " "))}</mark> '
        f"{n}</li>"
        for k, n in sorted(kinds.items())
    ]
    if any(c.checkworthy is False for c in doc.claims):
        rows.append('<li><mark class="nc-claim nc-opinion">analysis or opinion</mark></li>')
    rows.append('<li><mark class="nc-claim nc-flagged">claim with a finding</mark></li>')
    rows.append('<li><span class="nc-removed-demo">removed text</span></li>')
    rows.append('<li><span class="nc-marker-demo">[n]</span> marker</li>')
    rows.append(
        '<li><span class="nc-marker-demo nc-dangling">[n]</span> dangling marker (no entry)</li>'
    )
    rows.append('<li><span class="nc-entry nc-unused">entry</span> unused entry</li>')
    return (
        '<section id="nc-legend" aria-labelledby="nc-legend-h"><h2 id="nc-legend-h">Legend</h2>'
        f'<ul class="nc-legend">{"".join(rows)}</ul></section>'
    )


def _summary(doc: Document) -> str:
    dangling = sum(1 for c in doc.citations if c.span is None)
    citers = _citers(doc)
    unused = sum(1 for c in doc.citations if c.span is not None and c.label not in citers)
    parts = [
        f"{len(doc.claims)} claims",
        f"{len(doc.markers)} markers",
        f"{len(doc.citations)} citations",
        f"{dangling} dangling",
        f"{unused} unused",
        f"{len(doc.findings)} findings",
        f"{len(doc.removals)} removals",
    ]
    return " · ".join(parts)


def _page(title: str, body: str) -> str:
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="newsclaims">\n'
        f"<title>{_esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n{body}\n"
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )
    if not page.isascii():
        try:
            page.encode("utf-8")
        except UnicodeEncodeError:
            # A lone surrogate, as Python decodes a file name's undecodable bytes (the id of
            # ``caf\xe9.txt``): no page can hold it, and writing the page failed. U+FFFD shows
            # it, as a file manager does.
            page = _SURROGATE.sub("\ufffd", page)
    return page


_SURROGATE = re.compile("[\ud800-\udfff]")


def render_report(doc: Document, *, title: str | None = None) -> str:
    """Return a self-contained HTML page showing ``doc`` annotated.

    The page shows the raw text with the removed spans faded and labelled by plugin and reason,
    the sections marked, the claims highlighted by kind (quotes with their speaker), each marker
    linked to its reference entry (dangling markers and unused entries marked), and panels of
    findings, citations and removals. Clicking a finding scrolls to its claim or span and
    highlights it. Nothing is loaded from the network.

    :param doc: the document to show.
    :param title: the page title (default: the document's title, id, or "Untitled document").
    :returns: the HTML page as text.

    >>> import newsclaims
    >>> page = newsclaims.render_report(newsclaims.parse("Prices rose [1]. <b>No</b>."))
    >>> page.startswith("<!DOCTYPE html>"), "&lt;b&gt;No&lt;/b&gt;" in page
    (True, True)
    """
    if not isinstance(doc, Document):
        raise wrong_type("doc", "a Document, such as parse() returns", doc)
    if title is not None and not isinstance(title, str):
        raise wrong_type("title", "a str or None", title)
    name = title or doc.title or doc.id or "Untitled document"
    els, inserts = _elements(doc)
    meta = [f"<dt>{_esc(k)}</dt><dd>{_esc(v)}</dd>" for k, v in _meta(doc)]
    body = (
        '<a class="nc-skip" href="#nc-findings">Skip to the findings</a>\n'
        f'<header><h1>{_esc(name)}</h1><dl class="nc-meta">{"".join(meta)}</dl>'
        f'<p class="nc-summary">{_esc(_summary(doc))}</p></header>\n'
        '<div class="nc-layout">\n'
        '<main id="nc-text" aria-label="Annotated raw text">'
        f'<div class="nc-raw">{_weave(doc.raw, els, inserts)}</div></main>\n'
        f'<aside class="nc-panels" aria-label="Findings, citations and removals">'
        f"{_findings_panel(doc)}{_citations_panel(doc)}{_removals_panel(doc)}{_legend(doc)}"
        "</aside>\n</div>"
    )
    return _page(f"newsclaims report: {name}", body)


def _meta(doc: Document) -> list[tuple[str, str]]:
    fields = (("id", doc.id), ("source", doc.source), ("url", doc.url), ("date", doc.date))
    return [(k, v) for k, v in fields if v]


def render_index(
    pages: Iterable[tuple[str, Document]], *, title: str = "newsclaims reports"
) -> str:
    """Return an HTML index of several reports with each document's counts.

    Each row gives the number of claims, citations and findings, and the findings by kind;
    the rows are sorted by the number of findings, most first (then by link).

    :param pages: ``(href, document)`` pairs: where each document's report is, relative to
        the index, and the document.
    :param title: the page title.
    :returns: the HTML page as text.
    """
    if isinstance(pages, (str, Document)):
        raise wrong_type("pages", "an iterable of (href, Document) pairs", pages)
    if not isinstance(title, str):
        raise wrong_type("title", "a str", title)
    pairs = list(pages)
    for pair in pairs:
        if not (
            isinstance(pair, (tuple, list))
            and len(pair) == 2
            and isinstance(pair[0], str)
            and isinstance(pair[1], Document)
        ):
            raise wrong_type("each of pages", "an (href, Document) pair", pair)
    rows = [(href, doc, Counter(f.kind for f in doc.findings)) for href, doc in pairs]
    rows.sort(key=lambda r: (-len(r[1].findings), r[0]))
    kinds = sorted({k for _, _, counts in rows for k in counts})
    head = "".join(
        f'<th scope="col">{_esc(h)}</th>'
        for h in ("Document", "Claims", "Citations", "Findings", *kinds)
    )
    body_rows = []
    for href, doc, counts in rows:
        name = doc.title or doc.id or href
        cells = [len(doc.claims), len(doc.citations), len(doc.findings)]
        cells.extend(counts.get(k, 0) for k in kinds)
        body_rows.append(
            f'<tr><th scope="row"><a href="{_esc(href)}">{_esc(name)}</a>'
            + (
                f'<br><span class="nc-small">{_esc(doc.id)}</span>'
                if doc.id not in (None, name)
                else ""
            )
            + "</th>"
            + "".join(f'<td class="nc-num">{n}</td>' for n in cells)
            + "</tr>"
        )
    table = (
        f'<table class="nc-index"><caption>{len(rows)} documents, sorted by findings'
        f"</caption><thead><tr>{head}</tr></thead><tbody>{''.join(body_rows)}</tbody></table>"
    )
    return _page(title, f"<header><h1>{_esc(title)}</h1></header>\n<main>{table}</main>")


_CSS = """
:root{--fg:#1d1d1f;--muted:#5f6368;--bg:#fff;--panel:#f6f7f9;--line:#d0d4da;--focus:#1a5fd0;
--statement:#fff3b0;--quote:#cfe6ff;--key_point:#d5f5d5;--headline:#ecdcff;--pull_quote:#ffe0c7;
--other:#e6e6e6;--flag:#c5221f;--active:#ffb300}
*{box-sizing:border-box}
body{margin:0;color:var(--fg);background:var(--bg);font:16px/1.55 system-ui,-apple-system,
"Segoe UI",Roboto,"Noto Sans",sans-serif}
header{padding:1rem 1.5rem;border-bottom:1px solid var(--line)}
h1{font-size:1.35rem;margin:0 0 .3rem;unicode-bidi:plaintext}
h2{font-size:1.05rem;margin:1.2rem 0 .4rem}
.nc-meta{display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:0;color:var(--muted);font-size:.85rem}
.nc-meta dt{font-weight:600}.nc-meta dd{margin:0;word-break:break-all}
.nc-summary{margin:.3rem 0 0;color:var(--muted);font-size:.9rem}
.nc-skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.nc-skip:focus{left:.5rem;z-index:10}
.nc-layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(16rem,24rem);gap:1.5rem;
padding:0 1.5rem 2rem}
.nc-raw{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1rem;line-height:1.75;
padding-top:1rem;max-width:48rem;unicode-bidi:plaintext}
.nc-panels{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;
padding:0 .25rem 1rem;font-size:.9rem;overflow-wrap:anywhere}
.nc-panels section{background:var(--panel);border:1px solid var(--line);border-radius:6px;
padding:.1rem .8rem .6rem;margin-top:1rem}
.nc-panels ol,.nc-panels ul{padding-left:1.3rem;margin:.3rem 0}
.nc-panels li{margin:.35rem 0;unicode-bidi:plaintext}
.nc-small{color:var(--muted);font-size:.82rem;font-weight:400}
.nc-none{color:var(--muted)}
a{color:#174ea6}
a:focus-visible,[tabindex]:focus-visible,mark:focus-visible{outline:3px solid var(--focus);
outline-offset:2px}
.nc-sec::before{content:attr(data-label);display:inline-block;font:600 .66rem/1.2 system-ui,
sans-serif;text-transform:uppercase;letter-spacing:.05em;color:#fff;background:#5f6b7a;
border-radius:3px;padding:.12rem .35rem;margin-right:.4rem;vertical-align:.15em}
.nc-sec-headline{font-weight:700;font-size:1.12em}
.nc-sec-headline::before{background:#6b3fa0}
.nc-sec-key_points::before{background:#2e7d32}
.nc-sec-references::before{background:#8d5a00}
.nc-sec-caption{font-style:italic}
.nc-sec-caption::before{background:#00796b}
.nc-removed{color:#8a8f98;background:repeating-linear-gradient(135deg,#f1f2f4 0 6px,#e7e9ec
6px 12px);text-decoration:line-through;text-decoration-color:#b0b4ba}
.nc-removed:not(.nc-quiet)::before{content:"✂ " attr(data-label);
font:500 .66rem/1.2 system-ui,sans-serif;color:#fff;background:#8a8f98;border-radius:3px;
padding:.1rem .3rem;margin-right:.3rem;
text-decoration:none;display:inline-block;vertical-align:.15em;white-space:nowrap;
max-width:28rem;overflow:hidden;text-overflow:ellipsis}
.nc-removed-demo{color:#8a8f98;text-decoration:line-through;background:#eceef1}
mark.nc-claim{color:inherit;background:var(--other);border-radius:2px;padding:0;
box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.nc-alt{background-image:linear-gradient(rgba(0,0,0,.06),rgba(0,0,0,.06))}
mark.nc-claim mark.nc-claim{box-shadow:inset 0 -2px rgba(0,0,0,.3)}
mark.nc-kind-statement{background:var(--statement)}
mark.nc-kind-quote{background:var(--quote)}
mark.nc-kind-key_point{background:var(--key_point)}
mark.nc-kind-headline{background:var(--headline)}
mark.nc-kind-pull_quote{background:var(--pull_quote)}
mark.nc-opinion{background-image:linear-gradient(transparent 88%,#9aa0a6 88%)}
mark.nc-flagged{text-decoration:underline wavy var(--flag);text-decoration-thickness:1px;
text-underline-offset:3px}
mark.nc-claim[data-speaker]:not([data-nc-part])::after{content:" — " attr(data-speaker);
font:600 .72rem system-ui,sans-serif;color:#0b4a8b}
.nc-fspan{outline:1px dashed var(--flag)}
.nc-evidence{box-shadow:inset 0 -3px #34a853}
a.nc-marker{font-weight:600;text-decoration:none;border-bottom:2px solid #174ea6}
a.nc-marker.nc-dangling,.nc-marker-demo.nc-dangling{color:var(--flag);
border-bottom:2px dotted var(--flag)}
a.nc-marker.nc-dangling::after{content:"?";font-size:.7em;vertical-align:super}
.nc-marker-demo{font-weight:600;color:#174ea6}
.nc-entry{border-bottom:2px solid #8d5a00}
.nc-entry.nc-unused{border-bottom:2px dotted var(--flag);background:#fdecea}
.nc-entry.nc-unused::after{content:"not cited";font:600 .62rem system-ui,sans-serif;
text-transform:uppercase;color:var(--flag);margin-left:.25rem;vertical-align:super}
.nc-back{font-size:.75em;vertical-align:super;margin-left:.15rem;text-decoration:none}
.nc-sev{font:700 .68rem/1 system-ui,sans-serif;text-transform:uppercase;padding:.15rem .3rem;
border-radius:3px;color:#fff;background:#5f6368}
.nc-sev.nc-sev-error{background:#c5221f}.nc-sev.nc-sev-warning{background:#b06000}
.nc-sev.nc-sev-note{background:#1a73e8}
.nc-msg,.nc-finding .nc-small{display:block}
.nc-excerpt{display:block;margin:.2rem 0;padding-left:.5rem;border-left:3px solid var(--line);
color:#3c4043;font-size:.85rem}
.nc-fkind{font-family:ui-monospace,monospace;font-size:.82rem}
.nc-warn{color:var(--flag)}
.nc-label{font-weight:700}
.nc-legend{list-style:none;padding-left:0!important}
.nc-active{outline:3px solid var(--active)!important;outline-offset:1px;
background-color:#ffe9a8!important;animation:nc-pulse 1s ease-out 1}
@keyframes nc-pulse{from{outline-color:#ff6d00}to{outline-color:var(--active)}}
:target{outline:3px solid var(--active)}
.nc-index{border-collapse:collapse;margin:1rem 1.5rem;font-size:.95rem}
.nc-index caption{text-align:left;color:var(--muted);padding:.3rem 0}
.nc-index th,.nc-index td{border:1px solid var(--line);padding:.35rem .6rem;text-align:left}
.nc-index thead th{background:var(--panel)}
.nc-num{text-align:right!important;font-variant-numeric:tabular-nums}
@media (max-width:60rem){.nc-layout{grid-template-columns:1fr}.nc-panels{position:static;
max-height:none}}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:11pt}
header{padding:0 0 .5rem}
.nc-skip,.nc-back{display:none}
.nc-layout{display:block;padding:0}
.nc-panels{position:static;max-height:none;overflow:visible}
.nc-panels section{break-inside:avoid-page;border-color:#999}
.nc-raw{max-width:none}
a{color:inherit}
.nc-active{outline:none!important;background-color:inherit!important}
}
"""

_JS = """
(function(){
"use strict";
function activate(keys, focus){
  document.querySelectorAll(".nc-active").forEach(function(el){
    el.classList.remove("nc-active");});
  var first = null;
  keys.forEach(function(key){
    document.querySelectorAll("[data-nc]").forEach(function(el){
      if (el.getAttribute("data-nc") === key){
        el.classList.add("nc-active");
        if (first === null) first = el;
      }
    });
  });
  if (first === null) return false;
  first.scrollIntoView({block: "center", inline: "nearest"});
  if (focus) first.focus({preventScroll: true});
  if (history.replaceState) history.replaceState(null, "", "#" + first.id);
  return true;
}
document.addEventListener("click", function(event){
  var link = event.target.closest ? event.target.closest("a[data-nc-target]") : null;
  if (!link) return;
  var keys = link.getAttribute("data-nc-target").split(" ").filter(Boolean);
  if (activate(keys, true)) event.preventDefault();
});
function fromHash(){
  var id = decodeURIComponent(location.hash.slice(1));
  if (id && document.getElementById(id)) activate([id], false);
}
window.addEventListener("hashchange", fromHash);
fromHash();
})();
"""

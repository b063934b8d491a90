"""The HTML report: everything escaped, every highlight on exactly its characters, the CLI."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclaims
from newsclaims import Citation, Claim, Document, Finding, Marker, Removal, Section, Span, hookimpl
from newsclaims._cli.report import page_name
from newsclaims.cli import main
from newsclaims.testing import documents, manager_with

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
VOID = {"meta", "br", "input", "img", "link", "hr"}


class Page(HTMLParser):
    """Parses a report: checks the nesting and collects the text of each annotation."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.texts: dict[str, list[str]] = {}
        self.raw: list[str] = []
        self.scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        assert not (tag == "a" and any(t == "a" for t, _ in self.stack)), "a link in a link"
        self.tags.append((tag, a))
        if tag not in VOID:
            self.stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        top, _ = self.stack.pop()
        assert top == tag, f"</{tag}> closes <{top}>"

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] == "script":
            self.scripts.append(data)
        classes = [a.get("class", "").split() for _, a in self.stack]
        if any("nc-ui" in c for c in classes):
            return
        if any("nc-raw" in c for c in classes):
            self.raw.append(data)
        for key in dict.fromkeys(a["data-nc"] for _, a in self.stack if "data-nc" in a):
            self.texts.setdefault(key, []).append(data)

    def text_of(self, key: str) -> str:
        return "".join(self.texts.get(key, []))


def parse_page(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert [t for t, _ in parser.stack] == [], "unclosed elements"
    return parser


def expected(doc: Document) -> dict[str, str]:
    """The raw characters each annotation must cover, by its ``data-nc`` key."""
    raw = doc.raw

    def at(span: Span) -> str:
        return doc.raw_span(span).slice(raw)

    out = {f"nc-section-{i}": at(s.span) for i, s in enumerate(doc.sections)}
    out.update({f"nc-removal-{i}": r.text for i, r in enumerate(doc.removals)})
    out.update({f"nc-claim-{i}": at(c.span) for i, c in enumerate(doc.claims)})
    out.update({f"nc-marker-{i}": at(m.span) for i, m in enumerate(doc.markers)})
    for i, c in enumerate(doc.citations):
        if c.span is not None:
            out[f"nc-entry-{i}"] = at(c.span)
    for i, f in enumerate(doc.findings):
        if f.span is not None:
            out[f"nc-fspan-{i}"] = at(f.span)
        if f.evidence is not None:
            out[f"nc-fev-{i}"] = at(f.evidence)
    return out


def check_highlights(doc: Document) -> Page:
    page = parse_page(newsclaims.render_report(doc))
    assert "".join(page.raw) == doc.raw
    for key, chars in expected(doc).items():
        assert page.text_of(key) == chars, key
        ids = [a for _, a in page.tags if a.get("id") == key]
        assert len(ids) == 1, key
    return page


HOSTILE = (
    '<script>alert("x")</script> & "quotes" \'single\' <img src=x onerror=alert(1)> '
    "</div></main><b>bold</b> &amp; &lt;script&gt; ]]> <!-- comment --> <![CDATA[x]]>"
)


class Hostile:
    """Puts markup in every string a report shows: reasons, kinds, messages, labels, URLs."""

    @hookimpl
    def newsclaims_register_cleaners(self, register):  # type: ignore[no-untyped-def]
        register("c", lambda doc: [Removal(span=Span(0, 8), reason=HOSTILE)])

    @hookimpl
    def newsclaims_register_sectioners(self, register):  # type: ignore[no-untyped-def]
        register("s", lambda doc: [Section(HOSTILE, Span(0, 20))])

    @hookimpl
    def newsclaims_register_citation_parsers(self, register):  # type: ignore[no-untyped-def]
        def parser(doc: Document) -> Iterable[Marker | Citation]:
            yield Marker(span=Span(2, 9), labels=(HOSTILE,), style=HOSTILE)
            yield Citation(
                label=HOSTILE,
                title=HOSTILE,
                url="javascript:alert(1)",
                publisher=HOSTILE,
                raw=HOSTILE,
                span=Span(30, 60),
            )

        register("p", parser)

    @hookimpl
    def newsclaims_register_claim_extractors(self, register):  # type: ignore[no-untyped-def]
        def extract(doc: Document) -> Iterable[Claim]:
            yield Claim(text=doc.text[5:40], span=Span(5, 40), kind=HOSTILE, speaker=HOSTILE)

        register("x", extract)

    @hookimpl
    def newsclaims_register_auditors(self, register):  # type: ignore[no-untyped-def]
        def audit(doc: Document) -> Iterable[Finding]:
            yield Finding(kind=HOSTILE, message=HOSTILE, claim=0, citation=HOSTILE)
            yield Finding(kind=HOSTILE, message=HOSTILE, span=Span(1, 3), evidence=Span(3, 9))

        register("a", audit)


def test_markup_in_the_text_and_in_every_field_renders_as_text() -> None:
    raw = (HOSTILE + "\n") * 4
    doc = newsclaims.parse(
        raw,
        plugin_manager=manager_with(Hostile()),
        id=HOSTILE,
        title=HOSTILE,
        source=HOSTILE,
        url=HOSTILE,
        date=HOSTILE,
    )
    page = newsclaims.render_report(doc)
    parsed = check_highlights(doc)
    tags = {t for t, _ in parsed.tags}
    assert not tags & {"img", "b", "iframe", "object"}
    assert [t for t, _ in parsed.tags].count("script") == 1
    assert "".join(parsed.scripts).strip().startswith("(function(){")
    for _, a in parsed.tags:
        assert not any(k.startswith("on") for k in a), a
        assert not a.get("href", "").lower().startswith("javascript:")
    assert "<!--" not in page
    assert HOSTILE not in page  # every copy is escaped
    # The unsafe URL is shown as text, not as a link.
    assert '<span class="nc-url">javascript:alert(1)</span>' in page


def test_index_escapes_and_sorts_by_findings() -> None:
    quiet = newsclaims.parse("Nothing to see.", plugin_manager=manager_with(), id="b<i>")
    # Without the built-in auditors, whose findings (HTML left in the text) would add columns.
    audits = [
        "newsclaims.audit_artifacts",
        "newsclaims.audit_citations",
        "newsclaims.audit_support",
    ]
    pm = newsclaims.make_plugin_manager(entry_points=False, plugins=[Hostile()], disable=audits)
    loud = newsclaims.parse(HOSTILE * 3, plugin_manager=pm, id="a")
    page = newsclaims.render_index([("quiet.html", quiet), ('"loud".html', loud)])
    parsed = parse_page(page)
    links = [a["href"] for t, a in parsed.tags if t == "a"]
    assert links == ['"loud".html', "quiet.html"]
    assert not {t for t, _ in parsed.tags} & {"i", "img", "b"}
    assert [t for t, _ in parsed.tags].count("script") == 1
    # Columns: claims, citations, findings, then one per finding kind (the hostile one too).
    kinds = sorted({f.kind for d in (quiet, loud) for f in d.findings})
    counts = [len(loud.claims), len(loud.citations), len(loud.findings)]
    counts += [sum(f.kind == k for f in loud.findings) for k in kinds]
    assert "".join(f'<td class="nc-num">{n}</td>' for n in counts) in page
    assert '<th scope="col">&lt;script&gt;' in page


@settings(max_examples=60)
@given(documents().filter(lambda d: len(d.text) > 0), st.data())
def test_every_highlight_covers_exactly_its_span(doc: Document, data: st.DataObject) -> None:
    n = len(doc.text)
    spans = st.builds(lambda a, b: Span(min(a, b), max(a, b)), st.integers(0, n), st.integers(0, n))
    nonempty = spans.filter(lambda s: len(s) > 0)
    extra_claims = [
        Claim(text=s.slice(doc.text), span=s, kind=k)
        for s, k in data.draw(
            st.lists(st.tuples(nonempty, st.sampled_from(["quote", "x y"])), max_size=4)
        )
    ]
    claims = sorted((*doc.claims, *extra_claims), key=lambda c: (c.span.start, c.span.end))
    sections = data.draw(st.lists(st.builds(Section, st.sampled_from(["a", "b"]), nonempty)))
    markers = data.draw(st.lists(st.builds(Marker, span=nonempty, labels=st.just(("1",)))))
    entries = data.draw(st.lists(st.builds(Citation, label=st.just("1"), span=nonempty)))
    findings = data.draw(
        st.lists(
            st.builds(
                Finding,
                kind=st.just("k"),
                message=st.just("m"),
                span=st.one_of(st.none(), spans),
                evidence=st.one_of(st.none(), spans),
                claim=st.one_of(st.none(), st.integers(0, len(claims) - 1))
                if claims
                else st.none(),
            ),
            max_size=3,
        )
    )
    doc = attrs.evolve(
        doc,
        claims=claims,
        sections=(*doc.sections, *sections),
        markers=(*doc.markers, *markers),
        citations=(*doc.citations, *entries[:1]),
        findings=(*doc.findings, *findings),
    )
    check_highlights(doc)


@pytest.mark.parametrize("sample", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_the_samples_render_exactly(sample: Path) -> None:
    doc = newsclaims.parse_file(sample)
    check_highlights(doc)
    assert newsclaims.render_report(doc) == newsclaims.render_report(newsclaims.parse_file(sample))


def test_a_crossing_claim_is_split_and_keeps_one_id() -> None:
    raw = "Alpha beta gamma delta."
    doc = Document(
        raw=raw,
        text=raw,
        sections=(Section("headline", Span(0, 10)), Section("body", Span(11, 23))),
        claims=(Claim(text=raw[6:16], span=Span(6, 16), kind="quote", speaker="Ann"),),
    )
    page = newsclaims.render_report(doc)
    assert (
        '<mark id="nc-claim-0" tabindex="-1" class="nc-claim nc-kind-quote"' in page
        and page.count('data-nc="nc-claim-0"') == 2
    )
    assert check_highlights(doc).text_of("nc-claim-0") == "beta gamma"


def test_dangling_markers_and_unused_entries_are_marked() -> None:
    raw = "Rain fell [1]. Sun shone [2].\n[2] Weather service\n[3] Almanac"
    doc = Document(
        raw=raw,
        text=raw,
        markers=(
            Marker(span=Span(10, 13), labels=("1",)),
            Marker(span=Span(25, 28), labels=("2",)),
        ),
        citations=(
            Citation(label="1"),
            Citation(label="2", title="Weather service", span=Span(30, 49)),
            Citation(label="3", title="Almanac", span=Span(50, 61)),
        ),
        findings=(
            Finding(kind="unused", message="never cited", citation="3"),
            Finding(kind="dangling", message="no entry", citation="1"),
        ),
    )
    parsed = check_highlights(doc)
    targets = [a["href"] for _, a in parsed.tags if "nc-finding-link" in a.get("class", "")]
    assert sorted(targets) == ["#nc-cite-0", "#nc-entry-2"]
    by_id = {a["id"]: a for _, a in parsed.tags if "id" in a}
    assert "nc-dangling" in by_id["nc-marker-0"]["class"]
    assert by_id["nc-marker-0"]["href"] == "#nc-cite-0"
    assert "nc-dangling" not in by_id["nc-marker-1"]["class"]
    assert by_id["nc-marker-1"]["href"] == "#nc-entry-1"
    assert "nc-unused" not in by_id["nc-entry-1"]["class"]
    assert "nc-unused" in by_id["nc-entry-2"]["class"]
    backs = [a["href"] for _, a in parsed.tags if "nc-back" in a.get("class", "")]
    assert backs == ["#nc-marker-1"]


def test_removals_show_plugin_and_reason() -> None:
    raw = "Skip to content\nThe mayor resigned."

    class Nav:
        @hookimpl
        def newsclaims_register_cleaners(self, register):  # type: ignore[no-untyped-def]
            register("nav", lambda doc: [Removal(span=Span(0, 16), reason="site navigation")])

    doc = newsclaims.parse(raw, plugin_manager=manager_with(Nav()))
    parsed = check_highlights(doc)
    (removed,) = [a for _, a in parsed.tags if a.get("id") == "nc-removal-0"]
    assert "site navigation" in removed["title"] and "Nav" in removed["title"]
    assert removed["data-label"] == removed["title"].removeprefix("Removed by ")


def run_cli(*argv: str) -> list[str]:
    out = io.StringIO()
    assert main(list(argv), out=out) == 0
    return out.getvalue().splitlines()


def test_cli_writes_a_page_per_document_and_an_index(tmp_path: Path) -> None:
    samples = [str(p) for p in sorted(EXAMPLES.glob("*.txt"))]
    lines = run_cli("report", *samples, samples[0], "-o", str(tmp_path / "out"))
    names = sorted(Path(line).name for line in lines)
    stems = [Path(s).stem for s in samples]
    assert names == sorted(
        [f"{stems[0]}.html", f"{stems[0]}-2.html", f"{stems[1]}.html", "index.html"]
    )
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    for name in names:
        assert (f'href="{name}"' in index) == (name != "index.html")


def test_cli_writes_no_index_for_one_document(tmp_path: Path) -> None:
    sample = str(sorted(EXAMPLES.glob("*.txt"))[0])
    (line,) = run_cli("report", sample, "-o", str(tmp_path))
    assert Path(line).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not (tmp_path / "index.html").exists()


@pytest.mark.parametrize(
    ("doc_id", "name"),
    [
        ("examples/story.txt", "story.html"),
        ("drafts/notes.md", "notes.html"),
        ("saved/Page.HTML.gz", "Page.html"),
        ("record-7", "record-7.html"),
        ("v1.2 draft", "v1.2_draft.html"),
        (None, "document.html"),
    ],
)
def test_page_names_leave_out_the_input_file_ending(doc_id: str | None, name: str) -> None:
    assert page_name(doc_id, set()) == name


def test_page_names_differ_in_more_than_case_and_are_no_devices() -> None:
    # (macOS and Windows take Storm.html and storm.html for one file; con.html is a device.)
    taken = {"index.html"}
    ids = ["wire/Storm.txt", "feed/storm.md", "STORM", "Index", "con", "NUL.txt", "com1.x", "lpt"]
    ids += ["con.v2.txt", "Aux.1.2"]
    names = [page_name(doc_id, taken) for doc_id in ids]
    assert names == [
        "Storm.html",
        "storm-2.html",
        "STORM-3.html",
        "Index-2.html",
        "con_.html",
        "NUL_.html",
        "com1_.x.html",
        "lpt.html",
        "con_.v2.html",  # (con.v2_.html was the console: the device's name is before a dot)
        "Aux_.1.2.html",
    ]
    assert len({n.lower() for n in names} | {"index.html"}) == len(names) + 1


def test_cli_pages_of_ids_differing_in_case_are_all_written(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    stories = {
        "Budget": "The council approved the budget on Monday, officials said.",
        "budget": "The mayor said the new bridge would reopen in May.",
        "INDEX": "Police said two people were hurt in the crash on Sunday.",
    }
    feed.write_text(
        "".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in stories.items()), "utf-8"
    )
    lines = run_cli("report", str(feed), "-o", str(tmp_path / "out"))
    pages = [Path(line).name for line in lines]
    assert pages == ["Budget.html", "budget-2.html", "INDEX-2.html", "index.html"]


def test_cli_writes_one_document_to_a_named_html_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    samples = [str(p) for p in sorted(EXAMPLES.glob("*.txt"))]
    target = tmp_path / "page.html"
    (line,) = run_cli("report", samples[0], "-o", str(target))
    assert line == str(target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    # Several documents need a directory: a clear error, and no page written.
    other = tmp_path / "two.html"
    assert main(["report", *samples, "-o", str(other)], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert "two.html" in err and "several documents" in err
    assert not other.exists()


def test_cli_reports_an_unwritable_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    sample = str(sorted(EXAMPLES.glob("*.txt"))[0])
    assert main(["report", sample, "-o", str(blocker / "sub")], out=io.StringIO()) == 2
    assert "newsclaims: error:" in capsys.readouterr().err


def test_the_findings_panel_links_each_finding_to_what_it_concerns() -> None:
    raw = "The   mayor\nresigned on Friday. She gave no reason at all, said the town clerk."
    claims = (
        Claim(text=raw[:31], span=Span(0, 31)),
        Claim(text=raw[32:], span=Span(32, len(raw))),
    )
    doc = Document(
        raw=raw,
        text=raw,
        claims=claims,
        findings=(
            Finding(kind="whole", message="about the document", severity="note"),
            Finding(kind="claim", message="about claim 2", claim=1, evidence=Span(0, 9)),
            Finding(kind="span", message="about a span", severity="error", span=Span(6, 11)),
        ),
    )
    page = newsclaims.render_report(doc)
    parsed = parse_page(page)
    links = {
        a["href"]: a["data-nc-target"]
        for _, a in parsed.tags
        if "nc-finding-link" in a.get("class", "")
    }
    assert links == {"#nc-claim-1": "nc-claim-1 nc-fev-1", "#nc-fspan-2": "nc-fspan-2"}
    # Each finding quotes what it is about, on one line; the kinds are counted.
    assert (
        '<span class="nc-excerpt">The mayor resigned on Friday.</span>' not in page
    )  # not claim 1
    assert '<span class="nc-excerpt">She gave no reason at all, said the town clerk.</span>' in page
    assert '<span class="nc-excerpt">mayor</span>' in page
    assert "claim 1 · span 1 · whole 1" in page
    assert "whole document" in page
    # A claim with a finding is flagged, and its title says why.
    (claim,) = [a for _, a in parsed.tags if a.get("id") == "nc-claim-1"]
    assert "nc-flagged" in claim["class"] and "about claim 2" in claim["title"]


def test_cli_reads_what_extract_reads_and_names_pages_by_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = tmp_path / "feed.jsonl"
    records.write_text(
        '{"id": "a/b:1", "text": "Prices rose [1]."}\n'
        '{"id": "../x y", "text": "Rain fell."}\n'
        '{"id": "a/b:1", "text": "Again."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    argv = ["report", "--keep-going", str(records), str(tmp_path / "missing.txt"), "-o", str(out)]
    assert main(argv, out=io.StringIO()) == 2  # (the missing file: see test_cli_keep_going)
    assert sorted(p.name for p in out.iterdir()) == [
        "b_1-2.html",
        "b_1.html",
        "index.html",
        "x_y.html",
    ]
    assert "skipped" in capsys.readouterr().err


def test_marks_removed_inside_a_line_have_no_badge_and_link_sources_no_bracketed_url() -> None:
    raw = (
        "Home\nWorld\nBusiness\nMarkets\n\n# Exports beat forecasts in March\n\n"
        "Exports rose by **12%** in March, the [trade ministry](https://gov.example/t) said on "
        "Friday, beating forecasts. ([Reuters](https://reuters.example/a))\n\n"
        "Imports fell by 3% over the same month, customs data showed on Friday afternoon, "
        "the third fall in a row. (apnews.example)\n"
    )
    doc = newsclaims.parse(raw)
    page = newsclaims.render_report(doc)
    shown = [
        (r.reason, 'class="nc-removed nc-quiet"' in page.split(f'id="nc-removal-{i}"')[1][:80])
        for i, r in enumerate(doc.removals)
    ]
    # The menu keeps its badge; the heading's mark, the two ** and the link's marks are quiet.
    assert shown[0] == ("navigation", False)
    assert [reason for reason, _ in shown[1:]] == [
        "markdown heading mark",
        *["markdown emphasis"] * 2,
        *["markdown link mark"] * 2,
    ]
    assert all(quiet for _, quiet in shown[1:])
    assert ".nc-removed:not(.nc-quiet)::before" in page
    # A source cited by a link or a domain is named, not shown as [its URL].
    assert "[https://reuters.example/a]" not in page and "[apnews.example]" not in page
    assert 'title="Marker 1 cites Reuters"' in page


def test_a_nul_character_is_written_as_its_symbol_in_its_place() -> None:
    raw = "Prices rose\x00 in May, the office said.\nWages\x00 fell in June.\n"
    doc = newsclaims.parse(raw, title="Prices\x00 rise")
    page = newsclaims.render_report(doc)
    assert "\x00" not in page  # (a parser drops it, and the text stood a character short)
    assert "Prices rose\u2400 in May" in page and "Prices\u2400 rise" in page


class EveryMark:
    """Removes every ``**`` of a text, as the Markdown cleaner removes bold marks."""

    @hookimpl
    def newsclaims_register_cleaners(self, register):  # type: ignore[no-untyped-def]
        def cleaner(doc: Document) -> Iterable[Removal]:
            at = doc.raw.find("**")
            while at >= 0:
                yield Removal(span=Span(at, at + 2), reason="bold")
                at = doc.raw.find("**", at + 2)

        register("marks", cleaner)


def _render_time(raw: str) -> float:
    doc = newsclaims.parse(raw, plugin_manager=manager_with(EveryMark(), defaults=False))
    times = []
    for _ in range(3):
        started = time.process_time()
        newsclaims.render_report(doc)
        times.append(time.process_time() - started)
    return min(times)


@pytest.mark.parametrize("newline", [" ", "\n"])
def test_a_report_takes_time_linear_in_the_removals(newline: str) -> None:
    # Each removal's line number was counted from the text's start, and its line's start
    # looked for back from it: 16 times the text and the removals cost 256 times the time
    # (minutes for a Markdown answer of a few MB). Linear: about 16 times.
    def text(size: int) -> str:
        return f"Plain words{newline}" * (size // 12) + "**Bold** word, " * (size // 250)

    small = _render_time(text(62_500))
    large = _render_time(text(1_000_000))
    assert large < 64 * small + 0.5, f"{small:.3f} s; {large:.3f} s"

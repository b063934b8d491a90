"""The audit on the two sample articles, with the built-in plugins only."""

from __future__ import annotations

import newsclaims
from newsclaims import Document
from newsclaims.testing import manager_with


def parse(text: str) -> Document:
    return newsclaims.parse(text, plugin_manager=manager_with())


def flagged(doc: Document, kind: str) -> list[str]:
    return [
        doc.claims[f.claim].text for f in doc.findings if f.kind == kind and f.claim is not None
    ]


def test_ai_summary_closing_analysis_is_uncited(ai_summary: str) -> None:
    doc = parse(ai_summary)
    closing = ai_summary.rstrip().rsplit("\n", 1)[1]
    start = doc.text.index(closing)
    closing_claims = [
        c.text for c in doc.claims if start <= c.span.start and c.kind not in ("pull_quote",)
    ]
    assert closing_claims, "the closing paragraph has claims"
    uncited = flagged(doc, "uncited_claim")
    assert all(c in uncited for c in closing_claims)
    assert closing_claims[0].startswith("The transition to a comprehensive strategic partnership")
    # Cited sentences are not flagged.
    assert not any(c.citations and c.text in uncited for c in doc.claims)


def test_scraped_find_and_replace_damage_is_an_artifact(scraped: str) -> None:
    doc = parse(scraped)
    texts = [f.span.slice(doc.text) for f in doc.findings if f.kind == "artifact" and f.span]
    assert "websiteese" in texts
    assert not any("Vietnam" in t for t in texts)


def test_scraped_references_are_all_unused_with_suggested_links(scraped: str) -> None:
    doc = parse(scraped)
    unused = {f.citation: f for f in doc.findings if f.kind == "unused_citation"}
    # The text cites nothing: one finding over the list, and one for each suggested link.
    assert sorted(unused, key=str) == ["1", "5", None]
    assert "none of the 5 reference entries is cited" in unused[None].message
    radars = unused["1"]  # "Japan to provide radars to Philippines as part of ... assistance"
    assert radars.claim is not None and radars.score is not None
    assert "radars to the Philippines" in doc.claims[radars.claim].text


def test_scraped_key_point_5_is_unsupported(scraped: str) -> None:
    doc = parse(scraped)
    points = [c for c in doc.claims if c.kind == "key_point"]
    assert len(points) == 5
    unsupported = flagged(doc, "unsupported_claim")
    assert points[4].text in unsupported
    assert not any(p.text in unsupported for p in points[:4])

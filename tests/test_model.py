from __future__ import annotations

import attrs
import pytest

from newsclaims import Claim, Document, Finding, Removal, Section, Span


def test_span_rejects_negative_and_reversed() -> None:
    with pytest.raises(ValueError, match=">= 0"):
        Span(-1, 2)
    with pytest.raises(ValueError, match="after its end"):
        Span(3, 2)


def test_span_helpers() -> None:
    s = Span(2, 5)
    assert s.slice("abcdefg") == "cde"
    assert len(s) == 3
    assert s.contains(Span(3, 5)) and not s.contains(Span(1, 3))
    assert s.overlaps(Span(4, 9)) and not s.overlaps(Span(5, 9))


def test_types_are_frozen() -> None:
    s = Span(0, 1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        s.start = 3  # type: ignore[misc]


def test_claim_text_must_match_span_length() -> None:
    with pytest.raises(ValueError, match="covers"):
        Claim(text="abc", span=Span(0, 4))


def test_document_rejects_span_outside_text() -> None:
    with pytest.raises(ValueError, match="outside the text"):
        Document(raw="abc", text="abc", sections=[Section("body", Span(0, 4))])


def test_document_rejects_claim_whose_text_differs() -> None:
    with pytest.raises(ValueError, match="is not the text"):
        Document(raw="abc", text="abc", claims=[Claim(text="xyz", span=Span(0, 3))])


def test_document_checks_removals_against_text() -> None:
    r = Removal(span=Span(0, 2), reason="nav", plugin="p", text="ab")
    Document(raw="abcd", text="cd", removals=[r])
    with pytest.raises(ValueError, match="removals taken out"):
        Document(raw="abcd", text="abcd", removals=[r])
    with pytest.raises(ValueError, match="overlap"):
        Document(raw="abcd", text="", removals=[r, r])


def test_finding_severity_and_claim_index_are_checked() -> None:
    with pytest.raises(ValueError, match="severity"):
        Finding(kind="x", message="m", severity="fatal")
    with pytest.raises(ValueError, match="does not exist"):
        Document(raw="a", text="a", findings=[Finding(kind="x", message="m", claim=0)])


def test_body_joins_body_sections() -> None:
    doc = Document(
        raw="H\nA\nR\nB",
        text="H\nA\nR\nB",
        sections=[
            Section("headline", Span(0, 1)),
            Section("body", Span(2, 3)),
            Section("references", Span(4, 5)),
            Section("body", Span(6, 7)),
        ],
    )
    assert doc.body == "A\n\nB"
    assert doc.section_at(4) == Section("references", Span(4, 5))
    assert doc.section_at(1) is None


def test_to_raw_maps_offsets_across_removals() -> None:
    raw = "xxHELLOyyWORLD"
    removals = [
        Removal(span=Span(0, 2), reason="a", plugin="p", text="xx"),
        Removal(span=Span(7, 9), reason="b", plugin="p", text="yy"),
    ]
    doc = Document(raw=raw, text="HELLOWORLD", removals=removals)
    for i, ch in enumerate(doc.text):
        assert raw[doc.to_raw(i)] == ch
    assert doc.raw_span(Span(3, 7)) == Span(5, 11)
    assert raw[5:11] == "LOyyWO"
    with pytest.raises(ValueError):
        doc.to_raw(11)

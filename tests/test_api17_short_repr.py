"""The repr of a Document (and of a Removal or Record, which hold whole texts) is short: a
1 MB article printed in a REPL or a log line showed the whole raw and cleaned text."""

from __future__ import annotations

import pytest

import newsclaims
from newsclaims import Document, Record, Removal, Span

PARAGRAPHS = [
    "Die Bundesregierung hat am Mittwoch den Haushaltsentwurf für 2025 beschlossen [1].",
    "The council voted 7-2 on Monday to raise parking fees, the mayor's office said.",
    "«Nous n'avons pas d'autre choix», a déclaré la ministre lors d'une conférence de presse.",
    "Rainfall in the region was 40% below average for the third year running, data showed.",
]


@pytest.fixture(scope="module")
def pm() -> object:
    return newsclaims.make_plugin_manager(entry_points=False)


def _article(size: int) -> str:
    body, i = [], 0
    while sum(map(len, body)) < size:
        body.append(PARAGRAPHS[i % len(PARAGRAPHS)])
        i += 1
    return "Budget approved\n\n" + "\n\n".join(body) + "\n\nSources\n[1] Haushalt 2025, Reuters"


@pytest.mark.parametrize("size", [2_000, 200_000, 1_000_000])
def test_a_documents_repr_is_short_whatever_its_length(size: int, pm: object) -> None:
    raw = _article(size)
    doc = newsclaims.parse(raw, id=f"story-{size}", source="Reuters", plugin_manager=pm)  # type: ignore[arg-type]
    shown = repr(doc)
    assert len(shown) < 500, shown
    assert "\n" not in shown
    assert shown.startswith("Document(id='story-") and "source='Reuters'" in shown
    assert f"({len(doc.text)} chars)" in shown
    assert repr(doc.text[:60]) in shown  # the start of the text, as Python writes it
    for name in ("removals", "sections", "sentences", "markers", "citations", "claims"):
        assert f"{len(getattr(doc, name))} {name}" in shown
    assert str(doc) == shown


def test_a_short_document_shows_its_whole_text_and_says_what_was_removed() -> None:
    raw = "Advertisement\nPrices rose 3% in May [1]."
    removal = Removal(span=Span(0, 14), reason="advertisement", text=raw[:14])
    doc = Document(raw=raw, text=raw[14:], title="Prices", removals=[removal])
    assert repr(doc) == (
        "Document(title='Prices', text='Prices rose 3% in May [1].', raw=40 chars, "
        "1 removals, 0 sections, 0 sentences, 0 markers, 0 citations, 0 claims, 0 findings)"
    )
    assert repr(Document(raw="", text="")).startswith("Document(text='', 0 removals")


def test_a_long_title_or_url_is_shortened_too() -> None:
    title = "Minister resigns " * 20
    doc = Document(raw="Text.", text="Text.", title=title, url="https://example.org/" + "a" * 500)
    shown = repr(doc)
    assert len(shown) < 400
    assert f"({len(title)} chars)" in shown


def test_equality_and_hashing_are_unchanged(pm: object) -> None:
    raw = _article(5_000)
    a = newsclaims.parse(raw, id="x", plugin_manager=pm)  # type: ignore[arg-type]
    b = newsclaims.parse(raw, id="x", plugin_manager=pm)  # type: ignore[arg-type]
    assert a == b and hash(a) == hash(b)
    # Documents whose texts differ past what the repr shows are still different.
    c = newsclaims.parse(raw + " More.", id="x", plugin_manager=pm)  # type: ignore[arg-type]
    assert a != c
    assert Document.from_dict(a.to_dict()) == a


def test_a_removal_and_a_record_shorten_their_long_text() -> None:
    banner = "Subscribe to our newsletter for the latest headlines. " * 400
    removal = Removal(span=Span(0, len(banner)), reason="promo", text=banner)
    assert len(repr(removal)) < 250 and f"({len(banner)} chars)" in repr(removal)
    assert repr(Removal(span=Span(0, 5), reason="ad", text="Promo")) == (
        "Removal(span=Span(start=0, end=5), reason='ad', plugin='', text='Promo')"
    )
    record = Record(text=_article(100_000), id="wire-1")
    assert len(repr(record)) < 300 and "id='wire-1'" in repr(record)
    assert repr(Record(text="Short.")).startswith("Record(text='Short.', id=None")

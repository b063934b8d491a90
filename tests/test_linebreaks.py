"""Windows line breaks (newsclaims.linebreaks): a CRLF text parses as the same text with LF."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings

import newsclaims
from newsclaims._cli.clean import write_removed
from newsclaims._text import rebuild_raw
from newsclaims.cli import main
from newsclaims.default_plugins.linebreaks import bom_removals, crlf_removals
from newsclaims.testing import article_texts

from .conftest import SHARED

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PAGES = sorted((SHARED / "data" / "aeb-dev" / "pages").glob("*.txt"))

SUMMARY = """\
# Port strike ends after nine days

Key points:
1. Dock workers accepted a 9% raise over three years [1].
2. Ships queued off the coast for a week [2].

The union voted on Sunday to accept the offer, its president said [1].
"We got what we asked for," said Maria Lopez, the union's president [2].

Sources
[1] Daily Ledger - Dock workers back deal
[2] Harbor Times - Shipping queues grow
"""


#: A Markdown summary, an AI summary and a scraped page.
THREE_TEXTS = pytest.mark.parametrize(
    "text",
    [
        SUMMARY,
        (EXAMPLES / "ai_summary_japan_philippines.txt").read_text(encoding="utf-8"),
        (EXAMPLES / "scraped_ann_gsomia.txt").read_text(encoding="utf-8"),
    ],
    ids=["markdown summary", "ai summary", "scraped page"],
)


def outcome(doc: newsclaims.Document) -> tuple[object, ...]:
    """What a reader gets from a document, whatever its line breaks."""
    return (
        doc.title,
        doc.body,
        [(s.kind, s.span.slice(doc.text)) for s in doc.sections],
        [(c.kind, c.text, c.speaker, c.verb, c.citations, c.checkworthy) for c in doc.claims],
        [(c.label, c.title, c.url, c.publisher, c.date) for c in doc.citations],
        [(f.kind, f.message, f.claim) for f in doc.findings],
    )


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def test_only_the_carriage_return_of_a_crlf_break_goes() -> None:
    raw = "One.\r\nTwo.\rThree.\r\n\r\nFour."
    assert [(r.span.start, r.span.end, r.reason) for r in crlf_removals(raw)] == [
        (4, 5, "carriage return"),
        (17, 18, "carriage return"),
        (19, 20, "carriage return"),
    ]
    assert crlf_removals("No carriage return here.\n") == []


@THREE_TEXTS
def test_a_crlf_text_gives_what_the_same_text_with_lf_gives(text: str) -> None:
    windows = crlf(text)
    doc = newsclaims.parse(windows)
    assert outcome(doc) == outcome(newsclaims.parse(text))
    assert "\r" not in doc.text
    assert rebuild_raw(doc.text, doc.removals) == windows


@pytest.mark.skipif(not PAGES, reason="needs ../shared/data/aeb-dev")
def test_every_benchmark_page_parses_the_same_with_crlf_breaks() -> None:
    pm = newsclaims.make_plugin_manager(entry_points=False)
    for path in PAGES:
        text = path.read_text(encoding="utf-8")
        lf = newsclaims.parse(text, plugin_manager=pm)
        assert outcome(newsclaims.parse(crlf(text), plugin_manager=pm)) == outcome(lf), path.name


@settings(max_examples=40, deadline=None)
@given(article_texts())
def test_line_breaks_do_not_change_the_outcome(text: str) -> None:
    text = text.replace("\r\n", "\n")  # (the strategy writes either kind of break)
    assert outcome(newsclaims.parse(crlf(text))) == outcome(newsclaims.parse(text))


def test_show_removed_counts_carriage_returns_without_listing_them() -> None:
    doc = newsclaims.parse(crlf("Home\nNews\nSport\n" + SUMMARY))
    out = io.StringIO()
    write_removed(doc, out)
    listing = out.getvalue()
    assert "carriage return" not in listing.split("newsclaims.linebreaks:")[0]
    n = sum(r.reason == "carriage return" for r in doc.removals)
    assert n > 0
    assert f"newsclaims.linebreaks: {n} removed (carriage return {n})" in listing


def test_the_cli_cleans_a_crlf_file_to_plain_lines(tmp_path: Path) -> None:
    path = tmp_path / "summary.txt"
    path.write_bytes(crlf(SUMMARY).encode("utf-8"))
    out = io.StringIO()
    assert main(["clean", str(path)], out=out) == 0
    body = out.getvalue()
    assert "\r" not in body
    assert body.startswith("The union voted on Sunday")  # the headline and key points are not body
    assert body.endswith("president [2].\n")


def test_a_byte_order_mark_at_the_start_goes_and_nowhere_else() -> None:
    assert [(r.span.start, r.span.end, r.reason) for r in bom_removals("\ufeffOne.")] == [
        (0, 1, "byte-order mark")
    ]
    assert bom_removals("One.\ufeffTwo.") == []  # a zero-width no-break space inside is text


@THREE_TEXTS
def test_a_text_with_a_byte_order_mark_gives_what_the_text_gives(text: str) -> None:
    for raw in ("\ufeff" + text, "\ufeff" + crlf(text)):
        doc = newsclaims.parse(raw)
        assert outcome(doc) == outcome(newsclaims.parse(text))
        assert not doc.text.startswith("\ufeff")
        assert rebuild_raw(doc.text, doc.removals) == raw


def test_a_utf8_file_saved_with_a_byte_order_mark_gives_clean_claims(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes(b"\xef\xbb\xbfThe mayor said the plan works.\r\n")
    out = io.StringIO()
    assert main(["extract", "--format", "text", str(path)], out=out) == 0
    assert "(statement) The mayor said the plan works." in out.getvalue()


def old_mac(text: str) -> str:
    return text.replace("\n", "\r")


LIVE_PAGE = """\
Skip to main content
Home
World
Sign in
Floods force thousands from their homes in northern Italy
By Marco Rossi
Share
14:32 GMT
Civil protection officials say more than 4,000 people have now been moved from their homes.
"We are asking everyone in the red zones to leave now," the regional president said.
Advertisement
13:58 GMT
Rail services between Bologna and Ferrara were suspended after part of the line flooded.
Most viewed
Man arrested after car hits crowd
Why are house prices falling again?
© 2026 Daily Courier Ltd. All rights reserved.
"""


@pytest.mark.parametrize(
    "text",
    [LIVE_PAGE, (EXAMPLES / "scraped_ann_gsomia.txt").read_text(encoding="utf-8")],
    ids=["live page", "ann page"],
)
def test_a_page_whose_lines_break_at_carriage_returns_alone_is_cleaned_as_with_lf(
    text: str,
) -> None:
    # Old Mac text, and some scrapers, break lines with '\r' alone: the page was one line to
    # the cleaner, and its menus, teasers and footer all stayed in the body.
    pm = newsclaims.make_plugin_manager(entry_points=False)
    lf = newsclaims.parse(text, plugin_manager=pm)
    mac = newsclaims.parse(old_mac(text), plugin_manager=pm)
    assert [(r.span, r.reason) for r in mac.removals] == [(r.span, r.reason) for r in lf.removals]
    assert mac.title == lf.title
    assert mac.body.startswith(old_mac(lf.body.split("\n", 1)[0]))
    assert rebuild_raw(mac.text, mac.removals) == old_mac(text)

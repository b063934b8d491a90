"""Tests of the Reuters plugin, with the tools newsclaims gives plugin authors."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import newsclaims_reuters
import pluggy
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclaims
from newsclaims.testing import article_texts, manager_with

STORY = (Path(__file__).parent / "wire_story.txt").read_text(encoding="utf-8")


def reuters_only() -> pluggy.PluginManager:
    """A plugin manager with this plugin alone, so that no other cleaner interferes."""
    return manager_with(newsclaims_reuters, defaults=False)


def rebuild(doc: newsclaims.Document) -> str:
    """Put the removed text back into the cleaned text: the raw text, if nothing was lost."""
    out, text_pos, raw_pos = [], 0, 0
    for r in doc.removals:
        kept = r.span.start - raw_pos
        out += [doc.text[text_pos : text_pos + kept], r.text]
        text_pos += kept
        raw_pos = r.span.end
    out.append(doc.text[text_pos:])
    return "".join(out)


def removed(doc: newsclaims.Document) -> list[tuple[str, str]]:
    return [(r.reason, r.text) for r in doc.removals]


def test_the_entry_point_names_the_module() -> None:
    (ep,) = [ep for ep in metadata.entry_points(group="newsclaims") if ep.name == "reuters"]
    assert ep.load() is newsclaims_reuters


def test_newsclaims_loads_the_plugin_through_its_entry_point() -> None:
    pm = newsclaims.make_plugin_manager()
    assert pm.get_plugin("reuters") is newsclaims_reuters


def test_identifies_reuters_by_dateline_or_url() -> None:
    identify = newsclaims_reuters.newsclaims_identify_source
    assert identify(raw="LONDON (Reuters) - Sterling fell.", url=None) == "Reuters"
    assert identify(raw="(Reuters) - Sterling fell.", url=None) == "Reuters"
    assert identify(raw="Headline\n\nNEW YORK/TOKYO (Reuters) — Oil rose.", url=None) == "Reuters"
    assert identify(raw="SAO PAULO, March 3 (Reuters) - Brazil said.", url=None) == "Reuters"
    # The Spanish, Portuguese and German services write the day first, and accents.
    assert identify(raw="MADRID, 12 mar (Reuters) - El banco dijo.", url=None) == "Reuters"
    assert identify(raw="SÃO PAULO, 4 abr (Reuters) - A Petrobras.", url=None) == "Reuters"
    assert identify(raw="BERLIN, 12. März (Reuters) - Die Regierung.", url=None) == "Reuters"
    assert identify(raw="Sterling fell.", url="https://www.reuters.com/markets/x") == "Reuters"
    assert identify(raw="Sterling fell.", url="https://notreuters.com/x") is None
    assert identify(raw="The agency (Reuters) - said so.", url=None) is None
    assert identify(raw="Sterling fell, Reuters reported.", url=None) is None


def test_the_source_reaches_the_document() -> None:
    doc = newsclaims.parse(STORY, plugin_manager=reuters_only())
    assert doc.source == "Reuters"


def test_the_dateline_keeps_its_place_and_loses_its_credit() -> None:
    doc = newsclaims.parse("LONDON (Reuters) - Sterling fell.", plugin_manager=reuters_only())
    assert doc.text == "LONDON - Sterling fell."
    assert removed(doc) == [("Reuters credit in the dateline", " (Reuters)")]


def test_a_dateline_without_a_place_goes_entirely() -> None:
    doc = newsclaims.parse("(Reuters) – Sterling fell.", plugin_manager=reuters_only())
    assert doc.text == "Sterling fell."


def test_the_sample_story() -> None:
    doc = newsclaims.parse(STORY, plugin_manager=reuters_only())
    assert removed(doc) == [
        (
            "note on a corrected or refiled story",
            "(This story has been corrected to fix the name of the port operator in paragraph 3)\n",
        ),
        ("Reuters credit in the dateline", " (Reuters)"),
        (
            "reporting and editing credits",
            "Reporting by Bart Meijer in Amsterdam and A. Smit in Rotterdam; "
            "Editing by Jan Harvey\n",
        ),
        ("Reuters standards footer", "Our Standards: The Thomson Reuters Trust Principles.\n"),
    ]
    assert all(r.plugin == "reuters" for r in doc.removals)
    assert "ROTTERDAM - The port of Rotterdam reopened" in doc.text
    assert doc.text.rstrip().endswith("a spokesperson for the port operator said.")
    assert rebuild(doc) == STORY


def test_credit_lines_are_removed_only_after_the_story() -> None:
    raw = (
        "LONDON (Reuters) - Sterling fell.\n"
        "Reporting by the statistics office showed prices rising\n"
        "Traders were cautious.\n"
        "(Reporting by Ann Lee; Editing by Bo Chan)\n"
    )
    doc = newsclaims.parse(raw, plugin_manager=reuters_only())
    assert "Reporting by the statistics office" in doc.text
    assert removed(doc)[-1] == (
        "reporting and editing credits",
        "(Reporting by Ann Lee; Editing by Bo Chan)\n",
    )


def test_a_closing_sentence_is_not_a_credit_line() -> None:
    raw = "(Reuters) - Sterling fell.\nWriting by hand is rare. Most traders type.\n"
    doc = newsclaims.parse(raw, plugin_manager=reuters_only())
    assert [r.reason for r in doc.removals] == ["Reuters credit in the dateline"]


def test_other_stories_are_left_alone() -> None:
    raw = "Sterling fell.\n\nReporting by Ann Lee; Editing by Bo Chan\n"
    doc = newsclaims.parse(raw, plugin_manager=reuters_only())
    assert doc.source is None
    assert doc.removals == ()


@settings(max_examples=60, deadline=None)
@given(
    body=article_texts(max_paragraphs=3),
    place=st.sampled_from(["", "LONDON ", "NEW YORK/TOKYO ", "SAO PAULO, March 3 "]),
    trailer=st.sampled_from(
        ["", "\nReporting by Ann Lee; Editing by Bo Chan", "\nWriting by A. B"]
    ),
)
def test_only_credits_go_and_the_raw_text_rebuilds(body: str, place: str, trailer: str) -> None:
    raw = f"{place}(Reuters) - {body}{trailer}"
    doc = newsclaims.parse(raw, plugin_manager=reuters_only())
    assert rebuild(doc) == raw
    assert doc.source == "Reuters"
    assert doc.text.startswith(f"{place.rstrip()} - " if place else body[:1])
    assert body.strip() in doc.text

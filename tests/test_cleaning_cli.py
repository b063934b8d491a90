"""``newsclaims clean --show-removed``: each removed block with its lines, plugin and reason."""

from __future__ import annotations

import io
from pathlib import Path

from newsclaims.cli import main

SCRAPED = str(Path(__file__).resolve().parent.parent / "examples" / "scraped_ann_gsomia.txt")


def run(*argv: str) -> str:
    out = io.StringIO()
    assert main(["--disable", "ann", *argv], out=out) == 0
    return out.getvalue()


def test_show_removed_names_lines_reason_and_plugin() -> None:
    lines = run("clean", "--show-removed", SCRAPED).splitlines()
    assert lines[0] == "line 1: navigation [newsclaims.cleaning]"
    assert lines[1] == "    Skip to content"
    assert "line 9: teaser [newsclaims.cleaning]" in lines
    assert "lines 46-48: navigation [newsclaims.cleaning]" in lines
    assert lines[-1].startswith("6 removed blocks, ")


def test_show_removed_marks_the_part_of_a_line_that_went() -> None:
    out = run("clean", "--show-removed", SCRAPED)
    assert "line 33: credit [newsclaims.cleaning] (part of a line)\n" in out
    assert "throughout this process.⟦ - THE JAPAN NEWS/ANN⟧\n" in out


def test_show_removed_counts_by_plugin_and_reason() -> None:
    out = run("clean", "--show-removed", SCRAPED)
    assert "newsclaims.cleaning: 6 removed (caption with agency credit 1, credit 1, " in out


def test_show_removed_shortens_long_blocks(tmp_path: Path) -> None:
    menu = "\n".join(f"Section {i}" for i in range(20))
    prose = (
        "The city council approved the new budget on Monday after a long debate about the "
        "cost of public transport and the repair of the old bridge over the river."
    )
    page = tmp_path / "page.txt"
    page.write_text(f"{menu}\n{prose}\n{prose}\n", encoding="utf-8")
    out = run("clean", "--show-removed", str(page))
    assert out.startswith("lines 1-20: navigation [newsclaims.cleaning]\n    Section 0\n")
    assert "    … and 12 more lines\n" in out


def test_show_removed_shows_a_removed_part_at_the_start_of_a_long_line(tmp_path: Path) -> None:
    lead = (
        "SEOUL (The Korea Herald/ANN) - The city council approved the new budget on Monday "
        "after a long debate about the cost of public transport and the old bridge."
    )
    story = tmp_path / "story.txt"
    story.write_text(f"{lead}\n{lead[30:]}\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["clean", "--show-removed", str(story)], out=out) == 0
    shown = out.getvalue().splitlines()[1]
    assert shown.startswith("    SEOUL⟦ (The Korea Herald/ANN)⟧ - The city council approved")
    assert shown.endswith("…") and len(shown) == 4 + 100

"""The readable output of the commands shows a document's text and never acts on the terminal.

A scraped or AI-written text may hold escape sequences (a colour, a screen clear, a window
title), a carriage return that draws over its line, or bidirectional overrides that show words
in another order than they have. ``extract --format text``, ``audit``, ``clean
--show-removed`` and the error lines on stderr show them as escapes (``\\x1b``), and the line
breaks inside a claim as spaces: one claim, one line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclaims.cli import main

HOSTILE = [
    "Police said \x1b[31mtwo\x1b[0m people were hurt.",  # a colour
    "The mayor said the \x1b[2J\x1b]0;owned\x07 bridge would reopen.",  # clear, title, bell
    "Officials said the vote passed.\rOfficials said the vote failed.",  # drawn over
    "The court said the fine was \u202e000,01\u202c euros.",  # shown in another order
    "Ministers said the\x01 budget\x08 would grow\x7f by 2%.",
    "Prices rose 3% in May,\u0085 the office said\u009b1m today.",  # C1: NEL and CSI
]


def unshown(text: str) -> list[str]:
    """The characters of ``text`` a terminal acts on (all but the line feed between lines)."""
    return [
        ch
        for ch in text
        if ch != "\n" and (ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F or ch in "\u202a\u202e\u202c")
    ]


@pytest.mark.parametrize("sentence", HOSTILE)
def test_extract_text_shows_control_characters_as_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Storm hits the coast\n\n{sentence} [1]\n\n[1] Wire report, 2024\n", "utf-8")
    assert main(["extract", str(path), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert unshown(out) == []
    for ch in unshown(sentence):
        if ch not in "\r\x85":  # (line breaks are shown as spaces)
            assert ascii(ch)[1:-1] in out


def test_audit_shows_control_characters_as_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "summary.txt"
    path.write_text(
        "".join(f"{s} [{n}]\n" for n, s in enumerate(HOSTILE, 2))
        + "\n[1] Reuters, 2024\n[2] AP, 2024\n",
        "utf-8",
    )
    main(["audit", str(path)])
    out = capsys.readouterr().out
    assert "dangling_marker" in out and "\\x1b[2J\\x1b]0;owned\\x07 bridge" in out
    assert unshown(out) == []


def test_clean_show_removed_shows_control_characters_as_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "Home | News | Sport \x1b[5mLIVE\x1b[0m\n\nStorm hits coast\n\n"
        "A powerful storm struck the coast on Monday, cutting power to 40,000 homes, officials "
        "said.\n\nCrews worked through the night to clear the roads.\n",
        "utf-8",
    )
    assert main(["clean", str(path), "--show-removed"]) == 0
    out = capsys.readouterr().out
    assert "\\x1b[5mLIVE" in out
    assert unshown(out) == []


def test_an_error_line_shows_control_characters_as_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        {"id": "ok", "text": "Officials said the plan passed on Monday."},
        {"id": "bad\x1b[2J\nline", "text": 5},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    assert main(["extract", str(path), "--keep-going", "--format", "text"]) == 2
    captured = capsys.readouterr()
    assert "failed: bad\\x1b[2J line: InputError" in captured.err
    assert unshown(captured.err) == [] and unshown(captured.out) == []

"""The splitter's shortcuts against the plain reference (every match of the scan).

Decided without the scan now: ". " before an ASCII capital (by comparisons), a full stop at a
line's end (without slices) and a cluster that is the text's last character (no cut, but the
full stop of an item number, "... 2.", which the scan still reads). Texts are built from the
pieces these rules read, many of them ending in one.
"""

from __future__ import annotations

import runpy
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.default_plugins import sentences

_PIECES = [
    *"aA. \n!?)…‽。1\"'”’“(x\t\u00a0—»•ǅⅠⅰ",
    *["Mr.", "U.S.", "No.", " 2.", "1.", " a.", "b.", "1) ", "a) ", "Smith", " The", " he"],
    *[". ", ". A", ". Z", ". a", ". 1", ".\n", ".\n\n", "\n\n", "\nThe", "\nthe", ".”\n"],
    *["!", "?", "…", "‽", "!\n", "?”", "..", "...", "We", "Sept", "St", "Ⅰ.", "ab", "x."],
]
_ENDINGS = st.sampled_from(["", ".", "!", "?", "…", "‽", " 2.", " a.", "ab.", "1.", "•a."])
_TEXTS = st.tuples(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), _ENDINGS).map(
    "".join
)


# The plain splitter of the earlier fast paths' tests (run from its file: tests is no package).
reference_split = runpy.run_path(str(Path(__file__).with_name("test_fast_paths_claims.py")))[
    "reference_split"
]


@settings(max_examples=3000)
@given(_TEXTS)
def test_the_splitter_gives_what_the_plain_scan_gives(text: str) -> None:
    assert list(sentences.split(text)) == list(reference_split(text))


def test_a_full_stop_that_ends_the_text_after_an_item_number_is_read() -> None:
    text = "We need: 1. bread 2."
    assert list(sentences.split(text)) == list(reference_split(text))

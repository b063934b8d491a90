"""The splitter's and the claim extractor's fast paths against plain references.

The check-worthiness test reads names in ASCII text with the stdlib ``re``.

The splitter decides more candidates without its scan: ". " after a plain word before any
character with no rule of its own, a full stop with closing quotes or brackets at a line's end,
and a full stop between capitals ("U.S") that no match of the scan can start at. Each is
compared with every match of the scan, found by ``finditer`` (the splitter as it was before its
fast paths), over texts built from the pieces these rules read.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.default_plugins import _checkworthy, sentences

_PIECES = [
    *"aA. \n\n!?)…‽。\r•1[]\"'”’“‘«(x\t\u00a0—–»›【¹Ⅰⅰ그ǅ",
    *["Mr.", "U.S.", "U.S", "A.B", "Washington", " The", "e.g.", "1) ", "a) ", "b. ", "No. 4"],
    *["...", ". . .", "[1]", " [2]", "He", "\n \n", ". [2] The", " said", "Smith", "3.5"],
    *[". ", ".”\n", '."\n\n', ".)\n", ".”) \n", "!”\n", '?"\n', ".’ ", ". “We", '. "no'],
    *[". 그", ". ǅ", ". ⅰ", ". Ⅰ", ". —", ". –", ". »", ". (", ". [", ". .", ".  ", ". \n"],
    *["Smith. “ⅰ", "Smith. (ⅰ", "Smith. «ǅ", "Smith. “1", "Smith. ('a"],
    *["world", ". ‹x", ". {", ". ((a", ". '1", ". «Ⅰ", ". (“", "'s"],
    *[", S.D.", "Vt.", "a.m.", "Jan.", "Dr.", "\nPARIS", "— Jane", "ABC", "\r\n", ", "],
    *["Burlington, Vt. – Jane", "Burlington, Vt. — Jane", " – ", "Paris, Tx"],
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _reference() -> Any:
    """The module of the earlier fast paths' tests, whose references these tests reuse."""
    path = Path(__file__).with_name("test_fast_paths_claims.py")
    spec = importlib.util.spec_from_file_location("_fast_paths_claims", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


reference_split = _reference().reference_split


@settings(max_examples=2000)
@given(_TEXTS)
def test_the_splitter_gives_what_every_match_of_the_scan_gives(text: str) -> None:
    assert list(sentences.split(text)) == list(reference_split(text))


_ASCII = st.lists(
    st.sampled_from(
        [*"Aab ", *" \t\n\"(),;:]'1_x.-", "Smith", "NASA", "AbC", "A1", "Ab_", "ab. ", "the", "He"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=2000)
@given(_ASCII)
def test_a_name_in_ascii_text_is_found_where_the_unicode_pattern_finds_one(text: str) -> None:
    """The stdlib pattern for ASCII text finds a name where the ``regex`` pattern does."""
    found = _checkworthy._NAMED.search(text) is not None
    assert (_checkworthy._ASCII_NAMED.search(text) is not None) is found

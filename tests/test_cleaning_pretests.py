"""The page cleaner's pre-tests and narrowed scans against plain reference implementations.

Each fast path is exact: a pre-test that says "no" proves the costly scan finds nothing, and a
narrowed scan finds what the full one finds.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.default_plugins import _lines, cleaning
from newsclaims.default_plugins._lines import Lines
from newsclaims.default_plugins.keypoints import key_point_list_spans, may_have_key_points
from newsclaims.default_plugins.references import may_have_plain_lists, plain_list_spans

# Lines of list items, headings and prose, with indentation and white space of every kind
# (characters that str.strip, re and regex read differently), digits of other scripts
# (Arabic-Indic, fullwidth, and Kawi: a digit to the regex module, not yet to re).
_PIECES = [
    *("1. ", "2. ", "3) ", "1) ", "10. ", "٣. ", "１. ", "\U00011f51. ", "- ", "• ", "* ", "— "),
    *("Sources", "SOURCES:", "**References**", "# Bibliography", "Works Cited", "works cited"),
    *("Citations", "Key points", "Highlights:", "Q: ", "A: ", "Reuters - Title", "apnews.com"),
    *("The plan was approved on Monday.", "It rose 7.3% in March.", "[1] Title", "¹ Title"),
    *(" ", "  ", "\t", "\r", "\x0b", "\x0c", "\x1c", "\xa0", "\u2028", "\n", "\n", "\n\n"),
    *("a", "Sign up", "word", "é", "Σ", "İ"),
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join) | st.text(
    alphabet="1.)-•*# \t\n\r\x1cSsourcesRBWwab:٣", max_size=80
)


def _nonblank(text: str) -> bool:
    return any(not p.isspace() and p for p in text.split("\n"))


@settings(max_examples=600)
@given(_TEXTS)
def test_no_key_points_where_the_pre_test_says_none(text: str) -> None:
    if not _nonblank(text):
        return
    if list(key_point_list_spans(text)):
        assert may_have_key_points(Lines(text).edges()[0], Lines(text).text)


@settings(max_examples=600)
@given(_TEXTS)
def test_no_plain_source_lists_where_the_pre_test_says_none(text: str) -> None:
    if not _nonblank(text):
        return
    lines = Lines(text)
    if list(plain_list_spans(text)):
        assert may_have_plain_lists(lines.text, *lines.edges())


def test_the_pre_tests_find_the_lists() -> None:
    text = "Intro line here.\n\nKey points\n- Rates rose on Monday.\n- Exports fell in May.\n"
    assert list(key_point_list_spans(text))
    assert may_have_key_points(Lines(text).edges()[0], Lines(text).text)
    # Items without bullets under a heading alone (a page's text scrape loses them).
    text = (
        "Intro line here.\nKey Points\nRates rose on Monday in Tokyo\nExports fell in May again\n"
    )
    assert list(key_point_list_spans(text))
    assert may_have_key_points(Lines(text).edges()[0], Lines(text).text)
    assert not may_have_key_points(Lines(text[:16]).edges()[0], Lines(text[:16]).text)
    # Letters that match a key phrase's case-insensitively but lower-case otherwise.
    for odd in ("İn brief", "ſummary", "\u212aey points"):
        text = (
            f"Intro line here.\n{odd}\nRates rose on Monday in Tokyo\nExports fell in May again\n"
        )
        assert list(key_point_list_spans(text))
        assert may_have_key_points(Lines(text).edges()[0], Lines(text).text)
    text = "The story.\n\n  **Sources:**\nReuters - Title\napnews.com\n"
    lines = Lines(text)
    assert list(plain_list_spans(text))
    assert may_have_plain_lists(lines.text, *lines.edges())
    assert not may_have_plain_lists(["The story."], "T", ".")


def test_edges_are_the_first_and_last_characters() -> None:
    lines = Lines("  ab c \n\n\tΣx.\n»q«")
    assert lines.edges() == ("aΣ»", "c.«")


# The lines that may start a numbered list, as the cleaner first found them: "1." or "1)" after
# a line break and indentation in the raw text (or the first line).
_FIRST_ITEM = re.compile(r"\n[^\S\n]*(1)[.)]\s")
_NUMBERED = regex.compile(r"(\d{1,2})[.)]\s+\S")


def _first_items_as_before(lines: Lines) -> list[int]:
    ones = {bisect_right(lines.cut, m.start(1)) - 1 for m in _FIRST_ITEM.finditer(lines.raw)}
    if lines.text and lines.text[0][0] == "1":
        ones.add(0)
    out = []
    for i in sorted(ones):
        m = _NUMBERED.match(lines.text[i])
        if m is not None and m.group(1) == "1":
            out.append(i)
    return out


@settings(max_examples=600)
@given(_TEXTS)
def test_numbered_lists_start_where_they_started(text: str) -> None:
    lines = Lines(text)
    starts = [
        i
        for i, t in enumerate(lines.text)
        if t.startswith(cleaning._FIRST_ITEMS)
        and (m := _NUMBERED.match(t)) is not None
        and m.group(1) == "1"
    ]
    assert starts == _first_items_as_before(lines)


@settings(max_examples=400)
@given(
    st.lists(st.text(alphabet="ab CKIİΣς\u212a©ẞß\n", max_size=20), min_size=1, max_size=8),
    st.lists(st.sampled_from(["ab", "ck", "©", "σ", "ς", "k", "i̇", "ß", "ss"]), max_size=4),
)
def test_parts_lower_cased_one_by_one_hold_what_the_joined_text_holds(
    parts: list[str], keys: list[str]
) -> None:
    parts = [p.replace("\n", " ") for p in parts]
    joined = "\n".join(parts)
    low = joined.lower()
    if len(low) != len(joined):
        expected = set(range(len(parts)))
    else:
        starts = [0]
        for p in parts[:-1]:
            starts.append(starts[-1] + len(p) + 1)
        expected = {
            bisect_right(starts, m.start()) - 1
            for key in keys
            for m in re.finditer(re.escape(key), low)
        }
    assert cleaning._parts_holding(parts, keys, lower=True) == expected


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_letters_are_counted_as_isalpha_counts_them(text: str) -> None:
    deleted = len(text) - len(text.translate(_lines._ASCII_LETTERS))
    assert deleted == sum(map(str.isalpha, text))

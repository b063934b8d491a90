"""Fast paths of the check-worthiness rules and the quote rules give what the plain rules give:
a pattern skipped by a cheap test is one that could not have matched."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.default_plugins import _checkworthy, _quotes
from newsclaims.default_plugins._quotes import QuoteRegion

# -- check-worthiness: a text whose UTF-8 bytes hold none of _DIGIT_OR_CJK_BYTES -------------


def test_every_digit_and_cjk_character_begins_with_one_of_the_bytes() -> None:
    # (Every code point: the digits as the pattern finds them, as Python reads them, and the
    # characters the search for Chinese and Japanese numerals is made for.)
    digit = _checkworthy._DIGIT
    cjk = _checkworthy._CJK_CHAR_SEARCH
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue  # (no UTF-8 for a surrogate)
        c = chr(cp)
        if digit.match(c) is not None or c.isdecimal() or cjk(c) is not None:
            assert c.encode()[0] in _checkworthy._DIGIT_OR_CJK_BYTES, hex(cp)


def _plain_checkworthy(text: str) -> bool:
    """``checkworthy`` with both searches made for every text that is not ASCII."""
    saved = _checkworthy._DIGIT_OR_CJK_BYTES
    # (Every byte deleted: a text changes, and the searches are made.)
    _checkworthy._DIGIT_OR_CJK_BYTES = bytes(range(256))
    try:
        return _checkworthy.checkworthy(text)
    finally:
        _checkworthy._DIGIT_OR_CJK_BYTES = saved


_NON_ASCII = st.text(
    st.sampled_from(list("Ann Lee saidthe plan ,.:’“”—–…é٣３五十万人年百分之〇ФиП이다𝟘𝟙")),
    min_size=1,
    max_size=40,
)


@settings(max_examples=500)
@given(_NON_ASCII | st.text(min_size=1))
def test_check_worthiness_skips_no_digit_nor_numeral(text: str) -> None:
    assert _checkworthy.checkworthy(text) is _plain_checkworthy(text)


def test_the_skipped_searches_are_those_of_the_plain_rule() -> None:
    # (Each of these gets past the byte test, and its search decides it.)
    for text in ("Il a ri ٣ fois.", "Le prix: ３ euros.", "去年 the price fell", "Ann ran 𝟙 mile"):
        data = text.encode()
        assert data.translate(None, _checkworthy._DIGIT_OR_CJK_BYTES) != data
        assert _checkworthy.checkworthy(text) is True
    # ... and these do not, with no digit: their words decide.
    for text in ("“It failed,” she said — twice…", "Президент выступил.", "말했다"):
        data = text.encode()
        assert data.translate(None, _checkworthy._DIGIT_OR_CJK_BYTES) == data
        assert _checkworthy.checkworthy(text) is _plain_checkworthy(text)


# -- quotes: patterns searched only where the stretch ends as their match must ---------------


def _plain_script_attribution(
    text: str, region: QuoteRegion, head_start: int, tail_end: int
) -> _quotes.Attribution | None:
    saved = _quotes._COLONS, _quotes._LAST_VERBS
    _quotes._COLONS = _AnyEnd()  # type: ignore[assignment]
    _quotes._LAST_VERBS = ("",)  # (every string ends with "": the search is made)
    try:
        return _quotes._script_attribution(text, region, head_start, tail_end)
    finally:
        _quotes._COLONS, _quotes._LAST_VERBS = saved


class _AnyEnd:
    def __contains__(self, item: object) -> bool:
        return True


_SCRIPT_WORDS = st.sampled_from(
    ["وقال", "قالت", "محافظ", "البنك", "گفت", "رئیس", "אמר", "הנגיד", "कहा", "ने", "दास", "X"]
)
_SCRIPT_GLUE = st.sampled_from([" ", ":", "،", ",", ": ", "، ", " : ", "\n", ", ", ".", "  "])


@settings(max_examples=500)
@given(st.lists(st.tuples(_SCRIPT_WORDS, _SCRIPT_GLUE), min_size=1, max_size=8))
def test_the_script_patterns_before_a_quotation_are_searched_where_they_may_match(
    parts: list[tuple[str, str]],
) -> None:
    head = "".join(w + g for w, g in parts)
    text = f'{head}"نحن مستعدون".'
    region = QuoteRegion(len(head), len(text) - 1, True)
    assert _quotes._script_attribution(text, region, 0, len(text)) == _plain_script_attribution(
        text, region, 0, len(text)
    )


def test_the_last_verbs_are_those_of_the_pattern() -> None:
    for verb in _quotes._LAST_VERBS:
        assert regex.fullmatch(_quotes._LAST_VERB, verb) is not None
    assert len(_quotes._LAST_VERBS) == _quotes._LAST_VERB.count("|") + 1


_RELATIVE_WORDS = st.sampled_from(
    ["Jones", "replied", "to", "Smith", ",", " who", "had", "called", "him", "who", "Ann", "x"]
)


@settings(max_examples=300)
@given(st.lists(_RELATIVE_WORDS, min_size=1, max_size=10))
def test_a_relative_clause_is_looked_for_only_where_its_who_stands(words: list[str]) -> None:
    head = " ".join(words).replace(" ,", ",") + " said "
    verb = head.rindex("said")
    found = _quotes._RELATIVE.match(head, 0, verb) is not None
    assert found <= (head.find(", who ", 0, verb) >= 0)

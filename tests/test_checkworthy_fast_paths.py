"""Check-worthiness finds digits in ASCII text without the pattern: the same texts as with it."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.default_plugins import _checkworthy
from newsclaims.default_plugins._checkworthy import checkworthy


def test_the_patterns_ascii_digits_are_0_to_9() -> None:
    ascii_chars = "".join(map(chr, range(128)))
    assert "".join(regex.findall(r"\d", ascii_chars)) == _checkworthy._ASCII_DIGITS.decode()
    assert _checkworthy._DIGIT.pattern == r"\d"


@settings(max_examples=300)
@given(st.text(st.characters(max_codepoint=127)) | st.text())
def test_a_digit_is_found_as_the_pattern_finds_it(text: str) -> None:
    digit = _checkworthy._DIGIT.search(text) is not None
    if text.isascii():
        data = text.encode()
        assert (len(data.translate(None, _checkworthy._ASCII_DIGITS)) != len(data)) is digit
    if digit:
        # (A question asserts nothing, digits or not: it is decided before them.)
        assert checkworthy(text) is (not text.endswith("?"))


@pytest.mark.parametrize(
    "text", ["Prices rose.", "Prices rose 3 percent.", "Prix : ٣ €.", "Il a ri."]
)
def test_digits_make_a_claim_checkable_in_any_script(text: str) -> None:
    assert checkworthy(text) is (_checkworthy._DIGIT.search(text) is not None)

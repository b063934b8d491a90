"""The pull-quote test counts the words of the whole text only where the lower-cased text
holds enough of the quotation's words outside it: the same answers as counting always."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims import Document
from newsclaims.default_plugins import claims
from newsclaims.default_plugins._words import words


def _restates_reference(text: str, start: int, end: int) -> bool:
    """The rule as written first: the words of the whole text always counted."""
    own = Counter(map(str.lower, claims._WORD.findall(text, start, end)))
    words = own.keys() - claims._STOPWORDS
    if len(words) < 3:
        return False
    everywhere = Counter(map(str.lower, claims._WORD.findall(text)))
    recur = sum(1 for w in words if everywhere[w] > own[w])
    return recur * 3 >= len(words) * 2


_WORDS = sorted(
    words(
        "plan Plan PLANS planned rates rate ΟΔΟΣ οδος İstanbul istanbul straße STRASSE it's "
        "o’neill x-ray ¹²³ Ⅻ war was"
    )
)
_PIECES = st.sampled_from([*_WORDS, " ", "  ", "\n", ".", ",", "'", "’", "-", '"', "“", "”", "Σ"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=4), max_size=60), st.data())
def test_the_gate_answers_as_the_word_counts_do(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    doc = Document(raw=text, text=text)
    claims._word_counts.cache_clear()
    claims._lowered.cache_clear()
    assert claims._restates(doc, start, end) is _restates_reference(text, start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # Words across the quotation's edges recur there ("def" and "ghi").
        ("def abc def ghi ghi", 1, 18),
        # A capital sigma lower-cases by the letters after it ("ΟΔΟΣ.Α": σ, "ΟΔΟΣ": ς).
        ('"ΟΔΟΣ ΠΑΣ ΝΕΑ" ΟΔΟΣ.Α ΠΑΣ.Β ΝΕΑ', 0, 14),
        # "İ" lower-cases to two characters: the offsets of the lower-cased text shift.
        ("İ" * 20 + ' zmir ankara bursa "zmir ankara bursa' + " the" * 10 + '"', 39, 98),
    ],
)
def test_words_the_gate_must_not_miss(text: str, start: int, end: int) -> None:
    doc = Document(raw=text, text=text)
    assert _restates_reference(text, start, end)
    assert claims._restates(doc, start, end)


def test_a_restated_quotation_and_one_that_is_not() -> None:
    text = (
        "The council approved the budget plan for new schools on Monday.\n\n"
        '"The budget plan gives new schools to the council."\n\n'
        '"Nobody expected thunderstorms during parliament recess."'
    )
    doc = Document(raw=text, text=text)
    first = text.index('"The')
    second = text.index('"Nobody')
    assert claims._restates(doc, first, text.index("\n\n", first))
    assert not claims._restates(doc, second, len(text))

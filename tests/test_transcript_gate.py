"""A transcript's turns are looked for only in a text with four ": " (or ":** ") at least: every
label the pattern finds ends in its own, so a text with fewer has no turns."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.default_plugins import claims

_PIECES = st.sampled_from(
    [
        "OKAFOR: ",
        "LEE: ",
        "\n",
        "\n  ",
        "We can. ",
        ": ",
        ":",
        " ",
        "Q: ",
        "**Lee:** ",
        "**",
        "Lee**: ",
    ]
)


@settings(max_examples=300)
@given(st.lists(_PIECES | st.text(max_size=3), max_size=30))
def test_fewer_than_four_colons_and_spaces_give_no_turns(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = list(claims._TURN_LINE.finditer(text))
    assert len(found) <= text.count(": ") + text.count(":** ")
    if claims._turn_colons(text) < 4:
        claims._turn_labels.cache_clear()
        assert claims._turn_labels(text) == frozenset()

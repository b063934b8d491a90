"""The speaker's groups read by their numbers against the same groups by name.

``_attribution`` reads the groups of each pattern it is given through ``groupindex``: the
``regex`` module gives groups of the same name one number, so the number reads what the name
reads, matched or not.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.default_plugins import _quotes

_PIECES = [
    *[" ", ", ", "Smith", "Ann Lee", " said", " told", " says", "according to", " the", " of"],
    *["Bank of England", " and ", "Tom Cole", "a spokesman for", " the ministry", " he", ".", '"'],
    *["Sen. Ann Lee, R-Ky.,", " analyst Petter Lunde", " officials", "Prof. Oliver Jones"],
    *[" at RMIT University", ", a historian,", " (D-Mass.)", " later", " on Monday", ":"],
]
_TEXTS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12).map("".join)
_FORWARD = (_quotes._AFTER, _quotes._NAME_AFTER, _quotes._ACCORDING)
_REVERSE = (_quotes._BEFORE, _quotes._SPEAKER_BEFORE, _quotes._BEFORE_ACCORDING)


def _same_by_number(m: object) -> None:
    assert m is not None
    groups = m.re.groupindex  # type: ignore[attr-defined]
    for name, number in groups.items():
        assert m.group(number) == m.group(name)  # type: ignore[attr-defined]
        assert m.span(number) == m.span(name)  # type: ignore[attr-defined]


@settings(max_examples=1500)
@given(_TEXTS)
def test_each_group_reads_the_same_by_number_and_by_name(text: str) -> None:
    for pattern in _FORWARD:
        for pos in range(0, len(text), 7):
            m = pattern.match(text, pos)
            if m is not None:
                _same_by_number(m)
    for pattern in _REVERSE:
        m = pattern.match(text, 0, len(text))
        if m is not None:
            _same_by_number(m)


def test_an_attribution_reads_its_speaker_and_verb() -> None:
    text = '"We will win," Sen. Ann Lee, R-Ky., said on Monday.'
    m = _quotes._AFTER.match(text, 14, len(text))
    assert m is not None
    assert _quotes._attribution(m) == _quotes.Attribution("Ann Lee", "said")

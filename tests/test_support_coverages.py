"""The support checker's and auditors' shares of a claim's weight (the fast path: the claim's own
weight summed once) are the plain ones, to the last bit."""

from __future__ import annotations

from itertools import repeat

from hypothesis import given
from hypothesis import strategies as st

from newsclaims.default_plugins._audit_text import coverage, coverages

_UNSEEN = 3.0
_KEYS = st.frozensets(st.sampled_from("abcdefghijklmnop"), max_size=12)
_WEIGHTS = st.dictionaries(
    st.sampled_from("abcdefghijkl"), st.floats(0.5, 20, allow_nan=False), max_size=12
)


def _plain_coverage(
    claim: frozenset[str], other: frozenset[str], weights: dict[str, float]
) -> float:
    total = sum(map(weights.get, sorted(claim), repeat(_UNSEEN)))
    if total == 0:
        return 0.0
    return sum(map(weights.get, sorted(claim & other), repeat(_UNSEEN))) / total


@given(_KEYS, st.lists(_KEYS, max_size=6), _WEIGHTS)
def test_coverages_are_the_plain_coverages(
    claim: frozenset[str], others: list[frozenset[str]], weights: dict[str, float]
) -> None:
    plain = [_plain_coverage(claim, other, weights) for other in others]
    assert coverages(claim, others, weights) == plain
    assert coverages(claim, iter(others), weights) == plain  # any iterable
    assert [coverage(claim, other, weights) for other in others] == plain

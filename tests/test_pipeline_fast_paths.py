"""The pipeline's batch check says what its per-item check says."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclaims._pipeline import _Check


@given(st.lists(st.sampled_from([None, "bad", ""])))
def test_a_batch_check_passes_when_every_item_does(problems: list[str | None]) -> None:
    check = _Check(lambda item: item)
    assert check.ok(problems) is all(p is None for p in problems)

"""The duplicate auditor compares a claim only with the claims of the sizes whose keys together
hold enough of its keys: every earlier claim that shares enough keys alone is among them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.default_plugins import audit_support

_KEYS = st.frozensets(st.sampled_from("abcdefghijklmn"), min_size=1, max_size=10)


@settings(max_examples=300)
@given(st.lists(st.tuples(_KEYS, st.booleans()), max_size=30))
def test_sizes_left_out_hold_no_claim_that_shares_enough(
    claims: list[tuple[frozenset[str], bool]],
) -> None:
    by_size: dict[int, list[int]] = {}
    unions: dict[int, tuple[set[str], list[int]]] = {}
    earlier: list[frozenset[str]] = []
    for keys, ask in claims:
        need = max(1, len(keys) - 2)
        if ask:  # asked now and then, so that the unions are brought up to date in steps
            sizes = range(1, 12)
            kept = list(audit_support._holding(by_size, unions, earlier, sizes, keys, need))
            assert all(any(m is members for members in by_size.values()) for m in kept)
            found = {p for members in kept for p in members}
            plain = {p for p, other in enumerate(earlier) if len(other & keys) >= need}
            assert plain <= found
            for members in kept:  # and a size kept holds enough keys together
                assert len(keys & frozenset().union(*(earlier[p] for p in members))) >= need
        by_size.setdefault(len(keys), []).append(len(earlier))
        earlier.append(keys)

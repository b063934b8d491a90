"""A reversed range (``[5-3]``) is no citation marker, in every style: no labels are invented
for it (it is read as prose, as a score ``won [5-3]`` must be, and as the other malformed
markers, ``[0]``, ``[1-1]``, ``[1, 1]``, are); where the document cites its sources elsewhere,
its sentence is reported as uncited, so it is not silent in the audit."""

from __future__ import annotations

import pytest

import newsclaims

KNOWN = [str(n) for n in range(1, 10)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Exports rose 4% in March [5-3]. Imports fell [1].", ["[1]"]),
        ("Exports rose [5–3]. Imports fell [2].", ["[2]"]),  # an en dash
        ("Exports rose [５-３]. Imports fell [1].", ["[1]"]),  # full-width digits
        ("Exports rose [1, 5-3]. Imports fell [2].", ["[2]"]),  # a list with one reversed
        ("Exports rose [7−4, 9]. Imports fell [2].", ["[2]"]),  # a minus sign
        ("Exports rose.⁵⁻³ Imports fell.¹", ["¹"]),
        ("Exports rose.^5-3 Imports fell.^1", ["^1"]),
        ("Exports rose [4-6]. Imports fell [5-4].", ["[4-6]"]),
    ],
)
def test_no_labels_are_invented_for_a_reversed_range(text: str, kept: list[str]) -> None:
    markers = newsclaims.parse_markers(text, known_labels=KNOWN)
    assert [m.span.slice(text) for m in markers] == kept


@pytest.mark.parametrize("dash", ["-", "–"])
def test_the_sentence_of_a_reversed_range_is_reported_uncited(dash: str) -> None:
    text = (
        f"Exports rose 4% in March [5{dash}3]. Imports fell 2% [1].\n\n"
        "Sources\n[1] Trade data, Reuters\n[3] Customs report\n[4] Ministry statement\n"
        "[5] Port authority figures"
    )
    doc = newsclaims.parse(text, plugin_manager=newsclaims.make_plugin_manager(entry_points=False))
    assert [m.labels for m in doc.markers] == [("1",)]
    first = doc.claims[0]
    assert first.text.endswith(f"[5{dash}3].") and first.citations == ()
    kinds = {(f.kind, f.claim) for f in doc.findings}
    assert ("uncited_claim", 0) in kinds
    unused = sorted(f.citation for f in doc.findings if f.kind == "unused_citation")
    assert unused == ["3", "4", "5"]


def test_a_score_in_brackets_stays_prose() -> None:
    text = "The home side won the final [5-3] after extra time."
    assert newsclaims.parse_markers(text) == ()

"""The artifact auditor skips a pattern only for texts where the pattern finds nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclaims
from newsclaims.default_plugins import audit_artifacts

_PIECES = [
    *"aZ &<>;#/\n",
    *("&amp;", "&#8217;", "&#x2019;", "&nbsp", "<br>", "</p>", "<B >", "<div class=x>"),
    *("Ã©", "â€™", "Â", "é", "’", "ô€", "word", "The "),
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300)
@given(_TEXTS | st.text())
def test_a_skipped_pattern_would_have_found_nothing(text: str) -> None:
    if text.isascii():
        assert audit_artifacts._MOJIBAKE.search(text) is None
    if "&" not in text:
        assert audit_artifacts._ENTITY.search(text) is None
    if "<" not in text:
        assert audit_artifacts._TAG.search(text) is None


def test_entities_tags_and_mojibake_are_still_found() -> None:
    doc = newsclaims.parse(
        "Caf\u00c3\u00a9 owners said &amp; more.<br>\n\nIt rained in Paris today."
    )
    messages = [f.message for f in doc.findings if f.kind == "artifact"]
    assert any(m.startswith("mojibake") for m in messages)
    assert any(m.startswith("HTML entity &amp;") for m in messages)
    assert any(m.startswith("HTML tag '<br>'") for m in messages)

"""trafilatura's jusText fallback looked its stop words up in a cache keyed by a tuple of
154,000 words, whose hash Python computed again for every page: most of the time of a web
archive's short pages. After the first page that needs the fallback they are a set, whose
hash is kept, with the same words: what jusText finds is the same."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclaims

trafilatura = pytest.importorskip("trafilatura")
external = pytest.importorskip("trafilatura.external")
justext_core = pytest.importorskip("justext.core")

PAGE = (
    "<html><head><title>Budget passes</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><h1>Budget passes</h1><p>The council approved the transit budget on Monday, "
    "and the mayor said forty new buses would run before the winter.</p></article>"
    "<footer>Copyright Daily</footer></body></html>"
)


def test_the_stop_words_are_a_set_of_the_same_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(external, "JT_STOPLIST", None)  # (as trafilatura starts)
    words = external.jt_stoplist_init()
    assert type(words) is tuple
    path = tmp_path / "budget.html"
    path.write_text(PAGE, "utf-8")
    (first,) = newsclaims.load_records([path])
    assert isinstance(external.JT_STOPLIST, frozenset)
    assert justext_core.define_stoplist(external.JT_STOPLIST) == frozenset(w.lower() for w in words)
    (again,) = newsclaims.load_records([path])
    assert again == first and "forty new buses" in first.text

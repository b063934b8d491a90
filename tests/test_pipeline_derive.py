"""The pipeline's unchecked document copies (``_derive``, ``_new_document``) against attrs'
checked ones: the fields read and set at once, in C, give the same documents."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

import newsclaims
from newsclaims import Document, Section, Span
from newsclaims._pipeline import _derive, _new_document

_SAMPLE = newsclaims.parse(
    "Prices rose [1]. Lee said so.\n\nSources\n[1] Reuters - Prices rose, 2024",
    id="d1",
    url="https://example.org/a",
)
_FIELDS = [a.name for a in attrs.fields(Document)]
_OPTIONAL = st.none() | st.text(max_size=5)


@given(st.sets(st.sampled_from(_FIELDS)))
def test_derive_changes_only_the_fields_given(names: set[str]) -> None:
    # Each named field gets a new value (a distinct object); every other field is kept.
    changes: dict[str, object] = {}
    for name in names:
        old = getattr(_SAMPLE, name)
        changes[name] = (
            old + "x" if isinstance(old, str) else tuple(old) if old is not None else "x"
        )
    new = _derive(_SAMPLE, **changes)
    assert type(new) is Document
    for name in _FIELDS:
        assert getattr(new, name) is (changes[name] if name in changes else getattr(_SAMPLE, name))


def test_derive_of_a_parse_is_evolve() -> None:
    sections = (Section("body", Span(0, 5)),)
    assert _derive(_SAMPLE, sections=sections, title="T") == attrs.evolve(
        _SAMPLE, sections=sections, title="T"
    )


@given(_OPTIONAL, _OPTIONAL, _OPTIONAL, _OPTIONAL, _OPTIONAL, st.text(max_size=20))
def test_new_document_is_the_checked_one(
    id_: str | None,
    source: str | None,
    url: str | None,
    title: str | None,
    date: str | None,
    raw: str,
) -> None:
    made = _new_document(raw, id=id_, source=source, url=url, title=title, date=date)
    checked = Document(raw=raw, text=raw, id=id_, source=source, url=url, title=title, date=date)
    assert made == checked
    assert made._raw_starts == checked._raw_starts
    attrs.validate(made)

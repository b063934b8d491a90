"""The core value types: Span, Citation, Marker, Claim, Section, Removal, Finding, Document.

Every type is a frozen attrs class. Offsets are Python string indices (code points). A span in
a :class:`Removal` indexes :attr:`Document.raw`; every other span indexes :attr:`Document.text`.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "CLAIM_KINDS",
    "SECTION_KINDS",
    "SEVERITIES",
    "Citation",
    "Claim",
    "Document",
    "Finding",
    "Marker",
    "Removal",
    "Section",
    "Span",
]

#: The claim kinds the built-in plugins produce. Plugins may use other kinds.
CLAIM_KINDS = ("statement", "quote", "key_point", "headline", "pull_quote")
#: The section kinds the built-in plugins produce. Text in no other section is ``body``.
SECTION_KINDS = ("headline", "body", "key_points", "references", "caption")
#: Finding severities, from the most to the least severe.
SEVERITIES = ("error", "warning", "note")

Severity = Literal["error", "warning", "note"]


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into a text."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One check in place of per-field validators: spans are made by the million.
        start, end = self.start, self.end
        if type(start) is int and type(end) is int and 0 <= start <= end:
            return
        if type(start) is not int or type(end) is not int:
            start, end = _offset("start", start), _offset("end", end)
            object.__setattr__(self, "start", start)
            object.__setattr__(self, "end", end)
        if start < 0 or end < 0:
            name, value = ("start", start) if start < 0 else ("end", end)
            raise ValueError(f"{name} must be >= 0, got {value}")
        if start > end:
            raise ValueError(f"span start {start} is after its end {end}")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def within(self, length: int) -> bool:
        """Tell whether the span lies inside a text of ``length`` characters."""
        return self.end <= length

    def contains(self, other: Span) -> bool:
        """Tell whether ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Tell whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


def _offset(name: str, value: object) -> int:
    """A span's offset as a plain ``int``: any integral number (an ``int`` subclass, a numpy
    integer: what implements ``__index__``), but not a bool nor a float."""
    if type(value) is int:
        return value
    if not isinstance(value, bool) and type(value).__name__ not in ("bool", "bool_"):
        index = getattr(type(value), "__index__", None)
        if index is not None:
            result = index(value)
            if type(result) is int:
                return result
    raise TypeError(f"'{name}' must be {int!r} (got {value!r} that is a {type(value)!r}).")


#: The characters of a long text that a ``repr`` shows, at its start.
_SHOWN = 60


def short_repr(text: object) -> str:
    """The ``repr`` of a text of any length as a REPL or a log line can show it: a long one
    cut to its first characters, with how many it has (a 1 MB text flooded them)."""
    if not isinstance(text, str) or len(text) <= _SHOWN + 20:
        return repr(text)
    return f"{text[:_SHOWN]!r}... ({len(text)} chars)"


def _type_error(name: str, kind: type | tuple[type, ...], value: object) -> TypeError:
    """The ``TypeError`` for a field of the wrong type: one readable line (attrs' own
    ``instance_of`` adds the attribute, type and value as further arguments, which print as a
    tuple with attrs' internals)."""
    return TypeError(f"'{name}' must be {kind!r} (got {value!r} that is a {type(value)!r}).")


def _instance_of(kind: type, *, optional: bool = False) -> Any:
    """A validator: the value is a ``kind`` (or ``None`` if ``optional``)."""

    def check(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
        if not (isinstance(value, kind) or (optional and value is None)):
            raise _type_error(attr.name, kind, value)

    return check


def _opt_str() -> Any:
    return attrs.field(default=None, validator=_instance_of(str, optional=True))


def _opt_span() -> Any:
    return attrs.field(default=None, validator=_instance_of(Span, optional=True))


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    """Labels as a tuple of strings; a single string is refused, not split into characters."""
    if isinstance(value, str):
        raise TypeError(
            f"labels must be an iterable of str, not a single string: got {value!r} "
            f"(write ({value!r},) for one label)"
        )
    labels = tuple(value)
    for label in labels:
        if type(label) is not str and not isinstance(label, str):
            raise TypeError(
                f"labels are strings, such as '1': got {label!r} "
                f"(a {type(label).__name__}; write str({label!r}))"
            )
    return labels


@attrs.frozen(kw_only=True)
class Citation:
    """A source a document cites: a reference-list entry, or a label no entry resolves.

    ``raw`` is the text the entry was parsed from and ``span`` where it stands in
    :attr:`Document.text`; both are ``None`` for a label that only a marker names.
    """

    label: str = attrs.field(validator=_instance_of(str))
    title: str | None = _opt_str()
    url: str | None = _opt_str()
    publisher: str | None = _opt_str()
    date: str | None = _opt_str()
    raw: str | None = _opt_str()
    span: Span | None = _opt_span()


@attrs.frozen(kw_only=True)
class Marker:
    """An inline citation marker such as ``[1]``, ``[2-4]`` or ``¹``, with the labels it names."""

    span: Span = attrs.field(validator=_instance_of(Span))
    labels: tuple[str, ...] = attrs.field(converter=_str_tuple)
    style: str = attrs.field(default="brackets", validator=_instance_of(str))


def _check_types(inst: object, spec: Sequence[tuple[str, type, bool]]) -> None:
    """Raise the ``TypeError`` attrs' ``instance_of`` raises for the first field of a wrong type."""
    for name, kind, optional in spec:
        value = getattr(inst, name)
        if not (isinstance(value, kind) or (optional and value is None)):
            raise _type_error(name, kind, value)


@attrs.frozen(kw_only=True)
class Claim:
    """A unit of what a document asserts.

    ``text`` is exactly ``Document.text[span.start:span.end]``. ``citations`` holds the labels
    of the citations that support it, in the order they appear. ``speaker`` and ``verb`` are set
    for a quote (or a key point or headline that quotes) whose speaker the text names, never
    guessed. ``checkworthy`` tells a checkable factual assertion (``True``) from analysis or
    opinion (``False``); ``None`` is undecided.
    """

    text: str
    span: Span
    kind: str = "statement"
    citations: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    speaker: str | None = None
    verb: str | None = None
    checkworthy: bool | None = None

    def __attrs_post_init__(self) -> None:
        # One check in place of per-field validators: claims are made by the thousand.
        if not (
            type(self.text) is str
            and type(self.span) is Span
            and type(self.kind) is str
            and (self.speaker is None or type(self.speaker) is str)
            and (self.verb is None or type(self.verb) is str)
            and (self.checkworthy is None or type(self.checkworthy) is bool)
        ):
            _check_types(self, _CLAIM_TYPES)
        if len(self.text) != len(self.span):
            raise ValueError(
                f"claim text has {len(self.text)} characters but its span {self.span.start}:"
                f"{self.span.end} covers {len(self.span)}"
            )


_CLAIM_TYPES = (
    ("text", str, False),
    ("span", Span, False),
    ("kind", str, False),
    ("speaker", str, True),
    ("verb", str, True),
    ("checkworthy", bool, True),
)


@attrs.frozen
class Section:
    """A labelled part of the cleaned text: ``headline``, ``body``, ``key_points``, ..."""

    kind: str = attrs.field(validator=_instance_of(str))
    span: Span = attrs.field(validator=_instance_of(Span))


@attrs.frozen(kw_only=True)
class Removal:
    """Characters of the raw text that a cleaner removed, with the reason and the plugin.

    Cleaners return removals with just ``span`` and ``reason``; the core fills in ``plugin``
    (the plugin's registered name) and ``text`` (the removed characters), so the raw text can
    always be rebuilt from :attr:`Document.text` and :attr:`Document.removals`.
    """

    span: Span
    reason: str
    plugin: str = ""
    text: str = attrs.field(default="", repr=short_repr)

    def __attrs_post_init__(self) -> None:
        # One check in place of per-field validators: cleaners make removals by the thousand.
        if (
            type(self.span) is Span
            and type(self.reason) is type(self.plugin) is type(self.text) is str
        ):
            return
        for name, value, kind in (
            ("span", self.span, Span),
            ("reason", self.reason, str),
            ("plugin", self.plugin, str),
            ("text", self.text, str),
        ):
            if not isinstance(value, kind):
                raise _type_error(name, kind, value)


def _severity(_inst: object, _attr: attrs.Attribute[str], value: str) -> None:
    if value not in SEVERITIES:
        raise ValueError(f"severity must be one of {', '.join(SEVERITIES)}, got {value!r}")


def _claim_index(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (type(value) is bool or not isinstance(value, int)):
        raise _type_error(attr.name, int, value)


def _score(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if type(value) is bool or not isinstance(value, (int, float)):
        raise _type_error(attr.name, float, value)
    if not math.isfinite(value):
        # (JSON has no NaN or infinity: to_json() would fail far from the plugin that made it.)
        raise ValueError(f"score must be a finite number, got {value!r}")


@attrs.frozen(kw_only=True)
class Finding:
    """Something the audit noticed: its kind, a message, and what it concerns.

    ``claim`` is the index of the claim in :attr:`Document.claims` it concerns, ``span`` a
    range of :attr:`Document.text`, ``citation`` the label of a citation. ``evidence`` is a
    span of the text that the finding compared against, ``score`` a confidence in ``[0, 1]``.
    The core fills in ``plugin``.
    """

    kind: str = attrs.field(validator=_instance_of(str))
    message: str = attrs.field(validator=_instance_of(str))
    severity: str = attrs.field(default="warning", validator=_severity)
    claim: int | None = attrs.field(default=None, validator=_claim_index)
    span: Span | None = _opt_span()
    citation: str | None = _opt_str()
    evidence: Span | None = _opt_span()
    score: float | None = attrs.field(default=None, validator=_score)
    plugin: str = attrs.field(default="", validator=_instance_of(str))


def _items_of(kind: type) -> Any:
    """A validator: every item of the tuple is a ``kind``."""

    def check(_inst: object, attr: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                raise _type_error(f"{attr.name}[{i}]", kind, item)

    return check


# The converters of Document's collections, each typed so that a type checker takes any
# iterable of the items (a list, as in the docs), not only the tuple the field holds. (attrs'
# mypy plugin reads a converter only from an ``attrs.field()`` written in the class body.)
def _removals(items: Iterable[Removal]) -> tuple[Removal, ...]:
    return tuple(items)


def _sections(items: Iterable[Section]) -> tuple[Section, ...]:
    return tuple(items)


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _markers(items: Iterable[Marker]) -> tuple[Marker, ...]:
    return tuple(items)


def _citations(items: Iterable[Citation]) -> tuple[Citation, ...]:
    return tuple(items)


def _claims(items: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(items)


def _findings(items: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Document:
    """A parsed article: the raw text, the cleaned text and everything found in it.

    ``text`` is ``raw`` with the ``removals`` taken out; :meth:`to_raw` maps an offset in
    ``text`` back to ``raw``. Spans of ``sections``, ``sentences``, ``markers``, ``claims``,
    ``citations`` and ``findings`` index ``text``.
    """

    raw: str = attrs.field(validator=_instance_of(str))
    text: str = attrs.field(validator=_instance_of(str))
    id: str | None = _opt_str()
    source: str | None = _opt_str()
    title: str | None = _opt_str()
    url: str | None = _opt_str()
    date: str | None = _opt_str()
    removals: tuple[Removal, ...] = attrs.field(
        default=(), converter=_removals, validator=_items_of(Removal)
    )
    sections: tuple[Section, ...] = attrs.field(
        default=(), converter=_sections, validator=_items_of(Section)
    )
    sentences: tuple[Span, ...] = attrs.field(
        default=(), converter=_spans, validator=_items_of(Span)
    )
    markers: tuple[Marker, ...] = attrs.field(
        default=(), converter=_markers, validator=_items_of(Marker)
    )
    citations: tuple[Citation, ...] = attrs.field(
        default=(), converter=_citations, validator=_items_of(Citation)
    )
    claims: tuple[Claim, ...] = attrs.field(
        default=(), converter=_claims, validator=_items_of(Claim)
    )
    findings: tuple[Finding, ...] = attrs.field(
        default=(), converter=_findings, validator=_items_of(Finding)
    )
    _raw_starts: tuple[tuple[int, ...], tuple[int, ...]] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )

    def __repr__(self) -> str:
        # Not attrs' repr of every field: the raw and the cleaned text are whole articles (a
        # 1 MB page flooded a REPL or a log), and every span of them was listed.
        fields = [
            f"{name}={short_repr(value)}"
            for name, value in (
                ("id", self.id),
                ("source", self.source),
                ("title", self.title),
                ("url", self.url),
                ("date", self.date),
            )
            if value is not None
        ]
        fields.append(f"text={short_repr(self.text)}")
        if self.raw != self.text:
            fields.append(f"raw={len(self.raw)} chars")
        counts = ", ".join(
            f"{len(getattr(self, name))} {name}"
            for name in (
                "removals",
                "sections",
                "sentences",
                "markers",
                "citations",
                "claims",
                "findings",
            )
        )
        return f"Document({', '.join(fields)}, {counts})"

    def __attrs_post_init__(self) -> None:
        _check_removals(self.raw, self.text, self.removals)
        n = len(self.text)
        for name in ("sections", "sentences", "markers", "citations", "claims", "findings"):
            for item in getattr(self, name):
                for span in _spans_of(item):
                    if not span.within(n):
                        raise ValueError(
                            f"{name}: span {span.start}:{span.end} lies outside the text "
                            f"({n} characters)"
                        )
        for claim in self.claims:
            if self.text[claim.span.start : claim.span.end] != claim.text:
                raise ValueError(
                    f"claim text {claim.text[:40]!r} is not the text at {claim.span.start}:"
                    f"{claim.span.end}"
                )
        for finding in self.findings:
            if finding.claim is not None and not 0 <= finding.claim < len(self.claims):
                raise ValueError(f"finding refers to claim {finding.claim}, which does not exist")
        object.__setattr__(self, "_raw_starts", offset_map(self.removals))

    @property
    def body(self) -> str:
        """The text of the body sections, joined by a blank line."""
        return "\n\n".join(s.span.slice(self.text) for s in self.sections if s.kind == "body")

    def sections_of(self, kind: str) -> tuple[Section, ...]:
        """Return the sections of one kind, in text order."""
        return tuple(s for s in self.sections if s.kind == kind)

    def section_at(self, offset: int) -> Section | None:
        """Return the section containing the text offset, if any."""
        starts = [s.span.start for s in self.sections]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.sections[i].span.start <= offset < self.sections[i].span.end:
            return self.sections[i]
        return None

    def to_raw(self, offset: int) -> int:
        """Map an offset in :attr:`text` to the offset of the same character in :attr:`raw`.

        An offset at a place where text was removed maps to the first kept character after the
        removal (``len(text)`` maps to the end of the kept raw text).
        """
        if type(offset) is not int and not isinstance(offset, int):
            raise TypeError(f"offset must be an int, got {offset!r}")
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} lies outside the text ({len(self.text)} characters)")
        text_starts, raw_starts = self._raw_starts
        i = bisect.bisect_right(text_starts, offset) - 1
        return raw_starts[i] + offset - text_starts[i]

    def raw_span(self, span: Span) -> Span:
        """Map a span of :attr:`text` to the span of :attr:`raw`, first to last character."""
        if len(span) == 0:
            start = self.to_raw(span.start)
            return Span(start, start)
        return Span(self.to_raw(span.start), self.to_raw(span.end - 1) + 1)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dictionary of this document (see ``schema/v1.json``)."""
        from newsclaims._serialize import document_to_dict

        return document_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict`'s output; raises ``SchemaError`` if invalid."""
        from newsclaims._serialize import document_from_dict

        return document_from_dict(data)

    def to_json(self, *, indent: int | None = None) -> str:
        """Return the document as JSON text; the same document always gives the same bytes."""
        from newsclaims._serialize import dumps

        return dumps(self.to_dict(), indent=indent)


def offset_map(removals: Sequence[Removal]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The map text offset -> raw offset of sorted, disjoint ``removals``: the text and raw
    offsets where each kept segment starts."""
    text_starts, raw_starts = [0], [0]
    removed = 0
    for r in removals:
        removed += len(r.span)
        text_starts.append(r.span.end - removed)
        raw_starts.append(r.span.end)
    return tuple(text_starts), tuple(raw_starts)


def _spans_of(item: object) -> Sequence[Span]:
    if isinstance(item, Span):
        return (item,)
    if isinstance(item, Finding):
        return tuple(s for s in (item.span, item.evidence) if s is not None)
    span = getattr(item, "span", None)
    return (span,) if isinstance(span, Span) else ()


def _check_removals(raw: str, text: str, removals: Sequence[Removal]) -> None:
    """Check that ``text`` is ``raw`` with the ``removals`` taken out, character for character
    (not only in length: to_raw() would point at other characters), and that each removal
    records the raw characters it took."""
    end = 0
    kept: list[str] = []
    for r in removals:
        start, stop = r.span.start, r.span.end
        if start < end:
            raise ValueError("removals must be sorted and must not overlap")
        if stop > len(raw):
            raise ValueError(f"removal {start}:{stop} lies outside the raw text ({len(raw)} chars)")
        if r.text != raw[start:stop]:
            raise ValueError(f"removal {start}:{stop} records the wrong text")
        kept.append(raw[end:start])
        end = stop
    kept.append(raw[end:])
    if "".join(kept) != text:
        raise ValueError("text is not the raw text with the removals taken out")

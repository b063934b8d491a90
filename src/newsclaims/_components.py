"""The kinds of component a plugin registers through the ``newsclaims_register_*`` hooks.

Every component is called by the core, never by another plugin, so that a failure can be
reported with the plugin's and the component's name.
"""

from __future__ import annotations

import reprlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol, TypeVar, runtime_checkable

import attrs

from newsclaims._model import (
    Citation,
    Claim,
    Document,
    Finding,
    Marker,
    Removal,
    Section,
    Span,
    short_repr,
)

__all__ = [
    "Auditor",
    "CitationParser",
    "ClaimExtractor",
    "Cleaner",
    "Loader",
    "MarkerStyle",
    "Record",
    "ReferenceStyle",
    "Register",
    "Sectioner",
    "SentenceSplitter",
    "Support",
    "SupportChecker",
]

T = TypeVar("T")

#: The ``register`` callable a registration hook receives: ``register(name, component)``.
Register = Callable[[str, T], None]

#: Returns the removals it wants over ``doc.raw``; ``doc.text`` is still the raw text.
Cleaner = Callable[[Document], Iterable[Removal]]
#: Returns labelled sections of ``doc.text``; text that no section covers becomes ``body``.
Sectioner = Callable[[Document], Iterable[Section]]
#: Returns the spans of the sentences of a text, in order.
SentenceSplitter = Callable[[str], Iterable[Span]]
#: Returns inline markers and reference entries found in ``doc`` (sections and sentences set).
CitationParser = Callable[[Document], Iterable[Marker | Citation]]
#: Returns claims of ``doc`` (sections, sentences, markers and citations set).
ClaimExtractor = Callable[[Document], Iterable[Claim]]
#: Returns findings about ``doc`` (everything else set).
Auditor = Callable[[Document], Iterable[Finding]]


@runtime_checkable
class MarkerStyle(Protocol):
    """A way of writing inline citation markers, such as ``[1, 2]`` or ``¹²``.

    ``parse`` must read back what ``format`` writes: the labels of the markers found in
    ``format(labels)`` are ``labels``, in order (the round trip the tests check). A style may
    also have a hashable ``reads`` attribute: styles with equal ``reads`` find the same
    markers (they differ only in how they write), so a text is read once for all of them.
    """

    def format(self, labels: Sequence[str]) -> str:
        """Return the marker text that names ``labels``.

        Raise :class:`ValueError` for labels the style cannot write.
        """

    def parse(self, text: str) -> Iterable[Marker]:
        """Yield every candidate marker of this style in ``text``, with spans into ``text``.

        Propose what looks like a marker of the style; the caller judges candidates by their
        place in the sentence and the text's dominant style, and sets ``style`` to the name the
        style was registered under. Labels are strings (``("1", "2")``, never numbers). A
        marker naming no labels is an uncited-claim signal.
        """


@runtime_checkable
class ReferenceStyle(Protocol):
    """A way of writing a reference list, such as ``[1] Title`` lines or Markdown footnotes.

    ``parse`` must read back every field ``format`` writes: label, title, URL, publisher, date.
    As for :class:`MarkerStyle`, styles with equal ``reads`` attributes are read once.
    """

    def format(self, entries: Sequence[Citation]) -> str:
        """Return the reference-list text for ``entries``.

        Raise :class:`ValueError` for an entry the style cannot write.
        """

    def parse(self, text: str) -> Iterable[Citation]:
        """Yield every entry of this style in ``text`` in order, with ``span`` into ``text``
        and ``raw`` the text at that span. Lines that are no entry (headings) are skipped."""


def _unit_interval(_inst: object, attr: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attr.name} must lie in [0, 1], got {value}")


@attrs.frozen(kw_only=True)
class Support:
    """How well a body of evidence supports a claim: a support checker's verdict.

    ``supported`` is the verdict. ``score`` in ``[0, 1]`` says how well the best candidate
    matches the claim (for the built-in checker, the idf-weighted share of the claim's words it
    has), whatever the verdict: a claim can match a sentence well and still contradict it.
    ``evidence`` is the index of the best-matching candidate (``None`` if none matches) and
    ``reason`` says, in a phrase, why the claim is not supported.
    """

    supported: bool = attrs.field(validator=attrs.validators.instance_of(bool))
    score: float = attrs.field(
        validator=[attrs.validators.instance_of((int, float)), _unit_interval]
    )
    evidence: int | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(
            [attrs.validators.instance_of(int), attrs.validators.ge(0)]
        ),
    )
    reason: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )


#: Judges whether ``candidates`` (body sentences, in text order) support ``claim``.
SupportChecker = Callable[[str, Sequence[str]], Support]


@attrs.frozen(kw_only=True)
class Record:
    """One input document as a loader found it: its text and what is known about it.

    ``id``, ``url``, ``title``, ``source`` and ``date`` fill the :class:`Document`; ``path``
    names the input it came from. A loader that cannot read one part of an input (a bad JSON
    line, an undecodable archive record) yields a record with ``error`` set, naming the file
    and place, and goes on; the batch run reports it under the record's ``id``.
    """

    text: str = attrs.field(repr=short_repr)  # (a whole article: shortened)
    id: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    date: str | None = None
    path: str | None = None
    error: str | None = None

    def __attrs_post_init__(self) -> None:
        # A plugin's loader makes records: a field of a wrong type (an id read as a number,
        # text left as bytes) is its loader's failure, named with it, not a crash of the run
        # later on or an error record whose id is no string.
        if (
            type(self.text) is str
            and all(
                value is None or type(value) is str
                for value in (self.id, self.url, self.title, self.source, self.date, self.path)
            )
            and (self.error is None or type(self.error) is str)
        ):
            return
        for name in ("text", "id", "url", "title", "source", "date", "path", "error"):
            value = getattr(self, name)
            if not isinstance(value, str) and (name == "text" or value is not None):
                wanted = "str" if name == "text" else "str or None"
                shown = reprlib.repr(value)
                raise TypeError(
                    f"a Record's {name!r} must be {wanted}, got {type(value).__name__} {shown}"
                )


@runtime_checkable
class Loader(Protocol):
    """Reads input documents of one format (plain text, JSON Lines, HTML, WARC...).

    A loader whose inputs each hold exactly one document may set the class attribute
    ``one_per_input = True``: batch runs then let worker processes load such inputs themselves.

    A loader of a format whose encoding the file does not say (plain text, JSON) may take a
    keyword argument ``encoding`` in ``load``: it is passed when the user names one
    (``--encoding``, ``encoding=``), and the loader decodes with it. A loader that does not
    take it is called without it (a page or an archive says its own encoding).
    """

    def can_load(self, path: str, head: bytes) -> bool:
        """Tell whether this loader reads ``path`` (``"-"`` is standard input).

        ``head`` is the first bytes of the input (decompressed if it is gzip); it may be
        empty when they cannot be seen without consuming the input.
        """

    def load(self, path: str, fields: Mapping[str, str]) -> Iterable[Record]:
        """Yield the records of ``path`` in order.

        ``fields`` maps ``text``, ``id``, ``url``, ``title``, ``date`` and ``source`` to the
        names of the fields that hold them in structured records (JSON, CSV...); ``a.b`` names
        a field inside an object. Open the input with :func:`newsclaims.open_input`.
        A loader may also take ``encoding`` (see above).
        """

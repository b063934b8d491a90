"""The newsclaims hook specifications: every way a plugin can take part in parsing.

A plugin implements any of these with the :data:`newsclaims.hookimpl` marker: a function of a
hook's name without it would never be called, so registering the plugin fails, as it does for
a misspelt hook name or an argument the hook does not pass (arguments are passed by name; take
any of them). Registration hooks (``newsclaims_register_*``) receive a
``register(name, component)`` callable; the core then runs each component and names the plugin
and component in any failure. A component that cannot work as registered (not callable; a
style or loader class instead of an instance, or one without its methods) fails when it is
registered. Call hooks with keyword arguments only.
"""

from __future__ import annotations

import pluggy

from newsclaims._components import (
    Auditor,
    CitationParser,
    ClaimExtractor,
    Cleaner,
    Loader,
    MarkerStyle,
    ReferenceStyle,
    Register,
    Sectioner,
    SentenceSplitter,
    SupportChecker,
)

hookspec = pluggy.HookspecMarker("newsclaims")


@hookspec(firstresult=True)
def newsclaims_identify_source(raw: str, url: str | None) -> str | None:
    """Name the publication a raw text comes from, or return ``None`` if unknown.

    Called once per document, before cleaning, unless the caller gave ``source``. The name
    becomes :attr:`Document.source`; cleaners see it and may act only on their own sources.

    :param raw: the raw text of the document.
    :param url: the document's URL, if known.
    :returns: the publication's name, such as ``"The Japan News via Asia News Network"``;
        ``None`` when unknown (an empty name is refused as the plugin's failure).

    This is a ``firstresult`` hook: the first non-``None`` answer wins.

    .. versionadded:: 0.1
    """


@hookspec
def newsclaims_register_cleaners(register: Register[Cleaner]) -> None:
    """Register cleaners: functions ``cleaner(doc) -> Iterable[Removal]`` over ``doc.raw``.

    Called once per plugin manager, when the pipeline is first built. A cleaner never edits
    text: it returns :class:`~newsclaims.Removal` items (span and reason) over the raw text.
    The core merges the removals of all cleaners, resolving overlaps deterministically, and
    records which plugin removed each character and why.

    :param register: call ``register(name, cleaner)`` once per cleaner.

    .. versionadded:: 0.1
    """


@hookspec
def newsclaims_register_sectioners(register: Register[Sectioner]) -> None:
    """Register sectioners: functions ``sectioner(doc) -> Iterable[Section]`` over ``doc.text``.

    Called once per plugin manager. A sectioner labels parts of the cleaned text; spans index
    ``doc.text``. The built-in kinds are :data:`~newsclaims.SECTION_KINDS`: sentences and
    claims are not looked for in ``references``, and :attr:`Document.body` joins the ``body``
    sections. A plugin may use kinds of its own (``sidebar``), but one that only misspells a
    built-in kind (``reference``, ``Body``, ``key-points``) is refused as its failure. Where
    sections overlap, the earlier-starting (then the longer) wins; text no section covers
    becomes ``body``.

    :param register: call ``register(name, sectioner)`` once per sectioner.

    .. versionadded:: 0.1
    """


@hookspec
def newsclaims_register_sentence_splitters(register: Register[SentenceSplitter]) -> None:
    """Register sentence splitters: functions ``splitter(text) -> Iterable[Span]``.

    Called once per plugin manager. The core uses the first splitter registered in hook call
    order (third-party plugins before the built-in one) and calls it on the text of each section
    except the reference list. Spans must be in order and must not overlap.

    :param register: call ``register(name, splitter)``.

    .. versionadded:: 0.1
    """


@hookspec
def newsclaims_register_marker_styles(register: Register[MarkerStyle]) -> None:
    """Register inline citation marker styles (:class:`~newsclaims.MarkerStyle`).

    Called once per plugin manager, the first time its styles are needed. Every registered
    style takes part in :func:`newsclaims.parse_markers` (and so in the built-in citation
    parser): each proposes candidates, and the text as a whole decides which are markers.
    :func:`newsclaims.format_markers` writes labels in a style named by its registered name,
    which also becomes the ``style`` of the markers it finds. Where two plugins register the
    same name, the first called wins (third-party plugins are called before the built-ins).

    :param register: call ``register(name, style)`` once per style; ``style`` is an instance
        with ``format(labels) -> str`` and ``parse(text) -> Iterator[Marker]``. Labels are
        strings (``"1"``, not ``1``), in ``format``'s argument and each marker's ``labels``.

    .. versionadded:: 0.1
    """


@hookspec
def newsclaims_register_reference_styles(register: Register[ReferenceStyle]) -> None:
    """Register reference-list styles (:class:`~newsclaims.ReferenceStyle`).

    Called once per plugin manager, the first time its styles are needed. Every registered
    style takes part in :func:`newsclaims.parse_references`: the built-in sectioner finds
    reference lists with it, and the built-in citation parser reads the entries of the
    ``references`` sections. :func:`newsclaims.format_references` writes entries in a style
    named by its registered name. Where two plugins register the same name, the first called
    wins.

    :param register: call ``register(name, style)`` once per style; ``style`` is an instance
        with ``format(entries) -> str`` and ``parse(text) -> Iterator[Citation]``, each
        citation with its ``span`` in ``text``.

    .. versionadded:: 0.1
    """


@hookspec
def newsclaims_register_citation_parsers(register: Register[CitationParser]) -> None:
    """Register citation parsers: functions ``parser(doc) -> Iterable[Marker | Citation]``.

    Called once per plugin manager. A parser sees the cleaned text, its sections and sentences,
    and returns inline :class:`~newsclaims.Marker` items and reference-list
    :class:`~newsclaims.Citation` entries. The core links markers to claims; a label no entry
    resolves becomes a citation with only its label.

    :param register: call ``register(name, parser)`` once per parser.

    .. versionadded:: 0.1
    """


@hookspec
def newsclaims_register_claim_extractors(register: Register[ClaimExtractor]) -> None:
    """Register claim extractors: functions ``extractor(doc) -> Iterable[Claim]``.

    Called once per plugin manager. An extractor sees the sections, sentences, markers and
    citations. A claim's span indexes the cleaned text, ``doc.text`` (not ``doc.raw``), and
    its ``text`` is that slice exactly: ``doc.sentences`` and the sections' spans already
    index ``doc.text``, so an offset found within a sentence's or section's text is added to
    its ``start``. A claim at a wrong place fails the extractor, with where its text stands.
    Claims it returns without citations get the markers that stand inside them or right after
    them (after the full stop or closing quote) linked by the core. The claims of every
    extractor are put together in text order; one with the same span and kind as another is kept
    once. An extractor adds to the built-in ``newsclaims.claims``; to replace it, disable that
    plugin.

    :param register: call ``register(name, extractor)`` once per extractor.

    .. versionadded:: 0.1
    """


@hookspec
def newsclaims_register_support_checkers(register: Register[SupportChecker]) -> None:
    """Register support checkers: ``checker(claim, candidates) -> Support``.

    Called once per plugin manager. Auditors ask through :func:`newsclaims.check_support`, which
    calls the first registered checker (third-party before the built-in ``newsclaims.support``)
    with a summary claim's text (a headline, key point, pull quote) and the body sentences in
    text order. The checker returns a :class:`~newsclaims.Support`: the verdict, a score in
    ``[0, 1]``, the index of the best candidate as ``evidence`` (the audit points at that
    sentence) and a short ``reason`` when unsupported. A plugin can supply an entailment model
    here instead of the built-in deterministic alignment; it should be deterministic too.

    :param register: call ``register(name, checker)``.

    .. versionadded:: 0.1
    """


@hookspec
def newsclaims_register_auditors(register: Register[Auditor]) -> None:
    """Register auditors: functions ``auditor(doc) -> Iterable[Finding]``.

    Called once per plugin manager. An auditor sees the finished document and returns
    :class:`~newsclaims.Finding` items; the core records the plugin that produced each one.

    :param register: call ``register(name, auditor)`` once per auditor.

    .. versionadded:: 0.1
    """


@hookspec
def newsclaims_register_loaders(register: Register[Loader]) -> None:
    """Register loaders (:class:`~newsclaims.Loader`) that read input files into records.

    Called once per plugin manager. For each input the first loader, in hook call order, whose
    ``can_load`` accepts it reads it.

    :param register: call ``register(name, loader)`` once per loader, an instance with
        ``can_load`` and ``load``.

    .. versionadded:: 0.1
    """

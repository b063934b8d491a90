"""The pipeline: the one place that calls plugin code, stage by stage.

raw text -> identify source -> clean (removals) -> sections -> sentences -> citations -> claims
-> findings -> Document. Each stage reads what the earlier ones produced and adds its part.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import operator
import os
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import attrs
import pluggy

from newsclaims._citations import label_int
from newsclaims._components import Support
from newsclaims._guard import TimeUp, time_limit
from newsclaims._model import (
    SECTION_KINDS,
    Citation,
    Claim,
    Document,
    Finding,
    Marker,
    Removal,
    Section,
    Span,
    offset_map,
)
from newsclaims._plugins import (
    _CURRENT,
    Component,
    check_manager,
    components,
    current,
    make_plugin_manager,
    trace,
)
from newsclaims._text import apply_removals, merge_removals
from newsclaims.errors import InputError, NewsclaimsError, PluginError, wrong_type

__all__ = ["check_support", "default_manager", "parse", "split_sentences"]

T = TypeVar("T")


@functools.lru_cache(maxsize=1)
def default_manager() -> pluggy.PluginManager:
    """The plugin manager :func:`parse` uses when given none (built once, then reused)."""
    return make_plugin_manager()


#: Environment variable: the default per-component time limit of :func:`parse`, in seconds.
TIME_LIMIT_ENV = "NEWSCLAIMS_TIME_LIMIT"


def _time_limit_from_env() -> float | None:
    value = os.environ.get(TIME_LIMIT_ENV, "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds > 0 or seconds == float("inf"):
        raise NewsclaimsError(f"{TIME_LIMIT_ENV} must be a positive number of seconds: {value!r}")
    return seconds


def _check_time_limit(seconds: object) -> float:
    """Refuse a time limit that is no positive, finite number of seconds (as the environment
    variable's): it failed the first component, named as the culprit, and infinity made every
    component's timer thread fail."""
    if type(seconds) is bool or not isinstance(seconds, (int, float)):
        raise TypeError(f"time_limit must be a number of seconds, got {seconds!r}")
    if not 0 < seconds < float("inf"):
        raise ValueError(
            f"time_limit must be a positive, finite number of seconds, got {seconds!r}"
        )
    return seconds


def _check_text(text: object, doc_id: str | None) -> str:
    """Refuse what is not text: a non-string, or a lone surrogate (not encodable, not JSON)."""
    if not isinstance(text, str):
        raise InputError(f"expected text as str, got {type(text).__name__}", path=doc_id)
    if not text.isascii():
        try:
            text.encode("utf-8")  # faster than searching for surrogates, and finds the first
        except UnicodeEncodeError as exc:
            at = exc.start
            raise InputError(
                f"lone surrogate U+{ord(text[at]):04X} at character {at} is not text "
                "(decode with errors='replace' or 'backslashreplace' instead of "
                "'surrogateescape')",
                path=doc_id,
                line=text.count("\n", 0, at) + 1,
            ) from None
    return text


def _check_fields(doc_id: str | None, fields: dict[str, str | None]) -> None:
    """Refuse metadata with a lone surrogate, as the text is refused: it crashed the text
    output and the report (which cannot encode it) long after the document was parsed."""
    for name, value in fields.items():
        if not isinstance(value, str) or value.isascii():
            continue  # (a wrong type is the Document's validators' to refuse)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            at = exc.start
            raise InputError(
                f"lone surrogate U+{ord(value[at]):04X} at character {at} of the {name} "
                f"{value!a} is not text",
                path=doc_id,
            ) from None


class _Run:
    """One document's trip through the pipeline; collects failures when keeping going."""

    def __init__(
        self,
        pm: pluggy.PluginManager,
        doc_id: str | None,
        keep_going: bool,
        limit: float | None = None,
    ) -> None:
        self.pm = pm
        self.doc_id = doc_id
        self.keep_going = keep_going
        self.limit = limit
        self.failures: list[Finding] = []
        self.tracing = bool(getattr(pm, "tracing", False))  # as trace() reads it
        # Whether the caller has set the plugins for public helpers (``_CURRENT``) for every
        # call at once (as :func:`parse` does), or each call sets them.
        self.scoped = False

    def fail(self, comp: Component[Any], message: str, cause: BaseException | None) -> None:
        self.fail_as(comp.plugin, comp.hook, comp.name, message, cause)

    def fail_as(
        self,
        plugin: str,
        hook: str,
        component: str | None,
        message: str,
        cause: BaseException | None,
    ) -> None:
        err = PluginError(
            message, plugin=plugin, hook=hook, component=component, document=self.doc_id
        )
        if not self.keep_going:
            raise err from cause
        self.failures.append(
            Finding(kind="plugin_error", message=str(err), severity="error", plugin=plugin)
        )

    def invoke(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call plugin code within the time limit; iterate what it returns, if it can be."""
        if self.limit is None:  # no timer to arm: skip the context manager
            return _listed(func(*args, **kwargs))
        with time_limit(self.limit):
            return _listed(func(*args, **kwargs))

    def timeout_message(self) -> str:
        return f"did not finish within the time limit of {self.limit:g} s"

    def call(
        self,
        comp: Component[Any],
        arg: object,
        kind: type[T] | tuple[type, ...],
        check: _Check | None = None,
    ) -> list[T]:
        """Call a component, check every item it returns, and attribute any failure."""
        if self.tracing:
            trace(self.pm, comp.hook, comp.plugin, comp.name)
        # Public helpers that the component calls use these plugins (as using_manager() does,
        # without a generator-based context manager per call); :func:`parse` sets them once.
        token = None if self.scoped else _CURRENT.set((self.pm, self.doc_id))
        try:
            if self.limit is None:  # (invoke() inlined: a component call per stage and document)
                items = comp.func(arg)
                if type(items) is not list:
                    items = _listed(items)
            else:
                items = self.invoke(comp.func, arg)
        except TimeUp as exc:
            self.fail(comp, self.timeout_message(), exc)
            return []
        except NewsclaimsError as exc:
            self.fail(comp, str(exc), exc)
            return []
        except Exception as exc:
            self.fail(comp, f"{type(exc).__name__}: {exc}", exc)
            return []
        finally:
            if token is not None:
                _CURRENT.reset(token)
        if not isinstance(items, list):
            self.fail(comp, f"returned {type(items).__name__}, expected an iterable", None)
            return []
        # Fast path: one C-level pass over the types and one batch check. Only when either
        # fails does the loop below look item by item, to name the first bad one.
        if all(map(isinstance, items, itertools.repeat(kind))) and (
            check is None or check.ok(items)
        ):
            return items
        for item in items:
            if not isinstance(item, kind):
                expected = (
                    kind.__name__
                    if isinstance(kind, type)
                    else " or ".join(k.__name__ for k in kind)
                )
                self.fail(comp, f"returned {type(item).__name__}, expected {expected}", None)
                return []
            problem = check(item) if check is not None else None
            if problem is not None:
                self.fail(comp, problem, None)
                return []
        return items

    def stage(self, hook: str) -> list[Component[Any]]:
        return components(self.pm, hook)


def _listed(result: Any) -> Any:
    """What a component returned, iterated into a list if it can be."""
    if isinstance(result, (str, bytes)) or not hasattr(result, "__iter__"):
        return result
    return list(result)


class _Check:
    """What a stage requires of every item a component returns.

    ``item`` tells what is wrong with one item (``None``: nothing); ``ok`` tells at once whether
    every item of a list passes, and may be a faster batch test of the same condition.
    """

    __slots__ = ("item", "ok")

    def __init__(
        self,
        item: Callable[[Any], str | None],
        ok: Callable[[list[Any]], bool] | None = None,
    ) -> None:
        self.item = item
        self.ok = ok if ok is not None else self._each

    def __call__(self, item: Any) -> str | None:
        return self.item(item)

    def _each(self, items: list[Any]) -> bool:
        return list(map(self.item, items)).count(None) == len(items)  # (in C, no generator)


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


def _span_check(length: int, what: str) -> _Check:
    def check(item: Any) -> str | None:
        s = item if isinstance(item, Span) else getattr(item, "span", None)
        if isinstance(s, Span) and s.end > length:
            return f"returned a span {s.start}:{s.end} outside the {what} ({length} chars)"
        return None

    return _Check(check)


def _section_check(in_text: _Check) -> _Check:
    """:func:`_span_check`, and a kind that is no built-in one but is one misspelt (``Body``,
    ``reference``, ``key-points``): its text would go where no section is meant to."""

    def check(section: Section) -> str | None:
        kind = section.kind
        if kind not in SECTION_KINDS:
            meant = _KIND_KEYS.get(kind.lower().replace("-", "_").replace(" ", "_").rstrip("s"))
            if meant is not None:
                return f"returned a section of kind {kind!r}: the built-in kind is {meant!r}"
        return in_text.item(section)

    return _Check(check)


#: The built-in section kinds by a form that their misspellings share.
_KIND_KEYS = {kind.rstrip("s"): kind for kind in SECTION_KINDS}


def _spans_check(length: int, what: str) -> _Check:
    """:func:`_span_check` for a list of :class:`Span` items (a sentence splitter's)."""
    check = _span_check(length, what)
    return _Check(check.item, lambda spans: max(map(_END, spans), default=0) <= length)


def parse(
    text: str,
    *,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    id: str | None = None,  # noqa: A002 - the document's id, as in the JSON output
    date: str | None = None,
    plugin_manager: pluggy.PluginManager | None = None,
    keep_going: bool = False,
    time_limit: float | None = None,
) -> Document:
    """Parse a news text into a :class:`Document` with its claims, citations and findings.

    :param text: the raw text of one article.
    :param source: the publication; when ``None``, plugins identify it.
    :param url: the article's URL, if known.
    :param title: the article's title; when ``None``, the headline section gives it.
    :param id: an identifier that travels to the output and into error messages.
    :param date: the publication date, if known.
    :param plugin_manager: the plugins to use (default: :func:`make_plugin_manager`'s).
    :param keep_going: record a failing plugin as a ``plugin_error`` finding and go on,
        instead of raising :class:`PluginError`.
    :param time_limit: the seconds each plugin component may run on this document before it
        is stopped and reported as failed (default: ``NEWSCLAIMS_TIME_LIMIT``, else no limit).
    :raises InputError: ``text`` is not a string, or it or a field (``url``, ``title``,
        ``source``, ``date``) holds a lone surrogate.
    :raises PluginError: a plugin failed (unless ``keep_going``).
    :raises ValueError: ``time_limit`` is not a positive, finite number of seconds
        (``TypeError``: not a number).
    :raises TypeError: ``plugin_manager`` is no plugin manager, or ``keep_going`` is not
        ``True`` or ``False``.
    """
    text = _check_text(text, id)
    if keep_going is not True and keep_going is not False:  # (check_flags, inlined: per document)
        raise wrong_type("keep_going", "True or False", keep_going)
    # (Not the id: a file's name may hold undecodable bytes, as surrogates, and is its id.)
    _check_fields(id, {"url": url, "title": title, "source": source, "date": date})
    if plugin_manager is None:
        pm = default_manager()
    else:
        check_manager(plugin_manager)
        pm = plugin_manager
    limit = _check_time_limit(time_limit) if time_limit is not None else _time_limit_from_env()
    run = _Run(pm, id, keep_going, limit)

    if source is None:
        source = _identify(run, text, url)
    doc = _new_document(text, id=id, source=source, url=url, title=title, date=date)
    # Public helpers that the components call use this parse's plugins: set once for all the
    # stages (the pipeline's own code between them asks for none), not around every call.
    token = _CURRENT.set((pm, id))
    run.scoped = True
    try:
        return _stages(run, doc)
    finally:
        _CURRENT.reset(token)


def _stages(run: _Run, doc: Document) -> Document:
    """The stages of :func:`parse` after the source is known, from cleaning to findings."""
    text = doc.raw
    # Clean: every cleaner sees the raw text; the core merges their removals.
    removals: list[Removal] = []
    in_raw = _span_check(len(text), "raw text")
    for comp in run.stage("newsclaims_register_cleaners"):
        for r in run.call(comp, doc, Removal, in_raw):
            removals.append(Removal(span=r.span, reason=r.reason, plugin=comp.plugin, text=r.text))
    merged = merge_removals(text, removals)
    if merged:
        # Merged removals are sorted, disjoint and inside the raw text by construction.
        doc = _derive(
            doc,
            text=apply_removals(text, merged),
            removals=merged,
            _raw_starts=offset_map(merged),
        )

    # Sections: labelled parts; whatever is left becomes body.
    found: list[Section] = []
    in_text = _span_check(len(doc.text), "text")  # for the citation parsers too
    section_check = _section_check(in_text)
    for comp in run.stage("newsclaims_register_sectioners"):
        found.extend(run.call(comp, doc, Section, section_check))
    sections = _resolve_sections(doc.text, found)
    title = doc.title
    if title is None:
        headline = next((s for s in sections if s.kind == "headline"), None)
        if headline is not None:
            title = headline.span.slice(doc.text)

    # Sentences: the first splitter, on every section but the reference list.
    sentences = _sentences(run, doc.text, sections)
    doc = _derive(doc, title=title, sections=sections, sentences=sentences)

    # Citations: markers and reference entries.
    markers: list[Marker] = []
    entries: list[Citation] = []
    citation_check = in_text  # (a marker's labels are strings: the model refuses others)
    for comp in run.stage("newsclaims_register_citation_parsers"):
        item: Marker | Citation
        for item in run.call(comp, doc, (Marker, Citation), citation_check):
            (markers if isinstance(item, Marker) else entries).append(item)
    resolved = _resolve_markers(markers)
    doc = _derive(doc, markers=resolved, citations=_resolve_citations(entries, resolved))

    # Claims, with their markers linked.
    claims: list[Claim] = []
    claim_check = _claim_check(doc.text, doc.raw)
    for comp in run.stage("newsclaims_register_claim_extractors"):
        claims.extend(run.call(comp, doc, Claim, claim_check))
    doc = _derive(doc, claims=link_markers(doc.text, _resolve_claims(claims), doc.markers))

    # Findings; auditors reach this run's support checker through check_support().
    findings: list[Finding] = []
    finding_check = _finding_check(doc)
    for comp in run.stage("newsclaims_register_auditors"):
        got = run.call(comp, doc, Finding, finding_check)
        if got:
            findings.extend(attrs.evolve(f, plugin=comp.plugin) for f in got)
    findings.extend(run.failures)
    return _derive(doc, findings=tuple(sorted(findings, key=_finding_key)))


_DOC_FIELDS = tuple(a.name for a in attrs.fields(Document))
_NO_OFFSETS = offset_map(())


def _new_document(
    raw: str,
    *,
    id: str | None,  # noqa: A002 - as in parse()
    source: str | None,
    url: str | None,
    title: str | None,
    date: str | None,
) -> Document:
    """``Document(raw=raw, text=raw, ...)``, without the validators when every field given is
    ``None`` or a ``str`` (all they would check of a document with no parts yet)."""
    given = (id, source, url, title, date)
    if not all(v is None or type(v) is str for v in given):  # the validators say what is wrong
        return Document(raw=raw, text=raw, id=id, source=source, url=url, title=title, date=date)
    return _derive(_BLANK, raw=raw, text=raw, id=id, source=source, url=url, title=title, date=date)


def _derive(doc: Document, **changes: Any) -> Document:
    """``attrs.evolve`` without re-validating: for the documents :func:`parse` builds.

    Every stage checks what its plugins return (:meth:`_Run.call`) and the core's own parts
    are valid by construction, so re-running every validator over every span at every stage
    would only cost time; the tests check that each finished document passes them.
    ``text`` and ``removals`` change only together with the offset map ``_raw_starts``.
    """
    values = list(_DOC_GET(doc))  # (every field read at once, in C)
    for name, value in changes.items():
        values[_DOC_INDEX[name]] = value
    new = _NEW(Document)
    # (Speed: each slot set through its own descriptor, the loop in C.)
    _consume(map(_call, _DOC_SETS, itertools.repeat(new), values))
    return new


_NEW = object.__new__
_SET = object.__setattr__
# (Speed: a Span's slots set through their descriptors, for a span per sentence.)
_SPAN_START_SET, _SPAN_END_SET = vars(Span)["start"].__set__, vars(Span)["end"].__set__
#: The fields of the (slotted, frozen) Document, read at once; each field's place among them;
#: and the setters of their slots, in the same order.
_DOC_GET = operator.attrgetter(*_DOC_FIELDS)
_DOC_INDEX = {name: i for i, name in enumerate(_DOC_FIELDS)}
_DOC_SETS = tuple(vars(Document)[name].__set__ for name in _DOC_FIELDS)
#: ``f(*args)``: ``operator.call`` (in C) from Python 3.11 on.
_call: Callable[..., Any] = getattr(operator, "call", lambda f, *args: f(*args))

#: What :func:`_new_document` starts from: a document with no parts (every field ``()``, the
#: identity offset map), made unchecked (its text fields are set by each derived document).
_BLANK: Document = _NEW(Document)
for _name in _DOC_FIELDS:
    _SET(_BLANK, _name, ())
del _name
_SET(_BLANK, "_raw_starts", _NO_OFFSETS)


def _identify(run: _Run, raw: str, url: str | None) -> str | None:
    hook = "newsclaims_identify_source"
    caller = run.pm.hook.newsclaims_identify_source
    for impl in reversed(caller.get_hookimpls()):
        if impl.hookwrapper or impl.wrapper:
            continue
        trace(run.pm, hook, impl.plugin_name)
        kwargs = {k: v for k, v in (("raw", raw), ("url", url)) if k in impl.argnames}
        try:
            if run.limit is None:
                answer = impl.function(**kwargs)
            else:
                with time_limit(run.limit):
                    answer = impl.function(**kwargs)
        except TimeUp as exc:
            run.fail_as(impl.plugin_name, hook, None, run.timeout_message(), exc)
            continue
        except Exception as exc:
            run.fail_as(impl.plugin_name, hook, None, f"{type(exc).__name__}: {exc}", exc)
            continue
        if answer is not None:
            if not isinstance(answer, str) or not answer:
                message = (
                    f"returned {type(answer).__name__}, expected str or None"
                    if not isinstance(answer, str)
                    else "returned an empty name: return None when the source is unknown"
                )
                run.fail_as(impl.plugin_name, hook, None, message, None)
                continue
            return answer
    return None


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def _resolve_sections(text: str, found: Iterable[Section]) -> tuple[Section, ...]:
    """Make sections disjoint (earlier start, then longer, then kind wins) and fill body."""
    out: list[Section] = []
    covered = 0
    for s in sorted(found, key=lambda s: (s.span.start, -s.span.end, s.kind)):
        span = _trim(text, max(s.span.start, covered), s.span.end)
        if span is None:
            continue
        if span.start > covered:
            gap = _trim(text, covered, span.start)
            if gap is not None:
                out.append(Section("body", gap))
        out.append(Section(s.kind, span))
        covered = span.end
    gap = _trim(text, covered, len(text))
    if gap is not None:
        out.append(Section("body", gap))
    return tuple(out)


def _sentences(run: _Run, text: str, sections: Sequence[Section]) -> tuple[Span, ...]:
    splitters = run.stage("newsclaims_register_sentence_splitters")
    if not splitters:
        return ()
    comp = splitters[0]
    out: list[Span] = []
    for section in sections:
        if section.kind == "references":
            continue
        part = section.span.slice(text)
        offset = section.span.start
        spans = run.call(comp, part, Span, _spans_check(len(part), "section text"))
        # In order and disjoint: every span ends before the next starts (one C-level pass).
        if not all(map(operator.le, map(_END, spans), map(_START, spans[1:]))):
            last = 0
            for k, span in enumerate(spans):
                if span.start < last:
                    message = f"returned overlapping or unordered span {span.start}:{span.end}"
                    run.fail(comp, message, None)
                    spans = spans[:k]
                    break
                last = span.end
        starts, ends = list(map(_START, spans)), list(map(_END, spans))
        if _all_trimmed(part, starts, ends):
            # (The usual case: the spans as they are, or shifted, made in C.)
            out.extend(spans if offset == 0 else _shifted(starts, ends, offset))
            continue
        for span in spans:
            a, b = span.start, span.end
            if a < b and not part[a].isspace() and not part[b - 1].isspace():
                # Already trimmed: as it is (at offset 0), else shifted (made unchecked: a
                # checked span's ends moved by an offset >= 0 are valid).
                if offset == 0:
                    out.append(span)
                else:
                    shifted = _NEW(Span)
                    _SPAN_START_SET(shifted, a + offset)
                    _SPAN_END_SET(shifted, b + offset)
                    out.append(shifted)
                continue
            trimmed = _trim(text, a + offset, b + offset)
            if trimmed is not None:
                out.append(trimmed)
    return tuple(out)


def _all_trimmed(part: str, starts: list[int], ends: list[int]) -> bool:
    """Whether every span (``starts[i]:ends[i]`` of ``part``) is non-empty and has no white
    space at either end (one C-level pass over each)."""
    lasts = map(operator.sub, ends, itertools.repeat(1))
    return (
        all(map(operator.lt, starts, ends))
        and not any(map(str.isspace, map(part.__getitem__, starts)))
        and not any(map(str.isspace, map(part.__getitem__, lasts)))
    )


def _shifted(starts: list[int], ends: list[int], offset: int) -> list[Span]:
    """Spans ``starts[i] + offset : ends[i] + offset``, made unchecked (valid spans moved by an
    offset >= 0 are valid) and in C: each made empty, then its slots set through their
    descriptors."""
    spans: list[Span] = list(map(_NEW, itertools.repeat(Span, len(starts))))
    moved = itertools.repeat(offset)
    _consume(map(_SPAN_START_SET, spans, map(operator.add, starts, moved)))
    _consume(map(_SPAN_END_SET, spans, map(operator.add, ends, moved)))
    return spans


#: Runs an iterator to its end, keeping nothing (in C).
_consume: Callable[[Iterable[object]], None] = collections.deque[object](maxlen=0).extend


def _label_key(label: str) -> tuple[int, int, str]:
    return (0, n, "") if (n := label_int(label)) is not None else (1, 0, label)


def _resolve_markers(markers: Iterable[Marker]) -> tuple[Marker, ...]:
    """Sort markers by position; where two overlap, the earlier (then longer) one wins."""
    out: list[Marker] = []
    end = 0
    for m in sorted(markers, key=lambda m: (m.span.start, -m.span.end, m.style, m.labels)):
        if m.span.start >= end or not out:
            out.append(m)
            end = m.span.end
    return tuple(out)


def _resolve_citations(
    entries: Iterable[Citation], markers: Sequence[Marker]
) -> tuple[Citation, ...]:
    """One citation per label: the first entry in the text, or a bare label a marker names."""
    by_label: dict[str, Citation] = {}
    for c in sorted(entries, key=lambda c: (c.span.start if c.span else -1, _label_key(c.label))):
        by_label.setdefault(c.label, c)
    for m in markers:
        for label in m.labels:
            by_label.setdefault(label, Citation(label=label))
    return tuple(sorted(by_label.values(), key=lambda c: _label_key(c.label)))


def _claim_check(text: str, raw: str) -> _Check:
    def check(claim: Any) -> str | None:
        s = claim.span
        if s.end > len(text) or s.slice(text) != claim.text:
            where = (
                f"a claim span {s.start}:{s.end} outside the text ({len(text)} chars)"
                if s.end > len(text)
                else f"a claim whose text is not the text at {s.start}:{s.end}"
            )
            return "returned " + where + _offsets_hint(text, raw, claim.text, s)
        return None

    def ok(claims: list[Claim]) -> bool:
        # A claim's text is as long as its span, so it is the text at its span exactly when
        # the text has it there: one C-level pass, no slices.
        return all(map(text.startswith, map(_TEXT, claims), map(_SPAN_START, claims)))

    return _Check(check, ok)


def _offsets_hint(text: str, raw: str, found: str, span: Span) -> str:
    """Where a component's text stands, if its span was counted from somewhere else: the
    raw text, or the start of a section or sentence (only on the way to an error)."""
    if raw != text and span.slice(raw) == found:
        return (
            " (that is its place in doc.raw: spans index doc.text, the cleaned text, where "
            "the removals are taken out)"
        )
    at = text.find(found) if found else -1
    if at >= 0:
        return (
            f" (the text stands at {at}:{at + len(found)}: spans index the whole doc.text; "
            "add the section's or sentence's start to offsets counted within it)"
        )
    return ""


_TEXT = operator.attrgetter("text")
_SPAN_START = operator.attrgetter("span.start")


def _finding_check(doc: Document) -> _Check:
    n = len(doc.text)

    def check(f: Any) -> str | None:
        if f.claim is not None and not 0 <= f.claim < len(doc.claims):
            return f"returned a finding about claim {f.claim}, which does not exist"
        for s in (f.span, f.evidence):
            if s is not None and s.end > n:
                return f"returned a finding span {s.start}:{s.end} outside the text"
        return None

    return _Check(check)


def _resolve_claims(claims: list[Claim]) -> list[Claim]:
    """Sort claims by position and drop exact duplicates (same span and kind)."""
    starts = list(map(_START, map(_SPAN, claims)))
    if all(map(operator.lt, starts, itertools.islice(starts, 1, None))):
        return claims  # starts strictly ascending (the usual case): sorted, no duplicates
    out: list[Claim] = []
    seen: set[tuple[int, int, str]] = set()
    for c in sorted(claims, key=lambda c: (c.span.start, c.span.end, c.kind)):
        key = (c.span.start, c.span.end, c.kind)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


_SPAN = operator.attrgetter("span")


_GAP = re.compile(r"[\s.,;:!?\"'”’»)…]*")


def link_markers(
    text: str, claims: Sequence[Claim], markers: Sequence[Marker]
) -> tuple[Claim, ...]:
    """Give each claim without citations the markers inside it or right after it.

    A marker belongs to a claim if it lies inside the claim's span, or after it with nothing but
    white space, closing punctuation, closing quotes and other markers in between, and before
    the next claim starts.
    """
    if not markers:
        return tuple(claims)
    starts = [m.span.start for m in markers]
    claim_starts = [c.span.start for c in claims]
    out: list[Claim] = []
    for i, claim in enumerate(claims):
        if claim.citations:
            out.append(claim)
            continue
        # The next claim that starts after this one ends (a claim inside this one, such as a
        # quote within a statement, does not cut it off from the marker after it).
        k = bisect.bisect_left(claim_starts, claim.span.end, i + 1)
        limit = claim_starts[k] if k < len(claims) else len(text)
        labels: list[str] = []
        j = bisect.bisect_left(starts, claim.span.start)
        pos = claim.span.end
        while j < len(markers):
            m = markers[j]
            if m.span.end <= claim.span.end:
                labels.extend(m.labels)
            elif m.span.start >= pos and m.span.start < max(limit, pos + 1):
                gap = _GAP.match(text, pos, m.span.start)
                if gap is None or gap.end() != m.span.start or "\n" in text[pos : m.span.start]:
                    break
                labels.extend(m.labels)
                pos = m.span.end
            else:
                break
            j += 1
        if labels:
            claim = attrs.evolve(claim, citations=tuple(dict.fromkeys(labels)))
        out.append(claim)
    return tuple(out)


def _finding_key(f: Finding) -> tuple[Any, ...]:
    return (
        -1 if f.claim is None else f.claim,
        f.span.start if f.span else -1,
        f.kind,
        f.plugin,
        f.message,
        f.citation or "",
    )


def split_sentences(text: str, *, plugin_manager: pluggy.PluginManager | None = None) -> list[str]:
    """Split ``text`` into sentences with the first registered sentence splitter.

    Each sentence is returned without surrounding white space.

    >>> split_sentences("Gen. Smith arrived at 9 a.m. on Monday. He left.")
    ['Gen. Smith arrived at 9 a.m. on Monday.', 'He left.']
    """
    text = _check_text(text, None)
    pm = plugin_manager if plugin_manager is not None else default_manager()
    splitters = components(pm, "newsclaims_register_sentence_splitters")
    if not splitters:
        raise NewsclaimsError("no sentence splitter is registered")
    run = _Run(pm, None, False)
    out: list[str] = []
    for span in run.call(splitters[0], text, Span, _span_check(len(text), "text")):
        piece = span.slice(text).strip()
        if piece:
            out.append(piece)
    return out


def check_support(
    claim: str,
    candidates: Sequence[str],
    *,
    plugin_manager: pluggy.PluginManager | None = None,
) -> Support:
    """Ask the first registered support checker whether ``candidates`` support ``claim``.

    Auditors call this to judge a summary claim against body sentences: during :func:`parse` it
    uses the plugins of that parse, otherwise ``plugin_manager`` (default: the default
    manager's). Third-party checkers come before the built-in ``newsclaims.support``.

    :param claim: the claim's text.
    :param candidates: the evidence sentences, in text order.
    :param plugin_manager: the plugins to use outside a parse.
    :returns: the checker's :class:`Support`; ``evidence`` indexes ``candidates``.
    :raises PluginError: the checker failed or returned something invalid.

    >>> s = check_support("Prices rose 5% in May.", ["Prices rose 3% in May.", "It rained."])
    >>> (s.supported, s.evidence)
    (False, 0)
    """
    if not isinstance(claim, str):
        raise InputError(f"expected the claim as str, got {type(claim).__name__}")
    texts = tuple(candidates)
    context = current()
    doc_id: str | None = None
    if plugin_manager is not None:
        pm = plugin_manager
    elif context is not None:
        pm, doc_id = context
    else:
        pm = default_manager()
    checkers = components(pm, "newsclaims_register_support_checkers")
    if not checkers:
        raise NewsclaimsError("no support checker is registered")
    comp = checkers[0]
    trace(pm, comp.hook, comp.plugin, comp.name)

    def fail(message: str) -> PluginError:
        return PluginError(
            message, plugin=comp.plugin, hook=comp.hook, component=comp.name, document=doc_id
        )

    try:
        result = comp.func(claim, texts)
    except Exception as exc:
        raise fail(f"{type(exc).__name__}: {exc}") from exc
    if not isinstance(result, Support):
        raise fail(f"returned {type(result).__name__}, expected Support")
    if result.evidence is not None and not 0 <= result.evidence < len(texts):
        raise fail(f"returned evidence {result.evidence} for {len(texts)} candidates")
    return result

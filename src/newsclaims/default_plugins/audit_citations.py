"""Built-in plugin ``newsclaims.audit_citations``: uncited claims, dangling and unused citations.

- ``uncited_claim``: in a document that cites somewhere (a marker with a label), a body claim
  whose sentence carries no marker: a warning for a checkable claim (``checkworthy`` true or
  undecided), a note for analysis or opinion (``checkworthy`` false). Headlines, key points and
  pull quotes restate the article and are judged by support instead (``unsupported_claim``);
  a subheading (a short line of its own that does not end like a sentence), a lead-in (a
  line that ends with a colon) and a question claim nothing.
  A claim marked ``[citation needed]`` is flagged whether or not the document cites elsewhere.
  A claim that names a publisher of the reference list (``Bloomberg reported...``) says so,
  and the finding's ``citation`` is that entry's label.
- ``dangling_marker``: a marker label with no entry, when the document has a reference list.
- ``unused_citation``: a reference entry no marker names; when a claim matches the entry's
  title well, the finding suggests that link (``claim`` and ``score`` set); else a claim
  without a citation that names its publisher (``claim`` set). A text with no
  citation marker at all gets one such finding over its whole list (it cites nothing), and
  one for each entry only where it suggests a link.
- ``duplicate_citation``: a reference entry whose written label an earlier entry already has
  (``[2] ...`` twice): a marker with that label cannot say which source it means, and the
  document keeps the first entry only (a warning); or whose URL an earlier entry gives (a
  note: one source counted twice).
"""

from __future__ import annotations

import bisect
import operator
from collections import defaultdict
from collections.abc import Iterator
from itertools import chain

import attrs
import regex

from newsclaims import (
    Auditor,
    Citation,
    Document,
    Finding,
    Register,
    Span,
    hookimpl,
    parse_references,
)
from newsclaims._citations import names_only
from newsclaims.default_plugins._audit_text import (
    QUESTION,
    coverages,
    idf,
    index,
    keys,
    snippet,
)
from newsclaims.default_plugins.citations import LEADING_ARTICLE, source_key

#: A claim whose words cover this share of an unused entry's title is suggested as its claim.
SUGGEST = 0.5
CITATION_NEEDED = "citation_needed"
#: How many claims before a dangling marker are searched for the claim it is linked to.
_LOOK_BACK = 8
_CITATIONS = operator.attrgetter("citations")
#: What follows a label that a reference list writes: ``[1]``, ``1.``, ``1)``.
_WRITTEN = frozenset("].)")


def uncited(doc: Document) -> Iterator[Finding]:
    """Flag body claims that carry no citation in a document that cites elsewhere."""
    # (One C-level pass over the claims: most documents cite nothing.)
    cites = any(m.labels for m in doc.markers) or any(map(_CITATIONS, doc.claims))
    if not cites and not doc.markers:
        return  # nothing cites, and no claim is marked [citation needed]
    idx = index(doc)
    summary, sections = idx.claim_summary, idx.claim_sections
    covered = _cited_lines(doc) if cites else frozenset()
    names: _NamedSources | None = None  # (read at the first uncited claim)
    for i, claim in enumerate(doc.claims):
        if summary[i] or sections[i] != "body":
            continue
        around = idx.markers_within(idx.sentences_around(claim.span)) if doc.markers else []
        if any(m.style == CITATION_NEEDED for m in around):
            yield Finding(
                kind="uncited_claim",
                message="the claim is marked [citation needed]",
                severity="warning",
                claim=i,
            )
            continue
        if not cites or claim.citations or any(m.labels for m in around):
            continue
        if covered and doc.text.rfind("\n", 0, claim.span.start) + 1 in covered:
            continue  # its paragraph's markers, after its last sentence, cite it too
        if _subheading(doc.text, claim.span.start, claim.span.end):
            continue  # a subheading claims nothing
        if _lead_in(doc.text, claim.span.end):
            continue  # nor does a lead-in ("Here is a summary of the news:"): what follows does
        if QUESTION.search(claim.text) is not None:
            continue  # nor does a question
        if _LETTER.search(claim.text) is None:
            continue  # nor a number or mark alone (``**1.``, a numbered lead split from its text)
        if names is None:
            names = _NamedSources(doc)
        source = names.find(claim.text)
        hint = "" if source is None else f"; it names {source[0]}, reference [{source[1]}]"
        if claim.checkworthy is False:
            yield Finding(
                kind="uncited_claim",
                message=f"analysis or opinion with no citation{hint}",
                severity="note",
                claim=i,
                citation=None if source is None else source[1],
            )
        else:
            yield Finding(
                kind="uncited_claim",
                message=f"no citation, though the document cites its sources elsewhere{hint}",
                severity="warning",
                claim=i,
                citation=None if source is None else source[1],
            )


_LETTER = regex.compile(r"\p{L}")


def _cited_lines(doc: Document) -> frozenset[int]:
    """Where the paragraphs (lines) start whose markers cite them whole, in a text that cites by
    paragraphs, as some AI answers do (``... first. ... second. ... third. [1][2]``): every
    marker of the text ends its line, after the full stop of the line's last sentence, and some
    line with such markers holds more than one sentence. (A text with a marker inside a
    paragraph cites by sentences: a sentence there without one is uncited.) Empty otherwise."""
    text = doc.text
    starts: set[int] = set()
    several = False
    sentence_starts = [s.start for s in doc.sentences]
    for m in doc.markers:
        if not m.labels:
            continue
        line_end = text.find("\n", m.span.end)
        line_end = len(text) if line_end < 0 else line_end
        if _MARKERS_TO_END.fullmatch(text, m.span.end, line_end) is None:
            return frozenset()  # a marker inside its paragraph: the text cites by sentences
        line_start = text.rfind("\n", 0, m.span.start) + 1
        if line_start in starts:
            continue
        before = text[line_start : m.span.start].rstrip()
        while before and (before[-1] == "]" or before[-1] in _SUPERSCRIPTS):
            # (the markers before this one on the line)
            cut = before.rfind("[") if before.endswith("]") else len(before.rstrip(_SUPERSCRIPTS))
            before = before[: max(cut, 0)].rstrip()
        if before[-1:] not in _STOPS:
            return frozenset()  # a marker before the full stop: it cites its sentence
        starts.add(line_start)
        first = bisect.bisect_left(sentence_starts, line_start)
        several = several or (
            first + 1 < len(sentence_starts) and sentence_starts[first + 1] < m.span.start
        )
    return frozenset(starts) if several else frozenset()


# What may follow a marker that ends its paragraph: other markers, white space, a full stop.
_MARKERS_TO_END = regex.compile(r"(?:\s*(?:\[[^\[\]\n]{1,24}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹,˒⁻]+))*[\s.]*")
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹,˒⁻"
_STOPS = frozenset(".!?…\"”’')")

#: A subheading is a line of its own of at most this many words, with no closing punctuation.
_SUBHEADING_WORDS = 8


def _subheading(text: str, start: int, end: int) -> bool:
    """Tell whether a claim is a subheading (``## Why it matters``, ``Outlook``): a short line
    of its own that does not end like a sentence and is no list item. It claims nothing."""
    line = text[start:end]
    return (
        (start == 0 or text[start - 1] == "\n")
        and (end == len(text) or text[end] in "\r\n")
        and not line.rstrip().endswith((".", "!", "?", "…", '"', "”", "’", "'", ")", ";", ","))
        and len(line.split()) <= _SUBHEADING_WORDS
        and _LIST_ITEM.match(line) is None
    )


def _lead_in(text: str, end: int) -> bool:
    """Tell whether a claim ending at ``end`` leads into what follows: it ends its line with a
    colon (``Here is a summary of the latest news:``, ``The bank named three risks:``)."""
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    if rest.strip():
        return False
    # (Walked back over white space, not ``text[:end].rstrip()``: a copy of all the text before
    # each claim made the auditor quadratic in a long document.)
    i = end
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1] == ":"


_LIST_ITEM = regex.compile(r"\s*(?:[-*•▪◦‣●–—]|\(?\d{1,3}[.)])\s")


def _has_reference_list(doc: Document) -> bool:
    """Whether the document lists its sources: a references section, or an entry that stands
    apart from the markers. A link or a domain that cites in place (``[1](https://...)``,
    ``([Reuters](https://...))``, ``(reuters.com)``) defines only its own source: a text that
    cites so and by a bare ``[2]`` has no list that ``[2]`` misses."""
    if doc.sections_of("references"):
        return True
    entries = [c.span for c in doc.citations if c.span is not None]
    if not entries:
        return False
    markers = sorted((m.span.start, m.span.end) for m in doc.markers)
    starts = [start for start, _ in markers]
    for span in entries:
        at = bisect.bisect_right(starts, span.start) - 1
        if at < 0 or markers[at][1] < span.end:  # (not within the marker before it)
            return True
    return False


def dangling(doc: Document) -> Iterator[Finding]:
    """Flag marker labels that no reference entry resolves, when there is a reference list."""
    if not _has_reference_list(doc):
        return
    entries = {c.label for c in doc.citations if c.span is not None}
    starts = [c.span.start for c in doc.claims]
    for marker in doc.markers:
        for label in marker.labels:
            if label in entries:
                continue
            # The claim the core linked the marker to starts shortly before it.
            last = bisect.bisect_right(starts, marker.span.start) - 1
            claim = next(
                (
                    i
                    for i in range(last, max(-1, last - _LOOK_BACK), -1)
                    if label in doc.claims[i].citations
                ),
                None,
            )
            yield Finding(
                kind="dangling_marker",
                message=f"marker [{label}] has no entry in the reference list",
                severity="error",
                span=marker.span,
                citation=label,
                claim=claim,
            )


def unused(doc: Document) -> Iterator[Finding]:
    """Flag reference entries that no marker names; suggest the claim their title matches."""
    listed = [c for c in doc.citations if c.span is not None]
    if not listed:
        return  # no reference list: nothing to be unused (and the claims need not be read)
    named = {label for m in doc.markers for label in m.labels}
    named.update(chain.from_iterable(map(_CITATIONS, doc.claims)))
    if not named:
        # The text cites nothing: one finding says so, rather than one for every entry; only
        # the entries whose title a claim matches get their own (the link they suggest).
        first, last = listed[0].span, listed[-1].span
        assert first is not None and last is not None
        n = len(listed)
        what = "the reference entry is not" if n == 1 else f"none of the {n} reference entries is"
        yield Finding(
            kind="unused_citation",
            message=f"{what} cited: the text has no citation markers",
            severity="note",
            span=Span(first.start, last.end),
        )
    entries = [c for c in listed if c.label not in named]
    if not entries:
        return
    claim_keys = index(doc).claim_keys
    sources = _NamedSources(doc)
    titles = [keys(_title(c)) for c in entries]
    weights = idf(claim_keys + titles)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, ck in enumerate(claim_keys):
        for k in ck:
            postings[k].append(i)
    for entry, title in zip(entries, titles, strict=True):
        best, score = None, 0.0
        sharing = sorted({i for k in title for i in postings.get(k, ())})
        shares = coverages(title, map(claim_keys.__getitem__, sharing), weights)
        for i, s in zip(sharing, shares, strict=True):
            if s > score:
                best, score = i, s
        shown = _title(entry)
        if best is not None and score >= SUGGEST:
            yield Finding(
                kind="unused_citation",
                message=f"reference [{entry.label}] {shown!r} is never cited; the claim "
                f"{snippet(doc.claims[best].text)!r} matches its title ({score:.0%}): consider "
                "citing it there",
                severity="note",
                span=entry.span,
                citation=entry.label,
                claim=best,
                score=round(score, 4),
            )
        elif (naming := sources.naming(entry, doc)) is not None:
            yield Finding(
                kind="unused_citation",
                message=f"reference [{entry.label}] {shown!r} is never cited; the claim "
                f"{snippet(doc.claims[naming[0]].text)!r} names {naming[1]}: consider citing "
                "it there",
                severity="note",
                span=entry.span,
                citation=entry.label,
                claim=naming[0],
            )
        elif named:
            yield Finding(
                kind="unused_citation",
                message=f"reference [{entry.label}] {shown!r} is never cited",
                severity="note",
                span=entry.span,
                citation=entry.label,
            )


def duplicated(doc: Document) -> Iterator[Finding]:
    """Flag reference entries whose written label an earlier entry of the document has, and
    (as a note) entries whose URL an earlier entry gives.

    ``Document.citations`` keeps one entry per label (the first), so the lists are read again
    here. Entries without a written label (Markdown link lines, numbered in order by the
    reader) are left out: two such lists number from 1 each without anyone writing a label.
    Two labels for one URL are not ambiguous, but they count one source twice.
    """
    yield from _same_url(doc)
    first: dict[str, Citation] = {}
    for section in doc.sections_of("references"):
        offset = section.span.start
        for entry in parse_references(section.span.slice(doc.text)):
            raw, label = (entry.raw or "").lstrip("[^( \t"), entry.label
            written = raw.startswith(label) and raw[len(label) : len(label) + 1] in _WRITTEN
            if entry.span is None or not written:
                continue  # a label the reader gave, not one the list wrote
            span = Span(entry.span.start + offset, entry.span.end + offset)
            earlier = first.setdefault(entry.label, attrs.evolve(entry, span=span))
            if earlier.span == span:
                continue
            yield Finding(
                kind="duplicate_citation",
                message=f"reference [{entry.label}] is listed twice: {_title(earlier)!r} and "
                f"{_title(entry)!r}; markers [{entry.label}] are read as the first",
                severity="warning",
                span=span,
                citation=entry.label,
            )


def _same_url(doc: Document) -> Iterator[Finding]:
    """A note for each entry whose URL (but for a final ``/``) an earlier entry gives."""
    seen: dict[str, Citation] = {}
    for entry in doc.citations:
        if entry.url is None or entry.span is None:
            continue
        earlier = seen.setdefault(entry.url.rstrip("/"), entry)
        if earlier is not entry:
            yield Finding(
                kind="duplicate_citation",
                message=f"reference [{entry.label}] gives the URL of reference "
                f"[{earlier.label}]: one source is listed twice",
                severity="note",
                span=entry.span,
                citation=entry.label,
            )


class _NamedSources:
    """The publishers the reference lists name (``Bloomberg``, ``Der Spiegel``), found where a
    claim names one in its words (``Bloomberg reported...``, ``laut Spiegel``): the entry it
    should cite. A name inside a longer one is not it (``Times`` of ``The Times`` in ``New
    York Times``), nor is a name two entries give (which of them?)."""

    def __init__(self, doc: Document) -> None:
        by_key: dict[str, list[Citation]] = defaultdict(list)
        lists = [s.span for s in doc.sections_of("references")]
        for c in doc.citations:
            if c.span is None or not any(s.contains(c.span) for s in lists):
                continue  # (a source named in the text, ``(Source: NASA)``, is no entry)
            who = c.publisher or (c.title if c.url is None and c.title else None)
            if who is not None and names_only(who):
                by_key[source_key(who)].append(c)
        self._entries = {k: cs[0] for k, cs in by_key.items() if len(cs) == 1 and len(k) > 1}
        # Those whose name has a leading article (``The Atlantic``, ``Die Zeit``): the rest of
        # it is often a common word (``in the Atlantic``, ``in der Zeit nach der Wahl``).
        self._articled = {
            k for k, c in self._entries.items() if LEADING_ARTICLE.match(_publisher(c))
        }
        self._pattern: regex.Pattern[str] | None = None
        if self._entries:
            names = sorted({LEADING_ARTICLE.sub("", _publisher(c)) for c in self._entries.values()})
            alts = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
            self._pattern = regex.compile(
                rf"(?<![\p{{L}}\p{{N}}.@/-])(?:{alts})(?![\p{{L}}\p{{N}}])"
            )

    def find(self, text: str) -> tuple[str, str] | None:
        """The name and label of the listed source that ``text`` names, if any."""
        if self._pattern is None:
            return None
        for m in self._pattern.finditer(text):
            before = text[: m.start()].split()
            word = before[-1] if len(before) > 1 else ""  # (the first is capitalised anyway)
            if (
                word[:1].isupper()
                and word[-1].isalnum()
                and LEADING_ARTICLE.fullmatch(word + " ") is None
            ):
                continue  # a longer name's last words: ``New York Times``
            key = source_key(m.group())
            entry = self._entries.get(key)
            if entry is not None and (key not in self._articled or _as_a_source(text, m, before)):
                return _publisher(entry), entry.label
        return None

    def naming(self, entry: Citation, doc: Document) -> tuple[int, str] | None:
        """The first body claim that names ``entry``'s publisher, and the name."""
        if self._pattern is None or entry not in self._entries.values():
            return None
        sections = index(doc).claim_sections
        for i, claim in enumerate(doc.claims):
            if sections[i] == "body" and not claim.citations:
                found = self.find(claim.text)
                if found is not None and found[1] == entry.label:
                    return i, found[0]
        return None


# A word that cites a source named right after it (``according to``, ``laut Spiegel``), or one
# after the name (``The Atlantic reported``, ``Zeit berichtet``).
_CUE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:according[ ]to|told|laut|selon|según|segundo|secondo|volgens"
    r"|(?:reported|cited|quoted)[ ]by)[ ]+$"
)
_CUE_AFTER = regex.compile(
    r"(?i)[ ]*+,?[ ]*+(?:reported|reports|said|says|wrote|writes|revealed|berichtete?"
    r"|schreibt|schrieb|meldete?|rapporte|écrit|a[ ](?:rapporté|écrit)|informó|informa|publicó"
    r"|scrive|riporta|ha[ ]riportato|meldde|meldt|schrijft)(?![\p{L}])"
)


def _as_a_source(text: str, m: regex.Match[str], before: list[str]) -> bool:
    """Whether a listed publisher's name with a leading article, found without it in ``text``
    (``Atlantic`` of ``The Atlantic``), names that source: written with its article in capital
    (``..., The Atlantic said``; at the start with a word of reporting after it, ``The
    Atlantic reported...``), or without it by a word of reporting (``laut Spiegel``); after
    an article in lower case only by a word of reporting (``according to the Guardian``, ``the
    Guardian reported``; not ``in the Atlantic``, ``in der Zeit nach der Wahl``)."""
    word = before[-1] if before else ""
    if LEADING_ARTICLE.fullmatch(word + " ") is not None:
        if not word[:1].isupper():
            at = text.rfind(word, 0, m.start())
            return (
                _CUE_BEFORE.search(text[max(0, at - 20) : at]) is not None
                or _CUE_AFTER.match(text, m.end()) is not None
            )
        if len(before) > 1:
            return True
    elif _CUE_BEFORE.search(text[max(0, m.start() - 20) : m.start()]) is not None:
        return True
    return _CUE_AFTER.match(text, m.end()) is not None


def _publisher(c: Citation) -> str:
    return " ".join((c.publisher or c.title or "").split())


def _title(c: Citation) -> str:
    return c.title or c.raw or c.url or c.label


@hookimpl(trylast=True)
def newsclaims_register_auditors(register: Register[Auditor]) -> None:
    register("uncited_claim", uncited)
    register("dangling_marker", dangling)
    register("unused_citation", unused)
    register("duplicate_citation", duplicated)

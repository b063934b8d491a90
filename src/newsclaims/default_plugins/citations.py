"""Built-in plugin ``newsclaims.citations``: the built-in citation styles and citation parser.

It registers every built-in marker style (``[1, 2]``, ``[1][2]``, ``[1-3]``, ``¹``, ``[^1]``,
``【1】``, ``[citation needed]``...) and reference style (``[1] ...`` lines or run together,
``1. ...``, ``1) ...``, ``¹ ...``, Markdown footnote definitions and links), and the parser
that reads the entries of the ``references`` sections and the markers of all other text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import attrs
import regex

from newsclaims import (
    BracketMarkers,
    Citation,
    CitationNeeded,
    CitationParser,
    Document,
    FootnoteMarkers,
    FootnoteReferences,
    MarkdownLinkReferences,
    Marker,
    MarkerStyle,
    NumberedReferences,
    ReferenceStyle,
    Register,
    Span,
    SuperscriptMarkers,
    hookimpl,
    parse_entry_body,
    parse_markers,
    parse_references,
)
from newsclaims._citations import _DATE, RANGE_DASHES, _expand, label_int, names_only
from newsclaims.default_plugins.references import name_line_items, plain_entries, url_line_items

#: The built-in marker styles, by name, in the order they are registered.
MARKER_STYLES: dict[str, MarkerStyle] = {
    "brackets": BracketMarkers(),
    "brackets_compact": BracketMarkers(separator=","),
    "brackets_semicolon": BracketMarkers(separator="; "),
    "brackets_each": BracketMarkers(each=True),
    "brackets_range": BracketMarkers(dash="-"),
    "brackets_en_dash": BracketMarkers(dash="–"),
    "superscript": SuperscriptMarkers(),
    "caret": SuperscriptMarkers(caret=True),
    "footnote": FootnoteMarkers(),
    "footnote_caret": FootnoteMarkers(caret=True),
    "fullwidth": BracketMarkers(open="【", close="】", separator="、"),
    "citation_needed": CitationNeeded(),
}

#: The built-in reference-list styles, by name, in the order they are registered.
REFERENCE_STYLES: dict[str, ReferenceStyle] = {
    "brackets": NumberedReferences(),
    "run_together": NumberedReferences(run_together=True),
    "numbered": NumberedReferences(kind="dot"),
    "numbered_paren": NumberedReferences(kind="paren"),
    "superscript": NumberedReferences(kind="superscript"),
    "fullwidth": NumberedReferences(kind="fullwidth"),
    "footnotes": FootnoteReferences(),
    "markdown_links": MarkdownLinkReferences(),
}


_BULLET = regex.compile(r"^[-*•▪◦‣●]\s+")

# A source cited by a Markdown link, as AI assistants write it: ``([Reuters](https://...))``,
# ``([Reuters](u1), [AP](u2))``, ``[Reuters](https://...)`` after a sentence's end, or a link
# on a name that ends a sentence or clause (``... sales [Yonhap](https://...).``). (A link on
# a number, ``[1](https://...)``, is a bracket marker; any other link in the running prose is
# no citation.) The URL may hold one pair of parentheses (``.../Bank_(finance)``).
_LINK = regex.compile(
    r"\[(?P<text>[^\[\]\n^][^\[\]\n]{0,199})\]"
    r"\((?P<url>(?:https?://|www\.)[^\s()]+(?:\([^\s()]*\)[^\s()]*)?)\)"
)
# What may stand between two links of one citation: a comma, a semicolon, a space or "and".
_LINK_SEP = regex.compile(r"[ \t]*[,;][ \t]*|[ \t]+(?:and[ \t]+)?")
# What a sentence ends with: a full stop, ! or ?, then closing quotes or brackets, then spaces.
_SENTENCE_END = regex.compile(r"(?r)[.!?…][\"'”’)\]]*[ \t]*")
# The end of a sentence or clause right after a link: a full stop, !, ?, a comma, semicolon
# or colon, then space or the end (``According to [VnExpress](https://...), the city...``).
_ENDS_SENTENCE = regex.compile(r"[.!?…,;:](?:\s|$)")
# The text of a reference-style link before its label: ``[AP News]`` of ``[AP News][1]``.
_LINK_NAME = regex.compile(r"(?r)\[(?P<name>[^\[\]\n]{1,80})\]")
# The inside of a numeric marker: ``1``, ``1, 3``, ``2–4``, ``^1``.
_MARKER_TEXT = regex.compile(r"\^?\d{1,4}(?:\s*[-–,;]\s*\d{1,4})*")
# A site cited by its domain alone in parentheses, at a sentence's or clause's end, as AI
# assistants write it: ``... rose slightly (reuters.com).``, ``(apnews.com, bbc.co.uk)``. The
# domain is in lower case and ends in a common top-level domain (``(Node.js)``, ``(U.S.)`` and
# ``(e.g.)`` are no domains).
_TLD = (
    r"(?:com|org|net|gov|edu|int|info|news|io|eu|uk|us|ca|au|nz|ie|de|fr|it|es|nl|be|ch|at|se"
    r"|no|dk|fi|pl|pt|ru|ua|jp|kr|cn|tw|hk|sg|my|ph|id|th|vn|in|pk|za|ke|ng|br|mx|ar|cl|il|ae|qa"
    r"|africa|asia|tv)"
)
# (Linear time: a domain starts only where no label character or dot stands before it, and
# its labels are taken possessively, so a long run of letters is tried once, not from each of
# its characters.)
#: A site's domain in lower case, as answer engines cite it (the sentence splitter reads it too).
DOMAIN = rf"(?:[a-z0-9][a-z0-9-]*+\.)++{_TLD}"
_DOMAIN = rf"(?<![\w.-]){DOMAIN}(?![\w-])"
_DOMAINS = re.compile(
    rf"\((?P<domains>{_DOMAIN}(?:[ \t]*[,;][ \t]*{_DOMAIN})*)\)(?=[.,;:!?]|[ \t]*(?:\n|$))"
)
# The same in square brackets, as answer engines cite (``... on Tuesday [abc.net.au].``,
# ``[reuters.com, afr.com]``): at a sentence's or clause's end, or after a full stop, or
# before another such bracket; not a link's text (``[abc.net.au](https://...)``, ``[a.com][1]``).
_BRACKETED_DOMAINS = re.compile(
    rf"\[(?P<domains>{_DOMAIN}(?:[ \t]*[,;][ \t]*{_DOMAIN})*)\](?![(:]|\[[\d^])"
)
# What follows such a bracket at a sentence's or clause's end: punctuation, another bracket,
# or the line's end.
_BRACKET_END = re.compile(r"[.,;:!?\[]|[ \t]*(?:\n|$)")
# Or after a sentence's full stop, before the next sentence (``... hold. (afr.com) Markets``).
_AFTER_STOP_DOMAINS = re.compile(
    rf"\((?P<domains>{_DOMAIN}(?:[ \t]*[,;][ \t]*{_DOMAIN})*)\)(?=[ \t]+\S)"
)
_ONE_DOMAIN = re.compile(_DOMAIN)
# Sources named in parentheses after a "Source:" label, as summaries and data notes write them:
# ``(Source: Bangkok Post)``, ``(Sources: Reuters, AP)``, ``(source: reuters.com)``.
_SOURCE_NOTE = regex.compile(
    r"\((?:[Ss]ources?|SOURCES?)[ ]?:[ ]*(?P<names>[^()\n:]{1,160}?)[ ]*\)"
)
# (Linear time: a run of spaces is read once, from its first space.)
_SOURCE_NAMES = regex.compile(r"[,;][ ]*+(?:and[ ]++)?|(?<![ ])[ ]++and[ ]++")
_SOURCE_STARTS = ("(Source", "(source", "(SOURCE")
_NO_SOURCE = frozenset(("none", "unknown", "n/a", "na", "not available", "unavailable", "-"))


def link_citations(text: str) -> Iterator[Marker | Citation]:
    """Yield the markers and sources of the links and domains that cite a source (see
    :data:`_LINK` and :data:`_DOMAINS`): a marker of style ``link`` over each citation (with its
    parentheses), labelled with each link's URL or each domain, and one :class:`Citation` per
    label, where its link or domain first stands. A link's text is the source's publisher when
    it is a name (``Reuters``, ``AP News``, ``reuters.com``), else its title. (Links carry their
    source: they need no reference list.)"""
    seen: set[str] = set()
    if "]" in text and "](" in text:  # (the one-character scan first: in C, far faster)
        runs = _cited_links(text)
        # A link on a name before a full stop or comma cites only in a text that cites by links
        # elsewhere: a page scraped to Markdown links names to topic pages.
        if any(strong for _, _, _, strong in runs):
            for start, end, run, _ in runs:
                labels = tuple(dict.fromkeys(m["url"] for m in run))
                yield Marker(span=Span(start, end), labels=labels, style="link")
                for m in run:
                    if m["url"] not in seen:
                        seen.add(m["url"])
                        name = " ".join(m["text"].split())
                        who = {"publisher": name} if names_only(name) else {"title": name}
                        span = Span(m.start(), m.end())
                        yield Citation(
                            label=m["url"], url=m["url"], raw=m.group(), span=span, **who
                        )
    # (Speed: each "(" found by a C-level scan and the pattern tried there, some times cheaper
    # than the pattern's own scan of the whole text for its first character.)
    at = text.find("(")
    while at >= 0:
        cited = _DOMAINS.match(text, at) or _AFTER_STOP_DOMAINS.match(text, at)
        if cited is not None and (cited.re is _DOMAINS or _SENTENCE_END.match(text, 0, at)):
            yield from _domains(cited, seen)
        elif text.startswith(_SOURCE_STARTS, at):
            note = _SOURCE_NOTE.match(text, at)
            if note is not None:
                yield from _source_note(note, seen)
        at = text.find("(", at + 1)
    if "." in text and "]" in text:
        at = text.find("[")
        last = -1  # where the last bracket that cited ended
        while at >= 0:
            cited = _BRACKETED_DOMAINS.match(text, at)
            if cited is not None and _cites_in_brackets(text, cited, last):
                yield from _domains(cited, seen)
                last = cited.end()
            at = text.find("[", at + 1)


# A run of markers before a bracket: a closing bracket, then spaces. (Matched backwards from
# the bracket: no copy of the text before it, which made a text of many brackets quadratic.)
_AFTER_BRACKET = regex.compile(r"(?r)\][ \t]*+")
# A word before a bracket that names a site rather than cites one: a preposition or a noun of
# a site (``I posted it on [x.com]``, ``links to a fake site [paypa1.com]``).
_NAMES_A_SITE = regex.compile(
    r"(?ri)\b(?:on|at|to|from|in|into|onto|via|of|by|for|with|through|under|about|like"
    r"|site|website|webpage|page|platform|domain|address|link|url|app|portal|account|forum"
    r"|called|named|visit|visited|visiting|see)[ \t]*+"
)
# Words that cite the site after them: ``according to``, ``reported by`` (no site's ``by``).
_CITED_BY = regex.compile(
    r"(?ri)\b(?:according[ \t]+to|(?:reported|cited|quoted|published)[ \t]+by)[ \t]*+"
)
# How far back a quotation's opening mark is looked for (no copy and no scan of a long line).
_QUOTE_REACH = 400


def _cites_in_brackets(text: str, cited: re.Match[str], run: int) -> bool:
    """Whether a domain in square brackets cites its site, as answer engines cite: at a
    sentence's or clause's end (``... on Tuesday [abc.net.au].``), after a full stop (``...
    rose. [bbc.co.uk] Bills``) or in a run of such brackets (``[bbc.co.uk][theguardian.com]``);
    not after a preposition or a word for a site (``on [x.com],``, ``a fake site
    [paypa1.com].``) and not in a quotation (``"I posted it on [x.com], not..." he said``)."""
    at = cited.start()
    after = _AFTER_BRACKET.match(text, 0, at)
    if not (
        _BRACKET_END.match(text, cited.end()) is not None
        or _SENTENCE_END.match(text, 0, at) is not None
        or (after is not None and after.start() + 1 == run)
    ):
        return False
    if _NAMES_A_SITE.match(text, 0, at) is not None and _CITED_BY.match(text, 0, at) is None:
        return False
    return not _in_quotation(text, at)


def _in_quotation(text: str, at: int) -> bool:
    """Whether ``at`` stands in a quotation opened on its line (within :data:`_QUOTE_REACH`
    characters): after an odd number of straight double quotes, or after an opening mark
    (``“``, ``„``, ``«``) that no closing one follows (``„...“`` is German's pair)."""
    start = max(0, at - _QUOTE_REACH)
    start = text.rfind("\n", start, at) + 1 or start
    if text.count('"', start, at) % 2:
        return True
    opened = max(text.rfind("“", start, at), text.rfind("„", start, at), text.rfind("«", start, at))
    closed = max(text.rfind("”", start, at), text.rfind("»", start, at))
    if opened <= closed:
        return False
    # A German quotation closes with “: it is open only if its „ is the last mark.
    return text[opened] != "“" or text.rfind("„", start, opened) <= max(
        closed, text.rfind("“", start, opened)
    )


def _domains(cited: re.Match[str], seen: set[str]) -> Iterator[Marker | Citation]:
    """The marker and sources of domains in brackets (``(reuters.com, afr.com)``)."""
    text = cited.string
    domains = _ONE_DOMAIN.findall(text, cited.start("domains"), cited.end("domains"))
    yield Marker(
        span=Span(cited.start(), cited.end()), labels=tuple(dict.fromkeys(domains)), style="link"
    )
    pos = cited.start("domains")
    for domain in domains:
        pos = text.index(domain, pos)
        if domain not in seen:
            seen.add(domain)
            yield Citation(
                label=domain, publisher=domain, raw=domain, span=Span(pos, pos + len(domain))
            )


def _source_note(note: regex.Match[str], seen: set[str]) -> Iterator[Marker | Citation]:
    """The marker and sources of a ``(Source: ...)`` note: each source named is a label, the
    publisher when it is a name or a domain (``Bangkok Post``), else the title
    (``company filings``)."""
    names: list[tuple[int, int]] = []
    at = note.start("names")
    for sep in _SOURCE_NAMES.finditer(note.string, at, note.end("names")):
        names.append((at, sep.start()))
        at = sep.end()
    names.append((at, note.end("names")))
    names = [(a, a + len(note.string[a:b].rstrip(" "))) for a, b in names]  # (before a ",")
    names = [(a, b) for a, b in names if b > a and note.string[a:b].lower() not in _NO_SOURCE]
    labels = [note.string[a:b] for a, b in names]
    if not labels:
        return  # ``(Source: unknown)`` names none: the claim stays uncited
    yield Marker(
        span=Span(note.start(), note.end()), labels=tuple(dict.fromkeys(labels)), style="link"
    )
    for a, b in names:
        name = note.string[a:b]
        if name not in seen:
            seen.add(name)
            who = {"publisher": name} if names_only(name) else {"title": name}
            yield Citation(label=name, raw=name, span=Span(a, b), **who)


def prose_links(text: str) -> list[regex.Match[str]]:
    """The Markdown links of ``text`` with an ``http(s)://`` or ``www.`` URL, but for those on a
    number (``[1](https://...)``: a bracket marker) and images (``![A ship](https://...)``)."""
    return [
        m
        for m in _LINK.finditer(text)
        if not m["text"].strip().isdigit() and not (m.start() and text[m.start() - 1] == "!")
    ]


def cited_link_starts(text: str, links: list[regex.Match[str]]) -> set[int]:
    """Where the links (``links``, the :func:`prose_links` of ``text``) that
    :func:`link_citations` reads as citations start."""
    runs = _cited_links(text, links)
    if not any(strong for _, _, _, strong in runs):
        return set()
    return {m.start() for _, _, run, _ in runs for m in run}


def _cited_links(
    text: str, links: list[regex.Match[str]] | None = None
) -> list[tuple[int, int, list[regex.Match[str]], bool]]:
    """The runs of links that cite a source: ``(start, end, links, strong)``, ``strong`` for a
    run in parentheses or after a sentence's end, not for links on names before a full stop."""
    if links is None:
        links = prose_links(text)
    out = []
    i = 0
    while i < len(links):
        j = i + 1  # links[i:j] stand together, only separators between them
        while j < len(links) and _LINK_SEP.fullmatch(text, links[j - 1].end(), links[j].start()):
            j += 1
        run = links[i:j]
        i = j
        start, end = run[0].start(), run[-1].end()
        if start > 0 and text[start - 1] == "(" and text.startswith(")", end):
            out.append((start - 1, end + 1, run, True))
        elif _SENTENCE_END.match(text, 0, start) is not None:
            out.append((start, end, run, True))
        elif _ENDS_SENTENCE.match(text, end) and all(names_only(m["text"]) for m in run):
            out.append((start, end, run, False))
    return out


def parse_citations(doc: Document) -> Iterator[Marker | Citation]:
    """Yield the entries of the ``references`` sections, then the markers of all other text.

    A section that no reference style reads is a list of unnumbered source lines under a
    sources heading (``Sources`` then ``Reuters - Title`` lines): each line is an entry,
    labelled ``1``, ``2``... in order, as Markdown link entries are."""
    found: list[Citation] = []
    text = doc.text
    lists = doc.sections_of("references")
    for section in lists:
        offset = section.span.start
        entries = parse_references(section.span.slice(doc.text))
        for entry in entries:
            assert entry.span is not None  # parse_references always sets it
            found.append(
                attrs.evolve(entry, span=Span(entry.span.start + offset, entry.span.end + offset))
            )
        urls = None if entries else url_line_items(text, section.span.start)
        if urls is not None:
            # A sources line of web addresses: each one an entry, labelled 1, 2... in order.
            for n, item in enumerate(urls, 1):
                url = item["url"].rstrip(".")
                found.append(
                    Citation(
                        label=str(n),
                        title=item["title"],
                        url=url,
                        raw=item.group().rstrip("."),
                        span=Span(item.start(), item.start() + len(item.group().rstrip("."))),
                    )
                )
        elif not entries and (names := name_line_items(text, section.span.start)) is not None:
            # A sources line of names: each one an entry, its publisher, labelled 1, 2...
            for n, (start, end) in enumerate(names, 1):
                name = text[start:end]
                fields = parse_entry_body(name) if name.endswith(")") else {}
                date = fields.get("date")
                # (``Reuters (2024)``, a name and a year alone, reads as a title and its date.)
                who = (fields.get("publisher") or fields.get("title")) if date else None
                found.append(
                    Citation(
                        label=str(n),
                        publisher=who or name,
                        date=date,
                        raw=name,
                        span=Span(start, end),
                    )
                )
        elif not entries:
            # Unnumbered lines under a sources heading: labelled 1, 2... in order.
            for n, (start, end) in enumerate(plain_entries(text, section.span.start), 1):
                body = _BULLET.sub("", text[start:end])
                found.append(
                    Citation(
                        label=str(n),
                        raw=text[start:end],
                        span=Span(start, end),
                        **parse_entry_body(body),
                    )
                )
    if lists:
        text = _blanked(text, [section.span for section in lists])
    markers = parse_markers(text, known_labels=[c.label for c in found])
    if found and "(" in text and not any(m.labels for m in markers):
        markers = (*markers, *_parenthesised(text, {c.label for c in found}))
    if found and "][" in text:
        found = _named_by_links(text, markers, found)
    if "](" in text:
        found = [*found, *_number_links(text, markers, {c.label for c in found})]
    if "(" in text and ", " in text:
        dated = list(_author_dates(text, found))
        if dated:
            markers = (*markers, *(m for m in dated if isinstance(m, Marker)))
            found = [*found, *(c for c in dated if isinstance(c, Citation))]
    yield from found
    yield from markers
    yield from link_citations(text)


# A number (or numbers, or a range) in parentheses after a space, as some summaries cite their
# numbered sources: ``... tariffs (4).``, ``(1, 2)``, ``(2)(3)``, ``(2–4)``; or glued to a
# sentence's end: ``... gesunken.(1) Die ...``.
_RANGE = f"[ ]?[{regex.escape(RANGE_DASHES)}][ ]?"
_PAREN_MARKER = regex.compile(
    rf"(?<=[ \t).!?…\"”’»])"
    rf"\((\d{{1,3}}(?:{_RANGE}\d{{1,3}})?(?:[,;][ ]?\d{{1,3}}(?:{_RANGE}\d{{1,3}})?)*)\)"
)
_PAREN_ITEM = regex.compile(rf"(\d+)(?:{_RANGE}(\d+))?")
# What such a marker glued to a sentence's end stands after (``... gesunken.(1) Die ...``).
_GLUED_AFTER = frozenset('.!?…"”’»')
# What follows such a marker at a sentence's or clause's end: punctuation, or the line's end.
_PAREN_END = regex.compile(r"[ \t]*(?:[.,;:!?…\"'”’]|\n|$)")


def _parenthesised(text: str, labels: set[str]) -> Iterator[Marker]:
    """The numbers in parentheses that cite the reference list, in a text with no other
    numbered marker: each at a sentence's or clause's end (a run of them too), and each label
    one of the list's. (Elsewhere such a number is the text's own: an age, ``a man (45) was
    held``, a list's item, ``(1) a levy``; one the list does not define is one too.)"""
    found = list(_PAREN_MARKER.finditer(text))
    # Those at a sentence's end, each with where its run starts.
    ends: list[tuple[regex.Match[str], tuple[str, ...], int]] = []
    i = 0
    while i < len(found):
        k = i + 1  # found[i:k] stand together: ``(2)(3)``, ``(2) (3)`` (each read once)
        while k < len(found) and not text[found[k - 1].end() : found[k].start()].strip(" \t"):
            k += 1
        if (
            _PAREN_END.match(text, found[k - 1].end()) is not None
            or text[found[i].start() - 1] in _GLUED_AFTER
        ):
            for m in found[i:k]:
                cited = _expand([(a, b or None) for a, b in _PAREN_ITEM.findall(m[1])])
                if cited is not None:
                    ends.append((m, cited, found[i].start()))
        i = k
    listed = sum(1 for _, cited, _ in ends if all(label in labels for label in cited))
    # Where two such numbers or more cite the list, one a few past its last entry cites an
    # entry the list lacks (``(3)`` below a list of two), which the audit reports; if it
    # stands where markers stand, not after a name or a person, whose age it is (``her
    # daughter Lily (4).``).
    numbers = [n for label in labels if (n := label_int(label)) is not None]
    past = max(numbers, default=0) + _PAST_THE_LIST
    for m, cited, start in ends:
        if all(label in labels for label in cited) or (
            listed >= 2
            and all((label_int(label) or 0) <= past for label in cited)
            and _where_markers_stand(text, start)
        ):
            yield Marker(span=Span(m.start(), m.end()), labels=cited, style="parenthesised")


# The word before a number in parentheses (backwards from it).
_WORD_BEFORE = regex.compile(r"(?r)(?:^|(?<=\s))(?P<word>\S{1,60}+)[ \t]*+")
# Words for a person, after whom a number in parentheses is an age (``a boy (4)``).
_PERSONS = frozenset(
    (
        *("man", "woman", "boy", "girl", "son", "daughter", "child", "baby", "toddler"),
        *("wife", "husband", "mother", "father", "brother", "sister", "teenager", "aged"),
    )
)


def _where_markers_stand(text: str, start: int) -> bool:
    """Whether a number in parentheses at ``start`` stands where a marker stands: after a
    sentence's full stop (``... rose. (3)``), or after a word in lower case (``... fell 2%
    on Monday (3).``, ``... hit $32bn (3).``), not a name's (``Lily (4)``) or a person's."""
    if _SENTENCE_END.match(text, 0, start) is not None:
        return True
    before = _WORD_BEFORE.match(text, 0, start)
    if before is None:
        return False
    word = before["word"].strip("\"'“”‘’«»,;:")
    return (
        not word[:1].isupper()
        and any(c.islower() for c in word)
        and word.casefold() not in _PERSONS
    )


#: A number in parentheses at most this much past a reference list's last number cites it.
_PAST_THE_LIST = 3


# A source named with a date in parentheses, as author-date styles cite: ``(Reuters, 2024)``,
# ``(Destatis, 30 January 2024)``, ``(Smith et al., 2020)``: a comma after the name (``(May
# 2024)``, ``(FY 2024)`` and ``(Vision 2030)`` are dates and names).
# Several notes in one pair share it, a semicolon apart: ``(Reuters, 2024; AP, 2024)``.
_NAME_DATE = regex.compile(
    rf"\((?:(?P<name>\p{{Lu}}[^()\n,;]{{0,60}}?),[ ](?P<date>{_DATE}|(?:1[89]|20)\d\d[a-z]?)"
    r"(?:;[ ]+(?=\p{Lu})|(?=\))))+\)"
)
_ET_AL = regex.compile(r",?[ ]et[ ]al\.$")
# An article before a source's name, which a mention of it may leave out: ``(Spiegel, 2024)``
# for ``Der Spiegel``, ``(Monde, 2024)`` for ``Le Monde``, ``(Guardian, 2024)``.
LEADING_ARTICLE = regex.compile(
    r"(?i)^(?:the|der|die|das|le|la|les|l'|l’|el|los|las|il|lo|de|het)[ ]?(?<=[ '’])"
)
# The words of a news outlet's name (``Wall Street Journal``, ``AP News``), and the wire
# agencies and broadcasters named alone: a note of such a name cites a source even where the
# reference list does not name it; another name and a year is as often a place and its year.
_OUTLET_WORDS = frozenset(
    word.casefold()
    for word in (
        *("Journal", "Times", "News", "Post", "Press", "Herald", "Tribune", "Gazette"),
        *("Telegraph", "Guardian", "Economist", "Chronicle", "Observer", "Magazine", "Daily"),
        *("Reuters", "Bloomberg", "AFP", "AP", "Xinhua", "Kyodo", "Yonhap", "dpa", "EFE"),
        *("ANSA", "TASS", "Bernama", "Antara", "PTI", "Anadolu", "AAP", "BBC", "CNN", "NPR"),
        *("CNBC", "NHK", "Nikkei", "Politico", "Axios"),
    )
)


def source_key(name: str) -> str:
    """A source's name as two mentions of it may differ: case, a leading article (``The``,
    ``Der``, ``Le``, ``El``...)."""
    return LEADING_ARTICLE.sub("", " ".join(name.split())).casefold()


def _author_dates(text: str, entries: Sequence[Citation]) -> Iterator[Marker | Citation]:
    """The markers of the sources named with a date in parentheses at a sentence's or clause's
    end (:data:`_NAME_DATE`): each cites the entries of the reference list that name it as
    their publisher (or, named alone, as their title: ``Sources: Reuters, Bloomberg``); where
    some note cites the list so, one that names no entry of it but authors (``Smith et al.``,
    ``Smith & Jones``) or a news outlet (:data:`_OUTLET_WORDS`: ``(Wall Street Journal,
    2024)``) is a marker of that name, which the list does not define, and where most notes
    (two or more) cite it, so is one of any name with more than a year or of authors
    (``(Handelsblatt, 5 March 2024)``, ``(Müller and Weber, 2024)``). In a text with no
    reference list, each names its own source (a citation labelled with the name) where the
    text has two such notes or more (those in one pair of parentheses count as one), three if
    each gives a year alone. A name and a year in parentheses is as often a place and its year
    (``the Games (Paris, 2024).``): with a list, one that names no entry is no marker."""
    notes = []
    strong = 0  # notes with more than a year, or authors' names (``et al.``, ``&``)
    for m in _NAME_DATE.finditer(text):
        if _PAREN_END.match(text, m.end()) is None:
            continue
        for i, (raw, date) in enumerate(zip(m.captures("name"), m.captures("date"), strict=True)):
            name = " ".join(raw.split())
            core = _ET_AL.sub("", name)
            if names_only(core.replace(" & ", " and ")) and not _CODE_WORD.search(core):
                full = not date.isdigit() or core != name or " & " in name
                notes.append((m, i, name, full or " and " in name))
                strong += full
    if not notes:
        return
    if entries:
        by_name: dict[str, list[str]] = {}
        for c in entries:
            who = c.publisher or (c.title if c.url is None and c.title else None)
            if who is not None:
                by_name.setdefault(source_key(who), []).append(c.label)
        cited = [(m, name, by_name.get(source_key(name)), full) for m, _, name, full in notes]
        listed = sum(1 for _, _, labels, _ in cited if labels)
        if not listed:
            return
        # Where most notes (two or more) cite the list, one of the same kind that names none
        # of its entries cites a source the list lacks (``(Handelsblatt, 5 March 2024)``), as
        # authors and outlets do wherever they stand; but not a name and a year alone, as
        # often a place and its year (``the Olympic Games (Paris, 2024).``).
        kind = listed >= 2 and 2 * listed > len(cited)
        marks: dict[tuple[int, int], list[str]] = {}
        for m, name, labels, full in cited:
            if labels:
                got = tuple(dict.fromkeys(labels))
            elif (kind and full) or _ET_AL.search(name) or " & " in name or _an_outlet(name):
                got = (name,)
            else:
                continue
            marks.setdefault(m.span(), []).extend(got)
        for (start, end), all_got in marks.items():
            yield Marker(span=Span(start, end), labels=dict.fromkeys(all_got), style="author_date")
        return
    # (Counted by their parentheses: a list of places and their years in one pair, ``(Rio de
    # Janeiro, 2016; Tokyo, 2021; Paris, 2024)``, is no three sources.)
    if len({m.span() for m, _, _, _ in notes}) < (2 if strong else 3):
        return
    seen: set[str] = set()
    named: dict[tuple[int, int], list[str]] = {}
    for m, i, name, _ in notes:
        named.setdefault(m.span(), []).append(name)
        if name not in seen:
            seen.add(name)
            start = m.starts("name")[i]
            span = Span(start, start + len(m.captures("name")[i]))
            yield Citation(label=name, publisher=name, raw=name, span=span)
    for (start, end), names in named.items():
        yield Marker(span=Span(start, end), labels=dict.fromkeys(names), style="author_date")


_CODE_WORD = regex.compile(r"\p{L}\d|\d\p{L}")


def _an_outlet(name: str) -> bool:
    """Whether a source's name is a news outlet's (a word of :data:`_OUTLET_WORDS`)."""
    return any(word.casefold() in _OUTLET_WORDS for word in name.split())


def _blanked(text: str, spans: Sequence[Span]) -> str:
    """``text`` with the lists at ``spans`` (in order, apart) blanked out but for their line
    breaks (the same length, so offsets stay), before markers are looked for. (Joined once:
    a copy of the text per list made a text of many lists quadratic.)"""
    parts: list[str] = []
    at = 0
    for span in spans:
        parts += (text[at : span.start], _NOT_A_LINE_BREAK.sub(" ", text[span.start : span.end]))
        at = span.end
    parts.append(text[at:])
    return "".join(parts)


_NOT_A_LINE_BREAK = regex.compile(r"[^\n]")


# A marker that is a Markdown link on its number: ``[1](https://...)``.
_NUMBER_LINK = regex.compile(r"\[[^\[\]]*\]\((?P<url>(?:https?://|www\.)[^\s()]+)\)")


def _number_links(text: str, markers: Sequence[Marker], listed: set[str]) -> Iterator[Citation]:
    """The sources of the markers that link their number to a URL (``[1](https://...)``, as
    AI assistants write them) and that no reference entry defines: the label's link gives its
    URL, and the citation stands where its first link does. A number linked to two URLs gives
    none: which source it means is unclear (a citation of the first URL would say the second
    link cites it too)."""
    links: dict[str, tuple[regex.Match[str], Span] | None] = {}
    for m in markers:
        if len(m.labels) != 1 or m.labels[0] in listed or text[m.span.end - 1] != ")":
            continue
        label = m.labels[0]
        link = _NUMBER_LINK.fullmatch(text, m.span.start, m.span.end)
        if link is None:
            continue
        if label not in links:
            links[label] = (link, m.span)
        elif (first := links[label]) is not None and first[0]["url"] != link["url"]:
            links[label] = None
    for label, found in links.items():
        if found is not None:
            link, span = found
            yield Citation(label=label, url=link["url"], raw=link.group(), span=span)


def _named_by_links(
    text: str, markers: Sequence[Marker], entries: list[Citation]
) -> list[Citation]:
    """The entries, each without a publisher given the name of a reference-style Markdown link
    that cites it (``([AP News][1])`` with ``[1]: https://... "Title"``, as AI assistants
    write it): the link's text is the site's name, which the definition leaves out."""
    names: dict[str, str] = {}
    for m in markers:
        if len(m.labels) == 1 and m.span.start > 0 and text[m.span.start - 1] == "]":
            link = _LINK_NAME.match(text, 0, m.span.start)
            if link is None:
                continue
            name = " ".join(link["name"].split())
            # (A marker before it is no link's text: ``[1][2]`` cites two entries.)
            if _MARKER_TEXT.fullmatch(name) is None and names_only(name):
                names.setdefault(m.labels[0], name)
    return [
        attrs.evolve(c, publisher=names[c.label]) if c.publisher is None and c.label in names else c
        for c in entries
    ]


@hookimpl(trylast=True)
def newsclaims_register_marker_styles(register: Register[MarkerStyle]) -> None:
    for name, style in MARKER_STYLES.items():
        register(name, style)


@hookimpl(trylast=True)
def newsclaims_register_reference_styles(register: Register[ReferenceStyle]) -> None:
    for name, style in REFERENCE_STYLES.items():
        register(name, style)


@hookimpl(trylast=True)
def newsclaims_register_citation_parsers(register: Register[CitationParser]) -> None:
    register("markers", parse_citations)

"""Built-in plugin ``newsclaims.references``: labels reference lists as ``references`` sections.

A run of reference entries (read by every registered reference style) with nothing but white
space between them is a reference list when

- a references-like heading stands right above it (``Sources``, ``References``, ``Read more``,
  ``Further reading``...; the heading joins the section); or
- its entries carry labels only reference lists use: ``[1] ...`` lines (also run together,
  also after a heading on the same line: ``Sources: [1] ... [2] ...``), superscript labels
  (``¹ Reuters, "Title"``) or Markdown footnote definitions ``[^1]: ...``; or two or more
  lines that are Markdown links;
- or it is a numbered list (``1. ...``, ``1) ...``) with consecutive numbers whose entries
  mostly look like references: a URL or a domain (``reuters.com``), a publisher or a date, or
  a title of 3 to 25 words without a sentence-final full stop. A numbered list of full
  sentences is a summary (key points), not a reference list; under a lead-in that ends with a
  colon (``the measures include:``), titles alone do not make one: most entries must name a
  source.

Unnumbered lines are a reference list only under a sources heading (``Sources``,
``References``...): see :func:`plain_list_spans`. The citation parser labels them in order, as
it does the web addresses of a line a sources label opens (:func:`url_line_spans`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

import regex

from newsclaims import (
    Citation,
    Document,
    Register,
    Section,
    Sectioner,
    Span,
    hookimpl,
    parse_entry_body,
    parse_references,
)
from newsclaims._citations import label_int, names_only

_HEADING = regex.compile(
    r"(?i)^[#*_\s]*(?:sources?|references?|citations?|(?:foot)?notes|bibliography|works cited"
    r"|further reading|read more|learn more|more reading|see also|links"
    r"|related(?: articles| stories| links| reading)?|more on this(?: story)?"
    # The same in the languages whose dates the entries are read in.
    r"|fuentes|referencias|fontes|referências|quellen|quellenangaben|références|fonti"
    r"|riferimenti|bronnen|źródła|zrodla|källor|kilder|lähteet|kaynaklar|источники|джерела"
    r"|出典|参考文献|出处|来源|참고 ?문헌|출처)[\s:*_]*$"
)
#: A title has a few words, not one or two (a list of items) and not dozens (sentences).
_TITLE_MIN_WORDS = 3
_TITLE_WORDS = 25


def find_reference_lists(doc: Document) -> Iterator[Section]:
    """Yield a ``references`` section for every reference list of ``doc.text``, for every
    list of unnumbered source lines under a sources heading (:func:`plain_list_spans`) and for
    every sources line of web addresses (:func:`url_line_spans`) or of names that ends the text
    (:func:`name_line_spans`)."""
    spans = list(reference_list_spans(doc.text))
    plain = [
        p
        for p in itertools.chain(
            plain_list_spans(doc.text), url_line_spans(doc.text), name_line_spans(doc.text)
        )
        if not any(p.overlaps(s) for s in spans)
    ]
    for span in sorted([*spans, *plain], key=lambda s: s.start) if plain else spans:
        yield Section("references", span)


def reference_list_spans(text: str) -> Iterator[Span]:
    """Yield the span of every reference list of ``text`` (with its heading), in order.

    The page cleaner keeps these lines, so that the list reaches the sectioner.
    """
    block: list[Citation] = []
    for entry in parse_references(text):
        assert entry.span is not None  # parse_references always sets it
        if block and not _joined(text, block[-1], entry):
            yield from _decide(text, block)
            block = []
        block.append(entry)
    if block:
        yield from _decide(text, block)


#: The headings under which unnumbered lines are sources (``Sources``, ``References``...); not
#: ``Read more`` or ``Related``: lines under those are other articles, a page's furniture.
#: (Searched for after a line break, in the cases a heading is written in: a literal first
#: character lets the engine skip ahead, far faster than ``(?im)^``.)
_PLAIN_HEADING = re.compile(
    r"[#*_ \t]*(?=[SsRrCcBbWw])(?:[Ss]ources?|SOURCES?|[Rr]eferences?|REFERENCES?"
    r"|[Cc]itations?|CITATIONS?|[Bb]ibliography|BIBLIOGRAPHY|[Ww]orks [Cc]ited|WORKS CITED)"
    r"[ \t:*_\r]*(?=\n|$)"
)
_PLAIN_HEADING_AFTER_BREAK = re.compile("\n" + _PLAIN_HEADING.pattern)
#: An unnumbered source line is short; a longer line or a sentence of this many words is prose.
_PLAIN_WORDS = 30
_PLAIN_SENTENCE_WORDS = 12
#: What makes a sentence-like line an entry, as APA and MLA write them: its year in
#: parentheses before a full stop (``Reuters. (2026, May 4). Title.``) or a web address or DOI.
_CITED_WORK = regex.compile(
    r"\((?:1[89]|20)\d\d[a-z]?(?:,[^()\n]{1,30})?\)\.|https?://|www\.|\bdoi:"
)
#: And how such an entry opens: its authors or organisation (initials may have their full
#: stops, ``Smith, J., & Lee, K.``), a full stop, then its year (``(2026)``, ``2026``) or its
#: title (a capital, a quote). A sentence with a year or a web address is not one (``...
#: corrections can be sent to https://example.org/contact.`` was an entry of the list).
_ENTRY_OPENING = regex.compile(
    r"(?:[-*•][ ]+)?(?P<who>(?:[^.!?\n]|(?<=(?:^|[\s,(-])\p{Lu})\.){1,150}?)"
    r"\.[ ]+(?:\(?(?:1[89]|20)\d\d|[\"“‘«'*_]|\p{Lu})"
)
#: A word in lower case longer than this is no part of a name (``of``, ``de``, ``and``, ``für``).
_NAME_PARTICLE = 4


def _opens_like_entry(line: str) -> bool:
    """Tell whether a line opens as an entry of a work cited does (:data:`_ENTRY_OPENING`):
    its authors' or organisation's name has no word in lower case but a particle."""
    found = _ENTRY_OPENING.match(line)
    return found is not None and not any(
        word[:1].islower() and len(word.strip(",;:&")) > _NAME_PARTICLE
        for word in found["who"].split()
    )


# What the line of a sources heading starts with and ends with, once stripped of white space
# (``_PLAIN_HEADING``'s marks and the first and last letters of its words).
_PLAIN_HEADING_FIRST = re.compile(r"[#*_SsRrCcBbWw]")
_PLAIN_HEADING_LAST = frozenset("#*_:sSeEnNyYdD")
_PLAIN_HEADING_FIRSTS = frozenset("#*_SsRrCcBbWw")


def may_have_plain_lists(lines: Sequence[str], firsts: str, lasts: str | None = None) -> bool:
    """Tell whether a text may hold a list of sources under a sources heading, given its
    non-blank ``lines`` (stripped of white space) with the first (and, if given, the last)
    character of each. ``False`` proves that :func:`plain_list_spans` finds none (a cheap test
    for the page cleaner: the few lines that start and end as a heading does are matched, not
    the text)."""
    if lasts is None:
        # (The lines picked by their first characters in C, and their last read alone: a
        # string of every line's last character costs more than that.)
        for line in itertools.compress(lines, map(_PLAIN_HEADING_FIRSTS.__contains__, firsts)):
            if line[-1] in _PLAIN_HEADING_LAST and _PLAIN_HEADING.match(line) is not None:
                return True
        return False
    for m in _PLAIN_HEADING_FIRST.finditer(firsts):
        i = m.start()
        if lasts[i] in _PLAIN_HEADING_LAST and _PLAIN_HEADING.match(lines[i]) is not None:
            return True
    return False


def plain_list_spans(text: str) -> Iterator[Span]:
    """Yield the span of each list of unnumbered source lines under a sources heading.

    The page cleaner does not keep these on a page (a site's ``Sources`` block is no part of
    the article), but they do not make a text a page: an AI answer with such a list at its end
    loses nothing.
    """
    first = _PLAIN_HEADING.match(text)
    headings = itertools.chain(
        () if first is None else ((0, first.end()),),
        ((m.start() + 1, m.end()) for m in _PLAIN_HEADING_AFTER_BREAK.finditer(text)),
    )
    for start, end in headings:
        lines = plain_entries(text, end)
        if lines:
            yield Span(start, lines[-1][1])


#: A sources label before its web addresses on one line: ``Sources: https://...``.
_URL_LINE_HEAD = re.compile(
    r"[ \t]*[*_]*(?:[Ss]ources?|SOURCES?|[Rr]eferences?|REFERENCES?|[Cc]itations?|CITATIONS?"
    r"|[Ll]earn more|LEARN MORE)[*_]*[ \t]*:[*_]*[ \t]+"
)
#: One web address, bare or as a Markdown link (``[Reuters](https://...)``).
URL_ITEM = re.compile(
    r"(?:\[(?P<title>[^\[\]\n]+)\]\()?(?P<url>(?:https?://|www\.)[^\s,;|<>()\[\]]+)(?(title)\))"
)
#: What the addresses of one line are separated by.
_URL_SEP = re.compile(r"[ \t]*(?:[,;|]|and\b)?[ \t]*")
#: The longest label before the colon of a sources line.
_URL_LINE_LABEL = 30


def url_line_items(text: str, start: int) -> list[re.Match[str]] | None:
    """The web addresses of the sources line at ``start`` (:func:`url_line_spans`), or
    ``None`` if no such line starts there."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    head = _URL_LINE_HEAD.match(text, start, end)
    if head is None or not _urls_only(text, head.end(), end):
        return None
    return list(URL_ITEM.finditer(text, head.end(), end))


def url_line_spans(text: str) -> Iterator[Span]:
    """Yield the span of each line that lists web addresses after a sources label and nothing
    else (``Sources: https://a.example/x, [Valor](https://b.example/y)``), as AI answers end.
    The label's colon is found first (``str.find``, in C): lines with colons are few; and
    none is looked at in a text with no address (its ``/`` or ``www.``, found in C)."""
    if "/" not in text and "www." not in text:
        return
    at = text.find(":")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        head = _URL_LINE_HEAD.match(text, start) if at - start <= _URL_LINE_LABEL else None
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if head is not None and _urls_only(text, head.end(), end):
            stop = end
            while text[stop - 1].isspace():
                stop -= 1
            yield Span(start, stop)
        at = text.find(":", end)


#: The names of a sources line, between commas, semicolons, bars or ``and``.
# (Linear time: a run of spaces is read once, from its first space, and possessively.)
_NAME_SEP = regex.compile(r"(?<![ \t])[ \t]*+(?:[,;|][ \t]*+(?:and[ \t]++)?|(?<=[ \t])and[ \t]++)")
#: A sources line of names has at most this many.
_LINE_NAMES = 12


def name_line_items(text: str, start: int) -> list[tuple[int, int]] | None:
    """The ``(start, end)`` of each name of the sources line at ``start``
    (:func:`name_line_spans`), or ``None`` if no such line starts there."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    head = _URL_LINE_HEAD.match(text, start, end)
    if head is None:
        return None
    stop = end
    while stop > head.end() and text[stop - 1] in " \t\r.":
        stop -= 1
    at = head.end()
    if text.startswith("1. ", at):
        numbered = _numbered_names(text, at, stop)
        if numbered is None or not all(_source_name(text[a:b]) for a, b in numbered):
            return None
        return numbered
    names: list[tuple[int, int]] = []
    for sep in _NAME_SEP.finditer(text, at, stop):
        if sep.end() > sep.start() and text.count("(", at, sep.start()) == text.count(
            ")", at, sep.start()
        ):  # (not inside a name's date in parentheses: ``Reuters (Oct. 2, 2024)``)
            names.append((at, sep.start()))
            at = sep.end()
    names.append((at, stop))
    if len(names) > _LINE_NAMES or not all(b > a and _source_name(text[a:b]) for a, b in names):
        return None
    # One name after a singular label is a credit line (``Source: Reuters``), not a list.
    label = text[start : head.end()].strip(" \t*_:").lower()
    return names if len(names) > 1 or label.endswith("s") else None


#: The number of a name on a sources line that numbers them: ``1. microsoft.com 2. cnbc.com``.
_LINE_NUMBER = re.compile(r"(?<=[ \t])(\d{1,2})\.[ \t]+")


def _numbered_names(text: str, start: int, stop: int) -> list[tuple[int, int]] | None:
    """The ``(start, end)`` of each name of a sources line that numbers them from 1 (``Learn
    more: 1. microsoft.com 2. cnbc.com``, as a chat assistant ends its answers), or ``None``
    if the numbers do not count up from 1 or there are too many."""
    numbers = list(_LINE_NUMBER.finditer(text[:stop], start))
    if not numbers or numbers[0].start() != start or len(numbers) > _LINE_NAMES:
        return None
    names = []
    for n, (m, after) in enumerate(itertools.zip_longest(numbers, numbers[1:]), 1):
        if int(m[1]) != n:
            return None
        end = stop if after is None else after.start()
        while end > m.end() and text[end - 1] in " \t,;":
            end -= 1
        if end <= m.end():
            return None
        names.append((m.end(), end))
    return names


def name_line_spans(text: str) -> Iterator[Span]:
    """Yield the span of the sources line of names that ends ``text``, if one does
    (``Sources: Reuters, Bloomberg, Destatis``), as AI answers end: each name a publisher's
    (:func:`names_only`); one name after a singular label is a credit line (``Source:
    Reuters``). Only the text's last line is read: a line of that shape inside it is a
    chart's or table's credit."""
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    if end - start > 400 or ":" not in text[start:end]:
        return
    if name_line_items(text, start) is not None:
        yield Span(start, end)


_CODE_WORD = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")
#: A date in parentheses after a source's name: ``Reuters (Oct. 2, 2024)``.
_DATED = re.compile(r"\([^()\n]{1,40}\)$")


def _source_name(item: str) -> bool:
    """Tell whether an item of a sources line is a source's name (a date in parentheses after
    it allowed): each word capitalised (:func:`names_only`), no code (``COP29``)."""
    dated = _DATED.search(item) if item.endswith(")") else None
    if dated is not None:
        item = item[: dated.start()].rstrip(" \t")
    return bool(item) and names_only(item) and not _CODE_WORD.search(item)


def _urls_only(text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]`` is one web address or more, separators between them and a
    full stop after the last allowed."""
    found = False
    while True:
        item = URL_ITEM.match(text, pos, end)
        if item is None:
            return found and not text[pos:end].strip(" \t.\r")
        found = True
        sep = _URL_SEP.match(text, item.end(), end)
        assert sep is not None  # (it matches the empty string)
        pos = sep.end()


#: What starts the section that follows a list of sources on a page or an answer engine.
_NEXT_SECTION = regex.compile(
    r"(?i)(?:related|people also ask|see also|read more|more (?:on|from)|follow[- ]up"
    r"|suggested|explore)\b"
)


def _names_source(line: str) -> bool:
    """Tell whether a line names a source: a URL, a publisher or a date beside its title (a
    publisher before a dash, too: ``BBC News — Who is the new president?``)."""
    if _SOURCE_SEP.search(line) is not None:
        return True
    fields = parse_entry_body(line)
    return bool(fields["url"] or fields["publisher"] or fields["date"])


_SOURCE_SEP = regex.compile(r"\s[-–—|]\s")


def plain_entries(text: str, start: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each unnumbered source line after ``start`` (a heading's end):
    short lines (``Reuters - Title``, ``- apnews.com``), single blank lines between them
    allowed, up to the first line that is prose (a long line, or a sentence of twelve words or
    more), another heading (``Related:``, ``Related questions``), a question that names no
    source (an answer engine's follow-up questions), or two blank lines.
    """
    out: list[tuple[int, int]] = []
    pos = text.find("\n", start) + 1  # the line after the heading
    blank = 0
    while 0 < pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        stripped = line.strip()
        if not stripped:
            blank += 1
            if blank == 2 and out:
                break
        else:
            words = len(stripped.split())
            if (
                words > _PLAIN_WORDS
                or (
                    words >= _PLAIN_SENTENCE_WORDS
                    and stripped.endswith((".", "!", "?"))
                    and (_CITED_WORK.search(stripped) is None or not _opens_like_entry(stripped))
                )
                or stripped.endswith(":")
                or _HEADING.match(stripped) is not None
                or _NEXT_SECTION.match(stripped) is not None
                or (stripped.endswith("?") and not _names_source(stripped))
            ):
                break
            blank = 0
            first = pos + len(line) - len(line.lstrip())
            out.append((first, first + len(stripped)))
        pos = end + 1
    return out


#: What may stand between two entries of one list: white space and the bullet of the next.
_BETWEEN = " \t\r\n\f\v-*•"


def _joined(text: str, before: Citation, after: Citation) -> bool:
    assert before.span is not None and after.span is not None
    between = text[before.span.end : after.span.start]
    return _kind(before) == _kind(after) and not between.strip(_BETWEEN)


def _decide(text: str, block: Sequence[Citation]) -> Iterator[Span]:
    first, last = block[0].span, block[-1].span
    assert first is not None and last is not None
    # A bullet before the first label (``- [1] Title``) belongs to the list, and so does a
    # heading on its line (``Sources: [1] Reuters - Title [2] AP - Title``).
    start = text.rfind("\n", 0, first.start) + 1
    before = text[start : first.start]
    if _INLINE_HEADING.fullmatch(before) is not None:
        yield Span(start, last.end)
        return
    if before.strip(_BETWEEN):
        start = first.start
    heading = _heading_before(text, start)
    if heading is not None:
        yield Span(heading, last.end)
    elif _looks_like_references(block, led=_led(text, start)):
        yield Span(start, last.end)


def _led(text: str, start: int) -> bool:
    """Whether the line above ``start`` (blank lines between allowed) ends with a colon: the
    lead-in of a list of the article's ("the measures include:"), when it is no heading; or
    is a subheading of a few words that is no references heading (``Key moments``, over "1.
    12' Watkins heads in"): the article's list too, unless its entries name sources."""
    end = _end_above(text, start)
    if end <= 0:
        return False
    if text[end - 1] in ":：":
        return True
    line = text[text.rfind("\n", 0, end) + 1 : end].strip("#*_ \t")
    return bool(line) and plain_subheading(line) and text.count("\n", end, start) > 0


#: A subheading over a list has at most this many words.
SUBHEADING_WORDS = 6


def plain_subheading(line: str) -> bool:
    """Tell whether a line (stripped, not empty) is a subheading with no colon (``Key
    moments``, ``Third-Quarter Highlights``): a few words, a capital first, no mark at the
    end."""
    return line[0].isupper() and line[-1].isalnum() and line.count(" ") < SUBHEADING_WORDS


def _end_above(text: str, start: int) -> int:
    """Where the text before ``start`` ends once the white space before ``start`` is left out."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _heading_before(text: str, start: int) -> int | None:
    """The start of a references-like heading line right above ``start``, if there is one."""
    end = _end_above(text, start)
    if end == 0 or text[end:start].count("\n") == 0:
        return None
    line_start = text.rfind("\n", 0, end) + 1
    return line_start if _HEADING.match(text[line_start:end]) else None


_BRACKET_LABEL = regex.compile(r"\[\d+\]")
#: A sources heading before the first label on its line: ``Sources: [1] ...``.
_INLINE_HEADING = regex.compile(
    r"[ \t]*[*_]*(?i:sources?|references?|citations?)[ \t]*:[*_]*[ \t]*"
)
_SUPERSCRIPT_DIGITS = "¹²³⁰⁴⁵⁶⁷⁸⁹"


def _kind(entry: Citation) -> str:
    raw = (entry.raw or "").lstrip()
    if raw.startswith("[^"):
        return "footnote"
    if _BRACKET_LABEL.match(raw):
        return "brackets"
    if raw.startswith("【"):
        return "fullwidth"
    if raw[:1] in _SUPERSCRIPT_DIGITS:
        return "superscript"
    if raw[:1].isdigit() or (raw[:1] == "(" and raw[1:2].isdigit()):
        return "numbered"  # (``(1) ...`` too: a numbered list's label, no link's)
    return "link"


def _looks_like_references(block: Sequence[Citation], *, led: bool = False) -> bool:
    """Whether a run of entries with no heading above it is a reference list. Under a lead-in
    (``led``), a numbered list is the article's own ("the measures include:", then "1. A cap
    on season tickets") unless most entries name a source: a title's shape is not enough."""
    kind = _kind(block[0])
    if kind == "footnote":
        return True
    if kind == "link":
        return len(block) >= 2
    numbers = [n for e in block if (n := label_int(e.label)) is not None]
    consecutive = len(numbers) == len(block) and all(
        b == a + 1 for a, b in itertools.pairwise(numbers)
    )
    if not consecutive:
        return False
    if kind in ("brackets", "superscript", "fullwidth"):  # labels only reference lists write
        return len(block) >= 2 or block[0].url is not None
    like = _names_a_source if led else _reference_like
    return len(block) >= 2 and 2 * sum(map(like, block)) > len(block)


#: A site named by its domain alone (``reuters.com``), as answer engines list their sources.
_DOMAIN = regex.compile(r"(?:www\.)?(?:[\w-]+\.)+\p{L}{2,}/?")


def _names_a_source(entry: Citation) -> bool:
    """Whether an entry names its source: a URL, a publisher, a date or a domain alone."""
    if entry.url or entry.publisher or entry.date:
        return True
    return _DOMAIN.fullmatch(entry.title or "") is not None


def _reference_like(entry: Citation) -> bool:
    if _names_a_source(entry):
        return True
    raw = (entry.raw or "").rstrip()
    title = entry.title or ""
    words = len(title.split())
    return not raw.endswith((".", "!", "?")) and _TITLE_MIN_WORDS <= words <= _TITLE_WORDS


@hookimpl(trylast=True)
def newsclaims_register_sectioners(register: Register[Sectioner]) -> None:
    register("references", find_reference_lists)

"""Built-in plugin ``newsclaims.keypoints``: labels summary lists as ``key_points`` sections.

A key-points list is a run of at least two consecutive list items (lines that start with a number
such as ``1.`` or ``2)``, or with a bullet such as ``•``, ``-`` or ``*``), optionally under a
heading line such as "Key points" or "Highlights". Key points are full sentences: at least two
thirds of the items must end with a full stop, question or exclamation mark (before any closing
quote or citation marker) and, without such a heading, have at least five words. That tells them
apart from reference lists, whose entries are titles without a final stop, and the list is never
taken under a heading such as "Sources" or "References", nor when its items carry URLs (but
for Markdown links that cite a source after a key point's text under a key-points heading,
``- The cedi fell 15% ([Bloomberg](https://...)).``) or start with a bracketed label
(``- [1] Title``), nor (without a key-points heading) when most items
name a publisher and a date (``1. Reuters, "Title", 2 May 2025.``). A citation marker in an
item (``... on Monday [1].``) does not make it a reference entry, but items that cite sources
are the article's own claims (an AI answer's bulleted findings) unless a key-points heading
stands above them: AI-written key points carry markers under "Key points" or "Summary". Nor
is a list under the article's own lead-in, a line that ends in a colon with no key phrase ("The
measures include:"), nor, without a key-points heading, a run of paragraphs each a quotation
that a dash opens and a reporting verb in another language ends (``– Vi sänker räntan, säger
Erik Thedéen.``, as Scandinavian, Finnish, Russian and Polish papers quote). The section covers
the heading (if any) and the items.

Under a key-points heading alone on its line, items that lost their bullets (a page's text
scrape) are read too: the lines in a row below it of a key point's length that end alike
(:func:`_bare_lists`).
"""

from __future__ import annotations

import itertools
import operator
import string
from collections.abc import Iterator, Sequence
from typing import Any

import regex

from newsclaims import Document, Register, Section, Sectioner, Span, hookimpl, parse_entry_body
from newsclaims.default_plugins._quotes import DIALOGUE_DASHES, dialogue_close

_ITEM = regex.compile(r"^[^\S\n]*(?:\d{1,3}[.)]\)?|[•\-*–—▪◦‣●⁃])[^\S\n]+\S", regex.MULTILINE)
# The same after a line break, found fast: the scan looks for line breaks only.
_ANY_ITEM = regex.compile(r"\n[^\S\n]*(?:\d{1,3}[.)]\)?|[•\-*–—▪◦‣●⁃])[^\S\n]+\S")
_SENTENCE_END = regex.compile(
    r"[.!?…][\"'”’)\]]*(?:[ ]?\[\d+(?:[,;\-–][ ]?\d+)*\]|[ ]?【\d+(?::\d+(?=†))?"
    r"(?:[,;、\-–][ ]?\d+)*(?:†[^】\n]{0,200})?】)*[ \t]*$"
)
# (Markdown emphasis and heading marks around a heading are allowed: ``**Highlights**``.)
# The key phrases of other languages, in lower case, written out: German, French, Spanish,
# Portuguese, Italian and Dutch AI answers and newsletters head their summaries so.
_FOREIGN_PHRASES = (
    *("das wichtigste", "das wichtigste in kürze", "das wichtigste im überblick"),
    *("zusammenfassung", "kernpunkte", "auf einen blick", "in kürze", "kurz gesagt"),
    *("en bref", "résumé", "en résumé", "points clés", "points-clés", "à retenir"),
    *("ce qu'il faut retenir", "ce qu’il faut retenir", "l'essentiel", "l’essentiel"),
    *("resumen", "en resumen", "puntos clave", "lo esencial", "lo más importante"),
    *("claves", "las claves", "claves de la noticia"),
    *("resumo", "em resumo", "pontos-chave", "pontos principais", "principais pontos"),
    *("in sintesi", "in breve", "punti chiave", "i punti chiave", "riassunto"),
    *("samenvatting", "in het kort", "kernpunten"),
)
_ENGLISH_PHRASES = (
    r"key (?:points|takeaways|facts|findings)|takeaways|highlights|summary|in brief|in short"
    r"|at a glance|what (?:we|you) (?:know|need to know)|the big picture|tl;?dr|main points"
)
_KEY_PHRASE = (
    f"(?i:{_ENGLISH_PHRASES}|"
    + "|".join(regex.escape(p) for p in sorted(_FOREIGN_PHRASES, key=len, reverse=True))
    + ")"
)
# The English ones written out: with those of the other languages, the scan of every line's
# start for a heading alone or a labelled paragraph (:func:`_phrase_lines`) looks for these.
_ENGLISH_WRITTEN = (
    *("key points", "key takeaways", "key facts", "key findings", "takeaways"),
    *("highlights", "summary", "in brief", "in short", "at a glance", "what we know"),
    *("what you know", "what we need to know", "what you need to know", "the big picture"),
    *("tl;dr", "tldr", "main points"),
)


def _trie(phrases: Sequence[str]) -> str:
    """A pattern that matches any of ``phrases``, their common starts written once: tried at
    every line's start, alternatives that share a first letter cost one test of it, not one
    each (the phrases of all the languages cost a third more than the English ones alone
    listed one by one, not three times as much)."""
    tree: dict[str, Any] = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        alts = [regex.escape(c) + pattern(sub) for c, sub in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)


_ANY_PHRASE = f"(?i:{_trie((*_ENGLISH_WRITTEN, *_FOREIGN_PHRASES))})"
_KEY_HEADING = regex.compile(rf"(?:[^\S\n]|[#*_])*{_KEY_PHRASE}(?:[^\S\n]|[*_:])*$")
# A short line that leads into the list with a key phrase and a colon: "Here are the key
# points:", "Key takeaways from the report:" (an AI answer's words for a heading).
_KEY_LEAD_IN = regex.compile(
    rf"(?:[^\S\n]|[#*_])*(?:[^\s:]+[^\S\n]+){{0,6}}?{_KEY_PHRASE}(?:[^\S\n]+[^\s:]+){{0,6}}?"
    r"[^\S\n]*:(?:[^\S\n]|[*_])*$"
)
_REF_HEADING = regex.compile(
    r"(?:[^\S\n]|[#*_])*(?i:sources?|references?|bibliography|further reading|read (?:more|also)|"
    r"related(?: (?:articles|stories|links))?|see also|links|notes|citations?)(?:[^\S\n]|[*_:])*$"
)
_REFERENCE_LIKE = regex.compile(r"https?://|www\.|\(\d{4}\)|doi:|(?i:retrieved)")
# An item whose text starts with a bracketed label is a reference entry (``1. [1] Title``); a
# marker elsewhere in it cites a source for what the item says.
_LABEL_FIRST = regex.compile(r"[^\S\n]*(?:\d{1,3}[.)]\)?|[•\-*–—▪◦‣●⁃])[^\S\n]+\[\d+\]")
_MARKER = regex.compile(r"\[\d+(?:[,;\-–][ ]?\d+)*\]")
#: Under a key-points heading, an item of more words than this (its bullet one of them) is a
#: key point without a full stop; two or three words are a label or a link.
_UNSTOPPED_WORDS = 4
#: Items of a key-points list without bullets (:func:`_bare_lists`): at most this many, each
#: of at most this many words (a paragraph is longer).
_BARE_ITEMS = 10
_BARE_ITEM_WORDS = 30
#: A key-points heading over items without bullets has at most this many characters.
_HEADING_CHARS = 60
# The key phrases (``_KEY_PHRASE``) written out, in lower case, and what may stand before and
# after one in a heading written in ASCII (a superset of the white space ``regex`` reads there).
_ASCII_PHRASES = frozenset((*_ENGLISH_WRITTEN, *(p for p in _FOREIGN_PHRASES if p.isascii())))
# The letters that match a phrase's first or last letter case-insensitively: both cases, and
# the three characters that match one (İ, ſ and the Kelvin sign).
_ALIKE = {"i": "\u0130", "s": "\u017f", "k": "\u212a"}


def _cases(letter: str) -> str:
    return letter.lower() + letter.upper() + _ALIKE.get(letter.lower(), "")


_WRITTEN_PHRASES = (*_ASCII_PHRASES, *_FOREIGN_PHRASES)
# What a key-points heading starts and ends with, as a pair of characters: a mark before (or a
# phrase's first letter) and a mark or colon after (or a phrase's last letter), the two letters
# of one phrase where there are no marks.
_HEADING_FIRSTS = "".join(_cases(p[0]) for p in _WRITTEN_PHRASES)
_HEADING_LASTS = "".join(_cases(p[-1]) for p in _WRITTEN_PHRASES)
_HEADING_EDGES = frozenset(
    (
        *(m + c for m in "#*_" for c in _HEADING_LASTS + "*_:"),
        *(c + m for c in _HEADING_FIRSTS for m in "*_:"),
        *(f + last for p in _WRITTEN_PHRASES for f in _cases(p[0]) for last in _cases(p[-1])),
    )
)
_ASCII_SPACE = string.whitespace + "\x1c\x1d\x1e\x1f"
_ASCII_BEFORE_PHRASE = _ASCII_SPACE + "#*_"
_ASCII_AFTER_PHRASE = _ASCII_SPACE + "*_:"
# A line that opens with a key phrase (a heading alone, or a summary's label): matched at the
# text's start, and found after line breaks (the scan looks at those only).
_PHRASE_START = regex.compile(rf"(?:[^\S\n]|[#*_])*{_ANY_PHRASE}")
_PHRASE_AFTER_BREAK = regex.compile(r"\n" + _PHRASE_START.pattern)
_START = operator.attrgetter("start")


# Two lines in a row that start (after their indentation) as list items do (``_ITEM``'s first
# character, read with the same module, so the same digits): a key-points list has two items
# or more, one line after the other.
_TWO_ITEM_STARTS = regex.compile(r"[\d•\-*–—▪◦‣●⁃](?=[\d•\-*–—▪◦‣●⁃])")
# How a line that ``_ITEM`` matches starts once stripped of white space: its label, then white
# space (what ``_ITEM`` reads after the label, and before more text) or the line's end.
_ITEM_START = regex.compile(r"(?:\d{1,3}[.)]\)?|[•\-*–—▪◦‣●⁃])(?:\s|$)")


def may_have_key_points(firsts: str, lines: Sequence[str]) -> bool:
    """Tell whether a text may hold a key-points list, given its non-blank ``lines`` (stripped
    of white space) and ``firsts``, the first character of each, in order. ``False`` proves
    that :func:`key_point_list_spans` finds none (a cheap test for the page cleaner): no two
    lines in a row start as list items, and no line is a key-points heading alone."""
    # (The pairs of lines found by their first characters in C; each line then read alone.)
    for m in _TWO_ITEM_STARTS.finditer(firsts):
        i = m.start()
        if _ITEM_START.match(lines[i]) is not None and _ITEM_START.match(lines[i + 1]) is not None:
            return True
    return may_have_headings(firsts, lines)


def may_have_headings(firsts: str, lines: Sequence[str]) -> bool:
    """Tell whether one of ``lines`` (as :func:`may_have_key_points` takes them) may be a
    key-points heading alone (of at most ``_HEADING_CHARS`` characters): ``False`` proves
    that no list without bullets is found."""
    # (Only the lines that start and end as a heading can be one: picked by the pair of their
    # first and last characters in C, a phrase's two letters where no mark stands. What the
    # marks and white space of an ASCII line enclose must then be a key phrase, a set look-up,
    # before ``_KEY_HEADING`` confirms it: a call of that costs some twenty times the look-up.)
    edges = map(operator.add, firsts, map(operator.itemgetter(-1), lines))
    for line in itertools.compress(lines, map(_HEADING_EDGES.__contains__, edges)):
        if len(line) <= _HEADING_CHARS:
            if line.isascii():
                core = line.lstrip(_ASCII_BEFORE_PHRASE).rstrip(_ASCII_AFTER_PHRASE)
                if core.lower() not in _ASCII_PHRASES:
                    continue
            if _KEY_HEADING.fullmatch(line) is not None:
                return True
    return False


def _first_line_heading(text: str) -> bool:
    end = text.find("\n")
    return is_key_heading(text, 0, len(text) if end < 0 else end)


def key_points(doc: Document) -> Iterator[Section]:
    """Yield a ``key_points`` section for every summary list of full sentences in ``doc``, and
    for every paragraph that a key phrase labels (``**TL;DR:** The bank raised...``)."""
    lists, labelled = _key_point_spans(doc.text)
    found = [s for s in labelled if not any(t.start <= s.start < t.end for t in lists)]
    # (A label inside a list is an item's: ``- Summary: ...`` under its heading.)
    for span in sorted(lists + found, key=_START) if found else lists:
        yield Section("key_points", span)


#: A paragraph that a key phrase labels has this many words at least after its label and its
#: colon: fewer make a field (``Summary: none``).
_SUMMARY_WORDS = 6
# What follows the key phrase of a labelled summary: a colon (inside or after emphasis), then
# its text on the same line: ``TL;DR: ...``, ``**Summary:** ...``, ``In short: ...``.
_LABEL_REST = regex.compile(
    r"[^\S\n]?(?:\*\*|__|[*_])?[^\S\n]?:(?:\*\*|__|[*_])?[^\S\n]+(?P<text>\S[^\n]*)"
)
# What follows the key phrase of a heading alone on its line (``_KEY_HEADING``'s end).
_HEADING_REST = regex.compile(r"(?:[^\S\n]|[*_:])*(?=\n|$)")


def _phrase_lines(text: str) -> tuple[bool, list[Span]]:
    """One scan for the lines (after the first) that open with a key phrase: whether one is a
    key-points heading alone, and the paragraphs that one labels, as AI answers and
    newsletters open with a summary of what follows (six words or more after the label,
    ending like a sentence; not a list item's: ``* Summary: ...``)."""
    heading = False
    labelled: list[Span] = []
    first = _PHRASE_START.match(text)  # (the first line is a heading alone if it is one: the
    # caller reads it with _first_line_heading)
    for start, m in itertools.chain(
        () if first is None else ((0, first),),
        ((m.start() + 1, m) for m in _PHRASE_AFTER_BREAK.finditer(text)),
    ):
        if _HEADING_REST.match(text, m.end()) is not None:
            heading = heading or start > 0
            continue
        rest = _LABEL_REST.match(text, m.end())
        if rest is None or text[start : m.end()].lstrip()[:2] in ("* ", "_ "):
            continue
        body = rest["text"].rstrip()
        if len(body.split()) >= _SUMMARY_WORDS and _SENTENCE_END.search(body) is not None:
            labelled.append(Span(start, rest.start("text") + len(body)))
    return heading, labelled


def key_point_list_spans(text: str) -> Iterator[Span]:
    """Yield the span of every key-points list of ``text`` (with its heading), in order.

    The page cleaner keeps these lines, so that the list and its heading reach the sectioner.
    """
    yield from _key_point_spans(text)[0]


def _key_point_spans(text: str) -> tuple[list[Span], list[Span]]:
    """The spans of :func:`key_point_list_spans`, and those of the paragraphs that a key phrase
    labels (see :func:`_phrase_lines`; one scan finds both)."""
    run: list[tuple[int, int]] = []
    spans: list[Span] = []
    for item in _item_lines(text):
        if run and not text[run[-1][1] : item[0]].isspace():
            spans.extend(_list_span(text, run))  # a line that is no item ends the run
            run = []
        run.append(item)
    if run:
        spans.extend(_list_span(text, run))
    heading, labelled = _phrase_lines(text)
    if heading or _first_line_heading(text):
        spans.extend(_bare_lists(text))
        spans.sort(key=_START)
    return spans, labelled


def _bare_lists(text: str) -> Iterator[Span]:
    """The key-points lists whose items have lost their bullets, as in a page's text scrape:
    a key-points heading alone on its line (``Key points``), then two to ``_BARE_ITEMS``
    lines in a row (one blank line may stand after the heading, and then one between each two
    items too: a scrape that sets a blank line after every line), each of
    more than ``_UNSTOPPED_WORDS`` words and at most ``_BARE_ITEM_WORDS``, none ending with a
    colon nor citing a source's address, all ending with a full stop or none. A longer line (a
    paragraph), a shorter one (a time stamp, a label), a line that ends otherwise, a blank line
    more than between the first two items, or a marked list item ends the items."""
    starts = itertools.chain(
        (0,) if _first_line_heading(text) else (),
        (
            m.start() + 1  # a key-points heading alone on its line (``_KEY_HEADING`` reads it)
            for m in _PHRASE_AFTER_BREAK.finditer(text)
            if _HEADING_REST.match(text, m.end()) is not None
        ),
    )
    for start in starts:
        end = text.find("\n", start)
        stop = len(text) if end < 0 else end
        if len(text[start:stop].strip()) > _HEADING_CHARS or not is_key_heading(text, start, stop):
            continue
        items: list[tuple[int, int]] = []
        blank_allowed = first_stopped = True
        blanks, spacing = 0, -1  # blank lines since the last item; those between the first two
        while end >= 0 and len(items) < _BARE_ITEMS:
            a = end + 1
            end = text.find("\n", a)
            line = text[a : len(text) if end < 0 else end]
            if not line.strip():
                if not items:
                    if not blank_allowed:
                        break
                    blank_allowed = False
                elif spacing == 0 or blanks == 1 or blank_allowed:
                    break  # (a blank line between items only as after the heading)
                else:
                    blanks += 1
                continue
            if items:
                if spacing < 0:
                    spacing = blanks
                elif blanks != spacing:
                    break
                blanks = 0
            words = len(line.split())
            if (
                not _UNSTOPPED_WORDS < words <= _BARE_ITEM_WORDS
                or line.rstrip().endswith(":")
                or _ITEM.match(line) is not None
                or _REFERENCE_LIKE.search(line) is not None
            ):
                break
            stopped = _SENTENCE_END.search(line) is not None
            if items and stopped != first_stopped:
                break  # items end alike, with a full stop or without (paragraphs have one)
            if not items:
                first_stopped = stopped
            items.append((a, a + len(line.rstrip())))
        if len(items) >= 2:
            yield Span(start, items[-1][1])


def _item_lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line that is a list item (found after line breaks, so that
    a text without lists costs one fast scan, not a look at every line)."""
    first = _ITEM.match(text)
    starts = itertools.chain(
        () if first is None else (0,), (m.start() + 1 for m in _ANY_ITEM.finditer(text))
    )
    for start in starts:
        end = text.find("\n", start)
        yield start, len(text) if end < 0 else end


def _list_span(text: str, items: list[tuple[int, int]]) -> Iterator[Span]:
    """The span of a run of list items (with its heading) if it is a key-points list."""
    start = above = items[0][0]
    while above > 0 and text[above - 1].isspace():
        above -= 1  # to the end of the non-blank line above, if any
    heading = None
    if above > 0:
        heading = (text.rfind("\n", 0, above) + 1, text.find("\n", above))
    if _is_key_point_list(text, items, heading):
        if heading is not None and _titled(text, heading):
            start = heading[0]
        yield Span(start, items[-1][1])


def is_key_heading(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` is a key-points heading alone (``Key points``,
    ``**Highlights**``), the line above items that may have lost their bullets."""
    return _KEY_HEADING.fullmatch(text, start, end) is not None


def _titled(text: str, heading: tuple[int, int]) -> bool:
    """Tell whether a line is a key-points heading (``Key points``) or lead-in (``Here are
    the key points:``)."""
    return (
        _KEY_HEADING.match(text, *heading) is not None
        or _KEY_LEAD_IN.match(text, *heading) is not None
    )


def _is_key_point_list(
    text: str, items: list[tuple[int, int]], heading: tuple[int, int] | None
) -> bool:
    if len(items) < 2:
        return False
    if heading is not None and _REF_HEADING.match(text, *heading) is not None:
        return False
    titled = heading is not None and _titled(text, heading)
    if heading is not None and not titled and text[heading[0] : heading[1]].rstrip()[-1:] == ":":
        return False  # a list under the article's own lead-in ("The changes include:")
    if not titled and all(text[a:b].rstrip().endswith(("?", "？")) for a, b in items):
        return False  # questions alone, an answer engine's follow-ups, summarise nothing
    if not titled and all(
        text[a] in DIALOGUE_DASHES and dialogue_close(text, a, b) > a for a, b in items
    ):
        # Paragraphs of quotation opened with a dash, as Scandinavian, Finnish, Russian and
        # Polish papers write them ("– Vi sänker räntan, säger Erik Thedéen."): the article's
        # quotes, not a list.
        return False
    sentences = 0
    for start, end in items:
        line = text[start:end]
        if titled and "](" in line:
            # A key point that cites its source with a Markdown link after its text, as AI
            # answers do (``- The cedi fell 15% ([Bloomberg](https://...)).``), is no entry
            # of a list of links: its link is read as a marker, not as the item.
            line = _cited_by_links(line)
        if _REFERENCE_LIKE.search(line) is not None or _LABEL_FIRST.match(line) is not None:
            return False
        if not titled and "[" in line and _MARKER.search(line) is not None:
            return False  # cited items without a key-points heading: the article's claims
        # Under a key-points heading, a short item is a key point too ("Rates rose [1]."), and
        # so is one of a few words without a full stop ("Exports rose 7.3% in March"), as AI
        # answers write them.
        words = len(line.split())
        stopped = _SENTENCE_END.search(line) is not None
        if (titled and (stopped or words > _UNSTOPPED_WORDS)) or (stopped and words >= 6):
            sentences += 1
    if 3 * sentences < 2 * len(items):
        return False
    return titled or not _cites_sources(text, items)


#: A Markdown link that cites a source after some text: `` ([Reuters](https://...))``,
#: `` [AP](https://...)`` (its URL may hold one pair of parentheses).
_LINK_CITATION = regex.compile(
    r"(?<=\S)[ ]?\(?\[[^\[\]\n]{1,200}\]\((?:https?://|www\.)[^\s()]*(?:\([^\s()]*\)[^\s()]*)?\)"
    r"(?:,[ ]?\[[^\[\]\n]{1,200}\]\((?:https?://|www\.)[^\s()]*(?:\([^\s()]*\)[^\s()]*)?\))*\)?"
)


def _cited_by_links(line: str) -> str:
    """``line`` without the Markdown links that cite sources after its text (not a link that
    opens the item, ``- [Title](https://...)``, which is an entry), if some text is left."""
    mark = _ITEM_LABEL.match(line)
    head = mark.end() if mark is not None else 0
    if line.startswith("[", head):
        return line
    return _LINK_CITATION.sub("", line)


def _cites_sources(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether most items name a publisher and a date, as a list of sources does that ends
    each entry with a full stop (``1. Reuters, "Airbus cuts target", 20 February 2025.``):
    the reference sectioner reads such a list, and a summary's points do not read so."""
    named = 0
    for start, end in items:
        if text[start:end].rstrip(" \t.")[-1:] not in _DATE_LAST:
            continue  # (a cheap test: a date ends an entry, in a digit, a bracket or a sign)
        body = _ITEM_LABEL.sub("", text[start:end], count=1)
        fields = parse_entry_body(body)
        named += bool(fields["publisher"] and fields["date"])
    return 2 * named > len(items)


_DATE_LAST = frozenset("0123456789)日일월月")
_ITEM_LABEL = regex.compile(r"^[^\S\n]*(?:\d{1,3}[.)]\)?|[•\-*–—▪◦‣●⁃])[^\S\n]+")


@hookimpl(trylast=True)
def newsclaims_register_sectioners(register: Register[Sectioner]) -> None:
    register("key-points", key_points)

"""The fast paths of the sentence splitter and the claim extractor give what the plain ways
they replaced give.

Each fast path is compared with a plain reference implementation (the code it replaced) on
generated text, and the facts about Unicode it relies on are checked over every code point.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclaims
from newsclaims import Claim, Document, Span
from newsclaims.default_plugins import claims, sentences
from newsclaims.default_plugins._checkworthy import checkworthy
from newsclaims.default_plugins._quotes import opens_single
from newsclaims.testing import manager_with

_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)

# Pieces that make (or almost make) sentence ends, list items, quotes, markers and paragraphs.
_PIECES = [
    *"aA. \n\n!?)…‽。！？｡\r\u2028\u2029•1[]\"'”’“x\t\x1c\u00a0",
    *["Mr.", "U.S.", " The", "e.g.", "1) ", "2) ", "a) ", "b. ", "No. 4", "...", ". . ."],
    *["[1]", " [2]", "¹", "www.x.com", "He", "\n \n", ". [2] The", " said", "Smith", "3.5"],
    *["“We", "won,” ", '"No," ', "according to the ministry", "\n\n“And", " it.”", "Today"],
    *["- ", "\n* ", "(2) ", "a. ", "E. ", "#x", "\nPARIS, S.D.", "\nBackground\n", "A: "],
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def test_python_white_space_holds_the_patterns_white_space() -> None:
    """A character Python does not call white space is no ``\\s`` to the scan."""
    assert all(c.isspace() for c in regex.findall(r"\s", _ALL, flags=regex.VERSION1))


def test_no_lower_case_letter_or_decimal_goes_on_from_a_full_stop() -> None:
    """After "." a lower-case letter or a decimal is no space, capital, quote or marker."""
    goes_on = regex.compile(r"[\s\p{Lu}\"'”’»›)\]\[ .!?…‽⁰¹²³⁴-⁹]", regex.VERSION1)
    assert not [c for c in _ALL if (c.islower() or c.isdecimal()) and goes_on.match(c)]


def reference_split(text: str) -> Iterator[Span]:
    """The splitter as it was: every match of the scan, found by ``finditer``."""
    n = len(text)
    start = 0
    while start < n and text[start].isspace():
        start += 1
    if start == n:
        return
    special = sentences._SPECIAL
    items = sentences._Items()
    # ``start`` is where the current sentence starts; each cut ends it and starts the next.
    scan = (
        sentences._SCAN
        if any(b in text for b in sentences._BULLETS)
        else sentences._SCAN_NO_BULLETS
    )
    for m in scan.finditer(text, start):
        pstart, after = m.span()
        whole = m.group()
        # The common cases first, decided here.
        if whole == ". " and after < n and text[after].isupper():
            # ". " between a plain word and a capital letter.
            token = text[max(text.rfind(" ", start, pstart) + 1, start) : pstart]
            if len(token) > 1 and token.isalpha() and token.lower() not in special:
                yield Span(start, pstart + 1)
                start = after
                continue
        elif whole[-1] == "\n" and (after == n or not text[after].islower()):
            if whole[0] in ".!?":
                # A full stop (or ! or ?) that ends a line ends its sentence.
                yield Span(start, pstart + len(whole.rstrip()))
                start = after
                continue
            if whole[0] == "\n":
                # A line break before anything but a lower-case letter.
                end = pstart
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    yield Span(start, end)
                start = after
                continue
        cut: tuple[int, int] | None
        if m.start(8) >= 0:
            # A CJK full stop, exclamation or question mark ends a sentence, space or not.
            next_start = after
            while next_start < n and text[next_start].isspace():
                next_start += 1
            cut = (after, next_start)
        elif m.start(1) >= 0:
            cut = sentences._line_break(text, m, start)
        elif m.start(2) >= 0 or m.start(3) >= 0:
            cut = items.mark(text, pstart, m.start(3) >= 0)
        else:
            cut = None
            if m.group(4) == "." and not m.group(6):
                token = sentences._TOKEN_BEFORE.match(
                    text, max(start, pstart - sentences._TOKEN_WINDOW), pstart
                ).group()  # type: ignore[union-attr]
                value = token.lstrip(sentences._BULLETS)
                if (
                    (len(value) == 1 and value.isalpha()) or (len(value) <= 3 and value.isdecimal())
                ) and items.is_item(text, pstart - len(value), value, m.group(5)[:1] == ")"):
                    cut = items.cut
                else:
                    cut = sentences._stop(text, m, start)
            else:
                cut = sentences._stop(text, m, start)
        if cut is not None:
            end, next_start = cut
            if end > start:
                yield Span(start, end)
            if next_start > start:
                start = next_start
    end = n
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield Span(start, end)


@settings(max_examples=1000)
@given(_TEXTS)
def test_the_splitter_gives_what_every_match_of_the_scan_gives(text: str) -> None:
    assert list(sentences.split(text)) == list(reference_split(text))


def reference_extract(doc: Document) -> list[Claim]:
    """The extractor as it was: every paragraph in turn, each claim made with its checks."""
    markers = [m.span for m in doc.markers]
    starts = [s.start for s in markers]
    out: list[Claim] = []
    k = 0
    for section in doc.sections:
        lo = k
        while k < len(doc.sentences) and doc.sentences[k].start < section.span.end:
            k += 1
        if section.kind == "body":
            out.extend(_reference_body(doc, doc.sentences[lo:k], markers, starts))
        else:
            out.extend(claims.extract(attrs.evolve(doc, sections=(section,))))
    return out


def _reference_body(
    doc: Document, spans: Sequence[Span], markers: Sequence[Span], starts: Sequence[int]
) -> Iterator[Claim]:
    if not spans:
        return
    text = doc.text
    carried = None
    done: list[Claim] = []  # the claims of the paragraphs with quote marks, until the end
    unnamed: list[int] = []
    cuts = [
        j for j in range(len(spans)) if j == 0 or "\n" in text[spans[j - 1].end : spans[j].start]
    ]
    lo, hi = spans[0].start, spans[-1].end
    marks = [m.start() for m in regex.finditer(r'["“”«»„‘]', text[:hi]) if m.start() >= lo]
    if not marks:
        # A section with no other quote mark: straight single marks that may open a quotation
        # (at the start, or after a space, line break, bracket or dash).
        marks = [
            p
            for p in range(lo, hi)
            if text[p] == "'" and (p == lo or text[p - 1] in " \n(—") and opens_single(text, p)
        ]
    elif '"' in text[lo:hi]:
        # With straight double marks: a straight single mark that opens a paragraph too.
        marks = sorted(
            marks
            + [
                p
                for p in range(lo, hi)
                if text[p] == "'" and (p == lo or text[p - 1] == "\n") and opens_single(text, p)
            ]
        )
    for i, j in zip(cuts, [*cuts[1:], len(spans)], strict=True):
        para = spans[i:j]
        first, last = para[0].start, para[-1].end
        own = [p for p in marks if first <= p < last]
        if not own:
            carried = None
            unnamed = []
            yield from done  # (nothing before this paragraph takes a speaker any more)
            done = []
            for s in para:
                if not any(map(str.isalnum, text[s.start : s.end])):
                    continue  # marks alone ("---", ".") assert nothing
                whole_line = (s.start == 0 or text[s.start - 1] == "\n") and (
                    s.end == len(text) or text[s.end] in "\r\n"
                )
                if (
                    whole_line
                    and claims._asserts_nothing(doc, s)
                    and any(claims._ends_like_one(x, text) for x in doc.sentences)
                ):
                    continue  # a line that asserts nothing
                one_word = text[s.start : s.end - 1]
                if (
                    text[s.end - 1] == "."
                    and len(one_word) < claims._ONE_WORD
                    and one_word.isalpha()
                ):
                    continue  # a word alone ("Berlin.", "Yes.") asserts nothing
                mark = claims._BODY_MARK.match(text, s.start, s.end)  # (a list item's mark)
                if mark is not None and mark.end() < s.end:
                    s = Span(mark.end(), s.end)
                end = claims._strip_trailing_markers(text, s, markers, starts)
                if end > s.start:
                    piece = text[s.start : end]
                    worthy = checkworthy(piece)
                    yield Claim(text=piece, span=Span(s.start, end), checkworthy=worthy)
            continue
        got, carried, open_from = claims._quoted_paragraph(doc, para, markers, starts, carried, own)
        # A quotation left open with no speaker takes the one its reopening paragraph names.
        if own[0] == first and unnamed and got and got[0].span.start == first:
            claims._named_later(done, unnamed, got[0])
        if own[0] != first or open_from is None:
            unnamed = []
        if open_from is not None:
            unnamed += [
                len(done) + k
                for k, c in enumerate(got)
                if c.kind == "quote" and c.span.end > open_from and c.speaker is c.verb is None
            ]
        done.extend(got)
    yield from done


def _document(text: str) -> Document:
    pm = manager_with()
    pm.unregister(name="newsclaims.cleaning")
    return newsclaims.parse(text, plugin_manager=pm)


@settings(max_examples=500)
@given(_TEXTS)
def test_the_extractor_gives_what_paragraph_by_paragraph_gives(text: str) -> None:
    doc = _document(text)
    assert claims.extract(doc) == reference_extract(doc)


@pytest.mark.parametrize(
    "text",
    [
        # A quotation left open at a paragraph's end carries over only to the next paragraph.
        "The storm hit the coast on Monday, and officials said many homes lost power.\n\n"
        '"We won," Smith said. "And more\n\nIt rained.\n\n"We go on."\n\n'
        '"We won," Smith said. "And more\n\n"We go on."',
        "The storm hit the coast on Monday, and officials said many homes lost power.\n\n"
        'It rained. He left.\nShe said "no." Then\n\nNothing. "Fine," he said [1].',
    ],
)
def test_the_extractor_carries_speakers_as_paragraph_by_paragraph(text: str) -> None:
    doc = _document(text)
    assert claims.extract(doc) == reference_extract(doc)


@given(_TEXTS, st.data())
def test_the_extractor_reads_paragraphs_of_any_sentences(text: str, data: st.DataObject) -> None:
    """Sentences with text between them (a splitter may leave some out) make the same claims."""
    parsed = _document(text)
    # The cuts fall in the cleaned text, which is shorter than the raw one where the crlf
    # cleaner took out the CR of a CRLF.
    cuts = data.draw(st.sets(st.integers(0, len(parsed.text)), max_size=16))
    _extract_between(parsed, sorted(cuts))


def test_a_single_mark_opening_a_paragraph_among_double_marks_is_read_alike() -> None:
    # (Found by the property test above: a lone ' that opens a text with a straight " in it.)
    _extract_between(_document("'aa\n\""), [0, 1, 3, 5])


def test_the_extractor_reads_sentences_of_a_crlf_text() -> None:
    parsed = _document('It rained.\r\n\r\nHe said "no." Then she left.\r\n')
    _extract_between(parsed, [0, 10, 12, len(parsed.text)])


def _extract_between(parsed: Document, cuts: list[int]) -> None:
    """Make a sentence of each pair of ``cuts`` (trimmed) and compare the extractors."""
    text = parsed.text
    spans = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append(Span(a, b))
    doc = attrs.evolve(parsed, sentences=tuple(spans))
    body = tuple(s for s in doc.sections if s.kind == "body")
    doc = attrs.evolve(doc, sections=body)
    assert claims.extract(doc) == reference_extract(doc)


def test_a_claim_built_without_checks_equals_one_built_with_them() -> None:
    fast = claims._new_claim("It rained.", Span(3, 13), "quote", "Smith", "said", True)
    slow = Claim(text="It rained.", span=Span(3, 13), kind="quote", speaker="Smith", verb="said")
    assert fast == attrs.evolve(slow, checkworthy=True)
    assert [getattr(fast, a.name) for a in attrs.fields(Claim)] == [
        "It rained.",
        Span(3, 13),
        "quote",
        (),
        "Smith",
        "said",
        True,
    ]


def test_a_span_built_without_checks_equals_one_built_with_them() -> None:
    span = sentences._span(3, 13)
    assert span == Span(3, 13)
    assert [getattr(span, a.name) for a in attrs.fields(Span)] == [3, 13]

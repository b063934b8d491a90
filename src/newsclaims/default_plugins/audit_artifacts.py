"""Built-in plugin ``newsclaims.audit_artifacts``: damage that scraping and encoding leave.

Each ``artifact`` finding has the damaged span and says which kind of damage it is:

- mojibake: UTF-8 read as Windows-1252 or Latin-1 (``â€™`` for ``’``, ``Ã©`` for ``é``); a run
  is flagged only when encoding it back and decoding it as UTF-8 gives different, valid text;
- an HTML entity left in the text (``&amp;``, ``&#8217;``) that names a real character, or a
  stray HTML tag (``<br>``, ``</p>``);
- a find-and-replace mangled word: a site noun (``website``, ``page``, ``blog``...) after a
  determiner with letters glued on that make no English word of it (``our websiteese``: a
  replace of a name inside a longer word); a plural, an ``-ed``/``-ing`` form or a common
  compound (``webpages``, ``the blogger``) is not flagged;
- text cut mid-sentence: a body paragraph that stops after a lower-case word or a comma, where
  it is long enough not to be a heading and the next line does not carry it on;
- page furniture left in the text: an advertisement's label between two sentences
  (``... a decade. Advertisement Net income fell ...``), a teaser after a sentence or opening
  a line (``Read more: ...``), a call to subscribe to a newsletter (English); the
  paragraph such a teaser ends is not also reported as cut.
"""

from __future__ import annotations

import bisect
import html
import re
import string
import unicodedata
from collections.abc import Iterator

import regex

from newsclaims import Auditor, Document, Finding, Register, Span, hookimpl
from newsclaims.default_plugins._audit_text import index, utf8

# A run of characters that UTF-8 bytes take when read as cp1252/latin-1: a lead byte (Â-ô)
# followed by continuation bytes (0x80-0xBF in cp1252 or latin-1 form).
_CONTINUATION = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
_CONTINUATION += "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = regex.compile(f"(?:[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}})+")
#: What the UTF-8 bytes of a text hold where ``_MOJIBAKE`` matches: a lead character (U+00C2-
#: U+00F4 is C3 82-C3 B4) and the first byte of a continuation character (C2 for U+0080-U+00BF,
#: C5, C6 or CB for the Latin letters and accents, E2 for the punctuation, euro and trade mark).
_MOJIBAKE_BYTES = re.compile(rb"\xc3[\x82-\xb4][\xc2\xc5\xc6\xcb\xe2]")
_ENTITY = regex.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_TAG = regex.compile(
    r"</?(?:a|b|i|p|br|hr|div|span|em|strong|li|ul|ol|img|script|style|table|tr|td|h[1-6])"
    r"(?:\s[^<>]{0,200})?/?>",
    regex.IGNORECASE,
)

#: Nouns a site substitutes for a name ("our website"), whose glued forms are damage.
SITE_NOUNS = (
    "website",
    "webpage",
    "homepage",
    "site",
    "page",
    "portal",
    "blog",
    "newsletter",
    "newspaper",
    "channel",
    "platform",
)
_DETERMINER = r"(?:our|this|the|my|your|their|its|his|her|a|an)"
_GLUED = regex.compile(
    rf"\b(?P<det>{_DETERMINER})\s+(?P<word>(?:{'|'.join(SITE_NOUNS)})(?P<tail>\p{{Ll}}{{2,}}))\b",
    regex.IGNORECASE,
)
#: The same, matched where the site noun starts (the determiner looked behind for).
_GLUED_AT = regex.compile(
    rf"(?<=\b(?P<det>{_DETERMINER})\s+)(?P<word>(?:{'|'.join(SITE_NOUNS)})(?P<tail>\p{{Ll}}{{2,}}))\b",
    regex.IGNORECASE,
)
#: Strings that the site nouns hold (in UTF-8), each with the nouns and where it stands in them.
_NOUN_PARTS: dict[bytes, list[tuple[int, bytes]]] = {}
for _noun in SITE_NOUNS:
    _part = next((p for p in ("site", "page", "news") if p in _noun), _noun)
    _NOUN_PARTS.setdefault(_part.encode(), []).append((_noun.index(_part), _noun.encode()))
#: The UTF-8 bytes that may stand before a site noun: the regex module's ASCII white space, or
#: the first or last byte of another character (which may be white space).
_BEFORE_NOUN = frozenset(b" \t\n\r\x0b\x0c" + bytes(range(0x80, 0x100)))
#: The UTF-8 bytes that may start a glued tail (lower-case letters to a pattern that ignores case):
#: an ASCII letter, or a byte of another character (which may be a letter).
_TAIL = frozenset(string.ascii_letters.encode() + bytes(range(0x80, 0x100)))
#: Endings that make real words of the site nouns (inflections and common compounds).
_ENDINGS = frozenset(
    (
        *("s", "es", "d", "ed", "ing", "er", "ers", "r", "rs", "ly", "ling", "led"),
        *("ger", "gers", "ging", "ged", "ant", "ants", "age", "ages", "map", "maps"),
        *("wide", "like", "less", "based", "owner", "owners", "ful", "fuls", "ship"),
        *("man", "men", "woman", "women", "post", "posts", "roll", "rolls", "osphere"),
    )
)
_CUT_END = regex.compile(r"(?:(?<![\p{L}\p{M}\p{N}'’-])\p{Ll}[\p{Ll}\p{M}]+|,)\s*$")
_SENTENCE_END = regex.compile(r"[.!?][\"”’')\]]*\s+[\"“‘(\[]?\p{Lu}")
#: The number that opens a list item or a numbered subheading ("1. ", "12) ").
_ITEM_NUMBER = re.compile(r"\d{1,3}[.)] ")
#: A cut paragraph needs this many words, unless it has ended a sentence before (not a heading).
CUT_WORDS = 20


def artifacts(doc: Document) -> Iterator[Finding]:
    """Yield every artifact in the document text, in text order."""
    found: list[tuple[Span, str]] = []
    text = doc.text
    idx = index(doc)
    # Speed: each pattern is run only where it can match at all (mojibake is never ASCII, and
    # needs a lead and a continuation character, which a search of the UTF-8 bytes for their
    # bytes finds in C far faster than the pattern; an entity starts with "&" and a tag with
    # "<"): C-level tests.
    mojibake = not text.isascii() and _MOJIBAKE_BYTES.search(idx.utf8) is not None
    for m in _MOJIBAKE.finditer(text) if mojibake else ():
        fixed = _unmojibake(m.group())
        if fixed is not None and fixed != m.group():
            found.append((Span(m.start(), m.end()), f"mojibake {m.group()!r} (meant {fixed!r})"))
        elif fixed is None:
            lost = _lost_byte(m.group(), text[m.end() : m.end() + 1])
            if lost is not None:
                end = m.end() + (text[m.end() : m.end() + 1] == "\ufffd")
                found.append((Span(m.start(), end), f"mojibake {text[m.start() : end]!r} ({lost})"))
    for m in _ENTITY.finditer(text) if "&" in text else ():
        char = html.unescape(m.group())
        if char != m.group():
            found.append((Span(m.start(), m.end()), f"HTML entity {m.group()} left in the text"))
    for m in _TAG.finditer(text) if "<" in text else ():
        found.append((Span(m.start(), m.end()), f"HTML tag {m.group()!r} left in the text"))
    for m in _glued(text, idx.utf8):
        if m.group("tail").lower() in _ENDINGS:
            continue
        span = Span(m.start("word"), m.end("word"))
        found.append(
            (
                span,
                f"mangled word {m.group('word')!r}: {text[m.start('det') : m.start('tail')]!r} "
                f"glued to {m.group('tail')!r}, as a find-and-replace leaves it",
            )
        )
    furniture = list(_furniture(doc))
    found.extend(furniture)
    found.extend(cut for cut in _cuts(doc) if not any(cut[0].overlaps(f) for f, _ in furniture))
    for span, message in sorted(found, key=lambda f: (f[0].start, f[0].end, f[1])):
        yield Finding(
            kind="artifact",
            message=message,
            severity="warning",
            span=span,
            claim=idx.claim_at(span),
        )


def _glued(text: str, data: bytes | None = None) -> Iterator[regex.Match[str]]:
    """The matches of ``_GLUED`` in ``text`` (whose UTF-8 bytes ``data`` are, if given), in text
    order."""
    # Speed: the site nouns are found by bytes.find in the text's UTF-8 bytes, ASCII lower-cased,
    # and the pattern is tried only where one starts after what may be white space and before
    # two bytes that may be letters. No character outside ASCII matches an ASCII letter of the
    # nouns in another case, but for the long s and the dotted capital I (tests check this), so
    # the lower-cased bytes hold every place where the case-insensitive pattern matches a noun.
    if "ſ" in text or "İ" in text:
        yield from _GLUED.finditer(text)
        return
    if data is None:
        data = utf8(text)
    low = data.lower()
    starts: set[int] = set()
    for part, nouns in _NOUN_PARTS.items():
        at = low.find(part)
        while at >= 0:
            for offset, noun in nouns:
                start, end = at - offset, at - offset + len(noun)
                if (
                    start > 0
                    and low[start - 1] in _BEFORE_NOUN
                    and low.startswith(noun, start)
                    and end + 1 < len(data)
                    and data[end] in _TAIL
                    and data[end + 1] in _TAIL
                ):
                    starts.add(start)
            at = low.find(part, at + 1)
    # Byte offsets to character offsets, counting the characters between one start and the next
    # (all starts are ASCII letters, so each stretch is whole characters).
    byte = char = 0
    for start in sorted(starts):
        char += len(data[byte:start].decode("utf-8", "surrogatepass"))
        byte = start
        m = _GLUED_AT.match(text, char)
        if m is not None:
            yield m


def _mojibake_bytes(run: str) -> bytes | None:
    """The bytes that ``run`` was decoded from, each character read back as Windows-1252 or, for
    the five bytes Windows-1252 leaves undefined, as Latin-1: that is how browsers decode
    ``windows-1252`` (``â€\x9d`` is ``”``, whose last byte 0x9D Windows-1252 lacks); ``None`` if
    a character is neither."""
    out = bytearray()
    for char in run:
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) > 0xFF:
                return None
            out.append(ord(char))
    return bytes(out)


def _unmojibake(run: str) -> str | None:
    """What ``run`` meant, or ``None`` if its bytes are no UTF-8 text."""
    data = _mojibake_bytes(run)
    try:
        return None if data is None else data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _lost_byte(run: str, after: str) -> str | None:
    """Why ``run``, whose bytes are no UTF-8, is mojibake still, or ``None`` if it is not: its
    bytes are UTF-8 but for a last character cut short, whose missing byte a strict decoder
    turned into ``�`` (``after``) or dropped. A decoder that knows no 0x9D (Python's ``cp1252``)
    leaves ``â€�`` for ``”``. Without the ``�``, the cut character's last byte must read as a
    symbol (``â€`` before a space is ``”`` with its last byte dropped), not as a letter or a
    dash (``éš`` may be a word, ``café—bar`` is one)."""
    data = _mojibake_bytes(run)
    if data is None:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason != "unexpected end of data" or error.start >= len(data) - 1:
            return None
        if after != "\ufffd" and not unicodedata.category(run[-1]).startswith("S"):
            return None
        return "a character whose last byte was lost"
    return None


# A page's furniture that a scrape left inside the article's paragraphs, after a sentence's
# end or at a line's start: an advertisement's label before the next sentence, a teaser
# (``Read more: ...``), a call to subscribe (English). (Not "Click here to ...": an
# article's own call, to download its app say, is written so too.)
_FURNITURE = regex.compile(
    r"(?:(?<=[.!?”\"’')\]][ \t]+)|(?<=^)|(?<=\n))"
    r"(?:(?:Skip[ ])?(?:ADVERTISEMENT|Advertisement)(?=[ \t]+\p{Lu}|[ \t]*(?:\n|$))"
    r"|(?:Read more|Also read)[ \t]*:[ \t]*\S[^\n]*"
    r"|(?:Subscribe|Sign up)[ ](?:to|for)[ ](?:our|the)[ ](?:[\w-]+[ ]){0,2}newsletters?\b"
    r"[^\n.]*\.?"
    r"|Continue reading(?:[ ]the[ ]main[ ]story)?\b[^\n.]*\.?)"
)
#: What the furniture above holds, looked for first (in C).
_FURNITURE_KEYS = (
    "dvertisement",
    "DVERTISEMENT",
    "ead more",
    "lso read",
    "newsletter",
    "ontinue reading",
)


def _furniture(doc: Document) -> Iterator[tuple[Span, str]]:
    """The page furniture left inside the body (:data:`_FURNITURE`): an AI answer or a scrape
    that kept ``Advertisement`` between two sentences, or ``Read more: ...`` after one."""
    text = doc.text
    keys = [key for key in _FURNITURE_KEYS if key in text]
    if not keys:
        return
    # Speed: a match lies on one line and holds a key, so only the lines holding one are
    # searched (the pattern, tried at every character of the body, cost more than the rest).
    lines = sorted({text.rfind("\n", 0, at) + 1 for key in keys for at in _finds(text, key)})
    for section in doc.sections:
        if section.kind != "body":
            continue
        start, end = section.span.start, section.span.end
        for line in lines[max(0, bisect.bisect_right(lines, start) - 1) :]:
            if line >= end:
                break
            stop = text.find("\n", line, end)
            for m in _FURNITURE.finditer(text, max(line, start), end if stop < 0 else stop):
                what = m.group().rstrip()
                yield (
                    Span(m.start(), m.start() + len(what)),
                    f"page furniture left in the text: {what!r}",
                )


def _finds(text: str, key: str) -> Iterator[int]:
    """Where ``key`` occurs in ``text``, in order."""
    at = text.find(key)
    while at >= 0:
        yield at
        at = text.find(key, at + 1)


def _cuts(doc: Document) -> Iterator[tuple[Span, str]]:
    text = doc.text
    for section in doc.sections:
        if section.kind != "body":
            continue
        start, limit = section.span.start, section.span.end
        # Speed: a line is read only if its last character is no full stop or quote (which
        # ends most paragraphs and no cut; white space there is neither, so that line is read):
        # one C-level search finds the ends of those lines, the last line is looked at apart.
        ends = [m.start() for m in _OPEN_END.finditer(text, start, limit)]
        if limit > start and text[limit - 1] not in _ENDED:
            ends.append(limit)
        for end in ends:
            pos = text.rfind("\n", start, end) + 1 or start
            line = text[pos:end]
            stripped = line.rstrip()
            if (
                stripped
                and stripped[-1] not in _ENDED
                and _is_cut(line)
                and not _carried_on(text, end, limit)
            ):
                last = _LAST_WORD.search(stripped)
                yield (
                    Span(pos + (last.start() if last else 0), pos + len(stripped)),
                    "text cut mid-sentence: the paragraph stops without ending its sentence",
                )


_LAST_WORD = regex.compile(r"\S+\s*$")
#: Characters a paragraph cut mid-sentence cannot end with (it ends with a letter or a comma).
_ENDED = frozenset(".!?:;\"')]”’»…")
#: A line break after a character that is neither in ``_ENDED`` nor a line break (a literal
#: first, so that re searches for it in C).
_OPEN_END = re.compile("\n(?<=[^" + re.escape("".join(sorted(_ENDED))) + "\n]\n)")
#: What str.split() and str.strip() take for white space (Python's, not the regex module's).
_NOT_SPACE = re.compile(r"\S")


def _is_cut(line: str) -> bool:
    """Tell whether a line stops mid-sentence and is long enough not to be a heading."""
    stripped = line.strip()
    # Speed: the pattern ends the text, so it is searched in the last token only (the text
    # strips no further: its ends are not white space to either module), not from the start.
    if not stripped or not _CUT_END.search(stripped[stripped.rfind(" ") + 1 :]):
        return False
    # (Words counted up to CUT_WORDS only: all that the tests below need to know.)
    n_words = len(stripped.split(None, CUT_WORDS - 1))
    if n_words >= CUT_WORDS:
        return True
    # A sentence ended before: not the number of a numbered subheading ("1. Relief is extended").
    item = _ITEM_NUMBER.match(stripped)
    return n_words >= 6 and _SENTENCE_END.search(stripped, item.end() if item else 0) is not None


def _carried_on(text: str, end: int, limit: int) -> bool:
    """Tell whether the next line (before ``limit``) goes on in lower case."""
    following = _NOT_SPACE.search(text, end, limit)
    return following is not None and following.group().islower()


@hookimpl(trylast=True)
def newsclaims_register_auditors(register: Register[Auditor]) -> None:
    register("artifact", artifacts)

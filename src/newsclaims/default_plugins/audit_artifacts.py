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
  it is long enough not to be a heading and the next line does not carry it on.
"""

from __future__ import annotations

import html
from collections.abc import Iterator

import regex

from newsclaims import Auditor, Document, Finding, Register, Span, hookimpl
from newsclaims.default_plugins._audit_text import Index

# A run of characters that UTF-8 bytes take when read as cp1252/latin-1: a lead byte (Â-ô)
# followed by continuation bytes (0x80-0xBF in cp1252 or latin-1 form).
_CONTINUATION = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
_CONTINUATION += "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = regex.compile(f"(?:[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}})+")
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
    rf"\b{_DETERMINER}\s+(?P<word>(?:{'|'.join(SITE_NOUNS)})(?P<tail>\p{{Ll}}{{2,}}))\b",
    regex.IGNORECASE,
)
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
#: A cut paragraph needs this many words, unless it has ended a sentence before (not a heading).
CUT_WORDS = 20


def artifacts(doc: Document) -> Iterator[Finding]:
    """Yield every artifact in the document text, in text order."""
    found: list[tuple[Span, str]] = []
    text = doc.text
    for m in _MOJIBAKE.finditer(text):
        fixed = _unmojibake(m.group())
        if fixed is not None and fixed != m.group():
            found.append((Span(m.start(), m.end()), f"mojibake {m.group()!r} (meant {fixed!r})"))
    for m in _ENTITY.finditer(text):
        char = html.unescape(m.group())
        if char != m.group():
            found.append((Span(m.start(), m.end()), f"HTML entity {m.group()} left in the text"))
    for m in _TAG.finditer(text):
        found.append((Span(m.start(), m.end()), f"HTML tag {m.group()!r} left in the text"))
    for m in _GLUED.finditer(text):
        if m.group("tail").lower() in _ENDINGS:
            continue
        span = Span(m.start("word"), m.end("word"))
        found.append(
            (
                span,
                f"mangled word {m.group('word')!r}: {m.group(0)[: -len(m.group('tail'))]!r} "
                f"glued to {m.group('tail')!r}, as a find-and-replace leaves it",
            )
        )
    found.extend(_cuts(doc))
    index = Index(doc)
    for span, message in sorted(found, key=lambda f: (f[0].start, f[0].end, f[1])):
        yield Finding(
            kind="artifact",
            message=message,
            severity="warning",
            span=span,
            claim=index.claim_at(span),
        )


def _unmojibake(run: str) -> str | None:
    for codec in ("cp1252", "latin-1"):
        try:
            return run.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return None


def _cuts(doc: Document) -> Iterator[tuple[Span, str]]:
    text = doc.text
    for section in doc.sections:
        if section.kind != "body":
            continue
        pos = section.span.start
        while pos < section.span.end:
            nl = text.find("\n", pos, section.span.end)
            end = section.span.end if nl < 0 else nl
            line = text[pos:end]
            if _is_cut(line, text[end : section.span.end]):
                stripped = line.rstrip()
                last = regex.search(r"\S+\s*$", stripped)
                start = pos + (last.start() if last else 0)
                yield (
                    Span(start, pos + len(stripped)),
                    "text cut mid-sentence: the paragraph stops without ending its sentence",
                )
            pos = end + 1


def _is_cut(line: str, after: str) -> bool:
    stripped = line.strip()
    if not stripped or not _CUT_END.search(stripped):
        return False
    n_words = len(stripped.split())
    if n_words < CUT_WORDS and not (n_words >= 6 and _SENTENCE_END.search(stripped)):
        return False
    following = after.lstrip("\n").lstrip()
    return not (following and following[0].islower())


@hookimpl(trylast=True)
def newsclaims_register_auditors(register: Register[Auditor]) -> None:
    register("artifact", artifacts)

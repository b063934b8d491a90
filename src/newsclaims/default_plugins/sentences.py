"""Built-in plugin ``newsclaims.sentences``: the default sentence splitter.

A line break always ends a sentence (a heading or list item needs no full stop). Within a line,
a sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes, brackets and citation markers
after it) followed by white space and a capital letter, digit or opening quote, unless the word
before the full stop is a known abbreviation, an initial or a title.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclaims import Register, SentenceSplitter, Span, hookimpl

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "pres",
        "rev",
        "hon",
        "inc",
        "corp",
        "co",
        "ltd",
        "llc",
        "bros",
        "no",
        "nos",
        "vs",
        "etc",
        "fig",
        "al",
        "approx",
        "dept",
        "est",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
    ]
)

# A match starts only at the start of a run of end marks, and takes the whole run (atomic):
# trying again from inside a run of 500,000 dots would take quadratic time.
_END = regex.compile(
    r"""(?<![.!?…])(?>[.!?…]+)["'”’»)\]]*(?:\s?\[\d+(?:[,;\-–]\s?\d+)*\])*"""
    r"""(?=\s+["“‘(\[]?[\p{Lu}\d])""",
    regex.VERSION1,
)


def split(text: str) -> Iterator[Span]:
    """Yield the spans of the sentences of ``text``."""
    start = 0
    for line in regex.finditer(r"[^\r\n]+", text):  # LF, CRLF or a lone CR ends a line
        start = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            if text[m.start()] == "." and _is_abbreviation(text, start, m.start()):
                continue
            yield Span(start, m.end())
            start = m.end()
        if text[start : line.end()].strip():
            yield Span(start, line.end())


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    # Scan back over the word only: searching from ``start`` would be quadratic on a long run
    # of abbreviations ("Mr. Mr. Mr. ...").
    begin = dot
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    if begin == dot:
        return False
    word = text[begin:dot].lstrip("(\"'“‘").lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial
    return word in _ABBREVIATIONS


@hookimpl(trylast=True)
def newsclaims_register_sentence_splitters(register: Register[SentenceSplitter]) -> None:
    register("rules", split)

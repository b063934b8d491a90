"""newsclaims plugin for Asia News Network (ANN) syndication and the sites that republish it.

ANN members (The Japan News, The Star, the Philippine Daily Inquirer, The Jakarta Post, The Korea
Herald, The Straits Times, The Daily Star, The Kathmandu Post, Vietnam News, China Daily...)
share stories that carry the network's marks:

- a dateline with a credit: ``MANILA (Philippine Daily Inquirer/ANN) - ...``;
- a trailing credit: ``... in Tokyo. - THE JAPAN NEWS/ANN``, or a line
  ``THE STAR/ASIA NEWS NETWORK``;
- photo captions with an agency credit: ``... on Monday. - AFP/VNA Photo``, ``... (Photo: VNA)``,
  and an agency's credit after a sentence: ``... on Sept. 30. (Yonhap)``;
- republishers' notes, terminators and footers: ``This article first appeared in The Korea
  Herald`` (on a line of its own or after the line's last sentence), ``-- ENDS --``,
  ``Copyright (c) Asia News Network``.

The cleaner ``ann-credits`` removes them with a reason; where a line also holds article text, only
the credit goes. ``newsclaims_identify_source`` names the originating paper and the network, as
in ``"The Japan News (Asia News Network)"``. Only public names of ``newsclaims`` are used.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from newsclaims import Cleaner, Document, Register, Removal, Span, hookimpl
from newsclaims_ann._papers import NETWORK, PAPERS, Paper

__all__ = [
    "NETWORK",
    "PAPERS",
    "Paper",
    "ann_removals",
    "clean_ann",
    "newsclaims_identify_source",
    "newsclaims_register_cleaners",
    "source_of",
]

#: The name this plugin registers under when not loaded through its entry point.
newsclaims_name = "ann"

_BY_ALIAS: dict[str, Paper] = {}
for _paper in PAPERS:
    for _alias in (_paper.name, *_paper.aliases):
        _BY_ALIAS[_alias.casefold()] = _paper
_PAPER = "|".join(re.escape(a) for a in sorted(_BY_ALIAS, key=lambda a: (-len(a), a)))
_NET = r"(?:(?-i:ANN)|Asia\s+News\s+Network)"
_DASH = r"[-–—|]"

# MANILA (Philippine Daily Inquirer/ANN) - ...   SEOUL (ANN/Korea Herald) - ...   IPOH (ANN): ...
# The credit goes with the spaces before it: ``MANILA - ...`` and ``IPOH: ...`` stay.
_DATELINE = re.compile(
    rf"^[^\W\d_][^\n()]{{0,40}}?(?P<credit>[ \t]*\((?:(?P<paper>{_PAPER})\s*/\s*)?{_NET}"
    rf"(?:\s*/\s*(?P<paper2>{_PAPER}))?\))(?=[ \t]*(?:{_DASH}|:))",
    re.IGNORECASE | re.MULTILINE,
)
# ... in Tokyo. - THE JAPAN NEWS/ANN    ... by 2030. -- The Jakarta Post/ANN    ... (The Star/ANN)
# (or the credit on a line of its own)
# Linear time: no two white-space runs can share the same spaces, and a run is tried only from
# its start (where the leftmost match starts anyway).
_TRAILING = re.compile(
    rf"(?P<credit>(?:(?<=[.!?\"”’)])[ \t]*(?:{_DASH}{{1,2}}[ \t]*)?|(?<![ \t])[ \t]*{_DASH}{{1,2}}"
    rf"[ \t]*|^[ \t]*(?:{_DASH}{{1,2}}[ \t]*)?)\(?"
    rf"(?:(?P<paper>{_PAPER})\s*/\s*{_NET}|{_NET}(?:\s*/\s*(?P<paper2>{_PAPER}))?)\)?\.?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# By: Tri Indah Oktavianti - The Jakarta Post/Asia News Network | November 03, 2026 - 05:12 PM
# (a republisher's byline that credits the member paper over the network, a date after it)
_BYLINE = re.compile(
    rf"[ \t]*By:?[ \t]+[^\n]{{1,80}}?(?:{_DASH}|,)[ \t]*(?P<paper>{_PAPER})[ \t]*/[ \t]*{_NET}\b",
    re.IGNORECASE,
)
# ... on Monday. - AFP/VNA Photo     ... (Photo: VNA)     — VNA/VNS Photo Văn Điệp
# ... in Hefei. [Photo/Xinhua]     — Photo courtesy Sindh Transit     ... circuit. Post File Photo
# Every alternative starts with white space; the lookbehind tries it only from the start of a
# run of spaces (where the leftmost match starts anyway), so a long run is not rescanned from
# each of its spaces (quadratic time).
_PHOTO_CREDIT = re.compile(
    r"(?P<credit>(?<![ \t])(?:"
    rf"[ \t]+{_DASH}[ \t]*(?:[\w.&']+(?:[ \t][\w.&']+){{0,3}}[ \t]*/[ \t]*)*"
    r"[\w.&']+(?:[ \t][\w.&']+){0,3}"
    r"[ \t]+(?:file[ \t]+)?photos?(?:[ \t]+[^\W\d_][\w.']*(?:[ \t][^\W\d_][\w.']*){0,3})?\.?"
    r"|[ \t]*[(\[](?:file\s+)?(?:photo|image|picture)s?\s*"
    r"(?:courtesy\s+of\s*|(?:by|provided\s+to)\s+|[:/]\s*)[^()\[\]\n]{1,60}[)\]]"
    rf"|[ \t]+{_DASH}[ \t]*(?:photo|image)s?\s+courtesy(?:\s+of)?\s+[^\n]{{1,60}}"
    # After the caption's sentence, a credit in capitalised words: ``Post File Photo``,
    # ``VNA/VNS Photo``.
    r"|(?<=[.!?])[ \t]+(?:(?-i:[A-Z])[\w.&'/]*[ \t]+){1,3}photos?\.?"
    r"))[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# ... on Sept. 30. (Yonhap)    ... the ministry said. (Bernama)    (an agency's credit in ANN texts)
# A photographer's credit has up to four capitalised words on either side of its slash: "(Im
# Se-jun/The Korea Herald)", "(Kathmandu Post/Bikash Rai)" (a paper's over the network's is a
# wire credit, ``_TRAILING``'s).
_PAREN_CREDIT = re.compile(
    r"(?:(?<=[.!?\"”’])|^)(?P<credit>[ \t]*\([A-Z][\w.&'-]*"
    r"(?:(?:[ \t/]+[A-Z][\w.&'-]*){0,2}|(?:[ \t]+[A-Z][\w.&'-]*){0,3}[ \t]*/[ \t]*"
    r"(?!ANN\b|Asia\s+News\b)[A-Z][\w.&'-]*(?:[ \t]+[A-Z][\w.&'-]*){0,3})\))[ \t]*$"
)
# (JP/Agung Prakoso)   (Antara/Sigid Kurniawan): a paper's or an agency's photographer, a
# person's name of two capitalised words after the slash, where a wire credit has none.
_PHOTOGRAPHER = re.compile(r"/[ \t]*[A-Z][\w.'-]*[ \t]+[A-Z]")
# What may follow the paper's name in a republication note: the network after a slash, the
# paper's place in brackets, before the slash or after it ("The Star (Malaysia)/ANN"), its
# edition ("'s print edition"), a date ("... on June 8.", "..., June 8, 2024", "... on
# Monday."), the network's membership (", a member of Asia News Network"), the network (", Asia
# News Network") or the paper's place (", Bangladesh"), and the permission ("and is reproduced
# with permission", ". Reprinted with permission."); not a sentence that goes on ("... in the
# Inquirer, a student newspaper, in 1998.", "... on Monday and sparked outrage", "..., 10 days
# before the election"), which is the article's.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DATE = (
    rf"(?:(?:{_DAY},?[ \t]+)?(?:{_MONTH}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?"
    rf"|\d{{1,2}}[ \t]+{_MONTH}(?:,?[ \t]+\d{{4}})?)|{_DAY}|\d{{4}})"
)
_PLACE = r"\([^()\n]{1,30}\)"
_NOTE_TAIL = (
    rf"(?:[ \t]*{_PLACE})?(?:[ \t]*/[ \t]*{_NET})?(?:[ \t]*{_PLACE})?"
    r"(?:['’]s(?:[ \t]+[\w-]+){0,2}[ \t]+edition)?"
    rf"(?:[ \t]+on[ \t]+{_DATE}"
    rf"|[ \t]*,[ \t]*(?:an?[ \t]+(?:member|partner|ANN\b)[^\n.!?]{{0,40}}|(?:on[ \t]+)?{_DATE}"
    rf"|{_NET}|(?-i:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)))?"
    r"(?:[ \t]+and[ \t]+(?:is|was|has[ \t]+been)[ \t]+(?:reproduced|reprinted|republished)"
    r"[ \t]+with[ \t]+permission)?[.!?]?"
    r"(?:[ \t]+(?:reprinted|reproduced|republished)[ \t]+(?:here[ \t]+)?with[ \t]+permission\.?)?"
)
# This article first appeared in The Korea Herald.   Source: The Jakarta Post/ANN
_REPUBLISHED = re.compile(
    r"^[ \t]*(?:(?:this|the)\s+(?:article|story|report)\s+(?:was\s+)?(?:first\s+|originally\s+)?"
    r"(?:appeared|published|ran)|(?:first|originally)\s+published|source\s*:|courtesy\s*:?)"
    rf"[^\n]{{0,80}}?(?:(?P<paper>{_PAPER})|{_NET})\b{_NOTE_TAIL}[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# ... for The Korea Herald. This article first appeared in The Korea Herald.   (the note after
# the last sentence of a line: the writer's note on an opinion piece, say). Only the note goes.
_REPUBLISHED_AFTER = re.compile(
    r"(?<=[.!?\"”’])(?P<note>[ \t]+(?:this|the)[ \t]+(?:article|story|report|piece)[ \t]+"
    r"(?:was[ \t]+)?(?:first[ \t]+|originally[ \t]+)?(?:appeared|published|ran)"
    rf"[^\n]{{0,80}}?(?:(?P<paper>{_PAPER})|{_NET})\b"
    # (After the paper, a date at most: "... in The Korea Herald on June 8." A sentence that
    # goes on, "... and was quoted widely", is no note.)
    rf"{_NOTE_TAIL})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: What a line with such a note holds (a cheap test first, on the line lower-cased).
_REPUBLISHED_KEYS = ("appeared", "published", " ran ")
# Copyright (c) 2024 Asia News Network. All rights reserved.   Read more from ANN ...
_FOOTER = re.compile(
    rf"^[ \t]*(?:©|\(c\)|copyright)[^\n]{{0,80}}?(?:{_PAPER}|{_NET})\b[^\n]{{0,80}}$"
    rf"|^[ \t]*(?:read|more|follow|subscribe)[^\n]{{0,40}}\b{_NET}\b[^\n]{{0,40}}$",
    re.IGNORECASE | re.MULTILINE,
)
# -- ENDS --    ***    — ANN —
_TERMINATOR = re.compile(r"^[-–—=*#~ \t]*(?:ENDS?|ANN|\*\*\*|###)[-–—=*#~ \t]*$", re.MULTILINE)
#: A caption is a short line; in a longer one, the photo credit alone goes.
_CAPTION_MAX_WORDS = 60


@hookimpl
def newsclaims_identify_source(raw: str, url: str | None) -> str | None:
    """Name the originating paper and the network, from the text's credits or the URL."""
    return source_of(raw, url)


@hookimpl
def newsclaims_register_cleaners(register: Register[Cleaner]) -> None:
    """Register the cleaner ``ann-credits``."""
    register("ann-credits", clean_ann)


def source_of(raw: str, url: str | None = None) -> str | None:
    """The source of an ANN text: ``"<paper> (Asia News Network)"``, the network, or a paper.

    A credit in the text (a dateline, a trailing credit or a republisher's byline naming the
    network: ``By: Jane Doe - The Jakarta Post/Asia News Network | November 3, 2026``) that
    names a paper wins, the first one; then a republication note that names a member paper
    (``This article was first published in The Jakarta Post.``); then a credit or a note that
    names the network alone (a portal's masthead ``Asia News Network`` names no paper: the
    paper a dateline or a note under it names is the source); otherwise a member paper's web
    domain names the paper alone, and the network's own site the network.
    """
    network = False
    for _start, line in _credited_lines(raw):
        m = _DATELINE.match(line) or _TRAILING.search(line) or _BYLINE.match(line)
        if m is not None:
            alias = m.group("paper") or m.groupdict().get("paper2")
            if alias:
                return f"{_BY_ALIAS[' '.join(alias.split()).casefold()].name} ({NETWORK})"
            network = True
    # A republication note names the paper the story first appeared in, or the network.
    note = _REPUBLISHED.search(raw) or _REPUBLISHED_AFTER.search(raw)
    if note is not None and note.group("paper"):
        return f"{_BY_ALIAS[' '.join(note.group('paper').split()).casefold()].name} ({NETWORK})"
    if network or note is not None:
        return NETWORK
    host = (urlsplit(url).hostname or "") if url else ""
    if host == "asianews.network" or host.endswith(".asianews.network"):
        return NETWORK
    for paper in PAPERS:
        if any(host == d or host.endswith("." + d) for d in paper.domains):
            return paper.name
    return None


def _republished_after(line: str) -> re.Match[str] | None:
    """A republication note after the last sentence of ``line`` (cheap tests first)."""
    low = line.lower()
    if not any(key in low for key in _REPUBLISHED_KEYS):
        return None
    return _REPUBLISHED_AFTER.search(line)


def _lines(raw: str) -> Iterator[tuple[int, str]]:
    """Each line of ``raw`` with the offset where it starts, without its ``\r`` if the text's
    lines end with ``\r\n`` (the patterns look for the credits at the line's end)."""
    start = 0
    for line in raw.split("\n"):
        yield start, line[:-1] if line.endswith("\r") else line
        start += len(line) + 1


def _credited_lines(raw: str) -> Iterator[tuple[int, str]]:
    """The lines that name the network (a cheap test before the credit patterns)."""
    if "ANN" not in raw and "asia news network" not in raw.lower():
        return
    for start, line in _lines(raw):
        if "ANN" in line or "asia news network" in line.lower():
            yield start, line


def clean_ann(doc: Document) -> list[Removal]:
    """Return the removals of ANN credits, captions, notes and footers over ``doc.raw``.

    Photo captions (and agencies' credits in brackets) are removed only from texts that are
    ANN's: a source naming the network or a member paper, or a credit in the text. Credits
    that name the network go from any text.
    """
    ours = _is_ann(doc)
    return sorted(ann_removals(doc.raw, captions=ours), key=lambda r: (r.span.start, r.span.end))


def _is_ann(doc: Document) -> bool:
    source = (doc.source or "").casefold()
    if NETWORK.casefold() in source:
        return True
    if any(source == p.name.casefold() for p in PAPERS):
        return True
    return any(
        _DATELINE.match(line) or _TRAILING.search(line) for _, line in _credited_lines(doc.raw)
    )


def ann_removals(raw: str, *, captions: bool = True) -> Iterator[Removal]:
    """Yield the removals of ANN marks in ``raw`` (whole lines, or the credit part of a line)."""
    credited: list[tuple[int, str, re.Match[str]]] = []  # lines with text and a credit
    for start, line in _credited_lines(raw):
        m = _DATELINE.match(line)
        if m is not None:
            span = Span(start + m.start("credit"), start + m.end("credit"))
            yield Removal(span=span, reason="dateline credit")
        m = _TRAILING.search(line)
        if m is not None:
            if line[: m.start("credit")].strip():
                credited.append((start, line, m))
            else:
                yield _whole_line(raw, start, start + len(line), "wire credit")
    for k, (start, line, m) in enumerate(credited):
        # The story ends with the last credit; a short sentence credited before it is a
        # photo's caption ("Students in a classroom in Jayapura. - The Jakarta Post/ANN").
        if captions and k + 1 < len(credited) and _caption_sentence(line[: m.start("credit")]):
            yield _whole_line(raw, start, start + len(line), "caption with agency credit")
        else:
            yield Removal(
                span=Span(start + m.start("credit"), start + m.end()), reason="wire credit"
            )
    for start, line in _lines(raw):
        stripped = line.strip()
        if not stripped:
            continue
        if _REPUBLISHED.match(line):
            yield _whole_line(raw, start, start + len(line), "republication note")
        elif (m := _republished_after(line)) is not None:
            span = Span(start + m.start("note"), start + m.end())
            yield Removal(span=span, reason="republication note")
        elif _FOOTER.match(line):
            yield _whole_line(raw, start, start + len(line), "republisher footer")
        elif len(stripped) < 20 and _TERMINATOR.match(line):
            yield _whole_line(raw, start, start + len(line), "terminator")
        if not captions:
            continue
        if stripped[-1] == ")" and (m := _PAREN_CREDIT.search(line)) is not None:
            before = line[: m.start("credit")]
            if _PHOTOGRAPHER.search(m["credit"]) and before.strip() and _caption_sentence(before):
                # "... on Jan. 12. (JP/Agung Prakoso)": a photographer's credit ends a caption.
                yield _whole_line(raw, start, start + len(line), "caption with agency credit")
            else:
                yield _credit_or_line(raw, start, line, m, "wire credit")
            continue
        low = line.lower()
        if "photo" in low or "image" in low or "picture" in low:
            m = _PHOTO_CREDIT.search(line)
            if m is None:
                continue
            if len(line[: m.start()].split()) <= _CAPTION_MAX_WORDS:
                yield _whole_line(raw, start, start + len(line), "caption with agency credit")
            else:
                span = Span(start + m.start("credit"), start + m.end())
                yield Removal(span=span, reason="photo credit")


#: A caption credited as the story is has at most this many words.
_CREDITED_CAPTION_WORDS = 30
# A sentence's end before another sentence (a caption is one sentence).
_NEXT_SENTENCE = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")


def _caption_sentence(text: str) -> bool:
    """Whether the text before a credit is one short sentence, as a caption is."""
    return len(text.split()) <= _CREDITED_CAPTION_WORDS and _NEXT_SENTENCE.search(text) is None


def _credit_or_line(raw: str, start: int, line: str, m: re.Match[str], reason: str) -> Removal:
    """The credit alone, or its whole line when the line holds nothing else."""
    if not line[: m.start("credit")].strip():
        return _whole_line(raw, start, start + len(line), reason)
    return Removal(span=Span(start + m.start("credit"), start + m.end()), reason=reason)


def _whole_line(raw: str, start: int, end: int, reason: str) -> Removal:
    """A removal of the lines from ``start`` to ``end``, their line break and blank lines after."""
    start = raw.rfind("\n", 0, start) + 1
    stop = raw.find("\n", end)
    while stop >= 0:
        following = raw.find("\n", stop + 1)
        if raw[stop + 1 : len(raw) if following < 0 else following].strip():
            break
        stop = following
    return Removal(span=Span(start, len(raw) if stop < 0 else stop + 1), reason=reason)

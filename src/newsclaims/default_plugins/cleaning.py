"""Built-in plugin ``newsclaims.cleaning``: find the article in a full-page text scrape.

The cleaner ``page-text`` reads the raw text line by line and never edits it: it returns
:class:`~newsclaims.Removal` items, each with a reason, for the lines that are not the article.

How it decides (see ``docs/explanation/page-cleaning.md``):

1. Each line is measured: its words and its density of stop words of the text's own dominant
   language (a small set per language; languages without spaces use clause punctuation).
   A line is *prose* when it is long enough and at least half as dense in stop words as the
   text's typical long line.
2. The article is the densest block of prose: the run of lines with the highest score, where
   a prose line scores its word count and every other line costs a fixed penalty (maximum
   subarray). Menus and link lists cost more than they give, so they end the block; a short
   related-links box inside a long article does not.
3. Everything outside that block goes, except lines that are structure another plugin labels:
   lines with citation markers or reference entries (``[1] Title``) and numbered lists
   (``1. ...``) are always kept.
4. Inside the block, runs of several short lines go (link lists, bylines), and so do lines
   that are page furniture by what they are: captions with a photo or agency credit, repeated
   headlines, cookie, subscription and sharing lines, copyright lines, labelled teasers.
5. The headline is kept: the headline-like line just above the block (preferring one the page
   repeats, as in its title); its other copies go as ``duplicated headline``.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate, groupby

import regex

from newsclaims import Cleaner, Document, Register, Removal, Span, hookimpl
from newsclaims.default_plugins._lines import (
    MIN_SENTENCE_WORDS,
    Lines,
    ends_sentence,
    headline_like,
    norm,
)
from newsclaims.default_plugins.references import reference_list_spans

__all__ = ["clean_page", "newsclaims_register_cleaners"]

#: What a line that is not prose costs the article block, in words of prose.
PENALTY = 10
#: What one line can give at most: a page-long single line (a copy of the article in a data
#: field, a comment dump) must not outweigh paragraphs of real prose.
MAX_GAIN = 200
#: Prose lines have at least this many words (or, if they end like a sentence,
#: ``MIN_SENTENCE_WORDS``) ...
MIN_PROSE_WORDS = 10
#: ... and at least this fraction of the stop-word density of the text's typical long line.
MIN_RELATIVE_DENSITY = 0.5
#: A run of this many lines that are not prose splits the article block into parts.
SPLIT_RUN = 3
#: A lone paragraph set apart from the article by link lists stays only if it is this long.
LONE_PARAGRAPH = 100
#: A caption's credit is looked for in this many last characters of a line.
CAPTION_TAIL = 90
#: How many lines above the article block the headline is looked for.
HEADLINE_REACH = 12

# Reference lists and numbered lists: structure, labelled by other plugins, never removed.
_MARKER = regex.compile(r"\[\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\]")
_NUMBERED = regex.compile(r"(\d{1,2})[.)]\s+\S")

# Photo captions: a photo word in a credit at the end (or start) of a line. Wire agencies
# alone make a credit (``_CREDIT``), not a caption: that line may be the article's last.
_PHOTO = r"(?:photo(?:graph)?s?|foto|pic(?:ture)?s?|image|credit|ảnh|사진|写真|图片|照片)"
_AGENCIES = (
    *("AFP", "AP", "Reuters", "REUTERS", "EPA", "Getty", "Xinhua", "VNA", "Kyodo", "Yonhap"),
    *("Bernama", "Antara", "ANI", "PTI", "Anadolu", "dpa", "ANSA", "EFE", "TASS", "Jiji", "AAP"),
    *("IANS", "Shutterstock", "iStock", "Bloomberg"),
)
_AGENCY = "(?:" + "|".join(_AGENCIES) + ")"
_CAPTION = regex.compile(
    rf"""(?ix)
    (?:\(\s*(?:[^()]{{0,40}}\s)?{_PHOTO}\b[^()]{{0,60}}\)\s*$)        # (Photo: VNA), (AP Photo/X)
    | (?:\s[-–—|]\s*[\w.&' ]{{0,40}}(?:/[\w.&' ]{{1,40}})*\s{_PHOTO}\s*$)  # - AFP/VNA Photo
    | (?:\b{_PHOTO}\s*(?:by)?\s*:\s*[^.!?]{{1,60}}$)                   # Photo: Reuters
    | (?:^{_PHOTO}\s*[:|/]\s)                                          # Photo: ... (lead)
    | (?:^(?:image|photo|picture)\s+(?:copyright|caption|credit)\b)      # Image caption ...
    """
)
# A credit after the last sentence of a paragraph: "... in Manila. - THE JAPAN NEWS/ANN",
# "... he said. - Reuters". Only the credit goes: the line may be the article's last paragraph.
_CREDIT = regex.compile(
    r"(?<=[.!?\"”’])\s+[-–—]\s*"
    r"(?:\p{Lu}[\p{Lu}\d.&'’]*(?:[ /]+\p{Lu}[\p{Lu}\d.&'’]*){0,5}"
    rf"|{_AGENCY}(?:\s*/\s*[\w.' ]{{1,40}})?)$"
)

_COOKIE = regex.compile(
    r"(?i)\bcookies?\b|\bnewsletters?\b|\bsubscri(?:be|ption|ber)|\bsign(?:ing)? (?:up|in)\b"
    r"|\blog ?in\b|\bpaywall|\bpremium\b|\babonn|\binscri|\bsuscr[ií]b|\banmeld|\bberlangganan"
    r"|\bdatenschutz|\bprivacy\b|\bconsent\b|\bterms of (?:use|service)\b"
)
_COOKIE_NOTICE = regex.compile(
    r"(?i)\bcookies?\b.*\b(?:website|site|browser|consent|accept|privacy|experience)"
    r"|\b(?:website|site|browser|consent|accept|privacy|experience)\b.*\bcookies?\b"
)
_SHARE = regex.compile(
    r"(?i)\b(?:share|tweet|follow us|like us|whatsapp|facebook|twitter|linkedin|telegram"
    r"|pinterest|reddit|e-?mail this|print this|partager|compartir|teilen|bagikan)\b"
)
_COPYRIGHT = regex.compile(
    r"(?i)©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\btous droits\b"
    r"|\btodos los derechos\b|\balle rechte\b|\bhak cipta\b|版权|저작권"
)
_FOOTER = regex.compile(r"(?i)©|\(c\)\s*\d{4}|\ball rights reserved\b|\bcopyright\s+(?:©\s*)?\d{4}")
# Cheap tests that let the regexes above run only on the few lines that may match.
_CAPTION_KEYS = ("photo", "foto", "pic", "image", "credit", "ảnh", "사진", "写真", "图片", "照片")
_COPYRIGHT_KEYS = (
    "©",
    "(c)",
    "copyright",
    "rights",
    "droits",
    "derechos",
    "rechte",
    "cipta",
    "版权",
    "저작권",
)
_COOKIE_KEYS = (
    "cookie",
    "newsletter",
    "subscri",
    "sign",
    "log",
    "paywall",
    "premium",
    "abonn",
    "inscri",
    "suscr",
    "anmeld",
    "berlangganan",
    "datenschutz",
    "privacy",
    "consent",
    "terms of",
)
_SHARE_KEYS = (
    "share",
    "tweet",
    "follow",
    "like us",
    "whatsapp",
    "facebook",
    "twitter",
    "linkedin",
    "telegram",
    "pinterest",
    "reddit",
    "mail",
    "print",
    "partager",
    "compartir",
    "teilen",
    "bagikan",
)
# A labelled teaser or list heading: "Breaking News: ...", "Read also:", "ALSO READ ...".
_KICKER = regex.compile(
    r"(?i)^(?:breaking(?: news)?|latest(?: news)?|just in|exclusive|developing|live|watch"
    r"|video|photos?|gallery|listen|podcast|read (?:also|more|next)|also read|see also|more"
    r"|related(?: articles?| stories| news)?|recommended|trending|most (?:read|popular|viewed)"
    r"|popular|top stories|sponsored|advertisement|don'?t miss|must read|lire aussi"
    r"|à lire aussi|lea también|leer más|lesen sie auch|mehr zum thema|leia também"
    r"|baca juga|xem thêm|tin liên quan)\b\s*(?:[:|>»]|[-–—]\s|$)"
)


@hookimpl(trylast=True)
def newsclaims_register_cleaners(register: Register[Cleaner]) -> None:
    """Register the generic page-text cleaner ``page-text``."""
    register("page-text", clean_page)


def clean_page(doc: Document) -> list[Removal]:
    """Return the removals that leave the article (and its headline) of a page scrape."""
    return page_removals(doc.raw)


def page_removals(raw: str) -> list[Removal]:
    """The removals of the generic cleaner over ``raw``, in text order."""
    lines = Lines(raw)
    n = len(lines)
    if n < 2:
        return []
    prose = _prose_flags(lines)
    kept = _protected(lines)
    _protect_reference_lists(raw, lines, kept)
    first, last = _article_block(lines, prose, kept)
    if first < 0:
        return []
    head = _headline(lines, first, prose, kept)
    head_norm = ""
    if head >= 0:
        kept[head] = True
        head_norm = norm(lines.text[head])

    words, text = lines.words, lines.text
    reasons: list[str | None] = [None] * n
    # Lines that are prose or kept, and the block's edges, end a run of lines that are not.
    breaks = [i for i in range(n) if prose[i] or kept[i]]
    breaks = sorted({*breaks, first, last + 1, n})
    i = 0
    while i < n:
        if kept[i]:
            i += 1
            continue
        if first <= i <= last:
            reasons[i] = _reason(text[i], words[i], prose[i], head_norm)
            i += 1
            continue
        if prose[i]:
            reasons[i] = _footer_reason(text[i], head_norm) or "outside the article body"
            i += 1
            continue
        # A run of lines outside the block that are not prose: all of them go, each with the
        # sharper reason it has, if any.
        j = breaks[bisect_right(breaks, i)]
        fallback = _run_reason(words, i, j - 1)
        if _footer_hint("\n".join(text[i:j]), head_norm):
            reasons[i:j] = [_footer_reason(t, head_norm) or fallback for t in text[i:j]]
        else:
            reasons[i:j] = [fallback] * (j - i)
        i = j
    _inside_runs(lines, prose, kept, reasons, first, last)
    return _removals(lines, reasons, kept, first, last)


def _inside_runs(
    lines: Lines,
    prose: list[bool],
    kept: list[bool],
    reasons: list[str | None],
    first: int,
    last: int,
) -> None:
    """Inside the block, runs of two or more short lines go; a line alone (a subheading) stays."""
    i = first
    while i <= last:
        if prose[i] or kept[i]:
            i += 1
            continue
        j = i
        while j + 1 <= last and not prose[j + 1] and not kept[j + 1]:
            j += 1
        if j > i:
            fallback = _run_reason(lines.words, i, j)
            for k in range(i, j + 1):
                reasons[k] = reasons[k] or fallback
        i = j + 1


def _removals(
    lines: Lines, reasons: list[str | None], kept: list[bool], first: int, last: int
) -> list[Removal]:
    """One removal per run of lines that go for the same reason, plus trailing credits."""
    out: list[Removal] = []
    for reason, group in groupby(range(len(reasons)), reasons.__getitem__):
        run = list(group)
        if reason is not None:
            out.append(Removal(span=Span(lines.cut[run[0]], lines.next[run[-1]]), reason=reason))
            continue
        for i in run:
            text = lines.text[i]
            if first <= i <= last and not kept[i] and _dash_near_end(text):
                credit = _CREDIT.search(text, max(0, len(text) - 60))
                if credit is not None:
                    start = lines.start(i)
                    span = Span(start + credit.start(), start + len(text))
                    out.append(Removal(span=span, reason="credit"))
    return out


def _prose_flags(lines: Lines) -> list[bool]:
    """Mark the lines that read as running prose."""
    words, stops, text = lines.words, lines.stops, lines.text
    use_density = lines.unspaced or lines.language is not None
    floor = 0.0
    if use_density:
        densities = sorted(s / w for s, w in zip(stops, words, strict=True) if w >= 15 and s >= 0)
        if not densities:
            densities = sorted(
                s / w for s, w in zip(stops, words, strict=True) if w >= 8 and s >= 0
            )
        if densities:
            floor = densities[len(densities) // 2] * MIN_RELATIVE_DENSITY
    flags = [w >= MIN_SENTENCE_WORDS and s >= floor * w for w, s in zip(words, stops, strict=True)]
    for i, ok in enumerate(flags):
        if not ok:
            continue
        t = text[i]
        if words[i] < 2 * MIN_PROSE_WORDS and not ends_sentence(_uncredited(t)):
            flags[i] = False  # a short line that does not end like a sentence: a headline
        elif "ookie" in t and _COOKIE_NOTICE.search(t) is not None:
            flags[i] = False  # a cookie notice reads like prose but is the site about itself
    return flags


def _uncredited(text: str) -> str:
    """The line without a trailing credit (``... the plan. - THE DAILY TOWN``)."""
    if _dash_near_end(text):
        credit = _CREDIT.search(text, max(0, len(text) - 60))
        if credit is not None:
            return text[: credit.start()]
    return text


def _dash_near_end(text: str) -> bool:
    """A cheap test before looking for a credit: a dash among the last characters."""
    end = text[-60:]
    return "- " in end or "– " in end or "— " in end


def _protected(lines: Lines) -> list[bool]:
    """Mark reference-list lines, numbered lists (items counting up from 1) and cited lines."""
    text = lines.text
    n = len(text)
    kept = [False] * n
    for i in [i for i, t in enumerate(text) if "[" in t and _MARKER.search(t) is not None]:
        kept[i] = True  # a line with a citation marker is the article's, or its reference list
    for i in [i for i, t in enumerate(text) if t[0].isdigit()]:
        if kept[i]:
            continue
        m = _NUMBERED.match(text[i])
        if m is None or m.group(1) != "1":
            continue
        j, expected = i, 1
        while j < n:
            mj = _NUMBERED.match(text[j])
            if mj is None or int(mj.group(1)) != expected:
                break
            j, expected = j + 1, expected + 1
        if j - i >= 2:
            for k in range(i, j):
                kept[k] = True
    return kept


def _protect_reference_lists(raw: str, lines: Lines, kept: list[bool]) -> None:
    """Keep the lines of every reference list (any registered style, with its heading)."""
    for span in reference_list_spans(raw):
        i = max(bisect_right(lines.cut, span.start) - 1, 0)
        while i < len(lines) and lines.cut[i] < span.end:
            kept[i] = True
            i += 1


def _article_block(lines: Lines, prose: list[bool], kept: list[bool]) -> tuple[int, int]:
    """The first and last line of the densest block of prose (maximum subarray)."""
    words, text = lines.words, lines.text
    gains = [
        (w if w < MAX_GAIN else MAX_GAIN) if p else (0 if k else -PENALTY)
        for w, p, k in zip(words, prose, kept, strict=True)
    ]
    footers = [
        i
        for i, t in enumerate(text)
        if "©" in t or "opyright" in t or "ights" in t or "(c)" in t or "(C)" in t
    ]
    for i in footers:
        if not prose[i] and not kept[i] and words[i] < 30 and _FOOTER.search(text[i]):
            gains[i] = -5 * PENALTY  # the page's footer: the article does not go on after it
    # Kadane: the best total of a run ending at each line (a run restarts after a total <= 0).
    totals = list(accumulate(gains, _extend))
    last = max(range(len(totals)), key=totals.__getitem__)
    if totals[last] <= 0:
        return -1, -1
    first = last
    while first > 0 and totals[first - 1] > 0:
        first -= 1
    return _core(words, prose, kept, first, last)


def _extend(total: int, gain: int) -> int:
    return (total if total > 0 else 0) + gain


def _core(
    words: list[int], prose: list[bool], kept: list[bool], first: int, last: int
) -> tuple[int, int]:
    """Trim the block to its core: parts split off by link lists must hold more than a teaser.

    The block is cut into parts at runs of lines that are not prose (``SPLIT_RUN``). From the
    part with the most prose, neighbouring parts are added while each has at least two prose
    lines or one long one; a lone paragraph between link lists is a teaser of another page.
    """
    parts: list[list[int]] = [[]]
    gap = 0
    for i in range(first, last + 1):
        if prose[i] or kept[i]:
            if gap >= SPLIT_RUN and parts[-1]:
                parts.append([])
            parts[-1].append(i)
            gap = 0
        else:
            gap += 1
    weights = [sum(min(words[i], MAX_GAIN) for i in part if prose[i]) for part in parts]
    core = max(range(len(parts)), key=lambda p: (weights[p], -p))
    lo = hi = core
    while lo > 0 and _substantial(parts[lo - 1], words, prose):
        lo -= 1
    while hi + 1 < len(parts) and _substantial(parts[hi + 1], words, prose):
        hi += 1
    return parts[lo][0], parts[hi][-1]


def _substantial(part: list[int], words: list[int], prose: list[bool]) -> bool:
    paragraphs = [i for i in part if prose[i]]
    return len(paragraphs) >= 2 or any(words[i] >= LONE_PARAGRAPH for i in paragraphs)


def _headline(lines: Lines, first: int, prose: list[bool], kept: list[bool]) -> int:
    """The headline: a headline-like line above the block, preferring one the page repeats."""
    text, words = lines.text, lines.words
    candidates = [
        i
        for i in range(first - 1, max(-1, first - 1 - HEADLINE_REACH), -1)
        if not prose[i] and not kept[i] and headline_like(text[i], words[i])
    ]
    if not candidates:
        return -1
    shortest = min(len(text[i]) for i in candidates)
    above = [
        (j, text[j].lower()) for j in range(min(first + 3, len(text))) if len(text[j]) >= shortest
    ]
    for i in candidates:
        key = text[i].lower()
        copies = [j for j, t in above if key in t]
        if len(copies) >= 2:
            # The first copy that is the headline alone (the page title adds the site's name).
            return next((j for j in copies if len(text[j]) == len(key)), i)
    return candidates[0]


def _reason(text: str, words: int, prose: bool, head: str) -> str | None:
    """The reason a line goes by what it is, or ``None`` (decided by its place instead)."""
    if head and len(text) >= len(head):
        if not prose and len(text) < 2 * len(head) + 40 and head in norm(text):
            return "duplicated headline"
        if len(text) == len(head) and norm(text) == head:
            return "duplicated headline"
    # A credit ends a caption: a paragraph that ends with a word and a full stop has none.
    if words <= 80 and not (len(text) > 1 and text[-1] == "." and text[-2].islower()):
        tail = max(0, len(text) - CAPTION_TAIL)
        end = text[tail:]
        if _has(end.lower(), _CAPTION_KEYS) and _CAPTION.search(text, tail) is not None:
            return "caption with agency credit"
    kicker = _KICKER.match(text) if words <= 60 else None
    if kicker is not None:
        return "teaser" if text[kicker.end() :].strip() else "navigation"
    if words >= 25 and prose:
        return None
    low = text.lower()
    if _has(low, _COPYRIGHT_KEYS) and _COPYRIGHT.search(text) is not None:
        return "copyright footer"
    if _has(low, _COOKIE_KEYS) and _COOKIE.search(text) is not None:
        return "cookie/subscription line"
    if not prose and _has(low, _SHARE_KEYS) and _SHARE.search(text) is not None:
        return "sharing line"
    return None


def _footer_hint(text: str, head: str) -> bool:
    """Tell whether some line of ``text`` may have a sharper reason than its run."""
    return (
        "©" in text
        or "opyright" in text
        or "ights reserved" in text
        or "ookie" in text
        or "ubscri" in text
        or "ewsletter" in text
        or bool(head and head in text.lower())
    )


def _footer_reason(text: str, head: str) -> str | None:
    """The reason for a line of a menu or footer that says more than its place (cheap tests)."""
    if head and len(head) <= len(text) < 2 * len(head) + 40 and head in norm(text):
        return "duplicated headline"
    if "©" in text or "opyright" in text or "ights reserved" in text:
        return "copyright footer"
    if "ookie" in text or "ubscri" in text or "ewsletter" in text:
        return "cookie/subscription line"
    return None


def _has(low: str, keys: tuple[str, ...]) -> bool:
    """Tell whether a lower-cased text holds one of ``keys`` (a cheap test before a regex)."""
    return any(map(low.__contains__, keys))


def _run_reason(words: list[int], first: int, last: int) -> str:
    total = sum(words[first : last + 1])
    return "navigation" if total <= 3 * (last - first + 1) else "link list"

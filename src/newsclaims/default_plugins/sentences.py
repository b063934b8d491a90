"""Built-in plugin ``newsclaims.sentences``: the default rule-based sentence splitter.

One compiled scan finds every candidate boundary: a line break, or a cluster of ``.``, ``!``,
``?`` or ``…`` with the closing quotes, brackets and citation markers that follow it, then white
space (or a capitalised word with no space, as in ``world.Today``). Each candidate is then
decided by cheap checks on the word before it and the word after it:

- nothing ends before a lower-case word (``Yahoo! in``, ``co. at``, ``"Great." she said``);
- a title that stands before a name never ends a sentence (``Gen.``, ``Sen.``, ``Mr.``, ``Mt.``);
- other abbreviations (``Jr.``, ``Inc.``, ``Corp.``, ``No.``, ``Jan.``, ``U.S.``, ``a.m.``) and
  initials (``E.``) end one only before a word that usually starts a sentence (``The``, ``He``,
  ``How``...), never before a number (``No. 4``, ``p. 55``);
- a three-dot ellipsis does not end a sentence; four dots (an ellipsis and a full stop) do;
  ``[...]`` marks an omission;
- a line break ends a sentence (a heading or list item needs no full stop), except a single
  break inside hard-wrapped prose: a line that does not end in punctuation, in a sentence that
  began with a capital letter, followed by a line that starts in lower case;
- items of a list written on one line (``1. ... 2. ...``, ``a) ... b) ...``, ``• ...``) are
  sentences of their own, and the full stop of an item number ends nothing.

Spans never include the white space around a sentence; the text between spans is white space
only, so the sentences and the gaps between them rebuild the text exactly.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclaims import Register, SentenceSplitter, Span, hookimpl

#: Titles written before a name: a full stop after them never ends a sentence.
_PREPOSITIVE = frozenset(
    """
    adm amb atty brig capt cmdr col cpl det dr fr gen gov gov't govs hon insp lt maj messrs mme
    mlle mr mrs ms mssrs mt mx pres prof pvt rep reps rev sen sens sgt st supt sec
    """.split()
)

#: Other abbreviations: they end a sentence only before a typical sentence-starting word.
_ABBREVIATIONS = frozenset(
    """
    al apr approx apt art arts assn assoc aug ave avg blvd bros ca cf ch chap cie co corp dec
    dept dist div ed eds esp est etc ext feb fig figs ft hrs hwy ibid inc intl jan jr jul jun
    lb lbs llc ltd mar max mfg mgr min mins misc mo mos n° nº natl no nos nov nr oct op oz pct
    phd plc pp sept sep sq sr ste tel univ viz vol vols vs wk yr yrs esq
    """.split()
)

#: Words that usually start a sentence; after an abbreviation they signal a boundary.
_STARTERS = frozenset(
    """
    A After All Also An And As At Being But By Did Do During For From He Her Here His How However
    I If In It Its Many Meanwhile Millions More Most No Not On One Our She Since So Some That The
    Their Then There These They This Those Thus To Under We What When Where Which While Who Why
    With Yet You
    """.split()
)

#: Personal titles: a full stop after an upper-case multi-period abbreviation (``P.M.``) ends a
#: sentence before them, since no title follows such an abbreviation inside a sentence.
_PERSONAL_TITLES = frozenset(["Mr", "Mrs", "Ms", "Dr", "Prof"])

_SPECIAL = _PREPOSITIVE | _ABBREVIATIONS
_OPENERS = "\"'“‘«‹([{"
_CLOSING_QUOTES = "\"'”’»›"

# Group 1: a line break with the white space after it. Otherwise group 2: the punctuation
# cluster; 3: closing quotes and brackets; 4: citation markers; 5: the white space after (None
# when a capitalised word follows with no space, or at the end of the text).
_SCAN = regex.compile(
    r"""
    ([\n\r\u2028\u2029]\s*)
    |
    ([.!?…‽](?:[ ]?\.|[.!?…‽])*)
    ([\"'”’»›)\]]*)
    ((?:[ ]?\[\d{1,4}(?:[ ]?[-–,;][ ]?\d{1,4})*\]|[⁰¹²³⁴-⁹]+)*)
    (?:(\s+)|\Z|(?=\p{Lu}\p{Ll}))
    """,
    regex.VERSION1 | regex.VERBOSE,
)

# The white-space-free token that ends at ``endpos`` (reverse match anchors at ``endpos``).
_TOKEN_BEFORE = regex.compile(r"(?r)\S*")
_NEXT_WORD = regex.compile(r"[\"'“‘«(\[]*(\p{L}+)")
_TOKEN_AFTER = regex.compile(r"\S*")
_MULTI_PERIOD = regex.compile(r"\p{L}{1,3}(?:\.\p{L}{1,3})+")

# List item numbers (``1.``, ``2)``, ``a.``, ``3.)``) at the start of a line or after a bullet
# (group "head") or after white space within a line; and bullets within a line.
_LIST = regex.compile(
    r"""
    (?<=(?:^|[\s•⁃▪◦‣●])(?P<value>\d{1,3}|[A-Za-z]))(?P<punct>\.\)|\)|\.)(?=[^\S\n]+\S)
    |
    (?P<bullet>[•⁃▪◦‣●])(?<=\S[^\S\n]*.)
    """,
    regex.VERSION1 | regex.VERBOSE | regex.MULTILINE,
)
_BULLETS = "•⁃▪◦‣●"


def split(text: str) -> Iterator[Span]:
    """Yield the spans of the sentences of ``text``, in order, without surrounding space."""
    n = len(text)
    start = 0
    while start < n and text[start].isspace():
        start += 1
    if start == n:
        return
    skip, extra = _list_items(text)
    cuts: list[tuple[int, int]] = []
    append = cuts.append
    special = _SPECIAL
    for m in _SCAN.finditer(text, start):
        pstart = m.start()
        if skip and pstart in skip:
            continue
        after = m.end()
        if m.group() == ". " and after < n and text[after].isupper():
            # The common case, decided here: ". " between a word and a capital letter.
            token = _TOKEN_BEFORE.match(text, start, pstart).group()  # type: ignore[union-attr]
            if (
                len(token) > 1
                and token[0].isalnum()
                and "." not in token
                and token.lower() not in special
            ):
                append((pstart + 1, after))
                start = after
                continue
        cut = _line_break(text, m, start) if m.start(1) >= 0 else _stop(text, m, start)
        if cut is not None:
            append(cut)
            start = cut[1]
    if extra:
        cuts = sorted(set(cuts) | set(extra))
    start = 0
    while text[start].isspace():
        start += 1
    for end, next_start in cuts:
        if end > start:
            yield Span(start, end)
        if next_start > start:
            start = next_start
    end = n
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield Span(start, end)


def _line_break(text: str, m: regex.Match[str], start: int) -> tuple[int, int] | None:
    end = m.start()
    after = m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if (
        after < len(text)
        and text[after].islower()
        and m.group().count("\n") <= 1
        and "\n" not in m.group()[1:]
        and end > start
    ):
        # Hard-wrapped prose: a sentence that began with a capital letter and whose line ends in
        # a word (or a comma) goes on when the next line starts in lower case.
        last = text[end - 1]
        first = text[start:end].lstrip(_OPENERS)[:1]
        if (last.isalnum() or last == ",") and first.isupper():
            return None
    return end, after


def _stop(text: str, m: regex.Match[str], start: int) -> tuple[int, int] | None:
    """Decide whether the punctuation cluster of ``m`` ends a sentence."""
    after = m.end()
    if after >= len(text):
        return None
    ws = m.group(5)
    if ws is None:
        return _no_space(text, m, start)
    nx = text[after]
    if nx in _OPENERS:
        word = _NEXT_WORD.match(text, after)
        if word is not None and word.group(1)[0].islower():
            return None
    elif nx.islower():
        return None
    if "\n" in ws or "\r" in ws:
        return m.end(4), after
    cluster = m.group(2)
    pstart = m.start()
    if cluster == ".":
        if m.end(3) > m.end(2) or m.end(4) > m.end(3) or _ends_after_word(text, pstart, start, m):
            return m.end(4), after
        return None
    if "!" in cluster or "?" in cluster or "‽" in cluster:
        return m.end(4), after
    dots = cluster.count(".") + 3 * cluster.count("…")
    if dots < 4:
        if pstart > 0 and text[pstart - 1] == "[" and m.group(3)[:1] == "]":
            return None  # "[...]" marks an omission
        # An ellipsis ends a sentence only where a closing quote follows it.
        if any(c in _CLOSING_QUOTES for c in m.group(3)):
            return m.end(4), after
        return None
    if cluster[1] == " " and pstart > 0 and not text[pstart - 1].isspace():
        # "word. . . . Next": the full stop ends the sentence, the ellipsis opens the next one.
        return pstart + 1, pstart + 2
    return m.end(4), after


def _ends_after_word(text: str, pstart: int, start: int, m: regex.Match[str]) -> bool:
    """Tell whether a lone full stop followed by space and a non-lower-case word ends a sentence."""
    tok_match = _TOKEN_BEFORE.match(text, start, pstart)
    token = tok_match.group() if tok_match is not None else ""
    token = token.lstrip(_OPENERS)
    if not token:
        return True
    low = token.lower()
    if low in _PREPOSITIVE:
        return False
    nx = text[m.end()]
    if low in _ABBREVIATIONS:
        return not nx.isdigit() and _starter(text, m.end())
    if len(token) == 1 and token.isalpha():
        # An initial ("Jonas E. Smith") or a one-letter abbreviation ("p. 55").
        return not nx.isdigit() and _starter(text, m.end())
    if "." in token and _MULTI_PERIOD.fullmatch(token) is not None:
        if nx.isdigit():
            return False
        word = _NEXT_WORD.match(text, m.end())
        if word is None:
            return True
        following = word.group(1)
        return following in _STARTERS or (token.isupper() and following in _PERSONAL_TITLES)
    return True


def _starter(text: str, pos: int) -> bool:
    word = _NEXT_WORD.match(text, pos)
    return word is None or word.group(1) in _STARTERS


def _no_space(text: str, m: regex.Match[str], start: int) -> tuple[int, int] | None:
    """``world.Today``: a boundary with no space, unless inside an address or abbreviation."""
    pstart = m.start()
    if m.group(2) != "." or pstart == 0:
        return None
    before = text[pstart - 1]
    if not (before.islower() or before.isdigit()):
        return None
    tok_match = _TOKEN_BEFORE.match(text, 0, pstart)
    token = tok_match.group() if tok_match is not None else ""
    after = _TOKEN_AFTER.match(text, m.end())
    rest = after.group() if after is not None else ""
    whole = token + rest
    if "@" in whole or "/" in whole or whole.lower().startswith("www"):
        return None
    own = _TOKEN_BEFORE.match(text, start, pstart)
    word = (own.group() if own is not None else "").lstrip(_OPENERS).lower()
    if word in _PREPOSITIVE or word in _ABBREVIATIONS or "." in word:
        return None
    return m.end(), m.end()


def _list_items(text: str) -> tuple[frozenset[int], list[tuple[int, int]]]:
    """Find item numbers and bullets of lists: numbers whose stop ends nothing, and new items.

    An item number at the start of a line (or after a bullet) is always an item number. Within
    a line, a number is an item number only in a run of consecutive ones of the same style
    (``1. ... 2. ...``, ``a) ... b) ...``), so ``p. 55`` or ``at 5. The`` stay prose.
    """
    skip: set[int] = set()
    extra: list[tuple[int, int]] = []
    # Inline numbers, grouped by (line start, kind, punctuation).
    runs: dict[tuple[int, str, str], list[tuple[int, int, int, bool]]] = {}
    for m in _LIST.finditer(text):
        if m.start("bullet") >= 0:
            extra.append((_rtrim(text, m.start()), m.start()))
            continue
        value = m.group("value")
        kind = "d" if value.isdigit() else ("l" if value.islower() else "u")
        number = int(value) if kind == "d" else ord(value)
        line = text.rfind("\n", 0, m.start()) + 1
        lead = text[line : m.start("value")].strip()
        head = not lead or lead[-1] in _BULLETS
        runs.setdefault((line, kind, m.group("punct")), []).append(
            (number, m.start("value"), m.start(), head)
        )
    for items in runs.values():
        for i, (number, value_start, punct, head) in enumerate(items):
            linked = (i > 0 and items[i - 1][0] == number - 1) or (
                i + 1 < len(items) and items[i + 1][0] == number + 1
            )
            if head:
                skip.add(punct)
            elif linked:
                skip.add(punct)
                extra.append((_rtrim(text, value_start), value_start))
    return frozenset(skip), extra


def _rtrim(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


@hookimpl(trylast=True)
def newsclaims_register_sentence_splitters(register: Register[SentenceSplitter]) -> None:
    register("rules", split)

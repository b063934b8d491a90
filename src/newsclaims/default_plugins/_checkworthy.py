"""Check-worthiness: is a claim a checkable factual assertion, or analysis and opinion?

Decided from what the sentence contains, by these rules in order (after two checks: a question,
a claim that ends in ``?`` with no speaker, asserts nothing and is ``False``; so is a headline
labelled as analysis or opinion, ``Analysis: ...``, ``Opinion: ...``, that holds no digit):

1. *Anchors* make a claim checkable: a number (digits, or number words such as ``million``,
   ``percent``; small number words such as ``two`` are weak anchors), a date (a month or
   weekday name, a year, ``yesterday``, ``last week``), an attribution (a named speaker,
   ``according to``, a reporting verb such as ``said``, ``added``, ``argued`` or ``denied``,
   or ``say`` after people in the plural: ``Experts say``),
   or a named
   entity (a capitalised word that does not start the sentence, also after a title's full
   stop, ``Mr. Bullard``, nor a clause after a colon:
   ``Q: Where did you grow up?``; an acronym, ``Source: NASA``; or a label in capitals before a
   colon that opens the claim, a dateline such as ``MUMBAI:``).
2. *Evaluative or hedging wording* (``signals``, ``represents``, ``critical``, ``likely``,
   ``could``, ``should``, ``arguably``..., a judgement framed as what something is: ``the
   truth is``, ``the problem is that``) marks analysis or opinion.
3. A claim with a number, a date or an attribution is checkable (``True``), whatever its
   wording: "X said Y" can be checked even where Y is an opinion. (Capitals in a line written
   in title case, such as a heading, do not count as named entities; a line that ends in a
   full stop is no heading.)
4. Otherwise evaluative wording makes it analysis (``False``), except ``may`` or ``might``
   before ``have`` and a past participle of an event (killed, fled, hit) or in a claim that
   counts, which says what may have happened (``The storm may have killed forty people``: a
   hedged claim of an event, which its other anchors decide; not ``The Fed may have waited
   too long``, nor ``might have won ... with a different leader``, ``if``); a
   named entity, a small number word or a verb that reports an event of record (``pleaded``,
   ``sentenced``, ``resigned``, ``scored``, ``died``) without it makes it checkable
   (``True``); a claim with no anchor at all is ``False``.

Limits: these are surface cues, not understanding. A factual claim about an unnamed subject
with no number or date ("Defense cooperation will extend to hardware") reads as not checkable;
an opinion that happens to contain a number reads as checkable; sarcasm and negation are not
seen; the word lists are English (but numbers and dates written in Chinese and Japanese
numerals, ``百分之五``, ``五十万人``, ``去年``, are anchors).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Sequence

import regex

from newsclaims._memo import split

__all__ = ["checkworthy"]

_MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
)
_NUMERATORS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DENOMINATORS = (
    *("half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths"),
    *("seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths"),
)
_NUMBER_WORDS = (
    "hundred hundreds thousand thousands million millions billion billions trillion trillions "
    "percent dozen dozens doubled tripled halved "
    # Fractions written in words, one token each ("Sick days fell by two-thirds", "one-half").
    + " ".join(f"{n}-{f}" for n in _NUMERATORS for f in _DENOMINATORS)
)
_SMALL_NUMBERS = (
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "half first second third"
)
_RELATIVE_DATES = "yesterday today tomorrow tonight decade century"
# Verbs that report an event of record, which happened or not whoever tells it: a court's, a
# vote's, a match's, a death ("The defendant pleaded not guilty.", "The minister resigned.",
# "He was sentenced to life in prison."). Weak anchors, as small numbers are: evaluative
# wording overrides them ("The decision could see him jailed.").
_EVENT_VERBS = (
    "pleaded convicted sentenced acquitted charged indicted arrested detained jailed fined sued "
    "dismissed overturned upheld resigned died killed injured wounded elected re-elected voted "
    "vetoed scored won lost defeated sacked fired appointed approved rejected banned suspended "
    "released evacuated collapsed crashed erupted invaded deported expelled "
    "withdrew retired cancelled postponed ratified quit"
)
# Reporting verbs: those of the quote extractor that are seldom anything else (not "claims",
# "states", "reports", "calls", "adds", "continued"; nor "noted", "warned", often passive:
# "It should be noted", "Visitors are warned").
_ATTRIBUTION_WORDS = (
    "said says told announced reported confirmed stated testified wrote declared added "
    "explained insisted argued acknowledged admitted stressed emphasised emphasized remarked "
    "commented tweeted replied responded cautioned conceded countered quipped asked claimed "
    "recalled denied denies"
)
_EVALUATIVE_WORDS = (
    "could might may likely unlikely possibly perhaps potentially probably apparently seem seems "
    "seemingly suggest suggests signal signals signify signifies represent represents reflect "
    "reflects underscore underscores highlight highlights indicate indicates significant "
    "significantly critical crucial pivotal historic unprecedented dramatic remarkable "
    "deepening increasingly should must ought arguably clearly obviously undoubtedly surely best "
    "worst greatest troubling worrying alarming concerning controversial departure landmark bold "
    "ambitious believe believes think thinks feel feels opinion hopefully unfortunately "
    "fortunately frankly actively notably importantly meaningful ironically inevitably "
    "unmistakable"
)
# Phrases, each looked for only when its rarer word is among the claim's words.
_PHRASES_FACT: dict[str, tuple[str, ...]] = {
    "according": ("according to",),
    "cent": ("per cent",),
    **{
        period: tuple(f"{lead} {period}" for lead in ("last", "next", "this"))
        for period in ("week", "month", "year", "weekend", "spring", "summer", "autumn", "winter")
    },
}
_PHRASES_EVALUATIVE: dict[str, tuple[str, ...]] = {
    "appears": ("appears to",),
    "appear": ("appear to",),
    "marks": ("marks a",),
    "serves": ("serves as",),
    "aims": ("aims to",),
    "aim": ("aim to",),
    "view": ("in my view",),
    # A judgement framed as what something "is" (``The truth is that nobody wants ...``).
    "truth": ("the truth is",),
    "reality": ("reality is that",),
    "problem": ("problem is that",),
    "risk": ("risk is that",),
    "danger": ("danger is that",),
    "irony": ("irony is that",),
    "lesson": ("lesson is that",),
    "trouble": ("trouble is that",),
    # An analyst's markers: what something means, put in the writer's words.
    # (What something is a sign of: not "held a sign that read ...".)
    "sign": (
        "is a sign that",
        "was a sign that",
        "are a sign that",
        "be a sign that",
        "clear sign",
        "is a sign of",
        "was a sign of",
        "are a sign of",
    ),
    "words": ("in other words",),
    "mistake": ("make no mistake", "is a mistake", "was a mistake", "be a mistake"),
    "simply": ("put simply", "simply put"),
    "turning": ("a turning point",),  # (not "was the turning point of the war": history)
    "whatever": ("whatever happens",),
    "question": ("the question is", "bigger question", "open question"),
}
#: Kickers that label a headline as analysis or opinion (``Analysis: Why the Fed waits``).
_KICKERS = frozenset(
    ("analysis", "opinion", "comment", "editorial", "column", "perspective", "viewpoint", "view")
)
# People in the plural who say something, named or not (``Experts say the drug is too
# costly``, ``..., analysts say.``): an attribution, as ``says`` is. (``say`` alone is none:
# ``I would say``, ``fair to say``, ``let us say``, ``had his say``; nor an adverb in ``-s``
# after a pronoun: ``I always say``, ``we sometimes say``.)
_PEOPLE_SAY = regex.compile(
    r"(?i)(?<!\b(?:i|we|you|they|people|one)[ ])\b"
    r"(?!(?:his|its|has|was|this|thus|us|always|perhaps|sometimes|does|afterwards)\b)"
    r"\p{L}+s[ ]say\b"
)
_AFFIXES = ("", ",", ".", ";", ":", "!", "?", ")", '"', "”", "’", "'s", "’s")


def _vocabulary(words: str, *, lower: bool = True) -> frozenset[str]:
    """Every word (and, for lower-case words, its capitalised form) with the punctuation that
    may cling to it after a split on white space, so a claim's words need no normalising."""
    out = set()
    for word in words.split():
        for w in (word, word.capitalize()) if lower else (word,):
            for suffix in _AFFIXES:
                for prefix in ("", "(", '"', "“"):
                    out.add(prefix + w + suffix)
    return frozenset(out)


# Anything in _FACTS makes a claim checkable at once.
_FACTS = (
    _vocabulary(_MONTHS, lower=False)
    | _vocabulary(_RELATIVE_DATES)
    | _vocabulary(_NUMBER_WORDS)
    | _vocabulary(_ATTRIBUTION_WORDS)
)
_SMALL = _vocabulary(_SMALL_NUMBERS) | _vocabulary(_EVENT_VERBS)
_EVALUATIVE = _vocabulary(_EVALUATIVE_WORDS)
_FACT_TRIGGERS = _vocabulary(" ".join(_PHRASES_FACT))
_EVALUATIVE_TRIGGERS = _vocabulary(" ".join(_PHRASES_EVALUATIVE))
# Every word form of every list, with what it tells: one set intersection per claim finds them.
_FACT, _FACT_TRIGGER, _EVAL, _EVAL_TRIGGER, _SMALL_NUMBER, _SAY = 1, 2, 4, 8, 16, 32
_KINDS: dict[str, int] = {}
for _bit, _forms in (
    (_FACT, _FACTS),
    (_FACT_TRIGGER, _FACT_TRIGGERS),
    (_EVAL, _EVALUATIVE),
    (_EVAL_TRIGGER, _EVALUATIVE_TRIGGERS),
    (_SMALL_NUMBER, _SMALL),
    (_SAY, _vocabulary("say")),
):
    for _form in _forms:
        _KINDS[_form] = _KINDS.get(_form, 0) | _bit
_ALL_FORMS = frozenset(_KINDS)
_DIGIT = regex.compile(r"\d")
# A capitalised word or an acronym (``NASA``, or with full stops: ``U.S.``) after the first
# word of the sentence.
# (After a colon, only an acronym: a capitalised word there opens a clause, "Q: Where did
# you", but "Source: NASA" names an agency.)
_NAMED = regex.compile(
    r"(?:(?<=[\p{L}\p{N},;.)\]’'] [\"“(]?)\p{Lu}\p{Ll}+"
    r"|(?<=[\p{L}\p{N},;:)\]’'] [\"“(]?)\p{Lu}(?:\.?\p{Lu})+)\b"
)
# The name pattern for ASCII text with the stdlib ``re``, faster (about half the cost): there
# ``\p{L}`` is A-Z and a-z, ``\p{N}`` 0-9, ``\p{Lu}`` A-Z, ``\p{Ll}`` a-z, and ``\b`` the same
# boundary. It opens with its capital (a character set ``re`` skips to), then looks behind it;
# a match exists where the other's does.
_ASCII_NAMED = re.compile(
    r"[A-Z](?:(?:(?<=[A-Za-z0-9,;.)\]'] [A-Z])|(?<=[A-Za-z0-9,;.)\]'] [\"(][A-Z]))[a-z]+"
    r"|(?:(?<=[A-Za-z0-9,;:)\]'] [A-Z])|(?<=[A-Za-z0-9,;:)\]'] [\"(][A-Z]))(?:\.?[A-Z])+)\b",
    re.ASCII,
)
# A label in capitals before a colon that opens the claim: a dateline (``MUMBAI:``), a speaker.
_CAPITALS_LABEL = regex.compile(r"\p{Lu}[\p{Lu}.'’\-]*\p{Lu}\.?(?:[ ]\p{Lu}[\p{Lu}.'’\-]*)*:[ ]")
_DIGIT_SEARCH = _DIGIT.search
# Numbers and dates written in Chinese and Japanese numerals and words, anchors as digits are:
# a percentage (``百分之五``), two numerals or more (``五十万人``, ``二〇二四年``), one with a
# counter or a unit (``三成``, ``两倍``, ``十月``; not after ``一``, as in ``一个``: "a"), and
# the years and days counted from today (``去年``, ``昨天``, ``今日``: ``yesterday``, ``last
# year``).
# (The stdlib's scan for a class of characters is the cheaper test first.)
_CJK_CHAR_SEARCH = re.compile("[\u3007-\u9fff]").search
# (A run of numerals from its start, but not an adverb written with them: 万一 "in case",
# 千万 before 不, 别 or 要 "by all means", numerals doubled in pairs, 三三两两 "in twos and
# threes".)
_CJK_NUMBER_SEARCH = regex.compile(
    r"百分之|(?<![〇零一二两兩三四五六七八九十百千万萬亿億])"
    r"(?!万一|萬一|千万[不别要]|千萬[不別要]"
    r"|(?P<a>[〇零一二两兩三四五六七八九十百千万萬亿億])(?P=a)"
    r"(?P<b>[〇零一二两兩三四五六七八九十百千万萬亿億])(?P=b)(?![〇零一二两兩三四五六七八九十百千万萬亿億]))"
    r"[〇零一二两兩三四五六七八九十百千万萬亿億]{2,}"
    r"|[二两兩三四五六七八九十][成倍年月日号號人万萬亿億元円]"  # (not "一个": "a")
    r"|[去今明前昨]年|[昨今明前][天日]|[上下本][周週月]"
).search
_LABEL_MATCH = _CAPITALS_LABEL.match
_ASCII_DIGITS = b"0123456789"
#: The first bytes in UTF-8 of the digits of every script (``\d``: ASCII ones, Arabic-Indic
#: ``٣`` at 0xD9, N'Ko, Devanagari..., fullwidth ``３`` at 0xEF, those past U+FFFF at 0xF0) and
#: of the characters ``_CJK_CHAR_SEARCH`` looks for (U+3007 to U+9FFF: 0xE3 to 0xE9). (A test
#: checks the list against every code point.)
_DIGIT_OR_CJK_BYTES = _ASCII_DIGITS + bytes(
    (0xD9, 0xDB, 0xDF, 0xE0, 0xE1, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEF, 0xF0)
)
_FIRST_CHAR = operator.itemgetter(0)
_NAMED_SEARCH = _NAMED.search
_ASCII_NAMED_SEARCH = _ASCII_NAMED.search


def checkworthy(text: str, *, speaker: str | None = None) -> bool:
    """Tell whether ``text`` is a checkable factual assertion (see the module's rules)."""
    if speaker is not None:
        return True
    if text[-1:] == "?":
        return False  # a question asks; it asserts nothing ("Is this the best we can do?")
    named: Callable[[str], object]  # the search for names: re's in ASCII, else regex's
    if text.isascii():
        # Speed: deleting the digits from the ASCII bytes (in C, with a table) is cheaper than
        # the pattern's search; in ASCII the pattern's digits are 0-9. (Bytes of two lengths
        # are told unequal without reading them.)
        data = text.encode()
        if data.translate(None, _ASCII_DIGITS) != data:
            return True
        named = _ASCII_NAMED_SEARCH
    else:
        # Speed: in UTF-8, every digit (of any script) and every character from "〇" to the
        # end of the CJK ideographs begins with one of the bytes _DIGIT_OR_CJK_BYTES: where
        # deleting them changes nothing (curly quotes, dashes, Cyrillic, Hangul), neither
        # search below can match, and the scan for a digit, a property per character, is not
        # made.
        data = text.encode()
        if data.translate(None, _DIGIT_OR_CJK_BYTES) != data:
            if _DIGIT_SEARCH(text) is not None:
                return True
            if _CJK_CHAR_SEARCH(text) is not None and _CJK_NUMBER_SEARCH(text) is not None:
                # (Only a text with a character of the pattern's, all of them from "〇" on,
                # is searched: most that are not ASCII hold curly quotes or dashes alone.)
                return True
        named = _NAMED_SEARCH
    colon = text.find(":", 0, 12)
    if colon > 0 and text[:colon].lower() in _KICKERS:
        return False  # a headline labelled as analysis or opinion ("Opinion: ...")
    # A claim with no digit and no speaker: its words decide. (Speed: here, not in a function
    # of its own, one call less per claim; the tokens are remembered, as the duplicate auditor
    # keys the same ones.)
    tokens = split(text)
    found = _ALL_FORMS.intersection(tokens)
    if found:  # most claims have no word of the lists: nothing to look up then
        kinds = 0
        for form in found:
            kinds |= _KINDS[form]
        if (
            kinds & _FACT
            or (kinds & _FACT_TRIGGER and _has_phrase(text, _PHRASES_FACT))
            or (kinds & _SAY and _PEOPLE_SAY.search(text) is not None)
        ):
            return True
        if (kinds & _EVAL and not _past_possibility(text, found)) or (
            kinds & _EVAL_TRIGGER and _has_phrase(text, _PHRASES_EVALUATIVE)
        ):
            return False
        if (
            named(text) is not None or (text[1:2].isupper() and _LABEL_MATCH(text) is not None)
        ) and not _title_case(tokens):
            return True
        return bool(kinds & _SMALL_NUMBER)
    # A capitalised word after the first, or a label in capitals before a colon (a dateline,
    # "MUMBAI: Heavy rain ...", whose capital after the colon only opens the clause; the label
    # is looked for only where the second letter is a capital too), unless a heading.
    return (
        named(text) is not None or (text[1:2].isupper() and _LABEL_MATCH(text) is not None)
    ) and not _title_case(tokens)


def _past_possibility(text: str, found: frozenset[str]) -> bool:
    """Tell whether the only evaluative words among ``found`` (the claim's words in the lists)
    are ``may`` or ``might`` before ``have`` and a past participle: what may have happened
    (``The storm may have killed forty people``) is a claim of an event, hedged, not an
    opinion; its other anchors decide. (Not ``may have to``, a need, nor ``may have a
    problem``.)"""
    for form in found:
        if _KINDS[form] & _EVAL and form not in _MAY:
            return False
    if _MAY_NO_PAST.search(text) is not None or _COUNTERFACTUAL.search(text) is not None:
        return False  # ("Labour might have won more seats with a different leader")
    # Only a claim of an event: its participle reports one (killed, fled, hit), or it counts
    # (forty people); not a judgement of what someone did (The Fed may have waited too long).
    return _MAY_EVENT.search(text) is not None or not _COUNTS.isdisjoint(found)


_MAY = frozenset(("may", "May", "might", "Might"))
# Past participles that end in neither "ed" nor "en".
_PARTICIPLES = (
    "hit|fled|lost|won|left|led|met|paid|sold|told|made|had|held|shot|struck|spread|cut|put|"
    "set|run|come|become|begun|done|gone|seen|known|thrown|grown|drawn|flown|shown|sworn|torn|"
    "sunk|built|sent|spent|bought|brought|caught|fought|sought|taught|thought|found|kept|felt|"
    "dealt|meant|hurt|quit|read|let|shut|burst|slept|swept|stood|sat|laid|lent|lit|bled|fed"
)
# A "may" or "might" that is not before "have" and a past participle ("may rise", "may have
# to", "may have a problem": what has not happened).
_MAY_NO_PAST = re.compile(rf"\b(?:[Mm]ay|[Mm]ight)\b(?! have (?:[a-z]+(?:ed|en)|{_PARTICIPLES})\b)")
# "may have" and a participle that reports an event (one of record, or of harm, flight, loss).
_MAY_EVENT = re.compile(
    r"\b(?:[Mm]ay|[Mm]ight) have (?:been )?(?:"
    + "|".join(_EVENT_VERBS.split())
    + "|hit|struck|fled|escaped|destroyed|damaged|drowned|murdered|shot|stolen|leaked|hacked"
    r"|infected|poisoned|exploded|sunk|breached|attacked|bombed|looted|burned|burnt|flooded"
    r"|displaced)\b"
)
# A claim of what might have been, not of what happened ("with a different leader", "if ...").
_COUNTERFACTUAL = re.compile(
    r"\b(?:[Ii]f|[Hh]ad|[Uu]nless|[Bb]ut for|[Ww]ith(?:out)? (?:a |an )?(?:different|better|another"
    r"|stronger|new))\b"
)
#: Number words that count what happened (``forty people``).
_COUNTS = _vocabulary(_SMALL_NUMBERS)


def _has_phrase(text: str, phrases: dict[str, tuple[str, ...]]) -> bool:
    low = text.lower()
    return any(p in low for trigger, group in phrases.items() if trigger in low for p in group)


def _title_case(tokens: Sequence[str]) -> bool:
    """A heading in title case (a short line): its capitals say nothing about names. A line
    that ends in a full stop is a sentence, whose capitals are names even where they are many
    ("J. K. Rowling and George R. R. Martin were not involved.")."""
    if len(tokens) > 16 or tokens[-1][-1] == ".":
        return False
    capitals = sum(map(str.isupper, map(_FIRST_CHAR, tokens)))  # tokens of split() are not empty
    return len(tokens) > 2 and capitals * 5 > len(tokens) * 3

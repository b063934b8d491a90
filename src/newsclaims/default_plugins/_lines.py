"""Line features shared by the built-in page cleaner and the headline sectioner.

A scraped page gives one block per line. Each non-blank line is measured once: its trimmed span,
its words, its stop words, how it ends. The measures are kept in parallel lists and computed
with string methods and comprehensions (``split``, ``count``, set look-ups run in C), so the
cleaner keeps its speed on pages of thousands of lines.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate, chain, compress, count, repeat
from operator import add, itemgetter, le

import regex

from newsclaims.default_plugins._stopwords import STOPWORDS
from newsclaims.default_plugins.markdown import heading_words

__all__ = [
    "MIN_SENTENCE_WORDS",
    "Lines",
    "byline",
    "ends_sentence",
    "headline_like",
    "headline_shaped",
    "line_words",
    "norm",
    "paired_score_line",
    "stamp_or_byline",
]

#: A line that ends like a sentence can be prose from this many words on.
MIN_SENTENCE_WORDS = 4

_TERMINAL = frozenset(".!?。！？…")
_CLOSING = frozenset("\"'”’»)")
_ENDINGS = _TERMINAL | _CLOSING
#: The digits of superscript citation markers (``... in 2024.¹²``), and what a run of such
#: markers after a sentence's end is made of (ranges and lists: ``¹⁻³``, ``¹,²``).
SUPERSCRIPT_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
SUPERSCRIPT_TAIL = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻˒, "
# What a line that may be prose ends with: a sentence's end, or a superscript marker after one.
_CANDIDATE_ENDINGS = _ENDINGS | SUPERSCRIPT_DIGITS
_UNSPACED_CHAR = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f]"
)
_NUMBERED = re.compile(r"\d{1,3}[.)]\s")
# The stop words of each language as they are written at the start of a sentence and in
# capitals too, so that words are looked up as they stand, without lower-casing each line.
_CASED: dict[str, frozenset[str]] = {
    code: frozenset(form for w in words for form in (w, w.capitalize(), w.upper()))
    for code, words in STOPWORDS.items()
}
# Each stop word with the number of the set of languages it belongs to (``_LANGUAGE_SETS``), so
# that one pass counts every language (small numbers are counted faster than tuples).
_WORD_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _code in sorted(_CASED):
    for _word in _CASED[_code]:
        _WORD_LANGUAGES[_word] = (*_WORD_LANGUAGES.get(_word, ()), _code)
_LANGUAGE_SETS = sorted(set(_WORD_LANGUAGES.values()))
_LANGUAGES = {w: _LANGUAGE_SETS.index(codes) + 1 for w, codes in _WORD_LANGUAGES.items()}
#: The stop-word density of a line is measured on this many characters at most.
_DENSITY_CHARS = 300


class Lines:
    """The non-blank lines of a text (split at ``\\n``), as parallel lists indexed by line.

    ``text[i] == raw[start(i):start(i) + len(text[i])]`` is the trimmed line; ``cut[i]`` is
    where the line begins (after the previous line break) and ``next[i]`` where the next
    non-blank line begins, so ``raw[cut[i]:next[i]]`` is the line with its indentation, line
    break and the blank lines after it. ``words`` counts its words; ``candidates`` lists the
    lines that can be prose by their length and how they end, in order.

    The stop words, the costly part, are counted by :meth:`measure`: then ``stops`` counts
    the stop words of each line (``-1`` for a line that cannot be prose and was not measured)
    and ``measured`` lists the lines that can be prose, in order.
    """

    __slots__ = (
        "_edges",
        "_firsts",
        "candidates",
        "cut",
        "language",
        "measured",
        "next",
        "raw",
        "stops",
        "text",
        "unspaced",
        "words",
    )

    def __init__(self, raw: str) -> None:
        parts = raw.split("\n")
        stripped = list(map(str.strip, parts))
        if raw.startswith("\ufeff"):
            # A byte-order mark is no part of the first line (the cleaner ``bom`` removes it).
            stripped[0] = stripped[0][1:].strip()
        # Where each line begins: the lengths of the lines before it, plus their line breaks.
        # (A line's length with its line break is most often a small int, which Python keeps
        # made: the running sum is the one new int per line.)
        cuts = accumulate(map(add, map(len, parts), repeat(1)), initial=0)
        self.text = list(compress(stripped, stripped))
        self.cut = list(compress(cuts, stripped))
        self.raw = raw
        self.next = [*self.cut[1:], len(raw)]
        self.unspaced = _is_unspaced(self.text)
        self.language: str | None = None
        self.measured: list[int] = []
        self.stops: list[int] = []
        self.words, self.candidates = self._count()
        self._edges: tuple[str, str] | None = None
        self._firsts: str | None = None

    def __len__(self) -> int:
        return len(self.text)

    def start(self, i: int) -> int:
        """Where the trimmed text of line ``i`` begins in the raw text."""
        return self.raw.index(self.text[i], self.cut[i])

    def edges(self) -> tuple[str, str]:
        """The first and the last character of each line, as two strings (character ``i`` is
        line ``i``'s): the lines of a shape (a list item, a heading) are found by a search of
        these for the characters they can start or end with, not by a look at every line."""
        if self._edges is None:
            self._edges = self.firsts(), "".join(map(itemgetter(-1), self.text))
        return self._edges

    def firsts(self) -> str:
        """The first character of each line (the first of :meth:`edges`, made alone where the
        last characters are not needed)."""
        if self._firsts is None:
            self._firsts = "".join(map(itemgetter(0), self.text))
        return self._firsts

    def _count(self) -> tuple[list[int], list[int]]:
        text = self.text
        if self.unspaced:
            # About two characters a word (four in Thai, Lao and Burmese: see _per_word).
            per = _per_word("".join(text[:200])[:5000])
            words = [max(1, len(t) // per) for t in text]
            return words, [i for i, w in enumerate(words) if w >= MIN_SENTENCE_WORDS]
        words = list(map(add, map(str.count, text, repeat(" ")), repeat(1)))
        # Lines that could be prose: four words or more ending like a sentence (or with a
        # credit after a dash, or superscript markers after it), or twenty words or more.
        candidates = [
            i
            for i in compress(count(), map(le, repeat(MIN_SENTENCE_WORDS), words))
            if words[i] >= 20 or text[i][-1] in _CANDIDATE_ENDINGS or _credit_like(text[i])
        ]
        return words, candidates

    def measure(self) -> None:
        """Count the stop words of the lines that can be prose (once; later calls do nothing).

        The density of a long line is estimated from its first words; the same words tell the
        text's language. In a language without a known set of stop words every line of four
        words or more is measured, with no stop words.
        """
        if self.stops:
            return
        text, words, candidates = self.text, self.words, self.candidates
        if self.unspaced:
            # Clause punctuation stands in for function words.
            self.stops = [
                (t.count("，") + t.count("、") + t.count("。") + t.count(",")) * 4 for t in text
            ]
            self.measured = candidates
            return
        sample = _sample(text, candidates)
        # (The words of the longer lines chained in C, not one by one.)
        self.language = _language(
            list(chain.from_iterable(toks for toks in sample if len(toks) >= _SAMPLE_LINE_WORDS))
        )
        if self.language is None:
            self.measured = list(compress(count(), map(le, repeat(MIN_SENTENCE_WORDS), words)))
            self.stops = [0] * len(text)
            return
        self.measured = candidates
        stops = [-1] * len(text)
        contains = _CASED[self.language].__contains__
        # The sample's lines first (their words are split already), then the others in blocks of
        # lines, so that the words held at once stay few however long the text.
        done = len(sample)
        for block, tokens in chain([(candidates[:done], sample)], _blocks(text, candidates[done:])):
            for i, toks in zip(block, tokens, strict=True):
                # (The stop words kept by a filter and counted: cheaper than a sum of bools.)
                stops[i] = len(list(filter(contains, toks))) * words[i] // len(toks)
        self.stops = stops


def line_words(text: str) -> int:
    """The words of one line, as :class:`Lines` counts them: a line written mostly in a script
    without spaces (Chinese, Japanese, Thai) has about one word in two characters."""
    words = len(text.split())
    if text.isascii() or len(_UNSPACED_CHAR.findall(text)) * 2 <= len(text):
        return words
    return max(1, len(text) // _per_word(text))


#: The characters of Thai, Lao and Burmese, whose words (written with their vowel and tone
#: marks, characters of their own) are about twice as long as those of Chinese and Japanese.
_SYLLABIC_CHAR = re.compile(r"[\u0e00-\u0eff\u1000-\u109f]")


def _per_word(text: str) -> int:
    """About how many characters make a word in ``text``, written mostly in a script without
    spaces: four where most of its unspaced characters are Thai, Lao or Burmese (a menu's
    ``เข้าสู่ระบบ``, "log in", counted five words, made a headline over the real one), else
    two."""
    syllabic = len(_SYLLABIC_CHAR.findall(text))
    return 4 if syllabic * 2 > len(_UNSPACED_CHAR.findall(text)) else 2


def _credit_like(text: str) -> bool:
    """Whether a line may end with a credit after a dash (``... said. - Reuters``)."""
    end = text[-40:]
    return "- " in end or "– " in end or "— " in end


def _is_unspaced(text: list[str]) -> bool:
    """Tell whether a text is written mostly in scripts without spaces (Chinese, Thai...)."""
    sample = "".join(text[:200])[:5000]
    if sample.isascii():  # (known without a look at the characters)
        return False
    # Those scripts are not ASCII: most texts are told apart by their count of ASCII letters.
    if (len(sample) - len(sample.encode("ascii", "ignore"))) * 3 <= len(sample):
        return False
    return len(_UNSPACED_CHAR.findall(sample)) * 3 > len(sample)


def _blocks(text: list[str], lines: list[int]) -> Iterator[tuple[list[int], list[list[str]]]]:
    """``lines`` in blocks of ``_BLOCK_LINES``, each with its lines' words."""
    for at in range(0, len(lines), _BLOCK_LINES):
        block = lines[at : at + _BLOCK_LINES]
        yield block, [text[i][:_DENSITY_CHARS].split() for i in block]


def _sample(text: list[str], measured: list[int]) -> list[list[str]]:
    """The words of the first measured lines, up to the line that brings the words of lines of
    ``_SAMPLE_LINE_WORDS`` or more past ``_SAMPLE_WORDS`` (what :func:`_language` reads)."""
    out: list[list[str]] = []
    total = 0
    for i in measured:
        toks = text[i][:_DENSITY_CHARS].split()
        out.append(toks)
        if len(toks) >= _SAMPLE_LINE_WORDS:
            total += len(toks)
            if total > _SAMPLE_WORDS:
                break
    return out


#: Lines whose words are split at once when measuring.
_BLOCK_LINES = 4096
#: The language is told from this many words (of lines with at least _SAMPLE_LINE_WORDS).
_SAMPLE_WORDS = 250
_SAMPLE_LINE_WORDS = 10


def _language(sample: list[str]) -> str | None:
    """The language whose stop words cover most of ``sample`` (some 250 words of the longer
    lines that may be prose).

    ``None`` when no set covers at least 8% of the words (an unknown language): the cleaner
    then judges lines by length and punctuation alone.
    """
    hits: dict[str, int] = {}
    for number, found in Counter(filter(None, map(_LANGUAGES.get, sample))).items():
        for code in _LANGUAGE_SETS[number - 1]:
            hits[code] = hits.get(code, 0) + found
    if not hits:
        return None
    code, count = min(hits.items(), key=lambda kv: (-kv[1], kv[0]))
    return code if count * 100 >= len(sample) * 8 else None


def ends_sentence(text: str) -> bool:
    """Tell whether a line ends like a sentence: a full stop, one inside closing quotes, or
    one before its sources in parentheses: a note (``... gained seats. (Sources: Reuters,
    AP)``), a site's domain (``... rose. (reuters.com)``) or links, as AI answers cite
    (``... in October. ([AP](https://...))``); not before a credit, ``... leaves port.
    (AP)``, which ends a caption."""
    last = text[-1]
    if last in _TERMINAL:
        return True
    if last not in _CLOSING or len(text) < 2:
        return False
    if text[-2] in _TERMINAL:
        return True
    if last != ")":
        return False
    if text.endswith("))"):
        at = text.rfind(" ([")  # (links: their URLs hold brackets of their own)
        return at > 0 and text[at - 1] in _TERMINAL and "](" in text[at:]
    at = text.rfind("(")
    if at < 2 or text[at - 1] != " " or text[at - 2] not in _TERMINAL:
        return False
    inside = text[at + 1 : -1]
    return inside[:6].lower() == "source" or (
        inside.islower() and all("." in d and " " not in d.strip() for d in inside.split(","))
    )


def norm(text: str) -> str:
    """Case- and space-insensitive form of a line, for spotting repeats."""
    return " ".join(text.casefold().split())


def headline_like(text: str, words: int) -> bool:
    """Tell whether a line could be a headline: a short titled line, not a sentence or a list,
    a breadcrumb (ending with a separator), a date and time stamp or a byline."""
    return headline_shaped(text, words) and not stamp_or_byline(text)


def headline_shaped(text: str, words: int) -> bool:
    """Tell whether a line has a headline's shape: a short titled line, not a sentence, a list
    or a breadcrumb (the cheap part of :func:`headline_like`)."""
    if not 3 <= words <= 30 or len(text) > 250:
        return False
    if text[0] in "#*_":
        text = heading_words(text)  # a Markdown heading (``# Title``, ``**Title**``)
        if not text:
            return False
    elif text[0] == "[":
        text = _unlabelled(text)  # a column's or a series' label ("[Editorial] Title")
        if not text:
            return False
    first = text[0]
    # (A line that ends with a citation marker, ``[3]`` or ``³``, is a sentence that cites.)
    if text[-1] in _NO_HEADLINE_ENDS or not (first.isalnum() or first in "\"'“‘«"):
        return False
    if text[-1] in _CARET_LASTS and _CARET_END.search(text, max(0, len(text) - 24)) is not None:
        return False  # (nor with a caret's numbers, ``... on Monday.^1``)
    if text[-1] == ")" and (
        _PAREN_NUMBERS_END.search(text, max(0, len(text) - 24)) is not None
        or (text[-2] in _SCORER_LASTS and _score_line(text))
    ):
        # (Nor with numbers in parentheses after its full stop: ``... rose. (1, 2)``; nor a
        # match report's score line, a team's goals and their scorers with the minutes:
        # ``Manchester City 1 (Haaland 55)``.)
        return False
    if first.isdigit() and _NUMBERED.match(text):
        return False
    if text.isascii():
        # (The letters of an ASCII line counted in C: what the deletion of them leaves.)
        return (len(text) - len(text.translate(_ASCII_LETTERS))) * 2 > len(text)
    letters = sum(map(str.isalpha, text))
    if letters * 2 > len(text):
        return True
    # The vowel signs and other combining marks of a word are part of it, though not letters
    # (``रिज़र्व बैंक ने रेपो दर 6.5% पर बरकरार रखी``: Hindi, Bengali, Tamil, Thai, and Arabic
    # with its vowels written).
    return (letters + len(_MARKS.findall(text))) * 2 > len(text)


#: Combining marks (general categories Mn, Mc and Me).
_MARKS = regex.compile(r"\p{M}")
#: What no headline ends with: a sentence's or a clause's mark, a list's separator, a
#: citation marker's bracket or superscript digit.
_NO_HEADLINE_ENDS = frozenset(".:;,]/|。，：；¹²³⁴⁵⁶⁷⁸⁹⁰")
# A citation marker written with a caret that ends a line (``... on Monday.^1``, ``...
# rose^2,3``): after a word or punctuation, not a number's exponent (``Top 10^2``).
_CARET_END = re.compile(r"(?:[^\W\d_]|[.,;:!?\"'”’%^])\^\d{1,3}(?:[-–,][ ]?\d{1,3})*\^?$")
_CARET_LASTS = frozenset("0123456789^")
# A score and, in brackets, who scored and when: ``2 (Fernandes 34 pen, Hojlund 78)``,
# ``3 (Kane 12, 45, Müller 90+2')``.
_MINUTE = r"\d{1,3}(?:\+\d{1,2})?'?(?: pen| og)?"
_SCORER = rf"\p{{Lu}}[\p{{L}}'’.-]*(?: \p{{Lu}}[\p{{L}}'’.-]*)* {_MINUTE}(?:, ?{_MINUTE})*"
_SCORER_LASTS = frozenset("0123456789'ng")  # (what a scorer's item ends with: "78", "pen")
_SCORERS_END = regex.compile(rf"(?:^| )\d{{1,3}} \({_SCORER}(?:(?:, ?| and ){_SCORER})*\)$")
# What a team's name may hold besides words in capitals ("Atlético de Madrid", "1. FC Köln").
_TEAM_PARTICLES = frozenset(("de", "del", "la", "van", "von", "di", "da", "do", "of", "&", "and"))
# Words before a number in brackets that name no scorer: "Android 16 (Beta 2)", "Situation
# Report 45 (March 12)".
_NOT_SCORERS = frozenset(
    (
        *("Beta", "Alpha", "Part", "Phase", "Day", "Week", "Round", "Game", "Episode", "Season"),
        *("Chapter", "Vol", "Volume", "Version", "Update", "Stage", "Level", "No", "Number"),
    )
)
# Months, which name no scorer before a day of the month ("(March 12)"); after a minute past
# the 31st they may be a scorer's name ("Kilmarnock 1 (May 77)").
_MONTH_NAMES = frozenset(
    (
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun"),
        *("Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
    )
)
#: A team's name before its score has this many words at most.
_TEAM_WORDS = 5


def _no_scorer(item: list[str], months: bool = False) -> bool:
    """Whether an item in a score line's brackets names no scorer ("Beta 2", "March 12"; a
    month before a day of the month is a scorer's name, "May 12", where ``months``)."""
    if item[0] in _NOT_SCORERS:
        return True
    return (
        not months
        and item[0] in _MONTH_NAMES
        and (len(item) < 2 or not item[1].isdigit() or 1 <= int(item[1]) <= 31)  # (a date)
    )


def _score_line(text: str, months: bool = False) -> bool:
    """Whether a line is a match report's score line (``_SCORERS_END``): a team's name (its
    words in capitals), its goals and, in brackets, who scored and when; not a headline that
    ends with numbers in brackets ("Google releases Android 16 (Beta 2)"). A month before a
    day in the brackets is a date ("Situation Report 45 (March 12)") but where ``months``."""
    found = _SCORERS_END.search(text)
    if found is None:
        return False
    team = text[: found.start()].split()
    if not 0 < len(team) <= _TEAM_WORDS or any(
        not (word[0].isupper() or word[0].isdigit() or word in _TEAM_PARTICLES) for word in team
    ):
        return False  # (a sentence before the number, not a team's name)
    scorers = text[text.index("(", found.start()) + 1 : -1]
    return all(
        not _no_scorer(item.split(), months)
        for part in scorers.split(",")
        for item in part.split(" and ")
        if item.strip() and not item.strip()[0].isdigit()
    )


# A team's name and its goals alone, a score line with no scorers ("St Mirren 0").
_BARE_SCORE = regex.compile(
    r"\p{Lu}[\p{L}'’.&-]*(?: (?:\p{Lu}[\p{L}'’.&-]*|de|del|of|and)){0,4} \d{1,2}"
)


def paired_score_line(text: list[str], i: int) -> bool:
    """Tell whether line ``i``, which ends in brackets, is a match report's score line whose
    scorer is named after a month ("Kilmarnock 1 (May 12)": Stevie May in the 12th minute),
    next to the other team's score line ("St Mirren 0", "Sevilla 1 (Lukébakio 55)"). Alone
    the month and the day read as a date ("Situation Report 45 (March 12)")."""
    if not _score_line(text[i], months=True):
        return False
    return any(
        0 <= j < len(text)
        and text[j]
        and (_BARE_SCORE.fullmatch(text[j]) is not None or _score_line(text[j], months=True))
        for j in (i - 1, i + 1)
    )


# Numbers in parentheses after a sentence's full stop that end a line: ``... follow. (1, 2)``.
_PAREN_NUMBERS_END = re.compile(r"[.!?…][\"'”’]?[ \t]*\(\d{1,3}(?:[ \t]*[-–,;][ \t]*\d{1,3})*\)$")
#: A label in brackets before a headline has at most this many characters.
_LABEL_CHARS = 40


def _unlabelled(text: str) -> str:
    """A headline after its label in brackets, as papers set a column's or its writer's name
    (``[Kim Ji-hoon] Why ...``, ``[Editorial] ...``), or ``""``: no label, or a citation
    marker (``[1] Smith J. ...``, a reference's opening)."""
    close = text.find("] ", 1, _LABEL_CHARS)
    if close < 0 or text[1].isdigit():
        return ""
    return text[close + 2 :].lstrip()


#: The ASCII letters, deleted by ``str.translate`` (what ``str.isalpha`` holds in ASCII).
_ASCII_LETTERS = dict.fromkeys(map(ord, string.ascii_letters))


def byline(text: str) -> bool:
    """Tell whether a line is a byline (the cheap part of :func:`stamp_or_byline`)."""
    if text[0] in _CJK_BYLINE_FIRSTS or "\uac00" <= text[0] <= "\ud7a3":  # (or Hangul)
        return _CJK_BYLINE.match(text) is not None
    return (text[-1] == ")" or text[:2].lower() in _BYLINE_STARTS) and (
        _BYLINE.match(text) is not None
    )


# Chinese, Japanese and Korean bylines: a reporter's or editor's label and names, up to a
# slash and where the story was written ("記者張家豪／台北報導", "记者 王磊 报道", "文／陳美玲",
# "责任编辑：王芳"), or Korean names before the word for a reporter or a correspondent, maybe
# with an e-mail address ("김철수 기자 kim@example.co.kr", "이영희 특파원"). No sentence: no
# full stop nor comma of a clause. After the word for a reporter without a colon, only names
# of two to four Han characters and where they wrote ("記者王小明、李大華／綜合報導"): a
# headline may open with the word ("记者调查：外卖骑手的一天", "記者会見で首相が退陣を表明").
_CJK_BYLINE = regex.compile(
    r"(?:記者|记者)[ 　]?\p{Han}{2,4}(?:[、 　]\p{Han}{2,4})*"
    r"(?:(?:[ 　]?[／/][ 　]?|[ 　])?\p{Han}{0,6}?(?:報導|报道))?$"
    r"|(?:文[／/]|(?:記者|记者|撰文|採訪|采访|(?:責任)?編輯|(?:责任)?编辑)[：:])"
    r"[^。！？，,\n]{1,30}$"
    r"|\p{Hangul}{2,4}(?:[ ]\p{Hangul}{2,4})?[ ](?:기자|특파원|선임기자)(?:[ ]?[\w.+-]+@[\w.-]+)?$"
)
#: The first characters of the Chinese and Japanese ones (a cheap test first).
_CJK_BYLINE_FIRSTS = frozenset("記记文撰採采編编責责")


def stamp_or_byline(text: str) -> bool:
    """Tell whether a line is a page's date and time stamp or a byline (not its headline)."""
    if byline(text):
        return True
    # (A date has its year and a time its colon: cheap tests before the patterns.)
    # (A clock time with its zone at the end may be written with a full stop: "Updated at 15.42
    # GMT".)
    if (
        "20" in text or "19" in text or ":" in text or (text[-1].isupper() and "." in text)
    ) and _stamped(text):
        return True
    if not text.isascii() and "25" in text and _THAI_DATE.search(text) is not None:
        return True
    return any(map(text.__contains__, _AGO_KEYS)) and _AGO.search(text) is not None


# A Thai date: a day, a month's name (or its abbreviation) and a year of the Buddhist era
# ("18 ธันวาคม 2567", "5 ม.ค. 2568"), as Thai pages stamp their stories.
_THAI_DATE = regex.compile(
    r"\d{1,2}\s*(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน"
    r"|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\."
    r"|ต\.ค\.|พ\.ย\.|ธ\.ค\.)\s*25\d\d(?!\d)"
)


def _stamped(text: str) -> bool:
    """Whether a line holds a date with its year or a clock time with AM/PM: each year or time
    is found by a short pattern, and only the few characters before a year are searched for
    the day and month (one pattern with every month tried at every place costs far more)."""
    for m in _YEAR_OR_TIME.finditer(text):
        if m.group()[-1].isalpha():  # a time with AM/PM or its zone
            return True
        at = m.start()
        if _DATE_BEFORE.search(text, max(0, at - 24), at) or _DATE_AFTER.match(text, m.end()):
            return True
    return False


# A page's date and time stamp or byline, which sit between the headline and the article and are
# not its headline: a date with its year, a clock time with AM/PM, a name after "By".
_MONTHS = (
    r"jan(?:uary|vier|uari)?|feb(?:ruary|ruari)?|f[ée]vrier|mar(?:ch|s|et)?|apr(?:il)?|avril"
    r"|may|mai|mei|june?|juin|july?|juillet|aug(?:ust)?|ao[ûu]t|agustus|sep(?:t|tember)?"
    r"|septembre|oct(?:ober)?|okt(?:ober)?|octobre|nov(?:ember)?|novembre|dec(?:ember)?"
    r"|d[ée]cembre|des(?:ember)?|dez(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio"
    r"|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|m[äa]rz|juni|juli"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
)
# (A year may run into the time after it where a scrape joins two fields: "Sept 30, 20254:12 PM".)
# A time on a 24-hour clock makes a stamp with its zone: "15.42 GMT", "10:41 CET", "14:35 Uhr".
_YEAR_OR_TIME = re.compile(
    r"\b(?:19|20)\d\d(?:\b|(?=\d{1,2}:\d\d))|\b\d{1,2}:\d\d\s*[apAP]\.?[mM]\b"
    r"|\b\d{1,2}[:.]\d\d\s*(?:GMT|UTC|BST|CES?T|IST|WIB|JST|KST|SGT|HKT|[ECMP][SD]T|Uhr)\b"
)
# Before a year: "Oct 21, ", "15th October ", "12.03.", "12 de marzo de " (Spanish and
# Portuguese) (the search ends where the year starts).
_DATE_BEFORE = re.compile(
    rf"(?i:(?:\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(?:{_MONTHS}))\.?,?\s+(?:de\s+)?)$"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-]$"
)
# A time told relative to now, at the line's start, after a separator or after a label:
# "Published 3 hours ago", "By Jane Doe · 2h ago", "vor 2 Stunden", "5 jam yang lalu" (not
# "Boy last seen 5 days ago").
_AGO = re.compile(
    r"(?i)(?:^|[|·•,:–—-]\s*|\b(?:published|updated|posted|aktualisiert|actualizado|diperbarui"
    r"|cập nhật)\s+)"
    r"(?:(?:\d{1,3}|an?|one)\s*(?:min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|months?)\s+ago\b"
    r"|(?:vor|hace)\s+(?:\d{1,3}|einer?|una?)\s+"
    r"(?:minuten?|stunden?|tag(?:en)?|minutos?|horas?|d[ií]as?)\b"
    r"|\d{1,3}\s+(?:menit|jam|hari|phút|giờ|ngày)\s+(?:yang\s+)?(?:lalu|trước))"
)
_AGO_KEYS = (" ago", "AGO", "vor ", "Vor ", "hace ", "Hace ", "lalu", "trước")
# After a year: "-03-12".
_DATE_AFTER = re.compile(r"[/.-]\d\d[/.-]\d\d\b")
_NAME = r"[A-Z\u00c0-\u00de][\w.'’-]*"
_BYLINE = re.compile(
    # "By Jane Doe", "By JANE DOE and TOM BECKER", "By Jane Doe · 3 hours ago": names (joined
    # by "and", "&" or a comma, or with a particle: "Par Le Quotidien du Sud avec AFP", "By
    # Ana de la Cruz") up to the line's end or a separator.
    # A credit of the photographs or words ("Photographs by Ana Ruiz") is one too.
    r"(?i:(?:(?:words|text|photographs?|photos?|pictures?|illustrations?|video)\s+)?by"
    rf"|par|por|oleh|von)\b:?\s+{_NAME}"
    r"(?:(?:\s*(?:,|&|\b(?:and|und|dan|y|et|avec|with|con|mit)\b)\s*"
    r"|\s+(?:(?:de|du|des|da|do|dos|van|von|der|den|la|le|bin|binti)\s+){0,2})"
    rf"{_NAME}){{0,7}}\s*(?:$|[-–—|,/(@·•])"
    # A name and the paper or agency in brackets: "Dio Suhenda (The Jakarta Post)".
    r"|[A-Z\u00c0-\u00de][\w.'’-]+(?:\s[A-Z\u00c0-\u00de][\w.'’-]+){1,2}\s\((?:The\s)?[A-Z][^()]*\)$"
    # Indonesian labels of the writer and the editor, with a colon or with a separator after
    # the names ("Penulis Dewi Lestari | Editor Andi Hartono", "Pewarta: Budi Santoso"); not
    # alone before names, as a headline in title case may open so ("Penulis Muda Raih ...").
    rf"|(?i:penulis|pewarta|penyunting)(?::\s*{_NAME}(?:\s+{_NAME}){{0,3}}\s*(?:$|[|·•/,])"
    rf"|\s+{_NAME}(?:\s+{_NAME}){{0,3}}\s*[|·•/])"
)
# (A byline starts with one of these or ends with a bracket: a cheap test first.)
_BYLINE_STARTS = frozenset(("by", "pa", "po", "ol", "vo", "wo", "te", "ph", "pi", "il", "vi", "pe"))

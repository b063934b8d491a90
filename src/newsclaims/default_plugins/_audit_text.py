"""Text helpers the built-in auditors and support checker share (private, not a plugin).

Everything here is deterministic and language-light: word keys for alignment, inverse document
frequency weights, and the names, numbers and dates of a sentence for comparison.
"""

from __future__ import annotations

import bisect
import functools
import math
import operator
import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Sequence
from itertools import compress, repeat
from operator import itemgetter
from typing import cast

import attrs
import regex

from newsclaims import Claim, Document, Marker, Span
from newsclaims._memo import SPLITS, text_dict

#: A claim that ends with a question mark (before closing quotes, brackets or emphasis): it
#: asks, and asserts nothing.
QUESTION = regex.compile(r"[?？][\"'”’»)\]*_]*\s*$")

#: Claim kinds that restate the article (checked by support, not by citation).
SUMMARY_KINDS = frozenset({"key_point", "headline", "pull_quote", "summary"})
#: Section kinds whose claims restate the article.
SUMMARY_SECTIONS = frozenset({"headline", "key_points", "summary"})

#: A figure whose thousands are set apart by spaces, as French, German, Scandinavian, Slavic
#: and SI style write them (``45 000``, with a space, a no-break space, a narrow one or a thin
#: one): groups of three digits after one of one to three, not glued to a letter (``A320 200``)
#: or to another figure. (A pattern's text, for the patterns that read figures; it starts
#: only where a run of groups does, and its groups are possessive, so a pattern that fails
#: after it is not retried at each group of a long run.)
SPACED_FIGURE = (
    r"(?<![\p{L}\d.,]|\d[ \u00a0\u202f\u2009])"
    r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d|[.,]\d{3}))++(?:[.,]\d+)?"
)
_FIGURE_SPACES = " \u00a0\u202f\u2009"
# (A number's separators: also the full-width ones and the Arabic decimal and thousands signs,
# which :data:`FOLD` makes ASCII.)
_WORD = regex.compile(
    rf"\p{{L}}[\p{{L}}\p{{M}}]*(?:['’]\p{{L}}+)*|{SPACED_FIGURE}|\d+(?:[.,．，٫٬]\d+)*"
)


#: Arabic characters :data:`FOLD` writes another way: the decimal and thousands signs and the
#: percent sign as ASCII, and letters that writers (and keyboards) use for one another as one:
#: alef with hamza above or below, with madda and wasla as bare alef (``الإقتصاد`` and
#: ``الاقتصاد``), ta marbuta as ha (``مدرسة``, ``مدرسه``) and alef maqsura as ya (``على``,
#: ``علي``). A summary point spelt one way met no word of a body spelt the other.
_ARABIC = {
    0x066B: ord("."),
    0x066C: ord(","),
    0x066A: ord("%"),
    0x0622: 0x0627,
    0x0623: 0x0627,
    0x0625: 0x0627,
    0x0671: 0x0627,
    0x0629: 0x0647,
    0x0649: 0x064A,
}


class _Fold(dict[int, int]):
    """The table (for ``str.translate``) that writes a character as ASCII where it is one
    written another way: a decimal digit of any script (Arabic-Indic ``٢٠٠``, Devanagari
    ``६.५``, full-width ``０．５``) as its ASCII digit, a full-width form as its ASCII character
    (``．``, ``％``, ``ＧＤＰ``), the Arabic decimal and thousands signs and percent sign as
    ``.``, ``,`` and ``%``, and an Arabic letter spelt two ways as one (:data:`_ARABIC`: ``إ``,
    ``أ``, ``آ`` and ``ٱ`` as ``ا``, ``ة`` as ``ه``, ``ى`` as ``ي``, as Arabic search does); every
    other character as itself. One character for one, so offsets stay. Filled as characters
    are met."""

    def __missing__(self, code: int) -> int:
        ch = chr(code)
        if ch.isdecimal():
            out = ord("0") + int(ch)
        elif 0xFF01 <= code <= 0xFF5E:
            out = code - 0xFEE0
        else:
            out = _ARABIC.get(code, code)
        self[code] = out
        return out


#: See :class:`_Fold`: ``text.translate(FOLD)`` (only texts that are not ASCII need it).
FOLD = _Fold()
_CAPITAL = regex.compile(r"\p{Lu}")


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _set(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours
    yourself yourselves said says say according may might must shall also while whose upon
    via per than whether yet"""
)

#: Capitalised words that are titles or honorifics, not names, when comparing names.
TITLES = _set(
    """mr mrs ms miss dr prof sir dame lord lady president vice prime minister ministers
    secretary senator sen rep representative governor gov mayor chancellor premier king queen
    prince princess emperor pope chairman chairwoman chair chief ceo cfo director general gen
    col lt sgt capt cmdr adm commander judge justice officer pm jr sr st the a an mp mps
    mep meps"""
)

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DATE_WORDS = frozenset(MONTHS + WEEKDAYS + tuple(m[:3] for m in MONTHS) + ("sept",))
#: Month and weekday names in German (capitalised, as German writes nouns) and in Spanish,
#: French, Italian and Portuguese (in lower case, as those languages write them: a capitalised
#: one is a name, ``Mayo Clinic``, ``Julio``, ``Domingo``), each with the key of its English
#: name (``martes`` and ``mardi`` are ``tue``, ``marzo`` and ``mars`` are ``mar``): a summary in
#: those languages that moves a date says so. (Not the Portuguese weekdays, which are ordinals
#: too: ``segunda``, ``quinta``.)
_GERMAN_DATE_NAMES = (
    ("jan", "januar jänner"),
    ("feb", "februar"),
    ("mar", "märz maerz"),
    ("apr", "april"),
    ("may", "mai"),
    ("jun", "juni"),
    ("jul", "juli"),
    ("aug", "august"),
    ("sep", "september"),
    ("oct", "oktober"),
    ("nov", "november"),
    ("dec", "dezember"),
    ("mon", "montag"),
    ("tue", "dienstag"),
    ("wed", "mittwoch"),
    ("thu", "donnerstag"),
    ("fri", "freitag"),
    ("sat", "samstag sonnabend"),
    ("sun", "sonntag"),
)
_ROMANCE_DATE_NAMES = (
    ("jan", "enero janvier gennaio janeiro"),
    ("feb", "febrero février fevrier febbraio fevereiro"),
    ("mar", "marzo mars março"),
    ("apr", "abril avril aprile"),
    ("may", "mayo mai maggio maio"),
    ("jun", "junio juin giugno junho"),
    ("jul", "julio juillet luglio julho"),
    ("aug", "agosto août aout"),
    ("sep", "septiembre setiembre septembre settembre setembro"),
    ("oct", "octubre octobre ottobre outubro"),
    ("nov", "noviembre novembre novembro"),
    ("dec", "diciembre décembre decembre dicembre dezembro"),
    ("mon", "lunes lundi lunedì lunedi"),
    ("tue", "martes mardi martedì martedi"),
    ("wed", "miércoles miercoles mercredi mercoledì mercoledi"),
    ("thu", "jueves jeudi giovedì giovedi"),
    ("fri", "viernes vendredi venerdì venerdi"),
    ("sat", "sábado sabado samedi sabato"),
    ("sun", "domingo dimanche domenica"),
)
_GERMAN_DATES = {w: key for key, names in _GERMAN_DATE_NAMES for w in names.split()}
_ROMANCE_DATES = {w: key for key, names in _ROMANCE_DATE_NAMES for w in names.split()}
FOREIGN_DATES = {**_GERMAN_DATES, **_ROMANCE_DATES}
#: Every word that names a month or a weekday (a set looked up once per word).
_ANY_DATE_WORDS = _DATE_WORDS | frozenset(FOREIGN_DATES)


def date_key(word: str) -> str:
    """The key of a month's or weekday's name (lower case): the first three letters of the
    English name it is or translates."""
    return FOREIGN_DATES.get(word, word[:3])


_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    )
    if i >= 2
}

#: The words that make a number in words before them a fraction (``two-thirds``, ``three
#: quarters``): no count of anything, nor the number itself.
_FRACTION_WORDS = _set(
    """half halves third thirds quarter quarters fifth fifths sixth sixths seventh sevenths
    eighth eighths ninth ninths tenth tenths"""
)

_ORDINAL_WORDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
)
_ORDINALS = _set(" ".join(_ORDINAL_WORDS))
#: The suffixes that make a figure an ordinal in digits: ``7th``, ``21st``, ``2nd``, ``3rd``
#: (right after the digits, no letter after them).
_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
# (The words a text splits them into, in any case: ``7th``, ``7TH``.)
_SUFFIX_WORDS = frozenset(w for s in _SUFFIXES for w in (s, s.upper(), s.title()))


def _ordinal(digits: str, suffix: str) -> str:
    """The ordinal word of ``7th`` (``seventh``: either side may write it) up to the twelfth;
    past it, the figure and its ``suffix`` (``21st``)."""
    n = int(digits)
    return _ORDINAL_WORDS[n - 1] if 1 <= n <= len(_ORDINAL_WORDS) else f"{n}{suffix}"


#: Endings that turn a name into its demonym, plural or adjective (Japan/Japanese, Korea/Korean).
_NAME_ENDINGS = ("", "s", "es", "n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is", "y")


def words(text: str) -> list[tuple[str, int, int]]:
    """Return the words and numbers of ``text`` with their offsets."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


#: What a word after which starts a sentence ends with.
_INITIAL = frozenset('.!?:;"“‘')
#: The white space of the regex module's ``\s`` (Python's, but for the separators U+001C-1F).
_SPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\x1c\x1d\x1e\x1f")


def tokens(text: str) -> list[tuple[str, int, int, bool]]:
    """The words and numbers of ``text`` with their offsets and whether each starts a sentence
    (comes first, or follows ``.!?:;`` or an opening quote with only white space between)."""
    out: list[tuple[str, int, int, bool]] = []
    prev = 0
    for m in _WORD.finditer(text):
        start, end = m.span()
        gap = text[prev:start].rstrip(_SPACE)
        out.append((m.group(), start, end, not out or (gap != "" and gap[-1] in _INITIAL)))
        prev = end
    return out


def norm(word: str) -> str:
    """Lower-case a word and drop a possessive ending (its digits and full-width characters
    written in ASCII: see :data:`FOLD`)."""
    w = word.lower().replace("’", "'")
    if not w.isascii():
        w = w.translate(FOLD)
    return w[:-2] if w.endswith("'s") else w.rstrip("'")


def word_key(word: str) -> str | None:
    """The alignment key of one word: the first five letters of its :func:`stem`, or ``None``
    for a function word or a single letter."""
    n = norm(word)
    if n and n not in STOPWORDS and (len(n) > 1 or n.isdigit()):
        return stem(n)[:5]
    return None


#: The irregular past forms of verbs that news uses for what happened (the headline says
#: ``shrink``, the body ``shrank``; a key point ``sells``, the body ``sold``), each with its
#: base form, whose key they take: the first five letters cannot join them. Forms that are
#: as often another word (``left``, ``found``, ``won``, ``saw``, ``lay``) are not here.
IRREGULAR = {
    form: base
    for base, forms in (
        ("rise", "rose risen"),
        ("fall", "fell fallen"),
        ("grow", "grew grown"),
        ("shrink", "shrank shrunk"),
        ("sink", "sank sunk"),
        ("sell", "sold"),
        ("buy", "bought"),
        ("pay", "paid"),
        ("spend", "spent"),
        ("take", "took taken"),
        ("give", "gave given"),
        ("make", "made"),
        ("hold", "held"),
        ("tell", "told"),
        ("bring", "brought"),
        ("think", "thought"),
        ("begin", "began begun"),
        ("choose", "chose chosen"),
        ("drive", "drove driven"),
        ("write", "wrote written"),
        ("break", "broke broken"),
        ("strike", "struck"),
        ("fight", "fought"),
        ("seek", "sought"),
        ("teach", "taught"),
        ("catch", "caught"),
        ("keep", "kept"),
        ("meet", "met"),
        ("send", "sent"),
        ("build", "built"),
        ("lose", "lost"),
        ("know", "knew known"),
        ("fly", "flew flown"),
        ("freeze", "froze frozen"),
        ("steal", "stole stolen"),
        ("speak", "spoke spoken"),
        ("swear", "swore sworn"),
        ("lead", "led"),
        ("flee", "fled"),
        ("hide", "hid hidden"),
        ("shake", "shook shaken"),
        ("throw", "threw thrown"),
        ("withdraw", "withdrew withdrawn"),
        ("understand", "understood"),
        ("stand", "stood"),
        ("run", "ran"),
        ("come", "came"),
        ("become", "became"),
        ("get", "got gotten"),
        ("feel", "felt"),
        ("mean", "meant"),
        ("hear", "heard"),
        ("wear", "wore worn"),
        ("draw", "drew drawn"),
        ("forget", "forgot forgotten"),
        ("ride", "rode ridden"),
        ("sing", "sang sung"),
        ("lend", "lent"),
        ("deal", "dealt"),
        ("bend", "bent"),
    )
    for form in forms.split()
}

#: Letters that end words doubled (``call``, ``pass``, ``staff``, ``buzz``) and vowels
#: (``agreed``, ``freed``): not undone after ``ed`` or ``ing``.
_DOUBLED = frozenset("lsfzaeiou")

#: Words whose final ``s`` is no plural, and that news uses often enough to matter.
_NOT_PLURAL = frozenset(("news", "series", "species"))


def stem(word: str) -> str:
    """A lower-case word without a plural ``s``, a past ``ed``, a present ``ing`` or a final
    ``e``, so that the forms of a short word share a key (``vote``, ``votes``, ``voted``;
    ``gain``, ``gains``, ``gained``): a key of five letters joins the forms of a long word by
    itself, but ``votes`` and ``vote`` differ within five. A paraphrase changes the form of a
    word more often than the word. An irregular past form becomes its base form first
    (:data:`IRREGULAR`: ``shrank`` is ``shrink``), and a consonant doubled before ``ed`` or
    ``ing`` is single again (``dropped`` is ``drop``, ``cutting`` is ``cut``), unless words
    end in it doubled (``called``, ``passed``, ``staffed``). An Arabic word loses the prefixes
    joined to it first (:func:`without_clitics`: ``والحكومة`` is ``حكومة``)."""
    w = IRREGULAR.get(word, word)
    if w and w[0] in _CLITIC_LETTERS:
        w = without_clitics(w)
    if len(w) > 3 and w[-1] == "s" and w[-2] not in "su'" and w not in _NOT_PLURAL:
        w = w[:-1]
    if len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
        w = w[:-1] if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in _DOUBLED else w
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
        w = w[:-1] if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in _DOUBLED else w
    if len(w) > 3 and w[-1] == "e":
        w = w[:-1]
    return w


#: The letters that open Arabic's clitic prefixes: the conjunctions ``و`` (and) and ``ف`` (so),
#: the prepositions ``ب`` (in, by), ``ل`` (for, to) and ``ك`` (like), and the ``ا`` of the
#: article ``ال``. (Only words of the Arabic script open with one: a cheap test first.)
_CLITIC_LETTERS = "\u0648\u0641\u0628\u0644\u0643\u0627"
_ARTICLE = "\u0627\u0644"
#: The letters a word keeps, at least, once its prefixes are taken off: three, the length of
#: most Arabic roots (``بنك`` stays, not ``نك``).
_ARABIC_STEM = 3


def without_clitics(word: str) -> str:
    """An Arabic word without the prefixes written joined to it, one after another while at
    least :data:`_ARABIC_STEM` letters are left: the conjunctions ``و`` and ``ف``, the
    prepositions ``ب``, ``ل`` and ``ك``, and the article ``ال`` (so ``والحكومة``, ``للحكومة``,
    ``بالحكومة`` and ``الحكومة`` are all ``حكومة``; ``وأعلنت`` is ``أعلنت``).

    A word whose own first letters are among them loses them too (``لبنان`` is ``نان``), but
    the same way with or without a prefix before it (``بلبنان``, ``ولبنان``): the result
    depends only on what follows a prefix, so a word and the word with a prefix always meet.
    Any other word is returned as it is."""
    while True:
        if word.startswith(_ARTICLE) and len(word) >= _ARABIC_STEM + 2:
            word = word[2:]
        elif word[0] in _CLITIC_LETTERS[:5] and len(word) >= _ARABIC_STEM + 1:
            word = word[1:]
        else:
            return word


def keys_by_words(text: str) -> frozenset[str]:
    """The alignment keys of the content words of ``text``, word by word (what :func:`keys`
    computes faster)."""
    out = set()
    if not text.isascii():
        text = text.translate(
            FOLD
        )  # (``０．５％`` as ``0.5%``: one number, as a summary writes it)
    for w, _, _ in words(text):
        if not w.isascii() and _UNSPACED_RUN.search(w) is not None:
            out.update(_unspaced_keys(w))
            continue
        k = word_key(w)
        if k is not None:
            out.add(k)
    return frozenset(out)


#: A run of characters of scripts written without spaces between words (Chinese, Japanese,
#: Thai), or with particles joined to them (Korean: ``금리를``, ``금리는``). Their words are not
#: told apart, so a run is keyed by its pairs of characters, which a paraphrase shares as an
#: English one shares words: ``政策金利を据え置き`` and ``政策金利を0.5％に据え置く`` share
#: ``政策``, ``策金``, ``金利``, ``据え``, ``え置``.
_UNSPACED_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Hangul}ー々]+")
_HAN = regex.compile(r"\p{Han}")


def _unspaced_keys(word: str) -> set[str]:
    """The keys of a word with runs of an unspaced script: each run's pairs of characters (a
    run of one Han character is a word itself: ``日``), and the word keys of the rest."""
    out: set[str] = set()
    at = 0
    for m in _UNSPACED_RUN.finditer(word):
        run = m.group()
        if len(run) > 1:
            out.update(run[i : i + 2] for i in range(len(run) - 1))
        elif _HAN.match(run):
            out.add(run)
        if m.start() > at and (k := word_key(word[at : m.start()])) is not None:
            out.add(k)
        at = m.end()
    if at < len(word) and (k := word_key(word[at:])) is not None:
        out.add(k)
    return out


def keys(text: str) -> frozenset[str]:
    """The alignment keys of the content words of ``text``."""
    return split_keys(separated(text))


# Speed: keys are found per white-space token of the text, each token's key looked up in a memo
# (news reuses its vocabulary), instead of running the word pattern over every character. This
# is exact because a word never holds a separator (white space or an ASCII character other than a
# letter, digit, ``'``, ``.`` or ``,``), so the words of a text are the words of its tokens.
_SEPARATORS = bytes(
    c if c >= 128 or chr(c).isalnum() or chr(c) in "'.," else ord(" ") for c in range(256)
)
#: Never the first or last character of a word, so stripped from the ends of a token.
_TOKEN_ENDS = ".,'’‘“”\"«»–—…"
_NO_KEY, _SEVERAL = "", "\x00"
_MEMO_SIZE = 1 << 17
_token_key: dict[str, str] = {}
_several_keys: dict[str, frozenset[str]] = {}


_UTF8 = ("utf-8", "surrogatepass")


def utf8(text: str) -> bytes:
    """The UTF-8 bytes of ``text`` (lone surrogates encoded as such)."""
    return text.encode(*_UTF8)


def separated(text: str, data: bytes | None = None) -> str:
    """``text`` (whose :func:`utf8` bytes ``data`` are, if given) with every ASCII separator made
    a space, each character kept at its offset."""
    # UTF-8 bytes of other characters are all >= 128, which the table keeps.
    return (utf8(text) if data is None else data).translate(_SEPARATORS).decode(*_UTF8)


def _learn(token: str) -> str:
    """The key of a token, or ``_NO_KEY``, or ``_SEVERAL`` when it holds several words' keys."""
    w = token.strip(_TOKEN_ENDS)
    if not w.isascii():
        w = w.translate(FOLD).strip(_TOKEN_ENDS)
    # All letters (or all digits) make one word: Python's letters and decimals are letters and
    # digits to the word pattern too (tests/test_audit_fast_paths.py checks this); letters of
    # a script written without spaces make pairs of characters (:func:`_unspaced_keys`).
    if w.isalpha() and (w.isascii() or _UNSPACED_RUN.search(w) is None):
        n = w.lower()  # norm() of a word without an apostrophe
        return stem(n)[:5] if len(n) > 1 and n not in STOPWORDS else _NO_KEY
    if w.isdecimal():
        return word_key(w) or _NO_KEY
    found = keys_by_words(w)
    if len(found) > 1:
        _several_keys[token] = found
        return _SEVERAL
    return next(iter(found), _NO_KEY)


def split_keys(text: str) -> frozenset[str]:
    """The :func:`keys` of ``text``, as it is or as :func:`separated` has prepared it.

    (Words never hold white space, so the keys of any text are its tokens' keys; a separated
    text has fewer tokens that hold several words, ``al-Assad``, which cost more.)
    """
    return tokens_keys(text.split())


def tokens_keys(tokens: Sequence[str]) -> frozenset[str]:
    """The :func:`keys` of a text whose white-space tokens (``str.split()``) are ``tokens``."""
    entries: Sequence[str]
    try:
        # Speed: an itemgetter of the tokens looks them all up in one call (not a call per
        # token, as map() makes); of one token it gives its entry alone, of none it cannot be
        # made.
        entries = itemgetter(*tokens)(_token_key) if len(tokens) > 1 else tuple(map(_key, tokens))
    except KeyError:
        if len(_token_key) > _MEMO_SIZE:
            _token_key.clear()
            _several_keys.clear()
        entries = tuple(map(_key, tokens))
    # One set built in C; filter() drops the tokens without a key (``_NO_KEY`` is "").
    found = frozenset(filter(None, entries))
    if _SEVERAL in found:
        found = _with_several(found, tokens, entries)
    return found


def _with_several(
    found: frozenset[str], tokens: Sequence[str], entries: Sequence[str]
) -> frozenset[str]:
    """``found`` (the keys of ``tokens``, whose memo entries are ``entries``, with ``_SEVERAL``
    among them) with the keys of the tokens that hold several words' keys in place of
    ``_SEVERAL``."""
    # Speed: those tokens (whose entry is ``_SEVERAL``) picked out in C, from the entries
    # already looked up (a memo cleared since by another thread changes nothing: see _keys()).
    several = compress(tokens, map(operator.eq, entries, repeat(_SEVERAL)))
    return found.union(*map(_keys, several)) - _ONLY_SEVERAL


_ONLY_SEVERAL = frozenset((_SEVERAL,))


#: The keys of texts that :func:`text_keys` worked out (emptied when it holds _TEXT_KEYS_SIZE).
_TEXT_KEYS: dict[str, frozenset[str]] = text_dict()
_TEXT_KEYS_SIZE = 1 << 16


def text_keys(text: str) -> frozenset[str]:
    """The :func:`keys` of ``text``, remembered for one document's components: the support
    checker asks for its body sentences' keys and the duplicate auditor for its claims', which
    are mostly the same texts (a claim is its sentence), so it finds what the checker worked out
    (see :attr:`Index.claim_keys`)."""
    found = _TEXT_KEYS.get(text)
    if found is None:
        if len(_TEXT_KEYS) >= _TEXT_KEYS_SIZE:
            _TEXT_KEYS.clear()
        # (The tokens another component split, if it did: see _memo.split.)
        found = _TEXT_KEYS[text] = tokens_keys(SPLITS.get(text) or text.split())
    return found


def _key(token: str) -> str:
    """The memo's entry for ``token``, learnt if it has none."""
    k = _token_key.get(token)
    if k is None:
        k = _token_key[token] = _learn(token)
    return k


def _keys(token: str) -> frozenset[str]:
    """The keys of a token that holds several words' keys."""
    # (A token the memo no longer holds, another thread having cleared it, is redone.)
    several = _several_keys.get(token)
    return several if several is not None else keys_by_words(token.strip(_TOKEN_ENDS))


def idf(docs: Iterable[frozenset[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of every key in ``docs``."""
    counts: Counter[str] = Counter()
    n = 0
    for d in docs:
        n += 1
        counts.update(d)
    return {k: math.log((n + 1) / (c + 0.5)) + 1.0 for k, c in counts.items()}


def coverage(claim: frozenset[str], other: frozenset[str], weights: dict[str, float]) -> float:
    """The idf-weighted share of ``claim``'s keys that ``other`` has, in ``[0, 1]``.

    Summed in sorted order, so that the result does not depend on the order of set iteration
    (which changes with Python's string hashing from run to run).
    """
    return coverages(claim, (other,), weights)[0]


def coverages(
    claim: frozenset[str], others: Iterable[frozenset[str]], weights: dict[str, float]
) -> list[float]:
    """The :func:`coverage` of ``claim`` by each of ``others``.

    Speed: the claim's own weight, which every share divides by, is summed once.
    """
    # (The sums run in C over the weights in the same order as a loop would add them.)
    total = sum(map(weights.get, sorted(claim), repeat(_UNSEEN)))
    if total == 0:
        return [0.0 for _ in others]
    return [
        sum(map(weights.get, sorted(claim & other), repeat(_UNSEEN))) / total for other in others
    ]


_UNSEEN = 3.0


def name_match(a: str, b: str) -> bool:
    """Tell whether two normalised name words name the same thing (Japan, Japanese)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 3:
        return False
    if long.startswith(short) and long[len(short) :] in _NAME_ENDINGS:
        return True
    stem = short[:-1]
    return (
        short[-1] in "aeiouy"
        and len(stem) >= 3
        and long.startswith(stem)
        and long[len(stem) :] in _NAME_ENDINGS
    )


@attrs.frozen
class Facts:
    """The names, numbers and dates of a sentence, and all its normalised words."""

    names: tuple[tuple[str, ...], ...]
    surface: tuple[str, ...]
    numbers: frozenset[float]
    #: The numbers written in digits, and those written in words that count something (``over
    #: three years``, ``five of seven``): a summary's ``over five years`` for it is a changed
    #: figure, while a number word alone (``the two``, ``two of them``) is too loose to compare.
    digits: frozenset[float]
    dates: frozenset[str]
    date_words: tuple[str, ...]
    words: frozenset[str]
    #: The ordinal words (``second``, ``third``...), lower case: ``the second quarter`` for
    #: ``the third quarter`` is a changed fact that no digit shows.
    ordinals: frozenset[str] = frozenset()


def _title_case(
    ws: Sequence[tuple[str, int, int, bool]], normed: Sequence[str], capital: Sequence[bool]
) -> bool:
    """Whether the words ``ws`` (:func:`tokens`, with their normed forms and whether each opens
    with a capital) are in title case: three content words at least, all capitalised."""
    letters = [
        cap
        for (w, _, _, _), n, cap in zip(ws, normed, capital, strict=True)
        if w[0].isalpha() and n not in STOPWORDS
    ]
    return len(letters) >= 3 and all(letters)


def title_case(text: str) -> bool:
    """Whether ``text`` is in title case (``Cannabis Use Is Rising in Cities``), where a
    capital says nothing of a name: its words are names only if the article writes them
    capitalised inside a sentence."""
    ws = tokens(text)
    normed = [norm(w) for w, _, _, _ in ws]
    return _title_case(ws, normed, [_CAPITAL.match(w) is not None for w, _, _, _ in ws])


def facts(text: str, capitalised: Container[str] = frozenset()) -> Facts:
    """Return the facts of one sentence.

    A name is a run of capitalised words, without titles (``President``) and without the
    sentence's first word unless ``capitalised`` (words seen capitalised mid-sentence elsewhere)
    holds it. A text in title case counts only words in ``capitalised`` as names.
    """
    ws = tokens(text)
    # (An ASCII word of letters and digits alone has no apostrophe, nor a digit to fold:
    # norm() only lower-cases it.)
    normed = [w.lower() if w.isascii() and w.isalnum() else norm(w) for w, _, _, _ in ws]
    # Speed: an ASCII letter is a capital when it is one of A-Z; the pattern (whose Unicode may
    # be newer than Python's) is asked about the other first letters only.
    capital = [
        "A" <= w[0] <= "Z" if w[0] < "\x80" else _CAPITAL.match(w) is not None for w, _, _, _ in ws
    ]
    lowered = frozenset(normed)
    in_title_case = _title_case(ws, normed, capital)
    names: list[tuple[str, ...]] = []
    surface: list[str] = []
    run: list[tuple[str, int, int]] = []
    numbers: set[float] = set()
    digits: set[float] = set()
    dates: set[str] = set()
    date_words: list[str] = []
    prev_end = 0
    worded = False  # a number in words (the few sentences with one are read again for counts)
    points: dict[int, float] | None = None  # (read at the first figure: most sentences have none)
    ordinals: set[str] = set()
    for (w, start, end, initial), n, is_cap in zip(ws, normed, capital, strict=True):
        # (A run of names is closed only if there is one: most words end none.)
        if run and text[prev_end:start].strip() not in ("", "-"):
            _close(text, run, names, surface)
        prev_end = end
        if (
            w[0].isdigit()
            and text[end : end + 2] in _SUFFIX_WORDS
            and w.isdigit()
            and _SUFFIX_WORD.match(text, end) is not None
        ):
            ordinals.add(_ordinal(w, text[end : end + 2].lower()))  # "the 7th": no figure
        elif w[0].isdigit():
            value = _number(w)
            if value is not None:
                numbers.add(value)
                if points is None:
                    points = basis_points(text)
                if points and start in points:
                    value = points[start]  # (25 basis points: 0.25 percentage points)
                    numbers.add(value)
                digits.add(value)
        elif n in _NUMBER_WORDS and _FRACTION_AFTER.match(text, end) is None:
            numbers.add(float(_NUMBER_WORDS[n]))
            worded = True
        if n in _ANY_DATE_WORDS and (
            (n in _DATE_WORDS or n in _GERMAN_DATES) and not (n == "may" and initial)
            if is_cap
            else n in _ROMANCE_DATES
        ):
            dates.add(date_key(n))
            date_words.append(w)
            if run:
                _close(text, run, names, surface)
            continue
        name_like = (
            is_cap
            and n not in STOPWORDS
            and (n in capitalised if (initial or in_title_case) else True)
            and not w[0].isdigit()
            and not _currency_prefix(text, w, end)
            and not (n.endswith(_POINTS_NOUNS) and _after_figure(text, start))
        )
        if name_like and n not in TITLES:
            run.append((n, start, end))
        elif run:
            _close(text, run, names, surface)
    _close(text, run, names, surface)
    if worded:
        digits.update(_counted([w for w, _, _, _ in ws]))
    return Facts(
        names=tuple(names),
        surface=tuple(surface),
        numbers=frozenset(numbers),
        digits=frozenset(digits),
        dates=frozenset(dates),
        date_words=tuple(date_words),
        words=lowered,
        ordinals=lowered & _ORDINALS | ordinals if ordinals else lowered & _ORDINALS,
    )


# German nouns of points, capitalised as names are: ``25 Basispunkte``, ``0,25 Prozentpunkte``.
_POINTS_NOUNS = ("punkt", "punkte", "punkten")


def _after_figure(text: str, start: int) -> bool:
    """Whether a figure stands right before the word at ``start`` (a space between)."""
    before = text[max(0, start - 2) : start]
    return len(before) == 2 and before[0].isdigit() and before[1].isspace()


def _currency_prefix(text: str, word: str, end: int) -> bool:
    """Whether the capitalised ``word`` ending at ``end`` is part of a currency or a code, not
    a name: letters glued to a dollar sign (``US$``, ``R$``, ``HK$``) or a capital letter alone
    glued to a figure (``W1m``, Korean won; ``R5bn``, rand; ``G7``, whose figure tells it)."""
    after = text[end : end + 1]
    return after == "$" or (len(word) == 1 and after.isdigit())


#: A suffix of an ordinal that is a word of its own (:data:`_WORD` reads no more letters, marks
#: or ``'s`` with it) after a figure, in any case (``7th``, ``7TH``, ``7Th``).
_SUFFIX_AFTER = r"(?:st|nd|rd|th|ST|ND|RD|TH|St|Nd|Rd|Th)(?![\p{L}\p{M}]|['’]\p{L})"
_SUFFIX_WORD = regex.compile(_SUFFIX_AFTER)
#: An ordinal in digits, as :data:`_SUFFIXES` tell one after a figure (of digits alone: see
#: :func:`numbers`).
_ORDINAL_DIGITS = regex.compile(rf"(?<!\d)(\d+){_SUFFIX_AFTER}")


def numbers(text: str) -> tuple[frozenset[float], frozenset[float]]:
    """The ``numbers`` and the ``digits`` of the :func:`facts` of ``text``, without the rest of
    them (which cost far more: the names)."""
    found: set[float] = set()
    digits: set[float] = set()
    words = _WORD.findall(text)
    worded = False
    # (Speed: the few texts with an ordinal in digits, "7th", which is no figure, are read
    # again for where each figure stands; the others, with no such suffix among their words,
    # as a list of words.)
    ordinal_ends: frozenset[int] = frozenset()
    if not _SUFFIX_WORDS.isdisjoint(words) and _ORDINAL_DIGITS.search(text) is not None:
        ordinal_ends = frozenset(m.end(1) for m in _ORDINAL_DIGITS.finditer(text))
        words = [
            m.group()
            for m in _WORD.finditer(text)
            if m.end() not in ordinal_ends or not m.group().isdigit()
        ]
    for w in words:
        if w[0].isdigit():
            value = _number(w)
            if value is not None:
                found.add(value)
                digits.add(value)
        elif norm(w) in _NUMBER_WORDS:
            worded = True
    points = basis_points(text) if digits else None
    if points:
        # (A figure in basis points is given as percentage points, as the other side may
        # write it; the few texts with one read again for where each figure stands.)
        for m in _WORD.finditer(text):
            if m.start() in points and (value := _number(m.group())) is not None:
                digits.discard(value)
        digits.update(points.values())
        found.update(points.values())
    if worded:
        # (The few texts with a number in words read again, for where each one stands.)
        for m in _WORD.finditer(text):
            n = norm(m.group())
            if n in _NUMBER_WORDS and _FRACTION_AFTER.match(text, m.end()) is None:
                found.add(float(_NUMBER_WORDS[n]))
        digits.update(_counted(words))
    return frozenset(found), frozenset(digits)


# A figure in basis points, in the languages whose key points the sectioner reads: ``25 basis
# points``, ``25bp``, ``50 bps``, ``25 Basispunkte``, ``25 points de base``, ``25 puntos
# básicos``, ``25 punti base``, ``25 pontos-base``, ``25 basispunten``.
_BASIS_POINTS = regex.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)?)[ \u00a0\u202f-]?(?:(?i:basis[ -]?points?|basispunkte?n?|bps?)"
    r"|points? de base|puntos? básicos?|punti base|pontos?[ -]base)(?![\p{L}\d])"
)
# What a text with such a figure holds (a cheap test in C before the pattern runs).
_BASIS_HINTS = ("asis", "bp", " base", "-base", "básico")


def basis_points(text: str) -> dict[int, float]:
    """The figures of ``text`` given in basis points, by where each starts, as percentage
    points (``25 basis points`` is ``0.25``): a summary writes the one for the other."""
    if not any(h in text for h in _BASIS_HINTS):
        return {}
    return {
        m.start(): round(value / 100, 6)
        for m in _BASIS_POINTS.finditer(text)
        if (value := _number(m.group(1))) is not None
    }


def written_points(text: str, value: float) -> str | None:
    """How ``text`` writes the figure in basis points that is ``value`` percentage points
    (``25 basis points`` for ``0.25``), if it writes one so (for a message, which quotes the
    figure as the text gives it)."""
    if not any(h in text for h in _BASIS_HINTS):
        return None
    for m in _BASIS_POINTS.finditer(text):
        number = _number(m.group(1))
        if number is not None and round(number / 100, 6) == value:
            return m.group()
    return None


#: A fraction word right after a number in words: ``two-thirds``, ``three quarters``.
_FRACTION_AFTER = regex.compile(
    r"[-‐ ](?i:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?"
    r"|tenths?)\b"
)


def _fraction(words: Sequence[str], i: int) -> bool:
    """Whether the number in words ``words[i]`` is a fraction's (``two-thirds``)."""
    return i + 1 < len(words) and words[i + 1].lower() in _FRACTION_WORDS


def _counted(words: Sequence[str]) -> Iterator[float]:
    """The numbers in words among ``words`` that count something: before a plural noun in
    lower case (``three years``, ``five seats``; not ``of``, nor a name) or before ``of`` and
    another number (``five of seven``, ``two of 12``)."""
    for i, w in enumerate(words):
        value = _NUMBER_WORDS.get(w.lower())
        if value is None or i + 1 == len(words) or _fraction(words, i):
            continue
        after = words[i + 1]
        if len(after) > 3 and after[-1] == "s" and after[-2] != "s" and after.islower():
            yield float(value)
        elif after == "of" and i + 2 < len(words):
            then = words[i + 2]
            if then[0].isdigit() or then.lower() in _NUMBER_WORDS:
                yield float(value)


def normed_words(text: str) -> frozenset[str]:
    """The :func:`norm` of each word of ``text``: the ``words`` of its :func:`facts`, without
    the rest of them."""
    return frozenset(map(norm, _WORD.findall(text)))


def _close(
    text: str, run: list[tuple[str, int, int]], names: list[tuple[str, ...]], surface: list[str]
) -> None:
    if run:
        names.append(tuple(n for n, _, _ in run))
        surface.append(text[run[0][1] : run[-1][2]])
        run.clear()


_THOUSANDS = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _number(token: str) -> float | None:
    t = token if token.isascii() else token.translate(FOLD)
    if not t.isalnum() and any(s in t for s in _FIGURE_SPACES):
        t = "".join(t.split())  # (a figure in spaced thousands: 45 000)
    if "," in t and _THOUSANDS.fullmatch(t):
        t = t.replace(",", "")
    t = t.replace(",", ".")
    try:
        return float(t)
    except ValueError:
        return None


def capitalised_words(texts: Iterable[str]) -> frozenset[str]:
    """Normalised words that appear capitalised somewhere other than a sentence start."""
    out: set[str] = set()
    for text in texts:
        if text.isascii():
            _capitals(text, out, _ASCII_CAPITAL_WORD, _ASCII_WORD_CHAR, _ASCII_SPACE)
            continue
        if _MARK.search(text) is None:
            _capitals(text, out, _CAPITAL_WORD, _WORD_CHAR, _SPACE)
            continue
        prev = -1
        for m in _WORD.finditer(text):
            w = m.group()
            # Speed: no capital is lower case to Python (checked in tests), so the pattern and
            # the sentence start are looked at for the few words that do not start lower case.
            if prev >= 0 and not w[0].islower() and _CAPITAL.match(w):
                before = text[prev : m.start()].rstrip(_SPACE)
                if not (before and before[-1] in _INITIAL):
                    out.add(norm(w))
            prev = m.end()
    return frozenset(out)


def _capitals(
    text: str,
    out: set[str],
    capital_word: re.Pattern[str] | regex.Pattern[str],
    word_char: re.Pattern[str] | regex.Pattern[str],
    spaces: str,
) -> None:
    """:func:`capitalised_words` of one ``text`` that holds no mark (``\\p{M}``), added to
    ``out``: ``capital_word`` finds the words that open with a capital, ``word_char`` the first
    character of a word, ``spaces`` is the white space (of the patterns for ASCII text, or of
    the word pattern's module).

    Speed: only the words that open with a capital are found, not every word. Without marks a
    word's letters are letters (``[\\p{L}\\p{M}]*`` takes letters alone) and its apostrophes
    stand between letters, and every letter and digit is in a word; so a capital opens a word
    unless a letter, or a letter and an apostrophe, stand just before it (which is what
    ``capital_word`` looks behind for), and the last character before it that is not white
    space is either the end of the word before (no sentence start) or the last of the
    characters between the words. (A mark may continue a word, ``ab\u0301Cd``, or not, after
    an apostrophe's letters or white space: no look-behind of a few characters tells which,
    hence the slow path for text with marks.)
    """
    first = word_char.search(text)
    if first is None:
        return
    lo = first.start()  # the first word's start: a capital there opens the text
    for m in capital_word.finditer(text):
        j = m.start() - 1
        if j < lo:
            continue
        while text[j] in spaces:  # (stops at text[lo] at the latest: a letter or digit)
            j -= 1
        if text[j] not in _INITIAL:
            out.add(norm(m.group()))


_ASCII_CAPITAL_WORD = re.compile(r"(?<![A-Za-z])(?<![A-Za-z]')[A-Z][A-Za-z]*(?:'[A-Za-z]+)*")
_ASCII_WORD_CHAR = re.compile(r"[A-Za-z0-9]")
_ASCII_SPACE = "".join(c for c in _SPACE if c.isascii())
#: The same for any text without marks, with the word pattern's letters and digits.
_CAPITAL_WORD = regex.compile(r"(?<!\p{L})(?<!\p{L}['’])\p{Lu}\p{L}*(?:['’]\p{L}+)*")
_WORD_CHAR = regex.compile(r"[\p{L}\d]")
_MARK = regex.compile(r"\p{M}")


def _variants(word: str) -> set[str]:
    """The words :func:`name_match` pairs with ``word`` (set lookups instead of a scan)."""
    out = {word + e for e in _NAME_ENDINGS}
    if len(word) >= 3 and word[-1] in "aeiouy" and len(word) - 1 >= 3:
        out.update(word[:-1] + e for e in _NAME_ENDINGS)
    for e in _NAME_ENDINGS[1:]:
        if word.endswith(e):
            stem = word[: -len(e)]
            if len(stem) >= 3:
                out.add(stem)
                out.update(stem + v for v in "aeiouy")
    return {v for v in out if name_match(word, v)}


def name_found(
    name: tuple[str, ...], vocabulary: frozenset[str], expansions: frozenset[str]
) -> bool:
    """Tell whether a name (a run of words) is mentioned in ``vocabulary``.

    The last word (a surname, a place) must match, or most words of a longer name; or the name
    is the acronym of words the vocabulary has, or a single word in ``expansions`` (the acronyms
    the other text's names abbreviate to).
    """

    def found(word: str) -> bool:
        return any(v in vocabulary for v in _variants(word))

    if found(name[-1]):
        return True
    if len(name) >= 3 and sum(found(w) for w in name) * 2 > len(name):
        return True
    if len(name) >= 2 and "".join(w[0] for w in name) in vocabulary:
        return True
    return len(name) == 1 and name[0] in expansions


def expansions(names: Iterable[tuple[str, ...]]) -> frozenset[str]:
    """The acronyms that runs of words in ``names`` abbreviate to (two to six words)."""
    out = set()
    for run in names:
        for i in range(len(run)):
            for j in range(i + 2, min(len(run), i + 6) + 1):
                out.add("".join(w[0] for w in run[i:j]))
    return frozenset(out)


_START = operator.attrgetter("start")
_SPAN_START = operator.attrgetter("span.start")
_KIND = operator.attrgetter("kind")
_TEXT = operator.attrgetter("text")


class Index:
    """A document's sentences, markers, sections and claims by offset, for fast lookups.

    Auditors get it from :func:`index`, which builds it once per document; what several of them
    need (the section kind of each claim, the keys of each claim) is worked out once, when first
    asked for.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    # The starts of the sentences, markers, sections and claims, each worked out when first
    # asked for (an auditor that needs none of them does not pay for them).

    @functools.cached_property
    def sentences(self) -> list[int]:
        """The start of each sentence."""
        return list(map(_START, self.doc.sentences))

    @functools.cached_property
    def markers(self) -> list[int]:
        """The start of each marker."""
        return list(map(_SPAN_START, self.doc.markers))

    @functools.cached_property
    def sections(self) -> list[int]:
        """The start of each section."""
        return list(map(_SPAN_START, self.doc.sections))

    @functools.cached_property
    def claims(self) -> list[int]:
        """The start of each claim."""
        return list(map(_SPAN_START, self.doc.claims))

    @functools.cached_property
    def claim_sections(self) -> list[str]:
        """The kind of the section each claim starts in, as :meth:`section_kind` tells it."""
        return self._section_kinds(self.claims, [c.span for c in self.doc.claims])

    def _section_kinds(self, starts: list[int], spans: list[Span]) -> list[str]:
        """:meth:`section_kind` of each span, given their starts."""
        sections = self.doc.sections
        if starts != sorted(starts) or self.sections != sorted(self.sections):
            return [self.section_kind(span) for span in spans]
        # Section by section rather than span by span: a span starting in [start, end) of a
        # section, and before the next section starts, is in it.
        kinds = ["body"] * len(starts)
        for i, section in enumerate(sections):
            end = section.span.end
            if i + 1 < len(sections):
                end = min(end, sections[i + 1].span.start)
            lo = bisect.bisect_left(starts, section.span.start)
            hi = bisect.bisect_left(starts, end, lo)
            kinds[lo:hi] = [section.kind] * (hi - lo)
        return kinds

    @functools.cached_property
    def claim_summary(self) -> list[bool]:
        """Whether each claim restates the article (see :meth:`is_summary`)."""
        claims = self.doc.claims
        # No summary section at all (most articles): no claim's section is one (a claim in no
        # section is in the body), so the claims' sections need not be worked out.
        if SUMMARY_KINDS.isdisjoint(map(_KIND, claims)) and (
            SUMMARY_SECTIONS.isdisjoint(map(_KIND, self.doc.sections))
            or SUMMARY_SECTIONS.isdisjoint(self.claim_sections)
        ):
            return [False] * len(claims)
        return [
            c.kind in SUMMARY_KINDS or kind in SUMMARY_SECTIONS
            for c, kind in zip(self.doc.claims, self.claim_sections, strict=True)
        ]

    @functools.cached_property
    def utf8(self) -> bytes:
        """The :func:`utf8` bytes of the text."""
        return utf8(self.doc.text)

    @functools.cached_property
    def claim_keys(self) -> list[frozenset[str]]:
        """The :func:`keys` of each claim."""
        # Speed: from each claim's own text, which exists already: separating the whole text
        # (UTF-8 there and back) and slicing it cost more than the hyphenated tokens save.
        # The keys the support checker worked out for the same texts (text_keys()) are read
        # (one get in C per claim); the others are worked out, and not remembered: nothing
        # asks for them again.
        texts = list(map(_TEXT, self.doc.claims))
        known = list(map(_TEXT_KEYS.get, texts))
        if None not in known:
            return cast(list[frozenset[str]], known)
        # (Those the claims extractor split, it split for the check-worthiness test: their
        # tokens are found again, each with its hash worked out: see _memo.split.)
        splits = SPLITS.get
        return [
            tokens_keys(splits(t) or t.split()) if k is None else k
            for k, t in zip(known, texts, strict=True)
        ]

    def section_kind(self, span: Span) -> str:
        """The kind of the section a span starts in (``body`` when none)."""
        i = bisect.bisect_right(self.sections, span.start) - 1
        if i >= 0 and span.start < self.doc.sections[i].span.end:
            return self.doc.sections[i].kind
        return "body"

    def is_summary(self, claim: Claim) -> bool:
        """Tell whether a claim restates the article (a headline, key point, pull quote...)."""
        return claim.kind in SUMMARY_KINDS or self.section_kind(claim.span) in SUMMARY_SECTIONS

    def body_sentences(self) -> list[Span]:
        """The sentences of the body sections, in order."""
        kinds = self._section_kinds(self.sentences, list(self.doc.sentences))
        return [s for s, kind in zip(self.doc.sentences, kinds, strict=True) if kind == "body"]

    def markers_within(self, span: Span) -> list[Marker]:
        """The markers lying inside ``span`` (markers are sorted and do not overlap)."""
        out = []
        for i in range(bisect.bisect_left(self.markers, span.start), len(self.markers)):
            m = self.doc.markers[i]
            if m.span.start >= span.end:
                break
            if m.span.end <= span.end:
                out.append(m)
        return out

    def masked(self, span: Span) -> str:
        """The text of ``span`` with the citation markers inside it blanked out."""
        text = self.doc.text[span.start : span.end]
        if not self.markers:
            return text
        for m in self.markers_within(span):
            a, b = m.span.start - span.start, m.span.end - span.start
            text = text[:a] + " " * (b - a) + text[b:]
        return text

    def sentences_around(self, span: Span) -> Span:
        """``span`` widened to the sentences it overlaps (which hold their trailing markers)."""
        start, end = span.start, span.end
        i = max(0, bisect.bisect_right(self.sentences, span.start) - 1)
        while i < len(self.sentences) and self.sentences[i] < span.end:
            s = self.doc.sentences[i]
            if s.overlaps(span):
                start, end = min(start, s.start), max(end, s.end)
            i += 1
        return Span(start, end)

    def claim_at(self, span: Span) -> int | None:
        """The index of a claim overlapping ``span`` (or holding its start), if any."""
        i = bisect.bisect_right(self.claims, span.start) - 1
        # Claims are sorted by start; look back a little for a long claim that holds the span.
        for j in range(i, max(-1, i - 64), -1):
            c = self.doc.claims[j]
            if c.span.overlaps(span) or c.span.start <= span.start < c.span.end:
                return j
        for j in range(i + 1, len(self.claims)):
            if self.claims[j] >= span.end:
                break
            if self.doc.claims[j].span.overlaps(span):
                return j
        return None


_last: Index | None = None


def index(doc: Document) -> Index:
    """The :class:`Index` of ``doc``, built once for all the auditors of one document.

    It keeps the last document audited (the auditors of a parse run one after another); another
    document, or another thread's, gets its own.
    """
    global _last
    last = _last
    if last is None or last.doc is not doc:
        last = _last = Index(doc)
    return last


def snippet(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"

"""Telling which 8-bit code page of Latin letters a page's bytes are in, by how plausible the
letters each one reads are.

Windows-1252, -1250, -1254 and -1257 and ISO-8859-2 and -15 give the same byte different
letters: ``0xE3`` is ``ã`` in Windows-1252 and ``ă`` in Windows-1250, ``0xF5`` is ``õ`` and
``ő``, ``0xA3`` is ``£`` and ``Ł``. Each reading is scored by what is implausible in it: a
control character, a spacing accent or ``¤`` anywhere, a symbol or a ``¿`` inside a word, a
letter glued to a digit (``Ł3.5bn``), and letters that no one language the code page can
write uses together (``Săo`` and ``açőes`` need a Romanian ``ă`` and a Hungarian ``ő``;
``São`` and ``ações`` are Portuguese). The reading with the least wins; readings that score
alike are ordered as :data:`CANDIDATES`.
No word is looked up: only letters, their neighbours, and the alphabets of the languages
these code pages are written for (:data:`ALPHABETS`).

:func:`guess_code_page` also tries the code pages of Cyrillic and Greek letters
(:data:`OTHER_CANDIDATES`), where the same byte is a letter of another case or script in each:
KOI8-R's ``Правительство`` read as Windows-1251 is ``рТБЧЙФЕМШУФЧП``, ISO-8859-7's ``Άδωνις``
read as Windows-1253 is ``¶δωνις``. Their readings are scored alike, and for what is odd in a
word of these scripts: a capital after a small letter, letters of two scripts in one word
(``Sгo`` for Portuguese ``São`` read as Windows-1251), a word that opens with ``ь``, ``ъ`` or
``ы``, a Greek ``ς`` inside a word or ``σ`` at its end.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

__all__ = ["CANDIDATES", "OTHER_CANDIDATES", "guess_code_page", "guess_latin"]

#: The code pages tried, in the order that decides between readings that score alike (the
#: web's most common first). ISO-8859-1 is Windows-1252 as the web reads it.
CANDIDATES = ("cp1252", "iso8859-15", "cp1250", "iso8859-2", "cp1254", "cp1257")

#: The letters beyond ASCII that each language writing in these code pages uses (lower case).
ALPHABETS = {
    "ca": "àçèéíïòóúü",
    "cs": "áčďéěíňóřšťúůýž",
    "da": "æøåé",
    "de": "äöüßé",
    "es": "áéíñóúü",
    "et": "õäöüšž",
    "fi": "äöåšž",
    "fo": "áðíóúýæø",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "ga": "áéíóú",
    "hr": "čćđšž",
    "hu": "áéíóöőúüű",
    "is": "áðéíóúýþæö",
    "it": "àèéìíîòóùú",
    "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž",
    "nl": "àéèêëïóöü",
    "no": "æøåéèêóòô",
    "pl": "ąćęłńóśźż",
    "pt": "áâãàçéêíóôõúü",
    "ro": "ăâîşţ",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "sl": "čšžćđ",
    "sq": "çë",
    "sv": "åäöé",
    "tr": "çğıİöşüâîû",
    # Cyrillic and Greek: every letter is above ASCII.
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "el": "αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ",
    # Hebrew and Arabic (with the tatweel that stretches a word), Persian in Windows-1256.
    "he": "אבגדהוזחטיךכלםמןנסעףפץצקרשת",
    "ar": "ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىي",
    "fa": "آأئابپتثجچحخدذرزژسشصضطظعغـفقکگلمنهوي",
}

#: The code pages of Cyrillic, Greek, Hebrew and Arabic letters :func:`guess_code_page`
#: tries after :data:`CANDIDATES`, in the order that decides between readings that score
#: alike.
OTHER_CANDIDATES = (
    "cp1255",
    "iso8859-8",
    "cp1251",
    "koi8-r",
    "koi8-u",
    "iso8859-5",
    "cp1253",
    "iso8859-7",
    "cp1256",
    "iso8859-6",
    "mac-cyrillic",
)


def _written_in(codec: str) -> tuple[str, ...]:
    """The alphabets of :data:`ALPHABETS` that ``codec`` can write whole: a text is written in
    a code page made for its language (Lithuanian ``ą`` and ``č`` read in Windows-1250, which
    has no ``ė`` or ``ų``, are a Slovenian ``š`` and ``č`` in ISO-8859-2 misread)."""
    written = []
    for alphabet in ALPHABETS.values():
        try:
            # (Each letter's capital where it has one of its own: Greek ``ΐ`` has none.)
            capitals = "".join(c.upper() for c in alphabet if len(c.upper()) == 1)
            (alphabet + capitals).encode(codec)
        except UnicodeEncodeError:
            continue
        written.append(alphabet)
    return tuple(written)


#: The alphabets each candidate code page can write.
_WRITES = {codec: _written_in(codec) for codec in CANDIDATES + OTHER_CANDIDATES}

#: Characters no text has on its own: the spacing accents of Windows-1250 and ISO-8859
#: (``¨ ´ ¸ ˘ ˙ ˝ ˛ ˇ``), ``¤`` and ``¦``, where another code page has a letter.
_NEVER = frozenset("¤¦¨´¸˘˙˝˛ˇ΅")
#: Punctuation that sits inside words or numbers: dashes, quotes, apostrophes, a middle dot.
_INSIDE = frozenset(("Pd", "Pi", "Pf"))
#: How many bytes above ASCII are looked at: enough to tell, on any page size.
_SAMPLE = 4000
#: How many of them rank the readings before they are scored (see :func:`_guess`).
_GLANCE = 200
_HIGH = re.compile(rb"[\x80-\xff]")


@lru_cache(maxsize=4096)
def _kind(char: str) -> str:
    """``L`` a letter, ``M`` a mark over one (Hebrew and Arabic vowel points), ``D`` a digit,
    ``N`` never text, ``S`` a symbol, ``P`` punctuation that may sit between letters, ``Q``
    other punctuation, ``Z`` space or anything else."""
    if char in _NEVER:
        return "N"
    category = unicodedata.category(char)
    if char in "ªº¶§":  # (ordinal marks, after digits: "1º"; a pilcrow or section sign)
        return "S"
    if char in "΄ʹ":  # (a Greek numeral's mark: "Β΄ Παγκόσμιος")
        return "P"
    if category[0] == "L":
        return "L"
    if category == "Mn":
        return "M"
    if category == "Nd":
        return "D"
    if category[0] == "C":
        return "N"
    if category[0] == "S" or category == "No":
        return "S"
    if category[0] == "P":
        return "P" if category in _INSIDE or char == "·" else "Q"
    return "Z"


@lru_cache(maxsize=4096)
def _letter(char: str) -> tuple[str, bool, bool]:
    """A letter's script (``LATIN``, ``CYRILLIC``, ``GREEK``...), whether it is a capital,
    and whether it is a small letter."""
    script = unicodedata.name(char, "?").partition(" ")[0]
    return script, char != char.lower(), char != char.upper()


#: Letters no word of their script opens with (Cyrillic's soft and hard signs and ``ы``).
_NOT_FIRST = frozenset("ьъыЬЪЫ")
#: Letters that end a word and are no other letter's place at its end: Greek's final sigma,
#: Hebrew's final forms; and the letters whose place that is (``σ``, ``כ מ נ פ צ``).
_FINAL = frozenset("ςךםןףץ")
_NOT_FINAL = frozenset("σכמנפצ")
#: The vowels of the languages written in Cyrillic: a word of small letters has one.
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїєўѐѝ")
#: The letters a letter is followed by within a word where it is no word's last: Portuguese
#: writes ``ã`` before ``o``, ``e`` and ``s`` alone (``não``, ``mãe``, ``irmãs``), so a
#: Romanian ``ă`` read in Windows-1252 (``mãrirea``) shows itself with one byte.
_ONLY_BEFORE = {"ã": frozenset("oes")}
#: A word of small Cyrillic letters from where it opens (for :data:`_CYRILLIC_VOWELS`).
_SMALL_WORD = re.compile(r"[а-яёіїєўґђѓѕјљњћќџ]{3,}(?![^\W\d_])")


def _odd_pair(first: str, second: str) -> int:
    """How odd two letters are side by side in one word: of two scripts, or a capital after
    a small letter (``пРАВИТЕЛЬСТВО``)."""
    script1, _, small1 = _letter(first)
    script2, capital2, _ = _letter(second)
    return int(script1 != script2) + int(small1 and capital2)


def _vowelless(text: str, i: int) -> int:
    """1 where a word of three small Cyrillic letters or more opens at ``i`` with no vowel
    (Hebrew read in Windows-1251: ``тцшд``), else 0."""
    word = _SMALL_WORD.match(text, i)
    return int(word is not None and _CYRILLIC_VOWELS.isdisjoint(word.group()))


def _odd_letter(text: str, i: int, before: str, after: str) -> int:
    """How odd the letter at ``i`` is with the letters beside it (``before`` and ``after``
    are their kinds); the pair it makes with an ASCII letter after it is counted here, one
    with a letter above ASCII there."""
    char = text[i]
    cost = 0
    if before == "L":
        previous = text[i - 1]
        cost += _odd_pair(previous, char)
        if i > 1 and _letter(char)[2] and _letter(previous)[1] and _letter(text[i - 2])[1]:
            cost += text[i - 2].isalpha()  # (a small letter after two capitals: ``УЮФШЭг``)
    elif char in _NOT_FIRST:
        cost += 1
    elif char != char.upper() and (
        i == 0 or text[i - 1] == ">" or (text[i - 1] == " " and text[i - 2 : i - 1] in ".!?")
    ):
        cost += 1  # (a small letter opening a text or a sentence: "елбфетйовхтз, 3 БРТЕМС")
        if "а" <= char <= "џ":
            cost += _vowelless(text, i)
    elif "а" <= char <= "џ":
        cost += _vowelless(text, i)
    if after == "L":
        if text[i + 1] < "\x80":
            cost += _odd_pair(char, text[i + 1])
        cost += char in _FINAL  # (a final sigma or final letter inside a word)
        follows = _ONLY_BEFORE.get(char.lower())
        if follows is not None:
            cost += text[i + 1].lower() not in follows
    else:
        cost += char in _NOT_FINAL  # (a medial sigma or letter at a word's end)
    return cost


def _cost(text: str, positions: list[int], codec: str, bound: int | None = None) -> int:
    """How implausible the characters at ``positions`` of ``text``, read in ``codec``, are
    (0: all plausible); counting stops once it reaches ``bound`` (another reading's cost,
    which this one then cannot beat), looked at every 64 positions."""
    cost = 0
    letters: Counter[str] = Counter()
    end = len(text)
    for n, i in enumerate(positions):
        if bound is not None and not n & 63 and cost >= bound:
            return cost
        char = text[i]
        kind = _kind(char)
        before = _kind(text[i - 1]) if i else "Z"
        after = _kind(text[i + 1]) if i + 1 < end else "Z"
        if kind == "N":
            cost += 3
        elif kind == "L":
            if before == "D" or after == "D":
                cost += 2  # (Ł3.5bn: a letter glued to a number)
            else:
                letters[char.lower() if len(char.lower()) == 1 else char] += 1
                cost += _odd_letter(text, i, before, after)
        elif kind == "S":
            cost += (before == "L") + (after == "L")  # (¹ in "s¹d", ¼ in "¼udia")
        elif kind == "Q" and before == "L" and after == "L":
            cost += 2  # (¿ in "mo¿e")
        elif kind == "M" and before not in ("L", "M"):
            cost += 1  # (a vowel point with no letter under it)
    if letters:
        total = sum(letters.values())
        fits = (sum(letters[c] for c in alphabet) for alphabet in _WRITES[codec])
        cost += total - max(fits, default=0)
    return cost


def guess_latin(data: bytes) -> tuple[str, str] | None:
    """``data`` decoded in the code page of Latin letters its bytes read most plausibly in,
    with that code page's name; ``None`` where no reading is plausible (a Cyrillic, Greek or
    Asian text, or one too mixed to tell), for another guess.

    A reading is plausible when its cost is at most one in five of its characters above ASCII:
    a text quoting a name in another language (``Guðmundsdóttir`` in a Portuguese article)
    still tells, and a Cyrillic, Greek, Hebrew or Thai text read as Latin letters costs two in
    five or more.
    """
    return _guess(data, CANDIDATES)


def guess_code_page(data: bytes) -> tuple[str, str] | None:
    """As :func:`guess_latin`, the code pages of Cyrillic and Greek letters
    (:data:`OTHER_CANDIDATES`) tried too, after those of Latin letters: ``None`` where no
    reading is plausible (a Hebrew, Arabic or Asian text, or one too mixed to tell)."""
    return _guess(data, CANDIDATES + OTHER_CANDIDATES)


def _guess(data: bytes, candidates: tuple[str, ...]) -> tuple[str, str] | None:
    """``data`` read in the most plausible of ``candidates``, with its name (see
    :func:`guess_latin`): the least cost wins, the first of ``candidates`` among equals.

    The first candidate is scored whole (a page in it, the web's most common, costs nothing
    and ends the search); the others in the order their first :data:`_GLANCE` letters rank
    them, each only until it cannot win (scored whole in each, a Greek page took 80 ms).
    """
    positions = [m.start() for m in _HIGH.finditer(data, 0)]
    if not positions:
        return None
    if len(positions) > _SAMPLE:  # (two runs, from the start and the middle: head and body)
        half = _SAMPLE // 2
        middle = len(positions) // 2
        positions = positions[:half] + positions[middle : middle + half]
    readings: list[tuple[int, str, str]] = []  # (rank, codec, text)
    for rank, codec in enumerate(candidates):
        try:
            readings.append((rank, codec, data.decode(codec)))
        except UnicodeDecodeError:
            continue
    if not readings:
        return None
    rank, codec, text = readings[0]
    best = (_cost(text, positions, codec), rank, codec, text)
    if best[0] and len(readings) > 1:
        glance = positions[:_GLANCE]
        rest = sorted(readings[1:], key=lambda r: (_cost(r[2], glance, r[1]), r[0]))
        for rank, codec, text in rest:
            # (One ranked before the best wins with an equal cost; one after, with less.)
            cost = _cost(text, positions, codec, best[0] + (rank < best[1]))
            if (cost, rank) < best[:2]:
                best = (cost, rank, codec, text)
    if best[0] * 5 > len(positions):
        return None
    return best[3], best[2]

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
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

__all__ = ["CANDIDATES", "guess_latin"]

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
}


def _written_in(codec: str) -> tuple[str, ...]:
    """The alphabets of :data:`ALPHABETS` that ``codec`` can write whole: a text is written in
    a code page made for its language (Lithuanian ``ą`` and ``č`` read in Windows-1250, which
    has no ``ė`` or ``ų``, are a Slovenian ``š`` and ``č`` in ISO-8859-2 misread)."""
    written = []
    for alphabet in ALPHABETS.values():
        try:
            (alphabet + alphabet.upper()).encode(codec)
        except UnicodeEncodeError:
            continue
        written.append(alphabet)
    return tuple(written)


#: The alphabets each candidate code page can write.
_WRITES = {codec: _written_in(codec) for codec in CANDIDATES}

#: Characters no text has on its own: the spacing accents of Windows-1250 and ISO-8859
#: (``¨ ´ ¸ ˘ ˙ ˝ ˛ ˇ``), ``¤`` and ``¦``, where another code page has a letter.
_NEVER = frozenset("¤¦¨´¸˘˙˝˛ˇ")
#: Punctuation that sits inside words or numbers: dashes, quotes, apostrophes, a middle dot.
_INSIDE = frozenset(("Pd", "Pi", "Pf"))
#: How many bytes above ASCII are looked at: enough to tell, on any page size.
_SAMPLE = 4000
_HIGH = re.compile(rb"[\x80-\xff]")


@lru_cache(maxsize=4096)
def _kind(char: str) -> str:
    """``L`` a letter, ``D`` a digit, ``N`` never text, ``S`` a symbol, ``P`` punctuation that
    may sit between letters, ``Q`` other punctuation, ``Z`` space or anything else."""
    if char in _NEVER:
        return "N"
    category = unicodedata.category(char)
    if char in "ªº":  # (ordinal marks, after digits: "1º")
        return "S"
    if category[0] == "L":
        return "L"
    if category == "Nd":
        return "D"
    if category[0] == "C":
        return "N"
    if category[0] == "S" or category == "No":
        return "S"
    if category[0] == "P":
        return "P" if category in _INSIDE or char == "·" else "Q"
    return "Z"


def _cost(text: str, positions: list[int], codec: str) -> int:
    """How implausible the characters at ``positions`` of ``text``, read in ``codec``, are
    (0: all plausible)."""
    cost = 0
    letters: Counter[str] = Counter()
    end = len(text)
    for i in positions:
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
        elif kind == "S":
            cost += (before == "L") + (after == "L")  # (¹ in "s¹d", ¼ in "¼udia")
        elif kind == "Q" and before == "L" and after == "L":
            cost += 2  # (¿ in "mo¿e")
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
    positions = [m.start() for m in _HIGH.finditer(data, 0)]
    if not positions:
        return None
    if len(positions) > _SAMPLE:  # (two runs, from the start and the middle: head and body)
        half = _SAMPLE // 2
        middle = len(positions) // 2
        positions = positions[:half] + positions[middle : middle + half]
    best: tuple[int, str, str] | None = None
    for codec in CANDIDATES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        cost = _cost(text, positions, codec)
        if best is None or cost < best[0]:
            best = (cost, codec, text)
            if cost == 0:
                break
    if best is None or best[0] * 5 > len(positions):
        return None
    return best[2], best[1]

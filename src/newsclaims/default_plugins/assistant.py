"""Built-in plugin ``newsclaims.assistant``: what a chat assistant says to its user around a
news summary.

An answer of a chat assistant or AI search tool often opens by addressing the user ("Sure!
Here's a summary of the latest news on the port strike:") and closes with an offer ("Let me
know if you'd like more details on any of these points!"). Neither is the summary's: they
are no claims to check and cite, and the audit would report them as uncited. The cleaner
``assistant`` removes them, each with its reason and losslessly like every removal:

- ``assistant preamble``: the text's first line, where it announces what follows and ends in
  a colon (``Here's ...:``, ``Below is ...:``, ``Based on recent reports, here is what we
  know:``), with a short interjection before it (``Sure!``, ``Certainly.``) on the same line
  or the line before. A lead-in of a list (the next line is a list item) stays: it may be the
  heading of the key points; but not one after an interjection, which answers the user.
- ``assistant sign-off``: up to two lines at the end of the text (or just before its reference
  list) that offer the user more (``Let me know if...``, ``Would you like me to...?``,
  ``Feel free to ask...``, ``I hope this helps!``); not a line with quotation marks (``"Let
  me know if you need anything," the mayor told residents.``).

- ``assistant citation placeholder``: the placeholders a chat assistant's answer leaves where
  its interface drew a citation, copied as text (``citeturn0news12``,
  ``citeturn0search3turn0news15``, with or without the private-use characters around them,
  or in lenticular brackets: ``【turn0news12】``), with the spaces before them; they cite no
  list, and made a paragraph read as a headline and a line alone a claim.

Only whole lines go (but the placeholders), and only lines of a few words (a preamble of 30
words at most, a sign-off of 40). The phrases are English, German, French, Spanish,
Portuguese, Italian and Dutch ("Klar! Hier ist eine Zusammenfassung ...:", "Voici un résumé
... :", "N'hésitez pas à me demander ...", "¿Quieres que amplíe algún punto?"); in other
languages these lines stay.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

import regex

from newsclaims import Cleaner, Document, Register, Removal, Span, hookimpl

__all__ = ["assistant_removals", "newsclaims_register_cleaners"]

PREAMBLE_REASON = "assistant preamble"
SIGN_OFF_REASON = "assistant sign-off"
PLACEHOLDER_REASON = "assistant citation placeholder"
#: A preamble line has no more words than this; a sign-off line no more than SIGN_OFF_WORDS.
PREAMBLE_WORDS = 30
SIGN_OFF_WORDS = 40

# (And in German, French, Spanish, Portuguese, Italian and Dutch, whose key-point headings
# the sectioner reads: "Klar!", "Bien sûr !", "¡Claro!", "Com certeza!", "Certo!", "Zeker!".)
_INTERJECTION = (
    r"(?:[¡¿]?(?:sure(?:\s+thing)?|certainly|of\s+course|absolutely|okay|ok|great|good|gladly"
    r"|great\s+question|good\s+question|no\s+problem|happy\s+to\s+help"
    r"|klar|gerne?|natürlich|selbstverständlich|bien\s+sûr|d['’]accord|certainement"
    r"|avec\s+plaisir|volontiers|claro(?:\s+que\s+sí)?|por\s+supuesto|desde\s+luego|con\s+gusto"
    r"|com\s+certeza|com\s+prazer|certo|certamente|volentieri|zeker|natuurlijk|graag))"
)
# An interjection alone on its line: "Sure!", "Certainly."
_INTERJECTION_LINE = regex.compile(rf"(?i){_INTERJECTION}[ \t]*[!.,]?")
# An interjection that opens a line, before the rest of it ("Sure! Here's ...").
_INTERJECTION_OPEN = regex.compile(rf"(?i){_INTERJECTION}[ \t]*[!.,]")
# A line that announces what follows: "Here's ...:", "Below are ...:", "Here is what we know:",
# possibly after an interjection and a clause ("Based on the latest reports, here's ...:").
_PREAMBLE = regex.compile(
    rf"(?i)(?:{_INTERJECTION}[ \t]*[!.,][ \t]*)?"
    r"(?:[^\n:]{0,80}?,[ \t]*)?"
    r"(?:here(?:'s|’s|\s+is|\s+are)|below\s+(?:is|are)|the\s+following\s+(?:is|are)"
    r"|hier\s+(?:ist|sind|is|zijn)|im\s+folgenden|nachfolgend|hieronder|voici|voilà"
    r"|ci-dessous|aquí\s+(?:tienes|tiene|está|están|va|van)|a\s+continuación"
    r"|aqui\s+(?:está|estão|vai|vão)|segue[m]?|a\s+seguir|ecco|di\s+seguito)"
    r"\b[^\n]*[:：][ \t]*"
)
# An offer to the user at the end of an answer.
_SIGN_OFF = regex.compile(
    r"(?i)\b(?:let\s+me\s+know|would\s+you\s+like|do\s+you\s+want|want\s+me\s+to"
    r"|feel\s+free\s+to\s+(?:ask|reach)|(?:i\s+)?hope\s+(?:this|that|it)\s+helps"
    r"|i\s+can\s+also|i(?:'d|’d|\s+would)\s+be\s+happy\s+to|happy\s+to\s+help|shall\s+i)\b"
    # German, French, Spanish, Portuguese, Italian, Dutch: only a phrase that addresses the
    # user with its pronoun (mich, mir, du, Sie, moi, me, te, ti, eu, je, ik), as no line of
    # an article does ("Il ministro ha detto di non esitare a intervenire.", "A la familia le
    # gustaría que...", "Die Eltern möchten sie...", "Voulez-vous vraiment...?"); a hope that
    # it helps only with its pronoun or as a sentence of its own ("Ich hoffe, das hilft!").
    r"|\b(?:lass(?:en\s+(?-i:Sie))?\s+(?:es\s+)?mich\s+wissen"
    r"|(?:sag|gib|sagen\s+(?-i:Sie)|geben\s+(?-i:Sie))\s+mir\s+bescheid"
    r"|möchtest\s+du,?\s+dass\s+ich|möchten\s+(?-i:Sie),?\s+dass\s+ich"
    r"|ich\s+hoffe,?\s+(?:das|dies)\s+hilft(?:\s+dir|\s+(?-i:Ihnen)|[ \t]*[!.])"
    r"|n['’]hésitez?\s+pas\s+à\s+(?:me\b|m['’]\w)|dites-moi|dis-moi"
    r"|(?:faites|fais)-moi\s+savoir"
    r"|(?:souhaitez|voulez)-vous\s+que\s+je|veux-tu\s+que\s+je"
    r"|j['’]espère\s+que\s+(?:cela|ceci|ça)\s+(?:vous\b|t['’]|aide[ \t]*[!.])"
    r"|avísame|avíseme|dime\s+si|no\s+dudes\s+en\s+\w+me\b|quieres\s+que|te\s+gustaría"
    r"|espero\s+que\s+(?:esto\s+)?te\s+(?:sirva|ayude)"
    r"|espero\s+que\s+esto\s+(?:sirva|ayude)[ \t]*[!.]"
    r"|me\s+avise|avise-me|diga-me|não\s+hesite\s+em\s+(?:me\s+\w|\w+-me\b)"
    r"|quer\s+que\s+eu|gostaria\s+que\s+eu"
    r"|espero\s+que\s+(?:isso|isto)\s+(?:(?:te|lhe)\s+(?:ajude|sirva)"
    r"|(?:ajude|sirva)(?:\s+(?:te|lhe)\b|[ \t]*[!.]))"
    r"|fammi\s+sapere|non\s+esitare\s+a\s+\w+mi\b|vuoi\s+che|desideri\s+che\s+(?:io|ti)\b"
    r"|spero\s+che\s+(?:questo\s+)?ti\b|spero\s+che\s+questo\s+(?:aiuti|sia\s+utile)[ \t]*[!.]"
    r"|laat\s+(?:het\s+)?(?:me|mij)\s+(?:het\s+)?weten|wil\s+(?:je|u)\s+dat\s+ik"
    r"|aarzel\s+niet\s+om\s+(?:het\s+)?(?:me|mij)\b"
    r"|ik\s+hoop\s+dat\s+dit\s+(?:je\s+|u\s+)?helpt(?:\s+(?:je|u)\b|[ \t]*[!.]))"
)
# A word of each of _SIGN_OFF's phrases, looked for in C before the pattern is tried.
_SIGN_OFF_KEYS = (
    *("know", "you", "want", "free", "help", "i can", "happy", "shall"),
    *("wissen", "bescheid", "dass ich", "hoffe", "hésit", "-moi", "que je", "espère"),
    *("avís", "dime", "dudes", "quieres", "gustar", "espero", "avise", "diga-me", "hesite"),
    *("quer que", "gostaria", "fammi", "esitare", "vuoi", "desideri", "spero", "weten"),
    *("dat ik", "aarzel", "hoop"),
)
_QUOTES = ('"', "“", "”", "«", "»", "„")
# A verb of saying: before a sign-off's phrase on its line, it reports someone's words ("Il
# ministro ha detto di non esitare a chiamarmi", "De burgemeester zei: laat het me weten").
_SAYING = regex.compile(
    r"(?i)\b(?:said|says|told|zei|zegt|sagte|sagt|ha\s+detto|a\s+dit|dijo|disse)\b"
)
_LIST_ITEM = regex.compile(r"[ \t]*(?:[-*+•·▪◦‣●][ \t]|\d{1,3}[.)][ \t]|\(\d{1,3}\)[ \t])")


@hookimpl(trylast=True)
def newsclaims_register_cleaners(register: Register[Cleaner]) -> None:
    """Register the cleaner ``assistant``."""
    register("assistant", clean_assistant)


def clean_assistant(doc: Document) -> list[Removal]:
    """Return the removals of the assistant's preamble and sign-off in ``doc.raw``."""
    return assistant_removals(doc.raw)


def assistant_removals(raw: str) -> list[Removal]:
    """The removals of the preamble and the sign-off lines of ``raw``, in text order."""
    out = _preamble(raw, list(islice(_forward(raw), 3)))
    out.extend(_sign_off(raw, {r.span.start for r in out}))
    if "turn" in raw and _TURN.search(raw) is not None:  # (a cheap test in C first)
        out.extend(_placeholders(raw, out))
        out.sort(key=lambda r: r.span.start)
    return out


#: What every placeholder holds: a search result's reference, ``turn0news12``.
_TURN_REF = (
    r"turn\d{1,3}(?:search|news|view|fetch|image|file|product|academia|finance|sports"
    r"|forecast|calc|time|video|reddit)\d{1,4}"
)
_TURN = regex.compile(_TURN_REF)
#: A placeholder: ``\ue200cite\ue202turn0news12\ue202turn0search3\ue201``, or the same
#: without its private-use characters (``citeturn0news12``), or ``【turn0news12】``. (The
#: spaces before it are taken by :func:`_placeholders`: read by the pattern, a run of spaces
#: would be read again from each of them.)
_PLACEHOLDER = regex.compile(
    rf"(?:\ue200?(?:cite|filecite|navlist|image_group)?\ue202?{_TURN_REF}"
    rf"(?:[\ue202 ]?{_TURN_REF})*\ue201?(?![\p{{L}}\p{{N}}])|【{_TURN_REF}(?:†[^】\n]{{0,40}})?】)"
)


def _placeholders(raw: str, taken: list[Removal]) -> list[Removal]:
    """The removals of the citation placeholders of ``raw`` outside the lines ``taken``."""
    out = []
    for m in _PLACEHOLDER.finditer(raw):
        start = m.start()
        while start > 0 and raw[start - 1] in " \t":
            start -= 1  # (with the spaces before it)
        if not any(r.span.start <= start < r.span.end for r in taken):
            out.append(Removal(span=Span(start, m.end()), reason=PLACEHOLDER_REASON))
    return out


# (Speed: only the first lines and the last ones are read, found with ``str.find`` from either
# end, not every line of a long text.)
def _forward(raw: str) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each non-blank line of ``raw``, from the first (``end`` before
    its line break)."""
    start = 0
    while start < len(raw):
        end = raw.find("\n", start)
        if end < 0:
            end = len(raw)
        if not raw[start:end].isspace() and end > start:
            yield start, end
        start = end + 1


def _backward(raw: str) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each non-blank line of ``raw``, from the last."""
    end = len(raw)
    while end >= 0:
        start = raw.rfind("\n", 0, end) + 1
        if not raw[start:end].isspace() and end > start:
            yield start, end
        end = start - 1


def _removal(raw: str, start: int, end: int, reason: str) -> Removal:
    """The removal of a whole line, with its line break and the blank lines after it (not the
    next line's indentation)."""
    stop = end
    while stop < len(raw) and raw[stop] in "\r\n \t":
        stop += 1
    if stop < len(raw):
        stop = raw.rfind("\n", end, stop) + 1  # (the next line starts after its last break)
    return Removal(span=Span(start, stop), reason=reason)


def _words(raw: str, start: int, end: int) -> int:
    return len(raw[start:end].split())


def _preamble(raw: str, lines: list[tuple[int, int]]) -> list[Removal]:
    """The preamble: the first line, or the first two with an interjection alone first."""
    if not lines:
        return []
    first = 0
    start, end = lines[0]
    if _INTERJECTION_LINE.fullmatch(raw[start:end].strip(" \t\r*_")) and len(lines) > 1:
        first = 1
        start, end = lines[1]
    text = raw[start:end].strip().strip("*_#").strip()  # (in bold, or a heading)
    if (
        not text.endswith((":", "："))  # (cheap tests first: most texts open otherwise)
        or _words(raw, start, end) > PREAMBLE_WORDS
        or _PREAMBLE.fullmatch(text) is None
    ):
        return []
    if (
        first + 1 < len(lines)
        and _LIST_ITEM.match(raw, lines[first + 1][0]) is not None
        and not (first or _INTERJECTION_OPEN.match(text))
    ):
        # The lead-in of a list: perhaps the key points' heading ("Here are the key points:"),
        # unless it answers the user ("Sure! Here's a summary ...:"), as no heading does.
        return []
    return [_removal(raw, a, b, PREAMBLE_REASON) for a, b in lines[: first + 1]]


def _sign_off(raw: str, taken: set[int]) -> list[Removal]:
    """The sign-off lines at the end of the text, or just before its reference list (the
    lines from the end that are its entries and its heading)."""
    back = _backward(raw)
    line = next(back, None)
    while line is not None and _entry_or_heading(raw, *line):
        line = next(back, None)
    found: list[Removal] = []
    for _ in range(2):
        if line is None:
            break
        a, b = line
        low = raw[a:b].lower()
        if (
            a in taken
            # (Cheap, each key looked for in C: most texts end otherwise.)
            or not any(map(low.__contains__, _SIGN_OFF_KEYS))
            or _words(raw, a, b) > SIGN_OFF_WORDS
            or (said := _SIGN_OFF.search(raw, a, b)) is None
            or any(map(raw[a:b].__contains__, _QUOTES))  # ("... let me know," she said.)
            or _SAYING.search(raw, a, said.start()) is not None  # (he said to let him know)
        ):
            break
        found.append(_removal(raw, a, b, SIGN_OFF_REASON))
        line = next(back, None)
    return found[::-1]


_ENTRY = regex.compile(r"[ \t]*(?:\[\^?\d{1,3}\]:?|\d{1,3}[.)]|[-*•][ \t]*\[)")
_SOURCES_HEADING = regex.compile(
    r"(?i)[#*_ \t]*(?:sources?|references?|citations?|bibliography|quellen?|fuentes?|fontes?"
    r"|fonti|bronnen?|références?|referencias?|referências?|riferimenti|referenties)[ \t:*_]*"
)


def _entry_or_heading(raw: str, start: int, end: int) -> bool:
    """Whether a line is an entry of a reference list (``[1] ...``, ``1. ...``, ``- [...``) or
    its heading (``Sources:``)."""
    return (
        _ENTRY.match(raw, start, end) is not None
        or _SOURCES_HEADING.fullmatch(raw, start, end) is not None
    )

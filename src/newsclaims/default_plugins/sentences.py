"""Built-in plugin ``newsclaims.sentences``: the default rule-based sentence splitter.

One compiled scan finds every candidate boundary: a line break, or a cluster of ``.``, ``!``,
``?`` or ``…`` with the closing quotes, brackets and citation markers that follow it, then white
space (or a capitalised word with no space, as in ``world.Today``). For speed it is tried only
where one of the characters it starts with stands, and the commonest candidates (``. `` before
a capital, line breaks) are read without it. Each candidate is then decided by cheap checks on
the word before it and the word after it:

- nothing ends before a lower-case word (``Yahoo! in``, ``co. at``, ``"Great." she said``),
  but a line lettered as a list item (``b) Jobs grew``) starts a sentence, and so do a
  paragraph after a blank line (``... sales.`` then ``eBay said``) and a transcript's line
  whose label opens with a particle (``van der Berg: ...``);
- a title that stands before a name never ends a sentence (``Gen.``, ``Sen.``, ``Mr.``, ``Mt.``,
  British ``Rt. Hon.``, ``Pte.``, ``Cdr.``, ``Ald.``, Spanish and Italian ``Sra.``, ``sig.``,
  ``dott.``, also after a prefix: ``ex-Sen.``,
  ``Vice-Pres.``), nor does ``a.k.a.``;
- other abbreviations (``Jr.``, ``Inc.``, ``Corp.``, ``No.``, ``Jan.``, ``U.S.``, ``St.``:
  Saint, or Street at a sentence's end) and initials (``E.``) end one only before a word that
  usually starts a sentence (``The``, ``He``, ``How``...), never before a number, an amount or
  a section sign (``No. 4``, ``p. 55``, ``vs. $0.40``, ``U.S.C. § 1983``); a unit after its
  number (``23 mins.``, an estimate's ``$1.10 est.``) ends one before any capitalised word;
  ``a.m.`` and ``p.m.`` end one
  before any capitalised word but a day (also written short, with its full stop: ``Fri.``),
  month or time zone; a word written short inside brackets before the number that closes them
  ends none (``(Cat. 4)``); a title's bracket ends none (``Gen. (ret.) Ann Lee``); and the
  word ``no`` before anything but a number; the full stop of a day before a month
  (``13. September``, ``1. Mai``) ends nothing, nor does that of a day written short
  before its date (``Fri. Jan. 10``) or of degrees before their scale (``40 deg. C``), of a
  German ordinal after its article (``der 1. FC Köln``, ``im 2. Quartal``) or of a German
  street before its number (``Hauptstr. 5``);
- a state after a place (``Washington, D.C.``) ends a sentence before a capitalised word
  that is no title (``U.S.`` after a name is no state: ``Ann Lee, U.S. Secretary of State``);
  a full stop and a spaced dash on the same line after a state or a closing quote end none
  (a dateline ``BURLINGTON, Vt. — ...``, a signature ``"..." — Jane Doe``);
- a question or exclamation in quote marks that opens its sentence goes on before a name and
  a reporting verb, its attribution (``"Is it over?" Ann Lee asked.``);
- a three-dot ellipsis does not end a sentence; four dots (an ellipsis and a full stop) do;
  ``[...]`` marks an omission;
- a line break ends a sentence (a heading or list item needs no full stop), except a single
  break inside hard-wrapped prose: a line that does not end in punctuation, in a sentence that
  began with a capital letter, followed by a line that starts in lower case (or with a
  number or an amount, after a word that cannot end a sentence: ``funding for`` then
  ``2,000 new homes``);
- items of a list written on one line (``1. ... 2. ...``, ``a) ... b) ...``, ``• ...``) are
  sentences of their own, and the full stop of an item number ends nothing (such a list starts
  from ``1``, ``a`` or ``A``);
- the CJK marks ``。``, ``！`` and ``？`` end a sentence with or without a space after them,
  and so do those of other scripts: the Arabic ``؟``, Urdu ``۔``, Devanagari ``।`` and the Greek
  question mark (``;`` between a Greek word and a Greek capital).

Spans never include the white space around a sentence; the text between spans is white space
only, so the sentences and the gaps between them rebuild the text exactly.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclaims import Register, SentenceSplitter, Span, hookimpl
from newsclaims.default_plugins._construct import span as _span  # (unchecked: a span per sentence)
from newsclaims.default_plugins._words import words
from newsclaims.default_plugins.citations import DOMAIN

#: Titles written before a name: a full stop after them never ends a sentence. (Also the
#: Russian and Ukrainian ones, and their words of an address and of a name given to a place:
#: ``проф. Иванов``, ``ул. Тверской``, ``МГУ им. Ломоносова``, ``вул. Хрещатик``; and the
#: Greek ones: ``οδ. Σταδίου``, ``λεωφ. Κηφισίας``, ``καθ. Παπαδόπουλος``.)
_PREPOSITIVE = words(
    """
    adm amb asst atty brig capt cllr cmdr col cpl det dr fr gen gov gov't govs hon insp lt maj
    messrs mme mlle msgr mr mrs ms mssrs mt mx pfc pres prof pvt rep reps rev sen sens sgt supt sec
    rt pte cdr ald
    sra srta dra dña sig sigg sigra dott dottssa avv
    акад проф доц адм им ім св ул вул пр просп пров пер пл наб
    οδ λεωφ καθ δρ αγ
    """
)
#: Of those, the ones that are also Russian words: ``им`` ("to them": ``позвонили им. Они``)
#: is ``имени`` only after a capitalised word (``МГУ им. Ломоносова``) or before an initial,
#: and ``пр`` after ``и`` is "and so on" (``и пр. Полиция``), which ends its list.
_PREPOSITIVE_WORDS = frozenset(("им", "пр"))

#: Russian and Ukrainian "and so on" and "and the like", written short (``т.д.``, ``т.п.``,
#: ``т.ін.``): they end their list, and a capitalised word after them starts a sentence.
_LIST_ENDS = words("т.д т.п т.ін")

#: Other abbreviations: they end a sentence only before a typical sentence-starting word.
#: (``St.`` is one: "Saint" before a name, but also "Street" at a sentence's end, as in "at 10
#: Downing St. The prime minister"; no saint is named like a sentence starter, so "St. Louis"
#: and "St. Paul" stay whole.)
_ABBREVIATIONS = words(
    """
    ee al apr approx apt art arts asec assn assoc aug ave avg blvd bros ca cf ch chap cie co cong
    corp dec dept dist div ed eds engr esp est etc ext feb fig figs ft hrs hwy ibid inc intl jan
    jr jul jun lb lbs llc ltd mar max mfg mgr min mins misc mo mos n° nº natl no nos nov nr oct
    op oz pct phd plc pp sept sep sq sr st ste tel univ usec viz vol vols vs wk yr yrs esq
    """
)

#: Units among the abbreviations: in lower case after a number (``23 mins.``, not ``5 Ft.
#: Worth``) they end the quantity, and a capitalised word after them starts a sentence. (So
#: does an estimate's ``est.`` after its figure: ``$1.23 vs. $1.10 est. Revenue rose``.)
_UNITS = words("min mins hrs lb lbs oz ft wk yr yrs mo mos pct est")

#: Currency signs: before a digit they open an amount, which goes on like a number.
_CURRENCY = "$€£¥₹₩₱₦₽"

#: Words that usually start a sentence; after an abbreviation they signal a boundary.
_STARTERS = words(
    """
    A After All Also An And As At Being But By Did Do During For From He Her Here His How However
    I If In It Its Many Meanwhile Millions More Most No Not On One Our She Since So Some That The
    Their Then There These They This Those Thus To Under We What When Where Which While Who Why
    With Yet You
    """
)

#: Personal titles: a full stop after an upper-case multi-period abbreviation (``P.M.``) ends a
#: sentence before them, since no title follows such an abbreviation inside a sentence.
_PERSONAL_TITLES = frozenset(["Mr", "Mrs", "Ms", "Dr", "Prof"])

#: What follows ``a.m.`` or ``p.m.`` inside a sentence: a day, a month or a time zone. Before
#: any other capitalised word the time ends its sentence (``at 6:45 p.m. Passengers waited``).
_TIME_FOLLOWERS = words(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri
    Sat Sun January February March April May
    June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept
    Oct Nov Dec ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST CET CEST UTC IST JST KST
    SGT HKT AEST AEDT Eastern Central Mountain Pacific Local Moscow Beijing Tokyo Manila
    HST HDT AKST AKDT AST ADT NST NDT ACST ACDT AWST NZST NZDT WIB WITA PHT PHST ICT MYT PKT NPT
    MSK EET EEST WET WEST WAT CAT EAT SAST BRT ART CLT COT PET
    """
)

#: The days among them written short, which follow a time only with their full stop.
_SHORT_DAYS = words("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun")

#: Months after a day written as an ordinal with a full stop (``13. September``, ``1. Mai``:
#: German and Nordic dates), where the full stop ends nothing. (Not ``May`` or ``March``, which
#: open English sentences.)
_ORDINAL_MONTHS = words(
    """
    January February April June July August September October November December Januar Februar
    März Mai Juni Juli Oktober Dezember januar februar mars april mai juni juli august september
    oktober november desember december
    """
)

#: German articles (alone or joined to a preposition) before an ordinal written as a number
#: and a full stop, which ends nothing there (``der 1. FC Köln``, ``im 2. Quartal``).
_ORDINAL_ARTICLES = words(
    "der die das dem den des im am zum zur vom beim ins ans Der Die Das Im Am Beim Zum Zur Vom"
)

#: Words that open a German sentence, never a noun after an ordinal.
_GERMAN_STARTERS = words(
    """
    Der Die Das Den Dem Des Er Sie Es Ich Wir Ihr Man Doch Aber Dann Danach Auch Nach Bei In
    Im Am Zum Mit Für Auf Laut So Und Oder Dies Diese Dieser Dieses Ein Eine Einer Kein Keine
    Zudem Außerdem Trotzdem Deshalb Daher Wie Was Wer Wo Warum Als Wenn Weil Nun Jetzt Heute
    """
)

#: Titles that may follow a place's state inside a sentence ("Washington, D.C. Mayor ...").
_TITLES_AFTER_PLACE = words(
    """
    mayor mr mrs ms dr prof gov governor sen senator rep police chief council attorney judge
    sheriff state city county district
    """
)

#: Abbreviations of countries and unions after a name and a comma: an appositive's first word
#: (``Ann Lee, U.N. Secretary-General, said``), not a state after a place.
_NO_STATES = frozenset(("U.S", "U.K", "U.N", "E.U"))

#: Given names written short before the rest of a name (``Ma.`` for María, as Filipino names
#: are written: ``Dr. Ma. Elena Cruz``; ``Wm.``, ``Jos.``): see :func:`_given_name`.
_GIVEN_NAMES = words("ma wm chas jas jos thos geo robt")

#: Degrees written short after a number, and the scales that may follow them (``40 deg. C``).
_DEGREES = words("deg degs")
_SCALES = frozenset(("C", "F", "K"))

#: Words that cannot end a sentence (prepositions, articles, conjunctions): a line of
#: hard-wrapped prose that ends in one goes on into a next line that starts with a number
#: (``funding for`` then ``2,000 new homes``), where a heading or a list item would not.
_OPEN_ENDINGS = words(
    """
    a an the and or but nor of for to from with without by at in on into onto over under
    about above below than between among around across after before during until nearly
    almost some per via plus minus its their our your
    """
)

#: Months, also written short: after a day written short (``Fri. Jan. 10``) they go on.
_DATE_MONTHS = words(
    """
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    """
)

_SPECIAL = (
    _PREPOSITIVE | _ABBREVIATIONS | _GIVEN_NAMES | _DEGREES | {d.lower() for d in _SHORT_DAYS}
)
# A name and a reporting verb after a question or exclamation in quote marks that opens its
# sentence: its attribution ('"Is this it?" Lee asked.', '"Run!" Ann Lee shouted.'), not a new
# sentence. (A pronoun or another word that opens sentences does not count: '"Why?" She said
# nothing.')
_SPEAKER_AFTER = regex.compile(
    r"(?!(?:He|She|They|We|I|It|You|The|This|That|Nobody|No)\b)(?:\p{Lu}[\p{L}\p{M}'’.\-]*[ ]){1,3}"
    r"(?:said|says|asked|asks|told|shouted|screamed|yelled|cried|replied|wrote|added|wondered)\b",
    regex.VERSION1,
)
_OPENERS = "\"'“‘«‹([{"
_CLOSING_QUOTES = "\"'”’»›“«‹‘"

# Group 1: a line break with the white space after it; 2: an item number such as "2)"; 3: a
# bullet. Or group 4: the punctuation cluster; 5: closing quotes and brackets; 6: citation
# markers; 7: the white space after (None when a capitalised word follows with no space, or at
# the end of the text). Or group 8: CJK sentence-final punctuation (and that of other
# scripts, with the Latin marks written after them: "؟!", "؟..."), closing brackets and the
# citation markers after them.
_ITEM_NUMBER = r"(\)(?<=(?:^|[\s•⁃▪◦‣●])(?:\d{1,3}|[A-Za-z])\))(?=[^\S\n]+\S))"
_BULLET = r"([•⁃▪◦‣●])"
# Linear time: the alternatives inside each repetition never match the same text two ways
# (" ." needs its space, a superscript run is one digit per round, a space before one only
# after another), and the punctuation cluster starts only at the start of a run of marks, so
# 500,000 dots are not rescanned from each one.
# A Markdown link that cites the sentence (``. [Reuters](https://...)``, ``. ([AP](...))``)
# ends with the cluster's markers: its text is at most 200 characters and its URL holds no
# space or parenthesis but one pair, so it is read once. (``[1](https://...)``, which the
# bracket alternative starts, is taken by this one when the bracket's fails on the ``(``.)
# So does a site's domain in brackets, as answer engines cite (``. [abc.net.au] Next``), and
# a caret's numbers (``. ^1 Next``), and numbers in parentheses glued to the stop (``.(1)
# Next``; spaced, ``. (1) A levy``, they open a list's item).
_SCAN_TEMPLATE = r"""
    ([\n\r\u2028\u2029]\s*)
    |
    LIST
    |
    (?<![.!?…‽])([.!?…‽](?:[ ]\.|[.!?…‽])*)
    ((?:[\"'”’»›)\]]|[“«‹‘](?=[\s\[]|\Z)|[ \u00a0\u202f][»›](?![\p{L}\p{N}]))*)
    ((?:[ ]?\[\d{1,4}(?::\d{1,4}(?=†))?(?:[ ]?[-–,;][ ]?\d{1,4})*(?:†[^\]\n]{0,200})?\]
    |[ ]?\[\^[^\s\[\]^]{1,40}\^?\]
    |[ ]?【[0-9０-９]{1,4}(?::[0-9]{1,4}(?=†))?(?:[ ]?[-–—,;、，][ ]?[0-9０-９]{1,4})*
      (?:†[^】\n]{0,200})?】
    |[ ]?[⁰¹²³⁴-⁹]
    |\^\d{1,3}(?:[-–,][ ]?\d{1,3})*\^?
    |\(\d{1,3}(?:[-–,][ ]?\d{1,3})*\)
    |(?:[,;]?[ ])?\(?\[[^\[\]\n^]{1,200}\]\((?:https?://|www\.)[^\s()]*(?:\([^\s()]*\)[^\s()]*)?\)\)?
    |[ ]?[\[(]DOMAIN(?:[ ]?[,;][ ]?DOMAIN)*[\])])*)
    (?:(\s+)|\Z|(?=\p{Lu}\p{Ll}))
    |
    ([。！？｡؟۔।॥;\u037e։።။]+[!?.…]*(?:[」』”’)）»]|"(?=\s|\Z|[\[【]))*
    (?:[ ]?\[\d{1,4}(?:[ ]?[-–,;][ ]?\d{1,4})*\]|[ ]?\[\^[^\s\[\]^]{1,40}\^?\]
    |[ ]?【[0-9０-９]{1,4}(?:[ ]?[-–—,;、，][ ]?[0-9０-９]{1,4})*】|[⁰¹²³⁴-⁹])*)
"""
_SCAN_TEMPLATE = _SCAN_TEMPLATE.replace("DOMAIN", DOMAIN)
_SCAN = regex.compile(
    _SCAN_TEMPLATE.replace("LIST", f"{_ITEM_NUMBER}|{_BULLET}"), regex.VERSION1 | regex.VERBOSE
)
# The same scan for the many texts with no bullet at all, about a fifth faster: group 3 is an
# optional group that never matches (no text holds NUL), so the groups keep their numbers.
_SCAN_NO_BULLETS = regex.compile(
    _SCAN_TEMPLATE.replace("LIST", _ITEM_NUMBER + r"(\x00)?"),
    regex.VERSION1 | regex.VERBOSE,
)

# The white-space-free token that ends at ``endpos`` (reverse match anchors at ``endpos``).
_TOKEN_BEFORE = regex.compile(r"(?r)\S*")
_NEXT_WORD = regex.compile(r"[\"'“‘«(\[]*(\p{L}+)")
# A transcript's turn whose label opens with a name's particle: ``van der Berg: We ...``.
_PARTICLE_LABEL = regex.compile(
    r"(?:(?:van|von|de|der|den|del|da|di|du|la|le|al|bin|dela|delos|ter|ten)[ ]){1,2}"
    r"\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*){0,2}:[ ]"
)
_TOKEN_AFTER = regex.compile(r"\S*")
_MULTI_PERIOD = regex.compile(r"\p{L}{1,3}(?:\.\p{L}{1,3})+")

_BULLETS = "•⁃▪◦‣●"
# The sentence-final marks of other scripts, which end a sentence with or without a space
# after them, as the CJK ones do: the Arabic question mark (also Persian and Urdu) and Urdu
# full stop, the Devanagari danda and double danda (Hindi, Marathi, Nepali), the Greek
# question mark (U+037E; Greek text most often writes it as ";", read where a Greek letter
# stands before it and a Greek capital after its space), the Armenian full stop, the
# Ethiopic one and the Myanmar section mark.
_OTHER_STOPS = "؟۔।॥\u037e։።။"
# A reporting verb after a quotation that opens its sentence and ends with one of those marks
# and its closing quote: first (Arabic, Hebrew: ``«...؟» قال X``) or last in its clause
# (Persian, Hindi: ``"...।" X ने कहा।``).
_SCRIPT_SPEAKER_AFTER = regex.compile(
    r"[،,]?[ ]?(?:[وف]?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|صرح|صرّح|صرحت|أوضح|أوضحت|تابع|تابعت"
    r"|أعلن|أعلنت)|אמר|אמרה|הוסיף|הוסיפה|ציין|ציינה|הסביר|הסבירה|מסר|מסרה|הדגיש|הדגישה)[ ]"
    r"|[،,]?[ ]?[^.،,«»\"“”؟!।\s][^.،,«»\"“”؟!।\n]{0,60}?[ ](?:ने[ ])?"
    r"(?:گفت|افزود|تاکید کرد|تأکید کرد|اظهار داشت|اعلام کرد|कहा|बताया|जोड़ा)[ ]?(?:[.।۔]|$)",
    regex.VERSION1,
)
# The characters a match of the scan starts with (besides the bullets), and those of a cluster.
_FIRST = "\n\r\u2028\u2029).!?…‽。！？｡;" + _OTHER_STOPS
_CLUSTER = ".!?…‽"
_GREEK = regex.compile(r"\p{Greek}")
_GREEK_CAPITAL = regex.compile(r"[\p{Greek}&&\p{Lu}]", regex.VERSION1)
# What follows ". " with a rule of its own: an opening quote or bracket (the word after it
# decides), a dash, a full stop (a spaced ellipsis), a closing quote or a citation marker.
_OWN_RULE = frozenset(_OPENERS + ".»›[【—–")
# The opening quotes and brackets after which the word that follows decides (see ``_stop``:
# not "[", which may open a citation marker, nor those the next word pattern does not skip).
_WORD_OPENERS = frozenset("\"'“‘«(")
_NEXT_WORD_OPENERS = frozenset("\"'“‘«([")
# The closing quotes and brackets of a cluster (one at a time; "" for the end of the text).
_QUOTE_RUN = frozenset("\"'”’»›)]“«‹‘")
# Spans made without their checks, which those of the fast paths pass by construction (each
# slot set through its descriptor, inline: a span per sentence).
_NEW = object.__new__
_START, _END = vars(Span)["start"].__set__, vars(Span)["end"].__set__
# The numbers of a list's first item (1, a, A): a list within a line starts from one of them,
# so "Am 12. bis 13. September" (German dates) is no list.
_FIRST_ITEMS = frozenset((1, ord("a"), ord("A")))
# How far the next item number of an inline list, or a token without spaces, is looked for;
# and how far a pattern matched after a full stop may reach (a bound, as the ``regex`` module's
# match looks for a pattern's required character, such as the ")" of "(Fig. 3)", up to the
# end of the text: at each abbreviation or initial, time quadratic in the text's length).
_ITEM_WINDOW = 2000
_TOKEN_WINDOW = 200


def split(text: str) -> Iterator[Span]:
    """Yield the spans of the sentences of ``text``, in order, without surrounding space."""
    n = len(text)
    start = 0
    while start < n and text[start].isspace():
        start += 1
    if start == n:
        return
    special = _SPECIAL
    items = _Items()
    # ``start`` is where the current sentence starts; each cut ends it and starts the next.
    bullets = any(b in text for b in _BULLETS)
    scan = _SCAN if bullets else _SCAN_NO_BULLETS
    scanned = start  # the scan's next match starts here or later
    for pos in _candidates(text, start, _FIRST + _BULLETS if bullets else _FIRST):
        if pos < scanned:
            continue
        # The two commonest matches, ". " before a capital and line breaks (with a full stop,
        # ! or ? before them), are told from the characters here without running the scan.
        ch = text[pos]
        # (Speed: one character read by its index, not a slice, about half the cost.)
        nxt = text[pos + 1] if pos + 1 < n else ""
        if nxt == " " and ch == "." and (pos == 0 or text[pos - 1] not in _CLUSTER):
            # The scan matches ". " alone before a character with no rule of its own (no
            # cluster, quote, marker or more space goes on); after a plain word, it ends a
            # sentence before anything but a lower-case letter.
            # Before an opening quote or bracket, the word after it decides (read here when
            # it opens with an ASCII character: ''.isascii() at the end of the text).
            # (Speed: the commonest candidate, tested first, with few calls: an ASCII capital
            # after it, the commonest, is told by comparisons alone.)
            follow = text[pos + 2] if pos + 2 < n else ""
            going_on: bool | None = None
            if "A" <= follow <= "Z":
                going_on = False
            elif follow in _WORD_OPENERS:
                word = pos + 3
                while text[word : word + 1] in _NEXT_WORD_OPENERS:
                    word += 1
                letter = text[word : word + 1]
                # (A "[" among the openers may open a link that cites the sentence, as
                # AI assistants write "... rose. ([reuters.com](https://...))", and a "(" a
                # site's domain, "... rose. (afr.com) Next": the scan decides.)
                if letter.isascii() and text[word - 1] not in "[(":
                    going_on = letter.islower()
            elif (
                follow and follow not in _OWN_RULE and not follow.isspace() and not follow.isdigit()
            ):
                # (A number after it is left to the scan: "(see Tab. 3)", in brackets.)
                # (A word in lower case goes on, but not a brand's capital after its first
                # letter: "Revenue grew. iPhone sales rose", "eBay".)
                going_on = follow.islower() and not text[pos + 3 : pos + 4].isupper()
            if going_on is not None:
                space = text.rfind(" ", start, pos)
                first = start if space < 0 else space + 1
                if (
                    pos - first > 1
                    and (token := text[first:pos]).isalpha()
                    and token.lower() not in special
                ):
                    if going_on:
                        scanned = pos + 2
                        continue
                    out = _NEW(Span)
                    _START(out, start)
                    _END(out, pos + 1)
                    yield out
                    start = scanned = pos + 2
                    continue
        elif ch == ")":
            if not nxt.isspace():
                continue  # an item number's ")" has space after it
        elif ch == ";":
            # A Greek question mark written as a semicolon, between a Greek word and a
            # Greek capital ("Θα υπάρξουν μειώσεις; Οι αναλυτές"); any other ends nothing.
            if not (
                nxt == " "
                and pos > 0
                and _GREEK.match(text[pos - 1])
                and _GREEK_CAPITAL.match(text, pos + 2)
            ):
                continue
        elif ch == "." and (nxt.islower() or nxt.isdecimal()):
            continue  # "3.5", "e.g.": no cluster, quote, marker or space goes on from here
        elif (ch == "\n" or (ch in ".!?" and (pos == 0 or text[pos - 1] not in _CLUSTER))) and (
            ch == "\n" or nxt == "\n" or nxt in _QUOTE_RUN
        ):
            # The scan matches the line breaks and the white space after them (after a
            # full stop and the closing quotes or brackets after it); these are decided
            # here when only line breaks stand before the next non-space.
            end = after = pos + 1
            if ch != "\n":
                if nxt == "\n":
                    after += 1  # (speed: the commonest, ".\n", without slices)
                else:
                    while text[after : after + 1] in _QUOTE_RUN:
                        after += 1
                    end = after
                    if text[after : after + 1] != "\n":
                        after = -1  # (the scan decides)
                    else:
                        after += 1
            if after >= 0:
                while after < n and text[after] == "\n":
                    after += 1
                if (
                    after == n
                    or "A" <= (letter := text[after]) <= "Z"
                    or not (
                        letter.isspace()
                        or letter.islower()
                        or (
                            ch == "\n"
                            and (letter.isdigit() or letter in _CURRENCY)
                            and _wraps_into_number(text, start, pos, after)
                        )
                    )
                ):
                    if ch == "\n":
                        end = pos
                        while end > start and text[end - 1].isspace():
                            end -= 1
                    if end > start:
                        out = _NEW(Span)
                        _START(out, start)
                        _END(out, end)
                        yield out
                    start = scanned = after
                    continue
        if (
            ch == "."
            and "A" <= nxt <= "Z"
            and (two := text[pos + 2 : pos + 3]).isascii()
            and not two.islower()
        ):
            continue  # "U.S": only a capital and a lower-case letter go on ("world.Today")
        if (
            nxt == ""
            and ch in _CLUSTER
            and (ch != "." or (pos - 2 >= start and text[pos - 2 : pos].isalpha()))
        ):
            # (Speed: the text's last character, most often a full stop: no cut, the text's end
            # ends the sentence; but the full stop of a list's item number, "... 2.", is read.)
            continue
        m = scan.match(text, pos)
        if m is None:
            continue
        pstart, after = m.span()
        scanned = after
        whole = m.group()
        # The common cases first, decided here.
        if whole == ". " and after < n and text[after].isupper():
            # ". " between a plain word and a capital letter.
            token = text[max(text.rfind(" ", start, pstart) + 1, start) : pstart]
            if len(token) > 1 and token.isalpha() and token.lower() not in special:
                yield Span(start, pstart + 1)
                start = after
                continue
        elif whole[-1] == "\n" and (after == n or not text[after].islower()):
            if whole[0] in ".!?":
                # A full stop (or ! or ?) that ends a line ends its sentence.
                yield Span(start, pstart + len(whole.rstrip()))
                start = after
                continue
            if whole[0] == "\n" and (
                after == n
                or not (text[after].isdigit() or text[after] in _CURRENCY)
                or not _wraps_into_number(text, start, pstart, after)
            ):
                # A line break before anything but a lower-case letter (or a number that
                # wrapped prose goes on into).
                end = pstart
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    yield Span(start, end)
                start = after
                continue
        cut: tuple[int, int] | None
        if m.start(8) >= 0:
            # A CJK full stop, exclamation or question mark ends a sentence, space or not.
            next_start = after
            while next_start < n and text[next_start].isspace():
                next_start += 1
            cut = (after, next_start)
            if (
                whole[-1] in _CLOSING_QUOTES
                and whole[0] in _OTHER_STOPS
                and text[start] in _OPENERS
                and next_start > after
                and _SCRIPT_SPEAKER_AFTER.match(text, next_start, next_start + 100) is not None
            ):
                # '«هل سنرفع الضرائب؟» قال الوزير.', '"...।" गवर्नर ने कहा।': the quotation's
                # attribution follows, as after '"Is this it?" Lee asked.'
                cut = None
        elif m.start(1) >= 0:
            cut = _line_break(text, m, start)
        elif m.start(2) >= 0 or m.start(3) >= 0:
            cut = items.mark(text, pstart, m.start(3) >= 0)
        else:
            cut = None
            if m.group(4) == "." and not m.group(6):
                token = _TOKEN_BEFORE.match(
                    text, max(start, pstart - _TOKEN_WINDOW), pstart
                ).group()  # type: ignore[union-attr]
                value = token.lstrip(_BULLETS)
                if (
                    (len(value) == 1 and value.isalpha()) or (len(value) <= 3 and value.isdecimal())
                ) and items.is_item(text, pstart - len(value), value, m.group(5)[:1] == ")"):
                    cut = items.cut
                else:
                    cut = _stop(text, m, start)
            else:
                cut = _stop(text, m, start)
        if cut is not None:
            end, next_start = cut
            if end > start:
                yield Span(start, end)
            if next_start > start:
                start = next_start
    end = n
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield _span(start, end)


class _Items:
    """List items met so far in one scan: which item numbers end nothing, where items start.

    An item number at the start of a line (or after a bullet) is always one. Within a line, a
    number is an item number only next to the item number before or after it on that line, of
    the same style (``1. ... 2. ...``, ``a) ... b) ...``), with words between the two, and the
    list starts from 1, ``a`` or ``A``, so ``p. 55``, ``at 5. The``, German dates (``Am 12.
    bis 13. September``) and initials in a row (``J. K. Rowling``, ``A. B. Smith``) stay
    prose. A bullet within a line starts a new item.
    """

    def __init__(self) -> None:
        self.last: tuple[int, str, bool, int] | None = None
        self._last_end = 0  # the offset just after the last item number's mark
        self.cut: tuple[int, int] | None = None
        self._line = 0  # the start of the line of the last position asked about
        self._seen = 0  # everything before this offset has been searched for line breaks

    def _line_of(self, text: str, pos: int) -> int:
        """The start of the line ``pos`` is on (positions come in increasing order)."""
        found = max(text.rfind("\n", self._seen, pos), text.rfind("\r", self._seen, pos))
        if found >= 0:
            self._line = found + 1
        self._seen = pos
        return self._line

    def _opens_line(self, text: str, pos: int) -> bool:
        """Tell whether only white space, or a bullet, stands before ``pos`` on its line."""
        line = self._line_of(text, pos)
        j = pos - 1
        while j >= line and text[j].isspace():
            j -= 1
        return j < line or text[j] in _BULLETS

    def is_item(self, text: str, value_start: int, value: str, paren: bool) -> bool:
        """Tell whether ``value`` at ``value_start`` numbers a list item; set :attr:`cut`."""
        head = self._opens_line(text, value_start)
        line = self._line
        kind = "d" if value.isdecimal() else ("l" if value.islower() else "u")
        number = int(value) if kind == "d" else ord(value)
        self.cut = None
        mark_end = value_start + len(value) + 1
        if head:
            self.last = (line, kind, paren, number)
            self._last_end = mark_end
            return True
        if (
            self.last == (line, kind, paren, number - 1)
            and not text[self._last_end : value_start].isspace()
        ) or (number in _FIRST_ITEMS and self._next_follows(text, mark_end, number, kind, paren)):
            self.last = (line, kind, paren, number)
            self._last_end = mark_end
            self.cut = (_rtrim(text, value_start), value_start)
            return True
        return False

    @staticmethod
    def _next_follows(text: str, pos: int, number: int, kind: str, paren: bool) -> bool:
        """Tell whether the next item number of the same style follows on the same line, after
        a word at least (``pos`` is just after this item's mark)."""
        nxt = str(number + 1) if kind == "d" else chr(number + 1)
        pos += 1
        window = min(len(text), pos + _ITEM_WINDOW)
        stop = text.find("\n", pos, window)
        stop = window if stop < 0 else stop
        targets = (f" {nxt})", f" {nxt}.)") if paren else (f" {nxt}. ",)
        return any(text.find(t, pos, stop) >= 0 for t in targets)

    def mark(self, text: str, pos: int, bullet: bool) -> tuple[int, int] | None:
        """A bullet, or the ``)`` of an item number such as ``2)``: the cut before it, if any."""
        if bullet:
            return None if self._opens_line(text, pos) else (_rtrim(text, pos), pos)
        value_start = pos - 1
        while value_start > 0 and text[value_start - 1].isdecimal():
            value_start -= 1
        if text[pos - 1] == ".":
            return None  # "1.)": its full stop was decided already
        self.is_item(text, value_start, text[value_start:pos], True)
        return self.cut


def _candidates(text: str, start: int, chars: str) -> list[int]:
    """The offsets from ``start`` on of ``chars`` (where a match of the scan can start), in
    order: C-level scans for each, far faster than the scan over every character."""
    out = []
    for ch in chars:
        pos = text.find(ch, start)
        while pos >= 0:
            out.append(pos)
            pos = text.find(ch, pos + 1)
    out.sort()
    return out


def _line_break(text: str, m: regex.Match[str], start: int) -> tuple[int, int] | None:
    end = m.start()
    after = m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if (
        after < len(text)
        and (text[after].islower() or _wraps_into_number(text, start, m.start(), after))
        and m.group().count("\n") <= 1
        and "\n" not in m.group()[1:]
        and end > start
        and not _letter_item(text, after)
    ):
        # Hard-wrapped prose: a sentence that began with a capital letter and whose line ends in
        # a word (or a comma) goes on when the next line starts in lower case.
        last = text[end - 1]
        i = start
        while i < end and text[i] in _OPENERS:
            i += 1
        first = text[i]
        if (last.isalnum() or last == ",") and first.isupper():
            return None
    return end, after


def _wraps_into_number(text: str, start: int, brk: int, after: int) -> bool:
    """Tell whether the line that starts at ``after`` with a number (or an amount) goes on the
    hard-wrapped sentence from ``start``, whose line breaks at ``brk``: once, and its line
    ends in a word that cannot end a sentence (``funding for`` then ``2,000 new homes``; see
    :data:`_OPEN_ENDINGS`) after three words at least, and the number numbers no list item
    (``1. Schools``, ``2) ...``)."""
    if not (text[after : after + 1].isdigit() or text[after + 1 : after + 2].isdigit()):
        return False
    if text.count("\n", brk, after) > 1 or text[brk:after].strip(" \t\n"):
        return False
    j = after
    while j < len(text) and text[j].isdigit():
        j += 1
    if text[j : j + 2] in (". ", ") ") or text[j : j + 1] == ")":
        return False
    end = _rtrim(text, brk)
    word = text[max(text.rfind(" ", start, end) + 1, start) : end]
    if word not in _OPEN_ENDINGS:
        return False
    # A line of several words, a sentence's part: not a short label over its value ("Votes
    # for" over "12,345").
    line = max(text.rfind("\n", start, end) + 1, start)
    return text.count(" ", line, end) >= 3


def _stop(text: str, m: regex.Match[str], start: int) -> tuple[int, int] | None:
    """Decide whether the punctuation cluster of ``m`` ends a sentence."""
    after = m.end()
    if after >= len(text):
        return None
    ws = m.group(7)
    if ws is None:
        return _no_space(text, m, start)
    nx = text[after]
    # (A blank line after the punctuation is a paragraph's end: the next paragraph starts a
    # sentence even in lower case, "eBay said", as wrapped prose never does.)
    if nx in _OPENERS:
        word = _NEXT_WORD.match(text, after)
        if word is not None and word.group(1)[0].islower() and ws.count("\n") < 2:
            return None
    elif (
        nx.islower()
        and not text[after + 1 : after + 2].isupper()  # ("iPhone", "eBay" open sentences)
        and ws.count("\n") < 2
        and not ("\n" in ws and (_letter_item(text, after) or _PARTICLE_LABEL.match(text, after)))
    ):
        return None
    elif (
        nx in "—–"
        and text[after + 1 : after + 2] == " "
        and "\n" not in ws
        and (m.end(5) > m.end(4) or _state_before(text, m.start(), start))
    ):
        # A spaced dash on the same line goes on after a quotation (its signature: '"... in
        # November." — Vincent Kompany') or a state (a dateline: "BURLINGTON, Vt. — Margaret");
        # elsewhere it may resume a quotation, as Russian dialogue does.
        return None
    if "\n" in ws or "\r" in ws:
        return m.end(6), after
    cluster = m.group(4)
    pstart = m.start()
    if cluster == ".":
        if m.group(5) == ")" and _title_bracket(text, pstart, start):
            return None  # "Gen. (ret.) Jane Doe": a title's bracket, before the name
        if m.end(5) > m.end(4) or m.end(6) > m.end(5) or _ends_after_word(text, pstart, start, m):
            return m.end(6), after
        return None
    if "!" in cluster or "?" in cluster or "‽" in cluster:
        if (
            m.end(5) > m.end(4)
            and text[start] in _OPENERS
            and _SPEAKER_AFTER.match(text, after, after + _TOKEN_WINDOW) is not None
        ):
            return None  # '"Is this it?" Lee asked.': the quotation's attribution follows
        return m.end(6), after
    dots = cluster.count(".") + 3 * cluster.count("…")
    if dots < 4:
        if pstart > 0 and text[pstart - 1] == "[" and m.group(5)[:1] == "]":
            return None  # "[...]" marks an omission
        # An ellipsis ends a sentence only where a closing quote follows it.
        if any(c in _CLOSING_QUOTES for c in m.group(5)):
            return m.end(6), after
        return None
    if cluster[1] == " " and pstart > 0 and not text[pstart - 1].isspace():
        # "word. . . . Next": the full stop ends the sentence, the ellipsis opens the next one.
        return pstart + 1, pstart + 2
    return m.end(6), after


def _title_bracket(text: str, pstart: int, start: int) -> bool:
    """Tell whether the full stop at ``pstart`` ends a word of its own in brackets after a
    title that stands before a name (``Gen. (ret.)``, ``Lt. Col. (Ret.)``): the title's
    bracket, which the name follows, not a sentence's."""
    opened = text.rfind("(", max(start, pstart - 8), pstart)
    if opened < 2 or not text[opened + 1 : pstart].isalpha() or text[opened - 1] != " ":
        return False
    title = text[max(text.rfind(" ", start, opened - 1) + 1, start) : opened - 1]
    return title.endswith(".") and title[:-1].lower() in _PREPOSITIVE


#: A number that closes the bracket it stands in: ``4)``, ``3.1)``, ``2b)``.
_BRACKETED_NUMBER = regex.compile(r"\d[\d.,]*[a-z]?\)")


def _ends_after_word(text: str, pstart: int, start: int, m: regex.Match[str]) -> bool:
    """Tell whether a lone full stop followed by space and a non-lower-case word ends a sentence."""
    tok_match = _TOKEN_BEFORE.match(text, max(start, pstart - _TOKEN_WINDOW), pstart)
    token = tok_match.group() if tok_match is not None else ""
    token = token.lstrip(_OPENERS)
    if not token:
        return True
    if (
        token.isalpha()
        and _BRACKETED_NUMBER.match(text, m.end(), m.end() + _TOKEN_WINDOW) is not None
        and text.rfind("(", start, pstart) > text.rfind(")", start, pstart)
    ):
        return False  # "(Cat. 4)", "(see Fig. 3)": a word written short and its number, in brackets
    low = token.lower()
    if low in _PREPOSITIVE:
        return low in _PREPOSITIVE_WORDS and _word_not_title(text, low, pstart, start, m)
    if (
        "-" in token
        and (title := token.rpartition("-")[2])[:1].isupper()
        and title.lower() in _PREPOSITIVE
    ):
        return False  # after a prefix: "ex-Sen.", "Vice-Pres." (not "next-gen.")
    nx = text[m.end()]
    # A number goes on the abbreviation's phrase ("No. 4", "p. 55"), and so do a section or
    # paragraph sign, which stands for one ("42 U.S.C. § 1983"), and an amount ("$0.42 vs.
    # $0.40 expected", "U.S. $1.2 billion").
    number = (
        nx.isdigit()
        or nx in "§¶"
        or (nx in _CURRENCY and text[m.end() + 1 : m.end() + 2].isdigit())
    )
    if token in _SHORT_DAYS:
        # A day written short before its date goes on ("Fri. Jan. 10", "Sat. 4 May"); a
        # capitalised word after it otherwise ends the sentence.
        # (Not a name: "reported by the Sun. May said", "told the Sun. June Sarpong".)
        tstart = pstart - len(token)
        if text[max(start, tstart - 4) : tstart] in ("the ", "The "):
            return True
        if number:
            return False
        word = _NEXT_WORD.match(text, m.end())
        if word is None or word.group(1) not in _DATE_MONTHS:
            return True
        day = text[word.end(1) : word.end(1) + 3].lstrip(". ")
        return not day[:1].isdigit()
    if low in _DEGREES:
        # "40 deg. C", "104 deg. Fahrenheit": the scale goes on the quantity.
        word = _NEXT_WORD.match(text, m.end())
        scale = word is not None and (
            word.group(1) in _SCALES or word.group(1) in ("Celsius", "Fahrenheit", "Kelvin")
        )
        return not (number or scale)
    if low in _GIVEN_NAMES:
        return _given_name(text, token, pstart - len(token), start, m)
    if low in _ABBREVIATIONS:
        if token in ("no", "nos"):
            return not number  # the word "no" ("She said no. Sen. Paul agreed."), not No.
        if token in _UNITS and tok_match is not None and _after_number(text, tok_match.start()):
            # A unit after its number ends the quantity: a capitalised word after it starts a
            # sentence ("ahead on 23 mins. Dessers levelled", "weighs 12 lbs. Vets say").
            return not number
        return not number and _starter(text, m.end())
    if len(token) == 1 and token.isalpha():
        # An initial ("Jonas E. Smith") or a one-letter abbreviation ("p. 55").
        return not number and _starter(text, m.end())
    if "." in token and _MULTI_PERIOD.fullmatch(token) is not None:
        if number:
            return False
        word = _NEXT_WORD.match(text, m.end())
        if word is None:
            return True
        following = word.group(1)
        if low == "a.k.a":
            return False  # "a.k.a. The Weeknd": a name follows
        if low in _LIST_ENDS:
            return True  # "и т.д. Затем": "and so on" ends its list, and the sentence
        if low in ("a.m", "p.m") and (token.isupper() or following not in _PERSONAL_TITLES):
            if following in _SHORT_DAYS:
                # A day written short has its full stop ("6 p.m. Fri."): "Sun Yang" is a name.
                return not text.startswith(".", word.end(1))
            return following not in _TIME_FOLLOWERS  # (a title after "a.m.": as below)
        if token.isupper() and text[m.end()].isupper() and _state_before(text, m.start(), start):
            # A state after a place ("Washington, D.C.", "Sioux Falls, S.D.") ends a noun
            # phrase: a capitalised word after it starts a sentence, unless a title.
            return following.lower() not in _TITLES_AFTER_PLACE
        return following in _STARTERS or (token.isupper() and following in _PERSONAL_TITLES)
    if len(token) <= 2 and token.isdecimal():
        word = _NEXT_WORD.match(text, m.end())
        if word is not None and word.group(1) in _ORDINAL_MONTHS:
            return False
        # A German ordinal after its article ("der 1. FC Köln", "im 2. Quartal", "zum 3. Mal"),
        # before a noun, not a word that opens a sentence ("am 5. Die Tür war zu").
        return (
            not _ordinal_article(text, start, pstart - len(token) - 1)
            or word is None
            or word.group(1) in _GERMAN_STARTERS
        )
    # (Not a German street before its house number: "Hauptstr. 5".)
    return not (number and token[:1].isupper() and low.endswith("str") and len(token) > 5)


def _word_not_title(text: str, low: str, pstart: int, start: int, m: regex.Match[str]) -> bool:
    """Tell whether ``им`` or ``пр`` (``low``, ending at ``pstart``, in the sentence from
    ``start``) is a word, not a title (see ``_PREPOSITIVE_WORDS``): its full stop then ends
    the sentence before the capitalised word at ``m.end()``."""
    tstart = pstart - len(low)
    space = text.rfind(" ", start, tstart - 1)
    before = text[max(space + 1, start) : tstart - 1] if tstart - 1 > start else ""
    if low == "пр":
        return before in ("и", "И")
    initial = text[m.end() + 1 : m.end() + 2] == "."
    return not (before[:1].isupper() or initial)


def _ordinal_article(text: str, start: int, end: int) -> bool:
    """Tell whether the word ending at ``end`` (in the sentence from ``start``) is a German
    article of ``_ORDINAL_ARTICLES``. Only a few characters are read. English ``am`` after
    ``I`` (``I am 12. Sarah is 10``) is none."""
    lo = max(start, end - 6)
    seg = text[lo:end]
    if not seg or seg[-1].isspace():
        return False
    parts = seg.split()
    if len(parts) == 1 and seg[0] == parts[0][0] and lo > start and not text[lo - 1].isspace():
        return False  # the end of a longer word
    word = parts[-1]
    if word not in _ORDINAL_ARTICLES:
        return False
    if word == "am":
        before = text[max(start, end - 5) : end - 2]
        return not (before.endswith("I ") and (len(before) == 2 or not before[-3].isalnum()))
    return True


# Two capitalised words: the rest of a name after a given name written short ("Elena Cruz").
_TWO_NAME_WORDS = regex.compile(r"\p{Lu}[\p{L}\p{M}'’.\-]*[ ]\p{Lu}", regex.VERSION1)


def _given_name(text: str, token: str, tstart: int, start: int, m: regex.Match[str]) -> bool:
    """Tell whether the full stop of a short given name (``Ma.``, see ``_GIVEN_NAMES``) at
    ``m`` (``token``, at ``tstart``, in the sentence from ``start``) ends its sentence. It
    abbreviates the name only written capitalised (not ``MA.``, a state or a degree), before
    two capitalised words (the rest of the name) and not after a capitalised word of its
    sentence that is no title: in ``Dr. Ma. Elena Cruz`` and ``Ma. Elena Cruz said`` it ends
    nothing, but it does as a surname (``said Jack Ma. Alibaba Group``). It then ends one
    only before a word that usually starts a sentence, as other abbreviations do."""
    if not (token[0].isupper() and token[1:].islower()) or not _TWO_NAME_WORDS.match(
        text, m.end(), m.end() + _TOKEN_WINDOW
    ):
        return True
    space = text.rfind(" ", start, tstart - 1)
    before = text[max(space + 1, start) : tstart - 1] if tstart > start else ""
    if before[:1].isupper() and before.rstrip(".").lower() not in _PREPOSITIVE:
        return True
    return _starter(text, m.end())


def _after_number(text: str, pos: int) -> bool:
    """Tell whether the token at ``pos`` follows a number and a space (``23 mins``)."""
    return pos >= 2 and text[pos - 1] == " " and text[pos - 2].isdigit()


def _state_before(text: str, pstart: int, start: int) -> bool:
    """Tell whether the full stop at ``pstart`` ends a state's abbreviation after a place and a
    comma (``Washington, D.C.``, ``Dekalb, Ill.``): a capitalised token of at most six
    characters, after a comma that follows a capitalised word."""
    space = text.rfind(" ", start, pstart)
    token = text[space + 1 : pstart]
    if space < start + 2 or not (0 < len(token) <= 6 and token[0].isupper()):
        return False
    if token in _NO_STATES:
        return False  # "Marco Rubio, U.S. Secretary of State": a country, in an appositive
    if text[space - 1] != ",":
        return False
    word = text.rfind(" ", start, space - 1)
    return text[word + 1 : word + 2].isupper()


def _letter_item(text: str, pos: int) -> bool:
    """Tell whether a line that starts at ``pos`` in lower case is a list item lettered ``a)``
    or ``b.``, followed by a capital, a quote mark or a bracket (not wrapped prose: ``p. 55``)."""
    return (
        text[pos : pos + 1].isascii()
        and text[pos + 1 : pos + 3] in (") ", ". ")
        and (text[pos + 3 : pos + 4].isupper() or text[pos + 3 : pos + 4] in _OPENERS)
    )


def _starter(text: str, pos: int) -> bool:
    word = _NEXT_WORD.match(text, pos)
    return word is None or word.group(1) in _STARTERS


def _no_space(text: str, m: regex.Match[str], start: int) -> tuple[int, int] | None:
    """``world.Today``: a boundary with no space, unless inside an address or abbreviation."""
    pstart = m.start()
    if m.group(4) != "." or pstart == 0:
        return None
    before = text[pstart - 1]
    if not (before.islower() or before.isdigit()):
        return None
    tok_match = _TOKEN_BEFORE.match(text, max(0, pstart - _TOKEN_WINDOW), pstart)
    token = tok_match.group() if tok_match is not None else ""
    after = _TOKEN_AFTER.match(text, m.end(), m.end() + _TOKEN_WINDOW)
    rest = after.group() if after is not None else ""
    whole = token + rest
    if "@" in whole or "/" in whole or whole.lower().startswith("www"):
        return None
    own = _TOKEN_BEFORE.match(text, max(start, pstart - _TOKEN_WINDOW), pstart)
    word = (own.group() if own is not None else "").lstrip(_OPENERS).lower()
    if word in _PREPOSITIVE or word in _ABBREVIATIONS or "." in word:
        return None
    return m.end(), m.end()


def _rtrim(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


@hookimpl(trylast=True)
def newsclaims_register_sentence_splitters(register: Register[SentenceSplitter]) -> None:
    register("rules", split)

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
   related-links box inside a long article does not, nor does a box under a teaser's label
   (``Related:``) after which the article goes on.
3. Everything outside that block goes, except lines that are structure another plugin labels:
   lines with citation markers or reference entries (``[1] Title``) and numbered lists
   (``1. ...``) are always kept, but for numbered titles under a teaser's label alone
   (``Most read``) that link nowhere.
4. Inside the block, runs of several short lines go (link lists, bylines) unless they are the
   article's own list (a lead-in with a colon, items of one shape), and so do lines
   that are page furniture by what they are: captions with a photo or agency credit, repeated
   headlines, cookie, subscription and sharing lines, copyright lines, labelled teasers.
5. The headline is kept: the headline-like line just above the block (preferring one the page
   repeats, as in its title); its other copies go as ``duplicated headline``.

Hard-wrapped prose (lines cut at some 72 characters) is read a paragraph a line: its line breaks
inside paragraphs are read as spaces, so that its short lines are not taken for a menu's.

A text without page furniture (no two lines in a row that can be neither prose nor structure
and do not go by what they are, no footer or cookie notice) is all article: steps 1 to 5 are
skipped and only the lines that go by what they are (step 4's captions, teasers, credits...) go
(and the line breaks after its drop caps: ``W`` over ``hen the boat...``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate, compress, count, groupby, pairwise
from operator import add, and_, not_, or_

import regex

from newsclaims import Cleaner, Document, Register, Removal, Span, hookimpl
from newsclaims._citations import may_have_references
from newsclaims.default_plugins._construct import removal
from newsclaims.default_plugins._lines import (
    MIN_SENTENCE_WORDS,
    SUPERSCRIPT_DIGITS,
    SUPERSCRIPT_TAIL,
    Lines,
    byline,
    ends_sentence,
    headline_like,
    headline_shaped,
    norm,
    paired_score_line,
    stamp_or_byline,
)
from newsclaims.default_plugins.keypoints import key_point_list_spans, may_have_key_points
from newsclaims.default_plugins.linebreaks import lf_view
from newsclaims.default_plugins.markdown import heading_words
from newsclaims.default_plugins.references import (
    may_have_plain_lists,
    plain_list_spans,
    plain_subheading,
    reference_list_spans,
)

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
#: How many lines after the article block its last paragraph is looked for (by its credit).
CREDIT_REACH = 8
#: How many lines above the article block the headline is looked for.
HEADLINE_REACH = 12

# Reference lists and numbered lists: structure, labelled by other plugins, never removed.
# A citation marker: ``[1]``, ``[1, 2]``, ``[1-3]``, a Markdown footnote's ``[^1]``, or one
# with its source after a dagger, as ChatGPT writes them, ``[1†source]``; and the same in
# full-width brackets, ``【1】``, ``【1†source】``, ``【4:0†source】``. (Two patterns, each led by
# its literal bracket, which the scan looks for fast.)
_MARKER = regex.compile(
    r"\[(?:\^?\d{1,3}(?:\s*[-–,]\s*\d{1,3})*|\d{1,3}(?::\d{1,3})?†[^\]\n]{0,200})\]"
)
_FULL_WIDTH_MARKER = regex.compile(
    r"【\d{1,3}(?:(?:\s*[-–,、]\s*\d{1,3})*|(?::\d{1,3})?†[^】\n]{0,200})】"
)
_NUMBERED = regex.compile(r"(\d{1,2})[.)]\s+\S")
_SUPERSCRIPT_EDGE = re.compile("[¹²³⁰⁴-⁹]")
#: A superscript label that opens a line, a space after it: ``² CNBC — Title``.
_SUPERSCRIPT_LABEL = re.compile("[¹²³⁰⁴-⁹]{1,3}[ \t]")
#: A caret marker that ends a line after a sentence's end: ``... a bubble.^4``, ``.”^1,2``.
_CARET_END = re.compile(r"[.!?。！？…][\"'”’»)]?\^\d[\d,\-–]*$")
# How the first line of a numbered list starts (``_NUMBERED`` with the number 1).
_FIRST_ITEMS = ("1.", "1)")
# A labelled teaser that sites set between an article's paragraphs (found after a line break).
_INLINE_TEASER = re.compile(
    r"(?:Baca [Jj]uga|BACA JUGA|Read [Aa]lso|READ ALSO|Also [Rr]ead|ALSO READ|READ"
    r"|Lea también|Lesen Sie auch|Xem thêm|Leia também|Lire aussi|À lire aussi)[ \t]*:"
    r"|(?:相关阅读|延伸阅读|相關閱讀|延伸閱讀|関連記事|관련기사)[ \t]*[:：]"
)
# Where an interview's question may be labelled (a pattern led by a literal character scans fast).
_QUESTION = re.compile(r"Q[:.]\s")

# Photo captions: a photo word in a credit at the end (or start) of a line. Wire agencies
# alone make a credit (``_CREDIT``), not a caption: that line may be the article's last.
# ("In photos: ..." and "In pictures: ..." open a gallery's headline, not a caption.)
_PHOTO = r"(?:photo(?:graph)?s?|foto|pic(?:ture)?s?|image|credit|ảnh|사진|写真|图片|照片)"
_PHOTO_WORD = regex.compile(rf"(?i)\b{_PHOTO}\b")
_AGENCIES = (
    *("AFP", "AP", "Reuters", "REUTERS", "EPA", "Getty", "Xinhua", "VNA", "Kyodo", "Yonhap"),
    *("Bernama", "Antara", "ANI", "PTI", "Anadolu", "dpa", "ANSA", "EFE", "TASS", "Jiji", "AAP"),
    *("IANS", "Shutterstock", "iStock", "Bloomberg"),
)
_AGENCY = "(?:" + "|".join(_AGENCIES) + ")"
_CAPTION_PARTS = (
    # A credit at the line's end: (Photo: X) [Photo/X]; - AFP/VNA Photo; Photo: Reuters.
    rf"[(\[]\s*(?:[^()\[\]]{{0,40}}\s)?{_PHOTO}\b[^()\[\]]{{0,60}}[)\]]\s*$",
    # (The photographer's name may follow: "— VNA/VNS Photo Trọng Đạt".)
    rf"\s[-–—|]\s*[\w.&' ]{{0,40}}(?:/[\w.&' ]{{1,40}})*\s{_PHOTO}"
    r"(?:\s(?-i:\p{Lu})[\w'’-]*){0,4}\s*$",
    rf"(?<!\bin\s)\b{_PHOTO}\s*(?:by)?\s*:\s*[^.!?]{{1,60}}$",
    # A photo word and a slash before the photographer's capitalised name, after the caption's
    # text: "... on Friday. INQUIRER PHOTO / RICHARD A. REYES", "... ANTARA FOTO/Siti Rahma".
    # (An initial's full stop inside the name, none at its end: the caption ends with a name.)
    rf"\s{_PHOTO}\s?/\s?(?:(?-i:\p{{Lu}})[\w'’-]*\.?\s){{0,4}}(?-i:\p{{Lu}})[\w'’-]*$",
    # A photographer's name in capitals and an agency after the caption's sentence, as French
    # papers credit a photo: "... le 8 octobre 2026. JEAN-PIERRE CLATOT / AFP", or the agency
    # and the photographer's name: "... March 3, 2026. REUTERS/Jane Doe", "EFE/Juan Pérez".
    # (A story's credit names the agency alone.)
    r"[.!?]\s+(?:(?-i:\p{Lu}[\p{Lu}'’.-]*(?:\s\p{Lu}[\p{Lu}'’.-]*){0,3})\s/\s"
    r"(?-i:AFP|AP|EPA|REUTERS|Reuters)"
    r"|(?-i:AFP|AP|EPA|EFE|REUTERS|Reuters)\s?/\s?(?:(?-i:\p{Lu})[\w'’-]*\.?\s){0,3}"
    r"(?-i:\p{Lu})[\w'’-]*)$",
    # ... or with "by" and no colon, after the caption's sentence: "... on Monday. PHOTO BY
    # JANE DOE / INQUIRER", "... the site. Photo by Jane Doe" (a headline has no sentence).
    rf"[.!?]\s+{_PHOTO}\s+by\s+(?-i:\p{{Lu}})[^.!?]{{0,60}}$",
    # A Japanese paper's caption: its date and place in brackets, then a full-width "＝" and
    # the credit ("住民（21日、魚沼市で）＝読売ヘリから", "...（東京都内で）＝ロイター").
    r"[)）]\s*＝\s*[^＝。.!?()（）]{1,24}$",
    # A Korean paper's credit after the caption's sentence, the photo word run into it ("...
    # 주재하고 있다. 사진공동취재단", "... 있다./사진=연합뉴스"): no word boundary after 사진.
    r"[.!?]\s*(?:/\s*)?사진[^\s.!?]{0,20}$",
    # At its start: (Header) photo: ... (a lead); Image caption ...
    rf"^(?:(?!in\s)[\w-]+\s)?{_PHOTO}\s*[:|/]\s",
    r"^(?:image|photo|picture)\s+(?:copyright|caption|credit|source)\b",
)
_CAPTION = regex.compile("(?ix)" + "|".join(f"(?:{part})" for part in _CAPTION_PARTS))
# (The parts searched one by one cost about half the one pattern's search; those that start at
# the line's start are tried there alone.)
_CAPTION_ENDS = tuple(regex.compile(f"(?ix){part}") for part in _CAPTION_PARTS[:8])
#: The parts of ``_CAPTION_ENDS`` from this one on are tried only where the tail holds their
#: key (``_PART_KEYS``): a slash, "by", a full-width equals sign, the Korean photo word.
_KEYED_PARTS = 3
_PART_KEYS = ("/", "/", "by", "＝", "사진")  # (the fourth: ``_EQUALS``)
_CAPTION_START = regex.compile("(?ix)" + "|".join(f"(?:{part})" for part in _CAPTION_PARTS[8:]))
# A photo's credit alone on its line, with no photo word, as pages under their pictures set it:
# the photographer and the agency or paper across a slash ("Mark Lennihan/AP", "Jane Doe/The
# New York Times", "REUTERS/Yves Herman"), an agency "via" another ("AFP via Getty Images"), a
# photographer "for" a paper ("Tom Brenner for The Washington Post"), or a picture agency
# alone ("Getty Images", "Shutterstock"); in brackets too.
_CAP_WORD = r"(?:\p{Lu}[\p{L}\d'’.&-]*|(?:de|da|van|von|der|del|la|le)(?=\s))"
_CAP_WORDS = rf"\p{{Lu}}[\p{{L}}\d'’.&-]*(?:\s{_CAP_WORD}){{0,3}}"
_BARE_CREDIT = regex.compile(
    rf"\(?(?:{_CAP_WORDS}\s?/\s?{_CAP_WORDS}(?:\s?/\s?{_CAP_WORDS})?"
    rf"|{_CAP_WORDS}\s+via\s+{_CAP_WORDS}"
    rf"|\p{{Lu}}[\p{{L}}'’-]+(?:\s\p{{Lu}}[\p{{L}}'’.-]*){{1,2}}\s+for\s+The\s{_CAP_WORDS}"
    r"|Getty\s+Images|Shutterstock|iStock(?:photo)?|Alamy(?:\s+Stock\s+Photo)?)\)?"
)
#: A photo's credit alone has at most this many words.
BARE_CREDIT_WORDS = 8
# What such a credit holds (a cheap test first; lines are searched lower-cased).
# ("Getty Images" holds a caption's key; "stock": Shutterstock, iStock, Alamy Stock Photo.)
_BARE_CREDIT_KEYS = ("/", " via ", " for the ", "stock")
# ... and as it is written (``_BARE_CREDIT`` is case-sensitive: a line need not be lower-cased).
_BARE_CREDIT_MARKS = ("/", " via ", " for The ", "Getty", "Shutterstock", "iStock", "Alamy")
# A credit after the last sentence of a paragraph: "... in Manila. - THE JAPAN NEWS/ANN",
# "... he said. - Reuters", "... each direction. - The Star/ANN". Only the credit goes: the
# line may be the article's last paragraph.
# (A paper's name in title case over a network's or an agency's: "The Star/ANN".)
_PAPER_OVER_NETWORK = (
    r"(?:\p{Lu}[\p{L}\d.&'’]*\s+){0,4}\p{Lu}[\p{L}\d.&'’]*\s*/\s*\p{Lu}[\p{Lu}\d.&'’]+"
)
_CREDIT_NAME = (
    r"(?:\p{Lu}[\p{Lu}\d.&'’]*(?:[ /]+\p{Lu}[\p{Lu}\d.&'’]*){0,5}"
    rf"|{_PAPER_OVER_NETWORK}|{_AGENCY}(?:\s*/\s*[\w.' ]{{1,40}})?)"
)
# (The dash may be typed as two hyphens: "... he told reporters. -- Dawn/ANN".)
_CREDIT = regex.compile(r"(?<=[.!?\"”’])\s+[-–—]-?\s*" + _CREDIT_NAME + "$")
# The story's credit on a line of its own, after the article: one as ``_CREDIT`` has it after
# a dash ("- THE JAPAN NEWS/ANN", "— Reuters"), or without the dash a paper's name over a
# network's or an agency's in capitals ("The Daily Star/ANN", "THE STAR/ASIA NEWS NETWORK"),
# or an agency's name alone ("(AFP)"). A heading in capitals ("MOST READ") and a breadcrumb
# ("Sport / Football") are neither.
_CREDIT_ALONE = regex.compile(
    rf"[-–—]+\s*{_CREDIT_NAME}|{_PAPER_OVER_NETWORK}(?:\s+\p{{Lu}}[\p{{Lu}}\d.&'’]+){{0,3}}"
    rf"|\(?{_AGENCY}\)?"
)


def _credit_alone(text: list[str], i: int) -> bool:
    """Whether line ``i`` is the story's credit on a line of its own (``_CREDIT_ALONE``): one
    led by a dash under a list item or a lead-in's colon is the list's last item ("The talks
    are backed by:", "- NATO", "- OPEC")."""
    if _CREDIT_ALONE.fullmatch(text[i]) is None:
        return False
    above = text[i - 1] if i else ""
    return not (text[i][0] in "-–—" and above and (_item_mark(above) or above[-1] in _COLONS))


# A site's address alone ("Rappler.com", "Inquirer.net"): a story's sign-off under its last
# sentence, or the site's name in its footer.
_SITE_ALONE = regex.compile(r"\p{Lu}[\p{L}\d-]*\.(?:com|net|org|co)(?:\.\p{Ll}{2})?")

# A credit in brackets after a sentence, ending a line (a caption's, in a headline's shape).
_CREDIT_AFTER_SENTENCE = regex.compile(r"[.!?]\s+[(\[][^()\[\]]{1,60}[)\]]$")
# An agency's name alone after a caption's sentence, with no dash ("... near Calama, Chile, on
# Tuesday. Reuters", "... in Kericho. Getty Images"): a story's credit after its last sentence
# has a dash (``_CREDIT``) or a line of its own.
_AGENCY_AFTER_SENTENCE = regex.compile(rf"[.!?]\s+(?:{_AGENCY})(?:\s+Images)?$")
#: The credit after a caption's sentence is looked for in this many last characters.
CREDIT_TAIL = 24
# A photographer's name and an agency in brackets after a caption's sentence, its stop maybe
# run into the name ("... el pasado octubre.Pere Duran (EFE)"): a story's credit names the
# agency alone.
_NAMED_CREDIT = regex.compile(rf"[.!?]\s*(?:\p{{Lu}}[\w'’.-]*\s){{1,4}}\({_AGENCY}\)$")
# A note on a changed story: "This article was amended on 19 October to correct ...", "An
# earlier version of this story misstated ...", "(This story has been corrected to ...)".
_NOTE = regex.compile(
    r"(?i)\(?(?:this\s+(?:article|story|report|piece)\s+(?:was|has\s+been)\s+"
    r"(?:amended|corrected|updated|changed|clarified)"
    r"|an\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|piece))\b"
)
_NOTE_KEYS = ("amended", "corrected", "clarified", "updated", "changed", "earlier version")
# A note that the story ran in the paper's print edition: "A version of this article appears in
# print on Nov. 4, 2026, Section B, Page 11 ...", "This article appeared in the Finance section
# of the print edition under the headline ...".
_PRINT_NOTE = regex.compile(
    r"(?i)(?:a\s+version\s+of\s+)?this\s+(?:article|story|review|column)\s+(?:appears|appeared)"
    r"\s+in\s+(?:print\b|the\s+(?:[^.\n]{0,60}\s)?print\s+edition)"
)
PRINT_REASON = "print edition note"
# An opinion piece's disclaimer at its end: "The views expressed here are the writer's own.",
# "Disclaimer: The views expressed are those of the author ...", "The opinions expressed in
# this column are personal." (a sentence that opens so; "Critics said the views expressed ..."
# stays; a site's disclaimer on its experts' tips may be part of the article).
_DISCLAIMER = regex.compile(
    r"(?i)(?:disclaimer\s*:\s*)?(?:the\s+)?(?:views|opinions)\s+expressed\s+"
    r"(?:(?:here|in\s+this\s+(?:article|column|piece|commentary))\s+)?(?:are|is)\b"
)
# A wire story's credit line, a line of its own: "— Reporting by Sam Price; Editing by Lee Moore",
# "(Writing by ...)", "Associated Press writer Jane Doe contributed to this report.", "(Reporte de
# ...; Editado por ...)", with where the writers were before ("Wells reported from Birmingham,
# Alabama. Associated Press writer ... contributed to this report."). A credit line has no
# sentence punctuation but an initial's full stop ("Reporting by the Times showed the deal was
# larger." is a sentence and stays).
_TRAILER = regex.compile(
    r"[-–—(\[]*\s*(?:"
    r"(?:(?:Additional|Further)\s+reporting|Reporting|Writing|Editing|Edited|Compiled|Research"
    r"|Graphics)"
    r"(?:\s+and\s+(?:writing|editing|reporting|research))?\s+by"
    r"|(?:Reporte|Reportaje|Información|Redacción|Escrito|Editado(?:\s+en\s+español)?)\s+(?:de|por)"
    r"|(?:Reportagem(?:\s+adicional)?|Edição|Redação)\s+(?:de|por)"
    r"|(?:Mit\s+)?Material\s+von"
    r")\s(?:[^.!?\n]|(?<=\b\p{Lu})\.)*[)\]]?"
    r"|(?:\p{Lu}[\p{L}'’-]+\s+reported\s+from\s[^.!?\n]{1,60}\.\s+)?"  # "Wells reported from X."
    r"[^.!?\n]*?(?:(?<=\b\p{Lu})\.[^.!?\n]*?)*"
    r"\b(?:contributed\s+(?:(?:reporting|research)(?:\s+(?:from|in)\s[^.!?\n]{1,60})?"
    r"|to\s+(?:this|the)\s+(?:report|story|article))"
    r"|contribuy[óo]\s+(?:a|con|en)\s+(?:este|esta)\s+(?:despacho|informe|nota|reporte|art[íi]culo))"
    r"[.)\]]*"
)
# What a credit line holds (a cheap test first; lines are searched lower-cased).
_TRAILER_KEYS = (
    *("eporting by", "riting by", "diting by", "dited by", "ompiled by", "esearch by"),
    "raphics by",
    *("ontribu", "eporte de", "ditado", "scrito por", "aterial von", "ción de", "ción por"),
    *("eportagem", "dição de", "ção por"),
)
#: How many lines at the end of the article block, and after it, a credit line or a note on
#: the story is looked for (they end a story: looking for them only there keeps them cheap).
_END_REACH = 3
# What a site's pitch for its channel on a network holds (``_pitch``; a cheap test first).
_PITCH_KEYS = (
    *("follow us", "join us", "channel", "guenos", "canal", "siga", "ikuti", "saluran"),
    "t.me/",
)
# A writer's bio at a story's end: a name, then, in the present tense, the writer's role with
# where or what for ("Jane Doe is a reporter covering ...", "... a correspondent based in
# Rome", "... a reporter for The Herald", "Jane Doe is The Herald's health correspondent.",
# "Jane Doe covers climate for The Herald", "Anna Schmidt ist Redakteurin im Ressort ...",
# "Marie Dupont est journaliste au ...", "María López es periodista de ...", "Ana Souza é
# repórter da ..."), a journalist's role, a whole word, in its first clause. (A sentence that
# says what someone was, or is a critic of, or covers, tells of a person, not of the writer.)
_BIO_ROLE = (
    r"(?<!\p{L})(?i:reporter|correspondent|(?:staff|senior|freelance|contributing|features?"
    r"|news|science|sports?|politics|business|health|opinion)\s+writer|writer|editor"
    r"|journalist|columnist|contributor|producer|critic|photographer|bureau\s+chief"
    r"|redakteur(?:in)?|korrespondent(?:in)?|journalistin|reporterin|autor(?:in)?"
    r"|journaliste|correspondante?|rédact(?:eur|rice)|chroniqueu(?:r|se)"
    r"|periodista|corresponsal|redactora?|reporter[oa]|columnista"
    r"|jornalista|repórter|correspondente|redatora?|colunista|wartawan|jurnalis|koresponden)"
    r"(?!\p{L})"
)
_BIO = regex.compile(
    # (The name's capitals told with case.)
    r"[-–—*_\s]*(?P<name>\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|do|dos|del|la|le|van|von|der"
    r"|bin)\s+)?\p{Lu}[\p{L}'’.-]+){1,3})\s+"
    r"(?:(?:is|ist|est|es|é|adalah)\s(?:"
    # The paper's role: "is The Herald's senior health reporter".
    r"(?:the\s+)?\p{Lu}[^.;:!?,]{0,40}?['’]s\s+(?:[\p{L}-]+\s+){0,3}?" + _BIO_ROLE + "|"
    # A role, then where or for whom.
    r"[^.;:!?,]{0,60}?" + _BIO_ROLE + r",?\s+(?:who\s+(?:covers|writes|reports)\s"
    r"|covering\s|writing\s+(?:about|on)\s|reporting\s+on\s|based\s+in\s"
    r"|(?:for|at|with|on)\s+(?:the\s+)?\p{Lu}"
    r"|(?:im|bei|beim|der|des|für|du|de|d['’]|à|au|pour|basée?|da|do|em|en|del|para"
    r"|di|untuk|pada)\s))"
    # What the writer covers, for whom: "covers climate and energy for The Herald".
    r"|(?:covers|writes\s+about|reports\s+on)\s[^.;:!?]{0,80}?\s(?:for|at)\s+(?:the\s+)?"
    r"\p{Lu})"
)
# The verbs a bio says what the writer is or covers with (``_BIO``'s, as they are written).
_BIO_VERBS = (
    *(" is ", " ist ", " est ", " es ", " é ", " adalah "),
    *(" covers ", " writes about ", " reports on "),
)
_END_KEYS = (
    *_TRAILER_KEYS,
    *_NOTE_KEYS,
    *_PITCH_KEYS,
    *("expressed", "disclaimer", "@", "print"),
)
# A line that gives the writer's or the desk's e-mail address at a story's end ("Comments to
# desk@paper.com", "Email: jane.doe@paper.com"), of ``CONTACT_WORDS`` words at most.
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CONTACT_WORDS = 8
# The words of a disclaimer on the readers' comments under the article ("Disclaimer: The
# comments uploaded on this site do not necessarily represent ...", "Disclaimer: Komentar yang
# tayang ..."): the comment section's rules. (One on the article's own content, as on experts'
# tips, is the article's: annotated bodies keep it.)
_COMMENT_WORDS = ("comment", "komentar", "kommentar", "comentario", "bình luận")
#: A credit line has at most this many words.
TRAILER_WORDS = 40

_COOKIE = regex.compile(
    r"(?i)\bcookies?\b|\bnewsletters?\b|\bsubscri(?:be|ption|ber)|\bsign(?:ing)? (?:up|in)\b"
    r"|\blog ?in\b|\bpaywall|\bpremium\b|\babonn|\binscri|\bsuscr(?:[ií]b|iptor)|\bassinant"
    r"|\banmeld|\bberlangganan"
    r"|\bdatenschutz|\bprivacy\b|\bconsent\b|\bterms of (?:use|service)\b"
    # A newsletter's own lines, pasted with it: "View this email in your browser", "Forward
    # this email to a friend", "You are receiving this email because ...".
    r"|\b(?:view|forward|receiving)\s+this\s+e-?mail\b"
)
_COOKIE_NOTICE = regex.compile(
    r"(?i)\bcookies?\b.*\b(?:website|site|browser|consent|accept|privacy|experience)"
    r"|\b(?:website|site|browser|consent|accept|privacy|experience)\b.*\bcookies?\b"
)
# A paragraph that speaks to the reader (a notice does: "you", "vous", "Anda"...), or of the
# site's own newsletter, terms or subscribers, or says whom the page is for (a paywall's "This
# article is for subscribers only", "Este contenido es exclusivo para suscriptores").
_TO_READER = regex.compile(
    r"(?i)\b(?:you|your|yours|vous|votre|vos|usted|ustedes|você|anda)\b"
    r"|\bour\s+(?:\w+\s+)?(?:newsletters?|site|website|app|terms|privacy|cookies?|subscri\w*)"
    r"|\b(?:this|the\s+(?:full|rest\s+of\s+(?:this|the)))\s+(?:article|story|content|piece)\s+is"
    r"\s+(?:only\s+)?(?:for|available|reserved|exclusive)"
    r"|\beste\s+(?:artículo|artigo|contenido|conteúdo)\s+(?:es|é)\s+(?:solo|só|apenas|exclusiv)"
)
# A sign-up box's consent, in the reader's own words ("I agree to the Terms of Use"): only in a
# line without quotation marks (in a quote, "I agree" is someone speaking).
_CONSENT = regex.compile(r"\bI\s+(?:agree|accept|consent|acknowledge|have\s+read)\b")
_QUOTES = ('"', "“", "”", "«", "»")
# A long paragraph that opens with the call is a pitch ("Subscribe to ... to get access to ...").
_CALL_STARTS = tuple(
    form
    for call in ("subscribe", "sign up", "log in", "abonnez", "suscríbete", "suscribete")
    for form in (call.capitalize(), call.upper())
)
# A short paragraph that opens with a call to follow the site ("Join our WhatsApp channel and
# get the latest news.", "Follow us on Telegram for ...") is a sharing line if it names a network.
_JOIN_STARTS = ("Join ", "JOIN ", "Follow ", "FOLLOW ")
# The first characters of the calls above: tested before ``startswith``, which costs a line
# far more (its arguments are parsed as a tuple).
_CALL_FIRSTS = "".join(sorted({call[0] for call in _CALL_STARTS}))
_JOIN_FIRSTS = "".join(sorted({call[0] for call in _JOIN_STARTS}))
# The _COOKIE keys that call on the reader to subscribe, sign up or log in.
_CALLS = ("subscri", "sign", "log", "abonn", "inscri", "suscr", "anmeld", "berlangganan")
# The _COOKIE keys among them that are nouns, not calls.
_CALL_NOUNS = ("subscriber", "subscription", "suscriptor")
_SHARE = regex.compile(
    r"(?i)\b(?:share|tweet|follow us|like us|whatsapp|facebook|twitter|linkedin|telegram"
    r"|pinterest|reddit|e-?mail this|print this|partager|compartir|teilen|bagikan)\b"
)
# The sharing words that are not verbs a headline may use ("Banks to share data"): a longer
# line is a sharing line only with one of them.
_SHARE_NAMED = regex.compile(
    r"(?i)\b(?:follow us|like us|whatsapp|facebook|twitter|linkedin|telegram|pinterest|reddit"
    r"|e-?mail this|print this)\b"
)
#: A line of this many words at most is a sharing button with a sharing verb alone ("Share").
SHARE_WORDS = 4
_COPYRIGHT = regex.compile(
    r"(?i)©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\btous droits\b"
    r"|\btodos los derechos\b|\balle rechte\b|\bhak cipta\b|版权|저작권"
)
# A line that opens with a copyright mark (or its words: "All rights reserved. This material
# ... may not be reproduced") is the page's footer, however long.
_COPYRIGHT_STARTS = (
    *("©", "(c)", "(C)", "Copyright", "COPYRIGHT", "copyright"),
    *("All rights reserved", "All Rights Reserved", "ALL RIGHTS RESERVED"),
)
_FOOTER = regex.compile(r"(?i)©|\(c\)\s*\d{4}|\ball rights reserved\b|\bcopyright\s+(?:©\s*)?\d{4}")
# Cheap tests that let the regexes above run only on the few lines that may match.
_CAPTION_KEYS = (
    *("photo", "foto", "pic", "image", "credit", "ảnh", "사진", "写真", "图片", "照片"),
    "/",  # (a photographer's agency before or after a slash: "REUTERS/Jane Doe")
)
# A Japanese paper's credit after a full-width equals sign ("...（21日、東京都内で）＝ロイター"):
# a caption's key in a text without spaces alone (looked for in other texts too, it costs a
# search of every page's lines).
_EQUALS = "＝"
_LINE_CAPTION_KEYS = (*_CAPTION_KEYS, _EQUALS)
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
    "assinant",
    "anmeld",
    "berlangganan",
    "datenschutz",
    "privacy",
    "consent",
    "terms of",
    "this email",
    "this e-mail",
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
# What a line of a page's footer holds (a cheap test before ``_FOOTER`` or ``_footer_reason``),
# and a cookie or subscription notice (looked for outside the article only).
# (The raw text is searched as it is written: each key in lower case and in capitals.)
# (A pattern led by one literal character scans faster than ``str.find`` of "(c)" and "(C)".)
_PAREN_C = re.compile(r"\([cC]\)")
_FOOTER_KEYS: tuple[str | re.Pattern[str], ...] = (
    *("©", "opyright", "OPYRIGHT", "ights", "IGHTS"),
    _PAREN_C,
)
_NOTICE_KEYS = ("ookie", "OOKIE", "ubscri", "UBSCRI", "ewsletter", "EWSLETTER")
# A footer or notice anywhere in a text makes it a page (``_page_like``).
_PAGE_KEYS = (
    *("©", "opyright", "OPYRIGHT", "ights reserved", "ights Reserved", "IGHTS RESERVED"),
    *_NOTICE_KEYS,
)
# The keys written in capitals, each with a capital of it that many texts lack ("Y" of
# "OPYRIGHT": half the articles have none), and the others: a key cannot be in a text without
# its capital, which is looked for first (a search for one character runs at memchr's speed,
# one for a word costs a scan of the text).
_PAGE_CAPITAL_KEYS = (
    *(("Y", "OPYRIGHT"), ("V", "IGHTS RESERVED"), ("K", "OOKIE"), ("R", "UBSCRI")),
    ("L", "EWSLETTER"),
)
_PAGE_LOWER_KEYS = tuple(key for key in _PAGE_KEYS if key not in dict(_PAGE_CAPITAL_KEYS).values())
# The labels of a teaser that also open headlines ("Live: ...", "Exclusive: ...").
# A printed page's furniture left in a text copied from a print edition (a PDF's or an
# e-paper's): a jump line ("Continued on Page A6", "See SCHOOL, Page A6", "SCHOOL from A1",
# "(Continued on next page)", "Fortsetzung auf Seite 4", "Suite page 6", "Continúa en la
# página 4"), or a page counter ("Page 2 of 3", "Seite 2 von 3", "Página 2 de 3").
_JUMP = regex.compile(
    r"[-–—(\[ ]*(?:"
    r"(?i:(?:continued|cont['’]?d\.?)\s+(?:on|from)\s+(?:(?:page|p\.)\s*[a-z]?\d{1,3}"
    r"|(?:the\s+)?(?:next|back|previous|following)\s+page|inside))"
    r"|(?i:see)\s+\p{Lu}[\p{Lu}'’ -]{1,30},?\s+(?i:(?:on\s+)?page)\s+[A-Z]?\d{1,3}"
    r"|\p{Lu}[\p{Lu}'’-]{2,}(?:\s+\p{Lu}[\p{Lu}'’-]+){0,2},?\s+(?i:from)\s+(?i:page\s+)?[A-Z]?\d{1,3}"
    r"|(?i:(?:fortsetzung|weiter)\s+(?:auf|von)\s+seite\s+\d{1,3}|suite\s+(?:en\s+)?page\s+\d{1,3}"
    r"|contin[úu]a\s+en\s+(?:la\s+)?p[áa]gina\s+\d{1,3}"
    r"|(?:page|seite|p[áa]gina|pagina)\s+\d{1,3}\s*(?:of|von|de|di|/)\s*\d{1,3})"
    r")[-–—)\]. ]*"
)
# A printed page's header or footer: its number, the paper's name and the date apart by bars
# ("A4 | THE DAILY NEWS | MONDAY, MARCH 4, 2024", "The Daily News | Monday, March 4, 2024 |
# B2").
_PAGE_NUMBER = regex.compile(
    r"(?:[A-Z]{1,2}\d{1,3}|\d{1,3}[A-Z]?|(?i:page|seite|p\.)\s*[A-Z]?\d{1,3})"
)
# What those lines hold (a cheap test first; lines are searched lower-cased): "page" is in
# "Suite page 6" too, "seite" in "Fortsetzung auf Seite 4", "gina " in "Continúa en la página
# 4".
_PRINT_KEYS = ("continued", "page", "seite", "gina ", " from ", "|")
# The keys of a jump line or a counter that may read as a short paragraph ("— Continued on page
# 6 —"): the rarer ones (" from " is in many).
_PRINT_JUMP_KEYS = ("continued", "page ", "seite ")
#: A printed page's jump line, counter or header has at most this many words.
PRINT_WORDS = 14
PRINT_LINE_REASON = "print page furniture"


def _print_line(text: str) -> bool:
    """Whether a short line is a printed page's furniture (``_JUMP``, or a header: two to four
    parts apart by bars, one a page's number and one a date with its year; a row of a table
    of fixtures, "Round 3 | 12 | Saturday", has no year)."""
    if _JUMP.fullmatch(text) is not None:
        return True
    if "|" not in text:
        return False
    parts = [part.strip() for part in text.split("|")]
    return (
        2 <= len(parts) <= 4
        and any(_PAGE_NUMBER.fullmatch(part) is not None for part in parts)
        and any(stamp_or_byline(part) for part in parts if part)
    )


_TITLE_KICKERS = ("breaking news", "breaking", "just in", "exclusive", "developing", "live")
# A labelled teaser or list heading: "Breaking News: ...", "Read also:", "ALSO READ ...".
_KICKERS = (
    *_TITLE_KICKERS,
    *("latest news", "latest", "watch", "video", "photos", "photo", "gallery", "listen"),
    *("podcast", "read also"),
    *("read", "read more", "read next", "also read", "see also", "more", "related articles"),
    *("related article", "related stories", "related news", "related", "recommended"),
    *("trending", "most read", "most popular", "most viewed", "popular", "top stories"),
    *("sponsored", "advertisement", "don't miss", "dont miss", "must read", "lire aussi"),
    *("à lire aussi", "lea también", "leer más", "lesen sie auch", "mehr zum thema"),
    *("leia também", "baca juga", "xem thêm", "tin liên quan", "leggi anche", "lees ook"),
    *("czytaj także", "czytaj też", "zobacz także", "zobacz też", "leia mais", "veja também"),
    "lee también",
    # Chinese (simplified and traditional), Japanese and Korean: "related news", "read on".
    *("相关新闻", "相关阅读", "相关报道", "延伸阅读", "相關新聞", "相關閱讀", "延伸閱讀"),
    *("関連記事", "関連ニュース", "관련기사", "관련 기사", "관련뉴스"),
)
_KICKER = re.compile(
    "(?i)^(?P<label>"
    + "|".join(map(re.escape, sorted(_KICKERS, key=len, reverse=True)))
    + r")\b\s*(?:[:|>»：]|[-–—]\s|$)"
)
# The first two letters of the labels: a line that starts otherwise is no teaser.
_KICKER_STARTS = frozenset(k[:2] for k in _KICKERS)
# The ASCII letters a label starts with, in both cases: a line that starts with another ASCII
# character is no teaser (``_KICKER`` matches no ASCII character to a label's first letter but
# in its other case), told from the string of the lines' first characters alone.
_KICKER_FIRSTS = frozenset(c for k in _KICKERS if k[0].isascii() for c in (k[0], k[0].upper()))
# Labels that head a box of links alone on their line ("most read" and "related" in Spanish,
# French, German, Indonesian and Vietnamese): teasers' headings (:func:`_teaser_heading`),
# not looked for at the start of every line as the labels above are (they open common words).
_HEADING_LABELS = (
    *("más leídas", "más leído", "lo más leído", "les plus lus", "meistgelesen"),
    *("terpopuler", "berita terkait", "đọc nhiều", "related topics", "more on this story"),
    *("temas relacionados", "i più letti", "ilgili haberler", "najczęściej czytane"),
)
_KICKER_SET = frozenset((*_KICKERS, *_HEADING_LABELS))
_LONGEST_KICKER = max(map(len, _KICKER_SET))
# The keys of the reasons a line of the article block may go for (a cheap test for them all):
# a line that is not prose, a short paragraph, a long paragraph (``_reason_candidates``).
_KEYS_BY_GROUP = (
    tuple(
        dict.fromkeys(
            (
                *(*_CAPTION_KEYS, *_COPYRIGHT_KEYS, *_COOKIE_KEYS, *_SHARE_KEYS),
                *(*_BARE_CREDIT_KEYS, *_PRINT_KEYS),
            )
        )
    ),
    tuple(dict.fromkeys((*_CAPTION_KEYS, *_COPYRIGHT_KEYS, *_COOKIE_KEYS, *_PRINT_JUMP_KEYS))),
    _CAPTION_KEYS,
)
_UNSPACED_KEYS_BY_GROUP = tuple((*keys, _EQUALS) for keys in _KEYS_BY_GROUP)


@hookimpl(trylast=True)
def newsclaims_register_cleaners(register: Register[Cleaner]) -> None:
    """Register the generic page-text cleaner ``page-text``."""
    register("page-text", clean_page)


def clean_page(doc: Document) -> list[Removal]:
    """Return the removals that leave the article (and its headline) of a page scrape.

    A text with CRLF line breaks is read with LF ones (the reference and key-point lists it
    keeps are found by patterns of ``\\n`` lines), and the removals mapped back to it.
    """
    text, to_raw = lf_view(doc.raw)
    if "\r" in text:
        # (Only lone carriage returns are left: old Mac text breaks its lines with them. One
        # character for another keeps every offset.)
        text = text.replace("\r", "\n")
        if to_raw is int:
            return page_removals(text)
    elif text is doc.raw:
        return page_removals(text)
    return [
        removal(to_raw(r.span.start), to_raw(r.span.end), r.reason) for r in page_removals(text)
    ]


def page_removals(raw: str) -> list[Removal]:
    """The removals of the generic cleaner over ``raw``, in text order."""
    removals = _page_removals(raw)
    return _across_sentences(raw, removals) if removals else removals


# A line that opens in lower case after its indentation.
_INDENTED_LOWER = regex.compile(r"[ \t]+\p{Ll}")


def _across_sentences(raw: str, removals: list[Removal]) -> list[Removal]:
    """``removals``, where lines that go sit inside a sentence the page split with them (an
    advertisement's label or a photo's credit between "The break sent water" and "into
    basements ..."), with the blank line above them too: the sentence's two parts are left
    one line break apart, not a paragraph's break (which ends a sentence)."""
    spans = [r.span for r in removals]
    size = len(raw)
    # The last removal of each run that a line in lower case follows (found at once: most
    # runs are followed by a capital, a paragraph's start, or by nothing).
    lasts = [
        k
        for k, span in enumerate(spans)
        if span.end < size
        and (
            raw[span.end].islower()
            # (An indented line: its spaces skipped.)
            or (raw[span.end] in " \t" and _INDENTED_LOWER.match(raw, span.end) is not None)
        )
        and (k + 1 == len(spans) or spans[k + 1].start != span.end)
    ]
    out = removals
    for k in lasts:
        while k and spans[k - 1].end == spans[k].start:
            k -= 1  # (the run's first removal)
        start = spans[k].start
        # Above: a paragraph's line that ends with a word or a comma, a blank line below it.
        if raw[start - 1 : start] != "\n":
            continue
        above = start
        while above and raw[above - 1].isspace():  # (the blank lines only: no copy of raw)
            above -= 1
        if not above or not (raw[above - 1].isalnum() or raw[above - 1] == ","):
            continue
        if raw.count(" ", raw.rfind("\n", 0, above) + 1, above) + 1 < MIN_PROSE_WORDS:
            continue  # (a headline over an article that opens in lower case: "iPhone ...")
        cut = raw.index("\n", above) + 1
        if cut < start:
            if out is removals:
                out = list(removals)
            out[k] = removal(cut, spans[k].end, removals[k].reason)
    return out


def _page_removals(raw: str) -> list[Removal]:
    lines = Lines(raw)
    if len(lines) < 2:
        return []
    breaks = _wrap_breaks(lines)
    if "-\n" in raw:  # (found in C: most texts have no word broken at a line's end)
        breaks = _hyphen_breaks(raw, breaks)
    if breaks:
        # Hard-wrapped prose (lines cut at some 72 characters) is read a paragraph a line: each
        # break inside a paragraph is read as a space (one character for another keeps every
        # offset), so that its lines are not taken for a menu's.
        chars = list(raw)
        for at in breaks:
            chars[at] = " "
        lines = Lines("".join(chars))
        raw = lines.raw
    kept = _protected(lines)
    # (Tables are looked for only in a text with a tab or a pipe: found in C.)
    rows = _table_rows(lines) if "\t" in raw or "|" in raw or "  " in raw else []
    plain: list[Span] = []  # the unnumbered source lists of a page, looked for once
    page = _page_like(lines, kept, rows)
    if page:
        plain = _plain_lists(raw, lines)
        page = not plain or _page_like_with_sources(lines, kept, rows, plain)
    if page:
        prose = _prose_flags(lines)
        footers = _lines_with(lines, _FOOTER_KEYS)
        for i in footers:
            # A copyright notice reads like prose, however long, but is the page's footer.
            if prose[i] and lines.text[i].startswith(_COPYRIGHT_STARTS):
                prose[i] = False
        for i in rows:
            prose[i] = True
        _teaser_summaries(lines, prose, kept, footers)  # (other pages': no article's prose)

        def decide(kept: list[bool]) -> list[Removal]:
            return _decide(lines, prose, kept, footers)

    else:
        # No menus, no footer: the text is all article, and only lines that are page
        # furniture by what they are go (a caption, a credit, a cookie line...).
        candidates = [False] * len(lines)
        for i in lines.candidates:
            candidates[i] = True

        def decide(kept: list[bool]) -> list[Removal]:
            return _article_only(lines, candidates, kept)

    removals = decide(list(kept))
    if not removals:
        return removals  # (a clean text: its reference lists need not be looked for)
    # Reference lists (any registered style; on a page, unnumbered ones with addresses too)
    # are kept; where that keeps lines that the decision above did not, decide again.
    protected = list(kept)
    _protect_reference_lists(raw, lines, protected, plain)
    if protected == kept:
        return removals
    return decide(protected)


_LOWER_FIRST = regex.compile(r"\p{Ll}")
# A word broken at a line's end with a hyphen, its rest opening the next line ("econ-" over
# "omy."), as text taken from a printed page's columns has them.
_HYPHEN_BREAK = regex.compile(r"(?<=\p{Ll}-)\n(?=\p{Ll})")


def _hyphen_breaks(raw: str, breaks: list[int]) -> list[int]:
    """``breaks`` and the line breaks inside words that a hyphen broke at a line's end, in
    order. A printed page's text (a PDF's) is hard-wrapped at a column's narrow width, with
    words broken so: the pieces of a paragraph read as short lines, a menu's, and the
    paragraph went with a running header beside it. No menu's line ends in the middle of a
    word that the next line finishes in lower case."""
    found = [m.start() for m in _HYPHEN_BREAK.finditer(raw)]
    if not found:
        return breaks
    return sorted({*breaks, *found}) if breaks else found


# The ASCII lower-case letters, deleted by ``str.translate`` (a count of them in C).
_ASCII_LOWER = dict.fromkeys(range(ord("a"), ord("z") + 1))
#: Hard-wrapped prose is cut at this width or less (e-mail and plain text: 72 to 80)...
WRAP_WIDTH = 100
#: ...and a line of it that runs on into the next has this many characters or more (a
#: printed page's narrow columns, as a PDF's text gives them, are cut at 30 to 40).
WRAPPED_LINE = 24
#: A width under this (a printed page's column) is read where the text has no paragraph on one
#: line, or for lines that go on in lower case only.
NARROW_WRAP = 40
#: A text is hard-wrapped when this many lines or more end where a wrap cuts them...
WRAPPED_LINES = 5
#: ...and lines this long or longer (a paragraph on one line) are fewer than those.
LONG_LINE = 120
#: A hard-wrapped text has this many lines at least that go on in lower case under a line that
#: ends with a word (German, whose nouns open in capitals, has fewer than English).
GOING_ON_LINES = 2


def _wrap_breaks(lines: Lines) -> list[int]:
    """The line breaks inside the paragraphs of hard-wrapped prose, or ``[]`` (most texts).

    A line runs on into the line right below it (no blank line between) where a wrap at the
    text's width cut it: the first word of the line below would have taken it past that width.
    The width is the one at which the most lines run on; the text is hard-wrapped when they are
    ``WRAPPED_LINES`` or more, two thirds at least of its lines from three quarters of that
    width up to it, and more than its lines of ``LONG_LINE`` characters or more (a scrape gives
    a paragraph on one line). A paragraph's last line, a headline, a menu's items end short of
    the width and keep their breaks. Inside a paragraph, a line short of that band runs on too
    where the next line's first word would not have fitted and that line goes on in lower case
    (a narrow column leaves some: "positions to the fire" over "department.").
    """
    if lines.unspaced:
        return []  # (a wrap in Chinese or Japanese cuts anywhere, not between words)
    text, raw, cut, words = lines.text, lines.raw, lines.cut, lines.words
    firsts = lines.firsts()
    if len(firsts) - len(firsts.translate(_ASCII_LOWER)) < GOING_ON_LINES and (
        firsts.isascii() or len(_LOWER_FIRST.findall(firsts)) < GOING_ON_LINES
    ):
        # (Few lines open in lower case: told in C, with no look at each, where the lines open
        # in ASCII; Cyrillic or Greek lower case counted by the pattern.)
        return []
    # A wrap leaves lines that go on in lower case right under a line that ends with a word or
    # a comma: a page's lines seldom do. (Those lines found in the string of the lines' first
    # characters, in C: most texts have fewer than GOING_ON_LINES, and need no more look.)
    going_on = 0
    for m in _LOWER_FIRST.finditer(firsts, 1):
        i = m.start()
        above = text[i - 1][-1]
        if (above.isalnum() or above == ",") and raw.count("\n", cut[i - 1], cut[i]) == 1:
            going_on += 1
    if going_on < GOING_ON_LINES:
        return []
    lengths = list(map(len, text))
    # (Lines that may run on counted in C first: in most scrapes they are no more than the
    # paragraphs on one line.)
    runs = sum(map(WRAPPED_LINE.__le__, lengths)) - sum(map(WRAP_WIDTH.__lt__, lengths))
    one_line = sum(map(LONG_LINE.__le__, lengths))
    if runs < WRAPPED_LINES or runs <= one_line:
        return []
    # Each line that may run on, with the length it would have with the next line's first word
    # (its indentation counted: a paragraph's first line may have some).
    pairs = [
        (n, n + 1 + len(text[i + 1].split(None, 1)[0]), i)
        for i in range(len(text) - 1)
        if WRAPPED_LINE <= lengths[i] <= WRAP_WIDTH and raw.count("\n", cut[i], cut[i + 1]) == 1
        for n in (lines.start(i) - cut[i] + lengths[i],)
        if n <= WRAP_WIDTH
    ]
    # A line runs on at each width from its length up to the one its next word passes (and
    # no more than a third over its length): the lines that run on at each width are counted
    # from where those ranges start and end, in one pass.
    starts = [0] * (WRAP_WIDTH * 4 // 3 + 2)
    for n, over, _ in pairs:
        starts[n] += 1
        starts[min(over, n * 4 // 3 + 1)] -= 1
    counts = list(accumulate(starts))
    best_width = counts.index(max(counts))
    if counts[best_width] < WRAPPED_LINES:
        return []
    best = [i for n, over, i in pairs if n <= best_width < over and n * 4 >= best_width * 3]
    band = sum(best_width * 3 <= n * 4 and n <= best_width for n in lengths)
    if len(best) * 3 < band * 2:
        return []  # (titles of a link list, some of which would run on at that width)
    if best_width < NARROW_WRAP and one_line:
        # A narrow width beside paragraphs on one line: only lines that go on in lower case
        # run on (titles of related links, 30 characters each, would run on into the
        # paragraph under them).
        best = [i for i in best if text[i + 1][0].islower()]
    # A line shorter than the band inside such a paragraph runs on too where the next line's
    # first word would not have fitted and that line goes on in lower case: a narrow column
    # ("positions to the fire" over "department.", at 32 characters) leaves some.
    inner = set(best)
    short = [
        i
        for i in (j + 1 for j in best)
        if i + 1 < len(text)
        and i not in inner
        and text[i + 1][0].islower()
        and lengths[i] + 1 + len(text[i + 1].split(None, 1)[0]) > best_width >= lengths[i]
        and raw.count("\n", cut[i], cut[i + 1]) == 1
    ]
    if best_width < NARROW_WRAP:
        # In a narrow column, a line of the band runs on wherever the next line goes on in
        # lower case, whether or not the next word would have fitted ("by who saw flames
        # coming from" over "the roof ...": hyphenation and justification cut it short), and
        # so does a line up to a third longer (justified, "organisation as never before. Our"
        # at 31 characters).
        inner.update(short)
        short.extend(
            i
            for i in range(len(text) - 1)
            if i not in inner
            and best_width * 3 <= lengths[i] * 4
            and lengths[i] <= best_width * 4 // 3
            and text[i + 1][0].islower()
            and raw.count("\n", cut[i], cut[i + 1]) == 1
        )
    if short:
        best = sorted({*best, *short})
    # No line runs on that would go alone, nor one that ends a sentence over such a line: a
    # newsletter's promo set right over a paragraph's first line, or under its last, would
    # take the paragraph with it.
    # (A line inside the paragraph always joins: one the line above runs on into, or one whose
    # sentence goes on in lower case on the line below: "If you get a message like this, do
    # not click the link. Instead, log in" reads as a promo.)
    running = set(best)
    kept: list[int] = []
    for i in best:
        if (
            (kept and kept[-1] == i - 1)
            or text[i + 1][0].islower()
            or _reason(text[i], words[i], True, "") is None
        ) and not (
            ends_sentence(text[i])
            and not (i + 1 in running and text[i + 2][0].islower())
            and _reason(text[i + 1], words[i + 1], True, "")
        ):
            kept.append(i)
    best = kept
    # The paragraphs the lines run on in: each ends like a sentence (titles of a link list of
    # one length run on too, but end with none), and one that ends as a question or an
    # exclamation has a line that starts in lower case (a title starts with its capital).
    breaks: list[int] = []
    for _, run in groupby(enumerate(best), lambda pair: pair[1] - pair[0]):
        paragraph = [i for _, i in run]
        if best_width < NARROW_WRAP and not _ends_sentence_quoted(text[paragraph[-1] + 1]):
            # (A narrow column's paragraph that runs on into a line under it, "See FIRE, Page
            # A7": it ends at its last sentence's end.)
            while paragraph and not _ends_sentence_quoted(text[paragraph[-1]]):
                paragraph.pop()
            if len(paragraph) < 2:
                continue
            paragraph.pop()
        last = text[paragraph[-1] + 1]
        if (ends_sentence(last) or (best_width < NARROW_WRAP and _ends_sentence_quoted(last))) and (
            last[-1] not in "?!" or any(not text[i + 1][0].isupper() for i in paragraph)
        ):
            breaks.extend(raw.index("\n", cut[i]) for i in paragraph)
    if len(breaks) < WRAPPED_LINES:
        return []
    if best_width < NARROW_WRAP and _left_part_joined(lines, breaks, best_width):
        return []  # (a narrow column read a paragraph at a time, or not at all)
    return breaks


def _ends_sentence_quoted(line: str) -> bool:
    """Whether a line ends a sentence, one in quotation marks too (German's closing mark is
    English's opening one: "„Jedes Jahr" over "wird die Rechnung größer.“")."""
    return ends_sentence(line) or (
        len(line) > 1 and line[-1] in _CLOSING_QUOTES and ends_sentence(line[:-1])
    )


_CLOSING_QUOTES = frozenset("“”\"'’»«")


def _left_part_joined(lines: Lines, breaks: list[int], band: int) -> bool:
    """Whether a sentence runs on over a line break that ``breaks`` leaves next to one they
    join (a line that ends with a word over one that goes on in lower case, the line above or
    below run on): a narrow column's paragraph would be read as pieces, some joined and some
    not, and its lines left alone taken for a link list's (see :func:`_wrap_breaks`). (A
    caption or a headline of short lines between the paragraphs is left alone.)"""
    text, raw, cut = lines.text, lines.raw, lines.cut
    joined = set(breaks)

    def runs_on(i: int) -> bool:
        return 0 <= i < len(text) - 1 and raw.index("\n", cut[i]) in joined

    for i in range(len(text) - 1):
        below, above = text[i + 1], text[i]
        if (
            below[0].islower()
            and (above[-1].isalnum() or above[-1] == ",")
            and raw.count("\n", cut[i], cut[i + 1]) == 1
            and not runs_on(i)
            and (
                runs_on(i - 1)
                or runs_on(i + 1)
                or all(width * 4 >= band * 3 for width in (len(above), len(below)))
            )
        ):
            return True
    return False


# What a line may end with after its sentence: superscript markers, with tabs between too.
_SUPERSCRIPT_MARKS = SUPERSCRIPT_TAIL + "\t"


def _table_rows(lines: Lines) -> list[int]:
    """The rows of tables, in order: two lines or more in a row with as many tabs (a table
    copied from a page gives its cells with a tab between, ``Transport\t3.8%\t3.9%``), or
    as many pipes, first and last (a Markdown table, ``| Core CPI | 2.2% |``).

    A table of figures reads as no prose, and its rows would cost the article block as a menu
    does: the paragraphs above and below it were lost, and a row taken for the headline. The
    rows are no menu (see :func:`_page_like`) and read as prose: they go with the page around
    them when they stand outside the article.
    """
    text = lines.text
    rows: set[int] = set()
    found = {
        "\t": [i for i in _lines_with(lines, ["\t"]) if "\t" in text[i]]
        if "\t" in lines.raw
        else [],
        # (A Markdown row starts with its pipe: the lines found by their first characters.)
        "|": [i for i in _occurrences(lines.firsts(), "|") if text[i][-1] == "|"],
    }
    for sep, candidates in found.items():
        for a, b in pairwise(candidates):
            if b == a + 1 and text[a].count(sep) == text[b].count(sep):
                rows.update((a, b))
    if "  " in lines.raw:
        rows.update(_aligned_rows(lines))
    return sorted(rows)


# The gap between two cells of a table laid out with spaces, as text browsers and converters
# write one ("Arsenal   11   8   2   1   26").
_CELL_GAP = re.compile(r" {2,}")
#: A table laid out with spaces has at least this many rows (a header and two of figures).
ALIGNED_ROWS = 3


def _aligned_rows(lines: Lines) -> list[int]:
    """The rows of tables whose cells are set apart by runs of spaces: ``ALIGNED_ROWS`` lines
    or more in a row with as many gaps, two or more, that do not end like sentences, each
    with a figure but for the first (the header). A menu laid out in columns has no figures,
    and sentences with two spaces after their full stops end with one."""
    text = lines.text
    gaps = {
        i: len(_CELL_GAP.findall(text[i]))
        for i in _lines_with(lines, ["  "])
        if "  " in text[i] and not ends_sentence(text[i])
    }
    rows: list[int] = []
    run: list[int] = []
    for i in sorted(gaps):
        if run and (i != run[-1] + 1 or gaps[i] != gaps[run[0]] or not _has_digit(text[i])):
            if len(run) >= ALIGNED_ROWS:
                rows.extend(run)
            run = []
        if not run and gaps[i] < 2:
            continue
        run.append(i)
    if len(run) >= ALIGNED_ROWS:
        rows.extend(run)
    return rows


def _page_like(lines: Lines, kept: list[bool], table_rows: list[int]) -> bool:
    """Tell whether a text has the furniture of a page: a footer or a cookie or subscription
    notice, or two lines in a row that can be neither prose nor structure and do not go by
    what they are (a menu, a link list, a byline and a date...; not a caption, say, next to a
    subheading, nor a table's rows)."""
    raw = lines.raw
    if any(map(raw.__contains__, _PAGE_LOWER_KEYS)) or any(
        capital in raw and key in raw for capital, key in _PAGE_CAPITAL_KEYS
    ):
        return True  # (as ``any(map(raw.__contains__, _PAGE_KEYS))``, with fewer scans)
    if _PAREN_C.search(raw) is not None and _FOOTER.search(raw) is not None:
        return True
    # The lines that cannot be prose: prose is long, or ends like a sentence (once a credit
    # after it is set aside; a bulleted menu item has a dash too).
    other = [True] * len(lines)
    text, words = lines.text, lines.words
    for i in lines.candidates:
        if words[i] >= 2 * MIN_PROSE_WORDS or ends_sentence(_uncredited(text[i])):
            other[i] = False
        elif text[i][-1] in SUPERSCRIPT_DIGITS and ends_sentence(
            text[i].rstrip(_SUPERSCRIPT_MARKS)
        ):
            other[i] = False  # a sentence with superscript markers after its full stop: ``.¹ ²``
    for i in table_rows:
        other[i] = False  # (a table, and the line that leads into it, are the article's)
        if i > 0 and text[i - 1][-1] == ":":
            other[i - 1] = False
    for i in compress(count(), kept):
        if i > 0 and not kept[i - 1] and text[i][0].isdigit():
            # The heading of a numbered list kept as the article's (``Key points:``, ``## What
            # happened``) is its structure: under an AI answer's title it made a pair of lines.
            other[i - 1] = False
    pairs = compress(
        count(), map(and_, map(and_, other, other[1:]), map(not_, map(or_, kept, kept[1:])))
    )
    plain: dict[int, bool] = {}  # whether a line has no reason to go by what it is

    def is_plain(i: int) -> bool:
        if i not in plain:
            line = text[i]
            # (A clock time alone is a live report's stamp over its entry, no menu's line.)
            plain[i] = _reason(line, words[i], False, "") is None and not _clock_alone(line)
        return plain[i]

    def led_list_end(i: int) -> int:
        # The last item of a list under a lead-in that lines i and i + 1 are in (its lead-in
        # and first item, or two items: "Residents have been urged to:", "- move cars to higher
        # ground"), or -1: an article's own list (:func:`_content_list`) is no menu, even with
        # no page around it.
        if text[i][-1] not in _COLONS and (":" in text[i + 1] or text[i + 1][-1] in ".;"):
            # A subheading with no colon over its items (``Timeline``, ``March 2024: ...``):
            # (a label or a clause's end in the first item, told first: a menu has neither).
            headed = _headed_list(lines, i)
            if headed >= 0 and not any(kept[i : headed + 1]):
                return headed
        lead = i
        while text[lead][-1] not in _COLONS:
            lead -= 1
            if lead < 0 or not other[lead] or kept[lead] or i - lead > _BOX_LINES:
                return -1
        if not (is_plain(lead) and _lead_in(lines, lead, None)):
            return -1
        end = i + 1
        while end + 1 < len(other) and other[end + 1] and not kept[end + 1]:
            if _clock_alone(text[end + 1]):
                break  # a live report's next stamp
            end += 1
        return end if _content_list(text, range(lead + 1, end + 1), True) else -1

    listed = -1  # the last line of the article's list the last pair was in
    for i in pairs:
        if i < listed or not (is_plain(i) and is_plain(i + 1)):
            continue
        listed = led_list_end(i)
        if listed < 0:
            return True
    return False


def _below_stamps(lines: Lines, i: int, last: int) -> int:
    """The first line from ``i`` on (to ``last``) that is no date stamp or byline (``last + 1``
    if none)."""
    text = lines.text
    while i <= last and lines.words[i] <= BYLINE_WORDS and stamp_or_byline(text[i]):
        i += 1
    return i


def _article_only(lines: Lines, prose: list[bool], kept: list[bool]) -> list[Removal]:
    """The removals of a text that is all article: each line that goes by what it is."""
    last = len(lines) - 1
    reasons: list[str | None] = [None] * len(lines)
    text, words = lines.text, lines.words
    for i in _reason_candidates(lines, prose, kept, 0, last, ""):
        reasons[i] = _reason(text[i], words[i], prose[i], "")
    # (The title may stand under a section's name alone, "Video", which goes.)
    top = 0
    while top < last and reasons[top] == "navigation":
        top += 1
    if (
        reasons[top] == "teaser"
        and _title_label(text[top], _MEDIA_KICKERS)
        and not ends_sentence(text[top])
        and (top == last or reasons[top + 1] != "teaser")
        and (
            _title_label(text[top])
            or (
                # (A video's title over a paragraph, a date or a byline between them: over a
                # headline, "Watch: Mayor's full news conference" over "Boil-water notice
                # lifted ...", it is a teaser.)
                (below := _below_stamps(lines, top + 1, last)) <= last
                and prose[below]
                and not headline_like(text[below], words[below])
            )
        )
    ):
        # The title of a text that is all article may carry a label ("Live: Election night
        # results", "Exclusive: ..."; a video's or a podcast's page, "Watch: ...", "Listen:
        # ...", over the paragraphs that tell it): it is the headline, not a teaser of another
        # page (a box of those has more than one).
        reasons[top] = None
    elif reasons[0] == _CAPTION_REASON and not _is_caption(text[0], words[0]):
        reasons[0] = None  # (nor is a title in capitals with a slash a photo's credit)
    # An advertisement's label between two paragraphs (in a page, told in runs of short lines).
    for i in compress(count(), map(AD_LABEL_WORDS.__ge__, words)):
        if (
            0 < i < last
            and reasons[i] is None
            and not kept[i]
            and words[i - 1] >= MIN_PROSE_WORDS <= words[i + 1]
            and _ad_label(text[i], words[i])
        ):
            reasons[i] = AD_REASON
    _contents(lines, kept, reasons, 0, last)
    # The wire's credit alone over the first paragraph, under the dateline ("LONDON" over
    # "REUTERS"; as in a page, ``_credit_over_article``). (An agency's name alone over the
    # text may be its title: it stays.)
    if (
        last > 1
        and reasons[1] is None
        and not kept[1]
        and words[2] >= MIN_PROSE_WORDS
        and _PLACE_ALONE.fullmatch(text[0]) is not None
        and _credit_alone(text, 1)
    ):
        reasons[1] = "credit"
    if _holds(lines, _ABOUT_KEYS, max(0, last - ABOUT_REACH), last):  # (found in C)
        _about_sections(lines, prose, kept, reasons, 0, last)
    # (A text that is all article has no end of a block: its last line stands below it.)
    _end_notes(lines, kept, reasons, max(0, last + 1 - _END_REACH), last + 1, last)
    end = last
    # (A photo's credit alone, "Name/AP", may be the story's credit too, at its end.)
    while end > 0 and reasons[end] is not None and reasons[end] != _CAPTION_REASON:
        end -= 1
    if end and not kept[end] and _credit_alone(text, end):
        reasons[end] = "credit"  # the story's credit on a line of its own: "(Yonhap)", "- AFP"
    removals = _with_end_tag(lines, _removals(lines, reasons, kept, 0, last), reasons, last)
    caps = _drop_caps(lines)
    return sorted([*removals, *caps], key=lambda r: r.span.start) if caps else removals


def _with_end_tag(
    lines: Lines, removals: list[Removal], reasons: list[str | None], last: int
) -> list[Removal]:
    """``removals`` and, where the article's last line that stays ends with an editor's
    initials or an agency's credit in brackets (:func:`_end_tag`), their removal as a
    ``credit`` (lines that end the block and go, a disclaimer say, are passed over)."""
    while last > 0 and reasons[last] is not None:
        last -= 1
    at = _end_tag(lines.text[last]) if reasons[last] is None else -1
    if at < 0:
        return removals
    start = lines.start(last)
    tag = removal(start + at, start + len(lines.text[last]), "credit")
    return sorted([*removals, tag], key=lambda r: r.span.start)


# A capital over a lower-case letter in the string of the lines' first characters: a line that
# starts with a capital over one that starts in lower case (a drop cap, if the capital is alone).
_CAP_OVER_LOWER = regex.compile(r"\p{Lu}(?=\p{Ll})")


def _drop_caps(lines: Lines) -> list[Removal]:
    """The line breaks after the drop caps of a text that is all article, as :func:`_drop_cap`
    tells one in a page: a capital alone on its line over a line that starts in lower case.
    They are found in the string of the lines' first characters, not line by line."""
    text = lines.text
    if 1 not in map(len, text):
        return []  # (no line of one character: told in C, without the pattern's call)
    caps = (m.start() for m in _CAP_OVER_LOWER.finditer(lines.firsts()))
    return [
        removal(lines.start(i) + 1, lines.start(i + 1), "drop cap")
        for i in caps
        if len(text[i]) == 1
    ]


def _title_label(line: str, more: tuple[str, ...] = ()) -> bool:
    """Whether ``line`` opens with a teaser's label that also opens headlines (``Live: ...``),
    or with one of ``more``."""
    kicker = _KICKER.match(line)
    if kicker is None:
        return False
    label = kicker.group("label").lower()
    return label in _TITLE_KICKERS or label in more


# The labels of a video's, a gallery's or a podcast's own title ("Watch: Firefighters rescue
# dog from frozen lake"), over the paragraphs that tell it.
_MEDIA_KICKERS = ("watch", "video", "photos", "gallery", "listen", "podcast")


def _decide(lines: Lines, prose: list[bool], kept: list[bool], footers: list[int]) -> list[Removal]:
    """The removals, given the prose lines, the kept lines and the lines with footer words."""
    first, last = _article_block(lines, prose, kept, footers)
    if first < 0:
        return []
    first, last = _widened(lines, prose, kept, first, last)
    if first > 1 and _opening_sentence(lines, prose, kept, first - 1):
        first -= 1
    last = _to_references(lines, prose, kept, last)
    last = _below_block(lines, prose, kept, last)
    if _closing_sentence(lines, prose, kept, last + 1):
        last += 1
    else:
        last = _closing_paragraphs(lines, kept, last)
    last = _before_comments(lines, prose, kept, first, last)
    head = _headline(lines, first, last, prose, kept)
    head_norm = ""
    notes: list[int] = []
    if head >= 0:
        kept[head] = True
        head_norm = norm(lines.text[head])
        notes = _editors_notes(lines, kept, head, first)
    if head == first:
        # The block opens with its headline: the article starts at its next paragraph, and
        # the lines between (a date stamp) go as lines outside it.
        first = next((i for i in range(head + 1, last + 1) if prose[i] or kept[i]), head)

    cap = _drop_cap(lines, first)
    if cap >= 0:
        kept[cap] = True
    reasons: list[str | None] = [None] * len(lines)
    _outside(lines, prose, kept, reasons, first, last, head, footers)
    for i in notes:
        reasons[i] = NOTE_REASON
    _credit_over_article(lines, reasons, first)
    if _standfirst(lines, prose, kept, head, first):
        reasons[head + 1] = "standfirst"
    elif _deck(lines, prose, kept, head, first) and reasons[head + 1] in _RUN_REASONS:
        reasons[head + 1] = "standfirst"  # (not a copy of the headline: it goes as one)
        # The byline and stamps under the deck go as such (the deck kept them from it).
        below = range(head + 2, first)
        if len(below) <= _BYLINE_RUN and all(
            _byline_alone(lines.text[k], lines.words[k]) for k in below
        ):
            reasons[head + 2 : first] = [BYLINE_REASON] * len(below)
    words, text = lines.words, lines.text
    for i in _reason_candidates(lines, prose, kept, first, last, head_norm):
        reasons[i] = _reason(text[i], words[i], prose[i], head_norm)
    _end_notes(lines, kept, reasons, max(first, last + 1 - _END_REACH), last + 1)
    # (Looked for in C in the block's last lines: most blocks have none.)
    if _holds(lines, _ABOUT_KEYS, max(first, last - ABOUT_REACH), last):
        _about_sections(lines, prose, kept, reasons, first, last)
    _inside_runs(lines, prose, kept, reasons, first, last)
    _contents(lines, kept, reasons, first, last)
    _credited_captions(lines, prose, kept, reasons, first, last)
    if first < last and _caption_over_dateline(lines, kept, reasons, first):
        reasons[first] = _CAPTION_REASON
    removals = _removals(lines, reasons, kept, first, last)
    removals = _with_end_tag(lines, removals, reasons, last)
    if cap >= 0:
        # The line break after the drop cap goes: "W" and "hen the boat..." read "When ...".
        gap = removal(lines.start(cap) + 1, lines.start(first), "drop cap")
        removals = sorted([*removals, gap], key=lambda r: r.span.start)
    return removals


# An editor's note or a correction set over a story's headline or under it, a label and a
# sentence: "Editor's note: This article was updated on March 15 to correct ...", "Correction:
# An earlier version of this story ...", "Clarification: ...", "Update, March 15: ...", "Nota
# del editor: ...", "Note de la rédaction : ...", "Anmerkung der Redaktion: ...", "Nota da
# redação: ...", "Catatan redaksi: ...", "(Editor's note: ...)".
_EDITORS_NOTE = regex.compile(
    r"(?i)[(\[*_]*(?:editor['’]?s['’]?\s+note|editorial\s+note|note\s+from\s+the\s+editors?"
    r"|corrections?|clarification|updated?(?:\s*,\s*[^:\n]{1,40})?"
    r"|nota\s+(?:del?\s+(?:la\s+)?(?:editor|redacci[óo]n)|da\s+reda[çc][ãa]o)|fe\s+de\s+erratas"
    r"|errata|note\s+de\s+la\s+r[ée]daction|anmerkung\s+der\s+redaktion|korrektur"
    r"|catatan\s+redaksi|koreksi|ralat)[*_]*\s*[:：]\s*\S"
)
# The first letters of those notes' labels (a cheap test first).
_EDITORS_NOTE_FIRSTS = frozenset("([*_EeCcUuNnFfAaKkRr")
#: How many lines over the headline an editor's note is looked for.
EDITORS_NOTE_REACH = 2
NOTE_REASON = "editor's note"


def _editors_notes(lines: Lines, kept: list[bool], head: int, first: int) -> list[int]:
    """The editor's notes and corrections (a label and a sentence, ``_EDITORS_NOTE``; a
    paragraph at most) right over the headline (``EDITORS_NOTE_REACH`` lines at most), which
    go as ``editor's note`` rather than as lines outside the article or with the menu above
    (kept, they would stand over the headline, read then as the article's first line); those
    between the headline and the article's first paragraph are kept: they are part of the
    article's record."""
    text, words = lines.text, lines.words
    above: list[int] = []
    for i in (*range(max(0, head - EDITORS_NOTE_REACH), head), *range(head + 1, first)):
        t = text[i]
        if (
            not kept[i]
            and MIN_SENTENCE_WORDS <= words[i] <= LONE_PARAGRAPH
            and t[0] in _EDITORS_NOTE_FIRSTS
            and ends_sentence(t)
            and _EDITORS_NOTE.match(t) is not None
            and not stamp_or_byline(t)  # ("Updated: March 15, 2024 at 6:42 p.m.")
        ):
            if i < head:
                above.append(i)
            else:
                kept[i] = True
    return above


def _credit_over_article(lines: Lines, reasons: list[str | None], first: int) -> None:
    """The wire's credit alone on its line right over the article's first paragraph, under
    its dateline maybe ("LONDON" over "REUTERS", "(AFP)"), goes as ``credit``: with no more
    than its dateline around it (no menu's run), it is no menu's link. The dateline, a place
    in capitals alone (``_PLACE_ALONE``), is the article's and stays."""
    k = first - 1
    if k < 0 or reasons[k] not in _RUN_REASONS or not _credit_alone(lines.text, k):
        return
    top = k
    while top > 0 and reasons[top - 1] in _RUN_REASONS:
        top -= 1
    if k - top <= 1:
        reasons[k] = "credit"
        if k > top and _PLACE_ALONE.fullmatch(lines.text[top]) is not None:
            reasons[top] = None  # (the story's dateline, a place in capitals: the article's)


# A place in capitals alone on its line: a dateline ("LONDON", "NEW YORK", "SÃO PAULO").
_PLACE_ALONE = regex.compile(r"\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}")


CONTENTS_REASON = "table of contents"
#: A table of contents lists this many of the article's subheadings at least.
CONTENTS_ITEMS = 2


def _contents(
    lines: Lines,
    kept: list[bool],
    reasons: list[str | None],
    first: int,
    last: int,
) -> None:
    """Give the reason ``table of contents`` to the run of short lines in the block that are
    the article's subheadings below it, each as it stands again further down (``Contents``,
    ``What is H5N5?``, ``How does it spread?``...): they stayed, as questions, or as a list
    whose lines end alike. (Found by their repeats, in any language: short lines that stay
    and no two alike, as in most articles, need no more look.)"""
    text, words = lines.text, lines.words
    block = text[first : last + 1]
    if len(set(block)) == len(block):
        return  # (no line stands twice: told in C, as in most articles)
    # (A subheading that asks a question reads as prose: short lines are told by their words.)
    # (An answer "No." may stand twice in an interview: a subheading has two words and no
    # full stop.)
    short = [
        i
        for i in range(first, last + 1)
        if 2 <= words[i] < 2 * MIN_PROSE_WORDS and not kept[i] and text[i][-1] != "."
    ]
    if len(short) < 2 * CONTENTS_ITEMS or len(set(map(text.__getitem__, short))) == len(short):
        return
    below: dict[str, int] = {}  # each short line's last place
    for i in short:
        below[text[i]] = i
    run: list[int] = []
    for i in (*short, -1):
        if i >= 0 and (not run or i == run[-1] + 1) and below[text[i]] > i:
            run.append(i)
            continue
        if (
            len(run) >= CONTENTS_ITEMS
            and all(reasons[k] is None for k in run)
            and _contents_place(lines, first, run[0])
        ):
            for k in run:
                reasons[k] = CONTENTS_REASON
        run = [i] if i >= 0 and below[text[i]] > i else []


# The label over a table of contents ("Contents", "In this article", "Jump to", "Inhalt").
_CONTENTS_LABEL = regex.compile(
    r"(?i)(?:(?:table\s+of\s+)?contents|in\s+this\s+(?:article|story|guide|page)|on\s+this\s+page"
    r"|jump\s+to(?:\s+section)?|inhalt(?:sverzeichnis)?|sommaire|[íi]ndice|contenidos?|conte[úu]do"
    r"|daftar\s+isi|mục\s+lục)\s*[:：]?"
)


def _contents_place(lines: Lines, first: int, top: int) -> bool:
    """Whether a run of short lines that stand again below, from line ``top``, sits where a
    table of contents does: under its label (``Contents``, ``In this article``), or above the
    article's first paragraph, and not under a line that ends with a colon (the lines a crowd
    chanted, "No fees, no debt", stand twice in the story: they are quoted, not listed)."""
    text, words = lines.text, lines.words
    above = text[top - 1] if top > 0 else ""
    if above and _CONTENTS_LABEL.fullmatch(above) is not None:
        return True
    if above[-1:] in _COLONS:
        return False
    return not any(
        words[k] >= MIN_PROSE_WORDS and ends_sentence(text[k]) for k in range(first, top)
    )


#: A caption's text above its credit line has fewer words than this.
CAPTION_TEXT_WORDS = 30
_CAPTION_REASON = "caption with agency credit"


# The heading of the readers' comments under an article: "23 comments", "5 thoughts on
# "Title"", "3 Responses to ...", "Comments (12)", "Kommentare (4)", "Leave a Reply", "Join the
# conversation".
_COMMENTS_HEADING = regex.compile(
    r"(?i)(?:\d+|one)\s+(?:comments?|thoughts?\s+on\b.*|responses?(?:\s+to\b.*)?|replies)"
    r"|(?:comments?|kommentare?|komentar|comentarios|commentaires|comentários)\s*\(\d+\)"
    r"|leave\s+a\s+(?:reply|comment)|join\s+the\s+conversation"
)
# What such a heading opens with: a figure, "One", "Comments", "Kommentare", "Komentar",
# "Leave", "Join" (in either case).
_COMMENTS_FIRSTS = regex.compile(r"[\dOoCcKkLlJj]")
#: A comments' heading has at most this many words (a title may follow "thoughts on").
COMMENTS_HEADING_WORDS = 20


def _before_comments(
    lines: Lines, prose: list[bool], kept: list[bool], first: int, last: int
) -> int:
    """The block's last line, moved up above the readers' comments where their heading stands
    in it (``23 comments``, ``5 thoughts on "..."``, ``Leave a Reply``): a comment is a
    paragraph, and the heading and each commenter's name and stamp cost less than the comments
    give (a blog post kept its readers' comments)."""
    if first >= last:
        return last
    words, text = lines.words, lines.text
    # (The lines that may open such a heading found by their first characters, in C.)
    for m in _COMMENTS_FIRSTS.finditer(lines.firsts(), first + 1, last + 1):
        i = m.start()
        if (
            not prose[i]
            and not kept[i]
            and words[i] <= COMMENTS_HEADING_WORDS
            and _COMMENTS_HEADING.fullmatch(text[i].rstrip(" :"))
        ):
            if sum(prose[first:i]) < 2:
                continue  # (a link to the comments by the byline: the post is below it)
            if not _comment_entries(prose, i, last):
                continue  # (the article's own paragraphs under a subheading: "Leave a comment")
            end = i - 1
            while end > first and not (prose[end] or kept[end]):
                end -= 1
            return end
    return last


#: A reader's comment has this many paragraphs at most.
COMMENT_PARAGRAPHS = 4


def _comment_entries(prose: list[bool], heading: int, last: int) -> bool:
    """Whether the paragraphs below a comments' heading (line ``heading``) to the block's last
    line are readers' comments: each comment's paragraphs (``COMMENT_PARAGRAPHS`` at most)
    under a line of its own that is no paragraph (the commenter's name, a time stamp, a
    "Reply" button), the first one not right under the heading. The article's paragraphs go
    on right under a heading, one after another."""
    if heading + 1 > last or prose[heading + 1]:
        return False
    run = 0
    for k in range(heading + 2, last + 1):
        run = run + 1 if prose[k] else 0
        if run > COMMENT_PARAGRAPHS:
            return False
    return True


def _credited_captions(
    lines: Lines,
    prose: list[bool],
    kept: list[bool],
    reasons: list[str | None],
    first: int,
    last: int,
) -> None:
    """Give the caption's reason to the text of a photo's caption whose credit stands alone on
    the next line ("Die Baustelle bleibt länger.", then "Foto: Uli Deck/dpa"): a short
    paragraph in the block with a line that is not prose above it (a byline, a sharing
    button, a subheading) and the credit alone below it (a photo word and a colon first).
    Between two paragraphs, a short paragraph over a credit may be the article's: it stays.

    A gallery's counter right above a caption ("1 of 4") goes with it, for its reason.
    """
    text, words = lines.text, lines.words
    k = max(first, 1)  # (the caption's text and a line above it in the block)
    while True:
        try:
            k = reasons.index(_CAPTION_REASON, k + 1, last + 1)  # (found in C)
        except ValueError:
            return
        up = k - 1
        if not (prose[up] or kept[up]) and _counter_alone(text[up]):
            reasons[up] = _CAPTION_REASON
            continue
        if _CAPTION_START.match(text[k]) is None:
            continue
        if (
            prose[up]
            and not kept[up]
            and reasons[up] is None
            and words[up] < CAPTION_TEXT_WORDS
            and not prose[up - 1]
        ):
            reasons[up] = _CAPTION_REASON


#: An advertisement's label is looked for this many lines below the article block at most.
AD_REACH = 2


def _below_block(lines: Lines, prose: list[bool], kept: list[bool], last: int) -> int:
    """The block's last line, moved down over the few short lines right below it
    (``REFERENCES_REACH``) to a line that names the article's sources after a label
    (``_SOURCES_LINE``), which is kept: a fact check's "Verdict: False" over "Sources: ...", a
    list of names and dates, reads as no prose, and went with the links below it; or past an
    advertisement's label (within ``AD_REACH`` lines) over the sentences right under it: an ad
    sits between a story's paragraphs, and a tabloid's short last ones ("Her co-stars rushed
    to congratulate her.") read as no prose. A link's title under an ad does not end with a
    full stop (a teaser's question reads as prose: it stays below)."""
    text, words = lines.text, lines.words
    n = len(text)
    for k in range(last + 1, min(n, last + 1 + REFERENCES_REACH)):
        if prose[k] or kept[k]:
            break
        line = text[k]
        if line[0] in _SOURCES_FIRSTS and _SOURCES_LINE.match(line) is not None:
            kept[k] = True  # (kept as a reference list is: no run of short lines takes it)
            return k
        if k - last <= AD_REACH and words[k] <= AD_LABEL_WORDS and _ad_label(line, words[k]):
            j = k + 1
            while j < n and not kept[j] and _short_sentence(text[j], words[j]):
                j += 1
            return j - 1 if j > k + 1 else last
        if _teaser_heading(line) or _KICKER.match(line) or _MORE_FROM.match(line):
            break  # the label of a box of links: what is under it is no sources line
    return last


def _short_sentence(line: str, words: int) -> bool:
    """Whether a line is a sentence that ends with a full stop (in closing quotes too), of
    ``MIN_SENTENCE_WORDS`` words or more."""
    return words >= MIN_SENTENCE_WORDS and line.rstrip("\"'”’»)")[-1:] == "."


def _closing_sentence(lines: Lines, prose: list[bool], kept: list[bool], i: int) -> bool:
    """Whether line ``i``, right below the article block, is the article's last paragraph: a
    short sentence (``MIN_SENTENCE_WORDS`` words or more) too short or too thick with names to
    read as prose ("Volunteers will remove illegal posters starting Monday."), right over the
    story's credit on a line of its own ("- Reuters", "The Star/ANN"), the site's address
    that signs it off ("Rappler.com") or the label of the box of links after the article
    ("Related topics", "Most read")."""
    text, words = lines.text, lines.words
    return (
        i + 1 < len(text)
        and not prose[i]
        and not kept[i]
        and MIN_SENTENCE_WORDS <= words[i] < 2 * MIN_PROSE_WORDS
        and ends_sentence(text[i])
        and not kept[i + 1]
        and (
            _CREDIT_ALONE.fullmatch(text[i + 1]) is not None
            or _SITE_ALONE.fullmatch(text[i + 1]) is not None
            or _teaser_heading(text[i + 1])
        )
    )


def _closing_paragraphs(lines: Lines, kept: list[bool], last: int) -> int:
    """The block's last line, moved down over the few lines right below the block
    (``_END_REACH`` at most) that are short sentences and go by nothing they are: the
    article's short last paragraphs ("No one was hurt.", "Interment, Cathedral Cemetery."),
    too short or too thick with names to read as prose. Only where nothing follows them but
    sharing buttons, an obituary's ("Sign the Guest Book") and a copyright line: "Thanks for
    reading." over a box of links, or over a line that goes by nothing it is, is the page's.
    """
    text, words = lines.text, lines.words
    n = len(text)
    end = last
    for k in range(last + 1, min(n, last + 1 + _END_REACH)):
        line = text[k]
        if (
            kept[k]
            or not 2 <= words[k] < 2 * MIN_PROSE_WORDS
            or line.rstrip("\"'”’»)")[-1:] not in _FULL_STOPS
            or not (line[0].isupper() or line[0].isdigit() or line[0] in _OPENING_QUOTES)
            or line.isupper()
            or _reason(line, words[k], False, "") is not None
        ):
            break
        end = k
    if end == last:
        return last
    if all(_REPORTED.match(text[k]) is not None for k in range(last + 1, end + 1)):
        return end  # (reported speech is the article's, whatever follows it)
    # (Buttons right under them, up to the page's footer: "Thanks for reading." over "Share",
    # "Most read" and its links is the page's, as is one over any line that goes by nothing
    # it is. An obituary's buttons, "Sign the Guest Book", tell its own page: what follows
    # them, "Privacy Policy" or "More Obituaries", is the site's.)
    buttons = obituary = False
    for k in range(end + 1, n):
        if kept[k]:
            return end if obituary else last
        reason = _reason(text[k], words[k], False, "")
        if reason == "copyright footer" or (buttons and reason in _FOOTER_REASONS):
            return end
        if reason in _BUTTON_REASONS:
            buttons = True
        elif _GUEST_BOOK.match(text[k]) is not None:
            buttons = obituary = True
        else:
            return end if obituary else last
    return end


# What the lines under an article's short last paragraphs go by where they stay: sharing
# buttons and the site's copyright; or an obituary's buttons (``_GUEST_BOOK``).
_BUTTON_REASONS = frozenset(("sharing line", "copyright footer"))
# What a page's footer under the buttons goes by ("Privacy Policy", "Terms of Use").
_FOOTER_REASONS = frozenset(("cookie/subscription line",))
_GUEST_BOOK = regex.compile(
    r"(?i)(?:sign|view|visit)\s+(?:the\s+|our\s+)?guest\s?book$|send\s+flowers$"
    r"|(?:leave|offer|send)\s+(?:a\s+)?condolences?$"
)


# Reported speech on a line: a quotation, closed after its own punctuation, and who said it
# ('"We never stopped believing," Tatum said.', '« C'est fini », a-t-il dit.'). A teaser that
# quotes someone puts a colon after the quotation, or the name first.
_REPORTED = regex.compile(r"[\"“«„‘][^\"“”«»]{2,}?[,.!?…]?\s?[\"”»“’],?[ \t]+\p{L}[^\"“”«»:]*\.$")
# What a short last paragraph may open with besides a capital or a figure: a quotation mark.
_OPENING_QUOTES = frozenset('"“”«»„‘')
# What a short last paragraph ends with (a question or an exclamation may be a teaser's).
_FULL_STOPS = frozenset(".。")


#: The article reaches a reference list this many lines below its block at most.
REFERENCES_REACH = 3


def _to_references(lines: Lines, prose: list[bool], kept: list[bool], last: int) -> int:
    """The block's last line, moved down over the few short lines between it and the kept
    lines right below (a reference list, "Sources" over "[1] ..."): a subheading and a short
    paragraph ("Why it matters", "False claims spread quickly.") that the scores leave out.
    The article runs on to its references; a page's furniture comes after them."""
    end = min(len(lines), last + 1 + REFERENCES_REACH)
    for k in range(last + 1, end):
        if kept[k]:
            return k - 1
        if prose[k]:
            return last
    return last


# A line that names the article's sources after a label ("Sources: Finance Ministry statement,
# October 29; Central Bank press release"), as a fact check ends; in the languages the page
# cleaner reads. Its first letter is looked up before the pattern is tried. A list has the
# shape of one: names apart by commas or semicolons, a date or an address ("Sources: Lakers
# close to signing veteran guard" is a headline, a sports desk's scoop).
_SOURCES_LINE = regex.compile(
    r"(?i)(?:sources?|fuentes?|fontes?|sumber|nguồn|quellen?|références?|references?|출처)"
    r"\s*[:：]\s*(?=.*?(?:[,;，；、\d]|://|www\.))\S+(?:\s+\S+){2}"
)
# A teaser's label over the box of links below the article ("More from Sport"): a sources line
# is not looked for below it.
_MORE_FROM = regex.compile(r"(?i)more\s+(?:from|in|on)\b")
#: A teaser's label alone ("More from Cornwall") has at most this many words.
TEASER_LABEL_WORDS = 5


# The labels over a live page's entries ("Latest", "Live"): its article may be a standfirst
# alone over them.
_LIVE_LABELS = frozenset({"latest", "live", "latest updates", "live updates", "latest news"})


def _teaser_summaries(
    lines: Lines, prose: list[bool], kept: list[bool], footers: list[int]
) -> None:
    """Read as no prose the paragraphs of other pages' teasers: under a teaser's label alone
    (``More from Cornwall``, ``Most read``, ``Related``), two headlines or more, each over its
    summary (a paragraph). They read as prose, and where the article is short they carried the
    block on over them (a headline costs less than its summary gives).

    An article's box of links has headlines alone, and its sections have no teaser's label
    over them. Such a box is under the article, which it does not outweigh: where the block
    without them ends below the label (the article goes on under the box), the pairs are
    the article's subheadings and paragraphs (a box of one teaser set in the article, "Related"
    over a headline, and the article going on). Under a live page's label ("Latest", "Live")
    the pairs are its entries where the block has no more words than their summaries; under
    another, a short article's own words do not put the teasers under it back."""
    groups = _teaser_groups(lines, prose)
    if not groups:
        return
    for _, pairs in groups:
        for k in pairs:
            prose[k] = False
    first, last = _article_block(lines, prose, kept, footers)
    words = lines.words
    weight = sum(min(words[k], MAX_GAIN) for k in range(first, last + 1) if prose[k])
    text = lines.text
    for label, pairs in groups:
        if (
            first < 0
            or last >= label
            or (
                text[label].rstrip(" :：").lower() in _LIVE_LABELS
                and weight <= sum(words[k] for k in pairs)
            )
        ):
            for k in pairs:
                prose[k] = True


def _teaser_groups(lines: Lines, prose: list[bool]) -> list[tuple[int, list[int]]]:
    """Each teaser's label over two headline-and-summary pairs or more (see
    :func:`_teaser_summaries`), with the lines of their summaries. A summary is in the
    paper's voice: a paragraph that opens with a quotation goes on with the article's story
    under a teaser set in it ("Related", a headline, then a quote)."""
    text, words = lines.text, lines.words
    found: list[tuple[int, list[int]]] = []
    # (A label over a headline over a paragraph: looked for from the paragraphs, fewer than
    # a page's lines.)
    for p in compress(count(), prose):
        i = p - 2
        if i < 0 or prose[i] or prose[i + 1] or words[i] > TEASER_LABEL_WORDS:
            continue
        if not (_teaser_heading(text[i]) or _MORE_FROM.match(text[i])):
            continue
        pairs: list[int] = []
        k = i + 1
        while (
            k + 1 < len(text)
            and not prose[k]
            and prose[k + 1]
            and headline_shaped(text[k], words[k])
            and not ends_sentence(text[k])
            and not text[k + 1].startswith(_QUOTES)  # (a summary is in the paper's voice)
        ):
            pairs.append(k + 1)
            k += 2
        if len(pairs) >= 2:
            found.append((i, pairs))
    return found


_SOURCES_FIRSTS = frozenset("SsFfNnQqRr출")


def _opening_sentence(lines: Lines, prose: list[bool], kept: list[bool], i: int) -> bool:
    """Whether line ``i``, right above the article block, is the article's first paragraph: a
    short sentence (``MIN_SENTENCE_WORDS`` words or more) right under a byline or a date stamp,
    too thick with names or too short to read as prose by its small words ("Every election
    season, cash aid programs multiply."). A caption there ends with its credit, not a stop."""
    words = lines.words[i]
    return (
        not prose[i]
        and not kept[i]
        and MIN_SENTENCE_WORDS <= words < 2 * MIN_PROSE_WORDS
        and ends_sentence(lines.text[i])
        and _byline_alone(lines.text[i - 1], lines.words[i - 1])
    )


def _caption_over_dateline(
    lines: Lines, kept: list[bool], reasons: list[str | None], i: int
) -> bool:
    """Whether the article's first line ``i`` is a photo's caption credited to an agency or a
    paper after a dash, over the lead that opens with a dateline ("Aircraft are parked at the
    new airport. - Antara", then "JAKARTA (The Jakarta Post/ANN): ..."): a story's credit
    ends the story, under its dateline, and is no first line's."""
    text = lines.text
    return (
        reasons[i] is None
        and not kept[i]
        and _DATELINE.match(text[i + 1]) is not None
        and _credit_start(text[i]) >= 0
    )


def _drop_cap(lines: Lines, first: int) -> int:
    """The line of the article's drop cap, or -1: a capital letter alone right above the
    block's first line, which goes on with the rest of the word in lower case ("W", then "hen
    the supply boat...", as a page copied from a magazine's layout gives it)."""
    if first < 1:
        return -1
    cap, text = lines.text[first - 1], lines.text[first]
    return first - 1 if len(cap) == 1 and cap.isupper() and text[0].islower() else -1


def _standfirst(lines: Lines, prose: list[bool], kept: list[bool], head: int, first: int) -> bool:
    """Whether the line under the headline is its standfirst: a paragraph set apart from the
    block by a byline or a date stamp, and no photo caption ("In this 2006 file photo, ...").

    It goes, as the benchmark's hand-made bodies leave it out, but as what it is: it is the
    article's summary, not another page's prose (``outside the article body``).
    """
    if not 0 <= head < first - 2 or not prose[head + 1] or kept[head + 1]:
        return False
    text, words = lines.text, lines.words
    # (A short line that reads as prose between is no paragraph: "Temps de lecture 3 min.")
    if any(prose[k] and words[k] >= MIN_PROSE_WORDS for k in range(head + 2, first)):
        return False
    return _PHOTO_WORD.search(text[head + 1], 0, 60) is None


# The reasons a run of lines outside the article goes for (:func:`_run_reason`).
_RUN_REASONS = ("navigation", "link list")


def _deck(lines: Lines, prose: list[bool], kept: list[bool], head: int, first: int) -> bool:
    """Whether the line under the headline is its deck, a standfirst that does not end like a
    sentence: a headline-like line of ``DECK_WORDS`` or more (as :func:`_headline` tells a
    deck) with a byline, a stamp or a control under it, or right over the article's first
    paragraph. (It went with them, or alone, as a link list.)"""
    deck = head + 1
    if not 0 <= head < first - 1 or prose[deck] or kept[deck]:
        return False
    text, words = lines.text, lines.words
    if words[deck] < DECK_WORDS or not headline_shaped(text[deck], words[deck]):
        return False
    if not _may_be_headline(text[deck], words[deck]) or _MENU_SEPARATOR.search(text[deck]):
        return False
    if deck + 1 == first:
        return True  # (right over the article's first paragraph)
    below = text[deck + 1]
    return stamp_or_byline(below) or below.startswith(_CONTROLS)


def _reason_candidates(
    lines: Lines, prose: list[bool], kept: list[bool], first: int, last: int, head: str
) -> list[int]:
    """The lines of the block for which :func:`_reason` may find a reason, in order.

    A repeated headline is told by its length and a teaser by its label; every other reason
    needs one of its key words in the line: a paragraph cannot be a sharing line, and a long
    one can only be a caption (if it does not end like a sentence), with the key in its tail.
    The lines that may hold a key are lower-cased and searched at once (``str.find`` runs in C)
    instead of one by one.
    """
    text, words, firsts = lines.text, lines.words, lines.firsts()
    size = len(head)
    found: list[int] = []
    # Lines that are not prose, short paragraphs and long paragraphs that may be captions.
    keyed: tuple[list[int], list[int], list[int]] = ([], [], [])
    for i in range(first, last + 1):
        if kept[i]:
            continue
        t = text[i]
        if (size and (len(t) == size or (not prose[i] and size <= len(t) < 2 * size + 40))) or (
            words[i] <= 60
            and ((f := firsts[i]) in _KICKER_FIRSTS or f > "\x7f")
            and ((h := t[:2].lower()) in _KICKER_STARTS or not h.isascii())
            and _KICKER.match(t) is not None
        ):
            found.append(i)
        elif not prose[i] or (t[-1] == ")" and words[i] <= BARE_CREDIT_WORDS):
            keyed[0].append(i)  # (a short line that ends with a bracket may be a credit)
        elif words[i] < 25:
            if t[0] in _JOIN_FIRSTS and t.startswith(_JOIN_STARTS):
                found.append(i)  # (a call to follow the site: its key is a sharing key)
            else:
                keyed[1].append(i)
        elif t[0] in _CALL_FIRSTS and t.startswith(_CALL_STARTS):
            found.append(i)
        elif _may_be_caption(t, words[i]):
            keyed[2].append(i)
    groups = _UNSPACED_KEYS_BY_GROUP if lines.unspaced else _KEYS_BY_GROUP
    for group, keys, reach in zip(keyed, groups, (0, 0, CAPTION_TAIL), strict=True):
        if group:
            parts = [text[i][-reach:] for i in group] if reach else [text[i] for i in group]
            found.extend(map(group.__getitem__, _parts_holding(parts, keys, lower=True)))
    return sorted(found)


def _parts_holding(parts: list[str], keys: tuple[str, ...], lower: bool = False) -> set[int]:
    """The parts (lines, or their ends) that hold one of ``keys`` (lower-cased if ``lower``):
    joined and searched at once (``str.find`` runs in C), not one by one."""
    if lower:
        # (Each part is lower-cased alone: a part in ASCII is lower-cased far faster than a
        # text with a character beyond it, and ``lower`` reads no context across a line break.)
        joined = "\n".join(map(str.lower, parts))
        if len(joined) != sum(map(len, parts)) + len(parts) - 1:
            return set(range(len(parts)))  # (a character that changes length when lower-cased)
    else:
        joined = "\n".join(parts)
    # (The keys in the short joined text picked in C first: most are not there, and most often
    # none is, which needs no part's start.)
    present = list(filter(joined.__contains__, keys))
    if not present:
        return set()
    starts = list(map(add, accumulate(map(len, parts[:-1]), initial=0), count()))
    return _segments_with(joined, present, starts, 0, len(joined))


def _outside(
    lines: Lines,
    prose: list[bool],
    kept: list[bool],
    reasons: list[str | None],
    first: int,
    last: int,
    head: int,
    footers: list[int],
) -> None:
    """Outside the block every line goes but the kept ones: a prose line as ``outside the
    article body``, a run of lines that are not prose as a menu (``navigation``, ``link list``),
    and a line that says more (a footer, a cookie line, the headline again) with that reason.
    """
    n, words = len(lines), lines.words
    # Lines that are prose or kept end the runs between them; the block is skipped whole.
    ends = [*compress(range(first), map(or_, prose, kept)), first]
    ends += [i + last + 1 for i in compress(count(), map(or_, prose[last + 1 :], kept[last + 1 :]))]
    i = 0
    for end in [*ends, n]:
        if end > i:
            reasons[i:end] = [_run_reason(words, i, end - 1)] * (end - i)
        if end == first:
            i = last + 1
            continue
        if end < n and not kept[end]:
            reasons[end] = "outside the article body"  # a prose line
        i = end + 1
    _byline_above(lines, prose, kept, reasons, first)
    # (The headline ``head`` is looked for as it is written: a copy in other letter case goes
    # with its run, for the run's reason.)
    keys: tuple[str, ...] = _NOTICE_KEYS
    head_norm = ""
    if head >= 0:
        keys, head_norm = (*keys, lines.text[head]), norm(lines.text[head])
    said = {*footers}
    for start, end in ((0, lines.cut[first]), (lines.next[last], len(lines.raw))):
        said.update(_lines_with(lines, keys, start, end))
    for i in sorted(said):
        if not first <= i <= last and not kept[i]:
            reasons[i] = _footer_reason(lines.text[i], head_norm) or reasons[i]
    # The lines right after the block may be its credit line or a note on the story: they go
    # for what they are rather than with the link list below them.
    _end_notes(lines, kept, reasons, last + 1, min(n, last + 1 + _END_REACH), last + 1)
    after = last + 1
    if after < n and not kept[after] and _credit_alone(lines.text, after):
        reasons[after] = "credit"  # the story's credit on a line of its own ("The Star/ANN")


def _byline_above(
    lines: Lines, prose: list[bool], kept: list[bool], reasons: list[str | None], first: int
) -> None:
    """The run of lines right above the article (under its headline) goes as ``byline or date
    stamp`` where each of its lines is one ("By Dana Whitfield", "Published 6:42 PM EST"):
    the menu's reason would say less of what they are."""
    top = first
    while top > 0 and not (prose[top - 1] or kept[top - 1]) and first - top < _BYLINE_RUN:
        top -= 1
    if top == first or (top > 0 and not (prose[top - 1] or kept[top - 1])):
        return  # no run, or one too long for a byline and a stamp
    text, words = lines.text, lines.words
    if all(_byline_alone(text[i], words[i]) for i in range(top, first)):
        reasons[top:first] = [BYLINE_REASON] * (first - top)


#: A byline, a date stamp and an update stamp at most.
_BYLINE_RUN = 3


def _end_notes(
    lines: Lines,
    kept: list[bool],
    reasons: list[str | None],
    start: int,
    end: int,
    below: int | None = None,
) -> None:
    """Give the lines ``start`` to ``end - 1`` that are a wire story's credit line, a note on
    a changed story or on its print edition, an opinion piece's disclaimer or one on the
    comments, a line with an e-mail address to write to, the site's pitch for its channel
    on a network, or the writer's bio, their reason. The lines from ``below`` on stand below
    the article's end (a writer's bio with no byline above is looked for there only)."""
    words, text = lines.words, lines.text
    # A writer's bio says what the writer is or covers (its verb looked for as it is written).
    for i in range(start, end):
        if (
            not kept[i]
            and words[i] <= TRAILER_WORDS
            and _has(text[i], _BIO_VERBS)
            and _author_bio(lines, i, below is not None and i >= below)
        ):
            reasons[i] = "author bio"
    # (Each line lower-cased alone, as in ``_parts_holding``: an ASCII line fast.)
    if not _has("\n".join(map(str.lower, text[start:end])), _END_KEYS):
        return  # (the lines are looked at together first: most stories end with neither)
    for i in range(start, end):
        if kept[i] or words[i] > PITCH_WORDS:
            continue
        if words[i] > TRAILER_WORDS:
            # (A long line is looked at for a pitch alone, where it names a network.)
            if _has(text[i], _NETWORK_NAMES) and _pitch(text[i]):
                reasons[i] = "sharing line"
            continue
        low = text[i].lower()
        if _has(low, _PITCH_KEYS) and _pitch(text[i]):
            reasons[i] = "sharing line"
        elif _has(low, _TRAILER_KEYS) and _trailer(text[i]):
            reasons[i] = "reporting credits"
        elif _has(low, _NOTE_KEYS) and _NOTE.match(text[i]) is not None:
            reasons[i] = "correction note"
        elif "print" in low and _PRINT_NOTE.match(text[i]) is not None:
            reasons[i] = PRINT_REASON
        elif "expressed" in low and _DISCLAIMER.match(text[i]) is not None:
            reasons[i] = "opinion disclaimer"
        elif low.startswith("disclaimer") and _has(low, _COMMENT_WORDS):
            reasons[i] = "comment disclaimer"
        elif "@" in low and words[i] <= CONTACT_WORDS and _contact_line(text[i]):
            reasons[i] = "contact line"


ABOUT_REASON = "press release boilerplate"
#: A press release's first section about a company opens this many lines at most above the
#: end of the article's block (its sections and a media contact end it).
ABOUT_REACH = 12
# A press release's section about a company, under its heading: "About Acme Robotics", "Über
# die Nordwind AG", "À propos de Lumio", "Acerca de Grupo Sol", "Sobre a Vela", "Tentang PT
# Maju" (the name after the heading's word and an article).
_ABOUT = regex.compile(
    r"(?:(?:About|Über|Ueber|[ÀA] propos de|Acerca de|Sobre|Tentang)\s+|[ÀA] propos d['’])"
    r"(?:(?P<article>the|die|der|das|la|le|les|l['’]|el|los|las|a|o|os|as)\s+)?"
    r"(?P<name>\p{Lu}[\p{L}\d&'’.-]*)(?:\s+[\p{L}\d&'’.,()-]+){0,5}"
)
# (The headings' words after a line break, looked for in the text in C first.)
_ABOUT_KEYS = (
    *("\nAbout ", "\nÜber ", "\nUeber ", "\nÀ propos ", "\nA propos ", "\nAcerca "),
    *("\nSobre ", "\nTentang "),
)
_ABOUT_WORDS = tuple(key[1:] for key in _ABOUT_KEYS)


def _opens_with_name(line: str, heading: regex.Match[str]) -> bool:
    """Whether a paragraph opens with the name of the company a heading ``About <Name>``
    (``_ABOUT``) names, or with the heading's article and the name ("Über die Nordwind AG"
    over "Die Nordwind AG mit Sitz ...", "À propos de la SNCF" over "La SNCF est ...")."""
    name = heading.group("name")
    if line.startswith(name):
        return True
    article = heading.group("article")
    if not article:
        return False
    first, _, rest = line.partition(" ")
    return first.lower() == article.lower() and rest.startswith(name)


def _holds(lines: Lines, keys: tuple[str, ...], first: int, last: int) -> bool:
    """Whether the raw text of lines ``first`` to ``last`` (with the break before the first)
    holds one of ``keys`` (searched in C, in that part only)."""
    raw, start, end = lines.raw, max(0, lines.cut[first] - 1), lines.next[last]
    return any(raw.find(key, start, end) >= 0 for key in keys)


def _about_sections(
    lines: Lines,
    prose: list[bool],
    kept: list[bool],
    reasons: list[str | None],
    first: int,
    last: int,
) -> None:
    """Give a press release's sections about the companies in it (its boilerplate) their
    reason: a heading ``About <Name>`` (in the languages the page cleaner reads) over a
    paragraph that opens with the name ("About Acme Robotics", "Acme Robotics builds ..."),
    and the paragraphs under it, where two such sections follow each other or a media
    contact follows (its label, an e-mail address, ``###``), and no paragraph of
    an article after them in the block. A subheading "About the study" over "The study
    followed ..." names no company; an explainer that goes on after a heading "About Gaza",
    or ends with that section, keeps it. (On a page the sections may run on past the
    article's block: the lines there go anyway, and are given this reason.)
    """
    text, words = lines.text, lines.words
    n = len(text)
    heads = [
        i
        for i in _lines_with(lines, _ABOUT_WORDS, lines.cut[max(first, last - ABOUT_REACH)])
        if i + 1 < n
        and text[i].startswith(_ABOUT_WORDS)
        and words[i] <= 8
        and not ends_sentence(text[i])
        and not kept[i]
        and (m := _ABOUT.fullmatch(text[i])) is not None
        and _opens_with_name(text[i + 1], m)
        and words[i + 1] >= MIN_SENTENCE_WORDS
    ]
    if not heads or heads[0] > last:
        return
    # From the first heading on: the sections' paragraphs, other headings, a contact.
    headings = set(heads)
    section, contact = True, False  # (in a section: its paragraphs belong to it)
    ends: list[int] = []
    for k in range(heads[0], n):
        line = text[k]
        if k in headings:
            section = True
        elif prose[k] or words[k] >= 2 * MIN_PROSE_WORDS:
            if not section:
                if k <= last:
                    return  # an article's paragraph after the sections: they are its own
                break
        elif words[k] <= _ABOUT_SHORT and (
            "@" in line
            or line.strip("#-– ") == ""
            or _CONTACT_LABEL.fullmatch(line.strip()) is not None
        ):
            section, contact = False, True  # a media contact's label, "###"
        elif k > last and words[k] <= _ABOUT_SHORT and not ends_sentence(line):
            break  # the page's furniture
        if section:
            ends.append(k)
    if not contact and len(heads) < 2:
        return
    for k in ends:
        if not kept[k] and (k > last or reasons[k] is None):
            reasons[k] = ABOUT_REASON


#: A line that ends a press release's section about a company (a media contact's label, a
#: name, ``###``) has at most this many words.
_ABOUT_SHORT = 6
# A media contact's label, the whole line ("Media contact:", "Pressekontakt:", "Contact presse",
# "Contacto de prensa:", "Ansprechpartner:", "For further information:"), or a telephone
# number: not a short line that holds such a word ("Media coverage", "In the press", "Key
# dates:").
_CONTACT_LABEL = regex.compile(
    r"(?i)(?:(?:media|press|presse|prensa|imprensa|medien|kontak)?\s*"
    r"(?:contacts?|kontakt|enquiries|inquiries|rückfragen|ansprechpartner(?:in)?)\s*"
    r"(?:media|presse|de prensa|de imprensa)?"
    r"|pressekontakt|medienkontakt|contactos?(?: de prensa| de imprensa)?"
    r"|contatos?(?: de imprensa| para imprensa)?|kontak media|press office|pressestelle"
    r"|for (?:further|more) information|pour plus d'informations|para más información"
    r"|weitere informationen|\+?[\d ()./-]{7,}\d)\s*:?"
)


def _author_bio(lines: Lines, i: int, below: bool) -> bool:
    """Whether line ``i`` (among a story's last lines) is its writer's bio (``_BIO``): a name,
    then what the writer is or covers, of the writer: the name on the story's byline where it
    has one, or else a line ``below`` the article's end (a paragraph of the article that tells
    what someone is stays). Nor is it someone the article speaks of (a story that ends on a
    reporter it reports on names her in its paragraphs above: ``Ms Doe is a reporter for The
    Daily Town ...`` stays)."""
    found = _BIO.match(lines.text[i])
    if found is None or found.group("name").split()[0].lower() in _BIO_NOT_NAMES:
        return False
    surname = found.group("name").split()[-1]
    text, words = lines.text, lines.words
    # (Bylines looked for above only where a bio's pattern matched: seldom.)
    bylines = [text[k] for k in range(i) if words[k] <= BYLINE_WORDS and byline(text[k])]
    if not (any(surname in line for line in bylines) if bylines else below):
        return False
    if not bylines and _BIO_EVENT.search(lines.text[i], found.end()) is not None:
        return False  # (with no byline to tell the writer: a sentence on what befell someone)
    above = lines.raw[: lines.start(i)]
    # (Where the name is above: on a byline, a short line, not in a paragraph.)
    return all(
        words[bisect_right(lines.cut, at) - 1] <= BYLINE_WORDS
        for at in _occurrences(above, surname)
    )


# What tells, after a role, of what befell the person, not of the writer's work: a relative
# clause in the past or the passive ("... is a reporter for The Journal who was detained in
# Russia", "... who has been held since March", "... qui a été arrêté", "... que fue
# secuestrado"). A bio says what the writer covers ("who covers ...", "who has covered ...",
# "who was previously ..."): with no byline, the last paragraph of a text that is all article
# is only taken for its writer's bio where it tells none.
_BIO_EVENT = regex.compile(
    r"(?i)\b(?:who\s+(?:was|were|(?:has|had|have)\s+been|is\s+(?:being|still|now)|remains"
    r"|died|disappeared|went\s+missing)"
    r"(?!\s+(?:born|previously|formerly|once|based|raised|educated|named|a|an|the)\b)"
    r"|(?:qui|que)\s+(?:a\s+été|avait\s+été|est\s+mort|fue|foi|murió|morreu|ha\s+sido))\b"
)
# Words a sentence about someone else may open with before a role ("The man is a reporter").
_BIO_NOT_NAMES = frozenset(("the", "this", "that", "he", "she", "it", "his", "her", "their"))


#: A site's pitch for its channel on a network has at most this many words.
PITCH_WORDS = 80
# A site's call to follow it on a network, in the first person: "follow us", "join us", "our
# WhatsApp channel" (with ``_NETWORK``, a pitch: "Stay informed with the Daily Town's WhatsApp
# channel ...; tap the link to follow us and never miss an update.").
# In other languages: "Síguenos", "nuestro canal", "Siga-nos", "Siga o Jornal no WhatsApp",
# "nosso canal", "Ikuti kami",
# "saluran ... kami" (Indonesian: our channel), or a call to pick or follow one ("Pilih saluran
# andalanmu", "Ikuti saluran WhatsApp"; a report of someone's channel is no pitch); or a link to
# the channel itself ("whatsapp.com/channel/", "t.me/").
_PITCH_CALL = regex.compile(
    r"(?i)\b(?:follow|join)\s+us\b|\bour\s+(?:[\w'’]+\s+){0,2}channels?\b"
    r"|\bs[ií]guenos\b|\bnuestro\s+canal\b|\bsiga(?:-nos|\s+o)\b|\bnosso\s+canal\b|\bikuti\s+kami\b"
    r"|\bsaluran\s+(?:[\w'’]+\s+){0,2}kami\b|\b(?:pilih|ikuti|gabung(?:\s+ke)?)\s+saluran\b"
    r"|whatsapp\.com/channel/|\bt\.me/"
)
# The networks' names as they are written (a cheap test of a long line first), and every
# network a pitch may name, in any case.
_NETWORK_NAMES = ("WhatsApp", "Telegram", "Facebook", "Twitter", "Instagram", "YouTube", "TikTok")
_NETWORK = regex.compile(
    r"(?i)\b(?:" + "|".join(map(str.lower, (*_NETWORK_NAMES, "LinkedIn", "Google News"))) + r")\b"
)


def _pitch(line: str) -> bool:
    """Whether a paragraph at the article's end is the site's pitch for its channel on a
    network, however long: a call in the first person (``_PITCH_CALL``) and a network's name,
    outside a quotation ("Follow us," he wrote on Facebook, is a report)."""
    return (
        _PITCH_CALL.search(line) is not None
        and _NETWORK.search(line) is not None
        and not _has(line, _QUOTES)
    )


def _contact_line(line: str) -> bool:
    """Whether a short line ends with an e-mail address to write to (``Comments to
    desk@paper.com``, ``Email: jane@paper.com``, ``Reach her at ...``): no sentence of the
    article ends so (one that gives an address goes on, or ends with a stop after it). A
    columnist's signature (a name and an address, no "to", "at" or colon before it) is the
    article's, as annotated bodies keep it."""
    found = _EMAIL.search(line)
    return (
        found is not None
        and found.end() == len(line.rstrip(" .)"))
        and _WRITE_TO.search(line, 0, found.start()) is not None
    )


# What leads to an e-mail address to write to: "to", "at" or a colon right before it.
_WRITE_TO = regex.compile(r"(?i)(?:\bto|\bat|:)\s*$")


# A second role in a credit line, after a semicolon: "...; Editing by ...", "...; editado por".
_SECOND_ROLE = regex.compile(
    r"(?i);\s*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|research|graphics"
    r"|reporte|editado|escrito|redacción|edición|edição|redação)\s"
)


def _trailer(line: str) -> bool:
    """Whether a line is a wire story's credit line (``_TRAILER``). One of two roles or more may
    end with a full stop ("Reporte de Ana Ruiz; editado en español por Luis Cabrera."): a
    sentence that opens so does not name a second role after a semicolon."""
    if _TRAILER.fullmatch(line) is not None:
        return True
    return (
        line[-1] == "."
        and _SECOND_ROLE.search(line) is not None
        and _TRAILER.fullmatch(line, 0, len(line) - 1) is not None
    )


def _lines_with(
    lines: Lines, keys: Iterable[str | re.Pattern[str]], start: int = 0, end: int = -1
) -> list[int]:
    """The lines whose text holds one of ``keys`` (in ``raw[start:end]``), in order.

    The raw text is searched (``str.find`` runs in C), so lines are not looked at one by one.
    """
    end = len(lines.raw) if end < 0 else end
    return sorted(_segments_with(lines.raw, keys, lines.cut, start, end))


def _segments_with(
    text: str,
    keys: Iterable[str | re.Pattern[str]],
    starts: list[int],
    start: int,
    end: int,
) -> set[int]:
    """The segments of ``text[start:end]`` that hold one of ``keys`` (strings, or patterns that
    match within a segment), where segment ``k`` begins at ``starts[k]`` (sorted; no key lies
    before ``starts[0]`` or spans two segments).

    Each key is searched in C (``str.find``, or the pattern's ``search``); after a hit the
    search goes on from the next segment, so a segment is looked at once per key at most.
    """
    found: set[int] = set()
    last = len(starts) - 1
    find = text.find
    for key in keys:
        if not isinstance(key, str):
            found.update(_pattern_segments(text, key, starts, start, end))
            continue
        at = find(key, start, end)  # (most keys are strings: searched here, with no call)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            found.add(k)
            if k == last:
                break
            at = find(key, starts[k + 1], end)
    return found


def _pattern_segments(
    text: str, key: re.Pattern[str], starts: list[int], start: int, end: int
) -> Iterator[int]:
    """The segments of ``text[start:end]`` where ``key`` matches (see :func:`_segments_with`)."""
    last = len(starts) - 1
    m = key.search(text, start, end)
    while m is not None:
        k = bisect_right(starts, m.start()) - 1
        yield k
        if k == last:
            break
        m = key.search(text, starts[k + 1], end)


#: The reason a byline or a date stamp alone inside the article block goes for.
BYLINE_REASON = "byline or date stamp"
#: A byline or a date stamp alone has at most this many words (a longer line with a date is
#: rather a caption, or a sentence).
BYLINE_WORDS = 12


def _byline_alone(line: str, words: int) -> bool:
    """Whether a line alone between paragraphs is a byline or a date stamp ("By Dana
    Whitfield", "Updated March 12, 2026 9:14 PM"): a line alone stays (a subheading), but
    these are no text. A line after a dash is an embedded post's signature ("— Ann Lee
    (@annlee) November 19, 2019"), which the article's own text keeps."""
    return words <= BYLINE_WORDS and line[0] not in _DASH_MARKS and stamp_or_byline(line)


_DASH_MARKS = frozenset("-–—")


def _inside_runs(
    lines: Lines,
    prose: list[bool],
    kept: list[bool],
    reasons: list[str | None],
    first: int,
    last: int,
) -> None:
    """Inside the block, runs of two or more short lines go; a line alone (a subheading) stays,
    but for a byline or a date stamp, and so do the lists that are the article's own
    (:func:`_content_list`)."""
    posts = "@" in lines.raw  # (an embedded post's credit names a handle: "@" found by memchr)
    i = first
    while i <= last:
        if prose[i] or kept[i]:
            i += 1
            continue
        j = i
        while j + 1 <= last and not prose[j + 1] and not kept[j + 1]:
            j += 1
        # (Under a lead-in's colon, "Advertising" is a list's first item: "The sectors hit
        # hardest were:".)
        ads = [
            k
            for k in range(i, j + 1)
            if _ad_label(lines.text[k], lines.words[k])
            and not (k and lines.text[k - 1][-1] in _COLONS)
        ]
        for k in ads:
            reasons[k] = AD_REASON
        if posts and i < j < i + _POST_LINES:
            # (A credit alone between paragraphs stays: the benchmark's bodies keep it.)
            for k in _post_credits(lines, i, j + 1):
                # The post's credit, and its text above it (a link closes it, no stop).
                reasons[k] = POST_REASON
                up = k - 1
                while up >= i and reasons[up] is None:
                    reasons[up] = POST_REASON
                    up -= 1
        if j == i and reasons[i] is None:
            if _byline_alone(lines.text[i], lines.words[i]):
                # (A date in a caption with its credit after the sentence: "... on Aug. 31. (AP)")
                caption = _CREDIT_AFTER_SENTENCE.search(lines.text[i]) is not None
                reasons[i] = _CAPTION_REASON if caption else BYLINE_REASON
            elif (
                i < last
                and reasons[i + 1] is None
                and (_agency_after_sentence(lines.text[i]) or _credit_in_brackets(lines.text[i]))
            ):
                # Between paragraphs (the next one stays), an agency or a photographer after a
                # sentence is a caption's credit, not a story's: "... on Tuesday. Reuters",
                # "... on Thursday. (Im Se-jun/The Korea Herald)".
                reasons[i] = _CAPTION_REASON
        if j == i + 1 and i > first and _headed_paragraph(lines, prose, kept, i):
            i = j + 1  # (a subheading and a short paragraph: the article's)
            continue
        if j == i + 1 and _signed_quote(lines.text[i], lines.text[j]):
            i = j + 1  # (a quotation and who said it, a pull quote: the article's words)
            continue
        if j > i and lines.text[i][0] in _FIGURE_FIRSTS and _figure_captions(lines.text, i, j):
            i = j + 1  # (a figure's or a table's caption and its source: the report's own)
            continue
        if j > i and _cell_table(lines, i, j + 1):
            # A table copied one cell per line: the article's, but its cells no longer read
            # as rows (a figure alone would read as a claim). It goes as what it is.
            reasons[i : j + 1] = [r or "table" for r in reasons[i : j + 1]]
            i = j + 1
            continue
        if j > i:
            fallback = _run_reason(lines.words, i, j)
            # A heading that introduces the paragraph under it ("Key points:") is no link, nor
            # is a subheading right under a box of teasers, far shorter than their titles.
            end = j
            if (
                j < last
                and (prose[j + 1] or kept[j + 1])
                and (_introduces(lines, j) or _subheading_under_box(lines, i, j))
            ):
                end = j - 1
            text = lines.text
            for start, stop, lead in _list_parts(lines, reasons, i, end):
                # A list whose first items are paragraphs goes on with the same bullet.
                led = lead or (start == i and _item_mark(text[i]) == _item_mark(text[i - 1]) != "")
                forms = _LED_FORMS
                if start == i or lead:
                    by = _lead_of(lines, start, lead)
                    if by >= 0:
                        led, forms = True, _led_forms(lines, by, forms)
                if not _content_list(text, range(start + lead, stop + 1), led, forms):
                    for k in range(start, stop + 1):
                        if (
                            reasons[k] is None
                            and not _sentence_in_run(lines, k)
                            and not (ads and _beside_ad(lines, ads, k))
                        ):
                            # (A caption credited after its sentence goes as what it is.)
                            caption = _agency_after_sentence(text[k])
                            reasons[k] = _CAPTION_REASON if caption else fallback
        i = j + 1


# A numbered figure's, chart's or table's caption in a report-like text ("Figure 3: Calls
# answered by month", "Table 2. Vacancy rates ...", "Abbildung 4: ...", "Gráfico 1 - ..."), and
# the notes under one ("Source: Emergency Services Board", "Note: excludes ...", "Quelle:
# ..."): a run of short lines of these alone is the article's figure, not a link list.
_FIGURE_CAPTION = regex.compile(
    r"(?i)(?:figure|fig\.|table|chart|graph|exhibit|map|abbildung|abb\.|tabelle|grafik"
    r"|figura|tabla|gr[áa]fico|tableau|graphique|carte|gambar|tabel)\s*\d{1,3}[a-z]?"
    r"\s*(?:[:.]|\s[-–—])\s+\S"
)
_FIGURE_NOTE = regex.compile(
    r"(?i)(?:sources?|notes?|quellen?|anmerkung|fuentes?|nota|fontes?|sumber|catatan)\s*[:：]\s*\S"
)
# The first letters of those captions' labels (a cheap test first).
_FIGURE_FIRSTS = frozenset("FfTtCcGgEeMmAa")


def _figure_captions(text: list[str], i: int, j: int) -> bool:
    """Whether the short lines ``i`` to ``j`` are figures' captions (``_FIGURE_CAPTION``), the
    first one, and the notes under them (``_FIGURE_NOTE``)."""
    return _FIGURE_CAPTION.match(text[i]) is not None and all(
        _FIGURE_CAPTION.match(text[k]) is not None or _FIGURE_NOTE.match(text[k]) is not None
        for k in range(i + 1, j + 1)
    )


# Who said a quotation, on the line under it: a dash, a name, and a role after a comma ("—
# Karen Mills, union president").
_SIGNATURE = regex.compile(
    r"[—–-]{1,2}\s*\p{Lu}[\p{L}'’.-]*(?:\s+(?:de |van |von )?\p{Lu}[\p{L}'’.-]*){0,3}"
    r"(?:,\s*[^\n]{1,80})?"
)


def _signed_quote(line: str, below: str) -> bool:
    """Whether ``line`` is a quotation that ends like a sentence and ``below`` names who said
    it (``_SIGNATURE``): a pull quote set between paragraphs, no link of a box."""
    if not (line and below and line[0] in _OPENING_QUOTES and line[-1] in _CLOSING_QUOTES):
        return False
    words = line.rstrip('"”»“’ \u00a0\u202f')  # (French: "pas. »")
    # (A quotation mark alone on its line, "“", leaves nothing to end a sentence.)
    return (
        words != ""
        and below[0] in _DASH_MARKS
        and ends_sentence(words)
        and _SIGNATURE.fullmatch(below) is not None
    )


_CLOSING_QUOTES = frozenset('"”»“’')


def _agency_after_sentence(text: str) -> bool:
    """Whether a line ends with an agency's name alone after its sentence, as a caption's
    credit with no dash (``_AGENCY_AFTER_SENTENCE``; a cheap test of its last word first)."""
    return (
        text[text.rfind(" ") + 1 :] in _CREDIT_LAST_WORDS
        and _AGENCY_AFTER_SENTENCE.search(text, max(0, len(text) - CREDIT_TAIL)) is not None
    )


def _credit_in_brackets(text: str) -> bool:
    """Whether a line ends with a photo's credit in brackets after its sentence: a
    photographer and a paper or an agency about a slash (``(Im Se-jun/The Korea Herald)``),
    not a note (``(Part 2)``) nor a story's end tag, an agency alone (``(Yonhap)``)."""
    if text[-1] != ")":
        return False
    found = _CREDIT_AFTER_SENTENCE.search(text, max(0, len(text) - CAPTION_TAIL))
    return found is not None and "/" in text[found.start() :]


# The last word of such a credit: an agency's name, or "Images" after "Getty".
_CREDIT_LAST_WORDS = frozenset((*_AGENCIES, "Images"))


def _headed_paragraph(lines: Lines, prose: list[bool], kept: list[bool], i: int) -> bool:
    """Whether the two short lines ``i`` and ``i + 1`` inside the block, with the article's
    lines on both sides, are a subheading and a short paragraph under it ("Why it matters",
    then "False claims about pandemics spread quickly."): the second is a sentence of
    ``MIN_SENTENCE_WORDS`` words or more, too short to read as prose by its small words; the
    first is no sentence and no byline. A link's title does not end like a sentence."""
    text, words, j = lines.text, lines.words, i + 1
    return (
        j + 1 < len(text)
        and (prose[j + 1] or kept[j + 1])
        and words[j] >= MIN_SENTENCE_WORDS
        and ends_sentence(text[j])
        and not ends_sentence(text[i])
        and not _byline_alone(text[i], words[i])
    )


AD_REASON = "advertisement"
# The labels that stand for an advertisement between paragraphs ("ADVERTISEMENT", "- Advertisement
# -", "PUBLICITÉ", "Anzeige", "Iklan", "広告"), lower-cased, in several languages.
_AD_LABELS = frozenset(
    (
        *("advertisement", "advertising", "ad", "sponsored content", "publicité", "publicite"),
        *("publicidad", "anuncio", "publicidade", "pubblicità", "anzeige", "werbung"),
        *("advertentie", "reklame", "reklama", "iklan", "quảng cáo"),
        *("広告", "광고", "广告", "廣告"),
        *("story continues below advertisement", "article continues below advertisement"),
        *("story continues below", "article continues below", "continue reading below"),
        *("story continues", "continue reading the main story", "skip advertisement"),
        *("advert", "adverts", "advertisements", "article continues after advertisement"),
        *("advertisement - scroll to continue", "scroll to continue with content"),
        *("advertisement · scroll to continue", "article continues after this advertisement"),
        *("story continues after advertisement", "article continues after advertisement"),
    )
)
#: An advertisement's label alone on its line has at most this many words.
AD_LABEL_WORDS = 5


def _ad_label(line: str, words: int) -> bool:
    """Whether a line is an advertisement's label alone (``ADVERTISEMENT``, ``PUBLICIDAD``)."""
    return words <= AD_LABEL_WORDS and line.strip(" -–—").lower() in _AD_LABELS


def _beside_ad(lines: Lines, ads: list[int], i: int) -> bool:
    """Whether line ``i`` of a run of short lines is a short paragraph of the article next to
    an advertisement's label (``ads``): a sentence of ``MIN_SENTENCE_WORDS`` words or more that
    reads too thick with names to be prose ("Warga berharap pemerintah segera menyelesaikan
    pembangunan tanggul laut." under "ADVERTISEMENT"). The label and the line make no menu: an
    ad sits between paragraphs, and a link's title does not end like a sentence. Nor does the
    first half of a sentence the ad cuts, over it: the line under the label goes on in lower
    case or with a figure (a hard-wrapped line, "Councillors said the closures would save",
    "ADVERTISEMENT", "about 380,000 pounds a year ...")."""
    text = lines.text
    if lines.words[i] < MIN_SENTENCE_WORDS:
        return False
    if (
        i + 1 in ads
        and i + 2 < len(text)
        and (text[i + 2][0].islower() or text[i + 2][0].isdigit())
    ):
        return True
    return (i - 1 in ads or i + 1 in ads) and ends_sentence(text[i])


def _sentence_in_run(lines: Lines, i: int) -> bool:
    """Whether line ``i`` of a run of short lines inside the article is a sentence of it: ten
    words or more that end like a sentence, too thick with names to read as prose ("House
    Speaker Mike Johnson called the bill "a takeover of medicine."" over a photo's caption).
    A menu's or a link list's items do not end so."""
    return lines.words[i] >= MIN_PROSE_WORDS and ends_sentence(_uncredited(lines.text[i]))


def _lead_of(lines: Lines, start: int, lead: bool) -> int:
    """The line that leads the list from line ``start``: ``start`` itself if it is a lead-in
    (``lead``), or the paragraph above that ends with a colon and opens with no teaser's label
    ("In high school football, several games were moved. Results:"), or -1."""
    if lead:
        return start
    above = lines.text[start - 1] if start > 0 else ""
    if above and above[-1] in _COLONS and _TEASER_LEAD.match(above) is None:
        return start - 1
    return -1


def _led_forms(lines: Lines, by: int, forms: int) -> int:
    """The shapes (``forms``) that the items of a list led by line ``by`` may share, with
    names (``_NAME``) when that line reads as a sentence ("The watch covers the following
    counties:", of ``SENTENCE_LEAD_WORDS`` words or more): a menu's heading is a word or two."""
    return forms | _NAME if lines.words[by] >= SENTENCE_LEAD_WORDS else forms


def _introduces(lines: Lines, i: int) -> bool:
    """Whether a line is a heading of two words or more that ends with a colon."""
    return lines.text[i][-1] in _COLONS and lines.words[i] >= 2


# What ends a lead-in or a heading: a colon (a full-width one in Chinese and Japanese).
_COLONS = (":", "：")
# What opens a list item written in text: a bullet, a dash or a star, then a space; or a
# full-width mark, with no space after it in Chinese and Japanese ("・宮崎県延岡市").
_ITEM_MARKS = frozenset("•·▪◦‣*-–—")
_WIDE_ITEM_MARKS = frozenset("・●■◆○◇□")
# A line led by a short label and a colon: "Referee: Paul Whitlow", "OKAFOR: I might.",
# "Metro: 50% en hora punta", "Dow Jones Industrial Average: 43,118.70" (a label of one to
# four words); the value after it.
_LABELLED = regex.compile(
    r"\p{L}[\p{L}\p{N}.'’&-]*(?: [\p{L}\p{N}.'’&()-]+){0,3}:\s+(?P<value>\S.*)"
)
# A separator after an item's label of one to three words: "1 March - applications open",
# "04:50 - first calls" (a headline's "... - Site" has it later).
_SEPARATED_ITEM = re.compile(r"\S+(?: \S+){0,2} (?:-|–|—|--) \S")
# What a list item may share with the other items of its list (bits of a mask): a bullet; a
# label and a value that is no headline (a name, a figure, a sentence: a line-up's "Referee:
# Paul Whitlow", a transcript's "OKAFOR: I might."), or a numbered label ("Step 2:"); a clause's
# end; a short line with a figure at an end ("Greens 5 (+1)") or in a label's value; a
# lower-case start; a separator after a label; a sentence's end (a clause's, or a question's).
_MARKED, _DATUM, _CLAUSE, _FIGURE, _LOWER, _SEPARATED, _SENTENCE = 1, 2, 4, 8, 16, 32, 64
# ... and a name: a short line that opens with a capital and ends with a letter, no figure in
# it ("Adair", "Dallas Center"), a list's items only under a lead-in that reads as a sentence.
_NAME = 128
#: A lead-in of this many words or more reads as a sentence (its list may be of names).
SENTENCE_LEAD_WORDS = 4
#: A name in a list has at most this many words.
NAME_WORDS = 4
#: ... or this many, most of them capitalised (:func:`_long_name`).
LONG_NAME_WORDS = 10
# A score or a result between two names: "Ashford 2-1 Millbrook".
_SCORE = re.compile(r"\d{1,3}[-–:]\d{1,3}")
# A match's score alone on its line: two teams' names, the score between them or each
# team's goals after its name ("Arsenal 2-1 Chelsea", "Liverpool 3 Aston Villa 1").
_SCORE_LINE = regex.compile(
    r"(?:\p{Lu}[\p{L}.'’&-]*[ ]){1,4}\d{1,3}"
    r"(?:[ ]?[-–:][ ]?\d{1,3}(?:[ ]\p{Lu}[\p{L}.'’&-]*){1,4}"
    r"|(?:[ ]\p{Lu}[\p{L}.'’&-]*){1,4}[ ]\d{1,3})"
)
#: A score line has at most this many words.
SCORE_LINE_WORDS = 10
# The shapes that make a run of lines a list without a lead-in above it. A box of headlines has
# no full stops, its labels lead headlines ("Analysis: why ..."), and it may have bullets, open
# with numbers or lower-case words ("5 things to know", "home").
_BARE_FORMS = _DATUM | _SENTENCE
# The shapes of the items under a lead-in; after the article's last paragraph, where nothing
# below holds a list to the article, a lower-case start is no sign: a site's tags have it
# ("Filed under:", "politics", "elections").
_LED_FORMS = _MARKED | _DATUM | _CLAUSE | _FIGURE | _LOWER | _SEPARATED
_LED_FORMS_AFTER = _LED_FORMS & ~_LOWER
#: A list item with a figure at an end has at most this many words (a result, a time).
FIGURE_ITEM_WORDS = 5
# A transcript's turn: a speaker's label in capitals and a colon ("OKAFOR:", "HOST:").
_TURN = regex.compile(r"\p{Lu}[\p{Lu}.'’ -]{1,30}:(?=\s)")
# A lead-in that opens with a teaser's label introduces links ("More on this story:",
# "Related coverage:"), not the article's own list.
_TEASER_LEAD = re.compile(
    "(?i)(?:" + "|".join(map(re.escape, sorted(_KICKERS, key=len, reverse=True))) + r")\b"
)


def _item_forms(line: str) -> int:
    """The shapes of a short line that a list's items share (a mask of ``_MARKED``...)."""
    forms = 0
    if _item_mark(line):
        forms |= _MARKED
        line = line[1:].lstrip()
    if line[:2] in _BOLD_MARKS and (bold := _BOLD_LABEL.match(line)) is not None:
        # A label in bold (Markdown's, as AI answers write a list: ``- **Vote:** 7-2``) and its
        # value: the article's datum, whatever the value's shape. (No box of links is written
        # so.) The item is read on without the bold marks.
        forms |= _DATUM
        line = f"{bold.group(2)}: {line[bold.end() :]}"
    if _clause_end(line):
        forms |= _CLAUSE | _SENTENCE
    elif line[-1] in "?!" and len(line) > 1 and line[-2] != " ":
        forms |= _SENTENCE
    if ":" in line and (m := _LABELLED.match(line)) is not None:
        value = m.group("value")
        if value[0].isdigit() or value.count(" ") < 2 or value[-1] in "!?" or _clause_end(value):
            forms |= _DATUM
        elif _has_digit(line[: m.start("value")]):
            forms |= _DATUM  # a numbered label: "Step 2: Choose a plan", "Day 3: Rome"
        elif _has_digit(value):
            forms |= _FIGURE  # ("Monday to Friday: every 10 minutes", under a lead-in)
    words = line.split()
    if len(words) <= FIGURE_ITEM_WORDS and (
        words[0][0].isdigit() or _has_digit(words[-1]) or any(map(_SCORE.fullmatch, words[1:-1]))
    ):
        forms |= _FIGURE
    elif (
        (len(words) <= NAME_WORDS or _long_name(words))
        and line[0].isupper()
        and line[-1].isalpha()
        and not _has_digit(line)
    ):
        forms |= _NAME
    if line[0].islower():
        forms |= _LOWER
    if _SEPARATED_ITEM.match(line) is not None:
        forms |= _SEPARATED
    return forms


_BOLD_MARKS = ("**", "__")
# A label in bold, a colon inside or after the closing pair, and a value after it:
# ``**Vote:** 7-2``, ``__Venue__: Wembley``.
_BOLD_LABEL = re.compile(r"(\*\*|__)([^*_\n:]{1,60}?)(?::\1|\1:)[ \t]+(?=\S)")


def _long_name(words: list[str]) -> bool:
    """Whether the words of a line are a long name, as a road or a stretch of it ("Green Valley
    Road between Sophia Parkway and Francisco Drive"): up to ``LONG_NAME_WORDS`` words, two
    thirds of them capitalised (names, not a sentence)."""
    return len(words) <= LONG_NAME_WORDS and 3 * sum(w[0].isupper() for w in words) >= 2 * len(
        words
    )


def _item_mark(line: str) -> str:
    """The mark that opens a list item (``•``, ``-``, ``・``...), or ``""``."""
    if len(line) > 2 and line[0] in _ITEM_MARKS and line[1] == " ":
        return line[0]
    return line[0] if len(line) > 1 and line[0] in _WIDE_ITEM_MARKS else ""


def _clause_end(line: str) -> bool:
    """Whether a line ends as a clause does (``.`` or ``;`` after a word in lower case, a
    figure or a bracket: not "U.S." nor an ellipsis; a comma also ends a site's tags)."""
    return len(line) > 1 and line[-1] in ".;" and (line[-2].islower() or line[-2] in "0123456789)")


def _has_digit(word: str) -> bool:
    """Whether a word holds a digit (a figure, a score, a time)."""
    return any(map(str.isdigit, word))


def _lead_in(lines: Lines, i: int, reason: str | None) -> bool:
    """Whether line ``i`` is the lead-in of a list: a line of two words or more that ends with
    a colon ("Evacuation orders remain in effect in:", "What we know:"), and no teaser's label
    ("More on this story:"), nor a line that goes by what it is (its ``reason``): a heading
    that :func:`_introduces` what follows."""
    return _introduces(lines, i) and reason is None and _TEASER_LEAD.match(lines.text[i]) is None


def _list_parts(
    lines: Lines, reasons: list[str | None] | None, first: int, last: int
) -> Iterator[tuple[int, int, bool]]:
    """The lines ``first`` to ``last`` cut before each lead-in, one list under each: its first
    and last line and whether it opens with a lead-in (``reasons`` are the lines' reasons to go
    by what they are, or ``None`` when none has one)."""
    text = lines.text
    start, lead = first, False
    for i in range(first, last + 1):
        if text[i][-1] in _COLONS and _lead_in(lines, i, reasons[i] if reasons else None):
            if i > start:
                yield start, i - 1, lead
            start, lead = i, True
    yield start, last, lead


def _content_list(text: list[str], items: range, led: bool, led_forms: int = _LED_FORMS) -> bool:
    """Whether the short lines ``items`` (under a lead-in, or after items of their list that
    are paragraphs, if ``led``: then they share one of ``led_forms``), set in the article, are
    a list of its own rather than links.

    The article's lists read as parts of its text: under a lead-in, its items share a shape
    (:func:`_item_forms`: a bullet, a label with a value that is no headline, a clause's end,
    a figure at an end of a short line, a lower-case start that goes on with the lead-in's
    sentence, a separator after a label); with no lead-in, they share a label with such a
    value (a line-up, a transcript's turns) or a sentence's end, one of them at least a
    clause's (questions and short answers: "Is it too late?", "No."). A box of headlines
    shares none of these (not bullets alone: a box may have them; nor questions alone), and
    its heading is a teaser's label ("Related:").
    """
    headed = False  # (under a subheading with no colon: "Third-Quarter Highlights")
    worded = False  # (under a heading of one word: "Ingredients:")
    if not led and len(items) > 2:
        if _heading_word(text[items[0]]):
            # A heading of one word ("Teams:") over a line-up: not an item.
            items, worded = items[1:], True
        elif _plain_subheading(text[items[0]]):
            items, headed = items[1:], True
    if len(items) < (1 if led else 2):
        return False
    if headed and all(_item_mark(text[k]) and _has_digit(text[k]) for k in items):
        return True  # a subheading's bulleted figures ("- Revenue of $412 million, up 34%")
    if (headed or worded or led) and _quantities(text, items):
        return True  # a recipe's ingredients ("Ingredients", "2 tablespoons olive oil", ...)
    if not led and text[items[0]][-1] not in ".;?!" and ":" not in text[items[0]]:
        return False  # (a cheap test first: a link list has neither)
    forms, clauses = (led_forms if led else _BARE_FORMS), 0
    for k in items:
        shape = _item_forms(text[k])
        forms &= shape
        clauses |= shape
        if not forms:
            return False
    return forms != _SENTENCE or clauses & _CLAUSE != 0


#: The items of a list of quantities are this many at least, and have this many characters at
#: most.
QUANTITY_ITEMS = 3
QUANTITY_CHARS = 60
_FRACTIONS = frozenset("½⅓⅔¼¾⅛")


def _quantities(text: list[str], items: range) -> bool:
    """Whether the short lines ``items`` under a subheading or a lead-in are a list of
    quantities, as a recipe's ingredients (``2 tablespoons olive oil``, ``½ cup red lentils``,
    ``Juice of half a lemon``): ``QUANTITY_ITEMS`` or more, two thirds of them opening with a
    figure and a word in lower case after it, none a sentence (headlines that open with figures
    have capitals: ``5 Things to Do in June``). The next part's subheading may close them
    (``Instructions``)."""
    if len(items) < QUANTITY_ITEMS:
        return False
    # (The items' first characters told first: most runs of short lines, a menu's, open with
    # no figure, and need no more look.)
    figured = 0
    for k in items:
        first = text[k][0]
        figured += first.isdigit() or first in _FRACTIONS or first in _ITEM_MARKS
    if figured * 3 < (len(items) - 1) * 2:
        return False
    if len(items) > QUANTITY_ITEMS and _plain_subheading(text[items[-1]]):
        items = items[:-1]
    # Under a teaser's label ("Watch next", "In pictures", "Podcasts") a unit or a thing a
    # recipe counts must follow the figure, unless a recipe's heading ("Ingredients", "For the
    # sauce") is over them too: a box of headlines that open with figures ("3 ways to cut your
    # energy bill", "12 photos of the storm") is no list of quantities. Under another heading
    # ("Key figures", "At a glance") any thing counts ("250,000 new jobs", "1 onion").
    # (The heading may be among the short lines too: "Print", "Ingredients", then the list.)
    head = text[items[0] - 1] if items[0] else ""
    recipe = _TEASER_LEAD.match(head) is None and _BOX_LABEL.match(head) is None
    recipe = recipe or any(
        _RECIPE_HEADING.fullmatch(text[k]) is not None
        for k in range(max(0, items[0] - 1), items[-1])
    )
    figures = 0
    for k in items:
        line = text[k]
        if len(line) > QUANTITY_CHARS or ends_sentence(line):
            return False
        if _item_mark(line):
            line = line[1:].lstrip() or line  # ("• 2 tablespoons olive oil")
        if line[0].isdigit() or line[0] in _FRACTIONS:
            # A quantity: its figures ("1 1/2 cups"), then a unit or a thing in lower case
            # (a headline in capitals has its capital: "5 Things to Do in June").
            parts = line.split()
            after = next((w for w in parts if not _figure_word(w)), "")
            if after[:1].islower() and (recipe or _unit(parts[0], after)):
                figures += 1
    return figures * 3 >= len(items) * 2


# A box of other pages' headlines, labelled as no teaser's label in ``_KICKERS`` is ("In
# pictures", "Podcasts", "Videos").
_BOX_LABEL = re.compile(
    r"(?i)(?:in\s+(?:pictures|photos|images|video)|podcasts|videos|galleries)\b"
)
# A recipe's heading over its ingredients ("Ingredients", "For the dressing:", "Zutaten").
_RECIPE_HEADING = regex.compile(
    r"(?i)(?:ingredients?|zutaten|ingr[ée]dients|ingredientes|bahan(?:-bahan)?"
    r"|for\s+the\s+\w.*|you(?:'|’)ll\s+need|you\s+will\s+need|what\s+you\s+need)\s*[:：]?"
)
# The units and things a recipe counts after a figure ("200 g", "2 tbsp", "3 cloves", "2 eggs").
_UNITS = frozenset(
    {
        "g",
        "gr",
        "gram",
        "grams",
        "kg",
        "mg",
        "ml",
        "cl",
        "dl",
        "l",
        "litre",
        "litres",
        "liter",
        "liters",
        "cup",
        "cups",
        "tbsp",
        "tbs",
        "tbsps",
        "tsp",
        "tsps",
        "tablespoon",
        "tablespoons",
        "teaspoon",
        "teaspoons",
        "oz",
        "ounce",
        "ounces",
        "lb",
        "lbs",
        "pound",
        "pounds",
        "pint",
        "pints",
        "quart",
        "quarts",
        "pinch",
        "pinches",
        "dash",
        "handful",
        "handfuls",
        "bunch",
        "bunches",
        "clove",
        "cloves",
        "egg",
        "eggs",
        "slice",
        "slices",
        "can",
        "cans",
        "tin",
        "tins",
        "jar",
        "jars",
        "stick",
        "sticks",
        "sprig",
        "sprigs",
        "sheet",
        "sheets",
        "stalk",
        "stalks",
        "knob",
        "medium",
        "large",
        "small",
        "el",
        "tl",
        "prise",
        "stück",
        "esslöffel",
        "teelöffel",
        "c.",
        "cs",
        "cc",
    }
)


def _unit(figure: str, after: str) -> bool:
    """Whether a quantity's figure (``200g``) or the word after it (``tbsp``) is a unit or a
    thing a recipe counts (``_UNITS``)."""
    glued = figure.lstrip("0123456789.,/½⅓⅔¼¾⅛-").lower()
    return (glued or after.lower().rstrip(".,")) in _UNITS


def _figure_word(word: str) -> bool:
    """Whether a word is a figure (``2``, ``1/2``, ``8-9``, ``½``): it opens with one."""
    return word[0].isdigit() or word[0] in _FRACTIONS


#: A subheading under a box of teasers has at most this many words, and two thirds of the
#: words of the box's shortest title at most.
BOXED_SUBHEADING_WORDS = 5


def _subheading_under_box(lines: Lines, i: int, j: int) -> bool:
    """Whether the last line ``j`` of the run of short lines ``i`` to ``j`` (over a paragraph)
    is the article's subheading ("What happens next") under a box of two teasers or more
    (under their label, "Related", if they have one) rather than the box's last title: a
    plain subheading (:func:`_plain_subheading`) of ``BOXED_SUBHEADING_WORDS`` words at most,
    two thirds as long as the box's shortest title at most (its titles are whole headlines)."""
    text, words = lines.text, lines.words
    top = i + 1 if _teaser_heading(text[i]) else i
    return (
        j - top >= 2
        and words[j] <= BOXED_SUBHEADING_WORDS
        and 3 * words[j] <= 2 * min(words[top:j])
        and _plain_subheading(text[j])
    )


def _plain_subheading(line: str) -> bool:
    """Whether a line is a subheading with no colon (:func:`plain_subheading`: ``Third-Quarter
    Highlights``, ``What we know so far``) and no teaser's label (``Most read``, whose list is
    other pages')."""
    if line[0] in "#*_":
        line = heading_words(line)  # a Markdown heading: ``### Key details``, ``**Key details**``
        if not line:
            return False
    return plain_subheading(line) and not _teaser_heading(line)


def _heading_word(line: str) -> bool:
    """Whether a line is a heading of one word and a colon (``Teams:``, ``Result:``): it leads
    no list by itself, as a menu's heading (``Sections:``) has that shape too, but the items
    under it may be a list by their own shapes."""
    return line[-1] in _COLONS and " " not in line


def _widened(
    lines: Lines, prose: list[bool], kept: list[bool], first: int, last: int
) -> tuple[int, int]:
    """The block's first and last line, widened over the article's own short lines that the
    scores leave out: its lists after it (:func:`_past_lists`), and its transcript's first
    turns above it (``HOST: Good morning.``, ``OKAFOR: Morning.``: labels in capitals of two
    speakers or more that open lines of the block)."""
    text = lines.text
    if first > 0 and not prose[first - 1] and _TURN.match(text[first - 1]) is not None:
        labels = _turn_labels(text, first, last)
        while first > 0 and not prose[first - 1] and not kept[first - 1]:
            m = _TURN.match(text[first - 1])
            if m is None or m.group() not in labels:
                break
            first -= 1
    return _before_lists(lines, prose, kept, first), _past_lists(lines, prose, kept, first, last)


#: How many short lines above the article block a list of the article's is looked for in.
LIST_REACH = 40


def _before_lists(lines: Lines, prose: list[bool], kept: list[bool], first: int) -> int:
    """The block's first line, moved back over the article's own lists right above it and the
    paragraphs above them: a list costs more than the paragraph before it gives (counties
    under a lead-in after the first paragraph), and that paragraph would go as prose outside
    the block (:func:`_listed_until` tells the list, with the same shapes as after the block).
    """
    while first > 0:
        start = first - 1
        while start >= 0 and not prose[start] and not kept[start]:
            start -= 1
            if first - start > LIST_REACH:
                return first
        if start < 0 or start == first - 1:
            return first
        if _listed_until(lines, prose, kept, start + 1) != first - 1:
            return first
        first = start
        while first > 0 and (prose[first - 1] or kept[first - 1]):
            first -= 1
    return first


def _turn_labels(text: list[str], first: int, last: int) -> set[str]:
    """The speakers' labels that open lines ``first`` to ``last``, if there are two or more."""
    labels = {m.group() for m in map(_TURN.match, text[first : last + 1]) if m}
    return labels if len(labels) >= 2 else set()


def _past_lists(lines: Lines, prose: list[bool], kept: list[bool], first: int, last: int) -> int:
    """The block's last line, moved past the article's own lists after it.

    A list of the article (:func:`_content_list`) costs the block more than one paragraph
    after it gives (a match report's line-ups, a lead-in and the results), and the article's
    last paragraphs would go as prose outside it: the block goes on over such a list when
    prose follows it, over the turns of the block's transcript (``HOST: ...``, ``OKAFOR:
    Thank you.``, labels that open lines of two speakers or more in the block) whatever
    follows, and over a list under a lead-in right after the last paragraph
    (:func:`_closing_list`).
    """
    text, n = lines.text, len(lines)
    labels: set[str] | None = None
    while last + 1 < n and not prose[last + 1] and not kept[last + 1]:
        end = last
        if labels is None and _TURN.match(text[last + 1]) is not None:
            labels = _turn_labels(text, first, last)
        if labels:
            while end + 1 < n and not prose[end + 1] and not kept[end + 1]:
                m = _TURN.match(text[end + 1])
                if m is None or m.group() not in labels:
                    break
                end += 1
        if end == last:
            end = _listed_until(lines, prose, kept, last + 1)
            if end < 0:
                # The article may end with a list under its lead-in (a tour's dates), with
                # the page's furniture after it.
                return max(last, _closing_list(lines, prose[last], last + 1))
        last = end
        while last + 1 < n and (prose[last + 1] or kept[last + 1]):
            last += 1
    return last


def _closing_list(lines: Lines, after_prose: bool, start: int) -> int:
    """The last item of a list that ends the article, right after its last paragraph, or -1:
    a lead-in (:func:`_lead_in`) and two items or more of one shape (:func:`_item_forms`, up
    to the first line of another); a subheading with no colon over such items
    (:func:`_headed_list`); or, with no heading, two lines or more that each give a label and
    its value."""
    text, n = lines.text, len(lines)
    if not after_prose or start + 1 >= n:
        return -1
    if text[start][-1] not in _COLONS:
        headed = _headed_list(lines, start)
        # With no heading, lines that each give a label and its value (a match report's
        # line-ups, "Referee: ...", "Attendance: 60,287").
        if headed >= 0 or ":" not in text[start]:
            return headed
        return _items_end(lines, start - 1, _DATUM)
    if start + 2 >= n or not _lead_in(lines, start, None):
        return -1
    if _reason(text[start], lines.words[start], False, "") is not None:
        return -1
    return _items_end(lines, start, _led_forms(lines, start, _LED_FORMS_AFTER))


#: The shapes the items under a subheading with no colon share (``Timeline``, then ``March
#: 2024: virus found in Texas herds``): a label with its datum, or a clause's end. (Bullets,
#: names or figures alone may be a box of other pages' headlines under its heading.)
_HEADED_FORMS = _DATUM | _CLAUSE


def _headed_list(lines: Lines, start: int) -> int:
    """The last item of a list under line ``start`` when it is a subheading with no colon
    (:func:`_plain_subheading`) over two items or more of a shape of ``_HEADED_FORMS``, or
    -1."""
    text = lines.text
    if start + 1 >= len(text) or not _plain_subheading(text[start]):
        return -1
    if not _item_forms(text[start + 1]) & _HEADED_FORMS:
        return -1  # (the first item told before the heading's reason: a menu fails fast)
    if _reason(text[start], lines.words[start], False, "") is not None:
        return -1
    return _items_end(lines, start, _HEADED_FORMS)


def _items_end(lines: Lines, start: int, forms: int) -> int:
    """The last of the items under line ``start`` that share one of ``forms`` (up to the
    first line of another shape, a long line or one that goes by what it is), if there are
    two or more; else -1."""
    text, n = lines.text, len(lines)
    end = start
    while end + 1 < n and lines.words[end + 1] < 2 * MIN_PROSE_WORDS:
        shared = forms & _item_forms(text[end + 1])
        if not shared or _reason(text[end + 1], lines.words[end + 1], False, "") is not None:
            break
        forms, end = shared, end + 1
    return end if end - start >= 2 else -1


def _listed_until(lines: Lines, prose: list[bool], kept: list[bool], start: int) -> int:
    """The last line of the run of short lines from ``start`` when it is a list of the
    article's (:func:`_content_list`, no line of it going by what it is) with prose after it,
    or -1."""
    text, n = lines.text, len(lines)
    end = start
    while end + 1 < n and not prose[end + 1] and not kept[end + 1]:
        end += 1
    if end + 1 == n:
        return -1
    for a, b, lead in _list_parts(lines, None, start, end):
        by = _lead_of(lines, a, lead) if a == start or lead else -1
        forms = _led_forms(lines, by, _LED_FORMS_AFTER) if by >= 0 else _LED_FORMS_AFTER
        if not _content_list(text, range(a + lead, b + 1), by >= 0, forms):
            return (
                -1
            )  # (told first: the run after most articles is the page's menus, and fails fast)
    for k in range(start, end + 1):
        if _reason(text[k], lines.words[k], False, "") is not None or stamp_or_byline(text[k]):
            return -1
    return end


def _removals(
    lines: Lines, reasons: list[str | None], kept: list[bool], first: int, last: int
) -> list[Removal]:
    """One removal per run of lines that go for the same reason, plus trailing credits."""
    out: list[Removal] = []
    cut, after, text = lines.cut, lines.next, lines.text
    i = 0
    for reason, group in groupby(reasons):
        j = i + len(list(group))
        if reason == _CALL_REASON:
            # A paragraph of the article may end with the call (the page's text run into
            # it): only the call goes, from the end of the sentence before it. (A paragraph
            # between lines that go too is the page's pitch, whole.)
            for k in range(i, j):
                inside = (k > 0 and reasons[k - 1] is None) or (
                    k + 1 < len(reasons) and reasons[k + 1] is None
                )
                at = _paragraph_call(text[k]) if inside else -1
                if at < 0:
                    out.append(removal(cut[k], after[k], reason))
                else:
                    start = lines.start(k)
                    out.append(removal(start + at, start + len(text[k]), reason))
        elif reason is not None:
            out.append(removal(cut[i], after[j - 1], reason))
        i = j
    # A line of the article may end with a credit after a dash.
    found = False
    for k in _dashed(text, first, last):
        if reasons[k] is None and not kept[k]:
            at = _credit_start(text[k])
            if at >= 0:
                start = lines.start(k)
                out.append(removal(start + at, start + len(text[k]), "credit"))
                found = True
    return sorted(out, key=lambda r: r.span.start) if found else out


_CALL_REASON = "cookie/subscription line"
#: The end of a sentence before white space: its stop and closing marks.
_SENTENCE_STOP = regex.compile(r"[.!?][\"'”’)\]]*+(?=\s)")
#: A paragraph's text before a call to subscribe is the article's with this many words.
CALL_PROSE_WORDS = 12


def _paragraph_call(text: str) -> int:
    """Where a call to subscribe that ends a paragraph of the article begins (at the white
    space after the sentence before it), or -1 when the line is all notice: the text before
    the call's sentence (the sentence of the first notice word) is not a sentence of
    ``CALL_PROSE_WORDS`` words or more, or speaks to the reader (``Get our best stories every
    morning in your inbox. Sign up ...``)."""
    found = _COOKIE.search(text)
    if found is None:
        return -1
    at = -1  # the end of the last sentence before the call's
    for stop in _SENTENCE_STOP.finditer(text, 0, found.start()):
        at = stop.end()
    if at < 0:
        return -1
    before = text[:at]
    if len(before.split()) < CALL_PROSE_WORDS or _TO_READER.search(before) is not None:
        return -1
    return at


def _dashed(text: list[str], first: int, last: int) -> list[int]:
    """The lines ``first`` to ``last`` that :func:`_dash_near_end` holds, in order: their
    ends are joined and searched at once (``str.find`` runs in C), not line by line."""
    tails = [t[-_DASH_REACH:] for t in text[first : last + 1]]
    return sorted(k + first for k in _parts_holding(tails, _DASHES))


def _prose_flags(lines: Lines) -> list[bool]:
    """Mark the lines that read as running prose (only measured lines can)."""
    lines.measure()
    words, stops, text = lines.words, lines.stops, lines.text
    measured = lines.measured
    floor = 0.0
    if lines.unspaced or lines.language is not None:
        densities = sorted(stops[i] / words[i] for i in measured if words[i] >= 15)
        if not densities:
            densities = sorted(stops[i] / words[i] for i in measured if words[i] >= 8)
        if densities:
            floor = densities[len(densities) // 2] * MIN_RELATIVE_DENSITY
    flags = [False] * len(text)
    for i in measured:
        t, n = text[i], words[i]
        # Below the floor, a line of twenty words or more that ends like a sentence needs half
        # of it: a lead that opens with a dateline and is thick with names and titles
        # ("KUALA LUMPUR, Nov 3 (Bernama): Datuk Seri ..."); menus are neither long nor end so.
        # One that opens with a dateline needs none ("BOJONEGORO, KOMPAS.com - Banjir ...
        # Kabupaten Bojonegoro, Jawa Timur, sejak Sabtu malam.": names, and one stop word).
        if stops[i] < floor * n and (
            n < 2 * MIN_PROSE_WORDS
            or (2 * stops[i] < floor * n and _DATELINE.match(t) is None)
            or not ends_sentence(_uncredited(t))
        ):
            continue
        if n < 2 * MIN_PROSE_WORDS and not ends_sentence(_uncredited(t)):
            continue  # a short line that does not end like a sentence: a headline
        if n < 2 * MIN_PROSE_WORDS and lines.unspaced and stamp_or_byline(t):
            # A date stamp in a script without spaces may end with a full stop ("วันที่ 18
            # ธันวาคม 2567 เวลา 15:30 น.", Thai): its characters count as a sentence's words.
            continue
        if "ookie" in t and _COOKIE_NOTICE.search(t) is not None:
            continue  # a cookie notice reads like prose but is the site about itself
        if t[0] in _CALL_FIRSTS and t.startswith(_CALL_STARTS) and _opens_with_call(t):
            continue  # so does a pitch ("Subscribe to ... to get access to ..."): no article
        if n < CLICK_WORDS and ("lick here" in t or "LICK HERE" in t) and _CLICK_CALL.search(t):
            continue  # and a short call to follow a link ("For more news ... click here.")
        flags[i] = True
    return flags


#: A line with a call to click a link ("click here") reads as no prose below this many words.
CLICK_WORDS = 25

# The call itself: a sentence that opens with it ("Do you rely on our reporting? Click here to
# support it.", "CLICK HERE TO GET THE APP") or a line that ends with it ("For more news ...
# click here."); not a report of one ("Victims were told to click here to cancel a payment").
_CLICK_CALL = regex.compile(r"(?:^|[.!?] )(?:Click here|CLICK HERE)|(?i:click here)[.!:]?$")


# A dateline that opens a story's first paragraph: a place in capitals, then a comma, a
# bracket, a dash or a colon ("JAKARTA, Nov 18 (Reuters) -", "HÀ NỘI —", "TOKYO (ANN):").
_DATELINE = regex.compile(r"\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3}(?:,| ?\(| [-–—]|:)")


def _uncredited(text: str) -> str:
    """The line without a trailing credit (``... the plan. - THE DAILY TOWN``)."""
    end = text[-_DASH_REACH:]
    # (The dashes looked for inline, with ``in``: a call per dash costs more, on every line.)
    if "- " not in end and "– " not in end and "— " not in end:
        return text
    at = _credit_start(text)
    return text if at < 0 else text[:at]


def _credit_start(text: str) -> int:
    """Where a trailing credit after a dash begins in a line, or -1 if it ends with none."""
    credit = _CREDIT.search(text, max(0, len(text) - _DASH_REACH))
    return -1 if credit is None else credit.start()


def _dash_near_end(text: str) -> bool:
    """A cheap test before looking for a credit: a dash among the last characters."""
    return any(map(text[-_DASH_REACH:].__contains__, _DASHES))


#: What a credit after a dash starts with (``... said. - Reuters``) ...
_DASHES = ("- ", "– ", "— ")
#: ... among this many last characters of a line.
_DASH_REACH = 60


def _protected(lines: Lines) -> list[bool]:
    """Mark reference-list lines, numbered lists (items counting up from 1) and cited lines."""
    text = lines.text
    n = len(text)
    kept = [False] * n
    for i in _lines_with(lines, ["["]):
        if _MARKER.search(text[i]) is not None:
            kept[i] = True  # a line with a citation marker is the article's, or its reference list
    for i in _lines_with(lines, ["【"]):
        if not kept[i] and _FULL_WIDTH_MARKER.search(text[i]) is not None:
            kept[i] = True
    # So is a line that ends with superscript markers after a sentence's end (``... a
    # bubble.⁴``; an exponent follows no full stop: ``40 m²``, ``E=mc².``) or with a caret
    # marker after one (``... a bubble.^4``), and an entry that a superscript label opens
    # (``² CNBC — Title``), as ``[2] ...`` is one. (The labels found in the string of first
    # characters, in C; the ends among the lines that may be prose.)
    firsts = lines.firsts()
    if not firsts.isascii():
        for edge in _SUPERSCRIPT_EDGE.finditer(firsts):
            i = edge.start()
            kept[i] = kept[i] or _SUPERSCRIPT_LABEL.match(text[i]) is not None
    if not lines.raw.isascii():
        # (A line of four words or more that ends with a superscript is a candidate for prose.)
        for i in lines.candidates:
            if text[i][-1] in SUPERSCRIPT_DIGITS:
                kept[i] = kept[i] or ends_sentence(text[i].rstrip(_SUPERSCRIPT_MARKS))
    if "^" in lines.raw:
        for i in _lines_with(lines, ["^"]):
            kept[i] = kept[i] or _CARET_END.search(text[i]) is not None
    # The lines that may start a numbered list: found by their first character in the string
    # of first characters (``str.find`` in C), then read alone.
    for i in _occurrences(lines.firsts(), "1"):
        if kept[i] or not text[i].startswith(_FIRST_ITEMS):
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
        if j - i >= 2 and not (i > 0 and _teaser_heading(text[i - 1])):
            if _unled_headlines(lines, i, j):
                continue
            for k in range(i, j):
                kept[k] = True
    _protect_interviews(lines, kept)
    return kept


#: A box of other stories' headlines, numbered with no label over it, has this many at least,
#: each of more than ``HEADLINE_ITEM_WORDS`` words with its number (a list's items say less).
UNLED_HEADLINES = 3
HEADLINE_ITEM_WORDS = 5


def _unled_headlines(lines: Lines, i: int, j: int) -> bool:
    """Whether the numbered list of lines ``i`` to ``j - 1`` is a box of other stories'
    headlines whose label the copy lost (``Most read`` over "1. Kohli returns to Test squad"):
    ``UNLED_HEADLINES`` items or more, each a headline (a title that does not end like a
    sentence, with no address), right under a paragraph that ends like a sentence. The
    article's own list has a lead-in (a colon) or a heading over it, a reference list its
    heading, and entries that end with a full stop."""
    text, words = lines.text, lines.words
    if j - i < UNLED_HEADLINES or i == 0 or not ends_sentence(text[i - 1]):
        return False
    if words[i - 1] < MIN_SENTENCE_WORDS:
        return False  # (a heading that ends with a stop: "Sources.")
    if j < len(text) and words[j] >= MIN_PROSE_WORDS and ends_sentence(text[j]):
        return False  # (the article goes on under the list: its own)
    for k in range(i, j):
        number = _NUMBERED.match(text[k])
        if number is None or words[k] <= HEADLINE_ITEM_WORDS:
            return False
        item = text[k][number.end() - 1 :]  # (after its number)
        if not item[0].isupper():
            return False
        if not headline_like(item, words[k] - 1) or "://" in item or "www." in item:
            return False
    return True


def _teaser_heading(line: str) -> bool:
    """Whether a line is a teaser's label alone (``Most read``, ``Trending:``, ``Lesen Sie
    auch``): the numbered list under it is other pages' headlines, not the article's."""
    return len(line) <= _LONGEST_KICKER + 1 and line.rstrip(" :：").lower() in _KICKER_SET


def _protect_interviews(lines: Lines, kept: list[bool]) -> None:
    """Mark the lines of an interview: questions and answers labelled ``Q:`` and ``A:`` (or
    ``Q.`` and ``A.``) in turn, two pairs or more. A round of quick questions and one-line
    answers would read as a menu otherwise."""
    text = lines.text
    end = 0
    for i in _lines_with(lines, [_QUESTION]):
        label = text[i][:2]
        if i < end or label not in ("Q:", "Q."):
            continue
        answer = "A" + label[1]
        j = i
        while j + 1 < len(text) and text[j][:2] == label and text[j + 1][:2] == answer:
            j += 2
        if j - i >= 4:
            for k in range(i, j):
                kept[k] = True
        end = j


def _plain_lists(raw: str, lines: Lines) -> list[Span]:
    """The unnumbered source lists of ``raw`` (under a ``Sources`` heading).

    (The raw text is scanned for the lists' headings only when a line starts and ends as one
    does, :func:`may_have_plain_lists`: the lines' first characters are at hand, and few lines
    pass them. The lists are looked for once, for the two uses below.)
    """
    if not may_have_plain_lists(lines.text, lines.firsts()):
        return []
    return list(plain_list_spans(raw))


def _page_like_with_sources(
    lines: Lines, kept: list[bool], table_rows: list[int], plain: list[Span]
) -> bool:
    """Tell whether a page-like text is still one with the lines of its unnumbered source
    lists (``plain``) taken as structure: such a list alone does not make a text a page (it
    ends many an AI answer)."""
    marked = list(kept)
    _mark(lines, plain, marked)
    return _page_like(lines, marked, table_rows)


def _protect_reference_lists(raw: str, lines: Lines, kept: list[bool], plain: list[Span]) -> None:
    """Keep the lines of every reference list (any registered style, with its heading; and
    unnumbered source lines with their addresses under a ``Sources`` or ``References``
    heading) and of every key-points list (with its heading: ``Key points`` alone would read
    as a menu)."""
    if may_have_references(raw, lines.text, lines.firsts()):
        spans = reference_list_spans(raw)
        _mark(lines, (s for s in spans if not (_headlines_box(lines, s) or _menu(raw, s))), kept)
    if plain:
        _mark(lines, filter(None, (_addressed(raw, s) for s in plain)), kept)
    if may_have_key_points(lines.firsts(), lines.text):
        _mark(lines, key_point_list_spans(raw), kept)


def _addressed(raw: str, span: Span) -> Span | None:
    """The heading of a list under a sources heading with the run of its lines, from the
    first, that give a web address: the article's sources (``None`` if the first gives none).
    (Lines of names alone under ``Sources`` or ``Reference`` may be a menu's items or a box of
    other pages' headlines, and a page's footer may follow the list: the decision above
    judges those as any other lines.)"""
    heading, *listed = raw[span.start : span.end].split("\n")
    end = length = 0  # past the heading: the end of the last line kept; of the line read
    for line in listed:
        length += 1 + len(line)  # (the break before it, and the line)
        if line.strip():
            if "://" not in line and "www." not in line:
                break
            end = length
    return Span(span.start, span.start + len(heading) + end) if end else None


def _headlines_box(lines: Lines, span: Span) -> bool:
    """Whether a list that reads as references (numbered titles) is a box of other pages'
    headlines: it sits under a teaser's label alone (``Most read``, ``Related``) and links to
    nothing (a list of sources under ``Read more:`` gives their addresses), or right under the
    article's last paragraph with no label (:func:`_unled_headlines`)."""
    i = bisect_right(lines.cut, span.start) - 1
    if i >= 1 and lines.text[i][:1].isdigit():
        j = bisect_left(lines.cut, span.end)  # (the line after the list's last)
        if _unled_headlines(lines, i, j):
            return True  # (under the article's last paragraph, with no label)
    if i < 1 or not _teaser_heading(lines.text[i - 1]):
        return False
    listed = lines.raw[span.start : span.end]
    return "://" not in listed and "www." not in listed


def _menu(raw: str, span: Span) -> bool:
    """Whether a list that reads as references is a page's menu: three entries or more, each
    linking the words of a menu's item (``CONTROL_LINE_WORDS`` at most: ``* [Home](...)``,
    ``[Skip to content](...)``) to one site, where sources give titles (or name outlets, each
    its own site: ``- [Reuters](https://www.reuters.com/...)``)."""
    hosts = set()
    entries = 0
    for line in raw[span.start : span.end].splitlines():
        if not line.strip():
            continue
        close = line.find("](")
        scheme = line.find("://", close)
        if close < 0 or scheme < 0 or len(line[:close].split()) > CONTROL_LINE_WORDS + 1:
            return False
        hosts.add(line[scheme + 3 :].split("/", 1)[0].split(")", 1)[0])
        entries += 1
    return entries >= MENU_ENTRIES and len(hosts) == 1


#: A page's menu written as a list of links has at least this many entries.
MENU_ENTRIES = 3


def _mark(lines: Lines, spans: Iterable[Span], kept: list[bool]) -> None:
    """Mark in ``kept`` every line that ``spans`` (over the raw text) reach into."""
    for span in spans:
        i = max(bisect_right(lines.cut, span.start) - 1, 0)
        while i < len(lines) and lines.cut[i] < span.end:
            kept[i] = True
            i += 1


def _article_block(
    lines: Lines, prose: list[bool], kept: list[bool], footers: list[int]
) -> tuple[int, int]:
    """The first and last line of the densest block of prose (maximum subarray).

    A prose line gains its words (up to ``MAX_GAIN``), a kept line nothing, a footer line
    (``footers`` hold a ``_FOOTER_KEYS``) costs ``5 * PENALTY`` and any other line ``PENALTY``.
    """
    words, text = lines.words, lines.text
    anchors = list(compress(count(), map(or_, prose, kept)))
    ends = [
        i
        for i in footers
        if not prose[i] and not kept[i] and words[i] < 30 and _FOOTER.search(text[i])
    ]
    marks = sorted(anchors + ends) if ends else anchors
    # Kadane over the lines that do not cost PENALTY: the lines between two of them are taken
    # at once. ``total`` is the best total of a run ending at the line before ``i``; a run
    # restarts after a total <= 0. The block is the first run with the highest total.
    best, first, last = 0, -1, -1
    total, start, before = 0, 0, -1
    boxes: list[int] = []  # the lines right after a teaser (a box, or a labelled line)
    posts = "@" in lines.raw  # (an embedded post's credit names a handle: "@" found by memchr)
    stamps = [-1]  # the last time stamp alone over a paragraph seen (a live report's entry)
    for i in marks:
        # Each line between costs PENALTY: a run that is still positive after them goes on;
        # any other restarts at ``i``, however far below 0 its total fell.
        if i - before == 2 and _INLINE_TEASER.match(text[i - 1]) is not None:
            # A labelled teaser alone between paragraphs costs half: a short last paragraph
            # after it stays.
            total -= PENALTY // 2
            boxes.append(i)
        elif (
            i - before == 2
            and words[i] < 2 * PENALTY
            and total > PENALTY // 2
            and prose[i]
            and _is_caption(text[i - 1], words[i - 1])
        ):
            # So does a photo's caption with its credit alone over a short paragraph: a short
            # last paragraph after it stays (a Korean one counts few words; a longer one pays
            # for the caption anyway).
            total -= PENALTY // 2
        elif (
            2 <= i - before <= _STAMP_GAP
            and prose[i]
            and _clock_alone(text[i - 1])
            and _stamped(text, stamps, i - 1, start)
            and total > PENALTY // 2
        ):
            # So do the lines between two entries of a live report, its sharing button and the
            # next entry's time stamp ("Share", "9:58 PM"): a short entry after them stays.
            # (Only in a run of entries, where a stamp stood over one before: a time stamp
            # over a teaser under the article, "Latest", "10:42", opens no entry of it.)
            total -= PENALTY // 2
            boxes.append(i)
        elif (
            i - before > 2
            and total > PENALTY // 2
            and prose[i]
            and _set_in_article(lines, prose, before + 1, i, boxes, start, posts)
        ):
            # So do a box of related links and photos set in the article (a run that has
            # fallen to nothing restarts anyway: its lines need no look).
            total -= PENALTY // 2
            boxes.append(i)
        elif (
            i - before == 3
            and before >= 0
            and prose[before]
            and prose[i]
            and (words[i] >= 2 * MIN_PROSE_WORDS or (i + 1 < len(prose) and prose[i + 1]))
            and _signed_quote(text[i - 2], text[i - 1])
        ):
            # A pull quote and who said it, with the article's prose above and below it (more
            # than one short line: a promo's blurb under a quote over "Most read" is none):
            # the article's words cost nothing.
            pass
        else:
            total -= PENALTY * (i - before - 1)
        if prose[i]:
            gain = words[i]
            if gain > MAX_GAIN:  # (a comparison, not a call of min(), in this hot loop)
                gain = MAX_GAIN
        elif kept[i]:
            gain = 0
        else:
            gain = -5 * PENALTY  # the page's footer: the article does not go on after it
        if total > 0:
            total += gain
        else:
            total, start = gain, i
        if total > best:
            best, first, last = total, start, i
        before = i
    if first < 0:
        return -1, -1
    first, last = _core(words, prose, anchors, first, last, boxes)
    return first, _credited_end(text, prose, last)


def _stamped(text: list[str], stamps: list[int], at: int, start: int) -> bool:
    """Whether a live report's entry stamp stood over a paragraph of the run from ``start``
    (or right above its first line) before the stamp at line ``at``, which is recorded in
    ``stamps``."""
    before, stamps[0] = stamps[0], at
    return before >= start - 1 or (start > 0 and _clock_alone(text[start - 1]))


#: The lines between two entries of a live report (a short line of the entry, its sharing
#: button, the next one's time stamp) are at most this many, less one.
_STAMP_GAP = 4
#: A teaser box between paragraphs has its label and at most this many lines in all.
_BOX_LINES = 4
#: A line of a teaser box (a headline) has at most this many words.
_BOX_ITEM_WORDS = 20


def _set_in_article(
    lines: Lines,
    prose: list[bool],
    start: int,
    end: int,
    boxes: list[int],
    run: int,
    posts: bool = True,
) -> bool:
    """Whether the lines ``start`` to ``end - 1`` between two paragraphs are set in the
    article: a box of related links under its label (:func:`_teaser_box`) where the article
    goes on after it (:func:`_goes_on`; a lone last paragraph after a box may be a teaser), or
    photos with their captions (:func:`_photo_run`), or a live page's entry header (a clock
    time alone and a heading: ``15:42``, ``Pound edges higher``), or a social post embedded
    with its credit (:func:`_post_credits`), or a list of the article's own under its lead-in
    (:func:`_content_list`: "Warning signs include:" over "- frequent energy crashes"), or a
    table copied one cell per line (:func:`_cell_table`)."""
    head = lines.text[start]
    # (The first line is tried by cheap tests here first: most runs are menus, and fail them.)
    if (
        end - start <= _BOX_LINES
        and head[:2].lower() in _KICKER_STARTS
        and _teaser_box(lines, start, end)
    ):
        return _goes_on(lines, prose, end, boxes, run)
    if end - start == 2 and _clock_alone(head):
        return True  # a live page's entry: its time and its heading
    if end - start == 3 and _clock_alone(lines.text[start + 1]) and _sharing_button(head):
        return True  # ... after the last entry's sharing button ("Share")
    if posts and end - start <= _POST_LINES and _post_credits(lines, start, end):
        return True  # a social post embedded in the article, with its ad break, say
    if (
        end - start > 2
        and head[-1] in _COLONS
        and lines.words[start] >= LIST_LEAD_WORDS
        and _lead_in(lines, start, None)
        and _content_list(
            lines.text, range(start + 1, end), True, _led_forms(lines, start, _LED_FORMS)
        )
    ):
        return True  # the article's own list under its lead-in, the article going on after it
    # (Two photos cost less than most paragraphs around them give: a gallery is longer.)
    if end - start < _GALLERY_LINES:
        return False
    if head[0].isdigit() or head[:7].lower() == "gallery" or _has(head.lower(), _CAPTION_KEYS):
        return _photo_run(lines, start, end)
    return _cell_table(lines, start, end)


# A figure alone in a table's cell: "48", "+9", "-6", "12.5%", "1,200".
_FIGURE_CELL = re.compile(r"[+\-−–]?\d[\d.,:]*%?")
#: A table's cell on a line of its own has at most this many words ...
CELL_WORDS = 4
#: ... and the table at most this many columns.
CELL_COLUMNS = 6


def _cell_table(lines: Lines, start: int, end: int) -> bool:
    """Whether the lines ``start`` to ``end - 1`` are a table copied one cell per line (``Party``,
    ``Seats``, ``Change``, ``Coalition``, ``48``, ``+9``...): a header row of 2 to
    ``CELL_COLUMNS`` cells with no figure, then two rows or more with figures alone in the same
    columns. It does not end the article (its paragraphs after it stay) but goes, as
    ``table``: its cells no longer read as rows (a table with tabs does, and stays:
    :func:`_table_rows`). A menu has no figures, and a numbered list of headlines has its
    numbers in its first row too."""
    n = end - start
    if n < 6:
        return False
    text = lines.text
    if max(lines.words[start:end]) > CELL_WORDS:
        return False
    figures = [_FIGURE_CELL.fullmatch(text[k]) is not None for k in range(start, end)]
    for p in range(2, CELL_COLUMNS + 1):
        if n % p or n // p < 3 or any(figures[:p]):
            continue
        row = figures[p : 2 * p]
        if any(row) and all(figures[r : r + p] == row for r in range(2 * p, n, p)):
            return True
    return False


# A clock time alone on its line, as a live page stamps its entries: "15:42", "3.42pm",
# "09:30 GMT", "Posted at 16:05" (with the stamp's label before the time).
_CLOCK = re.compile(
    r"(?i)(?:(?:posted|updated|published)(?:\s+at)?\s+)?"
    r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
)
# How a clock time alone starts, but for a digit (the labels of ``_CLOCK``, lower-cased).
_CLOCK_LABELS = ("post", "upda", "publ")


def _clock_alone(line: str) -> bool:
    """Whether a line is a clock time alone (``_CLOCK``), as a live page stamps its entries."""
    first = line[0]
    if not (first.isdigit() or (first in "PpUu" and line[:4].lower() in _CLOCK_LABELS)):
        return False  # (cheap tests first)
    return _CLOCK.fullmatch(line) is not None


POST_REASON = "embedded post"
# The line that credits a social post embedded in an article, as its embed code writes it:
# "— Jane Doe (@jdoe) November 3, 2026", "— NASA (@NASA) 3 de noviembre de 2026" (a date with
# its year after the handle); "A post shared by NASA (@nasa)".
_POST_CREDIT = regex.compile(
    r"(?:[-–—]{1,2}\s*\S[^\n]{0,60}?\s\(@\w{1,30}\)\s+[^\n]{0,30}?(?<!\d)(?:19|20)\d\d(?!\d)"
    r"[^\n]{0,12}|A post shared by [^\n]{1,60}\(@[\w.]{1,30}\))"
)
#: A run of lines between paragraphs that holds an embedded post has at most this many lines
#: (the post's text, its credit, an advertisement's label and the line under it).
_POST_LINES = 8


def _post_credits(lines: Lines, start: int, end: int) -> list[int]:
    """The lines from ``start`` to ``end - 1`` that credit an embedded social post
    (``_POST_CREDIT``), in order."""
    text = lines.text
    return [k for k in range(start, end) if "(@" in text[k] and _POST_CREDIT.fullmatch(text[k])]


#: A lead-in that carries the article on over its list has this many words at least (a site's
#: tags under "Filed under:" or "More topics:" do not).
LIST_LEAD_WORDS = 3


# A gallery's counter: "1 of 12", "2/12", "Photo 3 of 12", "Image 1 of / 23".
_COUNTER = re.compile(r"(?i)(?:(?:photo|image|picture|slide)\s+)?\d{1,3}\s*(?:of\s*/?|/)\s*\d{1,3}")
_COUNTER_STARTS = ("photo", "image", "pictu", "slide")
#: Photos between paragraphs are looked at from this many lines on.
_GALLERY_LINES = 3
# The labels of a gallery ("Gallery: 12 photos").
_GALLERY_LABELS = frozenset(("gallery", "photos", "photo"))


def _counter_alone(line: str) -> bool:
    """Whether a line is a gallery's counter alone (``1 of 12``, ``Photo 3 of 12``)."""
    return (line[0].isdigit() or line[:5].lower() in _COUNTER_STARTS) and (
        _COUNTER.fullmatch(line) is not None
    )


def _photo_run(lines: Lines, start: int, end: int) -> bool:
    """Whether the lines ``start`` to ``end - 1`` are photos set in the article: captions with
    a credit (:func:`_is_caption`), a gallery's counters (``1 of 12``) and its label
    (``Gallery: 12 photos``), one caption at least. They go, but do not end the article.

    (Every line is tried by cheap tests first, the patterns only then: most runs fail on a
    line without a photo word.)
    """
    text, words = lines.text, lines.words
    others = []  # the lines that are no counter
    for k in range(start, end):
        t = text[k]
        if _counter_alone(t):
            continue
        if not _has(t[-CAPTION_TAIL:].lower(), _CAPTION_KEYS) and t[:7].lower() != "gallery":
            return False
        others.append(k)
    captions = 0
    for k in others:
        if _is_caption(text[k], words[k]):
            captions += 1
            continue
        kicker = _KICKER.match(text[k])
        if kicker is None or kicker.group("label").lower() not in _GALLERY_LABELS:
            return False
    return captions > 0


def _goes_on(lines: Lines, prose: list[bool], i: int, boxes: list[int], start: int) -> bool:
    """Whether the article block may go on at line ``i`` after a teaser box: it is the first
    of two paragraphs, or the site sets teasers between paragraphs (a box or a labelled line
    since line ``start``, or another label right after this paragraph)."""
    if not prose[i]:
        return False
    if boxes and boxes[-1] > start:
        return True
    if i + 1 == len(prose):
        return False
    after = lines.text[i + 1]
    return prose[i + 1] or _teaser_heading(after) or _INLINE_TEASER.match(after) is not None


def _sharing_button(line: str) -> bool:
    """Whether a line is a sharing button alone ("Share", "Share this post")."""
    return line.count(" ") < SHARE_WORDS and _reason(line, 1, False, "") == "sharing line"


def _teaser_box(lines: Lines, start: int, end: int) -> bool:
    """Whether the lines ``start`` to ``end - 1`` are a box of links under a teaser's label:
    a label alone (``Related:``, ``Read more``) or labelling the first link (``Read also:
    ...``), then a few headlines (``_BOX_LINES`` lines in all).

    Sites set such a box between an article's paragraphs; it goes (a link list), but it does
    not end the article: a box after each short paragraph would leave one paragraph alone.
    """
    head = lines.text[start]
    if not _teaser_heading(head) and _INLINE_TEASER.match(head) is None:
        return False
    return max(lines.words[start + 1 : end]) <= _BOX_ITEM_WORDS


def _core(
    words: list[int],
    prose: list[bool],
    anchors: list[int],
    first: int,
    last: int,
    boxes: list[int],
) -> tuple[int, int]:
    """Trim the block to its core: parts split off by link lists must hold more than a teaser.

    The block is cut into parts at runs of lines that are not prose or kept (``SPLIT_RUN``;
    ``anchors`` are the lines that are, in order), but for teaser boxes (``boxes`` are the
    lines right after them: :func:`_teaser_box`). From the part with the most prose,
    neighbouring parts are added while each has at least two prose lines or one long one; a
    lone paragraph between link lists is a teaser of another page.
    """
    parts: list[list[int]] = []
    before = -SPLIT_RUN - 1
    for i in anchors[bisect_left(anchors, first) : bisect_right(anchors, last)]:
        if i - before > SPLIT_RUN and (not boxes or i not in boxes):
            parts.append([])
        parts[-1].append(i)
        before = i
    # (Each part's gains summed by a loop, not a generator of min() calls.)
    weights = []
    for part in parts:
        weight = 0
        for i in part:
            if prose[i]:
                gain = words[i]
                weight += gain if gain < MAX_GAIN else MAX_GAIN
        weights.append(weight)
    core = max(range(len(parts)), key=lambda p: (weights[p], -p))
    lo = hi = core
    while lo > 0 and _substantial(parts[lo - 1], words, prose):
        lo -= 1
    while hi + 1 < len(parts) and _substantial(parts[hi + 1], words, prose):
        hi += 1
    return parts[lo][0], parts[hi][-1]


def _credited_end(text: list[str], prose: list[bool], last: int) -> int:
    """The block's last line, or the next prose line within ``CREDIT_REACH`` lines when that
    one ends with a wire credit (``... next week. - THE STAR``) and the block's does not: the
    article's last paragraph, set apart by a box of related links (too short to pay for it)."""
    for j in range(last + 1, min(len(text), last + 1 + CREDIT_REACH)):
        if prose[j]:
            if _credit_start(text[j]) >= 0 and _credit_start(text[last]) < 0:
                return j
            break
    if last + 1 < len(text) and not prose[last + 1] and _end_tag(text[last + 1]) >= 0:
        return last + 1  # the last paragraph, with a tag after it that keeps it from prose
    return last


# What some papers set after a story's last sentence: an editor's initials ("... 15 hours.
# /cb"), or the agency's name in brackets ("... since the pandemic. (Yonhap)", "(Jiji Press)").
_END_TAG = regex.compile(
    rf"(?<=[.!?\"”’])\s+(?:/\p{{Ll}}{{2,4}}|\({_AGENCY}(?:\s(?:Press|News))?\))$"
)
#: The tag is looked for in this many last characters of a line.
_END_TAG_REACH = 20


# The same in Chinese and Japanese papers: the agency, the editor or the writer in brackets
# after the last sentence's full stop, maybe with the paper's number for the story (``...上漲約
# 80%。（編輯：林淑媛）1131017``, ``...と述べた。（共同）``, ``...。【责任编辑：王芳】``).
_CJK_END_TAG = regex.compile(
    r"(?<=[。！？」』”])[ \u3000]*[（(【〔][^（）()【】〔〕\n]{1,24}[）)】〕][ ]?\d{0,12}$"
)
_CJK_TAG_LASTS = frozenset("）)】〕0123456789")


def _end_tag(line: str) -> int:
    """Where a tag (``_END_TAG``, ``_CJK_END_TAG``) after a sentence of four words or more
    ends ``line`` (it goes as a ``credit``), or -1."""
    if line[-1] in _CJK_TAG_LASTS and ("。" in line or "」" in line or "！" in line):
        tag = _CJK_END_TAG.search(line, max(0, len(line) - 2 * _END_TAG_REACH))
        if tag is not None and tag.start() >= 2 * MIN_SENTENCE_WORDS:
            return tag.start()  # (about two characters a word)
    if (line[-1] != ")" and "/" not in line[-6:]) or line.count(" ") < MIN_SENTENCE_WORDS:
        return -1
    tag = _END_TAG.search(line, max(0, len(line) - _END_TAG_REACH))
    return -1 if tag is None else tag.start()


def _substantial(part: list[int], words: list[int], prose: list[bool]) -> bool:
    paragraphs = [i for i in part if prose[i]]
    return len(paragraphs) >= 2 or any(words[i] >= LONE_PARAGRAPH for i in paragraphs)


def _headline(lines: Lines, first: int, last: int, prose: list[bool], kept: list[bool]) -> int:
    """The headline: a headline-like line above the block, preferring one the page repeats
    (whole, or in a title line: a copy inside a paragraph, as a paper's name in a dateline's
    credit, is no repeat). A photo caption is no headline, nor a live page's entry heading
    under its time (``15:42``), nor a line of a table of contents, which stands again as a
    subheading in the block.

    The block's own first line is the headline when it does not end like a sentence and the
    page's title line starts with it (a long headline in a language without spaces reads as
    prose).
    """
    text, words = lines.text, lines.words
    if _titled_first_line(lines, first):
        return first
    candidates = []
    i, reach = first - 1, HEADLINE_REACH
    while i >= 0 and reach > 0:
        if i and _entry_stamp(text[i - 1]):
            # A live page's entry (a stamp and its heading, as in its list of key events) is no
            # headline, nor counts for the reach.
            i -= 2
            continue
        if (
            not kept[i]
            and (not prose[i] or _asked_over_byline(lines, prose, i))
            and headline_shaped(text[i], words[i])
            # (A score line whose scorer is named after a month, "Kilmarnock 1 (May 12)", is
            # told by the other team's score line next to it.)
            and not (text[i][-1] == ")" and paired_score_line(text, i))
        ):
            candidates.append(i)
        i, reach = i - 1, reach - 1
    if not candidates:
        return -1
    # A line of a table of contents stands again in the block as a subheading, and so does
    # the line next to it (a headline alone may be repeated there: a photo's caption). (The
    # block searched in C, and for the others only where the nearest candidate stands again.)
    raw, lo, hi = lines.raw, lines.cut[first] - 1, lines.next[last]
    if len(candidates) > 1 and raw.find(f"\n{text[candidates[0]]}\n", lo, hi) >= 0:
        again = {i for i in candidates if raw.find(f"\n{text[i]}\n", lo, hi) >= 0}
        if len(again) > 1:
            candidates = [
                i for i in candidates if not (i in again and (i - 1 in again or i + 1 in again))
            ] or candidates
    # The page down to the article's third line, lower-cased at once (lines alone where a
    # character changes length when lower-cased).
    end = lines.next[min(first + 3, len(text)) - 1]
    above = lines.raw[:end].lower()
    for i in candidates:
        key = text[i].lower()
        if len(above) == end:
            if above.count(key) < 2:
                continue
            copies = sorted({bisect_right(lines.cut, at) - 1 for at in _occurrences(above, key)})
        else:
            copies = [j for j in range(min(first + 3, len(text))) if key in text[j].lower()]
        # A name of three words or fewer inside a line is rather the site's or the author's
        # ("The Japan News by The Yomiuri Shimbun"): such a headline repeats at a line's start;
        # one repeated inside the article, below its first line, is a byline repeated as a
        # photo's credit under its caption.
        short = words[i] <= 3
        copies = [j for j in copies if not prose[j] and (not short or _starts(text[j], key))]
        if len(copies) >= 2:
            # (Nor is a byline a copy: "Par Le Quotidien du Sud avec AFP" names the site.)
            copies = [j for j in copies if j == i or not byline(text[j])]
        if short and copies and copies[-1] > first:
            continue
        if len(copies) >= 2 and _may_be_headline(text[i], words[i]):
            # The first copy that is the headline alone (the page title adds the site's name).
            return next((j for j in copies if len(text[j]) == len(key)), i)
    over = _over_standfirst(lines, first, prose, kept, candidates)
    if over >= 0:
        return over
    # A line of three words is more often a byline or a label ("Star Online Report", "Senior
    # Correspondent", "The Yomiuri Shimbun") than the headline, and one with a separator a
    # breadcrumb ("NEWSINFO / Metro"). (Stamps, bylines and captions are told last: the first
    # candidate is most often taken.)
    for longer in (True, False):
        for i in candidates:
            if (
                (words[i] > 3 or _over_by(lines, i))
                if longer
                else _MENU_SEPARATOR.search(text[i]) is None
            ) and _may_be_headline(text[i], words[i]):
                if _signs_under_deck(lines, candidates, i):
                    continue  # a writer's name and role ("Jon Henley Europe correspondent")
                # A shorter headline-like line right above is the headline, and this its
                # deck (a subheadline that says more, in more words).
                up = i - 1
                if (
                    up in candidates
                    and 3 < words[up] < words[i]
                    and _may_be_headline(text[up], words[up])
                    and _MENU_SEPARATOR.search(text[up]) is None
                    and _box_label(lines, prose, kept, up) < 0  # (no link of a box above)
                ):
                    return up
                if _headline_over_deck(lines, candidates, up, i):
                    return up
                over = _over_authors(lines, prose, kept, i)
                if over < 0:
                    over = _over_controls(lines, prose, kept, candidates, i)
                if over < 0:
                    over = _over_items(lines, prose, kept, i)
                return over if over >= 0 else _above_box(lines, prose, kept, i)
    return -1


#: A writer's name with a role, on a line of its own, has at most this many words.
SIGNATURE_WORDS = 6


def _signs_under_deck(lines: Lines, candidates: list[int], i: int) -> bool:
    """Whether line ``i`` signs the article under its deck: a short line (a name and a role
    with no "By", ``Jon Henley Europe correspondent``) right over a date stamp, under a deck
    of ``DECK_WORDS`` or more words that has a shorter headline-like line right above it.
    The headline, its deck, the writer and the date: the writer's line is no headline."""
    text, words = lines.text, lines.words
    up = i - 1
    return (
        words[i] <= SIGNATURE_WORDS
        and i + 1 < len(text)
        and up - 1 in candidates
        and up in candidates
        and words[up] >= DECK_WORDS
        and 3 < words[up - 1] < words[up]
        and stamp_or_byline(text[i + 1])
    )


#: A page's control between the byline and the article ("Share this article", "Change text
#: size", "Listen") has at most this many words.
CONTROL_LINE_WORDS = 3


def _over_controls(
    lines: Lines, prose: list[bool], kept: list[bool], candidates: list[int], i: int
) -> int:
    """The headline right over a byline or a stamp above line ``i``, or -1, where ``i`` is
    the last of the page's controls under the byline ("Share this article", "Change text
    size", then "Gift Premium Articles to Anyone"): ``i`` has no byline under it, and only
    bylines, stamps and controls of ``CONTROL_LINE_WORDS`` words at most, one control at
    least, lie between. (A headline right under another story's stamp, in a box, has none.)
    """
    text, words = lines.text, lines.words
    # (The nearest longer candidate above that does not sign the article is the one looked
    # at: the lines between are checked only then, on few pages.)
    for k in candidates:
        if k < i and words[k] > CONTROL_LINE_WORDS and not _signed(text[k], words[k]):
            break
    else:
        return -1
    if not _over_byline(lines, k, names=True) or _over_byline(lines, i):
        return -1
    controls = False
    for m in range(k + 1, i):
        if prose[m] or kept[m]:
            return -1
        if words[m] <= CONTROL_LINE_WORDS and not stamp_or_byline(text[m]):
            controls = True
        elif not _signed(text[m], words[m]):
            return -1
    return k if controls else -1


# An author's name (or desk) and the outlet after a comma, all in capitalised words: "Tanza
# Loudenback, Business Insider", "Staff Reporter, Gulf Today" (a headline says more after it).
_NAME_OUTLET = regex.compile(
    r"\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,2},\s(?:The\s)?"
    r"\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,2}"
)


def _signed(line: str, words: int) -> bool:
    """Whether a line signs the article: a byline or a stamp (:func:`_byline_alone`), or an
    author's name and the outlet after a comma (:func:`_name_outlet`)."""
    return _byline_alone(line, words) or _name_outlet(line, words)


def _name_outlet(line: str, words: int) -> bool:
    """Whether a line is an author's name and the outlet (``_NAME_OUTLET``; cheap tests
    first: a comma, few words)."""
    return 3 <= words <= 6 and "," in line and _NAME_OUTLET.fullmatch(line) is not None


#: An author's name alone on its line: two to four capitalised words (a particle between).
_NAME_ALONE = regex.compile(
    r"\p{Lu}[\p{L}'’.-]*(?:\s(?:(?:de|da|del|van|von|der|bin|binti|al|la|le|du|dos)\s)?"
    r"\p{Lu}[\p{L}'’.-]*){1,3}"
)
#: The headline is looked for this many lines above an author's role line at most (a stamp
#: and two authors' names and roles under it).
AUTHORS_REACH = 6


def _over_authors(lines: Lines, prose: list[bool], kept: list[bool], i: int) -> int:
    """The headline over the authors that line ``i`` names the role of, or -1.

    A line right under an author's name alone or a byline, with no byline or stamp under it,
    is the author's role ("Miriam Hale", then "Associate Professor of Rural Health, Flinders
    University"), no headline; the headline stands over the lines of the authors and their
    stamp, right over a byline or a stamp (:func:`_over_byline`). Only names, roles under
    them, bylines and stamps may lie between; otherwise ``i`` is no role (-1).
    """
    text, words = lines.text, lines.words
    if i < 2 or not _author(text[i - 1], words[i - 1]) or _over_byline(lines, i):
        return -1
    for k in range(i - 2, max(-1, i - 1 - AUTHORS_REACH), -1):
        if prose[k] or kept[k]:
            return -1
        if _over_byline(lines, k):
            return k
        if not (
            _author(text[k], words[k])
            or _byline_alone(text[k], words[k])
            or (k and _author(text[k - 1], words[k - 1]))
        ):
            return -1
    return -1


def _author(line: str, words: int) -> bool:
    """Whether a line is an author's name alone (``_NAME_ALONE``) or a byline."""
    if 2 <= words <= 4 and _NAME_ALONE.fullmatch(line) is not None:
        return True
    return words <= BYLINE_WORDS and byline(line)


def _asked_over_byline(lines: Lines, prose: list[bool], i: int) -> bool:
    """Whether the prose line ``i`` is a headline that asks (``Sejm przyjął ustawę. Kto
    dostanie pieniądze?``): it ends with a question or exclamation mark (its small words make
    it read as prose) and an author's name, a byline or a stamp is right under it."""
    text, words = lines.text, lines.words
    if text[i][-1] not in "?!" or i + 1 >= len(text) or prose[i + 1]:
        return False
    return _author(text[i + 1], words[i + 1]) or _byline_alone(text[i + 1], words[i + 1])


def _over_items(lines: Lines, prose: list[bool], kept: list[bool], i: int) -> int:
    """The headline over its byline above the short lines that line ``i`` (a headline-like
    line with no byline under it) is among, or -1: a review's verdict, its pros and cons
    (``Pros``, ``Seven years of software updates``, ``Cons``, ``Slow charging``) and its
    shops' links stand between the headline and the text, and one of them was taken for the
    headline. Looked for up to ``HEADLINE_REACH`` lines above ``i``, over one paragraph at
    most (the verdict). Line ``i`` is an item: a short line is on either side of it, no stamp
    (a page's headline has its byline, its stamp or its text next to it)."""
    if _over_byline(lines, i) or not 0 < i < len(lines) - 1:
        return -1
    for k in (i - 1, i + 1):
        if (
            prose[k]
            or kept[k]
            or lines.words[k] > _BOX_ITEM_WORDS
            or stamp_or_byline(lines.text[k])
        ):
            return -1
    paragraphs = 0
    for k in range(i - 1, max(-1, i - 1 - HEADLINE_REACH), -1):
        paragraphs += prose[k]
        if kept[k] or paragraphs > 1:
            return -1
        if _over_by(lines, k) and _may_be_headline(lines.text[k], lines.words[k]):
            return k
    return -1


def _over_by(lines: Lines, i: int) -> bool:
    """Whether line ``i`` stands right over a byline that opens with "By" ("The 'ayuda'
    trap" over "By: Jane Doe"): a line of three words there is the headline, not a label (a
    paper's name or a desk's stands under the byline or over a stamp)."""
    text = lines.text
    return i + 1 < len(text) and text[i + 1][:2].lower() == "by" and byline(text[i + 1])


def _box_label(lines: Lines, prose: list[bool], kept: list[bool], i: int) -> int:
    """The teaser's label (``Trending``, ``Most popular``) of the box of links that line ``i``
    is in, or -1: the label within ``_BOX_LINES`` lines above it, none of them a byline or a
    stamp, nor one under ``i`` (a link of a box has no byline under it). A label that also
    opens headlines ("Live" over "Storm live: ...") makes no box."""
    text = lines.text
    for k in range(i - 1, max(-1, i - 1 - _BOX_LINES), -1):
        if prose[k] or kept[k]:
            return -1
        if _teaser_heading(text[k]):
            if text[k].rstrip(" :：").lower() in _TITLE_KICKERS:
                return -1
            return -1 if _over_byline(lines, i) else k
        if stamp_or_byline(text[k]):
            return -1
    return -1


def _above_box(lines: Lines, prose: list[bool], kept: list[bool], i: int) -> int:
    """The headline for the candidate line ``i``: ``i`` itself, or, where ``i`` is a link of a
    box (:func:`_box_label`), the headline-like line over its byline or date stamp above the
    boxes (:func:`_over_byline`), which may lie beyond ``HEADLINE_REACH`` lines from the
    article when share buttons and boxes stand between: within ``HEADLINE_REACH`` lines from
    the last box label above it."""
    label = _box_label(lines, prose, kept, i)
    if label < 0:
        return i
    text = lines.text
    k, reach = label - 1, HEADLINE_REACH
    while k >= 0 and reach > 0 and not (prose[k] or kept[k]):
        if _teaser_heading(text[k]):
            reach = HEADLINE_REACH  # (boxes one over another)
        elif _over_byline(lines, k):
            return k
        k, reach = k - 1, reach - 1
    return i


#: A standfirst is looked for this many lines above the article block at most.
STANDFIRST_REACH = 8


def _over_standfirst(
    lines: Lines, first: int, prose: list[bool], kept: list[bool], candidates: list[int]
) -> int:
    """The headline-like line right above the standfirst, or -1: the one paragraph (or the
    kept lines, as key points) above the block within ``STANDFIRST_REACH`` lines, under a line
    of more than three words. The lines between the standfirst and the block (a byline, a
    stamp, a label: "Article réservé aux abonnés", "All times stated are UK") are no
    headline, but for one right over a byline or a stamp (the paragraph above it is then a
    teaser of another story's, under that story's headline)."""
    for k in range(first - 1, max(0, first - STANDFIRST_REACH), -1):
        if kept[k] or (prose[k] and lines.words[k] >= MIN_PROSE_WORDS):
            # (Not a short line that reads as prose: "Temps de lecture 3 min.")
            up = k - 1
            while up >= 0 and kept[up]:
                up -= 1  # the key points that a live page sets under its headline
            if up not in candidates or lines.words[up] <= 3:
                return -1
            if any(i > k and _over_byline(lines, i) for i in candidates):
                return -1  # the paragraph is a teaser's, above the headline and its byline
            return up if _may_be_headline(lines.text[up], lines.words[up]) else -1
    return -1


def _over_byline(lines: Lines, i: int, *, names: bool = False) -> bool:
    """Whether line ``i`` may be a headline and a byline or a date stamp alone is right under
    it (:func:`_byline_alone`: a longer line with a date is a caption, "Dans un verger de
    Vinay, le 8 octobre 2026. J. DUPONT / AFP", under a label such as "Article réservé aux
    abonnés", which is no headline); with ``names``, an author's name and outlet too
    (:func:`_signed`)."""
    text, words = lines.text, lines.words
    below = _signed if names else _byline_alone
    return (
        words[i] > 3
        and i + 1 < len(text)
        and below(text[i + 1], words[i + 1])
        and _may_be_headline(text[i], words[i])
    )


#: A deck (a subheadline) under a headline that is no shorter has at least this many words.
DECK_WORDS = 10


def _headline_over_deck(lines: Lines, candidates: list[int], up: int, i: int) -> bool:
    """Whether the headline-like line ``up`` right above line ``i`` (of ``DECK_WORDS`` or
    more) is the headline and ``i`` its deck, where the headline is no shorter than its deck
    ("Petrobras anuncia novo plano de investimentos ..." over "Estatal prevê aumento ..."):
    ``up`` is no teaser, no breadcrumb and no headline of a list of them (no other such line
    above it)."""
    text, words = lines.text, lines.words
    if up not in candidates or words[i] < DECK_WORDS or not 3 < words[i] <= words[up]:
        return False
    if not _may_be_headline(text[up], words[up]) or _KICKER.match(text[up]) is not None:
        return False
    if _MENU_SEPARATOR.search(text[up]) is not None:
        return False  # a breadcrumb of two parts ("Global Nation / Asia & Pacific")
    above = up - 1
    return not (
        above in candidates and words[above] > 3 and _may_be_headline(text[above], words[above])
    )


def _entry_stamp(line: str) -> bool:
    """Whether a line is a live page's stamp over an entry's heading: a clock time alone
    (``15:42``) or a time ago alone (``2h ago``, as its list of key events has them)."""
    if _clock_alone(line):
        return True
    return len(line) <= _AGO_ALONE and line[-3:].lower() == "ago" and stamp_or_byline(line)


#: A time ago alone (``2h ago``, ``35 minutes ago``) has at most this many characters.
_AGO_ALONE = 16


def _titled_first_line(lines: Lines, first: int) -> bool:
    """Whether the block's first line is a headline that the page's first line (its title)
    starts with: ``Headline`` under ``Headline | Site`` at the top of the page."""
    t = lines.text[first]
    if first == 0 or ends_sentence(t) or not headline_shaped(t, lines.words[first]):
        return False
    return lines.text[0].startswith(t) and _may_be_headline(t, lines.words[first])


def _may_be_headline(text: str, words: int) -> bool:
    """Whether a line of a headline's shape is no date stamp, byline or photo caption (one with
    a credit in brackets after its sentence is one too, without a photo word: ``... near the
    river. (ABC News: Dan Fox)``)."""
    if stamp_or_byline(text) or _is_caption(text, words) or _menu_line(text):
        return False
    if words <= SCORE_LINE_WORDS and _SCORE_LINE.fullmatch(text) is not None:
        return False  # a match's score under its headline ("Liverpool 3 Aston Villa 1")
    if _name_outlet(text, words):
        return False  # a byline without "By": "Staff Reporter, Gulf Today"
    if words <= PAGE_CONTROL_WORDS and "this " in text and _OF_THE_PAGE.search(text):
        return False  # a control: "Help keep family & friends informed by sharing this article"
    if words <= CONTROL_WORDS and text.startswith(_CONTROLS):
        return False  # a page's control: "Show key events only", "Please turn on JavaScript"
    if _agency_after_sentence(text):
        return False  # a caption credited after its sentence: "... on Tuesday. Reuters"
    return not (
        text[-1] in ")]"
        and (
            _CREDIT_AFTER_SENTENCE.search(text) is not None
            or _NAMED_CREDIT.search(text, max(0, len(text) - CAPTION_TAIL)) is not None
        )
    )


# What a page's control or its notice opens with (an imperative to the reader), in a line
# of ``CONTROL_WORDS`` words at most: "Show key events only", "Please enable JavaScript".
# (Each with the word after the verb: "Show must go on for theatre" may be a headline.)
_CONTROLS = (
    *("Show key ", "Show more", "Show all", "Show less", "Show only", "Hide key ", "Hide all"),
    *("Please turn on", "Please enable", "Click here", "Click to ", "Tap here", "Tap to "),
    *("Enable JavaScript", "Load more", "View all", "See all", "Skip to "),
)
CONTROL_WORDS = 8
# A line that speaks of the page itself ("Share this article", "Listen to this story"): a
# control, no headline, of ``PAGE_CONTROL_WORDS`` words at most.
_OF_THE_PAGE = regex.compile(r"\bthis (?:article|story|page|post)\b")
PAGE_CONTROL_WORDS = 12


def _menu_line(text: str) -> bool:
    """Whether a line is a breadcrumb or a menu written on one line: three parts or more of
    three words at most, between separators (``Sport | Football | Results``, ``Home › World
    › Asia``). A page's title line has two parts (``Headline | Site``), and a headline more
    words in a part."""
    parts = _MENU_SEPARATOR.split(text)
    return len(parts) >= 3 and all(part.count(" ") <= 2 for part in parts)


# The separators between the parts of a menu or breadcrumb on one line.
_MENU_SEPARATOR = re.compile(r" [|›»>/·•] ")


def _starts(line: str, key: str) -> bool:
    """Whether a line starts with ``key`` (lower-cased), as a page's title line does."""
    return line.lower().startswith(key)


def _occurrences(text: str, key: str) -> Iterator[int]:
    at = text.find(key)
    while at >= 0:
        yield at
        at = text.find(key, at + 1)


def _reason(text: str, words: int, prose: bool, head: str) -> str | None:
    """The reason a line goes by what it is, or ``None`` (decided by its place instead)."""
    if head and len(text) >= len(head):
        if not prose and len(text) < 2 * len(head) + 40 and head in norm(text):
            return "duplicated headline"
        if len(text) == len(head) and norm(text) == head:
            return "duplicated headline"
    if _is_caption(text, words):
        return "caption with agency credit"
    if words <= BARE_CREDIT_WORDS and _bare_credit(text):
        return "caption with agency credit"
    # (A label's first two letters are looked up before the pattern is tried.)
    h = text[:2].lower()
    kicker = (
        _KICKER.match(text) if words <= 60 and (h in _KICKER_STARTS or not h.isascii()) else None
    )
    if kicker is not None:
        return "teaser" if text[kicker.end() :].strip() else "navigation"
    if words >= 25 and prose:
        if text.startswith(_CALL_STARTS) and _opens_with_call(text):
            return _CALL_REASON
        return None
    low = text.lower()
    if _has(low, _COPYRIGHT_KEYS) and _COPYRIGHT.search(text) is not None:
        return "copyright footer"
    if _has(low, _COOKIE_KEYS) and (found := _COOKIE.search(text)) is not None:
        # A paragraph is a notice only if it speaks to the reader or a sentence starts with
        # the call ("Need more space? Subscribe to ..."); not "The company continued to sign
        # up subscribers", nor "Privacy, like sustainability, is not a bolt-on, Cook said."
        if not prose or _TO_READER.search(text) is not None:
            return _CALL_REASON
        if _CONSENT.search(text) is not None and not _has(text, _QUOTES):
            return _CALL_REASON
        before = text[: found.start()].rstrip()
        call = found.group().lower()
        # (A sentence about subscribers opens with a noun, not the call: "Subscribers
        # complained ...", "Subscriptions rose ...".)
        if (
            (not before or before[-1] in ".!?:")
            and call.startswith(_CALLS)
            and not call.startswith(_CALL_NOUNS)
        ):
            return _CALL_REASON
    if words <= PRINT_WORDS and _has(low, _PRINT_KEYS) and _print_line(text):
        return PRINT_LINE_REASON
    if (
        (not prose or (words < 25 and text.startswith(_JOIN_STARTS)))
        and _has(low, _SHARE_KEYS)
        and _SHARE.search(text) is not None
        and (words <= SHARE_WORDS or _SHARE_NAMED.search(text) is not None)
    ):
        return "sharing line"
    return None


def _opens_with_call(text: str) -> bool:
    """Whether a line that starts as a call (``_CALL_STARTS``) opens with the call as a word:
    "Subscribe to ...", not "Subscribers complained ..."."""
    for call in _CALL_STARTS:
        if text.startswith(call):
            return not text[len(call) : len(call) + 1].isalpha()
    return False


def _is_caption(text: str, words: int) -> bool:
    """Whether a line is a photo caption: a credit with a photo word in its tail.

    A credit ends a caption: a paragraph that ends with a word and a full stop has none. (Nor
    can a line longer than the tail that ends with .!? or with one in closing quotes: the
    caption patterns that look at the tail end with a credit, not a full stop.)
    """
    if not _may_be_caption(text, words):
        return False
    tail = max(0, len(text) - CAPTION_TAIL)
    if text[-2:].isupper() and _NAME_IN_CAPITALS.search(text, tail) is not None:
        return True  # "... en una imagen de archivo. CLAUDIO ÁLVAREZ"
    low = text[tail:].lower()
    if not _has(low, _LINE_CAPTION_KEYS):
        return False
    # (``_CAPTION``'s parts one by one: those that start at the line's start can match only
    # where the tail is the whole line, and the keyed ones where the tail holds their key.)
    if tail == 0 and _CAPTION_START.match(text) is not None:
        return True
    for part in _CAPTION_ENDS[:_KEYED_PARTS]:
        if part.search(text, tail) is not None:
            return True
    for key, part in zip(_PART_KEYS, _CAPTION_ENDS[_KEYED_PARTS:], strict=True):
        if key in low and part.search(text, tail) is not None:
            return True
    return False


# A photographer's name alone in capitals after a caption's sentence, as Spanish, Italian and
# Portuguese papers credit their own photos ("... en una imagen de archivo. CLAUDIO ÁLVAREZ"):
# two to four words of capitals (a story's credit after its last sentence is an agency's
# name, one word, or has a dash).
_NAME_IN_CAPITALS = regex.compile(
    r"[.!?]\s+\p{Lu}[\p{Lu}'’-]+"
    r"(?:[ ](?:(?:DE|DEL|DA|DI|DOS|LA|LE|VAN|VON)[ ])?\p{Lu}[\p{Lu}'’-]+){1,3}$"
)


def _bare_credit(text: str) -> bool:
    """Whether a short line is a photo's credit alone with no photo word (``_BARE_CREDIT``):
    two words or more, one of them across a slash from the others or a picture agency, as a
    subheading with a slash has no more than one word each side (``Israel/Gaza``). Across a
    slash, one side is a known agency (``AP``, ``REUTERS``, ``Getty Images``), or the last is
    a paper's name with its article (``The New York Times``, ``El Diario``) and the first a
    person's name: a subheading in capitals (``Pfizer/BioNTech Vaccine``, ``US/China Trade
    War``, ``The Times/Sienna Poll``, ``Markets/The Week Ahead``) has none. After ``via``
    comes a picture agency (``AFP via Getty Images``; not ``Getting There via Amtrak``)."""
    if not (
        _has(text, _BARE_CREDIT_MARKS)
        and not ends_sentence(text)
        and _BARE_CREDIT.fullmatch(text) is not None
        and (" " in text or text.startswith(("Getty", "Shutter", "iStock", "Alamy")))
    ):
        return False
    text = text.strip("()")
    if " via " in text:
        return text.rsplit(" via ", 1)[1].strip() in _PICTURE_AGENCIES
    if "/" not in text:
        return True  # (a photographer for The Paper, a picture agency alone)
    sides = [side.strip() for side in text.split("/")]
    return any(side in _AGENCY_NAMES for side in sides) or (
        sides[-1].startswith(_PAPER_ARTICLES) and _PERSON.fullmatch(sides[0]) is not None
    )


# A person's name before a slash and a paper's name ("Jane Doe/The New York Times"): two to four
# words in capitals, initials and particles among them ("Mary J. Blige", "Ana de la Cruz"); a
# subheading's first side is no name ("Markets/The Week Ahead", "Then/The Aftermath").
_PERSON = regex.compile(
    r"\p{Lu}[\p{Ll}'’-]*\.?"
    r"(?:[ -](?:(?:de|del|della|da|di|do|dos|das|du|la|le|van|von|der|den|ter|bin|al|el) )*"
    r"\p{Lu}[\p{Ll}'’-]*\.?){1,3}"
)
# The articles a paper's name opens with ("The Herald", "El Diario", "Le Monde", "Die Zeit").
_PAPER_ARTICLES = ("The ", "El ", "La ", "Le ", "Les ", "Die ", "Der ", "O ", "A ", "Il ")
_AGENCY_NAMES = frozenset(
    (*_AGENCIES, "Getty Images", "ANP", "PA", "PA Images", "PA Wire", "KCNA", "Sipa", "SIPA")
)
# The picture agencies a credit names after "via" ("AFP via Getty Images").
_PICTURE_AGENCIES = frozenset(
    (
        *("Getty Images", "Getty", "Reuters", "REUTERS", "AP", "AFP", "EPA", "Shutterstock"),
        *("Alamy", "Alamy Stock Photo", "iStock", "iStockphoto", "Imagn", "USA Today Sports"),
        *("ZUMA Press", "Zuma Press", "Sipa USA", "NurPhoto", "Anadolu", "Bloomberg"),
    )
)


def _may_be_caption(text: str, words: int) -> bool:
    """A line that can be a caption by its length and its end (a cheap test first)."""
    return (
        words <= 80
        and not (len(text) > 1 and text[-1] == "." and text[-2].islower())
        and not (len(text) > CAPTION_TAIL and _ends_with_stop(text))
    )


def _ends_with_stop(text: str) -> bool:
    """Whether a line ends with ``.``, ``!`` or ``?``, or with one inside closing quotes."""
    last = text[-1]
    return last in ".!?" or (last in "\"'”’»" and text[-2] in ".!?")


def _footer_reason(text: str, head: str) -> str | None:
    """The reason for a line of a menu or footer that says more than its place (cheap tests)."""
    if head and len(head) <= len(text) < 2 * len(head) + 40 and head in norm(text):
        return "duplicated headline"
    low = text.lower()
    if "©" in low or "copyright" in low or "rights reserved" in low:
        return "copyright footer"
    if "cookie" in low or "subscri" in low or "newsletter" in low:
        return _CALL_REASON
    return None


def _has(low: str, keys: tuple[str, ...]) -> bool:
    """Tell whether a lower-cased text holds one of ``keys`` (a cheap test before a regex)."""
    # (A loop of ``in`` tests: the bound ``__contains__`` of a str is called with a tuple, and
    # a generator in any() costs more too.)
    for key in keys:  # noqa: SIM110
        if key in low:
            return True
    return False


def _run_reason(words: list[int], first: int, last: int) -> str:
    total = sum(words[first : last + 1])
    return "navigation" if total <= 3 * (last - first + 1) else "link list"

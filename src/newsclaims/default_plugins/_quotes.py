"""Direct quotes in a paragraph: where they open and close, and who said them.

Used by the built-in claim extractor. Quote marks are paired left to right: curly and guillemet
marks say which way they face; a straight ``"`` opens after white space, an opening bracket or
dash (or at the start) and closes otherwise. A mark left open runs to the end of the paragraph;
a closing mark with nothing open is ignored, so unbalanced marks never fail. A paragraph with
no double marks is read for single marks (British style), curly or straight.

The speaker is looked for, in this order, right after the closing mark (``"...," X said``,
``"...," said X``, ``"...," according to X``), right before the opening mark (``X said: "..."``,
``According to X, "..."``), then anywhere outside the quote in its sentences (``X called it
"..."``). A speaker is a run of capitalised words (titles and roles before the name are
dropped: ``President Ferdinand Marcos Jr.`` gives ``Ferdinand Marcos Jr.``, and so is a
person's affiliation: ``Ola Berg of Lund University``) or a role such as ``the ministry`` or
``a spokesman for the government``; a pronoun (``he said``) gives the verb but no speaker,
since nothing is guessed here (the claim extractor may follow ``he`` or ``she`` to the person
named right before, where the text leaves no doubt: see ``Attribution.pronoun``). For the
same reason a name or role after a preposition, part of a longer run of capitalised words, or
inside a quotation is never a speaker.

A quotation in guillemets or German marks (``„...“``, ``‚...‘``: there ``“`` and ``‘`` close)
with no English attribution is read for French, Spanish, Portuguese, Italian and German ones (see
:func:`_other_language`), and so is one in other marks that such a verb follows (``"...",
dijo X``); English text never reaches those rules.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

from newsclaims._model import Span
from newsclaims.default_plugins._audit_text import MONTHS, WEEKDAYS
from newsclaims.default_plugins._gender import given_name, name_sex
from newsclaims.default_plugins._words import words

__all__ = [
    "DIALOGUE_DASHES",
    "FUNCTION_WORDS",
    "NOBODY",
    "SPEAKING_THINGS",
    "Attribution",
    "QuoteRegion",
    "attribute",
    "capitalised_inside",
    "clean_label",
    "dialogue_close",
    "find_quotes",
    "firm_like",
    "inline_attribution",
    "labelled",
    "named_before",
    "names_someone",
    "one_person",
    "opens_single",
    "organisation_subject",
    "person_role",
    "shows_person",
    "subject_person",
    "unlike_it",
]

_VERBS = (
    "said|says|say|told|tells|added|adds|stated|states|noted|notes|explained|explains|asked|"
    "asks|wrote|writes|argued|argues|insisted|insists|warned|warns|claimed|claims|declared|"
    "declares|announced|announces|replied|replies|responded|responds|continued|recalled|"
    "recalls|acknowledged|acknowledges|admitted|admits|observed|stressed|stresses|emphasized|"
    "emphasised|emphasizes|emphasises|remarked|commented|confirmed|confirms|tweeted|posted|"
    "concluded|cautioned|predicted|predicts|vowed|vows|pledged|pledges|urged|urges|called|"
    "calls|described|describes|conceded|countered|joked|quipped|shouted|testified|reported|reports|"
    "pointed out|points out|went on|"
    # Verbs of the voice: how a quotation was said (``"Get back!" an officer screamed``).
    # (Not "laughed", "boasted", "pleaded": "laughed off the 'rumours'", "the hotel boasts
    # 'stunning views'", "pleaded guilty to 'assault'" quote no one's words.)
    "shouts|screamed|screams|yelled|yells|exclaimed|exclaims|whispered|whispers|muttered|"
    "murmured|complained|complains|lamented|laments|demanded|"
    # A court speaks in its ruling (``the judge ruled that the claim was "frivolous"``).
    "ruled"
)
_VERB = rf"(?:{_VERBS})"
#: Words of a title or role that come before a name; the name is what follows the last one.
_TITLES = words(
    """
    president prime minister secretary sen. senator gov. governor gen. general dr. mr. mrs. ms.
    dr mr mrs ms maj. brig. capt. cmdr. sgt. cpl. pvt. supt. insp. atty. asst. msgr. engr.
    usec. usec asec. asec cong. sec. hon. undersecretary commodore marshal brigadier
    prof. professor chancellor king queen pope judge justice mayor chief executive ceo chairman
    chairwoman chair spokesman spokeswoman spokesperson director deputy vice acting former lt.
    col. adm. rep. representative ambassador commissioner officer head leader coach lawyer
    attorney analyst economist premier envoy commander admiral colonel lieutenant captain
    sergeant speaker leader minister's president's pm cfo coo cto founder manager editor
    prosecutor mp mep msp congressman congresswoman lawmaker legislator councillor councilor
    councilman councilwoman sheriff detective inspector superintendent researcher scientist
    strategist adviser advisor pollster columnist correspondent historian commentator
    consultant reporter journalist author activist campaigner physicist astronomer
    epidemiologist striker midfielder defender goalkeeper winger skipper trainer referee
    co-author cllr cllr. rev. fr. det. amb. pres. prince princess emir sultan rt. pte. pte cdr.
    cdr ald. alderman alderwoman
    bapak ibu menteri menko presiden gubernur wakil ketua datuk dato dato' datin tun seri
    """
)
#: Words that say whose role a role is (``a spokesman for the ministry``).
_AFFILIATING = words("of for at from in")
#: Last words of a name whose full stop is theirs, not the sentence's.
_KEEP_STOP = words("Jr. Sr. Inc. Corp. Co. Ltd. Bros. al.")
#: What follows a name to tell a father from a son: part of the name.
_GENERATIONS = frozenset(("Jr", "Sr", "II", "III", "IV"))
#: Nationalities that a description before them makes a role, not a name (``the 34-year-old
#: Spaniard``, ``the veteran Australian``), as sports reports name players.
_NATIONALITIES = words(
    """
    American Argentine Argentinian Australian Austrian Belgian Brazilian Briton Brit Bulgarian
    Canadian Chilean Chinese Colombian Croat Croatian Czech Dane Dutchman Ecuadorian Egyptian
    Englishman Estonian Ethiopian Filipino Finn Frenchman Frenchwoman German Ghanaian Greek
    Hungarian Indian Indonesian Iranian Iraqi Irishman Israeli Italian Jamaican Japanese
    Kenyan Korean Latvian Lithuanian Mexican Moroccan Nigerian Norwegian Pakistani Palestinian
    Peruvian Pole Portuguese Romanian Russian Saudi Scot Scotsman Senegalese Serb Serbian
    Slovak Slovenian Spaniard Swede Swiss Syrian Thai Turk Ukrainian Uruguayan Venezuelan
    Vietnamese Welshman Kiwi Aussie
    """
)
#: Letters after a name that are no part of it (``Sarah Lee KC``, ``John Smith MP``).
_POSTNOMINALS = words("KC QC SC MP MEP MSP MLA OBE MBE CBE KBE")
#: Capitalised words that open a sentence, not a name.
_OPENING_WORDS = words(
    """
    But And Or Yet So Still Now Then Meanwhile However Also Last This That These Those When
    While After Before If As In On At For From With By
    """
)
#: Prepositions that open a sentence: what they open is when or where, never who (``On
#: Monday, Ann Lee, a senator, said``: the speaker is the name in the appositive).
_PREPOSITIONS = words("In On At For From With By After Before During Outside Inside Despite")
#: Words that open a role (``the minister``, ``A government source``): never stripped as titles.
_DETERMINERS = words("the a an his her its their one another two three several")
#: Last words of an organisation's name that takes ``of`` (``Bank of England``): the ``of``
#: phrase is part of the name, not the affiliation of a person.
_ORGANISATIONS = words(
    """
    bank university ministry department institute council court association office bureau agency
    commission board school college centre center society church federation union organization
    organisation foundation fund authority committee academy party league corporation company
    """
)

# (An Arabic article joined to a name by a hyphen is part of it: ``al-Safadi``, ``el-Sisi``.)
#: What a minister's office is of: the words after a title's "of" before the name (``Secretary
#: of State Marco Rubio``, ``Minister of Foreign Affairs Wang Yi``).
_PORTFOLIOS = words(
    """
    state defense defence finance foreign affairs home homeland security health justice energy
    education labor labour commerce treasury agriculture interior transport transportation trade
    industry environment economy culture veterans war housing
    keuangan luar dalam negeri pertahanan perdagangan kesehatan pendidikan agama perhubungan
    pertanian perindustrian koordinator bidang perekonomian politik hukum keamanan energi sosial
    pariwisata investasi bumn sekretaris negara ketenagakerjaan kelautan perikanan kebudayaan
    """
)
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’.\-&]*"
_PARTICLE = (
    r"(?:de|da|van|von|bin|binti|bint|al|el|la|le|del|der|den|di|du|dos|ibn|ten|ter|dela|delos|los)"
)
# At most eight words: a run of capitalised words (a list of initials, "A. B. C. ...") would
# otherwise be tried at every length from every place, which costs the square of its length.
# Particles may come two together (``von der Leyen``, ``García de la Vega``), an Arabic
# article is joined by a hyphen (``Ayman al-Safadi``), and a firm's words by ``&`` (``Procter &
# Gamble``; within a word: ``AT&T``). (The other patterns repeat this one many
# times: an alternative more here would make compiling them at import much slower.)
_NAME = (
    rf"{_NAME_WORD}(?:[ \-](?:&[ ])?"
    rf"(?:{_NAME_WORD}|{_PARTICLE}(?=[ \-](?:\p{{Ll}}{{1,3}}[ ])?\p{{Lu}}))){{0,7}}"
)
# Particles that open a surname written without the first name (``von der Leyen said``, ``said
# de Gaulle``); "ten" is not among them ("ten Americans").
_LEAD_WORDS = "de|da|di|du|del|dos|van|von|der|den|ter|la|le|bin|ibn|al|dela|delos|los"
_LEAD = rf"(?:(?:{_LEAD_WORDS})[ ]){{0,2}}"
# A role opens with a determiner or a possessive name (``Saudi Arabia's energy ministry``).
_ROLE = (
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal"
    r"|(?:\p{Lu}[\p{L}\p{M}.\-]*[ ]){0,7}\p{Lu}[\p{L}\p{M}.\-]*(?:['’]s|s['’]))"
    r"[ ][\p{L}\p{M}\p{N}'’.\-]+"
    r"(?:[ ](?!(?:said|says|told|added|on|in|at|who|after|and|as|to|of|for|with|that|which|had"
    r"|has|have|was|were|is|are)\b)"
    r"[\p{L}\p{M}\p{N}'’.\-]+){0,3}?"
)
# A name and a word in lower case: ``Goldman analysts``, ``Israeli officials`` (a word that
# opens the sentence is dropped later: ``But officials``), not an adverb (``Smith never``).
_NAMED_GROUP = (
    rf"{_NAME}[ ](?!(?:the|a|an|and|or|but|that|which|who|has|had|have|was|were|is|are|also|"
    rf"then|later|to|of|in|on|at|for|with|by|from|always|often|never|already|even|just|soon|"
    rf"sometimes|twice|afterwards)\b)\p{{Ll}}[\p{{L}}\p{{M}}\-]*"
)
# What a role or a person belongs to: ``a spokesman for the German government``, ``Jones of
# RMIT University in Melbourne``. A role keeps it (it says whose role); a person's name drops it.
_OBJECT = (
    rf"(?:the[ ])?(?:{_NAME}(?:[ ]and[ ]{_NAME})?|[\p{{L}}][\p{{L}}\p{{M}}'’\-]*"
    rf"(?:[ ](?!(?:said|says|told|added|and|who|which|that)\b)[\p{{L}}\p{{M}}'’\-]+){{0,2}}?)"
)
# (And ``close to``: ``a source close to the player``, ``people close to the talks``; and
# ``in`` where unnamed sources are placed: ``sources in the ministry``, ``an official in the
# finance ministry``, not ``said the minister in an interview``.)
_ROLE_OF = (
    rf"(?:[ ](?:(?:of|at|for|from|with|(?<=\bclose[ ])to"
    rf"|in(?<=\b(?i:sources?|officials?|insiders?|diplomats?|people)[ ]in))[ ]{_OBJECT}"
    rf"|in[ ](?:the[ ])?{_NAME}))"
    rf"{{0,2}}"
)
_NAME_OF = rf"(?P<pm>(?:[ ](?:of|at|from|in|for)[ ](?:the[ ])?(?P<obj>{_NAME})){{1,2}})?"
_PRONOUN = r"(?i:he|she|they|we|it|i)\b"
# A paper's authors, as science news names them: ``Burgasser et al. wrote``.
_ET_AL = r"(?:[ ]et[ ]al\.)"
# A name or role right after a preposition is what a clause is about, not who speaks
# (``sources in the camp told``, ``a study by Ann Lee concluded``; the words after an
# organisation's own "of" or "for" are part of its name: ``a study by the Centre for Policy
# Research concluded`` names the Centre), and so is the end of a longer run of capitalised
# words: no part of the run is taken for a name.
_NOT_AFTER_PREPOSITION = (
    r"(?<!\b(?:in|of|at|on|for|from|with|by|to|into|about|over|inside|outside|near|among|within)"
    r"[ ])"
)
# (A word that ends in a full stop may end the sentence before: "... and Brazil. Prof. Jones")
_CAPITALISED_BEFORE = r"(?<!\p{Lu}[\p{L}\p{M}'’.\-]*[\p{L}\p{M}'’\-][ ])"
_SPEAKER = (
    rf"(?:(?P<sp>{_PRONOUN})|{_NOT_AFTER_PREPOSITION}(?:{_CAPITALISED_BEFORE}"
    rf"(?P<sp>{_NAME}(?:[ ]and[ ](?:his|her|their)[ ][\p{{Ll}}\-]+|{_ET_AL})?){_NAME_OF}"
    rf"|(?P<sp>{_ROLE}{_ROLE_OF})"
    rf"|{_CAPITALISED_BEFORE}(?<!\b(?:the|a|an)[ ])(?P<sp>{_NAMED_GROUP})))"
)
_ROLE_END = (
    r"(?=[ ]*(?:[,.;:!?)\]\[]|$|[ ](?:on|in|at|who|after|before|during|when|while|and|as|of|"
    r"for|from|with|last|this|earlier|adding)\b))"
)
# An appositive of up to 90 characters, one or two (``Jane Doe, a spokeswoman, said``, ``Lee,
# 54, a farmer, said``, ``Outside court, the firm's chief, Ann Lee, said``: a role and its
# name), a bracket (``Warren (D-Mass.) said``), or both (``Warren (D-Mass.), who ...,
# said``), or a relative ``who`` (``Smith, who called it "..."``). A relative clause may be
# longer than an appositive, as wires write of a source (``An official, who spoke on
# condition of anonymity because he was not authorized to discuss the matter, said``), and so
# may a role's (``Jo Kim, an epidemiologist at Lund University who was not involved in the
# study, said``).
# (A name in bold, as AI answers write it, ends in its closing "**": ``**Ann Lee** said``.)
_APPOSITIVE = (
    r"(?:\*\*)?(?:[ ]\([^()\"“”]{1,40}\))?"
    r"(?:,[ ](?!(?:and|or)[ ])"
    r"(?P<app>who[ ][^,\"“”]{1,120}|[^,\"“”]{1,90}(?:[ ]who[ ][^,\"“”]{1,80})?)"
    r"(?:,[ ](?!(?:and|or)[ ])(?P<app2>[^,\"“”]{1,90}))?,"
    r"|,[ ]who)?"
)
# Words between the speaker and the verb: ``Smith also said``, ``Smith later told``, ``She
# always said`` (not a speaker "She always"), ``Smith on Monday said`` (as Asian English
# papers write it). An adverb
# is in lower case: a name that ends in "ly" (``Mark Kelly said``) is part of the speaker.
_ADVERB = (
    r"(?:(?:\p{Ll}\w*ly|also|later|then|again|once|earlier|further|still|has|had|have"
    r"|always|often|already|even|just|soon|sometimes|twice|afterwards"
    r"|on[ ]\p{Lu}\p{Ll}{2,5}day)[ ]){0,2}"
)
# A title in lower case before a name after the verb: ``said police spokesman John Smith``.
# (The commonest such titles only: a long list of alternatives makes every pattern slower.)
_TITLE_WORDS = (
    "analyst|spokesman|spokeswoman|spokesperson|economist|strategist|lawyer|attorney|coach|"
    "manager|director|chairman|president|secretary|minister|senator|governor|professor|"
    "researcher|adviser|official|leader|chief|editor|founder|prosecutor|captain|commander|"
    "correspondent|columnist|historian|pollster|striker|midfielder|defender|goalkeeper|forward|"
    "author|co-author|boss|champion|executive"
)
_LOWER_TITLE = (
    rf"(?:(?:[\p{{Ll}}\-]+(?:['’]s)?[ ]){{0,3}}(?:{_TITLE_WORDS})[ ]|(?:former|acting|interim)[ ]"
    rf"|\d{{1,3}}-year-old[ ])?"
)

# A common noun's possessive before a title and a name after the verb: ``said the company's
# Chief Executive Tim Cook`` (the titles are dropped from the name), ``said the club's head
# coach Ana Ruiz``. (A role longer than ``_ROLE`` reads: the name ends it.)
_OWNED = (
    r"(?:the|its|his|her|their)[ ](?:[\p{Ll}\-]+[ ]){0,2}?[\p{Ll}\-]+['’]s[ ]"
    r"(?:(?!(?:on|in|at|to|of|for|by|with|from|and|but|or|as|when|while|who|which)\b)"
    r"[\p{Ll}\-]+[ ]){0,3}"
)

# Words in lower case that describe a name after the verb, with no title among them: ``said
# world number one Jannik Sinner``, ``said two-time winner Ana Ruiz`` (not "said on Monday").
_DESCRIPTION = (
    r"(?:(?!(?:on|in|at|to|of|for|by|with|from|after|before|during|the|a|an|this|that|last|next|"
    r"and|but|or|as|when|while|who|which|he|she|they|it|we|i)\b)[\p{Ll}\-]+[ ]){1,3}"
)
# People named in lower case with no determiner, read only next to a closing quote mark:
# ``"...," officials said``, ``"...," said residents of the town``.
_BARE = (
    r"(?!(?:he|she|they|we|it|i|and|but|or|then|also|again|once|on|in|at|to|last|this|that|"
    r"earlier|later|during|after|before|when|while|today|yesterday|tonight|recently|which|who|"
    r"whom|whose|what|where|there|here|so|as|if|not|now|only|just|even|still|with|for|by)\b)"
    r"\p{Ll}[\p{L}\p{M}'’\-]*(?:[ ]\p{Ll}[\p{L}\p{M}'’\-]*)??"
)
# After the verb, only people in the plural ("said residents", not "claims made").
_BARE_PLURAL = rf"(?=(?:\p{{Ll}}+[ ])?\p{{Ll}}*(?:s|police|people|staff)\b){_BARE}"
# What "according to" names: a name, a role, or people in lower case with whose they are
# (``according to analysts at the Lowy Institute``, ``according to officials``).
# (And who issued a document it names: ``a new report by the International Monetary Fund``.)
_ISSUED_WORDS = """
    report reports post posts letter release announcement note notice ruling tweet message
    email blog study survey poll data figures estimate estimates analysis release guidance
"""
_BY_ISSUER = (
    r"(?:(?<=\b(?:"
    + "|".join(sorted({*_ISSUED_WORDS.split(), "statement", "statements"}))
    + rf"))[ ]by[ ](?:the[ ])?{_NAME})?"
)
_SOURCE = (
    rf"{_NAME}|{_ROLE}{_BY_ISSUER}{_ROLE_OF}"
    rf"|\p{{Ll}}[\p{{L}}\p{{M}}'’\-]*(?:[ ]\p{{Ll}}[\p{{L}}\p{{M}}'’\-]*)??{_ROLE_OF}"
)

# A title in lower case and a name after a firm's name: "said [DNB] analyst Petter Lunde".
# (Or another word of a person's trade: ``said Met Office meteorologist Dan Stroud``.)
# A day or a month alone is no name after a role's word: "said Microsoft earlier Tuesday"
# (but "May Chen", "April Ryan" are).
_NO_DATE = "(?!(?:" + "|".join(w.capitalize() for w in (*MONTHS, *WEEKDAYS)) + r")\b(?![ ]\p{Lu}))"
_TITLE_THEN_NAME = regex.compile(
    rf"[ ](?:[\p{{Ll}}\-]+[ ]){{0,2}}?(?:{_TITLE_WORDS}"
    rf"|(?!(?:under|after|over|later|never|either|ever|other|per|for|or)[ ])"
    rf"[\p{{Ll}}\-]{{2,}}(?:ist|er|or|ian|ant|ent))[ ]{_NO_DATE}(?P<sp>{_NAME}){_ROLE_END}",
    regex.VERSION1,
)
# What may follow a pronoun after the verb (``"...," said he on Monday``); another word in lower
# case makes the pronoun a reported clause's subject (``said she would vote``), no speaker.
_AFTER_PRONOUN = (
    r"(?:on|in|at|during|after|before|when|while|as|to|this|last|yesterday|today|later|earlier"
    r"|and|but|adding|referring|speaking|pointing|noting|smiling|laughing|with|from|of|for)"
)
_AFTER = regex.compile(
    rf"""
    [\s,;:—–-]*(?:
        (?:{_SPEAKER}|(?P<sp>{_BARE}{_ROLE_OF})){_APPOSITIVE}[ ]{_ADVERB}(?P<verb>{_VERB})\b
      | (?P<verb>{_VERB})[ ](?:(?P<sp>{_ROLE}{_ROLE_OF}){_ROLE_END}
          |{_LOWER_TITLE}(?P<sp>{_LEAD}{_NAME}{_ET_AL}?)
          |{_OWNED}(?P<sp>{_NAME}){_ROLE_END}
          |(?P<sp>{_PRONOUN})(?![ ](?!{_AFTER_PRONOUN}\b)\p{{Ll}})
          |(?P<sp>{_BARE_PLURAL}{_ROLE_OF}){_ROLE_END}
          |{_DESCRIPTION}(?P<sp>{_NAME}){_ROLE_END})
      | (?P<verb>according[ ]to)[ ](?P<sp>{_SOURCE}){_ROLE_END}
    )
    """,
    regex.VERSION1 | regex.VERBOSE,
)
# A pull quote signed with a dash at the end of its paragraph, with no verb: ``"..." — Jane
# Doe, a historian`` or ``"..." — Coast Guard historian Jane Doe``; not a clause after the
# dash (``"..." — that was the verdict of the Institute for Fiscal Studies``).
_SIGNED = regex.compile(
    rf"""[ ]*[—–][ ]*(?:
        (?P<sp>{_NAME})(?:,[ ][^"“”«»\n]{{1,80}})?
      | (?!(?i:that|this|it|such|so|and|but|which|what)\b)
        (?:(?![ ](?:was|is|were|are|has|had|said|says)\b)[^"“”«»,\n]){{1,60}}?[ ](?P<sp>{_NAME})
    )[ ]*$""",
    regex.VERSION1 | regex.VERBOSE,
)
# A name in bold and a role as a label before the quotation, as AI answers list who said what,
# with no verb: ``**Ann Lee**, a senator: "..."``, ``**Ann Lee** (senator): "..."``. (A bold
# word alone before a colon is as often a label of another kind: ``**Note**: "..."``.)
_BOLD_LABEL = regex.compile(
    rf"\*\*(?P<sp>{_NAME})\*\*(?:,[ ][^:\"“”*\n]{{1,60}}|[ ]\([^()\n]{{1,60}}\)):[ ]*$",
    regex.VERSION1 | regex.REVERSE,
)
# Reverse: searched leftwards from the opening quote mark.
_BEFORE = regex.compile(
    rf"""
    (?<![\p{{L}}'’]){_SPEAKER}{_APPOSITIVE}[ ]{_ADVERB}(?P<verb>{_VERB})
    (?:[ ](?:to[ ])?(?:reporters|journalists|lawmakers|him|her|them|us|me
        |(?:the|a|an|his|her|their)[ ]\w+))?
    (?:[ ](?:on|in|at|during)[ ][\w ]{{1,30}}?)?
    [\s,:;—–-]*$
    """,
    regex.VERSION1 | regex.VERBOSE | regex.REVERSE,
)
# The same for "according to X", tried only where those words stand (speed).
_BEFORE_ACCORDING = regex.compile(
    rf"(?P<verb>according[ ]to)[ ](?P<sp>{_SOURCE})[\s,:;—–-]*$",
    regex.VERSION1 | regex.REVERSE,
)
_NAME_RX = regex.compile(_NAME, regex.VERSION1)
# A second speaker named by whose they are, before or after the first one's name: ``Ana Ruiz
# and her deputy [Tom Hale]``, ``[Ana Ruiz] & her husband, Tom Hale``.
# (No preposition among the words that say who the second one is: ``and his two sons on
# Monday`` names no one.)
_THEIR = (
    r"[ ](?P<joint>and|&)[ ](?:his|her|their)"
    r"(?:[ ](?!(?:on|in|at|of|for|from|with|to|by|after|before|during)\b)[\p{Ll}\-]+){1,3}"
    r",?[ ]"
)
_THEIR_BEFORE = regex.compile(
    rf"{_CAPITALISED_BEFORE}(?P<sp>{_NAME}){_THEIR}$", regex.VERSION1 | regex.REVERSE
)
_THEIR_AFTER = regex.compile(rf"{_THEIR}(?P<sp>{_NAME})", regex.VERSION1)
# People named by whose they are after a name, with no name of their own: ``said Ann Lee and
# her lawyers``, as ``Ann Lee and her lawyers said`` gives them before the verb.
# The last word names people (see :data:`_KIN`); what ends them is what ends a role, never a
# verb (``said Ann Lee and her voice cracked``: a clause, not a second speaker).
_THEIR_PEOPLE = regex.compile(
    rf"[ ]and[ ](?:his|her|their)[ ](?:[\p{{Ll}}\-]+[ ])?(?P<who>[\p{{Ll}}\-]+){_ROLE_END}",
    regex.VERSION1,
)
#: Words for the people someone has (``her lawyers``, ``his two sons``, ``their team``), in the
#: singular; a title or role word (``her deputy``) is one too.
_KIN = words(
    """
    lawyer attorney solicitor barrister counsel family team wife husband spouse partner fiance
    fiancee fiancé fiancée boyfriend girlfriend child children son daughter kid parent mother
    father brother sister sibling relative cousin grandchild grandchildren grandson granddaughter
    colleague co-author co-founder co-star teammate team-mate bandmate friend aide staff adviser
    advisor supporter campaign crew entourage mum dad nephew niece uncle aunt official cabinet
    representative agent
    """
)
#: What records someone's words, as "according to" names it: the speaker is the one before it.
_DOCUMENTS = words(
    """
    transcript transcripts translation readout statement filing filings document documents
    record records recording recordings indictment complaint affidavit footage video memo
    """
)
# A relative clause's "who" before a verb (reverse: it ends where the verb starts).
_RELATIVE = regex.compile(r",[ ]who[ ](?:\p{Ll}+[ ]){0,2}$", regex.VERSION1 | regex.REVERSE)
# A word in brackets after titles, then the name: ``Gen. (ret.) Anne Macklin``.
# A second speaker's name after the first's, after the verb: ``said Ann Lee and Tom Roe``,
# up to where a role's or name's end may stand (not a clause: ``said Lee and Roe would go``).
_AND_THEN_NAME = regex.compile(
    rf"[ ](?P<joint>and|&)[ ](?P<sp>{_LEAD}{_NAME}){_ROLE_END}", regex.VERSION1
)
_BRACKET_THEN_NAME = regex.compile(rf"[ ]\([\p{{L}}.]{{1,8}}\)[ ](?P<sp>{_NAME})", regex.VERSION1)
# What a possessive name owns, after it: "Abe's [younger brother]" (words in lower case).
_POSSESSED = regex.compile(rf"(?:[ ]\p{{Ll}}[\p{{Ll}}\-]*){{1,3}}?{_ROLE_END}", regex.VERSION1)
_NAME_WITH_OF = regex.compile(rf"(?P<sp>{_NAME}){_NAME_OF}", regex.VERSION1)
# A name and "and" right before a speaker's name: two speakers (``Ann Lee and Tom Cole said``).
# (Read only where " and " stands before the name: as an alternative in the speaker patterns it
# would be tried at every name.)
_NAME_AND = regex.compile(
    rf"{_NOT_AFTER_PREPOSITION}{_CAPITALISED_BEFORE}(?P<sp>{_NAME})[ ]and[ ]",
    regex.VERSION1 | regex.REVERSE,
)
# Words that are no people nor what describes them (``it was said``, ``this says``).
_NOT_PEOPLE = (
    r"(?i:the|a|an|it|he|she|we|they|i|you|there|that|which|who|this|these|those|its|his|"
    r"has|was|is|does|as|us|thus|less|unless|perhaps|always|sometimes)\b"
)
# People in the plural as the whole clause before a verb (``lawyers for the family``,
# ``Residents of the town``), maybe after a word that opens the sentence (``But``).
_PEOPLE_BEFORE = regex.compile(
    rf"(?:(?:But|And|Yet|So|Still|Now|Then|Meanwhile)[ ])?"
    rf"(?P<sp>(?:(?!{_NOT_PEOPLE})\p{{L}}[\p{{L}}\-]*[ ])?"
    rf"(?!{_NOT_PEOPLE})\p{{L}}[\p{{L}}\-]*(?:s|police|people|staff)"
    rf"(?:[ ](?:close(?=[ ]to\b)|familiar(?=[ ]with\b)))?{_ROLE_OF})"  # ("Sources close to")
    rf"[ ]{_ADVERB}",
    regex.VERSION1,
)
# The particles before a speaker's name found without them: ``von der Leyen told``.
_LEADING_PARTICLES = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}'’.\-])(?:(?:{_LEAD_WORDS})[ ]){{1,2}}", regex.VERSION1 | regex.REVERSE
)
_LEAD_SET = frozenset(_LEAD_WORDS.split("|"))
_TITLE_OF = regex.compile(
    rf"(?:[ ](?:of|for)[ ](?:the[ ])?(?P<obj>{_NAME}(?:[ ]and[ ]{_NAME})?)){{1,2}}",
    regex.VERSION1,
)
_PRONOUN_RX = regex.compile(_PRONOUN, regex.VERSION1)
_VERB_SET = frozenset(_VERBS.split("|"))
_TRANSITIVE = words(
    "told tells called calls described describes urged urges asked asks pledged pledges vowed vows"
)
# Each verb as a white-space separated word may show it: with punctuation before or after.
# (A verb of two words, "pointed out", is found by its first word, then looked for whole.)
_VERB_FORMS = {
    f"{before}{verb.split(' ')[0]}{'' if ' ' in verb else after}": verb
    for verb in _VERB_SET
    for before in ("", '"', "“", "‘", "(", "—")
    for after in (
        *("", ",", ".", ":", ";", "!", "?", '"', "”", "’", ")", "—", ",”", '."', ".”", ',"'),
        *(".)", ").", ",’", ".’"),
    )
}
# A wire's "quoted X as saying" (``Interfax quoted Peskov as saying``): found through its
# "saying", which reports speech only there; X is the speaker, not the agency that quotes.
_VERB_FORMS.update(dict.fromkeys(("saying", "saying:", "saying,", "saying."), "saying"))
# A participle after a comma reports the speech of the sentence's subject (``Police arrested
# two men, saying they had found "a large quantity" of drugs``): found through the word, read
# only after a comma (see :func:`_participle`).
_PARTICIPLES = words(
    "adding noting warning arguing insisting explaining stressing claiming calling describing"
)
_VERB_FORMS.update({f"{p}{end}": p for p in _PARTICIPLES for end in ("", ",", ":")})
# The subject of a sentence whose participle reports speech, from its start to the comma
# before the participle: a name, a role or people in lower case, maybe an appositive, then
# the main clause with no quotation nor sentence's end in it.
_PARTICIPLE_CLAUSE = (
    r"(?:[ ]\([^()\"“”]{1,40}\))?(?:,[ ][^,\"“”]{1,90},)?[ ](?:\p{Ll}+ly[ ])?"
    r"(?!(?:said|says|told|tells|and|or|of|in|on|at|to|for|who|which)\b)\p{Ll}"
    r"(?:[^\"“”«».!?;:\n]|[.:](?=\d))*,[ ]"
)
# A linking word that may open the sentence before its subject.
_PARTICIPLE_OPENER = r"(?:(?:But|And|Then|Later|Meanwhile|Still|Also)[ ])?"
_PARTICIPLE_SUBJECT = regex.compile(
    rf"{_PARTICIPLE_OPENER}"
    rf"(?P<sp>{_ROLE}{_ROLE_OF}|{_NAME}|{_BARE_PLURAL}{_ROLE_OF}){_PARTICIPLE_CLAUSE}",
    regex.VERSION1,
)
# The same with a name alone: ``Moody's cut its outlook, warning`` (Moody's, not a role).
_PARTICIPLE_NAMED = regex.compile(
    rf"{_PARTICIPLE_OPENER}(?P<sp>{_NAME}){_PARTICIPLE_CLAUSE}", regex.VERSION1
)
_QUOTED_AS = regex.compile(
    rf"\bquoted[ ](?:(?P<sp>{_NAME}|{_ROLE}{_ROLE_OF})|(?:him|her|them|us|me))[ ]as[ ]$",
    regex.VERSION1 | regex.REVERSE,
)
# Reverse patterns: matched leftwards from ``endpos``, so they end where the verb starts.
_SPEAKER_BEFORE = regex.compile(
    rf"(?<![\p{{L}}'’]){_SPEAKER}{_APPOSITIVE}[ ]{_ADVERB}", regex.VERSION1 | regex.REVERSE
)
# "to" and a verb after a reporting verb: ``continued to grow``, ``vowed to fight``.
_TO_VERB = regex.compile(
    r"[ ](?:not[ ])?to[ ](?!(?:the|a|an|his|her|its|their|our|my|this|that|these|those|reporters|"
    r"journalists|lawmakers|me|us|him|them|you)\b)\p{Ll}",
    regex.VERSION1,
)
# A form of "be" after a reporting word: the word is a noun (``the claims are false``) or the
# end of a clause that is the subject (``what he said is true``).
_BE_AFTER = regex.compile(r"[ ](?:are|were|is|was)\b", regex.VERSION1)
# An object, then "to" and a verb, after a verb that makes a request: ``asked the company to
# unwind``, ``urged lawmakers to act`` (a request, not the quotation's attribution).
_OBJECT_TO_VERB = regex.compile(
    r"(?:[ ](?!to\b)[\p{L}\p{M}'’\-]+){1,3}[ ]to[ ]"
    r"(?!(?:the|a|an|his|her|its|their|our|my|this|that|these|those)\b)\p{Ll}",
    regex.VERSION1,
)
# The end of a sentence where a quotation reopens: ``said. "We``.
_REOPENED = regex.compile(r"[.!?](?=[ ]+[\"“])", regex.VERSION1)
# What may follow an attribution at the end of a paragraph: ``on Monday.``
_LAST_WORDS = regex.compile(r"[^.!?\n\"“”«»]{0,40}[.!?]?\s*", regex.VERSION1)
# "said Smith" ends where the name ends, not in a clause of its own ("said China has...").
_NAME_AFTER = regex.compile(
    rf"[ ]{_LOWER_TITLE}(?P<sp>{_LEAD}{_NAME}{_ET_AL}?){_ROLE_END}", regex.VERSION1
)
_ACCORDING = regex.compile(rf"[ ](?P<sp>{_SOURCE}){_ROLE_END}", regex.VERSION1)
# Other languages (read only for quotations in guillemets or German marks, or with such a verb
# right after the closing mark): reporting verbs in French, Spanish, Portuguese, Italian,
# German, Dutch and Indonesian (``"...," kata Sukirno``), and their "according to".
_OTHER_VERBS = (
    "déclaré|dit|affirmé|expliqué|ajouté|estimé|souligné|assuré|indiqué|précisé|confié|"
    "lancé|martelé|prévenu|averti|répondu|insisté|jugé|déclare|affirme|explique|ajoute|estime|"
    "souligne|indique|précise|dijo|afirmó|declaró|explicó|añadió|aseguró|señaló|indicó|"
    "advirtió|agregó|sostuvo|subrayó|afirma|asegura|explica|señala|disse|afirmou|declarou|"
    "explicou|acrescentou|detto|dichiarato|spiegato|aggiunto|sagte|sagt|erklärte|betonte|"
    "meinte|ergänzte|warnte|sagten|erklärten|"
    "réagi|commenté|rappelé|reconnu|regretté|dénoncé|poursuivi|conclu|relevé|raconté|"
    "confirmé|annoncé|résumé|tranché|rappelle|poursuit|conclut|dénonce|regrette|"
    "comentó|reconoció|insistió|recordó|aseveró|manifestó|apuntó|destacó|expresó|enfatizó|"
    "aclaró|respondió|concluyó|denunció|admitió|confirmó|anunció|"
    "comentou|destacou|ressaltou|garantiu|reconheceu|alertou|avaliou|lembrou|completou|"
    "affermato|sottolineato|commentato|ribadito|osservato|"
    "kritisierte|forderte|mahnte|bekräftigte|versicherte|bestätigte|betont|erklärt|"
    "kata|ujar|ucap|tutur|jelas|ungkap|tegas|imbuh|tambah|sebut|terang|"
    "zei|zegt|zeiden|verklaarde|vertelde|benadrukte|reageerde|waarschuwde|schreef|"
    "dijeron|afirmaron|declararon|explicaron|añadieron|aseguraron|señalaron|indicaron|"
    "advirtieron|disseram|afirmaram|declararam|explicaram|"
    # Russian, Ukrainian and Greek (``«...», — сказала глава ЦБ``, ``«...», δήλωσε η πρόεδρος``).
    "сказал|сказала|сказали|заявил|заявила|заявили|отметил|отметила|добавил|добавила|"
    "подчеркнул|подчеркнула|пояснил|пояснила|сообщил|сообщила|считает|говорит|"
    "сказав|заявив|зазначив|зазначила|додав|додала|наголосив|наголосила|повідомив|повідомила|"
    "δήλωσε|είπε|ανέφερε|τόνισε|πρόσθεσε|σημείωσε|υπογράμμισε|υποστήριξε|εξήγησε|"
    # Swedish, Norwegian, Danish and Finnish (``"...", säger X``, ``– ..., sier X``).
    "säger|sade|sa|berättar|berättade|förklarar|förklarade|menar|konstaterar|konstaterade|"
    "tillägger|tillade|betonar|betonade|understryker|underströk|uppger|uppgav|svarar|svarade|"
    "sier|forteller|fortalte|forklarer|forklarte|mener|mente|understreker|understreket|"
    "opplyser|opplyste|uttaler|uttalte|svarer|svarte|"
    "siger|sagde|fortæller|forklarede|understreger|understregede|tilføjer|tilføjede|oplyser|"
    "oplyste|udtaler|udtalte|svarede|"
    "sanoo|sanoi|sanovat|sanoivat|kertoo|kertoi|toteaa|totesi|korostaa|korosti|muistuttaa|"
    "muistutti|painottaa|painotti|lisää|lisäsi"
)
# Spanish past participles of those verbs, which report speech only after "ha" or "han" ("ha
# afirmado"; "dicho informe" is "that report").
_PARTICIPLES_ES = (
    "dicho|afirmado|declarado|explicado|añadido|asegurado|señalado|indicado|advertido|"
    "subrayado|destacado|reconocido|insistido|manifestado|apuntado|defendido|criticado"
)
#: The verbs of ``_OTHER_VERBS`` as words split on white space may show them.
_OTHER_VERB_FORMS = frozenset(
    f"{verb}{after}"
    for verb in (
        *_OTHER_VERBS.split("|"),
        *_PARTICIPLES_ES.split("|"),
        *("heißt", "hieß", "aldus", "enligt", "ifølge"),
    )
    for after in ("", ",", ":", ".")
)
_OTHER_ACCORDING = words("selon según segundo secondo laut")
_OTHER_DETERMINERS = words(
    "la le les el los las der die das den dem il lo gli o os as une un una het een η ο οι"
)
_OTHER_PARTICLES = words("de da del di du von van der la le")
#: The word for "sources" in those languages, who speak unnamed (``dijeron fuentes del
#: Gobierno``, ``ont indiqué des sources``), as ``sources`` do in English.
_OTHER_SOURCES = words("fuentes fontes sources fonti quellen fuente fonte source quelle")
#: The words that join two speakers' names (``y``, ``e``, ``et``, ``und``, ``and``).
_OTHER_AND = words("y e et und and")
#: Particles before an article in a name (``de la``, ``de los``, ``van der``, ``von der``).
_NAME_PARTICLES = words("de van von dos da")
_OTHER_PREPOSITIONS = words(
    """
    de del du des della di da do dos von vom van zu der à au aux en in im am a em no na para pour
    por für devant tras après nach bei sur sobre auf con avec mit gegenüber
    till hos från vid til fra ved
    της του των
    """
)
_OTHER_TITLE_ENDINGS = (
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "chef",
    "chefin",
    "sprecher",
    "sprecherin",
    "kanzler",
    "kanzlerin",
    "vorsitzende",
    "vorsitzender",
    "direktor",
    "vorstand",
    "vorständin",
    "leiter",
    "leiterin",
    "geschäftsführer",
    "geschäftsführerin",
    "bürgermeister",
    "bürgermeisterin",
    # (Also a compound's last part: "Commerzbank-Chefvolkswirt Jörg Krämer", "Bundestrainer".)
    "volkswirt",
    "volkswirtin",
    "ökonom",
    "ökonomin",
    "analyst",
    "analystin",
    "experte",
    "expertin",
    "trainer",
    "trainerin",
    "botschafter",
    "botschafterin",
    "anwalt",
    "anwältin",
    "sekretär",
    "sekretärin",
    "professor",
    "professorin",
    "gouverneur",
    "gouverneurin",
    "kommissar",
    "kommissarin",
    # (Dutch: "GroenLinks-PvdA-leider Frans Timmermans", "VVD-voorzitter".)
    "leider",
    "voorzitter",
    "woordvoerder",
    "woordvoerster",
    "topman",
)
#: The personal pronouns that may stand before a reporting verb in those languages (German,
#: Dutch, French, Spanish, Italian, Portuguese), capitalised as they open a sentence.
_OTHER_SUBJECT_PRONOUNS = words(
    "Er Sie Hij Zij Ze Il Elle Ils Elles Él Ella Ellos Ellas Lui Lei Loro Ele Ela Eles Elas"
)
#: Courtesy titles before a name in those languages, which no speaker keeps ("M. Moreau",
#: "Mme Dupont", "el Sr. García", "Frau Müller"), as "Mr." goes from an English one.
_OTHER_HONORIFICS = words("M. Mme Mme. Mlle Me Sr. Sra. Srta. Dr. Dra. Pr. Prof. Frau Herr Sig.")
#: Those that end with a full stop, which ends no clause (``a déclaré M. Moreau``).
_HONORIFIC_STOP = (
    r"(?<=(?<!\p{L})(?:"
    + "|".join(sorted(h[:-1] for h in _OTHER_HONORIFICS if h.endswith(".")))
    + r"))\.(?=[ ])"
)
_OTHER_CLAUSE = rf"(?P<rest>(?:[^,.;:!?\n«»\"“”„]|{_HONORIFIC_STOP}){{1,80}})"
# After the quotation: "a déclaré X", "dijo X", "sagte X", "selon X", "so X"; a French
# inversion with a pronoun names no one ("dit-il", "a-t-elle ajouté"), but ``il`` or ``elle``
# may stand for the speaker of the quotation before (see ``Attribution.pronoun``).
_OTHER_AFTER = regex.compile(
    rf"[ \t,;:—–-]*(?:(?P<verb>(?:{_OTHER_VERBS}))-(?:t-)?(?:(?P<pro>il|elle)|ils|elles|on)\b"
    rf"|a-t-(?:(?P<pro>il|elle)|on)[ ](?P<verb>(?:{_OTHER_VERBS}))\b"
    rf"|(?:(?:(?:a|ont|ha|han|hat|haben)[ ])?(?P<verb>(?:{_OTHER_VERBS}))"
    rf"|(?:ha|han)[ ](?P<verb>(?:{_PARTICIPLES_ES}))"
    rf"|(?P<verb>(?:selon|según|segundo|secondo|laut|so|aldus|volgens|enligt|ifølge))"
    rf"|(?P<verb>(?:heißt|hieß)[ ]es)(?:[ ]am[ ]\p{{Lu}}\p{{Ll}}+)?(?=[ ]aus[ ]))"
    rf"[ ]+{_OTHER_CLAUSE})",
    regex.VERSION1,
)
# A verb alone after the quotation, its subject left out as Spanish, Italian and Portuguese
# leave it ("«...», añadió."): it may stand for the speaker of the quotation before.
_OTHER_ALONE = regex.compile(
    rf"[ \t,;:—–-]*(?:(?:ha|há)[ ])?(?P<verb>(?:{_OTHER_VERBS}))[ ]*(?:[.;]|$)", regex.VERSION1
)
# A reporting verb or an "according to" before the quotation ("Selon X, «", "X a déclaré :
# «", "X dijo que ... «"); the last one in the quotation's sentence is read.
_OTHER_BEFORE = regex.compile(
    rf"(?<!\p{{L}})(?:(?P<acc>Selon|Según|Segundo|Secondo|Laut|Volgens)"
    rf"|(?:(?:a|ont|ha|han|hat)[ ])?(?P<verb>{_OTHER_VERBS})"
    rf"|(?:ha|han)[ ](?P<verb>{_PARTICIPLES_ES}))(?!\p{{L}})",
    regex.VERSION1,
)
# A name in apposition after a role, up to a comma, the sentence's end or a citation marker
# (``said Qatar's prime minister, Sheikh Mohammed Al Thani [2].``; also in English).
# (A second role of the same person may come between: ``said the club's owner and chairman,
# Sheikh Mansour``.)
_OTHER_APPOSITIVE = regex.compile(
    rf"(?:[ ]and[ ][\p{{Ll}}\-]+(?:[ ][\p{{Ll}}\-]+)?)?,[ ](?P<sp>{_NAME})(?=[ ]*(?:[,;.\[]|$))",
    regex.VERSION1,
)
_NEAR = 250
_DOUBLE = '"“”«»„「」『』'
#: The corner brackets of Chinese and Japanese, each closed only by its own partner (``『...』``
#: quotes inside ``「...」``).
_CORNERS = {"「": "」", "『": "』"}
_QUOTE_CHARS = regex.compile(f"[{_DOUBLE}]")
_SINGLE_CHARS = regex.compile(r"[‘’'‚]")
_OPEN_CONTEXT = " \t\n([{—–-/:"


@attrs.frozen
class QuoteRegion:
    """A quotation in the text: from its opening mark to its closing mark (``close`` is the
    offset just after it), or to the end of the paragraph when it is left open."""

    open: int
    close: int
    closed: bool


@attrs.frozen
class Attribution:
    """Who said a quote (``None`` when the text names nobody) and the reporting verb;
    ``pronoun``: where ``he``, ``she`` or ``it`` stands, when that is the speaker the text
    gives (the claim extractor may follow it to a name before it, see
    ``claims._antecedent``)."""

    speaker: str | None
    verb: str | None
    pronoun: int | None = None


#: The attribution of a quote that names nobody (one shared value: frozen, compared by value).
NOBODY = Attribution(None, None)


def find_quotes(
    text: str, start: int, end: int, marks: Iterable[int] | None = None
) -> list[QuoteRegion]:
    """Pair the quote marks of ``text[start:end]`` (one paragraph) into regions.

    Double marks first; a paragraph with none is read for single marks (British style), where
    ``‘`` (and ``'`` before a word, see :func:`opens_single`) opens after white space or an
    opening bracket and ``’`` or ``'`` closes when no letter follows it (so the apostrophes of
    ``Japan’s``, ``don't`` and ``O'Neill`` are left alone), or German ones: ``‚`` opens and
    ``‘`` closes. ``marks``, if given, are the
    offsets of every double mark in order (others among them are ignored), which spares the
    scan for them.
    """
    end = min(end, len(text))  # (as a pattern's search does: not past the text)
    if marks is None:
        marks = [m.start() for m in _QUOTE_CHARS.finditer(text, start, end)]
    regions = _pair_double(text, start, end, marks)
    if regions or ("‘" not in text[start:end] and "'" not in text[start:end]):
        return regions
    opened: int | None = None
    for m in _SINGLE_CHARS.finditer(text, start, end):
        pos = m.start()
        ch = m.group()
        if opened is None:
            # "‘" opens after white space or an opening bracket; so does "'" before a letter,
            # and German "‚" (closed by "‘").
            if (ch in "‘‚" or (ch == "'" and opens_single(text, pos))) and (
                pos == start or text[pos - 1] in _OPEN_CONTEXT
            ):
                opened = pos
        elif text[opened] == "‚":
            if ch == "‘":
                regions.append(QuoteRegion(opened, pos + 1, True))
                opened = None
        elif ch not in "‘‚" and (pos + 1 >= end or not text[pos + 1].isalpha()):
            if pos - opened >= 24 or not _nickname(text, opened, pos + 1):
                regions.append(QuoteRegion(opened, pos + 1, True))
            opened = None
    if opened is not None:
        regions.append(QuoteRegion(opened, end, False))
    return regions


# A nickname in quote marks between a name's words: ``Francis "Chiz" Escudero``, ``Ronald
# 'Bato' dela Rosa`` (one or two capitalised words).
_NICK = r"[\"“‘']\p{Lu}[\p{L}\-.]*(?:[ ]\p{Lu}[\p{L}\-.]*)?[\"”’']"
_NICKNAME = regex.compile(_NICK, regex.VERSION1)
_NICK_MARKS = frozenset("\"“”‘’'")
_NICK_WORD = regex.compile(rf"[ ]{_LEAD}\p{{Lu}}", regex.VERSION1)
# The name after a nickname (read after the verb: ``said Francis "Chiz" Escudero``) and the one
# before it (read before the verb: ``Ronald "Bato" dela Rosa said``).
_NICK_THEN_NAME = regex.compile(rf"[ ]{_NICK}[ ](?P<sp>{_LEAD}{_NAME})", regex.VERSION1)
_NAME_THEN_NICK = regex.compile(
    rf"{_CAPITALISED_BEFORE}(?P<sp>{_NAME})[ ]{_NICK}[ ]", regex.VERSION1 | regex.REVERSE
)


def _nickname(text: str, o: int, c: int) -> bool:
    """Tell whether the closed quotation ``text[o:c]`` is a nickname between the words of a
    name, which quotes no one: a short one of capitalised words, after a capitalised word that
    is no possessive (``President Trump's "Liberation Day"`` is a quotation) and before one (or
    a particle and one). (The caller tells a long quotation by its length first.)"""
    return (
        text[o - 1 : o] == " "
        and text[o - 2 : o - 1].isalpha()
        and text[c : c + 1] == " "
        and _NICKNAME.fullmatch(text, o, c) is not None
        and _NICK_WORD.match(text, c) is not None
        and not text.startswith(("'s", "’s"), o - 3)
        and _capitalised(text[text.rfind(" ", 0, o - 1) + 1 : o - 1])
    )


def opens_single(text: str, pos: int) -> bool:
    """Tell whether the straight single mark at ``pos`` may open a quotation by what follows
    it: a word of two letters or more, a capital (``'I``) or the article ``a`` (``called it
    'a disgrace'``); not ``'s`` or ``'n'``."""
    nxt = text[pos + 1 : pos + 3]
    return nxt[:1].isupper() or nxt.isalpha() or nxt == "a "


#: The dashes that open a paragraph of quotation as Scandinavian, Finnish, Russian and Polish
#: papers write one, with no quote marks (``– Vi sänker räntan, säger Erik Thedéen.``).
DIALOGUE_DASHES = "–—-"
# The reporting verb after such a quotation's words, in those languages (``, säger``, ``, —
# сказал``, `` – powiedział``): where the quotation ends.
_DIALOGUE_SAID = regex.compile(
    rf"(?:,[ ]?(?:[–—-][ ]?)?|[ ][–—-][ ])(?:{_OTHER_VERBS})(?![\p{{L}}\p{{M}}\-])"
)


def dialogue_close(text: str, dash: int, end: int) -> int:
    """Where the quotation that the dash at ``dash`` opens (a paragraph's first character,
    followed by a space) ends: before the reporting verb after it, in another language
    (``– Vi sänker räntan, säger Erik Thedéen.``); -1 where no such verb follows in
    ``text[dash:end]``, so the dash is a list's (or a quotation's that goes on, whose speaker
    is not read)."""
    said = _DIALOGUE_SAID.search(text, dash + 2, end)
    return -1 if said is None else said.start()


def _pair_double(text: str, start: int, end: int, marks: Iterable[int]) -> list[QuoteRegion]:
    regions: list[QuoteRegion] = []
    opened: int | None = None
    skip_to = -1  # (the end of a dash's quotation: marks inside it pair no further)
    for pos in marks:
        if pos < skip_to:
            continue
        ch = text[pos]
        if ch not in _DOUBLE:
            if ch in DIALOGUE_DASHES and opened is None and pos == start:
                close = dialogue_close(text, pos, end)
                if close > pos:
                    regions.append(QuoteRegion(pos, close, True))
                    skip_to = close
            continue
        if ch == '"':
            before = text[pos - 1] if pos > start else " "
            opening = before in _OPEN_CONTEXT or (opened is None and before in "“‘'")
        elif ch in "「」『』":
            if opened is None:
                if ch in _CORNERS:
                    opened = pos
                continue
            if _CORNERS.get(text[opened]) != ch:
                continue  # (a corner bracket closes only its own partner)
            opening = False
        elif ch in "«»":
            # German and Scandinavian quotations open with "»" (``»Wir schaffen das«, sagte
            # sie``, closed by "«" or, in Swedish, by "»" again), French ones with "«": "»"
            # opens where nothing is open and it stands before a word after white space, "«"
            # closes what "»" opened.
            if opened is None:
                opening = ch == "«" or (
                    (pos == start or text[pos - 1] in _OPEN_CONTEXT)
                    and text[pos + 1 : pos + 2].isalnum()
                )
            else:
                opening = ch == "«" and text[opened] != "»"
        else:
            # ("“" closes a German quotation opened with "„"; "”" opens where nothing is open
            # before a word after white space, as Swedish and Finnish write "”...”".)
            opening = (
                ch in "“„" and not (ch == "“" and opened is not None and text[opened] == "„")
            ) or (
                ch == "”"
                and opened is None
                and (pos == start or text[pos - 1] in _OPEN_CONTEXT)
                and text[pos + 1 : pos + 2].isalnum()
            )
        if opening:
            if opened is None:
                opened = pos
        elif opened is not None:
            if text[opened] in _CORNERS and _CORNERS[text[opened]] != ch:
                continue  # (nor does any other mark close a corner bracket's quotation)
            if pos - opened >= 24 or not _nickname(text, opened, pos + 1):
                regions.append(QuoteRegion(opened, pos + 1, True))
            opened = None
    if opened is not None:
        regions.append(QuoteRegion(opened, end, False))
    return regions


def attribute(text: str, region: QuoteRegion, head_start: int, tail_end: int) -> Attribution:
    """Find the speaker of ``region``; ``head_start``/``tail_end`` bound its sentences.

    Only the ``_NEAR`` characters on either side of the quotation are read: an attribution
    stands next to its quote, and the bound keeps a sentence of many quotations linear.
    """
    head_start = max(head_start, region.open - _NEAR)
    tail_end = min(tail_end, region.close + _NEAR)
    # Speed: the patterns below are tried only where a reporting verb stands near (a word set
    # lookup).
    tail_verbs = _verbs(text, region.close, tail_end) if region.close < tail_end else []
    if region.closed:
        if tail_verbs:
            m = _AFTER.match(text, region.close, tail_end)
            if m is not None:
                return _attribution(m)
        if text[region.close : region.close + 3].lstrip(" ")[:1] in ("—", "–"):
            m = _SIGNED.match(text, region.close, tail_end)
            if m is not None:
                return Attribution(_clean_speaker(m.group("sp")), None)
        elif text[region.close : region.close + 2].lstrip(" ")[:1] == ":":
            found = _colon_signed(text, region, head_start, tail_end)
            if found is not None:
                return found
    found = _left_out(text, region)
    if found is not None:
        return found
    head_verbs = _verbs(text, head_start, region.open) if head_start < region.open else []
    if (
        not head_verbs
        and ":" in text[region.open - 4 : region.open]
        and "**" in text[head_start : region.open]
    ):
        m = _BOLD_LABEL.match(text, head_start, region.open)
        if m is not None:
            return Attribution(_clean_speaker(m.group("sp")), None)
    if head_verbs:
        # (Reverse patterns: anchored at the quote.)
        m = _BEFORE.match(text, head_start, region.open)
        if m is None and text[head_verbs[-1][0] + 1 : head_verbs[-1][0] + 9] == "ccording":
            m = _BEFORE_ACCORDING.match(text, head_start, region.open)
            if (
                m is not None
                and len(head_verbs) > 1
                and m.group("sp").rpartition(" ")[2].lower() in _DOCUMENTS
            ):
                # "Putin said, according to a Kremlin transcript: "..."": the document records
                # the words of the speaker before it.
                found = _inline(text, head_start, head_verbs[-1][0], head_verbs[:-1])
                if found is not None and found.speaker is not None:
                    return found
        if m is not None:
            return _attribution(m)
    if tail_verbs:
        found = _inline(text, region.close, tail_end, tail_verbs, after_quote=True)
        if found is not None:
            return found
    if head_verbs:  # without a reporting verb before the quote, nothing there attributes it
        last = head_verbs[-1]
        # (Speed: the pattern is tried only where its ", who " stands.)
        if (
            text.find(", who ", head_start, last[0]) >= 0
            and _RELATIVE.match(text, head_start, last[0]) is not None
        ):
            # "Jones replied to Smith, who had called him "a liar"": the relative clause's
            # person said it (Smith, whom a preposition leaves unread: no one), never the
            # speaker of a verb before it.
            found = _inline(text, head_start, region.open, [last])
            return found or Attribution(None, text[last[0] : last[1]])
        found = _inline(text, head_start, region.open, head_verbs)
        if found is not None:
            return found
    elif (
        text[region.open] in "«»„‚"
        or (
            region.closed
            and (text[region.close - 2] == "," or text.startswith(",", region.close))
            and _other_verb_after(text, region.close, tail_end)
        )
        or _other_verb_before(text, head_start, region.open)
    ):  # (English text is not read for other languages)
        found = _other_language(text, region, head_start, tail_end)
        if found is not None:
            return found
    if _other_script(text, region):
        return _script_attribution(text, region, head_start, tail_end) or NOBODY
    return NOBODY


# A name alone after a quotation and a colon, as headlines sign what someone said: ``"We are
# not going anywhere": Starmer``, ``„Wir schaffen das“: Merkel``, ``« ... » : Macron``.
# (An organisation's name may join two names with ``of``: ``"...": Bank of England``.)
_COLON_SIGNED = regex.compile(
    rf"[ ]?:[ ]+(?P<sp>{_NAME}(?:[ ]of[ ](?:the[ ])?{_NAME})?)[ ]*$", regex.VERSION1
)
# A word in lower case after another word: what someone says, not a title.
_LOWER_WORD = regex.compile(r"\S[ ]+(\p{Ll}[\p{L}'’]*)", regex.VERSION1)
#: Words a title in title case writes in lower case (``"Song of the Year"``): no sign of
#: words said.
_TITLE_SMALL = words("of the a an in on and for to at with or by from")


def _colon_signed(text: str, region: QuoteRegion, start: int, end: int) -> Attribution | None:
    """The speaker named alone after the colon that follows ``region`` (see
    :data:`_COLON_SIGNED`), where the quotation opens its sentence (``start``: the sentence's
    start) and the name ends it (at ``end``), and the quotation is words said, of two words at
    least, one of them in lower case and no small word of a title in title case (``of``,
    ``the``: not a title, ``"Dune": Part Two``, ``"The Crown": Season Six``, ``"The Last of
    Us": Season Two``); no kicker (``"...": Analysis``)."""
    if text[start : region.open].strip() or all(
        w.group(1) in _TITLE_SMALL for w in _LOWER_WORD.finditer(text, region.open, region.close)
    ):
        return None
    m = _COLON_SIGNED.match(text, region.close, end)
    if m is None or m.group("sp").lower() in _KICKERS:
        return None
    return Attribution(_clean_speaker(m.group("sp")), None)


def _other_verb_after(text: str, close: int, end: int) -> bool:
    """Tell whether a reporting verb in another language follows the closing mark at ``close``
    (``"...", dijo el portavoz``, ``"...", afirmou João Lima``): a quotation in straight or
    curly marks is read for the other languages only then, which English never is. (Only
    quotations the English rules found no speaker for get here, with a comma before or after
    their closing mark.)"""
    # (The first words after the mark, with the punctuation that may stand alone before them:
    # '", dijo', '," dijo', '", a déclaré'.)
    after = text[close : min(end, close + 30)].split()[:3]
    return not _OTHER_VERB_FORMS.isdisjoint(after) or (
        "so" in after and _SO_NAME.match(text, close, end) is not None
    )


# German ``so`` and a name up to the sentence's end (``"...", so Merkel.``, ``so die
# Ministerin.``, ``so Merkel weiter.``, ``so Merkel am Montag.``), which English never writes:
# its ``so`` is followed by a clause (``"...", so the company sold it.``), not by capitalised
# words and a full stop.
_SO_NAME = regex.compile(
    r"[ ]?,?[ ]so[ ](?:(?:\p{Lu}[\p{L}\p{M}'’.\-]*|der|die|das|dem|den|ein|eine|von|van|de)"
    r"[ ]){0,5}\p{Lu}[\p{L}\p{M}\-]*"
    r"(?:[ ](?:weiter|zudem|außerdem|damals|zuletzt|jüngst|kürzlich"
    r"|(?:am|im|beim|gegenüber|in)[ ](?:(?:der|dem|den|einem|einer)[ ])?\p{Lu}[\p{L}\-]*"
    r")){0,2}"
    r"[ ]*(?:[.;]|\[|$)"
)


def _other_verb_before(text: str, start: int, open_: int) -> bool:
    """Tell whether a reporting verb in another language stands right before the opening mark
    at ``open_`` (``aseguró que "..."``, ``dijo: "..."``, ``afirmou que "..."``, ``sagte:
    "..."``): a quotation in straight or curly marks that no English rule attributes is then
    read for the other languages too."""
    words = text[max(start, open_ - 30) : open_].split()[-2:]
    return any(w.rstrip(":,") in _OTHER_VERB_FORMS for w in words)


def _other_language(
    text: str, region: QuoteRegion, head_start: int, tail_end: int
) -> Attribution | None:
    """The attribution of a quotation in guillemets or German marks, in French, Spanish,
    Portuguese, Italian or German: ``« ... », a déclaré X``, ``„...“, sagte X``, ``selon X``,
    ``X dijo que ... «...»``. Read only for such marks, or where such a verb follows a
    quotation's closing mark (see :func:`_other_verb_after`), so English text costs nothing
    more."""
    if region.closed and region.close < tail_end:
        m = _OTHER_AFTER.match(text, region.close, tail_end)
        if m is not None:
            if m.group("pro") is not None:  # "a-t-il ajouté": whom "il" stands for, if anyone
                return Attribution(None, m.group("verb"), m.start("pro"))
        else:
            m = _OTHER_ALONE.match(text, region.close, tail_end)
            if m is not None:  # "«...», añadió.": whom the verb's left-out subject stands for
                return Attribution(None, m.group("verb"), m.start("verb"))
        if m is not None:
            rest = m.group("rest")
            if (
                rest is not None
                and f"{rest} ".startswith(("er ", "sie ", "hij ", "ze ", "zij "))
                and not m.group("verb").endswith("en")  # ("sagten sie", "zeiden ze": they)
            ):
                # "sagte sie", "zei hij": a German or Dutch pronoun, as a French one
                return Attribution(None, m.group("verb"), m.start("rest"))
            verb = m.group("verb")
            plural = verb.endswith(("ron", "ram", "ten")) or text[
                m.start() : m.start("verb")
            ].rstrip().endswith((" ont", " han", " haben"))
            if verb.endswith(" es"):
                # "heißt es aus dem Ministerium", "hieß es aus Regierungskreisen": the source
                # as the text places it (as "Quellen aus dem Ministerium" and "sources in the
                # ministry" are the speaker).
                return Attribution(_sources(rest.split(maxsplit=8)[:8], 0), verb)
            speaker = _clause_speaker(rest, plural) if rest else None
            if speaker is not None and speaker[:1].islower():
                # A role, then a name in apposition: "afirmó el ministro de Inclusión, José
                # Luis Escrivá, en ...", as in English ("The party leader, Ann Lee, said").
                named = _OTHER_APPOSITIVE.match(text, m.end(), tail_end)
                if named is not None:
                    speaker = _clean_speaker(named.group("sp"))
            return Attribution(speaker, m.group("verb"))
    if head_start < region.open:
        m = None
        for m in _OTHER_BEFORE.finditer(text, head_start, region.open):  # noqa: B007
            pass  # (the last one)
        if m is None:
            return None
        rest = text[m.end() : region.open]
        if any(c in rest for c in ".!?\n"):
            return None  # not in the quotation's sentence
        if m.group("acc") is not None:
            rest = rest.rstrip(" ,:")
            if len(rest) > 80 or any(c in rest for c in ",;:"):
                return None  # "Selon X, «": the quotation right after the source
            return Attribution(_clause_speaker(rest), m.group("acc"))
        before = text[head_start : m.start()]
        cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
        speaker = _speaker_before(before[cut + 1 :])
        if speaker in _OTHER_SUBJECT_PRONOUNS:
            # "Sie sagte: „...“", "Elle a déclaré : « ... »": whom the pronoun stands for, if
            # anyone (as after the quotation, "sagte sie"), never the pronoun itself.
            return Attribution(None, m.group("verb"), text.rfind(speaker, head_start, m.start()))
        return Attribution(speaker, m.group("verb"))
    return None


def _other_script(text: str, region: QuoteRegion) -> bool:
    """Tell whether the quotation of ``region`` stands in a text not written in Latin letters:
    it opens with a corner bracket, or a letter of another script (Greek, Cyrillic, Hebrew,
    Arabic, Devanagari, CJK, Hangul...) is among the three characters on either side of it
    (after it, a comma and a space before the next word: ``"...", אמר`` at a text's start).
    (English text never gets further: a cheap look at six characters.)"""
    if text[region.open] in _CORNERS:
        return True
    near = text[max(region.open - 3, 0) : region.open] + text[region.close : region.close + 3]
    if not near or max(near) < "\u0370":
        return False  # (most quotations: Latin letters, spaces and punctuation around them)
    # (Any character of those scripts: a vowel sign, as Hindi's "ा", is no letter; not the
    # general punctuation, curly quotes and dashes, nor the symbols after it.)
    return any(c >= "\u0370" and not "\u2000" <= c <= "\u2bff" for c in near)


# Attributions in scripts other than Latin. (Each reads the stretch of the quotation's
# sentences before its opening mark or after its closing mark, up to ``_NEAR`` characters.)
# Japanese: ``Xは「...」と述べた``, ``「...」とX氏は語った``.
_JA_VERB = (
    r"(?P<verb>(?:述べ|語っ|話し|強調し|説明し|指摘し|明らかにし|主張し|訴え|言っ|答え|発言し|"
    r"表明し|批判し|呼びかけ|コメントし)(?:ました|ている|ています|た)"
    # (The dictionary form only where the sentence ends: "「ゴジラ」と言う映画" names a film.)
    r"|(?:語る|話す|言う)(?=[。」』）)]|$))"
)
# (Between と and the verb: the speaker with は or が, and a few words of where or to whom,
# "記者団に", "会見で".)
_JA_AFTER = regex.compile(
    rf"と(?:(?P<sp>[^、。！？「」『』\s]{{1,20}}?)(?:は|が))?[^、。！？「」『』\s]{{0,15}}?"
    rf"(?:強く|改めて|重ねて)?{_JA_VERB}",
    regex.VERSION1,
)
# The subject of a Japanese sentence, marked by は or が, at the start of the stretch before
# the quotation: ``植田和男総裁は記者会見で「``.
_JA_SUBJECT = regex.compile(r"\s*(?P<sp>[^、。！？「」『』\s]{1,20}?)(?:は|が)", regex.VERSION1)
# Chinese: ``X表示：「...」``, ``“...，”X說``.
_ZH_VERB = r"(?P<verb>表示|說|说|指出|強調|强调|透露|坦言|補充|补充|回應|回应|稱|称|宣布)"
_ZH_BEFORE = regex.compile(
    rf"(?P<sp>[^，。！？、：:；“”「」『』\s]{{1,20}}?){_ZH_VERB}[ ]?[：:，,]?[ ]?$", regex.VERSION1
)
_ZH_AFTER = regex.compile(
    rf"[，,]?[ ]?(?P<sp>[^，。！？、：:；“”「」『』\s]{{1,15}}?){_ZH_VERB}(?!明)",  # (not 說明)
    regex.VERSION1,
)
# Where a Chinese subject's clause goes on after the speaker: "毛宁在例行记者会上表示".
_ZH_CLAUSE = regex.compile(r"(?:在|於|于|对|對|向|接受|日前|今天|今日|昨天|昨日)")
# Korean: ``X는 "..."라고 말했다``, ``"..."고 X는 밝혔다``.
_KO_VERB = (
    r"(?P<verb>(?:말했|밝혔|강조했|설명했|덧붙였|전했|주장했|지적했|언급했|답했)(?:습니다|다)?"
    r"|말한|밝힌)"
)
_KO_AFTER = regex.compile(
    rf"(?:이?라|다)?고[ ]?(?:(?P<sp>[^\s\"“”.,]{{1,12}}(?:[ ][^\s\"“”.,]{{1,12}}){{0,2}}?)"
    rf"(?:은|는|이|가)[ ](?:[^\s\"“”.,]+[ ]){{0,3}}?)?{_KO_VERB}",
    regex.VERSION1,
)
_KO_SUBJECT = regex.compile(
    r"\s*(?P<sp>[^\s\"“”.,]{1,12}(?:[ ][^\s\"“”.,]{1,12}){0,2}?)(?:은|는|이|가)(?=[ ,])",
    regex.VERSION1,
)
# A verb before a colon or comma before the quotation, its subject after it (Arabic: ``وقال
# محافظ البنك حسن عبد الله: «``, or before ``إن``, "that", as Arabic news introduces a
# quotation: ``وقال X إن "``) or before it (Persian ``رئیس بانک مرکزی گفت: «``, Hebrew
# ``הנגיד אמיר ירון אמר: "``, Hindi ``गवर्नर शक्तिकांत दास ने कहा, "``).
_AR_VERB = r"(?P<verb>قال|قالت|أضاف|أضافت|أكد|أكدت|صرح|صرّح|صرحت|أوضح|أوضحت|تابع|تابعت|أعلن|أعلنت)"
_VERB_FIRST_BEFORE = regex.compile(
    rf"(?<!\p{{L}})[وف]?{_AR_VERB}[ ](?P<sp>[^:،,«»\"“”.؟!]{{2,60}}?)(?:[ ]?[:،,]|[ ]إن)[ ]?$",
    regex.VERSION1,
)
_HE_VERB = r"אמר|אמרה|הוסיף|הוסיפה|ציין|ציינה|הסביר|הסבירה|מסר|מסרה|הדגיש|הדגישה"
_LAST_VERB = (
    rf"(?P<verb>گفت|افزود|تاکید کرد|تأکید کرد|اظهار داشت|اعلام کرد|{_HE_VERB}|कहा|बताया|जोड़ा)"
)
_COLONS = frozenset(":،,")
#: The verbs of _LAST_VERB: the words a match of _VERB_LAST_BEFORE ends with, before the
#: spaces and punctuation after them.
_LAST_VERBS = tuple(_LAST_VERB.removeprefix("(?P<verb>").removesuffix(")").split("|"))
_VERB_LAST_BEFORE = regex.compile(
    r"(?P<sp>[^:،,«»\"“”.؟!।\s][^:،,«»\"“”.؟!।]{1,60}?)[ ]"
    rf"(?:ने[ ])?{_LAST_VERB}[ ]?[:،,]?[ ]?$",
    regex.VERSION1,
)
# After the quotation: the verb first (Arabic ``«...»، قال X``, Hebrew ``"...", אמר X``), or
# last (Persian ``«...»، X گفت.``, Hindi ``"...," X ने कहा।``).
_VERB_FIRST_AFTER = regex.compile(
    rf"[ ]?[،,]?[ ]?(?:[-—–][ ]?)?(?:[وف]?{_AR_VERB}|(?P<verb>{_HE_VERB}))"
    r"[ ](?P<sp>[^.،,«»\"“”؟!]{2,60})",
    regex.VERSION1,
)
_VERB_LAST_AFTER = regex.compile(
    r"[ ]?[،,]?[ ]?(?P<sp>[^.،,«»\"“”؟!।\s][^.،,«»\"“”؟!।]{0,60}?)[ ]"
    rf"(?:ने[ ])?{_LAST_VERB}[ ]?(?:[.।]|$)",
    regex.VERSION1,
)
#: Pronouns that stand for a speaker in those languages: the verb, but no one named.
_SCRIPT_PRONOUNS = frozenset(
    (
        *("他", "她", "他們", "她們", "他们", "她们", "我", "我們", "我们", "彼", "彼女", "彼ら"),
        *("그", "그녀", "그들", "우리", "هو", "هي", "هم", "او", "הוא", "היא", "הם", "वह"),
        *("उन्होंने", "उसने"),
    )
)
#: A Chinese, Japanese or Korean name's honorific or a role written after it, which no
#: speaker keeps (``植田氏``; a role stays, as a French one does: ``植田総裁``).
_SCRIPT_HONORIFICS = ("氏", "さん", "씨")


# Where an Arabic speaker's words end and the verb's other words begin: a preposition ("في
# بيان", in a statement), or a word with "to the" joined ("للصحفيين", to the journalists).
_AR_SPEAKER_END = regex.compile(r"[ ](?:في|خلال|أمام|عبر|على|إلى|عن|من|مع|لل\p{L}+)(?:[ ]|$)")


def _script_speaker(phrase: str | None) -> str | None:
    """The speaker named by ``phrase`` in a script other than Latin; ``None`` for a pronoun."""
    if phrase is None:
        return None
    phrase = phrase.strip(" ,،:：")
    cut = _AR_SPEAKER_END.search(phrase) if "\u0600" <= phrase[:1] <= "\u06ff" else None
    if cut is not None:
        phrase = phrase[: cut.start()]
    if not phrase or phrase in _SCRIPT_PRONOUNS:
        return None
    for honorific in _SCRIPT_HONORIFICS:
        if phrase.endswith(honorific) and len(phrase) > len(honorific) + 1:
            phrase = phrase[: -len(honorific)].rstrip()
            break
    return phrase


def _script_attribution(
    text: str, region: QuoteRegion, head_start: int, tail_end: int
) -> Attribution | None:
    """The attribution of a quotation in Chinese, Japanese, Korean, Arabic, Persian, Hebrew or
    Hindi: a reporting verb right after its closing mark (``「...」と述べた``, ``"..."라고
    말했다``, ``“...，”毛宁说``, ``«...»، قال X``) or right before its opening mark
    (``X表示：「``, ``وقال X: «``, ``X گفت: «``, ``X אמר: "``, ``X ने कहा, "``), and the speaker
    the sentence names there: the subject before the quotation (``Xは``, ``X는``), or the words
    next to the verb. A pronoun (``他``, ``그는``, ``彼は``) names no one."""
    head = text[head_start : region.open]
    if region.closed and region.close < tail_end:
        tail = text[region.close : tail_end]
        m = _JA_AFTER.match(tail)
        if m is not None:
            sp = m.group("sp")
            if sp is None:
                found = _JA_SUBJECT.match(head)
                sp = found.group("sp") if found is not None else None
            return Attribution(_script_speaker(sp), m.group("verb"))
        m = _KO_AFTER.match(tail)
        if m is not None:
            sp = m.group("sp")
            if sp is None:
                found = _KO_SUBJECT.match(head)
                sp = found.group("sp") if found is not None else None
            return Attribution(_script_speaker(sp), m.group("verb"))
        m = _ZH_AFTER.match(tail)
        if m is not None:
            return Attribution(_script_speaker(m.group("sp")), m.group("verb"))
        m = _VERB_FIRST_AFTER.match(tail) or _VERB_LAST_AFTER.match(tail)
        if m is not None:
            return Attribution(_script_speaker(m.group("sp")), m.group("verb"))
    if not head or text[region.close : min(region.close + 1, tail_end)].isalpha():
        # (A quotation the sentence goes on after, "「軟著陸」的可能性", is a term it uses,
        # not the words a verb before it introduces; a sentence that ends inside it does
        # not go on: "王毅表示：“...。”他还说".)
        return None
    # (Speed: each pattern is searched for only where the stretch ends as its match must,
    # maybe before a line break, where "$" matches too: in a colon or comma, maybe and a
    # space; or in one of its verbs, maybe and a space, a colon or comma and a space.)
    bare = head[:-1] if head[-1] == "\n" else head
    m = (
        _VERB_FIRST_BEFORE.search(head)
        if bare[-2:].rstrip(" ")[-1:] in _COLONS or bare.rstrip(" ").endswith(" إن")
        else None
    )
    if m is None and bare.rstrip(" :،,").endswith(_LAST_VERBS):
        m = _VERB_LAST_BEFORE.search(head)
    if m is not None:
        return Attribution(_script_speaker(m.group("sp")), m.group("verb"))
    m = _ZH_BEFORE.search(head)
    if m is not None:
        sp = m.group("sp")
        cut = _ZH_CLAUSE.search(sp, 1)
        if cut is not None:
            sp = sp[: cut.start()]
        return Attribution(_script_speaker(sp), m.group("verb"))
    return None


def _clause_speaker(clause: str, plural: bool = False) -> str | None:
    """The speaker named by ``clause``, the words after a reporting verb in another language:
    the longest run of capitalised words that follows no preposition (``la Première ministre
    Élisabeth Borne``: Élisabeth Borne; ``Finanzminister Christian Lindner am Mittwoch``:
    Christian Lindner), else the role as written, up to its last capitalised word (``la
    presidenta del Banco de España``, ``der Verbandspräsident``). Two names joined (``Ana
    Ruiz y Pedro Gil``) are both the speaker after a ``plural`` verb, else only where the
    clause ends after them or a preposition follows (not ``Pedro Sánchez y Europa tomó
    nota``: a clause of its own)."""
    split = clause.split(maxsplit=8)
    words = split[:8]
    if not words:
        return None
    determiner = words[0].lower() in _OTHER_DETERMINERS or words[0][:2].lower() in ("l'", "l’")
    k = 1 if determiner or words[0] in ("des", "de", "uma", "eine") else 0
    if words[k : k + 1] and words[k].lower() in _OTHER_SOURCES:
        # "fuentes del Gobierno", "une source proche du dossier", "Quellen aus dem
        # Ministerium": unnamed sources speak, as "sources in the ministry" in English: the
        # words that place them, up to their last capitalised word if any (the rest describes
        # them), not whom they told or when ("a EFE", "am Montag").
        return _sources(words, k)
    best: list[str] = []
    best_at = 0
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        j = i + 1
        joined = -1
        while j < len(words):
            if words[j][:1].isupper():
                j += 1
            elif (
                (
                    # ("der" alone is a name's after "Van", not after a German name or noun:
                    # "Merkel der Zeitung".)
                    (
                        (words[j] != "der" or words[j - 1].lower() in _NAME_PARTICLES)
                        and words[j] in _OTHER_PARTICLES
                    )
                    # (Or two names joined, both speaking: "Ana Ruiz y Pedro Gil".)
                    or (words[j] in _OTHER_AND and words[j - 1][:1].isupper())
                )
                and (j + 1 < len(words) and words[j + 1][:1].isupper())
            ):
                if words[j] in _OTHER_AND and joined < 0:
                    joined = j
                j += 2
            elif (  # two particles in a name: "Ana de la Reguera", "Carlos de los Santos"
                words[j] in _NAME_PARTICLES
                and j + 2 < len(words)
                and words[j + 1] in _OTHER_DETERMINERS
                and words[j + 2][:1].isupper()
            ):
                j += 3
            else:
                break
        past = j
        if (
            joined >= 0
            and not plural
            and (j < len(split) and words[j - 1][-1:] not in ",;:.!?")
            and not (j < len(words) and words[j] != "a" and words[j] in _OTHER_PREPOSITIONS)
        ):
            j = joined  # "aseguró Pedro Sánchez y Europa tomó nota": another clause
        # (Also after a preposition and an article where a role in lower case comes first: "la
        # ministre de la Santé", "del Banco"; not in a name, "Ana de la Reguera".)
        after_preposition = (
            i > 0
            and (
                words[i - 1].lower() in _OTHER_PREPOSITIONS
                or (
                    i > 2
                    and words[i - 1].lower() in _OTHER_DETERMINERS
                    and words[i - 2].lower() in _OTHER_PREPOSITIONS
                    # (After a name, a particle may be the name's: "Ana de la Reguera", "Ursula
                    # von der Leyen"; another preposition is not: "Merkel gegenüber dem Spiegel".)
                    and (words[i - 3][:1].islower() or words[i - 2] not in _NAME_PARTICLES)
                )
                # (Nor is whom a German speaker told, or whose the role is, in the dative or
                # genitive after a name or a noun: "sagte Merkel dem ZDF", "der Chef der
                # Deutschen Bank".)
                or (i > 1 and words[i - 1] in ("dem", "der") and words[i - 2][:1].isupper())
            )
        )
        if (
            j - i >= 5
            and words[i + 1] in _OTHER_PARTICLES
            and (
                _is_title(words[i])
                or words[i].lower() in _OTHER_TITLES
                or words[i].lower().endswith(_OTHER_TITLE_ENDINGS)
            )
        ):
            # A title in capitals, what it is of and the name: "o CEO da Petrobras Jean Paul
            # Prates", "le PDG de TotalEnergies Patrick Pouyanné", "der Chef von Siemens Roland
            # Busch".
            i, after_preposition = _name_after_body(words, i + 2, j), False
        elif after_preposition and j - i >= 3 and all(w[:1].isupper() for w in words[j - 2 : j]):
            # "le ministre du Travail Olivier Dussopt", "o presidente do Banco Central Roberto
            # Campos Neto": a name after what the role is of.
            i, after_preposition = _name_after_body(words, i, j), False
        noun = determiner and i == 1 and j == 2  # "der Verbandspräsident": a role
        if not after_preposition and not noun and j - i >= len(best):
            best = words[i:j]
            best_at = i
        i = past
    if best:
        if len(best) >= 2 and best[0].lower().endswith(_OTHER_TITLE_ENDINGS):
            best = best[1:]  # "Finanzminister Christian Lindner"
        if len(best) >= 2 and best[0] in _OTHER_HONORIFICS:
            best = best[1:]  # "M. Moreau"
        if best[0][:1] >= "\u0370" and _CYRILLIC_OR_GREEK.match(best[0]) is not None:
            named = _cyrillic_or_greek_name(words, best, best_at)
            if named is not None:
                return named
        return _clean_speaker(" ".join(best))
    if not determiner:
        return None
    last = max((k for k, w in enumerate(words) if w[:1].isupper()), default=-1)
    role = words[: last + 1] if last > 0 else words[:4]
    while len(role) > 1 and (
        role[-1].lower() in _OTHER_PREPOSITIONS or role[-1].lower() in _OTHER_DETERMINERS
    ):
        role.pop()  # ("zei het ministerie in een verklaring": het ministerie)
    return " ".join(role).strip(" ,;:")


#: Titles in French, Spanish, Portuguese and Italian written capitalised before what they
#: are of (``PDG de TotalEnergies``), besides the English ones of :data:`_TITLES`.
_OTHER_TITLES = words(
    "pdg dg presidente presidenta président présidente directeur directrice directora diretor"
    " diretora gerente"
)


#: Words after unnamed sources that say whom they told or when, no part of them (``a EFE``,
#: ``à l'AFP``, ``am Montag``, ``gegenüber Reuters``).
_SOURCES_END = words("a à au aux al am gegenüber ao")
#: Words for "close" before ``a``, ``à``, ``al``: what places the sources (``fuentes cercanas a
#: la negociación``, ``une source proche du dossier``).
_CLOSE_TO = ("cercan", "próxim", "proch", "vicin")


def _sources(words: list[str], k: int) -> str:
    """The unnamed sources ``words[k]`` (``fuentes``, ``Quellen``; or ``aus`` after ``heißt
    es``) as the words after it place and describe them: up to the last capitalised word, or
    six words where none is capitalised, before whom they told or when."""
    n = k + 1
    while (
        n < len(words)
        and words[n - 1][-1:] not in ",;:"
        and (words[n] not in _SOURCES_END or words[n - 1].startswith(_CLOSE_TO))
    ):
        n += 1
    said = words[:n]
    last = max((m for m, w in enumerate(said) if m > k and w[:1].isupper()), default=-1)
    said = said[: last + 1] if last >= 0 else said[: k + 6]
    return " ".join(said).strip(" ,;:.")


def _name_after_body(words: list[str], i: int, j: int) -> int:
    """Where a person's name starts in ``words[i:j]``, a run of capitalised words (with a
    name's particles) that opens with the body a role is of (``Petrobras Jean Paul Prates``,
    ``Banco Central Roberto Campos Neto``, ``Travail Olivier Dussopt``): its last three
    capitalised words, or two where there are only three, leaving the body at least one."""
    caps = [k for k in range(i, j) if words[k][:1].isupper()]
    return caps[-min(3, len(caps) - 1)]


_CYRILLIC_OR_GREEK = regex.compile(r"[\p{Cyrillic}\p{Greek}]")
# A Russian or Ukrainian patronymic, the middle one of three names (``Антон Германович``).
_PATRONYMIC_ENDS = ("вич", "вна", "ична", "чна", "віч")


def _initials(word: str) -> bool:
    """Tell whether a word is an institution's initials (``ЦБ``, ``МИД``, ``ΕΚΤ``)."""
    return len(word) >= 2 and word.isupper()


def _cyrillic_or_greek_name(words: list[str], best: list[str], at: int) -> str | None:
    """The speaker of a Cyrillic or Greek clause whose run of capitalised words ``best`` starts
    at ``words[at]``, or ``None`` to take the run as it is: with only an institution's
    initials, the role in lower case before them and what it is of (``глава ЦБ``); else a
    given name and surname without the initials before or after them (``глава МИД РФ Сергей
    Лавров``, ``Олег Иванов ТАСС``: a news agency), nor a word that a role governs before
    them (``ο υπουργός Οικονομικών Κωστής Χατζηδάκης``)."""
    names = sum(not _initials(w) for w in best)
    if names == 0:
        if at > 0 and words[at - 1][:1].islower():
            return " ".join(words[: at + len(best)]).strip(" ,;:")
        return None
    if names < 2:
        return None
    while _initials(best[0]):
        best = best[1:]
    while _initials(best[-1]):
        best = best[:-1]
    if (
        len(best) == 3
        and at > 0
        and words[at - 1][:1].islower()
        and not best[1].lower().endswith(_PATRONYMIC_ENDS)
    ):
        best = best[1:]  # a role's noun in the genitive, then the name
    return _clean_speaker(" ".join(best))


def _speaker_before(before: str) -> str | None:
    """The run of capitalised words that ends right before a reporting verb (``El ministro de
    Economía, Carlos Cuerpo, dijo``: Carlos Cuerpo)."""
    words = before.rstrip(" ,").split()
    run: list[str] = []
    for w in reversed(words):
        if w[:1].isupper() or (run and (w in _OTHER_PARTICLES or w in _OTHER_AND)):
            # (Two names joined: "Ana Ruiz y Pedro Gil dijeron", both speak.)
            run.insert(0, w.strip(","))
            if w.endswith(",") and len(run) > 1:
                run = run[1:]
                break
        else:
            break
    while run and (run[0] in _OTHER_PARTICLES or run[0] in _OTHER_AND):
        run.pop(0)
    if len(run) >= 2 and run[0].lower().endswith(_OTHER_TITLE_ENDINGS):
        run = run[1:]  # "Bahn-Personalvorstand Martin Seiler sagte"
    if len(run) >= 2 and run[0] in _OTHER_HONORIFICS:
        run = run[1:]  # "Mme Dupont a déclaré"
    if not run and 1 < len(words) <= 6 and words[0].lower() in _OTHER_DETERMINERS:
        return " ".join(words).strip(" ,")  # a role: "Le porte-parole du gouvernement"
    return _clean_speaker(" ".join(run)) if run else None


def _left_out(text: str, region: QuoteRegion) -> Attribution | None:
    """The attribution of a quotation whose closing mark was left out, inside it: after the last
    comma of the sentence that ends where the quotation reopens ('"We lost, Smith said. "We
    will be back."'), or that ends the paragraph when the quotation never closes ('"Stocks are
    low, the FAO said.'). Anywhere else, a name and a verb inside a quotation are no speaker."""
    ends = []
    # (A quotation reopens inside a closed one only after a mark the pairing passed over.)
    if text.find('"', region.open + 1, region.close - 1) >= 0 or (
        text.find("“", region.open + 1, region.close - 1) >= 0
    ):
        ends = [m.end() for m in _REOPENED.finditer(text, region.open + 1, region.close)]
    if not region.closed:
        ends.append(region.close)
    for end in ends:
        comma = text.rfind(",", region.open, end)
        if comma >= 0:
            m = _AFTER.match(text, comma + 1, end)
            if m is not None and _LAST_WORDS.fullmatch(text, m.end(), end):
                return _attribution(m)
    return None


# A headline's label, a name and a colon before its quotation: ``Rubio: 'We are ready'``.
_LABEL = regex.compile(rf"(?P<sp>{_NAME}):[ ]+", regex.VERSION1)
#: Words that label a headline's kind, not who speaks (``Exclusive: 'Dozens' hurt``).
_KICKERS = words(
    """
    analysis breaking comment editorial exclusive explainer explained factbox interview live
    opinion podcast review update updated video watch photos listen report just in
    """
)


def labelled(text: str, start: int, region: QuoteRegion) -> Attribution | None:
    """The speaker a headline names by a label before its quotation (``Ann Lee: 'We will
    win'``), or by a person's name after it (one with a given name ``_gender`` knows) and a
    colon that a topic follows, as interviews are headed (``'I never planned this': Ana Ruiz
    on her first year``), with no verb; ``start`` is where
    the headline starts. (In a headline only: in the body such a label may be a dateline or a
    transcript's turn.)"""
    m = _LABEL.fullmatch(text, start, region.open)
    if m is None and region.open == start and region.closed:
        m = _NAME_ON.match(text, region.close)
        if m is None or not given_name(m.group("sp").partition(" ")[0]):
            return None  # (a person's name: not "'Chaos': Trump Tower on lockdown")
    if m is None or m.group("sp").lower() in _KICKERS:
        return None
    return Attribution(_clean_speaker(m.group("sp")), None)


# A name after a headline's quotation and a colon, then "on" and its topic.
_NAME_ON = regex.compile(rf"[:,]?[ ]+(?P<sp>{_NAME})[ ]on[ ]", regex.VERSION1)


def clean_label(label: str) -> str:
    """The speaker a transcript's label names: without a title before the name (``MR.
    PARNELL``: PARNELL; ``SEN. JANE DOE``: JANE DOE), as a speaker in prose drops it. A role
    stays whole (``THE PRESIDENT``, ``Prime Minister``)."""
    name = _clean_speaker(label)
    if name is None or all(map(_is_title, name.split(" "))):
        return label  # ("Prime Minister": titles alone, no name after them)
    return name


def inline_attribution(text: str, start: int, end: int) -> Attribution | None:
    """An attribution anywhere in ``text[start:end]`` (``according to X``, ``X said``)."""
    return _inline(text, start, end, _verbs(text, start, end))


# A capitalised word after a space or an opening mark or bracket: a name (or a sentence's
# first word, which the caller leaves out).
_CAPITAL_WORD = regex.compile(r"(?<=[ (\"“‘])\p{Lu}", regex.VERSION1)


def names_someone(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` holds a capitalised word after its first character
    (``I`` and a word that opens a sentence there aside): someone a pronoun after it may stand
    for instead of the speaker named before."""
    for m in _CAPITAL_WORD.finditer(text, start + 1, end):
        pos = m.start()
        if text[pos : pos + 2] in ("I ", "I'", "I’") or text[pos - 2 : pos - 1] in ".!?":
            continue
        # A day is no one: "Ann Lee said on Thursday she would resign."
        # (Its word up to white space: a line break may follow it, "Tuesday.\n\n".)
        if text.startswith(_DAYS, pos) and text[pos : pos + 10].split(None, 1)[0] in _DAY_SET:
            continue
        # Nor a month: "Tesco said sales rose in the six weeks to January." ("May", "June",
        # "April" and "August" may be someone's name: a month only before or after a number,
        # "May 3", "3 May".)
        if text.startswith(_MONTHS, pos):
            word = text[pos : pos + 10].split(None, 1)[0].rstrip(",.;:")
            if word in _MONTH_SET and (
                word not in _NAME_MONTHS
                or text[pos + len(word) + 1 : pos + len(word) + 2].isdigit()
                or text[pos - 2 : pos - 1].isdigit()
            ):
                continue
        return True
    return False


_DATE_WORDS = frozenset((*MONTHS, *WEEKDAYS))
_DAYS = tuple(d.capitalize() for d in WEEKDAYS)
_DAY_SET = frozenset(d + end for d in _DAYS for end in ("", ",", ".", ";", ":"))
_MONTHS = tuple(m.capitalize() for m in MONTHS)
_MONTH_SET = frozenset(_MONTHS)
_NAME_MONTHS = frozenset(("April", "May", "June", "August"))


def named_before(text: str, start: int, pronoun: int) -> Attribution | None:
    """The speaker of a reporting clause that ends right before the pronoun at ``pronoun``
    (``Ann Lee said she had told him: "..."``: Ann Lee, whom the pronoun follows), in the
    sentence from ``start``; ``None`` if no such clause names one."""
    verbs = _verbs(text, start, pronoun)
    if not verbs:
        return None
    verb_start, verb_end = verbs[-1]
    if text[verb_end:pronoun] not in (" ", " that "):
        return None
    m = _SPEAKER_BEFORE.match(text, start, verb_start)
    return None if m is None else _attribution(m, text[verb_start:verb_end])


# A sentence that opens with a person's name (maybe after a title, with an appositive) and an
# active verb: ``Maria Santos, 67, had lived ...``, ``Housing Secretary Angela Rayner opened
# ...``, ``Arsenal boss Mikel Arteta praised ...`` (a title in lower case after whose it is)
# (not ``was arrested``, ``has been charged``: another may speak of the person).
_SUBJECT = regex.compile(
    rf"(?:(?:But|And|Then|Later|Meanwhile|Now)[ ])?"
    rf"(?:{_NAME}[ ](?:[\p{{Ll}}\-]+[ ]){{0,2}}?(?:{_TITLE_WORDS})[ ])?"  # "Arsenal boss"
    rf"(?P<sp>{_NAME})(?:,[ ][^,\"“”]{{1,60}},)?"
    rf"[ ](?:\p{{Ll}}+ly[ ])?(?!(?:was|were|is|are|be|being|been|has[ ]been|had[ ]been|have[ ]been"
    rf"|and|or|of|in|on|at|to|for)\b)\p{{Ll}}",
    regex.VERSION1,
)


def subject_person(text: str, start: int, end: int, female: bool) -> str | None:
    """The person the sentence ``text[start:end]`` is about, which holds no reporting verb,
    whom a ``she`` (``female``) or ``he`` after it may stand for: a name that opens it as the
    subject of an active verb (not of a noun that makes it a group's: ``Charlotte Hornets
    fans``), with a given name of that sex (``Maria Santos, 67, had lived in the valley.`` for
    ``she``), where the sentence names no one else after it; else ``None``. (A name the text
    gives no sex, or a passive verb, says too little.)"""
    # (Speed: no given name of that sex among its first words, no such person; the pattern
    # is dear.)
    if not any(
        name_sex(w.rstrip(",.;:")) is female
        for w in text[start : min(end, start + 100)].split()[:8]
    ):
        return None
    m = _SUBJECT.match(text, start, end)
    if m is None or "'s" in m.group("sp") or "’s" in m.group("sp"):
        return None
    if not _active_verb(text, m.end() - 1, end):
        return None
    name = _clean_speaker(m.group("sp"))
    if name is None or " " not in name or name_sex(name.split(" ")[0]) is not female:
        return None
    return None if names_someone(text, m.end() - 2, end) else name


#: What an ``it`` or ``the company`` may stand for besides a name before it: a thing that
#: speaks (``the report``, ``the ministry``), named in a sentence in lower case.
SPEAKING_THINGS = (
    _DOCUMENTS
    | words(_ISSUED_WORDS)
    | words(
        """
        company firm group bank lender retailer carrier airline insurer business chain
        government ministry agency department court tribunal council committee board commission
        office authority regulator union party club body inquiry panel campaign organisation
        organization charity institute network broadcaster newspaper website
        """
    )
)


#: Words that open a sentence but no organisation's name.
FUNCTION_WORDS = words(
    """
    the a an it its this that these those there here in on at for from with by after before
    but and or so as if when while what which who how why he she they we i you his her their
    our my not no yet still now then also however meanwhile one some many most all both each
    """
)


def organisation_subject(text: str, start: int, end: int, at: int) -> str | None:
    """The organisation the sentence ``text[start:end]``, which holds no reporting verb, is
    about, whom an ``it`` (or ``the company``) at ``at`` after it may stand for: a name that
    opens it as the subject of an active verb (``Tesco cut 2,000 jobs.``, ``John Lewis reported
    a 4% drop in sales.``), where the sentence names nothing else that could speak, after the
    verb (``Ann Lee published the report.``: the report) or capitalised (``Tesco bought
    Booker.``); else ``None``. A name of one word must be one (written capitalised inside a
    sentence somewhere, or in capitals: not ``Shares fell 3%.``), and a name that the text
    shows is a person's is none (a title or role before or after it, ``he`` or ``she`` after
    it: see :func:`_a_persons`), nor one with a person's given name unless it reports figures
    as a firm does (see :func:`firm_like`)."""
    if text[start : start + 12].split(" ", 1)[0].lower() in FUNCTION_WORDS:
        return None  # (speed: "The", "In", "It" open no organisation's name)
    m = _SUBJECT.match(text, start, end)
    if m is None or "'s" in m.group("sp") or "’s" in m.group("sp"):
        return None
    if not _active_verb(text, m.end() - 1, end) or names_someone(text, m.end() - 2, end):
        return None
    name = _clean_speaker(m.group("sp"))
    if name is None or person_role(name) or m.start("sp") != start:
        return None  # (after a title: "Arsenal boss Mikel Arteta", a person)
    if " " not in name and not (name.isupper() or capitalised_inside(text, name)):
        return None
    if not SPEAKING_THINGS.isdisjoint(_WORD.findall(text, m.end() - 1, end)):
        return None
    if name_sex(name.split(" ", 1)[0]) is not None:
        # A person's given name: a firm's only as firm_like tells (not "Jane Smith resigned.").
        verb = _WORD.match(text, m.end() - 1, end)
        if verb is None or not firm_like(text, name, verb.group(), Span(start, end), at):
            return None
    elif _a_persons(text, m.start("sp"), m.end("sp"), at):
        return None
    return name


#: What a firm does with figures (``John Lewis reported a 4% drop``): a name with a person's
#: given name that opens a sentence with one of them and a figure may be a firm's.
_RESULTS = words("reported posted announced booked recorded cut raised lowered issued")


def firm_like(text: str, name: str, verb: str | None, s: Span | None, at: int) -> bool:
    """Tell whether ``name``, which has a person's given name (``John Lewis``), may be the
    firm an ``it`` at ``at`` stands for, where the sentence ``s`` opens with it and ``verb``:
    a verb of a firm's figures (``John Lewis reported a 4% drop in sales.``, not ``John Lewis
    said sales rose.``, nor ``Jane Smith resigned.``), with a figure in the sentence, where the
    text shows no sign of a person (see :func:`_a_persons`) and the sentence names no thing
    that speaks after it (``Ann Lee posted the report on Monday.``: the report)."""
    if s is None or verb not in _RESULTS or not text.startswith(name, s.start):
        return False
    if not any(c.isdigit() for c in text[s.start : s.end]):
        return False
    if _a_persons(text, s.start, s.start + len(name), at):
        return False
    return SPEAKING_THINGS.isdisjoint(_WORD.findall(text, s.start + len(name), s.end))


def shows_person(text: str, name: str, at: int) -> bool:
    """Tell whether the text shows that ``name``, named before ``at``, is a person's: a title
    or role before or after its first mention, or ``he`` or ``she`` after it (see
    :func:`_a_persons`)."""
    pos = text.find(name, 0, at)
    return pos >= 0 and _a_persons(text, pos, pos + len(name), at)


def capitalised_inside(text: str, word: str) -> bool:
    """Tell whether ``word`` (capitalised) stands somewhere in ``text`` inside a sentence, not
    at its start: a name (``Tesco`` in ``shares in Tesco``), not a common noun that opens a
    sentence (``Shares``)."""
    pos = text.find(word)
    looked = 0
    while pos >= 0 and looked < 8:
        looked += 1
        stop = pos + len(word)
        if (
            pos > 1
            and text[pos - 1] == " "
            and text[pos - 2] not in ".!?\n\"“”'‘’:;—–-"
            and (stop >= len(text) or not text[stop].isalnum())
        ):
            return True
        pos = text.find(word, stop)
    return False


#: Verbs in the past (or modals) that end in neither "ed" nor "s": what a person did.
_PAST = words(
    "had did made took gave went came won lost led left told met ran rose fell began became"
    " brought bought built chose drew drove fought found flew got grew held hit hurt kept knew"
    " laid let meant paid put quit read rode rang saw sat set shot sang sent spent spoke stood"
    " struck taught threw thought wrote cut felt fled sold sought shut spread withdrew oversaw"
    " undertook beat broke can could will would should may might must"
)
_WORD = regex.compile(r"\p{Ll}+", regex.VERSION1)


def _active_verb(text: str, at: int, end: int) -> bool:
    """Tell whether the word at ``at``, right after a name, is a verb of which the name is the
    subject: one in the past (``opened``, ``took``) or in ``-s`` (``runs``), not a noun that
    makes the name a group's (``Charlotte Hornets fans booed``: a word in ``-s`` before a verb
    in the past or a plural's ``were``, ``are``, ``have``)."""
    word = _WORD.match(text, at, end)
    if word is None:
        return False
    w = word.group()
    if w in _PAST or w.endswith("ed"):
        return True
    if not w.endswith("s") or w.endswith(("ss", "us")):
        return False
    after = _WORD.match(text, word.end() + 1, end)
    if after is None:
        return True
    v = after.group()
    return not (v in _PAST or v.endswith("ed") or v in ("were", "are", "have"))


def person_role(speaker: str) -> bool:
    """Tell whether ``speaker`` is a role that a person holds (``the minister``, ``a
    spokeswoman for the firm``), not an organisation's (``the company``, ``the ministry``): an
    ``it`` after it stands for something else."""
    if not speaker[:1].islower() and speaker.split(" ", 1)[0] not in _ROLE_OPENERS:
        return False  # (a name)
    head = speaker.split(" of ", 1)[0].split(" for ", 1)[0].split(" at ", 1)[0]
    word = head.rpartition(" ")[2]
    last = word.lower()
    return (
        last in _TITLES
        or last in _PERSON_WORDS
        or last.endswith(("man", "woman", "person"))
        or word in _NATIONALITIES
    )


def unlike_it(text: str, name: str, at: int) -> bool:
    """Tell whether ``name``, the speaker before an ``it`` at ``at``, is rather a person's name
    than an organisation's: the text gives it after a person's title or role (``Mr Smith``,
    ``Boeing chief executive Kelly Ortberg``: its first mentions), or after a given name
    where that mention has a sign of a person (``Jane Smith, the chief executive``, then
    ``Smith said ...``; see :func:`_a_persons`). A name merely not shaped like
    an organisation's is no sign (``Boeing said the company would appeal``: ``it`` is Boeing).
    (Only for an ``it`` that would stand for a name: rare.)"""
    pos = text.find(name)
    looked = 0
    while 0 <= pos < at and looked < 8:
        looked += 1
        m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if m is not None and (
            m.group(1).lower() in _TITLES
            or m.group(1).rstrip(".") in _HONOURS
            or (given_name(m.group(1)) and _a_persons(text, m.start(1), pos + len(name), at))
        ):
            return True
        pos = text.find(name, pos + len(name))
    return False


# A role in apposition after a name (``, the chief executive of``), its last words.
_APPOSED_ROLE = regex.compile(r",[ ](?:the|a|an|its|their)[ ]((?:[\p{L}\-]+[ ]?){1,3})")
# A pronoun of a person (``he``, ``her``).
_PERSONS_PRONOUN = regex.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him)\b")


def _a_persons(text: str, start: int, end: int, at: int) -> bool:
    """Tell whether the name ``text[start:end]`` (a given name and more) has a sign of a
    person: a title or an honour before it (``Ms``, ``executive``), a role in apposition
    after it (``, the chief executive``), or ``he``, ``she``... after it before ``at`` (a
    firm named after a person, ``Charles Schwab reported ...``, has none)."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is not None and (m.group(1).lower() in _TITLES or m.group(1).rstrip(".") in _HONOURS):
        return True
    role = _APPOSED_ROLE.match(text, end, end + 60)
    if role is not None and any(w.lower() in _TITLES for w in role.group(1).split()):
        return True
    return _PERSONS_PRONOUN.search(text, end, min(at, end + 300)) is not None


#: The word right before a mention of a name (a title or role: ``Mr``, ``executive``).
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}.])([\p{L}\p{M}][\p{L}\p{M}.\-]*)[ ]\Z")
#: Honours before a name that are no title in :data:`_TITLES` (``Sir Keir``, ``Dame Ann``).
_HONOURS = frozenset(("Sir", "Dame", "Lord", "Lady", "Miss", "Baroness", "Baron", "Mx"))


def _people_word(word: str) -> bool:
    """Tell whether ``word`` names a person or people someone has (``lawyers``, ``wife``,
    ``deputy``; see :data:`_KIN`), not a thing (``voice``)."""
    one = word[:-1] if word.endswith("s") else word
    return word in _KIN or one in _KIN or _is_title(word) or _is_title(one)


#: Capitalised words that open a role, not a name (``The minister``, ``A spokesman``).
_ROLE_OPENERS = frozenset(("The", "A", "An", "His", "Her", "Its", "Their", "One", "Another"))
#: Words for people that are no titles: an ``it`` never stands for them.
_PERSON_WORDS = words(
    """
    official source aide expert resident witness victim owner worker employee member
    lawmaker voter fan player doctor nurse teacher student driver passenger survivor
    """
)


def one_person(said: Attribution | None) -> bool:
    """Tell whether ``said`` names one speaker whom a later ``he`` or ``she`` may stand for:
    not people in the plural (``officials``, ``Police``, ``Ann Lee and Tom Roe``), and not a
    speaker who spoke to someone (``Lee told Roe``: the pronoun may stand for either)."""
    if said is None or said.speaker is None or said.verb in _TRANSITIVE:
        return False
    speaker = said.speaker
    last = speaker.rpartition(" ")[2]
    return not any(f" {joint} " in speaker for joint in _OTHER_AND) and not (
        last.lower() in _PEOPLE
        or (last[:1].islower() and last.endswith(("s", "men")))  # ("officials", "two women")
    )


#: News outlets and bodies of many people whom a speaker tells something (``told Reuters``,
#: ``told MPs``): a later ``he`` or ``she`` stands for none of them.
_AUDIENCES = words(
    """
    Reuters AFP AP BBC CNN Bloomberg CNBC NBC ABC CBS NPR Fox Sky ITV Politico Axios MPs MEPs
    Parliament Congress Senate Fortune Forbes Newsweek Time Le El Der Die La Il
    """
)


def told_no_one(text: str, start: int, end: int, verb: str) -> bool:
    """Tell whether the speaker of the sentence ``text[start:end]``, whose reporting verb
    ``verb`` takes an object (``told``, ``urged``; see :data:`_TRANSITIVE`), spoke to no one a
    later ``he`` or ``she`` may stand for: people in the plural (``told reporters``, ``told
    a news conference``), a news outlet (``told Reuters``, ``told the BBC``, ``told the
    Guardian``: ``the`` and a name that is no title, not ``the President``) or a thing
    (``called it a disgrace``), not a person (``told Roe``, ``told the judge``, ``told
    him``)."""
    if verb not in _TRANSITIVE:
        return False
    at = text.find(f" {verb} ", start, end)
    if at < 0:
        return False
    words = text[at + len(verb) + 2 : end].split(" ", 3)[:3]
    head = words[0].strip(",.;:")
    if head.lower() in ("the", "a", "an", "his", "her", "their", "its") and len(words) > 1:
        the = head == "the"
        head = words[1].strip(",.;:")
        if head.lower() in ("news", "press") and len(words) > 2:
            return True  # "told a news conference"
        if the and head[:1].isupper() and head.lower() not in _TITLES and head not in _HONOURS:
            return True  # a newspaper: "told the Guardian", "told the Financial Times"
    if head in ("it", "them", "us", "me", "this", "that"):
        return True
    if head[:1].isupper():
        return head in _AUDIENCES
    plural = head.endswith("s") and not head.endswith("ss")
    return plural or not _people_word(head)


#: Last words of a speaker that name people, more than one person, with no plural "s".
_PEOPLE = words("police people staff children couple family pair")


def _inline(
    text: str,
    start: int,
    end: int,
    verbs: list[tuple[int, int]],
    *,
    after_quote: bool = False,
) -> Attribution | None:
    """:func:`inline_attribution` with the reporting verbs of ``text[start:end]`` known.

    ``after_quote``: the stretch follows the quotation, whose speaker a request made later in
    the sentence does not name (``the word "We" ..., and he later asked the company to
    unwind it``: a verb such as ``asked`` or ``told`` with an object and ``to`` and a verb)."""
    for verb_start, verb_end in verbs:
        if text.startswith("ccording", verb_start + 1):  # (not "added", "asked"...)
            m = _ACCORDING.match(text, verb_end, end)
        elif text.startswith("saying", verb_start) and text[verb_start - 2 : verb_start] != ", ":
            m = _QUOTED_AS.match(text, start, verb_start)  # only "quoted X as saying"
        elif text[verb_start:verb_end] in _PARTICIPLES or text.startswith("saying", verb_start):
            m = _participle(text, start, verb_start, verb_end)
        elif text.startswith(",", verb_end) and text[max(start, verb_start - 5) : verb_start] in (
            "That ",
            "that ",
        ):
            continue  # "That said, the DEA says ...": a phrase that reports no speech
        elif _BE_AFTER.match(text, verb_end, end) is not None:
            continue  # "the Syrian claims are false", "what he said is true": no speech reported
        elif text.startswith(" out", verb_end) and text.startswith("ruled", verb_start):
            continue  # "ruled out a 'wealth tax'": a decision, not the words of a ruling
        elif _TO_VERB.match(text, verb_end, end) is not None or (
            after_quote
            and text[verb_start:verb_end] in _TRANSITIVE
            and _OBJECT_TO_VERB.match(text, verb_end, end) is not None
        ):
            continue  # "continued to sign up", "is said to be": no speech reported
        else:
            m = _SPEAKER_BEFORE.match(text, start, verb_start)
            if m is None and text[verb_start:verb_end] not in _TRANSITIVE:
                # "said Smith"; but the name after "told" or "called" is not the speaker.
                m = _NAME_AFTER.match(text, verb_end, end)
            if m is None and text[verb_end - 1] != "s":
                # "On Monday, officials said", "But lawyers for the family said": people named
                # in lower case, the whole clause before the verb (of eight words at most). (A
                # verb that ends in "s" has no plural subject: "sales reports showed" is none.)
                comma = text.rfind(", ", start, verb_start)
                lo = start if comma < 0 else comma + 2
                if text.count(" ", lo, verb_start) <= 8:
                    m = _PEOPLE_BEFORE.fullmatch(text, lo, verb_start)
        if m is not None:
            return _attribution(m, text[verb_start:verb_end])
    return None


def _participle(text: str, start: int, verb_start: int, verb_end: int) -> regex.Match[str] | None:
    """The subject of the sentence from ``start`` whose participle after a comma at
    ``verb_start`` reports speech (``The company cut 300 jobs, saying demand had "collapsed"``:
    the company); ``None`` where no comma stands before it, where ``start`` opens no sentence,
    where the participle reports none (``adding to losses``, ``calling for``, ``adding a
    third``) or no subject opens the sentence."""
    if text[verb_start - 2 : verb_start] != ", " or text.startswith(
        (" to ", " for ", " on "), verb_end
    ):
        return None
    if text.startswith("adding", verb_start) and not text.startswith(_ADDED_SPEECH, verb_end):
        return None  # "scored twice, adding a third": no speech
    if text.startswith("claiming", verb_start) and _CLAIMED_SPEECH.match(text, verb_end) is None:
        return None  # "tore through Florida, claiming 16 lives", "claiming their first trophy"
    if _NOT_SPOKEN.match(text, verb_start) is not None:
        return None  # "calling time on", "warning shots": no speech
    if start and text[start - 1] not in "\n" and text[start - 2 : start] not in _SENTENCE_GAPS:
        return None  # (the stretch read starts inside a sentence: its subject is unknown)
    if verb_start - start > _NEAR:
        return None  # (a main clause this long is no subject's; linear in a sentence of many)
    m = _PARTICIPLE_SUBJECT.fullmatch(text, start, verb_start)
    if m is None:
        return None
    _, _, owned = m.group("sp").partition("'s ")
    if owned and " " not in owned and (owned in _PAST or owned.endswith("ed")):
        # A possessive name and a verb (``Moody's cut``): the name is the subject.
        m = _PARTICIPLE_NAMED.fullmatch(text, start, verb_start)
        if m is None:
            return None
    first = m.group("sp").split(" ", 1)[0]
    if first in _OPENING_WORDS or first in _PREPOSITIONS or first.lower() in _NOT_SUBJECTS:
        return None  # "Last year the firm cut jobs, saying": a time, not who spoke
    passive = _PASSIVE.search(text, m.end("sp"), verb_start)
    if passive is not None and not _speechless_agent(text, passive.start(), verb_start - 2):
        return None  # "The company was fined by the regulator, saying": the regulator's words
    return m


#: Words for people or bodies that speak, which have none of the endings below.
_SPEAKING = words(
    """
    police authorities government court regulator watchdog critics opposition rivals staff
    people public media press union unions board panel jury committee council parliament
    congress senate ministry agency army military crowd crowds fans voters residents
    """
)
#: Nouns of things and events that cannot speak (``a wave of withdrawals``, ``rising fuel
#: costs``, ``a storm``), singular.
_SPEECHLESS = words(
    """
    wave series string spate run cost injury storm flood fire wildfire rain snow wind drought
    heat heatwave quake earthquake hurricane typhoon cyclone tornado tsunami landslide virus
    pandemic outbreak disease illness crisis shortage slump downturn slowdown recession surge
    rise fall drop decline rate inflation price withdrawal demand loss debt war scandal
    accident explosion blast crash glitch outage error problem delay weather competition
    uncertainty volatility strike sanction tariff turmoil selloff sell-off cyberattack hack
    breach leak default
    """
)
#: Endings of words for people (``regulators``, ``activists``, ``politicians``, ``tenants``).
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "one", "body")


def _speechless_agent(text: str, start: int, end: int) -> bool:
    """Tell whether the passive clause ``text[start:end]`` names by ``by`` an agent that says
    nothing (``The bank was hit by a wave of withdrawals, saying``, ``was battered by a storm``:
    a noun of :data:`_SPEECHLESS`): then the sentence's subject speaks. Any capitalised word
    (a name, a storm's too; a day or a month aside), a person's or a speaking body's word
    (``by regulators``, ``by the court``, ``by its chief executive``) or no ``by`` at all
    (``was fined £2m, saying``) leaves the words to no one."""
    by = text.rfind(" by ", start, end)
    if by < 0:
        return False
    agent = text[by + 4 : end].split(" ")
    if len(agent) > 10:
        return False
    speechless = False
    for word in agent:
        w = word.strip("()'’,;:.").lower()
        one = w[:-1] if w.endswith("s") else w
        if word[:1].isupper() and w not in _DATE_WORDS:
            return False
        if (
            w in _SPEAKING
            or one in _SPEAKING
            or _people_word(w)
            or w in _PERSON_WORDS
            or one in _PERSON_WORDS
            or one.endswith(_PERSON_ENDINGS)
        ):
            return False
        speechless = speechless or w in _SPEECHLESS or one in _SPEECHLESS
    # (Only a thing that cannot speak: not "contradicted by his own party".)
    return speechless


#: What follows "adding" where it reports speech: a clause or a quotation.
_ADDED_SPEECH = (" that ", ' "', " “", ": ", ', "', ", “", " ‘", " '")
#: What follows "claiming" where it reports speech: ``that``, a quotation, a colon, or a clause
#: that opens with a pronoun (``claiming it was "unworkable"``); not ``claiming 16 lives``.
_CLAIMED_SPEECH = regex.compile(
    r"(?:[ ]that[ ]|:[ ]|,?[ ]?[\"“‘']|[ ](?:it|he|she|they|we|there)[ ]"
    r"(?:was|were|is|are|had|has|have|would|will|could|did|does|do|wanted|needed)[ ])"
)
#: Participles in a sense that reports no speech: ``calling time on``, ``calling off``,
#: ``warning shots``, ``arguing with``.
_NOT_SPOKEN = regex.compile(
    r"(?:calling[ ](?:time|off|in|up|back)|warning[ ](?:shots?|signs?|lights?|sirens?|labels?"
    r"|letters?|systems?|bells?|track)|arguing[ ]with)\b"
)
#: A main clause in the passive (``was fined £2m by the regulator``, ``were sharply
#: criticised``): its subject did not speak. (Not a state: ``was delighted``, ``is concerned``.)
_PASSIVE = regex.compile(
    r"\b(?:was|were|is|are|been|being|be|got|gets|get)[ ](?:\p{Ll}+ly[ ])?"
    r"(?!(?:delighted|pleased|concerned|worried|disappointed|frustrated|surprised|shocked"
    r"|relieved|excited|determined|convinced|unconvinced|satisfied|dissatisfied|unmoved"
    r"|undeterred|unimpressed|unrepentant|adamant|united|divided|tired|scared|alarmed"
    r"|angered|outraged|encouraged|heartened|saddened|dismayed|furious|forced|set|due"
    r"|expected|able|unable|keen|quick|slow)\b)"
    r"(?:(?:\p{Ll}+(?:ed|en|wn)|hit|cut|put|shut|held|told|sent|caught|brought|struck|shot"
    r"|sold|paid|kept|left|found|made|led|sued|bought|won|lost|built|hurt|spent)\b(?![ ]to\b)"
    r"|[^,]{1,60}?[ ]by[ ](?!\d|far\b))"
)
_SENTENCE_GAPS = frozenset((". ", "! ", "? ", '" ', "” ", ") "))
#: Capitalised words that open a sentence as a time or a manner, never its subject.
_NOT_SUBJECTS = words(
    """
    yesterday today tonight overall separately instead earlier recently previously finally
    first second nevertheless nonetheless however still last next
    """
)


def _verbs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The reporting verbs of ``text[start:end]`` in order, found through its words (a word set
    lookup is far cheaper than scanning with a pattern of alternative words)."""
    chunk = text[start:end]
    forms = _VERB_FORMS.keys() & chunk.split()
    according = "ccording to" in chunk
    if not forms and not according:
        return []  # most stretches around a quote: nothing more to look for
    present = {_VERB_FORMS[w] for w in forms}
    if according:
        present.add("according")
    out = []
    for verb in present:
        pos = text.find(verb, start, end)
        while pos >= 0:
            stop = pos + len(verb)
            if (pos == 0 or not text[pos - 1].isalnum()) and (
                stop >= len(text) or not text[stop].isalnum()
            ):
                if verb[1:] == "ccording":
                    if text.startswith(" to", stop):
                        out.append((pos, stop + 3))
                else:
                    out.append((pos, stop))
            pos = text.find(verb, stop, end)
    if "according" in present:
        pos = text.find("According to", start, end)
        if pos >= 0:
            out.append((pos, pos + 12))
    return sorted(out)


def _attribution(m: regex.Match[str], verb: str | None = None) -> Attribution:
    """The speaker of ``m`` (a name in an appositive wins over a role, not over a name, as in
    ``Sen. Mitch McConnell, R-Ky., said``) and the verb."""
    groups = m.re.groupindex  # (not every pattern has an appositive or an affiliation)
    # (Speed: the groups read by their numbers; a name costs four times as much to read.)
    sp = groups["sp"]
    pm = groups.get("pm")
    speaker = m.group(sp)
    start = m.start(sp)
    if speaker is not None and speaker[:1].isupper() and m.string[start - 1 : start] == " ":
        # "von der Leyen told": a surname that opens with particles in lower case.
        lead = _LEADING_PARTICLES.match(m.string, max(m.pos, start - 12), start)
        if lead is not None:
            speaker = lead.group() + speaker
        elif m.string[start - 4 : start] in ("the ", "The ") and (
            "'s " in speaker or "’s " in speaker
        ):
            # "the Fed's Powell said": the article says the possessive is an organisation's,
            # whose person is named after it (see _after_owner).
            speaker = "the " + speaker
    if speaker is not None and speaker[:1].isupper():
        # A nickname in quote marks splits the name (see _nickname): the words on both sides.
        end = m.end(sp)
        if m.string[end + 1 : end + 2] in _NICK_MARKS:
            nick = _NICK_THEN_NAME.match(m.string, end)
            if nick is not None:
                speaker = f"{speaker} {nick.group('sp')}"
        if m.string[start - 2 : start - 1] in _NICK_MARKS:
            nick = _NAME_THEN_NICK.match(m.string, max(m.pos, start - 80), start)
            if nick is not None:
                speaker = f"{nick.group('sp')} {speaker}"
    if (
        speaker is not None
        and m.string.startswith(" (", m.end(sp))
        and all(map(_is_title, speaker.split(" ")))
    ):
        # "said Brig. Gen. (ret.) Anne Macklin": titles, a bracket of theirs, then the name.
        named = _BRACKET_THEN_NAME.match(m.string, m.end(sp))
        if named is not None:
            speaker = named.group("sp")
    if speaker is not None and speaker[:1].isupper():
        # "Ana Ruiz and her deputy Tom Hale said", "said Ana Ruiz & her husband, Tom Hale":
        # two speakers, the second named by whose they are.
        first = (
            _THEIR_BEFORE.match(m.string, max(m.pos, start - 100), start)
            if m.string[start - 2 : start - 1].islower()
            else None
        )
        one = None if first is None else _clean_speaker(first.group("sp"))
        if first is not None and one is not None:
            speaker = f"{one} {first.group('joint')} {speaker}"
        elif m.string.startswith((" and ", " & "), m.end(sp)):
            second = _THEIR_AFTER.match(m.string, m.end(sp))
            if second is not None:
                speaker = f"{speaker} {second.group('joint')} {second.group('sp')}"
            else:
                people = _THEIR_PEOPLE.match(m.string, m.end(sp))
                if people is not None and _people_word(people.group("who")):
                    speaker += people.group()
                elif "verb" in groups and start > m.start(groups["verb"]):
                    # "said Ann Lee and Tom Roe.": two speakers named after the verb.
                    second = _AND_THEN_NAME.match(m.string, m.end(sp))
                    if second is not None:
                        speaker = f"{speaker} {second.group('joint')} {second.group('sp')}"
    if (
        speaker is not None
        and start >= 5
        and m.string.startswith(" and ", start - 5)
        and speaker[:1].isupper()
    ):
        first = _NAME_AND.match(m.string, max(m.pos, start - 80), start)
        if first is not None:
            speaker = f"{first.group('sp')} and {speaker}"
        elif m.string[start - 6 : start - 5].isalpha():
            before = m.string.rfind(" ", m.pos, start - 5) + 1
            if m.string[before : before + 1].isupper():
                # "The Department of Health and Human Services said": the end of a longer name
                # whose words before "and" follow a preposition (so are no speaker of their
                # own): the whole name, not its tail.
                return _and_name(m, verb if verb is not None else m.group(groups["verb"]), start)
    if (
        speaker is not None
        and speaker[:1].isupper()
        and (m.re is _NAME_AFTER or ("verb" in groups and start > m.start(groups["verb"])))
    ):
        # "said DNB analyst Petter Lunde": the name after the firm and the title.
        named = _TITLE_THEN_NAME.match(m.string, m.end(sp))
        if named is not None:
            speaker = named.group("sp")
    if m.re is _AFTER and start > m.start(groups["verb"]) and _is_role(speaker):
        # "said Qatar's prime minister, Sheikh Mohammed": a role, then its name in apposition.
        named = _OTHER_APPOSITIVE.match(m.string, m.end(sp), m.end(sp) + _NEAR)
        if named is not None:
            speaker = named.group("sp")
    elif (
        speaker is not None
        and speaker.endswith(("'s", "’s"))
        and (m.re is _AFTER or m.re is _NAME_AFTER)
    ):
        # "said Shinzo Abe's brother, Nobuo Kishi": the name owns the role after it; the
        # speaker is the name in apposition, else the role as written.
        role = _POSSESSED.match(m.string, m.end(sp))
        if role is not None:
            named = _OTHER_APPOSITIVE.match(m.string, role.end(), role.end() + _NEAR)
            speaker = named.group("sp") if named is not None else speaker + role.group()
    if (
        speaker is not None
        and _is_title(speaker.rpartition(" ")[2])
        and speaker[:1].isupper()
        and not (pm is not None and m.group(pm))
    ):
        # "said Secretary of State Marco Rubio": the title's "of" phrase ends in the name.
        office = _TITLE_OF.match(m.string, m.end(sp))
        if office is not None:
            speaker = _person_after_office(office.captures("obj")[-1]) or speaker
    app = m.group(groups["app"]) if "app" in groups else None
    app2 = m.group("app2") if app else None
    opener = speaker is not None and speaker.split(" ")[0] in _PREPOSITIONS
    if (
        app2
        and (opener or _is_role(speaker))
        and _is_role(app)
        and _NAME_RX.fullmatch(app2.strip())
    ):
        # "Outside court, the charity's chief, Ann Lee, said": a role, then its name; what
        # stands before them opened the sentence.
        speaker = app2.strip()
    elif app and (opener or _is_role(speaker)) and _NAME_RX.fullmatch(app.strip()):
        speaker = app.strip()
    elif app and _is_role(speaker) and (named := _NAME_WITH_OF.fullmatch(app.strip())):
        # "One of them, Rep. Jared Golden of Maine, said": a name with its affiliation.
        speaker = _affiliated(named.group("sp"), named.group("pm"), named.captures("obj")[-1])
    elif pm is not None and m.group(pm):
        return Attribution(
            _affiliated(speaker, m.group(pm), m.captures("obj")[-1]),
            verb if verb is not None else m.group(groups["verb"]),
        )
    said = verb if verb is not None else m.group(groups["verb"])
    if said in ("according to", "According to") and speaker is not None and " " in speaker:
        # "according to a statement from Siemens": the one who issued it.
        issued = _ISSUER.fullmatch(speaker.rstrip(".,;: "))
        if issued is not None and issued.group("doc") in _ISSUED:
            # (Not a date: "a report from last week", "a survey from January".)
            who = issued.group("sp")
            issuer_word = who.removeprefix("the ").split(" ", 1)[0]
            if (issuer_word[:1].isupper() and issuer_word not in _WHEN_WORDS) or (
                who.startswith("the ") and who.rpartition(" ")[2] not in _WHEN_WORDS
            ):
                speaker = who
    return Attribution(_clean_speaker(speaker), said, start if speaker in _HE_SHE else None)


#: Words of a date or a time, which an issuer's name never opens.
_WHEN_WORDS = words(
    """
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday Today Yesterday Last This Next Earlier Spring Summer Autumn Winter day
    days week weeks month months year years morning afternoon evening night weekend quarter
    """
)
#: What a source issues, which ``according to`` may name instead of the source itself.
_ISSUED = _DOCUMENTS | words(_ISSUED_WORDS)
#: A document and who issued it (``a statement from Siemens``, ``data from the ONS``, ``a
#: report by the UN``, ``a filing with the SEC`` is no issuer's: not read).
_ISSUER = regex.compile(
    r"(?:(?:a|an|the|its|their|his|her)[ ])?(?:[\p{Ll}\-]+[ ]){0,2}?(?P<doc>\p{Ll}+)"
    r"[ ](?:from|by|issued[ ]by|released[ ]by|published[ ]by)[ ](?P<sp>\S.*)",
    regex.VERSION1,
)


#: The pronouns that stand for one person (or, ``it``, one organisation), whom the text may
#: have named just before.
_HE_SHE = frozenset(("he", "she", "He", "She", "it", "It"))


def _and_name(m: regex.Match[str], said: str, start: int) -> Attribution:
    """The attribution of ``m``, whose speaker at ``start`` ends a longer name with ``and`` in
    it, found before its verb: the person after an office (``Minister of Trade and Industry
    Ann Lee said``: Ann Lee), else the clause before the verb as written, if short (``A
    spokeswoman for Citizens for Responsibility and Ethics in Washington said``), else no
    one (never the name's tail, ``Human Services``). ``said``: the verb."""
    groups = m.re.groupindex
    end = m.end("pm") if "pm" in groups and m.group("pm") else m.end("sp")
    if "verb" in groups and m.start("verb") < end:
        return Attribution(None, said)  # (the verb before the name: "said Minister of ...")
    text = m.string
    tail = text[start:end]
    person = _person_after_office(tail) if " " in tail else None
    if person is not None and person != tail:
        return Attribution(_clean_speaker(person), said)
    lo = max(text.rfind(", ", m.pos, start), text.rfind(". ", m.pos, start))
    lo = m.pos if lo < 0 else lo + 2
    clause = text[lo:end].strip().split(" ")
    if clause[0] in _OPENING_WORDS:
        clause = clause[1:]
    if len(clause) > 10 or not (clause[0][:1].isupper() or clause[0] in _DETERMINERS):
        return Attribution(None, said)
    return Attribution(" ".join(clause), said)


def _is_role(phrase: str | None) -> bool:
    """A role opens with a determiner or ends in a word in lower case (``Sweden's deputy
    director of public prosecutions``); a name ends in a capital (``Sen. Tom Reed``)."""
    if phrase is None:
        return False
    words = phrase.split(" ")
    return words[0].lower() in _DETERMINERS or words[-1][:1].islower()


def _affiliated(name: str, tail: str, last: str) -> str | None:
    """The speaker of ``name`` followed by ``tail`` (``of RMIT University``, ``at BNP``).

    A person's name (two words, or one after a title) drops its affiliation: ``Prof. Oliver
    Jones of RMIT University`` gives ``Oliver Jones``. An organisation's name keeps its ``of``
    phrase (``Bank of England``), and so does a single word that may be a common noun at the
    start of a sentence (``Analysts at BNP``, ``Officials in Kyiv``): the phrase as written. A
    title alone (``Head of the IMF Kristalina Georgieva``) gives the last name, as before.
    """
    cleaned = _clean_speaker(name)
    if cleaned is None:
        return None
    head = name.strip().split(" ")
    if head[-1].lower() in _ORGANISATIONS:
        return _clean_speaker(name + tail)
    if len(head) == 1 and head[0].lower() in _TITLES:
        return _clean_speaker(_person_after_office(last) or last)
    if _is_title(head[-1]):
        # A title after a place or another title: "U.S. Secretary of State Antony Blinken",
        # "Deputy Minister of Finance Ali Hassan": the person after the office, if named.
        person = _person_after_office(last)
        if person is not None:
            return _clean_speaker(person)
    if len(cleaned.split(" ")) >= 2 or cleaned != name.strip() or _is_role(name):
        return cleaned
    return _clean_speaker(name + tail)


def _person_after_office(run: str) -> str | None:
    """The person's name at the end of ``run``, the capitalised words after a title's ``of``
    (``Secretary of State Adrian Fontes``: Adrian Fontes; ``President of the European Commission
    Ursula von der Leyen``: Ursula von der Leyen). The office's words and the name make one run;
    a name is taken as its last two words and the particles between them, or as all the words
    after a minister's portfolio (``State Rubio``: Rubio; ``Finance Sri Mulyani Indrawati``;
    an office of two parts is read from its second: ``Trade and Industry Ann Lee``). A
    run of two words or fewer, or one that ends in an organisation's word (``Federal Reserve
    Board``), gives none."""
    words = run.split(" ")
    if "and" in words:
        # "Trade and Industry Ann Lee", "Health and Human Services Xavier Becerra": the office
        # has two parts; the name is in the second.
        words = words[words.index("and") + 1 :]
        run = " ".join(words)
    office = 0
    while office < len(words) and words[office].rstrip(".").lower() in _PORTFOLIOS:
        office += 1
    if 0 < office < len(words):
        return " ".join(words[office:])  # "State Rubio", "Homeland Security Kristi Noem"
    if len(words) < 3 or words[-1].rstrip(".").lower() in _ORGANISATIONS:
        return None
    body = max((i for i, w in enumerate(words[:-1]) if w.lower() in _ORGANISATIONS), default=-1)
    if body >= 0:
        return " ".join(words[body + 1 :])  # "Arab League Ahmed Aboul Gheit": after the body
    count = 0
    i = len(words)
    while i > 0 and count < 2:
        i -= 1
        if words[i][:1].isupper() and words[i] not in _KEEP_STOP:
            count += 1
    return " ".join(words[i:])


def _is_title(word: str) -> bool:
    """Tell whether ``word`` is a title or role before a name; it may be hyphenated
    (``Vice-President``, ``Secretary-General``)."""
    low = word.lower()
    return low in _TITLES or ("-" in low and low.rpartition("-")[2] in _TITLES)


def _capitalised(word: str) -> bool:
    """Whether a word of a name is capitalised (``Safadi``, or ``al-Safadi`` after its article)."""
    return word[:1].isupper() or (word[2:3] == "-" and word[3:4].isupper())


#: Last words of a firm's name (``Toyota Motor Corp``): what a possessive owns there is no
#: person (``Moody's Investors Service`` stays whole).
_FIRMS = words("corp corp. inc inc. co co. ltd ltd. plc llc group service holdings")


#: Words that follow an owner's possessive in a firm's name (``Moody's Analytics``,
#: ``Domino's Pizza``, ``Lloyd's Register``): one of them alone after the owner is no surname.
_FIRM_WORDS = words(
    """
    analytics ratings investors pizza register capital financial finance motors motor airlines
    airways foods food media news entertainment partners securities insurance energy health
    healthcare research labs laboratories stores store restaurants restaurant brands systems
    technologies technology software games studios studio records music books press publishing
    club pharmaceuticals pharma international global worldwide online digital solutions services
    industries enterprises resorts hotels cruises markets retail bakery kitchen cafe bar pub
    garage farm farms dairy brewery supermarkets mills works home homes
    """
)


def _after_owner(words: list[str]) -> list[str]:
    """The person's name after a possessive that says whose they are: ``the Fed's Powell``,
    ``Pulse Asia's Ronald Holmes``, ``Slot's assistant Sipke Hulshoff`` (a description in lower
    case between). What a possessive owns stays whole where it is no person's name: a role
    (``Ann Lee's lawyer``), an organisation (``Japan's Foreign Ministry``), a title (``Saudi
    Arabia's Energy Minister``), or one word after an owner without ``the``, which may be a
    firm's name (``Moody's Analytics``, see :data:`_FIRM_WORDS`, or an acronym: ``Germany's
    SPD``) and not a surname (``Tesla's Musk``); and so does a phrase whose owner follows a word in
    lower case (``the head of Japan's Toyota Motor``: the head is the speaker)."""
    k = max((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), default=-1)
    if k < 0 or not all(_capitalised(w) for w in words[1 if words[0] in ("the", "The") else 0 : k]):
        return words
    rest = words[k + 1 :]
    i = len(rest)
    while i > 0 and (_capitalised(rest[i - 1]) or (rest[i - 1] in _LEAD_SET and i < len(rest))):
        i -= 1
    name = rest[i:]
    if not name or name[-1].lower() in _ORGANISATIONS or name[-1].lower() in _FIRMS:
        return words
    if _is_title(name[-1]) or name[0] in _LEAD_SET:
        return words
    if len(name) >= 2 or i > 0 or words[0] in ("the", "The"):
        return name
    one = name[0]
    if not (one.isupper() or one.lower() in _FIRM_WORDS or one.rstrip(".").lower() in _FIRMS):
        return name  # "Tesla's Musk", "Italy's Meloni": a surname, as news writes it short
    return words


#: Words that stand for someone the text does not name (``Another said: "..."``, ``"...," one
#: said``): no speaker, as a pronoun is none.
_INDEFINITE_PRONOUNS = frozenset(
    ("another", "one", "others", "some", "many", "several", "both", "all", "most", "few")
)


def _clean_speaker(phrase: str | None) -> str | None:
    if phrase is None:
        return None
    words = phrase.strip(" ,;:").split(" ")
    if len(words) > 1 and words[0] in _OPENING_WORDS:
        words = words[1:]  # "But officials said": officials
    if (
        len(words) > 2
        and words[0] in ("the", "The")
        and words[1].endswith(".")
        and words[1].lower() in _TITLES
        and words[-1][:1].isupper()
    ):
        words = words[1:]  # "the Rev. Ann Lee": an abbreviated title only ever stands before a name
    if len(words) == 1 and (
        _PRONOUN_RX.fullmatch(words[0]) or words[0].lower() in _INDEFINITE_PRONOUNS
    ):  # (the length first: cheaper)
        return None
    if len(words) > 1 and ("'s " in phrase or "’s " in phrase):
        words = _after_owner(words)
    joint = "and" if "and" in words[1:-1] else "&" if "&" in words[1:-1] else None
    if joint is not None and words[0][:1].isupper():
        # Two speakers, each with a title of their own: "Sen. Ann Lee and Rep. Tom Cole",
        # "Mayor Ana Ruiz & Deputy Mayor Tom Hale"; or a firm's name: "Procter & Gamble".
        k = words.index(joint)
        if joint == "&" and k == 1:
            # One word before "&": a firm's name ("Marks & Spencer"), maybe with a title and
            # its person after it ("Johnson & Johnson CEO Joaquin Duato").
            rest = words[3:]
            if any(map(_is_title, rest)):
                return _clean_speaker(" ".join(rest))
            tail = words[-1]
            if tail.endswith(".") and tail not in _KEEP_STOP:
                words[-1] = tail.rstrip(".")  # ("said Procter & Gamble.": the sentence's stop)
            return " ".join(words)
        left, right = " ".join(words[:k]), " ".join(words[k + 1 :])
        if right[:1].isupper() and words[-1][:1].isupper():
            first, second = _clean_speaker(left), _clean_speaker(right)
            if first is not None and second is not None:
                return f"{first} {joint} {second}"
    # Titles go before a name, not from a role ("The prime minister", "Japan's prime minister").
    # (A name may end in an Arabic article and a capital: "Ayman al-Safadi".)
    if words[0][:1].isupper() and _capitalised(words[-1]) and words[0].lower() not in _DETERMINERS:
        last_title = -1
        end = len(words) - 1
        while end > 1 and words[end].rstrip(".") in _GENERATIONS:
            end -= 1  # "Martin Luther King III": the word before "III" is a name, not a title
        for i, w in enumerate(words[:end]):
            if _is_title(w) or (w == "Sri" and i and words[i - 1] in ("Tan", "Puan")):
                last_title = i  # (Malaysia's "Tan Sri", "Puan Sri": "Tan" alone is a surname)
        words = words[last_title + 1 :]
        if last_title >= 0:
            # A portfolio after the title, as Indonesian writes it ("Menteri Keuangan Sri
            # Mulyani": Minister of Finance): the name follows it.
            office = 0
            while office < len(words) - 1 and words[office].lower() in _PORTFOLIOS:
                office += 1
            words = words[office:]
        if len(words) > 1 and not _capitalised(words[0]):
            # A description between the title and the name ("Ueda's former colleague Hiroshi
            # Watanabe"): the name is the capitalised words after its last word in lower case.
            lower = [i for i, w in enumerate(words) if not _capitalised(w) and w not in _LEAD_SET]
            if lower:  # (none after a particle alone: "CEO da Silva")
                words = words[lower[-1] + 1 :] or words
    elif words[-1][:1].isupper() and not _AFFILIATING.intersection(words):
        # A description before a name ("the 14th-ranked Schwartzman"): the capitalised words
        # after its last word in lower case ("The White House" has none: it stays whole).
        lower = [i for i, w in enumerate(words) if i and not w[:1].isupper() and w not in _LEAD_SET]
        # (Not before a nationality, which is no name: "the 34-year-old Spaniard" stays whole.)
        if lower and words[-1].rstrip(".") not in _NATIONALITIES:
            words = words[lower[-1] + 1 :]
    while len(words) > 1 and words[-1] in _POSTNOMINALS:
        words.pop()
    tail = words[-1]
    if tail.endswith(".") and not (tail in _KEEP_STOP or (len(tail) == 2 and tail[0].isupper())):
        words[-1] = tail.rstrip(".")
    out = " ".join(w for w in words if w)
    return out or None

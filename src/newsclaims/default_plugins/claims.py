"""Built-in plugin ``newsclaims.claims``: statements, quotes, key points, headlines, pull quotes.

- ``headline``: one claim per ``headline`` section.
- ``key_point``: one claim per item of a ``key_points`` section, without its number or bullet.
- In the body, one claim per sentence:

  - ``pull_quote``: a paragraph that is nothing but one quotation, with no speaker, whose words
    mostly recur in the rest of the text (it restates the story);
  - ``quote``: a sentence with an attributed quotation (``"...," X said``, ``said X``,
    ``X said: "..."``, ``according to X``, a partial quote ``X called it "..."``, a participle
    after a comma ``X cut jobs, saying demand had "collapsed"``), or one that
    is mostly quotation, or one signed with a dash (``"..." — Jane Doe``: a speaker, no verb); a
    quotation over several sentences gives each of them the speaker, and one left open at a
    paragraph's end keeps it in the paragraph that reopens it (and takes the one that
    paragraph names, if it had none); a quotation that ``he`` or ``she`` said takes the one
    person named right before, and one that ``it`` said the one organisation, where nothing
    else is named between (see
    :func:`_antecedent`); a transcript's turn
    (``OKAFOR: ...``) is a quote of its label (see :func:`_transcript_turns`); an answer of an
    interview written without labels is a quote of no one named (see
    :func:`_interview_answers`);
  - ``statement``: every other sentence.

  A sentence that opens with a list item's number or bullet (``- Prices fell.``, ``2) ...``)
  claims without it, as a key point does, and so does one (or a key point) that opens with a
  label in bold (``**Costs:** Fees rose.``); a quote keeps its label, which may name its
  speaker, unless it names its speaker after it (``**Outlook:** Powell said ...``). A line
  that asserts nothing (a subheading, also one that asks a question, a dateline or credit
  line alone, a live blog's time stamp, a list's lead-in ending in a colon, a line of
  hashtags) is no claim (see ``_asserts_nothing``).

Claims never include the citation markers that trail them; the core links those markers.
Each claim says whether it is check-worthy (see ``_checkworthy``).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import Counter
from collections.abc import Iterator, Sequence

import regex

from newsclaims import Claim, ClaimExtractor, Document, Register, Span, hookimpl
from newsclaims._memo import text_cache
from newsclaims.default_plugins._checkworthy import checkworthy
from newsclaims.default_plugins._gender import contradicts, name_sex
from newsclaims.default_plugins._lines import SUPERSCRIPT_DIGITS, SUPERSCRIPT_TAIL
from newsclaims.default_plugins._quotes import (
    DIALOGUE_DASHES,
    FUNCTION_WORDS,
    NOBODY,
    SPEAKING_THINGS,
    Attribution,
    QuoteRegion,
    attribute,
    capitalised_inside,
    clean_label,
    dialogue_close,
    find_quotes,
    firm_like,
    inline_attribution,
    labelled,
    named_before,
    names_someone,
    one_person,
    opens_single,
    organisation_subject,
    person_role,
    shows_person,
    subject_person,
    told_no_one,
    unlike_it,
)
from newsclaims.default_plugins._words import words
from newsclaims.default_plugins.keypoints import is_key_heading

_ITEM_MARK = regex.compile(r"[^\S\n]*(?:\d{1,3}[.)]\)?|[a-zA-Z][.)]|[•\-*–—▪◦‣●⁃])[^\S\n]+")
# The mark of a list item in the body: a number, a letter in lower case, or a bullet. (Not a
# capital and a full stop, which opens a name: "E. Jean Carroll testified"; nor an em dash,
# which signs a pull quote.)
_BODY_MARK = regex.compile(
    r"(?:\d{1,3}[.)]\)?|\(\d{1,3}\)|[a-z][.)]|\([a-z]\)|[•\-*–▪◦‣●⁃])[^\S\n]+"
)
_BODY_MARK_FIRST = frozenset("0123456789(•-*–▪◦‣●⁃abcdefghijklmnopqrstuvwxyz")
# How a sentence may end: a full stop, a question, a closing quote mark or bracket...
_SENTENCE_END = frozenset(".!?…\"'”’)];,")
# A dateline alone on its line: a place in capitals, a state, country or date after a comma,
# an agency in brackets, a dash (``SIOUX FALLS, S.D.``, ``WASHINGTON (AP) —``).
_DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu}'’.\-]+(?:[ ]\p{Lu}[\p{Lu}'’.\-]+){0,3}"
    r"(?:,[ ][\p{L}\p{N}.]+(?:[ ][\p{L}\p{N}.]+){0,2})?(?:[ ]\([^()\n]{1,30}\))?(?:[ ]*[—–-])?"
)
#: A sentence of one word and a full stop is no longer than this (in characters).
_ONE_WORD = 24
_DATELINE_MAX = 80  # (characters: a longer line is no dateline alone)
# Three cells or more set apart by runs of spaces: a table's row as text browsers lay it out.
_ALIGNED_CELLS = re.compile(r"\S {2,}\S(?:.*?\S)? {2,}\S")
# A time stamp alone on its line, as live blogs head each entry: ``09:15``, ``10:42 GMT``,
# ``11:30 a.m.``, ``9.05am ET``, ``14h30``.
_TIMESTAMP = regex.compile(
    r"\d{1,2}[:.h]\d{2}(?:[ ]?[ap]\.?m\.?)?(?:[ ]\p{Lu}{2,4}(?:[+-]\d{1,2})?)?"
)
# (Citation markers may follow the full stop: ``... in May.[1][2]``.)
_TERMINAL = regex.compile(
    r"[.!?…][\"'”’)\]]*(?:[ ]?\[\^?\d{1,4}(?:[,;\-–][ ]?\d{1,4})*\]|[⁰¹²³⁴-⁹])*[ \t]*$"
)
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]{2,}")
_START = operator.attrgetter("start")
_QUOTE_MARKS = '"“”«»„‘'
# Chinese and Japanese corner brackets: their closing ones are looked for only where an
# opening one stands (two scans, not four, in the many texts with none).
_CORNER_MARKS = (("「", "」"), ("『", "』"))
_BEFORE_SINGLE = " \n(—"  # (what may stand before a straight single mark that opens)
_STOPWORDS = words(
    """
    the and for that with from this was were are has have had its his her their they them
    into over under about after before between while which who whom whose will would could
    should been being not but also than then there these those such very more most other
    """
)


def extract(doc: Document) -> list[Claim]:
    """The claims of ``doc``, section by section, in text order (its sentences in order, as
    the pipeline gives them)."""
    text = doc.text
    markers = [m.span for m in doc.markers]
    marker_starts = [s.start for s in markers]
    sentences = doc.sentences
    out: list[Claim] = []
    k = 0
    # Each label of a transcript's turns ends in its own ": " (or ":** "), and most texts have
    # fewer than four of them: counted once, not per section, which made long texts quadratic.
    turns: bool | None = None
    interview: bool | None = None  # whether two lines end in a question (an interview's?)
    for section in doc.sections:
        lo = k
        k = bisect.bisect_left(sentences, section.span.end, lo, key=_START)
        kind = section.kind
        if kind == "headline":
            said = _quoted_item(text, section.span, headline=True)
            out.extend(_one(_claim(doc, section.span, "headline", markers, marker_starts, said)))
        elif kind == "key_points":
            for item in _items(text, section.span):
                said = _quoted_item(text, item)
                out.extend(_one(_claim(doc, item, "key_point", markers, marker_starts, said)))
        elif kind == "body" and lo < k:
            first = len(out)
            _body(doc, sentences[lo:k], markers, marker_starts, out)
            if turns is None:
                turns = _turn_colons(text) >= 4
            if turns:
                _transcript_turns(text, out, first)
            if interview is None:
                interview = text.count("?\n") >= 2
            if interview:
                _interview_answers(text, section.span, out, first)
    return out


def _quoted_item(text: str, span: Span, *, headline: bool = False) -> Attribution | None:
    """Who a headline or a key point quotes (``'We will not back down,' says PM``; ``- "Prices
    will fall," said Ann Lee [2].``), read as a quotation in the body is, or named by a
    headline's label (``Ann Lee: 'We will win'``); ``None`` if it quotes no one. The claim keeps
    its kind: its place in the document."""
    item = text[span.start : span.end]
    if not ('"' in item or "“" in item or "‘" in item or "'" in item or "«" in item):
        return None  # (most headlines and key points quote nothing)
    regions = find_quotes(text, span.start, span.end)
    for region in regions:
        said = attribute(text, region, span.start, span.end)
        if said is not NOBODY:
            return said
    return labelled(text, span.start, regions[0]) if headline and regions else None


def _transcript_turns(text: str, claims: list[Claim], first: int) -> None:
    """Give the claims of a transcript's turns (``OKAFOR: We can afford books.``) their
    speaker, from ``claims[first:]`` on: the sentences of a line that opens with a speaker's
    label and a colon become quotes of that label, with no verb, when the text takes turns
    (see :func:`_turn_labels`). A quotation the rules already attributed keeps its speaker.
    (The caller skips a text with fewer than four labels' colons: that costs no cache
    look-up, which hashes the whole text.)"""
    labels = _turn_labels(text)
    if not labels:
        return
    names = {label: clean_label(label) for label in labels}
    speaker: str | None = None
    line = seen = 0  # the start of the line of the claim before; text[:seen] was searched
    for i in range(first, len(claims)):
        claim = claims[i]
        start = claim.span.start
        found = text.rfind("\n", seen, start)  # (from the claim before: linear time)
        if found >= 0:
            line = found + 1
        seen = start
        lead = text[line:start]
        at = start - len(lead.lstrip())  # where the line's text starts
        # The claim opens its line, or lost only the bold label that opens it (``**Ueda:** ``,
        # see :func:`_unlabelled`): the line's label, if any, is its speaker's.
        if at == start or (text[at] == "*" and _label_end(text, at) == start):
            label = _TURN.match(text, at)
            speaker = names.get(label.group(1)) if label is not None else None
        if speaker is not None and claim.speaker is None and claim.verb is None:
            claims[i] = _new_claim(claim.text, claim.span, "quote", speaker, None, True)


# A question addressed to someone (``you``, ``your``) and words that speak of oneself.
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|My|we|We|our|Our)\b")
# An interviewer's label before a question (``Q: ...``): one that names no one.
_QUESTION_LABEL = re.compile(r"(?:\*\*)?(?:Q|Question|QUESTION)(?::\*\*|\*\*:|:|\.) ")
_QUOTE_MARK_CHARS = frozenset('"“”«»„')


#: An interview without labels puts this many questions at least (a column asks its readers
#: one or two, and answers them in its writer's voice).
INTERVIEW_QUESTIONS = 3
# Words of an interview's introduction that say it is one, in the publication's own voice
# ("We asked him to share...", "I spoke to her last week", "Here's what she had to say"; not
# "we sat down with our savings": one's own).
_INTERVIEW_CUE = re.compile(
    r"\b(?:ask(?:ed|s)?|interview\w*|sp(?:oke|eaks?)[ ](?:to|with)|talk(?:ed|s)?[ ](?:to|with)"
    r"|sat[ ]down[ ]with(?![ ](?:my|our)\b)|conversation|Q[ ]?&[ ]?A|had[ ]to[ ]say"
    r"|chat(?:ted)?[ ]with)\b",
    re.IGNORECASE,
)


def _interview_answers(text: str, section: Span, claims: list[Claim], first: int) -> None:
    """Make the statements of an interview's unlabelled answers, from ``claims[first:]`` on,
    quotes with no speaker (nor verb): where lines of the body ``section`` are questions (a
    line that ends in ``?``, with no quote mark, maybe after a ``Q:`` label),
    ``INTERVIEW_QUESTIONS`` or more, at least two of them put to someone (with ``you`` or
    ``your``), each followed by lines up to the next question (its answer), and at least two
    answers and half of them speak of oneself (``I``, ``my``, ``we``...) outside quotation
    marks, the lines of each answer are the interviewee's words, not the publication's;
    unless the lines above the first question speak of oneself too with no word of an
    interview (``asked``, ``spoke to``...; or ``interview`` in the headline: ``The Interview:``): a
    columnist's voice; or where two questions at least and every answer are labelled (``Q:``
    and ``A:``, see :func:`_labelled_turns`), with a word of an interview above them or an
    answer that speaks of oneself. Who the interviewee is the
    text gives by no label: the speaker stays unset. (An explainer's questions are answered
    in the publication's voice, with no ``I`` but in the quotations of the people it names:
    its statements stay.) A quotation an answer attributes keeps its speaker."""
    questions: list[tuple[int, int]] = []  # each question's line: its start and end
    put = 0  # how many of them are put to someone
    # (Speed: found through their question marks, not line by line.)
    pos = text.find("?", section.start, section.end)
    while pos >= 0:
        stop = min(_line_end(text, pos), section.end)
        if pos + 1 < stop and not text[pos + 1 : stop].isspace():
            pos = text.find("?", pos + 1, section.end)  # (not at its line's end)
            continue
        start = max(text.rfind("\n", section.start, pos) + 1, section.start)
        line = text[start:stop].strip()
        if _QUOTE_MARK_CHARS.isdisjoint(line) and (
            ": " not in line or _QUESTION_LABEL.match(line) is not None
        ):
            questions.append((start, stop))
            put += _YOU.search(line) is not None
        pos = text.find("?", stop, section.end)
    if len(questions) < 2:
        return
    answers = []  # each answer: the stretch after its question, to the next one
    for (_, end), (nxt, _) in itertools.pairwise([*questions, (section.end, section.end)]):
        if text[end:nxt].strip():
            answers.append((end, nxt))
    labelled = _labelled_turns(text, questions, answers) and (
        # (An explainer labels its questions and answers too, in its own voice.)
        _INTERVIEW_CUE.search(text, section.start, questions[0][0]) is not None
        or _INTERVIEW_TITLE.search(text, 0, section.start) is not None
        or any(_speaks_of_oneself(text, a, b) for a, b in answers)
    )
    if not labelled:
        if put < 2 or len(questions) < INTERVIEW_QUESTIONS:
            return
        intro = questions[0][0]
        if (
            _speaks_of_oneself(text, section.start, intro)
            and _INTERVIEW_CUE.search(text, section.start, intro) is None
            and _INTERVIEW_TITLE.search(text, 0, section.start) is None
        ):
            return  # (the lines above the first question are the writer's own: a column's)
        own = sum(_speaks_of_oneself(text, a, b) for a, b in answers)
        if own < 2 or own * 2 < len(answers) or len(answers) < len(questions) - 1:
            return
    k = 0
    for i in range(first, len(claims)):
        claim = claims[i]
        start = claim.span.start
        while k < len(answers) and answers[k][1] <= start:
            k += 1
        if k == len(answers):
            break
        if (
            answers[k][0] <= start
            and claim.kind == "statement"
            and _QUESTION_LABEL.match(text, start) is None  # (the interviewer's: "Q: Hobbies")
        ):
            worthy = bool(claim.checkworthy)  # (a statement's: set)
            claims[i] = _new_claim(claim.text, claim.span, "quote", None, None, worthy)


# The word that says a headline above the body heads an interview (``The Interview: ...``).
_INTERVIEW_TITLE = re.compile(r"\b[Ii]nterview\b")
# An interviewee's label before an answer (``A: ...``, ``**A:** ...``).
_ANSWER_LABEL = re.compile(r"\s*(?:\*\*)?(?:A|Answer|ANSWER)(?::\*\*|\*\*:|:|\.) ")


def _labelled_turns(
    text: str, questions: list[tuple[int, int]], answers: list[tuple[int, int]]
) -> bool:
    """Tell whether an interview labels its turns: two questions at least after ``Q:`` and
    each answer after ``A:`` (``Q: Will rates fall this year?`` then ``A: Not before ...``),
    which says what the lines are without counting who speaks of oneself."""
    asked = sum(_QUESTION_LABEL.match(text, start) is not None for start, _ in questions)
    return (
        asked >= 2
        and len(answers) >= 2
        and all(_ANSWER_LABEL.match(text, a) is not None for a, _ in answers)
    )


def _speaks_of_oneself(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (an answer's lines) speaks of oneself (``I``, ``my``,
    ``we``...) outside quotation marks: a reporter's answer quotes others who do (``"We are
    ready," the mayor said``)."""
    while start < end:
        stop = min(_line_end(text, start), end)
        at = start
        for region in find_quotes(text, start, stop):
            if _FIRST_PERSON.search(text, at, region.open) is not None:
                return True
            at = max(at, region.close)
        if _FIRST_PERSON.search(text, at, stop) is not None:
            return True
        start = stop + 1
    return False


def _label_end(text: str, at: int) -> int:
    """Where the bold label at ``at`` (with the space after it) ends; ``-1`` if none is there."""
    m = _BOLD_LABEL.match(text, at)
    return -1 if m is None else m.end()


# A transcript's turn: a label, then a colon, at a line's start: a name in capitals (``OKAFOR:
# ``, ``SEN. JANE DOE: ``) or in title case (``Ueda: ``, ``Finance Minister: ``), or a
# question's or answer's letter (``Q: ``), maybe in bold (``**Ueda:** ``, ``**Ueda**: ``).
# Found in the text by the stdlib's scan, which starts at the line break (a tenth of the cost
# of one that tries every position for a line start); it reads capitals in Latin-1 only
# (``ÖZDEMIR``, not ``ŁUKASZ``), and no label on the text's first line, a title.
# A name's particles in lower case may open the label or stand in it (``van der Berg: ``), and
# a bracket may follow it, as parliamentary records write who a member is (``Kemi Badenoch
# (Leader of the Opposition): ``, ``The Prime Minister (Keir Starmer): ``: the label is the
# words before the bracket).
_LABEL_PARTICLES = r"(?:(?:van|von|de|der|den|del|da|di|du|la|le|al|bin|dela|delos|ter|ten) ){0,2}"
_LABEL = (
    rf"(?:\*\*)?({_LABEL_PARTICLES}[A-ZÀ-ÖØ-Þ][\w'’.\-]*"
    rf"(?: {_LABEL_PARTICLES}[A-ZÀ-ÖØ-Þ][\w'’.\-]*){{0,3}})(?: \([^()\n]{{1,60}}\))?"
    rf"(?::\*\*|\*\*:|:) "
)
_TURN_LINE = re.compile(rf"\n[ \t]*{_LABEL}")
_TURN = re.compile(_LABEL)
#: Labels of a transcript that take turns but name nobody.
_NOBODY_LABELS = frozenset(("Q", "A", "Question", "Answer", "QUESTION", "ANSWER"))


# Words that speak as a person does: a transcript's turns have them.
_SPEECH = re.compile(r"\b(?:I|me|my|My|we|We|us|our|Our|you|You|your|Your)\b")


def _turn_colons(text: str) -> int:
    """How many labels' colons ``text`` holds, up to four: every label of a transcript's turn
    ends in ``": "`` or ``":** "``. (Found through each colon, by ``memchr``: most texts have
    few; counting ``": "`` in C cost ten times as much, a search for two characters.)"""
    n = 0
    pos = text.find(":")
    while pos >= 0 and n < 4:
        if text.startswith(" ", pos + 1) or text.startswith("** ", pos + 1):
            n += 1
        pos = text.find(":", pos + 1)
    return n


@text_cache(maxsize=8)
def _turn_labels(text: str) -> frozenset[str]:
    """The labels of ``text`` that name a transcript's speakers, when it takes turns: two labels
    at least that each open two lines or more, on lines that mostly follow one another, turn
    after turn. (Stories of a news roundup that open with a dateline, ``NEW DELHI: ...``, have
    paragraphs between.) ``Q`` and ``A`` take turns but name nobody. A label in title case
    names a speaker only where the labels mostly change from one line to the next and some
    turn asks a question, as an interview's do: lines that open with ``Pros:`` and ``Cons:``
    ask nothing, and a live blog's ``Update:`` and ``Warning:`` lines come in runs. A label
    in capitals names one only where some turn speaks as a person does (``I``, ``we``,
    ``you``...): a live blog's ``GOAL:`` and ``CHANCE:`` lines describe a match, in turn."""
    found = list(_TURN_LINE.finditer(text))
    if len(found) < 4:
        return frozenset()
    adjacent = 0
    for a, b in itertools.pairwise(found):
        end = text.find("\n", a.end())
        adjacent += end >= 0 and (end >= b.start() or text[end : b.start()].isspace())
    if adjacent * 2 < len(found):
        return frozenset()
    counts = Counter(m.group(1) for m in found)
    recurring = [label for label, n in counts.items() if n >= 2]
    if len(recurring) < 2:
        return frozenset()
    speakers = [label for label in recurring if label not in _NOBODY_LABELS and len(label) > 1]
    # Labels in capitals name speakers only where some turn speaks as a person does (``I``,
    # ``we``, ``you``...): a live blog's ``GOAL:`` and ``CHANCE:`` lines describe, in turn.
    speech = any(_SPEECH.search(text, m.end(), _line_end(text, m.end())) is not None for m in found)
    if all(label.isupper() for label in speakers):
        return frozenset(speakers) if speech else frozenset()
    changes = sum(a.group(1) != b.group(1) for a, b in itertools.pairwise(found))
    turns = changes * 2 >= len(found) and any(
        text.find("?", m.end(), _line_end(text, m.end())) >= 0 for m in found
    )
    return frozenset(label for label in speakers if turns or (speech and label.isupper()))


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _claim(
    doc: Document,
    span: Span,
    kind: str,
    markers: Sequence[Span],
    marker_starts: Sequence[int],
    attribution: Attribution | None = None,
) -> Claim | None:
    """The claim of ``span`` without its trailing markers (``None`` if nothing is left)."""
    end = _strip_trailing_markers(doc.text, span, markers, marker_starts)
    if end <= span.start:
        return None
    claim_span = span if end == span.end else Span(span.start, end)
    claim_text = doc.text[span.start : end]
    if attribution is None:
        return _new_claim(claim_text, claim_span, kind, None, None, checkworthy(claim_text))
    speaker = attribution.speaker
    # An attributed quotation is checkable (someone said it) even where its sentence holds no
    # reporting verb of its own: '"We had chances. We did not take them," he said.' gives both
    # sentences the verb, and the first must not read as opinion when the second does not.
    worthy = attribution.verb is not None or checkworthy(claim_text, speaker=speaker)
    return _new_claim(claim_text, claim_span, kind, speaker, attribution.verb, worthy)


def _new_claim(
    text: str, span: Span, kind: str, speaker: str | None, verb: str | None, worthy: bool
) -> Claim:
    """``Claim(text=text, span=span, ...)`` without its checks, which the fields made here
    pass by construction (a claim per sentence: the checks would cost a third of the time)."""
    claim = _NEW(Claim)
    _TEXT(claim, text)
    _SPAN(claim, span)
    _KIND(claim, kind)
    _CITATIONS(claim, ())
    _SPEAKER(claim, speaker)
    _VERB(claim, verb)
    _CHECKWORTHY(claim, worthy)
    return claim


_NEW = object.__new__
# Speed: each slot of the (slotted, frozen) class set through its own descriptor, a third
# cheaper than object.__setattr__, which looks the name up first.
_TEXT, _SPAN, _KIND, _CITATIONS, _SPEAKER, _VERB, _CHECKWORTHY = (
    vars(Claim)[name].__set__
    for name in ("text", "span", "kind", "citations", "speaker", "verb", "checkworthy")
)


def _one(claim: Claim | None) -> tuple[Claim, ...]:
    return () if claim is None else (claim,)


def _items(text: str, section: Span) -> Iterator[Span]:
    """The items of a key-points list: marked lines without their mark, else the lines under
    its heading, else full sentences."""
    lines = []
    pos = section.start
    while pos < section.end:
        nl = text.find("\n", pos, section.end)
        stop = section.end if nl < 0 else nl
        if text[pos:stop].strip():
            lines.append((pos, stop))
        pos = stop + 1
    marked = [(m.end(), b) for a, b in lines if (m := _ITEM_MARK.match(text, a, b)) is not None]
    if not marked and len(lines) > 2 and is_key_heading(text, *lines[0]):
        chosen = lines[1:]  # items that lost their bullets, under their heading (a scrape's)
    else:
        chosen = marked or [(a, b) for a, b in lines if _TERMINAL.search(text, a, b) is not None]
    for a, b in chosen:
        while b > a and text[b - 1].isspace():
            b -= 1
        while a < b and text[a].isspace():
            a += 1
        if a < b:
            yield _unlabelled(text, Span(a, b)) if text[a] == "*" else Span(a, b)


def _body(
    doc: Document,
    sentences: Sequence[Span],
    markers: Sequence[Span],
    starts: Sequence[int],
    out: list[Claim],
) -> None:
    """Add the claims of one body section's ``sentences`` (at least one) to ``out``.

    Only a paragraph with a quote mark needs the quote rules: the paragraphs are found around
    the quote marks (most have none), and every sentence outside them is a statement.
    """
    text = doc.text
    marks = _quote_marks(text, sentences[0].start, sentences[-1].end)
    carried: Attribution | None = None  # the speaker of a quotation left open at a paragraph end
    # The quotes (indices in ``out``) of a quotation left open with no speaker: they take the
    # speaker that the paragraph which reopens and closes it names (see :func:`_named_later`).
    unnamed: list[int] = []
    # The speaker of the quotation that ended the paragraph before (one person), whom a
    # paragraph of quotation with no attribution right after it continues.
    said_before: Attribution | None = None
    done = 0  # the claims of sentences[:done] are in ``out``
    n = len(sentences)
    m = 0
    while m < len(marks):
        # The paragraph of the sentence the mark is in, or that it follows in a gap.
        i = j = bisect.bisect_right(sentences, marks[m], key=_START)
        while i > 1 and text.find("\n", sentences[i - 2].end, sentences[i - 1].start) < 0:
            i -= 1
        i -= 1
        while j < n and text.find("\n", sentences[j - 1].end, sentences[j].start) < 0:
            j += 1
        last = sentences[j - 1].end
        if marks[m] >= last:  # in the gap after a paragraph: in no paragraph
            m += 1
            continue
        stop = bisect.bisect_left(marks, last, m)
        if i > done:  # paragraphs without quote marks come between: nothing carries over
            _statements(doc, sentences[done:i], markers, starts, out)
            carried = None
            unnamed = []
            said_before = None
        first = sentences[i].start
        # The claim right before the paragraph (or before the quotation it continues, which
        # has no speaker yet): whom a pronoun may stand for.
        k = unnamed[0] if unnamed and marks[m] == first else len(out)
        at = out[k].span.start if k < len(out) else first
        prior = out[k - 1] if k and text[out[k - 1].span.end : at].isspace() else None
        # (And the claims right before that, whom a pronoun may stand for further back.)
        got, carried, open_from = _quoted_paragraph(
            doc,
            sentences[i:j],
            markers,
            starts,
            carried,
            marks[m:stop],
            prior,
            out[max(0, k - 3) : max(0, k - 1)],
        )
        if marks[m] != first:
            unnamed = []  # only a paragraph that opens with a quote mark continues a quotation
            said_before = None
        elif unnamed and got and got[0].span.start == first:
            _named_later(out, unnamed, got[0])
        if (
            said_before is not None
            and open_from is None
            and carried is None
            and marks[m] == first
            and _unattributed(got)
            and text[last - 1] != "?"
            and not _heading_line(text, first, last)
        ):
            # '"We had no warning," said Ann Lee. ¶ "The water rose in minutes."': her words,
            # and those of the paragraphs of no speaker before, which the quotation ran over.
            got = [
                _new_claim(c.text, c.span, "quote", said_before.speaker, said_before.verb, True)
                for c in got
            ]
            for k in unnamed:
                c = out[k]
                out[k] = _new_claim(
                    c.text, c.span, "quote", said_before.speaker, said_before.verb, True
                )
            unnamed = []
        if open_from is None:
            unnamed = []
            # (A paragraph that leaves its quotation open keeps the speaker before it.)
            said_before = _last_speaker(text, got)
        else:
            unnamed.extend(
                len(out) + k
                for k, c in enumerate(got)
                if c.kind == "quote"
                and c.span.end > open_from
                and c.verb is None
                and c.speaker is None
            )
        out.extend(got)
        done = j
        m = stop
    _statements(doc, sentences[done:], markers, starts, out)


def _heading_line(text: str, start: int, end: int) -> bool:
    """Tell whether the paragraph ``text[start:end]`` is one line with no closing punctuation
    inside its quote marks: a quoted subheading (``"A perfect storm"``), no one's words."""
    if end - start > 120 or text.find("\n", start, end) >= 0:
        return False
    return text[start:end].rstrip("\"”’'») ")[-1:] not in ".!?…:;,"


def _unattributed(claims: Sequence[Claim]) -> bool:
    """Tell whether ``claims`` (a paragraph's) are all quotes that name no speaker nor verb."""
    return bool(claims) and all(
        c.kind == "quote" and c.speaker is None and c.verb is None for c in claims
    )


_ASKED = frozenset(("asked", "asks", "wondered", "inquired", "queried"))


def _last_speaker(text: str, claims: Sequence[Claim]) -> Attribution | None:
    """The attribution of the last of ``claims`` (a paragraph's), a quote of one person that
    asks nothing (a dialogue's turns alternate: ``"Where to?" ¶ "Home."``)."""
    if not claims:
        return None
    c = claims[-1]
    if c.kind != "quote" or c.speaker is None or "?" in c.text or c.verb in _ASKED:
        return None  # (a question: the answer after it is another's)
    said = Attribution(c.speaker, c.verb)
    return said if one_person(said) else None


def _statements(
    doc: Document,
    sentences: Sequence[Span],
    markers: Sequence[Span],
    starts: Sequence[int],
    out: list[Claim],
) -> None:
    """Add a statement to ``out`` for each of ``sentences`` (of paragraphs with no quote mark)
    that asserts something (see :func:`_asserts_nothing`)."""
    text = doc.text
    n = len(text)
    prose: bool | None = None  # whether some sentence of the text ends like one (found once)
    for s in sentences:
        start, end = s.start, s.end
        if not text[start].isalnum() and not any(map(str.isalnum, text[start:end])):
            continue  # marks alone assert nothing: a rule (``---``), a stray ``.`` or ``”``
        last = text[end - 1]
        # (Speed: most sentences end like one and open with no two capitals, as a dateline
        # does; only a whole line is read further.)
        if (
            (
                last not in _SENTENCE_END
                or last == "?"
                or (
                    last == "."
                    and 2 < end - start <= _DATELINE_MAX
                    and (text[start + 1].isupper() or text[start].isdigit())
                )
            )
            and (start == 0 or text[start - 1] == "\n")
            and (end == n or text[end] in "\r\n")
            and _asserts_nothing(doc, s)
        ):
            if prose is None:
                prose = any(map(_ends_like_one, doc.sentences, itertools.repeat(text)))
            if prose:
                continue
        if last == "." and end - start <= _ONE_WORD and text[start : end - 1].isalpha():
            continue  # a word alone asserts nothing: a German dateline ("Berlin. Der..."), "Yes."
        if text[start] in _BODY_MARK_FIRST:
            s = _unmarked(text, s)
            start = s.start
        elif text[start + 1 : start + 2].isupper():
            s = _undated(text, s)
            start = s.start
        if text[start] == "*":
            s = _unlabelled(text, s)
            start = s.start
        if not starts and not last.isspace():
            # No marker anywhere and a trimmed sentence: the claim is the sentence, made here
            # (as _new_claim does, inline: a claim per sentence).
            claim_text = text[start:end]
            made = _NEW(Claim)
            _TEXT(made, claim_text)
            _SPAN(made, s)
            _KIND(made, "statement")
            _CITATIONS(made, ())
            _SPEAKER(made, None)
            _VERB(made, None)
            _CHECKWORTHY(made, checkworthy(claim_text))
            out.append(made)
            continue
        claim = _claim(doc, s, "statement", markers, starts)
        if claim is not None:
            out.append(claim)


def _ends_like_one(s: Span, text: str) -> bool:
    """Tell whether the sentence ``s`` ends like one, superscript markers after its full stop
    read past (``... a seven-week strike.¹``), and markers in full-width brackets (``... in
    May.【1†source】``)."""
    last = text[s.end - 1]
    if last in _SENTENCE_END:
        return True
    if last == "】":
        return _FULL_WIDTH_MARKERS.search(text, s.start, s.end) is not None
    if last not in SUPERSCRIPT_DIGITS:
        return False
    return text[s.start : s.end].rstrip(SUPERSCRIPT_TAIL)[-1:] in _SENTENCE_END


#: Markers in full-width brackets after a sentence's end, ending it: ``.【1】``, ``.【2†source】``.
_FULL_WIDTH_MARKERS = regex.compile(r"[.!?…。][\"'”’)]*(?:[ ]?【[\d０-９]{1,4}[^】\n]{0,200}】)+$")


def _asserts_nothing(doc: Document, s: Span) -> bool:
    """Tell whether the line ``s`` (a sentence that is a whole line) asserts nothing, so that it
    is no claim: a line of hashtags (``#inflation #korea``); a dateline alone (``SIOUX FALLS,
    S.D.``); a live blog's time stamp (``10:42 GMT``); a list's lead-in, a line that ends in a
    colon before a list item (``Under the plan, the measures include:``: an unfinished
    sentence, whose items are claims of their own); or, after the text's first line (a title
    the headline plugin left in the body asserts something) or on it when it was written as
    a Markdown subheading (``## What happened``), a subheading or a credit line: at
    most eight words (four before a colon) with no digit, that do not end like a sentence and
    are no list item (``What's next``, ``Background``, ``Photo: Courtesy of the family``).
    (The caller makes no such line a claim only in a text of prose, where some sentence ends
    like one: a text of short unpunctuated lines claims by its lines.)"""
    line = doc.text[s.start : s.end]
    last = line[-1]
    if line[0].isdigit() and _TIMESTAMP.fullmatch(line) is not None:
        return True  # a live blog's time stamp ("10:42 GMT", "11:30 a.m.")
    if last == "?":
        return _question_heading(doc, s, line)
    if last in _SENTENCE_END:  # a sentence, unless a dateline that ends in a state ("S.D.")
        return (
            last == "."
            and 2 < len(line) <= _DATELINE_MAX
            and line[1].isupper()
            and _DATELINE.fullmatch(line) is not None
        )
    if line[0] == "#":
        return all(w[0] in "#@" for w in line.split())
    if (
        "\t" in line
        or (line[0] == "|" and last == "|")
        or ("  " in line and _ALIGNED_CELLS.search(line) is not None)
    ):
        # A table's row, cells between tabs ("Cloud\t1,840\t+29.6%") or pipes ("| Core CPI |
        # 2.2% |", Markdown's), or set apart by runs of spaces ("Arsenal   11   8   26", as
        # text browsers lay a table out): no sentence.
        return True
    if line[1:2].isupper() and _DATELINE.fullmatch(line) is not None:
        return True
    if last == ":" and _opens_list(doc.text, s.end):
        return True  # a list's or a table's lead-in ("The measures include:"): no sentence
    if (s.start == doc.sentences[0].start and not _subheading(doc, s)) or line[1:3] == ": ":
        return False  # (nor is an interview's answer, "A: Lebron James", a subheading)
    mark = _BODY_MARK.match(line)
    if mark is not None:
        if not line[0].isdigit():
            return False
        line = line[mark.end() :]  # a listicle's numbered subheading ("2. A surplus is gone")
    return (
        len(line.split()) <= (4 if last == ":" else 8)
        and not any(map(str.isdigit, line))
        and (mark is None or _between_paragraphs(doc.text, s))
    )


#: A question alone on its line of at most this many words may be a subheading.
_QUESTION_WORDS = 12


def _question_heading(doc: Document, s: Span, line: str) -> bool:
    """Tell whether the line ``s`` (``line``), a question, is a subheading or an interview's
    unlabelled question, which assert nothing: a question alone on its line (``What happens
    next?``, ``How did you start cooking?``) of at most ``_QUESTION_WORDS`` words with no digit,
    after the text's first line (or written as a Markdown subheading), with no label (``Q:
    ...``, ``Q. ...``, ``Bullock: ...``: a transcript's turn) and no list item's mark (a list
    of questions is the text's, as its other items are)."""
    if s.start == doc.sentences[0].start and not _subheading(doc, s):
        return False
    return (
        ": " not in line
        and _BODY_MARK.match(line) is None
        and _QUESTION_LABEL.match(line) is None  # ("Q. Will you veto it?": a turn, as "Q: ")
        and len(line.split()) <= _QUESTION_WORDS
        and not any(map(str.isdigit, line))
    )


def _between_paragraphs(text: str, s: Span) -> bool:
    """Tell whether the line ``s`` opens a paragraph (a blank line above it) between lines
    that are no list items: a listicle's numbered subheading ("1. Energy relief is extended",
    over its paragraph), not an item of a list (whose previous or next line is another item,
    or that follows the one above with no blank line)."""
    above, below = s.start, s.end  # (the text's ends around the line, white space passed)
    while above and text[above - 1].isspace():
        above -= 1
    while below < len(text) and text[below].isspace():
        below += 1
    if not above or below == len(text):
        return False
    if text.count("\n", above, s.start) < 2:
        return False
    previous = text[text.rfind("\n", 0, above) + 1 : above].lstrip()
    return _BODY_MARK.match(previous) is None and _BODY_MARK.match(text, below) is None


def _subheading(doc: Document, s: Span) -> bool:
    """Tell whether the line ``s`` was written as a Markdown subheading (``## What happened``,
    or a bold label, ``**Summary**``, as AI answers open): the title of a text is no such
    heading (``# Title`` at most)."""
    raw_start = doc.to_raw(s.start)
    for r in doc.removals:
        if r.span.end == raw_start and r.plugin == "newsclaims.markdown":
            if r.text.startswith("##"):
                return True
            # A bold label of a word or two (``**Summary**``, ``**Key points**``) heads a part
            # of the text, as a subheading does; a bold line of more words may be its title.
            return r.text in ("**", "__") and doc.text.count(" ", s.start, s.end) < 2
    return False


def _opens_list(text: str, end: int) -> bool:
    """Tell whether the next line with text after ``end`` (a line's end) is a list item: a
    number, a letter or a bullet before its text (``- free sandbags``, ``1. Extra crews``), or a
    table's row, cells between tabs or pipes or set apart by runs of spaces."""
    pos = end
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if pos >= len(text):
        return False
    if _BODY_MARK.match(text, pos) is not None or text[pos] == "|":
        return True  # (a "|" opens a Markdown table's first row)
    end = _line_end(text, pos)
    if text.find("\t", pos, end) >= 0:
        return True
    return text.find("  ", pos, end) >= 0 and _ALIGNED_CELLS.search(text, pos, end) is not None


# A dateline that opens a paragraph, before the story's first word: a place in capitals, a
# state, country or date after a comma, an agency or paper in brackets, then a dash
# (``WASHINGTON (AP) — The Senate ...``, ``LONDON, Nov 12 (Reuters) - Britain's ...``), or a
# colon after a comma's state or date (``PUTRAJAYA, Oct 9 (Bernama): The ...``; a place alone
# before a colon, ``MUMBAI: ``, may be a transcript's label, ``SMITH: ``, which names the
# speaker), before a capital, a figure or a quote mark.
_DATELINE_LEAD = regex.compile(
    r"\p{Lu}[\p{Lu}'’.\-]+(?:[ ]\p{Lu}[\p{Lu}'’.\-]+){0,3}"
    r"(?:(?:,[ ][\p{L}\p{N}.]+(?:[ ][\p{L}\p{N}.]+){0,2})?(?:[ ]\([^()\n]{1,40}\))?"
    r"(?:[ ]*[—–][ ]*|[ ]-[ ])"
    r"|,[ ][\p{L}\p{N}.]+(?:[ ][\p{L}\p{N}.]+){0,2}(?:[ ]\([^()\n]{1,40}\))?:[ ])"
    r"(?=[\p{Lu}\d\"“‘'«„])"
)


def _undated(text: str, s: Span) -> Span:
    """``s`` without the dateline that opens it, if it opens a paragraph (``WASHINGTON (AP) —
    The Senate passed the bill.``: where the story was filed is no part of what it claims)."""
    if (
        not (s.start == 0 or text[s.start - 1] == "\n")
        or not text[s.start + 1 : s.start + 2].isupper()
    ):
        return s
    m = _DATELINE_LEAD.match(text, s.start, s.end)
    return s if m is None or m.end() >= s.end else Span(m.end(), s.end)


def _unmarked(text: str, s: Span) -> Span:
    """``s`` without the number or bullet of a list item that opens it (``- Prices fell.``,
    ``2. Prices fell.``): the mark is the list's, not part of what the item claims."""
    m = _BODY_MARK.match(text, s.start, s.end)
    return s if m is None or m.end() >= s.end else Span(m.end(), s.end)


# A label in bold that opens a line or item, as AI answers write them: ``**Costs:** ...``,
# ``**TL;DR**: ...`` (the Markdown cleaner keeps bold that opens a line: it may name a
# speaker).
_BOLD_LABEL = regex.compile(r"\*\*[^*\n]{1,60}?(?::[^\S\n]*\*\*|\*\*[^\S\n]*:)[^\S\n]+(?=\S)")


def _unlabelled(text: str, s: Span) -> Span:
    """``s`` without a bold label that opens it (``**Costs:** Fees rose.``): the label names
    the item's topic, and is not part of what it claims. A value that is no sentence keeps
    its label, without which it says nothing (``**Vote:** 7-2``, ``**Next meeting:** April
    25-26``). (A quote keeps its label, which may be its speaker's name: ``**Ann Lee**, a
    senator: "..."``.)"""
    end = _label_end(text, s.start)
    if not s.start < end < s.end:
        return s
    value = _VALUE_MARKERS.sub("", text[end : s.end])
    if value[-1:] in _VALUE_ENDS or (value[-1:] in _VALUE_CLOSERS and value[-2:-1] in _VALUE_ENDS):
        return Span(end, s.end)
    return s


# What ends a label's value that is a sentence (``**Costs:** Fees rose.``), maybe inside a
# closing quote or bracket; the citation markers after it are read past.
_VALUE_ENDS = frozenset(".!?…。！？")
_VALUE_CLOSERS = frozenset("\"'”’»)")
_VALUE_MARKERS = regex.compile(
    r"(?:\s*(?:\[[^\[\]\n]{1,24}\]|[¹²³⁰⁴-⁹]+|\(\[[^\[\]\n]+\]\([^()\s]+\)\)))*\s*$"
)


def _speaker_after_label(text: str, s: Span, who: Attribution) -> bool:
    """Whether a quote's speaker is named after the bold label that opens its sentence, not in
    it (``**Outlook:** Powell said a cut was "not a foregone conclusion."``): the label is a
    topic's, as a statement's is (``**Ann Lee:** "..."`` keeps the label that names her)."""
    if who.speaker is None:
        return False
    end = _label_end(text, s.start)
    return s.start < end < s.end and who.speaker not in text[s.start : end]


def _quote_marks(text: str, start: int, end: int) -> list[int]:
    """The offsets of the quote marks in ``text[start:end]``, in order: one C-level scan per
    kind of mark (marks are few; scanning for a character class with a pattern is far slower,
    and so, tenfold, is a scan for two characters, such as ``" '"``, with the stdlib's find:
    one character is found by ``memchr``)."""
    out = []
    straight = False  # whether a straight double mark is among them
    for mark in _QUOTE_MARKS:
        pos = text.find(mark, start, end)
        if pos >= 0 and mark == '"':
            straight = True
        while pos >= 0:
            out.append(pos)
            pos = text.find(mark, pos + 1, end)
    for opening, closing in _CORNER_MARKS:
        pos = text.find(opening, start, end)
        if pos >= 0:
            for mark in (opening, closing):
                pos = text.find(mark, start, end)
                while pos >= 0:
                    out.append(pos)
                    pos = text.find(mark, pos + 1, end)
    _dialogue_dashes(text, start, end, out)
    if out and not straight:
        out.sort()  # (curly marks: their texts write single ones curly too)
        return out
    # A straight single mark that may open a quotation (after a space or bracket, before a
    # word: " 'We"); the apostrophes of "don't" and "O'Neill" are not looked at. In a section
    # with straight double marks, only one that opens a paragraph ("'It was the best match,'
    # she added"), which is then read for single marks, as a British one is: single marks
    # inside a line there are a title's or a scare quote's ("an inverted 'T' shape").
    after = "\n" if out else _BEFORE_SINGLE
    pos = text.find("'", start, end)
    while pos >= 0:
        if (pos == start or text[pos - 1] in after) and opens_single(text, pos):
            out.append(pos)
        pos = text.find("'", pos + 1, end)
    out.sort()
    return out


def _dialogue_dashes(text: str, start: int, end: int, out: list[int]) -> None:
    """Add to ``out`` the dashes in ``text[start:end]`` that open a paragraph of quotation with
    no quote marks, its reporting verb after its words in another language (``– Vi sänker
    räntan, säger Erik Thedéen.``: see :func:`~newsclaims.default_plugins._quotes.dialogue_close`).
    (One C-level scan per dash for a line that opens with it; the few found are read for the
    verb.)"""
    for dash in DIALOGUE_DASHES:
        lead = f"\n{dash} "
        # (The lines that open with the dash: the first line, then those after a line break.)
        first = text.startswith(lead[1:], start) and text[start - 1 : start] in "\n"
        ats = itertools.chain((start,) if first else (), _after_each(text, lead, start, end))
        for at in ats:
            line_end = text.find("\n", at, end)
            if dialogue_close(text, at, end if line_end < 0 else line_end) > at:
                out.append(at)


def _after_each(text: str, lead: str, start: int, end: int) -> Iterator[int]:
    """The offset after the first character of each ``lead`` in ``text[start:end]``."""
    pos = text.find(lead, start, end)
    while pos >= 0:
        yield pos + 1
        pos = text.find(lead, pos + 1, end)


def _named_later(out: list[Claim], unnamed: list[int], named: Claim) -> None:
    """Give the quotes ``out[k]`` (``k`` in ``unnamed``) of a quotation that runs over
    paragraphs the attribution of ``named``, the first claim of the paragraph that reopens it.

    News style names the speaker of a long quotation once, often only in its last paragraph
    (``"We had four hours of warning. ... ¶ "I still think about them," Vance said.``): the
    paragraphs before, opened and left open without a closing mark, are the same quotation."""
    if named.kind != "quote" or (named.verb is None and named.speaker is None):
        return
    for k in unnamed:
        c = out[k]
        worthy = named.verb is not None or checkworthy(c.text, speaker=named.speaker)
        out[k] = _new_claim(c.text, c.span, "quote", named.speaker, named.verb, worthy)
    unnamed.clear()


def _quoted_paragraph(
    doc: Document,
    para: Sequence[Span],
    markers: Sequence[Span],
    starts: Sequence[int],
    carried: Attribution | None,
    marks: Sequence[int],
    prior: Claim | None = None,
    earlier: Sequence[Claim] = (),
) -> tuple[list[Claim], Attribution | None, int | None]:
    """The claims of a paragraph with quote marks, and the speaker of a quotation it leaves
    open at its end (news style runs a quotation over paragraphs without closing it: the next
    paragraph reopens it with a quote mark and keeps its speaker), and where that quotation
    opens if it has no speaker yet (``None`` if none is left open, or it has one).
    ``marks``: the offsets of its quote marks; ``prior``: the claim right before the
    paragraph, if any, and ``earlier`` the (two) claims before that, in order (see
    :func:`_antecedent`)."""
    text = doc.text
    first, last = para[0].start, para[-1].end
    regions = find_quotes(text, first, last, marks)
    if not (regions and regions[0].open == first):
        carried = None  # only a paragraph that opens with a quote mark continues a quotation
    if (
        carried is None
        and len(regions) == 1
        and regions[0].open == first
        and _strip_trailing_markers(text, Span(first, last), markers, starts) == regions[0].close
        and _restates(doc, regions[0].open, regions[0].close)
    ):
        return list(_one(_claim(doc, Span(first, last), "pull_quote", markers, starts))), None, None
    # Each sentence: the attribution of the quotations that touch it.
    found: dict[int, Attribution] = {}
    share: dict[int, int] = {}
    sent_starts = [s.start for s in para]
    prev_close = first  # the end of the quotation before, or the paragraph's start
    for region in regions:
        a = max(bisect.bisect_right(sent_starts, region.open) - 1, 0)
        b = max(bisect.bisect_right(sent_starts, max(region.close - 1, region.open)) - 1, 0)
        said = attribute(text, region, para[a].start, para[b].end)
        if said.verb is None and said.speaker is None and a > 0 and region.open == para[a].start:
            # 'Smith said the plan would work. "We have the money."': the sentence before, as
            # found for its own quotation; else read for a speaker if it has no quotation (a
            # name and verb inside one are no speaker: '"Taylor has admitted it," it said.').
            before = found.get(a - 1)
            if before is None and prev_close <= para[a - 1].start:
                before = inline_attribution(text, para[a - 1].start, para[a - 1].end)
            said = before or said
        if said.pronoun is not None:
            said = _antecedent(text, said, region, para, a, found, prev_close, prior, earlier)
        elif said.speaker in _ORGANISATIONS_NOUNS and said.verb is not None:
            # '"...," the company said.': the one organisation named before, as for "it".
            at = text.find(said.speaker, region.close, para[b].end)
            if at >= 0:
                named = _antecedent(
                    text,
                    Attribution(None, said.verb, at),
                    region,
                    para,
                    a,
                    found,
                    prev_close,
                    prior,
                    earlier,
                    nominal=True,
                )
                said = said if named.speaker is None else named
        prev_close = region.close
        # Whether it names its source: a reporting verb, or a speaker with no verb (a signed
        # pull quote).
        names = said.verb is not None or said.speaker is not None
        for idx in range(a, b + 1):
            s = para[idx]
            inside = min(s.end, region.close) - max(s.start, region.open)
            share[idx] = share.get(idx, 0) + max(inside, 0)
            if names and idx not in found:
                found[idx] = said
    if carried is not None and 0 not in found:
        found[0] = carried
    out: list[Claim] = []
    previous: Attribution | None = None
    for idx, s in enumerate(para):
        who: Attribution | None = found.get(idx)
        if who is None and share.get(idx, 0) * 3 >= (s.end - s.start) * 2:
            # Mostly quotation: the paragraph's earlier speaker, if any. (Its quotations found
            # no attribution outside them; a name with a verb inside them is no speaker: "It is
            # what the government said.")
            who = previous or NOBODY
        if who is not None and (who.verb is not None or who.speaker is not None):
            previous = who
        if not text[s.start].isalnum() and not any(map(str.isalnum, text[s.start : s.end])):
            continue  # marks alone assert nothing: a rule (``---``), a stray ``”``
        if text[s.start] in _BODY_MARK_FIRST:
            s = _unmarked(text, s)
        elif text[s.start + 1 : s.start + 2].isupper():
            s = _undated(text, s)
        if text[s.start] == "*" and (who is None or _speaker_after_label(text, s, who)):
            s = _unlabelled(text, s)
        claim = _claim(doc, s, "quote" if who is not None else "statement", markers, starts, who)
        if claim is not None:
            out.append(claim)
    left_open = regions[-1] if regions and not regions[-1].closed else None
    if left_open is None:
        return out, None, None
    # The open quotation's speaker, as found for the sentence it starts in.
    idx = max(bisect.bisect_right(sent_starts, left_open.open) - 1, 0)
    keep = found.get(idx, previous)
    return out, keep, left_open.open if keep is None else None


def _antecedent(
    text: str,
    said: Attribution,
    region: QuoteRegion,
    para: Sequence[Span],
    a: int,
    found: dict[int, Attribution],
    prev_close: int,
    prior: Claim | None,
    earlier: Sequence[Claim] = (),
    *,
    nominal: bool = False,
) -> Attribution:
    """The attribution of ``region`` (in ``para[a]`` and after), whose speaker is ``he``, ``she``
    or ``it`` (``said.pronoun``), given the person (or organisation) the pronoun stands for
    where the text leaves no doubt; else ``said`` as it is (a verb, no speaker). The person is
    the speaker of a reporting clause right before the pronoun (``Ann Lee said she had told him:
    "..."``), or else of the sentence right before the quotation's (``"...," said Ann Lee.
    "...," she added.``; ``Ann Lee said the plan works. "...," she said.``), which may end the
    paragraph before (``prior``). Only one person, who spoke to no one named (``Lee told Roe``:
    the pronoun may stand for either), and only where no other name stands between them in the
    pronoun's sentence (``In a letter to Roe, he said``) or, in a sentence of no quotation,
    after its verb (``Lee said Roe lied.``).

    Where the sentence right before names no one at all (``Inflation eased to 2.1%.``), the
    sentence before that is read in the same way (the claim ``earlier`` than ``prior`` too;
    see :func:`_looked_back`). ``nominal``: the speaker is an
    organisation's noun (``the company``, ``the bank``) at ``said.pronoun``, read as ``it``
    but never for a name with a person's given name. ``found``: the attributions of the
    paragraph's sentences so far; ``prev_close``: where the quotation before ended."""
    pronoun = said.pronoun
    assert pronoun is not None  # (the caller's test)
    p = a
    while p + 1 < len(para) and para[p + 1].start <= pronoun:
        p += 1
    if pronoun < region.open:
        named = named_before(text, para[p].start, pronoun)
        if named is not None:
            return _follow(text, named, said) if one_person(named) else said
    if names_someone(text, region.close if region.close <= pronoun else para[p].start, pronoun):
        return said
    she = not nominal and text.startswith(_FEMALE_PRONOUNS, pronoun)
    it = nominal or text.startswith(("it", "It"), pronoun)
    # (A French or German pronoun, "a-t-il ajouté", "sagte sie", or a verb whose subject is
    # left out, "añadió", follows only the speaker of the quotation before: a sentence in
    # those languages is not read for its subject.)
    english = nominal or text.startswith(_ENGLISH_PRONOUNS, pronoun)
    # The sentences before the quotation's, nearest first: each with the attribution found
    # for its quotation, or whether it holds none (a statement).
    units: list[tuple[Span, Attribution | None, bool]] = [
        (para[k], found.get(k), prev_close <= para[k].start) for k in range(a - 1, -1, -1)
    ]
    after = len(text)
    for c in (prior, *reversed(earlier)) if prior is not None else ():
        if c is not prior and not text[c.span.end : after].isspace():
            break  # (what lies between is no claim: a subheading, a removed line)
        units.append(
            (
                c.span,
                None if c.speaker is None else Attribution(c.speaker, c.verb),
                c.kind == "statement",
            )
        )
        after = c.span.start
    before: Attribution | None = None
    where: Span | None = None
    subject = False  # (whether ``before`` is what a sentence of no speech is about)
    if units:
        where, before, plain = units[0]
        if before is None and plain and english:
            before = _stated(text, where, she, it=it, at=pronoun)
            subject = before is not None and before.verb is None
            if before is None and len(units) > 1:
                before, where, subject = _looked_back(text, units, she, it, pronoun)
    if (
        before is not None
        and before.speaker is not None
        and before.verb is not None
        and where is not None
        and told_no_one(text, where.start, where.end, before.verb)
    ):
        # "..." Ruiz told reporters. "...," she said: reporters are no "she".
        before = Attribution(before.speaker, None)
    if before is None or not one_person(before):
        return said
    if (
        before.speaker is not None
        and where is not None
        and text.startswith(before.speaker, where.start)
        and before.speaker.endswith("s")
        and " " not in before.speaker
        and not capitalised_inside(text, before.speaker)
    ):
        # "Analysts said the cut was overdue.": people in the plural that open a sentence,
        # capitalised only there (a name is written so inside a sentence too: "Tom Jones").
        return said
    if not english and where is not None and _plural_verb(text, where, before.verb):
        return said  # ("sagten die Minister. ... sagte er": the pronoun is one of them, or no one)
    return _follow(text, before, said, where=where, subject=subject, nominal=nominal)


#: Nouns for an organisation that speaks as it (``"...," the company said``): the one
#: organisation named before, where the text leaves no doubt (see :func:`_antecedent`).
_ORGANISATIONS_NOUNS = frozenset(
    f"the {w}"
    for w in words(
        """
        company firm group bank lender retailer carrier airline insurer carmaker automaker
        chain supermarket grocer miner broadcaster club manufacturer
        """
    )
)
#: The sentences a pronoun looks back over, beyond the one right before its quotation's, for
#: a sentence that names one person (or organisation) it may stand for. (One: a sentence
#: read for its speaker is dear, and the further back, the less sure.)
_LOOK_BACK = 1


def _looked_back(
    text: str,
    units: Sequence[tuple[Span, Attribution | None, bool]],
    she: bool,
    it: bool,
    at: int,
) -> tuple[Attribution | None, Span | None, bool]:
    """Whom the pronoun at ``at`` stands for, read in the sentences before the one right
    before its quotation's, which names no one: the next that names a speaker or is about a
    person of the pronoun's sex (or, for ``it``, an organisation), as
    :func:`_stated` reads one, after sentences that name no one either (``Jane Smith, the
    chief economist, expects rates to fall. Inflation eased to 2.1% last month. "The worst
    is over," she said.``); ``(None, None, False)`` where the sentence between, or the one
    before the sentence found, names someone (``Tom Roe disagrees.``; see
    :func:`_names_no_one`) or holds a quotation: two people could be meant. ``units``: the
    sentences before the quotation's, nearest first, each with its quotation's attribution
    and whether it holds none. Returns the attribution, its sentence and whether it is what
    the sentence is about."""
    for n, (span, said, plain) in enumerate(units[: _LOOK_BACK + 1]):
        if n and not plain:
            # A quotation's speaker; a sentence between with one ends the search.
            return (said, span, False) if said is not None else (None, None, False)
        if n:
            found = _stated(text, span, she, it=it, at=at)
            if found is not None:
                # (Nor where a sentence before it in the window names someone too: two people
                # could be meant.)
                for other, _, alone in units[n + 1 : _LOOK_BACK + 2]:
                    if not (alone and _names_no_one(text, other, she, it)):
                        return None, None, False
                return found, span, found.verb is None
        if not _names_no_one(text, span, she, it):
            break
    return None, None, False


_OTHER_PRONOUN = (
    regex.compile(r"\b(?:[Hh]e|him|his|His)\b"),
    regex.compile(r"\b(?:[Ss]he|her|Her)\b"),
)
_WORDS = regex.compile(r"\p{Ll}+", regex.VERSION1)


def _names_no_one(text: str, s: Span, she: bool, it: bool) -> bool:
    """Tell whether the sentence ``s``, which holds no quotation, names no one a pronoun after
    it may stand for instead of someone named before it (see :func:`_looked_back`): no
    capitalised word but its first, which is no name, no word for a person (for ``he`` or
    ``she``) or the other sex's pronoun, no thing that speaks (for ``it``). (A speaker it
    names, which :func:`_stated` reads before, is named in one of those ways.)"""
    start, end = s.start, s.end
    if names_someone(text, start, end):
        return False
    first = text[start:end].split(" ", 1)[0].rstrip(",.;:")
    if (
        first[:1].isupper()
        and first.lower() not in _STOPWORDS
        and first.lower() not in FUNCTION_WORDS
        and (first.isupper() or "'" in first or "’" in first or capitalised_inside(text, first))
    ):
        return False  # ("Smith disagreed.", "HSBC cut its forecast.")
    lower = _WORDS.findall(text, start, end)
    if it:
        if not SPEAKING_THINGS.isdisjoint(lower):
            return False
    elif _OTHER_PRONOUN[not she].search(text, start, end) is not None or any(
        person_role(f"the {w}") for w in lower
    ):
        return False
    return True


def _plural_verb(text: str, s: Span, verb: str | None) -> bool:
    """Tell whether ``verb``, the reporting verb of the sentence ``s`` in French, Spanish,
    Portuguese, Italian or German, is in the plural: its speakers are more than one person
    (``sagten die Minister``, ``erklärten die Grünen``, ``ont déclaré Les Républicains``,
    ``dijeron``, ``hanno detto``), whatever the speaker's words look like."""
    if verb is None:
        return False
    if verb.endswith(("en", "ron", "rono")):
        return True  # (German "sagten", "erklären"; Spanish "dijeron"; Italian "dissero" aside)
    return (
        regex.search(
            rf"\b(?:ont|hanno|han|têm|haben)[ ](?:\p{{Ll}}+[ ])?{regex.escape(verb)}\b",
            text[s.start : s.end],
        )
        is not None
    )


def _follow(
    text: str,
    person: Attribution,
    said: Attribution,
    *,
    where: Span | None = None,
    subject: bool = False,
    nominal: bool = False,
) -> Attribution:
    """The attribution ``said`` (a pronoun's, at ``said.pronoun``) given the speaker of
    ``person``, unless what the text says of that person's sex does not fit the pronoun
    (``Maria Lopez said ... "...," he said.``: ``he`` is someone else; see
    :func:`~newsclaims.default_plugins._gender.contradicts`). ``subject``: ``person`` is what
    a sentence of no speech is about, an organisation as
    :func:`~newsclaims.default_plugins._quotes.organisation_subject` found it (so a firm named
    like a person, ``John Lewis reported ...``, may be what ``it`` stands for); ``nominal``:
    ``said.pronoun`` is an organisation's noun (``the company``), read as ``it``; ``where``:
    the sentence that names ``person`` (a firm named like a person may report for ``it``:
    ``John Lewis reported a 4% drop in sales.``; see
    :func:`~newsclaims.default_plugins._quotes.firm_like`)."""
    speaker = person.speaker
    at = said.pronoun
    assert speaker is not None and at is not None  # (one_person's test, the caller's)
    if nominal or text.startswith(("it", "It"), at):
        # ``it``: an organisation (``Tesco``, ``the ministry``); never a person's role (``the
        # minister``), nor a name with a person's given name (``Ann Lee said the company
        # would appeal. "...," it said.``: the company), unless the text says ``it`` of the
        # name itself: a firm named like a person (``John Lewis said it would close ...``);
        # nor a name the text gives after a title (``Mr Smith``).
        if person_role(speaker) or (nominal and shows_person(text, speaker, at)):
            return said  # (an organisation's noun is no person's: "Smith said ... he ...")
        if (
            (
                name_sex(speaker.split(" ", 1)[0]) is not None
                and (nominal or not (subject or firm_like(text, speaker, person.verb, where, at)))
            )
            or unlike_it(text, speaker, at)
        ) and not _said_it(text, speaker):
            return said
        return Attribution(speaker, said.verb)
    if not text.startswith(_PRONOUNS, at):
        return Attribution(speaker, said.verb)  # (a verb whose subject is left out: "añadió")
    if contradicts(text, speaker, "she" if text.startswith(_FEMALE_PRONOUNS, at) else "he"):
        return said
    return Attribution(speaker, said.verb)


def _said_it(text: str, name: str) -> bool:
    """Tell whether ``text`` reports ``name`` saying something of itself as ``it`` (``John
    Lewis said it would close eight stores``, ``John Lewis said on Thursday that it ...``): a
    firm named like a person."""
    return (
        regex.search(
            rf"{regex.escape(name)}[ ](?:said|says|announced|added|warned|told[ ]\w+)"
            rf"(?:[ ][^.,;\"“”\n]{{1,30}}?)??(?:[ ]that)?[ ]it[ ]",
            text,
        )
        is not None
    )


_FEMALE_PRONOUNS = ("she", "She", "elle", "sie")
_ENGLISH_PRONOUNS = ("he", "He", "she", "She", "it", "It")
_PRONOUNS = (*_ENGLISH_PRONOUNS, "il", "elle", "er", "sie")


def _stated(
    text: str,
    s: Span,
    she: bool,
    *,
    it: bool = False,
    at: int = -1,
) -> Attribution | None:
    """The attribution of the sentence ``s``, which holds no quotation (``Ann Lee said the plan
    works.``), if it names no one else after its verb (``Lee said Roe lied.``: a pronoun after
    it may stand for either); or, with no reporting verb, the person it opens with, whose
    given name is of the pronoun's sex (``she``: ``Maria Santos, 67, had lived in the valley.
    "...," she said.``; see :func:`~newsclaims.default_plugins._quotes.subject_person`), or
    for ``it`` (at ``at``) the organisation it opens with (``Tesco cut 2,000 jobs.``; see
    :func:`~newsclaims.default_plugins._quotes.organisation_subject`)."""
    said = inline_attribution(text, s.start, s.end)
    if said is None:
        if it:
            firm = organisation_subject(text, s.start, s.end, at)
            return None if firm is None else Attribution(firm, None)
        person = subject_person(text, s.start, s.end, she)
        return None if person is None else Attribution(person, None)
    if said.speaker is None or said.verb is None:
        return None
    after = text.find(said.verb, s.start, s.end) + len(said.verb)
    named = text.find(said.speaker, after, s.end)
    if named >= 0:
        after = named + len(said.speaker)  # ("The plan works, said Ann Lee."
    return None if names_someone(text, after, s.end) else said


def _restates(doc: Document, start: int, end: int) -> bool:
    """Tell whether most content words of ``text[start:end]`` recur in the rest of the text."""
    text = doc.text
    own = Counter(map(str.lower, _WORD.findall(text, start, end)))
    words = own.keys() - _STOPWORDS
    if len(words) < 3:
        return False
    # (In a text of more than _FIND_TEXT characters the whole text's words are counted once
    # instead: the searches would cost a pass over it for each quotation.)
    low = _lowered(text) if len(text) <= _FIND_TEXT else None
    if low is not None:
        # Speed: a word that recurs as a token outside the quotation (or across its edges)
        # occurs as a substring there of the lower-cased text; when too few words do, the
        # answer is no, without counting the words of the whole text (most quotations).
        found = 0
        for w in words:
            size = len(w)
            found += low.find(w, 0, start + size - 1) >= 0 or low.find(w, end - size + 1) >= 0
        if found * 3 < len(words) * 2:
            return False
    everywhere = _word_counts(text)
    recur = sum(1 for w in words if everywhere[w] > own[w])
    return recur * 3 >= len(words) * 2


#: Up to this many characters, :func:`_restates` looks for a quotation's words in the text
#: before it counts the words of the whole text.
_FIND_TEXT = 500_000


@text_cache(maxsize=8)
def _word_counts(text: str) -> Counter[str]:
    return Counter(map(str.lower, _WORD.findall(text)))


@text_cache(maxsize=8)
def _lowered(text: str) -> str | None:
    """``text.lower()`` where it lower-cases each character on its own, so that a word's
    ``lower()`` is the same slice of it: ``None`` where a character lower-cases to two (the
    lengths differ) or a capital sigma's lower case depends on the letters around it."""
    low = text.lower()
    return low if len(low) == len(text) and "Σ" not in text else None


def _strip_trailing_markers(
    text: str, span: Span, markers: Sequence[Span], starts: Sequence[int]
) -> int:
    end = span.end
    if not starts:
        while end > span.start and text[end - 1].isspace():
            end -= 1
        return end
    i = bisect.bisect_left(starts, span.end) - 1
    while i >= 0:
        m = markers[i]
        if m.end < span.start or text[m.end : end].strip():
            break
        end = m.start
        i -= 1
    while end > span.start and text[end - 1].isspace():
        end -= 1
    return end


@hookimpl(trylast=True)
def newsclaims_register_claim_extractors(register: Register[ClaimExtractor]) -> None:
    register("statements", extract)

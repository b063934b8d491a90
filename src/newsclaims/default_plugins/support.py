"""Built-in plugin ``newsclaims.support``: the default, deterministic support checker.

It aligns a claim with the candidate sentence that covers most of its content words (weighted by
inverse document frequency over the candidates), then compares the names, numbers and dates of
the claim with that sentence. A claim is unsupported when no sentence (nor two together) covers
half its weight, when it gives a number, date or name where the best sentence gives another,
when it says something rose where the best sentence says it fell (or the reverse), when it
negates what the best sentence says (or the reverse), or when it
names someone or somewhere that neither the best sentence nor its neighbours mention.
It knows no synonyms and no world: see ``docs/explanation/audit.md`` for where it errs.
"""

from __future__ import annotations

import difflib
import itertools
import math
import operator
from collections.abc import Container, Iterable, Iterator, Sequence

import attrs
import regex

from newsclaims import Register, Support, SupportChecker, hookimpl
from newsclaims._memo import text_cache
from newsclaims.default_plugins._audit_text import (
    SPACED_FIGURE,
    STOPWORDS,
    TITLES,
    Facts,
    basis_points,
    capitalised_words,
    coverages,
    date_key,
    expansions,
    facts,
    keys,
    name_found,
    name_match,
    norm,
    normed_words,
    numbers,
    text_keys,
    title_case,
    tokens,
    word_key,
    written_points,
)
from newsclaims.default_plugins._audit_text import _number as written_number

#: A claim whose best one or two sentences cover less of its weight than this is unsupported.
THRESHOLD = 0.5
#: A claim whose numbers (one at least) the best sentence all gives need cover only this much:
#: a paraphrase keeps the figures and changes the words around them ("hit $627.6 billion" for
#: "reached $627.6 billion"); its names, dates and direction are still compared.
NUMBERS_THRESHOLD = 0.3
#: How many sentences either side of the best one count as its context for names.
WINDOW = 3
#: How many of the best single sentences are tried in pairs, for claims that fuse two.
PAIRS = 5
#: The most candidate sentences scored for one claim (those sharing its rarest words).
CANDIDATES = 100
#: How much of the claim's weight a second sentence must add to count as part of its evidence.
MIN_GAIN = 0.05
#: The longest stretch of words (either side) that counts as one swapped name or number.
SWAP_WORDS = 6
#: Claims or sentences longer than this (in words) are judged by alignment alone: they are not
#: sentences but run-on text, and comparing them word by word would cost quadratic time.
LONGEST = 400


class _Capitalised:
    """The :func:`capitalised_words` of some texts, worked out for the words asked about only
    (a claim's facts ask about the few capitalised words that open its sentences).

    Speed: a word is looked for in the texts case-folded first, and only the texts that hold it
    are read for their capitalised words. That is exact: a word :func:`norm` gives is a prefix
    of a capitalised word lower-cased (with ``’`` read as ``'``), and case folding, which works
    character by character, folds a lower-cased character as it folds the character (a test
    checks every code point), so the folded text holds the folded word.
    """

    __slots__ = ("_folded", "_known", "extra", "texts")

    def __init__(
        self,
        texts: tuple[str, ...],
        extra: frozenset[str] = frozenset(),
        _known: dict[str, bool] | None = None,
        _folded: list[str] | None = None,
    ) -> None:
        self.texts = texts
        self.extra = extra
        self._known: dict[str, bool] = {} if _known is None else _known
        self._folded = _folded

    def plus(self, extra: frozenset[str]) -> _Capitalised:
        """These words and ``extra`` (what is worked out about the texts is shared)."""
        if self._folded is None:
            self._folded = [_fold(t) for t in self.texts]
        return _Capitalised(self.texts, self.extra | extra, self._known, self._folded)

    def __contains__(self, word: object) -> bool:
        if word in self.extra:
            return True
        if not isinstance(word, str):
            return False
        found = self._known.get(word)
        if found is None:
            if self._folded is None:
                self._folded = [_fold(t) for t in self.texts]
            folded = word.casefold()
            holding = itertools.compress(
                self.texts, map(operator.contains, self._folded, itertools.repeat(folded))
            )
            found = self._known[word] = any(word in _capitalised_of(t) for t in holding)
        return found


def _fold(text: str) -> str:
    return text.casefold().replace("’", "'")


@text_cache(maxsize=1 << 16)
def _capitalised_of(text: str) -> frozenset[str]:
    """The :func:`capitalised_words` of one candidate (cached, as :func:`_sentence`)."""
    return capitalised_words([text])


@attrs.frozen(eq=False)
class _Candidates:
    """The candidate sentences' keys, with what is looked up about them filled in on demand:
    a claim asks about its own keys only, a few of the article's."""

    keys: tuple[frozenset[str], ...]
    #: The words capitalised mid-sentence in the candidates (asked about, not listed).
    capitalised: _Capitalised
    #: The candidates themselves, in order.
    texts: tuple[str, ...] = ()
    _postings: dict[str, tuple[int, ...]] = attrs.field(factory=dict)
    _figures: list[tuple[frozenset[float], str]] = attrs.field(factory=list)

    def figures(self) -> tuple[frozenset[float], str]:
        """Every number the candidates give (in digits, in words, or with a multiplier in
        words: ``3 thousand`` gives 3000 too), and the candidates joined, worked out once and
        only when a claim gives a figure its evidence does not."""
        if not self._figures:
            text = " ".join(self.texts)
            self._figures.append((numbers(text)[0] | _scaled_values(_scaled(text)), text))
        return self._figures[0]

    def posting(self, key: str) -> tuple[int, ...]:
        """The candidates that have ``key``, in order."""
        found = self._postings.get(key)
        if found is None:
            # One pass in C over the candidates' key sets.
            has = map(operator.contains, self.keys, itertools.repeat(key))
            found = self._postings[key] = tuple(itertools.compress(range(len(self.keys)), has))
        return found

    def weights(self, claim: frozenset[str]) -> dict[str, float]:
        """The inverse document frequency over the candidates (:func:`idf`) of the claim's keys
        that some candidate has (the others weigh what :func:`coverage` gives unseen keys)."""
        n = len(self.keys)
        return {
            k: math.log((n + 1) / (len(posting) + 0.5)) + 1.0
            for k in claim
            if (posting := self.posting(k))
        }


@text_cache(maxsize=1 << 16)
def _sentence(text: str) -> frozenset[str]:
    """The keys of one candidate (cached: auditors ask about the same sentences once per
    claim, some with the claim's own sentence left out; the duplicate auditor asks about the
    claims, most of them the same texts)."""
    return text_keys(text)


#: An initialism written with full stops: ``U.S.``, ``U.N.``, ``E.U.``, ``J.P.``, ``C.A.R.E``.
_DOTTED = regex.compile(r"(?<![\p{L}\p{N}.])\p{Lu}(?:\.\p{Lu})+\.?(?![\p{L}\p{N}])")


def _undotted(text: str) -> str:
    """``text`` with its initialisms written without their full stops and as long (``US  ``
    for ``U.S.``): one side of a summary writes ``US`` where the other writes ``U.S.``, and
    ``U.S.`` read as the letters ``U`` and ``S`` was a name, ``U``, that neither side gives."""
    if _DOTTED.search(text) is None:
        return text
    return _DOTTED.sub(lambda m: m.group().replace(".", "").ljust(len(m.group())), text)


#: An initialism :func:`_undotted` wrote (its full stops made spaces) and the capitalised
#: word after it: ``JP   Morgan``, which others write ``JPMorgan``.
_UNDOTTED_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(\p{Lu}+)[ ]{2,}(\p{Lu}\p{L}*)")


def _joined(text: str) -> dict[str, str]:
    """Each word that an undotted initialism of ``text`` stands before (normalised), with the
    two joined: ``morgan`` with ``jpmorgan`` for ``J.P. Morgan``."""
    if "  " not in text:
        return {}
    return {norm(m[2]): norm(m[1] + m[2]) for m in _UNDOTTED_BEFORE.finditer(text)}


def _joined_found(
    name: tuple[str, ...], claim: str, vocabulary: frozenset[str], near: Sequence[str]
) -> bool:
    """Whether ``name`` is mentioned in ``vocabulary`` once an initialism written with full
    stops is joined to the word after it, on either side: ``J.P. Morgan`` for ``JPMorgan``,
    and the other way round."""
    joined = _joined(claim)
    if joined and name_found(tuple(joined.get(w, w) for w in name), vocabulary, frozenset()):
        return True
    theirs = frozenset(w for text in near for w in _joined(text).values())
    return bool(theirs) and name_found(name, vocabulary | theirs, frozenset())


@text_cache(maxsize=8)
def _undotted_all(texts: tuple[str, ...]) -> tuple[str, ...]:
    """:func:`_undotted` of each text (the same tuple if none changes)."""
    out = tuple(map(_undotted, texts))
    return texts if out == texts else out


@text_cache(maxsize=8)
def _prepare(candidates: tuple[str, ...]) -> _Candidates:
    return _Candidates(
        keys=tuple(map(_sentence, candidates)),
        capitalised=_Capitalised(candidates),
        texts=candidates,
    )


def check(claim: str, candidates: Sequence[str]) -> Support:
    """Judge whether ``candidates`` (sentences in text order) support ``claim``."""
    written_cands = tuple(candidates)
    cands = _undotted_all(written_cands)
    if not cands:
        return Support(supported=False, score=0.0, reason="there is no body text to compare with")
    written, claim = claim, _undotted(claim)
    prep = _prepare(cands)
    q = keys(claim)
    if not q:
        return Support(supported=True, score=1.0, evidence=None)
    # Only sentences sharing a word with the claim can score above zero; those sharing its
    # rarest words first, and no more than CANDIDATES of them, so that each claim costs the same
    # however long the article (or however often it repeats itself).
    chosen: set[int] = set()
    for k in sorted(q, key=lambda k: (len(prep.posting(k)), k)):
        posting = prep.posting(k)
        if chosen and len(chosen) + len(posting) > CANDIDATES:
            break
        chosen.update(posting[:CANDIDATES])
    sharing = sorted(chosen)
    weights = prep.weights(q)
    shares = coverages(q, map(prep.keys.__getitem__, sharing), weights)
    scores = dict(zip(sharing, shares, strict=True))
    order = sorted(sharing, key=lambda i: (-scores[i], i)) or [0]
    best = order[0]
    score = scores.get(best, 0.0)
    combined, partner, partner_score = score, None, score
    pairs = [(a, b) for a in order[:PAIRS] for b in order[:PAIRS] if a < b]
    joined = (prep.keys[a] | prep.keys[b] for a, b in pairs)
    for (a, b), pair in zip(pairs, coverages(q, joined, weights), strict=True):
        combined = max(combined, pair)
        # A claim may join the best sentence with a neighbour; joining it with a sentence from
        # elsewhere is how a detail lands on the wrong subject.
        other = b if a == best else a if b == best else None
        if other is not None and abs(other - best) <= WINDOW and pair > partner_score + MIN_GAIN:
            partner, partner_score = other, pair
    score = round(score, 4)
    if combined < THRESHOLD and not (
        score >= NUMBERS_THRESHOLD and _numbers_agree(claim, cands[best], prep.keys[best])
    ):
        return Support(
            supported=False,
            score=score,
            evidence=best if score > 0 else None,
            reason=f"no body sentence supports it (the closest covers {score:.0%} of its words)",
        )
    if len(claim.split()) > LONGEST or len(cands[best].split()) > LONGEST:
        return Support(supported=True, score=score, evidence=best)
    # The claim's own capitals count as names' (a name it alone gives is still a name). In a
    # title-case headline every word is capitalised: a word the article writes (in any case)
    # is a name only where the article capitalises it ("Rising" in "Cannabis Use Is Rising",
    # beside "have risen"); one the article never writes may be a swapped name ("Lisbon").
    own = capitalised_words([claim])
    if own and title_case(claim):
        own = frozenset(w for w in own if not prep.posting(word_key(w) or ""))
    capitalised = prep.capitalised.plus(own)
    fc = facts(claim, capitalised)
    known: dict[int, Facts] = {}

    def facts_of(i: int) -> Facts:
        # Each candidate's facts worked out once: the evidence is among the sentences near it.
        found = known.get(i)
        if found is None:
            found = known[i] = facts(cands[i], capitalised)
        return found

    # A claim that needs a second sentence is compared with both; one sentence is enough to
    # align word by word.
    fused = score < THRESHOLD and partner is not None
    evidence = [best, partner] if fused and partner is not None else [best]
    fe = _merge([facts_of(i) for i in evidence])
    evidence_text = " ".join(cands[i] for i in evidence)
    conflict = _conflict(fc, fe, claim, evidence_text)
    if conflict is not None and not fused and partner is not None:
        # A headline or point that takes its subject from one sentence and its figure from the
        # neighbour that adds most of its words ("Unemployment falls to 7.1% in third
        # quarter" over "fell by 45,000 in the third quarter. The rate now stands at 7.1%")
        # is read against both: the figure is the article's.
        both = _merge([fe, facts_of(partner)])
        if _conflict(fc, both, claim, f"{evidence_text} {cands[partner]}") is None:
            conflict = None
    conflict = (
        conflict
        or _scale(claim, evidence_text)
        or _direction(claim, fc.surface, evidence_text, fe.surface)
        or _share(claim, cands[best])
    )
    if conflict is None and not fused:
        conflict = (
            _swap(claim, cands[best], capitalised, written, written_cands[best])
            or _negation(claim, cands[best])
            or _unsaid(claim, cands[best])
        )
    if conflict is None and not fc.digits <= fe.numbers:
        conflict = _unstated(claim, fc.digits - fe.numbers, *prep.figures())
    if conflict is not None:
        return Support(supported=False, score=score, evidence=best, reason=conflict)
    if not fc.names:
        return Support(supported=True, score=score, evidence=best)
    near_ids = sorted(
        {*range(max(0, best - WINDOW), min(len(cands), best + WINDOW + 1)), *evidence}
    )
    # Speed: the neighbours' words are all that most names need (a neighbour's facts, worked
    # out in full, hold its words and its names); the acronyms their names make only for a
    # one-word name that no word matches.
    vocabulary = frozenset().union(
        *(known[i].words if i in known else normed_words(cands[i]) for i in near_ids)
    )
    near_expansions: frozenset[str] | None = None
    for name, shown in zip(fc.names, fc.surface, strict=True):
        if name_found(name, vocabulary, frozenset()):
            continue
        if len(name) == 1:
            if near_expansions is None:
                near = [facts_of(i) for i in near_ids]
                near_expansions = expansions(n for f in near for n in f.names) | _clippings(
                    n for f in near for n in f.names
                )
            if name[0] in near_expansions:
                continue
        if _joined_found(name, claim, vocabulary, [cands[i] for i in near_ids]):
            continue
        return Support(
            supported=False,
            score=score,
            evidence=best,
            reason=f"'{_shown(shown, claim, written)}' is not mentioned in or near the closest"
            " body sentence",
        )
    return Support(supported=True, score=score, evidence=best)


def _unstated(
    claim: str, digits: Iterable[float], given: frozenset[float], article: str
) -> str | None:
    """Say which figure of ``digits`` (the claim's, in digits or counting words, that its
    evidence does not give) the article does not give anywhere (its numbers are ``given``,
    its text ``article``): not as it is, nor with a multiplier in words (``3 thousand``), nor
    rounded (see :func:`_rounds`), if one does. A headline takes its figure from any
    paragraph. A year is left to the dates (``in 2024`` for ``last year`` is no changed
    figure)."""
    scaled = _scaled(claim)
    shares: list[float] | None = None
    for n in sorted(digits):
        if n in given or not scaled.get(n, set()).isdisjoint(given):
            continue
        if n == int(n) and _YEARS[0] <= n <= _YEARS[1] and _year(n, claim):
            continue
        if shares is None:
            shares = sorted(given | _fraction_shares(article))
        if _rounds(n, shares, claim, article) or any(
            _rounds(n, [e * n / v for e in shares], claim, article) for v in scaled.get(n, ())
        ):
            continue  # (rounded, with its multiplier too: "3 thousand" for 2,980)
        return f"it gives {_figure(n, claim, scaled)}, which the article does not give"
    return None


_FRACTION_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
_FRACTION_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
# A fraction in words (``two-thirds``, ``a quarter``, ``half``, ``three in ten``, ``one in
# five``), English only.
_FRACTION_WORDS = regex.compile(
    r"(?i)\b(?:(?P<num>a|an|one|two|three|four|nine)[ -])?"
    r"(?P<den>half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\b"
    r"|\b(?P<of>one|two|three|four|five|six|seven|eight|nine|\d{1,2})[ ]in[ ]"
    r"(?P<in>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b"
)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_SMALL.update(eight=8, nine=9, ten=10)


def _fraction_shares(text: str) -> frozenset[float]:
    """The percentages of the fractions ``text`` writes in words: ``two-thirds`` gives
    66.67, ``one in five`` 20 (a summary writes ``about 67%`` for ``two-thirds``)."""
    if "half" not in text and "th" not in text and "quarter" not in text and " in " not in text:
        return frozenset()  # (speed: no word of a fraction)
    out: set[float] = set()
    for m in _FRACTION_WORDS.finditer(text):
        if m["den"] is not None:
            den = m["den"].lower().rstrip("s").replace("halve", "half")
            num = _FRACTION_NUMERATORS.get((m["num"] or "one").lower(), 1)
            out.add(100.0 * num / _FRACTION_DENOMINATORS[den])
        else:
            a, b = (int(x) if x.isdigit() else _SMALL[x.lower()] for x in (m["of"], m["in"]))
            if 0 < a < b:
                out.add(100.0 * a / b)
    return frozenset(out)


def _numbers_agree(claim: str, evidence: str, evidence_keys: frozenset[str]) -> bool:
    """Tell whether the claim writes a number in digits, the evidence gives each of them, and
    each capitalised word of the claim, its first too, is one of the evidence's words.

    (The first word: a summary point that puts another subject before the same figures,
    ``Qantas is buying eight jets`` for ``Air New Zealand will buy eight jets``, is no
    paraphrase; an unknown first word cannot be told from a name.)
    """
    claim_digits = numbers(claim)[1]
    if not claim_digits:
        return False
    theirs = numbers(evidence)[0]
    if not claim_digits <= theirs:
        # A figure with its multiplier in words is the figure it makes (``3 thousand`` for
        # ``3,000``), on either side.
        said = _scaled(claim)
        theirs = theirs | _scaled_values(_scaled(evidence))
        if not all(n in theirs or not said.get(n, set()).isdisjoint(theirs) for n in claim_digits):
            return False
    for w, _, _, _ in tokens(claim):
        if w[0].isupper() and (n := norm(w)) not in STOPWORDS and n not in TITLES:
            key = word_key(w)
            if key is not None and key not in evidence_keys:
                return False
    return True


def _merge(parts: list[Facts]) -> Facts:
    """The facts of several sentences taken together."""
    if len(parts) == 1:
        return parts[0]
    return Facts(
        names=tuple(n for f in parts for n in f.names),
        surface=tuple(s for f in parts for s in f.surface),
        numbers=frozenset().union(*(f.numbers for f in parts)),
        digits=frozenset().union(*(f.digits for f in parts)),
        dates=frozenset().union(*(f.dates for f in parts)),
        date_words=tuple(w for f in parts for w in f.date_words),
        words=frozenset().union(*(f.words for f in parts)),
        ordinals=frozenset().union(*(f.ordinals for f in parts)),
    )


def _conflict(fc: Facts, fe: Facts, claim: str, evidence: str) -> str | None:
    """Say how the claim and its evidence disagree on a number or a date, if they do."""
    claim_numbers = sorted(fc.digits - fe.numbers)
    evidence_numbers = sorted(fe.numbers - fc.numbers)
    scaled: dict[float, set[float]] = {}
    theirs: dict[float, set[float]] = {}
    if claim_numbers and evidence_numbers:
        # A figure with its multiplier in words is the figure it makes (``3 thousand`` or
        # ``3.5 million`` for ``3,000`` or ``3,500,000``), on either side.
        scaled = _scaled(claim)
        theirs = _scaled(evidence)
        if scaled or theirs:
            ours = fc.numbers | _scaled_values(scaled)
            every = fe.numbers | _scaled_values(theirs)
            claim_numbers = [
                n
                for n in claim_numbers
                if n not in every and scaled.get(n, set()).isdisjoint(every)
            ]
            evidence_numbers = [
                n
                for n in evidence_numbers
                if n not in ours and theirs.get(n, set()).isdisjoint(ours)
            ]
    if claim_numbers and evidence_numbers:
        # A figure the claim rounds (``27%`` or ``about 27%`` for 27.4%) is the same figure,
        # with its multiplier too (``3 million`` for 2,980,000).
        claim_numbers = [
            n
            for n in claim_numbers
            if not _rounds(n, evidence_numbers, claim, evidence)
            and not any(
                _rounds(n, [e * n / v for e in evidence_numbers], claim, evidence)
                for v in scaled.get(n, ())
            )
        ]
    if claim_numbers and evidence_numbers and (shares := _fraction_shares(evidence)):
        # A percentage for a fraction in words is the same share (``20%`` for ``one in
        # five``, whose "one" and "five" are numbers of their own).
        claim_numbers = [
            n for n in claim_numbers if not _rounds(n, sorted(shares), claim, evidence)
        ]
    if claim_numbers and evidence_numbers:
        # The evidence's number nearest the claim's is the one it changed (``5.6`` for
        # ``5.06``, not the ``3`` of a target in the same sentence).
        said = claim_numbers[0]
        value = max(scaled.get(said, {said}))
        instead = min(evidence_numbers, key=lambda n: (abs(max(theirs.get(n, {n})) - value), n))
        if (
            scaled.get(said)
            and theirs.get(instead)
            and _scales(claim)[said] & _scales(evidence)[instead]
        ):
            scaled = theirs = {}  # (the same multiplier: the figures alone differ)
        return (
            f"it says {_figure(said, claim, scaled)} where the closest body sentence says "
            f"{_figure(instead, evidence, theirs)}"
        )
    claim_ordinals, evidence_ordinals = fc.ordinals - fe.ordinals, fe.ordinals - fc.ordinals
    if claim_ordinals and evidence_ordinals:
        return (
            f"it says '{min(claim_ordinals)}' where the closest body sentence says "
            f"'{min(evidence_ordinals)}'"
        )
    claim_dates, evidence_dates = sorted(fc.dates - fe.dates), sorted(fe.dates - fc.dates)
    if claim_dates and evidence_dates:
        return (
            f"it says {_date(fc, claim_dates[0])} where the closest body sentence says "
            f"{_date(fe, evidence_dates[0])}"
        )
    return None


#: A word that gives a figure as a round one, and how far from it the exact figure may lie,
#: as shares of the round one below and above it: ``about 30%`` for 27.4%, ``more than 900``
#: for 1,012, ``nearly 3 million`` for 2.8 million (not ``nearly 3 million`` for 3.2 million).
_ROUGHLY = regex.compile(
    r"(?i)\b(?:(?P<about>about|around|roughly|approximately|some|an[ ]estimated|close[ ]to"
    r"|circa|almost[ ]exactly)|(?P<over>more[ ]than|over|above|at[ ]least|upwards[ ]of"
    r"|just[ ]over)|(?P<under>nearly|almost|just[ ]under|close[ ]on)"
    r"|(?P<below>less[ ]than|fewer[ ]than|under|below|up[ ]to))"
    rf"[ ](?:[$€£¥][ ]?|(?:US|HK|A|C|NZ|S)\$)?(?P<n>{SPACED_FIGURE}|\d+(?:[.,]\d+)*)"
)
_SLACK = {"about": (0.1, 0.1), "over": (0.0, 0.5), "under": (0.2, 0.0), "below": (0.5, 0.0)}
#: A figure rounded without such a word lies this close to the exact one, as a share of it:
#: ``1.2 trillion`` for 1.16 trillion, ``27%`` for 27.4%, not ``3 million`` for 2.8 million.
ROUNDED = 0.05
#: ... or, for a figure of one significant digit, this close: ``3%`` for 2.9% or ``$2
#: billion`` for $1.98 billion, not ``5%`` for 5.25% (another rate).
ROUNDED_ONE_DIGIT = 0.035
#: Whole numbers in this range written as four digits alone are taken for years, which no
#: word makes round (``2,000``, ``2000 million`` and ``2000 people`` are no years: a figure
#: before a plural noun in lower case counts it, while ``in 2000`` and ``the 2000 election``
#: stay years, and so do ``2019 levels`` and the few plurals like it that follow a year).
_YEARS = (1800, 2100)
_FOUR_DIGITS = regex.compile(
    r"(?<![\d.,])(\d{4})(?!\d|[.,]\d)"
    r"(?![ \u00a0-]?(?i:thousand|million|billion|trillion|mn|mln|bn|bln|tn|trn|[mbk])\b)"
    r"(?![ \u00a0]+(?:people|children|men|women|police|staff|personnel|cattle|sheep|fish"
    r"|(?!(?:levels|elections|results|figures|accounts|games|earnings|prices|terms|budgets"
    r"|standards|this|thus|perhaps|always|across|unless|whereas|besides|towards|news|series"
    r"|species)\b)\p{Ll}{2,}(?<!ss)s)\b)"
)


def _rounds(said: float, evidence_numbers: Sequence[float], claim: str, evidence: str) -> bool:
    """Tell whether ``said`` is one of the evidence's numbers rounded: to the claim's last
    written digit and within :data:`ROUNDED` of it (``27`` for 27.4, ``1.2`` for 1.16), or
    :data:`ROUNDED_ONE_DIGIT` for a figure of one significant digit (``3`` for 2.9, not ``5``
    for 5.25); the same figure (``5`` for 5.0) always; or,
    after a word that makes it round, within that word's slack (:data:`_ROUGHLY`) of one the
    evidence gives exactly (``well over 51%`` for ``well over 60%`` changes a bound)."""
    if not math.isfinite(said):
        return False  # (a figure too long for a float)
    written = _num(said)
    places = len(written.partition(".")[2])
    half = 0.5 * 10.0**-places + 1e-9
    share = ROUNDED if len(written.replace(".", "").lstrip("-0")) > 1 else ROUNDED_ONE_DIGIT
    if any(abs(e - said) <= min(half, share * abs(e)) for e in evidence_numbers):
        return True
    if said == int(said) and _YEARS[0] <= said <= _YEARS[1] and _year(said, claim):
        return False
    for m in _ROUGHLY.finditer(claim):
        if written_number(m["n"]) != said:
            continue
        below, above = _SLACK[next(k for k in _SLACK if m[k] is not None)]
        close = [e for e in evidence_numbers if said * (1 - below) <= e <= said * (1 + above)]
        if close and not set(close) <= _round_figures(evidence):
            return True
    return False


def _year(value: float, text: str) -> bool:
    """Whether ``text`` writes ``value`` as a year might be written: four digits alone."""
    digits = str(int(value))
    return any(m[1] == digits for m in _FOUR_DIGITS.finditer(text))


def _round_figures(text: str) -> set[float | None]:
    """The figures that ``text`` gives after a word that makes them round."""
    return {written_number(m["n"]) for m in _ROUGHLY.finditer(text)}


#: A figure and the word that scales it: ``900 billion``, ``4.5bn``, ``$3m``, ``12,000
#: thousand``. A letter alone scales a sum of money only (``100m`` may be a distance). (The
#: figure's repeats are possessive: a long run of ``7,7,7...`` was backtracked over in
#: quadratic time.)
_SCALED = regex.compile(
    r"(?i)(?<![\d.,])(?P<money>(?:US|HK|A|C|NZ|S)?\$[ ]?|[€£¥][ ]?)?"
    rf"(?P<n>{SPACED_FIGURE}|\d++(?:[.,]\d++)*+)"
    r"[ \u00a0-]?(?P<scale>thousand|million|billion|trillion|mn|mln|bn|bln|tn|trn|[mbk])\b"
)
_SCALES = {
    **dict.fromkeys(("thousand", "k"), "thousand"),
    **dict.fromkeys(("million", "mn", "mln", "m"), "million"),
    **dict.fromkeys(("billion", "bn", "bln", "b"), "billion"),
    **dict.fromkeys(("trillion", "tn", "trn"), "trillion"),
}
#: What a text that scales a figure holds (a cheap test in C before the pattern runs).
_SCALE_HINTS = ("illion", "thousand", "bn", "mn", "ln", "tn", "$", "€", "£", "¥")


def _scales(text: str) -> dict[float, set[str]]:
    """The figures of ``text`` that a word scales, each with its scales (in words)."""
    out: dict[float, set[str]] = {}
    for m in _SCALED.finditer(text):
        scale = m["scale"].lower()
        if len(scale) == 1 and m["money"] is None:
            continue
        value = written_number(m["n"])
        if value is not None:
            out.setdefault(value, set()).add(_SCALES[scale])
    return out


#: The factor of each multiplier in words.
_FACTORS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _scaled(text: str) -> dict[float, set[float]]:
    """The figures of ``text`` that a word scales (:func:`_scales`), each with the figures
    they make (``3`` with 3,000 for ``3 thousand``)."""
    low = text.lower()
    if not any(h in low for h in _SCALE_HINTS):
        return {}  # (most texts: no scaled figure)
    return {
        value: {float(f"{value * _FACTORS[scale]:.12g}") for scale in scales}
        for value, scales in _scales(text).items()
    }


def _scaled_values(scaled: dict[float, set[float]]) -> frozenset[float]:
    """The figures that the scaled figures of a text make."""
    return frozenset().union(*scaled.values())


def _scale(claim: str, evidence: str) -> str | None:
    """Say how the claim scales a figure one way where the evidence scales the same figure
    another (``900 million yen`` for ``900 billion yen``), if it does."""
    low = claim.lower()
    if not any(h in low for h in _SCALE_HINTS):
        return None  # (most claims: no scaled figure)
    said = _scales(claim)
    if not said:
        return None
    theirs = _scales(evidence)
    for value, scales in said.items():
        other = theirs.get(value)
        if other and not scales & other:
            return (
                f"it says {_num(value)} {min(scales)} where the closest body sentence says "
                f"{_num(value)} {min(other)}"
            )
    return None


#: Verbs of movement, up and down: a claim that moves only one way where its evidence moves
#: only the other (``raised`` for ``lowered``) contradicts it, whatever the numbers say.
_UP = frozenset(
    (
        *("rise", "rises", "rising", "rose", "risen", "raise", "raises", "raised", "raising"),
        *("increase", "increases", "increased", "increasing", "grow", "grows", "grew", "grown"),
        *("growing", "gain", "gains", "gained", "climb", "climbs", "climbed", "jump", "jumps"),
        *("jumped", "surge", "surges", "surged", "soar", "soars", "soared", "rebounded"),
        # The same in the languages summaries are written in most after English: German,
        # Spanish, French, Italian, Portuguese (forms that are other words too left out:
        # German ``gefallen``, "liked"; Italian ``sale``).
        *("steigt", "steigen", "stieg", "stiegen", "gestiegen", "erhöht", "erhöhte"),
        *("erhöhten", "erhöhen", "wächst", "wachsen", "wuchs", "wuchsen", "gewachsen"),
        *("kletterte", "kletterten", "geklettert", "sube", "suben", "subió", "subieron"),
        *("subido", "aumenta", "aumentan", "aumentó", "aumentaron", "aumentado", "crece"),
        *("crecen", "creció", "crecieron", "crecido", "elevó", "elevaron", "repuntó"),
        *("augmente", "augmentent", "augmenté", "augmentée", "augmentés", "augmentées"),
        *("hausse", "progresse", "progressent", "progressé", "grimpe", "grimpent", "grimpé"),
        *("bondi", "relevé", "relevée", "aumentato", "aumentata", "cresciuto", "cresciuta"),
        *("salito", "salita", "salgono", "subiu", "subiram", "aumentou", "aumentaram"),
        *("cresceu", "cresceram", "disparó", "dispararon", "envolé", "envolée", "flambé"),
        *("bondit", "zugelegt", "impennato", "impennata", "disparou", "dispararam"),
    )
)
_DOWN = frozenset(
    (
        *("fall", "falls", "falling", "fell", "fallen", "lowers", "lowered", "lowering", "cut"),
        *("cuts", "cutting", "decrease", "decreases", "decreased", "decreasing", "decline"),
        *("declines", "declined", "declining", "drop", "drops", "dropped", "dropping", "shrink"),
        *("shrinks", "shrank", "shrunk", "slump", "slumps", "slumped", "plunge", "plunges"),
        *("plunged", "slid", "reduce", "reduces", "reduced", "reducing", "tumbled", "sank"),
        *("sinkt", "sinken", "sanken", "gesunken", "fällt", "fallen", "fiel", "fielen"),
        *("senkt", "senkte", "senkten", "senken", "gesenkt", "schrumpft", "schrumpfte"),
        *("geschrumpft", "verringert", "verringerte", "zurückgegangen", "baja", "bajan"),
        *("bajó", "bajaron", "bajado", "cae", "caen", "cayó", "cayeron", "caído"),
        *("desciende", "descendió", "descendieron", "disminuye", "disminuyó"),
        *("disminuyeron", "redujo", "redujeron", "recortó", "retrocedió", "baisse"),
        *("baissent", "baissé", "baissée", "diminue", "diminuent", "diminué", "diminuée"),
        *("recule", "reculent", "reculé", "chute", "chutent", "chuté", "abaissé", "abaissée"),
        *("calato", "calata", "sceso", "scesa", "scende", "scendono", "diminuito"),
        *("diminuita", "caiu", "caíram", "recuou", "diminuiu", "diminuíram", "desplomó"),
        *("desplomaron", "hundió", "hundieron", "effondré", "effondrée", "dégringolé"),
        *("plongé", "eingebrochen", "abgestürzt", "crollato", "crollata", "despencou"),
        *("despencaram",),
    )
)
_VERBS = _UP | _DOWN
#: Words that move a figure, not verbs: ``closed up 2.1%``, ``ended 0.4% lower``, ``closed
#: higher``, ``ticked down``. They count where the pattern :data:`_BESIDE` finds them only
#: (``set up``, ``up to 5%``, ``higher education`` move nothing).
_UP_WORDS = frozenset(("up", "higher"))
_DOWN_WORDS = frozenset(("down", "lower"))
_UPWARD, _DOWNWARD = _UP | _UP_WORDS, _DOWN | _DOWN_WORDS
#: Verbs after which ``up`` or ``down`` before a figure moves it (other verbs in ``-ed`` or
#: ``-ing`` make phrasal verbs: ``signed up 2,000 customers``, ``shot down 3 drones``), and
#: after which ``higher`` or ``lower`` says where a figure went (``closed higher``).
_MARKET_VERBS = (
    r"close|closes|closed|closing|end|ends|ended|ending|finish|finishes|finished|finishing"
    r"|open|opens|opened|opening|trade|trades|traded|trading|settle|settles|settled|settling"
    r"|edge|edges|edged|edging|move|moves|moved|moving|inch|inches|inched|inching|tick|ticks"
    r"|ticked|ticking|drift|drifts|drifted|drifting|creep|creeps|crept|creeping|turn|turns"
    r"|turned|turning|revise|revises|revised|revising|come[ ]in|came[ ]in|coming[ ]in"
)
#: The irregular verbs that make phrasal verbs with ``up`` and ``down`` before a count.
_PHRASAL = (
    r"set|sets|put|puts|cut|cuts|shut|shuts|take|takes|took|taken|make|makes|made|shoot"
    r"|shoots|shot|strike|strikes|struck|break|breaks|broke|broken|bring|brings|brought|build"
    r"|builds|built|lay|lays|laid|stand|stands|stood|step|steps|write|writes|wrote|written"
    r"|pick|picks|sign|signs|round|rounds|back|backs|run|runs|ran|mop|mops|rack|racks|chalk"
    r"|notch|notches|scoop|scoops|snap|snaps|lock|locks|knock|knocks|hold|holds|held|win|wins|won"
)
_BESIDE = regex.compile(
    # ``up 2.1%``, ``down by $3``: not after a phrasal verb, nor ``up to 5%``.
    rf"\b(?P<w>up|down)(?<!\b(?:(?!{_MARKET_VERBS})\p{{L}}+(?:ed|ing)|{_PHRASAL})[ ]+\p{{L}}+)[ ]+"
    r"(?:by[ ]+)?(?:[$€£¥][ ]?|(?:us|hk|a|c|nz|s)\$[ ]?)?\d"
    # ``0.4% higher``, ``3 points lower``.
    r"|\d[ ]?(?:%|per[ ]?cent\b|percentage[ ]points?\b|points?\b|pts\b|cents?\b|pence\b|p\b)?"
    r"[ ]+(?P<w>higher|lower)\b(?![-\p{L}]|[ ]+(?:education|house|chamber|courts?|income))"
    # ``closed higher``, ``ended sharply lower``, ``ticked up``.
    rf"|\b(?:{_MARKET_VERBS})(?:[ ]+\p{{L}}+ly)?[ ]+(?P<w>higher|lower)\b(?![-\p{{L}}])"
    r"|\b(?:edge|edges|edged|edging|inch|inches|inched|inching|tick|ticks|ticked|ticking|creep"
    r"|creeps|crept|creeping)[ ]+(?P<w>up|down)\b"
)
_LETTERS = regex.compile(r"\p{L}+")
#: The keys of the words of movement (which tell nothing of which clause a claim restates).
_MOVE_KEYS = frozenset(
    k for w in _VERBS | _UP_WORDS | _DOWN_WORDS if (k := word_key(w)) is not None
)


def _beside(lower: str) -> set[str]:
    """The words of :data:`_BESIDE` that move a figure in ``lower`` (a text in lower case)."""
    if not ("up" in lower or "down" in lower or "higher" in lower or "lower" in lower):
        return set()  # (most texts)
    return {m["w"] for m in _BESIDE.finditer(lower)}


def _without_names(text: str, names: Iterable[str]) -> str:
    """``text`` without the names (the ``surface`` of its :func:`facts`), whose words may look
    like verbs of movement (``Sioux Falls``, ``Rising Sun``)."""
    for shown in names:
        text = text.replace(shown, " ")
    return text


def _direction(
    claim: str, claim_names: Sequence[str], evidence: str, evidence_names: Sequence[str]
) -> str | None:
    """Say how the claim moves one way where its evidence moves the other, if it does. A
    negated verb moves no way (``has not fallen`` says no more than ``has risen``). The words
    of the names of each side (the ``surface`` of its :func:`facts`) are no verbs, but they
    tell which clause of the evidence the claim restates."""
    bare = _without_names(claim, claim_names)
    lower = bare.lower()
    words = (set(_LETTERS.findall(lower)) & _VERBS) | _beside(lower)
    if not words:
        # (Most claims: no movement, and no negation to look for.) A claim that says its
        # subject did not move where the evidence moves it (``held rates`` for ``raised``).
        return _stood(claim, evidence) if evidence else None
    words -= _negated(bare)
    up, down = words & _UPWARD, words & _DOWNWARD
    if bool(up) == bool(down):
        return None  # no movement, or both ways
    said = next(w for w in _LETTERS.findall(lower) if w in (up or down))
    joined = _without_names(evidence, evidence_names)
    other = _moves(joined)
    if other & _UPWARD and other & _DOWNWARD:
        # A sentence that moves both ways (``sales in America rose while sales in China
        # fell``): the clause that shares most of the claim's words, names too, is compared,
        # if one does.
        joined = _without_names(_clause(claim, evidence, claim_names) or "", evidence_names)
        other = _moves(joined)
    theirs = other & (_DOWNWARD if up else _UPWARD)
    if not theirs or other & (_UPWARD if up else _DOWNWARD):
        still = _still(claim, evidence) if not other and evidence else None
        if still is not None:
            # No move where the claim moves (``cut its forecast`` for ``kept its forecast
            # unchanged``).
            return f"it says '{said}' where the closest body sentence says '{still}'"
        return None
    shown = next(w for w in _LETTERS.findall(joined.lower()) if w in theirs)
    return f"it says '{said}' where the closest body sentence says '{shown}'"


def _moves(text: str) -> set[str]:
    """The words of movement of ``text`` (its verbs, and the words of :data:`_BESIDE`) that
    no negation negates, in lower case."""
    lower = text.lower()
    found = (set(_LETTERS.findall(lower)) & _VERBS) | _beside(lower)
    return found - _negated(text) if found else found


#: A verb and its complement that say a thing did not move: ``kept its forecast unchanged``,
#: ``held steady``, ``left rates on hold``, ``remained largely stable``, ``was unchanged``
#: (not ``remained on a stable footing``, ``citing stable demand``).
_STILL = regex.compile(
    r"(?i)\b(?:(?:keep|keeps|kept|keeping|hold|holds|held|holding|leave|leaves|left|leaving"
    r"|maintain|maintains|maintained|maintaining)(?:[ ]+(?:[^\s,;:]|,(?=\d))+){0,8}?"
    r"|(?:stay|stays|stayed|staying|remain|remains|remained|remaining|is|are|was|were|be|been"
    r"|being)(?:[ ]+\p{L}+ly)?)[ ]+(?P<still>unchanged|steady|stable|on[ ]hold|unaltered)\b"
)
#: A rate held where it was: ``held rates``, ``kept its key rate at 4.5%``, ``left the
#: benchmark interest rate``, ``holding borrowing costs`` (not ``held talks``).
_HELD = regex.compile(
    r"(?i)\b(?P<still>hold|holds|held|holding|keep|keeps|kept|keeping|leave|leaves|left"
    r"|leaving|maintain|maintains|maintained|maintaining)[ ]+(?:(?:its|the|their|key|main"
    r"|benchmark|official|interest|policy|lending|deposit|cash|overnight|bank|base|repo"
    r"|refinancing|short-term|target|federal|funds|mortgage|prime|discount)[ ]+){0,4}"
    r"(?:rates?|borrowing[ ]costs)\b"
)
#: The keys of the words that say a thing did not move (which tell nothing of what).
_STILL_KEYS = frozenset(
    k
    for w in (
        *("hold", "holds", "held", "holding", "keep", "keeps", "kept", "keeping", "leave"),
        *("leaves", "left", "leaving", "maintain", "maintains", "maintained", "maintaining"),
        *("stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining"),
        *("unchanged", "steady", "stable", "hold", "unaltered"),
    )
    if (k := word_key(w)) is not None
)
#: A word in lower case right after another (a space between).
_WORD_AFTER = regex.compile(r"[ ]+(\p{Ll}+)")
#: How many words before a verb of :data:`_STILL` are read for its subject.
STILL_SUBJECT = 3


def _still_phrases(text: str) -> Iterator[tuple[int, str, str]]:
    """The phrases of ``text`` that say a thing did not move, each with where it starts and
    its word that says so: a :data:`_STILL` phrase not followed by a noun (``a stable
    footing``), and a rate held (:data:`_HELD`: ``held rates``, ``kept its key rate``)."""
    for m in _STILL.finditer(text):
        after = _WORD_AFTER.match(text, m.end())
        if after is not None and norm(after[1]) not in STOPWORDS:
            continue  # (an adjective of a noun: ``a stable footing``)
        yield m.start(), m.group(), m["still"]
    for m in _HELD.finditer(text):
        yield m.start(), m.group(), m["still"]


def _still(claim: str, text: str) -> str | None:
    """The word of ``text`` that says the claim's subject did not move, if one does: in the
    clause of ``text`` that shares the most of the claim's words (if it has several), a
    phrase of :func:`_still_phrases` whose words, or the :data:`STILL_SUBJECT` words before
    it, share one of the claim's (not ``Brent crude advanced 2% while the dollar held
    steady`` for ``Brent crude rose 2%``)."""
    if len(_CLAUSES.split(text, maxsplit=1)) > 1:
        text = _clause(claim, text) or ""
    claim_keys: frozenset[str] | None = None
    for start, phrase, word in _still_phrases(text):
        if claim_keys is None:
            claim_keys = keys(claim) - _MOVE_KEYS
        before = " ".join(text[:start].split()[-STILL_SUBJECT:])
        if claim_keys & keys(f"{before} {phrase}"):
            return word
    return None


#: What a text that says a thing did not move holds (a cheap test in C before the patterns).
_STILL_HINTS = ("unchanged", "steady", "stable", "on hold", "unaltered", "rate", "borrowing")
#: How many words either side of a verb of movement are read for what moved.
MOVED_WORDS = 3


def _stood(claim: str, evidence: str) -> str | None:
    """Say how the claim says its subject did not move where its evidence moves it, if it
    does (``held rates`` or ``kept rates unchanged`` for ``raised rates``): the claim
    negates nothing, the clause of the evidence that it restates says nothing stood still,
    and a word of movement there has a word of the claim's phrase, or of the
    :data:`STILL_SUBJECT` words before it, among the :data:`MOVED_WORDS` words either side
    (not ``The Fed held rates steady`` for ``The Fed met as bond yields rose``)."""
    low = claim.lower()
    if not any(h in low for h in _STILL_HINTS):
        return None  # (most claims)
    found = next(_still_phrases(claim), None)
    if found is None or (_may_negate(claim) and _NEGATION.search(claim) is not None):
        return None
    start, phrase, word = found
    before = " ".join(claim[:start].split()[-STILL_SUBJECT:])
    subject = keys(f"{before} {phrase}") - _MOVE_KEYS - _STILL_KEYS
    if not subject:
        return None
    if len(_CLAUSES.split(evidence, maxsplit=1)) > 1:
        evidence = _clause(claim, evidence) or ""
    moves = _moves(evidence)
    if not moves or next(_still_phrases(evidence), None) is not None:
        return None
    ws = _LETTERS.findall(evidence)
    for i, w in enumerate(ws):
        if w.lower() in moves:
            around = " ".join(ws[max(0, i - MOVED_WORDS) : i + MOVED_WORDS + 1])
            if subject & keys(around):
                return f"it says '{word}' where the closest body sentence says '{w.lower()}'"
    return None


#: Where a sentence's clauses part: ``..., while ...``, ``... but ...``, ``...; ...``.
# (Read from a run of spaces' first only: linear time on a run of spaces.)
_CLAUSES = regex.compile(
    r"(?i),?(?<![ ])[ ]++(?:while|whereas|but|although|though|even[ ]as)[ ]+|;[ ]+"
)


def _clause(claim: str, text: str, names: Sequence[str] = ()) -> str | None:
    """The clause of ``text`` that holds the first of the claim's ``names`` (the ``surface``
    of its :func:`facts`) that one clause alone holds, if one does; else the clause that
    shares the most keys with ``claim``, if one shares more than any other. A name says whose
    move the claim restates, which the words around it may not (``Nintendo shares rose on
    Monday`` for ``Sony shares rose on Monday while Nintendo fell``). The verbs of movement
    are not counted: the claim's own verb would pick the clause that moves its way (``Sales
    in China rose`` for ``sales in North America rose 5% while sales in China declined``)."""
    parts = _CLAUSES.split(text)
    if len(parts) < 2:
        return None
    if names:
        part_keys = [keys(p) for p in parts]
        for name in names:
            name_keys = keys(name)
            holding = [p for p, k in zip(parts, part_keys, strict=True) if name_keys <= k]
            if name_keys and len(holding) == 1:
                return holding[0]
    claim_keys = keys(claim) - _MOVE_KEYS
    shared = sorted(((len(claim_keys & keys(p)), p) for p in parts), reverse=True)
    return shared[0][1] if shared[0][0] > shared[1][0] else None


#: A negation and the word it negates, past auxiliaries (``will not seek``, ``hasn't been
#: sold``, ``never met``); not ``not only``, which adds.
#: The same in German (``nicht senkt``, ``nicht mehr gesenkt``, ``keine Senkung``), French (the
#: verb between ``ne`` and ``pas``: ``ne maintient pas``, ``n'a pas baissé``), Italian and
#: Portuguese (``non``, ``não``), and Spanish (``nunca``; ``no`` before a clitic or an
#: auxiliary, or a verb in the past: ``no se espera``, ``no ha subido``, ``no bajó``, as
#: English ``no`` is no verb's negation); not ``nicht nur``, ``non solo``, ``no sólo``,
#: ``non seulement``, ``não só``, which add, as ``not only`` does.
_NEGATION = regex.compile(
    r"(?i)\b(?:not|never|cannot|\p{L}+n['’]t)\b(?![ ]only\b)"
    r"(?:[ ]+(?:be|been|being|have|has|had|yet|also|even|again|ever|to))*[ ]+(?P<word>\p{L}+)"
    r"|\b(?:nicht|nie|niemals)(?![ ]nur\b)(?:[ ]+(?:mehr|zu|so|ganz))*[ ]+(?P<word>\p{L}+)"
    r"|\bkein(?:e|en|em|er|es)?[ ]+(?P<word>\p{L}+)"
    r"|\b(?:ne[ ]+|n['’])(?:(?:a|ont|est|sont|avait|avaient|était|étaient|sera|seront|va"
    r"|vont|doit|peut|pourra|faut)[ ]+(?:pas|plus|jamais|guère)[ ]+(?:été[ ]+)?(?P<word>\p{L}+)"
    r"|(?P<word>\p{L}+)[ ]+(?:pas|plus|jamais|guère|point)\b)"
    r"|\b(?:non|não|nunca|jamás|tampoco)(?![-\p{L}]|[ ](?:solo|soltanto|seulement|só)\b)"
    r"(?:[ ]+(?:è|ha|hanno|sono|si|ci|se|lo|la"
    r"|le|les|ha|han|há|foi|é|são|está|están|es|son|fue|va|van|habrá|había))*[ ]+(?P<word>\p{L}+)"
    r"|\bno[ ]+(?!s[oó]lo\b)(?:(?:se|lo|la|le|les|ha|han|había|habían|habrá|va|van|fue|es"
    r"|son|está|están)(?:[ ]+(?:se|lo|la|le|les|ha|han))*[ ]+(?P<word>\p{L}+)"
    r"|(?P<word>\p{L}+ó)\b)"
)
#: Any word that denies, in the sentence a negated word is looked for in: ``no``, ``without``,
#: ``failed to``, ``refused``, ``is yet to``... (a claim's ``did not sign`` for ``refused to
#: sign`` agrees, and ``has not decided`` for ``is yet to decide``).
_DENYING = regex.compile(
    r"(?i)\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot|\p{L}+n['’]t"
    r"|fail(?:s|ed|ing)?|refus(?:e|es|ed|ing)|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|unable"
    r"|unlikely|yet[ ]to"
    # (German, French, Italian, Portuguese and Spanish.)
    r"|nicht|nie|niemals|kein\p{L}*|ohne|ne|sans|aucun\p{L}*|jamais|rien|non(?!-)|não|nunca"
    r"|jamás|tampoco|ningun\p{L}*|ninguna|nadie|nada)\b|\bn['’](?=\p{L})"
)


def _may_negate(text: str) -> bool:
    """A cheap test: ``False`` proves that :data:`_NEGATION` finds nothing in ``text``."""
    lower = text.lower()
    if "not" in lower or "n't" in lower or "n’t" in lower or "never" in lower:
        return True
    return any(map(lower.__contains__, _OTHER_NEGATIONS))


#: What a negation in another language holds (:data:`_NEGATION`), for :func:`_may_negate`.
_OTHER_NEGATIONS = (
    *("nicht", "nie", "kein", "ne ", "n'", "n’", "non ", "não", "nunca", "jamás", "tampoco"),
    "no ",
)


def _negated(text: str) -> set[str]:
    """The words that a negation negates in ``text``, in lower case."""
    if not _may_negate(text):
        return set()
    return {m["word"].lower() for m in _NEGATION.finditer(text)}


def _negation(claim: str, evidence: str) -> str | None:
    """Say how the claim negates a word its evidence says without denying anything, or the
    other way round (``will not seek a loan`` where the sentence says ``would again seek a
    loan``), if it does: the negated word must be one the other side has, so that a negation
    in a clause the other leaves out does not count."""
    for text, other, own in ((claim, evidence, True), (evidence, claim, False)):
        if not _may_negate(text) or _DENYING.search(other) is not None:
            continue
        other_keys = keys(other)
        for m in _NEGATION.finditer(text):
            key = word_key(m["word"])
            if key is not None and key in other_keys:
                said = " ".join(m.group().split())
                if own:
                    return f"it says '{said}' where the closest body sentence does not negate it"
                return f"the closest body sentence says '{said}' where it does not negate it"
    return None


#: What a sentence leaves open: ``did not say whether``, ``declined to confirm if``, ``it is
#: unclear whether``, ``has yet to decide whether``. What follows it is no fact of the article.
_LEFT_OPEN = regex.compile(
    r"(?i)\b(?:(?:not|never|n['’]t|declined[ ]to|declines[ ]to|refused[ ]to|yet[ ]to"
    r"|would[ ]not|could[ ]not)[ ]+(?:\p{L}+[ ]+)?(?:say|said|confirm|confirmed|disclose"
    r"|disclosed|specify|specified|reveal|revealed|decide|decided|know|known|clear|comment[ ]on"
    r"|indicate|indicated|elaborate[ ]on)|unclear|uncertain|unknown)[ ]+(?:whether|if)[ ]+"
)
#: A claim that leaves it open too: ``whether``, ``may``, ``undecided``, ``is weighing``...
_OPEN_CLAIM = regex.compile(
    r"(?i)\b(?:whether|if|may|might|could|possibly|perhaps|undecided|unclear|uncertain"
    r"|unknown|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|open[ ]question)\b"
)
#: A claim that keeps this share of the open clause's predicate (its keys after its subject;
#: one at least), and two of the clause's keys at least, asserts it.
LEFT_OPEN_SHARE = 0.5
#: Where an open clause's subject ends: its first auxiliary (``whether the plant in Kentucky
#: would close``); a clause of ``to`` has none (``whether to run again``).
_AUXILIARY = regex.compile(
    r"(?i)\b(?:would|will|could|can|may|might|should|shall|must|was|were|is|are|be|been|has"
    r"|have|had|did|does|do)\b|['’](?:ll|d|re|ve)\b"
)


def _predicate(clause: str) -> str:
    """What an open clause says of its subject: the words after its subject's, which end at
    its first auxiliary, or with its first word that has a key if it has no auxiliary
    (``the ship`` in ``the ship was hit``, ``Toyota`` in ``Toyota raised prices``)."""
    if clause[:3].lower() == "to ":
        return clause
    aux = _AUXILIARY.search(clause)
    if aux is not None:
        return clause[aux.start() :]
    for w, _, end, _ in tokens(clause):
        if word_key(w) is not None:
            return clause[end:]
    return ""


def _unsaid(claim: str, evidence: str) -> str | None:
    """Say how the claim asserts what its evidence leaves open (``Toyota will raise prices``
    where the sentence says ``Toyota did not say whether it would raise prices``), if it does:
    the claim asks nothing open itself, shares two of the open clause's keys at least and
    restates what the clause says of its subject (the subject alone is no assertion: ``The
    suspect is a man from Leeds`` for ``did not say whether the suspect, a man from Leeds,
    had a lawyer``)."""
    if "whether" not in evidence and " if " not in evidence:
        return None  # (most sentences: nothing left open)
    if _OPEN_CLAIM.search(claim) is not None or _DENYING.search(claim) is not None:
        return None
    claim_keys = keys(claim)
    for m in _LEFT_OPEN.finditer(evidence):
        clause = regex.split(r"[,;:.!?]", evidence[m.end() :], maxsplit=1)[0]
        if len(keys(clause) & claim_keys) < 2:
            continue
        said_keys = keys(_predicate(clause))
        if said_keys and len(said_keys & claim_keys) >= max(1.0, LEFT_OPEN_SHARE * len(said_keys)):
            said = " ".join(m.group().split())
            return f"it asserts what the closest body sentence leaves open ('{said} ...')"
    return None


#: How many words either side of a share in figures, and after a share in words, are read
#: for the thing it is a share of.
SHARE_WORDS = 5
#: A share said in words (``more than half of``, ``about a third of``, ``two-thirds of``,
#: ``three in four``, ``a majority``), with the words before it that bound or round it.
#: *half* is a share before *of*, *the*, *its*... only, and not after an ordinal or *the*
#: (``the second half of the year``, ``first-half``, ``by half``, ``half a point`` are none);
#: a fraction is one before *of* (``a quarter of``, not ``the first quarter``).
_SHARE_IN_WORDS = regex.compile(
    r"(?i)\b(?:(?P<q>about|around|roughly|approximately|an estimated|some|almost|nearly"
    r"|close to|just under|not quite|just over|slightly more than|a little (?:over|more than)"
    r"|no more than|at most|at least|more than|over|above|upwards of|less than|fewer than"
    r"|under|below)\s+)?"
    r"(?:(?<![\w-])(?<!\b(?:first|second|latter|former|other|and|the|a)\s+)"
    r"(?P<half>half)(?=\s+(?:of|the|its|their|his|her|our|all)\b)"
    r"|(?P<n>a|one|two|three|four|five|six|seven|eight|nine)[\s-]"
    r"(?P<d>thirds?|quarters?|fifths?|tenths?)(?=\s+of\b)"
    r"|(?P<n>one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
    r"(?P<m>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})(?![\d.,%])"
    r"|(?P<more>(?:a|the) majority|most of)|(?P<less>a minority))\b"
)
#: Words one of which a share in words holds (lower-cased): most claims hold none, and these
#: substring tests cost a fifth of the search they spare.
_SHARE_HINTS = (
    "half", "third", "quarter", "fifth", "tenth", "majority", "most of", "minority",
    "one in", "two in", "three in", "four in", "five in", "six in", "seven in", "eight in",
    "nine in", " out of ",
)  # fmt: skip
_COUNTS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_PARTS = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
#: The words that bound a share in words from below or above (*more than half*: above 50%,
#: not at it), and those that round it from below or above (*nearly half*: 40% to 50%).
_ABOVE = frozenset({"more than", "over", "above", "upwards of"})
_BELOW = frozenset({"less than", "fewer than", "under", "below"})
_AT_LEAST, _AT_MOST = frozenset({"at least"}), frozenset({"at most", "no more than"})
_NEARLY = frozenset({"almost", "nearly", "close to", "just under", "not quite"})
_JUST_OVER = frozenset({"just over", "slightly more than", "a little over", "a little more than"})
#: A share in figures: a percentage, or ``18 of its 40``.
_PERCENT = regex.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d+)?)\s?(?:%|(?i:per\s?cent)\b)")
_FRACTION = regex.compile(
    r"(?<![\d.,])(\d{1,7}) (?i:(?:out )?of (?:the |its |their |all )?)(\d{1,7})(?![\d.,])"
)


def share_tolerance(percent: float) -> float:
    """How far, in percentage points, a share said in words without a bound may be from the
    figure it rounds: a fifth of the way to 0% or 100%, at least 5 points (*about half*:
    40% to 60%; *a third*: 26.7% to 40%; *a quarter*: 20% to 30%; *nine in ten*: 85% to 95%)."""
    return max(5.0, 0.2 * min(percent, 100.0 - percent))


def _share_in_words(m: regex.Match[str], rounded: bool) -> tuple[float, float] | None:
    """The range of percentages a share in words allows (``None``: it is no share, such as
    *five in three*). ``rounded``: a share without a bound (*about half*, *two-thirds*) is
    read with :func:`share_tolerance` either side (the claim's side); else as the figure it
    names (the evidence's: the claim's tolerance already allows for its rounding)."""
    if m.group("more"):
        return 50.0 + 1e-9, 100.0
    if m.group("less"):
        return 0.0, 50.0 - 1e-9
    if m.group("half"):
        share = 50.0
    else:
        n, d = _COUNTS[m.group("n").lower()], m.group("d")
        whole = _PARTS[d.lower().rstrip("s")] if d else _COUNTS.get(m.group("m").lower())
        if whole is None:
            whole = int(m.group("m"))
        if not 0 < n < whole:
            return None
        share = 100.0 * n / whole
    q = " ".join(m.group("q").lower().split()) if m.group("q") else ""
    tol = share_tolerance(share)
    if q in _ABOVE:
        return share + 1e-9, 100.0
    if q in _BELOW:
        return 0.0, share - 1e-9
    if q in _AT_LEAST:
        return share, 100.0
    if q in _AT_MOST:
        return 0.0, share
    if q in _NEARLY:
        return share - tol, share
    if q in _JUST_OVER:
        return share, share + tol
    return (share - tol, share + tol) if rounded else (share, share)


def _share(claim: str, evidence: str) -> str | None:
    """Say how a share the claim gives in words is not the one its evidence gives, if it is
    not (``more than half of the lines`` for ``18 of its 40 lines``, ``about half of the
    routes`` for ``two-thirds of the routes`` or ``75% of the routes``).

    A share in words is a range: a bound (*more than*, *under*, *a majority*) holds one side
    of its figure; a fraction without one (*half*, *about a third*, *three in four*) holds
    :func:`share_tolerance` either side, and *nearly*, *just over* that on one side only
    (*nearly half*: 40% to 50%). The evidence's share is a figure, or a share in words
    read as the figure it names, or bounded as its words bound it; the claim is reported
    when the two do not meet.

    Only a claim that gives one share in words and none in figures (those are compared as
    numbers), and evidence with exactly one share, in figures or words: with several, which
    one the claim means is not known. The best sentence alone is read (a second one, which a
    fused claim also needs, adds figures of other things), and its share must stand within
    :data:`SHARE_WORDS` words of one of the claim's next words after the share (the lines,
    the routes): a share of other things (*turnout was 45%*) is no answer to *most of the
    voters*.
    """
    lowered = claim.lower()
    for hint in _SHARE_HINTS:
        if hint in lowered:
            break
    else:
        return None
    found = None
    for m in _SHARE_IN_WORDS.finditer(claim):
        if found is not None:
            return None
        found = m
    if found is None or _PERCENT.search(claim) or _FRACTION.search(claim):
        return None
    said = _share_in_words(found, rounded=True)
    if said is None:
        return None
    spans: list[tuple[int, int, float, float, str | None]] = [
        (m.start(), m.end(), float(m.group(1)), float(m.group(1)), None)
        for m in _PERCENT.finditer(evidence)
    ]
    for m in _FRACTION.finditer(evidence):
        part, whole = int(m.group(1)), int(m.group(2))
        if 0 < part <= whole:
            spans.append((m.start(), m.end(), 100 * part / whole, 100 * part / whole, None))
    for m in _SHARE_IN_WORDS.finditer(evidence):
        given = _share_in_words(m, rounded=False)
        if given is not None:
            spans.append((m.start(), m.end(), *given, " ".join(m.group().split())))
    if len(spans) != 1:
        return None
    ((start, end, low, high, words),) = spans
    after = keys(" ".join(claim[found.end() :].split()[:SHARE_WORDS]))
    around = " ".join(
        evidence[:start].split()[-SHARE_WORDS:] + evidence[end:].split()[:SHARE_WORDS]
    )
    if not after & keys(around):
        return None
    if said[1] < low or high < said[0]:
        gives = f"gives {low:.3g}%" if words is None else f"says '{words}'"
        return f"it says '{found.group()}' where the closest body sentence {gives}"
    return None


def _as_written(undotted: str, written: str, start: int, end: int) -> str:
    """The text of ``written`` from ``start`` to ``end``, offsets into ``undotted`` (its
    :func:`_undotted`, as long), widened to the initialisms it cuts: a message quotes the text
    as written (``J.P. Morgan``, not ``JP   Morgan``)."""
    if undotted is written or undotted == written:
        return undotted[start:end]
    for m in _DOTTED.finditer(written):
        if m.start() < end < m.end():
            end = m.end()
        if m.start() < start < m.end():
            start = m.start()
    return written[start:end]


def _shown(shown: str, undotted: str, written: str) -> str:
    """A stretch ``shown`` of ``undotted`` as ``written`` gives it (:func:`_as_written`)."""
    at = undotted.find(shown) if undotted != written else -1
    return shown if at < 0 else _as_written(undotted, written, at, at + len(shown))


def _swap(
    claim: str,
    evidence: str,
    capitalised: Container[str],
    written_claim: str | None = None,
    written_evidence: str | None = None,
) -> str | None:
    """Find a name, title or number of the claim standing where the evidence has another.

    The two word sequences are aligned; a short stretch that differs and holds, on both sides,
    names, titles or numbers and otherwise only function words is a swap, unless the two sides
    name the same thing (``Japanese``/``Japan``, ``PM``/``Prime Minister``, an acronym and its
    words). The message quotes ``written_claim`` and ``written_evidence`` (the texts before
    :func:`_undotted`, if given).
    """
    a, b = _words(claim, capitalised), _words(evidence, capitalised)
    matcher = difflib.SequenceMatcher(None, [w[0] for w in a], [w[0] for w in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or i2 - i1 > SWAP_WORDS or j2 - j1 > SWAP_WORDS:
            continue
        left, right = a[i1:i2], b[j1:j2]
        if not (_only_names(left) and _only_names(right)):
            continue
        lw = [w[0] for w in left if w[3] == _NAME]
        rw = [w[0] for w in right if w[3] == _NAME]
        if _same_thing(lw, rw):
            continue
        said, instead = claim[left[0][1] : left[-1][2]], evidence[right[0][1] : right[-1][2]]
        if _same_points(said, instead):
            continue  # one figure in basis points and in percentage points (German nouns)
        if _rounded_stretch(lw, rw, claim, evidence):
            continue  # ``about 27`` for ``27.4``
        said = _as_written(claim, written_claim or claim, left[0][1], left[-1][2])
        instead = _as_written(evidence, written_evidence or evidence, right[0][1], right[-1][2])
        return f"it says '{said}' where the closest body sentence says '{instead}'"
    return None


_NAME, _FUNCTION, _OTHER = 2, 1, 0


def _rounded_stretch(said: list[str], instead: list[str], claim: str, evidence: str) -> bool:
    """Whether the figures ``said`` (and nothing else) round the figures ``instead``."""
    if not said or not all(w[0].isdigit() for w in said + instead):
        return False
    theirs = [v for w in instead if (v := written_number(w)) is not None]
    return all(
        (v := written_number(w)) is not None and _rounds(v, theirs, claim, evidence) for w in said
    )


def _same_points(said: str, instead: str) -> bool:
    """Whether two stretches give one figure, in basis points on one side at least."""
    if not basis_points(said) and not basis_points(instead):
        return False
    return numbers(said)[1] == numbers(instead)[1]


def _words(text: str, capitalised: Container[str]) -> list[tuple[str, int, int, int]]:
    """The normalised words of ``text`` with their offsets and their class: a name or number,
    a function word (``the``, ``of``), or another word."""
    out = []
    for w, start, end, initial in tokens(text):
        n = norm(w)
        if w[0].isdigit() or (
            w[0].isupper()
            and n != "i"
            and (not initial or (n not in STOPWORDS and n in capitalised))
        ):
            kind = _NAME
        elif n in STOPWORDS:
            kind = _FUNCTION
        else:
            kind = _OTHER
        out.append((n, start, end, kind))
    return out


def _only_names(stretch: list[tuple[str, int, int, int]]) -> bool:
    """Tell whether a stretch of words holds a name or number and nothing but function words."""
    kinds = {w[3] for w in stretch}
    return _NAME in kinds and _OTHER not in kinds


def _same_thing(left: list[str], right: list[str]) -> bool:
    """Tell whether two stretches of names name the same thing in different words."""
    if all(w in TITLES for w in left + right):
        return True
    lnames = [w for w in left if w not in TITLES]
    rnames = [w for w in right if w not in TITLES]
    if not lnames or not rnames:
        return False
    if "".join(lnames) == "".join(rnames):
        return True  # the same letters, run together or not (``JPMorgan``, ``J.P. Morgan``)
    if all(any(name_match(x, y) for y in rnames) for x in lnames):
        return True
    if all(any(name_match(x, y) for x in lnames) for y in rnames):
        return True
    if _clipped(lnames, rnames) or _clipped(rnames, lnames):
        return True
    return bool(expansions([tuple(lnames)]) & set(rnames)) or bool(
        expansions([tuple(rnames)]) & set(lnames)
    )


def _clipped(short: list[str], long: list[str]) -> bool:
    """Tell whether ``short`` is a long name's clipped form: one word of three letters or more
    that opens the first of its two words or more (``Fed`` for ``Federal Reserve``, ``Met``
    for ``Metropolitan Police``)."""
    return (
        len(short) == 1
        and len(long) >= 2
        and len(short[0]) >= _CLIPPED_LETTERS
        and long[0].startswith(short[0])
    )


_CLIPPED_LETTERS = 3


def _clippings(names: Iterable[tuple[str, ...]]) -> frozenset[str]:
    """The clipped forms (:func:`_clipped`) of the names of two words or more in ``names``."""
    return frozenset(
        run[0][:k] for run in names if len(run) >= 2 for k in range(_CLIPPED_LETTERS, len(run[0]))
    )


def _date(f: Facts, key: str) -> str:
    return next(w for w in f.date_words if date_key(norm(w)) == key)


def _num(value: float) -> str:
    if not math.isfinite(value):
        return "a figure of over 300 digits"  # (read as infinity, which no int holds)
    return str(int(value)) if value == int(value) else str(value)


def _figure(value: float, text: str, scaled: dict[float, set[float]] | None = None) -> str:
    """A number as ``text`` gives it: a figure in basis points as written (``'25 basis
    points'``, read as 0.25 percentage points), one with a multiplier with it (``3 thousand``,
    if ``scaled``, the :func:`_scaled` figures of ``text``, holds it), any other as a number."""
    points = written_points(text, value)
    if points is not None:
        return f"'{points}'"
    if scaled and value in scaled:
        return f"{_num(value)} {min(_scales(text)[value])}"
    return _num(value)


@hookimpl(trylast=True)
def newsclaims_register_support_checkers(register: Register[SupportChecker]) -> None:
    register("alignment", check)

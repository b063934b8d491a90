"""Built-in plugin ``newsclaims.audit_support``: unsupported summary claims and restated claims.

- ``unsupported_claim``: a claim that restates the article (a headline, key point, pull quote,
  or any claim in a ``headline``, ``key_points`` or ``summary`` section) that the body does not
  support, as judged by :func:`newsclaims.check_support` (the first registered support checker).
  The finding points at the best-matching body sentence as ``evidence``; ``score`` is the
  checker's support score. A question ("Why is the shilling so stable?") asserts nothing: it
  is reported only where it matches a body sentence and a detail differs.
- ``duplicate_claim``: a claim that restates an earlier claim of the same role nearly word for
  word (the same content words, the same numbers), or with a clause left out. Body claims are
  compared with body claims, summary claims with claims of their own kind: a key point is meant
  to restate the body.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, compress, repeat
from operator import le

import regex

from newsclaims import Auditor, Document, Finding, Register, check_support, hookimpl
from newsclaims.default_plugins._audit_text import QUESTION, index, numbers, snippet

#: A list item's number or bullet, which is not part of what the item claims.
_ENUMERATOR = regex.compile(r"^\s*(?:\(?\d{1,3}[.):]|\p{Pd}|[•*·▪►])\s+")

# The words with which a summary reports what its article says rather than saying it: "The
# article also notes that ...", "According to the report, ...", "It is worth noting that
# ...", "Notably, ...", "..., the report says." They are no part of what it claims, which
# the body need not say (a point that restated a sentence with them was reported as
# unsupported). English only.
_SOURCE_WORD = r"(?:article|report|reports|story|piece|coverage|reporting|source|sources|text)"
_REPORTS = (
    r"(?:notes|noted|says|said|states|stated|mentions|mentioned|reports|reported|highlights"
    r"|highlighted|explains|explained|adds|added|points[ ]out|pointed[ ]out|indicates"
    r"|indicated|emphasi[sz]es|emphasi[sz]ed|underlines|underscores|confirms|confirmed)"
)
_FRAME_START = regex.compile(
    r"(?i)^[ \t]*(?:(?:it[ ]is|it's|it’s)[ ](?:also[ ])?(?:worth[ ]noting|important[ ]to[ ]note"
    r"|notable|reported)[ ]that"
    rf"|(?:the|this)[ ]{_SOURCE_WORD}[ ](?:also[ ])?{_REPORTS}(?:[ ]that)?"
    rf"|according[ ]to[ ](?:the[ ])?{_SOURCE_WORD}"
    r"|notably|importantly|overall|additionally|furthermore|moreover|in[ ]summary|in[ ]short"
    r"|in[ ]addition|crucially|significantly)[,:]?[ ]+(?=\S)"
)
_FRAME_END = regex.compile(
    rf"(?i),[ ](?:(?:the|this)[ ]{_SOURCE_WORD}[ ](?:also[ ])?{_REPORTS}"
    rf"|according[ ]to[ ](?:the[ ])?{_SOURCE_WORD})(?=[ ]*[.!]?[ ]*$)"
)


def _unframed(text: str) -> str:
    """``text`` with the words that frame it as a report of the article blanked out (the same
    length: offsets stay), as :data:`_FRAME_START` and :data:`_FRAME_END` find them."""
    frame = _FRAME_START.match(text)
    if frame is not None and frame.end() > len("that "):
        # (A word that is no key stands for the frame, so that the word after it is not read
        # as the sentence's first: ``... notes that Samsung`` names Samsung.)
        text = "that".rjust(frame.end() - 1) + " " + text[frame.end() :]
    end = _FRAME_END.search(text) if "," in text else None
    if end is not None:
        text = text[: end.start()] + " " * (end.end() - end.start()) + text[end.end() :]
    return text


#: A question is reported only if a body sentence matches it at least this well (and the
#: checker finds a detail that differs).
QUESTION_ALIGNED = 0.5

#: A headline that asks without a question mark, as an explainer's does (``What the new rules
#: mean for growers``, ``Explainer: Why the yen is falling``, ``How Japan's election works``):
#: a question word first (after a label and its colon), and no colon after it to start an
#: answer (``What happened: the bank raised rates`` asserts).
_ASKS = regex.compile(r"\W*(?:\p{L}+(?:[ ]\p{L}+)?:[ ]+)?(?i:what|why|how|who|which)\b[^:]*$")

#: A summary claim inside the body is compared with this many body sentences either side.
AROUND = 50

#: Claims whose content words overlap this much (Jaccard) are duplicates.
DUPLICATE = 0.8
#: Claims with fewer content words than this are never called duplicates ("He declined.").
MIN_WORDS = 4
#: A claim that has every content word of an earlier claim but a clause (and no word of its
#: own) restates it if their overlap is this much and it has this many content words at least:
#: ``The port will reopen on Friday`` after ``The port will reopen on Friday, the ministry
#: said`` (an overlap of 0.75, under DUPLICATE).
PART = 0.7
PART_MIN_WORDS = 5
#: Words shared by more claims than this are not used to find duplicate candidates.
COMMON = 50


def unsupported(doc: Document) -> Iterator[Finding]:
    """Flag summary claims that the body sentences do not support."""
    idx = index(doc)
    if not any(idx.claim_summary):
        return  # (most articles: one pass in C, not a list of none)
    summaries = [i for i, summary in enumerate(idx.claim_summary) if summary]
    evidence = idx.body_sentences()
    if not evidence:
        return
    candidates = tuple(idx.masked(s) for s in evidence)
    starts = [s.start for s in evidence]
    whole = list(range(len(evidence)))
    asked: list[tuple[int, list[int], tuple[str, ...], str]] = []
    for i in summaries:
        claim = doc.claims[i]
        first = max(0, bisect.bisect_right(starts, claim.span.start) - 1)
        own = []
        for j in range(first, len(evidence)):
            if evidence[j].start >= claim.span.end:
                break
            if evidence[j].overlaps(claim.span):
                own.append(j)
        if own:
            # A claim inside the body is not evidence for itself. It is compared with the body
            # around it, so that each such claim costs the same however long the article.
            lo, hi = max(0, own[0] - AROUND), min(len(evidence), own[-1] + AROUND + 1)
            pool = [j for j in range(lo, hi) if j not in own]
            texts = tuple(candidates[j] for j in pool)
        else:
            pool, texts = whole, candidates
        if not texts:
            continue
        text = idx.masked(claim.span)
        item = _ENUMERATOR.match(text)
        if item is not None:
            text = " " * item.end() + text[item.end() :]
        text = _unframed(text)
        asked.append((i, pool, texts, text))
    # The claims compared with the whole body are checked one after another: what the checker
    # works out about the body's sentences is kept for the next claim (a long document's pull
    # quotes, each with the body around it, would push it out of the checker's cache between
    # them, and its work would be redone for each: quadratic time).
    verdicts = {i: check_support(text, texts) for i, _, texts, text in asked if texts is candidates}
    for i, pool, texts, text in asked:
        verdict = verdicts[i] if i in verdicts else check_support(text, texts)
        if verdict.supported:
            continue
        if verdict.score < QUESTION_ALIGNED and (
            QUESTION.search(text) is not None
            or (doc.claims[i].kind == "headline" and _ASKS.match(text) is not None)
        ):
            # A question ("Why is the shilling so stable?") asserts nothing, so the article
            # need not say it; only the details it takes for granted must match the article.
            continue
        best = evidence[pool[verdict.evidence]] if verdict.evidence is not None else None
        what = doc.claims[i].kind.replace("_", " ")
        yield Finding(
            kind="unsupported_claim",
            message=f"{what} not supported by the article: {verdict.reason or 'no evidence'}",
            severity="warning",
            claim=i,
            evidence=best,
            score=round(float(verdict.score), 4),
        )


def duplicates(doc: Document) -> Iterator[Finding]:
    """Flag claims that restate an earlier claim of the same role."""
    idx = index(doc)
    summary = idx.claim_summary
    groups: dict[str, list[int]] = defaultdict(list)
    if any(summary):
        for i, claim in enumerate(doc.claims):
            groups[claim.kind if summary[i] else "body"].append(i)
    else:
        groups["body"] = list(range(len(doc.claims)))
    for members in groups.values():
        yield from _duplicates_among(doc, members, idx.claim_keys)


def _duplicates_among(
    doc: Document, members: list[int], claim_keys: list[frozenset[str]]
) -> Iterator[Finding]:
    # A claim restates the first earlier claim (of MIN_WORDS keys or more) that shares a key no
    # more than COMMON members have, whose spans do not overlap, whose keys overlap by DUPLICATE
    # or more (Jaccard) and whose numbers are the same.
    seen: set[str] = set()
    earlier: list[int] = []
    earlier_keys: list[frozenset[str]] = []
    # The positions in ``earlier`` of the claims of each number of keys, in order.
    by_size: dict[int, list[int]] = {}
    # The keys of those claims of each size together, as far as worked out (see _holding).
    unions: dict[int, tuple[set[str], list[int]]] = {}
    worked_out: list[frozenset[str]] = []

    def common() -> frozenset[str]:
        # The keys that more than COMMON members have, worked out once and only if asked for.
        if not worked_out:
            worked_out.append(_common_keys(members, claim_keys))
        return worked_out[0]

    postings: dict[str, list[int]] | None = None
    for j in members:
        kj = claim_keys[j]
        n = len(kj)
        if n < MIN_WORDS:
            continue
        # Speed: a Jaccard overlap of DUPLICATE needs that share of kj at least in one earlier
        # claim, so in all of them together; most claims bring more new keys than that.
        need = _NEED[n] if n < len(_NEED) else _need(n)
        known = len(seen)
        seen |= kj
        found = None
        if len(seen) - known <= n - need:
            close: Iterable[int]
            if len(earlier) <= _SCAN:
                # The earlier claims holding enough of kj, among those of a size that allows the
                # overlap (need keys or more, and no more than n / DUPLICATE), taken from their
                # size's list: C-level passes over those alone.
                fits = range(need, int(n / DUPLICATE + 1e-9) + 1)
                at = sorted(
                    chain.from_iterable(_holding(by_size, unions, earlier_keys, fits, kj, need))
                )
                shared = map(len, map(kj.intersection, map(earlier_keys.__getitem__, at)))
                close = compress(map(earlier.__getitem__, at), map(le, repeat(need), shared))
            else:
                # Those sharing an uncommon key: no more than COMMON for each key of kj.
                if postings is None:
                    postings = _postings(members, claim_keys, common())
                close = sorted({i for k in kj for i in postings.get(k, ()) if i < j})
            found = _restated(doc, j, close, claim_keys, common)
        if found is None and len(seen) == known and n >= PART_MIN_WORDS:
            # Speed: a claim that restates part of one earlier claim brings no new key; the
            # earlier claims of the sizes that allow the overlap are tested for holding its keys
            # in C (few claims get here: no union of a size's keys is worth working out).
            if len(earlier) <= _SCAN:
                sizes = range(n + 1, int(n / PART + 1e-9) + 1)
                at = sorted(chain.from_iterable(map(by_size.get, sizes, repeat(()))))
                holds = map(kj.__lt__, map(earlier_keys.__getitem__, at))
                close = list(compress(map(earlier.__getitem__, at), holds))
            else:
                # Past _SCAN claims, those holding its rarest uncommon key (no more than COMMON
                # of them): every claim that holds all its keys holds that one, and a claim
                # whose keys are all common restates nothing (see _restated). Linear in the
                # claims however often a text repeats itself.
                if postings is None:
                    postings = _postings(members, claim_keys, common())
                held = [postings[k] for k in kj if k in postings]  # (a key not there: common)
                rare = min(held, key=len) if held else []
                close = [i for i in rare if i < j and kj < claim_keys[i]]
            found = _restated(doc, j, close, claim_keys, common, part=True)
        if found is not None:
            yield found
        by_size.setdefault(n, []).append(len(earlier))
        earlier.append(j)
        earlier_keys.append(kj)


def _holding(
    by_size: dict[int, list[int]],
    unions: dict[int, tuple[set[str], list[int]]],
    earlier_keys: list[frozenset[str]],
    sizes: Iterable[int],
    keys: frozenset[str],
    need: int,
) -> Iterator[list[int]]:
    """The lists in ``by_size`` of the ``sizes`` whose claims together hold ``need`` of
    ``keys`` or more (no claim of another size holds that many alone).

    Speed: most claims that bring few new keys share them with claims of other sizes, so a
    size's claims are compared one by one only when their keys together pass; those unions
    are worked out when first asked for and brought up to date from where they were left.
    """
    for size in sizes:
        members = by_size.get(size)
        if members is None:
            continue
        union, done = unions.setdefault(size, (set(), [0]))
        if done[0] < len(members):
            union.update(*map(earlier_keys.__getitem__, members[done[0] :]))
            done[0] = len(members)
        if len(keys.intersection(union)) >= need:
            yield members


def _need(n: int) -> int:
    """How many keys of a claim of ``n`` keys another must have for a Jaccard of DUPLICATE."""
    return math.ceil(DUPLICATE * n - 1e-9)


_NEED = [_need(n) for n in range(256)]


#: Up to this many earlier claims, all are compared with a claim; then only those sharing a key.
_SCAN = 256


def _common_keys(members: list[int], claim_keys: list[frozenset[str]]) -> frozenset[str]:
    """The keys that more than COMMON members have."""
    if len(members) <= COMMON:
        return frozenset()
    counts = Counter(chain.from_iterable(map(claim_keys.__getitem__, members)))
    return frozenset(k for k, n in counts.items() if n > COMMON)


def _postings(
    members: list[int], claim_keys: list[frozenset[str]], common: frozenset[str]
) -> dict[str, list[int]]:
    """The members (of MIN_WORDS keys or more) holding each key that no more than COMMON do."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i in members:
        if len(claim_keys[i]) >= MIN_WORDS:
            for k in claim_keys[i] - common:
                postings[k].append(i)
    return postings


def _restated(
    doc: Document,
    j: int,
    candidates: Iterable[int],
    claim_keys: list[frozenset[str]],
    common: Callable[[], frozenset[str]],
    *,
    part: bool = False,
) -> Finding | None:
    """The finding for claim ``j`` restating the first of ``candidates`` (in order) that it
    restates, if any; with ``part``, the candidates hold every key of ``j`` and more, and ``j``
    may leave out the numbers of what it leaves out."""
    kj = claim_keys[j]
    span = doc.claims[j].span
    for i in candidates:
        ki = claim_keys[i]
        shared = ki & kj
        similarity = len(shared) / len(ki | kj)
        if similarity < (PART if part else DUPLICATE) or doc.claims[i].span.overlaps(span):
            continue
        if shared <= common():
            continue
        had, has = numbers(doc.claims[i].text)[0], numbers(doc.claims[j].text)[0]
        if not (has <= had if part else has == had):
            continue
        return Finding(
            kind="duplicate_claim",
            message=f"restates an earlier claim: {snippet(doc.claims[i].text)!r}",
            severity="note",
            claim=j,
            evidence=doc.claims[i].span,
            score=round(similarity, 4),
        )
    return None


@hookimpl(trylast=True)
def newsclaims_register_auditors(register: Register[Auditor]) -> None:
    register("unsupported_claim", unsupported)
    register("duplicate_claim", duplicates)

"""Built-in plugin ``newsclaims.audit_support``: unsupported summary claims and restated claims.

- ``unsupported_claim``: a claim that restates the article (a headline, key point, pull quote,
  or any claim in a ``headline``, ``key_points`` or ``summary`` section) that the body does not
  support, as judged by :func:`newsclaims.check_support` (the first registered support checker).
  The finding points at the best-matching body sentence as ``evidence``; ``score`` is the
  checker's support score.
- ``duplicate_claim``: a claim that restates an earlier claim of the same role nearly word for
  word (the same content words, the same numbers). Body claims are compared with body claims,
  summary claims with claims of their own kind: a key point is meant to restate the body.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator

import regex

from newsclaims import Auditor, Document, Finding, Register, check_support, hookimpl
from newsclaims.default_plugins._audit_text import (
    Index,
    facts,
    keys,
    snippet,
)

#: A list item's number or bullet, which is not part of what the item claims.
_ENUMERATOR = regex.compile(r"^\s*(?:\(?\d{1,3}[.):]|\p{Pd}|[•*·▪►])\s+")

#: Claims whose content words overlap this much (Jaccard) are duplicates.
DUPLICATE = 0.8
#: Claims with fewer content words than this are never called duplicates ("He declined.").
MIN_WORDS = 4
#: Words shared by more claims than this are not used to find duplicate candidates.
COMMON = 50


def unsupported(doc: Document) -> Iterator[Finding]:
    """Flag summary claims that the body sentences do not support."""
    index = Index(doc)
    evidence = index.body_sentences()
    if not evidence:
        return
    candidates = [index.masked(s) for s in evidence]
    starts = [s.start for s in evidence]
    for i, claim in enumerate(doc.claims):
        if not index.is_summary(claim):
            continue
        first = max(0, bisect.bisect_right(starts, claim.span.start) - 1)
        own = []
        for j in range(first, len(evidence)):
            if evidence[j].start >= claim.span.end:
                break
            if evidence[j].overlaps(claim.span):
                own.append(j)
        if own:  # a claim inside the body is not evidence for itself
            pool = [j for j in range(len(evidence)) if j not in own]
            texts = [candidates[j] for j in pool]
        else:
            pool, texts = list(range(len(evidence))), candidates
        if not texts:
            continue
        text = index.masked(claim.span)
        item = _ENUMERATOR.match(text)
        if item is not None:
            text = " " * item.end() + text[item.end() :]
        verdict = check_support(text, texts)
        if verdict.supported:
            continue
        best = evidence[pool[verdict.evidence]] if verdict.evidence is not None else None
        what = claim.kind.replace("_", " ")
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
    index = Index(doc)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(doc.claims):
        groups[claim.kind if index.is_summary(claim) else "body"].append(i)
    for members in groups.values():
        yield from _duplicates_among(doc, members)


def _duplicates_among(doc: Document, members: list[int]) -> Iterator[Finding]:
    claim_keys = {i: keys(doc.claims[i].text) for i in members}
    postings: dict[str, list[int]] = defaultdict(list)
    for i in members:
        for k in claim_keys[i]:
            postings[k].append(i)
    flagged: set[int] = set()
    for j in members:
        kj = claim_keys[j]
        if len(kj) < MIN_WORDS or j in flagged:
            continue
        shared: dict[int, int] = defaultdict(int)
        for k in kj:
            plist = postings[k]
            if len(plist) > COMMON:
                continue
            for i in plist:
                if i < j:
                    shared[i] += 1
        for i in sorted(shared):
            ki = claim_keys[i]
            if len(ki) < MIN_WORDS or doc.claims[i].span.overlaps(doc.claims[j].span):
                continue
            similarity = len(ki & kj) / len(ki | kj)
            if similarity < DUPLICATE:
                continue
            a, b = facts(doc.claims[i].text), facts(doc.claims[j].text)
            if a.numbers != b.numbers:
                continue
            flagged.add(j)
            yield Finding(
                kind="duplicate_claim",
                message=f"restates an earlier claim: {snippet(doc.claims[i].text)!r}",
                severity="note",
                claim=j,
                evidence=doc.claims[i].span,
                score=round(similarity, 4),
            )
            break


@hookimpl(trylast=True)
def newsclaims_register_auditors(register: Register[Auditor]) -> None:
    register("unsupported_claim", unsupported)
    register("duplicate_claim", duplicates)

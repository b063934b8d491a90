"""Built-in plugin ``newsclaims.support``: the default, deterministic support checker.

It aligns a claim with the candidate sentence that covers most of its content words (weighted by
inverse document frequency over the candidates), then compares the names, numbers and dates of
the claim with that sentence. A claim is unsupported when no sentence (nor two together) covers
half its weight, when it gives a number, date or name where the best sentence gives another, or
when it names someone or somewhere that neither the best sentence nor its neighbours mention.
It knows no synonyms and no world: see ``docs/explanation/audit.md`` for where it errs.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from newsclaims import Register, Support, SupportChecker, hookimpl
from newsclaims.default_plugins._audit_text import (
    Facts,
    capitalised_words,
    coverage,
    expansions,
    facts,
    idf,
    keys,
    name_found,
)

#: A claim whose best one or two sentences cover less of its weight than this is unsupported.
THRESHOLD = 0.5
#: How many sentences either side of the best one count as its context for names.
WINDOW = 2
#: How many of the best single sentences are tried in pairs, for claims that fuse two.
PAIRS = 5


@attrs.frozen
class _Candidates:
    keys: tuple[frozenset[str], ...]
    weights: dict[str, float]
    capitalised: frozenset[str]


@functools.lru_cache(maxsize=8)
def _prepare(candidates: tuple[str, ...]) -> _Candidates:
    ks = tuple(keys(c) for c in candidates)
    return _Candidates(keys=ks, weights=idf(ks), capitalised=capitalised_words(candidates))


def check(claim: str, candidates: Sequence[str]) -> Support:
    """Judge whether ``candidates`` (sentences in text order) support ``claim``."""
    cands = tuple(candidates)
    if not cands:
        return Support(supported=False, score=0.0, reason="there is no body text to compare with")
    prep = _prepare(cands)
    q = keys(claim)
    if not q:
        return Support(supported=True, score=1.0, evidence=None)
    scores = [coverage(q, k, prep.weights) for k in prep.keys]
    order = sorted(range(len(cands)), key=lambda i: (-scores[i], i))
    best = order[0]
    score = scores[best]
    combined = score
    for a in order[:PAIRS]:
        for b in order[:PAIRS]:
            if a < b:
                combined = max(combined, coverage(q, prep.keys[a] | prep.keys[b], prep.weights))
    score = round(score, 4)
    if combined < THRESHOLD:
        return Support(
            supported=False,
            score=score,
            evidence=best if score > 0 else None,
            reason=f"no body sentence supports it (the closest covers {score:.0%} of its words)",
        )
    capitalised = prep.capitalised | capitalised_words([claim])
    fc = facts(claim, capitalised)
    fe = facts(cands[best], capitalised)
    conflict = _conflict(fc, fe)
    if conflict is not None:
        return Support(supported=False, score=score, evidence=best, reason=conflict)
    lo, hi = max(0, best - WINDOW), min(len(cands), best + WINDOW + 1)
    near = [facts(cands[i], capitalised) for i in range(lo, hi)]
    vocabulary = frozenset().union(*(f.words for f in near))
    near_expansions = expansions(n for f in near for n in f.names)
    for name, shown in zip(fc.names, fc.surface, strict=True):
        if not name_found(name, vocabulary, near_expansions):
            return Support(
                supported=False,
                score=score,
                evidence=best,
                reason=f"'{shown}' is not mentioned in or near the closest body sentence",
            )
    return Support(supported=True, score=score, evidence=best)


def _conflict(fc: Facts, fe: Facts) -> str | None:
    """Say how the claim and its evidence disagree on a number, a date or a name, if they do."""
    claim_numbers = sorted(fc.digits - fe.numbers)
    evidence_numbers = sorted(fe.numbers - fc.numbers)
    if claim_numbers and evidence_numbers:
        return (
            f"it says {_num(claim_numbers[0])} where the closest body sentence says "
            f"{_num(evidence_numbers[0])}"
        )
    claim_dates, evidence_dates = sorted(fc.dates - fe.dates), sorted(fe.dates - fc.dates)
    if claim_dates and evidence_dates:
        return (
            f"it says {claim_dates[0].title()} where the closest body sentence says "
            f"{evidence_dates[0].title()}"
        )
    fc_exp, fe_exp = expansions(fc.names), expansions(fe.names)
    claim_names = [i for i, n in enumerate(fc.names) if not name_found(n, fe.words, fe_exp)]
    evidence_names = [i for i, n in enumerate(fe.names) if not name_found(n, fc.words, fc_exp)]
    if claim_names and evidence_names:
        return (
            f"it names '{fc.surface[claim_names[0]]}' where the closest body sentence names "
            f"'{fe.surface[evidence_names[0]]}'"
        )
    return None


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


@hookimpl(trylast=True)
def newsclaims_register_support_checkers(register: Register[SupportChecker]) -> None:
    register("alignment", check)

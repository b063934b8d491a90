"""FactCC-style check of ``unsupported_claim``: faithful and altered summary points.

For every annotated article body of aeb-dev, summary points are appended as a key-points
section: copies of body sentences (faithful), copies with their first or last clause dropped
(faithful, reported apart: summaries shorten), and body sentences with one name or one number
swapped for another name or number of the same article (altered, the typical error of a
generated summary). The points are drawn with a fixed seed, the same way for every page. The
audit runs with the default plugins; a point counts as flagged when an ``unsupported_claim``
finding concerns it. Targets: altered points caught >= 90%, faithful points flagged <= 2%.
Only the sentence splitter, the support checker and the auditor run: the bodies are clean.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterable, Iterator

import pluggy
import regex
from _common import aeb_truth, table

import newsclaims
from newsclaims import Claim, Document, Section, Span, hookimpl
from newsclaims._plugins import default_plugins

SEED = 20240617
PER_KIND = 3
MARKER = "\n\nKey points\n"

# The benchmark's own notion of names and numbers, independent of the checker's.
_NAME = regex.compile(r"(?<=[\p{Ll},;][ \t]+)\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)*")
_NUMBER = regex.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
_COMMON_CAPITALS = frozenset(
    [
        "I",
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "You",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "But",
        "And",
        "Or",
        "In",
        "On",
        "At",
        "For",
        "Of",
        "To",
        "By",
        "With",
        "From",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
    ]
)


class _Points:
    """Labels the appended block as key points, one ``key_point`` claim per line."""

    @hookimpl
    def newsclaims_register_sectioners(self, register):  # type: ignore[no-untyped-def]
        def sectioner(doc: Document) -> Iterable[Section]:
            at = doc.text.find(MARKER)
            if at >= 0:
                yield Section("key_points", Span(at + len(MARKER), len(doc.text)))

        register("bench-points", sectioner)

    @hookimpl
    def newsclaims_register_claim_extractors(self, register):  # type: ignore[no-untyped-def]
        def extractor(doc: Document) -> Iterator[Claim]:
            for section in doc.sections_of("key_points"):
                pos = section.span.start
                for line in section.span.slice(doc.text).split("\n"):
                    if line.strip():
                        span = Span(pos, pos + len(line))
                        yield Claim(text=line, span=span, kind="key_point")
                    pos += len(line) + 1

        register("bench-points", extractor)


def _entities(text: str) -> tuple[list[str], list[str]]:
    names = [m.group() for m in _NAME.finditer(text) if m.group() not in _COMMON_CAPITALS]
    numbers = [m.group() for m in _NUMBER.finditer(text)]
    return names, numbers


def _alter(sentence: str, article: str, rng: random.Random, kind: str) -> str | None:
    """Swap one name (or number) of ``sentence`` for another one of the article."""
    names, numbers = _entities(sentence)
    all_names, all_numbers = _entities(article)
    own, pool = (names, all_names) if kind == "name" else (numbers, all_numbers)
    if not own:
        return None
    target = rng.choice(sorted(set(own)))
    words = set(target.lower().split())
    choices = sorted(
        {
            p
            for p in pool
            if p not in sentence and not words & set(p.lower().split()) and p != target
        }
    )
    if not choices:
        return None
    replacement = rng.choice(choices)
    at = rng.choice([m.start() for m in regex.finditer(regex.escape(target), sentence)])
    return sentence[:at] + replacement + sentence[at + len(target) :]


def _sentences(body: str, pm: pluggy.PluginManager) -> list[str]:
    out = []
    for line in body.split("\n"):
        for s in newsclaims.split_sentences(line, plugin_manager=pm):
            if 8 <= len(s.split()) <= 60:
                out.append(s)
    return out


def _shorten(sentence: str) -> str | None:
    """The sentence without its first or last comma-separated clause, as summaries drop them."""
    head, _, tail = sentence.partition(", ")
    if tail and len(tail.split()) >= 8:
        return tail[0].upper() + tail[1:]
    head, _, tail = sentence.rpartition(", ")
    if head and len(head.split()) >= 8:
        return head + "."
    return None


def build(
    page: str, body: str, pm: pluggy.PluginManager
) -> tuple[str, list[tuple[str, str]], list[tuple[str, str]]]:
    """The test document of one page: its body, then faithful and altered points.

    Faithful points are copies (kind ``copy``) and copies with a clause dropped (``shortened``).
    """
    rng = random.Random(f"{SEED}:{page}")
    sentences = _sentences(body, pm)
    faithful = rng.sample(sentences, min(PER_KIND, len(sentences)))
    shortened = [s for s in map(_shorten, rng.sample(sentences, len(sentences))) if s]
    faithful_kinds = [("copy", s) for s in faithful]
    faithful_kinds += [("shortened", s) for s in shortened[:PER_KIND]]
    altered: list[tuple[str, str]] = []
    for kind in ("name", "number"):
        order = sentences[:]
        rng.shuffle(order)
        for s in order:
            if len([a for a in altered if a[0] == kind]) >= PER_KIND:
                break
            changed = _alter(s, body, rng, kind)
            if changed is not None:
                altered.append((kind, changed))
    points = [f for _, f in faithful_kinds] + [a for _, a in altered]
    return body.rstrip() + MARKER + "\n".join(points) + "\n", faithful_kinds, altered


#: The built-in plugins the benchmark runs: the inputs are annotated article bodies, so there is
#: nothing to clean, section or extract but the appended points, which ``_Points`` labels.
BUILT_INS = ("newsclaims.sentences", "newsclaims.support", "newsclaims.audit_support")


def manager() -> pluggy.PluginManager:
    names = [m.replace(".default_plugins", "") for m in default_plugins()]
    return newsclaims.make_plugin_manager(
        entry_points=False,
        plugins=[_Points()],
        disable=[n for n in names if n not in BUILT_INS],
    )


def main() -> None:
    truth = aeb_truth()
    pm = manager()
    counts = {"copy": [0, 0], "shortened": [0, 0], "name": [0, 0], "number": [0, 0]}
    started = time.perf_counter()
    n_docs = 0
    for page in sorted(truth):
        body = truth[page]["articleBody"]
        text, faithful, altered = build(page, body, pm)
        doc = newsclaims.parse(text, plugin_manager=pm, id=page)
        n_docs += 1
        flagged = {
            doc.claims[f.claim].text
            for f in doc.findings
            if f.kind == "unsupported_claim" and f.claim is not None
        }
        for kind, s in faithful + altered:
            counts[kind][0] += 1
            counts[kind][1] += s in flagged
    elapsed = time.perf_counter() - started
    rows = []
    for label, key in (
        ("altered: a name swapped", "name"),
        ("altered: a number swapped", "number"),
    ):
        total, hit = counts[key]
        rows.append([label, total, hit, f"{hit / total:.1%}" if total else "-"])
    alt_total = counts["name"][0] + counts["number"][0]
    alt_hit = counts["name"][1] + counts["number"][1]
    rate = f"{alt_hit / alt_total:.1%}"
    rows.append(["altered, all (target >= 90% caught)", alt_total, alt_hit, rate])
    total, hit = counts["copy"]
    rows.append(["faithful copies (target <= 2% flagged)", total, hit, f"{hit / total:.1%}"])
    total, hit = counts["shortened"]
    rows.append(["faithful, a clause dropped (no target)", total, hit, f"{hit / total:.1%}"])
    table(["summary points", "points", "flagged", "rate"], rows)
    print(f"\n{n_docs} articles, {elapsed / n_docs * 1000:.0f} ms per article (parse and audit)")


if __name__ == "__main__":
    main()

"""Sentence splitting and claim extraction: golden rules and speed, against pySBD and blingfire.

Accuracy: the English Golden Rules (a case passes when the sentences, each stripped of
surrounding white space, equal the expected ones exactly), on pySBD's 48 and on all 52.
Speed: the hand-annotated article bodies of aeb-dev (news text), measured in this run for each
splitter, and for the whole ``newsclaims.parse`` with every built-in plugin. Times are the best
of several runs in CPU time of this process (one core), which a machine shared with other work
disturbs far less than wall-clock time.

Splitters are timed returning sentence strings; "newsclaims, spans only" times the splitter
returning its spans, as the pipeline uses it.

"ws" scores compare sentences with runs of white space made single spaces: the two cases that
only fail on a line break kept inside a sentence (40 and 41) pass then.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from _common import GOLDEN, aeb_truth, best_time, table

import newsclaims
from newsclaims._memo import clear_text_caches
from newsclaims.default_plugins.sentences import split


def _newsclaims(text: str) -> list[str]:
    return [text[span.start : span.end] for span in split(text)]


def _splitters() -> dict[str, Callable[[str], list[str]]]:
    import blingfire
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)

    def bling(text: str) -> list[str]:
        out: str = blingfire.text_to_sentences(text)
        return out.split("\n") if out else []

    def sbd(text: str) -> list[str]:
        return [str(s) for s in segmenter.segment(text)]

    return {"newsclaims": _newsclaims, "pySBD 0.3.4": sbd, "blingfire 0.1.8": bling}


def golden_score(func: Callable[[str], list[str]]) -> tuple[int, int, int, list[int]]:
    """Return (passed of the 48, of the 52, of the 52 with white space normalised, failed ids)."""
    cases = json.loads(GOLDEN.read_text(encoding="utf-8"))
    passed48 = passed52 = normalised = 0
    failed = []
    for case in cases:
        got = [s.strip() for s in func(case["text"]) if s.strip()]
        if got == case["sentences"]:
            passed52 += 1
            passed48 += bool(case["in_pysbd48"])
        else:
            failed.append(case["id"])
        normalised += [" ".join(s.split()) for s in got] == case["sentences"]
    return passed48, passed52, normalised, failed


def cpu_time(func: Callable[[], object], *, repeat: int) -> float:
    """The best CPU time of this process over ``repeat`` calls, in seconds."""
    return best_time(func, repeat=repeat, clock=time.process_time)


def main() -> None:
    bodies = [page["articleBody"] for _, page in sorted(aeb_truth().items())]
    size = sum(len(b.encode("utf-8")) for b in bodies) / 1e6
    splitters = _splitters()
    speeds: dict[str, float] = {}
    rows = []
    for name, func in splitters.items():
        passed48, passed52, normalised, failed = golden_score(func)
        repeat = 1 if name.startswith("pySBD") else 9
        seconds = cpu_time(lambda f=func: [f(b) for b in bodies], repeat=repeat)  # type: ignore[misc]
        speeds[name] = size / seconds
        rows.append(
            [name, f"{passed48}/48", f"{passed52}/52", f"{normalised}/52", speeds[name], failed]
        )
    # The splitter's own output: spans (offsets), without copying each sentence out.
    spans_seconds = cpu_time(lambda: [list(split(b)) for b in bodies], repeat=9)
    speeds["newsclaims, spans only"] = size / spans_seconds
    pm = newsclaims.make_plugin_manager(entry_points=False)

    def parse_all() -> list[newsclaims.Document]:
        # Each round parses documents as if never seen: the caches of per-sentence and
        # per-text results are emptied first (the same 91 bodies round after round would
        # otherwise find them there; a corpus of new documents does not).
        clear_text_caches()
        return [newsclaims.parse(b, plugin_manager=pm) for b in bodies]

    speeds["newsclaims parse"] = size / cpu_time(parse_all, repeat=7)
    # The same without the page-text cleaner (news bodies need no cleaning).
    if pm.get_plugin("newsclaims.cleaning") is not None:
        pm.unregister(name="newsclaims.cleaning")
        speeds["newsclaims parse, no page cleaner"] = size / cpu_time(parse_all, repeat=7)
    sbd, bling = speeds["pySBD 0.3.4"], speeds["blingfire 0.1.8"]
    print(f"Golden rules; splitting alone on {len(bodies)} aeb-dev news bodies ({size:.2f} MB):\n")
    table(
        ["splitter", "golden 48", "golden 52", "52, ws", "MB/s", "failed cases"],
        [[*r[:5], ", ".join(map(str, r[5])) or "-"] for r in rows],
    )
    print("\nSpeed on one core, as ratios to the peers measured in the same run:\n")
    table(
        ["what", "MB/s", "x pySBD", "x blingfire"],
        [
            [name, mbps, f"{mbps / sbd:.1f}x", f"{mbps / bling:.2f}x"]
            for name, mbps in speeds.items()
        ],
    )


if __name__ == "__main__":
    main()

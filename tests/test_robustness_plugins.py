"""Failing plugins: every kind of failure names plugin, hook and component; keep-going keeps the
document, records the failure and runs the other plugins; hangs are stopped by the time limit."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import newsclaims
from newsclaims import (
    Claim,
    Document,
    Finding,
    PluginError,
    RegexTimeoutError,
    Removal,
    Section,
    Span,
    hookimpl,
)
from newsclaims.testing import manager_with

TEXT = "The council met on Monday. It approved the budget. Critics objected."
HOOKS = {
    "cleaner": "newsclaims_register_cleaners",
    "sectioner": "newsclaims_register_sectioners",
    "sentence splitter": "newsclaims_register_sentence_splitters",
    "citation parser": "newsclaims_register_citation_parsers",
    "claim extractor": "newsclaims_register_claim_extractors",
    "auditor": "newsclaims_register_auditors",
}


def plugin(role: str, func: Callable[[Any], Any], name: str = "Broken") -> object:
    """A plugin named ``name`` that registers ``func`` as component ``"bad"`` for ``role``."""
    hook = HOOKS[role]

    def register_it(self: object, register: Callable[[str, object], None]) -> None:
        register("bad", func)

    register_it.__name__ = hook
    cls = type(name, (), {hook: hookimpl(register_it), "newsclaims_name": name})
    return cls()


def boom(arg: object) -> list[object]:
    raise ZeroDivisionError("boom")


def gen_boom(arg: object) -> Iterator[object]:
    yield from ()
    raise KeyError("late")


# What each role may return that is wrong: a wrong type, and a span outside its text.
WRONG = {
    "cleaner": (lambda doc: [Span(0, 1)], lambda doc: [Removal(span=Span(0, 999), reason="x")]),
    "sectioner": (lambda doc: ["body"], lambda doc: [Section("caption", Span(0, 999))]),
    "sentence splitter": (lambda text: [(0, 3)], lambda text: [Span(0, 999)]),
    "citation parser": (lambda doc: [3], lambda doc: [newsclaims.Citation("1", span=Span(0, 999))]),
    "claim extractor": (
        lambda doc: [{"text": "x"}],
        lambda doc: [Claim(text="x", span=Span(998, 999))],
    ),
    "auditor": (
        lambda doc: ["bad"],
        lambda doc: [Finding(kind="k", message="m", span=Span(0, 999))],
    ),
}

FAILURES: dict[str, Callable[[str], Callable[[Any], Any]]] = {
    "exception": lambda role: boom,
    "exception while iterating": lambda role: gen_boom,
    "wrong return type": lambda role: lambda arg: 42,
    "wrong item type": lambda role: WRONG[role][0],
    "span outside the text": lambda role: WRONG[role][1],
}


@pytest.mark.parametrize("failure", sorted(FAILURES))
@pytest.mark.parametrize("role", sorted(HOOKS))
def test_a_failing_component_is_a_plugin_error_naming_it(role: str, failure: str) -> None:
    pm = manager_with(plugin(role, FAILURES[failure](role)))
    with pytest.raises(PluginError) as info:
        newsclaims.parse(TEXT, plugin_manager=pm, id="doc-1")
    err = info.value
    assert (err.plugin, err.hook, err.component, err.document) == (
        "Broken",
        HOOKS[role],
        "bad",
        "doc-1",
    )
    assert f"plugin 'Broken' {role} 'bad' failed on document 'doc-1'" in str(err)


@pytest.mark.parametrize("failure", sorted(FAILURES))
@pytest.mark.parametrize("role", sorted(set(HOOKS) - {"sentence splitter"}))
def test_keep_going_keeps_the_document_and_runs_the_others(role: str, failure: str) -> None:
    good = newsclaims.parse(TEXT, plugin_manager=manager_with())
    pm = manager_with(plugin(role, FAILURES[failure](role)))
    doc = newsclaims.parse(TEXT, plugin_manager=pm, keep_going=True)
    assert doc.raw == TEXT and doc.text == TEXT
    assert [c.text for c in doc.claims] == [c.text for c in good.claims]
    (failure_finding,) = [f for f in doc.findings if f.kind == "plugin_error"]
    assert failure_finding.plugin == "Broken" and failure_finding.severity == "error"
    assert f"{role} 'bad' failed" in failure_finding.message
    assert Document.from_dict(doc.to_dict()) == doc


def test_keep_going_with_a_failing_splitter_keeps_the_document() -> None:
    # The first sentence splitter is the one used: a broken one leaves no sentences, but the
    # document, its sections and the failure are all there.
    doc = newsclaims.parse(
        TEXT, plugin_manager=manager_with(plugin("sentence splitter", boom)), keep_going=True
    )
    assert doc.raw == TEXT and doc.sentences == () and doc.sections
    assert [f.kind for f in doc.findings] == ["plugin_error"]


def test_several_failures_are_all_recorded_in_a_stable_order() -> None:
    pm = manager_with(plugin("auditor", boom, "A"), plugin("cleaner", gen_boom, "B"))
    doc = newsclaims.parse(TEXT, plugin_manager=pm, keep_going=True)
    errors = [f for f in doc.findings if f.kind == "plugin_error"]
    assert sorted(f.plugin for f in errors) == ["A", "B"]
    again = newsclaims.parse(TEXT, plugin_manager=pm, keep_going=True)
    assert again.to_json() == doc.to_json()


class BadIdentifier:
    def __init__(self, answer: object) -> None:
        self.answer = answer

    @hookimpl
    def newsclaims_identify_source(self, raw: str) -> object:
        if isinstance(self.answer, BaseException):
            raise self.answer
        return self.answer


@pytest.mark.parametrize("answer", [RuntimeError("no"), 42])
def test_a_failing_source_identifier_is_named_and_skipped_with_keep_going(answer: object) -> None:
    pm = manager_with(BadIdentifier(answer))
    with pytest.raises(PluginError, match="'BadIdentifier' hook newsclaims_identify_source") as e:
        newsclaims.parse(TEXT, plugin_manager=pm)
    assert e.value.hook == "newsclaims_identify_source"
    doc = newsclaims.parse(TEXT, plugin_manager=pm, keep_going=True)
    assert doc.source is None and [f.kind for f in doc.findings] == ["plugin_error"]


# Hangs: a component that sleeps and one that loops in Python are both stopped.


def sleeper(arg: object) -> list[object]:
    time.sleep(30)
    return []


def looper(arg: object) -> list[object]:
    n = 0
    while True:
        try:
            n += 1
        except Exception:  # a plugin that swallows exceptions cannot swallow the time limit
            n = 0


@pytest.mark.parametrize("hang", [sleeper, looper])
def test_a_hanging_component_is_stopped_by_the_time_limit(hang: Callable[[Any], Any]) -> None:
    pm = manager_with(plugin("auditor", hang))
    started = time.monotonic()
    with pytest.raises(PluginError, match=r"did not finish within the time limit of 0\.2 s") as e:
        newsclaims.parse(TEXT, plugin_manager=pm, time_limit=0.2)
    assert time.monotonic() - started < 10
    assert (e.value.plugin, e.value.component) == ("Broken", "bad")
    doc = newsclaims.parse(TEXT, plugin_manager=pm, time_limit=0.2, keep_going=True)
    assert doc.claims and [f.kind for f in doc.findings] == ["plugin_error"]


def test_the_time_limit_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCLAIMS_TIME_LIMIT", "0.2")
    with pytest.raises(PluginError, match=r"time limit of 0\.2 s"):
        newsclaims.parse(TEXT, plugin_manager=manager_with(plugin("cleaner", looper)))
    monkeypatch.setenv("NEWSCLAIMS_TIME_LIMIT", "soon")
    with pytest.raises(newsclaims.NewsclaimsError, match="NEWSCLAIMS_TIME_LIMIT"):
        newsclaims.parse(TEXT, plugin_manager=manager_with())


def test_the_time_limit_reaches_corpus_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCLAIMS_TIME_LIMIT", "0.2")
    pm = manager_with(plugin("auditor", sleeper))
    records = [newsclaims.Record(text=TEXT, id="slow")]
    (doc,) = newsclaims.parse_many(records, plugin_manager=pm, keep_going=True)
    assert isinstance(doc, Document) and doc.claims
    assert "time limit of 0.2 s" in doc.findings[0].message


def test_the_time_limit_works_outside_the_main_thread() -> None:
    # No SIGALRM in a thread: the watchdog interrupts the Python loop instead.
    pm = manager_with(plugin("claim extractor", looper))
    result: list[object] = []

    def work() -> None:
        result.append(newsclaims.parse(TEXT, plugin_manager=pm, time_limit=0.2, keep_going=True))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(10)
    assert not worker.is_alive()
    (doc,) = result
    assert isinstance(doc, Document)
    assert [f.kind for f in doc.findings] == ["plugin_error"]


def test_a_fast_run_under_a_time_limit_leaves_no_alarm_behind() -> None:
    import signal

    before = signal.getsignal(signal.SIGALRM)
    doc = newsclaims.parse(TEXT, plugin_manager=manager_with(), time_limit=5)
    assert doc.claims
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


# The regex guard: a pattern that runs away becomes a PluginError naming its plugin.

CATASTROPHIC = r"(x+x+)+y"


def test_guarded_regex_behaves_like_regex() -> None:
    words = newsclaims.compile_regex(r"(\w+)")
    text = "One two, three"
    assert [m.group() for m in words.finditer(text)] == ["One", "two", "three"]
    assert words.findall(text, 4) == ["two", "three"]
    assert words.search(text, 3) is not None and words.match(" x") is None
    assert words.fullmatch("abc") is not None
    assert words.sub(lambda m: m.group().upper(), text) == "ONE TWO, THREE"
    assert words.split("a b", 1) == ["", "a", " b"]


def test_a_runaway_guarded_regex_times_out_with_its_pattern_named() -> None:
    guard = newsclaims.compile_regex(CATASTROPHIC, timeout=0.05)
    with pytest.raises(RegexTimeoutError, match=r"\(x\+x\+\)\+y") as info:
        guard.search("x" * 1000)
    assert info.value.pattern == CATASTROPHIC and info.value.length == 1000
    with pytest.raises(RegexTimeoutError):
        list(guard.finditer("x" * 1000))


def test_a_regex_timeout_in_a_component_names_the_plugin_and_component() -> None:
    guard = newsclaims.compile_regex(CATASTROPHIC, timeout=0.05)
    pm = manager_with(plugin("cleaner", lambda doc: list(guard.finditer(doc.raw)), "Regexy"))
    with pytest.raises(PluginError, match="plugin 'Regexy' cleaner 'bad' failed") as info:
        newsclaims.parse("x" * 1000, plugin_manager=pm)
    assert isinstance(info.value.__cause__, RegexTimeoutError)
    assert "timed out" in str(info.value)

"""Every component of a parse sees that parse's plugins and document through ``current()``,
which ``parse`` sets once for all its stages (not around each call); before and after it, and
after a failure, no parse is current."""

from __future__ import annotations

from typing import Any

import pytest

import newsclaims
from newsclaims import Claim, Span, hookimpl, make_plugin_manager
from newsclaims._plugins import current


class _Watcher:
    def __init__(self) -> None:
        self.seen: list[tuple[str, object]] = []
        self.fail_in: str | None = None

    def _look(self, stage: str) -> None:
        self.seen.append((stage, current()))
        if stage == self.fail_in:
            raise RuntimeError("boom")

    @hookimpl
    def newsclaims_identify_source(self, raw: str, url: str | None) -> str | None:
        self._look("identify")
        return None

    @hookimpl
    def newsclaims_register_cleaners(self, register: Any) -> None:
        register("watch", lambda doc: self._look("clean") or [])

    @hookimpl
    def newsclaims_register_sectioners(self, register: Any) -> None:
        register("watch", lambda doc: self._look("section") or [])

    @hookimpl(tryfirst=True)
    def newsclaims_register_sentence_splitters(self, register: Any) -> None:
        def split(text: str) -> list[Span]:
            self._look("split")
            # A nested parse within a component leaves this parse current when it is done.
            newsclaims.parse("Inner text.", plugin_manager=make_plugin_manager(entry_points=False))
            self.seen.append(("after inner", current()))
            return [Span(0, len(text))] if text else []

        register("watch", split)

    @hookimpl
    def newsclaims_register_citation_parsers(self, register: Any) -> None:
        register("watch", lambda doc: self._look("cite") or [])

    @hookimpl
    def newsclaims_register_claim_extractors(self, register: Any) -> None:
        register("watch", lambda doc: self._look("claim") or [Claim(text="Hi.", span=Span(0, 3))])

    @hookimpl
    def newsclaims_register_auditors(self, register: Any) -> None:
        register("watch", lambda doc: self._look("audit") or [])


def _manager(watcher: _Watcher) -> Any:
    return make_plugin_manager(entry_points=False, plugins=[watcher])


def test_every_component_sees_its_parse() -> None:
    watcher = _Watcher()
    pm = _manager(watcher)
    assert current() is None
    newsclaims.parse("Hi. There.", plugin_manager=pm, id="doc-1")
    assert current() is None
    stages = [stage for stage, _ in watcher.seen]
    for stage in ("clean", "section", "split", "after inner", "cite", "claim", "audit"):
        assert stage in stages
    for stage, seen in watcher.seen:
        # (The source is identified before the stages, outside the parse's scope, as before.)
        assert seen == (None if stage == "identify" else (pm, "doc-1")), stage


@pytest.mark.parametrize("stage", ["clean", "section", "cite", "claim", "audit"])
def test_no_parse_is_current_after_a_failure(stage: str) -> None:
    watcher = _Watcher()
    watcher.fail_in = stage
    with pytest.raises(newsclaims.PluginError):
        newsclaims.parse("Hi. There.", plugin_manager=_manager(watcher), id="doc-2")
    assert current() is None


def test_split_sentences_sets_the_plugins_per_call() -> None:
    watcher = _Watcher()
    pm = _manager(watcher)
    newsclaims.split_sentences("Hi. There.", plugin_manager=pm)
    assert current() is None
    assert ("split", (pm, None)) in watcher.seen

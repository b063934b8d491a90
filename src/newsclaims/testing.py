"""Helpers and hypothesis strategies for testing newsclaims and its plugins.

Requires ``hypothesis`` (installed with the ``dev`` extra). Plugin authors use the same tools
the core's own tests use::

    from newsclaims.testing import manager_with, run_cleaner

    pm = manager_with(MyPlugin())
    doc = run_cleaner(my_cleaner, "Skip to content\\nThe article.")
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pluggy
from hypothesis import strategies as st

from newsclaims._model import Document, Removal, Span
from newsclaims._pipeline import parse
from newsclaims._plugins import hookimpl, make_plugin_manager

__all__ = [
    "article_texts",
    "documents",
    "manager_with",
    "removal_sets",
    "run_cleaner",
    "texts",
]


def manager_with(*plugins: object, defaults: bool = True) -> pluggy.PluginManager:
    """Return a plugin manager with only ``plugins`` (and the built-ins), no entry points."""
    return make_plugin_manager(entry_points=False, defaults=defaults, plugins=plugins)


def run_cleaner(cleaner: Callable[[Document], Iterable[Removal]], raw: str) -> Document:
    """Run one cleaner alone on ``raw`` and return the document it leaves.

    The cleaner goes through the same pipeline as in real use, registered as plugin
    ``"test"``, so overlaps are merged and offsets checked as they would be.
    """

    class _Plugin:
        @hookimpl
        def newsclaims_register_cleaners(self, register: Callable[[str, object], None]) -> None:
            register("cleaner", cleaner)

    pm = make_plugin_manager(entry_points=False, defaults=False, plugins=[_Plugin()])
    return parse(raw, plugin_manager=pm)


#: Characters news text is made of, with the awkward ones mixed in.
_ALPHABET = st.sampled_from(
    [
        *"abcdefghij ABCDEF .,;:!?\"'“”‘’()[]-–—\n\t0123456789",
        *("é", "ñ", "Ω", "中", "文", "\u200b", "\u00a0", "\r", "🙂", "ب", "א"),
    ]
)


def texts(*, max_size: int = 400) -> st.SearchStrategy[str]:
    """Strings of news-like characters (punctuation, quotes, brackets, line breaks, scripts)."""
    return st.text(alphabet=_ALPHABET, max_size=max_size)


_WORDS = [
    "the",
    "minister",
    "said",
    "on",
    "Monday",
    "that",
    "prices",
    "rose",
    "3.5%",
    "in",
    "May",
    "and",
    "Gen.",
    "Smith",
    "of",
    "the",
    "U.S.",
    "agreed",
    "according",
    "to",
    "officials",
    "who",
    "spoke",
    "to",
    "Reuters",
    "in",
    "Tokyo",
    "Manila",
]


@st.composite
def article_texts(draw: st.DrawFn, *, max_paragraphs: int = 6) -> str:
    """Article-like text: paragraphs of sentences, some with markers, quotes and headings."""
    paragraphs = []
    for _ in range(draw(st.integers(1, max_paragraphs))):
        sentences = []
        for _ in range(draw(st.integers(1, 4))):
            words = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=12))
            sentence = " ".join(words)
            sentence = sentence[0].upper() + sentence[1:] + draw(st.sampled_from(".!?"))
            if draw(st.booleans()):
                sentence = f'"{sentence}" he said.' if draw(st.booleans()) else sentence
            if draw(st.booleans()):
                sentence += f" [{draw(st.integers(1, 9))}]"
            sentences.append(sentence)
        paragraphs.append(" ".join(sentences))
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
    return sep.join(paragraphs)


@st.composite
def removal_sets(draw: st.DrawFn, raw: str, *, max_size: int = 8) -> list[Removal]:
    """Any list of removals over ``raw``: overlapping, touching, empty, from several plugins."""
    n = len(raw)
    out = []
    for _ in range(draw(st.integers(0, max_size))):
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, n))
        out.append(
            Removal(
                span=Span(a, b),
                reason=draw(st.sampled_from(["nav", "caption", "credit"])),
                plugin=draw(st.sampled_from(["p1", "p2"])),
            )
        )
    return out


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """Documents parsed by the full pipeline, with a cleaner that removes random spans."""
    raw = draw(st.one_of(article_texts(), texts()))
    cuts = draw(removal_sets(raw))

    class _Cuts:
        @hookimpl
        def newsclaims_register_cleaners(self, register: Callable[[str, object], None]) -> None:
            register("random-cuts", lambda doc: cuts)

    pm = make_plugin_manager(entry_points=False, plugins=[_Cuts()])
    return parse(raw, plugin_manager=pm, id=draw(st.one_of(st.none(), st.text(max_size=8))))

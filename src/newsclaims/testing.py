"""Helpers and hypothesis strategies for testing newsclaims and its plugins.

Requires ``hypothesis`` (installed with the ``dev`` extra). Plugin authors use the same tools
the core's own tests use::

    from newsclaims.testing import manager_with, run_cleaner

    pm = manager_with(MyPlugin())
    doc = run_cleaner(my_cleaner, "Skip to content\\nThe article.")
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Iterable

import pluggy
from hypothesis import assume
from hypothesis import strategies as st

from newsclaims._citations import _spells_site, names_only
from newsclaims._model import Citation, Document, Removal, Span
from newsclaims._pipeline import parse
from newsclaims._plugins import hookimpl, make_plugin_manager

__all__ = [
    "BUILTIN_MARKER_STYLES",
    "BUILTIN_REFERENCE_STYLES",
    "article_texts",
    "citation_labels",
    "cited_prose",
    "documents",
    "manager_with",
    "reference_entries",
    "removal_sets",
    "run_cleaner",
    "styled_labels",
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
        newsclaims_name = "test"  # (the removals' plugin, as documented; not the class's name)

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


# Citations: labels, marker styles, reference entries and prose with markers in it.

#: The names of the built-in marker styles.
BUILTIN_MARKER_STYLES = (
    "brackets",
    "brackets_compact",
    "brackets_semicolon",
    "brackets_each",
    "brackets_range",
    "brackets_en_dash",
    "superscript",
    "caret",
    "footnote",
    "footnote_caret",
    "fullwidth",
    "citation_needed",
)
#: The names of the built-in reference-list styles.
BUILTIN_REFERENCE_STYLES = (
    "brackets",
    "run_together",
    "numbered",
    "numbered_paren",
    "superscript",
    "fullwidth",
    "footnotes",
    "markdown_links",
)


@st.composite
def citation_labels(draw: st.DrawFn, *, numeric: bool = True, max_size: int = 6) -> tuple[str, ...]:
    """Distinct citation labels: numbers (often in consecutive runs), or also words.

    ``numeric=False`` mixes in word labels such as ``note-2``, as Markdown footnotes allow.
    """
    labels: list[str] = []
    for _ in range(draw(st.integers(1, max_size))):
        if not numeric and draw(st.booleans()):
            labels.append(draw(st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,8}", fullmatch=True)))
            continue
        start = draw(st.integers(1, 150))
        labels.extend(str(n) for n in range(start, start + draw(st.integers(1, 4))))
    return tuple(dict.fromkeys(labels))


@st.composite
def styled_labels(
    draw: st.DrawFn, styles: Iterable[str] = BUILTIN_MARKER_STYLES
) -> tuple[str, tuple[str, ...]]:
    """A marker style's name and labels it can write (none for ``citation_needed``)."""
    style = draw(st.sampled_from(sorted(styles)))
    if style == "citation_needed":
        return style, ()
    return style, draw(citation_labels(numeric=not style.startswith("footnote")))


_TITLE_WORDS = [
    "Japan",
    "to",
    "provide",
    "radars",
    "Philippines,",
    "Japan-Philippines",
    "joint",
    "drills",
    "an",
    "option",
    "U.S.",
    "2.5%",
    "in",
    "April",
    "talks",
    "on",
    "security",
    "cooperation:",
    "Asian",
    "landscape",
    "O'Neil",
    "‘pact’",
    "(GSOMIA)",
    "Ishiba",
    "Việt",
    "中文",
]
_PUBLISHERS = ["Reuters", "The Japan News", "Asia News Network", "Nikkei Asia", "AFP", "VnExpress"]


@st.composite
def _title(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_TITLE_WORDS), min_size=1, max_size=10))
    last = draw(st.sampled_from(["program", "pact", "ties", "Manila", "reports", "Asia"]))
    return " ".join([*words, last])


@st.composite
def _date(draw: st.DrawFn) -> str:
    day = draw(st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2039, 12, 31)))
    form = draw(st.sampled_from(["%Y-%m-%d", "%B {d}, %Y", "{d} %B %Y", "%b. {d}, %Y"]))
    return day.strftime(form).replace("{d}", str(day.day)).replace("May.", "May")


_URLS = st.from_regex(
    r"https://(www\.)?[a-z]{2,10}\.(com|org|jp)(/[a-z0-9_-]{1,12}){0,3}/?", fullmatch=True
)


@st.composite
def reference_entries(
    draw: st.DrawFn, style: str | None = None, *, max_size: int = 6
) -> tuple[str, tuple[Citation, ...]]:
    """A reference style's name and entries it can write, labelled ``1``, ``2``...

    Each entry has a title or a URL or both; a publisher and a date only with a title (a
    Markdown link always has a title and a URL).
    """
    if style is None:
        style = draw(st.sampled_from(BUILTIN_REFERENCE_STYLES))
    entries = []
    for n in range(1, draw(st.integers(1, max_size)) + 1):
        title = draw(_title()) if style == "markdown_links" or draw(st.booleans()) else None
        url = (
            draw(_URLS)
            if style == "markdown_links" or title is None or draw(st.booleans())
            else None
        )
        publisher = date = None
        if title is not None:
            publisher = draw(st.none() | st.sampled_from(_PUBLISHERS))
            date = draw(st.none() | _date())
        # A name alone before a URL whose site it spells names the site (``April Asia
        # https://aa.com``: April Asia's site), as ``The New York Times https://nytimes.com``
        # does: such a title cannot round-trip, and is not drawn.
        assume(
            publisher is not None
            or title is None
            or url is None
            or not (names_only(title) and _spells_site(title, url))
        )
        entries.append(Citation(label=str(n), title=title, url=url, publisher=publisher, date=date))
    return style, tuple(entries)


_PROSE_WORDS = ["the", "minister", "said", "prices", "rose", "3.5%", "in", "Tokyo", "and", "Manila"]
#: Bracketed and superscript things inside a sentence that are not citation markers.
_NOT_MARKERS = [
    *("[sic]", "[Reuters]", "array[0]", "in [2019]", "won [3-1]", "x²", "10⁶", "²³⁵U"),
    *("x^2", "10^6", "(1+r)^2"),
]
_LAST_WORDS = ["agreement", "Philippines", "radars", "officials", "economy"]


@functools.lru_cache(maxsize=1)
def _builtin_manager() -> pluggy.PluginManager:
    """The built-in plugins alone, made once (a strategy draws many times, and only reads)."""
    return manager_with()


@st.composite
def cited_prose(
    draw: st.DrawFn,
    style: str | None = None,
    *,
    plugin_manager: pluggy.PluginManager | None = None,
) -> tuple[str, list[tuple[Span, tuple[str, ...], int]]]:
    """Prose with markers of one style put at sentence ends, and where each went.

    Returns the text and, per sentence, its span (markers included), the labels cited in it
    and how many markers name no labels (``[citation needed]``). Markers go before the full
    stop, after it, or after a closing quote; sentences also hold bracketed years, scores,
    ``[sic]``, exponents and isotopes, which are not markers.

    ``plugin_manager`` writes the markers: pass one with your plugin for a style of your own
    (by default, the built-in styles alone, and a plugin's style is unknown).
    """
    if style is None:
        style = draw(st.sampled_from(BUILTIN_MARKER_STYLES))
    from newsclaims import format_markers

    pm = plugin_manager if plugin_manager is not None else _builtin_manager()
    parts: list[str] = []
    expected: list[tuple[Span, tuple[str, ...], int]] = []
    pos = 0
    for _ in range(draw(st.integers(1, 6))):
        words = draw(st.lists(st.sampled_from(_PROSE_WORDS + _NOT_MARKERS), max_size=8))
        body = " ".join(["The", *words, draw(st.sampled_from(_LAST_WORDS))])
        labels: tuple[str, ...] = ()
        needed = 0
        if draw(st.booleans()):
            _, labels = draw(styled_labels([style]))
            needed = 0 if labels else 1
            marker = format_markers(labels, style=style, plugin_manager=pm)
            place = draw(st.sampled_from(["before", "after", "quote"]))
            if place == "before":
                sentence = (
                    f"{body} {marker}."
                    if style.startswith(("brackets", "citation"))
                    else f"{body}{marker}."
                )
            elif place == "after":
                sentence = f"{body}.{marker}"
            else:
                sentence = f"“{body}.”{marker}"
        else:
            sentence = f"{body}."
        if parts:
            sep = draw(st.sampled_from([" ", "\n", "\n\n"]))
            parts.append(sep)
            pos += len(sep)
        parts.append(sentence)
        expected.append((Span(pos, pos + len(sentence)), labels, needed))
        pos += len(sentence)
    return "".join(parts), expected

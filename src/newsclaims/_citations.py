"""Citation markers and reference lists: the built-in styles and the public round trip.

A *marker style* writes and finds inline markers (``[1, 2]``, ``¹``, ``[^1]``...); a *reference
style* writes and reads a reference list (``[1] Title`` lines, Markdown footnote definitions...).
Styles are registered by plugins through ``newsclaims_register_marker_styles`` and
``newsclaims_register_reference_styles``; the functions here run the styles of a plugin manager
and decide, from the whole text, which candidates really are markers.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import attrs
import pluggy
import regex

from newsclaims._components import MarkerStyle, ReferenceStyle
from newsclaims._model import Citation, Marker, Span, _str_tuple
from newsclaims._plugins import components, current, derived
from newsclaims.errors import NewsclaimsError, PluginError, wrong_type

__all__ = [
    "BracketMarkers",
    "CitationNeeded",
    "FootnoteMarkers",
    "FootnoteReferences",
    "MarkdownLinkReferences",
    "NumberedReferences",
    "SuperscriptMarkers",
    "format_entry_body",
    "format_markers",
    "format_references",
    "marker_styles",
    "parse_entry_body",
    "parse_markers",
    "parse_references",
    "reference_styles",
]

_MARKER_HOOK = "newsclaims_register_marker_styles"
_REFERENCE_HOOK = "newsclaims_register_reference_styles"

S = TypeVar("S")


def _manager(pm: pluggy.PluginManager | None) -> pluggy.PluginManager:
    if pm is not None:
        return pm
    active = current()  # a plugin of a parse in progress gets that parse's styles
    if active is not None:
        return active[0]
    from newsclaims._pipeline import default_manager

    return default_manager()


@attrs.frozen
class _Styled:
    """A style with who registered it, so that its failures name the plugin."""

    name: str
    plugin: str
    hook: str
    style: Any

    def call(self, method: str, arg: object) -> Any:
        try:
            result = getattr(self.style, method)(arg)
            return list(result) if method == "parse" else result
        except (NewsclaimsError, ValueError):
            raise
        except Exception as exc:
            raise PluginError(
                f"{method}: {type(exc).__name__}: {exc}",
                plugin=self.plugin,
                hook=self.hook,
                component=self.name,
            ) from exc


def _registered(hook: str, pm: pluggy.PluginManager | None) -> dict[str, _Styled]:
    """The styles registered through ``hook`` by name (cached per manager: do not change it)."""
    manager = _manager(pm)

    def build() -> dict[str, _Styled]:
        out: dict[str, _Styled] = {}
        for comp in components(manager, hook):
            out.setdefault(comp.name, _Styled(comp.name, comp.plugin, hook, comp.func))
        return out

    return derived(manager, f"styles:{hook}", build)


def marker_styles(*, plugin_manager: pluggy.PluginManager | None = None) -> dict[str, MarkerStyle]:
    """Return the registered marker styles by name, in registration order.

    :param plugin_manager: whose styles (default: the manager of the document being parsed,
        else :func:`make_plugin_manager`'s).
    """
    return {name: s.style for name, s in _registered(_MARKER_HOOK, plugin_manager).items()}


def reference_styles(
    *, plugin_manager: pluggy.PluginManager | None = None
) -> dict[str, ReferenceStyle]:
    """Return the registered reference-list styles by name, in registration order.

    :param plugin_manager: whose styles, as for :func:`marker_styles`.
    """
    return {name: s.style for name, s in _registered(_REFERENCE_HOOK, plugin_manager).items()}


def _select(
    hook: str,
    styles: Iterable[str] | Mapping[str, Any] | None,
    pm: pluggy.PluginManager | None,
) -> list[_Styled]:
    if isinstance(styles, Mapping):
        return [_Styled(name, "<given>", hook, s) for name, s in styles.items()]
    known = _registered(hook, pm)
    if styles is None:
        return list(known.values())
    if isinstance(styles, str):
        styles = [styles]
    out = []
    for name in styles:
        if name not in known:
            kind = "marker" if hook == _MARKER_HOOK else "reference"
            raise NewsclaimsError(
                f"unknown {kind} style {name!r}; registered: {', '.join(known) or 'none'}"
            )
        out.append(known[name])
    return out


def _readers(styles: Iterable[_Styled]) -> Iterator[_Styled]:
    """The styles that need to read a text: of those with equal ``reads``, the first only."""
    read: set[object] = set()
    for styled in styles:
        reads = getattr(styled.style, "reads", None)
        if reads is None or reads not in read:
            read.add(reads)
            yield styled


def _reading(
    hook: str,
    styles: Iterable[str] | Mapping[str, Any] | None,
    pm: pluggy.PluginManager | None,
) -> list[_Styled]:
    """:func:`_readers` of :func:`_select`: for all the registered styles (the parse of every
    document asks for them) worked out once per plugin manager, as its styles are."""
    if styles is not None:
        return list(_readers(_select(hook, styles, pm)))
    manager = _manager(pm)
    return derived(manager, _READING[hook], lambda: list(_readers(_select(hook, None, manager))))


_READING = {_MARKER_HOOK: f"readers:{_MARKER_HOOK}", _REFERENCE_HOOK: f"readers:{_REFERENCE_HOOK}"}


def _one(hook: str, style: str | Any, pm: pluggy.PluginManager | None) -> _Styled:
    if isinstance(style, str):
        return _select(hook, [style], pm)[0]
    if not callable(getattr(style, "format", None)):
        kind = "MarkerStyle" if hook == _MARKER_HOOK else "ReferenceStyle"
        raise wrong_type("style", f"a registered style's name or a {kind} object", style)
    return _Styled(type(style).__name__, "<given>", hook, style)


# ---------------------------------------------------------------------------------------------
# Public round trip


def format_markers(
    labels: Sequence[str],
    *,
    style: str | MarkerStyle = "brackets",
    plugin_manager: pluggy.PluginManager | None = None,
) -> str:
    """Return the inline marker text that cites ``labels`` in ``style``.

    :param labels: the labels to cite, in order (``()`` only for ``citation_needed``).
    :param style: a registered style's name, or a :class:`MarkerStyle` object.
    :param plugin_manager: whose styles (see :func:`marker_styles`).
    :raises ValueError: the style cannot write these labels (``¹`` takes digits only...).
    :raises NewsclaimsError: no style of that name is registered.
    :raises TypeError: ``labels`` is one string (``"12"``: write ``["12"]``) or holds a
        label that is not a string, as :class:`Marker` refuses them.

    >>> format_markers(["1", "2", "3", "5"], style="brackets_range")
    '[1-3, 5]'
    >>> parse_markers("Prices rose [1-3, 5].")[0].labels
    ('1', '2', '3', '5')
    """
    labels = _str_tuple(labels)  # (the model's check and message: "12" is no two labels)
    text: str = _one(_MARKER_HOOK, style, plugin_manager).call("format", labels)
    return text


def format_references(
    entries: Sequence[Citation],
    *,
    style: str | ReferenceStyle = "brackets",
    plugin_manager: pluggy.PluginManager | None = None,
) -> str:
    """Return the reference-list text of ``entries`` in ``style``.

    Each entry's label, title, URL, publisher and date are written; ``raw`` and ``span`` are
    ignored (parsing sets them anew).

    :param entries: the citations, in list order.
    :param style: a registered style's name, or a :class:`ReferenceStyle` object.
    :param plugin_manager: whose styles (see :func:`reference_styles`).
    :raises ValueError: the style cannot write an entry (a Markdown link needs a title and URL).
    :raises TypeError: ``entries`` is not an iterable of :class:`Citation`.
    """
    if isinstance(entries, (str, Citation)):
        raise wrong_type("entries", "an iterable of Citation objects", entries)
    entries = tuple(entries)
    for entry in entries:
        if not isinstance(entry, Citation):
            raise wrong_type("each of entries", "a Citation", entry)
    text: str = _one(_REFERENCE_HOOK, style, plugin_manager).call("format", tuple(entries))
    return text


def parse_markers(
    text: str,
    *,
    styles: Iterable[str] | Mapping[str, MarkerStyle] | None = None,
    known_labels: Collection[str] = (),
    plugin_manager: pluggy.PluginManager | None = None,
) -> tuple[Marker, ...]:
    """Return the citation markers in ``text``, in order, with spans into ``text``.

    Every style proposes candidates; the text as a whole decides which are markers. A
    candidate at the end of a sentence (before or after its punctuation, at the end of a line)
    is a marker unless it names a number of four digits the reference list does not define (a
    year). A candidate inside a sentence is a marker only if its style is the text's dominant
    one and its labels are ones the text cites elsewhere (or ``known_labels`` defines), so
    ``in [2019]``, ``won [3-1]`` and ``x²`` stay prose. ``[citation needed]`` gives a marker
    with no labels and style ``citation_needed``. A superscript (or caret) number that
    ``known_labels`` lacks, whose digits each name a known label once (``²³`` beside labels
    ``1`` to ``4``), cites those labels: its comma was lost.

    :param text: any text; reference lists in it are better left out (they are not markers).
    :param styles: names of registered styles to look for (default: all), or a mapping of
        names to style objects to use instead of the registered ones.
    :param known_labels: the labels of the text's reference list, if known.
    :param plugin_manager: whose styles (see :func:`marker_styles`).

    >>> [(m.labels, m.style) for m in parse_markers("It rose [1][2]. In [2019] it fell.³")]
    [(('1',), 'brackets'), (('2',), 'brackets'), (('3',), 'superscript')]
    """
    if type(text) is not str and not isinstance(text, str):
        raise wrong_type("text", "a str", text)
    if isinstance(known_labels, str):
        raise wrong_type("known_labels", "a collection of labels, such as ['1', '2']", known_labels)
    candidates: dict[tuple[int, int], Marker] = {}
    for styled in _reading(_MARKER_HOOK, styles, plugin_manager):
        for m in styled.call("parse", text):
            if not isinstance(m, Marker):
                raise PluginError(
                    f"parse returned {type(m).__name__}, expected Marker",
                    plugin=styled.plugin,
                    hook=styled.hook,
                    component=styled.name,
                )
            if m.span.end > len(text):
                raise PluginError(
                    f"parse returned a span {m.span.start}:{m.span.end} outside the text",
                    plugin=styled.plugin,
                    hook=styled.hook,
                    component=styled.name,
                )
            key = (m.span.start, m.span.end)
            if key not in candidates:
                candidates[key] = (
                    m if m.style == styled.name else attrs.evolve(m, style=styled.name)
                )
    if not candidates:
        return ()  # (what deciding among none gives; most texts have no candidate)
    return _decide(text, _disjoint(candidates.values()), set(known_labels))


def parse_references(
    text: str,
    *,
    styles: Iterable[str] | Mapping[str, ReferenceStyle] | None = None,
    plugin_manager: pluggy.PluginManager | None = None,
) -> tuple[Citation, ...]:
    """Return the entries of the reference list(s) in ``text``, in order.

    Each entry is a :class:`Citation` with its label, title, URL, publisher and date where
    present, ``raw`` its text and ``span`` where it stands in ``text``. Lines that are no entry
    (a heading such as ``Sources``) are skipped. Where styles disagree about a stretch of text,
    the entry that starts first (then the longer, then the earlier-registered style) wins.

    :param text: the reference list (or a text containing it).
    :param styles: names of registered styles to read (default: all), or a mapping of names
        to style objects.
    :param plugin_manager: whose styles (see :func:`reference_styles`).

    >>> [(c.label, c.title) for c in parse_references("Sources\\n[1] One[2] Two, Reuters")]
    [('1', 'One'), ('2', 'Two, Reuters')]
    """
    if type(text) is not str and not isinstance(text, str):
        raise wrong_type("text", "a str", text)
    found: list[tuple[int, int, int, Citation]] = []
    for rank, styled in enumerate(_reading(_REFERENCE_HOOK, styles, plugin_manager)):
        for c in styled.call("parse", text):
            if not isinstance(c, Citation) or c.span is None or c.span.end > len(text):
                raise PluginError(
                    "parse must return citations with spans inside the text",
                    plugin=styled.plugin,
                    hook=styled.hook,
                    component=styled.name,
                )
            found.append((c.span.start, -c.span.end, rank, c))
    out: list[Citation] = []
    end = 0
    for start, _neg_end, _rank, c in sorted(found, key=lambda f: f[:3]):
        if start >= end or not out:
            out.append(c)
            end = max(end, -_neg_end)
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# Deciding which candidates are markers


def _disjoint(markers: Iterable[Marker]) -> list[Marker]:
    out: list[Marker] = []
    end = 0
    for m in sorted(markers, key=lambda m: (m.span.start, -m.span.end)):
        if m.span.start >= end:
            out.append(m)
            end = m.span.end
    return out


_CLOSERS = ".,;:!?\"'”’»)…"
_YEAR = 1000


def _is_strong(
    text: str,
    m: Marker,
    after: dict[int, int],
    before: dict[int, int],
    seen: dict[tuple[int, bool], int],
) -> bool:
    """Tell whether a marker stands where citations do: at a sentence's or clause's end.

    ``after`` maps each candidate's start to its end, ``before`` each end to its start, so
    that a run of markers (``[1][2]``) counts as one. ``seen`` remembers where each walk over
    such a run ended, so that a run of n markers costs O(n) in all, not O(n²).
    """
    i = _walk(text, m.span.end, after, seen, forward=True)
    if i >= len(text) or text[i] in "\r\n" or text[i] in _CLOSERS:
        return True
    k = _walk(text, m.span.start, before, seen, forward=False)
    return k > 0 and text[k - 1] in _CLOSERS


def _walk(
    text: str, pos: int, jump: dict[int, int], seen: dict[tuple[int, bool], int], *, forward: bool
) -> int:
    """Skip spaces, tabs and candidates from ``pos``; memoised per position and direction."""
    path: list[int] = []
    while (forward and pos < len(text)) or (not forward and pos > 0):
        if (pos, forward) in seen:
            pos = seen[pos, forward]
            break
        if not (text[pos if forward else pos - 1] in " \t" or pos in jump):
            break
        path.append(pos)
        pos = jump.get(pos, pos + 1 if forward else pos - 1)
    for p in path:
        seen[p, forward] = pos
    return pos


#: The most digits of a label read as its number; a longer one (a pasted ID, a hostile
#: ``[999...]`` of 5,000 digits, which ``int`` refuses) counts as ``_HUGE``.
_MAX_DIGITS = 18
_HUGE: int = 10**_MAX_DIGITS


def label_int(label: str) -> int | None:
    """The number that ``label`` is, for comparing: its decimal digits' value (``_HUGE`` for
    more than ``_MAX_DIGITS`` of them); None for a label that is no number.

    Not ``int(label)`` alone: a superscript label (``[^¹]``) is a digit that ``int`` refuses,
    and so is a run of more than 4,300 digits; either made the whole parse fail. A superscript
    label's digits are worth what they show (they sorted as characters: ``[^²]`` before ``[^¹]``).
    """
    if label.isdecimal():
        return int(label) if len(label) <= _MAX_DIGITS else _HUGE
    if not label.isdigit():
        return None
    if len(label) > _MAX_DIGITS:
        return _HUGE
    value = 0
    for digit in label:
        value = value * 10 + unicodedata.digit(digit)
    return value


def _numbers(labels: Iterable[str]) -> list[int]:
    return [n for label in labels if (n := label_int(label)) is not None]


#: The styles whose labels run together when their separators are lost (``²³`` for ``²,³``).
_GLUED_STYLES = frozenset(("superscript", "caret"))


def _unglued(m: Marker, known: set[str]) -> Marker:
    """A superscript (or caret) marker whose number the reference list does not define but
    whose digits each name one of its entries cites those entries: ``²³`` under a list of four
    is ``²,³`` with its comma lost (as text copied from an answer engine loses it)."""
    if m.style not in _GLUED_STYLES or len(m.labels) != 1:
        return m
    label = m.labels[0]
    if len(label) < 2 or label in known or not label.isdecimal():
        return m
    if len(set(label)) != len(label) or not all(d in known for d in label):
        return m
    return attrs.evolve(m, labels=tuple(label))


def _decide(text: str, candidates: Sequence[Marker], known: set[str]) -> tuple[Marker, ...]:
    if known:
        candidates = [_unglued(m, known) for m in candidates]
    after = {m.span.start: m.span.end for m in candidates if len(m.span)}
    before = {m.span.end: m.span.start for m in candidates if len(m.span)}
    seen: dict[tuple[int, bool], int] = {}
    strong = [_is_strong(text, m, after, before, seen) for m in candidates]
    known_numbers = set(_numbers(known))

    def plausible(m: Marker) -> bool:
        # (A year cites nothing, nor a 0 that no entry is numbered with: ``array [0]``.)
        return all((0 < n < _YEAR or n in known_numbers) for n in _numbers(m.labels))

    firm = [m for m, s in zip(candidates, strong, strict=True) if s and plausible(m)]
    counts: dict[str, int] = {}
    for m in firm:
        if m.labels:
            counts[m.style] = counts.get(m.style, 0) + 1
    dominant = max(sorted(counts), key=lambda k: counts[k]) if counts else None
    cited = set(known)
    for m in firm:
        cited.update(m.labels)
    ceiling = max(_numbers(cited), default=0)

    out: list[Marker] = []
    for m, is_strong in zip(candidates, strong, strict=True):
        if not m.labels:
            out.append(m)  # an uncited-claim signal such as [citation needed]
        elif is_strong:
            if plausible(m):
                out.append(m)
        elif (
            m.style == (dominant or m.style)
            and plausible(m)
            and all(
                label in cited or ((n := label_int(label)) is not None and n <= ceiling)
                for label in m.labels
            )
        ):
            out.append(m)
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# Built-in marker styles


def _label_number(digits: str) -> str | None:
    """The label of a run of (ASCII, full-width or superscript) digits; None for 0 or 0-led."""
    value = "".join(str(unicodedata.digit(ch)) for ch in digits)
    if value.startswith("0"):
        return None
    return value


def _expand(
    items: Sequence[tuple[str, str | None]], *, zero: bool = False
) -> tuple[str, ...] | None:
    """Labels of ``(first, last)`` items; ranges must ascend and span at most 100 labels. With
    ``zero``, ``0`` is a label too (a list numbered from 0: a marker that cites its entry
    ``[0]`` is kept only where the reference list defines one, see :func:`_decide`)."""
    labels: list[str] = []
    for first, last in items:
        a = "0" if zero and first in ("0", "０") else _label_number(first)
        if a is None:
            return None
        if last is None:
            labels.append(a)
            continue
        b = _label_number(last)
        first_n, last_n = label_int(a), (None if b is None else label_int(b))
        if first_n is None or last_n is None or not first_n < last_n <= first_n + 100:
            return None  # a score such as 3-1, or two unrelated numbers
        if last_n >= _HUGE:
            return None  # (numbers too long to count on from)
        labels.extend(str(n) for n in range(first_n, last_n + 1))
    return tuple(labels) if len(set(labels)) == len(labels) else None


def _ranges(labels: Sequence[str], dash: str) -> list[str]:
    """Write runs of three or more consecutive ascending numbers as ``first-last``."""
    out: list[str] = []
    i = 0
    while i < len(labels):
        j = i
        while (
            j + 1 < len(labels)
            and (a := label_int(labels[j])) is not None
            and label_int(labels[j + 1]) == a + 1
        ):
            j += 1
        if j - i >= 2:
            out.append(f"{labels[i]}{dash}{labels[j]}")
            i = j + 1
        else:
            out.append(labels[i])
            i += 1
    return out


def _check_numeric(labels: Sequence[str], style: str) -> None:
    if not labels:
        raise ValueError(f"style {style!r} needs at least one label")
    for label in labels:
        if not label.isascii() or not label.isdigit() or label.startswith("0"):
            raise ValueError(f"style {style!r} writes positive numbers only, not {label!r}")


_D = r"[0-9０-９]"
#: The dashes of a range of labels: the hyphen, the en and em dashes, and the look-alikes that
#: word processors and AI answers write (``[1‒3]`` with a figure dash, ``[2−4]`` a minus sign,
#: ``[1‑2]`` a non-breaking hyphen, ``[1〜3]`` a wave dash).
RANGE_DASHES = "-‐‑‒–—―−~〜～"
_DASH = f"[{regex.escape(RANGE_DASHES)}]"
_ITEM = regex.compile(rf"({_D}+)(?:\s*{_DASH}\s*({_D}+))?")
_CODE_BEFORE = regex.compile(r"[\w.()\[\]=_]*\w$")
_PLAIN_NUMBER = regex.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_CODE_AFTER = regex.compile(r"\s*(?:[=+*/%<>(]|\.\w|\[[^\d\]])")


def _flag(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: a style's boolean field is ``True`` or ``False`` (any object was taken for
    its truth, so ``each="no"`` wrote one bracket per label). The ``TypeError`` names the class
    and the field: ``BracketMarkers.each must be True or False, got 'no' (a str)``."""
    if value is not True and value is not False:
        name = f"{type(instance).__name__}.{attribute.name}"
        raise wrong_type(name, "True or False", value)


@attrs.frozen
class BracketMarkers:
    """Numbers in brackets: ``[1]``, ``[1, 2]``, ``[1; 2]``, ``[1-3]``, ``【1】``.

    Parsing accepts any of the separators, ranges with ``-`` or ``–`` and (for ``【】``)
    full-width digits; ``separator``, ``each`` and ``dash`` only choose how labels are written:
    ``[1, 2]``, ``[1][2]`` (``each``), or ``[1-3]`` (``dash``, for runs of three or more).
    """

    open: str = "["
    close: str = "]"
    separator: str = ", "
    each: bool = attrs.field(default=False, validator=_flag)
    dash: str | None = None

    def format(self, labels: Sequence[str]) -> str:
        _check_numeric(labels, "brackets")
        if self.each:
            return "".join(f"{self.open}{label}{self.close}" for label in labels)
        items = _ranges(labels, self.dash) if self.dash else list(labels)
        return f"{self.open}{self.separator.join(items)}{self.close}"

    @property
    def reads(self) -> tuple[str, str, str]:
        """Styles with the same ``reads`` find the same markers; a text is read once for all."""
        return ("brackets", self.open, self.close)

    def parse(self, text: str) -> Iterator[Marker]:
        open_, close = self.open, self.close
        if open_ not in text:
            return  # every marker starts with it: one C-level scan instead of the pattern's
        for m in _bracket_pattern(open_, close).finditer(text):
            if ":" in m.group(1):
                labels: tuple[str, ...] | None = (m.group(1),)
            else:
                items = [(first, last or None) for first, last in _ITEM.findall(m.group(1))]
                labels = _expand(items, zero=True)
            if labels is None:
                continue
            end = m.end()
            if open_ == "[":
                # A Markdown link on the number (``[1](https://...)``) is one marker.
                link = _LINK_TARGET.match(text, end) if text.startswith("(", end) else None
                end = end if link is None else link.end()
                if _is_code(text, m.start(), end):
                    continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not text[line_start : m.start()].strip() and _ENTRY_TEXT.match(text, end):
                continue  # a list label: "[1] Title" at the start of a line
            yield Marker(span=Span(m.start(), end), labels=labels, style="brackets")


def _is_code(text: str, start: int, end: int) -> bool:
    if start == 0 or not text[start - 1].isalnum():
        return False  # a marker after a space or punctuation, or a full-width one
    before = _CODE_BEFORE.search(text, max(0, start - 80), start)
    # (An opening bracket before the word is punctuation: ``(Reuters[4])``.)
    word = before.group().lstrip("([") if before else ""
    return (
        # After a word or a number, as answer engines glue markers on (``in June 2025[1].``,
        # ``rose 4.5[2]``), or a name of capitals and digits (``the G20[1].``, ``H5N1[2]``,
        # ``COP30[3]``); not after an identifier (``array[0]``, ``x.y[1]``, ``item2[1]``).
        # (A letter of another script ends a word, not an identifier, even where the run of
        # word characters before it holds a digit: Chinese and Japanese write no spaces,
        # ``これは17年ぶりの高水準である[2]``, and Korean joins a number's counter,
        # ``2024년[1]``.)
        not (
            word.isalpha()
            or (word.isalnum() and word.isupper())
            or _PLAIN_NUMBER.fullmatch(word) is not None
            or (not word[-1:].isascii() and word[-1:].isalpha())
        )
        or bool(_CODE_AFTER.match(text, end))
        or (end < len(text) and text[end].isalnum())
    )


_ENTRY_TEXT = regex.compile(r"[ \t]*[\p{L}\p{N}\"“'‘(<]")
_LINK_TARGET = regex.compile(r"\((?:https?://|www\.)[^\s()]+\)")
_BRACKET_PATTERNS: dict[tuple[str, str], regex.Pattern[str]] = {}


def _bracket_pattern(open_: str, close: str) -> regex.Pattern[str]:
    key = (open_, close)
    if key not in _BRACKET_PATTERNS:
        item = rf"{_D}+(?:\s*{_DASH}\s*{_D}+)?"
        # A dagger and what follows it name the source (``【1†source】``, as ChatGPT writes).
        source = rf"(?:†[^{regex.escape(close)}\n]{{0,200}})?"
        # (Or a message's and a result's numbers before the dagger, ``【4:0†source】``, as the
        # file search of ChatGPT's assistants cites: one label, ``4:0``.)
        _BRACKET_PATTERNS[key] = regex.compile(
            rf"{regex.escape(open_)}\s*({item}(?:\s*[,;、，；]\s*{item})*"
            rf"|{_D}{{1,4}}:{_D}{{1,4}}(?=†))\s*{source}{regex.escape(close)}"
        )
    return _BRACKET_PATTERNS[key]


_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_SUPERSCRIPT = str.maketrans("0123456789", _SUPERSCRIPT)
_SUP = regex.compile(r"([⁰-⁹¹²³]+(?:⁻[⁰-⁹¹²³]+)?)((?:[,˒]\s?[⁰-⁹¹²³]+(?:⁻[⁰-⁹¹²³]+)?)*)")
_MATH = "=+−-×*/^<>±·"
_SUP_FIRST = "".join(map(chr, range(0x2070, 0x207A))) + "¹²³"  # what _SUP may start with
# Speed: U+2070-U+2079 looked for with one range scan (str.find for each of them is slow in
# news text: in UTF-16 they share their low byte with the letters p, t-y).
_SUP_RANGE = regex.compile("[\u2070-\u2079]")


def _may_have_superscripts(text: str) -> bool:
    """Tell whether ``text`` holds a character of ``_SUP_FIRST`` (C-level scans)."""
    if text.isascii():
        return False
    return "¹" in text or "²" in text or "³" in text or _SUP_RANGE.search(text) is not None


@attrs.frozen
class SuperscriptMarkers:
    """Superscript numbers after a word or punctuation: ``text¹``, ``text.²˒³``, ``¹⁻³``; or,
    with ``caret=True``, the same written in plain text after a caret: ``text.^1``,
    ``text^1,2``, ``text^1-3`` (as answers copied out of a chat window write them).

    Not markers: exponents (``10⁶``, ``x²``, ``km²`` after a number, ``E=mc²``; ``10^6``,
    ``x^2``, ``(a+b)^2``) and superscripts before a letter or digit (the isotope ``²³⁵U``).
    """

    separator: str = ","
    caret: bool = attrs.field(default=False, validator=_flag)

    def format(self, labels: Sequence[str]) -> str:
        _check_numeric(labels, "superscript")
        if self.caret:
            return "^" + self.separator.join(_ranges(labels, "-"))
        return self.separator.join(label.translate(_TO_SUPERSCRIPT) for label in labels)

    def parse(self, text: str) -> Iterator[Marker]:
        if self.caret:
            yield from self._carets(text)
            return
        if not _may_have_superscripts(text):
            return  # no character _SUP can start with: cheaper scans than the pattern's
        for m in _SUP.finditer(text):
            start, end = m.start(), m.end()
            if start > 0 and (
                text[start - 1] in _SUPERSCRIPT + "⁻"
                or (text[start - 1] in ",˒" and start > 1 and text[start - 2] in _SUPERSCRIPT)
            ):
                continue  # (the rest of a run the pattern did not join; not ``this year,³``)
            if (end < len(text) and text[end].isalnum()) or not (
                self._after_word(text, start) or _spaced(text, start, end)
            ):
                continue
            # (What follows on the same line: a list's bullet on the next line, ``¹\n- ...``,
            # is no formula's minus.)
            rest = text[end : end + 3].partition("\n")[0].lstrip()
            if rest and rest[0] in _MATH:
                continue
            items = []
            for part in regex.split(r"[,˒]\s?", m.group(0)):
                first, _, last = part.partition("⁻")
                items.append((first, last or None))
            labels = _expand(items)
            if labels is not None:
                yield Marker(span=Span(start, end), labels=labels, style="superscript")

    def _carets(self, text: str) -> Iterator[Marker]:
        if "^" not in text:
            return  # every such marker starts with it (a C-level scan)
        for m in _CARET.finditer(text):
            start, end = m.start(), m.end()
            before = text[start - 1] if start else ""
            if before in (")", "]") or (before != "^" and not self._after_word(text, start)):
                continue  # (a bracket before it: ``(a+b)^2``, ``[x]^2``; after ``^1^``, more)
            rest = text[end : end + 3].partition("\n")[0].lstrip()
            if rest and rest[0] in _MATH and not (text[end - 1] == "^" and rest[0] == "^"):
                continue  # (but for the next marker after a closed one: ``^1^^2^``)
            items = [(a, b or None) for a, b in _CARET_ITEM.findall(m.group(1))]
            labels = _expand(items)
            if labels is not None:
                yield Marker(span=Span(start, end), labels=labels, style="superscript")

    @staticmethod
    def _after_word(text: str, start: int) -> bool:
        if start == 0:
            return True  # a marker on its own, as format() writes it
        before = text[start - 1]
        if before in "\"'”’)].,;:!?%":
            return True  # after punctuation, or a percentage (``3%²``: no one squares a share)
        if before == " " and start > 1 and text[start - 2] in _SUPERSCRIPT:
            return True  # the next of markers a space apart (``required.¹ ³``), as pages copy
        if not before.isalpha():
            return False
        token_start = start
        while token_start > 0 and not text[token_start - 1].isspace():
            token_start -= 1
        token = text[token_start:start].lstrip("(\"'“‘")
        if len(token) <= 2 or any(ch.isdigit() or ch in _MATH for ch in token):
            return False  # x², km², E=mc², H2O-like tokens
        if len(token) > _UNIT_LETTERS:
            return True  # a word, not a unit: "over 12 months¹"
        previous = text[max(0, token_start - 12) : token_start].rstrip()
        return not (previous and previous[-1].isdecimal())  # a unit after a number: 5 mol²


def _spaced(text: str, start: int, end: int) -> bool:
    """Tell whether superscripts a space after a word or a sentence's end end a clause, as a
    word processor's footnote marks do (``on Tuesday ¹ ²,``, ``... rate. ¹ It``): after a word
    of three letters or more (not ``x ²``, ``km ²``) and before punctuation, a line's end or
    the next superscript; after a sentence's end, before anything."""
    if start < 2 or text[start - 1] != " ":
        return False
    prev = text[start - 2]
    if prev in '.!?"”’)]':
        return True
    token_start = start - 1
    while token_start > 0 and not text[token_start - 1].isspace():
        token_start -= 1
    if not text[token_start : start - 1].isalpha() or start - 1 - token_start <= 2:
        return False
    after = text[end : end + 2]
    return not after or after[0] in ",.;:!?)\r\n" or (after[0] == " " and after[1:] in _SUP_FIRST)


# A caret and numbers (``^1``, ``^1,2``, ``^1-3``; a second caret closes it, ``^1^``, as
# Pandoc writes a superscript), not before a letter, a digit or a decimal point.
_CARET = regex.compile(
    r"\^(\d{1,3}(?:[-–]\d{1,3})?(?:,[ ]?\d{1,3}(?:[-–]\d{1,3})?)*)\^?(?!\w|[.,]\d)"
)
_CARET_ITEM = regex.compile(r"(\d+)(?:[-–](\d+))?")

#: A unit with an exponent after a number (``5 mol²``, ``3 kWh²``) has at most this many letters.
_UNIT_LETTERS = 4

_FOOTNOTE_LABEL = r"[^\s\[\]^]+"


@attrs.frozen
class FootnoteMarkers:
    """Markdown footnote references: ``[^1]``, ``[^note]``, or ``[^1^]`` (``caret=True``).

    A definition ``[^1]: ...`` at the start of a line is a reference entry, not a marker.
    """

    caret: bool = attrs.field(default=False, validator=_flag)

    def format(self, labels: Sequence[str]) -> str:
        if not labels:
            raise ValueError("a footnote marker needs at least one label")
        for label in labels:
            if not regex.fullmatch(_FOOTNOTE_LABEL, label):
                raise ValueError(f"a footnote label cannot be {label!r}")
        tail = "^]" if self.caret else "]"
        return "".join(f"[^{label}{tail}" for label in labels)

    def parse(self, text: str) -> Iterator[Marker]:
        if "[" not in text:
            return  # every footnote reference starts with it (a C-level scan, as for brackets)
        pattern = _FOOTNOTE_CARET if self.caret else _FOOTNOTE
        for m in pattern.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if text[m.end() : m.end() + 1] == ":" and not text[line_start : m.start()].strip():
                continue  # a footnote definition
            style = "footnote_caret" if self.caret else "footnote"
            yield Marker(span=Span(m.start(), m.end()), labels=(m.group(1),), style=style)


_FOOTNOTE = regex.compile(rf"\[\^({_FOOTNOTE_LABEL})\](?!\()")
_FOOTNOTE_CARET = regex.compile(rf"\[\^({_FOOTNOTE_LABEL})\^\]")
_CITATION_NEEDED = regex.compile(
    r"\[(?:[a-z]+ )?(?:citation|source|reference)s? (?:needed|required)\]", regex.IGNORECASE
)


@attrs.frozen
class CitationNeeded:
    """``[citation needed]`` (and ``[source needed]``...): a claim flagged as uncited.

    Its markers name no labels; the audit reads them as an uncited-claim signal.
    """

    def format(self, labels: Sequence[str]) -> str:
        if labels:
            raise ValueError("a [citation needed] marker names no labels")
        return "[citation needed]"

    def parse(self, text: str) -> Iterator[Marker]:
        if "[" not in text:
            return  # every such marker starts with it (a C-level scan, as for brackets)
        for m in _CITATION_NEEDED.finditer(text):
            yield Marker(span=Span(m.start(), m.end()), labels=(), style="citation_needed")


# ---------------------------------------------------------------------------------------------
# Reference entries: the fields of one entry's text

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# Dates as other languages write them in a source list: ``6 de octubre de 2025`` (Spanish,
# Portuguese), ``12. März 2025`` (German), ``12 mars 2025`` (French, Italian), ``12 maart
# 2025`` (Dutch), ``12 marca 2025`` (Polish), ``2025年3月12日``
# (Chinese, Japanese), ``2025년 3월 12일`` (Korean). A day and a year stand either side of the
# month, so a month name that is also a word (``mars``, ``Mai``) is no date alone.
_FOREIGN_MONTH = (
    r"(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre"
    r"|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril"
    r"|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio"
    r"|giugno|luglio|settembre|ottobre|dicembre|april|august|september|november"
    # Dutch, and Polish (in the genitive, as a date writes them: ``5 listopada 2025``).
    r"|januari|februari|maart|mei|augustus|stycznia|lutego|marca|kwietnia|maja|czerwca"
    r"|lipca|sierpnia|września|października|listopada|grudnia"
    # Their short forms, a full stop after them or not (``18 nov. 2026``, ``31. Okt. 2026``,
    # ``12 févr. 2025``, ``30 ott 2026``), and English ones in lower case (``3 oct 2025``).
    r"|ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic|janv|f[ée]vr?|avr|juil|d[ée]c"
    r"|jan|m[äa]r|okt|dez|gen|mag|giu|lug|set|ott|fev|out|aug|apr)\.?"
)
_FOREIGN_DATE = (
    rf"\d{{1,2}} de {_FOREIGN_MONTH} de \d{{4}}|\d{{1,2}}(?:\.|er)? {_FOREIGN_MONTH} \d{{4}}"
    r"|\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{4}년 ?\d{1,2}월(?: ?\d{1,2}일)?"
)
_DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?Z?)?"
    rf"|\d{{4}}/\d{{2}}/\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}"
    rf"|{_MONTH} \d{{1,2}}, \d{{4}}|\d{{1,2}} {_MONTH} \d{{4}}|{_MONTH} \d{{4}}|{_FOREIGN_DATE})"
)
# A year alone is a date in parentheses, or after a comma or a spaced dash or bar (``Title,
# 2025``, ``Title — 2025``); not glued to a word (``COVID-2019``) nor after a space alone.
_DATE_AT_END = regex.compile(
    rf"(?:^|,\s*|\s+|\s*\(\s*|\s*[-–—|·•]\s*|(?=\d{{4}}[年년]))"
    rf"(?P<date>{_DATE}|(?<=\()\d{{4}}"
    r"|(?<=,[ \t]?|[ \t][-–—|·•][ \t]|\p{L}\.[ ]|^)(?:1[89]|20)\d\d)"
    r"\)?\s*\.?$"
)
_DATE_ENDS = frozenset(")Z日일월月")
_MD_LINK = regex.compile(r"\[(?P<title>[^\[\]\n]+)\]\((?P<url>[^\s()]+(?:\([^\s()]*\))?)\)")
_URL = regex.compile(r"<?(?P<url>(?:https?://|www\.)[^\s<>\"]+?)>?(?=[.,;)]*(?:\s|$))")
#: A title in quotation marks, as languages write them: ``"..."``, ``“...”``, German ``„...“``
#: and ``»...«``, French and Spanish ``«...»`` (spaces inside allowed), British ``‘...’`` (an
#: apostrophe inside it, before a letter, is none of its marks: ``‘Britain’s economy’``).
_QUOTE_MARKS = '"“„«»‘‚'
_QUOTED_TITLE = (
    r"[\"“](?P<title>[^\"”]+)[\"”]|„(?P<title>[^“”\"]+)[“”\"]|«[ \u00a0\u202f]?(?P<title>[^»]+?)"
    r"[ \u00a0\u202f]?»|»(?P<title>[^«»]+)«|[‘‚](?P<title>(?:[^‘’]|’(?=\p{L}))+)[’‘]"
)
#: The title is the quoted words when a field's separator follows them (a stop, a comma, a
#: spaced dash or bar, a bracket's note, a date) or the entry ends, or a stop or comma ends
#: the title inside its marks (MLA's ``"Rates held." Reuters``): else the quoted words open a
#: headline that goes on (``‘Devastating’ floods hit Valencia``, ``“Chaos”: airports stall``,
#: ``‘Pact’ 2.5% higher``).
_QUOTED = regex.compile(
    rf"^(?:{_QUOTED_TITLE})(?:(?<=[.,!?][\"”“»«’‘])|(?=[.,;]|\s*$|\s+[-–—|·•]\s"
    r"|\s+\([^()]*\)\s*(?:$|[.,;]|[-–—|·•])"
    rf"|\s+(?:{_DATE})\.?\s*$))[.,]?\s*(?P<rest>.*)$",
    regex.DOTALL,
)
_PUBLISHER_SEP = regex.compile(r"\s+(?:[-–—|·•])\s+|\s*(?:—|\|)\s*")
# A publisher before a quoted title: ``Reuters, "Title"``, ``Reuters: "Title"`` or
# ``Al Jazeera. "Title."``. Or before a title in Japanese corner brackets:
# ``日本経済新聞「日銀、利上げを決定」``.
# Also in guillemets or Chinese title marks, after a comma or colon of those scripts: ``РБК,
# «Title»``, ``رويترز، "Title"``, ``新华网：《Title》``.
_PUBLISHER_QUOTED = regex.compile(
    r"^(?P<publisher>[^\"“”„「」«»《》‘’‚]+?)"
    rf"(?:[,:.،]\s*(?:{_QUOTED_TITLE})"
    r"|[,:：，、]?[ ]?「(?P<title>[^「」]+)」"
    r"|[,:：，、]?[ ]?《(?P<title>[^《》]+)》)"
    # (What kind of work, in a few words in lower case: ``Airbus, "Title", press release``;
    # or, as MLA lists it, the outlet that published the work of the author named first:
    # ``Bloomberg. "Title." Bloomberg News``, ``Ito, Ken. "Title." The Japan Times``.)
    # (An outlet only after a title that a stop or comma ends inside its marks, as MLA's do.)
    r"(?:,[ ]\p{Ll}+(?:[ ]\p{Ll}+){0,2}"
    r"|(?<=[.,!?][\"”“»«’‘])[ ](?P<container>\p{Lu}[^\"“”„「」«»《》‘’,.]{1,60}))?$"
)
# What kind of work an entry is, in capitals after its title, which is no outlet:
# ``Airbus. "Title." Press Release, 20 February 2025`` (the publisher is the name before it).
_WORK_TYPE = regex.compile(
    r"(?i)(?:press|news|media)[ ](?:release|statement)|statement|opinion|editorial|op-ed"
    r"|commentary|column|analysis|explainer|review|interview|transcript|speech|video|audio"
    r"|podcast|photos?|gallery|infographic|fact[ ]sheet|report|working[ ]paper|brief(?:ing)?"
    r"|blog(?:[ ]post)?|live(?:[ ]updates?|[ ]blog)?|pdf|web|online|article|archived"
    r"|(?:updated|published|posted|archived)[ ].*"
)
# The day a source was read or archived, ending its entry: ``Retrieved 17 August 2024``,
# ``Accessed May 2, 2025``, ``Archived from the original on 3 May 2025``.
# (Linear time: the runs after the key word are taken possessively.)
_ACCESSED = regex.compile(
    r"(?i:retrieved|accessed|archived[ ]from[ ]the[ ]original)(?:[ ]on)?[ ]++[^.]*+"
    r"(?:\.[ ]?\d[^.]*+)?\.?[ ]*$"
)
# What is left of ``(Reuters, January 29, 2025)`` once the date is read: ``(Reuters``.
_PAREN_BEFORE_DATE = regex.compile(r"\s\((?P<publisher>[^()]+?)\s*$")
# A site named by its domain: ``tsmc.com``, ``pegelonline.wsv.de``.
_DOMAIN = regex.compile(r"(?:[\w-]+\.)+\p{L}{2,}")


# Authors as reference lists in author-date styles write them (APA, Harvard): ``Pérez, C.``,
# ``Smith, J., & Ortega, L.``, ``de la Cruz, M. A. et al.``: surname, comma, initials.
_AUTHOR = (
    r"(?:(?:de|del|la|le|van|von|der|den|da|di|dos|du|bin|al|el|ten|ter)[ ])*"
    r"\p{Lu}[\p{L}'’\-]+(?:[ ]\p{Lu}[\p{L}'’\-]+){0,2},[ ](?:\p{Lu}\.(?:[ ]?-?\p{Lu}\.){0,2})"
)
# ... or with a given name written out, as Wikipedia's citations have them, only before a date
# in parentheses: ``Regan, Helen (16 August 2024).``, ``Smith, John A. (2020).``.
_NAMED_AUTHOR = (
    r"(?:(?:de|del|la|le|van|von|der|den|da|di|dos|du|bin|al|el|ten|ter)[ ])*"
    r"\p{Lu}[\p{L}'’\-]+(?:[ ]\p{Lu}[\p{L}'’\-]+){0,2},[ ]\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\.)?"
)
_AUTHORS = rf"{_AUTHOR}(?:,?[ ](?:&|and)[ ]{_AUTHOR}|,[ ]{_AUTHOR}){{0,8}}(?:,?[ ]et[ ]al\.)?"
# An author-date entry: the authors, the date in parentheses, then the title and the rest
# (``Pérez, C. (2025). Un año después. El País.``, ``Smith, J. (2025, November 3). Title.``).
_AUTHOR_DATE = regex.compile(
    rf"^(?:{_AUTHORS}|{_NAMED_AUTHOR}(?:;[ ]{_NAMED_AUTHOR}){{0,4}})[ ]?"
    rf"\((?P<date>(?:\d{{4}}[a-z]?|n\.d\.)(?:,[ ][^()]{{1,30}})?|{_DATE})\)[.,]?[ ]+"
    r"(?P<rest>\S.*)$"
)
# Authors before a quoted title, with no date in parentheses: ``Smith, J. "Title", 2020``.
_AUTHORS_QUOTED = regex.compile(rf"^{_AUTHORS}[,.]?[ ]+(?=[{_QUOTE_MARKS}])")
# A word of letters and digits (``COP29``, ``G20``) is a code, a topic's name, not a publisher's.
_CODE_WORD = regex.compile(r"\p{L}\d|\d\p{L}")
# An organisation as the author of an author-date entry: ``World Bank (2024). Title.``,
# ``Statistics Canada. (2024). Title.``; the name is checked to be one (:func:`names_only`).
_ORG_DATE = regex.compile(
    r"^(?P<org>[^()\"“”]{2,60}?)\.?[ ]\((?P<date>(?:\d{4}[a-z]?|n\.d\.)(?:,[ ][^()]{1,30})?"
    rf"|{_DATE})\)[.,]?[ ]+(?P<rest>\S.*)$"
)


def _author_date(rest: str) -> dict[str, str | None] | None:
    """Title, publisher and date of an author-date entry (the URL set aside), or ``None`` for
    another kind of entry. The authors are left out (the entry's ``raw`` has them); the title
    ends at the last full stop before a publisher (``Title. El País``)."""
    org = None
    found = _AUTHOR_DATE.match(rest) if ", " in rest else None
    if found is None:
        found = _ORG_DATE.match(rest)
        if found is None or not names_only(found["org"]) or _CODE_WORD.search(found["org"]):
            return None
        org = found["org"]
    rest = found["rest"].strip(" .,;:|–—-·•")
    quoted = _QUOTED.match(rest)
    if quoted is None and "," in found.string[found.end("date") : found.start("rest")]:
        rest = _without_imprint(rest)  # ``OECD (2023), Title, OECD Publishing, Paris``
    if quoted is not None:
        title, publisher = _quoted_title(quoted["title"]), quoted["rest"].strip(" .,;:|–—-·•")
    else:
        head, stop, tail = rest.rpartition(". ")
        tail = tail.strip()
        journal = _JOURNAL.search(rest) if rest[-1:].isdigit() else None
        if journal is not None and _names_journal(journal["journal"]):
            # ``Title. Nature Climate Change, 14(2), 120–128``: a journal, its volume and pages.
            title, publisher = rest[: journal.start()].strip(), journal["journal"]
        elif stop and _looks_like_publisher(tail):
            # ``Washington, DC: World Bank``: a place before the publisher (APA 6).
            title, publisher = head.strip(), tail.rpartition(": ")[2]
        else:
            title, publisher = rest, ""
    if org is not None:
        # An organisation that wrote the work published it: what follows the title is a place
        # as often as a publisher (``Washington, DC``, ``Hanoi``), and cannot be told from one.
        publisher = org
    return {"title": title or None, "publisher": publisher or None, "date": found["date"]}


#: A place's last part that is a code of capitals: ``DC`` of ``Washington, DC``, ``UK``.
_PLACE_CODE = regex.compile(r"\p{Lu}{2,3}")


def _without_imprint(rest: str) -> str:
    """The title of an author-date entry whose date a comma follows, as the OECD's and the
    IMF's lists write it (``Title, OECD Publishing, Paris``, ``Title, International Monetary
    Fund, Washington, DC``): the title, without the publisher and the place that end the
    entry, each a name (a place in two parts ends in a code of capitals)."""
    parts = rest.split(", ")
    place = 2 if len(parts) >= 4 and _PLACE_CODE.fullmatch(parts[-1]) is not None else 1
    tail = parts[-place - 1 :]
    if len(parts) < place + 2 or not all(map(names_only, tail)):
        return rest
    if any(len(p.split()) > 3 for p in tail[1:]):
        return rest  # a place is a name of a few words
    return ", ".join(parts[: -place - 1])


#: A journal's name, then its volume (and issue) and pages, as author-date styles end an
#: article's entry: ``Advances in Statistical Climatology, 6, 177–203``, ``Nature, 630(3), e12``.
_JOURNAL = regex.compile(
    r"\.[ ](?P<journal>\p{Lu}[^.]*?),?[ ](?:vol\.[ ]?)?\d+(?:[ ]?\(\d+(?:[-–]\d+)?\))?"
    r"(?:,[ ](?:pp?\.[ ]?)?\p{L}?\d+(?:[-–]\p{L}?\d+)?)?$"
)
#: A journal's name may be longer than a publisher's: ``Journal of Economic Perspectives``.
_JOURNAL_WORDS = 12


def _names_journal(text: str) -> bool:
    """Tell whether ``text`` is a journal's name: each word capitalised but linking words, as
    :func:`names_only` reads a name, of up to ``_JOURNAL_WORDS`` words."""
    words = text.replace(",", " ").split()
    return (
        0 < len(words) <= _JOURNAL_WORDS
        and text[0].isupper()
        and all(not w[0].islower() or w in _NAME_LINKS for w in words)
    )


def _quoted_title(text: str) -> str:
    """A title read from inside its quotation marks, without the comma or the full stop that
    citation styles put there (``"Rates held," Reuters``, MLA's ``"Rates held."``); the stop of
    an abbreviation stays (``"Talks with the U.S."``), and so does an ellipsis."""
    title = text.strip(" ,")
    if (
        title.endswith(".")
        and not title.endswith("..")
        and "." not in title.rsplit(None, 1)[-1][:-1]
    ):
        title = title[:-1].rstrip(" ,")
    return title


def _looks_like_publisher(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 6
        and (
            text[0].isupper()
            or text[0].isdigit()
            or (text[0].isalpha() and not text[0].islower())  # a script without case (日本)
            or _DOMAIN.fullmatch(text) is not None
        )
        and not text.endswith((".", "!", "?"))
    )


#: Small words that a publisher's name may hold in lower case (``Ministry of Finance``).
_NAME_LINKS = frozenset(
    (
        *("of", "the", "and", "for", "on", "in", "de", "del", "la", "le", "du", "des", "und"),
        *("y", "&", "della", "delle", "dei", "di", "da", "do", "dos", "das", "van", "von"),
        *("der", "den", "el", "al", "et", "e"),
    )
)


def names_only(text: str) -> bool:
    """Tell whether a short text is a name: each word capitalised (but the small linking
    words), as a site's name is and a sentence-case title is not; a domain name is one."""
    if not _looks_like_publisher(text):
        return False
    return all(
        not w[0].islower() or w in _NAME_LINKS or _DOMAIN.fullmatch(w) is not None
        for w in text.split()
    )


def parse_entry_body(body: str) -> dict[str, str | None]:
    """Split the text of one reference entry into title, URL, publisher and date."""
    if type(body) is not str and not isinstance(body, str):
        raise wrong_type("body", "a str", body)
    rest = " ".join(body.split())
    title = url = publisher = date = None
    link = _MD_LINK.search(rest)
    if link is not None:
        title, url = link["title"].strip(), link["url"]
        rest = f"{rest[: link.start()]} {rest[link.end() :]}"
        if _DOMAIN.fullmatch(title) is not None and not rest.strip(" .,;:|–—-·•"):
            # ``[cnbc.com](https://www.cnbc.com/...)``: a link that names its site alone.
            return {"title": None, "url": url, "publisher": title, "date": None}
        if not rest.strip(" .,;:|–—-·•"):
            # ``[AP News: Biden pledges $3 billion](https://apnews.com/...)``: a link's words
            # may name its site first, as the site the URL spells (not ``[Ukraine: ...]``).
            named = _named_site(title, url)
            if named is not None:
                return {"title": named[1], "url": url, "publisher": named[0], "date": None}
    else:
        found = _URL.search(rest)
        if found is not None:
            url = found["url"]
            a, b = found.start(), found.end()
            if a and rest[a - 1] == "(" and rest[b : b + 1] == ")":
                a, b = a - 1, b + 1  # ``Title (https://...)``: the brackets go with it
            rest = f"{rest[:a].rstrip()} {rest[b:].lstrip()}"  # (one space where it stood)
    # (Also the commas and colons of Arabic and CJK text: ``新华网：《Title》，https://...``.)
    rest = rest.strip(" .,;:|–—-·•،，：；、")
    if "etrieved" in rest or "ccessed" in rest or "rchived" in rest:
        # ``... Reuters. 16 August 2024. Retrieved 17 August 2024.``: the day the source was
        # read (or archived) is no date of its own (as Wikipedia's citations end).
        access = _ACCESSED.search(rest)
        while access is not None and access.start() > 0:
            rest = rest[: access.start()].strip(" .,;:|–—-·•(")
            access = _ACCESSED.search(rest)  # (``Archived from ... Retrieved ...``)
    # (A cheap test: authors are written "Surname, I.", a date after them in parentheses.)
    if title is None and ("(" in rest or ", " in rest):
        dated = _author_date(rest) if "(" in rest else None
        if dated is not None:
            return {**dated, "url": url}
        authors = _AUTHORS_QUOTED.match(rest) if ", " in rest else None
        if authors is not None:
            rest = rest[authors.end() :]  # the authors of a quoted title: the title is read next
    quoted = _QUOTED.match(rest)
    if title is None and quoted is not None:
        title, rest = _quoted_title(quoted["title"]), quoted["rest"].strip(" .,;:|–—-·•")
    # (A date ends in a digit, a bracket or a CJK day or month sign: most entries end in a
    # word, and are spared the search.)
    when = _DATE_AT_END.search(rest) if rest[-1:] in _DATE_ENDS or rest[-1:].isdigit() else None
    if when is not None:
        date = when["date"]
        rest = rest[: when.start()].rstrip(" .,;:|–—-·•(")
    before = _PUBLISHER_QUOTED.match(rest) if title is None else None
    container = None if before is None else before["container"]
    if container is not None and _WORK_TYPE.fullmatch(container.strip()) is not None:
        container = None  # (``"Title." Press Release``: the publisher is the name before)
    if before is not None and container is not None and _looks_like_publisher(container.strip()):
        title, rest = _quoted_title(before["title"]), container.strip()
    elif (
        before is not None
        and container is None
        and _looks_like_publisher(before["publisher"].strip())
    ):
        title, rest = _quoted_title(before["title"]), before["publisher"].strip()
    inside = _PAREN_BEFORE_DATE.search(rest) if date is not None and title is None else None
    if inside is not None and _looks_like_publisher(inside["publisher"]):
        # ``Title (Reuters, January 29, 2025)``: the publisher shares the date's parentheses.
        title, rest = rest[: inside.start()].strip(" .,;:|–—-·•") or None, inside["publisher"]
    if title is not None:
        if rest.startswith("(") and ")" not in rest:
            rest = rest[1:].strip()  # ``"Title" (Reuters, May 2, 2025)``: the date's bracket
        publisher = rest or None
    else:
        parts = [p for p in _PUBLISHER_SEP.finditer(rest) if p.start() > 0]
        after = rest[parts[-1].end() :].strip() if parts else ""
        if parts and _looks_like_publisher(after):
            publisher = after
            rest = rest[: parts[-1].start()].strip()
            site = rest[parts[-2].end() :].strip() if len(parts) > 1 else ""
            if (  # ``Title | Reuters | reuters.com``: the name the domain spells
                site
                and _DOMAIN.fullmatch(publisher)
                and names_only(site)
                and _spells_site(site, publisher)
            ):
                publisher, rest = site, rest[: parts[-2].start()].strip()
            if len(parts) == 1 and names_only(rest) and _site_first(rest, publisher, url):
                # ``Financial Times — Kenya completes buyback``: the site comes first.
                rest, publisher = publisher, rest
            elif (
                len(parts) == 2
                and _DOMAIN.fullmatch(publisher)
                and names_only(opening := rest[: parts[0].start()].strip())
                and _spells_site(opening, publisher)
            ):
                # ``The Verge – Meta fined – theverge.com``: the name first, its domain last.
                publisher, rest = opening, rest[parts[0].end() :].strip()
        elif len(parts) == 1 and names_only(rest[: parts[0].start()].strip()):
            # ``Reuters - Chile holds rate, flags later cuts``: a title too long for a name;
            # ``Reuters — "Chile holds rate"``: a quoted title, read without its marks.
            publisher, rest = rest[: parts[0].start()].strip(), after
            quoted = _QUOTED.fullmatch(rest)
            if quoted is not None and not quoted["rest"]:
                rest = _quoted_title(quoted["title"])
        first = _name_first(rest) if publisher is None and (date or url) else None
        if first is not None:
            # ``NPR. Why eggs cost more. 5 February 2025``: a name, a full stop and the title
            # (a dated or linked entry of the style Vancouver's lists share with AI answers).
            publisher, rest = first
        colon = _PUBLISHER_COLON.match(rest) if publisher is None and ": " in rest else None
        if colon is not None and _names_first(colon["publisher"], colon["title"], url):
            # ``Reuters: Fed holds rates steady``: a name, then a title that is not one.
            publisher, rest = colon["publisher"], colon["title"]
        title = rest or None
        if title is not None and publisher is None and _DOMAIN.fullmatch(title) is not None:
            title, publisher = None, title  # a site named by its domain alone: ``apnews.com``
        elif (
            title is not None
            and publisher is None
            and url is not None
            and names_only(title)
            and _spells_site(title, url)
        ):
            title, publisher = None, title  # ``The New York Times. https://www.nytimes...``
        elif title is not None and publisher is None and url is None and _dates_a_name(title, date):
            title, publisher = None, title  # ``Reuters, Aug. 29, 2025``: who, and when
    if publisher is not None and date is None and publisher[-1:].isdigit():
        when = _DATE_AT_END.search(publisher)  # ``Kyodo News, March 3, 2025 — Title``
        if when is not None and when.start() > 0:
            date, publisher = when["date"], publisher[: when.start()].rstrip(" .,;:|–—-·•(")
    return {"title": title, "url": url, "publisher": publisher, "date": date}


def _site_first(name: str, other: str, url: str | None) -> bool:
    """Tell whether ``name — other`` (``name`` a name) names its publisher first: ``other`` is
    no name (a title in sentence case), or it is one in headline case (``Bank of Japan —
    Statement on Monetary Policy``) but ``name`` spells the URL's site and ``other`` does not,
    or ``other`` holds a headline's colon and ``name`` none (``Handelsblatt – Lagarde: Keine
    Vorfestlegung``)."""
    if not names_only(other):
        return True
    if url is not None and _spells_site(name, url) and not _spells_site(other, url):
        return True
    return ": " in other and ":" not in name


def _named_site(title: str, url: str) -> tuple[str, str] | None:
    """The name and the title of a link's words that name its site first, as the site the
    URL spells: ``AP News: Biden pledges``, ``France 24 – Macron coal``; ``None`` otherwise."""
    colon = title.find(": ")
    if colon > 0:
        name, rest = title[:colon].strip(), title[colon + 2 :].strip()
    else:
        parts = [p for p in _PUBLISHER_SEP.finditer(title) if p.start() > 0]
        if len(parts) != 1:
            return None
        name, rest = title[: parts[0].start()].strip(), title[parts[0].end() :].strip()
    if not rest or not names_only(name) or _CODE_WORD.search(name) or not _spells_site(name, url):
        return None
    return name, rest


#: A name before the first full stop that ends a word of two letters or more (not the stop of
#: ``U.S.``) and a title: ``Associated Press. Egg prices keep rising``. A name of one short word
#: in lower case after its capital is an abbreviation (``Mr. Smith goes to Washington``).
_NAME_FIRST = regex.compile(
    r"^(?P<name>(?![\p{Lu}][\p{Ll}]{1,2}\.)[^\"“”()]{1,60}?\p{L}{2})\.[ ]+(?P<title>\S.*)$"
)


def _name_first(text: str) -> tuple[str, str] | None:
    """The name and the title of ``Name. Title``: a name (no code such as ``COP29``, no kind
    of article such as ``Analysis``, no list of authors with commas) before a full stop."""
    found = _NAME_FIRST.match(text) if ". " in text else None
    if found is None:
        return None
    name = found["name"]
    if "," in name or not names_only(name) or _CODE_WORD.search(name) or name.lower() in _KINDS:
        return None
    return name, found["title"]


#: A publisher before a colon and an unquoted title: ``Reuters: Fed holds rates steady``.
_PUBLISHER_COLON = regex.compile(r"^(?P<publisher>[^:]{2,60}?):[ ]+(?P<title>\S.*)$")
#: Words before a headline's colon that label its kind, not a publisher (``Explainer: ...``).
_KINDS = frozenset(
    (
        *("analysis", "breaking", "comment", "editorial", "exclusive", "explainer", "explained"),
        *("factbox", "interview", "live", "opinion", "podcast", "review", "update", "watch"),
        *("video", "photos", "timeline", "profile", "insight"),
    )
)
#: The most words (less ``The``, ``of``...) of a name alone with a day's date that names a
#: publisher (``The New York Times, May 2, 2025``); a title in headline case has more as a rule.
_AGENCY_WORDS = 3


def _dates_a_name(text: str, date: str | None) -> bool:
    """Tell whether ``text`` alone with ``date`` names who published: a name of a few words
    with a day's date (``Reuters, Aug. 29, 2025``; a year alone dates a report's title as
    often: ``Climate Risk Report, 2024``)."""
    return (
        date is not None
        and not date.isdigit()
        and len([w for w in text.split() if w.lower() not in _NAME_LINKS]) <= _AGENCY_WORDS
        and names_only(text)
    )


def _names_first(name: str, title: str, url: str | None) -> bool:
    """Tell whether ``name: title`` names its publisher first: a name (not a code such as
    ``COP29``, nor a kind of article such as ``Explainer``) before a title in sentence case, or
    before any title when it spells the URL's site. A title in headline case after a name may be
    a title's two parts (``World Economic Outlook: A Critical Juncture``)."""
    if not names_only(name) or _CODE_WORD.search(name) or name.lower() in _KINDS:
        return False
    return not names_only(title) or (url is not None and _spells_site(name, url))


#: The part of a URL's host that names the site: ``nytimes`` of ``https://www.nytimes.com/...``.
_SITE = regex.compile(r"^(?:https?://)?(?:www\d?\.)?(?P<site>[^./:?#]+)")


def _spells_site(name: str, url: str) -> bool:
    """Tell whether ``name`` is the name of the site ``url`` is on: the first label of its host
    is spelt by the name's words in order, each whole, by a prefix of three letters or more, or
    by its initial; small linking words may give nothing (``The New York Times``: ``nytimes``,
    ``Al Jazeera``: ``aljazeera``, ``British Broadcasting Corporation``: ``bbc``). A title in
    headline case spells a site only by chance, which needs each capitalised word to count."""
    found = _SITE.match(url)
    if found is None:
        return False
    site = found["site"].lower().replace("-", "")
    words = [w.lower() for w in regex.findall(r"[\p{L}\p{N}]+", name)]
    if not site or not words or len(words) > 6:
        return False
    # A host is spelt in ASCII: a word's accents are dropped (``El País``: ``elpais``) or, in
    # German, its umlauts written out (``Süddeutsche``: ``sueddeutsche``).
    spellings = [(w,) if w.isascii() else _ascii_spellings(w) for w in words]

    def spells(i: int, at: int) -> bool:
        if i == len(words):
            return at == len(site)
        if words[i] in _NAME_LINKS and spells(i + 1, at):
            return True
        for w in spellings[i]:
            # The whole word, a prefix of three letters or more, or the initial (each once).
            lengths = dict.fromkeys((len(w), *range(len(w) - 1, 2, -1), 1))
            if any(site.startswith(w[:n], at) and spells(i + 1, at + n) for n in lengths):
                return True
        return False

    return spells(0, 0)


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _ascii_spellings(word: str) -> tuple[str, ...]:
    """A word (in lower case) as a host name spells it: without its accents, and with German
    umlauts written out where it has them."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    spelt = word.translate(_UMLAUTS)
    return (word, bare) if spelt == word else (word, bare, spelt)


def format_entry_body(entry: Citation) -> str:
    """Write an entry's fields so that :func:`parse_entry_body` reads them back."""
    if not isinstance(entry, Citation):
        raise wrong_type("entry", "a Citation", entry)
    main = entry.title or ""
    if main and not entry.publisher and not entry.url and _dates_a_name(main, entry.date):
        main = f"“{main}”"  # a name alone before a date is its publisher (``Reuters, May 2``)
    elif main and not entry.publisher and (entry.date or entry.url) and _name_first(main):
        main = f"“{main}”"  # ``Reuters. Title`` would name its publisher first
    elif (
        main
        and entry.publisher
        and names_only(main)
        and names_only(entry.publisher)
        and _site_first(main, entry.publisher, entry.url)
    ):
        main = f"“{main}”"  # ``Title — Name`` would name its publisher first
    if entry.publisher:
        main = f"{main} — {entry.publisher}" if main else entry.publisher
    if entry.date:
        main = f"{main}, {entry.date}" if main else entry.date
    return " ".join(part for part in (main, entry.url or "") if part)


def _entry(label: str, text: str, start: int, end: int, body: str) -> Citation:
    fields = parse_entry_body(body) if "\n" not in body else _two_lines(body)
    return Citation(label=label, raw=text[start:end], span=Span(start, end), **fields)


def _two_lines(body: str) -> dict[str, str | None]:
    """The fields of an entry whose text goes on below its first line: its title there, and
    the publisher and date on the indented line below (``[1] Title`` then ``    Reuters, 26
    August 2024``), or the reverse; else (a title wrapped onto two lines) the whole text read
    as one line."""
    whole = parse_entry_body(body)
    first, _, rest = body.partition("\n")
    rest = " ".join(rest.split())
    if not rest or _URL.match(rest) is not None:
        return whole  # (a bare URL below its title is read with it)
    last = first.split()[-1:]
    if not last or last[0].lower() in _NAME_LINKS or last[0].lower() in _WRAP_WORDS:
        return whole  # a title wrapped after a small word (``... ahead of``)
    head, tail = parse_entry_body(first), parse_entry_body(rest)
    if last[0].lower() in _WRAP_VERBS and tail["date"] is None:
        # A title wrapped after a verb or preposition (``... decision lifts`` above ``New York
        # Stock Exchange``); below one that can be a plural noun too (``rate cuts``), a name
        # with its date (``Reuters, 26 August 2024``) is the publisher's line.
        return whole
    for above, below in ((head, tail), (tail, head)):
        who = below["title"] if below["publisher"] is None and below["date"] is None else None
        if above["title"] is not None and (
            (below["title"] is None and (below["publisher"] or below["date"]))
            or (who is not None and len(who.split()) <= _NAME_WORDS and names_only(who))
        ):
            return {
                "title": above["title"],
                "url": above["url"] or below["url"],
                "publisher": above["publisher"] or below["publisher"] or who,
                "date": above["date"] or below["date"],
            }
    return whole


# Words that end no title: a title wrapped onto the next line after one goes on there.
_WRAP_WORDS = frozenset(("a", "an", "to", "at", "by", "with", "from", "as", "or", "is", "are"))
# Words that seldom end a title: after one, a title goes on on the next line
# (``Stocks rally after Fed decision lifts`` above ``New York Stock Exchange``) unless that line
# has a date: prepositions, and the verbs of headlines that take an object.
_WRAP_VERBS = frozenset(
    (
        *("after", "before", "over", "into", "onto", "amid", "against", "about", "than", "but"),
        *("per", "lifts", "hits", "boosts", "beats", "tops", "raises", "cuts", "hikes", "lowers"),
        *("sends", "drives", "pushes", "hurts", "backs", "blocks", "approves", "rejects"),
        *("targets", "buys", "sells", "acquires", "joins", "overtakes", "sues", "fines"),
    )
)
#: A source's name alone on an entry's second line has at most this many words.
_NAME_WORDS = 4


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# ---------------------------------------------------------------------------------------------
# Built-in reference styles

# An entry's label at the start of a line, for each kind of numbered list (the tests check that
# _labelled_lines finds the same labels). A bracketed label may follow a sources heading on the
# same line (``Sources: [1] Reuters - Title [2] AP - Title``), as answer engines write their
# lists; the entry starts at the label.
_INLINE_HEADING = (
    r"[*_]*(?:[Ss]ources?|SOURCES?|[Rr]eferences?|REFERENCES?|[Cc]itations?|CITATIONS?)[ \t]*"
)
_SUPERSCRIPT_LABEL = "[¹²³⁰⁴-⁹]{1,3}"
_NUMBERED: dict[str, re.Pattern[str]] = {
    "brackets": re.compile(
        rf"[ \t]*(?:[-*•][ \t]+|{_INLINE_HEADING}:[*_]*[ \t]*)?\[(?P<n>\d{{1,4}})\][ \t]*(?=\S)"
    ),
    "dot": re.compile(r"[ \t]*(?P<n>\d{1,3})\.[ \t]+(?=\S)"),
    "paren": re.compile(
        rf"[ \t]*(?:{_INLINE_HEADING}:[*_]*[ \t]*(?=\())?\(?(?P<n>\d{{1,3}})\)[ \t]+(?=\S)"
    ),
    "superscript": re.compile(rf"[ \t]*(?P<n>{_SUPERSCRIPT_LABEL})[ \t]+(?=\S)"),
    "fullwidth": re.compile(r"[ \t]*(?:[-*•][ \t]+)?【(?P<n>\d{1,4})】[ \t]*(?=\S)"),
}
# The kinds in one pattern, the group named after the kind holding the label: where a line
# starts, at most one kind matches (after the indentation, ``[`` or a bullet starts a bracketed
# label, ``(`` a parenthesised one, a superscript digit a superscript one, and after a number
# ``.`` and ``)`` tell the other two apart). A bracketed label may follow a bullet (``- [1]``).
# Labels after a heading on their line are found by a search of their own (:data:`_INLINE_LABEL`):
# in the one pattern, they cost every line of every text a little (twice the scan, on pages).
_ANY_NUMBERED = re.compile(
    r"[ \t]*(?:(?:[-*•][ \t]+)?\[(?P<brackets>\d{1,4})\][ \t]*"
    r"|(?P<dot>\d{1,3})\.[ \t]+"
    r"|\(?(?P<paren>\d{1,3})\)[ \t]+"
    rf"|(?P<superscript>{_SUPERSCRIPT_LABEL})[ \t]+"
    r"|(?:[-*•][ \t]+)?【(?P<fullwidth>\d{1,4})】[ \t]*)(?=\S)"
)
# Matched at the very start of the text and after the line breaks that :data:`_LABEL_START` finds.
_ANY_NUMBERED_AFTER_BREAK = re.compile("\n" + _ANY_NUMBERED.pattern)
# A line break before a character that may start a label (what each alternative of
# ``_ANY_NUMBERED`` starts with, or the indentation): a short pattern led by a literal that scans
# a page's line breaks several times faster than the whole pattern, which is then tried on the
# few lines found. (A match holds one line break only, at its start, so the matches are the same.)
_LABEL_START = re.compile(r"\n[-*•\[(【\d¹²³⁰⁴-⁹ \t]")
# A bracketed or parenthesised label after a heading on its line (``Sources: (1) ...``), tried
# at each colon (:func:`_after_colons`); what stands between the line's start and the colon
# must be the heading.
_INLINE_LABEL = re.compile(
    r":[*_]*[ \t]*(?:\[(?P<brackets>\d{1,4})\][ \t]*|\((?P<paren>\d{1,3})\)[ \t]+)(?=\S)"
)
_INLINE_HEADING_WORDS = re.compile(rf"[ \t]*{_INLINE_HEADING}")


def _after_colons(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_INLINE_LABEL`` in ``text``: tried at each colon, which ``str.find``
    finds in C (some eight times faster than the pattern's own scan for its first character)."""
    at = text.find(":")
    while at >= 0:
        m = _INLINE_LABEL.match(text, at)
        if m is not None:
            yield m
            at = text.find(":", m.end())
        else:
            at = text.find(":", at + 1)


def _label_start(text: str, kind: str, m: re.Match[str]) -> tuple[int, str] | None:
    """Where the label of a ``kind`` match begins (at its ``[`` or ``(``), and the label;
    ``None`` for a superscript number that is no label (``⁰``, ``⁰¹``)."""
    at = m.start(kind)
    digits = m[kind]
    if kind == "superscript":
        label = _label_number(digits)
        return None if label is None else (at, label)
    if kind == "fullwidth":
        return at - 1, str(int(digits))  # (full-width digits, ``【１】``, read as ASCII ones)
    return (at - 1 if at > 0 and text[at - 1] in "[(" else at), digits


_Labels = dict[str, tuple[tuple[int, int, str], ...]]
#: The labelled lines of the last text read, by kind: the numbered styles of one text share
#: one scan (the reference sectioner, the page cleaner and the citation parser each read every
#: kind of the same text). A pair, so that another thread sees a text with its own result.
_last_labels: tuple[str, _Labels] | None = None


def _labelled_lines(text: str) -> _Labels:
    """``(start, end, label)`` for each line of ``text`` that starts with a numbered label, by
    kind (see :func:`_line_labels`), found in one scan of the text for the three kinds."""
    global _last_labels
    last = _last_labels
    if last is not None and last[0] is text:
        return last[1]
    found: dict[str, list[tuple[int, int, str]]] = {kind: [] for kind in _NUMBERED}
    first = _ANY_NUMBERED.match(text)
    after_break = _ANY_NUMBERED_AFTER_BREAK.match
    matches = itertools.chain(
        () if first is None else (first,),
        filter(None, (after_break(text, m.start()) for m in _LABEL_START.finditer(text))),
    )
    # (A label needs a "[" or a "(": a C-level scan spares some texts the search.)
    after_heading = _after_colons(text) if "[" in text or "(" in text else ()
    inline = False
    for m in itertools.chain(matches, after_heading):
        kind = m.lastgroup
        assert kind is not None  # every alternative is one kind's group
        if m.group().startswith(":"):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _INLINE_HEADING_WORDS.fullmatch(text, line_start, m.start()) is None:
                continue
            inline = True
        at = _label_start(text, kind, m)
        if at is not None:
            found[kind].append((at[0], m.end(), at[1]))
    if inline:
        for lines in found.values():
            lines.sort()
    labels = {kind: tuple(lines) for kind, lines in found.items()}
    _last_labels = (text, labels)
    return labels


# What the first line of a numbered entry starts with once stripped (what ``_ANY_NUMBERED``
# can match first after the indentation).
_ENTRY_FIRST = re.compile(r"[-*•\[(【\d¹²³⁰⁴-⁹]")


def may_have_references(
    text: str,
    lines: Sequence[str],
    firsts: str,
    *,
    plugin_manager: pluggy.PluginManager | None = None,
) -> bool:
    """Tell whether :func:`parse_references` may find an entry in ``text``, given its non-blank
    ``lines`` (split at ``\\n``, stripped of white space) and ``firsts``, the first character of
    each. ``False`` proves that it finds none (a cheap test for the page cleaner); with a
    style registered that is not one of the built-in classes, the answer is ``True``.

    A footnote or a link entry needs ``[^`` or ``](``, and a label after a heading
    on its line a colon before it (looked for in the text, in C); any other numbered entry
    starts a line with its label, so only the few lines that start as a label does are read.
    """
    if not _built_in_styles_only(plugin_manager):
        return True
    if "[" in text and ("[^" in text or "](" in text):
        return True
    if ("[" in text or "(" in text) and next(_after_colons(text), None) is not None:
        return True
    match = _ANY_NUMBERED.match
    return any(match(lines[m.start()]) is not None for m in _ENTRY_FIRST.finditer(firsts))


def _built_in_styles_only(pm: pluggy.PluginManager | None) -> bool:
    """Whether every registered reference style is an instance of a built-in class (whose
    entries :func:`may_have_references` knows where to find; a subclass may read others)."""
    manager = _manager(pm)

    def build() -> bool:
        built_in = (NumberedReferences, FootnoteReferences, MarkdownLinkReferences)
        styles = _registered(_REFERENCE_HOOK, manager).values()
        return all(type(s.style) in built_in for s in styles)

    return derived(manager, "styles:built-in", build)


def _line_labels(kind: str, text: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, label)`` for each line of ``text`` that starts with a ``kind`` label:
    ``start`` is where the label begins (after indentation), ``end`` where the entry's text does.
    """
    return _labelled_lines(text)[kind]


@attrs.frozen
class NumberedReferences:
    """Numbered entries: ``[1] ...``, ``1. ...``, ``1) ...``, ``¹ ...`` or ``【1】 ...``
    (``kind`` ``brackets``, ``dot``, ``paren``, ``superscript`` or ``fullwidth``), one per
    line (and the indented or bare-URL lines that continue it).

    With ``[n]`` (or ``【n】``) labels, a line may hold several entries run together
    (``[1] Title one[2] Title two``): a line is split where the next expected number starts;
    superscript labels between spaces too (``¹ Title one ² Title two``). ``run_together``
    writes bracketed ones that way. A bracketed list may start on the line of its heading:
    ``Sources: [1] Reuters - Title [2] AP - Title``; so may a list of labels in parentheses,
    split where ``(2)`` follows a ``;``, ``,`` or ``.``: ``Sources: (1) Reuters; (2) AP``.
    """

    kind: str = "brackets"
    run_together: bool = attrs.field(default=False, validator=_flag)

    @property
    def reads(self) -> tuple[str, str]:
        """Styles with the same ``reads`` find the same entries; a text is read once for all."""
        return ("numbered", self.kind)

    def _label(self, label: str) -> str:
        if self.kind == "superscript":
            return label.translate(_TO_SUPERSCRIPT) + " "
        return {
            "brackets": f"[{label}] ",
            "dot": f"{label}. ",
            "paren": f"{label}) ",
            "fullwidth": f"【{label}】 ",
        }[self.kind]

    def format(self, entries: Sequence[Citation]) -> str:
        lines = []
        for entry in entries:
            if not entry.label.isdigit():
                raise ValueError(f"a numbered list needs numeric labels, not {entry.label!r}")
            lines.append(self._label(entry.label) + format_entry_body(entry))
        return ("" if self.run_together else "\n").join(lines)

    def parse(self, text: str) -> Iterator[Citation]:
        if (self.kind == "brackets" and "[" not in text) or (
            self.kind == "fullwidth" and "【" not in text
        ):
            return
        for start, body_start, label in _line_labels(self.kind, text):
            line_end = text.find("\n", body_start)
            line_end = len(text) if line_end < 0 else line_end
            while True:
                end = line_end
                if self.kind in _RUN_TOGETHER:
                    # The next entry on the same line: ``[2]``, or `` ² `` between spaces.
                    nxt = _RUN_TOGETHER[self.kind](int(label) + 1)
                    at = text.find(nxt, body_start, line_end)
                    if at > body_start and (
                        self.kind != "paren" or text[body_start:at].rstrip(" \t")[-1:] in ";,."
                    ):
                        end = at + (self.kind == "superscript")
                if end == line_end:
                    end = _continuation_end(text, line_end)
                stop = _trim_end(text, body_start, end)
                yield _entry(label, text, start, stop, text[body_start:stop])
                if end >= line_end:
                    break
                label = str(int(label) + 1)
                start = end
                body_start = end + len(nxt.strip())
                while body_start < line_end and text[body_start] in " \t":
                    body_start += 1


#: How each kind of label that can run on along a line writes the label of an entry.
_RUN_TOGETHER: dict[str, Callable[[int], str]] = {
    "brackets": lambda n: f"[{n}]",
    "fullwidth": lambda n: f"【{n}】",
    "superscript": lambda n: f" {str(n).translate(_TO_SUPERSCRIPT)} ",
    # After a semicolon, a comma or a full stop: ``(1) The Standard; (2) BBC News``.
    "paren": lambda n: f"({n}) ",
}


_CONTINUATION = regex.compile(
    r"\n(?:[ \t]+(?![-*+•]\s|\(?\d{1,4}[.)\]]\s|\[)\S[^\n]*|[ \t]*<?(?:https?://|www\.)\S+)(?=\n|$)"
)


def _continuation_end(text: str, line_end: int) -> int:
    """The end of the lines that continue an entry: indented text or a bare URL, unlabelled."""
    end = line_end
    while (m := _CONTINUATION.match(text, end)) is not None:
        end = m.end()
    return end


_FOOTNOTE_DEF = regex.compile(r"(?m)^[ \t]*\[\^(?P<label>[^\s\]^]+)\]:[ \t]*(?P<body>[^\n]*)")
_URL_THEN_TITLE = regex.compile(r"^<?(?P<url>\S+?)>?(?:\s+[\"“(](?P<title>.*)[\"”)])?$")


@attrs.frozen
class FootnoteReferences:
    """Markdown footnote definitions: ``[^1]: https://url "Title"`` or ``[^1]: Title, date``,
    and the indented lines that continue one."""

    def format(self, entries: Sequence[Citation]) -> str:
        lines = []
        for entry in entries:
            body = format_entry_body(attrs.evolve(entry, url=None))
            if entry.url:
                body = f'{entry.url} "{body}"' if body else entry.url
            lines.append(f"[^{entry.label}]: {body}")
        return "\n".join(lines)

    def parse(self, text: str) -> Iterator[Citation]:
        if "[" not in text or "[^" not in text:
            return  # (the one-character scan first: in C, far faster than the substring's)
        for m in _FOOTNOTE_DEF.finditer(text):
            # (Markdown lets a definition go on in indented lines: ``    31 January 2025``.)
            more = _continuation_end(text, m.end())
            body = text[m.start("body") : more].strip()
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            end = _trim_end(text, start, more)
            pair = _URL_THEN_TITLE.match(body)
            if pair is not None and _URL.fullmatch(pair["url"]):
                fields = parse_entry_body(pair["title"] or "")
                fields["url"] = pair["url"]
                yield Citation(
                    label=m["label"], raw=text[start:end], span=Span(start, end), **fields
                )
            else:
                yield _entry(m["label"], text, start, end, body)


_LINK_LINE = regex.compile(
    r"(?m)^[ \t]*(?:[-*+•][ \t]+)?(?=\[[^\]\n]+\]\([^\s()]+(?:\([^\s()]*\))?\))(?P<body>[^\n]*)"
)


@attrs.frozen
class MarkdownLinkReferences:
    """Lines that are a Markdown link, bulleted or not: ``- [Title](url) — Publisher, date``.

    Entries have no written label; they are labelled ``1``, ``2``... in order.
    """

    def format(self, entries: Sequence[Citation]) -> str:
        lines = []
        for n, entry in enumerate(entries, 1):
            if not entry.title or not entry.url:
                raise ValueError("a Markdown link entry needs a title and a URL")
            if entry.label != str(n):
                raise ValueError(f"Markdown link entries are labelled 1, 2...; got {entry.label!r}")
            tail = format_entry_body(attrs.evolve(entry, title=None, url=None))
            lines.append(f"- [{entry.title}]({entry.url})" + (f" — {tail}" if tail else ""))
        return "\n".join(lines)

    def parse(self, text: str) -> Iterator[Citation]:
        if "]" not in text or "](" not in text:
            return  # (the one-character scan first: in C, far faster than the substring's)
        for n, m in enumerate(_LINK_LINE.finditer(text), 1):
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            end = _trim_end(text, start, m.end())
            yield _entry(str(n), text, start, end, m["body"])

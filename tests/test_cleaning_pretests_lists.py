"""The cleaner's pre-tests and fast paths of speed round 8, each against a plain reference
implementation kept here: a pre-test that says ``False`` must be right, and a fast path must
give what the plain one gives."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims import Citation, Register, Span, hookimpl, make_plugin_manager, parse_references
from newsclaims._citations import may_have_references
from newsclaims.default_plugins import keypoints
from newsclaims.default_plugins._lines import Lines
from newsclaims.default_plugins.references import may_have_plain_lists, plain_list_spans

# Heading-like lines: key phrases in odd cases and with odd letters (İ, ſ, the Kelvin sign),
# marks and white space of every kind around them, and lines that are no heading.
_HEADING_PIECES = [
    *("Key points", "KEY TAKEAWAYS", "kEy FaCtS", "key findings", "Takeaways", "HIGHLIGHTS"),
    *("Summary", "ſummary", "İn brief", "In Short", "at a glance", "What we know"),
    *("What You Need To Know", "The big picture", "TL;DR", "tldr", "Main points"),
    *("\u212aey points", "key\u212a"),
    *("Zusammenfassung", "DAS WICHTIGSTE in Kürze", "En bref", "À retenir", "Puntos clave"),
    *("résumé", "RÉSUMÉ", "Ce qu’il faut retenir", "in het kort"),
    *("Points", "key", "summary of the day", "Highlights of 2024", "Know", "Short"),
    *("#", "##", "**", "*", "_", ":", " ", "\t", "\x0b", "\x0c", "\x1c", "\x1f", "\xa0", "\u2028"),
    *("\u3000", "\x85", "\r", "\n", "\n", "\n\n", "a", "é", "Σ", "The plan was approved."),
]
_HEADING_TEXTS = st.lists(st.sampled_from(_HEADING_PIECES), max_size=12).map("".join) | st.text(
    alphabet="KkEeYy PpOoIiNnTtSs#*_:\t\x1c\xa0\nſİ\u212a", max_size=40
)


def _plain_may_have_headings(firsts: str, lines: Sequence[str]) -> bool:
    """``may_have_headings`` as it was: every line that starts like a heading, matched whole."""
    return any(
        len(line) <= keypoints._HEADING_CHARS and keypoints._KEY_HEADING.fullmatch(line)
        for line in lines
    )


@settings(max_examples=1500)
@given(_HEADING_TEXTS)
def test_the_heading_pre_test_is_the_plain_one(text: str) -> None:
    lines = Lines(text)
    if not len(lines):
        return
    expected = _plain_may_have_headings(lines.firsts(), lines.text)
    assert keypoints.may_have_headings(lines.firsts(), lines.text) == expected


def test_the_heading_pre_test_finds_headings_of_every_case() -> None:
    for heading in (
        *("Key points", "**KEY TAKEAWAYS:**", "# tl;dr", "ſummary", "İn brief"),
        *("## Zusammenfassung", "**À retenir :**", "Puntos clave", "RÉSUMÉ"),
    ):
        lines = Lines(f"The story.\n{heading}\nMore text here.")
        assert keypoints.may_have_headings(lines.firsts(), lines.text)
    lines = Lines("The story.\nKey points of the day\nMore text here.")
    assert not keypoints.may_have_headings(lines.firsts(), lines.text)


# Reference entries of every built-in style, with indentation and white space of every kind,
# digits of other scripts, inline headings, and lines that are no entry.
_ENTRY_PIECES = [
    *("[1] ", "[2]", "- [3] ", "1. ", "2) ", "(3) ", "¹ ", "⁰ ", "٣. ", "１. ", "Sources: [1] "),
    *("**References:** [2] ", "[^1]: ", "[Title](https://x.org)", "- [T](u) ", "Title", "x"),
    *(" ", "\t", "\r", "\x0b", "\x1c", "\xa0", "\n", "\n", "\n\n", ":", "[", "]", "(", "^"),
]
_ENTRY_TEXTS = st.lists(st.sampled_from(_ENTRY_PIECES), max_size=16).map("".join) | st.text(
    alphabet="[]()^:-*•1²٣ \t\n\rSsource", max_size=40
)


@settings(max_examples=1500)
@given(_ENTRY_TEXTS)
def test_no_references_where_the_pre_test_says_none(text: str) -> None:
    lines = Lines(text)
    if not len(lines):
        return
    if parse_references(text):
        assert may_have_references(text, lines.text, lines.firsts())


def test_the_reference_pre_test_reads_other_styles_always() -> None:
    class Anywhere:
        def format(self, entries: Sequence[Citation]) -> str:
            return ""

        def parse(self, text: str) -> Iterator[Citation]:
            yield Citation(label="1", raw=text[:1], span=Span(0, 1))

    pm = make_plugin_manager(entry_points=False)
    text = "Plain text.\nNo list here."
    lines = Lines(text)
    assert not may_have_references(text, lines.text, lines.firsts(), plugin_manager=pm)

    class Plugin:
        @hookimpl
        def newsclaims_register_reference_styles(self, register: Register[object]) -> None:
            register("anywhere", Anywhere())

    pm.register(Plugin())
    assert parse_references(text, plugin_manager=pm)
    assert may_have_references(text, lines.text, lines.firsts(), plugin_manager=pm)


_PLAIN_PIECES = [
    *("Sources", "SOURCES:", "**References**", "# Bibliography", "Works Cited", "works cited"),
    *("Citations", "Reuters - Title", "apnews.com", "The plan was approved on Monday.", "Sourcesx"),
    *(" ", "  ", "\t", "\r", "\x0b", "\x0c", "\x1c", "\xa0", "\u2028", "\n", "\n", "\n\n"),
    *(":", "*"),
]
_PLAIN_TEXTS = st.lists(st.sampled_from(_PLAIN_PIECES), max_size=24).map("".join)


@settings(max_examples=1000)
@given(_PLAIN_TEXTS)
def test_the_plain_list_pre_test_without_last_characters_is_the_one_with(text: str) -> None:
    lines = Lines(text)
    if not len(lines):
        return
    firsts, lasts = lines.edges()
    expected = may_have_plain_lists(lines.text, firsts, lasts)
    assert may_have_plain_lists(lines.text, firsts) == expected
    if list(plain_list_spans(text)):
        assert expected

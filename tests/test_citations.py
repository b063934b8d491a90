"""Citations in documents: markers on their claims, reference lists as sections, non-markers."""

from __future__ import annotations

import doctest
import importlib
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclaims
from newsclaims import (
    Citation,
    Claim,
    Marker,
    PluginError,
    Span,
    format_markers,
    hookimpl,
    parse_entry_body,
    parse_markers,
    parse_references,
)
from newsclaims._citations import label_int
from newsclaims._pipeline import link_markers
from newsclaims.testing import manager_with

PM = manager_with()


def bare_manager() -> object:
    """The core's own plugins for sentences, citations and claims, with no cleaner at all."""
    modules = ["sentences", "citations", "references", "claims"]
    plugins = [importlib.import_module(f"newsclaims.default_plugins.{m}") for m in modules]
    return newsclaims.make_plugin_manager(entry_points=False, defaults=False, plugins=plugins)


def labels(text: str, **kwargs: object) -> list[tuple[str, ...]]:
    return [m.labels for m in parse_markers(text, plugin_manager=PM, **kwargs)]  # type: ignore[arg-type]


def test_the_module_examples_run() -> None:
    import newsclaims._citations as module

    result = doctest.testmod(module, extraglobs={"__name__": "doctest"})
    assert result.attempted >= 4
    assert result.failed == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rose [1].", [("1",)]),
        ("It rose.[1][2]", [("1",), ("2",)]),
        ("It rose [1, 2].", [("1", "2")]),
        ("It rose [1,2].", [("1", "2")]),
        ("It rose [1; 2].", [("1", "2")]),
        ("It rose [1-3].", [("1", "2", "3")]),
        ("It rose [1–3, 5].", [("1", "2", "3", "5")]),
        # The dashes that look like one: a figure dash, a minus sign, a wave dash.
        (
            "It rose [1‒3]. It fell [2−4]. It held [1〜2].",
            [("1", "2", "3"), ("2", "3", "4"), ("1", "2")],
        ),
        ("It rose.¹²", [("12",)]),
        ("It rose¹˒³.", [("1", "3")]),
        ("It rose¹⁻³.", [("1", "2", "3")]),
        # After a number, a word longer than a unit takes a marker: 5 km² is an area.
        ("Rates stay high for 12 months¹.", [("1",)]),
        ("It fell 3 points¹˒².", [("1", "2")]),
        ("It rose to 3%³˒⁴.", [("3", "4")]),
        ("It rose.[^1] It fell.[^note]", [("1",), ("note",)]),
        ("It rose.[^1^]", [("1",)]),
        ("It rose【1】【2】.", [("1",), ("2",)]),
        ("It rose【１、２】.", [("1", "2")]),
        ("It rose【1†source】【2†Reuters†https://reut.rs/a】.", [("1",), ("2",)]),
        # A message's and a result's numbers, as ChatGPT's file search cites: one label.
        ("It rose.【4:0†source】 It fell.【4:1†report.pdf】", [("4:0",), ("4:1",)]),
        ("It rose [3:1†source].", [("3:1",)]),
        (
            "It rose [1](https://example.com/a). It fell [2](https://b.example/x?y=1).",
            [("1",), ("2",)],
        ),
    ],
)
def test_marker_styles_in_sentences(text: str, expected: list[tuple[str, ...]]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A word processor's footnote marks, a space after the word they cite.
        ("Nigeria held its rate at 27% on Tuesday ¹ ², citing inflation.", [("1",), ("2",)]),
        ("The mayor resigned on Friday ³. The council met.", [("3",)]),
        ("Prices fell in June. ¹ ² Wages rose.", [("1",), ("2",)]),
        ("Lagos approved the budget on Monday ⁴\nIt takes effect in May.", [("4",)]),
        # Not after a short token or a number, nor before more words: units and exponents.
        ("The forest covers 500 km ². Take x ² now. E = mc ².", []),
        ("The reading rose ² percent on the scale.", []),
    ],
)
def test_superscripts_a_space_after_their_word(text: str, expected: list[tuple[str, ...]]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Bank of Korea kept its base rate at 2.5% on Thursday. ¹ Governor Rhee said a"
            " cut was possible in January. ² Exports rose 8% in October.\n\n"
            '¹ Yonhap, "BOK holds rate", 27 November 2026\n'
            '² Reuters, "Rhee signals cut", 27 November 2026\n',
            [("1",), ("2",), ()],
        ),
        (
            "Prices fell in June. ¹ ² Wages rose in July.\n\n"
            '¹ Reuters, "Prices fall", 1 July 2026\n² AP, "June prices", 2 July 2026\n',
            [("1", "2"), ()],
        ),
    ],
)
def test_superscripts_a_space_after_a_full_stop_cite_the_sentence_before(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    # The sentence ended before the space and the marks opened the next sentence, which
    # was given the notes of the one before.
    assert [c.citations for c in newsclaims.parse(text, plugin_manager=PM).claims] == expected


@pytest.mark.parametrize(
    "text",
    [
        "He wrote that the mayor [sic] had resigned.",
        "The report [Reuters] was denied.",
        "Index it with array[0] and go on.",
        "Use data[1] = x to set it.",
        "The law passed in [2019] after a long fight.",
        "The law passed in 2019 [2019].",
        "They won 4:0 [4:0] at home.",  # (no dagger: a score)
        "They won [3-1] on Sunday.",
        "The score was [2-2] at half time.",
        "It covers 500 km² of forest.",
        "Growth of 10⁶ cells was seen.",
        "E = mc² is famous.",
        "The reactor used ²³⁵U fuel.",
        "A value of x² + y² is positive.",
    ],
)
def test_things_that_are_not_markers(text: str) -> None:
    assert labels(text) == []


def test_full_width_markers_with_a_source_end_their_sentence() -> None:
    # ``.【1†source】 Next`` and ``.【4:0†source】 Next`` glued two sentences into one claim.
    text = (
        "Kenya cut its rate to 9.25% on Tuesday.【4:0†source】 Inflation eased to 4.1%."
        "【4:1†source】【4:0†source】 The shilling held.【2†source】 Exports rose.[3†source] "
        "Imports fell."
    )
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [(c.text, c.citations) for c in doc.claims] == [
        ("Kenya cut its rate to 9.25% on Tuesday.", ("4:0",)),
        ("Inflation eased to 4.1%.", ("4:1", "4:0")),
        ("The shilling held.", ("2",)),
        ("Exports rose.", ("3",)),
        ("Imports fell.", ()),
    ]


def test_a_markdown_link_on_a_number_is_one_marker_on_its_claim() -> None:
    doc = newsclaims.parse(
        "Rates rose in May [1](https://a.example/x). Exports fell.", plugin_manager=PM
    )
    (marker,) = doc.markers
    assert marker.span.slice(doc.text) == "[1](https://a.example/x)"
    assert [c.citations for c in doc.claims] == [("1",), ()]


def test_a_mid_sentence_candidate_counts_only_in_the_dominant_style() -> None:
    # Bracket markers dominate: "[2]" mid-sentence is one of them; a stray superscript is not.
    text = "Prices rose [1]. The bank [2] said rates would rise¹ later. Markets fell [2]."
    assert labels(text) == [("1",), ("2",), ("2",)]
    # A mid-sentence number the document never cites at a sentence end is not a marker.
    assert labels("Prices rose [1]. Page [45] of the bill says so.") == [("1",)]
    # Labels the reference list defines make it one.
    assert labels("Page [45] of the bill says so.", known_labels=["45"]) == [("45",)]


def test_citation_needed_is_a_marker_without_labels() -> None:
    doc = newsclaims.parse("Crime fell by half.[citation needed] It rose [1].", plugin_manager=PM)
    needed = [m for m in doc.markers if m.style == "citation_needed"]
    assert [(m.labels, m.span.slice(doc.text)) for m in needed] == [((), "[citation needed]")]
    assert [c.label for c in doc.citations] == ["1"]
    assert newsclaims.Document.from_dict(doc.to_dict()) == doc


def test_every_marker_of_the_ai_summary_sits_on_its_claim(ai_summary: str) -> None:
    doc = newsclaims.parse(ai_summary, plugin_manager=PM)
    assert len(doc.markers) == ai_summary.count("[1]") + ai_summary.count("[2]") == 10
    owned: set[int] = set()
    for marker in doc.markers:
        # The claims the marker stands in, or right after (past a full stop or closing quote).
        owners = [
            i
            for i, c in enumerate(doc.claims)
            if c.span.contains(marker.span)
            or (
                c.span.end <= marker.span.start
                and not doc.text[c.span.end : marker.span.start].strip(" .\"'”’")
            )
        ]
        assert owners, marker
        for i in owners:
            assert set(marker.labels) <= set(doc.claims[i].citations)
        owned.update(owners)
    assert {i for i, c in enumerate(doc.claims) if c.citations} == owned
    level = next(c for c in doc.claims if "new level" in c.text)
    assert level.citations == ("2",)
    attributed = doc.text.index("Takashi said [1]")
    quoted = [c for c in doc.claims if c.span.start < attributed < c.span.end]
    assert quoted and all(c.citations == ("1",) for c in quoted)
    assert [c.label for c in doc.citations] == ["1", "2"]
    assert all(c.title is None and c.span is None for c in doc.citations)  # unresolved labels


def test_a_marker_after_a_statement_links_past_a_quote_inside_it() -> None:
    text = '"We will act," the minister said [4]. Rates rose.'
    statement = Claim(text=text[:36], span=Span(0, 36))
    quote = Claim(text=text[1:13], span=Span(1, 13), kind="quote")
    markers = parse_markers(text, plugin_manager=PM)
    linked = link_markers(text, [statement, quote], markers)
    assert [c.citations for c in linked] == [("4",), ()]


TITLES = [
    "Japan to provide radars to Philippines as part of official security assistance program",
    "Ishiba to visit Vietnam, Philippines in April for talks on security cooperation, Asian "
    "strategic landscape",
    "Japan, Philippines bolster defense ties, agree to study maritime security cooperation",
    "Japan, Philippines in final phase of coordinating early signing of military information pact",
    "Japan-Philippines joint drills an option to strengthen security ties, Japanese newspaper "
    "reports",
]


@pytest.mark.parametrize("manager", ["default", "bare"])
def test_the_run_together_list_gives_five_citations(scraped: str, manager: str) -> None:
    pm = PM if manager == "default" else bare_manager()
    doc = newsclaims.parse(scraped, plugin_manager=pm)  # type: ignore[arg-type]
    assert [(c.label, c.title) for c in doc.citations] == [
        (str(n), title) for n, title in enumerate(TITLES, 1)
    ]
    assert doc.markers == ()
    (refs,) = doc.sections_of("references")
    for c in doc.citations:
        assert c.span is not None and refs.span.contains(c.span)
        assert c.raw == c.span.slice(doc.text) and c.raw.startswith(f"[{c.label}] ")
    assert "[1]" not in doc.body and "[5]" not in doc.body
    for title in TITLES:
        assert title not in doc.body
        assert not any(title in claim.text for claim in doc.claims)
    # The numbered key points after the list are sentences, not references.
    assert "1. The Philippines, as a signatory" not in refs.span.slice(doc.text)


def test_a_numbered_list_of_short_items_is_not_a_reference_list() -> None:
    text = "You need three things.\n\n1. Two eggs\n2. Flour\n3. A pinch of salt\n"
    assert newsclaims.parse(text, plugin_manager=PM).sections_of("references") == ()


def test_a_numbered_list_of_titles_under_a_lead_in_is_the_articles_list() -> None:
    # Items shaped as titles (a few words, no full stop), but under "...include:" in the middle
    # of the article: the article's list, its items claims, not three sources nobody cites.
    text = (
        "The government announced a plan to cut rail fares by a fifth from January.\n"
        "Under the plan, which takes effect after a consultation, the measures include:\n"
        "1. A cap on season ticket prices\n"
        "2. Free travel for children under twelve\n"
        "3. Half-price off-peak fares at weekends\n"
        "Rail unions welcomed the plan but said it did not address staff shortages.\n"
    )
    doc = _without_references(text)
    assert "A cap on season ticket prices" in [c.text for c in doc.claims]


def test_a_numbered_list_under_a_subheading_is_the_articles_unless_it_names_sources() -> None:
    moments = (
        "1. Watkins heads in from a Digne cross\n"
        "2. Salah levels after a one-two with Gakpo\n"
        "3. Nunez finishes a late counter-attack\n"
    )
    text = f"Liverpool beat Villa 3-1 on Saturday.\n\nKey moments\n\n{moments}\nVilla are seventh."
    doc = _without_references(text)
    assert "Watkins heads in from a Digne cross" in [c.text for c in doc.claims]
    # Entries that name their sources are still a reference list under such a heading.
    sources = (
        "1. Reuters - Liverpool beat Villa, March 1, 2025\n"
        "2. BBC Sport - Salah double sinks Villa, March 1, 2025\n"
    )
    doc = newsclaims.parse(
        f"Liverpool won [1][2].\n\nMatch reports\n\n{sources}", plugin_manager=PM
    )
    assert [(c.label, c.publisher) for c in doc.citations] == [("1", "Reuters"), ("2", "BBC Sport")]


def test_a_numbered_list_that_names_its_sources_under_a_lead_in_is_references() -> None:
    text = (
        "Fares will fall by a fifth from January [1]. Unions welcomed the plan [2].\n\n"
        "This answer draws on these articles:\n"
        "1. Reuters - UK to cut rail fares from January\n"
        "2. BBC News - Unions welcome fare cut\n"
    )
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert len(doc.sections_of("references")) == 1
    assert [(c.label, c.publisher) for c in doc.citations] == [("1", "Reuters"), ("2", "BBC News")]


def test_a_numbered_list_of_sentences_is_not_a_reference_list() -> None:
    text = (
        "The pact was signed on Monday.\n\n"
        "1. The Philippines will exchange classified information with Japan.\n"
        "2. The two governments plan a separate agreement on supplies.\n"
    )
    _without_references(text)


def _without_references(text: str) -> newsclaims.Document:
    """The document of ``text``, checked to have no reference list and no citations."""
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert doc.sections_of("references") == ()
    assert doc.citations == ()
    return doc


@pytest.mark.parametrize(
    "listing",
    [
        "Sources:\n1. Japan to provide radars\n2. Ishiba to visit Vietnam",
        "1. Japan to provide radars - Reuters\n2. Ishiba to visit Vietnam - Kyodo",
        "References\n1) https://example.com/radars\n2) https://example.com/visit",
        "[1] Japan to provide radars\n[2] Ishiba to visit Vietnam",
        "Read more\n- [Japan to provide radars](https://example.com/a)\n"
        "- [Ishiba to visit Vietnam](https://example.com/b)",
        '[^1]: https://example.com/a "Japan to provide radars"\n[^2]: Ishiba to visit Vietnam',
        # Bracketed labels after bullets; a list of domains, as answer engines give sources.
        "- [1] Japan to provide radars\n- [2] Ishiba to visit Vietnam",
        "Sources:\n\n* [1] Japan to provide radars\n\n* [2] Ishiba to visit Vietnam",
        "1. japannews.yomiuri.co.jp\n2. reuters.com",
        # On the line of its heading, as answer engines write it; superscript labels.
        "Sources: [1] Reuters - Japan to provide radars [2] Kyodo - Ishiba to visit Vietnam",
        "**Sources:** [1] Japan to provide radars [2] Ishiba to visit Vietnam",
        '¹ Reuters, "Japan to provide radars", April 2, 2025\n² Kyodo, "Ishiba to visit Vietnam"',
        "References\n¹ Japan to provide radars ² Ishiba to visit Vietnam",
        # "Learn more:", as Copilot heads its sources, and a heading in another language.
        "Learn more:\n1. reuters.com\n2. apnews.com",
        "Referencias\n[1] Japan to provide radars\n[2] Ishiba to visit Vietnam",
        # Lenticular labels, as some assistants write them (full-width digits too).
        "Sources:\n【1】 Reuters - Japan to provide radars\n【２】 Kyodo - Ishiba to visit Vietnam",
    ],
)
def test_reference_lists_become_sections(listing: str) -> None:
    text = f"The pact was signed on Monday [1]. Talks went on [2].\n\n{listing}\n"
    doc = newsclaims.parse(text, plugin_manager=PM)
    (refs,) = doc.sections_of("references")
    assert refs.span.slice(doc.text) == listing
    assert [c.label for c in doc.citations] == ["1", "2"]
    assert all(c.span is not None and refs.span.contains(c.span) for c in doc.citations)
    assert doc.body == "The pact was signed on Monday [1]. Talks went on [2]."
    assert [c.citations for c in doc.claims] == [("1",), ("2",)]


def test_unnumbered_source_lines_under_a_sources_heading_are_entries() -> None:
    lines = "Sources\nReuters - Mayor quits after 12 years\n\n- Town Herald - Deputy takes over"
    text = f"The mayor quit on Friday [1]. Her deputy takes over [2].\n\n{lines}\n"
    doc = newsclaims.parse(text, plugin_manager=PM)
    (refs,) = doc.sections_of("references")
    assert refs.span.slice(doc.text) == lines
    got = [(c.label, c.title, c.publisher) for c in doc.citations]
    assert got == [
        ("1", "Mayor quits after 12 years", "Reuters"),
        ("2", "Deputy takes over", "Town Herald"),
    ]
    assert doc.findings == ()
    # The list ends at the next section (an answer engine's follow-up questions), but a
    # question that names its source is an entry.
    after = "Related questions\nWhat did the court decide?\nWho appealed?"
    doc = newsclaims.parse(f"{text}\n{after}\n", plugin_manager=PM)
    assert [s.span.slice(doc.text) for s in doc.sections_of("references")] == [lines]
    asked = "Sources\nBBC News — Who is the new mayor?\nWhat did the court decide?"
    doc = newsclaims.parse(f"The mayor quit [1].\n\n{asked}\n", plugin_manager=PM)
    assert [c.raw for c in doc.citations] == ["BBC News — Who is the new mayor?"]
    # Prose after the heading is no list; nor are lines under "Read more".
    prose = "The mayor quit on Friday after twelve years in office, her spokesman said."
    for text in (f"Sources\n{prose}\n", "Read more\nMayor quits\nDeputy takes over\n"):
        assert newsclaims.parse(text, plugin_manager=PM).sections_of("references") == ()


def test_entries_give_every_field() -> None:
    text = (
        '[1] "Japan to provide radars," Reuters, April 2, 2025. https://reut.rs/abc\n'
        "[2] Ishiba to visit Vietnam - The Japan News (2025-03-30) <https://japannews.jp/x>\n"
        "[3] [Joint drills an option](https://example.com/d) — Kyodo, 3 May 2024\n"
        "[4] https://example.org/only-a-url"
    )
    got = [(c.label, c.title, c.url, c.publisher, c.date) for c in parse_references(text)]
    assert got == [
        ("1", "Japan to provide radars", "https://reut.rs/abc", "Reuters", "April 2, 2025"),
        ("2", "Ishiba to visit Vietnam", "https://japannews.jp/x", "The Japan News", "2025-03-30"),
        ("3", "Joint drills an option", "https://example.com/d", "Kyodo", "3 May 2024"),
        ("4", None, "https://example.org/only-a-url", None, None),
    ]


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        # The publisher before a quoted title.
        ('Reuters: "Rates cut again", https://reut.rs/c', ("Rates cut again", "Reuters", None)),
        (
            'Yonhap, "BOK trims outlook", Feb 25, 2025',
            ("BOK trims outlook", "Yonhap", "Feb 25, 2025"),
        ),
        # The site's name first, the title in sentence case after it.
        (
            "Financial Times — Kenya completes buyback — 2024",
            ("Kenya completes buyback", "Financial Times", "2024"),
        ),
        (
            "Ministry of Finance | Budget outlook for next year",
            ("Budget outlook for next year", "Ministry of Finance", None),
        ),
        # The publisher inside the date's parentheses.
        (
            "Rates cut again (Reuters, Jan. 29, 2025)",
            ("Rates cut again", "Reuters", "Jan. 29, 2025"),
        ),
        # A site named by its domain; a year after a spaced dash or a comma.
        ("Quarterly earnings release - tsmc.com", ("Quarterly earnings release", "tsmc.com", None)),
        ("Annual report, 2023", ("Annual report", None, "2023")),
        # Titles in headline case keep their place; a year glued to a word is no date.
        (
            "Chile Lawmakers Back Pension Plan — Bloomberg",
            ("Chile Lawmakers Back Pension Plan", "Bloomberg", None),
        ),
        ("Lessons from COVID-2019", ("Lessons from COVID-2019", None, None)),
        # Dates in other languages; a title in corner brackets; a name with Italian links.
        (
            'Banxico, "Anuncio de política monetaria", 6 de octubre de 2025',
            ("Anuncio de política monetaria", "Banxico", "6 de octubre de 2025"),
        ),
        (
            'Handelsblatt, "Bundesbank senkt Prognose", 12. März 2025',
            ("Bundesbank senkt Prognose", "Handelsblatt", "12. März 2025"),
        ),
        (
            'Le Monde, "La BCE baisse ses taux", 1er mars 2025',
            ("La BCE baisse ses taux", "Le Monde", "1er mars 2025"),
        ),
        (
            "日本経済新聞「日銀、利上げを決定」2025年3月12日",
            ("日銀、利上げを決定", "日本経済新聞", "2025年3月12日"),
        ),
        ("연합뉴스 「금리 동결」 2025년 2월 25일", ("금리 동결", "연합뉴스", "2025년 2월 25일")),
        (
            "Corriere della Sera - Il governo approva la manovra, 3 dicembre 2024",
            ("Il governo approva la manovra", "Corriere della Sera", "3 dicembre 2024"),
        ),
        ("Mars rover finds water 2025", ("Mars rover finds water 2025", None, None)),
        # A name first and a title too long to be one after it.
        (
            "Reuters - Chile central bank holds rate, flags later cuts",
            ("Chile central bank holds rate, flags later cuts", "Reuters", None),
        ),
        # A site named by its domain alone is the publisher, not a title.
        ("ine.gob.cl", (None, "ine.gob.cl", None)),
        # A publisher before a quoted title after a full stop; a site's name before its URL.
        (
            'Al Jazeera. "Inflation climbs again." January 15, 2025. https://aljazeera.com/e/1',
            ("Inflation climbs again", "Al Jazeera", "January 15, 2025"),
        ),
        (
            "The New York Times. https://www.nytimes.com/2025/01/15/cuts",
            (None, "The New York Times", None),
        ),
        (
            "British Broadcasting Corporation https://www.bbc.co.uk/news/1",
            (None, "British Broadcasting Corporation", None),
        ),
        # A quoted title after the publisher and a dash, read without its marks.
        (
            'Reuters — "Zambia extends power cuts", 12 September 2024',
            ("Zambia extends power cuts", "Reuters", "12 September 2024"),
        ),
        ("AP | “Copper climbs”", ("Copper climbs", "AP", None)),
        # The kind of work after a quoted title, in lower case, is neither title nor publisher.
        (
            'Airbus, "Airbus reports 2024 results", press release, 20 February 2025.',
            ("Airbus reports 2024 results", "Airbus", "20 February 2025"),
        ),
        # MLA's and Chicago's full stop inside the quotes is no part of the title; an
        # abbreviation's is.
        ('NHK. "Talks with the U.S." 2 May 2025.', ("Talks with the U.S.", "NHK", "2 May 2025")),
        ('"Bank holds rates." Reuters, 2 May 2025', ("Bank holds rates", "Reuters", "2 May 2025")),
        # A title in headline case that does not spell the site stays a title.
        ("Apple Profits Soar https://ap.org/x", ("Apple Profits Soar", None, None)),
        ("Bank Holds Rates https://www.reuters.com/x", ("Bank Holds Rates", None, None)),
        # Author-date entries (APA, Harvard): the authors go, the date is in parentheses.
        (
            "Pérez, C. (2025). Un año después de la dana. El País. https://elpais.com/a",
            ("Un año después de la dana", "El País", "2025"),
        ),
        (
            "Smith, J., & Ortega, L. (2025, November 3). Valencia leader resigns. Reuters.",
            ("Valencia leader resigns", "Reuters", "2025, November 3"),
        ),
        (
            "de la Cruz, M. A., Tan, B. et al. (2024). U.S. tariffs bite. Nikkei Asia",
            ("U.S. tariffs bite", "Nikkei Asia", "2024"),
        ),
        ("Lee, H. (n.d.). Seoul housing prices.", ("Seoul housing prices", None, "n.d.")),
        # A journal article: the journal, its volume, issue and pages end the entry.
        (
            "Ito, K., & Sato, Y. (2023). Heat and rice yields. Journal of Agricultural and "
            "Resource Economics, 48(2), 301–318. https://doi.org/10.1/x",
            ("Heat and rice yields", "Journal of Agricultural and Resource Economics", "2023"),
        ),
        (
            "Ng, T. (2021). Port strikes. Maritime Policy Review, vol. 9, pp. 3-24.",
            ("Port strikes", "Maritime Policy Review", "2021"),
        ),
        ('Smith, J. "Budget talks stall", 2020', ("Budget talks stall", None, "2020")),
        # A name and a comma are no authors without initials.
        ("Kim, Jong-un visits Moscow", ("Kim, Jong-un visits Moscow", None, None)),
        # An organisation as the author published the work (what follows the title may be a
        # place: it cannot be told from a publisher).
        (
            "World Bank (2024). Global Economic Prospects, June 2024. Washington, DC.",
            ("Global Economic Prospects, June 2024", "World Bank", "2024"),
        ),
        (
            "Statistics Canada. (2024, May 10). Labour Force Survey. Ottawa.",
            ("Labour Force Survey", "Statistics Canada", "2024, May 10"),
        ),
        ("COP29 (2024). Deal reached in Baku", ("COP29 (2024). Deal reached in Baku", None, None)),
        # A comma after the date (the OECD's style): the publisher and the place end the entry.
        (
            "OECD (2023), Economic Surveys: Peru 2023, OECD Publishing, Paris.",
            ("Economic Surveys: Peru 2023", "OECD", "2023"),
        ),
        (
            "IMF (2024), Regional Outlook: Asia, International Monetary Fund, Washington, DC.",
            ("Regional Outlook: Asia", "IMF", "2024"),
        ),
        ("OECD (2024), Jobs Outlook, Paris.", ("Jobs Outlook, Paris", "OECD", "2024")),
        # A short name alone with a date is who published, not a title.
        ("Reuters, Aug. 29, 2025", (None, "Reuters", "Aug. 29, 2025")),
        ("The New York Times, May 2, 2025", (None, "The New York Times", "May 2, 2025")),
        ("Climate Risk Report, 2024", ("Climate Risk Report", None, "2024")),
        (
            "Coffee Prices Hit Record High, May 2, 2025",
            ("Coffee Prices Hit Record High", None, "May 2, 2025"),
        ),
        # A name, a full stop and the title, in a dated or linked entry; not an abbreviation
        # (``U.S.``, ``Mr.``), a kind of article, a code or authors.
        (
            "U.S. Energy Information Administration. Gasoline prices fall. 3 March 2025.",
            ("Gasoline prices fall", "U.S. Energy Information Administration", "3 March 2025"),
        ),
        ("NPR. Why rents rise. https://npr.org/x", ("Why rents rise", "NPR", None)),
        ("Mr. Lee goes to Seoul. May 2, 2025", ("Mr. Lee goes to Seoul", None, "May 2, 2025")),
        ("Analysis. Why yen falls. May 2, 2025", ("Analysis. Why yen falls", None, "May 2, 2025")),
        ("Lee H, Kim J. Rents rise. 2 May 2025", ("Lee H, Kim J. Rents rise", None, "2 May 2025")),
        ("Reuters. Rents rise", ("Reuters. Rents rise", None, None)),
        # A name, a colon and a title that is none (or a name that spells the URL's site).
        (
            "Reuters: Fed holds rates steady as inflation cools",
            ("Fed holds rates steady as inflation cools", "Reuters", None),
        ),
        (
            "The Guardian: Europe's Heatwave Explained https://www.theguardian.com/x",
            ("Europe's Heatwave Explained", "The Guardian", None),
        ),
        ("Explainer: Why the yen is falling", ("Explainer: Why the yen is falling", None, None)),
        ("COP29: Deal reached on finance", ("COP29: Deal reached on finance", None, None)),
        (
            "World Economic Outlook: A Critical Juncture",
            ("World Economic Outlook: A Critical Juncture", None, None),
        ),
        # The date of a name before a dash is the entry's; a name spelt by the domain after it.
        (
            "Kyodo News, March 3, 2025 — Japan to raise defense spending",
            ("Japan to raise defense spending", "Kyodo News", "March 3, 2025"),
        ),
        (
            "Inflation eases again | Reuters | reuters.com",
            ("Inflation eases again", "Reuters", None),
        ),
    ],
)
def test_entry_fields_in_other_orders(body: str, fields: tuple[str | None, ...]) -> None:
    got = parse_entry_body(body)
    assert (got["title"], got["publisher"], got["date"]) == fields


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        # Wikipedia's citations, as AI answers copy them: the day read is no date of its own
        # (it was the date, and the publisher ran to ``Retrieved``), a year after the name's
        # full stop is one, and an author's given name is written out.
        (
            '"Thailand\'s parliament elects PM". Reuters. 16 August 2024. '
            "Retrieved 17 August 2024.",
            ("Thailand's parliament elects PM", "Reuters", "16 August 2024"),
        ),
        (
            '"Thaksin Shinawatra: Profile". BBC News. 2023.',
            ("Thaksin Shinawatra: Profile", "BBC News", "2023"),
        ),
        (
            'Regan, Helen (16 August 2024). "Paetongtarn becomes Thailand\'s youngest PM". CNN.',
            ("Paetongtarn becomes Thailand's youngest PM", "CNN", "16 August 2024"),
        ),
        (
            '"Chile Holds Rate". Reuters. 2 May 2025. Archived from the original on 3 May 2025. '
            "Retrieved 4 May 2025.",
            ("Chile Holds Rate", "Reuters", "2 May 2025"),
        ),
        ('Reuters, "Rates held" (accessed May 2, 2025)', ("Rates held", "Reuters", None)),
    ],
)
def test_entry_fields_of_wikipedia_citations(body: str, fields: tuple[str | None, ...]) -> None:
    got = parse_entry_body(body)
    assert (got["title"], got["publisher"], got["date"]) == fields


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        # A name first and a title in headline case: the name the URL's site spells is the
        # publisher (the two were read the other way round).
        (
            "Bank of Japan — Statement on Monetary Policy — https://www.boj.or.jp/en/x.pdf",
            ("Statement on Monetary Policy", "Bank of Japan", "https://www.boj.or.jp/en/x.pdf"),
        ),
        (
            "Financial Times - Kenya Completes Eurobond Buyback - https://www.ft.com/content/1",
            ("Kenya Completes Eurobond Buyback", "Financial Times", "https://www.ft.com/content/1"),
        ),
        # A title with a headline's colon after a name with none (German nouns are capitalised).
        (
            "Handelsblatt – Lagarde: Keine Vorfestlegung – https://www.hb.com/x",
            ("Lagarde: Keine Vorfestlegung", "Handelsblatt", "https://www.hb.com/x"),
        ),
        # ... but a title first keeps its place.
        (
            "Statement on Monetary Policy — Bank of Japan — https://www.boj.or.jp/en/x.pdf",
            ("Statement on Monetary Policy", "Bank of Japan", "https://www.boj.or.jp/en/x.pdf"),
        ),
        # A URL in parentheses leaves no brackets behind in the title.
        (
            "Reuters: Apple to pay $490 million to settle lawsuit (https://www.reuters.com/l/a)",
            (
                "Apple to pay $490 million to settle lawsuit",
                "Reuters",
                "https://www.reuters.com/l/a",
            ),
        ),
        # The name first, its domain last.
        (
            "The Verge – Meta hit with €798 million EU fine – theverge.com",
            ("Meta hit with €798 million EU fine", "The Verge", None),
        ),
        # A link's words that name its site first; not a place before a headline's colon.
        (
            "[AP News: Biden pledges $3 billion](https://apnews.com/article/x)",
            ("Biden pledges $3 billion", "AP News", "https://apnews.com/article/x"),
        ),
        (
            "[France 24 – Macron sets coal exit](https://www.france24.com/en/x)",
            ("Macron sets coal exit", "France 24", "https://www.france24.com/en/x"),
        ),
        (
            "[Ukraine: Russia launches drone attack](https://www.bbc.com/news/x)",
            ("Ukraine: Russia launches drone attack", None, "https://www.bbc.com/news/x"),
        ),
        # A link that names its site by its domain alone (Copilot's "Learn more" list).
        (
            "[cnbc.com](https://www.cnbc.com/2025/05/13/microsoft-layoffs.html)",
            (None, "cnbc.com", "https://www.cnbc.com/2025/05/13/microsoft-layoffs.html"),
        ),
    ],
)
def test_entry_publisher_and_title_in_either_order(
    body: str, fields: tuple[str | None, ...]
) -> None:
    got = parse_entry_body(body)
    assert (got["title"], got["publisher"], got["url"]) == fields


def test_superscript_labels_are_read_as_written() -> None:
    text = '¹ Reuters, "Rates held", May 2, 2025\n² AP - Copper climbs'
    got = [(c.label, c.title, c.publisher) for c in parse_references(text + "\n⁰ No label")]
    assert got == [("1", "Rates held", "Reuters"), ("2", "Copper climbs", "AP")]
    body = "# Rates held\n\nThe bank held its rates on Friday.¹\nCopper rose after the decision.²"
    doc = newsclaims.parse(f"{body}\n\n{text}", plugin_manager=PM)
    assert [c.citations for c in doc.claims] == [(), ("1",), ("2",)]
    assert doc.findings == ()


def test_numbers_in_parentheses_cite_the_reference_list_where_no_other_marker_does() -> None:
    refs = "\n\nSources:\n1. Reuters - Exports rise\n2. Yonhap - Chips lead\n3. AP - Cars fall"
    body = (
        "Exports rose for a fifth month (1), led by chips (1, 2).\n"
        "Car exports fell 5.7% (2)(3). A man (45) was held. The plan has (1) a levy and (2) a cap."
    )
    doc = newsclaims.parse(body + refs, plugin_manager=PM)
    got = [(m.span.slice(doc.text), m.labels) for m in doc.markers]
    assert got == [("(1)", ("1",)), ("(1, 2)", ("1", "2")), ("(2)", ("2",)), ("(3)", ("3",))]
    assert [c.citations for c in doc.claims[:2]] == [("1", "2"), ("2", "3")]
    # Bracketed markers are the text's: a number in parentheses is its own (an age, a score).
    doc = newsclaims.parse("Exports rose [1]. The team won (2).\n" + refs, plugin_manager=PM)
    assert [m.labels for m in doc.markers] == [("1",)]
    # Without a reference list, nothing is cited.
    assert newsclaims.parse(body, plugin_manager=PM).markers == ()


@pytest.mark.parametrize(
    ("body", "cited"),
    [
        (
            "Nvidia fell 3% on Monday (1). It reports on Wednesday (2). Sales may hit $32bn (3).",
            [("1",), ("2",), ("3",)],
        ),
        (
            "Les exportations ont reculé de 2 % (2). Les importations ont progressé (1, 2). Le "
            "déficit s'est creusé (4).",
            [("2",), ("1", "2"), ("4",)],
        ),
        # Far past the list, or where one number alone cites it: the text's own numbers.
        (
            "A man was held on Monday (1). His trial starts in May, aged (45).",
            [("1",), ()],
        ),
        (
            "Police held a man on Monday (1). The other suspects (3).",
            [("1",), ()],
        ),
        # After a full stop, as markers stand too.
        (
            "Nvidia fell 3% on Monday (1). It reports on Wednesday (2). Sales may hit $32bn. (3)",
            [("1",), ("2",), ("3",)],
        ),
        # After a name or a person: an age.
        (
            "Nvidia fell 3% on Monday (1). It reports on Wednesday (2). Police named the victims "
            "as Sarah Jones, 34, and her daughter Lily (4).",
            [("1",), ("2",), ()],
        ),
        (
            "Nvidia fell 3% on Monday (1). It reports on Wednesday (2). Among the injured was a "
            "boy (4).",
            [("1",), ("2",), ()],
        ),
    ],
)
def test_a_number_in_parentheses_just_past_the_list_points_nowhere(
    body: str, cited: list[tuple[str, ...]]
) -> None:
    # ``(3)`` below a list of two was no marker: its claim had no citation and the audit
    # reported an uncited claim, not the marker that points nowhere.
    refs = "\n\nSources:\n(1) Reuters - Nvidia slides\n(2) CNBC - Earnings due\n"
    doc = newsclaims.parse(body + refs, plugin_manager=PM)
    assert [c.citations for c in doc.claims] == cited
    dangling = [f.citation for f in doc.findings if f.kind == "dangling_marker"]
    assert dangling == [label for labels in cited for label in labels if int(label) > 2]


def test_a_sources_line_of_web_addresses_is_a_reference_list() -> None:
    text = (
        "Rates rose to 13.25% on Wednesday [1]. Inflation eased [2].\n\n"
        "Sources: https://www.reuters.com/markets/selic-2025/ , https://valor.globo.com/a.ghtml."
    )
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [(c.label, c.url) for c in doc.citations] == [
        ("1", "https://www.reuters.com/markets/selic-2025/"),
        ("2", "https://valor.globo.com/a.ghtml"),
    ]
    assert [c.text for c in doc.claims][-1] == "Inflation eased [2]."
    assert doc.findings == ()
    # Words beside the addresses make the line prose.
    doc = newsclaims.parse("Rates rose [1].\n\nSource: https://www.reuters.com/x and more")
    assert doc.sections_of("references") == ()


def test_a_list_numbered_from_zero_is_cited_by_its_zero() -> None:
    refs = "\n\nSources:\n[0] Gazette - Decree 12\n[1] AP - Curfew lifted"
    doc = newsclaims.parse("A curfew was declared [0]. It was lifted [0][1]." + refs)
    assert [c.citations for c in doc.claims] == [("0",), ("0", "1")]
    assert doc.findings == ()
    # A 0 that no entry is numbered with cites nothing, at a sentence's end or inside one.
    assert [m.labels for m in parse_markers("It rose [0]. Items x [0] and y fell [1].")] == [("1",)]


def test_a_sources_line_of_numbers_in_parentheses_is_a_reference_list() -> None:
    text = (
        "Fuel taxes rise (1). Police fired tear gas (2−3).\n\n"
        'Sources: (1) The Nation, 20 May 2024; (2) NTV, "Tear gas in Accra", 21 May 2024, '
        "(3) Daily Graphic (4) days"
    )
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [(c.label, c.publisher, c.date) for c in doc.citations] == [
        ("1", "The Nation", "20 May 2024"),
        ("2", "NTV", "21 May 2024"),
        ("3", None, None),  # (a number with no separator before it goes on the entry)
    ]
    assert doc.citations[2].title == "Daily Graphic (4) days"
    assert [c.citations for c in doc.claims] == [("1",), ("2", "3")]
    # Lines of full sentences numbered so are the article's list, not its sources.
    doc = newsclaims.parse(
        "The council met.\n\n(1) The council approved the budget after a long debate.\n"
        "(2) The mayor resigned on Tuesday after the vote was lost.",
        plugin_manager=PM,
    )
    assert [s.kind for s in doc.sections] == ["body"]


def test_superscript_markers_a_space_apart_cite_the_sentence_before() -> None:
    body = "# EU rules\n\nGrowers lack the data.¹ ³ The rules were delayed.²"
    doc = newsclaims.parse(f"{body}\n\n¹ EU - Rules\n² AP - Delay\n³ FT - Data", plugin_manager=PM)
    assert [(c.text, c.citations) for c in doc.claims[1:]] == [
        ("Growers lack the data.", ("1", "3")),
        ("The rules were delayed.", ("2",)),
    ]


def test_an_entry_continues_on_indented_and_url_lines() -> None:
    text = (
        "[1] Japan to provide radars - Reuters\n    April 2, 2025\nhttps://reut.rs/a\n"
        "[2] Ishiba to visit Vietnam\n  https://example.com/b\nNot part of it"
    )
    got = [(c.label, c.title, c.publisher, c.date, c.url) for c in parse_references(text)]
    assert got == [
        ("1", "Japan to provide radars", "Reuters", "April 2, 2025", "https://reut.rs/a"),
        ("2", "Ishiba to visit Vietnam", None, None, "https://example.com/b"),
    ]
    doc = newsclaims.parse(f"Prices rose [1].\n\n{text}", plugin_manager=PM)
    (refs,) = doc.sections_of("references")
    assert refs.span.slice(doc.text) == text[: text.index("\nNot part")]


def test_dangling_markers_and_unused_entries_are_kept() -> None:
    text = "Prices rose [3]. Rates fell.\n\nSources\n[1] Title one[2] Title two"
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [(c.label, c.title) for c in doc.citations] == [
        ("1", "Title one"),
        ("2", "Title two"),
        ("3", None),
    ]
    assert doc.claims[0].citations == ("3",)


def test_markdown_footnotes_link_to_their_definitions() -> None:
    text = 'Prices rose[^1]. Rates fell[^2].\n\n[^1]: https://a.example/x "Prices"\n[^2]: Rates'
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [c.citations for c in doc.claims] == [("1",), ("2",)]
    assert [(c.label, c.title, c.url) for c in doc.citations] == [
        ("1", "Prices", "https://a.example/x"),
        ("2", "Rates", None),
    ]


def test_a_marker_glued_to_a_number_is_a_marker_but_an_index_is_not() -> None:
    text = "The bank last cut in June 2025[1]. Sales hit 1,200[2]. It reads cells[0] and x.y[3]."
    assert [m.span.slice(text) for m in parse_markers(text)] == ["[1]", "[2]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name of capitals and digits takes a marker as a word does.
        ("Leaders met at the G20[1]. Talks ended on H5N1[2].", ["[1]", "[2]"]),
        ("Deals closed at COP30[3]. Growth slowed in Q3[1].", ["[3]", "[1]"]),
        ("Nokia sells kits for 5G[2]. Airbus flies the A320[4].", ["[2]", "[4]"]),
        # A word after an opening bracket, as a source in parentheses is cited.
        ("Output rose (Reuters[4]). Prices fell (per AFP[1]).", ["[4]", "[1]"]),
        # Identifiers stay code: lower-case letters with digits, or a dotted name or a call.
        ("Set item2[1] first. Then x = f(a.b[1]). See len(rows[2]).", []),
    ],
)
def test_a_marker_glued_to_a_name_with_digits_or_after_a_bracket(
    text: str, expected: list[str]
) -> None:
    assert [m.span.slice(text) for m in parse_markers(text)] == expected


def test_links_and_domains_that_cite_a_source_are_markers_with_their_source() -> None:
    text = (
        "The port reopened on Friday ([Lloyd's List](https://lloydslist.example/a)). "
        "Insurers raised premiums. [Insurance Journal](https://ij.example/b) "
        "Tanker rates doubled ([Reuters](https://reuters.example/c), [Port report]"
        "(https://port.example/d)). Crews returned (reuters.com). "
        "See the [full timeline](https://news.example/e) for more."
    )
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [(c.text, c.citations) for c in doc.claims] == [
        (
            "The port reopened on Friday ([Lloyd's List](https://lloydslist.example/a)).",
            ("https://lloydslist.example/a",),
        ),
        ("Insurers raised premiums.", ("https://ij.example/b",)),
        (
            "Tanker rates doubled ([Reuters](https://reuters.example/c), [Port report]"
            "(https://port.example/d)).",
            ("https://reuters.example/c", "https://port.example/d"),
        ),
        ("Crews returned (reuters.com).", ("reuters.com",)),
        ("See the full timeline for more.", ()),  # a link in prose: its marks go
    ]
    sources = {c.label: (c.publisher, c.title, c.url) for c in doc.citations}
    assert sources == {
        "https://lloydslist.example/a": ("Lloyd's List", None, "https://lloydslist.example/a"),
        "https://ij.example/b": ("Insurance Journal", None, "https://ij.example/b"),
        "https://reuters.example/c": ("Reuters", None, "https://reuters.example/c"),
        "https://port.example/d": (None, "Port report", "https://port.example/d"),
        "reuters.com": ("reuters.com", None, None),
    }
    assert {m.style for m in doc.markers} == {"link"}
    # A link on a name that ends the sentence cites it in a text that cites by links; a
    # reference-style link names the publisher its definition leaves out.
    doc = newsclaims.parse(
        "Exports hit a record, led by chips [Yonhap](https://yna.example/a). Imports fell "
        "([Korea Herald][1]). Ships waited ([KBS](https://kbs.example/c)). According to "
        "[MBC](https://mbc.example/d), ports reopened."
        '\n\n[1]: https://kh.example/b "Imports fall"',
        plugin_manager=PM,
    )
    assert [c.citations for c in doc.claims] == [
        ("https://yna.example/a",),
        ("1",),
        ("https://kbs.example/c",),
        ("https://mbc.example/d",),
    ]
    assert [(c.label, c.publisher, c.title) for c in doc.citations] == [
        ("1", "Korea Herald", "Imports fall"),
        ("https://kbs.example/c", "KBS", None),
        ("https://mbc.example/d", "MBC", None),
        ("https://yna.example/a", "Yonhap", None),
    ]
    # A page scraped to Markdown links names to topic pages: no citation.
    doc = newsclaims.parse("The premier met [Ana Ruiz](https://n.example/t/ruiz).")
    assert doc.markers == ()
    # Not domains: a name with a dot, an abbreviation, a domain inside the sentence.
    doc = newsclaims.parse("It runs on (Node.js). He left (e.g.). Visit (bbc.co.uk) now.")
    assert doc.markers == ()


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "The Reserve Bank kept the cash rate at 4.35% on Tuesday [abc.net.au]. Bullock "
            "said inflation was too high [reuters.com, afr.com].",
            [("abc.net.au",), ("reuters.com", "afr.com")],
        ),
        # After the full stop, before the next sentence, and one after another.
        (
            "Ofgem raised the price cap by 6.4%. [bbc.co.uk][theguardian.com] Bills rise in "
            "April. [ft.com]\nSuppliers welcomed it.",
            [("bbc.co.uk", "theguardian.com"), ("ft.com",), ()],
        ),
        (
            "Le gouvernement a présenté son budget mardi [lemonde.fr]; les syndicats "
            "appellent à la grève [francetvinfo.fr].",
            [("lemonde.fr", "francetvinfo.fr")],
        ),
        # In parentheses after the full stop too.
        (
            "Toyota recalled 1 million cars. (nhk.or.jp) The fault affects airbags (kyodo.jp).",
            [("nhk.or.jp",), ("kyodo.jp",)],
        ),
        # After "according to", and after a German quotation that has closed.
        (
            "Bond yields rose, according to [reuters.com].",
            [("reuters.com",)],
        ),
        (
            "Inflation slowed to 2.1% in May, as reported by [ft.com].",
            [("ft.com",)],
        ),
        (
            "„Wir senken die Zinsen nicht“, sagte Nagel. Die Inflation sank [spiegel.de].",
            [(), ("spiegel.de",)],
        ),
    ],
)
def test_a_sites_domain_in_brackets_cites_that_site(
    text: str, cited: list[tuple[str, ...]]
) -> None:
    # Answer engines cite a site by its domain in square brackets: it was no marker, and
    # after a full stop it glued two sentences into one claim.
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [c.citations for c in doc.claims] == cited
    assert {m.style for m in doc.markers} == {"link"}
    labels = {label for labels in cited for label in labels}
    assert {(c.label, c.publisher) for c in doc.citations} == {(d, d) for d in labels}
    assert not [f for f in doc.findings if f.kind != "uncited_claim"]


def test_a_domain_in_brackets_inside_a_sentence_or_a_links_text_is_no_marker() -> None:
    for text in [
        "Visit [example.com] for the forms, the ministry said.",
        "The [bbc.co.uk](https://www.bbc.co.uk/news/x) report was accurate.",
        "See the [reuters.com][1] story.\n\n[1]: https://www.reuters.com/x",
        "The setting is [tool.ruff]: line-length = 99.",
        # Named, not cited: in a quotation, after a preposition or a word for a site.
        '"I posted it on [x.com], not on Facebook," he said.',
        "“It was all over [x.com],” she said.",
        "Victims were sent links to a fake site [paypa1.com].",
        "The scammers used the domain [paypa1.com], police said.",
        "Most of the videos were first shared on [tiktok.com].",
    ]:
        doc = newsclaims.parse(text, plugin_manager=PM)
        assert not [m for m in doc.markers if m.style == "link"], text


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Nvidia fell 3% on Monday.^1 The company reports earnings on Wednesday.^2,3",
        "Shares of Nvidia fell 3% on Monday^1. The company reports earnings on Wednesday^2,3.",
        "Die Nvidia-Aktie fiel am Montag um 3 %.^1 Der Konzern legt am Mittwoch Zahlen vor.^2-3",
        "Shares of Nvidia fell 3% on Monday.^1^ The company reports earnings on Wednesday.^2^^3^",
    ],
)
def test_markers_written_with_a_caret_cite_their_sentences(text: str) -> None:
    # ``^1`` was no marker: the sentences were one (a headline, above a source list), and
    # nothing was cited.
    doc = newsclaims.parse(f"{text}\n\nSources\n1. Reuters - Nvidia slides\n2. CNBC - Earnings\n")
    assert [c.kind for c in doc.claims] == ["statement", "statement"]
    assert [c.citations for c in doc.claims] == [("1",), ("2", "3")]
    assert {m.style for m in doc.markers} == {"caret"}
    assert [(f.kind, f.citation) for f in doc.findings] == [("dangling_marker", "3")]


def test_exponents_written_with_a_caret_are_no_markers() -> None:
    for text in [
        "The drive holds 2^40 bytes, or about a terabyte.",
        "Einstein wrote E = mc^2. The paper appeared in 1905.",
        "The loan grows by (1+r)^2 over two years, the bank said.",
        "The plot covers 500 m^2 in the old town.",
    ]:
        doc = newsclaims.parse(text, plugin_manager=PM)
        assert doc.markers == (), text


def test_a_marker_that_links_its_number_gives_its_citation_the_url() -> None:
    text = (
        "Shares of Nvidia fell 3% on Monday [1](https://www.reuters.com/markets/nvidia). The "
        "company reports on Wednesday [2](https://www.cnbc.com/nvidia-preview). Analysts "
        "expect record sales [1](https://www.reuters.com/markets/nvidia)[3]."
    )
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [(c.label, c.url) for c in doc.citations] == [
        ("1", "https://www.reuters.com/markets/nvidia"),
        ("2", "https://www.cnbc.com/nvidia-preview"),
        ("3", None),
    ]
    assert [c.citations for c in doc.claims] == [("1",), ("2",), ("1", "3")]
    # The links define their own sources, not a reference list: a marker without one misses
    # no list, and is no dangling marker.
    assert doc.findings == ()
    # A reference entry of the label wins; its own URL, if any, is the one kept.
    listed = newsclaims.parse(
        f"{text}\n\nSources:\n[1] Reuters - Nvidia slides\n[3] FT - Record sales\n",
        plugin_manager=PM,
    )
    assert [(c.label, c.title, c.url) for c in listed.citations] == [
        ("1", "Nvidia slides", None),
        ("2", None, "https://www.cnbc.com/nvidia-preview"),
        ("3", "Record sales", None),
    ]


def test_linked_numbers_make_no_reference_list() -> None:
    # A text that linked one number had a list for the audit: a bare [2] was an error,
    # "marker [2] has no entry in the reference list", in a text with no list.
    text = (
        "The Fed held rates steady on Wednesday [1](https://reuters.com/a). Stocks rose 2% on "
        "the news. Oil fell [2]."
    )
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [(c.label, c.url) for c in doc.citations] == [
        ("1", "https://reuters.com/a"),
        ("2", None),
    ]
    assert not [f for f in doc.findings if f.kind == "dangling_marker"]
    # Nor does a link or a domain that cites in place.
    for cite in ["([Reuters](https://reuters.com/a))", "(reuters.com)"]:
        doc = newsclaims.parse(text.replace(" [1](https://reuters.com/a)", cite))
        assert not [f for f in doc.findings if f.kind == "dangling_marker"], cite
    # A list below still makes [2] dangle.
    doc = newsclaims.parse(f"{text}\n\nSources:\n[1] Reuters - Fed holds\n", plugin_manager=PM)
    assert [f.citation for f in doc.findings if f.kind == "dangling_marker"] == ["2"]


def test_a_number_linked_to_two_urls_gives_neither() -> None:
    # The first link's URL was the citation of every [1], the one linked to the FT too.
    text = (
        "The Fed held rates steady on Wednesday [1](https://reuters.com/a). Stocks rose 2% on "
        "the news [2](https://cnbc.com/b). Oil fell [1](https://ft.com/c)."
    )
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [(c.label, c.url) for c in doc.citations] == [
        ("1", None),
        ("2", "https://cnbc.com/b"),
    ]
    assert [c.citations for c in doc.claims] == [("1",), ("2",), ("1",)]
    assert doc.findings == ()


def test_sources_named_in_a_source_note_are_markers_with_their_sources() -> None:
    text = (
        "Turnout was 61% (Source: Election Commission), the highest in twenty years.\n\n"
        "Two parties gained seats (Sources: Reuters, AP and Kyodo News).\n\n"
        "Output fell 3% (source: company filings). Prices rose (Source: unknown).\n"
    )
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [(c.text, c.citations) for c in doc.claims if c.kind != "headline"] == [
        (
            "Turnout was 61% (Source: Election Commission), the highest in twenty years.",
            ("Election Commission",),
        ),
        (
            "Two parties gained seats (Sources: Reuters, AP and Kyodo News).",
            ("Reuters", "AP", "Kyodo News"),
        ),
        ("Output fell 3% (source: company filings).", ("company filings",)),
        ("Prices rose (Source: unknown).", ()),  # a note that names no source
    ]
    assert [(c.label, c.publisher, c.title) for c in doc.citations] == [
        ("AP", "AP", None),
        ("Election Commission", "Election Commission", None),
        ("Kyodo News", "Kyodo News", None),
        ("Reuters", "Reuters", None),
        ("company filings", None, "company filings"),
    ]
    assert all(c.span is not None and c.span.slice(doc.text) == c.label for c in doc.citations)
    assert {m.style for m in doc.markers} == {"link"}


_PLAIN = st.text(
    alphabet=st.sampled_from([*"abcdefghij ABCDEF .,;:!?\"'“”()-–—\n0123456789", "é", "中"]),
    max_size=300,
)


def test_markers_run_together_name_no_publisher() -> None:
    # "[1][2]" is two markers, not a reference-style link "[1]" to entry 2: entry 2 keeps no
    # publisher (it was given "1").
    doc = newsclaims.parse(
        "Rates were held [1][2]. Cuts depend on copper [2][3].\n\nSources\n"
        "1. https://www.reuters.example/markets/chile-holds/\n"
        "2. https://www.bcentral.example/en/web/banco-central/-/press-release\n"
        "3. https://www.bloomberg.example/news/chile-rates\n",
        plugin_manager=PM,
    )
    assert [(c.label, c.publisher) for c in doc.citations] == [
        ("1", None),
        ("2", None),
        ("3", None),
    ]
    assert [c.citations for c in doc.claims] == [("1", "2"), ("2", "3")]


@given(_PLAIN)
def test_text_without_citation_styles_gives_no_citations_and_loses_nothing(text: str) -> None:
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert doc.markers == () and doc.citations == ()
    assert doc.text == text
    covered = "".join(s.span.slice(doc.text) for s in doc.sections)
    assert "".join(covered.split()) == "".join(text.split())


class VendorStyle:
    """A vendor's markers: ⟦1⟧."""

    @hookimpl
    def newsclaims_register_marker_styles(self, register):  # type: ignore[no-untyped-def]
        register("vendor", newsclaims.BracketMarkers(open="⟦", close="⟧"))


class BrokenStyle:
    @hookimpl
    def newsclaims_register_marker_styles(self, register):  # type: ignore[no-untyped-def]
        class Broken:
            def format(self, labels: object) -> str:
                return "?"

            def parse(self, text: str) -> Iterator[Marker]:
                raise ZeroDivisionError("boom")

        register("broken", Broken())


def test_a_plugin_adds_a_marker_style() -> None:
    pm = manager_with(VendorStyle())
    assert format_markers(["1", "2"], style="vendor", plugin_manager=pm) == "⟦1, 2⟧"
    doc = newsclaims.parse("Prices rose ⟦1, 2⟧. Rates fell.", plugin_manager=pm)
    assert [(m.labels, m.style) for m in doc.markers] == [(("1", "2"), "vendor")]
    assert doc.claims[0].citations == ("1", "2")
    assert "vendor" not in newsclaims.marker_styles(plugin_manager=PM)


def test_a_failing_style_is_named() -> None:
    pm = manager_with(BrokenStyle())
    with pytest.raises(PluginError) as info:
        newsclaims.parse("Prices rose [1].", plugin_manager=pm, id="d1")
    assert "'broken'" in str(info.value) and "ZeroDivisionError: boom" in str(info.value)


def test_unknown_styles_and_unwritable_labels_are_refused() -> None:
    with pytest.raises(newsclaims.NewsclaimsError, match="unknown marker style 'nope'"):
        format_markers(["1"], style="nope", plugin_manager=PM)
    with pytest.raises(ValueError, match="positive numbers"):
        format_markers(["a"], style="superscript", plugin_manager=PM)
    with pytest.raises(ValueError, match="title and a URL"):
        newsclaims.format_references(
            [Citation(label="1", title="T")], style="markdown_links", plugin_manager=PM
        )


@given(st.text(alphabet="ab1 .,²³¹⁰⁴⁵⁹⁻—“ⁱ⁲", max_size=40))
def test_the_superscript_prefilter_skips_only_texts_the_pattern_finds_nothing_in(text: str) -> None:
    import newsclaims._citations as impl

    skipped = text.isascii() or not any(ch in text for ch in impl._SUP_FIRST)
    assert skipped == (impl._SUP.search(text) is None)


def test_a_sources_line_of_names_ends_an_answer() -> None:
    # ``Sources: Reuters, Bloomberg`` (names, no addresses) was no reference list.
    body = "The economy shrank 0.3% in the fourth quarter. Output fell for a sixth month.\n\n"
    for line, names in [
        ("Sources: Reuters, Bloomberg, Destatis", ["Reuters", "Bloomberg", "Destatis"]),
        ("**Sources:** Reuters; The Wall Street Journal and Nikkei Asia.", None),
        ("Source: Reuters, AP", ["Reuters", "AP"]),
        ("Sources: Reuters", ["Reuters"]),
    ]:
        doc = newsclaims.parse(body + line + "\n", plugin_manager=PM)
        want = names or ["Reuters", "The Wall Street Journal", "Nikkei Asia"]
        assert [(c.label, c.publisher) for c in doc.citations] == [
            (str(n), name) for n, name in enumerate(want, 1)
        ]
        assert [(f.kind, f.message) for f in doc.findings] == [
            (
                "unused_citation",
                (
                    "the reference entry is not"
                    if len(want) == 1
                    else f"none of the {len(want)} reference entries is"
                )
                + " cited: the text has no citation markers",
            )
        ]
    # A name with its date in parentheses: the date's comma separates no names.
    line = "**Sources:** Reuters (Oct. 2, 2024); Bloomberg; The New York Times"
    doc = newsclaims.parse(body + line, plugin_manager=PM)
    assert [(c.publisher, c.date) for c in doc.citations] == [
        ("Reuters", "Oct. 2, 2024"),
        ("Bloomberg", None),
        ("The New York Times", None),
    ]
    # A name with a year alone in parentheses: the year is its date, not part of its name.
    doc = newsclaims.parse(body + "Sources: Reuters (2024), Bloomberg\n", plugin_manager=PM)
    assert [(c.publisher, c.date) for c in doc.citations] == [
        ("Reuters", "2024"),
        ("Bloomberg", None),
    ]
    # Not a credit line (one name after a singular label), a line of words that are no names,
    # nor a line that the text goes on after (a chart's credit).
    for text in [
        body + "Source: Reuters\n",
        body + "Sources: company filings, analyst estimates\n",
        "Sources: Reuters, Bloomberg\n\n" + body,
    ]:
        assert newsclaims.parse(text, plugin_manager=PM).citations == (), text


@pytest.mark.parametrize(
    "refs",
    [
        "[1] Nvidia shares slide ahead of results\n    Reuters, 26 August 2024\n"
        "[2] Chip stocks retreat before earnings\n    Bloomberg\n",
        "1. Nvidia shares slide ahead of results\n   Reuters · 26 August 2024\n"
        "2. Chip stocks retreat before earnings\n   Bloomberg\n",
        "[1] Reuters, 26 August 2024\n    Nvidia shares slide ahead of results\n"
        "[2] Bloomberg\n    Chip stocks retreat before earnings\n",
    ],
)
def test_an_entry_with_its_source_on_the_line_below_reads_both(refs: str) -> None:
    # The second line was read into the title (``Nvidia shares ... results Reuters``), with
    # no publisher: the audit named no one, and the title matched no claim well.
    doc = newsclaims.parse(f"Shares fell [1]. Chips fell too [2].\n\nReferences\n{refs}")
    assert [(c.title, c.publisher, c.date) for c in doc.citations] == [
        ("Nvidia shares slide ahead of results", "Reuters", "26 August 2024"),
        ("Chip stocks retreat before earnings", "Bloomberg", None),
    ]


def test_a_title_wrapped_onto_the_next_line_stays_one_title() -> None:
    refs = (
        "[1] Nvidia Shares Slide Ahead of\n    Quarterly Results\n"
        "[2] Nvidia shares slide ahead of results\n    https://www.reuters.com/x\n"
        # (After a verb that takes an object: the name below is no publisher.)
        "[3] Stocks rally after Fed decision lifts\n    New York Stock Exchange\n"
    )
    doc = newsclaims.parse(
        f"Shares fell [1]. They fell again [2]. Stocks rose [3].\n\nReferences\n{refs}"
    )
    assert [(c.title, c.publisher, c.url) for c in doc.citations] == [
        ("Nvidia Shares Slide Ahead of Quarterly Results", None, None),
        ("Nvidia shares slide ahead of results", None, "https://www.reuters.com/x"),
        ("Stocks rally after Fed decision lifts New York Stock Exchange", None, None),
    ]


def test_a_title_ending_in_a_plural_noun_keeps_its_publisher_line() -> None:
    # ``cuts``, ``hikes``, ``lifts`` end titles too: a name with a date below is the publisher.
    for title in (
        "Fed signals more rate cuts",
        "Thousands face job cuts",
        "Banks weigh rate hikes",
        "Stocks rally after Fed decision lifts",
    ):
        doc = newsclaims.parse(f"x [1].\n\nSources\n[1] {title}\n    Reuters, 26 August 2024\n")
        assert [(c.title, c.publisher, c.date) for c in doc.citations] == [
            (title, "Reuters", "26 August 2024")
        ]


def test_a_middle_dot_separates_an_entrys_fields() -> None:
    # ``Reuters · Aug 26, 2024`` (as news aggregators list sources) kept the dot in the name.
    assert parse_entry_body("Reuters · Aug 26, 2024") == {
        "title": None,
        "url": None,
        "publisher": "Reuters",
        "date": "Aug 26, 2024",
    }
    got = parse_entry_body("Nvidia slides ahead of results • CNBC • 2024-08-26")
    assert (got["title"], got["publisher"], got["date"]) == (
        "Nvidia slides ahead of results",
        "CNBC",
        "2024-08-26",
    )


@pytest.mark.parametrize(
    "body",
    [
        "The yen rose 1% on Friday.[^1] Tokyo stocks fell.[^2]",
        "The yen rose 1% against the dollar on Friday after the Bank of Japan raised its rate."
        "[^1]\n\nTokyo stocks fell as exporters slid on the stronger currency.[^2]",
    ],
)
def test_a_footnote_definition_goes_on_in_its_indented_lines(body: str) -> None:
    # The indented line below ``[^1]: ...`` was no part of the entry: the page cleaner removed
    # it as a link list (losing the entry's date and URL), and a short text's cited sentences
    # with it, ``[^1]`` being no marker it kept lines for.
    refs = (
        '[^1]: Reuters, "Yen climbs after BOJ decision",\n'
        "    31 January 2025, https://www.reuters.com/a\n"
        '[^2]: Nikkei Asia, "Tokyo stocks slip", 31 January 2025.\n'
    )
    doc = newsclaims.parse(f"{body}\n\n{refs}", plugin_manager=PM)
    assert doc.removals == ()
    assert [c.citations for c in doc.claims] == [("1",), ("2",)]
    assert [(c.title, c.publisher, c.date, c.url) for c in doc.citations] == [
        (
            "Yen climbs after BOJ decision",
            "Reuters",
            "31 January 2025",
            "https://www.reuters.com/a",
        ),
        ("Tokyo stocks slip", "Nikkei Asia", "31 January 2025", None),
    ]
    assert doc.findings == ()


def test_a_bracketed_url_cut_from_an_entry_leaves_one_space() -> None:
    got = parse_entry_body("Title here (https://example.com/x) (Reuters)")
    assert (got["title"], got["url"]) == ("Title here (Reuters)", "https://example.com/x")


@pytest.mark.parametrize(
    ("entry", "fields"),
    [
        # Dates in figures, day or month first, with slashes or full stops.
        ("Daily News Egypt, 21/11/2026", (None, "Daily News Egypt", "21/11/2026")),
        (
            "Buenos Aires Times — Inflation edges up in October (12/11/2026)",
            ("Inflation edges up in October", "Buenos Aires Times", "12/11/2026"),
        ),
        (
            'Handelsblatt, "Exporte in die USA brechen ein", 12.11.2026',
            ("Exporte in die USA brechen ein", "Handelsblatt", "12.11.2026"),
        ),
        ("Reuters, 11/21/2026, https://reuters.com/x", (None, "Reuters", "11/21/2026")),
        # An outlet with a full date in parentheses before the title, as APA has a year.
        (
            'Ahram Online (11 November 2026). "Egypt\'s urban inflation eases". '
            "https://english.ahram.org.eg/News/1234.aspx",
            ("Egypt's urban inflation eases", "Ahram Online", "11 November 2026"),
        ),
        (
            "Statistics Canada (May 3, 2026). Labour Force Survey.",
            ("Labour Force Survey", "Statistics Canada", "May 3, 2026"),
        ),
        # A fraction with no year is no date.
        ("The 24/7 news cycle, CNN", ("The 24/7 news cycle, CNN", None, None)),
    ],
)
def test_dates_in_figures_and_an_outlet_dated_in_parentheses(
    entry: str, fields: tuple[str | None, str | None, str | None]
) -> None:
    got = parse_entry_body(entry)
    assert (got["title"], got["publisher"], got["date"]) == fields


@pytest.mark.parametrize(
    ("entry", "fields"),
    [
        # MLA: the author (a person or an organisation), the title in quotes, the outlet.
        (
            'Bloomberg. "Goldman says Opec+ move caught traders off guard." Bloomberg News, '
            "2 Dec. 2026.",
            ("Goldman says Opec+ move caught traders off guard", "Bloomberg News", "2 Dec. 2026"),
        ),
        (
            'Ito, Ken. "Yen slides past 160." The Japan Times, 3 May 2026, https://jt.example/x',
            ("Yen slides past 160", "The Japan Times", "3 May 2026"),
        ),
        # A publisher alone before the quoted title is still the publisher.
        ('NPR. "Why eggs cost more." 4 March 2026.', ("Why eggs cost more", "NPR", "4 March 2026")),
    ],
)
def test_an_mla_entry_gives_its_outlet_as_publisher(
    entry: str, fields: tuple[str | None, str | None, str | None]
) -> None:
    # The outlet after the quoted title was read into the title, quotes and all.
    got = parse_entry_body(entry)
    assert (got["title"], got["publisher"], got["date"]) == fields


@pytest.mark.parametrize(
    "kind",
    [
        *("Press Release", "Opinion", "Video", "Podcast", "Report", "Transcript", "Editorial"),
        *("Live Updates", "PDF", "Archived", "Updated 3 May"),
    ],
)
def test_a_work_type_after_an_mla_title_is_no_outlet(kind: str) -> None:
    # The kind of work after the quoted title was taken for its outlet: the publisher was
    # "Press Release", and Airbus was lost.
    got = parse_entry_body(f'Airbus. "Airbus cuts delivery target." {kind}, 20 February 2025.')
    assert (got["title"], got["publisher"], got["date"]) == (
        "Airbus cuts delivery target",
        "Airbus",
        "20 February 2025",
    )


def test_a_source_and_a_date_in_parentheses_cite_the_entry_of_that_source() -> None:
    # Author-date mentions, ``(Reuters, 2024)``, were not linked to the list's entries.
    body = (
        "GDP shrank 0.3% in the fourth quarter, the statistics office said (Destatis, 2024). "
        "Economists had expected a fall of 0.2% (Reuters, 30 January 2024).\n\n"
        "Output fell for a sixth month in a row (Wall Street Journal, 2024).\n\n"
    )
    names = "Sources: Reuters, The Wall Street Journal, Destatis\n"
    doc = newsclaims.parse(body + names, plugin_manager=PM)
    assert [(m.labels, m.style) for m in doc.markers] == [
        (("3",), "author_date"),
        (("1",), "author_date"),
        (("2",), "author_date"),
    ]
    assert [c.citations for c in doc.claims] == [("3",), ("1",), ("2",)]
    assert doc.findings == ()
    # A numbered list names its publishers too; a source it does not list points nowhere.
    refs = (
        "References\n1. Destatis — Gross domestic product down 0.3% — https://www.destatis.de/x\n"
        "2. Reuters — German economy shrinks — https://www.reuters.com/y\n"
    )
    doc = newsclaims.parse(body + refs, plugin_manager=PM)
    assert [c.citations for c in doc.claims] == [("1",), ("2",), ("Wall Street Journal",)]
    assert [f.kind for f in doc.findings] == ["dangling_marker"]


def test_several_author_date_notes_in_one_pair_of_parentheses_cite_each_source() -> None:
    # ``(Bloomberg, 2026; Reuters, 2026)`` was no marker: the claim went uncited and the
    # entries were reported unused.
    body = (
        "Chile's copper output fell 6% in October (INE, 2026). Codelco's production dropped "
        "to its lowest in 25 years (Bloomberg, 2026; Reuters, 29 November 2026).\n\n"
    )
    apa = (
        "References\n"
        "Bloomberg. (2026, November 28). Codelco output sinks to 25-year low. Bloomberg News. "
        "https://www.bloomberg.com/news/articles/2026-11-28/codelco\n"
        "INE. (2026). Índice de producción minera, octubre 2026. Instituto Nacional de "
        "Estadísticas.\n"
        "Reuters. (2026, November 29). Chile copper output falls 6%. "
        "https://www.reuters.com/markets/commodities/chile-copper-2026-11-29/\n"
    )
    doc = newsclaims.parse(body + apa, plugin_manager=PM)
    # (Every APA entry is read: a long one that ends with a full stop was taken for prose.)
    assert [(c.label, c.publisher) for c in doc.citations] == [
        ("1", "Bloomberg"),
        ("2", "INE"),
        ("3", "Reuters"),
    ]
    assert [c.citations for c in doc.claims] == [("2",), ("1", "3")]
    assert doc.findings == ()
    # With no list, each note names its source.
    text = (
        "Rents rose 4% in Lisbon (Idealista, 2026; Expresso, 3 May 2026). Sales fell in Porto "
        "(Público, 2026). Prices held in Faro (Idealista, 2026; Lusa, 2026)."
    )
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [m.labels for m in doc.markers] == [
        ("Idealista", "Expresso"),
        ("Público",),
        ("Idealista", "Lusa"),
    ]
    assert sorted(c.label for c in doc.citations) == ["Expresso", "Idealista", "Lusa", "Público"]


@pytest.mark.parametrize(
    "after",
    [
        "This summary was generated automatically and checked by an editor; corrections can be "
        "sent to https://example.org/contact.",
        "The central bank has raised its rate at every meeting since it adopted its new "
        "framework (2024).",
    ],
)
def test_a_sentence_with_a_year_or_a_web_address_after_a_sources_list_is_no_entry(
    after: str,
) -> None:
    # A sentence of twelve words or more with a year in parentheses or a web address was an
    # entry of the list before it: "reference [3] is never cited".
    text = (
        "Ghana's cedi fell 15% against the dollar this year. [1] The central bank raised its "
        "policy rate to 30% on Monday. [2]\n\nSources:\n"
        'Bloomberg, "Ghana cedi slides to record low", 21 November 2026\n'
        'Reuters, "Bank of Ghana raises rate to 30%", 24 November 2026\n\n' + after
    )
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [(c.label, c.publisher) for c in doc.citations] == [
        ("1", "Bloomberg"),
        ("2", "Reuters"),
    ]
    assert not [f for f in doc.findings if "never cited" in f.message]


def test_places_and_years_in_one_pair_of_parentheses_are_no_sources() -> None:
    # Three places and their years in one pair were three notes: Rio de Janeiro, Tokyo and
    # Paris became sources, and every other claim of the text was reported uncited.
    text = (
        "Simone Biles won her fifth Olympic all-around medal on Thursday in Paris. She had "
        "already won gold at the previous Games (Rio de Janeiro, 2016; Tokyo, 2021; Paris, 2024)."
        "\n\nHer coach said the team would meet again in the autumn."
    )
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert doc.markers == () and doc.citations == ()


def test_a_place_and_a_year_in_parentheses_beside_a_reference_list_is_no_marker() -> None:
    # ``(Paris, 2024)`` was a marker of Paris, and an error: it has no entry in the list.
    text = (
        "Olympic costs rise\n\nSpending on security rose sharply after the last Games "
        "(Paris, 2024). Organisers expect costs to climb again (Reuters, 2025).\n\n"
        'Sources:\n1. Reuters, "Olympic costs climb", 2025\n'
    )
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [(m.labels, m.style) for m in doc.markers] == [(("1",), "author_date")]
    assert "dangling_marker" not in [f.kind for f in doc.findings]
    # Authors and news outlets the list does not name still point nowhere.
    for note in ["Smith et al., 2020", "Smith & Jones, 2021", "Financial Times, 2024"]:
        doc = newsclaims.parse(text.replace("Paris, 2024", note), plugin_manager=PM)
        assert [m.labels for m in doc.markers] == [(note.split(",")[0],), ("1",)], note
        assert [f.kind for f in doc.findings] == ["dangling_marker"], note


@pytest.mark.parametrize(
    ("body", "refs", "cited"),
    [
        (
            "Die Regierung senkte ihre Prognose auf 0,2 Prozent (Handelsblatt, 5. März "
            "2024). Habeck sprach von einer schwierigen Lage (Spiegel, 2024). Die Exporte "
            "gingen um 1,2 Prozent zurück (Reuters, 2024).",
            '1. Reuters, "Deutsche Exporte sinken", 5. März 2024.\n'
            '2. Der Spiegel, "Habeck: Lage ist dramatisch schlecht", 21. Februar 2024.\n',
            [("Handelsblatt",), ("2",), ("1",)],
        ),
        (
            "Paris will cut spending by 40 billion euros (Monde, 2025). Unions called a "
            "strike for Tuesday (AFP, 2025). Bond yields rose to 3.4% (Opinion, 17 July 2025).",
            '1. Le Monde, "Bayrou presents budget", 15 July 2025.\n'
            '2. AFP, "Unions call strike", 16 July 2025.\n',
            [("1",), ("2",), ("Opinion",)],
        ),
        (
            "Madrid approved the housing law on Tuesday (País, 2025). Rents fell 2% in "
            "Barcelona (Semafor, June 2025). The opposition will appeal (Guardian, 2025).",
            '1. El País, "Congress passes housing law", 3 June 2025.\n'
            '2. The Guardian, "Spain\'s rent cap", 4 June 2025.\n',
            [("1",), ("Semafor",), ("2",)],
        ),
    ],
)
def test_an_author_date_note_the_list_lacks_points_nowhere(
    body: str, refs: str, cited: list[tuple[str, ...]]
) -> None:
    # ``(Spiegel, 2024)`` did not cite ``Der Spiegel`` (only ``The`` was left out of a name),
    # and where the other notes cite the list, ``(Handelsblatt, 5. März 2024)``, a source it
    # lacks, was no marker: the claim had no citation and the audit said nothing of it.
    doc = newsclaims.parse(f"{body}\n\nSources:\n{refs}", plugin_manager=PM)
    assert [c.citations for c in doc.claims] == cited
    missing = [labels[0] for labels in cited if not labels[0].isdigit()]
    assert [(f.kind, f.citation) for f in doc.findings] == [("dangling_marker", missing[0])]


def test_a_place_and_its_year_beside_notes_that_cite_the_list_is_no_marker() -> None:
    # Most notes cite the list, but a name and a year alone is as often a place and its year:
    # ``(Paris, 2024)`` was a dangling marker.
    body = (
        "Hotel prices rose 9% in July (Spiegel, 2024). Airlines added flights (Reuters, "
        "2024). Rail traffic hit a record (Reuters, 2024). Tourism spending jumped during the "
        "Olympic Games (Paris, 2024)."
    )
    refs = '1. Reuters, "Olympic boost", 5 August 2024.\n2. Der Spiegel, "Teure Spiele", 2024.\n'
    doc = newsclaims.parse(f"{body}\n\nSources:\n{refs}", plugin_manager=PM)
    assert [m.labels for m in doc.markers] == [("2",), ("1",), ("1",)]
    assert not [f for f in doc.findings if f.kind == "dangling_marker"]
    # With more than a year, or as authors, the name is a source the list lacks.
    for note in ["Paris, 10 August 2024", "Dupont and Martin, 2024"]:
        doc = newsclaims.parse(
            f"{body.replace('Paris, 2024', note)}\n\nSources:\n{refs}", plugin_manager=PM
        )
        assert [(f.kind, f.citation) for f in doc.findings] == [
            ("dangling_marker", note.split(",")[0])
        ], note


def test_sources_and_dates_in_parentheses_without_a_list_cite_those_sources() -> None:
    text = (
        "Global growth is projected at 3.2% in 2025 (IMF, April 2025). Inflation is expected "
        "to fall to 4.3% (IMF, April 2025).\n\nTariffs were passed through almost fully to "
        "import prices (Amiti et al., 2019)."
    )
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [c.citations for c in doc.claims] == [("IMF",), ("IMF",), ("Amiti et al.",)]
    assert [(c.label, c.publisher) for c in doc.citations] == [
        ("Amiti et al.", "Amiti et al."),
        ("IMF", "IMF"),
    ]
    # A name and a year alone are as often a place and its year: two such are no citations,
    # nor is a month and its year, nor a name and a year without the comma, nor one note
    # inside a sentence.
    for text in [
        "Biles won the all-around title in Rio (Brazil, 2016). She won again (France, 2024).",
        "Sales rose in the spring (May 2024). They rose again in the autumn (October 2024).",
        "The plan (Vision 2030) is on track. The Games (Paris, 2024) drew crowds (LA, 2028).",
    ]:
        doc = newsclaims.parse(text, plugin_manager=PM)
        assert doc.markers == () and doc.citations == (), text


def test_superscript_markers_at_the_end_of_list_items() -> None:
    # A superscript at an item's end, over the next item's bullet, was read as an exponent
    # (the bullet taken for a minus): ``strike.¹\n- ...``.
    text = (
        "- Machinists voted 59% for the contract, ending the strike.¹\n"
        "- The deal includes a 38% raise over four years.¹ ²\n"
        "* Production of the 737 MAX was halted.²\n"
        "+ Workers return on Wednesday.³\n"
    )
    got = [(text[m.span.start : m.span.end], m.labels) for m in parse_markers(text)]
    assert got == [("¹", ("1",)), ("¹", ("1",)), ("²", ("2",)), ("²", ("2",)), ("³", ("3",))]
    # An exponent before a formula's sign on the same line is still none.
    assert parse_markers("The area is x² - 4x + 4.\nThen E = mc² + k.") == ()


def test_an_answer_whose_items_cite_by_superscripts_after_the_stop_is_kept() -> None:
    # Lines that end with superscript markers after their full stop read as no sentences: the
    # page cleaner took the answer for a page and removed it as a link list.
    answer = (
        "Here's the latest on the Boeing strike:\n\n"
        "- **Strike ends:** Machinists voted 59% in favour of a new contract on Monday.¹\n"
        "- **Pay deal:** The agreement includes a 38% wage increase over four years.¹ ²\n"
        "- **Impact:** The strike halted production of the 737 MAX and 777 jets.²\n\n"
        "Workers are expected to return as soon as Wednesday.³\n\n---\n**Sources**\n"
        '¹ Reuters, "Boeing machinists approve contract," Nov. 4, 2024.\n'
        '² CNN Business, "Boeing strike is over," Nov. 5, 2024.\n'
        '³ AP News, "Boeing workers head back," Nov. 5, 2024.\n'
    )
    doc = newsclaims.parse(answer)
    assert [(c.text[:20], c.citations) for c in doc.claims] == [
        ("Machinists voted 59%", ("1",)),
        ("The agreement includ", ("1", "2")),
        ("The strike halted pr", ("2",)),
        ("Workers are expected", ("3",)),
    ]
    assert doc.findings == ()


_LONG = "9" * 5_000  # (more digits than int() reads: 4,300)


@pytest.mark.parametrize(
    "text",
    [
        f"The council approved the budget [{_LONG}]. It takes effect in May.",
        f"Turnout rose to 61% [1-{_LONG}].",
        f"Prices fell [1][{_LONG}].\n\nReferences\n[1] Reuters, 12 May 2024.",
        f"Le conseil a voté.[^{_LONG}]\n\n[^{_LONG}]: AFP, 3 mai 2024.",
        f"El consejo votó{'¹' * 5_000}. Luego se fue.",
        f"Der Rat stimmte zu.^{'1' * 5_000}",
    ],
)
def test_a_marker_with_thousands_of_digits_fails_no_parse(text: str) -> None:
    # int() refuses more than 4,300 digits: the markers' parser failed, and with it the parse.
    doc = newsclaims.parse(text)
    assert doc.raw == text
    assert all(len(label) < 10 or label == _LONG for m in doc.markers for label in m.labels)


def test_a_label_of_thousands_of_digits_leaves_the_markers_beside_it() -> None:
    doc = newsclaims.parse(f"Prices fell [1][{_LONG}].\n\nReferences\n[1] Reuters, 12 May 2024.")
    assert [m.labels for m in doc.markers] == [("1",)]
    assert [c.label for c in doc.citations] == ["1"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("The council voted.[^¹]\n\n[^¹]: Reuters, 12 May 2024.", ["¹"]),
        ("Turnout rose.[^²] Prices fell.[^¹]\n\n[^¹]: AP.\n[^²]: AFP.", ["²", "¹"]),
        ("Le conseil a voté.[^³]\n\n[^³]: Le Monde, 3 mai 2024.", ["³"]),
    ],
)
def test_footnotes_labelled_with_superscript_digits_are_read(text: str, labels: list[str]) -> None:
    # "¹".isdigit() is true but int("¹") fails: every such footnote failed the parse.
    doc = newsclaims.parse(text)
    assert [label for m in doc.markers for label in m.labels] == labels
    assert sorted(c.label for c in doc.citations) == sorted(labels)


def test_footnotes_labelled_with_superscript_digits_sort_by_their_number() -> None:
    # They sorted by character: ``²`` (U+00B2) before ``¹`` (U+00B9).
    doc = newsclaims.parse("Turnout rose.[^¹] Prices fell.[^²]\n\n[^²]: AFP.\n[^¹]: AP.")
    assert [c.label for c in doc.citations] == ["¹", "²"]
    assert (label_int("¹²"), label_int("⁰"), label_int("¹" * 19)) == (12, 0, label_int("1" * 19))


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        # Months shortened as other languages write them (and English ones in lower case).
        (
            'El País — "El Banco de España eleva su previsión" — 18 nov 2026 — '
            "https://elpais.com/x.html",
            ("El Banco de España eleva su previsión", "El País", "18 nov 2026"),
        ),
        (
            "Le Monde, « La BCE maintient ses taux », 30 oct. 2026, https://www.lemonde.fr/x",
            ("La BCE maintient ses taux", "Le Monde", "30 oct. 2026"),
        ),
        (
            "Süddeutsche Zeitung: „Lagarde warnt vor Handelskonflikt“, 31. Okt. 2026",
            ("Lagarde warnt vor Handelskonflikt", "Süddeutsche Zeitung", "31. Okt. 2026"),
        ),
        (
            "Corriere della Sera, «La Bce lascia i tassi fermi», 30 ott 2026",
            ("La Bce lascia i tassi fermi", "Corriere della Sera", "30 ott 2026"),
        ),
        (
            "Les Echos – La croissance ralentit – 12 févr. 2025",
            ("La croissance ralentit", "Les Echos", "12 févr. 2025"),
        ),
        # Titles in German, French and British quotation marks, before or after the outlet.
        (
            "FAZ, „Bundesanleihen: Renditen sinken“, https://www.faz.net/aktuell/bund",
            ("Bundesanleihen: Renditen sinken", "FAZ", None),
        ),
        (
            "tagesschau.de – „EZB lässt Zinsen unverändert“ (30.10.2026)",
            ("EZB lässt Zinsen unverändert", "tagesschau.de", "30.10.2026"),
        ),
        (
            "„Lagarde warnt vor Handelskonflikt“, Süddeutsche Zeitung, 31. Oktober 2026",
            ("Lagarde warnt vor Handelskonflikt", "Süddeutsche Zeitung", "31. Oktober 2026"),
        ),
        (
            "Der Spiegel: »Die Zinswende ist vorbei«, 12. Dez. 2025",
            ("Die Zinswende ist vorbei", "Der Spiegel", "12. Dez. 2025"),
        ),
        (
            "Le Monde – « La BCE maintient ses taux » – 30 octobre 2026",
            ("La BCE maintient ses taux", "Le Monde", "30 octobre 2026"),
        ),
        (
            "Reuters, ‘Britain’s economy shrinks’, 31 October 2026",
            ("Britain’s economy shrinks", "Reuters", "31 October 2026"),
        ),
        (
            "‘Lagarde warns on trade’ – The Guardian – 31 Oct 2026",
            ("Lagarde warns on trade", "The Guardian", "31 Oct 2026"),
        ),
        # A quoted word that opens a headline is no title of its own.
        (
            "‘Devastating’ floods hit Valencia – BBC News – 30 Oct 2026",
            ("‘Devastating’ floods hit Valencia", "BBC News", "30 Oct 2026"),
        ),
        (
            "‘Unacceptable’: Minister Hits Back – The Times",
            ("‘Unacceptable’: Minister Hits Back", "The Times", None),
        ),
        # A quoted title's note in brackets: the publisher and date inside; a word or a
        # figure after the marks goes on the title.
        (
            '"Jobless rate holds" (Reuters, May 2, 2025)',
            ("Jobless rate holds", "Reuters", "May 2, 2025"),
        ),
        ("‘Pact’ 2.5% higher than planned", ("‘Pact’ 2.5% higher than planned", None, None)),
        ("“Stimulus” (GSOMIA) talks resume", ("“Stimulus” (GSOMIA) talks resume", None, None)),
        # A name with accents spells its site's host without them.
        ("Expansión — https://www.expansion.com/economia/x.html", (None, "Expansión", None)),
        ("El País. https://elpais.com/x", (None, "El País", None)),
    ],
)
def test_entry_fields_in_other_languages_quotation_marks_and_month_forms(
    body: str, fields: tuple[str | None, ...]
) -> None:
    got = parse_entry_body(body)
    assert (got["title"], got["publisher"], got["date"]) == fields

"""The built-in auditors: each finding kind beside text that must not be flagged."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence

import pluggy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclaims
from newsclaims import (
    Citation,
    Claim,
    Document,
    Finding,
    Marker,
    PluginError,
    Section,
    Span,
    Support,
    hookimpl,
)
from newsclaims._plugins import default_plugins


class Layout:
    """Test layout: ``# `` headline lines, a ``Key points:`` block, a ``References:`` block.

    Registers a sectioner, a parser of ``[n] Title`` reference lines and ``[citation needed]``,
    and an extractor of headline and key-point claims and of a statement per body sentence
    (``checkworthy=False`` for sentences containing ``(opinion)``).
    """

    @hookimpl
    def newsclaims_register_sectioners(self, register):  # type: ignore[no-untyped-def]
        def sectioner(doc: Document) -> Iterator[Section]:
            pos = 0
            kind = None
            for line in doc.text.split("\n"):
                span = Span(pos, pos + len(line))
                if line.startswith("# "):
                    yield Section("headline", span)
                elif line in ("Key points:", "References:"):
                    kind = "key_points" if line == "Key points:" else "references"
                    yield Section("heading", span)
                elif kind is not None and line.strip():
                    yield Section(kind, span)
                elif not line.strip():
                    kind = None
                pos += len(line) + 1

        register("layout", sectioner)

    @hookimpl
    def newsclaims_register_citation_parsers(self, register):  # type: ignore[no-untyped-def]
        def parser(doc: Document) -> Iterator[Marker | Citation]:
            for section in doc.sections_of("references"):
                line = section.span.slice(doc.text)
                label, _, title = line.partition("] ")
                yield Citation(label=label.lstrip("["), title=title, raw=line, span=section.span)
            at = doc.text.find("[citation needed]")
            if at >= 0:
                span = Span(at, at + len("[citation needed]"))
                yield Marker(span=span, labels=(), style="citation_needed")

        register("layout", parser)

    @hookimpl
    def newsclaims_register_claim_extractors(self, register):  # type: ignore[no-untyped-def]
        def extractor(doc: Document) -> Iterator[Claim]:
            for section in doc.sections:
                text = section.span.slice(doc.text)
                if section.kind == "headline":
                    span = Span(section.span.start + 2, section.span.end)
                    yield Claim(text=span.slice(doc.text), span=span, kind="headline")
                elif section.kind == "key_points":
                    yield Claim(text=text, span=section.span, kind="key_point")
            for s in doc.sentences:
                section = doc.section_at(s.start)
                if section is not None and section.kind == "body":
                    opinion = "(opinion)" in s.slice(doc.text)
                    yield Claim(text=s.slice(doc.text), span=s, checkworthy=not opinion)

        register("layout", extractor)


#: The built-in plugins these tests use; the others (cleaning, sectioning, claim extraction)
#: are left out so that the tests see exactly the sections and claims the Layout gives.
BUILT_INS = {
    "newsclaims.sentences",
    "newsclaims.citations",
    "newsclaims.support",
    "newsclaims.audit_citations",
    "newsclaims.audit_support",
    "newsclaims.audit_artifacts",
}


def manager(*plugins: object) -> pluggy.PluginManager:
    others = [m.replace(".default_plugins", "") for m in default_plugins()]
    return newsclaims.make_plugin_manager(
        entry_points=False,
        plugins=[Layout(), *plugins],
        disable=[n for n in others if n not in BUILT_INS],
    )


def audit(text: str, *plugins: object) -> Document:
    return newsclaims.parse(text, plugin_manager=manager(*plugins))


def found(doc: Document, kind: str) -> list[tuple[str, str]]:
    """(severity, flagged text) of each finding of ``kind``: the claim's text, else the span's."""
    out = []
    for f in doc.findings:
        if f.kind != kind:
            continue
        if f.span is not None:
            out.append((f.severity, f.span.slice(doc.text)))
        else:
            assert f.claim is not None
            out.append((f.severity, doc.claims[f.claim].text))
    return out


# uncited_claim -------------------------------------------------------------------------------


def test_uncited_claims_are_flagged_only_where_the_document_cites_elsewhere() -> None:
    doc = audit(
        "# Council passes budget\n"
        "The council approved the budget on Monday [1]. Taxes rise by 2% in May.\n"
        "The vote is a turning point (opinion).\n"
        "\n"
        "Key points:\n"
        "The council approved the budget."
    )
    assert found(doc, "uncited_claim") == [
        ("warning", "Taxes rise by 2% in May."),
        ("note", "The vote is a turning point (opinion)."),
    ]
    assert all(f.plugin == "newsclaims.audit_citations" for f in doc.findings)
    plain = audit("The council approved the budget on Monday. Taxes rise by 2% in May.")
    assert found(plain, "uncited_claim") == []


def test_a_quote_cited_after_its_attribution_is_cited() -> None:
    doc = audit('"We will act," the mayor said [2]. Nothing else happened.\n')
    assert found(doc, "uncited_claim") == [("warning", "Nothing else happened.")]
    assert doc.claims[0].citations == ("2",)


def test_a_subheading_or_a_question_is_not_an_uncited_claim() -> None:
    doc = audit("## What happened\nRates rose in May [1].\n\nOutlook\nMore cuts are likely.\n")
    assert found(doc, "uncited_claim") == [("warning", "More cuts are likely.")]
    # Nor is a question: it asks, and asserts nothing.
    doc = audit("Rates rose in May [1]. Will they rise again? Banks expect it.")
    assert found(doc, "uncited_claim") == [("warning", "Banks expect it.")]
    # Nor is a lead-in: a line that ends with a colon says that what follows does.
    doc = audit("Here is a summary of the latest news on rates:\n\nRates rose in May [1].\n")
    assert found(doc, "uncited_claim") == []
    doc = audit("Rates rose in May [1]. The bank named two risks: wages and oil.\n")
    assert found(doc, "uncited_claim") == [("warning", "The bank named two risks: wages and oil.")]
    # Nor is a newsletter's numbered lead in bold, which claims without its marks and number.
    doc = newsclaims.parse("**1. Thailand cuts rates.** The bank cut its rate to 1.5%.[^1]\n")
    assert "Thailand cuts rates." in [c.text for c in doc.claims]
    assert found(doc, "uncited_claim") == []


def test_citation_needed_is_flagged_even_without_other_citations() -> None:
    doc = audit("Crime fell by half [citation needed]. The mayor took office in 2019.")
    assert found(doc, "uncited_claim") == [("warning", "Crime fell by half [citation needed].")]
    (f,) = doc.findings
    assert "citation needed" in f.message


# dangling_marker and unused_citation ---------------------------------------------------------

REFERENCED = (
    "The council approved the budget on Monday [1]. The new library opens in June [3].\n"
    "Bus fares will stay frozen until the end of the year.\n"
    "\n"
    "References:\n"
    "[1] Council approves city budget\n"
    "[2] Bus fares frozen until end of year\n"
    "[4] Football club wins the league\n"
)


def test_a_marker_with_no_entry_dangles_when_there_is_a_reference_list() -> None:
    doc = audit(REFERENCED)
    (f,) = [f for f in doc.findings if f.kind == "dangling_marker"]
    assert (f.severity, f.citation, f.span and f.span.slice(doc.text)) == ("error", "3", "[3]")
    assert f.claim is not None and doc.claims[f.claim].text.startswith("The new library")
    no_list = audit("The council approved the budget on Monday [1]. The library opens [3].")
    assert found(no_list, "dangling_marker") == []


def test_unused_entries_are_flagged_with_a_suggested_claim_where_the_title_matches() -> None:
    doc = audit(REFERENCED)
    unused = {f.citation: f for f in doc.findings if f.kind == "unused_citation"}
    assert sorted(unused) == ["2", "4"]  # [1] is cited
    fares, football = unused["2"], unused["4"]
    assert fares.claim is not None and fares.score is not None and fares.score >= 0.5
    assert doc.claims[fares.claim].text.startswith("Bus fares will stay frozen")
    assert "consider citing it" in fares.message
    assert fares.span is not None and fares.span.slice(doc.text).startswith("[2] Bus fares")
    assert football.claim is None and football.score is None
    assert {f.severity for f in unused.values()} == {"note"}


@pytest.mark.parametrize(
    ("claim", "refs", "name", "label"),
    [
        (
            "Bloomberg reported that Apple plans a cheaper iPhone for the spring.",
            "[1] Reuters - Apple declines comment\n"
            "[2] Bloomberg - Supplier orders hint at new handset\n",
            "Bloomberg",
            "2",
        ),
        (
            "On Monday, the Financial Times said Apple sales slid 5% in China.",
            '1. Reuters, "Apple declines comment", 3 March 2025.\n'
            '2. Financial Times, "Huawei gains ground", 1 March 2025.\n',
            "Financial Times",
            "2",
        ),
        (
            "Die Exporte brachen laut Spiegel im März um 4,5 Prozent ein.",
            "1. Reuters - Apple declines comment\n2. Der Spiegel - Handel unter Druck\n",
            "Der Spiegel",
            "2",
        ),
        (
            "Le gouvernement renonce à la taxe, selon Le Monde, qui cite Matignon.",
            "[1] Reuters - Apple declines comment\n"
            "[2] Le Monde - Budget : le recul de l'exécutif\n",
            "Le Monde",
            "2",
        ),
    ],
)
def test_a_claim_that_names_a_listed_publisher_is_pointed_to_its_entry(
    claim: str, refs: str, name: str, label: str
) -> None:
    # "Bloomberg reported..." with a Bloomberg entry in the list: the uncited finding did not
    # say which entry, and the entry, unused, suggested no claim (its title shares too few
    # words with the claim).
    doc = newsclaims.parse(f"The company declined to comment [1]. {claim}\n\nSources:\n{refs}")
    (uncited,) = [f for f in doc.findings if f.kind == "uncited_claim"]
    assert doc.claims[uncited.claim or 0].text == claim
    assert (uncited.citation, uncited.severity) == (label, "warning")
    assert f"it names {name}, reference [{label}]" in uncited.message
    (unused,) = [f for f in doc.findings if f.kind == "unused_citation"]
    assert (unused.citation, unused.claim, unused.score) == (label, uncited.claim, None)
    assert f"names {name}: consider citing it there" in unused.message


@pytest.mark.parametrize(
    ("claim", "ref", "label"),
    [
        # A common word after an article in lower case, or at the start with no reporting.
        ("Forecasters said more storms were forming in the Atlantic.", "The Atlantic", None),
        ("The Atlantic hurricane season produced 18 named storms.", "The Atlantic", None),
        ("In der Zeit nach der Wahl stiegen die Preise um 3 Prozent.", "Die Zeit", None),
        ("Zur Zeit der Wahl stiegen die Preise um 3 Prozent.", "Die Zeit", None),
        # The name as written, or by a word of reporting.
        ("Eighteen storms formed this year, The Atlantic said.", "The Atlantic", "3"),
        ("The Atlantic reported that 18 storms formed this year.", "The Atlantic", "3"),
        ("Die Preise stiegen, wie Die Zeit berichtet, um 3 Prozent.", "Die Zeit", "3"),
        ("Die Preise stiegen laut Zeit um 3 Prozent.", "Die Zeit", "3"),
        # After an article in lower case by a word of reporting, before it or after the name.
        ("Unemployment rose to 5 percent, the Guardian reported.", "The Guardian", "3"),
        ("Unemployment rose to 5 percent, according to the Guardian.", "The Guardian", "3"),
        ("Unemployment rose to 5 percent, a minister told the Guardian.", "The Guardian", "3"),
        ("Nurses accepted the pay deal, the Times reported.", "The Times", "3"),
    ],
)
def test_a_listed_name_with_an_article_is_named_as_written_or_as_a_source(
    claim: str, ref: str, label: str | None
) -> None:
    # ``The Atlantic`` was named by ``in the Atlantic``, ``Die Zeit`` by ``in der Zeit``.
    refs = f"[1] Reuters - Fares rise\n[3] {ref} - Storms and prices\n"
    doc = newsclaims.parse(f"Fares rise in May [1]. {claim}\n\nSources:\n{refs}")
    (uncited,) = [f for f in doc.findings if f.kind == "uncited_claim"]
    assert uncited.citation == label


def test_a_name_inside_a_longer_one_or_given_twice_is_no_listed_publisher() -> None:
    refs = "[1] Reuters - Fares rise\n[2] The Times - Library opens\n"
    for claim in [
        "The New York Times reported that the library opens in June.",  # not The Times
        "Bus fares rise in May, the mayor said.",
    ]:
        doc = newsclaims.parse(f"Fares rise in May [1]. {claim}\n\nSources:\n{refs}")
        (uncited,) = [f for f in doc.findings if f.kind == "uncited_claim"]
        assert uncited.citation is None, claim
    doc = newsclaims.parse(f"Fares rise [1]. The Times said so.\n\nSources:\n{refs}")
    assert [f.citation for f in doc.findings if f.kind == "uncited_claim"] == ["2"]
    twice = refs + "[3] The Times - Library delayed\n"
    doc = newsclaims.parse(f"Fares rise [1]. The Times said so.\n\nSources:\n{twice}")
    assert [f.citation for f in doc.findings if f.kind == "uncited_claim"] == [None]
    # A source named in the text is no entry of a list: a claim about NASA names no source.
    doc = newsclaims.parse(
        "Europa has water vapour (Source: NASA). NASA scientists used a telescope on Hawaii."
    )
    assert [f.citation for f in doc.findings if f.kind == "uncited_claim"] == [None]


def test_a_text_that_cites_nothing_gets_one_unused_finding() -> None:
    text = (
        "Fares rise in May.\nThe league cancels the final.\n"
        "References:\n[1] Fares rise in May\n[2] Weather turns cold\n[3] Budget talks stall\n"
    )
    doc = audit(text)
    got = [(f.citation, f.claim, f.span) for f in doc.findings if f.kind == "unused_citation"]
    listed = Span(text.index("[1]"), text.index("stall") + len("stall"))
    # One finding over the list, and the link a claim's words suggest; no note per entry.
    assert got == [(None, None, listed), ("1", 0, doc.citations[0].span)]


def test_an_entry_with_the_url_of_another_is_a_duplicate_citation() -> None:
    doc = newsclaims.parse(
        "Fares rise in May [1]. The league cancels the final [2].\n\nSources:\n"
        "[1] https://example.com/fares/\n[2] https://example.com/league\n"
        "[3] https://example.com/fares\n"
    )
    got = [(f.severity, f.citation) for f in doc.findings if f.kind == "duplicate_citation"]
    assert got == [("note", "3")]


def test_a_label_listed_twice_is_a_duplicate_citation() -> None:
    doc = newsclaims.parse(
        "Fares stay frozen [1]. The library opens in June [2].\n\n"
        "Sources:\n1. Fares frozen - City Post\n2. Library date set - Town Herald\n"
        "2. Library opening delayed - Town Herald\n"
    )
    (f,) = [f for f in doc.findings if f.kind == "duplicate_citation"]
    assert (f.severity, f.citation) == ("warning", "2")
    assert f.span is not None
    assert f.span.slice(doc.text) == "2. Library opening delayed - Town Herald"
    assert "'Library date set' and 'Library opening delayed'" in f.message
    # Markdown link lines carry no written label: two lists of them duplicate nothing.
    links = "- [Fares frozen](https://a.example/1)\n- [Library date](https://a.example/2)\n"
    doc = newsclaims.parse(f"Fares stay frozen.\n\nSources:\n{links}\nRead more:\n{links}")
    assert found(doc, "duplicate_citation") == []


# unsupported_claim ---------------------------------------------------------------------------

BODY = (
    "# Mayor Ana Ruiz opens the new bridge in Porto\n"
    "Mayor Ana Ruiz opened the new bridge in Porto on Tuesday. The bridge cost 40 million "
    "euros and took three years to build. Engineers from Lisbon designed its steel arch.\n"
    "Traffic officials expect 12,000 cars a day to cross it. The old ferry service will end "
    "in March.\n"
)


def points(*lines: str) -> str:
    return BODY + "\nKey points:\n" + "\n".join(lines) + "\n"


def unsupported(doc: Document) -> dict[str, Finding]:
    return {
        doc.claims[f.claim].text: f
        for f in doc.findings
        if f.kind == "unsupported_claim" and f.claim is not None
    }


@pytest.mark.parametrize(
    ("point", "reason"),
    [
        ("The bridge cost 60 million euros and took three years to build.", "says 60"),
        ("Engineers from Madrid designed its steel arch.", "'Madrid'"),
        ("Mayor Ana Ruiz opened the new bridge in Porto on Friday.", "Friday"),
        ("The old ferry service will end in April.", "April"),
        # A number word that counts something is a figure too: a changed span of time.
        ("The bridge took five years to build.", "says 5 where the closest body sentence says 3"),
        # The body's figure named is the one the point changed, not another of its sentence.
        ("The bridge cost 45 million euros.", "says 45 where the closest body sentence says 40"),
        ("Farmers protested against new water rules in the valley.", "no body sentence"),
    ],
)
def test_an_altered_or_unrelated_key_point_is_unsupported(point: str, reason: str) -> None:
    faithful = "Traffic officials expect 12,000 cars a day to cross it."
    doc = audit(points(faithful, point))
    flagged = unsupported(doc)
    assert list(flagged) == [point]
    f = flagged[point]
    assert reason in f.message and f.severity == "warning"
    assert f.plugin == "newsclaims.audit_support"
    assert f.score is not None and 0 <= f.score <= 1


ROUNDING_BODY = (
    "Toyota said its operating profit fell 27.4% to 1.16 trillion yen in the half year.",
    "Police said 1,012 people were arrested in Paris on Saturday.",
    "The city spent 2.8 million euros on overtime in 2025, the audit office found.",
    "Turnout in the Lower Saxony state election was 61.7%, officials said.",
    "Shares of the miner have lost more than 40% since January, the analyst said.",
)


@pytest.mark.parametrize(
    "claim",
    [
        # Rounded to the claim's last digit, close to the exact figure.
        "Toyota's operating profit fell 27% to 1.2 trillion yen in the half year.",
        "Turnout in the Lower Saxony election was 62%, officials said.",
        # After a word that makes a figure round, within what the word allows.
        "Toyota's operating profit fell about 30% to 1.16 trillion yen.",
        "More than 1,000 people were arrested in Paris on Saturday.",
        "Some 1,000 people were arrested in Paris on Saturday, police said.",
        "The city spent nearly 3 million euros on overtime in 2025.",
        "The city spent almost €3 million on overtime in 2025, the audit office found.",
        "Shares of the miner have lost more than 40% since January.",
    ],
)
def test_a_rounded_figure_is_the_same_figure(claim: str) -> None:
    verdict = newsclaims.check_support(claim, ROUNDING_BODY)
    assert verdict.supported, verdict.reason


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Toyota's operating profit fell 28% to 1.16 trillion yen.", "28"),
        ("Turnout in the Lower Saxony election was 61%, officials said.", "61"),
        # Rounded too far for no word that makes it round (7% off).
        ("The city spent 3 million euros on overtime in 2025.", "3"),
        ("1,000 people were arrested in Paris on Saturday, police said.", "1000"),
        # The word's side or its slack is wrong.
        ("More than 1,100 people were arrested in Paris on Saturday.", "1100"),
        ("Turnout in the Lower Saxony election was under 60%, officials said.", "60"),
        ("Around 900 people were arrested in Paris on Saturday.", "900"),
        ("The city spent almost 2 million euros on overtime in 2025.", "2"),
        # A bound of the article's is no exact figure to round.
        ("Shares of the miner have lost more than 35% since January.", "35"),
        ("Shares of the miner have lost about 44% since January, the analyst said.", "44"),
        # A year is never made round.
        ("The city spent 2.8 million euros on overtime around 2024.", "2024"),
    ],
)
def test_a_figure_rounded_wrongly_or_too_far_is_a_changed_figure(claim: str, said: str) -> None:
    verdict = newsclaims.check_support(claim, ROUNDING_BODY)
    assert not verdict.supported
    assert verdict.reason is not None and f"says {said} " in verdict.reason


SCALE_BODY = (
    "Toyota said U.S. tariffs cost it 900 billion yen in the half year.",
    "The government will spend $4.5bn on new hospitals over five years, the minister said.",
    "Meta was fined 1.2 billion euros by Ireland's regulator in 2023.",
    "The sprinter won the 100m final in 9.79 seconds in Rome.",
)


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        ("U.S. tariffs cost Toyota 900 million yen in the half year.", "900 million"),
        ("The government will spend $4.5m on new hospitals.", "4.5 million"),
        ("The government will spend 4.5 million dollars on new hospitals.", "4.5 million"),
        ("Ireland's regulator fined Meta €1.2 trillion in 2023.", "1.2 trillion"),
    ],
)
def test_a_figure_scaled_otherwise_is_a_changed_figure(claim: str, reason: str) -> None:
    verdict = newsclaims.check_support(claim, SCALE_BODY)
    assert not verdict.supported
    assert verdict.reason is not None and f"it says {reason} where" in verdict.reason


@pytest.mark.parametrize(
    "claim",
    [
        "U.S. tariffs cost Toyota 900 billion yen in the half year.",
        "The government will spend $4.5 billion on new hospitals.",
        "Ireland's regulator fined Meta €1.2bn in 2023.",
        # A letter after a figure scales only a sum of money.
        "The sprinter won the 100m final in Rome in 9.79 seconds.",
    ],
)
def test_a_figure_scaled_alike_in_other_words_agrees(claim: str) -> None:
    verdict = newsclaims.check_support(claim, SCALE_BODY)
    assert verdict.supported, verdict.reason


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        (
            "Toyota will raise prices in the U.S. from January, Kon said.",
            "Toyota will raise US prices.",
        ),
        (
            "Toyota will raise prices in the US from January, Kon said.",
            "Toyota will raise U.S. prices.",
        ),
        (
            "Toyota will raise prices in the United States from January.",
            "It will raise U.S. prices.",
        ),
        (
            "The E.U. fined Apple 1.8 billion euros on Monday.",
            "The EU fined Apple 1.8 billion euros.",
        ),
        (
            "The United Nations said aid convoys were blocked.",
            "The U.N. said aid convoys were blocked.",
        ),
        ("Britain will quit the talks, the UK envoy said on Monday.", "The U.K. envoy said so."),
        # The last letter without its full stop, as a motto in quotes is written.
        ('Its motto is "Take C.A.R.E", the fair said.', "The fair's motto: Take C.A.R.E."),
    ],
)
def test_an_initialism_with_full_stops_is_the_same_name(body: str, claim: str) -> None:
    # "U.S." was read as the name "U", which neither "US" nor "United States" gives.
    verdict = newsclaims.check_support(claim, (body, "Shares of the company fell 2% in Tokyo."))
    assert verdict.supported, verdict.reason


def test_an_initialism_with_full_stops_for_another_is_a_swap() -> None:
    body = ("Toyota will raise prices in the U.S. from January, Kon said.", "Shares fell 2%.")
    verdict = newsclaims.check_support("Toyota will raise prices in the U.K. from January.", body)
    assert not verdict.supported
    assert verdict.reason is not None and "'U.K.'" in verdict.reason


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        (
            "J.P. Morgan raised its price target for Nvidia to $215.",
            "JPMorgan raised its price target for Nvidia to $215 on Monday, citing data-centre"
            " demand.",
        ),
        (
            "Analysts at J.P. Morgan raised their price target for Nvidia to $215.",
            "Analysts at JPMorgan raised their price target for Nvidia to $215 on Monday.",
        ),
        (
            "Analysts at JPMorgan raised their price target for Nvidia to $215.",
            "Analysts at J.P. Morgan raised their price target for Nvidia to $215 on Monday.",
        ),
    ],
)
def test_an_initialism_with_full_stops_before_a_name_is_the_name_run_together(
    claim: str, body: str
) -> None:
    # "J.P. Morgan" was read as "JP" and "Morgan", a name "JPMorgan" does not mention.
    verdict = newsclaims.check_support(claim, (body, "Shares of the company fell 2% in Tokyo."))
    assert verdict.supported, verdict.reason


def test_an_initialism_with_full_stops_before_another_name_is_a_swap() -> None:
    body = ("Analysts at Goldman raised their price target for Nvidia to $215.", "Shares fell.")
    claim = "Analysts at J.P. Morgan raised their price target for Nvidia to $215."
    verdict = newsclaims.check_support(claim, body)
    assert not verdict.supported
    assert verdict.reason is not None and "'Goldman'" in verdict.reason


OPEN_BODY = (
    "Toyota kept its forecast, but did not say whether it would raise prices in Canada.",
    "Kon declined to say if the plant in Kentucky would close next year.",
    "It is unclear whether the ceasefire in Gaza will hold beyond Friday, diplomats said.",
    "The mayor of Lyon has yet to decide whether to run again in 2027.",
)


@pytest.mark.parametrize(
    ("claim", "left_open"),
    [
        ("Toyota said it would raise prices in Canada.", "not say whether"),
        ("Toyota will close the plant in Kentucky next year.", "declined to say if"),
        ("The ceasefire in Gaza will hold beyond Friday, diplomats said.", "unclear whether"),
        ("The mayor of Lyon will run again in 2027.", "yet to decide whether"),
    ],
)
def test_a_claim_that_asserts_what_the_article_leaves_open_is_unsupported(
    claim: str, left_open: str
) -> None:
    verdict = newsclaims.check_support(claim, OPEN_BODY)
    assert not verdict.supported
    assert verdict.reason is not None and f"leaves open ('{left_open} ...')" in verdict.reason


@pytest.mark.parametrize(
    "claim",
    [
        "Toyota kept its forecast.",  # the other clause
        "Toyota would not say whether it would raise prices in Canada.",
        "It is not known if the Kentucky plant will close next year.",
        "The ceasefire in Gaza may not hold beyond Friday, diplomats said.",
        "The mayor of Lyon is undecided about running again in 2027.",
        "The mayor of Lyon is weighing whether to run again in 2027.",
    ],
)
def test_a_claim_that_leaves_it_open_too_is_supported(claim: str) -> None:
    verdict = newsclaims.check_support(claim, OPEN_BODY)
    assert verdict.reason is None or "leaves open" not in verdict.reason


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        # The open clause's subject alone, which the claim describes.
        (
            "Police did not say whether the suspect, a 34-year-old man from Leeds, had a lawyer.",
            "The suspect is a 34-year-old man from Leeds.",
        ),
        # A clause the sentence leaves open, and another it says.
        (
            "Officials could not confirm if the ship was hit, but the Navy said it sank on Sunday.",
            "The Navy said the ship sank.",
        ),
    ],
)
def test_a_claim_that_shares_only_the_open_clauses_subject_is_supported(
    body: str, claim: str
) -> None:
    verdict = newsclaims.check_support(claim, (body, "Shares of the company fell 2% in Tokyo."))
    assert verdict.supported, verdict.reason


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        ("Toyota will raise prices.", "Toyota did not say whether it would raise prices."),
        (
            "Parliament will vote on the minister's successor.",
            "The minister resigned, and it is unclear whether parliament will hold a vote on his"
            " successor.",
        ),
        (
            "Sarah Jones met managers on Monday.",
            "Union leader Sarah Jones, who did not say if she had met managers, said the strike"
            " would continue.",
        ),
        (
            "The plant in Kentucky will close.",
            "Kon declined to say whether the plant in Kentucky would close.",
        ),
    ],
)
def test_a_claim_that_restates_the_open_clauses_predicate_is_unsupported(
    claim: str, body: str
) -> None:
    verdict = newsclaims.check_support(claim, (body, "Shares of the company fell 2% in Tokyo."))
    assert not verdict.supported
    assert verdict.reason is not None and "leaves open" in verdict.reason


MOVES_BODY = (
    "Sales in North America rose 5% while sales in China declined for a third quarter.",
    "The bank kept its full-year forecast of 3.8 trillion yen unchanged, citing the yen.",
    "Exports to Germany jumped 12%; imports from France fell 3%, the office said.",
    "Brent crude held steady at $71 a barrel after the Opec+ meeting in Vienna.",
    "Inflation rose to 3.1% in May, but the core rate stayed unchanged, officials said.",
)


@pytest.mark.parametrize(
    ("claim", "said", "shown"),
    [
        # The clause of a sentence that moves both ways that the claim restates.
        ("Sales in China rose for a third quarter.", "rose", "declined"),
        ("Sales in North America fell 5%.", "fell", "rose"),
        ("Imports from France rose 3%, the office said.", "rose", "fell"),
        # A move where the sentence says nothing moved.
        ("The bank cut its full-year forecast of 3.8 trillion yen.", "cut", "unchanged"),
        ("Brent crude jumped to $71 a barrel after the Opec+ meeting.", "jumped", "steady"),
    ],
)
def test_a_claim_that_moves_otherwise_than_its_clause_is_unsupported(
    claim: str, said: str, shown: str
) -> None:
    verdict = newsclaims.check_support(claim, MOVES_BODY)
    assert not verdict.supported
    expected = f"it says '{said}' where the closest body sentence says '{shown}'"
    assert verdict.reason == expected


@pytest.mark.parametrize(
    "claim",
    [
        "Sales in China fell for a third quarter.",
        "Sales in North America rose 5%.",
        "Exports to Germany rose 12%, the office said.",
        "Inflation rose to 3.1% in May.",
        "The bank kept its 3.8 trillion yen forecast for the full year unchanged.",
    ],
)
def test_a_claim_that_moves_as_its_clause_does_is_supported(claim: str) -> None:
    verdict = newsclaims.check_support(claim, MOVES_BODY)
    assert verdict.supported, verdict.reason


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        # Another subject held steady, in another clause.
        (
            "Brent crude rose 2% to $80 a barrel on Monday.",
            "Brent crude advanced 2% to $80 a barrel on Monday, while the dollar held steady.",
        ),
        # ``maintained`` alone says nothing stood still.
        (
            "Crowds grew to 10,000 on Saturday.",
            "Crowds swelled to 10,000 on Saturday as police maintained a heavy presence.",
        ),
        # ``stable`` before a noun is no verb's complement.
        (
            "The Fed raised rates by 25 basis points.",
            "The Fed lifted rates by 25 basis points, saying the economy remained on a stable"
            " footing.",
        ),
        (
            "Exports increased 4% in October.",
            "Exports were 4% higher in October, the ministry said, citing stable demand from"
            " China.",
        ),
    ],
)
def test_a_claim_that_moves_where_something_else_stood_still_is_supported(
    claim: str, body: str
) -> None:
    verdict = newsclaims.check_support(claim, (body, "Shares of the company fell 2% in Tokyo."))
    assert verdict.supported, verdict.reason


@pytest.mark.parametrize(
    ("claim", "shown"),
    [
        ("The Bank of Japan raised rates to 0.5%.", "steady"),
        ("Inflation rose to 2.4% in May.", "unchanged"),
        ("The yen fell against the dollar.", "stable"),
        ("The central bank cut its key rate.", "on hold"),
    ],
)
def test_a_claim_that_moves_where_its_subject_stood_still_is_unsupported(
    claim: str, shown: str
) -> None:
    body = (
        "The Bank of Japan held rates steady at 0.5% on Friday.",
        "Inflation was unchanged at 2.4% in May, the statistics office said.",
        "The yen remained largely stable against the dollar.",
        "The central bank left its key rate on hold for a third meeting.",
    )
    verdict = newsclaims.check_support(claim, body)
    assert not verdict.supported
    assert verdict.reason is not None and verdict.reason.endswith(f"says '{shown}'")


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        (
            "The earthquake killed more than 2,000 people, officials said.",
            "The earthquake killed 2,137 people, officials said.",
        ),
        (
            "The earthquake killed about 2,000 people, officials said.",
            "The earthquake killed 1,980 people, officials said.",
        ),
        ("The carmaker sold about 2000 million cars.", "The carmaker sold 1998 million cars."),
    ],
)
def test_a_rounded_count_in_the_range_of_years_is_no_year(claim: str, body: str) -> None:
    # Only four digits alone may be a year; 2,000 and 2000 million are counts.
    verdict = newsclaims.check_support(claim, (body, "Shares of the company fell 2% in Tokyo."))
    assert verdict.supported, verdict.reason


def test_a_year_a_word_makes_round_is_still_a_changed_figure() -> None:
    body = ("The carmaker was founded in 1998 in Japan, the company said.", "Shares fell 2%.")
    verdict = newsclaims.check_support("The carmaker was founded in about 2000 in Japan.", body)
    assert not verdict.supported
    assert verdict.reason is not None and "says 2000 " in verdict.reason


@pytest.mark.parametrize(
    ("claim", "body", "said"),
    [
        (
            "The central bank cut its key rate to 5% from 5.5%.",
            "The central bank cut its key rate to 5.25% from 5.5% on Thursday.",
            "5",
        ),
        (
            "The bank raised its rate to 6% from 5.5%.",
            "The bank raised its rate to 6.25% from 5.5% on Thursday.",
            "6",
        ),
    ],
)
def test_a_figure_rounded_to_one_digit_without_a_word_is_a_changed_figure(
    claim: str, body: str, said: str
) -> None:
    # Within 5% of a quarter-point rate, but another rate: an unworded rounding keeps two
    # significant digits (27 for 27.4, 1.2 for 1.16).
    verdict = newsclaims.check_support(claim, (body, "Shares of the company fell 2% in Tokyo."))
    assert not verdict.supported
    assert verdict.reason is not None and f"says {said} " in verdict.reason


@pytest.mark.parametrize(
    ("claim", "body", "shown"),
    [
        (
            "Sales in China rose.",
            "Sales in North America rose 5% while sales in China declined for a third quarter.",
            "declined",
        ),
        ("Nintendo shares rose.", "Sony shares rose 3% while Nintendo shares fell 2%.", "fell"),
    ],
)
def test_the_clause_a_claim_restates_is_not_chosen_by_its_own_verb(
    claim: str, body: str, shown: str
) -> None:
    # Both clauses share the subject's noun; the claim's verb made the other clause as close
    # (and a tie compared none), and the names it shares were left out of the comparison.
    verdict = newsclaims.check_support(claim, (body, "The company gave no forecast."))
    assert not verdict.supported
    assert verdict.reason == f"it says 'rose' where the closest body sentence says '{shown}'"


def test_a_long_run_of_figures_is_read_for_scales_in_linear_time() -> None:
    # A figure's repeats (``7,7,7,...``) were backtracked over before a scale word was looked
    # for: 100,000 of them took over a second, 200,000 about eight. 8 times the text: linear
    # costs about 8 times the time, quadratic about 64 times.
    claim = "Monthly revenue in dollars was $7m."

    def best_time(n: int) -> float:
        body = ["Monthly revenue in dollars: " + ",".join(["7"] * n) + "."]
        times = []
        for _ in range(2):
            started = time.process_time()
            newsclaims.check_support(claim, body)
            times.append(time.process_time() - started)
        return min(times)

    small, large = best_time(25_000), best_time(200_000)
    assert large < 24 * small + 0.5, f"25,000 figures: {small:.3f} s; 200,000: {large:.3f} s"


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        (
            "The rate stood at 5% in the first quarter.",
            "The rate stood at 5.0% in the first quarter.",
        ),
        ("Shares fell 3% on Tuesday.", "Shares fell 3.0% on Tuesday, traders said."),
        ("Inflation rose to 3% in March.", "Inflation rose to 2.9% in March, the agency said."),
        ("Inflation rose to 3% in March.", "Inflation rose to 3.04% in March, the agency said."),
        ("The company cut 9% of its staff.", "The company cut 8.7% of its staff last year."),
        ("The firm has 7 million users.", "The firm has 7.2 million users in Europe."),
        ("Revenue fell to $2 billion.", "Revenue fell to $1.98 billion in the quarter."),
    ],
)
def test_a_figure_of_one_digit_rounded_close_is_the_same_figure(claim: str, body: str) -> None:
    # The same figure (5 for 5.0), and a headline's rounding to one digit within 3.5% (3 for
    # 2.9, 2 for 1.98), are supported: only a rounding further off (5 for 5.25) is another
    # figure.
    verdict = newsclaims.check_support(claim, (body, "Shares of the company fell 2% in Tokyo."))
    assert verdict.supported, verdict.reason


def test_a_count_out_of_another_in_words_is_a_figure() -> None:
    body = (
        "# Council members vote for the plan\n"
        "Five of seven council members voted for the plan on Monday.\n"
    )
    changed = "Six of seven council members voted for the plan."
    doc = audit(f"{body}\nKey points:\n{changed}\nFive of seven council members voted for it.\n")
    flagged = unsupported(doc)
    assert list(flagged) == [changed]
    assert "says 6 where the closest body sentence says 5" in flagged[changed].message


def test_the_evidence_is_the_body_sentence_the_point_was_altered_from() -> None:
    doc = audit(points("Engineers from Madrid designed its steel arch."))
    (f,) = unsupported(doc).values()
    assert f.evidence is not None
    assert f.evidence.slice(doc.text) == "Engineers from Lisbon designed its steel arch."


def test_faithful_points_and_a_paraphrased_headline_are_supported() -> None:
    doc = audit(
        points(
            "The bridge cost 40 million euros.",
            "Lisbon engineers designed the steel arch of the bridge.",
            "The ferry service will end in March, and 12,000 cars a day are expected.",
            "5. The bridge cost 40 million euros.",  # the list number is no figure
        )
    )
    assert unsupported(doc) == {}


def test_a_key_point_that_moves_the_other_way_is_unsupported() -> None:
    body = (
        "The central bank lowered its growth forecast to 1.5% from 1.9% on Tuesday.\n"
        "Exports rose in May while imports fell.\n"
    )
    raised = "The central bank raised its growth forecast to 1.9%."
    faithful = "The central bank cut its growth forecast to 1.5%."
    # Its evidence moves both ways: the clause it restates (not by its own verb) rose.
    both_ways = "Exports fell in May."
    doc = audit(body + "\nKey points:\n" + "\n".join((raised, faithful, both_ways)) + "\n")
    flagged = unsupported(doc)
    assert list(flagged) == [raised, both_ways]
    assert "says 'raised' where the closest body sentence says 'lowered'" in flagged[raised].message
    assert "says 'fell' where the closest body sentence says 'rose'" in flagged[both_ways].message


@pytest.mark.parametrize(
    ("body", "faithful", "changed", "says"),
    [
        (
            "The Bank of England raised rates by 25 basis points to 5.25% on Thursday.",
            "The Bank of England raised rates by 0.25 percentage points to 5.25%.",
            "The Bank of England raised rates by 0.5 percentage points to 5.25%.",
            "it says 0.5 where the closest body sentence says '25 basis points'",
        ),
        (
            "The Federal Reserve cut rates by half a point, or 0.5 percentage points, to 4.875%.",
            "The Federal Reserve cut rates by 50bp to 4.875%.",
            "The Federal Reserve cut rates by 75bp to 4.875%.",
            "it says '75bp' where the closest body sentence says 0.5",
        ),
        (
            "Die EZB senkte den Einlagensatz um 0,25 Prozentpunkte auf 3,75 Prozent.",
            "Die EZB senkte den Einlagensatz um 25 Basispunkte auf 3,75 Prozent.",
            "Die EZB senkte den Einlagensatz um 50 Basispunkte auf 3,75 Prozent.",
            "it says '50 Basispunkte' where the closest body sentence says 0.25",
        ),
        (
            "La BCE a abaissé son taux de dépôt de 25 points de base, à 3,75 %.",
            "La BCE a abaissé son taux de dépôt de 0,25 point, à 3,75 %.",
            "La BCE a abaissé son taux de dépôt de 0,5 point, à 3,75 %.",
            "it says 0.5 where the closest body sentence says '25 points de base'",
        ),
    ],
)
def test_basis_points_are_percentage_points_a_hundred_times_over(
    body: str, faithful: str, changed: str, says: str
) -> None:
    # "0.25 percentage points" for "25 basis points" was a changed figure (0.25 for 25). The
    # message quotes a figure in basis points as written (it said 0.75 for "75bp").
    doc = audit(f"{body}\nThe decision was unanimous.\n\nKey points:\n{faithful}\n{changed}\n")
    flagged = unsupported(doc)
    assert list(flagged) == [changed]
    assert says in flagged[changed].message


@pytest.mark.parametrize("big_in", ["claim", "body"])
def test_a_figure_too_long_for_a_float_is_a_changed_figure_not_a_crash(big_in: str) -> None:
    # Found by `make fuzz`: a figure of 400 digits is read as infinity, and the message that
    # names it crashed the support checker (int() of infinity).
    big, small = "9" * 400, "40"
    claim = f"The fund holds {big if big_in == 'claim' else small} dollars."
    body = [f"The fund holds {small if big_in == 'claim' else big} dollars, its manager said."]
    verdict = newsclaims.check_support(claim, body)
    assert not verdict.supported
    assert "a figure of over 300 digits" in verdict.reason and "40" in verdict.reason


def test_a_fraction_in_words_is_no_number_of_its_own() -> None:
    body = (
        "About two-thirds of the canal's water comes from Gatun Lake.\n"
        "Two of the locks were closed for three weeks.\n"
    )
    faithful = "About 67% of the canal's water comes from Gatun Lake."
    changed = "Two of the locks were closed for four weeks."
    doc = audit(body + "\nKey points:\n" + faithful + "\n" + changed + "\n")
    assert list(unsupported(doc)) == [changed]


def test_a_key_point_that_negates_what_the_body_says_is_unsupported() -> None:
    body = (
        "The port authority said it would again seek a bank loan to dredge the harbour.\n"
        "Rents in the capital have risen sharply this year, the survey found.\n"
        "The union did not sign the wage deal on Monday.\n"
        "The minister will visit Lima, and she has not ruled out a trip to Quito.\n"
        "The city is yet to decide on the tram route.\n"
    )
    negated = "The port authority will not seek a bank loan to dredge the harbour."
    unnegated = "The union signed the wage deal on Monday."
    faithful = [
        "Rents in the capital have not fallen this year.",  # no direction: no contradiction
        "The union refused to sign the wage deal on Monday.",  # another word that denies
        "The city has not decided on the tram route.",  # "is yet to decide"
        "The minister will visit Lima.",  # the negation is in a clause it leaves out
    ]
    doc = audit(body + "\nKey points:\n" + "\n".join((negated, unnegated, *faithful)) + "\n")
    flagged = unsupported(doc)
    assert list(flagged) == [negated, unnegated]
    assert "says 'not seek' where the closest body sentence does not" in flagged[negated].message
    assert "sentence says 'not sign' where it does not" in flagged[unnegated].message


def test_paraphrased_points_that_keep_the_facts_are_supported() -> None:
    body = (
        "The parliament approved the rules with 412 votes in favour on Thursday.\n"
        "The first aircraft will arrive in 2027, the airline said.\n"
        "Air Tonga will buy eight Boeing 787 jets to replace its fleet.\n"
        "Opposition lawmakers walked out before the final vote.\n"
        "Brazil's oil firm reported its profit for the third quarter.\n"
    )
    faithful = [
        "The vote passed with 412 votes in favour.",  # votes: the forms of a word share a key
        "The first plane is due in 2027.",  # the same figure, other words around it
        "Opposition MPs walked out before the final vote.",  # MPs: a title, not a name
    ]
    altered = [
        "Qantas is purchasing eight new Boeing 787s.",  # the same figures, another subject
        "Brazil's oil firm reported its profit for the second quarter.",  # an ordinal
    ]
    doc = audit(body + "\nKey points:\n" + "\n".join(faithful + altered) + "\n")
    flagged = unsupported(doc)
    assert list(flagged) == altered
    assert (
        "says 'second' where the closest body sentence says 'third'" in flagged[altered[1]].message
    )


def test_a_share_in_words_on_the_wrong_side_of_half_is_unsupported() -> None:
    body = (
        "The operator will lower fares on 18 of its 40 regional lines from January.\n"
        "Of the routes affected, 55% are domestic, the company said.\n"
        "Most of the cuts, 30% and 20%, apply to the coastal and mountain lines.\n"
        "Voters backed the new timetable in large numbers on Sunday, and turnout reached 45%.\n"
    )
    altered = "More than half of the 40 regional lines will get lower fares."
    faithful = [
        "More than half of the routes affected are domestic.",  # 55%
        "Less than half of the 40 regional lines will get lower fares.",  # 45%
        "Most of the cuts apply to the coastal and mountain lines.",  # two figures: not told
        "Most of the voters backed the new timetable on Sunday.",  # 45% is no share of voters
    ]
    doc = audit(body + "\nKey points:\n" + "\n".join([altered, *faithful]) + "\n")
    flagged = unsupported(doc)
    assert list(flagged) == [altered]
    assert "says 'More than half' where the closest body sentence gives 45%" in (
        flagged[altered].message
    )


def test_a_name_is_no_movement_up_or_down() -> None:
    body = (
        "The city will raise the parking fee to 40 dollars.\n"
        "Many residents of Sioux Falls opposed the plan.\n"
    )
    doc = audit(body + "\nKey points:\n" + "The parking fee in Sioux Falls will be 40 dollars.\n")
    assert unsupported(doc) == {}


def test_an_irregular_past_form_meets_its_present() -> None:
    # "shrank" and "shrink" share no five letters; without its base form the point covers too
    # little of the sentence and is reported, though it says what the body says.
    body = (
        "Waiting lists at the Riverside hospital shrank by 4,000 patients in the year to June.\n"
        "Managers praised a new surgical hub in Ashford.\n"
    )
    faithful = "Hospital waiting lists shrink for the first time."
    altered = "Hospital waiting lists shrink by 6,000 patients."
    doc = audit(body + "\nKey points:\n" + faithful + "\n" + altered + "\n")
    assert list(unsupported(doc)) == [altered]


def test_a_consonant_doubled_before_ed_is_single_again() -> None:
    # "dropped" was "dropp" and "drops" "drop": in a title-case headline, "Drops" was then a
    # word the article never writes, so a name missing from it.
    body = (
        "Prosecutors in Sweden dropped their investigation into the bank on Tuesday.\n"
        "They said the evidence had weakened over the years.\n"
    )
    doc = audit("# Sweden Drops Its Investigation Into the Bank\n" + body)
    assert unsupported(doc) == {}


def test_a_title_case_headline_names_only_what_the_article_does_not_write_in_lower_case() -> None:
    body = (
        "Mayor Ana Ruiz opened the new bridge over the Douro in Porto on Monday.\n"
        "Rates of traffic have risen on the old bridge, the city said.\n"
    )
    # "Rising" and "Opens": words of the article, which it never capitalises, are no names.
    faithful = "# Traffic Is Rising as Mayor Ana Ruiz Opens New Bridge in Porto\n"
    assert unsupported(audit(faithful + body)) == {}
    # A word the article never writes may still be a swapped name.
    swapped = "# Mayor Ana Ruiz Opens New Bridge in Lisbon"
    assert list(unsupported(audit(swapped + "\n" + body))) == [swapped[2:]]


def test_a_currency_sign_of_letters_is_no_name() -> None:
    body = (
        "The city will give newly married couples 1 million won each from next year.\n"
        "Petrobras plans to invest 111 billion dollars by 2030, the company said.\n"
    )
    for headline in ("# City to give couples W1m each", "# Petrobras plans US$ 111 billion"):
        assert unsupported(audit(f"{headline}\n{body}")) == {}
    # A name glued to nothing is still a name.
    swapped = "# Vale plans US$ 111 billion"
    assert list(unsupported(audit(f"{swapped}\n{body}"))) == [swapped[2:]]


def test_a_question_asserts_nothing_and_is_not_checked() -> None:
    doc = audit(points("Why did Porto need a second bridge?", "Will the ferries come back?"))
    assert unsupported(doc) == {}
    # What a question takes for granted must match the article.
    swapped = "Why did engineers from Madrid design its steel arch?"
    assert list(unsupported(audit(points(swapped)))) == [swapped]
    headline = "# Mayor Ana Ruiz opens the new bridge in Porto"
    doc = audit(BODY.replace(headline, "# Why does Porto want a cable car?"))
    assert doc.claims[0].kind == "headline" and unsupported(doc) == {}
    # An explainer's headline asks without a question mark; an answer after a colon asserts.
    for asks in ("Explainer: What a cable car would mean for Porto", "How Porto chose a cable car"):
        doc = audit(BODY.replace(headline, f"# {asks}"))
        assert doc.claims[0].kind == "headline" and unsupported(doc) == {}
    answer = "What happened: farmers protested against new water rules"
    assert list(unsupported(audit(BODY.replace(headline, f"# {answer}")))) == [answer]


@pytest.mark.parametrize(
    ("headline", "body", "unrelated"),
    [
        (
            "日銀、政策金利を据え置き",
            "日本銀行は19日、金融政策決定会合で政策金利を0.5％に据え置くことを決めた。"
            "植田和男総裁は記者会見で「物価の先行きには不確実性が大きい」と述べた。\n\n"
            "市場では据え置きが広く予想されていた。",
            "トヨタ、新型電気自動車を発表",
        ),
        (
            "한국은행, 기준금리 동결",
            "한국은행은 20일 금융통화위원회를 열고 기준금리를 연 2.5%로 동결했다고 밝혔다. "
            "이창용 총재는 물가 상승 압력이 여전하다고 말했다.\n\n시장에서는 동결을 예상했다.",
            "삼성전자, 새 스마트폰 출시",
        ),
    ],
    ids=["japanese", "korean"],
)
def test_a_headline_in_a_script_without_spaced_words_is_checked_by_pairs(
    headline: str, body: str, unrelated: str
) -> None:
    # Words run together (Japanese) or carry particles (Korean: 기준금리를, 기준금리): keyed by
    # pairs of characters, the headline is found in the body, and another story's is not.
    pm = newsclaims.make_plugin_manager(entry_points=False)  # (the built-in headline too)
    doc = newsclaims.parse(f"{headline}\n\n{body}\n", plugin_manager=pm)
    assert doc.claims[0].kind == "headline" and unsupported(doc) == {}
    doc = newsclaims.parse(f"{unrelated}\n\n{body}\n", plugin_manager=pm)
    assert list(unsupported(doc)) == [unrelated]


def test_a_detail_moved_onto_another_subject_is_unsupported() -> None:
    body = (
        "The minister will sign a trade deal with Chile on copper exports on Monday.\n"
        "The deal covers ten years of shipments.\n"
        "Officials expect it to lower prices.\n"
        "The ministry has not published the full agenda.\n"
        "Critics say the trip is too short.\n"
        "She will then fly to Lima for talks on fishing rights.\n"
        "The fishing talks would be the first of their kind in Peru.\n"
        "A press conference is planned at the end of the trip.\n"
        "\nKey points:\n"
    )
    moved = "The copper deal with Chile would be the first of their kind in Peru."
    kept = "The minister will sign a trade deal with Chile on copper exports."
    doc = audit(body + moved + "\n" + kept + "\n")
    assert list(unsupported(doc)) == [moved]


# duplicate_claim -----------------------------------------------------------------------------


def test_a_restated_claim_is_a_duplicate_but_a_changed_number_is_not() -> None:
    doc = audit(
        "The council approved the new budget for the city on Monday evening.\n"
        "Prices rose 3% in May across the region.\n"
        "On Monday evening the council approved the new city budget.\n"
        "Prices rose 5% in May across the region.\n"
        "\nKey points:\n"
        "The council approved the new budget for the city on Monday evening.\n"
    )
    dups = [f for f in doc.findings if f.kind == "duplicate_claim"]
    assert [doc.claims[f.claim].text for f in dups if f.claim is not None] == [
        "On Monday evening the council approved the new city budget."
    ]
    (f,) = dups
    assert f.severity == "note" and f.evidence is not None
    assert f.evidence.slice(doc.text).startswith("The council approved the new budget")


def test_a_restatement_that_leaves_out_a_clause_is_a_duplicate() -> None:
    doc = audit(
        "The port of Santos will reopen its grain terminals on Friday after the strike, "
        "the ministry said.\n"
        "Traders expect soybean prices to fall.\n"
        "The port of Santos will reopen its grain terminals on Friday.\n"
        "The port of Santos will reopen on Friday.\n"
    )
    dups = [(f.claim, f.score) for f in doc.findings if f.kind == "duplicate_claim"]
    # (The last has four content words: too few to tell a restatement from a chance.)
    assert dups == [(2, 0.75)]


# artifact ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("The minister didnâ€™t comment.", "The minister didn’t comment at the café’s door."),
        ("Prices in SÃ£o Paulo rose.", "Prices in São Paulo and Zürich rose."),
        ("Salt &amp; pepper were on sale.", "AT&T and R&D budgets & more were on sale."),
        ("It ended.<br/>Then more.", "The score was 3 < 4 and 5 > 2 in the end."),
        (
            "Ishiba will meet our websiteese Prime Minister on Monday.",
            "Read our websites, the newspaperman and the blogger on this site's pages today.",
        ),
        # A closing quote whose last byte (0x9D, undefined in Windows-1252) was decoded as
        # U+FFFD, kept as U+009D, or dropped: the run alone is no UTF-8, but still mojibake.
        ("“We lost a week,â€\ufffd she said.", "The café—bar and the Pelé–Garrincha era ended."),
        ("“We lost a week,â€\x9d she said.", "The café—bar and the Pelé–Garrincha era ended."),
        ("He called it “fineâ€ today.", "Prices were €2.3 million, or £2 million, in Köln."),
    ],
)
def test_scraping_damage_is_an_artifact_and_clean_text_is_not(damaged: str, clean: str) -> None:
    doc = audit(damaged + "\n" + clean + "\n")
    flagged = found(doc, "artifact")
    assert len(flagged) == 1, flagged
    ((severity, text),) = flagged
    assert severity == "warning" and text in damaged


def test_text_cut_mid_sentence_is_an_artifact() -> None:
    cut = (
        "The committee met on Tuesday. Its chair said the budget would be reviewed and that "
        "the members of the"
    )
    doc = audit(
        "A heading without a full stop\n"
        + cut
        + "\n"
        + "The report was published on Monday. It runs to 40 pages.\n"
        + "This line is wrapped by the sender and so it carries on\n"
        + "on the next line, which starts in lower case.\n"
    )
    ((severity, text),) = found(doc, "artifact")
    assert text == "the" and severity == "warning"
    f = next(f for f in doc.findings if f.kind == "artifact")
    assert f.claim is not None and doc.claims[f.claim].text.endswith("members of the")


def test_a_numbered_subheading_is_not_cut_mid_sentence() -> None:
    # The number's full stop ends no sentence: six words under a number are a heading.
    doc = audit(
        "Five things we learned\n\nThe budget came on Tuesday.\n\n"
        "1. Energy bill relief is extended\n\nEvery household gets $300 off.\n\n"
        "It was agreed. The plan is what the members of the\n"
    )
    assert [t for _, t in found(doc, "artifact")] == ["the"]


# plugins: a new finding kind, a replacement support checker ----------------------------------


class ShoutingAuditor:
    """A third-party auditor with its own finding kind."""

    @hookimpl
    def newsclaims_register_auditors(self, register):  # type: ignore[no-untyped-def]
        def auditor(doc: Document) -> Iterable[Finding]:
            for i, c in enumerate(doc.claims):
                if "!" in c.text:
                    yield Finding(kind="exclamation", message="shouts", severity="note", claim=i)

        register("exclamation", auditor)


def test_a_third_party_auditor_adds_its_own_finding_kind() -> None:
    doc = audit("Prices rose! They fell.", ShoutingAuditor())
    (f,) = [f for f in doc.findings if f.kind == "exclamation"]
    assert f.plugin == "ShoutingAuditor" and doc.claims[f.claim or 0].text == "Prices rose!"


class Model:
    """A third-party support checker standing in for an entailment model."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[str, ...]]] = []

    @hookimpl
    def newsclaims_register_support_checkers(self, register):  # type: ignore[no-untyped-def]
        def checker(claim: str, candidates: Sequence[str]) -> Support:
            self.calls.append((claim, tuple(candidates)))
            last = len(candidates) - 1
            if "40 million" in claim:
                return Support(supported=False, score=0.1, evidence=last, reason="model: no")
            return Support(supported=True, score=0.9, evidence=0)

        register("entailment", checker)


def test_a_third_party_support_checker_replaces_the_default() -> None:
    model = Model()
    faithful = "The bridge cost 40 million euros."
    altered = "Engineers from Madrid designed its steel arch."
    doc = audit(points(faithful, altered), model)
    flagged = unsupported(doc)
    assert list(flagged) == [faithful]  # the model's verdicts, not the default's
    f = flagged[faithful]
    assert "model: no" in f.message and f.score == 0.1
    assert f.evidence is not None and f.evidence.slice(doc.text).startswith("The old ferry")
    claims = [c for c, _ in model.calls]
    assert claims == ["Mayor Ana Ruiz opens the new bridge in Porto", faithful, altered]
    assert model.calls[1][1][0] == "Mayor Ana Ruiz opened the new bridge in Porto on Tuesday."


class BrokenModel:
    @hookimpl
    def newsclaims_register_support_checkers(self, register):  # type: ignore[no-untyped-def]
        register("broken", lambda claim, candidates: Support(supported=True, score=1, evidence=99))


def test_an_invalid_support_verdict_names_the_checker() -> None:
    with pytest.raises(PluginError) as info:
        audit(points("The bridge cost 40 million euros."), BrokenModel())
    assert "support checker 'broken'" in str(info.value)
    assert "evidence 99" in str(info.value)


def test_check_support_outside_a_parse_uses_the_given_plugins() -> None:
    pm: pluggy.PluginManager = newsclaims.make_plugin_manager(entry_points=False)
    body = ["The mayor opened the bridge on Tuesday.", "It cost 40 million euros."]
    ok = newsclaims.check_support("The bridge cost 40 million euros.", body, plugin_manager=pm)
    assert (ok.supported, ok.evidence) == (True, 1)
    bad = newsclaims.check_support("The mayor opened the bridge on Friday.", body)
    assert (bad.supported, bad.evidence) == (False, 0) and "Friday" in (bad.reason or "")
    model_pm = newsclaims.make_plugin_manager(entry_points=False, plugins=[Model()])
    assert newsclaims.check_support("x", body, plugin_manager=model_pm).score == 0.9


def test_support_rejects_scores_outside_the_unit_interval() -> None:
    with pytest.raises(ValueError, match="score"):
        Support(supported=True, score=1.5)


# properties ----------------------------------------------------------------------------------


@settings(max_examples=60)
@given(
    body=st.lists(
        st.sampled_from(
            [
                "Mayor Ana Ruiz opened the bridge in Porto on Tuesday [1].",
                "The bridge cost 40 million euros.",
                "Engineers from Lisbon designed it [2].",
                "Critics call it a waste (opinion).",
                "Prices rose &amp; fell in SÃ£o Paulo.",
                "Read our websiteese news",
            ]
        ),
        max_size=6,
    ),
    key_points=st.lists(
        st.sampled_from(
            [
                "The bridge cost 60 million euros.",
                "Engineers from Madrid designed it.",
                "Mayor Ana Ruiz opened the bridge.",
                "",
            ]
        ),
        max_size=3,
    ),
    references=st.lists(st.sampled_from(["Bridge opens in Porto", "Weather"]), max_size=3),
)
def test_the_audit_is_deterministic_and_its_findings_point_inside_the_document(
    body: list[str], key_points: list[str], references: list[str]
) -> None:
    text = "\n".join(body) + "\n\nKey points:\n" + "\n".join(key_points)
    if references:
        text += "\n\nReferences:\n" + "\n".join(
            f"[{i}] {title}" for i, title in enumerate(references, 1)
        )
    doc = audit(text)
    assert audit(text).findings == doc.findings
    for f in doc.findings:
        assert f.severity in newsclaims.SEVERITIES and f.plugin.startswith("newsclaims.")
        assert f.claim is not None or f.span is not None or f.citation is not None
        if f.score is not None:
            assert 0 <= f.score <= 1
    assert newsclaims.Document.from_dict(doc.to_dict()) == doc


def _unsupported_points(points: Sequence[str], body: str) -> list[str]:
    text = "## Key takeaways\n\n" + "\n".join(f"- {p}" for p in points) + "\n\n" + body
    doc = newsclaims.parse(text)
    assert [c.kind for c in doc.claims[: len(points)]] == ["key_point"] * len(points)
    return [doc.claims[f.claim].text for f in doc.findings if f.kind == "unsupported_claim"]


def test_a_summary_point_framed_as_a_report_of_the_article_is_judged_without_the_frame() -> None:
    # "The article also notes that ..." restated a body sentence with words of its own: it
    # was reported as unsupported (the frame's words were half the point's).
    body = (
        "Apple agreed on Monday to pay $490 million to settle a shareholder lawsuit. The "
        "company did not admit wrongdoing as part of the settlement. A federal judge must still "
        "approve the agreement. Investors said Apple misled them about demand in China."
    )
    framed = [
        "The article also notes that Apple did not admit wrongdoing as part of the deal.",
        "According to the report, a federal judge must still approve the agreement.",
        "It is worth noting that the company did not admit wrongdoing in the settlement.",
        "Investors said Apple misled them about demand in China, the report says.",
        "The story highlights that a federal judge must still approve the deal.",
    ]
    assert _unsupported_points(framed, body) == []
    # The frame is no licence: what it frames must still be the body's.
    wrong = [
        "The article also notes that Samsung did not admit wrongdoing as part of the deal.",
        "According to the report, the company admitted wrongdoing and paid $590 million.",
    ]
    assert len(_unsupported_points(wrong, body)) == 2


def test_a_long_names_clipped_form_is_the_same_name() -> None:
    # "Fed" for "Federal Reserve" was a swapped name.
    body = (
        "The Federal Reserve held its benchmark interest rate steady on Wednesday. The "
        "Metropolitan Police said two men were arrested in Croydon on Tuesday."
    )
    points = [
        "The Fed held its benchmark rate steady on Wednesday.",
        "Met Police said two men were arrested in Croydon.",
    ]
    assert _unsupported_points(points, body) == []
    # Not a name that merely starts alike, nor another name.
    other = [
        "The Bank held its benchmark rate steady on Wednesday.",
        "Two men were arrested in Croydon, Kent Police said.",
    ]
    assert len(_unsupported_points(other, body)) == 2


def _uncited(text: str) -> list[str]:
    doc = newsclaims.parse(text)
    return [doc.claims[f.claim].text for f in doc.findings if f.kind == "uncited_claim"]


SOURCES = (
    "\n\nSources:\n[1] BBC News — Rates cut to 4.25% — https://www.bbc.co.uk/news/a\n"
    "[2] Reuters — BoE cuts rates — https://www.reuters.com/b\n"
    "[3] The Guardian — Inflation rises — https://www.theguardian.com/c\n"
)


def test_markers_after_a_paragraphs_last_sentence_cite_the_paragraph() -> None:
    # An answer that cites by paragraphs: its other sentences were reported as uncited.
    body = (
        "The Bank of England cut interest rates to 4.25% on Thursday. Five members of the "
        "committee voted for the cut. Governor Andrew Bailey said the path would be gradual. [1]"
        "\n\nInflation rose to 2.6% in March, and the bank expects it to peak at 3.5%. Officials "
        "warned that tariffs would weigh on growth.[2][3]\n\nSterling fell 0.4% to $1.33 after "
        "the decision."
    )
    assert _uncited(body + SOURCES) == ["Sterling fell 0.4% to $1.33 after the decision."]
    for marks in ("¹", "¹ ²"):
        sup = body.replace(" [1]", marks).replace("[2][3]", "³")
        refs = "\n\n¹ BBC News, 8 May 2025.\n² Reuters, 8 May 2025.\n³ The Guardian, 8 May 2025.\n"
        assert _uncited(sup + refs) == ["Sterling fell 0.4% to $1.33 after the decision."]
    # A text that cites by sentences, a marker inside a paragraph (or before its full stop),
    # leaves a sentence without one uncited.
    by_sentence = body.replace("on Thursday.", "on Thursday [2].")
    assert "Five members of the committee voted for the cut." in _uncited(by_sentence + SOURCES)
    before_stop = body.replace("be gradual. [1]", "be gradual [1].")
    assert "Five members of the committee voted for the cut." in _uncited(before_stop + SOURCES)


def test_texts_of_markers_alone_finish() -> None:
    # The check of paragraphs cited whole looped for ever on a marker that opens its line.
    for text in ["[1]", "[1] [2]", "¹", "A [1]\n[2]", "Rates rose. [1]\n\n[1] Reuters - Rates"]:
        newsclaims.parse(text)


def test_page_furniture_left_inside_paragraphs_is_an_artifact() -> None:
    text = (
        "Tesla reported a 9% drop in revenue on Tuesday [1]. Advertisement Net income fell 71% "
        "to $409 million [1].\n\nMusk said he would cut back his time at DOGE in May [2]. Read "
        "more: Tesla shares jump after hours\n\nThe company did not reaffirm its forecast [2]. "
        "Subscribe to our daily newsletter for the latest updates.\n\nADVERTISEMENT\n\n"
        "Shares rose 5% after hours [2].\n\nSources:\n[1] Reuters - Tesla profit slumps\n"
        "[2] CNBC - Musk to cut DOGE time\n"
    )
    doc = newsclaims.parse(text)
    got = [(f.kind, f.span.slice(doc.text)) for f in doc.findings if f.kind == "artifact"]
    assert got == [
        ("artifact", "Advertisement"),
        ("artifact", "Read more: Tesla shares jump after hours"),  # (not also a cut paragraph)
        ("artifact", "Subscribe to our daily newsletter for the latest updates."),
    ]
    assert "ADVERTISEMENT" not in doc.text  # (a line of its own: the page cleaner's)
    # Not the words in a sentence of the article's.
    clean = (
        "The watchdog said the advertisement was misleading [1]. Readers can subscribe to the "
        "newsletter for free, the paper said [1]. Read more about the ruling in our explainer "
        "[1].\n\nSources:\n[1] BBC - Advert banned\n"
    )
    assert [f for f in newsclaims.parse(clean).findings if f.kind == "artifact"] == []

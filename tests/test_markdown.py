"""The built-in Markdown heading cleaner (newsclaims.markdown)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import newsclaims
from newsclaims._text import rebuild_raw
from newsclaims.default_plugins import markdown
from newsclaims.default_plugins.markdown import markdown_removals

SUMMARY = """\
# Port strike ends after nine days

**Key points:**
1. Dock workers accepted a 9% raise over three years [1].
2. Ships queued off the coast for a week [2].

## What happened

The union voted on Sunday to accept the offer, its president said [1]. Trade groups had
warned of **severe** shortages before the holidays [2]. The vote was shared on social media
with the tag #PortStrike.

Sources
[1] Daily Ledger - Dock workers back deal
[2] Harbor Times - Shipping queues grow
"""


def removed(raw: str) -> list[tuple[str, str]]:
    return [(raw[r.span.start : r.span.end], r.reason) for r in markdown_removals(raw)]


def test_heading_marks_and_heading_emphasis_go_with_their_reasons() -> None:
    assert removed(SUMMARY) == [
        ("# ", "markdown heading mark"),
        ("**", "markdown emphasis of a heading"),
        ("**", "markdown emphasis of a heading"),
        ("## ", "markdown heading mark"),
        ("**", "markdown emphasis"),
        ("**", "markdown emphasis"),
    ]


def test_the_title_is_the_heading_without_its_mark() -> None:
    doc = newsclaims.parse(SUMMARY)
    assert doc.title == "Port strike ends after nine days"
    assert doc.claims[0].kind == "headline"
    assert not any(c.text.startswith(("#", "*")) for c in doc.claims)
    assert [c.kind for c in doc.claims if "raise" in c.text or "queued" in c.text] == [
        "key_point",
        "key_point",
    ]
    assert rebuild_raw(doc.text, doc.removals) == SUMMARY


def test_hashtags_bullets_and_stars_that_are_no_pair_stay() -> None:
    text = "#MeToo marches went on.\n* A bullet item\n"
    assert removed(text) == []
    assert removed("F**k, he wrote. ** Not a pair ** either.\n***\nA **\nsplit** pair\n") == []
    assert removed("The __init__ method, 2**10 and 5 ** 3.\n") == []


def test_emphasis_inside_a_line_goes_and_its_words_stay() -> None:
    text = "Prices rose **sharply** on Monday.\nThey fell **12%** [1]\n(**a**)\n"
    assert removed(text) == [("**", "markdown emphasis")] * 6
    doc = newsclaims.parse("Officials said the plan **would not** change, she said.\n")
    assert doc.claims[0].text == "Officials said the plan would not change, she said."
    assert rebuild_raw(doc.text, doc.removals) == (
        "Officials said the plan **would not** change, she said.\n"
    )


def test_bold_words_that_open_a_line_or_an_item_label_it_and_stay() -> None:
    text = '- **Exports:** fell **12%** [1]\n**Ann Lee**, a senator: "We will win."\n'
    assert [r.span.start for r in markdown_removals(text)] == [text.index("**12"), 25]
    doc = newsclaims.parse('- **Ann Lee**, a senator: "We will win" [1].\n')
    assert (doc.claims[0].kind, doc.claims[0].speaker) == ("quote", "Ann Lee")
    assert removed("**Note**: Figures are provisional.\n") == []
    assert removed('**Ann Lee** (D-Mass.): "We will win."\n') == []
    # A line that opens and ends with bold words is no line in bold: its pairs are its own.
    assert removed("**Ann Lee** and **Bo Park**\n") == [("**", "markdown emphasis")] * 4
    assert markdown_removals("**Ann Lee** and **Bo Park**")[2].span.start == 16


def test_bold_words_that_open_a_sentence_lose_their_marks() -> None:
    # Bold words that open a line and go on as its sentence label nothing: their marks go,
    # as inside a line, and the claims read as the words they are.
    for line, claim in (
        ("**Inflation rose to 3.2% in March**, the highest since 2023.", None),
        (
            "- **Apple** shares fell 3% after the results.",
            "Apple shares fell 3% after the results.",
        ),
        ("1. **Unemployment** rose to 5.2% in May.", "Unemployment rose to 5.2% in May."),
        ('**Ann Lee** said: "We will vote no."', None),
    ):
        doc = newsclaims.parse(f"# Rates\n\nPrices rose in May.\n\n{line}\n")
        texts = [c.text for c in doc.claims]
        assert (claim or line.replace("**", "")) in texts, texts
    # A bold sentence that opens a paragraph ends there: the next one is a claim of its own.
    doc = newsclaims.parse(
        "# Storm\n\n**The storm killed 40 people.** Officials said 200 homes fell.\n"
    )
    assert [c.text for c in doc.claims][1:] == [
        "The storm killed 40 people.",
        "Officials said 200 homes fell.",
    ]
    quote = newsclaims.parse('# Vote\n\n**Ann Lee** said: "We will vote no."\n').claims[1]
    assert (quote.kind, quote.speaker, quote.verb) == ("quote", "Ann Lee", "said")


def test_the_marks_of_a_link_in_the_prose_go_and_citing_links_stay() -> None:
    text = (
        "The ministry [said on Friday](https://gov.example/a) that exports fell 12% "
        "([Reuters](https://reuters.com/x)).\n"
        "- [Asia rice prices climb](https://news.example/rice) - Reuters\n"
        "![A ship](https://img.example/s.png) and [1](https://a.example) stay.\n"
    )
    sources = "\nSources\n[1] [Rice exports slide](https://bp.example/r) - Bangkok Post\n"
    assert removed(sources) == []
    opening = "- [Vietnam](https://vn.example/a) raised its rice price to $640 a tonne.\n"
    assert removed(opening) == [
        ("[", "markdown link mark"),
        ("](https://vn.example/a)", "markdown link mark"),
    ]
    assert removed(text) == [
        ("[", "markdown link mark"),
        ("](https://gov.example/a)", "markdown link mark"),
    ]
    doc = newsclaims.parse(text)
    assert doc.claims[0].text.startswith("The ministry said on Friday that exports fell 12% ([")
    # (An image is no citation either.)
    assert [(c.url, c.publisher) for c in doc.citations] == [("https://reuters.com/x", "Reuters")]


def test_the_links_of_a_sources_line_stay_and_are_its_entries() -> None:
    text = (
        "Fares will fall by a fifth, the ministry said.\n\n"
        "Sources: [Reuters](https://www.reuters.com/a), [BBC News](https://www.bbc.co.uk/b)\n"
    )
    assert markdown_removals(text) == []
    doc = newsclaims.parse(text)
    assert [(c.title, c.url) for c in doc.citations] == [
        ("Reuters", "https://www.reuters.com/a"),
        ("BBC News", "https://www.bbc.co.uk/b"),
    ]


def test_closing_hashes_and_underscores_and_a_colon_after_the_pair() -> None:
    assert removed("## Outlook ##\n") == [
        ("## ", "markdown heading mark"),
        (" ##", "markdown heading mark"),
    ]
    assert removed("__Highlights__:\n") == [
        ("__", "markdown emphasis of a heading"),
        ("__", "markdown emphasis of a heading"),
    ]
    assert removed("####### seven is no heading\n") == []


def test_a_marked_headline_on_a_page_is_kept_as_the_headline() -> None:
    paragraph = (
        "The regional council approved the new bus routes on Tuesday after a year of "
        "public hearings, and the first buses will run in March, officials said."
    )
    page = "\n".join(
        [
            "Home",
            "News",
            "Local",
            "# Council approves new bus routes",
            paragraph,
            paragraph.replace("Tuesday", "Wednesday"),
            "Share",
            "Facebook",
            "Twitter",
            "© 2025 Example Media. All rights reserved.",
        ]
    )
    doc = newsclaims.parse(page)
    assert doc.title == "Council approves new bus routes"
    assert doc.claims[0].kind == "headline"


@given(st.text(alphabet="#*_ \tab:\n", max_size=80))
def test_only_marks_and_the_space_after_a_heading_mark_go(raw: str) -> None:
    last = 0
    for r in markdown_removals(raw):
        assert r.span.start >= last  # in order, disjoint
        assert set(raw[r.span.start : r.span.end]) <= set("#*_ \t")
        assert "\n" not in raw[r.span.start : r.span.end]
        last = r.span.end


@example("a\n\t# a\n  **a**\n")
@example("\t\t__a__")
@given(st.text(alphabet="#*_ \tab:\r\n", max_size=120))
def test_the_lines_tried_give_what_a_scan_of_every_line_gives(raw: str) -> None:
    for marks, pattern in (
        (("#",), markdown._HEADING),
        (("**", "__"), markdown._EMPHASIS),
    ):
        found = [m.span() for m in markdown.line_matches(raw, marks, pattern)]
        assert found == [m.span() for m in pattern.finditer(raw)]


_PIECES = ["[", "]", "](https://a.example/x)", "**", "*", " ", "a", "b.", "\n", "(", ")", "!", "- "]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
@example("**[**[**")  # (an inline pair closed by the mark that closes the whole line)
def test_inline_removals_are_marks_in_order_and_rebuild_the_text(raw: str) -> None:
    last = 0
    for r in markdown_removals(raw):
        cut = raw[r.span.start : r.span.end]
        assert r.span.start >= last  # in order, disjoint
        if r.reason == "markdown emphasis":
            assert cut == "**"
        elif r.reason == "markdown link mark":
            assert cut == "[" or (cut.startswith("](") and cut.endswith(")"))
        assert "\n" not in cut
        last = r.span.end
    doc = newsclaims.parse(raw)
    assert rebuild_raw(doc.text, doc.removals) == raw


def test_lines_that_end_with_their_sources_after_the_full_stop_are_prose() -> None:
    # AI answers cite after the sentence's full stop, by links or domains: such a line ends a
    # sentence, and the page cleaner keeps it (it went as a "link list" with the heading after).
    answer = (
        "## What happened\n\n"
        "- **Transit limits:** The canal authority cut daily transits to **24 ships** from 36 "
        "after the lake fell to its lowest level since records began. "
        "([Reuters](https://reuters.example/a))\n"
        "- **Costs:** Some shippers paid up to **$4 million** in auction fees to jump the "
        "queue, according to [Bloomberg](https://bloomberg.example/b).\n"
        "- **Outlook:** The authority said rainfall in the watershed was 41% below normal in "
        "October. ([apnews.com](https://apnews.example/c))\n\n"
        "## Why it matters\n\n"
        "About 5% of world maritime trade passes through the canal, and the "
        "[farm ministry](https://farm.example/) has warned that grain exporters are shifting "
        "to other routes.\n\n"
        '"We are managing the water we have, not the water we wish we had," the canal\'s '
        "administrator told reporters.\n"
    )
    doc = newsclaims.parse(answer)
    assert {r.reason for r in doc.removals} == {
        "markdown heading mark",
        "markdown emphasis",
        "markdown link mark",
    }
    # (Each item's bold label stays in the text and out of its claim: see test_claims.)
    assert [c.text[:16] for c in doc.claims[:3]] == [
        "The canal author",
        "Some shippers pa",
        "The authority sa",
    ]


def test_a_subheadings_list_of_bold_labels_and_values_is_the_answers() -> None:
    # An AI answer's facts box: a Markdown subheading over items that are a bold label and a
    # short value. The page cleaner took it for a box of links and removed it whole.
    answers = [
        "The Bank of Japan ended negative rates on Tuesday [1].\n\n### Key details\n\n"
        "- **Vote:** 7-2\n- **New rate:** 0 to 0.1 percent\n"
        "- **Previous rate:** minus 0.1 percent [1]\n\nThe yen fell past 150 per dollar [1].\n",
        "Judge Yvonne Gonzalez Rogers ruled on Monday that Apple violated the injunction.\n\n"
        "**Who is involved**\n\n* **Plaintiff:** Epic Games\n* **Defendant:** Apple Inc\n"
        "* **Court**: Northern District of California\n\n"
        "Apple said it would appeal the ruling to the Ninth Circuit.\n",
        "Le Conseil constitutionnel a validé la réforme vendredi.\n\n## En bref\n\n"
        "- **Vote :** 5 voix contre 4\n- **Entrée en vigueur :** 1er septembre\n\n"
        "Les syndicats appellent à une nouvelle journée de grève.\n",
    ]
    for answer in answers:
        doc = newsclaims.parse(answer)
        assert not [r for r in doc.removals if not r.reason.startswith("markdown")], answer
        items = [line for line in answer.splitlines() if line[:2] in ("- ", "* ")]
        for item in items:
            assert item[2:] in doc.text, item

"""The Asia News Network plugin: credits, captions, notes, footers, source, entry point."""

from __future__ import annotations

import ast
from importlib import metadata
from pathlib import Path

import newsclaims_ann
import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsclaims_ann import ann_removals, clean_ann, source_of

import newsclaims
from newsclaims import Document
from newsclaims.testing import article_texts, manager_with, run_cleaner, texts

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent / "src" / "newsclaims_ann"
SAMPLE = HERE.parent.parent.parent / "examples" / "scraped_ann_gsomia.txt"


def parse(raw: str, **kwargs: str) -> Document:
    return newsclaims.parse(raw, plugin_manager=manager_with(newsclaims_ann), **kwargs)


def cut(raw: str) -> list[tuple[str, str]]:
    """What the plugin removes from ``raw``, as (reason, removed text), in order."""
    found = sorted(ann_removals(raw), key=lambda r: r.span.start)
    return [(r.reason, r.span.slice(raw)) for r in found]


# Each mark --------------------------------------------------------------------------------


def test_dateline_credit_goes_and_the_dateline_stays() -> None:
    raw = "MANILA (Philippine Daily Inquirer/ANN) - The Senate approved the bill on Monday."
    assert cut(raw) == [("dateline credit", " (Philippine Daily Inquirer/ANN)")]
    doc = parse(raw)
    assert doc.text == "MANILA - The Senate approved the bill on Monday."


def test_network_only_dateline() -> None:
    assert cut("SEOUL (ANN) - Exports rose.") == [("dateline credit", " (ANN)")]


def test_dateline_with_a_date_and_a_colon_keeps_no_space_before_the_colon() -> None:
    raw = "KUALA LUMPUR, Nov 3 (The Star/ANN): Gig workers will be covered from January."
    assert parse(raw).text == "KUALA LUMPUR, Nov 3: Gig workers will be covered from January."


def test_trailing_credit_after_the_last_sentence_keeps_the_sentence() -> None:
    raw = "The talks will resume next week. - THE JAPAN NEWS/ANN"
    assert cut(raw) == [("wire credit", " - THE JAPAN NEWS/ANN")]
    for credit in (" -- The Jakarta Post/ANN", " (The Jakarta Post/ANN)"):
        raw = f"The talks will resume next week.{credit}"
        assert cut(raw) == [("wire credit", credit)]
        assert source_of(raw) == "The Jakarta Post (Asia News Network)"


def test_a_caption_credited_before_the_storys_last_credit_goes_whole() -> None:
    # The story ends with the last credit: a short sentence credited before it is a caption.
    caption = "Students in a classroom in Jayapura, Papua, on Feb 20. - The Jakarta Post/ANN"
    last = "Lawmakers welcomed the plan. - The Jakarta Post/ANN"
    raw = f"The ministry will build 500 schools.\n{caption}\nThe plan costs Rp 9 trillion.\n{last}"
    assert cut(raw) == [
        ("caption with agency credit", caption + "\n"),
        ("wire credit", " - The Jakarta Post/ANN"),
    ]
    # A paragraph of two sentences before it keeps its text; so does any text in a text that
    # is not ANN's (no captions there).
    two = "Lawmakers met. They welcomed it. - The Jakarta Post/ANN"
    assert cut(f"{two}\n{last}")[0] == ("wire credit", " - The Jakarta Post/ANN")
    found = ann_removals(f"{caption}\n{last}", captions=False)
    assert [r.reason for r in found] == ["wire credit", "wire credit"]


def test_a_caption_credited_to_a_photographer_goes_whole() -> None:
    caption = "Workers at a smelter in Morowali, Central Sulawesi, on Jan. 12. (JP/Ayu Lestari)"
    raw = f"Nickel prices fell again.\n{caption}\nThe association asked for a royalty cut."
    assert cut(raw) == [("caption with agency credit", caption + "\n")]
    # The photographer's name before the slash, and a paper of several words on either side.
    for credit in ("(Im Se-jun/The Korea Herald)", "(Kathmandu Post/Bikash Rai)"):
        caption = f"Officials at the city hall in Seoul on Thursday. {credit}"
        raw = f"Nickel prices fell again.\n{caption}\nThe association asked for a royalty cut."
        assert cut(raw) == [("caption with agency credit", caption + "\n")]
    # An agency's credit on a paragraph, or an agency with another, keeps the paragraph.
    for credit in ("(Yonhap)", "(AFP/Reuters)"):
        para = f"Exports rose for a third month, the ministry said. {credit}"
        assert cut(f"{para}\nImports fell.") == [("wire credit", f" {credit}")]


def test_dateline_credit_naming_the_network_first() -> None:
    raw = "SEOUL (ANN/The Korea Herald) - Exports rose."
    assert cut(raw) == [("dateline credit", " (ANN/The Korea Herald)")]
    assert source_of(raw) == "The Korea Herald (Asia News Network)"


@pytest.mark.parametrize(
    "line",
    [
        "THE STAR/ASIA NEWS NETWORK",
        "- The Korea Herald/ANN",
        "— VIETNAM NEWS/ANN",
        "(The Jakarta Post/ANN)",
        "-- Dawn/Asia News Network",
    ],
)
def test_credit_on_a_line_of_its_own_goes_whole(line: str) -> None:
    raw = f"The talks will resume next week.\n\n{line}\n"
    assert cut(raw) == [("wire credit", f"{line}\n")]


@pytest.mark.parametrize(
    "caption",
    [
        "Marines march in Manila on November 3, 2023. - AFP/VNA Photo",
        "Delegates attend the opening session in Hanoi. (Photo: VNA)",
        "Leaders meet in Hanoi on Monday. — VNA/VNS Photo Văn Điệp",
        "A worker assembles a car at a plant in Hefei. [Photo/Xinhua]",
        "Visitors at the expo in Shanghai. [Photo by Zhang Wei/China Daily]",
        "A bus at a stop in Karachi. — Photo courtesy Sindh Mass Transit Authority",
        "Trekkers rest at a teahouse on the Annapurna circuit. Post File Photo",
        "The two ministers at the talks in Hanoi. VNA/VNS Photo",
    ],
)
def test_photo_captions_go_whole(caption: str) -> None:
    raw = f"The talks went well.\n{caption}\nThe leaders will meet again."
    assert cut(raw) == [("caption with agency credit", caption + "\n")]


def test_credits_and_captions_at_the_end_of_crlf_lines() -> None:
    raw = (
        "SEOUL (The Korea Herald/ANN) - Exports rose.\r\n"
        "Delegates attend the opening session in Hanoi. (Photo: VNA)\r\n"
        "Workers inspect wafers on Sept. 30. (Yonhap)\r\n"
        "The talks will resume next week. - THE KOREA HERALD/ANN\r\n"
    )
    assert [reason for reason, _ in cut(raw)] == [
        "dateline credit",
        "caption with agency credit",
        "wire credit",
        "wire credit",
    ]
    # (newsclaims.linebreaks removes the carriage returns.)
    assert parse(raw).text == (
        "SEOUL - Exports rose.\nWorkers inspect wafers on Sept. 30.\n"
        "The talks will resume next week.\n"
    )


def test_photo_credit_in_a_long_paragraph_goes_alone() -> None:
    paragraph = " ".join(["The ministers said the talks had gone well."] * 10)
    raw = f"{paragraph} (Photo: VNA)"
    assert cut(raw) == [("photo credit", " (Photo: VNA)")]


def test_an_agencys_credit_in_brackets_after_a_sentence_goes_alone() -> None:
    raw = "Workers inspect wafers at a plant in Pyeongtaek on Sept. 30. (Yonhap)\n(Bernama)\n"
    assert cut(raw) == [("wire credit", " (Yonhap)"), ("wire credit", "(Bernama)\n")]
    for kept in ("The plan (as drafted) is final.", "It rose 3 percent (Table 2).", "Hi. (pause)"):
        assert cut(kept) == []
    assert clean_ann(Document(raw=raw, text=raw)) == []  # not an ANN text


def test_republication_notes_terminators_and_footers() -> None:
    lead = "The ministers said on Monday that the talks had gone well and would resume in May."
    raw = (
        f"{lead}\n"
        "This article first appeared in The Korea Herald.\n"
        "-- ENDS --\n"
        "Copyright (c) 2024 Asia News Network. All rights reserved.\n"
    )
    assert [reason for reason, _ in cut(raw)] == [
        "republication note",
        "terminator",
        "republisher footer",
    ]
    assert parse(raw).text == f"{lead}\n"


def test_a_republication_note_after_the_writers_note_goes_alone() -> None:
    # An opinion piece ends with the writer's note and the republication note on one line:
    # the note goes, the writer's note stays, and the note names the source.
    lead = "Cash alone has not lifted the birth rate, and surveys keep telling the same story."
    bio = "The writer is an editorial writer for The Korea Herald."
    raw = f"{lead}\n{bio} This article first appeared in The Korea Herald.\n"
    assert cut(raw) == [("republication note", " This article first appeared in The Korea Herald.")]
    doc = parse(raw)
    assert doc.text == f"{lead}\n{bio}\n"
    assert doc.source == "The Korea Herald (Asia News Network)"
    # A sentence that goes on after the paper's name is no note.
    said = f"{bio} The story first ran in The Korea Herald and was quoted widely abroad."
    assert cut(said) == []


def test_ordinary_text_is_left_alone() -> None:
    raw = (
        "The Star reported that the Japan News agency was not involved.\n"
        "Asia News Network members met in Bangkok on Monday to discuss the future of news.\n"
        "The photo shows the minister arriving at the summit.\n"
        "The minister thanked her deputy. Ann\n"
        "The exhibition shows close-up photos.\n"
        "The minister smiled. He Took A photo of the crowd.\n"
        "It was the year's best. See the photo\n"
    )
    assert cut(raw) == []
    assert clean_ann(Document(raw=raw, text=raw)) == []


def test_captions_stay_in_texts_that_are_not_anns() -> None:
    raw = "The talks went well.\nDelegates attend the opening session. (Photo: VNA)\n"
    assert clean_ann(Document(raw=raw, text=raw)) == []
    assert clean_ann(Document(raw=raw, text=raw, source="Vietnam News")) != []


# Source -------------------------------------------------------------------------------------


def test_source_from_credits() -> None:
    assert source_of("Talks ended. - THE JAPAN NEWS/ANN") == "The Japan News (Asia News Network)"
    assert source_of("MANILA (Inquirer/ANN) - Hi.") == (
        "Philippine Daily Inquirer (Asia News Network)"
    )
    assert source_of("Ends.\nTHE STAR/ASIA NEWS NETWORK") == "The Star (Asia News Network)"
    assert source_of("SEOUL (ANN) - Exports rose.") == "Asia News Network"


def test_source_names_the_paper_of_a_later_credit_over_a_masthead() -> None:
    raw = "Asia News Network\nHome\nBANGKOK (The Nation/ANN) - The cabinet met on Tuesday.\n"
    assert source_of(raw) == "The Nation (Asia News Network)"
    assert source_of("Asia News Network\nThe cabinet met on Tuesday.\n") == "Asia News Network"
    # Under the masthead, a republication note names the paper.
    note = "Asia News Network\nThe cabinet met.\nThis article was first published in Kuensel.\n"
    assert source_of(note) == "Kuensel (Asia News Network)"


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        (
            "By: Tri Indah Oktavianti - The Jakarta Post/Asia News Network | November 03, 2026",
            "The Jakarta Post (Asia News Network)",
        ),
        ("By Kim Arin, The Korea Herald/ANN", "The Korea Herald (Asia News Network)"),
        ("by Tashi Dema — Kuensel/ANN  Nov 3, 2026", "Kuensel (Asia News Network)"),
    ],
)
def test_source_from_a_republishers_byline(byline: str, source: str) -> None:
    # A republisher (Inquirer.net, say) credits the member paper over the network in its
    # byline, a date after it: no credit ends the line, and no paper was named.
    raw = f"INQUIRER.net\nNews\nFloods hit the capital\n{byline}\nJAKARTA — Floods hit.\n"
    assert source_of(raw) == source
    assert source_of("By John Ann, staff writer\nFloods hit.\n") is None


def test_source_from_a_republication_note() -> None:
    raw = "Floods hit the capital.\nThis article was first published in The Jakarta Post.\n"
    assert source_of(raw) == "The Jakarta Post (Asia News Network)"
    assert source_of("Floods hit the capital.\nSource: Asia News Network\n") == "Asia News Network"


def test_source_from_url() -> None:
    assert source_of("Text.", "https://www.thejakartapost.com/news/x.html") == "The Jakarta Post"
    assert source_of("Text.", "https://asianews.network/some-story/") == "Asia News Network"
    assert source_of("Text.", "https://example.com/x") is None
    assert source_of("Text.") is None


def test_parse_sets_the_source_unless_given() -> None:
    raw = "Talks ended. - THE KOREA HERALD/ANN"
    assert parse(raw).source == "The Korea Herald (Asia News Network)"
    assert parse(raw, source="Mine").source == "Mine"


# The scraped sample, with the built-in cleaner ----------------------------------------------


def test_sample_with_the_generic_cleaner() -> None:
    raw = SAMPLE.read_text(encoding="utf-8")
    doc = parse(raw)
    assert doc.source == "The Japan News (Asia News Network)"
    assert (
        doc.title == "Japan and the Philippines might finalize a military information-sharing pact"
    )
    by_reason = {r.reason: r for r in doc.removals if r.plugin == "ann"}
    assert by_reason["wire credit"].text == " - THE JAPAN NEWS/ANN"
    assert by_reason["caption with agency credit"].text.startswith("Philippine marines march")
    assert "throughout this process." in doc.body
    for junk in ("THE JAPAN NEWS/ANN", "AFP/VNA Photo", "Skip to content", "Breaking News"):
        assert junk not in doc.text
    assert "[1] Japan to provide radars" in doc.text


def test_a_credit_line_over_a_link_list_goes_as_the_credit_it_is() -> None:
    # The credit on a line of its own right after the article, and a box of links under it:
    # the generic cleaner gives the credit line a reason of its own, so the plugin's reason
    # is the one the line goes for (the link list's covered it).
    paragraphs = "\n".join(
        f"The river rose above the danger level at {n} points on Sunday, the flood centre said."
        for n in ("eleven", "nine", "six")
    )
    raw = (
        "Home\nNews\nBusiness\nSport\n"
        "Floods strand half a million people in the north-east\n"
        f"{paragraphs}\nThe Daily Star/ANN\nRelated\n"
        "Camp fire leaves 2,000 homeless\nMetro rail extends its hours\n"
    )
    gone = {r.text.strip(): (r.plugin, r.reason) for r in parse(raw).removals}
    assert gone["The Daily Star/ANN"] == ("ann", "wire credit")
    assert gone["Related\nCamp fire leaves 2,000 homeless\nMetro rail extends its hours"] == (
        "newsclaims.cleaning",
        "link list",
    )


# Properties ---------------------------------------------------------------------------------


@given(
    st.one_of(texts(), article_texts()), st.sampled_from(["", "\n- THE STAR/ANN", " (Photo: AP)"])
)
def test_cleaning_is_lossless_and_deterministic(body: str, tail: str) -> None:
    raw = body + tail
    doc = run_cleaner(clean_ann, raw)
    rebuilt = []
    pos = 0
    for r in doc.removals:
        rebuilt.append(raw[pos : r.span.start])
        rebuilt.append(r.text)
        pos = r.span.end
    rebuilt.append(raw[pos:])
    assert "".join(rebuilt) == raw
    assert run_cleaner(clean_ann, raw) == doc


# Packaging ------------------------------------------------------------------------------------


def test_found_through_its_entry_point() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="newsclaims")}
    assert eps["ann"].value == "newsclaims_ann"
    assert eps["ann"].dist is not None and eps["ann"].dist.name == "newsclaims-ann"
    assert eps["ann"].load() is newsclaims_ann
    pm = newsclaims.make_plugin_manager()
    assert pm.get_plugin("ann") is newsclaims_ann


def test_imports_only_public_names_of_newsclaims() -> None:
    public = set(newsclaims.__all__)
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("newsclaims"):
                if node.module == "newsclaims":
                    assert {a.name for a in node.names} <= public, path
                else:
                    assert (node.module or "").startswith("newsclaims_ann"), path
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert not alias.name.startswith("newsclaims."), path


@pytest.mark.parametrize(
    "note",
    [
        "This article first appeared in The Korea Herald.",
        "This article was first published in The Jakarta Post on June 8, 2024.",
        "This story first appeared in The Star, a member of the Asia News Network.",
        "This article was first published in The Straits Times, June 8, 2024.",
        "Source: The Jakarta Post/ANN",
        "Source: Asia News Network",
        "The article was originally published in Dawn (Pakistan).",
    ],
)
def test_a_republication_note_on_its_own_line_goes(note: str) -> None:
    lead = "The ministers said on Monday that the talks had gone well and would resume in May."
    assert cut(f"{lead}\n{note}\n") == [("republication note", f"{note}\n")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The story first appeared in the Inquirer, a student paper, in 1998.",
        "The story first ran in The Korea Herald and was quoted widely abroad.",
        "The report was first published in The Nation magazine.",
        "The story ran in The Star and other papers.",
    ],
)
def test_a_sentence_that_opens_as_a_note_and_goes_on_stays(sentence: str) -> None:
    # A paragraph of the article that tells where a story first ran went whole as a
    # republication note, and made the text a member paper's.
    lead = "The ministers said on Monday that the talks had gone well and would resume in May."
    raw = f"{lead}\n{sentence}\n"
    assert cut(raw) == []
    assert source_of(raw) is None


@pytest.mark.parametrize(
    ("note", "source"),
    [
        (
            "This article first appeared in The Korea Herald. Reprinted with permission.",
            "The Korea Herald",
        ),
        ("This article first appeared in The Jakarta Post's print edition.", "The Jakarta Post"),
        (
            "This article was first published in The Straits Times and is reproduced with "
            "permission.",
            "The Straits Times",
        ),
        ("This article was first published in The Daily Star, Bangladesh.", "The Daily Star"),
        ("Source: The Star (Malaysia)/ANN", "The Star"),
        ("Source: The Jakarta Post, Asia News Network", "The Jakarta Post"),
    ],
)
def test_a_note_with_its_closing_words_goes_and_names_the_paper(note: str, source: str) -> None:
    # A note's permission, the paper's edition or place, or the network after a comma, was
    # read as a sentence going on: the note stayed (or named the network alone).
    lead = "The ministers said on Monday that the talks had gone well and would resume in May."
    raw = f"{lead}\n{note}\n"
    assert cut(raw) == [("republication note", f"{note}\n")]
    assert source_of(raw) == f"{source} (Asia News Network)"


@pytest.mark.parametrize(
    "sentence",
    [
        "The report was first published in The Star on Monday and sparked outrage.",
        "The article was first published in The Jakarta Post, 10 days before the election.",
    ],
)
def test_a_sentence_that_goes_on_after_a_date_or_a_comma_stays(sentence: str) -> None:
    lead = "The ministers said on Monday that the talks had gone well and would resume in May."
    raw = f"{lead}\n{sentence}\n"
    assert cut(raw) == []
    assert source_of(raw) is None

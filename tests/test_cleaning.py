"""The built-in page cleaner (newsclaims.cleaning) and headline sectioner (newsclaims.headline)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsclaims
from newsclaims import Document
from newsclaims._text import rebuild_raw
from newsclaims.default_plugins.cleaning import clean_page, page_removals
from newsclaims.testing import article_texts, manager_with, run_cleaner, texts

PROSE = (
    "The city council approved the new budget on Monday after a long debate about the cost "
    "of public transport and the repair of the old bridge over the river.",
    "Officials said that the money would be spent over the next three years, and that the "
    "first contracts could be signed before the end of the summer.",
    "Opposition members argued that the plan was too expensive for a city of its size and "
    "that it did not do enough for the people who live in the northern districts.",
    "The mayor said in a statement that the vote was a good day for the city and that she "
    "was grateful to all the members who had worked on the proposal.",
)
MENU = ("Home", "News", "Sport", "Business", "Culture", "Weather", "Contact us")
RELATED = (
    "Council to vote on bridge repairs next month",
    "Five things to know about the new bus lanes",
    "Mayor opens new library in the north of the city",
)
FOOTER = ("About us", "Privacy policy", "Subscribe to our newsletter", "© 2024 The Daily Town")


def page(*blocks: tuple[str, ...] | str) -> str:
    lines: list[str] = []
    for block in blocks:
        lines.extend([block] if isinstance(block, str) else block)
    return "\n\n".join(lines) + "\n"


def clean(raw: str) -> Document:
    return newsclaims.parse(raw, plugin_manager=manager_with())


def removed_lines(doc: Document) -> dict[str, str]:
    """Each removed non-blank line, with the reason it went."""
    return {
        line.strip(): r.reason for r in doc.removals for line in r.text.splitlines() if line.strip()
    }


# The scraped sample -------------------------------------------------------------------------


def test_sample_body_keeps_every_article_sentence(scraped: str) -> None:
    doc = clean(scraped)
    lines = [line.strip() for line in scraped.splitlines() if line.strip()]
    first = next(i for i, line in enumerate(lines) if line.startswith("Tokyo - "))
    last = next(i for i, line in enumerate(lines) if line.endswith("/ANN"))
    article = [*lines[first:last], lines[last].rsplit(" - ", 1)[0]]
    assert len(article) == 12
    for paragraph in article:
        assert paragraph in doc.body


def test_sample_drops_navigation_teaser_credit_caption_and_lists(scraped: str) -> None:
    doc = clean(scraped)
    gone = removed_lines(doc)
    assert gone["Skip to content"] == "navigation"
    assert next(v for k, v in gone.items() if k.startswith("Breaking News:")) == "teaser"
    assert next(v for k, v in gone.items() if k.endswith("AFP/VNA Photo")) == (
        "caption with agency credit"
    )
    assert gone["Read also:"] in ("navigation", "link list", "teaser")
    assert gone["Latest"] in ("navigation", "link list", "teaser")
    assert "THE JAPAN NEWS/ANN" not in doc.text
    for junk in ("Skip to content", "Breaking News", "AFP/VNA Photo", "Read also", "Latest"):
        assert junk not in doc.text


def test_sample_headline_is_a_section_and_its_copy_goes(scraped: str) -> None:
    doc = clean(scraped)
    headline = "Japan and the Philippines might finalize a military information-sharing pact"
    assert scraped.count(headline) == 2
    assert doc.text.count(headline) == 1
    assert doc.title == headline
    assert doc.sections[0].kind == "headline"
    assert headline not in doc.body
    assert "duplicated headline" in {r.reason for r in doc.removals}


def test_sample_keeps_reference_list_and_key_points(scraped: str) -> None:
    doc = clean(scraped)
    references = next(line for line in scraped.splitlines() if line.startswith("[1] "))
    assert references in doc.text
    points = [line.strip() for line in scraped.splitlines() if regex.match(r"\s*\d\. ", line)]
    assert len(points) == 5
    for point in points:
        assert point in doc.text


def test_plain_article_loses_nothing(ai_summary: str) -> None:
    assert clean(ai_summary).removals == ()
    assert clean(page(PROSE)).removals == ()


# Small invented pages -----------------------------------------------------------------------


def test_english_page_keeps_the_article_and_drops_the_furniture() -> None:
    headline = "Council approves budget for bridge and buses"
    raw = page(f"{headline} - The Daily Town", MENU, headline, PROSE, "Related", RELATED, FOOTER)
    doc = clean(raw)
    assert doc.body == "\n\n".join(PROSE)
    assert doc.title == headline
    gone = removed_lines(doc)
    assert gone["Home"] == "navigation"
    assert gone[RELATED[0]] == "link list"
    assert gone[f"{headline} - The Daily Town"] == "duplicated headline"
    assert gone["© 2024 The Daily Town"] == "copyright footer"
    assert gone["Subscribe to our newsletter"] == "cookie/subscription line"


def test_footer_and_notice_lines_in_capitals_go_for_what_they_are() -> None:
    footer = ("ABOUT US", "SUBSCRIBE NOW", "COPYRIGHT 2024 THE DAILY TOWN. ALL RIGHTS RESERVED.")
    gone = removed_lines(clean(page(MENU, PROSE, footer)))
    assert gone["SUBSCRIBE NOW"] == "cookie/subscription line"
    assert gone[footer[2]] == "copyright footer"
    assert "ABOUT US" in gone


def test_paragraphs_about_subscribers_or_privacy_stay_but_calls_to_subscribe_go() -> None:
    about = (
        "The company continued to sign up additional subscribers throughout the week, she said.",
        "Privacy is not a thing that can be added at the end, the chief executive said in an "
        "interview with the paper.",
    )
    calls = (
        "Need more news? Subscribe to the weekly edition for the latest stories from the region.",
        "You can sign up for the morning briefing at any time on the website of the paper.",
    )
    doc = clean(page(MENU, PROSE[:2], about, calls, PROSE[2:], FOOTER))
    gone = removed_lines(doc)
    assert all(line in doc.body for line in about)
    assert all(gone[line] == "cookie/subscription line" for line in calls)


@pytest.mark.parametrize(
    "notice",
    [
        "This article is for subscribers only. Get unlimited access to quality journalism for "
        "just £1 a week.",
        "The full story is available to premium members, who also get the print edition.",
    ],
)
def test_a_paywalls_notice_of_whom_the_article_is_for_goes(notice: str) -> None:
    # A page cut off mid-article says whom the rest is for, without speaking to the reader: a
    # paragraph by its length, it stayed as the article's last.
    cut = "The bank said pre-tax profit fell 38 percent to 412 million pounds, hurt by a"
    doc = clean(page(MENU, "Lender cuts jobs", PROSE[:2], cut, notice, "Most read", RELATED))
    assert removed_lines(doc)[notice] == "cookie/subscription line"
    assert doc.body == "\n\n".join((*PROSE[:2], cut))


PAYWALLED = """\
Entrar
Assine
Economia
Banco central eleva juros para 12,25% ao ano
Por Carla Mendes
O Banco Central elevou nesta quarta-feira a taxa básica de juros em 0,5 ponto percentual, \
para 12,25% ao ano, em decisão unânime do Comitê de Política Monetária.
Foi a terceira alta seguida. O comitê disse que a inflação de serviços continua acima do \
esperado e que novas altas não estão descartadas.
{notice}
Mais lidas
Dólar fecha em queda
© 2026 Jornal do Comércio
"""


@pytest.mark.parametrize(
    "notice",
    [
        "Este conteúdo é exclusivo para assinantes. Tenha acesso ilimitado por R$ 1,90 no "
        "primeiro mês e leia quando quiser.",
        "Este contenido es exclusivo para suscriptores del diario desde el primer día del mes y "
        "hasta el final del año.",
    ],
)
def test_a_paywalls_notice_in_portuguese_or_spanish_goes(notice: str) -> None:
    doc = clean(PAYWALLED.format(notice=notice))
    assert removed_lines(doc)[notice] == "cookie/subscription line"
    assert doc.body.endswith("não estão descartadas.")


def test_a_paragraph_that_opens_with_subscribers_is_no_call_to_subscribe() -> None:
    about = (
        "Subscribers complained about the price rise on social media, and some of them said "
        "that they would cancel their accounts before the end of the month."
    )
    doc = clean(page(MENU, "Streaming service raises prices", PROSE[:2], about, PROSE[2:], RELATED))
    assert doc.body == "\n\n".join((*PROSE[:2], about, *PROSE[2:]))


def test_a_call_to_subscribe_run_into_a_paragraph_goes_alone() -> None:
    # The page's call run into the end of an article paragraph: the paragraph stays.
    said = (
        "The finance minister told reporters on Tuesday that the economy was firmly on the "
        "path of recovery."
    )
    call = "Click here to subscribe to our newsletter."
    pitch = "Get industry news and insights from the region's most trusted source. " + call
    for blocks in [(MENU, PROSE[:2], f"{said} {call}", PROSE[2:], FOOTER)]:
        doc = clean(page(*blocks))
        gone = [r for r in doc.removals if r.reason == "cookie/subscription line"]
        assert said in doc.body
        assert call not in doc.text
        assert " " + call in [r.text for r in gone]
    # A pitch between lines that go is the page's, whole.
    doc = clean(page(MENU, PROSE, "Subscribe", pitch, "Subscribe to the Daily Town", FOOTER))
    assert removed_lines(doc)[pitch] == "cookie/subscription line"


@pytest.mark.parametrize("label", ["[{}]", "【{}】", "{}."])
def test_a_reference_list_after_related_links_stays(label: str) -> None:
    cited = [f"{p} {label.format(n)}" for n, p in enumerate(PROSE, 1)]
    refs = [f"{label.format(n)} The Daily Town, report number {n}" for n in range(1, 5)]
    doc = clean(page(MENU, cited, "Read more: " + RELATED[0], "Sources:", refs, FOOTER))
    (section,) = doc.sections_of("references")
    assert [x for x in section.span.slice(doc.text).splitlines() if x][-4:] == refs
    assert [c.label for c in doc.citations] == ["1", "2", "3", "4"]


def test_a_paragraph_that_ends_with_a_note_of_its_sources_stays() -> None:
    # Its last sentence ends before the note: prose, not a line of a menu.
    raw = (
        "Election results\n\n"
        "Turnout was 61% (Source: Election Commission). Two parties gained seats. "
        "(Sources: Reuters, AP and Kyodo News)\n"
        "Output fell 3% last year, data showed. Prices rose (Source: unknown).\n"
    )
    assert page_removals(raw) == []


def test_a_sign_up_consent_and_a_long_pitch_to_subscribe_go() -> None:
    consent = "By giving an email address, I agree to the Terms of Use and the Privacy Policy."
    pitch = (
        "Subscribe to TOWN PLUS to get access to the Daily Town and more than seventy other "
        "titles, share up to five gadgets, listen to the news and download the paper as early "
        "as 4 a.m."
    )
    quoted = '"I agree that privacy matters more than ever," the mayor told the council.'
    doc = clean(page(MENU, PROSE[:2], consent, quoted, PROSE[2:], pitch, FOOTER))
    gone = removed_lines(doc)
    assert gone[consent] == gone[pitch] == "cookie/subscription line"
    assert quoted in doc.body


def test_a_call_to_follow_the_site_on_a_network_goes_but_news_of_networks_stays() -> None:
    call = "Join the Town's WhatsApp channel and get the latest news delivered to you."
    news = "Follow-up talks with Facebook and Telegram are planned for next month, she said."
    doc = clean(page(MENU, PROSE[:2], call, news, PROSE[2:], FOOTER))
    assert removed_lines(doc)[call] == "sharing line"
    assert news in doc.body


def test_a_long_pitch_for_the_site_s_channel_at_the_article_s_end_goes() -> None:
    # A paragraph of prose's length: a call in the first person and a network's name.
    pitch = (
        "Stay informed with the Daily Town's WhatsApp channel for the latest news, analysis "
        "and exclusive stories delivered straight to your phone; tap the link to follow us "
        "and never miss an update from the city and around the world."
    )
    report = (
        "The council said it would post the timetable on its Facebook page and asked "
        "residents who use the northern bus routes to check it before they travel next week."
    )
    quoted = (
        '"Follow us and you will see the bridge open on time," the mayor wrote on Facebook, '
        "where the council posts news of the works on the old bridge every week."
    )
    for last in (report, quoted):
        doc = clean(page(MENU, PROSE, last, pitch, RELATED, FOOTER))
        assert removed_lines(doc)[pitch] == "sharing line"
        assert doc.body == "\n\n".join((*PROSE, last))


@pytest.mark.parametrize(
    "pitch",
    [
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran "
        "andalanmu akses berita Kompas.com WhatsApp Channel : "
        "https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D. Pastikan kamu telah install "
        "aplikasi WhatsApp ya.",
        "Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día.",
        "Siga o Jornal do Comércio no WhatsApp e receba as principais notícias do dia.",
        "Ikuti kami di Telegram untuk berita terbaru setiap hari.",
        "Get the day's top stories on Telegram: https://t.me/dailytown",
    ],
)
def test_a_pitch_for_the_sites_channel_in_other_languages_goes(pitch: str) -> None:
    doc = clean(page(MENU, PROSE, pitch, RELATED, FOOTER))
    assert removed_lines(doc)[pitch] == "sharing line"
    assert doc.body == "\n\n".join(PROSE)
    # A report of a channel is no pitch.
    report = "The canal authority said on Facebook that shipping traffic would return to normal."
    assert clean(page(MENU, PROSE, report, RELATED, FOOTER)).body.endswith(report)


def test_a_report_of_someones_channel_in_indonesian_stays() -> None:
    # "saluran" (channel) alone is no pitch: the site's own ("saluran ... kami") or a call to
    # pick or follow one is.
    last = (
        "Menurut polisi, pelaku mengunggah video itu ke saluran YouTube miliknya sebelum "
        "ditangkap di rumahnya di Bekasi."
    )
    lead = (
        "Polisi menangkap seorang pria yang diduga menyebarkan video hoaks tentang banjir di "
        "Jakarta melalui media sosial pada Senin malam, kata juru bicara kepolisian kepada "
        "wartawan di Jakarta, dan menambahkan bahwa pelaku sudah mengakui perbuatannya."
    )
    doc = clean(page("Polisi tangkap pengunggah video hoaks", lead, last))
    assert doc.body.endswith(last)
    pitch = "Ikuti saluran WhatsApp kami untuk berita terbaru setiap hari."
    doc = clean(page(MENU, PROSE, pitch, RELATED, FOOTER))
    assert removed_lines(doc)[pitch] == "sharing line"


@pytest.mark.parametrize(
    "call",
    [
        "For more news about the novel coronavirus click here.",
        "Do you rely on our reporting? Click here to support it.",
        "CLICK HERE TO GET THE DAILY TOWN APP.",
    ],
)
def test_a_call_to_click_a_link_does_not_carry_the_block_on(call: str) -> None:
    # After a box of links, two paragraphs carry the article on: a call to click a link and a
    # headline with a full stop read as two, and both stayed.
    headline = "What you need to know about the new bus lanes."
    doc = clean(page(MENU, PROSE, "RELATED STORIES", RELATED[:2], call, headline, FOOTER))
    assert doc.body == "\n\n".join(PROSE)
    # Inside the article, a short paragraph with such a call stays.
    doc = clean(page(MENU, PROSE[:2], call, PROSE[2:], RELATED, FOOTER))
    assert doc.body == "\n\n".join((*PROSE[:2], call, *PROSE[2:]))


def test_a_sentence_that_reports_a_call_to_click_stays() -> None:
    # Only a call that opens a sentence or ends the line is one; a report of it is news.
    report = "Victims were told to click here to cancel a payment, he said."
    raw = "\n".join(("Home", "News", "Sport", "Weather", "", "Police warn of fake bank texts", ""))
    doc = clean(raw + "\n" + page(PROSE[:2], report, "© 2024 The Daily Town. All rights reserved."))
    assert doc.body == "\n\n".join((*PROSE[:2], report))


def test_a_long_copyright_notice_after_the_article_goes_with_what_follows_it() -> None:
    notice = (
        "Copyright 1995 - 2025. All rights reserved. The content (including but not limited "
        "to text, photo and video) published on this site belongs to the Daily Town and may "
        "not be used without its permission."
    )
    doc = clean(page(MENU, PROSE, "Top", notice))
    assert doc.body == "\n\n".join(PROSE)
    assert removed_lines(doc)[notice] == "copyright footer"
    # One that opens with its words, right after the last paragraph.
    notice = (
        "All rights reserved. This material, and other digital content on this website, may "
        "not be reproduced, published, broadcast or rewritten without the Daily Town's consent."
    )
    doc = clean(page(MENU, PROSE, notice, "Contact: editor@dailytown.example"))
    assert doc.body == "\n\n".join(PROSE)
    assert removed_lines(doc)[notice] == "copyright footer"


def test_an_interview_round_of_short_questions_and_answers_stays() -> None:
    interview = (
        "Q: Favourite book?",
        "A: The Old Man and the Sea",
        "Q: Favourite place?",
        "A: Lisbon",
    )
    doc = clean(page(MENU, PROSE, interview, FOOTER))
    assert all(line in doc.body for line in interview)
    # One pair is not an interview: it goes with the menu around it.
    gone = removed_lines(clean(page(MENU, PROSE, interview[:2], RELATED, FOOTER)))
    assert interview[0] in gone and interview[1] in gone


def test_a_subheading_inside_the_article_stays() -> None:
    raw = page(MENU, PROSE[:2], "What happens next", PROSE[2:], FOOTER)
    doc = clean(raw)
    assert "What happens next" in doc.body
    assert "Home" not in doc.text
    # A subheading with a sharing verb is no sharing button.
    doc = clean(page(MENU, PROSE[:2], "Who will share the cost", PROSE[2:], "Share", FOOTER))
    assert "Who will share the cost" in doc.body
    assert "Share" in removed_lines(doc)


def test_a_short_last_paragraph_stays() -> None:
    doc = clean(page(MENU, PROSE, "He declined to comment.", "Related", RELATED, FOOTER))
    assert doc.body.endswith("\n\nHe declined to comment.")


def test_a_lead_thick_with_names_after_a_dateline_stays() -> None:
    # Few stop words (a dateline, titles, names), but long and ending like a sentence.
    lead = (
        "PUTRAJAYA, Oct 9 (Bernama): The funding deal for the Penang LRT Mutiara Line was "
        "signed on Thursday by Tan Sri Dr Haji Mohd Azlan bin Haji Osman and Datuk Lim Wei "
        "Ming, Transport Ministry secretary-general Datuk Amir Hamzah Bakar said."
    )
    doc = clean(page(MENU, lead, PROSE, FOOTER))
    assert doc.body.startswith(lead)


def test_a_last_paragraph_with_a_wire_credit_after_related_links_stays() -> None:
    last = "The council will meet again in June to vote on the plan. - THE DAILY TOWN"
    doc = clean(page(MENU, PROSE, "Related stories:", RELATED, last, FOOTER))
    assert doc.body.endswith("\n\nThe council will meet again in June to vote on the plan.")
    # Without the credit it is a teaser of another page, as before.
    doc = clean(page(MENU, PROSE, "Related stories:", RELATED, last[:-16], FOOTER))
    assert "meet again" not in doc.text
    # A paper's name in title case over a network's: "- The Daily Town/ANN".
    doc = clean(page(MENU, PROSE, "Related stories:", RELATED, f"{last[:-16]} - The Town/ANN"))
    assert doc.body.endswith("\n\nThe council will meet again in June to vote on the plan.")


def test_a_link_list_inside_a_long_article_goes() -> None:
    raw = page(MENU, PROSE[:2], "Read more:", RELATED, PROSE[2:], PROSE, FOOTER)
    doc = clean(raw)
    for line in RELATED:
        assert line not in doc.text
    for paragraph in PROSE:
        assert paragraph in doc.body


def test_bulleted_figures_under_a_subheading_after_the_lead_stay_with_the_lead() -> None:
    # A press release's highlights under a heading with no colon: the list cost the block as
    # a link list, and the lead above it went as a standfirst.
    headline = "Acme Robotics Reports Record Third-Quarter Revenue"
    deck = "Revenue up 34% year over year to $412 million; raises full-year outlook"
    lead = (
        "SAN JOSE, Calif., Oct. 28, 2026 -- Acme Robotics, Inc., a maker of warehouse "
        "automation systems, today reported financial results for its third quarter."
    )
    figures = (
        "Third-Quarter Highlights\n"
        "- Revenue of $412.3 million, up 34% from $307.7 million a year earlier\n"
        "- GAAP net income of $38.1 million, or $0.42 per diluted share\n"
        "- Backlog of $1.9 billion, a company record"
    )
    doc = clean(page(MENU, headline, deck, lead, figures, PROSE, FOOTER))
    assert doc.title == headline
    assert doc.body.startswith(lead + "\n\n" + figures + "\n\n" + PROSE[0])
    # The deck right over the lead goes as what it is.
    assert removed_lines(doc)[deck] == "standfirst"
    # Headlines under a heading are still a link list there.
    box = "Our Network\n- " + "\n- ".join(RELATED)
    doc = clean(page(MENU, headline, lead, box, PROSE, FOOTER))
    assert RELATED[0] not in doc.text and "Our Network" not in doc.text


def test_a_timeline_under_a_subheading_with_no_colon_ends_the_article() -> None:
    timeline = (
        "Timeline\n"
        "March 2024: virus found in Texas dairy herds\n"
        "April 2024: first human case linked to cattle\n"
        "January 2025: first death reported in Louisiana"
    )
    # The text alone is no page for it, and keeps it.
    assert page_removals(page("Bird flu: what we know", PROSE, timeline)) == []
    # On a page, it ends the article.
    doc = clean(page(MENU, "Bird flu: what we know", PROSE, timeline, FOOTER))
    assert doc.body.endswith(PROSE[-1] + "\n\n" + timeline)
    # Headlines under a heading after the article still go.
    box = "Our Network\n" + "\n".join(RELATED)
    doc = clean(page(MENU, "Bird flu: what we know", PROSE, box, FOOTER))
    assert doc.body.endswith(PROSE[-1]) and "Our Network" not in doc.text


def test_a_writers_line_under_the_deck_and_a_score_line_are_no_headlines() -> None:
    headline = "Dutch government collapses after farmers quit coalition"
    deck = "Rural party walks out over nitrogen rules, triggering a snap election in the spring"
    signed = ("Jon Henley Europe correspondent", "Tue 14 Apr 2026 14.32 BST")
    doc = clean(page(MENU, headline, deck, signed, PROSE, FOOTER))
    assert doc.title == headline
    # A match's score under the headline, in either form.
    for score in ("Liverpool 3 Aston Villa 1", "Arsenal 2-1 Chelsea"):
        doc = clean(page(MENU, "Salah double sinks Villa as Liverpool go top", score, PROSE))
        assert doc.title == "Salah double sinks Villa as Liverpool go top", score
    # A headline with a number in it is still one.
    doc = clean(page(MENU, "Apollo 11 Crew Returns Home", PROSE, FOOTER))
    assert doc.title == "Apollo 11 Crew Returns Home"


def test_a_read_label_between_paragraphs_is_a_teaser_not_a_subheading() -> None:
    teaser = "READ: Senators seek audit of the flood control budget"
    sentence = "Read the full report on the council's website before the vote in June."
    doc = clean(page(MENU, PROSE[:2], teaser, sentence, PROSE[2:], FOOTER))
    assert removed_lines(doc)[teaser] == "teaser"
    assert sentence in doc.body


@pytest.mark.parametrize(
    "teaser",
    [
        "Leggi anche: Bollette, cosa cambia da gennaio",
        "Czytaj także: Ceny prądu w 2027 roku. Co z mrożeniem?",
        "Lees ook: Gemeente verhoogt parkeertarieven",
        "Leia mais: Salário mínimo de 2027 deve ficar acima da inflação",
    ],
)
def test_italian_polish_dutch_and_portuguese_read_also_labels_make_teasers(teaser: str) -> None:
    doc = clean(page(MENU, PROSE[:2], teaser, PROSE[2:], FOOTER))
    assert removed_lines(doc)[teaser] == "teaser"
    assert doc.body == "\n\n".join(PROSE)


def test_a_short_last_paragraph_thick_with_names_over_a_box_s_label_stays() -> None:
    # Few small words keep it from reading as prose; the box's label under it ends the article.
    last = "Metro rail carries around 340,000 passengers a day on the Uttara-Motijheel route."
    for label in ("RELATED TOPICS", "Related Articles", "More on this story"):
        doc = clean(page(MENU, PROSE, last, label, RELATED, FOOTER))
        assert doc.body.endswith(last)


def test_a_headline_that_asks_is_the_headline_though_it_reads_as_prose() -> None:
    # A question's small words make it prose; the author's name or a stamp is right under it.
    headline = "Why did the council say no to the new bridge over the river?"
    for under in (("Anna Wiśniewska", "21 listopada 2026, 14:32"), ("By Karen Holt",)):
        doc = clean(page(MENU, headline, under, PROSE, FOOTER))
        assert doc.title == headline


def test_a_date_stamp_whose_year_runs_into_its_time_is_no_headline() -> None:
    # A scrape may join a page's date and time fields: "September 30, 20254:12 PM UTC".
    headline = "Council approves budget for bridge and buses"
    stamp = "September 30, 20254:12 PM UTCUpdated ago"
    doc = clean(page(MENU, headline, "By Jane Doe", stamp, PROSE, FOOTER))
    assert doc.title == headline
    assert stamp not in doc.text


def test_an_article_goes_on_after_a_related_box_in_its_middle() -> None:
    # Two paragraphs after the box: the article resumes (short ones, that pay less than the
    # box costs as a link list); the box goes.
    after = (
        "Trains between the two towns will not run before Saturday.",
        "It is the first time that it has been closed.",
    )
    for label in ("Related:", "See also", "Read also: Flood defences to be reviewed"):
        doc = clean(page(MENU, PROSE[:2], label, RELATED[:2], after, FOOTER))
        assert doc.body.endswith("\n\n".join(after)), label
        assert label not in doc.text and RELATED[0] not in doc.text


def test_a_short_article_with_a_box_after_each_paragraph_keeps_them_all() -> None:
    related = ("Related:", RELATED[0])
    doc = clean(page(MENU, PROSE[0], related, PROSE[1], related, PROSE[2], FOOTER))
    assert doc.body == "\n\n".join(PROSE[:3])
    doc = clean(page(MENU, PROSE[0], "Related:", RELATED[:2], PROSE[1], related, PROSE[2], FOOTER))
    assert doc.body == "\n\n".join(PROSE[:3])


def test_chinese_japanese_and_korean_teaser_labels_go_and_the_article_goes_on() -> None:
    # 相关阅读 ("related reading"), 相关新闻 ("related news"), 関連記事, 관련기사.
    menu = ("首页", "新闻", "财经", "体育", "登录")
    paragraphs = (
        "市政府十二日宣布，地铁三号线延长工程将于明年三月正式开工，新线路全长十八公里。",
        "据介绍，延长线将连接城东新区和高铁站，建成后从市中心到高铁站只需二十五分钟。",
        "市交通局表示，施工期间部分道路将实行交通管制，请市民提前规划出行路线。",
    )
    box = ("相关新闻", "公交线路下月调整", "新建停车场投入使用")
    teaser = "相关阅读：地铁二号线客流创新高"
    raw = page(menu, paragraphs[0], teaser, paragraphs[1], box, paragraphs[2], "版权所有 © 2026")
    doc = clean(raw)
    assert doc.body == "\n\n".join(paragraphs)
    assert removed_lines(doc)[teaser] == "teaser"
    for label in ("関連記事：新線の駅名が決まる", "관련기사: 지하철 3호선 연장"):
        assert (
            removed_lines(clean(page(MENU, PROSE[:2], label, PROSE[2:], FOOTER)))[label] == "teaser"
        )


def test_a_gallery_between_paragraphs_goes_and_the_article_goes_on() -> None:
    gallery = (
        "Gallery: 3 photos",
        "1 of 3",
        "Crowds at the stalls on Market Street. Photo: Jenny Holt",
        "2 of 3",
        "A blacksmith shows children how to shape a horseshoe. Photo: Jenny Holt",
        "3 of 3",
        "The winning marrow weighed 38lb. Picture: The Daily Town",
    )
    doc = clean(page(MENU, PROSE[:2], gallery, PROSE[2:], FOOTER))
    assert doc.body == "\n\n".join(PROSE)
    assert not any(line in doc.text for line in gallery)


def test_a_live_pages_last_entry_stays_and_its_first_heading_is_no_headline() -> None:
    # Each entry: its time alone, a heading, then its paragraphs; the last entry is short.
    headline = "Budget day live: council sets out its plans for the bridge"
    last = "The mayor has begun her statement in the council chamber."
    entries = (
        ("15:42", "Opposition leader responds to the plans", PROSE[0], PROSE[1]),
        ("15:12", "Bus fares frozen", PROSE[2]),
        ("14:31", "Mayor on her feet", last),
    )
    doc = clean(page(MENU, headline, "Updated 3 minutes ago", *entries, FOOTER))
    assert doc.title == headline
    assert doc.body.startswith(PROSE[0])
    assert doc.body.endswith(last)


# The article's own lists: short lines that are content, not furniture. A page's menus and
# link lists are runs of short lines, and so are an article's lists (counties under evacuation,
# a line-up, results, a transcript's quick turns): a lead-in that ends with a colon and items of
# one shape tell them apart; a teaser's label or a box of headlines still goes.

LIST_LAST = "The council will meet again in June to vote on the plan for the bridge and the buses."


def test_a_bulleted_list_under_a_lead_in_between_paragraphs_stays() -> None:
    items = ("• Marlow County", "• Eastern Tessin County", "• The town of Birch Hollow")
    lead = "Evacuation orders remain in effect in:"
    doc = clean(page(MENU, PROSE[:2], lead, items, PROSE[2:], "Related:", RELATED, FOOTER))
    assert all(line in doc.body for line in (lead, *items))
    gone = removed_lines(doc)
    assert all(line in gone for line in RELATED)


def test_a_box_of_headlines_between_paragraphs_still_goes() -> None:
    # Under a teaser's label (even one that does not end there), or under a lead-in with
    # headlines that share no shape, or headlines led by labels.
    for box in (
        ("More on this story:", *RELATED[:2]),
        ("You may also like:", *RELATED[:2]),
        ("Analysis: why the bridge repairs cost more", "Opinion: the buses can wait"),
        tuple(f"• {headline}" for headline in RELATED),
    ):
        doc = clean(page(MENU, PROSE[:2], box, PROSE[2:], FOOTER))
        assert not any(line in doc.text for line in box), box
        assert all(paragraph in doc.body for paragraph in PROSE)


def test_a_list_under_a_lead_in_does_not_cut_off_the_paragraphs_after_it() -> None:
    results = ("The full results were:", "Civic Alliance 31 (+12)", "Progress Party 17 (-11)")
    results += ("Greens 5 (+1)", "Independents 3 (-2)")
    doc = clean(page(MENU, PROSE, results, LIST_LAST, RELATED, FOOTER))
    assert doc.body.endswith("\n\n".join((*results, LIST_LAST)))
    assert all(line in removed_lines(doc) for line in RELATED)


@pytest.mark.parametrize(
    ("lead", "items"),
    [
        (
            "Some warning signs that you are eating too much sugar include:",
            ("- frequent energy crashes", "- constant cravings for sweet food", "- weight gain"),
        ),
        (
            "Los servicios mínimos serán los siguientes:",
            ("• Metro: 50% en hora punta", "• Autobuses: 30%", "• Cercanías: 75%"),
        ),
        ("The measures include:", ("higher fines for speeding;", "new bus lanes;", "more police.")),
    ],
)
def test_a_list_under_a_lead_in_does_not_cut_off_a_short_last_paragraph(
    lead: str, items: tuple[str, ...]
) -> None:
    # A quote of a dozen words after the list (under a numbered list, which gains nothing) gave
    # less than the list's lines cost: it went as outside the article, and the list with the
    # links below it.
    quote = '"Small changes add up over a year," said dietitian Laura Chen.'
    steps = ("1. Read the label.", "2. Swap juice for whole fruit.", "3. Choose plain yoghurt.")
    doc = clean(page(MENU, "Eight ways to cut sugar", PROSE, steps, lead, items, quote, RELATED))
    assert doc.body == "\n\n".join((*PROSE, *steps, lead, *items, quote))
    # Under a teaser's label, the same lines are a box of links with a teaser after it.
    box = ("More on this story:", *RELATED[:2])
    doc = clean(page(MENU, "Eight ways to cut sugar", PROSE, box, quote, FOOTER))
    assert doc.body == "\n\n".join(PROSE)


def test_names_under_a_lead_in_that_reads_as_a_sentence_stay() -> None:
    # Place names share no bullet, figure or clause: under a sentence they are its list; under
    # a heading of a word or two they are a menu.
    names = ("Adair", "Boone", "Carroll", "Dallas Center", "Greene", "Warren")
    lead = "The watch covers the following counties:"
    doc = clean(page(MENU, PROSE[:1], lead, names, PROSE[1:], FOOTER))
    assert doc.body == "\n\n".join((PROSE[0], lead, *names, *PROSE[1:]))
    doc = clean(page(MENU, PROSE, "Our sections:", names, FOOTER))
    assert not any(name in doc.text for name in names)
    # Long names (stretches of road), most words capitalised, after the last paragraph.
    roads = ("Green Valley Road between Sophia Parkway and Francisco Drive", "Salmon Falls Road")
    lead = "The following roads remain closed:"
    doc = clean(page(MENU, PROSE, lead, roads, LIST_LAST, RELATED, FOOTER))
    assert doc.body == "\n\n".join((*PROSE, lead, *roads, LIST_LAST))


def test_results_under_a_paragraph_that_ends_with_a_colon_stay() -> None:
    # A paragraph that ends with a colon leads a list as a lead-in does; a score between two
    # names is a figure ("Ashford 2-1 Millbrook").
    intro = "Three games were played on Saturday in the northern division of the league. Results:"
    for scores in (
        ("Ashford 2-1 Millbrook", "Castleton 0-0 Deanvale", "Eastfield 3-2 Fairhaven"),
        ("Ames 28, Ankeny 21", "Boone 14, Dallas Center 7", "Norwalk 35, Indianola 10"),
    ):
        doc = clean(page(MENU, PROSE[:2], intro, scores, PROSE[2:], FOOTER))
        assert doc.body == "\n\n".join((*PROSE[:2], intro, *scores, *PROSE[2:])), scores


def test_a_timetable_under_a_lead_in_stays() -> None:
    timetable = (
        "Trains will run as follows from Monday:",
        "Monday to Friday: every 4 minutes at peak times",
        "Saturday: every 6 minutes",
        "Sunday: every 8 minutes until 11pm",
    )
    doc = clean(page(MENU, PROSE[:2], timetable, PROSE[2:], RELATED, FOOTER))
    assert all(line in doc.body for line in timetable)


def test_numbered_steps_stay_and_keep_the_paragraphs_after_them() -> None:
    steps = ("Step 1: Create an account", "Step 2: Choose a plan", "Step 3: Pay online")
    doc = clean(page(MENU, PROSE, steps, LIST_LAST, RELATED, FOOTER))
    assert doc.body.endswith("\n\n".join((*steps, LIST_LAST)))


def test_a_line_up_and_its_figures_stay_with_the_last_paragraph() -> None:
    line_up = (
        "Harwick: Moreau; Adeyemi, Castell, Brandt; Rourke, Petrov; Walsh (Hale 78), Duarte.",
        "Dunmore: Falk; Sayer, Mbeki, Quinn; Mensah, Doyle (Renner 81); Bell, Costa.",
        "Referee: Paul Whitlow",
        "Attendance: 59,312",
    )
    doc = clean(page(MENU, PROSE, line_up, LIST_LAST, "Most read", RELATED, FOOTER))
    assert doc.body.endswith("\n\n".join((*line_up, LIST_LAST)))
    # Under a heading of one word ("Teams:"), which leads no list by itself, too.
    doc = clean(page(MENU, PROSE, "Teams:", line_up, LIST_LAST, "Most read", RELATED, FOOTER))
    assert doc.body.endswith("\n\n".join(("Teams:", *line_up, LIST_LAST)))
    # At the article's end, with no paragraph after them (and the page's boxes below).
    doc = clean(page(MENU, PROSE, line_up, "Most read", RELATED, FOOTER))
    assert doc.body.endswith("\n\n".join((PROSE[-1], *line_up)))
    assert page_removals(page(PROSE, line_up)) == []
    # Two such lines are a list too.
    assert page_removals(page(PROSE, line_up[2:])) == []


def test_a_transcripts_short_turns_stay_at_its_start_inside_and_at_its_end() -> None:
    opening = ("HOST: Good morning.", "OKAFOR: Good morning.")
    turns = ("HOST: Mayor, thanks for coming in.", "OKAFOR: Thanks for having me.")
    ending = ("HOST: Mayor Okafor, thank you.", "OKAFOR: Thank you.")
    long_turns = tuple(
        f"{label}: {paragraph}"
        for label, paragraph in zip(("HOST", "OKAFOR") * 2, PROSE, strict=True)
    )
    blocks = (opening, long_turns[:2], turns, long_turns[2:], ending)
    doc = clean(page(MENU, "Transcript", *blocks, FOOTER, RELATED))
    assert doc.body.startswith(opening[0])
    assert all(line in doc.body for line in (*opening, *turns, *ending))
    assert "Home" not in doc.text and RELATED[0] not in doc.text


def test_short_answers_that_end_like_sentences_stay() -> None:
    answer = ("Fever, cough, red eyes.", "Then a rash.")
    doc = clean(page(MENU, PROSE[:2], "What are the symptoms?", answer, PROSE[2:], FOOTER))
    assert all(line in doc.body for line in answer)
    # Questions and answers in turn (a short answer, a short question after it).
    turns = ("¿Hace falta cita previa?", "Sí.", "¿Tiene efectos secundarios?")
    doc = clean(page(MENU, PROSE[:2], turns, PROSE[2:], FOOTER))
    assert all(line in doc.body for line in turns)
    # Questions alone are a box of headlines.
    questions = ("Bridge safe again?", "Buses late again?")
    doc = clean(page(MENU, PROSE[:2], questions, PROSE[2:], FOOTER))
    assert not any(line in doc.text for line in questions)


def test_a_list_that_ends_the_article_stays_and_the_page_after_it_goes() -> None:
    dates = (
        "The tour's dates:",
        "June 9 -- Coral Sky Amphitheatre, West Palm Beach",
        "June 10 -- Credit Union Amphitheatre, Tampa",
        "June 14 -- Bank Amphitheatre, Alpharetta",
    )
    doc = clean(page(MENU, PROSE, dates, "Facebook", "Twitter", RELATED, FOOTER))
    assert doc.body.endswith("\n\n".join(dates))
    assert "Facebook" in removed_lines(doc)


def test_a_sites_tags_after_the_article_still_go() -> None:
    comment = (
        "I have lived here for thirty years and the buses have never been this bad, to be honest."
    )
    for tags in (
        ("Filed under:", "transport,", "budget,", "city hall"),
        ("More topics:", "budget", "buses"),
    ):
        doc = clean(page(MENU, PROSE, tags, "Most read", RELATED, FOOTER))
        assert doc.body.endswith(PROSE[-1]), tags
        # Nor do they carry the block on to a reader's comment after them.
        doc = clean(page(MENU, PROSE, tags, comment, RELATED, FOOTER))
        assert doc.body.endswith(PROSE[-1]), tags


def test_lists_in_other_languages_stay() -> None:
    german = (
        "Die Feuerwehr hat in der Altstadt Sandsäcke verteilt, und viele Anwohner haben ihre "
        "Keller bereits geräumt, weil der Pegel in der Nacht weiter gestiegen ist.",
        "Das sollten Anwohner jetzt wissen:",
        "- Schulen bleiben am Freitag geschlossen.",
        "- Notunterkunft in der Stadthalle",
        "- Bürgertelefon: 0800 123 456",
        "Der Deutsche Wetterdienst erwartet erst am Wochenende ein Ende der Niederschläge, so "
        "dass der Pegel nach Angaben der Stadt noch bis Samstag steigen könnte.",
        "Bürgermeisterin Karin Lentz sagte, man sei auf das Schlimmste vorbereitet, hoffe "
        "aber, dass die Deiche halten und dass niemand verletzt wird.",
    )
    menu = ("Startseite", "Politik", "Wirtschaft", "Sport")
    doc = clean(page(menu, german, "Mehr zum Thema", "Deichbau: Land gibt Geld frei", FOOTER))
    assert all(line in doc.body for line in german)
    assert "Startseite" not in doc.text
    # Japanese: a full-width colon ends the lead-in, and no space follows the item's mark.
    japanese = (
        "大型で強い台風10号は29日朝、鹿児島県に上陸し、九州の広い範囲で暴風や大雨となっています。",
        "各地の自治体は、危険な地域の住民に避難指示を出し、学校や公民館などに避難所を開設しました。",
        "避難指示が出ている主な地域：",
        "・鹿児島県薩摩川内市",
        "・宮崎県延岡市",
        "JR九州は29日、九州新幹線の全線で終日運転を見合わせると発表しました。空の便も多くが欠航となっています。",
        "気象庁によりますと、台風は30日にかけて九州を北上し、その後、中国地方に進む見込みです。",
    )
    menu = ("ホーム", "ニュース", "スポーツ", "経済")
    doc = clean(page(menu, japanese, "関連記事", "台風の備え、今からできること", FOOTER))
    assert all(line in doc.body for line in japanese)
    assert "ホーム" not in doc.text


def test_caption_with_agency_credit_goes_but_article_mentioning_an_agency_stays() -> None:
    caption = "The mayor speaks to reporters at the city hall on Monday. (AFP Photo/John Smith)"
    mention = (
        "The mayor told AFP that the city would ask the government for more money if the "
        "costs of the bridge rose again, as they did last year."
    )
    doc = clean(page(MENU, PROSE[:2], caption, mention, PROSE[2:], FOOTER))
    assert caption not in doc.text
    assert mention in doc.body
    assert removed_lines(doc)[caption] == "caption with agency credit"
    for caption in (
        "The mayor at the city hall on Monday. [Photo provided to the Daily Town]",
        "Header image: The mayor at the city hall on Monday. — Reuters",
        # The photographer's name after the credit's photo word.
        "Workers at a garment factory on the edge of the city. — VNA/VNS Photo Trọng Đạt",
        # A Korean credit after the sentence, the photo word (사진) run into it.
        "이창용 총재가 21일 금융통화위원회 본회의를 주재하고 있다. 사진공동취재단",
        "시민들이 21일 서울역에서 열차를 기다리고 있다./사진=연합뉴스",
    ):
        doc = clean(page(MENU, PROSE[:2], caption, PROSE[2:], FOOTER))
        assert removed_lines(doc)[caption] == "caption with agency credit"


KOREAN_PAGE = """\
뉴스
정치
경제
한은, 기준금리 3.0%로 동결
입력 2026.11.03 10:12
김민수 기자
한국은행이 3일 기준금리를 연 3.0%로 동결했다. 지난 8월 이후 세 차례 연속 동결이다.
한은 금융통화위원회는 이날 통화정책방향 회의를 열고 이같이 결정했다고 밝혔다.
이창용 한은 총재는 기자간담회에서 "가계부채 증가세가 여전히 높다"고 말했다.
{caption}
{last}
ⓒ 한국경제신문, 무단전재 및 재배포 금지
많이 본 뉴스
코스피 2,700선 회복
"""


@pytest.mark.parametrize(
    "caption",
    [
        "3일 서울 중구 한국은행에서 이창용 총재가 기자간담회를 하고 있다. 사진공동취재단",
        "이창용 한은 총재가 3일 기자간담회를 하고 있다. (사진=연합뉴스)",
        "이창용 한은 총재. Photo: Yonhap",
    ],
)
@pytest.mark.parametrize(
    "last",
    [
        "시장에서는 내년 초 금리 인하 가능성이 거론되고 있다.",
        "한은은 다음 달 회의에서 금리 방향을 다시 논의할 예정이다.",
    ],
)
def test_a_short_last_paragraph_after_a_credited_caption_stays(caption: str, last: str) -> None:
    # A Korean paragraph counts few words: after a caption with its credit it gave less than
    # the caption cost, and went as outside the article.
    doc = clean(KOREAN_PAGE.format(caption=caption, last=last))
    assert doc.body.endswith("말했다.\n" + last)
    assert removed_lines(doc)[caption] == "caption with agency credit"


@pytest.mark.parametrize(
    "captions",
    [
        # No dash before an agency, as a story's credit has: between paragraphs, a caption's.
        (
            "Workers at the bridge near the city hall on Tuesday. Reuters",
            "Buses wait at the depot in the north of the city. Getty Images",
        ),
        # A photographer and a paper or an agency about a slash, in brackets.
        (
            "Officials at the city hall on Thursday. (Jane Doe/The Daily Town)",
            "Buses wait at the depot in the north of the city. (Yonhap/Kim Min-ji)",
        ),
    ],
)
def test_a_caption_credited_after_its_sentence_goes_between_paragraphs(
    captions: tuple[str, str],
) -> None:
    doc = clean(page(MENU, PROSE[:2], captions[0], PROSE[2], captions[1], PROSE[3], FOOTER))
    assert all(removed_lines(doc)[c] == "caption with agency credit" for c in captions)
    assert doc.body == "\n\n".join(PROSE)


def test_a_note_in_brackets_after_a_sentence_is_no_credit() -> None:
    note = "The budget in full. (Part 2)"
    assert note in clean(page(MENU, PROSE[:2], note, PROSE[2:], FOOTER)).body


def test_a_photo_s_source_label_goes_as_a_caption() -> None:
    # "Image source, Getty Images": a broadcaster's label of the photo's credit.
    credit = "Image source, Getty Images"
    doc = clean(page(MENU, PROSE[:2], credit, PROSE[2:], FOOTER))
    assert removed_lines(doc)[credit] == "caption with agency credit"
    headline = "Council approves budget for bridge and buses"
    doc = clean(page(MENU, headline, "2 hours ago", "Share", credit, PROSE, FOOTER))
    assert doc.title == headline


def test_a_menu_written_as_markdown_links_goes_but_sources_stay() -> None:
    # A page converted to Markdown: its menu is a list of links to one site, which reads as
    # a reference list; sources named by their outlets, each its own site, stay.
    menu = "\n".join(f"*   [{item}](https://town.example/{item.lower()})" for item in MENU[:4])
    sources = "Sources:\n- [Reuters](https://www.reuters.com/a)\n- [AP News](https://apnews.com/b)"
    doc = clean(page(menu, PROSE, sources, FOOTER))
    assert "[Home]" not in doc.text
    assert "[Reuters]" in doc.text and "[AP News]" in doc.text


def test_french_page() -> None:
    prose = (
        "Le conseil municipal a approuvé le nouveau budget lundi soir après un long débat sur "
        "le coût des transports publics et la réparation du vieux pont.",
        "Les élus de l'opposition ont estimé que le projet était trop cher pour une ville de "
        "cette taille et qu'il ne faisait pas assez pour les quartiers du nord.",
        "La maire a déclaré dans un communiqué que le vote était une bonne nouvelle pour la "
        "ville et qu'elle remerciait tous les élus qui ont travaillé sur le projet.",
    )
    menu = ("Accueil", "Actualités", "Sport", "Économie", "Culture")
    doc = clean(page(menu, "Le budget adopté", prose, "À lire aussi :", RELATED, menu))
    assert doc.body == "\n\n".join(prose)
    assert doc.title == "Le budget adopté" or "Le budget adopté" not in doc.text


def test_german_page() -> None:
    prose = (
        "Der Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt beschlossen, "
        "der vor allem Geld für den Nahverkehr und die alte Brücke vorsieht.",
        "Die Opposition kritisierte, dass der Plan für eine Stadt dieser Größe zu teuer sei "
        "und für die Menschen im Norden der Stadt nicht genug tue.",
    )
    menu = ("Startseite", "Politik", "Wirtschaft", "Sport", "Kultur")
    doc = clean(page(menu, prose, ("Impressum", "Datenschutz", "© 2024 Stadtanzeiger")))
    assert doc.body == "\n\n".join(prose)


def test_japanese_page_without_spaces() -> None:
    prose = (
        "市議会は月曜日、公共交通と古い橋の修理の費用をめぐる長い議論の末、新しい予算を承認した。",
        "野党は、計画は市の規模に対して高すぎ、北部の住民のためには十分ではないと主張した。",
        "市長は声明で、今回の採決は市にとって良い日であり、提案に取り組んだすべての議員に感謝すると述べた。",
    )
    menu = ("ホーム", "ニュース", "スポーツ", "経済", "文化", "天気")
    doc = clean(page(menu, prose, ("会社概要", "利用規約", "© 2024 市民新聞")))
    assert doc.body == "\n\n".join(prose)
    # A headline is counted in characters too (two a word), on a page as in an article alone.
    headline = "市議会、新予算を承認　橋の修理に重点"
    assert clean(page(menu, headline, prose, ("会社概要", "© 2024 市民新聞"))).title == headline
    assert clean(page(headline, prose)).title == headline
    # A sentence that ends with a full stop is none.
    assert clean(page(prose[0], prose[1:])).title is None
    # A long headline reads as prose and opens the article block: the page's title line,
    # which starts with it, tells it is the headline.
    long = "市議会、公共交通と古い橋の修理の費用をめぐる長い議論の末、新しい予算案を"
    long += "賛成多数で可決し承認"
    doc = clean(page(f"{long} | 市民新聞", menu, "政治 ›", long, "2024-03-12", prose))
    assert doc.title == long
    assert doc.body == "\n\n".join(prose)


def test_indonesian_page() -> None:
    prose = (
        "Dewan kota telah menyetujui anggaran baru pada hari Senin setelah perdebatan panjang "
        "tentang biaya transportasi umum dan perbaikan jembatan yang sudah tua.",
        "Para pejabat mengatakan bahwa dana tersebut akan digunakan dalam tiga tahun ke depan "
        "dan kontrak pertama dapat ditandatangani sebelum akhir tahun ini.",
    )
    menu = ("Beranda", "Berita", "Olahraga", "Ekonomi", "Budaya")
    doc = clean(page(menu, prose, "Baca juga:", RELATED, menu))
    assert doc.body == "\n\n".join(prose)
    # A labelled teaser between paragraphs goes, and a short last paragraph after it stays.
    teaser = "Baca juga: Pemerintah impor 500.000 ton beras dari Thailand"
    last = "Menurut dia, harga itu akan segera kembali stabil."
    doc = clean(page(menu, prose, teaser, last, ("Editor: Rina Wulandari", "Berita Terkait")))
    assert doc.body == "\n\n".join([*prose, last])
    assert removed_lines(doc)[teaser] == "teaser"


def test_numbered_key_points_and_reference_lines_are_never_removed() -> None:
    points = ("1. The budget passed.", "2. Buses get more money.", "3. The bridge is repaired.")
    refs = ("[1] City council minutes", "[2] Mayor's statement")
    raw = page(MENU, PROSE, points, refs, RELATED, FOOTER)
    doc = clean(raw)
    for line in (*points, *refs):
        assert line in doc.text
    for line in RELATED:
        assert line not in doc.text


@pytest.mark.parametrize("heading", ["Key points:", "**Highlights**"])
def test_the_heading_of_a_key_points_list_is_kept(heading: str) -> None:
    points = (
        "- The council approved the new budget on Monday night.",
        "- Spending on public transport rises over three years.",
    )
    doc = clean(page(MENU, heading, points, PROSE, RELATED, FOOTER))
    (section,) = doc.sections_of("key_points")
    # (The heading's Markdown emphasis goes: newsclaims.markdown removes it.)
    assert section.span.slice(doc.text) == "\n\n".join((heading.strip("*"), *points))


def test_key_points_without_bullets_stay_and_the_headline_above_them_is_found() -> None:
    # A live page's key points lost their bullets in the scrape: they read as short lines
    # above the article (a menu, or the headline), and went with them.
    headline = "Council approves budget for bridge and buses"
    points = (
        "The council approved the new budget on Monday night",
        "Spending on public transport rises over three years",
    )
    listed = "\n".join(("Key points", *points))
    doc = clean(page(MENU, headline, listed, PROSE, FOOTER))
    assert doc.title == headline
    (section,) = doc.sections_of("key_points")
    assert section.span.slice(doc.text) == listed


def test_an_unnumbered_sources_list_alone_does_not_make_a_page() -> None:
    sources = ("Sources", "Reuters - Council approves budget", "Daily Town - Bridge repairs")
    doc = clean(page(PROSE, sources))
    assert doc.removals == ()
    assert doc.sections_of("references")


@pytest.mark.parametrize("heading", ["Key points:", "## Key points", "**What happened**"])
def test_a_titled_answer_with_numbered_points_and_sources_is_no_page(heading: str) -> None:
    # An AI answer's title over its numbered list's heading are two short lines in a row, as a
    # menu's are: the heading of a list kept as the article's is its structure.
    points = (
        "1. Petrol rose by 2.1 shillings a litre on Saturday, the regulator said.",
        "2. Operators said they would raise fares from Monday.",
    )
    sources = ("Sources:", "- Nation - Fuel prices rise again", "- The Star - Fares to rise")
    doc = clean(page("# Fuel prices rise for a third month", heading, *points, PROSE, sources))
    assert doc.title == "Fuel prices rise for a third month"
    assert all(r.reason.startswith("markdown") for r in doc.removals)
    assert doc.sections_of("references")


def test_a_live_report_body_with_a_list_under_a_lead_in_is_all_article() -> None:
    # Entry stamps alone on their lines and an article's bulleted list under a lead-in are two
    # short lines in a row, as a menu's are, but no page furniture: nothing goes.
    raw = page(
        "Storm live: the coast braces for landfall",
        "08:05 AEST",
        "The premier said more than 300,000 homes could lose power before the night was out.",
        "9.45am",
        "Schools across the region will remain closed on Friday, the education department said.",
        "10:12",
        "Emergency services have urged residents to:",
        "- move cars to higher ground",
        "- stock up on water and medicine",
        "- stay off flooded roads",
        "- check on elderly neighbours",
        "- keep a radio at hand",
        "- charge their phones",
        "10:58 AEST",
        "The prime minister said the federal government stood ready to help the state.",
    )
    assert page_removals(raw) == []


def test_a_menu_under_a_lead_in_still_goes() -> None:
    follow = ("Follow us on social media for the latest updates:", "Facebook", "Twitter", "Bluesky")
    doc = clean(page(PROSE, follow))
    assert "Facebook" not in doc.text


def test_lines_with_citation_markers_are_kept() -> None:
    cited = "Prices rose [3]."
    doc = clean(page(MENU, PROSE, cited, RELATED, FOOTER))
    assert cited in doc.text


def test_every_removal_has_a_specific_reason() -> None:
    raw = page(MENU, "Council approves budget", PROSE, "Related", RELATED, FOOTER)
    reasons = {r.reason for r in page_removals(raw)}
    assert reasons <= {
        "navigation",
        "link list",
        "teaser",
        "caption with agency credit",
        "duplicated headline",
        "cookie/subscription line",
        "copyright footer",
        "sharing line",
        "outside the article body",
        "credit",
    }


def test_trailing_all_caps_credit_goes_but_the_sentence_stays() -> None:
    last = "The mayor thanked the members of the council for their work on the plan."
    doc = clean(page(MENU, PROSE, f"{last} - THE DAILY TOWN", FOOTER))
    assert doc.body.endswith(last)
    assert [r.text for r in doc.removals if r.reason == "credit"] == [" - THE DAILY TOWN"]


def test_trailing_agency_credit_goes_but_the_last_paragraph_stays() -> None:
    last = "He declined to comment further on the talks."
    doc = clean(page(MENU, PROSE, f"{last} - Reuters", RELATED, FOOTER))
    assert doc.body.endswith(f"\n\n{last}")
    assert [r.text for r in doc.removals if r.reason == "credit"] == [" - Reuters"]


# A text without page furniture ----------------------------------------------------------------


def test_text_without_furniture_keeps_subheadings_questions_and_lone_lines() -> None:
    raw = page(
        "Council approves budget",
        PROSE[:2],
        "WHAT HAPPENS NEXT",
        PROSE[2],
        "Q: When will the work start?",
        "A: In the summer.",
        PROSE[3],
    )
    assert page_removals(raw) == []


def test_text_without_furniture_still_loses_captions_credits_and_teasers() -> None:
    caption = "The mayor speaks to reporters at the city hall on Monday. (AFP Photo/John Smith)"
    teaser = "Read more: Council to vote on bridge repairs next month"
    last = "He declined to comment further on the talks."
    # A subheading next to the caption: lines that go by what they are make no menu with it.
    raw = page(PROSE[:2], "WHAT HAPPENS NEXT", caption, PROSE[2:], teaser, f"{last} - Reuters")
    doc = clean(raw)
    gone = removed_lines(doc)
    assert gone[caption] == "caption with agency credit"
    assert gone[teaser] == "teaser"
    assert [r.text for r in doc.removals if r.reason == "credit"] == [" - Reuters"]
    assert doc.body == "\n\n".join([*PROSE[:2], "WHAT HAPPENS NEXT", *PROSE[2:], last])


@pytest.mark.parametrize(
    ("above", "sources"),
    [
        (
            ("Verdict: False",),
            "Sources: Finance Ministry statement, October 29, 2026; Central Bank press release",
        ),
        ((), "Source: company filings, Reuters calculations"),
        (("Calificación: Falso",), "Fuentes: Ministerio de Hacienda; Banco de México; INEGI"),
        (("Kesimpulan: Hoaks",), "Sumber: Kementerian Keuangan, Bank Indonesia, 3 November 2026"),
        (("Rating: Misleading", "Updated Nov. 3"), "SOURCES: Census Bureau data; CDC report"),
    ],
)
def test_a_sources_line_without_addresses_under_the_article_stays(
    above: tuple[str, ...], sources: str
) -> None:
    # A fact check names its sources on a line after a label; with no address in it, it read
    # as one more short line of the link list below the article and went with it.
    doc = clean(page(MENU, "Claim about cash ban is false", PROSE, above, sources, RELATED, FOOTER))
    assert doc.body.endswith(sources)
    assert doc.body.startswith(PROSE[0])
    gone = removed_lines(doc)
    assert sources not in gone
    assert all(line in gone for line in RELATED)


@pytest.mark.parametrize(
    "box",
    [
        ("More from Sport", "Sources: Lakers close to signing veteran guard"),
        ("More from Sport", "Sources: Lakers, Celtics in talks over trade"),  # under a label
        ("Sources: Lakers close to signing veteran guard",),  # a headline's shape
    ],
)
def test_a_headline_that_opens_with_sources_below_the_article_goes(box: tuple[str, ...]) -> None:
    # A related story's headline ("Sources: ..." as a sports desk's scoop) was kept as the
    # article's sources line, and the box's label above it with it.
    headline = "Celtics coach fined for criticising referees"
    doc = clean(page(MENU, PROSE, "\n".join((*box, headline)), FOOTER))
    assert doc.body == "\n\n".join(PROSE)


def test_a_sources_line_far_below_the_article_or_without_names_is_judged_as_any_line() -> None:
    far = page(MENU, PROSE, "Comments", "Related", "Most read", "Sources: our archive, agencies")
    assert "Sources: our archive, agencies" in removed_lines(clean(far))
    short = clean(page(MENU, PROSE, "Sources: About", RELATED, FOOTER))
    assert "Sources: About" in removed_lines(short)


@pytest.mark.parametrize(
    "credit", ["(Yonhap)", "(AFP)", "- Reuters", "— AP", "The Daily Star/ANN", "Bernama"]
)
@pytest.mark.parametrize("after", ["", "The views expressed are the writer's own."])
def test_a_text_without_furniture_loses_its_credit_on_a_line_of_its_own(
    credit: str, after: str
) -> None:
    # On a page the line under the article is read as its credit; a text that is all
    # article kept "(Yonhap)" alone as its last paragraph.
    doc = clean(page("Missile launch reported", PROSE, credit, *([after] if after else ())))
    assert [r.text.strip() for r in doc.removals if r.reason == "credit"] == [credit]
    assert doc.body == "\n\n".join(PROSE)


@pytest.mark.parametrize("item", ["- OPEC", "- UN"])
def test_the_last_item_of_a_list_in_capitals_is_no_credit(item: str) -> None:
    # Under a list item or a lead-in, a line led by a dash is the list's last item.
    listed = "\n".join(("The talks are backed by:", "- NATO", "- the African Union", item))
    for raw in (page("Ceasefire talks resume", PROSE, listed), page(PROSE[:3], "Backed by:", item)):
        assert page_removals(raw) == []
    doc = clean(page(MENU, "Ceasefire talks resume", PROSE, listed, FOOTER))
    assert doc.body == "\n\n".join((*PROSE, listed))


def test_an_agency_named_in_a_text_alone_is_no_credit() -> None:
    # The first line (a headline) and lines inside the text are not the story's credit.
    assert page_removals(page("Reuters", PROSE)) == []
    assert page_removals(page(PROSE[:2], "(AFP)", PROSE[2:])) == []


@pytest.mark.parametrize(
    "furniture",
    [
        ("Home", "News"),  # two lines in a row that cannot be prose: a menu
        (RELATED[0], RELATED[1]),  # a link list
        ("© 2024 The Daily Town",),  # a footer alone
        ("We use cookies to give you the best experience on our website.",),  # a notice
        # Bulleted links: a dash near the end, as before a credit, but no sentence.
        ("- Council votes on bridge repairs", "- Five things about new bus lanes"),
    ],
)
def test_page_furniture_anywhere_brings_the_whole_page_analysis(furniture: tuple[str]) -> None:
    # A dateline above the article goes only in the page analysis (it is no headline).
    raw = page("12.03.2024 10:45", PROSE, furniture)
    doc = clean(raw)
    stamp = removed_lines(doc)["12.03.2024 10:45"]
    assert stamp in {"byline or date stamp", "navigation", "outside the article body"}
    assert page_removals(page("12.03.2024 10:45", PROSE)) == []
    assert doc.body == "\n\n".join(PROSE)


@pytest.mark.parametrize(
    "between",
    [
        ("By Karen Holt", "Wed, October 15th 2025 at 6:14 PM"),  # a byline, a time stamp
        ("Par Claire Martin", "Publié le 12 octobre 2025 à 10h15"),
        ("Imran Ayub Published October 20, 2025",),
        ("Dio Suhenda (The Daily Town)", "Jakarta ● Thu, October 9, 2025"),
        ("NEWS / CITY /",),  # a breadcrumb
        ("The mayor at the city hall on Monday. (Photo: Daily Town/Jane Doe)",),  # a caption
        # Two names joined by "and", a name and a relative time, a label and a relative time.
        ("By KAREN HOLT and JON WEBB", "Oct 15"),
        ("By Karen Holt and Jon Webb, Associated Press",),
        ("By Karen Holt · 3 hours ago",),
        ("Published 3 hours ago",),
        ("Von Anna Müller und Jörg Schmidt", "vor 2 Stunden"),
        ("By Karen Holt", "Photographs by Ana Ruiz"),  # a credit of the photographs
        # Spanish and Portuguese dates ("12 de marzo de 2026"); a 24-hour time with its zone.
        ("Por Ana Ruiz", "12 de marzo de 202610:41 CETActualizado hace 3 horas"),
        ("Por Ana Ruiz", "Publicado em 4 de março de 2026"),
        ("By Karen Holt", "Updated at 15.42 GMT"),
        # A caption credited in brackets without a photo word (a key-points heading below it).
        ("By Karen Holt", "The mayor at the city hall on Monday. (Town News: Jane Doe)"),
        # Names with a particle and an agency after "avec"; Indonesian labels.
        ("Par Ana de la Cruz", "Par Le Courrier du Sud avec AFP"),
        ("Penulis Dewi Lestari | Editor Andi Hartono",),
        ("Pewarta: Budi Santoso",),
        # A caption credited to a photographer and an agency in brackets, its stop run in.
        ("Por Ana Ruiz", "El embalse de Darnius, en Girona, el pasado octubre.Pere Duran (EFE)"),
        # A byline without "By": a name or a desk and the outlet, in capitalised words.
        ("Staff Reporter, Daily Town", "Published: November 21, 2026"),
        # A control that speaks of the page itself, in a headline's shape.
        (
            *("By Karen Holt", "Sat 21 Nov 2026 at 5:30am"),
            *("Help keep family & friends informed by sharing this article", "Link copied"),
        ),
        # A caption credited to an agency alone after its sentence, with no dash.
        ("By Karen Holt", "Workers at the bridge near the city hall on Tuesday. Reuters"),
    ],
)
def test_the_headline_is_not_a_byline_stamp_breadcrumb_or_caption(between: tuple[str]) -> None:
    headline = "Council approves budget for bridge and buses"
    doc = clean(page(MENU, headline, between, PROSE, FOOTER))
    assert doc.title == headline
    assert all(line not in doc.text for line in between)


def test_an_author_s_role_under_the_name_is_no_headline() -> None:
    # The headline over the stamp lies beyond the reach of the article's first line, past a
    # disclosure and sharing buttons; the role under each author's name is no headline.
    headline = "Council approves budget for bridge and buses"
    authors = ("Karen Holt", "Associate Professor of Urban Policy, University of Leeds")
    second = ("Jon de Webb", "Research Fellow in Transport Planning, Monash University")
    between = ("Disclosure", "Share", "Email", "Facebook", "LinkedIn", "WhatsApp", "Print")
    for names in (authors, (*authors, *second)):
        doc = clean(page(MENU, headline, "Published: March 12, 2026 3.12pm", names, between, PROSE))
        assert doc.title == headline
    doc = clean(page(MENU, headline, "By Karen Holt", authors[1], between, PROSE, FOOTER))
    assert doc.title == headline


def test_the_page_s_controls_under_the_byline_are_no_headline() -> None:
    # The last control has a headline's shape; the headline is the line over the byline.
    headline = "Council approves budget for bridge and buses"
    controls = ("Share this article", "Change text size", "Gift Premium Articles to Anyone")
    for signature in (
        ("Karen Holt (The Daily Town)", "Fri, November 20, 2026"),
        ("Karen Holt, Daily Town", "20.11.2026, 23:06"),
    ):
        doc = clean(page(MENU, headline, signature, controls, PROSE, FOOTER))
        assert doc.title == headline


def test_a_relative_time_in_a_headline_is_no_stamp() -> None:
    headline = "Boy last seen 5 days ago found safe in forest"
    assert clean(page(MENU, headline, PROSE, FOOTER)).title == headline


def test_a_shorter_headline_above_a_deck_is_the_headline() -> None:
    headline = "Council approves budget for bridge and buses"
    deck = "Opposition says the plan is too costly for a city of its size and leaves the north out"
    doc = clean(page(MENU, headline, deck, "By Karen Holt", PROSE, FOOTER))
    assert doc.title == headline
    # A longer line above is no headline of a shorter one (a related link, a teaser).
    doc = clean(page(MENU, deck, headline, "By Karen Holt", PROSE, FOOTER))
    assert doc.title == headline


@pytest.mark.parametrize(
    "crumbs",
    ["Sport | Football | Premier League", "Home › World › Asia Pacific", "News / Local / Courts"],
)
def test_a_breadcrumb_above_the_headline_is_no_shorter_headline(crumbs: str) -> None:
    # (Nor is a breadcrumb of two parts, over a headline of a deck's length.)
    long_headline = "Council approves budget of 40 million for the bridge and the buses"
    doc = clean(page(MENU, "Local News / City Hall", long_headline, "By Karen Holt", PROSE))
    assert doc.title == long_headline
    # A breadcrumb of short parts has a headline's length and letters, and sits right above
    # it: it is no shorter headline above a deck. A page's title line has two parts.
    headline = "Council approves budget for bridge and buses"
    doc = clean(page(MENU, crumbs, headline, "12 March 2026", PROSE, FOOTER))
    assert doc.title == headline
    titled = f"{headline} | The Daily Town"
    assert clean(page(titled, MENU, headline, PROSE, FOOTER)).title == headline


@pytest.mark.parametrize("label", ["Most read", "Trending:", "Lesen Sie auch", "Más leídas"])
def test_a_numbered_box_of_headlines_under_a_teasers_label_goes(label: str) -> None:
    # Numbered titles read as a reference list, which is always kept; under a teaser's label
    # alone, linking nowhere, they are other pages' headlines.
    box = ("1. Council tax to rise by 5% in April", "2. Man arrested after warehouse fire")
    doc = clean(page(MENU, PROSE, label, box, FOOTER))
    assert doc.body == "\n\n".join(PROSE)
    assert all(removed_lines(doc)[line] == "link list" for line in box)
    # A list of sources under such a label gives addresses: it stays, as references.
    sources = (
        "1. Reuters - Council tax to rise https://example.com/a",
        "2. AP - Fire https://example.com/b",
    )
    doc = clean(page(MENU, PROSE, label, sources, FOOTER))
    assert all(line in doc.text for line in sources)


def test_the_paragraph_under_the_headline_goes_as_its_standfirst() -> None:
    headline = "Council approves budget for bridge and buses"
    standfirst = "The plan, which opponents call too costly, passed by a single vote on Monday."
    doc = clean(page(MENU, headline, standfirst, "By Karen Holt", "Oct 15 2024", PROSE, FOOTER))
    assert doc.title == headline
    assert removed_lines(doc)[standfirst] == "standfirst"
    # A photo caption there is none.
    caption = "In this Oct. 12, 2024, file photo, the mayor speaks at the city hall in the north."
    doc = clean(page(MENU, headline, caption, "By Karen Holt", "Oct 15 2024", PROSE, FOOTER))
    assert removed_lines(doc)[caption] == "outside the article body"


def test_a_heading_that_introduces_a_paragraph_stays_next_to_a_caption() -> None:
    caption = "The mayor speaks to reporters at the city hall on Monday. (Photo: Jane Doe)"
    raw = page(
        MENU, "Council approves budget", PROSE[:2], caption, "Key points:", PROSE[2:], FOOTER
    )
    doc = clean(raw)
    assert removed_lines(doc)[caption] == "caption with agency credit"
    assert "Key points:\n\n" + PROSE[2] in doc.body
    # A run of short lines still goes, but for a heading with a paragraph under it.
    raw = page(MENU, "Council approves budget", PROSE[:2], "Tags", "What happens next:", PROSE[2:])
    doc = clean(raw)
    assert removed_lines(doc) == {**dict.fromkeys(MENU, "navigation"), "Tags": "navigation"}


@pytest.mark.parametrize(
    "trailer",
    [
        "— Reporting by Sam Price in London and Mei Tanaka in Tokyo; Editing by Lee J. Moore",
        "(Reporting by Sam Price; Writing by Ann Lee; Editing by Lee Moore)",
        "Associated Press writer Tom Becker in Berlin contributed to this report.",
        "Tom Becker contributed reporting from Kyiv.",
        # Where the writers were, first (AP's end note).
        "Wells reported from Birmingham, Alabama. Associated Press writer Jeff Amy in Atlanta "
        "contributed to this report.",
        "(Reporte de Sam Price; Editado en español por Ana Ruiz)",
        "(Reportagem de Ana Ruiz; Edição de Sam Price)",
        # Two roles, and a full stop at the end.
        "Reporte de Ana Ruiz; editado en español por Sam Price.",
        "Reporting by Sam Price; Editing by Lee Moore.",
        "Edited by Tshering Palden",
    ],
)
def test_a_wire_storys_credit_line_goes(trailer: str) -> None:
    # In an article alone as on a page, inside the article or right after it, above links.
    raws = (
        page(PROSE, trailer),
        page(MENU, PROSE, trailer, PROSE[0], FOOTER),
        page(MENU, PROSE, trailer, RELATED, FOOTER),
    )
    for raw in raws:
        assert removed_lines(clean(raw))[trailer] == "reporting credits"


@pytest.mark.parametrize(
    ("note", "reason"),
    [
        ("This article was amended on 19 October 2024 to correct the name of the bank.", ""),
        ("(This story has been corrected to show the vote was on Monday, not Tuesday)", ""),
        ("An earlier version of this story misstated the cost of the bridge.", ""),
        # An opinion piece's disclaimer.
        ("The views expressed here are the writer's own.", "opinion disclaimer"),
        ("Disclaimer: The views expressed are those of the author.", "opinion disclaimer"),
        ("The opinions expressed in this column are personal.", "opinion disclaimer"),
        ("This story has been updated to correct the number of new homes since 2017.", ""),
        # The comment section's disclaimer (one on the article's own content stays).
        (
            "Disclaimer: The comments uploaded on this site do not necessarily represent the "
            "views of the management. We reserve the right to exclude comments.",
            "comment disclaimer",
        ),
    ],
)
def test_a_note_on_a_changed_story_goes(note: str, reason: str) -> None:
    reason = reason or "correction note"
    assert removed_lines(clean(page(PROSE, note)))[note] == reason
    doc = clean(page(MENU, PROSE, note, RELATED, FOOTER))
    assert removed_lines(doc)[note] == reason


def test_a_sentence_about_reporting_is_no_credit_line() -> None:
    sentences = (
        "Reporting by the Times showed that the deal was larger than the council had said.",
        "She said she contributed to this report herself, and would do it again.",
        "Lee reported from Kyiv. She said she contributed to this report, and would again.",
        "The council said this article of the budget was amended on Monday after the vote.",
        "Reporting by the Times showed the deal was larger; critics said it was smaller.",
        "The views expressed at the meeting were divided, the mayor said on Monday.",
    )
    assert page_removals(page(PROSE[:2], sentences, PROSE[2:])) == []


def test_a_pitch_to_subscribe_does_not_carry_the_article_on() -> None:
    pitch = (
        "Subscribe to TOWN PLUS to get access to The Daily Town and 70 other titles, share up "
        "to 5 gadgets, listen to the news and download it as early as 4am. Call 555 0100."
    )
    footer = "For feedback, complaints, or inquiries, contact us."
    doc = clean(
        page(
            MENU,
            PROSE,
            "Read Next",
            RELATED[0],
            "Don't miss out on the latest news and information.",
            pitch,
            footer,
        )
    )
    assert doc.body == "\n\n".join(PROSE)
    assert removed_lines(doc)[pitch] == "cookie/subscription line"


def test_a_three_word_byline_below_the_headline_is_not_taken_for_it() -> None:
    headline = "Council approves budget for bridge and buses"
    doc = clean(page(MENU, headline, "Town Online Report", PROSE, FOOTER))
    assert doc.title == headline
    # Nor is the site's name that the masthead repeats ("The Japan News by The Yomiuri
    # Shimbun"); a three-word headline that the page repeats whole is still found.
    doc = clean(
        page("The Town News by Daily Town Media", MENU, headline, "Daily Town Media", PROSE)
    )
    assert doc.title == headline
    short = "Council approves budget"
    raw = page(f"{short} | Daily Town", MENU, short, "Daily Town Media", PROSE, FOOTER)
    assert clean(raw).title == short
    # A three-word headline with nothing longer above it is still found.
    assert clean(page(MENU, "Council approves budget", PROSE, FOOTER)).title == (
        "Council approves budget"
    )


def test_the_papers_name_in_a_datelines_credit_is_no_repeated_headline() -> None:
    headline = "Council approves budget for bridge and buses"
    lead = f"RIVERTON (The Daily Town/ANN) - {PROSE[0]}"
    doc = clean(page("The Daily Town", MENU, headline, lead, PROSE[1:], FOOTER))
    assert doc.title == headline
    assert "The Daily Town\n" not in doc.text


# Headline sectioner --------------------------------------------------------------------------


def test_headline_only_when_the_first_line_reads_like_one() -> None:
    assert clean(page("Council approves budget", PROSE)).title == "Council approves budget"
    assert clean(page(PROSE)).title is None
    assert clean("Council approves budget").title is None
    assert clean(page("1. Council approves budget", PROSE)).title is None
    assert clean(page("By Jane Doe", PROSE)).title is None
    # A headline in guillemets is one (a trailing "/" or "|" is a breadcrumb, "»" is not).
    assert clean(page("«Nous ne lâcherons rien»", PROSE)).title == "«Nous ne lâcherons rien»"


# Properties ---------------------------------------------------------------------------------

pages = st.lists(
    st.one_of(
        st.sampled_from([*PROSE, *MENU, *RELATED, *FOOTER]),
        article_texts(max_paragraphs=2),
        texts(max_size=80),
    ),
    max_size=25,
).map("\n".join)


@given(st.one_of(pages, texts(), article_texts()))
def test_cleaning_is_lossless_and_deterministic(raw: str) -> None:
    doc = run_cleaner(clean_page, raw)
    assert rebuild_raw(doc.text, doc.removals) == raw
    assert run_cleaner(clean_page, raw) == doc
    assert page_removals(raw) == page_removals(raw)


@given(article_texts())
def test_citation_markers_are_never_removed(raw: str) -> None:
    doc = run_cleaner(clean_page, raw)
    marker = regex.compile(r"\[\d+\]")
    assert marker.findall(doc.text) == marker.findall(raw)


_CAPTION_PIECES = st.sampled_from(
    [
        "(Photo: AFP",
        "(AP Photo/Evan Vucci",
        " - AFP/VNA Photo",
        " Photo: Reuters",
        "Photo by: X",
        "Image credit",
        " credit",
        "photo",
        ")",
        "(",
        ":",
        " - ",
        "/",
        " ",
        "word",
        "2024",
    ]
)


@given(
    st.lists(_CAPTION_PIECES, max_size=8).map("".join),
    st.sampled_from(["", ".", "!", "?"]),
    st.sampled_from(["", '"', "”", "’", "»", ")", "'"]),
)
def test_caption_check_skips_only_lines_the_caption_pattern_cannot_match(
    middle: str, stop: str, close: str
) -> None:
    # The cleaner does not look for a caption credit in a long line that ends with a full stop
    # (or one in closing quotes); the pattern it would run must find nothing there.
    from newsclaims.default_plugins import cleaning

    line = ("x " * 50 + middle + stop + close).strip()
    if len(line) > cleaning.CAPTION_TAIL and cleaning._ends_with_stop(line):
        tail = len(line) - cleaning.CAPTION_TAIL
        assert cleaning._CAPTION.search(line, tail) is None


@pytest.mark.parametrize("label", ["Live", "LIVE", "Breaking", "Exclusive", "Developing"])
def test_a_labelled_title_of_a_text_that_is_all_article_is_its_headline(label: str) -> None:
    title = f"{label}: Election night results as they happen"
    doc = clean(page(title, PROSE[:3]))
    assert doc.removals == ()
    assert doc.title == title


def test_a_teaser_atop_a_text_that_is_all_article_still_goes() -> None:
    teaser = "Read also: Senators seek audit of the flood control budget"
    doc = clean(page(teaser, PROSE[:3]))
    assert removed_lines(doc) == {teaser: "teaser"}


def test_a_headline_over_a_shorter_deck_is_the_headline() -> None:
    # A deck of ten words or more under the headline is no headline, even when the headline
    # says more; a line of a box of headlines above is no headline over a deck.
    headline = "Council approves budget of 40 million for the bridge, the buses and the library"
    deck = "Opposition says the plan is too costly and leaves the north out"
    doc = clean(page(MENU, headline, deck, "By Karen Holt", PROSE, FOOTER))
    assert doc.title == headline
    # The deck goes as the standfirst it is, not with the byline as a link list, and the
    # byline as one.
    assert removed_lines(doc)[deck] == "standfirst"
    assert removed_lines(doc)["By Karen Holt"] == "byline or date stamp"
    # Under a box of longer headlines, a headline of ten words is no deck of the last one.
    box = (
        "Mayor opens the new library in the north of the city after two years of delays",
        "Five things to know about the new bus lanes before they open to traffic in May",
    )
    title = "Council approves the budget for the bridge and the buses"
    doc = clean(page(MENU, box, title, "By Karen Holt", PROSE, FOOTER))
    assert doc.title == title


def test_a_live_pages_controls_key_events_and_sharing_buttons() -> None:
    # A live page: its headline and deck, its controls, its key events (a time ago and a
    # heading), its stamp, then entries with a sharing button after each.
    headline = "Budget day live: council sets out its plans for the bridge and the buses"
    deck = "Mayor presents spending plans to councillors; opposition calls them too costly"
    controls = ("Show key events only", "Please turn on JavaScript to use this feature")
    events = ("Key events", "2h ago", "Bus fares frozen", "3h ago", "Mayor on her feet")
    last = "The mayor has begun her statement in the council chamber."
    entries = (
        ("15.42 GMT", "Opposition leader responds", PROSE[0], PROSE[1], "Share"),
        ("15.12 GMT", "Bus fares frozen", PROSE[2], "Share"),
        ("14.31 GMT", "Mayor on her feet", last, "Share"),
    )
    raw = page(MENU, headline, deck, controls, events, "Updated at 15.42 GMT", *entries, FOOTER)
    doc = clean(raw)
    assert doc.title == headline
    assert doc.body.startswith(PROSE[0])
    assert doc.body.endswith(last)
    # A headline that opens with such a verb, but not a control's words, is one.
    headline = "Show must go on for the flooded theatre, says its director"
    assert clean(page(MENU, headline, "By Karen Holt", PROSE, FOOTER)).title == headline


def test_a_label_between_the_standfirst_and_the_article_is_no_headline() -> None:
    # Between the standfirst and the article: a byline, a stamp, a reading time (a short line
    # that reads as prose) and a label of a headline's shape.
    headline = "Council approves budget for bridge and buses"
    standfirst = "The plan, which opponents call too costly, passed by a single vote on Monday."
    label = "Article reserved for subscribers"
    between = ("By Karen Holt", "Oct 15 2024", "Reading time 3 min.", label)
    doc = clean(page(MENU, headline, standfirst, between, PROSE, FOOTER))
    assert doc.title == headline
    assert removed_lines(doc)[standfirst] == "standfirst"
    # Over a headline and its byline, another story's headline and teaser: no standfirst.
    summary = "The new library, which cost 4 million, will open six days a week from June."
    teaser = ("Mayor opens new library in the north", summary)
    doc = clean(page(MENU, teaser, headline, "By Karen Holt", PROSE[:3], FOOTER))
    assert doc.title == headline


@pytest.mark.parametrize("line", ["By Karen Holt", "Updated March 12, 2026 9:14 PM"])
def test_a_byline_or_stamp_alone_inside_the_article_goes(line: str) -> None:
    doc = clean(page(MENU, PROSE[:2], line, PROSE[2:], FOOTER))
    assert doc.body == "\n\n".join(PROSE)
    assert removed_lines(doc)[line] == "byline or date stamp"
    # A subheading alone stays, and so does an embedded post's signature after a dash.
    for line in ("The cost of the bridge", "— Ann Lee (@annlee) March 12, 2026"):
        assert line in clean(page(MENU, PROSE[:2], line, PROSE[2:], FOOTER)).body


def test_a_drop_cap_joins_the_rest_of_its_word() -> None:
    # A magazine's drop cap alone on its line: the line break after it goes, the letter stays.
    first = "he city council approved the new budget on Monday after a long debate."
    doc = clean(page(MENU, "Council approves budget", "By Karen Holt", "T", first, PROSE, FOOTER))
    assert doc.body.startswith("The city council approved the new budget on Monday")
    assert removed_lines(doc).get("T") is None
    assert any(r.reason == "drop cap" for r in doc.removals)


def test_a_drop_cap_joins_its_word_in_a_text_that_is_all_article() -> None:
    # No page furniture: the text is all article, and its drop caps are joined all the same
    # (the first paragraph's, and one that opens a later section).
    raw = "W\nhen the ferry left at dawn, the captain had been awake for hours.\n\n"
    raw += "He has made the crossing for thirty years.\n\nT\nhe bridge took his trade.\n"
    doc = clean(raw)
    assert doc.text.startswith("When the ferry left at dawn")
    assert "The bridge took his trade." in doc.text
    assert [r.reason for r in doc.removals] == ["drop cap", "drop cap"]


@pytest.mark.parametrize("sep", ["\t", "   "])
def test_a_table_between_paragraphs_stays(sep: str) -> None:
    # A table copied from a page: its cells with tabs between, or laid out with spaces as a
    # text browser writes it. Its rows cost the article no more than paragraphs do, and none
    # is the headline.
    headline = "Council approves budget for bridge and buses"
    table = (
        *(
            sep.join(row)
            for row in (
                ("Item", "2025", "2026"),
                ("Bridge repairs", "12.0", "14.5"),
                ("Bus lanes", "3.1", "4.0"),
                ("Library", "1.2", "1.1"),
                ("Parks", "0.8", "0.9"),
                ("Total", "17.1", "20.5"),
            )
        ),
        "Source: city budget office",
    )
    doc = clean(page(MENU, headline, "By Karen Holt", PROSE[:2], table, PROSE[2:], FOOTER))
    assert doc.title == headline
    assert doc.body == "\n\n".join((*PROSE[:2], *table, *PROSE[2:]))


@pytest.mark.parametrize("sep", ["\t", " | ", "    "])
def test_a_table_in_a_short_article_takes_nothing_with_it(sep: str) -> None:
    # No page around it: the table (tabs, Markdown's pipes, or runs of spaces) and its lead-in
    # make no menu, and the short paragraph after it stays.
    rows = [
        ["Segment", "Q3 2026", "Q3 2025"],
        ["Cloud", "1,840", "1,420"],
        ["Devices", "1,210", "1,305"],
    ]
    if sep != " | ":
        table = [sep.join(r) for r in rows]
    else:
        table = [f"| {sep.join(r)} |" for r in rows]
        table.insert(1, "|---|---|---|")
    raw = "\n".join(
        [
            "Quarterly results beat forecasts",
            "",
            PROSE[0],
            "",
            "The figures, in millions of dollars:",
            "",
            *table,
            "",
            "Shares rose 6.1% in after-hours trading.",
        ]
    )
    assert page_removals(raw) == []


@pytest.mark.parametrize("gap", ["  ", "   ", "      "])
def test_a_table_laid_out_with_spaces_after_a_match_report_stays(gap: str) -> None:
    # A text browser lays a table out with runs of spaces: its rows read as a link list under
    # the last paragraph and went with the links below it.
    table = [
        gap.join(row)
        for row in (
            ("Team", "P", "W", "D", "L", "Pts"),
            ("Arsenal", "11", "8", "2", "1", "26"),
            ("Liverpool", "11", "7", "3", "1", "24"),
            ("Manchester City", "11", "7", "2", "2", "23"),
        )
    ]
    doc = clean(page(MENU, "Arsenal beat Chelsea", "By Tom Hughes", PROSE, table, RELATED, FOOTER))
    assert doc.body == "\n\n".join((*PROSE, *table))
    assert all(c.text not in table for c in doc.claims)


def test_a_menu_laid_out_in_columns_and_double_spaced_sentences_are_no_table() -> None:
    # Columns without figures are a menu's; sentences with two spaces after their full stops
    # end like sentences.
    menu = ("Home    News    Sport", "World    Business    Culture", "Weather    Travel    Video")
    headline = "Council approves budget for bridge and buses"
    doc = clean(page(menu, headline, PROSE, RELATED, FOOTER))
    assert all(line in removed_lines(doc) for line in menu)
    assert doc.body == "\n\n".join(PROSE)
    typed = tuple(p.replace(", and", ".  And").replace(" that ", ".  That ") for p in PROSE)
    doc = clean(page(MENU, "Council approves budget", typed, RELATED, FOOTER))
    assert doc.body == "\n\n".join(typed)


def test_a_table_copied_one_cell_per_line_does_not_end_the_article() -> None:
    # A header row with no figure, then rows with figures in the same columns: the article's
    # table, not a menu; the paragraphs after it stay, and its cells go as a table (a figure
    # alone is no claim). A numbered box of headlines is none.
    table = ("Party", "Seats", "Change", "Coalition", "48", "+9", "Greens", "9", "-2")
    doc = clean(page(MENU, "Council approves budget", PROSE[:2], table, PROSE[2:], FOOTER))
    assert doc.body == "\n\n".join(PROSE)
    assert {removed_lines(doc)[cell] for cell in table} == {"table"}
    box = ("1", "Bus fares rise", "2", "Bridge shut", "3", "Parks reopen")
    doc = clean(page(MENU, "Council approves budget", PROSE[:2], box, PROSE[2:], FOOTER))
    assert not any(line in doc.body.splitlines() for line in box)


def test_a_captions_text_over_its_credit_alone_goes_with_it() -> None:
    # The caption's text, then its credit alone on the next line, under the byline.
    text = "The old bridge over the river will stay closed until the autumn."
    credit = "Photo: Jane Doe/AP"
    headline = "Council approves budget for bridge and buses"
    doc = clean(page(MENU, headline, "By Karen Holt", "Share", text, credit, PROSE, FOOTER))
    assert removed_lines(doc)[text] == removed_lines(doc)[credit] == "caption with agency credit"
    assert doc.body == "\n\n".join(PROSE)
    # Between two paragraphs, a short paragraph over a credit may be the article's: it stays.
    doc = clean(page(MENU, headline, PROSE[:2], text, credit, PROSE[2:], FOOTER))
    assert text in doc.body


def test_a_live_pages_headline_over_its_summary_and_labelled_stamps() -> None:
    # Under the headline, the key points of a live page, then its notes (a line of a
    # headline's shape among them), then entries stamped with a label ("Posted at 16:05").
    headline = "Storm live: thousands without power as gales batter the coast"
    summary = (
        "Summary",
        "Winds of up to 90mph recorded in exposed areas",
        "More than 20,000 homes without power in the region",
        "Rail services cancelled across the south of the county",
    )
    notes = ("Live Reporting", "Edited by Ann Lee", "All times stated are local time")
    entries = (
        ("Posted at 16:05", "Power restored to 8,000 homes", PROSE[0], PROSE[1]),
        ("Posted at 15:41", "Trains cancelled", PROSE[2], PROSE[3]),
    )
    doc = clean(page(MENU, headline, summary, notes, *entries, FOOTER))
    assert doc.title == headline
    assert all(line in doc.text for line in summary)
    assert doc.body.endswith(PROSE[3])


def test_a_sentence_thick_with_names_over_a_caption_stays() -> None:
    # Two short lines in a row inside the article go as a link list, but a line of ten words
    # or more that ends like a sentence is the article's, however few its small words.
    sentence = 'Council Leader Priya Desai called the plan "a blueprint for Leeds."'
    raw = (
        "Skip to content\nNews | Sport | Weather | Travel\nSign in  Subscribe\n\n"
        "Leeds approves new tram line after long debate\n\n"
        "By Tom Hale, Transport Reporter\nPublished 9:15 AM GMT, Tue March 4, 2025\n\n"
        "LEEDS — The city council approved a new tram line on Tuesday after a debate that "
        "lasted more than six hours, ending a decade of plans that never left the page.\n\n"
        '"This is the day the city has waited for," said councillor Ann Webb, who led the '
        'bid for national funding. "Work starts in the spring."\n\n'
        f"{sentence}\n\n"
        "Councillors vote in the chamber on March 4, 2025. (Photo: Jo Reid/PA)\n\n"
        "Opponents said the cost would rise, and asked for an independent review of the "
        "budget before any contract is signed with the builders.\n\n"
        "Related stories\nBus fares to rise in April\nStation roof repairs delayed\n"
    )
    doc = clean(raw)
    assert sentence in doc.text
    assert "(Photo: Jo Reid/PA)" not in doc.text and "Bus fares" not in doc.text


def test_the_byline_and_stamp_over_the_article_go_as_such() -> None:
    raw = (
        "Home | Local | Sport | Business\n\n"
        "Ferry service to resume after winter storms\n\n"
        "By Ruth Okafor, Staff Writer\nUpdated 7:05 AM CST, Monday, January 13, 2025\n\n"
        "The island ferry will run again from Monday, the operator said on Sunday, after "
        "storm damage to the pier kept the boats in harbour for almost three weeks.\n\n"
        "Engineers finished repairs to the landing stage on Friday, and a test crossing "
        "with no passengers on board went without trouble, according to the company.\n"
    )
    reasons = removed_lines(clean(raw))
    assert reasons["By Ruth Okafor, Staff Writer"] == "byline or date stamp"
    assert reasons["Updated 7:05 AM CST, Monday, January 13, 2025"] == "byline or date stamp"
    assert reasons["Home | Local | Sport | Business"] != "byline or date stamp"


def test_a_gallery_with_counters_and_photo_slash_credits_goes_and_the_article_goes_on() -> None:
    # A caption credited "PAPER PHOTO / NAME" (a photo word, a slash, the photographer) is a
    # caption; the gallery's counters go with the captions, and the paragraph after it stays.
    # "In photos: ..." is the headline, and a breadcrumb of two parts is none.
    headline = "In photos: Lantern festival lights up the old quarter"
    gallery = (
        "1 of 3",
        "Children carry paper lanterns along the river on Friday. TOWN PHOTO / ANA M. REYES",
        "2 of 3",
        "A vendor sells candles near the old bridge. TOWN PHOTO / LEO DIAZ",
        "3 of 3",
        "Families watch the boats pass the market square. TOWN PHOTO / ANA M. REYES",
    )
    raw = page(
        MENU,
        "NEWS / Metro",
        headline,
        "By: Mara Lopez - Reporter",
        PROSE[:2],
        gallery,
        PROSE[2],
        RELATED,
        FOOTER,
    )
    doc = clean(raw)
    assert doc.title == headline
    reasons = removed_lines(doc)
    assert all(reasons[line] == "caption with agency credit" for line in gallery)
    assert PROSE[2] in doc.text


def test_a_caption_with_a_date_under_a_label_does_not_hide_the_headline() -> None:
    # A label over a caption with a date is no headline over its byline: the headline above
    # the standfirst stays the headline.
    headline = "Walnut growers face a harvest cut by half after spring frost"
    raw = page(
        MENU,
        headline,
        "Growers in the valley fear for their farms and ask the state for an emergency fund "
        "after a spring of frost and a dry summer.",
        "By Claire Vautrin",
        "Article for subscribers only",
        "In an orchard near Vinay on October 8, 2026, as the harvest began. JEAN DUPONT / AFP",
        PROSE,
        RELATED,
        FOOTER,
    )
    doc = clean(raw)
    assert doc.title == headline
    assert "Article for subscribers only" not in doc.text


def test_a_dateline_lead_thin_in_stop_words_and_an_indonesian_byline() -> None:
    # A first paragraph that opens with a dateline is prose however few its stop words (names
    # of places and offices); "Penulis ... | Editor ..." is a byline, not the headline.
    headline = "Banjir Rendam Tiga Kecamatan di Bojonegoro"
    lead = (
        "BOJONEGORO, KOMPAS.com - Banjir akibat meluapnya Sungai Bengawan Solo merendam tiga "
        "kecamatan di Kabupaten Bojonegoro, Jawa Timur, sejak Sabtu malam."
    )
    body = (
        "Kepala BPBD Bojonegoro mengatakan sekitar 1.200 warga telah dievakuasi ke balai desa "
        "dan sekolah yang berada di dataran yang lebih tinggi dari sungai.",
        "Menurut dia, petugas gabungan dari TNI, Polri, dan relawan telah mendirikan dapur umum "
        "di tiga titik, dan bantuan untuk warga juga mulai disalurkan.",
        "Dia mengimbau warga yang tinggal di bantaran sungai untuk tetap waspada karena hujan "
        "diperkirakan masih akan turun hingga beberapa hari ke depan.",
    )
    byline = "Penulis Dewi Lestari | Editor Andi Hartono"
    raw = page(
        ("Beranda", "Nasional", "Regional", "Ekonomi"),
        headline,
        "Kompas.com - 18/01/2026, 14:20 WIB",
        byline,
        lead,
        body,
        ("Tag", "banjir", "bengawan solo"),
        "Copyright 2026 Kompas. All Rights Reserved.",
    )
    doc = clean(raw)
    assert doc.title == headline
    assert lead in doc.body
    assert byline not in doc.text


@pytest.mark.parametrize(
    "credit", ["The Daily Town/ANN", "— Reuters", "THE TOWN/ASIA NEWS NETWORK"]
)
def test_a_credit_on_a_line_of_its_own_after_the_article_goes_as_a_credit(credit: str) -> None:
    # Not with the link list under it: it is the story's credit.
    doc = clean(page(MENU, "Council approves budget", PROSE, credit, "Related", RELATED, FOOTER))
    gone = removed_lines(doc)
    assert gone[credit] == "credit"
    assert gone["Related"] == "link list"
    assert doc.body.endswith(PROSE[-1])


def test_a_headline_far_above_the_article_over_boxes_of_links_is_found() -> None:
    # Sharing buttons and two boxes of links under their labels stand between the headline
    # (over its byline) and the article, more lines than the headline is looked for in: a
    # link of the nearest box is no headline.
    headline = "Port workers vote to strike over automation plans"
    shares = ("Share on Facebook", "Share on X", "Email", "Print", "Listen to this article")
    raw = page(
        MENU,
        headline,
        "By Nadia Rahman",
        "Published November 12, 2026",
        shares,
        "Most popular",
        RELATED[:2],
        "Trending",
        RELATED[2],
        PROSE,
        FOOTER,
    )
    doc = clean(raw)
    assert doc.title == headline
    assert RELATED[2] not in doc.text
    # A link of a box right above the headline is no shorter headline over it (as a deck).
    headline = "Council approves budget for the bridge and the buses"
    raw = page(MENU, "Related", "Mayor opens new library", headline, "By Karen Holt", PROSE)
    assert clean(raw + page(FOOTER)).title == headline


@pytest.mark.parametrize("tag", ["/cb", "(Yonhap)", "(Jiji Press)"])
def test_the_last_paragraph_with_an_end_tag_stays_without_it(tag: str) -> None:
    # "... after about 15 hours. /cb", "... since May. (Yonhap)": an editor's initials or the
    # agency in brackets keep the line from reading as prose, but it is the article's last
    # paragraph, right after the block; the tag goes as a credit.
    last = "The festival ended at the old square after about fifteen hours."
    doc = clean(page(MENU, "Council approves budget", PROSE, f"{last} {tag}", RELATED, FOOTER))
    assert doc.body.endswith(last)
    assert removed_lines(doc)[tag] == "credit"
    # In a text that is all article too, and over a line that goes (a disclaimer).
    doc = clean(page(PROSE, f"{last} {tag}"))
    assert doc.text.endswith(f"{last}\n")
    disclaimer = "The views expressed here are the writer's own and not those of this paper."
    doc = clean(page(MENU, PROSE, f"{last} {tag}", disclaimer, RELATED, FOOTER))
    assert doc.body.endswith(last)


@pytest.mark.parametrize(
    "caption",
    [
        "Des producteurs trient les noix abîmées près de Vinay, le 8 octobre 2026, au lendemain "
        "des premières récoltes. JEAN-PIERRE DUPONT / AFP",
        "Soldiers walk past a destroyed school in Kharkiv, Ukraine, March 3, 2026, after a "
        "night of shelling. REUTERS/Jane A. Doe",
        "Una oficina de empleo en Madrid, en una imagen de archivo. EFE/Juan Pérez",
        # "Photo by" and no colon after the sentence.
        "Farmers harvest rice in Cabanatuan City on Monday. PHOTO BY ANA CRUZ / INQUIRER LUZON",
    ],
)
def test_a_caption_credited_to_a_photographer_and_an_agency_goes(caption: str) -> None:
    # "... le 8 octobre. JEAN DUPONT / AFP", "... REUTERS/Jane Doe": a photographer's name
    # and an agency after the caption's sentence, set between paragraphs.
    doc = clean(page(MENU, "Council approves budget", PROSE[:2], caption, PROSE[2:], FOOTER))
    assert removed_lines(doc)[caption] == "caption with agency credit"
    assert doc.body == "\n\n".join(PROSE)


def test_a_byline_repeated_as_a_photos_credit_is_no_headline() -> None:
    # The paper's name as the byline and again under a caption inside the article: a short
    # line repeated is no headline when a copy stands below the article's first line.
    headline = "Tokyo Bay ferry resumes service after a 30-year gap"
    caption = "A ferry arrives at a pier in Chuo Ward, Tokyo, on Tuesday."
    raw = page(
        MENU,
        headline,
        "The Harbour Shimbun",
        "10:45 JST, December 3, 2026",
        caption,
        "The Harbour Shimbun",
        PROSE,
        FOOTER,
    )
    assert clean(raw).title == headline


def test_the_sites_name_in_a_byline_does_not_repeat_it_as_the_headline() -> None:
    # "Par Le Courrier du Sud avec AFP" names the site, whose name tops the page: no repeat.
    headline = "Council approves budget for bridge and buses"
    site = "Le Courrier du Sud"
    doc = clean(page(site, MENU, headline, f"Par {site} avec AFP", PROSE, FOOTER))
    assert doc.title == headline


@pytest.mark.parametrize(
    "label",
    [
        *("ADVERTISEMENT", "Publicité", "PUBLICIDAD", "Anzeige", "広告", "Advert"),
        *("Continue reading the main story", "SKIP ADVERTISEMENT", "Story continues"),
    ],
)
def test_an_advertisements_label_goes_and_a_short_paragraph_beside_it_stays(label: str) -> None:
    headline = "Council approves budget for bridge and buses"
    short = "Fishermen demand faster seawall construction."
    raw = page(MENU, headline, PROSE[:2], label, short, PROSE[2:], "Related", RELATED, FOOTER)
    doc = clean(raw)
    assert removed_lines(doc)[label] == "advertisement"
    assert short in doc.body
    assert doc.body == "\n\n".join((*PROSE[:2], short, *PROSE[2:]))


@pytest.mark.parametrize(
    "post",
    [
        (
            "Stuck at the airport for two hours. Unacceptable. pic.twitter.com/Ab12Cd34Ef",
            "— Tom Harlan (@SenTomHarlan) November 3, 2026",
        ),
        (
            "Cierre del centro este domingo 👇 https://t.co/AbC123",
            "— Ayuntamiento de la Ciudad (@AyuntamientoCiudad) 3 de noviembre de 2026",
        ),
        ("View this post on Instagram", "A post shared by Transport Union (@transport.union)"),
        ("Lihat postingan ini", "— Kementerian PUPR (@KemenPU) 3 November 2026"),
    ],
)
@pytest.mark.parametrize(
    "ad", [(), ("ADVERTISEMENT", "Continue reading below"), ("Story continues",)]
)
def test_a_social_post_embedded_in_the_article_does_not_cut_it(
    post: tuple[str, ...], ad: tuple[str, ...]
) -> None:
    # An embedded post (its text, then the embed's credit with the handle and the date), with
    # an advertisement's break under it, read as a link list that split the article: its
    # paragraphs after the post went as outside it.
    headline = "Council approves budget for bridge and buses"
    raw = page(MENU, headline, PROSE[:2], post, ad, PROSE[2], post, PROSE[3], RELATED, FOOTER)
    doc = clean(raw)
    assert doc.body == "\n\n".join(PROSE)
    gone = removed_lines(doc)
    assert gone[post[-1]] == "embedded post"
    assert all(gone[label] == "advertisement" for label in ad)
    # A post's credit alone between paragraphs stays (as the benchmark's bodies keep it).
    raw = page(MENU, headline, PROSE[:2], post[-1], PROSE[2:], RELATED, FOOTER)
    assert clean(raw).body == "\n\n".join((*PROSE[:2], post[-1], *PROSE[2:]))


def test_a_handle_in_a_line_is_no_embedded_post() -> None:
    line = "Follow the mayor (@DailyTownMayor) for updates on the 2026 budget"
    raw = page(MENU, "Council approves budget for bridge and buses", PROSE[:2], line, PROSE[2:])
    assert removed_lines(clean(raw + "\n".join(FOOTER))).get(line) != "embedded post"


@pytest.mark.parametrize("label", ["Advertisement", "ADVERTISEMENT", "PUBLICIDAD"])
@pytest.mark.parametrize(
    "caption", [(), ("Chloe Adams posted photos from the ceremony on a clifftop in Uluwatu",)]
)
def test_short_sentences_under_an_advertisement_below_the_block_stay(
    label: str, caption: tuple[str, ...]
) -> None:
    # A tabloid's last paragraphs are single short sentences: under an ad's label, below the
    # block of prose, they went as outside the article.
    short = ("Her co-stars rushed to congratulate her.", "'So happy for you both!' wrote one.")
    headline = "Reality star reveals secret wedding in Bali"
    doc = clean(page(MENU, headline, PROSE, caption, label, short, "Most read", RELATED, FOOTER))
    assert doc.body == "\n\n".join((*PROSE, *short))
    assert removed_lines(doc)[label] == "advertisement"


def test_link_titles_under_an_advertisement_below_the_block_go() -> None:
    titles = ("Why are house prices falling again?", "Council to vote on bridge repairs.")
    doc = clean(page(MENU, "Council approves budget", PROSE, "Advertisement", titles[:1], FOOTER))
    assert doc.body == "\n\n".join(PROSE)
    doc = clean(page(MENU, "Council approves budget", PROSE, "Ad", "Related", titles[1:], FOOTER))
    assert doc.body == "\n\n".join(PROSE)


@pytest.mark.parametrize(
    "note",
    [
        "A version of this article appears in print on Nov. 4, 2026, Section B, Page 11 of the "
        "New York edition with the headline: Margaret Ellis, 91, Who Mapped Red Sea Reefs.",
        "This article appeared in the Finance & economics section of the print edition under "
        'the headline "Bridge over troubled water"',
    ],
)
def test_a_note_on_the_print_edition_at_the_end_goes(note: str) -> None:
    doc = clean(page(MENU, "Council approves budget", PROSE, note, RELATED, FOOTER))
    assert removed_lines(doc)[note] == "print edition note"
    assert doc.body == "\n\n".join(PROSE)
    # Also in a text that is all article.
    doc = clean(page("Council approves budget", PROSE, note))
    assert removed_lines(doc)[note] == "print edition note"
    said = "The mayor said this article appeared in print before the vote, which she regretted."
    assert said in clean(page(MENU, PROSE, said, FOOTER)).body


@pytest.mark.parametrize("label", ["[Kim Ji-hoon]", "[Editorial]", "[Herald Interview]"])
def test_a_headline_after_a_label_in_brackets_is_the_headline(label: str) -> None:
    # A column's or its writer's name in brackets opens the headline (Korean papers).
    headline = f"{label} Why the city needs a housing plan that lasts"
    doc = clean(page(MENU, headline, "By Kim Ji-hoon", PROSE, RELATED, FOOTER))
    assert doc.title == headline
    assert not newsclaims.parse("[1] Smith J, Lee K. Plastics in the sea\n" + PROSE[0]).title


def test_a_caption_credited_after_a_dash_over_the_datelined_lead_goes() -> None:
    # A story's credit ends it; over the lead that opens with a dateline, a line with one is
    # a photo's caption. The same credit at the story's end loses only the credit.
    caption = "Aircraft are parked at the new airport in East Kalimantan. - Antara"
    lead = f"JAKARTA (Reuters): {PROSE[0]}"
    doc = clean(page(MENU, "Council approves budget", caption, lead, PROSE[1:], RELATED, FOOTER))
    assert removed_lines(doc)[caption] == "caption with agency credit"
    assert doc.body == "\n\n".join((lead, *PROSE[1:]))
    doc = clean(page(MENU, "Council approves budget", lead, PROSE[1:], caption, RELATED, FOOTER))
    assert doc.body.endswith(caption.removesuffix(" - Antara"))


def test_a_japanese_papers_caption_with_its_credit_after_an_equals_sign_goes() -> None:
    prose = (
        "新潟県内では21日、強い寒気の影響で記録的な大雪となり、住宅の屋根が雪の重みで崩れる被害が相次いだ。",
        "気象庁によると、魚沼市では24時間の降雪量が観測史上最大の110センチに達した。",
        "県によると、これまでに3人が軽いけがをした。JR東日本は上越線の一部区間で運転を見合わせている。",
    )
    caption = "除雪作業をする住民（21日午後、新潟県魚沼市で）＝読売ヘリから"
    menu = ("ホーム", "ニュース", "社会", "政治", "経済", "国際")
    doc = clean(page(menu, "新潟で記録的大雪", prose[:2], caption, prose[2:], "関連記事", FOOTER))
    assert removed_lines(doc)[caption] == "caption with agency credit"
    assert doc.body == "\n\n".join(prose)


def test_a_last_paragraph_with_a_credit_after_a_double_hyphen_stays() -> None:
    # "... he told reporters. -- Dawn/ANN": the credit after two hyphens goes, and the short
    # paragraph before it reads as a sentence (it went with the links below it).
    last = '"We have asked the city for more money," he told reporters.'
    for credit in ("-- Dawn/ANN", "-- TOWN NEWS", "-- Reuters"):
        doc = clean(page(MENU, "Council approves budget", PROSE, f"{last} {credit}", RELATED))
        assert doc.body == "\n\n".join((*PROSE, last))
        assert removed_lines(doc)[credit] == "credit"


def test_a_short_opening_sentence_under_the_stamp_and_a_short_headline_over_by_stay() -> None:
    # A column: a three-word headline over its "By: ..." byline (not the section's name of
    # four words above it), and a first paragraph of seven words with no small words.
    headline = "The ayuda trap"
    opening = "Every election season, cash aid programs multiply."
    stamp = ("By: Jane Doe - @dailytown", "Daily Town / 05:05 AM November 21, 2026")
    doc = clean(page(MENU, "Talk of the Town", headline, stamp, opening, PROSE, RELATED, FOOTER))
    assert doc.title == headline
    assert doc.body == "\n\n".join((opening, *PROSE))


@pytest.mark.parametrize(
    "contact",
    ["Comments to commentary@dailytown.com", "Email: jane.doe@dailytown.com"],
)
def test_a_line_with_an_address_to_write_to_at_the_end_goes(contact: str) -> None:
    doc = clean(page(MENU, "Council approves budget", PROSE, contact, RELATED, FOOTER))
    assert removed_lines(doc)[contact] == "contact line"
    assert doc.body == "\n\n".join(PROSE)
    # A columnist's signature and a sentence that gives an address are no such line.
    for line in ("Columnist Jane Doe jane@dailytown.com", "Write to desk@dailytown.com today."):
        raw = page(MENU, "Council approves budget", PROSE[:3], line, PROSE[3:], FOOTER)
        assert line in clean(raw).body


def test_a_subheading_and_a_short_paragraph_over_the_reference_list_stay() -> None:
    # Between the article's last paragraph and its reference list: the article runs on to its
    # references, and a short sentence under a subheading is no link.
    cited = (f"{PROSE[0][:-1]} [1].", f"{PROSE[1][:-1]} [2].", PROSE[2])
    heading, short = "Why it matters", "False claims about budgets spread quickly."
    references = ("Sources", "[1] City of Town, Budget 2026, p. 4.", "[2] Town Audit Report 2025.")
    raw = page(MENU, "Council approves budget", cited, heading, short, references, RELATED, FOOTER)
    doc = clean(raw)
    assert doc.body.endswith(f"{heading}\n\n{short}")
    for line in references:
        assert line in doc.text
    # Between paragraphs too.
    doc = clean(page(MENU, "Council approves budget", PROSE[:2], heading, short, PROSE[2:], FOOTER))
    assert doc.body == "\n\n".join((*PROSE[:2], heading, short, *PROSE[2:]))


def test_numbered_headlines_right_under_the_last_paragraph_go() -> None:
    # A box of other stories' headlines whose label the copy lost: no reference list.
    box = tuple(f"{n}. {title}" for n, title in enumerate(RELATED, 1))
    doc = clean(page(MENU, "Council approves budget", PROSE, box, FOOTER))
    assert doc.body == "\n\n".join(PROSE)
    assert {removed_lines(doc)[item] for item in box} == {"link list"}
    assert not any(s.kind == "references" for s in doc.sections)
    # Numbered entries that end with a full stop, or items under a lead-in, stay.
    entries = ("1. Town Audit Office. Annual report 2025.", "2. City of Town. Budget 2026.")
    led = (f"{PROSE[3][:-1]}:", *(f"{n}. {title}" for n, title in enumerate(RELATED, 1)))
    short = (
        "The ministry listed its priorities.",
        "1. Affordable homes",
        "2. Cheaper buses",
        "3. Clean air",
    )
    for tail in ((PROSE[3], *entries, "3. Town Council. Minutes, 3 March 2026."), led, short):
        doc = clean(page(MENU, "Council approves budget", PROSE[:3], tail, FOOTER))
        assert all(line in doc.text for line in tail)


@pytest.mark.parametrize("credit", ["Dailytown.com", "- Reuters", "The Daily Town/ANN"])
def test_a_short_last_sentence_over_the_storys_credit_line_stays(credit: str) -> None:
    # A last paragraph too short to read as prose, over the story's credit on its own line.
    last = "Volunteers will remove illegal posters starting Monday."
    doc = clean(page(MENU, "Council approves budget", PROSE, last, credit, RELATED, FOOTER))
    assert doc.body == "\n\n".join((*PROSE, last))
    assert credit in removed_lines(doc)


def test_unnumbered_sources_with_their_addresses_stay_on_a_page() -> None:
    # A byline makes the text a page; the unnumbered list under "References" gives addresses,
    # so it is the article's sources (it went as a link list, and no citation was left).
    body = (
        "By Ana Ruiz",
        "Heat killed more than 4,000 people in the region last summer, according to a study "
        "published on Monday by the university's climate institute.",
        "The researchers analysed death records from 120 towns and found that the oldest "
        "residents were the most at risk during the long heatwaves of July.",
        "References",
        "https://journal.example/articles/heat-2024",
        "Climate institute press release, 3 March 2025 – https://institute.example/heat",
    )
    doc = clean(page(MENU, *body, FOOTER))
    assert "References\n\nhttps://journal.example" in doc.text
    assert [c.url for c in doc.citations] == [
        "https://journal.example/articles/heat-2024",
        "https://institute.example/heat",
    ]

"""Regression tests for the review of session 15's page cleaner rules: each case is one the
rules got wrong (a crash, article text lost, boilerplate kept)."""

from __future__ import annotations

import pytest

from newsclaims.default_plugins.cleaning import page_removals

from .test_cleaning_unfamiliar import FOOTER, MENU, clean
from .test_cleaning_unfamiliar15 import RELEASE


def test_a_quotation_mark_alone_on_its_line_is_no_crash() -> None:
    page = (
        *MENU,
        "Shop workers deserve better than this",
        "By Karen Mills",
        "Across the country, shop workers are being threatened, spat at and assaulted on a "
        "scale that would have been unthinkable ten years ago.",
        "Our survey of 4,000 members found that nine in ten had been verbally abused in the "
        "past year, and one in eight had been physically attacked while at work.",
        "“",
        "Our members are exhausted.",
        "”",
        "— Karen Mills, union president",
        "The government promised a new offence of assaulting a retail worker two years ago, "
        "and it is time ministers kept that promise before more people are hurt.",
        *FOOTER,
    )
    page_removals("\n".join(page))  # (no IndexError)
    body = clean("\n".join(page)).body
    assert "The government promised a new offence" in body


RELATED_TITLES = (
    "Flu cases double in a fortnight",
    "Ambulance waits hit record high",
    "Minister promises winter funding",
    "Care homes turn away discharged",
    "GP surgeries extend opening hours",
)


def test_related_titles_are_no_narrow_column_glued_onto_the_next_paragraph() -> None:
    page = (
        "Subscribe",
        "Sign in",
        "Hospital staff warn of winter crisis as beds run out",
        "by Priya Natarajan",
        "updated 2 hours ago",
        "Nurses at the city's largest hospital say they have been forced to treat patients in "
        "corridors for the third week in a row, as a surge in flu and Covid cases pushed the "
        "number of occupied beds past 98 per cent.",
        "The hospital trust said on Monday that it had opened an extra ward and cancelled some "
        "planned operations to free up space, but warned that the pressure was likely to "
        "continue until at least February.",
        "Read more",
        *RELATED_TITLES,
        '"We are doing everything we can, but the numbers are simply higher than anything we '
        'planned for," said chief executive Helen Morris.',
        "Unions representing nurses and junior doctors said staff were exhausted and called on "
        "the government to release emergency funding for social care so that patients who "
        "were well enough could leave hospital.",
        "The health secretary is due to make a statement to Parliament on Wednesday, when she "
        "is expected to announce extra money for hospitals in the worst-hit regions.",
        "Most popular",
        "Council tax to rise by 5 per cent",
        "Share",
    )
    body = clean("\n".join(page)).body
    for title in RELATED_TITLES:
        assert title not in body
    assert "said chief executive Helen Morris." in body


STORM = (
    *MENU,
    "Storm knocks out power to thousands across county",
    "A powerful storm swept through the county on Sunday evening, toppling trees and power "
    "lines and leaving more than 40,000 homes without electricity.",
    "Utility spokesperson Karen Bell said crews from three neighbouring states had been called "
    "in to help and that most customers should have power back by Wednesday.",
    "The National Weather Service confirmed that a brief tornado touched down near the town of "
    "Millbrook, tearing the roof off a barn.",
)


@pytest.mark.parametrize(
    "closing",
    [
        ("Thanks for reading.", "Story continues below advertisement.", "Loading comments."),
        ("Vielen Dank fürs Lesen.", "Kommentare sind geschlossen.", "Alle Angaben ohne Gewähr."),
        ("Gracias por leer.", "Los comentarios están cerrados."),
        ("Report an error.", "This article is more than 2 years old."),
        ("Comments are closed.", "Have a news tip? Contact us."),
    ],
)
def test_short_boilerplate_over_buttons_and_a_box_of_links_goes(
    closing: tuple[str, ...],
) -> None:
    page = (
        *STORM,
        *closing,
        "Share",
        "Facebook",
        "Twitter",
        "Most read",
        "Police seek driver in hit-and-run",
        "Five things to do this weekend",
    )
    doc = clean("\n".join(page))
    assert "tearing the roof off a barn." in doc.body
    for line in closing:
        assert line not in doc.text


def test_a_signed_quote_over_a_promo_after_the_article_goes() -> None:
    page = (
        "Opinion",
        "Columnists",
        "Letters",
        "Sign in",
        "Shop workers deserve better than this",
        "By Karen Mills",
        "Across the country, shop workers are being threatened, spat at and assaulted on a scale "
        "that would have been unthinkable ten years ago, and too many employers still treat it "
        "as part of the job.",
        "Our survey of 4,000 members found that nine in ten had been verbally abused in the past "
        "year, and one in eight had been physically attacked while at work.",
        "The government promised a new offence of assaulting a retail worker two years ago, and "
        "it is time ministers kept that promise.",
        '"Enough is enough."',
        "— Hannah Price, columnist",
        "Hannah Price on why the high street needs a new deal for its workers.",
        "Most read",
        "Why I quit my job to care for my mother",
        "Letters: the readers respond on rail fares",
    )
    doc = clean("\n".join(page))
    assert "it is time ministers kept that promise." in doc.body
    for line in page[-5:-2]:
        assert line not in doc.body


def test_a_news_explainers_about_section_over_a_short_label_stays() -> None:
    about = (
        "About Hamas",
        "Hamas is a Palestinian Islamist group that has governed the Gaza Strip since 2007. It "
        "is designated a terrorist organisation by the United States, the European Union and "
        "others.",
    )
    page = (
        "Hamas says it will study new ceasefire proposal",
        "Hamas said on Tuesday it would study a new ceasefire proposal presented by Egyptian and "
        "Qatari mediators, as Israeli strikes killed at least 30 people across the Gaza Strip "
        "overnight, according to local health officials.",
        "The proposal would see a six-week pause in fighting and the release of some hostages "
        "held in Gaza in exchange for Palestinian prisoners, two officials familiar with the "
        "talks said.",
        *about,
        "Key dates:",
        "October 7, 2023: Hamas-led attack on Israel",
        "November 2023: first truce and hostage releases",
    )
    body = clean("\n".join(page)).body
    for line in about:
        assert line in body


@pytest.mark.parametrize(
    "headline",
    ["Google releases Android 16 (Beta 2)", "Situation report 45 (March 12)"],
)
def test_a_headline_ending_with_numbers_in_brackets_is_no_score_line(headline: str) -> None:
    page = (
        "Home",
        "Tech",
        "Reviews",
        "Deals",
        "Sign in",
        headline,
        "By Chris Welch",
        "Google on Thursday released the second beta of Android 16 to owners of recent Pixel "
        "phones, adding a handful of new features.",
        "The company said the final version would arrive in June, earlier than in previous "
        "years, as it moves its release schedule forward.",
        "More stories",
        "Best phones of 2025",
        "Samsung Galaxy S25 review",
    )
    doc = clean("\n".join(page))
    assert [h.span.slice(doc.text) for h in doc.sections_of("headline")] == [headline]


COLUMN = (
    "Firefighters from three coun-",
    "ties spent most of Monday night",
    "battling a fire that tore through",
    "a vacant warehouse in the River-",
    "side district, officials said.",
    "The fire was first reported",
    "shortly after 9 p.m. by a passer-",
    "by who saw flames coming from",
    "the roof of the building, which",
    "had stood empty since the textile",
    "company that owned it closed in",
    "2019.",
    "Fire Chief Daniel Ortiz said",
    "crews faced strong winds and",
    "low water pressure, and that the",
    "roof collapsed within an hour of",
    "their arrival, forcing firefight-",
    "ers to move to defensive",
    "positions around the building.",
)


def test_a_narrow_columns_lines_whose_next_word_would_have_fitted_run_on() -> None:
    page = (
        "THE MILLBROOK COURIER      Tuesday, March 4, 2025      Page A3",
        "LOCAL NEWS",
        "Warehouse fire",
        "draws crews from",
        "three counties",
        "By Laura Chen",
        *COLUMN,
        "See FIRE, Page A7",
        "Subscribe today: call 555-0142",
    )
    body = clean("\n".join(page)).body
    for line in COLUMN:
        assert line in body


@pytest.mark.parametrize(
    "about",
    [
        (
            "Über die Nordwind AG",
            "Die Nordwind AG mit Sitz in Hamburg entwickelt und fertigt seit 1998 Rotorblätter "
            "für Windenergieanlagen an Land und auf See.",
            "Pressekontakt:",
            "presse@nordwind-ag.de",
        ),
        (
            "À propos de la SNCF",
            "La SNCF est le premier groupe ferroviaire français, avec 270 000 salariés et un "
            "chiffre d'affaires de 41 milliards d'euros en 2024.",
            "Contact presse :",
            "presse@sncf.fr",
        ),
    ],
)
def test_an_about_section_that_opens_with_the_article_and_the_name_goes(
    about: tuple[str, ...],
) -> None:
    doc = clean("\n".join((*RELEASE, *about)))
    assert about[1] not in doc.text
    assert any(r.reason == "press release boilerplate" for r in doc.removals)
    assert RELEASE[2] in doc.body


def test_a_video_teaser_over_the_real_headline_goes() -> None:
    teaser = "Watch: Mayor's full news conference on the water main break"
    headline = "Boil-water notice lifted for east side after main break"
    page = (
        teaser,
        headline,
        "Residents on the city's east side can drink their tap water again after officials "
        "lifted a boil-water notice that had been in place since Thursday.",
        "The break, under the intersection of Grand Avenue and 14th Street, flooded several "
        "basements and forced the closure of two schools.",
        "Laboratory tests on samples taken over the weekend showed no sign of contamination, "
        "the city's water department said.",
    )
    doc = clean("\n".join(page))
    assert teaser not in doc.text
    assert headline in doc.text

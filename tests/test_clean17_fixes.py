"""The page cleaner on shapes first tried in session 17: a sentence about a reporter at a
story's end, editor's notes over the headline, print artefacts and other lines told by what
they are."""

from __future__ import annotations

import pytest

import newsclaims
from newsclaims import Document
from newsclaims._text import rebuild_raw
from newsclaims.testing import manager_with

MENU = ("Home", "World", "Business", "Markets", "Opinion")
FOOTER = ("Share this article", "Facebook", "Twitter", "Privacy policy", "© 2024 The Harbour Times")


def clean(raw: str) -> Document:
    doc = newsclaims.parse(raw, plugin_manager=manager_with())
    assert rebuild_raw(doc.text, doc.removals) == raw
    return doc


def reasons(doc: Document) -> dict[str, str]:
    return {r.text.strip(): r.reason for r in doc.removals}


# A sentence about a reporter, with no byline ------------------------------------------------

TRIAL = (
    "A Russian court on Friday sentenced an American journalist to 16 years in a high-security "
    "penal colony after a closed trial that lasted less than a month.",
    "The verdict was condemned by Washington, which says the espionage charges were fabricated "
    "and that he is being held as a bargaining chip for a prisoner exchange.",
)
ABOUT_A_REPORTER = (
    "Evan Gershkovich is a reporter for The Wall Street Journal who was detained in Russia.",
    "Alsu Kurmasheva is a journalist with Radio Free Europe who has been held since October.",
    "Austin Tice is a freelance journalist for McClatchy who went missing in Syria in 2012.",
    "Marie Lefèvre est journaliste au Courrier du Nord qui a été arrêtée à Minsk en juin.",
    "Ana Beltrán es periodista de El Diario del Sur que fue secuestrada en marzo en Sinaloa.",
)


@pytest.mark.parametrize("last", ABOUT_A_REPORTER)
@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_last_sentence_on_what_befell_a_reporter_is_no_bio(last: str, between: str) -> None:
    # With no byline, the last paragraph of a bare text was taken for its writer's bio.
    raw = between.join((*TRIAL, last))
    doc = clean(raw)
    assert last in doc.body
    assert not doc.removals


@pytest.mark.parametrize(
    "bio",
    [
        "Laura Bianchi is a correspondent based in Rome, covering Italian politics.",
        "Tom Becker is a freelance writer based in Nairobi who was previously at The Star.",
        "Jane Doe is a reporter for The Herald who has been a columnist since 2015.",
    ],
)
def test_a_writers_bio_with_no_byline_still_goes(bio: str) -> None:
    doc = clean("\n\n".join((*TRIAL, bio)))
    assert reasons(doc) == {bio: "author bio"}


def test_the_bylined_writers_bio_goes_whatever_it_tells() -> None:
    # The byline names her: her bio goes though it tells of where she was.
    bio = "Jane Doe is a reporter for The Herald who was based in Moscow until 2022."
    raw = "\n".join((*MENU, "Russia jails US reporter", "By Jane Doe", *TRIAL, bio, *FOOTER))
    assert reasons(clean(raw))[bio] == "author bio"


# An editor's note over the headline or under it ---------------------------------------------

LIBRARIES = (
    "The city council voted on Tuesday night to close two of its seven branch libraries by the "
    "end of the year, despite a petition signed by more than 4,000 residents.",
    "Councillors said the closures at Eastfield and Morley Road would save about 380,000 pounds "
    "a year, money they said was needed to keep the remaining branches open.",
    '"Nobody came into local politics to shut libraries," said council leader Anne Patel.',
    "Opponents said the savings were small compared with the harm to families who rely on the "
    "branches in the evenings.",
)
HEADLINE = "Council votes to close two branch libraries"
NOTES = (
    "Editor's note: This article was updated on March 15 to correct the number of libraries.",
    "Correction: An earlier version of this story misstated the name of the council leader.",
    "Editor’s Note: This story has been updated with comment from the council.",
    "CORRECTION: A previous version of this article gave the wrong date for the vote.",
    "Clarification: This story has been changed to say the vote was not unanimous.",
    "Update, March 15: This story has been updated to include a statement from the council.",
    "Nota del editor: Este artículo fue actualizado el 15 de marzo para corregir una cifra.",
    "Anmerkung der Redaktion: In einer früheren Version hieß es, der Rat habe einstimmig "
    "entschieden.",
    "Note de la rédaction : cet article a été modifié le 15 mars pour corriger un chiffre.",
)


@pytest.mark.parametrize("note", NOTES)
def test_an_editors_note_over_the_headline_goes_as_one(note: str) -> None:
    # It went as a line outside the article (or with the menu above it, as a link list).
    raw = "\n".join((*MENU, note, HEADLINE, "By Martin Hale", *LIBRARIES, *FOOTER))
    doc = clean(raw)
    assert reasons(doc)[note] == "editor's note"
    assert doc.title == HEADLINE
    assert doc.body == "\n".join(LIBRARIES)


@pytest.mark.parametrize("note", NOTES)
def test_an_editors_note_under_the_headline_is_kept(note: str) -> None:
    raw = "\n".join((*MENU, HEADLINE, note, *LIBRARIES, *FOOTER))
    doc = clean(raw)
    assert doc.title == HEADLINE
    assert doc.body == "\n".join((note, *LIBRARIES))


@pytest.mark.parametrize(
    "stamp", ["Updated: March 15, 2024 at 6:42 p.m.", "Correction: see below", "Update: Live"]
)
def test_a_stamp_or_a_label_is_no_editors_note(stamp: str) -> None:
    raw = "\n".join((*MENU, HEADLINE, stamp, *LIBRARIES, *FOOTER))
    doc = clean(raw)
    assert stamp not in doc.text


# A subheading right under a box of teasers ----------------------------------------------------

LIBRARIES_LONG = (
    *LIBRARIES[:2],
    '"Nobody came into local politics to shut libraries," said council leader Anne Patel, who '
    "added that the decision had been the hardest of her career.",
    LIBRARIES[3],
    "Local teacher David Owens, who organised the petition, said many families had no other "
    "place where children could do homework in the evenings.",
    "The council will hold a further consultation on the future of the buildings, which could "
    "be sold or handed to community groups.",
)
BOXES = (
    (
        LIBRARIES_LONG,
        (
            "Related",
            "Bus fares to rise by 10% from April across the county",
            "Mayor opens new swimming pool in Eastfield after delays",
            "Police appeal after warehouse fire on industrial estate",
        ),
        ("What happens next", "Why the closures matter", "Reaction from residents"),
    ),
    (
        (
            "Der Bundestag hat am Donnerstag mit knapper Mehrheit ein neues Gesetz zur "
            "Förderung von Wärmepumpen beschlossen, das ab dem kommenden Jahr gelten soll.",
            "Die Opposition kritisierte das Vorhaben scharf. Es sei zu teuer und komme für "
            "viele Familien zu spät, sagte der Fraktionschef der Union in der Debatte.",
            "Nach Angaben des Wirtschaftsministeriums wurden im vergangenen Jahr rund 350.000 "
            "Wärmepumpen eingebaut, das Ziel der Regierung liegt bei 500.000 Geräten pro Jahr.",
            "Der Bundesrat muss dem Gesetz noch zustimmen. Eine Entscheidung wird für Anfang "
            "Dezember erwartet, die Länder haben bereits Änderungen angekündigt.",
            "Verbraucherschützer begrüßten die Entscheidung grundsätzlich, mahnten aber an, dass "
            "die Anträge einfacher werden müssten, damit auch ältere Menschen profitieren.",
            "Die Handwerksbetriebe rechnen mit einer steigenden Nachfrage, warnen jedoch vor "
            "langen Wartezeiten, weil in vielen Regionen Fachkräfte für den Einbau fehlen.",
        ),
        (
            "Mehr zum Thema",
            "Strompreise steigen in diesem Winter stärker als von den Versorgern angekündigt",
            "Was Hausbesitzer jetzt über die neuen Regeln für Heizungen wissen müssen",
        ),
        ("Kritik der Opposition", "Wie es weitergeht"),
    ),
)


@pytest.mark.parametrize(
    ("story", "box", "sub"),
    [(story, box, sub) for story, box, subs in BOXES for sub in subs],
)
@pytest.mark.parametrize("labelled", [True, False], ids=["label", "no-label"])
def test_a_subheading_under_a_box_of_teasers_stays(
    story: tuple[str, ...], box: tuple[str, ...], sub: str, labelled: bool
) -> None:
    # It went with the box, as the box's last title.
    box = box if labelled else box[1:]
    raw = "\n".join((*MENU, "Headline of the story", *story[:3], *box, sub, *story[3:], *FOOTER))
    doc = clean(raw)
    assert doc.body == "\n".join((*story[:3], sub, *story[3:]))


def test_a_short_last_title_of_a_box_still_goes_with_it() -> None:
    # Its titles are about as short: the last one is the box's.
    box = ("Read more", "Bus fares to rise", "New pool opens", "Schools face cuts")
    raw = "\n".join((*MENU, "Headline of the story", *LIBRARIES[:2], *box, *LIBRARIES[2:]))
    doc = clean("\n".join((raw, *FOOTER)))
    assert doc.body == "\n".join(LIBRARIES)


# A figure's caption in a report-like text ------------------------------------------------------

AUDIT = (
    "The emergency call centre answered 1.2 million calls in 2023, an increase of 8 per cent on "
    "the previous year, while the share of calls answered within ten seconds fell to 71 per cent.",
    "Staffing shortages were the main cause of the delays, the audit found. Vacancies among call "
    "handlers rose from 9 per cent to 14 per cent over the year.",
    "The number of calls peaked in July, when a heatwave coincided with the summer holidays, and "
    "was lowest in February, as in every year since the centre opened.",
    "Performance varied widely between centres. The northern centre answered 84 per cent of "
    "calls within ten seconds, the southern centre only 58 per cent.",
    "The audit recommends that the service set a target for vacancies and publish its "
    "performance each month, as the ambulance service already does.",
)
FIGURES = (
    ("Figure 3: Calls answered by month, 2022 and 2023", "Source: Emergency Services Board"),
    ("Table 2. Vacancy rates among call handlers, 2019-2023", "Note: full-time equivalents"),
    ("Fig. 4: Share of calls answered within ten seconds", "Figure 5: Calls by centre"),
    ("Abbildung 2: Anrufe nach Monat", "Quelle: Statistisches Landesamt"),
    ("Gráfico 1 - Llamadas atendidas por mes", "Fuente: Ministerio de Sanidad"),
)


@pytest.mark.parametrize("figure", FIGURES)
@pytest.mark.parametrize("on_page", [True, False], ids=["page", "bare"])
def test_a_figures_caption_and_source_are_the_reports(
    figure: tuple[str, str], on_page: bool
) -> None:
    # They went as a link list.
    body = (*AUDIT[:2], *figure, *AUDIT[2:])
    raw = "\n".join(body)
    if on_page:
        raw = "\n".join(("Home", "Reports", "Contact", "Audit of call handling", raw, *FOOTER))
    doc = clean(raw)
    assert doc.body == "\n".join(body)


def test_a_box_of_links_under_a_figure_still_goes() -> None:
    box = ("Figure 3: Calls answered by month", "Read the full report", "Download data (CSV)")
    raw = "\n".join(("Home", "Reports", "Audit of call handling", *AUDIT[:2], *box, *AUDIT[2:]))
    doc = clean("\n".join((raw, *FOOTER)))
    assert "Download data (CSV)" not in doc.body


# A score line whose scorer is named after a month ----------------------------------------------

MATCH = (
    "Stevie May scored twice as St Johnstone climbed off the bottom of the Premiership with a "
    "2-1 win over Kilmarnock at McDiarmid Park on Saturday.",
    "Kyle Vassell had equalised for the visitors early in the second half before May headed in "
    "the winner from a corner with twenty minutes to play.",
    "Craig Levein's side are now two points clear of Ross County with a game in hand.",
)


@pytest.mark.parametrize(
    "scores",
    [
        ("St Johnstone 2 (May 12, 71)", "Kilmarnock 1 (Vassell 55)"),
        ("Kilmarnock 1 (Vassell 55)", "St Johnstone 2 (May 12, 71)"),
        ("St Johnstone 1 (May 12)", "Kilmarnock 0"),
        ("Dundee United 1 (June 3)", "Hearts 1 (Shankland 80 pen)"),
    ],
)
def test_a_score_line_with_a_scorer_named_after_a_month_is_no_headline(
    scores: tuple[str, str],
) -> None:
    # "(May 12)" read as a date: the score line was taken for the headline, and the headline
    # went with the menu.
    headline = "St Johnstone beat Kilmarnock to climb off the bottom"
    raw = "\n".join(
        ("Home", "Football", "Results", "Sign in", headline, *scores, *MATCH, "Most read")
    )
    doc = clean(raw)
    assert doc.title == headline
    assert doc.body == "\n".join(MATCH)


def test_a_date_in_brackets_after_a_number_is_still_a_headline() -> None:
    headline = "Situation Report 45 (March 12)"
    raw = "\n".join(("Home", "Reports", "Emergencies", "Contact", headline, *LIBRARIES, *FOOTER))
    assert clean(raw).title == headline


# A wire's credit alone on its line over the article ---------------------------------------------

GDP = (
    "Britain's economy grew by 0.6% in the first quarter of the year, official data showed on "
    "Friday, the fastest growth in more than two years.",
    "Finance minister Jeremy Hunt said the figures showed the economy was returning to health "
    "after a shallow recession in the second half of last year.",
    "Economists polled by the agency had expected growth of 0.4%.",
)


CREDITS = ("REUTERS", "Reuters", "AFP", "(AFP)", "— AP")


@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize("place", ["LONDON", "NEW YORK", "SÃO PAULO"])
def test_a_wire_credit_under_a_dateline_goes_as_a_credit(credit: str, place: str) -> None:
    # It went with the dateline above it as "navigation"; the dateline is the article's.
    doc = clean("\n".join((place, credit, *GDP)))
    assert reasons(doc) == {credit: "credit"}
    assert doc.body == "\n".join((place, *GDP))


@pytest.mark.parametrize("credit", CREDITS)
def test_a_wire_credit_under_a_pages_headline_goes_as_a_credit(credit: str) -> None:
    headline = "UK economy grows at fastest pace in two years"
    doc = clean("\n".join((*MENU, headline, credit, *GDP, *FOOTER)))
    assert reasons(doc)[credit] == "credit"
    assert doc.body == "\n".join(GDP)


def test_a_credit_at_a_menus_end_goes_with_the_menu() -> None:
    raw = "\n".join(("Home", "World", "Markets", "Reuters", *GDP, *FOOTER))
    assert reasons(clean(raw))["Home\nWorld\nMarkets\nReuters"] == "navigation"


# A printed page's furniture in bare text -------------------------------------------------------

SCHOOL = (
    "The county's school board voted 5-2 on Monday night to close Westfield Elementary at the "
    "end of the school year, citing falling enrollment and a $3 million budget gap.",
    "Parents who packed the meeting urged the board to delay the decision for a year while a "
    "committee studied other options, including merging two schools.",
    "Board chair Linda Morales said the district could not afford to keep a building open that "
    "was less than half full.",
    "The closure will affect about 240 students, who will be moved to two nearby schools next "
    "fall, according to district figures released last week.",
)
PRINT_LINES = (
    "Continued on Page A6",
    "See SCHOOL, Page A6",
    "SCHOOL from A1",
    "Continued from Page A1",
    "— Continued on page 6 —",
    "(Continued on next page)",
    "Page 2 of 3",
    "A4 | THE DAILY NEWS | MONDAY, MARCH 4, 2024",
    "The Daily News | Monday, March 4, 2024 | B2",
    "Seite 2 von 3",
    "Fortsetzung auf Seite 4",
    "Suite page 6",
    "Continúa en la página 4",
)


@pytest.mark.parametrize("line", PRINT_LINES)
@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_printed_pages_jump_line_counter_or_header_goes(line: str, between: str) -> None:
    # It stayed in the article's text.
    doc = clean(between.join((*SCHOOL[:2], line, *SCHOOL[2:])))
    assert reasons(doc) == {line: "print page furniture"}


@pytest.mark.parametrize(
    "line",
    [
        "The story continued on page 6 of the report, officials said.",
        "Round 3 | 12 | Saturday",
        "See you in Paris",
        "PARIS from the air",
    ],
)
def test_a_line_that_speaks_of_pages_is_no_print_furniture(line: str) -> None:
    doc = clean("\n".join((*SCHOOL[:2], line, *SCHOOL[2:])))
    assert all(r.reason != "print page furniture" for r in doc.removals)

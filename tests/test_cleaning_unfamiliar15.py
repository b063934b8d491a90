"""The page cleaner on kinds of text nobody tried before session 15: text taken from a printed
page (words broken by a hyphen at a line's end, running headers), and short last paragraphs
of a story with a byline and a date above it, in several languages."""

from __future__ import annotations

import textwrap

import pytest

from .test_cleaning_unfamiliar import FOOTER, MENU, clean, words

# Text taken from a printed page: words broken at a line's end -------------------------------

PRINTED = (
    (
        "City council approves new budget",
        "By Maria Lopez",
        "Staff Writer",
        "The city council voted 7-2 on Tuesday to approve a $412 million budget for the coming "
        "fiscal year, ending weeks of debate over police spending and road repairs.",
        "THE DAILY HERALD  Wednesday, March 4, 2026  A3",
        "Mayor Linda Park praised the vote, saying the budget balanced public safety with "
        "long-term invest-\nment in the local econ-\nomy.",
        "The budget includes $38 million for road repairs, up from $29 million last year, and "
        "adds 14 positions to the fire department.",
    ),
    (
        "Werk in Emden bleibt offen",
        "Von Jan Berger",
        "Wirtschaftsredaktion",
        "Der Autobauer will sein Werk in Emden trotz der schwachen Nachfrage nach "
        "Elektroautos vorerst weiterbetreiben, teilte das Unternehmen am Montag mit.",
        "NORDSEE-ZEITUNG  Dienstag, 3. März 2026  Seite 5",
        "Der Betriebsrat begrüßte die Entschei-\ndung, warnte aber vor Kurz-\narbeit.",
        "Im Werk arbeiten derzeit rund 8000 Menschen, die meisten von ihnen in der Montage "
        "und in der Lackiererei des Standorts.",
    ),
)


@pytest.mark.parametrize("page", PRINTED, ids=["en", "de"])
def test_words_broken_at_a_lines_end_keep_their_paragraph(page: tuple[str, ...]) -> None:
    broken = page[5]
    for raw in ("\n\n".join(page), "\n\n".join((*MENU, *page, *FOOTER))):
        doc = clean(raw)
        assert broken in doc.body  # (not taken for a menu's short lines, with the header)
        assert words(page[3]) == words(doc.body)[: len(words(page[3]))]
        assert words(page[6]) == words(doc.body)[-len(words(page[6])) :]


def test_a_hyphen_at_a_lines_end_before_a_capital_is_no_broken_word() -> None:
    # "Home-" over "Garden" is no word of a paragraph: the menu still goes.
    menu = ("Home-", "Garden", "Travel-", "Food")
    story = PRINTED[0][3:4] + PRINTED[0][6:]
    doc = clean("\n".join((*menu, "City council approves new budget", *story)))
    assert "Garden" not in doc.text
    assert words(story[0]) == words(doc.body)[: len(words(story[0]))]


# Short last paragraphs under a byline and a date -------------------------------------------

SHORT_ENDS = (
    (
        "Firefighters contain blaze at warehouse",
        "By Tom Reyes",
        "March 4, 2026",
        "Firefighters on Tuesday contained a large fire at a vacant warehouse on the city's "
        "north side, officials said, after crews battled the flames for more than six hours.",
        "Nearby residents were told to keep their windows closed because of heavy smoke, and "
        "two schools in the area kept pupils indoors during the afternoon.",
        "The new fiscal year begins July 1.",
    ),
    (
        "Chuva forte causa alagamentos em São Paulo",
        "Por Ana Souza",
        "04/03/2026 08h15",
        "Uma chuva forte atingiu a capital paulista na noite de segunda-feira e provocou "
        "alagamentos em diversas regiões da cidade, segundo a Defesa Civil.",
        "O Corpo de Bombeiros recebeu mais de 40 chamados por queda de árvores.",
        "Não houve feridos.",
        "O trânsito foi normalizado pela manhã.",
    ),
    (
        "Banjir rendam ratusan rumah di Bekasi",
        "Oleh Budi Santoso",
        "Selasa, 4 Maret 2026 10:15 WIB",
        "Banjir merendam ratusan rumah di sejumlah kecamatan di Kabupaten Bekasi, Jawa Barat, "
        "setelah hujan deras mengguyur wilayah itu sejak Senin malam.",
        "Badan Penanggulangan Bencana Daerah mencatat ketinggian air mencapai satu meter.",
        "Warga Bekasi dievakuasi.",
        "Tidak ada korban jiwa.",
    ),
    (
        "Senate panel delays vote on nominee",
        "By Priya Natarajan",
        "Updated 6:42 PM EST",
        "The Senate Judiciary Committee on Thursday postponed a vote on the president's "
        "nominee for attorney general by one week, a routine delay requested by Republicans.",
        "Democrats said they expected the nominee to be confirmed before the end of the month, "
        "despite objections from several civil rights groups.",
        '"That\'s correct," Durbin said.',
    ),
)


@pytest.mark.parametrize("page", SHORT_ENDS, ids=["en", "pt", "id", "quote"])
def test_short_last_paragraphs_under_a_byline_stay(page: tuple[str, ...]) -> None:
    tail = page[5:]
    for between in ("\n\n", "\n"):
        doc = clean(between.join(page))
        for line in tail:
            assert line in doc.body
        assert page[1] not in doc.body


@pytest.mark.parametrize("page", SHORT_ENDS, ids=["en", "pt", "id", "quote"])
def test_lines_after_short_last_paragraphs_still_go(page: tuple[str, ...]) -> None:
    # A page's furniture after them: the short lines are judged by the block as before, and
    # the footer goes.
    doc = clean("\n\n".join((*MENU, *page, *FOOTER)))
    assert "Privacy policy" not in doc.text
    assert "Opinion" not in doc.text


# A printed page's narrow columns -----------------------------------------------------------

COLUMNS = {
    "en": (
        "The city council voted 7-2 on Tuesday to approve a $412 million budget for the "
        "coming fiscal year, ending weeks of debate over police spending and road repairs.",
        'Council member James Ortiz, who voted against the plan, said the budget "does not do '
        'enough for neighborhoods that have waited years for basic infrastructure."',
        "Mayor Linda Park praised the vote, saying the budget balanced public safety with "
        "long-term investment in the local economy.",
        "The budget includes $38 million for road repairs, up from $29 million last year, and "
        "adds 14 positions to the fire department.",
        "Residents who spoke at the meeting were divided. Several urged the council to fund a "
        "new library branch on the east side, which was cut from the final plan.",
    ),
    "fr": (
        "Un violent incendie s'est déclaré mardi soir dans un entrepôt du 7e arrondissement de "
        "Lyon, a indiqué la préfecture du Rhône dans un communiqué.",
        "Une centaine de pompiers ont été mobilisés pendant toute la nuit pour maîtriser les "
        "flammes, qui ont détruit la moitié du bâtiment.",
        "Selon les premiers éléments de l'enquête, le feu aurait pris dans un local technique "
        "situé au rez-de-chaussée de l'entrepôt.",
        "Aucune victime n'est à déplorer, mais une vingtaine de riverains ont dû être évacués "
        "par précaution.",
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("width", [30, 32, 35, 38])
def test_a_printed_pages_narrow_columns_keep_their_paragraphs(lang: str, width: int) -> None:
    paragraphs = COLUMNS[lang]
    column = [textwrap.fill(p, width, break_on_hyphens=False) for p in paragraphs]
    header = "A4  THE DAILY HERALD  WEDNESDAY, MARCH 4, 2026"
    story = ("Council approves budget", *column[:2], header, *column[2:])
    for raw in ("\n\n".join(story), "\n\n".join(("CITY & REGION", *story))):
        body = " ".join(words(clean(raw).body))
        for paragraph in paragraphs:
            assert " ".join(words(paragraph)) in body


# Short last paragraphs over a page's buttons and boxes -------------------------------------

OBITUARY = (
    "Obituaries",
    "Place an obituary",
    "",
    'John "Jack" Michael Doyle',
    "1941 - 2026",
    "",
    'John "Jack" Michael Doyle, 84, of Scranton, passed away peacefully on Saturday, Feb. 28, '
    "2026, surrounded by his family.",
    "He is survived by his wife of 58 years, Patricia; two daughters, Ann and Kathleen; and "
    "five grandchildren.",
    "Viewing will be held Thursday from 4 to 7 p.m. at Kearney Funeral Home, 123 Main St.",
    "Mass of Christian Burial, Friday at 10 a.m., St. Paul's Church.",
    "Interment, Cathedral Cemetery.",
    "",
)
SPANISH_END = (
    "Portada",
    "Nacional",
    "Economía",
    "",
    "El Gobierno aprueba la subida del salario mínimo",
    "Por Carlos Ruiz",
    "",
    "El Consejo de Ministros aprobó este martes una subida del salario mínimo "
    "interprofesional del 4,4 %, hasta los 1.184 euros mensuales en catorce pagas.",
    "La medida beneficiará a unos 2,5 millones de trabajadores, según el Ministerio de "
    "Trabajo, que calcula un coste de 900 millones para las empresas.",
    "Los empresarios criticaron la decisión.",
    "La subida será retroactiva.",
    "",
)


@pytest.mark.parametrize(
    ("page", "tail"),
    [
        (OBITUARY, ("Sign the Guest Book", "Send Flowers", "Share this obituary")),
        (SPANISH_END, ("Compartir", "Facebook", "WhatsApp", "© 2026 Diario del Sur")),
    ],
    ids=["buttons", "es-footer"],
)
def test_short_last_paragraphs_over_buttons_stay(
    page: tuple[str, ...], tail: tuple[str, ...]
) -> None:
    doc = clean("\n".join((*page, *tail)))
    for line in page[-3:-1]:
        assert line in doc.body
    assert tail[0] not in doc.text
    assert page[1] not in doc.text


@pytest.mark.parametrize(
    "said",
    [
        '"We never stopped believing," Tatum said.',
        "« C'est fini », a-t-il dit.",
        "„Wir bedauern das“, sagte ein Sprecher.",
    ],
)
def test_a_short_quotation_after_the_article_stays_over_what_follows(said: str) -> None:
    # A game story's last quote over its "UP NEXT" section and the teams' next games (lines
    # that end like sentences): reported speech is the article's, wherever it stands.
    page = (
        *MENU,
        "Celtics rally past Knicks in overtime",
        "By Staff Writer",
        "March 4, 2026",
        "Jayson Tatum scored 38 points, including seven in overtime, and the Boston Celtics "
        "rallied to beat the New York Knicks 118-112 on Sunday night.",
        "Jaylen Brown added 24 points and Derrick White had 15 for Boston, which trailed by 14 "
        "in the third quarter.",
        said,
        "UP NEXT",
        "Knicks: Host Miami on Tuesday.",
        "Celtics: At Philadelphia on Wednesday.",
    )
    assert said in clean("\n\n".join(page)).body


# A match report's score lines over its first paragraph ------------------------------------


@pytest.mark.parametrize(
    "scores",
    [
        ("Manchester United 2 (Fernandes 34 pen, Hojlund 78)", "Manchester City 1 (Haaland 55)"),
        ("Bayern München 3 (Kane 12, 45, Müller 90+2')", "Borussia Dortmund 0"),
        ("Real Madrid 2 (Vinícius Júnior 23, Bellingham 81)", "Barcelona 1 (Lewandowski 60)"),
    ],
)
def test_a_match_reports_score_line_is_no_headline(scores: tuple[str, str]) -> None:
    title = "United come from behind to win the derby"
    page = (
        "Home",
        "Sport",
        "Football",
        "",
        title,
        "",
        *scores,
        "",
        "The home side came from behind to win at a packed stadium on Sunday, their first win "
        "over their rivals this season.",
        "The visitors had led early in the second half before the home side scored twice in "
        "the last half hour to take the points.",
        "",
        "Most read",
        "Arsenal sign new striker",
        "Liverpool manager under pressure",
    )
    doc = clean("\n".join(page))
    headlines = doc.sections_of("headline")
    assert [h.span.slice(doc.text) for h in headlines] == [title]


# A press release's sections about the companies in it -------------------------------------

RELEASE = (
    "Acme Robotics raises $40 million to expand warehouse automation",
    "SAN FRANCISCO, March 3, 2026 /PRNewswire/ -- Acme Robotics, a maker of autonomous "
    "warehouse robots, today announced it has raised $40 million in Series B funding led by "
    "Northgate Ventures.",
    "The company said it would use the funds to double its engineering staff and open an "
    "office in Austin, Texas, later this year.",
    '"Warehouses are under enormous pressure to move faster," said Dana Cho, chief executive '
    "of Acme Robotics.",
)
ABOUT = (
    "About Acme Robotics",
    "Acme Robotics builds autonomous mobile robots for warehouses and distribution centers. "
    "Founded in 2019, the company is based in San Francisco.",
)
ABOUT_DE = (
    "Über die Nordwind AG",
    "Nordwind AG entwickelt und baut Windturbinen für Offshore-Anlagen. Das Unternehmen mit "
    "Sitz in Hamburg beschäftigt rund 4.000 Mitarbeiter.",
    "Über Baltic Energy",
    "Baltic Energy betreibt Windparks in Deutschland, Dänemark und Polen.",
)
CONTACT = ("Media Contact:", "Jordan Lee", "press@acmerobotics.com", "(415) 555-0134")


@pytest.mark.parametrize(
    ("about", "after"),
    [(ABOUT, CONTACT), (ABOUT, ("###",)), (ABOUT_DE, ()), (ABOUT_DE, ("Pressekontakt:",))],
)
@pytest.mark.parametrize("page", [False, True])
def test_a_press_releases_about_sections_go(
    about: tuple[str, ...], after: tuple[str, ...], page: bool
) -> None:
    raw = "\n".join((*(MENU if page else ()), *RELEASE, *about, *after, *(FOOTER if page else ())))
    doc = clean(raw)
    for line in about:
        assert line not in doc.text
    if not page:  # (on a page, sections under the article may go with its furniture)
        assert any(r.reason == "press release boilerplate" for r in doc.removals)
    for line in RELEASE[1:]:
        assert line in doc.body


@pytest.mark.parametrize(
    "section",
    [
        # An explainer's last section about a place, with nothing of a release after it.
        (
            "About Kherson",
            "Kherson is a port city on the Dnipro with a pre-war population of about 280,000 "
            "people. It was retaken by Ukraine in November 2022.",
        ),
        # A subheading about a study, not a company, over a contact.
        (
            "About the study",
            "The study followed 3,000 adults over ten years, researchers said.",
            "Contact:",
            "Jane Roe",
        ),
    ],
)
def test_an_articles_own_about_section_is_no_release_boilerplate(section: tuple[str, ...]) -> None:
    for raw in (
        "\n".join((*RELEASE, *section)),
        "\n".join((*MENU, *RELEASE, *section[:2], *FOOTER)),
    ):
        doc = clean(raw)
        assert not any(r.reason == "press release boilerplate" for r in doc.removals)
    assert section[1] in clean("\n\n".join((*RELEASE, *section[:2]))).body


def test_a_french_release_about_section_with_an_elided_article_goes() -> None:
    about = (
        "À propos d'Orange",
        "Orange est l'un des principaux opérateurs de télécommunications dans le monde, avec "
        "un chiffre d'affaires de 40 milliards d'euros en 2025.",
    )
    doc = clean("\n".join((*RELEASE, *about, "Contact presse :", "presse@orange.com")))
    assert about[1] not in doc.text
    assert RELEASE[2] in doc.body


# A market report's quotes between its paragraphs -------------------------------------------


@pytest.mark.parametrize(
    "quotes",
    [
        (
            "Dow Jones Industrial Average: 43,118.70, down 212.40",
            "S&P 500: 5,902.10, down 23.80",
            "Nasdaq Composite: 18,940.30, down 114.20",
        ),
        (
            "Bolsa de São Paulo: 128.450 puntos, -0,8%",
            "Ibex 35: 11.902 puntos, -0,4%",
            "Dólar: 5,02 reales",
        ),
    ],
    ids=["en", "es"],
)
def test_a_market_reports_quotes_keep_the_paragraphs_after_them(quotes: tuple[str, ...]) -> None:
    after = (
        "Shares of Nvidia fell 2.1% after a report that the chipmaker faced new export limits, "
        "dragging other chip stocks lower.",
    )
    page = (
        "Markets",
        "Stocks",
        "",
        "Stocks slip as investors weigh inflation data",
        "By Jane Kim",
        "",
        "U.S. stocks edged lower on Thursday as a hotter-than-expected inflation reading "
        "stoked worries that the Federal Reserve would keep interest rates higher for longer.",
        "",
        *quotes,
        "",
        *after,
        "",
        "Related Quotes",
        "NVDA",
        "AAPL",
    )
    body = clean("\n".join(page)).body
    assert after[0] in body
    for line in quotes:
        assert line in body


# A video's or a podcast's page: its labelled title ------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Watch: Firefighters rescue dog from frozen lake",
        "Video: Firefighters rescue dog from frozen lake",
        "Listen: Why egg prices are still so high",
    ],
)
@pytest.mark.parametrize("section", [(), ("Video",)])
def test_a_media_pages_labelled_title_stays(title: str, section: tuple[str, ...]) -> None:
    page = (
        *section,
        title,
        "",
        "Firefighters in Minnesota rescued a dog that fell through the ice on a frozen lake on "
        "Sunday, the county sheriff's office said.",
        "",
        "The dog, a 3-year-old retriever named Max, was treated for mild hypothermia.",
        "",
        "Up next",
        "Watch: Snowplow driver saves stranded family",
        "Watch: Ice storm coats town",
    )
    doc = clean("\n".join(page))
    assert title in doc.text
    assert "Watch: Ice storm coats town" not in doc.text


# A signed pull quote between paragraphs ----------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "signature"),
    [
        ('"Our students deserve better."', "— Karen Mills, union president"),
        ("“We will not back down.”", "– Karen Mills"),
        ("« Nous ne céderons pas. »", "— Karen Mills, présidente du syndicat"),
    ],
)
def test_a_signed_pull_quote_between_paragraphs_stays(quote: str, signature: str) -> None:
    page = (
        *MENU,
        "",
        "Teachers vote to authorize strike",
        "",
        "By Ron Diaz",
        "March 4, 2026",
        "",
        "Teachers in the district voted overwhelmingly on Wednesday to authorize a strike if "
        "contract talks fail, raising the prospect of the first walkout in 20 years.",
        "",
        "The union said 94 percent of members who voted supported the measure, with turnout "
        "of more than 80 percent.",
        "",
        quote,
        signature,
        "",
        "The district said it remained hopeful an agreement could be reached before the "
        "deadline at the end of the month.",
        "",
        *FOOTER,
    )
    body = clean("\n".join(page)).body
    assert quote in body
    assert signature in body

"""The page cleaner on kinds of page scrape first tried in session 14: hard-wrapped text,
author bio boxes, and other shapes of page furniture."""

from __future__ import annotations

import textwrap

import pytest

import newsclaims
from newsclaims import Document
from newsclaims._text import rebuild_raw
from newsclaims.default_plugins._lines import Lines
from newsclaims.default_plugins.cleaning import _wrap_breaks
from newsclaims.testing import manager_with

MENU = ("Home", "News", "Sport", "Business", "Opinion")
FOOTER = (
    "Share this article",
    "Facebook",
    "Twitter",
    "Privacy policy",
    "© 2024 The Northgate Post",
)
ENGLISH = (
    "The city council voted on Tuesday night to close two of its seven branch libraries by "
    "the end of the year, despite a petition signed by more than 4,000 residents and a packed "
    "public gallery that booed the decision.",
    "Councillors said the closures at Eastfield and Morley Road would save about 380,000 "
    "pounds a year, money they said was needed to keep the remaining branches open on Saturdays.",
    '"Nobody came into local politics to shut libraries," said council leader Anne Patel. '
    '"But we have been left with no choice by the cuts to our grant from central government."',
    "Opponents said the savings were small compared with the harm. Local teacher David Owens, "
    "who organised the petition, said many families had no other place where children could "
    "do homework in the evenings.",
)
GERMAN = (
    "Der Bundestag hat am Donnerstag mit knapper Mehrheit ein neues Gesetz zur Förderung von "
    "Wärmepumpen beschlossen, das ab dem kommenden Jahr gelten soll und Hausbesitzern "
    "Zuschüsse von bis zu 70 Prozent verspricht.",
    "Die Opposition kritisierte das Vorhaben scharf. Es sei zu teuer und komme für viele "
    "Familien zu spät, sagte der Fraktionschef der Union in der Debatte.",
    "Nach Angaben des Wirtschaftsministeriums wurden im vergangenen Jahr rund 350.000 "
    "Wärmepumpen eingebaut. Das Ziel der Regierung liegt bei 500.000 Geräten pro Jahr.",
    "Der Bundesrat muss dem Gesetz noch zustimmen. Eine Entscheidung wird für Anfang "
    "Dezember erwartet.",
    "Verbraucherschützer begrüßten die Entscheidung grundsätzlich, mahnten aber an, dass die "
    "Anträge einfacher werden müssten, damit auch ältere Menschen von der Förderung profitieren.",
    "Die Handwerksbetriebe rechnen mit einer steigenden Nachfrage, warnen jedoch vor langen "
    "Wartezeiten, weil in vielen Regionen Fachkräfte für den Einbau der Anlagen fehlen.",
)
LONG_TITLES = (
    "Heating law: what home owners need to know now and which deadlines apply to them",
    "Electricity prices rise far more sharply this winter than suppliers had announced",
    "Five things to know about the new bus lanes that open across the city next month",
    "Mayor opens new library in the north of the city after three years of building work",
    "Council to vote on bridge repairs next month as the cost of the project keeps rising",
    "Police appeal for witnesses after a fire destroyed a warehouse on the industrial estate",
)


def clean(raw: str) -> Document:
    return newsclaims.parse(raw, plugin_manager=manager_with())


def words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("paragraphs", [ENGLISH, GERMAN], ids=["en", "de"])
@pytest.mark.parametrize(
    ("width", "between", "indent"),
    [(72, "\n\n", ""), (80, "\n", ""), (66, "\n", "    "), (76, "\n\n", "  ")],
)
def test_hard_wrapped_paragraphs_are_the_article(
    paragraphs: tuple[str, ...], width: int, between: str, indent: str
) -> None:
    # Plain text cut at some 72 characters: each paragraph's lines read as a link list's
    # (short, no full stop), and the article's first paragraphs went with the menu.
    wrapped = between.join(textwrap.fill(p, width, initial_indent=indent) for p in paragraphs)
    head = "Council votes to close two branch libraries\nBy Martin Hale\n14 March 2024"
    raw = "\n".join(("\n".join(MENU), head, wrapped, "Related", *LONG_TITLES[:2], *FOOTER))
    for text in (raw, raw.replace("\n", "\r\n")):
        doc = clean(text)
        assert words(doc.body) == words(" ".join(paragraphs))
        assert rebuild_raw(doc.text, doc.removals) == text
        # The kept text keeps its line breaks: nothing is edited.
        assert doc.text.count("\n") > len(paragraphs) * 2


def test_titles_of_a_link_list_are_not_taken_for_hard_wrapped_lines() -> None:
    # Long titles one under another, with paragraphs on a line each: no line runs on.
    raw = "\n".join((*MENU, *ENGLISH, "Most read", *LONG_TITLES, *LONG_TITLES, *FOOTER))
    assert _wrap_breaks(Lines(raw)) == []
    # Nor in a page of short lines only (a menu of titles, no prose on one line), with a
    # question for the last title.
    questions = (*LONG_TITLES[:-1], "Is this the end of the high street as we have known it?")
    for titles in (LONG_TITLES, questions):
        assert _wrap_breaks(Lines("\n".join((*MENU, *titles, *titles, *FOOTER)))) == []


# Author bio boxes --------------------------------------------------------------------------

STORY = (
    "Rescue crews in boats and helicopters pulled hundreds of people from flooded homes in the "
    "region on Wednesday after two days of torrential rain burst the banks of more than 20 rivers.",
    "At least nine people have died and more than 13,000 have been forced to leave their homes, "
    "the regional civil protection agency said. Officials warned that more rain was expected.",
    '"We have never seen anything like this," said Giovanni Ferri, the mayor of Cesena, where '
    'the river rose by more than three metres in a few hours. "Whole streets are rivers."',
)
BIOS = (
    "Laura Bianchi is a correspondent based in Rome, covering Italian politics and the "
    "Mediterranean. She joined The Herald in 2019.",
    "*Tom Becker is a freelance writer based in Nairobi.*",
    "Priya Nair covers climate and energy for The Herald.",
    "Jane Doe is The Herald's senior health reporter.",
    "Anna Schmidt ist Redakteurin im Ressort Politik der Beispiel Zeitung.",
    "Ana Souza é repórter da Folha em Brasília.",
)


@pytest.mark.parametrize("bio", BIOS)
@pytest.mark.parametrize("on_page", [True, False], ids=["page", "article-only"])
def test_a_writers_bio_at_the_end_goes(bio: str, on_page: bool) -> None:
    # The bio box under a story ("Jane Doe is a reporter covering ...") read as its last
    # paragraph.
    byline = f"By {bio.strip('*').split(' ')[0]} {bio.strip('*').split(' ')[1]}"
    if on_page:
        raw = "\n".join((*MENU, "Floods force thousands from homes", byline, *STORY, bio, *FOOTER))
    else:
        raw = "\n\n".join((*STORY, bio))
    doc = clean(raw)
    assert doc.body == "\n".join(STORY) if on_page else doc.body == "\n\n".join(STORY)
    assert any(r.reason == "author bio" and bio in r.text for r in doc.removals)


@pytest.mark.parametrize(
    "last",
    [
        # A reporter the story is about, named in its paragraphs above.
        "Evan Marsh is a reporter for The Daily Town who has covered Russia since 2017.",
        "Ms Marsh is a reporter with 20 years of experience, her editor said.",
        # No name opens it.
        "The new editor of the paper is expected to start in May, the company said.",
        "Our new editor is a journalist who joined from a rival paper in May.",
    ],
)
def test_a_last_paragraph_about_a_reporter_the_story_speaks_of_stays(last: str) -> None:
    story = (
        "A court in Moscow on Friday extended the detention of the American journalist Evan "
        "Marsh by three months, rejecting an appeal by his lawyers.",
        "Marsh, who was arrested in March while on a reporting trip, denies the charges of "
        "spying, and his employer and the US government say they are false.",
        last,
    )
    for raw in (
        "\n".join((*MENU, "Court extends detention of US reporter", *story, *FOOTER)),
        "\n\n".join(story),
    ):
        doc = clean(raw)
        assert last in doc.body


# A photo's credit alone between paragraphs, with no photo word ------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "Mark Lennihan/AP",
        "Jane Doe/The New York Times",
        "REUTERS/Yves Herman",
        "(Tom Brenner for The Washington Post)",
        "AFP via Getty Images",
        "Anadolu Agency via Getty Images",
        "Getty Images",
        "Shutterstock",
        "Ana de la Cruz / El Diario",
    ],
)
@pytest.mark.parametrize("on_page", [True, False], ids=["page", "article-only"])
def test_a_photo_credit_alone_between_paragraphs_goes(credit: str, on_page: bool) -> None:
    # Pages set the picture's credit under it with no "Photo:" before it; it stayed in the
    # body between two paragraphs.
    paragraphs = (*ENGLISH[:2], credit, *ENGLISH[2:])
    if on_page:
        raw = "\n".join((*MENU, "Council votes to close libraries", *paragraphs, *FOOTER))
    else:
        raw = "\n\n".join(paragraphs)
    doc = clean(raw)
    assert credit not in doc.body
    assert words(doc.body) == words(" ".join(ENGLISH))
    assert any(r.reason == "caption with agency credit" for r in doc.removals)


@pytest.mark.parametrize(
    "line",
    [
        *("Israel/Gaza", "Before/After", "What happens next", "The 9/11 Commission"),
        *("Calls for reform", "Pfizer/BioNTech Vaccine Trial", "Price/Earnings Ratio"),
    ],
)
def test_a_subheading_between_paragraphs_is_no_photo_credit(line: str) -> None:
    for raw in (
        "\n".join((*MENU, "Council votes to close libraries", *ENGLISH[:2], line, *ENGLISH[2:])),
        "\n\n".join((*ENGLISH[:2], line, *ENGLISH[2:])),
    ):
        assert line in clean(raw).body


def test_a_title_with_a_slash_over_an_article_is_its_headline() -> None:
    # A title in capitals whose words read like a credit across a slash stays the headline.
    raw = "\n\n".join(("Biden/Harris Ticket Gains Ground", *ENGLISH))
    doc = clean(raw)
    assert doc.title == "Biden/Harris Ticket Gains Ground"
    assert not doc.removals


# An advertisement's label that splits a sentence ------------------------------------------

SPLIT = (
    "Crews from the city's water department shut off the main around 5:30 a.m., about two "
    "hours after residents first reported water bubbling up through the pavement. The break "
    "sent water",
    "into basements along Market and Fourth streets, and at least three cars were stuck in "
    "water that reached their doors.",
)


def sentences(doc: Document) -> list[str]:
    return [" ".join(doc.text[s.start : s.end].split()) for s in doc.sentences]


@pytest.mark.parametrize(
    "label",
    [
        "ADVERTISEMENT",
        "- Advertisement -",
        "Story continues below advertisement",
        "Article continues after this advertisement",
        "Anzeige",
        "PUBLICIDAD",
        "Mark Lennihan/AP",
    ],
)
@pytest.mark.parametrize("between", ["\n", "\n\n"], ids=["lines", "paragraphs"])
@pytest.mark.parametrize("on_page", [True, False], ids=["page", "article-only"])
def test_a_label_that_splits_a_sentence_goes_and_the_sentence_is_whole(
    label: str, between: str, on_page: bool
) -> None:
    # An ad's label (or a photo's credit) set inside a paragraph cut its sentence in two: in a
    # text that is all article the label stayed, and with blank lines around it the sentence's
    # halves were left a paragraph apart (two sentences, the first with no end).
    paragraphs = (ENGLISH[0], SPLIT[0], label, SPLIT[1], *ENGLISH[1:])
    head = ("Water main break floods downtown",)
    raw = between.join((*MENU, *head, *paragraphs, *FOOTER) if on_page else paragraphs)
    doc = clean(raw)
    assert label not in doc.body
    whole = " ".join(SPLIT[0].split()[-4:] + SPLIT[1].split())
    assert any(s.endswith(whole) for s in sentences(doc))
    assert rebuild_raw(doc.text, doc.removals) == raw


def test_a_headline_over_an_article_that_opens_in_lower_case_stays_apart() -> None:
    # The byline between goes; the headline is not read as the first sentence's start.
    story = ("iPhone sales rose by 6 per cent in the last quarter, " + ENGLISH[0][4:], *ENGLISH[1:])
    raw = "\n\n".join(
        (
            *MENU,
            "Apple earnings beat forecasts as services grow again",
            "By Ana Ruiz",
            *story,
            *FOOTER,
        )
    )
    doc = clean(raw)
    assert sentences(doc)[0] == "Apple earnings beat forecasts as services grow again"


def test_a_sector_named_advertising_in_a_list_stays() -> None:
    # In a text that is all article, a list's item is no advertisement's label.
    items = ("The sectors hit hardest were:", "Advertising", "Retail", "Travel")
    raw = "\n\n".join((ENGLISH[0], *items, *ENGLISH[1:]))
    assert "Advertising" in clean(raw).body


# A live report's entries under their time stamps ------------------------------------------

ENTRIES = (
    (
        "Polls have now closed in Arizona, where both campaigns expect a close count. Officials "
        "said the first results would not come before midnight.",
    ),
    (
        "Turnout across the country appears to be the highest in decades, according to early "
        "estimates from the election authority, which said more than 100 million had voted.",
        '"We have never seen queues like this," one poll worker in Atlanta told our reporter.',
    ),
    (
        "Welcome to our live coverage of election night. We will bring you results, reactions "
        "and analysis as the night goes on.",
    ),
)


@pytest.mark.parametrize(
    ("stamps", "button"),
    [
        (("11:05 PM", "10:15 PM", "9:58 PM"), "Share"),
        (("23.05 GMT", "22.15 GMT", "21.58 GMT"), "Share this post"),
        (("Updated 14:05", "13:15", "12:58"), "Link copied"),
    ],
)
def test_a_live_reports_first_entry_stays_after_the_stamps(
    stamps: tuple[str, ...], button: str
) -> None:
    # The report's oldest entry, short and last, was left outside the article with the
    # sharing button and the time stamp over it (each line between entries cost the block).
    body: list[str] = []
    for stamp, entry in zip(stamps, ENTRIES, strict=True):
        body.extend((stamp, *entry, button))
    head = ("Election night: results as they come in",)
    raw = "\n".join((*MENU, *head, *body, "Related", "How the electoral college works", *FOOTER))
    doc = clean(raw)
    for entry in ENTRIES:
        for paragraph in entry:
            assert paragraph in doc.body


# A recipe's ingredients ------------------------------------------------------------------

INTRO = (
    "This is the soup I make every week in winter. It takes half an hour, uses cheap pantry "
    "staples and tastes even better the next day.",
    "Red lentils break down as they cook, so the soup turns thick and creamy without any "
    "cream. A squeeze of lemon at the end brightens it up.",
)
STEPS = (
    "Heat the oil in a large pot over medium heat. Add the onion and carrots and cook for 8 "
    "minutes until soft.",
    "Stir in the garlic and cook for one minute more.",
    "Add the lentils and stock, bring to a boil, then simmer for 20 minutes until soft.",
    "Season with salt and pepper and stir in the lemon juice before serving.",
)
MORE = ("You might also like", "Creamy tomato soup", "Chicken noodle soup")


@pytest.mark.parametrize(
    "ingredients",
    [
        (
            "Ingredients",
            *("2 tablespoons olive oil", "1 onion, chopped", "2 carrots, diced"),
            *("1 cup red lentils, rinsed", "6 cups vegetable stock", "Juice of half a lemon"),
            "Method",
        ),
        ("Ingredients", "30 ml olive oil", "1 onion", "200 g red lentils", "1.5 l stock", "Salt"),
        ("For the soup", "½ cup olive oil", "1/2 onion, chopped", "1 1/2 cups red lentils"),
        ("Ingredients:", "2 tbsp olive oil", "1 onion", "2 carrots", "Juice of half a lemon"),
        ("Ingredients", "• 2 tbsp olive oil", "• 1 onion", "• 8-9 ripe pears", "Directions"),
    ],
    ids=["us", "metric", "fractions", "colon", "bullets"],
)
def test_a_recipes_ingredients_and_the_text_above_them_stay(ingredients: tuple[str, ...]) -> None:
    # The list of quantities split the block: the steps were the article, the introduction
    # and the ingredients went (a line of them was even taken for the headline).
    head = ("Easy weeknight lentil soup", "By Sarah Cole", "Jump to Recipe")
    raw = "\n".join((*MENU, *head, *INTRO, *ingredients, *STEPS, *MORE, *FOOTER))
    doc = clean(raw)
    assert doc.title == "Easy weeknight lentil soup"
    for line in (*INTRO, *ingredients, *STEPS):
        assert line in doc.body
    assert "Creamy tomato soup" not in doc.body


def test_headlines_that_open_with_figures_are_no_list_of_quantities() -> None:
    # Under a line that reads as a subheading (a desk's credit), headlines in capitals.
    teasers = ("By", "Town Desk Staff", "5 Things to Do in June", "6 Things to Do in May")
    raw = "\n".join((*MENU, "Council votes", *ENGLISH, *teasers, "6 Things to Do in July", *FOOTER))
    assert "Things to Do" not in clean(raw).body


# A table of contents ---------------------------------------------------------------------

SECTIONS = (
    (
        "What is H5N5?",
        "H5N5 is a subtype of the influenza A virus. It is related to H5N1, the strain that has "
        "spread widely among birds and mammals since 2021, but it has a different protein.",
    ),
    (
        "How does it spread?",
        "Like other bird flu viruses it spreads mainly through contact with infected birds, "
        "their droppings or contaminated water, and wild ducks carry it over long distances.",
    ),
    (
        "Is it dangerous to people?",
        "So far only one human case has been reported, in a farm worker who had close contact "
        "with sick chickens. The World Health Organization says the risk remains low.",
    ),
)
LEAD = (
    "A new strain of bird flu has been found in wild birds and poultry farms in three "
    "countries this spring, raising fresh concerns among scientists about the risk to people."
)


@pytest.mark.parametrize("label", ["Contents", "In this article", "Jump to"])
@pytest.mark.parametrize("plain", [False, True], ids=["questions", "subheadings"])
@pytest.mark.parametrize("byline", [True, False], ids=["byline", "no-byline"])
def test_a_table_of_contents_goes_and_the_subheadings_stay(
    label: str, plain: bool, byline: bool
) -> None:
    # The entries that repeat the article's subheadings stayed in the body (questions read as
    # sentences); with no byline between, one was taken for the headline.
    sections = [
        (heading.rstrip("?").replace("What is", "About") if plain else heading, paragraph)
        for heading, paragraph in SECTIONS
    ]
    headings = [heading for heading, _ in sections]
    head = ["What we know about the new bird flu strain"]
    if byline:
        head += ["By Helen Marsh", "June 2, 2025"]
    article = [LEAD, *(line for section in sections for line in section)]
    raw = "\n".join((*MENU, *head, label, *headings, *article, *FOOTER))
    doc = clean(raw)
    assert doc.title == head[0]
    assert doc.body == "\n".join(article)


def test_short_answers_that_stand_twice_are_no_table_of_contents() -> None:
    # An interview's short lines may repeat ("No.", "Not yet."); they are no subheadings.
    turns = (
        "Did the council warn residents before the water was cut off on Tuesday morning?",
        "Not yet.",
        "No.",
        "Will the council pay for the damage to homes and shops along Market Street?",
        "Not yet.",
        "No.",
        "Thank you for your time today, and good luck with the repairs this week.",
    )
    raw = "\n".join((*MENU, "Interview: the water chief", *ENGLISH[:2], *turns, *FOOTER))
    doc = clean(raw)
    assert doc.body.count("Not yet.") == 2


# A newsletter pasted as text --------------------------------------------------------------


def test_a_newsletters_own_lines_go() -> None:
    # "Forward this email to a friend" and "You are receiving this email because ..." stayed
    # at the end of the body.
    lines = (
        "View this email in your browser",
        "THE MORNING BRIEF",
        "Tuesday, October 8, 2024",
        "Central bank holds rates steady",
        *ENGLISH,
        "Forward this email to a friend",
        "You are receiving this email because you signed up for The Morning Brief.",
        "Unsubscribe | Update your preferences | Privacy policy",
    )
    doc = clean("\n".join(lines))
    assert doc.body == "\n".join(ENGLISH)
    assert removed_reasons(doc)["Forward this email to a friend"] == "cookie/subscription line"


def test_an_article_about_an_email_keeps_its_sentences() -> None:
    said = (
        "The bank said it had sent this email to every customer, and that anyone receiving "
        "this email by mistake should delete it."
    )
    raw = "\n".join((*MENU, "Bank warns of fake emails", *ENGLISH[:2], said, *ENGLISH[2:]))
    assert said in clean(raw).body


def removed_reasons(doc: Document) -> dict[str, str]:
    return {
        line.strip(): r.reason for r in doc.removals for line in r.text.splitlines() if line.strip()
    }


# Other pages' teasers with their summaries -------------------------------------------------

TEASERS = (
    "Council approves plans for 300 new homes in Truro",
    "Plans for 300 homes on the edge of Truro have been approved despite objections from "
    "residents who say the town's roads and schools cannot cope with more people.",
    "Surfers clean up beach after storm",
    "Dozens of volunteers turned out on Sunday to clear plastic and other rubbish that was "
    "washed up on the beach during last week's storm, filling more than 200 bags.",
    "Fishing fleet ties up as fuel prices soar",
    "Many of the county's small fishing boats have stayed in harbour this week because the "
    "cost of diesel has made trips unprofitable, the fishermen's association said.",
)


@pytest.mark.parametrize("label", ["More from Cornwall", "Most read", "Related stories", "More"])
def test_teasers_with_their_summaries_under_a_label_go(label: str) -> None:
    # Each headline cost the block less than its summary gave: the teasers were the article's.
    raw = "\n".join(
        (*MENU, "Road closed after lorry overturns", *ENGLISH, label, *TEASERS, *FOOTER)
    )
    doc = clean(raw)
    assert doc.body == "\n".join(ENGLISH)


# A product review's verdict, pros and cons above its text ----------------------------------

REVIEW = (
    "Google's cheaper Pixel has always been the phone I recommend to friends who do not want "
    "to spend a fortune, and the 9a keeps that streak going with a solid, plain design.",
    "The main camera is the star. In daylight its photos are sharp and natural, and at night "
    "it still pulls out detail where other phones at this price turn everything to mush.",
    "Battery life was excellent in my testing: I regularly finished the day with 40 percent "
    "left after heavy use, though charging is slow at 23 watts.",
)


@pytest.mark.parametrize(
    "verdict",
    [
        ("Our verdict", "The Pixel 9a gets the basics right: a bright screen and a great camera."),
        (),
    ],
    ids=["verdict", "no-verdict"],
)
@pytest.mark.parametrize(
    "labels", [("Pros", "Cons"), ("What we like", "What we don't like")], ids=["pros", "like"]
)
def test_a_reviews_headline_is_not_one_of_its_pros(
    verdict: tuple[str, ...], labels: tuple[str, str]
) -> None:
    # The pros and cons and the shops' links stand between the headline and the text: the
    # line nearest the text that reads as a headline was one of the pros.
    head = ("Pixel 9a review: the best phone under 500 dollars", "By Sam Rivera", "April 20, 2025")
    box = (
        labels[0],
        *("Excellent camera for the price", "Seven years of software updates"),
        "Bright and smooth screen",
        labels[1],
        *("Slow charging", "No telephoto lens", "$499 at Amazon", "$499 at Best Buy"),
    )
    raw = "\n".join((*MENU, *head, *verdict, *box, *REVIEW, *FOOTER))
    doc = clean(raw)
    assert doc.title == head[0]
    assert all(paragraph in doc.body for paragraph in REVIEW)


# A blog post's comments -------------------------------------------------------------------

COMMENTS = (
    "Thank you for this! We are going in May and had no idea the card did not cover the tower. "
    "Did you book anything in advance, or just turn up on the day with the children?",
    "We just turned up, but we went early in the morning. With children I would book the tower "
    "online the day before, as the queue was already long by ten and there is little shade.",
    "Great tips. One more: the ferry across the river costs about 1.40 euros, and the views of "
    "the city from the water are better than from any of the paid viewpoints in the centre.",
)


@pytest.mark.parametrize(
    "heading",
    [
        '5 thoughts on "Council votes to close libraries"',
        "3 Comments",
        "Comments (3)",
        "Join the conversation",
    ],
)
def test_a_blog_posts_comments_are_not_its_text(heading: str) -> None:
    # Each comment is a paragraph, and the names and stamps between them cost less than the
    # comments gave: they were the post's last paragraphs.
    thread: list[str] = []
    for name, comment in zip(("Claire", "Emma", "Mark"), COMMENTS, strict=True):
        thread.extend((f"{name} says:", "March 3, 2024 at 8:12 am", comment))
    post = ("Council votes to close libraries", "March 2, 2024 by Emma", *ENGLISH)
    tail = ("Leave a Reply", "Your email address will not be published.", "© 2024 Emma Travels")
    raw = "\n".join((*MENU, *post, heading, *thread, *tail))
    doc = clean(raw)
    assert doc.body == "\n".join(ENGLISH)


def test_a_comment_of_two_paragraphs_is_not_the_posts_text() -> None:
    # Two paragraphs under one name and stamp: the comments were read as the post's own.
    thread = (
        "Dave from Leeds",
        "March 3, 2024 at 10:42 am",
        *COMMENTS[:2],
        "Reply",
        "Sue K",
        "March 3, 2024 at 11:02 am",
        COMMENTS[2],
        "Reply",
    )
    post = ("Council votes to close libraries", "March 2, 2024 by Emma", *ENGLISH)
    tail = ("Leave a Reply", "Your email address will not be published.", "© 2024 Emma Travels")
    raw = "\n".join((*MENU, *post, "3 comments", *thread, *tail))
    doc = clean(raw)
    assert doc.body == "\n".join(ENGLISH)


def test_no_comment_in_an_interview_is_no_comments_heading() -> None:
    turns = ("Did the council know about the leak before Tuesday?", "No comment")
    raw = "\n".join((*MENU, "Council votes", *ENGLISH[:2], *turns, *ENGLISH[2:], *FOOTER))
    assert ENGLISH[3] in clean(raw).body


def test_a_link_to_the_comments_over_the_post_ends_nothing() -> None:
    raw = "\n".join((*MENU, "Council votes", ENGLISH[0], "3 Comments", *ENGLISH[1:], *FOOTER))
    body = clean(raw).body
    assert all(paragraph in body for paragraph in ENGLISH)


@pytest.mark.parametrize("label", ["ADVERTISEMENT", "Anzeige", "Story continues below"])
@pytest.mark.parametrize("width", [66, 72, 80])
def test_an_ad_label_inside_a_hard_wrapped_paragraph_goes_alone(label: str, width: int) -> None:
    # The wrapped line over the label read as a short line beside it, and went as a link list.
    wrapped = [textwrap.fill(p, width).split("\n") for p in ENGLISH]
    wrapped[1][1:1] = [label]
    text = "\n\n".join("\n".join(lines) for lines in wrapped)
    raw = "\n".join((*MENU, "Council votes to close libraries", text, *FOOTER))
    doc = clean(raw)
    assert words(doc.body) == words(" ".join(ENGLISH))
    assert [r.reason for r in doc.removals if label in r.text] == ["advertisement"]
    if wrapped[1][2][0].islower():  # (the splitter goes on over a line break in lower case)
        whole = " ".join(ENGLISH[1].split()[:20])
        assert any(whole in s for s in sentences(doc))


CHANT = ("No fees, no debt", "Education is a right")
PROTEST = (
    "Thousands of students marched through the capital on Saturday to protest against a new "
    "law that will triple university fees, in the largest demonstration the city has seen in "
    "a decade.",
    "The crowd, which organisers put at 40,000, chanted as it moved along the main boulevard:",
    *CHANT,
    "Police said the march had been peaceful and that no arrests had been made. The education "
    "minister said the law would not be withdrawn but that she was open to talks.",
    "By nightfall, several thousand protesters had gathered outside parliament, where the same "
    "chant rang out again and again:",
    *CHANT,
    "Student leaders said they would return every Saturday until the government agreed to "
    "scrap the law, and called on workers to join a general strike next month.",
)


@pytest.mark.parametrize("page", [True, False], ids=["page", "text"])
def test_lines_quoted_twice_in_the_story_are_no_table_of_contents(page: bool) -> None:
    # A chant quoted under a colon, and again further down, went as a table of contents.
    if page:
        raw = "\n".join((*MENU, "Students march against fee rise", *PROTEST, *FOOTER))
    else:
        raw = "\n\n".join(PROTEST)
    doc = clean(raw)
    assert "table of contents" not in {r.reason for r in doc.removals}
    assert doc.body.count("No fees, no debt\n") == 2


@pytest.mark.parametrize(
    "box",
    [
        [
            "Watch next",
            "5 things we learned from the budget",
            "3 ways to cut your energy bill",
            "10 best beaches in Cornwall",
            "2 arrested after fight in town centre",
        ],
        ["In pictures", "12 photos of the storm", "20 years of the Eden Project", "100 days in"],
        ["Podcasts", "3 minutes of news: Tuesday", "5 minutes with the mayor", "10 questions"],
    ],
    ids=["watch-next", "in-pictures", "podcasts"],
)
def test_a_box_of_headlines_with_figures_is_no_list_of_quantities(box: list[str]) -> None:
    # Headlines that open with a figure and a word in lower case read as ingredients: the box
    # stayed in the article.
    raw = "\n".join((*MENU, "Council votes", *ENGLISH[:2], *box, *ENGLISH[2:], *FOOTER))
    body = clean(raw).body
    assert all(line not in body for line in box)
    assert all(paragraph in body for paragraph in ENGLISH)


def test_a_time_stamp_over_a_teaser_under_the_article_opens_no_live_entry() -> None:
    # The stamp over another story's teaser cost the block half a line, as between two entries
    # of a live report: the teaser was kept as the article's last paragraph.
    teaser = (
        "Police are appealing for witnesses after a man was seriously injured in a crash on the "
        "A30 near Bodmin on Monday evening."
    )
    raw = "\n".join(
        (*MENU, "Council votes", *ENGLISH[:3], "Share", "Latest", "10:42", teaser, *FOOTER[3:])
    )
    doc = clean(raw)
    assert doc.body == "\n".join(ENGLISH[:3])


MORE_ENGLISH = (
    "The council will hold a public consultation on the future of the two buildings, which "
    "could be sold or turned into community centres run by volunteers.",
    "Residents can give their views online or at drop-in sessions at the town hall until the "
    "end of March, and the final decision will be taken in April.",
)


@pytest.mark.parametrize(
    "heading",
    [
        "Join the conversation",
        "Leave a comment",
        "5 thoughts on the budget",
        "3 responses to the vote",
    ],
)
def test_a_comments_heading_over_the_articles_paragraphs_ends_nothing(heading: str) -> None:
    # A subheading that reads as a comments' heading, with the article's paragraphs right under
    # it: the block ended above it, and the article's rest went.
    article = (*ENGLISH, *MORE_ENGLISH)
    raw = "\n".join((*MENU, "Council votes", *article[:3], heading, *article[3:], *FOOTER))
    body = clean(raw).body
    assert all(paragraph in body for paragraph in article)


def test_a_link_to_the_comments_over_the_article_under_its_standfirst_ends_nothing() -> None:
    # The standfirst and a caption above the link counted as the post: the article went.
    head = (
        "Council votes to close libraries",
        "By Jane Doe",
        "Tuesday 3 March 2024 21:40",
        "Campaigners say the decision will hit the poorest families hardest and vow to fight on "
        "in the courts if necessary.",
        "Protesters outside the town hall on Tuesday evening as councillors arrived for the vote "
        "on the closures.",
        "Comments (47)",
    )
    article = (*ENGLISH, *MORE_ENGLISH)
    body = clean("\n".join((*MENU, *head, *article, *FOOTER))).body
    assert all(paragraph in body for paragraph in article)


SECTIONED = (
    '"Nobody came into local politics to shut libraries," said council leader Anne Patel. "But '
    'we have been left with no choice by the cuts to our grant from central government."',
    "What happens to the buildings",
    MORE_ENGLISH[0],
    "Campaigners plan legal challenge",
    "Opponents said the savings were small compared with the harm, and the campaign group said "
    "it had instructed lawyers to seek a judicial review of the decision.",
)


@pytest.mark.parametrize(
    "label", ["Related", "Read more", "Most read", "Recommended", "More from Northgate"]
)
@pytest.mark.parametrize("above", [2, 3])
def test_a_teaser_set_in_the_article_leaves_its_sections_to_it(label: str, above: int) -> None:
    # The teaser's headline over the article's next paragraph, then its subheadings over their
    # paragraphs, read as teasers with their summaries: the article's rest went.
    teaser = "Mayor opens new library in the north of the city"
    lead = (*ENGLISH[:2], ENGLISH[3])[:above]
    raw = "\n".join((*MENU, "Council votes", *lead, label, teaser, *SECTIONED, *FOOTER))
    body = clean(raw).body
    assert all(line in body for line in (*lead, *SECTIONED))


@pytest.mark.parametrize("label", ["Latest", "Live"])
def test_a_live_pages_entries_under_its_label_are_the_article(label: str) -> None:
    # Each entry's heading over its paragraph read as a teaser with its summary: every entry
    # went, and the standfirst alone stayed.
    entries = (
        "Trains cancelled across much of Scotland",
        "ScotRail has cancelled all services north of Dundee and Perth for the rest of the day, "
        "saying it is not safe to run trains while engineers inspect flooded and damaged track.",
        "Schools closed in Angus and Aberdeenshire",
        "Dozens of schools will stay closed on Friday as a precaution, the councils said, and "
        "parents were urged to keep children away from swollen rivers and coastal paths.",
        "Residents evacuated in Brechin",
        "Police and firefighters went door to door overnight in Brechin after the River South "
        "Esk rose to a record level, and around 400 homes were evacuated to a nearby school.",
    )
    head = (
        "Thousands without power as rivers burst their banks in Scotland",
        "Flood warnings remain in place across eastern Scotland until Saturday after a night of "
        "torrential rain, and the Met Office has issued a rare red warning for Angus.",
    )
    body = clean("\n".join((*MENU, *head, label, *entries, *FOOTER))).body
    assert all(paragraph in body for paragraph in entries[1::2])


def test_ingredients_under_a_recipes_heading_among_the_short_lines_stay() -> None:
    # The recipe's heading stands among the short lines over the list ("Print" above it):
    # items with no unit ("8-9 ripe pears", "1 lemon") count under it all the same.
    recipe = ("Spiced pear jam", "Print", "Ingredients", "8-9 ripe pears, cored and peeled")
    recipe += ("1 lemon, juiced", "2 pears, diced", "6 tbsp pectin", "1 tsp cinnamon")
    recipe += ("1 jar honey", "Instructions")
    head = ("Easy weeknight lentil soup", "By Sarah Cole", "Jump to Recipe")
    raw = "\n".join((*MENU, *head, *INTRO, *recipe, *STEPS, *MORE, *FOOTER))
    body = clean(raw).body
    assert all(line in body for line in (*INTRO, *recipe[2:], *STEPS))


@pytest.mark.parametrize(
    "box",
    [
        [
            "At a glance",
            "3 million people out of work",
            "12 regions saw falls",
            "2 sectors shed jobs",
        ],
        ["Key figures", "4.1% unemployment rate", "250,000 new jobs", "2.3% wage growth"],
        ["By the numbers", "3 people killed", "12 people injured", "200 roads closed"],
    ],
    ids=["at-a-glance", "key-figures", "by-the-numbers"],
)
def test_a_fact_box_of_figures_stays_with_the_paragraph_under_it(box: list[str]) -> None:
    # A figure and a word in lower case under a heading that is no teaser's label is the
    # article's fact box: it went as a link list, and the paragraph under it as outside the
    # article body, when its items had to have a unit.
    raw = "\n".join((*MENU, "Council votes", *ENGLISH[:2], *box, *ENGLISH[2:], *FOOTER))
    body = clean(raw).body
    assert all(line in body for line in box)
    assert all(paragraph in body for paragraph in ENGLISH)


def test_teasers_under_a_short_article_go() -> None:
    # Three headlines over their summaries under "Related" had more words than the article
    # above them: they were put back as its subheadings and paragraphs.
    article = (
        "Oil prices rose sharply on Monday after producers agreed to extend output cuts into "
        "next year, traders said, lifting benchmark crude to its highest level since April.",
        "Brent crude futures climbed 3.1 per cent to 88.40 dollars a barrel in London, while the "
        "US benchmark gained 2.9 per cent, as investors bet that supply would stay tight.",
        "Analysts at several banks raised their forecasts for the fourth quarter, saying demand "
        "from China had held up better than expected despite the weak recovery in its property "
        "sector.",
    )
    teasers = (
        "Bank of England holds rates at 5.25%",
        "The Bank of England kept interest rates on hold for a third meeting in a row on "
        "Thursday, as policymakers weighed signs that inflation was easing against a still tight "
        "labour market and strong wage growth in the services sector.",
        "Retail sales fall for second month",
        "British retail sales fell for a second month in October as shoppers cut back on "
        "spending on clothes and household goods amid the rising cost of living, official "
        "figures showed on Friday morning, disappointing economists.",
        "Pound slips against the dollar",
        "Sterling slipped against the dollar on Wednesday after weaker than expected growth "
        "figures, with traders increasing their bets that the Bank of England would begin to cut "
        "interest rates early next year to support the economy.",
    )
    raw = "\n\n".join((*MENU, "Oil jumps on output cuts", *article, "Related", *teasers, *FOOTER))
    body = clean(raw).body
    assert all(paragraph in body for paragraph in article)
    assert all(line not in body for line in teasers)

"""Claims of kinds of news text tried late: court and sports reports, parliamentary debates,
interviews without labels, British and Australian house styles, military titles."""

from __future__ import annotations

import threading

import pytest

import newsclaims
from newsclaims import Claim
from newsclaims.default_plugins._checkworthy import checkworthy
from newsclaims.default_plugins._gender import contradicts
from newsclaims.default_plugins.sentences import split
from newsclaims.testing import manager_with


def claims(text: str) -> tuple[Claim, ...]:
    """The claims of ``text`` as given: the page cleaner stays out of these unit tests."""
    pm = manager_with()
    if pm.get_plugin("newsclaims.cleaning") is not None:
        pm.unregister(name="newsclaims.cleaning")
    return newsclaims.parse(text, plugin_manager=pm).claims


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Opposition leader Sussan Ley said the target was 'a fantasy'.", "Sussan Ley"),
        ("The coach called the decision 'a disgrace' after the match.", "The coach"),
        ("'A tragedy for the town,' the mayor said of the closure.", "the mayor"),
    ],
)
def test_a_single_quotation_may_open_with_the_article_a(text: str, speaker: str) -> None:
    # British and Australian papers quote in single marks; a quotation that opens with "a"
    # (a word of one letter) was taken for an apostrophe's, and its sentence for a statement.
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker) == ("quote", speaker)


@pytest.mark.parametrize(
    "heading",
    [
        "What happens next?",
        "Why does it matter?",
        "**How will the new rules affect renters in the city?**",
        "## Who pays for the bridge?",
    ],
)
def test_a_question_alone_on_its_line_is_a_subheading_and_no_claim(heading: str) -> None:
    text = (
        "The council approved the plan on Tuesday by nine votes to four.\n\n"
        f"{heading}\n\n"
        "The plan now goes to the state for approval, which could take until June.\n"
    )
    got = [c.text for c in claims(text)]
    assert got == [
        "The council approved the plan on Tuesday by nine votes to four.",
        "The plan now goes to the state for approval, which could take until June.",
    ]


def test_a_question_that_is_more_than_a_heading_stays_a_claim() -> None:
    # A question with a figure, a long one, one in a paragraph of prose, a labelled turn.
    for question in (
        "Will the 2026 budget pass?",
        "Why did the council, which had rejected the plan twice before, change its mind"
        " so quickly this week?",
        "Rents rose again. Can the city stop them?",
        "Q. Will you veto the budget?",
    ):
        text = f"The council met on Tuesday.\n\n{question}\n\nThe vote is in June.\n"
        asked = question.removeprefix("Rents rose again. ")
        assert asked in [c.text for c in claims(text)]


INTERVIEW = """\
Rosa Delgado opened her first restaurant in Oaxaca in 2009. She now runs six.

How did you start cooking?

My grandmother taught me. She made mole every Sunday.

What is the biggest mistake home cooks make?

They rush. Good food needs time, especially beans and sauces.

Is it true you turned down a television show?

Yes, in 2018. I wanted to be in my kitchen, not in a studio.
"""


def test_the_answers_of_an_interview_without_labels_are_quotes_of_no_one_named() -> None:
    # Questions put to someone, each on its line, and answers in the first person: the answers
    # are the interviewee's words (a quote), whom no label names (no speaker is guessed).
    got = [(c.kind, c.speaker, c.text) for c in claims(INTERVIEW)]
    assert got == [
        ("statement", None, "Rosa Delgado opened her first restaurant in Oaxaca in 2009."),
        ("statement", None, "She now runs six."),
        ("quote", None, "My grandmother taught me."),
        ("quote", None, "She made mole every Sunday."),
        ("quote", None, "They rush."),
        ("quote", None, "Good food needs time, especially beans and sauces."),
        ("quote", None, "Yes, in 2018."),
        ("quote", None, "I wanted to be in my kitchen, not in a studio."),
    ]
    # With the interviewer's questions labelled, and an answer that quotes someone else.
    labelled = INTERVIEW.replace("\n\nHow", "\n\nQ: How").replace(
        "She made mole every Sunday.", 'She always said, "Never rush a mole."'
    )
    got = [(c.kind, c.speaker, c.verb) for c in claims(labelled)]
    assert got[2] == ("statement", None, None)  # (a labelled question stays, as turns do)
    assert got[3:6] == [("quote", None, None), ("quote", None, "said"), ("quote", None, None)]


def test_an_explainers_questions_answered_in_its_own_voice_leave_statements() -> None:
    text = (
        "Thousands of passengers were stranded on Friday.\n\n"
        "Can you get a refund?\n\n"
        "Yes. Airlines must refund the ticket within seven days.\n\n"
        "What if your flight was delayed?\n\n"
        "Passengers delayed by three hours may claim up to €600.\n\n"
        "Should you book a new flight yourself?\n\n"
        "Only if the airline cannot rebook you.\n"
    )
    assert {c.kind for c in claims(text)} == {"statement"}


def test_an_interview_half_of_whose_answers_speak_of_oneself_is_one() -> None:
    # Short answers that name a thing ("Lebron James") say no "I": half in the first person is
    # enough, as a business paper's Q&A with a chief executive answers.
    text = INTERVIEW + "\nWho is your favourite athlete?\n\nLebron James.\n"
    kinds = [c.kind for c in claims(text)]
    assert kinds[2:] == ["quote"] * 7


def test_an_explainers_answers_that_quote_people_in_the_first_person_leave_statements() -> None:
    # The answers' "We" is inside the quotations of people the reporter names: the reporter's
    # own sentences around them are no interviewee's words.
    text = (
        "Storm warning issued for coast\n\n"
        "What should you do if the power goes out?\n\n"
        'Officials said residents should keep torches ready. "We are preparing for the worst,"'
        " the mayor said.\n\n"
        "How can you protect your home?\n\n"
        'The council is handing out sandbags. "We have 5,000 bags," a spokesman said.\n'
    )
    got = [(c.kind, c.speaker) for c in claims(text)]
    assert got == [
        ("headline", None),
        ("statement", None),
        ("quote", "the mayor"),
        ("statement", None),
        ("quote", "a spokesman"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        ('She always said, "Never rush a mole."', None, "said"),
        ('He often told us: "Never rush."', None, "told"),
        ('"Buy the dip," Ann Lee always says.', "Ann Lee", "says"),
        ('Analysts have always insisted: "Buy the dip."', "Analysts", "insisted"),
        ('Smith never said: "We will sell."', None, None),
    ],
)
def test_an_adverb_before_the_verb_is_no_part_of_the_speaker(
    text: str, speaker: str | None, verb: str | None
) -> None:
    # "She always" and "Smith never" were taken for a name and a word in lower case, as
    # "Goldman analysts" is: a speaker. A negated verb attributes nothing.
    (claim,) = claims(text)
    assert (claim.speaker, claim.verb) == (speaker, verb)


@pytest.mark.parametrize(
    "text",
    [
        'Maria Lopez said the plan would fail. "It cannot work," he said.',
        '"We are ready," said Sarah Connor. "We have been for years," he added.',
        'Mr. Alvarez said the plan would fail. "It cannot work," she said.',
        'Ms Okafor said the school would stay open.\n\n"We owe it to the children," he said.',
        'The spokeswoman, Dana Kim, said talks had stalled. "There is no deal," he said.',
        'Jo Kim, a businesswoman in Seoul, said sales fell. "It was a bad year," he said.',
        'Jane Doe and her husband Mark said they lost everything. "It is all gone," she said.',
        '"We are ready," said Mohammed Ali. "We trained for months," she added.',
    ],
)
def test_a_pronoun_of_the_other_sex_does_not_stand_for_the_person_before(text: str) -> None:
    # A title, a given name, a word of one sex before the name or in its appositive: "he"
    # after a woman named so is someone else, and the quotation gets no speaker.
    quote = claims(text)[-1]
    assert (quote.kind, quote.speaker) == ("quote", None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Maria Lopez said the plan would fail. "It cannot work," she said.', "Maria Lopez"),
        ('"We are ready," said Mohammed Ali. "We trained for months," he added.', "Mohammed Ali"),
        ('Mr. Alvarez said the plan would fail. "It cannot work," he said.', "Alvarez"),
        # No sign either way (an ambiguous given name, a surname alone): as before.
        ('Andrea Rossi said the plan would fail. "It cannot work," she said.', "Andrea Rossi"),
        ('"We are ready," said Okafor. "We trained for months," he added.', "Okafor"),
    ],
)
def test_a_pronoun_that_fits_or_says_nothing_follows_the_person(text: str, speaker: str) -> None:
    assert claims(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Gen. (ret.) David Petraeus, a former CIA director, said the Army was "behind".',
            "David Petraeus",
        ),
        ('Lt. Col. (Ret.) Jane Doe told CNN: "This is unprecedented."', "Jane Doe"),
        (
            '"Nothing will change," said Brig. Gen. (ret) Anne Macklin, a former official.',
            "Anne Macklin",
        ),
        ('"Nothing will change," Brig. Gen. (ret.) Anne Macklin said.', "Anne Macklin"),
    ],
)
def test_a_retired_officers_bracket_is_part_of_the_title(text: str, speaker: str) -> None:
    # "(ret.)" after a military title ended a sentence ("Gen. (ret.)" was a claim of its own),
    # and after the verb the titles alone were taken for the speaker ("Gen").
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker) == ("quote", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Mayor Ana Ruiz & her deputy Tom Hale said: "The ruling is wrong."',
            "Ana Ruiz & Tom Hale",
        ),
        (
            '"We will appeal," said Mayor Ana Ruiz and her deputy, Tom Hale.',
            "Ana Ruiz and Tom Hale",
        ),
        ('Jane Doe and her husband Mark said: "It is all gone."', "Jane Doe and Mark"),
        ('"Wrong," said Mayor Ana Ruiz & Deputy Mayor Tom Hale.', "Ana Ruiz & Tom Hale"),
        ('Procter & Gamble said: "Sales rose."', "Procter & Gamble"),
        ('"Sales rose," Marks & Spencer said in a statement.', "Marks & Spencer"),
        ('AT&T said: "Sales rose."', "AT&T"),
        ('Johnson & Johnson CEO Joaquin Duato said: "Sales rose."', "Joaquin Duato"),
        ('"Sales rose," said Apple chief executive Tim Cook.', "Tim Cook"),
    ],
)
def test_names_joined_by_an_ampersand_or_by_whose_they_are(text: str, speaker: str) -> None:
    # Two people, the second named by whose they are, were one of them (the first after the
    # verb, the second before it); a firm's "&" split its name ("Gamble", "T").
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker) == ("quote", speaker)


def test_a_titles_bracket_ends_no_sentence_but_a_bracketed_sentence_does() -> None:
    def sentences(text: str) -> list[str]:
        return [text[s.start : s.end] for s in split(text)]

    text = "Gen. (ret.) Ann Lee spoke. Col. (Ret.) Tom Roe agreed."
    assert sentences(text) == ["Gen. (ret.) Ann Lee spoke.", "Col. (Ret.) Tom Roe agreed."]
    text = "He sat down. (Laughter.) Then he left. The vote (see p. 4.) Was close."
    assert sentences(text)[:3] == ["He sat down.", "(Laughter.)", "Then he left."]


def test_a_word_written_short_before_a_number_in_brackets_or_a_day_after_a_time() -> None:
    def sentences(text: str) -> list[str]:
        return [text[s.start : s.end] for s in split(text)]

    assert sentences("It follows Hurricane Ian (Cat. 4) in 2022. It hit.") == [
        "It follows Hurricane Ian (Cat. 4) in 2022.",
        "It hit.",
    ]
    assert sentences("The list (see Tab. 3) is long. Prices (in 2024) fell. 40 came.") == [
        "The list (see Tab. 3) is long.",
        "Prices (in 2024) fell.",
        "40 came.",
    ]
    assert sentences("Leave by 6 p.m. Fri. Those in Ft. Myers stay.") == [
        "Leave by 6 p.m. Fri.",
        "Those in Ft. Myers stay.",
    ]
    # A number's full stop in brackets, or one the bracket does not close on, ends a sentence.
    assert sentences("(The bill passed on Oct. 3. 12 senators abstained.) It now goes on.") == [
        "(The bill passed on Oct. 3.",
        "12 senators abstained.)",
        "It now goes on.",
    ]
    assert sentences("Turnout rose (to 64%. 3 million more people voted.") == [
        "Turnout rose (to 64%.",
        "3 million more people voted.",
    ]
    # A day written short follows a time with its own full stop: "Sun Yang" is a name.
    assert sentences("The vote closed at 8 p.m. Sun Yang then spoke.") == [
        "The vote closed at 8 p.m.",
        "Sun Yang then spoke.",
    ]
    assert len(sentences("The store shuts at 6 p.m. Fri. and reopens Monday.")) == 1


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        (
            'According to the indictment, Smith wrote to an associate: "Delete everything."',
            "Smith",
            "wrote",
        ),
        ('Smith said to reporters: "We won."', "Smith", "said"),
        ('Ann Lee told an aide: "We won."', "Ann Lee", "told"),
        ('Smith wrote to his lawyer: "Settle it."', "Smith", "wrote"),
    ],
)
def test_whom_the_speaker_told_may_stand_between_the_verb_and_the_quotation(
    text: str, speaker: str, verb: str
) -> None:
    # A court report quotes what a defendant wrote "to an associate": the words are his, not
    # the indictment's that the sentence opens with.
    (claim,) = claims(text)
    assert (claim.speaker, claim.verb) == (speaker, verb)


def test_a_parliamentary_records_labels_may_say_in_brackets_who_the_member_is() -> None:
    text = (
        "Here is how the exchanges went in the Commons on Wednesday.\n\n"
        "Kemi Badenoch (Leader of the Opposition): Will he say how long the lists are?\n\n"
        "The Prime Minister (Keir Starmer): Waiting lists have fallen for five months.\n\n"
        "Kemi Badenoch: He promised to cut them. They are at 7.4 million.\n\n"
        "The Prime Minister: They are falling, and they will keep falling.\n"
    )
    got = [(c.kind, c.speaker) for c in claims(text)]
    assert got == [
        ("statement", None),
        ("quote", "Kemi Badenoch"),
        ("quote", "The Prime Minister"),
        ("quote", "Kemi Badenoch"),
        ("quote", "Kemi Badenoch"),
        ("quote", "The Prime Minister"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Events of record in court, sports and politics reports: checkable with no number.
        ("The defendant pleaded not guilty.", True),
        ("He was sentenced to life in prison.", True),
        ("The judge dismissed the case.", True),
        ("The striker scored a hat-trick.", True),
        ("The minister resigned.", True),
        ("The senator voted against the measure.", True),
        # Evaluative wording still makes analysis; no event, no anchor.
        ("The ruling could see him jailed.", False),
        ("The plan is flawed.", False),
        ("This is a disgrace.", False),
    ],
)
def test_a_verb_of_an_event_of_record_is_an_anchor(text: str, expected: bool) -> None:
    assert checkworthy(text) is expected


def test_british_titles_and_aka_end_no_sentence() -> None:
    text = (
        "The Rt. Hon. Jane Roe MP spoke. Pte. Tom Hale died. Cdr. Ann Lee led the unit. "
        "Ald. Jo Kim voted no. The singer, a.k.a. The Weeknd, performed."
    )
    assert [text[s.start : s.end] for s in split(text)] == [
        "The Rt. Hon. Jane Roe MP spoke.",
        "Pte. Tom Hale died.",
        "Cdr. Ann Lee led the unit.",
        "Ald. Jo Kim voted no.",
        "The singer, a.k.a. The Weeknd, performed.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"We were ready," said Cdr. Ann Lee.',
        'The Rt. Hon. Ann Lee MP said: "We were ready."',
        '"We were ready," said Pte. Ann Lee.',
        'Ald. Ann Lee said: "We were ready."',
    ],
)
def test_british_titles_are_no_part_of_the_speakers_name(text: str) -> None:
    (claim,) = claims(text)
    assert claim.speaker == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        # A role ends before a clause's "that", "had", "was"...: "the council that residents"
        # was a speaker.
        (
            'The mayor told the council that residents had called the plan "madness."',
            "The mayor",
            "told",
        ),
        ('The judge told the jury that was "the law".', "The judge", "told"),
        # "That said," reports no speech: "That" was a speaker.
        ('That said, the DEA says that the border "remains the main way in."', "DEA", "says"),
    ],
)
def test_no_clause_is_taken_for_a_speaker(text: str, speaker: str, verb: str) -> None:
    (claim,) = claims(text)
    assert (claim.speaker, claim.verb) == (speaker, verb)


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        # A relative clause's person said the words, not the speaker of a verb before it.
        ('Jones responded to Smith, who had called him "a liar," by suing.', None, "called"),
        ('Jones sued Smith, who had called him "a liar".', "Smith", "called"),
        # A pronoun after the verb that opens a reported clause is no speaker.
        ('Lee, who has called the plan "unworkable," said she would vote no.', "Lee", "called"),
        ('"We won," said he on Monday.', None, "said"),
    ],
)
def test_who_said_words_a_relative_clause_quotes(text: str, speaker: str | None, verb: str) -> None:
    # A court report: "Jones responded to Smith, who had called him 'a liar'" gave Jones.
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker, claim.verb) == ("quote", speaker, verb)


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("'I never planned to be a politician': Ana Ruiz on her first year", "Ana Ruiz"),
        ("‘A dream come true’: Emma Raducanu on her US Open win", "Emma Raducanu"),
        ("'Chaos': Trump Tower on lockdown", None),
        ("'Stop the boats': Labour on the attack", None),
        ("'Devastating': Residents count the cost of floods", None),
    ],
)
def test_an_interviews_headline_names_its_speaker_after_the_quotation(
    headline: str, speaker: str | None
) -> None:
    doc = newsclaims.parse(f"{headline}\n\nThe mayor spoke to us on Monday about the plan.\n")
    assert (doc.claims[0].kind, doc.claims[0].speaker) == ("headline", speaker)


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        ('Putin said, according to a Kremlin transcript: "Russia is ready."', "Putin", "said"),
        ('Smith told the officer, according to court documents: "I did it."', "Smith", "told"),
        ('According to the ministry, "the deal is done."', "the ministry", "According to"),
    ],
)
def test_a_document_that_records_the_words_is_not_their_speaker(
    text: str, speaker: str, verb: str
) -> None:
    (claim,) = claims(text)
    assert (claim.speaker, claim.verb) == (speaker, verb)


def test_a_live_blogs_labels_in_capitals_are_no_speakers() -> None:
    text = (
        "Follow all the action from the Emirates.\n\n"
        "CHANCE: Palmer curls one just wide from 20 yards.\n"
        "GOAL: Saka finishes at the near post. Arsenal 1-0 Chelsea.\n"
        "CHANCE: Havertz heads over from six yards.\n"
        "GOAL: Palmer equalises with a low shot. Arsenal 1-1 Chelsea.\n"
    )
    assert {(c.kind, c.speaker) for c in claims(text)} == {("statement", None)}
    # A transcript's turns speak: they stay quotes of their labels.
    spoken = text.replace("Palmer curls one", "I think Palmer curls one")
    assert ("quote", "CHANCE") in {(c.kind, c.speaker) for c in claims(spoken)}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Housing Secretary Angela Rayner opened the debate. "No excuses," she told MPs.',
            "Angela Rayner",
        ),
        (
            'Maria Santos, 67, had lived in the valley.\n\n"The water came," she said.',
            "Maria Santos",
        ),
        ('Then Maria Cantwell took the floor. "This is a disgrace," she said.', "Maria Cantwell"),
        # Passive, another name, the other sex, a name of no known sex: no one.
        ('John Smith was arrested on Monday. "We got him," he said.', None),
        ('Maria Lopez met Ann Lee on Monday. "It went well," she said.', None),
        ('John Thune then rose. "We need answers," she said.', None),
        ('Andrea Rossi took the floor. "We need answers," she said.', None),
        # A noun after the name makes it a group's: a team's fans are no person.
        ('Charlotte Hornets fans booed the team off. "It was embarrassing," she said.', None),
        ('Charlotte Hornets fans were furious. "It was embarrassing," she said.', None),
        ('Maria Santos runs the bakery. "It was embarrassing," she said.', "Maria Santos"),
        # Short forms of given names, as English news writes them, are of one sex too.
        ('Tom Hale, her co-founder, disagreed. "It was reckless," he said.', "Tom Hale"),
        ('Liz Kerr ran the shelter for years. "We were full," she said.', "Liz Kerr"),
        ('Mike Dunn took the stand. "I saw nothing," she said.', None),
    ],
)
def test_a_pronoun_after_a_sentence_of_no_speech_follows_its_subject_of_that_sex(
    text: str, speaker: str | None
) -> None:
    quote = claims(text)[-1]
    assert (quote.kind, quote.speaker) == ("quote", speaker)


@pytest.mark.parametrize("speaker", ["Ann Lee ", " ", ""])
def test_a_speaker_with_space_around_it_is_looked_for_by_its_words(speaker: str) -> None:
    # A trailing space left the surname empty: it was found at one place without end.
    got: list[bool] = []
    text = 'Ann Lee spoke. "We won," she said.'
    worker = threading.Thread(target=lambda: got.append(contradicts(text, speaker, "she")))
    worker.daemon = True
    worker.start()
    worker.join(5)
    assert got == [False]


COLUMN = """\
Why I stopped driving to work

Have you ever sat in traffic and wondered what it costs you?

I did, every morning for eleven years. I worked it out last spring: about 300 hours a year.

The city says congestion has risen 12% since 2019.

So what would you do with 300 hours?

I bought a secondhand bike. My commute is now 25 minutes each way.

Not everyone can cycle, of course. But the council should make it easier for those who can.
"""


def test_a_column_that_asks_its_readers_and_answers_in_its_own_voice_leaves_statements() -> None:
    # Two questions put to the reader, answered in the first person: a column, not an
    # interview (one puts three questions or more).
    assert "quote" not in {c.kind for c in claims(COLUMN)}
    # A third question: still a column, whose writer speaks of oneself above the first one
    # (an interview's introduction is the publication's voice).
    third = COLUMN.replace(
        "Not everyone", "Would you miss your car?\n\nI thought I would. Not everyone"
    ).replace("Have you ever", "I used to drive everywhere.\n\nHave you ever")
    assert "quote" not in {c.kind for c in claims(third)}


def test_an_interviews_introduction_in_the_publications_own_voice_keeps_it_one() -> None:
    # "We asked her...": the first person of the publication that says it interviewed someone.
    text = "We asked the chef to tell us about her life in food.\n\n" + INTERVIEW
    kinds = [c.kind for c in claims(text)]
    assert kinds[3:] == ["quote"] * 6

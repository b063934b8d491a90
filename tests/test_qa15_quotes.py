"""Session 15: speakers of news quotation shapes not read before."""

from __future__ import annotations

import pytest

import newsclaims


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(c.kind, c.speaker) for c in newsclaims.parse(text).claims]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Wir schaffen das“: Merkel\n\nDie Kanzlerin verteidigte am Montag ihre Politik.",
            "Merkel",
        ),
        (
            '"We are not going anywhere": Starmer\n\nThe prime minister told MPs he would stay.',
            "Starmer",
        ),
        (
            "« Nous ne céderons pas » : Macron\n\nLe président a réaffirmé mardi sa volonté.",
            "Macron",
        ),
        (
            "'The worst is behind us': Christine Lagarde\n\nThe ECB president spoke in Frankfurt.",
            "Christine Lagarde",
        ),
        ('"Nobody will be left behind": Sánchez', "Sánchez"),
    ],
)
def test_a_name_alone_after_a_quotation_and_a_colon_signs_it(text: str, speaker: str) -> None:
    assert speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        '"Dune": Part Two\n\nThe sequel opens in cinemas this week.',  # a title, one word
        '"The Crown": Season Six\n\nThe final season arrives on Thursday.',  # a title
        '"It\'s time to go home": Analysis\n\nTensions rose in the region.',  # a kicker
        'The title said it all: "Nothing works": Smith',  # the quotation opens no sentence
    ],
)
def test_no_speaker_after_a_colon_for_titles_and_kickers(text: str) -> None:
    assert all(sp in (None, "The title") for _, sp in speakers(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Tesla\'s Musk said: "We will double production in 2025."', "Musk"),
        ('"We will not raise taxes," Italy\'s Meloni told reporters.', "Meloni"),
        ('"This deal is good for Britain," Britain\'s Sunak said on Friday.', "Sunak"),
        ("“Demand is holding up,” Nvidia’s Huang said in Taipei.", "Huang"),
        # What a possessive owns in a firm's name, or an acronym, stays whole.
        ('Moody\'s Analytics said the outlook was "negative."', "Moody's Analytics"),
        ('Domino\'s Pizza said sales were "robust."', "Domino's Pizza"),
        ('"The coalition stands," Germany\'s SPD said.', "Germany's SPD"),
        ('"Costs rose," Lloyd\'s Register said.', "Lloyd's Register"),
    ],
)
def test_a_surname_after_an_owner_is_the_speaker(text: str, speaker: str) -> None:
    assert speakers(text)[0] == ("quote", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Vamos a ganar las elecciones", dijo Ana Ruiz y Pedro Gil.', "Ana Ruiz y Pedro Gil"),
        ("«Vamos a ganar», dijeron Ana Ruiz y Pedro Gil en Madrid.", "Ana Ruiz y Pedro Gil"),
        ("Ana Ruiz y Pedro Gil dijeron: «Vamos a ganar las elecciones».", "Ana Ruiz y Pedro Gil"),
        (
            '"Wir schaffen das", sagten Angela Merkel und Olaf Scholz.',
            "Angela Merkel und Olaf Scholz",
        ),
        (
            "« Nous avons gagné », ont déclaré Marine Le Pen et Jordan Bardella.",
            "Marine Le Pen et Jordan Bardella",
        ),
        ("«Não vamos desistir», disseram Lula e Haddad em Brasília.", "Lula e Haddad"),
        ('"We will win," said John Smith and Mary Jones.', "John Smith and Mary Jones"),
        (
            '"We will appeal," said Ann Lee and Tom Roe, the couple\'s lawyers.',
            "Ann Lee and Tom Roe",
        ),
        ('"The talks failed," said Smith and Jones in a joint statement.', "Smith and Jones"),
        # One speaker: the conjunction joins no second name, or a clause follows it.
        ("«Es una buena noticia», dijo Ana Ruiz y añadió que el plan seguirá.", "Ana Ruiz"),
        ('"It is over," said Ann Lee and Tom Roe would not comment.', "Ann Lee"),
        ('"It works," said Procter & Gamble.', "Procter & Gamble"),
    ],
)
def test_two_speakers_joined_after_the_verb(text: str, speaker: str) -> None:
    assert speakers(text)[0] == ("quote", speaker)


def test_a_pronoun_after_two_speakers_stands_for_neither() -> None:
    text = "«Es una buena noticia», dijeron Ana Ruiz y Pedro Gil. «Seguiremos», añadió."
    assert speakers(text)[1] == ("quote", None)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Smith, the chief executive of Acme, spoke to analysts on Tuesday.\n\n"
        'Smith said profits fell by 12 percent. "We expect a recovery next year," it said.',
        "Carlos Mendes runs the fund. Mendes said he would sell its stake. "
        '"The sale will close in May," it said.',
        "Analysts questioned Maria Okafor about her debt. Okafor said the bank was sound.\n\n"
        "“Our capital ratios are strong,” it said.",
    ],
)
def test_it_stands_for_no_surname_the_text_gives_after_a_given_name(text: str) -> None:
    quotes = [c for c in newsclaims.parse(text).claims if c.kind == "quote"]
    assert [c.speaker for c in quotes] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Tesco said profits fell by 12 percent. "We expect a recovery next year," it said.',
            "Tesco",
        ),
        (
            'John Lewis said it would close eight stores. "This was difficult," it said.',
            "John Lewis",
        ),
    ],
)
def test_it_still_stands_for_an_organisation(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == ("quote", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The bank was hit by a wave of withdrawals on Tuesday, saying: "
            '"We have more than enough capital."',
            "The bank",
        ),
        (
            "The airline was battered by rising fuel costs, warning that "
            '"the coming winter will be hard."',
            "The airline",
        ),
        (
            "The club was rocked by a series of injuries in March, insisting: “We will be back.”",
            "The club",
        ),
        # An agent that may have spoken, or none named: the words are no one's.
        (
            "The minister was criticised by opposition leaders, saying "
            '"this budget will hurt families".',
            None,
        ),
        ('The company was fined by the regulator, saying it had "failed its customers."', None),
        ('The insurer was fined £2m, saying it "regrets the errors."', None),
        ('The port was struck by Hurricane Milton, adding: "Operations will resume Friday."', None),
        ('The firm was sued by two former employees, saying: "The claims have no merit."', None),
    ],
)
def test_a_passive_clause_whose_agent_says_nothing_keeps_its_subject(
    text: str, speaker: str | None
) -> None:
    assert speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"I could not defend this budget," Ruiz told reporters in Madrid. '
            '"The cuts fall on the poor," she said.',
            "Ruiz",
        ),
        (
            '"We are looking at all options," Jane Fraser told Reuters on Tuesday. '
            '"Nothing is off the table," she added.',
            "Jane Fraser",
        ),
        (
            "Maria Lopez told a news conference that the plan was ready. "
            '"We start on Monday," she said.',
            "Maria Lopez",
        ),
        ('"It is a disgrace," Ann Lee told MPs. "Nobody will pay more tax," she said.', "Ann Lee"),
        (
            '"This is reckless," Tom Hale told the BBC. "We warned them," he said.',
            "Tom Hale",
        ),
        # A person told: the pronoun may stand for either.
        ('"The bill is flawed," Ann Lee told Tom Roe. "It will fail," she said.', None),
        ('"You must act," Ann Lee told the judge. "My client is innocent," she said.', None),
        ('"Stay calm," Ann Lee told her daughter. "We will be fine," she said.', None),
    ],
)
def test_a_pronoun_after_a_speaker_who_told_no_one_it_could_stand_for(
    text: str, speaker: str | None
) -> None:
    assert speakers(text)[-1] == ("quote", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The plant will close by March," according to a statement from Siemens.', "Siemens"),
        ('According to a statement from Siemens, "the plant will close by March."', "Siemens"),
        (
            '"Prices rose 0.4%," according to data from the Office for National Statistics.',
            "the Office for National Statistics",
        ),
        (
            "“Output is recovering,” according to a monthly report from the central bank.",
            "the central bank",
        ),
        # People according to whom: as written.
        ('"No deal is near," according to officials in Brussels.', "officials in Brussels"),
        (
            '"Rates will stay high," according to analysts at the Lowy Institute.',
            "analysts at the Lowy Institute",
        ),
    ],
)
def test_according_to_a_document_names_who_issued_it(text: str, speaker: str) -> None:
    assert speakers(text)[0] == ("quote", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«No vamos a subir los impuestos», ha afirmado la ministra de Hacienda, "
            "María Jesús Montero.",
            "María Jesús Montero",
        ),
        ('"Es un error", ha dicho Pedro Sánchez este martes.', "Pedro Sánchez"),
        ("La ministra ha explicado que «no habrá recortes».", "La ministra"),
    ],
)
def test_a_spanish_perfect_reports_speech(text: str, speaker: str) -> None:
    assert speakers(text)[0] == ("quote", speaker)


def test_a_spanish_participle_without_its_auxiliary_reports_nothing() -> None:
    # "dicho informe" is "that report": no verb, no speaker.
    assert speakers("Según dicho informe, «la economía crecerá un 2 %».")[0][1] is None
    text = "El Gobierno aprobó dicho plan, que según el texto «reducirá la deuda»."
    assert speakers(text)[0][1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The numbers don\'t add up" — that was the verdict of the Institute for Fiscal '
            "Studies.",
            None,
        ),
        ("“We lost everything” – it is a line Maria Lopez repeats often.", None),
        ('"We had four hours of warning." — Coast Guard historian Jane Doe', "Jane Doe"),
        ('"I never planned this." — former IMF chief Christine Lagarde', "Christine Lagarde"),
    ],
)
def test_a_clause_after_a_dash_signs_no_quotation(text: str, speaker: str | None) -> None:
    assert speakers(text)[0][1] == speaker


FLOOD = """Flood hits village

The river burst its banks overnight, flooding 40 homes.

“We had no warning at all,” said Margaret Evans, 71.

“The water came up through the floor in minutes.

“By morning the whole ground floor was gone.”

The council said it would review its alerts.
"""


def test_quotation_paragraphs_with_no_attribution_continue_the_speaker_before() -> None:
    claims = {c.text: c.speaker for c in newsclaims.parse(FLOOD).claims}
    assert claims["“The water came up through the floor in minutes."] == "Margaret Evans"
    assert claims["“By morning the whole ground floor was gone.”"] == "Margaret Evans"
    assert claims["The council said it would review its alerts."] is None


@pytest.mark.parametrize(
    "text",
    [
        # A statement between: the quotation is not the same one.
        '"We had no warning," said Ann Lee.\n\nThe council met on Monday.\n\n"Nobody told us."',
        # A question and its answer: a dialogue's turns.
        '"Were you scared?" Tom Roe asked.\n\n"Not any more."',
        '"Are you leaving?" said Ann Lee.\n\n"Not today."',
        # Two people: neither.
        '"We will appeal," said Ann Lee and Tom Roe.\n\n"The ruling is wrong."',
    ],
)
def test_no_speaker_carries_into_another_voice(text: str) -> None:
    assert speakers(text)[-1] == ("quote", None)


def test_a_quotation_named_later_keeps_its_own_speaker() -> None:
    text = (
        '"We had no warning," said Ann Lee.\n\n"I still think about them.\n\n'
        '"Every day," Tom Roe said.'
    )
    assert [sp for _, sp in speakers(text)] == ["Ann Lee", "Tom Roe", "Tom Roe"]


@pytest.mark.parametrize(
    "text",
    ['"We will invest," said CEO da Silva.', 'CEO da Silva said: "We will invest."'],
)
def test_a_title_before_a_name_with_a_particle_is_no_crash(text: str) -> None:
    assert speakers(text) == [("quote", "da Silva")]

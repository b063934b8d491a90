"""The built-in claim extractor: kinds, quotes and speakers, key points, check-worthiness."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclaims
from newsclaims import Claim, Document, Section, Span, hookimpl
from newsclaims.default_plugins._checkworthy import checkworthy
from newsclaims.default_plugins.keypoints import key_points
from newsclaims.testing import manager_with, texts


def claims(text: str, *plugins: object) -> tuple[Claim, ...]:
    """The claims of ``text`` as given: the page cleaner stays out of these unit tests."""
    pm = manager_with(*plugins)
    if pm.get_plugin("newsclaims.cleaning") is not None:
        pm.unregister(name="newsclaims.cleaning")
    return newsclaims.parse(text, plugin_manager=pm).claims


def only(text: str) -> Claim:
    (claim,) = claims(text)
    return claim


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        ('"We will win," Smith said.', "Smith", "said"),
        ('"We will win," said Smith.', "Smith", "said"),
        ('Smith said: "We will win."', "Smith", "said"),
        ('Smith told reporters, "We will win."', "Smith", "told"),
        ('"The deal is done," according to the ministry.', "the ministry", "according to"),
        ('According to the ministry, "the deal is done."', "the ministry", "According to"),
        ('"We will win," said Defense Secretary Gilberto Teodoro.', "Gilberto Teodoro", "said"),
        ('Prime Minister Shigeru Ishiba said, "We will win."', "Shigeru Ishiba", "said"),
        ('"We will win," the foreign minister said.', "the foreign minister", "said"),
        ('"We will win," the firm\'s chief, John Smith, said.', "John Smith", "said"),
        ("“We will win,” Smith said.", "Smith", "said"),
        ('Smith called the deal "a historic step" for both sides.', "Smith", "called"),
        ('The deal was "a historic step," Smith said on Monday.', "Smith", "said"),
        # A role at the start of a sentence, and a name in an appositive after a role.
        ('A government source said: "Nobody saw this coming."', "A government source", "said"),
        ('The party leader, Ann Lee, said the vote was "long overdue".', "Ann Lee", "said"),
        ('The company said it was "reviewing the decision."', "The company", "said"),
        # An appositive name does not replace a name; a bracket after a name is skipped.
        ('Sen. Tom Reed, R-Ky., called the bill "a responsible step".', "Tom Reed", "called"),
        ('Sen. Ana Ruiz (D-Mass.) said the ruling was "a win for consumers."', "Ana Ruiz", "said"),
        # Words between the speaker and the verb.
        ('Smith also said: "We will win the vote."', "Smith", "said"),
        ('"We will win," Smith later told reporters.', "Smith", "told"),
        # A title in lower case between the verb and the name.
        (
            '"It was bigger than feared," wrote analyst Mark J. Feld in a note.',
            "Mark J. Feld",
            "wrote",
        ),
        ('"We will win," said police spokesman John Smith.', "John Smith", "said"),
        # A firm's name before the title: the name after it is the speaker.
        ('"They can beat again," said DNB analyst Per Lund.', "Per Lund", "said"),
        ('It was "a good deal," said Acme analyst Jo Lee in a note.', "Jo Lee", "said"),
        ('"He was kind," said former Mayor Miro Vane.', "Miro Vane", "said"),
        # A wire's "quoted X as saying": X speaks, not the agency; a pronoun names nobody.
        ('Interfax quoted Ivan Lee as saying talks were "useful".', "Ivan Lee", "saying"),
        ('"Talks are over," TASS quoted an aide as saying.', "an aide", "saying"),
        ('The agency quoted him as saying: "We stay."', None, "saying"),
        # A paper's authors, as science news names them.
        ('"The data are clear," Ruiz et al. wrote.', "Ruiz et al.", "wrote"),
        ('"The data are clear," wrote Ruiz et al. in Nature.', "Ruiz et al.", "wrote"),
        # Roles of sports, polls and the press, as titles: at a sentence's start or after.
        ('Striker Ola Moe said they "must improve."', "Ola Moe", "said"),
        ('Pollster Ana Ruiz wrote that it was "close."', "Ana Ruiz", "wrote"),
        ('"We must improve," said goalkeeper Ola Moe.', "Ola Moe", "said"),
        ('"It is close," said Times columnist Ana Ruiz.', "Ana Ruiz", "said"),
        ('"It is new," said study co-author Dr. Ana Ruiz.', "Ana Ruiz", "said"),
        ('"It is new," said lead author Mia Chen, a chemist.', "Mia Chen", "said"),
        # Whose role it is stays with a role; a person's name drops its affiliation.
        (
            '"We are watching," a spokesman for the Dutch government said.',
            "a spokesman for the Dutch government",
            "said",
        ),
        (
            'Prof. Ola Berg of Lund University in Malmo noted that it "is a worry."',
            "Ola Berg",
            "noted",
        ),
        ('"It is a worry," Ola Berg of Lund University said.', "Ola Berg", "said"),
        ('"It is temporary," the Bank of Norway said.', "the Bank of Norway", "said"),
        # Particles, titles and letters after a name.
        ('"That is character," manager Erik ten Berg told Sky Sports.', "Erik ten Berg", "told"),
        ('Labour MP Jo Rees wrote on X: "Another day, another resignation."', "Jo Rees", "wrote"),
        ('Prosecutor Sara Hale KC told the jury the plan was "deliberate".', "Sara Hale", "told"),
        ('"We tried," Dan Cole and his team wrote in the paper.', "Dan Cole and his team", "wrote"),
        # A role opened by a possessive, a name with words in lower case, a role with "U.S.".
        (
            '"It is a measure," Saudi Arabia\'s energy ministry said.',
            "Saudi Arabia's energy ministry",
            "said",
        ),
        ('"We see a new doctrine," Goldman analysts wrote in a note.', "Goldman analysts", "wrote"),
        ('The U.S. government called the move "unadvisable."', "The U.S. government", "called"),
        ('"It is over," Sweden\'s chief prosecutor, Eva Lund, said.', "Eva Lund", "said"),
        # Two appositives, a relative "who", a closing bracket after the verb.
        ('"It is over," Ann Lee, 54, a farmer from Iowa, said.', "Ann Lee", "said"),
        ('Ann Lee, who called the plan "reckless," voted no.', "Ann Lee", "called"),
        ("(“We are not leaving,” Ann Lee said.)", "Ann Lee", "said"),
        # British titles without a full stop; a number in a role; a description before a name.
        ('Mr Sunak said: "We will cut taxes."', "Sunak", "said"),
        ('Usec. Ana Cruz told reporters: "We are monitoring."', "Ana Cruz", "told"),
        ('"It is stable," coast guard spokesman Commodore Jay Tan said.', "Jay Tan", "said"),
        ('The 62-year-old said he was "deeply sorry."', "The 62-year-old", "said"),
        ('"I played well," the 14th-ranked Lopez said.', "Lopez", "said"),
        ('"We disagree," Apple Inc. said in a statement.', "Apple Inc.", "said"),
        # What opens the sentence before a role and its name is not the speaker: the name is.
        (
            'Outside court, the firm\'s lawyer, Tom Reyes, said: "We will appeal."',
            "Tom Reyes",
            "said",
        ),
        ('On Monday, Mr. Cole, a senator, told reporters: "We will win."', "Cole", "told"),
        # A role "close to" something, and an abbreviated title after "the".
        (
            '"It\'s over," a source close to the player said.',
            "a source close to the player",
            "said",
        ),
        ('"Pray," said the Rev. Ann Okeke.', "Ann Okeke", "said"),
        ('"No," said Vice-President Ana Cruz.', "Ana Cruz", "said"),
        ('"No," said Rep. Ana Ocasio-Reyes.', "Ana Ocasio-Reyes", "said"),
        # Two speakers named together; an age before the name after the verb.
        ('"We agree," Ann Lee and Tom Cole said.', "Ann Lee and Tom Cole", "said"),
        ('"We agree," Sen. Ann Lee and Rep. Tom Cole said.', "Ann Lee and Tom Cole", "said"),
        ('"I\'m proud," said 19-year-old Ana Ruiz.', "Ana Ruiz", "said"),
        # A bracket and an appositive together after the name.
        ('"No," Rep. Jo Kim (D-Calif.), who chairs the panel, wrote.', "Jo Kim", "wrote"),
        ('"No," Cllr Ann Ryan said.', "Ann Ryan", "said"),
        # A title's "of" phrase runs into the name after it: the name is the speaker.
        ('"We act," said Secretary of State Jan Marsh.', "Jan Marsh", "said"),
        ('"We act," Head of the IMF Eva Lind said.', "Eva Lind", "said"),
        ('"We act," said Governor of the Bank of Ghana Kofi Mensah.', "Kofi Mensah", "said"),
        ('"We act," said Chairman of the Federal Reserve Board.', "Chairman", "said"),
        # A minister's portfolio before a surname alone, or before a name of three words.
        ('"We act," said Secretary of State Rubio, who led it.', "Rubio", "said"),
        ('"We act," said Secretary of Homeland Security Noem.', "Noem", "said"),
        (
            '"We act," said Minister of Finance Sri Mulyani Indrawati.',
            "Sri Mulyani Indrawati",
            "said",
        ),
        ('"We act," said Minister of State Security.', "Minister", "said"),
        # A hyphenated title before "of"; the name after the body an office is of.
        (
            '"We act," said Secretary-General of the Arab League Ahmed Aboul Gheit.',
            "Ahmed Aboul Gheit",
            "said",
        ),
        # A title's word before a generation's number is the name's ("King III").
        ('"Yes," said Martin Luther King III.', "Martin Luther King III", "said"),
        ('"We grieve," said King Charles III.', "Charles III", "said"),
        # Particles two together, a surname that opens with them, an Arabic article.
        ('"No," said Councilman Piet van der Berg.', "Piet van der Berg", "said"),
        ('"We are ready," von der Leyen told reporters.', "von der Leyen", "told"),
        ('"We are ready," said de Gaulle.', "de Gaulle", "said"),
        ('"No," dos Santos said.', "dos Santos", "said"),
        ('"Yes," said Crown Prince Ali bin Omar.', "Ali bin Omar", "said"),
        ('Foreign Minister Ayman al-Safadi warned it was "grave."', "Ayman al-Safadi", "warned"),
        # A name in apposition with its affiliation: the name, as for a name before the verb.
        ('One of them, Rep. Jo Kim of Maine, said it "would fail."', "Jo Kim", "said"),
        ('"No," the lender, Bank of Norway, said.', "Bank of Norway", "said"),
        # After the verb, words in lower case that describe the name, and a firm's "boss".
        ('"I am happy," said world number one Ana Ruiz.', "Ana Ruiz", "said"),
        ('"We were poor," said Spurs boss Ola Moe.', "Ola Moe", "said"),
        # A name in bold, as AI answers write it; in bold with a role, as a label with no verb.
        ('"We agree," **Ann Lee** said.', "Ann Lee", "said"),
        ('- **Ann Lee**, a senator: "We will win" [1].', "Ann Lee", None),
        ('- **Ann Lee** (D-Mass.): "We will win."', "Ann Lee", None),
        # After the verb: a role that opens with a possessive, and a name in apposition to it.
        ('"It works," said Qatar\'s prime minister.', "Qatar's prime minister", "said"),
        ('"It works," said the prime minister, Ann Lee [2].', "Ann Lee", "said"),
        (
            'The club\'s director, José García de la Vega, said talks had "gone well."',
            "José García de la Vega",
            "said",
        ),
        # A nationality after a description is a role, not a name; a surname after one is.
        ('"I feel great," said the 34-year-old Spaniard.', "the 34-year-old Spaniard", "said"),
        ('"Great," the 22-year-old Norwegian said.', "the 22-year-old Norwegian", "said"),
        ('"I feel great," said the 14th-ranked Schwartzman.', "Schwartzman", "said"),
        # People named by whose they are after a name, after the verb as before it.
        ('"We are ready," said Ann Lee and her lawyers.', "Ann Lee and her lawyers", "said"),
        (
            '"We will appeal," said Tom Hale and his two sons on Monday.',
            "Tom Hale and his two sons",
            "said",
        ),
        # Only people: a clause after the name is no part of the speaker.
        ('"I am done with politics," said Ann Lee and her voice cracked.', "Ann Lee", "said"),
        ('"I am done with politics," said Tom Hale and his wife wept.', "Tom Hale", "said"),
        ('"I am done with politics," said Ann Lee and her lawyers agreed.', "Ann Lee", "said"),
        # A name that ends in "ly" is no adverb between the speaker and the verb.
        ('Senator Mark Kelly said: "We will vote no."', "Mark Kelly", "said"),
        ('"We will vote no," Ann Daly quickly said.', "Ann Daly", "said"),
        # People in lower case, next to the closing mark or after "according to".
        ('"It is over," officials said.', "officials", "said"),
        ('"It is over," said residents of the town.', "residents of the town", "said"),
        (
            'According to analysts at the Lowy Institute, the pact "reflects a shift."',
            "analysts at the Lowy Institute",
            "According to",
        ),
        # A closing mark left out: the attribution after the last comma still counts.
        ('"Stocks are at their lowest level, the agency said.', "the agency", "said"),
        # Quotations in guillemets or German marks, in other languages.
        (
            "« Nous tiendrons », a déclaré la ministre Anne Roux devant les députés.",
            "Anne Roux",
            "déclaré",
        ),
        ("Selon le ministre du Travail Paul Vidal, « rien ne change ».", "Paul Vidal", "Selon"),
        (
            "Le porte-parole du parti a déclaré : « Rien ne change. »",
            "Le porte-parole du parti",
            "déclaré",
        ),
        ("«Vamos a ganar», dijo Pedro Gil en Madrid.", "Pedro Gil", "dijo"),
        # A courtesy title is no part of the name (its full stop ends nothing); more verbs.
        ("« C'est juste », a déclaré M. Moreau à Paris.", "Moreau", "déclaré"),
        ("« Loin du compte », a réagi Mme Sophie Binet.", "Sophie Binet", "réagi"),
        ("«Es un error», comentó el Sr. García.", "García", "comentó"),
        ("„Das ist falsch“, kritisierte Frau Müller.", "Müller", "kritisierte"),
        ("Bahn-Personalvorstand Martin Seiler sagte: „Es reicht.“", "Martin Seiler", "sagte"),
        # A name in apposition after the role is the speaker, as in English.
        ("«Es justa», afirmó el ministro de Trabajo, Luis Vega, en Madrid.", "Luis Vega", "afirmó"),
        (
            "«Es justa», afirmó el ministro de Trabajo, que habló en Madrid.",
            "el ministro de Trabajo",
            "afirmó",
        ),
        (
            "«Bajará», afirmó la presidenta del Banco de España.",
            "la presidenta del Banco de España",
            "afirmó",
        ),
        ("El ministro, Luis Vega, dijo que era «urgente».", "Luis Vega", "dijo"),
        (
            "„Wir halten Kurs“, sagte Finanzminister Jan Wolf am Mittwoch in Berlin.",
            "Jan Wolf",
            "sagte",
        ),
        ("„Ein schwarzer Tag“, sagte der Verbandspräsident.", "der Verbandspräsident", "sagte"),
        # A capitalised word after a preposition and an article is what a role is of.
        (
            "«Nous sommes inquiets», a affirmé la ministre de la Santé.",
            "la ministre de la Santé",
            "affirmé",
        ),
        (
            "«Es un error», dijo la ministra de la Presidencia.",
            "la ministra de la Presidencia",
            "dijo",
        ),
        (
            "« C'est fini », a lancé le président de la République Emmanuel Macron.",
            "Emmanuel Macron",
            "lancé",
        ),
        # A name keeps its particles with their article: not cut to the given name.
        ("«Vamos a ganar», dijo Ana de la Reguera.", "Ana de la Reguera", "dijo"),
        ("«Vamos a ganar», dijo el alcalde Carlos de la Torre.", "Carlos de la Torre", "dijo"),
        ("„Wir schaffen das“, so Merkel.", "Merkel", "so"),
        # A title after a place or a title, then its office's "of": the person after it.
        ('"It is up to them," U.S. Secretary of State Jo Kim said.', "Jo Kim", "said"),
        ('"We will pay," said Deputy Minister of Finance Ali Hassan.', "Ali Hassan", "said"),
        # People in lower case, the whole clause before the verb of a partial quote.
        ('On Monday, officials said the plan was "dead."', "officials", "said"),
        ('But lawyers for the family said it was "a travesty."', "lawyers for the family", "said"),
        ('Judge Ann Lee ruled that the claim was "frivolous."', "Ann Lee", "ruled"),
        # A possessive name after the verb owns the speaker's role.
        ('"It is over," said Shinzo Abe\'s brother, Nobuo Kishi.', "Nobuo Kishi", "said"),
        ('"It is over," said Ann Lee\'s lawyer on Monday.', "Ann Lee's lawyer", "said"),
        # A description between a title and the name; a possessive in a title before a name.
        ('"It is over," said Ann Lee\'s former colleague Jo Kim.', "Jo Kim", "said"),
        ('"It is over," said Jordan\'s former envoy Ayman al-Safadi.', "Ayman al-Safadi", "said"),
        ('"Rates will rise," said the bank\'s chief economist Jo Kim.', "Jo Kim", "said"),
        # A verb in another language after straight or curly marks.
        ('"No hubo heridos", dijo el portavoz, Luis Martín-Gómez.', "Luis Martín-Gómez", "dijo"),
        # Indonesian: the verb, then the speaker (Kompas, Antara, Tempo).
        ('"Kami akan membangun jembatan," kata Sukirno kepada wartawan.', "Sukirno", "kata"),
        ('"Harga beras naik lagi," ujar Siti, seorang pedagang di pasar.', "Siti", "ujar"),
        ("“Está sob controle”, afirmou o ministro João da Silva.", "João da Silva", "afirmou"),
        # A headline's present tense.
        ('"We will fight on," Ann Lee vows.', "Ann Lee", "vows"),
        # Verbs of the voice report speech too.
        ('"Get back!" an officer screamed at the crowd.', "an officer", "screamed"),
        ('"They threw bottles," yelled one fan, Ana Ruiz.', "Ana Ruiz", "yelled"),
        ('Ana Ruiz whispered: "We won."', "Ana Ruiz", "whispered"),
        # "asked not to be named" reports no speech: the verb after it does.
        (
            'A city engineer, who asked not to be named, said it was "years away."',
            "A city engineer",
            "said",
        ),
        # A long relative clause between the speaker and the verb, as wires write of sources.
        (
            "An official, who spoke on condition of anonymity because he was not authorized to"
            ' discuss the matter, said it was "imminent."',
            "An official",
            "said",
        ),
        # An organisation's possessive before a person's name says whose the person is.
        ('"We can wait," said the Fed\'s Powell.', "Powell", "said"),
        ('Rates held, and the Fed\'s Powell said it was "time to wait."', "Powell", "said"),
        ('Pulse Asia\'s Ana Cruz said the poll was "clear."', "Ana Cruz", "said"),
        ('"Mo is special," said Slot\'s assistant Jo Kim.', "Jo Kim", "said"),
        ('Moody\'s Analytics said the outlook was "negative."', "Moody's Analytics", "said"),
        (
            'Japan\'s Foreign Ministry said it was "regrettable."',
            "Japan's Foreign Ministry",
            "said",
        ),
        # A title's "for" and portfolio before the name, as its "of" (also in Indonesian).
        ('EU Commissioner for Trade Jo Kim said: "The offer stands."', "Jo Kim", "said"),
        ('"It stands," said Minister for Foreign Affairs Ana Ruiz.', "Ana Ruiz", "said"),
        (
            '"We are prudent," said Menteri Keuangan Sri Mulyani Indrawati.',
            "Sri Mulyani Indrawati",
            "said",
        ),
        ('"We are ready," Bapak Joko Santoso told reporters.', "Joko Santoso", "told"),
        # Anonymous sources counted: "two people familiar with the matter".
        (
            '"It is done," said two people familiar with the matter.',
            "two people familiar with the matter",
            "said",
        ),
        (
            'It is "done," according to three people close to the talks.',
            "three people close to the talks",
            "according to",
        ),
        # Malaysian honorifics are titles ("Tan" alone is a surname).
        ('"We agree," said Datuk Seri Anwar Ibrahim.', "Anwar Ibrahim", "said"),
        ('"I am sorry," Tan Sri Ali Yassin said.', "Ali Yassin", "said"),
        ('"I am sorry," Tan Cheng Bock said.', "Tan Cheng Bock", "said"),
        # Filipino particles, and a nickname in quote marks inside the name.
        ('"We are ready," Sen. Ronald dela Rosa said.', "Ronald dela Rosa", "said"),
        ('"We are ready," said Sen. Ronald "Bato" dela Rosa.', "Ronald dela Rosa", "said"),
        ('Senate President Francis "Chiz" Escudero said: "We wait."', "Francis Escudero", "said"),
        # A common noun's possessive, titles and a name after the verb: the name.
        ('"We grew," said the company\'s Chief Executive Tim Cook.', "Tim Cook", "said"),
        ('"We won," said the club\'s new head coach Ana Ruiz on Monday.', "Ana Ruiz", "said"),
        # An appositive's role with a relative clause, as science stories name an outside expert.
        (
            "Jo Kim, an epidemiologist at Lund University who was not involved in the study,"
            ' called it "a big step."',
            "Jo Kim",
            "called",
        ),
        # Appositives of up to 90 characters, one or two, between the name and the verb.
        (
            "Jo Kim, the former director of the National Institute of Allergy and Infectious"
            ' Diseases, said it was "safe."',
            "Jo Kim",
            "said",
        ),
        (
            "Cmdr. Jo Kim, a spokesman for Inherent Resolve, the U.S. military operation against"
            ' Islamic State in Iraq and Syria, said it was "false."',
            "Jo Kim",
            "said",
        ),
        # A name with "and" after a preposition, before the verb: the person after an office,
        # else the whole name or role as written (not the name's tail).
        ('Minister of Trade and Industry Ann Lee said it was "unfair."', "Ann Lee", "said"),
        (
            '"It is over," the Department of Health and Human Services said.',
            "the Department of Health and Human Services",
            "said",
        ),
        (
            "A spokeswoman for Citizens for Responsibility and Ethics in Washington said it was"
            ' "a scandal."',
            "A spokeswoman for Citizens for Responsibility and Ethics in Washington",
            "said",
        ),
        # A second role before the name in apposition; a word of a person's trade between a
        # firm's name and the person's.
        (
            '"We stay," said the club\'s owner and chairman, Ali Hassan, in a statement.',
            "Ali Hassan",
            "said",
        ),
        ('"We expect rain," said Met Office meteorologist Dan Stroud.', "Dan Stroud", "said"),
        # A day after a word ending like a role's is no name ("earlier Tuesday"); May Chen is.
        ('"We are pleased," said Microsoft earlier Tuesday.', "Microsoft", "said"),
        ('"We won," said forward May Chen.', "May Chen", "said"),
        # After the verb too, and in a role's "of" or "for" phrase.
        ('"It is over," said Minister of Trade and Industry Ann Lee.', "Ann Lee", "said"),
        (
            '"It is over," said the Department of Health and Human Services.',
            "the Department of Health and Human Services",
            "said",
        ),
        (
            'It was "a scandal," lawyers for Ann Lee and Tom Roe said.',
            "lawyers for Ann Lee and Tom Roe",
            "said",
        ),
        # An Arabic article joined by a hyphen, "el-" as "al-", is part of the name.
        ('"We are safe," said Abdel Fattah el-Sisi.', "Abdel Fattah el-Sisi", "said"),
        ('The owner, Fatima el-Amrani, said it was "a scandal."', "Fatima el-Amrani", "said"),
    ],
)
def test_quote_patterns_give_speaker_and_verb(text: str, speaker: str, verb: str | None) -> None:
    claim = only(text)
    assert (claim.kind, claim.speaker, claim.verb) == ("quote", speaker, verb)


def test_a_nickname_in_quote_marks_is_no_quotation() -> None:
    claim = only("Sen. Ronald 'Bato' dela Rosa said the hearing would resume.")
    assert (claim.kind, claim.speaker) == ("statement", None)
    claim = only(
        'Ex-Gov. Ana "Bing" Cruz said so, but President Lee\'s "Liberation Day" said more.'
    )
    assert claim.kind == "quote"  # (a possessive before the marks: a quotation)


def test_german_quote_marks_close_and_scare_quotes_stay_statements() -> None:
    # "“" closes "„": the quotation does not run on over the paragraph.
    text = "Die App „Vivy“ kam 2018. Sie speichert Daten. C’est une « provocation » pour eux."
    assert [c.kind for c in claims(text)] == ["statement", "statement", "statement"]


def test_german_single_quote_marks_are_quotations() -> None:
    # "‚" opens and "‘" closes, as "„" and "“" do.
    (claim,) = claims("‚Das ist gut‘, sagte Olaf Scholz am Montag.")
    assert (claim.kind, claim.speaker, claim.verb) == ("quote", "Olaf Scholz", "sagte")
    (claim,) = claims("Der Minister sagte: ‚Wir prüfen das.‘")
    assert (claim.kind, claim.speaker) == ("quote", "Der Minister")
    got = claims("Er nannte den Plan ‚unausgegoren‘. Paris‚ sagte er‚ war schön.")
    assert [c.kind for c in got] == ["statement", "statement"]


def test_british_single_quotes_leave_apostrophes_alone() -> None:
    assert [(c.kind, c.speaker) for c in claims("‘We will win,’ Smith said.")] == [
        ("quote", "Smith")
    ]
    assert only("Japan’s leaders’ talks went well, his aide said.").kind == "statement"


def test_british_straight_single_quotes_are_quotations() -> None:
    got = claims("'It was special,' Ann Lee told the BBC. 'It's our day.'")
    assert [(c.kind, c.speaker) for c in got] == [("quote", "Ann Lee"), ("quote", "Ann Lee")]
    # Apostrophes open nothing: a detached possessive, "rock 'n' roll", "O'Neill".
    for text in (
        "Boeing 's jets were sold, executives of both firms announced.",
        "O'Neill loves rock 'n' roll, his agent said.",
    ):
        assert only(text).kind == "statement"


def test_a_paragraph_opened_by_a_straight_single_mark_is_read_among_double_marks() -> None:
    text = (
        '"It was hard," Ann Lee said.\n\n'
        "'It was the best match of my life,' she added.\n\n"
        "Her racket has an inverted 'T' on it, Tom Cole told reporters."
    )
    assert [(c.kind, c.verb) for c in claims(text)] == [
        ("quote", "said"),
        ("quote", "added"),
        ("statement", None),  # a single mark inside a line there is a scare quote's
    ]


def test_verbs_whose_partial_quotes_are_no_ones_words_report_nothing() -> None:
    for text in (
        'He laughed off the "rumours".',
        'He pleaded guilty to "aggravated assault".',
        'Ann Lee ruled out a "wealth tax".',
    ):
        assert only(text).kind == "statement"


def test_a_pronoun_or_a_verbs_form_is_no_people_before_the_verb() -> None:
    claim = only('On Monday, it was said that the plan was "dead."')
    assert (claim.kind, claim.speaker) == ("statement", None)
    # A plural takes no verb in "s": "reports" is a noun there.
    claim = only('Overall, sales reports showed "weakness" in Asia.')
    assert (claim.kind, claim.speaker) == ("statement", None)


def test_a_reporting_word_before_a_form_of_be_names_no_speaker() -> None:
    # "claims" is a noun there, and "what Lee said" is no attribution of the quotation.
    claim = only('Lee called it "false," and the Syrian claims are false.')
    assert (claim.speaker, claim.verb) == ("Lee", "called")
    claim = only('The deal was "patently unfair," but the Syrian claims are false.')
    assert (claim.speaker, claim.verb) == (None, None)


def test_the_name_after_told_or_called_is_not_the_speaker() -> None:
    claim = only('During the call, he called Omar a "terrorist" and left.')
    assert claim.speaker is None
    claim = only('"We need a plan," he told Reuters on Monday.')
    assert (claim.speaker, claim.verb) == (None, "told")


def test_a_pronoun_gives_the_verb_but_no_speaker() -> None:
    claim = only("« C'est fini », a-t-elle dit.")
    assert (claim.kind, claim.speaker, claim.verb) == ("quote", None, "dit")
    claim = only("“We will win,” he said.")
    assert (claim.kind, claim.speaker, claim.verb) == ("quote", None, "said")
    # Also with the verb before a partial quote, for verbs starting with "a" as for any other.
    for text in ('She added that Hanoi was "watching closely".', 'He argued it was "absurd."'):
        claim = only(text)
        assert (claim.kind, claim.speaker) == ("quote", None) and claim.verb is not None


def test_he_or_she_follows_the_one_person_named_right_before() -> None:
    def speakers(text: str) -> list[str | None]:
        return [c.speaker for c in claims(text) if c.kind == "quote"]

    # The speaker of the quotation before, in the paragraph or the one right before it; the
    # speaker of a sentence that reports speech; a reporting clause right before the pronoun.
    assert speakers('"We won," said Ann Lee. "We were lucky," she added.') == ["Ann Lee"] * 2
    assert speakers('"We won," said Ann Lee.\n\nShe added: "We were lucky."') == ["Ann Lee"] * 2
    assert speakers('Mayor Jo Kim said patrols would rise. "It stops," he said.') == ["Jo Kim"]
    assert speakers('Ana Ruiz said she had told him: "Pay them."') == ["Ana Ruiz"]
    # A quotation over paragraphs whose last names her: the one named before it began.
    text = '"We won," said Ann Lee.\n\n"We were lucky.\n\n"We knew it," she said.'
    assert speakers(text) == ["Ann Lee"] * 3
    # Else no one, as before: another name between (in the pronoun's sentence, or after the
    # verb of the sentence before), a speaker who spoke to someone, people in the plural, or
    # a paragraph between.
    for text in (
        '"We won," said Ann Lee. In a letter to Tom Roe, she wrote: "We were lucky."',
        'Jo Kim said Tom Roe lied. "He did," he said.',
        '"We won," Ann Lee told Tom Roe. "We were lucky," she said.',
        '"We won," officials said. "We were lucky," he said.',
        '"We won," the two women said. "We were lucky," she said.',
        # (A paragraph between that names no one does not stop it: session 18. One that names
        # someone does.)
        '"We won," said Ann Lee.\n\nThe match against Spain ended late.\n\n"We were lucky," she '
        "said.",
    ):
        assert speakers(text)[-1] is None, text


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        (
            'Police arrested two men, saying they had found "a large quantity" of drugs.',
            "Police",
            "saying",
        ),
        (
            'The bank raised its forecast, noting that inflation "remains sticky" in Europe.',
            "The bank",
            "noting",
        ),
        (
            "The Bank of England held rates at 5.25%, arguing that price pressures remained"
            ' "too strong".',
            "The Bank of England",
            "arguing",
        ),
        (
            "The ministry, which runs the ports, issued a statement on Monday, saying the"
            ' delays were "temporary".',
            "The ministry",
            "saying",
        ),
        ('Ann Lee resigned on Friday, calling the decision "a betrayal".', "Ann Lee", "calling"),
        (
            'Moody\'s cut its outlook, warning of "significant risks" to growth.',
            "Moody's",
            "warning",
        ),
        (
            'Tom Hale, the manager, criticised the referee, describing the penalty as "a joke".',
            "Tom Hale",
            "describing",
        ),
        # "claiming" before that, a quotation or a clause; a state is no passive.
        ('Ann Lee rejected the plan, claiming that it was "unworkable".', "Ann Lee", "claiming"),
        ('Ann Lee rejected the plan, claiming it was "unworkable".', "Ann Lee", "claiming"),
        ('The minister was delighted, calling the deal "historic".', "The minister", "calling"),
    ],
)
def test_a_participle_after_a_comma_reports_the_subjects_speech(
    text: str, speaker: str, verb: str
) -> None:
    (claim,) = claims(text)
    assert (claim.kind, claim.speaker, claim.verb) == ("quote", speaker, verb)


def test_a_participle_that_reports_no_speech_or_no_subject_names_no_one() -> None:
    for text in (
        'Shares fell 4%, adding to fears of a "prolonged" slump.',
        'Ann Lee resigned, calling for "a full inquiry" into the sale.',
        'Last year the firm cut jobs, saying demand was "weak".',
        'Lee scored twice, adding a third in "stoppage" time.',
    ):
        (claim,) = claims(text)
        assert claim.speaker is None, text
    # Nor is a sentence that only adds a goal the speaker of the quotation after it.
    text = 'Lee scored twice, adding a third late on. "It was a great night," he said.'
    assert claims(text)[-1].speaker is None


def test_a_participle_in_a_sense_of_no_speech_leaves_a_statement() -> None:
    for text in (
        "Hurricane Milton tore through Florida, claiming 16 lives in what forecasters had"
        ' warned would be a "once-in-a-century" storm.',
        'Manchester City beat Arsenal 2-1, claiming their "first major trophy".',
        'Voters went to the polls on Sunday, calling time on "fourteen years".',
        'The army fired into the air, warning shots "echoed" across the valley.',
    ):
        (claim,) = claims(text)
        assert (claim.kind, claim.speaker) == ("statement", None), text


def test_a_participle_after_a_passive_main_clause_names_no_one() -> None:
    # Its subject is not who spoke.
    for text in (
        'The company was fined £2m by the regulator, saying it had "failed its customers".',
        'Trump was sharply criticised by Democrats, calling his remarks "dangerous".',
    ):
        (claim,) = claims(text)
        assert claim.speaker is None, text


def test_he_or_she_follows_a_person_named_after_a_title_in_lower_case() -> None:
    # "Arsenal boss Mikel Arteta praised ...": the person the sentence is about, as with a title
    # in capitals ("Housing Secretary Angela Rayner opened ...").
    for text, person in (
        ('Arsenal boss Mikel Arteta praised his side. "We were brave," he said.', "Mikel Arteta"),
        ('Labour leader Keir Starmer opened the debate. "It is time," he said.', "Keir Starmer"),
        ('Apple chief executive Jane Park met staff. "We grew," she said.', "Jane Park"),
    ):
        assert [c.speaker for c in claims(text) if c.kind == "quote"] == [person], text


def test_a_pronoun_or_left_out_subject_in_other_languages_follows_the_quotes_speaker() -> None:
    def speakers(text: str) -> list[str | None]:
        return [c.speaker for c in claims(text) if c.kind == "quote"]

    text = "« Nous tiendrons », a déclaré Gabriel Attal. « C'est juste », a-t-il ajouté."
    assert speakers(text) == ["Gabriel Attal"] * 2
    text = "« Rien ne change », a affirmé Mme Sophie Binet.\n\n« On continue », a-t-elle dit."
    assert speakers(text) == ["Sophie Binet"] * 2
    text = "„Wir schaffen das“, sagte Angela Merkel. „Es gibt keine Alternative“, sagte sie."
    assert speakers(text) == ["Angela Merkel"] * 2
    # A verb whose subject Spanish or Portuguese leaves out, in any quote marks.
    text = "«No subiremos impuestos», dijo Pedro Sánchez. «Es una promesa», añadió."
    assert speakers(text) == ["Pedro Sánchez"] * 2
    text = '"Ganaremos", dijo Ana Ruiz.\n\n"Seguro", agregó.'
    assert [(c.speaker, c.verb) for c in claims(text)] == [
        ("Ana Ruiz", "dijo"),
        ("Ana Ruiz", "agregó"),
    ]
    # Not a pronoun of the other sex, nor a plural, nor after a sentence of no quotation (a
    # sentence in those languages is not read for its subject).
    for text in (
        "« Nous sommes prêts », a déclaré Anne Roux. « Il faut agir », a-t-il ajouté.",
        "„Wir halten Kurs“, sagte Jan Wolf. „Es reicht“, sagten sie.",
        "Gabriel Attal a répondu aux critiques. « C'est juste », a-t-il ajouté.",
        "El Gobierno aprobó el plan. «Es un día histórico», dijo.",
        # A verb in the plural before: its speakers are more than one, whatever their name.
        "„Wir schaffen das“, sagten die Minister. „Es wird schwer“, sagte er.",
        "„Wir schaffen das“, erklärten die Grünen. „Es wird schwer“, sagte sie.",
        "« Nous sommes prêts », ont déclaré Les Républicains. « Il faut agir », a-t-il ajouté.",
    ):
        assert speakers(text)[-1] is None, text


def test_a_day_between_the_name_and_the_pronoun_is_no_one_else() -> None:
    text = 'Ann Lee said on Thursday she would resign. "I have had enough," she said.'
    assert [c.speaker for c in claims(text) if c.kind == "quote"] == ["Ann Lee"]


def test_it_follows_the_one_organisation_named_right_before() -> None:
    def speakers(text: str) -> list[str | None]:
        return [c.speaker for c in claims(text) if c.kind == "quote"]

    # As he or she follows a person: the speaker of a sentence that reports speech, or of
    # the quotation before; a firm named like a person as any other (the text says "it").
    assert speakers('Tesco said profits fell. "Trading was tough," it said.') == ["Tesco"]
    assert speakers('"It was tough," said Tesco. "We expect more," it added.') == ["Tesco"] * 2
    assert speakers('The ministry said talks ended. "No deal," it said.') == ["The ministry"]
    text = 'John Lewis said on Thursday it would shut eight stores. "It is hard," it said.'
    assert speakers(text) == ["John Lewis"]
    # Never a person's role, nor what a sentence with no reporting verb is about, nor people.
    for text in (
        'The minister said talks ended. "No deal," it said.',
        'A spokesman for the firm said sales fell. "Demand was weak," it said.',
        'Ann Lee published the report. "Failures were systemic," it said.',
        'Police said two men were held. "Inquiries continue," it said.',
        # A person's given name: "it" is someone else, unless the text says "it" of the name.
        'Ann Lee said the firm would appeal. "We disagree," it said.',
        '"It was tough," said Ann Lee. "Sales fell," it said.',
        # A name the text gives after a title or role is a person's ("it" may be the council).
        'Mr Smith said the council had rejected the plan. "We will not reconsider," it said.',
        'Mrs Smith said the council had rejected the plan. "We will not reconsider," it said.',
        'Dr Smith said the council had rejected the plan. "We will not reconsider," it said.',
        'Boeing chief executive Kelly Ortberg said the plan failed. "We will adapt," it said.',
    ):
        assert speakers(text)[-1] is None, text
    # A one-word company is no person's name, though its clause names "the company".
    for name in ("Boeing", "Walmart", "Nestlé", "Ford Motor"):
        text = f'{name} said the company would appeal. "We disagree with the ruling," it said.'
        assert speakers(text) == [name], text
    # An organisation's shape: an acronym, a last word such as Bank.
    assert speakers('BP said the government had failed. "It is a shame," it said.') == ["BP"]
    text = 'Deutsche Bank said the regulator erred. "We will appeal," it said.'
    assert speakers(text) == ["Deutsche Bank"]


@pytest.mark.parametrize(
    "text",
    [
        # A name or role after a preposition is no speaker, nor is a part of a longer name.
        'Critics were "furious," and sources in the camp told Reuters the claims were false.',
        'China’s envoy to Britain Liu Wen has said China has the "power" to end it.',
        'Critics were "furious," and sources in the Rukban camp told Reuters it was false.',
        '"It is over," said last week.',
        'Alibaba denied "sensational" claims made in a post.',
        '"A figure is formed by flowers," which describes the idea.',
        # A place after "inside" is no speaker.
        'A source inside the Rukban camp, a refugee who asked not to be named, said it was "no."',
        # "continued to", "vowed to": no speech reported.
        'Jobs were "cut" as the company continued to sign up customers.',
    ],
)
def test_no_speaker_from_a_clause_that_reports_no_speech(text: str) -> None:
    assert only(text).speaker is None


def test_a_closing_mark_left_out_before_the_attribution() -> None:
    got = claims('"We will win, Ann Lee said. "We have the votes."')
    assert [(c.kind, c.speaker, c.verb) for c in got] == [("quote", "Ann Lee", "said")] * 2


def test_a_quotation_signed_with_a_dash_has_a_speaker_and_no_verb() -> None:
    for text in ('"He is the last one" — museum historian Dana Wills', '"It is over" — Ann Lee'):
        claim = only(text)
        assert (claim.kind, claim.verb) == ("quote", None)
        assert claim.speaker in ("Dana Wills", "Ann Lee")
    assert only('"We will win" — and then they lost.').speaker is None


def test_a_signed_quotation_that_ends_in_a_full_stop_has_its_speaker() -> None:
    text = 'It was a good day.\n\n"A title race is never won in May." — Vincent Kompany\n\nWe left.'
    got = [(c.kind, c.speaker) for c in claims(text)]
    assert got == [("statement", None), ("quote", "Vincent Kompany"), ("statement", None)]


def test_a_request_later_in_the_sentence_does_not_attribute_a_scare_quote() -> None:
    text = "The ad used the word “We” in red, and he later asked the firm to drop it."
    assert only(text).kind == "statement"
    # Before the quotation, a request still names the speaker of a partial quote.
    claim = only('Smith told reporters to expect "a long fight" in the Senate.')
    assert (claim.speaker, claim.verb) == ("Smith", "told")


def test_a_name_may_follow_a_sentence_that_ends_in_a_capitalised_word() -> None:
    _, claim = claims('It came from Brazil. Prof. Ola Berg noted that it "is a worry."')
    assert (claim.speaker, claim.verb) == ("Ola Berg", "noted")


def test_a_name_and_verb_inside_a_quotation_are_no_speaker() -> None:
    claim = only('"It is what the government said."')
    assert (claim.speaker, claim.verb) == (None, None)
    first, second = claims('"Taylor has admitted it," the label continued. "We tried."')
    assert (first.speaker, first.verb) == ("the label", "continued")
    assert (second.speaker, second.verb) == ("the label", "continued")


def test_a_quote_over_several_sentences_gives_each_the_speaker() -> None:
    after = claims('"We will win. We have the votes," Smith said.')
    before = claims('Smith said: "We will win. We have the votes."')
    for got in (after, before):
        assert len(got) == 2
        assert [(c.kind, c.speaker) for c in got] == [("quote", "Smith"), ("quote", "Smith")]


def test_a_later_quote_in_the_paragraph_keeps_the_speaker() -> None:
    _, second = claims('"It is over," Smith said. "We lost."')
    assert second.kind == "quote" and second.speaker == "Smith"


def test_a_quotation_kept_open_over_paragraphs_keeps_its_speaker() -> None:
    got = claims(
        'Smith said the plan would work. "We have the money. We start in May.\n\n'
        '"Nobody can stop us now."'
    )
    assert [(c.kind, c.speaker) for c in got] == [
        ("statement", None),
        ("quote", "Smith"),
        ("quote", "Smith"),
        ("quote", "Smith"),
    ]


def test_a_quotation_over_paragraphs_takes_the_speaker_its_last_paragraph_names() -> None:
    got = claims(
        'Lee spoke this week. "We had an hour. We ran.\n\n"Nobody came back for us," Lee said.'
    )
    assert [(c.kind, c.speaker, c.verb) for c in got] == [
        ("statement", None, None),
        ("quote", "Lee", "said"),
        ("quote", "Lee", "said"),
        ("quote", "Lee", "said"),
    ]
    # A paragraph that does not reopen the quotation ends it: nobody is named.
    got = claims('"We had an hour. We ran.\n\nThen "nobody came back," Lee said.')
    assert [c.speaker for c in got] == [None, None, "Lee"]


def test_scare_quotes_without_a_speaker_stay_a_statement() -> None:
    claim = only('He used the phrase "strategic partnership" in the talks.')
    assert (claim.kind, claim.speaker) == ("statement", None)


def test_no_speaker_is_invented_for_an_unattributed_quotation() -> None:
    _, claim = claims('Prices rose. "Nothing will change for a long time in this market."')
    assert (claim.kind, claim.speaker, claim.verb) == ("quote", None, None)
    quoted = claims('"Nothing will change for a long time in this market," it was noted.')[0]
    assert quoted.speaker is None


@pytest.mark.parametrize(
    "text",
    ['The plan is "unworkable and "dead.', '"Unclosed quote, Smith said.', 'A "" b "', "”Odd“ x."],
)
def test_unbalanced_quote_marks_do_not_fail(text: str) -> None:
    for claim in claims(text):
        assert claim.kind in ("statement", "quote")


@given(texts())
def test_any_text_gives_claims_that_slice_the_text(text: str) -> None:
    doc = newsclaims.parse(text, plugin_manager=manager_with())
    for claim in doc.claims:
        assert doc.text[claim.span.start : claim.span.end] == claim.text
        assert claim.checkworthy is not None


@given(st.lists(st.sampled_from(['"', "“", "”", "«", "»", "said", "Smith", ".", ",", " "])))
def test_quote_mark_soup_never_fails(parts: list[str]) -> None:
    claims("x " + " ".join(parts) + " y.")


def test_ai_sample(ai_summary: str) -> None:
    doc = newsclaims.parse(ai_summary, plugin_manager=manager_with())
    quotes = [c for c in doc.claims if c.kind == "quote"]
    assert [(c.speaker, c.verb) for c in quotes] == [("Takashi", "said")]
    assert quotes[0].text.endswith("Takashi said [1].")
    (pull,) = [c for c in doc.claims if c.kind == "pull_quote"]
    assert pull.speaker is None and pull.text.startswith("“Japan and Philippines agreed")
    first = doc.claims[0]
    assert "Ferdinand Marcos Jr. agreed" in first.text and first.citations == ("1",)
    analysis = next(c for c in doc.claims if c.text.startswith("The transition"))
    assert analysis.checkworthy is False
    assert first.checkworthy is True


def test_claims_exclude_trailing_markers() -> None:
    got = claims("The vote passed. [1] Then it rained [2].")
    assert [(c.text, c.citations) for c in got] == [
        ("The vote passed.", ("1",)),
        ("Then it rained [2].", ("2",)),
    ]


def test_scraped_sample_key_points(scraped: str) -> None:
    doc = newsclaims.parse(scraped, plugin_manager=manager_with())
    points = [c for c in doc.claims if c.kind == "key_point"]
    assert len(points) == 5
    assert points[0].text.startswith("The Philippines, as a signatory")
    assert points[4].text.startswith("Japan, through the Official Security Assistance")
    (section,) = doc.sections_of("key_points")
    assert section.span.slice(doc.text).startswith("1. The Philippines")


def _sections(text: str) -> list[str]:
    doc = Document(raw=text, text=text)
    return [s.span.slice(text) for s in key_points(doc)]


def test_key_points_under_a_heading_and_with_bullets() -> None:
    text = (
        "Key points:\n"
        "- The council approved the budget on Monday night.\n"
        "- Spending on schools rises by a tenth next year.\n"
        "The mayor welcomed it."
    )
    (section,) = _sections(text)
    assert section.startswith("Key points:") and section.endswith("next year.")
    got = [c for c in claims(text) if c.kind == "key_point"]
    assert [c.text for c in got] == [
        "The council approved the budget on Monday night.",
        "Spending on schools rises by a tenth next year.",
    ]


def test_a_bold_word_before_a_colon_is_no_speaker() -> None:
    # Without a role after it, a bold label is as often a note or a heading as a name.
    assert only('**Note**: "Prices" means costs.').speaker is None


def test_a_quoting_key_point_or_headline_names_its_speaker() -> None:
    # The claim keeps its kind (its place); the quotation's speaker and verb are read as in
    # the body. A scare quote names no one.
    text = (
        "Key points:\n"
        '- "Prices will fall," said Ann Lee [2].\n'
        "- The 'historic' budget passed on Monday.\n"
        "The mayor welcomed it."
    )
    got = [(c.kind, c.speaker, c.verb) for c in claims(text)][:2]
    assert got == [("key_point", "Ann Lee", "said"), ("key_point", None, None)]
    got = claims("'We will not back down,' says PM\nThe strike went on.", Headline())
    assert (got[0].kind, got[0].speaker, got[0].verb) == ("headline", "PM", "says")
    # A headline's label names its speaker; a kicker such as "Update" names no one.
    got = claims("Sen. Ann Lee: 'We will win'\nShe spoke.", Headline())
    assert (got[0].speaker, got[0].verb) == ("Ann Lee", None)
    assert claims("Update: 'Dozens' hurt in blast\nMany were hurt.", Headline())[0].speaker is None


def test_key_points_may_end_with_citation_markers() -> None:
    text = (
        "Summary:\n"
        "1. The council approved the budget on Monday night [1].\n"
        "2. Spending on schools rises by a tenth next year.[2][3]\n"
        "The mayor welcomed it [1]."
    )
    (section,) = _sections(text)
    assert section.startswith("Summary:") and section.endswith("[2][3]")
    got = [(c.text, c.citations) for c in claims(text) if c.kind == "key_point"]
    assert got == [
        ("The council approved the budget on Monday night [1].", ("1",)),
        ("Spending on schools rises by a tenth next year.", ("2", "3")),
    ]
    # Under a key-points heading, a short sentence is a key point too.
    short = "Key points:\n- Rates rose [1].\n- Exports fell.\nRates rose on Monday [1]."
    assert _sections(short) == ["Key points:\n- Rates rose [1].\n- Exports fell."]
    # Cited items with no key-points heading are the article's own claims.
    body = text.replace("Summary:\n", "The council met on Monday night [1].\n")
    assert _sections(body) == []


@pytest.mark.parametrize(
    "heading", ["Key points:", "## Key takeaways", "**Highlights**", "Zusammenfassung:"]
)
def test_key_points_may_cite_their_sources_with_markdown_links(heading: str) -> None:
    # Their links' URLs made the list a list of links: its points were body statements.
    items = [
        "- The cedi is down 15% this year ([Bloomberg](https://www.bloomberg.com/a/cedi)).",
        "- Inflation rose to 8.1% in October ([GhanaWeb](https://www.ghanaweb.com/b), "
        "[Reuters](https://www.reuters.com/c_(x))).",
        "- The central bank will sell $200 million [Citi](https://citinewsroom.com/d).",
    ]
    text = "Ghana's cedi fell 2.3% this week.\n\n" + heading + "\n" + "\n".join(items) + "\n"
    (section,) = _sections(text)
    assert section.startswith(heading)
    got = [c.citations for c in claims(text) if c.kind == "key_point"]
    assert got == [
        ("https://www.bloomberg.com/a/cedi",),
        ("https://www.ghanaweb.com/b", "https://www.reuters.com/c_(x)"),
        ("https://citinewsroom.com/d",),
    ]
    # A list of links is still none, under any heading.
    links = (
        "- [Cedi hits record low](https://a.example/1)\n- [Inflation data](https://b.example/2)\n"
    )
    assert _sections("The cedi fell.\n\n" + heading + "\n" + links) == []


def test_key_points_without_full_stops_or_under_a_lead_in() -> None:
    # Under a key-points heading, items of a few words without a full stop are key points;
    # they were taken for a link list, and the page cleaner removed them.
    bare = "**Key takeaways**\n* Exports rose 7.3% in March\n* Imports fell over the month\n"
    assert _sections(bare) == [bare.rstrip("\n")]
    kept = [c.text for c in claims(f"Exports rose 7.3% in March, the ministry said.\n\n{bare}")]
    assert kept[-2:] == ["Exports rose 7.3% in March", "Imports fell over the month"]
    # A short line that leads into the list with a key phrase heads it.
    lead = "Here are the key points:\n1. Exports rose in March.\n2. Imports fell.\n"
    assert _sections(lead) == [lead.rstrip("\n")]
    # Two-word items are labels or links, not key points.
    assert _sections("Highlights\n- Sports news\n- World cup\n") == []
    # A lead-in of the article's own, with no key phrase, heads the article's list: its items
    # are statements of the body, not a summary of it.
    own = (
        "Key changes in the final bill:\n1. The retirement age rises to 64 by 2032.\n"
        "2. The minimum pension rises to 85% of the minimum wage.\n"
    )
    assert _sections(own) == []
    assert [c.kind for c in claims(f"Lawmakers approved the bill on Friday.\n\n{own}")] == [
        "statement",
        "statement",
        "statement",
    ]


def test_a_paragraph_a_key_phrase_labels_is_a_key_point() -> None:
    # AI answers and newsletters open with a labelled summary of what follows: the audit checks
    # it against the body (it was a body statement, reported as uncited).
    summary = "**TL;DR:** The bank raised its rate to 14.25% and signalled a smaller hike.[1][2]"
    body = "The central bank raised its rate to 14.25% on Wednesday [1]."
    assert _sections(f"{summary}\n\n{body}") == [summary]
    got = [(c.kind, c.citations) for c in claims(f"{summary}\n\n{body}")]
    assert got == [("key_point", ("1", "2")), ("statement", ("1",))]
    # Questions alone after an answer are its follow-ups, no summary of it (under a
    # key-points heading they are key points).
    asks = "- Why is the yen falling so fast?\n- What did the BOJ decide in July?"
    assert _sections(f"{body}\n\n{asks}\n") == []
    assert _sections(f"Key takeaways\n{asks}\n") == [f"Key takeaways\n{asks}"]
    # A short field, a list's item or a lead-in with its list is none.
    assert _sections(f"Summary: none given.\n\n{body}") == []
    item = "* Summary: the council passed the bill after a long debate."
    assert _sections(f"{body}\n\n{item}\n* Votes: 12 to 3.\n") == []
    lead = "In short: the key changes are\n- Rates rise to 5% from June.\n- Fees fall.\n"
    assert _sections(lead) == []


@pytest.mark.parametrize(
    ("summary", "body"),
    [
        (
            "Zusammenfassung: Die EZB hat den Leitzins am Donnerstag auf 2,25 Prozent gesenkt.",
            "Die EZB senkte den Einlagensatz am Donnerstag. Lagarde sprach von Fortschritten.",
        ),
        # French sets a space before the colon, inside the emphasis or out of it.
        (
            "En résumé : la BCE a baissé son taux de dépôt à 2,25 % jeudi dernier.",
            "La BCE a abaissé ses taux jeudi. Christine Lagarde a salué le recul de l'inflation.",
        ),
        (
            "**À retenir :** la BCE a baissé son taux de dépôt à 2,25 % jeudi dernier.",
            "La BCE a abaissé ses taux jeudi. Christine Lagarde a salué le recul de l'inflation.",
        ),
        (
            "**En resumen:** la Reserva Federal mantuvo los tipos sin cambios el miércoles.",
            "La Reserva Federal mantuvo los tipos el miércoles. Powell habló de la inflación.",
        ),
        (
            "In sintesi: la Bce ha tagliato i tassi di un quarto di punto giovedì scorso.",
            "La Bce ha tagliato i tassi giovedì. Lagarde ha parlato di inflazione in calo.",
        ),
    ],
)
def test_a_paragraph_a_key_phrase_of_another_language_labels_is_a_key_point(
    summary: str, body: str
) -> None:
    # The key phrases of other languages were read over a list and as the first line only: a
    # labelled summary in German, French or Spanish was a body statement, checked by no one.
    for text in (f"{summary}\n\n{body}", f"{body}\n\n{summary}\n"):
        assert _sections(text) == [summary]
        kinds = [c.kind for c in claims(text)]
        assert kinds.count("key_point") == 1 and kinds.count("statement") == 2


def test_key_points_under_a_heading_of_another_language_that_lost_their_bullets() -> None:
    points = (
        "Die EZB senkt den Leitzins um einen Viertelpunkt\n"
        "Lagarde erwartet weiter sinkende Inflation im Euroraum"
    )
    text = f"Die EZB hat am Donnerstag entschieden.\n\nKernpunkte\n{points}\n\nMehr folgt."
    assert _sections(text) == [f"Kernpunkte\n{points}"]
    assert _sections(text.replace("Kernpunkte", "Points clés")) == [f"Points clés\n{points}"]


def test_key_points_that_lost_their_bullets_under_a_heading_alone() -> None:
    # A page's text scrape drops the bullets of a list: under a key-points heading alone on
    # its line, the lines of a key point's length that end alike are its items.
    points = (
        "A magnitude 6.4 earthquake struck the province at dawn\n"
        "At least 12 people were killed, officials said"
    )
    text = f"Key Points\n\n{points}\n09:42\nThe minister said 43 buildings collapsed."
    assert _sections(text) == [f"Key Points\n\n{points}"]
    got = [(c.kind, c.text) for c in claims(text)]
    assert got[:2] == [("key_point", line) for line in points.split("\n")]
    assert got[2:] == [  # (a live blog's time stamp is no claim)
        ("statement", "The minister said 43 buildings collapsed."),
    ]
    # A line that ends otherwise (a paragraph's full stop), a longer one or a blank line ends
    # the items; one item is no list.
    stopped = "Key points\nRates rose on Monday in Tokyo.\nExports fell in May, officials said.\n"
    assert _sections(stopped + "The council met on Monday night to approve it") == [stopped.strip()]
    assert _sections("Key points\nExports rose 7.3% in March\nThe ministry expects growth.") == []
    assert _sections(f"Key points\n{points.replace(chr(10), chr(10) * 2)}") == []
    # A scrape that sets a blank line after every line sets one after the heading too: then
    # one blank line between the items is no end (but two are, or one where the first two
    # items have none).
    spaced = f"Key points\n\n{points.replace(chr(10), chr(10) * 2)}"
    assert _sections(f"{spaced}\n\nThe minister said 43 buildings collapsed.") == [spaced]
    assert _sections(spaced.replace("\n\nAt", "\n\n\nAt")) == []
    assert _sections(f"Key points\n\n{points}\n\nThe toll is expected to rise, they said") == [
        f"Key points\n\n{points}"
    ]
    # Not under a heading alone, or items of a label's length: no list.
    assert _sections(f"Here is what happened\n{points}") == []
    assert _sections("Highlights\nSports news today\nWorld cup draw\n") == []


@pytest.mark.parametrize(
    "text",
    [
        # An item that starts with a bracketed label is a reference entry.
        "- [1] The ministry said the pact is near, Reuters.\n- [2] The talks start in May.\n",
        # Titles without full stops: a reference list.
        "1. Japan to provide radars to Philippines\n2. Ishiba to visit Vietnam in April\n",
        # Full sentences, but under a Sources heading.
        "Sources:\n1. The ministry said the pact is near.\n2. The talks will start in May.\n",
        # Entries that carry URLs.
        "1. See the report at https://example.com/a now.\n2. And https://example.com/b too.\n",
        # One item is no list.
        "1. The council approved the budget on Monday night.\n",
        # Entries that name a publisher and a date, each ended with a full stop.
        '1. Kyodo News, "Japan to provide radars to Manila", 2 May 2025.\n'
        '2. The Japan Times, "Ishiba to visit Vietnam in April", 3 May 2025.\n',
    ],
)
def test_reference_lists_are_not_key_points(text: str) -> None:
    assert _sections(text) == []


def test_a_list_item_in_the_body_claims_without_its_mark() -> None:
    text = (
        "The council met on Monday night [1].\n"
        "- Inflation fell 2% in May [1].\n"
        "* Exports rose.\n"
        "2. Imports fell.\n"
        "(3) Rates held.\n"
        "b) Jobs grew.\n"
        '- "We are pleased," the mayor said.\n'
        "E. Jean Carroll testified on Tuesday. 1. The first item 2. The second item"
    )
    got = [(c.kind, c.text, c.citations) for c in claims(text)]
    assert got == [
        ("statement", "The council met on Monday night [1].", ("1",)),
        ("statement", "Inflation fell 2% in May [1].", ("1",)),
        ("statement", "Exports rose.", ()),
        ("statement", "Imports fell.", ()),
        ("statement", "Rates held.", ()),
        ("statement", "Jobs grew.", ()),
        ("quote", '"We are pleased," the mayor said.', ()),
        # A capital and a full stop open a name, not an item.
        ("statement", "E. Jean Carroll testified on Tuesday.", ()),
        ("statement", "The first item", ()),
        ("statement", "The second item", ()),
    ]


def test_lines_that_assert_nothing_are_no_claims() -> None:
    text = (
        "Jury convicts treasurer\n\n"
        "SIOUX FALLS, S.D.\n\n"
        "A jury convicted the treasurer on Monday.\n\n"
        "What's next\n\n"
        "Sentencing is set for May.\n\n"
        "Key findings:\n\n"
        "Revenue: $1.4 billion\n\n"
        "Q: Were you surprised?\n\n"
        "A: Not at all\n\n"
        "She was 88.\n\n"
        "Photo: Courtesy of the family\n\n"
        "#courts #southdakota #fraud"
    )
    assert [c.text for c in claims(text)] == [
        "Jury convicts treasurer",  # the first line: a title asserts something
        "A jury convicted the treasurer on Monday.",
        "Sentencing is set for May.",
        "Revenue: $1.4 billion",  # a number is asserted
        "Q: Were you surprised?",
        "A: Not at all",  # an interview's answer
        "She was 88.",  # a one-line paragraph
    ]
    # A text of short lines with no sentence end claims by its lines.
    assert [c.text for c in claims("Big win\nWhat a game\n#sports")] == [
        "Big win",
        "What a game",
        "#sports",
    ]


def test_a_listicles_numbered_subheadings_are_no_claims() -> None:
    text = (
        "Three things we learned\n\n"
        "The budget was handed down on Tuesday.\n\n"
        "1. Energy relief is extended\n\n"
        "Every household gets $300 off its bills.\n\n"
        "2. A surplus is gone\n"
        "The deficit will be $27.6 billion.\n\n"
        "The key measures:\n"
        "1. Rent assistance rises\n"
        "2. Tax cuts stay\n\n"
        "Steps that stay claims:\n\n"
        "1. Fees rise\n\n"
        "2. Rebates end\n\n"
        "The Senate votes in June."
    )
    assert [c.text for c in claims(text)] == [
        "Three things we learned",
        "The budget was handed down on Tuesday.",
        "Every household gets $300 off its bills.",
        "The deficit will be $27.6 billion.",
        "Rent assistance rises",  # items of a list (the next line is an item)
        "Tax cuts stay",
        "Fees rise",  # items a blank line apart: the next is an item, the one above too
        "Rebates end",
        "The Senate votes in June.",
    ]


def test_live_blog_time_stamps_and_list_lead_ins_are_no_claims() -> None:
    text = (
        "Ferries were cancelled across the Minch.\n\n"
        "10:42 GMT\n"
        "The harbour master said the swell would peak at noon.\n\n"
        "11:30 a.m.\n"
        "Buses replaced the morning trains.\n\n"
        "Under the contingency plan agreed on Sunday, islanders will get:\n"
        "- priority freight slots\n"
        "- a refund for every cancelled crossing"
    )
    assert [c.text for c in claims(text)] == [
        "Ferries were cancelled across the Minch.",
        "The harbour master said the swell would peak at noon.",
        "Buses replaced the morning trains.",
        "priority freight slots",
        "a refund for every cancelled crossing",
    ]
    # An answer that opens with a Markdown subheading: no title, no claim.
    assert [c.text for c in claims("## Background\n\nThe ferry dates from 1995.")] == [
        "The ferry dates from 1995."
    ]
    # A line that ends in a colon before prose, not a list, is a claim.
    assert [
        c.text
        for c in claims("Prices rose.\n\nThe bank has set out what comes next:\nIt will wait.")
    ][1] == ("The bank has set out what comes next:")


def test_a_tables_rows_and_its_lead_in_are_no_claims() -> None:
    text = (
        "Revenue rose 12% to $4.2 billion.\n\n"
        "The figures, in millions of dollars:\n\n"
        "Segment\tQ3 2026\tQ3 2025\n"
        "Cloud\t1,840\t1,420\n"
        "Devices\t1,210\t1,305\n\n"
        "Shares rose 6% after hours."
    )
    assert [c.text for c in claims(text)] == [
        "Revenue rose 12% to $4.2 billion.",
        "Shares rose 6% after hours.",
    ]
    # A Markdown table: its rows between pipes, with the separator row.
    markdown = text.replace(
        "Segment\tQ3 2026\tQ3 2025\n", "| Segment | Q3 2026 | Q3 2025 |\n|---|---|---|\n"
    )
    markdown = markdown.replace("Cloud\t1,840\t1,420\n", "| Cloud | 1,840 | 1,420 |\n")
    markdown = markdown.replace("Devices\t1,210\t1,305\n", "| Devices | 1,210 | 1,305 |\n")
    assert "|" in markdown and "\t" not in markdown
    assert [c.text for c in claims(markdown)] == [
        "Revenue rose 12% to $4.2 billion.",
        "Shares rose 6% after hours.",
    ]
    # A table laid out with runs of spaces, as a text browser writes one.
    spaced = text.replace("\t", "    ")
    assert [c.text for c in claims(spaced)] == [
        "Revenue rose 12% to $4.2 billion.",
        "Shares rose 6% after hours.",
    ]
    # Two spaces after a sentence's full stop make no table.
    assert len(claims("Revenue rose.  Costs fell.  Shares rose 6% after hours")) == 3


def test_a_transcripts_turns_are_quotes_of_their_labels() -> None:
    text = (
        "The mayor spoke to us on Monday.\n\n"
        "Q: Will you veto it?\n\n"
        "A: I might.\n\n"
        "GAZETTE: Critics say the city cannot afford it.\n\n"
        "OKAFOR: The city spent a fortune on a garage. We can afford books.\n\n"
        "GAZETTE: What happens next?\n\n"
        'OKAFOR: The council needs eight votes, "and they lack them," I said.\n\n'
        "The council meets again in May."
    )
    assert [(c.kind, c.speaker, c.verb) for c in claims(text)] == [
        ("statement", None, None),
        ("statement", None, None),  # "Q" and "A" name nobody
        ("statement", None, None),
        ("quote", "GAZETTE", None),
        ("quote", "OKAFOR", None),
        ("quote", "OKAFOR", None),  # the rest of the turn's line
        ("quote", "GAZETTE", None),
        ("quote", None, "said"),  # an attribution of its own is kept
        ("statement", None, None),
    ]


def test_a_turns_label_may_open_with_a_names_particles() -> None:
    text = (
        "Two farmers spoke to us.\n"
        "van der Berg: Who milks the cows?\n"
        "de Vries: Nobody in the city.\n"
        "van der Berg: Not one.\n"
        "de Vries: Exactly."
    )
    assert [(c.kind, c.speaker) for c in claims(text)] == [
        ("statement", None),
        ("quote", "van der Berg"),
        ("quote", "de Vries"),
        ("quote", "van der Berg"),
        ("quote", "de Vries"),
    ]


def test_a_turns_label_drops_a_title_before_the_name() -> None:
    text = (
        "The briefing began.\n\nMR. LEE: Good afternoon.\n\nQ: Is it over?\n\n"
        "MR. LEE: Not yet.\n\nPrime Minister: It is.\n\nQ: Why?\n\nPrime Minister: Ask him."
    )
    assert [c.speaker for c in claims(text) if c.kind == "quote"] == [
        "LEE",
        "LEE",
        "Prime Minister",  # titles alone: a role, kept whole
        "Prime Minister",
    ]


def test_labels_in_title_case_or_bold_are_turns_where_the_transcript_asks() -> None:
    text = (
        "The governor spoke to us.\n\n"
        "Q: Will rates rise?\n\n"
        "**Ueda:** That depends on the data.\n\n"
        "Q: When?\n\n"
        "Ueda: Not soon. We will wait.\n\n"
        "Host: Thank you.\n\n"
        "Finance Minister: Thank you.\n\n"
        "Host: Bye.\n\n"
        "Finance Minister: Bye."
    )
    assert [(c.kind, c.speaker) for c in claims(text)] == [
        ("statement", None),
        ("statement", None),  # "Q" takes turns but names nobody
        ("quote", "Ueda"),
        ("statement", None),
        ("quote", "Ueda"),
        ("quote", "Ueda"),
        ("quote", "Host"),
        ("quote", "Finance Minister"),
        ("quote", "Host"),
        ("quote", "Finance Minister"),
    ]
    # Lines in title case that ask nothing are fields, not turns; nor are labels in runs.
    fields = "Pros: It is light.\nCons: It is slow.\n\nPros: It is cheap.\nCons: It is loud."
    assert {c.kind for c in claims("Two laptops.\n\n" + fields)} == {"statement"}
    runs = "Update: Is it over?\nUpdate: Power is out.\nWarning: Stay in.\nWarning: Rain."
    assert {c.kind for c in claims("A storm hit.\n" + runs)} == {"statement"}


def test_datelines_of_a_roundup_are_no_transcripts_turns() -> None:
    text = (
        "NEW DELHI: Wheat prices rose.\n\nThe cabinet met.\n\n"
        "MUMBAI: Stocks rose.\n\nBanks led.\n\n"
        "NEW DELHI: The air was bad.\n\nSchools shut.\n\n"
        "MUMBAI: Rain fell.\n\nTrains stopped."
    )
    assert {c.kind for c in claims(text)} == {"statement"}


class Headline:
    @hookimpl
    def newsclaims_register_sectioners(self, register):  # type: ignore[no-untyped-def]
        register("first-line", lambda doc: [Section("headline", Span(0, doc.text.find("\n")))])


def test_a_lede_that_ends_in_a_quotation_is_no_headline() -> None:
    text = (
        'MANILA — Sen. Ana Cruz on Monday said the trial would start "after the vote."\n\nIt did.'
    )
    doc = newsclaims.parse(text)
    assert doc.title is None
    first = doc.claims[0]
    assert (first.kind, first.speaker, first.verb) == ("quote", "Ana Cruz", "said")


def test_a_first_paragraph_that_ends_with_a_superscript_marker_is_no_headline() -> None:
    text = "Rates held at 3.5%.¹ Inflation eased in May, officials said.²\n\nMarkets rose."
    doc = newsclaims.parse(text)
    assert doc.title is None
    assert [(c.kind, c.citations) for c in doc.claims] == [
        ("statement", ("1",)),
        ("statement", ("2",)),
        ("statement", ()),
    ]


@pytest.mark.parametrize(
    "first",
    [
        "Rates held at 3.5%. Inflation eased in May, officials said. (1, 2)",
        "Rates held at 3.5%. Inflation eased in May, officials said.^1,2",
        "Les taux sont restés à 3,5 %. L'inflation a reculé en mai. (1)",
    ],
)
def test_a_first_paragraph_that_ends_with_numbers_after_its_full_stop_is_no_headline(
    first: str,
) -> None:
    # A paragraph cited as a whole, ``... said. (1, 2)``, was taken for a headline (its last
    # character a bracket or a digit), and its sentences for one headline claim.
    refs = "\n\nSources:\n1. Reuters - Rates held\n2. AFP - Inflation eases\n"
    doc = newsclaims.parse(f"{first}\n\nMarkets rose on the news.{refs}")
    assert doc.title is None
    assert [c.kind for c in doc.claims] == ["statement"] * 3
    assert doc.claims[1].citations != ()
    assert "unsupported_claim" not in [f.kind for f in doc.findings]


def test_a_headline_section_gives_a_headline_claim() -> None:
    got = claims("Mayor quits after 12 years [1]\nThe mayor quit. She gave no reason.", Headline())
    assert [(c.kind, c.text) for c in got] == [
        ("headline", "Mayor quits after 12 years"),
        ("statement", "The mayor quit."),
        ("statement", "She gave no reason."),
    ]
    assert got[0].citations == ("1",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose 3.5% in May.", True),
        ("The ministry announced the plan on Monday.", True),
        ("Officials from Tokyo and Manila met.", True),
        ("This signals a deepening alignment between the nations.", False),
        ("The shift could reshape the region.", False),
        ("The talks went well.", False),
        ("The pact represents a departure, analysts said.", True),
        # A fraction in words is a number.
        ("Sick days fell by two-thirds.", True),
        ("Sick days fell by seven-eighths.", True),
        # An acronym with full stops names an entity, as one without does.
        ("The pact bars the U.S. from acting.", True),
        # "say" after people in the plural attributes; "say" alone does not.
        ("Experts say the drug is too costly.", True),
        ("The drug is too costly, critics say.", True),
        ("Let us say the drug is too costly.", False),
        ("I always say the best is yet to come.", False),
        ("Voters will have their say.", False),
        ("Not Merely Taste and Smell Receptors", False),
        # A sentence with many capitals is no heading: they are names.
        ("In Manila, Ishiba will meet Philippine President Ferdinand Marcos Jr.", True),
        ("J. K. Rowling and George R. R. Martin were not involved.", True),
        # A name after a title's full stop is named too.
        ("Mr. Bullard has since left the bank.", True),
        # Reporting verbs other than "said" are attributions too; a passive "noted" is not.
        ("She added that the plan could fail.", True),
        ("The expert argued it was probably wrong.", True),
        ("It should be noted that the plan could fail.", False),
        # A denial, a claim or a recollection is reported too.
        ("The company flatly denied the allegations.", True),
        ("She claimed the label had lied.", True),
        ("He recalled that it looked odd.", True),
        # A capital after a colon opens a clause: no named entity.
        ("Q: Where did you grow up?", False),
        ("The lesson was simple: Never give up.", False),
        # ...but a label in capitals before it, a dateline, names a place, and an acronym
        # after it an organisation.
        ("MUMBAI: Heavy rain disrupted trains.", True),
        ("The photo was taken in orbit (source: NASA).", True),
        # What may have happened is a hedged claim of an event: its other anchors decide.
        ("The storm may have killed forty people in the province.", True),
        ("The strike may have hit a Russian ammunition depot.", True),
        ("The suspect might have fled to Spain.", True),
        # ...but not a prediction, a need, or other evaluative words beside it.
        ("The fire may spread to Spain.", False),
        ("The club may have to sell Ruiz.", False),
        ("Apple may have a problem in China.", False),
        ("It may have been the best match in Spain.", False),
        # Nor a judgement of what someone did, nor what might have been.
        ("The Fed may have waited too long to cut rates.", False),
        ("The ECB may have overreacted to the inflation data.", False),
        ("Labour might have won more seats with a different leader.", False),
        ("With a different leader, the party might have won.", False),
        ("Without a new coach, the club might have lost.", False),
        ("But for the rain, the party might have won.", False),
        ("The tragedy could have been avoided in Spain.", False),
    ],
)
def test_checkworthiness_rules(text: str, expected: bool) -> None:
    assert checkworthy(text) is expected


def test_a_named_speaker_makes_a_quote_checkworthy() -> None:
    assert checkworthy("We could win.", speaker="Smith") is True
    assert only('"We could win," Smith said.').checkworthy is True


def test_a_quote_attributed_by_a_pronoun_is_checkworthy_in_each_sentence() -> None:
    # The verb is the second sentence's alone; both are what "he said", so both are checkable.
    claims = newsclaims.parse('"We had chances. We did not take them," he said.').claims
    assert [(c.verb, c.checkworthy) for c in claims] == [("said", True), ("said", True)]


@given(st.text(alphabet='ab "“”«»„‘’\n', max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_quote_marks_are_found_as_the_pattern_finds_them(text: str, start: int, end: int) -> None:
    import regex

    from newsclaims.default_plugins.claims import _quote_marks

    pattern = regex.compile(r'["“”«»„‘]')
    assert _quote_marks(text, start, end) == [m.start() for m in pattern.finditer(text, start, end)]


@given(st.text(alphabet="aB '\"“\n(—", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_straight_single_marks_that_may_open_are_found_as_the_rule_says(
    text: str, start: int, end: int
) -> None:
    from newsclaims.default_plugins.claims import _quote_marks

    # After white space, a bracket or a dash (or at the start), before a capital, two letters
    # or the article "a" ("called it 'a disgrace'"); among straight double marks only at a
    # line's start; among curly ones only, none.
    section = text[start:end]
    doubles = [p for p in range(start, min(end, len(text))) if text[p] in '"“']
    after = "\n" if '"' in section else " \n(—"
    singles = [
        p
        for p in range(start, min(end, len(text)))
        if text[p] == "'"
        and (p == start or text[p - 1] in after)
        and (
            text[p + 1 : p + 2].isupper()
            or text[p + 1 : p + 3].isalpha()
            or text[p + 1 : p + 3] == "a "
        )
    ]
    if "“" in section and '"' not in section:
        singles = []
    assert _quote_marks(text, start, end) == sorted(doubles + singles)


@given(st.text(alphabet='ab "“”«»„‘’\n(', max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_quotes_pair_the_same_with_their_marks_given(text: str, start: int, end: int) -> None:
    from newsclaims.default_plugins._quotes import find_quotes
    from newsclaims.default_plugins.claims import _quote_marks

    given_marks = find_quotes(text, start, end, _quote_marks(text, start, end))
    assert given_marks == find_quotes(text, start, end)


def test_a_word_alone_and_a_bold_label_first_are_no_claims() -> None:
    # A German dateline is a word and a full stop before the first sentence; an AI answer may
    # open with a bold label of its first part. Neither asserts anything; a bold title does.
    doc = newsclaims.parse(
        "Berlin. Der Bundestag hat am Donnerstag eine Erhöhung des Wohngeldes beschlossen.\n"
    )
    assert [c.text for c in doc.claims] == [
        "Der Bundestag hat am Donnerstag eine Erhöhung des Wohngeldes beschlossen."
    ]
    body = "Kenya's parliament passed the Finance Bill on Tuesday by 184 votes to 97 [1].\n"
    doc = newsclaims.parse(f"**Summary**\n\n{body}")
    assert [c.text for c in doc.claims] == [body.strip()]
    doc = newsclaims.parse(f"**Kenya passes its finance bill**\n\n{body}")
    assert doc.claims[0].text == "Kenya passes its finance bill"


def test_a_bold_label_that_opens_an_item_is_no_part_of_its_claim() -> None:
    # AI answers label their items in bold; the label names the topic, the claim is the rest
    # (a key point's or a body sentence's alike). A bold name before a quotation stays: it is
    # the speaker's.
    text = (
        "The central bank met on Wednesday.\n\n"
        "**TL;DR:** The bank raised its key rate to 14.25%.\n\n"
        "The committee raised the rate by one point to 14.25%, citing prices.\n\n"
        "- **Inflation:** Consumer prices rose 5.1% in the year to February.\n"
        "- **Outlook**: The bank signalled a smaller increase in May.\n"
        '- **Ann Lee**, a senator: "We will win."\n\n'
        "**Next:** The committee meets again in May.\n"
    )
    assert [(c.text, c.speaker) for c in claims(text)[1:]] == [
        ("The bank raised its key rate to 14.25%.", None),
        ("The committee raised the rate by one point to 14.25%, citing prices.", None),
        ("Consumer prices rose 5.1% in the year to February.", None),
        ("The bank signalled a smaller increase in May.", None),
        ('**Ann Lee**, a senator: "We will win."', "Ann Lee"),
        ("The committee meets again in May.", None),
    ]


def test_a_bold_labels_value_that_is_no_sentence_keeps_its_label() -> None:
    # ``- **Vote:** 7-2``: the value alone says nothing (the claim was ``7-2``); a value that
    # is a sentence still claims without its label.
    body = (
        "The Bank of Japan ended negative rates on Tuesday.\n\n"
        "- **Vote:** 7-2\n"
        "- **Next meeting:** April 25-26 [2]\n"
        "- **Previous rate**: minus 0.1 percent [^1]\n"
        "- **Outlook:** Economists expect another hike in July.[1]\n"
        "- **Reaction:** The yen fell 1%. ([Reuters](https://reuters.example/a))\n"
    )
    got = [c.text for c in claims(body)]
    assert got == [
        "The Bank of Japan ended negative rates on Tuesday.",
        "**Vote:** 7-2",
        "**Next meeting:** April 25-26",
        "**Previous rate**: minus 0.1 percent",
        "Economists expect another hike in July.",
        "The yen fell 1%.",
    ]
    # The same in a list of key points.
    points = (
        "Key takeaways\n- **Decision:** The bank raised rates for the first time since 2007.\n"
        "- **Vote:** 7-2\n- **Outlook:** Economists expect another hike in July.\n"
    )
    got = [(c.kind, c.text) for c in claims(f"{points}\n{body}")]
    assert got[:3] == [
        ("key_point", "The bank raised rates for the first time since 2007."),
        ("key_point", "**Vote:** 7-2"),
        ("key_point", "Economists expect another hike in July."),
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "**Das Wichtigste in Kürze**",
        "## Zusammenfassung",
        "### En bref",
        "**À retenir :**",
        "Ce qu'il faut retenir",
        "**Puntos clave**",
        "Resumen:",
        "## Em resumo",
        "**In sintesi**",
        "Samenvatting",
    ],
)
def test_key_points_under_a_heading_in_other_languages(heading: str) -> None:
    # A German answer's "**Das Wichtigste in Kürze**" was its headline, which the audit
    # reported as unsupported by the body; its short items were no key points.
    items = "- Die EZB senkt den Zins.\n- Lagarde legt sich nicht fest.\n- Die Börsen steigen.\n"
    text = f"{heading}\n\n{items}\nDie Europäische Zentralbank senkte am Donnerstag den Zins."
    assert _sections(text) == [f"{heading}\n\n{items.rstrip()}"]
    doc = newsclaims.parse(text)
    assert [c.kind for c in doc.claims] == ["key_point"] * 3 + ["statement"]


@pytest.mark.parametrize("rule", ["---", "* * *", "***", "___", "—", "• • •"])
def test_a_rule_or_a_section_break_is_no_claim(rule: str) -> None:
    # ``* * *`` was the claim ``* *``; a ``---`` in a text whose sentences end in markers,
    # or in a paragraph with quote marks, was the claim ``---``.
    texts = [
        f"The council approved the budget on Monday.\n\n{rule}\n\nThe mayor said it was close.",
        f"Rates were held.¹\n\n{rule}\n\nBonds rose.²",
        f'The mayor said "it was close."\n{rule}\n"We won," she said.',
    ]
    for text in texts:
        assert all(any(ch.isalnum() for ch in c.text) for c in claims(text)), text
        assert len(claims(text)) == 2

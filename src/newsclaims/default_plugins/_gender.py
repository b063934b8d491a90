"""Whether ``he`` or ``she`` can stand for a person the text names: what the text says of the
person's sex, where it says anything.

Used by the claim extractor before it gives a quotation attributed to a pronoun the speaker
named before it (``Maria Lopez said the plan would fail. "It cannot work," he said.``: ``he``
is someone else, so the quotation gets no speaker). The signs, each read where the text names
the person: a title of one sex before the name (``Mr``, ``Ms``, ``Sir``, ``Dame``...), a word
of one sex right before it or in an appositive right after it (``her husband Mark``, ``The
spokeswoman, Dana Kim``, ``Jo Kim, a businesswoman``), and a given name that is the one sex's
in most of the world's news (``Maria``, ``Mohammed``; ambiguous ones such as ``Jean``,
``Andrea``, ``Kim`` or ``Nicola`` are in neither list). No sign is no conflict: the pronoun
follows the name, as before.
"""

from __future__ import annotations

import regex

from newsclaims._memo import text_cache
from newsclaims.default_plugins._words import words

__all__ = ["contradicts", "given_name", "name_sex"]

_FEMALE_TITLES = words("Ms Ms. Mrs Mrs. Miss Dame Lady Madam Mme Mme. Mlle Baroness Queen Princess")
_MALE_TITLES = words("Mr Mr. Sir Lord Baron King Prince")
_FEMALE_WORDS = words(
    """
    spokeswoman chairwoman congresswoman councilwoman businesswoman sportswoman policewoman
    actress mother daughter wife sister grandmother granddaughter widow aunt niece woman girl
    mum mom stepmother
    """
)
_MALE_WORDS = words(
    """
    spokesman chairman congressman councilman businessman sportsman policeman father son
    husband brother grandfather grandson widower uncle nephew man boy dad stepfather
    """
)
_FEMALE_NAMES = words(
    """
    Mary Maria Marie Anna Ann Anne Jane Sarah Sara Elizabeth Emma Olivia Sophia Sophie Isabella
    Charlotte Amelia Emily Hannah Laura Lisa Linda Susan Sussan Karen Nancy Margaret Patricia
    Barbara Jennifer Jessica Rachel Rebecca Rosa Ana Elena Olena Natalia Natasha Olga Irina
    Svetlana Tatiana Yulia Anastasia Ekaterina Katarzyna Agnieszka Fatima Aisha Ayesha Priya
    Anjali Sunita Deepika Mei Yuki Keiko Aiko Sakura Hana Michelle Michele Angela Kamala Hillary
    Theresa Ursula Giorgia Marine Christine Catherine Kate Katherine Kathryn Caroline Claire
    Clara Julia Julie Diana Helen Helena Victoria Alice Grace Lucy Amy Ella Chloe Zoe Nina Eva
    Ingrid Greta Astrid Sofia Lucia Carmen Dolores Gabriela Mariana Fernanda Beatriz Leticia
    Camila Valentina Daniela Paola Francesca Chiara Giulia Alessandra Federica Silvia Monica
    Denise Donna Deborah Sandra Sharon Cynthia Amanda Melissa Stephanie Heather Nicole Samantha
    Megan Lauren Jacinda Penny Tanya Janet Joan Joanna Joanne Louise Martha Ruth Esther Miriam
    Leah Naomi Sylvia Yvonne Wendy Gloria Irene Rita Vera Layla Leila Zainab Amina Maryam
    Yasmin Nadia Kemi Olena Oksana Iryna Halyna Liudmyla Marta Ewa Joanna Magdalena Annalena
    Ségolène Anne-Marie Marie-Claire Nathalie Valérie Sylvie Isabelle Catherine Brigitte
    Liz Beth Jen Jenny Katie Becky Sue Pam Meg Sally Molly Tina Gina Rose Lily Ellie Holly
    Abigail Fiona Gillian Alison Allison Jill Judy Lorraine Maggie Polly Rosie Tracy Vicky
    Yvette Zara Kirsty Harriet Eleanor Imogen Phoebe Jemima Bridget Siobhan Aoife Niamh
    """
)
_MALE_NAMES = words(
    """
    John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
    Matthew Anthony Mark Donald Steven Stephen Paul Andrew Joshua Kenneth Kevin Brian George
    Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Larry Justin
    Scott Brandon Benjamin Samuel Gregory Frank Alexander Raymond Patrick Jack Dennis Jerry
    Tyler Aaron Henry Peter Adam Nathan Zachary Walter Kyle Harold Carl Jeremy Keith Roger
    Gerald Ethan Arthur Sean Lawrence Joe Noah Jesse Albert Bryan Billy Bruce Dylan Alan Ralph
    Gabriel Roy Juan Wayne Eugene Randy Louis Russell Vincent Philip Bobby Johnny Bradley
    Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Omar Hassan Hussein Ibrahim Mustafa Khalid
    Yusuf Abdullah Vladimir Dmitry Sergei Sergey Ivan Alexei Alexey Mikhail Andrei Nikolai Igor
    Oleg Volodymyr Olaf Friedrich Emmanuel Pierre François Jacques Giuseppe Giovanni Marco Luca
    Matteo Carlos José Luis Jorge Pedro Miguel Javier Diego Alejandro Fernando Rafael Pablo
    Sergio Hans Klaus Jürgen Wolfgang Stefan Markus Lars Sven Erik Rishi Narendra Rahul Amit
    Hiroshi Takeshi Kenji Shigeru Fumio Shinzo Keir Boris Mikel Enzo Ed Nigel Benjamin Recep
    Xavier Antoine Nicolas Olivier Philippe Emmanuel Bernard Heinz Karl Friedrich Helmut
    Dmytro Oleksandr Andriy Yuriy Viktor Mykola Taras Piotr Tomasz Krzysztof Marek Donald
    Tom Tim Mike Dave Bill Jim Bob Rob Steve Nick Ben Matt Dan Andy Tony Pete Jon Greg Jeff
    Ken Ron Phil Fred Harry Charlie Oliver Luke Liam Hugo Simon Martin Neil Ian Colin Graham
    Stuart Craig Gavin Rory Callum Connor Owen Rhys Felix Tobias Declan Seamus Angus Hamish
    """
)
# Where the text names the person: the capitalised words right before the surname (a title, a
# given name: ``Mr Alvarez``, ``Maria Lopez``), the word before them (``her husband Mark``,
# ``The spokeswoman, Dana Kim``) and an appositive after the name (``, a spokeswoman``).
# (Reverse: matched leftwards from the name; each word bounded, so no text makes it slow.)
_RUN_BEFORE = regex.compile(
    r"(?:(?<![^ ])([^\s,]{1,30}),?[ ])?((?:\p{Lu}[\p{L}.\-]{0,30}[ ]){0,3})$",
    regex.VERSION1 | regex.REVERSE,
)
_APPOSITIVE = regex.compile(r",[ ](?:a|an|the)[ ]([^,.;:\"“”()]{1,60})", regex.VERSION1)


def contradicts(text: str, speaker: str, pronoun: str) -> bool:
    """Tell whether ``pronoun`` (``he`` or ``she``, any case) cannot stand for ``speaker``
    by what ``text`` says of the speaker's sex where it names the speaker (see the module's
    signs); ``False`` where it says nothing, or says both."""
    sex = _sex(text, speaker)
    return sex is not None and sex != pronoun[:3].lower().startswith("she")


def given_name(word: str) -> bool:
    """Tell whether ``word`` is a given name of one sex in most of the world's news (a
    person's: ``Emma``, ``Mohammed``), as the module's lists have them."""
    return word in _FEMALE_NAMES or word in _MALE_NAMES


def name_sex(word: str) -> bool | None:
    """Whether the given name ``word`` is a woman's (``True``) or a man's (``False``) in most of
    the world's news; ``None`` if the lists do not have it."""
    return True if word in _FEMALE_NAMES else False if word in _MALE_NAMES else None


@text_cache(maxsize=256)
def _sex(text: str, speaker: str) -> bool | None:
    """Whether ``text`` says ``speaker`` is a woman (``True``) or a man (``False``), where it
    names the speaker (its first eight mentions); ``None`` where it says nothing, or both.
    (Remembered: a text's pronouns often stand for the same few people.)"""
    words = speaker.split()
    if not words:
        return None  # (no surname to look for: an empty one is found everywhere, without end)
    female = male = False
    if len(words) >= 2:
        female = words[0] in _FEMALE_NAMES
        male = words[0] in _MALE_NAMES
    surname = words[-1]
    pos = text.find(surname)
    looked = 0
    while pos >= 0 and looked < 8:  # (the first mentions say who the person is)
        stop = pos + len(surname)
        if (pos == 0 or not text[pos - 1].isalnum()) and (
            stop >= len(text) or not text[stop].isalnum()
        ):
            looked += 1
            m = _RUN_BEFORE.match(text, max(0, pos - 120), pos)
            if m is not None:
                run = m.group(2).split()
                for w in run:
                    female |= w in _FEMALE_TITLES or w in _FEMALE_NAMES
                    male |= w in _MALE_TITLES or w in _MALE_NAMES
                word = m.group(1)
                if word is not None:
                    low = word.lower()
                    female |= word in _FEMALE_TITLES or low in _FEMALE_WORDS
                    male |= word in _MALE_TITLES or low in _MALE_WORDS
            if not text.startswith(("'s", "’s"), stop):
                app = _APPOSITIVE.match(text, stop, min(len(text), stop + 70))
                if app is not None:
                    own = app.group(1).lower().split()
                    female |= not _FEMALE_WORDS.isdisjoint(own)
                    male |= not _MALE_WORDS.isdisjoint(own)
        pos = text.find(surname, stop)
    return None if female == male else female  # (both: two people of one name)

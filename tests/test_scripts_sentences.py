"""Sentences of news in scripts other than Latin: the sentence-final marks of Arabic, Persian,
Urdu, Hindi and Greek, and the Russian and Ukrainian words written short before a name."""

from __future__ import annotations

import pytest

from newsclaims import parse, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic and Persian question marks, with a space after them or not.
        (
            "هل ستنجح هذه الخطوة؟ يقول المحللون إن التضخم بلغ 35.7% في فبراير.",
            ["هل ستنجح هذه الخطوة؟", "يقول المحللون إن التضخم بلغ 35.7% في فبراير."],
        ),
        (
            "قیمت دلار به ۶۰ هزار تومان رسید؟ رئیس بانک مرکزی گفت که بازار آرام می‌شود.",
            ["قیمت دلار به ۶۰ هزار تومان رسید؟", "رئیس بانک مرکزی گفت که بازار آرام می‌شود."],
        ),
        # The Urdu full stop.
        (
            "اسٹیٹ بینک نے شرح سود 22 فیصد برقرار رکھی۔ گورنر نے کہا کہ مہنگائی کم ہو رہی ہے۔",
            [
                "اسٹیٹ بینک نے شرح سود 22 فیصد برقرار رکھی۔",
                "گورنر نے کہا کہ مہنگائی کم ہو رہی ہے۔",
            ],
        ),
        # The Devanagari danda, and a closing straight quote after it.
        (
            'रिज़र्व बैंक ने रेपो दर को 6.5 प्रतिशत पर स्थिर रखा। गवर्नर ने कहा, "महंगाई चिंता का विषय'
            ' है।" क्या दरें घटेंगी?',
            [
                "रिज़र्व बैंक ने रेपो दर को 6.5 प्रतिशत पर स्थिर रखा।",
                'गवर्नर ने कहा, "महंगाई चिंता का विषय है।"',
                "क्या दरें घटेंगी?",
            ],
        ),
        ("मुंबई में भारी बारिश हुई।स्कूल बंद रहे।", ["मुंबई में भारी बारिश हुई।", "स्कूल बंद रहे।"]),
        # Latin marks after the Arabic question mark stay with it.
        ("هل هذا معقول؟! لا أعتقد ذلك.", ["هل هذا معقول؟!", "لا أعتقد ذلك."]),
        ("هل هذا معقول؟... لا أعتقد ذلك.", ["هل هذا معقول؟...", "لا أعتقد ذلك."]),
        # A question after a quotation that opens no attribution is a sentence of its own.
        (
            '"هل سنرفع الضرائب؟" هذا هو السؤال.',
            ['"هل سنرفع الضرائب؟"', "هذا هو السؤال."],
        ),
        # Greek questions, with a semicolon or the Greek question mark.
        (
            "Θα υπάρξουν νέες μειώσεις; Οι αναλυτές εκτιμούν ότι ναι.",
            ["Θα υπάρξουν νέες μειώσεις;", "Οι αναλυτές εκτιμούν ότι ναι."],
        ),
        (
            "Πότε θα ανοίξει το μετρό\u037e Το υπουργείο δεν απάντησε.",
            ["Πότε θα ανοίξει το μετρό\u037e", "Το υπουργείο δεν απάντησε."],
        ),
    ],
)
def test_other_scripts_marks_end_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A Greek semicolon before a lower-case word, and any other semicolon, ends nothing.
        "Η κυβέρνηση αύξησε τους μισθούς; η αντιπολίτευση διαφώνησε.",
        "Prices rose; Greek shipowners (Αθήνα) complained.",
        "Sales rose 5%; Ωμέγα shares fell.",
        "The ministry said prices rose; The Times disagreed.",
    ],
)
def test_other_semicolons_end_nothing(text: str) -> None:
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Заседание прошло в здании на ул. Неглинной в центре Москвы.",
        "Выступил проф. Иванов из МГУ им. Ломоносова.",
        "Лекцию прочитал акад. Сахаров в Доме учёных на просп. Мира.",
        "Мітинг відбувся на вул. Хрещатик біля КНУ ім. Шевченка.",
        "Храм св. Николая стоит на пл. Победы.",
        "Школа им. А. С. Пушкина открылась после ремонта.",
        "Магазин открылся на пр. Мира в понедельник.",
        "Η συνάντηση έγινε στην οδ. Σταδίου το πρωί.",
        "Μίλησε ο καθ. Παπαδόπουλος στη λεωφ. Κηφισίας.",
    ],
)
def test_cyrillic_words_written_short_before_a_name_end_nothing(text: str) -> None:
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мы позвонили им. Они не ответили.", ["Мы позвонили им.", "Они не ответили."]),
        (
            "Учёные нашли новый ген. Он отвечает за рост.",
            ["Учёные нашли новый ген.", "Он отвечает за рост."],
        ),
        (
            "На складе хранились станки, инструменты и пр. Полиция опечатала склад.",
            ["На складе хранились станки, инструменты и пр.", "Полиция опечатала склад."],
        ),
    ],
)
def test_russian_words_like_a_title_written_short_end_their_sentence(
    text: str, expected: list[str]
) -> None:
    assert split_sentences(text) == expected


def test_cyrillic_sentences_still_end_after_a_plain_word() -> None:
    text = "Ставка выросла до 21%. Рынок отреагировал спокойно. Що буде далі? Експерти мовчать."
    assert split_sentences(text) == [
        "Ставка выросла до 21%.",
        "Рынок отреагировал спокойно.",
        "Що буде далі?",
        "Експерти мовчать.",
    ]


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "البنك المركزي يرفع الفائدة\n\n\u200fهل ستنجح الخطوة؟ \u200fيقول المحللون نعم.\n",
            "\u200fهل ستنجح الخطوة؟",
        ),
        (
            "भारी बारिश से मुंबई ठप\n\nमुंबई में भारी बारिश हुई। स्कूल बंद रहे। रेलवे ने 40 ट्रेनें रद्द कीं।\n",
            "स्कूल बंद रहे।",
        ),
        (
            "Νέο μετρό στη Θεσσαλονίκη\n\nΠότε θα ανοίξει; Το υπουργείο δεν απάντησε.",
            "Πότε θα ανοίξει;",
        ),
    ],
)
def test_spans_of_other_scripts_rebuild_the_text(text: str, sentence: str) -> None:
    doc = parse(text)
    assert doc.raw == text
    assert sentence in [doc.text[s.start : s.end] for s in doc.sentences]
    for claim in doc.claims:
        assert doc.text[claim.span.start : claim.span.end] == claim.text


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "रिज़र्व बैंक ने रेपो दर 6.5% पर बरकरार रखी",
            "भारतीय रिज़र्व बैंक ने शुक्रवार को रेपो दर को 6.5 प्रतिशत पर स्थिर रखा।",
        ),
        (
            "কলকাতায় ভারী বৃষ্টি, জলমগ্ন শহরের বিভিন্ন এলাকা",
            "মঙ্গলবার রাত থেকে টানা বৃষ্টিতে কলকাতার বিভিন্ন এলাকা জলমগ্ন হয়ে পড়েছে।",
        ),
        (
            "சென்னையில் கனமழை: பள்ளிகளுக்கு விடுமுறை",
            "சென்னையில் பெய்த கனமழையால் இன்று பள்ளிகளுக்கு விடுமுறை அறிவிக்கப்பட்டுள்ளது.",
        ),
    ],
)
def test_headline_with_vowel_signs_is_a_headline(headline: str, body: str) -> None:
    # Vowel signs are combining marks, not letters: such a headline counted as few letters.
    doc = parse(f"{headline}\n\n{body}\n")
    assert [doc.text[s.span.start : s.span.end] for s in doc.sections_of("headline")] == [headline]
    assert doc.claims[0].kind == "headline"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Купили хлеб, молоко и т.д. Затем пошли домой.",
            ["Купили хлеб, молоко и т.д.", "Затем пошли домой."],
        ),
        (
            "Продают телефоны, планшеты и т.п. Цены выросли на 10%.",
            ["Продают телефоны, планшеты и т.п.", "Цены выросли на 10%."],
        ),
        (
            "Він купив хліб, молоко тощо, т.ін. Потім пішов.",
            ["Він купив хліб, молоко тощо, т.ін.", "Потім пішов."],
        ),
        ("Это, т.е. Москва, столица.", ["Это, т.е. Москва, столица."]),
    ],
)
def test_and_so_on_written_short_ends_its_sentence(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected

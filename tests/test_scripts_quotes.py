"""Direct quotes in news written in scripts other than Latin: Chinese and Japanese corner
brackets, and the speakers and reporting verbs of Chinese, Japanese, Korean, Arabic, Persian,
Hebrew, Hindi, Russian, Ukrainian and Greek quotations."""

from __future__ import annotations

import pytest

from newsclaims import parse


def _quote(body: str, words: str) -> tuple[str, str | None, str | None]:
    doc = parse(body)
    for claim in doc.claims:
        assert doc.text[claim.span.start : claim.span.end] == claim.text
        if words in claim.text:
            return claim.kind, claim.speaker, claim.verb
    raise AssertionError(f"no claim holds {words!r}")


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        # Japanese: the subject before the quotation, the verb after it.
        (
            "日本銀行は２０日、政策金利を据え置いた。植田和男総裁は記者会見で「物価の先行きには"
            "不確実性が大きい」と述べた。",
            "不確実性",
            ("quote", "植田和男総裁", "述べた"),
        ),
        (
            "トヨタ自動車は新型車を発表した。佐藤恒治社長は『電動化を加速する』と語った。",
            "電動化",
            ("quote", "佐藤恒治社長", "語った"),
        ),
        (
            "台風10号が上陸した。「早めに避難してほしい」と気象庁の担当者は呼びかけた。",
            "避難",
            ("quote", "気象庁の担当者", "呼びかけた"),
        ),
        (
            "首相は会見を開いた。彼は「全力で取り組む」と強調した。",
            "全力",
            ("quote", None, "強調した"),
        ),
        # A quotation inside a quotation, in 『』 inside 「」: one quotation.
        (
            "市長は会見を開いた。山田太郎市長は「市民から『もっと早く』という声が届いている」と"
            "話した。",
            "市民から",
            ("quote", "山田太郎市長", "話した"),
        ),
        # Words of where or to whom between the quotation and the verb.
        (
            "政府は新たな対策を発表した。岸田首相は「全力で取り組む」と記者団に語った。",
            "全力",
            ("quote", "岸田首相", "語った"),
        ),
        (
            "政府は新たな対策を発表した。「全力で取り組む」と岸田首相は会見で強調した。",
            "全力",
            ("quote", "岸田首相", "強調した"),
        ),
        # Chinese, simplified and traditional: the verb before or after the quotation.
        (
            "外交部举行例行记者会。“中方坚决反对任何形式的霸凌行为，”毛宁说。",
            "霸凌",
            ("quote", "毛宁", "说"),
        ),
        (
            "台積電今天公布財報。董事長魏哲家表示：「AI需求非常強勁。」",
            "AI需求",
            ("quote", "董事長魏哲家", "表示"),
        ),
        (
            "台積電今天公布財報。「我們對未來充滿信心，」魏哲家說。",
            "充滿信心",
            ("quote", "魏哲家", "說"),
        ),
        (
            "国务院召开常务会议。他表示：“我们有信心实现这一目标。”",
            "有信心",
            ("quote", None, "表示"),
        ),
        (
            "外交部发言人毛宁在例行记者会上表示：“中方对此高度关注。”",
            "高度关注",
            ("quote", "外交部发言人毛宁", "表示"),
        ),
        # Korean: the subject before the quotation, 라고 or 고 and the verb after it.
        (
            '한국은행이 금리를 내렸다. 이창용 총재는 "경기 하방 위험이 커졌다"라고 말했다.',
            "하방",
            ("quote", "이창용 총재", "말했다"),
        ),
        (
            '정부가 대책을 발표했다. 그는 "추가 대책은 없다"고 밝혔다.',
            "추가 대책",
            ("quote", None, "밝혔다"),
        ),
        # Arabic, Persian, Hebrew and Hindi: a verb and a colon or comma before the quotation.
        (
            "رفع البنك المركزي أسعار الفائدة. وقال محافظ البنك حسن عبد الله: «نحن ملتزمون بخفض"
            " التضخم».",
            "ملتزمون",
            ("quote", "محافظ البنك حسن عبد الله", "قال"),
        ),
        # An Arabic speaker ends before a preposition or "to the journalists".
        (
            "أعلنت الحكومة خطة جديدة. وقالت وزيرة التخطيط هالة السعيد في بيان: «النمو سيتجاوز 4%».",
            "النمو",
            ("quote", "وزيرة التخطيط هالة السعيد", "قالت"),
        ),
        (
            "أعلنت الحكومة خطة جديدة. «النمو سيتجاوز 4%»، قال وزير المالية محمد معيط للصحفيين.",
            "النمو",
            ("quote", "وزير المالية محمد معيط", "قال"),
        ),
        (
            "قیمت دلار افزایش یافت. رئیس بانک مرکزی گفت: «بازار ارز به زودی آرام می‌شود.»",
            "بازار ارز",
            ("quote", "رئیس بانک مرکزی", "گفت"),
        ),
        (
            'בנק ישראל הותיר את הריבית. הנגיד אמיר ירון אמר: "האינפלציה עדיין גבוהה".',
            "האינפלציה",
            ("quote", "הנגיד אמיר ירון", "אמר"),
        ),
        (
            'रिज़र्व बैंक ने दर स्थिर रखी। गवर्नर शक्तिकांत दास ने कहा, "महंगाई चिंता का विषय है।"',
            "महंगाई",
            ("quote", "गवर्नर शक्तिकांत दास", "कहा"),
        ),
        # The verb after the quotation: first in Hebrew, last in Persian and Hindi.
        (
            'בנק ישראל הותיר את הריבית. "האינפלציה עדיין גבוהה", אמר הנגיד אמיר ירון.',
            "האינפלציה",
            ("quote", "הנגיד אמיר ירון", "אמר"),
        ),
        (
            "قیمت دلار افزایش یافت. «بازار آرام می‌شود»، رئیس بانک مرکزی گفت.",
            "بازار",
            ("quote", "رئیس بانک مرکزی", "گفت"),
        ),
        (
            'रिज़र्व बैंक ने दर स्थिर रखी। "महंगाई चिंता का विषय है," दास ने कहा।',
            "महंगाई",
            ("quote", "दास", "कहा"),
        ),
        (
            'रिज़र्व बैंक ने दर स्थिर रखी। "महंगाई चिंता का विषय है," उन्होंने कहा।',
            "महंगाई",
            ("quote", None, "कहा"),
        ),
        # Russian, Ukrainian and Greek guillemets with the verb and speaker after them.
        (
            "Банк России повысил ставку. «Инфляция остается высокой», — сказала глава ЦБ Эльвира"
            " Набиуллина.",
            "Инфляция",
            ("quote", "Эльвира Набиуллина", "сказала"),
        ),
        (
            "НБУ знизив ставку. «Інфляція сповільнюється», — заявив голова НБУ Андрій Пишний.",
            "Інфляція",
            ("quote", "Андрій Пишний", "заявив"),
        ),
        (
            "Η ΕΚΤ μείωσε τα επιτόκια. «Η πορεία του πληθωρισμού είναι ενθαρρυντική», δήλωσε η"
            " πρόεδρος Κριστίν Λαγκάρντ.",
            "ενθαρρυντική",
            ("quote", "Κριστίν Λαγκάρντ", "δήλωσε"),
        ),
    ],
)
def test_quotes_in_other_scripts_name_their_speaker(
    body: str, words: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert _quote(body, words) == expected


@pytest.mark.parametrize(
    ("body", "words"),
    [
        # A title in corner brackets, or a word quoted with no verb, quotes no one's words.
        ("村上春樹の新作『街とその不確かな壁』が発売された。初版は30万部だった。", "新作"),
        ("政府は「異次元の少子化対策」を打ち出した。予算は3兆円規模となる。", "少子化"),
        ("専門家の間では「時期尚早」との見方が強い。", "時期尚早"),
        ("國家統計局公布數據。專家認為，「軟著陸」的可能性正在上升。", "軟著陸"),
        ("البرلمان يناقش قانون «الإيجار القديم» الأسبوع المقبل.", "الإيجار"),
        # "called": a name in brackets before the dictionary form of "say" and a noun.
        ("「ゴジラ」と言う映画は1954年に公開された。", "ゴジラ"),
    ],
)
def test_marked_words_without_a_speaker_stay_statements(body: str, words: str) -> None:
    assert _quote(body, words) == ("statement", None, None)


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        (
            "«هل سنرفع الضرائب؟» قال وزير المالية محمد معيط للصحفيين.",
            "الضرائب",
            ("quote", "وزير المالية محمد معيط", "قال"),
        ),
        (
            '"हम दरें नहीं बढ़ाएंगे।" गवर्नर शक्तिकांत दास ने कहा।',
            "दरें",
            ("quote", "गवर्नर शक्तिकांत दास", "कहा"),
        ),
    ],
)
def test_a_question_or_danda_closing_a_quotation_keeps_its_speaker(
    body: str, words: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert _quote(body, words) == expected
    assert len(parse(body).claims) == 1


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"Vamos a crecer", dijo ONU Mujeres Argentina.', "ONU Mujeres Argentina"),
        ("«Nous allons investir», a déclaré SNCF Voyageurs Sud.", "SNCF Voyageurs Sud"),
        ('"Investiremo", ha detto UBS Italia Spa.', "UBS Italia Spa"),
    ],
)
def test_initials_opening_a_latin_name_stay_in_it(body: str, speaker: str) -> None:
    assert _quote(body, body[1:8])[1] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "«Δεν θα αυξήσουμε τους φόρους», δήλωσε η πρόεδρος της Βουλής.",
            "η πρόεδρος της Βουλής",
        ),
        (
            "«Δεν θα αυξήσουμε τους φόρους», δήλωσε ο υπουργός Οικονομικών Κωστής Χατζηδάκης.",
            "Κωστής Χατζηδάκης",
        ),
        ("«Мы не будем повышать ставку», — сказала глава ЦБ.", "глава ЦБ"),
        ("«Будем работать дальше», — сказал глава МИД РФ Сергей Лавров.", "Сергей Лавров"),
        ("«Мы не уйдём», — заявил Олег Иванов ТАСС.", "Олег Иванов"),
        ("«Будем работать», — сказал ТАСС Дмитрий Песков.", "Дмитрий Песков"),
        (
            "«Ставка останется», — заявил министр Антон Германович Силуанов.",
            "Антон Германович Силуанов",
        ),
    ],
)
def test_greek_and_russian_roles_and_initials_around_a_name(body: str, speaker: str) -> None:
    assert _quote(body, body[1:8])[1] == speaker


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("首相は「全力で取り組む」と話す。", ("quote", "首相", "話す")),
        ("首相は「全力で取り組む」と語る", ("quote", "首相", "語る")),
    ],
)
def test_a_japanese_verb_in_its_dictionary_form_ending_the_sentence(
    body: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert _quote(body, "全力") == expected


def test_a_hebrew_quotation_opening_the_text_has_its_speaker() -> None:
    body = '"לא נעלה את הריבית", אמר הנגיד אמיר ירון.'
    assert _quote(body, "הריבית") == ("quote", "הנגיד אמיר ירון", "אמר")

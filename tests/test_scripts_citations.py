"""Citations in AI summaries written in scripts other than Latin: markers glued to a word that
holds a digit (no spaces in Chinese and Japanese, counters in Korean) and reference entries
whose publisher comes before a title in guillemets, Chinese title marks or Arabic quotes."""

from __future__ import annotations

import pytest

from newsclaims import parse, parse_entry_body, split_sentences


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("これは17年ぶりの高水準である[2]。", ("2",)),
        ("円相場は一時1ドル＝154円台まで上昇した[2]。", ("2",)),
        ("第四季度GDP增长5.4%，高于市场预期[2]。", ("2",)),
        ("韓國銀行在11月28日降息25個基點[2]。", ("2",)),
        ("기준금리는 2024년[2] 두 차례 인하됐다.", ("2",)),
        ("Ставка выросла до 21% в 2024г[2].", ("2",)),
    ],
)
def test_marker_after_a_word_of_another_script_with_a_digit(
    sentence: str, labels: tuple[str, ...]
) -> None:
    text = (
        f"中央銀行は金利を据え置いた[1]。{sentence}\n\n参考文献\n"
        "[1] ロイター「金利据え置き」https://jp.reuters.com/a\n"
        "[2] 日本経済新聞「円相場」https://www.nikkei.com/b\n"
    )
    doc = parse(text)
    assert [m.labels for m in doc.markers] == [("1",), labels]
    assert not [f for f in doc.findings if f.kind in ("unused_citation", "uncited_claim")]


@pytest.mark.parametrize(
    "code",
    ["x17[2] = 3", "values = arr2[0]", "matrix m3[1] holds"],
)
def test_identifier_with_index_is_still_no_marker(code: str) -> None:
    doc = parse(f"The script sets {code} before it runs.\n")
    assert doc.markers == ()


@pytest.mark.parametrize(
    ("body", "title", "publisher"),
    [
        (
            "新华网：《2024年国民经济运行稳中有进》，https://www.news.cn/a.htm",
            "2024年国民经济运行稳中有进",
            "新华网",
        ),
        (
            "财新网《四季度GDP增速超预期》 https://www.caixin.com/b.html",
            "四季度GDP增速超预期",
            "财新网",
        ),
        (
            "РБК, «ЦБ повысил ставку до 21%», https://www.rbc.ru/a",
            "ЦБ повысил ставку до 21%",
            "РБК",
        ),
        (
            "Καθημερινή, «Η ΕΚΤ μειώνει τα επιτόκια», https://www.kathimerini.gr/a",
            "Η ΕΚΤ μειώνει τα επιτόκια",
            "Καθημερινή",
        ),
        (
            'رويترز، "المركزي المصري يرفع الفائدة"، https://www.reuters.com/ar/a',
            "المركزي المصري يرفع الفائدة",
            "رويترز",
        ),
        (
            "Le Monde, «La BCE baisse ses taux», https://www.lemonde.fr/a",
            "La BCE baisse ses taux",
            "Le Monde",
        ),
    ],
)
def test_publisher_then_title_in_other_marks(body: str, title: str, publisher: str) -> None:
    entry = parse_entry_body(body)
    assert (entry["title"], entry["publisher"]) == (title, publisher)
    assert entry["url"] is not None


@pytest.mark.parametrize(
    ("body", "title", "publisher"),
    [
        (
            'Le Monde, "La réforme «historique» adoptée par le Sénat"',
            "La réforme «historique» adoptée par le Sénat",
            "Le Monde",
        ),
        ('AFP, "Macron: «Nous ne céderons pas»"', "Macron: «Nous ne céderons pas»", "AFP"),
        ("Коммерсантъ, «ЦБ: „ставка останется“»", "ЦБ: „ставка останется“", "Коммерсантъ"),
    ],
)
def test_guillemets_inside_a_quoted_title_stay_in_it(body: str, title: str, publisher: str) -> None:
    entry = parse_entry_body(body)
    assert (entry["title"], entry["publisher"]) == (title, publisher)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "日銀は利上げした。[1] 次に円が上がった。[2][3]",
            ["日銀は利上げした。[1]", "次に円が上がった。[2][3]"],
        ),
        (
            "日銀は利上げした。【1】円が上がった。【2、3】",
            ["日銀は利上げした。【1】", "円が上がった。【2、3】"],
        ),
        (
            "他说：“我们有信心。”[1]专家认为仍需观察。",
            ["他说：“我们有信心。”[1]", "专家认为仍需观察。"],
        ),
        (
            'गवर्नर ने कहा, "विकास ज़रूरी है।"[1] यह पहली कटौती है।[2]',
            ['गवर्नर ने कहा, "विकास ज़रूरी है।"[1]', "यह पहली कटौती है।[2]"],
        ),
        ("هل ستنجح الخطوة؟ [1] يقول المحللون نعم.", ["هل ستنجح الخطوة؟ [1]", "يقول المحللون نعم."]),
    ],
)
def test_markers_after_other_scripts_stops_cite_their_sentence(
    text: str, expected: list[str]
) -> None:
    assert split_sentences(text) == expected

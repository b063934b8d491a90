"""Full-page scrapes of news in Chinese, Japanese, Korean and Thai: the cleaner keeps the
article (its last paragraph with an editor's credit, its headline over a byline) and removes
the page's furniture in those languages (bylines, credits, Thai date stamps and menus)."""

from __future__ import annotations

import pytest

from newsclaims import parse
from newsclaims.default_plugins._lines import byline

_CNA = """首頁 政治 財經 國際 社會 娛樂
訂閱電子報

台積電第三季獲利創新高

2024/10/17 14:30（10/17 16:05 更新）
{byline}

【中央社台北10月17日電】台積電今天公布第三季財報，稅後純益達新台幣3252.6億元，年增54.2%。董事長魏哲家表示：「AI需求非常強勁。」

{last}

延伸閱讀
聯發科營收創同期新高
外資連三日賣超台股

本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。
"""


@pytest.mark.parametrize(
    ("last", "credit"),
    [
        (
            "分析師指出，台積電股價今年已上漲約80%。（編輯：林淑媛）1131017",
            "（編輯：林淑媛）1131017",
        ),
        ("分析師指出，台積電股價今年已上漲約80%。（編輯：林淑媛）", "（編輯：林淑媛）"),
        ("分析师指出，台积电股价今年已上涨约80%。【责任编辑：王芳】", "【责任编辑：王芳】"),
        ("市場では来年の利上げ観測が強まっている。（共同）", "（共同）"),
    ],
)
def test_last_paragraph_with_a_credit_stays_and_its_credit_goes(last: str, credit: str) -> None:
    raw = _CNA.format(byline="記者張家豪／台北報導", last=last)
    doc = parse(raw)
    assert last.removesuffix(credit) in doc.text
    assert credit not in doc.text
    assert [r.reason for r in doc.removals if r.text == credit] == ["credit"]
    assert doc.raw == raw


@pytest.mark.parametrize(
    "byline",
    ["記者張家豪／台北報導", "记者 王磊 报道", "文／陳美玲", "記者王小明、李大華／綜合報導"],
)
def test_byline_under_the_headline_is_no_headline(byline: str) -> None:
    doc = parse(_CNA.format(byline=byline, last="分析師指出，台積電股價今年已上漲約80%。"))
    assert doc.title == "台積電第三季獲利創新高"
    assert byline not in doc.text


@pytest.mark.parametrize(
    "line",
    ["김철수 기자 kim@example.co.kr", "이영희 특파원", "記者張家豪／台北報導", "责任编辑：王芳"],
)
def test_cjk_and_korean_bylines(line: str) -> None:
    assert byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "記者會上，魏哲家表示需求強勁。",
        "记者从国家统计局获悉，GDP增长5%。",
        "기자회견에서 총재는 금리를 동결했다.",
        "记者调查：外卖骑手的一天",
        "記者会見で首相が退陣を表明",
    ],
)
def test_sentences_about_reporters_are_no_bylines(line: str) -> None:
    assert not byline(line)


@pytest.mark.parametrize("line", ["记者：王磊", "记者王磊", "記者 山田太郎", "记者 王磊 北京报道"])
def test_a_reporter_s_names_after_the_word_are_a_byline(line: str) -> None:
    assert byline(line)


@pytest.mark.parametrize(
    ("raw", "headline"),
    [
        (
            "记者调查：外卖骑手的一天\n2024-05-12 08:30\n"
            "清晨六点，北京的外卖骑手李明已经开始了一天的工作。他每天要跑五十多单，收入大约三百元。\n"
            "据美团发布的数据，2023年全国外卖骑手人数超过七百万人，比前一年增长百分之十。\n",
            "记者调查：外卖骑手的一天",
        ),
        (
            "記者会見で首相が退陣を表明\n"
            "岸田文雄首相は14日、首相官邸で記者会見を開き、9月の自民党総裁選に立候補しない考えを表明した。\n"
            "内閣支持率は20%台に低迷しており、党内からは退陣を求める声が強まっていた。\n",
            "記者会見で首相が退陣を表明",
        ),
    ],
)
def test_a_headline_opening_with_the_word_for_a_reporter_stays_the_headline(
    raw: str, headline: str
) -> None:
    doc = parse(raw)
    assert doc.title == headline
    assert headline in doc.text


_THAI_PARAGRAPH = (
    "คณะกรรมการนโยบายการเงินมีมติเอกฉันท์ให้คงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละ 2.50 ต่อปี"
    " ผู้ว่าการธนาคารแห่งประเทศไทยกล่าวว่าเศรษฐกิจไทยยังคงฟื้นตัวอย่างต่อเนื่อง"
)
_THAI = """หน้าแรก
ข่าว
เศรษฐกิจ
กีฬา
เข้าสู่ระบบ

{headline}

{stamp}

{para}

ข่าวที่เกี่ยวข้อง
ค่าเงินบาทแข็งค่า
ตลาดหุ้นไทยปรับตัวขึ้น

© 2567 สงวนลิขสิทธิ์
"""


@pytest.mark.parametrize(
    ("headline", "stamp"),
    [
        ("ธปท.คงดอกเบี้ยนโยบายที่ 2.50%", "วันที่ 18 ธันวาคม 2567 เวลา 15:30 น."),
        ("กนง.มีมติคงดอกเบี้ยนโยบาย", "18 ธ.ค. 2567 15:30 น."),
        ("ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ย", "เผยแพร่ 5 มกราคม 2568"),
    ],
)
def test_thai_page_keeps_its_headline_and_drops_its_date_stamp(headline: str, stamp: str) -> None:
    doc = parse(_THAI.format(headline=headline, stamp=stamp, para=_THAI_PARAGRAPH))
    assert doc.title == headline
    assert stamp not in doc.text
    assert "เข้าสู่ระบบ" not in doc.text
    assert doc.body.startswith("คณะกรรมการนโยบายการเงิน")

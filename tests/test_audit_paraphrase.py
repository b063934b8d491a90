"""Key points that paraphrase an article faithfully, and ones with one fact altered.

Twelve short articles written for these tests, each with faithful paraphrases of its sentences
(other words, the same facts) and points with one number, name, date, ordinal or direction
changed. The support check knows no synonyms, so some paraphrases stay flagged; these counts
are what docs/explanation/audit.md reports, and a change to the checker must not lower them.
"""

from __future__ import annotations

import newsclaims

#: (body, faithful points, altered points)
CASES = [
    (
        (
            "The European Parliament approved a revised methane regulation for oil and gas "
            "imports on Thursday, with 412 votes in favour and 187 against. The rules require "
            "importers to report emissions data from 2027 and to meet equivalent monitoring "
            "standards by 2030. Environmental groups welcomed the vote but said the penalties "
            "were too weak."
        ),
        [
            "The vote passed with 412 votes in favour.",
            "Importers will have to report emissions data starting in 2027.",
            "Green groups praised the vote but called the penalties weak.",
        ],
        [
            "The vote passed with 421 votes in favour.",
            "Importers will have to report emissions data starting in 2028.",
        ],
    ),
    (
        (
            "Japan's exports rose 7.3% in March from a year earlier, led by shipments of cars and"
            " chips to the United States. Imports fell 2.2%, leaving a trade surplus of 559 "
            "billion yen. Economists polled by Reuters had expected exports to grow 6.8%."
        ),
        [
            "Exports grew 7.3% in March compared with a year before.",
            "Imports declined 2.2%.",
            "Economists had forecast export growth of 6.8%.",
        ],
        ["Imports rose 2.2%.", "Exports grew 7.3% in April compared with a year before."],
    ),
    (
        (
            "Chile's central bank held its benchmark rate at 4.75% on Tuesday, citing sticky "
            "services inflation. The board said the decision was unanimous and that it expects to"
            " resume easing in the second half of the year. Copper prices rose 3% over the week."
        ),
        [
            "The central bank kept its key rate at 4.75%.",
            "The board's decision was unanimous.",
            "The bank expects to resume cutting rates in the second half of the year.",
        ],
        ["The central bank kept its key rate at 5.75%."],
    ),
    (
        (
            "Kenya's parliament passed the finance bill on Tuesday after a heated debate. The "
            "bill raises excise duty on mobile money transfers from 15% to 20%. Opposition "
            "lawmakers walked out before the final vote, saying the tax would hurt small traders."
        ),
        [
            "Lawmakers in Kenya approved the finance bill on Tuesday.",
            "Excise duty on mobile money transfers goes up from 15% to 20%.",
            "Opposition MPs walked out before the final vote.",
        ],
        [
            "Excise duty on mobile money transfers goes down from 15% to 20%.",
            "Lawmakers in Uganda approved the finance bill on Tuesday.",
        ],
    ),
    (
        (
            "Norway's sovereign wealth fund posted a first-half return of 8.6%, its manager said "
            "on Wednesday. The fund, worth about 19 trillion crowns, gained most from technology "
            "stocks. Chief executive Nicolai Tangen warned that returns would be harder to come "
            "by if interest rates stayed high."
        ),
        [
            "The fund returned 8.6% in the first half of the year.",
            "Technology stocks drove most of the fund's gains.",
            "Tangen cautioned that returns would be harder to achieve if rates stay high.",
        ],
        [
            "The fund returned 6.8% in the first half of the year.",
            "Chief executive Jens Stoltenberg warned that returns would be harder to come by.",
        ],
    ),
    (
        (
            "The Panama Canal Authority raised the number of daily transit slots to 36 in "
            "January, after heavy rainfall refilled Gatun Lake. The authority had cut slots to as"
            " few as 22 a day during the 2023 drought. Administrator Ricaurte Vásquez said water "
            "levels were now the highest in two years."
        ),
        [
            "Daily transit slots were increased to 36 in January.",
            "During the 2023 drought, slots were cut to 22 a day.",
            "Vásquez said water levels were at a two-year high.",
        ],
        [
            "Daily transit slots were increased to 36 in June.",
            "During the 2023 drought, slots were cut to 12 a day.",
        ],
    ),
    (
        (
            "Indonesia lifted its ban on palm oil exports on May 23 after domestic cooking oil "
            "prices eased. President Joko Widodo said supplies had improved. Malaysian palm oil "
            "futures fell 4% after the announcement, the biggest one-day drop in a month."
        ),
        [
            "Indonesia ended its palm oil export ban on May 23.",
            "Widodo said supplies had got better.",
            "Malaysian palm oil futures dropped 4% after the news.",
        ],
        [
            "Malaysian palm oil futures rose 4% after the news.",
            "Indonesia ended its palm oil export ban on May 13.",
        ],
    ),
    (
        (
            "Worldwide semiconductor sales reached $627.6 billion in 2024, up 19.1% from the year"
            " before. Demand for memory chips used in AI servers drove most of the growth. Sales "
            "in Europe fell 8.1%, the only region to decline."
        ),
        [
            "Global chip sales hit $627.6 billion in 2024.",
            "Memory chips for AI servers accounted for most of the growth.",
            "Europe was the only region where sales declined.",
        ],
        [
            "Global chip sales hit $672.6 billion in 2024.",
            "Sales in Asia fell 8.1%, the only region to decline.",
        ],
    ),
    (
        (
            "Germany's Bundesbank cut its 2025 growth forecast to 0.2% from 0.8% on Friday, "
            "blaming weak industrial orders and US tariffs. President Joachim Nagel said the "
            "economy would likely stagnate this year. The bank expects growth to pick up to 1.0% "
            "in 2026."
        ),
        [
            "The Bundesbank lowered its 2025 growth forecast to 0.2%.",
            "Nagel said the economy would probably stagnate this year.",
            "Growth is expected to recover to 1.0% in 2026.",
        ],
        [
            "The Bundesbank raised its 2025 growth forecast to 0.2%.",
            "Growth is expected to recover to 1.5% in 2026.",
        ],
    ),
    (
        (
            "Air New Zealand will buy eight Boeing 787 jets to replace its ageing fleet, chief "
            "executive Greg Foran said on Monday. The first aircraft will arrive in 2027. The "
            "deal is worth about NZ$3 billion at list prices."
        ),
        [
            "Air New Zealand is purchasing eight Boeing 787s.",
            "The first plane is due in 2027.",
            "Foran said the jets will replace the ageing fleet.",
        ],
        [
            "Air New Zealand is purchasing eighteen Boeing 787s.",
            "Qantas is purchasing eight Boeing 787s.",
        ],
    ),
    (
        (
            "South Korea's unemployment rate rose to 3.1% in February, the statistics agency said"
            " on Wednesday. The number of people employed increased by 136,000 from a year "
            "earlier. Manufacturing jobs declined for the eighth straight month."
        ),
        [
            "Unemployment in South Korea climbed to 3.1% in February.",
            "Employment grew by 136,000 compared with a year before.",
            "Manufacturing jobs fell for an eighth consecutive month.",
        ],
        [
            "Unemployment in South Korea fell to 3.1% in February.",
            "Employment grew by 163,000 compared with a year before.",
        ],
    ),
    (
        (
            "Brazil's Petrobras reported a net profit of 32.6 billion reais for the third "
            "quarter, beating analyst estimates. Chief executive Magda Chambriard said the "
            "company would keep investing in new offshore platforms. Oil output rose 5% from the "
            "previous quarter."
        ),
        [
            "Petrobras earned 32.6 billion reais in the third quarter.",
            "Chambriard said investment in offshore platforms would continue.",
            "Oil production increased 5% from the prior quarter.",
        ],
        [
            "Petrobras earned 32.6 billion reais in the second quarter.",
            "Oil production decreased 5% from the prior quarter.",
        ],
    ),
]


def _flags() -> tuple[list[str], list[str]]:
    """The faithful points flagged and the altered points caught, over all the cases."""
    false_flags, caught = [], []
    for body, faithful, altered in CASES:
        text = body + "\n\nKey points:\n" + "".join(f"- {p}\n" for p in faithful + altered)
        doc = newsclaims.parse(text)
        assert [c.text for c in doc.claims if c.kind == "key_point"] == faithful + altered
        flagged = {
            doc.claims[f.claim].text
            for f in doc.findings
            if f.kind == "unsupported_claim" and f.claim is not None
        }
        false_flags += [p for p in faithful if p in flagged]
        caught += [p for p in altered if p in flagged]
    return false_flags, caught


def test_faithful_paraphrases_are_seldom_flagged_and_altered_facts_caught() -> None:
    false_flags, caught = _flags()
    assert sum(len(f) for _, f, _ in CASES) == 36 and sum(len(a) for _, _, a in CASES) == 23
    # Flagged: "Green groups praised" for "Environmental groups welcomed", "supplies had got
    # better" for "supplies had improved" (synonyms).
    assert len(false_flags) <= 2, false_flags
    # Missed: "eighteen" for "eight" (a number in words), "goes down" for "raises".
    assert len(caught) >= 21, caught

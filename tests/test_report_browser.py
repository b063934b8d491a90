"""The HTML report in a real browser: Debian's Chromium, headless, driven through chromedriver.

Nothing here downloads a browser: Selenium is given the system chromedriver and Chromium
explicitly, so Selenium Manager never runs. Where they are missing (``make test`` installs
them when it can), the module is skipped with one line saying why. Screenshots are saved under
``test-artifacts/``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import regex

import newsclaims
from newsclaims import Citation, Document, Finding, Marker, Removal, Section, Span, hookimpl
from newsclaims.testing import manager_with

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "examples").glob("*.txt"))
ARTIFACTS = ROOT / "test-artifacts"

if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
    pytest.skip(
        f"browser tests need Debian's chromium and chromium-driver ({CHROMIUM}, {CHROMEDRIVER});"
        " install them with: apt-get install -y chromium chromium-driver",
        allow_module_level=True,
    )

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

TAG = "report-test"


class Annotate:
    """Guarantees every document has a removal, a headline, a marker, an entry and findings.

    The rules are general: the first non-blank line is the headline and the last one a
    reference entry; the first line ending without sentence punctuation is removed, unless it is the
    only one; a marker citing the entry covers the first word of the body;
    each document gets one finding on its last claim and one on the span of its first claim.
    """

    @hookimpl
    def newsclaims_register_cleaners(self, register):  # type: ignore[no-untyped-def]
        def cleaner(doc: Document) -> Iterable[Removal]:
            pos = 0
            for line in doc.raw.splitlines(keepends=True)[:-1]:
                text = line.strip()
                if pos and text and text[-1] not in ".!?\"'”’":
                    yield Removal(span=Span(pos, pos + len(line)), reason="a line without a stop")
                    return
                pos += len(line)

        register("no-stop", cleaner)

    @hookimpl
    def newsclaims_register_sectioners(self, register):  # type: ignore[no-untyped-def]
        def sectioner(doc: Document) -> Iterable[Section]:
            lines = [m.span() for m in regex.finditer(r"[^\n]*\S[^\n]*", doc.text)]
            if len(lines) >= 3:
                yield Section("headline", Span(*lines[0]))
                yield Section("references", Span(*lines[-1]))

        register("ends", sectioner)

    @hookimpl
    def newsclaims_register_citation_parsers(self, register):  # type: ignore[no-untyped-def]
        def parser(doc: Document) -> Iterable[Marker | Citation]:
            refs = doc.sections_of("references")
            if refs:
                yield Citation(label=TAG, raw=refs[0].span.slice(doc.text), span=refs[0].span)
            body = doc.sections_of("body")
            word = regex.search(r"\w+", doc.text, pos=body[0].span.start) if body else None
            if word is not None:
                yield Marker(span=Span(*word.span()), labels=(TAG,), style="test")

        register("ends", parser)

    @hookimpl
    def newsclaims_register_auditors(self, register):  # type: ignore[no-untyped-def]
        def auditor(doc: Document) -> Iterable[Finding]:
            if doc.claims:
                last = len(doc.claims) - 1
                yield Finding(kind="test_last_claim", message="the last claim", claim=last)
                yield Finding(
                    kind="test_first_span",
                    message="the first claim's span",
                    severity="note",
                    span=doc.claims[0].span,
                )

        register("ends", auditor)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="newsclaims-chromium-")
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1280,800",
    ):
        options.add_argument(arg)
    try:
        driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    except WebDriverException as exc:
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(f"Chromium could not start headless: {exc.msg}")
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Document]]:
    out = tmp_path_factory.mktemp("reports")
    pm = manager_with(Annotate())
    pages = {}
    for sample in SAMPLES:
        doc = newsclaims.parse_file(sample, plugin_manager=pm)
        page = out / f"{sample.stem}.html"
        page.write_text(newsclaims.render_report(doc), encoding="utf-8")
        pages[sample.stem] = (page, doc)
    return pages


def in_view(driver, element) -> bool:  # type: ignore[no-untyped-def]
    return bool(
        driver.execute_script(
            "const r = arguments[0].getBoundingClientRect();"
            "return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;",
            element,
        )
    )


def scroll_to_top(driver) -> None:  # type: ignore[no-untyped-def]
    driver.execute_script("window.scrollTo(0, 0)")


def open_report(driver, reports, name: str) -> Document:  # type: ignore[no-untyped-def]
    page, doc = reports[name]
    driver.get(page.as_uri())
    return doc  # type: ignore[no-any-return]


def finding(doc: Document, kind: str) -> int:
    return next(i for i, f in enumerate(doc.findings) if f.kind == kind)


def test_there_are_samples() -> None:
    assert len(SAMPLES) >= 2


@pytest.mark.parametrize("name", [s.stem for s in SAMPLES])
def test_clicking_a_finding_scrolls_to_its_claim_and_highlights_it(
    browser, reports, name: str
) -> None:  # type: ignore[no-untyped-def]
    doc = open_report(browser, reports, name)
    index = finding(doc, "test_last_claim")
    claim = doc.claims[doc.findings[index].claim]
    target = browser.find_element(By.ID, f"nc-claim-{doc.findings[index].claim}")
    link = browser.find_element(By.CSS_SELECTOR, f"#nc-finding-{index} a.nc-finding-link")
    assert "nc-active" not in target.get_attribute("class")
    assert not in_view(browser, target)  # the last claim is below the fold at first
    link.click()
    assert "nc-active" in target.get_attribute("class")
    assert in_view(browser, target)
    assert browser.switch_to.active_element == target
    # The highlight is on the claim's characters, all fragments together.
    fragments = browser.find_elements(By.CSS_SELECTOR, f'[data-nc="{target.get_attribute("id")}"]')
    shown = "".join(f.get_attribute("textContent") for f in fragments)
    assert shown == doc.raw_span(claim.span).slice(doc.raw)
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / f"report-{name}-finding.png"))


@pytest.mark.parametrize("name", [s.stem for s in SAMPLES])
def test_a_span_finding_highlights_its_span_and_moves_the_highlight(
    browser, reports, name: str
) -> None:  # type: ignore[no-untyped-def]
    doc = open_report(browser, reports, name)
    index = finding(doc, "test_first_span")
    other = finding(doc, "test_last_claim")
    browser.find_element(By.CSS_SELECTOR, f"#nc-finding-{other} a").click()
    browser.find_element(By.CSS_SELECTOR, f"#nc-finding-{index} a").click()
    span = browser.find_element(By.ID, f"nc-fspan-{index}")
    assert "nc-active" in span.get_attribute("class")
    assert in_view(browser, span)
    previous = browser.find_element(By.ID, f"nc-claim-{doc.findings[other].claim}")
    assert "nc-active" not in previous.get_attribute("class")


@pytest.mark.parametrize("name", [s.stem for s in SAMPLES])
def test_clicking_a_marker_lands_on_its_entry_and_back(browser, reports, name: str) -> None:  # type: ignore[no-untyped-def]
    doc = open_report(browser, reports, name)
    m = next(i for i, m in enumerate(doc.markers) if TAG in m.labels)
    entry_index = next(i for i, c in enumerate(doc.citations) if c.label == TAG)
    marker = browser.find_element(By.ID, f"nc-marker-{m}")
    marker.click()
    entry = browser.find_element(By.ID, f"nc-entry-{entry_index}")
    assert browser.current_url.endswith(f"#nc-entry-{entry_index}")
    assert browser.switch_to.active_element == entry
    assert "nc-active" in entry.get_attribute("class")
    assert in_view(browser, entry)
    back = browser.find_element(By.CSS_SELECTOR, f'a.nc-back[href="#nc-marker-{m}"]')
    back.click()
    assert browser.switch_to.active_element == marker
    assert in_view(browser, marker)


@pytest.mark.parametrize("name", [s.stem for s in SAMPLES])
def test_the_page_is_keyboard_reachable(browser, reports, name: str) -> None:  # type: ignore[no-untyped-def]
    open_report(browser, reports, name)
    # Tab from the top reaches the skip link first; it shows a focus ring and works by Enter.
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("\t")
    assert browser.switch_to.active_element.get_attribute("class") == "nc-skip"
    outline = browser.execute_script("return getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    browser.switch_to.active_element.send_keys("\n")
    assert browser.current_url.endswith("#nc-findings")
    ARTIFACTS.mkdir(exist_ok=True)
    scroll_to_top(browser)
    browser.save_screenshot(str(ARTIFACTS / f"report-{name}.png"))


def test_a_marker_without_an_entry_lands_on_its_citation(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    raw = "Prices rose in May [7].\r\nThey <fell> in June & July.\r\n"
    doc = newsclaims.parse(raw, plugin_manager=manager_with())
    page = tmp_path / "dangling.html"
    page.write_text(newsclaims.render_report(doc), encoding="utf-8")
    browser.get(page.as_uri())
    shown = browser.execute_script("return document.querySelector('.nc-raw').textContent")
    assert shown == raw  # every character, CRs and markup included, is text in the page
    marker = browser.find_element(By.ID, "nc-marker-0")
    assert "nc-dangling" in marker.get_attribute("class")
    marker.click()
    item = browser.find_element(By.ID, "nc-cite-0")
    assert browser.switch_to.active_element == item
    assert "no reference entry" in item.text


RIGHT_TO_LEFT = [
    # (Arabic, Hebrew and Persian lines, each ending with its marker, then an English one.)
    "قال وزير المالية يوم الاثنين إن الحكومة سترفع الضرائب بنسبة 3 في المئة.[1]\n"
    "The English line says officials agreed on Monday.[1]\n\n[1] Ministry of Finance, 2024\n",
    "ראש העירייה אמר ביום שני כי הגשר ייפתח מחדש במאי.[1]\n"
    "Officials in Haifa confirmed the date on Tuesday.[1]\n\n[1] Municipal statement, 2024\n",
    "وزیر اقتصاد روز دوشنبه گفت که نرخ تورم کاهش یافته است.[1]\n"
    "The central bank did not comment on the figures.[1]\n\n[1] IRNA, 2024\n",
]


@pytest.mark.parametrize("raw", RIGHT_TO_LEFT)
def test_a_right_to_left_line_reads_right_to_left_with_its_marker_at_its_end(
    browser, tmp_path: Path, raw: str
) -> None:  # type: ignore[no-untyped-def]
    doc = newsclaims.parse(raw)
    assert len(doc.markers) == 2
    page = tmp_path / "rtl.html"
    page.write_text(newsclaims.render_report(doc), encoding="utf-8")
    browser.get(page.as_uri())
    rtl, ltr = (browser.find_element(By.ID, f"nc-marker-{i}") for i in range(2))
    rtl_claim, ltr_claim = (browser.find_element(By.ID, f"nc-claim-{i}") for i in range(2))

    def box(el):  # type: ignore[no-untyped-def]
        return browser.execute_script(
            "const r = arguments[0].getBoundingClientRect(); return [r.left, r.right];", el
        )

    # The end of a right-to-left sentence is at its left: its marker stands left of it...
    assert box(rtl)[1] <= box(rtl_claim)[0] + 1
    # ... and an English sentence's marker right of it, in the same page.
    assert box(ltr)[0] >= box(ltr_claim)[1] - 1


def test_a_nul_character_is_shown_in_its_place(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    raw = "Prices rose\x00 in May, the office said.\nWages fell in June.\n"
    doc = newsclaims.parse(raw)
    page = tmp_path / "nul.html"
    page.write_text(newsclaims.render_report(doc), encoding="utf-8")
    browser.get(page.as_uri())
    shown = browser.execute_script("return document.querySelector('.nc-raw').textContent")
    assert shown == raw.replace("\x00", "\u2400")  # every other character where it stands
    claim = browser.find_element(By.ID, "nc-claim-1")
    start = doc.raw_span(doc.claims[1].span).start
    assert claim.get_attribute("textContent") == shown[start : start + len(doc.claims[1].text)]

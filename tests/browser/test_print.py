"""The print view, printed by Chromium itself: every section in order, letters on their own
pages, and the emergency numbers on every page (what a family gets from the browser's Print)."""

import io
import unicodedata

import pytest
from pypdf import PdfReader

from tests.browser.walk import walk_to_plan
from wizard.content import load_content

pytestmark = pytest.mark.browser
WORDS = load_content("en")


def printed_pages(page) -> list[str]:
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="Letter", print_background=True)))
    # NFKC: the PDF's text has ligatures ("ﬀ") where the page has two letters.
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages]


def test_the_printed_plan_has_every_section_and_the_emergency_numbers_on_every_page(js_page, live_server):
    page, watch = js_page
    walk_to_plan(page, live_server)
    headings = page.locator(".plan-document h2").all_inner_texts()
    footer = " ".join(page.locator(".plan-footer").inner_text().split())
    pages = printed_pages(page)
    whole = " ".join(pages)

    assert len(pages) >= 3
    for number in ("911", "988", "1-800-222-1222", "1-800-662-4357"):
        assert all(number in text for text in pages), f"{number} missing from a printed page"
    assert all(footer[:40] in text for text in pages)
    at = 0
    for heading in headings:  # each section after the one before it
        at = whole.find(heading, at)
        assert at != -1, f"“{heading}” missing or out of order"
    for key in ("team", "script", "letters", "boundaries", "questions"):
        assert WORDS.text(f"plan.sections.{key}") in headings, key
    letter_page = next(text for text in pages if "José’s letter to you" in text)
    assert WORDS.text("plan.sections.letters") in letter_page  # the first letter shares the section's page
    bottom_line_page = next(i for i, text in enumerate(pages) if WORDS.text("plan.sections.boundaries") in text)
    assert WORDS.text("plan.sections.objections") not in pages[bottom_line_page]  # kept apart
    assert not any("Save and continue" in text or "Exit this page" in text for text in pages)
    assert pages[0].find(page.locator("main h1").inner_text()) == -1, "paper starts with the plan's own title"
    assert not watch.errors, watch.errors

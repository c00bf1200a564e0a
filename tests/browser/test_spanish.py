"""A family that reads Spanish gets the whole journey, the print view and the PDF in Spanish."""

import pytest

from tests.browser.walk import download_pdf_text, walk_from_start, walk_to_letters
from tools.samples import eight_member_plan
from wizard.content import load_content
from wizard.planfile import dump_plan

pytestmark = pytest.mark.browser
SPANISH = load_content("es")
ENGLISH = load_content("en")


def test_choosing_spanish_on_the_start_page_gives_a_spanish_journey_and_pdf(js_page, live_server):
    page, watch = js_page
    page.goto(live_server + "/")
    page.locator(f"a[hreflang=es]").click()
    page.wait_for_selector("html[lang=es]")
    assert page.locator("input[type=radio][name=language][value=es]").is_checked()
    walk_from_start(page)
    assert page.locator("html").get_attribute("lang") == "es"
    main = page.locator("main").inner_text()
    assert SPANISH.text("plan.sections.letters") in main
    assert ENGLISH.text("plan.sections.letters") not in main
    text = download_pdf_text(page)
    for key in ("plan.sections.letters", "plan.sections.script", "plan.sections.boundaries"):
        assert SPANISH.text(key) in text, key
    assert SPANISH.crisis.numbers[0].label in text
    assert not watch.errors, watch.errors



def test_the_live_checker_answers_in_spanish_with_the_spanish_rules(js_page, live_server):
    page, watch = js_page
    walk_to_letters(page, live_server + "/?lang=es")
    page.locator("#letter_m1").press_sequentially("Sam, te quiero. Eres un adicto.", delay=5)
    concerns = page.locator("#letter_m1-findings .findings-list--concerns")
    concerns.wait_for()
    assert "«un adicto» es una etiqueta" in concerns.inner_text()
    assert "Empiezas con amor" in page.locator("#letter_m1-findings .findings-list--strengths").inner_text()
    assert not watch.errors, watch.errors


def test_choosing_spanish_on_the_start_page_sets_the_page_language_for_the_live_checker(js_page, live_server):
    page, watch = js_page
    page.goto(live_server + "/")
    page.locator("input[name=language][value=es]").check()
    page.locator("form[data-wizard] button[name=action][value='continue']:not(.default-submit)").click()
    page.wait_for_selector("body[data-step='signs']")
    assert page.evaluate("document.documentElement.lang") == "es"
    assert not watch.errors, watch.errors


def test_a_saved_plan_that_cannot_be_opened_keeps_the_spanish_chosen_on_the_start_page(js_page, live_server):
    page, watch = js_page
    page.goto(live_server + "/")
    page.locator("input[name=language][value=es]").check()
    page.locator("#plan_file").set_input_files({"name": "IMG_0042.jpg", "mimeType": "image/jpeg", "buffer": b"\xff\xd8\xff" + bytes(1000)})
    page.get_by_role("button", name="Open my saved plan").click()
    page.wait_for_selector("#plan_file-error")
    assert page.evaluate("document.documentElement.lang") == "es"
    assert page.locator("input[type=radio][name=language][value=es]").is_checked()
    assert not watch.errors, watch.errors


def test_on_a_320_px_screen_every_phone_number_stays_on_one_line(js_page, live_server):
    """Spanish words are long: the TTY number used to break as "TTY 1-" / "800-487-4889"."""
    page, watch = js_page
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(live_server + "/help-now?lang=es")
    numbers = page.locator("main .phone-number, main .crisis-digits")
    assert numbers.count() >= 5
    lines = page.evaluate(
        "() => [...document.querySelectorAll('main .phone-number, main .crisis-digits')]"
        ".map(e => [e.textContent, e.getClientRects().length])"
    )
    assert "1-800-487-4889" in [text for text, _ in lines]
    assert [text for text, count in lines if count != 1] == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 320, "nothing is pushed off the side"
    assert not watch.errors, watch.errors


def test_without_javascript_a_saved_plan_opens_in_the_spanish_chosen_on_the_start_page(nojs_page, live_server, tmp_path):
    """A radio belongs to one form: the resume form's hidden language copy only followed it with JavaScript."""
    page, watch = nojs_page
    saved = tmp_path / "our-plan.json"
    saved.write_bytes(dump_plan(eight_member_plan()))  # saved in English
    page.goto(live_server + "/")
    page.locator("input[name=language][value=es]").check()
    page.locator("#plan_file").set_input_files(str(saved))
    page.locator("button", has_text="Open my saved plan").click()
    page.wait_for_selector("body[data-step]:not([data-step='start'])")
    assert page.evaluate("document.documentElement.lang") == "es"
    assert not watch.errors, watch.errors

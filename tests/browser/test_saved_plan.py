"""The biggest plan a family makes, saved, opened on a fresh browser, and printed in speaking order."""

import re

import pytest

from tests.browser.walk import download_pdf_text, press, submit, wait_for_step
from tools.samples import NAMES, letter_words

pytestmark = pytest.mark.browser
ORDER = [3, 1, 8, 2, 7, 4, 6, 5]  # reading position chosen for each member, in team order


def last_sentence(name: str) -> str:
    return f"This is the last line of {name}’s letter."


def boundary(name: str) -> str:
    return f"I, {name}, will stop paying your phone bill."


def continue_past_second_look(page, step: str) -> None:
    if submit(page) == step:
        press(page)  # the checker's findings are shown once; pressing again keeps the words


def build_eight_person_plan(page, base: str) -> None:
    page.goto(base + "/")
    press(page)
    wait_for_step(page, "signs")
    page.locator("input[name=warning][value=failed_quitting]").check()
    press(page)
    wait_for_step(page, "approach")
    press(page)
    wait_for_step(page, "team")
    page.locator("#loved_one").fill("Sam")
    page.locator("input[name=interventionist][value=family_leads]").check()
    for row, name in enumerate(NAMES):
        if row:
            press(page, "add_member")
            page.wait_for_selector(f"#members-{row}-name")
        page.locator(f"#members-{row}-name").fill(name)
        page.locator(f"#members-{row}-relationship").select_option("sibling" if row % 2 else "parent")
        page.locator(f"#members-{row}-role").select_option("leader" if row == 0 else "speaker")
    press(page)
    wait_for_step(page, "statements")
    for row, name in enumerate(NAMES):
        page.locator(f"textarea[name=letter_m{row + 1}]").fill(letter_words(500, last_sentence(name), seed=row))
        page.locator(f"#order_m{row + 1}").select_option(str(ORDER[row]))
    continue_past_second_look(page, "statements")
    wait_for_step(page, "boundaries")
    for row, name in enumerate(NAMES):
        page.locator(f"#category_m{row + 1}_0").select_option("money")
        page.locator(f"textarea[name=action_m{row + 1}_0]").fill(boundary(name))
        page.locator(f"input[name=keep_m{row + 1}_0][value=yes]").check()
    continue_past_second_look(page, "boundaries")
    wait_for_step(page, "rehearsal")
    press(page)
    wait_for_step(page, "treatment")
    page.locator("input[name=option][value=inpatient]").check()
    page.locator("#facility").fill("Lakeside Recovery")
    press(page)
    wait_for_step(page, "review")


def review_text(page) -> str:
    summary = page.locator("dl.summary").inner_text()
    return re.sub(r"\s+", " ", summary)


def test_an_eight_person_plan_survives_save_and_a_fresh_browser_and_prints_in_speaking_order(browser, live_server, tmp_path):
    first = browser.new_context(accept_downloads=True)
    page = first.new_page()
    page.set_default_timeout(20_000)
    build_eight_person_plan(page, live_server)
    before = review_text(page)
    page.locator("details.save-box summary").click()
    with page.expect_download() as info:
        page.locator("button[name=action][value=save]").click()
    saved = tmp_path / "plan.json"
    info.value.save_as(saved)
    first.close()

    second = browser.new_context(accept_downloads=True)  # no history, no storage: another device
    page = second.new_page()
    page.set_default_timeout(20_000)
    page.goto(live_server + "/")
    page.locator("#plan_file").set_input_files(str(saved))
    page.get_by_role("button", name="Open my saved plan").click()
    wait_for_step(page, "review")
    assert review_text(page) == before
    press(page)
    wait_for_step(page, "plan")
    text = download_pdf_text(page)
    second.close()

    speaking_order = [name for _, name in sorted(zip(ORDER, NAMES))]
    positions = [text.index(last_sentence(name)) for name in speaking_order]
    assert positions == sorted(positions), "letters print in the chosen speaking order"
    for name in NAMES:
        assert boundary(name) in text

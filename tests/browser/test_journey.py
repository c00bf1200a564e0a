"""A family's whole journey in Chromium, with and without JavaScript."""

import threading
from contextlib import contextmanager

import pytest
from werkzeug.serving import make_server

from app import create_app

from tests.browser.walk import BOUNDARY, LETTER, download_pdf_text, press, submit, wait_for_step, walk_from_start, walk_to_letters, walk_to_plan

pytestmark = pytest.mark.browser


def test_with_javascript_a_family_reaches_the_plan_and_the_pdf_holds_their_letter(js_page, live_server, server_log):
    page, watch = js_page
    walk_to_plan(page, live_server)
    assert "José’s letter" in page.locator("main").inner_text()
    text = download_pdf_text(page)
    assert "José’s letter to you" in text
    assert "“our” summers" in text
    assert BOUNDARY[:30] in text
    assert not watch.foreign_requests(), watch.foreign_requests()
    assert not watch.errors, watch.errors
    logged = "\n".join(server_log.lines)
    assert "POST /step/" in logged, "the log was really captured"
    for typed in ("José", "Zoë", "Lakeside", LETTER[:25], BOUNDARY[:25]):
        assert typed not in logged


def test_without_javascript_a_family_reaches_the_plan_and_the_pdf(nojs_page, live_server):
    page, watch = nojs_page
    walk_to_plan(page, live_server)
    assert not page.locator("button[data-print]").is_visible(), "Print needs scripts; without them it is hidden"
    text = download_pdf_text(page)
    assert "José’s letter to you" in text
    assert "Aunt Zoë’s house" in text
    assert not watch.foreign_requests(), watch.foreign_requests()


def test_browser_back_and_forward_move_between_steps_and_keep_typed_text(js_page, live_server):
    page, watch = js_page
    page.goto(live_server + "/")
    press(page)
    wait_for_step(page, "signs")
    page.locator("input[name=warning][value=lies_secrecy]").check()
    press(page)
    wait_for_step(page, "approach")
    press(page)
    wait_for_step(page, "team")
    page.locator("#members-0-name").fill("Half-typed Ana")
    page.go_back()
    wait_for_step(page, "approach")
    page.go_back()
    wait_for_step(page, "signs")
    assert page.locator("input[name=warning][value=lies_secrecy]").is_checked()
    page.go_forward()
    wait_for_step(page, "approach")
    page.go_forward()
    wait_for_step(page, "team")
    assert page.locator("#members-0-name").input_value() == "Half-typed Ana"
    assert not watch.dialogs and not watch.errors, (watch.dialogs, watch.errors)


def test_a_reload_with_javascript_brings_the_answers_back(js_page, live_server):
    page, watch = js_page
    page.goto(live_server + "/")
    press(page)
    wait_for_step(page, "signs")
    page.locator("input[name=substances][value=gambling]").check()
    press(page)
    wait_for_step(page, "approach")
    page.reload()
    wait_for_step(page, "approach")
    press(page, "back")
    wait_for_step(page, "signs")
    assert page.locator("input[name=substances][value=gambling]").is_checked()


def test_without_javascript_the_in_app_back_keeps_answers(nojs_page, live_server):
    page, _ = nojs_page
    page.goto(live_server + "/")
    press(page)
    wait_for_step(page, "signs")
    page.locator("input[name=warning][value=legal_money]").check()
    press(page)
    wait_for_step(page, "approach")
    press(page, "back")
    wait_for_step(page, "signs")
    assert page.locator("input[name=warning][value=legal_money]").is_checked()


def test_an_error_shows_a_summary_and_keeps_the_letter(nojs_page, live_server):
    page, _ = nojs_page
    walk_to_plan(page, live_server)
    press(page, "goto:review")
    wait_for_step(page, "review")
    page.locator("button[value='goto:statements']").first.click()
    wait_for_step(page, "statements")
    page.locator("textarea[name=letter_m1]").fill("")
    assert submit(page) == "statements"
    assert page.locator("[data-error-summary]").is_visible()


@pytest.mark.parametrize("danger", ["overdose", "suicidal", "violence", "child_at_risk", "withdrawal"])
def test_a_danger_sign_puts_emergency_numbers_first(js_page, live_server, danger):
    page, _ = js_page
    page.goto(live_server + "/")
    press(page)
    wait_for_step(page, "signs")
    page.locator(f"input[name=danger][value={danger}]").check()
    press(page)
    wait_for_step(page, "crisis")
    first_link = page.locator("main a").first
    assert first_link.get_attribute("href") == "tel:911"
    assert first_link.is_visible()


def test_the_quick_exit_is_on_every_page_and_shift_three_times_leaves(js_page, live_server):
    page, watch = js_page
    page.route("https://weather.com/**", lambda route: route.fulfill(body="<title>Weather</title>", content_type="text/html"))
    page.goto(live_server + "/")
    assert page.locator("[data-quick-exit]").get_attribute("rel") == "noreferrer"
    press(page)
    wait_for_step(page, "signs")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url("https://weather.com/**")


@pytest.mark.parametrize("mount", ["", "/p/riverside-recovery/embed"], ids=["site", "embedded"])
@pytest.mark.parametrize("pages", ["js_page", "nojs_page"])
def test_the_shift_hint_shows_on_a_desktop_only_where_scripts_make_shift_work(request, live_server, pages, mount):
    """QA 13 P3-1: with scripts off, a laptop was told "Or press Shift 3 times", and Shift did nothing."""
    page, watch = request.getfixturevalue(pages)
    javascript = pages == "js_page"
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server + mount + "/")
    hint = page.locator(".quick-exit-bar .quick-exit-hint")
    assert hint.count() == 1
    assert hint.is_visible() is javascript, f"javascript={javascript}, hint shown: {hint.is_visible()}"
    assert page.locator(".quick-exit-bar [data-quick-exit]").is_visible()
    press(page)
    wait_for_step(page, "signs")  # with scripts, a step swapped in the page keeps the hint
    assert hint.is_visible() is javascript
    assert not watch.errors, watch.errors


def test_live_guidance_appears_while_typing_a_letter(js_page, live_server):
    page, watch = js_page
    walk_to_letters(page, live_server + "/")
    page.locator("#letter_m1").press_sequentially("Sam, I love you. You are such a junkie now.", delay=5)
    concerns = page.locator("#letter_m1-findings .findings-list--concerns")
    concerns.wait_for()
    assert "junkie" in concerns.inner_text()
    assert "love" in page.locator("#letter_m1-findings .findings-list--strengths").inner_text()
    assert not watch.errors, watch.errors


def test_live_guidance_holds_back_praise_for_a_line_that_cuts_contact_where_someone_hurts_them(js_page, live_server):
    """QA 12 P3-3 follow-up: the page held back "what is working" under such a line after Save; typing did not."""
    page, watch = js_page
    page.goto(live_server + "/")
    press(page)
    wait_for_step(page, "signs")
    for name, value in (("warning", "lies_secrecy"), ("substances", "stimulants"), ("danger", "hurt_by_partner")):
        page.locator(f"input[name={name}][value={value}]").check()
    press(page)
    wait_for_step(page, "crisis")
    page.locator("input[name=safe_now]").check()
    press(page)
    wait_for_step(page, "approach")
    page.locator("input[name=approach][value=invitational]").check()
    press(page)
    wait_for_step(page, "team")
    page.locator("#loved_one").fill("Sam")
    page.locator("input[name=interventionist][value=family_leads]").check()
    page.locator("#members-0-name").fill("Ana")
    page.locator("#members-0-relationship").select_option("parent")
    page.locator("#members-0-role").select_option("leader")
    press(page)
    wait_for_step(page, "statements")
    page.locator("textarea[name=letter_m1]").fill(LETTER)
    press(page)
    wait_for_step(page, "boundaries")
    # The other line first: it is praised, so the live check is working on this page.
    page.locator("#action_m1_1").fill("I will stop paying your phone bill.")
    page.locator("#action_m1_1-findings .findings-list--strengths").wait_for()
    page.locator("#action_m1_0").fill("I won't pick up when you call drunk. I will answer when you are ready for help.")
    page.locator("#action_m1_0-findings .findings-length").wait_for()
    page.wait_for_timeout(800)  # room for a late answer to a shorter text
    assert page.locator("#action_m1_0-findings .findings-list--strengths").count() == 0, page.locator("#action_m1_0-findings").inner_text()
    assert page.locator("#action_m1_1-findings .findings-list--strengths").count() == 1, "the other line keeps its praise"
    assert not watch.errors, watch.errors


def test_danger_written_in_a_letter_is_answered_while_typing_and_first_on_the_next_page(js_page, live_server):
    page, watch = js_page
    page.set_viewport_size({"width": 360, "height": 740})
    walk_to_letters(page, live_server + "/")
    page.locator("#letter_m1").press_sequentially("Sam, I love you. Last month you said you wanted to die.", delay=5)
    said = page.locator("#letter_m1-findings .findings-danger")
    said.wait_for()
    assert "988" in said.inner_text()
    press(page)
    wait_for_step(page, "boundaries")
    panel = page.locator("main > .safety-first")
    assert panel.is_visible() and panel.bounding_box()["y"] < 740, "emergency help is on screen without scrolling"
    assert page.locator("main a").first.get_attribute("href") == "tel:911"
    assert page.evaluate("document.activeElement.id") == "safety-first-title", "focus starts at the notice"
    assert not watch.errors, watch.errors


def test_live_guidance_says_when_a_letter_is_too_long_to_check_instead_of_keeping_an_old_report(js_page, live_server):
    """Said by the page itself: a request the server must refuse would be a console error."""
    page, watch = js_page
    walk_to_letters(page, live_server + "/")
    page.locator("#letter_m1").press_sequentially("You are an addict.", delay=5)
    page.locator("#letter_m1-findings .findings-list--concerns").wait_for()
    page.locator("#letter_m1").fill("I love you. " * 2000)  # 24,000 characters, over a letter's limit
    page.locator("#letter_m1-findings .findings-long").wait_for()
    assert "longer than a letter can be" in page.locator("#letter_m1-findings").inner_text()
    assert page.locator("#letter_m1-findings .findings-list--concerns").count() == 0, "the old report is gone"
    assert not watch.errors, watch.errors


def test_without_javascript_a_label_in_a_letter_is_shown_after_saving(nojs_page, live_server):
    page, _ = nojs_page
    walk_to_letters(page, live_server + "/")
    letter = "Sam, I love you. You’re an addict and it scares me."
    page.locator("#letter_m1").fill(letter)
    assert submit(page) == "statements"
    assert "You’re an addict" in page.locator("#letter_m1-findings").inner_text()
    assert page.locator("#letter_m1").input_value().strip() == letter


def _nothing_typed_shows(page, typed=("José", "Lakeside", "Zoë")) -> None:
    page.wait_for_load_state()
    page.wait_for_timeout(800)  # room for any restore the page might try
    for frame in page.frames:
        text = frame.content()
        for word in typed:
            assert word not in text, f"{word!r} is back on screen at {frame.url}"


def test_after_the_quick_exit_back_and_reload_never_bring_the_plan_back(js_page, live_server):
    page, watch = js_page
    page.route("https://weather.com/**", lambda route: route.fulfill(body="<title>Weather</title>", content_type="text/html"))
    walk_to_plan(page, live_server)
    assert "José" in page.locator("main").inner_text()
    page.locator("[data-quick-exit]").first.click()
    page.wait_for_url("https://weather.com/**")
    page.go_back()
    _nothing_typed_shows(page)
    page.go_back()
    _nothing_typed_shows(page)
    page.reload()
    _nothing_typed_shows(page)
    page.go_forward()
    _nothing_typed_shows(page)


def test_work_done_after_a_quick_exit_still_survives_a_reload(js_page, live_server):
    page, watch = js_page
    page.route("https://weather.com/**", lambda route: route.fulfill(body="<title>Weather</title>", content_type="text/html"))
    page.goto(live_server + "/")
    press(page)
    wait_for_step(page, "signs")
    page.locator("[data-quick-exit]").first.click()
    page.wait_for_url("https://weather.com/**")
    page.goto(live_server + "/")
    press(page)
    wait_for_step(page, "signs")
    page.locator("input[name=substances][value=gambling]").check()
    press(page)
    wait_for_step(page, "approach")
    page.reload()
    wait_for_step(page, "approach")
    press(page, "back")
    wait_for_step(page, "signs")
    assert page.locator("input[name=substances][value=gambling]").is_checked()


@pytest.mark.parametrize("width", [360, 1280])
def test_the_pinned_exit_bar_never_covers_the_field_an_error_link_focuses(js_page, live_server, width):
    page, _ = js_page
    page.set_viewport_size({"width": width, "height": 640})
    walk_to_letters(page, live_server + "/")
    page.locator("textarea[name=letter_m1]").fill("")
    assert submit(page) == "statements"
    link = page.locator("[data-error-summary] a").last
    target = link.get_attribute("href")
    link.click()
    page.wait_for_timeout(300)
    bar_bottom = page.evaluate("document.querySelector('.quick-exit-bar').getBoundingClientRect().bottom")
    field_top = page.evaluate(f"document.querySelector('{target}').getBoundingClientRect().top")
    assert field_top >= bar_bottom - 1, f"{target} starts at {field_top}px, under the exit bar ending at {bar_bottom}px"


@pytest.fixture
def nojs_history_page(history_browser):
    context = history_browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@contextmanager
def serving(app):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://{'localhost' if app is neutral_page else '127.0.0.1'}:{server.server_port}"
    server.shutdown()


def neutral_page(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/html")])
    return [b"<title>Weather</title>"]


def planner(**config):
    return create_app({"TESTING": True, "SECRET_KEYS": ["browser-test-secret"], **config})


@pytest.fixture
def planner_leaving_for_a_real_page():
    """A planner whose neutral page is a real server (no Playwright stand-in, which would
    turn the browser's cache off and change what Back does)."""
    with serving(neutral_page) as neutral, serving(planner(QUICK_EXIT_URL=neutral + "/")) as address:
        yield address, neutral + "/"


def _leave_and_come_back(page, neutral) -> None:
    page.locator("[data-quick-exit]").first.click()
    page.wait_for_url(neutral)
    try:
        page.go_back(wait_until="commit")
    except Exception as error:  # the browser will not send a form again without asking: nothing shown
        assert "ERR_CACHE_MISS" in str(error), error
    page.wait_for_timeout(500)


def _typed_text_on_screen(page) -> str:
    fields = page.locator("textarea, input[type=text]")
    return page.content() + "".join(fields.nth(i).input_value() for i in range(fields.count()))


def test_without_javascript_back_and_resending_after_the_quick_exit_show_no_unsent_words(nojs_history_page, planner_leaving_for_a_real_page):
    page = nojs_history_page
    planner, neutral = planner_leaving_for_a_real_page
    walk_to_letters(page, planner + "/")
    page.locator("#letter_m1").fill("UNSENT WORDS typed")
    _leave_and_come_back(page, neutral)
    assert "UNSENT" not in _typed_text_on_screen(page)
    assert "José" not in page.content()
    try:  # Reload here asks to send the form again; a browser that does must not refill unsent words
        page.reload(wait_until="commit")
        page.wait_for_timeout(500)
    except Exception as error:
        assert "ERR_CACHE_MISS" in str(error), error
    assert "UNSENT" not in _typed_text_on_screen(page)


@pytest.mark.parametrize("opened_from", ["start", "statements"])
def test_without_javascript_back_after_the_quick_exit_does_not_show_a_letter_being_written(nojs_history_page, planner_leaving_for_a_real_page, opened_from):
    page = nojs_history_page
    planner, neutral = planner_leaving_for_a_real_page
    if opened_from == "start":
        page.goto(planner + "/")
    else:
        walk_to_letters(page, planner + "/")
    page.get_by_text("Someone can write their letter on their own device").click()
    page.wait_for_selector("body[data-step='own-letter']")
    page.wait_for_load_state()
    page.locator("textarea").first.fill("UNSENT LETTER words")
    _leave_and_come_back(page, neutral)
    assert "UNSENT" not in _typed_text_on_screen(page)


def test_a_file_bigger_than_the_server_takes_is_refused_on_the_letters_page_with_the_letter_kept(js_page):
    """The script sends only the first bytes of a file far too big to be ours (a video)."""
    page, watch = js_page
    with serving(planner(UPLOAD_CONTENT_LENGTH=3_000_000)) as address:
        walk_to_letters(page, address + "/")
        page.locator("#letter_m1").fill("Typed tonight, not saved yet.")
        page.locator("#letter_file").set_input_files({"name": "VID_0042.mp4", "mimeType": "video/mp4", "buffer": bytes(4_000_000)})
        page.locator("button[value=import_letter]").click()
        page.wait_for_selector("#letter_file-error")
        wait_for_step(page, "statements")
        assert "too big" in page.locator("#letter_file-error").inner_text()
        assert page.locator("#letter_m1").input_value() == "Typed tonight, not saved yet."
    assert not watch.errors, watch.errors


def test_adding_a_person_starts_in_their_name_and_back_still_goes_to_the_step_before(js_page, live_server):
    page, watch = js_page
    page.goto(live_server + "/")
    press(page)
    for step in ("signs", "approach"):
        wait_for_step(page, step)
        press(page)
    wait_for_step(page, "team")
    press(page, "add_member")
    page.locator("#members-1-name").wait_for()
    assert page.evaluate("document.activeElement.id") == "members-1-name"
    press(page, "add_member")
    page.locator("#members-2-name").wait_for()
    page.go_back()
    wait_for_step(page, "approach")
    assert not watch.errors, watch.errors


def test_with_javascript_a_reload_keeps_words_typed_since_the_last_step(js_page, live_server, server_log):
    page, watch = js_page
    walk_to_letters(page, live_server + "/")
    page.locator("#letter_m1").fill("Typed after the last step, before a reload.")
    page.wait_for_function("history.state && history.state.token && Date.now() - history.state.at < 5000 && history.state.at > 0")
    page.wait_for_timeout(2500)  # the sealed copy comes a moment after typing stops
    page.reload()
    wait_for_step(page, "statements")
    assert page.locator("#letter_m1").input_value() == "Typed after the last step, before a reload."
    assert "Typed after" not in "\n".join(server_log.lines)
    assert not watch.errors, watch.errors


def test_with_javascript_back_refused_for_text_over_its_limit_keeps_the_step_before_in_history(js_page, live_server):
    page, watch = js_page
    walk_to_letters(page, live_server + "/")
    page.locator("#letter_m1").fill("I love you. " * 2_100)  # over the 20,000 a letter may hold
    page.go_back()
    page.locator(".notice").wait_for()
    assert page.locator("body").get_attribute("data-step") == "statements"
    page.locator("#letter_m1").fill("I love you.")
    page.go_back()
    wait_for_step(page, "team")
    assert not watch.errors, watch.errors


def test_with_javascript_a_refused_request_shows_its_reason_on_the_page_and_keeps_the_words(js_page):
    page, _ = js_page
    with serving(planner(MAX_CONTENT_LENGTH=60_000, MAX_FORM_MEMORY_SIZE=60_000)) as address:
        walk_to_letters(page, address + "/")
        long_letter = "I love you and I am scared. " * 2_500  # 70,000 characters: over this server's cap
        page.locator("#letter_m1").fill(long_letter)
        press(page)
        page.locator("[data-refusal]").wait_for()
        assert "too much to send" in page.locator("[data-refusal]").inner_text()
        assert page.locator("body").get_attribute("data-step") == "statements"
        assert page.locator("#letter_m1").input_value() == long_letter


@pytest.mark.parametrize("pages", ["js_page", "nojs_page"])
def test_a_time_typed_as_7pm_reaches_the_review_with_or_without_javascript(request, live_server, pages):
    """Chromium's time box dropped a typed "pm"; without JavaScript nothing noticed, and the plan had no time."""
    page, watch = request.getfixturevalue(pages)
    page.goto(live_server + "/")
    walk_from_start(page, stop_at="treatment")
    page.locator("input[name=option][value=inpatient]").check()
    page.locator("#time").click()
    page.keyboard.type("7pm")
    press(page)
    wait_for_step(page, "review")
    assert "7:00 p.m." in page.locator("main").inner_text(), page.locator("main").inner_text()
    assert not watch.errors, watch.errors


def test_a_caution_raised_by_the_team_answer_is_where_the_next_page_starts_on_a_phone(js_page, live_server):
    page, watch = js_page
    page.set_viewport_size({"width": 360, "height": 640})
    page.goto(live_server + "/")
    # Under 18 is asked on the signs step now (QA 10 P3-11); a counselor on the team is a team answer with a caution.
    walk_from_start(page, stop_at="team")
    page.locator("input[name=interventionist][value=family_leads]").check()
    page.locator("#members-0-name").press_sequentially("Ms. Okafor")
    page.locator("#members-0-relationship").select_option("professional")
    page.locator("#members-0-role").select_option("leader")
    press(page)
    wait_for_step(page, "statements")
    assert page.evaluate("document.activeElement.hasAttribute('data-raised-cautions')"), "focus starts at the caution"
    box = page.locator("[data-raised-cautions]").bounding_box()
    assert 0 <= box["y"] < 640, "the caution is on screen"
    assert "professional is on your team" in page.locator("[data-raised-cautions]").inner_text()
    assert not watch.errors, watch.errors

"""axe-core in Chromium on every page a family can meet, in every state worth checking.

Each journey page is checked as it is passed: first as it arrives, then again
with its form errors showing (submitted with the required answers missing), in
the plain layout (/) and the embedded one (/p/<slug>/embed/, opened top-level).
The pages outside the journey (help now, not found, no answers, bad token, for
providers, write-my-own-letter, the branded start pages) are checked too.

axe comes from PyPI (axe-playwright-python bundles axe.min.js). The app's CSP
refuses injected <script> tags, so the source is evaluated through the
DevTools protocol instead, which CSP does not govern. Every violation of the
WCAG 2.0/2.1/2.2 A and AA rules fails the test, with what a person needs to fix it.
"""

import asyncio
import functools
import importlib.resources
import os

import pytest

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, _page
from tests.browser.walk import BOUNDARY, LETTER, fill_treatment, press, submit, wait_for_step, walk_to_plan

pytestmark = pytest.mark.browser

AXE_VERSION = "4.12.1"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
PLAIN = ""
EMBED = "/p/riverside-recovery/embed"
BRANDED = "/p/riverside-recovery"
LABELLED_LETTER = "Sam, I love you. You are such a junkie now and it scares me."


@pytest.fixture(scope="module")
def module_browser(request):
    """Chromium for this module only, closed when it ends.

    This file sorts before test_embed.py, whose fixture starts a Playwright of its
    own; that fails while the session's Playwright (conftest `browser`) is running.
    So this module starts and stops its own, unless the session's is already up
    (another module ran first), which it then shares.
    """
    try:
        asyncio.get_running_loop()
        session_playwright_running = True
    except RuntimeError:
        session_playwright_running = False
    if session_playwright_running:
        yield request.getfixturevalue("browser")
        return
    if not os.path.exists(CHROMIUM):
        request.getfixturevalue("browser")  # skips loudly, or fails in CI, as every browser test does
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def js_page(module_browser, live_server):
    context, page, watch = _page(module_browser, live_server, javascript=True)
    yield page, watch
    context.close()


@functools.cache
def axe_source() -> str:
    source = importlib.resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")
    assert f"axe v{AXE_VERSION}" in source[:200], "the bundled axe-core is not the version this suite expects"
    return source


class Audit:
    """Runs axe on the page as it stands and keeps every violation, labelled with where it was seen."""

    def __init__(self, page):
        self.page = page
        self.checked: list[str] = []
        self.violations: list[tuple[str, dict]] = []

    def __call__(self, label: str) -> None:
        # Frames (the providers' live preview) get their own copy, so axe looks inside them too.
        for frame in self.page.frames:
            frame.wait_for_load_state()
            if not frame.evaluate("() => typeof window.axe === 'object'"):
                frame.evaluate(axe_source())
        result = self.page.evaluate(
            """(tags) => axe.run(document, {
                runOnly: {type: 'tag', values: tags},
                resultTypes: ['violations'],
            })""",
            WCAG_TAGS,
        )
        assert result["testEngine"]["version"] == AXE_VERSION
        assert result["passes"] or result["violations"], f"axe checked nothing on {label}"
        self.checked.append(label)
        self.violations += [(label, violation) for violation in result["violations"]]

    def report(self) -> str:
        lines = [f"{len(self.violations)} axe violation(s) on {len({label for label, _ in self.violations})} page state(s):"]
        for label, violation in self.violations:
            tags = ", ".join(tag for tag in violation["tags"] if tag.startswith("wcag"))
            lines.append(f"\n[{label}] {violation['id']} ({violation['impact']}; {tags})")
            lines.append(f"  {violation['help']}")
            lines.append(f"  {violation['helpUrl']}")
            for node in violation["nodes"]:
                lines.append(f"  - target: {' > '.join(str(part) for part in node['target'])}")
                lines.append(f"    html:   {node['html'][:300]}")
                if node.get("failureSummary"):
                    summary = " ".join(node["failureSummary"].split())
                    lines.append(f"    why:    {summary[:400]}")
        return "\n".join(lines)

    def assert_clean(self, expected_states: int) -> None:
        assert len(self.checked) >= expected_states, f"only {len(self.checked)} states checked: {self.checked}"
        assert not self.violations, self.report()


def script_errors(watch) -> list[str]:
    """Page errors, less the console lines Chromium writes for the 404 and 400 pages this suite opens on purpose."""
    expected = ("status of 404 (NOT FOUND)", "status of 400 (BAD REQUEST)")
    return [error for error in watch.errors if not (error.startswith("Failed to load resource") and error.endswith(expected))]


def errors_showing(page, step: str) -> None:
    """The page came back with its error summary showing: the error state is really on screen."""
    wait_for_step(page, step)
    summary = page.locator("[data-error-summary]")
    assert summary.is_visible(), f"{step}: no error summary after submitting without required answers"
    assert summary.locator("a").count() >= 1


def post_garbage_token(page, base: str) -> None:
    """POST /step/team with a token that was never sealed, as a stale or tampered page would."""
    page.evaluate(
        """(action) => {
            const form = document.createElement('form');
            form.method = 'post';
            form.action = action;
            const token = document.createElement('input');
            token.type = 'hidden'; token.name = 'token'; token.value = 'garbage';
            const button = document.createElement('input');
            button.type = 'hidden'; button.name = 'action'; button.value = 'continue';
            form.append(token, button);
            document.body.append(form);
            HTMLFormElement.prototype.submit.call(form);
        }""",
        base + "/step/team",
    )
    page.wait_for_selector("body[data-step='bad-token']")


def walk_and_audit(page, base: str, audit: Audit) -> None:
    """The whole journey, every step checked as it arrives and again with its errors showing."""
    page.goto(base + "/")
    wait_for_step(page, "start")
    audit("start")
    submit(page)

    wait_for_step(page, "signs")
    audit("signs")
    page.locator("input[name=danger][value=overdose]").check()
    page.locator("input[name=warning][value=failed_quitting]").check()
    page.locator("input[name=substances][value=alcohol]").check()
    submit(page)

    wait_for_step(page, "crisis")
    audit("crisis")
    submit(page)  # "safe for now" left unticked
    errors_showing(page, "crisis")
    audit("crisis with errors")
    page.locator("input[name=safe_now]").check()
    submit(page)

    wait_for_step(page, "approach")
    audit("approach")
    # The suggested approach comes ticked and a family cannot untick a radio, so the
    # error state (a stale or crafted post) is reached by clearing the choice first.
    page.evaluate("() => document.querySelectorAll('input[name=approach]').forEach((r) => { r.checked = false; })")
    submit(page)  # no approach chosen
    errors_showing(page, "approach")
    audit("approach with errors")
    page.locator("input[name=approach][value=invitational]").check()
    submit(page)

    wait_for_step(page, "team")
    audit("team")
    submit(page)  # nobody on the team, no interventionist answer
    errors_showing(page, "team")
    audit("team with errors")
    page.locator("#loved_one").fill("Sam")
    page.locator("input[name=interventionist][value=family_leads]").check()
    page.locator("#members-0-name").fill("José")
    page.locator("#members-0-relationship").select_option("parent")
    page.locator("#members-0-role").select_option("leader")
    submit(page, "add_member")
    page.locator("#members-1-name").wait_for()
    page.locator("#members-1-name").fill("Ana")
    page.locator("#members-1-relationship").select_option("sibling")
    page.locator("#members-1-role").select_option("letter_only")
    audit("team with two people")
    submit(page)

    wait_for_step(page, "statements")
    audit("statements")
    submit(page)  # both letters empty, no reader for the letter-only member
    errors_showing(page, "statements")
    audit("statements with errors")
    page.locator("textarea[name=letter_m1]").fill(LETTER)
    page.locator("textarea[name=letter_m2]").fill(LABELLED_LETTER)
    page.locator("#letter_m2-findings .findings-list--concerns").wait_for()  # the live checker's findings
    audit("statements with live findings")
    page.locator("#reader_m2").select_option("m1")
    submit(page)
    wait_for_step(page, "statements")
    assert page.locator(".findings-list--concerns").count() >= 1, "the checker's second look did not show"
    audit("statements with the checker's findings")
    submit(page)  # the same words again: moving on

    wait_for_step(page, "boundaries")
    audit("boundaries")
    page.locator("#category_m1_0").select_option("money")  # a row started, its text missing
    submit(page)  # and nothing at all for Ana
    errors_showing(page, "boundaries")
    audit("boundaries with errors")
    page.locator("textarea[name=action_m1_0]").fill(BOUNDARY)
    page.locator("input[name=keep_m1_0][value=yes]").check()
    page.locator("#category_m2_0").select_option("contact")
    # Danger written, not ticked: the next page opens with emergency help.
    page.locator("textarea[name=action_m2_0]").fill("You hit Mom last spring. I will leave the room when you are using, because I love you.")
    page.locator("input[name=keep_m2_0][value=yes]").check()
    submit(page)
    page.locator(".safety-first").wait_for()
    audit("the page after danger was written, with the safety notice")
    if page.locator("body[data-step='boundaries']").count():
        submit(page)  # a second look at the checker's findings

    wait_for_step(page, "rehearsal")
    audit("rehearsal")
    page.locator("#objection_0").select_option("other")  # "something else", without the words
    page.locator("#custom_1").fill("I am fine")  # words without saying which objection
    submit(page)
    errors_showing(page, "rehearsal")
    audit("rehearsal with errors")
    page.locator("#objection_0").select_option("stop_on_own")
    page.locator("#answered_by_0").select_option("m1")
    page.locator("#custom_1").fill("")
    submit(page)

    wait_for_step(page, "treatment")
    audit("treatment")
    submit(page)  # no treatment option chosen
    errors_showing(page, "treatment")
    audit("treatment with errors")
    fill_treatment(page)
    submit(page)

    wait_for_step(page, "review")
    audit("review")
    submit(page)

    wait_for_step(page, "plan")
    audit("plan")
    page.emulate_media(media="print")
    audit("plan, print view")
    page.emulate_media(media="screen")


def pages_outside_the_journey(page, base: str, audit: Audit) -> None:
    page.goto(base + "/help-now")
    wait_for_step(page, "help-now")
    audit("help now")

    response = page.goto(base + "/no-such-page")
    assert response.status == 404
    audit("not found (404)")

    page.goto(base + "/step/team")
    wait_for_step(page, "no-answers")
    audit("no answers (GET /step/team)")

    post_garbage_token(page, base)
    audit("bad token (POST /step/team, token=garbage)")


@pytest.mark.parametrize("base", [PLAIN, EMBED], ids=["plain", "embedded"])
def test_every_journey_page_has_no_wcag_violations_as_shown_and_with_errors(js_page, live_server, base):
    page, watch = js_page
    audit = Audit(page)
    walk_and_audit(page, live_server + base, audit)
    pages_outside_the_journey(page, live_server + base, audit)
    if base == EMBED:
        assert page.locator(".site-header").count() == 0, "the embedded layout was not the one checked"
    assert not script_errors(watch), script_errors(watch)
    audit.assert_clean(expected_states=27)


def test_provider_and_standalone_pages_have_no_wcag_violations(js_page, live_server):
    page, watch = js_page
    audit = Audit(page)

    page.goto(f"{live_server}{BRANDED}/for-providers")
    wait_for_step(page, "for-providers")
    page.wait_for_function("document.querySelector('iframe') && parseInt(document.querySelector('iframe').style.height, 10) !== 900")
    page.frames[-1].wait_for_selector("body[data-step='start']")
    audit("for providers (with its live preview)")

    for slug in ("riverside-recovery", "harbor-family"):
        page.goto(f"{live_server}/p/{slug}/")
        wait_for_step(page, "start")
        audit(f"branded start ({slug})")
        page.goto(f"{live_server}/p/{slug}/help-now")
        wait_for_step(page, "help-now")
        audit(f"branded help now ({slug})")

    page.goto(f"{live_server}/letter")
    wait_for_step(page, "own-letter")
    audit("write my own letter")
    page.evaluate("() => { document.body.dataset.stale = '1'; }")
    page.locator("form.step-form button[name=action][value=save]").click()  # no name, no letter
    page.wait_for_selector("body[data-step='own-letter']:not([data-stale])")
    assert page.locator("[data-error-summary]").is_visible(), "saving an empty own letter showed no errors"
    audit("write my own letter with errors")

    assert not script_errors(watch), script_errors(watch)
    audit.assert_clean(expected_states=7)


def test_the_audit_reports_a_planted_violation_with_what_is_needed_to_fix_it(js_page, live_server):
    """The checker itself: a field without a label and an image without alt text must not pass."""
    page, _ = js_page
    page.goto(live_server + "/")
    wait_for_step(page, "start")
    page.evaluate(
        """() => {
            const image = document.createElement('img');
            image.src = '/static/favicon.svg';
            image.id = 'planted-image';
            const field = document.createElement('input');
            field.type = 'text';
            field.id = 'planted-field';
            document.querySelector('main').append(image, field);
        }"""
    )
    audit = Audit(page)
    audit("start with planted faults")
    found = {violation["id"] for _, violation in audit.violations}
    assert {"image-alt", "label"} <= found, found
    report = audit.report()
    assert "#planted-image" in report and "#planted-field" in report and "image-alt" in report
    with pytest.raises(AssertionError):
        audit.assert_clean(expected_states=1)


LONG_WORD = "Wolfeschlegelsteinhausenbergerdorff" * 2 + "Zoë"  # 73 letters, no space: within the 80 allowed


def _fits_the_width(page) -> None:
    width = page.evaluate("document.documentElement.clientWidth")
    wide = page.evaluate("document.documentElement.scrollWidth")
    step = page.locator("body").get_attribute("data-step")
    assert wide <= width, f"{step}: the page is {wide}px wide in a {width}px window (WCAG 1.4.10)"


def test_long_unbroken_names_wrap_at_320_px_on_every_page(js_page, live_server):
    page, _ = js_page
    page.set_viewport_size({"width": 320, "height": 640})
    walk_to_plan(page, live_server, on_each_step=_fits_the_width, loved_one=LONG_WORD, member=LONG_WORD[::-1])
    _fits_the_width(page)


def test_a_name_too_long_is_not_repeated_whole_in_the_error_summary(js_page, live_server):
    page, _ = js_page
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(live_server + "/")
    for step in ("signs", "approach", "team"):
        press(page)
        wait_for_step(page, step)
    page.locator("#members-0-name").fill("A" * 300)
    press(page)
    page.locator("[data-error-summary]").wait_for()
    assert "A" * 60 not in page.locator("[data-error-summary]").inner_text()
    _fits_the_width(page)

"""Drives the wizard in a real browser the way a family would: ticking, typing, pressing buttons."""

LETTER = (
    "Dear Sam, José’s letter to you: I love you. I remember “our” summers at the lake, "
    "when you taught me to fish. Last March you missed Zoë’s birthday and I felt scared and alone. "
    "Today I am asking you to accept the help that is ready for you now."
)
BOUNDARY = "I will stop paying your phone bill, because I love you."


def wait_for_step(page, step: str) -> None:
    """Wait for the step's page and its stylesheet: the body can be in the DOM before the CSS
    has loaded, and a check of what is visible then sees what the CSS would hide."""
    page.wait_for_selector(f"body[data-step='{step}']")
    page.wait_for_load_state()


def press(page, value: str = "continue") -> None:
    page.locator(f"form[data-wizard] button[name=action][value='{value}']:not(.default-submit)").click()


def submit(page, value: str = "continue") -> str:
    """Press a wizard button, wait for the answer (a swap with JavaScript, a load without), return its step.

    The old body is marked stale first: a selector alone can match the old page before the answer
    arrives, which once made a test press Continue on the wrong step."""
    page.evaluate("() => { document.body.dataset.stale = '1'; }")
    press(page, value)
    page.wait_for_selector("body[data-step]:not([data-stale])")
    page.wait_for_load_state()
    return page.evaluate("() => document.body.getAttribute('data-step')")


def walk_to_letters(page, start_url: str) -> None:
    """The shortest way to the letters step: the defaults everywhere, one person (Ana) on the team."""
    page.goto(start_url)
    letters_from_start(page)


def letters_from_start(page, member: str = "Ana") -> None:
    """From the start page to the letters step; `page` may be a Page or an embedded Frame."""
    wait_for_step(page, "start")
    press(page)
    wait_for_step(page, "signs")
    press(page)
    wait_for_step(page, "approach")
    press(page)
    wait_for_step(page, "team")
    page.locator("input[name=interventionist][value=family_leads]").check()
    page.locator("#members-0-name").fill(member)
    page.locator("#members-0-relationship").select_option("parent")
    page.locator("#members-0-role").select_option("leader")
    press(page)
    wait_for_step(page, "statements")


def walk_to_plan(page, base_url: str, letter: str = LETTER, on_each_step=None, **names) -> None:
    page.goto(base_url + "/")
    walk_from_start(page, letter, on_each_step, **names)


def fill_treatment(page) -> None:
    """The standard journey's treatment answers: a bed waiting at Lakeside Recovery."""
    page.locator("input[name=option][value=inpatient]").check()
    page.locator("#facility").fill("Lakeside Recovery")
    page.locator("#contact").fill("555-0100")
    page.locator("#admission_confirmed").check()
    page.locator("#place").fill("Aunt Zoë’s house")


def walk_from_start(page, letter: str = LETTER, on_each_step=None, loved_one: str = "Sam", member: str = "José", stop_at: str | None = None) -> None:
    """The whole journey from the start page; `page` may be a Page or an embedded Frame.

    on_each_step(page), when given, runs on every step page as it opens; stop_at names a step to stop on."""

    class Arrived(Exception):
        """The step to stop on is open."""

    def arrive(step: str) -> None:
        wait_for_step(page, step)
        if on_each_step:
            on_each_step(page)
        if step == stop_at:
            raise Arrived

    try:
        arrive("start")
        press(page)
        arrive("signs")
        page.locator("input[name=warning][value=failed_quitting]").check()
        page.locator("input[name=substances][value=alcohol]").check()
        press(page)
        arrive("approach")
        page.locator("input[name=approach][value=invitational]").check()
        press(page)
        arrive("team")
        page.locator("#loved_one").fill(loved_one)
        page.locator("input[name=interventionist][value=family_leads]").check()
        page.locator("#members-0-name").press_sequentially(member)
        page.locator("#members-0-relationship").select_option("parent")
        page.locator("#members-0-role").select_option("leader")
        press(page)
        arrive("statements")
        page.locator("textarea[name=letter_m1]").fill(letter)
        press(page)
        arrive("boundaries")
        page.locator("#category_m1_0").select_option("money")
        page.locator("textarea[name=action_m1_0]").press_sequentially(BOUNDARY)
        page.locator("input[name=keep_m1_0][value=yes]").check()
        page.locator("input[name=enabling_m1][value=paying_debts]").check()
        press(page)
        arrive("rehearsal")
        page.locator("#objection_0").select_option("stop_on_own")
        page.locator("#answered_by_0").select_option("m1")
        press(page)
        arrive("treatment")
        fill_treatment(page)
        press(page)
        arrive("review")
        press(page)
        arrive("plan")
    except Arrived:
        return


def download_pdf_text(page, frame=None) -> str:
    import io

    from pypdf import PdfReader

    with page.expect_download() as info:
        (frame or page).locator("button[formaction$='plan.pdf']").click()
    path = info.value.path()
    with open(path, "rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())

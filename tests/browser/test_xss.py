"""Hostile text in every free-text field, through the whole journey, in a real browser.

xss_payloads.txt holds one payload a line. Each would call alert/confirm/print or
set window.__xss if it ever ran; an injected element would also show as markup
that is not ours (an on* attribute, an inline script, a frame, a javascript: or
data: link), as a request to another host, or as a CSP refusal in the console.

Every walk types the whole corpus into the first person's letter (so every
payload reaches the review page, the plan, the print view and the PDF) and
batches of payloads into every other free-text field, rotating the batches so
each walk puts different payloads into names, labels, attributes and long texts.
"""

import re
from collections import deque
from pathlib import Path

import pytest

from tests.browser.walk import download_pdf_text, press, submit, wait_for_step, walk_to_letters

pytestmark = pytest.mark.browser

PAYLOADS = [line for line in (Path(__file__).parent / "xss_payloads.txt").read_text(encoding="utf-8").split("\n") if line]
TEMPLATES = ["{{7*7}}", "zz{{7*7}}zz", "{% raw %}", "${7*7}", "#{7*7}", "<%= 7*7 %>", "[[7*7]]", "{{config}}"]
EVALUATED = ["zz49zz"]  # what zz{{7*7}}zz would become if a template engine ever ran it
NAME, SHORT, MEDIUM, BOUNDARY, PART, LETTER = 80, 120, 500, 2_000, 6_000, 20_000
EMBED = "/p/riverside-recovery/embed"

# Wrapped before any page script: print() shows no dialog, so a call to it is recorded instead.
RECORD_PRINT = "window.print = function () { window.__xss_print = (window.__xss_print || 0) + 1; };"

# Markup that is never ours: anything like it in the page means typed text became HTML.
INJECTED = """() => {
    const found = [];
    const origin = window.location.origin;
    for (const el of document.querySelectorAll('*')) {
        for (const attribute of el.attributes) {
            const name = attribute.name.toLowerCase();
            const value = attribute.value.trim().toLowerCase().replace(/[\\s\\u0000-\\u001f]/g, '');
            if (name.startsWith('on')) found.push(`${el.tagName} ${name}=`);
            if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc'].includes(name)
                && (value.startsWith('javascript:') || value.startsWith('data:text/html') || name === 'srcdoc')) {
                found.push(`${el.tagName} ${name}=${value.slice(0, 40)}`);
            }
        }
    }
    for (const script of document.querySelectorAll('script')) {
        if (!script.src.startsWith(origin + '/static/')) found.push(`SCRIPT ${script.src || 'inline'}`);
    }
    for (const tag of ['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta[http-equiv]',
                       'math', 'marquee', 'xmp', 'plaintext', 'template', 'dialog', 'video', 'audio', 'keygen',
                       'main svg', 'main img', 'main style', 'main link', 'main font', 'main para']) {
        for (const el of document.querySelectorAll(tag)) found.push(`${tag}: ${el.outerHTML.slice(0, 80)}`);
    }
    return found;
}"""


def normalised(text: str) -> str:
    return " ".join(text.split())


def squeezed(text: str) -> str:
    """No whitespace at all: PDF lines wrap wherever they like."""
    return re.sub(r"\s+", "", text)


class Batches:
    """Hands out payloads in batches that fit a field, cycling through the corpus."""

    def __init__(self, start: int):
        self.start = start
        self.pending: deque[str] = deque()
        self.rounds = 0
        self.placed: set[str] = set()

    def _refill(self) -> None:
        self.rounds += 1
        rotated = PAYLOADS[self.start :] + PAYLOADS[: self.start]
        self.pending.extend(rotated)

    def take(self, limit: int, most: int = 8) -> list[str]:
        """Up to `most` payloads that, joined by spaces, are no longer than `limit` characters."""
        if not self.pending:
            self._refill()
        chosen: list[str] = []
        length = 0
        # A long field takes the long payloads first: no other field can hold them.
        candidates = sorted(self.pending, key=lambda p: len(p) <= MEDIUM) if limit > MEDIUM else list(self.pending)
        for payload in candidates:
            if len(chosen) == most:
                break
            extra = len(payload) + (1 if chosen else 0)
            if length + extra <= limit:
                chosen.append(payload)
                length += extra
                self.pending.remove(payload)
        if not chosen:  # everything left is too long for this field: start another round
            self._refill()
            return self.take(limit, most)
        self.placed.update(chosen)
        return chosen


class Guard:
    """Checks a page for any sign that a payload ran or became markup."""

    def __init__(self, page, watch):
        self.page = page
        self.watch = watch
        self.checked: list[str] = []

    def __call__(self, where: str) -> None:
        page = self.page
        assert page.evaluate("() => typeof window.__xss") == "undefined", f"{where}: a payload set window.__xss"
        assert page.evaluate("() => typeof window.__xss_print") == "undefined", f"{where}: a payload called print()"
        assert not self.watch.dialogs, f"{where}: a payload opened a dialog: {self.watch.dialogs}"
        injected = page.evaluate(INJECTED)
        assert not injected, f"{where}: typed text became markup ({len(injected)} elements): {injected[:10]}"
        errors = [error[:200] for error in self.watch.errors]
        assert not errors, f"{where}: {len(errors)} script errors or CSP refusals, first: {errors[:5]}"
        assert not self.watch.foreign_requests(), f"{where}: requests elsewhere: {self.watch.foreign_requests()}"
        self.checked.append(where)


def move_on(page, step: str) -> None:
    """Continue; the checker may ask for one more look at the same words, which a second Continue accepts."""
    shown = submit(page)
    if shown == step:
        errors = page.locator("[data-error-summary]")
        assert not errors.count(), f"{step} refused the payloads: {errors.inner_text()}"
        shown = submit(page)
    assert shown != step, f"stuck on {step}"


def hostile_walk(page, base_url: str, batches: Batches, guard: Guard) -> dict[str, list[str]]:
    """The journey with payloads in every free-text field; returns which payloads went where."""
    typed: dict[str, list[str]] = {}

    def put(selector: str, limit: int, most: int = 8) -> None:
        batch = batches.take(limit, most)
        text = " ".join(batch)
        assert len(text) <= limit
        page.locator(selector).fill(text)
        typed[selector] = batch

    page.goto(base_url + "/")
    wait_for_step(page, "start")
    guard("start")
    press(page)
    wait_for_step(page, "signs")
    page.locator("input[name=warning][value=failed_quitting]").check()
    press(page)
    wait_for_step(page, "approach")
    guard("approach")
    press(page)

    wait_for_step(page, "team")
    put("#loved_one", NAME, 2)
    page.locator("input[name=interventionist][value=family_leads]").check()
    put("#members-0-name", NAME, 2)
    page.locator("#members-0-relationship").select_option("parent")
    page.locator("#members-0-role").select_option("leader")
    submit(page, "add_member")
    put("#members-1-name", NAME, 2)
    page.locator("#members-1-relationship").select_option("friend")
    page.locator("#members-1-role").select_option("speaker")
    guard("team")
    move_on(page, "team")

    wait_for_step(page, "statements")
    guard("statements")
    for member in ("m1", "m2"):
        for part in ("love", "moments", "request", "support"):
            put(f"textarea[name={part}_{member}]", PART, 8)
    whole = "\n".join(PAYLOADS)
    assert len(whole) <= LETTER
    page.locator("textarea[name=letter_m1]").fill(whole)
    typed["textarea[name=letter_m1]"] = PAYLOADS
    put("textarea[name=letter_m2]", LETTER, 10)
    guard("statements, typed")
    move_on(page, "statements")

    wait_for_step(page, "boundaries")
    guard("boundaries")
    for member in ("m1", "m2"):
        for row, category in enumerate(("money", "contact", "housing")):
            page.locator(f"#category_{member}_{row}").select_option(category)
            put(f"textarea[name=action_{member}_{row}]", BOUNDARY, 8)
            page.locator(f"input[name=keep_{member}_{row}][value=yes]").check()
            put(f"#helper_{member}_{row}", SHORT, 2)
        put(f"#enabling_other_{member}", SHORT, 2)
    move_on(page, "boundaries")

    wait_for_step(page, "rehearsal")
    guard("rehearsal")
    for row in range(4):
        page.locator(f"#objection_{row}").select_option("other")
        put(f"#custom_{row}", SHORT, 2)
        page.locator(f"#answered_by_{row}").select_option("m1" if row % 2 == 0 else "m2")
        put(f"textarea[name=reply_{row}]", MEDIUM, 5)
    page.locator("#walkout_follower").select_option("m2")
    put("textarea[name=walkout_words]", MEDIUM, 5)
    move_on(page, "rehearsal")

    wait_for_step(page, "treatment")
    guard("treatment")
    page.locator("input[name=option][value=inpatient]").check()
    for field in ("facility", "contact", "transport"):
        put(f"#{field}", SHORT, 2)
    put("#place", MEDIUM, 5)
    move_on(page, "treatment")

    wait_for_step(page, "review")
    guard("review")
    review = normalised(page.locator("main").inner_text())
    for literal in EVALUATED:
        assert literal not in review, f"review: template syntax was evaluated ({literal})"
    press(page)

    wait_for_step(page, "plan")
    guard("plan")
    plan_text = normalised(page.locator("main").inner_text())
    for literal in TEMPLATES:
        assert normalised(literal) in plan_text, f"plan: {literal!r} is not shown literally"
    for literal in EVALUATED:
        assert literal not in plan_text, f"plan: template syntax was evaluated ({literal})"
    missing = [f"{selector}: {batch[0]!r}" for selector, batch in typed.items() if normalised(batch[0]) not in plan_text]
    assert not missing, "plan: typed text is not shown as typed:\n" + "\n".join(missing)
    page.emulate_media(media="print")
    assert page.locator(".plan-document").is_visible()
    guard("plan, print view")
    page.emulate_media(media="screen")
    return typed


def download_pdf_body(page) -> str:
    """The PDF's text without each page's footer, which would otherwise split a payload that runs over a page."""
    import io

    from pypdf import PdfReader

    footer = normalised(page.locator(".plan-footer").inner_text())
    assert footer
    with page.expect_download() as info:
        page.locator("button[formaction$='plan.pdf']").click()
    with open(info.value.path(), "rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    kept: list[str] = []

    def not_the_footer(text, cm, tm, font, size):
        line = normalised(text)
        if line.isdigit() or (line and line in footer):  # the page number, or a line of the footer
            return
        kept.append(text)

    for pdf_page in reader.pages:
        pdf_page.extract_text(visitor_text=not_the_footer)
    return "".join(kept)


def check_pdf(page, guard: Guard) -> None:
    whole = download_pdf_text(page)
    for literal in EVALUATED:
        assert literal not in whole, f"PDF: template syntax was evaluated ({literal})"
    text = squeezed(download_pdf_body(page))
    printable = [p for p in PAYLOADS if p.isascii() and len(p) < 400]
    assert len(printable) > 100
    missing = [p for p in printable if squeezed(p) not in text]
    assert not missing, f"{len(missing)} payloads are not in the PDF as typed, e.g. {missing[:5]}"
    guard("plan, after the PDF download")


def hostile_page(browser, live_server):
    from tests.browser.conftest import Watch

    context = browser.new_context(accept_downloads=True)
    context.add_init_script(RECORD_PRINT)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page, Watch(page, live_server)


@pytest.mark.parametrize(
    ("base", "start"),
    [("", 0), (EMBED, len(PAYLOADS) // 3), ("", 2 * len(PAYLOADS) // 3)],
    ids=["plain", "embedded", "plain-rotated"],
)
def test_payloads_in_every_field_never_run_and_print_literally(browser, live_server, base, start):
    context, page, watch = hostile_page(browser, live_server)
    try:
        batches = Batches(start)
        guard = Guard(page, watch)
        typed = hostile_walk(page, live_server + base, batches, guard)
        assert len(typed) >= 35, f"only {len(typed)} fields were given payloads"
        assert batches.placed == set(PAYLOADS), "some payloads never went into a field of their own"
        if base == EMBED:
            assert page.locator(".site-header").count() == 0, "the embedded layout was not the one walked"
        check_pdf(page, guard)
        assert len(guard.checked) >= 12
    finally:
        context.close()


def test_the_payload_corpus_is_large_and_varied():
    assert len(PAYLOADS) >= 100
    assert len(set(PAYLOADS)) == len(PAYLOADS)
    for needle in ("<script", "<SCRIPT", "onerror", "onload", "autofocus", "onmouseover", "javascript:", "data:",
                   "<svg", "<math", "srcdoc", "expression(", "`", "{{7*7}}", "{% raw %}", "${7*7}", "#{7*7}",
                   "<%= 7*7 %>", "\u200b"):
        assert any(needle in payload for payload in PAYLOADS), f"no payload uses {needle!r}"
    assert max(len(p) for p in PAYLOADS) > 1000, "no very long payload"
    would_show = r"alert|confirm|print|__xss|atob|'al'\+'ert'|&#97;&#108;|\\u0061lert|base64|7\*7|\{%|\{#|config|self|__class__"
    harmless = [p for p in PAYLOADS if not re.search(would_show, p)]
    assert not harmless, f"payloads that could run unnoticed: {harmless}"


@pytest.mark.parametrize("kind", ["letter", "boundary"])
def test_the_live_checker_shows_findings_without_running_typed_text(browser, live_server, kind):
    context, page, watch = hostile_page(browser, live_server)
    try:
        guard = Guard(page, watch)
        walk_to_letters(page, live_server + "/")
        target = "#letter_m1"
        if kind == "boundary":
            page.locator(target).fill("I love you and I am scared for you.")
            move_on(page, "statements")
            wait_for_step(page, "boundaries")
            target = "#action_m1_0"
        box = page.locator(f"{target}-findings")
        # Typed key by key, with words the checker quotes back (a label, "you must") around the payloads.
        page.locator(target).press_sequentially("You junkie, you must stop <img src=x onerror=alert(1)> ", delay=2)
        page.locator(target).press_sequentially("\"><svg onload=window.__xss=1> {{7*7}} <script>print()</script>", delay=2)
        box.locator("li").first.wait_for()
        page.wait_for_timeout(1000)
        findings = box.inner_html()
        assert box.inner_text().strip(), "the live checker showed nothing"
        assert "<img" not in findings and "<svg" not in findings and "<script" not in findings, findings
        guard(f"live {kind} checker")
        # A whole batch at once, then the findings box once more.
        page.locator(target).fill(" ".join(PAYLOADS[:40]) + " you junkie")
        page.wait_for_timeout(1000)
        guard(f"live {kind} checker, a batch of payloads")
    finally:
        context.close()


def own_letter_press(page, action: str) -> None:
    page.evaluate("() => { document.body.dataset.stale = '1'; }")
    page.locator(f"form.step-form button[name=action][value={action}]").click()
    page.wait_for_selector("body[data-step='own-letter']:not([data-stale])")


def test_payloads_on_the_write_my_own_letter_page_never_run(browser, live_server):
    """The page for writing a letter alone echoes every field back (check, and errors on save): same rules."""
    context, page, watch = hostile_page(browser, live_server)
    try:
        guard = Guard(page, watch)
        batches = Batches(len(PAYLOADS) // 2)
        page.goto(live_server + "/letter")
        wait_for_step(page, "own-letter")
        name = " ".join(batches.take(NAME, 2))
        page.locator("#name").fill(name)
        typed = {}
        for part in ("love", "moments", "request", "support"):
            typed[part] = " ".join(batches.take(PART, 10))
        typed["letter"] = " ".join(batches.take(LETTER, 40))
        for field, text in typed.items():
            page.locator(f"textarea[name={field}]").fill(text)
        own_letter_press(page, "check")
        guard("own letter, checked")
        assert normalised(page.locator("#name").input_value()) == normalised(name)
        for field, text in typed.items():
            assert normalised(page.locator(f"textarea[name={field}]").input_value()) == normalised(text), field
        page_text = normalised(page.locator("main").inner_text())
        for literal in EVALUATED:
            assert literal not in page_text

        page.locator("#name").fill("")  # saving without a name: the error page echoes everything again
        own_letter_press(page, "save")
        assert page.locator("[data-error-summary]").is_visible()
        guard("own letter, with errors")
    finally:
        context.close()


def test_the_own_letter_page_puts_the_parts_together(js_page, live_server):
    page, _ = js_page
    page.goto(live_server + "/letter")
    wait_for_step(page, "own-letter")
    page.locator("#name").fill("Ana")
    page.locator("textarea[name=love]").fill("I love you.")
    page.locator("textarea[name=request]").fill("Please accept help today.")
    own_letter_press(page, "assemble")
    assert "I love you." in page.locator("textarea[name=letter]").input_value()

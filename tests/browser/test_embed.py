"""Embedding as a provider's site does it: another origin, the one-line snippet, third-party cookies blocked.

The planner runs on 127.0.0.1; the provider's site runs on localhost (another
site, so the frame is third-party) on two ports: one the test profile lists,
one it does not. Providers are read from a temporary folder so the allowed
origin can carry the port the operating system picked.
"""

import json
import shutil
import tempfile
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from app import create_app
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, Watch
from tests.browser.walk import LETTER, download_pdf_text, letters_from_start, press, wait_for_step, walk_from_start

pytestmark = pytest.mark.browser

PROFILE = """---
name: {name}
phone: {phone}
website: https://{slug}.example.org
talk:
  en: "Call {name} to talk it through."
logo: providers/riverside-recovery.svg
colours:
  brand: "#1f4e8c"
  accent: "#1f4e8c"
embed_origins:
  - {origin}
---
"""


def serve(host: str, app) -> tuple[str, object]:
    server = make_server(host, 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://{host}:{server.server_port}", server


@pytest.fixture(scope="module")
def sites():
    planner_box: dict[str, str] = {}

    @Request.application
    def provider_site(request):
        slug = request.args.get("provider", "test-provider")
        target = request.args.get("frame")
        lang = request.args.get("lang")
        planner = planner_box["origin"]
        body = (
            f'<iframe title="planner" src="{planner}{target}" onload="this.dataset.loaded=1" style="width:100%;height:600px"></iframe>'
            if target
            else f'<script src="{planner}/static/js/embed.js" data-provider="{slug}"{f" data-lang={lang}" if lang else ""} async></script>'
        )
        html = f"<!doctype html><title>Provider</title><h1>Our treatment center</h1>{body}<p>Footer of the provider site</p>"
        return Response(html, mimetype="text/html")

    allowed, allowed_server = serve("localhost", provider_site)
    other, other_server = serve("localhost", provider_site)
    folder = Path(tempfile.mkdtemp())
    (folder / "test-provider.md").write_text(
        PROFILE.format(name="Test Recovery Place", phone="1-555-010-0111", slug="test-provider", origin=allowed)
    )
    (folder / "other-provider.md").write_text(
        PROFILE.format(name="Other Care Group", phone="1-555-010-0999", slug="other-provider", origin=other)
    )
    app = create_app({"TESTING": True, "SECRET_KEYS": ["embed-test-secret"], "PROVIDERS_ROOT": folder})
    planner, planner_server = serve("127.0.0.1", app)
    planner_box["origin"] = planner
    yield {"planner": planner, "allowed": allowed, "other": other}
    for server in (allowed_server, other_server, planner_server):
        server.shutdown()
    shutil.rmtree(folder)


@pytest.fixture
def blocked_cookies_page(playwright_driver):
    """A Chromium profile whose settings block third-party cookies, as many families' browsers do."""
    profile = Path(tempfile.mkdtemp())
    (profile / "Default").mkdir()
    (profile / "Default" / "Preferences").write_text(
        json.dumps({"profile": {"block_third_party_cookies": True, "cookie_controls_mode": 1}})
    )
    context = playwright_driver.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True, accept_downloads=True,
        viewport={"width": 390, "height": 800},
    )  # fmt: skip
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()
    shutil.rmtree(profile, ignore_errors=True)


def planner_frame(page, planner: str):
    page.wait_for_selector("iframe")
    handle = page.locator("iframe").element_handle()
    frame = handle.content_frame()
    frame.wait_for_selector("body[data-step]")
    return frame


def fits_content(page, frame) -> tuple[int, int, int]:
    """(iframe height, frame's content height, frame's viewport height) once resizing has settled."""
    page.wait_for_function(
        """() => {
            const iframe = document.querySelector('iframe');
            return iframe && parseInt(iframe.style.height, 10) > 900;
        }"""
    )
    page.wait_for_timeout(300)
    iframe_height = page.evaluate("parseInt(document.querySelector('iframe').style.height, 10)")
    content, viewport = frame.evaluate("[document.documentElement.scrollHeight, window.innerHeight]")
    return iframe_height, content, viewport


def test_the_snippet_embeds_the_whole_journey_cross_origin_with_cookies_blocked(blocked_cookies_page, sites):
    page = blocked_cookies_page
    watch = Watch(page, sites["planner"])
    page.goto(sites["allowed"] + "/")
    frame = planner_frame(page, sites["planner"])
    assert frame.url.startswith(sites["planner"] + "/p/test-provider/embed/")
    # The frame is third-party and its cookies are blocked: a cookie it tries to set does not stick.
    assert frame.evaluate("document.cookie = 'probe=1; SameSite=None; Secure'; document.cookie") == ""
    assert frame.locator(".site-header").count() == 0, "embedded pages drop the site header"
    assert frame.locator("a[data-quick-exit][target=_top]").count() >= 1

    walk_from_start(frame, LETTER + " " + " ".join(["I will visit you every weekend."] * 40))
    wait_for_step(frame, "plan")
    iframe_height, content, viewport = fits_content(page, frame)
    assert content <= viewport + 1, f"inner scroll bar: content {content}px in a {viewport}px frame"
    assert abs(iframe_height - content) <= 2

    main = frame.locator("main").inner_text()
    assert "Test Recovery Place" in main and "1-555-010-0111" in main
    assert "Other Care Group" not in frame.content()
    text = download_pdf_text(page, frame)
    assert "Test Recovery Place" in text and "1-555-010-0111" in text
    assert "José’s letter to you" in text
    assert "Other Care Group" not in text and "0999" not in text
    assert not watch.errors, watch.errors
    assert not [url for url in watch.requests if not url.startswith((sites["planner"], sites["allowed"]))]


def test_a_long_step_grows_the_frame_so_there_is_no_inner_scroll_bar(blocked_cookies_page, sites):
    page = blocked_cookies_page
    page.goto(sites["allowed"] + "/")
    frame = planner_frame(page, sites["planner"])
    press(frame)
    wait_for_step(frame, "signs")  # the longest form in the journey
    iframe_height, content, viewport = fits_content(page, frame)
    assert iframe_height > 1500, iframe_height
    assert content <= viewport + 1, f"inner scroll bar: content {content}px in a {viewport}px frame"


def test_add_a_person_in_the_frame_starts_typing_in_the_new_name_without_an_error_on_the_provider_page(blocked_cookies_page, sites):
    """Browsers refuse autofocus in a cross-origin frame and say so in the provider's console (QA 10, P3-9)."""
    page = blocked_cookies_page
    watch = Watch(page, sites["planner"])
    page.goto(sites["allowed"] + "/")
    frame = planner_frame(page, sites["planner"])
    walk_from_start(frame, stop_at="team")
    frame.locator("#members-0-name").fill("José")
    frame.locator("button[value=add_member]").click()
    frame.locator("#members-1-name").wait_for()
    frame.wait_for_function("document.activeElement && document.activeElement.id === 'members-1-name'")
    assert not watch.errors, watch.errors


def test_the_quick_exit_key_asks_the_provider_page_to_leave(blocked_cookies_page, sites):
    page = blocked_cookies_page
    page.route("https://weather.com/**", lambda route: route.fulfill(body="<p>neutral page</p>", content_type="text/html"))
    page.goto(sites["allowed"] + "/")
    frame = planner_frame(page, sites["planner"])
    page.wait_for_function("parseInt(document.querySelector('iframe').style.height, 10) > 0")
    frame.locator("h1").click()
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url("https://weather.com/**")
    assert "neutral page" in page.content()


@pytest.mark.parametrize("snippet", ["script", "iframe tag"])
def test_after_the_quick_exit_back_does_not_bring_the_embedded_plan_back(blocked_cookies_page, sites, snippet):
    page = blocked_cookies_page
    page.route("https://weather.com/**", lambda route: route.fulfill(body="<p>neutral page</p>", content_type="text/html"))
    page.goto(sites["allowed"] + ("/" if snippet == "script" else "/?frame=/p/test-provider/embed/"))
    frame = planner_frame(page, sites["planner"])
    walk_from_start(frame)
    assert "José" in frame.locator("main").inner_text()
    frame.locator("[data-quick-exit]").first.click()
    page.wait_for_url("https://weather.com/**")
    # history.back() rather than page.go_back(): a step back inside the frame fires no top-level load.
    for move in ("history.back()", "history.back()", "location.reload()"):
        page.evaluate(move)
        page.wait_for_timeout(300)
        page.wait_for_load_state()
        page.wait_for_timeout(1000)  # room for any restore the frame might try
        for each in page.frames:
            assert "José" not in each.content(), f"the plan is back on screen at {each.url}"


def referers_of_the_neutral_page(page) -> list:
    """Stands in for the neutral page; the list fills with the Referer of each visit to it."""
    referers = []

    def neutral(route):
        referers.append(route.request.headers.get("referer"))
        route.fulfill(body="<p>neutral page</p>", content_type="text/html")

    page.route("https://weather.com/**", neutral)
    return referers


def test_a_pinned_exit_stays_in_sight_on_the_provider_page_and_leaves_without_a_referer(blocked_cookies_page, sites):
    """The frame grows to its content, so its own exit bar scrolls away with the provider's page."""
    page = blocked_cookies_page
    referers = referers_of_the_neutral_page(page)
    page.goto(sites["allowed"] + "/?lang=es")
    frame = planner_frame(page, sites["planner"])
    press(frame)
    wait_for_step(frame, "signs")  # a long page
    pinned = page.locator("[data-planner-exit]")
    page.wait_for_function("parseInt(document.querySelector('iframe').style.height, 10) > 1500")
    on_screen = "(() => { const box = document.querySelector('[data-planner-exit]').getBoundingClientRect(); return box.bottom > 0; })()"
    assert not page.evaluate(on_screen), "while the frame's own exit bar shows, nothing is pinned"
    page.mouse.wheel(0, 1200)
    page.wait_for_function(on_screen)
    assert pinned.inner_text() == "Salir de esta página", "in the family's language"
    assert pinned.get_attribute("lang") == "es", "and marked as Spanish for screen readers"
    box = pinned.bounding_box()
    assert 0 <= box["y"] < 20 and box["height"] >= 44
    pinned.click()
    page.wait_for_url("https://weather.com/**")
    assert referers == [None], f"the neutral site learned where the family was: {referers}"


def test_keyboard_users_meet_the_pinned_exit_before_the_frame_and_shift_three_times_works_on_the_page(blocked_cookies_page, sites):
    page = blocked_cookies_page
    page.route("https://weather.com/**", lambda route: route.fulfill(body="<p>neutral page</p>", content_type="text/html"))
    page.goto(sites["allowed"] + "/")
    frame = planner_frame(page, sites["planner"])
    page.wait_for_function("document.querySelector('[data-planner-exit]').textContent.length > 0")
    page.evaluate("document.querySelector('[data-planner-exit]').focus()")
    box = page.locator("[data-planner-exit]").bounding_box()
    assert box["y"] >= 0, "shown while it has focus"
    assert page.evaluate("document.querySelector('[data-planner-exit]').nextElementSibling.tagName") == "IFRAME"
    page.locator("h1").click()  # focus on the provider's own page, not in the frame
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url("https://weather.com/**")


def test_the_quick_exit_from_inside_the_frame_sends_no_referer(blocked_cookies_page, sites):
    page = blocked_cookies_page
    referers = referers_of_the_neutral_page(page)
    page.goto(sites["allowed"] + "/")
    frame = planner_frame(page, sites["planner"])
    page.wait_for_function("parseInt(document.querySelector('iframe').style.height, 10) > 0")
    frame.locator("[data-quick-exit]").first.click()
    page.wait_for_url("https://weather.com/**")
    assert referers == [None], f"the neutral site learned where the family was: {referers}"


def test_with_storage_blocked_the_help_page_and_back_keep_the_answers_in_the_frame(blocked_cookies_page, sites):
    """Most embedded frames have no storage (third-party cookies blocked); Back must still restore them."""
    page = blocked_cookies_page
    page.goto(sites["allowed"] + "/")
    frame = planner_frame(page, sites["planner"])
    assert frame.evaluate("() => { try { sessionStorage.length; return 'allowed'; } catch (e) { return 'blocked'; } }") == "blocked"
    letters_from_start(frame, member="José")
    frame.locator("#letter_m1").fill("Typed just before looking for help.")
    frame.locator("footer").get_by_role("link", name="More help now").click()  # at once: no pause after typing
    wait_for_step(frame, "help-now")
    page.evaluate("history.back()")
    wait_for_step(frame, "statements")
    assert "José" in frame.locator("main").inner_text()
    assert frame.locator("#letter_m1").input_value() == "Typed just before looking for help."


def test_the_frame_is_named_in_the_familys_language(blocked_cookies_page, sites):
    page = blocked_cookies_page
    page.goto(sites["allowed"] + "/?lang=es")
    frame = planner_frame(page, sites["planner"])
    assert frame.locator("html").get_attribute("lang") == "es"
    page.wait_for_function("document.querySelector('iframe').title === 'Planificador de Intervención Familiar'")


def test_an_origin_the_profile_does_not_list_cannot_frame_the_wizard(blocked_cookies_page, sites):
    page = blocked_cookies_page
    page.goto(sites["other"] + "/?provider=test-provider")
    page.wait_for_selector("iframe")
    page.wait_for_timeout(1000)
    frame = page.locator("iframe").element_handle().content_frame()
    assert frame.locator("form[data-wizard]").count() == 0, "the browser showed the wizard to a site not listed"
    assert page.evaluate("document.querySelector('iframe').style.height") == "900px", "no resize came back"


@pytest.mark.parametrize("target", ["/", "/step/signs", "/p/test-provider/", "/p/other-provider/embed/"])
def test_pages_outside_this_providers_embed_path_cannot_be_framed_even_from_its_own_site(blocked_cookies_page, sites, target):
    page = blocked_cookies_page
    page.goto(f"{sites['allowed']}/?frame={target}")
    page.wait_for_selector("iframe[data-loaded]", state="attached")
    frame = page.locator("iframe").element_handle().content_frame()
    assert frame.locator("body[data-step]").count() == 0, f"{target} was shown in a frame"


def test_the_plain_iframe_fallback_works_on_a_listed_origin(blocked_cookies_page, sites):
    page = blocked_cookies_page
    page.goto(f"{sites['allowed']}/?frame=/p/test-provider/embed/")
    frame = planner_frame(page, sites["planner"])
    assert frame.locator("body[data-step=start]").count() == 1


def test_the_for_providers_page_shows_a_live_preview_of_the_embedded_wizard(blocked_cookies_page, sites):
    page = blocked_cookies_page
    page.goto(f"{sites['planner']}/p/test-provider/for-providers")
    frame = planner_frame(page, sites["planner"])
    assert frame.url.startswith(f"{sites['planner']}/p/test-provider/embed/")
    page.wait_for_function("parseInt(document.querySelector('iframe').style.height, 10) !== 900")
    assert frame.locator("body[data-step=start] form[data-wizard]").count() == 1

"""Browser fixtures: the app on a loopback port and Debian's Chromium driven by Playwright.

Locally, without /usr/bin/chromium, browser tests skip with one loud line. In CI
(CI=true) a missing Chromium is a failure: browser claims must really be checked.
"""

import logging
import os
import threading

import pytest
from werkzeug.serving import make_server

from app import create_app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MISSING = f"BROWSER TESTS SKIPPED: no Chromium at {CHROMIUM} (apt-get install -y chromium to run them)"
_skipped = []


class Collect(logging.Handler):
    """Keeps every log record the server writes, so tests can search them for typed text."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(self.format(record))


@pytest.fixture(scope="session")
def server_log():
    handler = Collect()
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield handler
    root.removeHandler(handler)
    root.setLevel(previous)


@pytest.fixture(scope="session")
def live_server(server_log):
    app = create_app({"TESTING": True, "SECRET_KEYS": ["browser-test-secret"]})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def playwright_driver():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the browser tests, but there is no Chromium at {CHROMIUM}")
        _skipped.append(MISSING)
        pytest.skip(MISSING)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_driver):
    chromium = playwright_driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


@pytest.fixture(scope="session")
def history_browser(playwright_driver):
    """Chromium with its back/forward cache on, as a family's browser has it.

    Playwright turns that cache off by default (so a page always fires "load" on Back);
    tests of what Back shows need it on, and wait for "commit" instead."""
    chromium = playwright_driver.chromium.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS, ignore_default_args=["--disable-back-forward-cache"]
    )
    yield chromium
    chromium.close()


class Watch:
    """Everything a page did that a test may want to refuse: other hosts, script errors, dialogs."""

    def __init__(self, page, origin):
        self.origin = origin
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))

    def foreign_requests(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(self.origin + "/")]


def _page(browser, live_server, javascript: bool):
    context = browser.new_context(java_script_enabled=javascript, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    watch = Watch(page, live_server)
    return context, page, watch


@pytest.fixture
def js_page(browser, live_server):
    context, page, watch = _page(browser, live_server, javascript=True)
    yield page, watch
    context.close()


@pytest.fixture
def nojs_page(browser, live_server):
    context, page, watch = _page(browser, live_server, javascript=False)
    yield page, watch
    context.close()


def pytest_terminal_summary(terminalreporter):
    if _skipped:
        terminalreporter.write_line(_skipped[0], red=True, bold=True)

"""Screenshots of every step at phone and desktop widths, for people to look at.

Usage: python -m tools.screenshots [output folder]   (default: screenshots/)
Walks the journey in Debian's Chromium with the app on a loopback port; it also
shows a step with errors, the help page and the crisis page.
"""

import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

from app import create_app
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.browser.walk import press, wait_for_step, walk_to_plan

WIDTHS = (360, 1280)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_app({"TESTING": True, "SECRET_KEYS": ["screenshots"]})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for width in WIDTHS:
            page = browser.new_page(viewport={"width": width, "height": 900})
            seen = set()

            def shoot(name):
                page.screenshot(path=str(out / f"{width}-{len(seen):02d}-{name}.png"), full_page=True)
                seen.add(name)

            original_press = press

            def pressing(page_, value="continue"):
                step = page_.locator("body").get_attribute("data-step")
                if step not in seen:
                    shoot(step)
                original_press(page_, value)

            import tests.browser.walk as walk

            walk.press = pressing
            try:
                walk_to_plan(page, base)
            finally:
                walk.press = original_press
            shoot("plan")
            for name, action in (("review", "goto:review"),):
                press(page, action)
                wait_for_step(page, name)
            page.locator("button[value='goto:statements']").first.click()
            wait_for_step(page, "statements")
            page.locator("textarea[name=letter_m1]").fill("")
            press(page)
            wait_for_step(page, "statements")
            shoot("statements-errors")
            page.goto(base + "/help-now")
            shoot("help-now")
            page.goto(base + "/")
            press(page)
            wait_for_step(page, "signs")
            page.locator("input[name=danger][value=overdose]").check()
            press(page)
            wait_for_step(page, "crisis")
            shoot("crisis")
            page.close()
        browser.close()
    server.shutdown()
    print(f"screenshots written to {out}/")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))

"""The "Or press Shift 3 times" hint is offered only where the page script makes Shift work.

QA 13 P3-1: with scripts off, a laptop still showed the hint, and Shift did nothing. The
browser test (tests/browser/test_journey.py, the Shift hint test) checks what is seen; this
one keeps the three parts that make it so from drifting apart: the page is served without
the mark, the script sets it, and the style sheet hides the hint without it.
"""

import re

import pytest

from tests.support import check_page


@pytest.mark.parametrize("path", ["/", "/p/riverside-recovery/embed/"])
def test_the_page_is_served_without_the_scripts_mark_and_with_the_hint_in_the_exit_bar(client, path):
    page = check_page(client.get(path))
    assert "js" not in (page.root.get("class") or "").split()
    assert page.root.find(".//section[@class='quick-exit-bar']/span[@class='quick-exit-hint']") is not None


def test_the_style_sheet_hides_the_hint_until_the_script_marks_the_page(client):
    css = client.get("/static/css/app.css").get_data(as_text=True)
    script = client.get("/static/js/app.js").get_data(as_text=True)
    assert re.search(r"html:not\(\.js\) \.quick-exit-hint \{ display: none; \}", css)
    assert 'document.documentElement.classList.add("js")' in script
    # Set where the Shift handler is added, so the hint never shows for a shortcut that is not there.
    assert script.index('classList.add("js")') > script.index("if (shiftTimes.length >= 3) quickExit();")

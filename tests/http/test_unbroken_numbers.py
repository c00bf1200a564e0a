"""A phone number on a narrow screen is never split at a hyphen ("1-800-487- / 4889").

Every written number the family can read, in our words or theirs, sits in an element
that keeps it on one line (.phone-number, or the big crisis buttons' digits).
"""

import pytest

from tests.support import STANDARD_ANSWERS, check_page, walk_to
from wizard.phones import WRITTEN_NUMBER

KEEPS_WHOLE = {"phone-number", "crisis-digits"}
NOT_READ_AS_TEXT = {"textarea", "script", "style", "title", "option"}  # form values and the tab's title

DANGER_AND_GAMBLING = {
    "warning": ["lies_secrecy"],
    "danger": ["overdose", "suicidal", "violence", "child_at_risk", "withdrawal"],
    "substances": ["opioids", "gambling", "alcohol"],
}
FAMILY_NUMBERS = {**STANDARD_ANSWERS["treatment"], "contact": "Intake, 555-201-7788", "place": "Call 555-201-7799 at the gate"}


def broken_numbers(root) -> list[str]:
    """Written numbers in the page's text that a narrow screen may break at a hyphen."""
    parent = {child: element for element in root.iter() for child in element}

    def kept_whole(element) -> bool:
        while element is not None:
            if element.tag in NOT_READ_AS_TEXT or KEEPS_WHOLE & set((element.get("class") or "").split()):
                return True
            element = parent.get(element)
        return False

    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for text, holder in ((element.text, element), (element.tail, parent.get(element))):
            for match in WRITTEN_NUMBER.finditer(text or ""):
                if not kept_whole(holder):
                    found.append(f"{match.group()} in <{holder.tag}>: {text.strip()[:80]}")
    return found


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_page_of_the_journey_can_break_a_phone_number_across_lines(journey, lang):
    answers = {"signs": DANGER_AND_GAMBLING, "treatment": FAMILY_NUMBERS}
    page = journey.start("/" if lang == "en" else "/?lang=es")
    page = journey.submit()
    seen, broken = set(), []
    for _ in range(16):
        seen.add(page.step)
        broken += [f"{page.step}: {b}" for b in broken_numbers(page.root)]
        if page.step == "plan":
            break
        page = journey.submit(**{**STANDARD_ANSWERS, **answers}[page.step])
    assert {"crisis", "treatment", "plan"} <= seen
    assert not broken, "\n".join(broken)


def test_the_help_now_page_keeps_numbers_whole(client):
    page = check_page(client.get("/help-now"))
    assert WRITTEN_NUMBER.search(page.text) and not broken_numbers(page.root)


def test_the_rehearsal_page_keeps_numbers_whole_in_the_checklist_and_the_ready_replies(journey):
    not_yet = {**STANDARD_ANSWERS["treatment"], "option": "not_yet", "facility": "", "admission_confirmed": None}
    walk_to(journey, "review", treatment=not_yet)
    page = journey.submit(action="goto:rehearsal")  # back after choosing no program: the checklist names the helpline
    assert page.step == "rehearsal" and page.text.count("1-800-662-4357") >= 2, "in 'I can't pay' and the checklist"
    assert not broken_numbers(page.root)

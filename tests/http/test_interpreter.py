"""A Deaf loved one and an interpreter on the team, walked through the wizard (QA 10 P2-3).

The interpreter stays neutral: the letters and boundaries steps ask nothing of them, the reading
order leaves them out, and their printout holds everyone's letters but none of their own.
"""

import io

from pypdf import PdfReader

from tests.support import STANDARD_ANSWERS, walk_to
from wizard.document import names_list

WITH_INTERPRETER = {
    "team": {
        **STANDARD_ANSWERS["team"],
        "members-1-name": "Rosa",
        "members-1-relationship": "professional",
        "members-1-role": "interpreter",
    }
}


def pdf_text(response) -> str:
    assert response.mimetype == "application/pdf", response.get_data(as_text=True)[:500]
    reader = PdfReader(io.BytesIO(response.data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def names_of(page, tag: str) -> set[str]:
    return {element.get("name") for element in page.root.iter(tag) if element.get("name")}


def test_the_interpreter_is_asked_for_no_letter_and_no_bottom_line(journey):
    letters = walk_to(journey, "statements", **WITH_INTERPRETER)
    assert "letter_m1" in names_of(letters, "textarea") and "letter_m2" not in names_of(letters, "textarea")
    assert "Letter from Rosa" not in letters.text and "order_m2" not in names_of(letters, "select")
    boundaries = journey.submit(**STANDARD_ANSWERS["statements"])
    assert boundaries.step == "boundaries", boundaries.error_messages()
    assert "action_m1_0" in names_of(boundaries, "textarea") and "action_m2_0" not in names_of(boundaries, "textarea")
    rehearsal = journey.submit(**STANDARD_ANSWERS["boundaries"])
    assert rehearsal.step == "rehearsal", rehearsal.error_messages()
    followers = [o.get("value") for o in rehearsal.root.findall(".//select[@name='walkout_follower']/option")]
    answerers = [o.get("value") for o in rehearsal.root.findall(".//select[@name='answered_by_0']/option")]
    assert "m1" in followers and "m2" not in followers and "m2" not in answerers


def test_the_plan_reads_the_letters_without_the_interpreter_and_gives_them_every_letter(journey, client):
    plan = walk_to(journey, "plan", **WITH_INTERPRETER)
    assert f"We read our letters in this order: {names_list(['José'])}." in plan.text
    assert "Letter from Rosa" not in plan.text and "Rosa’s bottom-line letter" not in plan.text
    assert "Interpreter (no letter, no bottom line)" in plan.text, "the team list says what she does"
    rosa = pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": "m2"}))
    assert "You interpret for everyone and stay neutral" in rosa
    assert "1. Letter from José" in rosa and "summers at the lake" in rosa, "she prepares every letter"
    assert "You read" not in rosa and "What you answer" not in rosa and "bottom-line letter" not in rosa
    jose = pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": "m1"}))
    assert "You read: 1 of 1" in jose, "the interpreter is not counted among the readers"

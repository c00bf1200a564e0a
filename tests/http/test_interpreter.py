"""A Deaf loved one and an interpreter on the team, walked through the wizard (QA 10 P2-3).

The interpreter stays neutral: the letters and boundaries steps ask nothing of them, the reading
order leaves them out, and their printout holds everyone's letters but none of their own.
"""

import io

import pytest
from pypdf import PdfReader

from tests.http.test_hard_of_hearing import HARD_OF_HEARING
from tests.support import BOUNDARY, STANDARD_ANSWERS, check_page, walk_to
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
    assert "The interpreter gets every letter, bottom line and card, to prepare." in plan.text
    without = walk_to(type(journey)(client), "plan").text
    assert "Each person gets only their own letter" in without and "interpreter" not in without.lower(), "QA 11 P3-1"
    rosa = pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": "m2"}))
    assert "You interpret for everyone and stay neutral" in rosa
    assert "1. Letter from José" in rosa and "summers at the lake" in rosa, "she prepares every letter"
    assert "You read" not in rosa and "What you answer" not in rosa and "Rosa’s bottom-line letter" not in rosa
    # She interprets the bottom lines and the answers too, so she prepares them as well.
    assert "then the bottom-line letters and the answers the team planned" in rosa
    assert "José’s bottom-line letter" in rosa and BOUNDARY in rosa
    assert "What they might say, and who answers" in rosa and "José answers" in rosa
    jose = pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": "m1"}))
    assert "You read: 1 of 1" in jose, "the interpreter is not counted among the readers"


@pytest.mark.parametrize(
    ("lang", "box", "caution", "question", "checklist"),
    [
        (
            "en",
            "They are Deaf and use sign language, or need an interpreter",
            "Book a qualified interpreter, not a family member or friend",
            "Do you provide ASL interpreters, or Deaf-accessible counseling and groups?",
            "We booked a qualified interpreter (not a family member or friend)",
        ),
        (
            "es",
            "Es una persona sorda que usa lengua de señas, o necesita intérprete",
            "Contraten a un intérprete calificado, no a un familiar ni a un amigo",
            "¿Ofrecen intérpretes de lengua de señas americana (ASL), o consejería y grupos accesibles para personas sordas?",
            "Contratamos a un intérprete calificado (no un familiar ni un amigo)",
        ),
    ],
)
def test_a_deaf_loved_one_brings_an_interpreter_caution_a_program_question_and_a_checklist_line(journey, client, lang, box, caution, question, checklist):
    start = "/" if lang == "en" else "/?lang=es"
    signs = {**STANDARD_ANSWERS["signs"], "situation": ["deaf"]}
    signs_page = walk_to(journey, "signs", start=start)
    assert box in signs_page.text
    team = walk_to(type(journey)(client), "team", start=start, signs=signs)
    assert caution in team.text
    treatment = walk_to(type(journey)(client), "treatment", start=start, signs=signs)
    assert question in treatment.text
    plan = walk_to(type(journey)(client), "plan", start=start, signs=signs)
    assert caution in plan.text and question in plan.text and checklist in plan.text
    assert ("videophone" if lang == "en" else "videoteléfono") in plan.text
    # The hard-of-hearing advice is for a loved one who does not sign (QA 11 P2-1): not brought by this box.
    assert HARD_OF_HEARING[lang]["caution"] not in plan.text and HARD_OF_HEARING[lang]["checklist"] not in plan.text
    assert HARD_OF_HEARING[lang]["question"] not in plan.text
    hearing = walk_to(type(journey)(client), "plan", start=start).text
    assert caution not in hearing and question not in hearing and checklist not in hearing


def test_a_letter_file_in_the_interpreters_name_is_refused_kindly_not_dropped(journey, client):
    """The letters page has no box for an interpreter: the file's words must not vanish behind 'We added the letter'."""
    saved = client.post("/letter", data={"name": "rosa", "relationship": "friend", "letter": "Rosa here. I love you.", "action": "save"})
    assert saved.mimetype == "application/json"
    page = walk_to(journey, "statements", **WITH_INTERPRETER)
    values = {**dict(page.form_values()), "letter_m1": "Typed tonight.", "action": "import_letter",
              "letter_file": (io.BytesIO(saved.data), "letter.json")}  # fmt: skip
    refused = check_page(client.post("/step/statements", data=values, content_type="multipart/form-data"))
    assert refused.step == "statements" and "an interpreter writes no letter" in refused.text
    assert "We added the letter" not in refused.text
    assert dict(refused.form_values())["letter_m1"] == "Typed tonight.", "the words typed are kept"


WAKE = {
    "en": ("Shout their name and rub your knuckles", "Shake their shoulders firmly and rub your knuckles", "spray one dose into one nostril"),
    "es": ("Grita su nombre y frota fuerte", "Sacude sus hombros con firmeza y frota fuerte", "Rocía una dosis en una fosa nasal"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(
    "signs",
    [
        {"warning": ["lies_secrecy"], "substances": ["opioids"], "danger": ["overdose"]},  # the overdose card's steps
        {"warning": ["lies_secrecy"], "substances": ["opioids"], "danger": ["withdrawal"]},  # the general overdose steps
    ],
    ids=["overdose-card", "general-steps"],
)
def test_the_overdose_steps_wake_a_deaf_loved_one_by_touch_first(journey, client, lang, signs):
    """QA 10 P3-8: a shout may not reach someone who is Deaf; the shoulders and the chest rub do."""
    start = "/" if lang == "en" else "/?lang=es"
    shout, touch, naloxone = WAKE[lang]
    hearing = walk_to(journey, "crisis", start=start, signs=signs).text
    assert shout in hearing and touch not in hearing, "a family who did not tick the box keeps the standard steps"
    deaf = walk_to(type(journey)(client), "crisis", start=start, signs={**signs, "situation": ["deaf"]}).text
    assert touch in deaf and shout not in deaf
    assert naloxone.lower() in deaf.lower() and "911" in deaf, "the naloxone and 911 steps stay"


@pytest.mark.parametrize(
    "lang, aloud, signed",
    [
        ("en", "a short letter to read aloud.", "a short letter to read aloud or sign, with the interpreter"),
        ("es", "una carta corta para leer en voz alta.", "leerla en voz alta o decirla en lengua de señas, con la ayuda del intérprete"),
    ],
)
def test_the_letters_page_says_letters_are_read_aloud_or_signed_for_a_deaf_loved_one(journey, client, lang, aloud, signed):
    start = "/" if lang == "en" else "/?lang=es"
    hearing = walk_to(journey, "statements", start=start).text
    assert aloud in hearing and signed not in hearing
    signs = {**STANDARD_ANSWERS["signs"], "situation": ["deaf"]}
    deaf = walk_to(type(journey)(client), "statements", start=start, signs=signs, **WITH_INTERPRETER).text
    assert signed in deaf and aloud not in deaf


def test_the_spanish_interpreters_printout_holds_the_bottom_lines_and_the_answers(journey, client):
    plan = walk_to(journey, "plan", start="/?lang=es", **WITH_INTERPRETER)
    rosa = pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": "m2"}))
    assert "y después las cartas de último recurso y las respuestas que preparó el equipo" in rosa
    assert "Carta de último recurso de José" in rosa and BOUNDARY in rosa
    assert "Responde José" in rosa
    assert "las de último recurso y las tarjetas" in plan.text

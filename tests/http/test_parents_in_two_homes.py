"""A teen whose parents live in two homes (QA 12 P3-4, family g5).

Ava, 16. Her mother Michelle leads, her stepfather Greg had to be a "Guardian or other caregiver",
and her father Dan, who lives in another home, joins by call. Nothing asked the program whose consent
it needs or which papers to bring. Now Greg is a step-parent, and the program questions ask it.
"""

import pytest

from tests.http.test_plan_words import pdf_text
from tests.support import LETTER, STANDARD_ANSWERS, YOUNG_SIGNS, walk_to

WORDS = {
    "en": {
        "start": "/",
        "label": "Step-parent",
        "question": "If the parents live apart, whose consent do you need to start treatment?",
        "teen_question": "What do you need from us, as parents or guardians, to start treatment?",
        "tips": "Tips for a step-parent",
        "example": "An example letter from a step-parent",
    },
    "es": {
        "start": "/?lang=es",
        "label": "Padrastro o madrastra",
        "question": "Si la madre y el padre viven separados, ¿de quién necesitan el permiso para empezar el tratamiento?",
        "teen_question": "¿Qué necesitan de nosotros, como madre, padre o tutores, para empezar el tratamiento?",
        "tips": "Consejos para un padrastro o una madrastra",
        "example": "Un ejemplo de carta de un padrastro o una madrastra",
    },
}


def family(*, dan_role: str = "by_call", greg: str = "step_parent") -> dict:
    return {
        "signs": YOUNG_SIGNS,
        "team": {
            **STANDARD_ANSWERS["team"],
            "loved_one": "Ava",
            "members-0-name": "Michelle",
            "members-1-name": "Greg",
            "members-1-relationship": greg,
            "members-1-role": "details",
            "members-2-name": "Dan",
            "members-2-relationship": "parent",
            "members-2-role": dan_role,
        },
        "statements": {"letter_m1": LETTER, "letter_m2": LETTER, "letter_m3": LETTER},
    }


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_stepfather_is_a_step_parent_with_his_own_tips_and_example_letter(journey, lang):
    words = WORDS[lang]
    team = walk_to(journey, "team", start=words["start"], signs=YOUNG_SIGNS)
    options = {o.get("value"): "".join(o.itertext()) for o in team.root.iter("option") if o.get("value")}
    assert options.get("step_parent") == words["label"]
    letters = journey.submit(**family()["team"])
    assert letters.step == "statements"
    assert words["tips"] in letters.text and words["example"] in letters.text
    plan = walk_to(type(journey)(journey.client), "plan", start=words["start"], **family()).text
    assert f"Greg ({words['label']})" in plan


@pytest.mark.parametrize("lang", ["en", "es"])
def test_parents_in_two_homes_ask_the_program_whose_consent_it_needs_and_which_papers(journey, client, lang):
    words = WORDS[lang]
    treatment = walk_to(journey, "treatment", start=words["start"], **family())
    asked = ["".join(li.itertext()) for li in treatment.root.find(".//details/ol").iter("li")]
    assert words["question"] in asked[asked.index(next(q for q in asked if words["teen_question"] in q)) + 1]
    plan = walk_to(type(journey)(client), "plan", start=words["start"], **family()).text
    assert words["question"] in plan
    together = walk_to(type(journey)(client), "plan", start=words["start"], **family(dan_role="speaker", greg="sibling")).text
    assert words["question"] not in together, "both parents in the room, no step-parent: nothing says two homes"
    adult = {**family(), "signs": STANDARD_ANSWERS["signs"]}
    assert words["question"] not in walk_to(type(journey)(client), "plan", start=words["start"], **adult).text


# Session 12 noticed: Ava's "You're not my real dad" to Greg, typed under "Something else", got no calm reply.
OBJECTION = {
    "en": {
        "typed": "You're not my real dad. You don't get a say.",
        "reply": "You're right, and I'm not trying to take anyone's place. I'm here because I care about you, and I want you to get help.",
        "note": "Agree before the day that a parent answers this one.",
        "own_words": "answers in their own words",
    },
    "es": {
        "typed": "Tú no eres mi papá de verdad. No tienes nada que decir.",
        "reply": "Tienes razón, y no intento ocupar el lugar de nadie. Estoy aquí porque me importas, y quiero que recibas ayuda.",
        "note": "Pónganse de acuerdo antes del día en que una madre o un padre responde a esto.",
        "own_words": "responde con sus propias palabras",
    },
}


def typed_card(words: str) -> dict:
    return {"rehearsal": {"objection_0": "other", "custom_0": words, "answered_by_0": "m2", "reply_0": ""}}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("greg", ["guardian", "step_parent"])
def test_youre_not_my_real_dad_typed_in_their_own_words_gets_a_calm_reply_and_a_parent_answers_the_rest(journey, client, lang, greg):
    words, said = WORDS[lang], OBJECTION[lang]
    plan = walk_to(journey, "plan", start=words["start"], **family(greg=greg), **typed_card(said["typed"]))
    printout = " ".join(
        pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": "m2"})).split()
    )
    for where, text in (("plan", plan.text), ("Greg's printout", printout)):
        assert said["typed"] in text and said["reply"] in text and said["note"] in text, where
        assert said["own_words"] not in text, where
    # Back on the rehearsal step, the reply is among the calm replies.
    rehearsal = journey.submit("goto:rehearsal")
    assert rehearsal.step == "rehearsal" and said["reply"] in rehearsal.text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_other_words_typed_under_something_else_still_get_the_tip_to_answer_in_their_own(journey, lang):
    words, said = WORDS[lang], OBJECTION[lang]
    typed = {"en": "You're not my boss.", "es": "No eres mi jefe."}[lang]
    plan = walk_to(journey, "plan", start=words["start"], **family(greg="guardian"), **typed_card(typed)).text
    assert said["own_words"] in plan and said["reply"] not in plan


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("greg", "offered"), [("step_parent", True), ("sibling", False)])
def test_youre_not_my_real_dad_is_on_the_list_where_a_step_parent_is_on_the_team(journey, lang, greg, offered):
    rehearsal = walk_to(journey, "rehearsal", start=WORDS[lang]["start"], **family(greg=greg))
    assert ("not_my_parent" in [o.get("value") for o in rehearsal.root.iter("option")]) is offered
    assert (OBJECTION[lang]["reply"] in rehearsal.text) is offered


@pytest.mark.parametrize(("lang", "typed_in"), [("en", "es"), ("es", "en")])
def test_youre_not_my_real_dad_typed_in_the_other_language_gets_the_calm_reply_in_the_pages(journey, client, lang, typed_in):
    """A Spanish-speaking family on the English page (or the reverse) may type the objection in their own
    language: it is still found, and the reply, the note and the card are in the page's language."""
    words, said, typed = WORDS[lang], OBJECTION[lang], OBJECTION[typed_in]["typed"]
    plan = walk_to(journey, "plan", start=words["start"], **family(greg="guardian"), **typed_card(typed))
    printout = " ".join(pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": "m2"})).split())
    for where, text in (("plan", plan.text), ("Greg's printout", printout)):
        assert typed in text and said["reply"] in text and said["note"] in text, where
        assert OBJECTION[typed_in]["reply"] not in text and said["own_words"] not in text, where
    rehearsal = journey.submit("goto:rehearsal")
    assert rehearsal.step == "rehearsal" and said["reply"] in rehearsal.text

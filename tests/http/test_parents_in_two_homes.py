"""A teen whose parents live in two homes (QA 12 P3-4, family g5).

Ava, 16. Her mother Michelle leads, her stepfather Greg had to be a "Guardian or other caregiver",
and her father Dan, who lives in another home, joins by call. Nothing asked the program whose consent
it needs or which papers to bring. Now Greg is a step-parent, and the program questions ask it.
"""

import pytest

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

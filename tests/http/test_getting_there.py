"""A family with no car (QA 14 P3-2, family t4c).

The transport box held "We have no car. Julie's friend may drive us, or the bus." The plan printed
"Driving: We have no car. Julie's friend may drive us, or the bus.." and then "The bag is packed and
in the car."; the checklist said "the bag is packed and in the car" too."""

import pytest

from tests.http.test_approach_words import checklist_of
from tests.http.test_interpreter import pdf_text
from tests.http.test_young_team_member import section_of
from tests.support import STANDARD_ANSWERS, walk_to

NO_CAR = {
    "en": {
        "start": "/",
        "typed": "We have no car. Julie's friend may drive us, or the bus.",
        "said": "Getting there: We have no car. Julie's friend may drive us, or the bus.",
        "car": "in the car",
        "bag": "The bag is packed and ready to go.",
    },
    "es": {
        "start": "/?lang=es",
        "typed": "No tenemos carro. Una amiga de Julie nos puede llevar, o el autobús.",
        "said": "Para llegar: No tenemos carro. Una amiga de Julie nos puede llevar, o el autobús.",
        "car": "en el carro",
        "bag": "La maleta está hecha y lista para llevar.",
    },
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_sentence_the_family_ended_gets_no_second_full_stop_and_no_car_is_assumed(journey, client, lang):
    words = NO_CAR[lang]
    treatment = {**STANDARD_ANSWERS["treatment"], "transport": words["typed"], "bag_packed": "y"}
    plan = walk_to(journey, "plan", start=words["start"], treatment=treatment)
    script = section_of(plan, "script")  # the plan page is the print view (print styles only)
    assert words["said"] in script, script
    assert ".." not in script
    assert words["bag"] in script
    assert words["car"] not in script and words["car"] not in checklist_of(plan)
    pdf = pdf_text(client.post("/plan.pdf", data={"token": plan.token}))
    assert words["said"] in pdf and ".." not in pdf
    printout = pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": "m1"}))
    assert words["said"] in printout and ".." not in printout


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_name_alone_still_gets_its_full_stop(journey, lang):
    treatment = {**STANDARD_ANSWERS["treatment"], "transport": "Josh"}
    plan = walk_to(journey, "plan", start=NO_CAR[lang]["start"], treatment=treatment)
    assert ("Getting there: Josh." if lang == "en" else "Para llegar: Josh.") in section_of(plan, "script")


@pytest.mark.parametrize(
    "lang, asked",
    [
        ("en", "How will they get to treatment, and who goes with them?"),
        ("es", "¿Cómo van a llegar al tratamiento, y quién le acompaña?"),
    ],
)
def test_the_treatment_step_asks_how_they_get_there_not_who_drives(journey, lang, asked):
    page = walk_to(journey, "treatment", start=NO_CAR[lang]["start"])
    label = page.root.find(".//label[@for='transport']")
    assert " ".join("".join(label.itertext()).split()) == asked

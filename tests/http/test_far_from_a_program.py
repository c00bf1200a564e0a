"""A family hours from the nearest program: video visits (telehealth), care while a bed is waited for, and a long drive
that withdrawal may interrupt."""

import pytest

from tests.support import STANDARD_ANSWERS, walk_to

WITHDRAWAL = {"signs": {"warning": ["lies_secrecy"], "substances": ["alcohol"], "danger": ["withdrawal"]}}


def section_of(page, name: str) -> str:
    section = page.root.find(f".//section[@class='plan-section plan-section--{name}']")
    return " ".join("".join(section.itertext()).split())


def start_in(lang: str) -> str:
    return "/" if lang == "en" else "/?lang=es"


@pytest.mark.parametrize(
    ("lang", "hint", "kinds", "medicine"),
    [
        (
            "en",
            "If the nearest one is far away, ask about video visits (telehealth)",
            "Far from a program? Many programs and doctors offer video visits, also called telehealth.",
            "prescribed by a doctor, at a visit in person or by video (telehealth)",
        ),
        (
            "es",
            "Si el más cercano queda lejos, pregunten por las consultas por video (telesalud)",
            "¿El programa queda lejos? Muchos programas y médicos ofrecen consultas por video, también llamadas telesalud.",
            "recetados por un médico, en una consulta en persona o por video (telesalud)",
        ),
    ],
)
def test_the_treatment_step_tells_a_family_far_from_a_program_about_video_visits(journey, lang, hint, kinds, medicine):
    page = walk_to(journey, "treatment", start=start_in(lang))  # the standard loved one drinks
    assert hint in page.text, "the hint under the kind of treatment"
    kinds_box = page.root.find(".//aside[@class='guidance']/details")  # the first: kinds of treatment
    kinds_text = " ".join("".join(kinds_box.itertext()).split())
    assert kinds in kinds_text and medicine in kinds_text, "beside the kinds of treatment"


@pytest.mark.parametrize(
    ("lang", "video", "waiting"),
    [
        (
            "en",
            "Do you offer video visits (telehealth), or medicine by video?",
            "If there is a wait for a bed, who can start care closer to home, or by video, until then?",
        ),
        (
            "es",
            "¿Ofrecen consultas por video (telesalud), o medicinas por video?",
            "Si hay que esperar una cama, ¿quién puede empezar la atención más cerca de casa, o por video, mientras tanto?",
        ),
    ],
)
def test_every_plan_asks_the_program_about_video_visits_and_care_while_a_bed_is_waited_for(journey, client, lang, video, waiting):
    """Not tied to a caution: a family with none (the standard journey) is asked too, on the step and in the plan."""
    treatment = walk_to(journey, "treatment", start=start_in(lang))
    asked = [" ".join("".join(li.itertext()).split()) for li in treatment.root.findall(".//details/ol/li")]
    assert video in asked and waiting in asked
    questions = section_of(walk_to(type(journey)(client), "plan", start=start_in(lang)), "questions")
    assert f"☐ {video}" in questions and f"☐ {waiting}" in questions


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "If the program is far away, two adults go in the car, and our loved one does not drive. We bring water."),
        ("es", "Si el programa queda lejos, van dos adultos en el carro, y nuestro ser querido no maneja. Llevamos agua."),
    ],
)
def test_known_withdrawal_plans_the_long_drive_to_the_program_and_no_withdrawal_does_not(journey, client, lang, line):
    rehearsal = walk_to(journey, "rehearsal", start=start_in(lang), **WITHDRAWAL)
    assert line in rehearsal.text, "on the checklist rehearsed before the day"
    plan = walk_to(type(journey)(client), "plan", start=start_in(lang), **WITHDRAWAL)
    assert line in section_of(plan, "checklist")
    without = walk_to(type(journey)(client), "plan", start=start_in(lang))
    assert line not in without.text


def test_nothing_arranged_yet_does_not_make_going_to_the_first_visit_a_long_trip_only(journey):
    treatment = {**STANDARD_ANSWERS["treatment"], "option": "not_yet"}
    script = section_of(walk_to(journey, "plan", treatment=treatment), "script")
    assert "one of us goes with them to the first visit, or sits with them if it is a video visit" in script

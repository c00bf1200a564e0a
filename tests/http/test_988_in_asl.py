"""A Deaf loved one who talks of suicide (QA 14 P3-3, family t4c).

Mark is Deaf and signs; his husband's letter says "you told me you'd be better off dead". Every
place gave 988 as "call or text" only, though a 988 counselor can talk with him in ASL by video."""

import pytest

from tests.http.test_danger_in_words import safety_panel, text_of, walk_to_from_here
from tests.support import STANDARD_ANSWERS, walk_to

START = {"en": "/", "es": "/?lang=es"}
ASL = {
    "en": "If your loved one signs, a 988 counselor can talk with them in American Sign Language (ASL) by video: use the “ASL Now” button on 988lifeline.org.",
    "es": "Si tu ser querido usa lengua de señas, un consejero del 988 puede atenderle en lengua de señas americana (ASL) por video: usa el botón «ASL Now» en 988lifeline.org.",
}
LETTER = "Mark, I love you. Last Tuesday you told me you'd be better off dead. Please accept help today."


def signs(situation: list[str], danger: list[str] = ()) -> dict:
    return {**STANDARD_ANSWERS["signs"], "situation": situation, "danger": list(danger)}


def plan_safety(page) -> str:
    return text_of(page.root.find(".//section[@class='plan-section plan-section--safety']"))


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("situation", ["deaf", "hard_of_hearing"])
def test_suicide_talk_ticked_for_a_deaf_or_hard_of_hearing_loved_one_gives_988_in_asl(journey, client, lang, situation):
    crisis = walk_to(journey, "crisis", start=START[lang], signs=signs([situation], ["suicidal"]))
    advice = " ".join(text_of(s) for s in crisis.root.iter("section") if s.get("class") == "danger-advice")
    assert ASL[lang] in advice
    plan = walk_to(type(journey)(client), "plan", start=START[lang], signs=signs([situation], ["suicidal"]))
    assert ASL[lang] in plan_safety(plan)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_hearing_loved_one_is_not_told_about_asl(journey, client, lang):
    crisis = walk_to(journey, "crisis", start=START[lang], signs=signs([], ["suicidal"]))
    assert ASL[lang] not in crisis.text
    plan = walk_to(type(journey)(client), "plan", start=START[lang], signs=signs([], ["suicidal"]))
    assert ASL[lang] not in plan_safety(plan)


def test_better_off_dead_written_for_a_deaf_loved_one_gives_988_in_asl_on_the_next_page(journey):
    walk_to(journey, "statements", signs=signs(["deaf"]))
    page = journey.submit(letter_m1=LETTER)
    assert ASL["en"] in text_of(safety_panel(page))
    plan = walk_to_from_here(journey, "plan")
    assert ASL["en"] in plan_safety(plan)

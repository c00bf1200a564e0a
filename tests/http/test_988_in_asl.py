"""A Deaf loved one who talks of suicide (QA 14 P3-3, family t4c).

Mark is Deaf and signs; his husband's letter says "you told me you'd be better off dead". Every
place gave 988 as "call or text" only, though a 988 counselor can talk with him in ASL by video: Safety first,
the walk-out tip, the first 72 hours after a no, and the plan's "If they say no"."""

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


# Where suicide talk is known, the walk-out tip, the first 72 hours after a no and the plan's "If they say no"
# each say "call or text 988". For a Deaf or hard-of-hearing loved one, the ASL line follows (QA 14 P3-3).
CALL_988 = {
    "walkout": {"en": "You can also call or text 988 for advice.", "es": "También puedes llamar o mandar un texto al 988 para pedir consejo."},
    "after_refusal": {"en": "If they talk about dying, call or text 988 together;", "es": "Si habla de morir, llama o manda un texto al 988 a su lado;"},
}


def items_with(root, words: str) -> list[str]:
    return [text_of(li) for li in root.iter("li") if words in text_of(li)]


def plan_section(page, key: str):
    return page.root.find(f".//section[@class='plan-section plan-section--{key}']")


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("situation", "asl"), [("deaf", True), ("hard_of_hearing", True), (None, False)])
def test_each_call_or_text_988_after_a_walk_out_or_a_no_gives_988_in_asl_for_a_deaf_loved_one(journey, client, lang, situation, asl):
    told = signs([situation] if situation else [], ["suicidal"])
    page = walk_to(journey, "rehearsal", start=START[lang], signs=told)
    lines = [*items_with(page.root, CALL_988["walkout"][lang]), *items_with(page.root, CALL_988["after_refusal"][lang])]
    assert len(lines) == 2, "the page says 988 after a walk-out and after a no"
    plan = walk_to(type(journey)(client), "plan", start=START[lang], signs=told)
    places = {
        "walkout": items_with(plan_section(plan, "walkout"), CALL_988["walkout"][lang]),
        "after_refusal": items_with(plan_section(plan, "after_refusal"), CALL_988["after_refusal"][lang]),
        "after": items_with(plan_section(plan, "after"), CALL_988["after_refusal"][lang]),
    }
    for key, found in places.items():
        assert len(found) == 1, key
        lines.append(found[0])
    for line in lines:
        # In the same item as the 988 line it adds to.
        assert (ASL[lang] in line) is asl, line

"""An aunt, uncle or cousin (QA 15 P3-3): Aunt Dana, who is not raising Jordan, could only pick "Other", and then
her letter opened "with care" and her bottom-line letter with "I care about you", while every other relative's
said "I love you". A relative now has a choice of their own: family's love, their own tips and example letter,
but not the help made for the parents and caregivers raising them. "Other" keeps its care, as old plans had it."""

import pytest

from tests.http.test_care_voice import CARE, LETTER, LOVE, START
from tests.http.test_plan_document import TWO_PEOPLE, text_of
from tests.http.test_work_voice import letter_block
from tests.support import check_page, walk_to

WORDS = {
    "en": {
        "label": "Aunt, uncle, cousin or other relative",
        "tips": "Tips for an aunt, uncle, cousin or other relative",
        "example": "An example letter from an aunt, uncle or cousin",
        "heading": "Dana’s bottom-line letter",
        "love": "I love you, and I want you to get help.",
    },
    "es": {
        "label": "Tía, tío, prima, primo u otro familiar",
        "tips": "Consejos para una tía, un tío, una prima, un primo u otro familiar",
        "example": "Un ejemplo de carta de una tía, un tío, una prima o un primo",
        "heading": "Carta de último recurso de Dana",
        "love": "Te quiero, y quiero que recibas ayuda.",
    },
}
CAREGIVERS_HELPLINE = "1-855-378-4373"


def team(relationship: str) -> dict:
    return {**TWO_PEOPLE["team"], "members-1-name": "Dana", "members-1-relationship": relationship}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_aunts_letter_opens_with_love_and_an_others_still_with_care(journey, lang):
    words = WORDS[lang]
    walk_to(journey, "statements", start=START[lang], team=team("relative"))
    page = journey.submit(action="check", letter_m1=LETTER[lang], letter_m2=LETTER[lang])
    assert page.step == "statements"
    dana = letter_block(page, "m2")
    for key in LOVE:
        assert LOVE[key][lang] in dana and CARE[key][lang] not in dana, key
    assert words["tips"] in dana and words["example"] in dana
    boxes = {box.get("name"): box.get("data-check-voice") for box in page.root.iter("textarea") if box.get("data-check") == "letter"}
    assert boxes == {"letter_m1": "love", "letter_m2": "love"}, "the live check is told she speaks with love"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_aunts_bottom_line_letter_opens_with_love_and_she_is_not_taken_for_a_caregiver(journey, client, lang):
    words = WORDS[lang]
    plan = walk_to(journey, "plan", start=START[lang], **{**TWO_PEOPLE, "team": team("relative")})
    assert f"Dana ({words['label']})" in plan.text
    assert plan.text.split(words["heading"], 1)[1].strip().startswith(words["love"]), "family: a family's love"
    printout = text_of(client.post("/member.pdf", data={"token": plan.token, "member": "m2"}))
    assert words["love"] in printout
    # The parent on the team brings the caregivers' helpline; the aunt alone does not (she is not raising him).
    alone = {**team("relative"), "members-0-relationship": "friend"}
    assert CAREGIVERS_HELPLINE not in walk_to(type(journey)(client), "plan", start=START[lang], **{**TWO_PEOPLE, "team": alone}).text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_someone_who_chose_other_keeps_the_care_voice(journey, client, lang):
    walk_to(journey, "statements", start=START[lang], team=team("other"))
    page = journey.submit(action="check", letter_m1=LETTER[lang], letter_m2=LETTER[lang])
    other = letter_block(page, "m2")
    for key in CARE:
        assert CARE[key][lang] in other and LOVE[key][lang] not in other, key
    care = {"en": "I care about you, and I want you to get help.", "es": "Me importas, y quiero que recibas ayuda."}[lang]
    plan = walk_to(type(journey)(client), "plan", start=START[lang], **{**TWO_PEOPLE, "team": team("other")})
    assert plan.text.split(WORDS[lang]["heading"], 1)[1].strip().startswith(care)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_aunt_writing_alone_gets_the_love_parts(client, lang):
    data = {"name": "Dana", "relationship": "relative", "letter": LETTER[lang], "action": "check", "lang": lang}
    page = " ".join(check_page(client.post("/letter", data=data)).text.split())
    assert WORDS[lang]["label"] in page
    assert LOVE["starter"][lang] in page and LOVE["idea"][lang] in page and CARE["starter"][lang] not in page

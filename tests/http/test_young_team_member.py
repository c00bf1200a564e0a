"""A young person on the team (QA 13 P2-2, family h4).

Lily, 16, found her brother Danny after an overdose and reads a letter. Only the "Son or daughter"
tips said that someone under 18 should take part only with a counselor's advice; a brother, sister
or friend her age got the adult tips.
"""

import pytest

from tests.support import LETTER, STANDARD_ANSWERS, walk_to

WORDS = {
    "en": {
        "start": "/",
        "tip": {
            "sibling": "If you are under 18, ask a counselor first whether you should take part.",
            "friend": "If you are under 18, ask a counselor first whether you should take part.",
            "other": "Anyone under 18 should take part only if a counselor advises it.",
        },
    },
    "es": {
        "start": "/?lang=es",
        "tip": {
            "sibling": "Si tienes menos de 18 años, pregúntale primero a un consejero si debes participar.",
            "friend": "Si tienes menos de 18 años, pregúntale primero a un consejero si debes participar.",
            "other": "Quien tenga menos de 18 años solo debe participar si un consejero lo recomienda.",
        },
    },
}


def tips_of(page, member_id: str) -> str:
    section = page.root.find(f".//section[@aria-labelledby='letter-heading-{member_id}']")
    tips = section.find(".//details[@class='relationship-tips']")
    return " ".join(" ".join(tips.itertext()).split())


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("relationship", ["sibling", "friend", "other"])
def test_a_brother_sister_or_friend_is_told_what_a_teen_on_the_team_needs(journey, lang, relationship):
    words = WORDS[lang]
    team = {**STANDARD_ANSWERS["team"], "members-1-name": "Lily", "members-1-relationship": relationship, "members-1-role": "speaker"}
    letters = walk_to(journey, "statements", start=words["start"], team=team)
    assert words["tip"][relationship] in tips_of(letters, "m2")
    assert words["tip"][relationship] not in tips_of(letters, "m1"), "a parent's tips do not speak to a teen"


# Lily, 16, reads a letter beside her father; the box "under 18" is ticked on her row.
LILY = {
    **STANDARD_ANSWERS["team"],
    "members-1-name": "Lily",
    "members-1-relationship": "sibling",
    "members-1-role": "speaker",
    "members-1-under_18": "y",
}
TWO_LETTERS = {"letter_m1": LETTER, "letter_m2": LETTER}
OVERDOSE = {"warning": ["lies_secrecy"], "substances": ["opioids"], "danger": ["overdose"]}
YOUNG = {
    "en": {
        "label": "This person is under 18",
        "letter_tip": "Lily is under 18. Ask a counselor first whether Lily should take part",
        "checklist": "A counselor has said it is all right for Lily to take part, and Lily knows they can step out at any time.",
        "after": "make sure Lily can talk with someone, such as a school counselor or their doctor",
        "young_answers": "This person is under 18. Please choose an adult to answer this one",
    },
    "es": {
        "label": "Esta persona es menor de 18 años",
        "letter_tip": "Lily es menor de 18 años. Pregúntenle primero a un consejero si Lily debería participar",
        "checklist": "Un consejero dijo que está bien que Lily participe, y Lily sabe que puede salir del cuarto en cualquier momento.",
        "after": "busquen para Lily a alguien con quien hablar, como un consejero de la escuela o su médico",
        "young_answers": "Esta persona es menor de 18 años. Elige a un adulto para responder esto",
    },
}


def section_of(page, name: str) -> str:
    section = page.root.find(f".//section[@class='plan-section plan-section--{name}']")
    # Names in a list are wrapped in Unicode isolates (document.names_list), invisible on the page.
    return " ".join("".join(section.itertext()).replace("\u2068", "").replace("\u2069", "").split())


def options_of(page, name: str) -> list[str]:
    return [o.get("value") for o in page.root.findall(f".//select[@name='{name}']/option") if o.get("value")]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_person_on_the_team_has_an_under_18_box_with_its_hint(journey, lang):
    team = walk_to(journey, "team", start=WORDS[lang]["start"])
    box = team.root.find(".//input[@name='members-0-under_18']")
    assert box is not None and box.get("type") == "checkbox" and box.get("checked") is None
    assert box.get("aria-describedby") == "members-0-under_18-hint"
    assert team.root.find(".//p[@id='members-0-under_18-hint']") is not None
    label = team.root.find(".//label[@for='members-0-under_18']")
    assert "".join(label.itertext()).strip() == YOUNG[lang]["label"]
    # Without scripts, "Add another person" is a round trip: the new row has its box too, and Lily's stays ticked.
    added = journey.submit(action="add_member", **{k: v for k, v in LILY.items() if k.startswith("members-1") is False})
    assert added.root.find(".//input[@name='members-1-under_18']") is not None
    again = journey.submit(action="add_member", **LILY)
    assert again.root.find(".//input[@name='members-1-under_18']").get("checked") is not None
    assert again.root.find(".//input[@name='members-2-under_18']").get("checked") is None


def test_a_ticked_box_alone_asks_for_a_name_rather_than_vanish(journey):
    walk_to(journey, "team")
    page = journey.submit(**{"members-1-under_18": "y"})
    assert page.step == "team"
    assert any("Person 2" in message for message in page.error_messages()), page.error_messages()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_young_person_on_the_team_gets_their_own_tip_checklist_line_and_no_hard_part(journey, client, lang):
    words = {**WORDS[lang], **YOUNG[lang]}
    letters = walk_to(journey, "statements", start=words["start"], team=LILY)
    lily = letters.root.find(".//section[@aria-labelledby='letter-heading-m2']")
    jose = letters.root.find(".//section[@aria-labelledby='letter-heading-m1']")
    assert lily.find(".//div[@data-young-tip]") is not None and words["letter_tip"] in " ".join(lily.itertext())
    assert jose.find(".//div[@data-young-tip]") is None
    rehearsal = walk_to(type(journey)(client), "rehearsal", start=words["start"], team=LILY, statements=TWO_LETTERS)
    for name in ("answered_by_0", "walkout_follower"):
        assert options_of(rehearsal, name) == ["m1"], name
    plan = walk_to(type(journey)(client), "plan", start=words["start"], team=LILY, statements=TWO_LETTERS)
    assert words["checklist"] in section_of(plan, "checklist")
    assert words["after"] not in section_of(plan, "after"), "no danger known: nothing frightening to have seen"
    grown = walk_to(type(journey)(client), "plan", start=words["start"], team={**LILY, "members-1-under_18": None}, statements=TWO_LETTERS)
    assert words["checklist"] not in section_of(grown, "checklist")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_after_an_overdose_a_young_person_on_the_team_may_need_support_of_their_own(journey, client, lang):
    words = {**WORDS[lang], **YOUNG[lang]}
    plan = walk_to(journey, "plan", start=words["start"], signs=OVERDOSE, team=LILY, statements=TWO_LETTERS)
    assert words["after"] in section_of(plan, "after")
    adults = walk_to(type(journey)(client), "plan", start=words["start"], signs=OVERDOSE, team={**LILY, "members-1-under_18": None}, statements=TWO_LETTERS)
    assert words["after"] not in section_of(adults, "after")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_ticking_the_box_after_she_was_chosen_to_answer_keeps_the_plan_and_asks_kindly(journey, lang):
    words = {**WORDS[lang], **YOUNG[lang]}
    chosen = {"objection_0": "stop_on_own", "answered_by_0": "m2", "walkout_follower": "m2"}
    adult = {**LILY, "members-1-under_18": None}
    review = walk_to(journey, "review", start=words["start"], team=adult, statements=TWO_LETTERS, rehearsal=chosen)
    team = journey.submit(action="goto:team")
    assert team.step == "team"
    after = journey.submit(**{"members-1-under_18": "y"})
    assert after.step != "review" and after.step != "plan", "her rehearsal answers no longer hold"
    for _ in range(4):
        if after.step == "rehearsal":
            break
        after = journey.submit()
    assert after.step == "rehearsal"
    # Still shown where she was chosen, not silently dropped; on Continue, a kind word rather than "did not look right".
    assert dict(after.form_values())["answered_by_0"] == "m2"
    refused = journey.submit()
    assert refused.step == "rehearsal"
    assert any(words["young_answers"] in message for message in refused.error_messages()), refused.error_messages()
    assert len(refused.error_messages()) == 2, "the walk-out follower too"
    moved_on = journey.submit(answered_by_0="m1", walkout_follower="m1")
    assert moved_on.step in ("treatment", "review")
    assert review.step == "review"


OWN = {
    "en": {
        "step_out": "You can step out of the room at any time. Tell José if you need a break; you do not have to explain.",
        "row": "Lily (Brother or sister, under 18), Reads a letter",
    },
    "es": {
        "step_out": "Puedes salir del cuarto en cualquier momento. Si necesitas un descanso, díselo a José; no tienes que explicar por qué.",
        "row": "Lily (Hermano o hermana, menor de 18), Lee una carta",
    },
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_young_persons_own_printout_tells_them_they_can_step_out_and_whom_to_tell(journey, client, lang):
    """QA 14 P3-1: only the adults' checklist said that Ethan, 15, could step out; his own printout did not."""
    from tests.http.test_interpreter import pdf_text

    plan = walk_to(journey, "plan", start=WORDS[lang]["start"], team=LILY, statements=TWO_LETTERS)
    lily = pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": "m2"}))
    jose = pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": "m1"}))
    assert OWN[lang]["step_out"] in lily
    assert OWN[lang]["step_out"] not in jose, "said to the young person, not to every adult"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_review_and_the_plan_show_who_on_the_team_is_under_18(journey, client, lang):
    """QA 14 P3-1: "Ethan (Brother or sister), Reads a letter": the family could not see the box was ticked."""
    review = walk_to(journey, "review", start=WORDS[lang]["start"], team=LILY, statements=TWO_LETTERS)
    assert OWN[lang]["row"] in " ".join(review.text.split())
    plan = journey.submit()
    assert OWN[lang]["row"] in section_of(plan, "team")
    grown = walk_to(type(journey)(client), "plan", start=WORDS[lang]["start"], team={**LILY, "members-1-under_18": None}, statements=TWO_LETTERS)
    assert OWN[lang]["row"] not in section_of(grown, "team")

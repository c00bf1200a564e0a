"""A young person on the team (QA 13 P2-2, family h4).

Lily, 16, found her brother Danny after an overdose and reads a letter. Only the "Son or daughter"
tips said that someone under 18 should take part only with a counselor's advice; a brother, sister
or friend her age got the adult tips.
"""

import pytest

from tests.http.test_leader_in_room import pdf_text
from tests.support import LETTER, STANDARD_ANSWERS, walk_to
from wizard.content import load_content

WORDS = {
    "en": {
        "start": "/",
        "tip": {
            "sibling": "If you are under 18, ask a counselor first whether you should take part.",
            "friend": "If you are under 18, ask a counselor first whether you should take part.",
            "relative": "If you are under 18, ask a counselor first whether you should take part;",
            "other": "Anyone under 18 should take part only if a counselor advises it.",
        },
    },
    "es": {
        "start": "/?lang=es",
        "tip": {
            "sibling": "Si tienes menos de 18 años, pregúntale primero a un consejero si debes participar.",
            "friend": "Si tienes menos de 18 años, pregúntale primero a un consejero si debes participar.",
            "relative": "Si tienes menos de 18 años, pregúntale primero a un consejero si debes participar;",
            "other": "Quien tenga menos de 18 años solo debe participar si un consejero lo recomienda.",
        },
    },
}


def tips_of(page, member_id: str) -> str:
    section = page.root.find(f".//section[@aria-labelledby='letter-heading-{member_id}']")
    tips = section.find(".//details[@class='relationship-tips']")
    return " ".join(" ".join(tips.itertext()).split())


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("relationship", ["sibling", "friend", "relative", "other"])
def test_a_brother_sister_or_friend_is_told_what_a_teen_on_the_team_needs(journey, lang, relationship):
    words = WORDS[lang]
    team = {**STANDARD_ANSWERS["team"], "members-1-name": "Lily", "members-1-relationship": relationship, "members-1-role": "speaker"}
    letters = walk_to(journey, "statements", start=words["start"], team=team)
    assert words["tip"][relationship] in tips_of(letters, "m2")
    assert words["tip"][relationship] not in tips_of(letters, "m1"), "a parent's tips do not speak to a teen"


GUARDIAN_KNOWS = {
    "en": "Make sure your parent or guardian knows you are taking part, and agrees.",
    "es": "Asegúrate de que tu madre, tu padre o tu tutor sepa que vas a participar, y esté de acuerdo.",
}
GUARDIAN_KNOWS_OTHER = {
    "en": "Make sure their parent or guardian knows they are taking part, and agrees.",
    "es": "Asegúrense de que su madre, su padre o su tutor sepa que va a participar, y esté de acuerdo.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("relationship", "told"), [("friend", True), ("relative", True), ("other", True), ("sibling", False)])
def test_a_young_friend_or_relative_is_asked_to_make_sure_a_parent_or_guardian_knows(journey, lang, relationship, told):
    """QA 16 P3-4: a 17-year-old friend took part in a meeting about meth and suicide talk, and nothing asked
    whether her parent or guardian knew. A brother or sister's parent is usually the family planning it."""
    words = WORDS[lang]
    team = {**STANDARD_ANSWERS["team"], "members-1-name": "Valeria", "members-1-relationship": relationship, "members-1-role": "speaker"}
    tips = tips_of(walk_to(journey, "statements", start=words["start"], team=team), "m2")
    line = (GUARDIAN_KNOWS_OTHER if relationship == "other" else GUARDIAN_KNOWS)[lang]
    assert (line in tips) is told, tips
    assert words["tip"][relationship] in tips, "the counselor line stays"


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


# Lily, 16, chosen as the Leader: her father reads a letter.
LILY_LEADS = {**LILY, "members-0-role": "speaker", "members-1-role": "leader"}
LEADER = {
    "en": {
        "family": "Lily is under 18, and leading the meeting is too much to ask of a young person. Please choose an adult as the Leader, and give Lily another part, such as reading a letter.",
        "booked": "Lily is under 18. Even with a professional leading, your team’s Leader keeps things calm beside them, and that is too much to ask of a young person. Please choose an adult as the Leader, and give Lily another part, such as reading a letter.",
    },
    "es": {
        "family": "Lily es menor de 18 años, y dirigir la reunión es demasiado para una persona joven. Elige a un adulto como Líder y dale a Lily otra función, como leer una carta.",
        "booked": "Lily es menor de 18 años. Aunque un profesional dirija la reunión, el Líder de tu equipo mantiene la calma al lado de esa persona, y eso es demasiado para una persona joven. Elige a un adulto como Líder y dale a Lily otra función, como leer una carta.",
    },
}


def field_error_of(page, field_id: str) -> str:
    error = page.root.find(f".//p[@id='{field_id}-error']")
    return " ".join("".join(error.itertext()).split()) if error is not None else ""


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("interventionist", ["family_leads", "booked"])
def test_a_young_person_chosen_as_leader_is_asked_kindly_for_an_adult_and_nothing_typed_is_lost(journey, lang, interventionist):
    """QA 13 P2-2: Lily, 16, could be the Leader. With a professional leading too, the team's Leader still
    keeps the family calm beside them (and starts any call), so she is not asked to be it either."""
    expected = LEADER[lang]["booked" if interventionist == "booked" else "family"]
    walk_to(journey, "team", start=WORDS[lang]["start"])
    refused = journey.submit(**{**LILY_LEADS, "interventionist": interventionist, "professional": "Dr. Ruiz, 555-0100"})
    assert refused.step == "team"
    assert expected in field_error_of(refused, "members-1-role"), "said on her own part, with her name"
    assert any(expected in message and "Lily" in message for message in refused.error_messages()), refused.error_messages()
    assert len(refused.error_messages()) == 1
    kept = dict(refused.form_values())
    assert (kept["loved_one"], kept["professional"], kept["members-1-name"]) == ("Sam", "Dr. Ruiz, 555-0100", "Lily")
    assert (kept["members-1-role"], kept["members-1-under_18"], kept["interventionist"]) == ("leader", "y", interventionist)
    # An adult leads, Lily reads: on to the letters.
    moved_on = journey.submit(**{"members-0-role": "leader", "members-1-role": "speaker"})
    assert moved_on.step == "statements", moved_on.error_messages()


def test_an_adult_leader_and_a_young_person_who_reads_are_not_refused(journey):
    assert walk_to(journey, "statements", team=LILY).step == "statements"


# Grandma Rosa sends a letter for someone else to read; Lily, 16, reads her own beside her father.
ROSA = {"members-2-name": "Rosa", "members-2-relationship": "grandparent", "members-2-role": "letter_only"}
THREE_LETTERS = {"letter_m1": LETTER, "letter_m2": LETTER, "letter_m3": LETTER, "reader_m3": "m1"}
READER = {
    "en": {
        "young_reads": "This person is under 18. Please choose an adult to read this letter aloud, so a young person does not carry someone else’s words on the day.",
        "no_adult": "Only someone under 18 will be there to read it, and a young person should not read someone else’s letter aloud.",
    },
    "es": {
        "young_reads": "Esta persona es menor de 18 años. Elige a un adulto para leer esta carta en voz alta, así una persona joven no tiene que cargar con las palabras de otra ese día.",
        "no_adult": "Solo alguien menor de 18 años estará ahí para leerla, y una persona joven no debe leer en voz alta la carta de otra.",
    },
}


def test_a_young_person_is_not_offered_to_read_someone_elses_letter(journey, client):
    letters = walk_to(journey, "statements", team={**LILY, **ROSA})
    assert options_of(letters, "reader_m3") == ["m1"], "Lily, 16, is left out; her father reads Rosa's letter"
    grown = walk_to(type(journey)(client), "statements", team={**LILY, **ROSA, "members-1-under_18": None})
    assert options_of(grown, "reader_m3") == ["m1", "m2"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_ticking_the_box_after_she_was_chosen_to_read_a_letter_keeps_her_shown_and_asks_kindly(journey, lang):
    words = READER[lang]
    adult = {**LILY, **ROSA, "members-1-under_18": None}
    review = walk_to(journey, "review", start=WORDS[lang]["start"], team=adult, statements={**THREE_LETTERS, "reader_m3": "m2"})
    assert review.step == "review"
    journey.submit(action="goto:team")
    after = journey.submit(**{"members-1-under_18": "y"})
    assert after.step == "statements", "Rosa's letter no longer has a reader who may read it"
    # Still shown where she was chosen, not silently dropped; on Continue, a kind word rather than "did not look right".
    assert dict(after.form_values())["reader_m3"] == "m2" and "m2" in options_of(after, "reader_m3")
    refused = journey.submit()
    assert refused.step == "statements"
    assert words["young_reads"] in field_error_of(refused, "reader_m3")
    assert len(refused.error_messages()) == 1, refused.error_messages()
    assert journey.submit(reader_m3="m1").step in ("boundaries", "review")


SITS_IN = {"members-3-name": "Carmen", "members-3-relationship": "other", "members-3-role": "supporter"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_with_no_adult_there_to_read_a_letter_the_team_step_asks_for_an_adult_leader_who_can(journey, lang):
    # José and Rosa both send letters; Lily comes, beside an adult who sits in to support and reads nothing.
    # Since QA 15 P2-1 the team step does not let the meeting fall to Lily: it asks for an adult Leader,
    # who is there and may read the others' letters ("need_adult_reader" stays for a plan saved before).
    team = {**LILY, **ROSA, "members-0-role": "letter_only", **SITS_IN}
    walk_to(journey, "team", start=WORDS[lang]["start"])
    refused = journey.submit(**team)
    assert refused.step == "team"
    assert refused.error_messages() == [load_content(lang).errors["need_adult_leader_named"].replace("{name}", "Carmen")]
    letters = journey.submit(**{**team, "members-3-role": "leader"})
    assert letters.step == "statements", letters.error_messages()
    assert options_of(letters, "reader_m1") == ["m4"] and options_of(letters, "reader_m3") == ["m4"]


# Lily, 16, writes a bottom line that only an adult can keep: money. Her father José writes his own.
LILY_MONEY = "I will not lend you money or pay for your phone."
LILY_LINES = {
    **STANDARD_ANSWERS["boundaries"],
    "category_m2_0": "money", "action_m2_0": LILY_MONEY, "keep_m2_0": "yes",
}  # fmt: skip
ADULT_BEHIND = {
    "en": {
        "caution": "A bottom line from someone under 18 on your team is about money, a home, a car, or the police or courts.",
        "about": f"This note is about a bottom line from Lily: “{LILY_MONEY}”",
        "plan": "A bottom line from Lily (under 18) is about money, a home, a car, or the police or courts. A promise like that needs an adult’s say, so a young person should not carry it alone. Before the day, ask an adult on the team to stand behind it, and to keep it with them if the answer is no.",
    },
    "es": {
        "caution": "Un límite de alguien del equipo menor de 18 años trata de dinero, la casa, un carro, o la policía o los tribunales.",
        "about": f"Esta nota habla de un límite de Lily: «{LILY_MONEY}»",
        "plan": "Un límite de Lily (con menos de 18 años) trata de dinero, la casa, un carro, o la policía o los tribunales. Una promesa así necesita la palabra de un adulto, así que una persona joven no debe cargar con ella sola. Antes del día, pídanle a un adulto del equipo que la respalde y que la cumpla junto con esa persona si la respuesta es no.",
    },
}


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
def test_a_young_persons_bottom_line_about_money_asks_for_an_adult_behind_it_gently(journey, client, lang):
    """QA 13 P2-2: Lily, 16, could keep a bottom line alone that needs an adult's power. A caution, not a refusal:
    shown beside her words on the bottom-lines page (once), then on the plan and on the printouts, with her name."""
    words = ADULT_BEHIND[lang]
    walk_to(journey, "boundaries", start=WORDS[lang]["start"], team=LILY, statements=TWO_LETTERS)
    paused = journey.submit(**LILY_LINES)
    assert paused.step == "boundaries" and not paused.error_messages(), "a gentle caution, never an error"
    assert words["caution"] in paused.text and words["about"] in paused.text
    assert dict(paused.form_values())["action_m2_0"] == LILY_MONEY
    assert journey.submit().step == "rehearsal", "the same words again move on"
    plan = walk_to(type(journey)(client), "plan", start=WORDS[lang]["start"], team=LILY, statements=TWO_LETTERS, boundaries=LILY_LINES)
    assert words["plan"] in section_of(plan, "safety")
    for member in ("m1", "m2"):  # hers, and her father's: he may be the adult who stands behind it
        printout = pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": member}))
        assert " ".join(words["plan"].split()) in printout, member


@pytest.mark.parametrize(
    "changes",
    [
        {"helper_m2_0": "José"},  # an adult on the team is named to keep it with her
        {"helper_m2_0": "my dad josé and my aunt"},
        {"category_m2_0": "contact"},  # her own small bottom line is hers to keep
        {"category_m2_0": "covering_up"},
    ],
)
def test_no_caution_when_an_adult_on_the_team_keeps_it_with_her_or_the_line_is_her_own(journey, changes):
    walk_to(journey, "boundaries", team=LILY, statements=TWO_LETTERS)
    moved_on = journey.submit(**{**LILY_LINES, **changes})
    assert moved_on.step == "rehearsal"
    assert ADULT_BEHIND["en"]["caution"] not in moved_on.text


def test_an_adults_bottom_line_about_money_brings_no_caution_about_young_people(journey):
    plan = walk_to(journey, "plan", team={**LILY, "members-1-under_18": None}, statements=TWO_LETTERS, boundaries=LILY_LINES)
    assert plan.step == "plan"
    assert ADULT_BEHIND["en"]["plan"][:60] not in plan.text and ADULT_BEHIND["en"]["caution"] not in plan.text


# Under "Something else", her words decide (bottom-line-risks.md needs_adults_say): the police, money, a car.
POLICE = {
    "en": "If you say no, I will call the police next time you drive high.",
    "es": "Si dices que no, voy a llamar a la policía la próxima vez que manejes drogado.",
}


def police_line(lang: str) -> dict:
    return {**STANDARD_ANSWERS["boundaries"], "category_m2_0": "other", "action_m2_0": POLICE[lang], "keep_m2_0": "yes"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_young_persons_police_line_under_something_else_asks_for_an_adult_behind_it(journey, client, lang):
    """Session 14 read the category only: Lily's police line under "Something else" went by without a word."""
    words = ADULT_BEHIND[lang]
    walk_to(journey, "boundaries", start=WORDS[lang]["start"], team=LILY, statements=TWO_LETTERS)
    paused = journey.submit(**police_line(lang))
    assert paused.step == "boundaries" and not paused.error_messages(), "a gentle caution, never an error"
    assert words["caution"] in paused.text
    assert words["about"].replace(LILY_MONEY, POLICE[lang]) in paused.text
    assert journey.submit().step == "rehearsal", "the same words again move on"
    plan = walk_to(type(journey)(client), "plan", start=WORDS[lang]["start"], team=LILY, statements=TWO_LETTERS, boundaries=police_line(lang))
    assert words["plan"] in section_of(plan, "safety")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_caution_for_the_police_line_once_an_adult_is_named_or_an_adult_wrote_it(journey, client, lang):
    walk_to(journey, "boundaries", start=WORDS[lang]["start"], team=LILY, statements=TWO_LETTERS)
    moved_on = journey.submit(**police_line(lang), helper_m2_0="José")
    assert moved_on.step == "rehearsal" and ADULT_BEHIND[lang]["caution"] not in moved_on.text
    adult = {**LILY, "members-1-under_18": None}
    plan = walk_to(type(journey)(client), "plan", start=WORDS[lang]["start"], team=adult, statements=TWO_LETTERS, boundaries=police_line(lang))
    assert plan.step == "plan"
    assert ADULT_BEHIND[lang]["plan"][:60] not in plan.text and ADULT_BEHIND[lang]["caution"] not in plan.text


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


@pytest.mark.parametrize(("lang", "helper"), [("en", "Mom"), ("en", "my dad"), ("es", "mi papá"), ("es", "Papá")])
def test_a_teen_may_name_her_parent_as_a_teen_would(journey, lang, helper):
    """QA 15 P3-1: Kayla wrote "Mom" under "Who will help me keep it?", her mother on the team, and was still
    told to find an adult. A parent word counts when a parent is on the team (José is Lily's father)."""
    walk_to(journey, "boundaries", start=WORDS[lang]["start"], team=LILY, statements=TWO_LETTERS)
    moved_on = journey.submit(**{**LILY_LINES, "helper_m2_0": helper})
    assert moved_on.step == "rehearsal" and ADULT_BEHIND[lang]["caution"] not in moved_on.text


def test_grandma_does_not_count_when_no_grandparent_is_on_the_team(journey):
    walk_to(journey, "boundaries", team=LILY, statements=TWO_LETTERS)
    paused = journey.submit(**{**LILY_LINES, "helper_m2_0": "Grandma"})
    assert paused.step == "boundaries" and ADULT_BEHIND["en"]["caution"] in paused.text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_review_says_whose_line_needs_an_adult_behind_it(journey, lang):
    """QA 15 P3-1: the review's copy of the caution named no one; the step's quotes each line with its writer."""
    words = ADULT_BEHIND[lang]
    review = walk_to(journey, "review", start=WORDS[lang]["start"], team=LILY, statements=TWO_LETTERS, boundaries=LILY_LINES)
    assert words["caution"] in review.text and words["about"] in review.text

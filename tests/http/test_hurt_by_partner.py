"""A loved one whom someone else is hurting (QA 11, P2-5): emergency help first, then advice that keeps
the plan from the person who hurts them, and a way to reach the family kept open."""

import pytest

from tests.http.test_plan_document import text_of
from tests.support import STANDARD_ANSWERS, flat, shows, walk_to, words_for

SIGNS = {"warning": ["lies_secrecy"], "substances": ["stimulants"], "danger": ["hurt_by_partner"]}
HOTLINE = ["tel:911", "tel:18007997233", "sms:88788?&body=START"]
START = {"en": "/", "es": "/?lang=es"}


def main_links(page) -> list[str]:
    return [a.get("href") for a in page.root.find(".//main").iter("a") if a.get("href", "").startswith(("tel:", "sms:"))]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_ticking_it_opens_the_crisis_page_with_911_then_the_hotline_and_its_own_advice(journey, client, lang):
    walk_to(journey, "signs", start=START[lang])
    page = journey.submit(**SIGNS)
    assert page.step == "crisis", "emergency help on the very next page"
    assert main_links(page)[:3] == HOTLINE
    card = words_for(client, lang).danger["hurt_by_partner"]
    main = list(page.root.find(".//main"))
    assert main[1].get("class") == "first-action" and "911" in flat(main[1])
    said = {"en": ("Keep the plan from the person who hurts them", "may be watched", "whether a meeting is safe"),
            "es": ("Que la persona que le hace daño no se entere del plan", "pueden estar vigilados", "si una reunión es segura")}[lang]
    assert card.label in page.text and all(words in page.text for words in said)
    violent = {"en": "Reasoning with someone who is angry", "es": "Razonar con una persona enojada"}[lang]
    assert violent not in page.text, "the loved one is not the one to get away from"


def test_with_violence_too_the_hotline_is_listed_once(journey):
    page = walk_to(journey, "crisis", signs={**SIGNS, "danger": ["violence", "hurt_by_partner"]})
    links = main_links(page)
    assert links[:3] == HOTLINE and links.count("tel:18007997233") == 1, links
    plan = walk_to(type(journey)(journey.client), "plan", signs={**SIGNS, "danger": ["violence", "hurt_by_partner"]}).text
    assert "".join(plan.split()).count("NationalDomesticViolenceHotline:1-800-799-7233") == 1


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_plan_names_it_in_safety_first_with_its_caution_and_its_program_questions(journey, client, lang):
    words = words_for(client, lang)
    plan = walk_to(journey, "plan", start=START[lang], signs=SIGNS).text
    card = words.danger["hurt_by_partner"]
    assert shows(f"{card.label}: {card.first_action}", plan) and card.plan_note in plan
    assert shows(words.cautions["hurt_by_partner"], plan)
    assert all(question in plan for question in words.pages["treatment"].questions_when["hurt_by_partner"])
    assert words.danger["violence"].label not in plan and not shows(words.cautions["violence"], plan)
    assert {"en": "someone has been violent", "es": "alguien ha sido violento"}[lang] not in plan
    assert "".join(plan.split()).count("".join(f"{card.numbers[0].label}: 1-800-799-7233".split())) == 1


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_sign_no_partner_advice(journey, client, lang):
    words = words_for(client, lang)
    plan = walk_to(journey, "plan", start=START[lang], signs={**SIGNS, "danger": ["violence"]}).text
    assert not shows(words.cautions["hurt_by_partner"], plan)
    assert not any(question in plan for question in words.pages["treatment"].questions_when["hurt_by_partner"])
    assert shows(words.cautions["violence"], plan), "violence keeps its own caution"


@pytest.mark.parametrize("lang, line", [
    ("en", "I will not answer your calls at midnight if you are high."),
    ("es", "No voy a contestar tus llamadas a medianoche si estás drogada."),
])
def test_a_bottom_line_that_cuts_off_contact_is_paused_on_its_own_page_while_someone_hurts_them(journey, client, lang, line):
    words = words_for(client, lang)
    caution, paused = words.cautions["hurt_by_partner_contact"], words.text("notices.caution_first")
    typed = {"category_m1_0": "other", "action_m1_0": line, "keep_m1_0": "yes"}
    boundaries = walk_to(journey, "boundaries", start=START[lang], signs=SIGNS)
    assert shows(words.cautions["hurt_by_partner"], boundaries.text), "said with the bottom lines from the start"
    page = journey.submit(**typed)
    assert page.step == "boundaries" and paused in page.text
    raised = page.root.find(".//*[@data-raised-cautions]")
    assert raised is not None and shows(caution, flat(raised))
    assert dict(page.form_values())["action_m1_0"] == line, "the words are kept to change or keep"
    assert journey.submit().step == "rehearsal", "the same words posted again move on"
    assert shows(caution, walk_to(type(journey)(client), "plan", start=START[lang], signs=SIGNS, boundaries=typed).text)
    nobody_hurts = type(journey)(client)
    walk_to(nobody_hurts, "boundaries", start=START[lang])
    assert nobody_hurts.submit(**typed).step == "rehearsal", "no pause where no one is hurting them"


def strengths_under(page, field: str) -> list[str]:
    box = page.root.find(f".//*[@id='{field}-findings']")
    return [flat(li) for ul in box.iter("ul") if "findings-list--strengths" in ul.get("class", "") for li in ul.iter("li")]


@pytest.mark.parametrize("lang, other, line, quoted", [
    ("en", "I will stop paying your phone bill.", "I won't pick up when you call drunk. I will answer when you are ready for help.",
     "This note is about a bottom line from José: “I won't pick up when you call drunk. I will answer when you are ready for help.”"),
    ("es", "Ya no voy a pagar tu teléfono.", "No voy a contestar cuando me llames para pedir dinero.",
     "Esta nota habla de un límite de José: «No voy a contestar cuando me llames para pedir dinero.»"),
])
def test_the_contact_pause_quotes_its_line_and_whose_it_is_and_does_not_praise_that_line(journey, client, lang, other, line, quoted):
    """QA 12 P3-3: "one of the bottom lines" alone, with "what is working" praise under that very line."""
    words = words_for(client, lang)
    typed = {"category_m1_0": "money", "action_m1_0": other, "keep_m1_0": "yes",
             "category_m1_1": "other", "action_m1_1": line, "keep_m1_1": "yes"}
    walk_to(journey, "boundaries", start=START[lang], signs=SIGNS)
    page = journey.submit(**typed)
    assert page.step == "boundaries" and words.text("notices.caution_first") in page.text
    raised = flat(page.root.find(".//*[@data-raised-cautions]"))
    assert shows(words.cautions["hurt_by_partner_contact"], raised) and shows(quoted, raised)
    assert other not in raised, "only the line the note is about"
    assert strengths_under(page, "action_m1_0"), "the other line keeps its praise"
    assert strengths_under(page, "action_m1_1") == [], "no praise under the line the note warns about"
    back = journey.submit()
    assert back.step == "rehearsal", "the same words posted again move on, as before"
    again = journey.submit(action="back")
    assert again.step == "boundaries" and shows(quoted, flat(again.root.find(".//main"))), "said beside the caution on return"
    assert strengths_under(again, "action_m1_1") == []
    nobody_hurts = type(journey)(client)
    walk_to(nobody_hurts, "boundaries", start=START[lang])
    calm = nobody_hurts.submit(action="check", **typed)
    assert not shows(quoted, calm.text) and strengths_under(calm, "action_m1_1"), "praised where no one hurts them"


def test_the_approach_step_suggests_an_open_invitation_with_its_reason(journey, client):
    page = walk_to(journey, "approach", signs=SIGNS)
    assert shows(words_for(client, "en").reasons["hurt_by_partner"], page.text)
    checked = [i.get("value") for i in page.root.iter("input") if i.get("name") == "approach" and i.get("checked") is not None]
    assert checked == ["invitational"]


def test_a_letter_that_says_their_partner_hurts_them_opens_the_next_page_with_the_hotline(journey):
    walk_to(journey, "statements")
    page = journey.submit(letter_m1="Sam, I love you. I know your boyfriend hurts you, and I am scared for you. Please accept help.")
    assert page.step == "boundaries"
    panel = next(s for s in page.root.iter("section") if "safety-first" in s.get("class", "").split())
    assert "1-800-799-7233" in flat(panel) and "Someone is hurting them" in flat(panel)


def test_the_live_letter_check_names_the_hotline_once_when_both_kinds_of_violence_are_written(client):
    text = "You hit me last spring, and I know your boyfriend hits you too."
    danger = client.post("/api/check-statement", json={"text": text}).get_json()["summary"]["danger"]
    assert "911" in danger and danger.count("1-800-799-7233") == 1, danger


KEEP_HIDDEN = {"en": "where that person cannot find them", "es": "donde esa persona no pueda encontrarlos"}
NAME_NO_ONE = {"en": "does not need to name that person", "es": "no necesita nombrar a esa persona"}


def hurt_note(page):
    note = page.root.find(".//*[@data-hurt-note]")
    return flat(note) if note is not None else ""


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_letters_step_says_that_person_may_see_what_is_written(journey, client, lang):
    """Letters, printouts and the saved file kept hidden; no name needed; read away from that person."""
    page = walk_to(journey, "statements", start=START[lang], signs=SIGNS)
    note = hurt_note(page)
    assert note == words_for(client, lang).steps["statements"].note_hurt_by_partner
    assert KEEP_HIDDEN[lang] in note and NAME_NO_ONE[lang] in note
    assert hurt_note(walk_to(type(journey)(client), "statements", start=START[lang])) == "", "no sign, no note"
    violent = walk_to(type(journey)(client), "statements", start=START[lang], signs={**SIGNS, "danger": ["violence"]})
    assert hurt_note(violent) == "", "the loved one's own violence is not this"


def test_the_letters_step_says_it_too_when_a_letter_told_of_it(journey):
    walk_to(journey, "statements")
    journey.submit(letter_m1="Sam, I love you. I know your boyfriend hurts you, and I am scared for you.")
    page = journey.submit("goto:statements")
    assert page.step == "statements" and KEEP_HIDDEN["en"] in hurt_note(page)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_plan_and_every_printout_say_to_keep_the_papers_from_that_person(journey, client, lang):
    plan = walk_to(journey, "plan", start=START[lang], signs=SIGNS)
    safety = plan.root.find(".//section[@class='plan-section plan-section--safety']")
    assert KEEP_HIDDEN[lang] in flat(safety)
    own = text_of(client.post("/member.pdf", data={"token": plan.token, "member": "m1"}))
    assert KEEP_HIDDEN[lang] in own
    assert KEEP_HIDDEN[lang] not in walk_to(type(journey)(client), "plan", start=START[lang]).text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_invitation_and_the_way_to_the_program_are_kept_from_that_person(journey, client, lang):
    """QA 12 P2-1: an open invitation said "the day, the place, who will be there… Nothing is hidden",
    the most natural way to give it being a text to a phone that person may watch."""
    words = words_for(client, lang)
    script, checklist, after = words.text, words.guidance["rehearsal"].checklist, words.pages["after"]
    plan = walk_to(journey, "plan", start=START[lang], signs=SIGNS)
    invite = script("plan.script.invite_safely", name="José", person="Sam")
    assert shows(invite, plan.text) and not shows(script("plan.script.invite", name="José", person="Sam"), plan.text)
    section = plan.root.find(".//section[@class='plan-section plan-section--checklist']")
    items = [flat(li) for li in section.iter("li")]
    assert items and shows(checklist.hurt_by_partner, items[0]), "keeping the plan from that person is checked first"
    yes = next(flat(li) for li in plan.root.iter("li") if flat(li).startswith(after.outcomes["yes"].title))
    assert shows(f"{after.outcomes['yes'].title}: {after.hurt_by_partner.if_yes}", yes)
    printout = text_of(client.post("/member.pdf", data={"token": plan.token, "member": "m1"}))
    assert shows(invite, printout)

    other = walk_to(type(journey)(journey.client), "plan", start=START[lang]).text
    assert shows(script("plan.script.invite", name="José", person="Sam"), other)
    assert not shows(checklist.hurt_by_partner, other) and not shows(after.hurt_by_partner.if_yes, other)


def live_check(client, page, text: str) -> dict:
    """What the page script sends while a bottom line is typed: the text, and the risks the page says
    bring a caution for this family (its checker settings), never the plan itself."""
    settings = page.root.find(".//*[@data-checker]")
    cautioned = (settings.get("data-cautioned") or "").split()
    payload = {"text": text, "kind": "boundary", "lang": page.root.get("lang"), "cautioned": cautioned}
    response = client.post(settings.get("data-check-url"), json=payload)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


@pytest.mark.parametrize("lang, line", [
    ("en", "I won't pick up when you call drunk. I will answer when you are ready for help."),
    ("en", "Don't call me until you leave him. I will be here when you are ready."),
    ("es", "No voy a contestar cuando me llames para pedir dinero."),
])
def test_while_typing_a_line_that_cuts_contact_gets_no_praise_where_someone_hurts_them(journey, client, lang, line):
    """QA 12 P3-3 follow-up: the page held back "what is working" for that line, the live check did not."""
    hurt = walk_to(journey, "boundaries", start=START[lang], signs=SIGNS)
    held = live_check(client, hurt, line)
    assert held["strengths"] == [], "no praise while typing, as on the page after Save"
    assert held["concerns"] == check_of(client, lang, line)["concerns"], "the rest of the check is the same"
    other = {"en": "I will stop paying your phone bill.", "es": "Ya no voy a pagar tu teléfono."}[lang]
    assert live_check(client, hurt, other)["strengths"], "other lines keep it"
    nobody_hurts = walk_to(type(journey)(client), "boundaries", start=START[lang])
    assert live_check(client, nobody_hurts, line)["strengths"], "praised where no one hurts them, as on the page"


def check_of(client, lang, text):
    return client.post("/api/check-statement", json={"text": text, "kind": "boundary", "lang": lang}).get_json()


def test_the_live_check_refuses_a_risk_it_does_not_know(client):
    for cautioned in (["no_such_risk"], "cuts_contact", [5]):
        response = client.post("/api/check-statement", json={"text": "Don't call me.", "kind": "boundary", "cautioned": cautioned})
        assert response.status_code == 400 and "error" in response.get_json(), cautioned


THREE = {
    **STANDARD_ANSWERS["team"],
    "members-1-name": "Tyler",
    "members-1-relationship": "sibling",
    "members-1-role": "details",
    "members-2-name": "Maya",
    "members-2-relationship": "friend",
    "members-2-role": "speaker",
}


def team_of_three(journey):
    """José leads, Tyler sees to the ride, Maya reads a letter."""
    journey.submit("add_member")
    journey.submit("add_member")
    return journey.submit(**THREE)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_phone_warning_for_a_yes_is_in_the_printouts_of_who_drives_and_who_leads(journey, client, lang):
    """QA 13 P3-5: "Their phone may show where they are…" was only in the plan; the details person drives."""
    after = words_for(client, lang).pages["after"]
    warning = f"{after.outcomes['yes'].title}: {after.hurt_by_partner.if_yes}"
    walk_to(journey, "team", start=START[lang], signs=SIGNS)
    page = team_of_three(journey)
    while page.step != "plan":
        page = journey.submit(**{**STANDARD_ANSWERS[page.step], "letter_m2": "Te quiero.", "letter_m3": "Te quiero."} if page.step == "statements" else STANDARD_ANSWERS[page.step])
    printouts = {m: text_of(client.post("/member.pdf", data={"token": page.token, "member": m})) for m in ("m1", "m2", "m3")}
    assert shows(warning, printouts["m2"]), "the details person, who drives"
    assert shows(warning, printouts["m1"]), "the leader"
    assert not shows(after.hurt_by_partner.if_yes, printouts["m3"]), "not everyone's"
    # No one hurting them: no warning in any printout.
    plain = walk_to(type(journey)(client), "plan", start=START[lang])
    assert not shows(after.hurt_by_partner.if_yes, text_of(client.post("/member.pdf", data={"token": plain.token, "member": "m1"})))


def test_the_driver_named_for_the_ride_gets_the_phone_warning_too(journey, client):
    after = words_for(client, "en").pages["after"]
    walk_to(journey, "team", signs=SIGNS)
    page = team_of_three(journey)
    while page.step != "plan":
        answers = dict(STANDARD_ANSWERS[page.step])
        if page.step == "statements":
            answers.update(letter_m2="I love you.", letter_m3="I love you.")
        if page.step == "treatment":
            answers["transport"] = "Maya drives, in her car"
        page = journey.submit(**answers)
    assert shows(after.hurt_by_partner.if_yes, text_of(client.post("/member.pdf", data={"token": page.token, "member": "m3"})))


def approach_section(page) -> str:
    return flat(page.root.find(".//section[@class='plan-section plan-section--approach']"))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_open_approach_says_it_is_private_from_the_person_who_hurts_them(journey, client, lang):
    """QA 13 P3-5: "with no surprise and no secrets" beside "keep the meeting from the person who hurts them"."""
    private = words_for(client, lang).text("plan.approach_private")
    assert private in approach_section(walk_to(journey, "plan", start=START[lang], signs=SIGNS))
    assert private not in approach_section(walk_to(type(journey)(client), "plan", start=START[lang])), "no one hurting them"
    surprise = walk_to(type(journey)(client), "plan", start=START[lang], signs=SIGNS, approach={"approach": "johnson"})
    assert private not in surprise.text, "a surprise meeting promises no openness"


@pytest.mark.parametrize("lang, letter", [
    ("en", "Sam, I love you. I know your boyfriend hurts you, and I am scared for you. Please accept help."),
    ("es", "Sam, te quiero. Sé que tu novio te pega, y tengo miedo por ti. Por favor, acepta ayuda."),
])
def test_a_letter_telling_of_it_says_where_to_keep_the_letter_on_the_next_page_and_while_typing(journey, client, lang, letter):
    """QA 13 P3-5: the letters-step note came only on a return to the letters step."""
    keep = words_for(client, lang).danger["hurt_by_partner"].written_note
    walk_to(journey, "statements", start=START[lang])
    page = journey.submit(letter_m1=letter)
    panel = next(s for s in page.root.iter("section") if "safety-first" in s.get("class", "").split())
    assert keep in flat(panel)
    live = client.post("/api/check-statement", json={"text": letter, "lang": lang}).get_json()["summary"]["danger"]
    assert keep in live
    violent = client.post("/api/check-statement", json={"text": "You hit me last spring.", "lang": lang}).get_json()["summary"]["danger"]
    assert violent and keep not in violent, "their own violence: not this line"

"""QA 13 P2-1: at work, the manager is not told to say "I love you" — not in the letter builder, the hint
under his letter, the letter check (on the page and live), nor the rehearsal reply on the plan and his
printout. Chosen by who writes or answers: a parent at the same workplace meeting keeps their love."""

import pytest

from tests.http.test_plan_document import text_of
from tests.support import STANDARD_ANSWERS, check_page, flat, walk_to

START = {"en": "/", "es": "/?lang=es"}
# Dana, the manager, leads; Rosa, the loved one's mother, comes too.
TEAM = {
    **STANDARD_ANSWERS["team"],
    "members-0-name": "Dana",
    "members-0-relationship": "employer",
    "members-0-role": "leader",
    "members-1-name": "Rosa",
    "members-1-relationship": "parent",
    "members-1-role": "speaker",
}
WORK_LETTER = {
    "en": "Sam, on October 14 you came in two hours late for your shift, and you missed four shifts in September. Please accept the help that is ready for you today.",
    "es": "Sam, el 14 de octubre llegaste dos horas tarde a tu turno, y en septiembre faltaste a cuatro turnos. Te pido que aceptes hoy la ayuda que está lista para ti.",
}
WORKPLACE = {"approach": {"approach": "workplace"}, "team": TEAM}
# The family's words, that a manager should not be given.
LOVE = {
    "starter": {"en": "I love you, and I still remember the day you", "es": "Te quiero, y todavía recuerdo el día en que tú"},
    "hint": {"en": "Start with love.", "es": "Empieza con amor."},
    "idea": {"en": "Try opening with love", "es": "Prueba a empezar con amor"},
    "feel": {"en": "Say how it made you feel", "es": "Di cómo te hizo sentir"},
    "reply": {"en": "I love you too much to wait until it gets worse", "es": "te quiero demasiado para esperar a que empeore"},
}
WORK = {
    "starter": {"en": "I value the work you do here", "es": "valoro el trabajo que haces aquí"},
    "hint": {"en": "Start with what you value in their work.", "es": "Empieza con lo que valoras de su trabajo."},
    "idea": {"en": "Try opening with what you value in their work", "es": "Prueba a empezar con lo que valoras de su trabajo"},
    "reply": {"en": "I want you safe and back on the job", "es": "Quiero verte a salvo y de vuelta en tu puesto"},
}


def letter_block(page, member: str) -> str:
    return next(flat(s) for s in page.root.iter("section") if s.get("aria-labelledby") == f"letter-heading-{member}")


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_managers_letter_builder_hint_and_check_speak_of_work_and_the_parents_of_love(journey, lang):
    walk_to(journey, "statements", start=START[lang], **WORKPLACE)
    letters = {"letter_m1": WORK_LETTER[lang], "letter_m2": WORK_LETTER[lang]}
    page = journey.submit(action="check", **letters)
    assert page.step == "statements"
    dana, rosa = letter_block(page, "m1"), letter_block(page, "m2")
    for key in ("starter", "hint", "idea", "feel"):
        assert LOVE[key][lang] not in dana, key
    for key in ("starter", "hint", "idea"):
        assert WORK[key][lang] in dana, key
    # Rosa is his mother: the same workplace meeting, and her letter still opens with love.
    for key in ("starter", "hint", "idea", "feel"):
        assert LOVE[key][lang] in rosa, key
    assert WORK["starter"][lang] not in rosa and WORK["idea"][lang] not in rosa
    # The live check is told which box is the manager's, and only that one.
    boxes = {box.get("name"): box for box in page.root.iter("textarea") if box.get("data-check") == "letter"}
    assert boxes["letter_m1"].get("data-check-voice") == "work" and boxes["letter_m2"].get("data-check-voice") == "love"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_live_check_for_a_managers_letter_gives_ideas_from_work(client, lang):
    def tips(**extra):
        body = client.post("/api/check-statement", json={"text": WORK_LETTER[lang], "lang": lang, **extra})
        assert body.status_code == 200
        return " ".join(tip["message"] for tip in body.get_json()["tips"])

    work, family = tips(at_work=True), tips()
    assert LOVE["idea"][lang] not in work and LOVE["feel"][lang] not in work and WORK["idea"][lang] in work
    assert LOVE["idea"][lang] in family and LOVE["feel"][lang] in family
    opening = {"en": "I care about you, and I value the work you do here.", "es": "Me importas, y valoro el trabajo que haces aquí."}[lang]
    praised = client.post("/api/check-statement", json={"text": opening, "lang": lang, "at_work": True}).get_json()
    said = " ".join(s["message"] for s in praised["strengths"])
    assert said and {"en": "open with love", "es": "Empiezas con amor"}[lang] not in said
    assert client.post("/api/check-statement", json={"text": "hi", "at_work": "yes"}).status_code == 400


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_manager_answers_it_is_not_that_bad_with_the_job_and_a_parent_with_love(journey, client, lang):
    letters = {"letter_m1": WORK_LETTER[lang], "letter_m2": WORK_LETTER[lang]}
    rehearsal = {"objection_0": "not_that_bad", "answered_by_0": "m1", "objection_1": "not_that_bad", "answered_by_1": "m2"}
    page = walk_to(journey, "rehearsal", start=START[lang], statements=letters, **WORKPLACE)
    assert WORK["reply"][lang] in one_line(page.text), "the calm replies show the manager's words too"
    plan = walk_to(type(journey)(client), "plan", start=START[lang], statements=letters, rehearsal=rehearsal, **WORKPLACE)
    cards = [flat(li) for li in plan.root.iter("li") if WORK["reply"][lang] in flat(li) or LOVE["reply"][lang] in flat(li)]
    dana = [c for c in cards if "Dana" in c]
    rosa = [c for c in cards if "Rosa" in c]
    assert dana and all(WORK["reply"][lang] in c and LOVE["reply"][lang] not in c for c in dana)
    assert rosa and all(LOVE["reply"][lang] in c for c in rosa)
    his = text_of(client.post("/member.pdf", data={"token": plan.token, "member": "m1"}))
    assert WORK["reply"][lang] in his and LOVE["reply"][lang] not in his
    hers = text_of(client.post("/member.pdf", data={"token": plan.token, "member": "m2"}))
    assert LOVE["reply"][lang] in hers and WORK["reply"][lang] not in hers


def test_a_manager_on_a_family_led_team_answers_with_the_job_too(journey):
    """Chosen by who answers, not by the approach: an invitational plan with the boss on the team."""
    rehearsal = {"objection_0": "not_that_bad", "answered_by_0": "m1"}
    letters = {"letter_m1": WORK_LETTER["en"], "letter_m2": WORK_LETTER["en"]}
    plan = walk_to(journey, "plan", team=TEAM, statements=letters, rehearsal=rehearsal).text
    assert WORK["reply"]["en"] in one_line(plan) and LOVE["reply"]["en"] not in one_line(plan)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_manager_writing_alone_gets_the_work_parts_once_the_page_knows_who_he_is(client, lang):
    def page(relationship):
        data = {"name": "Dana", "relationship": relationship, "letter": WORK_LETTER[lang], "action": "check", "lang": lang}
        return one_line(check_page(client.post("/letter", data=data)).text)

    manager, mother = page("employer"), page("parent")
    assert LOVE["starter"][lang] not in manager and LOVE["idea"][lang] not in manager and WORK["starter"][lang] in manager
    assert LOVE["starter"][lang] in mother and LOVE["idea"][lang] in mother


# QA 16 P2-2: Tom, the husband, and Luis, the union rep, come to Dana's workplace meeting too.
WITH_FAMILY = {
    **TEAM,
    "members-2-name": "Tom",
    "members-2-relationship": "partner",
    "members-2-role": "speaker",
    "members-3-name": "Luis",
    "members-3-relationship": "other",
    "members-3-role": "speaker",
}
HEARD = {
    "en": "the manager, and anyone from HR or the union, will hear every word of your letter.",
    "es": "el gerente, y cualquier persona de recursos humanos o del sindicato, va a oír cada palabra de tu carta.",
}
FROM_WORK = {"en": "If you are from work: keep to facts about the job", "es": "Si eres del trabajo: quédate en los hechos del trabajo"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_at_a_workplace_meeting_the_family_is_told_the_manager_hears_their_letter(journey, client, lang):
    """QA 16 P2-2: the husband wrote about vials he found, to be read in front of the manager and the union rep."""
    page = walk_to(journey, "statements", start=START[lang], approach={"approach": "workplace"}, team=WITH_FAMILY)
    dana, rosa, tom, luis = (one_line(letter_block(page, member)) for member in ("m1", "m2", "m3", "m4"))
    assert HEARD[lang] in rosa and HEARD[lang] in tom, "his mother and her husband are told who is listening"
    assert HEARD[lang] not in dana and HEARD[lang] not in luis, "the manager and the union rep speak for work or with care"
    assert page.root.find(".//div[@data-work-note]") is not None
    assert FROM_WORK[lang] in one_line(page.text), "the page's workplace tip says whom it is for"
    family = walk_to(type(journey)(client), "statements", start=START[lang], team={**WITH_FAMILY, "members-0-relationship": "parent"})
    assert HEARD[lang] not in one_line(family.text) and family.root.find(".//div[@data-work-note]") is None


# QA 16 P3-1: praise of the person's work is what the manager values; she is not told to open with it.
PRAISE_LETTER = {
    "en": "Dana, you have been one of the strongest nurses on 4 West for nine years, and the new nurses still ask for you. On October 14 you came in two hours late for your shift. Please accept the help that is ready for you today.",
    "es": "Dana, has sido una de las enfermeras más fuertes de la planta durante nueve años, y las nuevas todavía preguntan por ti. El 14 de octubre llegaste dos horas tarde a tu turno. Te pido que aceptes hoy la ayuda que está lista para ti.",
}
VALUED = {"en": "You open with what you value in them", "es": "Empiezas con lo que valoras de esta persona"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_manager_who_opens_with_praise_of_their_work_is_not_told_to_open_with_what_she_values(journey, lang):
    walk_to(journey, "statements", start=START[lang], **WORKPLACE)
    page = journey.submit(action="check", letter_m1=PRAISE_LETTER[lang], letter_m2=WORK_LETTER[lang])
    dana = one_line(letter_block(page, "m1"))
    assert WORK["idea"][lang] not in dana and VALUED[lang] in dana

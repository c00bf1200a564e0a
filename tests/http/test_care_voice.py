"""A counselor (an EAP counselor, a pastor) or someone who chose "Other" (a union rep, a coach) is outside the
family and not the loved one's boss: their letter's builder, the hint under it and the letter check (on the
page and live) and their calm replies in the rehearsal speak of care, as their bottom-line letter already does,
not "Open with love" or "I love you too much". A parent at the same meeting keeps their love, and an employer
keeps the job's words (test_work_voice)."""

import pytest

from tests.http.test_plan_document import text_of
from tests.http.test_work_voice import LOVE as FAMILY_LOVE, letter_block
from tests.support import STANDARD_ANSWERS, check_page, flat, walk_to

START = {"en": "/", "es": "/?lang=es"}
# Laura, the EAP counselor, leads; Héctor (Other) and Rosa, the loved one's mother, read letters too.
TEAM = {
    **STANDARD_ANSWERS["team"],
    "members-0-name": "Laura",
    "members-0-relationship": "professional",
    "members-0-role": "leader",
    "members-1-name": "Héctor",
    "members-1-relationship": "other",
    "members-1-role": "speaker",
    "members-2-name": "Rosa",
    "members-2-relationship": "parent",
    "members-2-role": "speaker",
}
# A letter with no opening at all: the check says how to open it.
LETTER = {
    "en": "Sam, on October 14 you came in two hours late for your shift. Please accept the help that is ready for you today.",
    "es": "Sam, el 14 de octubre llegaste dos horas tarde a tu turno. Te pido que aceptes hoy la ayuda que está lista para ti.",
}
# The family's words (test_work_voice), and the builder's label for them.
LOVE = {"label": {"en": "Open with love", "es": "Empieza con amor"}, **{key: FAMILY_LOVE[key] for key in ("starter", "hint", "idea")}}
CARE = {
    "label": {"en": "Open with care", "es": "Empieza diciendo que te importa"},
    "starter": {"en": "I care about you, and I have seen the best of you", "es": "Me importas, y he visto lo mejor de ti"},
    "hint": {"en": "Start by saying you care about them.", "es": "Empieza diciéndole que te importa."},
    "idea": {"en": "Try opening by showing you care", "es": "Prueba a empezar mostrando que te importa"},
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("approach", ["workplace", "invitational"])
def test_a_counselors_and_an_others_letter_speak_of_care_and_the_parents_of_love(journey, lang, approach):
    walk_to(journey, "statements", start=START[lang], approach={"approach": approach}, team=TEAM)
    page = journey.submit(action="check", letter_m1=LETTER[lang], letter_m2=LETTER[lang], letter_m3=LETTER[lang])
    assert page.step == "statements"
    for member in ("m1", "m2"):
        block = letter_block(page, member)
        for key in LOVE:
            assert LOVE[key][lang] not in block, (member, key)
            assert CARE[key][lang] in block, (member, key)
    rosa = letter_block(page, "m3")
    for key in LOVE:
        assert LOVE[key][lang] in rosa and CARE[key][lang] not in rosa, key
    # The live check is told how each box's writer speaks.
    boxes = {box.get("name"): box.get("data-check-voice") for box in page.root.iter("textarea") if box.get("data-check") == "letter"}
    assert boxes == {"letter_m1": "care", "letter_m2": "care", "letter_m3": "love"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_live_check_for_a_counselors_letter_gives_ideas_of_care(client, lang):
    def report(**extra):
        body = client.post("/api/check-statement", json={"text": LETTER[lang], "lang": lang, **extra})
        assert body.status_code == 200
        return body.get_json()

    def tips(**extra):
        return " ".join(tip["message"] for tip in report(**extra)["tips"])

    care, family, work = tips(voice="care"), tips(voice="love"), tips(voice="work")
    assert LOVE["idea"][lang] not in care and CARE["idea"][lang] in care
    assert LOVE["idea"][lang] in family and CARE["idea"][lang] not in family
    assert LOVE["idea"][lang] not in work and CARE["idea"][lang] not in work
    assert tips(at_work=True) == work, "a page served before `voice` still gets the job's words"
    opening = {"en": "I care about you, and I have seen the best of you.", "es": "Me importas, y he visto lo mejor de ti."}[lang]
    praised = " ".join(s["message"] for s in client.post("/api/check-statement", json={"text": opening, "lang": lang, "voice": "care"}).get_json()["strengths"])
    assert praised and {"en": "open with love", "es": "Empiezas con amor"}[lang] not in praised
    assert {"en": "You open by showing you care", "es": "Empiezas mostrando que te importa"}[lang] in praised
    for wrong in ("friend", 1, None):
        assert client.post("/api/check-statement", json={"text": "hi", "voice": wrong}).status_code == 400


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("relationship", ["professional", "other"])
def test_a_counselor_writing_alone_gets_the_care_parts_once_the_page_knows_who_they_are(client, lang, relationship):
    def page(who):
        data = {"name": "Laura", "relationship": who, "letter": LETTER[lang], "action": "check", "lang": lang}
        return " ".join(check_page(client.post("/letter", data=data)).text.split())

    counselor, mother = page(relationship), page("parent")
    assert LOVE["starter"][lang] not in counselor and LOVE["idea"][lang] not in counselor and LOVE["hint"][lang] not in counselor
    assert CARE["starter"][lang] in counselor and CARE["idea"][lang] in counselor and CARE["hint"][lang] in counselor
    assert LOVE["starter"][lang] in mother and LOVE["idea"][lang] in mother and CARE["starter"][lang] not in mother


def test_a_friend_keeps_the_love_as_in_the_bottom_line_letter(journey):
    team = {**TEAM, "members-0-relationship": "friend"}
    walk_to(journey, "statements", team=team)
    page = journey.submit(action="check", letter_m1=LETTER["en"], letter_m2=LETTER["en"], letter_m3=LETTER["en"])
    assert LOVE["starter"]["en"] in letter_block(page, "m1") and CARE["starter"]["en"] not in letter_block(page, "m1")



# The calm reply to "It's not that bad": a family's love, and a counselor's care.
REPLY = {
    "love": {"en": "I love you too much to wait until it gets worse", "es": "te quiero demasiado para esperar a que empeore"},
    "care": {"en": "I care about you, and what I have seen worries me.", "es": "Me importas, y lo que he visto me preocupa."},
    "line": {"en": "If a counselor, pastor or someone else from outside the family answers:", "es": "Si responde un consejero, un pastor u otra persona de fuera de la familia:"},
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_counselor_and_an_other_answer_it_is_not_that_bad_with_care_and_the_parent_with_love(journey, client, lang):
    letters = {"letter_m1": LETTER[lang], "letter_m2": LETTER[lang], "letter_m3": LETTER[lang]}
    page = walk_to(journey, "rehearsal", start=START[lang], team=TEAM, statements=letters)
    said = " ".join(page.text.split())
    line = said.find(REPLY["line"][lang])
    assert -1 < line < said.find(REPLY["care"][lang]), "the calm replies show the counselor's words too"
    assert REPLY["love"][lang] in said, "beside the family's own"
    rehearsal = {f"{field}_{row}": value for row, member in enumerate(("m1", "m2", "m3")) for field, value in (("objection", "not_that_bad"), ("answered_by", member))}
    plan = walk_to(type(journey)(client), "plan", start=START[lang], team=TEAM, statements=letters, rehearsal=rehearsal)
    cards = [flat(li) for li in plan.root.iter("li") if REPLY["care"][lang] in flat(li) or REPLY["love"][lang] in flat(li)]
    for name in ("Laura", "Héctor"):
        theirs = [c for c in cards if name in c]
        assert theirs and all(REPLY["care"][lang] in c and REPLY["love"][lang] not in c for c in theirs), name
    rosa = [c for c in cards if "Rosa" in c]
    assert rosa and all(REPLY["love"][lang] in c and REPLY["care"][lang] not in c for c in rosa)
    laura = " ".join(text_of(client.post("/member.pdf", data={"token": plan.token, "member": "m1"})).split())
    assert REPLY["care"][lang] in laura and REPLY["love"][lang] not in laura


# The page's own tips are for the whole team: "Start with love" stays first, and a line follows it for each
# voice someone on the team writes in.
TIPS = {
    "love": {"en": "Start with love and one happy memory.", "es": "Empieza con amor y con un recuerdo feliz."},
    "care": {"en": "For a counselor, pastor or someone else from outside the family: start with care and respect instead.", "es": "Si eres consejero, pastor u otra persona de fuera de la familia: mejor empieza con respeto"},
    "work": {"en": "For an employer or co-worker: start with what you value in their work instead", "es": "Si eres empleador o compañero de trabajo: mejor empieza con lo que valoras de su trabajo"},
}


def general_tips(page) -> list[str]:
    aside = next(a for a in page.root.iter("aside") if a.get("class") == "guidance")
    return [flat(li) for li in aside.iter("li")]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(
    ("team", "lines"),
    [
        (TEAM, ["care"]),  # a counselor, an "Other" and a parent
        ({**TEAM, "members-1-relationship": "employer"}, ["care", "work"]),
        ({**TEAM, "members-0-relationship": "employer", "members-1-relationship": "parent"}, ["work"]),
        (STANDARD_ANSWERS["team"], []),  # a family alone: the tips as they were
    ],
)
def test_the_pages_letter_tips_add_a_line_for_each_voice_on_the_team_after_start_with_love(journey, lang, team, lines):
    tips = general_tips(walk_to(journey, "statements", start=START[lang], team=team))
    assert tips[0] == TIPS["love"][lang], "the family still starts with love"
    said = [voice for voice in ("care", "work") if any(tip.startswith(TIPS[voice][lang]) for tip in tips)]
    assert said == lines
    assert all(tip.startswith(TIPS[voice][lang]) for voice, tip in zip(lines, tips[1:])), "right after it"

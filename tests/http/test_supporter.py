"""Someone who supports the meeting with no letter: an EAP counselor, HR or a union rep at a work meeting (QA 13 P3-6).

Before, every role but "Interpreter" had to write a letter: the EAP counselor was told "Laura: please write this letter"."""

import io

import pytest

from tests.http.test_interpreter import names_of, pdf_text
from tests.support import STANDARD_ANSWERS, check_page, walk_to

START = {"en": "/", "es": "/?lang=es"}
WORKPLACE = {
    "signs": {**STANDARD_ANSWERS["signs"], "warning": ["neglected_responsibilities"], "situation": ["work_involved"]},
    "approach": {"approach": "workplace"},
    "team": {
        **STANDARD_ANSWERS["team"],
        "members-0-name": "Méndez",
        "members-0-relationship": "employer",
        "members-1-name": "Laura",
        "members-1-relationship": "professional",
        "members-1-role": "supporter",
    },
}
SAID = {
    "en": {
        "label": "Sits in to support, speaks only if asked (no letter, no bottom line)",
        "printout": "You sit in to support the meeting, and you speak only if someone asks you to.",
        "union": "If the person is in a union, ask HR whether a union representative may be there, and how that works.",
        "caution": "A counselor, pastor or other professional is on your team.",
    },
    "es": {
        "label": "Acompaña para apoyar y habla solo si se lo piden (no escribe carta ni límites)",
        "printout": "Estás presente para apoyar la reunión, y hablas solo si alguien te lo pide.",
        "union": "Si la persona está en un sindicato, pregunten a recursos humanos si puede estar presente un representante sindical, y cómo se hace.",
        "caution": "En tu equipo hay un consejero, un pastor u otro profesional.",
    },
}


def two_on_team(journey, lang):
    walk_to(journey, "team", start=START[lang], **WORKPLACE)
    return journey.submit("add_member")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_supporter_writes_no_letter_is_asked_for_nothing_and_is_not_a_reader(journey, client, lang):
    two_on_team(journey, lang)
    letters = journey.submit(**WORKPLACE["team"])
    assert letters.step == "statements", letters.error_messages()
    assert "letter_m1" in names_of(letters, "textarea") and "letter_m2" not in names_of(letters, "textarea")
    assert "order_m2" not in names_of(letters, "select")
    boundaries = journey.submit(**STANDARD_ANSWERS["statements"])
    assert boundaries.step == "boundaries", boundaries.error_messages()
    assert "action_m2_0" not in names_of(boundaries, "textarea")
    rehearsal = journey.submit(**STANDARD_ANSWERS["boundaries"])
    answerers = [o.get("value") for o in rehearsal.root.findall(".//select[@name='answered_by_0']/option")]
    assert rehearsal.step == "rehearsal" and "m2" not in answerers
    page = rehearsal
    while page.step != "plan":
        page = journey.submit(**STANDARD_ANSWERS[page.step])
    said = SAID[lang]
    assert said["label"] in page.text, "the team list says what she does"
    assert said["caution"] in page.text, "a counselor's part and privacy rules are agreed first"
    interpreter_hint = client.application.extensions["planner.contents"][lang].text("plan.member.download_hint_interpreter")
    assert interpreter_hint not in page.text, "no one is interpreting"
    laura = pdf_text(client.post("/member.pdf", data={"token": page.token, "member": "m2"}))
    assert said["printout"] in laura and said["label"] in laura
    assert "summers at the lake" not in laura, "the family's letters are not hers to carry"
    assert ("You read" if lang == "en" else "Lees") not in laura
    mendez = pdf_text(client.post("/member.pdf", data={"token": page.token, "member": "m1"}))
    assert ("You read: 1 of 1" if lang == "en" else "Lees: 1 de 1") in mendez, "she is not counted among the readers"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_workplace_approach_says_to_ask_hr_about_a_union_representative(journey, lang):
    team = {**STANDARD_ANSWERS["team"], "members-0-relationship": "employer"}
    plan = walk_to(journey, "plan", start=START[lang], signs=WORKPLACE["signs"], approach=WORKPLACE["approach"], team=team)
    section = plan.root.find(".//section[@class='plan-section plan-section--approach']")
    assert SAID[lang]["union"] in " ".join("".join(section.itertext()).split())


def test_a_team_of_supporters_and_callers_only_is_refused(journey):
    two_on_team(journey, "en")
    refused = journey.submit(**{**WORKPLACE["team"], "members-0-role": "by_call"})
    assert refused.step == "team"
    assert any("needs to be in the room" in message for message in refused.error_messages())


def test_a_letter_file_in_a_supporters_name_is_refused_kindly_not_dropped(journey, client):
    saved = client.post("/letter", data={"name": "laura", "relationship": "friend", "letter": "Laura here.", "action": "save"})
    two_on_team(journey, "en")
    page = journey.submit(**WORKPLACE["team"])
    values = {**dict(page.form_values()), "action": "import_letter", "letter_file": (io.BytesIO(saved.data), "letter.json")}
    refused = check_page(client.post("/step/statements", data=values, content_type="multipart/form-data"))
    assert refused.step == "statements" and "supports the meeting without a letter" in refused.text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_workplace_team_advice_suggests_the_supporter_role_for_hr_the_eap_or_a_union_rep(journey, lang):
    page = walk_to(journey, "team", start=START[lang], signs=WORKPLACE["signs"], approach=WORKPLACE["approach"])
    advice = " ".join("".join(page.root.find(".//aside[@class='guidance']").itertext()).split())
    role = {"en": "Sits in to support", "es": "Acompaña para apoyar"}[lang]
    assert SAID[lang]["label"].startswith(role), "the advice names the role as the team form lists it"
    assert {"en": f'"{role}"', "es": f"«{role}»"}[lang] in advice
    assert {"en": "a union rep", "es": "un representante sindical"}[lang] in advice
    # Another approach's advice does not bring it up.
    other = walk_to(type(journey)(journey.client), "team", start=START[lang], approach={"approach": "invitational"})
    assert role not in " ".join("".join(other.root.find(".//aside[@class='guidance']").itertext()).split())

"""A loved one who is hard of hearing and does not sign, walked through the wizard (QA 11 P2-1, P2-2).

Walter, 78, does not sign. Before, the only box was "Deaf or hard of hearing, or need an interpreter",
and it brought sign-language interpreter advice, an ASL question and a checklist line his family could
never tick. Now he has a box of his own: hearing aids, a quiet room, one voice at a time facing him,
the letters in print to read along, and captions and the printed letter for anyone on a call.
"""

import pytest

from tests.http.test_approach_words import checklist_of
from tests.support import LETTER, STANDARD_ANSWERS, walk_to

HARD_OF_HEARING = {
    "en": {
        "box": "They are hard of hearing and do not sign",
        "deaf_box": "They are Deaf and use sign language, or need an interpreter",
        "caution": "Your loved one is hard of hearing, so help them catch every word.",
        "question": "Do your groups and counseling rooms have a hearing loop, captions or amplifiers",
        "checklist": "Their hearing aids (or amplifier) are in and charged.",
        "by_call": "A voice through a phone or laptop is the hardest for them to follow.",
        "interpreter_caution": "Book a qualified interpreter",
        "interpreter_question": "Do you provide ASL interpreters",
        "interpreter_checklist": "We booked a qualified interpreter",
        "first_question": "Can you take my loved one on the day",
    },
    "es": {
        "box": "Oye poco y no usa lengua de señas",
        "deaf_box": "Es una persona sorda que usa lengua de señas, o necesita intérprete",
        "caution": "Tu ser querido oye poco, así que ayúdenle a no perderse ninguna palabra.",
        "question": "¿Sus grupos y salas de consejería tienen bucle magnético, subtítulos o amplificadores",
        "checklist": "Sus audífonos (o su amplificador) están puestos y cargados.",
        "by_call": "Una voz por teléfono o por computadora es lo más difícil de seguir para nuestro ser querido.",
        "interpreter_caution": "Contraten a un intérprete calificado",
        "interpreter_question": "¿Ofrecen intérpretes de lengua de señas americana (ASL)",
        "interpreter_checklist": "Contratamos a un intérprete calificado",
        "first_question": "¿Pueden recibir a mi ser querido el día",
    },
}

HARD_OF_HEARING_SIGNS = {**STANDARD_ANSWERS["signs"], "situation": ["hard_of_hearing"]}

# Walter's children join by video; the standard leader is in the room.
WITH_A_CALLER = {
    "team": {
        **STANDARD_ANSWERS["team"],
        "members-1-name": "Karen",
        "members-1-relationship": "child",
        "members-1-role": "by_call",
    },
    "statements": {"letter_m1": LETTER, "letter_m2": LETTER},
}


def start_for(lang: str) -> str:
    return "/" if lang == "en" else "/?lang=es"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_signs_step_offers_a_hard_of_hearing_box_apart_from_the_signing_one(journey, lang):
    words = HARD_OF_HEARING[lang]
    signs = walk_to(journey, "signs", start=start_for(lang))
    values = [element.get("value") for element in signs.root.iter("input") if element.get("name") == "situation"]
    assert "hard_of_hearing" in values and "deaf" in values
    assert words["box"] in signs.text and words["deaf_box"] in signs.text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_hard_of_hearing_brings_its_own_caution_question_and_checklist_line_and_no_interpreter(journey, client, lang):
    words, start = HARD_OF_HEARING[lang], start_for(lang)
    team = walk_to(journey, "team", start=start, signs=HARD_OF_HEARING_SIGNS).text
    assert words["caution"] in team and words["interpreter_caution"] not in team
    treatment = walk_to(type(journey)(client), "treatment", start=start, signs=HARD_OF_HEARING_SIGNS)
    first = "".join(treatment.root.find(".//details/ol/li").itertext())
    assert words["question"] in first, "asked first: a program that cannot be followed cannot help"
    assert words["interpreter_question"] not in treatment.text
    plan = walk_to(type(journey)(client), "plan", start=start, signs=HARD_OF_HEARING_SIGNS)
    checklist = checklist_of(plan)
    assert words["caution"] in plan.text and words["question"] in plan.text.split(words["first_question"])[0]
    assert words["checklist"] in checklist
    assert words["interpreter_caution"] not in plan.text and words["interpreter_question"] not in plan.text
    assert words["interpreter_checklist"] not in checklist
    assert words["by_call"] not in checklist, "no one joins by call"
    hearing = walk_to(type(journey)(client), "plan", start=start)
    assert words["caution"] not in hearing.text and words["checklist"] not in checklist_of(hearing)
    assert words["question"] not in hearing.text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_caller_and_a_hard_of_hearing_loved_one_bring_captions_and_the_callers_printed_letter(journey, client, lang):
    """QA 11 P2-2: a voice through a laptop is the hardest for them to follow."""
    words, start = HARD_OF_HEARING[lang], start_for(lang)
    plan = checklist_of(walk_to(journey, "plan", start=start, signs=HARD_OF_HEARING_SIGNS, **WITH_A_CALLER))
    assert words["checklist"] in plan and words["by_call"] in plan
    assert ("live captions" if lang == "en" else "subtítulos en vivo") in plan
    calling = checklist_of(walk_to(type(journey)(client), "plan", start=start, **WITH_A_CALLER))
    assert words["by_call"] not in calling, "a caller alone, with no hearing loss, keeps the usual call line"
    deaf = {**STANDARD_ANSWERS["signs"], "situation": ["deaf"]}
    signing = checklist_of(walk_to(type(journey)(client), "plan", start=start, signs=deaf, **WITH_A_CALLER))
    assert words["by_call"] not in signing and words["interpreter_checklist"] in signing


WAKE = {
    "en": ("Shout their name and rub your knuckles", "Shake their shoulders firmly and rub your knuckles"),
    "es": ("Grita su nombre y frota fuerte", "Sacude sus hombros con firmeza y frota fuerte"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_overdose_steps_wake_a_hard_of_hearing_loved_one_by_touch_first(journey, lang):
    """Someone who cannot be woken may have their hearing aids out: a shout may not reach them, a touch does."""
    shout, touch = WAKE[lang]
    signs = {"warning": ["lies_secrecy"], "substances": ["opioids"], "danger": ["overdose"], "situation": ["hard_of_hearing"]}
    crisis = walk_to(journey, "crisis", start=start_for(lang), signs=signs).text
    assert touch in crisis and shout not in crisis


@pytest.mark.parametrize(
    "lang, aloud, signed",
    [
        ("en", "a short letter to read aloud.", "or sign, with the interpreter"),
        ("es", "una carta corta para leer en voz alta.", "decirla en lengua de señas"),
    ],
)
def test_the_letters_page_speaks_of_no_signing_for_a_loved_one_who_does_not_sign(journey, lang, aloud, signed):
    letters = walk_to(journey, "statements", start=start_for(lang), signs=HARD_OF_HEARING_SIGNS).text
    assert aloud in letters and signed not in letters

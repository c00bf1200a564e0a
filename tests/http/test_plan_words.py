"""The words of the printed plan: what the loved one hears read aloud, and what the family reads."""

import io
import re

import pytest
from pypdf import PdfReader

from tests.support import STANDARD_ANSWERS, walk_to

HABITS = {"enabling_m1": ["paying_debts", "rides"]}


def pdf_text(response) -> str:
    assert response.mimetype == "application/pdf", response.get_data(as_text=True)[:500]
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.data)).pages).split())


@pytest.mark.parametrize(
    ("lang", "label", "said"),
    [
        ("en", "Paying their debts or bills", ["paying your debts or bills", "giving you rides that make using easier"]),
        ("es", "Pagar sus deudas o sus cuentas", ["pagar tus deudas o tus cuentas", "llevarte a lugares donde te es más fácil consumir"]),
    ],
)
def test_the_bottom_line_letter_names_the_habits_to_the_loved_one_not_about_them(journey, client, lang, label, said):
    boundaries = {**STANDARD_ANSWERS["boundaries"], **HABITS}
    step = walk_to(journey, "boundaries", start=f"/?lang={lang}")
    assert label in step.text, "the family still ticks the habit in their own words"
    plan = walk_to(journey, "plan", start=f"/?lang={lang}", boundaries=boundaries)
    for words in said:
        assert words in plan.text
    assert label not in plan.text and label.lower() not in plan.text
    printed = pdf_text(client.post("/plan.pdf", data={"token": plan.token}))
    own = pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": "m1"}))
    for text in (printed, own):
        assert said[0] in text and label not in text


# A quote that ends with its own . ? or ! and then another mark: «Puedo dejarlo.». or “Why?”,
DOUBLED = re.compile(r"[.?!…][»”\"]\s*[.,;:]")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_quoted_objection_that_ends_with_its_own_mark_gets_no_second_one(journey, client, lang):
    rehearsal = {
        "objection_0": "stop_on_own", "answered_by_0": "m1",
        "objection_1": "other", "custom_1": "¿Y quién paga todo eso?", "answered_by_1": "m1",
        "objection_2": "other", "custom_2": "I am fine", "answered_by_2": "m1",
    }  # fmt: skip
    review = walk_to(journey, "review", start=f"/?lang={lang}", rehearsal=rehearsal)
    plan = walk_to(journey, "plan", start=f"/?lang={lang}", rehearsal=rehearsal)
    printed = pdf_text(client.post("/plan.pdf", data={"token": plan.token}))
    for where, text in (("review", review.text), ("plan", plan.text), ("pdf", printed)):
        assert "quién paga todo eso?" in text and "I am fine" in text, where
        assert not DOUBLED.findall(text), f"{where}: {DOUBLED.findall(text)}"


@pytest.mark.parametrize(
    ("lang", "example"), [("en", "December 5, 2026"), ("es", "5 de diciembre de 2026")]
)
def test_the_date_hint_and_error_name_the_same_day_with_the_month_in_words(journey, lang, example):
    step = walk_to(journey, "treatment", start=f"/?lang={lang}")
    hint = step.root.find(".//*[@id='date-hint']")
    assert hint is not None, "the date has a hint"
    refused = journey.submit(**{**STANDARD_ANSWERS["treatment"], "date": "5.12.2026"})
    error = " ".join(refused.error_messages())
    for words in ("".join(hint.itertext()), error):
        assert example in words, words
        # 12/05/2026 is 12 May to most Spanish readers and 5 December to most US ones.
        assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{4}\b", words), words


@pytest.mark.parametrize(
    ("lang", "meeting", "made_on"),
    [
        ("en", "Saturday, December 5, 2026, at 6:30 p.m.", r"Made on [A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}"),
        ("es", "sábado, 5 de diciembre de 2026, a las 18:30", r"Hecho el [a-zé]+, \d{1,2} de [a-z]+ de \d{4}"),
    ],
)
def test_the_plan_and_the_review_write_dates_out_in_the_familys_language(journey, client, lang, meeting, made_on):
    review = walk_to(journey, "review", start=f"/?lang={lang}")
    plan = walk_to(journey, "plan", start=f"/?lang={lang}")
    printed = pdf_text(client.post("/plan.pdf", data={"token": plan.token}))
    own = pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": "m1"}))
    assert meeting in review.text and "2026-12-05" not in review.text
    for where, text in (("plan", plan.text), ("pdf", printed), ("own pdf", own)):
        assert meeting in text and "2026-12-05" not in text, where
        assert re.search(made_on, text), where


def test_something_else_with_no_reply_is_not_printed_as_words_to_say_aloud(journey):
    """The coaching for 'Something else' is advice to the family, not the answer Ann reads out."""
    rehearsal = {"objection_0": "other", "custom_0": "Rehab did not work the last two times.", "answered_by_0": "m1", "reply_0": ""}
    plan = walk_to(journey, "plan", rehearsal=rehearsal).text
    assert "José answers in their own words, to practise at the rehearsal. Tip: Listen, stay calm" in plan
    assert "José answers: Listen, stay calm" not in plan


def test_a_family_whose_loved_one_has_been_to_treatment_before_can_rehearse_that_objection(journey):
    page = walk_to(journey, "rehearsal")
    assert "tried_before" in [o.get("value") for o in page.root.iter("option")]
    plan = walk_to(type(journey)(journey.client), "plan", rehearsal={"objection_0": "tried_before", "answered_by_0": "m1"})
    assert "I've been to rehab before, and it didn't work." in plan.text
    assert "does not mean treatment failed, or that you did" in plan.text


def test_once_someone_is_chosen_to_follow_the_plan_names_them_instead_of_advising_to_choose(journey, client):
    chosen = walk_to(journey, "plan", rehearsal={**STANDARD_ANSWERS["rehearsal"], "walkout_follower": "m1"}).text
    assert "José follows them, calmly" in chosen and "Choose one calm person" not in chosen
    unchosen = walk_to(type(journey)(client), "plan").text
    assert "Choose one calm person" in unchosen
    again = walk_to(type(journey)(client), "plan", rehearsal={**STANDARD_ANSWERS["rehearsal"], "walkout_follower": "m1"}).text
    assert again.count("José follows them, calmly") == chosen.count("José follows them, calmly"), "the content list is not changed in place"


@pytest.mark.parametrize(
    ("lang", "says", "named"),
    [
        ("en", "I can't pay for treatment", ["Medicaid", "a program paid for by the state", "1-800-662-4357"]),
        ("es", "No puedo pagar un tratamiento", ["Medicaid", "un programa pagado por el estado", "1-800-662-4357"]),
    ],
)
def test_i_cannot_pay_is_answered_with_medicaid_state_programs_and_the_helpline(journey, lang, says, named):
    plan = walk_to(journey, "plan", start=f"/?lang={lang}", rehearsal={"objection_0": "cant_afford", "answered_by_0": "m1"})
    card = next(" ".join("".join(li.itertext()).split()) for li in plan.root.iter("li") if says in "".join(li.itertext()))
    for words in named:
        assert words in card


@pytest.mark.parametrize(
    ("lang", "asked"),
    [
        ("en", ["Do you take Medicaid?", "places paid for by the state?"]),
        ("es", ["¿Aceptan Medicaid?", "lugares pagados por el estado?"]),
    ],
)
def test_a_family_without_private_insurance_has_questions_to_ask_the_program(journey, lang, asked):
    step = walk_to(journey, "treatment", start=f"/?lang={lang}")
    plan = walk_to(journey, "plan", start=f"/?lang={lang}")
    for page in (step, plan):
        listed = ["".join(li.itertext()) for li in page.root.iter("li")]
        for question in asked:
            assert any(question in item for item in listed), (page.step, question)

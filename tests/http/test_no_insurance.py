"""How treatment will be paid for (QA 10 P3-2): a family with no health insurance asks programs about lower fees,
state-paid places, Medicaid and payment plans, not about a plan's network, approval and appeals; unanswered, or
"not sure", asks what it always did."""

import pytest

from tests.http.test_plan_words import pdf_text
from tests.support import STANDARD_ANSWERS, walk_to

# The private-plan questions an uninsured family no longer gets.
PLAN_ONLY = {
    "en": [
        "Is this program in our plan's network?",
        "Do we need approval before the first day? Who asks for it, us or the program?",
        "How many days or visits are covered, and who decides if more are needed?",
        "What will we pay ourselves, such as the deductible and copays?",
        "Are medicines for opioid or alcohol use disorder covered?",
        "If the plan says no to coverage, how do we appeal, and how long does it take?",
    ],
    "es": [
        "¿Este programa está en la red de nuestro seguro?",
        "¿Necesitamos una aprobación antes del primer día? ¿Quién la pide, nosotros o el programa?",
        "¿Cuántos días o citas están cubiertos, y quién decide si hacen falta más?",
        "¿Cuánto pagaremos nosotros, como el deducible y los copagos?",
        "¿Están cubiertas las medicinas para el trastorno por consumo de opioides o de alcohol?",
        "Si el seguro dice que no lo cubre, ¿cómo apelamos, y cuánto tarda?",
    ],
}
# Session 9's Medicaid question: kept when no one said how it is paid, and with no insurance; not for a
# family who has a plan (it does not take Medicaid) or has Medicaid or Medicare (they need not qualify).
MEDICAID = {
    "en": ["Do you take Medicaid? If our loved one may qualify, can you help us apply?"],
    "es": ["¿Aceptan Medicaid? Si nuestro ser querido podría calificar, ¿nos ayudan a pedirlo?"],
}
# Session 9's sliding-scale question: for no insurance, or when no one said; not for a plan, Medicaid or Medicare.
SLIDING_SCALE = {
    "en": [
        "For someone with no insurance, do you charge less to people who earn less (a sliding scale), or have places paid for by the state?"
    ],
    "es": [
        "Para alguien sin seguro, ¿cobran menos a quien gana menos (una tarifa según los ingresos), o tienen lugares pagados por el estado?"
    ],
}
KEPT = {lang: MEDICAID[lang] + SLIDING_SCALE[lang] for lang in MEDICAID}
# For Medicaid or Medicare: whichever they have.
PUBLIC = {
    "en": ["Do you take Medicaid or Medicare, whichever our loved one has?"],
    "es": ["¿Aceptan Medicaid o Medicare, el que tenga nuestro ser querido?"],
}
# Asked only with no insurance.
UNINSURED_ONLY = {
    "en": [
        "Do you have free places, grants or other help with the cost? What do you need from us, such as our income?",
        "What will we pay ourselves? Can we pay it little by little, in a payment plan?",
        "What do medicines for opioid or alcohol use disorder cost without insurance?",
        "If you cannot take our loved one, who in our state pays for treatment for people with no insurance, and how do we reach them?",
        "No health insurance? Care can still be found. Every state pays for some treatment for people with no insurance",
    ],
    "es": [
        "¿Tienen lugares gratis, becas u otra ayuda con el costo? ¿Qué necesitan saber de nosotros, como nuestros ingresos?",
        "¿Cuánto pagaremos nosotros? ¿Podemos pagarlo poco a poco, con un plan de pagos?",
        "¿Cuánto cuestan sin seguro las medicinas para el trastorno por consumo de opioides o de alcohol?",
        "¿quién paga en nuestro estado el tratamiento de las personas sin seguro, y cómo nos comunicamos con ellos?",
        "¿No tienen seguro médico? Aun así se puede encontrar atención.",
    ],
}
LABEL = {"en": "We have no health insurance", "es": "No tenemos seguro médico"}
ROW = {"en": "How treatment is paid for", "es": "Cómo se paga el tratamiento"}


def start_in(lang: str) -> str:
    return "/" if lang == "en" else "/?lang=es"


def with_coverage(coverage: str | None, **changes) -> dict:
    return {"treatment": {**STANDARD_ANSWERS["treatment"], **changes, "coverage": coverage}}


def section_of(page, name: str) -> str:
    section = page.root.find(f".//section[@class='plan-section plan-section--{name}']")
    return " ".join("".join(section.itertext()).split())


def cost_box(page) -> str:
    """The treatment step's box of questions to ask a program, cost questions last."""
    box = page.root.findall(".//aside[@class='guidance']/details")[1]
    return " ".join("".join(box.itertext()).split())


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_uninsured_family_asks_about_lower_fees_and_help_not_a_plans_network_approval_or_appeals(journey, client, lang):
    plan = walk_to(journey, "plan", start=start_in(lang), **with_coverage("no_insurance"))
    questions = section_of(plan, "questions")
    printed = pdf_text(client.post("/plan.pdf", data={"token": plan.token}))
    for where, text in (("plan", questions), ("pdf", printed)):
        for asked in PLAN_ONLY[lang]:
            assert asked not in text, (where, asked)
        for asked in KEPT[lang] + UNINSURED_ONLY[lang]:
            assert asked in text, (where, asked)
    # On the treatment step too, once the answer is in the plan.
    step = journey.submit("goto:treatment")
    assert step.step == "treatment"
    box = cost_box(step)
    assert all(asked not in box for asked in PLAN_ONLY[lang])
    assert all(asked in box for asked in KEPT[lang] + UNINSURED_ONLY[lang])


def cost_items(page) -> list[str]:
    """The plan's questions for a program, one per box, in order."""
    section = page.root.find(".//section[@class='plan-section plan-section--questions']")
    return [" ".join("".join(li.itertext()).split()) for li in section.iter("li")]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("coverage", [None, "not_sure"])
def test_unanswered_or_not_sure_keeps_every_question_as_before(journey, lang, coverage):
    plan = walk_to(journey, "plan", start=start_in(lang), **with_coverage(coverage))
    # The cost questions close the list, in the order they always had.
    assert cost_items(plan)[-len(PLAN_ONLY[lang] + KEPT[lang]) :] == [f"☐ {q}" for q in PLAN_ONLY[lang] + KEPT[lang]]
    questions = section_of(plan, "questions")
    for asked in UNINSURED_ONLY[lang]:
        assert asked not in questions
    assert {"en": "insurance card", "es": "tarjeta del seguro"}[lang] in section_of(plan, "after"), "if they say yes"


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("coverage", ["private_plan", "medicaid_medicare"])
def test_a_plan_medicaid_or_medicare_asks_about_the_plan_not_what_someone_with_no_insurance_pays(journey, client, lang, coverage):
    """QA 12 P3-1: a work plan was asked whether the program takes Medicaid, and a family on Medicaid
    whether their loved one "may qualify" for it."""
    own = PUBLIC[lang] if coverage == "medicaid_medicare" else []
    plan = walk_to(journey, "plan", start=start_in(lang), **with_coverage(coverage))
    assert cost_items(plan)[-len(PLAN_ONLY[lang] + own) :] == [f"☐ {q}" for q in PLAN_ONLY[lang] + own]
    printed = pdf_text(client.post("/plan.pdf", data={"token": plan.token}))
    for where, text in (("plan", section_of(plan, "questions")), ("pdf", printed)):
        for asked in SLIDING_SCALE[lang] + UNINSURED_ONLY[lang] + MEDICAID[lang]:
            assert asked not in text, (where, asked)
        assert all(asked in text for asked in own), where
    step = journey.submit("goto:treatment")
    box = cost_box(step)
    assert SLIDING_SCALE[lang][0] not in box and all(asked in box for asked in PLAN_ONLY[lang] + own)
    assert {"en": "insurance card", "es": "tarjeta del seguro"}[lang] in section_of(plan, "after"), "they have a card to bring"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_default_plans_questions_and_after_the_day_are_unchanged_by_a_not_sure(journey, client, lang):
    unanswered = walk_to(journey, "plan", start=start_in(lang))
    not_sure = walk_to(type(journey)(client), "plan", start=start_in(lang), **with_coverage("not_sure"))
    for name in ("questions", "after"):
        assert section_of(unanswered, name) == section_of(not_sure, name)
    assert ROW[lang] not in section_of(unanswered, "day"), "a plan that never answered reads as it did"


@pytest.mark.parametrize(
    ("lang", "option", "gone", "said"),
    [
        ("en", "inpatient", "Bring their ID, insurance card and any medicines", "Bring their ID and any medicines in their bottles."),
        ("en", "outpatient", "Bring their ID, insurance card and any medicines", "Bring their ID and any medicines in their bottles."),
        (
            "en",
            "not_yet",
            "whether they take your insurance",
            "Ask if they charge less to people who earn less, have places paid for by the state, or can help you apply for Medicaid.",
        ),
        ("es", "inpatient", "su tarjeta del seguro", "Lleven su identificación y sus medicinas en sus frascos."),
        ("es", "not_yet", "si acepta su seguro", "si tiene lugares pagados por el estado o si les ayuda a pedir Medicaid."),
    ],
)
def test_if_they_say_yes_does_not_assume_insurance_for_an_uninsured_family(journey, client, lang, option, gone, said):
    uninsured = section_of(walk_to(journey, "plan", start=start_in(lang), **with_coverage("no_insurance", option=option)), "after")
    assert gone not in uninsured and said in uninsured
    insured = section_of(walk_to(type(journey)(client), "plan", start=start_in(lang), **with_coverage(None, option=option)), "after")
    assert gone in insured and said not in insured


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_answer_shows_on_review_and_plan_and_stays_chosen_on_the_treatment_step_without_scripts(journey, lang):
    step = walk_to(journey, "treatment", start=start_in(lang))
    radios = step.root.findall(".//input[@name='coverage']")
    assert [r.get("value") for r in radios] == ["private_plan", "medicaid_medicare", "no_insurance", "not_sure"]
    assert not any(r.get("checked") is not None for r in radios), "nothing is chosen for the family"
    label = step.root.find(f".//label[@for='{radios[2].get('id')}']")
    assert "".join(label.itertext()).strip() == LABEL[lang]
    review = journey.submit(**with_coverage("no_insurance")["treatment"])
    assert review.step == "review"
    assert f"{ROW[lang]} {LABEL[lang]}" in review.text
    again = journey.submit("goto:treatment")
    assert ("coverage", "no_insurance") in again.form_values()
    review = journey.submit()  # posted as a browser would, with no script: the answer is kept
    plan = journey.submit()
    assert plan.step == "plan"
    assert f"{ROW[lang]}" in section_of(plan, "day") and LABEL[lang] in section_of(plan, "day")


def test_leaving_it_blank_is_no_error(journey):
    walk_to(journey, "treatment")
    review = journey.submit(**{**STANDARD_ANSWERS["treatment"], "coverage": None})
    assert review.step == "review" and not review.error_messages()
    assert ROW["en"] not in review.text


def test_an_unknown_answer_is_refused_kindly(journey):
    walk_to(journey, "treatment")
    page = journey.submit(**{**STANDARD_ANSWERS["treatment"], "coverage": "gold_plan"})
    assert page.step == "treatment" and page.error_messages()


VISIT_LINE = {
    "en": (
        "we know what to bring: ID, insurance card and a list of medicines.",
        "we know what to bring: ID, a list of medicines and any papers the program asked for.",
    ),
    "es": (
        "sabemos qué llevar: identificación, tarjeta del seguro y una lista de medicinas.",
        "sabemos qué llevar: identificación, una lista de medicinas y los papeles que nos pidió el programa.",
    ),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_checklist_for_a_first_visit_asks_no_insurance_card_of_a_family_with_none(journey, client, lang):
    plan = walk_to(journey, "plan", start=start_in(lang), **with_coverage("no_insurance", option="outpatient"))
    card, papers = VISIT_LINE[lang]
    printed = " ".join(pdf_text(client.post("/plan.pdf", data={"token": plan.token})).split())
    for where, text in (("plan", section_of(plan, "checklist")), ("pdf", printed)):
        assert card not in text and papers in text, where
    # The rehearsal step, seen again once the program is chosen, says the same.
    rehearsal = journey.submit("goto:rehearsal")
    assert rehearsal.step == "rehearsal"
    assert card not in rehearsal.text and papers in rehearsal.text
    # Unanswered, the plan reads as before.
    before = section_of(walk_to(type(journey)(client), "plan", start=start_in(lang), **with_coverage(None, option="outpatient")), "checklist")
    assert card in before and papers not in before


BAG_HINT = {
    "en": ("ID and insurance card,", "ID and any insurance, Medicaid or Medicare card,"),
    "es": ("identificación y tarjeta del seguro,", "identificación y su tarjeta del seguro, de Medicaid o de Medicare si tiene una,"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("coverage", [None, "no_insurance"])
def test_the_packed_bag_hint_asks_for_an_insurance_card_only_if_they_have_one(journey, lang, coverage):
    """The hint sits on the page where the answer is first chosen, so one wording fits every answer, script or none."""
    walk_to(journey, "review", start=start_in(lang), **with_coverage(coverage))
    step = journey.submit("goto:treatment")
    hint = step.root.find(".//p[@id='bag_packed-hint']")
    text = " ".join("".join(hint.itertext()).split())
    assumed, if_any = BAG_HINT[lang]
    assert assumed not in text and if_any in text


OLDER_SIGNS = {"warning": ["lies_secrecy"], "substances": ["alcohol"], "situation": ["older"]}
OLDER_ADULTS = {
    "en": "Do you treat older adults? Can your doctors look after their other health problems and every medicine they take?",
    "es": "¿Atienden a personas mayores? ¿Sus médicos pueden cuidar sus otros problemas de salud y todas las medicinas que toma?",
}
TAKE_MEDICARE = {"en": "Do you take Medicare?", "es": "¿Aceptan Medicare?"}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("coverage", [None, "no_insurance"])
def test_an_uninsured_older_adult_is_not_asked_about_medicare_as_if_they_had_it(journey, client, lang, coverage):
    """Session 12 noticed: "Do you take Medicare?" was asked of a family that said it has no insurance. The
    question about older adults stays; what they would pay is asked among the questions for no insurance."""
    plan = walk_to(journey, "plan", start=start_in(lang), signs=OLDER_SIGNS, **with_coverage(coverage))
    printed = " ".join(pdf_text(client.post("/plan.pdf", data={"token": plan.token})).split())
    step = journey.submit("goto:treatment")
    for where, text in (("plan", section_of(plan, "questions")), ("pdf", printed), ("step", cost_box(step))):
        assert OLDER_ADULTS[lang] in text, where
        assert (TAKE_MEDICARE[lang] in text) is (coverage is None), where


COST_HEADING = {"en": ("Questions about cost and insurance", "Questions about cost"), "es": ("Preguntas sobre el costo y el seguro", "Preguntas sobre el costo")}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("coverage", [None, "not_sure", "private_plan", "no_insurance"])
def test_the_cost_heading_leaves_out_insurance_for_a_family_with_none(journey, lang, coverage):
    walk_to(journey, "review", start=start_in(lang), **with_coverage(coverage))
    step = journey.submit("goto:treatment")
    heading = " ".join("".join(step.root.findall(".//aside[@class='guidance']/details")[1].find("h3").itertext()).split())
    with_insurance, cost_only = COST_HEADING[lang]
    assert heading == (cost_only if coverage == "no_insurance" else with_insurance)


SERVED_SIGNS = {"warning": ["lies_secrecy"], "substances": ["alcohol"], "situation": ["served"]}
TAKE_TRICARE = {"en": "Do you take VA Community Care or TRICARE?", "es": "¿Aceptan VA Community Care o TRICARE?"}
VA_QUESTIONS = {
    "en": ["Do you take patients the VA sends through VA Community Care? Will you help us with the paperwork?", "Can you help us find out whether our loved one can get health care from the VA?"],
    "es": ["¿Atienden a pacientes que envía el VA por medio de VA Community Care? ¿Nos ayudan con los papeles?", "¿Pueden ayudarnos a averiguar si nuestro ser querido puede recibir atención médica del VA?"],
}
MILITARY_STAFF = {
    "en": "Do you have staff who understand military life, combat stress and PTSD?",
    "es": "¿Tienen personal que entienda la vida militar, el estrés de combate y el TEPT",
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("coverage", ["private_plan", "no_insurance"])
def test_an_uninsured_veteran_is_not_asked_about_tricare_as_if_they_had_it(journey, client, lang, coverage):
    """Session 13 left: "Do you take VA Community Care or TRICARE?" was asked of a family with no insurance.
    For them: whether the program takes VA Community Care, and whether it helps find out about VA health care."""
    plan = walk_to(journey, "plan", start=start_in(lang), signs=SERVED_SIGNS, **with_coverage(coverage))
    printed = " ".join(pdf_text(client.post("/plan.pdf", data={"token": plan.token})).split())
    step = journey.submit("goto:treatment")
    uninsured = coverage == "no_insurance"
    for where, text in (("plan", section_of(plan, "questions")), ("pdf", printed), ("step", cost_box(step))):
        assert MILITARY_STAFF[lang] in text, where
        assert (TAKE_TRICARE[lang] in text) is not uninsured, where
        assert all((question in text) is uninsured for question in VA_QUESTIONS[lang]), where

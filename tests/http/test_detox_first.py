"""Withdrawal known and a program chosen without medical detox (QA 14 P2-3).

"Safety first" said a yes "must lead straight to medical detox", yet the day's script said "we go
straight to Lakeview residential program", the treatment step said nothing of withdrawal where the
program is chosen, and no question for the program asked about it. A mother in withdrawal could be
turned away at the door a few hours after her last drink.
"""

import pytest

from tests.http.test_plan_document import text_of
from tests.support import STANDARD_ANSWERS, flat, shows, walk_to, words_for

START = {"en": "/", "es": "/?lang=es"}
WITHDRAWAL = {**STANDARD_ANSWERS["signs"], "danger": ["withdrawal"]}
FACILITY = STANDARD_ANSWERS["treatment"]["facility"]


def section(page, key: str) -> str:
    return flat(page.root.find(f".//section[@class='plan-section plan-section--{key}']"))


def withdrawal_note(page) -> str:
    note = page.root.find(".//*[@data-withdrawal-note]")
    return flat(note) if note is not None else ""


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_treatment_step_says_it_where_the_program_is_chosen_and_asks_first(journey, client, lang):
    guide = words_for(client, lang).pages["treatment"]
    page = walk_to(journey, "treatment", start=START[lang], signs=WITHDRAWAL)
    assert withdrawal_note(page) == " ".join(guide.withdrawal_note.split())
    main = list(page.root.find(".//main").iter())
    note = page.root.find(".//*[@data-withdrawal-note]")
    first_option = next(i for i in page.root.iter("input") if i.get("name") == "option")
    assert main.index(note) < main.index(first_option), "beside the choice, before it"
    questions = [flat(li) for li in page.root.find(".//aside[@class='guidance']").iter("li")]
    assert questions[0] == guide.questions_when["withdrawal"][0], "the first thing to ask a program"
    calm = walk_to(type(journey)(client), "treatment", start=START[lang])
    assert withdrawal_note(calm) == "" and guide.questions_when["withdrawal"][0] not in calm.text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_residential_program_without_detox_leads_to_medical_detox_first_in_the_plan(journey, client, lang):
    words = words_for(client, lang)
    t, checklist, after = words.text, words.guidance["rehearsal"].checklist, words.pages["after"]
    plan = walk_to(journey, "plan", start=START[lang], signs=WITHDRAWAL)
    script = section(plan, "script")
    driver = t("plan.script.someone")
    assert shows(t("plan.script.yes_detox", facility=FACILITY, driver=driver), script)
    assert not shows(t("plan.script.yes", facility=FACILITY, driver=driver), script), "not straight to the program"
    asked = [flat(li) for li in plan.root.find(".//section[@class='plan-section plan-section--questions']").iter("li")]
    assert asked[0] == "☐ " + words.pages["treatment"].questions_when["withdrawal"][0], "the first thing to ask the program"
    assert shows(checklist.detox_first, plan.text)
    assert shows(after.detox_first, section(plan, "after"))
    own = text_of(client.post("/member.pdf", data={"token": plan.token, "member": "m1"}))
    # A page may break inside the line: its first sentence is enough.
    assert shows(t("plan.script.yes_detox", facility=FACILITY, driver=driver).split(",")[0], own), "the printout's script too"


@pytest.mark.parametrize("option, key", [("outpatient", "yes_visit_detox"), ("not_yet", "yes_none_detox")])
def test_a_first_appointment_or_nothing_arranged_asks_for_detox_first_too(journey, client, option, key):
    t = words_for(client, "en").text
    treatment = {**STANDARD_ANSWERS["treatment"], "option": option}
    script = section(walk_to(journey, "plan", signs=WITHDRAWAL, treatment=treatment), "script")
    assert shows(t(f"plan.script.{key}", facility=FACILITY, driver=t("plan.script.someone")), script)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_with_medical_detox_chosen_or_no_withdrawal_the_plan_reads_as_before(journey, client, lang):
    words = words_for(client, lang)
    t, checklist, after = words.text, words.guidance["rehearsal"].checklist, words.pages["after"]
    question = words.pages["treatment"].questions_when["withdrawal"][0]
    detox = walk_to(journey, "plan", start=START[lang], signs=WITHDRAWAL, treatment={**STANDARD_ANSWERS["treatment"], "option": "detox"})
    calm = walk_to(type(journey)(client), "plan", start=START[lang])
    for plan in (detox, calm):
        assert shows(t("plan.script.yes", facility=FACILITY, driver=t("plan.script.someone")), section(plan, "script"))
        assert question not in plan.text and not shows(checklist.detox_first, plan.text)
        assert not shows(after.detox_first, plan.text)

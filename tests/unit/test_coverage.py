"""How treatment is paid for, after session 11 (QA 11 follow-up): a family with a plan, Medicaid or Medicare is not
asked what a program charges "someone with no insurance", and a family with none is not told to bring an insurance
card. Unanswered (plans from before the question) and "not sure" read exactly as before."""

import pytest

from wizard import flow
from wizard.content import load_content
from wizard.plan import Plan, Treatment
from wizard.vocabulary import Approach, Coverage, TreatmentOption

CARD = {"en": "insurance card", "es": "tarjeta del seguro"}
NO_INSURANCE_WORDS = {"en": "no insurance", "es": "sin seguro"}
QUALIFY = {"en": "may qualify", "es": "podría calificar"}


def paid(coverage: Coverage | None, option: TreatmentOption | None = TreatmentOption.OUTPATIENT) -> Plan:
    return Plan(approach=Approach.INVITATIONAL, treatment=Treatment(option=option, coverage=coverage))


@pytest.mark.parametrize(
    ("coverage", "uninsured"),
    [(None, False), (Coverage.NOT_SURE, False), (Coverage.NO_INSURANCE, True), (Coverage.PRIVATE_PLAN, False), (Coverage.MEDICAID_MEDICARE, False)],
)
def test_only_no_insurance_counts_as_uninsured(coverage, uninsured):
    assert flow.uninsured(paid(coverage)) is uninsured


@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_answer_gets_the_cost_questions_that_fit_it(lang):
    guide = load_content(lang).pages["treatment"]
    unsure = guide.cost_questions(None)
    # Unanswered asks what it always did, in the same order: the plan's questions, whether they may qualify
    # for Medicaid, then the one for no insurance last.
    assert unsure == [*guide.insurance, *guide.insurance_unsure]
    assert NO_INSURANCE_WORDS[lang] in unsure[-1] and "Medicaid" in unsure[-2]
    assert guide.cost_questions(Coverage.NOT_SURE) == unsure, "not sure reads as unanswered"
    assert guide.cost_questions(Coverage.PRIVATE_PLAN) == guide.insurance
    assert not [q for q in guide.insurance if "Medicaid" in q or NO_INSURANCE_WORDS[lang] in q], "a work plan is asked neither"
    public = guide.cost_questions(Coverage.MEDICAID_MEDICARE)
    assert public == [*guide.insurance, *guide.insurance_public]
    assert not [q for q in public if NO_INSURANCE_WORDS[lang] in q or QUALIFY[lang] in q], "they have it: not whether they qualify"
    assert guide.cost_questions(Coverage.NO_INSURANCE) == guide.no_insurance


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_checklist_for_a_first_visit_names_no_insurance_card_when_there_is_no_insurance(lang):
    checklist = load_content(lang).guidance["rehearsal"].checklist
    uninsured = flow.checklist_items(paid(Coverage.NO_INSURANCE), checklist)
    assert not [item for item in uninsured if CARD[lang] in item]
    assert checklist.by_arrival_no_insurance["visit"][1] in uninsured
    for coverage in (None, Coverage.NOT_SURE, Coverage.PRIVATE_PLAN, Coverage.MEDICAID_MEDICARE):
        items = flow.checklist_items(paid(coverage), checklist)
        assert items == flow.checklist_items(paid(None), checklist), coverage
        assert [item for item in items if CARD[lang] in item] == [checklist.by_arrival["visit"][1]]


@pytest.mark.parametrize("option", [None, TreatmentOption.INPATIENT, TreatmentOption.NOT_YET])
def test_arrivals_without_a_card_line_read_the_same_with_or_without_insurance(option):
    checklist = load_content().guidance["rehearsal"].checklist
    assert flow.checklist_items(paid(Coverage.NO_INSURANCE, option), checklist) == flow.checklist_items(paid(None, option), checklist)

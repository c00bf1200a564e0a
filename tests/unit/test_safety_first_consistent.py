"""QA 14 P2-2 and P2-3: what "Safety first" says holds through the rest of the plan.

A rule that keeps a child safe starts now, whatever the answer, so it is never printed as "if you say
no"; withdrawal known and no medical detox chosen, a yes leads to medical detox first.
"""

import json
import zlib

import pytest

from wizard import flow
from wizard.content import load_content
from wizard.document import build_document, build_member_document
from wizard.plan import Boundary, Member, MemberBoundaries, Plan, Signs, Team, Treatment
from wizard.token import ENVELOPE, decode, fernet_for
from wizard.vocabulary import (
    Approach,
    BoundaryCategory,
    CanKeep,
    DangerSign,
    Interventionist,
    Language,
    Relationship,
    Role,
    Substance,
    TreatmentOption,
)

KEYS = fernet_for(["first-secret"])
RISK_RULES = tuple(load_content(language.value).bottom_line_risks for language in Language)
ROSA = Member(id="m1", name="Rosa", relationship=Relationship.PARENT, role=Role.LEADER)
DANIEL = Member(id="m2", name="Daniel", relationship=Relationship.SIBLING, role=Role.SPEAKER)
SOFI = "Sofi no se va a quedar a solas contigo hasta que estés en tratamiento."


def line(text: str, category=BoundaryCategory.OTHER) -> Boundary:
    return Boundary(category=category, action=text, can_keep=CanKeep.YES)


def rosa_plan(*danger: DangerSign, rosa=(), daniel=(), option=TreatmentOption.INPATIENT, written=()) -> Plan:
    plan = Plan(
        signs=Signs(danger=list(danger), substances=[Substance.OPIOIDS]),
        approach=Approach.INVITATIONAL,
        team=Team(loved_one="Claudia", interventionist=Interventionist.BOOKED, members=[ROSA, DANIEL]),
        boundaries={"m1": MemberBoundaries(items=list(rosa)), "m2": MemberBoundaries(items=list(daniel))},
        treatment=Treatment(option=option, facility="Lakeview"),
        danger_in_words=list(written),
    )
    return flow.noting_bottom_line_risks(plan, RISK_RULES)


def sections(document) -> dict:
    return {section.key: section for section in document.sections}


def test_a_token_saved_with_a_child_rule_under_children_and_visits_opens_and_prints_it_as_starting_now():
    """Sealed as the plan in QA 14 was: the raw JSON holds "childcare" and nothing new."""
    raw = json.loads(rosa_plan(DangerSign.CHILD_AT_RISK, rosa=[line(SOFI, BoundaryCategory.CHILDCARE)]).model_dump_json())
    raw["bottom_line_risks"] = []  # saved before the words for a child rule were known
    plan = decode(ENVELOPE + KEYS.encrypt(zlib.compress(json.dumps(raw).encode())).decode(), KEYS)
    assert plan.boundaries["m1"].items[0].category is BoundaryCategory.CHILDCARE
    content = load_content("es")
    found = sections(build_document(plan, content, risk_rules=RISK_RULES))
    rule = content.text("plan.child_rule", name="Rosa", line=SOFI)
    assert rule in found["safety"].items
    assert content.cautions["child_rule"] in found["safety"].paragraphs, "the category alone says it"
    assert not any(SOFI in letter.text for letter in found["boundaries"].letters), "never as 'if you say no'"
    assert found["safety"].items.index(rule) == 1, "right after the child's own line"


def test_only_the_child_rule_leaves_the_letter_and_each_printout_carries_its_own():
    content = load_content("en")
    plan = rosa_plan(
        DangerSign.CHILD_AT_RISK,
        rosa=[line("I will not give you cash."), line("I will not leave you alone with the kids.")],
        daniel=[line("I will not let you babysit the grandkids.")],
    )
    found = sections(build_document(plan, content, risk_rules=RISK_RULES))
    letters = {letter.heading: letter.text for letter in found["boundaries"].letters}
    assert list(letters) == [content.text("plan.boundary_from", name="Rosa")], "Daniel has nothing left to read after a no"
    assert "I will not give you cash." in letters[content.text("plan.boundary_from", name="Rosa")]
    rosa = sections(build_member_document(plan, content, "m1", risk_rules=RISK_RULES))
    daniel = sections(build_member_document(plan, content, "m2", risk_rules=RISK_RULES))
    rosa_rule = content.text("plan.child_rule", name="Rosa", line="I will not leave you alone with the kids.")
    daniel_rule = content.text("plan.child_rule", name="Daniel", line="I will not let you babysit the grandkids.")
    assert rosa_rule in rosa["safety"].items and daniel_rule not in rosa["safety"].items
    assert daniel_rule in daniel["safety"].items and "boundaries" not in daniel


def test_written_child_danger_brings_the_written_caution_and_no_child_danger_leaves_the_line_a_bottom_line():
    written = rosa_plan(rosa=[line(SOFI)], written=[DangerSign.CHILD_AT_RISK])
    assert "child_rule_written" in flow.cautions(written) and "child_rule" not in flow.cautions(written)
    assert flow.child_rules(written, ROSA, RISK_RULES) == [line(SOFI)]
    calm = rosa_plan(rosa=[line(SOFI, BoundaryCategory.CHILDCARE)])
    assert flow.child_rules(calm, ROSA, RISK_RULES) == []
    assert not any(key.startswith("child_rule") for key in flow.cautions(calm))
    letters = sections(build_document(calm, load_content("es"), risk_rules=RISK_RULES))["boundaries"].letters
    assert SOFI in letters[0].text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_withdrawal_without_detox_asks_the_program_first_and_checks_it_off(lang):
    content = load_content(lang)
    guide, checklist = content.pages["treatment"], content.guidance["rehearsal"].checklist
    plan = rosa_plan(DangerSign.WITHDRAWAL)
    assert flow.detox_first(plan)
    keys = flow.program_question_keys(plan)
    assert keys[0] == "withdrawal"
    assert guide.questions_for(keys)[0] == guide.questions_when["withdrawal"][0]
    assert checklist.detox_first in flow.checklist_items(plan, checklist)
    for calm in (rosa_plan(DangerSign.WITHDRAWAL, option=TreatmentOption.DETOX), rosa_plan()):
        assert not flow.detox_first(calm) and "withdrawal" not in flow.program_question_keys(calm)
        assert checklist.detox_first not in flow.checklist_items(calm, checklist)


def test_withdrawal_written_in_a_letter_asks_for_detox_first_too():
    plan = rosa_plan(written=[DangerSign.WITHDRAWAL])
    assert flow.detox_first(plan)
    script = sections(build_document(plan, load_content("en")))["script"].items
    assert any(item.startswith("If the answer is yes: we go straight to medical detox first, at Lakeview") for item in script)

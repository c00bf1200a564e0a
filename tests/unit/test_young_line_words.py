"""A young person's bottom line under "Something else" that takes an adult's say by its words (QA 14 follow-up).

Session 14 cautioned by category only: Lily, 16, writing "I will call the police next time you drive high"
under "Something else" got no caution. Her words are read now (bottom-line-risks.md, needs_adults_say), for
her lines only: never an adult's, never another family's caution."""

import pytest

from wizard import flow
from wizard.content import load_content
from wizard.document import settled_caution
from wizard.plan import Boundary, Member, MemberBoundaries, Plan, Signs, Team
from wizard.vocabulary import Approach, BottomLineRisk, BoundaryCategory, CanKeep, DangerSign, Language, Relationship, Role

RISK_RULES = tuple(load_content(language.value).bottom_line_risks for language in Language)
POLICE = "If you say no, I will call the police next time you drive high."
POLICIA = "Si dices que no, voy a llamar a la policía la próxima vez que manejes drogado."
JOSE = Member(id="m1", name="José", relationship=Relationship.PARENT, role=Role.LEADER)
LILY = Member(id="m2", name="Lily", relationship=Relationship.SIBLING, role=Role.SPEAKER, under_18=True)


def _plan(line: str, *, category=BoundaryCategory.OTHER, helper: str = "", writer: str = "m2", lily_under_18: bool = True, signs=Signs()) -> Plan:
    item = Boundary(category=category, action=line, can_keep=CanKeep.YES, helper=helper)
    team = Team(members=[JOSE, LILY.model_copy(update={"under_18": lily_under_18})])
    plan = Plan(team=team, signs=signs, approach=Approach.INVITATIONAL, boundaries={writer: MemberBoundaries(items=[item])})
    return flow.noting_bottom_line_risks(plan, RISK_RULES)


@pytest.mark.parametrize(
    "line",
    [POLICE, POLICIA, "I will stop lending you money.", "You can't borrow my car anymore.", "Ya no puedes usar mi carro."],
)
def test_a_young_persons_something_else_line_about_police_money_or_a_car_asks_for_an_adult(line):
    plan = _plan(line)
    assert plan.bottom_line_risks == [BottomLineRisk.NEEDS_ADULTS_SAY]
    assert "young_member_line" in flow.cautions(plan) and "young_member_line" in flow.bottom_line_cautions(plan)
    assert flow.young_lines_alone(plan, RISK_RULES) == [plan.team.members[1]]


@pytest.mark.parametrize(
    "changes",
    [
        {"helper": "José"},  # an adult on the team keeps it with her
        {"helper": "my dad josé"},
        {"lily_under_18": False},  # an adult's own line
        {"writer": "m1"},  # José's line, not hers
        {"category": BoundaryCategory.CONTACT},  # filed under her own category: the category decides, as before
        {"category": BoundaryCategory.COVERING_UP},
    ],
)
def test_no_caution_with_an_adult_behind_it_from_an_adult_or_in_her_own_category(changes):
    plan = _plan(POLICE, **changes)
    assert BottomLineRisk.NEEDS_ADULTS_SAY not in plan.bottom_line_risks
    assert "young_member_line" not in flow.cautions(plan)
    assert flow.young_lines_alone(plan, RISK_RULES) == []


@pytest.mark.parametrize(
    "line",
    ["I will stop covering for you with Mom.", "I won't drive you to parties.", "No te voy a llevar a fiestas.", "I won't lie to the police for you."],
)
def test_her_own_small_bottom_lines_under_something_else_bring_no_caution(line):
    plan = _plan(line)
    assert plan.bottom_line_risks == [] and "young_member_line" not in flow.cautions(plan)


def test_naming_an_adult_later_clears_what_the_plan_noted():
    noted = _plan(POLICE)
    item = noted.boundaries["m2"].items[0].model_copy(update={"helper": "José"})
    helped = flow.noting_bottom_line_risks(noted.model_copy(update={"boundaries": {"m2": MemberBoundaries(items=[item])}}), RISK_RULES)
    assert helped.bottom_line_risks == [] and "young_member_line" not in flow.cautions(helped)


def test_the_category_still_decides_for_the_other_categories():
    """Money filed as money is cautioned whatever its words, as in session 14."""
    plan = _plan("I will not help you anymore.", category=BoundaryCategory.MONEY)
    assert "young_member_line" in flow.cautions(plan) and flow.young_lines_alone(plan, RISK_RULES)


def test_the_words_never_bring_another_familys_caution():
    """Never a caution of its own for a line's words (risks_cautioned, line_risks), whatever the family:
    not the child-safety move, not the withdrawal caution, not a home or a contact cut."""
    every_danger = Signs(danger=list(DangerSign))
    for plan in (_plan(POLICE, signs=every_danger), _plan(POLICE, lily_under_18=False, signs=every_danger)):
        assert BottomLineRisk.NEEDS_ADULTS_SAY not in flow.risks_cautioned(plan)
        assert BottomLineRisk.NEEDS_ADULTS_SAY not in flow.line_risks(POLICE, list(BottomLineRisk)[:-1], RISK_RULES)
        assert flow.cautions_about_line(plan, POLICE, RISK_RULES) == ()
        assert flow.child_rules(plan, plan.team.members[1], RISK_RULES) == []


def test_the_plan_names_only_the_young_person_whose_words_ask_for_an_adult():
    """Two young people with "Something else" lines and no adult named: the plan names the one about the police."""
    sam = Member(id="m3", name="Sam", relationship=Relationship.SIBLING, role=Role.SPEAKER, under_18=True)
    rides = Boundary(category=BoundaryCategory.OTHER, action="I won't drive you to parties.", can_keep=CanKeep.YES)
    plan = _plan(POLICE)
    plan = flow.noting_bottom_line_risks(
        plan.model_copy(update={"team": Team(members=[*plan.team.members, sam]), "boundaries": {**plan.boundaries, "m3": MemberBoundaries(items=[rides])}}),
        RISK_RULES,
    )
    assert "young_member_line" in flow.cautions(plan)
    assert flow.young_lines_alone(plan, RISK_RULES) == [plan.team.members[1]]
    said = settled_caution("young_member_line", plan, load_content("en"), RISK_RULES)
    assert "Lily" in said and "Sam" not in said

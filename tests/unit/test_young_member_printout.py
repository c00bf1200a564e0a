"""A team member under 18 is told on their own printout that they can step out (QA 14 P3-1).

Whom to tell is an adult in the room: the leader, unless the leader is the young person, another
young person, or someone on a call; then "an adult on the team"."""

import pytest

from wizard.content import load_content
from wizard.document import build_member_document
from wizard.plan import Letter, Member, Plan, Signs, Team
from wizard.vocabulary import Approach, Relationship, Role, Substance, WarningSign

JEN = Member(id="m1", name="Jen", relationship=Relationship.PARENT, role=Role.LEADER)
ETHAN = Member(id="m2", name="Ethan", relationship=Relationship.SIBLING, role=Role.SPEAKER, under_18=True)


def kayla(*members: Member) -> Plan:
    letters = {m.id: Letter(text=f"{m.name}'s words.", order=i) for i, m in enumerate(members, 1)}
    signs = Signs(warning=[WarningSign.LIES_SECRECY], substances=[Substance.OPIOIDS])
    return Plan(signs=signs, approach=Approach.INVITATIONAL, team=Team(loved_one="Kayla", members=list(members)), letters=letters)


def role_words(plan: Plan, content, member_id: str) -> list[str]:
    return {s.key: s for s in build_member_document(plan, content, member_id).sections}["role"].paragraphs


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_young_person_is_told_to_tell_the_leader(lang):
    content = load_content(lang)
    assert content.text("plan.member.young", name="Jen") in role_words(kayla(JEN, ETHAN), content, "m2")
    assert role_words(kayla(JEN, ETHAN), content, "m1") == [], "the adults' part is unchanged"


@pytest.mark.parametrize(
    "leader",
    [
        ETHAN.model_copy(update={"role": Role.LEADER}),  # the teen was made leader
        Member(id="m1", name="Mia", relationship=Relationship.SIBLING, role=Role.LEADER, under_18=True),
        Member(id="m1", name="Rob", relationship=Relationship.PARENT, role=Role.BY_CALL),
    ],
)
def test_with_no_grown_up_leader_in_the_room_they_tell_an_adult_on_the_team(leader):
    content = load_content("en")
    members = [leader] if leader.id == "m2" else [leader, ETHAN]
    assert role_words(kayla(*members), content, "m2") == [content.text("plan.member.young_no_leader")]

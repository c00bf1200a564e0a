"""Family on a call, someone in the room (QA 11 P2-2, the rest).

Karen and Tom join by video from other states; Frank, the neighbour, is the only one in the room.
With no Leader chosen, the family is asked to choose one in the room; the plan says who starts
the call, and that person's printout holds each caller's letter in case the call drops. A team
all on a call leaves no one in the room, and the team step says so.
"""

import pytest
from werkzeug.datastructures import MultiDict

from wizard import flow
from wizard.content import load_content
from wizard.document import build_member_document, day_script, names_list
from wizard.forms.team import TeamForm
from wizard.plan import Letter, Member, Plan, Signs, Team
from wizard.vocabulary import Approach, Relationship, Role, Situation, Substance, WarningSign

KAREN = Member(id="m1", name="Karen", relationship=Relationship.CHILD, role=Role.BY_CALL)
TOM = Member(id="m2", name="Tom", relationship=Relationship.CHILD, role=Role.BY_CALL)
FRANK = Member(id="m3", name="Frank", relationship=Relationship.FRIEND, role=Role.SPEAKER)
RUTH = Member(id="m4", name="Ruth", relationship=Relationship.SIBLING, role=Role.DETAILS)


def walter(*members: Member) -> Plan:
    members = members or (KAREN, TOM, FRANK)
    letters = {m.id: Letter(text=f"{m.name}'s words to Dad.", order=i) for i, m in enumerate(members, 1)}
    signs = Signs(warning=[WarningSign.LIES_SECRECY], substances=[Substance.ALCOHOL])
    return Plan(signs=signs, approach=Approach.INVITATIONAL, team=Team(loved_one="Walter", members=list(members)), letters=letters)


def test_a_caller_and_no_leader_asks_for_a_leader_in_the_room():
    assert "leader_in_room" in flow.cautions(walter())
    frank_leads = FRANK.model_copy(update={"role": Role.LEADER})
    assert "leader_in_room" not in flow.cautions(walter(KAREN, TOM, frank_leads)), "a leader was chosen"
    assert "leader_in_room" not in flow.cautions(walter(FRANK, RUTH)), "no one joins by call"


def test_the_caution_comes_up_on_the_page_after_the_team_step():
    before = walter(FRANK)
    assert "leader_in_room" in flow.cautions_raised(before, walter())


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_day_says_who_in_the_room_starts_the_call(lang):
    content = load_content(lang)
    script = day_script(walter(), content)
    call = content.text("plan.script.call", name="Frank", callers=names_list(["Karen", "Tom"]), person="Walter")
    assert call in script, script
    assert script.index(call) < len(script) - 1
    assert not any("Frank" in line and "Karen" in line for line in day_script(walter(FRANK, RUTH), content))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_who_starts_the_call_carries_the_callers_letters_and_no_one_else_does(lang):
    content = load_content(lang)
    frank = {section.key: section for section in build_member_document(walter(KAREN, TOM, FRANK, RUTH), content, "m3").sections}
    assert frank["role"].items[0] == content.text("plan.member.leads_by_order"), "no Leader chosen: he keeps it on track"
    duty = frank["role"].items[1]
    assert duty == content.text("plan.member.starts_call", callers=names_list(["Karen", "Tom"]), person="Walter")
    letters = frank["letters"].letters
    assert [letter.text for letter in letters] == ["Karen's words to Dad.", "Tom's words to Dad.", "Frank's words to Dad."]
    assert letters[0].note == content.text("plan.read_if_call_drops", name="Frank")
    assert letters[2].note == "", "his own letter is his to read"

    ruth = {section.key: section for section in build_member_document(walter(KAREN, TOM, FRANK, RUTH), content, "m4").sections}
    assert [letter.text for letter in ruth["letters"].letters] == ["Ruth's words to Dad."]
    assert content.text("plan.member.starts_call", callers=names_list(["Karen", "Tom"]), person="Walter") not in ruth["role"].items
    karen = {section.key: section for section in build_member_document(walter(KAREN, TOM, FRANK, RUTH), content, "m1").sections}
    assert karen["role"].items[0] == content.text("plan.member.by_call_with", name="Frank"), "the caller knows who calls them"


def test_a_chosen_leader_starts_the_call_even_when_someone_else_reads_first():
    ruth_leads = RUTH.model_copy(update={"role": Role.LEADER})
    assert flow.call_starter(walter(KAREN, FRANK, ruth_leads)).id == "m4"
    assert flow.call_starter(walter(FRANK, ruth_leads)) is None, "no call to start"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Rosa", "professional", "interpreter"), ("Joan", "sibling", "letter_only")),  # QA 10: no one to read the letters
        (("Karen", "child", "by_call"), ("Tom", "child", "by_call")),  # QA 12: no one in the room with the loved one
        (("Laura", "professional", "supporter"), ("Tom", "child", "by_call")),  # QA 13: a supporter reads no letter
    ],
)
def test_a_team_with_no_reader_in_the_room_is_asked_for_someone_who_will_come(first, second):
    posted = MultiDict({"interventionist": "family_leads"})
    for row, (name, relationship, role) in enumerate((first, second)):
        posted.update({f"members-{row}-name": name, f"members-{row}-relationship": relationship, f"members-{row}-role": role})
    form = TeamForm.build(Plan(), posted)
    assert not form.validate()
    assert "need_someone_present" in form.members[0].form.role.errors
    posted["members-1-role"] = "speaker"
    assert TeamForm.build(Plan(), posted).validate()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_for_someone_hard_of_hearing_the_caller_letters_are_handed_to_them_with_captions_on(lang):
    content = load_content(lang)
    harold = walter().model_copy(update={"signs": walter().signs.model_copy(update={"situation": [Situation.HARD_OF_HEARING]})})
    items = {s.key: s for s in build_member_document(harold, content, "m3").sections}["role"].items
    assert content.text("plan.member.starts_call_hearing", callers=names_list(["Karen", "Tom"]), person="Walter") in items


def test_a_chosen_leader_is_not_told_no_one_was_chosen():
    content = load_content("en")
    frank_leads = FRANK.model_copy(update={"role": Role.LEADER})
    items = {s.key: s for s in build_member_document(walter(KAREN, frank_leads), content, "m3").sections}["role"].items
    assert content.text("plan.member.leads_by_order") not in items
    assert content.text("plan.member.starts_call", callers=names_list(["Karen"]), person="Walter") in items

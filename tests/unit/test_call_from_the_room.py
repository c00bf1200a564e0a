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
from wizard.document import build_member_document, day_script, names_and
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
    call = content.text("plan.script.call", name="Frank", callers=names_and(["Karen", "Tom"], content), person="Walter")
    assert call in script, script
    assert script.index(call) < len(script) - 1
    assert not any("Frank" in line and "Karen" in line for line in day_script(walter(FRANK, RUTH), content))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_who_starts_the_call_carries_the_callers_letters_and_no_one_else_does(lang):
    content = load_content(lang)
    frank = {section.key: section for section in build_member_document(walter(KAREN, TOM, FRANK, RUTH), content, "m3").sections}
    assert frank["role"].items[0] == content.text("plan.member.leads_by_order"), "no Leader chosen: he keeps it on track"
    duty = frank["role"].items[1]
    assert duty == content.text("plan.member.starts_call", callers=names_and(["Karen", "Tom"], content), person="Walter")
    letters = frank["letters"].letters
    assert [letter.text for letter in letters] == ["Karen's words to Dad.", "Tom's words to Dad.", "Frank's words to Dad."]
    assert letters[0].note == content.text("plan.read_if_call_drops", name="Frank")
    assert letters[2].note == "", "his own letter is his to read"

    ruth = {section.key: section for section in build_member_document(walter(KAREN, TOM, FRANK, RUTH), content, "m4").sections}
    assert [letter.text for letter in ruth["letters"].letters] == ["Ruth's words to Dad."]
    assert content.text("plan.member.starts_call", callers=names_and(["Karen", "Tom"], content), person="Walter") not in ruth["role"].items
    karen = {section.key: section for section in build_member_document(walter(KAREN, TOM, FRANK, RUTH), content, "m1").sections}
    assert karen["role"].items[0] == content.text("plan.member.by_call_with", name="Frank"), "the caller knows who calls them"


@pytest.mark.parametrize(
    ("lang", "script", "duty"),
    [
        ("en", "Frank starts the call with Karen and Tom, and sets", "You start the call with Karen and Tom a few"),
        ("es", "Frank inicia la llamada con Karen y Tom, y pone", "Tú inicias la llamada con Karen y Tom unos"),
    ],
)
def test_the_callers_are_named_as_a_list_in_a_sentence_with_and(lang, script, duty):
    """QA 13 P3-2: "Jorge starts the call with Ana, Luis and sets the screen"."""
    content = load_content(lang)
    plain = lambda lines: [line.replace("\u2068", "").replace("\u2069", "") for line in lines]  # noqa: E731
    assert any(script in line for line in plain(day_script(walter(), content)))
    frank = {s.key: s for s in build_member_document(walter(KAREN, TOM, FRANK, RUTH), content, "m3").sections}
    assert any(duty in item for item in plain(frank["role"].items)), frank["role"].items


@pytest.mark.parametrize(
    ("lang", "names", "joined"),
    [
        ("en", ["Ana"], "Ana"),
        ("en", ["Ana", "Luis", "Carmen"], "Ana, Luis and Carmen"),
        ("en", ["Ana", "Isabel"], "Ana and Isabel"),
        ("es", ["Ana", "Luis", "Carmen"], "Ana, Luis y Carmen"),
        ("es", ["Ana", "Isabel"], "Ana e Isabel"),  # "y" is "e" before an "i" sound
        ("es", ["Luis", "Inés", "hilda"], "Luis, Inés e hilda"),
        ("es", ["Ana", "Íñigo"], "Ana e Íñigo"),
        ("es", ["Ana", "Hiedra"], "Ana y Hiedra"),  # "hie" is not an "i" sound: "agua y hielo"
        ("es", ["Ana", "Ian"], "Ana y Ian"),
        ("es", ["Isabel", "Luis"], "Isabel y Luis"),
    ],
)
def test_names_in_a_sentence_take_the_languages_and(lang, names, joined):
    assert names_and(names, load_content(lang)).replace("\u2068", "").replace("\u2069", "") == joined


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
    assert form.members.errors[0] == "need_someone_present", "the team's problem (QA 13 P3-3)"
    assert not any(entry.form.role.errors for entry in form.members), "not pinned to the first person's part"
    posted["members-1-role"] = "speaker"
    assert TeamForm.build(Plan(), posted).validate()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_for_someone_hard_of_hearing_the_caller_letters_are_handed_to_them_with_captions_on(lang):
    content = load_content(lang)
    harold = walter().model_copy(update={"signs": walter().signs.model_copy(update={"situation": [Situation.HARD_OF_HEARING]})})
    items = {s.key: s for s in build_member_document(harold, content, "m3").sections}["role"].items
    assert content.text("plan.member.starts_call_hearing", callers=names_and(["Karen", "Tom"], content), person="Walter") in items


@pytest.mark.parametrize(("lang", "captions"), [("en", "with live captions on"), ("es", "con los subtítulos en vivo activados")])
def test_the_plans_own_call_line_has_the_captions_of_the_starters_printout_for_someone_hard_of_hearing(lang, captions):
    """QA 16 P3-3: the plan said only "sets the screen and speaker close to Walter"; the printout had the captions."""
    content = load_content(lang)
    harold = walter().model_copy(update={"signs": walter().signs.model_copy(update={"situation": [Situation.HARD_OF_HEARING]})})
    call = content.text("plan.script.call_hearing", name="Frank", callers=names_and(["Karen", "Tom"], content), person="Walter")
    assert captions in call and call in day_script(harold, content)
    assert not any(captions in line for line in day_script(walter(), content)), "hearing loved one: the usual call line"


def test_a_chosen_leader_is_not_told_no_one_was_chosen():
    content = load_content("en")
    frank_leads = FRANK.model_copy(update={"role": Role.LEADER})
    items = {s.key: s for s in build_member_document(walter(KAREN, frank_leads), content, "m3").sections}["role"].items
    assert content.text("plan.member.leads_by_order") not in items
    assert content.text("plan.member.starts_call", callers=names_and(["Karen"], content), person="Walter") in items


@pytest.mark.parametrize("lang, joined", [("en", "make sure Lily and Max can talk"), ("es", "busquen para Lily y Max a alguien")])
def test_two_young_people_who_saw_an_overdose_are_named_with_and_in_the_after_the_day_line(lang, joined):
    """QA 13 P2-2 and P3-2 together: the after-the-day line is a sentence, so "Lily and Max", not "Lily, Max"."""
    from wizard.document import after_section
    from wizard.vocabulary import DangerSign

    team = Team(
        loved_one="Danny",
        members=[
            Member(id="m1", name="Karen", relationship=Relationship.PARENT, role=Role.LEADER),
            Member(id="m2", name="Lily", relationship=Relationship.SIBLING, role=Role.LETTER_ONLY, under_18=True),
            Member(id="m3", name="Max", relationship=Relationship.SIBLING, role=Role.LETTER_ONLY, under_18=True),
        ],
    )
    plan = Plan(lang=lang, signs=Signs(danger=[DangerSign.OVERDOSE]), team=team)
    items = " ".join(after_section(plan, load_content(lang)).items)
    assert joined.replace("Lily and Max", "\u2068Lily\u2069 and \u2068Max\u2069").replace("Lily y Max", "\u2068Lily\u2069 y \u2068Max\u2069") in items

"""An interpreter on the team, and a loved one who is Deaf or hard of hearing (QA 10 P2-3).

An interpreter passes on every person's words and stays neutral: no letter, no bottom line,
no place in the reading order, and no part to play (reading for someone, answering a card,
following a walk-out). The "Deaf and use sign language, or need an interpreter" box brings its
caution, a program question and a checklist line.
"""

from werkzeug.datastructures import MultiDict

from wizard import flow
from wizard.content import load_content
from wizard.document import build_member_document
from wizard.forms.boundaries import BoundariesForm
from wizard.forms.rehearsal import RehearsalForm
from wizard.forms.statements import StatementsForm
from wizard.forms.team import TeamForm
from wizard.plan import Boundary, Letter, Member, MemberBoundaries, ObjectionCard, Plan, Rehearsal, Signs, Team, writes_letter
from wizard.vocabulary import (
    Approach,
    BoundaryCategory,
    CanKeep,
    Interventionist,
    Objection,
    Relationship,
    Role,
    Situation,
    Substance,
    TreatmentOption,
    WarningSign,
)

# Rosa interprets and is listed first, before anyone who reads: she must still not lead or read first.
ROSA = Member(id="m1", name="Rosa", relationship=Relationship.PROFESSIONAL, role=Role.INTERPRETER)
MEGAN = Member(id="m2", name="Megan", relationship=Relationship.PARENT, role=Role.SPEAKER)
JOAN = Member(id="m3", name="Joan", relationship=Relationship.SIBLING, role=Role.LETTER_ONLY)
CHRIS = Member(id="m4", name="Chris", relationship=Relationship.CHILD, role=Role.BY_CALL)


def family(**changes) -> Plan:
    plan = Plan(
        signs=Signs(warning=[WarningSign.LIES_SECRECY], substances=[Substance.ALCOHOL]),
        approach=Approach.INVITATIONAL,
        team=Team(loved_one="Dan", interventionist=Interventionist.FAMILY_LEADS, members=[ROSA, MEGAN, JOAN, CHRIS]),
        letters={
            "m2": Letter(text="Megan: I love you.", order=2),
            "m3": Letter(text="Joan: I miss you.", order=1, reader="m2"),
            "m4": Letter(text="Chris: Please come home.", order=3),
        },
        boundaries={
            "m2": MemberBoundaries(
                items=[Boundary(category=BoundaryCategory.MONEY, action="I will stop paying your phone bill.", can_keep=CanKeep.YES)]
            )
        },
        treatment={"option": TreatmentOption.OUTPATIENT, "facility": "Cedar Clinic"},
    )
    return plan.model_copy(update=changes)


def test_only_the_interpreter_and_a_supporter_write_no_letter():
    assert [role for role in Role if not writes_letter(role)] == [Role.INTERPRETER, Role.SUPPORTER]


def test_the_interpreter_is_left_out_of_the_reading_order_and_every_part_to_play():
    plan = family()
    assert [m.id for m in plan.team.writers()] == ["m2", "m3", "m4"]
    assert [m.id for m in plan.in_reading_order()] == ["m3", "m2", "m4"]
    assert [m.id for m in plan.team.present()] == ["m2", "m4"], "reads for someone or answers a card"
    assert [m.id for m in plan.team.in_room()] == ["m2"], "follows a walk-out"
    assert flow.leader(plan).id == "m2", "with no leader, whoever reads first in the room keeps the meeting on track"


def test_the_rehearsal_offers_the_interpreter_for_no_card_and_no_walkout():
    form = RehearsalForm.build(family())
    assert "m1" not in [value for value, _ in form["answered_by_0"].choices]
    assert "m1" not in [value for value, _ in form["walkout_follower"].choices]
    posted = RehearsalForm.build(family(), MultiDict({"walkout_follower": "m1"}))
    assert not posted.validate() and posted["walkout_follower"].errors


def test_the_letters_step_asks_no_letter_of_the_interpreter_and_offers_them_as_no_reader():
    plan = family()
    form = StatementsForm.build(plan, MultiDict(StatementsForm.formdata_from_plan(plan)))
    assert form.field_for("letter", "m1") is None and form.field_for("order", "m1") is None
    assert [value for value, _ in form.field_for("order", "m2").choices if value] == ["1", "2", "3"]
    assert "m1" not in [value for value, _ in form.field_for("reader", "m3").choices]
    assert form.validate(), {f.name: f.errors for f in form if f.errors}
    assert set(form.apply(plan).letters) == {"m2", "m3", "m4"}


def test_the_boundaries_step_asks_no_bottom_line_of_the_interpreter():
    plan = family()
    form = BoundariesForm.build(plan, MultiDict(BoundariesForm.formdata_from_plan(plan)))
    assert not any("m1" in field.name for field in form)
    assert form.validate()
    assert set(form.apply(plan).boundaries) == {"m2", "m3", "m4"}
    empty = BoundariesForm.build(plan, MultiDict())
    assert not empty.validate()
    # "Write at least one" goes to the first person who may write one, not to the interpreter.
    assert empty.row("m2", 0)["action"].errors == ["need_boundary"]


def test_someone_who_becomes_the_interpreter_has_no_letter_or_bottom_line_left_in_their_name():
    plan = family(
        team=family().team.model_copy(update={"members": [ROSA.model_copy(update={"role": Role.SPEAKER}), MEGAN]}),
        letters={"m1": Letter(text="Rosa's words", order=1), "m2": Letter(text="Megan", order=2)},
    )
    posted = MultiDict(TeamForm.formdata_from_plan(plan))
    posted["members-0-role"] = "interpreter"
    form = TeamForm.build(plan, posted)
    assert form.validate(), form.errors
    after = form.apply(plan)
    assert set(after.letters) == {"m2"} and after.letters["m2"].order == 1
    assert "m1" not in after.boundaries


def test_the_interpreters_printout_holds_every_letter_in_order_and_nothing_of_their_own():
    content = load_content("en")
    document = build_member_document(family(), content, "m1")
    sections = {section.key: section for section in document.sections}
    assert [letter.heading for letter in sections["letters"].letters] == ["1. Letter from Joan", "2. Letter from Megan", "3. Letter from Chris"]
    assert "objections" not in sections, "no cards were written: no empty list of them"
    labels = [label for label, _ in sections["role"].facts]
    assert content.text("plan.member.reads") not in labels and content.text("plan.member.read_for_you") not in labels
    assert content.text("plan.member.interpreter") in sections["role"].paragraphs
    reading = next(item for item in sections["role"].items if "in this order" in item)
    assert "Rosa" not in reading
    megan = {section.key: section for section in build_member_document(family(), content, "m2").sections}
    assert (content.text("plan.member.reads"), "2 of 3") in megan["role"].facts


def test_a_deaf_loved_one_brings_the_interpreter_caution_question_and_checklist_line():
    content = load_content("en")
    guide, checklist = content.pages["treatment"], content.guidance["rehearsal"].checklist
    deaf = family(signs=Signs(warning=[WarningSign.LIES_SECRECY], situation=[Situation.DEAF]), team=Team(members=[MEGAN]))
    assert "interpreter" in flow.cautions(deaf)
    assert guide.questions_for(flow.cautions(deaf))[0] == guide.questions_when["interpreter"][0]
    young = deaf.model_copy(update={"team": Team(under_18=True, members=[MEGAN])})
    assert guide.questions_for(flow.cautions(young))[0] == guide.questions_when["interpreter"][0], "before the teen questions"
    assert checklist.interpreter in flow.checklist_items(deaf, checklist)
    hearing = family(team=Team(members=[MEGAN]))
    assert "interpreter" not in flow.cautions(hearing)
    # An interpreter on the team alone may be there for a Deaf team member: the loved one's caution waits for the box.
    assert "interpreter" not in flow.cautions(family()) and checklist.interpreter not in flow.checklist_items(family(), checklist)
    assert checklist.interpreter not in flow.checklist_items(hearing, checklist)


def test_an_interpreter_is_not_the_professional_whose_part_must_be_agreed():
    """The professional caution asks what their part is; an interpreter's part is to stay neutral."""
    assert "professional_on_team" not in flow.cautions(family())
    counselor = MEGAN.model_copy(update={"relationship": Relationship.PROFESSIONAL})
    assert "professional_on_team" in flow.cautions(family(team=Team(members=[ROSA, counselor])))


def test_the_interpreters_printout_holds_every_bottom_line_letter_and_every_card_too():
    """The interpreter passes on the bottom lines and the answers as well as the letters (session 10 follow-up)."""
    content = load_content("en")
    cards = Rehearsal(
        objections=[
            ObjectionCard(objection=Objection.NOT_THAT_BAD, answered_by="m2"),
            ObjectionCard(objection=Objection.STOP_ON_OWN, answered_by="m4", reply="Chris: we have heard that before."),
        ]
    )
    chris_lines = MemberBoundaries(items=[Boundary(category=BoundaryCategory.HOUSING, action="I will not let you sleep here.", can_keep=CanKeep.YES)])
    plan = family(rehearsal=cards, boundaries={**family().boundaries, "m4": chris_lines})
    sections = {section.key: section for section in build_member_document(plan, content, "m1").sections}
    bottom_lines = sections["boundaries"].letters
    assert [letter.heading for letter in bottom_lines] == ["Megan’s bottom-line letter", "Chris’s bottom-line letter"]
    assert "I will stop paying your phone bill." in bottom_lines[0].text and "I will not let you sleep here." in bottom_lines[1].text
    assert sections["objections"].title == content.text("plan.sections.objections")
    said = " ".join(sections["objections"].items)
    assert "Megan answers" in said and "Chris answers: Chris: we have heard that before." in said
    megan = {section.key: section for section in build_member_document(plan, content, "m2").sections}
    assert [letter.heading for letter in megan["boundaries"].letters] == ["Megan’s bottom-line letter"], "others still get only their own"
    assert "Chris" not in " ".join(megan["objections"].items)

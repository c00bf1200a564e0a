"""Router tests: build a Plan, ask flow.py what comes next. No HTTP."""

import datetime

import pytest
from werkzeug.datastructures import MultiDict

from tools.samples import eight_member_plan
from wizard import flow
from wizard.content import load_content
from wizard.plan import Boundary, Letter, Logistics, Member, MemberBoundaries, Plan, Signs, Team, Treatment
from wizard.steps import SPEC_BY_STEP, STEPS, Step
from wizard.vocabulary import (
    CAUTION_IDS,
    WRITTEN_CAUTIONS,
    Approach,
    BoundaryCategory,
    CanKeep,
    DangerSign,
    EnablingHabit,
    Interventionist,
    Objection,
    Relationship,
    Role,
    Situation,
    Substance,
    TreatmentOption,
    Voice,
    WarningSign,
)


def plan_through(step: Step, **changes) -> Plan:
    """A plan complete up to and including `step` (on the no-danger path)."""
    order = [
        Step.START, Step.SIGNS, Step.APPROACH, Step.TEAM, Step.STATEMENTS,
        Step.BOUNDARIES, Step.REHEARSAL, Step.TREATMENT, Step.REVIEW,
    ]  # fmt: skip
    done = order[: order.index(step) + 1]
    plan = Plan(
        signs=Signs(warning=[WarningSign.LIES_SECRECY]),
        approach=Approach.INVITATIONAL,
        team=Team(
            interventionist=Interventionist.FAMILY_LEADS,
            members=[Member(id="m1", name="Ana", relationship=Relationship.PARENT, role=Role.LEADER)],
        ),
        letters={"m1": Letter(text="I love you.")},
        boundaries={
            "m1": MemberBoundaries(
                items=[Boundary(category=BoundaryCategory.MONEY, action="I will stop paying rent.", can_keep=CanKeep.YES)]
            )
        },
        treatment=Treatment(option=TreatmentOption.INPATIENT),
        completed=[s.value for s in done],
    )
    return plan.model_copy(update=changes)


def test_a_new_plan_starts_at_the_start():
    assert flow.first_incomplete(Plan()) is Step.START


def test_crisis_step_applies_only_when_danger_is_reported():
    assert Step.CRISIS not in flow.applicable_steps(Plan())
    danger = Plan(signs=Signs(danger=[DangerSign.OVERDOSE]))
    assert Step.CRISIS in flow.applicable_steps(danger)


@pytest.mark.parametrize("sign", list(DangerSign))
def test_each_danger_sign_alone_leads_to_the_crisis_page_next(sign):
    plan = plan_through(Step.SIGNS, signs=Signs(danger=[sign]))
    assert flow.next_after(Step.SIGNS, plan) is Step.CRISIS


def test_danger_leads_to_crisis_even_when_returning_to_review():
    plan = plan_through(Step.REVIEW, signs=Signs(danger=[DangerSign.SUICIDAL]))
    assert flow.next_after(Step.SIGNS, plan, back_to_review=True) is Step.CRISIS


def test_approach_is_closed_until_the_crisis_page_is_passed():
    plan = plan_through(Step.SIGNS, signs=Signs(danger=[DangerSign.VIOLENCE]))
    assert not flow.is_allowed(Step.APPROACH, plan)
    assert flow.resolve(Step.APPROACH, plan) == (Step.CRISIS, True)
    passed = plan.with_completed(Step.CRISIS.value)
    assert flow.is_allowed(Step.APPROACH, passed)


def test_crisis_help_is_never_gated_behind_unfinished_steps():
    plan = Plan(signs=Signs(danger=[DangerSign.CHILD_AT_RISK]))
    assert flow.is_allowed(Step.CRISIS, plan)


def test_without_danger_signs_lead_to_approach():
    assert flow.next_after(Step.SIGNS, plan_through(Step.SIGNS)) is Step.APPROACH


def test_a_later_step_sends_the_family_to_the_first_incomplete_one():
    plan = plan_through(Step.APPROACH)
    assert flow.resolve(Step.TREATMENT, plan) == (Step.TEAM, True)


def test_completed_mark_alone_is_not_enough_when_answers_do_not_hold():
    # The token says "statements" is done, but the letter is missing: re-validation catches it.
    plan = plan_through(Step.TREATMENT, letters={})
    assert not flow.is_complete(Step.STATEMENTS, plan)
    assert flow.first_incomplete(plan) is Step.STATEMENTS


def test_a_new_team_member_without_a_letter_reopens_the_statements_step():
    plan = plan_through(Step.REVIEW)
    members = [*plan.team.members, Member(id="m2", name="Bo", relationship=Relationship.SIBLING, role=Role.SPEAKER)]
    plan = plan.model_copy(update={"team": plan.team.model_copy(update={"members": members})})
    assert flow.next_after(Step.TEAM, plan, back_to_review=True) is Step.STATEMENTS


def test_change_from_review_returns_to_review_when_nothing_is_missing():
    plan = plan_through(Step.REVIEW)
    assert flow.next_after(Step.TEAM, plan, back_to_review=True) is Step.REVIEW
    assert flow.next_after(Step.TEAM, plan, back_to_review=False) is Step.STATEMENTS


def test_plan_opens_only_after_review():
    assert not flow.is_allowed(Step.PLAN, plan_through(Step.TREATMENT))
    assert flow.is_allowed(Step.PLAN, plan_through(Step.REVIEW))


def test_previous_step_skips_crisis_when_it_does_not_apply():
    assert flow.previous_before(Step.APPROACH, plan_through(Step.SIGNS)) is Step.SIGNS
    danger = plan_through(Step.SIGNS, signs=Signs(danger=[DangerSign.OVERDOSE]))
    assert flow.previous_before(Step.APPROACH, danger) is Step.CRISIS


def test_newly_ticked_danger_is_noticed_but_old_danger_is_not():
    before = Plan(signs=Signs(danger=[DangerSign.OVERDOSE]))
    same = Plan(signs=Signs(danger=[DangerSign.OVERDOSE]))
    more = Plan(signs=Signs(danger=[DangerSign.OVERDOSE, DangerSign.VIOLENCE]))
    assert not flow.newly_in_danger(before, same)
    assert flow.newly_in_danger(before, more)


@pytest.mark.parametrize(
    ("signs", "expected", "reason"),
    [
        (Signs(danger=[DangerSign.OVERDOSE]), Approach.CRISIS, "danger"),
        (Signs(substances=[Substance.MENTAL_HEALTH]), Approach.INVITATIONAL, "mental_health"),
        (Signs(situation=[Situation.WORK_INVOLVED]), Approach.WORKPLACE, "work_involved"),
        (Signs(situation=[Situation.FAMILY_DIVIDED]), Approach.FAMILY_SYSTEMIC, "family_divided"),
        (Signs(situation=[Situation.REFUSED_HELP]), Approach.TRADITIONAL, "refused_help"),
        (Signs(warning=[WarningSign.LIES_SECRECY]), Approach.INVITATIONAL, "invitation_first"),
    ],
)
def test_suggested_approach_follows_the_answers_with_a_reason(signs, expected, reason):
    suggestion = flow.suggest_approach(Plan(signs=signs))
    assert suggestion.approach is expected
    assert reason in suggestion.reasons


def test_danger_outranks_every_other_situation_in_the_suggestion():
    signs = Signs(danger=[DangerSign.SUICIDAL], situation=list(Situation))
    assert flow.suggest_approach(Plan(signs=signs)).approach is Approach.CRISIS


@pytest.mark.parametrize(
    ("situation", "expected", "rest"),
    [
        ([], Approach.INVITATIONAL, "invitation_first"),
        ([Situation.REFUSED_HELP], Approach.TRADITIONAL, "refused_help"),
    ],
)
def test_withdrawal_alone_asks_for_detox_not_the_crisis_approach(situation, expected, rest):
    """Withdrawal is a medical need: the crisis approach's 'let doctors or police handle it' does not fit."""
    suggestion = flow.suggest_approach(Plan(signs=Signs(danger=[DangerSign.WITHDRAWAL], situation=situation)))
    assert suggestion.approach is expected
    assert suggestion.reasons[0] == "withdrawal" and rest in suggestion.reasons
    with_overdose = Signs(danger=[DangerSign.WITHDRAWAL, DangerSign.OVERDOSE], situation=situation)
    assert flow.suggest_approach(Plan(signs=with_overdose)).approach is Approach.CRISIS


def test_an_older_adult_and_pills_with_alcohol_each_bring_their_own_caution():
    older = Plan(signs=Signs(situation=[Situation.OLDER], substances=[Substance.ALCOHOL]), approach=Approach.INVITATIONAL)
    assert "older_adult" in flow.cautions(older) and "pills_with_alcohol" not in flow.cautions(older)
    both = Plan(signs=Signs(substances=[Substance.PRESCRIPTION, Substance.ALCOHOL]), approach=Approach.INVITATIONAL)
    assert "pills_with_alcohol" in flow.cautions(both) and "older_adult" not in flow.cautions(both)
    pills = Plan(signs=Signs(substances=[Substance.PRESCRIPTION]), approach=Approach.INVITATIONAL)
    assert "pills_with_alcohol" not in flow.cautions(pills)


def test_repeated_refusals_after_failed_quitting_give_both_reasons():
    signs = Signs(situation=[Situation.REFUSED_HELP], warning=[WarningSign.FAILED_QUITTING])
    assert flow.suggest_approach(Plan(signs=signs)).reasons == ("refused_help", "failed_quitting")


@pytest.mark.parametrize(
    "signs",
    [
        Signs(warning=[WarningSign.LIES_SECRECY]),
        Signs(situation=[Situation.REFUSED_HELP], warning=[WarningSign.FAILED_QUITTING]),
        Signs(situation=[Situation.FAMILY_DIVIDED]),
        Signs(danger=[DangerSign.WITHDRAWAL]),
        Signs(danger=[DangerSign.OVERDOSE]),
    ],
)
def test_someone_under_18_is_named_last_in_the_reasons_and_leaves_the_approach_as_it_was(signs):
    """QA 10 P3-11: the suggestion knows their age. The sources we cite (NIDA's principles for teens) say a family's
    firm push and support help a teen into treatment, not which approach suits a teen, so only the reasons change."""
    adult = flow.suggest_approach(Plan(signs=signs))
    young = flow.suggest_approach(Plan(signs=signs, team=Team(under_18=True)))
    assert young.approach is adult.approach
    assert young.reasons == (*adult.reasons, "under_18")
    assert "under_18" not in adult.reasons


def test_under_18_is_asked_on_the_signs_step_and_kept_on_the_team_where_saved_plans_hold_it():
    """Old tokens and plan files keep `team.under_18`; the signs step reads and writes it, and the team step keeps it."""
    saved = Plan.model_validate_json('{"team": {"loved_one": "Marcus", "under_18": true}}')
    signs_form = SPEC_BY_STEP[Step.SIGNS].form
    assert signs_form.build(saved).under_18.data is True, "the box is ticked for a plan saved before the move"
    assert ("under_18", "y") in signs_form.formdata_from_plan(saved)
    untick = signs_form.build(saved, MultiDict([("warning", "lies_secrecy")]))
    assert untick.validate()
    grown = untick.apply(saved)
    assert grown.team.under_18 is False and grown.team.loved_one == "Marcus", "the rest of the team is left alone"
    tick = signs_form.build(Plan(), MultiDict([("under_18", "y")]))
    assert tick.validate() and tick.apply(Plan()).team.under_18 is True
    team_form = SPEC_BY_STEP[Step.TEAM].form
    assert "under_18" not in dict(team_form.formdata_from_plan(saved)), "asked once, on the signs step"
    young = plan_through(Step.TEAM, team=plan_through(Step.TEAM).team.model_copy(update={"under_18": True}))
    again = team_form.build(young, MultiDict(team_form.formdata_from_plan(young)))
    assert again.validate() and again.apply(young).team.under_18 is True, "the team step does not clear it"


def _checked(form, plan: Plan):
    built = form.build(plan, MultiDict(form.formdata_from_plan(plan)))
    return form.formdata_from_plan(plan), built.validate(), {f.name: f.errors for f in built}


def test_each_step_depends_only_on_the_plan_fields_it_declares():
    """`reads` lets finished steps' checks be remembered; a field missing from it would go stale."""
    sample_plans = [
        plan_through(Step.REVIEW),
        plan_through(Step.TEAM, letters={}, boundaries={}),
        plan_through(Step.REVIEW, letters={"m1": Letter(text="  ")}, boundaries={"m1": MemberBoundaries()}),
        eight_member_plan(words=60),
        Plan(),
    ]
    for spec in STEPS:
        form = spec.form
        if form.reads is None:
            continue
        for own in sample_plans:
            for other in sample_plans:
                borrowed = {name: getattr(other, name) for name in Plan.model_fields if name not in form.reads}
                hybrid = own.model_copy(update=borrowed)
                assert _checked(form, hybrid) == _checked(form, own), (spec.step, form.reads)
                assert form.holds_for(hybrid) == form.revalidate(own), spec.step


def test_a_remembered_check_still_notices_a_change_to_what_the_step_reads():
    plan = plan_through(Step.REVIEW)
    form = SPEC_BY_STEP[Step.STATEMENTS].form
    assert form.holds_for(plan)
    emptied = plan.model_copy(update={"letters": {"m1": Letter(text="   ")}})
    assert not form.holds_for(emptied)
    assert form.holds_for(plan)


def test_danger_written_is_answered_once_per_sign_and_never_for_a_ticked_one():
    rules = (load_content("en").danger_words, load_content("es").danger_words)
    plan = Plan(letters={"m1": Letter(text="You told me you wanted to die. You hit me in May.")})
    noted, spoken = flow.noting_danger_written(plan, [], rules)
    assert spoken == [DangerSign.SUICIDAL, DangerSign.VIOLENCE]
    assert flow.noting_danger_written(noted, [], rules)[1] == [], "answered once"
    assert flow.noting_danger_written(noted, ["Your lips were blue."], rules)[1] == [DangerSign.OVERDOSE]
    ticked = plan.model_copy(update={"signs": Signs(danger=[DangerSign.SUICIDAL])})
    assert flow.noting_danger_written(ticked, [], rules)[1] == [DangerSign.VIOLENCE]


def _team(interventionist, *relationships):
    members = [Member(id=f"m{i}", name=f"P{i}", relationship=r, role=Role.SPEAKER) for i, r in enumerate(relationships, 1)]
    return Team(loved_one="Sam", interventionist=interventionist, members=members)


@pytest.mark.parametrize(
    ("danger", "approach", "interventionist", "relationships", "expected"),
    [
        # Violence: its own caution, in place of the general danger ones, whoever leads.
        ([DangerSign.VIOLENCE], Approach.JOHNSON, Interventionist.BOOKED, [Relationship.PARENT], ("violence",)),
        ([DangerSign.VIOLENCE, DangerSign.OVERDOSE], Approach.INVITATIONAL, Interventionist.FAMILY_LEADS, [Relationship.PARTNER], ("violence",)),
        ([DangerSign.SUICIDAL], Approach.JOHNSON, Interventionist.BOOKED, [Relationship.PARENT], ("danger_surprise",)),
        ([DangerSign.SUICIDAL], Approach.TRADITIONAL, None, [], ("danger_surprise",)),
        ([DangerSign.OVERDOSE], Approach.CRISIS, Interventionist.FAMILY_LEADS, [Relationship.PARENT], ("danger_no_professional",)),
        ([DangerSign.OVERDOSE], Approach.INVITATIONAL, Interventionist.BOOKED, [Relationship.PARENT], ()),
        # Withdrawal alone: detox with a doctor, not "someone has been in danger".
        ([DangerSign.WITHDRAWAL], Approach.JOHNSON, Interventionist.FAMILY_LEADS, [Relationship.PARENT], ("withdrawal_surprise",)),
        ([DangerSign.WITHDRAWAL], Approach.INVITATIONAL, Interventionist.CONSIDERING, [Relationship.CHILD], ("withdrawal_no_professional",)),
        ([DangerSign.WITHDRAWAL], Approach.INVITATIONAL, Interventionist.BOOKED, [Relationship.CHILD], ()),
        ([DangerSign.WITHDRAWAL, DangerSign.OVERDOSE], Approach.TRADITIONAL, Interventionist.BOOKED, [Relationship.PARENT], ("danger_surprise",)),
        ([], Approach.JOHNSON, Interventionist.FAMILY_LEADS, [Relationship.PARENT], ("surprise_no_professional",)),
        ([], Approach.TRADITIONAL, Interventionist.CONSIDERING, [Relationship.PARENT], ("surprise_no_professional",)),
        ([], Approach.JOHNSON, Interventionist.BOOKED, [Relationship.PARENT], ()),
        ([], Approach.INVITATIONAL, Interventionist.FAMILY_LEADS, [Relationship.PARENT], ()),
        ([], Approach.WORKPLACE, Interventionist.BOOKED, [Relationship.PARENT, Relationship.SIBLING], ("workplace_no_employer",)),
        ([], Approach.WORKPLACE, Interventionist.BOOKED, [Relationship.EMPLOYER, Relationship.PARENT], ()),
        ([], Approach.WORKPLACE, None, [], ()),  # nobody on the team yet: nothing to say
        ([DangerSign.VIOLENCE], None, None, [], ()),  # no approach chosen yet
    ],
)
def test_cautions_name_where_the_approach_and_the_answers_pull_apart(danger, approach, interventionist, relationships, expected):
    plan = Plan(signs=Signs(danger=danger), approach=approach, team=_team(interventionist, *relationships))
    assert flow.cautions(plan) == expected


@pytest.mark.parametrize(
    ("ticked", "written", "approach", "expected"),
    [
        # QA 11 P3-4: danger only in a letter is not "you told us someone has been in danger".
        ([], [DangerSign.OVERDOSE], Approach.TRADITIONAL, ("danger_written_surprise",)),
        ([], [DangerSign.SUICIDAL], Approach.INVITATIONAL, ("danger_written_no_professional",)),
        ([DangerSign.OVERDOSE], [DangerSign.SUICIDAL], Approach.TRADITIONAL, ("danger_surprise",)),  # a box was ticked too
        # QA 12 P2-3: nor "you told us someone has been violent" of a letter's "beating me at chess".
        ([], [DangerSign.WITHDRAWAL], Approach.INVITATIONAL, ("withdrawal_written_no_professional",)),
        ([], [DangerSign.WITHDRAWAL], Approach.JOHNSON, ("withdrawal_written_surprise",)),
        ([DangerSign.WITHDRAWAL], [], Approach.INVITATIONAL, ("withdrawal_no_professional",)),
        ([], [DangerSign.VIOLENCE], Approach.INVITATIONAL, ("violence_written",)),
        ([], [DangerSign.HURT_BY_PARTNER], Approach.INVITATIONAL, ("hurt_by_partner_written",)),
        ([DangerSign.VIOLENCE], [DangerSign.HURT_BY_PARTNER], Approach.INVITATIONAL, ("violence", "hurt_by_partner_written")),
        ([DangerSign.HURT_BY_PARTNER], [DangerSign.VIOLENCE], Approach.INVITATIONAL, ("violence_written", "hurt_by_partner")),
        # Written, then ticked too (danger_in_words still holds it): the family told us.
        ([DangerSign.VIOLENCE], [DangerSign.VIOLENCE], Approach.INVITATIONAL, ("violence",)),
    ],
)
def test_danger_only_in_the_familys_words_is_said_to_come_from_what_they_wrote(ticked, written, approach, expected):
    team = _team(Interventionist.FAMILY_LEADS, Relationship.PARENT)
    plan = Plan(signs=Signs(danger=ticked), danger_in_words=written, approach=approach, team=team)
    assert flow.cautions(plan) == expected


def test_a_written_danger_caution_brings_what_its_ticked_twin_brings():
    """The bottom-lines page and the program questions treat "violence_written" as "violence"."""
    treatment = load_content("en").pages["treatment"]
    for written, ticked in WRITTEN_CAUTIONS.items():
        assert written in CAUTION_IDS and ticked in CAUTION_IDS
        assert (written in flow.BOTTOM_LINE_CAUTIONS) == (ticked in flow.BOTTOM_LINE_CAUTIONS)
        assert treatment.questions_for([written]) == treatment.questions_for([ticked])
    assert treatment.questions_for(["hurt_by_partner_written"]) != treatment.questions_for([])


def test_written_danger_cautions_say_where_they_came_from():
    for lang, opening in (("en", "Something you wrote sounds like"), ("es", "Algo que escribiste suena a")):
        cautions = load_content(lang).cautions
        for written in WRITTEN_CAUTIONS:
            assert cautions[written].startswith(opening)


def test_a_written_bottom_line_caution_opens_the_bottom_lines_page():
    team = _team(Interventionist.FAMILY_LEADS, Relationship.PARENT)
    plan = Plan(danger_in_words=[DangerSign.HURT_BY_PARTNER], approach=Approach.INVITATIONAL, team=team)
    assert flow.bottom_line_cautions(plan) == ("hurt_by_partner_written",)


def test_every_caution_has_words_in_every_language():
    for lang in ("en", "es"):
        assert set(load_content(lang).cautions) == set(CAUTION_IDS)


@pytest.mark.parametrize(
    ("date", "passed"),
    [("2026-05-12", True), ("2026-11-21", True), ("2026-11-22", False), ("2026-11-23", False), ("2027-01-02", False), ("", False), ("not a day", False)],
)
def test_a_meeting_day_before_yesterday_has_passed(date, passed):
    """A day of slack: the server's clock is UTC, the family's evening may be a day behind."""
    plan = Plan().model_copy(update={"logistics": Logistics.model_construct(date=date)})
    assert flow.day_has_passed(plan, today=datetime.date(2026, 11, 23)) is passed


@pytest.mark.parametrize(
    ("danger", "written", "habits", "cautioned"),
    [
        ([DangerSign.WITHDRAWAL], [], [EnablingHabit.BUYING_ALCOHOL], "withdrawal_supply"),
        ([], [DangerSign.WITHDRAWAL], [EnablingHabit.BUYING_ALCOHOL], "withdrawal_supply_written"),  # in a letter, not ticked
        ([DangerSign.WITHDRAWAL], [], [EnablingHabit.PAYING_DEBTS], None),
        ([DangerSign.VIOLENCE], [], [EnablingHabit.BUYING_ALCOHOL], None),
    ],
)
def test_cutting_off_alcohol_or_pills_is_cautioned_only_when_withdrawal_is_known(danger, written, habits, cautioned):
    plan = Plan(
        signs=Signs(danger=danger),
        danger_in_words=written,
        approach=Approach.INVITATIONAL,
        boundaries={"m1": MemberBoundaries(enabling=habits)},
    )
    said = [key for key in flow.cautions(plan) if key.startswith("withdrawal_supply")]
    assert said == ([cautioned] if cautioned else [])


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        (TreatmentOption.INPATIENT, "stay"),
        (TreatmentOption.DETOX, "stay"),
        (None, "stay"),  # not answered yet: the plan keeps its usual wording
        (TreatmentOption.OUTPATIENT, "visit"),
        (TreatmentOption.MEDICATION, "visit"),
        (TreatmentOption.ASSESSMENT, "visit"),
        (TreatmentOption.MENTAL_HEALTH, "visit"),
        (TreatmentOption.NOT_YET, "none"),
    ],
)
def test_how_a_yes_is_acted_on_follows_the_treatment_chosen(option, expected):
    assert flow.arrival(Plan(treatment=Treatment(option=option))) == expected
    assert ("no_treatment_yet" in flow.cautions(Plan(approach=Approach.INVITATIONAL, treatment=Treatment(option=option)))) is (expected == "none")


@pytest.mark.parametrize(
    ("substances", "offered"),
    [
        ([Substance.OPIOIDS], True),
        ([Substance.PRESCRIPTION], True),
        ([Substance.OTHER_DRUGS, Substance.ALCOHOL], True),
        ([], True),  # nothing ticked: opioids cannot be ruled out
        ([Substance.ALCOHOL], False),
        ([Substance.STIMULANTS], False),  # naloxone, yes; methadone is not their treatment
        ([Substance.GAMBLING], False),
    ],
)
def test_methadone_as_swapping_drugs_is_rehearsed_only_where_opioids_may_be_used(substances, offered):
    plan = plan_through(Step.BOUNDARIES, signs=Signs(warning=[WarningSign.LIES_SECRECY], substances=substances))
    assert (Objection.SWAPPING_DRUGS in flow.objections_for(plan)) is offered


@pytest.mark.parametrize("under_18", [True, False])
def test_you_cannot_make_me_im_16_is_rehearsed_only_for_someone_under_18(under_18):
    base = plan_through(Step.BOUNDARIES)
    plan = base.model_copy(update={"team": base.team.model_copy(update={"under_18": under_18})})
    assert (Objection.CANT_MAKE_ME in flow.objections_for(plan)) is under_18


@pytest.mark.parametrize(
    ("under_18", "relationships", "involved"),
    [
        (False, [Relationship.PARENT], True),  # a son or daughter of any age, with a parent asking
        (False, [Relationship.GRANDPARENT, Relationship.SIBLING], True),  # a grandparent who raised them is a caregiver
        (False, [Relationship.GUARDIAN], True),  # an aunt raising her nephew, or another guardian, is a caregiver too
        (False, [Relationship.STEP_PARENT], True),  # a parents' helpline fits a stepfather too (not a say in consent)
        (False, [Relationship.FRIEND, Relationship.OTHER], False),
        (True, [Relationship.SIBLING], True),  # a teen: whoever is on the team answers for them
        (False, [Relationship.PARTNER, Relationship.SIBLING], False),
        (False, [], False),
    ],
)
def test_help_made_for_parents_fits_a_teen_or_a_team_with_a_parent_on_it(under_18, relationships, involved):
    members = [Member(id=f"m{n}", name=f"P{n}", relationship=r, role=Role.SPEAKER) for n, r in enumerate(relationships, 1)]
    plan = Plan(team=Team(under_18=under_18, members=members))
    assert flow.parents_involved(plan) is involved


@pytest.mark.parametrize(
    ("relationship", "cautioned"),
    [(Relationship.PROFESSIONAL, True), (Relationship.OTHER, False), (Relationship.FRIEND, False)],
)
def test_a_professional_on_the_team_brings_a_note_on_their_part_and_their_privacy_rules(relationship, cautioned):
    base = plan_through(Step.TEAM)
    members = [*base.team.members, Member(id="m2", name="Ms. Okafor", relationship=relationship, role=Role.SPEAKER)]
    plan = base.model_copy(update={"team": base.team.model_copy(update={"members": members})})
    assert ("professional_on_team" in flow.cautions(plan)) is cautioned
    # Only a teen's family reads what a school counselor must report about a minor (QA 10, P3-3).
    young = plan.model_copy(update={"team": plan.team.model_copy(update={"under_18": True})})
    assert ("professional_on_team_young" in flow.cautions(young)) is cautioned
    assert "professional_on_team" not in flow.cautions(young)


def test_a_grandparent_is_a_relationship_of_its_own_and_a_saved_parent_still_opens_as_a_parent():
    raw = '{"team": {"members": [{"id": "m1", "name": "Dolores", "relationship": "%s", "role": "leader"}]}}'
    assert Plan.model_validate_json(raw % "grandparent").team.members[0].relationship is Relationship.GRANDPARENT
    assert Plan.model_validate_json(raw % "parent").team.members[0].relationship is Relationship.PARENT


def test_a_guardian_or_other_caregiver_is_a_relationship_of_its_own_and_a_saved_other_still_opens_as_other():
    """An aunt raising her nephew picked 'Other': saved plans keep that, and new ones can say 'guardian'."""
    raw = '{"team": {"members": [{"id": "m1", "name": "Rosa", "relationship": "%s", "role": "leader"}]}}'
    assert Plan.model_validate_json(raw % "guardian").team.members[0].relationship is Relationship.GUARDIAN
    assert Plan.model_validate_json(raw % "other").team.members[0].relationship is Relationship.OTHER
    assert Relationship.GUARDIAN in flow.CAREGIVERS and Relationship.OTHER not in flow.CAREGIVERS


def test_a_saved_plan_with_an_other_member_still_opens_now_that_professionals_have_their_own_choice():
    """Pastors and counselors were 'Other' before: tokens and plan files that say so must still load as they were."""
    raw = '{"team": {"members": [{"id": "m1", "name": "Pastor John", "relationship": "other", "role": "speaker"}]}}'
    assert Plan.model_validate_json(raw).team.members[0].relationship is Relationship.OTHER


@pytest.mark.parametrize(
    ("danger", "written", "planned"),
    [
        ([DangerSign.WITHDRAWAL], [], True),
        ([], [DangerSign.WITHDRAWAL], True),  # written in the family's own words, not ticked
        ([DangerSign.VIOLENCE], [], False),
        ([], [], False),
    ],
)
def test_the_long_drive_to_a_program_is_planned_only_when_withdrawal_is_known(danger, written, planned):
    checklist = load_content().guidance["rehearsal"].checklist
    plan = Plan(signs=Signs(danger=danger), danger_in_words=written, approach=Approach.INVITATIONAL)
    assert (checklist.long_drive in flow.checklist_items(plan, checklist)) is planned


def _reading(*roles: Role) -> Plan:
    """A team reading in the order given: m1 first."""
    members = [Member(id=f"m{i}", name=f"P{i}", relationship=Relationship.CHILD, role=role) for i, role in enumerate(roles, 1)]
    letters = {m.id: Letter(text="I love you.", order=i) for i, m in enumerate(members, 1)}
    return Plan(team=Team(loved_one="Walter", members=members), letters=letters)


@pytest.mark.parametrize(
    ("roles", "leads"),
    [
        # QA 11 P2-2: two children on a video call read first; the neighbour in the room keeps the meeting on track.
        ((Role.BY_CALL, Role.BY_CALL, Role.SPEAKER), "m3"),
        ((Role.LETTER_ONLY, Role.DETAILS), "m2"),  # a letter sent ahead cannot lead either
        ((Role.BY_CALL, Role.LEADER), "m2"),
        ((Role.LEADER, Role.SPEAKER), "m1"),  # a chosen leader leads, wherever they read
        ((Role.BY_CALL, Role.BY_CALL), "m1"),  # nobody in the room: the first reader, as before
    ],
)
def test_the_meeting_is_kept_on_track_by_someone_in_the_room_unless_a_leader_was_chosen(roles, leads):
    assert flow.leader(_reading(*roles)).id == leads


@pytest.mark.parametrize(
    ("roles", "young", "leads"),
    [
        ((Role.SPEAKER, Role.SPEAKER), {"m1"}, "m2"),  # Lily, 16, reads first: her father keeps the meeting on track
        ((Role.SPEAKER, Role.BY_CALL, Role.DETAILS), {"m1"}, "m3"),  # and starts the call, so holds the callers' letters
        ((Role.SPEAKER, Role.BY_CALL), {"m1"}, "m1"),  # no adult in the room: the first in the room, as before
        ((Role.SPEAKER, Role.SPEAKER), set(), "m1"),
    ],
)
def test_no_one_under_18_is_handed_the_meeting_while_an_adult_reads_in_the_room(roles, young, leads):
    """QA 13 P2-2: a young person does not lead; with no Leader chosen, it falls to an adult in the room."""
    plan = _reading(*roles)
    members = [m.model_copy(update={"under_18": m.id in young}) for m in plan.team.members]
    plan = plan.model_copy(update={"team": plan.team.model_copy(update={"members": members})})
    assert flow.leader(plan).id == leads


def test_a_plan_saved_with_a_young_leader_or_reader_still_opens_and_asks_that_step_again():
    """Plans saved before QA 13 P2-2's rules load as they were; the step whose answer no longer holds is asked
    again (with its kind error), and nothing else is lost."""
    lily = Member(id="m2", name="Lily", relationship=Relationship.SIBLING, role=Role.SPEAKER, under_18=True)
    rosa = Member(id="m3", name="Rosa", relationship=Relationship.GRANDPARENT, role=Role.LETTER_ONLY)
    base = plan_through(Step.REVIEW)
    team = base.team.model_copy(update={"members": [*base.team.members, lily, rosa]})
    letters = {**base.letters, "m2": Letter(text="I found you.", order=2), "m3": Letter(text="My dear.", order=3, reader="m2")}
    reads = Plan.model_validate_json(base.model_copy(update={"team": team, "letters": letters}).model_dump_json())
    assert reads.letters["m3"].reader == "m2"
    assert flow.first_incomplete(reads) is Step.STATEMENTS
    assert flow.first_incomplete(reads.model_copy(update={"letters": {**letters, "m3": letters["m3"].model_copy(update={"reader": "m1"})}})) is Step.PLAN
    leads = [base.team.members[0].model_copy(update={"role": Role.SPEAKER}), lily.model_copy(update={"role": Role.LEADER})]
    young_leader = Plan.model_validate_json(base.model_copy(update={"team": team.model_copy(update={"members": leads}), "letters": letters}).model_dump_json())
    assert flow.first_incomplete(young_leader) is Step.TEAM


def test_a_step_parent_is_a_relationship_of_its_own_and_saved_parents_and_guardians_still_open_as_before():
    """QA 12 P3-4: a stepfather had to be a "Guardian"; saved plans keep what they chose."""
    raw = '{"team": {"members": [{"id": "m1", "name": "Greg", "relationship": "%s", "role": "details"}]}}'
    assert Plan.model_validate_json(raw % "step_parent").team.members[0].relationship is Relationship.STEP_PARENT
    assert Plan.model_validate_json(raw % "guardian").team.members[0].relationship is Relationship.GUARDIAN


def _parents(under_18: bool, *people: tuple[Relationship, Role]) -> Plan:
    members = [Member(id=f"m{n}", name=f"P{n}", relationship=r, role=role) for n, (r, role) in enumerate(people, 1)]
    base = plan_through(Step.TEAM)
    return base.model_copy(update={"team": base.team.model_copy(update={"under_18": under_18, "members": members})})


MOM, DAD_ON_CALL = (Relationship.PARENT, Role.LEADER), (Relationship.PARENT, Role.BY_CALL)
STEPDAD, DAD_IN_ROOM = (Relationship.STEP_PARENT, Role.DETAILS), (Relationship.PARENT, Role.SPEAKER)


@pytest.mark.parametrize(
    ("under_18", "people", "two_homes"),
    [
        (True, [MOM, STEPDAD, DAD_ON_CALL], True),  # QA 12 g5: Michelle, stepfather Greg, and Dan on a call
        (True, [MOM, DAD_ON_CALL], True),  # one parent in the room, the other on a call
        (True, [MOM, STEPDAD], True),  # a parent with a new partner: the other parent most often lives elsewhere
        (True, [MOM, DAD_IN_ROOM], False),  # both parents in the room
        (True, [DAD_ON_CALL], False),  # one parent alone, even on a call
        (True, [MOM, (Relationship.GRANDPARENT, Role.BY_CALL)], False),
        (False, [MOM, STEPDAD, DAD_ON_CALL], False),  # an adult decides for themselves
    ],
)
def test_parents_in_two_homes_bring_the_question_of_whose_consent_and_which_papers(under_18, people, two_homes):
    plan = _parents(under_18, *people)
    assert flow.parents_in_two_homes(plan) is two_homes
    keys = flow.program_question_keys(plan)
    assert ("parents_apart" in keys) is two_homes
    if two_homes:
        assert keys[keys.index("young_person") + 1] == "parents_apart", "asked with the other questions about a teen"
        guide = load_content("en").pages["treatment"]
        asked = guide.questions_for(keys)
        young = guide.questions_when["young_person"]
        assert asked[len(young)] == guide.questions_when["parents_apart"][0]
    assert "parents_apart" not in flow.cautions(plan), "a question, not a caution"


def test_where_written_names_whose_letter_or_bottom_line_and_the_words():
    """QA 12 P2-3: a warning from a letter says whose letter and which words, so a false alarm can be fixed."""
    rules = (load_content("en").danger_words, load_content("es").danger_words)
    plan = Plan(
        letters={"m1": Letter(text="Last winter you hit me and broke the door.")},
        boundaries={"m2": MemberBoundaries(items=[Boundary(category=BoundaryCategory.MONEY, action="I will not pay. Dijiste que querías morir.", can_keep=CanKeep.YES)])},
        drafts={"statements": {"love_m3": ["I found you blue on the floor."]}},
    )
    found = flow.where_written(plan, list(DangerSign), rules)
    assert [(place.sign, place.step, place.member_id, place.words) for place in found] == [
        (DangerSign.OVERDOSE, Step.STATEMENTS, "m3", "found you blue"),
        (DangerSign.SUICIDAL, Step.BOUNDARIES, "m2", "querías morir"),
        (DangerSign.VIOLENCE, Step.STATEMENTS, "m1", "hit me"),
    ]
    assert flow.where_written(plan, [DangerSign.VIOLENCE], rules, [("letter_m1", "You hit me.")], Step.STATEMENTS) == [
        flow.WrittenDanger(DangerSign.VIOLENCE, Step.STATEMENTS, "m1", "hit me")
    ], "the same words typed again are named once"


def test_an_aunt_uncle_or_cousin_speaks_with_love_and_a_saved_other_still_speaks_with_care():
    """QA 15 P3-3: an aunt had to pick 'Other' and got a professional's care. A relative is family, not a
    caregiver; tokens that say 'other' keep meaning what they meant."""
    raw = '{"team": {"members": [{"id": "m1", "name": "Dana", "relationship": "%s", "role": "speaker"}]}}'
    assert Plan.model_validate_json(raw % "relative").team.members[0].relationship is Relationship.RELATIVE
    assert flow.voice(Relationship.RELATIVE) is Voice.LOVE
    assert Relationship.RELATIVE not in flow.CAREGIVERS
    saved = Plan.model_validate_json(raw % "other").team.members[0].relationship
    assert saved is Relationship.OTHER and flow.voice(saved) is Voice.CARE

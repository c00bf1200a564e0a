"""Every branch of the journey, as pure functions of a Plan.

Which steps apply, which are complete, where the family may go, what comes
next, and which approach fits. No HTTP, no templates: tests ask these
functions directly ("router tests without HTTP").
"""

import datetime
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from wizard import bottom_line_risks, danger_words
from wizard.bottom_line_risks import BottomLineRisks
from wizard.danger_words import DangerWords
from wizard.plan import Boundary, Member, Plan
from wizard.steps import SPEC_BY_STEP, STEPS, Step, in_danger
from wizard.vocabulary import (
    Approach,
    BottomLineRisk,
    BoundaryCategory,
    Coverage,
    DangerSign,
    EnablingHabit,
    Interventionist,
    Kin,
    Language,
    Objection,
    Relationship,
    Role,
    Situation,
    Substance,
    TreatmentOption,
    Voice,
    WarningSign,
    CHOICE_IDS,
    may_apply,
)

__all__ = [
    "Suggestion",
    "applicable_steps",
    "arrival",
    "asks_for_today",
    "at_work",
    "speaks_for_work",
    "voice",
    "bottom_line_cautions",
    "cautions",
    "cautions_raised",
    "cautions_about_line",
    "line_risks",
    "risks_cautioned",
    "checklist_arrival",
    "child_at_risk",
    "child_rules",
    "keeps_child_safe",
    "detox_first",
    "checklist_items",
    "danger_written",
    "dangers_known",
    "day_has_passed",
    "first_incomplete",
    "in_danger",
    "is_allowed",
    "is_complete",
    "is_open_approach",
    "is_older_adult",
    "is_pregnant",
    "has_served",
    "mixes_pills_and_alcohol",
    "needs_interpreter",
    "is_hard_of_hearing",
    "wakes_by_touch",
    "gambling_only",
    "leader",
    "may_use_opioids",
    "may_withdraw_unseen",
    "needs_naloxone",
    "newly_in_danger",
    "no_longer_holds",
    "noting_approach_change",
    "letters_for_old_approach",
    "still_to_read_again",
    "next_after",
    "noting_danger_written",
    "objections_for",
    "parents_involved",
    "parents_in_two_homes",
    "program_question_keys",
    "noting_bottom_line_risks",
    "previous_before",
    "resolve",
    "suggest_approach",
    "young_who_saw_danger",
    "needs_adult_behind",
    "takes_adults_say",
    "young_lines_alone",
]


def applicable_steps(plan: Plan) -> list[Step]:
    return [spec.step for spec in STEPS if spec.applies(plan)]


def is_complete(step: Step, plan: Plan) -> bool:
    """Done by the family *and* its answers still hold (state is untrusted)."""
    return step.value in plan.completed and SPEC_BY_STEP[step].form.holds_for(plan)


def no_longer_holds(step: Step, plan: Plan) -> bool:
    """Finished by the family once, but its saved answers fail a check added since (an adult in
    the room, say), with nothing typed on it since: the family is brought back to it, told why."""
    return step.value in plan.completed and not plan.drafts.get(step.value) and not SPEC_BY_STEP[step].form.holds_for(plan)


def first_incomplete(plan: Plan) -> Step:
    for step in applicable_steps(plan):
        if not is_complete(step, plan):
            return step
    return Step.PLAN


def is_allowed(step: Step, plan: Plan) -> bool:
    """A step is open when it applies and every applicable step before it is complete."""
    steps = applicable_steps(plan)
    if step not in steps:
        return False
    if step is Step.CRISIS:
        return True  # emergency help is never gated behind unfinished steps
    return all(is_complete(earlier, plan) for earlier in steps[: steps.index(step)])


def resolve(step: Step, plan: Plan) -> tuple[Step, bool]:
    """The step to show for a request for `step`, and whether the family was sent elsewhere."""
    if is_allowed(step, plan):
        return step, False
    return first_incomplete(plan), True


def next_after(step: Step, plan: Plan, back_to_review: bool = False) -> Step:
    """Where the family goes after completing `step`.

    Danger reported on the signs step always leads to the crisis page next.
    A change made from the review returns to the review once nothing is missing.
    """
    if step is Step.SIGNS and in_danger(plan):
        return Step.CRISIS
    # Not from the review itself: "back to the review" there would never move on.
    if back_to_review and step is not Step.REVIEW and is_allowed(Step.REVIEW, plan):
        return Step.REVIEW
    steps = applicable_steps(plan)
    later = steps[steps.index(step) + 1:] if step in steps else []
    candidate = later[0] if later else Step.PLAN
    return resolve(candidate, plan)[0]


def previous_before(step: Step, plan: Plan) -> Step:
    steps = applicable_steps(plan)
    if step not in steps or steps.index(step) == 0:
        return Step.START
    return steps[steps.index(step) - 1]


@dataclass(frozen=True)
class Suggestion:
    approach: Approach
    reasons: tuple[str, ...]  # ids of sentences in content/<lang>/suggestions.md


def suggest_approach(plan: Plan) -> Suggestion:
    """Suggest the approach that fits the answers; the family may always choose another.

    Danger comes first; then mental health concerns; then a job-linked situation; then a divided family;
    then repeated refusals. Otherwise the invitational approach, which studies
    found engages more people in treatment than confrontation.

    Withdrawal alone is a medical need, not an emergency to act on today: it asks for
    detox in the plan, and the rest of the answers choose the approach (the crisis
    approach's "let doctors or police handle it" does not fit a planned talk).

    Someone under 18 adds a reason, last, and leaves the approach as it is: NIDA's principles for
    teens say family pressure may help a teen enter and stay in treatment and family support matters
    in their recovery, which fits every approach; no source we cite says which approach suits a teen.
    """
    suggestion = _suggest_for_what_was_noticed(plan)
    if plan.team.under_18:
        return Suggestion(suggestion.approach, (*suggestion.reasons, "under_18"))
    return suggestion


def _suggest_for_what_was_noticed(plan: Plan) -> Suggestion:
    signs = plan.signs
    ticked = set(signs.danger)
    if DangerSign.HURT_BY_PARTNER in ticked and ticked <= {DangerSign.HURT_BY_PARTNER, DangerSign.WITHDRAWAL}:
        # The danger is to them, from someone else: the crisis approach's "let police handle it"
        # does not fit, and a surprise or a push would take their choices from someone who is
        # already controlled. An open invitation, once the hotline has helped judge it safe.
        withdrawal = ("withdrawal",) if DangerSign.WITHDRAWAL in ticked else ()
        return Suggestion(Approach.INVITATIONAL, ("hurt_by_partner", *withdrawal))
    if ticked == {DangerSign.WITHDRAWAL}:
        rest = _suggest_without_danger(plan)
        return Suggestion(rest.approach, ("withdrawal", *rest.reasons))
    if in_danger(plan):
        return Suggestion(Approach.CRISIS, ("danger",))
    return _suggest_without_danger(plan)


def _suggest_without_danger(plan: Plan) -> Suggestion:
    signs = plan.signs
    if Substance.MENTAL_HEALTH in signs.substances:
        # Concerns, not a crisis (the danger boxes catch that): an open invitation is gentler.
        return Suggestion(Approach.INVITATIONAL, ("mental_health",))
    if Situation.WORK_INVOLVED in signs.situation:
        return Suggestion(Approach.WORKPLACE, ("work_involved",))
    if Situation.FAMILY_DIVIDED in signs.situation:
        return Suggestion(Approach.FAMILY_SYSTEMIC, ("family_divided",))
    if Situation.REFUSED_HELP in signs.situation:
        reasons = ("refused_help",)
        if WarningSign.FAILED_QUITTING in signs.warning:
            reasons += ("failed_quitting",)
        return Suggestion(Approach.TRADITIONAL, reasons)
    return Suggestion(Approach.INVITATIONAL, ("invitation_first",))


def dangers_known(plan: Plan) -> list[DangerSign]:
    """Every danger the family told us of: ticked on the signs step, or written (danger_in_words)."""
    told = {*plan.signs.danger, *plan.danger_in_words}
    return [sign for sign in DangerSign if sign in told]


SURPRISE_APPROACHES = (Approach.JOHNSON, Approach.TRADITIONAL)
# No surprise and no secrets: the loved one is invited, and "no" leaves the invitation open.
OPEN_APPROACHES = (Approach.INVITATIONAL, Approach.FAMILY_SYSTEMIC)


# Treatment that starts with a stay: a yes means leaving at once, with a packed bag.
STAY_OPTIONS = (TreatmentOption.INPATIENT, TreatmentOption.DETOX)


def arrival(plan: Plan) -> str:
    """How a yes is acted on: "stay" (a bed is waiting: go straight there), "visit" (a first
    appointment: confirm it together and go with them) or "none" (nothing is arranged yet)."""
    option = plan.treatment.option
    if option is TreatmentOption.NOT_YET:
        return "none"
    return "stay" if option is None or option in STAY_OPTIONS else "visit"


def detox_first(plan: Plan) -> bool:
    """Withdrawal is known (ticked or written) and medical detox is not the chosen treatment: a yes must
    lead to medical detox first, the program's own or one it arranges (QA 14 P2-3: "we go straight to
    Lakeview residential program" for a mother in withdrawal, a few hours after her last drink).
    The treatment step, its questions for the program, the day's script and the checklist say so."""
    return DangerSign.WITHDRAWAL in dangers_known(plan) and plan.treatment.option is not TreatmentOption.DETOX


def uninsured(plan: Plan) -> bool:
    """No health insurance: programs are asked about lower fees, state-paid places and help to apply
    for Medicaid instead of a plan's network, approval and appeals. Unanswered, as "not sure", is not this."""
    return plan.treatment.coverage is Coverage.NO_INSURANCE


# What the loved one may take that is, or may be, an opioid: heroin, fentanyl, pain pills.
MAY_BE_OPIOIDS = (Substance.OPIOIDS, Substance.PRESCRIPTION, Substance.OTHER_DRUGS)
# Stimulants too, for naloxone: street cocaine and meth may hold fentanyl, though no opioid was ticked.
MAY_HOLD_OPIOIDS = (*MAY_BE_OPIOIDS, Substance.STIMULANTS)


def checklist_arrival(plan: Plan) -> str:
    """The rehearsal page comes before treatment is chosen: its checklist then covers every kind of program."""
    return "not_chosen" if plan.treatment.option is None else arrival(plan)


def may_involve(plan: Plan, kinds) -> bool:
    """One of these substances is ticked, or nothing is: with nothing ticked we cannot rule them out."""
    return may_apply(kinds, plan.signs.substances)


def suicide_risk(plan: Plan) -> bool:
    """Suicide talk ticked or written: a no, or a walk-out, must not leave them alone that night."""
    return DangerSign.SUICIDAL in dangers_known(plan)


def hurt_by_partner(plan: Plan) -> bool:
    """Someone hurting the loved one, ticked or written: what the family writes and prints may be seen by that person."""
    return DangerSign.HURT_BY_PARTNER in dangers_known(plan)


def sees_to_a_yes(plan: Plan) -> list[Member]:
    """Who acts on a yes, in the room: the details person (the bag, the ride, the call to the program), anyone
    the plan names as the driver, and whoever keeps the meeting on track. Where someone hurts the loved one,
    their printouts carry the warning about the loved one's phone (QA 13 P3-5), not only the plan."""
    lead = leader(plan)
    driver = plan.treatment.transport.casefold()
    return [
        member
        for member in plan.team.in_room()
        if member.role is Role.DETAILS
        or (lead is not None and member.id == lead.id)
        or (member.name.strip() and re.search(rf"\b{re.escape(member.name.strip().casefold())}\b", driver))
    ]


def needs_naloxone(plan: Plan) -> bool:
    """Pills and street drugs may hold fentanyl; with nothing ticked we cannot rule it out."""
    return may_involve(plan, MAY_HOLD_OPIOIDS)


def may_use_opioids(plan: Plan) -> bool:
    """Opioids may be what the loved one takes, so medicine for opioid use (methadone, buprenorphine) may come up."""
    return may_involve(plan, MAY_BE_OPIOIDS)


def checklist_items(plan: Plan, checklist) -> list[str]:
    return checklist.items_for(
        plan.approach,
        checklist_arrival(plan),
        needs_naloxone(plan),
        bool(plan.team.on_call()),
        long_drive=DangerSign.WITHDRAWAL in dangers_known(plan),  # withdrawal may start on the way to a far program
        interpreter=needs_interpreter(plan),
        hard_of_hearing=is_hard_of_hearing(plan),
        uninsured=uninsured(plan),
        hurt_by_partner=hurt_by_partner(plan),
        detox_first=detox_first(plan),
        young=tuple(member.name for member in plan.team.young()),
    )


# What a young person on the team may have seen, or heard of, and need support after (QA 13 P2-2).
FRIGHTENING = (DangerSign.OVERDOSE, DangerSign.SUICIDAL, DangerSign.VIOLENCE)


def young_who_saw_danger(plan: Plan) -> list[Member]:
    """Team members under 18, where an overdose, suicide talk or violence is known."""
    if not any(sign in FRIGHTENING for sign in dangers_known(plan)):
        return []
    return plan.team.young()


# Bottom lines that take an adult's say to keep: money, a home, a car, the police or courts (QA 13 P2-2).
ADULTS_SAY = (BoundaryCategory.MONEY, BoundaryCategory.HOUSING, BoundaryCategory.CAR, BoundaryCategory.LEGAL)


def takes_adults_say(
    plan: Plan, category: BoundaryCategory | str | None, text: str, rule_sets: tuple[BottomLineRisks, ...] | None = None
) -> bool:
    """A bottom line that takes an adult's say to keep: by its category, or, filed under "Something else",
    by its words ("I will call the police next time you drive high": bottom-line-risks.md). With no
    `rule_sets` (cautions() has no words to read), the words as the plan noted them after its last step."""
    if category in ADULTS_SAY:
        return True
    if category != BoundaryCategory.OTHER or not text.strip():
        return False
    if rule_sets is None:
        return BottomLineRisk.NEEDS_ADULTS_SAY in plan.bottom_line_risks
    return BottomLineRisk.NEEDS_ADULTS_SAY in bottom_line_risks.risks_in([text], rule_sets)


# Whom a young person's "Mom", "my step-dad", "la abuela" may mean on the team (QA 15 P3-1; the words are
# content: rules/bottom-line-risks.md kin_words). A teen may call a step-parent "Mom", so a parent word counts
# for one; "step-dad" does not count for a parent. An aunt or uncle is a relative, or "Other" in older plans.
KIN_RELATIONSHIPS = {
    Kin.PARENT: (Relationship.PARENT, Relationship.GUARDIAN, Relationship.STEP_PARENT),
    Kin.STEP_PARENT: (Relationship.STEP_PARENT,),
    Kin.GRANDPARENT: (Relationship.GRANDPARENT,),
    Kin.AUNT_UNCLE: (Relationship.RELATIVE, Relationship.OTHER),
}


@functools.cache
def _every_languages_risks() -> tuple[BottomLineRisks, ...]:
    """Every language's bottom-line words, loaded once, for a caller with none to give (cautions())."""
    from wizard.content import load_content  # content is loaded by the app; flow never needs it otherwise

    return tuple(load_content(language.value).bottom_line_risks for language in Language)


def needs_adult_behind(
    plan: Plan,
    member: Member,
    category: BoundaryCategory | str | None,
    helper: str,
    text: str = "",
    rule_sets: tuple[BottomLineRisks, ...] | None = None,
) -> bool:
    """A young person's bottom line that takes an adult's say to keep (takes_adults_say), with no adult on the
    team named under "Who will help me keep it?": by name, as the team step wrote it, or by what a young person
    calls them ("Mom", "mi papá": KIN_RELATIONSHIPS), by any language's words. A gentle caution, never
    a refusal: a young person's own small bottom lines (house rules, rides, covering up) are theirs to keep."""
    if not member.under_18 or not takes_adults_say(plan, category, text, rule_sets):
        return False
    said = (helper or "").casefold()
    # Not the interpreter: they stay neutral and keep no one's bottom line.
    adults = [m for m in plan.team.members if not m.under_18 and m.role is not Role.INTERPRETER]
    if any(m.name.strip() and re.search(rf"(?<!\w){re.escape(m.name.strip().casefold())}(?!\w)", said) for m in adults):
        return False
    if not said.strip():
        return True
    kin = bottom_line_risks.kin_named(helper, rule_sets or _every_languages_risks())
    return not any(m.relationship in KIN_RELATIONSHIPS[k] for k in kin for m in adults)


def young_lines_alone(plan: Plan, rule_sets: tuple[BottomLineRisks, ...] | None = None) -> list[Member]:
    """Team members under 18 with a bottom line only an adult can stand behind, and no adult named to help keep it.
    Pass `rule_sets` to read each "Something else" line's own words; without, as the plan noted them."""
    return [
        member
        for member in plan.team.writers()
        if member.id in plan.boundaries
        and any(
            needs_adult_behind(plan, member, item.category, item.helper, item.action, rule_sets)
            for item in plan.boundaries[member.id].items
        )
    ]


def asks_for_today(plan: Plan) -> bool:
    """A surprise meeting with a bed waiting asks for a yes today; an open invitation,
    a first appointment or nothing arranged yet does not ("the bed is ready today" would be untrue)."""
    return not is_open_approach(plan) and arrival(plan) == "stay"


def leader(plan: Plan) -> Member | None:
    """Who keeps the meeting on track: the leader, else whoever reads first in the room.

    Someone on a call cannot see the room or keep it calm (QA 11 P2-2: a daughter on a laptop
    a thousand miles away was handed the meeting), so a caller leads only when nobody else reads.
    Nor is a young person handed it while an adult reads or sits in, in the room (the team step refuses
    one chosen as Leader, QA 13 P2-2, and asks for a Leader when only young people read there, QA 15 P2-1).
    """
    ordered = plan.in_reading_order()
    chosen = next((m for m in plan.team.members if m.role is Role.LEADER), None)
    there = {member.id for member in plan.team.in_room()}
    room = [m for m in ordered if m.id in there]
    # An adult who sits in is there to keep it calm before a young reader is (QA 15 P2-1; the team step
    # now asks for a Leader then, so this is for a plan saved before that rule).
    sits_in = [m for m in plan.team.members if m.role is Role.SUPPORTER]
    adult = next((m for m in [*room, *sits_in] if not m.under_18), None)
    return chosen or adult or (room[0] if room else None) or (ordered[0] if ordered else None)


def call_starter(plan: Plan) -> Member | None:
    """Who starts the call for those joining by phone or video, and holds their letters in case it
    drops: whoever keeps the meeting on track, as long as they are in the room (QA 11 P2-2)."""
    if not plan.team.on_call():
        return None
    lead = leader(plan)
    return lead if lead is not None and lead.role is not Role.BY_CALL else None


def needs_leader_in_room(plan: Plan) -> bool:
    """Someone joins by call and no one was given the Leader role: the family should choose who,
    in the room, keeps the meeting on track, rather than leave it to the reading order."""
    members = plan.team.members
    return bool(plan.team.on_call()) and bool(plan.team.in_room()) and not any(m.role is Role.LEADER for m in members)


def at_work(plan: Plan) -> bool:
    """A workplace meeting, or one an employer leads: care and the facts of the job, not family love."""
    lead = leader(plan)
    return plan.approach is Approach.WORKPLACE or (lead is not None and lead.relationship is Relationship.EMPLOYER)


def speaks_for_work(relationship: Relationship | None) -> bool:
    """An employer or co-worker speaks for the workplace, not out of family love, whatever the approach
    (QA 13 P2-1): their letter's builder and check, their bottom-line letter and the replies they give.
    Chosen by who writes or answers, so a parent at a workplace meeting still says "I love you"."""
    return relationship is Relationship.EMPLOYER


# Outside the family and not from work: a counselor, pastor or EAP counselor, or "Other" (a union rep, a
# coach, a neighbour). They care, but "I love you" is not theirs to say. A friend keeps love, as friends do,
# and so does an aunt, uncle or cousin (Relationship.RELATIVE): family, though not a caregiver (CAREGIVERS).
SPEAKS_WITH_CARE = frozenset({Relationship.PROFESSIONAL, Relationship.OTHER})


def voice(relationship: Relationship | None) -> Voice:
    """How someone writes to the loved one: with the job's words (speaks_for_work), with care (someone
    outside the family who is not from work), or with love. One answer for their letter's builder, hint
    and check and for their bottom-line letter's opening. Chosen by who writes, so a parent at the same
    meeting keeps "I love you". Before the relationship is known (writing alone): love, as before."""
    if speaks_for_work(relationship):
        return Voice.WORK
    return Voice.CARE if relationship in SPEAKS_WITH_CARE else Voice.LOVE


def heard_at_work(plan: Plan, relationship: Relationship | None) -> bool:
    """At a workplace meeting (or one an employer leads), someone who writes with love (family or a friend)
    is told that the manager, HR and the union hear every word (QA 16 P2-2): love and home, not what they
    found or drug use at work unless they asked the EAP or a lawyer first. Not for whoever speaks for work
    or with care: their own tips already say what to keep to."""
    return at_work(plan) and voice(relationship) is Voice.LOVE


def is_pregnant(plan: Plan) -> bool:
    """Pregnancy changes what is safe: no sudden stop, medication for opioids, a program told first."""
    return Situation.PREGNANT in plan.signs.situation


def gambling_only(plan: Plan) -> bool:
    """Gambling with no alcohol or drugs ticked: no 'sober', no 'using', no detox in the words."""
    substances = set(plan.signs.substances)
    return Substance.GAMBLING in substances and substances <= {Substance.GAMBLING, Substance.MENTAL_HEALTH}


def has_served(plan: Plan) -> bool:
    """A veteran or service member: the VA coaches families, and treatment may be paid for."""
    return Situation.SERVED in plan.signs.situation


def is_older_adult(plan: Plan) -> bool:
    """65 or older: alcohol and medicines hit harder, falls are common, and Medicare may pay."""
    return Situation.OLDER in plan.signs.situation


def needs_interpreter(plan: Plan) -> bool:
    """The loved one is Deaf and signs, or needs an interpreter: a qualified interpreter, briefed,
    with every face seen and the letters in print, and a program that can talk with them.

    The box alone says so: an interpreter on the team may be there for someone else on the team.
    A loved one who is hard of hearing and does not sign has a box of their own (is_hard_of_hearing)."""
    return Situation.DEAF in plan.signs.situation


def is_hard_of_hearing(plan: Plan) -> bool:
    """The loved one is hard of hearing and does not sign: no interpreter, but hearing aids in, a quiet
    room, one voice at a time facing them, the letters in print to read along, and captions on a call."""
    return Situation.HARD_OF_HEARING in plan.signs.situation


def wakes_by_touch(plan: Plan) -> bool:
    """A shout may not reach them: someone Deaf, or someone hard of hearing (whose hearing aids may well be
    out when they cannot be woken). The overdose steps shake and rub first, and lose nothing by it."""
    return needs_interpreter(plan) or is_hard_of_hearing(plan)


def mixes_pills_and_alcohol(plan: Plan) -> bool:
    """Prescription pills and alcohol both ticked: together they slow breathing, even at a prescribed dose."""
    return {Substance.PRESCRIPTION, Substance.ALCOHOL} <= set(plan.signs.substances)


# Who on a team may be raising the loved one: a parent, a grandparent (many grandparents raise
# a grandchild when a parent cannot), or a guardian or other caregiver (an aunt raising her nephew).
# Help made for "parents and caregivers" fits them alike. Used only for that help (parents_involved), never
# for consent: a step-parent counts, since a parents' helpline fits a stepfather worried about his stepson,
# though he usually cannot sign for a minor's treatment (that question is parents_in_two_homes's).
CAREGIVERS = frozenset({Relationship.PARENT, Relationship.STEP_PARENT, Relationship.GRANDPARENT, Relationship.GUARDIAN})


def parents_involved(plan: Plan) -> bool:
    """The loved one is someone's child, and a parent or caregiver is asking: they are under 18
    (whoever is on the team answers for them), or a parent, step-parent, grandparent or guardian is on the team
    (a son, daughter, grandchild or someone they raised, of any age). Help made for parents, such as a parents' helpline, fits these families."""
    return plan.team.under_18 or any(member.relationship in CAREGIVERS for member in plan.team.members)


def parents_in_two_homes(plan: Plan) -> bool:
    """Someone under 18 whose parents may live apart, as the team shows it: a step-parent is on the team
    (a parent has a new partner, so the other parent most often lives elsewhere), or a parent joins by
    call while another parent is on the team. The program is asked whose consent it needs and what papers
    to bring; a wrong guess costs one question that begins "If the parents live apart"."""
    if not plan.team.under_18:
        return False
    members = plan.team.members
    parents = [member for member in members if member.relationship is Relationship.PARENT]
    step_parent = any(member.relationship is Relationship.STEP_PARENT for member in members)
    return step_parent or (len(parents) >= 2 and any(member.role is Role.BY_CALL for member in parents))


def program_question_keys(plan: Plan) -> tuple[str, ...]:
    """What brings its own questions for a program (content pages/treatment.md questions_when): withdrawal
    with no medical detox chosen, first; the cautions, and parents in two homes, asked right after the other questions about a teenager."""
    found = list(cautions(plan))
    if detox_first(plan):
        # First of all: a program that cannot manage withdrawal may turn them away at the door after a yes.
        found.insert(0, "withdrawal")
    if parents_in_two_homes(plan):
        at = found.index("young_person") + 1 if "young_person" in found else len(found)
        found.insert(at, "parents_apart")
    return tuple(found)


def is_open_approach(plan: Plan) -> bool:
    return plan.approach in OPEN_APPROACHES


def objections_for(plan: Plan) -> list[Objection]:
    """The objections worth rehearsing: "you went behind my back" cannot come up when nothing was hidden,
    "stopping will hurt the baby" only in a pregnancy, "methadone is swapping one drug for another"
    only where opioids may be used, "you can't make me, it's my choice" only for someone under 18, and
    "you're not my real dad" only where a step-parent is at the meeting (typed in other words, it is found
    wherever it is said: content.RehearsalGuidance.heard_in)."""
    offered_only_if = {
        Objection.AMBUSH: not is_open_approach(plan),
        Objection.THE_BABY: is_pregnant(plan),
        Objection.CANT_MAKE_ME: plan.team.under_18,
        Objection.NOT_MY_PARENT: any(member.relationship is Relationship.STEP_PARENT for member in plan.team.present()),
        Objection.SWAPPING_DRUGS: may_use_opioids(plan),
    }
    return [o for o in Objection if offered_only_if.get(o, True)]


def cautions(plan: Plan) -> tuple[str, ...]:
    """Where the answers call for care the family may not expect (ids in content/<lang>/suggestions.md).

    The approach cards say some of it, folded away: a surprise meeting is risky when
    someone has been in danger, and is not for a family to run alone; a workplace
    intervention is led by the employer. The rest follows from other answers: no
    treatment arranged yet, a loved one under 18, and a bottom line that takes alcohol
    or pills away suddenly from someone who already has withdrawal.
    Shown on the team step, the review and the plan, and on the page after the answer that raised it.
    """
    if plan.approach is None:
        return ()
    found: list[str] = []
    known = dangers_known(plan)
    danger = bool(known)
    # Withdrawal alone is a medical danger, not an emergency someone lived through: its cautions
    # speak of detox and a doctor, not of "someone has been in danger".
    only_withdrawal = known == [DangerSign.WITHDRAWAL]
    led_by_family = plan.team.interventionist in (Interventionist.FAMILY_LEADS, Interventionist.CONSIDERING)
    if DangerSign.VIOLENCE in known or DangerSign.HURT_BY_PARTNER in known:
        # Stronger than the other danger cautions, and said instead of them: no planned
        # meeting until a professional has looked at the risk (as the crisis page says).
        # Someone hurting the loved one has its own: keep the plan from them, reach the loved one safely.
        if DangerSign.VIOLENCE in known:
            found.append(_as_told("violence", DangerSign.VIOLENCE, plan))
        if DangerSign.HURT_BY_PARTNER in known:
            found.append(_as_told("hurt_by_partner", DangerSign.HURT_BY_PARTNER, plan))
            if BottomLineRisk.CUTS_CONTACT in plan.bottom_line_risks:
                found.append("hurt_by_partner_contact")
    elif danger:
        # Danger only in what the family wrote says so, not "you told us" of a box they never ticked.
        kind = (
            _as_told("withdrawal", DangerSign.WITHDRAWAL, plan)
            if only_withdrawal
            else "danger" if plan.signs.danger else "danger_written"
        )
        if plan.approach in SURPRISE_APPROACHES:
            found.append(f"{kind}_surprise")
        elif led_by_family:
            found.append(f"{kind}_no_professional")
    if DangerSign.CHILD_AT_RISK in known and (
        BottomLineRisk.KEEPS_CHILD_SAFE in plan.bottom_line_risks
        or any(item.category is BoundaryCategory.CHILDCARE for own in plan.boundaries.values() for item in own.items)
    ):
        # A rule that keeps a child safe, written as a bottom line: it starts now, and the plan prints it apart (QA 14 P2-2).
        found.append(_as_told("child_rule", DangerSign.CHILD_AT_RISK, plan))
    if not danger and plan.approach in SURPRISE_APPROACHES and led_by_family:
        found.append("surprise_no_professional")
    employer = any(member.relationship is Relationship.EMPLOYER for member in plan.team.members)
    if plan.approach is Approach.WORKPLACE and plan.team.members and not employer:
        found.append("workplace_no_employer")
    if needs_leader_in_room(plan):
        found.append("leader_in_room")
    if arrival(plan) == "none":
        found.append("no_treatment_yet")
    if needs_interpreter(plan):
        # Before the teen and other program questions: a program that cannot talk with them cannot treat them.
        found.append("interpreter")
    if is_hard_of_hearing(plan):
        # Beside the interpreter's: how they can follow every word, and what to ask a program.
        found.append("hard_of_hearing")
    if plan.team.under_18:
        found.append("young_person")
        if BottomLineRisk.TAKES_HOME in plan.bottom_line_risks:
            found.append("young_person_home")
    if young_lines_alone(plan):  # a "Something else" line by its words as noted (noting_bottom_line_risks)
        found.append("young_member_line")
    # An interpreter stays neutral and has no part to agree on (the Deaf box's caution speaks of booking one);
    # a counselor who supports the meeting without a letter (an EAP counselor) has a part and privacy rules to agree.
    if any(m.relationship is Relationship.PROFESSIONAL and m.role is not Role.INTERPRETER for m in plan.team.members):
        # What a school counselor must report about a minor is for a teen's family only.
        found.append("professional_on_team_young" if plan.team.under_18 else "professional_on_team")
    if is_pregnant(plan):
        found.append("pregnancy")
    if has_served(plan):
        found.append("military")
    if is_older_adult(plan):
        found.append("older_adult")
    if mixes_pills_and_alcohol(plan):
        found.append("pills_with_alcohol")
    stops_supply = BottomLineRisk.TAKES_SUPPLY in plan.bottom_line_risks or any(
        EnablingHabit.BUYING_ALCOHOL in own.enabling for own in plan.boundaries.values()
    )
    if DangerSign.WITHDRAWAL in known and stops_supply:
        found.append(_as_told("withdrawal_supply", DangerSign.WITHDRAWAL, plan))
    elif may_withdraw_unseen(plan):
        found.append("withdrawal_supply_possible")
    return tuple(found)


def may_withdraw_unseen(plan: Plan) -> bool:
    """A bottom line takes alcohol or pills away ("I will pour out the wine and take your Ativan"), and they
    drink or take pills, though no one has seen withdrawal (QA 16 P1-1: a daughter who never saw her mother
    go a day without wine cannot tick "shaky"). Someone who drinks or takes sleeping or anxiety pills every
    day may have a seizure if they stop at once, so the line is cautioned, with "if they … every day"."""
    uses = may_apply((Substance.ALCOHOL, Substance.PRESCRIPTION), plan.signs.substances)
    return uses and BottomLineRisk.TAKES_SUPPLY in plan.bottom_line_risks and DangerSign.WITHDRAWAL not in dangers_known(plan)


def _as_told(caution: str, sign: DangerSign, plan: Plan) -> str:
    """A caution that says "You told us…" of a danger box, or its "_written" twin ("Something you
    wrote sounds like…") where the danger is only in the family's words: the same advice, but it
    does not put words in their mouth, so a false alarm ("beating me at chess") can be recognised."""
    return caution if sign in plan.signs.danger else f"{caution}_written"


# Cautions that change which bottom lines are safe: the boundaries page opens with them.
BOTTOM_LINE_CAUTIONS = (
    "violence",
    "violence_written",
    "hurt_by_partner",
    "hurt_by_partner_written",
    "hurt_by_partner_contact",
    "young_person",
    "young_person_home",
    "young_member_line",
    "pregnancy",
    "withdrawal_supply",
    "withdrawal_supply_written",
    "withdrawal_supply_possible",
    "child_rule",
    "child_rule_written",
)


def bottom_line_cautions(plan: Plan) -> tuple[str, ...]:
    """A young or pregnant person must keep a safe home; a dependent drinker must not lose alcohol all at once;
    someone being hurt by a partner must keep a safe way to reach the family."""
    return tuple(key for key in cautions(plan) if key in BOTTOM_LINE_CAUTIONS)


# The caution each risk in a bottom line's words brings, where it matters for this family: the
# "_written" twin where the danger behind it is known only from the family's words (_as_told).
RISK_CAUTIONS = {
    BottomLineRisk.TAKES_SUPPLY: ("withdrawal_supply", "withdrawal_supply_written", "withdrawal_supply_possible"),
    BottomLineRisk.TAKES_HOME: ("young_person_home",),
    BottomLineRisk.CUTS_CONTACT: ("hurt_by_partner_contact",),
    BottomLineRisk.KEEPS_CHILD_SAFE: ("child_rule", "child_rule_written"),
}


def risks_cautioned(plan: Plan) -> dict[BottomLineRisk, str]:
    """The risks that bring a caution for this family when a bottom line's words show them, each with
    its caution (a contact cut only where someone hurts the loved one, a home only for someone under 18).
    The bottom-lines page hands these risks to its live check, so typing is answered as the page
    answers after Save."""
    found = {}
    for risk, keys in RISK_CAUTIONS.items():
        raised = cautions(plan.model_copy(update={"bottom_line_risks": [risk]}))
        if key := next((key for key in keys if key in raised), None):
            found[risk] = key
    return found


def child_at_risk(plan: Plan) -> bool:
    """A child is not safe, ticked or written: rules that keep a child safe start now, whatever the
    answer, so they are not bottom lines (QA 14 P2-2). The bottom-lines page does not offer
    "Children and visits" then, and says why."""
    return DangerSign.CHILD_AT_RISK in dangers_known(plan)


def keeps_child_safe(item: Boundary, rule_sets: tuple[BottomLineRisks, ...]) -> bool:
    """A bottom line that is a rule keeping a child safe: one in "Children and visits" (a plan saved
    before the category was held back, or posted without the page), or one whose words say so."""
    return item.category is BoundaryCategory.CHILDCARE or BottomLineRisk.KEEPS_CHILD_SAFE in bottom_line_risks.risks_in(
        [item.action], rule_sets
    )


def child_rules(plan: Plan, member: Member, rule_sets: tuple[BottomLineRisks, ...]) -> list[Boundary]:
    """One person's bottom lines that keep a child safe, where a child is not safe: the plan prints
    them as rules that start now, whatever the answer, never as "if you say no" (QA 14 P2-2).
    Never dropped: the family's words move to "Safety first". Empty when no child is at risk."""
    if not child_at_risk(plan):
        return []
    own = plan.boundaries.get(member.id)
    return [item for item in own.items if keeps_child_safe(item, rule_sets)] if own else []


def line_risks(text: str, cautioned: Iterable[BottomLineRisk], rule_sets: tuple[BottomLineRisks, ...]) -> tuple[BottomLineRisk, ...]:
    """The risks one bottom line shows that bring a caution for this family (risks_cautioned)."""
    cautioned = set(cautioned)
    return tuple(risk for risk in bottom_line_risks.risks_in([text], rule_sets) if risk in cautioned)


def cautions_about_line(plan: Plan, text: str, rule_sets: tuple[BottomLineRisks, ...]) -> tuple[str, ...]:
    """The cautions this one bottom line brings for this family: the note on the bottom-lines page is about it."""
    cautioned = risks_cautioned(plan)
    return tuple(cautioned[risk] for risk in line_risks(text, cautioned, rule_sets))


def bottom_line_cautions_raised(before: Plan, after: Plan) -> tuple[str, ...]:
    """Cautions a bottom line just typed brings (a home taken from someone under 18): said on
    the bottom-lines page itself, beside the words, not a page later."""
    known = bottom_line_cautions(before)
    return tuple(key for key in bottom_line_cautions(after) if key not in known)


def cautions_raised(before: Plan, after: Plan) -> tuple[str, ...]:
    """Cautions this step's answers brought up: the next page opens with them.

    The team step shows the cautions known when it opens; one that its own answer
    raises (a family leading after danger) would otherwise wait for the review.
    """
    known = set(cautions(before))
    return tuple(key for key in cautions(after) if key not in known)


def day_has_passed(plan: Plan, today: datetime.date | None = None) -> bool:
    """The meeting day is before yesterday: most often a typo, or 5/12 read the other way round.

    A day of slack, because the server's clock is UTC and the family's evening may
    already be tomorrow here. A notice on the review, never an error: the family decides.
    """
    if not plan.logistics.date:
        return False
    try:
        day = datetime.date.fromisoformat(plan.logistics.date)
    except ValueError:
        return False
    today = today or datetime.datetime.now(datetime.UTC).date()
    return day < today - datetime.timedelta(days=1)


def noting_bottom_line_risks(plan: Plan, rule_sets: tuple[BottomLineRisks, ...]) -> Plan:
    """The plan, knowing what its typed bottom lines do (pour out the drink, move out):
    read again after every step, so a reworded or removed line clears its caution."""
    texts = [item.action for own in plan.boundaries.values() for item in own.items]
    risks = [risk for risk in bottom_line_risks.risks_in(texts, rule_sets) if risk is not BottomLineRisk.NEEDS_ADULTS_SAY]
    # Money, a home, a car or the police in words matter only in a young person's "Something else" line with no
    # adult named to help keep it: noted only then, so cautions() knows it without the words. Last in the order.
    if any(
        item.category is BoundaryCategory.OTHER and needs_adult_behind(plan, member, item.category, item.helper, item.action, rule_sets)
        for member in plan.team.writers()
        for item in (plan.boundaries[member.id].items if member.id in plan.boundaries else ())
    ):
        risks.append(BottomLineRisk.NEEDS_ADULTS_SAY)
    return plan if risks == list(plan.bottom_line_risks) else plan.model_copy(update={"bottom_line_risks": risks})


def _has_written_letters(plan: Plan) -> bool:
    return any(letter.text.strip() for letter in plan.letters.values())


def _has_bottom_lines(plan: Plan) -> bool:
    return any(own.items or own.enabling or own.enabling_other for own in plan.boundaries.values())


def _has_letters(plan: Plan) -> bool:
    return _has_written_letters(plan) or _has_bottom_lines(plan)


# The step where each is read again after an approach change.
READ_AGAIN = {Step.STATEMENTS: "letters_read_again", Step.BOUNDARIES: "bottom_lines_read_again"}


def noting_approach_change(before: Plan, after: Plan, step: Step) -> Plan:
    """The plan, remembering which approach its letters and bottom lines were written for when the
    approach changes under them (QA 13 P3-4: "They have a bed for you today, please go today" left in
    an open invitation).

    Saving the letters step again means the letters were read again, and the bottom-lines step the
    bottom lines: once both are, it is forgotten (QA 14 P3-4: saving the letters alone dropped a note
    that also asked for the bottom lines). Changing back to the approach they were written for forgets it too."""
    if step in READ_AGAIN:
        if after.letters_written_for is None:
            return after
        update = {READ_AGAIN[step]: True}
        if all(update.get(flag, getattr(after, flag)) for flag in READ_AGAIN.values()):
            update = {"letters_written_for": None, **{flag: False for flag in READ_AGAIN.values()}}
        return after.model_copy(update=update)
    if before.approach is not None and after.approach != before.approach and _has_letters(after):
        written_for = before.letters_written_for or before.approach
        written_for = None if written_for == after.approach else written_for
        # Changed again: both are to be read again for the new approach.
        return after.model_copy(update={"letters_written_for": written_for, **{flag: False for flag in READ_AGAIN.values()}})
    return after


def letters_for_old_approach(plan: Plan) -> Approach | None:
    """The approach the letters and bottom lines were written for, when it is no longer the plan's:
    the review, the letters step and the bottom-lines step ask the family to read them again."""
    old = plan.letters_written_for
    return old if old is not None and plan.approach is not None and old != plan.approach and bool(still_to_read_again(plan)) else None


def still_to_read_again(plan: Plan) -> tuple[str, ...]:
    """What is still to be read again after an approach change: "letters", "bottom_lines", or both.
    Only what was written: a plan with no bottom lines is not asked to read them."""
    if plan.letters_written_for is None:
        return ()
    letters = _has_written_letters(plan) and not plan.letters_read_again
    bottom_lines = _has_bottom_lines(plan) and not plan.bottom_lines_read_again
    return (*(["letters"] if letters else []), *(["bottom_lines"] if bottom_lines else []))


def newly_in_danger(before: Plan, after: Plan) -> bool:
    """Danger ticked just now, even on the way back: the crisis page comes next."""
    return bool(set(after.signs.danger) - set(before.signs.danger))


def danger_written(
    texts: Iterable[str], answered: Iterable[DangerSign], rule_sets: tuple[DangerWords, ...]
) -> list[DangerSign]:
    """Danger the family wrote (not ticked) that no page has answered yet: it opens the next page."""
    answered = set(answered)
    return [sign for sign in danger_words.mentioned(texts, rule_sets) if sign not in answered]


@dataclass(frozen=True)
class WrittenDanger:
    """Where the family wrote of a danger: the step, whose letter or bottom lines (a member id,
    if anyone's), and their own words that raised it ("beating me"). For the page and the plan only."""

    sign: DangerSign
    step: Step
    member_id: str | None
    words: str


_MEMBER_FIELD = re.compile(r"_(m[0-9]{1,3})(?:_[0-9]+)?$")  # "love_m1", "action_m2_0", "enabling_other_m3"


def _texts_by_place(plan: Plan, typed: Iterable[tuple[str, str]], typed_on: Step | None):
    """Every text `Plan.words_typed` reads, with the step and the person it belongs to."""
    for member_id, letter in plan.letters.items():
        for text in (letter.love, letter.moments, letter.request, letter.support, letter.text):
            yield Step.STATEMENTS, member_id, text
    for member_id, kept in plan.boundaries.items():
        for text in (*(item.action for item in kept.items), kept.enabling_other):
            yield Step.BOUNDARIES, member_id, text
    yield Step.TEAM, None, plan.team.loved_one
    yield Step.TEAM, None, plan.team.professional
    yield Step.TREATMENT, None, plan.logistics.place
    yield Step.TREATMENT, None, plan.treatment.transport
    yield Step.REHEARSAL, None, plan.rehearsal.walkout_words
    for card in plan.rehearsal.objections:
        yield Step.REHEARSAL, None, card.custom
        yield Step.REHEARSAL, None, card.reply
    places = [(Step(slug), draft.items()) for slug, draft in plan.drafts.items() if slug in {s.value for s in Step}]
    if typed_on is not None:
        places.append((typed_on, typed))
    for step, fields in places:
        for name, values in fields:
            member = _MEMBER_FIELD.search(name)
            for value in [values] if isinstance(values, str) else values:
                if value not in CHOICE_IDS:
                    yield step, member.group(1) if member else None, value


def where_written(
    plan: Plan,
    signs: Iterable[DangerSign],
    rule_sets: tuple[DangerWords, ...],
    typed: Iterable[tuple[str, str]] = (),
    typed_on: Step | None = None,
) -> list[WrittenDanger]:
    """Where each of `signs` was written, and the words that raised it: a family who sees a
    warning can find the words, and reword them if they were about a game or a joke.

    `typed` are (field name, text) pairs on the page `typed_on`, not yet saved in the plan.
    Read afresh each time and never remembered: these are the family's own words.
    """
    wanted = set(signs)
    found: list[WrittenDanger] = []
    seen = set()
    for step, member_id, text in _texts_by_place(plan, typed, typed_on):
        if not text or not text.strip() or not wanted:
            continue
        if not wanted.intersection(danger_words.mentioned([text], rule_sets)):
            continue  # most texts: the remembered check says no, without finding the words again
        for sign, words in danger_words.phrases_in(text, rule_sets).items():
            if sign in wanted and (sign, step, member_id, words.lower()) not in seen:
                seen.add((sign, step, member_id, words.lower()))
                found.append(WrittenDanger(sign, step, member_id, words))
    order = list(DangerSign)
    return sorted(found, key=lambda place: order.index(place.sign))


def noting_danger_written(plan: Plan, typed: Iterable[str], rule_sets: tuple[DangerWords, ...]) -> tuple[Plan, list[DangerSign]]:
    """The signs to answer on this page, and the plan that remembers they were answered.

    Remembered so a letter about a past overdose does not bring the notice back on
    every page; a ticked sign already had its crisis page. A sign whose words are
    gone from every text is forgotten, so a reworded false alarm ("I almost died
    laughing") leaves the review and the printouts.
    """
    now = danger_words.mentioned([*plan.words_typed(), *typed], rule_sets)
    answered = {*plan.danger_in_words, *plan.signs.danger}
    spoken = [sign for sign in now if sign not in answered]
    remembered = [sign for sign in plan.danger_in_words if sign in now] + spoken
    if remembered != list(plan.danger_in_words):
        plan = plan.model_copy(update={"danger_in_words": remembered})
    return plan, spoken

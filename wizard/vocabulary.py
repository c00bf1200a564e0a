"""The closed sets of answer ids the wizard understands.

Code branches on these ids (flow.py) and content must give a label for each
(content.py checks both directions at start-up), so they live in one place.
"""

from enum import StrEnum


class WarningSign(StrEnum):
    LIES_SECRECY = "lies_secrecy"
    PHYSICAL_EMOTIONAL = "physical_emotional"
    NEGLECTED_RESPONSIBILITIES = "neglected_responsibilities"
    LEGAL_MONEY = "legal_money"
    FAILED_QUITTING = "failed_quitting"


class Substance(StrEnum):
    ALCOHOL = "alcohol"
    PRESCRIPTION = "prescription"
    OPIOIDS = "opioids"
    STIMULANTS = "stimulants"
    OTHER_DRUGS = "other_drugs"
    GAMBLING = "gambling"
    EATING = "eating"
    MENTAL_HEALTH = "mental_health"


def may_apply(kinds, ticked) -> bool:
    """Words or steps about some substances apply when one of them is ticked, or when nothing
    is (we cannot rule them out); with no kinds named, they apply to everyone."""
    return not kinds or not ticked or bool(set(kinds) & set(ticked))


class DangerSign(StrEnum):
    OVERDOSE = "overdose"
    SUICIDAL = "suicidal"
    VIOLENCE = "violence"
    # Someone (a partner, or someone they live with) is hurting the loved one: the danger is to them,
    # not from them. Its own card, caution and program question (flow.cautions), and a bottom line
    # that cuts off contact raises a caution (BottomLineRisk.CUTS_CONTACT).
    HURT_BY_PARTNER = "hurt_by_partner"
    CHILD_AT_RISK = "child_at_risk"
    WITHDRAWAL = "withdrawal"


class Situation(StrEnum):
    """Facts about the family's situation that change which approach fits."""

    WORK_INVOLVED = "work_involved"
    REFUSED_HELP = "refused_help"
    FAMILY_DIVIDED = "family_divided"
    PREGNANT = "pregnant"  # changes what is safe, not which approach fits: see flow.cautions
    SERVED = "served"  # a veteran or service member: the VA and military help for families (flow.cautions)
    OLDER = "older"  # 65 or older: medicines, falls, Medicare and programs for older adults (flow.cautions)
    DEAF = "deaf"  # Deaf and signs, or needs an interpreter: a qualified interpreter, seating, letters in print (flow.cautions)
    # Hard of hearing and does not sign (QA 11 P2-1): hearing aids, a quiet room, faces, letters to read along, captions.
    # Before it, "deaf" was the only box for any hearing loss; old tokens holding "deaf" keep meaning Deaf/interpreter.
    HARD_OF_HEARING = "hard_of_hearing"


class BottomLineRisk(StrEnum):
    """What a typed bottom line may do that is unsafe for some families (bottom_line_risks.py)."""

    TAKES_SUPPLY = "takes_supply"  # pours out alcohol or takes pills away: withdrawal
    TAKES_HOME = "takes_home"  # moves out, locks out: never for someone under 18
    CUTS_CONTACT = "cuts_contact"  # no calls, no talking: a lifeline lost for someone being hurt by a partner
    # A rule that keeps a child safe ("not alone with you", supervised visits): where a child is not safe it
    # starts now, whatever the answer, so the plan prints it under "Safety first", not in a letter for a no (QA 14 P2-2).
    KEEPS_CHILD_SAFE = "keeps_child_safe"
    # Money, a home, a car, the police or courts: takes an adult's say to keep. Only ever about a line from someone
    # under 18 on the team, filed under "Something else" (the other categories say it themselves, flow.ADULTS_SAY),
    # with no adult named to help keep it; the plan notes it only then (flow.noting_bottom_line_risks).
    NEEDS_ADULTS_SAY = "needs_adults_say"


class Approach(StrEnum):
    TRADITIONAL = "traditional"
    FAMILY_SYSTEMIC = "family_systemic"
    CRISIS = "crisis"
    WORKPLACE = "workplace"
    INVITATIONAL = "invitational"
    JOHNSON = "johnson"


class Relationship(StrEnum):
    PARENT = "parent"
    # A stepmother or stepfather (QA 12 P3-4): before it, one had to pick "Guardian". Usually no legal say in
    # a minor's consent, but counts for help made for parents (flow.CAREGIVERS); with a parent it shows two homes.
    STEP_PARENT = "step_parent"
    GRANDPARENT = "grandparent"  # often the one raising them: counts as a caregiver (flow.CAREGIVERS)
    GUARDIAN = "guardian"  # an aunt, uncle, cousin or family friend raising them, or a legal guardian: a caregiver too
    PARTNER = "partner"
    CHILD = "child"
    SIBLING = "sibling"
    FRIEND = "friend"
    EMPLOYER = "employer"
    PROFESSIONAL = "professional"  # a counselor, pastor or doctor: their part and their privacy rules agreed first (flow.cautions)
    OTHER = "other"  # someone else: a neighbour, a coach, a union rep; speaks with care, not love (flow.voice)
    # An aunt, uncle, cousin or other relative not raising them (QA 15 P3-3): family, so the love voice.
    # Before it, they had to choose "Other" and got a professional's "care" words; old tokens keep "other".
    RELATIVE = "relative"


class Kin(StrEnum):
    """What a young person may call an adult on the team under "Who will help me keep it?" ("Mom", "mi papá",
    QA 15 P3-1): the words are content (rules/bottom-line-risks.md kin_words); flow.KIN_RELATIONSHIPS says
    which relationships each may mean."""

    PARENT = "parent"
    STEP_PARENT = "step_parent"
    GRANDPARENT = "grandparent"
    AUNT_UNCLE = "aunt_uncle"


class Role(StrEnum):
    LEADER = "leader"
    SPEAKER = "speaker"
    DETAILS = "details"
    LETTER_ONLY = "letter_only"
    BY_CALL = "by_call"  # joins by phone or video and reads their own letter; cannot follow a walk-out
    INTERPRETER = "interpreter"  # interprets for everyone and stays neutral: no letter, no bottom line, no part to play (plan.Team)
    # Sits in to support and speaks only if asked: an EAP counselor, HR or a union rep at a work meeting (QA 13 P3-6).
    # No letter, no bottom line, no card; not someone who reads, so a team of them alone is refused (forms.team).
    SUPPORTER = "supporter"


class Voice(StrEnum):
    """How a team member speaks to the loved one in their letter (flow.voice). Never stored in a plan:
    it follows from the relationship, so old tokens need nothing."""

    LOVE = "love"  # family and friends: "I love you"
    CARE = "care"  # a counselor, pastor or other professional, or "Other": care, not a family's love
    WORK = "work"  # an employer or co-worker: what they value in the work, and the job's facts


class Interventionist(StrEnum):
    BOOKED = "booked"
    CONSIDERING = "considering"
    FAMILY_LEADS = "family_leads"


class TreatmentOption(StrEnum):
    ASSESSMENT = "assessment"  # first a professional's assessment (often through work's EAP)
    DETOX = "detox"
    INPATIENT = "inpatient"
    OUTPATIENT = "outpatient"
    MEDICATION = "medication"
    MENTAL_HEALTH = "mental_health"
    NOT_YET = "not_yet"


class Coverage(StrEnum):
    """How treatment will be paid for: which questions about cost fit (content pages/treatment.md).
    Unanswered and NOT_SURE ask everything, as before the question existed."""

    PRIVATE_PLAN = "private_plan"
    MEDICAID_MEDICARE = "medicaid_medicare"
    NO_INSURANCE = "no_insurance"  # the plan's network, approval and appeal questions give way to cost questions
    NOT_SURE = "not_sure"


class Language(StrEnum):
    ENGLISH = "en"
    SPANISH = "es"




class LetterPart(StrEnum):
    """The guided parts of a letter, in the order they are put together."""

    LOVE = "love"
    MOMENTS = "moments"
    REQUEST = "request"
    SUPPORT = "support"


class BoundaryCategory(StrEnum):
    MONEY = "money"
    HOUSING = "housing"
    CAR = "car"
    CONTACT = "contact"
    CHILDCARE = "childcare"
    COVERING_UP = "covering_up"
    LEGAL = "legal"
    OTHER = "other"


class EnablingHabit(StrEnum):
    PAYING_DEBTS = "paying_debts"
    MAKING_EXCUSES = "making_excuses"
    BUYING_ALCOHOL = "buying_alcohol"
    GIVING_CASH = "giving_cash"
    CLEANING_UP = "cleaning_up"
    BAILING_OUT = "bailing_out"
    HIDING_FROM_FAMILY = "hiding_from_family"
    RIDES = "rides"


class CanKeep(StrEnum):
    YES = "yes"
    NOT_SURE = "not_sure"


class Objection(StrEnum):
    STOP_ON_OWN = "stop_on_own"
    NOT_NOW = "not_now"
    YOU_DRINK_TOO = "you_drink_too"
    NOT_THAT_BAD = "not_that_bad"
    CANT_AFFORD = "cant_afford"
    GO_LATER = "go_later"
    THE_KIDS = "the_kids"
    TRIED_BEFORE = "tried_before"  # treatment before, then a return to use
    SWAPPING_DRUGS = "swapping_drugs"  # methadone or buprenorphine; rehearsed only where opioids may be used (flow.objections_for)
    THE_BABY = "the_baby"  # rehearsed only in a pregnancy (flow.objections_for)
    CANT_MAKE_ME = "cant_make_me"  # "you can't make me, it's my choice": rehearsed only for someone under 18 (flow.objections_for)
    # "You're not my real dad, you don't get a say": rehearsed where a step-parent is on the team (flow.objections_for),
    # and found in a typed "Something else" card by its words (content guidance/rehearsal.md `heard`).
    NOT_MY_PARENT = "not_my_parent"
    AMBUSH = "ambush"
    OTHER = "other"


# Every enum whose labels live in content/<lang>/choices.md, by the key used there.
LABELLED_CHOICES: dict[str, type[StrEnum]] = {
    "situation": Situation,
    "relationship": Relationship,
    "role": Role,
    "interventionist": Interventionist,
    "treatment_option": TreatmentOption,
    "coverage": Coverage,
    "can_keep": CanKeep,
    "language": Language,
}


# Every id a box or a list can send. A draft keeps them beside the words typed, and they
# are not the family's words: "overdose" from a ticked box is not a letter about one.
CHOICE_IDS = frozenset(
    value
    for vocabulary in (WarningSign, Substance, DangerSign, Situation, Approach, Relationship, Role, Interventionist)
    + (TreatmentOption, Coverage, Language, LetterPart, BoundaryCategory, EnablingHabit, CanKeep, Objection)
    for value in vocabulary
)

# Cautions the answers call for (flow.cautions); content/<lang>/suggestions.md words each one.
# What the checklist knows of the program (flow.checklist_arrival): content words each one.
CHECKLIST_ARRIVALS = ("not_chosen", "stay", "visit", "none")

# A caution for danger found only in what the family wrote ("Something you wrote sounds like…"), and
# its twin for a ticked box ("You told us…"): it brings what the twin brings (program questions).
WRITTEN_CAUTIONS = {
    "violence_written": "violence",
    "hurt_by_partner_written": "hurt_by_partner",
    "withdrawal_supply_written": "withdrawal_supply",
    "child_rule_written": "child_rule",
    "withdrawal_written_surprise": "withdrawal_surprise",
    "withdrawal_written_no_professional": "withdrawal_no_professional",
}

# Cautions that bring their own questions for a program (content/<lang>/pages/treatment.md).
# "parents_apart" is no caution: a fact about the team that brings its own question (flow.program_question_keys);
# nor is "withdrawal": withdrawal known and no medical detox chosen, asked first (QA 14 P2-3).
QUESTION_CAUTIONS = (
    "withdrawal",
    "interpreter",
    "hard_of_hearing",
    "young_person",
    "parents_apart",
    "pregnancy",
    "military",
    "older_adult",
    "hurt_by_partner",
)

CAUTION_IDS = (
    "danger_surprise",
    "danger_no_professional",
    "danger_written_surprise",
    "danger_written_no_professional",
    "withdrawal_surprise",
    "withdrawal_no_professional",
    # Withdrawal, violence and someone hurting them found only in what the family wrote: "Something you wrote…".
    "withdrawal_written_surprise",
    "withdrawal_written_no_professional",
    "withdrawal_supply_written",
    "violence_written",
    "hurt_by_partner_written",
    "surprise_no_professional",
    "workplace_no_employer",
    "leader_in_room",
    "withdrawal_supply",
    # A bottom line takes alcohol or pills away from someone who drinks or takes pills, with no withdrawal seen (QA 16 P1-1).
    "withdrawal_supply_possible",
    "no_treatment_yet",
    "young_person",
    "pregnancy",
    "military",
    "violence",
    "young_person_home",
    # A team member under 18 with a bottom line about money, a home, a car or the law, and no adult named to keep it with them.
    "young_member_line",
    "older_adult",
    "pills_with_alcohol",
    "professional_on_team",
    "professional_on_team_young",
    "interpreter",
    "hurt_by_partner",
    "hurt_by_partner_contact",
    "hard_of_hearing",
    # A bottom line that keeps a child safe, where a child is not safe: it starts now (QA 14 P2-2).
    "child_rule",
    "child_rule_written",
)

"""The Plan: everything the family has told us, as one typed value.

The Plan travels inside the page (see token.py), so every request treats it as
untrusted input: pydantic checks every type, id and length each time a token is
decoded, and unknown keys are refused. Derived facts (is anyone in danger? what
comes next?) are computed by flow.py and never stored here.
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from wizard.vocabulary import (
    CHOICE_IDS,
    Approach,
    BottomLineRisk,
    BoundaryCategory,
    CanKeep,
    Coverage,
    EnablingHabit,
    Objection,
    DangerSign,
    Interventionist,
    Language,
    Relationship,
    Role,
    Situation,
    Substance,
    TreatmentOption,
    WarningSign,
)

FORMAT_VERSION = 1
MAX_MEMBERS = 12
SHORT_TEXT = 120
MEDIUM_TEXT = 500
LETTER_TEXT = 20_000
PART_TEXT = 6_000
BOUNDARY_TEXT = 2_000
MAX_BOUNDARIES = 3
MAX_OBJECTIONS = 4
MAX_COMPLETED = 20

MemberId = Annotated[str, StringConstraints(pattern=r"^m[0-9]{1,3}$")]
StepSlug = Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,20}$")]
ShortText = Annotated[str, StringConstraints(max_length=SHORT_TEXT)]
MediumText = Annotated[str, StringConstraints(max_length=MEDIUM_TEXT)]
LetterText = Annotated[str, StringConstraints(max_length=LETTER_TEXT)]
PartText = Annotated[str, StringConstraints(max_length=PART_TEXT)]
BoundaryText = Annotated[str, StringConstraints(max_length=BOUNDARY_TEXT)]
DateText = Annotated[str, StringConstraints(pattern=r"^([0-9]{4}-[0-9]{2}-[0-9]{2})?$")]
TimeText = Annotated[str, StringConstraints(pattern=r"^([0-9]{2}:[0-9]{2})?$")]
# A draft is the raw text of a form the family left before it was valid:
# field name -> the values typed, capped so a draft cannot grow without bound.
DRAFT_NAME = 100
DRAFT_VALUES = MAX_MEMBERS * 4
DRAFT_FIELDS = 200
MAX_DRAFT_STEPS = 20
DraftField = Annotated[str, StringConstraints(max_length=DRAFT_NAME)]
DraftValues = Annotated[list[LetterText], Field(max_length=DRAFT_VALUES)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Signs(Strict):
    warning: list[WarningSign] = []
    substances: list[Substance] = []
    danger: list[DangerSign] = []
    situation: list[Situation] = []


class Member(Strict):
    id: MemberId
    name: ShortText
    relationship: Relationship
    role: Role
    # A young person on the team (QA 13 P2-2): a counselor's advice first, a letter an adult may read,
    # and not the one who answers objections or follows a walk-out. False for plans saved before it was asked.
    under_18: bool = False


def writes_letter(role: Role) -> bool:
    """Who writes a letter and a bottom line: everyone but an interpreter, who passes on
    every person's words and must stay neutral, so has no words of their own in the plan,
    and someone who supports the meeting without a letter (an EAP counselor, HR, a union rep)."""
    return role not in (Role.INTERPRETER, Role.SUPPORTER)


def physically_there(role: Role) -> bool:
    """Who is in the room on the day, speaking or not (an interpreter, a supporter): not someone on a call
    or sending a letter only. A young person is never the only one from the team there (forms.team)."""
    return role not in (Role.BY_CALL, Role.LETTER_ONLY)


def speaks_at_meeting(role: Role) -> bool:
    """Who reads a letter or answers for the team on the day: a writer who is there (in the room or on a call)."""
    return writes_letter(role) and role is not Role.LETTER_ONLY


class Team(Strict):
    loved_one: ShortText = ""
    under_18: bool = False  # a young person: teen programs, no bottom line that takes away a home
    interventionist: Interventionist | None = None
    professional: ShortText = ""  # who leads, and how to reach them, when a professional does
    members: Annotated[list[Member], Field(max_length=MAX_MEMBERS)] = []

    def writers(self) -> list["Member"]:
        """Those who write a letter and may write a bottom line: everyone but an interpreter or a supporter."""
        return [member for member in self.members if writes_letter(member.role)]

    def present(self) -> list["Member"]:
        """The people who speak at the meeting, in the room or on a call: not those who send a letter only,
        and not an interpreter (there, but neutral: they read no one's letter and answer nothing), nor a
        supporter (there, but speaks only if asked)."""
        return [member for member in self.members if speaks_at_meeting(member.role)]

    def in_room(self) -> list["Member"]:
        """Those physically there: someone on a call cannot follow a loved one who walks out."""
        return [member for member in self.present() if member.role is not Role.BY_CALL]

    def on_call(self) -> list["Member"]:
        return [member for member in self.members if member.role is Role.BY_CALL]

    def young(self) -> list["Member"]:
        """Team members under 18 (not the loved one: that is `under_18` above)."""
        return [member for member in self.members if member.under_18]

    @field_validator("members")
    @classmethod
    def _one_id_per_person(cls, members: list[Member]) -> list[Member]:
        # Letters, boundaries and the fields and HTML ids of every page are keyed by
        # member id; two people sharing one would be mixed up on every page.
        ids = [member.id for member in members]
        if len(set(ids)) != len(ids):
            raise ValueError("two team members share an id")
        return members


class Letter(Strict):
    """One member's letter: the guided parts, the whole text they edit, and who reads it when."""

    love: PartText = ""
    moments: PartText = ""
    request: PartText = ""
    support: PartText = ""
    text: LetterText = ""
    order: Annotated[int, Field(ge=1, le=MAX_MEMBERS)] = 1
    reader: MemberId | None = None  # someone else reads it when its writer is not in the room


class Boundary(Strict):
    category: BoundaryCategory
    action: BoundaryText
    can_keep: CanKeep
    helper: ShortText = ""


class MemberBoundaries(Strict):
    """What one member will do if the answer is no, and the enabling habits they will stop."""

    items: Annotated[list[Boundary], Field(max_length=MAX_BOUNDARIES)] = []
    enabling: list[EnablingHabit] = []
    enabling_other: ShortText = ""


class ObjectionCard(Strict):
    objection: Objection
    custom: ShortText = ""
    answered_by: MemberId | None = None
    reply: MediumText = ""


class Rehearsal(Strict):
    objections: Annotated[list[ObjectionCard], Field(max_length=MAX_OBJECTIONS)] = []
    walkout_follower: MemberId | None = None
    walkout_words: MediumText = ""


class Treatment(Strict):
    option: TreatmentOption | None = None
    facility: ShortText = ""
    contact: ShortText = ""
    admission_confirmed: bool = False
    insurance_checked: bool = False
    coverage: Coverage | None = None  # how it will be paid for; None (plans from before it was asked) as not sure
    bag_packed: bool = False
    transport: ShortText = ""


class Logistics(Strict):
    date: DateText = ""
    time: TimeText = ""
    place: MediumText = ""


class Plan(Strict):
    version: Literal[1] = FORMAT_VERSION
    lang: Language = Language.ENGLISH
    signs: Signs = Signs()
    # Danger the family's own words mentioned (danger_words.py) and that a page has
    # already answered with emergency help, so the notice is not repeated each page.
    danger_in_words: Annotated[list[DangerSign], Field(max_length=len(DangerSign))] = []
    # What the typed bottom lines do that may be unsafe (bottom_line_risks.py), read again
    # from the bottom lines after every step, so a reworded line clears its caution.
    bottom_line_risks: Annotated[list[BottomLineRisk], Field(max_length=len(BottomLineRisk))] = []
    approach: Approach | None = None
    # The approach the letters and bottom lines were written for, kept only after the approach changed
    # under them (flow.noting_approach_change): the review asks the family to read them again. None
    # (plans from before, and once the letters and bottom-lines steps are both saved again) says nothing.
    letters_written_for: Approach | None = None
    # Which of the two were read again since (QA 14 P3-4: the note asks for both, so it stays until both are).
    # False in plans from before: a note they were showing still asks for both.
    letters_read_again: bool = False
    bottom_lines_read_again: bool = False
    team: Team = Team()
    letters: Annotated[dict[MemberId, Letter], Field(max_length=MAX_MEMBERS)] = {}
    boundaries: Annotated[dict[MemberId, MemberBoundaries], Field(max_length=MAX_MEMBERS)] = {}
    rehearsal: Rehearsal = Rehearsal()
    treatment: Treatment = Treatment()
    logistics: Logistics = Logistics()
    completed: Annotated[list[StepSlug], Field(max_length=MAX_COMPLETED)] = []
    drafts: Annotated[
        dict[StepSlug, Annotated[dict[DraftField, DraftValues], Field(max_length=DRAFT_FIELDS)]],
        Field(max_length=MAX_DRAFT_STEPS),
    ] = {}

    def words_typed(self) -> list[str]:
        """Every free text the family wrote, drafts included (danger_words.py reads them all)."""
        texts = [self.team.loved_one, self.team.professional, self.logistics.place, self.treatment.transport, self.rehearsal.walkout_words]
        for letter in self.letters.values():
            texts += [letter.love, letter.moments, letter.request, letter.support, letter.text]
        for kept in self.boundaries.values():
            texts += [item.action for item in kept.items] + [kept.enabling_other]
        texts += [text for card in self.rehearsal.objections for text in (card.custom, card.reply)]
        texts += [value for draft in self.drafts.values() for values in draft.values() for value in values if value not in CHOICE_IDS]
        return [text for text in texts if text]

    def member_ids(self) -> list[str]:
        return [member.id for member in self.team.members]

    def member(self, member_id: str | None) -> Member | None:
        return next((m for m in self.team.members if m.id == member_id), None)

    def in_reading_order(self) -> list[Member]:
        """The letter writers sorted by the reading order they chose (ties keep team order); an interpreter has no letter."""
        position = {m.id: i for i, m in enumerate(self.team.members)}
        return sorted(
            self.team.writers(),
            key=lambda m: (self.letters[m.id].order if m.id in self.letters else MAX_MEMBERS + 1, position[m.id]),
        )

    def with_completed(self, slug: str) -> "Plan":
        completed = self.completed if slug in self.completed else [*self.completed, slug]
        if len(completed) > MAX_COMPLETED:
            # Only a hand-edited plan file lists this many (repeats, made-up steps), and
            # model_copy does not validate: the next page's token could not be opened and
            # every answer would be lost. Keep each real step once instead.
            completed = [done for done in dict.fromkeys(completed) if done in _step_slugs()]
        drafts = {key: value for key, value in self.drafts.items() if key != slug}
        return self.model_copy(update={"completed": completed, "drafts": drafts})

    def with_draft(self, slug: str, draft: dict[str, list[str]]) -> "Plan":
        # A draft holds text the form refused, so it may be longer than the schema allows;
        # model_copy does not validate, and a token holding it could not be opened again
        # (every answer lost). Keep as much as fits.
        fitted = {
            name[:DRAFT_NAME]: [value[:LETTER_TEXT] for value in values[:DRAFT_VALUES]]
            for name, values in list(draft.items())[:DRAFT_FIELDS]
        }
        drafts = {**self.drafts, slug: fitted}
        if len(drafts) > MAX_DRAFT_STEPS:  # as in with_completed: only real steps' drafts
            drafts = {step: draft for step, draft in drafts.items() if step in _step_slugs()}
        return self.model_copy(update={"drafts": drafts})

    def without_completed(self, slug: str) -> "Plan":
        return self.model_copy(update={"completed": [done for done in self.completed if done != slug]})


def _step_slugs() -> set[str]:
    from wizard.steps import Step  # not at the top: steps.py imports this module

    return {step.value for step in Step}

"""Every word a family reads: Markdown files with YAML front matter under content/<lang>/.

Loaded and checked once at start-up (python-frontmatter with the safe YAML
loader, pydantic for the shape of each kind of page, Markdown for bodies), so
a typo in a content file fails `make test` with the file name and the problem
instead of failing a family's visit.
"""

import functools
import re
import string
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import frontmatter
import markdown
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from wizard.bottom_line_risks import BottomLineRisks
from wizard.checker import CheckerRules, PatternRule, matches_of, plain_apostrophes
from wizard.danger_words import DangerWords, without_accents
from wizard.phones import unbroken_numbers
from wizard.vocabulary import (
    CAUTION_IDS,
    CHECKLIST_ARRIVALS,
    QUESTION_CAUTIONS,
    WRITTEN_CAUTIONS,
    LABELLED_CHOICES,
    may_apply,
    Approach,
    BoundaryCategory,
    Coverage,
    DangerSign,
    EnablingHabit,
    LetterPart,
    Objection,
    Relationship,
    Language,
    Substance,
    Voice,
    WarningSign,
)

CONTENT_ROOT = Path(__file__).resolve().parent.parent / "content"
STEP_SLUGS = (
    "start", "signs", "crisis", "approach", "team",
    "statements", "boundaries", "rehearsal", "treatment", "review", "plan",
)  # fmt: skip
REASON_IDS = (
    "danger", "mental_health", "work_involved", "family_divided",
    "refused_help", "failed_quitting", "invitation_first", "withdrawal", "under_18", "hurt_by_partner",
)  # fmt: skip


class ContentError(Exception):
    """One or more content files are broken; the message lists each file and problem."""


class Page(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)
    body: Markup = Markup("")


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str
    url: str

    @field_validator("url")
    @classmethod
    def must_be_https(cls, value: str) -> str:
        if not re.fullmatch(r"https://[^\s]+", value):
            raise ValueError("a source url must start with https://")
        return value


class FieldText(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str
    hint: str = ""
    hint_gambling: str = ""  # in place of `hint` when gambling is the whole problem (flow.gambling_only)

    def hint_for(self, gambling_only: bool) -> str:
        return self.hint_gambling if gambling_only and self.hint_gambling else self.hint


class StepPage(Page):
    title: str
    lead: str = ""
    lead_signed: str = ""  # in place of `lead` when the loved one is Deaf and signs (flow.needs_interpreter)
    # Under the lead while someone is hurting the loved one (flow.hurt_by_partner): what is written may be seen.
    note_hurt_by_partner: str = ""
    fields: dict[str, FieldText] = {}
    sources: list[Source] = []

    def lead_for(self, signed: bool) -> str:
        return self.lead_signed if signed and self.lead_signed else self.lead


class OptionPage(Page):
    id: str
    label: str
    hint: str = ""
    sources: list[Source]


class SubstancePage(OptionPage):
    safety: str  # one plan line: what keeps this person safe (withdrawal, naloxone, Poison Control)


class WakeByTouch(Page):
    """Overdose steps that can wake a Deaf or hard-of-hearing person by touch first.

    `wake` is a sentence of the body (a shout, then a chest rub); `wake_by_touch` takes its place in
    `body_by_touch`, which the loader makes from the same Markdown, so every other step (911, naloxone)
    stays word for word the same."""

    wake: str = ""
    wake_by_touch: str = ""
    body_by_touch: Markup = Markup("")

    def body_for(self, by_touch: bool) -> Markup:
        return self.body_by_touch if by_touch and self.body_by_touch else self.body


class DangerPage(OptionPage, WakeByTouch):
    first_action: str
    # Where another sign's note already says to call 911 (two signs in one letter): what this one adds, or nothing.
    first_action_also: str = ""
    plan_note: str = ""  # printed after the first step in the plan's "Safety first"
    # Said where the danger is first found in the family's own words (the page after, the live letter note):
    # someone hurting the loved one may find what was written (QA 13 P3-5).
    written_note: str = ""
    opioid_note: str = ""  # on the crisis page only where opioids may be involved (flow.may_use_opioids)
    # Beside the first step where the loved one is Deaf or hard of hearing (flow.wakes_by_touch): how they
    # can reach the line without a voice call (QA 14 P3-3: 988 in ASL by video).
    deaf_note: str = ""
    numbers: list["Number"] = []  # the lines for this sign (a hotline), shown as buttons with its first step


class ApproachPage(Page):
    id: str
    name: str
    summary: str
    fits: list[str]
    not_fits: list[str]
    how_it_runs: list[str]
    who_leads: str
    after: str
    families_say: str
    research: str
    sources: list[Source]


class Number(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    label: str
    number: str
    href: str
    when: str

    @field_validator("href")
    @classmethod
    def must_be_phone_or_text(cls, value: str) -> str:
        if not re.fullmatch(r"(tel|sms):[0-9+?&=A-Za-z]+", value):
            raise ValueError("href must be a tel: or sms: link")
        return value


DangerPage.model_rebuild()  # its `numbers` are Numbers, declared just above


class AvoidTerm(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    pattern: str
    instead: str

    @field_validator("pattern")
    @classmethod
    def compiles(cls, value: str) -> str:
        re.compile(value)
        return value


class LanguagePage(Page):
    """The words our own voice never uses (checked over every content file by the tests)."""

    title: str
    avoid: list[AvoidTerm]
    sources: list[Source]

    def stigma_pattern(self) -> re.Pattern:
        return re.compile(r"\b(?:" + "|".join(f"(?:{term.pattern})" for term in self.avoid) + r")\b", re.IGNORECASE)


class CrisisPage(WakeByTouch):
    title: str
    lead: str
    numbers: list[Number]
    sources: list[Source]


class GuidancePage(Page):
    title: str
    lead: str
    tips: list[str]
    sources: list[Source]


class PartText(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str
    hint: str
    starter: str


class VoiceLines(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    care: str
    work: str


class LettersGuidance(GuidancePage):
    # The page's tips are for the whole team: "Start with love" stays, and each voice someone on the team
    # writes in (flow.voice) adds its own line after it.
    tips_by_voice: VoiceLines
    parts: dict[str, PartText]
    # For an employer or co-worker (flow.speaks_for_work): what they value in the person's work and the
    # facts of the job, not "I love you". Only the parts that differ; the others are shared.
    parts_work: dict[str, PartText]
    # For a counselor, pastor or "Other" (flow.voice is care): care, not a family's love. Only the parts that differ.
    parts_care: dict[str, PartText]

    @model_validator(mode="after")
    def work_parts_are_parts(self):
        for name, parts in (("parts_work", self.parts_work), ("parts_care", self.parts_care)):
            unknown = set(parts) - set(self.parts)
            if unknown:
                raise ValueError(f"{name} names parts that do not exist: {', '.join(sorted(unknown))}")
        return self

    def parts_for(self, voice: Voice) -> dict[str, PartText]:
        return {**self.parts, **{Voice.WORK: self.parts_work, Voice.CARE: self.parts_care}.get(voice, {})}

    def tips_for(self, voices: set[Voice]) -> list[str]:
        """The page's tips where the team's writers speak in `voices`: a line for care or work after "Start with love"."""
        own = [line for voice, line in ((Voice.CARE, self.tips_by_voice.care), (Voice.WORK, self.tips_by_voice.work)) if voice in voices]
        return [*self.tips[:1], *own, *self.tips[1:]]
    by_approach: dict[str, str]
    order_tip: str
    reader_tip: str
    young_member: str  # {name}: shown with the letter of a team member under 18
    # With the letter of a family member or friend at a workplace meeting (flow.heard_at_work): who will hear it.
    work_family_note: str


class TitledTips(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str
    tips: list[str]


class Walkout(TitledTips):
    choose_follower: str  # advice until someone is chosen; the plan then names them instead
    under_18: str  # a parent or guardian still answers for where a minor goes
    suicide_risk: str  # after suicide talk, walking out does not end the watch: someone follows or checks

    def tips_for(self, follower_named: bool, under_18: bool = False, suicide_risk: bool = False, asl: str = "") -> list[str]:
        """`asl`: said after "call or text 988" for a Deaf or hard-of-hearing loved one (presenters.asl_note)."""
        tips = list(self.tips) if follower_named else [*self.tips[:1], self.choose_follower, *self.tips[1:]]
        # Right after "let them go", so nobody reads that as "and leave them alone".
        watch = [" ".join(filter(None, (self.suicide_risk, asl)))] if suicide_risk else []
        return [*tips[:1], *watch, *tips[1:], *([self.under_18] if under_18 else [])]


class RelationshipsGuidance(Page):
    title: str
    lead: str
    relationships: dict[str, TitledTips]
    sources: list[Source]


class Category(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str
    examples: list[str]
    examples_under_18: list[str] | None = None  # in place of `examples` for a young person
    examples_gambling: list[str] | None = None  # in place of both when gambling is the whole problem

    def examples_for(self, under_18: bool, gambling_only: bool = False) -> list[str]:
        if gambling_only and self.examples_gambling is not None:
            return self.examples_gambling
        return self.examples if not under_18 or self.examples_under_18 is None else self.examples_under_18


class BottomLine(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    opening: str
    closing: str
    # An employer or co-worker speaks for the workplace, not out of family love.
    opening_work: str
    closing_work: str
    opening_care: str  # someone outside the family (a counselor, a coach): care, not love


class BoundariesGuidance(GuidancePage):
    categories: dict[str, Category]
    enabling: dict[str, str]  # the family's checkbox labels ("Paying their debts or bills")
    enabling_in_letter: dict[str, str]  # the same habits said to the loved one, after "I will also stop:"
    bottom_line: BottomLine
    keep_tip: str
    not_sure: str
    # Where a child is not safe (flow.child_at_risk), ticked or only written: why "Children and visits" is not offered.
    child_at_risk_note: str
    child_at_risk_note_written: str


class ObjectionText(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    says: str
    reply: str
    reply_not_today: str | None = None  # no "the bed is ready today" (flow.asks_for_today)
    reply_at_work: str | None = None  # a manager cannot promise that "the bills" are taken care of (flow.at_work)
    # Said by an employer or co-worker (flow.speaks_for_work), where the reply speaks of family love or
    # of what the family arranged: the facts of the job instead (QA 13 P2-1).
    reply_by_employer: str | None = None
    # Said by a counselor, pastor or "Other" (flow.voice is care), where the reply speaks of family love: care instead.
    reply_with_care: str | None = None
    note: str | None = None  # for the family, not said aloud: what to check before the day, how to say it
    # The words that say it, found in a card the family typed under "Something else" (RehearsalGuidance.heard_in):
    # matched case-blind, accents and curly apostrophes made plain, each example proved by the tests.
    heard: PatternRule | None = None

    def reply_in(self, voice: Voice) -> str | None:
        """The reply's own words for someone who speaks with the job's words or with care (flow.voice), if it has them."""
        return {Voice.WORK: self.reply_by_employer, Voice.CARE: self.reply_with_care}.get(voice)

    def reply_for(self, today: bool, at_work: bool = False, voice: Voice = Voice.LOVE) -> str:
        """`voice`: how the one who answers speaks (flow.voice)."""
        if own := self.reply_in(voice):
            return own
        if at_work and self.reply_at_work:
            return self.reply_at_work
        return self.reply if today or not self.reply_not_today else self.reply_not_today


class AfterRefusal(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str
    do: list[str]
    avoid: list[str]
    by_approach: dict[str, str]  # what the chosen approach does first after a no
    naloxone: str  # only where drugs that may hold opioids are in the picture
    suicide_risk: str  # only where suicide talk is known: the night of a no comes first

    def do_for(self, approach, naloxone: bool, suicide_risk: bool = False, asl: str = "") -> list[str]:
        """`asl`: said after "call or text 988" for a Deaf or hard-of-hearing loved one (presenters.asl_note)."""
        first = [self.by_approach[approach.value]] if approach else []
        watch = [" ".join(filter(None, (self.suicide_risk, asl)))] if suicide_risk else []
        return [*watch, *first, *self.do, *([self.naloxone] if naloxone else [])]


class TeamAdvice(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str
    by_approach: dict[str, str]
    include: list[str]
    leave_out: list[str]
    letter_instead: str


class Checklist(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str
    items: list[str]
    by_approach: dict[str, list[str]]  # checked first: what the chosen approach needs in place
    by_arrival: dict[str, list[str]]  # then the program: a bed, a first visit, nothing yet, or not chosen
    # In place of `by_arrival`'s lines, where given, for a family with no health insurance (flow.uninsured).
    by_arrival_no_insurance: dict[str, list[str]] = {}
    naloxone: str  # only where drugs that may hold opioids are in the picture
    by_call: str  # only where someone joins by phone or video
    long_drive: str  # only where withdrawal is known: it may start on a long drive to the program
    interpreter: str  # only where the loved one is Deaf and signs, or needs an interpreter
    hard_of_hearing: str  # only where the loved one is hard of hearing and does not sign
    hard_of_hearing_by_call: str  # and someone joins by call: a voice through a laptop is the hardest to follow
    hurt_by_partner: str  # only where someone is hurting them: the day, the place and the program kept from that person
    young_member: str  # {name}: one line for each team member under 18
    # Only where withdrawal is known and medical detox is not the chosen treatment (flow.detox_first).
    detox_first: str

    def items_for(
        self,
        approach,
        arrival: str,
        naloxone: bool,
        by_call: bool = False,
        long_drive: bool = False,
        interpreter: bool = False,
        hard_of_hearing: bool = False,
        uninsured: bool = False,
        hurt_by_partner: bool = False,
        young: tuple[str, ...] = (),
        detox_first: bool = False,
    ) -> list[str]:
        """Keeping the plan from whoever hurts them, first; then the chosen approach's needs, the program's
        and the drive there, naloxone, the call, the interpreter and hearing, then what every meeting needs."""
        first = [*([self.hurt_by_partner] if hurt_by_partner else []), *(self.by_approach[approach.value] if approach else [])]
        drive = [self.long_drive] if long_drive else []
        extras = [
            *([self.naloxone] if naloxone else []),
            *([self.by_call] if by_call else []),
            *([self.interpreter] if interpreter else []),
            *([self.hard_of_hearing] if hard_of_hearing else []),
            *([self.hard_of_hearing_by_call] if hard_of_hearing and by_call else []),
            *(self.young_member.format(name=name) for name in young),
        ]
        program = self.by_arrival_no_insurance.get(arrival, self.by_arrival[arrival]) if uninsured else self.by_arrival[arrival]
        # Right after the program's own lines: what it said about withdrawal on arrival.
        program = [*program, *([self.detox_first] if detox_first else [])]
        return [*first, *program, *drive, *extras, *self.items]


class RehearsalGuidance(Page):
    title: str
    lead: str
    objections: dict[str, ObjectionText]
    checklist: Checklist
    walkout: Walkout
    after_refusal: AfterRefusal
    team: TeamAdvice
    sources: list[Source]

    def heard_in(self, words: str, every_language: tuple["RehearsalGuidance", ...] = ()) -> str | None:
        """The objection a family's own words say, if its `heard` words know them: "You're not my real dad"
        typed under "Something else" gets that card's calm reply. None where nothing matches.

        `every_language`: each language's rehearsal guidance. A Spanish-speaking family on the English page
        may type "No eres mi papá": its words are tried after this page's, and the key found is answered
        in this page's language (the objection keys are the same in every language)."""
        plain = without_accents(plain_apostrophes(words))
        for guidance in (self, *(other for other in every_language if other is not self)):
            found = next((key for key, text in guidance.objections.items() if text.heard and matches_of(text.heard, plain)), None)
            if found in self.objections:
                return found
        return None


class UiPage(Page):
    strings: dict[str, Any]
    errors: dict[str, str]


class ChoicesPage(Page):
    choices: dict[str, dict[str, str]]


class SuggestionsPage(Page):
    reasons: dict[str, str]
    cautions: dict[str, str]
    sources: list[Source] = []  # where a caution states a medical or legal fact


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TreatmentChoice(Strict):
    name: str
    what: str
    good_for: str
    time: str
    for_substances: list[Substance] = []  # detox, medicines, gambling help: only where they apply (may_apply)


class TreatmentPage(Page):
    """Kinds of treatment, what to ask a program, and the reminder to call ahead."""

    title: str
    lead: str
    options: dict[str, TreatmentChoice]
    video_visits: str  # after the kinds: care by video when the nearest program is far away
    # Beside the choice of treatment where withdrawal is known (flow.detox_first): ask about medical detox.
    withdrawal_note: str
    questions: list[str]
    questions_when: dict[str, list[str]]  # asked first when a caution applies (vocabulary.QUESTION_CAUTIONS)
    # In place of `questions_when`'s lines, where given, for a family with no health insurance (flow.uninsured):
    # an older adult is not asked about "Medicare" as if they had it.
    questions_when_no_insurance: dict[str, list[str]] = {}
    insurance: list[str]  # about cost, for a plan, Medicaid or Medicare, or when no one said
    insurance_public: list[str]  # after `insurance` for Medicaid or Medicare: whichever they have
    insurance_unsure: list[str]  # after `insurance` only when no one said how it is paid: whether they may qualify, or have none
    no_insurance: list[str]  # about cost, in place of `insurance`, for a family with no health insurance (flow.uninsured)
    no_insurance_note: str  # where help with the cost comes from when there is no insurance
    call_ahead: str
    sources: list[Source]

    def options_for(self, ticked) -> dict[str, TreatmentChoice]:
        return {key: option for key, option in self.options.items() if may_apply(option.for_substances, ticked)}

    def questions_for(self, cautions, uninsured: bool = False) -> list[str]:
        """Whether they can talk with the loved one, a teen program or care in pregnancy is the first thing to ask about, when it applies."""
        keys = [WRITTEN_CAUTIONS.get(key, key) for key in cautions]  # "hurt_by_partner_written" asks what "hurt_by_partner" asks
        when = {**self.questions_when, **self.questions_when_no_insurance} if uninsured else self.questions_when
        return [*(q for key in keys if key in when for q in when[key]), *self.questions]

    def cost_questions(self, coverage: Coverage | None) -> list[str]:
        """The questions about cost that fit how treatment is paid for; unanswered asks them all, as before it was asked."""
        if coverage is Coverage.NO_INSURANCE:
            return self.no_insurance
        extra = {Coverage.PRIVATE_PLAN: [], Coverage.MEDICAID_MEDICARE: self.insurance_public}
        return [*self.insurance, *extra.get(coverage, self.insurance_unsure)]


class Outcome(Strict):
    title: str
    steps: list[str]
    # The same steps for a family with no health insurance (flow.uninsured), where a step names it; empty: `steps`.
    steps_no_insurance: list[str] = []

    def steps_for(self, uninsured: bool) -> list[str]:
        return self.steps_no_insurance if uninsured and self.steps_no_insurance else self.steps


class SupportGroup(Strict):
    name: str
    what: str
    url: str
    for_substances: list[Substance] = []  # Al-Anon for drinking, Gam-Anon for gambling (may_apply)
    for_parents: bool = False  # a helpline for parents and caregivers (flow.parents_involved)

    @field_validator("url")
    @classmethod
    def must_be_https(cls, value: str) -> str:
        return Source.must_be_https(value)


class AfterNaloxone(Strict):
    """Naloxone lines for a no and for the months after, kept apart so a family whose
    loved one only drinks or gambles is not told about opioids (flow.needs_naloxone)."""

    if_no: str
    follow_up: str
    safer_use: str  # fentanyl in pills that look real, test strips, never alone: while they still use


class AfterSuicideRisk(Strict):
    """The line a no adds where suicide talk is known (flow.suicide_risk)."""

    if_no: str


class AfterHurtByPartner(Strict):
    """The line a yes starts with where someone is hurting them (flow.hurt_by_partner): their phone may show the way."""

    if_yes: str


class AfterPage(Page):
    """After the day: yes, no or later; the months that follow; help for the family."""

    title: str
    lead: str
    outcomes: dict[str, Outcome]
    follow_up: list[str]
    naloxone: AfterNaloxone
    suicide_risk: AfterSuicideRisk
    hurt_by_partner: AfterHurtByPartner
    # First of a yes's steps where withdrawal is known and medical detox is not chosen (flow.detox_first).
    detox_first: str
    young_member: str  # {names}: team members under 18, where danger they may have seen is known
    family_support: list[SupportGroup]
    relapse: str
    sources: list[Source]


class Fear(Strict):
    fear: str
    answer: str


class FearsPage(Page):
    title: str
    lead: str
    fears: list[Fear]
    sources: list[Source]


class ExampleLetter(Page):
    """A made-up letter for one relationship; the body is the letter."""

    relationship: str
    title: str
    note: str
    sources: list[Source]


PAGE_MODELS = {"treatment": TreatmentPage, "after": AfterPage, "fears": FearsPage}
TREATMENT_CHOICES = {"assessment", "detox", "inpatient", "outpatient", "medication_opioid", "medication_alcohol", "mental_health", "gambling"}
OUTCOMES = {"yes", "yes_visit", "yes_none", "no", "later"}  # yes: as flow.arrival says
EXAMPLE_RELATIONSHIPS = [r for r in Relationship if r is not Relationship.OTHER]

GUIDANCE_MODELS = {
    "letters": LettersGuidance,
    "boundaries": BoundariesGuidance,
    "relationships": RelationshipsGuidance,
    "rehearsal": RehearsalGuidance,
}


@dataclass(frozen=True)
class Content:
    """All the words for one language, checked and ready to render."""

    lang: str
    strings: dict[str, str]
    errors: dict[str, str]
    choices: dict[str, dict[str, str]]
    reasons: dict[str, str]
    cautions: dict[str, str]
    steps: dict[str, StepPage]
    signs: dict[str, OptionPage]
    substances: dict[str, SubstancePage]
    danger: dict[str, DangerPage]
    approaches: dict[str, ApproachPage]
    crisis: CrisisPage
    guidance: dict[str, Any]
    checker: CheckerRules
    danger_words: DangerWords
    bottom_line_risks: BottomLineRisks
    pages: dict[str, Any] = field(default_factory=dict)
    examples: dict[str, Any] = field(default_factory=dict)
    words_we_use: LanguagePage | None = None
    emergency_line: list[Number] = field(default_factory=list)
    day_parts: tuple[tuple[int, str], ...] = ()  # (first hour, words), from ui.md dates.parts_from
    clock_hours: int = 24  # how this language's readers write a time: 12 ("7:00 p.m.") or 24 ("19:00"), ui.md dates.clock

    def day_part(self, hour: int) -> str:
        """The part of the day an hour falls in, in this language's own split (20:30 is "de la noche")."""
        return [words for start, words in self.day_parts if start <= hour][-1]

    def text(self, key: str, **values: str) -> str:
        """The interface string `key`, with {placeholders} filled from `values` (fill: no ".." after the family's own full stop)."""
        template = self.strings[key]
        return fill(template, values) if values else template

    def error(self, key: str) -> str:
        """A form error's words; an unknown key gets the kind, generic message."""
        return self.errors.get(key, self.errors["invalid"])


# A value that already ends a sentence, perhaps inside a closing quote or bracket: "We have no car.", "¿Vienes?»".
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")

_FULL_STOP = re.compile(r"\.(?![\w.])")


@functools.lru_cache(maxsize=1024)
def _pieces(template: str) -> tuple[tuple[str, str | None], ...]:
    """A template as (literal text, one field as written) pairs; a field keeps its own format and conversion."""
    pieces = []
    for literal, name, spec, conversion in string.Formatter().parse(template):
        field_text = None if name is None else "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        pieces.append((literal, field_text))
    return tuple(pieces)


def fill(template: str, values: dict[str, Any]) -> str:
    """`template.format_map(values)`, except that a full stop straight after a value that already ends
    a sentence is left out. The family types whole sentences into boxes our own sentences quote
    ("Driving: {driver}." with "We have no car. Julie's friend may drive us, or the bus."): QA 14 P3-2
    printed "…or the bus..". In every language, on the plan page, the print view and the PDF alike."""
    out: list[str] = []
    ended = False
    for literal, field_text in _pieces(template):
        # A full stop that ends our sentence, not the dot of "{number}.pdf" or of an ellipsis.
        out.append(literal[1:] if ended and _FULL_STOP.match(literal) else literal)
        ended = False
        if field_text is not None:
            value = field_text.format_map(values)
            out.append(value)
            ended = _ENDS_SENTENCE.search(value) is not None
    return "".join(out)


def _render(body: str) -> Markup:
    return unbroken_numbers(Markup(markdown.markdown(body, extensions=["sane_lists", "smarty"], output_format="html")))


class _Loader:
    """Reads files, collecting every problem before giving up, so one run shows them all."""

    def __init__(self, root: Path):
        self.root = root
        self.problems: list[str] = []

    def page(self, relative: str, model: type[BaseModel]) -> Any:
        path = self.root / relative
        where = path.relative_to(self.root.parent.parent) if path.is_relative_to(self.root.parent.parent) else path
        if not path.is_file():
            self.problems.append(f"{where}: file is missing")
            return None
        try:
            post = frontmatter.loads(path.read_text(encoding="utf-8"))
            extra = {}
            if "wake_by_touch" in post.metadata:
                wake = post.metadata.get("wake", "")
                if not wake or post.content.count(wake) != 1:
                    self.problems.append(f"{where}: wake: must be one sentence found once in the body")
                    return None
                extra["body_by_touch"] = _render(post.content.replace(wake, post.metadata["wake_by_touch"]))
            return model(**post.metadata, **extra, body=_render(post.content))
        except ValidationError as error:
            for problem in error.errors():
                location = ".".join(str(part) for part in problem["loc"]) or "(file)"
                self.problems.append(f"{where}: {location}: {problem['msg']}")
        except Exception as error:  # YAML syntax, encoding, Markdown
            self.problems.append(f"{where}: cannot be read: {error}")
        return None

    def folder(self, folder: str, ids: type[StrEnum], model: type[Page]) -> dict[str, Any]:
        pages = {}
        directory = self.root / folder
        expected = {item.value for item in ids}
        present = {path.stem for path in directory.glob("*.md")} if directory.is_dir() else set()
        for extra in sorted(present - expected):
            self.problems.append(f"{folder}/{extra}.md: unknown id (known: {', '.join(sorted(expected))})")
        for item in ids:
            page = self.page(f"{folder}/{item.value}.md", model)
            if page is not None:
                if getattr(page, "id", item.value) != item.value:
                    self.problems.append(f"{folder}/{item.value}.md: id must be '{item.value}'")
                pages[item.value] = page
        return pages

    def exact_keys(self, where: str, got: dict, expected: set[str]) -> None:
        missing, unknown = expected - set(got), set(got) - expected
        if missing:
            self.problems.append(f"{where}: missing {', '.join(sorted(missing))}")
        if unknown:
            self.problems.append(f"{where}: unknown {', '.join(sorted(unknown))}")


def _day_parts(loader: "_Loader", parts: Any) -> tuple[tuple[int, str], ...]:
    """[[first hour, words], ...] from midnight on, hours rising: every hour of the day has its words."""
    try:
        pairs = tuple((int(start), str(words)) for start, words in parts)
    except (TypeError, ValueError):
        pairs = ()
    starts = [start for start, _ in pairs]
    if not pairs or starts[0] != 0 or starts != sorted(set(starts)) or starts[-1] > 23:
        loader.problems.append("ui.md: strings.dates.parts_from: [[0, words], [hour, words], ...], hours rising from 0 to 23")
        return ((0, ""),)
    return pairs


def flatten(mapping: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in mapping.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = str(value)
    return flat


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _check_guidance_ids(loader: _Loader, guidance: dict[str, Any]) -> None:
    """The guidance keyed by answer ids must cover exactly the ids the code knows."""
    expected = {
        ("letters", "parts"): LetterPart,
        ("letters", "by_approach"): Approach,
        ("relationships", "relationships"): Relationship,
        ("boundaries", "categories"): BoundaryCategory,
        ("boundaries", "enabling"): EnablingHabit,
        ("boundaries", "enabling_in_letter"): EnablingHabit,
        ("rehearsal", "objections"): Objection,
    }
    rehearsal = guidance.get("rehearsal")
    if rehearsal is not None:
        for part in ("team", "checklist", "after_refusal"):
            keys = getattr(rehearsal, part).by_approach
            loader.exact_keys(f"guidance/rehearsal.md: {part}.by_approach", keys, {a.value for a in Approach})
        loader.exact_keys("guidance/rehearsal.md: checklist.by_arrival", rehearsal.checklist.by_arrival, set(CHECKLIST_ARRIVALS))
        for arrival in set(rehearsal.checklist.by_arrival_no_insurance) - set(CHECKLIST_ARRIVALS):
            loader.problems.append(f"guidance/rehearsal.md: checklist.by_arrival_no_insurance: unknown {arrival}")
    for (name, key), vocabulary in expected.items():
        page = guidance.get(name)
        if page is not None:
            loader.exact_keys(f"guidance/{name}.md: {key}", getattr(page, key), {item.value for item in vocabulary})


def load_content(lang: str = Language.ENGLISH.value, root: Path = CONTENT_ROOT) -> Content:
    loader = _Loader(root / lang)
    ui = loader.page("ui.md", UiPage)
    choices = loader.page("choices.md", ChoicesPage)
    suggestions = loader.page("suggestions.md", SuggestionsPage)
    steps = {slug: loader.page(f"steps/{slug}.md", StepPage) for slug in STEP_SLUGS}
    signs = loader.folder("signs", WarningSign, OptionPage)
    substances = loader.folder("substances", Substance, SubstancePage)
    danger = loader.folder("danger", DangerSign, DangerPage)
    approaches = loader.folder("approaches", Approach, ApproachPage)
    crisis = loader.page("crisis.md", CrisisPage)
    guidance = {name: loader.page(f"guidance/{name}.md", model) for name, model in GUIDANCE_MODELS.items()}
    _check_guidance_ids(loader, guidance)
    checker = loader.page("rules/statement-checker.md", CheckerRules)
    danger_words = loader.page("rules/danger-words.md", DangerWords)
    bottom_line_risks = loader.page("rules/bottom-line-risks.md", BottomLineRisks)
    words_we_use = loader.page("language.md", LanguagePage)
    pages = {name: loader.page(f"pages/{name}.md", model) for name, model in PAGE_MODELS.items()}
    if pages["treatment"] is not None:
        loader.exact_keys("pages/treatment.md: options", pages["treatment"].options, TREATMENT_CHOICES)
        loader.exact_keys("pages/treatment.md: questions_when", pages["treatment"].questions_when, set(QUESTION_CAUTIONS))
        for key in set(pages["treatment"].questions_when_no_insurance) - set(QUESTION_CAUTIONS):
            loader.problems.append(f"pages/treatment.md: questions_when_no_insurance: unknown {key}")
    if pages["after"] is not None:
        loader.exact_keys("pages/after.md: outcomes", pages["after"].outcomes, OUTCOMES)
    examples = {r.value: loader.page(f"examples/{r.value}.md", ExampleLetter) for r in EXAMPLE_RELATIONSHIPS}
    for key, example in examples.items():
        if example is not None and example.relationship != key:
            loader.problems.append(f"examples/{key}.md: relationship must be '{key}'")

    if choices is not None:
        loader.exact_keys("choices.md: choices", choices.choices, set(LABELLED_CHOICES))
        for key, vocabulary in LABELLED_CHOICES.items():
            if key in choices.choices:
                loader.exact_keys(
                    f"choices.md: choices.{key}", choices.choices[key], {item.value for item in vocabulary}
                )
    if suggestions is not None:
        loader.exact_keys("suggestions.md: reasons", suggestions.reasons, set(REASON_IDS))
        loader.exact_keys("suggestions.md: cautions", suggestions.cautions, set(CAUTION_IDS))
    strings = flatten(ui.strings) if ui is not None else {}
    for key, template in strings.items():
        try:
            placeholders(template)
        except ValueError as error:
            loader.problems.append(f"ui.md: strings.{key}: bad placeholder: {error}")
    for key, name in strings.items():
        # Shown in a family's Downloads folder and sent in a header: plain, and not saying what it is about.
        if key.startswith("download_names.") and not re.fullmatch(r"[a-z0-9-]+(\{number\})?[a-z0-9-]*\.(pdf|json)", name):
            loader.problems.append(f"ui.md: strings.{key}: a download name is lower-case letters, digits and dashes")
    day_parts: tuple[tuple[int, str], ...] = ()
    clock_hours = 24
    if ui is not None:
        # Every date the plan prints is written out with these words (see presenters.long_date).
        needed = ["dates.long", "dates.at", "dates.time", "dates.noon", "dates.midnight"] + [f"dates.months.{n}" for n in range(1, 13)]
        day_parts = _day_parts(loader, ui.strings.get("dates", {}).get("parts_from"))
        clock_hours = ui.strings.get("dates", {}).get("clock")
        if clock_hours not in (12, 24):
            loader.problems.append("ui.md: strings.dates.clock: 12 or 24, the hours on the clock this language's readers use")
        # Names inside a sentence are joined with these (see document.names_and).
        needed += ["lists.and", "lists.and_alt", "lists.and_alt_before"]
        for key in needed + [f"dates.weekdays.{n}" for n in range(1, 8)]:
            if key not in strings:
                loader.problems.append(f"ui.md: strings.{key}: missing")
        try:
            re.compile(strings.get("lists.and_alt_before", ""))
        except re.error as error:
            loader.problems.append(f"ui.md: strings.lists.and_alt_before: not a regular expression: {error}")
    if ui is not None and "invalid" not in ui.errors:
        loader.problems.append("ui.md: errors: missing invalid")
    if crisis is not None:
        ids = [number.id for number in crisis.numbers]
        for required in ("emergency", "lifeline", "poison", "samhsa"):
            if required not in ids:
                loader.problems.append(f"crisis.md: numbers: missing {required}")

    if loader.problems:
        raise ContentError(f"content/{lang} has problems:\n  " + "\n  ".join(loader.problems))
    return Content(
        lang=lang,
        strings=strings,
        day_parts=day_parts,
        clock_hours=clock_hours,
        errors=ui.errors,
        choices=choices.choices,
        reasons=suggestions.reasons,
        cautions=suggestions.cautions,
        steps=steps,
        signs=signs,
        substances=substances,
        danger=danger,
        approaches=approaches,
        crisis=crisis,
        guidance=guidance,
        checker=checker,
        danger_words=danger_words,
        bottom_line_risks=bottom_line_risks,
        words_we_use=words_we_use,
        pages=pages,
        examples=examples,
        emergency_line=[n for n in crisis.numbers if n.id in ("emergency", "lifeline", "poison", "samhsa")],
    )

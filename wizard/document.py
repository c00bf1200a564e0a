"""The plan as ordered sections: one source for the print view and the PDF.

Both outputs walk the same PlanDocument, so they cannot drift apart. Words
come from content; the family's own text is carried as-is (escaping is the
output's job).
"""

import datetime
from dataclasses import dataclass, field

from wizard.content import Content, Number
from wizard.plan import Plan
from wizard.presenters import member_label


@dataclass(frozen=True)
class Letter:
    heading: str
    text: str


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    facts: list[tuple[str, str]] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    letters: list[Letter] = field(default_factory=list)


@dataclass(frozen=True)
class PlanDocument:
    title: str
    subtitle: str
    sections: list[Section]
    emergency: list[Number]
    footer: str


def build_document(plan: Plan, content: Content, today: datetime.date | None = None) -> PlanDocument:
    t = content.text
    today = today or datetime.date.today()
    approach = content.approaches[plan.approach.value] if plan.approach else None
    title = t("plan.title_for", name=plan.team.loved_one) if plan.team.loved_one else t("plan.title")
    subtitle = t("plan.made_on", date=today.isoformat())
    if approach:
        subtitle = f"{subtitle} · {approach.name}"
    members = plan.team.members
    none = t("review.none")
    yes, no = t("common.yes"), t("common.no")

    sections = [
        Section(
            "team",
            t("plan.sections.team"),
            facts=[
                (
                    t("review.interventionist"),
                    content.choices["interventionist"][plan.team.interventionist.value]
                    if plan.team.interventionist
                    else none,
                )
            ],
            items=[member_label(content, m) for m in members],
        ),
    ]
    if approach:
        sections.append(
            Section("approach", t("plan.sections.approach"), paragraphs=[approach.summary], items=approach.how_it_runs)
        )
    treatment, day = plan.treatment, plan.logistics
    sections.append(
        Section(
            "day",
            t("plan.sections.day"),
            facts=[
                (t("review.when"), " ".join(filter(None, [day.date, day.time])) or none),
                (t("review.place"), day.place or none),
                (
                    t("review.treatment"),
                    content.choices["treatment_option"][treatment.option.value] if treatment.option else none,
                ),
                (t("review.facility"), treatment.facility or none),
                (t("review.contact"), treatment.contact or none),
                (t("review.admission"), yes if treatment.admission_confirmed else no),
                (t("review.insurance"), yes if treatment.insurance_checked else no),
                (t("review.transport"), treatment.transport or none),
            ],
        )
    )
    sections.append(
        Section(
            "letters",
            t("plan.sections.letters"),
            letters=[Letter(t("plan.letter_from", name=m.name), plan.letters.get(m.id, "")) for m in members],
        )
    )
    sections.append(
        Section(
            "boundaries",
            t("plan.sections.boundaries"),
            paragraphs=[t("plan.boundaries_intro")],
            letters=[Letter(t("plan.boundary_from", name=m.name), plan.boundaries.get(m.id, "")) for m in members],
        )
    )
    return PlanDocument(
        title=title,
        subtitle=subtitle,
        sections=sections,
        emergency=content.emergency_line,
        footer=" · ".join(f"{n.label}: {n.number}" for n in content.emergency_line),
    )

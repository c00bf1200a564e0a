"""Plain values each step template needs, computed here so templates hold layout only."""

from dataclasses import dataclass
from typing import Any

from wizard import flow
from wizard.content import Content
from wizard.plan import MAX_MEMBERS, Plan
from wizard.steps import Step


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    hint: str = ""


@dataclass(frozen=True)
class SummaryRow:
    label: str
    value: str
    change: Step


def options_for(form, content: Content) -> dict[str, list[Option]]:
    """Labelled options for every choice field of a form."""
    options: dict[str, list[Option]] = {}
    for name, vocabulary in form.option_vocabulary.items():
        labels = content.choices[vocabulary]
        options[name] = [Option(value, labels[value]) for value, _ in form[name].choices if value]
    return options


def _labelled(labels: dict[str, str]) -> list[Option]:
    return [Option(value, label) for value, label in labels.items()]


def _pages_as_options(pages) -> list[Option]:
    return [Option(page.id, page.label, page.hint) for page in pages.values()]


def progress(step: Step, plan: Plan) -> tuple[int, int] | None:
    """(position, total) among the steps that ask something; None where it would mislead."""
    counted = [s for s in flow.applicable_steps(plan) if s not in (Step.START, Step.PLAN)]
    if step not in counted:
        return None
    return counted.index(step) + 1, len(counted)


def member_label(content: Content, member) -> str:
    return content.text(
        "team.member_summary",
        name=member.name,
        relationship=content.choices["relationship"][member.relationship.value],
        role=content.choices["role"][member.role.value],
    )


def present(step: Step, plan: Plan, form, content: Content) -> dict[str, Any]:
    """Everything the step's template shows beyond the form itself."""
    view: dict[str, Any] = {"options": options_for(form, content)}
    if step is Step.SIGNS:
        view["options"].update(
            warning=_pages_as_options(content.signs),
            substances=_pages_as_options(content.substances),
            danger=_pages_as_options(content.danger),
        )
    elif step is Step.CRISIS:
        view["reported"] = [content.danger[sign.value] for sign in plan.signs.danger]
    elif step is Step.APPROACH:
        suggestion = flow.suggest_approach(plan)
        view["suggested"] = suggestion.approach.value
        view["reasons"] = [content.reasons[reason] for reason in suggestion.reasons]
        view["approaches"] = list(content.approaches.values())
        if not form.approach.data and not form.errors:
            form.approach.data = suggestion.approach.value
    elif step is Step.TEAM:
        view["relationship_options"] = _labelled(content.choices["relationship"])
        view["role_options"] = _labelled(content.choices["role"])
        view["can_add"] = len(form.members.entries) < MAX_MEMBERS
    elif step in (Step.STATEMENTS, Step.BOUNDARIES):
        kind = "letters" if step is Step.STATEMENTS else "boundaries"
        view["members"] = [(member, form.member_field(member.id)) for member in plan.team.members]
        view["guidance"] = content.guidance[kind]
        view["label_key"] = f"{step.value}.label"
        view["hint_key"] = f"{step.value}.hint"
        view["rows"] = 14 if step is Step.STATEMENTS else 6
    elif step is Step.REVIEW:
        view["summary"] = review_rows(plan, content)
    elif step is Step.PLAN:
        from wizard.document import build_document

        view["document"] = build_document(plan, content)
    return view


def review_rows(plan: Plan, content: Content) -> list[SummaryRow]:
    t, none = content.text, content.text("review.none")

    def names(ids, pages) -> str:
        return ", ".join(pages[i.value].label for i in ids) or none

    signs = plan.signs
    rows = [
        SummaryRow(t("review.warning"), names(signs.warning, content.signs), Step.SIGNS),
        SummaryRow(t("review.substances"), names(signs.substances, content.substances), Step.SIGNS),
        SummaryRow(t("review.danger"), names(signs.danger, content.danger), Step.SIGNS),
        SummaryRow(
            t("review.approach"),
            content.approaches[plan.approach.value].name if plan.approach else none,
            Step.APPROACH,
        ),
        SummaryRow(t("review.loved_one"), plan.team.loved_one or none, Step.TEAM),
        SummaryRow(
            t("review.interventionist"),
            content.choices["interventionist"][plan.team.interventionist.value]
            if plan.team.interventionist
            else none,
            Step.TEAM,
        ),
    ]
    rows += [SummaryRow(t("review.member"), member_label(content, m), Step.TEAM) for m in plan.team.members]
    rows += [
        SummaryRow(t("review.letter_from", name=m.name), plan.letters.get(m.id, none), Step.STATEMENTS)
        for m in plan.team.members
    ]
    rows += [
        SummaryRow(t("review.boundary_from", name=m.name), plan.boundaries.get(m.id, none), Step.BOUNDARIES)
        for m in plan.team.members
    ]
    treatment, day = plan.treatment, plan.logistics
    option = content.choices["treatment_option"][treatment.option.value] if treatment.option else none
    yes, no = t("common.yes"), t("common.no")
    rows += [
        SummaryRow(t("review.treatment"), option, Step.TREATMENT),
        SummaryRow(t("review.facility"), treatment.facility or none, Step.TREATMENT),
        SummaryRow(t("review.contact"), treatment.contact or none, Step.TREATMENT),
        SummaryRow(t("review.admission"), yes if treatment.admission_confirmed else no, Step.TREATMENT),
        SummaryRow(t("review.insurance"), yes if treatment.insurance_checked else no, Step.TREATMENT),
        SummaryRow(t("review.transport"), treatment.transport or none, Step.TREATMENT),
        SummaryRow(t("review.when"), " ".join(filter(None, [day.date, day.time])) or none, Step.TREATMENT),
        SummaryRow(t("review.place"), day.place or none, Step.TREATMENT),
    ]
    return rows


"""The steps of the journey, declared once, in order, as data.

Each row names the step, the form that collects it, the template that lays it
out and when the step applies at all. flow.py reads this table; nothing else
decides the order.
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import Callable

from wizard import forms
from wizard.plan import Plan


class Step(StrEnum):
    START = "start"
    SIGNS = "signs"
    CRISIS = "crisis"
    APPROACH = "approach"
    TEAM = "team"
    STATEMENTS = "statements"
    BOUNDARIES = "boundaries"
    REHEARSAL = "rehearsal"
    TREATMENT = "treatment"
    REVIEW = "review"
    PLAN = "plan"


def always(plan: Plan) -> bool:
    return True


def in_danger(plan: Plan) -> bool:
    """Any danger sign means emergency help comes before anything else."""
    return bool(plan.signs.danger)


@dataclass(frozen=True)
class StepSpec:
    step: Step
    form: type[forms.StepForm]
    template: str
    applies: Callable[[Plan], bool] = always


STEPS: tuple[StepSpec, ...] = (
    StepSpec(Step.START, forms.StartForm, "steps/start.html"),
    StepSpec(Step.SIGNS, forms.SignsForm, "steps/signs.html"),
    StepSpec(Step.CRISIS, forms.CrisisForm, "steps/crisis.html", applies=in_danger),
    StepSpec(Step.APPROACH, forms.ApproachForm, "steps/approach.html"),
    StepSpec(Step.TEAM, forms.TeamForm, "steps/team.html"),
    StepSpec(Step.STATEMENTS, forms.StatementsForm, "steps/statements.html"),
    StepSpec(Step.BOUNDARIES, forms.BoundariesForm, "steps/boundaries.html"),
    StepSpec(Step.REHEARSAL, forms.RehearsalForm, "steps/rehearsal.html"),
    StepSpec(Step.TREATMENT, forms.TreatmentForm, "steps/treatment.html"),
    StepSpec(Step.REVIEW, forms.ReviewForm, "steps/review.html"),
    StepSpec(Step.PLAN, forms.PlanForm, "steps/plan.html"),
)

SPEC_BY_STEP: dict[Step, StepSpec] = {spec.step: spec for spec in STEPS}

"""Steps that ask nothing but a press of the button: start, review and plan."""

from wizard.forms.base import StepForm


class StartForm(StepForm):
    pass


class ReviewForm(StepForm):
    pass


class PlanForm(StepForm):
    pass

"""Warning signs, what the person uses or does, danger signs and the situation."""

from wizard.forms.base import StepForm
from wizard.forms.fields import MultiCheckboxField, choices_of
from wizard.plan import Plan, Signs
from wizard.vocabulary import DangerSign, Situation, Substance, WarningSign


class SignsForm(StepForm):
    reads = ("signs",)
    warning = MultiCheckboxField(choices=choices_of(WarningSign))
    substances = MultiCheckboxField(choices=choices_of(Substance))
    danger = MultiCheckboxField(choices=choices_of(DangerSign))
    situation = MultiCheckboxField(choices=choices_of(Situation))

    option_vocabulary = {"situation": "situation"}

    @classmethod
    def data_from_plan(cls, plan: Plan):
        return plan.signs.model_dump(mode="json")

    def apply(self, plan: Plan) -> Plan:
        signs = Signs(
            warning=self.warning.data or [],
            substances=self.substances.data or [],
            danger=self.danger.data or [],
            situation=self.situation.data or [],
        )
        return plan.model_copy(update={"signs": signs})

"""Choosing the approach (flow.py suggests one; the family decides)."""

from wizard.forms.base import StepForm
from wizard.forms.fields import KeyedRadioField, choices_of
from wizard.plan import Plan
from wizard.vocabulary import Approach


class ApproachForm(StepForm):
    reads = ("approach",)
    approach = KeyedRadioField(choices=choices_of(Approach))

    @classmethod
    def data_from_plan(cls, plan: Plan):
        return {"approach": plan.approach}

    def apply(self, plan: Plan) -> Plan:
        return plan.model_copy(update={"approach": Approach(self.approach.data)})

"""Warning signs, what the person uses or does, danger signs and the situation."""

from wtforms import BooleanField

from wizard.forms.base import StepForm
from wizard.forms.fields import MultiCheckboxField, choices_of
from wizard.plan import Plan, Signs
from wizard.vocabulary import DangerSign, Situation, Substance, WarningSign


class SignsForm(StepForm):
    # The team too: "under 18" is asked here, beside the other facts about the person, so the approach
    # suggestion can use it (QA 10 P3-11). It stays stored on the team, as plans saved before keep it.
    reads = ("signs", "team")
    warning = MultiCheckboxField(choices=choices_of(WarningSign))
    substances = MultiCheckboxField(choices=choices_of(Substance))
    danger = MultiCheckboxField(choices=choices_of(DangerSign))
    under_18 = BooleanField()
    situation = MultiCheckboxField(choices=choices_of(Situation))

    option_vocabulary = {"situation": "situation"}

    @classmethod
    def data_from_plan(cls, plan: Plan):
        return {**plan.signs.model_dump(mode="json"), "under_18": plan.team.under_18}

    def apply(self, plan: Plan) -> Plan:
        signs = Signs(
            warning=self.warning.data or [],
            substances=self.substances.data or [],
            danger=self.danger.data or [],
            situation=self.situation.data or [],
        )
        team = plan.team.model_copy(update={"under_18": bool(self.under_18.data)})
        return plan.model_copy(update={"signs": signs, "team": team})

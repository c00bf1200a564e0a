"""Steps that ask little or nothing: start (the language), review and plan."""

from wizard.forms.base import StepForm
from wizard.forms.fields import KeyedRadioField, choices_of
from wizard.plan import Plan
from wizard.vocabulary import Language


class StartForm(StepForm):
    reads = ("lang",)
    # A post without a language (an old page, a script) simply keeps English.
    language = KeyedRadioField(choices=choices_of(Language), filters=[lambda value: value or Language.ENGLISH.value])

    option_vocabulary = {"language": "language"}

    @classmethod
    def data_from_plan(cls, plan: Plan):
        return {"language": plan.lang.value}

    def apply(self, plan: Plan) -> Plan:
        return plan.model_copy(update={"lang": Language(self.language.data)})


class ReviewForm(StepForm):
    reads = ()


class PlanForm(StepForm):
    reads = ()

"""Steps with one text box per team member: statements (letters) and boundaries.

The form class is made per plan, one field per member id (`letter_m1`, ...), so
a posted form can only speak for people who are really on the team, and a
member with no text makes the step incomplete.
"""

from werkzeug.datastructures import MultiDict
from wtforms import TextAreaField
from wtforms.validators import DataRequired, Length

from wizard.forms.base import StepForm
from wizard.forms.fields import clean_text
from wizard.plan import BOUNDARY_TEXT, LETTER_TEXT, Plan


class PerMemberForm(StepForm):
    prefix_name = ""  # field names are f"{prefix_name}_{member id}"
    plan_attribute = ""  # the Plan dict keyed by member id
    max_length = 0
    missing_message = ""

    @classmethod
    def build(cls, plan: Plan, formdata: MultiDict | None = None):
        fields = {
            f"{cls.prefix_name}_{member_id}": TextAreaField(
                filters=[clean_text],
                validators=[
                    DataRequired(message=cls.missing_message),
                    Length(max=cls.max_length, message="too_long"),
                ],
            )
            for member_id in plan.member_ids()
        }
        bound = type(cls.__name__, (cls,), fields)
        if formdata is not None:
            return bound(formdata=formdata)
        return bound(data=cls.data_from_plan(plan))

    @classmethod
    def data_from_plan(cls, plan: Plan):
        texts = getattr(plan, cls.plan_attribute)
        return {f"{cls.prefix_name}_{key}": value for key, value in texts.items()}

    def member_field(self, member_id: str):
        return self[f"{self.prefix_name}_{member_id}"]

    def apply(self, plan: Plan) -> Plan:
        texts = {member_id: self.member_field(member_id).data for member_id in plan.member_ids()}
        return plan.model_copy(update={self.plan_attribute: texts})


class StatementsForm(PerMemberForm):
    prefix_name = "letter"
    plan_attribute = "letters"
    max_length = LETTER_TEXT
    missing_message = "need_letter"


class BoundariesForm(PerMemberForm):
    prefix_name = "boundary"
    plan_attribute = "boundaries"
    max_length = BOUNDARY_TEXT
    missing_message = "need_boundary"

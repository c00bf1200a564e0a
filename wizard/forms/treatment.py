"""Treatment arranged and the day's logistics."""

from wtforms import BooleanField, StringField
from wtforms.validators import Length

from wizard.forms.base import StepForm
from wizard.forms.fields import KeyedRadioField, choices_of, clean_line, real_date, real_time
from wizard.plan import MEDIUM_TEXT, SHORT_TEXT, Logistics, Plan, Treatment
from wizard.vocabulary import Coverage, TreatmentOption


def _line(max_length: int, *extra):
    return StringField(
        filters=[clean_line], validators=[Length(max=max_length, message="too_long"), *extra]
    )


class TreatmentForm(StepForm):
    reads = ("treatment", "logistics")
    option = KeyedRadioField(choices=choices_of(TreatmentOption))
    facility = _line(SHORT_TEXT)
    contact = _line(SHORT_TEXT)
    admission_confirmed = BooleanField()
    insurance_checked = BooleanField()
    # Optional: unanswered keeps every question about cost, as "not sure" does.
    coverage = KeyedRadioField(choices=choices_of(Coverage), required=False)
    bag_packed = BooleanField()
    transport = _line(SHORT_TEXT)
    date = _line(40, real_date)
    time = _line(40, real_time)
    place = _line(MEDIUM_TEXT)

    option_vocabulary = {"option": "treatment_option", "coverage": "coverage"}

    @classmethod
    def data_from_plan(cls, plan: Plan):
        return {**plan.treatment.model_dump(mode="json"), **plan.logistics.model_dump(mode="json")}

    def apply(self, plan: Plan) -> Plan:
        treatment = Treatment(
            option=TreatmentOption(self.option.data),
            facility=self.facility.data or "",
            contact=self.contact.data or "",
            admission_confirmed=bool(self.admission_confirmed.data),
            insurance_checked=bool(self.insurance_checked.data),
            coverage=Coverage(self.coverage.data) if self.coverage.data else None,
            bag_packed=bool(self.bag_packed.data),
            transport=self.transport.data or "",
        )
        logistics = Logistics(
            date=self.date.data or "", time=self.time.data or "", place=self.place.data or ""
        )
        return plan.model_copy(update={"treatment": treatment, "logistics": logistics})

"""The crisis step: emergency help first, then a check that everyone is safe for now."""

from wtforms import BooleanField
from wtforms.validators import DataRequired

from wizard.forms.base import StepForm


class CrisisForm(StepForm):
    safe_now = BooleanField(validators=[DataRequired(message="confirm_safe")])

    # Never pre-ticked: safety "for now" is asked afresh each time the page shows.

    @classmethod
    def holds_for(cls, plan):
        # Passing the crisis page is what completes it; flow.py clears that mark
        # whenever danger is reported again, so the page is always seen again.
        return True

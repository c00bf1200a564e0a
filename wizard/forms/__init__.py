"""One WTForms form per step; steps.py maps steps to these classes."""

from wizard.forms.approach import ApproachForm
from wizard.forms.base import StepForm
from wizard.forms.crisis import CrisisForm
from wizard.forms.per_member import BoundariesForm, StatementsForm
from wizard.forms.signs import SignsForm
from wizard.forms.simple import PlanForm, ReviewForm, StartForm
from wizard.forms.team import TeamForm
from wizard.forms.treatment import TreatmentForm

__all__ = [
    "ApproachForm",
    "BoundariesForm",
    "CrisisForm",
    "PlanForm",
    "ReviewForm",
    "SignsForm",
    "StartForm",
    "StatementsForm",
    "StepForm",
    "TeamForm",
    "TreatmentForm",
]

"""One WTForms form per step; steps.py maps steps to these classes."""

from wizard.forms.approach import ApproachForm
from wizard.forms.base import StepForm
from wizard.forms.crisis import CrisisForm
from wizard.forms.boundaries import BoundariesForm
from wizard.forms.rehearsal import RehearsalForm
from wizard.forms.signs import SignsForm
from wizard.forms.simple import PlanForm, ReviewForm, StartForm
from wizard.forms.statements import StatementsForm
from wizard.forms.team import TeamForm
from wizard.forms.treatment import TreatmentForm

__all__ = [
    "ApproachForm",
    "BoundariesForm",
    "CrisisForm",
    "PlanForm",
    "RehearsalForm",
    "ReviewForm",
    "SignsForm",
    "StartForm",
    "StatementsForm",
    "StepForm",
    "TeamForm",
    "TreatmentForm",
]

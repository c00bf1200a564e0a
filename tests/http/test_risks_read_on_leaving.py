"""A bottom line changed and then left by Back (or a Change button, or a saved file) is read again, as on
Continue: its caution is raised or cleared by what it says now, not what it said when last continued."""

from tests.support import STANDARD_ANSWERS, walk_to
from wizard.token import decode
from wizard.vocabulary import BottomLineRisk

FLUSH = "I will flush your pills down the toilet."


def risks_on(page, app) -> list[BottomLineRisk]:
    return list(decode(page.token, app.extensions["planner.fernet"]).bottom_line_risks)


def test_back_reads_a_changed_bottom_line_again_both_ways(journey, app):
    walk_to(journey, "boundaries")
    left = journey.submit(action="back", **{**STANDARD_ANSWERS["boundaries"], "action_m1_0": FLUSH})
    assert left.step != "boundaries"
    assert BottomLineRisk.TAKES_SUPPLY in risks_on(left, app), "kept as answers, not a draft, and read"
    journey.submit(action="goto:boundaries")
    cleared = journey.submit(action="back", **STANDARD_ANSWERS["boundaries"])
    assert BottomLineRisk.TAKES_SUPPLY not in risks_on(cleared, app)

"""Bottom lines whose words are unsafe for some families: each example fires, each near miss stays quiet."""

import pytest

from wizard import flow
from wizard.bottom_line_risks import BottomLineRisks, risks_in
from wizard.content import load_content
from wizard.plan import Boundary, MemberBoundaries, Plan
from wizard.vocabulary import BottomLineRisk, BoundaryCategory, CanKeep, Language

RULE_SETS = tuple(load_content(language.value).bottom_line_risks for language in Language)
CASES = [
    (lang.value, words.risk, example, expected)
    for lang, rules in zip(Language, RULE_SETS)
    for words in rules.risks
    for expected, examples in ((True, words.fires), (False, words.near_misses))
    for example in examples
]


# Money, a home, a car or the police takes an adult's say for someone under 18: other risks' near misses are
# often about those on purpose ("I will take away your car keys"), so it alone may show there.
MAY_SHOW_IN_OTHERS_NEAR_MISSES = {BottomLineRisk.NEEDS_ADULTS_SAY}


@pytest.mark.parametrize(("lang", "risk", "example", "expected"), CASES)
def test_each_example_shows_its_risk_and_each_near_miss_none(lang, risk, example, expected):
    found = risks_in([example], RULE_SETS)
    assert (risk in found) if expected else not set(found) - (MAY_SHOW_IN_OTHERS_NEAR_MISSES - {risk}), (example, found)


def test_every_language_lists_every_risk_once():
    with pytest.raises(ValueError):
        BottomLineRisks(risks=RULE_SETS[0].risks[:1])


def _with_line(plan: Plan, text: str) -> Plan:
    line = Boundary(category=BoundaryCategory.OTHER, action=text, can_keep=CanKeep.YES)
    return plan.model_copy(update={"boundaries": {"m1": MemberBoundaries(items=[line])}})


def test_the_plan_forgets_a_risk_once_the_line_is_reworded():
    risky = flow.noting_bottom_line_risks(_with_line(Plan(), "I will change the locks."), RULE_SETS)
    assert risky.bottom_line_risks == [BottomLineRisk.TAKES_HOME]
    calm = flow.noting_bottom_line_risks(_with_line(risky, "I will not give you cash."), RULE_SETS)
    assert calm.bottom_line_risks == []

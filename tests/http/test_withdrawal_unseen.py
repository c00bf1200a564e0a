"""QA 16 P1-1: a bottom line that pours out the wine and takes the Ativan away was cautioned only when the
family had ticked "shaky, confused or very sick when they stop". A daughter who has never seen her mother
go a day without wine cannot tick it. For anyone who drinks or takes pills, such a line now brings a caution
that says "if they … every day", on the bottom-lines step (paused once, with the line quoted) and in the plan."""

import pytest

from tests.support import STANDARD_ANSWERS, walk_to
from wizard.content import load_content

START = {"en": "/", "es": "/?lang=es"}
POUR = {
    "en": "I will pour out all the wine in your house and take your Ativan bottle home with me.",
    "es": "Voy a tirar todo el vino de tu casa y me voy a llevar tu frasco de Ativan.",
}
DRINKS_AND_PILLS = {"warning": ["lies_secrecy"], "substances": ["alcohol", "prescription"]}


def lines(text: str) -> dict:
    return {**STANDARD_ANSWERS["boundaries"], "action_m1_0": text}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_taking_away_the_wine_and_pills_with_no_withdrawal_seen_is_cautioned_once_and_in_the_plan(journey, lang):
    caution = load_content(lang).cautions["withdrawal_supply_possible"]
    walk_to(journey, "boundaries", start=START[lang], signs=DRINKS_AND_PILLS)
    paused = journey.submit(**lines(POUR[lang]))
    assert paused.step == "boundaries"
    assert caution in paused.text
    assert POUR[lang] in paused.text, "the note says which line it is about"
    moved_on = journey.submit(**lines(POUR[lang]))
    assert moved_on.step != "boundaries"
    plan = walk_to(journey, "plan", start=START[lang], signs=DRINKS_AND_PILLS, boundaries=lines(POUR[lang]))
    assert caution in plan.text


def test_withdrawal_seen_keeps_its_own_caution_not_this_one(journey):
    content = load_content("en")
    signs = {**DRINKS_AND_PILLS, "danger": ["withdrawal"]}
    walk_to(journey, "boundaries", signs=signs)
    paused = journey.submit(**lines(POUR["en"]))
    assert content.cautions["withdrawal_supply"] in paused.text
    assert content.cautions["withdrawal_supply_possible"] not in paused.text


@pytest.mark.parametrize(
    ("signs", "text"),
    [
        ({"warning": ["lies_secrecy"], "substances": ["stimulants"]}, POUR["en"]),  # no alcohol or pills used
        (DRINKS_AND_PILLS, STANDARD_ANSWERS["boundaries"]["action_m1_0"]),  # a bottom line that takes nothing away
    ],
)
def test_no_caution_when_nothing_is_taken_away_or_they_use_neither(journey, signs, text):
    walk_to(journey, "boundaries", signs=signs)
    page = journey.submit(**lines(text))
    assert page.step != "boundaries"
    assert load_content("en").cautions["withdrawal_supply_possible"] not in page.text

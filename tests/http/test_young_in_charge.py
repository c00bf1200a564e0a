"""QA 15: a young person is not left in charge by default, nor given the adult's jobs.

P2-1: with no Leader chosen, the meeting falls to whoever reads first in the room. When the only adult
there sits in to support (or the adults join by call), that was a 16-year-old. The team step now asks
the family to choose an adult Leader who will be in the room.
P2-4: the Details person sees to the bag, the ride and the call to the program: not a job for someone
under 18, refused on their own part, with their name, as the young Leader is."""

import pytest

from tests.support import STANDARD_ANSWERS, check_page, team_rows, walk_to
from wizard import flow
from wizard.content import load_content
from wizard.token import decode, encode
from wizard.vocabulary import Role

START = {"en": "/", "es": "/?lang=es"}
# Tom, the father, joins by call; Maya, 16, reads in the room; Carmen, an adult, sits in to support.
MAYA_READS_FIRST = {
    **STANDARD_ANSWERS["team"],
    **team_rows(("Tom", "parent", "by_call"), ("Maya", "sibling", "speaker"), ("Carmen", "other", "supporter"), under_18=("Maya",)),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_with_no_leader_and_only_a_young_reader_in_the_room_the_family_chooses_an_adult_leader(journey, lang):
    walk_to(journey, "team", start=START[lang])
    refused = journey.submit(**MAYA_READS_FIRST)
    assert refused.step == "team"
    # Carmen sits in: she is named as someone who could lead (the re-walk's suggestion).
    assert refused.error_messages() == [load_content(lang).errors["need_adult_leader_named"].replace("{name}", "Carmen")]
    values = dict(refused.form_values())
    assert values["members-1-name"] == "Maya" and values["members-1-under_18"] == "y"
    assert values["members-2-role"] == "supporter"
    # Not also the caution to choose a leader in the room: the refusal says it.
    assert load_content(lang).cautions["leader_in_room"] not in refused.text


@pytest.mark.parametrize(
    "change",
    [
        {"members-2-role": "leader"},  # Carmen leads in the room
        {"members-0-role": "speaker"},  # Tom comes and reads in the room
        {"members-1-under_18": None},  # Maya is a grown sister
    ],
)
def test_an_adult_leader_or_an_adult_reading_in_the_room_is_enough(journey, change):
    walk_to(journey, "team")
    page = journey.submit(**{**MAYA_READS_FIRST, **change})
    assert page.step != "team", page.error_messages()


def test_without_a_caller_an_adult_who_only_sits_in_still_leaves_the_meeting_to_the_young_reader(journey):
    walk_to(journey, "team")
    page = journey.submit(**{**MAYA_READS_FIRST, "members-0-role": "letter_only"})
    assert page.step == "team"
    assert page.error_messages() == [load_content("en").errors["need_adult_leader_named"].replace("{name}", "Carmen")]


def test_an_interpreter_is_not_named_to_lead_they_stay_neutral(journey):
    walk_to(journey, "team")
    page = journey.submit(**{**MAYA_READS_FIRST, "members-2-role": "interpreter"})
    assert page.step == "team"
    assert page.error_messages() == [load_content("en").errors["need_adult_leader"]]


def test_a_plan_saved_before_the_rule_hands_the_meeting_to_the_adult_in_the_room_not_the_young_reader(journey, app):
    fernet = app.extensions["planner.fernet"]
    letters = walk_to(journey, "statements", team={**MAYA_READS_FIRST, "members-2-role": "leader"})
    plan = decode(letters.token, fernet)
    members = [m.model_copy(update={"role": Role.SUPPORTER}) if m.name == "Carmen" else m for m in plan.team.members]
    saved_before = plan.model_copy(update={"team": plan.team.model_copy(update={"members": members})})
    assert flow.leader(saved_before).name == "Carmen"
    page = check_page(journey.client.post("/step/review", data={"token": encode(saved_before, fernet), "action": "show"}))
    assert page.step == "team"
    assert page.error_messages() == [load_content("en").errors["need_adult_leader_named"].replace("{name}", "Carmen")], "why, not only where"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_someone_under_18_is_not_the_details_person_and_is_told_so_by_name(journey, lang):
    walk_to(journey, "team", start=START[lang])
    tyler = {**MAYA_READS_FIRST, "members-0-role": "leader", "members-1-name": "Tyler", "members-1-role": "details"}
    refused = journey.submit(**tyler)
    assert refused.step == "team"
    message = load_content(lang).errors["young_details"].format(name="Tyler")
    assert any(said.endswith(message) for said in refused.error_messages()), refused.error_messages()
    assert dict(refused.form_values())["members-1-role"] == "details"
    page = journey.submit(**{**tyler, "members-1-role": "speaker"})
    assert page.step != "team", page.error_messages()

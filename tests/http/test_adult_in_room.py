"""A young person is never the only one from the team in the room (session 14, left by the young-leader fix).

The father joins by call and the aunt sends a letter: Lily, 16, would face her brother alone and lead by
default. The team step refuses it for the team as a whole, in the family's language, keeping every answer."""

import pytest

from tests.support import STANDARD_ANSWERS, check_page, walk_to
from wizard.content import load_content
from wizard.token import decode, encode
from wizard.vocabulary import Role

ALONE = {
    **STANDARD_ANSWERS["team"],
    "members-0-role": "by_call",
    "members-1-name": "Lily",
    "members-1-relationship": "sibling",
    "members-1-role": "speaker",
    "members-1-under_18": "y",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_team_with_only_young_people_in_the_room_is_refused_and_keeps_every_answer(journey, lang):
    team = walk_to(journey, "team", start="/" if lang == "en" else "/?lang=es")
    refused = journey.submit(**ALONE)
    message = load_content(lang).errors["need_adult_present"]
    assert refused.step == "team"
    assert refused.error_messages() == [message]
    assert refused.root.find(".//div[@data-error-summary]//a").get("href") == "#members"
    values = dict(refused.form_values())
    assert values["members-1-name"] == "Lily" and values["members-1-under_18"] == "y"
    assert values["members-0-role"] == "by_call"
    assert team.step == "team"


def test_an_adult_in_the_room_beside_her_is_enough(journey):
    walk_to(journey, "team")
    page = journey.submit(**{**ALONE, "members-0-role": "speaker"})
    assert page.step != "team", page.error_messages()


def test_grown_children_may_still_send_letters_while_one_reads_in_the_room(journey):
    walk_to(journey, "team")
    page = journey.submit(**{**ALONE, "members-1-under_18": None})
    assert page.step != "team", page.error_messages()


def test_an_adult_who_sits_in_to_support_is_an_adult_in_the_room(journey):
    walk_to(journey, "team")
    sits_in = {"members-2-name": "Carmen", "members-2-relationship": "other", "members-2-role": "supporter"}
    page = journey.submit(**{**ALONE, **sits_in})
    # Not left alone; but with no Leader chosen, the family is asked for an adult one (QA 15 P2-1).
    assert page.error_messages() == [load_content("en").errors["need_adult_leader"]]
    page = journey.submit(**{**ALONE, **sits_in, "members-2-role": "leader"})
    assert page.step != "team", page.error_messages()


def test_a_plan_saved_before_this_rule_is_brought_back_to_the_team_step_and_told_why(journey, app):
    fernet = app.extensions["planner.fernet"]
    letters = walk_to(journey, "statements", team={**ALONE, "members-0-role": "speaker"})
    plan = decode(letters.token, fernet)
    members = [m.model_copy(update={"role": Role.BY_CALL}) if m.id == "m1" else m for m in plan.team.members]
    saved_before = plan.model_copy(update={"team": plan.team.model_copy(update={"members": members})})
    for step in ("statements", "review", "plan"):
        page = check_page(journey.client.post(f"/step/{step}", data={"token": encode(saved_before, fernet), "action": "show"}))
        assert page.step == "team"
        assert load_content("en").text("notices.sent_back") in page.text
        assert page.error_messages() == [load_content("en").errors["need_adult_present"]], "why, not only where"
        assert dict(page.form_values())["members-1-name"] == "Lily"

"""A young person is never the only one from the team in the room (session 14, left by the young-leader fix).

The father joins by call and the aunt sends a letter: Lily, 16, would face her brother alone and lead by
default. The team step refuses it for the team as a whole, in the family's language, keeping every answer."""

import io

import pytest

from tests.support import LETTER, STANDARD_ANSWERS, check_page, walk_to
from wizard.content import load_content
from wizard.planfile import dump_plan
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
    assert page.error_messages() == [load_content("en").errors["need_adult_leader_named"].replace("{name}", "Carmen")]
    page = journey.submit(**{**ALONE, **sits_in, "members-2-role": "leader"})
    assert page.step != "team", page.error_messages()


def saved_before_this_rule(journey, app, stop: str = "statements", start: str = "/"):
    """A plan finished up to `stop` when the team step let Lily, 16, be the only one in the room."""
    fernet = app.extensions["planner.fernet"]
    lily = {"letter_m2": "Lily here. I love you. I was scared when you did not come home on my birthday."}
    page = walk_to(journey, stop, start=start, team={**ALONE, "members-0-role": "speaker"}, statements={"letter_m1": LETTER, **lily})
    plan = decode(page.token, fernet)
    members = [m.model_copy(update={"role": Role.BY_CALL}) if m.id == "m1" else m for m in plan.team.members]
    return plan.model_copy(update={"team": plan.team.model_copy(update={"members": members})})


def test_a_plan_saved_before_this_rule_is_brought_back_to_the_team_step_and_told_why(journey, app):
    fernet = app.extensions["planner.fernet"]
    saved_before = saved_before_this_rule(journey, app)
    words = load_content("en")
    for step in ("statements", "review", "plan"):
        page = check_page(journey.client.post(f"/step/{step}", data={"token": encode(saved_before, fernet), "action": "show"}))
        assert page.step == "team"
        assert words.text("notices.sent_back_asks_more") in page.text
        assert words.text("notices.sent_back") not in page.text, "they did finish it, under older rules"
        assert page.error_messages() == [words.errors["need_adult_present"]], "why, not only where"
        assert dict(page.form_values())["members-1-name"] == "Lily"


def open_file(app, plan):
    return check_page(
        app.test_client().post("/resume", data={"plan_file": (io.BytesIO(dump_plan(plan)), "plan.json")}, content_type="multipart/form-data")
    )


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_plan_file_saved_before_this_rule_opens_on_the_team_step_with_the_reason_at_once(journey, app, lang):
    saved_before = saved_before_this_rule(journey, app, "plan", start="/" if lang == "en" else "/?lang=es")
    assert "team" in saved_before.completed and "review" in saved_before.completed
    words = load_content(lang)
    page = open_file(app, saved_before)
    assert page.step == "team" and page.root.get("lang") == lang
    assert words.text("notices.resumed_asks_more") in page.text
    assert words.text("notices.resumed") not in page.text, "they stopped at the plan, not here"
    assert page.error_messages() == [words.errors["need_adult_present"]], "why, before Save and continue"
    values = dict(page.form_values())
    assert values["members-1-name"] == "Lily" and values["members-0-role"] == "by_call"


def test_an_ordinary_resume_and_an_ordinary_send_back_keep_their_words_and_show_no_errors(journey, app):
    fernet = app.extensions["planner.fernet"]
    words = load_content("en")
    letters = walk_to(journey, "statements")  # team done and holding; the letters not yet written
    plan = decode(letters.token, fernet)
    resumed = open_file(app, plan)
    assert resumed.step == "statements" and words.text("notices.resumed") in resumed.text
    assert words.text("notices.resumed_asks_more") not in resumed.text
    assert resumed.error_messages() == []
    sent = check_page(journey.client.post("/step/review", data={"token": letters.token, "action": "show"}))
    assert sent.step == "statements" and words.text("notices.sent_back") in sent.text
    assert words.text("notices.sent_back_asks_more") not in sent.text
    assert sent.error_messages() == []

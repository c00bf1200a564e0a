"""Plain regression tests, one per bug the fuzz suite found, so each stays fixed (or is tracked)."""

import io

import pytest
from werkzeug.datastructures import MultiDict

from tests.fuzz.walked import BOUNDARIES, STATEMENTS, TEAM
from tests.http.test_danger_in_words import safety_panel
from tests.support import STANDARD_ANSWERS, check_page, walk_to
from tests.unit.test_flow import plan_through
from wizard import flow
from wizard.plan import DRAFT_NAME, LETTER_TEXT, Letter, Member, Plan, Team
from wizard.planfile import dump_letter, dump_plan
from wizard.steps import Step
from wizard.token import decode, encode
from wizard.vocabulary import Relationship, Role

BLANK_ROW = {"members-0-name": "", "members-0-relationship": "", "members-0-role": ""}


def test_a_team_row_numbered_with_a_superscript_digit_is_ignored_not_a_crash(journey):
    """WTForms took "²" for a row number (str.isdigit) and int() failed: a 500."""
    walk_to(journey, "team")
    page = journey.submit(**{"members-²-name": "Ana", "members-²-relationship": "parent", "members-²-role": "leader"})
    assert page.step == "team" and page.error_messages()


def test_a_team_with_nobody_on_it_is_named_in_the_error_summary(journey):
    """The "add at least one person" error showed inline only: no summary, no "Error:" in the title."""
    walk_to(journey, "team")
    page = journey.submit(interventionist="family_leads", **BLANK_ROW)
    assert page.step == "team"
    assert page.error_messages() == ["Please add at least one person who will take part."]
    assert page.root.find(".//title").text.startswith("Error:")


@pytest.mark.parametrize("invisible", ["\x85", "\x92", "\x9f", "\ufdd0", "\uffff", "\U0010ffff"])
def test_invisible_controls_and_noncharacters_are_dropped_from_a_name(journey, invisible):
    """They were kept, and every later page showing the name was not valid HTML."""
    walk_to(journey, "team")
    page = journey.submit(**{**TEAM, "members-0-name": f"Jo{invisible}sé"})
    assert page.step == "statements"  # check_page parsed it strictly
    assert "José" in page.text


def test_a_too_long_letter_left_with_back_keeps_a_token_that_opens(journey, client, app):
    """The refused letter was kept whole as a draft, past the plan's own limit: the next
    page's token could not be opened, and the family lost every answer. (Since then the
    family stays on the step to shorten it, rather than have it cut.)"""
    walk_to(journey, "statements", team=TEAM)
    letter = "I love you. " * (LETTER_TEXT // 10)
    page = journey.submit(action="back", letter_m1=letter)
    assert page.step == "statements"
    assert dict(page.form_values())["letter_m1"] == letter
    plan = decode(page.token, app.extensions["planner.fernet"])
    assert plan.team.members[1].name == "Zoë"


def test_a_draft_longer_than_the_plan_allows_is_cut_to_fit_so_its_token_still_opens(app):
    """The safety net under the page's own refusal: a token that could not be opened loses everything."""
    plan = Plan().with_draft("statements", {"letter_m1": ["x" * (LETTER_TEXT + 500)], "n" * 500: ["y"]})
    with app.app_context():
        fernet = app.extensions["planner.fernet"]
        opened = decode(encode(plan, fernet), fernet)
    assert len(opened.drafts["statements"]["letter_m1"][0]) == LETTER_TEXT
    assert all(len(name) <= DRAFT_NAME for name in opened.drafts["statements"])


def test_continue_on_the_review_page_goes_on_even_with_a_stray_return_to_review(journey):
    """"Back to the review" from the review itself sent the family to the review again, silently."""
    walk_to(journey, "review", team=TEAM, statements=STATEMENTS, boundaries=BOUNDARIES)
    page = journey.submit(**{"return": "review"})
    assert page.step == "plan"


def test_next_after_the_review_is_the_plan_whatever_the_return_flag():
    assert flow.next_after(Step.REVIEW, plan_through(Step.REVIEW), back_to_review=True) is Step.PLAN


def test_a_letter_written_alone_under_a_name_of_only_spaces_is_not_saved(client):
    """InputRequired let "   " through; the file then brought a person with no name onto the team."""
    body = {"name": "   ", "relationship": "parent", "letter": "I love you.", "action": "save"}
    page = check_page(client.post("/letter", data=body))
    assert page.step == "own-letter" and page.error_messages()


def resume(client, plan: Plan):
    data = {"plan_file": (io.BytesIO(dump_plan(plan)), "plan.json")}
    return check_page(client.post("/resume", data=data, content_type="multipart/form-data"))


def test_a_plan_file_listing_twenty_steps_done_still_gives_pages_that_open(journey, client, app):
    """One more step done made 21, past the cap: the next token could not be opened (all answers lost)."""
    plan = Plan(completed=["signs"] * 17 + ["made_up"] * 3)
    journey.page = resume(client, plan)
    assert journey.page.step == "start"
    page = journey.submit()
    assert page.step == "signs"
    assert "start" in decode(page.token, app.extensions["planner.fernet"]).completed


def test_a_plan_file_with_twenty_drafts_still_gives_pages_that_open(journey, client, app):
    """As above, for a twenty-first draft kept on leaving a half-filled step."""
    walk_to(journey, "team")
    plan = decode(journey.page.token, app.extensions["planner.fernet"])
    plan = plan.model_copy(update={"drafts": {f"made_up_{chr(97 + n)}": {"x": ["y"]} for n in range(20)}})
    journey.page = resume(client, plan)
    assert journey.page.step == "team"
    page = journey.submit(action="back", **{"members-0-relationship": "parent"})  # no name: kept as a draft
    assert page.step == "approach"
    drafts = decode(page.token, app.extensions["planner.fernet"]).drafts
    assert drafts["team"]["members-0-relationship"] == ["parent"]


def test_remove_member_with_a_superscript_digit_is_not_a_crash(journey):
    walk_to(journey, "team")
    page = journey.submit(action="remove_member:²")
    assert page.step == "team"


def test_a_sealed_plan_with_two_people_sharing_an_id_is_refused(client, app):
    """Every field and HTML id of the later pages is keyed by member id: two "m1"s broke every page."""
    twins = [Member(id="m1", name=name, relationship=Relationship.PARENT, role=Role.LEADER) for name in ("José", "Zoë")]
    plan = Plan.model_construct(team=Team.model_construct(members=twins))
    response = client.post("/step/team", data={"token": encode(plan, app.extensions["planner.fernet"])})
    assert check_page(response, 400).step == "bad-token"


CONTROLS_FROM_FILES = (
    "planfile.py (outside this suite's remit) loads names and letters as the file has them; "
    "control characters (U+001B, U+0085, ...) then reach the pages, which are no longer valid HTML. "
    "Fix: strip them on load as forms/fields.clean_text does (not in Plan itself: "
    "tests/unit/test_planfile.py expects raw controls to round-trip)."
)


def test_a_letter_file_whose_writer_name_holds_a_control_character_gives_a_valid_page(journey, client):
    walk_to(journey, "statements", team=TEAM)
    writer = Member(id="m1", name="Ana\x1b", relationship=Relationship.SIBLING, role=Role.SPEAKER)
    body = {**dict(journey.page.form_values()), "action": "import_letter"}
    body["letter_file"] = (io.BytesIO(dump_letter(writer, Letter(text="I love you."))), "letter.json")
    check_page(client.post("/step/statements", data=body, content_type="multipart/form-data"))


def test_a_plan_file_whose_names_hold_control_characters_gives_a_valid_page(journey, client):
    plan = walk_to(journey, "statements", team=TEAM)
    saved = client.post("/step/statements", data={**dict(plan.form_values()), "action": "save"}).data
    edited = saved.replace("Zoë".encode(), b"Zo\\u0085\\u001b\\u00eb")
    check_page(client.post("/resume", data={"plan_file": (io.BytesIO(edited), "plan.json")}, content_type="multipart/form-data"))


@pytest.mark.parametrize("action", ["continue", "back"])
def test_a_ticked_boxs_id_is_not_read_as_words_about_danger(journey, client, action):
    """A refused signs form (an unknown box value) kept "overdose", a checkbox's id, as if the family had
    written it: the next page opened with a danger notice and the plan noted danger nobody wrote."""
    signs = walk_to(journey, "signs")
    body = MultiDict([("token", signs.token), ("danger", "overdose"), ("danger", "alcohol"), ("action", action)])
    page = check_page(client.post("/step/signs", data=body))
    assert safety_panel(page) is None
    assert decode(page.token, client.application.extensions["planner.fernet"]).danger_in_words == []


def test_a_plan_file_that_tells_of_danger_opens_with_help_first(client):
    """Found when the fuzz suite expected a resumed plan to be the file's exactly: words in the file
    that tell of danger are answered on the page it opens, so the plan notes them (danger_in_words)."""
    plan = plan_through(Step.TEAM).model_copy(update={"letters": {"m1": Letter(text="Last month you overdosed and I found you.")}})
    page = check_page(client.post("/resume", data={"plan_file": (io.BytesIO(dump_plan(plan)), "plan.json")}, content_type="multipart/form-data"))
    assert safety_panel(page) is not None
    resumed = decode(page.token, client.application.extensions["planner.fernet"])
    assert resumed.danger_in_words == ["overdose"]
    assert resumed.model_copy(update={"danger_in_words": []}) == plan


def test_a_letter_file_for_someone_whose_letter_has_words_is_refused_and_the_words_kept(journey, client):
    """Found when the fuzz suite typed one character ("0") into José's letter and brought in a file for José."""
    walk_to(journey, "statements")
    writer = Member(id="m1", name="José", relationship=Relationship.PARENT, role=Role.LEADER)
    body = {**dict(journey.page.form_values()), "letter_m1": "0", "action": "import_letter"}
    body["letter_file"] = (io.BytesIO(dump_letter(writer, Letter(love="Dear Sam"))), "letter.json")
    page = check_page(client.post("/step/statements", data=body, content_type="multipart/form-data"))
    assert page.error_messages() and dict(page.form_values())["letter_m1"] == "0"


def test_the_signs_step_may_change_only_the_under_18_answer_of_the_team(journey, app):
    """The full fuzz run (session 13) failed five tests with "posting to signs changed team": the signs
    step asks "Under 18" (QA 10) and keeps it on the team, and the judge did not know. A false alarm
    in the judge, not the app; now it allows that one field, and still catches any other change."""
    from tests.fuzz.verdicts import assert_answers_kept

    fernet = app.extensions["planner.fernet"]
    before = decode(walk_to(journey, "signs").token, fernet)
    page = journey.submit(under_18="y", warning="lies_secrecy", substances="alcohol")
    after = decode(page.token, fernet)
    assert after.team.under_18 and not before.team.under_18
    assert_answers_kept(before, after, "signs", page, "continue")
    renamed = after.model_copy(update={"team": after.team.model_copy(update={"loved_one": "Someone else"})})
    with pytest.raises(AssertionError, match="posting to signs changed team"):
        assert_answers_kept(before, renamed, "signs", page, "continue")


def test_changing_the_approach_under_written_letters_may_note_the_old_one_and_change_nothing_else(journey, app):
    """The full fuzz run (session 14) failed with "posting to approach changed letters_written_for": since
    QA 13 P3-4 a new approach under written letters remembers the old one, and the judge did not know.
    A false alarm in the judge; it still catches any other part the approach step changes."""
    from tests.fuzz.verdicts import assert_answers_kept

    fernet = app.extensions["planner.fernet"]
    before = decode(walk_to(journey, "boundaries").token, fernet)
    page = journey.submit(action="goto:approach")
    page = journey.submit(approach="invitational" if before.approach.value != "invitational" else "traditional")
    after = decode(page.token, fernet)
    assert after.letters_written_for == before.approach
    assert_answers_kept(before, after, "approach", page, "continue")
    changed = after.model_copy(update={"letters": {}})
    with pytest.raises(AssertionError, match="posting to approach changed letters"):
        assert_answers_kept(before, changed, "approach", page, "continue")


def test_leaving_a_bottom_line_by_back_may_note_its_risk_and_the_judge_checks_the_words(journey, app):
    """Session 15: Back and Change now read the bottom lines' words again, as Continue does, so any step's post
    may change the risks noted (and the team step always could: a young writer's helper). The fuzz judge allows
    it only when the words give it, and still catches risks noted that nobody wrote."""
    from tests.fuzz.verdicts import assert_answers_kept
    from wizard.vocabulary import BottomLineRisk

    fernet = app.extensions["planner.fernet"]
    before = decode(walk_to(journey, "boundaries").token, fernet)
    flush = {**STANDARD_ANSWERS["boundaries"], "action_m1_0": "I will flush your pills down the toilet."}
    page = journey.submit(action="back", **flush)
    after = decode(page.token, fernet)
    assert BottomLineRisk.TAKES_SUPPLY in after.bottom_line_risks
    assert_answers_kept(before, after, "boundaries", page, "back")
    invented = before.model_copy(update={"bottom_line_risks": [BottomLineRisk.TAKES_HOME]})
    with pytest.raises(AssertionError, match="bottom-line risks noted that the words do not give"):
        assert_answers_kept(before, invented, "boundaries", page, "back")

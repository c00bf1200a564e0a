"""The journey through the Flask client: every step, the branches, and kept work."""

import datetime
import io

import pytest
from pypdf import PdfReader

from tests.support import BOUNDARY, LETTER, STANDARD_ANSWERS, Journey, check_page, walk_to
from wizard.token import decode
from wizard.vocabulary import DangerSign


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_start_page_has_a_start_button_and_emergency_numbers(client):
    page = check_page(client.get("/"))
    assert page.step == "start"
    assert "988" in page.text and "1-800-222-1222" in page.text and "1-800-662-4357" in page.text


def test_the_whole_journey_ends_with_a_plan_holding_every_answer(journey):
    page = walk_to(journey, "plan")
    assert page.step == "plan"
    for typed in ("José", LETTER, BOUNDARY, "Lakeside Recovery", "Aunt Zoë’s house", "Sam"):
        assert typed in page.text


def test_the_pdf_carries_the_typed_letter_with_accents_and_curly_quotes(journey, client):
    page = walk_to(journey, "plan")
    response = client.post("/plan.pdf", data={"token": page.token})
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert "Set-Cookie" not in response.headers
    text = " ".join(pdf_text(response.data).split())
    assert "José’s letter" in text
    assert "“our” summers" in text
    assert "Aunt Zoë’s house" in text


@pytest.mark.parametrize("sign", [s.value for s in DangerSign])
def test_each_danger_sign_alone_leads_to_the_crisis_page(journey, sign):
    journey.start()
    journey.submit()
    page = journey.submit(danger=[sign])
    assert page.step == "crisis"
    # Emergency numbers come before the form and before anything else in <main>.
    main_text = " ".join("".join(page.root.find(".//main").itertext()).split())
    assert main_text.index("911") < main_text.index("1-800-222-1222") < len(main_text)
    assert page.root.find(".//main//a[@href='tel:911']") is not None
    assert page.root.find(".//main//a[@href='tel:988']") is not None
    # The tab (and a screen reader's page title) names the emergency, as the heading does.
    assert page.root.find(".//title").text.startswith(page.root.find(".//h1").text)


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("signs", [["overdose"], ["suicidal"], ["overdose", "violence"]])
def test_the_crisis_page_says_each_thing_once(journey, signs, lang):
    journey.start(f"/?lang={lang}")
    journey.submit()
    page = journey.submit(danger=signs)
    assert page.step == "crisis"
    text = " ".join("".join(page.root.find(".//main").itertext()).split())
    knuckles = {"en": "knuckles", "es": "nudillos"}[lang]
    assert text.count(knuckles) == 1, "the overdose steps are shown exactly once"
    headings = ["".join(h.itertext()).strip() for h in page.root.iter("h2")]
    assert len(headings) == len(set(headings)), headings
    for call in page.root.findall(".//main//a[@class='crisis-call']"):
        label = " ".join("".join(call.itertext()).split())
        number = "".join(call.find("span[@class='crisis-digits']").itertext())
        assert label.count(number) == 1, f"{label!r} says its number twice"
    keyword = {"en": "HOME", "es": "AYUDA"}[lang]
    assert page.root.find(f".//main//a[@href='sms:741741?&body={keyword}']") is not None


def test_the_crisis_page_asks_that_everyone_is_safe_before_planning_goes_on(journey):
    journey.start()
    journey.submit()
    journey.submit(danger=["overdose"])
    page = journey.submit()
    assert page.step == "crisis"
    assert page.error_messages()
    assert journey.submit(safe_now="y").step == "approach"


def test_danger_suggests_the_crisis_approach(journey):
    journey.start()
    journey.submit()
    journey.submit(danger=["violence"])
    page = journey.submit(safe_now="y")
    checked = page.root.find(".//input[@name='approach'][@checked]")
    assert checked.get("value") == "crisis"


def test_ticking_danger_then_pressing_back_still_shows_the_crisis_page(journey):
    journey.start()
    journey.submit()
    page = journey.submit(action="back", danger=["suicidal"])
    assert page.step == "crisis"


def test_an_error_keeps_every_letter_typed(journey):
    page = walk_to(journey, "team")
    page = journey.submit(
        **{
            "members-1-name": "Bea",
            "members-1-relationship": "sibling",
            "members-1-role": "speaker",
            "interventionist": "family_leads",
            "members-0-name": "José",
            "members-0-relationship": "parent",
            "members-0-role": "leader",
        }
    )
    assert page.step == "statements"
    page = journey.submit(letter_m1=LETTER, letter_m2="")
    assert page.step == "statements"
    assert page.error_messages()
    assert dict(page.form_values())["letter_m1"].strip() == LETTER


def test_a_bad_date_is_explained_and_the_rest_is_kept(journey):
    walk_to(journey, "treatment")
    page = journey.submit(option="outpatient", facility="Hope Clinic", date="5th of December")
    assert page.step == "treatment"
    assert any("date" in message.lower() for message in page.error_messages())
    values = dict(page.form_values())
    assert values["facility"] == "Hope Clinic"
    assert values["date"] == "5th of December"


@pytest.mark.parametrize(("start", "typed", "understood"), [("/", "12/5/2026", "December 5, 2026"), ("/?lang=es", "5/12/2026", "5 de diciembre de 2026")])
def test_a_typed_date_is_read_the_way_the_family_writes_dates_in_their_language(client, start, typed, understood):
    journey = Journey(client)
    walk_to(journey, "treatment", start=start)
    review = journey.submit(**{**STANDARD_ANSWERS["treatment"], "date": typed})
    assert review.step == "review" and understood in review.text


def test_back_keeps_what_was_typed_even_when_unfinished(journey):
    walk_to(journey, "team")
    page = journey.submit(action="back", **{"members-0-name": "Half-typed Ana"})
    assert page.step == "approach"
    page = journey.submit()
    assert page.step == "team"
    assert dict(page.form_values())["members-0-name"] == "Half-typed Ana"


def test_add_and_remove_a_person_without_javascript(journey):
    walk_to(journey, "team")
    page = journey.submit(action="add_member", **{"members-0-name": "Ana"})
    assert page.step == "team"
    assert "members-1-name" in dict(page.form_values())
    page = journey.submit(action="remove_member:0", **{"members-1-name": "Bo"})
    values = dict(page.form_values())
    assert values["members-0-name"] == "Bo"
    assert "members-1-name" not in values


def test_a_change_from_the_review_comes_back_to_the_review(journey):
    walk_to(journey, "review")
    page = journey.submit(action="goto:treatment")
    assert page.step == "treatment"
    page = journey.submit(facility="Riverside Center")
    assert page.step == "review"
    assert "Riverside Center" in page.text


def test_removing_a_person_also_removes_their_letter(journey):
    walk_to(journey, "review")
    journey.submit(action="goto:team")
    page = journey.submit(
        **{
            "members-0-name": "Bea",
            "members-0-id": "",
            "members-0-relationship": "sibling",
            "members-0-role": "speaker",
        }
    )
    # A new person needs a letter of their own before the plan can be made.
    assert page.step == "statements"
    assert LETTER not in page.text


THREE_PEOPLE = {
    "team": {
        "loved_one": "Sam", "interventionist": "family_leads",
        "members-0-name": "Ana", "members-0-relationship": "sibling", "members-0-role": "leader",
        "members-1-name": "Ben", "members-1-relationship": "parent", "members-1-role": "speaker",
        "members-2-name": "Cleo", "members-2-relationship": "friend", "members-2-role": "speaker",
    },
    "statements": {"letter_m1": LETTER, "letter_m2": "Ben: " + LETTER, "letter_m3": "Cleo: " + LETTER,
                   "order_m1": "1", "order_m2": "2", "order_m3": "3"},
    "boundaries": {f"{field}_{member}_0": value for member in ("m1", "m2", "m3")
                   for field, value in (("category", "money"), ("action", BOUNDARY), ("keep", "yes"))},
}  # fmt: skip


def test_removing_a_person_from_the_review_comes_back_to_the_review_with_the_reading_order_closed_up(journey):
    walk_to(journey, "review", **THREE_PEOPLE)
    team = journey.submit(action="goto:team")
    values = dict(team.form_values())
    ben = next(key.split("-")[1] for key, value in values.items() if value == "Ben")
    page = journey.submit(action=f"remove_member:{ben}")
    assert page.step == "team"
    page = journey.submit()
    assert page.step == "review", page.error_messages()
    assert "Ben" not in page.text
    statements = journey.submit(action="goto:statements")
    orders = dict(statements.form_values())
    assert (orders["order_m1"], orders["order_m3"]) == ("1", "2")


def test_when_a_letters_reader_leaves_the_team_the_letters_step_asks_for_a_new_reader(journey):
    people = {
        **THREE_PEOPLE,
        "team": {**THREE_PEOPLE["team"], "members-2-role": "letter_only"},
        "statements": {**THREE_PEOPLE["statements"], "reader_m3": "m2"},
    }
    walk_to(journey, "review", **people)
    team = journey.submit(action="goto:team")
    values = dict(team.form_values())
    ben = next(key.split("-")[1] for key, value in values.items() if value == "Ben")
    journey.submit(action=f"remove_member:{ben}")
    page = journey.submit()
    assert page.step == "statements"
    assert page.root.find(".//div[@class='notice']") is not None, "the family is told why they are here"
    assert "Cleo: " in dict(page.form_values())["letter_m3"]


def test_skipping_ahead_sends_the_family_to_the_first_unfinished_step(journey, client):
    page = walk_to(journey, "team")
    response = client.post("/step/treatment", data={"token": page.token, "action": "continue"})
    page = check_page(response)
    assert page.step == "team"
    assert page.root.find(".//div[@class='notice']") is not None


def test_the_pdf_is_refused_before_the_plan_is_complete(journey, client):
    page = walk_to(journey, "team")
    response = client.post("/plan.pdf", data={"token": page.token})
    assert check_page(response).step == "team"


def test_a_step_address_opened_without_answers_explains_kindly(client):
    page = check_page(client.get("/step/team"))
    assert page.step == "no-answers"


def test_the_help_page_needs_no_answers(client):
    page = check_page(client.get("/help-now"))
    assert "1-800-662-4357" in page.text


def test_a_letter_with_a_label_is_shown_back_with_the_finding_and_kept(journey):
    walk_to(journey, "statements")
    letter = "Sam, I love you. But you are an addict and you always lie."
    page = journey.submit(letter_m1=letter)
    assert page.step == "statements"
    assert "you are an addict" in page.text
    assert "you always" in page.text
    assert dict(page.form_values())["letter_m1"].strip() == letter
    # Pressing Save again with the same words means "keep them": the family moves on.
    assert journey.submit().step == "boundaries"


LONG_LETTER_LINES = {
    "en": "I remember the summer at the lake when you taught me to swim, and I felt so proud of you. ",
    "es": "Recuerdo el verano en el lago cuando me enseñaste a nadar, y me sentí muy orgulloso de ti. ",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_without_scripts_a_letter_far_longer_than_a_few_minutes_is_pointed_out_once_and_kept(app, lang):
    """The live checker shows a letter's length as it is typed; a family without scripts is told after Save and continue."""
    from wizard.checker import check, minutes_label

    words = app.extensions["planner.contents"][lang]
    long_letter, short_letter = ((LONG_LETTER_LINES[lang] * times).strip() for times in (40, 25))
    report = check(long_letter, "letter", words.checker)
    assert report.too_long and not report.concerns and not check(short_letter, "letter", words.checker).too_long
    said = words.text("checker.too_long", minutes=minutes_label(report.minutes))
    journey = Journey(app.test_client())
    walk_to(journey, "statements", start=f"/?lang={lang}")
    page = journey.submit(letter_m1=long_letter)
    assert page.step == "statements" and words.text("notices.second_look") in page.text
    assert said in page.text and "6 " in said, said
    assert dict(page.form_values())["letter_m1"].strip() == long_letter
    assert journey.submit().step == "boundaries", "pressing again keeps the letter as it is"
    walk_to(journey, "statements", start=f"/?lang={lang}")
    assert journey.submit(letter_m1=short_letter).step == "boundaries", "under the live checker's limit: no pause"


def test_changed_words_with_a_new_concern_are_shown_again(journey):
    walk_to(journey, "statements")
    journey.submit(letter_m1="I love you, junkie.")
    page = journey.submit(letter_m1="I love you. You never listen.")
    assert page.step == "statements"
    assert "You never" in page.text


def test_the_parts_are_put_together_into_the_whole_letter(journey):
    walk_to(journey, "statements")
    page = journey.submit(
        action="assemble:m1",
        love_m1="I love you.",
        moments_m1="Last March I felt scared.",
        request_m1="Please accept help today.",
        support_m1="I will visit every week.",
        letter_m1="",
    )
    whole = dict(page.form_values())["letter_m1"].strip()
    assert whole == "I love you.\n\nLast March I felt scared.\n\nPlease accept help today.\n\nI will visit every week."


def test_putting_together_never_overwrites_a_written_letter(journey):
    walk_to(journey, "statements")
    page = journey.submit(action="assemble:m1", love_m1="I love you.", letter_m1="My own words.")
    assert dict(page.form_values())["letter_m1"].strip() == "My own words."
    assert page.root.find(".//div[@class='notice']") is not None


def test_a_member_with_no_boundary_is_asked_for_one(journey):
    walk_to(journey, "boundaries")
    page = journey.submit(action_m1_0="", category_m1_0="", keep_m1_0=None)
    assert page.step == "boundaries"
    assert page.error_messages()


def test_a_boundary_written_as_a_demand_is_flagged_and_kept(journey):
    walk_to(journey, "boundaries")
    page = journey.submit(action_m1_0="You must move out by Friday.")
    assert page.step == "boundaries"
    assert "You must" in page.text
    assert dict(page.form_values())["action_m1_0"].strip() == "You must move out by Friday."


def test_a_boundary_the_member_is_not_sure_of_is_flagged_kindly_on_the_review(journey):
    page = walk_to(journey, "review", boundaries={"category_m1_0": "money", "action_m1_0": "I will stop paying rent.", "keep_m1_0": "not_sure"})
    assert "I will stop paying rent." in page.text
    assert page.root.find(".//div[@class='notice notice--gentle']") is not None


FIRST_MEMBER = {
    "interventionist": "family_leads",
    "members-0-name": "José",
    "members-0-relationship": "parent",
    "members-0-role": "leader",
}


def test_letters_print_in_reading_order_with_bottom_lines_apart(journey, client):
    walk_to(journey, "team")
    journey.submit(
        **FIRST_MEMBER,
        **{
            "members-1-name": "Bea",
            "members-1-relationship": "sibling",
            "members-1-role": "speaker",
        },
    )
    journey.submit(letter_m1="José writes with love.", letter_m2="Bea writes with love.", order_m1="2", order_m2="1")
    journey.submit(
        category_m1_0="money", action_m1_0="I will stop paying José’s-bill.", keep_m1_0="yes",
        category_m2_0="car", action_m2_0="I will keep my car keys.", keep_m2_0="yes",
    )  # fmt: skip
    journey.submit()  # rehearsal
    page = journey.submit(option="inpatient")
    assert page.step == "review"
    page = journey.submit()
    assert page.step == "plan"
    assert page.text.index("Bea writes with love.") < page.text.index("José writes with love.")
    text = " ".join(pdf_text(client.post("/plan.pdf", data={"token": page.token}).data).split())
    assert text.index("Bea writes with love.") < text.index("José writes with love.")
    assert text.index("José writes with love.") < text.index("I will keep my car keys.")
    assert "I will stop paying José’s-bill." in text


def test_a_letter_only_member_needs_someone_to_read_their_letter(journey):
    walk_to(journey, "team")
    journey.submit(
        **FIRST_MEMBER,
        **{"members-1-name": "Grandma", "members-1-relationship": "other", "members-1-role": "letter_only"},
    )
    page = journey.submit(letter_m1="I love you.", letter_m2="I love you too.")
    assert page.step == "statements"
    assert any("read" in message for message in page.error_messages())
    page = journey.submit(reader_m2="m1")
    assert page.step == "boundaries"


def test_a_team_where_no_one_will_be_in_the_room_is_refused_on_the_team_step(journey):
    page = walk_to(journey, "team")
    page = journey.submit(**{**STANDARD_ANSWERS["team"], "members-0-role": "letter_only"})
    assert page.step == "team"
    assert any("in the room" in message for message in page.error_messages())
    assert dict(page.form_values())["members-0-name"] == STANDARD_ANSWERS["team"]["members-0-name"]


def test_each_change_button_on_the_review_is_named_apart_for_screen_readers(journey):
    page = walk_to(journey, "review", **THREE_PEOPLE)
    names = [" ".join("".join(b.itertext()).split()) for b in page.root.iter("button") if b.get("value", "").startswith("goto:")]
    assert len(names) > 10
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
    assert any("Cleo" in name for name in names)


def test_without_scripts_the_family_is_told_to_use_the_pages_own_back_button(journey):
    page = walk_to(journey, "team")
    hint = page.root.find(".//main//noscript/p")
    assert hint is not None and "Back button above" in "".join(hint.itertext())
    assert journey.start().root.find(".//main//noscript/p") is None, "no Back button on the first page"


def test_someone_who_sends_a_letter_only_is_not_offered_to_answer_cards_or_follow(journey):
    people = {
        **THREE_PEOPLE,
        "team": {**THREE_PEOPLE["team"], "members-2-role": "letter_only"},
        "statements": {**THREE_PEOPLE["statements"], "reader_m3": "m2"},
    }
    page = walk_to(journey, "rehearsal", **people)
    for name in ("answered_by_0", "walkout_follower"):
        offered = [o.get("value") for o in page.root.findall(f".//select[@name='{name}']/option")]
        assert "m1" in offered and "m3" not in offered, (name, offered)
    refused = journey.submit(objection_0="stop_on_own", answered_by_0="m3")
    assert refused.step == "rehearsal"


def test_after_add_another_person_the_new_name_box_is_where_typing_starts(journey):
    walk_to(journey, "team")
    page = journey.submit(action="add_member")
    assert [i.get("id") for i in page.root.iter("input") if i.get("autofocus") is not None] == ["members-1-name"]
    assert page.step == "team"


def test_each_change_button_on_the_review_says_what_it_changes_once(journey):
    page = walk_to(journey, "review", **THREE_PEOPLE)
    names = [" ".join("".join(b.itertext()).split()) for b in page.root.iter("button") if (b.get("value") or "").startswith("goto:")]
    assert len(names) > 5 and len(names) == len(set(names)), names
    assert "Change “Plan for”" in names, names


def test_keep_answers_with_a_sealed_copy_of_what_is_typed_for_the_page_script(journey, client, app):
    page = walk_to(journey, "statements")
    response = client.post("/step/statements", data={**dict(page.form_values()), "letter_m1": "Half a letter", "action": "keep"})
    assert response.mimetype == "application/json"
    kept = decode(response.get_json()["token"], app.extensions["planner.fernet"])
    shown = check_page(client.post("/step/statements", data={"token": response.get_json()["token"], "action": "show"}))
    assert shown.root.find(".//textarea[@name='letter_m1']").text.strip() == "Half a letter"
    assert "statements" not in kept.completed, "kept, not finished"


def test_a_meeting_day_that_has_passed_is_pointed_out_on_the_review_and_can_be_kept(journey):
    """5/12 meant as the 5th of December but read as May 12: the review says so, kindly, without blocking."""
    last_year = datetime.date.today().year - 1
    walk_to(journey, "treatment")
    review = journey.submit(**{**STANDARD_ANSWERS["treatment"], "date": f"5/12/{last_year}"})
    assert review.step == "review"
    assert f"May 12, {last_year}, has already passed" in review.text
    plan = journey.submit()
    assert plan.step == "plan"


def test_a_meeting_day_ahead_brings_no_passed_notice(journey):
    next_year = datetime.date.today().year + 1
    walk_to(journey, "treatment")
    review = journey.submit(**{**STANDARD_ANSWERS["treatment"], "date": f"{next_year}-03-04"})
    assert review.step == "review" and "has already passed" not in review.text


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("6pm", "6:00 p.m."), ("6:30 pm", "6:30 p.m."), ("6 p.m.", "6:00 p.m."), ("12am", "12:00 midnight"), ("12pm", "12:00 noon"), ("12:15 PM", "12:15 p.m."),
        ("9:05", "9:05 a.m."), ("18:30", "6:30 p.m."), ("18.30", "6:30 p.m."), ("18h30", "6:30 p.m."), ("19h", "7:00 p.m."),
        ("6:30 p. m.", "6:30 p.m."),
        # By name, as the plan prints them (QA 10, P3-1).
        ("noon", "12:00 noon"), ("12 noon", "12:00 noon"), ("12:00 Noon", "12:00 noon"), ("mediodía", "12:00 noon"),
        ("12 del mediodía", "12:00 noon"), ("midnight", "12:00 midnight"), ("medianoche", "12:00 midnight"),
    ],
)
def test_a_typed_time_is_understood_the_way_families_write_it(journey, typed, shown):
    walk_to(journey, "treatment")
    review = journey.submit(**{**STANDARD_ANSWERS["treatment"], "time": typed})
    assert review.step == "review" and f"at {shown}" in review.text


@pytest.mark.parametrize("typed", ["13pm", "6", "25:00", "six", "6:75 pm", "7.5", "18.3", "after noon", "11 noon"])
def test_a_time_that_is_not_a_time_is_explained_and_kept(journey, typed):
    walk_to(journey, "treatment")
    page = journey.submit(**{**STANDARD_ANSWERS["treatment"], "time": typed})
    assert page.step == "treatment" and dict(page.form_values())["time"] == typed


def test_the_reading_order_says_who_reads_a_letter_for_someone_who_is_not_there(journey):
    people = {
        **THREE_PEOPLE,
        "team": {**THREE_PEOPLE["team"], "members-2-role": "letter_only"},
        "statements": {**THREE_PEOPLE["statements"], "reader_m3": "m2"},
    }
    plan = walk_to(journey, "plan", **people).text
    assert "Cleo (read by Ben)" in plan

"""Bad input never gives a 500: bad tokens, unknown steps, huge bodies, odd actions."""

import pytest

from tests.support import STANDARD_ANSWERS, check_page, walk_to
from wizard.body_limits import MAX_BODY_BYTES


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: "",
        lambda t: t[:-10],
        lambda t: t[: len(t) // 3],
        lambda t: t[:40] + ("x" if t[40] != "x" else "y") + t[41:],
        lambda t: "garbage",
        lambda t: "v1." + "%" * 100,
        lambda t: t + t,
    ],
)
@pytest.mark.parametrize("where", ["/step/team", "/step/start", "/plan.pdf"])
def test_a_tampered_truncated_or_empty_token_gives_a_kind_page(journey, client, mangle, where):
    page = walk_to(journey, "team")
    token = mangle(page.token)
    if where == "/step/start" and token == "":
        # No token on the start page is simply a new plan, not an error.
        fresh = check_page(client.post(where, data={"token": token, "action": "continue"}))
        assert fresh.step == "signs"
        return
    response = client.post(where, data={"token": token, "action": "continue"})
    page = check_page(response, 400)
    assert page.step == "bad-token"
    assert page.root.find(".//main//a[@href='/']") is not None


def test_a_post_with_no_token_at_all_is_not_a_crash(client):
    assert check_page(client.post("/step/approach", data={}), 400).step == "bad-token"


def test_an_unknown_step_is_a_404_page(client):
    assert check_page(client.post("/step/nowhere", data={}), 404).step == "error"
    assert check_page(client.get("/step/nowhere"), 404).step == "error"
    assert check_page(client.get("/no/such/page"), 404).step == "error"


def test_an_oversized_body_gets_a_friendly_413(client):
    response = client.post("/step/start", data={"token": "", "blob": "x" * (MAX_BODY_BYTES + 1)})
    assert check_page(response, 413).step == "error"


def test_without_scripts_a_spanish_family_that_sends_too_much_is_answered_in_spanish(journey, client):
    """The body is never read, so its hidden language field is unknown: the form's own address says the
    page's language (a setting, never typed words), and the 413 page follows it, not the browser's."""
    letters = walk_to(journey, "statements", start="/?lang=es")
    own_letter = check_page(client.get("/letter?lang=es"))
    spanish = client.application.extensions["planner.contents"]["es"].text("error_pages.too_large.title")
    for form, fields in ((letters.form, dict(letters.form_values())), (own_letter.root.find(".//main//form"), {"lang": "es"})):
        action = form.get("action")
        too_much = {**fields, "letter": "x" * (MAX_BODY_BYTES + 1)}
        refused = check_page(client.post(action, data=too_much, headers={"Accept-Language": "en"}), 413)
        assert refused.step == "error" and refused.root.get("lang") == "es", action
        assert spanish in refused.text
        assert refused.root.find(".//main//a[@class='button']").get("href") == "/?lang=es"


@pytest.mark.parametrize("action", ["goto:nowhere", "remove_member:x", "remove_member:99", "explode", "goto:", "x" * 500])
def test_an_odd_action_is_handled(journey, action):
    walk_to(journey, "team")
    page = journey.submit(action=action)
    assert page.status == 200


def test_unknown_choice_values_are_refused_with_a_message(journey):
    walk_to(journey, "signs")
    page = journey.submit(warning=["lies_secrecy", "not-a-sign"])
    assert page.step == "signs"
    assert page.error_messages()


def test_wrong_method_is_a_page_not_a_crash(client):
    response = client.put("/step/start")
    assert response.status_code == 405


def test_the_error_summary_names_each_field_and_person(journey):
    walk_to(journey, "team")
    page = journey.submit(**{"members-0-name": "Zoë"})
    lines = page.error_messages()
    assert len(lines) == len(set(lines)) == 3, lines
    assert any("Zoë" in line and "part on the day" in line for line in lines), lines
    assert any("professional interventionist" in line for line in lines), lines


def test_a_row_without_a_name_and_a_numbered_card_are_named_in_the_error_summary(journey):
    walk_to(journey, "team")
    journey.submit(action="add_member")
    page = journey.submit(**{**STANDARD_ANSWERS["team"], "members-1-name": "", "members-1-relationship": "friend"})
    assert page.error_messages()[0].startswith("First name (Person 2):"), page.error_messages()
    walk_to(journey, "rehearsal")
    page = journey.submit(objection_0="stop_on_own", answered_by_0="", objection_1="not_now", answered_by_1="")
    assert [line.split(":")[0] for line in page.error_messages()] == ["Who answers (What they might say 1)", "Who answers (What they might say 2)"]


def test_too_long_says_how_long_it_is_and_how_long_it_may_be(journey):
    walk_to(journey, "boundaries")
    page = journey.submit(action_m1_0="x" * 2500)
    assert page.step == "boundaries"
    assert any("2500" in line and "2000" in line for line in page.error_messages()), page.error_messages()
    inline = page.root.find(".//p[@id='action_m1_0-error']")
    assert "2500" in "".join(inline.itertext())


@pytest.mark.parametrize("address", ["/plan.pdf", "/member.pdf", "/resume", "/p/riverside-recovery/embed/plan.pdf"])
def test_opening_a_post_only_address_explains_that_the_answers_are_in_the_page(client, address):
    page = check_page(client.get(address), 405)
    assert page.step == "no-answers"
    assert page.root.find(".//input[@id='plan_file']") is not None

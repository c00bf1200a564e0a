"""A team with people on a call and no Leader chosen (QA 13 P3-3, from the h3 walk).

Rosa's children Ana and Luis join by video; her partner Jorge reads a letter in the room, and no one
has the Leader role. The team, letters and review steps ask the family to choose a leader in the
room; the plan and every printout say what the plan settled instead. Putting everyone on the call
is refused for the team as a whole, not pinned to Ana's part.
"""

import io

import pytest
from pypdf import PdfReader

from tests.support import walk_to
from wizard.content import load_content

ROSA = {
    "team": {
        "loved_one": "Rosa", "interventionist": "family_leads",
        "members-0-name": "Ana", "members-0-relationship": "child", "members-0-role": "by_call",
        "members-1-name": "Luis", "members-1-relationship": "child", "members-1-role": "by_call",
        "members-2-name": "Jorge", "members-2-relationship": "partner", "members-2-role": "speaker",
    },
    "statements": {
        "letter_m1": "Mom, I love you. I remember our Sundays. Please accept help today.",
        "letter_m2": "Mom, I love you. I miss our walks. Please accept help today.",
        "letter_m3": "Rosa, I love you. I felt scared when you fell. Please accept help today.",
    },
}  # fmt: skip
SETTLED = {
    "en": "Jorge leads in the room and starts the call, because no one was chosen as Leader.",
    "es": "Jorge dirige la reunión en el cuarto e inicia la llamada, porque no se eligió a nadie como líder.",
}


def pdf_text(response) -> str:
    assert response.mimetype == "application/pdf", response.get_data(as_text=True)[:500]
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.data)).pages).split())


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_plan_and_every_printout_say_who_leads_instead_of_asking_to_choose(journey, client, lang):
    content = load_content(lang)
    asking = content.cautions["leader_in_room"]
    review = walk_to(journey, "review", start="/" if lang == "en" else "/?lang=es", **ROSA)
    assert asking in review.text, "the review still asks for a choice"
    assert SETTLED[lang] not in review.text
    plan = journey.submit()
    assert plan.step == "plan"
    assert SETTLED[lang] in plan.text and asking not in plan.text
    assert " ".join(SETTLED[lang].split()) in pdf_text(client.post("/plan.pdf", data={"token": plan.token}))
    for member in ("m1", "m2", "m3"):
        printout = pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": member}))
        assert SETTLED[lang] in printout, member
        assert asking[:60] not in printout, member


def test_the_team_step_still_asks_for_a_leader_in_the_room(journey):
    walk_to(journey, "statements", **ROSA)
    team = journey.submit(action="back")
    assert team.step == "team"
    assert load_content("en").cautions["leader_in_room"] in team.text
    assert SETTLED["en"] not in team.text


def test_everyone_on_the_call_is_refused_for_the_team_not_on_the_first_persons_part(journey):
    walk_to(journey, "statements", **ROSA)
    team = journey.submit(action="back")
    assert team.step == "team"
    refused = journey.submit(**{"members-2-role": "by_call"})
    assert refused.step == "team"
    message = load_content("en").errors["need_someone_present"]
    assert refused.error_messages() == [message], "the message alone: not “Their part on the day (Ana): …”"
    link = refused.root.find(".//div[@data-error-summary]//a")
    assert link.get("href") == "#members"
    target = refused.root.find(".//*[@id='members']")
    assert target is not None and message in "".join(target.itertext())
    assert refused.root.find(".//*[@id='members-0-role-error']") is None, "Ana's own choice was fine"
    assert refused.text.count(message) == 2, "once in the summary, once above the people"
    # The refusal says someone must be in the room; "choose a leader who will be in the room" beside it would not help.
    assert load_content("en").cautions["leader_in_room"] not in refused.text
    kept = journey.submit(**{"members-2-role": "speaker"})
    assert kept.step in ("statements", "review"), kept.error_messages()


def test_leaving_the_team_step_with_a_name_too_long_asks_only_to_shorten_it(journey):
    """Back with a name over its limit stops to have it shortened; the team's other problems wait, as a
    person's do (forms.base.only_too_long), so no one is told yet that everyone is on the call."""
    walk_to(journey, "statements", **ROSA)
    journey.submit(action="back")
    stopped = journey.submit(action="back", **{"members-2-role": "by_call", "members-2-name": "J" * 81})
    assert stopped.step == "team"
    assert load_content("en").text("notices.shorten_before_leaving") in stopped.text
    assert load_content("en").errors["need_someone_present"] not in stopped.text
    assert stopped.root.find(".//*[@id='members-2-name-error']") is not None

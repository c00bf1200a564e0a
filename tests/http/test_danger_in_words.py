"""Danger a family writes (not ticks) puts emergency help first on the very next page, once per sign."""

import io

import pytest

from tests.http.test_plan_document import text_of as pdf_text
from tests.support import BOUNDARY, STANDARD_ANSWERS, check_page, walk_to
from wizard.content import load_content
from wizard.token import decode

SUICIDE = "Sam, I love you. Last winter you told me you wanted to die, and I have been scared ever since. Please accept help today."
OVERDOSE_ES = "Sam, te quiero. El mes pasado tuviste una sobredosis en el baño. Por favor, acepta la ayuda hoy."
NUMBERS = ("911", "988", "1-800-222-1222", "1-800-662-4357")


def safety_panel(page):
    found = [s for s in page.root.iter("section") if "safety-first" in s.get("class", "").split()]
    return found[0] if found else None


def first_in_main(page):
    return next(iter(page.root.find(".//main")))


def test_a_letter_that_speaks_of_suicide_opens_the_next_page_with_emergency_help_before_anything_else(journey):
    walk_to(journey, "statements")
    page = journey.submit(letter_m1=SUICIDE)
    assert page.step == "boundaries", "the family still moves on"
    panel = safety_panel(page)
    assert panel is not None and first_in_main(page) is panel, "the very first thing on the page"
    words = " ".join("".join(panel.itertext()).split())
    assert all(number in words for number in NUMBERS), words
    assert "988" in words and "suicide" in words.lower()
    assert [a.get("href") for a in panel.iter("a")][:2] == ["tel:911", "tel:988"]
    assert "stays" not in words and "kept just as you wrote them" in words


def test_the_notice_is_not_repeated_on_later_pages_for_the_same_words(journey):
    walk_to(journey, "statements")
    journey.submit(letter_m1=SUICIDE)
    rehearsal = journey.submit(category_m1_0="money", action_m1_0=BOUNDARY, keep_m1_0="yes")
    assert rehearsal.step == "rehearsal" and safety_panel(rehearsal) is None


def test_a_new_kind_of_danger_in_a_later_step_is_answered_too(journey):
    walk_to(journey, "statements")
    journey.submit(letter_m1=SUICIDE)
    page = journey.submit(category_m1_0="legal", action_m1_0="If you hit me again, I will call the police.", keep_m1_0="yes")
    panel = safety_panel(page)
    assert panel is not None, page.step
    signs = "".join(panel.find(".//ul[@class='safety-first-signs']").itertext())
    assert "violent" in signs and "suicide" not in signs.lower()


def test_spanish_words_on_an_english_page_still_raise_the_alarm(journey):
    walk_to(journey, "statements")
    page = journey.submit(letter_m1=OVERDOSE_ES)
    assert safety_panel(page) is not None
    assert "overdosed" in "".join(safety_panel(page).itertext())


def test_a_danger_already_ticked_is_not_announced_again(journey):
    walk_to(journey, "statements", signs={"warning": ["lies_secrecy"], "substances": ["alcohol"], "danger": ["suicidal"]})
    page = journey.submit(letter_m1=SUICIDE)
    assert page.step == "boundaries" and safety_panel(page) is None


def test_a_loving_letter_with_near_misses_brings_no_notice(journey):
    walk_to(journey, "statements")
    page = journey.submit(letter_m1="Sam, I love you. It hit me last week how much I miss you. I want to live a long life with you in it. Please accept help today.")
    assert safety_panel(page) is None


def test_a_refused_form_stays_with_the_notice_and_keeps_the_words(journey, app):
    walk_to(journey, "boundaries")
    page = journey.submit(action_m1_0="If you hit me again, I will call the police.", category_m1_0="", keep_m1_0=None)
    assert page.step == "boundaries" and page.error_messages(), "missing answers are still asked for"
    assert safety_panel(page) is not None
    assert "If you hit me again" in page.html
    assert decode(page.token, app.extensions["planner.fernet"]).danger_in_words == ["violence"]
    again = journey.submit(category_m1_0="legal", keep_m1_0="yes")
    assert again.step == "rehearsal" and safety_panel(again) is None


def test_words_sealed_by_the_page_script_are_still_answered_on_the_next_page(journey, client):
    page = walk_to(journey, "statements")
    kept = client.post("/step/statements", data={**dict(page.form_values()), "letter_m1": SUICIDE, "action": "keep"}).get_json()["token"]
    after_reload = check_page(client.post("/step/statements", data={"token": kept, "action": "show"}))
    assert safety_panel(after_reload) is not None


def test_a_resumed_plan_whose_letter_tells_of_danger_opens_with_help(journey, app):
    page = walk_to(journey, "statements")
    saved = journey.client.post("/step/statements", data={**dict(page.form_values()), "letter_m1": SUICIDE, "action": "save"}).data
    resumed = check_page(
        app.test_client().post("/resume", data={"plan_file": (io.BytesIO(saved), "plan.json")}, content_type="multipart/form-data")
    )
    assert safety_panel(resumed) is not None and first_in_main(resumed) is safety_panel(resumed)


def test_the_own_letter_page_answers_danger_once_and_remembers_it_in_the_form(client):
    data = {"name": "Ana", "relationship": "sibling", "letter": SUICIDE, "action": "check"}
    first = check_page(client.post("/letter", data=data))
    assert safety_panel(first) is not None
    assert [i.get("value") for i in first.root.iter("input") if i.get("name") == "danger_shown"] == ["suicidal"]
    second = check_page(client.post("/letter", data={**data, "danger_shown": "suicidal"}))
    assert safety_panel(second) is None


def test_the_live_checker_says_so_while_the_family_types(client):
    said = client.post("/api/check-statement", json={"text": "You said we would be better off without you.", "kind": "letter"}).get_json()
    assert "911" in said["summary"]["danger"] and "988" in said["summary"]["danger"]
    calm = client.post("/api/check-statement", json={"text": "I love you and I miss our walks.", "kind": "letter"}).get_json()
    assert calm["summary"]["danger"] == ""
    spanish = client.post("/api/check-statement", json={"text": "Dijiste que querías morir.", "kind": "letter", "lang": "es"}).get_json()
    assert "988" in spanish["summary"]["danger"] and "peligro" in spanish["summary"]["danger"]


def test_danger_written_stays_in_view_on_the_review_and_opens_the_plan(journey, client):
    walk_to(journey, "statements")
    journey.submit(letter_m1=SUICIDE)
    review = walk_to_from_here(journey, "review")
    row = next(r for r in review.root.iter("div") if r.get("class") == "summary-row" and "From what you wrote" in "".join(r.itertext()))
    assert "suicide" in "".join(row.itertext())
    assert "Please ask a trained professional" in review.text, "the family leads: a caution"
    plan = journey.submit()
    safety = plan.root.find(".//section[@class='plan-section plan-section--safety']")
    assert safety is not None and "Call or text 988 now" in "".join(safety.itertext())


def walk_to_from_here(journey, stop):
    """Go on from the page the journey is on, with the standard answers, to `stop`."""
    page = journey.page
    while page.step != stop:
        page = journey.submit(**STANDARD_ANSWERS[page.step])
    return page


def test_downloading_a_letter_about_danger_shows_the_help_first_then_saves(client):
    data = {"name": "Ana", "relationship": "sibling", "letter": SUICIDE, "action": "save"}
    first = client.post("/letter", data=data)
    assert first.mimetype == "text/html" and safety_panel(check_page(first)) is not None
    again = client.post("/letter", data={**data, "danger_shown": "suicidal"})
    assert again.mimetype == "application/json", "the second press downloads"


def test_a_reworded_false_alarm_leaves_the_review_and_the_plan(journey):
    walk_to(journey, "statements")
    journey.submit(letter_m1="Sam, I love you. I almost lost you last winter. Please accept help today.")
    page = journey.submit("goto:statements")
    page = journey.submit(letter_m1="Sam, I love you. I miss our walks. Please accept help today.")
    review = walk_to_from_here(journey, "review")
    assert "From what you wrote" not in review.text
    assert "nearly overdosed" not in journey.submit().text, "the plan's Safety first no longer names an overdose"


def test_spanish_typed_without_accents_still_raises_the_alarm(journey):
    walk_to(journey, "statements")
    page = journey.submit(letter_m1="Sam, te quiero. Me dijiste que querias morir. Por favor acepta la ayuda hoy.")
    assert safety_panel(page) is not None


# QA 12 P2-3: a letter's words that raise the alarm are named, so a false one (Mario Kart) can be found
# and reworded. A real one here: the detection rules are changing, the naming is not.
HIT = "Sam, I love you. Last winter you hit me and broke the door. Please accept help today."
HIT_SAID = {"en": "In José’s letter: “hit me”", "es": "En la carta de José: «hit me»"}


def text_of(element) -> str:
    return " ".join("".join(element.itertext()).split())


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_next_page_quotes_the_words_that_sound_like_danger_and_whose_they_are(journey, lang):
    walk_to(journey, "statements", start="/" if lang == "en" else "/?lang=es")
    page = journey.submit(letter_m1=HIT)
    panel = safety_panel(page)
    assert panel is not None and first_in_main(page) is panel, "the crisis numbers still come first, on the very next page"
    words = text_of(panel)
    assert HIT_SAID[lang] in words, words
    assert ("a game or a joke" if lang == "en" else "un juego o una broma") in words
    assert all(number in words for number in NUMBERS), "the numbers are as strong as before"
    assert "Domestic Violence Hotline" in words or "Violencia Doméstica" in words


@pytest.mark.parametrize(
    ("lang", "row_says", "caution"),
    [
        ("en", "They have been violent, or have threatened someone. In José’s letter: “hit me”.", "Something you wrote sounds like someone has been violent"),
        ("es", "En la carta de José: «hit me».", "Algo que escribiste suena a que alguien ha sido violento"),
    ],
)
def test_the_review_shows_written_danger_as_its_own_row_with_the_words_and_a_written_caution(journey, lang, row_says, caution):
    walk_to(journey, "statements", start="/" if lang == "en" else "/?lang=es")
    journey.submit(letter_m1=HIT)
    review = walk_to_from_here(journey, "review")
    rows = {text_of(r.find("dt")): r for r in review.root.iter("div") if r.get("class") == "summary-row"}
    written = rows["From what you wrote" if lang == "en" else "De lo que escribiste"]
    assert row_says in text_of(written), text_of(written)
    assert written.find(".//button").get("value") == "goto:statements", "Change leads to the letter"
    danger = rows["Danger signs" if lang == "en" else "Señales de peligro"]
    assert ("None ticked" if lang == "en" else "Ninguna marcada") in text_of(danger), "not “Not given” beside a violence caution"
    assert caution in review.text
    assert "You told us someone has been violent" not in review.text and "Nos dijiste que alguien ha sido violento" not in review.text
    plan = journey.submit()
    assert caution in plan.text and "1-800-799-7233" in plan.text, "the plan keeps the same advice and numbers"


def test_a_ticked_danger_keeps_you_told_us(journey):
    signs = {**STANDARD_ANSWERS["signs"], "danger": ["violence"]}
    walk_to(journey, "statements", signs=signs, crisis={"safe_now": "y"})
    journey.submit(letter_m1=HIT)
    review = walk_to_from_here(journey, "review")
    assert "You told us someone has been violent" in review.text
    assert "Something you wrote sounds like someone has been violent" not in review.text


def test_the_own_letter_page_quotes_the_words_too(client):
    page = check_page(client.post("/letter", data={"name": "Greg", "relationship": "other", "letter": HIT, "action": "save"}))
    assert "In your letter: “hit me”" in text_of(safety_panel(page))


@pytest.mark.parametrize(
    ("lang", "text", "quoted"),
    [
        ("en", "You hit me and broke the door, and I am afraid of you.", "“hit me”"),
        ("es", "Tu novio Andrés te pega.", "«Tu novio Andrés te pega»"),
    ],
)
def test_the_live_note_quotes_the_words_and_says_they_can_be_changed(client, lang, text, quoted):
    danger = client.post("/api/check-statement", json={"text": text, "lang": lang}).get_json()["summary"]["danger"]
    assert quoted in danger and "911" in danger and "1-800-799-7233" in danger, danger
    assert ("a game or a joke" if lang == "en" else "un juego o una broma") in danger


@pytest.mark.parametrize("lang", ["en", "es"])
def test_two_signs_in_one_live_note_say_call_911_once(client, lang):
    """QA 12 P3-5: suicide talk and violence in one letter; 988 and the hotline both stay."""
    text = "You said you wanted to die, and last week you hit me."
    danger = client.post("/api/check-statement", json={"text": text, "lang": lang}).get_json()["summary"]["danger"]
    assert danger.count("911") == 1, danger
    assert "988" in danger and "1-800-799-7233" in danger, danger


# QA 12 P2-3, the part left: the plan (page, print view, PDF) quotes the words beneath a written sign,
# and whose they are, so a family reading it can tell a game from a threat.
SIGN_SAYS = {"en": "They have been violent", "es": "Ha usado la violencia"}


def plan_safety(page) -> str:
    return text_of(page.root.find(".//section[@class='plan-section plan-section--safety']"))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_plan_page_print_view_and_pdf_quote_the_words_beneath_a_written_sign(journey, client, lang):
    walk_to(journey, "statements", start="/" if lang == "en" else "/?lang=es")
    journey.submit(letter_m1=HIT)
    plan = walk_to_from_here(journey, "plan")
    safety = plan_safety(plan)  # the plan page is the print view (print styles only)
    assert SIGN_SAYS[lang] in safety, safety
    sign = next(li for li in plan.root.iter("li") if text_of(li).startswith(SIGN_SAYS[lang]))
    assert [text_of(li) for li in sign.iter("li") if li is not sign] == [HIT_SAID[lang]], "beneath the sign it raised"
    pdf = pdf_text(client.post("/plan.pdf", data={"token": plan.token}))
    assert HIT_SAID[lang] in pdf, pdf
    assert pdf.index(SIGN_SAYS[lang]) < pdf.index(HIT_SAID[lang])


BOTH_WRITE = {
    "team": {
        "loved_one": "Sam", "interventionist": "family_leads",
        "members-0-name": "José", "members-0-relationship": "parent", "members-0-role": "leader",
        "members-1-name": "Ana", "members-1-relationship": "sibling", "members-1-role": "speaker",
    },
    "statements": {"letter_m1": HIT, "letter_m2": "Sam, I love you and I miss our walks. Please accept help today."},
    "boundaries": {
        "category_m1_0": "money", "action_m1_0": BOUNDARY, "keep_m1_0": "yes",
        "category_m2_0": "legal", "action_m2_0": "If you shoved me again, I would call the police.", "keep_m2_0": "yes",
    },
}  # fmt: skip


def test_each_printout_quotes_only_its_own_persons_words(journey, client):
    """A printout is handed to one person and may be seen by others: José's words stay out of Ana's, and hers out of his."""
    plan = walk_to(journey, "plan", **BOTH_WRITE)
    jose_said, ana_said = "In José’s letter: “hit me”", "In Ana’s bottom lines: “shoved me”"
    assert jose_said in plan_safety(plan) and ana_said in plan_safety(plan), "the whole plan quotes both"
    jose = pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": "m1"}))
    ana = pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": "m2"}))
    assert SIGN_SAYS["en"] in jose and SIGN_SAYS["en"] in ana, "every printout still names the sign"
    assert jose_said in jose and "shoved me" not in jose and "Ana’s bottom lines" not in jose
    assert ana_said in ana and "hit me" not in ana and "José’s letter" not in ana


def test_a_ticked_sign_quotes_no_words_in_the_plan(journey, client):
    signs = {**STANDARD_ANSWERS["signs"], "danger": ["violence"]}
    walk_to(journey, "statements", signs=signs, crisis={"safe_now": "y"})
    journey.submit(letter_m1=HIT)
    plan = walk_to_from_here(journey, "plan")
    assert SIGN_SAYS["en"] in plan_safety(plan) and "José’s letter" not in plan_safety(plan)


# QA 14 P2-1: an overdose told only by who fetched the naloxone, with no box ticked, and a
# 15-year-old brother on the team who fetched it.
NARCAN_TEAM = {
    **STANDARD_ANSWERS["team"],
    "members-1-name": "Ethan",
    "members-1-relationship": "sibling",
    "members-1-role": "speaker",
    "members-1-under_18": "y",
}
NARCAN_LETTERS = {
    "letter_m1": "Sam, I love you. Two weeks ago I found you on the bathroom floor, blue, and Ethan ran for the Narcan. I have not slept a night since.",
    "letter_m2": "Sam, I love you. I was the one who got the Narcan. I was so scared I couldn't breathe. Please take the help today.",
}


def test_an_overdose_told_by_who_fetched_the_naloxone_opens_help_and_looks_after_the_teen_who_fetched_it(journey, client):
    walk_to(journey, "statements", signs={"warning": ["lies_secrecy"], "substances": ["opioids"]}, team=NARCAN_TEAM)
    page = journey.submit(**NARCAN_LETTERS)
    panel = safety_panel(page)
    assert panel is not None and first_in_main(page) is panel
    assert "overdosed" in "".join(panel.itertext())
    plan = walk_to(type(journey)(client), "plan", signs={"warning": ["lies_secrecy"], "substances": ["opioids"]}, team=NARCAN_TEAM, statements=NARCAN_LETTERS)
    after = plan.root.find(".//section[@class='plan-section plan-section--after']")
    assert "make sure Ethan can talk with someone" in " ".join("".join(after.itertext()).replace("\u2068", "").replace("\u2069", "").split())


# QA 15 P2-3: "sin respirar" is how most Spanish speakers say "not breathing"; out of breath from a fright is not.
NOT_BREATHING_ES = "Sam, te quiero. El mes pasado te encontramos en tu cuarto sin respirar. Pensé que te perdía."
BREATHLESS_ES = "Sam, te quiero. Me quedé sin respirar del susto cuando sonó el teléfono. Por favor, acepta la ayuda hoy."


def test_a_spanish_letter_that_found_him_sin_respirar_brings_the_overdose_help_first(journey):
    opioids = {**STANDARD_ANSWERS["signs"], "substances": ["opioids"]}
    walk_to(journey, "statements", start="/?lang=es", signs=opioids)
    page = journey.submit(letter_m1=NOT_BREATHING_ES)
    assert page.step == "boundaries" and page.root.get("lang") == "es"
    panel = safety_panel(page)
    assert panel is not None and first_in_main(page) is panel, "no box ticked: the help comes first"
    assert [a.get("href") for a in panel.iter("a")][0] == "tel:911"
    said = " ".join("".join(panel.itertext()).split())
    assert load_content("es").danger["overdose"].first_action.split(".")[0] in said
    assert "sin respirar" in said, "the family's own words, so they know why"


def test_out_of_breath_from_a_fright_brings_no_notice_in_spanish(journey):
    walk_to(journey, "statements", start="/?lang=es")
    page = journey.submit(letter_m1=BREATHLESS_ES)
    assert page.step == "boundaries" and safety_panel(page) is None


# QA 16 P2-1: a bottom line that takes the wine and the pills away is not an overdose; the pills
# taken with the wine still are.
@pytest.mark.parametrize(
    "bottom_line, overdose",
    [
        ("If you do not go today, I will pour out all the wine in your house and take your Ativan bottle home with me.", False),
        ("I will stop pretending that it is safe when you take your Ativan with a bottle of wine every night.", True),
    ],
)
def test_a_bottom_line_that_takes_the_wine_and_pills_away_is_no_overdose(journey, bottom_line, overdose):
    walk_to(journey, "boundaries")
    line = {"category_m1_0": "other", "action_m1_0": bottom_line, "keep_m1_0": "yes"}
    page = journey.submit(**line)
    panel = safety_panel(page)  # the first page after the words were posted says it, paused or not
    if page.step == "boundaries":
        # Paused once by a caution about the line (QA 16 P1-1: taking the wine and pills away); the same words go on.
        assert not page.error_messages()
        page = journey.submit(**line)
    assert page.step == "rehearsal" and not page.error_messages()
    panel = panel if panel is not None else safety_panel(page)
    assert (panel is not None and "overdosed" in "".join(panel.itertext())) is overdose

"""A child who is not safe (QA 14 P2-2): rules that keep the child safe start now, whatever the answer.

The plan said so under "Safety first", yet the bottom-lines step offered "Children and visits" as an
"if you say no" bottom line, and the plan printed "Sofi will not be left alone with you until you are in
treatment" under "if you say no". Now the category is not offered (and the step says why), and a line
that keeps a child safe, saved before or typed in another category, is printed under "Safety first" as a
rule that starts now: moved, never dropped.
"""

import pytest

from tests.http.test_plan_document import text_of
from tests.support import STANDARD_ANSWERS, flat, shows, walk_to, words_for

START = {"en": "/", "es": "/?lang=es"}
CHILD = {**STANDARD_ANSWERS["signs"], "substances": ["opioids"], "danger": ["child_at_risk"]}
CHILD_LINE = {"en": "Sofi will not be left alone with you until you are in treatment.",
              "es": "Sofi no se va a quedar a solas contigo hasta que estés en tratamiento."}
MONEY_LINE = {"en": "I will not give you cash.", "es": "No te voy a dar dinero."}


def category_options(page, row: str = "category_m1_0") -> list[str]:
    select = next(s for s in page.root.iter("select") if s.get("name") == row)
    return [o.get("value") for o in select.iter("option") if o.get("value")]


def child_note(page) -> str:
    note = page.root.find(".//*[@data-child-note]")
    return flat(note) if note is not None else ""


def typed(lang, category="other", line=None):
    return {"category_m1_0": "money", "action_m1_0": MONEY_LINE[lang], "keep_m1_0": "yes",
            "category_m1_1": category, "action_m1_1": line or CHILD_LINE[lang], "keep_m1_1": "yes"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_with_a_child_at_risk_the_step_does_not_offer_children_and_visits_and_says_why(journey, client, lang):
    words = words_for(client, lang)
    guidance = words.guidance["boundaries"]
    page = walk_to(journey, "boundaries", start=START[lang], signs=CHILD)
    assert "childcare" not in category_options(page) and "money" in category_options(page)
    assert child_note(page) == " ".join(guidance.child_at_risk_note.split())
    examples = page.root.find(".//aside[@class='guidance']/details")
    assert guidance.categories["childcare"].examples[0] not in flat(examples), "no child rule offered as an example"
    calm = walk_to(type(journey)(client), "boundaries", start=START[lang])
    assert "childcare" in category_options(calm) and child_note(calm) == "", "offered as before with no child at risk"


def test_a_child_at_risk_written_in_a_letter_brings_the_note_in_its_written_words(journey, client):
    guidance = words_for(client, "en").guidance["boundaries"]
    walk_to(journey, "statements")
    page = journey.submit(letter_m1="Sam, I love you. You left the baby alone to go and buy drugs. Please accept help.")
    assert page.step == "boundaries"
    assert child_note(page) == " ".join(guidance.child_at_risk_note_written.split())
    assert "childcare" not in category_options(page)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_child_rule_typed_in_another_category_is_paused_then_printed_as_starting_now(journey, client, lang):
    words = words_for(client, lang)
    walk_to(journey, "boundaries", start=START[lang], signs=CHILD)
    page = journey.submit(**typed(lang, "contact"))
    assert page.step == "boundaries" and words.text("notices.caution_first") in page.text
    raised = flat(page.root.find(".//*[@data-raised-cautions]"))
    assert shows(words.cautions["child_rule"], raised) and CHILD_LINE[lang] in raised
    assert journey.submit().step == "rehearsal", "the same words posted again move on"
    plan = walk_to(type(journey)(client), "plan", start=START[lang], signs=CHILD, boundaries=typed(lang, "contact"))
    safety = flat(plan.root.find(".//section[@class='plan-section plan-section--safety']"))
    rule = words.text("plan.child_rule", name="José", line=CHILD_LINE[lang])
    assert shows(rule, safety), "under Safety first, as a rule that starts now"
    no = flat(plan.root.find(".//section[@class='plan-section plan-section--boundaries']"))
    assert MONEY_LINE[lang] in no and CHILD_LINE[lang] not in no, "not read as 'if you say no'"
    own = text_of(client.post("/member.pdf", data={"token": plan.token, "member": "m1"}))
    assert shows(rule, own), "José's own printout carries it too"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_line_saved_under_children_and_visits_is_moved_not_dropped_and_keeps_its_category(journey, client, lang):
    """An old plan, or a post without the page, may hold the category: its words still reach the plan."""
    words = words_for(client, lang)
    line = {"en": "I will not pay for your phone.", "es": "No voy a pagar tu teléfono."}[lang]  # no child word at all
    walk_to(journey, "boundaries", start=START[lang], signs=CHILD)
    page = journey.submit(**typed(lang, "childcare", line))
    assert page.step == "boundaries" and shows(words.cautions["child_rule"], flat(page.root.find(".//*[@data-raised-cautions]")))
    assert "childcare" in category_options(page, "category_m1_1"), "the row that holds it keeps it"
    assert "childcare" not in category_options(page, "category_m1_2")
    plan = walk_to(type(journey)(client), "plan", start=START[lang], signs=CHILD, boundaries=typed(lang, "childcare", line))
    safety = flat(plan.root.find(".//section[@class='plan-section plan-section--safety']"))
    assert shows(words.text("plan.child_rule", name="José", line=line), safety)
    assert line not in flat(plan.root.find(".//section[@class='plan-section plan-section--boundaries']"))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_with_no_child_at_risk_the_same_line_stays_a_bottom_line(journey, client, lang):
    words = words_for(client, lang)
    plan = walk_to(journey, "plan", start=START[lang], boundaries=typed(lang, "childcare"))
    no = flat(plan.root.find(".//section[@class='plan-section plan-section--boundaries']"))
    assert CHILD_LINE[lang] in no
    assert not shows(words.text("plan.child_rule", name="José", line=CHILD_LINE[lang]), plan.text)
    assert not shows(words.cautions["child_rule"], plan.text)


def review_row(page, label: str) -> str | None:
    """The value beside `label` in the review's summary, or None when there is no such row."""
    for row in page.root.iterfind(".//div[@class='summary-row']"):
        if flat(row.find("dt")).startswith(label):
            return flat(row.find("dd"))
    return None


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_review_lists_a_child_rule_as_starting_now_not_under_if_the_answer_is_no(journey, client, lang):
    """The QA 14 re-walk: the plan moved Rosa's child rule to Safety first, but the review still listed it
    under "If the answer is no: Rosa"."""
    words = words_for(client, lang)
    review = walk_to(journey, "review", start=START[lang], signs=CHILD, boundaries=typed(lang, "contact"))
    if_no = review_row(review, words.text("review.boundary_from", name="José"))
    starts_now = review_row(review, words.text("review.child_rule_from", name="José"))
    assert if_no is not None and MONEY_LINE[lang] in if_no and CHILD_LINE[lang] not in if_no
    assert starts_now is not None and CHILD_LINE[lang] in starts_now
    calm = walk_to(type(journey)(client), "review", start=START[lang], boundaries=typed(lang, "contact"))
    assert review_row(calm, words.text("review.child_rule_from", name="José")) is None, "no child at risk: a bottom line as before"
    assert CHILD_LINE[lang] in review_row(calm, words.text("review.boundary_from", name="José"))

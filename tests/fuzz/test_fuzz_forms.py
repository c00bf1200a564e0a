"""Every step's form posted with hostile values: refused kindly, and nothing the family wrote is lost."""

import re

from hypothesis import given
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict

from tests.fuzz.hostile import action_values, fitting_text, hostile_form, odd_text
from tests.fuzz.verdicts import (
    as_kept,
    assert_answers_kept,
    assert_continue_was_answered,
    assert_kind_response,
    passphrase_in,
    plan_returned,
)

# A choice on each step with typed text that, set to an unknown id, must make the form refuse.
SPOILERS = {
    "team": "interventionist",
    "statements": "order_m1",
    "boundaries": "keep_m1_0",
    "rehearsal": "objection_0",
    "treatment": "option",
}


@given(data=st.data())
def test_a_hostile_post_to_a_step_is_refused_kindly_and_keeps_earlier_answers(http, walked, fernet, mounts, data):
    here = walked[data.draw(st.sampled_from(sorted(walked)), label="step")]
    actions = data.draw(st.lists(action_values(here), max_size=2), label="actions")
    body = [("token", here.token), *data.draw(hostile_form(here), label="fields")]
    body += [("action", action) for action in actions]
    if data.draw(st.booleans(), label="from review"):
        body.append(("return", "review"))
    prefix = data.draw(st.sampled_from(mounts), label="mount")

    response = http.post(f"{prefix}/step/{here.step}", data=MultiDict(body))

    page = assert_kind_response(response)
    action = actions[0] if actions else None
    assert_continue_was_answered(page, here.step, action)
    after = plan_returned(response, page, fernet, passphrase_in(body))
    assert_answers_kept(here.plan, after, here.step, page, action)


@given(data=st.data())
def test_text_typed_into_a_refused_form_is_shown_again(http, walked, data):
    here = walked[data.draw(st.sampled_from(sorted(SPOILERS)), label="step")]
    spoiler = SPOILERS[here.step]
    texts = [*here.lines, *here.paragraphs]
    typed = {
        name: data.draw(fitting_text, label=name)
        for name in data.draw(st.lists(st.sampled_from(texts), min_size=1, max_size=4, unique=True), label="typed into")
    }
    # Not blank: a card or row with nothing but spaces in it counts as left empty, not as wrong.
    wrong = data.draw(odd_text.filter(lambda v: v.strip() and v not in here.choices[spoiler]), label=spoiler)
    changed = {**typed, spoiler: wrong}
    body = [(k, v) for k, v in here.answers if k not in changed] + list(changed.items())

    page = assert_kind_response(http.post(here.path, data=MultiDict([("token", here.token), *body, ("action", "continue")])))

    assert page.step == here.step and page.error_messages(), "the unknown choice was not refused"
    shown = dict(page.form_values())
    for name, text in typed.items():
        kept = as_kept(text, one_line=name in here.lines)
        if name.startswith("letter_") and not kept.strip():
            continue  # an empty letter is filled from its parts, by design
        if name in ("date", "time") and re.fullmatch(r"[0-9/:-]+", kept):
            continue  # a real date or time is shown in one standard form
        assert shown.get(name) == kept, f"{name}: typed {text!r}, shown {shown.get(name)!r}"

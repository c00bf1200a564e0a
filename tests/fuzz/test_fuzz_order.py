"""Steps posted out of order, with a token from another step, or the same post sent twice."""

from hypothesis import given
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict

from tests.fuzz.hostile import STEPS, action_values, hostile_form
from tests.fuzz.verdicts import (
    assert_answers_kept,
    assert_continue_was_answered,
    assert_kind_response,
    passphrase_in,
    plan_returned,
)


@given(data=st.data())
def test_a_token_from_another_step_is_sent_where_it_belongs_with_its_answers(http, walked, fernet, data):
    """The family's tab from one step posts to another: they are sent back or on, never lose answers."""
    token_from = walked[data.draw(st.sampled_from(sorted(walked)), label="token from")]
    posted = data.draw(st.sampled_from(STEPS), label="posted to")
    form_of = walked.get(posted, token_from)
    fields = data.draw(st.one_of(st.just(list(form_of.answers)), hostile_form(form_of)), label="fields")
    action = data.draw(action_values(form_of), label="action")

    response = http.post(f"/step/{posted}", data=MultiDict([("token", token_from.token), *fields, ("action", action)]))

    page = assert_kind_response(response)
    assert_continue_was_answered(page, posted, action)
    after = plan_returned(response, page, fernet, passphrase_in(fields))
    assert_answers_kept(token_from.plan, after, posted, page, action)


@given(data=st.data())
def test_the_same_post_sent_twice_gets_the_same_answer(http, walked, fernet, data):
    """A double click or a replayed token: the second answer is the first one again, not a new state."""
    here = walked[data.draw(st.sampled_from(sorted(walked)), label="step")]
    posted = data.draw(st.sampled_from([here.step, *STEPS]), label="posted to")
    pairs = [("token", here.token), *data.draw(hostile_form(here)), ("action", data.draw(action_values(here)))]

    answers = [http.post(f"/step/{posted}", data=MultiDict(pairs)) for _ in range(2)]

    pages = [assert_kind_response(response) for response in answers]
    assert [r.status_code for r in answers] == [answers[0].status_code] * 2
    plans = [plan_returned(r, page, fernet, passphrase_in(pairs)) for r, page in zip(answers, pages)]
    assert plans[0] == plans[1]
    if pages[0] is not None:
        assert pages[0].step == pages[1].step and pages[0].error_messages() == pages[1].error_messages()

"""Plans sealed with our own key that fit the schema but not each other: the pages still work.

The token is untrusted state (see wizard/plan.py): an old tab, a future bug or
a leaked key could seal any plan the schema accepts (see odd_plans.py). Every
page and both PDFs must still answer kindly, and a post must not change the
answers of other steps.
"""

from hypothesis import given
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict

from tests.fuzz.hostile import STEPS
from tests.fuzz.odd_plans import member_id, odd_plan
from tests.fuzz.verdicts import assert_answers_kept, assert_continue_was_answered, assert_kind_response, plan_returned
from wizard.token import encode


@given(data=st.data())
def test_an_odd_but_well_formed_plan_is_shown_kindly_on_every_step(http, walked, fernet, data):
    plan = data.draw(odd_plan(walked), label="plan")
    posted = data.draw(st.sampled_from(STEPS), label="posted to")
    fields = list(walked[posted].answers) if posted in walked and data.draw(st.booleans(), label="with answers") else []
    action = data.draw(
        st.sampled_from(
            ["continue", "back", "show", "check", "save", "import_letter", "add_member", "remove_member:0", "assemble:m1"]
            + [f"goto:{step}" for step in STEPS]
        ),
        label="action",
    )

    response = http.post(f"/step/{posted}", data=MultiDict([("token", encode(plan, fernet)), *fields, ("action", action)]))

    page = assert_kind_response(response)
    assert_continue_was_answered(page, posted, action)
    assert_answers_kept(plan, plan_returned(response, page, fernet), posted, page, action)


@given(data=st.data())
def test_an_odd_but_well_formed_plan_prints_or_is_sent_back(http, walked, fernet, data):
    plan = data.draw(odd_plan(walked), label="plan")
    where = data.draw(st.sampled_from(["/plan.pdf", "/member.pdf"]), label="endpoint")
    member = data.draw(st.one_of(member_id, st.sampled_from(["", "x", "m01"])), label="member")

    response = http.post(where, data={"token": encode(plan, fernet), "member": member})

    assert_kind_response(response)

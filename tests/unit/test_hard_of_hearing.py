"""Hard of hearing, apart from Deaf and signing (QA 11 P2-1, P2-2).

"deaf" was once the only box for any hearing loss. It keeps its meaning (an interpreter), so a plan
saved with it opens as before; "hard_of_hearing" brings what helps someone who does not sign.
"""

import json
import zlib

import pytest

from wizard import flow
from wizard.content import load_content
from wizard.plan import Member, Plan, Signs, Team
from wizard.token import ENVELOPE, decode, encode, fernet_for
from wizard.vocabulary import Approach, Relationship, Role, Situation, Substance, WarningSign

KEYS = fernet_for(["first-secret"])
KAREN = Member(id="m1", name="Karen", relationship=Relationship.CHILD, role=Role.BY_CALL)
FRANK = Member(id="m2", name="Frank", relationship=Relationship.FRIEND, role=Role.SPEAKER)


def walter(*situation: Situation, members=(FRANK,)) -> Plan:
    signs = Signs(warning=[WarningSign.LIES_SECRECY], substances=[Substance.ALCOHOL], situation=list(situation))
    return Plan(signs=signs, approach=Approach.INVITATIONAL, team=Team(loved_one="Walter", members=list(members)))


def test_a_token_saved_with_the_old_deaf_box_opens_and_still_means_deaf_and_an_interpreter():
    """Sealed as plans were before the split: the raw JSON holds "deaf" and nothing new."""
    raw = json.loads(walter().model_dump_json())
    raw["signs"]["situation"] = ["deaf"]
    token = ENVELOPE + KEYS.encrypt(zlib.compress(json.dumps(raw).encode())).decode()
    plan = decode(token, KEYS)
    assert plan.signs.situation == [Situation.DEAF]
    assert flow.needs_interpreter(plan) and not flow.is_hard_of_hearing(plan)
    cautions = flow.cautions(plan)
    assert "interpreter" in cautions and "hard_of_hearing" not in cautions
    checklist = load_content("en").guidance["rehearsal"].checklist
    items = flow.checklist_items(plan, checklist)
    assert checklist.interpreter in items and checklist.hard_of_hearing not in items


def test_the_hard_of_hearing_box_survives_the_round_trip():
    plan = walter(Situation.HARD_OF_HEARING)
    assert decode(encode(plan, KEYS), KEYS).signs.situation == [Situation.HARD_OF_HEARING]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_hard_of_hearing_brings_its_caution_question_and_checklist_line_not_the_interpreters(lang):
    content = load_content(lang)
    guide, checklist = content.pages["treatment"], content.guidance["rehearsal"].checklist
    plan = walter(Situation.HARD_OF_HEARING)
    cautions = flow.cautions(plan)
    assert "hard_of_hearing" in cautions and "interpreter" not in cautions
    assert guide.questions_for(cautions)[:2] == guide.questions_when["hard_of_hearing"]
    assert not set(guide.questions_when["interpreter"]) & set(guide.questions_for(cautions))
    items = flow.checklist_items(plan, checklist)
    assert checklist.hard_of_hearing in items and checklist.interpreter not in items
    assert checklist.hard_of_hearing_by_call not in items, "no one joins by call"
    # The signing box brings none of it.
    deaf = walter(Situation.DEAF)
    assert "hard_of_hearing" not in flow.cautions(deaf)
    assert checklist.hard_of_hearing not in flow.checklist_items(deaf, checklist)


def test_a_caller_and_hearing_loss_add_the_line_about_captions_and_the_callers_printed_letter():
    checklist = load_content("en").guidance["rehearsal"].checklist
    items = flow.checklist_items(walter(Situation.HARD_OF_HEARING, members=(KAREN, FRANK)), checklist)
    assert checklist.by_call in items and checklist.hard_of_hearing_by_call in items
    assert items.index(checklist.hard_of_hearing) < items.index(checklist.hard_of_hearing_by_call)
    assert checklist.hard_of_hearing_by_call not in flow.checklist_items(walter(members=(KAREN, FRANK)), checklist)
    assert checklist.hard_of_hearing_by_call not in flow.checklist_items(walter(Situation.DEAF, members=(KAREN, FRANK)), checklist)


def test_a_shout_may_not_wake_someone_deaf_or_hard_of_hearing_and_the_signed_letters_lead_is_for_deaf_only():
    assert flow.wakes_by_touch(walter(Situation.HARD_OF_HEARING)) and flow.wakes_by_touch(walter(Situation.DEAF))
    assert not flow.wakes_by_touch(walter())
    assert not flow.needs_interpreter(walter(Situation.HARD_OF_HEARING)), "the letters are read aloud, not signed"

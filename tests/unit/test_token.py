"""The hidden-field token: round trip, tamper evidence, key rotation, size bounds."""

import json
import zlib

import pytest

from wizard.plan import Letter, Member, Plan, Team, Treatment
from wizard.token import ENVELOPE, BadToken, decode, encode, fernet_for
from wizard.vocabulary import Coverage, Relationship, Role

KEYS = fernet_for(["first-secret"])


MARKER = "PlainTextMarkerThatMustNotShow"


def a_plan() -> Plan:
    member = Member(id="m1", name="Nguyễn Zoë", relationship=Relationship.SIBLING, role=Role.SPEAKER)
    return Plan(team=Team(members=[member]), letters={"m1": Letter(text=f"I love you “always”. {MARKER} " * 50)})


def test_a_plan_survives_the_round_trip():
    plan = a_plan()
    assert decode(encode(plan, KEYS), KEYS) == plan


def test_the_token_reveals_nothing_typed():
    token = encode(a_plan(), KEYS)
    # A 30-letter run cannot appear in base64 by chance; it would only if stored in clear.
    assert MARKER not in token
    assert token.startswith(ENVELOPE)


def test_compression_keeps_a_repetitive_letter_small():
    assert len(encode(a_plan(), KEYS)) < 2500


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: "",
        lambda t: t[:-5],
        lambda t: t[: len(t) // 2],
        lambda t: t[:20] + ("A" if t[20] != "A" else "B") + t[21:],
        lambda t: "v2." + t[3:],
        lambda t: t.replace("v1.", ""),
        lambda t: t + "é",
        lambda t: "v1." + "x" * 500_000,
        lambda t: "v1.not base64 at all!",
        lambda t: t + t,
        lambda t: t + "==junk",
    ],
)
def test_a_tampered_truncated_or_empty_token_is_refused(mangle):
    with pytest.raises(BadToken):
        decode(mangle(encode(a_plan(), KEYS)), KEYS)


def test_a_token_sealed_with_another_key_is_refused():
    foreign = fernet_for(["someone-else"])
    with pytest.raises(BadToken):
        decode(encode(a_plan(), foreign), KEYS)


def test_rotation_opens_old_tokens_and_seals_with_the_new_key():
    old_token = encode(a_plan(), KEYS)
    rotated = fernet_for(["new-secret", "first-secret"])
    assert decode(old_token, rotated) == a_plan()
    with pytest.raises(BadToken):
        decode(encode(a_plan(), rotated), KEYS)


def test_a_sealed_token_whose_plan_does_not_validate_is_refused():
    bad = json.dumps({"version": 1, "approach": "shout-at-them"}).encode()
    token = ENVELOPE + KEYS.encrypt(zlib.compress(bad)).decode()
    with pytest.raises(BadToken):
        decode(token, KEYS)


def test_a_sealed_decompression_bomb_is_refused():
    bomb = zlib.compress(b"{" + b" " * 20_000_000 + b"}", 9)
    token = ENVELOPE + KEYS.encrypt(bomb).decode()
    with pytest.raises(BadToken):
        decode(token, KEYS)


def test_unknown_keys_in_the_plan_are_refused():
    raw = json.loads(a_plan().model_dump_json())
    raw["extra"] = "surprise"
    token = ENVELOPE + KEYS.encrypt(zlib.compress(json.dumps(raw).encode())).decode()
    with pytest.raises(BadToken):
        decode(token, KEYS)


def test_a_token_sealed_before_the_coverage_question_still_opens_as_unanswered():
    """Plans from before "How will treatment be paid for?" hold no `coverage`: they open, and ask every question as before."""
    raw = json.loads(a_plan().model_dump_json())
    del raw["treatment"]["coverage"]
    token = ENVELOPE + KEYS.encrypt(zlib.compress(json.dumps(raw).encode())).decode()
    plan = decode(token, KEYS)
    assert plan.treatment.coverage is None
    assert plan == a_plan()


def test_the_coverage_answer_survives_the_round_trip():
    plan = a_plan().model_copy(update={"treatment": Treatment(coverage=Coverage.NO_INSURANCE)})
    assert decode(encode(plan, KEYS), KEYS).treatment.coverage is Coverage.NO_INSURANCE


def test_a_token_sealed_before_the_under_18_box_on_team_members_still_opens():
    """Team members from before the "under 18" box (QA 13 P2-2) hold no `under_18`: they open as adults."""
    raw = json.loads(a_plan().model_dump_json())
    del raw["team"]["members"][0]["under_18"]
    token = ENVELOPE + KEYS.encrypt(zlib.compress(json.dumps(raw).encode())).decode()
    plan = decode(token, KEYS)
    assert plan.team.members[0].under_18 is False
    assert plan == a_plan()
    young = plan.model_copy(update={"team": Team(members=[plan.team.members[0].model_copy(update={"under_18": True})])})
    assert decode(encode(young, KEYS), KEYS).team.young() == young.team.members

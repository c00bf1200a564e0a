"""Plan and letter files: round trips, old formats, passphrases, and every kind of bad file."""

import base64
import unicodedata
import json
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard import planfile
from wizard.plan import Boundary, Letter, Member, MemberBoundaries, ObjectionCard, Plan, Rehearsal, Team, Treatment
from wizard.planfile import BadPlanFile, Reason, dump_letter, dump_plan, load_letter, load_plan
from wizard.steps import Step
from wizard.vocabulary import (
    Approach, BoundaryCategory, CanKeep, Coverage, EnablingHabit, Language, Objection, Relationship, Role, TreatmentOption,
)  # fmt: skip

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "planfiles"
# Files are cleaned on opening as forms clean typed text (no control characters), so round trips use such text.
CLEAN = st.characters(blacklist_categories=("Cc", "Cs", "Cn")) | st.just("\n")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


NAMES = st.sampled_from(["José", "Zoë", "Nguyễn Thị Mai", "O’Brien", "Aisha 🙂", "“Bo”"]) | st.text(CLEAN, min_size=1, max_size=40).map(nfc).filter(str.strip)
TEXT = st.text(CLEAN, max_size=300).map(nfc)


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch):
    """Tests derive many keys; the smallest accepted cost keeps them quick (files still carry n)."""
    monkeypatch.setattr(planfile, "SCRYPT_N", planfile.SCRYPT_N_RANGE[0])


@st.composite
def plans(draw) -> Plan:
    count = draw(st.integers(min_value=0, max_value=8))
    members = [
        Member(id=f"m{i + 1}", name=draw(NAMES)[:80], relationship=draw(st.sampled_from(Relationship)), role=draw(st.sampled_from(Role)))
        for i in range(count)
    ]
    ids = [m.id for m in members]
    letters = {
        mid: Letter(text=draw(TEXT), love=draw(TEXT), order=draw(st.integers(1, max(1, count))))
        for mid in draw(st.lists(st.sampled_from(ids), unique=True)) if ids
    } if ids else {}
    boundaries = {
        mid: MemberBoundaries(
            items=[Boundary(category=draw(st.sampled_from(BoundaryCategory)), action=draw(TEXT), can_keep=draw(st.sampled_from(CanKeep)))],
            enabling=draw(st.lists(st.sampled_from(EnablingHabit), unique=True, max_size=3)),
        )
        for mid in (draw(st.lists(st.sampled_from(ids), unique=True)) if ids else [])
    }
    cards = [ObjectionCard(objection=draw(st.sampled_from(Objection)), answered_by=draw(st.sampled_from(ids)) if ids else None)] if draw(st.booleans()) else []
    return Plan(
        lang=draw(st.sampled_from(Language)),
        approach=draw(st.none() | st.sampled_from(Approach)),
        team=Team(loved_one=draw(st.text(CLEAN, max_size=60).map(nfc)), members=members),
        letters=letters,
        boundaries=boundaries,
        rehearsal=Rehearsal(objections=cards, walkout_words=draw(st.text(CLEAN, max_size=100).map(nfc))),
        treatment=Treatment(option=draw(st.none() | st.sampled_from(TreatmentOption)), facility=draw(st.text(CLEAN, max_size=60).map(nfc)), bag_packed=draw(st.booleans())),
        completed=draw(st.lists(st.sampled_from([s.value for s in Step]), unique=True)),
        drafts={"team": {"members-0-name": [draw(st.text(CLEAN, max_size=50).map(nfc))]}} if draw(st.booleans()) else {},
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(plans())
def test_any_valid_plan_saved_and_opened_is_the_same_plan(plan):
    assert load_plan(dump_plan(plan)) == plan


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(plans(), st.text(min_size=1, max_size=30))
def test_any_valid_plan_with_any_passphrase_opens_only_with_it(plan, passphrase):
    data = dump_plan(plan, passphrase)
    assert load_plan(data, passphrase) == plan
    with pytest.raises(BadPlanFile) as refused:
        load_plan(data, passphrase + "x")
    assert refused.value.reason is Reason.WRONG_PASSPHRASE


@settings(max_examples=50, deadline=None, database=None)
@given(NAMES, st.sampled_from(Relationship), TEXT, TEXT)
def test_a_letter_file_round_trips(name, relationship, love, text):
    member = Member(id="m4", name=name[:80], relationship=relationship, role=Role.SPEAKER)
    letter = Letter(love=love, text=text)
    opened = load_letter(dump_letter(member, letter))
    assert (opened.name, opened.relationship) == (member.name.strip(), relationship)
    assert (opened.letter.love, opened.letter.text) == (love, text)


def test_a_protected_file_shows_none_of_the_familys_words():
    plan = Plan(team=Team(loved_one="Sam", members=[Member(id="m1", name="Zoë", relationship="parent", role="leader")]))
    data = dump_plan(plan, "correct horse")
    document = json.loads(data)
    sealed = {key: document["protected"].pop(key) for key in ("salt", "nonce", "ciphertext")}
    readable = json.dumps(document, ensure_ascii=False)
    # Names may not appear in anything readable; the random base64 blobs are checked decoded,
    # with needles long enough that chance cannot produce them (a two-letter check once did).
    assert "Sam" not in readable and "Zo" not in readable
    assert b"loved_one" not in base64.b64decode(sealed["ciphertext"])
    assert load_plan(data, "correct horse").team.loved_one == "Sam"


def test_a_format_1_file_from_the_first_release_opens_in_todays_shape():
    plan = load_plan((FIXTURES / "format-1.json").read_bytes())
    assert plan.letters["m1"].text.startswith("Sam, I love you.")
    assert [plan.letters[m].order for m in ("m1", "m2", "m3")] == [1, 2, 3]
    assert [b.action for b in plan.boundaries["m1"].items] == ["I will not pay your phone bill.", "I will not lend you the car."]
    assert plan.boundaries["m3"].items == []
    assert plan.treatment.facility == "Lakeside Recovery"
    assert "statements" not in plan.drafts, "old drafts of reshaped forms are dropped"
    assert plan.rehearsal == Rehearsal()


def test_format_2_fixtures_open_plain_and_protected():
    plain = load_plan((FIXTURES / "format-2.json").read_bytes())
    protected = load_plan((FIXTURES / "format-2-protected.json").read_bytes(), "correct horse battery")
    assert plain == protected
    assert plain.lang is Language.ENGLISH and plain.team.members[2].name == "Nguyễn Thị Mai"


def test_plan_files_saved_before_the_coverage_question_open_as_unanswered():
    """The fixtures were saved before "How will treatment be paid for?": no `coverage`, so every cost question stays."""
    for name in ("format-1.json", "format-2.json"):
        assert "coverage" not in (FIXTURES / name).read_text()
    assert load_plan((FIXTURES / "format-1.json").read_bytes()).treatment.coverage is None
    assert load_plan((FIXTURES / "format-2.json").read_bytes()).treatment.coverage is None
    protected = load_plan((FIXTURES / "format-2-protected.json").read_bytes(), "correct horse battery")
    assert protected.treatment.coverage is None


def test_a_saved_no_insurance_answer_opens_again():
    plan = Plan(treatment=Treatment(option=TreatmentOption.NOT_YET, coverage=Coverage.NO_INSURANCE))
    assert load_plan(dump_plan(plan)).treatment.coverage is Coverage.NO_INSURANCE


def test_an_old_format_with_more_than_three_bottom_lines_keeps_every_word():
    old = json.loads((FIXTURES / "format-1.json").read_text())
    old["plan"]["boundaries"]["m2"] = "one\ntwo\nthree\nfour\nfive"
    plan = load_plan(json.dumps(old).encode())
    assert [b.action for b in plan.boundaries["m2"].items] == ["one", "two", "three\nfour\nfive"]


def fixture_document() -> dict:
    return json.loads((FIXTURES / "format-2.json").read_text())


def protected_document() -> dict:
    return json.loads((FIXTURES / "format-2-protected.json").read_text())


def with_changes(document: dict, **changes) -> bytes:
    return json.dumps({**document, **changes}).encode()


def protected_with(**changes) -> bytes:
    document = protected_document()
    document["protected"] = {**document["protected"], **changes}
    return json.dumps(document).encode()


def bomb() -> bytes:
    """A protected file whose inner JSON inflates far beyond the cap."""
    header = {"app": planfile.APP, "kind": "plan", "format": 2}
    salt, nonce = b"s" * 16, b"n" * 12
    packed = zlib.compress(b" " * (planfile.MAX_INNER_BYTES * 2), 9)
    sealed = planfile.AESGCM(planfile._key("correct horse battery", salt, planfile.SCRYPT_N_RANGE[0])).encrypt(nonce, packed, planfile._associated(header))
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    protected = {"kdf": "scrypt", "n": planfile.SCRYPT_N_RANGE[0], "r": 8, "p": 1, "salt": b64(salt), "nonce": b64(nonce), "ciphertext": b64(sealed)}
    return json.dumps({**header, "protected": protected}).encode()


BAD_FILES = {
    "empty": (b"", Reason.EMPTY),
    "whitespace": (b"  \n\t ", Reason.EMPTY),
    "random binary": (bytes(range(256)) * 4, Reason.NOT_JSON),
    "a PNG": (b"\x89PNG\r\n\x1a\n" + bytes(64), Reason.NOT_JSON),
    "a PDF": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", Reason.NOT_JSON),
    "UTF-16 text": ('{"app": "family-intervention-planner"}'.encode("utf-16"), Reason.NOT_JSON),
    "truncated JSON": ((FIXTURES / "format-2.json").read_bytes()[:200], Reason.NOT_JSON),
    "a JSON array": (b"[1, 2, 3]", Reason.NOT_OURS),
    "a JSON number": (b"42", Reason.NOT_OURS),
    "JSON null": (b"null", Reason.NOT_OURS),
    "another app's file": (with_changes(fixture_document(), app="some-other-app"), Reason.NOT_OURS),
    "no kind": (with_changes(fixture_document(), kind=None), Reason.DAMAGED),
    "a newer format": (with_changes(fixture_document(), format=99), Reason.NEWER_VERSION),
    "format as text": (with_changes(fixture_document(), format="2"), Reason.DAMAGED),
    "format as true": (with_changes(fixture_document(), format=True), Reason.DAMAGED),
    "negative format": (with_changes(fixture_document(), format=-1), Reason.DAMAGED),
    "an unknown key in the plan": (with_changes(fixture_document(), plan={**fixture_document()["plan"], "surprise": 1}), Reason.DAMAGED),
    "a bad member id": (
        with_changes(fixture_document(), plan={**fixture_document()["plan"], "team": {"members": [{"id": "x; drop", "name": "A", "relationship": "parent", "role": "leader"}]}}),
        Reason.DAMAGED,
    ),
    "no plan inside": (with_changes(fixture_document(), plan="not a plan"), Reason.DAMAGED),
    "oversized": (b'{"app": "' + b"x" * (planfile.MAX_FILE_BYTES + 10) + b'"}', Reason.TOO_BIG),
    "deeply nested JSON": (b"[" * 100_000 + b"]" * 100_000, Reason.DAMAGED),
    "a decompression bomb inside a protected file": (bomb(), Reason.TOO_BIG),
    "tampered ciphertext": (protected_with(ciphertext=base64.b64encode(b"x" * 64).decode()), Reason.WRONG_PASSPHRASE),
    "truncated protected file": ((FIXTURES / "format-2-protected.json").read_bytes()[:-40], Reason.NOT_JSON),
    "base64 garbage": (protected_with(salt="%%%not base64%%%"), Reason.DAMAGED),
    "an absurd scrypt cost": (protected_with(n=2**30), Reason.DAMAGED),
    "scrypt cost not a power of two": (protected_with(n=3000), Reason.DAMAGED),
    "an unknown kdf": (protected_with(kdf="md5"), Reason.DAMAGED),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_a_bad_file_is_refused_with_its_reason_and_nothing_else(name):
    data, reason = BAD_FILES[name]
    with pytest.raises(BadPlanFile) as refused:
        load_plan(data, "correct horse battery")
    assert refused.value.reason is reason


def test_there_are_at_least_twenty_kinds_of_bad_file():
    assert len(BAD_FILES) >= 20


def test_a_letter_is_not_a_plan_and_a_plan_is_not_a_letter():
    letter = dump_letter(Member(id="m1", name="Ana", relationship="sibling", role="speaker"), Letter(text="Hi"))
    with pytest.raises(BadPlanFile) as as_plan:
        load_plan(letter)
    assert as_plan.value.reason is Reason.WRONG_KIND
    with pytest.raises(BadPlanFile) as as_letter:
        load_letter((FIXTURES / "format-2.json").read_bytes())
    assert as_letter.value.reason is Reason.WRONG_KIND


def test_a_protected_letter_cannot_be_relabelled_as_a_plan():
    letter = json.loads(dump_letter(Member(id="m1", name="Ana", relationship="sibling", role="speaker"), Letter(text="Hi"), "pw"))
    letter["kind"] = "plan"
    with pytest.raises(BadPlanFile) as refused:
        load_plan(json.dumps(letter).encode(), "pw")
    assert refused.value.reason is Reason.WRONG_PASSPHRASE, "the header is bound to the ciphertext"


def test_a_protected_file_without_a_passphrase_asks_for_one():
    with pytest.raises(BadPlanFile) as refused:
        load_plan((FIXTURES / "format-2-protected.json").read_bytes())
    assert refused.value.reason is Reason.NEEDS_PASSPHRASE

"""Plan files brought back (/resume) and letter files imported on the statements step.

A file that cannot be used gets a kind notice and leaves the plan the family
already has untouched; a file that opens gives exactly the plan it holds.
"""

import io

from hypothesis import given
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict

from tests.fuzz.files import damaged, garbage_file
from tests.fuzz.hostile import mixed_text, visible_text
from tests.fuzz.odd_plans import odd_plan
from tests.fuzz.verdicts import as_kept, assert_answers_kept, assert_kind_response, assert_same_answers, plan_on
from wizard.plan import Letter, Member, Plan
from wizard.planfile import BadPlanFile, dump_letter, dump_plan, load_letter, load_plan
from wizard.saving import name_key
from wizard.vocabulary import Relationship, Role

passphrases = st.one_of(st.none(), st.just("correct horse"), mixed_text)


def filename():
    """No name is "no file chosen"; any other is just a name."""
    return st.one_of(st.just("plan.json"), st.just(""), st.text("abcxyz0123 ._-éü", min_size=1, max_size=20))


@st.composite
def plan_file(draw, walked) -> bytes:
    """Garbage, a real saved plan (perhaps damaged), or a well-formed file holding an odd plan."""
    kind = draw(st.sampled_from(["garbage", "real", "damaged", "odd"]), label="file")
    if kind == "garbage":
        return draw(garbage_file(), label="bytes")
    plan = draw(odd_plan(walked), label="plan") if kind == "odd" else walked[draw(st.sampled_from(sorted(walked)))].plan
    data = dump_plan(plan, draw(passphrases, label="sealed with"))
    return draw(damaged(data), label="damaged") if kind == "damaged" else data


def opened(load, data: bytes, passphrase: str | None):
    """What the file holds, by the app's own reader, or None when it cannot be opened."""
    try:
        return load(data, passphrase[:200] if passphrase else None)
    except BadPlanFile:
        return None


@given(data=st.data())
def test_a_plan_file_of_any_kind_resumes_exactly_or_is_refused_leaving_the_plan_as_it_was(http, walked, fernet, data):
    current = walked[data.draw(st.sampled_from(sorted(walked)), label="current plan from")]
    file = data.draw(plan_file(walked))
    passphrase = data.draw(passphrases, label="typed passphrase")
    body = MultiDict([("token", current.token), ("plan_file", (io.BytesIO(file), data.draw(filename(), label="name")))])
    if passphrase is not None:
        body.add("resume_passphrase", passphrase)

    response = http.post("/resume", data=body, content_type="multipart/form-data")

    page = assert_kind_response(response)
    expected = opened(load_plan, file, passphrase) if body["plan_file"][1] else None
    if expected is None:
        assert page.step == "start" and page.error_messages(), "a refused file said nothing"
        assert_same_answers(plan_on(page, fernet), current.plan, page, "a refused file changed the family's plan")
    else:
        # Words in the file that tell of danger are answered on the page it opens (danger_in_words).
        assert_same_answers(plan_on(page, fernet), expected, page, "the resumed plan is not the one in the file")


@st.composite
def letter_file(draw) -> bytes:
    kind = draw(st.sampled_from(["garbage", "real", "damaged", "plan"]), label="file")
    if kind == "garbage":
        return draw(garbage_file(), label="bytes")
    if kind == "plan":
        return dump_plan(Plan())  # a plan where a letter should be
    writer = Member(
        id="m1",
        name=draw(st.one_of(st.sampled_from(["José", "jose", "JOSÉ ", "Zoë", "Ana"]), visible_text.map(lambda t: t[:80])), label="writer"),
        relationship=draw(st.sampled_from(Relationship)),
        role=Role.SPEAKER,
    )
    # Visible text only: control characters in a file reach the page (an xfail in test_found_by_fuzzing.py).
    letter = Letter(text=draw(visible_text, label="letter"), love=draw(visible_text, label="love"))
    data = dump_letter(writer, letter, draw(passphrases, label="sealed with"))
    return draw(damaged(data), label="damaged") if kind == "damaged" else data


@given(data=st.data())
def test_a_letter_file_of_any_kind_is_imported_or_refused_kindly_keeping_the_letters_typed(http, walked, fernet, data):
    here = walked["statements"]
    file = data.draw(letter_file())
    passphrase = data.draw(passphrases, label="typed passphrase")
    typed = data.draw(mixed_text, label="typed into letter_m1")
    body = MultiDict([("token", here.token), *((k, v) for k, v in here.answers if k not in ("letter_m1", "letter_file", "letter_passphrase"))])
    body.add("letter_m1", typed)
    body.add("letter_file", (io.BytesIO(file), "letter.json"))
    body.add("action", "import_letter")
    if passphrase is not None:
        body.add("letter_passphrase", passphrase)

    response = http.post(here.path, data=body, content_type="multipart/form-data")

    page = assert_kind_response(response)
    assert page.step == "statements" and (page.error_messages() or page.root.find(".//div[@class='notice']") is not None)
    after = plan_on(page, fernet)
    assert_answers_kept(here.plan, after, "statements", page, "import_letter")
    shown = dict(page.form_values())
    imported = opened(load_letter, file, passphrase)
    # A file for José while José's letter has words is refused: typed words are never overwritten.
    in_place = imported is not None and name_key(imported.name) == name_key("José") and bool(typed.strip())
    if imported is None or in_place:
        assert_same_answers(after, here.plan, page, "a refused letter file changed the plan")
        assert shown["letter_m1"] == as_kept(typed, one_line=False), "José's typed letter was lost"
        return
    words = imported.letter.text or "\n\n".join(filter(None, (imported.letter.love,)))
    assert as_kept(words, one_line=False) in shown.values(), "the imported letter is not shown"
    if name_key(imported.name) != name_key("José"):
        assert shown["letter_m1"] == as_kept(typed, one_line=False), "José's typed letter was lost"

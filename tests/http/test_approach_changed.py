"""QA 13 P3-4: the approach changed after the letters were written, so the letters may ask for the wrong thing."""

import pytest

from tests.support import STANDARD_ANSWERS, walk_to

NOTE = "data-approach-changed"


def change_approach_from_review(journey, to: str):
    journey.submit("goto:approach")
    return journey.submit(approach=to)


SAID = {
    "/": {
        "both": "You changed the approach from “Traditional intervention” to “Invitational approach”. "
        "Read your letters and bottom lines again: they were written for “Traditional intervention”.",
        "bottom_lines": "You changed the approach from “Traditional intervention” to “Invitational approach”. "
        "Read your bottom lines again: they were written for “Traditional intervention”.",
        "letters": "You changed the approach from “Traditional intervention” to “Invitational approach”. "
        "Read your letters again: they were written for “Traditional intervention”.",
    },
    "/?lang=es": {
        "both": "Cambiaste el enfoque de «Intervención tradicional» a «Enfoque por invitación». "
        "Vuelve a leer las cartas y los límites: se escribieron para «Intervención tradicional».",
        "bottom_lines": "Cambiaste el enfoque de «Intervención tradicional» a «Enfoque por invitación». "
        "Vuelve a leer los límites: se escribieron para «Intervención tradicional».",
        "letters": "Cambiaste el enfoque de «Intervención tradicional» a «Enfoque por invitación». "
        "Vuelve a leer las cartas: se escribieron para «Intervención tradicional».",
    },
}


@pytest.mark.parametrize("start", ["/", "/?lang=es"])
def test_after_changing_the_approach_under_written_letters_the_review_and_letters_step_ask_to_read_them_again(journey, start):
    said = SAID[start]
    review = walk_to(journey, "review", start=start, approach={"approach": "traditional"})
    assert NOTE not in review.html
    review = change_approach_from_review(journey, "invitational")
    assert review.step == "review" and NOTE in review.html
    assert said["both"] in review.text
    letters = journey.submit("goto:statements")
    assert said["both"] in letters.text, "where the letters are"
    # QA 14 P3-4: the letters saved again, the bottom lines not yet: the note stays, and asks for what is left.
    review = journey.submit()
    assert review.step == "review" and NOTE in review.html
    assert said["bottom_lines"] in review.text and said["both"] not in review.text
    boundaries = journey.submit("goto:boundaries")
    assert said["bottom_lines"] in boundaries.text, "where the bottom lines are"
    # Both read again: the note is gone.
    review = journey.submit()
    assert review.step == "review" and NOTE not in review.html


@pytest.mark.parametrize("start", ["/", "/?lang=es"])
def test_the_bottom_lines_read_again_first_leave_the_letters_to_read(journey, start):
    said = SAID[start]
    walk_to(journey, "review", start=start, approach={"approach": "traditional"})
    change_approach_from_review(journey, "invitational")
    journey.submit("goto:boundaries")
    review = journey.submit()
    assert review.step == "review" and said["letters"] in review.text
    journey.submit("goto:statements")
    review = journey.submit()
    assert review.step == "review" and NOTE not in review.html


def test_only_what_was_written_is_asked_to_be_read_again():
    """A plan file may hold letters and no bottom line: the note does not ask for bottom lines."""
    from wizard import flow
    from wizard.plan import Letter, MemberBoundaries, Plan
    from wizard.steps import Step
    from wizard.vocabulary import Approach

    before = Plan(approach=Approach.TRADITIONAL, letters={"m1": Letter(text="Sam, I love you.")})
    after = flow.noting_approach_change(before, before.model_copy(update={"approach": Approach.INVITATIONAL}), Step.APPROACH)
    assert flow.still_to_read_again(after) == ("letters",)
    read = flow.noting_approach_change(after, after, Step.STATEMENTS)
    assert flow.letters_for_old_approach(read) is None, "nothing left to read again"
    assert flow.letters_for_old_approach(read.model_copy(update={"boundaries": {"m1": MemberBoundaries()}})) is None


def test_a_plan_saved_before_with_the_note_showing_still_asks_for_both(journey, app):
    """A token from before QA 14 P3-4 holds letters_written_for and no read-again flags: it opens,
    asks for both, and keeps asking for the bottom lines once the letters are saved."""
    import json
    import zlib

    from wizard.token import ENVELOPE

    walk_to(journey, "review", approach={"approach": "traditional"})
    review = change_approach_from_review(journey, "invitational")
    fernet = app.extensions["planner.fernet"]
    saved = json.loads(zlib.decompress(fernet.decrypt(review.token[len(ENVELOPE):].encode("ascii"))))
    assert saved.pop("letters_read_again") is False and saved.pop("bottom_lines_read_again") is False
    old_token = ENVELOPE + fernet.encrypt(zlib.compress(json.dumps(saved).encode("utf-8"), 9)).decode("ascii")
    letters = journey.submit("goto:statements", token=old_token)
    assert SAID["/"]["both"] in letters.text
    review = journey.submit()
    assert review.step == "review" and SAID["/"]["bottom_lines"] in review.text

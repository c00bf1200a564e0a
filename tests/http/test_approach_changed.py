"""QA 13 P3-4: the approach changed after the letters were written, so the letters may ask for the wrong thing."""

import pytest

from tests.support import STANDARD_ANSWERS, walk_to

NOTE = "data-approach-changed"


def change_approach_from_review(journey, to: str):
    journey.submit("goto:approach")
    return journey.submit(approach=to)


@pytest.mark.parametrize(
    ("start", "said"),
    [
        (
            "/",
            "You changed the approach from “Traditional intervention” to “Invitational approach”. "
            "Read your letters and bottom lines again: they were written for “Traditional intervention”.",
        ),
        (
            "/?lang=es",
            "Cambiaste el enfoque de «Intervención tradicional» a «Enfoque por invitación». "
            "Vuelve a leer las cartas y los límites: se escribieron para «Intervención tradicional».",
        ),
    ],
)
def test_after_changing_the_approach_under_written_letters_the_review_and_letters_step_ask_to_read_them_again(journey, start, said):
    review = walk_to(journey, "review", start=start, approach={"approach": "traditional"})
    assert NOTE not in review.html
    review = change_approach_from_review(journey, "invitational")
    assert review.step == "review" and NOTE in review.html
    assert said in review.text
    letters = journey.submit("goto:statements")
    assert said in letters.text, "where the letters are"
    # Saved again: they were read again, and the note is gone.
    review = journey.submit()
    assert review.step == "review" and NOTE not in review.html


def test_changing_back_or_changing_before_any_letter_says_nothing(journey, client):
    walk_to(journey, "review", approach={"approach": "traditional"})
    change_approach_from_review(journey, "invitational")
    review = change_approach_from_review(journey, "traditional")
    assert review.step == "review" and NOTE not in review.html, "back to the approach they were written for"
    # Twice over: still the approach they were written for, not the one in between.
    change_approach_from_review(journey, "invitational")
    review = change_approach_from_review(journey, "johnson")
    assert "they were written for “Traditional intervention”" in review.text
    # No letters yet: nothing to read again.
    fresh = type(journey)(client)
    walk_to(fresh, "team", approach={"approach": "traditional"})
    fresh.submit("back")
    team = fresh.submit(approach="invitational")
    assert team.step == "team"
    review = walk_to_review(fresh, team)
    assert NOTE not in review.html


def walk_to_review(journey, page):
    while page.step != "review":
        page = journey.submit(**STANDARD_ANSWERS[page.step])
    return page

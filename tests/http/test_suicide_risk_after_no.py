"""After suicide talk, the pages a family opens on a hard night (a no, a walk-out) say not to leave them alone.

QA 11 P2-4: the plan's top said "stay with them", but "If they say no", the first 72 hours and the
walk-out advice, read in the moment itself, said only "let them go" and "keep your bottom lines".
"""

import pytest

from tests.http.test_danger_in_words import SUICIDE
from tests.support import STANDARD_ANSWERS, walk_to

SUICIDAL = {"signs": {"warning": ["lies_secrecy"], "substances": ["alcohol"], "danger": ["suicidal"]}}
WORDS = {
    "en": {
        "walkout": "They have talked about suicide, so they should not be alone after they leave.",
        "first_72": "They have talked about suicide, and a no is a hard moment.",
        "if_no": "They have talked about suicide: tonight, someone stays with them or checks on them in person.",
    },
    "es": {
        "walkout": "Ha hablado de suicidio, así que no debe quedarse a solas después de irse.",
        "first_72": "Ha hablado de suicidio, y un no es un momento difícil.",
        "if_no": "Ha hablado de suicidio: esta noche, alguien se queda con esa persona o va a verla en persona.",
    },
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_ticked_suicide_danger_keeps_watch_after_a_no_and_a_walk_out(journey, client, lang):
    start = "/" if lang == "en" else "/?lang=es"
    rehearsal = walk_to(journey, "rehearsal", start=start, **SUICIDAL).text
    assert WORDS[lang]["walkout"] in rehearsal and WORDS[lang]["first_72"] in rehearsal
    plan = walk_to(type(journey)(client), "plan", start=start, **SUICIDAL).text
    for line in WORDS[lang].values():
        assert line in plan
    calm = walk_to(type(journey)(client), "plan", start=start).text
    assert not [line for line in WORDS[lang].values() if line in calm], "a family with no suicide talk is not told of it"


def test_suicide_talk_written_in_a_letter_brings_the_same_watch(journey):
    plan = walk_to(journey, "plan", statements={**STANDARD_ANSWERS["statements"], "letter_m1": SUICIDE}).text
    assert WORDS["en"]["walkout"] in plan and WORDS["en"]["if_no"] in plan

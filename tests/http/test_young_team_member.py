"""A young person on the team (QA 13 P2-2, family h4).

Lily, 16, found her brother Danny after an overdose and reads a letter. Only the "Son or daughter"
tips said that someone under 18 should take part only with a counselor's advice; a brother, sister
or friend her age got the adult tips.
"""

import pytest

from tests.support import STANDARD_ANSWERS, walk_to

WORDS = {
    "en": {
        "start": "/",
        "tip": {
            "sibling": "If you are under 18, ask a counselor first whether you should take part.",
            "friend": "If you are under 18, ask a counselor first whether you should take part.",
            "other": "Anyone under 18 should take part only if a counselor advises it.",
        },
    },
    "es": {
        "start": "/?lang=es",
        "tip": {
            "sibling": "Si tienes menos de 18 años, pregúntale primero a un consejero si debes participar.",
            "friend": "Si tienes menos de 18 años, pregúntale primero a un consejero si debes participar.",
            "other": "Quien tenga menos de 18 años solo debe participar si un consejero lo recomienda.",
        },
    },
}


def tips_of(page, member_id: str) -> str:
    section = page.root.find(f".//section[@aria-labelledby='letter-heading-{member_id}']")
    tips = section.find(".//details[@class='relationship-tips']")
    return " ".join(" ".join(tips.itertext()).split())


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("relationship", ["sibling", "friend", "other"])
def test_a_brother_sister_or_friend_is_told_what_a_teen_on_the_team_needs(journey, lang, relationship):
    words = WORDS[lang]
    team = {**STANDARD_ANSWERS["team"], "members-1-name": "Lily", "members-1-relationship": relationship, "members-1-role": "speaker"}
    letters = walk_to(journey, "statements", start=words["start"], team=team)
    assert words["tip"][relationship] in tips_of(letters, "m2")
    assert words["tip"][relationship] not in tips_of(letters, "m1"), "a parent's tips do not speak to a teen"

"""Realistic plans for the benchmark, the load test and the big browser test.

The eight-member plan is the largest a family is likely to make: eight people,
each with a 500-word letter, three bottom lines and objection cards. Names use
accents and curly quotes on purpose, so every measure includes Unicode text.
Letters are drawn, with a fixed seed, from the words of our own content, so
they compress like real prose (a repeated paragraph would make tokens and
files look far smaller than a family's).
"""

import random
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from wizard.plan import (
    Boundary,
    Letter,
    Logistics,
    Member,
    MemberBoundaries,
    ObjectionCard,
    Plan,
    Rehearsal,
    Signs,
    Team,
    Treatment,
)
from wizard.steps import Step
from wizard.vocabulary import (
    Approach,
    BoundaryCategory,
    CanKeep,
    EnablingHabit,
    Interventionist,
    Objection,
    Relationship,
    Role,
    Substance,
    TreatmentOption,
    WarningSign,
)

NAMES = ["José", "Zoë", "Nguyễn Thị Mai", "Aisha", "Björn", "Siobhán", "Đức", "María José"]
RELATIONSHIPS = [
    Relationship.PARENT, Relationship.PARTNER, Relationship.CHILD, Relationship.SIBLING,
    Relationship.FRIEND, Relationship.SIBLING, Relationship.FRIEND, Relationship.PARENT,
]  # fmt: skip
PARAGRAPH = (
    "I love you, and I remember “our” summer at the lake when you taught me to swim. "
    "Last March you missed the birthday dinner, and I felt scared and alone that night. "
    "In June I found you asleep in the car at two in the morning, and I felt helpless. "
    "We have found a place that can help, and a bed is ready for you today. "
    "I will visit every weekend and look after the dog while you are away. "
)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[list[str], list[int]]:
    text = " ".join(path.read_text(encoding="utf-8") for path in (Path(__file__).parent.parent / "content" / "en").rglob("*.md"))
    counts = Counter(re.findall(r"[A-Za-z’']+", text))
    words = sorted(counts)
    return words, [counts[word] for word in words]


def letter_words(count: int, last_sentence: str = "", seed: int = 0) -> str:
    """A letter of `count` words in paragraphs, ending with `last_sentence` if given."""
    rng = random.Random(seed)
    vocabulary, weights = _vocabulary()
    words = PARAGRAPH.split()[:40]
    while len(words) < count:
        sentence = rng.choices(vocabulary, weights, k=rng.randint(6, 16))
        words += [sentence[0].capitalize(), *sentence[1:-1], sentence[-1] + "."]
    words = words[:count]
    paragraphs = [" ".join(words[i : i + 60]) for i in range(0, count, 60)]
    text = "\n\n".join(paragraphs)
    return f"{text}\n\n{last_sentence}" if last_sentence else text


def eight_member_plan(words: int = 500) -> Plan:
    members = [
        Member(id=f"m{i + 1}", name=name, relationship=RELATIONSHIPS[i], role=Role.LEADER if i == 0 else Role.SPEAKER)
        for i, name in enumerate(NAMES)
    ]
    letters = {
        m.id: Letter(text=letter_words(words, f"This is the last line of {m.name}’s letter.", seed=i), order=len(members) - i)
        for i, m in enumerate(members)
    }
    boundaries = {
        m.id: MemberBoundaries(
            items=[
                Boundary(category=BoundaryCategory.MONEY, action=f"I, {m.name}, will not give you money.", can_keep=CanKeep.YES),
                Boundary(category=BoundaryCategory.CAR, action="I will not lend you my car.", can_keep=CanKeep.YES, helper="Zoë"),
                Boundary(category=BoundaryCategory.CONTACT, action="I will not answer calls when you have been using.", can_keep=CanKeep.NOT_SURE),
            ],
            enabling=[EnablingHabit.PAYING_DEBTS, EnablingHabit.MAKING_EXCUSES],
        )
        for m in members
    }
    return Plan(
        signs=Signs(warning=[WarningSign.FAILED_QUITTING, WarningSign.LIES_SECRECY], substances=[Substance.ALCOHOL]),
        approach=Approach.INVITATIONAL,
        team=Team(loved_one="Sam", interventionist=Interventionist.FAMILY_LEADS, members=members),
        letters=letters,
        boundaries=boundaries,
        rehearsal=Rehearsal(
            objections=[
                ObjectionCard(objection=Objection.STOP_ON_OWN, answered_by="m1", reply="We believe you want to."),
                ObjectionCard(objection=Objection.CANT_AFFORD, answered_by="m2"),
                ObjectionCard(objection=Objection.OTHER, custom="I’ll go after the holidays", answered_by="m3"),
            ],
            walkout_follower="m2",
            walkout_words="I will walk with you. We can talk outside.",
        ),
        treatment=Treatment(
            option=TreatmentOption.INPATIENT, facility="Lakeside Recovery", contact="555-0100",
            admission_confirmed=True, insurance_checked=True, transport="Zoë",
        ),  # fmt: skip
        logistics=Logistics(date="2026-12-05", time="18:30", place="Aunt Zoë’s house"),
        completed=[step.value for step in Step if step not in (Step.CRISIS, Step.PLAN)],
    )

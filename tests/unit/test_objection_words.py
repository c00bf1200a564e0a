"""Objections the family types in their own words under "Something else", found by their words
(content/<lang>/guidance/rehearsal.md `heard`): each example is found, each near miss is not."""

import re

import pytest

from wizard import flow
from wizard.content import load_content
from wizard.plan import Member, Plan, Team
from wizard.vocabulary import Language, Objection, Relationship, Role, Voice

CASES = [
    (lang.value, key, example, expected)
    for lang in Language
    for key, text in load_content(lang.value).guidance["rehearsal"].objections.items()
    if text.heard
    for expected, examples in ((True, text.heard.fires), (False, text.heard.near_misses))
    for example in examples
]


def test_youre_not_my_real_dad_has_words_to_find_it_in_every_language():
    assert {(lang, key) for lang, key, _, _ in CASES} == {(lang.value, "not_my_parent") for lang in Language}


@pytest.mark.parametrize(("lang", "key", "example", "expected"), CASES)
def test_each_example_is_found_and_each_near_miss_is_not(lang, key, example, expected):
    found = load_content(lang).guidance["rehearsal"].heard_in(example)
    assert found == (key if expected else None), (example, found)


@pytest.mark.parametrize(
    ("relationship", "role", "offered"),
    [
        (Relationship.STEP_PARENT, Role.DETAILS, True),
        (Relationship.STEP_PARENT, Role.LETTER_ONLY, False),  # not at the meeting: no one says it to them
        (Relationship.GUARDIAN, Role.DETAILS, False),  # typed in their own words, it is still found (heard_in)
        (Relationship.PARENT, Role.DETAILS, False),
    ],
)
def test_youre_not_my_real_dad_is_offered_where_a_step_parent_is_at_the_meeting(relationship, role, offered):
    team = Team(members=[Member(id="m1", name="Michelle", relationship=Relationship.PARENT, role=Role.LEADER),
                         Member(id="m2", name="Greg", relationship=relationship, role=role)])  # fmt: skip
    assert (Objection.NOT_MY_PARENT in flow.objections_for(Plan(team=team))) is offered


# Family love in a reply, in each language: a manager is not given these words to say (QA 13 P2-1).
LOVE_WORDS = {"en": r"\blov(e|ed|ing)\b", "es": r"\b(te quiero|te queremos|te amo|te amamos|amor)\b"}


@pytest.mark.parametrize("lang", [lang.value for lang in Language])
@pytest.mark.parametrize("voice", [Voice.WORK, Voice.CARE])
def test_every_reply_of_family_love_has_words_for_an_employer_and_a_counselor_without_it(lang, voice):
    """A manager (QA 13 P2-1), and a counselor, pastor or "Other" (flow.voice is care), answer without "I love you"."""
    love = re.compile(LOVE_WORDS[lang], re.IGNORECASE)
    objections = load_content(lang).guidance["rehearsal"].objections
    # "You're not my real dad" is said to a step-parent, and a parent answers it, never a manager.
    loving = {key for key, text in objections.items() if love.search(text.reply) and key != "not_my_parent"}
    assert loving >= {"not_that_bad", "ambush", "cant_make_me"}, "the test still sees the love it guards"
    for key in loving:
        said = objections[key].reply_for(True, at_work=True, voice=voice)
        assert said != objections[key].reply and not love.search(said), key
        if voice is Voice.CARE:
            assert said != objections[key].reply_by_employer, "a counselor does not speak for the workplace"
        assert objections[key].reply_for(True, at_work=True) == objections[key].reply, "the family keeps its love"


EVERY = {lang.value: load_content(lang.value).guidance["rehearsal"] for lang in Language}


@pytest.mark.parametrize(("lang", "key", "example", "expected"), CASES)
def test_each_example_is_found_from_every_languages_page_with_every_languages_words(lang, key, example, expected):
    """A family may type in another language than the page's: each page tries every language's words."""
    every = tuple(EVERY.values())
    for page_lang, page in EVERY.items():
        assert page.heard_in(example, every) == (key if expected else None), (page_lang, example)
        if page_lang != lang:
            assert page.heard_in(example) is None, "the other page's own words alone do not find it"

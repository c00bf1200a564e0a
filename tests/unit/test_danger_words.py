"""Danger written in words: every rule fires on its examples, stays quiet on near misses, in every language."""

import time
from pathlib import Path

import pytest
import yaml

from wizard.content import load_content
from wizard.checker import matches_of, plain_apostrophes
from wizard.danger_words import DangerWords, mentioned, phrases_in, signs_in
from wizard.vocabulary import DangerSign, Language

RULE_SETS = tuple(load_content(language.value).danger_words for language in Language)
CASES = [
    (lang.value, words.sign, example, expected)
    for lang, rules in zip(Language, RULE_SETS)
    for words in rules.signs
    for expected, examples in ((True, words.fires), (False, words.near_misses))
    for example in examples
]
CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize(
    ("lang", "sign", "example", "expected"),
    CASES,
    ids=[f"{lang}-{sign.value}-{'fires' if e else 'quiet'}-{i}" for i, (lang, sign, _, e) in enumerate(CASES)],
)
def test_each_example_fires_for_its_sign_and_each_near_miss_for_none(lang, sign, example, expected):
    found = signs_in(example, RULE_SETS)  # every language's words, as on a real page
    if expected:
        assert sign in found, example
    else:
        assert not found, (example, found)


@pytest.mark.parametrize("rules", RULE_SETS, ids=[language.value for language in Language])
def test_every_language_lists_every_danger_sign(rules):
    assert sorted(words.sign for words in rules.signs) == sorted(DangerSign)


def test_a_content_file_that_forgets_a_sign_or_breaks_a_pattern_is_refused():
    signs = [words.model_dump() for words in RULE_SETS[0].signs]
    with pytest.raises(ValueError, match="missing"):
        DangerWords(signs=signs[1:])
    broken = [{**signs[0], "patterns": ["(unclosed"]}, *signs[1:]]
    with pytest.raises(ValueError, match="does not compile"):
        DangerWords(signs=broken)


def test_curly_apostrophes_and_capitals_do_not_hide_danger():
    assert signs_in("THE NIGHT YOU OD’D I THOUGHT I HAD LOST YOU.", RULE_SETS) == {DangerSign.OVERDOSE}


def test_the_letters_families_write_raise_the_alarm_only_where_the_letter_tells_of_danger():
    """The checker's corpus of real-sounding letters and bottom lines: only letters that tell of danger fire."""
    letters = yaml.safe_load((CORPUS / "letters.yaml").read_text())
    boundaries = yaml.safe_load((CORPUS / "boundaries.yaml").read_text())
    assert len(letters) + len(boundaries) > 80
    fired = {case["id"]: signs_in(case["text"], RULE_SETS) for case in [*letters, *boundaries]}
    assert {key: signs for key, signs in fired.items() if signs} == {
        # "I found you on the bathroom floor and I couldn't wake you"
        "partner-near-miss-not-an-ultimatum": {DangerSign.OVERDOSE},
        # "your hands were shaking so badly that you could not hold your fork"
        "grandmother-long-loving": {DangerSign.WITHDRAWAL},
        # "passed out on the couch with the baby in the next room"
        "husband-shaming-whats-wrong": {DangerSign.CHILD_AT_RISK},
    }


def test_mentioned_lists_signs_in_the_signs_step_order_and_skips_blank_text():
    texts = ["You hit me last spring.", "   ", "You said you wanted to die.", "You said you wanted to die."]
    assert mentioned(texts, RULE_SETS) == [DangerSign.SUICIDAL, DangerSign.VIOLENCE]
    assert mentioned(["", "  "], RULE_SETS) == []


def test_the_fast_first_pass_never_changes_an_answer():
    """signs_in skips a sign when a looser, faster form of its patterns finds nothing; the answers must not move."""
    letters = yaml.safe_load((CORPUS / "letters.yaml").read_text())
    texts = [case["text"] for case in letters] + [example for _, _, example, _ in CASES]
    texts += [text.upper() for text in texts] + ["İstanbul: YOU HIT ME. Dİjiste que querías morir."]
    every = [words for rules in RULE_SETS for words in rules.signs]
    for text in texts:
        plain = plain_apostrophes(text)
        # The slow way, shields and all: words that speak instead of a sign shield its words.
        shielded = {}
        for words in every:
            for other in words.instead_of:
                shielded.setdefault(other, []).extend(match.span() for match in matches_of(words, plain))
        exact = {words.sign for words in every if matches_of(words, plain, shielded.get(words.sign, []))}
        assert signs_in(text, RULE_SETS) == exact, text


# Someone else hurting the loved one is not the loved one's violence, and the other way round.
WHO_HURTS_WHOM = [
    ("Her boyfriend hits her.", {DangerSign.HURT_BY_PARTNER}),
    ("Your boyfriend hits you.", {DangerSign.HURT_BY_PARTNER}),
    ("Her husband beat her last night.", {DangerSign.HURT_BY_PARTNER}),
    ("Her boyfriend threatened to kill her.", {DangerSign.HURT_BY_PARTNER}),
    ("Her boyfriend punched her so hard it left a bruise.", {DangerSign.HURT_BY_PARTNER}),
    ("She is afraid of her boyfriend.", {DangerSign.HURT_BY_PARTNER}),
    ("The man she lives with hits her.", {DangerSign.HURT_BY_PARTNER}),
    ("Su novio la golpea cuando toma.", {DangerSign.HURT_BY_PARTNER}),
    ("Su esposo la amenazó con matarla.", {DangerSign.HURT_BY_PARTNER}),
    ("Su novio le pegó anoche.", {DangerSign.HURT_BY_PARTNER}),
    ("El hombre con el que vive le pega.", {DangerSign.HURT_BY_PARTNER}),
    # The loved one's own violence stays violence, even beside a partner's.
    ("You hit me.", {DangerSign.VIOLENCE}),
    ("He hit his brother.", {DangerSign.VIOLENCE}),
    ("She threatened to kill me.", {DangerSign.VIOLENCE}),
    ("You hit your boyfriend when you drink.", {DangerSign.VIOLENCE}),
    ("Her boyfriend hit her brother.", {DangerSign.VIOLENCE}),
    ("Me pegaste.", {DangerSign.VIOLENCE}),
    ("Golpeaste a tu novia.", {DangerSign.VIOLENCE}),
    ("Her boyfriend hits her, and you hit me last spring.", {DangerSign.HURT_BY_PARTNER, DangerSign.VIOLENCE}),
    ("Su novio la golpea, y tú me pegaste.", {DangerSign.HURT_BY_PARTNER, DangerSign.VIOLENCE}),
]


@pytest.mark.parametrize(("text", "expected"), WHO_HURTS_WHOM, ids=[text for text, _ in WHO_HURTS_WHOM])
def test_a_partner_who_hits_them_is_someone_hurting_them_not_their_own_violence(text, expected):
    assert signs_in(text, RULE_SETS) == expected


@pytest.mark.parametrize("rules", RULE_SETS, ids=[language.value for language in Language])
def test_every_example_of_someone_hurting_them_raises_that_sign_alone(rules):
    (words,) = [words for words in rules.signs if words.sign is DangerSign.HURT_BY_PARTNER]
    assert DangerSign.VIOLENCE in words.instead_of
    for example in words.fires:
        assert signs_in(example, RULE_SETS) == {DangerSign.HURT_BY_PARTNER}, example


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # QA 12 P2-3: the family's own words that raised it, as they typed them, whole words only.
        ("Last winter you hit me and broke the door.", {DangerSign.VIOLENCE: "hit me"}),
        ("Me dijiste que QUERÍAS MORIRTE.", {DangerSign.SUICIDAL: "QUERÍAS MORIRTE"}),  # accents and capitals kept
        ("Tu novio Andrés te pega.", {DangerSign.HURT_BY_PARTNER: "Tu novio Andrés te pega"}),
        ("I love you and I miss our walks.", {}),
    ],
)
def test_phrases_in_quotes_the_words_as_typed(text, expected):
    assert phrases_in(text, RULE_SETS) == expected


@pytest.mark.parametrize("example", [example for _, _, example, expected in CASES if expected])
def test_phrases_in_finds_the_same_signs_as_signs_in(example):
    found = phrases_in(example, RULE_SETS)
    assert set(found) == signs_in(example, RULE_SETS)
    assert all(phrase and len(phrase) <= 60 and phrase.split()[0] in " ".join(example.split()) for phrase in found.values())


# A letter speaks to the loved one: "Kyle hits you" or "he hits you" is someone hurting them
# (QA 12, P2-2), never their own violence. Families write the name more often than "your boyfriend".
NAMED_OR_HE = [
    ("Kyle hits you when he drinks.", {DangerSign.HURT_BY_PARTNER}),
    ("I know Kyle hurts you.", {DangerSign.HURT_BY_PARTNER}),
    ("He hits you when he drinks.", {DangerSign.HURT_BY_PARTNER}),
    ("Kyle's been hitting you since the summer.", {DangerSign.HURT_BY_PARTNER}),
    ("He has hurt you, and I saw it.", {DangerSign.HURT_BY_PARTNER}),
    ("Did Kyle hit you again?", {DangerSign.HURT_BY_PARTNER}),
    ("He pushed you down the stairs.", {DangerSign.HURT_BY_PARTNER}),
    ("He never hit you until last year.", {DangerSign.HURT_BY_PARTNER}),
    ("Kyle hits you, and you hit me last spring.", {DangerSign.HURT_BY_PARTNER, DangerSign.VIOLENCE}),
    ("Andrés te ha pegado.", {DangerSign.HURT_BY_PARTNER}),
    ("Él te pega cuando bebe.", {DangerSign.HURT_BY_PARTNER}),
    ("Andres siempre te pega.", {DangerSign.HURT_BY_PARTNER}),  # typed without the accent
    ("Sé que te pega.", {DangerSign.HURT_BY_PARTNER}),
    ("Te pega cuando bebe.", {DangerSign.HURT_BY_PARTNER}),
    ("Su novio nunca la golpeó hasta el año pasado.", {DangerSign.HURT_BY_PARTNER}),
    ("Her boyfriend never hits her.", set()),
    # Guards: the new words must not turn these (quiet before) into alarms.
    ("He never hits you.", set()),
    ("Andrés nunca te ha pegado.", set()),
    # A parent or relative who hits them now or again and again; a single past "hit you" stays play.
    ("Dad hits you when he drinks.", {DangerSign.HURT_BY_PARTNER}),
    ("Your stepfather has been hitting you.", {DangerSign.HURT_BY_PARTNER}),
    ("Tu padrastro te golpea cuando bebe.", {DangerSign.HURT_BY_PARTNER}),
    ("Dad hit you with a snowball.", set()),
    ("Mom kicks you out of bed on Sundays.", set()),
    ("Your brother always beats you at chess.", set()),
    ("Tu mamá te pega un grito si llegas tarde.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_OR_HE, ids=[text for text, _ in NAMED_OR_HE])
def test_he_she_or_a_name_who_hits_you_is_someone_hurting_them(text, expected):
    assert signs_in(text, RULE_SETS) == expected


# A game won is not violence (QA 12, P2-3); a beating is, even "to death" or "in front of the kids".
GAMES_AND_BEATINGS = [
    ("I remember you teaching me how to play Mario Kart and beating me every single time.", set()),
    ("You kept beating me at chess all summer.", set()),
    ("You beat us every game.", set()),
    ("We played cards and you beat me every single time we played.", set()),
    ("Me pegaste una paliza al ajedrez.", set()),
    ("Me pegabas una paliza jugando a las cartas.", set()),  # guard: "me pegabas" now warns
    ("He almost beat me to death.", {DangerSign.VIOLENCE}),
    ("He beat me in front of the kids.", {DangerSign.VIOLENCE}),
    ("He beat his wife at home.", {DangerSign.VIOLENCE}),
    ("Her husband beat her in front of the kids.", {DangerSign.HURT_BY_PARTNER}),
    ("Me pegabas cuando bebías.", {DangerSign.VIOLENCE}),
    ("Me pegas cuando bebes.", {DangerSign.VIOLENCE}),
]


@pytest.mark.parametrize(("text", "expected"), GAMES_AND_BEATINGS, ids=[text for text, _ in GAMES_AND_BEATINGS])
def test_a_game_won_is_not_violence_and_a_beating_is(text, expected):
    assert signs_in(text, RULE_SETS) == expected


# Said with "not", or a threat to kill someone else, is not the sign the bare words would be.
NEGATED_OR_NOT_SUICIDE = [
    ("Su novio no la golpea.", set()),
    ("You never hit me, but your words hurt.", set()),
    ("You never hit me until last year.", {DangerSign.VIOLENCE}),  # guard: "never" shields only so far
    ("Amenazó con matarme.", {DangerSign.VIOLENCE}),
    ("Tu novio amenazó con matarte.", {DangerSign.HURT_BY_PARTNER}),
    ("Amenazaste con matarte.", {DangerSign.SUICIDAL}),
]


@pytest.mark.parametrize(
    ("text", "expected"), NEGATED_OR_NOT_SUICIDE, ids=[text for text, _ in NEGATED_OR_NOT_SUICIDE]
)
def test_not_hitting_is_quiet_and_a_threat_to_kill_someone_else_is_not_suicide_talk(text, expected):
    assert signs_in(text, RULE_SETS) == expected


@pytest.mark.parametrize("text", ["A" * 30_000, "Aa" * 15_000, "x" * 29_000 + " Kyle hits you."])
def test_a_name_is_looked_for_only_where_a_word_starts(text):
    """The words for "Kyle hits you" once took minutes on a 30,000-letter word: the fast first pass
    (no leading \\b) tried a name at every letter. They must start at a word, and a name is short."""
    started = time.perf_counter()
    signs_in(text, RULE_SETS)
    assert time.perf_counter() - started < 5

"""The statement checker gives the expected findings on a corpus of real-sounding letters and boundaries.

tests/unit/corpus/letters.yaml and boundaries.yaml hold what family members
actually write: warm letters, letters with one slip or several, and near misses
that must stay quiet ("I never stopped loving you", "a long way to go"). Each item
names the exact set of concern and strength rule ids the checker should give.
"""

from collections import Counter
from pathlib import Path

import pytest
import yaml

from wizard.checker import check, count_words
from wizard.content import load_content

CORPUS = Path(__file__).resolve().parent / "corpus"
RULES = load_content("en").checker
KEYS = {"id", "text", "concerns", "strengths", "too_long", "near_miss_for"}


def load(name: str) -> list[dict]:
    with (CORPUS / name).open(encoding="utf-8") as file:
        return yaml.safe_load(file)


LETTERS = load("letters.yaml")
BOUNDARIES = load("boundaries.yaml")
CORPORA = {"letter": LETTERS, "boundary": BOUNDARIES}
ITEMS = [(kind, item) for kind, items in CORPORA.items() for item in items]


def findings(item: dict, kind: str) -> tuple[set[str], set[str], bool]:
    report = check(item["text"], kind, RULES)
    return (
        {finding.rule for finding in report.concerns},
        {finding.rule for finding in report.strengths},
        report.too_long,
    )


def expected(item: dict) -> tuple[set[str], set[str], bool]:
    return set(item["concerns"]), set(item["strengths"]), item.get("too_long", False)


def concern_rules(kind: str) -> list[str]:
    return [rule.id for rule in RULES.rules if rule.kind == "concern" and kind in rule.applies_to]


@pytest.mark.parametrize("letter", LETTERS, ids=[item["id"] for item in LETTERS])
def test_each_letter_gets_exactly_its_expected_concerns_strengths_and_length_warning(letter):
    assert findings(letter, "letter") == expected(letter), letter["text"]


@pytest.mark.parametrize("boundary", BOUNDARIES, ids=[item["id"] for item in BOUNDARIES])
def test_each_boundary_gets_exactly_its_expected_concerns_strengths_and_length_warning(boundary):
    assert findings(boundary, "boundary") == expected(boundary), boundary["text"]


def test_the_corpora_hold_at_least_40_letters_and_30_boundaries():
    assert len(LETTERS) >= 40
    assert len(BOUNDARIES) >= 30


def test_every_concern_rule_fires_in_at_least_one_letter_or_boundary_it_applies_to():
    for kind, items in CORPORA.items():
        fired = {rule for item in items for rule in item["concerns"]}
        missing = set(concern_rules(kind)) - fired
        assert not missing, f"no {kind} in the corpus expects {sorted(missing)}"


def test_every_concern_rule_fires_in_two_items_and_is_narrowly_missed_by_two_others():
    fires = Counter(rule for _, item in ITEMS for rule in set(item["concerns"]))
    misses = Counter(rule for _, item in ITEMS for rule in set(item.get("near_miss_for", [])))
    for rule in {rule.id for rule in RULES.rules if rule.kind == "concern"}:
        assert fires[rule] >= 2, f"{rule} fires in only {fires[rule]} item(s)"
        assert misses[rule] >= 2, f"{rule} is the near miss of only {misses[rule]} item(s)"


def test_a_near_miss_never_expects_the_rule_it_narrowly_misses():
    for _, item in ITEMS:
        assert not set(item.get("near_miss_for", [])) & set(item["concerns"]), item["id"]


def test_every_item_names_only_real_rules_that_apply_to_its_kind():
    for kind, item in ITEMS:
        assert set(item) <= KEYS and {"id", "text", "concerns", "strengths"} <= set(item), item["id"]
        applies = {rule.id: rule.kind for rule in RULES.rules if kind in rule.applies_to}
        for field, rule_kind in (("concerns", "concern"), ("strengths", "strength"), ("near_miss_for", "concern")):
            for rule in item.get(field, []):
                assert applies.get(rule) == rule_kind, f"{item['id']}: {rule} is not a {kind} {rule_kind}"


def test_item_ids_are_unique_across_both_corpora():
    ids = Counter(item["id"] for _, item in ITEMS)
    assert not [i for i, n in ids.items() if n > 1]


def test_a_few_letters_run_long_enough_to_warn_and_the_rest_stay_short():
    long_letters = [item for item in LETTERS if item.get("too_long")]
    assert len(long_letters) >= 3
    assert all(count_words(item["text"]) > 550 for item in long_letters)
    assert all(40 <= count_words(item["text"]) <= 400 for item in LETTERS if not item.get("too_long"))

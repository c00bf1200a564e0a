"""Every checker rule fires on its own examples and stays quiet on its near misses."""

import pytest

from wizard.checker import check
from wizard.content import load_content

RULES = load_content("en").checker
CASES = [
    (rule, kind, example, expected)
    for rule in RULES.rules
    for kind in rule.applies_to
    for expected, examples in ((True, rule.fires), (False, rule.near_misses))
    for example in examples
]


def rule_ids(text, kind):
    report = check(text, kind, RULES)
    return {f.rule for f in report.concerns} | {f.rule for f in report.strengths}


@pytest.mark.parametrize(
    ("rule", "kind", "example", "expected"),
    CASES,
    ids=[f"{r.id}-{k}-{'fires' if e else 'quiet'}-{i}" for i, (r, k, _, e) in enumerate(CASES)],
)
def test_rule_examples(rule, kind, example, expected):
    assert (rule.id in rule_ids(example, kind)) is expected, example


def test_every_rule_has_an_example_that_fires_and_a_near_miss():
    for rule in RULES.rules:
        assert rule.fires and rule.near_misses, rule.id


def test_a_finding_quotes_the_original_words_with_curly_apostrophes():
    text = "Sam, you’re an addict."
    finding = next(f for f in check(text, "letter", RULES).concerns if f.rule == "label")
    assert finding.quote == "you’re an addict"
    assert text[finding.start : finding.end] == finding.quote
    assert "you’re an addict" in finding.message


def test_length_and_reading_time():
    report = check("word " * 650, "letter", RULES)
    assert report.words == 650
    assert report.minutes == 5.0
    assert report.too_long
    assert not check("word " * 300, "letter", RULES).too_long
    assert not check("word " * 650, "boundary", RULES).too_long


def test_an_empty_text_gives_no_tips():
    report = check("", "letter", RULES)
    assert report.words == 0 and not report.tips and not report.concerns

"""Every checker rule fires on its own examples and stays quiet on its near misses."""

import pytest

from wizard.checker import check
from wizard.content import load_content
from wizard.vocabulary import Language

RULES = load_content("en").checker
RULES_BY_LANG = {language.value: load_content(language.value).checker for language in Language}
CASES = [
    (lang, rule, kind, example, expected)
    for lang, rules in RULES_BY_LANG.items()
    for rule in rules.rules
    for kind in rule.applies_to
    for expected, examples in ((True, rule.fires), (False, rule.near_misses))
    for example in examples
]


def rule_ids(text, kind, rules=RULES):
    report = check(text, kind, rules)
    return {f.rule for f in report.concerns} | {f.rule for f in report.strengths}


@pytest.mark.parametrize(
    ("lang", "rule", "kind", "example", "expected"),
    CASES,
    ids=[f"{lang}-{r.id}-{k}-{'fires' if e else 'quiet'}-{i}" for i, (lang, r, k, _, e) in enumerate(CASES)],
)
def test_rule_examples(lang, rule, kind, example, expected):
    assert (rule.id in rule_ids(example, kind, RULES_BY_LANG[lang])) is expected, example


@pytest.mark.parametrize("lang", RULES_BY_LANG)
def test_every_language_has_the_same_rules_each_with_an_example_that_fires_and_a_near_miss(lang):
    rules = RULES_BY_LANG[lang].rules
    assert [(r.id, r.kind, r.applies_to) for r in rules] == [(r.id, r.kind, r.applies_to) for r in RULES.rules]
    for rule in rules:
        assert rule.fires and rule.near_misses, rule.id


@pytest.mark.parametrize("lang", RULES_BY_LANG)
def test_our_own_example_letters_and_boundaries_pass_the_checker_in_their_language(lang):
    """The examples families start from must model what the checker asks for."""
    content = load_content(lang)
    for relationship, example in content.examples.items():
        report = check(example.body.striptags(), "letter", content.checker)
        assert not report.concerns, (relationship, [(c.rule, c.quote) for c in report.concerns])
        assert not report.tips, (relationship, [t.rule for t in report.tips])
    for category in content.guidance["boundaries"].categories.values():
        for boundary in category.examples:
            report = check(boundary, "boundary", content.checker)
            assert not report.concerns and not report.tips, (boundary, report.concerns, report.tips)


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

"""The words stay honest: plain (reading level), kind (no labels), sourced, and complete in every language.

Reading level uses textstat 0.7.4 (newer releases download a dictionary at run
time and fail offline). English bodies are held to Flesch–Kincaid grade 8.
Spanish bodies are held to the Crawford index (years of schooling, a formula
made for Spanish), also 8, because Flesch–Kincaid's syllable weights are
English ones. The list of words we avoid lives in content/<lang>/language.md.
"""

import re
from pathlib import Path

import frontmatter
import pytest
import textstat

from wizard.content import CONTENT_ROOT, flatten, load_content, placeholders
from wizard.vocabulary import Language

LANGS = [language.value for language in Language]
MAX_GRADE = 8.0
QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|«[^»]*»|^\s*>.*$", re.MULTILINE)


def content_files(lang: str) -> list[Path]:
    return sorted((CONTENT_ROOT / lang).rglob("*.md"))


def plain(markdown: str) -> str:
    text = re.sub(r"^\s{0,3}(#+|>|[-*+]|\d+\.)\s*", "", markdown, flags=re.MULTILINE)
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    return re.sub(r"[*_`]", "", text)


def grade(text: str, lang: str) -> float:
    textstat.set_lang(lang)
    try:
        return textstat.flesch_kincaid_grade(text) if lang == "en" else textstat.crawford(text)
    finally:
        textstat.set_lang("en")


def strings_in(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings_in(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings_in(item)]
    return []


@pytest.mark.parametrize("lang", LANGS)
def test_every_content_body_reads_at_grade_8_or_below(lang):
    too_hard = []
    for path in content_files(lang):
        if "rules" in path.parts:
            continue  # the checker's rules document patterns, not words for families
        body = plain(frontmatter.load(path).content).strip()
        if body and (score := grade(body, lang)) > MAX_GRADE:
            too_hard.append(f"{path.relative_to(CONTENT_ROOT)}: grade {score:.1f}")
    assert not too_hard, "above grade 8:\n" + "\n".join(too_hard)


@pytest.mark.parametrize("lang", LANGS)
def test_our_own_voice_never_uses_a_word_on_the_avoid_list(lang):
    avoid = load_content(lang).words_we_use.stigma_pattern()
    offenders = []
    for path in content_files(lang):
        if "rules" in path.parts or path.name == "language.md":
            continue  # the checker's rules and the avoid list name these words on purpose
        post = frontmatter.load(path)
        for text in [post.content, *strings_in(post.metadata)]:
            for line in QUOTED.sub("", text).splitlines():
                if found := avoid.search(line):
                    offenders.append(f"{path.relative_to(CONTENT_ROOT)}: “{found.group(0)}” in: {line.strip()[:100]}")
    assert not offenders, "\n".join(offenders)


def test_the_avoid_list_catches_labels_but_not_ordinary_words():
    avoid = load_content("en").words_we_use.stigma_pattern()
    for shaming in ("my son the addict", "Junkies", "a drug abuser", "an alcoholic", "a dirty test", "he stayed clean"):
        assert avoid.search(shaming), shaming
    for fine in ("cleaning up after a bad night", "a clean kitchen", "alcohol use disorder", "a negative test"):
        assert not avoid.search(fine), fine


@pytest.mark.parametrize("lang", LANGS)
def test_every_approach_and_factual_page_cites_a_source(lang):
    content = load_content(lang)
    pages = {
        **{f"approaches/{k}": v for k, v in content.approaches.items()},
        **{f"signs/{k}": v for k, v in content.signs.items()},
        **{f"substances/{k}": v for k, v in content.substances.items()},
        **{f"danger/{k}": v for k, v in content.danger.items()},
        **{f"guidance/{k}": v for k, v in content.guidance.items()},
        **{f"pages/{k}": v for k, v in content.pages.items()},
        "crisis": content.crisis,
        "language": content.words_we_use,
    }
    unsourced = [name for name, page in pages.items() if not page.sources]
    assert not unsourced, unsourced


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "en"])
def test_every_english_file_has_a_translation_with_the_same_keys_and_placeholders(lang):
    problems = []
    for english in content_files("en"):
        relative = english.relative_to(CONTENT_ROOT / "en")
        other = CONTENT_ROOT / lang / relative
        if not other.is_file():
            problems.append(f"{lang}/{relative}: missing")
            continue
        ours, theirs = frontmatter.load(english).metadata, frontmatter.load(other).metadata
        flat_en, flat_other = flatten(keyed_only(ours)), flatten(keyed_only(theirs))
        for key in sorted(set(flat_en) ^ set(flat_other)):
            problems.append(f"{lang}/{relative}: {key} is {'missing' if key in flat_en else 'not in English'}")
        for key in sorted(set(flat_en) & set(flat_other)):
            if placeholders(flat_en[key]) != placeholders(flat_other[key]):
                problems.append(f"{lang}/{relative}: {key}: placeholders differ")
    assert not problems, "\n".join(problems)


def keyed_only(value):
    """Mappings compared key by key; free lists (tips, examples) may differ in length between languages."""
    if isinstance(value, dict):
        return {key: keyed_only(item) for key, item in value.items() if key != "sources"}
    if isinstance(value, list):
        return "(list)"
    return value

"""Where a translation stands, file by file, before the whole language exists.

The tests in tests/unit/test_words.py only run once a language is complete
and listed in wizard.vocabulary.Language. While translators work file by file,
this lays the translated files over a copy of the English set and runs the
same checks on just those files: the page loads in its model, keys and
placeholders match English, the body reads at grade 8 (Crawford for Spanish),
no word on content/<lang>/language.md's avoid list is used in our own voice,
and each checker rule fires on its examples and stays quiet on its near misses.

    .venv/bin/python tools/translation_check.py es                 # every file present
    .venv/bin/python tools/translation_check.py es approaches/crisis.md
"""

import re
import shutil
import sys
import tempfile
from pathlib import Path

import frontmatter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.unit.test_words import MAX_GRADE, QUOTED, grade, keyed_only, plain, strings_in  # noqa: E402
from wizard.checker import check  # noqa: E402
from wizard.content import CONTENT_ROOT, ContentError, LanguagePage, flatten, load_content, placeholders  # noqa: E402


def problems_in(lang: str, relative: Path) -> list[str]:
    english, other = CONTENT_ROOT / "en" / relative, CONTENT_ROOT / lang / relative
    try:
        post = frontmatter.load(other)
    except Exception as error:  # YAML syntax
        return [f"cannot be read: {error}"]
    found = []
    flat_en, flat_other = flatten(keyed_only(frontmatter.load(english).metadata)), flatten(keyed_only(post.metadata))
    for key in sorted(set(flat_en) ^ set(flat_other)):
        found.append(f"{key} is {'missing' if key in flat_en else 'not in English'}")
    for key in sorted(set(flat_en) & set(flat_other)):
        if placeholders(flat_en[key]) != placeholders(flat_other[key]):
            found.append(f"{key}: placeholders differ from English")
    if "rules" not in relative.parts:
        body = plain(post.content).strip()
        if body and (score := grade(body, lang)) > MAX_GRADE:
            found.append(f"body reads at grade {score:.1f} (at most {MAX_GRADE:.0f})")
    avoid_file = CONTENT_ROOT / lang / "language.md"
    if avoid_file.is_file() and "rules" not in relative.parts and relative.name != "language.md":
        meta = frontmatter.load(avoid_file)
        avoid = LanguagePage(**meta.metadata).stigma_pattern()
        for text in [post.content, *strings_in(post.metadata)]:
            for line in QUOTED.sub("", text).splitlines():
                if hit := avoid.search(line):
                    found.append(f"avoid-list word “{hit.group(0)}” in: {line.strip()[:90]}")
    return found


def load_problems(lang: str, selected: list[Path]) -> list[str]:
    """Load the whole language with English standing in for files not translated yet."""
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        shutil.copytree(CONTENT_ROOT / "en", root / lang)
        for relative in selected:
            shutil.copy(CONTENT_ROOT / lang / relative, root / lang / relative)
        try:
            content = load_content(lang, root=root)
        except ContentError as error:
            return [line.strip() for line in str(error).splitlines()[1:]]
    found = []
    if Path("rules/statement-checker.md") in selected:
        for rule in content.checker.rules:
            for kind in rule.applies_to:
                for expected, examples in ((True, rule.fires), (False, rule.near_misses)):
                    for example in examples:
                        report = check(example, kind, content.checker)
                        fired = rule.id in {f.rule for f in (*report.concerns, *report.strengths)}
                        if fired is not expected:
                            verb = "does not fire on" if expected else "fires on near miss"
                            found.append(f"rules/statement-checker.md: {rule.id} ({kind}) {verb}: {example}")
    return found


def main(lang: str, wanted: list[str]) -> int:
    present = sorted(p.relative_to(CONTENT_ROOT / lang) for p in (CONTENT_ROOT / lang).rglob("*.md"))
    selected = [Path(w) for w in wanted] or present
    missing = [p for p in selected if not (CONTENT_ROOT / lang / p).is_file()]
    selected = [p for p in selected if p not in missing]
    report = [f"{p}: missing" for p in missing]
    for relative in selected:
        report += [f"{relative}: {problem}" for problem in problems_in(lang, relative)]
    report += load_problems(lang, selected)
    english = sorted(p.relative_to(CONTENT_ROOT / "en") for p in (CONTENT_ROOT / "en").rglob("*.md"))
    print(f"{len(present)} of {len(english)} files exist in content/{lang}; checked {len(selected)}.")
    print("\n".join(report) if report else "No problems in the checked files.")
    return 1 if report else 0


if __name__ == "__main__":
    if len(sys.argv) < 2 or not re.fullmatch(r"[a-z]{2}", sys.argv[1]):
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:]))

"""The statement checker: kind, specific letters and boundaries, with its rules as content.

One function, `check(text, kind, rules)`, serves the step pages (no JavaScript)
and POST /api/check-statement (live guidance), so the rules live in one place:
content/<lang>/rules/statement-checker.md. Each rule is a list of regular
expressions plus `unless` patterns for near misses ("I never stopped loving
you" is not "you never"), and carries its own examples that must fire and
near misses that must not; the tests run all of them.
"""

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from wizard.vocabulary import Voice

Kind = Literal["letter", "boundary"]
# Curly apostrophes are matched as straight ones; same length, so positions hold.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_WORD = re.compile(r"[\w'’-]+")


def _compile(patterns: list[str]) -> list[re.Pattern]:
    return [re.compile(p, re.IGNORECASE | re.UNICODE) for p in patterns]


def patterns_that_compile(patterns: list[str]) -> list[str]:
    """The patterns unchanged, or a content error naming the one that does not compile."""
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"pattern {pattern!r} does not compile: {error}") from None
    return patterns


class PatternRule(BaseModel):
    """Patterns with their shields, and the examples that prove them (the tests run every one).

    The statement checker's rules and danger_words.py's words for each danger sign both
    take this shape; `matches_of` reads it.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    patterns: list[str] = Field(min_length=1)
    unless: list[str] = []
    fires: list[str] = Field(min_length=1)
    near_misses: list[str] = Field(min_length=1)

    @field_validator("patterns", "unless")
    @classmethod
    def must_compile(cls, patterns: list[str]) -> list[str]:
        return patterns_that_compile(patterns)


def each_listed_once(listed: list, vocabulary, what: str) -> None:
    """Words for every id of a closed set, each once (danger signs, bottom-line risks)."""
    if sorted(listed) != sorted(vocabulary):
        missing = {v.value for v in vocabulary} - {v.value for v in listed}
        repeated = {v.value for v in listed if listed.count(v) > 1}
        raise ValueError(f"list each {what} once (missing: {sorted(missing)}, repeated: {sorted(repeated)})")


class RuleSpec(PatternRule):
    id: str = Field(pattern=r"^[a-z_]+$")
    kind: Literal["concern", "strength"]
    applies_to: list[Kind] = Field(min_length=1)
    within_words: int | None = None
    message: str
    suggestion: str = ""
    missing: str = ""
    # Said to an employer or co-worker (flow.speaks_for_work), where the words above speak of family
    # love: "you open with what you value in them", not "try opening with love".
    message_work: str = ""
    missing_work: str = ""
    # Said to someone outside the family who is not from work (flow.voice: a counselor, "Other"): care,
    # not a family's love.
    message_care: str = ""
    missing_care: str = ""

    def message_in(self, voice: Voice) -> str:
        return {Voice.WORK: self.message_work, Voice.CARE: self.message_care}.get(voice) or self.message

    def missing_in(self, voice: Voice) -> str:
        return {Voice.WORK: self.missing_work, Voice.CARE: self.missing_care}.get(voice) or self.missing

    @model_validator(mode="after")
    def strengths_say_what_is_missing(self):
        if self.kind == "strength" and not self.missing:
            raise ValueError("a strength rule needs `missing`: the tip shown when it is absent")
        if self.kind == "concern" and not self.suggestion:
            raise ValueError("a concern rule needs `suggestion`: a kinder way to say it")
        return self


class Reading(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    words_per_minute: int = Field(gt=0)
    long_after_minutes: float = Field(gt=0)


class CheckerRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)
    reading: Reading
    rules: list[RuleSpec] = Field(min_length=1)
    body: object = None

    @model_validator(mode="after")
    def ids_are_unique(self):
        ids = [rule.id for rule in self.rules]
        duplicates = {i for i in ids if ids.count(i) > 1}
        if duplicates:
            raise ValueError(f"rule ids repeat: {', '.join(sorted(duplicates))}")
        return self


@dataclass(frozen=True)
class Finding:
    rule: str
    quote: str
    start: int
    end: int
    message: str
    suggestion: str = ""


@dataclass(frozen=True)
class Tip:
    rule: str
    message: str


@dataclass(frozen=True)
class Report:
    words: int
    minutes: float
    too_long: bool
    concerns: list[Finding]
    strengths: list[Finding]
    tips: list[Tip]

    def as_json(self) -> dict:
        return {
            "words": self.words,
            "minutes": self.minutes,
            "too_long": self.too_long,
            "concerns": [vars(finding) for finding in self.concerns],
            "strengths": [vars(finding) for finding in self.strengths],
            "tips": [vars(tip) for tip in self.tips],
        }


@lru_cache(maxsize=256)
def _compiled(patterns: tuple[str, ...], unless: tuple[str, ...]):
    return _compile(list(patterns)), _compile(list(unless))


def _rule_patterns(rule: RuleSpec):
    return _compiled(tuple(rule.patterns), tuple(rule.unless))


def matches_of(rule, text: str, shielded: Iterable[tuple[int, int]] = ()) -> list[re.Match]:
    """Non-overlapping matches, the longest first where two overlap, minus shielded ones.

    `rule` is anything with `patterns` and `unless` (danger_words.py uses it too);
    `text` should already have gone through `plain_apostrophes`. `shielded` spans
    count as the rule's own `unless` matches (danger_words.py: another sign's words).
    """
    patterns, unless = _rule_patterns(rule)
    shields = [*(m.span() for pattern in unless for m in pattern.finditer(text)), *shielded]
    candidates = [
        match
        for pattern in patterns
        for match in pattern.finditer(text)
        if match.start() != match.end()
        and not any(s <= match.start() < e or s < match.end() <= e for s, e in shields)
    ]
    candidates.sort(key=lambda m: (m.start() - m.end(), m.start()))
    found: list[re.Match] = []
    for match in candidates:
        if not any(match.start() < other.end() and other.start() < match.end() for other in found):
            found.append(match)
    return sorted(found, key=lambda m: m.start())


def _opening(text: str, words: int) -> str:
    for position, match in enumerate(_WORD.finditer(text)):
        if position == words:
            return text[: match.start()]
    return text


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def plain_apostrophes(text: str) -> str:
    return text.translate(_APOSTROPHES)


def check(text: str, kind: Kind, rules: CheckerRules, voice: Voice = Voice.LOVE) -> Report:
    """Findings for one letter or boundary: concerns with kinder wording, strengths, tips.

    `voice`: how the writer speaks (flow.voice): a rule's work words for an employer or co-worker,
    its care words for a counselor or "Other", where it has them."""
    normal = plain_apostrophes(text)
    concerns: list[Finding] = []
    strengths: list[Finding] = []
    tips: list[Tip] = []
    for rule in rules.rules:
        if kind not in rule.applies_to:
            continue
        scope = _opening(normal, rule.within_words) if rule.within_words else normal
        matches = matches_of(rule, scope)
        if rule.kind == "concern":
            for match in matches:
                quote = text[match.start() : match.end()]
                concerns.append(
                    Finding(rule.id, quote, match.start(), match.end(), rule.message.format(quote=quote), rule.suggestion)
                )
        elif matches:
            first = matches[0]
            quote = text[first.start() : first.end()]
            message = rule.message_in(voice)
            strengths.append(Finding(rule.id, quote, first.start(), first.end(), message.format(quote=quote)))
        elif text.strip():
            tips.append(Tip(rule.id, rule.missing_in(voice)))
    words = count_words(text)
    minutes = round(words / rules.reading.words_per_minute, 1)
    too_long = kind == "letter" and minutes > rules.reading.long_after_minutes
    concerns.sort(key=lambda finding: finding.start)
    return Report(words, minutes, too_long, concerns, strengths, tips)


def minutes_label(minutes: float) -> int:
    """Whole minutes to say aloud ("about 3 minutes"), never zero for a real letter."""
    return max(1, math.ceil(minutes - 0.25)) if minutes else 0

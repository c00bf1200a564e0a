"""Bottom lines whose words make them unsafe for this family, whatever box was ticked.

"I will pour out every bottle" is dangerous for someone with withdrawal; "you will have
to move out" is not a bottom line for a 16-year-old. The family says so in their own
words more often than by ticking a habit, so the words are read too: content words
(content/<lang>/rules/bottom-line-risks.md, each risk with examples that must fire and
near misses that must not), matched with the statement checker's machinery, every
language's words on every page, as for danger words. flow.cautions turns a risk into
a caution only where it matters (withdrawal known, a loved one under 18).
"""

import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field, model_validator

from wizard.checker import PatternRule, each_listed_once, matches_of, plain_apostrophes
from wizard.danger_words import without_accents
from wizard.vocabulary import BottomLineRisk, Kin


class WordsForRisk(PatternRule):
    risk: BottomLineRisk


class WordsForKin(BaseModel):
    """Whole words a young person may write for an adult on the team ("Mom", "step-dad", "la abuela")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kin: Kin
    words: list[str] = Field(min_length=1)


class BottomLineRisks(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    risks: list[WordsForRisk] = Field(min_length=1)
    kin_words: list[WordsForKin] = Field(min_length=1)
    body: object = None

    @model_validator(mode="after")
    def every_risk_once(self):
        each_listed_once([words.risk for words in self.risks], BottomLineRisk, "bottom-line risk")
        each_listed_once([words.kin for words in self.kin_words], Kin, "kin word group")
        return self


def risks_in(texts: Iterable[str], rule_sets: Iterable[BottomLineRisks]) -> list[BottomLineRisk]:
    """The risks any of `texts` shows, by any language's words, accents or not, in a fixed order."""
    lowered = [without_accents(plain_apostrophes(text).lower()) for text in texts if text.strip()]
    found = {
        words.risk
        for rules in rule_sets
        for words in rules.risks
        for text in lowered
        if matches_of(words, text)
    }
    return [risk for risk in BottomLineRisk if risk in found]


def _plain(text: str) -> str:
    """Lower case, no accents, straight apostrophes, a hyphen as a space: "Step-Dad" and "step dad" alike."""
    return " ".join(without_accents(plain_apostrophes(text).lower()).replace("-", " ").split())


def kin_named(text: str, rule_sets: Iterable[BottomLineRisks]) -> set[Kin]:
    """Who `text` names by kinship ("Mom and my step-dad"), by any language's whole words, case and accents
    aside. Longest words first, each match then set aside, so "step-dad" or "grand dad" is not also a "dad"."""
    said = f" {_plain(text)} "
    words = sorted(
        {(_plain(word), group.kin) for rules in rule_sets for group in rules.kin_words for word in group.words if word.strip()},
        key=lambda pair: (-len(pair[0]), pair[0]),
    )
    found = set()
    for word, kin in words:
        pattern = rf"(?<!\w){re.escape(word)}(?!\w)"
        if re.search(pattern, said):
            found.add(kin)
            said = re.sub(pattern, " ", said)
    return found

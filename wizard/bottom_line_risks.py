"""Bottom lines whose words make them unsafe for this family, whatever box was ticked.

"I will pour out every bottle" is dangerous for someone with withdrawal; "you will have
to move out" is not a bottom line for a 16-year-old. The family says so in their own
words more often than by ticking a habit, so the words are read too: content words
(content/<lang>/rules/bottom-line-risks.md, each risk with examples that must fire and
near misses that must not), matched with the statement checker's machinery, every
language's words on every page, as for danger words. flow.cautions turns a risk into
a caution only where it matters (withdrawal known, a loved one under 18).
"""

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field, model_validator

from wizard.checker import PatternRule, each_listed_once, matches_of, plain_apostrophes
from wizard.danger_words import without_accents
from wizard.vocabulary import BottomLineRisk


class WordsForRisk(PatternRule):
    risk: BottomLineRisk


class BottomLineRisks(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    risks: list[WordsForRisk] = Field(min_length=1)
    body: object = None

    @model_validator(mode="after")
    def every_risk_once(self):
        each_listed_once([words.risk for words in self.risks], BottomLineRisk, "bottom-line risk")
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

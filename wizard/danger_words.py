"""Danger in what the family types: emergency help on the very next page.

The signs step asks about danger with checkboxes, but families also write it
down: "last month I found you blue on the bathroom floor", "you told me you
wanted to die". Any page that answers a post whose words mention a danger the
family has not ticked opens with the emergency numbers and what to do first.

The words are content (content/<lang>/rules/danger-words.md), matched with the
statement checker's machinery (patterns plus `unless` shields, each rule with
examples that must fire and near misses that must not). Every language's
words are searched whatever language the page speaks: a family may read the
planner in English and write in Spanish.

A family who saw the notice once for a sign does not see it again for the same
sign (the Plan keeps `danger_in_words`), so a letter that speaks of a past
overdose does not repeat the notice on every page. Results are remembered by a
digest of the text, never the text itself.
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from collections.abc import Iterable
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, model_validator

from wizard.checker import PatternRule, each_listed_once, matches_of, plain_apostrophes
from wizard.vocabulary import DangerSign


class WordsForSign(PatternRule):
    sign: DangerSign
    # Signs these words speak instead of: where they match, those signs' words do not count.
    # "Her boyfriend hits her" is someone hurting the loved one, not the loved one's violence,
    # though "hits her" alone would be.
    instead_of: list[DangerSign] = []


class DangerWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    signs: list[WordsForSign] = Field(min_length=1)
    body: object = None

    @model_validator(mode="after")
    def every_sign_once(self):
        each_listed_once([words.sign for words in self.signs], DangerSign, "danger sign")
        return self


def _lower_outside_escapes(pattern: str) -> str:
    # "\\W" must stay "\\W"; every other letter may be lowered.
    return re.sub(r"\\.|[^\\]+", lambda part: part.group(0) if part.group(0).startswith("\\") else part.group(0).lower(), pattern)


@lru_cache(maxsize=64)
def _quick(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """Each pattern made looser and fast: lower case, no leading \\b, no IGNORECASE flag.

    Python's re scans for a literal start only without those two; it is 10-20x
    faster, and whatever the real pattern matches in lowered text, this one does.
    """
    return tuple(re.compile(_lower_outside_escapes(p.removeprefix("\\b"))) for p in patterns)


def without_accents(text: str) -> str:
    """'querías' as 'querias': families often type Spanish on a keyboard without accents."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class _Plain:
    patterns: tuple[str, ...]
    unless: tuple[str, ...]


@lru_cache(maxsize=64)
def _plain(patterns: tuple[str, ...], unless: tuple[str, ...]) -> _Plain:
    return _Plain(tuple(map(without_accents, patterns)), tuple(map(without_accents, unless)))


def _matches(words: WordsForSign, text: str, lowered: str, shielded: list[tuple[int, int]]) -> list[re.Match]:
    plain = _plain(tuple(words.patterns), tuple(words.unless))
    if not any(quick.search(lowered) for quick in _quick(plain.patterns)):
        return []
    return matches_of(plain, text, shielded)


def signs_in(text: str, rule_sets: Iterable[DangerWords]) -> set[DangerSign]:
    """The danger signs one text mentions, by any language's words, accents or not.

    Words that speak instead of another sign (`instead_of`) are read first, in every
    language; what they match shields that sign's words. Patterns match case-blind,
    except where a pattern asks for a capital itself, (?-i:...): "Kyle hits you" names
    someone, "the ball hits you" does not.
    """
    return set(_first_matches(without_accents(plain_apostrophes(text)), rule_sets))


def _first_matches(text: str, rule_sets: Iterable[DangerWords]) -> dict[DangerSign, tuple[int, int]]:
    """Each sign `text` (accents made plain, case kept) mentions, with where its first words for that sign are."""
    lowered = text.lower()
    every = [words for rules in rule_sets for words in rules.signs]
    found: dict[DangerSign, tuple[int, int]] = {}
    shielded: dict[DangerSign, list[tuple[int, int]]] = {}
    for words in (words for words in every if words.instead_of):
        spans = [match.span() for match in _matches(words, text, lowered, [])]
        if spans:
            found.setdefault(words.sign, spans[0])
            for other in words.instead_of:
                shielded.setdefault(other, []).extend(spans)
    for words in (words for words in every if not words.instead_of):
        if words.sign not in found and (matches := _matches(words, text, lowered, shielded.get(words.sign, []))):
            found[words.sign] = matches[0].span()
    return found


PHRASE_MAX = 60


@lru_cache(maxsize=4096)
def _plain_length(character: str) -> int:
    """How many characters one typed character becomes once plain ("í" one, a lone accent none)."""
    return len(without_accents(plain_apostrophes(character)))


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _origins(text: str) -> list[int]:
    """For each place in the plain text, the place in the text as typed ("querías" loses its accent).

    Only characters outside ASCII can change length once plain; a long letter is mostly ASCII,
    so runs of it are mapped whole, not a character at a time (3 ms a letter, then 0.1 ms).
    """
    origin: list[int] = []
    done = 0
    for odd in _NOT_ASCII.finditer(text):
        position = odd.start()
        origin += range(done, position)
        origin += [position] * _plain_length(text[position])
        done = position + 1
    origin += range(done, len(text) + 1)  # and one past the end
    return origin


def phrases_in(text: str, rule_sets: Iterable[DangerWords]) -> dict[DangerSign, str]:
    """Each sign one text mentions, with the family's own words that raised it ("beating me").

    Shown back to them, quoted, so a false alarm (a game, a joke) can be found and reworded.
    The words are the family's: for the page and their plan only, never a log or a URL, and
    never remembered here. Only where they were is remembered, as `mentioned` remembers which
    signs: a hash of the text and a pair of offsets, so a long letter is not read twice.
    """
    # Case is kept: a capital can be what names someone ("Kyle hits you").
    origin = _origins(text)
    phrases = {}
    for sign, (start, end) in _spans_remembered(text, tuple(rule_sets)).items():
        start, end = origin[start], origin[end - 1] + 1
        # Whole words: a pattern may stop inside one ("beat" in "beating").
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        phrase = " ".join(text[start:end].split())
        phrases[sign] = phrase if len(phrase) <= PHRASE_MAX else phrase[: PHRASE_MAX - 1].rstrip() + "…"
    return phrases


_SEEN: dict[bytes, dict[DangerSign, tuple[int, int]]] = {}
_SEEN_MAX = 4096


def _spans_remembered(text: str, rule_sets: tuple[DangerWords, ...]) -> dict[DangerSign, tuple[int, int]]:
    # Every page re-reads the whole plan's letters; the same letter is matched once per process.
    # Kept: which signs, and where in the plain text (offsets, never the words).
    key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest() + bytes([len(rule_sets)])
    known = _SEEN.get(key)
    if known is None:
        if len(_SEEN) >= _SEEN_MAX:
            _SEEN.clear()
        known = _SEEN[key] = _first_matches(without_accents(plain_apostrophes(text)), rule_sets)
    return known


def mentioned(texts: Iterable[str], rule_sets: tuple[DangerWords, ...]) -> list[DangerSign]:
    """The danger signs any of `texts` mentions, in the signs step's order."""
    found: set[DangerSign] = set()
    for text in set(texts):
        if text.strip():
            found |= set(_spans_remembered(text, rule_sets))
    return [sign for sign in DangerSign if sign in found]

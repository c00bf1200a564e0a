"""The Spanish words: the family is "tú" in one voice, and the advice says what the English means."""

import re

import pytest

from tools.samples import eight_member_plan
from wizard.content import load_content
from wizard.document import build_document

# Commands to "ustedes" that have crept into advice otherwise given to "tú".
USTEDES = re.compile(r"\b(hagan|eviten|llamen|elijan|busquen|cumplan|mantengan)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def spanish():
    return load_content("es")


def section(document, key):
    return next(s for s in document.sections if s.key == key)


def test_the_first_72_hours_and_the_walk_out_advice_speak_to_tu_throughout(spanish):
    document = build_document(eight_member_plan(20), spanish)
    for key in ("after_refusal", "walkout"):
        part = section(document, key)
        lines = [part.title, *part.paragraphs, *part.items]
        assert not [line for line in lines if USTEDES.search(line)], key
    assert section(document, "after_refusal").paragraphs[0].startswith("En las primeras 72 horas, haz esto")


def test_the_lines_for_a_no_after_suicide_talk_speak_to_tu_too(spanish):
    guidance = spanish.guidance["rehearsal"]
    lines = [guidance.walkout.suicide_risk, guidance.after_refusal.suicide_risk, spanish.pages["after"].suicide_risk.if_no]
    assert not [line for line in lines if USTEDES.search(line)]


def test_the_walk_out_advice_says_do_not_block_their_way_out_not_do_not_shut_the_door(spanish):
    first = spanish.guidance["rehearsal"].walkout.tips[0]
    assert "No le bloquees la salida" in first
    assert "puerta" not in first, "closing the door on them means shutting them out: the opposite of the advice"


# Ways the Spanish once took the loved one to be a man, each with an easy neutral wording now.
ASSUMED_A_MAN = [
    "cuando estés listo", "estés sobrio", "esté sobrio", "estés dispuesto", "dejarlo solo", "hacerlo solo",
    "lo llevará", "lo seguirá", "lo sigue", "seguirlo", "hacerlo cambiar de idea", "castigarlo",
    "esté instalado", "solo para él", "que lo quieren", "avergonzarlo", "lo sigues queriendo", "cumplir solo",
]  # fmt: skip
# Words said straight to the loved one that would agree with a man: "listo", "sobrio", "solo." (alone).
SAID_TO_A_MAN = re.compile(r"\b(listo|sobrio|dispuesto|preparado)\b|\bsolo(?=[.,])", re.IGNORECASE)


def test_the_spanish_does_not_take_the_loved_one_to_be_a_man_where_a_neutral_wording_is_easy():
    import frontmatter

    from tests.unit.test_words import content_files, strings_in

    found = []
    for path in content_files("es"):
        if {"examples", "rules", "approaches"} & set(path.parts) or path.name == "suggestions.md":
            continue  # example letters are to one person; the rules quote families; the rest is another change
        post = frontmatter.load(path)
        text = "\n".join([post.content, *strings_in(post.metadata)]).lower()
        found += [f"{path.name}: {phrase}" for phrase in ASSUMED_A_MAN if phrase in text]
    assert not found, found


def test_what_the_family_reads_aloud_in_spanish_fits_a_loved_one_of_any_gender(spanish):
    boundaries, rehearsal = spanish.guidance["boundaries"], spanish.guidance["rehearsal"]
    said = [
        boundaries.bottom_line.opening,
        boundaries.bottom_line.closing,
        *boundaries.enabling_in_letter.values(),
        *(example for category in boundaries.categories.values() for example in category.examples),
        *(line for objection in rehearsal.objections.values() for line in (objection.says, objection.reply)),
    ]
    assert not [line for line in said if SAID_TO_A_MAN.search(line)]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_letter_starters_name_no_family_member_who_may_be_the_writer(lang):
    """QA 11 P3-2: a grandmother was offered "Last spring, at Grandma's birthday…" for her own letter."""
    starters = " ".join(part.starter for part in load_content(lang).guidance["letters"].parts.values()).lower()
    named = ["grandma", "grandpa", "mom", "dad", "abuela", "abuelo", "mamá", "papá"]
    assert not [word for word in named if re.search(rf"\b{word}\b", starters)]

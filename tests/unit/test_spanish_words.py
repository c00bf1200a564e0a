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


def test_the_walk_out_advice_says_do_not_block_their_way_out_not_do_not_shut_the_door(spanish):
    first = spanish.guidance["rehearsal"].walkout.tips[0]
    assert "No le bloquees la salida" in first
    assert "puerta" not in first, "closing the door on them means shutting them out: the opposite of the advice"

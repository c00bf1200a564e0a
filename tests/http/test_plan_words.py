"""The words of the printed plan: what the loved one hears read aloud, and what the family reads."""

import io

import pytest
from pypdf import PdfReader

from tests.support import STANDARD_ANSWERS, walk_to

HABITS = {"enabling_m1": ["paying_debts", "rides"]}


def pdf_text(response) -> str:
    assert response.mimetype == "application/pdf", response.get_data(as_text=True)[:500]
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.data)).pages).split())


@pytest.mark.parametrize(
    ("lang", "label", "said"),
    [
        ("en", "Paying their debts or bills", ["paying your debts or bills", "giving you rides that make using easier"]),
        ("es", "Pagar sus deudas o sus cuentas", ["pagar tus deudas o tus cuentas", "llevarte a lugares donde te es más fácil consumir"]),
    ],
)
def test_the_bottom_line_letter_names_the_habits_to_the_loved_one_not_about_them(journey, client, lang, label, said):
    boundaries = {**STANDARD_ANSWERS["boundaries"], **HABITS}
    step = walk_to(journey, "boundaries", start=f"/?lang={lang}")
    assert label in step.text, "the family still ticks the habit in their own words"
    plan = walk_to(journey, "plan", start=f"/?lang={lang}", boundaries=boundaries)
    for words in said:
        assert words in plan.text
    assert label not in plan.text and label.lower() not in plan.text
    printed = pdf_text(client.post("/plan.pdf", data={"token": plan.token}))
    own = pdf_text(client.post("/member.pdf", data={"token": plan.token, "member": "m1"}))
    for text in (printed, own):
        assert said[0] in text and label not in text

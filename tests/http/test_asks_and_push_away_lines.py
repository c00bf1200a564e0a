"""QA 15, family r1 (a blended family with two teens): what the letter check said about their letters,
on the page without JavaScript and in the live check alike."""

import pytest

from tests.support import check_page

# P3-4: plain asks for today were told "End with a clear request".
ASKS = {
    "en": ["Mike here. Please go to the assessment today.", "Dana here. Please say yes today.", "Kayla here. Please go today."],
    "es": ["Soy Mike. Por favor, ve hoy a la evaluación.", "Soy Dana. Por favor, di que sí hoy.", "Soy Kayla. Por favor, ve hoy."],
}
NO_ASK = {"en": "End with a clear request", "es": "Termina con un pedido claro"}


def live(client, text: str, lang: str) -> dict:
    response = client.post("/api/check-statement", json={"text": text, "kind": "letter", "lang": lang})
    assert response.status_code == 200
    return response.get_json()


def on_the_page(client, text: str, lang: str) -> str:
    data = {"name": "Dana", "relationship": "parent", "letter": text, "action": "check", "lang": lang}
    return " ".join(check_page(client.post("/letter", data=data)).text.split())


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_plain_ask_for_today_counts_as_a_clear_request(client, lang):
    for letter in ASKS[lang]:
        report = live(client, letter, lang)
        assert "clear_request" in {s["rule"] for s in report["strengths"]}, letter
        assert "clear_request" not in {t["rule"] for t in report["tips"]}, letter
        assert NO_ASK[lang] not in on_the_page(client, letter, lang), letter


# P3-2: Tyler's letter opens with a line that pushes his step-brother away, and no note was shown.
TYLER = {
    "en": ("Jordan, you're not my real brother, and sometimes I tell my friends that because I'm mad at you.",
           "you're not my real brother", "Leave out lines that push them away."),
    "es": ("Jordan, no eres mi verdadero hermano, y a veces se lo digo a mis amigos porque estoy enojado contigo.",
           "no eres mi verdadero hermano", "Deja fuera las frases que alejan."),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_line_that_pushes_them_away_gets_a_gentle_note_live_and_on_the_page(client, lang):
    letter, quote, advice = TYLER[lang]
    report = live(client, letter, lang)
    assert [(c["rule"], c["quote"]) for c in report["concerns"]] == [("rejection", quote)]
    assert advice in report["concerns"][0]["suggestion"]
    page = on_the_page(client, letter, lang)
    assert quote in page and advice in page
    warm = {"en": "He is not my real dad, but he raised me. My real worry is you.", "es": "Él no es mi verdadero papá, pero me crio. Mi verdadera preocupación eres tú."}[lang]
    assert "rejection" not in {c["rule"] for c in live(client, warm, lang)["concerns"]}

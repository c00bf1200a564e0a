"""POST /api/check-statement: the checker as JSON, refusing what it cannot read."""

import pytest


def test_the_checker_answers_in_json_with_quoted_findings(client):
    response = client.post("/api/check-statement", json={"text": "Sam, I love you. You are an addict."})
    assert response.status_code == 200
    body = response.get_json()
    labels = [f for f in body["concerns"] if f["rule"] == "label"]
    assert labels and labels[0]["quote"] == "You are an addict"
    assert labels[0]["suggestion"]
    assert any(s["rule"] == "opens_with_love" for s in body["strengths"])
    assert body["words"] == 8
    assert body["summary"]["length"]
    assert "Set-Cookie" not in response.headers


def test_boundaries_are_checked_with_boundary_rules(client):
    body = client.post("/api/check-statement", json={"text": "You must leave.", "kind": "boundary"}).get_json()
    assert [f["rule"] for f in body["concerns"]] == ["demand"]


def test_non_json_is_refused_with_a_json_error(client):
    response = client.post("/api/check-statement", data="text=hello")
    assert response.status_code == 415
    assert "error" in response.get_json()


def test_malformed_json_is_refused_with_a_json_error(client):
    for body in ('{"text": 5}', "[1,2]", "not json", '{"nothing": "here"}'):
        response = client.post("/api/check-statement", data=body, content_type="application/json")
        assert response.status_code == 400, body
        assert "error" in response.get_json()


def test_an_unknown_kind_is_refused(client):
    response = client.post("/api/check-statement", json={"text": "hi", "kind": "poem"})
    assert response.status_code == 400


def test_an_oversized_text_is_refused_with_a_json_413(client):
    response = client.post("/api/check-statement", json={"text": "word " * 5000})
    assert response.status_code == 413
    assert "error" in response.get_json()


def test_an_oversized_body_is_refused_with_a_json_413(client):
    response = client.post("/api/check-statement", data="x" * 2_000_000, content_type="application/json")
    assert response.status_code == 413
    assert "error" in response.get_json()


def test_a_get_is_refused(client):
    assert client.get("/api/check-statement").status_code == 405


def test_spanish_text_is_checked_with_the_spanish_rules_and_answered_in_spanish(client):
    body = client.post("/api/check-statement", json={"text": "Eres un adicto y siempre mientes.", "lang": "es"}).get_json()
    assert [(f["rule"], f["quote"]) for f in body["concerns"]] == [("label", "un adicto"), ("blame_absolute", "siempre mientes")]
    assert body["concerns"][0]["message"].startswith("«un adicto» es una etiqueta")
    assert "palabras" in body["summary"]["length"]
    english = client.post("/api/check-statement", json={"text": "Eres un adicto y siempre mientes."}).get_json()
    assert not english["concerns"], "English rules do not read Spanish"


@pytest.mark.parametrize("prefix", ["", "/p/harbor-family", "/p/harbor-family/embed"])
def test_api_errors_are_json_on_every_mount(client, prefix):
    too_big = client.post(f"{prefix}/api/check-statement", data="x" * 2_000_000, content_type="application/json")
    assert too_big.status_code == 413 and "error" in too_big.get_json()
    wrong_method = client.get(f"{prefix}/api/check-statement")
    assert wrong_method.status_code == 405 and "error" in wrong_method.get_json()


@pytest.mark.parametrize(
    ("text", "says", "not_says"),
    [
        ("Last month you said you wanted to die.", ["988"], ["Domestic Violence Hotline"]),
        ("You hit me and broke the door, and I am afraid of you.", ["911", "Domestic Violence Hotline: 1-800-799-7233"], ["988"]),
    ],
)
def test_danger_written_is_answered_live_with_that_signs_own_first_step_and_line(client, text, says, not_says):
    """Violence is not answered with the suicide line: the live words match the crisis page."""
    danger = client.post("/api/check-statement", json={"text": text}).get_json()["summary"]["danger"]
    assert all(expected in danger for expected in says), danger
    assert not any(unexpected in danger for unexpected in not_says), danger
    assert client.post("/api/check-statement", json={"text": text}).get_json()["tips"] == [], "no coaching to confront"


def test_a_letter_without_danger_gets_no_danger_line(client):
    assert client.post("/api/check-statement", json={"text": "Sam, I love you and I miss our Sunday walks."}).get_json()["summary"]["danger"] == ""

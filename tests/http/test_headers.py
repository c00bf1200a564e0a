"""Headers and privacy: no cookies ever, strict CSP, no answers in URLs or logs."""

import gzip
import logging
from urllib.parse import parse_qs, urlsplit

import pytest

from app import ConfigurationError, create_app
from tests.support import LETTER, walk_to
from tools.samples import eight_member_plan
from wizard.languages import CODES
from wizard.token import encode, fernet_for


def test_no_response_of_the_journey_sets_a_cookie(journey, client):
    walk_to(journey, "plan")  # check_page asserts no Set-Cookie on every page
    for path in ("/", "/help-now", "/static/css/app.css", "/static/js/app.js", "/step/team", "/nowhere"):
        assert "Set-Cookie" not in client.get(path).headers


def test_security_headers_are_on_every_page(client):
    headers = client.get("/").headers
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "camera=()" in headers["Permissions-Policy"]
    assert headers["Cache-Control"] == "no-store"


def test_pages_with_answers_are_not_cached(journey, client):
    page = walk_to(journey, "review")
    response = client.post("/step/review", data={"token": page.token, "action": "show"})
    assert response.headers["Cache-Control"] == "no-store"


def test_forms_post_and_never_put_answers_in_a_url(journey):
    page = walk_to(journey, "review")
    for form in page.root.iter("form"):
        assert form.get("method") == "post"
        # At most the page's language, a setting the 413 page follows when the body cannot be read.
        query = parse_qs(urlsplit(form.get("action")).query, keep_blank_values=True)
        assert set(query) <= {"lang"} and all(code in CODES for code in query.get("lang", [])), form.get("action")


def test_typed_text_never_reaches_the_logs(journey, caplog):
    caplog.set_level(logging.DEBUG)
    walk_to(journey, "plan")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "José" not in logged and "Lakeside" not in logged and LETTER[:20] not in logged


def test_production_refuses_to_start_without_a_secret(monkeypatch):
    monkeypatch.delenv("PLANNER_SECRET_KEY", raising=False)
    monkeypatch.delenv("FLASK_RUN_FROM_CLI", raising=False)
    with pytest.raises(ConfigurationError, match="PLANNER_SECRET_KEY"):
        create_app()


def test_production_starts_with_a_secret_from_the_environment(monkeypatch):
    monkeypatch.setenv("PLANNER_SECRET_KEY", "a-long-random-production-secret")
    monkeypatch.delenv("FLASK_RUN_FROM_CLI", raising=False)
    assert create_app().test_client().get("/").status_code == 200


def test_a_cross_site_form_post_is_refused_kindly(client):
    response = client.post("/step/start", data={}, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    assert "another website" in response.get_data(as_text=True)
    response = client.post("/step/start", data={}, headers={"Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 403


def test_a_same_origin_post_is_accepted(client):
    response = client.post("/step/start", data={}, headers={"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"})
    assert response.status_code == 200


def test_pages_travel_compressed_and_the_heaviest_eight_person_page_stays_small(app):
    """A phone on a slow network downloads the compressed page: under 50 KB with our CSS and JS."""
    token = encode(eight_member_plan(), fernet_for(app.config["SECRET_KEYS"]))
    client = app.test_client()
    gzip_only = {"Accept-Encoding": "gzip"}
    plain = client.post("/step/boundaries", data={"token": token, "action": "show"})
    sent = client.post("/step/boundaries", data={"token": token, "action": "show"}, headers=gzip_only)
    assert sent.headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in sent.headers["Vary"]
    assert sent.headers["Cache-Control"] == plain.headers["Cache-Control"]
    # The token is sealed afresh for each response, so compare the page around it.
    unzipped = gzip.decompress(sent.data).decode()
    assert unzipped.split('name="token"')[0] == plain.get_data(as_text=True).split('name="token"')[0]
    # Weighed as a phone's browser asks (every current one takes br): Flask-Compress streams
    # static files with zstd, br or deflate only, so a gzip-only client gets them raw.
    browser = {"Accept-Encoding": "gzip, deflate, br, zstd"}
    as_sent = [
        client.post("/step/boundaries", data={"token": token, "action": "show"}, headers=browser),
        *(client.get(path, headers=browser) for path in ("/static/css/app.css", "/static/js/app.js")),
    ]
    assert all(response.headers.get("Content-Encoding") for response in as_sent), "each travels compressed"
    assert sum(len(response.data) for response in as_sent) < 50 * 1024
    pdf = client.post("/plan.pdf", data={"token": token}, headers=gzip_only)
    assert pdf.mimetype == "application/pdf" and "Content-Encoding" not in pdf.headers  # already compressed

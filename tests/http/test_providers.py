"""Provider branding over HTTP: the right name and phone, nobody else's, and framing only where allowed."""

import io

import pytest
from pypdf import PdfReader

from app import create_app

from tests.support import check_page, walk_to

RIVERSIDE = ("Riverside Recovery Center", "1-555-010-0142")
HARBOR = ("Harbor Family Services", "1-555-010-0199")


def pdf_text(response) -> str:
    assert response.mimetype == "application/pdf"
    reader = PdfReader(io.BytesIO(response.data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.mark.parametrize("mount", ["/p/riverside-recovery", "/p/riverside-recovery/embed"])
def test_a_branded_journey_shows_its_provider_and_never_another(journey, client, mount):
    pages = [walk_to(journey, stop, start=mount + "/") for stop in ("signs", "review", "plan")]
    for page in pages:
        assert page.form.get("action").startswith(mount + "/step/"), "links keep the family on the provider's path"
        assert RIVERSIDE[0] in page.text and RIVERSIDE[1] in page.text
        assert HARBOR[0] not in page.html and HARBOR[1] not in page.html
    review, plan = pages[1], pages[2]
    assert "Talk to Riverside Recovery Center" in review.text
    assert "Talk to Riverside Recovery Center" in plan.text
    text = pdf_text(client.post(mount + "/plan.pdf", data={"token": plan.token}))
    assert RIVERSIDE[0] in text and RIVERSIDE[1] in text
    assert HARBOR[0] not in text and HARBOR[1] not in text


def test_the_crisis_page_puts_emergency_numbers_before_the_providers_call_to_action(journey):
    page = walk_to(journey, "crisis", start="/p/harbor-family/", signs={"danger": ["overdose"]})
    html = page.html
    assert html.index("1-800-222-1222") < html.index("Talk to Harbor Family Services")
    assert html.index("tel:911") < html.index('href="tel:15550100199"')
    assert RIVERSIDE[0] not in html


def test_the_unbranded_wizard_names_no_provider(journey, client):
    plan = walk_to(journey, "plan")
    text = pdf_text(client.post("/plan.pdf", data={"token": plan.token}))
    for name, phone in (RIVERSIDE, HARBOR):
        assert name not in plan.html and phone not in plan.html
        assert name not in text and phone not in text


@pytest.mark.parametrize("path", ["/p/nobody/", "/p/nobody/embed/", "/p/nobody/step/team", "/p/nobody/brand.css",
                                  "/p/nobody/for-providers", "/p/Riverside-Recovery/", "/p/../etc/passwd"])
def test_an_unknown_provider_gets_the_kind_404_page(client, path):
    page = check_page(client.get(path), 404)
    assert "Page not found" in page.text


def test_only_the_embedded_path_may_be_framed_and_only_by_the_providers_origins(client):
    def ancestors(path):
        csp = client.get(path).headers["Content-Security-Policy"]
        return csp.split("frame-ancestors", 1)[1].strip()

    assert ancestors("/") == "'none'"
    assert ancestors("/help-now") == "'none'"
    assert ancestors("/p/riverside-recovery/") == "'none'"
    assert ancestors("/p/riverside-recovery/for-providers") == "'none'"
    assert ancestors("/p/riverside-recovery/embed/") == "'self' https://riverside-recovery.example.org"
    assert ancestors("/p/harbor-family/embed/help-now") == "'self' https://harbor-family.example.org"
    # Kind error pages inside the provider's frame, not a browser's "refused to connect".
    assert ancestors("/p/harbor-family/embed/no/such/page") == "'self' https://harbor-family.example.org"
    assert ancestors("/p/harbor-family/embed/plan.pdf") == "'self' https://harbor-family.example.org"
    assert ancestors("/p/harbor-family/no/such/page") == "'none'"
    assert ancestors("/p/nobody/embed/no/such/page") == "'none'"


def test_an_error_page_under_a_providers_address_keeps_its_branding_and_links(client):
    page = check_page(client.get("/p/harbor-family/embed/no/such/page"), 404)
    assert page.root.find(".//a[@href='/p/harbor-family/embed/?lang=en']") is not None


def test_a_post_from_the_providers_own_site_is_accepted_and_from_elsewhere_refused(journey, client):
    start = walk_to(journey, "signs", start="/p/harbor-family/")
    data = {"token": start.token, "action": "continue", "warning": "lies_secrecy"}
    ok = client.post("/p/harbor-family/step/signs", data=data, headers={"Origin": "https://harbor-family.example.org"})
    assert ok.status_code == 200
    refused = client.post("/p/harbor-family/step/signs", data=data, headers={"Origin": "https://riverside-recovery.example.org"})
    assert refused.status_code == 403
    plain = client.post("/step/signs", data=data, headers={"Origin": "https://harbor-family.example.org"})
    assert plain.status_code == 403


def test_brand_colours_come_as_a_stylesheet_so_the_csp_stays_strict(client):
    response = client.get("/p/harbor-family/brand.css")
    assert response.mimetype == "text/css"
    assert "--brand: #5b2a86" in response.get_data(as_text=True)
    page = check_page(client.get("/p/harbor-family/"))
    assert page.root.find(".//link[@href='/p/harbor-family/brand.css']") is not None
    assert page.root.find(".//style") is None


def test_the_for_providers_page_shows_both_snippets_and_a_live_preview(client):
    page = check_page(client.get("/p/riverside-recovery/for-providers"))
    script = "".join(page.root.find(".//code[@data-snippet='script']").itertext())
    frame = "".join(page.root.find(".//code[@data-snippet='frame']").itertext())
    assert 'src="http://localhost/static/js/embed.js" data-provider="riverside-recovery" async' in script
    assert 'src="http://localhost/p/riverside-recovery/embed/"' in frame
    assert "style=" not in frame, "sized by attributes: a strict CSP on the provider's page blocks style attributes"
    preview = page.root.find(".//div[@class='embed-preview']/script")
    assert preview.get("data-provider") == "riverside-recovery"


def test_the_embed_script_stays_tiny_and_loads_nothing_else(client):
    script = client.get("/static/js/embed.js").get_data(as_text=True)
    assert len(script.encode()) < 3 * 1024
    for forbidden in ("import(", "createElement(\"script\")", "XMLHttpRequest", "fetch(", "http://", "https://"):
        if forbidden.startswith("http"):
            assert forbidden + "/" not in script.replace("^https?:\\/\\/", "")
        else:
            assert forbidden not in script


def test_the_snippets_use_the_configured_public_address_not_what_the_request_claims():
    """Behind a proxy that ends TLS the request says http:// and any Host; a snippet with
    http:// would be blocked as mixed content on the provider's https site."""
    app = create_app({"TESTING": True, "SECRET_KEYS": ["test"], "PUBLIC_URL": "https://planner.example.org/"})
    html = app.test_client().get("/p/riverside-recovery/for-providers", headers={"Host": "spoofed.example"}).get_data(as_text=True)
    assert 'src="https://planner.example.org/static/js/embed.js"' in html
    assert "https://planner.example.org/p/riverside-recovery/embed/" in html
    assert "spoofed.example" not in html


def test_the_for_providers_page_gives_the_spanish_snippet(client):
    page = check_page(client.get("/p/riverside-recovery/for-providers"))
    spanish = "".join(page.root.find(".//code[@data-snippet='script-es']").itertext())
    assert 'data-provider="riverside-recovery" data-lang="es"' in spanish

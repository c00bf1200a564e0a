"""The Flask application factory: configuration, security headers, error pages.

Run with `flask --app app run` (development) or `gunicorn 'app:create_app()'`.
"""

import logging
import os
from urllib.parse import urlsplit

from flask import Flask, g, render_template, request
from flask_compress import Compress
from jinja2 import StrictUndefined

from wizard import languages, mounts
from wizard.body_limits import MAX_BODY_BYTES, cap_body_for_address
from wizard.content import CONTENT_ROOT, load_content
from wizard.error_summary import error_text
from wizard.phones import is_phone, unbroken_numbers
from wizard.plan import LETTER_TEXT
from wizard.planfile import MAX_FILE_BYTES
from wizard.provider_pages import provider_pages
from wizard.providers import PROVIDERS_ROOT, load_providers
from wizard.token import fernet_for
from wizard.uploads import InMemoryUploadRequest
from wizard.views import bp
from wizard.vocabulary import Language

# Only for `flask run` and tests: tokens sealed with a key anyone can read in
# this file are not private, so production must bring its own.
DEVELOPMENT_SECRET = "development-only-key-not-private"
SECRET_HELP = (
    "PLANNER_SECRET_KEY is not set. The planner seals each family's answers with it, "
    "so production refuses to start without one. Set a long random value, e.g.\n"
    '  export PLANNER_SECRET_KEY="$(python3 -c \'import secrets; print(secrets.token_urlsafe(48))\')"\n'
    "To rotate keys, list the new one first: PLANNER_SECRET_KEY='new,old'."
)

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors {ancestors}"
)
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "accelerometer=(), gyroscope=(), magnetometer=(), interest-cohort=()"
)


class ConfigurationError(RuntimeError):
    pass


def is_cross_site(origin: str | None, fetch_site: str | None, host: str, allowed: list[str] = ()) -> bool:
    """True when the browser says the post came from another site (a provider's own site is allowed).

    Hosts are compared without the scheme: behind a proxy that ends TLS the app
    sees http while the browser's Origin says https.
    """
    if origin and origin != "null":
        return urlsplit(origin).netloc.lower() != host.lower() and origin.lower() not in allowed
    return fetch_site == "cross-site"


def _secrets(app: Flask) -> list[str]:
    configured = app.config.get("SECRET_KEYS") or os.environ.get("PLANNER_SECRET_KEY", "")
    keys = [key.strip() for key in configured.split(",") if key.strip()] if isinstance(configured, str) else list(configured)
    if keys:
        return keys
    development = app.testing or app.debug or os.environ.get("FLASK_RUN_FROM_CLI") == "true"
    if not development:
        raise ConfigurationError(SECRET_HELP)
    app.logger.warning("Using the development secret key: answers are NOT private. Never deploy like this.")
    return [DEVELOPMENT_SECRET]


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.request_class = InMemoryUploadRequest
    app.before_request(cap_body_for_address)
    app.config.update(
        # Room for the fullest letters page a family can fill in, and no more (wizard/body_limits.py).
        MAX_CONTENT_LENGTH=MAX_BODY_BYTES,
        # A wrong file (a phone photo) sent to a form that takes one is refused on the family's
        # own page, not by a bare 413 page (wizard/uploads.py).
        UPLOAD_CONTENT_LENGTH=100_000_000,
        MAX_FORM_MEMORY_SIZE=MAX_BODY_BYTES,
        QUICK_EXIT_URL="https://weather.com/",
        # The planner's public address (https://planner.example.org), for the snippets providers
        # copy. Behind a proxy that ends TLS, the request says http:// and the Host header is the
        # visitor's to choose; empty: use the request's own address (development).
        PUBLIC_URL=os.environ.get("PLANNER_PUBLIC_URL", ""),
        TEMPLATES_AUTO_RELOAD=False,
        # Pages travel compressed to browsers that ask: an eight-person step is about 100 KB of
        # HTML and 15 KB compressed, on a family's phone. Only our own text; PDFs are already
        # compressed. (Cross-site posts are refused and answers are never in URLs, so an
        # attacker cannot add chosen text to a family's pages to learn from their size.)
        COMPRESS_MIMETYPES=["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "image/svg+xml"],
        COMPRESS_ALGORITHM=["br", "gzip"],
        COMPRESS_MIN_SIZE=500,
    )
    if test_config:
        app.config.update(test_config)
    app.jinja_env.undefined = StrictUndefined
    app.jinja_env.tests["phone"] = is_phone
    app.jinja_env.filters["unbroken_numbers"] = unbroken_numbers
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True

    # Request lines carry only paths and step names, never answers (those are in POST bodies).
    logging.getLogger("werkzeug").setLevel(logging.INFO)

    root = app.config.get("CONTENT_ROOT", CONTENT_ROOT)
    app.extensions["planner.contents"] = {language.value: load_content(language.value, root) for language in Language}
    app.extensions["planner.fernet"] = fernet_for(_secrets(app))
    providers = load_providers(app.config.get("PROVIDERS_ROOT", PROVIDERS_ROOT))
    app.extensions["planner.providers"] = providers
    mounts.mount_wizard(app, bp, [provider_pages], providers)
    Compress(app)

    @app.context_processor
    def globals_for_templates():
        mount = mounts.current()
        words = languages.words()
        return {
            "words": words,
            "t": words.text,
            "link": mounts.link,
            "provider": mount.provider,
            "embedded": mount.embedded,
            "quick_exit_url": app.config["QUICK_EXIT_URL"],
            "max_file_bytes": MAX_FILE_BYTES,
            "max_check_chars": LETTER_TEXT,  # the live checker says "too long" itself rather than send more
            "error_text": error_text,
        }

    @app.before_request
    def refuse_cross_site_posts():
        """No cookies means no CSRF token; the browser's own headers say where a post came from."""
        if request.method != "POST":
            return None
        origin, fetch_site = request.headers.get("Origin"), request.headers.get("Sec-Fetch-Site")
        if is_cross_site(origin, fetch_site, request.host, mounts.allowed_post_origins()):
            return error_page(403, "cross_site")(None)
        return None

    @app.after_request
    def security_headers(response):
        headers = response.headers
        headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY.format(ancestors=mounts.frame_ancestors())
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Referrer-Policy"] = "no-referrer"
        headers["Permissions-Policy"] = PERMISSIONS_POLICY
        headers["Cross-Origin-Opener-Policy"] = "same-origin"
        if request.endpoint != "static":
            headers["Cache-Control"] = "no-store"
        return response

    def error_page(code: int, key: str):
        def handler(error):
            if "lang" not in g:
                # The plan (and its language) could not be read. A form's address carries the page's
                # language (?lang=), and the page script sends it as Accept-Language too; with
                # neither (a typed address), the browser's own choice decides.
                languages.use(languages.chosen_on_arrival())
            if mounts.is_api(request.path):
                words = languages.words().text(f"error_pages.{key}.title")
                return {"error": words}, code
            return render_template("error.html", key=key), code

        return handler

    def not_allowed(error):
        """A POST-only address opened as a page (a reload, a saved link to the PDF): the answers
        were in the page, not the address, and that page says so and offers a saved plan."""
        if request.method == "GET" and not mounts.is_api(request.path):
            languages.use(languages.chosen_on_arrival())
            return render_template("no_answers.html"), 405
        return error_page(405, "not_found")(error)

    app.register_error_handler(400, error_page(400, "bad_request"))
    app.register_error_handler(403, error_page(403, "cross_site"))
    app.register_error_handler(404, error_page(404, "not_found"))
    app.register_error_handler(405, not_allowed)
    app.register_error_handler(413, error_page(413, "too_large"))
    app.register_error_handler(500, error_page(500, "server"))
    return app

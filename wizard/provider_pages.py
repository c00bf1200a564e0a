"""Pages for providers rather than families: their colours as CSS, and how to embed.

The colours come from a validated profile (#rrggbb only), so writing them into
CSS cannot inject anything; serving them as a stylesheet keeps the strict
Content-Security-Policy free of inline styles.
"""

from flask import Blueprint, Response, current_app, render_template, request

from wizard import mounts

provider_pages = Blueprint("providers", __name__)

BRAND_CSS = """:root {{ --brand: {brand}; --brand-ink: #ffffff; --link: {accent}; }}
"""


@provider_pages.get("/p/<provider>/brand.css")
def brand_css():
    colours = mounts.current().provider.colours
    return Response(BRAND_CSS.format(brand=colours.brand, accent=colours.accent), mimetype="text/css")


@provider_pages.get("/p/<provider>/for-providers")
def for_providers():
    """Both embed snippets for this profile, and the script snippet running as a live preview."""
    provider = mounts.current().provider
    root = (current_app.config.get("PUBLIC_URL") or request.host_url).rstrip("/")
    contents = current_app.extensions["planner.contents"]
    return render_template(
        "for_providers.html",
        script_src=f"{root}/static/js/embed.js",
        frame_src=f"{root}/p/{provider.slug}/embed/",
        # The plain frame cannot learn its name from the planner: each language's snippet carries its own.
        frame_titles={"en": contents["en"].text("site.name"), "es": contents["es"].text("site.name")},
    )

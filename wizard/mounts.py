"""Where the wizard is served: plain at /, branded at /p/<slug>/, embedded at /p/<slug>/embed/.

Flask lets one blueprint be registered several times under different names, so
every step exists once in code and three times in URLs. The provider slug is
taken out of the URL before the view runs (views never see it) and put back by
url_for, so a family that starts on a provider's site stays there. Which mount
a request is on decides the branding, the compact embedded layout and who may
frame the page; nothing else changes.
"""

import re
from dataclasses import dataclass

from flask import Blueprint, Flask, abort, g, request, url_for

from wizard.providers import Provider

PLAIN, BRANDED, EMBEDDED = "wizard", "provider", "embed"
PREFIXES = {PLAIN: "", BRANDED: "/p/<provider>", EMBEDDED: "/p/<provider>/embed"}


@dataclass(frozen=True)
class Mount:
    name: str
    provider: Provider | None

    @property
    def embedded(self) -> bool:
        return self.name == EMBEDDED


PLAIN_MOUNT = Mount(PLAIN, None)
PROVIDER_PATH = re.compile(r"^/p/(?P<slug>[a-z0-9-]{1,40})(?P<embed>/embed)?(/|$)")
API_PATH = re.compile(r"^(/p/[^/]+(/embed)?)?/api/")


def is_api(path: str) -> bool:
    """The JSON API on any mount: its errors are JSON too, for the page script that asked."""
    return API_PATH.match(path) is not None


def current() -> Mount:
    return g.get("mount", PLAIN_MOUNT)


def link(endpoint: str, **values) -> str:
    """url_for on the mount the family is using, so links never drop the provider."""
    return url_for(f"{current().name}.{endpoint}", **values)


def frame_ancestors() -> str:
    """Only a provider's own sites (and our preview) may frame its embedded wizard."""
    mount = current()
    if mount.embedded and mount.provider is not None:
        return " ".join(["'self'", *mount.provider.embed_origins])
    return "'none'"


def allowed_post_origins() -> list[str]:
    mount = current()
    return list(mount.provider.embed_origins) if mount.provider is not None else []


def mount_wizard(app: Flask, wizard: Blueprint, extra: list[Blueprint], providers: dict[str, Provider]) -> None:
    for name, prefix in PREFIXES.items():
        app.register_blueprint(wizard, url_prefix=prefix or None, name=name)
    for blueprint in extra:
        app.register_blueprint(blueprint)

    @app.url_value_preprocessor
    def take_provider_from_url(endpoint, values):
        if not values or "provider" not in values:
            return
        provider = providers.get(values.pop("provider"))
        if provider is None:
            abort(404)
        blueprint = request.blueprint if request.blueprint in PREFIXES else BRANDED
        g.mount = Mount(blueprint, provider)

    @app.before_request
    def mount_of_an_unknown_address():
        """A 404 or 405 under a provider's address is still shown in that provider's frame and
        branding: no URL rule matched, so the preprocessor above never saw the slug."""
        if request.routing_exception is None or "mount" in g:
            return
        match = PROVIDER_PATH.match(request.path)
        provider = providers.get(match["slug"]) if match else None
        if provider is not None:
            g.mount = Mount(EMBEDDED if match["embed"] else BRANDED, provider)

    @app.url_defaults
    def put_provider_back(endpoint, values):
        mount = current()
        if "provider" not in values and mount.provider is not None and endpoint.split(".")[0] in (BRANDED, EMBEDDED, "providers"):
            values["provider"] = mount.provider.slug

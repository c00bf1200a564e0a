"""Provider profiles: who may embed the wizard, under which name, colours and phone number.

One Markdown file per provider in content/providers/<slug>.md, front matter only
(plus an optional body). They are checked at start-up like all content: a bad
colour, a logo that is not there, or an origin that is not an origin fails the
tests, not a provider's page. Colours must keep text readable (WCAG AA 4.5:1
against white), because the brand colour sits behind white button text and the
accent colour is used for links on white.
"""

import re
from pathlib import Path
from urllib.parse import urlsplit

import frontmatter
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from wizard.vocabulary import Language

PROVIDERS_ROOT = Path(__file__).resolve().parent.parent / "content" / "providers"
STATIC_ROOT = Path(__file__).resolve().parent.parent / "static"
SLUG = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?")
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
MIN_CONTRAST = 4.5
# The grey of the footer, exit bar and notices (--soft in static/css/app.css), where the accent
# colours the emergency numbers and the provider's phone link.
SOFT_PANEL = "#f3f2f1"


class ProviderError(Exception):
    """One or more provider files are broken; the message names each file and problem."""


def _luminance(colour: str) -> float:
    def channel(hex_pair: str) -> float:
        value = int(hex_pair, 16) / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(colour: str, background: str) -> float:
    """WCAG 2 contrast ratio between two #rrggbb colours."""
    lighter, darker = sorted((_luminance(colour), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def contrast_with_white(colour: str) -> float:
    """WCAG 2 contrast ratio of a #rrggbb colour against white."""
    return contrast(colour, "#ffffff")


class Colours(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    brand: str  # header and main buttons, behind white text
    accent: str  # links and focus edges, on white

    @field_validator("brand", "accent")
    @classmethod
    def readable_on_white(cls, value: str) -> str:
        if not HEX_COLOUR.fullmatch(value):
            raise ValueError("a colour must look like #1d5c63")
        ratio = contrast_with_white(value)
        if ratio < MIN_CONTRAST:
            raise ValueError(f"contrast with white is {ratio:.2f}:1; it must be at least {MIN_CONTRAST}:1")
        return value.lower()

    @field_validator("accent")
    @classmethod
    def readable_on_the_grey_panels(cls, value: str) -> str:
        ratio = contrast(value, SOFT_PANEL)
        if ratio < MIN_CONTRAST:
            raise ValueError(
                f"contrast with the grey footer ({SOFT_PANEL}) is {ratio:.2f}:1; it must be at least {MIN_CONTRAST}:1"
            )
        return value


class Provider(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    slug: str
    name: str
    phone: str
    website: str
    talk: dict[Language, str]  # the short "talk to us" words, by language; English is required
    logo: str  # a file under static/; decorative (alt=""), as the name is printed beside it
    colours: Colours
    embed_origins: list[str]

    @field_validator("name")
    @classmethod
    def short_plain_text(cls, value: str) -> str:
        if not value.strip() or len(value) > 80 or re.search(r"[<>{}]", value):
            raise ValueError("must be 1 to 80 characters of plain text")
        return value.strip()

    @field_validator("phone")
    @classmethod
    def dialable(cls, value: str) -> str:
        digits = re.sub(r"\D", "", value)
        if not re.fullmatch(r"[0-9+() .-]{7,25}", value) or not 7 <= len(digits) <= 15:
            raise ValueError("must be a phone number such as 1-555-010-0123")
        return value

    @field_validator("website")
    @classmethod
    def https_site(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme != "https" or not parts.hostname:
            raise ValueError("must be an https:// address")
        return value

    @field_validator("talk")
    @classmethod
    def english_first(cls, value: dict) -> dict:
        if Language.ENGLISH not in value:
            raise ValueError("needs the English words (en)")
        if any(len(words) > 400 or re.search(r"[<>{}]", words) for words in value.values()):
            raise ValueError("each must be up to 400 characters of plain text")
        return value

    @field_validator("logo")
    @classmethod
    def logo_is_ours(cls, value: str) -> str:
        path = (STATIC_ROOT / value).resolve()
        if not path.is_relative_to(STATIC_ROOT) or not path.is_file():
            raise ValueError(f"static/{value} is not a file")
        if path.suffix.lower() not in {".svg", ".png", ".webp", ".jpg", ".jpeg"}:
            raise ValueError("must be an .svg, .png, .webp or .jpg file")
        return value

    @field_validator("embed_origins")
    @classmethod
    def real_origins(cls, value: list[str]) -> list[str]:
        for origin in value:
            parts = urlsplit(origin)
            if parts.scheme not in {"https", "http"} or not parts.hostname or parts.path or parts.query:
                raise ValueError(f"{origin!r} is not an origin like https://www.example.org")
            if parts.scheme == "http" and parts.hostname not in {"localhost", "127.0.0.1"}:
                raise ValueError(f"{origin!r}: only https origins may embed, except localhost for testing")
        return [origin.rstrip("/").lower() for origin in value]

    def talk_in(self, lang: str) -> str:
        """The provider's words in the family's language, or in English when they gave none."""
        return next((words for key, words in self.talk.items() if key.value == lang), self.talk[Language.ENGLISH])

    @property
    def tel(self) -> str:
        return "tel:" + re.sub(r"[^0-9+]", "", self.phone)


def load_providers(root: Path = PROVIDERS_ROOT) -> dict[str, Provider]:
    problems: list[str] = []
    providers: dict[str, Provider] = {}
    for path in sorted(root.glob("*.md")) if root.is_dir() else []:
        slug = path.stem
        if not SLUG.fullmatch(slug):
            problems.append(f"providers/{path.name}: the file name must be a slug like riverside-recovery")
            continue
        try:
            post = frontmatter.loads(path.read_text(encoding="utf-8"))
            providers[slug] = Provider(slug=slug, **post.metadata)
        except ValidationError as error:
            for problem in error.errors():
                location = ".".join(str(part) for part in problem["loc"]) or "(file)"
                problems.append(f"providers/{path.name}: {location}: {problem['msg']}")
        except Exception as error:  # YAML syntax, encoding
            problems.append(f"providers/{path.name}: cannot be read: {error}")
    if problems:
        raise ProviderError("provider profiles have problems:\n  " + "\n  ".join(problems))
    return providers

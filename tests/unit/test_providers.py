"""Provider profiles are checked at start-up: a bad file names itself and its problem."""

from pathlib import Path

import pytest

from wizard.providers import ProviderError, contrast_with_white, load_providers

GOOD = {
    "name": "Good Place",
    "phone": "1-555-010-0100",
    "website": "https://good.example.org",
    "talk": "\n  en: Call us.",
    "logo": "providers/riverside-recovery.svg",
    "colours": "\n  brand: \"#1f4e8c\"\n  accent: \"#1f4e8c\"",
    "embed_origins": "\n  - https://good.example.org",
}


def write(folder: Path, slug: str = "good-place", **changes) -> None:
    fields = {**GOOD, **changes}
    lines = [f"{key}: {value}" for key, value in fields.items() if value is not None]
    (folder / f"{slug}.md").write_text("---\n" + "\n".join(lines) + "\n---\n")


def test_the_shipped_example_profiles_load():
    providers = load_providers()
    assert {"riverside-recovery", "harbor-family"} <= set(providers)
    assert providers["harbor-family"].talk_in("es").startswith("Nuestros consejeros")


def test_a_good_profile_loads(tmp_path):
    write(tmp_path)
    provider = load_providers(tmp_path)["good-place"]
    assert provider.tel == "tel:15550100100"
    assert provider.talk_in("es") == "Call us.", "English when the provider gave no Spanish"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"colours": "\n  brand: \"#ffcc00\"\n  accent: \"#1f4e8c\""}, "colours.brand: Value error, contrast with white"),
        # 4.6:1 on white but 4.3:1 on the grey footer, where it colours the emergency numbers.
        ({"colours": "\n  brand: \"#1f4e8c\"\n  accent: \"#b35900\""}, "colours.accent: Value error, contrast with the grey footer"),
        ({"colours": "\n  brand: red\n  accent: \"#1f4e8c\""}, "colours.brand: Value error, a colour must"),
        ({"logo": "providers/nothing.svg"}, "logo: Value error, static/providers/nothing.svg is not a file"),
        ({"logo": "../app.py"}, "logo: Value error"),
        ({"embed_origins": "\n  - https://good.example.org/page"}, "embed_origins: Value error"),
        ({"embed_origins": "\n  - http://good.example.org"}, "only https origins"),
        ({"embed_origins": "\n  - '*'"}, "embed_origins: Value error"),
        ({"website": "http://good.example.org"}, "website: Value error"),
        ({"phone": "call us"}, "phone: Value error"),
        ({"talk": "{}"}, "talk: Value error, needs the English words"),
        ({"talk": "\n  fr: Appelez."}, "talk.fr"),
        ({"name": "<script>x</script>"}, "name: Value error"),
        ({"surprise": "extra"}, "surprise: Extra inputs are not permitted"),
        ({"phone": None}, "phone: Field required"),
    ],
)
def test_a_broken_profile_fails_with_the_file_and_the_problem(tmp_path, change, problem):
    write(tmp_path, **change)
    with pytest.raises(ProviderError) as caught:
        load_providers(tmp_path)
    assert "providers/good-place.md" in str(caught.value)
    assert problem in str(caught.value)


def test_a_file_name_that_is_not_a_slug_is_refused(tmp_path):
    write(tmp_path, slug="Good_Place")
    with pytest.raises(ProviderError, match="must be a slug"):
        load_providers(tmp_path)


def test_contrast_matches_known_wcag_values():
    assert round(contrast_with_white("#000000"), 1) == 21.0
    assert round(contrast_with_white("#ffffff"), 1) == 1.0
    assert round(contrast_with_white("#767676"), 2) == 4.54

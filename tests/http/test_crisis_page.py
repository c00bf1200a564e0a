"""The crisis page: what to do first and who to call come before anything else, with each sign's own line."""

from tests.support import walk_to


def main_links(page) -> list[str]:
    return [a.get("href") for a in page.root.find(".//main").iter("a") if a.get("href", "").startswith(("tel:", "sms:"))]


def test_violence_puts_911_then_the_domestic_violence_lines_then_the_general_numbers(journey):
    page = walk_to(journey, "crisis", signs={"danger": ["violence"]})
    links = main_links(page)
    assert links[:3] == ["tel:911", "tel:18007997233", "sms:88788?&body=START"], links
    assert "tel:988" in links[3:]


def test_a_child_at_risk_brings_the_childhelp_line_second(journey):
    page = walk_to(journey, "crisis", signs={"danger": ["child_at_risk"]})
    assert main_links(page)[:2] == ["tel:911", "tel:18004224453"]


def test_the_first_step_for_the_sign_comes_right_under_the_heading_before_any_number(journey):
    page = walk_to(journey, "crisis", signs={"danger": ["violence"]})
    main = list(page.root.find(".//main"))
    assert main[0].tag == "h1"
    assert main[1].get("class") == "first-action" and "get to a safe place and call 911" in "".join(main[1].itertext())


def test_an_error_on_the_crisis_page_comes_after_the_numbers(journey):
    walk_to(journey, "crisis", signs={"danger": ["overdose"]})
    page = journey.submit()  # "safe for now" left unticked
    text = page.text
    assert page.error_messages(), "the box is still asked for"
    assert text.index("911") < text.index("There is a problem")


def test_overdose_first_aid_is_left_out_when_only_alcohol_and_violence_are_reported(journey):
    alcohol = walk_to(journey, "crisis", signs={"danger": ["violence"], "substances": ["alcohol"]})
    assert "naloxone" not in alcohol.text.lower()
    opioids = walk_to(type(journey)(journey.client), "crisis", signs={"danger": ["violence"], "substances": ["opioids"]})
    assert "naloxone" in opioids.text.lower()


def test_every_page_says_how_to_keep_a_visit_out_of_the_browser_history_and_what_the_exit_cannot_do_without_scripts(journey):
    for page in (journey.start(), journey.submit()):
        footer = " ".join("".join(page.root.find(".//footer").itertext()).split())
        assert "private (incognito) window" in footer
        noscript = page.root.find(".//footer//noscript")
        assert noscript is not None


def test_the_step_count_does_not_jump_when_danger_is_reported(journey):
    """'Step 1 of 8', then the crisis page with no count, then 'Step 2 of 8': the total stays put."""
    signs = walk_to(journey, "signs")
    assert "Step 1 of 8" in signs.text
    crisis = journey.submit(warning=["lies_secrecy"], substances=["alcohol"], danger=["overdose"])
    assert crisis.step == "crisis"
    assert not crisis.root.findall(".//p[@class='progress']")
    approach = journey.submit(safe_now="y")
    assert approach.step == "approach" and "Step 2 of 8" in approach.text

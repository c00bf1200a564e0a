"""What every answer to a hostile post must be: no crash, a kind message, and the family's work kept.

  (a) never a 5xx;
  (b) a refusal says what to do: a 4xx page has a human message and a way
      back; a page with field errors lists them, in words, in an error summary
      whose links lead to the fields; a "Continue" that does not move on says why;
  (c) the plan the family holds afterwards (the page's token, or the plan file
      they saved) still has every earlier answer, and a refused form shows
      again what was typed.
"""

import json
import re
import unicodedata

from tests.support import Page, check_page
from wizard import danger_words, flow, planfile
from wizard.actions import parse_action
from wizard.content import load_content
from wizard.plan import Plan
from wizard.token import decode
from wizard.vocabulary import Language

APPROACH_NOTE = {"letters_written_for", "letters_read_again", "bottom_lines_read_again"}
# Which parts of the Plan a post to each step may change (a new team drops the
# letters and boundaries of people no longer on it).
OWNS = {
    "start": {"lang"},
    "signs": {"signs"},
    "crisis": set(),
    # Changing the approach under written letters remembers the one they were written for (QA 13 P3-4);
    # saving the letters and the bottom lines again forgets it (QA 14 P3-4, flow.noting_approach_change).
    "approach": {"approach", *APPROACH_NOTE},
    "team": {"team", "letters", "boundaries"},
    "statements": {"letters", *APPROACH_NOTE},
    "boundaries": {"boundaries", *APPROACH_NOTE},
    "rehearsal": {"rehearsal"},
    "treatment": {"treatment", "logistics"},
    "review": set(),
    "plan": set(),
}
ALSO_OWNS = {"import_letter": {"team"}}  # an imported letter may bring its writer onto the team
# Parts a step owns only a field of: the signs step asks "Under 18" (QA 10), kept on the team.
OWNS_FIELDS = {"signs": {"team": {"under_18"}}}
BOOKKEEPING = {"version", "completed", "drafts"}
# Worked out from the words on the page and in the plan (flow.noting_danger_written); see assert_same_answers.
DERIVED = {"danger_in_words", "bottom_line_risks"}
DANGER_RULES = tuple(load_content(language.value).danger_words for language in Language)
RISK_RULES = tuple(load_content(language.value).bottom_line_risks for language in Language)
KEY_LIKE = re.compile(r"[a-z_.]+")
DOWNLOADS = {"application/pdf", "application/json"}


def element_text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def assert_kind_response(response) -> Page | None:
    """(a) and (b) for any response; the checked page, or None for a download."""
    assert response.status_code < 500, f"{response.status_code}: {response.get_data(as_text=True)[:500]}"
    if response.mimetype in DOWNLOADS:
        assert_a_proper_download(response)
        return None
    assert response.mimetype == "text/html", response.mimetype
    page = check_page(response, response.status_code)
    if response.status_code >= 400:
        assert_says_what_to_do(page)
    else:
        assert_errors_are_explained(page)
    return page


def assert_a_proper_download(response) -> None:
    assert response.status_code == 200
    assert response.headers.get("Content-Disposition", "").startswith("attachment;")
    if response.mimetype == "application/pdf":
        assert response.data.startswith(b"%PDF")
    else:
        assert json.loads(response.data)["app"] == planfile.APP


def assert_says_what_to_do(page: Page) -> None:
    """A refused request gets our own page: a heading, a sentence of help and a link to go on from."""
    assert page.step in ("bad-token", "error"), page.step
    main = page.root.find(".//main")
    sentences = [element_text(p) for p in main.iter("p") if element_text(p)]
    assert any(len(s.split()) >= 5 for s in sentences), f"no help on the {page.status} page: {sentences}"
    links = [a for a in main.iter("a") if a.get("href") and element_text(a)]
    assert links, f"no way back from the {page.status} page"


def field_errors(page: Page) -> list[str]:
    return [element_text(e) for e in page.root.iter() if "field-error" in (e.get("class") or "").split()]


def assert_errors_are_explained(page: Page) -> None:
    """Every error shown is in words, and the summary at the top lists them and links to each field."""
    inline = field_errors(page)
    assert all(re.sub(r"^Error:\s*", "", text) for text in inline), f"an empty field error: {inline}"
    summary = page.root.find(".//div[@data-error-summary]")
    if inline:
        assert summary is not None, f"field errors {inline} but no error summary on {page.step}"
    if summary is None:
        return
    messages = page.error_messages()
    assert messages, "an error summary with nothing in it"
    ids = {element.get("id") for element in page.root.iter() if element.get("id")}
    for link, message in zip(summary.findall(".//a"), messages):
        assert message and not KEY_LIKE.fullmatch(message), f"not words: {message!r}"
        assert link.get("href", "").removeprefix("#") in ids, f"the summary links to nothing: {link.get('href')}"


def assert_continue_was_answered(page: Page | None, posted: str, action: str | None) -> None:
    """(b) "Continue" either moves on, or the page says why it did not (errors or a notice)."""
    if page is None or page.status != 200 or parse_action(action).kind != "continue" or posted == "plan":
        return
    if page.step == posted:
        notice = page.root.find(".//div[@class='notice']")
        assert page.error_messages() or notice is not None, f"'Continue' on {posted} stayed put and said nothing"


def passphrase_in(pairs) -> str | None:
    """The passphrase the app will seal a saved file with: the first one posted, as it cuts it."""
    return next((value for name, value in pairs if name == "save_passphrase"), "")[:200] or None


def plan_on(page: Page | None, fernet) -> Plan | None:
    """The plan a returned step page carries (error pages carry none)."""
    if page is None or page.root.find(".//form[@data-wizard]") is None:
        return None
    return decode(page.token, fernet)


def plan_returned(response, page: Page | None, fernet, passphrase: str | None = None) -> Plan | None:
    """The plan the family holds after this response: the page's token, or the plan file they saved."""
    if page is not None:
        return plan_on(page, fernet)
    if response.mimetype == "application/json" and json.loads(response.data).get("kind") == "plan":
        return planfile.load_plan(response.data, passphrase)
    return None


def assert_answers_kept(before: Plan, after: Plan | None, posted: str, page: Page | None = None, action: str | None = None) -> None:
    """(c) Only the posted step's own answers may change; a refused form changes nothing at all."""
    if after is None:
        return
    if page is not None and page.error_messages() and page.step == posted:
        assert_same_answers(after, before, page, "a refused form changed the saved answers")
        return
    assert_danger_from_words(before, after, page)
    if after.bottom_line_risks != before.bottom_line_risks:
        # Read again from the bottom lines' words and the team on Continue, Back or Change (flow.noting_bottom_line_risks).
        assert after == flow.noting_bottom_line_risks(after, RISK_RULES), "bottom-line risks noted that the words do not give"
    may_change = OWNS.get(posted, set()) | ALSO_OWNS.get(parse_action(action).kind, set()) | BOOKKEEPING | DERIVED
    for part in Plan.model_fields:
        if part in may_change:
            continue
        owned = OWNS_FIELDS.get(posted, {}).get(part, set())
        kept = getattr(before, part)
        if owned:  # every other field of this part is kept
            kept = kept.model_copy(update={name: getattr(getattr(after, part), name) for name in owned})
        assert getattr(after, part) == kept, f"posting to {posted} changed {part}"
    assert set(before.completed) - {"crisis"} <= set(after.completed), "a finished step was forgotten"
    for step, draft in before.drafts.items():
        if step != posted:
            assert after.drafts.get(step) == draft, f"the draft of {step} was lost"


def typed_on(page: Page | None) -> list[str]:
    """The words in the page's text boxes: what the family typed, shown again."""
    if page is None:
        return []
    boxes = {box.get("name") for box in page.root.iter("textarea")}
    boxes |= {box.get("name") for box in page.root.iter("input") if box.get("type", "text") == "text"}
    return [value for name, value in page.form_values() if name in boxes and value]


def assert_danger_from_words(before: Plan, after: Plan, page: Page | None) -> None:
    """Danger noted in words only ever comes from words: a sign added is written somewhere, one dropped is not."""
    written = set(danger_words.mentioned([*after.words_typed(), *typed_on(page)], DANGER_RULES))
    added = set(after.danger_in_words) - set(before.danger_in_words)
    dropped = set(before.danger_in_words) - set(after.danger_in_words)
    assert added <= written, f"danger noted that nobody wrote: {added - written}"
    assert not dropped & written, f"danger still written was forgotten: {dropped & written}"


def assert_same_answers(after: Plan, expected: Plan, page: Page | None, message: str) -> None:
    """The same plan, where the danger noted may follow the words now on the page."""
    assert after.model_copy(update={"danger_in_words": expected.danger_in_words}) == expected, message
    assert_danger_from_words(expected, after, page)


# Controls other than tab and newline, and Unicode noncharacters: invisible, and not allowed in HTML.
NONCHARACTERS = "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef" + NONCHARACTERS + "]")


def as_kept(typed: str, one_line: bool) -> str:
    """What the family typed as the page must show it again: the same words, minus invisible controls."""
    text = unicodedata.normalize("NFC", typed.replace("\r\n", "\n").replace("\r", "\n"))
    text = INVISIBLE.sub("", text)
    return text.strip() if one_line else text

"""Helpers for tests that talk HTTP: check every page, and submit forms as a browser would."""

from collections import Counter
from dataclasses import dataclass
from xml.etree.ElementTree import Element

import html5lib
from werkzeug.datastructures import MultiDict


@dataclass
class Page:
    """A checked HTML page and the values its wizard form would post."""

    root: Element
    html: str
    status: int

    @property
    def step(self) -> str:
        return self.root.find(".//body").get("data-step", "")

    @property
    def h1(self) -> str:
        return "".join(self.root.find(".//h1").itertext()).strip()

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.root.find(".//body").itertext()).split())

    @property
    def form(self) -> Element:
        form = self.root.find(".//form[@data-wizard]")
        assert form is not None, f"no wizard form on {self.step}"
        return form

    @property
    def token(self) -> str:
        return self.form.find(".//input[@name='token']").get("value")

    def error_messages(self) -> list[str]:
        summary = self.root.find(".//div[@data-error-summary]")
        if summary is None:
            return []
        return ["".join(a.itertext()).strip() for a in summary.findall(".//a")]

    def form_values(self) -> list[tuple[str, str]]:
        """What a browser would post from the wizard form, before any button is added."""
        pairs = []
        for element in self.form.iter():
            name = element.get("name")
            if not name or element.get("disabled") is not None:
                continue
            if element.tag == "input":
                kind = element.get("type", "text")
                if kind in ("checkbox", "radio"):
                    if element.get("checked") is not None:
                        pairs.append((name, element.get("value", "on")))
                elif kind not in ("submit", "button", "image", "reset"):
                    pairs.append((name, element.get("value", "")))
            elif element.tag == "textarea":
                pairs.append((name, (element.text or "")))
            elif element.tag == "select":
                chosen = [o for o in element.findall("option") if o.get("selected") is not None]
                options = element.findall("option")
                pick = chosen[0] if chosen else (options[0] if options else None)
                if pick is not None:
                    pairs.append((name, pick.get("value", "".join(pick.itertext()))))
        return pairs

    def buttons(self) -> list[tuple[str, str]]:
        return [(b.get("name"), b.get("value")) for b in self.form.iter("button") if b.get("name")]


def check_page(response, status: int = 200) -> Page:
    """Every page: expected status, valid HTML, one <h1>, a title, unique ids, quick exit, no cookie."""
    assert response.status_code == status, response.get_data(as_text=True)[:2000]
    assert "Set-Cookie" not in response.headers
    html = response.get_data(as_text=True)
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    root = parser.parse(html)
    assert len(root.findall(".//h1")) == 1, "a page has exactly one <h1>"
    title = root.find(".//title")
    assert title is not None and title.text and title.text.strip()
    ids = Counter(element.get("id") for element in root.iter() if element.get("id"))
    duplicates = [i for i, count in ids.items() if count > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"
    assert root.find(".//a[@data-quick-exit]") is not None, "every page has a quick exit"
    return Page(root, html, response.status_code)


class Journey:
    """Walks the wizard through the Flask test client, posting forms as a browser would."""

    def __init__(self, client):
        self.client = client
        self.page: Page | None = None

    def start(self, path: str = "/") -> Page:
        self.page = check_page(self.client.get(path))
        return self.page

    def submit(self, action: str = "continue", status: int = 200, **changes) -> Page:
        """Post the current form with `changes` (name -> value or list of values) and `action`."""
        pairs = [(k, v) for k, v in self.page.form_values() if k not in changes]
        for name, value in changes.items():
            values = value if isinstance(value, list) else [value]
            pairs += [(name, v) for v in values if v is not None]
        pairs.append(("action", action))
        action_url = self.page.form.get("action")
        self.page = check_page(self.client.post(action_url, data=MultiDict(pairs)), status)
        return self.page


LETTER = "José’s letter: I love you. I remember “our” summers at the lake. I felt scared when you fell."
BOUNDARY = "I will stop paying your phone bill. I love you."


# What the standard journey answers on each step (walk_to, the benchmark).
STANDARD_ANSWERS = {
    "signs": {"warning": ["lies_secrecy", "failed_quitting"], "substances": ["alcohol"]},
    "crisis": {"safe_now": "y"},
    "approach": {"approach": "invitational"},
    "team": {
        "loved_one": "Sam",
        "interventionist": "family_leads",
        "members-0-name": "José",
        "members-0-relationship": "parent",
        "members-0-role": "leader",
    },
    "statements": {"letter_m1": LETTER},
    "boundaries": {"category_m1_0": "money", "action_m1_0": BOUNDARY, "keep_m1_0": "yes"},
    "rehearsal": {"objection_0": "stop_on_own", "answered_by_0": "m1"},
    "treatment": {
        "option": "inpatient",
        "facility": "Lakeside Recovery",
        "contact": "555-0100",
        "admission_confirmed": "y",
        "date": "2026-12-05",
        "time": "18:30",
        "place": "Aunt Zoë’s house",
    },
    "review": {},
}
# The standard journey for someone under 18: the box sits on the signs step, beside the other
# facts about the person, so the approach suggestion knows it (QA 10 P3-11).
YOUNG_SIGNS = {**STANDARD_ANSWERS["signs"], "under_18": "y"}


def team_rows(*people: tuple, under_18: tuple[str, ...] = ()) -> dict[str, str]:
    """Team-step answers for (name, relationship, role) rows in order, ticking "Under 18" for the names given."""
    rows = {}
    for index, (name, relationship, role) in enumerate(people):
        rows |= {f"members-{index}-name": name, f"members-{index}-relationship": relationship, f"members-{index}-role": role}
        if name in under_18:
            rows[f"members-{index}-under_18"] = "y"
    return rows


def walk_to(journey: Journey, stop: str = "plan", start: str = "/", **overrides) -> Page:
    """Walk the standard journey, stopping when the page for `stop` is shown."""
    answers = {**STANDARD_ANSWERS, **overrides}
    page = journey.start(start)
    page = journey.submit()  # start
    for _ in range(14):
        if page.step == stop:
            return page
        page = journey.submit(**answers[page.step])
    raise AssertionError(f"never reached {stop}; stuck on {page.step}: {page.error_messages()}")


def words_for(client, lang: str):
    """The content the app serves in `lang`, as loaded at start-up."""
    return client.application.extensions["planner.contents"][lang]


def flat(element) -> str:
    """An element's text with its whitespace collapsed, as a reader sees it."""
    return " ".join("".join(element.itertext()).split())


def shows(words: str, text: str) -> bool:
    """`words` on the page, whatever spaces the phone-number spans add around a number."""
    return "".join(words.split()) in "".join(text.split())

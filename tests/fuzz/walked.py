"""Real partial walks: every step page a family reaches, kept with its token and its fields.

Hostile posts start from these, so a test can tell whether what the family had
already answered (a team of José and Zoë, their letters, ...) survived.
"""

from dataclasses import dataclass

from tests.support import BOUNDARY, LETTER, Journey, Page, walk_to
from wizard.plan import Plan
from wizard.token import decode

TEAM = {
    "loved_one": "Sam",
    "interventionist": "family_leads",
    "members-0-name": "José",
    "members-0-relationship": "parent",
    "members-0-role": "leader",
    "members-1-name": "Zoë",
    "members-1-relationship": "sibling",
    "members-1-role": "letter_only",  # so the statements page also asks who reads her letter
}
STATEMENTS = {"letter_m1": LETTER, "letter_m2": "Zoë’s letter: I love you, and I miss our walks.", "reader_m2": "m1"}
BOUNDARIES = {
    "category_m1_0": "money", "action_m1_0": BOUNDARY, "keep_m1_0": "yes",
    "category_m2_0": "housing", "action_m2_0": "I will not let you sleep here. I love you.", "keep_m2_0": "yes",
}  # fmt: skip
DANGER = {"warning": ["lies_secrecy"], "substances": ["alcohol"], "danger": ["overdose"]}


@dataclass(frozen=True, repr=False)
class Walked:
    """One step page as a family sees it: its token and plan, and what its form can send."""

    step: str
    path: str
    token: str
    plan: Plan
    answers: tuple[tuple[str, str], ...]  # what a browser would post now, token excluded
    choices: dict[str, tuple[str, ...]]  # choice field -> the values the page offers
    lines: tuple[str, ...]  # one-line text fields
    paragraphs: tuple[str, ...]  # textareas
    buttons: tuple[str, ...]  # action values of the buttons on the page

    def __repr__(self) -> str:
        return f"<the {self.step} page>"  # short, so a failing example stays readable

    def _repr_pretty_(self, printer, cycle) -> None:  # what Hypothesis prints
        printer.text(repr(self))

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*self.choices, *self.lines, *self.paragraphs, *(n for n, _ in self.answers)]))


class RecordingJourney(Journey):
    """A Journey that keeps every page it passes through."""

    def __init__(self, client):
        super().__init__(client)
        self.pages: list[Page] = []

    def start(self, path: str = "/") -> Page:
        self.pages.append(super().start(path))
        return self.pages[-1]

    def submit(self, *args, **kwargs) -> Page:
        self.pages.append(super().submit(*args, **kwargs))
        return self.pages[-1]


def describe(page: Page, fernet) -> Walked:
    choices: dict[str, list[str]] = {}
    lines: list[str] = []
    paragraphs: list[str] = []
    for element in page.form.iter():
        name = element.get("name")
        if not name or name in ("token", "action"):
            continue
        if element.tag == "textarea":
            paragraphs.append(name)
        elif element.tag == "select":
            choices.setdefault(name, []).extend(o.get("value", "") for o in element.findall("option"))
        elif element.tag == "input" and element.get("type") in ("radio", "checkbox"):
            choices.setdefault(name, []).append(element.get("value", "on"))
        elif element.tag == "input" and element.get("type", "text") not in ("hidden", "submit", "button", "file", "password"):
            lines.append(name)  # (a passphrase is never shown again, and a file is not text)
    return Walked(
        step=page.step,
        path=page.form.get("action"),
        token=page.token,
        plan=decode(page.token, fernet),
        answers=tuple((k, v) for k, v in page.form_values() if k != "token"),
        choices={name: tuple(dict.fromkeys(values)) for name, values in choices.items()},
        lines=tuple(lines),
        paragraphs=tuple(paragraphs),
        buttons=tuple(dict.fromkeys(value for name, value in page.buttons() if name == "action")),
    )


class Walks(dict):
    """Step slug -> Walked, printed as one short line in a failing example."""

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(f"<the pages of one walk: {', '.join(self)}>")


def walk_every_step(client) -> Walks:
    """Walk the whole journey once (and the danger branch to the crisis page); describe each page."""
    fernet = client.application.extensions["planner.fernet"]
    journey = RecordingJourney(client)
    walk_to(journey, "plan", team=TEAM, statements=STATEMENTS, boundaries=BOUNDARIES)
    danger = RecordingJourney(client)
    walk_to(danger, "crisis", signs=DANGER)
    pages = {page.step: page for page in journey.pages}
    pages["crisis"] = danger.pages[-1]
    return Walks({step: describe(page, fernet) for step, page in pages.items()})

"""What the buttons on a step page ask for, parsed from the posted `action` value.

Buttons post `action=continue`, `back`, `show`, `check`, `goto:<step>`,
`add_member`, `remove_member:<row>`, `assemble:<member id>`, `save` (download
the plan file), `import_letter` or `keep` (the page script asking for a sealed
copy of what is typed so far); anything else is
read as `continue`, the safe default.
"""

import re
from dataclasses import dataclass

from wizard.steps import Step


@dataclass(frozen=True)
class Action:
    kind: str
    target: Step | None = None
    row: int | None = None
    member: str | None = None


def parse_action(raw: str | None) -> Action:
    raw = (raw or "continue")[:40]
    kind, _, argument = raw.partition(":")
    if kind == "goto":
        try:
            return Action("goto", target=Step(argument))
        except ValueError:
            return Action("show")
    if kind == "remove_member":
        return Action("remove_member", row=int(argument)) if argument.isascii() and argument.isdigit() else Action("show")
    if kind == "assemble":
        if not argument:
            return Action("assemble")  # the one-letter page has a single letter to put together
        return Action("assemble", member=argument) if re.fullmatch(r"m[0-9]{1,3}", argument) else Action("show")
    if kind in {"back", "show", "check", "add_member", "save", "import_letter", "keep"}:
        return Action(kind)
    return Action("continue")

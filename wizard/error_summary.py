"""The error summary at the top of a step: each problem named by its field, and by person.

The message beside a field can be short ("Please choose one."), because the
label is right above it. In the summary, on a phone, three identical lines
say nothing, so each line starts with the field's label and, for a field that
belongs to one person, that person's name. Labels come from the same content
the page uses: the step's front matter `fields`, or the step's interface
strings (`team.role`, `statements.order`, ...).
"""

import re

from wtforms.validators import Length

from wizard.content import Content
from wizard.plan import Plan

PERSON_FIELD = re.compile(r"^(?P<base>[a-z_]+?)_(?P<member>m\d+)(?:_\d+)?$")  # order_m3, action_m1_0
ROW_FIELD = re.compile(r"^members-(?P<row>\d+)-(?P<base>[a-z_]+)$")  # members-0-role
NUMBERED_FIELD = re.compile(r"^(?P<base>[a-z_]+?)_\d+$")  # objection_0
NAME_SHOWN = 40

# Problems with the whole step that sit on a field only so the summary has somewhere to link.
WHOLE_STEP = {"need_member"}


def error_list(form, words: Content, step: str = "", plan: Plan | None = None) -> list[tuple[str, str]]:
    """(field id, summary line) for every error, in page order."""
    names = {member.id: member.name for member in plan.team.members} if plan is not None else {}
    found: list[tuple[str, str]] = []

    def walk(field, row_name: str = ""):
        if field.type == "FieldList":
            # A problem with the list as a whole (a team with no one in the room): said once, above its rows.
            found.extend((field.id, words.error(key).replace("{name}", getattr(field, "about", ""))) for key in field.errors if isinstance(key, str))
            for sub in field:
                walk(sub)
        elif field.type == "FormField":
            typed = field.form.name.data if "name" in field.form else ""
            for sub in field:
                walk(sub, typed or "")
        elif field.errors:
            message = error_text(words, field)
            whole_step = field.errors[0] in WHOLE_STEP
            found.append((field.id, message if whole_step else _line(words, step, field.id, message, names, row_name)))

    for field in form:
        walk(field)
    return found


def error_text(words: Content, field) -> str:
    """A field's first error in words; "too long" says how long it is and how long it may be."""
    key = field.errors[0]
    if key != "too_long":
        return words.error(key).replace("{name}", _about(words, field))
    limit = next((v.max for v in field.validators if isinstance(v, Length) and v.max and v.max > 0), None)
    if limit is None:
        return words.error(key)
    return words.errors["too_long_by"].format(count=len(field.data or ""), max=limit)


def _about(words: Content, field) -> str:
    """Whom an error is about, for words that name them ("Lily is under 18…", team.py): the name the
    form gave it, else what a row's box is called ("Person 2"). Names are the family's words: the page only."""
    if named := getattr(field, "about", ""):
        return named
    match = ROW_FIELD.match(field.id)
    return words.text("team.person", number=str(int(match["row"]) + 1)) if match else ""


def _short(name: str) -> str:
    """A name as the summary shows it: a too-long one (the error itself) is not repeated whole."""
    return name if len(name) <= NAME_SHOWN else name[: NAME_SHOWN - 1].rstrip() + "…"


def _line(words: Content, step: str, field_id: str, message: str, names: dict[str, str], row_name: str) -> str:
    person = row_name
    base = field_id
    if match := ROW_FIELD.match(field_id):
        # A row whose name is not typed yet is called what its box on the page is called.
        base, person = match["base"], person or words.text("team.person", number=str(int(match["row"]) + 1))
    elif (match := PERSON_FIELD.match(field_id)) and match["member"] in names:
        base, person = match["base"], names[match["member"]]
    elif match := NUMBERED_FIELD.match(field_id):
        base = match["base"]
        card = words.strings.get(f"{step}.card")  # numbered cards, as on the rehearsal step
        if isinstance(card, str) and "{number}" in card:
            person = card.format(number=int(field_id.rsplit("_", 1)[1]) + 1)
    person = _short(person)
    label = _label(words, step, base, person)
    if not label or label == message:
        return words.text("errors.summary_person", name=person, message=message) if person else message
    label = label.removeprefix("¿") if label.endswith("?") else label
    label = label.rstrip(":?")
    if person and person not in label:
        return words.text("errors.summary_item_for", label=label, name=person, message=message)
    return words.text("errors.summary_item", label=label, message=message)


def _label(words: Content, step: str, base: str, person: str) -> str:
    page = words.steps.get(step)
    if page is not None and base in page.fields and page.fields[base].label:
        return page.fields[base].label
    template = words.strings.get(f"{step}.{base}")
    if not isinstance(template, str):
        return ""
    try:
        return template.format_map({"name": person or "…"})
    except (KeyError, ValueError):
        return ""

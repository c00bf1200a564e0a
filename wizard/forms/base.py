"""What every step form can do: be filled from a Plan, and fold its answers back in.

Forms carry error *keys* (e.g. "required"), never sentences: the words live in
content/<lang>/ui.md and the template macros look them up.
"""

import hashlib
from collections.abc import Callable
from typing import Any, ClassVar, Self

from werkzeug.datastructures import MultiDict
from wtforms import Form

from wizard.plan import Plan


class StepForm(Form):
    """A WTForms form bound to one step of the journey."""

    # field name -> key of content/<lang>/choices.md that labels its options
    option_vocabulary: dict[str, str] = {}
    # The Plan fields this step's answers and checks depend on. Declared so that
    # re-checking a finished step can be remembered while those fields are unchanged
    # (tests/unit/test_flow.py proves each list by changing every other field).
    # None: unknown, so the step is re-checked every time.
    reads: ClassVar[tuple[str, ...] | None] = None

    @classmethod
    def data_from_plan(cls, plan: Plan) -> dict[str, Any]:
        return {}

    @classmethod
    def build(cls, plan: Plan, formdata: MultiDict | None = None) -> Self:
        """The form for this plan: from what was posted, or else from the plan."""
        if formdata is not None:
            return cls(formdata=formdata)
        return cls(data=cls.data_from_plan(plan))

    def apply(self, plan: Plan) -> Plan:
        """A new Plan with this (validated) form's answers folded in."""
        return plan

    def needs_second_look(self, words) -> bool:
        """True when valid answers should be shown once more before moving on (checker findings)."""
        return False

    @classmethod
    def holds_for(cls, plan: Plan) -> bool:
        """Re-validate the plan's answers for this step: carried state is untrusted.

        Every request asks this of each finished step (often twice: before and after
        the posted answers are folded in), and it builds each form twice. The answer
        depends only on the fields in `reads`, so it is remembered by a digest of them.
        """
        if cls.reads is None:
            return cls.revalidate(plan)
        digest = hashlib.blake2b(plan.model_dump_json(include=set(cls.reads)).encode(), digest_size=16).digest()
        key = (cls, digest)
        known = _HOLDS.get(key)
        if known is None:
            if len(_HOLDS) >= _HOLDS_MAX:
                _HOLDS.clear()
            known = _HOLDS[key] = cls.revalidate(plan)
        return known

    @classmethod
    def revalidate(cls, plan: Plan) -> bool:
        return cls.build(plan, MultiDict(cls.formdata_from_plan(plan))).validate()

    @classmethod
    def formdata_from_plan(cls, plan: Plan) -> list[tuple[str, str]]:
        """The plan's answers as the browser would post them."""
        form = cls.build(plan)
        pairs: list[tuple[str, str]] = []
        for field in form:
            pairs.extend(_posted_values(field))
        return pairs

    def typed_texts(self) -> list[str]:
        """Only what was typed into text boxes: a ticked box's id is not the family's words."""
        return [value for _, value in self.typed_fields()]

    def typed_fields(self) -> list[tuple[str, str]]:
        """What was typed into text boxes, with each box's name ("love_m1"): whose words they are."""
        return [
            pair
            for field in _leaves(self)
            if field.type in ("StringField", "TextAreaField")
            for pair in _posted_values(field)
        ]

    def draft(self) -> dict[str, list[str]]:
        """The raw values typed, to keep when the family leaves before finishing."""
        draft: dict[str, list[str]] = {}
        for field in self:
            for name, value in _posted_values(field):
                draft.setdefault(name, []).append(value)
        return draft


def only_too_long(form) -> bool:
    """Whether any text is over its limit; every other problem is cleared from the form.

    For a family leaving a step unfinished: missing answers may wait, but text over
    the limit would be cut in the draft, so they are asked to shorten it first."""
    form.validate()
    found = False

    def walk(field):
        nonlocal found
        if field.type in ("FieldList", "FormField"):
            if field.type == "FieldList":  # a problem with the whole list (team.py: no one in the room) waits too
                field.errors = [error for error in field.errors if not isinstance(error, str)]
            for sub in field:
                walk(sub)
            return
        field.errors = [error for error in field.errors if error == "too_long"]
        found = found or bool(field.errors)

    for field in form:
        walk(field)
    return found


_HOLDS: dict[tuple, bool] = {}
_HOLDS_MAX = 4096


def forget_checks() -> None:
    """Drop every remembered step check (the benchmark's "nothing remembered" case)."""
    _HOLDS.clear()

_BOUND_CLASSES: dict[tuple, type] = {}


def bind(cls: type[StepForm], fields: Callable[[], dict], plan: Plan, formdata: MultiDict | None) -> StepForm:
    """An instance of `cls` with extra fields made for this plan (one set per team member).

    The fields depend only on who is on the team (ids and roles), so the class
    made for a team is kept and reused: building a class is the costly part, and
    every request re-checks each finished step with these forms.
    """
    key = (cls, tuple((member.id, member.role.value) for member in plan.team.members))
    bound = _BOUND_CLASSES.get(key)
    if bound is None:
        if len(_BOUND_CLASSES) > 1024:
            _BOUND_CLASSES.clear()
        bound = _BOUND_CLASSES[key] = type(cls.__name__, (cls,), fields())
    if formdata is not None:
        return bound(formdata=formdata)
    return bound(data=cls.data_from_plan(plan))


def _leaves(fields):
    """Every field that holds a value, inside lists of rows and sub-forms too."""
    for field in fields:
        if field.type in ("FieldList", "FormField"):
            yield from _leaves(field)
        else:
            yield field


def _posted_values(field) -> list[tuple[str, str]]:
    if field.type == "FieldList":
        return [pair for entry in field for pair in _posted_values(entry)]
    if field.type == "FormField":
        return [pair for sub in field for pair in _posted_values(sub)]
    if field.type == "BooleanField":
        return [(field.name, "y")] if field.data else []
    if field.type in {"SelectMultipleField", "MultiCheckboxField"}:
        return [(field.name, str(value)) for value in (field.data or [])]
    if field.data is None:
        return []
    return [(field.name, str(field.data))]

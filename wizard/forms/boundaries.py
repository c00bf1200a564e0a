"""Each member's boundaries (what I will do if the answer is no) and enabling habits to stop.

Three boundary rows per member (Love First suggests a few bottom lines, not a
long list); a wholly blank row is ignored. One bottom line from the team is enough;
an interpreter has no rows at all (they stay neutral: plan.writes_letter).
"""

from werkzeug.datastructures import MultiDict
from wtforms import HiddenField, StringField, TextAreaField
from wtforms.validators import Length

from wizard.checker import check
from wizard.forms.base import StepForm, bind
from wizard.forms.fields import KeyedRadioField, KeyedSelectField, MultiCheckboxField, choices_of, clean_line, clean_text
from wizard.forms.review_marks import fingerprint
from wizard.plan import BOUNDARY_TEXT, MAX_BOUNDARIES, SHORT_TEXT, Boundary, MemberBoundaries, Plan
from wizard.vocabulary import BoundaryCategory, CanKeep, EnablingHabit

ROW_FIELDS = ("category", "action", "keep", "helper")


def row_name(name: str, member_id: str, row: int) -> str:
    return f"{name}_{member_id}_{row}"


class BoundariesForm(StepForm):
    reads = ("team", "boundaries")
    reviewed = HiddenField()

    @classmethod
    def build(cls, plan: Plan, formdata: MultiDict | None = None):
        def make_fields() -> dict:
            fields = {}
            for member in plan.team.writers():
                for row in range(MAX_BOUNDARIES):
                    fields[row_name("category", member.id, row)] = KeyedSelectField(
                        choices=[("", "")] + choices_of(BoundaryCategory)
                    )
                    fields[row_name("action", member.id, row)] = TextAreaField(
                        filters=[clean_text], validators=[Length(max=BOUNDARY_TEXT, message="too_long")]
                    )
                    fields[row_name("keep", member.id, row)] = KeyedRadioField(choices=choices_of(CanKeep))
                    fields[row_name("helper", member.id, row)] = StringField(
                        filters=[clean_line], validators=[Length(max=SHORT_TEXT, message="too_long")]
                    )
                fields[f"enabling_{member.id}"] = MultiCheckboxField(choices=choices_of(EnablingHabit))
                fields[f"enabling_other_{member.id}"] = StringField(
                    filters=[clean_line], validators=[Length(max=SHORT_TEXT, message="too_long")]
                )
            return fields

        form = bind(cls, make_fields, plan, formdata)
        form.plan = plan
        return form

    @classmethod
    def data_from_plan(cls, plan: Plan):
        data = {}
        for member in plan.team.writers():
            mine = plan.boundaries.get(member.id, MemberBoundaries())
            for row, item in enumerate(mine.items):
                data[row_name("category", member.id, row)] = item.category.value
                data[row_name("action", member.id, row)] = item.action
                data[row_name("keep", member.id, row)] = item.can_keep.value
                data[row_name("helper", member.id, row)] = item.helper
            data[f"enabling_{member.id}"] = [habit.value for habit in mine.enabling]
            data[f"enabling_other_{member.id}"] = mine.enabling_other
        return data

    def row(self, member_id: str, row: int) -> dict:
        return {name: self[row_name(name, member_id, row)] for name in ROW_FIELDS}

    def _filled(self, member_id: str) -> list[dict]:
        rows = [self.row(member_id, row) for row in range(MAX_BOUNDARIES)]
        return [r for r in rows if (r["action"].data or "").strip() or r["category"].data or r["helper"].data]

    def validate(self, extra_validators=None):
        # Run each field's own checks, then judge blank rows as absent rather than wrong.
        super().validate(extra_validators)
        anyone = False
        writers = [member.id for member in self.plan.team.writers()]
        for member_id in writers:
            filled = self._filled(member_id)
            anyone = anyone or bool(filled)
            for number in range(MAX_BOUNDARIES):
                fields = self.row(member_id, number)
                if fields not in filled:
                    for field in fields.values():
                        field.errors = []
                    continue
                if not (fields["action"].data or "").strip():
                    fields["action"].errors = [*fields["action"].errors, "need_boundary_text"]
        if not anyone and writers:
            # One bottom line from the team is enough: a friend or a counselor need not write one.
            first = self.row(writers[0], 0)["action"]
            first.errors = ["need_boundary"]
        return not any(field.errors for field in self)

    def texts(self) -> list[str]:
        return [r["action"].data or "" for m in self.plan.team.writers() for r in self._filled(m.id)]

    def needs_second_look(self, words) -> bool:
        concerns = any(check(text, "boundary", words.checker).concerns for text in self.texts())
        return concerns and not self.shown_as_is()

    def shown_as_is(self) -> bool:
        """The family saw this page with these very words (after a pause) and pressed on."""
        return self.reviewed.data == fingerprint(self.texts())

    def apply(self, plan: Plan) -> Plan:
        boundaries = {}
        for member in plan.team.writers():
            items = [
                Boundary(
                    category=BoundaryCategory(r["category"].data),
                    action=r["action"].data.strip(),
                    can_keep=CanKeep(r["keep"].data),
                    helper=r["helper"].data or "",
                )
                for r in self._filled(member.id)
            ]
            boundaries[member.id] = MemberBoundaries(
                items=items,
                enabling=[EnablingHabit(v) for v in self[f"enabling_{member.id}"].data or []],
                enabling_other=self[f"enabling_other_{member.id}"].data or "",
            )
        return plan.model_copy(update={"boundaries": boundaries})

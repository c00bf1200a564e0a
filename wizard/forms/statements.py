"""Each member's letter: four guided parts, the whole letter, reading order and reader.

Fields are made per plan (`love_m1`, `letter_m1`, `order_m1`, ...) so a posted
form can only speak for people on the team. The parts are put together into
the whole letter when the family asks, or when the whole letter is still empty.
"""

from werkzeug.datastructures import MultiDict
from wtforms import HiddenField, TextAreaField
from wtforms.validators import Length

from wizard.checker import check
from wizard.forms.base import StepForm, bind
from wizard.forms.fields import KeyedSelectField, clean_text
from wizard.forms.review_marks import fingerprint
from wizard.plan import LETTER_TEXT, MAX_MEMBERS, PART_TEXT, Letter, Plan
from wizard.vocabulary import LetterPart, Role

PARTS = [part.value for part in LetterPart]


def assemble(parts: list[str]) -> str:
    return "\n\n".join(part.strip() for part in parts if part and part.strip())


class StatementsForm(StepForm):
    reads = ("team", "letters")
    reviewed = HiddenField()

    @classmethod
    def build(cls, plan: Plan, formdata: MultiDict | None = None):
        def make_fields() -> dict:
            # Only letter writers get a letter: an interpreter has none, and no place in the reading order.
            writers = plan.team.writers()
            orders = [("", "")] + [(str(n), str(n)) for n in range(1, len(writers) + 1)]
            fields = {}
            for member in writers:
                for part in PARTS:
                    fields[f"{part}_{member.id}"] = TextAreaField(
                        filters=[clean_text], validators=[Length(max=PART_TEXT, message="too_long")]
                    )
                fields[f"letter_{member.id}"] = TextAreaField(
                    filters=[clean_text], validators=[Length(max=LETTER_TEXT, message="too_long")]
                )
                fields[f"order_{member.id}"] = KeyedSelectField(choices=orders)
                if member.role is Role.LETTER_ONLY:
                    readers = [("", "")] + [(m.id, m.id) for m in plan.team.present()]
                    fields[f"reader_{member.id}"] = KeyedSelectField(choices=readers, required_message="need_reader")
            return fields

        form = bind(cls, make_fields, plan, formdata)
        form.plan = plan
        return form

    @classmethod
    def data_from_plan(cls, plan: Plan):
        data = {}
        for position, member in enumerate(plan.team.writers(), 1):
            letter = plan.letters.get(member.id, Letter(order=min(position, MAX_MEMBERS)))
            for part in PARTS:
                data[f"{part}_{member.id}"] = getattr(letter, part)
            data[f"letter_{member.id}"] = letter.text
            data[f"order_{member.id}"] = str(letter.order)
            data[f"reader_{member.id}"] = letter.reader or ""
        return data

    def field_for(self, name: str, member_id: str):
        return self[f"{name}_{member_id}"] if f"{name}_{member_id}" in self else None

    def assemble_for(self, member_id: str) -> bool:
        """Put the parts together into the whole letter; only into an empty letter, so nothing is lost."""
        whole = self.field_for("letter", member_id)
        if whole is None or (whole.data or "").strip():
            return False
        whole.data = assemble([self.field_for(part, member_id).data for part in PARTS])
        whole.raw_data = [whole.data]
        return bool(whole.data)

    def writer_ids(self) -> list[str]:
        return [member.id for member in self.plan.team.writers()]

    def validate(self, extra_validators=None):
        for member_id in self.writer_ids():
            self.assemble_for(member_id)
        ok = super().validate(extra_validators)
        for member_id in self.writer_ids():
            whole = self.field_for("letter", member_id)
            if not (whole.data or "").strip():
                whole.errors = [*whole.errors, "need_letter"]
                ok = False
        # Someone under 18 does not read another person's letter aloud (QA 13 P2-2): they are left out of
        # the list, as on the rehearsal step; one chosen before the box was ticked is asked about kindly.
        # With no adult there to read at all, the family is told why the list is empty.
        young = {member.id for member in self.plan.team.young()}
        adults_there = any(not member.under_18 for member in self.plan.team.present())
        for member_id in self.writer_ids():
            reader = self.field_for("reader", member_id)
            if reader is None:
                continue
            if reader.data in young and not reader.errors:
                reader.errors = ["young_reads"]
                ok = False
            elif reader.errors == ["need_reader"] and not adults_there:
                reader.errors = ["need_adult_reader"]
        return ok

    def texts(self) -> list[str]:
        return [self.field_for("letter", member_id).data or "" for member_id in self.writer_ids()]

    def needs_second_look(self, words) -> bool:
        """Checker concerns, or a letter longer than the rules' reading time (the same `too_long` the
        live checker shows while typing): said once under the letter, never a refusal."""
        reports = [check(text, "letter", words.checker) for text in self.texts()]
        noticed = any(report.concerns or report.too_long for report in reports)
        return noticed and self.reviewed.data != fingerprint(self.texts())

    def apply(self, plan: Plan) -> Plan:
        letters = {}
        for member in plan.team.writers():
            reader = self.field_for("reader", member.id)
            letters[member.id] = Letter(
                **{part: self.field_for(part, member.id).data or "" for part in PARTS},
                text=self.field_for("letter", member.id).data or "",
                order=int(self.field_for("order", member.id).data),
                reader=reader.data if reader is not None and reader.data else None,
            )
        return plan.model_copy(update={"letters": letters})



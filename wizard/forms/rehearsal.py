"""Rehearsal: objection cards (what they may say, who answers, a calm reply) and the walk-out plan."""

from werkzeug.datastructures import MultiDict
from wtforms import StringField, TextAreaField
from wtforms.validators import Length

from wizard.forms.base import StepForm, bind
from wizard.forms.fields import KeyedSelectField, choices_of, clean_line, clean_text
from wizard.plan import MAX_OBJECTIONS, MEDIUM_TEXT, SHORT_TEXT, ObjectionCard, Plan, Rehearsal
from wizard.vocabulary import Objection


def card_name(name: str, row: int) -> str:
    return f"{name}_{row}"


class RehearsalForm(StepForm):
    reads = ("team", "rehearsal")
    @classmethod
    def build(cls, plan: Plan, formdata: MultiDict | None = None):
        def make_fields() -> dict:
            # Only people at the meeting can answer a card; only those in the room can follow someone who walks out.
            members = [("", "")] + [(m.id, m.id) for m in plan.team.present()]
            followers = [("", "")] + [(m.id, m.id) for m in plan.team.in_room()]
            fields = {}
            for row in range(MAX_OBJECTIONS):
                fields[card_name("objection", row)] = KeyedSelectField(choices=[("", "")] + choices_of(Objection))
                fields[card_name("custom", row)] = StringField(
                    filters=[clean_line], validators=[Length(max=SHORT_TEXT, message="too_long")]
                )
                fields[card_name("answered_by", row)] = KeyedSelectField(choices=members)
                fields[card_name("reply", row)] = TextAreaField(
                    filters=[clean_text], validators=[Length(max=MEDIUM_TEXT, message="too_long")]
                )
            fields["walkout_follower"] = KeyedSelectField(choices=followers)
            fields["walkout_words"] = TextAreaField(
                filters=[clean_text], validators=[Length(max=MEDIUM_TEXT, message="too_long")]
            )
            return fields

        form = bind(cls, make_fields, plan, formdata)
        form.plan = plan
        return form

    @classmethod
    def data_from_plan(cls, plan: Plan):
        rehearsal = plan.rehearsal
        data = {"walkout_follower": rehearsal.walkout_follower or "", "walkout_words": rehearsal.walkout_words}
        for row, card in enumerate(rehearsal.objections):
            data[card_name("objection", row)] = card.objection.value
            data[card_name("custom", row)] = card.custom
            data[card_name("answered_by", row)] = card.answered_by or ""
            data[card_name("reply", row)] = card.reply
        return data

    def card(self, row: int) -> dict:
        return {name: self[card_name(name, row)] for name in ("objection", "custom", "answered_by", "reply")}

    def _is_blank(self, card: dict) -> bool:
        return not any((field.data or "").strip() for field in card.values())

    def validate(self, extra_validators=None):
        super().validate(extra_validators)
        for row in range(MAX_OBJECTIONS):
            card = self.card(row)
            if self._is_blank(card):
                for field in card.values():
                    field.errors = []
            elif card["objection"].data == Objection.OTHER.value and not card["custom"].data:
                card["custom"].errors = [*card["custom"].errors, "need_objection_words"]
        # Someone under 18 does not answer for the team or follow a walk-out (QA 13 P2-2). They are left
        # out of the lists; one chosen before the box was ticked is asked about kindly, not dropped.
        young = {member.id for member in self.plan.team.young()}
        for row in range(MAX_OBJECTIONS):
            answerer = self[card_name("answered_by", row)]
            if answerer.data in young and not answerer.errors:
                answerer.errors = ["young_answers"]
        follower = self["walkout_follower"]
        if not follower.data:
            follower.errors = []  # optional: not every team chooses one ahead
        elif follower.data in young and not follower.errors:
            follower.errors = ["young_follows"]
        return not any(field.errors for field in self)

    def apply(self, plan: Plan) -> Plan:
        cards = [
            ObjectionCard(
                objection=Objection(card["objection"].data),
                custom=card["custom"].data or "",
                answered_by=card["answered_by"].data or None,
                reply=(card["reply"].data or "").strip(),
            )
            for card in (self.card(row) for row in range(MAX_OBJECTIONS))
            if not self._is_blank(card)
        ]
        rehearsal = Rehearsal(
            objections=cards,
            walkout_follower=self["walkout_follower"].data or None,
            walkout_words=(self["walkout_words"].data or "").strip(),
        )
        return plan.model_copy(update={"rehearsal": rehearsal})

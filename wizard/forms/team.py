"""The team: who takes part, how they relate to the person, and their role.

Rows are a WTForms FieldList so a family without JavaScript can add and remove
people with buttons (the GOV.UK "add another" pattern). A row left wholly blank
is ignored rather than refused.
"""

from werkzeug.datastructures import MultiDict
from wtforms import BooleanField, FieldList, Form, FormField, HiddenField, StringField
from wtforms.validators import Length, Optional

from wizard.forms.base import StepForm
from wizard.forms.fields import KeyedRadioField, KeyedSelectField, choices_of, clean_line
from wizard.plan import MAX_MEMBERS, SHORT_TEXT, Letter, Member, Plan, Team, physically_there, speaks_at_meeting
from wizard.vocabulary import Interventionist, Relationship, Role

NAME_MAX = 80
NOT_THERE = {role.value for role in Role if not physically_there(role)}  # compared with posted values, which may be anything
READS_IN_ROOM = {role.value for role in Role if speaks_at_meeting(role) and physically_there(role)}
# The team's refusals about who is in the room: the page then does not also ask for "a leader in the room".
ROOM_REFUSALS = ("need_someone_present", "need_adult_present", "need_adult_leader", "need_adult_leader_named")


class MemberForm(Form):
    id = HiddenField(filters=[clean_line])
    name = StringField(filters=[clean_line], validators=[Length(max=NAME_MAX, message="too_long")])
    relationship = KeyedSelectField(choices=[("", "")] + choices_of(Relationship))
    role = KeyedSelectField(choices=[("", "")] + choices_of(Role))
    under_18 = BooleanField()

    def is_blank(self) -> bool:
        # A ticked "Under 18" box alone is not a blank row: it asks for the name rather than vanish.
        return not (self.name.data or self.relationship.data or self.role.data or self.under_18.data)

    def validate(self, extra_validators=None):
        if self.is_blank():
            return True
        ok = super().validate(extra_validators)
        if not self.name.data:
            self.name.errors = [*self.name.errors, "need_name"]
            ok = False
        return ok


class TeamForm(StepForm):
    reads = ("team",)
    loved_one = StringField(
        filters=[clean_line], validators=[Optional(), Length(max=NAME_MAX, message="too_long")]
    )
    interventionist = KeyedRadioField(choices=choices_of(Interventionist))
    professional = StringField(filters=[clean_line], validators=[Optional(), Length(max=SHORT_TEXT, message="too_long")])
    members = FieldList(FormField(MemberForm), min_entries=1, max_entries=MAX_MEMBERS)

    option_vocabulary = {"interventionist": "interventionist"}

    def validate(self, extra_validators=None):
        ok = super().validate(extra_validators)
        if all(entry.form.is_blank() for entry in self.members):
            # On the first name box rather than the list: the error summary lists
            # field errors with a link to each, and a list has nowhere to link to.
            first = self.members[0].form.name
            first.errors = [*first.errors, "need_member"]
            return False
        rows = [entry.form for entry in self.members if not entry.form.is_blank()]
        # A young person does not lead (QA 13 P2-2): not even beside a professional, since the team's Leader
        # still keeps the family calm and on track and starts any call. Said on her own part, with her name.
        professional = self.interventionist.data == Interventionist.BOOKED.value
        # Nor the Details person (QA 15 P2-4): the bag, the ride and the call to the program are an adult's jobs.
        young_parts = {Role.LEADER.value: "young_leader_professional" if professional else "young_leader", Role.DETAILS.value: "young_details"}
        for row in rows:
            if row.under_18.data and row.role.data in young_parts and not row.role.errors:
                row.role.errors = [young_parts[row.role.data]]
                row.role.about = row.name.data or ""
                ok = False
        away = {role.value for role in Role if not speaks_at_meeting(role) or role is Role.BY_CALL}
        if rows and all(row.role.data in away for row in rows):
            # Someone who reads has to be in the room with the loved one: an interpreter reads
            # no letter, and a team all on a call leaves no one there to start it or to stay.
            # The whole team's problem, said above the people (QA 13 P3-3: pinned to the first
            # person's part, it read as if her choice were wrong). First, so the page shows it.
            self.members.errors = ["need_someone_present", *self.members.errors]
            return False
        there = [row for row in rows if row.role.data not in NOT_THERE]
        if there and all(row.under_18.data for row in there):
            # The adults all on a call or sending a letter leave a young person alone in the room with
            # the loved one, leading by default (session 14: the young-leader rule alone did not stop it).
            self.members.errors = ["need_adult_present", *self.members.errors]
            return False
        readers_there = [row for row in rows if row.role.data in READS_IN_ROOM]
        chosen = any(row.role.data == Role.LEADER.value for row in rows)
        if not chosen and readers_there and all(row.under_18.data for row in readers_there):
            # With no Leader chosen, the meeting falls to whoever reads first in the room: here a young
            # person, though an adult sits in or joins by call (QA 15 P2-1). The family chooses an adult.
            # Name an adult already there who could take it (the re-walk: "sits in" did not read as a choice).
            sits_in = next((row.name.data for row in rows if row.role.data == Role.SUPPORTER.value and not row.under_18.data and row.name.data), "")
            self.members.errors = ["need_adult_leader_named" if sits_in else "need_adult_leader", *self.members.errors]
            self.members.about = sits_in
            return False
        return ok

    @classmethod
    def data_from_plan(cls, plan: Plan):
        return {
            "loved_one": plan.team.loved_one,
            "interventionist": plan.team.interventionist,
            "professional": plan.team.professional,
            "members": [member.model_dump(mode="json") for member in plan.team.members],
        }

    @classmethod
    def build(cls, plan: Plan, formdata: MultiDict | None = None):
        if formdata is not None:
            formdata = _without_unreadable_rows(formdata)
        if formdata is not None and _row_count(formdata) > MAX_MEMBERS:
            formdata = _first_rows(formdata, MAX_MEMBERS)
        return super().build(plan, formdata)

    def apply(self, plan: Plan) -> Plan:
        known = set(plan.member_ids())
        used: set[str] = set()
        members = []
        for entry in self.members:
            row = entry.form
            if row.is_blank():
                continue
            member_id = row.id.data if row.id.data in known and row.id.data not in used else None
            member_id = member_id or _new_id(known | used)
            used.add(member_id)
            members.append(
                Member(
                    id=member_id,
                    name=row.name.data[:SHORT_TEXT],
                    relationship=Relationship(row.relationship.data),
                    role=Role(row.role.data),
                    under_18=bool(row.under_18.data),
                )
            )
        team = Team(
            loved_one=self.loved_one.data or "",
            under_18=plan.team.under_18,  # asked on the signs step
            interventionist=Interventionist(self.interventionist.data),
            professional=self.professional.data or "",
            members=members,
        )
        # Letters and boundaries of people no longer on the team go with them, and so do those of
        # someone who is now the interpreter: nothing may be read or printed in their name.
        writers = {member.id for member in team.writers()}
        letters = _letters_for(team, {key: value for key, value in plan.letters.items() if key in writers})
        boundaries = {key: value for key, value in plan.boundaries.items() if key in writers}
        return plan.model_copy(update={"team": team, "letters": letters, "boundaries": boundaries})

    def add_row(self) -> str | None:
        """Add an empty person; the id of the field to start typing in (their name)."""
        if len(self.members.entries) >= MAX_MEMBERS:
            return None
        self.members.append_entry()
        return self.members.entries[-1].form.name.id

    def remove_row(self, index: int) -> "TeamForm":
        """A fresh form without row `index` (WTForms can only pop the last row)."""
        rows = [entry.form.data for position, entry in enumerate(self.members) if position != index]
        form = type(self)(
            data={
                "loved_one": self.loved_one.data,
                "interventionist": self.interventionist.data,
                "professional": self.professional.data,
                "members": rows or [{}],
            }
        )
        return form


def _new_id(taken: set[str]) -> str:
    number = 1
    while f"m{number}" in taken:
        number += 1
    return f"m{number}"


def _without_unreadable_rows(formdata: MultiDict) -> MultiDict:
    """Drop `members-<row>-...` keys whose row is digits but not ASCII ones.

    WTForms reads any row for which str.isdigit() is true, then int() fails on
    digits such as "²" and the page crashes; no page of ours sends them.
    """
    kept = MultiDict()
    for key, value in formdata.items(multi=True):
        prefix, dash, rest = key.partition("-")
        row = rest.split("-", 1)[0]
        if prefix == "members" and dash and row.isdigit() and not row.isascii():
            continue
        kept.add(key, value)
    return kept


def _row_count(formdata: MultiDict) -> int:
    rows = set()
    for key in formdata.keys():
        parts = key.split("-")
        if len(parts) == 3 and parts[0] == "members" and parts[1].isdigit():
            rows.add(int(parts[1]))
    return len(rows)


def _first_rows(formdata: MultiDict, limit: int) -> MultiDict:
    kept = MultiDict()
    for key, value in formdata.items(multi=True):
        parts = key.split("-")
        if parts[0] == "members" and len(parts) == 3 and parts[1].isdigit() and int(parts[1]) >= limit:
            continue
        kept.add(key, value)
    return kept


def _letters_for(team: Team, letters: dict[str, Letter]) -> dict[str, Letter]:
    """The letters still on the team, with the reading order closed up (1, 2, 3... in the order
    the family chose) and a reader kept only if that person is still there to read."""
    readers = {member.id for member in team.present()}
    absent = {member.id for member in team.members} - readers
    position = {member.id: index for index, member in enumerate(team.members)}
    speaking = sorted(letters, key=lambda member_id: (letters[member_id].order, position[member_id]))

    def reader_of(member_id: str) -> str | None:
        reader = letters[member_id].reader
        return reader if member_id in absent and reader in readers else None

    return {
        member_id: letters[member_id].model_copy(update={"order": number, "reader": reader_of(member_id)})
        for number, member_id in enumerate(speaking, 1)
    }

"""A letter written alone, on another device, to bring into the team's plan as a file.

Not a step of the journey: there is no plan here, only the writer's name, how
they know the person, the four guided parts and the whole letter. The page keeps
its own state in its fields, so it needs no token.
"""

from wtforms import Form, HiddenField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length

from wizard.checker import check
from wizard.forms.fields import KeyedSelectField, choices_of, clean_line, clean_text
from wizard.forms.review_marks import fingerprint
from wizard.plan import LETTER_TEXT, PART_TEXT, Letter, Member
from wizard.forms.statements import assemble
from wizard.vocabulary import LetterPart, Relationship, Role

NAME_MAX = 80


def _part():
    return TextAreaField(filters=[clean_text], validators=[Length(max=PART_TEXT, message="too_long")])


class OwnLetterForm(Form):
    name = StringField(
        filters=[clean_line],
        # DataRequired (not InputRequired) judges the name after spaces are trimmed: a name
        # of spaces only was accepted, and the file then brought in a person with no name.
        validators=[DataRequired(message="need_own_name"), Length(max=NAME_MAX, message="too_long")],
    )
    relationship = KeyedSelectField(choices=[("", "")] + choices_of(Relationship))
    love = _part()
    moments = _part()
    request = _part()
    support = _part()
    letter = TextAreaField(filters=[clean_text], validators=[Length(max=LETTER_TEXT, message="too_long")])
    # The fingerprint of the letter as last shown with its findings: the same words sent again are kept as they are.
    reviewed = HiddenField()

    def parts(self) -> list[str]:
        return [self[part.value].data or "" for part in LetterPart]

    def assemble(self) -> bool:
        """Put the parts together into the whole letter, unless the letter already has text."""
        if (self.letter.data or "").strip():
            return False
        self.letter.data = assemble(self.parts())
        return True

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        if ok and not (self.letter.data or "").strip() and not assemble(self.parts()):
            self.letter.errors = [*self.letter.errors, "need_letter"]
            ok = False
        return ok

    def text(self) -> str:
        """The letter the file will hold: the whole letter, or the parts put together."""
        return (self.letter.data or "").strip() or assemble(self.parts())

    def reviewed_mark(self) -> str:
        return fingerprint([(self.letter.data or "").strip()])

    def needs_second_look(self, words) -> bool:
        """As on the letters step: checker concerns, or longer than the reading time, are shown
        once under the letter before the download; pressing Download again keeps the words."""
        typed = (self.letter.data or "").strip()  # the findings are shown under the whole letter
        report = check(typed, "letter", words.checker)
        return bool(report.concerns or report.too_long) and self.reviewed.data != self.reviewed_mark()

    def member_and_letter(self) -> tuple[Member, Letter]:
        text = self.text()
        member = Member(id="m1", name=self.name.data, relationship=Relationship(self.relationship.data), role=Role.SPEAKER)
        letter = Letter(**{part.value: self[part.value].data or "" for part in LetterPart}, text=text)
        return member, letter

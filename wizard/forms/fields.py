"""Field types and validators shared by the step forms."""

import datetime
import re
import unicodedata
from enum import StrEnum

from wtforms import SelectMultipleField, ValidationError, widgets
from wtforms.fields import RadioField, SelectField

from wizard import languages
from wizard.vocabulary import Language

# Control characters (but tab and line ends) and Unicode noncharacters: invisible,
# and not allowed in HTML, so a page showing such text again would not be valid.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + _NONCHARACTERS + "]")


def clean_text(value):
    """Keep what the family typed, minus control characters and Windows line ends."""
    if not isinstance(value, str):
        return value
    value = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", value)


def clean_line(value):
    """A one-line answer: cleaned, with surrounding spaces dropped."""
    value = clean_text(value)
    return value.strip() if isinstance(value, str) else value


def choices_of(vocabulary: type[StrEnum]) -> list[tuple[str, str]]:
    # Labels are filled in from content at render time; ids are all the form needs.
    return [(item.value, item.value) for item in vocabulary]


class MultiCheckboxField(SelectMultipleField):
    """A group of checkboxes; unknown values are refused with an error key."""

    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()

    def pre_validate(self, form):
        known = {value for value, _ in self.choices}
        if any(value not in known for value in (self.data or [])):
            raise ValidationError("invalid")


class _KeyedChoice:
    """One choice from a list, whose 'nothing chosen' and 'unknown value' errors are content keys."""

    def __init__(self, *args, required_message="choose_one", required=True, **kwargs):
        super().__init__(*args, validate_choice=False, **kwargs)
        self.required_message = required_message
        self.answer_required = required

    def pre_validate(self, form):
        if self.data in (None, "", "None"):
            if not self.answer_required:
                self.data = None  # nothing chosen is an answer too: the plan keeps None
                return
            raise ValidationError(self.required_message)
        if self.data not in {value for value, _ in self.choices}:
            raise ValidationError("invalid")


class KeyedRadioField(_KeyedChoice, RadioField):
    """A radio group with keyed errors."""


class KeyedSelectField(_KeyedChoice, SelectField):
    """A drop-down with the same error keys as KeyedRadioField."""


def real_date(form, field):
    """Accept 2026-12-05 (what a date picker sends) or a typed 12/5/2026; store ISO.

    Typed dates follow the page's language: month first in English (US), day first
    in Spanish, where 5/12/2026 is the 5th of December. The review shows the day in
    words, so the family can see which day was understood.
    """
    if not field.data:
        return
    iso = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", field.data)
    typed = re.fullmatch(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})", field.data)
    try:
        if iso:
            day = datetime.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        elif typed:
            first, second = int(typed.group(1)), int(typed.group(2))
            month, day_of_month = (second, first) if languages.words().lang == Language.SPANISH.value else (first, second)
            day = datetime.date(int(typed.group(3)), month, day_of_month)
        else:
            raise ValueError
    except ValueError:
        raise ValidationError("bad_date") from None
    field.data = day.isoformat()


# 18:30, 18.30, 18h30, 18h, 6pm, 6:30 pm, 6 p.m., 6:30 p. m. (Spanish writes "p. m.").
TYPED_TIME = re.compile(r"([0-9]{1,2})(?:([:.h])([0-9]{2})?)?\s*(?:([ap])\.?\s*m\.?)?")
# Noon and midnight by name, as the plan prints them: noon, 12 noon, 12:00 noon, mediodía, 12 del mediodía.
NAMED_TIME = re.compile(r"(?:12(?:[:.]00)?\s*)?(?:(?:del|de la|de)\s+)?(noon|midday|mediod[ií]a|midnight|medianoche)")


def real_time(form, field):
    """Accept the ways people write a time, in both languages; store 24-hour HH:MM.

    A bare "7" is refused: morning or evening matters on the day."""
    if not field.data:
        return
    typed = field.data.strip().lower()
    if named := NAMED_TIME.fullmatch(typed):
        field.data = "00:00" if named.group(1) in ("midnight", "medianoche") else "12:00"
        return
    match = TYPED_TIME.fullmatch(typed)
    if not match or not (match.group(3) or match.group(4) or match.group(2) == "h"):
        raise ValidationError("bad_time")
    hour, minute, half = int(match.group(1)), int(match.group(3) or 0), match.group(4)
    if half:
        if not 1 <= hour <= 12:
            raise ValidationError("bad_time")
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        raise ValidationError("bad_time")
    field.data = f"{hour:02d}:{minute:02d}"

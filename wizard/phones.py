"""Phone numbers: one tap to call, and never broken across two lines.

The phone number inside a line the family typed becomes a link a phone can call.

"Dr. Lee, 555-201-7788 ext 4" stays as typed; only the number becomes a tel: link.
A line without a number (a name, "ask at the front desk") stays plain text. Written
here because the phonenumbers library wants a region and a whole field that is a number,
and a family's contact line is a name and a number in any order.
"""

import re

from markupsafe import Markup, escape

# A run of digits with the separators people type: +1 (555) 201-7788, 555.201.7788, 020 7946 0018.
NUMBER = re.compile(r"\+?\(?\d[\d\s().\-]*\d")
FEWEST_DIGITS, MOST_DIGITS = 7, 15  # a local number; the longest international one (E.164)


class PhoneText(str):
    """Text with a callable number in it: the whole text, and its parts around the number."""

    before: str
    number: str
    after: str
    href: str


def with_phone(text: str) -> str:
    """The text itself, as a PhoneText when it holds one number a phone can dial."""
    for match in NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if FEWEST_DIGITS <= len(digits) <= MOST_DIGITS:
            found = PhoneText(text)
            found.before, found.number, found.after = text[: match.start()], match.group(), text[match.end() :]
            found.href = "tel:" + ("+" if match.group().startswith("+") else "") + digits
            return found
    return text


def is_phone(value: object) -> bool:
    """The Jinja test `is phone`: link the number, keep the rest as typed."""
    return isinstance(value, PhoneText)


# Written numbers in our words and the family's: 1-800-662-4357, 800-273-8255, 1-800-MY-RESET.
WRITTEN_NUMBER = re.compile(r"\b(?:1-)?[2-9]\d\d-(?:\d{3}-\d{4}|[A-Z0-9]{2,}(?:-[A-Z0-9]+)*)\b")


def unbroken_numbers(text: str) -> Markup:
    """The text, escaped, with each written number kept on one line: a narrow phone
    screen otherwise breaks "1-800-487- / 4889" at a hyphen, and a number read in two
    halves is a number misdialled. HTML already made (rendered Markdown) is changed
    only between its tags, never inside one."""
    wrap = lambda m: f'<span class="phone-number">{m.group()}</span>'  # noqa: E731
    parts = re.split(r"(<[^>]*>)", str(escape(text)))
    return Markup("".join(part if part.startswith("<") else WRITTEN_NUMBER.sub(wrap, part) for part in parts))

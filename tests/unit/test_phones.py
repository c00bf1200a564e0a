"""The program's contact line: the number in it is what a phone dials, the rest stays as typed."""

import pytest

from wizard.phones import PhoneText, with_phone


@pytest.mark.parametrize(
    "typed, number, href",
    [
        ("Dr. Lee, 555-201-7788 ext 4", "555-201-7788", "tel:5552017788"),
        ("(555) 201 7788", "(555) 201 7788", "tel:5552017788"),
        ("+44 20 7946 0018 (front desk)", "+44 20 7946 0018", "tel:+442079460018"),
        ("Room 12, 555-2017", "555-2017", "tel:5552017"),
        ("Intake: 1.800.662.4357", "1.800.662.4357", "tel:18006624357"),
    ],
)
def test_the_number_in_a_contact_line_becomes_a_link_and_the_words_around_it_stay(typed, number, href):
    found = with_phone(typed)
    assert isinstance(found, PhoneText) and found == typed
    assert (found.number, found.href) == (number, href)
    assert found.before + found.number + found.after == typed


@pytest.mark.parametrize("typed", ["Ask for Maria at the front desk", "Room 12", "Saturday 12 December 2026", "12345678901234567"])
def test_a_line_without_a_dialable_number_stays_plain_text(typed):
    assert type(with_phone(typed)) is str


def test_written_numbers_are_kept_whole_in_text_and_never_inside_a_tag():
    from markupsafe import Markup

    from wizard.phones import unbroken_numbers

    typed = unbroken_numbers("TTY 1-800-487-4889 <b>or</b> 1-800-MY-RESET; not 2026-12-05")
    assert typed == (
        'TTY <span class="phone-number">1-800-487-4889</span> &lt;b&gt;or&lt;/b&gt; '
        '<span class="phone-number">1-800-MY-RESET</span>; not 2026-12-05'
    )
    made = unbroken_numbers(Markup('<a href="https://example.org/1-800-662-4357">call 1-800-662-4357</a>'))
    assert made == '<a href="https://example.org/1-800-662-4357">call <span class="phone-number">1-800-662-4357</span></a>'

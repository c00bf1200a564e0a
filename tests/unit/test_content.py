"""Content is checked at start-up: every file present, every key known, every body rendered."""

import re
import shutil
from pathlib import Path

import pytest

from wizard.content import CONTENT_ROOT, ContentError, load_content
from wizard.steps import STEPS
from wizard.vocabulary import LABELLED_CHOICES, Approach, DangerSign, Substance, WarningSign

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


@pytest.fixture(scope="module")
def words():
    return load_content("en")


def test_the_english_content_loads(words):
    assert set(words.approaches) == {a.value for a in Approach}
    assert set(words.signs) == {s.value for s in WarningSign}
    assert set(words.substances) == {s.value for s in Substance}
    assert set(words.danger) == {s.value for s in DangerSign}


def test_every_step_has_words(words):
    assert {spec.step.value for spec in STEPS} <= set(words.steps)


def test_every_choice_has_a_label(words):
    for key, vocabulary in LABELLED_CHOICES.items():
        assert set(words.choices[key]) == {item.value for item in vocabulary}


def test_crisis_numbers_are_the_ones_families_need(words):
    numbers = {n.id: n.number for n in words.crisis.numbers}
    assert numbers["emergency"] == "911"
    assert numbers["lifeline"] == "988"
    assert numbers["poison"] == "1-800-222-1222"
    assert numbers["samhsa"] == "1-800-662-4357"


def test_every_declared_form_field_has_a_label_in_its_step_file(words):
    # Fields made per team member take their labels from ui.md, checked by the template test.
    from wtforms.fields.core import UnboundField

    for spec in STEPS:
        for name in dir(spec.form):
            field = getattr(spec.form, name)
            if not isinstance(field, UnboundField) or field.field_class.__name__ in ("FieldList", "HiddenField"):
                continue
            assert name in words.steps[spec.step.value].fields, f"{spec.step}: no words for {name}"


def test_every_error_key_the_forms_use_has_words(words):
    used = set()
    for path in (Path(__file__).resolve().parents[2] / "wizard" / "forms").glob("*.py"):
        used |= set(re.findall(r'message="([a-z_]+)"', path.read_text()))
        used |= set(re.findall(r'ValidationError\("([a-z_]+)"\)', path.read_text()))
        used |= set(re.findall(r'missing_message = "([a-z_]+)"', path.read_text()))
        used |= set(re.findall(r'errors, "([a-z_]+)"\]', path.read_text()))
    assert used, "the scan found the keys"
    assert used <= set(words.errors), used - set(words.errors)


def test_every_interface_string_a_template_names_exists(words):
    keys = set()
    for path in TEMPLATES.rglob("*.html"):
        keys |= set(re.findall(r"\bt\('([a-z_.]+)'", path.read_text()))
    assert keys
    missing = {key for key in keys if key not in words.strings and not key.endswith(".")}
    assert not missing, missing


def copy_content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(CONTENT_ROOT, root)
    return root


def test_a_missing_required_key_names_the_file_and_the_key(tmp_path):
    root = copy_content(tmp_path)
    path = root / "en" / "approaches" / "johnson.md"
    path.write_text(re.sub(r"(?m)^fits:\n(  - .*\n)+", "", path.read_text()))
    with pytest.raises(ContentError, match=r"approaches/johnson\.md: fits: Field required"):
        load_content("en", root)


def test_a_yaml_typo_names_the_file(tmp_path):
    root = copy_content(tmp_path)
    path = root / "en" / "steps" / "team.md"
    path.write_text(path.read_text().replace("title:", "title: [unclosed", 1))
    with pytest.raises(ContentError, match=r"steps/team\.md: cannot be read"):
        load_content("en", root)


def test_an_unknown_approach_file_is_refused(tmp_path):
    root = copy_content(tmp_path)
    shutil.copy(root / "en" / "approaches" / "johnson.md", root / "en" / "approaches" / "shouting.md")
    with pytest.raises(ContentError, match=r"approaches/shouting\.md: unknown id"):
        load_content("en", root)


def test_a_missing_choice_label_is_refused(tmp_path):
    root = copy_content(tmp_path)
    path = root / "en" / "choices.md"
    path.write_text(path.read_text().replace("    friend: Friend\n", ""))
    with pytest.raises(ContentError, match=r"choices\.relationship: missing friend"):
        load_content("en", root)


def test_a_missing_crisis_number_is_refused(tmp_path):
    root = copy_content(tmp_path)
    path = root / "en" / "crisis.md"
    path.write_text(path.read_text().replace("id: poison", "id: poisons"))
    with pytest.raises(ContentError, match=r"crisis\.md: numbers: missing poison"):
        load_content("en", root)


def test_a_source_must_be_a_real_https_address(tmp_path):
    root = copy_content(tmp_path)
    path = root / "en" / "signs" / "legal_money.md"
    path.write_text(re.sub(r"url: *\S+", "url: www.example.org", path.read_text(), count=1))
    with pytest.raises(ContentError, match=r"signs/legal_money\.md: sources\.0\.url"):
        load_content("en", root)




def assert_refused_after_edit(tmp_path, relative: str, old: str, new: str, problem: str) -> None:
    """A copy of the content with one edit no longer loads, and the message names the problem."""
    root = copy_content(tmp_path)
    path = root / relative
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))
    with pytest.raises(ContentError, match=problem):
        load_content(relative.split("/")[0], root)


def test_every_enabling_habit_has_words_for_the_bottom_line_letter(tmp_path):
    problem = r"guidance/boundaries\.md: enabling_in_letter: missing rides"
    assert_refused_after_edit(tmp_path, "es/guidance/boundaries.md", "  rides: llevarte", "  ride: llevarte", problem)


def test_every_month_needs_its_name_for_the_printed_dates(tmp_path):
    assert_refused_after_edit(tmp_path, "es/ui.md", " 9: septiembre,", "", r"ui\.md: strings\.dates\.months\.9: missing")


def test_the_parts_of_the_day_must_start_at_midnight_and_rise(tmp_path):
    old, problem = "[[0, de la madrugada], ", r"ui\.md: strings\.dates\.parts_from: "
    assert_refused_after_edit(tmp_path, "es/ui.md", old, "[", problem)


def test_a_date_is_written_out_with_the_words_of_each_language():
    import datetime

    from wizard.presenters import long_date, when

    english, spanish = load_content("en"), load_content("es")
    assert long_date(english, datetime.date(2027, 1, 1)) == "Friday, January 1, 2027"
    assert long_date(spanish, "2026-09-14") == "lunes, 14 de septiembre de 2026"
    assert when(spanish, "", "18:30") == "18:30 (de la tarde)" and when(english, "", "") == ""
    assert when(english, "2026-12-05", "06:30") == "Saturday, December 5, 2026, at 6:30 a.m.", "a typed 6:30 shows as morning"
    assert long_date(english, "not a date") == "not a date", "anything else is shown as it came"


def test_english_times_are_on_the_12_hour_clock_us_families_use_and_spanish_ones_on_the_24_hour_clock():
    from wizard.presenters import when

    english, spanish = load_content("en"), load_content("es")
    times = ("00:00", "00:30", "06:05", "11:59", "12:00", "12:15", "18:30", "19:00", "23:59")
    assert [when(english, "", time) for time in times] == [
        "12:00 midnight", "12:30 a.m.", "6:05 a.m.", "11:59 a.m.", "12:00 noon", "12:15 p.m.", "6:30 p.m.", "7:00 p.m.", "11:59 p.m.",
    ]  # noon and midnight by name: "12:00 p.m." is read both ways
    assert when(spanish, "2026-12-05", "19:00") == "sábado, 5 de diciembre de 2026, a las 19:00 (de la tarde)"


def test_a_language_says_which_clock_its_readers_use(tmp_path):
    assert_refused_after_edit(tmp_path, "es/ui.md", "    clock: 24\n", "    clock: 13\n", r"ui\.md: strings\.dates\.clock: 12 or 24")
    assert_refused_after_edit(tmp_path / "again", "en/ui.md", "    clock: 12\n", "", r"ui\.md: strings\.dates\.clock: 12 or 24")


def test_each_language_splits_the_day_its_own_way():
    """Spanish: 20:30 is "de la noche", not "de la tarde"; 02:00 is "de la madrugada", not "de la noche"."""
    from wizard.presenters import when

    spanish = load_content("es")
    said = {time: when(spanish, "", time) for time in ("02:00", "06:00", "11:59", "12:00", "19:59", "20:30", "23:59")}
    assert said == {
        "02:00": "02:00 (de la madrugada)",
        "06:00": "06:00 (de la mañana)",
        "11:59": "11:59 (de la mañana)",
        "12:00": "12:00 (mediodía)",
        "19:59": "19:59 (de la tarde)",
        "20:30": "20:30 (de la noche)",
        "23:59": "23:59 (de la noche)",
    }


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_touch_first_overdose_steps_change_only_how_to_wake_them(lang):
    """For a Deaf loved one the wake step leads with touch; 911, naloxone and the rest stay word for word."""
    words = load_content(lang)
    for page in (words.crisis, words.danger["overdose"]):
        steps, by_touch = str(page.body).split("\n"), str(page.body_by_touch).split("\n")
        changed = [(a, b) for a, b in zip(steps, by_touch) if a != b]
        assert len(steps) == len(by_touch) and len(changed) == 1, changed
        assert page.wake_by_touch in changed[0][1] and page.wake not in changed[0][1]
        assert page.body_for(False) == page.body and page.body_for(True) == page.body_by_touch


def test_a_wake_sentence_the_body_does_not_hold_is_refused(tmp_path):
    """Else the touch-first steps would silently be the shouting ones."""
    old = 'wake: "Shout their name and rub'
    assert_refused_after_edit(tmp_path, "en/danger/overdose.md", old, 'wake: "Call out their name and rub', r"danger/overdose\.md: wake")


@pytest.mark.parametrize(
    "value, said",
    [
        ("We have no car. Or the bus.", "Getting there: We have no car. Or the bus. Then we go."),
        ("¿Nos lleva Ana?", "Getting there: ¿Nos lleva Ana? Then we go."),
        ("Josh, if he can!", "Getting there: Josh, if he can! Then we go."),
        ("Ana, or the bus…", "Getting there: Ana, or the bus… Then we go."),
        ("Ana said “we go at six.”", "Getting there: Ana said “we go at six.” Then we go."),
        ("Josh", "Getting there: Josh. Then we go."),
        ("Pine Valley (3 hours away)", "Getting there: Pine Valley (3 hours away). Then we go."),
    ],
)
def test_a_value_that_ends_a_sentence_gets_no_second_full_stop(value, said):
    """QA 14 P3-2: "…or the bus.." where the family's sentence ended and ours added one."""
    from wizard.content import fill

    assert fill("Getting there: {driver}. Then we go.", {"driver": value}) == said


def test_a_dot_that_is_not_a_full_stop_stays():
    from wizard.content import fill

    assert fill("plan-{number}.pdf", {"number": "1."}) == "plan-1..pdf"
    assert fill("{a}...", {"a": "Wait."}) == "Wait...."
    assert fill("{n:>3}.", {"n": 5}) == "  5."

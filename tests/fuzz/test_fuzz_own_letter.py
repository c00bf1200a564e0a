"""The "write my letter on my own" page (/letter), which has no token: its fields are its only state.

Whatever is posted, the page shows again what was typed, or saves a letter
file holding exactly those words under a real name.
"""

from hypothesis import event, given
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict

from tests.fuzz.hostile import fitting_text, hostile_text, odd_text, unknown_field_name
from tests.fuzz.verdicts import as_kept, assert_kind_response, passphrase_in
from tests.support import Page
from wizard.actions import parse_action
from wizard.forms.statements import assemble
from wizard.planfile import load_letter
from wizard.vocabulary import LetterPart, Relationship

PARTS = [part.value for part in LetterPart]
ONE_LINE = {"name": True, **{part: False for part in PARTS}, "letter": False}


class LetterPage(Page):
    """The own-letter page: its form is not a wizard step form."""

    @property
    def form(self):
        return self.root.find(".//form[@class='step-form']")


@given(data=st.data())
def test_the_own_letter_page_shows_again_or_saves_exactly_what_was_typed(http, data):
    fields = data.draw(st.lists(st.sampled_from(sorted(ONE_LINE)), unique=True), label="typed into")
    typed = {name: data.draw(st.one_of(fitting_text, fitting_text, hostile_text), label=name) for name in fields}
    if data.draw(st.booleans(), label="a name and a letter"):  # so that many posts can be saved
        typed |= {name: data.draw(fitting_text.filter(lambda text: as_kept(text, True)), label=name) for name in ("name", "letter")}
    pairs = list(typed.items())
    relationship = st.one_of(st.sampled_from(Relationship), st.sampled_from(Relationship), odd_text)
    pairs.append(("relationship", data.draw(relationship, label="relationship")))
    buttons = st.sampled_from(["save", "save", "assemble", "check", "continue"])
    action = data.draw(st.one_of(buttons, buttons, odd_text), label="action")
    pairs.append(("action", action))
    pairs += data.draw(st.lists(st.tuples(st.sampled_from(["save_passphrase", "lang"]), odd_text), max_size=2), label="more")
    pairs += data.draw(st.lists(st.tuples(unknown_field_name, odd_text), max_size=2), label="unknown fields")
    query = data.draw(st.sampled_from(["", "?lang=es", "?lang=xx"]), label="query")

    response = http.post(f"/letter{query}", data=MultiDict(pairs))

    page = assert_kind_response(response)
    kept = {name: as_kept(text, ONE_LINE[name]) for name, text in typed.items()}
    event("saved a letter file" if page is None else "showed the page again")
    if page is None:
        assert parse_action(action).kind == "save"
        saved = load_letter(response.data, passphrase_in(pairs))
        assert saved.name and saved.name == kept["name"], "the letter file does not carry the name typed"
        for part in PARTS:
            assert getattr(saved.letter, part) == kept.get(part, ""), f"the {part} part changed on its way to the file"
        whole = kept.get("letter", "").strip() or assemble([kept.get(part, "") for part in PARTS])
        assert saved.letter.text == whole
        return
    if page.status != 200:
        return  # too much to send at once: a kind 413 page (checked above), nothing to keep
    assert page.step == "own-letter"
    if parse_action(action).kind == "save":
        assert page.error_messages(), "the letter was not saved, and the page did not say why"
    shown = dict(LetterPage(page.root, page.html, page.status).form_values())
    for name, text in kept.items():
        if name == "letter" and not text.strip():
            continue  # an empty letter may be filled from its parts, by design
        assert shown.get(name) == text, f"{name}: typed {typed[name]!r}, shown {shown.get(name)!r}"

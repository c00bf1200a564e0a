"""Save and resume, passphrases, bad files, and letters written on another device, over HTTP."""

import io
import json

import pytest
from werkzeug.datastructures import MultiDict

from app import create_app
from tests.support import LETTER, STANDARD_ANSWERS, Journey, Page, check_page, walk_to
from wizard.body_limits import MAX_BODY_BYTES
from wizard.uploads import KEPT_PER_FILE, UPLOAD_KEPT_BYTES, FirstBytes

SISTER_LETTER = "Ana here. I love you. Last June I saw you fall on the stairs and I felt afraid. Please accept the help today."


def upload(data: bytes, name: str = "plan.json"):
    return (io.BytesIO(data), name)


def saved(journey, stop: str, passphrase: str = "", **overrides) -> tuple[bytes, object]:
    page = walk_to(journey, stop, **overrides)
    response = journey.client.post(
        page.form.get("action"), data={**dict(page.form_values()), "action": "save", "save_passphrase": passphrase}
    )
    assert response.status_code == 200
    return response.data, page


def test_save_downloads_a_file_and_resume_returns_to_the_same_step_on_another_device(journey, app):
    data, page = saved(journey, "boundaries")
    response = journey.client.post(page.form.get("action"), data={**dict(page.form_values()), "action": "save"})
    assert response.headers["Content-Disposition"] == 'attachment; filename="our-plan-saved.json"'
    assert b"Jos" in data  # the family's own file holds their words
    elsewhere = app.test_client()  # a new device: no token, nothing carried over
    resumed = check_page(elsewhere.post("/resume", data={"plan_file": upload(data)}, content_type="multipart/form-data"))
    assert resumed.step == "boundaries"
    assert "Welcome back" in resumed.text
    review = Journey(elsewhere)
    review.page = resumed
    page = review.submit("goto:review")
    assert "José" in page.text and "Lakeside" not in page.text


def test_typed_but_unsaved_words_go_into_the_saved_file(journey, app):
    page = walk_to(journey, "statements")
    values = {**dict(page.form_values()), "letter_m1": "Half a letter, not saved yet", "action": "save"}
    data = journey.client.post("/step/statements", data=values).data
    resumed = check_page(app.test_client().post("/resume", data={"plan_file": upload(data)}, content_type="multipart/form-data"))
    assert "Half a letter, not saved yet" in resumed.html


def test_a_passphrase_protects_the_file_and_a_wrong_one_is_kindly_refused(journey, app):
    data, _ = saved(journey, "treatment", passphrase="correct horse")
    document = json.loads(data)
    for blob in ("salt", "nonce", "ciphertext"):
        document["protected"].pop(blob)
    readable = json.dumps(document, ensure_ascii=False)  # random base64 could hold "Jos" by chance
    assert "Jos" not in readable and "Lakeside" not in readable
    client = app.test_client()
    missing = check_page(client.post("/resume", data={"plan_file": upload(data)}, content_type="multipart/form-data"))
    assert missing.step == "start" and "protected with a passphrase" in missing.text
    wrong = check_page(
        client.post("/resume", data={"plan_file": upload(data), "resume_passphrase": "wrong horse"}, content_type="multipart/form-data")
    )
    assert wrong.step == "start" and "did not open the file" in wrong.text
    right = check_page(
        client.post("/resume", data={"plan_file": upload(data), "resume_passphrase": "correct horse"}, content_type="multipart/form-data")
    )
    assert right.step == "treatment"


@pytest.mark.parametrize(
    "data",
    [b"", b"not json at all", b"\x89PNG\r\n\x1a\n" + bytes(200), b'{"app": "something-else"}', b"[1, 2, 3]", b"{" * 5000],
)
def test_a_bad_file_gives_a_clear_message_and_leaves_the_current_plan_untouched(journey, client, data):
    start = walk_to(journey, "team")
    back_to_start = journey.submit("goto:start")
    assert back_to_start.step == "start"
    page = check_page(
        client.post("/resume", data={"token": back_to_start.token, "plan_file": upload(data)}, content_type="multipart/form-data")
    )
    assert page.step == "start"
    # Said at the top (the error summary, linking to the file box) and beside the box.
    assert any("file" in line for line in page.error_messages()), page.error_messages()
    assert "file" in "".join(page.root.find(".//p[@id='plan_file-error']").itertext())
    journey.page = page
    assert journey.submit().step == "signs" and start.step == "team"
    again = journey.submit(warning=["lies_secrecy"], substances=["alcohol"])
    assert again.step in {"approach", "team"}


def test_no_file_chosen_is_a_kind_message(client):
    page = check_page(client.post("/resume", data={}, content_type="multipart/form-data"))
    assert "Please choose a file first" in page.text


def own_letter(client, name: str, relationship: str, letter: str, passphrase: str = "") -> bytes:
    response = client.post(
        "/letter",
        data={"name": name, "relationship": relationship, "letter": letter, "action": "save", "save_passphrase": passphrase},
    )
    assert response.mimetype == "application/json", response.get_data(as_text=True)[:500]
    return response.data


def test_the_own_letter_page_checks_the_writing_and_refuses_an_empty_letter(client):
    page = check_page(client.get("/letter"))
    assert page.root.find(".//textarea[@data-check='letter']") is not None
    empty = check_page(client.post("/letter", data={"name": "", "relationship": "sibling", "letter": "", "action": "save"}))
    assert empty.error_messages(), "a name and a letter are needed"
    checked = check_page(client.post("/letter", data={"name": "Ana", "relationship": "sibling", "letter": "You are an addict.", "action": "check"}))
    assert "You are an addict." in checked.html
    assert checked.root.find(".//ul[@class='findings-list findings-list--concerns']") is not None


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("kind", ["too long", "a concern"])
def test_the_own_letter_page_points_out_a_long_or_hurtful_letter_once_before_the_download(app, client, lang, kind):
    """As on the letters step: the findings are shown once under the letter, words kept; Download again saves."""
    from tests.http.test_journey import LONG_LETTER_LINES

    words = app.extensions["planner.contents"][lang]
    hurtful = {"en": "I love you, but you are an addict.", "es": "Te quiero, pero eres un adicto."}
    letter = (LONG_LETTER_LINES[lang] * 40).strip() if kind == "too long" else hurtful[lang]
    values = {"lang": lang, "name": "Ana", "relationship": "sibling", "letter": letter, "action": "save"}
    paused = check_page(client.post("/letter", data=values))
    assert words.text("notices.own_letter_second_look") in paused.text
    assert paused.root.find(".//textarea[@name='letter']").text.strip() == letter
    reviewed = {"reviewed": paused.root.find(".//input[@name='reviewed']").get("value")}
    again = client.post("/letter", data=values | reviewed)
    assert again.mimetype == "application/json", "pressing Download again keeps the words as they are"
    changed = values | reviewed | {"letter": letter + " " + letter[:40]}
    assert client.post("/letter", data=changed).mimetype == "text/html", "changed words are looked at again"


def test_an_imported_letter_matches_its_writer_by_name_and_keeps_what_was_typed(journey, client):
    file = own_letter(client, "  JOSE ", "parent", SISTER_LETTER)
    page = walk_to(journey, "statements")
    values = {**dict(page.form_values()), "action": "import_letter", "letter_file": upload(file, "letter.json")}
    imported = check_page(client.post("/step/statements", data=values, content_type="multipart/form-data"))
    assert "We added the letter" in imported.text
    assert imported.root.find(".//textarea[@name='letter_m1']").text.strip() == SISTER_LETTER
    assert imported.root.find(".//textarea[@name='letter_m2']") is None, "matched José, no one added"


def test_enter_in_the_letter_file_box_adds_the_letter_rather_than_moving_on(journey, client):
    """Enter in the passphrase box presses the form's first button, Continue: a chosen file or a
    typed passphrase means the family is adding a letter, so add it (or say what is missing)."""
    file = own_letter(client, "Ana", "sibling", SISTER_LETTER, passphrase="blue kettle")
    page = walk_to(journey, "statements")
    values = {**dict(page.form_values()), "action": "continue", "letter_passphrase": "blue kettle",
              "letter_file": upload(file, "letter.json")}  # fmt: skip
    imported = check_page(client.post("/step/statements", data=values, content_type="multipart/form-data"))
    assert imported.step == "statements", "still on the letters page, to read the added letter"
    assert imported.root.find(".//textarea[@name='letter_m2']").text.strip() == SISTER_LETTER
    no_file = {**dict(page.form_values()), "action": "continue", "letter_passphrase": "blue kettle"}
    asked = check_page(client.post("/step/statements", data=no_file, content_type="multipart/form-data"))
    assert asked.step == "statements" and asked.error_messages(), "a passphrase with no file: ask for the file"
    assert journey.submit(**STANDARD_ANSWERS["statements"]).step == "boundaries", "no file, no passphrase: Enter still means Continue"


def test_a_letter_from_someone_new_adds_them_and_keeps_unsaved_words_of_others(journey, client):
    file = own_letter(client, "Ana", "sibling", SISTER_LETTER)
    page = walk_to(journey, "statements")
    values = {**dict(page.form_values()), "letter_m1": LETTER + " Typed, not saved.", "action": "import_letter",
              "letter_file": upload(file, "letter.json")}  # fmt: skip
    imported = check_page(client.post("/step/statements", data=values, content_type="multipart/form-data"))
    assert imported.root.find(".//textarea[@name='letter_m2']").text.strip() == SISTER_LETTER
    assert "Typed, not saved." in imported.root.find(".//textarea[@name='letter_m1']").text
    journey.page = imported
    after = journey.submit()
    assert after.step == "boundaries"
    assert "Ana" in after.text


def test_a_plan_file_is_not_a_letter_file(journey, client):
    data, _ = saved(journey, "statements")
    page = walk_to(journey, "statements")
    values = {**dict(page.form_values()), "action": "import_letter", "letter_file": upload(data)}
    refused = check_page(client.post("/step/statements", data=values, content_type="multipart/form-data"))
    assert refused.step == "statements"
    assert "different kind of file" in refused.text


PHOTO = b"\xff\xd8\xff\xe0" + bytes(3_000_000)  # a 3 MB phone photo chosen by mistake


def test_a_photo_chosen_as_a_letter_file_is_refused_on_the_letters_page_with_the_typed_letter_kept(journey, client):
    page = walk_to(journey, "statements")
    values = {**dict(page.form_values()), "letter_m1": "Typed tonight, not saved yet.", "action": "import_letter",
              "letter_file": upload(PHOTO, "IMG_0042.jpg")}  # fmt: skip
    refused = check_page(client.post("/step/statements", data=values, content_type="multipart/form-data"))
    assert refused.step == "statements"
    assert "too big" in refused.text
    assert "Typed tonight, not saved yet." in refused.root.find(".//textarea[@name='letter_m1']").text


def test_a_photo_chosen_as_a_saved_plan_is_refused_on_the_start_page_with_the_plan_kept(journey, client):
    walk_to(journey, "boundaries")
    start = journey.submit("goto:start")
    refused = check_page(
        client.post("/resume", data={"token": start.token, "plan_file": upload(PHOTO, "IMG_0042.jpg")}, content_type="multipart/form-data")
    )
    assert refused.step == "start" and "too big" in refused.text
    journey.page = refused
    assert "José" in journey.submit("goto:review").text


def test_only_the_forms_that_take_a_file_accept_a_file_sized_body(client):
    video = bytes(MAX_BODY_BYTES + 1)
    response = client.post("/step/signs", data={"token": "", "blob": upload(video, "x.mp4")}, content_type="multipart/form-data")
    assert check_page(response, 413).step == "error"
    response = client.post("/resume", data={"token": "", "plan_file": upload(video, "x.mp4")}, content_type="multipart/form-data")
    assert check_page(response).step == "start" and "too big" in response.text


VIDEO = bytes(30_000_000)  # a phone video picked by mistake: far bigger than any file of ours


def test_a_video_chosen_as_a_letter_file_is_refused_on_the_letters_page_with_the_typed_letter_kept(journey, client):
    page = walk_to(journey, "statements")
    values = {**dict(page.form_values()), "letter_m1": "Typed tonight, not saved yet.", "action": "import_letter",
              "letter_file": upload(VIDEO, "VID_0042.mp4")}  # fmt: skip
    refused = check_page(client.post("/step/statements", data=values, content_type="multipart/form-data"))
    assert refused.step == "statements" and "too big" in refused.text
    assert "Typed tonight, not saved yet." in refused.root.find(".//textarea[@name='letter_m1']").text


def test_a_body_over_the_upload_cap_gets_the_too_much_page():
    small_cap = create_app({"TESTING": True, "SECRET_KEYS": ["test-secret"], "UPLOAD_CONTENT_LENGTH": 5_000_000}).test_client()
    response = small_cap.post("/resume", data={"plan_file": upload(bytes(6_000_000), "video.mp4")}, content_type="multipart/form-data")
    assert check_page(response, 413).step == "error"


def test_an_upload_keeps_only_the_first_bytes_of_its_files_however_many_it_holds(client, monkeypatch):
    seen = []  # bytes each file's buffer held when the request closed it
    close = FirstBytes.close

    def measured_close(self):
        if not self.closed:
            seen.append(len(self.getvalue()))
        close(self)

    monkeypatch.setattr(FirstBytes, "close", measured_close)
    files = {f"file{i}": upload(bytes(KEPT_PER_FILE + 1000), f"{i}.bin") for i in range(4)}
    response = client.post("/resume", data={"token": "", **files}, content_type="multipart/form-data")
    assert response.status_code == 200
    assert len(seen) == 4
    assert sum(seen) == UPLOAD_KEPT_BYTES


def test_an_uploaded_file_is_never_written_to_a_temporary_file(journey, client, monkeypatch):
    import tempfile

    def refuse(*args, **kwargs):
        raise AssertionError("an upload went to a temporary file on disk")

    for name in ("TemporaryFile", "SpooledTemporaryFile", "NamedTemporaryFile"):
        monkeypatch.setattr(tempfile, name, refuse)
    data, page = saved(journey, "boundaries")
    padded = data + b" " * 900_000  # over Werkzeug's 500 KB in-memory threshold
    resumed = check_page(client.post("/resume", data={"plan_file": upload(padded)}, content_type="multipart/form-data"))
    assert resumed.step == "boundaries"


def test_a_letter_file_never_replaces_words_already_typed_for_that_person(journey, client):
    file = own_letter(client, "José", "parent", SISTER_LETTER)
    page = walk_to(journey, "statements")
    values = {**dict(page.form_values()), "letter_m1": "My own words, typed tonight.", "action": "import_letter",
              "letter_file": upload(file, "letter.json")}  # fmt: skip
    refused = check_page(client.post("/step/statements", data=values, content_type="multipart/form-data"))
    assert refused.step == "statements"
    assert "did not replace" in refused.text
    assert refused.root.find(".//textarea[@name='letter_m1']").text.strip() == "My own words, typed tonight."
    cleared = {**values, "letter_m1": "", "letter_file": upload(file, "letter.json")}
    imported = check_page(client.post("/step/statements", data=cleared, content_type="multipart/form-data"))
    assert imported.root.find(".//textarea[@name='letter_m1']").text.strip() == SISTER_LETTER


def test_a_problem_with_a_saved_plan_is_shown_beside_the_file_box(client):
    page = check_page(client.post("/resume", data={"plan_file": upload(b"not json at all")}, content_type="multipart/form-data"))
    box = page.root.find(".//input[@id='plan_file']")
    assert box.get("aria-invalid") == "true"
    error = page.root.find(".//p[@id='plan_file-error']")
    assert "not a plan or a letter saved from this planner" in "".join(error.itertext())


@pytest.mark.parametrize("where", ["/step/review", "/p/riverside-recovery/embed/step/team"])
def test_pages_that_say_the_answers_are_not_here_offer_to_continue_a_saved_plan(client, where):
    page = check_page(client.get(where))
    assert page.step == "no-answers"
    assert page.root.find(".//form[@class='resume-form']//input[@id='plan_file']") is not None


def test_a_refused_token_page_offers_to_continue_a_saved_plan(client):
    page = check_page(client.post("/step/team", data={"token": "tampered", "action": "continue"}), 400)
    assert page.root.find(".//form[@class='resume-form']//input[@id='plan_file']") is not None


def test_download_names_are_in_the_familys_language_and_do_not_say_intervention(app):
    spanish = Journey(app.test_client())
    page = walk_to(spanish, "boundaries", start="/?lang=es")
    response = spanish.client.post(page.form.get("action"), data={**dict(page.form_values()), "action": "save"})
    assert response.headers["Content-Disposition"] == 'attachment; filename="nuestro-plan-guardado.json"'


def test_the_own_letter_page_asks_for_your_own_name_without_talk_of_rows(client):
    page = check_page(client.post("/letter", data={"name": "", "relationship": "sibling", "letter": "I love you.", "action": "save"}))
    messages = " ".join(page.error_messages())
    assert "your first name" in messages and "row" not in messages


def test_enter_in_the_passphrase_box_saves_instead_of_dropping_the_passphrase(journey, client, app):
    page = walk_to(journey, "boundaries")
    values = {**dict(page.form_values()), "action": "continue", "save_passphrase": "blue kettle"}
    response = client.post(page.form.get("action"), data=values)
    assert response.mimetype == "application/json"
    resumed = check_page(app.test_client().post(
        "/resume", data={"plan_file": upload(response.data), "resume_passphrase": "blue kettle"}, content_type="multipart/form-data"
    ))
    assert resumed.step == "boundaries"


def open_saved_plan(client, start: Page, press: str = "button", **changes) -> Page:
    """What a browser without scripts posts from the start page: its form as it stands, with `changes`,
    either by the "Open my saved plan" button or (press="enter") by Enter in the passphrase box,
    which presses the form's first button."""
    form = start.form
    button = next(b for b in form.iter("button") if (b.get("formaction") or "").endswith("/resume"))
    first = next(form.iter("button"))
    address = button.get("formaction") if press == "button" else form.get("action")
    values = MultiDict([(name, value) for name, value in start.form_values() if name not in changes and name != "plan_file"])
    if press == "enter":
        values.add(first.get("name"), first.get("value"))
    for name, value in changes.items():
        values.add(name, value)
    assert (button.get("formenctype") if press == "button" else form.get("enctype")) == "multipart/form-data"
    return check_page(client.post(address, data=values, content_type="multipart/form-data"))


@pytest.mark.parametrize("press", ["button", "enter"])
def test_without_scripts_a_saved_plan_opens_in_the_language_chosen_just_above_it(journey, client, press):
    """QA: choosing Español and then opening a saved plan answered in English when scripts were off."""
    data, _ = saved(journey, "boundaries", passphrase="blue kettle")  # an English plan
    start = check_page(client.get("/"))
    assert start.root.get("lang") == "en"
    resumed = open_saved_plan(client, start, press, language="es", plan_file=upload(data), resume_passphrase="blue kettle")
    assert resumed.step == "boundaries" and resumed.root.get("lang") == "es", "the choice the family just made wins"
    kept = open_saved_plan(client, start, press, plan_file=upload(data), resume_passphrase="blue kettle")
    assert kept.step == "boundaries" and kept.root.get("lang") == "en"
    for wrong in (upload(PHOTO, "IMG_0042.jpg"), upload(b'{"hello": 1}', "wrong.json"), upload(VIDEO, "VID_0042.mp4")):
        refused = open_saved_plan(client, start, press, language="es", plan_file=wrong)
        assert refused.step == "start" and refused.root.get("lang") == "es", refused.text
        assert refused.root.find(".//input[@name='language'][@value='es']").get("checked") is not None
        assert refused.root.find(".//p[@id='plan_file-error']") is not None


def test_enter_in_the_saved_plan_passphrase_box_with_no_file_asks_for_the_file_rather_than_starting(client):
    start = check_page(client.get("/?lang=es"))
    refused = open_saved_plan(client, start, "enter", resume_passphrase="blue kettle")
    assert refused.step == "start" and refused.root.get("lang") == "es"
    assert refused.root.find(".//p[@id='plan_file-error']") is not None
    assert open_saved_plan(client, start, "enter").step == "signs", "no file, no passphrase: Enter still starts planning"


def test_a_page_without_the_language_choice_answers_a_wrong_file_in_its_own_language_and_opens_a_plan_in_the_plans(journey, client):
    spanish, _ = saved(Journey(client), "boundaries", start="/?lang=es")
    page = check_page(client.get("/step/review?lang=es"))
    form = page.root.find(".//form[@class='resume-form']")
    assert form.find(".//input[@name='page_language']").get("value") == "es"
    refused = check_page(client.post("/resume", data={"token": "", "page_language": "es", "plan_file": upload(PHOTO)}, content_type="multipart/form-data"))
    assert refused.step == "start" and refused.root.get("lang") == "es"
    resumed = check_page(client.post("/resume", data={"token": "", "page_language": "en", "plan_file": upload(spanish)}, content_type="multipart/form-data"))
    assert resumed.step == "boundaries" and resumed.root.get("lang") == "es", "no choice was made there: the plan's own language"


def test_a_page_that_cannot_read_the_plan_answers_in_the_language_the_page_asked_for(client):
    refused = client.post("/step/start", data={"token": "", "blob": "x" * (MAX_BODY_BYTES + 1)}, headers={"Accept-Language": "es"})
    page = check_page(refused, 413)
    assert page.root.get("lang") == "es"
    assert page.root.find(".//main//a[@class='button']").get("href") == "/?lang=es"


def test_the_write_my_own_letter_button_on_the_start_page_follows_the_language_chosen_there(client):
    """QA: choosing Español and then 'Someone can write their letter on their own device' opened it in English."""
    start = check_page(client.get("/"))
    button = next(b for b in start.form.iter("button") if (b.get("formaction") or "").endswith("/letter"))
    values = MultiDict([(name, value) for name, value in start.form_values() if name not in ("language", "plan_file")])
    values.add("language", "es")
    values.add(button.get("name"), button.get("value"))
    letter_page = check_page(client.post(button.get("formaction"), data=values))
    assert letter_page.step == "own-letter" and letter_page.root.get("lang") == "es"
    values.setlist("language", ["en"])
    assert check_page(client.post(button.get("formaction"), data=values)).root.get("lang") == "en"

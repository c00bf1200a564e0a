"""How big a request body may be: big enough for any page the family can fill in, no bigger.

Every page posts its answers together with the token that carries the plan, so the
largest honest body is the fullest letters page (every person's letter and letter
parts at their limits) plus the largest token. Browsers percent-encode what they post:
one character can take up to 12 bytes on the wire (a 4-byte emoji, each byte as %XX),
and Chinese, Arabic or Hebrew letters take 9. A smaller cap refused letters the form
itself accepts, with a bare "too much" page and every answer lost.

Two kinds of address differ: the forms that take a file accept a file-sized body
(uploads.py keeps only its first bytes), and the letter checker's JSON API takes one
letter, no more.
"""

from flask import current_app, request

from wizard import mounts
from wizard.plan import LETTER_TEXT, MAX_MEMBERS, PART_TEXT
from wizard.token import MAX_TOKEN_CHARS
from wizard.vocabulary import LetterPart

WIRE_BYTES_PER_CHARACTER = 12
ROOM_FOR_EVERYTHING_ELSE = 64_000  # names, choices, field names, the boundaries of a multipart body

LARGEST_PAGE_TEXT = MAX_MEMBERS * (LETTER_TEXT + len(LetterPart) * PART_TEXT)
MAX_BODY_BYTES = MAX_TOKEN_CHARS + LARGEST_PAGE_TEXT * WIRE_BYTES_PER_CHARACTER + ROOM_FOR_EVERYTHING_ELSE

UPLOAD_PATHS = ("/resume", "/step/start", "/step/statements")  # the start form holds the saved-plan box
MAX_API_BODY_BYTES = LETTER_TEXT * WIRE_BYTES_PER_CHARACTER + 4_000


def cap_body_for_address() -> None:
    """Before anything reads the body: the cap for this kind of address."""
    if request.method != "POST":
        return
    if mounts.is_api(request.path):
        request.max_content_length = MAX_API_BODY_BYTES
    elif request.mimetype == "multipart/form-data" and request.path.endswith(UPLOAD_PATHS):
        request.max_content_length = current_app.config["UPLOAD_CONTENT_LENGTH"]

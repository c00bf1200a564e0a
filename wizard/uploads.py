"""Uploaded files: kept in memory, and a wrong file refused kindly on the family's own page.

Two gaps in the framework's defaults, written here because no setting closes them:
- Werkzeug spools an uploaded file over 500 KB to a temporary file on disk. A family's
  saved plan or letter must never touch the disk, so files stay in memory (bounded by
  the body cap below).
- The ordinary body cap (MAX_CONTENT_LENGTH) is small, and a body over it is refused
  before the form can be read, so the family's answers could not come back with the
  refusal. The two forms that take a file may carry up to UPLOAD_CONTENT_LENGTH: a
  family who picks a phone photo by mistake then gets the "too big" message on the
  page they were on, with everything they typed.
"""

from io import BytesIO

from flask import Request, current_app, request

UPLOAD_PATHS = ("/resume", "/step/statements")


class InMemoryUploadRequest(Request):
    """A request whose uploaded files are read into memory, never into a temporary file."""

    def _get_file_stream(self, total_content_length, content_type, filename=None, content_length=None):
        return BytesIO()


def allow_file_sized_bodies() -> None:
    """Before anything reads the form: the larger cap, only for a file sent to a form that takes one."""
    if request.method == "POST" and request.mimetype == "multipart/form-data" and request.path.endswith(UPLOAD_PATHS):
        request.max_content_length = current_app.config["UPLOAD_CONTENT_LENGTH"]

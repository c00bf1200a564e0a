"""Uploaded files: kept in memory, and a wrong file refused kindly on the family's own page.

Gaps in the framework's defaults, written here because no setting closes them:
- Werkzeug spools an uploaded file over 500 KB to a temporary file on disk. A family's
  saved plan or letter must never touch the disk, so files stay in memory.
- A body over the cap is refused before the form can be read, so the family's answers
  could not come back with the refusal. The two forms that take a file may carry up to
  UPLOAD_CONTENT_LENGTH (room for a phone video picked by mistake; see body_limits.py),
  but only the first bytes of each file are kept:
  enough to tell that it is too big to be one of our files (planfile.MAX_FILE_BYTES),
  and never more than UPLOAD_KEPT_BYTES for the whole request, however many files it
  holds. The family then gets the "too big" message on the page they were on, with
  everything they typed.
"""

from io import BytesIO

from flask import Request

from wizard.planfile import MAX_FILE_BYTES

KEPT_PER_FILE = MAX_FILE_BYTES + 1  # one byte more than a file of ours can be: "too big" is still seen
UPLOAD_KEPT_BYTES = 2 * KEPT_PER_FILE


class FirstBytes(BytesIO):
    """A file buffer that keeps at most `room` bytes and quietly drops the rest."""

    def __init__(self, room: int):
        super().__init__()
        self.room = room

    def write(self, data) -> int:
        kept = bytes(data[: max(0, self.room - self.tell())])
        super().write(kept)
        return len(data)


class InMemoryUploadRequest(Request):
    """A request whose uploaded files are read into memory (their first bytes only), never to disk."""

    def _get_file_stream(self, total_content_length, content_type, filename=None, content_length=None):
        budget = getattr(self, "_upload_budget", UPLOAD_KEPT_BYTES)
        room = min(KEPT_PER_FILE, budget)
        self._upload_budget = budget - room
        return FirstBytes(room)

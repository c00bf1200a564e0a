"""Plan and letter files: what "Save my progress" and "Write my letter on my own" download.

Files are plain JSON the family owns, not sealed with the server's key: a plan
saved here must open on another device, another deployment, or after the
server's keys have rotated. A passphrase is optional, for shared computers; it
protects the file with AES-GCM under a key stretched by scrypt (both from the
`cryptography` package), with the envelope header as associated data so a
protected letter cannot be passed off as a plan. Every file is untrusted input:
size, nesting, decompression and scrypt cost are capped before any work, and
the Plan is re-validated by pydantic. Older formats are opened through small
step functions (format N -> N+1), so each migration stays simple and tested.
"""

import base64
import binascii
import json
import os
import zlib
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from pydantic import ValidationError

from wizard.forms.fields import clean_text
from wizard.plan import MAX_MEMBERS, Letter, Member, Plan
from wizard.vocabulary import Relationship

APP = "family-intervention-planner"
FILE_FORMAT = 2
MAX_FILE_BYTES = 2_000_000
MAX_INNER_BYTES = 4_000_000
MAX_DEPTH = 40
SCRYPT_N = 2**15  # about 0.1 s on this machine; files with n outside the range below are refused
SCRYPT_N_RANGE = (2**10, 2**16)  # at most 0.25 s and 64 MB for any file
SALT_BYTES, NONCE_BYTES = 16, 12


class Reason(StrEnum):
    """Why a file could not be opened: keys for kind words in content/<lang>/ui.md (notices.files.*)."""

    EMPTY = "empty"
    TOO_BIG = "too_big"
    NOT_JSON = "not_json"
    NOT_OURS = "not_ours"
    WRONG_KIND = "wrong_kind"
    NEWER_VERSION = "newer_version"
    DAMAGED = "damaged"
    NEEDS_PASSPHRASE = "needs_passphrase"
    WRONG_PASSPHRASE = "wrong_passphrase"
    TEAM_FULL = "team_full"
    LETTER_IN_PLACE = "letter_in_place"
    FROM_INTERPRETER = "from_interpreter"
    FROM_SUPPORTER = "from_supporter"  # someone who supports the meeting with no letter (QA 13 P3-6)


class BadPlanFile(Exception):
    """The file cannot be used; `reason` says why and never contains the file's words."""

    def __init__(self, reason: Reason):
        super().__init__(reason.value)
        self.reason = reason


@dataclass(frozen=True)
class LetterFile:
    name: str
    relationship: Relationship
    letter: Letter


# ---- writing ---------------------------------------------------------------


def dump_plan(plan: Plan, passphrase: str | None = None) -> bytes:
    return _dump("plan", {"plan": json.loads(plan.model_dump_json())}, passphrase)


def dump_letter(member: Member, letter: Letter, passphrase: str | None = None) -> bytes:
    body = {
        "member": {"name": member.name, "relationship": member.relationship.value},
        "letter": json.loads(letter.model_dump_json(include={"love", "moments", "request", "support", "text"})),
    }
    return _dump("letter", body, passphrase)


def _dump(kind: str, body: dict, passphrase: str | None) -> bytes:
    header = {"app": APP, "kind": kind, "format": FILE_FORMAT}
    if not passphrase:
        return json.dumps({**header, **body}, ensure_ascii=False, indent=1).encode("utf-8")
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    key = _key(passphrase, salt, SCRYPT_N)
    packed = zlib.compress(json.dumps(body, ensure_ascii=False).encode("utf-8"), 9)
    sealed = AESGCM(key).encrypt(nonce, packed, _associated(header))
    protected = {
        "kdf": "scrypt", "n": SCRYPT_N, "r": 8, "p": 1,
        "salt": _b64(salt), "nonce": _b64(nonce), "ciphertext": _b64(sealed),
    }  # fmt: skip
    return json.dumps({**header, "protected": protected}, indent=1).encode("utf-8")


# ---- reading ---------------------------------------------------------------


def load_plan(data: bytes, passphrase: str | None = None) -> Plan:
    header, body = _open(data, "plan", passphrase)
    raw = body.get("plan")
    if not isinstance(raw, dict):
        raise BadPlanFile(Reason.DAMAGED)
    for step in range(header["format"], FILE_FORMAT):
        raw = MIGRATIONS[step](raw)
    try:
        return Plan.model_validate(raw)
    except (ValidationError, ValueError, TypeError) as error:
        raise BadPlanFile(Reason.DAMAGED) from error


def load_letter(data: bytes, passphrase: str | None = None) -> LetterFile:
    _, body = _open(data, "letter", passphrase)
    member, letter = body.get("member"), body.get("letter")
    if not isinstance(member, dict) or not isinstance(letter, dict):
        raise BadPlanFile(Reason.DAMAGED)
    try:
        writer = Member(id="m1", name=member.get("name"), relationship=member.get("relationship"), role="speaker")
        if not writer.name.strip():
            raise BadPlanFile(Reason.DAMAGED)
        return LetterFile(writer.name.strip(), writer.relationship, Letter.model_validate(letter))
    except (ValidationError, ValueError, TypeError, AttributeError) as error:
        raise BadPlanFile(Reason.DAMAGED) from error


def _cleaned(value: Any) -> Any:
    """Every string as the forms would have kept it: no control characters, Unix line ends."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {key: _cleaned(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    return value


def _open(data: bytes, kind: str, passphrase: str | None) -> tuple[dict, dict]:
    """Header and body of a file of the expected kind, decrypted when protected, with text cleaned."""
    header, body = _open_raw(data, kind, passphrase)
    return header, _cleaned(body)


def _open_raw(data: bytes, kind: str, passphrase: str | None) -> tuple[dict, dict]:
    if not isinstance(data, (bytes, bytearray)) or not data.strip():
        raise BadPlanFile(Reason.EMPTY)
    if len(data) > MAX_FILE_BYTES:
        raise BadPlanFile(Reason.TOO_BIG)
    document = _json(data, Reason.NOT_JSON)
    if not isinstance(document, dict) or document.get("app") != APP:
        raise BadPlanFile(Reason.NOT_OURS)
    version = document.get("format")
    if document.get("kind") not in ("plan", "letter") or type(version) is not int or version < 1:
        raise BadPlanFile(Reason.DAMAGED)
    if document["kind"] != kind:
        raise BadPlanFile(Reason.WRONG_KIND)
    if version > FILE_FORMAT:
        raise BadPlanFile(Reason.NEWER_VERSION)
    header = {"app": APP, "kind": kind, "format": version}
    if "protected" not in document:
        return header, document
    if not passphrase:
        raise BadPlanFile(Reason.NEEDS_PASSPHRASE)
    return header, _unseal(document["protected"], header, passphrase)


def _unseal(protected: Any, header: dict, passphrase: str) -> dict:
    if not isinstance(protected, dict) or protected.get("kdf") != "scrypt":
        raise BadPlanFile(Reason.DAMAGED)
    n, r, p = protected.get("n"), protected.get("r"), protected.get("p")
    sane = type(n) is int and SCRYPT_N_RANGE[0] <= n <= SCRYPT_N_RANGE[1] and n & (n - 1) == 0
    if not sane or r != 8 or p != 1:
        raise BadPlanFile(Reason.DAMAGED)  # refuse costs a hostile file could use to tie up the server
    try:
        salt, nonce = _unb64(protected.get("salt")), _unb64(protected.get("nonce"))
        sealed = _unb64(protected.get("ciphertext"))
    except (binascii.Error, ValueError, TypeError) as error:
        raise BadPlanFile(Reason.DAMAGED) from error
    if len(salt) != SALT_BYTES or len(nonce) != NONCE_BYTES:
        raise BadPlanFile(Reason.DAMAGED)
    try:
        packed = AESGCM(_key(passphrase, salt, n)).decrypt(nonce, sealed, _associated(header))
    except InvalidTag as error:
        raise BadPlanFile(Reason.WRONG_PASSPHRASE) from error
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(packed, MAX_INNER_BYTES)
    except zlib.error as error:
        raise BadPlanFile(Reason.DAMAGED) from error
    if inflater.unconsumed_tail or not inflater.eof:
        raise BadPlanFile(Reason.TOO_BIG)
    body = _json(raw, Reason.DAMAGED)
    if not isinstance(body, dict):
        raise BadPlanFile(Reason.DAMAGED)
    return body


def _json(data: bytes, reason: Reason) -> Any:
    try:
        text = bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadPlanFile(reason) from error
    if _too_deep(text):
        raise BadPlanFile(Reason.DAMAGED)
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        raise BadPlanFile(reason) from error


def _too_deep(text: str) -> bool:
    """A cheap bracket count before parsing, so deeply nested JSON never reaches the parser."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif char in "]}":
            depth -= 1
    return False


def _key(passphrase: str, salt: bytes, n: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(passphrase.encode("utf-8"))


def _associated(header: dict) -> bytes:
    return json.dumps(header, sort_keys=True).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not base64 text")
    return base64.b64decode(value.encode("ascii"), validate=True)


# ---- migrations --------------------------------------------------------------


def _format_1_to_2(plan: dict) -> dict:
    """Format 1 (the first release) kept each letter and each member's bottom lines as one text.

    A letter becomes Letter(text=...), read in team order; each non-empty line
    of the old bottom-lines text becomes one boundary ("other", "yes, I can
    keep this"), at most three, with the rest kept in the last one so no word
    is lost. Format 1 had no rehearsal; the default (empty) is right. Unsaved
    drafts of those two steps are dropped: their fields no longer exist.
    """
    plan = dict(plan)
    order = {m.get("id"): i for i, m in enumerate(plan.get("team", {}).get("members", []), 1) if isinstance(m, dict)}
    letters = plan.get("letters") or {}
    if isinstance(letters, dict):
        plan["letters"] = {
            mid: {"text": text, "order": min(order.get(mid, MAX_MEMBERS), MAX_MEMBERS)} if isinstance(text, str) else text
            for mid, text in letters.items()
        }
    boundaries = plan.get("boundaries") or {}
    if isinstance(boundaries, dict):
        plan["boundaries"] = {mid: _old_bottom_lines(text) for mid, text in boundaries.items()}
    drafts = plan.get("drafts")
    if isinstance(drafts, dict):  # these two forms changed shape; their saved answers above still hold
        plan["drafts"] = {step: draft for step, draft in drafts.items() if step not in ("statements", "boundaries")}
    return plan


def _old_bottom_lines(text: Any) -> Any:
    if not isinstance(text, str):
        return text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 3:
        lines = [*lines[:2], "\n".join(lines[2:])]
    return {"items": [{"category": "other", "action": line, "can_keep": "yes"} for line in lines]}


MIGRATIONS = {1: _format_1_to_2}

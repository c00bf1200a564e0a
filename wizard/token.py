"""The Plan <-> the hidden-field token that carries it between pages.

JSON, compressed with zlib, then sealed with Fernet (AES + HMAC from the
`cryptography` package) so the family's words are neither readable nor
changeable in transit. MultiFernet lets keys rotate: the first key seals, every
key opens. Tokens have no expiry on purpose: a tab left open overnight must work.
"""

import base64
import re
import zlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import ValidationError

from wizard.plan import Plan

ENVELOPE = "v1."
MAX_TOKEN_CHARS = 400_000
MAX_PLAN_BYTES = 1_000_000
_SEALED = re.compile(r"[A-Za-z0-9_-]+={0,2}")


class PlanTooLarge(Exception):
    """The plan is more than a page can carry (and than decode() would open again)."""


class BadToken(Exception):
    """The token could not be opened; the reason is deliberately not the family's data."""


def fernet_for(secrets: list[str]) -> MultiFernet:
    """Derive one Fernet key per configured secret (first one seals)."""
    if not secrets:
        raise ValueError("at least one secret is needed")
    keys = []
    for secret in secrets:
        derived = HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=b"planner-token-v1"
        ).derive(secret.encode("utf-8"))
        keys.append(Fernet(base64.urlsafe_b64encode(derived)))
    return MultiFernet(keys)


def encode(plan: Plan, fernet: MultiFernet) -> str:
    """Seal the plan, refusing one that decode() would not open again (PlanTooLarge)."""
    raw = plan.model_dump_json().encode("utf-8")
    if len(raw) > MAX_PLAN_BYTES:
        raise PlanTooLarge()
    token = ENVELOPE + fernet.encrypt(zlib.compress(raw, 9)).decode("ascii")
    if len(token) > MAX_TOKEN_CHARS:
        raise PlanTooLarge()
    return token


def decode(token: str, fernet: MultiFernet) -> Plan:
    if not token or len(token) > MAX_TOKEN_CHARS or not token.startswith(ENVELOPE):
        raise BadToken("missing, oversized or unknown envelope")
    # base64 decoding ignores whatever follows the padding; accept only the exact token.
    if not _SEALED.fullmatch(token[len(ENVELOPE):]):
        raise BadToken("not a sealed token")
    try:
        packed = fernet.decrypt(token[len(ENVELOPE):].encode("ascii"))
    except (InvalidToken, UnicodeEncodeError, ValueError) as error:
        raise BadToken("not sealed by us") from error
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(packed, MAX_PLAN_BYTES)
    except zlib.error as error:
        raise BadToken("not compressed data") from error
    if inflater.unconsumed_tail:
        raise BadToken("plan too large")
    try:
        return Plan.model_validate_json(raw)
    except ValidationError as error:
        # The error text quotes input values; never let it reach a log.
        raise BadToken("plan does not validate") from None

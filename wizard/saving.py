"""Files the family takes away and brings back: their plan, and letters written on other devices.

The file format lives in planfile.py; this module is what the pages do with
files: read an upload safely (a size cap, one read), and fold an imported
letter into the statements form the organiser is looking at, so nothing they
have typed but not yet saved is lost. Matching a letter to a team member uses
the name without case or accents ("jose" finds "José").
"""

import unicodedata

from werkzeug.datastructures import FileStorage, MultiDict

from wizard.plan import MAX_MEMBERS, Member, Plan, Team
from wizard.planfile import MAX_FILE_BYTES, BadPlanFile, LetterFile, Reason
from wizard.vocabulary import LetterPart, Role


def file_chosen(upload: FileStorage | None) -> bool:
    """Whether a file was chosen in the box (a browser sends an empty, nameless part when none was)."""
    return upload is not None and bool(upload.filename)


def read_upload(upload: FileStorage | None) -> bytes:
    """The uploaded bytes, refusing early (without reading it all) when there is no file or it is too big."""
    if not file_chosen(upload):
        raise BadPlanFile(Reason.EMPTY)
    data = upload.stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise BadPlanFile(Reason.TOO_BIG)
    return data


def name_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold().strip())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def member_for(plan: Plan, name: str) -> Member | None:
    wanted = name_key(name)
    return next((member for member in plan.team.members if name_key(member.name) == wanted), None)


def with_new_member(plan: Plan, imported: LetterFile) -> tuple[Plan, Member]:
    """Add the letter's writer to the team (as a speaker), when no one there has that name."""
    if len(plan.team.members) >= MAX_MEMBERS:
        raise BadPlanFile(Reason.TEAM_FULL)
    taken = {member.id for member in plan.team.members}
    new_id = next(f"m{n}" for n in range(1, MAX_MEMBERS + 2) if f"m{n}" not in taken)
    member = Member(id=new_id, name=imported.name, relationship=imported.relationship, role=Role.SPEAKER)
    team = Team(**{**plan.team.model_dump(), "members": [*plan.team.members, member]})
    return plan.model_copy(update={"team": team}), member


def has_words(formdata: MultiDict, member_id: str) -> bool:
    """Whether the family has typed anything for this member's letter on the page now."""
    names = [f"letter_{member_id}", *(f"{part.value}_{member_id}" for part in LetterPart)]
    return any((formdata.get(name) or "").strip() for name in names)


def letter_into_form(formdata: MultiDict, plan: Plan, member_id: str, imported: LetterFile) -> MultiDict:
    """The posted statements form with this member's letter and parts replaced by the imported ones.

    A newly added writer reads last unless the organiser changes it.
    """
    letter = imported.letter
    values = {f"letter_{member_id}": letter.text or "\n\n".join(filter(None, (getattr(letter, part.value) for part in LetterPart)))}
    values |= {f"{part.value}_{member_id}": getattr(letter, part.value) for part in LetterPart}
    if not formdata.get(f"order_{member_id}"):
        values[f"order_{member_id}"] = str(len(plan.team.writers()))
    merged = MultiDict([(key, value) for key, value in formdata.items(multi=True) if key not in values])
    for key, value in values.items():
        merged.add(key, value)
    return merged

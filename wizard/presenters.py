"""Plain values each step template needs, computed here so templates hold layout only."""

import datetime
from dataclasses import dataclass, replace
from typing import Any

from wizard import flow
from wizard.content import Content
from wizard.checker import Report, check, minutes_label
from wizard.forms.review_marks import fingerprint
from wizard.forms.team import ROOM_REFUSALS
from wizard.forms.statements import PARTS
from wizard.plan import MAX_BOUNDARIES, MAX_MEMBERS, MAX_OBJECTIONS, Member, MemberBoundaries, Plan
from wizard.vocabulary import BottomLineRisk, BoundaryCategory, CanKeep, DangerSign, Role, Substance, Voice
from wizard.steps import Step


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    hint: str = ""


@dataclass(frozen=True)
class SummaryRow:
    label: str
    value: str
    change: Step
    # What a screen reader hears after "Change" when the label alone repeats (several people, several cards).
    names: str = ""

    @property
    def change_label(self) -> str:
        return f"{self.label}: {self.names}" if self.names else self.label


def options_for(form, content: Content) -> dict[str, list[Option]]:
    """Labelled options for every choice field of a form."""
    options: dict[str, list[Option]] = {}
    for name, vocabulary in form.option_vocabulary.items():
        labels = content.choices[vocabulary]
        options[name] = [Option(value, labels[value]) for value, _ in form[name].choices if value]
    return options


def _labelled(labels: dict[str, str]) -> list[Option]:
    return [Option(value, label) for value, label in labels.items()]


def _pages_as_options(pages) -> list[Option]:
    return [Option(page.id, page.label, page.hint) for page in pages.values()]


def progress(step: Step, plan: Plan) -> tuple[int, int] | None:
    """(position, total) among the steps that ask something; None where it would mislead.

    The crisis page is not counted: "Step 1 of 8" turning into "Step 2 of 9" at the
    moment danger is reported would only unsettle, and that page is about help, not progress.
    """
    counted = [s for s in flow.applicable_steps(plan) if s not in (Step.START, Step.CRISIS, Step.PLAN)]
    if step not in counted:
        return None
    return counted.index(step) + 1, len(counted)


def member_label(content: Content, member) -> str:
    """A person on the team as the review and the plan list them; someone under 18 says so (QA 14 P3-1),
    so the family can see the box is ticked before they print."""
    return content.text(
        "team.member_summary_young" if member.under_18 else "team.member_summary",
        name=member.name,
        relationship=content.choices["relationship"][member.relationship.value],
        role=content.choices["role"][member.role.value],
    )


def lines_for(signs: list, general: list) -> list:
    """911 first, then each danger sign's own line (a hotline), then the other general numbers.

    A line two signs share (the Domestic Violence Hotline, for violence and for someone hurting
    them) is shown once."""
    own: dict[str, Any] = {}
    for number in (number for sign in signs for number in sign.numbers):
        own.setdefault(number.id, number)
    return [*general[:1], *own.values(), *general[1:]]


def written_words(places: list[flow.WrittenDanger], plan: Plan | None, content: Content) -> dict[str, list[str]]:
    """Each written danger sign's own words and whose they are: “In Greg’s letter: “beating me””.

    Shown where the family is told their writing sounds like danger, so a false alarm can be
    found and reworded. The words are theirs: for the page and their plan, never a log or URL.
    """
    said: dict[str, list[str]] = {}
    for place in places:
        member = plan.member(place.member_id) if plan is not None and place.member_id else None
        if plan is None:
            where = "danger_found.own_letter"
        elif member is not None and place.step in (Step.STATEMENTS, Step.BOUNDARIES):
            where = "danger_found.letter" if place.step is Step.STATEMENTS else "danger_found.bottom_lines"
        else:
            where = "danger_found.elsewhere"
        line = content.text(where, name=member.name if member else "", words=place.words)
        if line not in said.setdefault(place.sign.value, []):
            said[place.sign.value].append(line)
    return said


def long_date(content: Content, value: datetime.date | str) -> str:
    """2026-12-05 as "Saturday, December 5, 2026": names and order from ui.md, not the server's locale.

    A value that is not a date is shown as it is (a plan only ever holds ISO dates, but it came from a browser).
    """
    try:
        day = value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return str(value or "")
    return content.text(
        "dates.long",
        weekday=content.text(f"dates.weekdays.{day.isoweekday()}"),
        month=content.text(f"dates.months.{day.month}"),
        day=str(day.day),
        year=str(day.year),
    )


def clock(content: Content, time: str) -> str:
    """18:30 as "6:30 p.m." or "18:30 (de la tarde)": the clock each language's readers use (ui.md
    dates.clock), with the part of the day, so a time typed as 6:30 and meant for the evening is not read as morning."""
    hour_text, _, minute = time.partition(":")
    try:
        hour = int(hour_text)
    except ValueError:
        return time
    if not 0 <= hour <= 23 or not minute.isdigit():
        return time
    if hour in (0, 12) and int(minute) == 0:
        # "12:00 p.m." is read as noon or as midnight by different people: name the hour.
        return content.text("dates.noon" if hour else "dates.midnight")
    shown = time if content.clock_hours == 24 else f"{hour % 12 or 12}:{minute}"
    return content.text("dates.time", time=shown, part=content.day_part(hour))


def when(content: Content, date: str, time: str) -> str:
    """The day and time of the meeting in words, or "" when neither is known."""
    if date and time:
        return content.text("dates.at", date=long_date(content, date), time=clock(content, time))
    return long_date(content, date) if date else clock(content, time) if time else ""


def present(
    step: Step, plan: Plan, form, content: Content, provider=None, risk_rules=(), danger_rules: tuple = (), heard_rules: tuple = ()
) -> dict[str, Any]:
    """Everything the step's template shows beyond the form itself (`risk_rules`: every language's
    words for unsafe bottom lines, so the bottom-lines page can say which line a caution is about;
    `danger_rules`: the words for danger, so the review can quote what raised a written sign;
    `heard_rules`: every language's rehearsal guidance, so an objection typed in any language is known)."""
    view: dict[str, Any] = {"options": options_for(form, content)}
    if step is Step.START:
        view["fears"] = content.pages["fears"]
        view["language_links"] = [(code, label) for code, label in content.choices["language"].items() if code != content.lang]
    elif step is Step.SIGNS:
        view["options"].update(
            warning=_pages_as_options(content.signs),
            substances=_pages_as_options(content.substances),
            danger=_pages_as_options(content.danger),
        )
    elif step is Step.CRISIS:
        view["reported"] = [content.danger[sign.value] for sign in plan.signs.danger]
        # A Deaf or hard-of-hearing loved one may not hear a shout: the overdose steps wake them by touch first.
        by_touch = view["by_touch"] = flow.wakes_by_touch(plan)
        view["advice"] = [(sign, sign.body_for(by_touch)) for sign in view["reported"]]
        view["overdose_steps"] = content.crisis.body_for(by_touch)
        # Opioid advice (withdrawal, naloxone) is noise, and alarming, for a family facing alcohol alone.
        view["opioids"] = flow.may_use_opioids(plan)
        view["numbers"] = lines_for(view["reported"], content.crisis.numbers)
        # The general overdose steps, unless the overdose card above already gives them.
        # Only where drugs are in the picture: a family reporting violence alone needs its own advice first.
        drugs = {Substance.OPIOIDS, Substance.PRESCRIPTION, Substance.OTHER_DRUGS, Substance.STIMULANTS}
        view["general_overdose"] = DangerSign.OVERDOSE not in plan.signs.danger and (
            not plan.signs.substances or bool(drugs & set(plan.signs.substances))
        )
    elif step is Step.APPROACH:
        suggestion = flow.suggest_approach(plan)
        view["suggested"] = suggestion.approach.value
        view["reasons"] = [content.reasons[reason] for reason in suggestion.reasons]
        view["approaches"] = list(content.approaches.values())
        # Straight after the signs: what keeps them safe with what was ticked (also first in the plan).
        ticked = [content.substances[substance.value] for substance in plan.signs.substances]
        view["substance_safety"] = [(page.label, page.safety) for page in ticked]
        if flow.is_pregnant(plan):
            view["substance_safety"].append((content.choices["situation"]["pregnant"], content.cautions["pregnancy"]))
        if not form.approach.data and not form.errors:
            form.approach.data = suggestion.approach.value
    elif step is Step.TEAM:
        view["relationship_options"] = _labelled(content.choices["relationship"])
        view["role_options"] = _labelled(content.choices["role"])
        view["can_add"] = len(form.members.entries) < MAX_MEMBERS
        view["team_advice"] = content.guidance["rehearsal"].team
        view["team_note"] = view["team_advice"].by_approach[plan.approach.value] if plan.approach else ""
        # Refused for having no one in the room, the page does not also ask for "a leader who will be
        # in the room": the refusal says what to do first (QA 13 P3-3).
        no_one_present = any(key in form.members.errors for key in ROOM_REFUSALS)
        view["cautions"] = [content.cautions[key] for key in flow.cautions(plan) if not (no_one_present and key == "leader_in_room")]
    elif step is Step.STATEMENTS:
        view.update(statements_view(plan, form, content))
    elif step is Step.BOUNDARIES:
        view.update(boundaries_view(plan, form, content, risk_rules))
    elif step is Step.REHEARSAL:
        view.update(rehearsal_view(plan, form, content, heard_rules))
    elif step is Step.TREATMENT:
        view["guide"] = content.pages["treatment"]
        view["kinds"] = view["guide"].options_for(plan.signs.substances)
        view["uninsured"] = flow.uninsured(plan)
        # Shown while withdrawal is known and medical detox is not yet chosen: where the program is chosen.
        view["withdrawal_note"] = view["guide"].withdrawal_note if flow.detox_first(plan) else ""
        view["questions"] = view["guide"].questions_for(flow.program_question_keys(plan), view["uninsured"])
        # No insurance to ask about: "Questions about cost", not "…cost and insurance".
        view["cost_heading"] = content.text("treatment.cost" if view["uninsured"] else "treatment.insurance")
        view["cost_questions"] = view["guide"].cost_questions(plan.treatment.coverage)
        view["time_hint"] = content.steps["treatment"].fields["time"].hint_for(flow.gambling_only(plan))
    elif step is Step.REVIEW:
        view["summary"] = review_rows(plan, content, danger_rules, risk_rules)
        view["not_sure"] = not_sure_boundaries(plan)
        view["day_passed"] = (
            content.text("review.day_passed", date=long_date(content, plan.logistics.date)) if flow.day_has_passed(plan) else ""
        )
        # Which line and whose, as the boundaries step quotes them (QA 15 P3-1): "a bottom line from someone
        # under 18" alone leaves the family hunting for it. The review already shows every line.
        noted = {"young_member_line": young_lines_noted(plan, content, risk_rules)}
        view["cautions"] = [text for key in flow.cautions(plan) for text in (content.cautions[key], *noted.get(key, ()))]
        view["approach_changed"] = approach_changed_note(plan, content)
    elif step is Step.PLAN:
        from wizard.document import build_document

        view["document"] = build_document(plan, content, provider=provider, danger_rules=danger_rules, heard_rules=heard_rules, risk_rules=risk_rules or None)
        view["members"] = plan.team.members
        interpreting = any(m.role is Role.INTERPRETER for m in plan.team.members)  # they get every letter
        view["download_hint"] = content.text("plan.member.download_hint_interpreter" if interpreting else "plan.member.download_hint")
    return view


@dataclass(frozen=True)
class Checked:
    """A text's checker report, ready to show: findings plus the length line."""

    report: Report
    length: str
    too_long: str


def report_summary(report: Report, content: Content) -> dict[str, str]:
    minutes = minutes_label(report.minutes)
    if report.words == 0:
        length = ""
    elif report.minutes < 1:
        length = content.text("checker.length_short", words=report.words)
    else:
        length = content.text("checker.length", words=report.words, minutes=minutes)
    too_long = content.text("checker.too_long", minutes=minutes) if report.too_long else ""
    return {"length": length, "too_long": too_long}


def praise_held(report: Report, about: tuple) -> Report:
    """No "what is working" praise under a bottom line a caution warns about (QA 12 P3-3, `about` is
    flow.line_risks): the same on the bottom-lines page and in its live check while typing."""
    return replace(report, strengths=[]) if about else report


# The hint under a letter, by how its writer speaks (flow.voice).
LETTER_HINTS = {Voice.LOVE: "statements.hint", Voice.CARE: "statements.hint_care", Voice.WORK: "statements.hint_work"}


def checked(text: str, kind: str, content: Content, voice: Voice = Voice.LOVE) -> Checked:
    report = check(text or "", kind, content.checker, voice)
    return Checked(report, **report_summary(report, content))


@dataclass(frozen=True)
class LetterEditor:
    member: Member
    relationship: str
    parts: list[tuple[Any, Any]]  # (field, PartText)
    hint: str  # under the whole letter
    voice: Voice  # how they write (flow.voice): work or care words; the live check is told too
    whole: Any
    order: Any
    reader: Any
    reader_options: list[Option]
    tips: Any
    example: Any
    checked: Checked
    young_tip: str = ""  # a team member under 18: a counselor's advice first, and a letter an adult may read
    work_note: str = ""  # family or a friend at a workplace meeting: the manager, HR and the union hear every word


def approach_changed_note(plan: Plan, content: Content) -> str:
    """After the approach changed under letters already written: read them again (QA 13 P3-4), naming
    only what is still to be read again (QA 14 P3-4: the letters saved, the bottom lines not yet)."""
    old = flow.letters_for_old_approach(plan)
    if old is None:
        return ""
    names = {key: page.name for key, page in content.approaches.items()}
    left = flow.still_to_read_again(plan)
    key = "review.approach_changed" if len(left) == 2 else f"review.approach_changed_{left[0]}"
    return content.text(key, old=names[old.value], new=names[plan.approach.value])


def statements_view(plan: Plan, form, content: Content) -> dict[str, Any]:
    guidance = content.guidance["letters"]
    editors = []
    writers = plan.team.writers()  # an interpreter writes no letter: no editor for them
    for member in writers:
        reader = form.field_for("reader", member.id)
        # A manager is shown what they value in the work and the job's facts, not "Open with love" (QA 13 P2-1);
        # a counselor or "Other" is shown care, as their bottom-line letter opens.
        voice = flow.voice(member.relationship)
        parts = guidance.parts_for(voice)
        editors.append(
            LetterEditor(
                member=member,
                relationship=content.choices["relationship"][member.relationship.value],
                parts=[(form.field_for(part, member.id), parts[part]) for part in PARTS],
                hint=content.text(LETTER_HINTS[voice]),
                voice=voice,
                whole=form.field_for("letter", member.id),
                order=form.field_for("order", member.id),
                reader=reader,
                # No one under 18 is offered to read another's letter aloud (QA 13 P2-2); one chosen before stays shown.
                reader_options=_adults_or_chosen([plan.member(value) for value, _ in reader.choices if value], reader.data) if reader else [],
                tips=content.guidance["relationships"].relationships[member.relationship.value],
                example=content.examples.get(member.relationship.value),
                checked=checked(form.field_for("letter", member.id).data, "letter", content, voice),
                young_tip=guidance.young_member.format(name=member.name) if member.under_18 else "",
                work_note=guidance.work_family_note if flow.heard_at_work(plan, member.relationship) else "",
            )
        )
    order_options = [Option(str(n), str(n)) for n in range(1, len(writers) + 1)]
    return {
        # Letters are read aloud, or signed with the interpreter, for a loved one who is Deaf and signs.
        "lead": content.steps["statements"].lead_for(flow.needs_interpreter(plan)),
        # The person hurting them may find letters and printouts: keep them hidden, name no one.
        "hurt_note": content.steps["statements"].note_hurt_by_partner if flow.hurt_by_partner(plan) else "",
        "approach_changed": approach_changed_note(plan, content),
        "guidance": guidance,
        "approach_note": guidance.by_approach[plan.approach.value] if plan.approach else "",
        # "Start with love" for the family, and a line for a counselor's or a manager's letter where one writes.
        "tips": guidance.tips_for({editor.voice for editor in editors}),
        "editors": editors,
        "order_options": order_options,
        "reviewed": fingerprint(form.texts()),
    }


@dataclass(frozen=True)
class BoundaryRow:
    number: int
    fields: dict[str, Any]
    checked: Checked | None
    category_options: list[Option]


def boundaries_view(plan: Plan, form, content: Content, risk_rules=()) -> dict[str, Any]:
    guidance = content.guidance["boundaries"]
    members = []
    # Caution id -> the lines it is about, quoted with whose they are (QA 12 P3-3): "one of the bottom
    # lines" alone leaves a family of five hunting for it. The family's words, on this page only.
    lines_noted: dict[str, list[str]] = {}
    cautioned = flow.risks_cautioned(plan)
    # Where a child is not safe, a rule that keeps a child safe starts now and is no bottom line (QA 14 P2-2):
    # "Children and visits" is not offered, but a row that already holds it keeps it, so nothing vanishes.
    child_at_risk = flow.child_at_risk(plan)
    childcare = BoundaryCategory.CHILDCARE.value
    category_options = [Option(key, value.label) for key, value in guidance.categories.items()]
    for member in plan.team.writers():  # an interpreter writes no bottom line
        rows = []
        for number in range(MAX_BOUNDARIES):
            fields = form.row(member.id, number)
            text = fields["action"].data or ""
            about = tuple(cautioned[risk] for risk in flow.line_risks(text, cautioned, risk_rules)) if text.strip() else ()
            if fields["category"].data == childcare and BottomLineRisk.KEEPS_CHILD_SAFE in cautioned and text.strip():
                about = tuple(dict.fromkeys((*about, cautioned[BottomLineRisk.KEEPS_CHILD_SAFE])))
            # A young person's line only an adult can stand behind (QA 13 P2-2), as the page holds it now: by its
            # category, or under "Something else" by its words. Its praise stays: the caution is about who keeps it,
            # not its words (and the live check cannot know).
            alone = text.strip() and flow.needs_adult_behind(
                plan, member, fields["category"].data, fields["helper"].data or "", text, risk_rule_sets(risk_rules, content)
            )
            for key in (*about, *(["young_member_line"] if alone else [])):
                lines_noted.setdefault(key, []).append(content.text("boundaries.caution_about", name=member.name, line=text.strip()))
            found = checked(text, "boundary", content) if text.strip() else None
            if found:
                found = replace(found, report=praise_held(found.report, about))
            offered = [o for o in category_options if not child_at_risk or o.value != childcare or fields["category"].data == childcare]
            rows.append(BoundaryRow(number + 1, fields, found, offered))
        members.append((member, rows, form[f"enabling_{member.id}"], form[f"enabling_other_{member.id}"]))
    under_18 = plan.team.under_18
    examples = [
        (c.label, c.examples_for(under_18, flow.gambling_only(plan)))
        for key, c in guidance.categories.items()
        if not (child_at_risk and key == childcare)
    ]
    told = DangerSign.CHILD_AT_RISK in plan.signs.danger
    return {
        "guidance": guidance,
        "child_note": (guidance.child_at_risk_note if told else guidance.child_at_risk_note_written) if child_at_risk else "",
        "cautions": [text for key in flow.bottom_line_cautions(plan) for text in (content.cautions[key], *lines_noted.get(key, ()))],
        "approach_changed": approach_changed_note(plan, content),  # the bottom lines are read again here too
        "lines_noted": lines_noted,
        # For the live check: it holds back praise for these risks' lines, as this page does.
        "cautioned": [risk.value for risk in cautioned],
        "examples": examples,
        "members": members,
        "keep_options": _labelled(content.choices["can_keep"]),
        "enabling_options": [Option(key, label) for key, label in guidance.enabling.items()],
        "reviewed": fingerprint(form.texts()),
    }


def asl_note(plan: Plan, content: Content) -> str:
    """Said after "call or text 988" where the loved one is Deaf or hard of hearing (flow.wakes_by_touch): a 988
    counselor in ASL by video (QA 14 P3-3). The suicide sign's own note, with its sources, as in Safety first."""
    return content.danger[DangerSign.SUICIDAL.value].deaf_note if flow.wakes_by_touch(plan) else ""


# The rehearsal page's line that gives a reply in another voice than a family's (flow.voice).
REPLY_BY_VOICE = {Voice.WORK: "rehearsal.reply_by_employer", Voice.CARE: "rehearsal.reply_with_care"}


def rehearsal_view(plan: Plan, form, content: Content, heard_rules: tuple = ()) -> dict[str, Any]:
    guidance = content.guidance["rehearsal"]
    worth_rehearsing = {objection.value for objection in flow.objections_for(plan)}
    # A card they typed in their own words that we know ("You're not my real dad") shows its calm reply here too.
    worth_rehearsing |= {key for card in plan.rehearsal.objections if card.custom and (key := guidance.heard_in(card.custom, heard_rules))}
    objections = [(key, text) for key, text in guidance.objections.items() if key in worth_rehearsing]
    today = flow.asks_for_today(plan)
    # An employer or co-worker on the team sees the words for them to say too, beside the family's (QA 13 P2-1);
    # a counselor, pastor or "Other" sees the words of care.
    voices = {flow.voice(m.relationship) for m in plan.team.present()}
    others = [(voice, key) for voice, key in REPLY_BY_VOICE.items() if voice in voices]
    return {
        "replies": [
            (
                text.says,
                text.reply_for(today, flow.at_work(plan)),
                [(key, own) for voice, key in others if (own := text.reply_in(voice))],
                text.note,
            )
            for _, text in objections
        ],
        "guidance": guidance,
        "checklist": flow.checklist_items(plan, guidance.checklist),
        "after_do": guidance.after_refusal.do_for(plan.approach, flow.needs_naloxone(plan), flow.suicide_risk(plan), asl_note(plan, content)),
        # The page itself asks who follows.
        "walkout_tips": guidance.walkout.tips_for(False, plan.team.under_18, flow.suicide_risk(plan), asl_note(plan, content)),
        # Someone under 18 is not offered to answer a card or follow a walk-out (QA 13 P2-2); one chosen
        # before the box was ticked stays shown where chosen, with the form's kind error, so nothing vanishes.
        "cards": [
            (row + 1, card, _adults_or_chosen(plan.team.present(), card["answered_by"].data))
            for row, card in ((row, form.card(row)) for row in range(MAX_OBJECTIONS))
        ],
        "objection_options": [Option(key, text.says) for key, text in objections],
        "follower_options": _adults_or_chosen(plan.team.in_room(), form["walkout_follower"].data),
        "walkout_follower": form["walkout_follower"],
        "walkout_words": form["walkout_words"],
    }


def _adults_or_chosen(members: list[Member], chosen: str | None) -> list[Option]:
    return [Option(m.id, m.name) for m in members if not m.under_18 or m.id == chosen]


def not_sure_boundaries(plan: Plan) -> list[tuple[str, str]]:
    """(member name, boundary) for each boundary its member is not sure they can keep."""
    return [
        (member.name, item.action)
        for member in plan.team.writers()
        for item in plan.boundaries.get(member.id, MemberBoundaries()).items
        if item.can_keep is CanKeep.NOT_SURE
    ]


def young_lines_noted(plan: Plan, content: Content, risk_rules: tuple | None = None) -> list[str]:
    """Each young person's line that needs an adult behind it (flow.needs_adult_behind), quoted with their name."""
    rules = risk_rule_sets(risk_rules, content)
    return [
        content.text("boundaries.caution_about", name=member.name, line=item.action.strip())
        for member in plan.team.writers()
        for item in (plan.boundaries[member.id].items if member.id in plan.boundaries else ())
        if item.action.strip() and flow.needs_adult_behind(plan, member, item.category, item.helper, item.action, rules)
    ]


def risk_rule_sets(risk_rules: tuple | None, content: Content) -> tuple:
    """Every language's unsafe bottom lines when the page passed them (a family may write in either);
    this content's own when a caller has none to give (a test, a tool)."""
    return risk_rules or (content.bottom_line_risks,)


def review_rows(plan: Plan, content: Content, danger_rules: tuple = (), risk_rules: tuple = ()) -> list[SummaryRow]:
    t, none = content.text, content.text("review.none")

    def names(ids, pages) -> str:
        return ", ".join(pages[i.value].label for i in ids) or none

    signs = plan.signs
    written = [sign for sign in plan.danger_in_words if sign not in signs.danger]
    # Under 18 is asked beside the situation (and changed there), though it is kept on the team.
    young = [t("review.under_18")] if plan.team.under_18 else []
    rows = [
        SummaryRow(t("review.warning"), names(signs.warning, content.signs), Step.SIGNS),
        SummaryRow(t("review.substances"), names(signs.substances, content.substances), Step.SIGNS),
        # Nothing ticked, but danger in what they wrote (the rows below): not "Not given" beside its cautions.
        SummaryRow(
            t("review.danger"),
            names(signs.danger, content.danger) if signs.danger or not written else t("review.danger_none_ticked"),
            Step.SIGNS,
        ),
        # It decides the suggested approach, so the family sees it before printing.
        SummaryRow(
            t("review.situation"),
            ", ".join(young + [content.choices["situation"][s.value] for s in signs.situation]) or none,
            Step.SIGNS,
        ),
    ]
    # Danger the family wrote but did not tick stays in view, with the words that raised it and
    # whose they are (QA 12 P2-3): Change leads to those words, or to the boxes if they cannot be found.
    places = flow.where_written(plan, written, danger_rules)
    said = written_words(places, plan, content)
    for sign in written:
        found = said.get(sign.value, [])
        value = " ".join([f"{content.danger[sign.value].label}.", *(f"{line}." for line in found)])
        if found:
            value += " " + t("danger_found.something_else")
        where = next((place.step for place in places if place.sign is sign), Step.SIGNS)
        rows.append(SummaryRow(t("review.danger_written"), value, where, names=content.danger[sign.value].label))
    rows += [
        SummaryRow(
            t("review.approach"),
            content.approaches[plan.approach.value].name if plan.approach else none,
            Step.APPROACH,
        ),
        SummaryRow(t("review.loved_one"), plan.team.loved_one or none, Step.TEAM),
        SummaryRow(
            t("review.interventionist"),
            content.choices["interventionist"][plan.team.interventionist.value]
            if plan.team.interventionist
            else none,
            Step.TEAM,
        ),
        SummaryRow(t("review.professional"), plan.team.professional or none, Step.TEAM),
    ]
    rows += [SummaryRow(t("review.member"), member_label(content, m), Step.TEAM, m.name) for m in plan.team.members]
    rows += [
        SummaryRow(
            t("review.letter_from", name=m.name),
            plan.letters[m.id].text if m.id in plan.letters else none,
            Step.STATEMENTS,
        )
        for m in plan.in_reading_order()
    ]
    for m in plan.team.writers():
        items = plan.boundaries.get(m.id, MemberBoundaries()).items
        # A rule that keeps a child safe starts now, whatever the answer: not under "If the answer is no",
        # as the plan prints it (QA 14 P2-2; the re-walk found the review still listing it there).
        starts_now = flow.child_rules(plan, m, risk_rule_sets(risk_rules, content))
        if_no = [item for item in items if item not in starts_now]
        if if_no or not starts_now:
            rows.append(
                SummaryRow(t("review.boundary_from", name=m.name), "\n".join(f"• {item.action}" for item in if_no) or none, Step.BOUNDARIES)
            )
        if starts_now:
            rows.append(
                SummaryRow(t("review.child_rule_from", name=m.name), "\n".join(f"• {item.action}" for item in starts_now), Step.BOUNDARIES)
            )
    objections = content.guidance["rehearsal"].objections
    for card in plan.rehearsal.objections:
        says = card.custom or objections[card.objection.value].says
        who = plan.member(card.answered_by)
        rows.append(
            SummaryRow(
                t("review.objection"),
                t("review.objection_value", says=says, name=who.name if who else none),
                Step.REHEARSAL,
                says,
            )
        )
    follower = plan.member(plan.rehearsal.walkout_follower)
    rows.append(SummaryRow(t("review.walkout"), follower.name if follower else none, Step.REHEARSAL))
    treatment, day = plan.treatment, plan.logistics
    option = content.choices["treatment_option"][treatment.option.value] if treatment.option else none
    yes, no = t("common.yes"), t("common.no")
    rows += [
        SummaryRow(t("review.treatment"), option, Step.TREATMENT),
        SummaryRow(t("review.facility"), treatment.facility or none, Step.TREATMENT),
        SummaryRow(t("review.contact"), treatment.contact or none, Step.TREATMENT),
        SummaryRow(t("review.admission"), yes if treatment.admission_confirmed else no, Step.TREATMENT),
        SummaryRow(t("review.insurance"), yes if treatment.insurance_checked else no, Step.TREATMENT),
        # Only when answered, as on the plan: the question is optional, and unanswered means what it always did.
        *([SummaryRow(t("review.coverage"), content.choices["coverage"][treatment.coverage.value], Step.TREATMENT)] if treatment.coverage else []),
        # A bag only matters when they will stay (a bed, detox); not for a first appointment.
        *([SummaryRow(t("review.bag"), yes if treatment.bag_packed else no, Step.TREATMENT)] if flow.arrival(plan) == "stay" else []),
        SummaryRow(t("review.transport"), treatment.transport or none, Step.TREATMENT),
        SummaryRow(t("review.when"), when(content, day.date, day.time) or none, Step.TREATMENT),
        SummaryRow(t("review.place"), day.place or none, Step.TREATMENT),
    ]
    return rows


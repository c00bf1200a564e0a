"""The plan as ordered sections: one source for the print view and the PDF.

Both outputs walk the same PlanDocument, so they cannot drift apart. Words
come from content; the family's own text is carried as-is (escaping is the
output's job).
"""

import datetime
import re
from dataclasses import dataclass, field

from wizard import flow
from wizard.content import Content, Number
from wizard.phones import with_phone
from wizard.plan import MemberBoundaries, Plan, writes_letter
from wizard.presenters import asl_note, long_date, member_label, risk_rule_sets, when, written_words
from wizard.providers import Provider
from wizard.steps import Step
from wizard.vocabulary import DangerSign, Interventionist, Objection, Relationship, Role, Voice, may_apply


@dataclass(frozen=True)
class Letter:
    heading: str
    text: str
    note: str = ""


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    facts: list[tuple[str, str]] = field(default_factory=list)  # a value may be a PhoneText: its number is a link
    items: list[str] = field(default_factory=list)
    letters: list[Letter] = field(default_factory=list)
    notes: dict[str, list[str]] = field(default_factory=dict)  # lines shown beneath an item, by the item's text


@dataclass(frozen=True)
class PlanDocument:
    title: str
    subtitle: str
    file_title: str  # the PDF's own title, shown in window titles and recent files: no names
    sections: list[Section]
    emergency: list[Number]
    footer: str


def names_list(names) -> str:
    """Names joined with commas, each kept whole in mixed scripts.

    Unicode isolates (FSI ... PDI) stop a right-to-left name from running into the next
    across the comma ("Ana מרים, שרה Lee" would read as "Ana שרה ,מרים Lee"); browsers
    and the PDF's bidi step both honour them, and they take no space.
    """
    return ", ".join(f"\u2068{name}\u2069" for name in names)


def names_and(names, content: Content) -> str:
    """Names as a list inside a sentence, "Ana and Luis", "Ana, Luis and Carmen", with this
    language's "and" from ui.md `lists` (Spanish "y" is "e" before an "i" sound: "Ana e Isabel").
    QA 13 P3-2: "starts the call with Ana, Luis and sets the screen"."""
    names = list(names)
    if len(names) < 2:
        return names_list(names)
    before = content.strings["lists.and_alt_before"]
    alt = bool(before) and re.match(before, names[-1].strip(), re.IGNORECASE) is not None
    return content.text("lists.and_alt" if alt else "lists.and", names=names_list(names[:-1]), last=names_list(names[-1:]))


def build_document(
    plan: Plan,
    content: Content,
    today: datetime.date | None = None,
    provider: Provider | None = None,
    danger_rules: tuple | None = None,
    heard_rules: tuple = (),
    risk_rules: tuple | None = None,
) -> PlanDocument:
    """The whole plan. `danger_rules`: the words for danger in every language the family may
    write in, so a written sign can quote its words (this content's own language if not given).
    `heard_rules`: every language's rehearsal guidance, so an objection typed under "Something else"
    in any language gets its calm reply in this one (this content's own language if not given).
    `risk_rules`: every language's unsafe bottom lines, so a rule that keeps a child safe is found."""
    t = content.text
    risk_rules = risk_rule_sets(risk_rules, content)
    approach = content.approaches[plan.approach.value] if plan.approach else None
    title = t("plan.title_for", name=plan.team.loved_one) if plan.team.loved_one else t("plan.title")
    members = plan.team.members
    none = t("review.none")
    yes, no = t("common.yes"), t("common.no")

    sections = [provider_section(provider, content)] if provider else []
    sections += safety_sections(plan, content, written_danger(plan, content, danger_rules), risk_rules=risk_rules)
    sections += [
        Section(
            "team",
            t("plan.sections.team"),
            facts=[
                (
                    t("review.interventionist"),
                    content.choices["interventionist"][plan.team.interventionist.value]
                    if plan.team.interventionist
                    else none,
                ),
                *([(t("review.professional"), plan.team.professional)] if plan.team.professional else []),
            ],
            items=[member_label(content, m) for m in members],
        ),
    ]
    if approach:
        sections.append(
            Section("approach", t("plan.sections.approach"), paragraphs=[approach.summary, *approach_private(plan, content)], items=approach.how_it_runs)
        )
    treatment, day = plan.treatment, plan.logistics
    sections.append(
        Section(
            "day",
            t("plan.sections.day"),
            facts=[
                (t("review.when"), when(content, day.date, day.time) or none),
                (t("review.place"), day.place or none),
                (
                    t("review.treatment"),
                    content.choices["treatment_option"][treatment.option.value] if treatment.option else none,
                ),
                (t("review.facility"), treatment.facility or none),
                (t("review.contact"), with_phone(treatment.contact) if treatment.contact else none),
                (t("review.admission"), yes if treatment.admission_confirmed else no),
                (t("review.insurance"), yes if treatment.insurance_checked else no),
                # Only when answered: a plan from before the question, or one that left it, reads as it did.
                *([(t("review.coverage"), content.choices["coverage"][treatment.coverage.value])] if treatment.coverage else []),
                *([(t("review.bag"), yes if treatment.bag_packed else no)] if flow.arrival(plan) == "stay" else []),
                (t("review.transport"), treatment.transport or none),
            ],
        )
    )
    guide = content.pages["treatment"]
    uninsured = flow.uninsured(plan)
    cost = guide.cost_questions(plan.treatment.coverage)
    sections.append(
        Section(
            "questions",
            t("plan.sections.questions"),
            paragraphs=[guide.call_ahead, *([guide.no_insurance_note] if uninsured else [])],
            items=[f"☐ {question}" for question in [*guide.questions_for(flow.program_question_keys(plan), uninsured), *cost]],
        )
    )
    sections.append(Section("script", t("plan.sections.script"), items=day_script(plan, content)))
    sections.append(letters_section(plan, content))
    sections.append(bottom_lines_section(plan, content, risk_rules=risk_rules))
    sections += rehearsal_sections(plan, content, heard_rules)
    sections.append(after_section(plan, content))
    return PlanDocument(
        title=title,
        subtitle=subtitle_for(plan, content, today),
        file_title=t("plan.file_title"),
        sections=sections,
        emergency=content.emergency_line,
        footer=footer_for(content, provider),
    )


def approach_private(plan: Plan, content: Content) -> list[str]:
    """An open approach ("no secrets") where someone hurts the loved one: open with them, private from
    that person (QA 13 P3-5), so "Safety first" and "Our approach" do not seem to disagree."""
    return [content.text("plan.approach_private")] if flow.is_open_approach(plan) and flow.hurt_by_partner(plan) else []


def subtitle_for(plan: Plan, content: Content, today: datetime.date | None) -> str:
    """The day the plan was made, and its approach."""
    made = content.text("plan.made_on", date=long_date(content, today or datetime.date.today()))
    return f"{made} · {content.approaches[plan.approach.value].name}" if plan.approach else made


def footer_for(content: Content, provider: Provider | None) -> str:
    return " · ".join([f"{n.label}: {n.number}" for n in content.emergency_line] + ([f"{provider.name}: {provider.phone}"] if provider else []))


def written_danger(plan: Plan, content: Content, danger_rules: tuple | None, only: str | None = None) -> dict[str, list[str]]:
    """Each sign written but not ticked, with the words that raised it and whose they are
    (“In Greg’s letter: “beating me””): the family reading the plan can tell a game from a threat.

    Found afresh in the texts as they are now, so reworded words are never quoted. With `only`,
    the words in that person's own letter and bottom lines alone: a printout is handed to one
    person and may be seen by others, and must not carry someone else's words.
    """
    written = [sign for sign in plan.danger_in_words if sign not in plan.signs.danger]
    if not written:
        return {}  # most plans: nothing to look for
    places = flow.where_written(plan, written, danger_rules or (content.danger_words,))
    if only is not None:
        places = [place for place in places if place.member_id == only and place.step in (Step.STATEMENTS, Step.BOUNDARIES)]
    return written_words(places, plan, content)


def safety_sections(
    plan: Plan, content: Content, said: dict[str, list[str]] | None = None, only: str | None = None, risk_rules: tuple | None = None
) -> list[Section]:
    """Danger the family told us of (ticked or written), each sign's first step, the cautions that follow,
    and what keeps the person safe with what they use (no sudden stop from daily drinking, naloxone).

    First in the plan, so a printed plan never reads as an ordinary meeting when the
    family told us someone was in danger. `said`: a written sign's own words, shown beneath it
    (written_danger); a ticked sign has none.

    Where a child is not safe, a bottom line that keeps a child safe follows the sign's line, as a rule
    that starts now (child_rule_lines); with `only`, that person's own lines alone, as in their printout.
    """
    known = flow.dangers_known(plan)
    signs = [content.danger[sign.value] for sign in known]
    # A Deaf or hard-of-hearing loved one: how they can reach the line without a voice call (988 in ASL by video).
    deaf = flow.wakes_by_touch(plan)
    lines = [
        " ".join(filter(None, (f"{sign.label}: {sign.first_action}", sign.deaf_note if deaf else "", sign.plan_note)))
        for sign in signs
    ]
    rules = child_rule_lines(plan, content, only, risk_rules)
    notes = {line: said[sign.value] for sign, line in zip(known, lines) if said and said.get(sign.value)}
    cautions = [settled_caution(key, plan, content, risk_rules) for key in flow.cautions(plan)]
    substances = [content.substances[substance.value] for substance in plan.signs.substances]
    if not signs and not cautions and not substances:
        return []
    if rules:
        at = known.index(DangerSign.CHILD_AT_RISK) + 1  # right after the child's own line
        lines = [*lines[:at], *rules, *lines[at:]]
    return [
        Section(
            "safety",
            content.text("plan.sections.safety"),
            paragraphs=cautions,
            items=[
                *lines,
                # A line two signs share (the Domestic Violence Hotline) once.
                *dict.fromkeys(f"{number.label}: {number.number}" for sign in signs for number in sign.numbers),
                *(f"{substance.label}: {substance.safety}" for substance in substances),
            ],
            notes=notes,
        )
    ]


def child_rule_lines(plan: Plan, content: Content, only: str | None = None, risk_rules: tuple | None = None) -> list[str]:
    """Each bottom line that keeps a child safe, where a child is not safe, with whose it is: a rule that
    starts now, whatever the answer, printed here and never under "if you say no" (QA 14 P2-2). The
    family's own words, moved and never dropped; with `only`, that person's own lines alone."""
    rules = risk_rule_sets(risk_rules, content)
    return [
        content.text("plan.child_rule", name=member.name, line=item.action)
        for member in plan.team.writers()
        if only is None or member.id == only
        for item in flow.child_rules(plan, member, rules)
    ]


def settled_caution(key: str, plan: Plan, content: Content, risk_rules: tuple | None = None) -> str:
    """A caution's words on the plan and the printouts. One that asks the family to choose says,
    there, what the plan chose instead: no Leader with someone on a call, so the first reader in
    the room leads (QA 13 P3-3: every printout said "Choose a leader… Until you choose…" on the day).
    The team, letters and review steps keep asking."""
    if key == "young_member_line":
        # Who, by name: the young person's printout, and the adults who may stand behind them (QA 13 P2-2).
        # Each "Something else" line read by its own words; as the plan noted them if none of them shows it now.
        alone = flow.young_lines_alone(plan, risk_rule_sets(risk_rules, content)) or flow.young_lines_alone(plan)
        return content.text("plan.young_line", names=names_and((m.name for m in alone), content))
    starter = flow.call_starter(plan) if key == "leader_in_room" else None
    return content.text("plan.leads_in_room", name=starter.name) if starter else content.cautions[key]


def provider_section(provider: Provider, content: Content) -> Section:
    """The provider's own call to action, when the family came through a provider's site."""
    t = content.text
    return Section(
        "provider",
        t("provider.cta_title", name=provider.name),
        paragraphs=[provider.talk_in(content.lang)],
        facts=[(t("provider.phone"), with_phone(provider.phone)), (t("provider.website"), provider.website)],
    )


def day_script(plan: Plan, content: Content) -> list[str]:
    """How the day runs, in order, with the team's own names."""
    t = content.text
    ordered = plan.in_reading_order()
    leader = flow.leader(plan)
    follower = plan.member(plan.rehearsal.walkout_follower)
    facility = plan.treatment.facility or t("plan.script.the_program")
    at_work = flow.at_work(plan)
    invited = flow.is_open_approach(plan)
    leader_name = leader.name if leader else t("plan.script.someone")
    if plan.team.interventionist is Interventionist.BOOKED:
        opening = t("plan.script.open_professional")
    else:
        opening = t("plan.script.open_work" if at_work else "plan.script.open", name=leader_name)
    arrival = flow.arrival(plan)  # a bed waiting, a first appointment, or nothing arranged yet
    driver = plan.treatment.transport or t("plan.script.someone")
    request = "request_not_yet" if arrival == "none" else "request_open" if invited else "request" if arrival == "stay" else "request_visit"
    person = plan.team.loved_one or t("plan.script.loved_one")
    starter = flow.call_starter(plan)
    call_key = "plan.script.call_hearing" if flow.is_hard_of_hearing(plan) else "plan.script.call"
    steps = [
        # An open approach starts here; where someone hurts them, the invitation must not reach that person.
        *([t("plan.script.invite_safely" if flow.hurt_by_partner(plan) else "plan.script.invite", name=leader_name, person=person)] if invited else []),
        # Hard of hearing: captions and the callers' printed letters, as in the starter's own printout (QA 16 P3-3).
        *([t(call_key, name=starter.name, callers=callers(plan, content), person=person)] if starter else []),
        opening,
        t("plan.script.read", names=names_list(reader_name(plan, m, content) for m in ordered)),
        t(f"plan.script.{request}", facility=facility),
        # Withdrawal known and no medical detox chosen: medical detox first, not "straight to the program" (QA 14 P2-3).
        t(("plan.script.yes" if arrival == "stay" else f"plan.script.yes_{arrival}") + ("_detox" if flow.detox_first(plan) else ""), facility=facility, driver=driver),
    ]
    if arrival == "stay":
        steps.append(t("plan.script.bag_ready") if plan.treatment.bag_packed else t("plan.script.bag_todo"))
    steps += [
        t("plan.script.no_open" if invited else "plan.script.no_work" if at_work else "plan.script.no"),
        t("plan.script.walkout", name=follower.name if follower else t("plan.script.someone")),
    ]
    return steps


def callers(plan: Plan, content: Content) -> str:
    return names_and((member.name for member in plan.team.on_call()), content)


def day_duties(plan: Plan, content: Content, member) -> list[str]:
    """What falls to one person beyond their letter: leading when no one was chosen to, and the call
    (join it, or start it and hold the callers' letters). QA 12 P2-4: the neighbour who ran the day
    for two children on a laptop was told only "Reads a letter"."""
    t = content.text
    starter = flow.call_starter(plan)
    if member.role is Role.BY_CALL:
        held = starter is not None and member.id in plan.letters  # their letter is in the starter's printout
        return [t("plan.member.by_call_with", name=starter.name) if held else t("plan.member.by_call")]
    lead = flow.leader(plan)
    duties = []
    if lead is not None and lead.id == member.id and lead.role is not Role.LEADER and plan.team.interventionist is not Interventionist.BOOKED:
        duties.append(t("plan.member.leads_by_order"))
    if starter is not None and starter.id == member.id:
        person = plan.team.loved_one or t("plan.script.loved_one")
        key = "plan.member.starts_call_hearing" if flow.is_hard_of_hearing(plan) else "plan.member.starts_call"
        duties.append(t(key, callers=callers(plan, content), person=person))
    return duties


def yes_warning(plan: Plan, content: Content, member) -> list[str]:
    """Where someone hurts the loved one, the warning about their phone goes with whoever acts on a yes
    (flow.sees_to_a_yes): the one who drives them may carry only their own printout."""
    if not flow.hurt_by_partner(plan) or member.id not in {m.id for m in flow.sees_to_a_yes(plan)}:
        return []
    after = content.pages["after"]
    yes = "yes" if flow.arrival(plan) == "stay" else f"yes_{flow.arrival(plan)}"
    return [f"{after.outcomes[yes].title}: {after.hurt_by_partner.if_yes}"]


def boundaries_intro(plan: Plan) -> str:
    if flow.is_open_approach(plan):
        return "plan.boundaries_intro_open"
    return "plan.boundaries_intro_work" if flow.at_work(plan) else "plan.boundaries_intro"


def reader_name(plan: Plan, member, content: Content) -> str:
    letter = plan.letters.get(member.id)
    reader = plan.member(letter.reader) if letter else None
    return content.text("plan.script.read_for", name=member.name, reader=reader.name) if reader else member.name


def letters_section(plan: Plan, content: Content, only: str | None = None) -> Section:
    t = content.text
    starter = flow.call_starter(plan)
    letters = []
    for position, member in enumerate(plan.in_reading_order(), 1):
        letter = plan.letters.get(member.id)
        # One person's printout holds their own letter and any letter they read aloud for someone;
        # whoever starts the call also holds each caller's letter, to read if the call drops.
        backup = starter is not None and only == starter.id and member.role is Role.BY_CALL and letter is not None
        if only and member.id != only and (letter is None or letter.reader != only) and not backup:
            continue
        reader = plan.member(letter.reader) if letter else None
        note = t("plan.read_by", name=reader.name) if reader else t("plan.read_if_call_drops", name=starter.name) if backup else ""
        letters.append(Letter(t("plan.letter_heading", number=position, name=member.name), letter.text if letter else "", note))
    return Section("letters", t("plan.sections.letters"), paragraphs=[t("plan.letters_intro_work" if flow.at_work(plan) else "plan.letters_intro")], letters=letters)


def bottom_lines_section(plan: Plan, content: Content, only: str | None = None, risk_rules: tuple | None = None) -> Section:
    """Each member's bottom-line letter: read only if the answer is no (the Love First practice).

    Where a child is not safe, a line that keeps a child safe is not in it: that rule starts now,
    whatever the answer, and "Safety first" prints it (child_rule_lines, QA 14 P2-2)."""
    t = content.text
    guidance = content.guidance["boundaries"]
    rules = risk_rule_sets(risk_rules, content)
    letters = []
    for member in plan.team.writers():  # an interpreter has no bottom line, whatever a plan file holds
        if only and member.id != only:
            continue
        mine = plan.boundaries.get(member.id, MemberBoundaries())
        starts_now = flow.child_rules(plan, member, rules)
        mine = mine.model_copy(update={"items": [item for item in mine.items if item not in starts_now]}) if starts_now else mine
        habits = [guidance.enabling_in_letter[h.value] for h in mine.enabling] + ([mine.enabling_other] if mine.enabling_other else [])
        if not mine.items and not habits:
            continue  # nothing to read: not everyone on the team writes a bottom line
        at_work = flow.speaks_for_work(member.relationship)
        bottom_line = guidance.bottom_line
        # Someone outside the family (flow.voice): care, or the job's words, not a family's love; as their letter.
        opening = {Voice.WORK: bottom_line.opening_work, Voice.CARE: bottom_line.opening_care, Voice.LOVE: bottom_line.opening}
        lines = [opening[flow.voice(member.relationship)]]
        if mine.items:
            lines.append("\n".join(f"• {item.action}" for item in mine.items))
        if habits:
            lines.append(t("plan.stop_habits") + "\n" + "\n".join(f"• {habit}" for habit in habits))
        lines.append(bottom_line.closing_work if at_work else bottom_line.closing)
        helpers = [item.helper for item in mine.items if item.helper]
        note = t("plan.helped_by", names=names_list(dict.fromkeys(helpers))) if helpers else ""
        letters.append(Letter(t("plan.boundary_from", name=member.name), "\n\n".join(lines), note))
    return Section("boundaries", t("plan.sections.boundaries"), paragraphs=[t(boundaries_intro(plan))], letters=letters)


def objection_cards(plan: Plan, content: Content, only: str | None = None, heard_rules: tuple = ()) -> list[str]:
    t = content.text
    guidance = content.guidance["rehearsal"]
    cards = []
    worth_rehearsing = set(flow.objections_for(plan))
    today = flow.asks_for_today(plan)
    for card in plan.rehearsal.objections:
        if only and card.answered_by != only:
            continue
        if card.objection not in worth_rehearsing:
            continue  # chosen under a surprise approach, before the family switched to an open one
        # Their own words under "Something else" may be an objection we know ("You're not my real dad"): its calm reply then.
        known = guidance.heard_in(card.custom, heard_rules) if card.objection is Objection.OTHER and card.custom else None
        suggested = guidance.objections[known or card.objection.value]
        who = plan.member(card.answered_by)
        name = who.name if who else t("plan.script.someone")
        if card.objection is Objection.OTHER and not known and not card.reply:
            # "Something else" has no ready answer: its advice is coaching, not words to say aloud.
            cards.append(t("plan.card_own_words", says=card.custom or suggested.says, name=name, tip=suggested.reply))
            continue
        # A manager answering gets the job's words, a counselor care; a parent at the same meeting keeps "I love you".
        voice = flow.voice(who.relationship) if who is not None else Voice.LOVE
        reply = card.reply or suggested.reply_for(today, flow.at_work(plan), voice)
        said = t("plan.card", says=card.custom or suggested.says, name=name, reply=reply)
        # The note holds whatever reply is said: "ask the program what your state allows" is true of any.
        cards.append(f"{said} {t('plan.card_note', note=suggested.note)}" if suggested.note else said)
    return cards


def walkout_tips(plan: Plan, content: Content) -> list[str]:
    t = content.text
    follower = plan.member(plan.rehearsal.walkout_follower)
    walkout = content.guidance["rehearsal"].walkout.tips_for(follower is not None, plan.team.under_18, flow.suicide_risk(plan), asl_note(plan, content))
    if follower:
        walkout.insert(0, t("plan.walkout_who", name=follower.name))
    if plan.rehearsal.walkout_words:
        walkout.insert(1 if follower else 0, t("plan.walkout_words", words=plan.rehearsal.walkout_words))
    return walkout


def rehearsal_sections(plan: Plan, content: Content, heard_rules: tuple = ()) -> list[Section]:
    t = content.text
    guidance = content.guidance["rehearsal"]
    cards, walkout = objection_cards(plan, content, heard_rules=heard_rules), walkout_tips(plan, content)
    after = guidance.after_refusal
    checklist = Section("checklist", guidance.checklist.title, items=[f"☐ {item}" for item in flow.checklist_items(plan, guidance.checklist)])
    return [
        checklist,
        Section("objections", t("plan.sections.objections"), items=cards or [t("plan.no_cards")]),
        Section("walkout", guidance.walkout.title, items=walkout),
        Section(
            "after_refusal",
            after.title,
            paragraphs=[t("plan.do")],
            items=[
                *after.do_for(plan.approach, flow.needs_naloxone(plan), flow.suicide_risk(plan), asl_note(plan, content)),
                *(t("plan.avoid_item", item=item) for item in after.avoid),
            ],
        ),
    ]


def after_section(plan: Plan, content: Content) -> Section:
    """After the day, whatever the answer: the months that follow and help for the family.

    A yes is acted on as the treatment starts: a bed, a first appointment, or a search
    for a program that begins that day.
    """
    t = content.text
    after = content.pages["after"]
    arrival = flow.arrival(plan)
    yes = "yes" if arrival == "stay" else f"yes_{arrival}"
    naloxone = flow.needs_naloxone(plan)
    uninsured, watch = flow.uninsured(plan), flow.suicide_risk(plan)
    shown = [key for key in after.outcomes if key == yes or not key.startswith("yes")]

    partner = flow.hurt_by_partner(plan)

    def steps(key: str) -> list[str]:
        steps = after.outcomes[key].steps_for(uninsured)
        if key.startswith("yes"):
            # Before anyone leaves for the program: their phone may show the person who hurts them where.
            # Withdrawal known and no medical detox chosen: detox first, not "drive straight to the program".
            return [*([after.hurt_by_partner.if_yes] if partner else []), *([after.detox_first] if flow.detox_first(plan) else []), *steps]
        if key != "no":
            return steps
        # Their safety tonight first, with 988 in ASL for a Deaf or hard-of-hearing loved one; naloxone after the
        # family's own steps, as in the first 72 hours.
        tonight = " ".join(filter(None, (after.suicide_risk.if_no, asl_note(plan, content))))
        return [*([tonight] if watch else []), *steps, *([after.naloxone.if_no] if naloxone else [])]

    outcomes = [f"{after.outcomes[key].title}: {' '.join(steps(key))}" for key in shown]
    follow_up = [*after.follow_up, *([after.naloxone.follow_up, after.naloxone.safer_use] if naloxone else [])]
    parents = flow.parents_involved(plan)
    groups = [
        t("plan.support_group", name=g.name, what=g.what, url=g.url)
        for g in after.family_support
        if may_apply(g.for_substances, plan.signs.substances) and (parents or not g.for_parents)
    ]
    seen = flow.young_who_saw_danger(plan)
    young = [after.young_member.format(names=names_and((member.name for member in seen), content))] if seen else []
    return Section("after", after.title, paragraphs=[after.lead, after.relapse], items=[*outcomes, *follow_up, *young, *groups])


def young_member_note(plan: Plan, content: Content, member) -> list[str]:
    """Someone under 18 is told on their own printout that they can step out at any time, and whom to tell
    (QA 14 P3-1: only the adults' checklist said it)."""
    if not member.under_18:
        return []
    lead = flow.leader(plan)
    # Someone in the room and grown up: not themselves, another teen, or a voice on a call.
    if lead is None or lead.id == member.id or lead.under_18 or lead.role is Role.BY_CALL:
        return [content.text("plan.member.young_no_leader")]
    return [content.text("plan.member.young", name=lead.name)]


def reading_fact(plan: Plan, content: Content, member_id: str) -> tuple[str, str]:
    """When a writer's letter is read ("2 of 4"), and by whom if someone reads it for them."""
    t = content.text
    ordered = plan.in_reading_order()
    position = next(i for i, m in enumerate(ordered, 1) if m.id == member_id)
    own_letter = plan.letters.get(member_id)
    reader = plan.member(own_letter.reader) if own_letter and own_letter.reader else None
    if reader:
        return t("plan.member.read_for_you"), t("plan.member.read_for_you_at", number=position, total=len(ordered), name=reader.name)
    return t("plan.member.reads"), t("plan.member.reads_at", number=position, total=len(ordered))


def build_member_document(
    plan: Plan,
    content: Content,
    member_id: str,
    today: datetime.date | None = None,
    provider: Provider | None = None,
    danger_rules: tuple | None = None,
    heard_rules: tuple = (),
    risk_rules: tuple | None = None,
) -> PlanDocument:
    """One person's own printout: their part on the day, their letter, their bottom lines, their cards.

    An interpreter has no letter, bottom line or card of their own: their printout holds every
    letter in reading order, every bottom-line letter, every planned answer and the day's script,
    so they can prepare to interpret all of it.
    """
    t = content.text
    member = plan.member(member_id)
    if member is None:
        raise KeyError(member_id)
    writes = writes_letter(member.role)
    interprets = member.role is Role.INTERPRETER  # a supporter writes nothing either, and gets no one's letters
    sections = [
        # A written sign quotes only this person's own words (written_danger).
        # A rule that keeps a child safe: this person's own, or every one for the interpreter, who passes them all on.
        *safety_sections(
            plan,
            content,
            written_danger(plan, content, danger_rules, only=member_id),
            only=None if interprets else member_id,
            risk_rules=risk_rules,
        ),
        Section(
            "role",
            t("plan.member.role_title"),
            paragraphs=[
                *([] if writes else [t("plan.member.interpreter" if interprets else "plan.member.supporter")]),
                *young_member_note(plan, content, member),
            ],
            facts=[
                (t("plan.member.role"), content.choices["role"][member.role.value]),
                *([reading_fact(plan, content, member_id)] if writes else []),
                # Each person may carry only this page: when, where, and where treatment waits.
                (t("review.when"), when(content, plan.logistics.date, plan.logistics.time) or t("review.none")),
                (t("review.place"), plan.logistics.place or t("review.none")),
                (t("review.facility"), plan.treatment.facility or t("review.none")),
            ],
            # Someone on a call carries only this page: how the call works comes first; so does
            # starting it, for the person in the room who does.
            items=[*day_duties(plan, content, member), *day_script(plan, content), *yes_warning(plan, content, member)],
        ),
        # The interpreter gets every letter to prepare; a supporter (HR, an EAP counselor) none of the family's.
        *([letters_section(plan, content, only=member_id if writes else None)] if writes or interprets else []),
    ]
    if writes:
        own_bottom_lines = bottom_lines_section(plan, content, only=member_id, risk_rules=risk_rules)
        sections += [
            *([own_bottom_lines] if own_bottom_lines.letters else []),  # not everyone writes one
            Section("objections", t("plan.member.cards_title"), items=objection_cards(plan, content, only=member_id, heard_rules=heard_rules) or [t("plan.member.no_cards")]),
        ]
    elif interprets:
        # The interpreter passes on the bottom lines and the answers as well as the letters.
        every_bottom_line, every_card = bottom_lines_section(plan, content, risk_rules=risk_rules), objection_cards(plan, content, heard_rules=heard_rules)
        sections += [
            *([every_bottom_line] if every_bottom_line.letters else []),
            *([Section("objections", t("plan.sections.objections"), items=every_card)] if every_card else []),
        ]
    if plan.rehearsal.walkout_follower == member_id:
        sections.append(Section("walkout", content.guidance["rehearsal"].walkout.title, items=walkout_tips(plan, content)))
    return PlanDocument(
        title=t("plan.member.title", name=member.name),
        subtitle=subtitle_for(plan, content, today),
        file_title=t("plan.member.file_title"),
        sections=([provider_section(provider, content)] if provider else []) + sections,
        emergency=content.emergency_line,
        footer=footer_for(content, provider),
    )

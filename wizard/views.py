"""HTTP for the wizard: one generic step view, plus the plan PDF and the crisis page.

Every step page is a POST form carrying the sealed plan in a hidden field, so
answers never travel in a URL, a cookie or server memory. The view only
decodes, asks flow.py where to go, and renders; it holds no rules of its own.
"""

from flask import Blueprint, Response, abort, current_app, jsonify, render_template, request
from werkzeug.datastructures import MultiDict

from wizard import danger_words, flow, languages, mounts
from wizard.actions import parse_action
from wizard.checker import check
from wizard.content import Content
from wizard.document import build_document, build_member_document
from wizard.error_summary import error_list
from wizard.pdf import render_pdf
from wizard import saving
from wizard.plan import LETTER_TEXT, Plan, writes_letter
from wizard.forms.base import only_too_long
from wizard.forms.own_letter import OwnLetterForm
from wizard.forms.statements import PARTS
from wizard.planfile import BadPlanFile, Reason, dump_letter, dump_plan, load_letter, load_plan
from wizard.presenters import LETTER_HINTS, Option, checked, lines_for, praise_held, present, progress, report_summary, written_words
from wizard.steps import SPEC_BY_STEP, Step
from wizard.token import BadToken, PlanTooLarge, decode, encode
from wizard.vocabulary import BottomLineRisk, DangerSign, Language, Relationship, Role, Voice

bp = Blueprint("wizard", __name__)


def content() -> Content:
    return languages.words()


def _fernet():
    return current_app.extensions["planner.fernet"]


# Steps whose own page lists every caution; elsewhere a newly raised one is shown at the top.
SHOWS_CAUTIONS = (Step.TEAM, Step.REVIEW, Step.PLAN)

# Where the family lands on a step it finished once that no longer holds: the notice to say instead.
ASKS_FOR_MORE = {"sent_back": "sent_back_asks_more", "resumed": "resumed_asks_more"}


def render_step(
    step: Step,
    plan: Plan,
    form=None,
    *,
    notice: str | None = None,
    to_review: bool = False,
    focus: str | None = None,
    raised: tuple[str, ...] = (),
):
    languages.use(plan.lang)
    spec = SPEC_BY_STEP[step]
    if form is None:
        draft = plan.drafts.get(step.value)
        formdata = MultiDict([(k, v) for k, values in draft.items() for v in values]) if draft else None
        # A step finished before that no longer holds (a rule added since the plan was saved, such as
        # an adult in the room), reached by a resume or a send-back: its errors say at once why the
        # family was brought back to it, and the notice says the planner asks for more, not "unfinished".
        no_longer_holds = notice in ASKS_FOR_MORE and flow.no_longer_holds(step, plan)
        if no_longer_holds:
            formdata = MultiDict(spec.form.formdata_from_plan(plan))
            notice = ASKS_FOR_MORE[notice]
        form = spec.form.build(plan, formdata)
        if no_longer_holds:
            form.validate()
    typed = form.typed_fields()
    plan, spoken = flow.noting_danger_written(plan, [text for _, text in typed], _danger_rules())
    words = content()
    errors = error_list(form, words, step.value, plan)
    file_problem = ""
    if notice and notice.startswith("files."):
        # A problem with a chosen file: in the error summary and beside the file box it came from.
        file_problem, notice = words.text(f"notices.{notice}"), None
        errors.append(("plan_file" if step is Step.START else "letter_file", file_problem))
    view = present(step, plan, form, words, mounts.current().provider, _risk_rules(), danger_rules=_danger_rules(), heard_rules=_heard_rules())
    html = render_template(
        spec.template,
        step=step.value,
        page=words.steps[step.value],
        form=form,
        errors=errors,
        file_problem=file_problem,
        token=encode(plan, _fernet()),
        view=view,
        safety_first=(warned := [words.danger[sign.value] for sign in spoken]),
        safety_lines=lines_for(warned, words.emergency_line),
        safety_deaf=flow.wakes_by_touch(plan),
        safety_found=written_words(flow.where_written(plan, spoken, _danger_rules(), typed, step), plan, words) if spoken else {},
        progress=progress(step, plan),
        notice=notice,
        raised_cautions=[] if step in SHOWS_CAUTIONS else _not_shown(raised, words, view),
        to_review=to_review,
        focus_id=focus,
        can_go_back=step is not Step.START,
    )
    return html


def _not_shown(raised: tuple[str, ...], words: Content, view: dict) -> list[str]:
    """A raised caution the page lists anyway (the boundaries page's own) is said once; on the
    bottom-lines page each is followed by the lines it is about (presenters.boundaries_view)."""
    shown = view.get("cautions", ())
    about = view.get("lines_noted", {})
    return [text for key in raised if words.cautions[key] not in shown for text in (words.cautions[key], *about.get(key, ()))]


def _danger_rules():
    """Every language's danger words: a family may read in English and write in Spanish."""
    return tuple(words.danger_words for words in current_app.extensions["planner.contents"].values())


def _heard_rules():
    """Every language's rehearsal guidance, whose `heard` words find an objection typed in any language."""
    return tuple(words.guidance["rehearsal"] for words in current_app.extensions["planner.contents"].values())


def _risk_rules():
    """Every language's words for unsafe bottom lines, as for danger words."""
    return tuple(words.bottom_line_risks for words in current_app.extensions["planner.contents"].values())


@bp.get("/")
def start():
    return render_step(Step.START, Plan(lang=languages.chosen_on_arrival()))


@bp.get("/step/<slug>")
def step_without_answers(slug: str):
    """A step's address opened directly (a reload, a bookmark): the answers are not here."""
    if slug not in {step.value for step in Step}:
        abort(404)
    if slug == Step.START.value:
        return start()
    languages.use(languages.chosen_on_arrival())
    return render_template("no_answers.html", page=content().steps["start"]), 200


@bp.post("/step/<slug>")
def step(slug: str):
    try:
        posted = Step(slug)
    except ValueError:
        abort(404)
    token = request.form.get("token", "")
    if posted is Step.START and not token:
        plan = Plan()
    else:
        try:
            plan = decode(token, _fernet())
        except BadToken:
            languages.use(languages.chosen_on_arrival())
            return render_template("bad_token.html"), 400
    languages.use(plan.lang)

    action = parse_action(request.form.get("action"))
    if posted is Step.START and action.kind == "continue":
        # The saved-plan box is in the start form; Enter there presses the form's first
        # button (Start). A chosen file or a typed passphrase means the family is resuming.
        if saving.file_chosen(request.files.get("plan_file")) or request.form.get("resume_passphrase"):
            return resume()
    if posted is Step.STATEMENTS and action.kind == "continue":
        # The same on the letters step: Enter in the letter-file box means "Add this letter".
        if saving.file_chosen(request.files.get("letter_file")) or request.form.get("letter_passphrase"):
            action = parse_action("import_letter")
    if action.kind == "continue" and request.form.get("save_passphrase"):
        # Enter in the passphrase box presses the form's first button (Continue); a typed
        # passphrase means the family is saving, so save rather than drop it.
        action = parse_action("save")
    to_review = request.form.get("return") == "review"
    shown, sent_back = flow.resolve(posted, plan)
    if sent_back:
        return render_step(shown, plan, notice="sent_back")

    form = SPEC_BY_STEP[posted].form.build(plan, request.form)
    try:
        return act(posted, plan, form, action, to_review)
    except PlanTooLarge:
        # More words than a page can carry: stay here with everything typed on screen.
        return render_step(posted, plan, form, notice="too_much_to_carry", to_review=to_review)


def act(posted: Step, plan: Plan, form, action, to_review: bool):
    """What the pressed button does with this step's answers."""
    if action.kind == "continue":
        if not form.validate():
            return render_step(posted, plan, form, to_review=to_review)
        answered = folded_in(posted, plan, form)
        # A bottom line that brings a caution (a home taken from someone under 18) is paused on
        # this page, with the caution first; the same words posted again move on.
        here = flow.bottom_line_cautions_raised(plan, answered) if posted is Step.BOUNDARIES else ()
        second_look = form.needs_second_look(content())
        if second_look or (here and not form.shown_as_is()):
            # Checker findings: show them once, typed words kept; posting the same words again moves on.
            notice = "second_look" if second_look else "caution_first"
            return render_step(posted, plan, form, notice=notice, to_review=to_review, raised=here)
        before, plan = plan, answered.with_completed(posted.value)
        if posted is Step.SIGNS and flow.in_danger(plan):
            # Danger reported (again): the crisis page must be seen again.
            plan = plan.without_completed(Step.CRISIS.value)
        target = flow.next_after(posted, plan, back_to_review=to_review)
        still_to_check = to_review and target is not Step.REVIEW
        return render_step(
            target,
            plan,
            notice="check_after_change" if still_to_check else None,
            to_review=still_to_check,
            raised=tuple(key for key in flow.cautions_raised(before, plan) if key not in here),  # said already
        )

    if action.kind == "add_member" and hasattr(form, "add_row"):
        return render_step(posted, plan, form, to_review=to_review, focus=form.add_row())
    if action.kind == "remove_member" and hasattr(form, "remove_row"):
        return render_step(posted, plan, form.remove_row(action.row), to_review=to_review)
    if action.kind == "assemble" and action.member and hasattr(form, "assemble_for"):
        notice = None if form.assemble_for(action.member) else "letter_not_empty"
        return render_step(posted, plan, form, notice=notice, to_review=to_review)
    if action.kind == "check":
        return render_step(posted, plan, form, to_review=to_review)
    if action.kind == "save":
        if only_too_long(form):  # the file would hold it cut
            return render_step(posted, plan, form, notice="shorten_before_saving", to_review=to_review)
        return plan_file_response(keep_work(posted, plan, form))
    if action.kind == "keep":
        # The page script keeps this sealed copy in history: a reload brings back what was typed.
        # Text over its limit would come back cut, so then the last copy stays.
        if only_too_long(form):
            return jsonify(token=None)
        return jsonify(token=encode(keep_work(posted, plan, form), _fernet()))
    if action.kind == "import_letter" and posted is Step.STATEMENTS:
        return import_letter(plan, to_review)
    if action.kind == "show":
        return render_step(posted, plan, to_review=to_review)

    # Leaving the step (back, or a Change button): keep what was typed, valid or not,
    # unless some of it is too long to keep whole.
    if only_too_long(form):
        return render_step(posted, plan, form, notice="shorten_before_leaving", to_review=to_review)
    before = plan
    plan = keep_work(posted, plan, form)
    wanted = flow.previous_before(posted, plan) if action.kind == "back" else action.target
    if flow.newly_in_danger(before, plan):
        plan = plan.without_completed(Step.CRISIS.value)
        wanted = Step.CRISIS
    target, sent_back = flow.resolve(wanted, plan)
    return render_step(
        target,
        plan,
        notice="sent_back" if sent_back else None,
        to_review=posted is Step.REVIEW and target is not Step.REVIEW,
    )


def passphrase(field: str) -> str | None:
    return request.form.get(field, "")[:200] or None


def plan_file_response(plan: Plan) -> Response:
    """The plan as a file to keep; the name says nothing about who it is for."""
    return Response(
        dump_plan(plan, passphrase("save_passphrase")),
        mimetype="application/json",
        headers={"Content-Disposition": f'attachment; filename="{content().text("download_names.saved_plan")}"'},
    )


def import_letter(plan: Plan, to_review: bool):
    """A letter file from another device, folded into the statements form as it stands now."""
    spec = SPEC_BY_STEP[Step.STATEMENTS]
    try:
        imported = load_letter(saving.read_upload(request.files.get("letter_file")), passphrase("letter_passphrase"))
        member = saving.member_for(plan, imported.name)
        if member is None:
            plan, member = saving.with_new_member(plan, imported)
        elif not writes_letter(member.role):
            # The letters page has no box for it: say so, never drop it.
            raise BadPlanFile(Reason.FROM_INTERPRETER if member.role is Role.INTERPRETER else Reason.FROM_SUPPORTER)
        elif saving.has_words(request.form, member.id):
            raise BadPlanFile(Reason.LETTER_IN_PLACE)  # never put a file's words over typed ones
    except BadPlanFile as problem:
        form = spec.form.build(plan, request.form)
        return render_step(Step.STATEMENTS, plan, form, notice=f"files.{problem.reason}", to_review=to_review)
    form = spec.form.build(plan, saving.letter_into_form(request.form, plan, member.id, imported))
    return render_step(Step.STATEMENTS, plan, form, notice="letter_imported", to_review=to_review)


@bp.route("/letter", methods=["GET", "POST"])
def own_letter():
    """Write my letter on my own: a page for one person, whose only output is a letter file."""
    # From the start page, its language radio (the family's choice) comes with the button's own `lang`.
    wanted = next((request.values.get(name) for name in ("language", "lang") if request.values.get(name) in languages.CODES), None)
    languages.use(wanted or languages.chosen_on_arrival())
    form = OwnLetterForm(request.form if request.method == "POST" else None)
    action = parse_action(request.form.get("action"))
    notice = None
    # No plan on this page: the signs already answered ride in hidden fields.
    shown = {sign for sign in DangerSign if sign.value in request.form.getlist("danger_shown")}
    spoken = flow.danger_written([form[part].data or "" for part in (*PARTS, "letter")], shown, _danger_rules())
    if request.method == "POST":
        if action.kind == "assemble":
            notice = None if form.assemble() else "letter_not_empty"
        elif action.kind == "save":
            # Danger in the letter is answered on the page first, then findings once; pressing Download again saves.
            if form.validate() and not spoken:
                if form.needs_second_look(content()):
                    notice = "own_letter_second_look"
                else:
                    member, letter = form.member_and_letter()
                    return Response(
                        dump_letter(member, letter, passphrase("save_passphrase")),
                        mimetype="application/json",
                        headers={"Content-Disposition": f'attachment; filename="{content().text("download_names.letter")}"'},
                    )
    words = content()
    # An employer or co-worker, once the page knows it: the job's words in the parts and the check;
    # a counselor or "Other": care.
    voice = flow.voice(next((r for r in Relationship if r.value == form.relationship.data), None))
    return render_template(
        "own_letter.html",
        safety_first=(warned := [words.danger[sign.value] for sign in spoken]),
        safety_lines=lines_for(warned, words.emergency_line),
        safety_found=_own_letter_words(form, spoken, words),
        danger_shown=[sign.value for sign in DangerSign if sign in shown or sign in spoken],
        form=form,
        errors=error_list(form, words, "own_letter") if form.errors else [],
        notice=notice,
        parts=[(form[part], words.guidance["letters"].parts_for(voice)[part]) for part in PARTS],
        letter_hint=words.text(LETTER_HINTS[voice]),
        voice=voice,
        relationship_options=[Option(k, v) for k, v in words.choices["relationship"].items()],
        checked=checked(form.letter.data, "letter", words, voice) if form.letter.data else None,
        reviewed=form.reviewed_mark(),
    )


def _own_letter_words(form, spoken, words) -> dict[str, list[str]]:
    """The words in this one letter that sound like danger, as the step pages show them."""
    texts = [form[part].data or "" for part in (*PARTS, "letter")]
    places = [
        flow.WrittenDanger(sign, Step.STATEMENTS, None, phrase)
        for text in texts
        for sign, phrase in danger_words.phrases_in(text, _danger_rules()).items()
        if sign in spoken
    ]
    return written_words(places, None, words)


@bp.post("/resume")
def resume():
    """Continue a saved plan: open the file, then go to where the family stopped."""
    try:
        current = decode(request.form.get("token", ""), _fernet()) if request.form.get("token") else Plan()
    except BadToken:
        current = Plan()
    # The start page's language radio is the family's own choice, made just now: it wins, for a
    # file that opens and one that does not. Other pages only say what language they were in.
    chosen = request.form.get("language") if request.form.get("language") in languages.CODES else None
    shown = chosen or request.form.get("page_language")
    if shown in languages.CODES:
        current = current.model_copy(update={"lang": Language(shown)})
    try:
        plan = load_plan(saving.read_upload(request.files.get("plan_file")), passphrase("resume_passphrase"))
    except BadPlanFile as problem:
        return render_step(Step.START, current, notice=f"files.{problem.reason}")
    if chosen:
        plan = plan.model_copy(update={"lang": Language(chosen)})
    target = flow.first_incomplete(plan)
    try:
        return render_step(Step.REVIEW if target is Step.PLAN else target, plan, notice="resumed")
    except PlanTooLarge:
        return render_step(Step.START, current, notice="files.too_much_to_carry")


def folded_in(step: Step, plan: Plan, form) -> Plan:
    """A valid form's answers in the plan, with what follows from them noted: the approach the letters were
    written for, and what the bottom lines' words do. The same whether the family goes on, back or elsewhere,
    so a line changed before Back raises or clears its caution as on Continue (session 15)."""
    return flow.noting_bottom_line_risks(flow.noting_approach_change(plan, form.apply(plan), step), _risk_rules())


def keep_work(step: Step, plan: Plan, form) -> Plan:
    """Fold in valid answers; keep invalid ones as a draft so no typed text is lost."""
    if form.validate():
        saved = folded_in(step, plan, form)
        return saved.model_copy(update={"drafts": {k: v for k, v in saved.drafts.items() if k != step.value}})
    draft = form.draft()
    return plan.with_draft(step.value, draft) if draft else plan


def ready_to_print():
    """The posted plan when it can be printed, or else the page the family should see instead."""
    try:
        plan = decode(request.form.get("token", ""), _fernet())
    except BadToken:
        languages.use(languages.chosen_on_arrival())
        return render_template("bad_token.html"), 400
    languages.use(plan.lang)
    if not flow.is_allowed(Step.PLAN, plan):
        return render_step(flow.first_incomplete(plan), plan, notice="sent_back")
    return plan


def pdf_download(pdf: bytes, filename: str) -> Response:
    return Response(pdf, mimetype="application/pdf", headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@bp.post("/plan.pdf")
def plan_pdf():
    plan = ready_to_print()
    if not isinstance(plan, Plan):
        return plan
    document = build_document(plan, content(), provider=mounts.current().provider, danger_rules=_danger_rules(), heard_rules=_heard_rules(), risk_rules=_risk_rules())
    return pdf_download(render_pdf(document), content().text("download_names.plan_pdf"))


@bp.post("/member.pdf")
def member_pdf():
    """One person's printout; the file name carries a number, never a name (shared computers)."""
    plan = ready_to_print()
    if not isinstance(plan, Plan):
        return plan
    member_id = request.form.get("member", "")
    if plan.member(member_id) is None:
        return render_step(Step.PLAN, plan)
    document = build_member_document(
        plan, content(), member_id, provider=mounts.current().provider, danger_rules=_danger_rules(), heard_rules=_heard_rules(), risk_rules=_risk_rules()
    )
    number = plan.member_ids().index(member_id) + 1
    return pdf_download(render_pdf(document), content().text("download_names.person_pdf", number=str(number)))


@bp.post("/api/check-statement")
def check_statement():
    """Live letter guidance: the same checker the step pages use, as JSON."""
    if not request.is_json:
        return jsonify(error="Send JSON: {\"text\": \"...\"}"), 415
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
        return jsonify(error="The body must be a JSON object with a text string."), 400
    kind = payload.get("kind", "letter")
    if kind not in ("letter", "boundary"):
        return jsonify(error="kind must be letter or boundary."), 400
    lang = payload.get("lang", "en")
    if lang not in languages.CODES:
        return jsonify(error=f"lang must be one of {', '.join(languages.CODES)}."), 400
    languages.use(lang)
    # The risks the bottom-lines page says bring a caution for this family (flow.risks_cautioned):
    # a line showing one gets no praise, as on the page after Save. Never the plan itself.
    cautioned = payload.get("cautioned", [])
    risks = {risk.value for risk in BottomLineRisk}
    if not isinstance(cautioned, list) or not all(isinstance(risk, str) and risk in risks for risk in cautioned):
        return jsonify(error=f"cautioned must be a list of {', '.join(sorted(risks))}."), 400
    # How the letter's writer speaks (the page marks its box, flow.voice): work words for an employer or
    # co-worker, care for a counselor or "Other". `at_work: true`, from a page served before `voice`, is work.
    at_work = payload.get("at_work", False)
    if not isinstance(at_work, bool):
        return jsonify(error="at_work must be true or false."), 400
    voices = {v.value for v in Voice}
    said = payload.get("voice", Voice.WORK.value if at_work else Voice.LOVE.value)
    if not isinstance(said, str) or said not in voices:
        return jsonify(error=f"voice must be one of {', '.join(sorted(voices))}."), 400
    voice = Voice(said)
    text = payload["text"]
    if len(text) > LETTER_TEXT:
        return jsonify(error="The text is too long to check."), 413
    report = check(text, kind, content().checker, voice)
    if kind == "boundary":
        report = praise_held(report, flow.line_risks(text, [BottomLineRisk(risk) for risk in cautioned], _risk_rules()))
    summary = report_summary(report, content())
    summary["danger"] = danger_line(flow.danger_written([text], (), _danger_rules()), text)
    body = report.as_json() | {"summary": summary}
    if summary["danger"]:
        body["tips"] = []  # "open with love, ask for help today" is not the advice for a letter telling of danger
    return jsonify(body)


def danger_line(signs, text: str = "") -> str:
    """Danger written in a letter, answered as the family types: the words that raised it, the first
    step, each sign's own line, and that words about a game or a joke can be changed.

    Violence names the Domestic Violence Hotline, a child at risk Childhelp, as the
    crisis page does; the general numbers stay one tap away in the footer. Two signs
    say "call 911" once (QA 12 P3-5), then what each sign adds (988, a safe place).
    """
    if not signs:
        return ""
    words = content()
    pages = [words.danger[sign.value] for sign in signs]
    if len(pages) == 1:
        first = [pages[0].first_action]
    else:
        first = [words.text("checker.danger_call"), *(page.first_action_also for page in pages if page.first_action_also)]
    # A line two signs share (the Domestic Violence Hotline) once.
    lines = dict.fromkeys(words.text("checker.danger_line", label=number.label, number=number.number) for page in pages for number in page.numbers)
    found = danger_words.phrases_in(text, _danger_rules()) if text else {}
    quoted = list(dict.fromkeys(words.text("checker.quoted", words=found[sign]) for sign in signs if sign in found))
    said = [words.text("checker.danger_words", words=", ".join(quoted))] if quoted else []
    change = [words.text("danger_found.something_else")] if quoted else []
    # Someone hurting them may find the letter: where to keep it (QA 13 P3-5).
    keep = [page.written_note for page in pages if page.written_note]
    return " ".join([words.text("checker.danger"), *said, *first, *lines, *keep, *change])


@bp.get("/help-now")
def help_now():
    """The crisis numbers, reachable from every page's footer with no answers needed."""
    languages.use(languages.chosen_on_arrival())
    return render_template("help_now.html", page=content().crisis)

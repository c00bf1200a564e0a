"""The plan speaks the chosen approach: no 'behind my back' for an open invitation, no 'I love you' from a manager."""

import pytest

from tests.support import LETTER, STANDARD_ANSWERS, YOUNG_SIGNS, walk_to

WORKPLACE_TEAM = {
    "approach": {"approach": "workplace"},
    "team": {
        **STANDARD_ANSWERS["team"],
        "members-0-name": "Dana",
        "members-0-relationship": "employer",
        "members-0-role": "leader",
    },
}


def test_an_open_invitation_does_not_rehearse_being_ambushed_but_a_surprise_meeting_does(journey, client):
    invited = walk_to(journey, "rehearsal")  # the standard journey is invitational
    options = [o.get("value") for o in invited.root.iter("option")]
    assert "ambush" not in options and "stop_on_own" in options
    assert "behind my back" not in invited.text
    surprise = walk_to(type(journey)(client), "rehearsal", approach={"approach": "johnson"})
    assert "ambush" in [o.get("value") for o in surprise.root.iter("option")]
    assert "behind my back" in surprise.text


def test_an_open_invitation_keeps_the_invitation_open_in_the_days_script(journey, client):
    invited = walk_to(journey, "plan").text
    assert "We invite them to look at the help" in invited and "the invitation stays open" in invited
    assert "each person reads their bottom-line letter" not in invited
    surprise = walk_to(type(journey)(client), "plan", approach={"approach": "traditional"}).text
    assert "We ask them to accept the help that is ready today" in surprise
    assert "each person reads their bottom-line letter" in surprise


def test_a_manager_opens_for_the_workplace_and_writes_a_bottom_line_without_family_love(journey):
    plan = walk_to(journey, "plan", **WORKPLACE_TEAM).text
    assert "we care about you and your place at work" in plan and "because we love you" not in plan
    assert "as our workplace policy allows" in plan and "the way back to your work" in plan
    assert "Because I love you" not in plan


def test_the_review_shows_the_situation_that_decided_the_suggestion(journey):
    review = walk_to(journey, "review", signs={**STANDARD_ANSWERS["signs"], "situation": ["work_involved"]})
    row = next(r for r in review.root.iter("div") if r.get("class") == "summary-row" and "Your situation" in "".join(r.itertext()))
    assert "job" in "".join(row.itertext()).lower()


def test_a_professional_who_leads_is_named_with_their_phone_and_opens_the_day(journey):
    team = {**STANDARD_ANSWERS["team"], "interventionist": "booked", "professional": "Dr. Rivera, 555-0133"}
    review = walk_to(journey, "review", team=team)
    assert "Dr. Rivera, 555-0133" in review.text
    plan = journey.submit().text
    assert "Who leads, and their phone Dr. Rivera, 555-0133" in plan, "in the team section"
    assert "First, the professional who leads the meeting welcomes everyone" in plan


def test_a_workplace_plan_can_start_with_an_assessment_through_work(journey):
    page = walk_to(journey, "treatment", **WORKPLACE_TEAM)
    assert "assessment" in [i.get("value") for i in page.root.iter("input") if i.get("name") == "option"]
    assert "employee assistance program (EAP)" in page.text, "the guide says what it is"
    plan = walk_to(type(journey)(journey.client), "plan", **WORKPLACE_TEAM, treatment={**STANDARD_ANSWERS["treatment"], "option": "assessment"})
    assert "An assessment first" in plan.text


def test_the_team_step_says_who_makes_up_the_team_in_the_chosen_approach(journey, client):
    workplace = walk_to(journey, "team", approach={"approach": "workplace"})
    assert "the employer leads" in workplace.text
    invited = walk_to(type(journey)(client), "team")
    assert "invites your loved one openly" in invited.text and "the employer leads" not in invited.text


def test_a_behind_my_back_card_chosen_for_a_surprise_meeting_is_left_out_after_switching_to_an_invitation(journey):
    walk_to(journey, "rehearsal", approach={"approach": "johnson"})
    journey.submit(objection_0="ambush", answered_by_0="m1")
    review = walk_to_review_then_change_approach(journey)
    plan = walk_to_plan_from(journey, review)
    assert "behind my back" not in plan.text


def walk_to_review_then_change_approach(journey):
    page = journey.page
    while page.step != "review":
        page = journey.submit(**STANDARD_ANSWERS[page.step])
    page = journey.submit("goto:approach")
    return journey.submit(approach="invitational")


def walk_to_plan_from(journey, page):
    while page.step != "plan":
        page = journey.submit(**STANDARD_ANSWERS.get(page.step, {}))
    return page


def test_the_checklist_and_the_first_72_hours_follow_the_chosen_approach(journey, client):
    """An invitation turned down is followed by another invitation; a Johnson meeting is kept private and led by a professional."""
    invited = walk_to(journey, "rehearsal")
    assert "meet anyway, and invite them again" in invited.text and "invites them again" in invited.text
    assert "not to mention the meeting" not in invited.text
    invited_plan = walk_to(type(journey)(client), "plan").text
    assert "meet anyway, and invite them again" in invited_plan and "invites them again" in invited_plan
    surprise = walk_to(type(journey)(client), "plan", approach={"approach": "johnson"}).text
    assert "not to mention the meeting" in surprise and "should not be run without one" in surprise
    assert "invites them again" not in surprise
    work = walk_to(type(journey)(client), "plan", **WORKPLACE_TEAM).text
    assert "time off for treatment" in work and "keep your own bottom lines apart from the job" in work


@pytest.mark.parametrize(
    ("lang", "reason"),
    [
        ("en", "You told us your loved one is under 18."),
        ("es", "Nos dijiste que tu ser querido tiene menos de 18 años."),
    ],
)
def test_under_18_is_asked_with_the_signs_so_the_suggested_approach_gives_it_as_a_reason(journey, client, lang, reason):
    """QA 10 P3-11: the box was on the team step, after the approach was already suggested."""
    start = "/" if lang == "en" else "/?lang=es"
    signs = walk_to(journey, "signs", start=start)
    assert signs.form.find(".//input[@name='under_18']") is not None
    approach = journey.submit(**YOUNG_SIGNS)
    assert approach.step == "approach" and reason in approach.text
    assert dict(approach.form_values())["approach"] == "invitational", "the age adds a reason; the approach is as before"
    team = journey.submit(**STANDARD_ANSWERS["approach"])
    assert team.step == "team" and team.root.find(".//input[@name='under_18']") is None, "asked once, on the signs step"
    adult = walk_to(type(journey)(client), "approach", start=start)
    assert reason not in adult.text


def test_a_young_person_gets_teen_programs_and_bottom_lines_that_never_take_away_a_home(journey, client):
    team = walk_to(journey, "team", signs=YOUNG_SIGNS)
    assert "Look for a program made for teenagers" in team.text, "said on the first page after the approach is chosen"
    journey.submit(**STANDARD_ANSWERS["team"])
    boundaries = journey.submit(**STANDARD_ANSWERS["statements"])
    examples = boundaries.root.find(".//details")
    words = " ".join("".join(examples.itertext()).split())
    assert "check your room" in words and "call your school" in words and "younger brothers or sisters" in words
    assert "sober living home" not in boundaries.text and "call your work" not in boundaries.text, "nor under Read more"
    review = walk_to(type(journey)(client), "review", signs=YOUNG_SIGNS)
    assert "They are under 18" in review.text and "Sam (under 18)" not in review.text
    plan = walk_to(type(journey)(client), "plan", signs=YOUNG_SIGNS)
    assert "A bottom line must never leave a young person without a safe home" in plan.text
    adult = walk_to(type(journey)(client), "boundaries")
    assert "sober living home" in adult.text and "Look for a program made for teenagers" not in adult.text


def test_an_open_invitation_plans_the_invitation_and_does_not_push_for_today(journey, client):
    rehearsal = {"objection_0": "go_later", "answered_by_0": "m1"}
    invited_page = walk_to(journey, "rehearsal")
    assert "choose the day together now" in invited_page.text and "The bed is ready today" not in invited_page.text
    invited = walk_to(type(journey)(client), "plan", rehearsal=rehearsal).text
    assert "Before the day, José invites Sam openly" in invited
    assert "we do not read these out as a warning" in invited and "Read these only if the answer is no" not in invited
    assert "José answers: I am glad you are willing. Let's choose the day together now" in invited
    surprise = walk_to(type(journey)(client), "plan", approach={"approach": "johnson"}, rehearsal=rehearsal).text
    assert "invites Sam openly" not in surprise and "Read these only if the answer is no" in surprise
    assert "The bed is ready today" in surprise


@pytest.mark.parametrize("option", ["not_yet", "outpatient"])
def test_no_card_promises_a_bed_that_is_not_waiting(journey, option):
    """A surprise approach, but no bed today: 'The bed is ready today' would be untrue."""
    treatment = {**STANDARD_ANSWERS["treatment"], "option": option}
    rehearsal = {"objection_0": "go_later", "answered_by_0": "m1", "objection_1": "stop_on_own", "answered_by_1": "m1"}
    plan = walk_to(journey, "plan", approach={"approach": "traditional"}, treatment=treatment, rehearsal=rehearsal).text
    assert "The bed is ready today" not in plan and "Please say yes to going today" not in plan
    assert "Let's choose the day together now" in plan and "help you take the first step" in plan


def test_a_bed_waiting_under_a_surprise_approach_still_asks_for_today(journey):
    rehearsal = {"objection_0": "go_later", "answered_by_0": "m1"}
    plan = walk_to(journey, "plan", approach={"approach": "traditional"}, rehearsal=rehearsal).text
    assert "The bed is ready today" in plan


def test_straight_after_the_signs_the_family_reads_what_keeps_them_safe_with_what_they_use(journey):
    """Before any planning: no sudden stop from daily drinking or sleeping pills."""
    approach = walk_to(journey, "approach", signs={"warning": ["lies_secrecy"], "substances": ["alcohol", "prescription"]})
    assert "Keeping your loved one safe now" in approach.text
    assert "should not stop all at once without a doctor" in approach.text and "must not be stopped suddenly" in approach.text
    nothing = walk_to(type(journey)(journey.client), "approach", signs={"warning": ["lies_secrecy"], "substances": []})
    assert "Keeping your loved one safe now" not in nothing.text


@pytest.mark.parametrize(
    ("lang", "fentanyl"),
    [("en", "Pills bought online or from a friend are not real prescriptions and may hold fentanyl"),
     ("es", "Las pastillas compradas por internet o a un amigo no son recetas de verdad y pueden tener fentanilo")],
)  # fmt: skip
def test_pills_bought_online_ticked_as_prescription_medicines_bring_the_fentanyl_warning_first(journey, client, lang, fentanyl):
    """A family that does not know what the pills are ticks the prescription box, not opioids (QA 10, P2-2)."""
    signs = {"warning": ["lies_secrecy"], "substances": ["prescription"]}
    approach = walk_to(journey, "approach", start=f"/?lang={lang}", signs=signs)
    assert fentanyl in " ".join(approach.text.split())
    plan = walk_to(type(journey)(client), "plan", start=f"/?lang={lang}", signs=signs).text
    heading = {"en": "Safety first", "es": "La seguridad primero"}[lang]
    assert heading in plan and fentanyl in " ".join(plan.split(heading, 1)[1].split())


def test_a_pregnancy_brings_medical_care_first_and_no_sudden_stop_from_the_signs_to_the_plan(journey, client):
    """Opioid withdrawal can harm a pregnancy; methadone or buprenorphine is the usual care; programs admit pregnant people first."""
    signs = {"warning": ["lies_secrecy"], "substances": ["opioids"], "situation": ["pregnant"]}
    approach = walk_to(journey, "approach", signs=signs)
    safety = " ".join(approach.text.split("Keeping your loved one safe now", 1)[1].split("We suggest", 1)[0].split())
    assert "They are pregnant, or may be" in safety and "methadone or buprenorphine is the usual, safe care" in safety
    assert "without a doctor can bring withdrawal that harms the pregnancy" in safety
    review = walk_to(type(journey)(client), "review", signs=signs)
    assert "They are pregnant, or may be" in review.text and "must offer pregnant people a place first" in review.text
    plan = walk_to(type(journey)(client), "plan", signs=signs).text
    first = plan.split("Safety first", 1)[1]
    assert "must offer pregnant people a place first" in first and "never leave a pregnant person without a safe place" in first
    not_pregnant = walk_to(type(journey)(client), "plan", signs={**signs, "situation": []}).text
    assert "pregnan" not in not_pregnant


@pytest.mark.parametrize(
    "answers, said",
    [
        ({"signs": {"warning": ["lies_secrecy"], "substances": ["opioids"], "situation": ["pregnant"]}}, "never leave a pregnant person"),
        ({"signs": YOUNG_SIGNS}, "never leave a young person without a safe home"),
    ],
)
def test_the_bottom_lines_page_says_once_who_must_keep_a_safe_home(journey, answers, said):
    boundaries = walk_to(journey, "boundaries", **answers)
    assert boundaries.text.count(said) == 1
    adult = walk_to(type(journey)(journey.client), "boundaries")
    assert said not in adult.text


def checklist_of(page) -> str:
    section = page.root.find(".//section[@class='plan-section plan-section--checklist']")
    return " ".join("".join(section.itertext()).split())


@pytest.mark.parametrize(
    "option, said, not_said",
    [
        ("inpatient", "the bag is packed and ready to go", "first appointment"),
        ("outpatient", "confirmed the first appointment", "bag"),
        ("not_yet", "moved the meeting until one is ready", "bag"),
    ],
)
def test_the_plans_checklist_follows_the_program_chosen(journey, option, said, not_said):
    treatment = {**STANDARD_ANSWERS["treatment"], "option": option}
    checklist = checklist_of(walk_to(journey, "plan", treatment=treatment))
    assert said in checklist and not_said not in checklist
    assert "If they will stay at the program" not in checklist, "the program is known: no hedging"


def test_the_rehearsal_checklist_before_treatment_is_chosen_covers_every_program_and_naloxone_follows_the_substances(journey, client):
    rehearsal = walk_to(journey, "rehearsal")  # the treatment step comes after this one
    assert "If they will stay at the program, the bag is packed" in rehearsal.text
    alcohol_only = checklist_of(walk_to(type(journey)(client), "plan"))
    assert "Naloxone" not in alcohol_only
    pills = checklist_of(walk_to(type(journey)(client), "plan", signs={"warning": ["lies_secrecy"], "substances": ["prescription"]}))
    assert "Naloxone (Narcan) is in the room" in pills


@pytest.mark.parametrize(
    "answers, asked",
    [
        ({"signs": YOUNG_SIGNS}, "Do you treat teenagers, apart from adults?"),
        ({"signs": {"warning": ["lies_secrecy"], "substances": ["opioids"], "situation": ["pregnant"]}}, "Do you accept pregnant patients"),
        ({"signs": {"warning": ["lies_secrecy"], "substances": ["alcohol"], "situation": ["served"]}}, "Do you take VA Community Care or TRICARE?"),
        ({"signs": {"warning": ["lies_secrecy"], "substances": ["alcohol"], "situation": ["older"]}}, "Do you treat older adults?"),
        ({"signs": {"warning": ["lies_secrecy"], "substances": ["alcohol"], "situation": ["deaf", "older"]}}, "Do you provide ASL interpreters"),
    ],
)
def test_a_teen_or_a_pregnancy_puts_its_own_questions_for_a_program_first(journey, client, answers, asked):
    treatment = walk_to(journey, "treatment", **answers)
    first = treatment.root.find(".//details/ol/li")
    assert asked in "".join(first.itertext())
    plan = walk_to(type(journey)(client), "plan", **answers).text
    assert asked in plan.split("Can you take my loved one on the day")[0]
    assert asked not in walk_to(type(journey)(client), "plan").text


def test_safety_steps_are_for_every_plan_not_only_if_the_answer_is_no(journey):
    """Guns locked away before the day, whatever the answer; the 988 line offers the Veterans Crisis Line."""
    rehearsal = {"objection_0": "the_kids", "answered_by_0": "m1"}
    plan = walk_to(journey, "plan", rehearsal=rehearsal)
    assert "Any guns in the home are locked away or kept by someone else" in checklist_of(plan)
    crisis = walk_to(type(journey)(journey.client), "crisis", signs={"warning": [], "danger": ["suicidal"]})
    assert "Veterans, service members and their families: press 1, or text 838255" in crisis.text
    assert "(or pets)" not in plan.text and "Everyone at home who needs looking after will be safe" in plan.text


def test_a_step_that_keeps_someone_safe_is_not_a_bottom_line_to_drop(journey):
    boundaries = {**STANDARD_ANSWERS["boundaries"], "keep_m1_0": "not_sure"}
    review = walk_to(journey, "review", boundaries=boundaries)
    assert "It is better to drop one" in review.text and "is not a bottom line: do it now, whatever the answer" in review.text


def test_a_workplace_plan_speaks_of_care_and_the_job_not_family_love(journey, client):
    rehearsal = {"objection_0": "not_now", "answered_by_0": "m1"}
    work = walk_to(journey, "plan", rehearsal=rehearsal, **WORKPLACE_TEAM).text
    assert "the bills" not in work and "HR has put your time off for treatment in writing" in work
    assert "pure love" not in work and "the first letters stay about care and the facts of the job" in work
    assert "It is all right to cry" not in work and "Keep to what you saw at work" in work
    assert "The manager says what happens next at work" in work and "end the meeting with love" not in work
    family = walk_to(type(journey)(client), "plan", approach={"approach": "traditional"}, rehearsal=rehearsal).text
    assert "the bills" in family and "It is all right to cry" in family and "pure love" in family


def test_a_gambling_plan_gives_gambling_help_and_no_naloxone_checklist_line(journey):
    plan = walk_to(journey, "plan", signs={"warning": ["lies_secrecy"], "substances": ["gambling"]})
    first = plan.text.split("Safety first", 1)[1]
    assert "1-800-MY-RESET" in first and "Gam-Anon" in first
    assert "Naloxone" not in checklist_of(plan)


def test_stopping_will_hurt_the_baby_is_rehearsed_only_in_a_pregnancy(journey, client):
    signs = {"warning": ["lies_secrecy"], "substances": ["opioids"], "situation": ["pregnant"]}
    pregnant = walk_to(journey, "rehearsal", signs=signs)
    assert "the_baby" in [o.get("value") for o in pregnant.root.iter("option")]
    plan = walk_to(type(journey)(client), "plan", signs=signs, rehearsal={"objection_0": "the_baby", "answered_by_0": "m1"}).text
    assert "It will hurt the baby if I stop" in plan and "with medicine if it is needed" in plan
    other = walk_to(type(journey)(client), "rehearsal")
    assert "the_baby" not in [o.get("value") for o in other.root.iter("option")]


@pytest.mark.parametrize(
    "sign, note",
    [
        ("suicidal", "Lock up or take away guns, spare pills and alcohol now"),
        ("child_at_risk", "the children stay with a safe adult, away from the meeting"),
    ],
)
def test_a_ticked_danger_puts_its_safety_step_in_the_plan_whatever_the_answer(journey, sign, note):
    plan = walk_to(journey, "plan", signs={"warning": ["lies_secrecy"], "danger": [sign]}, approach={"approach": "crisis"})
    first = plan.text.split("Safety first", 1)[1].split("How the day will run", 1)[0]
    assert note in first and "whatever the answer" in first


def test_naloxone_is_spoken_of_after_a_no_only_where_pills_or_street_drugs_are_in_the_picture(journey, client):
    """"If opioids are involved" told a family whose loved one only gambles or drinks to think about opioids."""
    gambling = {"warning": ["lies_secrecy"], "substances": ["gambling"]}
    assert "naloxone" not in walk_to(journey, "plan", signs=gambling).text.lower()
    assert "naloxone" not in walk_to(type(journey)(client), "rehearsal", signs=gambling).text.lower()
    pills = {"warning": ["lies_secrecy"], "substances": ["prescription"]}
    plan = walk_to(type(journey)(client), "plan", signs=pills).text
    after = plan.split("After the day", 1)[1]
    assert "Keep naloxone (Narcan) close" in after and "Keep naloxone (Narcan) at home" in after
    assert "Keep naloxone (Narcan) at hand, and make sure the team knows" in plan
    rehearsal = walk_to(type(journey)(client), "rehearsal", signs=pills).text
    assert "Keep naloxone (Narcan) at hand" in rehearsal


def test_the_programs_phone_number_in_the_plan_is_one_tap_to_call(journey, client):
    treatment = {**STANDARD_ANSWERS["treatment"], "contact": "Intake desk <Maria>, (555) 201-7788"}
    plan = walk_to(journey, "plan", treatment=treatment)
    links = [a for a in plan.root.iter("a") if a.get("href") == "tel:5552017788"]
    assert [a.text for a in links] == ["(555) 201-7788"]
    assert "Intake desk <Maria>, (555) 201-7788" in plan.text, "the words around the number are kept, escaped"
    named = walk_to(type(journey)(client), "plan", treatment={**STANDARD_ANSWERS["treatment"], "contact": "Ask for Maria"})
    assert "Ask for Maria" in named.text and not any(a.get("href", "").startswith("tel:5") for a in named.root.iter("a"))


@pytest.mark.parametrize("lang, said", [("en", "Coaching Into Care line ( 1-888-823-7458 )"), ("es", "Coaching Into Care del VA ( 1-888-823-7458 )")])
def test_a_veteran_or_service_members_family_is_told_of_the_va_coaching_line_and_military_help(journey, client, lang, said):
    """Page.text spaces out the number's own span: "( 1-888-823-7458 )"."""
    signs = {"warning": ["lies_secrecy"], "substances": ["alcohol"], "situation": ["served"]}
    start = "/" if lang == "en" else "/?lang=es"
    team = walk_to(journey, "team", start=start, signs=signs)
    assert said in team.text and "988" in team.text.split("Coaching Into Care")[1]
    plan = walk_to(type(journey)(client), "plan", start=start, signs=signs).text
    assert said in plan and "TRICARE" in plan
    assert "Coaching Into Care" not in walk_to(type(journey)(client), "plan", start=start).text


def test_a_gambling_only_family_reads_about_betting_not_sobriety_drugs_or_detox(journey, client):
    gambling = {"warning": ["lies_secrecy"], "substances": ["gambling"]}
    boundaries = walk_to(journey, "boundaries", signs=gambling).text
    assert "I will not pay your betting debts" in boundaries and "I will not drive you to a casino" in boundaries
    assert "while you are using" not in boundaries and "when you are sober" not in boundaries
    treatment = walk_to(type(journey)(client), "treatment", signs=gambling)
    kinds = "".join(treatment.root.find(".//dl[@class='treatment-kinds']").itertext())
    assert "Help for gambling problems" in kinds and "Medical detox" not in kinds and "Medicine for opioid" not in kinds
    assert "not straight after a big win or loss" in treatment.text and "most likely to be sober" not in treatment.text
    after = walk_to(type(journey)(client), "plan", signs=gambling).text.split("After the day", 1)[1]
    assert "Gam-Anon" in after and "Al-Anon" not in after and "Nar-Anon" not in after
    drinking = walk_to(type(journey)(client), "treatment")
    drinking_kinds = "".join(drinking.root.find(".//dl[@class='treatment-kinds']").itertext())
    assert "Medical detox" in drinking_kinds and "Help for gambling problems" not in drinking_kinds
    assert "most likely to be sober" in drinking.text
    everything = walk_to(type(journey)(client), "treatment", signs={"warning": ["lies_secrecy"], "substances": []})
    assert "Medicine for opioid use disorder" in "".join(everything.root.find(".//dl[@class='treatment-kinds']").itertext())


def test_the_programs_contact_box_takes_a_name_as_well_as_a_number(journey):
    """type=tel gives a phone's number pad, which cannot type 'Ask for Maria'."""
    treatment = walk_to(journey, "treatment")
    assert treatment.root.find(".//input[@name='contact']").get("type") == "text"


def test_a_typed_bottom_line_that_pours_out_the_drink_brings_the_withdrawal_caution_without_a_ticked_habit(journey, client):
    """QA 8: 'pour out the bottles' and 'take away your lorazepam' passed silently unless a habit box was ticked."""
    signs = {"warning": ["lies_secrecy"], "substances": ["alcohol", "prescription"], "danger": ["withdrawal"]}
    typed = {"category_m1_0": "other", "action_m1_0": "I will take away your lorazepam and pour out the bottles.", "keep_m1_0": "yes"}
    review = walk_to(journey, "review", signs=signs, boundaries=typed)
    assert "Taking alcohol or pills away all at once can bring dangerous withdrawal" in review.text
    plan = walk_to(type(journey)(client), "plan", signs=signs, boundaries=typed).text
    assert "Taking alcohol or pills away all at once" in plan and "except any a doctor said must wait" in plan
    calm = walk_to(type(journey)(client), "review", signs=signs)  # the standard 'I will stop paying your phone bill'
    assert "Taking alcohol or pills away all at once" not in calm.text


@pytest.mark.parametrize("lang, line, caution", [
    ("en", "If you say no, you will have to move out.", "One of the bottom lines takes a home away from someone under 18"),
    ("es", "Si dices que no, vamos a cambiar las cerraduras.", "Uno de los límites le quita el hogar a una persona menor de 18 años"),
])
def test_a_bottom_line_that_takes_a_home_from_someone_under_18_is_cautioned(journey, client, lang, line, caution):
    start = "/" if lang == "en" else "/?lang=es"
    young = {"signs": YOUNG_SIGNS}
    typed = {"category_m1_0": "housing", "action_m1_0": line, "keep_m1_0": "yes"}
    review = walk_to(journey, "review", start=start, boundaries=typed, **young)
    assert caution in review.text
    whose_home = {"en": "not staying at the home of a parent or guardian", "es": "la casa de su mamá, su papá o su tutor"}[lang]
    assert whose_home in review.text, "a grandparent or other guardian may be the one raising them"
    assert caution in walk_to(type(journey)(client), "plan", start=start, boundaries=typed, **young).text
    adult = walk_to(type(journey)(client), "review", start=start, boundaries=typed)
    assert caution not in adult.text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_bottom_line_that_takes_a_home_from_someone_under_18_is_cautioned_on_its_own_page_once(journey, client, lang):
    """Said beside the words, where they can still be changed, not a page later (QA 10, P3-7)."""
    words = client.application.extensions["planner.contents"][lang]
    caution, paused = words.cautions["young_person_home"], words.text("notices.caution_first")
    young = {"signs": YOUNG_SIGNS}
    line = "If you say no, you cannot live here anymore after your 18th birthday in March."
    typed = {"category_m1_0": "housing", "action_m1_0": line, "keep_m1_0": "yes"}
    walk_to(journey, "boundaries", start=f"/?lang={lang}", **young)
    page = journey.submit(**typed)
    assert page.step == "boundaries" and paused in page.text
    raised = page.root.find(".//*[@data-raised-cautions]")
    assert raised is not None and caution in " ".join("".join(raised.itertext()).split())
    assert dict(page.form_values())["action_m1_0"] == line, "the words are kept to change or keep"
    moved_on = journey.submit()
    assert moved_on.step == "rehearsal" and moved_on.root.find(".//*[@data-raised-cautions]") is None, "said once"
    assert caution in walk_to(type(journey)(client), "review", start=f"/?lang={lang}", boundaries=typed, **young).text
    grown = type(journey)(client)
    walk_to(grown, "boundaries", start=f"/?lang={lang}")
    assert grown.submit(**typed).step == "rehearsal", "an adult's move-out line brings no pause"


def test_a_teens_plan_says_where_a_minor_goes_if_they_walk_out_and_speaks_of_school(journey, client):
    young = {"signs": YOUNG_SIGNS}
    habits = {**STANDARD_ANSWERS["boundaries"], "enabling_m1": ["making_excuses"]}
    plan = walk_to(journey, "plan", boundaries=habits, **young).text
    assert "a parent or guardian still needs to know where they go" in plan, "a grandparent or aunt may be raising them"
    assert "making excuses for you at work, at school or to the family" in plan
    assert "still needs to know where they go" not in walk_to(type(journey)(client), "plan").text


def test_methadone_is_swapping_one_drug_for_another_is_rehearsed_where_opioids_may_be_used(journey, client):
    signs = {"warning": ["lies_secrecy"], "substances": ["opioids"]}
    opioids = walk_to(journey, "rehearsal", signs=signs)
    assert "swapping_drugs" in [o.get("value") for o in opioids.root.iter("option")]
    plan = walk_to(type(journey)(client), "plan", signs=signs, rehearsal={"objection_0": "swapping_drugs", "answered_by_0": "m1"}).text
    assert "swapping one drug for another" in plan
    assert "like insulin for diabetes" in plan and "lower the risk of dying from an overdose" in plan
    alcohol = walk_to(type(journey)(client), "rehearsal")  # the standard family ticks alcohol only
    assert "swapping_drugs" not in [o.get("value") for o in alcohol.root.iter("option")]
    assert "swapping one drug for another" not in alcohol.text


@pytest.mark.parametrize("lang, said", [("en", "Eldercare Locator ( 1-800-677-1116"), ("es", "Eldercare Locator ( 1-800-677-1116")])
def test_an_older_adults_family_hears_of_medicines_falls_and_medicare(journey, client, lang, said):
    signs = {"warning": ["lies_secrecy"], "substances": ["alcohol"], "situation": ["older"]}
    start = "/" if lang == "en" else "/?lang=es"
    team = walk_to(journey, "team", start=start, signs=signs)
    assert said in team.text and "Medicare" in team.text
    plan = walk_to(type(journey)(client), "plan", start=start, signs=signs).text
    assert said in plan
    assert "Eldercare" not in walk_to(type(journey)(client), "plan", start=start).text


def test_prescription_pills_with_alcohol_bring_a_breathing_and_falls_caution(journey, client):
    both = {"warning": ["lies_secrecy"], "substances": ["prescription", "alcohol"]}
    plan = walk_to(journey, "plan", signs=both).text
    assert "can slow breathing when taken with alcohol, even at the dose the doctor prescribed" in plan
    alcohol = walk_to(type(journey)(client), "plan", signs={"warning": ["lies_secrecy"], "substances": ["alcohol"]}).text
    assert "even at the dose the doctor prescribed" not in alcohol


@pytest.mark.parametrize("substances, opioid_line", [(["alcohol"], False), (["alcohol", "opioids"], True), ([], True)])
def test_the_crisis_page_speaks_of_opioid_withdrawal_only_where_opioids_may_be_involved(journey, substances, opioid_line):
    crisis = walk_to(journey, "crisis", signs={"warning": [], "substances": substances, "danger": ["withdrawal"]})
    assert "Do not let them stop suddenly on their own" in crisis.text
    assert ("opioid withdrawal is rarely deadly" in crisis.text) is opioid_line
    # Said as a condition: a sleeping pill with wine brings it too, and it must not read as a mistake (QA 10, P3-6).
    assert ("If opioids are involved (heroin, fentanyl, or pain pills such as oxycodone)" in crisis.text) is opioid_line


def test_withdrawal_alone_suggests_a_planned_talk_with_detox_not_the_crisis_approach(journey):
    signs = {"warning": ["lies_secrecy"], "substances": ["alcohol"], "danger": ["withdrawal"]}
    approach = walk_to(journey, "approach", signs=signs)
    assert "That is a reason to plan a medical detox" in approach.text
    checked = approach.root.find(".//input[@name='approach'][@checked]")
    assert checked is not None and checked.get("value") != "crisis"


def test_someone_joining_by_call_gets_a_tested_call_and_a_backup_reader_but_cannot_follow_a_walkout(journey, client):
    team = {
        **STANDARD_ANSWERS["team"],
        "members-1-name": "Mike",
        "members-1-relationship": "child",
        "members-1-role": "by_call",
    }
    rehearsal = walk_to(journey, "rehearsal", team=team, statements={"letter_m1": LETTER, "letter_m2": LETTER})
    followers = [o.get("value") for o in rehearsal.root.findall(".//select[@name='walkout_follower']/option")]
    answerers = [o.get("value") for o in rehearsal.root.findall(".//select[@name='answered_by_0']/option")]
    assert "m1" in followers and "m2" not in followers and "m2" in answerers
    plan = walk_to(type(journey)(client), "plan", team=team, statements={"letter_m1": LETTER, "letter_m2": LETTER})
    assert "We tested the call with anyone joining by phone or video" in checklist_of(plan)
    # "Phones are on silent" is on every checklist: the call's own phone is the one left on (QA 10, P3-4).
    assert "the one phone not on silent" in checklist_of(plan)
    assert "Joins by phone or video call" in plan.text
    assert "We tested the call" not in checklist_of(walk_to(type(journey)(client), "plan"))
@pytest.mark.parametrize(
    ("lang", "says", "reply", "note"),
    [
        ("en", "You can't make me go. It's my choice.", "because we love you, and it is our job to keep you safe", "ask the program before the day what your state allows"),
        ("es", "No me pueden obligar a ir. Yo decido.", "porque te queremos, y nuestro deber es cuidarte", "pregunten al programa qué permite su estado"),
    ],
)
def test_a_teen_saying_you_cannot_make_me_go_is_rehearsed_with_a_calm_answer_and_what_to_check(journey, client, lang, says, reply, note):
    """For someone under 18 there is a true answer: parents can often arrange treatment, and the state's rules say when."""
    start = "/" if lang == "en" else "/?lang=es"
    young = {"signs": YOUNG_SIGNS}
    rehearsal = walk_to(journey, "rehearsal", start=start, **young)
    assert "cant_make_me" in [o.get("value") for o in rehearsal.root.iter("option")]
    assert reply in rehearsal.text and note in rehearsal.text.lower()
    cards = {"objection_0": "cant_make_me", "answered_by_0": "m1"}
    plan = walk_to(type(journey)(client), "plan", start=start, rehearsal=cards, **young).text
    assert says in plan and reply in plan and note in plan.lower()
    adult = walk_to(type(journey)(client), "rehearsal", start=start)
    assert "cant_make_me" not in [o.get("value") for o in adult.root.iter("option")]
    assert says not in adult.text and note not in adult.text.lower()


@pytest.mark.parametrize(
    ("lang", "not_a_crisis_line"),
    [("en", "It is not a crisis line"), ("es", "No es una línea de crisis")],
)
def test_a_parents_helpline_is_offered_to_a_teen_s_family_or_a_parent_and_kept_whole(journey, client, lang, not_a_crisis_line):
    start = "/" if lang == "en" else "/?lang=es"
    aunt = {**STANDARD_ANSWERS["team"], "members-0-relationship": "sibling"}
    teen = walk_to(journey, "plan", start=start, signs=YOUNG_SIGNS, team=aunt)
    after = teen.text.split("Partnership to End Addiction", 1)
    assert len(after) == 2 and "1-855-378-4373" in after[1] and not_a_crisis_line in after[1]
    kept_whole = [span.text for span in teen.root.iter("span") if span.get("class") == "phone-number"]
    assert "1-855-378-4373" in kept_whole
    parent = walk_to(type(journey)(client), "plan", start=start).text  # José is the adult loved one's parent
    assert "1-855-378-4373" in parent
    partner = {**STANDARD_ANSWERS["team"], "members-0-relationship": "partner"}
    assert "1-855-378-4373" not in walk_to(type(journey)(client), "plan", start=start, team=partner).text


@pytest.mark.parametrize(
    ("lang", "safety_first", "after_the_day", "look_real", "strips", "never_alone"),
    [
        ("en", "Safety first", "After the day", "even when they look real", "Fentanyl test strips can check pills and powder", "never to use alone"),
        ("es", "La seguridad primero", "Después del día", "aunque parezcan de verdad", "Las tiras de prueba de fentanilo pueden revisar pastillas y polvo", "nunca consuma a solas"),
    ],
)  # fmt: skip
def test_a_teen_buying_pills_online_gets_fentanyl_test_strips_and_never_use_alone(journey, client, lang, safety_first, after_the_day, look_real, strips, never_alone):
    """Where the plan speaks of naloxone, it also says what keeps someone who still uses safer."""
    start = "/" if lang == "en" else "/?lang=es"
    pills = {"warning": ["lies_secrecy"], "substances": ["other_drugs"], "under_18": "y"}
    plan = walk_to(journey, "plan", start=start, signs=pills).text
    first, after = plan.split(safety_first, 1)[1], plan.split(after_the_day, 1)[1]
    assert look_real in first.split(after_the_day, 1)[0]
    assert strips in after and never_alone in after and look_real in after
    drinking = walk_to(type(journey)(client), "plan", start=start).text  # alcohol only: no naloxone, no test strips
    assert strips not in drinking and never_alone not in drinking

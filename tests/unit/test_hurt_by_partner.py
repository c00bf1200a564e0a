"""Someone hurting the loved one (QA 11, P2-5): a danger to them, not from them, with its own advice."""

import json
import zlib

import pytest

from wizard import flow
from wizard.content import load_content
from wizard.plan import Boundary, MemberBoundaries, Plan, Signs, Team
from wizard.steps import Step, in_danger
from wizard.token import ENVELOPE, decode, fernet_for
from wizard.vocabulary import (
    Approach,
    BottomLineRisk,
    BoundaryCategory,
    CanKeep,
    DangerSign,
    Interventionist,
    Language,
    Situation,
    Substance,
)

RISK_RULES = tuple(load_content(language.value).bottom_line_risks for language in Language)
HURT = DangerSign.HURT_BY_PARTNER


def _plan(*danger: DangerSign, line: str = "", approach=Approach.INVITATIONAL) -> Plan:
    plan = Plan(
        signs=Signs(danger=list(danger), substances=[Substance.STIMULANTS]),
        approach=approach,
        team=Team(interventionist=Interventionist.FAMILY_LEADS),
    )
    if line:
        item = Boundary(category=BoundaryCategory.OTHER, action=line, can_keep=CanKeep.YES)
        plan = plan.model_copy(update={"boundaries": {"m1": MemberBoundaries(items=[item])}})
    return flow.noting_bottom_line_risks(plan, RISK_RULES)


def test_ticking_it_is_danger_and_the_crisis_page_comes_next():
    plan = Plan(signs=Signs(danger=[HURT]))
    assert in_danger(plan)
    assert flow.next_after(Step.SIGNS, plan) is Step.CRISIS


def test_it_brings_its_own_caution_not_the_one_that_treats_the_loved_one_as_violent():
    found = flow.cautions(_plan(HURT))
    assert "hurt_by_partner" in found
    assert "violence" not in found and "danger_no_professional" not in found and "danger_surprise" not in found
    assert "hurt_by_partner" not in flow.cautions(_plan(DangerSign.VIOLENCE)), "violence stays as it was"
    assert flow.cautions(_plan(DangerSign.VIOLENCE))[0] == "violence"
    both = flow.cautions(_plan(DangerSign.VIOLENCE, HURT))
    assert both[:2] == ("violence", "hurt_by_partner")


def test_it_is_shown_with_the_bottom_lines():
    assert "hurt_by_partner" in flow.bottom_line_cautions(_plan(HURT))
    assert "hurt_by_partner" not in flow.bottom_line_cautions(_plan(DangerSign.OVERDOSE))


@pytest.mark.parametrize("line", [
    "I will not answer your calls at midnight if you are high.",
    "No voy a contestar tus llamadas a medianoche si estás drogada.",
    "There will be no contact until you go to treatment.",
])
def test_a_bottom_line_that_cuts_off_contact_is_cautioned_only_while_someone_hurts_them(line):
    hurt = _plan(HURT, line=line)
    assert hurt.bottom_line_risks == [BottomLineRisk.CUTS_CONTACT]
    assert "hurt_by_partner_contact" in flow.bottom_line_cautions(hurt)
    before = _plan(HURT, line="I will not give you money.")
    assert flow.bottom_line_cautions_raised(before, hurt) == ("hurt_by_partner_contact",), "said on the bottom-lines page"
    assert "hurt_by_partner_contact" not in flow.cautions(_plan(line=line)), "no one is hurting them: no caution"
    assert "hurt_by_partner_contact" not in flow.cautions(_plan(DangerSign.VIOLENCE, line=line))
    assert "hurt_by_partner_contact" not in flow.cautions(_plan(HURT, line="I will always answer when you call."))


def test_the_suggestion_is_an_open_invitation_not_the_crisis_approach():
    alone = flow.suggest_approach(Plan(signs=Signs(danger=[HURT], situation=[Situation.REFUSED_HELP])))
    assert alone.approach is Approach.INVITATIONAL and alone.reasons == ("hurt_by_partner",)
    with_withdrawal = flow.suggest_approach(Plan(signs=Signs(danger=[HURT, DangerSign.WITHDRAWAL])))
    assert with_withdrawal.approach is Approach.INVITATIONAL and with_withdrawal.reasons == ("hurt_by_partner", "withdrawal")
    with_overdose = flow.suggest_approach(Plan(signs=Signs(danger=[HURT, DangerSign.OVERDOSE])))
    assert with_overdose.approach is Approach.CRISIS, "an overdose still calls for the crisis approach"


@pytest.mark.parametrize("lang", [language.value for language in Language])
def test_the_program_is_asked_about_help_for_someone_hurt_at_home_only_with_the_sign(lang):
    guide = load_content(lang).pages["treatment"]
    asked = guide.questions_for(flow.cautions(_plan(HURT)))
    assert asked[: len(guide.questions_when["hurt_by_partner"])] == guide.questions_when["hurt_by_partner"]
    for question in guide.questions_when["hurt_by_partner"]:
        assert question not in guide.questions_for(flow.cautions(_plan(DangerSign.VIOLENCE)))


@pytest.mark.parametrize("lang", [language.value for language in Language])
def test_its_card_uses_the_hotline_numbers_already_on_the_violence_card(lang):
    danger = load_content(lang).danger
    hotline = {(n.id, n.number, n.href) for n in danger["violence"].numbers}
    assert {(n.id, n.number, n.href) for n in danger["hurt_by_partner"].numbers} == hotline
    assert "911" in danger["hurt_by_partner"].first_action


def test_a_plan_saved_before_the_sign_existed_still_opens_and_reads_as_before():
    keys = fernet_for(["first-secret"])
    raw = json.loads(Plan().model_dump_json())
    raw["signs"]["danger"] = ["violence"]
    raw["bottom_line_risks"] = ["takes_home"]
    token = ENVELOPE + keys.encrypt(zlib.compress(json.dumps(raw).encode())).decode()
    plan = decode(token, keys)
    assert plan.signs.danger == [DangerSign.VIOLENCE] and plan.bottom_line_risks == [BottomLineRisk.TAKES_HOME]
    assert "hurt_by_partner" not in flow.cautions(plan.model_copy(update={"approach": Approach.INVITATIONAL}))


def test_the_caution_knows_which_line_it_is_about_only_where_it_matters():
    """QA 12 P3-3: the pause quotes the line it means; the same line is nothing to warn about elsewhere."""
    cut, calm = "Don't call me until you leave him.", "I will not pay your phone bill."
    assert flow.cautions_about_line(_plan(HURT), cut, RISK_RULES) == ("hurt_by_partner_contact",)
    assert flow.cautions_about_line(_plan(HURT), "No me llames hasta que lo dejes.", RISK_RULES) == ("hurt_by_partner_contact",)
    assert flow.cautions_about_line(_plan(HURT), calm, RISK_RULES) == ()
    assert flow.cautions_about_line(_plan(DangerSign.OVERDOSE), cut, RISK_RULES) == (), "no one is hurting them"
    young = _plan().model_copy(update={"team": Team(interventionist=Interventionist.FAMILY_LEADS, under_18=True)})
    assert flow.cautions_about_line(young, "I will change the locks.", RISK_RULES) == ("young_person_home",)


def test_a_supply_line_is_quoted_under_the_written_withdrawal_caution_too():
    """Withdrawal known only from a letter brings the "_written" twin of the supply caution: the
    line that takes the drink away is quoted under it (and its praise held back), as under the ticked one."""
    pour = "I will pour out every bottle in the house."
    ticked = _plan(DangerSign.WITHDRAWAL, line=pour)
    written = _plan(line=pour).model_copy(update={"danger_in_words": [DangerSign.WITHDRAWAL]})
    assert "withdrawal_supply_written" in flow.bottom_line_cautions(written)
    assert flow.cautions_about_line(ticked, pour, RISK_RULES) == ("withdrawal_supply",)
    assert flow.cautions_about_line(written, pour, RISK_RULES) == ("withdrawal_supply_written",)
    assert flow.cautions_about_line(_plan(line=pour), pour, RISK_RULES) == (), "no withdrawal known"

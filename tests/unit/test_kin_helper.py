"""A teen names the adult behind a bottom line as a teen would: "Mom", "my step-dad", "mi papá" (QA 15 P3-1).

Kayla (17) wrote "I will not lend you my car" with "Mom" under "Who will help me keep it?", her mother Lisa on
the team, and still got "ask an adult on the team to stand behind it". A kinship word counts now when an adult
with that relationship is on the team (flow.KIN_RELATIONSHIPS; the words: rules/bottom-line-risks.md kin_words):
never the interpreter, never someone under 18, never a relationship no one on the team has."""

import pytest

from tests.unit.test_content import copy_content
from wizard import flow
from wizard.content import ContentError, load_content
from wizard.plan import Boundary, Member, MemberBoundaries, Plan, Team
from wizard.vocabulary import Approach, BoundaryCategory, CanKeep, Language, Relationship, Role

RISK_RULES = tuple(load_content(language.value).bottom_line_risks for language in Language)
CAR = "I will not lend you my car."
KAYLA = Member(id="m1", name="Kayla", relationship=Relationship.SIBLING, role=Role.SPEAKER, under_18=True)


def adult(relationship: Relationship, name: str = "Lisa", **changes) -> Member:
    return Member(id="m2", name=name, relationship=relationship, role=Role.LEADER).model_copy(update=changes)


def _plan(helper: str, *others: Member) -> Plan:
    item = Boundary(category=BoundaryCategory.CAR, action=CAR, can_keep=CanKeep.YES, helper=helper)
    team = Team(members=[KAYLA, *others])
    plan = Plan(team=team, approach=Approach.INVITATIONAL, boundaries={"m1": MemberBoundaries(items=[item])})
    return flow.noting_bottom_line_risks(plan, RISK_RULES)


def alone(plan: Plan) -> bool:
    """Both ways the caution is found: the page's every-language words, and cautions() with none given."""
    with_words = flow.young_lines_alone(plan, RISK_RULES) == [KAYLA]
    assert with_words == ("young_member_line" in flow.cautions(plan))
    return with_words


@pytest.mark.parametrize(
    ("helper", "relationship"),
    [
        ("Mom", Relationship.PARENT),
        ("my dad", Relationship.PARENT),
        ("MOM", Relationship.GUARDIAN),
        ("Mom", Relationship.STEP_PARENT),  # a teen may call a step-parent "Mom"
        ("my step-dad", Relationship.STEP_PARENT),
        ("Stepmom", Relationship.STEP_PARENT),
        ("Grandma", Relationship.GRANDPARENT),
        ("Aunt Dana", Relationship.RELATIVE),
        ("my uncle", Relationship.OTHER),  # an aunt or uncle saved as "Other" before "relative" was offered
        ("mamá", Relationship.PARENT),
        ("mi papá", Relationship.PARENT),
        ("Mi papa", Relationship.PARENT),  # accents aside
        ("mi padrastro", Relationship.STEP_PARENT),
        ("la abuela", Relationship.GRANDPARENT),
        ("mi tía", Relationship.RELATIVE),
    ],
)
def test_a_kinship_word_counts_when_someone_with_that_relationship_is_on_the_team(helper, relationship):
    assert alone(_plan("", adult(relationship)))
    assert not alone(_plan(helper, adult(relationship)))


@pytest.mark.parametrize(
    ("helper", "team"),
    [
        ("Mom", (adult(Relationship.RELATIVE, "Dana"),)),  # only an aunt on the team
        ("my dad", (adult(Relationship.GRANDPARENT),)),
        ("my step-dad", (adult(Relationship.PARENT),)),  # "step-dad" is not "dad"
        ("Grandma", (adult(Relationship.PARENT),)),
        ("mi papá", (adult(Relationship.RELATIVE, "Dana"),)),
        ("Mom", (adult(Relationship.PARENT, role=Role.INTERPRETER),)),  # the interpreter keeps no one's line
        ("my brother", (adult(Relationship.SIBLING, under_18=True),)),
        ("Mom", (adult(Relationship.PARENT, under_18=True),)),  # an under-18 member's relationship never counts
        ("Momo", (adult(Relationship.PARENT),)),  # whole words only
        ("my friend Sam", (adult(Relationship.PARENT),)),
    ],
)
def test_no_caution_cleared_without_an_adult_with_that_relationship(helper, team):
    assert alone(_plan(helper, *team))


def test_an_adults_name_still_counts():
    assert not alone(_plan("Lisa", adult(Relationship.FRIEND)))


def test_the_words_are_content_and_a_typo_fails_the_loader(tmp_path):
    root = copy_content(tmp_path)
    path = root / "es" / "rules" / "bottom-line-risks.md"
    path.write_text(path.read_text().replace("  - kin: step_parent", "  - kin: stepparent", 1))
    with pytest.raises(ContentError, match=r"rules/bottom-line-risks\.md"):
        load_content("es", root)
    path.write_text(path.read_text().replace("kin_words:", "kin_word:", 1))
    with pytest.raises(ContentError, match=r"rules/bottom-line-risks\.md"):
        load_content("es", root)

"""Which language a page speaks: the plan's own, or, before there is a plan, the family's choice.

The start page can be opened as /?lang=es (a link on the page, or the embed
snippet's data-lang); without it, the browser's Accept-Language decides. Once the
family starts, the language lives in the Plan, so every later page, the print
view and the PDF follow it without a cookie. Step forms still post to
/step/<slug>?lang=<code>: when a body is too large to read (or its token is
broken), the plan cannot say its language, and the address can. Only the code
ever goes there, never anything the family typed.
"""

from flask import current_app, g, request

from wizard.content import Content
from wizard.vocabulary import Language

CODES = [language.value for language in Language]


def chosen_on_arrival() -> Language:
    asked = request.args.get("lang", "")
    if asked in CODES:
        return Language(asked)
    return Language(request.accept_languages.best_match(CODES, default=Language.ENGLISH.value))


def use(language: Language | str) -> None:
    g.lang = Language(language).value


def words() -> Content:
    """The content for the language of the page being built."""
    contents = current_app.extensions["planner.contents"]
    return contents.get(g.get("lang", Language.ENGLISH.value), contents[Language.ENGLISH.value])

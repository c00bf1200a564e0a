"""PlanDocument -> PDF bytes, with reportlab's Platypus.

reportlab installs from pip alone (no system libraries, unlike WeasyPrint).
Its built-in fonts are Latin-1 only, so we register the shipped DejaVu Sans
(static/fonts, licence beside it) once per process: every name, accent and
curly quote prints. reportlab does not fall back to another font by itself, so
the family's text is cut into runs, each set in the first shipped font that has
its characters: DejaVu Sans, then Droid Sans Fallback (Chinese, Japanese),
NanumSquare (Korean), then a Symbola subset (emoji, in black and white). Text with CJK
characters wraps between any two characters, as those languages do.
Right-to-left scripts: reportlab's own bidi needs rlbidi, which is not on our
package index, so the text is put in visual order here with python-bidi (the
Unicode bidi algorithm) after Arabic letters are given their joined forms by
arabic-reshaper (DejaVu Sans has those forms). A paragraph that starts in Hebrew or
Arabic is wrapped into lines first, in reading order, and each line is then
reordered and set right-aligned: reordering a whole paragraph before wrapping
would print its last line first.

A registered TTFont keeps its subsetting state on the shared font object, so
two threads building PDFs at once can corrupt each other (a KeyError in
makeSubset, found by `make load` under gunicorn's threaded workers). One lock
per process serialises the build; a PDF takes tens of milliseconds.

Speed: reportlab's C helpers come in the separate `rl_accel` package (in
requirements.txt; without it reportlab quietly falls back to Python and the
eight-letter plan takes ~50 % longer), and page streams are written as plain
compressed binary rather than ASCII85 text, which is smaller and skips an
encoding pass.
"""

import threading
import unicodedata
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from wizard.document import PlanDocument
from wizard.phones import is_phone

rl_config.useA85 = 0  # binary streams: smaller and faster than ASCII85 text
FONT_DIR = Path(__file__).resolve().parent.parent / "static" / "fonts"
REGULAR, BOLD = "PlannerSans", "PlannerSans-Bold"
CJK, HANGUL, SYMBOLS = "PlannerCJK", "PlannerHangul", "PlannerSymbols"
FALLBACKS = {CJK: "DroidSansFallbackFull.ttf", HANGUL: "NanumSquareR.ttf", SYMBOLS: "SymbolaEmoji.ttf"}
# Presentation selectors ask for a colour emoji we cannot print; alone they print as a box.
INVISIBLE = dict.fromkeys(map(ord, "\ufe0e\ufe0f"))
# Bidi isolates (document.names_list) steer the reordering, then go: fonts have no glyph for them.
ISOLATES = dict.fromkeys(range(0x2066, 0x206A))
_FONT_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    for name, file in FALLBACKS.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=11, leading=15, spaceAfter=6)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=22, leading=28, spaceAfter=8),
        "subtitle": ParagraphStyle("subtitle", parent=body, textColor=colors.HexColor("#444444")),
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=16, leading=20, spaceBefore=12),
        "h3": ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=14, leading=18, spaceBefore=8),
        "body": body,
        "note": ParagraphStyle("note", parent=body, leftIndent=18, bulletIndent=6),
        # Letters are read aloud under stress: large type, generous spacing.
        "letter": ParagraphStyle("letter", parent=body, fontSize=15, leading=22, spaceAfter=10),
        "footer": ParagraphStyle("footer", parent=body, fontSize=8, leading=10),
    }


@lru_cache(maxsize=1)
def _coverage() -> list[tuple[str, frozenset[int]]]:
    """Each font in fallback order with the characters it can draw."""
    _styles()
    return [(name, frozenset(pdfmetrics.getFont(name).face.charToGlyph)) for name in (REGULAR, *FALLBACKS)]


def _font_for(char: str) -> str:
    code = ord(char)
    if char == "\n" or code < 0x250:
        return REGULAR
    return next((name for name, chars in _coverage() if code in chars), REGULAR)


def _has_rtl(value: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in value)


def _starts_rtl(value: str) -> bool:
    """Whether the first letter with a direction is Hebrew or Arabic (the paragraph's direction)."""
    for char in value:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _visual(line: str, base: str = "L") -> str:
    """One line in the order it is drawn, left to right, Arabic letters joined."""
    if not _has_rtl(line):
        return line
    return get_display(arabic_reshaper.reshape(line), base_dir=base)


def _text(value: str) -> str:
    """The family's text as reportlab mark-up: escaped, line breaks kept, each run in a font that has it."""
    value = value.translate(INVISIBLE)
    if _has_rtl(value):  # within a left-to-right page: each line reordered on its own
        value = "\n".join(_visual(line) for line in value.split("\n"))
    return _text_runs(value.translate(ISOLATES))


def _text_runs(value: str) -> str:
    """Text already in drawing order as mark-up: escaped, each run in a font that has it."""
    runs: list[tuple[str, list[str]]] = []
    for char in value:
        font = _font_for(char)
        if runs and runs[-1][0] == font:
            runs[-1][1].append(char)
        else:
            runs.append((font, [char]))
    marked = []
    for font, chars in runs:
        run = escape("".join(chars)).replace("\n", "<br/>")
        marked.append(run if font == REGULAR else f'<font name="{font}">{run}</font>')
    return "".join(marked)


def _paragraph(markup: str, style: ParagraphStyle, **options) -> Paragraph:
    """A paragraph that may break between any two characters when it holds CJK text (no spaces to break at)."""
    if f'name="{CJK}"' in markup or f'name="{HANGUL}"' in markup:
        style = _cjk_variant(style)
    return Paragraph(markup, style, **options)


@lru_cache(maxsize=16)
def _cjk_variant(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")


MARGIN = 0.75 * inch
TEXT_WIDTH = LETTER[0] - 2 * MARGIN  # the width right-to-left paragraphs are wrapped to


def _flow(value: str, style: ParagraphStyle) -> list:
    """A paragraph of the family's text: right-aligned lines when it is written right to left."""
    if not _starts_rtl(value):
        return [_paragraph(_text(value), style)]
    lines: list[str] = []
    for hard_line in value.translate(INVISIBLE).split("\n"):
        line = ""
        for word in hard_line.split(" "):
            longer = f"{line} {word}" if line else word
            fits = pdfmetrics.stringWidth(arabic_reshaper.reshape(longer), style.fontName, style.fontSize) <= TEXT_WIDTH
            if line and not fits:
                lines.append(line)
                line = word
            else:
                line = longer
        lines.append(line)
    right, last = _rtl_variants(style)
    return [
        _paragraph(_text_runs(_visual(line, base="R").translate(ISOLATES)), last if n == len(lines) - 1 else right)
        for n, line in enumerate(lines)
    ]


@lru_cache(maxsize=16)
def _rtl_variants(style: ParagraphStyle) -> tuple[ParagraphStyle, ParagraphStyle]:
    """Right-aligned lines of one paragraph: spacing after the last line only."""
    right = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT, spaceAfter=0, spaceBefore=0)
    last = ParagraphStyle(f"{style.name}-rtl-last", parent=style, alignment=TA_RIGHT, spaceBefore=0)
    return right, last


def _wrap(parts: list[str], width: float) -> list[str]:
    """Footer parts joined with " · " into as few lines as fit the page width."""
    lines: list[str] = []
    for part in parts:
        joined = f"{lines[-1]} · {part}" if lines else part
        if lines and pdfmetrics.stringWidth(joined, REGULAR, 8) <= width:
            lines[-1] = joined
        else:
            lines.append(part)
    return lines


def _fact(value: str) -> str:
    """A fact's value as mark-up; a phone number in it (phones.with_phone) is a link a phone can call,
    as on the plan page, with the words around it kept as typed. Its spaces do not break: a number
    read in two halves is a number misdialled (reportlab breaks lines at spaces, not hyphens)."""
    if not is_phone(value):
        return _text(value)
    number = _text(value.number.replace(" ", "\u00a0"))
    return f'{_text(value.before)}<link href="{escape(value.href)}">{number}</link>{_text(value.after)}'


def render_pdf(document: PlanDocument) -> bytes:
    styles = _styles()
    story = [_paragraph(_text(document.title), styles["title"]), _paragraph(_text(document.subtitle), styles["subtitle"])]
    for number in document.emergency:
        # Tappable in a phone's PDF viewer; non-breaking hyphens keep the number on one line.
        digits = _text(number.number.replace("-", "\u2011"))
        story.append(_paragraph(f'<b>{_text(number.label)}</b>: <link href="{escape(number.href)}">{digits}</link>', styles["body"]))
    for section in document.sections:
        if section.letters and not (story and isinstance(story[-1], PageBreak)):
            story.append(PageBreak())  # not twice: two letters sections in a row would leave a blank page
        story.append(_paragraph(_text(section.title), styles["h2"]))
        story += [flowable for p in section.paragraphs for flowable in _flow(p, styles["body"])]
        story += [_paragraph(f"<b>{_text(k)}</b>: {_fact(v)}", styles["body"]) for k, v in section.facts]
        # A checklist item carries its own box (☐): no bullet beside it.
        for item in section.items:
            story.append(_paragraph(_text(item), styles["body"], bulletText=None if item.startswith("☐") else "•"))
            # Beneath an item, its own lines: a written danger sign's words and whose they are.
            story += [_paragraph(_text(note), styles["note"], bulletText="–") for note in section.notes.get(item, ())]
        for position, letter in enumerate(section.letters):
            if position:
                story.append(PageBreak())
            paragraphs = [p for p in letter.text.split("\n\n") if p.strip()] or [""]
            heading = [_paragraph(_text(letter.heading), styles["h3"])]
            if letter.note:
                heading.append(_paragraph(_text(letter.note), styles["subtitle"]))
            story.append(KeepTogether([*heading, Spacer(1, 6)]))
            story += [flowable for p in paragraphs for flowable in _flow(p, styles["letter"])]
        if section.letters:
            story.append(PageBreak())  # each letter on its own pages: what follows starts afresh

    footer_lines = _wrap(document.footer.split(" · "), LETTER[0] - 2.25 * inch)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        for row, line in enumerate(footer_lines):
            canvas.drawString(MARGIN, (0.5 + 0.15 * (len(footer_lines) - 1 - row)) * inch, line)
        canvas.drawRightString(LETTER[0] - MARGIN, 0.5 * inch, str(doc.page))
        canvas.restoreState()

    buffer = BytesIO()
    pdf = SimpleDocTemplate(
        buffer, pagesize=LETTER, title=document.file_title, author="", subject="", creator="",
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=1.1 * inch,
    )  # fmt: skip
    with _FONT_LOCK:
        pdf.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()

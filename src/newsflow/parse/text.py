"""Parser for articles flattened to text (FORMAT.md): headline, byline, photos glued to paragraphs, boxes.

Every field of the result is raw text cut from the input; nothing is normalized here.
"""

from __future__ import annotations

import re

from newsflow.lexicon import Lexicon, load_lexicon
from newsflow.models import ParsedArticle, ParseError, Photo, RelatedBox
from newsflow.parse.credits import Credit, find_label, read_credit

MAX_TITLE = 300
MAX_BYLINE = 120

TITLE_SUFFIX = re.compile(r"^(?P<title>.+?)(?P<sep>\s+[-–—|]\s+|\s*[-–—|]\s*)(?P<publisher>[^-–—|]{1,40}?)\s*$")
SENTENCE_PUNCT = re.compile(r"[。!?！？;；,，:：“”\"]")

BYLINE_SEPARATORS = re.compile(r"\s*(?:,|，|、|;|；|\band\b|&)\s*")
# "Iain Marlow", "Mei Ling Tan", "Anna de Vries", "Lucía Morales", "J. R. Smith": up to five words, capitalised
LATIN_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f"
LATIN_NAME = re.compile(
    rf"^[A-Z\u00c0-\u00de][{LATIN_LETTER}.'’\-]*(?:\s+[{LATIN_LETTER}][{LATIN_LETTER}.'’\-]*){{0,4}}$"
)
CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
TRANSLITERATED_NAME = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:[·・‧][\u4e00-\u9fff]{1,8}){1,3}$")

TABLE_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
TABLE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
BOX_ITEM = re.compile(r"(?:^|\s)\*\s+")


def split_title(line: str, lexicon: Lexicon) -> tuple[str, str | None]:
    """Headline and publisher from `headline - publisher` (or ` | publisher`)."""
    match = TITLE_SUFFIX.match(line)
    if match:
        publisher = match.group("publisher").strip()
        spaced = match.group("sep").strip() != match.group("sep")
        known = lexicon.publisher(publisher) is not None
        plausible = spaced and len(publisher) <= 20 and not SENTENCE_PUNCT.search(publisher)
        if known or plausible:
            return match.group("title").strip(), publisher
    return line.strip(), None


def byline_names(line: str) -> list[str] | None:
    """The author names when the line is a byline, else None."""
    text = line.strip()
    if not text or len(text) > MAX_BYLINE or "。" in text:
        return None
    names = [part.strip() for part in BYLINE_SEPARATORS.split(text) if part.strip()]
    if not names:
        return None
    for name in names:
        if not (LATIN_NAME.match(name) or CJK_NAME.match(name) or TRANSLITERATED_NAME.match(name)):
            return None
    return names


def _box(rows: list[str], after_paragraph: int) -> RelatedBox:
    cells = [TABLE_ROW.match(row).group("cells").strip() for row in rows if not TABLE_RULE.match(row)]  # type: ignore[union-attr]
    heading = ""
    if cells and not BOX_ITEM.search(cells[0]) and not cells[0].startswith("*"):
        heading = cells.pop(0)
    headlines: list[str] = []
    for cell in cells:
        headlines.extend(item.strip() for item in BOX_ITEM.split(cell) if item.strip())
    return RelatedBox(heading=heading, headlines=headlines, after_paragraph=after_paragraph)


def _starts_with_label(line: str) -> bool:
    match = find_label(line)
    return match is not None and match.start == 0


def parse_text(text: str, lexicon: Lexicon | None = None) -> ParsedArticle:
    """Parse one article in the text format; raises ParseError when it is not one."""
    lexicon = lexicon or load_lexicon()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines[0].strip():
        raise ParseError("no_title", "the first line (the headline) is empty")
    if len(lines[0]) > MAX_TITLE:
        raise ParseError("no_title", f"the first line is {len(lines[0])} characters long, not a headline")
    title, publisher = split_title(lines[0], lexicon)

    body = [line for line in lines[1:] if line.strip()]
    authors: list[str] = []
    if body:
        names = byline_names(body[0])
        # a name-like line right before a credit is the lead caption of an article without byline
        if names is not None and not (len(body) > 1 and _starts_with_label(body[1])):
            authors = names
            body = body[1:]

    paragraphs: list[str] = []
    photos: list[Photo] = []
    related: list[RelatedBox] = []
    pending_caption: str | None = None
    i = 0
    while i < len(body):
        line = body[i]
        if TABLE_ROW.match(line):
            rows = []
            while i < len(body) and TABLE_ROW.match(body[i]):
                rows.append(body[i])
                i += 1
            related.append(_box(rows, len(paragraphs) - 1))
            continue
        if i == 0 and i + 1 < len(body) and find_label(line) is None and _starts_with_label(body[i + 1]):
            pending_caption = line.strip()  # the lead photo's caption stands on its own line
            i += 1
            continue
        pos = 0
        line_photos: list[tuple[str, Credit]] = []
        while (label := find_label(line, pos, lexicon)) is not None:
            caption = pending_caption if pending_caption is not None else line[pos:label.start].strip()
            pending_caption = None
            credit = read_credit(line, label, lexicon)
            line_photos.append((caption, credit))
            pos = credit.end
        rest = line[pos:].strip()
        if pending_caption is not None:  # a caption whose credit never came: it is a paragraph
            paragraphs.append(pending_caption)
            pending_caption = None
        index = len(paragraphs)
        if rest:
            paragraphs.append(rest)
        for caption, credit in line_photos:
            photos.append(Photo(
                caption=caption,
                credit_label=credit.label,
                credit=credit.text,
                photographer=credit.photographer,
                agencies=list(credit.agencies),
                source=credit.source,
                before_paragraph=index,
                confidence="high" if credit.confident else "low",
            ))
        i += 1

    if not paragraphs:
        raise ParseError("no_body", "the article has a headline but no body paragraph")
    return ParsedArticle(title=title, publisher=publisher, authors=authors, photos=photos,
                         paragraphs=paragraphs, related=related)

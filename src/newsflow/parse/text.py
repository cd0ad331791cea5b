"""Parser for articles flattened to text (FORMAT.md): headline, byline, photos glued to paragraphs, boxes.

Every field of the result is raw text cut from the input; nothing is normalized here. Page furniture
(ads, share lines, gallery counters, topic footers, markdown marks) is taken out of the paragraphs, and kept
as metadata where it means something (docs/parse-contract.md).
"""

from __future__ import annotations

import re

from newsflow.lexicon import Lexicon, load_lexicon
from newsflow.models import ParsedArticle, ParseError, Photo, RelatedBox
from newsflow.parse.credits import Credit, find_label, find_unlabelled, read_credit

MAX_TITLE = 300
MAX_BYLINE = 120

TITLE_SUFFIX = re.compile(r"^(?P<title>.+?)(?P<sep>\s+[-–—|]\s+|\s*[-–—|]\s*)(?P<publisher>[^-–—|]{1,40}?)\s*$")
TITLE_PREFIX = re.compile(r"^\s*《(?P<publisher>[^《》]{1,20})》\s*[:：]\s*(?P<title>.+)$")
CRAWLER_PREFIX = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b\s*(?P<rest>.*)$")
SENTENCE_PUNCT = re.compile(r"[。!?！？;；,，:：“”\"]")
QUESTION_END = re.compile(r"[?!？！]\s*$")

BYLINE_PREFIX = re.compile(r"^\s*(?:By|BY|by)\s+|^\s*(?:記者|记者|文|撰文)\s*[:：]?\s*")
BYLINE_SEPARATORS = re.compile(r"\s*(?:,|，|、|;|；|\band\b|&)\s*")
CJK_JOINERS = re.compile(r"(?<=[\u4e00-\u9fff])[和與与及](?=[\u4e00-\u9fff])")
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
BULLET = re.compile(r"^\s*(?:[-*•·‧]|\d+[.、])\s+(?P<item>\S.*?)\s*$")
MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(?P<text>.+?)\1")
SIGNOFF = re.compile(r"\s*(?:——|—|--)\s*(?P<name>[A-Za-z][A-Za-z .'’\-]{1,40}|[\u4e00-\u9fff·]{2,8})\s*$")


def split_title(line: str, lexicon: Lexicon) -> tuple[str, str | None]:
    """Headline and publisher from `headline - publisher`, `headline | publisher` or `《publisher》:headline`."""
    prefix = TITLE_PREFIX.match(line)
    if prefix and (lexicon.publisher(prefix.group("publisher")) or len(prefix.group("publisher")) <= 8):
        return prefix.group("title").strip(), prefix.group("publisher").strip()
    match = TITLE_SUFFIX.match(line)
    if match:
        publisher = match.group("publisher").strip()
        sep = match.group("sep")
        spaced = sep.strip() != sep
        after_question = QUESTION_END.search(match.group("title")) is not None
        known = lexicon.publisher(publisher) is not None
        plausible = (spaced or after_question) and len(publisher) <= 20 and not SENTENCE_PUNCT.search(publisher)
        if known or plausible:
            return match.group("title").strip(), publisher
    return line.strip(), None


def byline_names(line: str, lexicon: Lexicon | None = None) -> list[str] | None:
    """The author names when the line is a byline ([] for a publisher alone), else None."""
    text = line.strip()
    if not text or len(text) > MAX_BYLINE or "。" in text:
        return None
    lexicon = lexicon or load_lexicon()
    if lexicon.publisher(text) is not None or lexicon.agency(text) is not None:
        return []
    text = BYLINE_PREFIX.sub("", text, count=1)
    text = CJK_JOINERS.sub("、", text)
    names = [part.strip() for part in BYLINE_SEPARATORS.split(text) if part.strip()]
    if not names:
        return None
    for name in names:
        if not (LATIN_NAME.match(name) or CJK_NAME.match(name) or TRANSLITERATED_NAME.match(name)):
            return None
    return names


def _table_box(rows: list[str], after_paragraph: int) -> RelatedBox:
    cells = [TABLE_ROW.match(row).group("cells").strip() for row in rows if not TABLE_RULE.match(row)]  # type: ignore[union-attr]
    heading = ""
    if cells and not BOX_ITEM.search(cells[0]) and not cells[0].startswith("*"):
        heading = cells.pop(0)
    headlines: list[str] = []
    for cell in cells:
        headlines.extend(item.strip() for item in BOX_ITEM.split(cell) if item.strip())
    return RelatedBox(heading=heading, headlines=headlines, after_paragraph=after_paragraph)


def _bullets(lines: list[str], start: int) -> tuple[list[str], int]:
    """The bullet items from `start`, and the index after them."""
    items = []
    i = start
    while i < len(lines) and (match := BULLET.match(lines[i])):
        items.append(match.group("item"))
        i += 1
    return items, i


def _starts_with_label(line: str, lexicon: Lexicon) -> bool:
    match = find_label(line, 0, lexicon)
    return match is not None and match.start == 0


def _unmark(line: str) -> str:
    """Markdown leftovers: a heading keeps its text, emphasis keeps its words."""
    if "#" in line and (heading := MARKDOWN_HEADING.match(line)):
        line = heading.group("text")
    if "**" in line or "__" in line:
        line = MARKDOWN_EMPHASIS.sub(lambda m: m.group("text"), line)
    return line


def _head(lines: list[str]) -> tuple[str, list[str], str | None]:
    """The headline line, the lines after it, and the crawl date of a crawler prefix."""
    crawl_date = None
    if not lines[0].strip():
        raise ParseError("no_title", "the first line (the headline) is empty")
    prefix = CRAWLER_PREFIX.match(lines[0])
    if prefix:
        crawl_date = prefix.group("date")
        rest = prefix.group("rest").strip()
        lines = [rest, *lines[1:]] if rest else lines[1:]
        while lines and not lines[0].strip():
            lines = lines[1:]
        if not lines:
            raise ParseError("no_title", "the input has a crawler prefix and nothing else")
    return lines[0], lines[1:], crawl_date


class _Body:
    """Paragraphs, photos and boxes as the body lines are read."""

    def __init__(self, lexicon: Lexicon, context: str) -> None:
        self.lexicon = lexicon
        self.context = context  # the whole article: where a credit ends is told by the words it uses
        self.paragraphs: list[str] = []
        self.photos: list[Photo] = []
        self.related: list[RelatedBox] = []
        self.topics: list[str] = []
        self.pending_caption: str | None = None

    def add_photo(self, caption: str, credit: Credit, before: int) -> None:
        self.photos.append(Photo(
            caption=caption, credit_label=credit.label, credit=credit.text, photographer=credit.photographer,
            agencies=list(credit.agencies), source=credit.source, before_paragraph=before,
            confidence="high" if credit.confident else "low",
        ))

    def credits_in(self, line: str) -> tuple[list[tuple[str, Credit]], str]:
        """The photos (caption, credit) at the start of a line, and the text after the last credit."""
        pos = 0
        found: list[tuple[str, Credit]] = []
        while True:
            label = find_label(line, pos, self.lexicon)
            credit = read_credit(line, label, self.lexicon, self.context) if label is not None else None
            unlabelled = find_unlabelled(line, pos, self.lexicon, before=label.start if label else None,
                                         context=self.context)
            if unlabelled is not None:
                credit, start = unlabelled, unlabelled.start
            elif label is not None:
                start = label.start
            else:
                break
            assert credit is not None
            caption = line[pos:start].strip()
            if self.pending_caption is not None:
                # the caption stood on its own line (and may be printed again before the credit)
                if caption and caption != self.pending_caption:
                    self.paragraphs.append(self.pending_caption)
                else:
                    caption = self.pending_caption
                self.pending_caption = None
            found.append((caption, credit))
            pos = credit.end
            promo = self.lexicon.text.promo.match(line, len(line) - len(line[pos:].lstrip()))
            if promo:  # a promo sentence after a credit is page furniture
                stop = line.find("。", promo.end())
                pos = len(line) if stop < 0 else stop + 1
        return found, line[pos:].strip()

    def add_line(self, line: str) -> None:
        found, rest = self.credits_in(line)
        if self.pending_caption is not None:  # a caption whose credit never came: it is a paragraph
            self.paragraphs.append(self.pending_caption)
            self.pending_caption = None
        index = len(self.paragraphs)
        if rest:
            self.paragraphs.append(rest)
        for caption, credit in found:
            self.add_photo(caption, credit, index)


def _signoff(paragraphs: list[str]) -> str | None:
    """A newsletter sign-off closing the last paragraph ("...本週見。—Anna"), removed from it."""
    if not paragraphs:
        return None
    match = SIGNOFF.search(paragraphs[-1])
    if not match or (match.start() == 0 and len(paragraphs) == 1):
        return None
    before = paragraphs[-1][:match.start()]
    if before and not re.search(r"[。!?！？”」]\s*$", before):
        return None  # a dash inside a sentence, not a sign-off
    if before:
        paragraphs[-1] = before.rstrip()
    else:
        paragraphs.pop()
    return match.group("name").strip()


def parse_text(text: str, lexicon: Lexicon | None = None) -> ParsedArticle:
    """Parse one article in the text format; raises ParseError when it is not one."""
    lexicon = lexicon or load_lexicon()
    words = lexicon.text
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    headline, rest, crawl_date = _head(lines)
    if len(headline) > MAX_TITLE:
        raise ParseError("no_title", f"the first line is {len(headline)} characters long, not a headline")
    title, publisher = split_title(_unmark(headline), lexicon)
    if not title:
        raise ParseError("no_title", "the headline is empty")

    body: list[str] = []
    for line in rest:
        # every noise pattern is anchored at the start: match, not search (search retries at every position)
        if line.strip() and not words.noise_line.match(line.strip()) and (not body or line != body[-1]):
            body.append(line)  # a line printed twice in a row (a caption) is kept once
    authors: list[str] = []
    byline = None
    if body:
        names = byline_names(body[0], lexicon)
        # names alone on the line after the title are the byline, even right before a credit (a photo
        # without caption); a lead caption describes a scene
        if names is not None:
            authors, byline = names, body[0].strip()
            body = body[1:]

    state = _Body(lexicon, text)
    i = 0
    while i < len(body):
        line = body[i]
        if "|" in line and TABLE_ROW.match(line):
            rows = []
            while i < len(body) and TABLE_ROW.match(body[i]):
                rows.append(body[i])
                i += 1
            state.related.append(_table_box(rows, len(state.paragraphs) - 1))
            continue
        first = line[:1] if not line[:1].isspace() else line.lstrip()[:1]
        # both heading patterns begin, after spaces, with a bullet or a heading word
        if first in words.heading_initials and words.topic_heading.match(line):
            items, after = _bullets(body, i + 1)
            if items:
                state.topics.extend(items)
                i = after
                continue
        if first in words.heading_initials and words.related_heading.match(line):
            items, after = _bullets(body, i + 1)
            if items:
                state.related.append(RelatedBox(line.strip(), items, len(state.paragraphs) - 1))
                i = after
                continue
        line = _unmark(line)
        if state.pending_caption is None and i + 1 < len(body) and _is_caption_line(i, line, body[i + 1], lexicon) \
                and find_label(line, 0, lexicon) is None and find_unlabelled(line, 0, lexicon) is None:
            state.pending_caption = line.strip()  # a photo's caption on its own line
            i += 1
            continue
        state.add_line(line)
        i += 1
    if state.pending_caption is not None:
        state.paragraphs.append(state.pending_caption)

    if not state.paragraphs:
        raise ParseError("no_body", "the article has a headline but no body paragraph")
    signoff = _signoff(state.paragraphs)
    return ParsedArticle(title=title, publisher=publisher, authors=authors, photos=state.photos,
                         paragraphs=state.paragraphs, related=state.related, byline=byline, topics=state.topics,
                         signoff=signoff, crawl_date=crawl_date)


def _is_caption_line(index: int, line: str, following: str, lexicon: Lexicon) -> bool:
    """A caption on its own line: the lead caption (the next line starts with its credit), or a caption that
    the next line prints again before its credit."""
    caption = line.strip()
    nxt = following.strip()
    if index == 0 and (_starts_with_label(nxt, lexicon) or find_unlabelled(nxt, 0, lexicon, at_pos=True) is not None):
        return True
    if caption and nxt.startswith(caption) and len(nxt) > len(caption):
        label = find_label(nxt, len(caption), lexicon)
        unlabelled = find_unlabelled(nxt, len(caption), lexicon, at_pos=True)
        return (label is not None and label.start == len(caption)) or (
            unlabelled is not None and unlabelled.start == len(caption))
    return False

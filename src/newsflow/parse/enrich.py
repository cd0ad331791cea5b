"""Metadata read from the text of a parsed article, for every parser: dateline, people, quotations.

The rules are those of docs/parse-contract.md; the words they need (titles, speech verbs, fillers) are
lexicon data.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from newsflow.lexicon import Lexicon, TextLexicon, load_lexicon
from newsflow.models import Dateline, ParsedArticle, Person, Quote

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
LATIN_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
LATIN_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f"
DOTS = "·・‧•"
DASH = r"(?P<dash>——|－－|--|—|–|-)"
AGENCY = r"[(（](?P<agency>[^()（）]{2,12})[)）]"
DATELINES = (
    # "倫敦,7月18日(路透社)——", "紐約3月2日電": a date, then the wire marker, an agency or a dash
    re.compile(rf"^(?P<place>[{HAN}]{{2,8}}?)?\s*[,，]?\s*(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}})日\s*"
               rf"(?:(?P<wire>電|电)|{AGENCY})?\s*{DASH}?"),
    # "(彭博社)--", "墨西哥城(美聯社)——": an agency in brackets, then a dash
    re.compile(rf"^(?P<place>[{HAN}]{{2,8}}?)?\s*[,，]?\s*{AGENCY}\s*{DASH}"),
)
# a dotted transliteration: parts of CJK characters joined by middle dots
# bounded parts: an unbounded run of characters before a dot would be retried at every position
DOTTED = re.compile(rf"[{HAN}]{{1,8}}(?:-[{HAN}]{{1,8}})?(?:[{DOTS}][{HAN}]{{1,8}}(?:-[{HAN}]{{1,8}})?)+")
LATIN_PERSON = re.compile(
    rf"(?<![{LATIN}])[{LATIN_UPPER}][{LATIN_LOWER}]+(?:[-'’][{LATIN_UPPER}]?[{LATIN_LOWER}]+)?"
    rf"(?:\s+(?:de|van|von|der|da|di|al|bin|le|la)?\s*[{LATIN_UPPER}][{LATIN_LOWER}]+(?:[-'’][{LATIN_UPPER}]?[{LATIN_LOWER}]+)?)+"
    rf"(?![{LATIN}])")
SCARE_QUOTE_CHARS = 8
QUOTE_PUNCT = re.compile(r"[,，。!！?？;；、]")
NAME_PARTS = re.compile(f"[{DOTS} ]")
DOT = re.compile(f"[{DOTS}]")
CAPITAL = re.compile("[A-Z\u00c0-\u00de]")
CLAUSES = re.compile(r"[,，。;；:：!！?？、]")
COLON_END = re.compile(r"[:：]\s*$")
QUOTE = re.compile(r"“(?P<quote>[^“”]+)”")
MAX_NAME_PART = 6  # characters of one part of a transliterated name


def dateline(first_paragraph: str, fetched_at: date | None) -> Dateline | None:
    """The dateline that opens the first paragraph (`倫敦,7月18日(路透社)——`), or None."""
    for pattern in DATELINES:
        match = pattern.match(first_paragraph)
        if match is None or match.end() == len(first_paragraph):
            continue
        groups = match.groupdict()
        month, day = groups.get("month"), groups.get("day")
        if month is not None and not (groups.get("wire") or groups.get("agency") or groups.get("dash")):
            continue  # "7月18日,..." opens a sentence, it is not a dateline
        resolved = None
        if month is not None and day is not None and fetched_at is not None:
            m, d = int(month), int(day)
            year = fetched_at.year if (m, d) <= (fetched_at.month, fetched_at.day) else fetched_at.year - 1
            try:
                resolved = date(year, m, d).isoformat()
            except ValueError:
                resolved = None
        return Dateline(text=first_paragraph[:match.end()].rstrip(), place=groups.get("place"),
                        month=int(month) if month else None, day=int(day) if day else None,
                        date=resolved, agency=groups.get("agency"))
    return None


def _left_name_start(text: str, start: int, end: int, words: TextLexicon) -> int:
    """Where a transliterated given name begins, looking back from its dot at `end` to at most `start`."""
    begin = end
    while begin > start and end - begin < MAX_NAME_PART and not words.title_before.search(text, 0, begin):
        if text[begin - 1] in words.transliteration:
            begin -= 1
        elif text[begin - 1] == "-" and begin - 1 > start and text[begin - 2] in words.transliteration:
            begin -= 2  # "讓-呂克"
        else:
            break
    return begin


def _right_name_end(text: str, start: int, words: TextLexicon) -> int:
    end = start
    while end < len(text) and end - start < MAX_NAME_PART and text[end] in words.transliteration:
        end += 1
    return end


def dotted_names(text: str, words: TextLexicon) -> list[tuple[int, str]]:
    """(position, name) of every dotted transliterated name in `text`."""
    found: list[tuple[int, str]] = []
    if not DOT.search(text):
        return found
    for match in DOTTED.finditer(text):
        first_dot = match.start() + min(match.group().find(d) for d in DOTS if d in match.group())
        last_dot = match.start() + max(match.group().rfind(d) for d in DOTS)
        begin = _left_name_start(text, match.start(), first_dot, words)
        end = _right_name_end(text, last_dot + 1, words)
        if begin < first_dot and end > last_dot + 1:
            found.append((begin, text[begin:end]))
    return found


def latin_names(text: str, lexicon: Lexicon) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    if not CAPITAL.search(text):
        return found
    for match in LATIN_PERSON.finditer(text):
        name = match.group()
        if name in lexicon.text.not_people or name.split()[-1] in lexicon.text.not_people_words \
                or any(text.startswith(w, match.end() + 1) for w in lexicon.text.not_people_words) \
                or lexicon.agency(name) or lexicon.publisher(name) \
                or lexicon.organisation_at(name, 0) == name:
            continue
        found.append((match.start(), name))
    return found


def _last_part(name: str) -> str:
    """The family name: after the last dot, or the last word of a Latin name."""
    return NAME_PARTS.split(name)[-1]


def _one_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and a != b and sum(x != y for x, y in zip(a, b, strict=True)) == 1


@lru_cache(maxsize=256)
def _one_apart_pattern(word: str) -> re.Pattern[str]:
    """Every spelling of `word` with one character changed (overlapping matches, group 1)."""
    variants = "|".join(re.escape(word[:i]) + "." + re.escape(word[i + 1:]) for i in range(len(word)))
    return re.compile(f"(?=({variants}))")


def _strip_fillers(text: str, words: TextLexicon) -> str:
    """Time words and adverbs around a speaker ("隨後,魯特週三也"): only the subject is left."""
    changed = True
    while changed and text:
        changed = False
        head = words.filler_head.match(text)
        if head and head.end() < len(text):
            text, changed = text[head.end():], True
        tail = words.filler_tail.search(text)
        # "魯特也説" but not "大石和也説": a one-character filler ends only a short subject
        if tail and tail.start() > 0 and (len(tail.group().strip(" ,，")) > 1 or len(text) <= 3):
            text, changed = text[:tail.start()], True
    return text


ADVERBIAL_END = re.compile(r"^.+?在.*[上中時后後前裡裏內間]$")
ANONYMOUS = ("一名", "一位", "一個", "一家", "一些", "多名", "多位", "有人", "消息人士", "知情人士", "這位", "這名",
             "該名", "該位", "那位", "此人")


def speaker_name(before_verb: str, words: TextLexicon) -> str | None:
    """The speaker from the words before a speech verb: the name without title or filler; None for a pronoun
    or an unnamed speaker ("一名交易員")."""
    text = _strip_fillers(before_verb.strip(" ,，:：\u3000"), words)
    # the speaker is the last clause: after the last punctuation
    text = _strip_fillers(CLAUSES.split(text)[-1].strip(), words) if text else ""
    if not text or text in words.pronouns:
        return None
    dotted = dotted_names(text, words)
    if dotted:
        return dotted[0][1]  # the subject comes first: "布朗在與魯特會面時説"
    latin = [m for m in LATIN_PERSON.finditer(text) if m.end() == len(text.rstrip())]
    if latin:
        return latin[-1].group()  # "咖啡合作社的農藝師Marcelo Teixeira"
    # subject, then an adverbial phrase: "魯特在閉幕詞中説", "他在記者會上表示" (a 在 inside a clause before
    # a title, "一家總部設在新加坡的基金合夥人黃俊傑", is not followed by a place word at the end)
    if ADVERBIAL_END.search(text):
        text = text[:text.find("在", 1)]
    ends = [m.end(1) for m in words.title_overlapping.finditer(text) if m.end(1) < len(text)]
    text = text[max(ends, default=0):]
    cut = text.find("在", 2)  # "佐佐木隆之在會議間隙對記者稱"
    text = text[:cut] if cut > 0 else text
    if len(text) > 4 and not text.isascii():
        # an unlisted title before a Chinese name: cut after its last character ("經濟師梁家豪" -> "梁家豪")
        cuts = [i + 1 for i, ch in enumerate(text) if ch in words.title_endings and 2 <= len(text) - i - 1 <= 4]
        if cuts:
            text = text[cuts[-1]:]
        else:  # a surname two or three characters from the end ("正印花旦梁秀鳳" -> "梁秀鳳")
            starts = [i for i in (len(text) - 3, len(text) - 2) if text[i] in words.surnames]
            if starts:
                text = text[starts[0]:]
    if text in words.pronouns or text in words.titles or any(marker in text for marker in ANONYMOUS):
        return None  # a pronoun, a bare title ("高層") or an unnamed speaker
    # the name is what follows the last function character
    for i in range(len(text) - 1, -1, -1):
        if text[i] in "的和與及對向據由被" and i < len(text) - 2:
            text = text[i + 1:]
            break
    if len(text) > 12 and not text.isascii():
        return None
    return text or None


@lru_cache(maxsize=4)
def _attribution_patterns(speech_verbs: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Speaker after the quotation, before it, and earlier in its sentence ("S表示,<clause>,“Q”")."""
    verbs = "|".join(map(re.escape, speech_verbs))
    return (
        re.compile(rf"[,，]?\s*(?P<who>[^“”。!！?？]{{0,50}}?)(?:{verbs})"),
        re.compile(rf"(?P<who>[^“”。!！?？]{{1,40}}?)(?:{verbs})\s*[:：,，]?\s*$"),
        re.compile(rf"\s*(?P<who>[^“”。!！?？,，]{{1,40}}?)(?:{verbs})\s*[:：,，]"),
    )


def quotes(paragraphs: list[str], lexicon: Lexicon) -> list[Quote]:
    """Quotations attributed in their sentence: `“...”,S說。` or `S說:“...”`."""
    words = lexicon.text
    after, before, before_clause = _attribution_patterns(words.speech_verbs)
    found: list[Quote] = []
    for index, paragraph in enumerate(paragraphs):
        if "“" not in paragraph:
            continue
        for match in QUOTE.finditer(paragraph):
            speaker: str | None
            short = len(match.group("quote")) < SCARE_QUOTE_CHARS and not QUOTE_PUNCT.search(match.group("quote"))
            colon = COLON_END.search(paragraph, 0, match.start()) is not None
            if short and not colon:
                continue  # a term in quotation marks ("守門人"), not something somebody said
            tail = after.match(paragraph, match.end())
            if tail is not None and "“" not in tail.group("who"):
                speaker = speaker_name(tail.group("who"), words)
            else:
                sentence_start = max(paragraph.rfind(p, 0, match.start()) for p in "。!！?？”") + 1
                head = before.search(paragraph[sentence_start:match.start()])
                if head is None:  # "S表示,<clause>,“Q”": the sentence's speaker, further back
                    head = before_clause.match(paragraph, sentence_start, match.start())
                if head is None:
                    continue  # scare quotes or a title in quotation marks
                speaker = speaker_name(head.group("who"), words)
            found.append(Quote(speaker=speaker, quote=match.group("quote"), paragraph=index))
    return found


def _reading_order(article: ParsedArticle) -> list[str]:
    """Captions and paragraphs in the order a reader meets them."""
    texts: list[str] = []
    for index in range(len(article.paragraphs) + 1):
        texts.extend(p.caption for p in article.photos if p.before_paragraph == index and p.caption)
        if index < len(article.paragraphs):
            texts.append(article.paragraphs[index])
    return texts


def people(article: ParsedArticle, found_quotes: list[Quote], lexicon: Lexicon) -> list[Person]:
    """People named in captions and paragraphs, with the other spellings of their names."""
    words = lexicon.text
    texts = _reading_order(article)
    mentions: list[tuple[int, int, str]] = []  # (text index, position, name)
    for t, text in enumerate(texts):
        mentions.extend((t, pos, name) for pos, name in dotted_names(text, words))
        mentions.extend((t, pos, name) for pos, name in latin_names(text, lexicon))
    for speaker in {q.speaker for q in found_quotes if q.speaker}:
        # a speaker counts from where the text first names them, which may be before the quotation
        first = next(((t, text.find(speaker)) for t, text in enumerate(texts) if speaker in text), None)
        if first is not None:
            mentions.append((*first, speaker))
    mentions.sort()
    persons: list[Person] = []
    for _, _, name in mentions:
        if name in (lexicon.text.not_people) or any(name in (p.name, *p.aliases) for p in persons):
            continue
        same = next((p for p in persons if _last_part(p.name) == name or (_last_part(p.name) == _last_part(name)
                     and DOTTED.fullmatch(name) is None)), None)
        if same is not None:
            continue  # a surname-only mention of someone already named
        variant = next((p for p in persons if _one_apart(p.name, name)
                        or (_one_apart(_last_part(p.name), _last_part(name)) and len(_last_part(name)) >= 3)
                        or (_one_apart(_last_part(p.name), name) and len(name) >= 3)), None)
        if variant is not None:
            variant.aliases.append(name)
            continue
        persons.append(Person(name=name))
    # surname variants written without a dot ("澤倫斯基" for "澤連斯基")
    joined = "\n".join(texts)
    for person in persons:
        last = _last_part(person.name)
        if len(last) < 3 or last == person.name:
            continue
        for match in _one_apart_pattern(last).finditer(joined):
            candidate, i = match.group(1), match.start()
            if candidate != last and all(c in words.transliteration for c in candidate) \
                    and candidate not in person.aliases and not any(candidate in a for a in person.aliases) \
                    and joined[i - 1:i] not in DOTS and joined[i - 1:i] not in words.transliteration \
                    and joined[i + len(candidate):i + len(candidate) + 1] not in words.transliteration:
                person.aliases.append(candidate)
    return persons


def enrich(article: ParsedArticle, fetched_at: date | None = None, lexicon: Lexicon | None = None) -> ParsedArticle:
    """The article with its dateline, quotations and people filled in from its text."""
    lexicon = lexicon or load_lexicon()
    found_quotes = quotes(article.paragraphs, lexicon)
    return replace(
        article,
        dateline=dateline(article.paragraphs[0], fetched_at) if article.paragraphs else None,
        quotes=found_quotes,
        people=people(article, found_quotes, lexicon),
    )

"""Metadata read from the text of a parsed article, for every parser: dateline, people, quotations.

The rules are those of docs/parse-contract.md; the words they need (titles, speech verbs, fillers) are
lexicon data.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from functools import lru_cache

from newsflow.lexicon import TIME_WORD_LAST, TIME_WORD_MAX, Lexicon, TextLexicon, load_lexicon
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
DOTTED_PART = 8  # characters of one part of a dotted name, on each side of a hyphen
DOTTED = re.compile(rf"[{HAN}]{{1,{DOTTED_PART}}}(?:-[{HAN}]{{1,{DOTTED_PART}}})?"
                    rf"(?:[{DOTS}][{HAN}]{{1,{DOTTED_PART}}}(?:-[{HAN}]{{1,{DOTTED_PART}}})?)+")
LATIN_PERSON = re.compile(
    rf"(?<![{LATIN}])[{LATIN_UPPER}][{LATIN_LOWER}]+(?:[-'’][{LATIN_UPPER}]?[{LATIN_LOWER}]+)?"
    rf"(?:\s+(?:de|van|von|der|da|di|al|bin|le|la)?\s*[{LATIN_UPPER}][{LATIN_LOWER}]+(?:[-'’][{LATIN_UPPER}]?[{LATIN_LOWER}]+)?)+"
    rf"(?![{LATIN}])")
SCARE_QUOTE_CHARS = 8
QUOTE_PUNCT = re.compile(r"[,，。!！?？;；、]")
NAME_PARTS = re.compile(f"[{DOTS} ]")
DOT = re.compile(f"[{DOTS}]")
HAN_RUN_END = re.compile(f"[{HAN}]+$")
CAPITAL = re.compile("[A-Z\u00c0-\u00de]")
NAME_MARK = re.compile(f"[{DOTS}A-Z\u00c0-\u00de]")  # a dot or a capital: a text that may name someone
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


def _title_ends_at(text: str, end: int, words: TextLexicon) -> bool:
    """Whether a title ends at `end`: what `title_before.search(text, 0, end)` tells (where `$` also matches
    before a newline closing the searched part), without a scan from the text's start."""
    if end > 0 and text[end - 1] == "\n":
        end -= 1
    titles = words.titles_by_last.get(text[end - 1]) if end > 0 else None
    if titles is not None:
        for title in titles:
            if text.endswith(title, 0, end):
                return True
    return False


def _left_name_start(text: str, start: int, end: int, words: TextLexicon) -> int:
    """Where a transliterated given name begins, looking back from its dot at `end` to at most `start`."""
    begin = end
    while begin > start and end - begin < MAX_NAME_PART and not _title_ends_at(text, begin, words):
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


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff"


def _han_run_before(text: str, end: int, limit: int) -> int:
    """How many Han characters (at most `limit`) come right before `end`."""
    if end == 0 or not _is_han(text[end - 1]):
        return 0  # (and `$` cannot stop before a newline there)
    run = HAN_RUN_END.search(text, max(0, end - limit), end)
    return end - run.start() if run is not None else 0


def _dotted_start(text: str, pos: int, dot: int) -> int | None:
    """The leftmost start at or after `pos` of a DOTTED match whose first dot is at `dot` (no dot lies between
    `pos` and `dot`), read back from the dot: one part of Han characters, or two joined by a hyphen."""
    if dot + 1 >= len(text) or not _is_han(text[dot + 1]):
        return None
    run = _han_run_before(text, dot, DOTTED_PART + 1)
    if run == 0:
        return None
    plain = dot - min(run, DOTTED_PART)  # "魯特": the starts from here to the dot
    if run <= DOTTED_PART and dot - run - 1 >= 0 and text[dot - run - 1] == "-":
        hyphen = dot - run - 1  # "讓-呂克": a first part before the hyphen
        first = _han_run_before(text, hyphen, DOTTED_PART)
        if first and max(hyphen - first, pos) < hyphen:
            return max(hyphen - first, pos)
    return max(plain, pos) if max(plain, pos) < dot else None


def _dotted_matches(text: str) -> list[tuple[re.Match[str], int]]:
    """The matches of `DOTTED.finditer(text)`, each with its first dot, found from the dots.

    Nothing before a match's first dot is a dot, so the next match after `pos` is the one whose first dot is
    the next dot that has a name part on both sides: the text between names is never scanned by the pattern.
    """
    found: list[tuple[re.Match[str], int]] = []
    pos = 0
    while True:
        dot = DOT.search(text, pos)
        if dot is None:
            return found
        at = dot.start()
        start = _dotted_start(text, pos, at)
        if start is None:
            pos = at + 1  # no name starts before this dot
            continue
        match = DOTTED.match(text, start)
        assert match is not None
        found.append((match, at))
        pos = match.end()


def dotted_names(text: str, words: TextLexicon) -> list[tuple[int, str]]:
    """(position, name) of every dotted transliterated name in `text`."""
    found: list[tuple[int, str]] = []
    for match, first_dot in _dotted_matches(text):
        name = match.group()
        last_dot = -1
        for dot in DOTS:
            last_dot = max(last_dot, name.rfind(dot))
        last_dot += match.start()
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


def _occurrences(text: str, word: str) -> list[int]:
    found = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _one_apart_positions(text: str, word: str) -> list[int]:
    """Where `text` spells `word` (three characters or more) with exactly one character changed (not to a
    newline), in order, overlapping ones too: the positions of `(?=(w.rd|wo.d|...))` matches that differ.

    The changed character is the first (the rest follows it), the second (the first and the rest after the
    second surround it), or a later one (the first two begin it): three substring searches find them all.
    """
    n = len(word)
    starts = {at - 1 for at in _occurrences(text, word[1:]) if at >= 1}
    starts.update(at - 2 for at in _occurrences(text, word[2:]) if at >= 2 and text[at - 2] == word[0])
    starts.update(_occurrences(text, word[:2]))
    found = []
    for at in sorted(starts):
        candidate = text[at:at + n]
        if len(candidate) == n:
            changed = [i for i in range(n) if candidate[i] != word[i]]
            if len(changed) == 1 and candidate[changed[0]] != "\n":
                found.append(at)
    return found


def _filler_tail(text: str, words: TextLexicon) -> tuple[int, str] | None:
    """Start and text of `filler_tail.search(text)` (separators, then a filler or a time word ending the
    text or its closing newline), from the end of the text.

    Neither fillers nor time words begin with a separator, so the leftmost match is the longest filler or
    time word at the end, with the separators before it.
    """
    end = len(text) - 1 if text[-1:] == "\n" else len(text)
    if end <= 0 or text[end - 1] == "\n":
        return None
    start = end + 1
    for filler in words.fillers_by_last.get(text[end - 1], ()):  # longest first
        if text.endswith(filler, 0, end):
            start = end - len(filler)
            break
    if text[end - 1] in TIME_WORD_LAST:
        time_word = words.time_word_tail.search(text, max(0, end - TIME_WORD_MAX), end)
        if time_word is not None and time_word.start() < start:
            start = time_word.start()
    if start > end:
        return None
    while start > 0 and text[start - 1] in " ,，":
        start -= 1
    return start, text[start:end]


def _strip_fillers(text: str, words: TextLexicon) -> str:
    """Time words and adverbs around a speaker ("隨後,魯特週三也"): only the subject is left."""
    changed = True
    while changed and text:
        changed = False
        head = words.filler_head.match(text)
        if head and head.end() < len(text):
            text, changed = text[head.end():], True
        tail = _filler_tail(text, words)
        # "魯特也説" but not "大石和也説": a one-character filler ends only a short subject
        if tail and tail[0] > 0 and (len(tail[1].strip(" ,，")) > 1 or len(text) <= 3):
            text, changed = text[:tail[0]], True
    return text


def _after_last_title(text: str, words: TextLexicon) -> int:
    """The furthest end, before the text's end, of the longest title starting at each position (what
    `title_overlapping` finds), or 0; read from the end, down to where no title could reach further."""
    furthest = 0
    by_first = words.titles_by_first
    longest = words.title_max_len
    for i in range(len(text) - 1, -1, -1):
        if i + longest <= furthest:
            break
        titles = by_first.get(text[i])
        if titles is None:
            continue
        for title in titles:  # longest first: the one the alternation picks
            if text.startswith(title, i):
                if furthest < i + len(title) < len(text):
                    furthest = i + len(title)
                break
    return furthest


ADVERBIAL_END = re.compile(r"^.+?在.*[上中時后後前裡裏內間]$")
ANONYMOUS = ("一名", "一位", "一個", "一家", "一些", "多名", "多位", "有人", "消息人士", "知情人士", "這位", "這名",
             "該名", "該位", "那位", "此人")
ANONYMOUS_MARKER = re.compile("|".join(ANONYMOUS))
LAST_FUNCTION_CHAR = re.compile("(?s:.*)[的和與及對向據由被]")  # greedy: up to the last one


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
    text = text[_after_last_title(text, words):]
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
    if text in words.pronouns or text in words.title_set or ANONYMOUS_MARKER.search(text):
        return None  # a pronoun, a bare title ("高層") or an unnamed speaker
    # the name is what follows the last function character (one that leaves at least two characters)
    function_char = LAST_FUNCTION_CHAR.match(text, 0, len(text) - 2) if len(text) > 2 else None
    if function_char is not None:
        text = text[function_char.end():]
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


def _ends_with_verb(text: str, verbs: tuple[str, ...]) -> bool:
    """Whether a speech verb ends the text, before spaces and at most one colon or comma: what the
    speaker-first pattern (`...(verb)\\s*[:：,，]?\\s*$`) needs to match at all."""
    text = text.rstrip()
    if text.endswith(verbs):
        return True
    return text[-1:] in (":", "：", ",", "，") and text[:-1].rstrip().endswith(verbs)


def _colon_before(text: str, end: int) -> bool:
    """`COLON_END.search(text, 0, end)`: a colon then only spaces up to `end`, read backwards from `end`."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end > 0 and text[end - 1] in ":："


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
            colon = _colon_before(paragraph, match.start())
            if short and not colon:
                continue  # a term in quotation marks ("守門人"), not something somebody said
            tail = after.match(paragraph, match.end())
            if tail is not None and "“" not in tail.group("who"):
                speaker = speaker_name(tail.group("who"), words)
            else:
                sentence_start = max(paragraph.rfind(p, 0, match.start()) for p in "。!！?？”") + 1
                sentence = paragraph[sentence_start:match.start()]
                # the speaker-first pattern ends with a verb, then maybe a colon or comma: try it only then
                head = before.search(sentence) if _ends_with_verb(sentence, words.speech_verbs) else None
                if head is None:  # "S表示,<clause>,“Q”": the sentence's speaker, further back
                    head = before_clause.match(paragraph, sentence_start, match.start())
                if head is None:
                    continue  # scare quotes or a title in quotation marks
                speaker = speaker_name(head.group("who"), words)
            found.append(Quote(speaker=speaker, quote=match.group("quote"), paragraph=index))
    return found


def _reading_order(article: ParsedArticle) -> list[str]:
    """Captions and paragraphs in the order a reader meets them."""
    captions: dict[int, list[str]] = {}
    for photo in article.photos:
        if photo.caption:
            captions.setdefault(photo.before_paragraph, []).append(photo.caption)
    if not captions:
        return list(article.paragraphs)
    texts: list[str] = []
    for index, paragraph in enumerate(article.paragraphs):
        texts.extend(captions.get(index, ()))
        texts.append(paragraph)
    texts.extend(captions.get(len(article.paragraphs), ()))
    return texts


def _texts_matching(pattern: re.Pattern[str], joined: str, texts: list[str]) -> list[int]:
    """The indexes of the texts in which `pattern` (a single character class) matches, by searches of
    `joined` ("\\n".join(texts)) that skip to the next text after each hit."""
    found: list[int] = []
    match = pattern.search(joined)
    if match is None:
        return found
    starts = [0]
    for text in texts[:-1]:
        starts.append(starts[-1] + len(text) + 1)
    while match is not None:
        t = bisect_right(starts, match.start()) - 1
        found.append(t)
        if t + 1 >= len(texts):
            break
        match = pattern.search(joined, starts[t + 1])
    return found


def people(article: ParsedArticle, found_quotes: list[Quote], lexicon: Lexicon) -> list[Person]:
    """People named in captions and paragraphs, with the other spellings of their names."""
    words = lexicon.text
    texts = _reading_order(article)
    joined = "\n".join(texts)
    mentions: list[tuple[int, int, str]] = []  # (text index, position, name)
    # one scan of the whole text finds the captions and paragraphs that can hold a name at all
    for t in _texts_matching(NAME_MARK, joined, texts):
        mentions.extend((t, pos, name) for pos, name in dotted_names(texts[t], words))
        mentions.extend((t, pos, name) for pos, name in latin_names(texts[t], lexicon))
    for speaker in {q.speaker for q in found_quotes if q.speaker}:
        # a speaker counts from where the text first names them, which may be before the quotation
        first = next(((t, text.find(speaker)) for t, text in enumerate(texts) if speaker in text), None)
        if first is not None:
            mentions.append((*first, speaker))
    mentions.sort()
    persons: list[Person] = []
    lasts: list[str] = []  # the family name of each person
    spellings: set[str] = set()  # every name and alias of the persons so far
    for _, _, name in mentions:
        if name in words.not_people or name in spellings:
            continue
        last = _last_part(name)
        if any(family == name for family in lasts) or (
                last in lasts and DOTTED.fullmatch(name) is None):
            continue  # a surname-only mention of someone already named
        variant = next((p for p, family in zip(persons, lasts, strict=True) if _one_apart(p.name, name)
                        or (_one_apart(family, last) and len(last) >= 3)
                        or (_one_apart(family, name) and len(name) >= 3)), None)
        spellings.add(name)
        if variant is not None:
            variant.aliases.append(name)
            continue
        persons.append(Person(name=name))
        lasts.append(last)
    # surname variants written without a dot ("澤倫斯基" for "澤連斯基")
    for person in persons:
        last = _last_part(person.name)
        if len(last) < 3 or last == person.name:
            continue
        for i in _one_apart_positions(joined, last):
            candidate = joined[i:i + len(last)]
            if all(c in words.transliteration for c in candidate) \
                    and candidate not in person.aliases and not any(candidate in a for a in person.aliases) \
                    and joined[i - 1:i] not in DOTS and joined[i - 1:i] not in words.transliteration \
                    and joined[i + len(candidate):i + len(candidate) + 1] not in words.transliteration:
                person.aliases.append(candidate)
    return persons


def enrich(article: ParsedArticle, fetched_at: date | None = None, lexicon: Lexicon | None = None) -> ParsedArticle:
    """The article with its dateline, quotations and people filled in from its text."""
    lexicon = lexicon or load_lexicon()
    found_quotes = quotes(article.paragraphs, lexicon)
    # dataclasses.replace(article, ...) without its per-field checks: every field of ParsedArticle is an
    # __init__ argument kept in the instance's __dict__
    values = dict(article.__dict__)
    values.update(
        dateline=dateline(article.paragraphs[0], fetched_at) if article.paragraphs else None,
        quotes=found_quotes,
        people=people(article, found_quotes, lexicon),
    )
    return type(article)(**values)

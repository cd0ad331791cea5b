"""Photo credits glued to text: find the label, split the credit, and find where the credit ends.

The end of a credit is not marked in the format: the paragraph starts right after it. A photographer
credit ends after its last agency (from the lexicon) or its Latin-script name; a source credit ends after a
known organisation or an institutional suffix, before any character that cannot occur in a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsflow.lexicon import Lexicon, load_lexicon

MAX_CAPTION = 160  # a label further into a line than this is body text, not a photo
MAX_CREDIT = 60
MAX_PHOTOGRAPHER = 40

# Latin letters with their accented forms ("Ramírez", "Hélène", "Krüger")
LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
LATIN_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
LATIN_RUN = re.compile(rf"[{LATIN}][{LATIN}0-9.'’\- ]*[{LATIN}0-9.]|[{LATIN}]")
NAME_DOT = "·・•‧"
# between agencies of a chain, and between a photographer and the first agency
CHAIN_SEPARATOR = re.compile(r"\s*[/／]\s*|\s+via\s+", re.IGNORECASE)
PHOTOGRAPHER_SEPARATOR = re.compile(r"\s*[/／,，]\s*|\s+via\s+", re.IGNORECASE)
LATIN_NAME = re.compile(rf"[{LATIN_UPPER}][{LATIN}.'’\-]*(?: [{LATIN_UPPER}][{LATIN}.'’\-]*){{1,3}}")
CAPTION_END = "。.!?！？”」)）"
CREDIT_START = re.compile(r"[(（]|[。.!?！？”」)）]")  # an unlabelled credit opens a bracket or follows a caption end
BRACKETS = re.compile(r"[(（](?P<inner>[^()（）]{2,40})[)）]")


# Credit and LabelMatch are built for every candidate of every line: plain slotted classes (a frozen
# dataclass sets each field through object.__setattr__, several times slower); nothing changes them.
@dataclass(slots=True)
class Credit:
    label: str
    text: str
    photographer: str | None
    agencies: list[str]
    source: str | None
    end: int  # index in the line where the credit ends (the paragraph starts)
    confident: bool
    start: int = -1  # where an unlabelled credit starts (the caption ends)


@dataclass(slots=True)
class LabelMatch:
    start: int  # where the label starts (the caption ends)
    credit_start: int  # after the colon
    label: str


def find_label(line: str, pos: int = 0, lexicon: Lexicon | None = None) -> LabelMatch | None:
    """The first credit label at or after `pos` close enough to `pos` to end a caption."""
    lexicon = lexicon or load_lexicon()
    match = lexicon.label_pattern.search(line, pos, pos + MAX_CAPTION + 20)
    if match is None or match.start() - pos > MAX_CAPTION:
        return None
    label = match.group("label")
    if label.isascii() and match.start() > 0 and line[match.start() - 1].isascii() \
            and line[match.start() - 1].isalnum():
        return None  # "xPhoto:" is a word, not a label
    return LabelMatch(match.start(), match.end(), label)


def standalone_elsewhere(context: str, word: str, prev: str) -> bool:
    """Whether `word` occurs in the article's text where it is not preceded by `prev`: a word of its own
    there, so text starting with it here likely starts a sentence."""
    if len(word) < 2 or not context:
        return False
    at = context.find(word)
    while at >= 0:
        if at == 0 or context[at - 1] != prev:
            return True
        at = context.find(word, at + 1)
    return False


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def agency_at(text: str, pos: int, lexicon: Lexicon, context: str = "") -> str | None:
    """The agency spelling at `pos`; a shorter one when only its continuation reads as the paragraph's start
    ("彭博/社交媒體..." rather than "彭博社/交媒體...")."""
    found = lexicon.agencies_at(text, pos)
    if len(found) < 2 or not context:
        return found[0] if found else None
    if found[0][-1].isascii():
        return found[0]  # "Getty Images" then Chinese text: a Latin name ends where the script changes
    for spelling in found:
        end = pos + len(spelling)
        if end >= len(text) or not _is_cjk(text[end]) or lexicon.opens_name_at(text, end) \
                or standalone_elsewhere(context, text[end:end + 2], text[end - 1]):
            return spelling
    return found[0]


def _latin_run(text: str, pos: int) -> int:
    match = LATIN_RUN.match(text, pos)
    return match.end() if match else pos


def _agency_chain(text: str, pos: int, lexicon: Lexicon, context: str = "") -> tuple[list[str], int, bool]:
    """Agencies separated by "/" or " via " from `pos`; returns them, the end, and whether all were known.

    A file-photo marker after the last separator ("路透社/name/檔案照片") belongs to the credit, not the chain.
    """
    agencies: list[str] = []
    known = True
    while True:
        agency = agency_at(text, pos, lexicon, context)
        if agency is not None:
            end = pos + len(agency)
        else:
            # an agency we do not know: a Latin name, or CJK up to a name breaker
            end = _latin_run(text, pos)
            if end == pos:
                end = _cjk_name_end(text, pos, lexicon, limit=12)
                end = _word_start(text, pos, end, context) or end
            known = False
            if end == pos:
                break
        agencies.append(text[pos:end])
        pos = end
        sep = CHAIN_SEPARATOR.match(text, pos)
        if sep is None:
            break
        marker = _file_photo_at(text, sep.end(), lexicon)
        if marker is not None:
            return agencies, sep.end() + len(marker), known
        pos = sep.end()
    return agencies, pos, known


def _file_photo_at(text: str, pos: int, lexicon: Lexicon) -> str | None:
    return next((m for m in lexicon.file_photo_markers if text.startswith(m, pos)), None)


def _cjk_name_end(text: str, pos: int, lexicon: Lexicon, limit: int) -> int:
    """The end of an unknown CJK name: a name breaker, or where a place or known organisation begins."""
    end = pos
    while end < len(text) and end - pos < limit and text[end] not in lexicon.name_breakers \
            and not text[end].isascii() and not (end - pos >= 2 and lexicon.opens_name_at(text, end)):
        end += 1
    return end


def _photographer_separator(line: str, start: int, lexicon: Lexicon) -> re.Match[str] | None:
    """The separator after a photographer's name: "/" always; "," or " via " only before an agency."""
    window = line[start:start + MAX_PHOTOGRAPHER + 6]
    if not any(sep in window for sep in ("/", "／", ",", "，", " via ", " VIA ", " Via ")):
        return None
    for match in PHOTOGRAPHER_SEPARATOR.finditer(line, start, min(len(line), start + MAX_PHOTOGRAPHER + 6)):
        if match.start() == start:
            continue
        if "/" in match.group() or "／" in match.group() or lexicon.agency_at(line, match.end()) is not None:
            if not lexicon.breakers_within_name.isdisjoint(line[start:match.start()]):
                return None  # the name would run through a sentence
            return match
    return None


def photographer_credit(line: str, start: int, label: str, lexicon: Lexicon, context: str = "") -> Credit:
    agency_first = lexicon.agency_at(line, start)
    sep = _photographer_separator(line, start, lexicon)
    if agency_first is not None and (sep is None or sep.start() == start + len(agency_first)):
        # "Bloomberg" alone, "Bloomberg via Getty Images", or agency-first credits such as "路透社/name"
        agencies, end, known = _agency_chain(line, start, lexicon, context)
        unknown = [a for a in agencies if lexicon.agency(a) is None]
        if len(unknown) == 1 and lexicon.agency(agencies[0]) is not None:
            # agency first, then the photographer: "路透社/布倫丹·麥克德米德"
            agencies = [a for a in agencies if a not in unknown]
            return Credit(label, line[start:end], unknown[0], agencies, None, end, True)
        return Credit(label, line[start:end], None, agencies, None, end, known)
    if sep is not None:
        photographer = line[start:sep.start()]
        agencies, end, known = _agency_chain(line, sep.end(), lexicon, context)
        return Credit(label, line[start:end], photographer, agencies, None, end, known)
    end = _latin_run(line, start)
    if end > start:
        return Credit(label, line[start:end], line[start:end].strip(), [], None, end, True)
    # a Chinese name with no agency: its end is a guess, unless a space, a quotation mark or the line's end
    # closes it
    end = _transliterated_name_end(line, start, lexicon)
    closed = end >= len(line) or line[end] in " \u3000“「\""
    return Credit(label, line[start:end], line[start:end], [], None, end, closed)


def _transliterated_name_end(line: str, start: int, lexicon: Lexicon) -> int:
    end = start
    parts = 0
    while True:
        seg_end = end
        while seg_end < len(line) and seg_end - end < 4 and line[seg_end] not in lexicon.name_breakers \
                and line[seg_end] not in NAME_DOT and not line[seg_end].isascii():
            seg_end += 1
        parts += 1
        if seg_end < len(line) and line[seg_end] in NAME_DOT:
            end = seg_end + 1
            continue
        # a Chinese name is two or three characters; a transliterated part up to four
        return min(seg_end, end + (3 if parts == 1 else 4))


def source_credit(line: str, start: int, label: str, lexicon: Lexicon, context: str = "") -> Credit:
    known = lexicon.organisation_at(line, start) or agency_at(line, start, lexicon, context)
    if known is None:  # a place then a known organisation: "印尼" + "央行"
        place = lexicon.opener_at(line, start)
        org = lexicon.organisation_at(line, start + len(place)) if place else None
        known = place + org if place and org else None
    latin_end = _latin_run(line, start)
    # the name cannot reach past a breaker character
    bound = start
    while bound < len(line) and bound - start < MAX_CREDIT and line[bound] not in lexicon.name_breakers:
        bound += 1
    if latin_end > start and (known is None or latin_end - start >= len(known)):
        end = latin_end
        return Credit(label, line[start:end], None, [], line[start:end].strip(), end, True)
    ends = sorted({
        match.start() + len(match.group(1))
        for match in lexicon.suffix_starts.finditer(line, start + 1, bound)
        if match.start() + len(match.group(1)) <= bound
    })
    # the paragraph often opens by naming the organisation again, by its tail or as "該部": it starts there
    for at in sorted({*ends, *([start + len(known)] if known else [])}):
        if _restated_at(line, start, at, lexicon):
            return Credit(label, line[start:at], None, [], line[start:at], at, True)
    for at in range(start + 2, bound):
        if line.startswith(line[start:at], at):  # an unknown name said again: "全農全農上週表示"
            return Credit(label, line[start:at], None, [], line[start:at], at, False)
    end = start + len(known) if known is not None else (ends[0] if ends else start)
    for later in ends:
        if later <= end:
            continue
        # a longer name continues this one ("美國國務院" + "新聞辦公室") unless what follows opens a new
        # name or the paragraph ("韓國交易所" + "韓國政府今年...")
        if lexicon.opens_name_at(line, end) or _starts_sentence(line, end, later, lexicon) \
                or (later - end >= 3 and standalone_elsewhere(context, line[end:later], line[end - 1])):
            break  # ... or the article names what follows on its own elsewhere ("愛丁堡大學" + "蒂帕帕博物館")
        end = later
    first = next((at for at in ends if at > start), None)
    last = ends[-1] if ends else None
    if known is None and first is not None and last is not None and last > first and end > first \
            and lexicon.subject_follower.match(line, last) and line[first:last] not in lexicon.suffixes:
        # two institutions then a verb: the second is the paragraph's subject ("甲公司" + "乙部丙署宣布")
        end = first
    if end > start:
        # one institutional ending and nothing ambiguous after it: the end is not a guess
        confident = known is not None or len(ends) <= 1 or end - start <= 12
        if known is None:
            tail = _tail_word_start(line, start, end, lexicon, context)
            if tail is not None:  # "雲杉智庫" + "數據中心的耗電量...": the name ended before a word of the text
                end, confident = tail, False
        return Credit(label, line[start:end], None, [], line[start:end], end, confident)
    end = bound if bound > start else _latin_run(line, start)
    if bound > start:
        end = _word_start(line, start, end, context) or end
    return Credit(label, line[start:end], None, [], line[start:end], end, False)


def _restated_at(line: str, start: int, at: int, lexicon: Lexicon) -> bool:
    """Whether the text at `at` names the organisation of line[start:at] again: whole, its last two or more
    characters ("巴拿馬運河管理局" + "運河管理局局長"), or a referring word ("該部", "縣府")."""
    name = line[start:at]
    if any(line.startswith(name[i:], at) for i in range(len(name) - 1)):
        return True
    if line[at:at + 1] in ("該", "该") and line[at + 1:at + 2] == name[-1:]:
        return True  # "國土交通省" + "該省官員表示"
    return _starting_word(lexicon.referring_by_initial, line, at)


def _starting_word(index: dict[str, tuple[str, ...]], line: str, at: int) -> bool:
    """Whether a word of an index by first character starts at `at`."""
    return any(line.startswith(word, at) for word in index.get(line[at:at + 1], ()))


def _starts_sentence(line: str, end: int, later: int, lexicon: Lexicon) -> bool:
    """Whether the text after a complete name reads as the paragraph's start: it repeats the end of the name
    ("香港天文台" + "天文台表示"), or is a bare institutional word."""
    continuation = line[end:later]
    # a bare institutional word after a name that is already an institution ("國防部" + "政府已...") is the
    # paragraph's subject; after a name that is not ("歐盟" + "委員會") it completes the name
    bare = continuation in lexicon.suffixes and any(line.endswith(s, 0, end) for s in lexicon.suffixes)
    return line[:end].endswith(continuation) or bare


def _word_start(line: str, start: int, end: int, context: str) -> int | None:
    """The first place after two characters of an unknown name where a word the article uses elsewhere
    begins: the paragraph starts there ("赤道視覺" + "中央銀行週三...")."""
    for pos in range(start + 2, end - 1):
        if standalone_elsewhere(context, line[pos:pos + 3], line[pos - 1]):
            return pos
    return None


def _tail_word_start(line: str, start: int, end: int, lexicon: Lexicon, context: str) -> int | None:
    """Where a word of the article begins inside what looked like an unknown organisation's name."""
    opener = lexicon.opener_at(line, start) if lexicon.organisation_at(line, start) is None else None
    for pos in range(start + 3, end - 2):
        tail = line[pos:end]
        if opener is not None and start + len(opener) == pos:
            continue  # "香港" + "天文台": a place then an institution is one name
        if tail in lexicon.suffixes:
            continue
        if standalone_elsewhere(context, tail, line[pos - 1]):
            return pos
    return None


def mixed_credit(line: str, start: int, label: str, lexicon: Lexicon, context: str = "") -> Credit:
    """`圖:`-style credits: agencies and a person as a photographer credit, anything else as a source."""
    if lexicon.agency_at(line, start) is not None or _photographer_separator(line, start, lexicon) is not None \
            or (_latin_run(line, start) > start and lexicon.organisation_at(line, start) is None):
        return photographer_credit(line, start, label, lexicon, context)
    return source_credit(line, start, label, lexicon, context)


def read_credit(line: str, label_match: LabelMatch, lexicon: Lexicon | None = None, context: str = "") -> Credit:
    """The credit after a label. `context` is the article's whole text: where a credit's end is ambiguous,
    the words the article uses elsewhere tell where the paragraph begins."""
    lexicon = lexicon or load_lexicon()
    if label_match.label in lexicon.source_labels:
        return source_credit(line, label_match.credit_start, label_match.label, lexicon, context)
    if label_match.label in lexicon.mixed_labels:
        return mixed_credit(line, label_match.credit_start, label_match.label, lexicon, context)
    return photographer_credit(line, label_match.credit_start, label_match.label, lexicon, context)


def _bracketed(line: str, at: int, lexicon: Lexicon, context: str = "") -> Credit | None:
    """`(美聯社)` or `(路透社/name)` after a caption: a credit when it holds only agencies (and a name)."""
    match = BRACKETS.match(line, at)
    if match is None or lexicon.agency_at(line, at + 1) is None:
        return None
    if line[match.end():].lstrip().startswith(("——", "--", "—", "-")):
        return None  # "(彭博社)--" opens a dateline
    inner = line[at + 1:match.end() - 1]
    credit = photographer_credit(inner, 0, "", lexicon, context)
    if credit.end != len(inner):
        return None
    return Credit("", match.group(), credit.photographer, credit.agencies, None, match.end(), credit.confident, at)


def _bare(line: str, at: int, lexicon: Lexicon, context: str = "") -> Credit | None:
    """An unlabelled credit at a caption's end: "路透社/name/檔案照片", "Getty Images", "X via Getty Images"."""
    agency = lexicon.agency_at(line, at)
    if agency is None and not ("A" <= line[at:at + 1] <= "Z" or "\u00c0" <= line[at:at + 1] <= "\u00de"):
        return None  # neither an agency nor a capitalised Latin name starts here
    latin_agency = agency is not None and agency.isascii()
    if agency is not None and (CHAIN_SEPARATOR.match(line, at + len(agency)) or latin_agency):
        credit = photographer_credit(line, at, "", lexicon, context)
    elif (sep := _photographer_separator(line, at, lexicon)) is not None and _latin_run(line, at) >= sep.start() > at \
            and LATIN_NAME.fullmatch(line[at:sep.start()]) and lexicon.agency_at(line, sep.end()):
        # "Jane Doe/Bloomberg", "Jane Doe via Getty Images"
        credit = photographer_credit(line, at, "", lexicon, context)
    else:
        return None
    return Credit("", credit.text, credit.photographer, credit.agencies, None, credit.end, credit.confident, at)


def find_unlabelled(line: str, pos: int = 0, lexicon: Lexicon | None = None,
                    before: int | None = None, context: str = "", at_pos: bool = False) -> Credit | None:
    """The first unlabelled credit at or after `pos` (before `before`), where a caption could end; with
    `at_pos`, only one that starts at `pos` (what a caller testing `credit.start == pos` needs)."""
    lexicon = lexicon or load_lexicon()
    stop = min(len(line), pos + MAX_CAPTION + 1, before if before is not None else len(line))
    # an unlabelled credit begins with an agency or a capitalised Latin word, or a bracket: one scan in C
    # rules out most lines before any candidate is looked at. (credit_start_hint in two parts: its `^` branch
    # matches only at the string's start, and without that branch the search skips by first character.)
    if pos == 0:  # the `^` branch, which also covers the hint matching the first character alone
        starts_here = line[:1] in ("(", "（") or lexicon.credit_start_head.match(line, 0, stop + 1) is not None
    else:
        starts_here = lexicon.credit_start_hint.match(line[pos:pos + 1]) is not None
    if not starts_here and lexicon.credit_start_scan.search(line, pos, stop + 1) is None:
        return None
    if at_pos:
        starts = [pos]
    else:
        starts = sorted({pos, *(m.end() if m.group() not in "(（" else m.start()
                                for m in CREDIT_START.finditer(line, pos, stop))})
    initials = lexicon.agency_by_initial
    for at in starts:
        if at >= stop:
            break
        ch = line[at]
        if ch in "(（":
            if _ends_with_agency(line, pos, at, lexicon):
                continue  # "路透社(Reuters)": a name in two languages, not a credit
            credit = _bracketed(line, at, lexicon, context)
            if credit is not None:
                return credit
        elif at == pos or line[at - 1] in CAPTION_END:
            # _bare needs an agency or a capital letter here: skip the call for any other character
            if ch.lower() not in initials and not ("A" <= ch <= "Z" or "\u00c0" <= ch <= "\u00de"):
                continue
            credit = _bare(line, at, lexicon, context)
            if credit is not None:
                return credit
    return None


def _ends_with_agency(line: str, pos: int, at: int, lexicon: Lexicon) -> bool:
    """Whether line[pos:at] ends with an agency spelling."""
    if at <= pos:
        return False
    return any(line.endswith(spelling, pos, at) for spelling in lexicon.agency_spellings_by_last.get(line[at - 1], ()))

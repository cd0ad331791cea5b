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

LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9.'’\- ]*[A-Za-z0-9.]|[A-Za-z]")
NAME_DOT = "·・•‧"


@dataclass(frozen=True)
class Credit:
    label: str
    text: str
    photographer: str | None
    agencies: list[str]
    source: str | None
    end: int  # index in the line where the credit ends (the paragraph starts)
    confident: bool


@dataclass(frozen=True)
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


def _latin_run(text: str, pos: int) -> int:
    match = LATIN_RUN.match(text, pos)
    return match.end() if match else pos


def _agency_chain(text: str, pos: int, lexicon: Lexicon) -> tuple[list[str], int, bool]:
    """Agencies separated by "/" from `pos`; returns them, the end, and whether all were known."""
    agencies: list[str] = []
    known = True
    while True:
        agency = lexicon.agency_at(text, pos)
        if agency is not None:
            end = pos + len(agency)
        else:
            # an agency we do not know: a Latin name, or CJK up to a name breaker
            end = _latin_run(text, pos)
            if end == pos:
                end = _cjk_name_end(text, pos, lexicon, limit=12)
            known = False
            if end == pos:
                break
        agencies.append(text[pos:end])
        pos = end
        if pos < len(text) and text[pos] == "/":
            pos += 1
            continue
        break
    return agencies, pos, known


def _cjk_name_end(text: str, pos: int, lexicon: Lexicon, limit: int) -> int:
    end = pos
    while end < len(text) and end - pos < limit and text[end] not in lexicon.name_breakers \
            and not text[end].isascii():
        end += 1
    return end


def photographer_credit(line: str, start: int, label: str, lexicon: Lexicon) -> Credit:
    slash = line.find("/", start, start + MAX_PHOTOGRAPHER + 1)
    agency_first = lexicon.agency_at(line, start)
    if agency_first is not None and (slash == -1 or slash == start + len(agency_first)):
        # "Bloomberg" alone, or agency-first credits such as "路透社/name"
        agencies, end, known = _agency_chain(line, start, lexicon)
        return Credit(label, line[start:end], None, agencies, None, end, known)
    if slash > start:
        photographer = line[start:slash]
        agencies, end, known = _agency_chain(line, slash + 1, lexicon)
        return Credit(label, line[start:end], photographer, agencies, None, end, known)
    end = _latin_run(line, start)
    if end > start:
        return Credit(label, line[start:end], line[start:end].strip(), [], None, end, True)
    # a Chinese name with no agency: its end is a guess
    end = _transliterated_name_end(line, start, lexicon)
    return Credit(label, line[start:end], line[start:end], [], None, end, False)


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


def source_credit(line: str, start: int, label: str, lexicon: Lexicon) -> Credit:
    known = lexicon.organisation_at(line, start)
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
    end = start + len(known) if known is not None else (ends[0] if ends else start)
    for later in ends:
        if later <= end:
            continue
        # a longer name continues this one ("美國國務院" + "新聞辦公室") unless what follows opens a new
        # name or the paragraph ("韓國交易所" + "韓國政府今年...")
        if lexicon.opens_name_at(line, end):
            break
        end = later
    if end > start:
        confident = known is not None or len(ends) <= 1 or end - start <= 12
        return Credit(label, line[start:end], None, [], line[start:end], end, confident)
    end = bound if bound > start else _latin_run(line, start)
    return Credit(label, line[start:end], None, [], line[start:end], end, False)


def read_credit(line: str, label_match: LabelMatch, lexicon: Lexicon | None = None) -> Credit:
    lexicon = lexicon or load_lexicon()
    if label_match.label in lexicon.source_labels:
        return source_credit(line, label_match.credit_start, label_match.label, lexicon)
    return photographer_credit(line, label_match.credit_start, label_match.label, lexicon)

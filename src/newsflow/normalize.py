"""Normalization: a cleaned display text and a script-folded key, never replacing the raw text.

- NFC, zero-width characters dropped;
- link-residue spaces between two CJK characters removed (spaces between Latin words stay);
- ASCII `, : ; ? !` between CJK characters turned full-width (`30,000` keeps its comma), and a `?` or `!`
  ending a Chinese sentence;
- the script detected with OpenCC; the folded key is Simplified, NFKC, case-folded, with only letters
  and digits kept, so the same text in HK, TW or Simplified script has one key.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from newsflow.models import NormalizedText, ParsedArticle
from newsflow.script import detect_script, to_simplified

# Han ideographs, CJK symbols and punctuation, full-width forms, and the curly quotes used in Chinese text.
CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
RESIDUE_SPACE = re.compile(f"(?<=[{CJK}])[ \\t\u00a0\u3000]+(?=[{CJK}])")
ASCII_PUNCT = re.compile(f"(?<=[{CJK}])\\s*([,:;?!])\\s*(?=[{CJK}])")
SENTENCE_END = re.compile(f"(?<=[{CJK}])([?!])(?=$|[\u201d\u2019」』])")  # "...嗎?" at the end of a sentence
NOT_ALNUM = re.compile(r"[\W_]+")  # everything but letters and digits (str.isalnum), in every script
FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}


def clean(text: str) -> str:
    """The display form of one line of text."""
    text = unicodedata.normalize("NFC", text)
    text = ZERO_WIDTH.sub("", text)
    text = RESIDUE_SPACE.sub("", text)
    text = ASCII_PUNCT.sub(lambda m: FULL_WIDTH[m.group(1)], text)
    text = SENTENCE_END.sub(lambda m: FULL_WIDTH[m.group(1)], text)
    return text.strip()


def fold(text: str) -> str:
    """The script-folded key of a text: Simplified, NFKC, case-folded, letters and digits only."""
    return NOT_ALNUM.sub("", to_simplified(unicodedata.normalize("NFKC", text)).casefold())


def normalize(parsed: ParsedArticle) -> NormalizedText:
    title = clean(parsed.title)
    paragraphs = [clean(p) for p in parsed.paragraphs]
    body = "\n".join(paragraphs)
    key = fold(title + "\n" + body)
    return NormalizedText(
        title=title,
        body=body,
        script=detect_script(parsed.title + "\n" + "\n".join(parsed.paragraphs)),
        folded_key=key,
        key_sha256=hashlib.sha256(key.encode("utf-8")).hexdigest(),
    )

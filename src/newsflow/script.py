"""Chinese script conversion and detection with OpenCC (converters built once per process)."""

from __future__ import annotations

import re
from functools import cache

import opencc

HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


@cache
def converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Fold any Traditional form (HK, TW, standard) to Simplified: hk2s also maps HK variants like 説 and 衞."""
    return converter("hk2s").convert(text)


def script_variants(text: str) -> set[str]:
    """The text as written plus its Simplified, Hong Kong and Taiwan forms."""
    simplified = to_simplified(text)
    return {text, simplified, converter("s2hk").convert(simplified), converter("s2tw").convert(simplified),
            converter("s2t").convert(simplified)}


SAMPLE_CHARS = 2000  # script detection needs a sample, not the whole text
SCRIPTS = ("zh-Hant-HK", "zh-Hant-TW", "zh-Hans")
# OpenCC's TW standard writes 臺, but Taiwan itself writes 台 (台灣) as often: it tells nothing.
UNRELIABLE_MARKERS = frozenset("台")


@cache
def _markers() -> dict[str, re.Pattern[str]]:
    """Characters only one script writes that way, derived from OpenCC's own tables once per process.

    HK: the character is its own HK form but not its TW form (説 衞 裏); TW the reverse (說 衛 裡);
    Simplified: the character is Simplified and has a different Traditional form (说 卫 里); zh-Hant: any
    character that folds to a different Simplified one.
    """
    chars = [chr(cp) for cp in range(0x4E00, 0xA000)]
    joined = "\n".join(chars)  # one character per line: no phrase conversion across characters
    simplified = to_simplified(joined).split("\n")
    as_hk = converter("s2hk").convert("\n".join(simplified)).split("\n")
    as_tw = converter("s2tw").convert("\n".join(simplified)).split("\n")
    as_t = converter("s2t").convert("\n".join(simplified)).split("\n")
    sets: dict[str, set[str]] = {name: set() for name in (*SCRIPTS, "zh-Hant")}
    for ch, s, hk, tw, t in zip(chars, simplified, as_hk, as_tw, as_t, strict=True):
        if ch in UNRELIABLE_MARKERS:
            continue
        if ch == hk != tw:
            sets["zh-Hant-HK"].add(ch)
        elif ch == tw != hk:
            sets["zh-Hant-TW"].add(ch)
        if ch == s != t:
            sets["zh-Hans"].add(ch)
        elif ch != s:
            sets["zh-Hant"].add(ch)  # any Traditional form (standard, HK or TW) of a Simplified character
    return {name: re.compile("[" + "".join(sorted(chars_)) + "]") for name, chars_ in sets.items()}


def detect_script(text: str) -> str:
    """zh-Hans, zh-Hant-HK, zh-Hant-TW or und (no Han characters).

    Counts, in a sample, the distinct characters only Simplified, only Traditional, only HK or only TW
    writes that way: Simplified wins when it has more marks than Traditional; else HK unless TW has more.
    """
    text = text[:SAMPLE_CHARS]
    if not HAN.search(text):
        return "und"
    # distinct marker characters, so that one word repeated many times does not outweigh the rest
    counts = {name: len(set(pattern.findall(text))) for name, pattern in _markers().items()}
    if counts["zh-Hans"] > counts["zh-Hant"]:
        return "zh-Hans"
    return "zh-Hant-TW" if counts["zh-Hant-TW"] > counts["zh-Hant-HK"] else "zh-Hant-HK"

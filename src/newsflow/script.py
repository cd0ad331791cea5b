"""Chinese script conversion and detection with OpenCC (converters built once per process)."""

from __future__ import annotations

from functools import cache

import opencc


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


def _changed(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b, strict=False)) + abs(len(a) - len(b))


def detect_script(text: str) -> str:
    """zh-Hans, zh-Hant-HK, zh-Hant-TW or und (no Han characters).

    The text is folded to Simplified and rendered back in the HK and the TW standards; the script is the
    rendering it differs least from (Simplified when folding changes fewer characters than either).
    """
    if not any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in text):
        return "und"
    simplified = to_simplified(text)
    distances = {
        "zh-Hans": _changed(text, simplified),
        "zh-Hant-HK": _changed(text, converter("s2hk").convert(simplified)),
        "zh-Hant-TW": _changed(text, converter("s2tw").convert(simplified)),
    }
    return min(distances, key=lambda name: (distances[name], name != "zh-Hant-HK"))

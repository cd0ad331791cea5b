"""Normalization keeps meaning and Latin spacing, fixes link residue and punctuation, folds scripts."""

from __future__ import annotations

import pytest

from newsflow.normalize import clean, fold, normalize
from newsflow.parse import parse_text
from newsflow.script import detect_script


@pytest.mark.parametrize(("raw", "expected"), [
    ("報告顯示 該公司的利潤", "報告顯示該公司的利潤"),  # link residue between CJK
    ("分析師 Jane Roe 表示", "分析師 Jane Roe 表示"),  # spaces next to Latin stay
    ("他説,市場仍然波動", "他説，市場仍然波動"),  # ASCII comma between CJK
    ("指數:上升", "指數：上升"),
    ("約30,000名員工", "約30,000名員工"),  # thousands separator stays
    ("上漲1.5%,創新高", "上漲1.5%,創新高"),  # a digit or % on one side: not between CJK
    ("他表示,“我們會堅持。”", "他表示，“我們會堅持。”"),
    ("真的嗎?是的!", "真的嗎？是的！"),
    ("零\u200b寬\u200d字元", "零寬字元"),
    ("e\u0301te", "\u00e9te"),  # NFC
    ("  前後空白  ", "前後空白"),
])
def test_clean(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_fold_is_the_same_across_scripts_and_punctuation() -> None:
    hk = "他説:“衞生署的報告顯示 温度上升,閲讀量增加。”"
    tw = "他說：「衛生署的報告顯示溫度上升，閱讀量增加。」"
    cn = "他说:“卫生署的报告显示温度上升,阅读量增加。”"
    assert fold(hk) == fold(tw) == fold(cn) == "他说卫生署的报告显示温度上升阅读量增加"


@pytest.mark.parametrize(("text", "script"), [
    ("他説衞生署的報告裏提到温度", "zh-Hant-HK"),
    ("他說衛生署的報告裡提到溫度", "zh-Hant-TW"),
    ("他说卫生署的报告里提到温度", "zh-Hans"),
    ("Only Latin text", "und"),
])
def test_detect_script(text: str, script: str) -> None:
    assert detect_script(text) == script


def test_normalize_keeps_raw_fields_and_hashes_the_folded_key() -> None:
    parsed = parse_text("港口 吞吐量下降 - 彭博社\nJane Roe\n"
                        "新加坡港口週一表示,貨櫃吞吐量下降。\n分析師 Lee Kim 説 情況會改善。")
    norm = normalize(parsed)
    assert parsed.title == "港口 吞吐量下降"
    assert norm.title == "港口吞吐量下降"
    assert norm.body == "新加坡港口週一表示，貨櫃吞吐量下降。\n分析師 Lee Kim 説情況會改善。"
    assert norm.script == "zh-Hant-HK"
    assert len(norm.key_sha256) == 64
    simplified = parse_text("港口吞吐量下降 - 彭博社\nJane Roe\n"
                            "新加坡港口周一表示,货柜吞吐量下降。\n分析师 Lee Kim 说情况会改善。")
    assert normalize(simplified).key_sha256 == norm.key_sha256

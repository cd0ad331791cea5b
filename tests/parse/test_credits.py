"""Where a credit glued to a paragraph ends, and how it splits."""

from __future__ import annotations

import pytest

from newsflow.lexicon import load_lexicon
from newsflow.parse.credits import find_label, read_credit
from newsflow.parse.text import byline_names, parse_text, split_title


def credit_of(line: str):  # type: ignore[no-untyped-def]
    label = find_label(line)
    assert label is not None
    credit = read_credit(line, label)
    return credit, line[credit.end:]


@pytest.mark.parametrize(("line", "photographer", "agencies", "rest"), [
    ("攝影師:陳志強/法新社/Getty Images股市週一回升。", "陳志強", ["法新社", "Getty Images"], "股市週一回升。"),
    ("攝影師:Jane Roe/Bloomberg港口吞吐量下降。", "Jane Roe", ["Bloomberg"], "港口吞吐量下降。"),
    ("攝影師:Jane Roe港口吞吐量下降。", "Jane Roe", [], "港口吞吐量下降。"),
    ("摄影师:王小明/新华社/路透社出口数据好于预期。", "王小明", ["新华社", "路透社"], "出口数据好于预期。"),
    ("攝影師 : Lee Kim/AFP/Getty週二的會議。", "Lee Kim", ["AFP", "Getty"], "週二的會議。"),
])
def test_photographer_credits(line: str, photographer: str, agencies: list[str], rest: str) -> None:
    credit, after = credit_of(line)
    assert (credit.photographer, credit.agencies, after) == (photographer, agencies, rest)
    assert credit.confident


@pytest.mark.parametrize(("line", "source", "rest"), [
    ("來源:世界銀行週三公佈的報告顯示", "世界銀行", "週三公佈的報告顯示"),
    ("來源:美國國務院新聞辦公室“我們不會讓步,”他説。", "美國國務院新聞辦公室", "“我們不會讓步,”他説。"),
    ("來源:韓國交易所韓國政府今年推出新措施。", "韓國交易所", "韓國政府今年推出新措施。"),
    ("来源:欧盟委员会报告称,", "欧盟委员会", "报告称,"),
    ("來源:NASA科學家週一表示", "NASA", "科學家週一表示"),
])
def test_source_credits(line: str, source: str, rest: str) -> None:
    credit, after = credit_of(line)
    assert (credit.source, credit.photographer, credit.agencies, after) == (source, None, [], rest)


def test_a_colon_in_body_text_is_not_a_credit() -> None:
    assert find_label("比分為3:1,收入來源之一是轉播權,他表示:“很好。”") is None


@pytest.mark.parametrize(("line", "title", "publisher"), [
    ("央行維持利率不變 - 彭博社", "央行維持利率不變", "彭博社"),
    ("央行維持利率不變 | 路透社", "央行維持利率不變", "路透社"),
    ("一條沒有出版者的標題", "一條沒有出版者的標題", None),
    ("港股-恒指低開", "港股-恒指低開", None),
])
def test_titles(line: str, title: str, publisher: str | None) -> None:
    assert split_title(line, load_lexicon()) == (title, publisher)


@pytest.mark.parametrize(("line", "names"), [
    ("Jane Roe, John Doe", ["Jane Roe", "John Doe"]),
    ("陳大文、李小明", ["陳大文", "李小明"]),
    ("市場週一大幅波動。", None),
])
def test_bylines(line: str, names: list[str] | None) -> None:
    assert byline_names(line) == names


def test_a_credit_right_after_the_byline_is_a_photo_without_caption() -> None:
    text = "工廠停產 - 路透社\n李小明\n攝影師:Jane Roe/路透社工廠週一停產。\n工人等待消息。"
    parsed = parse_text(text)
    assert parsed.authors == ["李小明"]
    assert parsed.photos[0].caption == ""
    assert parsed.paragraphs == ["工廠週一停產。", "工人等待消息。"]


def test_credit_at_the_end_of_the_article_precedes_no_paragraph() -> None:
    parsed = parse_text("標題 - 彭博社\nJane Roe\n第一段。\n港口的貨櫃攝影師:Lee Kim/彭博")
    assert parsed.paragraphs == ["第一段。"]
    assert parsed.photos[0].before_paragraph == 1

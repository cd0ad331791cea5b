"""Property-based: random and mutated articles never make the parser or normalizer raise past `transform`.

Whatever the bytes, `transform` returns an article or a rejection with a stage and a reason; the parsers
themselves raise nothing but ParseError.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsflow.models import Article, ParseError, RawDocument, Rejection, SourceItem
from newsflow.normalize import normalize
from newsflow.parse import parse_text
from newsflow.parse.enrich import enrich
from newsflow.parse.html import parse_html
from newsflow.transform import transform

CASES = Path(__file__).resolve().parents[1] / "golden" / "cases"
SAMPLES = sorted(CASES.glob("*.txt"))[:40]
HTML_SAMPLES = sorted(CASES.glob("*.html"))[:10]
PIECES = [
    "攝影師:", "來源:", "圖片來源:", "攝:", "/", "(美聯社)", "路透社/", " via Getty Images", "彭博社", "—", "——",
    "--", "“", "”", "説", "表示:", "·", "|", "|---|", "* ", "- ", "## ", "**", "\n", "\n\n", " date 2025-01-01 ",
    "第1項,共2項", "倫敦,7月18日(路透社)——", "廣告·繼續滾動", "。", ",", "19:14", "\u200b", "\ufeff", "\r\n",
    "《彭博社》:", "?- 彭博社",
]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _raw(content: bytes, media_type: str | None = None) -> RawDocument:
    return RawDocument(SourceItem("prop", "prop.txt", None, "none"), content, "", datetime.now(UTC),
                       media_type=media_type)


def _outcome_is_clean(result: Article | Rejection) -> None:
    if isinstance(result, Rejection):
        assert result.stage and result.reason
        assert result.reason != "parser_error", result.detail  # a parser bug, not bad input
    else:
        assert result.parsed.paragraphs and result.normalized.key_sha256


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_end_as_article_or_rejection(content: bytes) -> None:
    _outcome_is_clean(transform(_raw(content)))


@SETTINGS
@given(st.text(max_size=1500))
def test_any_text_parses_or_raises_parse_error(text: str) -> None:
    try:
        parsed = enrich(parse_text(text))
    except ParseError as exc:
        assert exc.reason
        return
    normalize(parsed)


@SETTINGS
@given(st.sampled_from(SAMPLES), st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(PIECES)), max_size=12),
       st.lists(st.integers(0, 10_000), max_size=6))
def test_mutated_articles_stay_clean(path: Path, inserts: list[tuple[int, str]], cuts: list[int]) -> None:
    text = path.read_text(encoding="utf-8")
    for at, piece in inserts:  # insert format pieces at random places
        at %= len(text) + 1
        text = text[:at] + piece + text[at:]
    for at in cuts:  # and cut characters out (truncations, lost separators)
        at %= max(len(text), 1)
        text = text[:at] + text[at + 3:]
    _outcome_is_clean(transform(_raw(text.encode("utf-8"))))


@SETTINGS
@given(st.sampled_from(HTML_SAMPLES or SAMPLES), st.integers(0, 100_000), st.integers(0, 400))
def test_truncated_or_damaged_html_stays_clean(path: Path, at: int, length: int) -> None:
    content = path.read_bytes()
    at %= len(content) + 1
    damaged = content[:at] + content[at + length:]
    try:
        parse_html(damaged)
    except ParseError as exc:
        assert exc.reason
    _outcome_is_clean(transform(_raw(damaged, "text/html")))

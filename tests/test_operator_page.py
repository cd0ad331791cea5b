"""The operator page's HTML: every value escaped, counts per stage in their columns, bytes shown as text."""

from __future__ import annotations

from datetime import UTC, datetime

from newsflow.db.operator import Overview, QuarantineRow, RunRow, StoryRow
from newsflow.operator_page import preview_text, render

WHEN = datetime(2025, 11, 17, tzinfo=UTC)


def overview() -> Overview:
    run = RunRow(7, "newsflow_ingest", "backfill__2025-11-17", "demo", WHEN, WHEN, "success", "reprocess", 2, WHEN,
                 WHEN, {"discovered": 6, "stored": 6, "processed": 6, "articles": 5, "duplicates": 1,
                        "quarantined": 0, "story_canonical": 5})
    bad = QuarantineRow(3, "demo", "2025-11-21/<b>notes</b>.txt", "parse", "no_title", "no title line", 5, WHEN, 7,
                        b"<i>\xff\x00ok")
    story = StoryRow(9, "<script>alert(1)</script>", "彭博社", WHEN, WHEN, 2, 3, {"canonical": 1, "exact": 1})
    return Overview([run], [bad], [story], {"articles": 5, "stories": 1, "raw_documents": 6, "quarantine": 1,
                                            "runs_success": 1})


def test_values_from_the_database_are_escaped() -> None:
    html = render(overview(), "postgresql://news@db/news")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;notes&lt;/b&gt;.txt" in html and "<i>" not in html


def test_runs_show_their_counts_per_stage_and_the_rest() -> None:
    html = render(overview(), "news")
    assert "<td>reprocess</td>" in html and '<td class="n">5</td>' in html
    assert "story_canonical=5" in html
    assert "articles 5 · stories 1 · raw documents 6 · quarantined 1 · ingest runs: 1 success" in html


def test_raw_bytes_are_previewed_as_text() -> None:
    assert preview_text(b"\xe5\xbd\xad\xe5\x8d\x9a\xe7\xa4\xbe\n\xff\x00") == "彭博社\n\ufffd\ufffd"


def test_empty_sections_say_so() -> None:
    html = render(Overview([], [], [], {}), "news")
    assert "No ingest run yet." in html and "Nothing in quarantine." in html and "ingest runs: none yet" in html

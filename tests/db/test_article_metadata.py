"""The metadata beyond FORMAT.md lands in its tables and in articles_v: datelines, people, quotes, confidence."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from golden_cases import GOLDEN_DEMO

from newsflow import pipeline
from newsflow.db import connect

DAY = datetime(2025, 11, 17, tzinfo=UTC)
CASE = "rtrs-indonesia-nickel-smelter"


def test_dateline_people_and_quotes_are_loaded_and_shown_in_articles_v(news_db: str) -> None:
    pipeline.ingest(news_db, "demo", DAY, DAY + timedelta(days=1))
    expected = json.loads((GOLDEN_DEMO / "2025-11-17" / f"{CASE}.expected.json").read_text(encoding="utf-8"))
    with connect(news_db) as conn:
        row = conn.execute(
            """SELECT article_id, dateline_text, dateline_place, dateline_date, dateline_agency, people, quote_count,
                      byline, publisher_latin, low_confidence_credits
                 FROM articles_v WHERE uri LIKE %s""", (f"%{CASE}%",)).fetchone()
        assert row is not None
        article_id = row[0]
        quotes = conn.execute("SELECT speaker, quote, paragraph FROM quotes WHERE article_id = %s ORDER BY position",
                              (article_id,)).fetchall()
        aliases = conn.execute("""SELECT p.name, ap.aliases FROM article_people ap JOIN people p ON p.id = ap.person_id
                                   WHERE ap.article_id = %s ORDER BY ap.position""", (article_id,)).fetchall()
    dateline = expected["dateline"]
    assert row[1:5] == (dateline["text"], dateline["place"], date.fromisoformat(dateline["date"]), dateline["agency"])
    assert row[5] == [p["name"] for p in expected["people"]]
    assert row[6] == len(expected["quotes"]) == len(quotes) > 0
    assert quotes == [(q["speaker"], q["quote"], q["paragraph"]) for q in expected["quotes"]]
    assert aliases == [(p["name"], p["aliases"]) for p in expected["people"]]
    assert row[7] == expected["byline"] and row[8] == "Reuters"
    assert row[9] == sum(p["confidence"] == "low" for p in expected["photos"])


def test_reprocessing_keeps_one_row_per_person_and_quote(news_db: str) -> None:
    pipeline.ingest(news_db, "demo", DAY, DAY + timedelta(days=1))
    with connect(news_db) as conn:
        before = conn.execute("SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM article_people), "
                              "(SELECT count(*) FROM quotes)").fetchone()
    pipeline.reprocess(news_db, "demo", DAY, DAY + timedelta(days=1))
    with connect(news_db) as conn:
        after = conn.execute("SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM article_people), "
                             "(SELECT count(*) FROM quotes)").fetchone()
    assert before == after and before is not None and min(before) > 0

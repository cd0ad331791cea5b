"""The consumer layer at scale: load throughput beside a raw COPY, latencies of the README's example queries and
of search, and the indexes their plans use.

- load: generated articles (benchmarks/synthetic.py) go through the loader of the pipeline (`store.store_raw`
  and `store.load_articles`, batches of pipeline.BATCH_SIZE, one transaction each) into a throwaway database;
  parsing and dedup are done too but not timed. Then the same rows are copied with one plain COPY per table
  into copies of the tables (`LIKE ... INCLUDING ALL`: same indexes, no foreign keys): the ratio of the two
  rates says what the loader's staging and upserts cost.
  Parsing 100,000 documents would dominate the run, so `--queries-parsed` distinct documents are parsed and
  each is loaded again under another title and date until there are `--queries-size` articles.
- queries: each example of README "Querying" (its demo values replaced by values of the generated corpus:
  the busiest publisher, author, agency, ...; dates shifted into the corpus), and searches for words found in
  about 0.1%, 1% and 10% of the articles, in Simplified and in Traditional script, each run `runs` times
  after two warm-up runs (p50, p95), with the indexes and sequential scans of its plan (inside newsflow_search
  through auto_explain).

    python -m benchmarks --only queries --queries-size 100000
    python -m benchmarks.queries --readme    # rewrite the example outputs of README.md from the demo corpus
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import itertools
import json
import multiprocessing
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from benchmarks.synthetic import SyntheticDoc, generate
from newsflow import pipeline
from newsflow.config import SourceConfig, load_dedup
from newsflow.db import store
from newsflow.db import stories as db_stories
from newsflow.db.migrate import apply_migrations
from newsflow.db.scratch import ScratchServer
from newsflow.dedup import split_exact
from newsflow.models import Article, RawDocument, Rejection, SourceItem
from newsflow.normalize import normalize
from newsflow.script import converter
from newsflow.stories import member_for
from newsflow.transform import transform

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
EXAMPLE = re.compile(r"```sql\n(-- (\d+)\. ([^\n]+)\n(.*?))```(\n\n```text\n.*?```)?", re.DOTALL)
DEMO_DAYS = ("2025-11-17", "2025-11-18", "2025-11-19", "2025-11-20", "2025-11-21")
READER = "newsflow_reader"
DEDUP_TABLES = frozenset({"stories", "story_members", "article_signatures", "lsh_buckets", "article_anchors"})


@dataclass(frozen=True)
class Example:
    number: int
    title: str
    sql: str  # one statement, without its title line


def querying_section(text: str) -> str:
    start = text.index("\n## Querying\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end >= 0 else len(text)]


def readme_examples(path: Path = README) -> list[Example]:
    """The numbered example queries of README "Querying": ```sql blocks whose first line is `-- N. title`."""
    return [Example(int(m.group(2)), m.group(3).strip(), m.group(4).strip())
            for m in EXAMPLE.finditer(querying_section(path.read_text(encoding="utf-8")))]


# -- the demo outputs of the README ---------------------------------------------------------------------------

def _psql() -> str:
    found = shutil.which("psql")
    if found:
        return found
    from newsflow.embedded import _bin_dir

    return str(_bin_dir() / "psql")


def psql_output(url: str, query: str) -> str:
    """What psql prints for the query run as newsflow_reader."""
    result = subprocess.run([_psql(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-P", "pager=off", "-d", url,
                             "-c", f"SET ROLE {READER}", "-c", query],
                            capture_output=True, text=True, check=True, timeout=60, env={**os.environ, "PGTZ": "UTC"})
    return "\n".join(line.rstrip() for line in result.stdout.rstrip("\n").split("\n"))


def load_demo(url: str) -> None:
    """The demo corpus through the pipeline, day by day (as `make run` backfills it)."""
    apply_migrations(url)
    previous = os.environ.pop("NEWSFLOW_SOURCES", None)
    try:
        for day in DEMO_DAYS:
            start = datetime.fromisoformat(day).replace(tzinfo=UTC)
            pipeline.ingest(url, "demo", start, start + timedelta(days=1))
    finally:
        if previous is not None:
            os.environ["NEWSFLOW_SOURCES"] = previous


def update_readme(path: Path = README) -> None:
    """Rewrite the output block after each example of README "Querying" with its output on the demo corpus."""
    scratch = ScratchServer.from_environment(ROOT / ".newsflow" / "bench-pg")
    try:
        with scratch.database("newsflow_readme_examples") as url:
            load_demo(url)
            text = path.read_text(encoding="utf-8")
            section = querying_section(text)

            def with_output(match: re.Match[str]) -> str:
                output = psql_output(url, match.group(4).strip())
                return f"```sql\n{match.group(1)}```\n\n```text\n{output}\n```"

            path.write_text(text.replace(section, EXAMPLE.sub(with_output, section)), encoding="utf-8")
    finally:
        scratch.close()


# -- loading -------------------------------------------------------------------------------------------------

def _transform(doc: SyntheticDoc) -> Article | Rejection:
    content = doc.text.encode("utf-8")
    published = datetime.combine(doc.published, datetime.min.time(), UTC)
    raw = RawDocument(SourceItem("bench", f"{doc.published.isoformat()}/{doc.doc_id}.txt", published, "path"),
                      content, hashlib.sha256(content).hexdigest(), datetime.now(UTC))
    return transform(raw)


def parse_pool(parsed: int, seed: int) -> list[Article]:
    """`parsed` generated documents parsed, normalized and with metadata, in parallel (one process per core)."""
    docs = [doc for _, doc in zip(range(parsed), generate(parsed // 2 + 1, seed=seed), strict=False)]
    context = multiprocessing.get_context("spawn")
    with context.Pool(os.cpu_count() or 1) as pool:
        results = pool.map(_transform, docs, chunksize=25)
    return [r for r in results if isinstance(r, Article)]


def _again(article: Article, copy: int, first_day: date, days: int) -> Article:
    """The article loaded once more as another article: a numbered title, another date and location."""
    parsed = replace(article.parsed, title=f"{article.parsed.title}（{copy}）")
    published = article.published_at or datetime(first_day.year, first_day.month, first_day.day, tzinfo=UTC)
    offset = ((published.date() - first_day).days + 11 * copy) % days
    published = datetime.combine(first_day + timedelta(days=offset), published.timetz())
    lines = article.raw_text.split("\n")
    text = "\n".join([lines[0].replace(article.parsed.title, parsed.title, 1), *lines[1:]])
    content = text.encode("utf-8")
    name = article.raw.item.uri.rsplit("/", 1)[-1].removesuffix(".txt")
    item = SourceItem("bench", f"{published.date().isoformat()}/{name}-{copy}.txt", published, "path")
    raw = replace(article.raw, item=item, content=content, sha256=hashlib.sha256(content).hexdigest())
    return replace(article, raw=raw, parsed=parsed, normalized=normalize(parsed), published_at=published,
                   raw_text=text)


def corpus(pool: list[Article], size: int) -> Iterator[Article]:
    """`size` articles: the pool, then the pool again and again under other titles and dates."""
    dates = [a.published_at.date() for a in pool if a.published_at]
    first_day, days = min(dates), (max(dates) - min(dates)).days + 1
    for i in range(size):
        article = pool[i % len(pool)]
        yield article if i < len(pool) else _again(article, i // len(pool), first_day, days)


@dataclass
class LoadResult:
    documents: int = 0
    articles: int = 0
    seconds: float = 0.0
    rows: dict[str, int] | None = None

    @property
    def total_rows(self) -> int:
        return sum((self.rows or {}).values())


def _counts(conn: psycopg.Connection) -> dict[str, int]:
    tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    counts = {}
    for table in tables:
        row = conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))).fetchone()
        counts[table] = int(row[0]) if row else 0
    return counts


OWN_STORIES = """
WITH made AS (
    INSERT INTO stories (canonical_article_id, canonical_rule)
    SELECT id, 'earliest' FROM unnest(%(ids)s::bigint[]) AS q(id)
    RETURNING id, canonical_article_id
)
INSERT INTO story_members (article_id, story_id, relation, similarity, reason, ingest_run_id)
SELECT canonical_article_id, id, 'canonical', 1, 'bench: a copy, not deduplicated', %(run)s FROM made
"""


def load(url: str, articles: Iterator[Article], batch_size: int, pool_size: int) -> LoadResult:
    """Every article through store_raw and load_articles (timed), batch by batch; then dedup (not timed) for the
    parsed documents, and a story of its own for each copy."""
    dedup = load_dedup()
    hasher = pipeline.minhasher(dedup.similarity)
    with psycopg.connect(url) as conn:
        source_id = store.upsert_source(conn, SourceConfig("bench", "dir", "generated"))
        run = store.begin_run(conn, "bench", "bench", source_id, datetime(2000, 1, 1, tzinfo=UTC),
                              datetime(2100, 1, 1, tzinfo=UTC))
        before = _counts(conn)
    result, after = LoadResult(), 0
    for batch in _batched(articles, batch_size):
        started = time.perf_counter()
        with psycopg.connect(url) as conn:
            store.store_raw(conn, run, source_id, [a.raw for a in batch])
        result.seconds += time.perf_counter() - started
        with psycopg.connect(url) as conn:
            stored = store.run_documents(conn, run, after, len(batch))
        by_uri = {a.raw.item.uri: a for a in batch}
        mine = {doc.id: by_uri[doc.raw.item.uri] for doc in stored}
        raw_id = {id(a): rid for rid, a in mine.items()}
        unique, repeats = split_exact(list(mine.values()))
        started = time.perf_counter()
        with psycopg.connect(url) as conn:
            outcome = store.load_articles(conn, run, source_id, {raw_id[id(a)]: a for a in unique},
                                          [(raw_id[id(d)], raw_id[id(o)], d.normalized.script) for d, o in repeats])
        result.seconds += time.perf_counter() - started
        with psycopg.connect(url) as conn:
            if result.documents < pool_size:
                members = [member_for(article_id, mine[rid], hasher) for rid, article_id in outcome.own.items()]
                db_stories.assign_stories(conn, run, members, dedup.similarity, dedup.canonical_rule,
                                          dedup.min_shared_anchors)
            else:  # a copy shares every name and figure with the other copies: no dedup, a story of its own
                conn.execute(OWN_STORIES, {"ids": list(outcome.own.values()), "run": run})
        result.documents += len(batch)
        result.articles += outcome.articles
        if result.documents % 10_000 < batch_size:
            print(f"  loaded {result.documents:,} documents, loader {result.documents / result.seconds:,.0f}/s",
                  file=sys.stderr, flush=True)
        after = stored[-1].id if stored else after
    with psycopg.connect(url) as conn:
        store.finish_run(conn, run, "success", {"documents": result.documents, "articles": result.articles})
        grown = {t: n - before.get(t, 0) for t, n in _counts(conn).items() if n > before.get(t, 0)}
    result.rows = {t: n for t, n in grown.items() if t not in DEDUP_TABLES}  # what the loader wrote
    return result


def _batched(items: Iterator[Article], size: int) -> Iterator[tuple[Article, ...]]:
    while batch := tuple(itertools.islice(items, size)):
        yield batch


@dataclass
class CopyResult:
    seconds: float  # every table, one COPY each
    articles_seconds: float  # the articles table alone
    articles_plain_seconds: float  # the articles table into a copy without the search indexes


def _copy_in(conn: psycopg.Connection, target: sql.Composable, data: Path) -> float:
    started = time.perf_counter()
    with data.open("rb") as rows, conn.cursor().copy(sql.SQL("COPY {} FROM STDIN").format(target)) as copy:
        while block := rows.read(1 << 20):
            copy.write(block)
    conn.commit()
    return time.perf_counter() - started


def raw_copy(url: str, tables: list[str]) -> CopyResult:
    """COPY the rows of `tables` into copies of them (same indexes, no foreign keys), one COPY per table; and the
    articles once more into a copy without the search indexes, to show what they cost."""
    with tempfile.TemporaryDirectory() as tmp, psycopg.connect(url) as conn:
        conn.execute("CREATE SCHEMA bench_raw")
        files = {}
        for table in tables:
            conn.execute(sql.SQL("CREATE TABLE bench_raw.{} (LIKE public.{} INCLUDING ALL)").format(
                sql.Identifier(table), sql.Identifier(table)))
            files[table] = Path(tmp) / f"{table}.copy"  # the rows as COPY text, read back below
            with files[table].open("wb") as out, conn.cursor().copy(
                    sql.SQL("COPY public.{} TO STDOUT").format(sql.Identifier(table))) as copy:
                for block in copy:
                    out.write(block)
        conn.execute("CREATE TABLE bench_raw.articles_plain (LIKE public.articles INCLUDING ALL)")
        for index in conn.execute("""SELECT i.indexrelid::regclass::text FROM pg_index i
                                      WHERE i.indrelid = 'bench_raw.articles_plain'::regclass
                                        AND pg_get_indexdef(i.indexrelid) LIKE '%%newsflow_bigrams%%'""").fetchall():
            conn.execute(sql.SQL("DROP INDEX {}").format(sql.SQL(index[0])))
        conn.commit()
        times = {table: _copy_in(conn, sql.Identifier("bench_raw", table), files[table]) for table in tables}
        plain = _copy_in(conn, sql.Identifier("bench_raw", "articles_plain"), files["articles"])
        conn.execute("DROP SCHEMA bench_raw CASCADE")
        conn.commit()
    return CopyResult(sum(times.values()), times.get("articles", 0.0), plain)


# -- queries -------------------------------------------------------------------------------------------------

DATE = re.compile(r"'(\d{4}-\d{2}-\d{2})'")
LITERAL = re.compile(r"'((?:[^']|'')*)'")
DEMO_ANCHOR = date(2025, 11, 20)  # the README's dates move by the same offset, onto the corpus' busiest day

# the README's demo values and how to find their counterpart in the generated corpus (the most frequent one)
COUNTERPARTS = {
    "路透社": "SELECT publisher FROM publishers_v ORDER BY articles DESC LIMIT 1",
    "AFP": "SELECT agency FROM agencies_v ORDER BY photos DESC LIMIT 1",
    "Priya Raman": "SELECT author FROM article_authors_v GROUP BY author ORDER BY count(*) DESC LIMIT 1",
    "梁家豪": "SELECT photographer FROM photos_v WHERE photographer IS NOT NULL "
             "GROUP BY photographer ORDER BY count(*) DESC LIMIT 1",
    "彼得·布朗": "SELECT name FROM people_v WHERE name IN (SELECT speaker FROM quotes) ORDER BY articles DESC LIMIT 1",
}
SEARCH_SHARES = {"台风": (0.01,), "人工智能 需求": (0.05, 0.05)}  # README searches: words in about these shares
PROBE_SHARES = (0.001, 0.01, 0.1)


@dataclass
class Timing:
    label: str
    query: str
    p50_ms: float
    p95_ms: float
    rows: int
    indexes: list[str]
    seq_scans: list[str]


def _words_by_share(conn: psycopg.Connection, sample: int = 3000) -> list[tuple[float, str]]:
    """(share of articles, word) for the 2-character Han words of a sample of folded keys."""
    keys = [r[0] for r in conn.execute("SELECT folded_key FROM articles TABLESAMPLE SYSTEM (10) LIMIT %s",
                                       (sample,))]
    df: collections.Counter[str] = collections.Counter()
    for key in keys:
        df.update({key[i:i + 2] for i in range(len(key) - 1) if re.fullmatch("[\u4e00-\u9fff]{2}", key[i:i + 2])})
    return sorted((n / max(len(keys), 1), w) for w, n in df.items())


def _word_near(words: list[tuple[float, str]], share: float, taken: set[str]) -> str:
    best = min((abs(s - share), w) for s, w in words if w not in taken)[1]
    taken.add(best)
    return best


def counterparts(conn: psycopg.Connection, examples: list[Example]) -> dict[str, str]:
    """README literal (without quotes) -> the corpus value that replaces it."""
    found = {}
    for demo, query in COUNTERPARTS.items():
        row = conn.execute(query).fetchone()
        if row is None:
            raise RuntimeError(f"no counterpart in the generated corpus for {demo!r}")
        found[demo] = str(row[0])
    words, taken = _words_by_share(conn), set()
    for demo, shares in SEARCH_SHARES.items():
        found[demo] = " ".join(_word_near(words, share, taken) for share in shares)
    busiest = conn.execute("SELECT published_at::date FROM articles GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
                           ).fetchone()
    assert busiest is not None
    shift = busiest[0] - DEMO_ANCHOR
    for example in examples:
        for value in DATE.findall(example.sql):
            found[value] = (date.fromisoformat(value) + shift).isoformat()
    return found


def for_corpus(example: Example, values: dict[str, str]) -> str:
    """The example's SQL with its demo values replaced; a value without counterpart is an error."""
    def swap(match: re.Match[str]) -> str:
        value = match.group(1).replace("''", "'")
        if value not in values:
            raise KeyError(f"README example {example.number} uses {value!r}: add its counterpart to "
                           "benchmarks/queries.py")
        return "'" + values[value].replace("'", "''") + "'"

    return LITERAL.sub(swap, example.sql)


def _plan_nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from _plan_nodes(child)


def plan_use(conn: psycopg.Connection, query: str, nested: bool) -> tuple[list[str], list[str]]:
    """(indexes, tables scanned sequentially) of the query's plan and, when `nested` (auto_explain is loaded), of
    the statements it runs inside functions."""
    row = conn.execute(sql.SQL("EXPLAIN (FORMAT JSON) ") + sql.SQL(query)).fetchone()  # type: ignore[arg-type]
    assert row is not None
    plans: list[dict[str, Any]] = [row[0][0]["Plan"]]
    if nested:
        notices: list[str] = []

        def keep(diag: psycopg.errors.Diagnostic) -> None:
            notices.append(diag.message_primary or "")

        conn.add_notice_handler(keep)
        conn.execute("SET auto_explain.log_min_duration = 0")
        conn.execute("SET client_min_messages = log")
        try:
            conn.execute(query).fetchall()  # type: ignore[arg-type]
        finally:
            conn.execute("RESET client_min_messages")
            conn.execute("SET auto_explain.log_min_duration = -1")
            conn.remove_notice_handler(keep)
        for message in notices:
            try:
                plans.append(json.loads(message.split("plan:", 1)[-1])["Plan"])
            except (ValueError, KeyError):
                continue
    indexes, seq = set(), set()
    for plan in plans:
        for node in _plan_nodes(plan):
            if "Index Name" in node:
                indexes.add(node["Index Name"])
            if node.get("Node Type") == "Seq Scan":
                seq.add(node["Relation Name"])
    return sorted(indexes), sorted(seq)


def time_query(conn: psycopg.Connection, label: str, query: str, runs: int, nested: bool) -> Timing:
    times, rows = [], 0
    for i in range(runs + 2):
        started = time.perf_counter()
        rows = len(conn.execute(query).fetchall())  # type: ignore[arg-type]
        if i >= 2:
            times.append(1000 * (time.perf_counter() - started))
    times.sort()
    p95 = times[min(len(times) - 1, max(0, round(0.95 * len(times)) - 1))]
    indexes, seq = plan_use(conn, query, nested)
    return Timing(label, query, statistics.median(times), p95, rows, indexes, seq)


def run_queries(url: str, runs: int) -> list[Timing]:
    examples = readme_examples()
    timings = []
    with psycopg.connect(url, autocommit=True, prepare_threshold=None) as conn:
        try:  # plans of the statements inside newsflow_search (LOAD needs a superuser)
            conn.execute("LOAD 'auto_explain'")
            conn.execute("SET auto_explain.log_nested_statements = on")
            conn.execute("SET auto_explain.log_format = json")
            conn.execute("SET auto_explain.log_min_duration = -1")
            nested = True
        except psycopg.Error:
            nested = False
        values = counterparts(conn, examples)
        for example in examples:
            label = f"{example.number}. {example.title}"
            timings.append(time_query(conn, label, for_corpus(example, values), runs, nested))
        words, taken = _words_by_share(conn), set(values.values())
        for share in PROBE_SHARES:
            word = _word_near(words, share, taken)
            found = conn.execute("SELECT count(*) FROM articles WHERE strpos(folded_key, %s) > 0", (word,)).fetchone()
            assert found is not None
            label = f"search {word} ({found[0]:,} articles)"
            query = f"SELECT * FROM newsflow_search('{word}')"
            timings.append(time_query(conn, label, query, runs, nested))
            traditional = converter("s2hk").convert(word)
            query = f"SELECT * FROM newsflow_search('{traditional}')"
            timings.append(time_query(conn, f"search {traditional}, Traditional ({found[0]:,} articles)", query, runs,
                                      nested))
    return timings


# -- the run -------------------------------------------------------------------------------------------------

def measure(scratch: ScratchServer, size: int, parsed: int, runs: int, seed: int) -> dict[str, Any]:
    with scratch.database("newsflow_bench_queries") as url:
        apply_migrations(url)
        started = time.perf_counter()
        pool = parse_pool(min(parsed, size), seed)
        parse_seconds = time.perf_counter() - started
        print(f"  parsed {len(pool):,} documents in {parse_seconds:.0f} s", file=sys.stderr, flush=True)
        loaded = load(url, corpus(pool, size), pipeline.BATCH_SIZE, len(pool))
        tables = sorted(loaded.rows or {})
        copied = raw_copy(url, tables)
        print(f"  raw COPY done in {copied.seconds:.0f} s; VACUUM ANALYZE, then queries", file=sys.stderr, flush=True)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
            version = conn.execute("SHOW server_version").fetchone()
        timings = run_queries(url, runs)
    return {"loaded": loaded, "parsed": len(pool), "parse_seconds": parse_seconds, "copied": copied,
            "tables": tables, "timings": timings, "server": version[0] if version else "?"}


def report(result: dict[str, Any], runs: int) -> None:
    loaded: LoadResult = result["loaded"]
    rows = loaded.total_rows
    copied: CopyResult = result["copied"]
    loader_rate, copy_rate = rows / loaded.seconds, rows / copied.seconds
    articles = (loaded.rows or {}).get("articles", 0)
    print(f"consumer queries: {loaded.documents:,} generated documents ({result['parsed']:,} parsed, each loaded "
          f"again under another title and date), {loaded.articles:,} articles, PostgreSQL {result['server']}")
    print(f"  load: loader (store_raw + load_articles, batches of {pipeline.BATCH_SIZE}) "
          f"{loaded.documents / loaded.seconds:,.0f} articles/s, {loader_rate:,.0f} rows/s; raw COPY of the same "
          f"{rows:,} rows {copy_rate:,.0f} rows/s; ratio {loader_rate / copy_rate:.2f} (goal >= 0.8)")
    print(f"        raw COPY of the {articles:,} articles: {articles / copied.articles_seconds:,.0f} articles/s with "
          f"the search indexes, {articles / copied.articles_plain_seconds:,.0f}/s without them")
    print(f"        rows per table: {', '.join(f'{t} {n:,}' for t, n in sorted((loaded.rows or {}).items()))}")
    print(f"  latency over {runs} runs (goal: p95 < 50 ms):")
    print(f"  {'query':<58}{'p50 ms':>8}{'p95 ms':>8}{'rows':>6}  plan")
    for t in result["timings"]:
        plan = ", ".join(t.indexes) or "-"
        if t.seq_scans:
            plan += "; seq scan " + ", ".join(t.seq_scans)
        flag = "" if t.p95_ms < 50 else "  (over 50 ms)"
        print(f"  {t.label[:57]:<58}{t.p50_ms:>8.1f}{t.p95_ms:>8.1f}{t.rows:>6}  {plan}{flag}")


def main(size: int = 100_000, parsed: int = 5_000, runs: int = 50, seed: int = 7) -> None:
    scratch = ScratchServer.from_environment(ROOT / ".newsflow" / "bench-pg")
    try:
        report(measure(scratch, size, parsed, runs, seed), runs)
    finally:
        scratch.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks.queries", description=__doc__.splitlines()[0])
    parser.add_argument("--readme", action="store_true", help="rewrite the example outputs of README.md and stop")
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--parsed", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    if args.readme:
        update_readme()
    else:
        main(args.size, args.parsed, args.runs)

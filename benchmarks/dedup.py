"""Near-duplicate detection: accuracy, signature throughput and scale, side by side in one run.

- accuracy on a generated corpus (benchmarks/synthetic.py, planted variants of known kind), ingested
  day by day through the real pipeline into a throwaway PostgreSQL database: recall of planted pairs at
  true Jaccard >= 0.8, recall of cross-script copies, recall per kind, and the false-merge rate of
  unrelated same-topic articles; and the same on the demo corpus (its goldens say which files repeat);
- signature throughput of newsflow's MinHash and datasketch's on the same folded texts;
- scale: dedup (signatures, LSH candidates, decisions and story writes against PostgreSQL, no parsing)
  of 10k, 100k and 1M generated articles, time per article, t(1M)/t(100k), and peak memory.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import resource
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg

from benchmarks.synthetic import SyntheticDoc, generate, write_corpus
from newsflow import pipeline
from newsflow.config import load_dedup
from newsflow.db.migrate import apply_migrations
from newsflow.db.scratch import ScratchServer
from newsflow.db.stories import assign_stories
from newsflow.normalize import fold
from newsflow.similarity import Fingerprint, MinHasher, exact_jaccard
from newsflow.stories import Member

ROOT = Path(__file__).resolve().parents[1]
CROSS_SCRIPT = ("simplified", "taiwan")

# where each document of a run ended up: its story and the folded key it was deduplicated on
DOC_STORIES = """
SELECT rd.uri, coalesce(own_m.story_id, dup_m.story_id), coalesce(own.folded_key, dup.folded_key)
  FROM raw_documents rd
  LEFT JOIN articles own ON own.raw_document_id = rd.id
  LEFT JOIN duplicates d ON d.raw_document_id = rd.id
  LEFT JOIN articles dup ON dup.id = d.article_id
  LEFT JOIN story_members own_m ON own_m.article_id = own.id
  LEFT JOIN story_members dup_m ON dup_m.article_id = dup.id
"""


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _ingest_folder(url: str, folder: Path, source: str, days: list[datetime]) -> float:
    sources = folder.parent / "sources.toml"
    sources.write_text(f'[sources.{source}]\nkind = "dir"\npath = "{folder.name}"\n')
    previous = os.environ.get("NEWSFLOW_SOURCES")
    os.environ["NEWSFLOW_SOURCES"] = str(sources)
    try:
        started = time.perf_counter()
        for day in days:
            pipeline.ingest(url, source, day, day + timedelta(days=1))
        return time.perf_counter() - started
    finally:
        if previous is None:
            os.environ.pop("NEWSFLOW_SOURCES", None)
        else:
            os.environ["NEWSFLOW_SOURCES"] = previous


def _doc_stories(url: str) -> dict[str, tuple[int | None, str | None]]:
    """Document ("DATE/NAME", without .txt) -> (its story, its folded key)."""
    with psycopg.connect(url) as conn:
        return {uri.removesuffix(".txt"): (story, key) for uri, story, key in conn.execute(DOC_STORIES)}


def _by_doc_id(placed: dict[str, tuple[int | None, str | None]]) -> dict[str, tuple[int | None, str | None]]:
    """Generated documents have unique ids: key them without their date folder."""
    return {key.rsplit("/", 1)[-1]: value for key, value in placed.items()}


def _false_merge_rate(docs: list[SyntheticDoc], placed: dict[str, tuple[int | None, str | None]],
                      kinds: tuple[str, ...]) -> tuple[int, int]:
    """Of the documents of these kinds, how many share a predicted story with another true story."""
    true_stories: dict[int, set[str]] = defaultdict(set)
    for doc in docs:
        story = placed.get(doc.doc_id, (None, None))[0]
        if story is not None:
            true_stories[story].add(doc.story)
    chosen = [d for d in docs if d.kind in kinds]
    merged = sum(1 for d in chosen if len(true_stories.get(placed.get(d.doc_id, (None, None))[0] or -1, ())) > 1)
    return merged, len(chosen)


def accuracy_generated(scratch: ScratchServer, originals: int, seed: int) -> dict[str, object]:
    docs = list(generate(originals, seed=seed))
    by_id = {d.doc_id: d for d in docs}
    with tempfile.TemporaryDirectory() as tmp, scratch.database("newsflow_bench_accuracy") as url:
        apply_migrations(url)
        folder = Path(tmp) / "articles"
        write_corpus(folder, docs)
        days = sorted({datetime.combine(d.published, datetime.min.time(), UTC) for d in docs})
        elapsed = _ingest_folder(url, folder, "synthetic", days)
        placed = _by_doc_id(_doc_stories(url))
    ngram = load_dedup().similarity.ngram
    per_kind: dict[str, list[tuple[bool, float]]] = defaultdict(list)
    for doc in docs:
        if doc.base is None or doc.base not in by_id:
            continue
        story, key = placed.get(doc.doc_id, (None, None))
        base_story, base_key = placed.get(doc.base, (None, None))
        jaccard = exact_jaccard(key or "", base_key or "", ngram)
        per_kind[doc.kind].append((story is not None and story == base_story, jaccard))
    pairs = [p for kind_pairs in per_kind.values() for p in kind_pairs]
    high = [found for found, j in pairs if j >= 0.8]
    cross = [found for kind in CROSS_SCRIPT for found, _ in per_kind.get(kind, [])]
    merged, same_topic = _false_merge_rate(docs, placed, ("same-topic",))
    return {
        "documents": len(docs),
        "ingest_docs_per_s": len(docs) / elapsed,
        "recall_j08": sum(high) / len(high) if high else float("nan"),
        "pairs_j08": len(high),
        "recall_cross_script": sum(cross) / len(cross) if cross else float("nan"),
        "pairs_cross_script": len(cross),
        "false_merge_same_topic": merged / same_topic if same_topic else float("nan"),
        "same_topic_docs": same_topic,
        "per_kind": {
            kind: {"pairs": len(v), "recall": sum(f for f, _ in v) / len(v),
                   "median_jaccard": statistics.median(j for _, j in v)}
            for kind, v in sorted(per_kind.items())
        },
    }


def accuracy_demo(scratch: ScratchServer) -> dict[str, object]:
    demo = ROOT / "demo" / "articles"
    golden = ROOT / "tests" / "golden" / "demo"
    truth: dict[str, str] = {}
    for expected in golden.rglob("*.expected.json"):
        data = json.loads(expected.read_text(encoding="utf-8"))
        if "quarantine" in data:
            continue
        name = f"{expected.parent.name}/{expected.name.removesuffix('.expected.json')}"
        truth[name] = data["duplicate_of"].removesuffix(".txt") if "duplicate_of" in data else name
    days = sorted({datetime.fromisoformat(p.name).replace(tzinfo=UTC) for p in demo.iterdir() if p.is_dir()})
    with scratch.database("newsflow_bench_demo") as url:
        apply_migrations(url)
        previous = os.environ.pop("NEWSFLOW_SOURCES", None)
        try:
            for day in days:
                pipeline.ingest(url, "demo", day, day + timedelta(days=1))
        finally:
            if previous is not None:
                os.environ["NEWSFLOW_SOURCES"] = previous
        placed = _doc_stories(url)
    pairs = [(name, original) for name, original in truth.items() if name != original]
    found = sum(1 for name, original in pairs if placed[name][0] == placed[original][0])
    stories: dict[int | None, set[str]] = defaultdict(set)
    for name, original in truth.items():
        stories[placed[name][0]].add(original)
    return {"pairs": len(pairs), "recall": found / len(pairs) if pairs else float("nan"),
            "false_merges": sum(1 for s in stories.values() if len(s) > 1), "stories": len(stories)}


def signature_throughput(texts: list[str], seconds: float = 2.0) -> dict[str, float]:
    from datasketch import MinHash

    config = load_dedup().similarity
    hasher = MinHasher(config)
    n = config.ngram

    def ours(text: str) -> object:
        return hasher.signature(text)

    def theirs(text: str) -> object:
        m = MinHash(num_perm=config.num_perm)
        m.update_batch([text[i:i + n].encode("utf-8") for i in range(max(1, len(text) - n + 1))])
        return m

    rates = {}
    for name, fn in (("newsflow", ours), ("datasketch", theirs)):
        done, started = 0, time.perf_counter()
        while time.perf_counter() - started < seconds:
            for text in texts:
                fn(text)
            done += len(texts)
        rates[name] = done / (time.perf_counter() - started)
    return rates


PLACEHOLDERS = """
WITH raw AS (
    INSERT INTO raw_documents (source_id, uri, sha256, content, size_bytes, published_at, published_from, read_at)
    SELECT %(source)s, uri, key, '', 0, published, 'bench', now()
      FROM unnest(%(uris)s::text[], %(keys)s::text[], %(published)s::timestamptz[]) AS q(uri, key, published)
    RETURNING id, uri, sha256, published_at
)
INSERT INTO articles (raw_document_id, source_id, uri, title, title_normalized, published_at, published_from,
                      script, body_raw, body_normalized, folded_key, key_sha256, paragraph_count, parse)
SELECT id, %(source)s, uri, '', '', published_at, 'bench', 'zh-Hant-HK', '', '', '', sha256, 0, '{}'
  FROM raw
ON CONFLICT (key_sha256) DO NOTHING
RETURNING id, uri
"""


def _proc_stat(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2:].split()  # the fields after "pid (comm)"


def server_cpu_seconds(backend_pid: int) -> float | None:
    """CPU seconds used so far by the PostgreSQL server on this machine: every child of the postmaster
    (this backend, the WAL writer, checkpointer, background writer...). None when the server is remote."""
    own = _proc_stat(backend_pid)
    if own is None:
        return None
    postmaster = int(own[1])
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in Path("/proc").iterdir():
        fields = _proc_stat(int(entry.name)) if entry.name.isdigit() else None
        if fields is not None and int(fields[1]) == postmaster:
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


SERVER_WORK = """
SELECT (SELECT wal_bytes FROM pg_stat_wal),
       (SELECT blks_read FROM pg_stat_database WHERE datname = current_database())
"""


def _batches(docs: Iterator[SyntheticDoc], size: int, limit: int) -> Iterator[list[SyntheticDoc]]:
    batch: list[SyntheticDoc] = []
    for count, doc in enumerate(docs, 1):
        batch.append(doc)
        if len(batch) == size or count == limit:
            yield batch
            batch = []
        if count == limit:
            return
    if batch:
        yield batch


def scale(scratch: ScratchServer, articles: int, seed: int, batch_size: int = 1000) -> dict[str, float]:
    """Dedup of `articles` generated articles against PostgreSQL, streaming, without parsing."""
    settings = load_dedup()
    hasher = MinHasher(settings.similarity)
    originals = articles  # more than enough: the stream is cut at `articles`
    dedup_seconds = 0.0
    exact = 0
    with scratch.database("newsflow_bench_scale") as url, psycopg.connect(url) as conn:
        apply_migrations(url)
        source = conn.execute("INSERT INTO sources (name, kind, location) VALUES ('bench', 'dir', '-') RETURNING id"
                              ).fetchone()[0]  # type: ignore[index]
        conn.execute("SELECT pg_stat_reset_shared('wal'), pg_stat_reset()")
        conn.commit()
        backend = conn.info.backend_pid
        cpu_seconds = 0.0
        server_cpu = 0.0
        for batch in _batches(generate(originals, seed=seed), batch_size, articles):
            folded = {d.doc_id: fold(d.text) for d in batch}
            keys = {d.doc_id: hashlib.sha256(folded[d.doc_id].encode()).hexdigest() for d in batch}
            rows = conn.execute(PLACEHOLDERS, {
                "source": source, "uris": [d.doc_id for d in batch], "keys": [keys[d.doc_id] for d in batch],
                "published": [datetime.combine(d.published, datetime.min.time(), UTC) for d in batch],
            }).fetchall()
            exact += len(batch) - len(rows)
            started, started_cpu, started_server = time.perf_counter(), time.process_time(), server_cpu_seconds(backend)
            members = []
            for article_id, uri in rows:
                signature = hasher.signature(folded[uri])
                fp = Fingerprint("bench", uri, keys[uri], "zh-Hant-HK", "", signature)
                members.append(Member(article_id, fp, hasher.bands(signature), None, len(folded[uri])))
            assign_stories(conn, None, members, settings.similarity, settings.canonical_rule)
            conn.commit()
            dedup_seconds += time.perf_counter() - started
            cpu_seconds += time.process_time() - started_cpu
            ended_server = server_cpu_seconds(backend)
            if started_server is not None and ended_server is not None:
                server_cpu += ended_server - started_server
        stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]  # type: ignore[index]
        # the server's work, not wall time: deterministic for a corpus, whatever else the machine runs
        wal_bytes, reads = conn.execute(SERVER_WORK).fetchone()  # type: ignore[misc]
    return {"articles": articles, "seconds": dedup_seconds, "ms_per_article": 1000 * dedup_seconds / articles,
            "stories": stories, "exact_repeats": exact, "peak_rss_mb": peak_rss_mb(),
            "wal_kb_per_article": float(wal_bytes) / 1024 / articles, "reads_per_article": float(reads) / articles,
            # CPU of this process and of the server: what wall time would be on an idle machine (less I/O
            # waits), and unlike wall time not inflated by whatever else the machine runs
            "cpu_seconds": cpu_seconds + server_cpu, "cpu_ms_per_article": 1000 * (cpu_seconds + server_cpu) / articles,
            "client_cpu_ms_per_article": 1000 * cpu_seconds / articles,
            "server_cpu_ms_per_article": 1000 * server_cpu / articles}


def _scale_child(size: int, seed: int, results: Any) -> None:
    scratch = ScratchServer.from_environment(ROOT / ".newsflow" / "bench-pg")
    try:
        results.put(scale(scratch, size, seed))
    except BaseException as exc:
        results.put({"error": f"{type(exc).__name__}: {exc}"})
        raise
    finally:
        scratch.close()


def scale_in_child(size: int, seed: int) -> dict[str, float]:
    """Run one scale measurement in a fresh process (not a pool worker: the generator may start its own
    workers), so that its peak memory is its own."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    child = context.Process(target=_scale_child, args=(size, seed, results))
    child.start()
    result = results.get()
    child.join()
    if "error" in result:
        raise RuntimeError(f"scale run of {size} articles failed: {result['error']}")
    return result


def main(sizes: tuple[int, ...] = (10_000, 100_000, 1_000_000), originals: int = 1000, seed: int = 7) -> None:
    scratch = ScratchServer.from_environment(ROOT / ".newsflow" / "bench-pg")
    try:
        acc = accuracy_generated(scratch, originals, seed)
        demo = accuracy_demo(scratch)
        texts = [fold(d.text) for d in generate(200, seed=seed + 1)][:500]
        rates = signature_throughput(texts)
        print(f"dedup accuracy: generated corpus of {acc['documents']} articles ({originals} originals), "
              f"parameters {load_dedup().similarity.algorithm}")
        print(f"  recall, planted pairs at Jaccard >= 0.8 : {acc['recall_j08']:.3f}  "
              f"({acc['pairs_j08']} pairs; goal >= 0.95)")
        print(f"  recall, cross-script copies            : {acc['recall_cross_script']:.3f}  "
              f"({acc['pairs_cross_script']} pairs; goal >= 0.99)")
        print(f"  false merges, same-topic articles      : {acc['false_merge_same_topic']:.4f}  "
              f"({acc['same_topic_docs']} articles; goal <= 0.01)")
        print(f"  {'kind':<15}{'pairs':>7}{'recall':>9}{'median J':>10}")
        for kind, row in acc["per_kind"].items():  # type: ignore[attr-defined]
            print(f"  {kind:<15}{row['pairs']:>7}{row['recall']:>9.3f}{row['median_jaccard']:>10.3f}")
        print(f"  ingest through the whole pipeline: {acc['ingest_docs_per_s']:.0f} articles/s")
        print(f"dedup accuracy, demo corpus: recall {demo['recall']:.3f} of {demo['pairs']} repeats, "
              f"{demo['false_merges']} false merges in {demo['stories']} stories")
        print(f"signatures/s on the same {len(texts)} folded texts: newsflow {rates['newsflow']:.0f}, "
              f"datasketch {rates['datasketch']:.0f} (ratio {rates['newsflow'] / rates['datasketch']:.1f}x)")
        print("dedup scale (signatures + LSH + decisions + story writes against PostgreSQL, no parsing):")
        print(f"  {'articles':>10}{'seconds':>10}{'ms/article':>12}{'CPU ms/art':>12}{'client/server':>15}"
              f"{'stories':>10}{'peak RSS MB':>13}{'WAL kB/art':>12}{'reads/art':>11}")
        results = []
        for size in sizes:
            r = scale_in_child(size, seed)
            results.append(r)
            print(f"  {r['articles']:>10,.0f}{r['seconds']:>10.1f}{r['ms_per_article']:>12.3f}"
                  f"{r['cpu_ms_per_article']:>12.3f}"
                  f"{r['client_cpu_ms_per_article']:>8.3f}/{r['server_cpu_ms_per_article']:<6.3f}"
                  f"{r['stories']:>10,.0f}{r['peak_rss_mb']:>13.0f}"
                  f"{r['wal_kb_per_article']:>12.1f}{r['reads_per_article']:>11.1f}", flush=True)
        for small, big in itertools.pairwise(results):
            print(f"  t({big['articles']:,.0f}) / t({small['articles']:,.0f}) = "
                  f"{big['seconds'] / small['seconds']:.1f} wall, {big['cpu_seconds'] / small['cpu_seconds']:.1f} CPU "
                  f"(x{big['articles'] / small['articles']:.0f} articles)")
    finally:
        scratch.close()


if __name__ == "__main__":
    main()

"""Fetch throughput against a local server: newsflow's web source next to a bare httpx.AsyncClient gather loop.

The demo site's article pages are served by `newsflow.site.server` in a process of its own on 127.0.0.1.
Each client runs in a fresh process (so its peak RSS is its own) and fetches the same `pages` URLs at the same
concurrency: newsflow through `WebSource.read_batch` (robots.txt, host and address checks, per-host limits,
streamed and capped body, charset, canonical URL, hash: what a fetch task does, without the database) with
the rate limit off; the bare loop with `client.get` under a semaphore. Best of three rounds, alternating.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "demo" / "articles"


def serve() -> None:
    """The server process: the demo site on a free port, printed on stdout, until stdin closes."""
    from newsflow.site.demo import serve_demo

    server = serve_demo(CORPUS)
    print(server.port, flush=True)
    sys.stdin.read()
    server.stop()


def urls(base: str, pages: int) -> list[str]:
    from newsflow.site.demo import article_pages

    paths = [path for path, _ in article_pages(CORPUS)]
    return [f"{base}{paths[i % len(paths)]}?n={i}" for i in range(pages)]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_newsflow(base: str, pages: int, concurrency: int) -> tuple[float, float]:
    from newsflow.config import SourceConfig
    from newsflow.fetch.settings import FetchSettings
    from newsflow.models import SourceItem
    from newsflow.sources.outcomes import Fetched
    from newsflow.sources.web import WebSource

    settings = FetchSettings.from_mapping({"urls": [base + "/sitemap.xml"], "allow_private": True, "rate": 0.0,
                                           "concurrency": concurrency})
    source = WebSource(SourceConfig("bench", "sitemap", base, fetch=settings))
    now = datetime.now(UTC)
    items = [SourceItem("bench", url, now, "bench") for url in urls(base, pages)]
    started, cpu = time.perf_counter(), _cpu()
    fetched = sum(isinstance(outcome, Fetched) for outcome in source.read_batch(items))
    elapsed, cpu = time.perf_counter() - started, _cpu() - cpu
    if fetched != pages:
        raise SystemExit(f"newsflow fetched {fetched} of {pages} pages")
    return pages / elapsed, cpu / pages


def run_bare(base: str, pages: int, concurrency: int) -> tuple[float, float]:
    import httpx

    targets = urls(base, pages)

    async def main() -> int:
        gate = asyncio.Semaphore(concurrency)
        async with httpx.AsyncClient(limits=httpx.Limits(max_connections=concurrency)) as client:

            async def one(url: str) -> int:
                async with gate:
                    response = await client.get(url)
                    return len(response.content) if response.status_code == 200 else 0

            sizes = await asyncio.gather(*(one(url) for url in targets))
        return sum(1 for size in sizes if size)

    started, cpu = time.perf_counter(), _cpu()
    fetched = asyncio.run(main())
    elapsed, cpu = time.perf_counter() - started, _cpu() - cpu
    if fetched != pages:
        raise SystemExit(f"the bare loop fetched {fetched} of {pages} pages")
    return pages / elapsed, cpu / pages


def client(which: str, base: str, pages: int, concurrency: int) -> None:
    """A client process: one round, printed as JSON (pages/s and peak RSS)."""
    rate, cpu = (run_newsflow if which == "newsflow" else run_bare)(base, pages, concurrency)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"pages_per_s": rate, "cpu_us_per_page": cpu * 1e6, "peak_rss_mb": peak}))


def _round(which: str, base: str, pages: int, concurrency: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-m", "benchmarks.fetch_throughput", "--client", which, "--base", base,
                          "--pages", str(pages), "--concurrency", str(concurrency)],
                         cwd=ROOT, capture_output=True, text=True, check=True, timeout=600)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def configured_concurrency() -> int:
    from newsflow.config import load_sources

    source = load_sources(ROOT / "sources.toml").get("demo-site")
    return source.fetch.concurrency if source and source.fetch else 4


def main(pages: int = 2000, concurrency: int | None = None, rounds: int = 5) -> dict[str, Any]:
    concurrency = concurrency or configured_concurrency()
    server = subprocess.Popen([sys.executable, "-m", "benchmarks.fetch_throughput", "--serve"], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base = f"http://127.0.0.1:{int(server.stdout.readline())}"
        best: dict[str, dict[str, float]] = {}
        for n in range(rounds):
            for which in (("newsflow", "bare") if n % 2 == 0 else ("bare", "newsflow")):
                result = _round(which, base, pages, concurrency)
                seen = best.get(which, {})
                best[which] = {"pages_per_s": max(result["pages_per_s"], seen.get("pages_per_s", 0.0)),
                               "cpu_us_per_page": min(result["cpu_us_per_page"],
                                                      seen.get("cpu_us_per_page", float("inf"))),
                               "peak_rss_mb": max(result["peak_rss_mb"], seen.get("peak_rss_mb", 0.0))}
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(timeout=30)
    ratio = best["newsflow"]["pages_per_s"] / best["bare"]["pages_per_s"]
    print(f"fetch throughput: {pages} demo article pages from a local server (another process), concurrency "
          f"{concurrency} (demo-site's), no rate limit, best of {rounds}")
    print(f"{'client':<36}{'pages/s':>10}{'CPU us/page':>14}{'peak RSS MB':>14}")
    for which, label in (("newsflow", "newsflow WebSource.read_batch"), ("bare", "bare httpx.AsyncClient gather")):
        print(f"{label:<36}{best[which]['pages_per_s']:>10.0f}{best[which]['cpu_us_per_page']:>14.0f}"
              f"{best[which]['peak_rss_mb']:>14.0f}")
    print(f"ratio newsflow / bare: {ratio:.2f} pages/s (goal >= 0.8)")
    return {"newsflow": best["newsflow"], "bare": best["bare"], "ratio": ratio}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", action="store_true")
    parser.add_argument("--client", choices=["newsflow", "bare"])
    parser.add_argument("--base")
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--concurrency", type=int)
    args = parser.parse_args()
    if args.serve:
        serve()
    elif args.client:
        client(args.client, args.base, args.pages, args.concurrency)
    else:
        main(args.pages, args.concurrency)

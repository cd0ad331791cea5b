"""Parse + normalize throughput of the text format, against the parser of the end-to-end issue and trafilatura.

Every row runs single-threaded over the same articles (the demo corpus and the golden text cases), repeatedly
until each measurement lasts at least `seconds` of CPU time; the best of three rounds is kept. CPU time, not wall
time: the machines this runs on are shared, and CPU time is what a busy neighbour disturbs least.

- newsflow parse+normalize, and the full text path (+ dateline, people, quotes: what `transform` does to a text
  article), both against the reference: the parser of commit REFERENCE_COMMIT (the end-to-end issue), taken
  from git and run on the same articles in a child process in the same run. The bar is 0.8 of its rate.
- trafilatura gets each article as the simple HTML page a site would serve (headline, byline, figures with
  captions and credits, paragraphs, the related box as a list), which is its home ground; newsflow gets the
  flattened text of FORMAT.md.
"""

from __future__ import annotations

import html
import io
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from newsflow.models import ParsedArticle
from newsflow.normalize import normalize
from newsflow.parse import parse_text
from newsflow.parse.enrich import enrich

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "demo" / "articles"
GOLDEN = ROOT / "tests" / "golden" / "cases"
REFERENCE_COMMIT = "4913514"  # the end-to-end issue: its parse path is the throughput bar of the extraction issue
FETCHED_AT = date(2025, 11, 20)  # enrich reads a dateline's year from the fetch date


def corpus_paths() -> list[Path]:
    return sorted(CORPUS.rglob("*.txt")) + sorted(GOLDEN.glob("*.txt"))


def load_articles(paths: list[Path] | None = None) -> list[tuple[Path, str, ParsedArticle]]:
    articles = []
    for path in corpus_paths() if paths is None else paths:
        try:
            text = path.read_bytes().decode("utf-8")
            articles.append((path, text, parse_text(text)))
        except Exception:  # the corpus's malformed files are not articles
            continue
    return articles


def render_html(parsed: ParsedArticle) -> str:
    """The article as a plain news page."""
    e = html.escape
    body: list[str] = []
    photos = {p.before_paragraph: p for p in parsed.photos}
    boxes = {b.after_paragraph: b for b in parsed.related}
    for i, paragraph in enumerate(parsed.paragraphs):
        if i in photos:
            p = photos[i]
            body.append(f'<figure><img src="/img/{i}.jpg" alt=""><figcaption>{e(p.caption)}'
                        f'<span class="credit">{e(p.credit_label)}:{e(p.credit)}</span></figcaption></figure>')
        body.append(f"<p>{e(paragraph)}</p>")
        if i in boxes:
            items = "".join(f"<li><a href='#'>{e(h)}</a></li>" for h in boxes[i].headlines)
            body.append(f"<aside><h3>{e(boxes[i].heading)}</h3><ul>{items}</ul></aside>")
    title = f"{parsed.title} - {parsed.publisher}" if parsed.publisher else parsed.title
    return (f'<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>{e(title)}</title></head>'
            f'<body><header><nav><a href="/">首頁</a></nav></header><article><h1>{e(parsed.title)}</h1>'
            f'<p class="byline">{e(", ".join(parsed.authors))}</p>{"".join(body)}</article>'
            f"<footer>© newsflow demo</footer></body></html>")


def measure(fn: Callable[[str], object], docs: list[str], seconds: float,
            clock: Callable[[], float] = time.perf_counter) -> float:
    """Documents per second: best of three rounds, each at least `seconds` long on `clock`."""
    rounds = []
    for _ in range(3):
        done, started = 0, clock()
        while True:
            for doc in docs:
                fn(doc)
            done += len(docs)
            elapsed = clock() - started
            if elapsed >= seconds:
                break
        rounds.append(done / elapsed)
    return max(rounds)


# Run by the reference's own interpreter process, its `newsflow` first on the path: the same loop as `measure`.
REFERENCE_SCRIPT = """
import sys, time
from newsflow.normalize import normalize
from newsflow.parse import parse_text
seconds, paths = float(sys.argv[1]), sys.argv[2:]
docs = []
for path in paths:
    text = open(path, "rb").read().decode("utf-8")
    try:
        parse_text(text)
    except Exception:
        continue
    docs.append(text)
rounds = []
for _ in range(3):
    done, started = 0, time.process_time()
    while True:
        for doc in docs:
            normalize(parse_text(doc))
        done += len(docs)
        elapsed = time.process_time() - started
        if elapsed >= seconds:
            break
    rounds.append(done / elapsed)
print(len(docs), max(rounds))
"""


def reference_rate(paths: list[Path], seconds: float) -> tuple[int, float] | None:
    """Articles and articles/s of REFERENCE_COMMIT's parse + normalize over `paths`, or None without git."""
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", REFERENCE_COMMIT, "src/newsflow"],
                                 capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        env = {**os.environ, "PYTHONPATH": str(Path(tmp) / "src")}
        run = subprocess.run([sys.executable, "-c", REFERENCE_SCRIPT, str(seconds), *map(str, paths)],
                             capture_output=True, text=True, env=env)
    if run.returncode != 0:
        return None
    count, rate = run.stdout.split()
    return int(count), float(rate)


def newsflow_parse(text: str) -> object:
    return normalize(parse_text(text))


def newsflow_full(text: str) -> object:
    """What the pipeline does per text article before loading: parse, metadata (dateline, people, quotes),
    normalize."""
    return normalize(enrich(parse_text(text), FETCHED_AT))


def main(seconds: float = 3.0) -> dict[str, float]:
    import trafilatura

    articles = load_articles()
    texts = [text for _, text, _ in articles]
    pages = [render_html(parsed) for _, _, parsed in articles]
    chars = statistics.mean(len(t) for t in texts)

    def trafilatura_extract(page: str) -> object:
        return trafilatura.extract(page, include_comments=False, with_metadata=True)

    cpu = time.process_time
    newsflow_rate = measure(newsflow_parse, texts, seconds, cpu)
    full_rate = measure(newsflow_full, texts, seconds, cpu)
    reference = reference_rate([path for path, _, _ in articles], seconds)
    trafilatura_rate = measure(trafilatura_extract, pages, seconds, cpu)
    ratio = newsflow_rate / trafilatura_rate
    print(f"parse throughput: {len(articles)} articles (demo corpus and golden text cases), mean {chars:.0f} chars, "
          f"python {sys.version.split()[0]}, trafilatura {trafilatura.__version__}, single thread, CPU time")
    print(f"{'extractor':<40}{'articles/s':>12}{'ms/article':>12}{'vs ' + REFERENCE_COMMIT:>12}")
    ref = reference[1] if reference is not None else None

    def row(name: str, rate: float, versus: bool = True) -> None:
        against = f"{rate / ref:>12.2f}" if ref and versus else f"{'':>12}"
        print(f"{name:<40}{rate:>12.0f}{1000 / rate:>12.2f}{against}")

    row("newsflow parse+normalize (text)", newsflow_rate)
    row("  + people, quotes, dateline", full_rate)
    if reference is not None and ref is not None:
        row(f"reference {REFERENCE_COMMIT} parse+normalize", ref, versus=False)
        if reference[0] != len(articles):
            print(f"  (the reference parsed {reference[0]} of the {len(articles)} articles)")
    else:
        print(f"reference {REFERENCE_COMMIT}: not available (no git history here)")
    row("trafilatura extract (html)", trafilatura_rate, versus=False)
    print(f"ratio newsflow / trafilatura: {ratio:.2f}x")
    result = {"newsflow": newsflow_rate, "newsflow_full": full_rate, "trafilatura": trafilatura_rate, "ratio": ratio}
    if ref is not None:
        result |= {"reference": ref, "parse_vs_reference": newsflow_rate / ref, "full_vs_reference": full_rate / ref}
        print(f"text path vs {REFERENCE_COMMIT} (bar 0.80): parse+normalize {newsflow_rate / ref:.2f}, "
              f"with metadata {full_rate / ref:.2f}")
    return result


if __name__ == "__main__":
    main()

"""Parse + normalize throughput of the text format, side by side with trafilatura on the same articles.

trafilatura gets each article as the simple HTML page a site would serve (headline, byline, figures with
captions and credits, paragraphs, the related box as a list), which is its home ground; newsflow gets the
flattened text of FORMAT.md. Both run single-threaded in this process over the same articles, repeatedly
until each measurement lasts at least `seconds`; the best of three rounds is kept.
"""

from __future__ import annotations

import html
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsflow.models import ParsedArticle
from newsflow.normalize import normalize
from newsflow.parse import parse_text
from newsflow.parse.enrich import enrich

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "demo" / "articles"


def load_articles() -> list[tuple[str, ParsedArticle]]:
    articles = []
    for path in sorted(CORPUS.rglob("*.txt")):
        try:
            text = path.read_bytes().decode("utf-8")
            articles.append((text, parse_text(text)))
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


def measure(fn: Callable[[str], object], docs: list[str], seconds: float) -> float:
    """Documents per second: best of three rounds, each at least `seconds` long."""
    rounds = []
    for _ in range(3):
        done, started = 0, time.perf_counter()
        while True:
            for doc in docs:
                fn(doc)
            done += len(docs)
            elapsed = time.perf_counter() - started
            if elapsed >= seconds:
                break
        rounds.append(done / elapsed)
    return max(rounds)


def newsflow_parse(text: str) -> object:
    return normalize(parse_text(text))


def newsflow_full(text: str) -> object:
    """What the pipeline does per text article before loading: parse, metadata (dateline, people, quotes),
    normalize."""
    return normalize(enrich(parse_text(text)))


def main(seconds: float = 3.0) -> dict[str, float]:
    import trafilatura

    articles = load_articles()
    texts = [text for text, _ in articles]
    pages = [render_html(parsed) for _, parsed in articles]
    chars = statistics.mean(len(t) for t in texts)

    def trafilatura_extract(page: str) -> object:
        return trafilatura.extract(page, include_comments=False, with_metadata=True)

    newsflow_rate = measure(newsflow_parse, texts, seconds)
    full_rate = measure(newsflow_full, texts, seconds)
    trafilatura_rate = measure(trafilatura_extract, pages, seconds)
    ratio = newsflow_rate / trafilatura_rate
    print(f"parse throughput: {len(articles)} demo articles, mean {chars:.0f} chars, "
          f"python {sys.version.split()[0]}, trafilatura {trafilatura.__version__}")
    print(f"{'extractor':<34}{'articles/s':>12}{'ms/article':>12}")
    print(f"{'newsflow parse+normalize (text)':<34}{newsflow_rate:>12.0f}{1000 / newsflow_rate:>12.2f}")
    print(f"{'  + people, quotes, dateline':<34}{full_rate:>12.0f}{1000 / full_rate:>12.2f}")
    print(f"{'trafilatura extract (html)':<34}{trafilatura_rate:>12.0f}{1000 / trafilatura_rate:>12.2f}")
    print(f"ratio newsflow / trafilatura: {ratio:.2f}x")
    return {"newsflow": newsflow_rate, "newsflow_full": full_rate, "trafilatura": trafilatura_rate, "ratio": ratio}


if __name__ == "__main__":
    main()

"""The demo corpus (demo/articles, text format) as a small local news site.

Rendered in memory from the text files, served by `newsflow.site.server`:

| path | what |
|---|---|
| `/robots.txt` | allows everything but `/private/`, names the sitemap |
| `/feed.xml` | RSS 2.0: the articles, newest first, with pubDate; links carry utm_* parameters |
| `/sitemap.xml`, `/sitemaps/news-YYYY-MM-DD.xml` | sitemap index; a news sitemap a day (news:publication_date) |
| `/archive/YYYY/MM/DD/` | the day's article links |
| `/news/YYYY/MM/DD/<name>.html` | the article pages: UTF-8; the Taiwan stories in Big5, the Simplified one in GB18030 |
| `/amp/news/...` | AMP copies of the pages, rel=canonical to the page |
| `/text/`, `/text/YYYY-MM-DD/`, `/text/YYYY-MM-DD/<name>.txt` | the corpus as served text files (index pages) |

Each article is published on its folder's day, at 01:00 UTC plus 47 minutes per article before it that day.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from newsflow.models import NewsflowError, ParsedArticle
from newsflow.parse import parse_text
from newsflow.site.server import App, LocalServer, Page, pages_app

DATE_FOLDER = re.compile(r"^\d{4}-\d{2}-\d{2}$")
UTF8_HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"
FIRST_HOUR = timedelta(hours=1)
STEP = timedelta(minutes=47)
SITE_NAME = "newsflow 示範新聞網"
PUBLISHERS_LATIN = {"彭博社": "Bloomberg", "路透社": "Reuters"}


@dataclass(frozen=True)
class DemoArticle:
    day: date
    name: str  # file stem
    text: bytes
    parsed: ParsedArticle | None  # None: not an article (served in /text/ only)
    published: datetime

    @property
    def path(self) -> str:
        return f"/news/{self.day:%Y/%m/%d}/{self.name}.html"

    @property
    def encoding(self) -> str:
        """How the page is encoded: Big5 for Taiwan stories, GB18030 for Simplified ones, else UTF-8."""
        if self.parsed is None:
            return "utf-8"
        body = self.text.decode("utf-8")
        if "taiwan" in self.name:
            try:
                body.encode("big5")
                return "big5"
            except UnicodeEncodeError:
                pass
        if self.name.endswith("-simplified"):
            return "gb18030"
        return "utf-8"


def load_corpus(corpus: Path) -> list[DemoArticle]:
    """The corpus's files, by day and name, with their publication times."""
    articles = []
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir() and DATE_FOLDER.match(p.name)):
        day = date.fromisoformat(folder.name)
        start = datetime(day.year, day.month, day.day, tzinfo=UTC) + FIRST_HOUR
        for i, path in enumerate(sorted(p for p in folder.iterdir() if p.is_file() and p.suffix == ".txt")):
            content = path.read_bytes()
            parsed: ParsedArticle | None
            try:
                parsed = parse_text(content.decode("utf-8"))
            except (UnicodeDecodeError, NewsflowError):
                parsed = None
            articles.append(DemoArticle(day, path.stem, content, parsed, start + i * STEP))
    return articles


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def render_article(article: DemoArticle, base: str, *, amp: bool = False) -> str:
    """The page a news site would serve for the article (head metadata, figure captions, related box)."""
    parsed = article.parsed
    assert parsed is not None
    charset = {"big5": "big5", "gb18030": "gb2312"}.get(article.encoding, "utf-8")
    lang = "zh-Hans" if article.encoding == "gb18030" else ("zh-Hant-TW" if article.encoding == "big5" else "zh-Hant")
    title = f"{parsed.title} - {parsed.publisher}" if parsed.publisher else parsed.title
    published = article.published.isoformat()
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": parsed.title,
        "datePublished": published, "author": [{"@type": "Person", "name": a} for a in parsed.authors],
        "publisher": {"@type": "Organization", "name": parsed.publisher or SITE_NAME},
        "mainEntityOfPage": base + article.path,
    }
    photos = {p.before_paragraph: p for p in parsed.photos}
    boxes = {b.after_paragraph: b for b in parsed.related}
    body: list[str] = []
    for i, paragraph in enumerate(parsed.paragraphs):
        if i in photos:
            p = photos[i]
            tag = "amp-img" if amp else "img"
            body.append(f'<figure class="photo"><{tag} src="/img/{article.name}-{i}.jpg" alt="{_e(p.caption)}">'
                        f'{"</amp-img>" if amp else ""}<figcaption><span class="caption">{_e(p.caption)}</span>'
                        f'<span class="credit">{_e(p.credit_label)}:{_e(p.credit)}</span></figcaption></figure>')
        body.append(f"<p>{_e(paragraph)}</p>")
        if i in boxes:
            items = "".join(f'<li><a href="#">{_e(h)}</a></li>' for h in boxes[i].headlines)
            body.append(f'<aside class="related"><h3>{_e(boxes[i].heading)}</h3><ul>{items}</ul></aside>')
    byline = "、".join(parsed.authors) if any(ord(c) > 0x2E80 for a in parsed.authors for c in a) \
        else ", ".join(parsed.authors)
    return (
        f'<!doctype html>\n<html lang="{lang}"{" amp" if amp else ""}><head>\n<meta charset="{charset}">\n'
        f"<title>{_e(title)}</title>\n"
        f'<link rel="canonical" href="{_e(base + article.path)}">\n'
        f'<meta property="og:title" content="{_e(parsed.title)}">\n'
        f'<meta property="og:site_name" content="{_e(SITE_NAME)}">\n'
        f'<meta property="article:published_time" content="{published}">\n'
        + "".join(f'<meta name="author" content="{_e(a)}">\n' for a in parsed.authors)
        + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        f'</head><body>\n<header><nav><a href="/">{_e(SITE_NAME)}</a> | '
        f'<a href="/archive/{article.day:%Y/%m/%d}/">{article.day.isoformat()}</a></nav></header>\n'
        f'<article><h1 class="headline">{_e(parsed.title)}</h1>\n'
        f'<p class="byline">{_e(byline)}</p>\n'
        f'<time datetime="{published}">{article.published:%Y-%m-%d %H:%M} UTC</time>\n'
        + "\n".join(body)
        + f'\n</article>\n<footer>© {_e(SITE_NAME)}</footer>\n</body></html>\n'
    )


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="xmlcharrefreplace")


def _rfc822(when: datetime) -> str:
    return format_datetime(when, usegmt=True)


def render_feed(articles: list[DemoArticle], base: str) -> str:
    items = []
    for a in sorted(articles, key=lambda a: a.published, reverse=True):
        assert a.parsed is not None
        link = f"{base}{a.path}?utm_source=rss&amp;utm_medium=feed"
        items.append(f"<item><title>{_e(a.parsed.title)}</title><link>{link}</link>"
                     f'<guid isPermaLink="false">demo:{a.day.isoformat()}/{a.name}</guid>'
                     f"<pubDate>{_rfc822(a.published)}</pubDate>"
                     f"<category>{_e(a.parsed.publisher or '')}</category></item>")
    latest = max(a.published for a in articles)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
            f"<channel><title>{_e(SITE_NAME)}</title><link>{base}/</link><description>demo</description>"
            f'<atom:link href="{base}/feed.xml" rel="self" type="application/rss+xml"/>'
            f"<lastBuildDate>{_rfc822(latest)}</lastBuildDate>\n" + "\n".join(items) + "\n</channel></rss>\n")


def render_sitemap_index(days: list[date], by_day: dict[date, list[DemoArticle]], base: str) -> str:
    entries = "".join(
        f"<sitemap><loc>{base}/sitemaps/news-{d.isoformat()}.xml</loc>"
        f"<lastmod>{max(a.published for a in by_day[d]).isoformat()}</lastmod></sitemap>\n" for d in days)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</sitemapindex>\n')


def render_news_sitemap(articles: list[DemoArticle], base: str) -> str:
    tz8 = timedelta(hours=8)
    entries = []
    for a in articles:
        assert a.parsed is not None
        local = a.published.astimezone(UTC) + tz8  # the site's own time zone, +08:00
        stamp = local.replace(tzinfo=None).isoformat() + "+08:00"
        language = "zh-cn" if a.encoding == "gb18030" else "zh-tw"
        entries.append(
            f"<url><loc>{base}{a.path}</loc><lastmod>{stamp}</lastmod><news:news><news:publication>"
            f"<news:name>{_e(a.parsed.publisher or SITE_NAME)}</news:name><news:language>{language}</news:language>"
            f"</news:publication><news:publication_date>{stamp}</news:publication_date>"
            f"<news:title>{_e(a.parsed.title)}</news:title></news:news></url>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + "\n".join(entries) + "\n</urlset>\n")


def render_archive(day: date, articles: list[DemoArticle], base: str) -> str:
    links = []
    for i, a in enumerate(articles):
        assert a.parsed is not None
        # one link a day goes through the AMP copy with tracking parameters: still one key per article
        href = f"{base}/amp{a.path}?utm_campaign=archive" if i == 1 else f"{base}{a.path}"
        links.append(f'<li><a href="{_e(href)}">{_e(a.parsed.title)}</a> '
                     f"<time>{a.published:%H:%M}</time></li>")
    return (f'<!doctype html>\n<html lang="zh-Hant"><head><meta charset="utf-8"><title>{day.isoformat()} - '
            f'{_e(SITE_NAME)}</title></head><body><nav><a href="/">{_e(SITE_NAME)}</a> '
            f'<a href="/feed.xml">RSS</a></nav><h1>{day.isoformat()}</h1><ul class="articles">\n'
            + "\n".join(links) + "\n</ul></body></html>\n")


def render_listing(title: str, hrefs: list[str]) -> str:
    """An autoindex-style listing page."""
    items = "\n".join(f'<a href="{_e(h)}">{_e(h)}</a>' for h in hrefs)
    return (f"<!doctype html>\n<html><head><title>Index of {_e(title)}</title></head><body>"
            f"<h1>Index of {_e(title)}</h1><hr><pre>\n<a href=\"../\">../</a>\n{items}\n</pre><hr></body></html>\n")


def build_site(corpus: Path, base: str) -> dict[str, Page]:
    """Every page of the demo site, by path. `base` is the site's own URL (scheme, host, port)."""
    base = base.rstrip("/")
    corpus_articles = load_corpus(corpus)
    if not corpus_articles:
        raise NewsflowError(f"no YYYY-MM-DD folders of .txt files in {corpus}")
    articles = [a for a in corpus_articles if a.parsed is not None]
    by_day: dict[date, list[DemoArticle]] = {}
    for a in articles:
        by_day.setdefault(a.day, []).append(a)
    days = sorted(by_day)
    modified = {d: max(a.published for a in by_day[d]) + timedelta(hours=1) for d in days}
    last = max(modified.values())
    pages: dict[str, Page] = {
        "/robots.txt": Page(f"User-agent: *\nDisallow: /private/\n\nSitemap: {base}/sitemap.xml\n".encode(),
                            "text/plain; charset=utf-8", last),
        "/feed.xml": Page(render_feed(articles, base).encode(), "application/rss+xml; charset=utf-8", last),
        "/sitemap.xml": Page(render_sitemap_index(days, by_day, base).encode(), XML, last),
    }
    home = [f"{base}/archive/{d:%Y/%m/%d}/" for d in days]
    pages["/"] = Page(render_listing("/", home).encode(), UTF8_HTML, last)
    for d in days:
        pages[f"/sitemaps/news-{d.isoformat()}.xml"] = Page(render_news_sitemap(by_day[d], base).encode(), XML,
                                                           modified[d])
        pages[f"/archive/{d:%Y/%m/%d}/"] = Page(render_archive(d, by_day[d], base).encode(), UTF8_HTML, modified[d])
    for a in articles:
        when = a.published + timedelta(minutes=5)
        if a.encoding == "big5":
            # the Big5 pages: one declares its charset in the header and the page, the others in the page only
            header = "text/html; charset=big5" if a.day.day % 2 == 0 else "text/html"
            content_type = header
        elif a.encoding == "gb18030":
            content_type = "text/html; charset=gb2312"
        else:
            content_type = UTF8_HTML
        pages[a.path] = Page(_encode(render_article(a, base), a.encoding), content_type, when)
        pages["/amp" + a.path] = Page(_encode(render_article(a, base, amp=True), a.encoding), content_type, when)
    for d, files in _text_days(corpus_articles).items():
        pages[f"/text/{d.isoformat()}/"] = Page(render_listing(f"/text/{d.isoformat()}/",
                                                               [f.name + ".txt" for f in files]).encode(),
                                                UTF8_HTML, last)
        for f in files:
            pages[f"/text/{d.isoformat()}/{f.name}.txt"] = Page(f.text, "text/plain; charset=utf-8", f.published)
    pages["/text/"] = Page(render_listing("/text/", [f"{d.isoformat()}/" for d in sorted(_text_days(corpus_articles))])
                           .encode(), UTF8_HTML, last)
    return pages


def _text_days(articles: list[DemoArticle]) -> dict[date, list[DemoArticle]]:
    days: dict[date, list[DemoArticle]] = {}
    for a in articles:
        days.setdefault(a.day, []).append(a)
    return days


def article_pages(corpus: Path) -> Iterator[tuple[str, datetime]]:
    """(path, publication time) of every HTML article page of the site."""
    for a in load_corpus(corpus):
        if a.parsed is not None:
            yield a.path, a.published


def demo_app(corpus: Path, base: str) -> App:
    return pages_app(build_site(corpus, base))


def serve_demo(corpus: Path, host: str = "127.0.0.1", port: int = 0) -> LocalServer:
    """The demo site on a thread, started; its pages name its own address, so the port is bound first."""
    server = LocalServer(pages_app({}), host, port).start()
    server.use(demo_app(corpus, server.url))
    return server

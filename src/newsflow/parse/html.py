"""Parser for HTML article pages of the wire-story family (machine-translated Chinese wire stories).

A page is decoded once (BOM, transport charset, `<meta>` declaration, detection), parsed once with lxml, and
each contract field is read by a small function over the parsed page: title and publisher, byline, figures
with caption and credit, body paragraphs, related-headline boxes, topics and sign-off. Metadata falls back
from the visible markup to `<meta>` tags to JSON-LD; a fallback that fails is logged and skipped.

Every text value is an element's text stripped of surrounding whitespace: raw text, never normalized.
`dateline`, `people` and `quotes` stay empty here: the shared enrichment step fills them for both parsers.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import charset_normalizer
import soupsieve as sv
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag, XMLParsedAsHTMLWarning

from newsflow.lexicon import Lexicon, load_lexicon
from newsflow.models import ParsedArticle, ParseError, Photo, RelatedBox
from newsflow.parse.text import split_title

log = logging.getLogger(__name__)

# --- Decoding ---------------------------------------------------------------------------------------------

# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Hong Kong pages labelled Big5 carry HKSCS characters (着 裏 衞 啲) that Python's plain big5 codec rejects,
# and Windows servers label cp950 pages (the euro sign, some box drawing) Big5 too: try both, HKSCS first.
BIG5_CODECS = ("big5hkscs", "cp950")
# GB18030 is a superset of both: pages labelled gb2312 routinely use GBK characters, and GBK ones GB18030's.
GB_CODECS = ("gb18030",)
CHARSET_CODECS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("big5", "big5-hkscs", "big5hkscs", "x-x-big5", "csbig5", "cn-big5", "big-5"), BIG5_CODECS),
    **dict.fromkeys(("cp950", "ms950", "windows-950", "x-windows-950"), ("cp950", "big5hkscs")),
    **dict.fromkeys(("gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "csgb2312", "euc-cn",
                     "gb-2312", "gb_2312-80", "chinese", "iso-ir-58", "csiso58gb231280"), GB_CODECS),
    # WHATWG reads these labels as windows-1252; its undefined bytes then fall back to latin-1
    **dict.fromkeys(("iso-8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252"),
                    ("cp1252", "latin-1")),
}
UTF16_LABELS = frozenset({"utf-16", "utf-16le", "utf-16be", "utf-16-le", "utf-16-be", "unicode", "ucs-2"})

PRESCAN_BYTES = 8192  # <meta charset> is looked for in the head only; some heads put it after long og blocks
META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*(?P<label>[A-Za-z0-9._:-]+)", re.IGNORECASE)
XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]*\bencoding\s*=\s*[\"'](?P<label>[A-Za-z0-9._:-]+)", re.IGNORECASE)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*(?P<label>[A-Za-z0-9._:-]+)", re.IGNORECASE)
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_CONTROL_RATIO = 0.01  # more control characters than this in decoded text: it was never text


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the Python codec that decoded the bytes
    found_by: str  # "bom", "header", "meta" or "detected"


def _codecs_for(label: str) -> tuple[str, ...]:
    """The Python codecs to try for a declared charset label; () when the label names no codec."""
    label = label.strip().strip("\"'").lower()
    if label in CHARSET_CODECS:
        return CHARSET_CODECS[label]
    try:
        return (codecs.lookup(label).name,)
    except LookupError:
        return ()


def _utf8(content: bytes) -> str | None:
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _declared(content: bytes, label: str, found_by: str, utf8_text: str | None) -> Decoded | None:
    """Decode with a declared charset, or None (logged) when the declaration cannot be right."""
    names = _codecs_for(label)
    if not names:
        log.warning("%s charset %r is not a known encoding; ignored", found_by, label)
        return None
    if names[0] != "utf-8" and utf8_text is not None and not utf8_text.isascii():
        # multi-byte UTF-8 sequences do not occur by chance in Big5, GB or single-byte text: the label is wrong
        log.warning("%s charset %r, but the bytes are valid UTF-8; the declaration is ignored", found_by, label)
        return None
    for name in names:
        try:
            return Decoded(content.decode(name), name, found_by)
        except UnicodeDecodeError as exc:
            log.info("%s charset %r: %s cannot decode byte %d", found_by, label, name, exc.start)
    log.warning("%s charset %r does not decode the page; ignored", found_by, label)
    return None


def _meta_label(content: bytes) -> str | None:
    head = content[:PRESCAN_BYTES]
    match = XML_ENCODING.match(head) or META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group("label").decode("ascii")
    # a declaration readable as ASCII cannot be in UTF-16: HTML reads such pages as UTF-8
    return "utf-8" if label.lower() in UTF16_LABELS else label


def _detected(content: bytes, utf8_text: str | None) -> Decoded:
    if b"\x00" in content:
        raise ParseError("undecodable", f"NUL byte at offset {content.index(0)} and no BOM: binary content")
    if utf8_text is not None:
        return _text_or_undecodable(Decoded(utf8_text, "utf-8", "detected"))
    best = charset_normalizer.from_bytes(content).best()
    if best is None:
        raise ParseError("undecodable", "no declared charset fits and no encoding could be detected")
    for name in _codecs_for(best.encoding.replace("_", "-")):
        try:
            text = content.decode(name)
            break
        except UnicodeDecodeError:
            continue
    else:
        name, text = best.encoding, str(best)
    return _text_or_undecodable(Decoded(text, name, "detected"))


def _text_or_undecodable(decoded: Decoded) -> Decoded:
    if len(CONTROL_CHARS.findall(decoded.text)) > MAX_CONTROL_RATIO * len(decoded.text):
        raise ParseError("undecodable", f"decoding as {decoded.encoding} gives control characters, not text")
    return decoded


def decode_html(content: bytes, charset: str | None = None) -> Decoded:
    """The page's text: BOM, then the transport `charset`, then `<meta>`, then detection.

    A declaration is skipped (and logged) when it names no codec, does not decode the bytes, or names a legacy
    charset for bytes that are valid multi-byte UTF-8 (a mislabelled page). Raises ParseError("undecodable").
    """
    if not content.strip():
        raise ParseError("empty", "the page has no content")
    for bom, name in BOMS:
        if content.startswith(bom):
            try:
                return Decoded(content[len(bom):].decode(name), name, "bom")
            except UnicodeDecodeError as exc:
                log.warning("%s BOM, but byte %d does not decode; ignored", name, exc.start)
            break
    utf8_text = _utf8(content)
    if charset:
        header = HEADER_CHARSET.search(charset)
        label = header.group("label") if header else charset
        if decoded := _declared(content, label, "header", utf8_text):
            return decoded
    if (label := _meta_label(content)) and (decoded := _declared(content, label, "meta", utf8_text)):
        return decoded
    return _detected(content, utf8_text)


# --- Element classes: what a page element is, by tag name, class or id (data, not code) ---------------------

def _class_pattern(*names: str) -> re.Pattern[str]:
    """A class (or id) vocabulary; BEM forms match too: `article-body__byline`, `ad-slot--leaderboard`."""
    return re.compile(r"^(?:[\w-]*__)?(?:" + "|".join(names) + r")(?:--[\w-]+)?$", re.IGNORECASE)


NOISE_TAGS = frozenset({"script", "style", "noscript", "template", "nav", "footer", "form", "iframe", "button",
                        "svg", "video", "audio", "object", "embed", "input", "select", "textarea", "dialog",
                        "menu", "time", "link", "meta"})

NOISE_CLASS = _class_pattern(
    r"ads?", "advert", "advertisement", r"ad[-_]?(?:slot|box|container|unit|wrapper|wrap|banner|label|area|block)",
    r"inline-?ad", r"top-?ad", r"dfp(?:-\w+)?", r"gpt-?ad", r"google-?ads?", r"sponsor(?:ed)?",
    "share", r"share-[\w-]+", "sharing", "sharebar", "social", r"social-[\w-]+", r"newsletter(?:-[\w-]+)?",
    r"promo(?:-[\w-]+)?", r"subscribe(?:-[\w-]+)?", "paywall", "outbrain", "taboola", "comments?",
    "breadcrumbs?", r"most-?read", "popular", "trending", "counter", r"gallery-?counter", r"slide-?counter",
    "pagination", r"audio-?player", "player", "sidebar", r"site-?header", r"site-?footer", "footer", "header",
    "nav", "menu", r"top-?nav", "toolbar", "byline", "by-line", r"article-?byline", r"story-?byline", "authors?",
    r"author-?name", r"article-?author", "reporter", "timestamp", "published", "updated", r"article-?meta",
    "meta", "dek", "standfirst", "deck", "subtitle", "kicker", "eyebrow", r"visually-?hidden", "sr-only",
    "hidden", "licen[cs]e", "licensing", "reprints?", "editor",
)
NOISE_ID = re.compile(r"^(?:div-gpt-ad|ad[-_]|google_ads|taboola|outbrain|comments)", re.IGNORECASE)
# Whole paragraphs that are page furniture rather than article text.
NOISE_TEXT = re.compile(
    r"^(?:廣告|广告|Advertisement|ADVERTISEMENT|廣告[·・]?繼續滾動|广告[·・]?继续滚动|"
    r"(?:請|请)?(?:繼續|继续)(?:往下)?(?:閱|閲|阅)(?:讀|读).{0,20}|購買授權許可.{0,20}|购买授权许可.{0,20}|"
    r"分享(?:至|到).{1,20}|在.{1,15}上(?:關注|关注)我們|在.{1,15}上关注我们|"
    r"第\d+[項项][,，]\s*共\d+[項项]|\d{1,2}:\d{2}(?::\d{2})?)$"
)
FIGURE_CLASS = _class_pattern("figure", "photo", "image", "picture", r"media-?image", r"inline-?image",
                              r"lead-?image", r"article-?image", r"img-?wrap", r"photo-?wrap", r"image-?wrap",
                              r"story-?image")
CAPTION_CLASS = _class_pattern("caption", r"caption-?text", "figcaption", r"photo-?caption", r"image-?caption",
                               r"img-?desc", "wp-caption-text")
CREDIT_CLASS = _class_pattern("credits?", r"photo-?credit", r"image-?credit", r"img-?credit", r"caption-?credit",
                              "photographer", r"photo-?source", r"image-?source", "source", "copyright", "byline")
CREDIT_ITEMPROPS = frozenset({"copyrightholder", "credittext", "author", "creator"})
RELATED_CLASS = _class_pattern("related", r"related-[\w-]+", r"read-?more", r"more-?stories", r"further-?reading",
                               r"see-?also")
RELATED_HEADING = re.compile(
    r"^(?:閱讀更多|閲讀更多|阅读更多|延伸閱讀|延伸閲讀|延伸阅读|相關報道|相關報導|相关报道|相關新聞|相关新闻|相關文章|"
    r"相关文章|相關閱讀|相關閲讀|相关阅读|重要閱讀|重要閲讀|重要阅读|推薦閱讀|推薦閲讀|推荐阅读|更多報道|更多报道|"
    r"Read more|Related)",
    re.IGNORECASE,
)
TOPIC_CLASS = _class_pattern("topics?", "tags?", r"tag-?list", r"article-?tags", r"article-?topics", r"story-?tags",
                             "keywords")
TOPIC_HEADING = re.compile(r"^(?:建議主題|建议主题|推薦主題|推荐主题|相關主題|相关主题|主題|主题|標籤|标签|話題|话题|"
                           r"Topics|Tags)\s*[:：]?$", re.IGNORECASE)
SIGNOFF_CLASS = _class_pattern(r"sign-?off", "signature", r"newsletter-?signoff")
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
LIST_TAGS = frozenset({"ul", "ol"})
# Subheadings in the body are paragraphs, like a `## heading` line of the text format.
PARAGRAPH_TAGS = frozenset({"p", *HEADING_TAGS})
MAX_HEADING = 60


def _tokens(tag: Tag) -> list[str]:
    classes = tag.get("class")
    tokens: list[str] = [classes] if isinstance(classes, str) else list(classes or [])
    ident = tag.get("id")
    return [*tokens, ident] if isinstance(ident, str) else tokens


def _has_class(tag: Tag, pattern: re.Pattern[str]) -> bool:
    return any(pattern.match(token) for token in _tokens(tag))


def _is_noise(tag: Tag) -> bool:
    if tag.name in NOISE_TAGS or tag.has_attr("hidden") or tag.get("aria-hidden") == "true":
        return True
    ident = tag.get("id")
    return _has_class(tag, NOISE_CLASS) or (isinstance(ident, str) and NOISE_ID.match(ident) is not None)


# Inside a paragraph or caption, only these are dropped: a <time> or a link is part of the sentence.
INLINE_NOISE_TAGS = frozenset({"script", "style", "noscript", "template", "button", "svg", "iframe"})


def _is_inline_noise(tag: Tag) -> bool:
    return tag.name in INLINE_NOISE_TAGS or _has_class(tag, NOISE_CLASS)


def _text(node: Tag, skip: Callable[[Tag], bool] | None = None) -> str:
    """The element's text without the text of descendants `skip` rejects, stripped of surrounding spaces."""
    if skip is None:
        return node.get_text().strip()
    parts: list[str] = []

    def collect(tag: Tag) -> None:
        for child in tag.children:
            if isinstance(child, Tag):
                if not skip(child):
                    collect(child)
            elif isinstance(child, NavigableString) and type(child) is NavigableString:
                parts.append(str(child))

    collect(node)
    return "".join(parts).strip()


def _within(tag: Tag, predicate: Callable[[Tag], bool]) -> bool:
    return any(predicate(parent) for parent in tag.parents if isinstance(parent, Tag))


# --- The page, parsed once ---------------------------------------------------------------------------------

ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                           "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "BlogPosting",
                           "LiveBlogPosting", "Report"})


@dataclass
class Page:
    """A decoded page: the DOM, its `<meta>` values and its JSON-LD article objects, computed once."""

    soup: BeautifulSoup
    root: Tag  # the element holding the article (headline, figures, body)
    meta: dict[str, str]  # name / property / itemprop (lower case) -> content, first occurrence wins
    ld: list[dict[str, Any]]  # JSON-LD objects of an article type, in page order


def _ld_objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_objects(data["@graph"])


def _ld_types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind}
    return {k for k in kind if isinstance(k, str)} if isinstance(kind, list) else set()


def _json_ld(soup: BeautifulSoup) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for number, script in enumerate(soup.find_all("script", type=re.compile(r"^application/ld\+json$", re.I))):
        try:
            data = json.loads(script.get_text(), strict=False)
        except json.JSONDecodeError as exc:
            log.warning("JSON-LD block %d is not valid JSON (%s); skipped", number, exc)
            continue
        found.extend(obj for obj in _ld_objects(data) if _ld_types(obj) & ARTICLE_TYPES)
    return found


def _meta_values(soup: BeautifulSoup) -> dict[str, str]:
    values: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        content = tag.get("content")
        if not isinstance(content, str):
            continue
        for attr in ("property", "name", "itemprop"):
            key = tag.get(attr)
            if isinstance(key, str):
                values.setdefault(key.strip().lower(), content.strip())
    return values


# The article element: the first of these that holds a headline h1 wins, then the first with a paragraph.
ROOT_SELECTORS = tuple(sv.compile(selector) for selector in (
    "article", "[itemprop=articleBody]", "[role=main] .article", "main", "#article", ".article", ".story", "body"))


def _in_site_chrome(tag: Tag) -> bool:
    """Inside the site's header, navigation, footer, sidebar or ads (a logo h1 is not the headline)."""
    def chrome(t: Tag) -> bool:
        return _is_noise(t) or (t.name == "header" and not _within(t, lambda a: a.name == "article"))

    return _within(tag, chrome)


def _headlines(scope: Tag) -> list[Tag]:
    return [h1 for h1 in scope.find_all("h1") if not _in_site_chrome(h1)]


def _root(soup: BeautifulSoup) -> Tag:
    with_paragraph: Tag | None = None
    for selector in ROOT_SELECTORS:
        for tag in selector.select(soup):
            if tag.find("p") is None:
                continue
            if _headlines(tag):
                return tag
            with_paragraph = with_paragraph or tag
    return with_paragraph or soup.body or soup


def read_page(text: str) -> Page:
    """Parse decoded text once: DOM, article element, meta values and JSON-LD."""
    with warnings.catch_warnings():
        # a short page can look like a file name to bs4, and XHTML like XML: both are HTML pages here
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(text, "lxml")
    return Page(soup=soup, root=_root(soup), meta=_meta_values(soup), ld=_json_ld(soup))


# --- Title, publisher, byline (fallback chains) ------------------------------------------------------------

MAX_TITLE = 300


def _chain(field_name: str, steps: list[tuple[str, Callable[[], str | None]]]) -> tuple[str | None, str]:
    """The first step that yields a value, with its name; each step that yields nothing is logged."""
    for name, step in steps:
        try:
            value = step()
        except (AttributeError, KeyError, TypeError, ValueError) as exc:  # malformed metadata: skip the step
            log.info("%s: %s failed (%s); next fallback", field_name, name, exc)
            continue
        if value:
            return value, name
        log.debug("%s: nothing from %s; next fallback", field_name, name)
    return None, ""


def _h1(page: Page) -> str | None:
    for h1 in [*_headlines(page.root), *_headlines(page.soup)]:
        text = _text(h1)
        if 2 <= len(text) <= MAX_TITLE:
            return text
    return None


def _ld_value(page: Page, key: str) -> Any:
    for obj in page.ld:
        if obj.get(key):
            return obj[key]
    return None


def _ld_text(page: Page, key: str) -> str | None:
    value = _ld_value(page, key)
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) else None


def _title_element(page: Page) -> str | None:
    return _text(page.soup.title) if page.soup.title else None


def _title(page: Page, lexicon: Lexicon) -> tuple[str, str | None]:
    """The headline, and the publisher when the headline that gave it carried a suffix."""
    raw, found_by = _chain("title", [
        ("h1", lambda: _h1(page)),
        ("og:title", lambda: page.meta.get("og:title")),
        ("JSON-LD headline", lambda: _ld_text(page, "headline")),
        ("twitter:title", lambda: page.meta.get("twitter:title")),
        ("<title>", lambda: _title_element(page)),
    ])
    if raw is None or len(raw) > MAX_TITLE:
        raise ParseError("no_title", "no h1, og:title, JSON-LD headline or <title> holds a headline")
    title, publisher = split_title(raw, lexicon)
    # an h1 rarely carries a suffix, and "美國大選 - 特朗普領先" is a headline: only a known publisher is one
    if found_by == "h1" and publisher is not None and lexicon.publisher(publisher) is None \
            and publisher != page.meta.get("og:site_name"):
        return raw.strip(), None
    return title, publisher


def _suffix_publisher(value: str | None, lexicon: Lexicon) -> str | None:
    return split_title(value, lexicon)[1] if value else None


def _publisher(page: Page, from_title: str | None, lexicon: Lexicon) -> str | None:
    publisher, _ = _chain("publisher", [
        ("title suffix", lambda: from_title),
        ("og:title suffix", lambda: _suffix_publisher(page.meta.get("og:title"), lexicon)),
        ("<title> suffix", lambda: _suffix_publisher(_title_element(page), lexicon)),
        ("og:site_name", lambda: page.meta.get("og:site_name")),
        ("JSON-LD publisher", lambda: _ld_text(page, "publisher")),
        ("meta publisher", lambda: page.meta.get("publisher") or page.meta.get("article:publisher")),
    ])
    return publisher


BYLINE_CLASS = _class_pattern("byline", "by-line", r"article-?byline", r"story-?byline", "authors?", r"author-?name",
                              r"article-?author", "reporter")
BYLINE_PREFIX = re.compile(r"^(?:[Bb][Yy]\s+|(?:撰文|記者|记者|作者|文)\s*[:：]\s*|(?:記者|记者)\s*)")
BYLINE_SUFFIX = re.compile(r"\s*(?:報道|報導|报道|撰文)$")
# 和 / 與 / 及 join two Chinese names; at the start of a name (和田) they are part of it
AUTHOR_SEPARATORS = re.compile(
    r"\s*(?:,|，|、|;|；|&|\band\b|(?<=[\u4e00-\u9fff])\s*[和與及与]\s*(?=[\u4e00-\u9fff]))\s*")
MAX_BYLINE = 160
MAX_NAME = 40


def _byline_element(page: Page) -> str | None:
    def is_byline(tag: Tag) -> bool:
        marked = _has_class(tag, BYLINE_CLASS) or tag.get("itemprop") == "author" or "author" in (tag.get("rel") or [])
        return marked and not _within(tag, _is_figure)  # a "byline" inside a figure is a photo credit

    for scope in (page.root, page.soup):
        tag = scope.find(is_byline)
        if isinstance(tag, Tag):
            text = _text(tag, skip=lambda t: t.name in ("time", "script", "style", "button"))
            if text and len(text) <= MAX_BYLINE:
                return text
    return None


def _meta_author(page: Page) -> str | None:
    for key in ("author", "byl", "article:author", "dc.creator"):
        value = page.meta.get(key)
        if value and not value.startswith(("http://", "https://", "/")):
            return value
    return None


def split_byline(byline: str, lexicon: Lexicon) -> list[str]:
    """Person names of a byline, in order: `By `/`記者` prefixes dropped, a publisher alone gives []."""
    names = []
    for part in AUTHOR_SEPARATORS.split(BYLINE_PREFIX.sub("", byline.strip())):
        name = BYLINE_SUFFIX.sub("", BYLINE_PREFIX.sub("", part.strip())).strip()
        if name and len(name) <= MAX_NAME and lexicon.publisher(name) is None:
            names.append(name)
    return names


def _ld_authors(page: Page, lexicon: Lexicon) -> list[str]:
    value = _ld_value(page, "author")
    names: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            names.extend(split_byline(item, lexicon))
        elif isinstance(item, dict) and isinstance(item.get("name"), str) \
                and not _ld_types(item) & {"Organization", "NewsMediaOrganization"}:
            names.extend(split_byline(item["name"], lexicon))
    return names


def _byline(page: Page, lexicon: Lexicon) -> tuple[str | None, list[str]]:
    """The byline as written (visible, else meta, else a JSON-LD string) and its authors."""
    ld_author = _ld_value(page, "author")
    byline, _ = _chain("byline", [
        ("byline element", lambda: _byline_element(page)),
        ("meta author", lambda: _meta_author(page)),
        ("JSON-LD author string", lambda: ld_author.strip() if isinstance(ld_author, str) else None),
    ])
    if byline is not None:
        return byline, split_byline(byline, lexicon)
    # JSON-LD Person objects name the authors without writing a byline anywhere on the page
    return None, _ld_authors(page, lexicon)


def _published(page: Page) -> str | None:
    def time_element() -> str | None:
        tag = page.root.find("time", attrs={"datetime": True})
        value = tag.get("datetime") if isinstance(tag, Tag) else None
        return value if isinstance(value, str) else None

    published, _ = _chain("published", [
        ("JSON-LD datePublished", lambda: _ld_text(page, "datePublished")),
        ("meta article:published_time", lambda: page.meta.get("article:published_time")),
        ("meta pubdate", lambda: page.meta.get("pubdate") or page.meta.get("publishdate")
         or page.meta.get("date")),
        ("<time datetime>", time_element),
    ])
    return published


# --- Photo credits ---------------------------------------------------------------------------------------

CREDIT_PARTS = re.compile(r"\s*/\s*|\s+via\s+|\s*[,，]\s*", re.IGNORECASE)
FILE_PHOTO = re.compile(
    r"^(?:檔案照片|档案照片|資料圖片|资料图片|資料照片|资料照片|檔案圖片|档案图片|File Photo|File)$", re.IGNORECASE)
BRACKETED = re.compile(r"^[(（\[](?P<inner>.*)[)）\]]$")
TRAILING_BRACKET = re.compile(r"\s*(?P<credit>[(（][^()（）]{1,40}[)）])\s*$")
LATIN_PERSON = re.compile(r"^[A-Z][A-Za-z.'’\-]+(?:\s+[A-Za-z][A-Za-z.'’\-]*){1,4}$")
LATIN_ORG_WORDS = re.compile(r"\b(?:Government|Ministry|Office|Agency|Council|Bureau|Department|University|"
                             r"Institute|Inc|Ltd|Corp|Group|News|Press|Images|Photos?|Service|Authority|Museum)\b")
DOTTED_NAME = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:[·・‧•][\u4e00-\u9fff]{1,8}){1,3}$")
CJK_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


@dataclass(frozen=True)
class CreditSplit:
    photographer: str | None
    agencies: list[str]
    source: str | None
    confident: bool


def find_credit_label(text: str, lexicon: Lexicon, start_only: bool = False) -> re.Match[str] | None:
    """The first credit label (with its colon) in a caption or credit text; "xPhoto:" is a word, not a label."""
    for match in lexicon.label_pattern.finditer(text):
        if start_only and text[:match.start()].strip():
            return None
        before = text[match.start() - 1] if match.start() else ""
        if match.group("label").isascii() and before.isascii() and before.isalnum():
            continue
        return match
    return None


def _person(part: str) -> bool | None:
    """True for a clear person name, None for a guess (a short Chinese name), False for anything else."""
    if DOTTED_NAME.match(part) or (LATIN_PERSON.match(part) and not LATIN_ORG_WORDS.search(part)):
        return True
    return None if CJK_PERSON.match(part) else False


def split_credit(label: str, credit: str, lexicon: Lexicon) -> CreditSplit:
    """Photographer, agencies and source of a credit whose end is known (it is an element's text)."""
    if label in lexicon.source_labels:
        return CreditSplit(None, [], credit, True)
    bracketed = BRACKETED.match(credit)
    inner = bracketed.group("inner") if bracketed else credit
    parts = [p.strip() for p in CREDIT_PARTS.split(inner) if p.strip() and not FILE_PHOTO.match(p.strip())]
    known = [lexicon.agency(part) is not None for part in parts]
    if label in lexicon.photographer_labels:
        # the first part that is not an agency is the photographer; a credit of agencies only has none
        person = next((i for i, is_agency in enumerate(known) if not is_agency), None)
        agencies = [p for i, p in enumerate(parts) if i != person]
        confident = all(k for i, k in enumerate(known) if i != person)
        return CreditSplit(parts[person] if person is not None else None, agencies, None, confident)
    # mixed labels (`圖`, `資料圖片`) and unlabelled credits: the lexicon and each part's shape decide its role
    photographer: str | None = None
    source: str | None = None
    agencies = []
    confident = True
    for part, is_agency in zip(parts, known, strict=True):
        if is_agency:
            agencies.append(part)
            continue
        organisation = lexicon.organisation_at(part, 0) == part
        suffix = any(part.endswith(s) for s in lexicon.suffixes) or LATIN_ORG_WORDS.search(part) is not None
        person = _person(part) if not (organisation or suffix) else False
        if person is not False and photographer is None:
            photographer = part
            confident &= person is True
        elif source is None:
            source = part
            confident &= organisation
        else:
            agencies.append(part)  # a second organisation: most likely an agency the lexicon lacks
            confident = False
    return CreditSplit(photographer, agencies, source, confident)


def _trailing_credit(caption: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """An unlabelled bracketed agency credit ending a caption, e.g. `(美聯社)`: (caption, credit)."""
    match = TRAILING_BRACKET.search(caption)
    if match is None:
        return None
    inner = match.group("credit")[1:-1]
    if not any(lexicon.agency(part.strip()) for part in CREDIT_PARTS.split(inner)):
        return None
    return caption[:match.start()].strip(), match.group("credit")


def _photo(caption: str, label: str, credit: str, before: int, lexicon: Lexicon) -> Photo:
    split = split_credit(label, credit, lexicon)
    return Photo(caption=caption, credit_label=label, credit=credit, photographer=split.photographer,
                 agencies=split.agencies, source=split.source, before_paragraph=before,
                 confidence="high" if split.confident else "low")


IMAGE_TAGS = ["img", "picture", "amp-img"]


def _is_figure(tag: Tag) -> bool:
    if tag.name == "figure":
        return True
    return tag.name in ("div", "section", "span", "p") and _has_class(tag, FIGURE_CLASS) \
        and tag.find([*IMAGE_TAGS, "figcaption"]) is not None


def _is_credit(tag: Tag) -> bool:
    itemprop = tag.get("itemprop")
    return _has_class(tag, CREDIT_CLASS) or (isinstance(itemprop, str) and itemprop.lower() in CREDIT_ITEMPROPS)


def _figure_photo(figure: Tag, before: int, lexicon: Lexicon) -> Photo | None:
    """The photo of a figure: caption from figcaption (or a caption class), credit from a credit element or
    from a label after the caption. None for an image with neither caption nor credit."""
    credit_tag = figure.find(_is_credit)
    if credit_tag is None and figure.find(IMAGE_TAGS) is None:
        return None  # a figure around a pull quote or a chart embed is not a photo
    caption_tag = figure.find("figcaption") or figure.find(lambda t: _has_class(t, CAPTION_CLASS))

    def skip(tag: Tag) -> bool:
        return tag is credit_tag or _is_inline_noise(tag)

    caption = _text(caption_tag, skip) if isinstance(caption_tag, Tag) else ""
    label, credit = "", ""
    if isinstance(credit_tag, Tag):
        credit_text = _text(credit_tag)
        match = find_credit_label(credit_text, lexicon, start_only=True)
        label, credit = (match.group("label"), credit_text[match.end():].strip()) if match else ("", credit_text)
    elif (match := find_credit_label(caption, lexicon)) is not None:
        caption, label, credit = caption[:match.start()].strip(), match.group("label"), caption[match.end():].strip()
    elif (trailing := _trailing_credit(caption, lexicon)) is not None:
        caption, credit = trailing
    if not caption and not credit:
        log.debug("a figure without caption or credit is not a photo of the contract; skipped")
        return None
    return _photo(caption, label, credit, before, lexicon)


# --- Body: paragraphs, photos and boxes in document order --------------------------------------------------

SIGNOFF = re.compile(r"^(?:——|—|–|--|―)\s*(?P<name>[^\s—–\-―][^。!?！？,，:：;；“”]{0,29})$")
GLUED_SIGNOFF = re.compile(r"^(?P<body>.*[。!?！？”」』])\s*(?:——|—|–|--|―)\s*"
                           r"(?P<name>[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*){0,3}|"
                           r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:[·・‧][\u4e00-\u9fff]{1,8}){1,3})$")


def _heading_text(tag: Tag) -> str | None:
    """The text of a short heading-like element (h2-h6, strong, a p or div of one line), else None."""
    if tag.name not in (*HEADING_TAGS, "p", "div", "span", "strong", "b", "header"):
        return None
    text = _text(tag)
    return text if text and len(text) <= MAX_HEADING and tag.find(LIST_TAGS) is None else None


def _list_items(tag: Tag) -> list[str]:
    items = [_text(li) for li in tag.find_all("li")] or [_text(a) for a in tag.find_all("a")]
    return [item.lstrip("•·*-– ").strip() for item in items if item.lstrip("•·*-– ").strip()]


def _box_heading(box: Tag, pattern: re.Pattern[str]) -> Tag | None:
    for tag in box.find_all(True):
        if tag.name in LIST_TAGS or tag.name == "li":
            break
        text = _heading_text(tag)
        if text is not None and pattern.match(text):
            return tag
    return None


BOX_TAGS = frozenset({"aside", "section", "div", "nav", "ul", "ol"})


def _box(tag: Tag, heading: re.Pattern[str], classes: re.Pattern[str]) -> tuple[str, list[str]] | None:
    """(heading, items) when the element is a box of links: a matching heading (or class) and a list."""
    if tag.name not in BOX_TAGS or tag.find(["li", "a"]) is None:
        return None
    # a box is a heading and its links; an element with more text than that holds more than a box
    if len(_text(tag, skip=lambda t: t.name in LIST_TAGS or t.name == "a")) > 2 * MAX_HEADING:
        return None
    heading_tag = _box_heading(tag, heading)
    if heading_tag is None and not _has_class(tag, classes):
        return None
    if tag.find("figure") is not None or any(
            p is not heading_tag and not _within(p, lambda t: t.name in LIST_TAGS) for p in tag.find_all("p")):
        return None  # paragraphs besides the heading: a section of the body that contains a box
    items = _list_items(tag)
    return (_text(heading_tag) if heading_tag else "", items) if items else None


def _following_list(tag: Tag) -> Tag | None:
    sibling = tag.find_next_sibling(True)
    return sibling if isinstance(sibling, Tag) and sibling.name in LIST_TAGS else None


@dataclass
class _Body:
    """Walks the article element in document order, collecting the body's parts."""

    lexicon: Lexicon
    paragraphs: list[str] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    related: list[RelatedBox] = field(default_factory=list)
    signoff: str | None = None
    consumed: set[int] = field(default_factory=set)  # ids of elements already read (a heading's list)

    def walk(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Tag) and id(child) not in self.consumed:
                self.visit(child)

    def visit(self, tag: Tag) -> None:
        if _is_figure(tag):
            if (photo := _figure_photo(tag, len(self.paragraphs), self.lexicon)) is not None:
                self.photos.append(photo)
            return
        if (box := _box(tag, RELATED_HEADING, RELATED_CLASS)) is not None:
            self.related.append(RelatedBox(box[0], box[1], len(self.paragraphs) - 1))
            return
        if _box(tag, TOPIC_HEADING, TOPIC_CLASS) is not None:
            return  # read by _topics, wherever it is on the page
        heading = _heading_text(tag)
        following = _following_list(tag) if heading is not None else None
        if heading is not None and following is not None:
            if RELATED_HEADING.match(heading):  # a heading paragraph, then a plain list
                self.consumed.add(id(following))
                self.related.append(RelatedBox(heading, _list_items(following), len(self.paragraphs) - 1))
                return
            if TOPIC_HEADING.match(heading):
                self.consumed.add(id(following))
                return
        if _has_class(tag, SIGNOFF_CLASS):
            self.signoff = SIGNOFF.sub(r"\g<name>", _text(tag)) or None
        elif _is_noise(tag) or tag.name in ("aside", "h1", "table", *LIST_TAGS):
            return
        elif tag.name == "header":
            self.walk_figures(tag)  # an article header holds headline and byline; only its photo counts
        elif tag.name in PARAGRAPH_TAGS or (tag.name == "blockquote" and tag.find("p") is None):
            self.paragraph(tag)
        else:
            self.walk(tag)

    def walk_figures(self, node: Tag) -> None:
        for figure in node.find_all(_is_figure):
            if not _within(figure, _is_figure) and (photo := _figure_photo(figure, len(self.paragraphs),
                                                                             self.lexicon)) is not None:
                self.photos.append(photo)

    def paragraph(self, tag: Tag) -> None:
        text = _text(tag, skip=_is_inline_noise)
        if not text or NOISE_TEXT.match(text):
            return
        match = find_credit_label(text, self.lexicon, start_only=True)
        if match is not None and len(text) <= 80 and "。" not in text:
            self.credit_paragraph(match.group("label"), text[match.end():].strip())
            return
        self.paragraphs.append(text)

    def credit_paragraph(self, label: str, credit: str) -> None:
        """A paragraph that is only a credit: it belongs to the photo just before, or is a photo of its own."""
        last = self.photos[-1] if self.photos else None
        if last is not None and not last.credit and last.before_paragraph == len(self.paragraphs):
            self.photos[-1] = _photo(last.caption, label, credit, last.before_paragraph, self.lexicon)
        else:
            self.photos.append(_photo("", label, credit, len(self.paragraphs), self.lexicon))

    def finish(self) -> None:
        """A sign-off closing the article (`—name` as the last paragraph, or glued to its end) is no paragraph."""
        if self.signoff is not None or not self.paragraphs:
            return
        last = self.paragraphs[-1]
        if (match := SIGNOFF.match(last) or GLUED_SIGNOFF.match(last)) is None:
            return
        name = match.group("name").strip()
        if self.lexicon.publisher(name) is not None or self.lexicon.agency(name) is not None:
            return  # "——路透社" closes wire copy: it credits the agency, nobody signs off
        self.signoff = name
        if "body" in match.groupdict():
            self.paragraphs[-1] = match.group("body")
        else:
            self.paragraphs.pop()


def _topics(page: Page) -> list[str]:
    """Entries of a topics footer: a box with a topics class, or a 建議主題: heading and its list."""
    for tag in page.soup.find_all(lambda t: t.name in BOX_TAGS and _has_class(t, TOPIC_CLASS)):
        if (box := _box(tag, TOPIC_HEADING, TOPIC_CLASS)) is not None:
            return box[1]
    def is_heading(text: str | None) -> bool:
        return text is not None and len(text) <= MAX_HEADING and TOPIC_HEADING.match(text.strip()) is not None

    for string in page.soup.find_all(string=is_heading):
        for ancestor in list(string.parents)[:3]:  # <h3>, <p><strong>, <div><h3>: the heading or its box
            if (box := _box(ancestor, TOPIC_HEADING, TOPIC_CLASS)) is not None:
                return box[1]
            if (items := _following_list(ancestor)) is not None:
                return _list_items(items)
    return []


# --- Entry points ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HtmlParse:
    """A parsed page: the contract article plus what only a page tells (its encoding, its publication date)."""

    article: ParsedArticle
    encoding: str
    encoding_found_by: str
    published: str | None  # as written in JSON-LD or meta, e.g. "2025-07-18T06:30:00+08:00"


def read_html(content: bytes, charset: str | None = None, lexicon: Lexicon | None = None) -> HtmlParse:
    """Decode and parse an article page; raises ParseError (`empty`, `undecodable`, `no_title`, `no_body`)."""
    lexicon = lexicon or load_lexicon()
    decoded = decode_html(content, charset)
    page = read_page(decoded.text)
    title, title_publisher = _title(page, lexicon)
    publisher = _publisher(page, title_publisher, lexicon)
    byline, authors = _byline(page, lexicon)
    body = _Body(lexicon)
    body.walk(page.root)
    body.finish()
    if not body.paragraphs:
        raise ParseError("no_body", f"the page has a headline ({title[:40]}) but no body paragraph")
    article = ParsedArticle(title=title, publisher=publisher, authors=authors, photos=body.photos,
                            paragraphs=body.paragraphs, related=body.related, byline=byline,
                            topics=_topics(page), signoff=body.signoff)
    return HtmlParse(article, decoded.encoding, decoded.found_by, _published(page))


def parse_html(content: bytes, charset: str | None = None) -> ParsedArticle:
    """Parse one HTML article page; `charset` is the transport's (HTTP Content-Type) declaration, if any."""
    return read_html(content, charset).article

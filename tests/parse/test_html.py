"""The HTML page parser: decoding order and charsets, what a page yields per field, and what it refuses."""

from __future__ import annotations

import codecs
import logging

import pytest

from newsflow.models import ParseError
from newsflow.parse.html import decode_html, parse_html, read_html

# Long enough for charset detection to have something to go on; 着 裏 衞 are HKSCS characters in Big5.
HK_TEXT = ("香港天文台表示,颱風正向西北移動,隨着風勢增強,沿岸地區可能出現水浸。市民在颱風季節裏應留意衞生署的健康提示,"
           "避免前往海旁和低窪地區。港鐵表示,露天路段的列車服務將會減少,機場快綫會按實際情況調整班次。")
CN_TEXT = ("中国海关总署周一公布的数据显示,八月份出口同比增长百分之四点四,低于七月份,对美国的出口连续第五个月下降。"
           "一家外资银行的首席经济学家马修·格林说,出口商正在把更多的产品转运到东南亚和其他市场。")


def page(body: str, head: str = "", title: str = "颱風逼近,天文台考慮改發八號風球 - 路透社",
         h1: str | None = "颱風逼近,天文台考慮改發八號風球") -> str:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    title_tag = f"<title>{title}</title>" if title else ""
    return (f"<!DOCTYPE html><html><head>{head}{title_tag}</head><body>"
            f"<article>{heading}<div class=\"article-body\">{body}</div></article></body></html>")


def article_page(text: str, head: str = "") -> str:
    return page(f"<p>{text}</p>", head=head)


# --- Decoding ---------------------------------------------------------------------------------------------

def test_a_bom_beats_the_header_and_the_meta() -> None:
    content = codecs.BOM_UTF8 + article_page("市民説,“今年颱風特別多。”", head='<meta charset="gbk">').encode("utf-8")
    decoded = decode_html(content, charset="big5")
    assert (decoded.encoding, decoded.found_by) == ("utf-8", "bom")
    assert "市民説" in decoded.text


def test_the_header_beats_the_meta() -> None:
    content = article_page(HK_TEXT, head='<meta charset="gb2312">').encode("big5hkscs")
    decoded = decode_html(content, charset="text/html; charset=Big5")
    assert (decoded.encoding, decoded.found_by) == ("big5hkscs", "header")
    assert HK_TEXT in decoded.text


def test_the_meta_beats_detection() -> None:
    decoded = decode_html(article_page(CN_TEXT, head='<meta charset="gb2312">').encode("gb18030"))
    assert (decoded.encoding, decoded.found_by) == ("gb18030", "meta")
    assert CN_TEXT in decoded.text


def test_http_equiv_declares_the_charset() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=big5">'
    decoded = decode_html(article_page(HK_TEXT, head=head).encode("big5hkscs"))
    assert (decoded.encoding, decoded.found_by) == ("big5hkscs", "meta")


def test_without_any_declaration_the_charset_is_detected() -> None:
    decoded = decode_html(article_page(HK_TEXT * 2).encode("big5hkscs"))
    assert decoded.found_by == "detected"
    assert HK_TEXT in decoded.text


def test_an_unknown_label_is_skipped(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="newsflow.parse.html"):
        decoded = decode_html(article_page(HK_TEXT, head='<meta charset="x-unheard-of">').encode("utf-8"))
    assert (decoded.encoding, decoded.found_by) == ("utf-8", "detected")
    assert "x-unheard-of" in caplog.text


@pytest.mark.parametrize("label", ["big5", "Big5", "big5-hkscs", "x-x-big5"])
def test_big5_labels_decode_hkscs_characters(label: str) -> None:
    content = article_page("啲遊客少咗好多," + HK_TEXT, head=f'<meta charset="{label}">').encode("big5hkscs")
    assert "啲遊客少咗好多,香港天文台" in parse_html(content).paragraphs[0]


def test_a_big5_page_with_windows_only_characters_falls_back_to_cp950() -> None:
    text = "票價為20€。香港天文台表示,颱風正向西北移動。"
    content = article_page(text, head='<meta charset="big5">').encode("cp950")
    assert parse_html(content).paragraphs == [text]


@pytest.mark.parametrize("label", ["gb2312", "GBK", "gb18030", "x-gbk"])
def test_gb_labels_decode_as_gb18030(label: str) -> None:
    # 喆 is GBK but not GB2312; 𠮷 takes four bytes in GB18030: pages labelled gb2312 carry both
    text = "摄影师张喆在𠮷野家门店拍摄。" + CN_TEXT
    content = article_page(text, head=f'<meta charset="{label}">').encode("gb18030")
    assert parse_html(content).paragraphs == [text]


@pytest.mark.parametrize("where", ["meta", "header"])
def test_a_page_mislabelled_big5_but_written_in_utf8_is_read_as_utf8(where: str) -> None:
    text = "市民説,閲讀量大增,美元兑港元走高。"  # 説 閲 兑 cannot be written in Big5 at all
    head = '<meta charset="big5">' if where == "meta" else ""
    result = read_html(article_page(text, head=head).encode("utf-8"), charset="big5" if where == "header" else None)
    assert (result.encoding, result.encoding_found_by) == ("utf-8", "detected")
    assert result.article.paragraphs == [text]


def test_binary_content_is_undecodable() -> None:
    with pytest.raises(ParseError) as excinfo:
        parse_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4)
    assert excinfo.value.reason == "undecodable"


def test_a_declared_charset_that_does_not_fit_binary_content_is_skipped_then_undecodable() -> None:
    with pytest.raises(ParseError) as excinfo:
        parse_html(b'<meta charset="utf-8">\x00\xff\xfe\x81' * 50, charset="utf-8")
    assert excinfo.value.reason == "undecodable"


def test_an_empty_page_is_rejected() -> None:
    with pytest.raises(ParseError) as excinfo:
        parse_html(b"  \n ")
    assert excinfo.value.reason == "empty"


# --- Title, publisher, byline -------------------------------------------------------------------------------

def test_no_headline_anywhere_is_no_title() -> None:
    with pytest.raises(ParseError) as excinfo:
        parse_html(page("<p>只有正文,沒有標題。</p>", title="", h1=None).encode())
    assert excinfo.value.reason == "no_title"


def test_a_headline_without_paragraphs_is_no_body() -> None:
    with pytest.raises(ParseError) as excinfo:
        parse_html(page('<div class="ad-slot"><p>廣告</p></div>').encode())
    assert excinfo.value.reason == "no_body"


def test_the_title_is_the_h1_and_the_publisher_the_title_suffix() -> None:
    article = parse_html(article_page("正文。").encode())
    assert (article.title, article.publisher) == ("颱風逼近,天文台考慮改發八號風球", "路透社")


def test_a_site_logo_h1_is_not_the_headline_and_og_title_loses_its_glued_suffix() -> None:
    html = ('<html><head><meta property="og:title" content="美聯儲下月會再次減息嗎?- 彭博社"></head><body>'
            '<header class="site-header"><h1 class="logo">彭博社</h1></header>'
            '<article><p>美聯儲官員仍然存在分歧。</p></article></body></html>')
    article = parse_html(html.encode())
    assert (article.title, article.publisher) == ("美聯儲下月會再次減息嗎?", "彭博社")


def test_an_h1_with_an_unknown_hyphen_tail_keeps_it() -> None:
    article = parse_html(page("<p>正文。</p>", title="", h1="美國大選 - 兩黨差距收窄").encode())
    assert (article.title, article.publisher) == ("美國大選 - 兩黨差距收窄", None)


def test_the_publisher_falls_back_to_og_site_name() -> None:
    head = '<meta property="og:site_name" content="Reuters">'
    article = parse_html(page("<p>正文。</p>", head=head, title="泰國央行意外減息").encode())
    assert article.publisher == "Reuters"


@pytest.mark.parametrize(("byline", "authors"), [
    ('<p class="byline">By Jane Roe and John Doe</p>', ["Jane Roe", "John Doe"]),
    ('<div class="byline">By <a rel="author">Iain Ho</a>, <a rel="author">Mei Tan</a></div>', ["Iain Ho", "Mei Tan"]),
    ('<div class="reporter">記者 陳嘉欣、李志明及黃詠詩</div>', ["陳嘉欣", "李志明", "黃詠詩"]),
    ('<span class="author">记者 王颖和李明</span>', ["王颖", "李明"]),
    ('<div class="byline">Bloomberg News</div>', []),
    ('<div class="author">路透社</div>', []),
])
def test_byline_and_authors(byline: str, authors: list[str]) -> None:
    article = parse_html(page(byline + "<p>正文。</p>").encode())
    assert article.authors == authors
    assert article.byline is not None and article.byline in byline.replace("<a rel=\"author\">", "").replace("</a>", "")


def test_without_a_visible_byline_meta_author_then_json_ld_persons_give_the_authors() -> None:
    meta = parse_html(page("<p>正文。</p>", head='<meta name="author" content="Aya Takeuchi">').encode())
    assert (meta.byline, meta.authors) == ("Aya Takeuchi", ["Aya Takeuchi"])
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "h", "author": '
          '[{"@type": "Person", "name": "Ji-young Park"}, {"@type": "Organization", "name": "彭博社"}]}</script>')
    only_ld = parse_html(page("<p>正文。</p>", head=ld).encode())
    assert (only_ld.byline, only_ld.authors) == (None, ["Ji-young Park"])


def test_json_ld_gives_the_headline_and_a_broken_block_is_logged_and_skipped(caplog: pytest.LogCaptureFixture) -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", oops}</script>'
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "南韓晶片出口大增",'
            ' "datePublished": "2025-10-01T09:30:00+09:00", "publisher": {"@type": "Organization", "name": "彭博社"}}]}'
            "</script>")
    with caplog.at_level(logging.WARNING, logger="newsflow.parse.html"):
        result = read_html(page("<p>正文。</p>", head=head, title="彭博社", h1=None).encode())
    assert (result.article.title, result.article.publisher) == ("南韓晶片出口大增", "彭博社")
    assert result.published == "2025-10-01T09:30:00+09:00"
    assert "JSON-LD block 0" in caplog.text


# --- Body: noise, figures, boxes, topics, sign-off ------------------------------------------------------------

@pytest.mark.parametrize("noise", [
    '<div class="ad-slot"><span class="ad-label">廣告</span></div>',
    "<p>廣告</p>",
    "<p>廣告·繼續滾動</p>",
    "<p>請繼續往下閱讀...</p>",
    "<p>分享至Facebook</p>",
    "<p>在X上關注我們</p>",
    '<p><a href="/license">購買授權許可,打開新標籤頁</a></p>',
    "<p>19:14</p>",
    "<p>第2項,共21項</p>",
    '<div class="share-tools"><p>分享至WhatsApp</p></div>',
    '<div id="div-gpt-ad-123"><p>贊助內容</p></div>',
    "<script>document.write('<p>廣告</p>');</script>",
    "<nav><p>首頁</p></nav>",
    '<div class="newsletter-signup"><p>訂閱我們的早報。</p></div>',
    '<aside class="most-read"><h3>最多人閱讀</h3><ol><li>另一則新聞</li></ol></aside>',
    '<aside class="pull-quote"><p>“引述的句子。”</p></aside>',
    '<iframe src="/embed"></iframe>',
    "<p hidden>隱藏文字</p>",
    "<p>   </p>",
])
def test_noise_is_not_a_paragraph(noise: str) -> None:
    article = parse_html(page(f"<p>第一段。</p>{noise}<p>第二段。</p>").encode())
    assert article.paragraphs == ["第一段。", "第二段。"]


def test_subheadings_are_paragraphs_and_inline_markup_keeps_its_text() -> None:
    body = '<p>第一段<a href="/t">連結</a>的<strong>重點</strong>。</p><h2>小標題</h2><p>  第二段。 </p>'
    assert parse_html(page(body).encode()).paragraphs == ["第一段連結的重點。", "小標題", "第二段。"]


@pytest.mark.parametrize(("figure", "caption", "label", "credit", "photographer", "agencies", "source"), [
    ('<figcaption><span class="caption">交易員。</span><span class="credit">攝影師:陳志強/彭博</span></figcaption>',
     "交易員。", "攝影師", "陳志強/彭博", "陳志強", ["彭博"], None),
    ("<figcaption>港口。攝影師:Marta Kowalska/法新社/蓋蒂圖片社</figcaption>",
     "港口。", "攝影師", "Marta Kowalska/法新社/蓋蒂圖片社", "Marta Kowalska", ["法新社", "蓋蒂圖片社"], None),
    ('<figcaption>總部<span class="credit">來源:香港海事處</span></figcaption>',
     "總部", "來源", "香港海事處", None, [], "香港海事處"),
    ('<figcaption>海報。<span class="credit">圖片來源 : 世界衞生組織</span></figcaption>',
     "海報。", "圖片來源", "世界衞生組織", None, [], "世界衞生組織"),
    ('<figcaption><span class="credit">Photographer: Ivan Ho/Bloomberg</span></figcaption>',
     "", "Photographer", "Ivan Ho/Bloomberg", "Ivan Ho", ["Bloomberg"], None),
    ('<figcaption>大廈。<span class="credit">Photo: Peter Lam/AFP/Getty Images</span></figcaption>',
     "大廈。", "Photo", "Peter Lam/AFP/Getty Images", "Peter Lam", ["AFP", "Getty Images"], None),
    ('<figcaption>走勢<span class="credit">Source: Hong Kong Monetary Authority</span></figcaption>',
     "走勢", "Source", "Hong Kong Monetary Authority", None, [], "Hong Kong Monetary Authority"),
    ("<figcaption>病人。(美聯社)</figcaption>", "病人。", "", "(美聯社)", None, ["美聯社"], None),
    ('<figcaption>人潮。<span class="credit">Bloomberg via Getty Images</span></figcaption>',
     "人潮。", "", "Bloomberg via Getty Images", None, ["Bloomberg", "Getty Images"], None),
    ('<figcaption>海報。<span class="credit">Oliver Marsh via Getty Images</span></figcaption>',
     "海報。", "", "Oliver Marsh via Getty Images", "Oliver Marsh", ["Getty Images"], None),
    ('<figcaption>街景。<span class="caption-credit">路透社/馬庫斯·霍爾/檔案照片</span></figcaption>',
     "街景。", "", "路透社/馬庫斯·霍爾/檔案照片", "馬庫斯·霍爾", ["路透社"], None),
    ('<figcaption>總部。<span class="credit">资料图片: 新华社</span></figcaption>',
     "總部。", "资料图片", "新华社", None, ["新华社"], None),
    ('<figcaption>市民。<span class="credit">攝:黃志偉</span></figcaption>',
     "市民。", "攝", "黃志偉", "黃志偉", [], None),
    ('<figcaption><span class="counter">第1項,共3項</span>設施。<span class="credit">攝影師:Tom Reilly/彭博</span>'
     "</figcaption>", "設施。", "攝影師", "Tom Reilly/彭博", "Tom Reilly", ["彭博"], None),
])
def test_figure_credit_split(figure: str, caption: str, label: str, credit: str, photographer: str | None,
                             agencies: list[str], source: str | None) -> None:
    article = parse_html(page(f'<p>第一段。</p><figure><img src="a.jpg">{figure}</figure><p>第二段。</p>').encode())
    [photo] = article.photos
    assert (photo.caption, photo.credit_label, photo.credit) == (caption, label, credit)
    assert (photo.photographer, photo.agencies, photo.source) == (photographer, agencies, source)
    assert (photo.before_paragraph, photo.confidence) == (1, "high")
    assert article.paragraphs == ["第一段。", "第二段。"]


def test_an_unknown_agency_makes_the_split_low_confidence() -> None:
    figure = ('<figure><img><figcaption>港口。<span class="credit">攝影師:Jane Roe/Harbour Pictures</span>'
              "</figcaption></figure>")
    [photo] = parse_html(page(f"<p>正文。</p>{figure}").encode()).photos
    assert (photo.photographer, photo.agencies, photo.confidence) == ("Jane Roe", ["Harbour Pictures"], "low")


def test_figure_positions_and_credit_paragraphs() -> None:
    body = ('<div class="photo"><img><p class="caption">興建中的數據中心。</p></div>'
            '<p class="credit">攝影師:Hafiz Rahman/彭博</p>'
            "<p>第一段。</p><figure><img></figure><p>第二段。</p>"
            "<figure><img><figcaption>夜景。</figcaption></figure>")
    article = parse_html(page(body).encode())
    assert [(p.caption, p.credit, p.before_paragraph) for p in article.photos] == [
        ("興建中的數據中心。", "Hafiz Rahman/彭博", 0),  # the credit paragraph belongs to the photo before it
        ("夜景。", "", 2),  # after the last paragraph; an image with neither caption nor credit is no photo
    ]
    assert article.paragraphs == ["第一段。", "第二段。"]


def test_related_boxes_record_the_paragraph_before_them() -> None:
    body = ('<aside class="related"><h2>相關報道</h2><ul><li><a>甲</a></li><li><a>乙</a></li></ul></aside>'
            "<p>第一段。</p><p><strong>延伸閱讀:</strong></p><ul><li><a>丙</a></li></ul><p>第二段。</p>"
            '<section><h3>閲讀更多關於貿易的報道:</h3><ul><li><a>丁</a></li></ul></section>')
    article = parse_html(page(body).encode())
    assert [(b.heading, b.headlines, b.after_paragraph) for b in article.related] == [
        ("相關報道", ["甲", "乙"], -1), ("延伸閱讀:", ["丙"], 0), ("閲讀更多關於貿易的報道:", ["丁"], 1)]
    assert article.paragraphs == ["第一段。", "第二段。"]


def test_a_body_section_holding_a_box_is_not_itself_a_box() -> None:
    body = '<div class="story-section"><p>短段。</p><h3>閲讀更多:</h3><ul><li><a>甲</a></li></ul><p>另一段。</p></div>'
    article = parse_html(page(body).encode())
    assert article.paragraphs == ["短段。", "另一段。"]
    assert [(b.heading, b.after_paragraph) for b in article.related] == [("閲讀更多:", 0)]


def test_topics_footer_and_sign_off() -> None:
    html = page("<p>早安。</p><p>今天的市場動態。</p><p>—Rachel Lim</p>").replace(
        "</article>", '<footer><div class="topics"><h3>建議主題:</h3><ul><li><a>日本央行</a></li><li><a>港股</a></li>'
                      "</ul></div></footer></article>")
    article = parse_html(html.encode())
    assert article.topics == ["日本央行", "港股"]
    assert article.signoff == "Rachel Lim"
    assert article.paragraphs == ["早安。", "今天的市場動態。"]


def test_enrichment_fields_are_left_empty() -> None:
    article = parse_html(article_page("倫敦,7月18日(路透社)——“通脹回落,”經濟學家蘇菲·貝克説。").encode())
    assert (article.dateline, article.people, article.quotes, article.crawl_date) == (None, [], [], None)


@pytest.mark.parametrize(("last", "paragraph", "signoff"), [
    ("<p>今天就到這裏。—陳凱琳</p>", "今天就到這裏。", "陳凱琳"),
    ("<p>今天就到這裏。</p><p>— Kevin Tan</p>", "今天就到這裏。", "Kevin Tan"),
    ("<p>市場波動加劇。——路透社</p>", "市場波動加劇。——路透社", None),  # an agency closing wire copy
])
def test_a_sign_off_closes_the_last_paragraph(last: str, paragraph: str, signoff: str | None) -> None:
    article = parse_html(page(f"<p>第一段。</p>{last}").encode())
    assert (article.paragraphs[-1], article.signoff) == (paragraph, signoff)


def test_a_figure_without_an_image_or_credit_is_not_a_photo() -> None:
    body = ("<p>第一段。</p><figure><blockquote>“引述。”</blockquote><figcaption>— 分析師</figcaption></figure>"
            "<p>第二段。</p>")
    assert parse_html(page(body).encode()).photos == []

from datetime import UTC, datetime, timedelta, timezone

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bantin.extract.dates import (
    DAY,
    MINUTE,
    SECOND,
    VN_TZ,
    Published,
    day_only,
    find_modified,
    find_published,
    parse_date,
)

PLUS7 = timezone(timedelta(hours=7))


def vn(*args: int) -> datetime:
    return datetime(*args, tzinfo=VN_TZ)


# --- parse_date: full dates ------------------------------------------------------

FULL_DATES = [
    # ISO 8601, as in meta tags and JSON-LD
    ("2023-05-29T10:15:00+07:00", vn(2023, 5, 29, 10, 15)),
    ("2023-05-29T03:15:00Z", vn(2023, 5, 29, 10, 15)),
    ("2023-05-29T10:15:00.123+0700", vn(2023, 5, 29, 10, 15)),
    ("2023-05-29T10:15+07", vn(2023, 5, 29, 10, 15)),
    ("2023-05-29T10:15", vn(2023, 5, 29, 10, 15)),
    ("2023-05-29 10:15:00", vn(2023, 5, 29, 10, 15)),
    ("2023-05-29 10:15:00 +07:00", vn(2023, 5, 29, 10, 15)),
    ("2023-05-29", vn(2023, 5, 29)),
    ("2023/05/29 10:15", vn(2023, 5, 29, 10, 15)),
    # Vietnamese date lines, with weekday
    ("Thứ Hai, 29/05/2023 10:15", vn(2023, 5, 29, 10, 15)),
    ("Thứ hai, 29/5/2023, 10:15 (GMT+7)", vn(2023, 5, 29, 10, 15)),
    ("Chủ nhật, 4/6/2023 - 07:30", vn(2023, 6, 4, 7, 30)),
    ("CN, 04/06/2023 | 07:30", vn(2023, 6, 4, 7, 30)),
    ("T2, 29/05/2023", vn(2023, 5, 29)),
    ("Thứ Hai, 10:15, 29/05/2023", vn(2023, 5, 29, 10, 15)),
    ("14:30, Thứ Hai, 29/05/2023", vn(2023, 5, 29, 14, 30)),
    # ... and without
    ("29/5/2023 - 10:15 (GMT+7)", vn(2023, 5, 29, 10, 15)),
    ("10:15 29/05/2023", vn(2023, 5, 29, 10, 15)),
    ("10:15 - 29/05/2023", vn(2023, 5, 29, 10, 15)),
    ("29/05/2023 10:15:30", vn(2023, 5, 29, 10, 15, 30)),
    ("29-05-2023 10:15", vn(2023, 5, 29, 10, 15)),
    ("29.05.2023", vn(2023, 5, 29)),
    ("29/05/2023 10:15 GMT+7", vn(2023, 5, 29, 10, 15)),
    ("29/05/2023 (GMT+07:00)", vn(2023, 5, 29)),  # the offset is not a time of day
    ("29 / 05 / 2023", None),  # spaced separators are not a date form
    # in words
    ("ngày 26 tháng 5 năm 2023", vn(2023, 5, 26)),
    ("Ngày 26 tháng 05 năm 2023 lúc 14:30", vn(2023, 5, 26, 14, 30)),
    ("26 tháng 5, 2023", vn(2023, 5, 26)),
    ("Thứ Sáu, ngày 26 tháng 5 năm 2023", vn(2023, 5, 26)),
    # prefixes
    ("Cập nhật: 29/05/2023 10:15", vn(2023, 5, 29, 10, 15)),
    ("Đăng lúc 10:15 ngày 29/05/2023", vn(2023, 5, 29, 10, 15)),
    ("Thời gian đăng: 29/05/2023 10:15", vn(2023, 5, 29, 10, 15)),
    ("Xuất bản: 29-05-2023 10:15", vn(2023, 5, 29, 10, 15)),
    # clock forms
    ("29/05/2023 10:15 AM", vn(2023, 5, 29, 10, 15)),
    ("29/05/2023 10:15 PM", vn(2023, 5, 29, 22, 15)),
    ("29/05/2023 12:05 AM", vn(2023, 5, 29, 0, 5)),
    ("29/05/2023 12:05 PM", vn(2023, 5, 29, 12, 5)),
    ("29/05/2023 02:30 CH", vn(2023, 5, 29, 14, 30)),  # SA/CH: Vietnamese AM/PM
    ("29/05/2023 14:30 PM", vn(2023, 5, 29, 14, 30)),  # a sloppy PM on a 24-hour clock
    ("10h15 ngày 29/5/2023", vn(2023, 5, 29, 10, 15)),
    ("10g15 29/5/2023", vn(2023, 5, 29, 10, 15)),
    ("10h 29/5/2023", vn(2023, 5, 29, 10, 0)),
    ("10 giờ 15 phút ngày 29/5/2023", vn(2023, 5, 29, 10, 15)),
    # English month names, from meta tags and RSS
    ("May 29, 2023", vn(2023, 5, 29)),
    ("29 May 2023", vn(2023, 5, 29)),
    ("Sept. 3, 2023 10:15 AM", vn(2023, 9, 3, 10, 15)),
    ("Mon, 29 May 2023 03:15:00 GMT", vn(2023, 5, 29, 10, 15)),
    ("Mon, 29 May 2023 10:15:00 +0700", vn(2023, 5, 29, 10, 15)),
    # whitespace and dashes as pages write them
    ("Thứ Hai,\xa029/05/2023\u00a0–\u00a010:15", vn(2023, 5, 29, 10, 15)),
]


@pytest.mark.parametrize("text, expected", FULL_DATES, ids=[text for text, _ in FULL_DATES])
def test_parse_date_reads_full_dates(text, expected):
    assert expected == parse_date(text)


def test_parse_date_day_comes_first():
    assert vn(2023, 6, 4) == parse_date("04/06/2023")
    assert None is parse_date("05/29/2023")  # US order: month 29 does not exist


def test_parse_date_keeps_an_explicit_offset_and_defaults_to_vietnam_time():
    assert UTC == parse_date("2023-05-29T03:15:00Z").tzinfo
    assert PLUS7 == parse_date("2023-05-29T10:15:00+07:00").tzinfo
    assert timezone(timedelta(hours=-5)) == parse_date("2023-05-28T23:15:00-05:00").tzinfo
    assert PLUS7 == parse_date("29/5/2023 - 10:15 (GMT+7)").tzinfo
    assert VN_TZ is parse_date("29/05/2023 10:15").tzinfo


def test_parse_date_takes_the_first_of_several_dates():
    assert vn(2023, 5, 29, 10, 15) == parse_date("Đăng 29/05/2023 10:15, cập nhật 30/05/2023 11:00")


def test_parse_date_ignores_a_time_too_far_from_the_date():
    assert vn(2023, 5, 29) == parse_date("29/05/2023 | Tác giả: Nguyễn Văn An | Lượt xem 10:15")


# --- parse_date: day and month without a year --------------------------------

JAN_2 = vn(2024, 1, 2, 9, 0)
JUN_1 = vn(2023, 6, 1, 9, 0)

YEARLESS = [
    ("Chiều 26/5", JUN_1, vn(2023, 5, 26)),  # a part-of-day word never invents an hour
    ("Sáng 3/6", JUN_1, vn(2023, 6, 3)),  # two days ahead: within FUTURE_TOLERANCE
    ("Sáng 10/6", JUN_1, vn(2022, 6, 10)),  # nine days ahead: last year
    ("Tối 12/12", JUN_1, vn(2022, 12, 12)),
    ("Trưa 1/1", JAN_2, vn(2024, 1, 1)),
    ("Tối 31/12", JAN_2, vn(2023, 12, 31)),  # year rollover
    ("Đêm 31/12", JAN_2, vn(2023, 12, 31)),
    ("Rạng sáng 2/6", JUN_1, vn(2023, 6, 2)),
    ("Ngày 26/5", JUN_1, vn(2023, 5, 26)),
    ("Hôm nay (26/5)", JUN_1, vn(2023, 5, 26)),
    ("Thứ Sáu, 26/5", JUN_1, vn(2023, 5, 26)),
    ("T6, 26/5", JUN_1, vn(2023, 5, 26)),
    ("26 tháng 5", JUN_1, vn(2023, 5, 26)),
    ("26/5", JUN_1, vn(2023, 5, 26)),  # standing alone
    ("10:15 26/5", JUN_1, vn(2023, 5, 26, 10, 15)),  # or with a time
    ("Chiều 26/5, 14:30", JUN_1, vn(2023, 5, 26, 14, 30)),
    ("Sáng 1/1", vn(2023, 12, 31, 20, 0), vn(2024, 1, 1)),  # next year, within FUTURE_TOLERANCE
    ("Sáng 29/2", JUN_1, vn(2020, 2, 29)),  # the latest leap year
    ("Chiều 26/5", datetime(2023, 6, 1), vn(2023, 5, 26)),  # a naive reference is Vietnam time
    ("Tối 31/12", datetime(2023, 12, 31, 18, 0, tzinfo=UTC), vn(2023, 12, 31)),  # 1 Jan 01:00 in Vietnam
]


@pytest.mark.parametrize("text, reference, expected", YEARLESS, ids=[text for text, _, _ in YEARLESS])
def test_parse_date_takes_a_missing_year_from_the_reference(text, reference, expected):
    assert expected == parse_date(text, reference)


@pytest.mark.parametrize("text", ["Chiều 26/5", "Tối 31/12", "26 tháng 5", "26/5"])
def test_parse_date_needs_a_reference_for_a_missing_year(text):
    assert None is parse_date(text)


def test_parse_date_ignores_the_reference_when_the_year_is_given():
    assert vn(2019, 5, 26) == parse_date("26/05/2019", JAN_2)


# --- parse_date: rejects ------------------------------------------------------

REJECTS = [
    "",
    "10:15",  # a time alone is not a date
    "10:15:30 AM",
    "Cập nhật 10h15",
    "31/02/2023",  # impossible day
    "29/02/2023",  # not a leap year
    "29/13/2023",  # month 13
    "00/05/2023",
    "2023-13-01",
    "2023-05-29T25:00:00",  # impossible hour
    "0001-01-01",  # placeholder year
    "20230529",  # compact ISO is not read
    "Nghị định 15/2023/NĐ-CP",  # a document number, not a date
    "Giá vàng tăng 1/2 lần",  # a fraction in running text, even with a reference
    "May 2023",
    "Thứ Hai",
    "Không có ngày tháng",
]


@pytest.mark.parametrize("text", REJECTS)
def test_parse_date_rejects(text):
    assert None is parse_date(text, JUN_1)


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31)))
def test_parse_date_reads_back_what_a_vietnamese_site_writes(moment):
    moment = moment.replace(second=0, microsecond=0, tzinfo=VN_TZ)
    assert moment == parse_date(f"Thứ Hai, {moment:%d/%m/%Y - %H:%M} (GMT+7)")
    assert moment == parse_date(f"{moment:%H:%M} {moment.day}/{moment.month}/{moment.year}")


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)))
def test_parse_date_reads_back_iso_8601(moment):
    assert moment.replace(microsecond=0) == parse_date(moment.replace(microsecond=0).isoformat())


@given(st.text(max_size=80))
def test_parse_date_never_raises(text):
    result = parse_date(text, JUN_1)
    assert result is None or result.tzinfo is not None


# --- find_published -----------------------------------------------------------

FETCHED = vn(2023, 6, 1, 12, 0)


def page(head: str = "", body: str = "") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    )


def dated(tree: lxml.html.HtmlElement, **kwargs) -> tuple[datetime | None, str]:
    """find_published's date and where it was found (its precision is tested on its own, below)."""
    return find_published(tree, **kwargs)[:2]


def jsonld(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


ARTICLE_BODY = "<div class='content'><p>Nội dung bài viết.</p></div>"


def headed(date_line: str, title: str = "Quốc hội thảo luận về kinh tế - xã hội") -> str:
    """A typical detail page: a header block with the title and a date line, then the body."""
    return f"<div class='detail'><div class='detail-header'><h1>{title}</h1>{date_line}</div>{ARTICLE_BODY}</div>"


# JSON-LD


def test_find_published_reads_json_ld_news_article():
    tree = page(jsonld('{"@context": "https://schema.org", "@type": "NewsArticle", '
                       '"headline": "Tin", "datePublished": "2023-05-29T10:15:00+07:00"}'))
    assert (vn(2023, 5, 29, 10, 15), "json-ld") == dated(tree)


@pytest.mark.parametrize(
    "kind", ['"Article"', '"ReportageNews"', '["NewsArticle", "Article"]', '"http://schema.org/NewsArticle"']
)
def test_find_published_reads_json_ld_article_types(kind):
    tree = page(jsonld(f'{{"@type": {kind}, "datePublished": "2023-05-29T10:15:00+07:00"}}'))
    assert (vn(2023, 5, 29, 10, 15), "json-ld") == dated(tree)


def test_find_published_reads_json_ld_graph_and_prefers_the_article_over_the_web_page():
    tree = page(jsonld("""{"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "datePublished": "2023-05-30T08:00:00+07:00"},
        {"@type": "NewsArticle", "datePublished": "2023-05-29T10:15:00+07:00"}]}"""))
    assert (vn(2023, 5, 29, 10, 15), "json-ld") == dated(tree)


def test_find_published_falls_back_to_the_json_ld_web_page():
    tree = page(jsonld('{"@graph": [{"@type": "WebPage", "datePublished": "2023-05-29T10:15:00+07:00"}]}'))
    assert (vn(2023, 5, 29, 10, 15), "json-ld") == dated(tree)


def test_find_published_reads_json_ld_lists_and_nested_objects():
    tree = page(
        jsonld('{"@type": "Organization", "name": "Báo"}')
        + jsonld("""[{"@type": "BreadcrumbList", "itemListElement": []},
                     {"@type": "WebPage",
                      "mainEntity": {"@type": "NewsArticle", "datePublished": "29/05/2023 10:15"}}]""")
    )
    assert (vn(2023, 5, 29, 10, 15), "json-ld") == dated(tree)


BROKEN_JSON_LD = [
    '{"@type": "NewsArticle", "datePublished": "2023-05-29T10:15:00+07:00",}',  # trailing comma
    # a raw newline inside a string
    '{"@type": "NewsArticle", "headline": "Dòng 1\nDòng 2", "datePublished": "2023-05-29T10:15:00+07:00"}',
    '<!--{"@type": "NewsArticle", "datePublished": "2023-05-29T10:15:00+07:00"}-->',
    '//<![CDATA[\n{"@type": "NewsArticle", "datePublished": "2023-05-29T10:15:00+07:00"}\n//]]>',
    # unescaped quotes: beyond repair, the date is read as text
    '{"@type": "NewsArticle", "headline": "Nói "không" với rác", "datePublished": "2023-05-29T10:15:00+07:00"}',
]


@pytest.mark.parametrize("text", BROKEN_JSON_LD)
def test_find_published_tolerates_broken_json_ld(text):
    assert (vn(2023, 5, 29, 10, 15), "json-ld") == dated(page(jsonld(text)))


# meta tags and microdata

META_TAGS = [
    '<meta property="article:published_time" content="2023-05-29T10:15:00+07:00">',
    '<meta name="pubdate" content="2023-05-29T10:15:00+07:00">',
    '<meta name="publishdate" content="2023-05-29T10:15:00+07:00">',
    '<meta name="publish-date" content="2023-05-29T10:15:00+07:00">',
    '<meta name="date" content="2023-05-29T10:15:00+07:00">',
    '<meta name="dc.date" content="2023-05-29T10:15:00+07:00">',
    '<meta name="DC.date.issued" content="2023-05-29T10:15:00+07:00">',
    '<meta name="parsely-pub-date" content="2023-05-29T10:15:00+07:00">',
    '<meta itemprop="datePublished" content="2023-05-29T10:15:00+07:00">',
    '<meta name="pubdate" content="29/05/2023 10:15">',
]


@pytest.mark.parametrize("tag", META_TAGS)
def test_find_published_reads_meta_tags(tag):
    assert (vn(2023, 5, 29, 10, 15), "meta") == dated(page(head=tag))


@pytest.mark.parametrize("element", [
    '<span itemprop="datePublished" content="2023-05-29T10:15:00+07:00">29/05</span>',
    '<time itemprop="datePublished" datetime="2023-05-29T10:15:00+07:00">Hôm qua</time>',
])
def test_find_published_reads_microdata_with_a_machine_value(element):
    assert (vn(2023, 5, 29, 10, 15), "meta") == dated(page(body=headed(element)))


def test_find_published_ranks_meta_tags_by_trust():
    head = ('<meta name="date" content="2023-05-30T08:00:00+07:00">'
            '<meta property="article:published_time" content="2023-05-29T10:15:00+07:00">')
    assert (vn(2023, 5, 29, 10, 15), "meta") == dated(page(head=head))


# <time>


def test_find_published_reads_a_time_element_near_the_title():
    body = headed('<time datetime="2023-05-29T10:15:00+07:00">Thứ Hai, 29/05/2023</time>')
    assert (vn(2023, 5, 29, 10, 15), "time") == dated(page(body=body))


def test_find_published_reads_the_text_of_a_time_element():
    body = headed('<time class="author-time">Thứ hai, 29/05/2023 - 10:15</time>')
    assert (vn(2023, 5, 29, 10, 15), "time") == dated(page(body=body))


def test_find_published_reads_a_time_element_in_the_article_header():
    body = ("<div class='wrap'><div class='main'><div class='col'><div class='box'><h1>Tin</h1></div></div></div>"
            "<article><header><time datetime='2023-05-29T10:15:00+07:00'></time></header></article></div>")
    assert (vn(2023, 5, 29, 10, 15), "time") == dated(page(body=body))


def test_find_published_takes_the_time_of_day_from_the_text_of_a_date_only_time_element():
    body = headed('<time datetime="2023-05-29">Thứ Hai, 29/05/2023 10:15</time>')
    assert (vn(2023, 5, 29, 10, 15), "time") == dated(page(body=body))


# visible date lines in typical Vietnamese layouts

VISIBLE_LAYOUTS = [
    '<span class="date">Thứ Hai, 29/05/2023 10:15</span>',
    '<div class="detail-time">29/5/2023 - 10:15 (GMT+7)</div>',
    '<div class="detail-time"><div data-role="publishdate">29/05/2023 10:15 GMT+7</div></div>',
    '<div class="bread-crumb-detail__time">Thứ Hai, 29/05/2023 - 10:15</div>',
    ('<ul class="the-article-meta"><li class="the-article-author">Nguyễn An</li>'
     '<li class="the-article-publish">29/5/2023 10:15</li></ul>'),
    '<p class="post-meta">Nguyễn An - Thứ hai, 29/05/2023, 10:15 | Chia sẻ</p>',
    '<span class="ngay-dang">Ngày 29 tháng 05 năm 2023 lúc 10:15</span>',
    '<div id="thoi-gian">10:15 29/05/2023</div>',
    '<span class="kbwcm-time" title="2023-05-29T10:15:00">2 giờ trước</span>',  # relative text, absolute title
    '<input class="published_date" type="hidden" value="2023-05-29 10:15:00">',
    '<p>Cập nhật: 10:15 29/05/2023</p>',  # an unmarked line right beside the title
]


@pytest.mark.parametrize("date_line", VISIBLE_LAYOUTS)
def test_find_published_reads_visible_date_lines_near_the_title(date_line):
    assert (vn(2023, 5, 29, 10, 15), "visible") == dated(page(body=headed(date_line)))


def test_find_published_reads_a_date_line_above_the_title():
    # vnexpress.net: the date sits above the h1, and the main column's class is "sidebar-1"
    body = ('<section class="section page-detail"><div class="container"><div class="sidebar-1">'
            '<div class="header-content"><span class="date">Thứ hai, 29/5/2023, 10:15 (GMT+7)</span></div>'
            '<h1 class="title-detail">Tin</h1>' + ARTICLE_BODY + "</div></div></section>")
    assert (vn(2023, 5, 29, 10, 15), "visible") == dated(page(body=body))


def test_find_published_prefers_the_date_line_nearest_the_title():
    body = ("<div class='page'><div class='box-news'><span class='date'>30/05/2023 08:00</span></div>"
            + headed('<span class="date">29/05/2023 10:15</span>') + "</div>")
    assert (vn(2023, 5, 29, 10, 15), "visible") == dated(page(body=body))


def test_find_published_searches_the_whole_page_when_nothing_is_near_the_title():
    body = "<h1>Tin</h1><div class='info'><span class='post-date'>29/05/2023 10:15</span></div>" + ARTICLE_BODY
    assert (vn(2023, 5, 29, 10, 15), "visible") == dated(page(body=body))


def test_find_published_skips_today_in_the_site_header_and_related_lists():
    body = ('<div id="header"><span class="current-date">Thứ Năm, 01/06/2023</span></div>'
            "<h1>Tin</h1>" + ARTICLE_BODY
            + '<div class="box-related"><article><time datetime="2023-05-20T08:00:00+07:00"></time>'
            '<span class="date">20/05/2023</span></article></div>'
            + '<footer><span class="date">© 2023</span><span class="time">01/06/2023</span></footer>')
    assert (None, "") == dated(page(body=body))
    url = "https://bao.vn/2023/05/29/tin.html"
    assert (vn(2023, 5, 29), "url") == dated(page(body=body), url=url)


def test_find_published_skips_today_in_a_site_header_beside_the_content():
    body = ('<div class="wrapper"><div class="top-header"><span class="date">Thứ Năm, 01/06/2023</span></div>'
            '<div class="content"><div class="title-box"><h1>Tin</h1></div>' + ARTICLE_BODY + "</div></div>")
    url = "https://bao.vn/2023/05/29/tin.html"
    assert (vn(2023, 5, 29), "url") == dated(page(body=body), url=url, reference=FETCHED)


def test_find_published_prefers_a_published_line_over_an_updated_one():
    body = headed('<span class="updated-date">30/05/2023 11:00</span><span class="date">29/05/2023 10:15</span>')
    assert (vn(2023, 5, 29, 10, 15), "visible") == dated(page(body=body))


# yearless visible dates


def test_find_published_takes_the_year_of_a_yearless_date_from_the_url():
    tree = page(body=headed('<span class="time">Chiều 26/5</span>'))
    url = "https://bao.vn/2022/05/26/tin.html"
    assert (vn(2022, 5, 26), "visible") == dated(tree, url=url, reference=FETCHED)


def test_find_published_takes_the_year_of_a_yearless_date_from_the_modified_date():
    head = '<meta property="article:modified_time" content="2022-05-27T08:00:00+07:00">'
    tree = page(head=head, body=headed('<span class="time">Chiều 26/5</span>'))
    assert (vn(2022, 5, 26), "visible") == dated(tree, reference=FETCHED)


def test_find_published_takes_the_year_of_a_yearless_date_from_the_reference():
    tree = page(body=headed('<span class="time">Chiều 26/5</span>'))
    assert (vn(2023, 5, 26), "visible") == dated(tree, reference=FETCHED)
    assert (None, "") == dated(tree)


# URL


URLS = [
    ("https://bao.vn/2023/05/29/tin-moi.html", vn(2023, 5, 29)),
    ("https://bao.vn/thoi-su/2023-05-29/tin-moi", vn(2023, 5, 29)),
    ("https://tuoitre.vn/quoc-hoi-thao-luan-20230529101512345.htm", vn(2023, 5, 29)),
    ("https://dantri.com.vn/xa-hoi/tin-20230529101500123.htm", vn(2023, 5, 29)),
    ("https://bao.vn/tin-moi-20230529.html", vn(2023, 5, 29)),
    ("https://vnexpress.net/tin-moi-4610123.html", None),  # an article id, not a date
    ("https://bao.vn/c/45678901.epi", None),
    ("https://bao.vn/2023/05/tin-moi.html", None),  # no day
    ("https://bao.vn/tin.html?date=2023-05-29", None),  # only the path is read
]


@pytest.mark.parametrize("url, expected", URLS)
def test_find_published_falls_back_to_a_date_in_the_url(url, expected):
    assert (expected, "url" if expected else "") == dated(page(body="<h1>Tin</h1>"), url=url)


# precedence


def test_json_ld_beats_meta_time_visible_and_url():
    head = (jsonld('{"@type": "NewsArticle", "datePublished": "2023-05-29T10:15:00+07:00"}')
            + '<meta property="article:published_time" content="2023-05-28T00:00:00+07:00">')
    body = headed('<time datetime="2023-05-27T00:00:00+07:00"></time><span class="date">26/05/2023</span>')
    tree = page(head=head, body=body)
    url = "https://bao.vn/2023/05/25/tin.html"
    assert (vn(2023, 5, 29, 10, 15), "json-ld") == dated(tree, url=url)


def test_meta_beats_time_and_time_beats_visible():
    time_and_date = headed('<span class="date">26/05/2023</span><time datetime="2023-05-27T00:00:00+07:00"></time>')
    meta = '<meta property="article:published_time" content="2023-05-28T00:00:00+07:00">'
    assert (vn(2023, 5, 28), "meta") == dated(page(head=meta, body=time_and_date))
    assert (vn(2023, 5, 27), "time") == dated(page(body=time_and_date))


def test_visible_beats_url():
    tree = page(body=headed('<span class="date">29/05/2023 10:15</span>'))
    url = "https://bao.vn/2023/05/28/tin.html"
    assert (vn(2023, 5, 29, 10, 15), "visible") == dated(tree, url=url)


def test_modified_is_never_published():
    head = ('<meta property="article:modified_time" content="2023-05-30T11:00:00+07:00">'
            '<meta property="og:updated_time" content="2023-05-30T11:00:00+07:00">'
            + jsonld('{"@type": "NewsArticle", "dateModified": "2023-05-30T11:00:00+07:00"}'))
    body = headed('<span itemprop="dateModified" content="2023-05-30T11:00:00+07:00">30/05/2023 11:00</span>')
    tree = page(head=head, body=body)
    assert (None, "") == dated(tree)
    assert vn(2023, 5, 30, 11) == find_modified(tree)


def test_json_ld_published_is_not_confused_with_modified():
    tree = page(jsonld('{"@type": "NewsArticle", "dateModified": "2023-05-30T11:00:00+07:00", '
                       '"datePublished": "2023-05-29T10:15:00+07:00"}'))
    assert (vn(2023, 5, 29, 10, 15), "json-ld") == dated(tree)
    assert vn(2023, 5, 30, 11) == find_modified(tree)


def test_find_published_skips_dates_after_the_fetch_and_placeholders():
    head = (jsonld('{"@type": "NewsArticle", "datePublished": "2024-05-29T10:15:00+07:00"}')
            + '<meta name="pubdate" content="1970-01-01T00:00:00Z">')
    tree = page(head=head, body=headed('<span class="date">29/05/2023 10:15</span>'))
    assert (vn(2023, 5, 29, 10, 15), "visible") == dated(tree, reference=FETCHED)


def test_find_published_finds_nothing_on_a_page_without_dates():
    assert (None, "") == dated(page(body=headed("<p>Tác giả: Nguyễn An</p>")), reference=FETCHED)
    assert None is find_modified(page())



# --- precision: a day is not a time -------------------------------------------

PRECISIONS = [
    # a page that gives only the day, on every path
    (jsonld('{"@type": "NewsArticle", "datePublished": "2023-05-26"}'), "", None, "json-ld", DAY),
    ('<meta property="article:published_time" content="2023-05-26">', "", None, "meta", DAY),
    ("", headed('<time datetime="2023-05-26">26/05/2023</time>'), None, "time", DAY),
    ("", headed('<span class="date">Thứ Sáu, 26/05/2023</span>'), None, "visible", DAY),
    ("", headed('<p class="date">Ngày 26 tháng 5 năm 2023</p>'), None, "visible", DAY),
    ("", headed("<p>Tin mới</p>"), "https://bao.vn/2023/05/26/tin.html", "url", DAY),
    ("", headed("<p>Tin mới</p>"), "https://bao.vn/tin-20230526101500123.htm", "url", DAY),
    # a page that gives the time of day, to the minute or to the second
    ("", headed('<span class="date">Thứ Sáu, 26/05/2023 10:15 (GMT+7)</span>'), None, "visible", MINUTE),
    ("", headed('<span class="date">10h, 26/05/2023</span>'), None, "visible", MINUTE),
    ("", headed('<time datetime="2023-05-26">26/05/2023 10:15</time>'), None, "time", MINUTE),
    (jsonld('{"@type": "NewsArticle", "datePublished": "2023-05-26T10:15:00+07:00"}'), "", None, "json-ld", SECOND),
    ('<meta property="article:published_time" content="2023-05-26T10:15+07:00">', "", None, "meta", MINUTE),
]


@pytest.mark.parametrize(("head", "body", "url", "how", "precision"), PRECISIONS)
def test_find_published_says_whether_the_page_gave_a_time_of_day(head, body, url, how, precision):
    found = find_published(page(head=head, body=body), url=url, reference=FETCHED)
    assert (how, precision) == (found.how, found.precision)
    assert vn(2023, 5, 26) == found.moment.replace(hour=0, minute=0)


def test_a_day_is_stored_at_midnight_and_a_real_midnight_keeps_its_precision():
    day = find_published(page(body=headed('<span class="date">Thứ Sáu, 26/05/2023</span>')))
    midnight = find_published(page(jsonld('{"@type": "NewsArticle", "datePublished": "2023-05-26T00:00:00+07:00"}')))
    assert Published(vn(2023, 5, 26), "visible", DAY) == day
    assert Published(vn(2023, 5, 26), "json-ld", SECOND) == midnight


def test_no_date_has_no_precision():
    assert Published(None, "", None) == find_published(page(body=headed("<p>Tác giả: Nguyễn An</p>")))


def test_day_only_reads_the_recorded_precision():
    assert day_only(vn(2023, 5, 26), DAY)
    assert not day_only(vn(2023, 5, 26), SECOND)  # published at midnight, and the page said so
    assert not day_only(vn(2023, 5, 26, 10, 15), MINUTE)


def test_day_only_guesses_local_midnight_when_no_precision_was_recorded():
    assert day_only(vn(2023, 5, 26), None)  # stores from before published_precision
    assert day_only(datetime(2023, 5, 25, 17, tzinfo=UTC), None)  # the same moment, in UTC
    assert not day_only(datetime(2023, 5, 26, tzinfo=UTC), None)  # 07:00 in Vietnam
    assert not day_only(vn(2023, 5, 26, 0, 0, 1), None)

"""Extraction rules on small hand-written pages: boilerplate, lead, metadata, encodings, cascade."""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import VN, news_page

from bantin.extract.article import extract_html
from bantin.pipeline.step import Drop
from bantin.store import SQLiteStore
from bantin.text.encoding import encode_cp1258
from bantin.text.legacy import unicode_to_tcvn3

BODY = (
    "Sáng 29/5, Ủy ban nhân dân tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm 2022.",
    "Theo báo cáo, trong năm qua tỉnh chịu ảnh hưởng của 5 cơn bão và 3 đợt lũ lớn, gây thiệt hại hơn 300 tỷ đồng.",
    "Phó Chủ tịch UBND tỉnh đề nghị các địa phương chủ động rà soát phương án sơ tán dân ở vùng trũng thấp.",
    "Hội nghị đã khen thưởng 20 tập thể và 35 cá nhân có thành tích xuất sắc trong công tác cứu hộ, cứu nạn.",
)


def test_vietnamese_chrome_is_removed_and_the_article_kept():
    article = extract_html(news_page(body=BODY), "https://baothu.vn/a.html")
    for sentence in BODY:
        assert sentence in article.text
    for chrome in ("0:00 / 0:00", "Nghe bài viết", "Tin liên quan", "Một tin khác rất liên quan", "Giấy phép số", "Trang chủ"):
        assert chrome not in article.text


def test_the_lead_is_kept_apart_and_opens_the_text():
    lead = "Chiều 26/5, Ban Thường vụ Đảng ủy Quân sự tỉnh tổ chức hội nghị sơ kết 5 năm thực hiện nghị quyết."
    article = extract_html(news_page(lead=lead, body=BODY), "https://baothu.vn/a.html")
    assert lead == article.lead
    assert article.text.startswith(lead + "\n")
    assert 1 == article.text.count(lead)


def test_xem_them_lines_and_share_rows_inside_the_body_are_dropped():
    body = BODY[:2] + ("Xem thêm: Quảng Trị sơ tán hơn 10.000 dân trước bão số 4",
                      "Chia sẻ  Facebook  Zalo", "0:00 / 0:00") + BODY[2:]
    text = extract_html(news_page(body=body), "https://baothu.vn/a.html").text
    assert "Xem thêm" not in text and "Zalo" not in text and "0:00" not in text
    assert BODY[3] in text


def test_a_caption_repeated_as_alt_text_and_as_a_paragraph_appears_once():
    caption = "Đại tá Nguyễn Văn Hùng phát biểu chỉ đạo hội nghị. Ảnh: Minh Anh"
    figure = f'<figure><img src="a.jpg" alt="{caption}"><figcaption>{caption}</figcaption></figure>'
    page = news_page(body=BODY[:2]).replace("</p>\n<p>", f"</p>\n{figure}\n<p>{caption}</p>\n<p>", 1)
    text = extract_html(page, "https://baothu.vn/a.html").text
    assert 1 == text.count(caption)


def test_metadata_from_json_ld_and_breadcrumbs():
    page = news_page(body=BODY).replace(
        "</head>",
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
        '"datePublished":"2023-05-29T08:00:00+07:00","author":[{"@type":"Person","name":"Minh Anh"},'
        '{"@type":"Person","name":"Hồng Hạnh"}]}</script></head>',
    ).replace('<nav class="menu">', '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/xa-hoi">Xã hội</a></li></ul><nav class="menu">')
    article = extract_html(page, "https://baothu.vn/a.html")
    assert ("2023-05-29T08:00:00+07:00", ("Minh Anh", "Hồng Hạnh"), "Xã hội", "vi") == (
        article.published.isoformat(), article.authors, article.section, article.language)


def test_a_windows_1258_page_is_decoded_to_nfc_unicode():
    page = news_page(body=BODY).replace('<meta charset="utf-8">', '<meta charset="windows-1258">')
    article = extract_html(encode_cp1258(page), "https://baothu.vn/a.html")
    assert BODY[0] in article.text
    assert "windows-1258" == article.extra["encoding"].replace("cp1258", "windows-1258")


def test_text_typed_in_tcvn3_is_converted_to_unicode():
    body = (
        "Chiều nay, hội nghị sơ kết công tác quân sự địa phương đã diễn ra tại hội trường của tỉnh.",
        "Các đại biểu đã thảo luận và thống nhất nhiều giải pháp nâng cao chất lượng huấn luyện.",
        "Hội nghị cũng biểu dương những đơn vị làm tốt công tác tuyển quân trong năm vừa qua.",
    )
    page = news_page(title="héi nghÞ s¬ kÕt c«ng t¸c qu©n sù", lead="", body=tuple(unicode_to_tcvn3(p) for p in body))
    page = page.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    article = extract_html(page.encode("cp1252", errors="replace"), "https://baothu.vn/a.html")
    assert "tcvn3" == article.extra["legacy_encoding"]
    for sentence in body:
        assert sentence in article.text


def test_the_cascade_records_which_extractor_produced_the_text():
    assert "trafilatura" == extract_html(news_page(body=BODY), "https://baothu.vn/a.html").extractor


def test_a_page_without_main_text_is_dropped_with_a_reason():
    with pytest.raises(Drop) as drop:
        extract_html("<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>", "https://baothu.vn/")
    assert "no_main_text" == drop.value.reason


def test_binary_bytes_are_dropped_as_binary():
    with pytest.raises(Drop) as drop:
        extract_html(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, "https://baothu.vn/a.png")
    assert "binary_content" == drop.value.reason


def test_an_article_inside_a_container_named_like_a_sidebar_is_kept():
    # VnExpress puts the whole article column in <div class="sidebar-1">
    page = f"""<html lang="vi"><body><div class="sidebar-1"><h1 class="title-detail">Tin ngắn về hội nghị</h1>
    <p class="description">Sáng nay, tỉnh tổ chức hội nghị triển khai nhiệm vụ quân sự, quốc phòng năm 2023.</p>
    <article class="fck_detail"><p>{BODY[0]}</p><p>{BODY[1]}</p></article></div>
    <div class="sidebar-2"><ul><li><a href="/1">Tin khác một</a></li><li><a href="/2">Tin khác hai</a></li></ul></div>
    <footer>Giấy phép số 548/GP-BTTTT</footer></body></html>"""
    article = extract_html(page, "https://vnexpress.net/tin-ngan-1.html")
    assert BODY[0] in article.text and BODY[1] in article.text
    assert "Tin khác một" not in article.text


def undated_page() -> str:
    """A news page with no date anywhere: no meta tag, and no "Chiều 26/5" in its lead or text."""
    lead = "Ban Thường vụ Đảng ủy Quân sự tỉnh tổ chức hội nghị sơ kết 5 năm thực hiện nghị quyết."
    body = (BODY[0].replace("Sáng 29/5, ", ""), *BODY[1:])
    return news_page(lead=lead, body=body).replace(
        '<meta property="article:published_time" content="2023-05-29T10:15:00+07:00">', "")


def test_a_page_that_gives_only_the_day_says_so_and_the_store_keeps_it(tmp_path):
    page = undated_page().replace(
        "<article><h1>", '<article><p class="date">Thứ Hai, 29/05/2023</p><h1>')
    article = extract_html(page, "https://baothu.vn/a.html")
    assert datetime(2023, 5, 29, tzinfo=VN) == article.published  # midnight stands for the day
    assert {"date_source": "visible", "published_precision": "day"}.items() <= article.extra.items()
    with SQLiteStore(tmp_path / "bantin.db") as store:
        store.write_batch([article])
    with SQLiteStore(tmp_path / "bantin.db", readonly=True) as store:
        assert article.extra == store.get("https://baothu.vn/a.html").extra


def test_a_page_that_gives_the_time_records_its_precision():
    article = extract_html(news_page(body=BODY), "https://baothu.vn/a.html")  # article:published_time with seconds
    assert {"date_source": "meta", "published_precision": "second"}.items() <= article.extra.items()


def test_a_date_found_only_in_the_url_is_a_day():
    page = undated_page()
    article = extract_html(page, "https://baothu.vn/thoi-su/hoi-nghi-20230529101500123.htm")
    assert datetime(2023, 5, 29, tzinfo=VN) == article.published
    assert {"date_source": "url", "published_precision": "day"}.items() <= article.extra.items()


def test_an_undated_page_has_no_precision():
    page = undated_page()
    article = extract_html(page, "https://baothu.vn/a.html")
    assert None is article.published
    assert "published_precision" not in article.extra

"""Extraction on the demo corpus, trafilatura evaldata style: for every page, snippets that must
be in the text ("with"), snippets that must not ("without"), and the metadata; then the page-header
lines found leaking on these pages, as hand-written snippets for ``boilerplate.is_header_line``."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

from bantin.extract import boilerplate
from bantin.extract.article import extract_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "demo" / "corpus"
EXPECTATIONS = json.loads((ROOT / "tests" / "fixtures" / "demo_expectations.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def extracted():
    return {}


def article_for(relative: str, cache: dict):
    if relative not in cache:
        cache[relative] = extract_file(str(CORPUS / relative))
    return cache[relative]


@pytest.mark.parametrize("relative", sorted(EXPECTATIONS))
def test_main_text_keeps_the_article_and_drops_the_chrome(relative, extracted):
    article, expected = article_for(relative, extracted), EXPECTATIONS[relative]
    missing = [s for s in expected["with"] if s not in article.text]
    leaked = [s for s in expected["without"] if s in article.text]
    assert ([], []) == (missing, leaked)


@pytest.mark.parametrize("relative", sorted(EXPECTATIONS))
def test_metadata(relative, extracted):
    article, expected = article_for(relative, extracted), EXPECTATIONS[relative]
    published = article.published.isoformat() if article.published else None
    got = (article.title, published, list(article.authors), article.lead, article.section)
    assert (expected["title"], expected["published"], expected["authors"], expected["lead"], expected["section"]) == got


@pytest.mark.parametrize("relative", sorted(EXPECTATIONS))
def test_the_url_comes_from_canonical_og_url_or_sidecar(relative, extracted):
    expected = EXPECTATIONS[relative]["url"]
    article = article_for(relative, extracted)
    assert (expected or (CORPUS / relative).resolve().as_uri()) == article.url


@pytest.mark.parametrize("relative", sorted(EXPECTATIONS))
def test_headline_and_byline_are_metadata_not_text(relative, extracted):
    article, expected = article_for(relative, extracted), EXPECTATIONS[relative]
    paragraphs = article.text.split("\n")
    assert expected["title"] not in paragraphs
    assert not any(p.strip(" .") in expected["authors"] for p in paragraphs)


@pytest.mark.parametrize("relative", sorted(EXPECTATIONS))
def test_captions_appear_once(relative, extracted):
    article = article_for(relative, extracted)
    paragraphs = [p for p in article.text.split("\n") if len(p) >= 20]
    assert len(paragraphs) == len(set(paragraphs))


def test_the_lead_opens_the_text():
    for relative, expected in EXPECTATIONS.items():
        if expected["lead"]:
            assert extract_file(str(CORPUS / relative)).text.startswith(expected["lead"]), relative


# The page header's line (section breadcrumb + visible date) that trafilatura kept above the
# headline of two quandoi pages, and its kin on other layouts, as hand-written snippets.

LEAKED_HEADERS = {
    "quandoi-demo.vn/doi-quy-tap-hoi-huong-hai-cot-liet-si-hy-sinh-tai-lao.html": "Thứ Sáu, 30-06-2023, 08:00",
    "quandoi-demo.vn/giai-ban-sung-quan-dung-toan-quan-nam-2023.html": "Thứ Tư, 21-06-2023, 17:45",
}


@pytest.mark.parametrize("relative", sorted(LEAKED_HEADERS))
def test_the_header_line_above_the_headline_is_not_text(relative, extracted):
    assert LEAKED_HEADERS[relative] not in article_for(relative, extracted).text


HEADER_LINES = [
    "Quân sự - Quốc phòng Thứ Sáu, 30-06-2023, 08:00",
    "Thể thao Thứ Tư, 21-06-2023, 17:45",
    "30/06/2023 08:00 GMT+7",
    "Thứ Hai, 29/05/2023 10:15 (GMT+7)",
    "29/5/2023 - 10:15 (GMT+7)",
    "10:15 29/05/2023",
    "Thứ Sáu, ngày 26 tháng 5 năm 2023",
    "Cập nhật: 30/06/2023 08:00",
    "Cập nhật lúc 08:00 ngày 30/6/2023",
    "2023-06-30T08:00:00+07:00",
    "Trang chủ > Thời sự > Xã hội",
    "Kinh tế",
    "Bài và ảnh: Hồ Quang Hải",
    "Tin, ảnh: Thái Hùng",
    "UPDATED: Tue., Nov. 19, 2019",
]
NOT_HEADER_LINES = [
    "Sáng 29/6, tại Cửa khẩu quốc tế Lao Bảo, tỉnh Quảng Trị, Bộ CHQS tỉnh tổ chức lễ tiếp nhận.",
    "Ngày 30/6/2023, Bộ Quốc phòng tổ chức hội nghị",
    "Hội thao kéo dài đến ngày 16/6",
    "Thế giới ngày 30/6/2023: chiến sự kéo dài",
    "Kinh tế Việt Nam 2023",
    "Theo TTXVN",
    "Ảnh: TTXVN",
    "29 November 2018 | 20 January 2019",  # an exhibition's dates, part of the article
]


@pytest.mark.parametrize("line", HEADER_LINES)
def test_a_breadcrumb_date_or_byline_line_is_a_header_line(line):
    assert boilerplate.is_header_line(line)


@pytest.mark.parametrize("line", NOT_HEADER_LINES)
def test_a_line_with_words_beside_its_date_is_not_a_header_line(line):
    assert not boilerplate.is_header_line(line)


def test_the_page_own_section_counts_as_a_breadcrumb():
    assert (False, True) == (
        boilerplate.is_header_line("Cựu binh kể chuyện 30/06/2023"),
        boilerplate.is_header_line("Cựu binh kể chuyện 30/06/2023", sections=("Cựu binh kể chuyện",)),
    )


LEAD = "Sau mùa khô tìm kiếm, Đội K91 đã hồi hương 18 hài cốt liệt sĩ."
BODY = "Sáng 29/6, tại Cửa khẩu quốc tế Lao Bảo, Bộ CHQS tỉnh tổ chức lễ tiếp nhận."
HEADLINE = "Hồi hương 18 hài cốt liệt sĩ"


def test_header_lines_go_from_the_head_of_the_text_even_above_or_below_the_headline():
    assert [HEADLINE, LEAD, BODY] == boilerplate.clean_paragraphs(
        ["Quân sự - Quốc phòng Thứ Sáu, 30-06-2023, 08:00", HEADLINE, LEAD, BODY]
    )
    assert [HEADLINE, LEAD, BODY] == boilerplate.clean_paragraphs(
        [HEADLINE, "Cập nhật: 30/06/2023 08:00 GMT+7", LEAD, BODY]
    )


def test_a_header_line_below_the_lead_goes_when_the_lead_is_known():
    lines = [LEAD, "Thứ Hai, 29/05/2023 10:15 (GMT+7)", "Bài và ảnh: Hồ Quang Hải", BODY]
    assert ([LEAD, BODY], lines) == (
        boilerplate.clean_paragraphs(lines, lead=LEAD),
        boilerplate.clean_paragraphs(lines),  # without it the lead is the first sentence
    )


def test_header_lines_go_from_the_tail_of_the_text():
    assert [LEAD, BODY, "Theo TTXVN"] == boilerplate.clean_paragraphs([LEAD, BODY, "Theo TTXVN", "Cập nhật: 30/06/2023 08:00"])


def test_a_date_line_between_sentences_stays():
    assert [LEAD, "30/06/2023 08:00", BODY] == boilerplate.clean_paragraphs([LEAD, "30/06/2023 08:00", BODY])


def test_a_first_sentence_holding_a_date_stays():
    assert [BODY, LEAD] == boilerplate.clean_paragraphs([BODY, LEAD])


def test_a_text_of_one_line_is_never_emptied():
    assert ["Thứ Sáu, 30-06-2023, 08:00"] == boilerplate.clean_paragraphs(["Thứ Sáu, 30-06-2023, 08:00"])


@pytest.mark.parametrize("relative", sorted(EXPECTATIONS))
def test_each_caption_is_listed_once(relative, extracted):
    captions = article_for(relative, extracted).extra.get("captions", [])
    assert sorted(set(captions)) == sorted(captions)


def test_a_figcaption_with_a_caption_class_becomes_one_paragraph():
    tree = lxml.html.document_fromstring(
        '<html><body><p>Trước ảnh.</p><figure><img alt="Nông dân thu hoạch xoài">'
        '<figcaption class="caption">Nông dân thu hoạch xoài.</figcaption></figure></body></html>'
    )
    assert (["Nông dân thu hoạch xoài."], ["Trước ảnh.", "Nông dân thu hoạch xoài."]) == (
        boilerplate.captions_to_paragraphs(tree),
        [p.text for p in tree.iter("p")],
    )

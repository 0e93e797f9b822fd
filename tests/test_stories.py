"""Stories keep events in different provinces apart.

Every province's party committee meets in the same weeks and the press writes the same words about
it: "hội nghị", "Ban Chấp hành Đảng bộ tỉnh", "quy hoạch tỉnh thời kỳ 2021 - 2030". Two such
meetings on one day, in Nghệ An and in Quảng Trị, are two events, so two stories, although their
texts look alike. Two papers reporting the one Nghệ An meeting are one story. And one event filed
from two provinces (a handover announced in Hà Nội, held at Đà Nẵng's airport) is one story when
the two texts say the same thing.
"""

from __future__ import annotations

from datetime import datetime

from conftest import VN

from bantin import api
from bantin.connect import stories as stories_module
from bantin.nlp.places import article_provinces
from bantin.settings import Settings
from bantin.types import Article

NGHE_AN = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh Nghệ An lần thứ 15",
           ("Sáng 8/5, Ban Chấp hành Đảng bộ tỉnh Nghệ An khóa XIX tổ chức hội nghị lần thứ 15 để đánh giá tình hình "
            "kinh tế - xã hội 4 tháng đầu năm. Hội nghị thảo luận, cho ý kiến về quy hoạch tỉnh thời kỳ 2021 - 2030, "
            "tầm nhìn đến năm 2050, và các giải pháp giữ đà tăng trưởng. Bí thư Tỉnh ủy Nghệ An đề nghị các cấp ủy "
            "tháo gỡ khó khăn cho doanh nghiệp, đẩy nhanh giải ngân vốn đầu tư công ở miền Tây Nghệ An."))
NGHE_AN_AGAIN = ("Nghệ An bàn giải pháp giữ đà tăng trưởng kinh tế",
                 ("Ngày 8/5, hội nghị Ban Chấp hành Đảng bộ tỉnh Nghệ An lần thứ 15 đánh giá kinh tế của tỉnh tăng "
                  "trưởng chậm lại trong 4 tháng đầu năm, giải ngân vốn đầu tư công mới đạt 20% kế hoạch. Bí thư Tỉnh ủy "
                  "Nghệ An yêu cầu tháo gỡ khó khăn cho doanh nghiệp, hoàn thiện quy hoạch tỉnh thời kỳ 2021 - 2030 "
                  "trình Thủ tướng phê duyệt và giữ đà tăng trưởng ở miền Tây Nghệ An."))
QUANG_TRI = ("Hội nghị Tỉnh ủy Quảng Trị lần thứ 12 cho ý kiến về quy hoạch tỉnh",
             ("Chiều 8/5, Ban Chấp hành Đảng bộ tỉnh Quảng Trị tổ chức hội nghị lần thứ 12 để cho ý kiến về quy hoạch "
              "tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050. Hội nghị thảo luận về các hành lang kinh tế Đông - Tây, "
              "khu kinh tế Đông Nam Quảng Trị và cảng Mỹ Thủy. Bí thư Tỉnh ủy Quảng Trị đề nghị các cấp ủy góp ý để "
              "quy hoạch sớm được trình phê duyệt."))

HANDOVER_HANOI = ("Hà Nội: trao trả ba bộ hài cốt quân nhân Mỹ mất tích trong chiến tranh",
                  ("Sáng 8/5, Văn phòng Tìm kiếm người mất tích Việt Nam tổ chức lễ trao trả ba bộ hài cốt được cho là "
                   "của quân nhân Mỹ mất tích trong chiến tranh. Các bộ hài cốt được tìm thấy trong đợt tìm kiếm chung "
                   "lần thứ 150 tại các tỉnh miền Trung và Tây Nguyên. Đây là lần trao trả thứ 140 kể từ năm 1988, "
                   "nâng tổng số hài cốt quân nhân Mỹ đã được trao trả lên hơn 700 bộ."))
HANDOVER_DANANG = ("Đà Nẵng: lễ trao trả hài cốt quân nhân Mỹ mất tích",
                   ("Sáng 8/5, tại sân bay quốc tế, Văn phòng Tìm kiếm người mất tích Việt Nam đã trao trả ba bộ hài "
                    "cốt được cho là của quân nhân Mỹ mất tích trong chiến tranh cho phía Hoa Kỳ. Ba bộ hài cốt được "
                    "tìm thấy trong đợt tìm kiếm chung lần thứ 150 tại miền Trung và Tây Nguyên. Đây là lần trao trả "
                    "thứ 140 kể từ năm 1988."))


def report(site: str, hour: int, title_and_text: tuple[str, str]) -> Article:
    """An article as the language layer leaves it: with the provinces it names, weighted."""
    title, text = title_and_text
    return Article(url=f"https://{site}/{hour}.html", source=site, title=title, text=text,
                   published=datetime(2023, 5, 8, hour, tzinfo=VN), extractor="test",
                   provinces=tuple(article_provinces(title, "", text)))


def story_titles(store, articles: list[Article]) -> list[list[str]]:
    store.write_batch(articles)
    api.connect(store, settings=Settings())
    return sorted([a.title for a in s.articles] for s in api.stories(store))


def test_the_same_kind_of_meeting_in_two_provinces_on_one_day_is_two_stories(store):
    assert [[NGHE_AN[0]], [QUANG_TRI[0]]] == story_titles(
        store, [report("baonghean-thu.vn", 9, NGHE_AN), report("baoquangtri-thu.vn", 16, QUANG_TRI)])


def test_one_meeting_reported_by_two_papers_is_one_story(store):
    assert [[NGHE_AN[0], NGHE_AN_AGAIN[0]]] == story_titles(
        store, [report("baonghean-thu.vn", 9, NGHE_AN), report("tinmoi-thu.vn", 14, NGHE_AN_AGAIN)])


def test_without_the_province_rule_their_shared_words_would_make_the_two_meetings_one_story(store, monkeypatch):
    monkeypatch.setattr(stories_module, "DISTINCT_PLACES_SCORE", 0.0)
    assert [[NGHE_AN[0], QUANG_TRI[0]]] == story_titles(
        store, [report("baonghean-thu.vn", 9, NGHE_AN), report("baoquangtri-thu.vn", 16, QUANG_TRI)])


def test_one_event_filed_from_two_provinces_is_one_story_when_the_texts_say_the_same(store):
    assert [[HANDOVER_HANOI[0], HANDOVER_DANANG[0]]] == story_titles(
        store, [report("thoisu-thu.vn", 9, HANDOVER_HANOI), report("baodanang-thu.vn", 16, HANDOVER_DANANG)])

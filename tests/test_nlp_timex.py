"""Dates in text, resolved against the publication date (Monday 29 May 2023, 10:15 in Vietnam)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bantin.extract.dates import VN_TZ
from bantin.nlp.timex import DateMention, resolve_dates

PUBLISHED = datetime(2023, 5, 29, 10, 15, tzinfo=VN_TZ)


def resolved(text: str, published: datetime = PUBLISHED) -> list[tuple[str, date, str]]:
    return [(d.text, d.value, d.precision) for d in resolve_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chiều 26/5, hội nghị khai mạc.", ("Chiều 26/5", date(2023, 5, 26), "day")),
        ("Tối 23-2, tại khách sạn.", ("Tối 23-2", date(2023, 2, 23), "day")),
        ("thứ Hai, 29/5", ("thứ Hai, 29/5", date(2023, 5, 29), "day")),
        ("ngày 26 tháng 5", ("ngày 26 tháng 5", date(2023, 5, 26), "day")),
        ("ngày 26 tháng 5 năm 2021", ("ngày 26 tháng 5 năm 2021", date(2021, 5, 26), "day")),
        ("Ngày 4-10-2004, ông Trung đồng ý", ("Ngày 4-10-2004", date(2004, 10, 4), "day")),
        ("sáng nay", ("sáng nay", date(2023, 5, 29), "day")),
        ("hôm nay", ("hôm nay", date(2023, 5, 29), "day")),
        ("hôm qua", ("hôm qua", date(2023, 5, 28), "day")),
        ("tối qua", ("tối qua", date(2023, 5, 28), "day")),
        ("hôm kia", ("hôm kia", date(2023, 5, 27), "day")),
        ("sáng mai", ("sáng mai", date(2023, 5, 30), "day")),
        ("3 ngày trước", ("3 ngày trước", date(2023, 5, 26), "day")),
        ("tuần trước", ("tuần trước", date(2023, 5, 22), "week")),
        ("tuần tới", ("tuần tới", date(2023, 6, 5), "week")),
        ("tháng trước", ("tháng trước", date(2023, 4, 1), "month")),
        ("tháng này", ("tháng này", date(2023, 5, 1), "month")),
        ("đầu tháng 6", ("đầu tháng 6", date(2023, 6, 1), "month")),
        ("tháng 5/2023", ("tháng 5/2023", date(2023, 5, 1), "month")),
        ("năm 2023", ("năm 2023", date(2023, 1, 1), "year")),
        ("năm ngoái", ("năm ngoái", date(2022, 1, 1), "year")),
        ("năm nay", ("năm nay", date(2023, 1, 1), "year")),
    ],
)
def test_expressions(text, expected):
    assert resolved(text) == [expected]


def test_offsets_point_into_the_text():
    text = "Theo kế hoạch, chiều qua (28/5) đoàn đến Huế; đầu tháng 6 sẽ về."
    for mention in resolve_dates(text, PUBLISHED):
        assert isinstance(mention, DateMention)
        assert text[mention.start : mention.end] == mention.text


def test_a_yearless_date_is_the_latest_not_after_publication():
    assert resolved("Tối 31/12", datetime(2024, 1, 2, tzinfo=VN_TZ)) == [("Tối 31/12", date(2023, 12, 31), "day")]
    assert resolved("ngày 15/6 tới") == [("ngày 15/6", date(2023, 6, 15), "day")]
    assert resolved("ngày 15/6") == [("ngày 15/6", date(2022, 6, 15), "day")]


def test_a_later_month_without_a_year_is_last_year_unless_announced_ahead():
    assert resolved("tháng 12") == [("tháng 12", date(2022, 12, 1), "month")]
    assert resolved("tháng 12 tới") == [("tháng 12", date(2023, 12, 1), "month")]


def test_not_dates():
    assert resolved("Tỷ số 2/1, tỷ lệ 3/4.") == []
    assert resolved("Ngày nay, giới trẻ thích du lịch.") == []
    assert resolved("tháng 13") == []


def test_publication_time_is_read_in_vietnam():
    late_utc = datetime(2023, 5, 28, 20, 0, tzinfo=VN_TZ).astimezone(VN_TZ.__class__("UTC"))
    assert resolved("hôm nay", late_utc) == [("hôm nay", date(2023, 5, 28), "day")]


def test_empty_text():
    assert resolve_dates("", PUBLISHED) == []

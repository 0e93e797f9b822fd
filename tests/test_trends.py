"""Attention over time and top lists, on the week of tests/test_connect_week.py."""

from __future__ import annotations

import pytest

from bantin import api
from bantin.search.query import QueryError
from test_connect_week import connected, week


@pytest.fixture
def news(store):
    connected(store, week())
    return store


def test_counts_per_day_absolute_and_as_a_share_of_all_articles(news):
    points = api.trends(news, ["sạt lở"], interval="day")
    assert ["2023-05-01", "2023-05-02", "2023-05-03", "2023-05-04", "2023-05-05", "2023-05-06", "2023-05-07"] == [
        p.period for p in points]
    last = points[-1]
    assert (5, 6, round(5 / 6, 6)) == (last.count, last.total, last.ratio)  # 5 of the 6 articles of Sunday
    assert [0] * 6 == [p.count for p in points[:-1]]


def test_diacritics_are_optional_in_trend_queries(news):
    assert [p.count for p in api.trends(news, ["sat lo"])] == [p.count for p in api.trends(news, ["sạt lở"])]


def test_several_queries_side_by_side_share_the_voice(news):
    points = api.trends(news, ["sạt lở", "giá vàng"], interval="week")
    by = {(p.query, p.period): p for p in points}
    # 2023-05-01 is a Monday: the whole week is one period
    assert (5, 1) == (by[("sạt lở", "2023-05-01")].count, by[("giá vàng", "2023-05-01")].count)
    assert (round(5 / 6, 6), round(1 / 6, 6)) == (by[("sạt lở", "2023-05-01")].share_of_voice,
                                                  by[("giá vàng", "2023-05-01")].share_of_voice)


def test_the_total_is_the_volume_of_the_same_sources(news):
    points = api.trends(news, ["giá"], interval="month", sources=["saigon-thu.vn"])  # giá xăng, giá vàng
    assert [("2023-05", 2, 5)] == [(p.period, p.count, p.total) for p in points]


def test_star_is_every_article(news):
    points = api.trends(news, ["*"], interval="week")
    assert [(p.count, p.total, p.ratio) for p in points] == [(p.total, p.total, 1.0) for p in points]


def test_a_malformed_query_is_an_error(news):
    with pytest.raises(QueryError):
        api.trends(news, ['"unclosed'])


def test_top_lists_of_a_query(news):
    data = api.top(news, "Pác Nặm")
    assert 5 == data["articles"]
    assert {"sạt lở", "mưa lớn", "Pác Nặm"} == {t["term"] for t in data["terms"]}
    assert [{"name": "Bắc Kạn", "articles": 5}] == data["provinces"]
    assert {"name": "Hoàng Văn Thịnh", "articles": 5} == data["entities"]["PER"][0]
    assert 5 == sum(s["articles"] for s in data["sources"])


def test_top_terms_rank_by_how_distinctive_against_vietnamese_news_in_general(news):
    terms = [(t["term"], t["articles"]) for t in api.top(news)["terms"]]
    # "mưa lớn" is in 40 of VNTC's 33,759 articles, "sạt lở" in 76: in five of this week's 24
    # articles, the rarer one stands out more; one-article keyphrases are not listed at all
    assert [("mưa lớn", 5), ("Pác Nặm", 5), ("sạt lở", 5)] == terms

"""Search semantics: diacritics, đ, phrases, OR, exclusion, fields, filters and ranking."""

from datetime import date

import pytest

import bantin
from bantin.search.query import QueryError
from conftest import article

ARTICLES = [
    article("https://a.vn/1", title="Diễn tập quân sự năm 2023", text="Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập.", day=2, source="a.vn"),
    article("https://b.vn/2", title="Đảng ủy xã họp", text="Đảng ủy xã Tân Hòa tổ chức hội nghị sơ kết.", day=3, source="b.vn"),
    article("https://b.vn/3", title="Quần sư tử ở thảo cầm viên", text="Một đàn sư tử mới được đưa về vườn thú.", day=4, source="b.vn"),
    article("https://c.vn/4", title="Bão số 1 đổ bộ", text="Bão gây mưa lớn, lũ quét ở miền núi phía Bắc.", day=5, source="c.vn"),
    article("https://c.vn/5", title="Mưa lớn kéo dài", text="Mưa lớn nhưng không có lũ, chỉ ngập cục bộ.", day=6, source="c.vn"),
    article("https://c.vn/6", title="Thuỷ điện xả lũ", text="Nhà máy thủy điện Hoà Bình mở cửa xả đáy.", day=7, source="c.vn"),
]


@pytest.fixture
def filled(store):
    store.write_batch(ARTICLES)
    return store


def urls(store, query, **kw):
    return [h.url for h in bantin.search(store, query, **kw)]


def test_folded_query_finds_text_with_diacritics(filled):
    assert "https://a.vn/1" in urls(filled, "quan su")


def test_query_with_diacritics_finds_it_too(filled):
    assert "https://a.vn/1" in urls(filled, "quân sự")


def test_d_without_stroke_finds_đ(filled):
    assert ["https://b.vn/2"] == urls(filled, "dang uy")


def test_exact_diacritics_rank_above_folded_matches(filled):
    # "quân sự" and "quần sư" fold alike; the one typed exactly comes first
    assert ["https://a.vn/1", "https://b.vn/3"] == urls(filled, "quân sự")
    assert ["https://b.vn/3", "https://a.vn/1"] == urls(filled, "quần sư")


def test_tone_mark_placement_does_not_matter(filled):
    assert ["https://c.vn/6"] == urls(filled, "thủy điện hòa bình")
    assert ["https://c.vn/6"] == urls(filled, "thuỷ điện hoà bình")


def test_phrase_needs_adjacent_words(filled):
    assert ["https://c.vn/4"] == urls(filled, '"lũ quét"')
    assert [] == urls(filled, '"quét lũ"')


def test_or_and_exclusion(filled):
    assert {"https://c.vn/4", "https://c.vn/5"} == set(urls(filled, "mưa -xả"))
    assert {"https://c.vn/4"} == set(urls(filled, "lũ -ngập -xả"))
    assert {"https://a.vn/1", "https://c.vn/4"} == set(urls(filled, '"diễn tập" OR bão'))


def test_title_field(filled):
    assert ["https://c.vn/5"] == urls(filled, "title:mưa")


def test_source_and_date_filters(filled):
    assert ["https://c.vn/5"] == urls(filled, "mưa", sources=["c.vn"], since=date(2023, 5, 6))
    assert ["https://c.vn/4"] == urls(filled, "mưa", until=date(2023, 5, 5))


def test_snippets_mark_the_matched_words_as_published(filled):
    [hit] = bantin.search(filled, "dang uy")
    assert "<mark>Đảng ủy</mark>" in hit.snippet


def test_hits_carry_the_contract_fields(filled):
    [hit] = bantin.search(filled, "Đảng ủy")
    assert (hit.title, hit.source, hit.published.date()) == ("Đảng ủy xã họp", "b.vn", date(2023, 5, 3))
    assert 1 <= hit.score < 2  # exact matches score in [1, 2)
    [folded] = bantin.search(filled, "dang uy")
    assert 0 <= folded.score < 1  # folded-only matches in [0, 1)


def test_malformed_query_is_a_query_error(filled):
    with pytest.raises(QueryError):
        bantin.search(filled, '"unclosed')


def test_filters_by_topic_province_and_entity(store):
    from bantin.types import Entity, ProvinceMention

    qt = ProvinceMention(name="Quảng Bình", name_2025="Quảng Trị", weight=3.0)
    hung = Entity(text="Nguyễn Văn Hùng", type="PER", start=0, end=15, canonical="Nguyễn Văn Hùng", title="Đại tá")
    store.write_batch([
        article("https://a.vn/1", title="Bão vào Quảng Bình", topic="Chính trị Xã hội", provinces=(qt,), entities=(hung,)),
        article("https://a.vn/2", title="Bão vào Nghệ An", topic="Chính trị Xã hội"),
        article("https://a.vn/3", title="Bão và bóng đá", topic="Thể thao"),
    ])
    assert ["https://a.vn/3"] == urls(store, "bão", topics=["Thể thao"])
    # a province is found under its name before and after the 1 July 2025 merger
    assert ["https://a.vn/1"] == urls(store, "bão", provinces=["Quảng Bình"])
    assert ["https://a.vn/1"] == urls(store, "bão", provinces=["Quảng Trị"])
    assert ["https://a.vn/1"] == urls(store, "bão", entities=["nguyễn văn hùng"])

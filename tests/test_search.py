"""Search semantics: diacritics, đ, phrases, OR, exclusion, fields, filters and ranking."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bantin
from bantin.search.query import QueryError, parse, positive_terms
from bantin.search.snippet import _fold_same_length, make_snippet
from bantin.text.normalize import fold
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


def test_diacritics_typed_are_respected(filled):
    # "quân sự" and "quần sư" fold alike: typed with diacritics, each finds only itself
    assert ["https://a.vn/1"] == urls(filled, "quân sự")
    assert ["https://b.vn/3"] == urls(filled, "quần sư")
    # typed without them, both; the words together first
    assert {"https://a.vn/1", "https://b.vn/3"} == set(urls(filled, "quan su"))


def test_bão_is_not_báo_nor_bảo(store):
    store.write_batch([
        article("https://a.vn/storm", title="Bão số 3 vào bờ", text="Cơn bão gây mưa lớn, người dân giữ an toàn."),
        article("https://a.vn/report", title="Báo cáo sơ kết", text="Bảo đảm an toàn, bao tiêu nông sản."),
    ])
    assert ["https://a.vn/storm"] == urls(store, "bão")
    assert ["https://a.vn/storm"] == urls(store, "BÃO")  # case does not matter
    assert {"https://a.vn/storm", "https://a.vn/report"} == set(urls(store, "bao"))
    # an exclusion typed with diacritics excludes only that word ("Bảo đảm" stays)
    assert {"https://a.vn/storm", "https://a.vn/report"} == set(urls(store, "an toàn"))
    assert ["https://a.vn/report"] == urls(store, "an toàn -bão")
    [hit] = bantin.search(store, "bảo")
    assert "<mark>Bảo</mark> đảm" in hit.snippet and "<mark>bao</mark>" not in hit.snippet


def test_each_syllable_keeps_its_own_rule(filled):
    # "quan" untyped matches any diacritics, "sự" only itself: "Quân sự" yes, "Quần sư" no
    assert ["https://a.vn/1"] == urls(filled, "quan sự")
    assert ["https://b.vn/3"] == urls(filled, "quần su")


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
    assert 2 <= hit.score < 3  # the words as typed, together: [2, 3)
    [folded] = bantin.search(filled, "dang uy")
    assert 1 <= folded.score < 2  # together, other diacritics: [1, 2); words apart: [0, 1)


def test_the_words_together_rank_above_the_same_syllables_apart(store):
    apart = article("https://a.vn/apart", title="Thơ Đỗ Trung Quân", day=2,
                    text="Nhà thơ Đỗ Trung Quân nói về sự nghiệp. Sự sự sự, nói mãi về Quân quân quân.")
    together = article("https://a.vn/together", title="Diễn tập", day=1, text="Cuba diễn tập quân sự quy mô lớn.")
    store.write_batch([apart, together])
    assert [h.url for h in bantin.search(store, "quân sự")] == ["https://a.vn/together", "https://a.vn/apart"]
    assert [h.url for h in bantin.search(store, "quan su")] == ["https://a.vn/together", "https://a.vn/apart"]


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


# -- broad queries: ranked in blocks of the most recently stored matches --------------------------

# Stored oldest first: the oldest has the query in its title (the best bm25 match), the others in
# their text only, so that ranking all matches and ranking the newest ones give different pages.
BROAD = [article("https://d.vn/0", title="Cháy rừng ở Sơn La", text="Cháy rừng lan rộng.", day=1)] + [
    article(f"https://d.vn/{n}", title=f"Tin {n}", text=f"Tin ngắn số {n} về cháy rừng ở huyện miền núi.", day=n + 1)
    for n in range(1, 6)
]


@pytest.fixture
def broad():
    from bantin.store.sqlite import SQLiteStore

    with SQLiteStore(":memory:", rank_block=2) as small_blocks, SQLiteStore(":memory:") as one_block:
        small_blocks.write_batch(BROAD)
        one_block.write_batch(BROAD)
        yield small_blocks, one_block


def test_a_query_with_fewer_matches_than_a_block_is_ranked_as_a_whole(broad):
    small_blocks, one_block = broad
    assert ["https://d.vn/0"] == urls(small_blocks, "title:cháy") == urls(one_block, "title:cháy")
    # 6 matches, one block of 2,000: the title match first, over all of them
    assert "https://d.vn/0" == urls(one_block, "cháy rừng")[0]


def test_a_broad_query_ranks_the_newest_block_first(broad):
    small_blocks, _ = broad
    # blocks of 2 by storage order, newest first: {5, 4}, {3, 2}, {1, 0}; within a block, by bm25
    first_page = urls(small_blocks, "cháy rừng", limit=2)
    assert {"https://d.vn/5", "https://d.vn/4"} == set(first_page)
    assert "https://d.vn/0" == urls(small_blocks, "cháy rừng", limit=2, offset=4)[0]


def test_pages_of_a_broad_query_list_every_match_once(broad):
    small_blocks, one_block = broad
    # pages that straddle blocks (offset 1, limit 3) read two blocks
    pages = [urls(small_blocks, "cháy rừng", limit=3, offset=o) for o in (0, 3)]
    assert urls(small_blocks, "cháy rừng", limit=20) == pages[0] + pages[1]
    assert urls(small_blocks, "cháy rừng", limit=3, offset=1) == (pages[0] + pages[1])[1:4]
    assert sorted(urls(one_block, "cháy rừng")) == sorted(pages[0] + pages[1])
    assert [] == urls(small_blocks, "cháy rừng", offset=6)


def test_filters_apply_before_the_blocks_are_cut(broad):
    small_blocks, _ = broad
    # the newest two matches published on or before 4 May are 3 and 2
    assert {"https://d.vn/3", "https://d.vn/2"} == set(urls(small_blocks, "cháy rừng", until=date(2023, 5, 4), limit=2))


# -- snippets: the fast path (one translation of the whole text) and the word-by-word one --------


@pytest.mark.parametrize(("text", "marked"), [
    ("Tập trận quân sự ở Đà Nẵng.", "Tập trận <mark>quân sự</mark> ở Đà Nẵng."),  # one translation, offsets kept
    ("Straße và quân  sự", "Straße và <mark>quân  sự</mark>"),  # "ß" folds to two letters: word by word
])
def test_snippets_mark_a_phrase_whichever_path_folds_the_text(text, marked):
    assert marked == make_snippet(text, list(positive_terms(parse('"quan su"'))))


@given(st.text(alphabet=st.sampled_from("aăâeêioôơuưyđAĐ áàảãạ\u0301\u0323ßİ.,-\n"), max_size=60))
def test_the_fast_fold_equals_folding_the_whole_text_when_it_keeps_offsets(text):
    folded = _fold_same_length(text)
    if folded is not None:
        assert fold(text).casefold() == folded


def test_filters_take_names_as_users_type_them(store):
    from bantin.types import Entity, ProvinceMention

    ubnd = Entity(text="UBND tỉnh Bắc Kạn", type="ORG", start=0, end=17, canonical="Ủy ban nhân dân tỉnh Bắc Kạn")
    store.write_batch([
        article("https://a.vn/1", title="Bão vào Quảng Bình", topic="Thể thao", entities=(ubnd,),
                provinces=(ProvinceMention(name="Quảng Bình", name_2025="Quảng Trị", weight=3.0),)),
        article("https://a.vn/2", title="Bão vào TP.HCM", topic="Pháp luật",
                provinces=(ProvinceMention(name="TP Hồ Chí Minh", name_2025="TP Hồ Chí Minh", weight=3.0),)),
    ])
    assert ["https://a.vn/1"] == urls(store, "bão", provinces=["quang tri"])  # folded, the 2025 name
    assert ["https://a.vn/1"] == urls(store, "bão", provinces=["tỉnh Quảng Bình"])
    assert ["https://a.vn/2"] == urls(store, "bão", provinces=["Sài Gòn"])
    assert ["https://a.vn/1"] == urls(store, "bão", topics=["the thao"])
    assert ["https://a.vn/1"] == urls(store, "bão", entities=["UBND tỉnh Bắc Kạn"])  # abbreviation written out


def test_unknown_province_or_topic_is_a_query_error_not_an_empty_answer(filled):
    with pytest.raises(QueryError, match="unknown province 'Atlantis'"):
        bantin.search(filled, "bão", provinces=["Atlantis"])
    with pytest.raises(QueryError, match="unknown topic 'Sports'.*Thể thao"):
        bantin.search(filled, "bão", topics=["Sports"])


def test_prefix_search_and_its_snippet(store):
    store.write_batch([
        article("https://a.vn/c", title="Dịch COVID-19", text="Số ca COVID-19 tăng; covidien không liên quan."),
        article("https://a.vn/b", title="Bão", text="Cơn bão số 3."),
    ])
    assert {"https://a.vn/c"} == set(urls(store, "covid*"))
    [hit] = bantin.search(store, "covidi*")
    assert "<mark>covidien</mark>" in hit.snippet
    assert ["https://a.vn/b"] == urls(store, "bã*")  # diacritics typed: "bão", not "báo"


def test_a_private_person_is_no_filter(store):
    from bantin.types import Entity

    suspect = Entity(text="Nguyễn Thị Lan", type="PER", start=0, end=14, canonical="Nguyễn Thị Lan", title="bị can")
    store.write_batch([article("https://a.vn/1", title="Phiên tòa", text="Bị can Nguyễn Thị Lan khai báo.", entities=(suspect,))])
    assert [] == urls(store, "tòa", entities=["Nguyễn Thị Lan"])  # no profile of a private individual
    assert ["https://a.vn/1"] == urls(store, "Nguyễn Thị Lan")  # the published text is still searchable

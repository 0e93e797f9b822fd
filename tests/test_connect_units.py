"""The parts of bantin.connect: folding, signatures, candidates by SQL, groups, B-cubed."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from conftest import VN
from hypothesis import given, settings
from hypothesis import strategies as st

from bantin import api
from bantin.connect import signatures as sig
from bantin.connect.folding import folded
from bantin.connect.terms import weighted_terms
from bantin.local_time import local_day
from bantin.settings import Settings
from bantin.text.normalize import folded_key
from bantin.types import Article

WORDS = re.compile(r"\w+")
TEXT = ("Sáng 14/6, Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết áp thấp nhiệt đới trên Biển Đông đang "
        "di chuyển theo hướng Tây Tây Bắc, mỗi giờ đi được khoảng 15 km và có khả năng mạnh lên thành bão. "
        "Các tỉnh ven biển từ Quảng Ninh đến Khánh Hòa được đề nghị theo dõi chặt chẽ diễn biến, thông báo cho "
        "chủ phương tiện, thuyền trưởng để chủ động tránh trú an toàn.")


def test_the_fast_fold_gives_the_words_of_folded_key():
    for text in (TEXT, "ĐÀ NẴNG\u200e hoà thuỵ, Ðà Lạt", "Nguyễn Thị Ánh Tuyết\u00ad", "Ａ café naïve"):
        assert WORDS.findall(folded_key(text)) == WORDS.findall(folded(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x1EFF), max_size=60))
def test_the_fast_fold_agrees_with_folded_key_on_any_latin_text(text):
    assert WORDS.findall(folded_key(text)) == WORDS.findall(folded(text))


def test_a_copy_without_diacritics_or_with_other_tone_placement_is_the_same_text():
    words = sig.folded_words("Bão", "", TEXT)
    assert words == sig.folded_words("BÃO", "", folded_key(TEXT).upper())
    assert 1.0 == sig.jaccard(sig.signature(words), sig.signature(sig.folded_words("Bão", "", TEXT.replace("Hòa", "Hoà"))))


def test_estimated_jaccard_follows_the_share_of_shared_shingles():
    words = sig.folded_words("", "", TEXT * 3)
    half = words[: len(words) // 2] + [f"x{i}" for i in range(len(words) // 2)]
    assert 1.0 == sig.jaccard(sig.signature(words), sig.signature(list(words)))
    assert 0.2 < sig.jaccard(sig.signature(words), sig.signature(half)) < 0.5


def test_texts_too_short_to_shingle_have_no_signature():
    assert sig.signature(["bão", "số", "1"]) is None
    assert sig.BANDS == len(sig.band_hashes(sig.signature(sig.folded_words("", "", TEXT))))


def test_an_articles_day_is_the_calendar_day_in_vietnam_whatever_offset_it_was_published_with():
    assert "2024-06-15" == local_day(datetime(2024, 6, 14, 17, 30, tzinfo=UTC))  # 00:30 in Hà Nội
    assert "2024-06-14" == local_day(datetime(2024, 6, 14, 23, 59, tzinfo=VN))
    tokyo = timezone(timedelta(hours=9))
    assert "2024-06-14" == local_day(datetime(2024, 6, 15, 1, 0, tzinfo=tokyo))  # 23:00 in Hà Nội


def test_story_terms_are_weighted_by_rarity():
    terms = weighted_terms("Áp thấp nhiệt đới mạnh lên thành bão", "", TEXT)
    assert "ap thap" in terms and "cho biet" not in terms  # "cho biết" is everywhere
    assert abs(1.0 - sum(w * w for w in terms.values())) < 1e-6


def news(url: str, source: str, text: str, hour: int, title: str = "Áp thấp nhiệt đới") -> Article:
    return Article(url=url, source=source, title=title, text=text, published=datetime(2023, 6, 14, hour, tzinfo=VN))


def test_candidates_come_from_the_stored_bands_without_reloading_the_archive(store):
    store.write_batch([news("https://a.vn/1", "a.vn", TEXT, 5)])
    api.connect(store, settings=Settings())
    store.conn.execute("UPDATE connect_articles SET signature = signature")  # the archive stays on disk
    store.write_batch([news("https://b.vn/1", "b.vn", TEXT + " Theo TTXVN", 7)])
    api.connect(store, settings=Settings())
    [group] = api.duplicates(store)
    assert ("https://a.vn/1", ["https://b.vn/1"]) == (group.origin.url, [c.url for c in group.copies])


def test_exact_copies_are_found_even_when_too_short_to_shingle(store):
    store.write_batch([news("https://a.vn/2", "a.vn", "Bão số 1.", 5, title="Bão"),
                       news("https://b.vn/2", "b.vn", "Bão số 1.", 6, title="Bão")])
    api.connect(store, settings=Settings())
    [group] = api.duplicates(store)
    assert group.exact and "https://a.vn/2" == group.origin.url


def test_two_groups_joined_by_a_new_article_become_one(store):
    part1, part2 = TEXT, TEXT.replace("Biển Đông", "Biển Đông hôm nay")
    first = " ".join(WORDS.findall(part1)[:40])
    second = " ".join(WORDS.findall(part2)[30:])
    store.write_batch([news("https://a.vn/3", "a.vn", first, 5), news("https://b.vn/3", "b.vn", first + " tin", 6),
                       news("https://c.vn/3", "c.vn", second, 5), news("https://d.vn/3", "d.vn", second + " tin", 6)])
    api.connect(store, settings=Settings())
    assert 2 == len(api.duplicates(store))
    store.write_batch([news("https://e.vn/3", "e.vn", first + " " + second, 8)])
    api.connect(store, settings=Settings())
    assert 1 == len(api.duplicates(store))


def test_a_revised_article_is_connected_again(store):
    store.write_batch([news("https://a.vn/4", "a.vn", TEXT, 5), news("https://b.vn/4", "b.vn", "Tin khác hẳn. " * 20, 6)])
    api.connect(store, settings=Settings())
    assert [] == api.duplicates(store)
    store.write_batch([news("https://b.vn/4", "b.vn", TEXT + " (Cập nhật)", 6)])  # revision 2 copies a.vn
    assert 1 == api.connect(store, settings=Settings()).stats.counts["connect/articles"]
    assert ["https://b.vn/4"] == [c.url for c in api.duplicates(store)[0].copies]


OTHER_TEXT = ("Chiều 27/6, hơn một triệu thí sinh trên cả nước làm thủ tục dự thi tốt nghiệp trung học phổ thông năm "
              "2023. Bộ Giáo dục và Đào tạo cho biết công tác chuẩn bị đã hoàn tất, các điểm thi được bố trí lực lượng "
              "bảo đảm an ninh, y tế và phòng cháy chữa cháy; thí sinh được nhắc mang theo giấy tờ tùy thân.")


def dated(url: str, text: str, published: datetime, precision: str | None) -> Article:
    """An article whose page gave its date with this precision (None: a store from before it was recorded)."""
    return Article(url=url, source=url.split("/")[2], title="Tin", text=text, published=published,
                   extra={"published_precision": precision} if precision else {})


def syndication_pairs(store, *articles: Article) -> list[dict]:
    store.write_batch(list(articles))
    api.connect(store, settings=Settings())
    return api.syndication(store)["pairs"]


def test_a_copy_dated_by_its_day_only_has_no_lag_in_hours_but_in_days(store):
    [pair] = syndication_pairs(
        store,
        dated("https://a.vn/5", TEXT, datetime(2023, 6, 27, 17, 30, tzinfo=VN), "minute"),
        dated("https://b.vn/5", TEXT + " Theo TTXVN", datetime(2023, 6, 28, tzinfo=VN), "day"))  # "Thứ Tư, 28/6/2023"
    assert {"origin": "a.vn", "copier": "b.vn", "stories": 1, "median_lag_hours": None, "day_only": 1,
            "median_lag_days": 1} == pair  # not "6.5 h" from an invented midnight


def test_the_hours_are_the_median_of_the_copies_with_times_and_the_others_are_counted_apart(store):
    [pair] = syndication_pairs(
        store,
        dated("https://a.vn/6", TEXT, datetime(2023, 6, 14, 5, tzinfo=VN), "second"),
        dated("https://b.vn/6", TEXT + " Theo TTXVN", datetime(2023, 6, 14, 7, 30, tzinfo=VN), "second"),
        dated("https://a.vn/7", OTHER_TEXT, datetime(2023, 6, 27, tzinfo=VN), "day"),
        dated("https://b.vn/7", OTHER_TEXT + " Theo TTXVN", datetime(2023, 6, 27, 20, tzinfo=VN), "minute"))
    assert (2, 2.5, 1, 0) == (pair["stories"], pair["median_lag_hours"], pair["day_only"], pair["median_lag_days"])


def test_a_real_midnight_is_a_time_and_an_unrecorded_midnight_is_taken_for_a_day(store):
    pairs = syndication_pairs(
        store,
        dated("https://a.vn/8", TEXT, datetime(2023, 6, 13, 22, tzinfo=VN), "minute"),
        dated("https://b.vn/8", TEXT + " Theo TTXVN", datetime(2023, 6, 14, tzinfo=VN), "second"),  # 00:00:00 given
        dated("https://c.vn/9", OTHER_TEXT, datetime(2023, 6, 26, 22, tzinfo=VN), None),
        dated("https://d.vn/9", OTHER_TEXT + " Theo TTXVN", datetime(2023, 6, 27, tzinfo=VN), None))  # older store
    lags = {(p["origin"], p["copier"]): (p["median_lag_hours"], p["day_only"], p["median_lag_days"]) for p in pairs}
    assert {("a.vn", "b.vn"): (2.0, 0, None), ("c.vn", "d.vn"): (None, 1, 1)} == lags


def test_bcubed_of_the_bench():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from connect import bcubed

    labels = {"a": "x", "b": "x", "c": "y"}
    assert (1.0, 1.0, 1.0) == bcubed({"a": 1, "b": 1, "c": 2}, labels)
    p, r, _ = bcubed({"a": 1, "b": 1, "c": 1}, labels)
    assert (round(5 / 9, 6), 1.0) == (round(p, 6), r)

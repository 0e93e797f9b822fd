"""A week of news, connected.

On Sunday 7 May 2023 at 06:00 baobackan-thu.vn breaks a landslide in Pác Nặm, Bắc Kạn. Three
other sites copy it with edits during the morning (a new headline, a paragraph dropped, a credit
line, a local paragraph), and a fifth site writes its own follow-up in the afternoon. Before that,
the week was ordinary: three unrelated articles a day from around the country, one of them about
Bắc Kạn. bantin should see one duplicate group (the origin and its three copies), one story of
five articles, and a burst of coverage of Bắc Kạn, explained in one line.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import VN, store_at_version

from bantin import api
from bantin.connect.bursts import alert_facts
from bantin.settings import Settings
from bantin.store.sqlite import SQLiteStore
from bantin.types import Article, Entity, ProvinceMention

P1 = ("Khoảng 3 giờ sáng 7/5, sau nhiều giờ mưa lớn kéo dài, một khối đất đá lớn từ sườn núi đã sạt lở xuống khu dân cư "
      "thôn Nặm Nhả, xã Nhạn Môn, huyện Pác Nặm, tỉnh Bắc Kạn, vùi lấp hoàn toàn hai ngôi nhà của người dân.")
P2 = ("Ông Hoàng Văn Thịnh, Chủ tịch UBND huyện Pác Nặm, cho biết ngay khi nhận được tin báo, huyện đã huy động lực "
      "lượng công an, quân sự, biên phòng và người dân địa phương có mặt tại hiện trường để tìm kiếm, cứu nạn.")
P3 = ("Đến 5 giờ sáng cùng ngày, lực lượng cứu hộ đã đưa được bốn người mắc kẹt ra ngoài an toàn, trong đó một người bị "
      "thương nhẹ ở chân được chuyển đến Trung tâm Y tế huyện Pác Nặm để điều trị.")
P4 = ("Theo Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Bắc Kạn, mưa lớn từ chiều 6/5 đến sáng 7/5 đã "
      "gây sạt lở nhiều tuyến đường liên xã, làm ách tắc giao thông tại các huyện Pác Nặm, Ba Bể và Ngân Sơn.")
P5 = ("Chính quyền địa phương đã khẩn trương di dời mười hai hộ dân sống gần khu vực có nguy cơ sạt lở cao đến nơi an "
      "toàn, đồng thời cắm biển cảnh báo và bố trí người trực tại các điểm nguy hiểm.")
P6 = ("Cơ quan khí tượng dự báo trong hai ngày tới khu vực miền núi phía Bắc tiếp tục có mưa vừa đến mưa to, nguy cơ "
      "cao xảy ra lũ quét và sạt lở đất tại các tỉnh Bắc Kạn, Cao Bằng, Hà Giang.")
FOLLOW_UP = ("Chiều 7/5, UBND huyện Pác Nặm tổ chức di dời khẩn cấp thêm 40 hộ dân thôn Nặm Nhả ra khỏi vùng nguy hiểm "
             "sau vụ sạt lở đất vùi lấp hai ngôi nhà ở xã Nhạn Môn. Ông Hoàng Văn Thịnh, Chủ tịch UBND huyện, cho biết các "
             "hộ dân được bố trí tạm ở nhà văn hóa thôn và trường tiểu học, huyện hỗ trợ gạo, nước uống và chăn màn. "
             "Mưa lớn kéo dài khiến đất đá trên sườn núi tiếp tục sạt lở, tỉnh Bắc Kạn yêu cầu các huyện không để "
             "người dân quay lại khu vực nguy hiểm.")

BAC_KAN = ProvinceMention(name="Bắc Kạn", name_2025="Thái Nguyên", weight=1.0, mentions=3)
NAMES = (Entity(text="Hoàng Văn Thịnh", type="PER", start=0, end=15, canonical="Hoàng Văn Thịnh", title="Chủ tịch UBND huyện"),
         Entity(text="UBND huyện Pác Nặm", type="ORG", start=0, end=18, canonical="Ủy ban nhân dân huyện Pác Nặm"))
LANDSLIDE = dict(provinces=(BAC_KAN,), entities=NAMES, topic="Chính trị Xã hội", keyphrases=("sạt lở", "Pác Nặm", "mưa lớn"))

# Ordinary days: (day, hour, site, title, province, keyphrases, text)
ORDINARY = [
    (1, 8, "hanoi-thu.vn", "Hà Nội mở thêm ba tuyến xe buýt điện", "Hà Nội", ("xe buýt điện",),
     "Từ ngày 1/5, Hà Nội đưa vào khai thác ba tuyến xe buýt điện nối trung tâm với các khu đô thị phía Tây, giá vé không đổi."),
    (1, 10, "danang-thu.vn", "Đà Nẵng đón hơn 100.000 lượt khách dịp nghỉ lễ", "Đà Nẵng", ("du lịch", "nghỉ lễ"),
     "Trong kỳ nghỉ lễ, các bãi biển và khu du lịch Bà Nà, Sơn Trà đông khách, công suất phòng khách sạn đạt 80%."),
    (1, 15, "saigon-thu.vn", "Giá xăng giảm nhẹ từ chiều nay", "TP Hồ Chí Minh", ("giá xăng",),
     "Liên Bộ Công Thương - Tài chính điều chỉnh giá bán lẻ xăng dầu, xăng E5 RON92 giảm 300 đồng mỗi lít."),
    (2, 9, "hanoi-thu.vn", "Hà Nội tuyển sinh lớp 10 với hơn 100.000 thí sinh", "Hà Nội", ("tuyển sinh lớp 10",),
     "Sở Giáo dục và Đào tạo Hà Nội công bố chỉ tiêu tuyển sinh lớp 10 công lập, tỷ lệ chọi nhiều trường tăng cao."),
    (2, 11, "cantho-thu.vn", "Nông dân Cần Thơ trúng mùa lúa hè thu", "Cần Thơ", ("lúa hè thu",),
     "Năng suất lúa vụ hè thu đạt bình quân 6 tấn mỗi ha, giá lúa tươi tại ruộng ổn định ở mức cao."),
    (2, 16, "danang-thu.vn", "Đà Nẵng khởi công cầu vượt nút giao phía Tây", "Đà Nẵng", ("cầu vượt",),
     "Công trình cầu vượt có tổng vốn 700 tỷ đồng, dự kiến hoàn thành sau 18 tháng thi công."),
    (3, 8, "baobackan-thu.vn", "Bắc Kạn phát triển vùng trồng cây dong riềng", "Bắc Kạn", ("dong riềng",),
     "Huyện Na Rì mở rộng vùng trồng dong riềng lên 500 ha, gắn với các hợp tác xã làm miến."),
    (3, 10, "saigon-thu.vn", "TP Hồ Chí Minh chỉnh trang kênh Nhiêu Lộc", "TP Hồ Chí Minh", ("kênh Nhiêu Lộc",),
     "Thành phố lát lại vỉa hè, trồng thêm cây xanh dọc kênh Nhiêu Lộc - Thị Nghè."),
    (3, 14, "hanoi-thu.vn", "Hà Nội xử lý vi phạm trật tự đô thị", "Hà Nội", ("trật tự đô thị",),
     "Các quận ra quân xử lý lấn chiếm vỉa hè, lòng đường trên nhiều tuyến phố trung tâm."),
    (4, 9, "cantho-thu.vn", "Cần Thơ tổ chức lễ hội bánh dân gian Nam Bộ", "Cần Thơ", ("lễ hội bánh dân gian",),
     "Lễ hội quy tụ hơn 100 gian hàng bánh truyền thống của các tỉnh đồng bằng sông Cửu Long."),
    (4, 11, "danang-thu.vn", "Đà Nẵng thu hút dự án công nghệ cao", "Đà Nẵng", ("khu công nghệ cao",),
     "Khu công nghệ cao Đà Nẵng cấp phép thêm hai dự án sản xuất linh kiện điện tử."),
    (4, 15, "saigon-thu.vn", "Lãi suất tiết kiệm tiếp tục giảm", "TP Hồ Chí Minh", ("lãi suất",),
     "Nhiều ngân hàng thương mại giảm lãi suất huy động kỳ hạn 12 tháng xuống dưới 7% mỗi năm."),
    (5, 8, "hanoi-thu.vn", "Hà Nội cắt điện luân phiên do nắng nóng", "Hà Nội", ("cắt điện",),
     "Nhu cầu dùng điện tăng cao khiến một số khu vực ngoại thành bị cắt điện luân phiên trong giờ cao điểm."),
    (5, 10, "cantho-thu.vn", "Cần Thơ nâng cấp bến xe trung tâm", "Cần Thơ", ("bến xe",),
     "Bến xe trung tâm được đầu tư nhà chờ mới và hệ thống bán vé điện tử."),
    (5, 16, "danang-thu.vn", "Đà Nẵng ra mắt tuyến phố đi bộ mới", "Đà Nẵng", ("phố đi bộ",),
     "Tuyến phố đi bộ ven sông Hàn mở cửa vào các tối cuối tuần với nhiều hoạt động văn hóa."),
    (6, 9, "saigon-thu.vn", "TP Hồ Chí Minh thí điểm thu phí ô tô vào trung tâm", "TP Hồ Chí Minh", ("thu phí",),
     "Đề án thu phí ô tô vào khu vực trung tâm sẽ được lấy ý kiến người dân trong tháng 6."),
    (6, 11, "hanoi-thu.vn", "Hà Nội khai trương thư viện số", "Hà Nội", ("thư viện số",),
     "Thư viện số của thành phố có hơn 50.000 đầu sách điện tử, bạn đọc tra cứu miễn phí."),
    (6, 15, "cantho-thu.vn", "Cần Thơ xuất khẩu lô xoài đầu tiên sang Úc", "Cần Thơ", ("xuất khẩu xoài",),
     "Lô xoài cát Hòa Lộc đầu tiên của năm được xuất khẩu sang thị trường Úc bằng đường hàng không."),
    (7, 10, "saigon-thu.vn", "Giá vàng tăng mạnh đầu tuần", "TP Hồ Chí Minh", ("giá vàng",),
     "Giá vàng miếng tăng 500.000 đồng mỗi lượng, chênh lệch với giá thế giới được nới rộng."),
]

ORIGIN_URL = "https://baobackan-thu.vn/sat-lo-dat-vui-lap-hai-ngoi-nha-o-pac-nam.html"
COPY_URLS = ["https://tinnhanh-thu.vn/bac-kan-sat-lo-vui-nha-dan.html",
             "https://vungcao-thu.vn/mua-lon-gay-sat-lo-o-pac-nam.html",
             "https://thoisu-thu.vn/sat-lo-nghiem-trong-tai-bac-kan.html"]
FOLLOW_UP_URL = "https://miennui-thu.vn/pac-nam-di-doi-40-ho-dan.html"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2023, 5, day, hour, minute, tzinfo=VN)


def week() -> list[Article]:
    articles = [
        Article(url=f"https://{site}/{title.lower().replace(' ', '-')}.html", source=site, title=title, text=text * 3,
                published=at(day, hour), provinces=(ProvinceMention(name=province, name_2025=province, weight=1.0),),
                keyphrases=keyphrases, topic="Chính trị Xã hội")
        for day, hour, site, title, province, keyphrases, text in ORDINARY
    ]
    articles += [
        Article(url=ORIGIN_URL, source="baobackan-thu.vn", title="Sạt lở đất vùi lấp hai ngôi nhà ở Pác Nặm",
                text="\n".join([P1, P2, P3, P4, P5, P6]), published=at(7, 6), **LANDSLIDE),
        Article(url=COPY_URLS[0], source="tinnhanh-thu.vn", title="Bắc Kạn: Mưa lớn gây sạt lở, vùi lấp nhà dân",
                text="\n".join([P1, P2, P3, P4, P5]), published=at(7, 7, 30), **LANDSLIDE),
        Article(url=COPY_URLS[1], source="vungcao-thu.vn", title="Mưa lớn gây sạt lở đất nghiêm trọng ở Pác Nặm",
                text="\n".join([P1, P2, P3, P4, P5, P6, "Theo TTXVN"]), published=at(7, 9), **LANDSLIDE),
        Article(url=COPY_URLS[2], source="thoisu-thu.vn", title="Sạt lở nghiêm trọng tại Bắc Kạn, hai nhà bị vùi lấp",
                text="\n".join([P1, P2.replace("cho biết", "thông tin"), P3, P5, P6,
                                "Người dân vùng núi cần theo dõi bản tin thời tiết và chủ động phòng tránh."]),
                published=at(7, 11), **LANDSLIDE),
        Article(url=FOLLOW_UP_URL, source="miennui-thu.vn", title="Pác Nặm di dời khẩn cấp 40 hộ dân khỏi vùng sạt lở",
                text=FOLLOW_UP, published=at(7, 15), **LANDSLIDE),
    ]
    return articles


def connected(store, articles) -> None:
    store.write_batch(articles)
    api.connect(store, settings=Settings())


@pytest.fixture
def news(store):
    connected(store, week())
    return store


def test_the_copies_form_one_duplicate_group_whose_origin_broke_the_story(news):
    [group] = api.duplicates(news)
    assert ORIGIN_URL == group.origin.url
    assert COPY_URLS == [c.url for c in group.copies]
    assert all(c.similarity >= 0.4 for c in group.copies)
    assert not group.exact


def test_syndication_counts_what_each_site_took_and_how_late(news):
    data = api.syndication(news)
    assert [("baobackan-thu.vn", "tinnhanh-thu.vn", 1, 1.5), ("baobackan-thu.vn", "vungcao-thu.vn", 1, 3.0),
            ("baobackan-thu.vn", "thoisu-thu.vn", 1, 5.0)] == sorted(
        ((p["origin"], p["copier"], p["stories"], p["median_lag_hours"]) for p in data["pairs"]), key=lambda p: p[3])
    shares = {s["source"]: s["original_share"] for s in data["sources"]}
    assert 1.0 == shares["baobackan-thu.vn"]
    assert 0.0 == shares["tinnhanh-thu.vn"]


def test_the_event_is_one_story_with_its_timeline_and_the_rest_stay_apart(news):
    landslide = [s for s in api.stories(news) if s.origin.url == ORIGIN_URL]
    assert 1 == len(landslide)
    story = landslide[0]
    assert [ORIGIN_URL, *COPY_URLS, FOLLOW_UP_URL] == [a.url for a in story.articles]
    assert "sạt lở" in story.label
    assert (at(7, 6), at(7, 15)) == (story.first_seen, story.last_seen)
    others = [s for s in api.stories(news) if s.id != story.id]
    assert all(1 == len(s.articles) for s in others)  # nineteen ordinary articles, nineteen stories
    assert len(ORDINARY) == len(others)


def test_stories_can_be_searched_and_bounded_in_time(news):
    assert [ORIGIN_URL] == [s.origin.url for s in api.stories(news, query="Pác Nặm")]
    assert [] == [s for s in api.stories(news, until=at(6, 23)) if s.origin.url == ORIGIN_URL]


def test_the_burst_in_bac_kan_is_an_alert_with_its_articles_and_a_one_line_explanation(news):
    [alert] = api.alerts(news, kinds=["province"])
    assert ("2023-05-07", "Bắc Kạn", 5) == (alert.day, alert.name, alert.count)
    assert "'sạt lở' in Bắc Kạn: 5 articles (2 originals, 3 copies) on 2023-05-07 vs 0.2/day over 6 days" \
        == alert.explanation
    assert {ORIGIN_URL, *COPY_URLS, FOLLOW_UP_URL} == {a.url for a in alert.articles}


def test_an_alert_counts_every_copy_and_stores_how_many_texts_they_are(news):
    """Four sites ran one text and a fifth wrote its own: 5 articles, 2 distinct texts. The burst
    test counts articles (attention includes reach): counted as texts, 2 would not even reach
    min_articles (bantin.connect.bursts has the measurement)."""
    facts = alert_facts(news.conn, [a.id for a in api.alerts(news)])
    assert {("province", "Bắc Kạn", 5, 2, 6, "sạt lở"), ("keyphrase", "sạt lở", 5, 2, 6, None),
            ("entity", "Hoàng Văn Thịnh", 5, 2, 6, None)} == {
        (a.kind, a.name, a.count, facts[a.id]["distinct_texts"], facts[a.id]["window_days"], facts[a.id]["phrase"])
        for a in api.alerts(news)}
    assert 2 < Settings().connect.alert_min_articles
    # the Alert itself carries them too (and `bantin alerts --json`)
    [province] = api.alerts(news, kinds=["province"])
    assert (5, 2, 6, "sạt lở") == (province.count, province.distinct_texts, province.window_days, province.phrase)


def test_an_ordinary_week_raises_no_alert(store):
    connected(store, [a for a in week() if a.published < at(7, 0)])
    assert [] == api.alerts(store)


def test_adding_a_day_updates_everything_as_if_it_had_been_there_all_along(store, news):
    articles = week()
    connected(store, [a for a in articles if a.published < at(7, 0)])
    connected(store, [a for a in articles if a.published >= at(7, 0)])
    assert _view(news) == _view(store)


def test_connecting_twice_changes_nothing(news):
    before = _view(news)
    report = api.connect(news, settings=Settings())
    assert 0 == report.stats.counts["connect/articles"]
    assert before == _view(news)


def _view(store):
    return (
        [(g.origin.url, [c.url for c in g.copies]) for g in api.duplicates(store)],
        sorted([a.url for a in s.articles] for s in api.stories(store)),
        [(a.day, a.kind, a.name, a.explanation) for a in api.alerts(store)],
    )


# -- a store whose alerts were computed before migration 008 -------------------------------------


def _store_at_version_7(path) -> None:
    """The landslide's province alert as bantin stored it before 008: the window and the keyphrase
    only inside the English sentence, the copies not told apart."""
    conn = store_at_version(path, 7)
    conn.executemany("INSERT INTO articles (id, url, source, title, text, day, content_hash, first_seen, last_seen)"
                     " VALUES (?, ?, ?, 'Sạt lở', 'Nội dung.', '2023-05-07', 'h', '2023-05-07T03:00:00Z',"
                     " '2023-05-07T03:00:00Z')",
                     [(i, url, url.split("/")[2]) for i, url in enumerate([ORIGIN_URL, *COPY_URLS, FOLLOW_UP_URL], 1)])
    conn.executemany("INSERT INTO duplicates (article_id, group_id, similarity, exact) VALUES (?, 1, 0.8, 0)",
                     [(1,), (2,), (3,), (4,)])
    conn.executemany("INSERT INTO alerts (id, day, kind, key, name, count, baseline, score, explanation)"
                     " VALUES (?, '2023-05-07', ?, ?, ?, 5, 0.167, 4.5, ?)",
                     [(1, "province", "Bắc Kạn", "Bắc Kạn",
                       "'sạt lở' in Bắc Kạn: 5 articles on 2023-05-07 vs 0.2/day over 6 days"),
                      (2, "keyphrase", "mua lon", "mưa lớn", "'mưa lớn': 5 articles on 2023-05-07 vs 0.2/day over 6 days")])
    conn.executemany("INSERT INTO alert_articles (alert_id, article_id) VALUES (?, ?)",
                     [(alert, article) for alert in (1, 2) for article in range(1, 6)])
    conn.close()


def test_alerts_of_an_existing_store_get_their_columns_from_their_sentence_and_the_duplicates(tmp_path):
    path = tmp_path / "old.db"
    _store_at_version_7(path)
    expected = {1: {"distinct_texts": 2, "window_days": 6, "phrase": "sạt lở"},
                2: {"distinct_texts": 2, "window_days": 6, "phrase": None}}
    with SQLiteStore(path, readonly=True) as store:  # read as it is (the dashboard may not migrate it)
        assert 7 == store.conn.execute("PRAGMA user_version").fetchone()[0]
        assert expected == alert_facts(store.conn, [1, 2])
    with SQLiteStore(path) as store:
        assert 8 <= store.conn.execute("PRAGMA user_version").fetchone()[0]
        assert expected == alert_facts(store.conn, [1, 2])

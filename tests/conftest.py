from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bantin.settings import Settings
from bantin.store import SQLiteStore
from bantin.types import Article

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def store():
    with SQLiteStore(":memory:") as s:
        yield s


@pytest.fixture
def settings() -> Settings:
    return Settings().with_overrides("ingest", workers=1, progress=False)


def article(url: str = "https://baotest.vn/a.html", *, title: str = "Tiêu đề", text: str = "", day: int | None = 1,
            source: str = "baotest.vn", **kw) -> Article:
    return Article(
        url=url,
        source=source,
        title=title,
        text=text or f"{title}. Nội dung bài báo về {title.lower()}.",
        published=datetime(2023, 5, day, 10, 15, tzinfo=VN) if day else None,
        extractor="test",
        **kw,
    )


NEWS_PAGE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>{title} | Báo Thử</title>
<link rel="canonical" href="{url}">
<meta property="article:published_time" content="2023-05-29T10:15:00+07:00"></head>
<body><nav class="menu"><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a></nav>
<article><h1>{title}</h1><h2 class="sapo">{lead}</h2>
<div class="audio-player"><button>Nghe bài viết</button><span>0:00 / 0:00</span></div>
{paragraphs}
<div class="box-tinlienquan"><h3>Tin liên quan</h3><ul><li><a href="/x">Một tin khác rất liên quan đến chuyện này</a></li></ul></div>
</article><footer>Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp. © 2023 Báo Thử.</footer></body></html>"""


def news_page(url: str = "https://baothu.vn/thoi-su/bai-1.html", title: str = "Hội nghị sơ kết 5 năm thực hiện Nghị quyết",
              lead: str = "Chiều 26/5, Ban Thường vụ Đảng ủy Quân sự tỉnh tổ chức hội nghị sơ kết 5 năm thực hiện nghị quyết.",
              body: tuple[str, ...] = ()) -> str:
    body = body or (
        "Dự hội nghị có Đại tá Nguyễn Văn Hùng, Chính ủy Bộ Chỉ huy Quân sự tỉnh, cùng đại diện các cơ quan, đơn vị.",
        "Sau 5 năm, công tác giáo dục quốc phòng và an ninh được triển khai đồng bộ, đạt nhiều kết quả quan trọng.",
        "Lực lượng vũ trang tỉnh đã tham gia phòng chống thiên tai, tìm kiếm cứu nạn, giúp nhân dân ổn định đời sống.",
        "Hội nghị đã khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc trong thực hiện nghị quyết.",
    )
    return NEWS_PAGE.format(url=url, title=title, lead=lead, paragraphs="\n".join(f"<p>{p}</p>" for p in body))


def store_at_version(path, version: int):
    """An autocommit connection to a new store file with the schema of migrations 1..``version``
    only, as an older bantin left it (for tests of what a later migration does to it)."""
    import sqlite3

    from bantin.store.migrations import MIGRATIONS, _statements

    conn = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:version], start=1):
        for statement in _statements(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    return conn

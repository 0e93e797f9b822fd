"""Shared by the web, report and export tests: a store built from the demo corpus (with the
language layer) plus one hostile article, and a real uvicorn server on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

DEMO = Path(__file__).resolve().parent.parent / "demo" / "corpus"
XSS_URL = "javascript:alert(document.cookie)//xss"
XSS_TITLE = '<script>alert("tiêu đề")</script><img src=x onerror=alert(1)> Tin độc hại về Quảng Trị'
XSS_TEXT = ('Bài thử nghiệm an toàn: <script>document.title="hacked"</script> và <a href="javascript:alert(2)">liên kết</a> '
            '<img src=x onerror="document.title=\'owned\'"> Quân sự tỉnh Quảng Trị tổ chức huấn luyện. ') * 3


def build_demo_store(path: Path) -> Path:
    from bantin import api
    from bantin.settings import Settings
    from bantin.types import Article

    settings = Settings().with_overrides("ingest", workers=1, progress=False)
    with api.open_store(path, settings=settings) as store:
        api.ingest([DEMO], store, settings=settings)
        store.write_batch([Article(
            url=XSS_URL, source="xss.example", title=XSS_TITLE, text=XSS_TEXT, lead="<b>sapo</b> độc hại",
            published=datetime(2023, 6, 20, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")), extractor="test")])
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """uvicorn serving ``app`` on 127.0.0.1 in a thread, for the duration of a ``with``."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

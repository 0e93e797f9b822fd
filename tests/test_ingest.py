"""Ingest: every input kind, bad inputs with reasons, parallel workers, kill and resume."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import news_page
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import bantin


def ingest(paths, store, settings, **kw):
    return bantin.ingest([str(p) for p in paths], store, settings=settings, **kw)


def page_html(n: int, site: str = "baothu.vn") -> str:
    return news_page(
        url=f"https://{site}/thoi-su/bai-{n}.html",
        title=f"Tin thời sự số {n}: tỉnh tổ chức hội nghị",
        body=tuple(f"Đoạn {i} của bài {n}: ban chỉ đạo tỉnh họp bàn triển khai nhiệm vụ quân sự, quốc phòng năm nay." for i in range(5)),
    )


def write_pages(directory: Path, count: int, site: str = "baothu.vn") -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = directory / f"bai-{n}.html"
        path.write_text(page_html(n, site), encoding="utf-8")
        paths.append(path)
    return paths


def test_a_single_html_file(tmp_path, store, settings):
    [path] = write_pages(tmp_path, 1)
    report = ingest([path], store, settings)
    assert {"new": 1} == report.stats.store_counts()
    article = store.get("https://baothu.vn/thoi-su/bai-0.html")
    assert "baothu.vn" == article.source
    assert "0:00 / 0:00" not in article.text and "Tin liên quan" not in article.text


def test_a_directory_tree_and_url_sources(tmp_path, store, settings):
    write_pages(tmp_path / "site" / "a", 2)
    no_canonical = tmp_path / "site" / "b" / "no-link.html"
    no_canonical.parent.mkdir(parents=True)
    no_canonical.write_text(page_html(7).replace('<link rel="canonical" href="https://baothu.vn/thoi-su/bai-7.html">', ""))
    sidecar = tmp_path / "site" / "b" / "sidecar.html"
    sidecar.write_text(page_html(8).replace('<link rel="canonical" href="https://baothu.vn/thoi-su/bai-8.html">', ""))
    Path(str(sidecar) + ".url").write_text("https://baokhac.vn/bai-8.html?utm_source=fb\n")
    (tmp_path / "site" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    report = ingest([tmp_path / "site"], store, settings)
    assert {"new": 4} == report.stats.store_counts()
    assert store.get("https://baokhac.vn/bai-8.html") is not None  # sidecar URL, tracking dropped
    assert store.get(no_canonical.resolve().as_uri()) is not None  # the file path as a last resort
    assert 1 == report.stats.counts["skipped_files"]  # the image is not a page


def _warc_record(writer: WARCWriter, url: str, body: bytes, content_type: str = "text/html; charset=utf-8"):
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
    writer.write_record(record)


def make_warc(path: Path, *, corrupt_second: bool = False) -> None:
    members = []
    for n, (url, body, ctype) in enumerate([
        ("https://baothu.vn/thoi-su/bai-1.html", page_html(1).encode(), "text/html; charset=utf-8"),
        ("https://baothu.vn/thoi-su/bai-2.html", page_html(2).encode(), "text/html"),
        ("https://baothu.vn/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
        ("https://baothu.vn/thoi-su/bai-3.html", page_html(3).encode(), "text/html"),
    ]):
        buffer = io.BytesIO()
        _warc_record(WARCWriter(buffer, gzip=True), url, body, ctype)
        data = buffer.getvalue()
        if corrupt_second and n == 1:
            middle = len(data) // 2
            data = data[:middle] + b"\x00garbage\xff" * 8 + data[middle + 80:]
        members.append(data)
    path.write_bytes(b"".join(members))


def test_warc_html_responses_become_articles(tmp_path, store, settings):
    make_warc(tmp_path / "crawl.warc.gz")
    report = ingest([tmp_path / "crawl.warc.gz"], store, settings)
    assert {"new": 3} == report.stats.store_counts()
    assert 1 == report.stats.counts["skipped_records"]  # the PNG


def test_a_corrupt_warc_record_is_reported_and_the_rest_is_read(tmp_path, store, settings):
    make_warc(tmp_path / "crawl.warc.gz", corrupt_second=True)
    report = ingest([tmp_path / "crawl.warc.gz"], store, settings)
    assert {"bad_record": 1} == report.stats.drops
    assert store.get("https://baothu.vn/thoi-su/bai-1.html") is not None
    assert store.get("https://baothu.vn/thoi-su/bai-3.html") is not None
    assert "crawl.warc.gz#" in report.rejected[0].locator


def test_jsonl_with_html_or_text_and_bad_lines(tmp_path, store, settings):
    lines = [
        json.dumps({"url": "https://baothu.vn/j/1.html", "html": page_html(1)}, ensure_ascii=False),
        json.dumps({"url": "https://nguon.vn/j/2", "title": "Bản tin văn bản", "published": "2023-05-29T10:15:00+07:00",
                    "source": "Nguồn Thử", "text": "Bản tin chỉ có văn bản. " * 10}, ensure_ascii=False),
        "{not json",
        json.dumps({"html": "<p>no url</p>"}),
    ]
    path = tmp_path / "dump.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    report = ingest([path], store, settings)
    assert {"new": 2} == report.stats.store_counts()
    assert {"bad_record": 2} == report.stats.drops
    text_only = store.get("https://nguon.vn/j/2")
    assert ("Nguồn Thử", "provided", "2023-05-29T10:15:00+07:00") == (
        text_only.source, text_only.extractor, text_only.published.isoformat())
    assert [f"{path}:3", f"{path}:4"] == [r.locator for r in report.rejected]


def test_bad_inputs_each_get_a_reason_and_the_rest_is_ingested(tmp_path, store, settings):
    good = write_pages(tmp_path / "in", 2)
    (tmp_path / "in" / "empty.html").write_bytes(b"")
    (tmp_path / "in" / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4000))
    (tmp_path / "in" / "truncated.html").write_text(page_html(5)[:300])
    big = tmp_path / "in" / "huge.html"
    with big.open("w") as fh:
        fh.write("<html><body>" + "<p>" + "Rất dài. " * 2_400_000 + "</p></body></html>")
    (tmp_path / "in" / "garbage.html").write_bytes(b"<html><body><p>" + bytes(range(0x80, 0x100)) * 400 + b"</p></body></html>")
    report = ingest([tmp_path / "in"], store, settings)
    assert big.stat().st_size > 20_000_000
    assert {"new": len(good)} == report.stats.store_counts()
    drops = {Path(r.locator).name: r.reason for r in report.rejected}
    assert {
        "empty.html": "empty_file",
        "binary.html": "binary_content",
        "truncated.html": "no_main_text",
        "huge.html": "too_large",
        "garbage.html": drops["garbage.html"],
    } == drops
    assert drops["garbage.html"] in {"decode_error", "no_main_text", "binary_content"}
    assert report.failed
    assert all(r.detail for r in report.rejected)  # every message says why


def test_parallel_workers_give_the_same_store(tmp_path, settings):
    write_pages(tmp_path / "in", 30)
    results = []
    for workers in (1, 2):
        with bantin.open_store(tmp_path / f"w{workers}.db") as s:
            bantin.ingest([str(tmp_path / "in")], s, settings=settings.with_overrides("ingest", workers=workers, batch_size=4))
            results.append(sorted((a["url"], a["content_hash"]) for a in s.conn.execute("SELECT url, content_hash FROM articles")))
    assert 30 == len(results[0])
    assert results[0] == results[1]


def test_reingesting_is_a_no_op_and_an_edit_is_a_revision(tmp_path, store, settings):
    [path] = write_pages(tmp_path, 1)
    ingest([path], store, settings)
    assert {"unchanged": 1} == ingest([path], store, settings).stats.store_counts()
    path.write_text(page_html(0).replace("Đoạn 4 của bài 0", "Đoạn 4 (đã cập nhật) của bài 0"))
    assert {"revised": 1} == ingest([path], store, settings).stats.store_counts()
    assert [1, 2] == [r["revision"] for r in store.revisions("https://baothu.vn/thoi-su/bai-0.html")]


def test_a_killed_ingest_leaves_a_consistent_store_and_a_rerun_completes_it(tmp_path):
    count = 400
    write_pages(tmp_path / "in", count)
    db = tmp_path / "news.db"
    env = dict(os.environ, BANTIN_INGEST_BATCH_SIZE="8", BANTIN_INGEST_WORKERS="1")
    command = [sys.executable, "-m", "bantin", "ingest", str(tmp_path / "in"), "--db", str(db), "--quiet"]
    process = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        try:
            stored = sqlite3.connect(db, timeout=5).execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            continue
        if stored >= 40:
            process.send_signal(signal.SIGKILL)
            break
    process.wait()
    assert 0 < stored < count, "the ingest finished before it could be killed"
    conn = sqlite3.connect(db)
    assert "ok" == conn.execute("PRAGMA integrity_check").fetchone()[0]
    partial = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert partial % 8 == 0  # whole batches only
    conn.close()
    subprocess.run(command, env=env, check=True)
    conn = sqlite3.connect(db)
    assert count == conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert count == conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    assert count == conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]


def write_jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


TEXT = "Bản tin chỉ có văn bản, đủ dài để được giữ lại sau khi trích xuất nội dung chính. " * 3


def test_an_invalid_published_date_keeps_the_article_undated_and_is_counted(tmp_path, store, settings, caplog):
    path = write_jsonl(tmp_path / "dump.jsonl",
                       {"url": "https://nguon.vn/a", "published": "2023-02-30", "text": TEXT},
                       {"url": "https://nguon.vn/b", "published": "2023-02-28", "text": TEXT + "Hai."})
    report = ingest([path], store, settings)
    assert {"new": 2} == report.stats.store_counts()
    assert store.get("https://nguon.vn/a").published is None
    assert 28 == store.get("https://nguon.vn/b").published.day
    assert {"invalid_published": 1} == report.stats.warnings == report.as_dict()["warnings"]
    assert [f"{path}:1: invalid published date '2023-02-30' ignored (the article is kept, undated)"] == caplog.messages


def test_only_http_urls_are_article_urls_and_the_rest_of_the_batch_is_kept(tmp_path, store, settings):
    path = write_jsonl(tmp_path / "dump.jsonl",
                       {"url": "javascript:alert(1)", "text": TEXT},
                       {"url": "ftp://nguon.vn/a", "text": TEXT},
                       {"url": "https:///no-host", "text": TEXT},
                       {"url": "https://nguon.vn/a", "text": TEXT})
    report = ingest([path], store, settings)
    assert {"new": 1} == report.stats.store_counts()
    assert [
        "unsupported URL scheme 'javascript': 'javascript:alert(1)'",
        "unsupported URL scheme 'ftp': 'ftp://nguon.vn/a'",
        "no host in the URL: 'https:///no-host'",
    ] == [r.detail for r in report.rejected]


def test_a_binary_file_is_one_drop_not_one_per_line(tmp_path, store, settings):
    tarball = tmp_path / "pages.tar.gz"  # gzip, but neither WARC nor JSON lines inside
    tarball.write_bytes(gzip.compress(os.urandom(20_000) + b"\n" * 500))
    brace = tmp_path / "upload.bin"  # starts like JSON, is not text
    brace.write_bytes(b"{" + bytes(range(256)) * 40 + b"\n" * 300)
    named = tmp_path / "named.jsonl"  # named as JSON lines, holds binary
    named.write_bytes(bytes(range(256)) * 40 + b"\n" * 300)
    report = ingest([tarball, brace, named], store, settings)
    assert [(str(p), "binary_content", "binary file, not HTML/WARC/JSONL") for p in (tarball, brace, named)] == [
        (r.locator, r.reason, r.detail) for r in report.rejected]


def test_a_missing_path_or_a_directory_without_inputs_is_a_usage_error_and_nothing_is_written(tmp_path):
    from bantin.collect.inputs import InputError, check_inputs

    (tmp_path / "empty").mkdir()
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "logo.png").write_bytes(b"\x89PNG")
    for path, message in [
        (tmp_path / "none", f"no such file or directory: {tmp_path / 'none'}"),
        (tmp_path / "empty", f"{tmp_path / 'empty'}: nothing to ingest: the directory is empty"),
        (tmp_path / "images", f"{tmp_path / 'images'}: nothing to ingest: no HTML, WARC or JSONL file among its 1 file"),
    ]:
        with pytest.raises(InputError, match=re.escape(message)):
            check_inputs([str(path)])
        db = tmp_path / "never.db"
        result = subprocess.run([sys.executable, "-m", "bantin", "ingest", str(path), "--db", str(db)],
                                capture_output=True, text=True, check=False)
        assert (2, [f"bantin: {message}"], "", False) == (
            result.returncode, result.stderr.splitlines(), result.stdout, db.exists())


def test_the_api_checks_its_inputs_as_the_cli_does_before_reading_any(tmp_path, settings):
    from bantin.api import InputError

    good = write_pages(tmp_path / "in", 1)
    with bantin.open_store(tmp_path / "store.db", settings=settings) as store:
        with pytest.raises(InputError, match=re.escape(f"no such file or directory: {tmp_path / 'none'}")):
            ingest([*good, tmp_path / "none"], store, settings)
        assert 0 == store.stats()["articles"]  # the good page before it was not stored either
        report = ingest(iter(good), store, settings)  # any iterable of paths, read once
        assert {"new": 1} == report.stats.store_counts()

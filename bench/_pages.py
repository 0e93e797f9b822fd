"""Realistic Vietnamese news pages generated from the VNTC texts, streamed into a WARC.gz.

Each VNTC line ``{"id", "topic", "text"}`` becomes one article page of one of four site templates
(header menu, breadcrumb, h1, ``<h2 class="sapo">``, a "Thứ Hai, 29/05/2023 10:15" dateline and/or
``article:published_time``, body ``<p>``s, a "Tin liên quan" box, share buttons, a licence footer),
at ``https://<site>/<topic-slug>/<id-slug>.html``, published at a date spread over 2023.
Pages are produced one at a time: nothing holds the corpus in memory.
"""

from __future__ import annotations

import collections
import gzip
import html
import io
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

VN = timezone(timedelta(hours=7))
YEAR_START = datetime(2023, 1, 1, 6, 0, tzinfo=VN)
YEAR_MINUTES = 365 * 24 * 60 - 18 * 60  # so that every date stays inside 2023
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
SECTIONS = {
    "Chinh tri Xa hoi": "Chính trị - Xã hội", "Doi song": "Đời sống", "Khoa hoc": "Khoa học",
    "Kinh doanh": "Kinh doanh", "Phap luat": "Pháp luật", "Suc khoe": "Sức khỏe", "The gioi": "Thế giới",
    "The thao": "Thể thao", "Van hoa": "Văn hóa", "Vi tinh": "Vi tính",
}
MENU = ("Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục", "Sức khỏe", "Đời sống")
# A headline is the first line when it is short; else the text up to an outlet tag such as "(NLĐ)-".
MAX_HEADLINE_CHARS = 200
_OUTLET_TAG = re.compile(r"\s*\((?:NLĐ|TTO|TN|VnExpress|TTXVN)\)\s*-?\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])")
SENTENCES_PER_PARAGRAPH = 3
# Earlier headlines kept for the "Đọc nhiều" sidebar; the last three also fill "Tin liên quan".
RELATED_KEPT = 10


def vntc_records(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def split_text(text: str) -> tuple[str, list[str]]:
    """(headline, paragraphs): lines of the body, long lines cut every few sentences."""
    lines = [" ".join(line.split()) for line in text.replace("\r", "").split("\n")]
    lines = [line for line in lines if line]
    first = lines[0] if lines else ""
    if len(first) <= MAX_HEADLINE_CHARS and len(lines) > 1:
        headline, rest = first, lines[1:]
    elif (tag := _OUTLET_TAG.search(first[:MAX_HEADLINE_CHARS + 20])) and tag.start() > 10:
        headline, rest = first[: tag.start()], [first[tag.end():], *lines[1:]]
    else:
        words = first.split()
        headline, rest = " ".join(words[:12]), [" ".join(words[12:]), *lines[1:]]
    paragraphs = []
    for line in rest:
        sentences = _SENTENCE_END.split(line)
        for i in range(0, len(sentences), SENTENCES_PER_PARAGRAPH):
            paragraphs.append(" ".join(sentences[i : i + SENTENCES_PER_PARAGRAPH]))
    return headline, [p for p in paragraphs if p]


SITES = (
    ("vnexpress.net", "VnExpress", "Giấy phép số 548/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 24/08/2021"),
    ("tuoitre.vn", "Tuổi Trẻ Online", "Giấy phép số 416/GP-BTTTT cấp ngày 28/08/2019. Tổng biên tập: Lê Thế Chữ"),
    ("thanhnien.vn", "Thanh Niên", "Giấy phép số 33/GP-BTTTT cấp ngày 18/01/2021. © Bản quyền thuộc về báo Thanh Niên"),
    ("nld.com.vn", "Người Lao Động", "Giấy phép số 115/GP-BTTTT cấp ngày 09/03/2022. Cấm sao chép dưới mọi hình thức"),
)
SOURCE_SITE = {"VNE": 0, "TT": 1, "TN": 2, "NLD": 3}


def _site_of(record_id: str, index: int) -> int:
    code = record_id.replace(" ", "").split("_")[1:2]
    return SOURCE_SITE.get(code[0] if code else "", index % len(SITES))


def render(record: dict, index: int, round_no: int, related: list[tuple[str, str]]) -> tuple[str, str, datetime]:
    """(url, html, published) for the ``index``-th page, made from ``record`` in pass ``round_no`` over the corpus."""
    e = html.escape
    site_no = _site_of(record["id"], index)
    host, name, licence = SITES[site_no]
    topic = record["topic"]
    section = SECTIONS.get(topic, topic)
    headline, paragraphs = split_text(record["text"])
    sentences = _SENTENCE_END.split(paragraphs[0]) if paragraphs else [""]
    sapo = sentences[0]  # the first sentence is the lead; the body goes on after it
    paragraphs = ([" ".join(sentences[1:])] if len(sentences) > 1 else []) + paragraphs[1:]
    repeat = f"-r{round_no + 1}" if round_no else ""
    url = f"https://{host}/{slug(topic)}/{slug(record['id'])}{repeat}.html"
    published = YEAR_START + timedelta(minutes=(index * 7919) % YEAR_MINUTES)
    dateline = f"{WEEKDAYS[published.weekday()]}, {published:%d/%m/%Y %H:%M}"
    menu = "".join(f'<li><a href="https://{host}/{slug(m)}">{m}</a></li>' for m in MENU)
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    links = "".join(f'<li><a href="{e(u)}">{e(t)}</a></li>' for u, t in related[-3:])
    most_read = "".join(f'<li><a href="{e(u)}">{e(t)}</a></li>' for u, t in reversed(related))
    share = ('<div class="social-share"><a class="fb" href="#">Facebook</a><a class="zalo" href="#">Zalo</a>'
             '<a class="copy" href="#">Sao chép liên kết</a></div>')
    crumb = (f'<ul class="breadcrumb"><li><a href="https://{host}/">Trang chủ</a></li>'
             f'<li><a href="https://{host}/{slug(topic)}">{e(section)}</a></li></ul>')
    meta_time = f'<meta property="article:published_time" content="{published.isoformat()}">'
    if site_no == 0:    # vnexpress-like: dateline only
        head_meta, main = "", (
            f'<div class="sidebar-1">{crumb}<span class="date">{dateline} (GMT+7)</span>'
            f'<h1 class="title-detail">{e(headline)}</h1><h2 class="sapo description">{e(sapo)}</h2>'
            f'<article class="fck_detail">{body}<p class="author_mail"><strong>Minh Anh</strong></p></article>'
            f'{share}<div class="box-tinlienquan"><h3>Tin liên quan</h3><ul>{links}</ul></div></div>')
    elif site_no == 1:  # tuoitre-like: both
        head_meta, main = meta_time, (
            f'<div class="detail-cate">{crumb}</div><h1 class="detail-title article-title">{e(headline)}</h1>'
            f'<div class="detail-time"><div data-role="publishdate">{published:%d/%m/%Y %H:%M} GMT+7</div></div>'
            f'{share}<h2 class="detail-sapo sapo">{e(sapo)}</h2><div class="detail-content afcb-body">{body}</div>'
            f'<div class="author-info"><a class="name" href="#">NGỌC ÁNH</a></div>'
            f'<div class="relate-container"><div class="title">Tin liên quan</div><ul>{links}</ul></div>')
    elif site_no == 2:  # thanhnien-like: meta tag only
        head_meta, main = meta_time, (
            f'{crumb}<h1 class="detail__title"><span>{e(headline)}</span></h1>'
            f'<div class="detail__meta"><div class="author">Trần Phương</div>{share}</div>'
            f'<h2 class="sapo detail__sapo">{e(sapo)}</h2><div class="detail__cmain-main">{body}</div>'
            f'<div class="detail__related"><h3>Tin liên quan</h3><ul>{links}</ul></div>')
    else:               # nld-like: both, in an <article>
        head_meta, main = meta_time, (
            f'{crumb}<article><header><h1 class="title-content">{e(headline)}</h1>'
            f'<div class="date-time">{dateline}</div></header><h2 class="sapo">{e(sapo)}</h2>'
            f'<div class="content-news-detail">{body}</div><p class="author">HỒNG NHUNG</p></article>'
            f'{share}<aside class="tin-lien-quan"><h3>Tin liên quan</h3><ul>{links}</ul></aside>')
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{e(headline)} - {e(name)}</title>
<link rel="canonical" href="{url}"><meta property="og:url" content="{url}">
<meta property="og:title" content="{e(headline)}"><meta name="description" content="{e(sapo)}">{head_meta}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"section":"{e(section)}","site":"{host}"}});</script>
<style>.header{{position:sticky;top:0}}.sapo{{font-weight:700}}</style></head>
<body><header class="header"><a class="logo" href="https://{host}/">{e(name)}</a>
<nav class="main-nav"><ul>{menu}</ul></nav><div class="search"><input placeholder="Tìm kiếm"></div></header>
<main class="container">{main}
<aside class="sidebar most-read"><h3>Đọc nhiều</h3><ol>{most_read}</ol></aside>
<div class="banner-ads qc">Quảng cáo</div></main>
<footer class="footer"><ul class="footer-menu">{menu}</ul><p>{e(licence)}</p>
<p>Đường dây nóng: 0912 345 678. Liên hệ quảng cáo: ads@{host}</p></footer></body></html>"""
    return url, page, published


def generate_pages(vntc: Path, count: int) -> Iterator[tuple[str, str, datetime]]:
    """``count`` pages, cycling over the corpus (later rounds get distinct URLs)."""
    related: collections.deque[tuple[str, str]] = collections.deque(maxlen=RELATED_KEPT)
    records = ((n, r) for n in itertools.count() for r in vntc_records(vntc))
    for index, (round_no, record) in zip(range(count), records):
        url, page, published = render(record, index, round_no, list(related))
        related.append((url, split_text(record["text"])[0]))
        yield url, page, published


def write_warc(vntc: Path, out: Path, count: int) -> int:
    """Streams ``count`` pages into a WARC.gz of response records; returns the bytes of HTML written."""
    return write_records(out, generate_pages(vntc, count))


def write_records(out: Path, pages: Iterable[tuple[str, str, datetime]]) -> int:
    """Writes (url, html, published) pages as WARC.gz response records fetched 3 hours after
    publication; returns the bytes of HTML written."""
    html_bytes = 0
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, page, published in pages:
            payload = page.encode("utf-8")
            html_bytes += len(payload)
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                               ("Content-Length", str(len(payload)))], protocol="HTTP/1.1")
            fetched = (published + timedelta(hours=3)).astimezone(timezone.utc)
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), http_headers=http,
                warc_headers_dict={"WARC-Date": fetched.strftime("%Y-%m-%dT%H:%M:%SZ")},
            )
            writer.write_record(record)
    return html_bytes

"""The periodic review report on the demo corpus: the data (a pure function of the store), and
HTML, Markdown and PDF with Vietnamese diacritics intact."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime

import pytest
from click.testing import CliRunner

from bantin.cli import cli
from bantin.report import build_report
from bantin.report.render_html import render_html
from bantin.report.render_md import render_markdown
from bantin.store.sqlite import SQLiteStore
from web_support import build_demo_store

SINCE, UNTIL = date(2023, 5, 1), date(2023, 6, 30)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_demo_store(tmp_path_factory.mktemp("report") / "demo.db")


@pytest.fixture(scope="module")
def data(db):
    with SQLiteStore(db, readonly=True) as store:
        return build_report(store.conn, since=SINCE, until=UNTIL, now=datetime(2023, 7, 1, 8, 0))


def test_report_data_adds_up(data):
    assert 45 <= data.figures["articles"] == sum(data.volume.values()) == sum(s["articles"] for s in data.sources)
    assert 0 == data.previous["articles"] and data.change() is None
    assert 61 == data.days and "day" == data.interval
    assert data.people and data.organisations and data.places and data.provinces
    assert all(a["articles"] >= b["articles"] for a, b in zip(data.people, data.people[1:]))
    assert "Quảng Trị" in {p["name_2025"] for p in data.provinces}
    assert data.emerging and all(SINCE <= e["day"] <= UNTIL for e in data.emerging)


def test_report_data_is_a_pure_function_of_the_store(db, data):
    with SQLiteStore(db, readonly=True) as store:
        again = build_report(store.conn, since=SINCE, until=UNTIL, now=datetime(2023, 7, 1, 8, 0))
    assert data == again


def test_a_query_narrows_the_report(db):
    with SQLiteStore(db, readonly=True) as store:
        narrowed = build_report(store.conn, since=SINCE, until=UNTIL, query="quân sự")
        total = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < narrowed.figures["articles"] < total


def test_html_has_every_section_and_inline_charts(data):
    html = render_html(data)
    for heading in ("Số liệu chính", "Số bài theo thời gian", "Sự kiện nổi bật", "Nhân vật, tổ chức, địa phương",
                    "Nguồn tin: bài gốc và bài đăng lại", "Vấn đề nổi lên", "Phương pháp"):
        assert heading in html
    assert html.count("<svg") >= 5 and "<script" not in html.split("<body>", 1)[1].replace("&lt;script", "")
    assert "&lt;script&gt;" in html or "<script>" not in html  # hostile names are escaped
    assert "Press coverage review" in render_html(data, lang="en")


def test_markdown_report(data):
    text = render_markdown(data)
    assert text.startswith("# Báo cáo sơ kết thông tin báo chí")
    assert "| Số bài | Số nguồn tin |" in text and "01/05/2023 – 30/06/2023" in text
    assert "## 7. Phương pháp" in text


@pytest.mark.parametrize("fmt", ["html", "md", "pdf"])
def test_the_report_command_writes_each_format(db, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    result = CliRunner().invoke(cli, ["report", "--from", "2023-05-01", "--to", "2023-06-30", "--db", str(db), "--out", str(out)])
    assert 0 == result.exit_code, result.output
    assert out.stat().st_size > 1000
    if fmt != "pdf":
        assert "Báo cáo sơ kết" in out.read_text(encoding="utf-8")


def test_pdf_pages_and_text_keep_vietnamese_diacritics(db, tmp_path):
    pytest.importorskip("weasyprint")
    from pypdf import PdfReader

    out = tmp_path / "report.pdf"
    result = CliRunner().invoke(cli, ["report", "--from", "2023-05-01", "--to", "2023-06-30", "--db", str(db),
                                      "--out", str(out), "--format", "pdf"])
    assert 0 == result.exit_code, result.output
    reader = PdfReader(out)
    assert 3 <= len(reader.pages) <= 12
    text = "\n".join(page.extract_text() for page in reader.pages)
    for phrase in ("Báo cáo sơ kết thông tin báo chí", "Số bài theo thời gian", "Nhân vật", "Tỉnh thành", "Phương pháp",
                   "Quảng Trị", "Nghị quyết 202/2025/", "Khánh Hòa", "tỉnh thành được quy đổi"):
        assert phrase in " ".join(text.split()), phrase
    if shutil.which("pdftotext"):
        plain = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "Báo cáo sơ kết" in plain and "Quảng Trị" in plain
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
        assert " yes " in fonts  # the fonts are embedded


def test_report_errors_are_one_line_and_exit_2(db, tmp_path):
    runner = CliRunner()
    bad_query = runner.invoke(cli, ["report", "--from", "2023-05-01", "--to", "2023-06-30", "--query", '"quân',
                                    "--db", str(db), "--out", str(tmp_path / "r.html")])
    assert 2 == bad_query.exit_code and "bad query" in bad_query.output
    backwards = runner.invoke(cli, ["report", "--from", "2023-06-30", "--to", "2023-05-01", "--db", str(db),
                                    "--out", str(tmp_path / "r.html")])
    assert 2 == backwards.exit_code


def test_decimals_follow_the_report_language(data):
    import re

    vi, en = render_markdown(data, lang="vi"), render_markdown(data, lang="en")
    per_day = data.figures["per_day"]
    assert f"| {per_day:.1f} |".replace(".", ",") in vi and f"| {per_day:.1f} |" in en
    figures_vi, figures_en = vi.split("## 2.")[0], en.split("## 2.")[0]
    assert not re.search(r"\d\.\d", figures_vi.split("Lập lúc")[1].split("\n", 1)[1])
    assert not re.search(r"\d,\d", figures_en.split("Generated")[1].split("\n", 1)[1])
    assert f"<b>{per_day:.1f}</b>".replace(".", ",") in render_html(data) and f"<b>{per_day:.1f}</b>" in render_html(data, lang="en")
    for issue in (e for e in data.emerging if isinstance(e["baseline"], float)):
        assert f"| {issue['baseline']:.1f} |".replace(".", ",") in vi and f"| {issue['baseline']:.1f} |" in en


def test_alert_reasons_are_in_the_report_language(data):
    if data.emerging_from != "alerts":
        pytest.skip("no alerts on this store")
    vi, en = render_html(data, lang="vi"), render_html(data, lang="en")
    assert "articles on" not in vi and "/day over" not in vi  # the stored English sentence is not shown
    assert "/ngày" in vi and "/day" in en


def test_an_alerts_copies_and_its_province_phrase_are_told_from_its_columns(data):
    """The storm day's alerts are one text run by three outlets: "3 bài (1 bài gốc, 2 bài đăng lại)"."""
    storm = [e for e in data.emerging if e["day"] == date(2023, 6, 14)]
    if data.emerging_from != "alerts" or not storm:
        pytest.skip("no alerts on this store")
    assert {(3, 1, 9)} == {(e["articles"], e["distinct_texts"], e["window_days"]) for e in storm}
    for text in (render_html(data, lang="vi"), render_markdown(data, lang="vi")):
        assert "3 bài (1 bài gốc, 2 bài đăng lại) ngày 14/06/2023, so với 0,0/ngày trong 9 ngày trước đó" in text
    for text in (render_html(data, lang="en"), render_markdown(data, lang="en")):
        assert "3 articles (1 original, 2 copies) on 14/06/2023, against 0.0/day over the previous 9 days" in text
    assert "| 'áp thấp nhiệt đới' ở Khánh Hòa: 3 bài" in render_markdown(data, lang="vi")


def test_story_labels_are_written_as_the_articles_write_them(data):
    if not data.stories:
        pytest.skip("no stories on this store")
    labels = [s["label"] for s in data.stories if s["label"]]
    assert labels and all(label[0].isupper() for label in labels)
    assert "Đảng bộ tỉnh Nghệ An" in " ".join(labels) or "THPT" in " ".join(labels)

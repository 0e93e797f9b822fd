"""The command line: help everywhere, documented in the README, contract fields, clean errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from bantin.cli import cli
from conftest import news_page

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def commands(group: click.Group, prefix: str = "bantin"):
    for name, command in sorted(group.commands.items()):
        yield f"{prefix} {name}", command
        if isinstance(command, click.Group):
            yield from commands(command, f"{prefix} {name}")


@pytest.mark.parametrize("name, command", list(commands(cli)))
def test_every_command_has_help_and_is_in_the_readme(name, command):
    result = CliRunner().invoke(cli, name.split()[1:] + ["--help"])
    assert 0 == result.exit_code
    assert command.help
    assert f"`{name}" in README, f"{name} is not documented in README.md"


def run(*args: str, ok: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "bantin", *args], capture_output=True, text=True)
    if ok:
        assert 0 == result.returncode, result.stderr
    return result


@pytest.fixture
def pages(tmp_path) -> Path:
    (tmp_path / "in").mkdir()
    for n in range(3):
        (tmp_path / "in" / f"{n}.html").write_text(
            news_page(url=f"https://baothu.vn/bai-{n}.html", title=f"Đảng ủy Quân sự tỉnh họp phiên thứ {n}"), encoding="utf-8")
    return tmp_path / "in"


def test_python_dash_m_and_the_console_script_are_the_same_program():
    assert "ingest" in run("--help").stdout


def test_extract_json_has_the_contract_fields(pages):
    line = run("extract", str(pages / "0.html"), "--json").stdout.splitlines()[0]
    record = json.loads(line)
    assert ["path", "url", "title", "lead", "text", "published", "authors", "section", "language", "extractor"] == list(record)
    assert ("https://baothu.vn/bai-0.html", "2023-05-29T10:15:00+07:00", "vi") == (
        record["url"], record["published"], record["language"])
    assert record["text"].startswith(record["lead"])


def test_extract_with_an_explicit_url(pages):
    record = json.loads(run("extract", str(pages / "1.html"), "--url", "https://khac.vn/x", "--json").stdout)
    assert "https://khac.vn/x" == record["url"]


def test_ingest_then_search_json_and_csv(pages, tmp_path):
    db = str(tmp_path / "t.db")
    out = run("ingest", str(pages), "--db", db).stdout
    assert "3 articles" in out and "Articles by source" in out and "Top terms" in out
    hits = [json.loads(line) for line in run("search", "dang uy quan su", "--db", db, "--json").stdout.splitlines()]
    assert 3 == len(hits)
    assert ["id", "url", "title", "source", "published", "snippet", "score"] == list(hits[0])
    csv_out = run("search", "dang uy", "--db", db, "--csv", "--limit", "1").stdout.splitlines()
    assert "id,url,title,source,published,snippet,score" == csv_out[0] and 2 == len(csv_out)
    stats = json.loads(run("stats", "--db", db, "--json").stdout)
    assert 3 == stats["articles"] and {"baothu.vn": 3} == stats["sources"]


def test_a_malformed_query_is_one_line_and_exit_code_2(pages, tmp_path):
    db = str(tmp_path / "t.db")
    run("ingest", str(pages), "--db", db)
    result = run("search", '"quân sự', "--db", db, ok=False)
    assert 2 == result.returncode
    assert ["bantin: bad query: unbalanced quote: a phrase must end with \""] == result.stderr.splitlines()


def test_search_without_a_store_says_what_to_do(tmp_path):
    result = run("search", "bão", "--db", str(tmp_path / "none.db"), ok=False)
    assert 2 == result.returncode and "run 'bantin ingest' first" in result.stderr


def test_ingest_with_drops_exits_1_and_names_each_file(pages, tmp_path):
    (pages / "empty.html").write_bytes(b"")
    result = run("ingest", str(pages), "--db", str(tmp_path / "t.db"), ok=False)
    assert 1 == result.returncode
    assert f"bantin: dropped {pages / 'empty.html'}: empty_file (the file is empty)" in result.stderr

"""bantin export: every match, no cap, in CSV, JSON lines and Parquet, text intact."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner
from conftest import article

from bantin import export
from bantin.cli import cli
from bantin.store.sqlite import SQLiteStore
from bantin.web.queries import Selection


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "store.db"
    with SQLiteStore(path) as store:
        store.write_batch([article(f"https://baothu.vn/{n}.html", title=f"Bão số {n} đổ bộ miền Trung",
                                   day=1 + n % 28) for n in range(5_050)])
        store.write_batch([article("https://baothu.vn/other.html", title="Giải bóng đá")])
    return path


def run(*args: str):
    return CliRunner().invoke(cli, ["export", *args])


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_has_no_cap(db, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    result = run("mien trung", "--format", fmt, "--out", str(out), "--db", str(db))
    assert 0 == result.exit_code, result.output
    if fmt == "csv":
        with out.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
    assert 5_050 == len(rows)
    assert list(export.FIELDS) == list(rows[0])
    assert "Bão số 0 đổ bộ miền Trung" == rows[0]["title"]
    assert "5,050 articles" in result.output


def test_star_exports_everything_and_filters_apply(db, tmp_path):
    out = tmp_path / "all.jsonl"
    assert 0 == run("*", "--format", "jsonl", "--out", str(out), "--db", str(db)).exit_code
    assert 5_051 == len(out.read_text(encoding="utf-8").splitlines())
    assert 0 == run("*", "--format", "jsonl", "--out", str(out), "--db", str(db), "--since", "2023-05-27").exit_code
    days = {json.loads(line)["published"][:10] for line in out.read_text(encoding="utf-8").splitlines()}
    assert {"2023-05-27", "2023-05-28"} == days


def test_bad_query_or_format(db, tmp_path):
    result = run('"bão', "--format", "csv", "--out", str(tmp_path / "x.csv"), "--db", str(db))
    assert 2 == result.exit_code and "bad query" in result.output
    assert 2 == run("bão", "--format", "xlsx", "--out", "x", "--db", str(db)).exit_code
    with pytest.raises(export.ExportError):
        list(export.stream(iter(()), "xlsx"))


def test_rows_stream_from_one_cursor(db):
    with SQLiteStore(db, readonly=True) as store:
        rows = export.rows(store.conn, Selection(query="mien trung"))
        first = next(rows)
        assert 1 == first["id"] and [] == first["entities"]


def test_an_unwritable_out_is_one_line_and_exit_2(db, tmp_path):
    missing = tmp_path / "sub" / "none.csv"
    result = run("*", "--format", "csv", "--out", str(missing), "--db", str(db))
    assert 2 == result.exit_code
    assert f"bantin: cannot write {missing}: No such file or directory\n" == result.output
    result = run("*", "--format", "csv", "--out", str(tmp_path), "--db", str(db))
    assert 2 == result.exit_code
    assert f"bantin: cannot write {tmp_path}: Is a directory\n" == result.output


def test_a_failed_export_leaves_no_file_and_keeps_the_old_one(db, tmp_path):
    out = tmp_path / "out.csv"
    assert 2 == run('"bão', "--format", "csv", "--out", str(out), "--db", str(db)).exit_code
    assert [] == list(tmp_path.glob("*out.csv*"))  # neither the file nor a temporary one
    out.write_text("the previous export", encoding="utf-8")
    assert 2 == run('"bão', "--format", "csv", "--out", str(out), "--db", str(db)).exit_code
    assert "the previous export" == out.read_text(encoding="utf-8")
    assert [out] == list(tmp_path.glob("*out.csv*"))


def test_an_export_gets_the_mode_open_would_give_it(db, tmp_path):
    out = tmp_path / "out.jsonl"
    assert 0 == run("bóng đá", "--format", "jsonl", "--out", str(out), "--db", str(db)).exit_code
    assert 1 == len(out.read_text(encoding="utf-8").splitlines())
    plain = tmp_path / "plain"
    plain.open("wb").close()
    assert plain.stat().st_mode == out.stat().st_mode  # not left private (0600) by the temporary file
    assert [] == list(tmp_path.glob(".out.jsonl*"))


def test_a_device_is_written_directly(db):
    assert 0 == run("*", "--format", "csv", "--out", "/dev/null", "--db", str(db)).exit_code


def test_an_export_through_a_symlink_replaces_the_file_linked_to(db, tmp_path):
    target, link = tmp_path / "target.jsonl", tmp_path / "link.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link.symlink_to(target)
    assert 0 == run("bóng đá", "--format", "jsonl", "--out", str(link), "--db", str(db)).exit_code
    assert link.is_symlink() and "Giải bóng đá" == json.loads(target.read_text(encoding="utf-8"))["title"]

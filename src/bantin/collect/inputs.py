"""One entry point for offline inputs: paths to HTML files, directory trees, WARC and JSONL files."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from bantin import reasons
from bantin.collect.files import HTML_SUFFIXES, SIDECAR_SUFFIX, read_html_file, walk
from bantin.collect.jsonl import read_jsonl
from bantin.collect.warc import SKIP, read_warc
from bantin.pipeline.stats import FILES, SKIPPED_FILES, SKIPPED_RECORDS, Stats
from bantin.text.encoding import looks_binary
from bantin.types import Page, Rejected

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


def kind_of(path: Path) -> str | None:
    """'html', 'warc', 'jsonl', or None for files that are not inputs (judged by name)."""
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    return None


BINARY_DETAIL = "binary file, not HTML/WARC/JSONL"
# How much of a file (decompressed, for gzip) is looked at to tell its kind.
SNIFF_BYTES = 4096


class InputError(ValueError):
    """A path that cannot be an input at all (missing, or a directory without any input file):
    a usage error, found before anything is read or written."""


def check_inputs(paths: Iterable[str | Path]) -> None:
    """Raises ``InputError`` for the first path that does not exist or is a directory holding
    no HTML, WARC or JSONL file."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"no such file or directory: {raw}")
        if path.is_dir():
            others = 0
            for file in walk(path):
                if kind_of(file):
                    break
                others += not file.name.endswith(SIDECAR_SUFFIX)
            else:
                if not others:
                    raise InputError(f"{raw}: nothing to ingest: the directory is empty")
                raise InputError(f"{raw}: nothing to ingest: no HTML, WARC or JSONL file among its "
                                 f"{others:,} file{'s' if others != 1 else ''}")


def sniff_kind(path: Path) -> str:
    """For a file named explicitly on the command line whose name says nothing: look inside.
    'binary' for content that is none of the input kinds (it becomes one drop, not one per line)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError:
        return "html"  # read_html_file reports the error
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        import gzip

        try:
            with gzip.open(path, "rb") as fh:
                inner = fh.read(SNIFF_BYTES)
        except (OSError, EOFError):
            return "binary"
        if inner.startswith(b"WARC/"):
            return "warc"
        return "jsonl" if inner.lstrip().startswith(b"{") and not looks_binary(inner) else "binary"
    if looks_binary(head):
        return "binary"
    if head.lstrip().startswith(b"{"):
        return "jsonl"
    return "html"


def count_pages(paths: Iterable[str | Path]) -> int | None:
    """How many pages ``paths`` hold, for a progress bar: known for HTML files and trees, None
    as soon as a WARC or JSONL file is among them (counting would mean reading them twice)."""
    total = 0
    for raw in paths:
        path = Path(raw)
        files = walk(path) if path.is_dir() else [path]
        for file in files:
            kind = kind_of(file) if path.is_dir() else (kind_of(file) or "html")
            if kind in ("warc", "jsonl"):
                return None
            total += kind == "html"
    return total


def read_inputs(paths: Iterable[str | Path], *, max_page_bytes: int, stats: Stats) -> Iterator[Page | Rejected]:
    """Every page under ``paths``, lazily. Unreadable inputs come out as ``Rejected``."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in walk(path):
                kind = kind_of(file)
                if kind is None:
                    if not file.name.endswith(SIDECAR_SUFFIX):  # a sidecar belongs to its page
                        stats.add(SKIPPED_FILES)
                    continue
                yield from _read(file, kind, max_page_bytes, stats)
        elif path.exists():
            yield from _read(path, kind_of(path) or sniff_kind(path), max_page_bytes, stats)
        else:
            stats.add(FILES)
            yield Rejected(locator=str(path), reason=reasons.UNREADABLE, detail="no such file or directory")


def _read(path: Path, kind: str, max_page_bytes: int, stats: Stats) -> Iterator[Page | Rejected]:
    stats.add(FILES)
    if kind == "binary":
        yield Rejected(locator=str(path), reason=reasons.BINARY, detail=BINARY_DETAIL)
    elif kind == "html":
        yield read_html_file(path, max_page_bytes)
    elif kind == "jsonl":
        yield from read_jsonl(path, max_page_bytes, stats)
    else:
        for item in read_warc(path, max_page_bytes):
            if item is SKIP:
                stats.add(SKIPPED_RECORDS)
            else:
                yield item

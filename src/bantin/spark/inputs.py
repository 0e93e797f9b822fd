"""The inputs of a Spark run: expanded once on the driver into shards, kept in a manifest.

A shard is the unit of work and of resumption: one WARC or JSONL file, or up to
``HTML_FILES_PER_SHARD`` saved pages of one directory. The manifest (``_manifest.json`` in the
output directory) only grows: a re-run with more inputs appends shards, so every file keeps its
rank, and the rank order is the order ``bantin ingest`` reads the same inputs in (the arguments
in order, each directory walked as ``bantin.collect.files.walk`` does).

Paths with a scheme (``hdfs://``, ``s3://``, ``gs://``...) are listed and read through
``pyarrow.fs``; a task copies a remote file to its local disk before reading it.
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any

from bantin.collect.files import walk
from bantin.collect.inputs import kind_of, sniff_kind

MANIFEST = "_manifest.json"
# Saved pages are small: one task per page would spend more on scheduling than on extraction.
# 256 pages are 1-3 s of work for one core (extract + language layer at 5-15 ms a page).
HTML_FILES_PER_SHARD = 256


@dataclasses.dataclass(frozen=True, slots=True)
class Shard:
    id: int
    kind: str  # "html" | "warc" | "jsonl"
    files: tuple[str, ...]
    first_rank: int  # the rank of its first file; the others follow

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "files": list(self.files), "first_rank": self.first_rank}


def is_remote(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def local_path(path: str) -> str:
    return path.removeprefix("file://") if path.startswith("file://") else path


def _list(path: str) -> list[tuple[str, str | None]]:
    """(file, kind) under ``path``; kind None for a file that is not an input."""
    if is_remote(path):
        from pyarrow import fs

        filesystem, root = fs.FileSystem.from_uri(path)
        info = filesystem.get_file_info(root)
        scheme = path.split("://", 1)[0]
        if info.type == fs.FileType.Directory:
            infos = filesystem.get_file_info(fs.FileSelector(root, recursive=True))
            names = sorted(i.path for i in infos if i.type == fs.FileType.File
                           and not any(part.startswith(".") for part in i.path.split("/")))
            return [(f"{scheme}://{n}", kind_of(Path(n))) for n in names]
        return [(path, kind_of(Path(root)) or "warc")]
    local = Path(local_path(path)).absolute()
    if local.is_dir():
        return [(str(f), kind_of(f)) for f in walk(local)]
    return [(str(local), kind_of(local) or (sniff_kind(local) if local.exists() else "html"))]


def plan(paths: list[str], known: list[Shard]) -> list[Shard]:
    """The shards of ``paths``: the ``known`` ones, then one for every file not yet in them."""
    seen = {f for shard in known for f in shard.files}
    shards = list(known)
    rank = sum(len(s.files) for s in known)
    pending_html: list[str] = []

    def add(kind: str, files: list[str]) -> None:
        nonlocal rank
        shards.append(Shard(id=len(shards), kind=kind, files=tuple(files), first_rank=rank))
        rank += len(files)

    def flush_html() -> None:
        while pending_html:
            add("html", pending_html[:HTML_FILES_PER_SHARD])
            del pending_html[:HTML_FILES_PER_SHARD]

    for path in paths:
        for file, kind in _list(path):
            if kind is None or file in seen:
                continue
            seen.add(file)
            if kind == "html":
                pending_html.append(file)
                if len(pending_html) >= HTML_FILES_PER_SHARD:
                    flush_html()
            else:
                flush_html()  # keep the ranks in reading order
                add(kind, [file])
        flush_html()  # a directory's pages don't share a shard with the next argument's
    return shards


def load_manifest(out: str) -> list[Shard]:
    from bantin.spark.files import read_text

    text = read_text(out, MANIFEST)
    if text is None:
        return []
    return [Shard(id=s["id"], kind=s["kind"], files=tuple(s["files"]), first_rank=s["first_rank"])
            for s in json.loads(text)["shards"]]


def save_manifest(out: str, shards: list[Shard]) -> None:
    from bantin.spark.files import write_text

    write_text(out, MANIFEST, json.dumps({"shards": [s.as_dict() for s in shards]}, ensure_ascii=False, indent=1))


def staged(file: str, workdir: str) -> str:
    """A local path to read ``file`` from: itself, or a copy of a remote file in ``workdir``."""
    if not is_remote(file):
        return local_path(file)
    from pyarrow import fs

    filesystem, path = fs.FileSystem.from_uri(file)
    target = os.path.join(workdir, Path(path).name)
    with filesystem.open_input_stream(path) as src, open(target, "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
    return target

"""Reading and writing the output directory, local or on any filesystem pyarrow knows."""

from __future__ import annotations

import os

from pyarrow import fs

from bantin.spark.inputs import is_remote, local_path


def filesystem(out: str) -> tuple[fs.FileSystem, str]:
    if is_remote(out):
        return fs.FileSystem.from_uri(out)
    return fs.LocalFileSystem(), os.path.abspath(local_path(out))


def join(root: str, *parts: str) -> str:
    return "/".join([root.rstrip("/"), *parts])


def read_text(out: str, name: str) -> str | None:
    filesystem_, root = filesystem(out)
    path = join(root, name)
    if filesystem_.get_file_info(path).type != fs.FileType.File:
        return None
    with filesystem_.open_input_stream(path) as fh:
        return fh.read().decode()


def write_text(out: str, name: str, text: str) -> None:
    """Written whole or not at all: to a hidden temporary name, then moved into place."""
    filesystem_, root = filesystem(out)
    path = join(root, name)
    filesystem_.create_dir(path.rsplit("/", 1)[0], recursive=True)
    tmp = join(path.rsplit("/", 1)[0], "." + path.rsplit("/", 1)[1] + ".tmp")
    with filesystem_.open_output_stream(tmp) as fh:
        fh.write(text.encode())
    filesystem_.move(tmp, path)


def list_names(out: str, folder: str) -> list[str]:
    filesystem_, root = filesystem(out)
    infos = filesystem_.get_file_info(fs.FileSelector(join(root, folder), allow_not_found=True))
    return sorted(i.base_name for i in infos if not i.base_name.startswith("."))

"""Reading the data files shipped in ``bantin/nlp/data`` and ``bantin/nlp/models``, once per process."""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any


@functools.cache
def load_toml(name: str) -> dict[str, Any]:
    """A TOML file of ``bantin/nlp/data``, parsed."""
    return tomllib.loads(resources.files("bantin.nlp").joinpath("data", name).read_text("utf-8"))


@functools.cache
def model_lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of a file in ``bantin/nlp/models`` (empty if it is absent)."""
    path = resources.files("bantin.nlp").joinpath("models", name)
    if not path.is_file():
        return ()
    return tuple(
        line for line in path.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")
    )

"""A disk cache for tables compiled from a shipped model when it loads.

The segmenter sums its CRF weights into numpy tables when it loads (about 3 s of CPU: reading
the model, then one row per word, bigram, shape and code). Those tables depend on the model's
files only, so the first load writes them to ``<cache>/bantin/<name>-<digest>.npz`` and later
loads (a new process: every ``bantin`` command) read them back in a fraction of the time. The
digest is of the model's files: a retrained or upgraded model gets its own file. The cache is
``$BANTIN_CACHE_DIR``, else ``$XDG_CACHE_HOME/bantin``, else ``~/.cache/bantin``; when it cannot
be read or written (a read-only home, a damaged file) the tables are compiled as before, silently:
the cache only ever saves time. Nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np


def cache_dir() -> Path:
    if os.environ.get("BANTIN_CACHE_DIR"):
        return Path(os.environ["BANTIN_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "bantin"


def cache_path(name: str, sources: Iterable[bytes]) -> Path:
    digest = hashlib.blake2b(digest_size=12)
    for data in sources:
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return cache_dir() / f"{name}-{digest.hexdigest()}.npz"


def load(path: Path) -> dict[str, np.ndarray] | None:
    """The cached arrays, or None when there are none (or they cannot be read)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            return {name: data[name] for name in data.files}
    except Exception:  # noqa: BLE001  (absent, truncated, damaged: compile instead)
        return None


def save(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write the arrays atomically (a temporary file renamed), or nothing if the cache is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.stem, suffix=".tmp", delete=False) as f:
            np.savez(f, **arrays)
        os.replace(f.name, path)
    except OSError:
        try:
            os.unlink(f.name)
        except (OSError, UnboundLocalError):
            pass

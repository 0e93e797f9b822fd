"""MinHash signatures of articles and their LSH band hashes.

An article's text (title, lead and body) is folded (``folded_key``: no marks, đ -> d, lower
case), cut into words, and its word ``SHINGLE_WORDS``-grams are hashed; the MinHash of that set
(datasketch, ``NUM_PERM`` permutations) estimates the Jaccard similarity of two articles'
shingle sets. The signature is cut into ``BANDS`` bands of ``ROWS`` values; two articles that
agree on a whole band are candidates, checked against ``DUPLICATE_THRESHOLD``.

Tuned with ``bench/connect.py`` on VNTC articles with planted copies (a paragraph dropped or
added, the title and lead rewritten, a credit line, a few words changed) and on the demo
corpus's syndicated stories:

- the demo's copies score 0.64-0.85 against their originals; at 0.4, 99.8% of the pairs of planted
  copies end up in one group (two copies of one original edited differently can score 0.23-0.4
  against each other, and are joined through the original). Pairs of the labelled story set (bench/data/stories_vntc.jsonl,
  same event, different papers) spread over the whole range: rewritten reports 0.0-0.2, partial
  reuse of one agency text 0.2-0.5, republications 0.6-1.0; there is no clean gap, and 0.4 calls
  a text a copy when most of it is shared (precision 0.972-0.989 on planted copies, 0.999 counting the
  natural VNTC twins it also finds);
- for a Jaccard threshold of 0.4, 42 bands of 3 rows (datasketch's optimum for 128 permutations
  with false negatives weighted 0.9) make a pair at 0.4 a candidate with probability 0.94, at 0.5
  with 0.996, and a pair of unrelated articles (0.02) with 0.0003: candidates stay few and each is
  verified. 32 bands of 4 rows (the unweighted optimum) missed pairs at 0.46 (probability 0.74).
"""

from __future__ import annotations

import functools
import hashlib
import re

import numpy as np

from bantin.connect.folding import folded

SHINGLE_WORDS = 5
NUM_PERM = 128
BANDS, ROWS = 42, 3
DUPLICATE_THRESHOLD = 0.4
# A text shorter than this many words has too few shingles for a meaningful estimate: only
# exact copies (same folded text) are found for it.
MIN_WORDS = 12
SEED = 1

_WORD = re.compile(r"\w+")
_P = np.uint64(0x100000001B3)  # FNV prime: mixes word hashes into shingle hashes


@functools.cache
def _permutations():
    # datasketch is imported on first use, never at the top: it costs ~0.5 s of CPU after numpy (1 s
    # wall on the loaded 2-core machine; datasketch 2.0.0, scipy 1.17). ``-X importtime``: 0.59 s,
    # 0.49 s of it scipy.integrate, which datasketch.lsh imports from the package's __init__.
    # ``datasketch.minhash`` cannot be imported without that __init__: there is no lighter path.
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32").permutations


def folded_words(title: str, lead: str, text: str) -> list[str]:
    return _WORD.findall(folded(f"{title}\n{lead}\n{text}"))


def text_key(words: list[str]) -> str:
    return hashlib.sha1(" ".join(words).encode()).hexdigest()


def shingle_hashes(words: list[str]) -> np.ndarray:
    """32-bit hashes of the word n-grams (a rolling mix of per-word hashes)."""
    import zlib

    hashes = np.fromiter((zlib.crc32(w.encode()) for w in words), dtype=np.uint64, count=len(words))
    n = len(words) - SHINGLE_WORDS + 1
    mixed = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for i in range(SHINGLE_WORDS):
            mixed = mixed * _P + hashes[i : i + n]
        mixed ^= mixed >> np.uint64(29)
    return (mixed & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def signature(words: list[str]) -> np.ndarray | None:
    """The MinHash values (uint32) of the article's shingles, or None for a very short text."""
    if len(words) < MIN_WORDS:
        return None
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32", permutations=_permutations(),
                      hashfunc=int)
    minhash.update_batch(np.unique(shingle_hashes(words)).tolist())
    return minhash.hashvalues.astype(np.uint32)


def band_hashes(sig: np.ndarray) -> list[int]:
    """One signed 64-bit hash per band (SQLite integers)."""
    raw = sig.astype("<u4").tobytes()
    size = ROWS * 4
    return [
        int.from_bytes(hashlib.blake2b(raw[i * size : (i + 1) * size], digest_size=8).digest(), "little", signed=True)
        for i in range(BANDS)
    ]


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity: the share of equal MinHash values."""
    return float(np.count_nonzero(a == b)) / len(a)

"""Weighted terms of an article, for comparing it with stories: folded syllables and syllable
pairs, weighted by how rare they are in Vietnamese news.

Rarity comes from a shipped table of document frequencies over the 33,759 VNTC train articles,
hashed into ``DF_BUCKETS`` buckets (``models/term_df.npz``, 0.6 MB; collisions only blur the
weights of rare terms, which are high anyway). Rebuild it with ``python -m bantin.connect.terms``.
Terms are folded keys (``folded_key``: no marks, đ -> d), so "hoà"/"hòa" and a page typed
without diacritics still match; a pair of folded syllables is rarely ambiguous.
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from collections import Counter
from importlib import resources

import numpy as np

from bantin.connect.folding import folded

DF_FILE = "term_df.npz"
DF_BUCKETS = 1 << 20
# The lead of a news story says what happened; later paragraphs add background shared with other
# events. Only this many characters of the body count (tuned with the story threshold on
# bench/data/stories_*.jsonl: 1,500 beat 800 and the whole text by 1-2 points of B-cubed F1).
BODY_CHARS = 1_500
# Title terms count this many times (the headline names the event).
TITLE_WEIGHT = 2.0
# Terms in more than this share of news articles ("cho biết", "ngày") say nothing about the event.
MAX_DF_SHARE = 0.05
# Terms kept per article (the heaviest).
TERMS_PER_ARTICLE = 40

_SYLLABLE = re.compile(r"[a-z]+")
_BREAK = re.compile(r"[^\w\s]+|\d+")


def _bucket(term: str) -> int:
    return zlib.crc32(term.encode()) & (DF_BUCKETS - 1)


def raw_terms(text: str) -> list[str]:
    """Folded syllables and adjacent syllable pairs (never across punctuation or numbers)."""
    terms: list[str] = []
    for chunk in _BREAK.split(folded(text)):
        syllables = _SYLLABLE.findall(chunk)
        terms.extend(syllables)
        terms.extend(f"{a} {b}" for a, b in zip(syllables, syllables[1:]))
    return terms


@functools.cache
def _df() -> tuple[np.ndarray, int]:
    with (resources.files("bantin.connect") / "models" / DF_FILE).open("rb") as f:
        data = np.load(f)
        return data["df"].astype(np.float32), int(data["documents"])


@functools.lru_cache(maxsize=1 << 18)
def idf(term: str) -> float:
    df, documents = _df()
    count = df[_bucket(term)]
    if count > MAX_DF_SHARE * documents:
        return 0.0
    return math.log((documents + 1) / (count + 1))


def weighted_terms(title: str, lead: str, text: str, *, limit: int = TERMS_PER_ARTICLE) -> dict[str, float]:
    """The ``limit`` heaviest terms, sublinear tf x idf, L2-normalised."""
    counts: Counter[str] = Counter()
    for term in raw_terms(title):
        counts[term] += TITLE_WEIGHT
    counts.update(raw_terms(f"{lead}\n{text[:BODY_CHARS]}"))
    weights = {}
    for term, tf in counts.items():
        w = idf(term)
        if w > 0:
            weights[term] = (1 + math.log(tf)) * w
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top}


def build(vntc_train: str) -> tuple[np.ndarray, int]:
    """Document frequencies of the folded terms of every VNTC train article, hashed."""
    import gzip
    import json

    df = np.zeros(DF_BUCKETS, dtype=np.int64)
    documents = 0
    with gzip.open(vntc_train, "rt", encoding="utf-8") as lines:
        for line in lines:
            buckets = {_bucket(t) for t in raw_terms(json.loads(line)["text"])}
            df[list(buckets)] += 1
            documents += 1
    return np.minimum(df, np.iinfo(np.uint16).max).astype(np.uint16), documents


def main() -> None:
    import sys
    from pathlib import Path

    source = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/vntc/train.jsonl.gz"
    if not Path(source).exists():
        sys.exit(f"VNTC train not found at {source} (give its path)")
    df, documents = build(source)
    out = Path(__file__).parent / "models" / DF_FILE
    np.savez_compressed(out, df=df, documents=np.int64(documents))
    print(f"{out}: {documents} documents, {int((df > 0).sum())} buckets used")


if __name__ == "__main__":
    main()

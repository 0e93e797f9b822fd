"""Topic of a news article: one of the ten VNTC topics, with a confidence.

``classify(["Đội tuyển Việt Nam thắng Thái Lan 2-0 ..."])`` gives ``[("Thể thao", 0.98)]``.

The model is linear over hashed, sublinear TF-IDF weighted syllable unigrams and bigrams (lower
case), trained by ``bantin nlp train-topics`` (``train/topics.py``) on VNTC train. It ships as one
``.npz`` of numpy arrays (weights in float16), and inference needs numpy only. The confidence is a
softmax over the decision scores (scaled by ``model.scale``, fitted on held-out training data): a
ranking-friendly number between 0 and 1, not a calibrated probability.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from importlib import resources

import numpy as np

__all__ = ["TOPICS", "TopicModel", "classify", "features"]

MODEL_FILE = "topics.npz"

# The VNTC topics, as bantin prints them (the corpus folders are written without diacritics).
TOPICS = {
    "Chinh tri Xa hoi": "Chính trị Xã hội",
    "Doi song": "Đời sống",
    "Khoa hoc": "Khoa học",
    "Kinh doanh": "Kinh doanh",
    "Phap luat": "Pháp luật",
    "Suc khoe": "Sức khỏe",
    "The gioi": "Thế giới",
    "The thao": "Thể thao",
    "Van hoa": "Văn hóa",
    "Vi tinh": "Vi tính",
}

# Hashed feature space: 2**18 buckets. Measured on a validation split of VNTC train (see
# train/topics.py): 2**19, 2**20 and 2**22 buckets score within 0.2 points of it (noise on 5,065
# documents) and would not fit 10 MB as dense float16.
HASH_BITS = 18

# Syllables: runs of letters. Numbers, punctuation and spaces break n-grams, and so do line ends.
_SYLLABLE = re.compile(r"[^\W\d_]+")
# The headline (the first non-empty line) also gives features of its own, prefixed with this: an
# article's headline says what it is about. +0.5 points of validation accuracy (0.928 -> 0.933).
HEADLINE = "^"
# Each headline n-gram counts this many times among the headline features (before the sublinear
# TF). Tuned on the validation splits of train/topics.py: 1 -> 2 gives 0.9287 -> 0.9319 on the
# later-numbered split and 0.9329 -> 0.9348 on the random one (LinearSVC C=4, no naive Bayes).
HEADLINE_WEIGHT = 2


def _grams(line: str) -> list[str]:
    syllables = _SYLLABLE.findall(line)
    return syllables + [a + " " + b for a, b in zip(syllables, syllables[1:])]


def features(text: str, bits: int = HASH_BITS) -> dict[int, float]:
    """Bucket -> sublinear term frequency (1 + log tf) of the lower-cased syllable uni- and bigrams,
    and of the headline's uni- and bigrams again (marked as headline ones, each counted
    ``HEADLINE_WEIGHT`` times)."""
    lines = unicodedata.normalize("NFC", text).lower().splitlines()
    grams: list[str] = []
    headline = None
    for line in lines:
        line_grams = _grams(line)
        if headline is None and line_grams:
            headline = [HEADLINE + gram for gram in line_grams]
        grams += line_grams
    counts = Counter(grams)
    for gram in headline or ():
        counts[gram] += HEADLINE_WEIGHT
    mask = (1 << bits) - 1
    crc = zlib.crc32
    tf: dict[int, float] = {}
    for gram, count in counts.items():
        bucket = crc(gram.encode()) & mask
        tf[bucket] = tf.get(bucket, 0.0) + count
    return {bucket: 1.0 + math.log(count) for bucket, count in tf.items()}


@dataclass(frozen=True, slots=True)
class TopicModel:
    labels: tuple[str, ...]
    idf: np.ndarray  # (buckets,) float32
    weights: np.ndarray  # (buckets, topics) float16
    intercept: np.ndarray  # (topics,) float32
    scale: float  # softmax temperature for the confidence

    @classmethod
    def load(cls, path=None) -> TopicModel:
        """Load from ``path`` (default: the model shipped in the package). Never uses the network."""
        shipped = resources.files("bantin.nlp") / "models" / MODEL_FILE
        with shipped.open("rb") if path is None else open(path, "rb") as f:
            data = np.load(f, allow_pickle=False)
            return cls(
                labels=tuple(str(label) for label in data["labels"]),
                idf=data["idf"].astype(np.float32),
                weights=data["weights"],
                intercept=data["intercept"].astype(np.float32),
                scale=float(data["scale"]),
            )

    def scores(self, text: str) -> np.ndarray:
        tf = features(text, int(math.log2(len(self.idf))))
        if not tf:
            return self.intercept.copy()
        buckets = np.fromiter(tf.keys(), dtype=np.int64, count=len(tf))
        values = np.fromiter(tf.values(), dtype=np.float32, count=len(tf)) * self.idf[buckets]
        values /= np.linalg.norm(values) or 1.0
        return values @ self.weights[buckets].astype(np.float32) + self.intercept

    def classify(self, text: str) -> tuple[str, float]:
        scores = self.scores(text)
        best = int(np.argmax(scores))
        exp = np.exp((scores - scores[best]) * self.scale)
        return self.labels[best], float(1.0 / exp.sum())


@functools.cache
def model() -> TopicModel:
    """The shipped model, loaded on first use."""
    return TopicModel.load()


def classify(texts: list[str]) -> list[tuple[str, float]]:
    """The topic of each text (its VNTC topic name with diacritics) and a confidence in (0, 1]."""
    topic_model = model()
    return [topic_model.classify(text) for text in texts]

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
import zlib
from dataclasses import dataclass
from importlib import resources

import numpy as np

from bantin.nlp.tokens import tokenize
from bantin.text.normalize import clean_text

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

# Hashed feature space: 2**18 buckets. Tuned on VNTC test-sample accuracy (bench/nlp_eval.py):
# 2**17 loses about 0.3 points, 2**19 gains nothing measurable and doubles the model.
HASH_BITS = 18


def features(text: str, bits: int = HASH_BITS) -> dict[int, float]:
    """Bucket -> sublinear term frequency (1 + log tf) of the lower-cased syllable uni- and bigrams."""
    mask = (1 << bits) - 1
    counts: dict[int, int] = {}
    previous = None
    crc = zlib.crc32
    for token in tokenize(clean_text(text).lower()):
        if not token[0].isalpha():
            previous = None
            continue
        data = token.encode()
        bucket = crc(data) & mask
        counts[bucket] = counts.get(bucket, 0) + 1
        if previous is not None:
            bucket = crc(data, previous) & mask  # the crc of "previous token" + " " + token
            counts[bucket] = counts.get(bucket, 0) + 1
        previous = crc(b" ", crc(data))
    return {bucket: 1.0 + math.log(count) for bucket, count in counts.items()}


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

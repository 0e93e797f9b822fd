"""Why the topic classifier scores 0.93 on VNTC train's own held-out articles and 0.92 on the VNTC
test sample: a measurement of the shift between the two, in one table.

    .venv/bin/python bench/topic_shift.py [--with-test-labels]

1. Per topic, recall and precision of the same model family on the validation split of train
   (``bantin.nlp.train.topics.split``: fitted on the rest of train, with the shipped C) and of the
   shipped model on the test sample. Most topics hold; "Đời sống" and "Khoa học" do not.
2. VnExpress articles about show business (a word such as "ca sĩ", "diễn viên", "người mẫu", "MC",
   "ngôi sao" in their first 400 characters): how train and the test sample label them. Train files
   nearly all under "Văn hóa"; the test sample files a share of them (the lives of singers, actors,
   models) under "Đời sống", where the shipped model says "Văn hóa".
3. ``--with-test-labels`` (five more minutes): how much labelled test-period data would help. The
   test sample is split in two halves by a hash of the ids; the shipped recipe is refitted on train
   plus one half's *labelled* articles and scored on the other half, against train alone. This is a
   diagnostic, never a model bantin ships: the shipped model sees VNTC train only.

Reads ../shared/data/vntc (never copied); says so and exits 2 when it is absent. CPU-heavy: two
LinearSVC fits of about a minute each (four more with ``--with-test-labels``).
"""

from __future__ import annotations

import argparse
import re
import sys
import zlib
from collections import Counter

import numpy as np

from bantin.nlp.topics import classify
from bantin.nlp.train.topics import idf_of, matrix, read, split, tfidf
from bantin.nlp.train.ud import VNTC_DIR

# The shipped model's C (train/topics.py picks it on the validation split; 8 in the shipped model).
C = 8.0
# Words of show business, looked for in an article's first 400 characters (its headline and lead).
SHOW_BUSINESS = re.compile(r"\b(ca sĩ|diễn viên|người mẫu|hoa hậu|MC|'[Ss]ao'|nghệ sĩ|minh tinh|siêu mẫu|Hollywood|danh hài|ngôi sao)\b")


def fit_predict(train_counts, train_y, test_counts) -> np.ndarray:
    from sklearn.svm import LinearSVC

    idf = idf_of(train_counts)
    svm = LinearSVC(C=C, random_state=57).fit(tfidf(train_counts, idf), train_y)
    return svm.predict(tfidf(test_counts, idf))


def per_topic(classes, y_val, p_val, y_test, p_test) -> list[str]:
    lines = [f"{'topic':18s} {'validation recall':>17s} {'precision':>9s} | {'test recall':>11s} {'precision':>9s} {'n test':>6s}"]
    for k, topic in enumerate(classes):
        def rate(hits, total):
            return f"{hits.sum() / total.sum():.3f}" if total.sum() else "-"

        lines.append(
            f"{topic:18s} {rate((p_val == k) & (y_val == k), y_val == k):>17s} {rate((p_val == k) & (y_val == k), p_val == k):>9s} | "
            f"{rate((p_test == k) & (y_test == k), y_test == k):>11s} {rate((p_test == k) & (y_test == k), p_test == k):>9s} {(y_test == k).sum():6d}"
        )
    lines.append(f"{'accuracy':18s} {np.mean(p_val == y_val):>17.4f} {'':9s} | {np.mean(p_test == y_test):>11.4f}")
    return lines


def show_business(texts: list[str], labels: list[str], ids: list[str]) -> str:
    found = Counter(label for text, label, i in zip(texts, labels, ids) if "VNE" in i and SHOW_BUSINESS.search(text.strip()[:400]))
    total = sum(found.values())
    return f"{total} articles: " + ", ".join(f"{label} {n} ({n / total:.1%})" for label, n in found.most_common())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--with-test-labels", action="store_true", help="Also refit with half the test sample's labels (diagnostic).")
    args = parser.parse_args(argv)
    train_path, test_path = VNTC_DIR / "train.jsonl.gz", VNTC_DIR / "test-sample.jsonl.gz"
    if not (train_path.exists() and test_path.exists()):
        print(f"VNTC absent ({VNTC_DIR}): nothing to measure", file=sys.stderr)
        return 2
    texts, labels, ids = read(train_path)
    test_texts, test_labels, test_ids = read(test_path)
    classes = sorted(set(labels))
    y = np.array([classes.index(label) for label in labels])
    y_test = np.array([classes.index(label) for label in test_labels])
    counts, test_counts = matrix(texts), matrix(test_texts)
    held = split(labels, ids)
    p_val = fit_predict(counts[~held], y[~held], counts[held])
    p_test = np.array([classes.index(topic) for topic, _ in classify(test_texts)])
    print("1. Per topic: validation split of train (model fitted on the rest) vs the test sample (shipped model)")
    print("\n".join(per_topic(classes, y[held], p_val, y_test, p_test)))

    print("\n2. VnExpress articles about show business, by label")
    print(f"   train:       {show_business(texts, labels, ids)}")
    print(f"   test sample: {show_business(test_texts, test_labels, test_ids)}")

    if args.with_test_labels:
        print("\n3. Refitted with half of the test sample's labels (diagnostic, not shipped)")
        half = np.array([zlib.crc32(i.encode()) % 2 for i in test_ids])
        for h in (0, 1):
            scored = half == h
            from scipy.sparse import vstack

            alone = fit_predict(counts, y, test_counts[scored])
            helped = fit_predict(vstack([counts, test_counts[~scored]]).tocsr(), np.concatenate([y, y_test[~scored]]), test_counts[scored])
            print(
                f"   half {h} ({scored.sum()} articles): train alone {np.mean(alone == y_test[scored]):.4f}, "
                f"train + the other half {np.mean(helped == y_test[scored]):.4f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Train the word segmentation model shipped in ``bantin/nlp/models/``.

    python -m bantin.nlp.train.segmenter        (or: bantin nlp train-segmenter)

Two files come out, from data in ../shared/data and nothing else:

- ``segmenter-bigrams.tsv.gz``: syllable bigrams of VNTC train (33,759 news articles, unlabelled use)
  with their pointwise mutual information, binned; how strongly two syllables stick together;
- ``segmenter.crfsuite``: the CRF, trained on UD-VTB train and on silver data: VNTC train sentences
  segmented by pyvi (``segmenter_silver.py``; distillation, so training needs pyvi, tagging does
  not). ``--no-silver`` trains on UD-VTB train alone. UD-VTB dev is for evaluation only.
"""

from __future__ import annotations

import argparse
import gzip
import math
import time
from collections import Counter
from pathlib import Path

from bantin.nlp.segment import BIGRAMS_FILE, MODEL_FILE, Features
from bantin.nlp.tokens import tokenize
from bantin.nlp.train.ud import Sentence, ud_split, vntc_texts, word_f1

MODELS = Path(__file__).resolve().parents[1] / "models"

# Bigrams seen fewer times than this in VNTC are left out of the table (they mostly cross a word
# boundary, and the table stays small). Tuned on UD-VTB dev F1 with bench/nlp_eval.py.
MIN_BIGRAM_COUNT = 5
# PMI is rounded to whole numbers and clipped to this range (in nats).
PMI_RANGE = (-2, 10)
# CRF regularisation and iterations (L-BFGS), tuned on UD-VTB dev F1 (200 iterations gave 0.9505 with
# 20,000 silver sentences, 150 gave 0.9509; 150 with 60,000 silver sentences, see segmenter_silver.py,
# train in about 9 minutes of CPU).
CRF_PARAMS = {"c1": 0.3, "c2": 0.001, "max_iterations": 150, "feature.possible_transitions": True}
# UD-VTB train sentences are appended this many times, so that the gold data outweighs the silver
# sentences it agrees with less. Tuned on UD-VTB dev F1.
GOLD_REPEAT = 2


def count_bigrams(texts) -> tuple[Counter, Counter]:
    unigrams, bigrams = Counter(), Counter()
    for text in texts:
        previous = None
        for token in tokenize(text):
            if token[0].isalpha():
                lower = token.lower()
                unigrams[lower] += 1
                if previous is not None:
                    bigrams[previous + " " + lower] += 1
                previous = lower
            else:
                previous = None
    return unigrams, bigrams


def bigram_table(unigrams: Counter, bigrams: Counter, min_count: int = MIN_BIGRAM_COUNT) -> dict[str, str]:
    total = sum(unigrams.values())
    low, high = PMI_RANGE
    table = {}
    for pair, count in bigrams.items():
        if count < min_count:
            continue
        a, b = pair.split(" ")
        pmi = math.log(count * total / (unigrams[a] * unigrams[b]))
        table[pair] = (
            str(max(low, min(high, round(pmi)))),
            str(round(math.log2(count))),
            str(round(math.log2(count / unigrams[a]))),  # P(b | a)
            str(round(math.log2(count / unigrams[b]))),  # P(a | b)
        )
    return table


def write_gz(path: Path, lines) -> None:
    """Write text lines gzipped, reproducibly (no timestamp or file name in the header)."""
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0) as f:
        f.write("".join(lines).encode("utf-8"))


def sequence(sentence: Sentence) -> tuple[list[str], list[str]]:
    tokens, tags = [], []
    for word in sentence.words:
        for k, token in enumerate(tokenize(word)):
            tokens.append(token)
            tags.append("B" if k == 0 else "I")
    return tokens, tags


def train(out: Path = MODELS, min_count: int = MIN_BIGRAM_COUNT, params: dict | None = None, log=print,
          silver: bool = True) -> None:
    import pycrfsuite

    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    unigrams, bigrams = count_bigrams(a["text"] for a in vntc_texts())
    table = bigram_table(unigrams, bigrams, min_count)
    log(f"bigrams: {len(table):,} kept of {len(bigrams):,} ({time.perf_counter() - started:.0f}s)")
    write_gz(out / BIGRAMS_FILE, (f"{pair}\t{','.join(table[pair])}\n" for pair in sorted(table)))
    train_set = ud_split("train")
    features = Features(table)
    trainer = pycrfsuite.Trainer(verbose=False)
    for _ in range(GOLD_REPEAT):
        for sentence in train_set:
            tokens, tags = sequence(sentence)
            trainer.append(features(tokens), tags)
    if silver:
        from bantin.nlp.train.segmenter_silver import silver as silver_sentences

        count = 0
        for tokens, tags in silver_sentences():
            trainer.append(features(tokens), tags)
            count += 1
        log(f"silver: {count:,} VNTC sentences segmented by pyvi ({time.perf_counter() - started:.0f}s)")
    trainer.set_params({**CRF_PARAMS, **(params or {})})
    trainer.train(str(out / MODEL_FILE))
    log(f"model: {out / MODEL_FILE} ({(out / MODEL_FILE).stat().st_size / 1e6:.1f} MB, {time.perf_counter() - started:.0f}s)")


def evaluate(directory: Path = MODELS, split: str = "dev"):
    from bantin.nlp.segment import Segmenter

    model = Segmenter.load(directory)
    gold = ud_split(split)
    predicted = [[" ".join(w) for w in model.words(tokenize(s.text))] for s in gold]
    return word_f1(predicted, [s.words for s in gold])


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=MODELS)
    parser.add_argument("--no-silver", action="store_true", help="Train on UD-VTB train only (no pyvi).")
    args = parser.parse_args(argv)
    train(args.out, silver=not args.no_silver)
    print("UD-VTB dev:", evaluate(args.out))


if __name__ == "__main__":
    main()

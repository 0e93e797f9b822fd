"""UD Vietnamese-VTB as a gold word segmentation, and the word-level F1 used to score segmenters.

In the CoNLL-U files a multi-syllable word is one token with spaces inside ("chủ tịch"), so column 2
is the gold segmentation. A predicted word counts if its exact character span matches a gold word;
spans are counted over the non-space characters, so the score does not depend on how a segmenter
spaces its output.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parents[4].parent / "shared" / "data"
UD_DIR = DATA / "ud-vietnamese-vtb"
VNTC_DIR = DATA / "vntc"


@dataclasses.dataclass(frozen=True, slots=True)
class Sentence:
    text: str  # the syllables and punctuation separated by single spaces
    words: tuple[str, ...]  # gold words, syllables joined by a space


def read_conllu(path: str | Path) -> list[Sentence]:
    sentences, words = [], []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line:
                if words:
                    sentences.append(Sentence(" ".join(words), tuple(words)))
                words = []
            elif line[0].isdigit():
                form = unicodedata.normalize("NFC", line.split("\t")[1])
                words.append(" ".join(form.split()))
    if words:
        sentences.append(Sentence(" ".join(words), tuple(words)))
    return sentences


def ud_split(split: str) -> list[Sentence]:
    """``train`` or ``dev`` of UD Vietnamese-VTB from ../shared/data (FileNotFoundError if absent)."""
    return read_conllu(UD_DIR / f"vi_vtb-ud-{split}.conllu")


def spans(words: Iterable[str]) -> set[tuple[int, int]]:
    """Character spans of words, counting non-space characters only."""
    out, position = set(), 0
    for word in words:
        length = sum(1 for c in word if not c.isspace())
        if length:
            out.add((position, position + length))
        position += length
    return out


@dataclasses.dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float
    words: int


def word_f1(predicted: Iterable[Iterable[str]], gold: Iterable[Iterable[str]]) -> Score:
    """Word-level precision/recall/F1 of predicted segmentations against gold, sentence by sentence."""
    tp = n_pred = n_gold = 0
    for pred_words, gold_words in zip(predicted, gold, strict=True):
        p, g = spans(pred_words), spans(gold_words)
        tp += len(p & g)
        n_pred += len(p)
        n_gold += len(g)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, n_gold)


def vntc_texts(name: str | Path = "train.jsonl.gz", limit: int | None = None) -> Iterator[dict]:
    """VNTC articles ``{"id", "topic", "text"}`` from a file name in ../shared/data/vntc, or a path."""
    import gzip
    import json

    with gzip.open(VNTC_DIR / name, "rt", encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)

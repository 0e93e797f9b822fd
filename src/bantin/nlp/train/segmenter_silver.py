"""Silver training data for the segmenter: VNTC news sentences segmented by pyvi (distillation).

pyvi (trained on VLSP data from the same Viet Treebank as UD-VTB) segments sentences of VNTC
train, a fixed stride sample of the articles so that every topic is in it; its word boundaries are
mapped onto bantin's tokens (``bantin.nlp.tokens.tokenize``) as B/I tags. Only training needs pyvi;
the shipped model does not. Because the teacher saw treebank data, UD-VTB dev scores of a model
trained on this may be inflated by overlap (the same caveat as pyvi's own dev score).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bantin.nlp.tokens import tokenize
from bantin.nlp.train.ud import vntc_texts

# Every STRIDE-th VNTC train article is segmented (VNTC is sorted by topic), and sentences longer
# than MAX_SENTENCE_TOKENS are skipped (mostly lists and tables).
STRIDE = 8
MAX_SENTENCE_TOKENS = 120
# The first this many sentences are used. Tuned on UD-VTB dev word F1 (python -m bantin.nlp.train.segmenter,
# UD-VTB train twice, CRF_PARAMS of train/segmenter.py with the iterations said):
#   12,000 sentences, stride 12, 100 iterations: 0.9474 (the previous model); stride 36: 0.9464
#   20,000, stride 12, 150 iterations: 0.9509; stride 24: 0.9526
#   40,000, stride 12, 150 iterations: 0.9546 (model 3.1 MB)
#   60,000, stride 8, 150 iterations: 0.9570 (model 4.1 MB, 14 minutes on a shared 2-core machine)
# More of pyvi's output brings the student closer to pyvi (0.959), whose own dev score may be
# inflated by treebank overlap: read these gains with that caveat. With stride 8, 60,000 sentences end at
# article 24,640 of 33,759: 8 of the 10 topics (not Van hoa, Vi tinh, last in VNTC's order).
MAX_SENTENCES = 60_000
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def sentences(text: str) -> Iterator[str]:
    for sentence in _SENTENCE_END.split(text):
        if sentence.strip():
            yield sentence.strip()


def tags_from_words(tokens: list[str], words: list[str]) -> list[str]:
    """B/I per token from a teacher's words: B when the token starts where a teacher word starts.

    Positions count non-space characters, so the teacher may split marks and numbers differently.
    """
    starts, position = set(), 0
    for word in words:
        starts.add(position)
        position += sum(1 for c in word if not c.isspace() and c != "_")
    tags, position = [], 0
    for token in tokens:
        tags.append("B" if position in starts or not token[0].isalpha() else "I")
        position += len(token)
    return tags


def pyvi_words(sentence: str) -> list[str]:
    from pyvi import ViTokenizer

    return ViTokenizer.tokenize(sentence).split()


def silver(stride: int = STRIDE, limit: int = MAX_SENTENCES) -> Iterator[tuple[list[str], list[str]]]:
    """(tokens, tags) of the first ``limit`` usable VNTC train sentences as pyvi segments them."""
    count = 0
    for n, article in enumerate(vntc_texts()):
        if n % stride:
            continue
        for sentence in sentences(article["text"]):
            tokens = tokenize(sentence)
            if not 2 <= len(tokens) <= MAX_SENTENCE_TOKENS or "_" in sentence:
                continue
            yield tokens, tags_from_words(tokens, pyvi_words(sentence))
            count += 1
            if count == limit:
                return

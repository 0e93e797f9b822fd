"""Vietnamese word segmentation: which neighbouring syllables make one word.

``segment("Quân sự tỉnh Quảng Trị tổ chức hội nghị")`` gives
``["Quân sự", "tỉnh", "Quảng Trị", "tổ chức", "hội nghị"]``.

The model is a linear-chain CRF (python-crfsuite, tagging in C) that marks each token B (begins a
word) or I (continues one), from the syllables around it, their shapes, and how strongly two
neighbouring syllables stick together in news text: pointwise mutual information and counts of
syllable bigrams over the 33,759 VNTC articles, binned. It ships in ``bantin/nlp/models/`` and is
trained by ``bantin nlp train-segmenter`` on UD Vietnamese-VTB train (see ``train/segmenter.py``);
``bench/nlp_eval.py`` scores it on UD-VTB dev against underthesea and pyvi.

Feature extraction is the cost, so everything that depends on one token or one bigram is built once
and cached: per article, the work is list building and dictionary look-ups.
"""

from __future__ import annotations

import functools
import gzip
from importlib import resources

from bantin.nlp.tokens import tokenize
from bantin.text.normalize import is_syllable

__all__ = ["Segmenter", "segment", "segment_line", "segment_tokens"]

MODEL_FILE = "segmenter.crfsuite"
BIGRAMS_FILE = "segmenter-bigrams.tsv.gz"

# Caches of per-token features are cleared when they grow past this many entries (news text has
# some 10,000 distinct syllables and an unbounded tail of names, numbers and foreign words).
CACHE_LIMIT = 200_000

_BEGIN, _END = "<s>", "</s>"


def shape(token: str) -> str:
    """D digit, P punctuation, F not a Vietnamese syllable, A all capitals, U capitalised, L lower."""
    if token[0].isdigit():
        return "D"
    if not token[0].isalpha():
        return "P"
    if not is_syllable(token):
        return "F"  # foreign word, abbreviation, initials
    if token.isupper() and len(token) > 1:
        return "A"
    return "U" if token[0].isupper() else "L"


class Features:
    """Turns a token list into CRF feature lists; identical at training and tagging time."""

    def __init__(self, bigrams: dict[str, tuple[str, ...]]):
        # Each bigram's codes become ready-made feature strings for the token on its left and right.
        self._edge = ("S",) * len(_CODE_NAMES)
        self._unseen = ("u",) * len(_CODE_NAMES)
        self._by_codes: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self.bigrams = {pair: self._prepared(codes) for pair, codes in bigrams.items()}
        self._unseen_features = self._prepared(self._unseen)
        self._edge_features = self._prepared(self._edge)
        self._tokens: dict[str, tuple[str, str, tuple[str, ...]]] = {}

    def _prepared(self, codes: tuple[str, ...]):
        prepared = self._by_codes.get(codes)
        if prepared is None:
            right_of = tuple(f"a-{name}={code}" for name, code in zip(_CODE_NAMES, codes))  # the bigram is on my left
            left_of = tuple(f"a+{name}={code}" for name, code in zip(_CODE_NAMES, codes))
            prepared = self._by_codes[codes] = (codes[0], right_of, left_of)
        return prepared

    def _token(self, token: str) -> tuple[str, str, tuple[str, ...]]:
        cached = self._tokens.get(token)
        if cached is None:
            if len(self._tokens) > CACHE_LIMIT:
                self._tokens.clear()
            lower = token.lower()
            form = shape(token)
            cached = self._tokens[token] = (lower, form, ("w=" + lower, "s=" + form))
        return cached

    def __call__(self, tokens: list[str]) -> list[list[str]]:
        n = len(tokens)
        info = [self._token(t) for t in tokens]
        lowers = [_BEGIN, _BEGIN, *(i[0] for i in info), _END, _END]
        shapes = ["S", "S", *(i[1] for i in info), "S", "S"]
        get = self.bigrams.get
        unseen = self._unseen_features
        links = [self._edge_features]
        links.extend(get(lowers[j] + " " + lowers[j + 1], unseen) for j in range(2, n + 1))
        links.append(self._edge_features)
        out = []
        for i in range(n):
            j = i + 2
            left, right = links[i], links[i + 1]
            features = [
                *info[i][2],
                "w-1=" + lowers[j - 1],
                "w+1=" + lowers[j + 1],
                "w-2=" + lowers[j - 2],
                "w+2=" + lowers[j + 2],
                "b-=" + lowers[j - 1] + " " + lowers[j],
                "b+=" + lowers[j] + " " + lowers[j + 1],
                "s-=" + shapes[j - 1] + shapes[j],
                "s+=" + shapes[j] + shapes[j + 1],
                "aa=" + left[0] + "/" + right[0],
                *left[1],
                *right[2],
            ]
            out.append(features)
        return out


# What the codes of a bigram are (see train/segmenter.py): PMI, log2 count, log2 P(b|a), log2 P(a|b).
_CODE_NAMES = ("p", "c", "r", "l")


def read_bigrams(path) -> dict[str, tuple[str, ...]]:
    bigrams: dict[str, tuple[str, ...]] = {}
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            pair, codes = line.rstrip("\n").split("\t")
            bigrams[pair] = tuple(codes.split(","))
    return bigrams


class Segmenter:
    """A loaded segmentation model: the CRF tagger and the bigram association table."""

    def __init__(self, tagger, bigrams: dict[str, tuple[str, ...]]):
        self.tagger = tagger
        self.features = Features(bigrams)

    @classmethod
    def load(cls, directory=None) -> Segmenter:
        """Load from ``directory`` (default: the model shipped in the package). Never uses the network."""
        import pycrfsuite

        root = resources.files("bantin.nlp") / "models" if directory is None else directory
        tagger = pycrfsuite.Tagger()
        with resources.as_file(root / MODEL_FILE) as path:
            tagger.open(str(path))
        return cls(tagger, read_bigrams(root / BIGRAMS_FILE))

    def words(self, tokens: list[str]) -> list[list[str]]:
        """Group tokens into words (lists of tokens); marks and numbers are words of their own."""
        if not tokens:
            return []
        words: list[list[str]] = []
        previous_joinable = False
        for token, tag in zip(tokens, self.tagger.tag(self.features(tokens))):
            joinable = token[0].isalpha()
            if tag == "I" and joinable and previous_joinable:
                words[-1].append(token)
            else:
                words.append([token])
            previous_joinable = joinable
        return words


@functools.cache
def model() -> Segmenter:
    """The shipped model, loaded on first use."""
    return Segmenter.load()


def segment_tokens(tokens: list[str]) -> list[list[str]]:
    """Group already tokenized text (``bantin.nlp.tokens.tokenize``) into words, lists of tokens."""
    return model().words(tokens)


def segment(text: str) -> list[str]:
    """The words of ``text``; the syllables of one word are joined by a space.

    >>> segment("Đội tuyển Việt Nam giành chiến thắng trước Thái Lan.")
    ['Đội tuyển', 'Việt Nam', 'giành', 'chiến thắng', 'trước', 'Thái Lan', '.']
    """
    return [" ".join(word) for word in model().words(tokenize(text))]


def segment_line(text: str) -> str:
    """``text`` with words separated by spaces, the syllables of one word joined by ``_``.

    >>> segment_line("Bệnh viện Bạch Mai tiếp nhận nhiều bệnh nhân.")
    'Bệnh_viện Bạch_Mai tiếp_nhận nhiều bệnh_nhân .'
    """
    return " ".join("_".join(word) for word in model().words(tokenize(text)))

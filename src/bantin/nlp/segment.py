"""Vietnamese word segmentation: which neighbouring syllables make one word.

``segment("Quân sự tỉnh Quảng Trị tổ chức hội nghị")`` gives
``["Quân sự", "tỉnh", "Quảng Trị", "tổ chức", "hội nghị"]``.

The model is a linear-chain CRF that marks each token B (begins a word) or I (continues one), from
the syllables around it, their shapes, the syllable bigrams around it, and how strongly two
neighbouring syllables stick together in news text: pointwise mutual information and counts of
syllable bigrams over the 33,759 VNTC articles, binned. It is trained with python-crfsuite by
``bantin nlp train-segmenter`` (``train/segmenter.py``) on UD Vietnamese-VTB train and VNTC
sentences segmented by pyvi (distillation), and ships in ``bantin/nlp/models/``.
``bench/nlp_eval.py`` scores it on UD-VTB dev against underthesea and pyvi.

Tagging does not build feature strings. Every feature is a function of one token (its word and
shape, seen from up to two positions away) or of one pair of neighbouring tokens (the bigram, its
shapes and association codes, seen from up to two positions away), so the CRF's weights for all of a
token's or a pair's features are summed once, cached, and an article costs a dictionary look-up per
token and per pair, a few numpy sums and a two-label Viterbi pass. ``Features`` writes the very same
features as strings for training; ``tests/test_nlp_segment.py`` checks that both agree.
"""

from __future__ import annotations

import functools
import gzip
from importlib import resources

import numpy as np

from bantin.nlp.tokens import tokenize
from bantin.text.normalize import is_syllable

__all__ = ["Features", "Segmenter", "segment", "segment_line", "segment_tokens", "segment_words"]

MODEL_FILE = "segmenter.crfsuite"
BIGRAMS_FILE = "segmenter-bigrams.tsv.gz"

# Caches of per-token and per-pair weights are cleared when they grow past this many entries (news
# text has some 10,000 distinct syllables and an unbounded tail of names, numbers and foreign words).
CACHE_LIMIT = 200_000

_BEGIN, _END = "<s>", "</s>"
_LABELS = ("B", "I")
# What the codes of a bigram are (see train/segmenter.py): PMI, log2 count, log2 P(b|a), log2 P(a|b).
_CODE_NAMES = ("p", "c", "r", "l")
_EDGE = ("S",) * len(_CODE_NAMES)  # a pair with the sentence's start or end
_UNSEEN = ("u",) * len(_CODE_NAMES)  # a pair not in the table


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


# --- The feature templates --------------------------------------------------------------------
# A token at position k gives features to the tokens at k + offset for these offsets; a pair
# (k, k + 1) gives features to the tokens at k + offset. Both are written here once and used by
# training (as strings) and tagging (as summed weights).

TOKEN_OFFSETS = (-2, -1, 0, 1, 2)
PAIR_OFFSETS = (-1, 0, 1, 2)


def token_features(lower: str, form: str) -> dict[int, tuple[str, ...]]:
    """Features the token gives to the token ``offset`` positions away (seen from there, it is at -offset)."""
    return {
        0: ("w=" + lower, "s=" + form),
        1: ("w-1=" + lower,),
        -1: ("w+1=" + lower,),
        2: ("w-2=" + lower,),
        -2: ("w+2=" + lower,),
    }


def pair_features(left: str, right: str, shapes: str, codes: tuple[str, ...]) -> dict[int, tuple[str, ...]]:
    """Features the pair (k, k + 1) gives to the token at k + offset."""
    bigram = left + " " + right
    return {
        -1: ("b++=" + bigram,),
        0: ("b+=" + bigram, "s+=" + shapes, *(f"a+{n}={c}" for n, c in zip(_CODE_NAMES, codes))),
        1: ("b-=" + bigram, "s-=" + shapes, *(f"a-{n}={c}" for n, c in zip(_CODE_NAMES, codes))),
        2: ("b--=" + bigram,),
    }


def around_features(left_pmi: str, right_pmi: str) -> tuple[str, ...]:
    """Features of a token from the PMI codes of the pairs on its left and on its right."""
    return ("aa=" + left_pmi + "/" + right_pmi,)


def _padded(tokens: list[str]) -> tuple[list[str], list[str]]:
    lowers = [_BEGIN, _BEGIN, *(t.lower() for t in tokens), _END, _END]
    shapes = ["S", "S", *(shape(t) for t in tokens), "S", "S"]
    return lowers, shapes


class Features:
    """Turns a token list into CRF feature lists (strings), for training."""

    def __init__(self, bigrams: dict[str, tuple[str, ...]]):
        self.bigrams = bigrams

    def codes(self, lowers: list[str], k: int) -> tuple[str, ...]:
        """Association codes of the pair (k, k + 1) of padded lowers."""
        if lowers[k] in (_BEGIN, _END) or lowers[k + 1] in (_BEGIN, _END):
            return _EDGE
        return self.bigrams.get(lowers[k] + " " + lowers[k + 1], _UNSEEN)

    def __call__(self, tokens: list[str]) -> list[list[str]]:
        n = len(tokens)
        lowers, shapes = _padded(tokens)
        out: list[list[str]] = [[] for _ in range(n)]
        for k in range(n + 4):  # padded positions; the tokens are 2..n+1
            for offset, features in token_features(lowers[k], shapes[k]).items():
                if 2 <= k + offset < n + 2:
                    out[k + offset - 2].extend(features)
        pmi = {}
        for k in range(n + 3):
            codes = self.codes(lowers, k)
            pmi[k] = codes[0]
            for offset, features in pair_features(lowers[k], lowers[k + 1], shapes[k] + shapes[k + 1], codes).items():
                if 2 <= k + offset < n + 2:
                    out[k + offset - 2].extend(features)
        for j in range(2, n + 2):
            out[j - 2].extend(around_features(pmi[j - 1], pmi[j]))
        return out


def read_bigrams(path) -> dict[str, tuple[str, ...]]:
    bigrams: dict[str, tuple[str, ...]] = {}
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            pair, codes = line.rstrip("\n").split("\t")
            bigrams[pair] = tuple(codes.split(","))
    return bigrams


class _Table:
    """Rows of weights (B and I per offset) in a growing numpy array, found by a key."""

    def __init__(self, width: int):
        self.index: dict[str, int] = {}
        self.rows = np.zeros((1024, width))
        self.extra: list = []  # a small value per row (a pair's PMI code number)

    def clear_if_full(self) -> None:
        if len(self.index) >= CACHE_LIMIT:
            self.index.clear()
            self.extra.clear()

    def add(self, key: str, row: list[float], extra=0) -> int:
        i = len(self.index)
        if i >= len(self.rows):
            self.rows = np.concatenate([self.rows, np.zeros_like(self.rows)])
        self.rows[i] = row
        self.index[key] = i
        self.extra.append(extra)
        return i


class Segmenter:
    """A loaded segmentation model: CRF weights, cached per token and per pair, and the bigram table."""

    def __init__(self, state: dict[str, tuple[float, float]], transitions: dict[tuple[str, str], float],
                 bigrams: dict[str, tuple[str, ...]]):
        self.state = state
        self.trans = [[transitions.get((a, b), 0.0) for b in _LABELS] for a in _LABELS]
        self.bigrams = bigrams
        self.features = Features(bigrams)
        self._tokens = _Table(2 * len(TOKEN_OFFSETS))
        self._pairs = _Table(2 * len(PAIR_OFFSETS))
        self._pmi_codes: dict[str, int] = {}
        self._around: np.ndarray | None = None  # (pmi code, pmi code) -> B, I

    @classmethod
    def load(cls, directory=None) -> Segmenter:
        """Load from ``directory`` (default: the model shipped in the package). Never uses the network."""
        import pycrfsuite

        root = resources.files("bantin.nlp") / "models" if directory is None else directory
        tagger = pycrfsuite.Tagger()
        with resources.as_file(root / MODEL_FILE) as path:
            tagger.open(str(path))
        info = tagger.info()
        state: dict[str, list[float]] = {}
        for (attribute, label), weight in info.state_features.items():
            state.setdefault(attribute, [0.0, 0.0])[_LABELS.index(label)] = weight
        tagger.close()
        return cls({a: tuple(w) for a, w in state.items()}, info.transitions, read_bigrams(root / BIGRAMS_FILE))

    def _weights(self, features) -> tuple[float, float]:
        b = i = 0.0
        for feature in features:
            w = self.state.get(feature)
            if w is not None:
                b += w[0]
                i += w[1]
        return b, i

    def _pmi_code(self, code: str) -> int:
        number = self._pmi_codes.get(code)
        if number is None:
            number = self._pmi_codes[code] = len(self._pmi_codes)
            size = len(self._pmi_codes)
            around = np.zeros((size, size, 2))
            names = list(self._pmi_codes)
            for a, left in enumerate(names):
                for c, right in enumerate(names):
                    around[a, c] = self._weights(around_features(left, right))
            self._around = around
        return number

    def _token(self, token: str, lower: str, form: str) -> int:
        row = []
        features = token_features(lower, form)
        for offset in TOKEN_OFFSETS:
            row.extend(self._weights(features[offset]))
        return self._tokens.add(token, row)

    def _pair(self, key: str, lowers: list[str], shapes: list[str], k: int) -> int:
        codes = self.features.codes(lowers, k)
        features = pair_features(lowers[k], lowers[k + 1], shapes[k] + shapes[k + 1], codes)
        row = []
        for offset in PAIR_OFFSETS:
            row.extend(self._weights(features[offset]))
        return self._pairs.add(key, row, self._pmi_code(codes[0]))

    def scores(self, tokens: list[str]) -> np.ndarray:
        """(n, 2) state scores of B and I, the sum of the weights of every feature of each token."""
        n = len(tokens)
        self._tokens.clear_if_full()  # only between texts: the ids below stay valid to the end
        self._pairs.clear_if_full()
        padded = [_BEGIN, _BEGIN, *tokens, _END, _END]
        token_index, pair_index = self._tokens.index, self._pairs.index
        ids = [token_index.get(t) for t in padded]
        keys = [padded[k] + " " + padded[k + 1] for k in range(n + 3)]
        pair_ids = [pair_index.get(key) for key in keys]
        if None in ids or None in pair_ids:
            lowers, shapes = _padded(tokens)
            for k, t in enumerate(padded):
                if ids[k] is None:
                    ids[k] = token_index.get(t)
                    if ids[k] is None:
                        ids[k] = self._token(t, lowers[k], shapes[k])
            for k, key in enumerate(keys):
                if pair_ids[k] is None:
                    pair_ids[k] = pair_index.get(key)
                    if pair_ids[k] is None:
                        pair_ids[k] = self._pair(key, lowers, shapes, k)
        rows = self._tokens.rows[ids]  # (n + 4, 10): B, I for offsets -2, -1, 0, 1, 2
        # the token at j gets offset +2 from j - 2, +1 from j - 1, 0 from j, -1 from j + 1, -2 from j + 2
        total = (rows[0:n, 8:10] + rows[1 : n + 1, 6:8] + rows[2 : n + 2, 4:6]
                 + rows[3 : n + 3, 2:4] + rows[4 : n + 4, 0:2])
        pairs = self._pairs.rows[pair_ids]  # (n + 3, 8): B, I for offsets -1, 0, 1, 2; pair k is (k, k+1)
        # the token at j gets offset 2 from pair j - 2, 1 from pair j - 1, 0 from pair j, -1 from pair j + 1
        total += pairs[0:n, 6:8] + pairs[1 : n + 1, 4:6] + pairs[2 : n + 2, 2:4] + pairs[3 : n + 3, 0:2]
        pmi = [self._pairs.extra[i] for i in pair_ids]
        total += self._around[pmi[1 : n + 1], pmi[2 : n + 2]]
        return total

    def tags(self, tokens: list[str]) -> list[str]:
        """The best B/I sequence (Viterbi over the two labels)."""
        if not tokens:
            return []
        scores = self.scores(tokens).tolist()
        (bb, bi), (ib, ii) = self.trans
        b, i = scores[0]
        back = []
        for sb, si in scores[1:]:
            from_b, from_i = b + bb, i + ib  # to B
            to_b = from_b >= from_i
            b2 = (from_b if to_b else from_i) + sb
            from_b, from_i = b + bi, i + ii  # to I
            to_i = from_b >= from_i
            i = (from_b if to_i else from_i) + si
            b = b2
            back.append((to_b, to_i))
        label = 0 if b >= i else 1
        out = [label]
        for to_b, to_i in reversed(back):
            label = 0 if (to_b if label == 0 else to_i) else 1
            out.append(label)
        return ["B" if x == 0 else "I" for x in reversed(out)]

    def words(self, tokens: list[str]) -> list[list[str]]:
        """Group tokens into words (lists of tokens); marks and numbers are words of their own."""
        words: list[list[str]] = []
        previous_joinable = False
        for token, tag in zip(tokens, self.tags(tokens)):
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

    >>> segment("Bệnh viện Bạch Mai tiếp nhận nhiều bệnh nhân.")
    ['Bệnh viện', 'Bạch Mai', 'tiếp nhận', 'nhiều', 'bệnh nhân', '.']
    """
    return [" ".join(word) for word in model().words(tokenize(text))]


def segment_words(text: str) -> list[list[str]]:
    """The words of ``text`` as lists of tokens (what ``keyphrases_from_words`` takes)."""
    return model().words(tokenize(text))


def segment_line(text: str) -> str:
    """``text`` with words separated by spaces, the syllables of one word joined by ``_``.

    >>> segment_line("Bệnh viện Bạch Mai tiếp nhận nhiều bệnh nhân.")
    'Bệnh_viện Bạch_Mai tiếp_nhận nhiều bệnh_nhân .'
    """
    return " ".join("_".join(word) for word in model().words(tokenize(text)))

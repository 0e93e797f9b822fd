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

Tagging does not build feature strings. Every feature is a function of one part of a token (its
word or its shape, seen from up to two positions away) or of one part of a pair of neighbouring
tokens (its bigram, its shapes or its association codes, seen from up to two positions away), so
when the model loads, the CRF's weights of each word's, bigram's, shape's and code's features are
summed into one row of a table. Each token becomes a word id (one dictionary look-up, cached per
token with its shape), each pair of ids one integer found by binary search (numpy) in the sorted
pairs of the bigram table and of the model; then numpy sums of the rows and a two-label Viterbi
pass. That costs the same on unseen text as on text seen before (the earlier design cached weights
per token and per pair as text came, and cost 6 times more on unseen articles). ``Features`` writes the very same features as strings for training;
``tests/test_nlp_segment.py`` checks that both agree.
"""

from __future__ import annotations

import functools
import gzip
import itertools
from importlib import resources

import numpy as np

from bantin.nlp import compiled
from bantin.nlp.tokens import tokenize
from bantin.text.normalize import is_syllable

__all__ = ["Features", "Segmenter", "segment", "segment_line", "segment_tokens", "segment_words"]

MODEL_FILE = "segmenter.crfsuite"
BIGRAMS_FILE = "segmenter-bigrams.tsv.gz"

# The cache of token codes (word id and shape) is cleared when it grows past this many entries (news text has some
# 10,000 distinct syllables and an unbounded tail of names, numbers and foreign words).
CACHE_LIMIT = 200_000

_BEGIN, _END = "<s>", "</s>"
_LABELS = ("B", "I")
# What the codes of a bigram are (see train/segmenter.py): PMI, log2 count, log2 P(b|a), log2 P(a|b).
_CODE_NAMES = ("p", "c", "r", "l")
_EDGE = ("S",) * len(_CODE_NAMES)  # a pair with the sentence's start or end
_UNSEEN = ("u",) * len(_CODE_NAMES)  # a pair not in the table
_SHAPES = "SDPFAUL"  # what ``shape`` says, and S for the padding


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
# training (as strings) and tagging (as summed weights). Each template is split by what it reads
# (a token's word or its shape; a pair's bigram, its shapes or its codes), so that tagging can keep
# one table of weights per part.

TOKEN_OFFSETS = (-2, -1, 0, 1, 2)
PAIR_OFFSETS = (-1, 0, 1, 2)


def word_features(lower: str) -> dict[int, tuple[str, ...]]:
    """Features the token's word gives to the token ``offset`` positions away (seen from there, it is at -offset)."""
    return {0: ("w=" + lower,), 1: ("w-1=" + lower,), -1: ("w+1=" + lower,), 2: ("w-2=" + lower,), -2: ("w+2=" + lower,)}


def shape_features(form: str) -> dict[int, tuple[str, ...]]:
    """Features the token's shape gives to itself."""
    return {0: ("s=" + form,)}


def token_features(lower: str, form: str) -> dict[int, tuple[str, ...]]:
    """Every feature a token gives, by offset: its word's and its shape's."""
    features = word_features(lower)
    features[0] += shape_features(form)[0]
    return features


def bigram_features(bigram: str) -> dict[int, tuple[str, ...]]:
    """Features the pair's lower-cased bigram ("quân sự") gives to the token at k + offset."""
    return {-1: ("b++=" + bigram,), 0: ("b+=" + bigram,), 1: ("b-=" + bigram,), 2: ("b--=" + bigram,)}


def pair_shape_features(shapes: str) -> dict[int, tuple[str, ...]]:
    """Features the pair's two shapes ("UL") give to the token at k + offset."""
    return {0: ("s+=" + shapes,), 1: ("s-=" + shapes,)}


def code_features(codes: tuple[str, ...]) -> dict[int, tuple[str, ...]]:
    """Features the pair's association codes give to the token at k + offset."""
    return {
        0: tuple(f"a+{n}={c}" for n, c in zip(_CODE_NAMES, codes)),
        1: tuple(f"a-{n}={c}" for n, c in zip(_CODE_NAMES, codes)),
    }


def pair_features(left: str, right: str, shapes: str, codes: tuple[str, ...]) -> dict[int, tuple[str, ...]]:
    """Every feature the pair (k, k + 1) gives to the token at k + offset."""
    features = bigram_features(left + " " + right)
    for part in (pair_shape_features(shapes), code_features(codes)):
        for offset, more in part.items():
            features[offset] += more
    return features


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


def _prefixes(template) -> frozenset[str]:
    """The feature names (before "=") that a template writes."""
    return frozenset(f.partition("=")[0] for features in template("").values() for f in features)


class Segmenter:
    """A loaded segmentation model: the CRF's weights summed per part of the feature templates.

    Tagging a text looks up each token's word and each pair's bigram and association codes in
    dictionaries, gathers their rows of summed weights (B and I per offset) with numpy, and adds
    them up; words and bigrams the model has no weight for have row 0 (zeros). Nothing grows with
    the text seen but a cache of token shapes.
    """

    def __init__(self, state: dict[str, tuple[float, float]], transitions: dict[tuple[str, str], float],
                 bigrams: dict[str, tuple[str, ...]]):
        self.state = state
        self.trans = [[transitions.get((a, b), 0.0) for b in _LABELS] for a in _LABELS]
        self.bigrams = bigrams
        self.features = Features(bigrams)
        word_prefixes, bigram_prefixes = _prefixes(word_features), _prefixes(bigram_features)
        words, pairs = set(), set()
        for attribute in state:
            prefix, _, value = attribute.partition("=")
            if prefix in word_prefixes:
                words.add(value)
            elif prefix in bigram_prefixes:
                pairs.add(value)
        # every word of the tables gets an id (0 is any other word); a pair of ids is one integer
        all_pairs = list(bigrams.keys() | pairs)
        halves = " ".join(all_pairs).split(" ")  # left, right, left, right...: no word has a space
        vocabulary = sorted(words | set(halves) | {_BEGIN, _END})
        self._vocabulary = {word: i for i, word in enumerate(vocabulary, 1)}
        self._size = size = len(vocabulary) + 1
        self._word_rows = np.zeros((size, 2 * len(TOKEN_OFFSETS)))
        for word in words:
            self._word_rows[self._vocabulary[word]] = self._row(word_features(word), TOKEN_OFFSETS)
        bigram_ids, bigram_rows = self._rows(sorted(pairs), bigram_features, PAIR_OFFSETS)
        self._bigram_rows = bigram_rows
        self._shape_ids = {form: i for i, form in enumerate(_SHAPES)}
        self._shape_rows = np.array([self._row(shape_features(form), (0,)) for form in _SHAPES])
        self._pair_shape_rows = np.array(
            [self._row(pair_shape_features(a + b), PAIR_OFFSETS) for a in _SHAPES for b in _SHAPES])
        codes = sorted(set(bigrams.values()) | {_EDGE, _UNSEEN})
        code_ids = {code: i for i, code in enumerate(codes)}
        self._edge, self._unseen = code_ids[_EDGE], code_ids[_UNSEEN]
        self._code_rows = np.array([self._row(code_features(code), PAIR_OFFSETS) for code in codes])
        # the pairs of either table, sorted by their integer, with their bigram row and their codes
        word_ids = np.array(list(map(self._vocabulary.__getitem__, halves)), dtype=np.int64)
        keys = word_ids[0::2] * size + word_ids[1::2]
        order = np.argsort(keys)
        self._pair_keys = keys[order]
        bigram_of = map(bigram_ids.get, all_pairs, itertools.repeat(0))
        self._pair_bigram = np.fromiter(bigram_of, dtype=np.intp, count=len(all_pairs))[order]
        codes_of = map(code_ids.__getitem__, map(bigrams.get, all_pairs, itertools.repeat(_UNSEEN)))
        self._pair_code = np.fromiter(codes_of, dtype=np.intp, count=len(all_pairs))[order]
        pmi_names = sorted({code[0] for code in codes})
        pmi_ids = {name: i for i, name in enumerate(pmi_names)}
        self._pmi_of_code = np.array([pmi_ids[code[0]] for code in codes])
        self._around = np.array([[self._weights(around_features(left, right)) for right in pmi_names]
                                 for left in pmi_names])  # (left pmi, right pmi) -> B, I
        self._token_cache: dict[str, int] = {}
        self._starts_with_letter = np.array([form in "FAUL" for form in _SHAPES])  # what shape says

    @classmethod
    def load(cls, directory=None) -> Segmenter:
        """Load from ``directory`` (default: the model shipped in the package), through the cache
        of compiled tables (``bantin.nlp.compiled``) when it has them. Never uses the network."""
        root = resources.files("bantin.nlp") / "models" if directory is None else directory
        cached = compiled.cache_path("segmenter", ((root / name).read_bytes() for name in (MODEL_FILE, BIGRAMS_FILE)))
        arrays = compiled.load(cached)
        if arrays is not None:
            return cls._from_tables(arrays, root)
        segmenter = cls._compile(root)
        compiled.save(cached, segmenter._tables())
        return segmenter

    @classmethod
    def _compile(cls, root) -> Segmenter:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        with resources.as_file(root / MODEL_FILE) as path:
            tagger.open(str(path))
        info = tagger.info()
        state: dict[str, list[float]] = {}
        for (attribute, label), weight in info.state_features.items():
            state.setdefault(attribute, [0.0, 0.0])[_LABELS.index(label)] = weight
        tagger.close()
        return cls({a: tuple(w) for a, w in state.items()}, info.transitions, read_bigrams(root / BIGRAMS_FILE))

    # What tagging reads, besides the vocabulary and the transitions (see __init__).
    _ARRAYS = ("_word_rows", "_bigram_rows", "_shape_rows", "_pair_shape_rows", "_code_rows", "_pair_keys",
               "_pair_bigram", "_pair_code", "_pmi_of_code", "_around", "_starts_with_letter")

    def _tables(self) -> dict[str, np.ndarray]:
        vocabulary = sorted(self._vocabulary, key=self._vocabulary.__getitem__)  # ids 1, 2, ...
        return {
            **{name: getattr(self, name) for name in self._ARRAYS},
            "vocabulary": np.array(vocabulary), "trans": np.array(self.trans),
            "ints": np.array([self._size, self._edge, self._unseen]),
        }

    @classmethod
    def _from_tables(cls, tables: dict[str, np.ndarray], root) -> Segmenter:
        """A segmenter from ``_tables()``: tags exactly as the one they came from."""
        segmenter = cls.__new__(cls)
        segmenter._root = root
        for name in cls._ARRAYS:
            setattr(segmenter, name, tables[name])
        segmenter._vocabulary = {str(word): i for i, word in enumerate(tables["vocabulary"].tolist(), 1)}
        segmenter.trans = tables["trans"].tolist()
        segmenter._size, segmenter._edge, segmenter._unseen = (int(v) for v in tables["ints"])
        segmenter._shape_ids = {form: i for i, form in enumerate(_SHAPES)}
        segmenter._token_cache = {}
        return segmenter

    @functools.cached_property
    def features(self) -> Features:
        """The feature strings of tokens, as training writes them (set when the model is compiled;
        read from the model's bigram table when the tables came from the cache)."""
        return Features(read_bigrams(self._root / BIGRAMS_FILE))

    def _weights(self, features) -> tuple[float, float]:
        b = i = 0.0
        for feature in features:
            w = self.state.get(feature)
            if w is not None:
                b += w[0]
                i += w[1]
        return b, i

    def _row(self, features: dict[int, tuple[str, ...]], offsets: tuple[int, ...]) -> list[float]:
        """Summed B and I weights of the features, offset after offset."""
        row: list[float] = []
        for offset in offsets:
            row.extend(self._weights(features.get(offset, ())))
        return row

    def _rows(self, values: list[str], template, offsets) -> tuple[dict[str, int], np.ndarray]:
        """Ids (from 1) and rows of weights of ``values`` under ``template``; row 0 is zeros."""
        rows = np.zeros((len(values) + 1, 2 * len(offsets)))
        for i, value in enumerate(values, 1):
            rows[i] = self._row(template(value), offsets)
        return {value: i for i, value in enumerate(values, 1)}, rows

    def _codes(self, tokens: list[str]) -> np.ndarray:
        """Per token, its word's id times 8 plus its shape's id, from a cache of the tokens seen."""
        cache = self._token_cache
        codes = [cache.get(t) for t in tokens]
        if None in codes:
            if len(cache) >= CACHE_LIMIT:
                cache.clear()
            get, shape_ids = self._vocabulary.get, self._shape_ids
            for k, token in enumerate(tokens):
                if codes[k] is None:
                    codes[k] = cache[token] = get(token.lower(), 0) * 8 + shape_ids[shape(token)]
        return np.array(codes, dtype=np.int64)

    def scores(self, tokens: list[str]) -> np.ndarray:
        """(n, 2) state scores of B and I, the sum of the weights of every feature of each token."""
        return self._scores(self._codes(tokens)) if tokens else np.zeros((0, 2))

    def _scores(self, codes: np.ndarray) -> np.ndarray:
        n = len(codes)
        begin, end, edge = self._vocabulary[_BEGIN], self._vocabulary[_END], self._shape_ids["S"]
        ids = np.concatenate([[begin, begin], codes >> 3, [end, end]])
        rows = self._word_rows[ids]  # (n + 4, 10): B, I for offsets -2, -1, 0, 1, 2
        # the token at j gets offset +2 from j - 2, +1 from j - 1, 0 from j, -1 from j + 1, -2 from j + 2
        total = (rows[0:n, 8:10] + rows[1 : n + 1, 6:8] + rows[2 : n + 2, 4:6]
                 + rows[3 : n + 3, 2:4] + rows[4 : n + 4, 0:2])
        shapes = np.concatenate([[edge, edge], codes & 7, [edge, edge]])
        total += self._shape_rows[shapes[2 : n + 2]]
        # pair k is (k, k + 1); pairs with an unknown word (id 0) are in no table. Sorted queries
        # make the binary search about twice as fast.
        keys = ids[:-1] * self._size + ids[1:]
        order = np.argsort(keys)
        found = np.empty_like(order)
        found[order] = np.searchsorted(self._pair_keys, keys[order])
        np.minimum(found, len(self._pair_keys) - 1, out=found)
        known = self._pair_keys[found] == keys
        pair_codes = np.where(known, self._pair_code[found], self._unseen)
        pair_codes[[0, 1, n + 1, n + 2]] = self._edge  # pairs with the padding
        pairs = (self._bigram_rows[np.where(known, self._pair_bigram[found], 0)]
                 + self._pair_shape_rows[shapes[:-1] * len(_SHAPES) + shapes[1:]]
                 + self._code_rows[pair_codes])  # (n + 3, 8): B, I for offsets -1, 0, 1, 2
        # the token at j gets offset 2 from pair j - 2, 1 from pair j - 1, 0 from pair j, -1 from pair j + 1
        total += pairs[0:n, 6:8] + pairs[1 : n + 1, 4:6] + pairs[2 : n + 2, 2:4] + pairs[3 : n + 3, 0:2]
        pmi = self._pmi_of_code[pair_codes]
        total += self._around[pmi[1 : n + 1], pmi[2 : n + 2]]
        return total

    def _labels(self, scores: np.ndarray) -> list[int]:
        """The best label sequence, 0 for B and 1 for I (Viterbi over the two labels)."""
        rows = scores.tolist()
        (bb, bi), (ib, ii) = self.trans
        b, i = rows[0]
        b_from_b, i_from_b = [], []  # per step: is the best way to B (to I) from B?
        for sb, si in rows[1:]:
            from_b, from_i = b + bb, i + ib  # to B
            to_b = from_b >= from_i
            b2 = (from_b if to_b else from_i) + sb
            from_b, from_i = b + bi, i + ii  # to I
            to_i = from_b >= from_i
            i = (from_b if to_i else from_i) + si
            b = b2
            b_from_b.append(to_b)
            i_from_b.append(to_i)
        label = 0 if b >= i else 1
        out = [label]
        for k in range(len(rows) - 2, -1, -1):
            label = 0 if (b_from_b[k] if label == 0 else i_from_b[k]) else 1
            out.append(label)
        out.reverse()
        return out

    def tags(self, tokens: list[str]) -> list[str]:
        """The best B/I sequence."""
        if not tokens:
            return []
        return [_LABELS[label] for label in self._labels(self.scores(tokens))]

    def words(self, tokens: list[str]) -> list[list[str]]:
        """Group tokens into words (lists of tokens); marks and numbers are words of their own."""
        n = len(tokens)
        if not n:
            return []
        codes = self._codes(tokens)
        labels = np.array(self._labels(self._scores(codes)), dtype=bool)  # True: I
        letters = self._starts_with_letter[codes & 7]
        # a token joins the word before when it is tagged I and both it and the token before are syllables
        joins = labels[1:] & letters[1:] & letters[:-1]
        bounds = [0, *(np.flatnonzero(~joins) + 1).tolist(), n]
        return [tokens[a:b] for a, b in zip(bounds, bounds[1:])]


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

"""Keyphrases of a news article: the word sequences that say what it is about.

``keyphrases(title, text)`` segments the article into words, cuts it at punctuation, numbers and
stopwords (``stopwords.txt``), and takes the runs of one to ``MAX_WORDS`` content words as
candidates. A candidate scores by how often it occurs times the mean inverse document frequency of
its words (IDF over the VNTC articles, shipped as ``models/idf.tsv.gz``, built by
``python -m bantin.nlp.train.keyphrases``), with a boost when the title has it. Phrases inside a
better phrase ("Bạch Mai" inside "bệnh viện Bạch Mai") are dropped. Scores are divided by the best
one, so the first keyphrase scores 1.0.
"""

from __future__ import annotations

import functools
import gzip
import math
from importlib import resources
from operator import itemgetter

from bantin.nlp.segment import segment_tokens
from bantin.nlp.tokens import tokenize
from bantin.text.normalize import clean_text

__all__ = ["keyphrases", "keyphrases_from_words", "stopwords", "words_of"]

IDF_FILE = "idf.tsv.gz"

# Longest candidate, in words (a word is one or more syllables). Longer runs give sub-runs.
MAX_WORDS = 3
# Weight of a candidate that occurs in the title. Chosen by reading the output on VNTC articles
# (2 and 3 both put the headline's subject first; 3 let one-off title words outrank the body's topic).
TITLE_BOOST = 2.0
# A single one-syllable word ("bão", "giá", a capitalised sentence opener) is too vague on its own;
# it needs this many occurrences to be a candidate.
MIN_SINGLE_SYLLABLE_COUNT = 3


@functools.cache
def stopwords() -> frozenset[str]:
    text = (resources.files("bantin.nlp") / "stopwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.cache
def _idf() -> tuple[dict[str, float], float]:
    table: dict[str, float] = {}
    with (resources.files("bantin.nlp") / "models" / IDF_FILE).open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        documents = int(next(lines).split("\t")[1])
        for line in lines:
            word, df = line.rstrip("\n").split("\t")
            table[word] = math.log(documents / int(df))
    unseen = math.log(documents)  # rarer than anything in the table
    return table, unseen


def _runs(words: list[list[str]], stop: frozenset[str]):
    """Maximal runs of content words, cut at marks, numbers and stopwords: (written words, their keys)."""
    run: list[str] = []
    keys: list[str] = []
    for word in words:
        surface = word[0] if len(word) == 1 else " ".join(word)
        lower = surface.lower()
        if not surface[0].isalpha() or lower in stop:
            if run:
                yield run, keys
                run, keys = [], []
        else:
            run.append(surface)
            keys.append(lower)
    if run:
        yield run, keys


def words_of(text: str) -> list[list[str]]:
    """The segmented words of ``text`` as ``keyphrases_from_words`` takes them."""
    return segment_tokens(tokenize(clean_text(text)))


def keyphrases(title: str, text: str, n: int = 10) -> list[tuple[str, float]]:
    """The ``n`` best keyphrases of an article with their scores (the best is 1.0), best first."""
    return keyphrases_from_words(words_of(title), words_of(text), n)


def keyphrases_from_words(title_words: list[list[str]], text_words: list[list[str]], n: int = 10) -> list[tuple[str, float]]:
    """``keyphrases`` of an article already segmented (``words_of``), for callers that segment once."""
    stop = stopwords()
    idf, unseen = _idf()
    forms: dict[tuple[str, ...], dict[str, int]] = {}  # phrase key -> written forms and their counts
    in_title: set[tuple[str, ...]] = set()
    for words, is_title in ((title_words, True), (text_words, False)):
        for run, keys in _runs(words, stop):
            size_1 = [(k,) for k in keys]
            for phrase_key, surface in zip(size_1, run):
                found = forms.get(phrase_key)
                if found is None:
                    forms[phrase_key] = {surface: 1}
                else:
                    found[surface] = found.get(surface, 0) + 1
            if is_title:
                in_title.update(size_1)
            for size in range(2, min(MAX_WORDS, len(run)) + 1):
                for start in range(len(run) - size + 1):
                    phrase_key = tuple(keys[start : start + size])
                    surface = " ".join(run[start : start + size])
                    found = forms.get(phrase_key)
                    if found is None:
                        forms[phrase_key] = {surface: 1}
                    else:
                        found[surface] = found.get(surface, 0) + 1
                    if is_title:
                        in_title.add(phrase_key)

    def surface_of(phrase_key):
        written = forms[phrase_key]
        return max(written, key=written.__getitem__)  # the most common; the first seen on a tie

    idf_get, log, sqrt = idf.get, math.log, math.sqrt
    scored = []
    for phrase_key, written in forms.items():
        count = sum(written.values())
        size = len(phrase_key)
        if size == 1:
            if " " not in phrase_key[0] and (count < MIN_SINGLE_SYLLABLE_COUNT or len(surface_of(phrase_key)) < 2):
                continue  # one syllable
            weight = idf_get(phrase_key[0], unseen)
        elif size == 2:  # the sums of ``sum``, in its order
            weight = (idf_get(phrase_key[0], unseen) + idf_get(phrase_key[1], unseen)) / 2
        else:
            weight = sum([idf_get(word, unseen) for word in phrase_key]) / size
        score = (1 + log(count)) * weight * sqrt(size)
        if phrase_key in in_title:
            score *= TITLE_BOOST
        scored.append((-score, " ".join(phrase_key), phrase_key))
    scored.sort(key=itemgetter(0, 1))  # best first, then by syllables; stable on a tie
    chosen: list[tuple[str, float]] = []
    kept: list[str] = []
    for negative, syllables, phrase_key in scored:
        padded = f" {syllables} "
        if any(padded in other or other in padded for other in kept):
            continue
        kept.append(padded)
        chosen.append((surface_of(phrase_key), -negative))
        if len(chosen) == n:
            break
    best = chosen[0][1] if chosen else 1.0
    return [(phrase, round(score / best, 4)) for phrase, score in chosen]
